"""Period expressions in running text ("in the first eight months of 2024", "by July").

Found once per text; each mention is resolved against the date of the story
it stands in, so "this year" means the year of that story's dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .. import alternation, regexes
from .. import periods as P
from ..model import Period
from .grammar import MONTHS, ORDINAL_WORDS, PERIOD_PATTERNS, TENS_WORDS, UNITS_WORDS
from .years import counts_things

_MONTH = alternation.words(MONTHS)
_YEAR = r"(?:19|20)\d{2}"
_REL_YEAR = rf"(?P<year>{_YEAR})|(?P<rel>this|last|next) year"
_COUNT = "|".join([r"\d{1,2}", *UNITS_WORDS, *TENS_WORDS])
_ORD = "|".join(ORDINAL_WORDS)

_PLACEHOLDERS = {"REL_YEAR": _REL_YEAR, "MONTH": _MONTH, "COUNT": _COUNT, "ORD": _ORD, "YEAR": _YEAR}


def _filled(pattern: str) -> str:
    """A table pattern with its placeholders replaced (REL_YEAR before YEAR, which it contains)."""
    for name, body in _PLACEHOLDERS.items():
        pattern = pattern.replace(name, body)
    return pattern


_PATTERNS = [(row.kind, _filled(row.pattern)) for row in PERIOD_PATTERNS]
_PATTERNS = [(kind, rx.replace(" ", r"\s+")) for kind, rx in _PATTERNS]
_MASTER = regexes.compile(
    "|".join(f"(?P<p{i}>{re.sub(r'[(][?]P<[a-z_]+>', '(?:', rx)})" for i, (_, rx) in enumerate(_PATTERNS)),
    re.IGNORECASE,
)
_COMPILED = [(kind, regexes.compile(rx, re.IGNORECASE)) for kind, rx in _PATTERNS]


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    kind: str
    groups: dict

    def resolve(self, today: date) -> Period | None:
        """The period meant, for a story dated ``today``."""
        g = self.groups
        y = _year(g, today)
        if self.kind == "first_months":
            n = _count(g["n"])
            y -= _not_begun(g, n, today)  # "the first eight months" in March: last year's
            return P.months(y, 1, n) if 1 <= n <= 12 else None
        if self.kind == "half":
            which = g["which"].lower()
            first = 1 if which in ("first", "h1") else 7
            y -= _not_begun(g, first, today)
            return P.months(y, first, first + 5, f"{y}-H{1 if first == 1 else 2}")
        if self.kind == "quarter":
            which = g["which"].lower()
            q = int(which[1]) if which.startswith("q") else ORDINAL_WORDS[which]
            if not 1 <= q <= 4:
                return None
            y -= _not_begun(g, 3 * q - 2, today)
            return P.months(y, 3 * q - 2, 3 * q, f"{y}-Q{q}")
        if self.kind == "past_years":  # the last n whole years before the story's
            n = _count(g["n"])
            return P.span(P.year(today.year - n), P.year(today.year - 1)) if n >= 1 else None
        if self.kind == "past_months":  # the last n whole months before the story's
            n = _count(g["n"])
            if not 1 <= n <= 120:
                return None
            last = today.year * 12 + today.month - 2  # months since year 0 of the month before the story's
            first = last - n + 1
            return P.span(P.months(first // 12, first % 12 + 1, first % 12 + 1), P.months(last // 12, last % 12 + 1, last % 12 + 1))
        if self.kind == "since_start":
            last = today.month if y == today.year else 12
            return P.months(y, 1, last)
        if self.kind == "past_decade":
            return P.span(P.year(today.year - 10), P.year(today.year - 1))
        if self.kind == "since":
            return P.span(P.year(y), P.year(max(y, today.year)))
        if self.kind == "between":
            first = int(g.get("year") or g.get("year2") or g.get("year3") or 0)
            return P.span(P.year(first), P.year(int(g["last"]))) if int(g["last"]) > first else None
        if self.kind == "month":
            month = MONTHS[g["month"].lower()]
            if not g.get("year") and month > today.month:
                y -= 1  # "by November" in a story of March means last November
            return P.months(y, month, month)
        if self.kind == "from_to":
            first, last = MONTHS[g["month"].lower()], MONTHS[g["last"].lower()]
            if not g.get("year") and last > today.month:
                y -= 1  # "January-August" in a story of March means last year's
            return P.months(y, first, last) if first <= last else None
        if self.kind == "now":
            return P.day(today)
        return P.year(y)


def _count(written: str) -> int:
    """A COUNT placeholder's value: '12', 'five', 'twenty'."""
    return int(written) if written.isdigit() else UNITS_WORDS.get(written.lower(), TENS_WORDS.get(written.lower(), 0))


def _not_begun(groups: dict, month: int, today: date) -> int:
    """1 when a span named without a year would start (a half, a quarter) or end (the first n months) after
    the story's month, so it means last year's: "the fourth quarter" in a story of March."""
    return 1 if not groups.get("year") and not groups.get("rel") and month > today.month else 0


def _year(groups: dict, today: date) -> int:
    if groups.get("year"):
        return int(groups["year"])
    rel = (groups.get("rel") or "this").lower()
    return today.year + {"this": 0, "last": -1, "next": 1}[rel]


# Where a period expression can start: a year (the only number a pattern of the table starts with; the
# counts of "the first eight months" come after words), or these words. The patterns are tried only there,
# which is several times faster than at every position, and most numbers of a news text are no year.
_START_WORDS = [
    *(f"the {nth}" for nth in ("first", "second", "third", "fourth")),
    *(f"{prep} the {last}" for prep in ("in", "during") for last in ("past", "last")),
    *(f"{which} year" for which in ("this", "last", "next")),
    *("over the", "as of", "at the end", "at present"),
    *("fiscal", "fy", "currently", "so far", "to date", "now", "between", "h1", "h2", "q1", "q2", "q3", "q4"),
    *MONTHS,
]
# A pattern starting with a character class lets the engine skip to candidates in C (see WordStarts).
_START_YEAR = regexes.compile(r"(?:19|20)(?<!\d..)\d\d")
# These start a period only before what the patterns let follow them: "by July", not "by air". A start word is never
# followed by a letter ("Mar", not "market").
_START_BEFORE = {
    r"(?:in|by|through|until|end\s+of)": _MONTH,
    "from": rf"{_MONTH}|{_YEAR}",
    "since": rf"the\s+(?:beginning|start|end)|early|late|{_YEAR}",
}
_START_PHRASE = alternation.words(_START_WORDS, space=r"\s+")
_START_WORD = alternation.WordStarts(
    rf"{_START_PHRASE}(?![a-z])" + "".join(rf"|{word}(?=\s+(?:{after})\b)" for word, after in _START_BEFORE.items())
)


def _candidates(text: str) -> list[int]:
    """Offsets where a period expression may start, in order."""
    return sorted([*(m.start() for m in _START_YEAR.finditer(text)), *_START_WORD(text)])


def find_periods(text: str) -> list[PeriodMention]:
    """Every period expression in text, left to right, longest first where they overlap."""
    mentions = []
    position = 0
    for candidate in _candidates(text):
        if candidate < position:
            continue
        m = _MASTER.match(text, candidate)
        if m is None:
            continue
        assert m.lastgroup is not None  # every alternative of the master pattern is a named group
        index = int(m.lastgroup[1:])
        kind, pattern = _COMPILED[index]
        if kind == "year" and m.group()[:1].isdigit() and counts_things(text, m.end(), text[max(0, m.start() - 30) : m.start()]):
            continue  # "1800 people": a count, not the year 1800
        position = m.end()
        detail = pattern.match(text, m.start())
        mentions.append(PeriodMention(m.start(), m.end(), kind, detail.groupdict() if detail else {}))
    return mentions
