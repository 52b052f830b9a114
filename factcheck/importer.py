"""Import published statistics into a structured base file.

Reads a Frictionless Data Package (``datapackage.json``, its title, sources
and licence becoming the file's source) or a plain CSV in one of three
layouts: tidy (entity, measure, period, value[, unit]), World Bank long
(Country Name, Country Code, Year, Value) and World Bank wide (one column a
year). Writes one YAML file of rows, one line a figure, with entities
resolved to ISO codes where the resolver knows them. A bad row is reported
with its line and skipped; the rest is imported.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .entities import normal, world
from .errors import UserError
from .measures import shipped
from .periods import parse_period

MAX_PACKAGE_BYTES = 5_000_000  # a datapackage.json is metadata: anything larger is not one
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_ENTITY_COLUMNS = ("entity", "country name", "country", "nation", "region", "area", "economy", "name")
_CODE_COLUMNS = ("country code", "iso3", "iso3166-1-alpha-3", "iso code", "code")
_PERIOD_COLUMNS = ("period", "year", "date", "time")
_UNIT_HINTS = (  # words in a column's description that say its unit
    (re.compile(r"current us\$|\bUSD\b|US dollars", re.I), "USD"),
    (re.compile(r"%|percent|per cent|annual growth rate", re.I), "percent"),
    (re.compile(r"metric tons|tonnes", re.I), "metric_ton"),
)


@dataclass
class ImportSource:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    licence: str | None = None


@dataclass
class ImportResult:
    """What an import read and wrote, for the summary line and the tests."""

    rows: int = 0
    figures: int = 0
    empty: int = 0
    problems: list[str] = field(default_factory=list)
    unknown_entities: set[str] = field(default_factory=set)
    measure: str = ""
    column: str = ""
    layout: str = ""


@dataclass(frozen=True)
class _Row:
    line: int
    entity: str
    code: str
    measure: str | None
    period: str
    value: str
    unit: str | None


def import_source(
    source: str, out: str, resource: str | None = None, measure: str | None = None, unit: str | None = None,
    column: str | None = None, meta: ImportSource | None = None,
) -> ImportResult:
    """Read SOURCE (a datapackage.json, a folder holding one, or a CSV) and write OUT."""
    path = Path(source)
    meta = meta or ImportSource()
    if path.is_dir():
        path = next((path / name for name in ("datapackage.json", "datapackage.yaml", "datapackage.yml") if (path / name).is_file()), path)
    if not path.is_file():
        raise UserError("no such file (give a datapackage.json or a CSV file)", source)
    description = None
    if path.name.startswith("datapackage."):
        csv_path, package_meta, description, default_measure = _from_package(path, resource)
        meta = ImportSource(meta.title or package_meta.title, meta.publisher or package_meta.publisher,
                            meta.url or package_meta.url, meta.licence or package_meta.licence)
        measure = measure or default_measure
    else:
        csv_path = path
    if not (meta.title or meta.publisher or meta.url):
        raise UserError("every figure needs a source: give --source-title, --source-url or --publisher", source)
    out_path = Path(out)
    if out_path.resolve() == csv_path.resolve() or out_path.resolve() == path.resolve():
        raise UserError("the output would overwrite the input", out)
    result = ImportResult()
    rows = list(_read_rows(csv_path, result, column, measure, unit))
    if not rows:
        raise UserError(f"no figures found ({len(result.problems)} bad rows)" + (f"; first: {result.problems[0]}" if result.problems else ""), str(csv_path))
    measure_names = {r.measure for r in rows}
    if None in measure_names:
        raise UserError("cannot tell what the figures measure: give --measure NAME", str(csv_path))
    unit = unit or _unit_from(description or result.column)
    _write(out_path, rows, meta, unit, result)
    return result


def _from_package(path: Path, resource: str | None):
    """The CSV of the chosen resource, the package's source, the value column's description and a measure name."""
    if path.stat().st_size > MAX_PACKAGE_BYTES:
        raise UserError("too large for a datapackage descriptor", str(path))
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".json":
            package = json.loads(text)
        else:
            import yaml

            package = yaml.safe_load(text)
    except (ValueError, Exception) as error:  # noqa: BLE001 - JSON and YAML raise their own kinds
        raise UserError(f"not a readable data package: {str(error).splitlines()[0]}", str(path)) from None
    if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
        raise UserError("not a data package: no 'resources' list", str(path))
    resources = [r for r in package["resources"] if isinstance(r, dict)]
    names = [str(r.get("name")) for r in resources]
    if resource is None:
        if len(resources) != 1:
            raise UserError(f"the package has {len(resources)} resources: choose one with --resource ({', '.join(names)})", str(path))
        chosen = resources[0]
    else:
        matches = [r for r in resources if r.get("name") == resource]
        if not matches:
            raise UserError(f"no resource '{resource}' (resources: {', '.join(names)})", str(path))
        chosen = matches[0]
    relative = chosen.get("path")
    if not isinstance(relative, str) or re.match(r"^[a-z]+://", relative):
        raise UserError(f"resource '{chosen.get('name')}' has no local path", str(path))
    csv_path = (path.parent / relative).resolve()
    if path.parent.resolve() not in csv_path.parents:
        raise UserError(f"resource path '{relative}' leaves the package folder", str(path))
    sources = [s for s in package.get("sources") or [] if isinstance(s, dict)]
    licences = [lic for lic in package.get("licenses") or package.get("licences") or [] if isinstance(lic, dict)]
    first = sources[0] if sources else {}
    meta = ImportSource(
        title=package.get("title") or package.get("name"), publisher=first.get("name") or first.get("title"),
        url=first.get("path") or first.get("url"), licence=(licences[0].get("name") or licences[0].get("title")) if licences else None,
    )
    fields = [f for f in (chosen.get("schema") or {}).get("fields") or [] if isinstance(f, dict)]
    numeric = [f for f in fields if f.get("type") in ("number", "integer") and not _YEAR.fullmatch(str(f.get("name")))]
    description = " ".join(str(f.get("description") or "") for f in numeric[:1]) or None
    measure = None
    for candidate in (chosen.get("name"), *(f.get("name") for f in numeric[:1]), package.get("name")):
        if candidate and shipped().resolve(str(candidate).replace("-", " ")):
            measure = str(candidate).replace("-", " ")
            break
    return csv_path, meta, description, measure


def _read_rows(path: Path, result: ImportResult, column: str | None, measure: str | None, unit: str | None) -> Iterator[_Row]:
    """Rows of the CSV in whatever layout it has; bad rows are counted with their line number."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise UserError(f"cannot read: {error.strerror}", str(path)) from None
    with handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if not header:
            raise UserError("empty CSV", str(path))
        names = [h.strip().lower() for h in header]
        years = [i for i, n in enumerate(names) if _YEAR.fullmatch(n)]
        entity_at = _first(names, _ENTITY_COLUMNS)
        code_at = _first(names, _CODE_COLUMNS)
        if entity_at is None and code_at is None:
            raise UserError(f"no entity column (one of: {', '.join(_ENTITY_COLUMNS)})", str(path), 1)
        if {"entity", "measure", "period", "value"} <= set(names):
            result.layout = "tidy"
            at = {n: names.index(n) for n in ("entity", "measure", "period", "value")}
            unit_at = names.index("unit") if "unit" in names else None
            for line, cells in _lines(reader):
                yield from _checked(result, path, line, cells[entity_at], "", measure or cells[at["measure"]], cells[at["period"]],
                                    cells[at["value"]], cells[unit_at] if unit_at is not None and unit_at < len(cells) else unit)
            return
        if len(years) >= 2:
            result.layout = "wide"
            for line, cells in _lines(reader):
                for i in years:
                    if i < len(cells):
                        yield from _checked(result, path, line, _cell(cells, entity_at), _cell(cells, code_at), measure, header[i].strip(), cells[i], unit)
            return
        period_at = _first(names, _PERIOD_COLUMNS)
        if period_at is None:
            raise UserError(f"no period column (one of: {', '.join(_PERIOD_COLUMNS)}) and no year columns", str(path), 1)
        taken = {entity_at, code_at, period_at}
        values = [i for i in range(len(names)) if i not in taken]
        if column is not None:
            if column.strip().lower() not in names:
                raise UserError(f"no column '{column}' (columns: {', '.join(header)})", str(path), 1)
            value_at = names.index(column.strip().lower())
        elif not values:
            raise UserError("no value column", str(path), 1)
        else:
            value_at = values[0]
        result.layout, result.column = "long", header[value_at].strip()
        for line, cells in _lines(reader):
            yield from _checked(result, path, line, _cell(cells, entity_at), _cell(cells, code_at), measure or result.column,
                                _cell(cells, period_at), _cell(cells, value_at), unit)


def _lines(reader) -> Iterator[tuple[int, list[str]]]:
    for cells in reader:
        if cells and any(c.strip() for c in cells):
            yield reader.line_num, cells


def _cell(cells: list[str], at: int | None) -> str:
    return cells[at].strip() if at is not None and at < len(cells) else ""


def _first(names: list[str], wanted: tuple[str, ...]) -> int | None:
    return next((names.index(w) for w in wanted if w in names), None)


def _checked(result: ImportResult, path: Path, line: int, entity: str, code: str, measure, period: str, value: str, unit) -> Iterator[_Row]:
    result.rows += 1
    value = value.strip()
    if value in ("", "..", "NA", "N/A", "n/a", "nan", "NaN", "-", "—"):
        result.empty += 1
        return
    number = value.replace(",", "").replace("\u202f", "").replace(" ", "")
    if not _NUMBER.fullmatch(number):
        result.problems.append(f"{path}:{line}: cannot read value '{value[:40]}'")
        return
    period = period.strip()
    if parse_period(period) is None:
        result.problems.append(f"{path}:{line}: cannot read period '{period[:40]}'")
        return
    if not (entity or code):
        result.problems.append(f"{path}:{line}: no entity")
        return
    yield _Row(line, entity, code, measure, period, number, unit)


def _unit_from(description: str | None) -> str | None:
    for pattern, unit in _UNIT_HINTS:
        if description and pattern.search(description):
            return unit
    return None


def _write(out: Path, rows: list[_Row], meta: ImportSource, unit: str | None, result: ImportResult) -> None:
    """One YAML file: the source, the defaults, declared measures, then one line a figure."""
    table = world()
    vocabulary = shipped()
    measures = sorted({r.measure for r in rows})
    resolved = {m: vocabulary.resolve(m) for m in measures}
    declared = [m for m in measures if resolved[m] is None]
    lines = ["# Imported by `factcheck reference import`; one line a figure.", "source:"]
    for key, value in (("title", meta.title), ("publisher", meta.publisher), ("url", meta.url), ("licence", meta.licence)):
        if value:
            lines.append(f"  {key}: {_scalar(value)}")
    single = resolved[measures[0]] or _measure_id(measures[0]) if len(measures) == 1 else None
    defaults = {k: v for k, v in (("measure", single), ("unit", unit)) if v}
    if defaults:
        lines.append("defaults: {" + ", ".join(f"{k}: {_scalar(v)}" for k, v in defaults.items()) + "}")
    if declared:
        lines.append("measures:")
        for name in declared:
            lines.append(f"  - {{id: {_scalar(_measure_id(name))}, name: {_scalar(name)}, words: [{_scalar(name)}]}}")
    entity_of, declared = _entities(rows, table, result)
    if declared:
        lines.append("entities:")
        for code, name in sorted(declared.items()):
            lines.append(f"  - {{id: {_scalar(code)}, name: {_scalar(name)}}}")
    lines.append("figures:")
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        entity = entity_of[(row.code, row.entity)]
        measure = resolved[row.measure] or _measure_id(row.measure)
        if (entity, measure, row.period) in seen:
            result.problems.append(f"{row.line}: a second value for {entity} {measure} {row.period}: kept the first")
            continue
        seen.add((entity, measure, row.period))
        parts = [f"entity: {_scalar(entity)}"]
        if single is None:
            parts.append(f"measure: {_scalar(measure)}")
        parts += [f"period: {_scalar(row.period)}", f"value: {row.value}"]
        if row.unit and row.unit != unit:
            parts.append(f"unit: {_scalar(row.unit)}")
        lines.append("  - {" + ", ".join(parts) + "}")
        result.figures += 1
    result.measure = ", ".join(resolved[m] or _measure_id(m) for m in measures)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _entities(rows: list[_Row], table, result: ImportResult) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """Each (code, name) of the data as an entity id, and the entities the file must declare.

    A code or name the table knows exactly wins; a name known only by a pattern
    ("FRENCH INDO-CHINA" looks like China) keeps the entity only when no exact
    name of the data already has it. A code the table does not know ("EAP") is
    declared with the data's name for it, so a claim naming it still links.
    """
    pairs = sorted({(r.code, r.entity) for r in rows})
    entity_of: dict[tuple[str, str], str] = {}
    declared: dict[str, str] = {}
    guessed = []
    for code, name in pairs:
        exact = (table.resolve_exact(code) if code else None) or table.resolve_exact(name)
        if exact is not None:
            entity_of[(code, name)] = exact
        elif code:
            entity_of[(code, name)] = code
            declared[code] = name or code
        else:
            guessed.append(name)
    taken = set(entity_of.values())
    guesses = {name: table.resolve(name) for name in guessed}

    def closeness(name: str) -> int:  # "CHINA (MAINLAND)" is closer to China than "FRENCH INDO-CHINA"
        return len(normal(name)) - len(normal(table.entities[guesses[name]].name))

    for name in sorted(guessed, key=lambda n: closeness(n) if guesses[n] else 0):
        found = guesses[name]
        if found is None or found in taken:
            entity_of[("", name)] = name
            declared[name] = name  # declared, so that no later reading guesses it into a country
            result.unknown_entities.add(name)
        else:
            entity_of[("", name)] = found
            taken.add(found)
    return entity_of, declared


def _measure_id(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "measure"


def _scalar(value: str) -> str:
    """A YAML scalar: bare when it cannot be misread, else a double-quoted (JSON) string."""
    text = str(value)
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9 _.()-]*", text) and text.lower() not in ("yes", "no", "on", "off", "true", "false", "null", "y", "n"):
        return text
    if re.fullmatch(r"\d{4}(?:-\d\d)?", text):
        return text
    return json.dumps(text, ensure_ascii=False)
