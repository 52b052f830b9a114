"""Unit names and their plurals, read from pint's own definitions file.

pint ships its registry as a text file (`default_en.txt`: one line a unit,
`name = definition = symbol = alias ...`). Reading that file as data gives
every unit name pint knows ("fathom", "furlongs", "hogsheads", "troy ounces",
"kilotonnes") without building a registry, which costs a tenth of a second.
Only names are taken, and only where written in lower case: symbols ("St",
"oct", "pp") are too often something else, and the symbols news uses are in
the grammar's own table. Names that are ordinary English after a number
("200 points", "3 quarters") are refused by grammar.NOT_UNIT_NAMES.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from .. import regexes
from . import grammar as G

_NAME = regexes.compile(r"[a-z][a-z_]{2,}")
# Prefixes that make a new unit of any unit; "semi-" and its kin only make words ("semifinal").
_NOT_PREFIXES = frozenset({"semi", "demi", "sesqui"})
_PLURAL_ES = ("s", "x", "z", "ch", "sh")


def _definitions() -> str:
    """pint's default definitions, found without importing pint (importing it is the slow part)."""
    spec = importlib.util.find_spec("pint")
    if spec is None or not spec.submodule_search_locations:
        return ""
    try:
        return (Path(next(iter(spec.submodule_search_locations))) / "default_en.txt").read_text(encoding="utf-8")
    except OSError:
        return ""


def _plurals(name: str) -> tuple[str, ...]:
    return (name, name + ("es" if name.endswith(_PLURAL_ES) else "s"))


@lru_cache(maxsize=1)
def tables() -> tuple[dict[str, str], tuple[str, ...]]:
    """(written name -> pint canonical name, prefix names), both from pint's definitions file."""
    refused = {row.name for row in G.NOT_UNIT_NAMES}
    names: dict[str, str] = {}
    prefixes: list[str] = []
    settings = False  # inside "@defaults ... @end": "group = international" is no unit
    for line in _definitions().splitlines():
        line = line.split("#", 1)[0].strip()
        settings = (settings or line.startswith("@defaults")) and line != "@end"
        if settings or not line or line[0] in "@[" or "->" in line:
            continue
        fields = [field.split(";", 1)[0].strip() for field in line.split("=")]
        if len(fields) < 2:
            continue
        if fields[0].endswith("-"):  # "kilo- = 1e3 = k- = ..."
            prefixes += [p[:-1] for p in (fields[0], *fields[3:]) if _NAME.fullmatch(p[:-1]) and p[:-1] not in _NOT_PREFIXES]
            continue
        canonical = fields[0]
        for written in (canonical, *fields[3:]):
            if not _NAME.fullmatch(written) or written.replace("_", " ") in refused or canonical in refused:
                continue
            for form in _plurals(written.replace("_", " ")):
                names.setdefault(form, canonical)
    return names, tuple(sorted(prefixes, key=len, reverse=True))


@lru_cache(maxsize=8192)
def canonical(written: str) -> str | None:
    """pint's name for a unit written out in lower case ('furlongs' -> 'furlong', 'kilotonnes' -> 'kilometric_ton')."""
    names, prefixes = tables()
    found = names.get(written)
    if found:
        return found
    for prefix in prefixes:
        if written.startswith(prefix) and len(written) > len(prefix) + 2:
            base = names.get(written[len(prefix) :].lstrip("-"))
            if base:
                return prefix + base
    return None


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in tables()[0] if " " in name)


@lru_cache(maxsize=8192)
def _first_word(word: str) -> str:
    """The word without an SI prefix, when it has one ("kilowatt" -> "watt")."""
    for prefix in tables()[1]:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word


_WORD = regexes.compile(r"[a-z]+(?![A-Za-z0-9])")
_MORE_WORDS = regexes.compile(r"(?:[ \t-][a-z]+(?![A-Za-z0-9])){1,3}")


def read_name(text: str, pos: int) -> tuple[str, int] | None:
    """The longest pint unit name (up to four words) starting at text[pos]: (canonical name, end)."""
    first = _WORD.match(text, pos)
    if not first:
        return None
    if first.group() in _first_words() or _first_word(first.group()) in _first_words():  # "troy ounces", "kilowatt hours"
        more = _MORE_WORDS.match(text, first.end())
        ends = [m.end() for m in re.finditer(r"[a-z]+", more.group())] if more else []
        for end in reversed(ends):
            written = re.sub(r"[ \t]+", " ", text[pos : first.end() + end])
            name = canonical(written) or canonical(written.replace("-", " "))
            if name:
                return name, first.end() + end
    name = canonical(first.group())
    return (name, first.end()) if name else None
