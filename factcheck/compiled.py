"""A big base compiled into SQLite, so that a check reads only the figures its claims are about.

The YAML files stay the source of truth. The first check with a base of more
than COMPILE_ABOVE bytes of YAML parses it as usual and writes, in the user
cache folder, one SQLite file named by the SHA-256 of factcheck's version and
of every input file's path and bytes: a table of the figures kept by entity
and measure (indexed on both), and one JSON document with the rest (prose
figures, rate tables, the base's own entities and measures). Later checks
open that file: the keyed figures stay on disk and are read, per (entity,
measure), when a claim asks for them. A changed input is a new key, so a new
file; a half-written or damaged file is ignored and rebuilt. Everything in it
is data: figures are rebuilt from JSON by a fixed table of constructors.
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
from .entities import Entity
from .measures import Measure
from .model import Figure, Period, Quantity, Source
from .figures import yaml_files
from .caching import cache_dir
from .rates import RateEntry

COMPILE_ABOVE = 100_000  # bytes of YAML: at the shipped base (30 KB) both take the same time, at 0.5 MB compiled is 0.3 s faster
FORMAT = 1
_CLASSES = {cls.__name__: cls for cls in (Figure, Quantity, Source, Period, Entity, Measure, RateEntry)}


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


class KeyedFigures(Mapping):  # holds an sqlite3.Connection
    """(entity, measure) -> that entity's figures of the measure, oldest first, read from SQLite when first asked."""

    def __init__(self, connection, keys: list[tuple[str, str]]):
        self._connection = connection
        self._keys = set(keys)
        self._read: dict[tuple[str, str], list[Figure]] = {}

    def __getitem__(self, key: tuple[str, str]) -> list[Figure]:
        if key not in self._keys:
            raise KeyError(key)
        if key not in self._read:
            rows = self._connection.execute("SELECT data FROM keyed WHERE entity = ? AND measure = ? ORDER BY rowid", key)
            self._read[key] = [_decode(json.loads(data)) for (data,) in rows]
        return self._read[key]

    def __contains__(self, key) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(sorted(self._keys))

    def __len__(self) -> int:
        return len(self._keys)


def compile_base(base, file: Path) -> None:
    """Write a loaded base's figures into a new SQLite file, atomically."""
    kept = [f for f in base.figures if not (f.entity and f.measure) or f.change_of or f.id in base.change_targets]
    rest = {
        "paths": list(base.paths), "figures": kept, "count": len(base.figures), "rates": list(base.rates.entries),
        "declared_entities": base.declared_entities, "declared_measures": base.declared_measures,
        "unknown_entities": base.unknown_entities, "empty_files": base.empty_files,
    }
    import sqlite3
    import tempfile

    file.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=file.parent, prefix=".compiling-", suffix=".sqlite")
    os.close(handle)
    try:
        connection = sqlite3.connect(partial)
        with connection:
            connection.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            connection.execute("CREATE TABLE keyed (entity TEXT, measure TEXT, data TEXT)")
            connection.executemany("INSERT INTO keyed VALUES (?, ?, ?)", (
                (entity, measure, json.dumps(_encode(figure))) for (entity, measure), figures in base.by_key.items() for figure in figures))
            connection.execute("CREATE INDEX keyed_by_key ON keyed (entity, measure)")
            connection.execute("INSERT INTO meta VALUES ('rest', ?)", (json.dumps(_encode(rest)),))
            connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))
        connection.close()
        os.replace(partial, file)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


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
        keys = [tuple(row) for row in connection.execute("SELECT DISTINCT entity, measure FROM keyed")]
    except (sqlite3.Error, TypeError, KeyError, ValueError):
        return None
    return ReferenceBase.assemble(
        paths=list(rest["paths"]), figures=list(rest["figures"]), count=rest["count"], rates=RateBook(list(rest["rates"])),
        declared_entities=[(e, tuple(a)) for e, a in rest["declared_entities"]], declared_measures=list(rest["declared_measures"]),
        unknown_entities={k: tuple(v) for k, v in rest["unknown_entities"].items()}, empty_files=list(rest["empty_files"]),
        by_key=KeyedFigures(connection, keys),
    )


def _compiled_file(files: list[Path]) -> Path:
    return cache_dir() / "compiled" / f"{cache_key(files)}.sqlite"


def _open_or_compile(file: Path, paths: list[str], load):
    """(base, written now, why writing failed): the compiled file opened, else the YAML loaded and compiled."""
    import sqlite3

    base = open_base(file)
    if base is not None:
        return base, False, None
    if file.exists():
        from .rates import IGNORED_CACHES

        IGNORED_CACHES.append(f"{file}: not a readable compiled base; rebuilt")
    base = load(paths)
    try:
        compile_base(base, file)
    except (OSError, sqlite3.Error) as error:
        return base, False, error  # a read-only cache: this run works from memory
    return open_base(file) or base, True, None


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
