"""YAML files read once per change, not once per run.

Parsing YAML is most of what loading a small base costs, and importing the
parser costs as much again. A file's parsed content is kept in the user
cache folder as JSON (one cache file per YAML path, named by the SHA-256 of
the path; its stamp holds the SHA-256 of the YAML bytes it was made from),
so a run whose YAML did not change imports no YAML parser at all.

The cache is data, never code: JSON, with the few YAML types JSON lacks
written as tagged objects ({"@date": ...}, {"@map": [[key, value], ...]}
for keys that are not strings, ...) and rebuilt by a fixed table. A file
that is missing, damaged or made from other bytes is ignored; the YAML is
parsed again and the cache rewritten.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .caching import IGNORED_CACHES, cache_dir, read_stamped, write_stamped

FORMAT = 1
# Bigger files are compiled into SQLite instead (compiled.py): a JSON copy of them would only double the disk used.
CACHE_UP_TO = 2_000_000  # bytes of YAML


def load(path: Path, raw: bytes, parse: Callable[[bytes], Any], flavour: str) -> Any:
    """parse(raw), from the cache when these bytes of this path were parsed the same way before.

    `flavour` names the parser (a loader that adds line numbers parses the same bytes differently).
    Only a successful parse is kept: errors are raised by `parse` every time, with their lines.
    """
    from . import __version__

    stamp = [FORMAT, __version__, flavour, hashlib.sha256(raw).hexdigest()]
    name = hashlib.sha256(f"{flavour}\0{path.resolve()}".encode("utf-8", "surrogateescape")).hexdigest()[:32]
    cached = cache_dir() / "yaml" / f"{name}.json"
    damaged = f"not a readable parsed copy of {path}"
    body = read_stamped(cached, stamp, damaged)
    if body is not None:
        try:
            return _decode(json.loads(body))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            IGNORED_CACHES.append(f"{cached}: {damaged}; rebuilt")
    data = parse(raw)
    if len(raw) > CACHE_UP_TO:
        return data
    try:
        encoded = json.dumps(_encode(data), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        return data  # something JSON cannot hold (a cycle of aliases): parse every time
    write_stamped(cached, stamp, encoded)
    return data


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        if all(isinstance(key, str) and not key.startswith("@") for key in value):
            return {key: _encode(item) for key, item in value.items()}
        return {"@map": [[_encode(key), _encode(item)] for key, item in value.items()]}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, datetime):  # before date: a datetime is a date
        return {"@datetime": value.isoformat()}
    if isinstance(value, date):
        return {"@date": value.isoformat()}
    if isinstance(value, tuple):
        return {"@tuple": [_encode(item) for item in value]}
    if isinstance(value, (set, frozenset)):
        return {"@set": [_encode(item) for item in value]}
    if isinstance(value, bytes):
        return {"@bytes": base64.b64encode(value).decode("ascii")}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"no JSON form for {type(value).__name__}")


_TAGS: dict[str, Callable[[Any], Any]] = {
    "@map": lambda pairs: {_hashable(_decode(key)): _decode(item) for key, item in pairs},
    "@datetime": datetime.fromisoformat,
    "@date": date.fromisoformat,
    "@tuple": lambda items: tuple(_decode(item) for item in items),
    "@set": lambda items: {_hashable(_decode(item)) for item in items},
    "@bytes": lambda text: base64.b64decode(text, validate=True),
}


def _hashable(value: Any) -> Any:
    if isinstance(value, (dict, list, set)):
        raise TypeError("a mapping key must be a scalar")
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if len(value) == 1:
            ((tag, inner),) = value.items()
            if tag.startswith("@"):
                return _TAGS[tag](inner)  # a KeyError for any other tag: not our file
        return {key: _decode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


def shipped_yaml(path: Path) -> Any:
    """One of factcheck's own data tables (places, measures), through the cache."""

    def parse(raw: bytes) -> Any:
        import yaml

        return yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    return load(path, path.read_bytes(), parse, "data")
