"""Load and validate the YAML reference base, and index it for matching.

Every problem is reported as ``file:line: message``; a base with any problem
is refused as a whole (exit 2), because a checker that quietly drops a
figure would call true claims unverified.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import UserError
from .extract.claims import scan
from .extract.grammar import CURRENCY_CODES, HEDGES
from .extract.numbers import DIGITS, parse_digits
from .model import Figure, Period, Quantity, Source
from .periods import parse_period
from .rates import RateBook, RateEntry
from .words import content_words, proper_names

FILE_KEYS = {"source", "reported_by", "figures", "rates"}
RATE_KEYS = {"from", "to", "period", "rate", "note"}
FIGURE_KEYS = {"id", "subject", "aliases", "value", "period", "tolerance", "change", "kind", "source", "reported_by", "note"}
SOURCE_KEYS = {"title", "publisher", "url", "published", "accessed", "note"}
CHANGE_KEYS = {"value", "compared_to"}
KINDS = {"level", "count", "share", "change", "rank", "ratio"}
_HEDGE_BOUNDS = {h.phrase: h.bound for h in HEDGES}
_PLAIN = re.compile(rf"(?i:(?P<hedge>{'|'.join(sorted(map(re.escape, _HEDGE_BOUNDS), key=len, reverse=True))})\s+)?(?P<num>{DIGITS})")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class InvalidReference(UserError):
    """One or more problems in the reference base, each with its file and line."""

    def __init__(self, problems: list[UserError]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(map(str, self.problems))


class _LineLoader(_LOADER):
    """The fast YAML loader, keeping the line of every mapping and of each of its keys."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        mapping["__lines__"] = {
            getattr(key, "value", None): key.start_mark.line + 1 for key, _ in node.value
        }
        return mapping


def parse_value(text: str) -> Quantity | None:
    """A reference value, read with the claim grammar: '911.7 billion USD', 'more than 13000'."""
    text = " ".join(str(text).split())
    found = scan(text)
    unit_words = len(found) == 1 and found[0].kind == "count" and re.fullmatch(r"[ A-Za-z_*]+", text[found[0].end:])
    if len(found) == 1 and (found[0].end == len(text) or unit_words):  # "5 furlongs": pint reads the unit
        lead = text[: found[0].start].strip().lower()
        quantity = found[0].quantity
        if lead == (quantity.hedge or ""):
            return quantity
    plain = _PLAIN.fullmatch(text)  # a bare number the claim grammar would take for a year: "2000"
    if plain:
        value, half_unit = parse_digits(plain["num"])
        hedge = plain["hedge"].lower() if plain["hedge"] else None
        return Quantity(value, None, _HEDGE_BOUNDS.get(hedge, "exact"), half_unit, hedge)
    return None


@dataclass
class ReferenceBase:
    paths: list[str]
    figures: list[Figure] = field(default_factory=list)
    _index: dict[str, set[int]] = field(default_factory=dict, repr=False)
    by_id: dict[str, Figure] = field(default_factory=dict, repr=False)
    names: set[str] = field(default_factory=set, repr=False)  # every proper name the base speaks of
    rates: RateBook = field(default_factory=RateBook, repr=False)  # the base's rate tables, then the ECB

    def __post_init__(self) -> None:
        self.by_id = {f.id: f for f in self.figures}
        for figure in self.figures:
            for name in figure.names:
                self.names |= proper_names(name)
        for i, figure in enumerate(self.figures):
            for word in content_words(" ".join(figure.names)):
                self._index.setdefault(word, set()).add(i)

    def candidates(self, words: set[str]) -> list[Figure]:
        """Figures whose subject or aliases share at least one content word with ``words``."""
        hits: set[int] = set()
        for word in words:
            hits |= self._index.get(word, set())
        return [self.figures[i] for i in sorted(hits)]


def find_reference(start: Path | None = None) -> list[Path]:
    """The default base: reference/ from the current folder upward, else the one installed with factcheck."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "reference"
        if candidate.is_dir() and any(candidate.glob("*.y*ml")):
            return [candidate]
    package = Path(__file__).resolve().parent
    for candidate in (package / "reference", package.parent / "reference"):
        if candidate.is_dir():
            return [candidate]
    raise UserError("no reference base found: give one with --reference PATH")


def load_reference(paths: list[str | Path]) -> ReferenceBase:
    """Load every *.yaml / *.yml file under the given files or folders."""
    files: list[Path] = []
    problems: list[UserError] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(UserError("no such reference file or folder", str(path)))
    figures: list[Figure] = []
    rates: list[RateEntry] = []
    seen: dict[str, Figure] = {}
    for file in files:
        for figure in _load_file(file, problems, rates):
            if figure.id in seen:
                first = seen[figure.id]
                problems.append(UserError(f"duplicate id '{figure.id}' (first at {first.path}:{first.line})", figure.path, figure.line))
                continue
            seen[figure.id] = figure
            figures.append(figure)
    if problems:
        raise InvalidReference(problems)
    return ReferenceBase([str(p) for p in paths], figures, rates=RateBook(rates))


def _load_file(file: Path, problems: list[UserError], rates: list[RateEntry]) -> list[Figure]:
    name = str(file)
    try:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problems.append(UserError(f"YAML syntax error: {error.problem or error}", name, mark.line + 1 if mark else None))
        return []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        problems.append(UserError(f"cannot read: {error}", name))
        return []
    if data is None:
        return []
    if not isinstance(data, dict):
        problems.append(UserError("expected a mapping with 'figures:'", name, 1))
        return []
    report = _Reporter(name, problems)
    report.unknown_keys(data, FILE_KEYS, "file")
    default_source = report.source(data.get("source"), data, "source")
    default_reported = report.source(data.get("reported_by"), data, "reported_by")
    rates.extend(_rates(data, report, default_source))
    entries = data.get("figures") or []
    if not isinstance(entries, list):
        report.at(data, "figures", "'figures' must be a list")
        return []
    figures = []
    for entry in entries:
        figure = _figure(entry, report, default_source, default_reported)
        if figure is not None:
            figures.append(figure)
            if isinstance(entry.get("change"), dict):
                change = _change(entry, figure, report)
                if change is not None:
                    figures.append(change)
    return figures


class _Reporter:
    """Collects problems for one file, pointing at the line of the offending key."""

    def __init__(self, path: str, problems: list[UserError]):
        self.path = path
        self.problems = problems

    def at(self, mapping: dict, key: str | None, message: str) -> None:
        line = mapping.get("__lines__", {}).get(key) if key else None
        self.problems.append(UserError(message, self.path, line or mapping.get("__line__")))

    def unknown_keys(self, mapping: dict, allowed: set[str], what: str) -> None:
        for key in mapping:
            if key not in allowed and not str(key).startswith("__"):
                self.at(mapping, key, f"unknown key '{key}' in {what} (allowed: {', '.join(sorted(allowed))})")

    def source(self, value, owner: dict, key: str) -> Source | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            self.at(owner, key, f"'{key}' must be a mapping with title, publisher, url, published")
            return None
        self.unknown_keys(value, SOURCE_KEYS, key)
        fields = {k: str(value[k]) for k in ("title", "publisher", "url", "published") if value.get(k) is not None}
        if not (fields.get("title") or fields.get("publisher") or fields.get("url")):
            self.at(owner, key, f"'{key}' needs at least a title, a publisher or a url")
            return None
        return Source(**fields)


def _figure(entry, report: _Reporter, default_source, default_reported) -> Figure | None:
    if not isinstance(entry, dict):
        report.problems.append(UserError("each figure must be a mapping", report.path))
        return None
    report.unknown_keys(entry, FIGURE_KEYS, "figure")
    before = len(report.problems)
    figure_id = entry.get("id")
    if not figure_id or not isinstance(figure_id, str):
        report.at(entry, "id", "figure without an 'id'")
    subject = entry.get("subject")
    if not subject or not isinstance(subject, str):
        report.at(entry, "subject", f"figure '{figure_id}' has no 'subject'")
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        report.at(entry, "aliases", f"figure '{figure_id}': 'aliases' must be a list of strings")
        aliases = []
    quantity = _quantity(entry, "value", report, figure_id)
    source = report.source(entry.get("source"), entry, "source") or default_source
    if source is None:
        report.at(entry, "id", f"figure '{figure_id}' has no source (give 'source:' on the figure or the file)")
    period = _period(entry, "period", report, figure_id)
    kind = entry.get("kind")
    if kind is not None and kind not in KINDS:
        report.at(entry, "kind", f"figure '{figure_id}': unknown kind '{kind}' (one of {', '.join(sorted(KINDS))})")
    tolerance = _tolerance(entry, report, figure_id)
    if len(report.problems) > before:
        return None
    return Figure(
        id=figure_id, subject=subject, quantity=quantity, source=source, path=report.path,
        line=entry["__line__"], kind=kind, aliases=tuple(aliases), period=period, tolerance=tolerance,
        reported_by=report.source(entry.get("reported_by"), entry, "reported_by") or default_reported,
    )


def _change(entry: dict, level: Figure, report: _Reporter) -> Figure | None:
    change = entry["change"]
    report.unknown_keys(change, CHANGE_KEYS, "change")
    before = len(report.problems)
    quantity = _quantity(change, "value", report, level.id)
    compared_to = _period(change, "compared_to", report, level.id)
    if len(report.problems) > before:
        return None
    return Figure(
        id=f"{level.id}#change", subject=level.subject, quantity=quantity, source=level.source,
        path=level.path, line=change["__line__"], kind="change", aliases=level.aliases,
        period=level.period, reported_by=level.reported_by, compared_to=compared_to,
    )


def _quantity(entry: dict, key: str, report: _Reporter, figure_id) -> Quantity | None:
    raw = entry.get(key)
    if raw is None:
        report.at(entry, key if key in entry else None, f"figure '{figure_id}' has no '{key}'")
        return None
    quantity = parse_value(raw)
    if quantity is None:
        report.at(entry, key, f"figure '{figure_id}': cannot read value '{raw}'")
        return None
    if quantity.unit is None:
        rest = _unit_words(str(raw))
        if rest:
            return _named_unit(quantity, rest, entry, key, report, figure_id)
    return quantity


def _unit_words(raw: str) -> str:
    """What follows the number in a value the grammar read as a bare count: a unit we do not know?"""
    found = re.search(rf"(?:{DIGITS})" + r"(?:\s*(?:thousand|million|billion|trillion))?\s*(.*)$", raw)
    return found.group(1).strip() if found else ""


def _named_unit(quantity: Quantity, words: str, entry, key, report, figure_id) -> Quantity | None:
    from dataclasses import replace

    from . import units

    if re.fullmatch(r"[A-Z]{3}", words) and words not in CURRENCY_CODES:
        report.at(entry, key, f"figure '{figure_id}': unknown currency '{words}'")
        return None
    name = units.canonical_name(words)
    if name is None:
        report.at(entry, key, f"figure '{figure_id}': unknown unit '{words}'")
        return None
    return replace(quantity, unit=name)


def _rates(data: dict, report: _Reporter, source: Source | None) -> list[RateEntry]:
    """A rate table: dated rates with a source, for currencies or dates the ECB does not cover."""
    entries = data.get("rates")
    if entries is None:
        return []
    if not isinstance(entries, list):
        report.at(data, "rates", "'rates' must be a list of {from, to, period, rate}")
        return []
    if source is None:
        report.at(data, "rates", "a rate table needs a 'source' for the file")
    found = []
    for entry in entries:
        if not isinstance(entry, dict):
            report.at(data, "rates", "each rate must be a mapping with from, to, period, rate")
            continue
        report.unknown_keys(entry, RATE_KEYS, "rate")
        codes = [str(entry.get(key, "")).upper() for key in ("from", "to")]
        bad = [key for key, code in zip(("from", "to"), codes) if code not in CURRENCY_CODES]
        for key in bad:
            report.at(entry, key, f"rate: unknown currency '{entry.get(key)}' in '{key}' (an ISO 4217 code such as USD)")
        period = parse_period(entry.get("period")) if entry.get("period") is not None else None
        if period is None:
            report.at(entry, "period", f"rate: cannot read period '{entry.get('period')}' (e.g. 2023, 2024-06, 2024-01/2024-08)")
        rate = entry.get("rate")
        if not isinstance(rate, (int, float)) or isinstance(rate, bool) or rate <= 0:
            report.at(entry, "rate", f"rate: '{rate}' is not a positive number")
            continue
        if bad or period is None or source is None:
            continue
        origin = source.publisher or source.title or source.url
        found.append(RateEntry(codes[0], codes[1], period.start, period.end, period.label, float(rate), origin, report.path, entry["__line__"]))
    return found


def _period(entry: dict, key: str, report: _Reporter, figure_id) -> Period | None:
    raw = entry.get(key)
    if raw is None:
        return None
    period = parse_period(raw)
    if period is None:
        report.at(entry, key, f"figure '{figure_id}': cannot read period '{raw}' (e.g. 2023, 2024-06, 2024-Q3, 2024-H1, 2024-01/2024-08, 2024-08-13)")
    return period


def _tolerance(entry: dict, report: _Reporter, figure_id) -> float | None:
    raw = entry.get("tolerance")
    if raw is None:
        return None
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(%|percent)\s*", str(raw))
    if not found:
        report.at(entry, "tolerance", f"figure '{figure_id}': tolerance must be a percentage such as '0.5%', not '{raw}'")
        return None
    return float(found.group(1)) / 100
