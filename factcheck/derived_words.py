"""Words that say how a change is meant: per year, or a fall."""

from __future__ import annotations

import re

from . import regexes

# An average per year: "an average annual rate of 7.5 percent", "7 percent a year" (not "annual exports").
PER_YEAR = regexes.compile(
    r"\b(?:average annual|annual (?:average|rate|growth)|a year|per year|per annum|annually|each year|every year|a year on average)\b",
    re.IGNORECASE,
)
# A fall, said right before the number ("fell by 2 points") or right after it ("a 2-point drop").
FALLING = regexes.compile(
    r"\b(?:fell|fall|falls|falling|fallen|down|declin\w*|dropp?\w*|decreas\w*|lower|shr[ai]nk\w*|shrunk|slid|slump\w*|cut|reduc\w*|plung\w*|contract\w*)\b",
    re.IGNORECASE,
)
