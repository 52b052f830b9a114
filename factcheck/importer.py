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
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from . import regexes
from .entities import normal, world
from .errors import UserError
from .measures import DIMENSIONS, shipped
from .periods import parse_period

MAX_PACKAGE_BYTES = 5_000_000  # a datapackage.json is metadata: anything larger is not one
_NUMBER = regexes.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_YEAR = regexes.compile(r"(?:1[5-9]|20)\d\d")
# Column names as statistics offices write them: the World Bank, Our World in Data ("Entity, Code,
# Year"), OECD and Eurostat SDMX exports ("REF_AREA", "LOCATION", "geo", "TIME_PERIOD", "OBS_VALUE").
_ENTITY_COLUMNS = ("entity", "country name", "country", "reference area", "country or area", "nation", "region", "area", "economy", "name")
# fmt: off
_CODE_COLUMNS = ("country code", "iso3", "iso3166-1-alpha-3", "iso code", "iso_code", "code", "ref_area", "location", "geo",
                 "countrycode", "country_code")
# fmt: on
_PERIOD_COLUMNS = ("period", "year", "time_period", "date", "time", "ref_date")
_VALUE_COLUMNS = ("value", "obs_value")
_UNIT_HINTS = (  # words in a column's description or a measure's label that say its unit
    (regexes.compile(r"current us\$|constant \d{4} us\$|\bUSD\b|US dollars", re.I), "USD"),
    (regexes.compile(r"%|percent|per cent|annual growth rate", re.I), "percent"),
    (regexes.compile(r"metric tons|tonnes", re.I), "metric_ton"),
    (regexes.compile(r"per (?:sq\.? ?km|square kilomet(?:re|er))", re.I), "count/km**2"),  # "people per sq. km of land area"
    (regexes.compile(r"\(years\)", re.I), "year"),
)
_OF_GDP = regexes.compile(r"%\s*of\s*GDP|percent of GDP", re.I)
_PER_PERSON = regexes.compile(r"per capita|per person|per head", re.I)


@dataclass
class ImportSource:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    licence: str | None = None


@dataclass(frozen=True)
class ImportOptions:
    """What the data does not say, or how to read it."""

    resource: str | None = None  # the data package resource
    measure: str | None = None  # what the values measure
    unit: str | None = None  # their unit
    column: str | None = None  # the value column of a long table with several
    entity_column: str | None = None  # the column naming each row's entity
    period: str | None = None  # the period of every figure of a table without one
    row_names: bool = False  # every text cell of a row names its entity (a table's rows are referred to by any cell)


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
    names: tuple[str, ...] = ()  # other names of the row's entity (its other text cells)


def import_source(source: str, out: str, options: ImportOptions | None = None, meta: ImportSource | None = None) -> ImportResult:
    """Read SOURCE (a datapackage.json, a folder holding one, or a CSV) and write OUT."""
    options = options or ImportOptions()
    measure, unit = options.measure, options.unit
    path = Path(source)
    meta = meta or ImportSource()
    if path.is_dir():
        path = next((path / name for name in ("datapackage.json", "datapackage.yaml", "datapackage.yml") if (path / name).is_file()), path)
    if not path.is_file():
        raise UserError("no such file (give a datapackage.json or a CSV file)", source)
    description = None
    if path.name.startswith("datapackage."):
        csv_path, package_meta, description, default_measure = _from_package(path, options.resource)
        meta = ImportSource(
            meta.title or package_meta.title,
            meta.publisher or package_meta.publisher,
            meta.url or package_meta.url,
            meta.licence or package_meta.licence,
        )
        measure = measure or default_measure
    else:
        csv_path = path
    if not (meta.title or meta.publisher or meta.url):
        raise UserError("every figure needs a source: give --source-title, --source-url or --publisher", source)
    out_path = Path(out)
    if out_path.resolve() == csv_path.resolve() or out_path.resolve() == path.resolve():
        raise UserError("the output would overwrite the input", out)
    result = ImportResult()
    rows = list(_read_rows(csv_path, result, replace(options, measure=measure, unit=unit)))
    if not rows:
        raise UserError(
            f"no figures found ({len(result.problems)} bad rows)" + (f"; first: {result.problems[0]}" if result.problems else ""),
            str(csv_path),
        )
    measure_names = {r.measure for r in rows}
    if None in measure_names:
        raise UserError("cannot tell what the figures measure: give --measure NAME", str(csv_path))
    unit = unit or _unit_from(description or result.column)
    _write(out_path, csv_path, rows, meta, unit, result, options.row_names)
    return result


def _from_package(path: Path, resource: str | None):
    """The CSV of the chosen resource, the package's source, the value column's description and a measure name."""
    if path.stat().st_size > MAX_PACKAGE_BYTES:
        raise UserError("too large for a datapackage descriptor", str(path))
    try:
        text = path.read_text(encoding="utf-8")
        package = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError) as error:  # ValueError: bad JSON or bytes that are not UTF-8
        what = (str(error).splitlines() or [type(error).__name__])[0]
        raise UserError(f"not a readable data package: {what}", str(path)) from None
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
    # One source a resource, in the same order (the inflation package: the GDP deflator's, then consumer prices'):
    # the chosen resource's own; else the first.
    at = resources.index(chosen) if len(sources) == len(resources) > 1 else 0
    first: dict = sources[at] if sources else {}
    meta = ImportSource(
        title=package.get("title") or package.get("name"),
        publisher=first.get("name") or first.get("title"),
        url=first.get("path") or first.get("url"),
        licence=(licences[0].get("name") or licences[0].get("title")) if licences else None,
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


def _read_rows(path: Path, result: ImportResult, options: ImportOptions) -> Iterator[_Row]:
    """Rows of the CSV in whatever layout it has; bad rows are counted with their line number."""
    column, measure, unit = options.column, options.measure, options.unit
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise UserError(f"cannot read: {error.strerror}", str(path)) from None
    with handle:
        reader = _Reader(handle, path)
        header = _header(reader, options)
        if not header:
            raise UserError("empty CSV", str(path))
        names = [h.strip().lower() for h in header]
        years = [i for i, n in enumerate(names) if _YEAR.fullmatch(n)]
        entity_at: int | None
        code_at: int | None
        if options.entity_column is not None:
            if options.entity_column.strip().lower() not in names:
                raise UserError(f"no column '{options.entity_column}' (columns: {', '.join(header)})", str(path), 1)
            entity_at, code_at = names.index(options.entity_column.strip().lower()), None
        else:
            entity_at, code_at = _first(names, _ENTITY_COLUMNS), _first(names, _CODE_COLUMNS)
        if entity_at is None and code_at is None:
            raise UserError(f"no entity column (one of: {', '.join(_ENTITY_COLUMNS)}; or give --entity-column)", str(path), 1)
        if {"entity", "measure", "period", "value"} <= set(names):
            result.layout = "tidy"
            at = {n: names.index(n) for n in ("entity", "measure", "period", "value")}
            unit_at = names.index("unit") if "unit" in names else None
            for line, cells in _lines(reader):
                entity = cells[entity_at] if entity_at is not None else ""
                yield from _checked(
                    result,
                    path,
                    line,
                    entity,
                    "",
                    measure or cells[at["measure"]],
                    cells[at["period"]],
                    cells[at["value"]],
                    cells[unit_at] if unit_at is not None and unit_at < len(cells) else unit,
                )
            return
        if len(years) >= 2:
            result.layout = "wide"
            indicator_at = _first(names, ("indicator name", "indicator", "series name", "series"))
            for line, cells in _lines(reader):
                row_measure = measure or (_cell(cells, indicator_at) if indicator_at is not None else None)
                for i in years:
                    if i < len(cells):
                        yield from _checked(
                            result,
                            path,
                            line,
                            _cell(cells, entity_at),
                            _cell(cells, code_at),
                            row_measure,
                            header[i].strip(),
                            cells[i],
                            unit,
                        )
            return
        period_at = _first(names, _PERIOD_COLUMNS)
        if period_at is None or options.entity_column is not None:
            yield from _records(path, result, reader, header, entity_at, period_at, options)
            return
        taken = {entity_at, code_at, period_at}
        values = [i for i in range(len(names)) if i not in taken]
        if column is not None:
            if column.strip().lower() not in names:
                raise UserError(f"no column '{column}' (columns: {', '.join(header)})", str(path), 1)
            value_at = names.index(column.strip().lower())
        elif not values:
            raise UserError("no value column", str(path), 1)
        else:
            found = _first(names, _VALUE_COLUMNS)
            value_at = values[0] if found is None or found in taken else found
        result.layout, result.column = "long", header[value_at].strip()
        for line, cells in _lines(reader):
            yield from _checked(
                result,
                path,
                line,
                _cell(cells, entity_at),
                _cell(cells, code_at),
                measure or result.column,
                _cell(cells, period_at),
                _cell(cells, value_at),
                unit,
            )


_SCALE_IN_HEADER = regexes.compile(r"\((thousands?|millions?|billions?|trillions?|%|percent)\)", re.IGNORECASE)


def _records(
    path: Path, result: ImportResult, reader, header: list[str], entity_at: int | None, period_at: int | None, options: ImportOptions
) -> Iterator[_Row]:
    """One row an entity, one numeric column a measure ("us viewers (million)"); a row's period is its
    period column's when that reads as one, else --period, else none (timeless)."""
    table = list(_lines(reader))
    numeric = []
    for i in range(len(header)):
        column = [_cell(row, i).replace(",", "").rstrip("%") for _, row in table]
        filled = [c for c in column if c]
        if i not in (entity_at, period_at) and filled and sum(bool(_NUMBER.fullmatch(c)) for c in filled) >= 0.8 * len(filled):
            numeric.append(i)
    if options.column is not None:
        numeric = [i for i in numeric if header[i].strip().lower() == options.column.strip().lower()]
    if not numeric:
        raise UserError("no period column, no year columns and no numeric column", str(path), 1)
    result.layout = "records"
    for line, cells in table:
        written = _cell(cells, period_at)
        period = written if written and parse_period(written) is not None else options.period or ""
        names = (
            tuple(c.strip() for i, c in enumerate(cells) if i not in numeric and i != entity_at and c.strip()) if options.row_names else ()
        )
        for i in numeric:
            scale = _SCALE_IN_HEADER.search(header[i])
            word = scale.group(1).lower() if scale else ""
            measure = options.measure or _SCALE_IN_HEADER.sub("", header[i]).strip()
            unit = options.unit or ("percent" if word in ("%", "percent") or _cell(cells, i).endswith("%") else None)
            raw = _cell(cells, i).rstrip("%")
            value = f"{raw.replace(',', '')} {word.rstrip('s')}" if word and word not in ("%", "percent") else raw
            for row in _checked(result, path, line, _cell(cells, entity_at), "", measure, period, value, unit):
                yield replace(row, names=names)


_HEADER_REACH = 10  # rows a download may put before its header ("Data Source","World Development Indicators", ...)


def _header(reader, options: ImportOptions) -> list[str] | None:
    """The header row: the first of the first rows that names an entity or code column (or the given one)."""
    wanted = {options.entity_column.strip().lower()} if options.entity_column else {*_ENTITY_COLUMNS, *_CODE_COLUMNS, "entity"}
    first = None
    for _, cells in _lines(reader):
        first = first or cells
        if wanted & {c.strip().lower() for c in cells}:
            return cells
        if reader.line_num >= _HEADER_REACH:
            break
    return first


def _lines(reader) -> Iterator[tuple[int, list[str]]]:
    """The non-empty rows with their line numbers; a file that is not CSV text stops with its line."""
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as error:
            raise UserError(f"not readable as CSV text: {str(error).splitlines()[0][:120]}", reader.path, reader.line_num + 1) from None
        if cells and any(c.strip() for c in cells):
            yield reader.line_num, cells


class _Reader:
    """csv.reader that knows its file, for error messages."""

    def __init__(self, handle, path: Path):
        self._reader = csv.reader(handle)
        self.path = str(path)

    def __iter__(self):
        return self

    def __next__(self) -> list[str]:
        return next(self._reader)

    @property
    def line_num(self) -> int:
        return self._reader.line_num


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
    number, _, scale = value.replace(",", "").replace("\u202f", "").partition(" ")
    if not _NUMBER.fullmatch(number.strip()) or scale.strip() not in ("", "thousand", "million", "billion", "trillion"):
        result.problems.append(f"{path}:{line}: cannot read value '{value[:40]}'")
        return
    period = period.strip()
    if period and parse_period(period) is None:
        result.problems.append(f"{path}:{line}: cannot read period '{period[:40]}'")
        return
    if not (entity or code):
        result.problems.append(f"{path}:{line}: no entity")
        return
    yield _Row(line, entity, code, measure, period, f"{number.strip()} {scale}".strip(), unit)


def read_label(label: str) -> tuple[str | None, str | None]:
    """The measure and unit a statistics office's label names: 'GDP (current US$)' is gdp in USD,
    'Central government debt, total (% of GDP)' government-debt-to-gdp in percent,
    'CO2 emissions (metric tons per capita)' co2-emissions-per-capita."""
    vocabulary = shipped()
    unit = _unit_from(label)
    found = vocabulary.resolve(label)
    if found is not None:
        return found, unit
    bare = re.sub(r"\s*\([^)]*\)", " ", label).strip(" ,")
    found = vocabulary.resolve(bare)
    if found is None:
        named = {m.measure for m in vocabulary.mentions(bare)}
        found = named.pop() if len(named) == 1 else None
    if found is None:
        return None, unit
    measure = vocabulary.measures[found]
    if _OF_GDP.search(label) and measure.of_gdp:
        return measure.of_gdp, "percent"
    if _PER_PERSON.search(label) and measure.per_capita:
        return measure.per_capita, unit
    return found, unit


def _unit_from(description: str | None) -> str | None:
    for pattern, unit in _UNIT_HINTS:
        if description and pattern.search(description):
            return unit
    return None


def _write(
    out: Path, source: Path, rows: list[_Row], meta: ImportSource, unit: str | None, result: ImportResult, row_names: bool = False
) -> None:
    """One YAML file: the source, the defaults, declared measures, then one line a figure."""
    table = world()
    measure_of = {id(r): r.measure or "" for r in rows}  # every row has one: import() refuses rows without
    measures = sorted(set(measure_of.values()))
    labels = {m: read_label(m) for m in measures}
    resolved = {m: labels[m][0] for m in measures}
    if unit is None and len(measures) == 1:
        unit = labels[measures[0]][1]
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
            words = ", ".join(_text(w) for w in _word_forms(name))
            dimension = _dimension_of({r.unit or unit for r in rows if measure_of[id(r)] == name})
            lines.append(f"  - {{id: {_scalar(_measure_id(name))}, name: {_text(name)}, words: [{words}], dimension: {dimension}}}")
    if row_names:  # each row its own entity, named by any of its text cells that names no other row
        entity_of: dict[tuple[str, str, int], str] = {}
        entity_lines = []
        naming = Counter(normal(n) for line_names in {(r.line, (r.entity, *r.names)) for r in rows} for n in set(line_names[1]))
        for row in rows:
            if (row.code, row.entity, row.line) not in entity_of:
                entity_of[(row.code, row.entity, row.line)] = f"row-{row.line}"
                aliases = ", ".join(_text(n) for n in row.names if n != row.entity and naming[normal(n)] == 1)
                entity_lines.append(f"  - {{id: row-{row.line}, name: {_text(row.entity)}, aliases: [{aliases}]}}")
        lines += ["entities:", *entity_lines]
    else:
        by_name, declared_entities = _entities(rows, table, result)
        entity_of = {(row.code, row.entity, row.line): by_name[(row.code, row.entity)] for row in rows}
        if declared_entities:
            lines.append("entities:")
            for code, name in sorted(declared_entities.items()):
                lines.append(f"  - {{id: {_text(code)}, name: {_text(name)}}}")
    lines.append("figures:")
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        entity = entity_of[(row.code, row.entity, row.line)]
        measure = resolved[measure_of[id(row)]] or _measure_id(measure_of[id(row)])
        if (entity, measure, row.period) in seen:
            result.problems.append(f"{source}:{row.line}: a second value for {entity} {measure} {row.period}: kept the first")
            continue
        seen.add((entity, measure, row.period))
        parts = [f"entity: {_text(entity)}"]
        if single is None:
            parts.append(f"measure: {_scalar(measure)}")
        if row.period:
            parts.append(f"period: {_scalar(row.period)}")
        parts.append(f"value: {row.value}")
        row_unit = row.unit or (labels[measure_of[id(row)]][1] if unit is None else None)
        if row_unit and row_unit != unit:
            parts.append(f"unit: {_scalar(row_unit)}")
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


def _dimension_of(row_units: set) -> str:
    """The dimension of a declared measure, from the units of its values."""
    if row_units == {"percent"}:
        return "percent"
    if row_units and all(u and len(u) == 3 and u.isupper() for u in row_units):
        return "money"
    if row_units <= {None, ""}:
        return "count"
    from . import units

    names = {units.canonical_name(u) for u in row_units if u}
    dimension = {units.dimension(n) for n in names if n}
    for key, value in DIMENSIONS.items():
        if dimension == {value}:
            return key
    return "count"


def _word_forms(name: str) -> list[str]:
    """The words a draft may name a column by: its name without notes in brackets, in both numbers,
    and its last word ('us viewers (million)': 'us viewers', 'us viewer', 'viewers', 'viewer')."""
    bare = " ".join(re.sub(r"\([^)]*\)", " ", name).split()) or name
    words = bare.split()
    forms = [name, bare]
    for phrase in [bare, words[-1]] if len(words) > 1 and len(words[-1]) >= 4 else [bare]:
        if not phrase.split():
            continue
        *head, last = phrase.split()
        other = last[:-1] if last.endswith("s") and len(last) > 3 else last + "s"
        forms += [phrase, " ".join([*head, other])]
    return list(dict.fromkeys(forms))


def _measure_id(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "measure"


def _text(value: str) -> str:
    """A YAML string that stays a string: '1990' and 'yes' are quoted."""
    text = _scalar(value)
    return text if text[:1] == '"' or re.fullmatch(r"[A-Za-z][A-Za-z0-9 _.()-]*", text) else json.dumps(str(value), ensure_ascii=False)


def _scalar(value: str) -> str:
    """A YAML scalar: bare when it cannot be misread, else a double-quoted (JSON) string."""
    text = str(value)
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9 _.()-]*", text) and text.lower() not in (
        "yes",
        "no",
        "on",
        "off",
        "true",
        "false",
        "null",
        "y",
        "n",
    ):
        return text
    if re.fullmatch(r"\d{4}(?:-\d\d)?", text):
        return text
    return json.dumps(text, ensure_ascii=False)
