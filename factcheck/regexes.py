"""The grammar's regular expressions, compiled once per machine instead of once per run.

Python compiles a regular expression in Python code (re's parser and
compiler) and then hands the resulting program, a list of integers, to the
C engine. factcheck's grammar is some 200 expressions, and compiling them
took about a quarter of a one-draft run. This module keeps each program in a
cache file and gives it straight to the engine on later runs.

The cache is data, never code: a JSON header (its stamp, the format and
the interpreter and engine it is valid for, and the SHA-256 of the body;
caching.write_stamped) and a JSON body of entries. The C engine validates every program it is given, so a damaged or
crafted entry is an error caught here, and the expression is compiled the
usual way. Anything unexpected (another Python, a missing private API, an
unreadable file) falls back to `re.compile`: the cache can only make a run
faster, never different.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import json
import re
import sys
from array import array
from collections.abc import Callable

from .caching import IGNORED_CACHES, cache_dir, read_stamped, write_stamped

FORMAT = 1

try:  # the engine's private entry points; any interpreter without them just compiles as usual
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE = f"{sys.implementation.name} {sys.version_info[:3]} sre {_sre.MAGIC} {_sre.CODESIZE}"
    _CODE_TYPE = {4: "I", 2: "H"}[_sre.CODESIZE]
except (ImportError, AttributeError, KeyError):
    _ENGINE = None  # type: ignore[assignment]  # another Python: compile as usual

_programs: dict[str, list] | None = None  # key -> [flags, groups, groupindex, indexgroup, code] (base64)
_new: dict[str, list] = {}
_used: set[str] = set()  # the cached programs this run asked for
# The grammar's programs take ~0.5 MB. Patterns built from a base's own measures add a few each: past this size,
# a save keeps only what the run that saves used, so many different bases never grow the file without end.
MAX_BYTES = 4_000_000


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the cached program when there is one."""
    if _ENGINE is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    flags = int(flags)
    key = hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    entry = _cache().get(key)
    if entry is not None:
        _used.add(key)
        try:
            final_flags, groups, groupindex, indexgroup, code = entry
            program = array(_CODE_TYPE, base64.b64decode(code)).tolist()
            return _sre.compile(pattern, final_flags, program, groups, groupindex, tuple(indexgroup))
        except (TypeError, ValueError, RuntimeError, OverflowError, SystemError):
            pass  # not a program this engine accepts: compile it afresh
    return _compile_and_keep(key, pattern, flags)


def remembered(recipe: tuple[str, ...], build: Callable[[], str]) -> str:
    """build(): the source of an expression that takes Python time to write (a trie of hundreds of words),
    kept beside the programs under its recipe, which must name everything the source depends on."""
    if _ENGINE is None:
        return build()
    key = "source " + hashlib.sha256("\0".join(recipe).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    entry = _cache().get(key)
    if isinstance(entry, list) and len(entry) == 1 and isinstance(entry[0], str):
        _used.add(key)
        return entry[0]
    built = build()
    if not _new:
        atexit.register(_save)
    _new[key] = [built]
    return built


def _compile_and_keep(key: str, pattern: str, flags: int) -> re.Pattern:
    """The steps of re._compiler.compile, keeping the program for the next run."""
    try:
        parsed = _parser.parse(pattern, flags)
        program = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final_flags = flags | parsed.state.flags
        compiled = _sre.compile(pattern, final_flags, program, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except re.error:
        raise
    except Exception:  # the private API changed shape: the public one still works
        return re.compile(pattern, flags)
    if not _new:
        atexit.register(_save)
    _new[key] = [
        final_flags,
        parsed.state.groups - 1,
        groupindex,
        indexgroup,
        base64.b64encode(array(_CODE_TYPE, program).tobytes()).decode("ascii"),
    ]
    return compiled


def _file():
    return cache_dir() / "regexes.json"


def _cache() -> dict[str, list]:
    global _programs
    if _programs is None:
        _programs = _read()
    return _programs


def _read() -> dict[str, list]:
    """The cached programs, or nothing when the file is missing, damaged or for another engine."""
    body = read_stamped(_file(), [FORMAT, _ENGINE], "a damaged cache of regular expressions")
    if body is None:
        return {}
    try:
        programs = json.loads(body)
    except (ValueError, RecursionError):
        IGNORED_CACHES.append(f"{_file()}: a damaged cache of regular expressions; rebuilt")
        return {}
    return programs if isinstance(programs, dict) else {}


def _save() -> None:
    """At exit, when this run compiled something new: write the old and new programs together."""
    programs = {**_cache(), **_new}
    body = json.dumps(programs, separators=(",", ":")).encode("ascii")
    if len(body) > MAX_BYTES:
        body = json.dumps({k: v for k, v in programs.items() if k in _used or k in _new}, separators=(",", ":")).encode("ascii")
    write_stamped(_file(), [FORMAT, _ENGINE], body)
