"""Numbers written back the way an editor reads them: '911.7 billion USD', '24.3 percent'."""

from __future__ import annotations

import math
import re

from . import regexes

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNIT_WORDS = {"percent": "percent", "percentage_point": "percentage points", "basis_point": "basis points"}


def scale_of(text: str) -> tuple[float, str] | None:
    """The scale word a claim was written with, so the expected value reads the same way."""
    lowered = text.lower()
    for factor, word in _SCALES:
        if word in lowered:
            return factor, word
    return None


def number(value: float, digits: int = 4) -> str:
    """At most ``digits`` significant digits, no trailing zeros, thousands separated."""
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    places = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = f"{value:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def amount(value: float, unit: str | None, like: str = "") -> str:
    """'911.7 billion USD' for (911.7e9, 'USD'), scaled like the claim's own text when it has a scale word."""
    scale = scale_of(like) or next(((f, w) for f, w in _SCALES if abs(value) >= f), None)
    if scale and abs(value) >= scale[0] / 1000:
        text = f"{number(value / scale[0])} {scale[1]}"
    else:
        text = number(value, 4 if unit in _UNIT_WORDS else 6)
    if unit:  # "2 hours", "1 hour", "318,000 cubic meters", "80 USD per barrel", "24.3 percent"
        text += f" {unit_name(unit, plural=value != 1)}"
    return text


# Words that do not take an "s": "5 feet", "4 centuries", "60 hertz".
_PLURALS = {
    "foot": "feet",
    "inch": "inches",
    "century": "centuries",
    "hertz": "hertz",
    "lux": "lux",
    "siemens": "siemens",
    "stone": "stone",
    "pound force": "pounds force",
}
_POWERS = {"2": "square", "3": "cubic"}


def unit_name(unit: str, plural: bool = True) -> str:
    """A unit as a sentence says it after a number: a currency code as it is, percent and points in words,
    and pint's 'meter ** 3' as 'cubic meters', 'kilometer / hour' as
    'kilometers per hour', 'degree_Celsius' as 'degrees Celsius'; a rate of the grammar, 'USD/barrel', as
    'USD per barrel', 'count/100000 people' as 'per 100000 people' and 'count/kilometer ** 2' as 'per square kilometer'."""
    if unit in _UNIT_WORDS or unit.isupper():
        return _UNIT_WORDS.get(unit, unit)
    if "/" in unit and " / " not in unit:  # the grammar's rates: what, then per what
        what, _, per = unit.partition("/")
        head = "" if what == "count" else unit_name(what, plural)
        return f"{head} per {_power_words(per, per=True)}".strip()
    top, *below = unit.split(" / ")
    words = " ".join(_power_words(part) for part in top.split(" * ")) if top not in ("1", "count") else ""
    if words and plural:
        words = _plural(words)
    return " per ".join([words, *(_power_words(part, per=True) for part in below)]).strip()


def _power_words(part: str, per: bool = False) -> str:
    """'meter ** 2' -> 'square meter'; 'kilowatt_hour' -> 'kilowatt hour'; after "per", 'second ** 2' -> 'second squared'."""
    name, _, power = part.partition(" ** ")
    name = name.replace("_", " ")
    if per and name in _TIMES and power in _POWERS:
        return f"{name} {'squared' if power == '2' else 'cubed'}"  # an acceleration: "meters per second squared"
    return f"{_POWERS[power]} {name}" if power in _POWERS else f"{name}{'^' + power if power else ''}"


_TIMES = {"second", "minute", "hour"}


def _plural(words: str) -> str:
    """The plural of a unit's words: of the noun before "per" ("revolutions per minute" stays), of "degree" in
    "degree Celsius", else of the last word."""
    before, per, after = words.partition(" per ")
    if per:
        return _plural(before) + per + after if not before.endswith("s") else words
    if words in _PLURALS:
        return _PLURALS[words]
    parts = words.split(" ")
    index = 0 if parts[0] == "degree" else len(parts) - 1
    word = parts[index]
    if word in _PLURALS:
        parts[index] = _PLURALS[word]
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        parts[index] = word + "es" if not word.endswith("s") else word
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        parts[index] = word[:-1] + "ies"
    else:
        parts[index] = word + "s"
    return " ".join(parts)


def percent(fraction: float) -> str:
    return f"{number(abs(fraction) * 100, 2)}%"


_NUMERAL = regexes.compile(r"\d[\d,]*(?:\.\d+)?")


def wording(value: float, claim_text: str, claim_value: float, unit: str | None) -> str:
    """The claim rewritten with the right value, in its own words: '917.1 billion U.S. dollars' ->
    '911.7 billion U.S. dollars'. Falls back to amount() when the claim has no single numeral."""
    numerals = _NUMERAL.findall(claim_text)
    if len(numerals) != 1 or not claim_value:
        return amount(value, unit, claim_text)
    written = float(numerals[0].replace(",", ""))
    if not written:
        return amount(value, unit, claim_text)
    scale = scale_of(claim_text)
    if scale and not 1 <= abs(value) / scale[0] < 1000:  # "4.5 billion" for 4.5 trillion: the scale word changes
        found = re.search(rf"{re.escape(numerals[0])}\s*{scale[1]}", claim_text, re.IGNORECASE)
        if found:
            return claim_text[: found.start()] + amount(value, None) + claim_text[found.end() :]
    factor = claim_value / written  # the claim's scale word, as a number
    decimals = len(numerals[0].partition(".")[2])
    new = value / factor
    text = f"{new:,.{decimals}f}" if "," in numerals[0] else f"{new:.{decimals}f}"
    if float(text.replace(",", "")) == 0 or abs(float(text.replace(",", "")) - new) > abs(new) * 0.05:
        text = number(new)  # the claim's precision cannot show the right value
    return claim_text.replace(numerals[0], text, 1)


# Control characters (C0 but tab, DEL, C1) and the bidirectional overrides that reorder what a
# terminal shows: text from a base, a CSV or a draft never reaches the terminal with them.
_UNPRINTABLE = regexes.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """text with every control character shown as an escape: '\\x1b[31m' prints as '\\x1b[31m', not red."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
