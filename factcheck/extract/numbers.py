"""Numerals -> (value, half_unit).

The half unit is half the place value of the last digit written (statcheck):
"39" -> 0.5, "33.5" -> 0.05, "1,600" -> 0.5. Number words are read by
``number_words``; this module reads what is written in digits:
"13,000", "13 000", "-9.5", "1.3e6", "3/4", "2 1/2", "½", "2½".
"""

from __future__ import annotations

import math

from .. import regexes

# fmt: off
VULGAR_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}
# fmt: on
_VULGAR = "".join(VULGAR_FRACTIONS)
# A plain decimal numeral: thousands grouped by commas or (thin) spaces, or not at all.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# Everything a number is written as in digits, with an optional minus sign (hyphen, minus
# sign, or the en dash typesetting often puts there: "–3 degrees"):
# a mixed fraction, a fraction, a decimal with an exponent, a vulgar fraction.
NUMERAL = (
    rf"(?:[-−–](?=[\d.{_VULGAR}]))?"
    rf"(?:\d+[ \t]+\d+[ \t]?/[ \t]?\d+(?![\d/])"  # 2 1/2, 7 3 / 4
    rf"|\d+/\d+(?![\d/])"  # 3/4
    rf"|(?:{DIGITS})(?:[eE][-+]?\d+(?![\w]))?[{_VULGAR}]?"  # 1,600  1.3e6  2½
    rf"|[{_VULGAR}])"
)
_LONG_DIGITS = regexes.compile(r"\d{40}")
_GROUPING = regexes.compile(r"[,\u202f\u00a0 ]")  # the marks between groups of three digits
_MIXED = regexes.compile(r"(\d+)[ \t]+(\d+)[ \t]?/[ \t]?(\d+)")


def parse_numeral(text: str) -> tuple[float, float] | None:
    """'1,600' -> (1600.0, 0.5); '-33.5' -> (-33.5, 0.05); '2 1/2' -> (2.5, 1/4); None for '1/0'."""
    if text.isascii() and text.isdigit() and len(text) < 40:
        return float(text), 0.5  # most numerals are whole numbers in plain digits: no need to take them apart
    if _LONG_DIGITS.search(text):
        return None  # a run of dozens of digits is a code or noise, not a quantity anyone quotes
    sign = -1.0 if text[:1] in "-−–" else 1.0
    text = text.lstrip("-−–")
    fraction = 0.0
    if text and text[-1] in VULGAR_FRACTIONS:
        fraction = VULGAR_FRACTIONS[text[-1]]
        text = text[:-1]
        if not text:
            return sign * fraction, fraction / 2
    mixed = _MIXED.fullmatch(text)
    if mixed:
        whole, top, bottom = map(int, mixed.groups())
        if bottom == 0 or top >= bottom:
            return None
        return sign * (whole + top / bottom), 0.5 / bottom
    if "/" in text:
        top, bottom = map(int, text.split("/"))
        return (sign * top / bottom, 0.5 / bottom) if bottom else None
    value, half_unit = parse_digits(text)
    if not math.isfinite(value):
        return None  # a run of hundreds of digits is not a quantity anyone quotes
    return sign * (value + fraction), (fraction / 2 if fraction else half_unit)


def parse_digits(text: str) -> tuple[float, float]:
    """'1,600' -> (1600.0, 0.5); '33.5' -> (33.5, 0.05); '1.3e6' -> (1.3e6, 0.05e6)."""
    plain = _GROUPING.sub("", text)
    mantissa, _, exponent = plain.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    scale = 10.0 ** max(-300, min(300, int(exponent))) if exponent else 1.0
    return float(mantissa) * scale, 0.5 * 10.0 ** -min(decimals, 300) * scale
