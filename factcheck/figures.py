"""Load and validate the YAML reference base, and index it for matching.

Every problem is reported as ``file:line: message``; a base with any problem
is refused as a whole (exit 2), because a checker that quietly drops a
figure would call true claims unverified.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import regexes
from .entities import Entity, EntityTable, world
from .errors import UserError
from .extract.claims import scan
from .extract.grammar import CURRENCY_CODES, HEDGES
from .extract.numbers import DIGITS, parse_digits
from .measures import (
    DIMENSIONS,
    MEASURE_KEYS,
    Measure,
    Vocabulary,
    measure_from,
    shipped,
)
from .measures import KINDS as MEASURE_KINDS
from .model import Bound, Figure, FigureKey, Kind, Period, Quantity, Source
from .periods import parse_period
from .rates import RateBook, RateEntry
from .words import content_words, proper_names

FILE_KEYS = {"source", "reported_by", "figures", "rates", "entities", "measures", "defaults"}
DEFAULT_KEYS = {"measure", "unit", "entity"}
ENTITY_KEYS = {"id", "name", "aliases", "within", "note"}
RATE_KEYS = {"from", "to", "period", "rate", "note"}
# fmt: off
FIGURE_KEYS = {"id", "subject", "aliases", "value", "period", "tolerance", "change", "kind", "source", "reported_by", "note",
               "entity", "measure", "unit"}
# fmt: on
SOURCE_KEYS = {"title", "publisher", "url", "published", "accessed", "licence", "note"}
CHANGE_KEYS = {"value", "compared_to"}
KINDS = {"level", "count", "share", "change", "rank", "ratio"}
_HEDGE_BOUNDS = {h.phrase: Bound(h.bound) for h in HEDGES}
_PLAIN = regexes.compile(rf"(?i:(?P<hedge>{'|'.join(sorted(map(re.escape, _HEDGE_BOUNDS), key=len, reverse=True))})\s+)?(?P<num>{DIGITS})")


class InvalidReference(UserError):
    """One or more problems in the reference base, each with its file and line."""

    def __init__(self, problems: list[UserError]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(map(str, self.problems))


@lru_cache(maxsize=1)
def _line_loader():
    """The fast YAML loader, keeping the line of every mapping and of each of its keys (yaml imported on first use)."""
    import yaml

    class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        def construct_mapping(self, node, deep=False):
            mapping = super().construct_mapping(node, deep=deep)
            mapping["__line__"] = node.start_mark.line + 1
            mapping["__lines__"] = {getattr(key, "value", None): key.start_mark.line + 1 for key, _ in node.value}
            return mapping

    return LineLoader


class _Unreadable(Exception):
    """A base file that is not YAML factcheck can read: the message, and its line when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def _parse_base_file(raw: bytes):
    """A base file's YAML, with lines; refused before anything expands it when its aliases stand for too much."""
    import yaml

    try:
        text = raw.decode("utf-8-sig")
        data = yaml.load(text, Loader=_line_loader())
    except UnicodeDecodeError as error:  # a base saved as Latin-1 or cp1252: say where
        line = raw[: error.start].count(b"\n") + 1
        raise _Unreadable(f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8", line) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise _Unreadable(f"YAML syntax error: {error.problem or error}", mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as error:  # a control character YAML refuses: say which and where
        character = error.character if isinstance(error.character, str) else chr(error.character)
        line = text[: error.position].count("\n") + 1
        raise _Unreadable(f"a control character YAML does not allow (U+{ord(character):04X})", line) from None
    except yaml.YAMLError as error:
        raise _Unreadable(f"cannot read: {' '.join(str(error).split())}") from None
    if _ALIAS.search(text) and _expanded_size(data, {}) > MAX_EXPANDED_VALUES:
        raise _Unreadable(f"its aliases expand to more than {MAX_EXPANDED_VALUES:,} values (an alias bomb?)")
    return data


def parse_value(text: str) -> Quantity | None:
    """A reference value, read with the claim grammar: '911.7 billion USD', 'more than 13000'."""
    if not isinstance(text, (str, int, float)) or isinstance(text, bool):
        return None  # a list or a mapping where a value belongs (never turned into text: it may be an alias bomb)
    text = " ".join(str(text).split())
    found = scan(text)
    unit_words = len(found) == 1 and found[0].kind == "count" and re.fullmatch(r"[ A-Za-z_*]+", text[found[0].end :])
    if len(found) == 1 and (found[0].end == len(text) or unit_words):  # "5 furlongs": pint reads the unit
        lead = text[: found[0].start].strip().lower()
        quantity = found[0].quantity
        if lead == (quantity.hedge or ""):
            return quantity
    plain = _PLAIN.fullmatch(text)  # a bare number the claim grammar would take for a year: "2000"
    if plain:
        value, half_unit = parse_digits(plain["num"])
        hedge = plain["hedge"].lower() if plain["hedge"] else None
        return Quantity(value, None, _HEDGE_BOUNDS.get(hedge, Bound.EXACT) if hedge else Bound.EXACT, half_unit, hedge)
    return None


@dataclass
class ReferenceBase:
    paths: list[str]
    figures: list[Figure] = field(default_factory=list)
    _index: dict[str, set[int]] = field(default_factory=dict, repr=False)
    by_id: dict[str, Figure] = field(default_factory=dict, repr=False)
    names: set[str] = field(default_factory=set, repr=False)  # every proper name the base speaks of
    rates: RateBook = field(default_factory=RateBook, repr=False)  # the base's rate tables, then the ECB
    entities: EntityTable = field(default_factory=world, repr=False)  # the world's places and the base's own
    vocabulary: Vocabulary = field(default_factory=shipped, repr=False)  # the shipped measures and the base's own
    by_key: Mapping[tuple[str, str], list[Figure]] = field(default_factory=dict, repr=False)  # (entity, measure) -> by period
    unknown_entities: dict[str, tuple[str, int]] = field(default_factory=dict, repr=False)  # names no table knows: where first seen
    empty_files: list[str] = field(default_factory=list, repr=False)  # files that gave nothing: no figure, rate or declaration
    declared_entities: list = field(default_factory=list, repr=False)  # the base's own entities, as declared (for compiling)
    declared_measures: list = field(default_factory=list, repr=False)  # and its own measures
    count: int | None = None  # figures in the base; more than len(figures) when its keyed figures stay compiled on disk

    def __post_init__(self) -> None:
        self.by_id = {f.id: f for f in self.figures}
        self._changes = {f.change_of: f for f in self.figures if f.change_of and not f.computed_from}
        self.change_targets = {f.change_of for f in self.figures if f.change_of}  # ids of levels a stated change is of
        if self.count is None:
            self.count = len(self.figures)
        # A compiled base brings its own index of keyed figures (compiled.KeyedFigures); a loaded one is built here.
        built: dict[tuple[str, str], list[Figure]] | None = self.by_key if isinstance(self.by_key, dict) else None
        for i, figure in enumerate(self.figures):
            if figure.key:
                if built is not None:
                    built.setdefault(figure.key, []).append(figure)
                continue  # found by entity and measure, never by its words
            for name in figure.names:
                self.names |= proper_names(name)
            for word in content_words(" ".join(figure.names)):
                self._index.setdefault(word, set()).add(i)
        if built is not None:
            for figures in built.values():
                figures.sort(key=lambda f: f.period.end if f.period else date.min)
            self.measures_present = {measure for _, measure in built}
        else:
            self.measures_present = self.by_key.measures()  # type: ignore[attr-defined]  # KeyedFigures knows them

    @classmethod
    def assemble(cls, *, declared_entities, declared_measures, unknown_entities, **parts) -> ReferenceBase:
        """A base from its parts (a compiled base): its tables rebuilt from what it declared."""
        entities = (
            world().with_declared(declared_entities).with_declared([(Entity(name, name, "declared"), ()) for name in unknown_entities])
        )
        return cls(
            entities=entities,
            vocabulary=shipped().with_declared(declared_measures),
            unknown_entities=unknown_entities,
            declared_entities=declared_entities,
            declared_measures=declared_measures,
            **parts,
        )

    def candidates(self, words: set[str]) -> list[Figure]:
        """Figures whose subject or aliases share at least one content word with ``words``."""
        hits: set[int] = set()
        for word in words:
            hits |= self._index.get(word, set())
        return [self.figures[i] for i in sorted(hits)]

    def stated_change(self, level: Figure) -> Figure | None:
        """The change the base states with a level ('change:' under the figure), if any."""
        return self._changes.get(level.id)

    def about(self, entity: str, measure: str) -> list[Figure]:
        """The figures of one entity and measure, oldest first: an index lookup, whatever the size of the base."""
        return self.by_key.get((entity, measure), [])


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


def yaml_files(paths: Sequence[str | Path]) -> tuple[list[Path], list[str]]:
    """The YAML files of a base (a folder's searched recursively, in a stable order), and the paths that do not exist."""
    files: list[Path] = []
    missing: list[str] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(str(path))
    return files, missing


def declarations(documents: list[tuple[Path, dict]], problems: list[UserError]):
    """(declared entities, declared measures, the context figures are read in): every file's declarations first,
    since a figure may name an entity another file of the base declares."""
    declared_entities: list[tuple[Entity, tuple[str, ...]]] = []
    declared_measures: list[Measure] = []
    for file, data in documents:
        report = _Reporter(str(file), problems)
        declared_entities += _declared_entities(data, report)
        declared_measures += _declared_measures(data, report)
    return (
        declared_entities,
        declared_measures,
        _Context(world().with_declared(declared_entities), shipped().with_declared(declared_measures)),
    )


def load_reference(paths: Sequence[str | Path]) -> ReferenceBase:
    """Load every *.yaml / *.yml file under the given files or folders.

    Two passes: first every file's declarations (entities, measures), since a
    figure may name an entity another file of the base declares; then the figures.
    """
    files, missing = yaml_files(paths)
    problems: list[UserError] = [UserError("no such reference file or folder", path) for path in missing]
    documents = [(file, data) for file in files if (data := _read_yaml(file, problems)) is not None]
    declared_entities, declared_measures, context = declarations(documents, problems)
    figures: list[Figure] = []
    rates: list[RateEntry] = []
    seen: dict[str, Figure] = {}
    for file, data in documents:
        for figure in _load_file(file, data, problems, rates, context):
            if figure.id in seen:
                first = seen[figure.id]
                problems.append(UserError(f"duplicate id '{figure.id}' (first at {first.path}:{first.line})", figure.path, figure.line))
                continue
            seen[figure.id] = figure
            figures.append(figure)
    if problems:
        raise InvalidReference(problems)
    entities = context.entities.with_declared([(Entity(name, name, "declared"), ()) for name in context.unknown])
    useful = (
        {f.path for f in figures}
        | {r.path for r in rates}
        | {str(f) for f, data in documents if data.get("entities") or data.get("measures")}
    )
    return ReferenceBase(
        [str(p) for p in paths],
        figures,
        rates=RateBook(rates),
        entities=entities,
        vocabulary=context.vocabulary,
        unknown_entities=context.unknown,
        empty_files=sorted(str(f) for f in files if str(f) not in useful),
        declared_entities=declared_entities,
        declared_measures=declared_measures,
    )


@dataclass
class _Context:
    """What every file of a base shares: its entities and measures, and the entity names it could not resolve."""

    entities: EntityTable
    vocabulary: Vocabulary
    unknown: dict[str, tuple[str, int]] = field(default_factory=dict)  # name -> first file, line
    _resolved: dict[str, str | None] = field(default_factory=dict)

    def known(self, name: str) -> str | None:
        """The entity of a name, if any table knows it (each name resolved once per load)."""
        name = " ".join(str(name).split())
        if name not in self._resolved:
            self._resolved[name] = self.entities.resolve(name)
        return self._resolved[name]

    def entity(self, name: str, path: str, line: int) -> str:
        """The entity id of a name; a name nobody knows becomes an entity of its own (and a warning)."""
        name = " ".join(str(name).split())
        found = self.known(name)
        if found is not None:
            return found
        self.unknown.setdefault(name, (path, line))  # declared once, with the others, when the load ends
        self._resolved[name] = name
        return name


def _read_yaml(file: Path, problems: list[UserError]):
    """A base file's content (from the parsed-YAML cache when the file did not change), or None and a problem."""
    from .yaml_cache import load

    try:
        if file.stat().st_size > MAX_WHOLE_YAML_BYTES:
            problems.append(
                UserError(
                    f"larger than {MAX_WHOLE_YAML_BYTES / 1e6:g} MB to read whole: write a big base as rows, one figure "
                    "a line (as `factcheck reference import` writes them), which are read a line at a time",
                    str(file),
                )
            )
            return None
        data = load(file, file.read_bytes(), _parse_base_file, "base")
    except _Unreadable as error:
        problems.append(UserError(str(error), str(file), error.line))
        return None
    except OSError as error:
        problems.append(UserError(f"cannot read: {' '.join(str(error).split())}", str(file)))
        return None
    if data is None:
        return None
    if not isinstance(data, dict):
        problems.append(UserError("expected a mapping with 'figures:'", str(file), 1))
        return None
    return data


# Anchors and aliases are welcome ("source: *ministry"), but nested aliases can multiply a few lines into
# billions of values ("a billion laughs"). PyYAML shares the aliased objects, so the size they stand for is
# counted without expanding them (each object once), and a base that stands for too many is refused.
MAX_EXPANDED_VALUES = 5_000_000
# A file the YAML parser reads whole takes ~40x its size in memory; a file of rows is read a line at a time instead.
MAX_WHOLE_YAML_BYTES = 100_000_000
_ALIAS = regexes.compile(r"(?:^|[\s\[{,:-])\*[^\s,\]}]")


def _expanded_size(value, sizes: dict[int, int]) -> int:
    """How many values `value` stands for with every alias expanded, each shared object counted once."""
    if not isinstance(value, (dict, list)):
        return 1
    key = id(value)
    if key not in sizes:
        sizes[key] = 1  # a cycle (an alias inside its own anchor) counts once instead of looping
        children = value.values() if isinstance(value, dict) else value
        sizes[key] = 1 + sum(min(_expanded_size(child, sizes), MAX_EXPANDED_VALUES + 1) for child in children)
    return sizes[key]


def _declared_entities(data: dict, report: _Reporter) -> list[tuple[Entity, tuple[str, ...]]]:
    """A base's own places and bodies, each declared once with its aliases."""
    entries = data.get("entities")
    if entries is None:
        return []
    if not isinstance(entries, list):
        report.at(data, "entities", "'entities' must be a list of {id, name, aliases, within}")
        return []
    found = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry.get("id"):
            report.at(
                entry if isinstance(entry, dict) else data, "id" if isinstance(entry, dict) else "entities", "each entity needs an 'id'"
            )
            continue
        report.unknown_keys(entry, ENTITY_KEYS, "entity")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            report.at(entry, "aliases", f"entity '{entry['id']}': 'aliases' must be a list of strings")
            continue
        within = entry.get("within")
        within = (world().resolve_exact(str(within)) or str(within)) if within else None
        found.append((Entity(entry["id"], str(entry.get("name") or entry["id"]), "declared", within), tuple(aliases)))
    return found


def _declared_measures(data: dict, report: _Reporter) -> list[Measure]:
    """A base's own measures, or more words for a shipped one (same id)."""
    entries = data.get("measures")
    if entries is None:
        return []
    if not isinstance(entries, list):
        report.at(data, "measures", "'measures' must be a list of {id, name, words, dimension, kind}")
        return []
    found = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry.get("id"):
            report.at(
                entry if isinstance(entry, dict) else data, "id" if isinstance(entry, dict) else "measures", "each measure needs an 'id'"
            )
            continue
        report.unknown_keys(entry, MEASURE_KEYS, "measure")
        if entry.get("dimension") is not None and entry["dimension"] not in DIMENSIONS:
            report.at(
                entry, "dimension", f"measure '{entry['id']}': unknown dimension '{entry['dimension']}' (one of {', '.join(DIMENSIONS)})"
            )
            continue
        if entry.get("kind") is not None and entry["kind"] not in MEASURE_KINDS:
            report.at(entry, "kind", f"measure '{entry['id']}': unknown kind '{entry['kind']}' (one of {', '.join(MEASURE_KINDS)})")
            continue
        shipped_one = shipped().measures.get(entry["id"])
        if shipped_one is not None:  # more words for a known measure
            entry = {
                **shipped_one.__dict__,
                **{k: v for k, v in entry.items() if not str(k).startswith("__")},
                "words": [*shipped_one.words, *(entry.get("words") or [])],
            }
        found.append(measure_from(entry))
    return found


@dataclass(frozen=True)
class FileSettings:
    """What a base file sets for all its figures: its default source, reported_by and defaults."""

    report: _Reporter
    defaults: dict
    source: Source | None
    reported_by: Source | None


def file_settings(file: Path, data: dict, problems: list[UserError], rates: list[RateEntry]) -> FileSettings:
    """A file's own keys (checked), its rate table (added to `rates`) and what its figures inherit."""
    report = _Reporter(str(file), problems)
    report.unknown_keys(data, FILE_KEYS, "file")
    default_source = report.source(data.get("source"), data, "source")
    default_reported = report.source(data.get("reported_by"), data, "reported_by")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        report.at(data, "defaults", "'defaults' must be a mapping of measure, unit, entity")
        defaults = {}
    report.unknown_keys(defaults, DEFAULT_KEYS, "defaults")
    rates.extend(_rates(data, report, default_source))
    return FileSettings(report, defaults, default_source, default_reported)


def entry_figures(entry, settings: FileSettings, context: _Context) -> list[Figure]:
    """The figures of one entry under 'figures:': none (a problem is reported), its figure, and its stated change."""
    report = settings.report
    if isinstance(entry, dict) and "subject" not in entry and (entry.get("measure") or settings.defaults.get("measure")):
        figure = _row(entry, settings.defaults, report, settings.source, settings.reported_by, context)
    else:
        figure = _figure(entry, report, settings.source, settings.reported_by)
        if figure is not None:
            figure = _read_subject(figure, context)
    if figure is None:
        return []
    if isinstance(entry.get("change"), dict):
        change = _change(entry, figure, report)
        if change is not None:
            return [figure, change]
    return [figure]


def _load_file(file: Path, data: dict, problems: list[UserError], rates: list[RateEntry], context: _Context) -> list[Figure]:
    settings = file_settings(file, data, problems, rates)
    entries = data.get("figures") or []
    if not isinstance(entries, list):
        settings.report.at(data, "figures", "'figures' must be a list")
        return []
    return [figure for entry in entries for figure in entry_figures(entry, settings, context)]


_OWNER_OF = regexes.compile(r"^\s*(?:of|in|for)\s+(?:the\s+)?(?P<owner>.+?)\s*$|^\s*(?P<before>.+?)(?:['’]s?)?\s*$", re.IGNORECASE)


def _read_subject(figure: Figure, context: _Context) -> Figure:
    """'GDP of United States', "Vietnam's population", 'population of Korea, Rep.': a prose subject that
    is just a measure and a place is read as one, so a base written in prose links like a structured one."""
    subject = figure.subject
    if figure.aliases or figure.kind not in ("level", "count") or len(subject.split()) > 8:
        return figure
    measures = context.vocabulary.mentions(subject)
    if len(measures) != 1:
        return figure
    before, after = subject[: measures[0].start].strip(), subject[measures[0].end :].strip()
    if before and after:
        return figure  # words on both sides: "widget exports of Freedonia's north"
    owner = _OWNER_OF.match(after or before)
    name = owner and (owner.group("owner") or owner.group("before"))
    if not name:
        return figure
    entity = context.known(name)
    if entity is None:
        return figure  # a place no table knows: a prose figure it stays
    return replace(figure, key=FigureKey(entity, measures[0].measure))


def _row(entry: dict, defaults: dict, report: _Reporter, default_source, default_reported, context: _Context) -> Figure | None:
    """A figure written as a row: entity, measure, period, value (and unit when the value has none)."""
    report.unknown_keys(entry, FIGURE_KEYS - {"subject", "aliases"}, "figure")
    before = len(report.problems)
    line = entry["__line__"]
    raw_entity = entry.get("entity", defaults.get("entity"))
    raw_measure = entry.get("measure", defaults.get("measure"))
    if raw_entity is None or str(raw_entity).strip() == "":
        report.at(entry, None, "figure without an 'entity' (or a subject)")
        return None
    measure_id = context.vocabulary.resolve(str(raw_measure))
    if measure_id is None:
        report.at(
            entry,
            "measure" if "measure" in entry else None,
            f"unknown measure '{raw_measure}': declare it under 'measures:' (id, name, words, dimension)",
        )
        return None
    measure = context.vocabulary.measures[measure_id]
    entity_id = context.entity(str(raw_entity), report.path, line)
    period = _period(entry, "period", report, f"{raw_entity} {measure_id}")
    unit = entry.get("unit", defaults.get("unit"))
    if unit is None and measure.dimension == "percent":
        unit = "percent"  # an inflation rate is in percent, whether or not the file says so
    if unit is None and measure.dimension == "density":
        unit = "count/km**2"  # people per square kilometre, as the UN and the World Bank give densities
    quantity = _row_quantity(entry, unit, report, f"{raw_entity} {measure_id} {entry.get('period', '')}".strip())
    figure_id = entry.get("id") or _row_id(entity_id, measure_id, period)
    source = report.source(entry.get("source"), entry, "source") or default_source
    if source is None:
        report.at(entry, None, f"figure '{figure_id}' has no source (give 'source:' on the figure or the file)")
    tolerance = _tolerance(entry, report, figure_id)
    if len(report.problems) > before or quantity is None:
        return None
    entity_name = context.entities.name_of(entity_id)
    return Figure(
        id=str(figure_id),
        subject=f"{measure.name} of {entity_name}",
        quantity=quantity,
        source=source,
        path=report.path,
        line=line,
        kind={"change": Kind.CHANGE, "share": Kind.SHARE}.get(measure.kind, Kind.LEVEL),
        period=period,
        tolerance=tolerance,
        reported_by=report.source(entry.get("reported_by"), entry, "reported_by") or default_reported,
        key=FigureKey(entity_id, measure_id),
    )


def _row_id(entity: str, measure: str, period: Period | None) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", entity.lower()).strip("-")
    return f"{slug}-{measure}" + (f"-{period.label.replace('/', '-')}" if period else "")


def _row_quantity(entry: dict, unit, report: _Reporter, what: str) -> Quantity | None:
    """A row's value: a plain number in the row's (or the file's) unit, or a value the grammar reads."""
    raw = entry.get("value")
    if raw is None:
        report.at(entry, "value" if "value" in entry else None, f"figure '{what}' has no 'value'")
        return None
    unit_name = None
    if unit is not None:
        unit = str(unit).strip()
        unit_name = _unit_name(unit)
        if unit_name is None:
            report.at(entry, "unit" if "unit" in entry else "value", f"figure '{what}': unknown unit '{unit}'")
            return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return Quantity(float(raw), unit_name or None, Bound.EXACT, _half_unit(raw))
    quantity = parse_value(raw)
    if quantity is None:
        report.at(entry, "value", f"figure '{what}': cannot read value '{raw}'")
        return None
    if quantity.unit is None and unit_name:
        return replace(quantity, unit=unit_name)
    return quantity


@lru_cache(maxsize=256)  # a base names a few units, on thousands of rows
def _unit_name(unit: str) -> str | None:
    """'USD' -> 'USD'; 'percent', '%' -> 'percent'; a count -> ''; else pint's name, or None."""
    if unit.upper() in CURRENCY_CODES:
        return unit.upper()
    if unit.lower() in ("percent", "%", "per cent", "pct"):
        return "percent"
    if unit.lower() in ("", "count", "number", "people", "persons", "index"):
        return ""
    from . import units

    name = units.canonical_name(unit)
    if name is None:  # a unit as a draft writes it: "people per square kilometre"
        read = parse_value(f"1 {unit}")
        name = read.unit if read is not None and read.value == 1 else None
    return name


def _half_unit(value: float | int) -> float:
    """Half the place value of the last digit written: 1234.5 -> 0.05; 3.1e12 -> 5e10."""
    if isinstance(value, int) or (float(value).is_integer() and "e" not in repr(value)):
        return 0.5
    mantissa, _, exponent = repr(float(value)).partition("e")
    decimals = len(mantissa.partition(".")[2])
    return 0.5 * 10 ** (int(exponent or 0) - decimals)


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
        fields = {k: str(value[k]) for k in ("title", "publisher", "url", "published", "licence") if value.get(k) is not None}
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
    if len(report.problems) > before or quantity is None or source is None:
        return None
    return Figure(
        id=str(figure_id),
        subject=str(subject),
        quantity=quantity,
        source=source,
        path=report.path,
        line=entry["__line__"],
        kind=Kind(kind) if kind else Kind.LEVEL,
        aliases=tuple(aliases),
        period=period,
        tolerance=tolerance,
        reported_by=report.source(entry.get("reported_by"), entry, "reported_by") or default_reported,
    )


def _change(entry: dict, level: Figure, report: _Reporter) -> Figure | None:
    change = entry["change"]
    report.unknown_keys(change, CHANGE_KEYS, "change")
    before = len(report.problems)
    quantity = _quantity(change, "value", report, level.id)
    compared_to = _period(change, "compared_to", report, level.id)
    if len(report.problems) > before or quantity is None:
        return None
    return Figure(
        id=f"{level.id}#change",
        subject=level.subject,
        quantity=quantity,
        source=level.source,
        path=level.path,
        line=change["__line__"],
        kind=Kind.CHANGE,
        aliases=level.aliases,
        period=level.period,
        reported_by=level.reported_by,
        compared_to=compared_to,
        change_of=level.id,
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
        if not isinstance(rate, (int, float)) or isinstance(rate, bool) or not math.isfinite(rate) or rate <= 0:
            report.at(entry, "rate", f"rate: '{rate}' is not a positive number")
            continue
        if bad or period is None or source is None:
            continue
        origin = source.publisher or source.title or source.url
        found.append(
            RateEntry(codes[0], codes[1], period.start, period.end, period.label, float(rate), origin, report.path, entry["__line__"])
        )
    return found


def _period(entry: dict, key: str, report: _Reporter, figure_id) -> Period | None:
    raw = entry.get(key)
    if raw is None:
        return None
    period = parse_period(raw)
    if period is None:
        report.at(
            entry,
            key,
            f"figure '{figure_id}': cannot read period '{raw}' (e.g. 2023, 2024-06, 2024-Q3, 2024-H1, 2024-01/2024-08, 2024-08-13)",
        )
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
