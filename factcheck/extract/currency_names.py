"""Currency names as CLDR writes them in English, from babel: "Nigerian naira", "Ghanaian cedis".

The grammar's own table (grammar.CURRENCY_NAMES) holds the bare newsroom
words ("yuan", "ringgit", "dollars") and the readings news assumes ("pounds"
is sterling). babel adds the full name of every currency CLDR knows, singular
and plural, for the ones the table leaves out (bench/currency_names.py
compares babel with pycountry: babel names 306 codes in 619 forms, pycountry
178 in 177). Loading babel's English data costs ~30 ms, so it happens only
when a number is followed by a capitalised name of two or more words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import regexes

# Codes that are not money a draft quotes: metals, drawing rights, test and unknown codes.
_NOT_MONEY = frozenset(["XAU", "XAG", "XPT", "XPD", "XDR", "XXX", "XTS", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "XFO", "XFU", "XRE"])
_PHRASE = regexes.compile(r"[A-Z][A-Za-z.'’]*(?:[ \t]+[A-Za-z.'’]+){1,3}")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Lower-cased CLDR name (singular and plural) -> ISO code, for names of two words or more; read from
    babel once per installed babel (its English data file's size and time), then from the cache."""
    from importlib.util import find_spec

    from ..caching import remembered

    spec = find_spec("babel")
    data_file = Path(next(iter(spec.submodule_search_locations or [""]))) / "locale-data" / "en.dat" if spec else None
    stamp = data_file.stat() if data_file and data_file.is_file() else None
    if stamp is None:
        return _names_from_babel()
    names = remembered("currency-names", ["babel en.dat", stamp.st_size, stamp.st_mtime_ns], _names_from_babel)
    return names if isinstance(names, dict) else _names_from_babel()


def _names_from_babel() -> dict[str, str]:
    from babel import Locale

    data = Locale("en")._data
    names: dict[str, str] = {}
    for code, name in data["currency_names"].items():
        names.setdefault(name.lower(), code)
    for code, plural in data["currency_names_plural"].items():
        for name in dict(plural).values():
            names.setdefault(name.lower(), code)
    return {name: code for name, code in names.items() if " " in name and code not in _NOT_MONEY and len(code) == 3}


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in _names())


def read_currency_name(text: str, pos: int) -> tuple[str, int] | None:
    """(ISO code, end) of the longest CLDR currency name starting at text[pos], which must be capitalised."""
    found = _PHRASE.match(text, pos)
    if not found or found.group().split(None, 1)[0].lower() not in _first_words():
        return None
    words = list(re.finditer(r"\S+", found.group()))
    for count in range(len(words), 1, -1):
        end = words[count - 1].end()
        written = re.sub(r"[ \t]+", " ", found.group()[:end]).lower()
        for name, stop in ((written, end), (written.rstrip("."), end - 1)):  # "St. Helena pounds." ends a sentence
            code = _names().get(name)
            if code:
                return code, pos + stop
    return None
