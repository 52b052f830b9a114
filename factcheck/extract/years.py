"""A number that looks like a year, and when it is a count instead: "about 1800 people attended".

Shared by the quantity scanner and the period finder, so that both read
"1500 workers" as 1,500 workers and "in 2023 people spent more" as a year.
"""

from __future__ import annotations

import re

from .. import regexes
from . import grammar as G

_COUNT_NOUN_AFTER = regexes.compile(
    rf"[ \t]+(?:(?:more|new|extra|additional|local|foreign)[ \t]+)?(?:{'|'.join(n.noun for n in G.COUNT_NOUNS)})\b", re.IGNORECASE
)
_YEAR_PREPOSITION_BEFORE = regexes.compile(rf"\b(?:{'|'.join(G.YEAR_PREPOSITIONS)})[ \t]+(?:the[ \t]+)?(?:year[ \t]+)?$", re.IGNORECASE)


def counts_things(text: str, end: int, before: str) -> bool:
    """Whether the year-like number ending at end counts things: a count noun follows, no year preposition precedes."""
    return bool(_COUNT_NOUN_AFTER.match(text, end)) and not _YEAR_PREPOSITION_BEFORE.search(before)
