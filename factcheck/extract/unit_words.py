"""The unit written after a number: the grammar's table first, then pint.

The table (grammar.PHYSICAL_UNITS) holds the spellings news uses, each with
its pint name. Anything else that looks like a unit symbol or an SI unit
name ("TeV", "mGy", "km/s2", "fb−1", "nanometres", "J/m^2 per year") is
handed to pint, which knows thousands of units. Only tokens shaped like a
symbol or an SI name reach pint, so ordinary words after a number ("300
Chinese firms") never import it, and each expression is asked once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import alternation, regexes
from . import grammar as G
from . import unit_names


class UnitMatch(NamedTuple):
    name: str  # pint unit name
    end: int


def _body(words) -> str:
    """Longest first; a space matches any run of spaces, and none after a degree sign ('104°F', '40 ° C')."""

    def pattern(word: str) -> str:
        return re.escape(word).replace(r"°\ ", "°[ \t]*").replace(r"\ ", "[ \t]+")

    return "|".join(pattern(w) for w in sorted(words, key=len, reverse=True))


def _key(surface: str) -> str:
    return re.sub(r"°\s*", "°", " ".join(surface.split()))


_ROWS = (*G.PHYSICAL_UNITS, *G.UNSCALED_DEGREES)
_BY_SURFACE = {_key(row.surface): row.name for row in _ROWS}
_BY_LOWER = {_key(row.surface).lower(): row.name for row in _ROWS}
# Symbols are matched in their case ("MB" is not "mb", "L" is not "l"); words in any case.
_SYMBOLS = [r.surface for r in _ROWS if len(r.surface) <= 3 or not r.surface.isascii()]
_WORDS = [r.surface for r in _ROWS if r.surface not in _SYMBOLS]
_BLANKS = r"[ \t]+"
# Not before "-5" ("F-16", "B-52" are names), unless the same unit follows that number: "3km-5km", a range.
_TABLE = regexes.compile(
    rf"(?:(?P<word>{alternation.words(_WORDS, space=_BLANKS, ignore_case=True)})|(?P<symbol>{_body(_SYMBOLS)}))"
    r"(?![\w°²³/^]|-\d(?![\d.,]*[ \t]*(?:(?P=word)|(?P=symbol))(?![\w°²³/^])))"
)

# "in" is an inch only where no noun follows it: "2 in thick", "2 in.", not "two in my car".
_INCH = regexes.compile(r"in(?:\.|(?=[ \t]*(?:[,;:)\]]|$|thick|long|wide|high|deep|tall|across|x\b)))")

# Unit symbols: an optional SI prefix and a base symbol ("TeV", "MWh", "mGy", "fb", "Ma").
_SYMBOL = regexes.compile(
    r"(?:da|[YZEPTGMkhdcmunpfaµμ])?(?:eV|Wh|Hz|Pa|Gy|Sv|Bq|Wb|cal|bit|B|b|W|V|A|J|N|T|g|m|s|t|l|L|K|Ω|mol|cd)|[kMG]a|rad|sr"
)
_TOKEN = r"(?:[A-Za-zµμΩ]+(?:\^?[-−]?\d|[²³])?)"
# A unit "per year" alone is the annual amount itself ("40 tonnes per year" is the year's 40 tonnes).
_PER_YEAR_ONLY = regexes.compile(r"(?:[ \t]*/[ \t]*|[ \t]+per[ \t]+)(?i:year|annum|yr)")
_EXPRESSION = regexes.compile(
    rf"(?:(?P<power>square|cubic|sq\.?|cu\.?)[ \t]+)?(?P<first>{_TOKEN})"
    rf"(?P<rest>(?:(?:[ \t]*(?:/|·|\*)[ \t]*|[ \t]+per[ \t]+){_TOKEN})*)"
    rf"(?:[ \t]+(?P<post>squared|cubed))?(?![\w])"
)
_JOINED = regexes.compile(r"[ \t]*(?:/|·|\*)|[ \t]+per[ \t]")
_POWER_AFTER = regexes.compile(r"[ \t]+(squared|cubed)\b", re.IGNORECASE)
_PIECE = regexes.compile(r"([A-Za-zµμΩ]+)(\^?[-−]?\d|[²³])?")


def read_unit(text: str, pos: int) -> UnitMatch | None:
    """The longest unit that starts at text[pos] (no leading space), or None.

    Three readers: the grammar's table (its names are the ones claims and
    figures share, so it wins a tie), any unit name pint defines ("furlongs",
    "terawatt-hours"), and an expression pint reads whole ("TeV", "km/s2",
    "tonnes per hectare").
    """
    found = [unit for unit in (_read_table(text, pos), unit_names.read_name(text, pos)) if unit]
    longest = max(found, key=lambda unit: unit[1]) if found else None
    if longest is None or _JOINED.match(text, longest[1]):  # an expression is longer only where units are joined
        expression = _read_expression(text, pos)
        if expression and (longest is None or expression.end > longest[1]):
            return expression
    return UnitMatch(*longest) if longest else None


def _read_table(text: str, pos: int) -> UnitMatch | None:
    found = _TABLE.match(text, pos)
    if not found:
        inch = text.startswith("in", pos) and _INCH.match(text, pos)
        return UnitMatch("inch", pos + 2) if inch else None
    surface = found.group()
    if surface.lower() in ("am", "pm") and not _after_decimal(text, pos):
        return None
    name = _BY_SURFACE.get(_key(surface)) or _BY_LOWER[_key(surface).lower()]
    power = _POWER_AFTER.match(text, found.end())
    if power:  # "4 km cubed"
        name = _pint_name(f"({name})**{3 if power.group(1).lower() == 'cubed' else 2}") or name
        return UnitMatch(name, power.end())
    return UnitMatch(name, found.end())


def _read_expression(text: str, pos: int) -> UnitMatch | None:
    """A unit expression pint reads whole: a symbol ("TeV") or units joined by '/', '·' or 'per'."""
    found = _EXPRESSION.match(text, pos)
    if not found:
        return None
    name = _expression_name(found.group(), *found.group("power", "first", "rest", "post"))
    return UnitMatch(name, found.end()) if name else None


@lru_cache(maxsize=4096)
def _expression_name(whole: str, power: str | None, first: str, rest: str, post: str | None) -> str | None:
    """pint's name of an expression, by its parts; None for words that are no units. Cached: most numbers are
    followed by a few words ("people", "percent"), each looked at piece by piece."""
    if not _looks_like_units(first, rest) or _PER_YEAR_ONLY.fullmatch(rest):
        return None
    if not (rest or power or post) and (_TABLE.fullmatch(whole) or unit_names.canonical(whole)):
        return None  # one word the other readers know: no need to wake pint
    return _pint_name(_normalise(power, first, rest, post))


def _after_decimal(text: str, pos: int) -> bool:
    """'2.1 pm' is a length; '2 pm' and '2.13 pm' are times of day (and skipped before here)."""
    return re.search(r"\.(?:\d|\d{3,})[ \t]*$", text[max(0, pos - 20) : pos]) is not None


# English words and letters that pint would read as unit symbols: "1.21 billion as of 2011" is not
# attoseconds, "2.81 million us viewers" not microseconds, "an 8 B grade" not bytes.
# fmt: off
ENGLISH_NOT_UNITS = frozenset(["as", "us", "at", "am", "an", "a", "in", "is", "it", "if", "of", "on", "or", "to", "so", "do", "no", "be", "by", "we", "he", "me", "my", "up", "go", "A", "B"])
# fmt: on


def _looks_like_units(first: str, rest: str) -> bool:
    """Every piece is a unit symbol or an SI unit name: ordinary words never reach pint."""
    for piece in _PIECE.findall(first + " " + rest.replace("per", " ")):
        word = piece[0]
        if word in ENGLISH_NOT_UNITS:
            return False
        if not (_SYMBOL.fullmatch(word) or word.lower() in _BY_LOWER or unit_names.canonical(word)):
            return False
    return True


def _normalise(power: str | None, first: str, rest: str, post: str | None) -> str:
    """'km/s2' -> 'km/s**2'; 'fb−1' -> 'fb**-1'; 'square kilometres' -> 'kilometres**2'."""

    def piece(m: re.Match) -> str:
        word, power = m.group(1), (m.group(2) or "")
        word = _BY_SURFACE.get(word) or _BY_LOWER.get(word.lower()) or unit_names.canonical(word) or word
        word = re.sub(r"(?i)gramme", "gram", word)
        power = power.replace("^", "").replace("−", "-").replace("²", "2").replace("³", "3")
        return f"({word})" + (f"**{power}" if power else "")

    rest = re.sub(r"[ \t]*(?:/|[ \t]per[ \t])[ \t]*", "/", rest).replace("·", "*")
    expression = _PIECE.sub(piece, first) + _PIECE.sub(piece, rest.replace(" ", ""))
    power = power or post or ""
    if power:
        expression = f"({expression})**{3 if power.lower().startswith(('cu', 'cubed')) else 2}"
    return expression


@lru_cache(maxsize=4096)
def _pint_name(expression: str) -> str | None:
    from ..units import registry

    try:
        unit = registry().parse_units(expression)
    except Exception:  # pint raises many kinds of errors for what is not a unit
        return None
    name = str(unit)
    return name if name and name != "dimensionless" else None
