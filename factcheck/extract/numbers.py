"""Numerals and number words -> (value, half_unit).

The half unit is half the place value of the last digit written (statcheck):
"39" -> 0.5, "33.5" -> 0.05, "1,600" -> 0.5. Number words are exact integers.
"""
from __future__ import annotations

import re

from .grammar import SCALE_FACTORS, TENS_WORDS, UNITS_WORDS

_WORD_ALTERNATION = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS, "hundred"], key=len, reverse=True))
# "twenty-one", "two hundred and fifty", "Six". Scale words ("four trillion") are
# read after the number, like after digits, so "four trillion-yuan clusters" stays a count.
NUMBER_WORDS = (
    rf"(?:{'|'.join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))})"
    rf"(?:(?:-|\s+|\s+and\s+)(?:{_WORD_ALTERNATION})\b)*"
)
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def parse_digits(text: str) -> tuple[float, float]:
    """'1,600' -> (1600.0, 0.5); '33.5' -> (33.5, 0.05)."""
    plain = text.replace(",", "")
    decimals = len(plain.partition(".")[2])
    return float(plain), 0.5 * 10.0 ** -decimals


def parse_words(text: str) -> float | None:
    """'twenty-one' -> 21; 'two hundred and fifty' -> 250; None if it is not a number."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_FACTORS:
            total += (current or 1) * SCALE_FACTORS[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
