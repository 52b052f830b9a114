"""A big base compiled into SQLite, so that a check reads only the figures its claims are about.

The YAML files stay the source of truth. The first check with a base of more
than COMPILE_ABOVE bytes of YAML compiles it into one SQLite file in the
user cache folder, named by the SHA-256 of factcheck's version and of every
input file's path and bytes: a table of the figures keyed by entity and
measure (indexed on both, and on id), and one JSON document with the rest
(prose figures, rate tables, the base's own entities and measures, and the
objects many figures share, such as a file's source). Compiling reads a
file of rows (what `reference import` writes) a line at a time and writes
in batches, so ten million figures compile in flat memory. Later checks open
the file and read, per (entity, measure), only the figures a claim asks for.
A changed input is a new key, so a new file; a half-written or damaged file
is ignored and rebuilt. Everything in it is data: figures are rebuilt from
JSON by a fixed table of constructors.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterator, Mapping
from datetime import date
from enum import Enum
from pathlib import Path

from . import __version__
from .caching import cache_dir
from .entities import Entity
from .figures import yaml_files
from .measures import Measure
from .model import Bound, Figure, FigureKey, Period, Quantity, Range, Source
from .rates import RateEntry

COMPILE_ABOVE = 100_000  # bytes of YAML: at the shipped base (30 KB) both take the same time, at 0.5 MB compiled is 0.3 s faster
FORMAT = 3  # 2: keyed figures as compact rows, nothing read ahead; 3: a source's missing fields are "", not null
_CLASSES = {cls.__name__: cls for cls in (Figure, Quantity, Range, Source, Period, Entity, Measure, RateEntry)}


def _encode(value):
    if dataclasses.is_dataclass(value):
        return {"@": type(value).__name__, **{f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, date):
        return {"@date": value.isoformat()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode(value):
    if isinstance(value, dict):
        if "@date" in value:
            return date.fromisoformat(value["@date"])
        if "@" in value:
            cls = _CLASSES[value["@"]]  # a KeyError for anything else: the file is not ours
            return cls(**{k: _decode(v) for k, v in value.items() if k != "@"})
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    return value


def cache_key(files: list[Path]) -> str:
    import hashlib

    digest = hashlib.sha256(f"factcheck {__version__} compiled base {FORMAT}\n".encode())
    for file in files:
        digest.update(str(file.resolve()).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


# A keyed figure is stored as a JSON array of its fields in this order (its key as two items, entity and measure),
# with the objects many figures share (a file's source, its path, a year) written once in the meta table and
# referred to by number.
# fmt: off
_FIGURE_FIELDS = ("id", "subject", "quantity", "source", "path", "line", "kind", "aliases", "period", "tolerance",
                  "reported_by", "compared_to", "key", "change_of", "computed_from")
# fmt: on
assert tuple(f.name for f in dataclasses.fields(Figure)) == _FIGURE_FIELDS, "a new Figure field: add it to the codec"
_BATCH = 10_000  # rows a statement
_JSON = json.JSONEncoder(separators=(",", ":"), check_circular=False)


class _Codec:
    """Figures to and from their compact rows; `shared` holds the objects rows refer to by number.

    Written out field by field, not through dataclasses: compiling ten million figures spends its time here."""

    def __init__(self, shared: list | None = None):
        self.shared = shared if shared is not None else []
        self._numbers: dict = {}

    def encode(self, f: Figure) -> str:
        q, number = f.quantity, self._number
        return _JSON.encode(
            [
                f.id,
                f.subject,
                [q.value, q.unit, Bound(q.bound).value, q.half_unit, q.hedge, *((q.range.low, q.range.high) if q.range else ())],
                number(f.source),
                number(f.path),
                f.line,
                f.kind.value,
                f.aliases,
                number(f.period),
                f.tolerance,
                number(f.reported_by),
                number(f.compared_to),
                *(f.key or (None, None)),
                f.change_of,
                f.computed_from,
            ]
        )

    def _number(self, value) -> int | None:
        if value is None:
            return None
        number = self._numbers.get(value)
        if number is None:
            number = self._numbers[value] = len(self.shared)
            self.shared.append(value)
        return number

    def decode(self, text: str) -> Figure:
        (
            figure_id,
            subject,
            quantity,
            source,
            path,
            line,
            kind,
            aliases,
            period,
            tolerance,
            reported_by,
            compared_to,
            entity,
            measure,
            change_of,
            computed_from,
        ) = json.loads(text)
        shared = self.shared
        value, unit, bound, half_unit, hedge, *ends = quantity  # a range's two ends, or nothing
        return Figure(
            figure_id,
            subject,
            Quantity(value, unit, bound, half_unit, hedge, Range(*ends) if ends else None),
            shared[source],
            shared[path],
            line,
            kind,
            tuple(aliases),
            None if period is None else shared[period],
            tolerance,
            None if reported_by is None else shared[reported_by],
            None if compared_to is None else shared[compared_to],
            None if entity is None else FigureKey(entity, measure),
            change_of,
            tuple(computed_from),
        )


class KeyedFigures(Mapping):  # holds an sqlite3.Connection
    """(entity, measure) -> that entity's figures of the measure, oldest first, read from SQLite when first asked.

    Nothing is read ahead: a base of ten million figures costs a query per (entity, measure) a draft names."""

    def __init__(self, connection, codec: _Codec, keys: int, measures: set[str]):
        self._connection = connection
        self._codec = codec
        self._keys = keys
        self._measures = measures
        self._read: dict[tuple[str, str], list[Figure]] = {}

    def __getitem__(self, key: tuple[str, str]) -> list[Figure]:
        if key not in self._read:
            rows = self._connection.execute("SELECT data FROM keyed WHERE entity = ? AND measure = ? ORDER BY rowid", key)
            figures = [self._codec.decode(data) for (data,) in rows]
            figures.sort(key=lambda f: f.period.end if f.period else date.min)  # as a base loaded from YAML has them
            self._read[key] = figures
        if not self._read[key]:
            raise KeyError(key)
        return self._read[key]

    def __contains__(self, key) -> bool:
        try:
            self[key]
        except (KeyError, TypeError, ValueError):
            return False
        return True

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return (tuple(row) for row in self._connection.execute("SELECT DISTINCT entity, measure FROM keyed ORDER BY entity, measure"))

    def __len__(self) -> int:
        return self._keys

    def measures(self) -> set[str]:
        return set(self._measures)

    def by_id(self, figure_id: str) -> Figure | None:
        row = self._connection.execute("SELECT data FROM keyed WHERE id = ? ORDER BY rowid LIMIT 1", (figure_id,)).fetchone()
        return None if row is None else self._codec.decode(row[0])


_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE keyed (entity TEXT, measure TEXT, id TEXT, data TEXT);
"""


def compile_into(paths: list[str], target: Path) -> None:
    """Compile the base of `paths` into a new SQLite file at target, atomically, a row at a time.

    Files of rows (what `reference import` writes) are read a line at a time and
    go to disk in batches, so memory stays flat whatever the size of the base;
    other files are read whole, as a check would read them. Raises
    InvalidReference with every problem found, as loading the base would.
    """
    import sqlite3
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=".compiling-", suffix=".sqlite")
    os.close(handle)
    try:
        connection = sqlite3.connect(partial)
        connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        whole: set[Path] = set()
        while True:
            connection.executescript("DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS keyed;" + _SCHEMA)
            try:
                _fill(connection, paths, whole)
                break
            except _Retry as retry:
                whole.add(retry.file)
        connection.commit()
        connection.close()
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _fill(connection, paths: list[str], whole: set[Path]) -> None:
    """Every figure of the base into the keyed table (or into 'rest', for the few that are not keyed)."""
    from .base_rows import NotRows, as_row_file, rows
    from .errors import UserError
    from .figures import InvalidReference, _parse_base_file, _read_yaml, _Unreadable, declarations, entry_figures, file_settings

    files, missing = yaml_files(paths)
    problems: list[UserError] = [UserError("no such reference file or folder", path) for path in missing]
    parts = []  # (file, its data (the header of a file of rows), its rows or None)
    for file in files:
        row_file = None if file in whole else as_row_file(file)
        if row_file is not None:
            try:
                data = _parse_base_file(row_file.header.encode("utf-8")) or {}
            except _Unreadable as error:
                problems.append(UserError(str(error), str(file), error.line))
                continue
        else:
            data = _read_yaml(file, problems)
        if isinstance(data, dict):
            parts.append((file, data, row_file))
    declared_entities, declared_measures, context = declarations([(file, data) for file, data, _ in parts], problems)
    codec, count = _Codec(), 0
    rates: list[RateEntry] = []
    kept: list[Figure] = []
    useful: set[str] = set()
    measures: set[str] = set()
    for file, data, row_file in parts:
        settings = file_settings(file, data, problems, rates)
        before = count
        try:
            entries = rows(row_file) if row_file is not None else data.get("figures") or []
            if not isinstance(entries, (list, Iterator)):
                settings.report.at(data, "figures", "'figures' must be a list")
                continue
            batch = []
            for entry in entries:
                for figure in entry_figures(entry, settings, context):
                    count += 1
                    if figure.key and not figure.change_of:
                        batch.append((*figure.key, figure.id, codec.encode(figure)))
                        measures.add(figure.key.measure)
                    else:
                        kept.append(figure)
                if len(batch) >= _BATCH:
                    connection.executemany("INSERT INTO keyed VALUES (?, ?, ?, ?)", batch)
                    batch.clear()
            connection.executemany("INSERT INTO keyed VALUES (?, ?, ?, ?)", batch)
        except NotRows:  # a row YAML reads differently on its own: read this file whole instead
            raise _Retry(file) from None
        if count > before or data.get("entities") or data.get("measures"):
            useful.add(str(file))
    useful |= {rate.path for rate in rates}
    connection.execute("CREATE INDEX keyed_by_key ON keyed (entity, measure)")
    connection.execute("CREATE INDEX keyed_by_id ON keyed (id)")
    problems += _duplicates(connection, codec, kept)
    if problems:
        raise InvalidReference(problems)
    keyed = KeyedFigures(connection, codec, 0, measures)
    targets = {f.change_of for f in kept if f.change_of}
    kept += [found for target in sorted(targets) if (found := keyed.by_id(target)) is not None]
    keys = connection.execute("SELECT COUNT(*) FROM (SELECT DISTINCT entity, measure FROM keyed)").fetchone()[0]
    rest = {
        "paths": list(paths),
        "figures": kept,
        "count": count,
        "rates": list(rates),
        "keys": keys,
        "measures": sorted(measures),
        "declared_entities": declared_entities,
        "declared_measures": declared_measures,
        "unknown_entities": context.unknown,
        "empty_files": sorted(str(f) for f in files if str(f) not in useful),
        "shared": codec.shared,
    }
    connection.execute("INSERT INTO meta VALUES ('rest', ?)", (json.dumps(_encode(rest)),))
    connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))


class _Retry(Exception):
    """A file that looked like rows was not: compile again, reading it whole."""

    def __init__(self, file: Path):
        super().__init__(str(file))
        self.file = file


def _duplicates(connection, codec: _Codec, kept: list[Figure]) -> list:
    """'duplicate id' problems, each at the later figure and naming the first, as loading the YAML reports them."""
    from .errors import UserError

    problems = []
    seen: dict[str, Figure] = {}
    repeated = [row[0] for row in connection.execute("SELECT id FROM keyed GROUP BY id HAVING COUNT(*) > 1 LIMIT 100")]
    for figure_id in repeated:
        first, *others = [
            codec.decode(data) for (data,) in connection.execute("SELECT data FROM keyed WHERE id = ? ORDER BY rowid", (figure_id,))
        ]
        problems += [UserError(f"duplicate id '{figure_id}' (first at {first.path}:{first.line})", f.path, f.line) for f in others]
    for figure in kept:
        earlier: Figure | None = seen.get(figure.id)
        if earlier is None and (stored := connection.execute("SELECT data FROM keyed WHERE id = ? LIMIT 1", (figure.id,)).fetchone()):
            earlier = codec.decode(stored[0])
        if earlier is not None:
            problems.append(UserError(f"duplicate id '{figure.id}' (first at {earlier.path}:{earlier.line})", figure.path, figure.line))
            continue
        seen[figure.id] = figure
    return problems


def open_base(file: Path):
    """The base from its compiled file, or None when the file is missing or not a whole, readable one."""
    from .figures import ReferenceBase
    from .rates import RateBook

    if not file.is_file():
        return None
    import sqlite3

    try:
        connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True, check_same_thread=False)
        if dict(connection.execute("SELECT name, value FROM meta WHERE name = 'format'")).get("format") != str(FORMAT):
            return None
        rest = _decode(json.loads(connection.execute("SELECT value FROM meta WHERE name = 'rest'").fetchone()[0]))
        keyed = KeyedFigures(connection, _Codec(list(rest["shared"])), int(rest["keys"]), set(rest["measures"]))
    except (sqlite3.Error, TypeError, KeyError, ValueError):
        return None
    return ReferenceBase.assemble(
        paths=list(rest["paths"]),
        figures=list(rest["figures"]),
        count=rest["count"],
        rates=RateBook(list(rest["rates"])),
        declared_entities=[(e, tuple(a)) for e, a in rest["declared_entities"]],
        declared_measures=list(rest["declared_measures"]),
        unknown_entities={k: tuple(v) for k, v in rest["unknown_entities"].items()},
        empty_files=list(rest["empty_files"]),
        by_key=keyed,
    )


def _compiled_file(files: list[Path]) -> Path:
    """The compiled file of these inputs: named by their paths (so an older compile of them can be found and
    removed) and by their content (so any change is a new file)."""
    import hashlib

    paths = hashlib.sha256("\0".join(str(f.resolve()) for f in files).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return cache_dir() / "compiled" / f"{paths}-{cache_key(files)}.sqlite"


def _remove_older(file: Path) -> None:
    """The compiled files of the same inputs before they changed: a base edited daily must not fill the disk."""
    prefix = file.name.split("-", 1)[0]
    for older in file.parent.glob(f"{prefix}-*.sqlite"):
        if older != file:
            older.unlink(missing_ok=True)  # a process still reading it keeps its open file until it closes it


def _open_or_compile(file: Path, paths: list[str], load):
    """(base, written now, why writing failed): the compiled file opened, else compiled and opened."""
    import sqlite3

    base = open_base(file)
    if base is not None:
        return base, False, None
    if file.exists():
        from .caching import IGNORED_CACHES

        IGNORED_CACHES.append(f"{file}: not a readable compiled base; rebuilt")
    try:
        compile_into(paths, file)
    except (OSError, sqlite3.Error) as error:
        return load(paths), False, error  # a read-only cache: this run works from memory
    base = open_base(file)
    if base is None:
        return load(paths), False, OSError("the compiled file cannot be read back")
    _remove_older(file)
    return base, True, None


def build(paths: list[str], load) -> tuple[Path, int, bool]:
    """Compile a base whatever its size: (the compiled file, its count of figures, whether it was written now)."""
    file = _compiled_file(yaml_files(paths)[0])
    base, written, failure = _open_or_compile(file, paths, load)
    if failure is not None:
        from .errors import UserError

        raise UserError(f"cannot write the compiled base: {failure}", str(file))
    return file, base.count, written


def load_compiled(paths: list[str], load):
    """The base of paths: from its compiled file when it has one, else loaded by `load` (and compiled when big)."""
    files = yaml_files(paths)[0]
    if sum(f.stat().st_size for f in files) <= COMPILE_ABOVE:
        return load(paths)
    return _open_or_compile(_compiled_file(files), paths, load)[0]
