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
    if unit in _UNIT_WORDS or (unit and unit.isupper()):
        text += f" {_UNIT_WORDS.get(unit, unit)}"
    elif unit:  # a physical unit: "2 hours", "1 hour"
        text += f" {unit.replace('_', ' ')}{'' if value == 1 or '*' in unit else 's'}"
    return text


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
