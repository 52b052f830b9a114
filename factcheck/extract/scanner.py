"""Read the quantities written in a text: the claim grammar, without context.

One regular expression finds every place where a number starts, and the
things that look like numbers but state no quantity (dates, times, codes,
URLs). Each number is then read outwards with small anchored patterns: a
currency and a hedge before it; a scale word, the second end of a range, a
unit or currency, a rate ("per litre") and change words after it. Every step
looks at a bounded window, so scanning is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from .. import alternation, regexes
from ..model import Bound, Kind, Quantity, Range
from . import grammar as G
from . import number_words as NW
from .currency_names import read_currency_name
from .number_words import NUMBER_WORD_START, read_number_words
from .numbers import NUMERAL, parse_numeral
from .unit_words import read_unit
from .years import counts_things


class Scanned(NamedTuple):
    """A quantity as the grammar scanned it, before its context is known: its words, where they stand, what they say.

    extract_claims makes each into a Claim, with its clause, period and neighbours (and reading.py later reads
    what the claim is about). A tuple, not a Claim: it is made for every number of a text, and a Claim sets
    twenty-one fields.
    """

    text: str
    start: int
    end: int
    quantity: Quantity
    kind: Kind
    noun: str = ""  # the counted noun: "45 complete vehicle companies"
    noun_end: int = 0


def _phrases(words) -> str:
    """'a|b c' of the phrases, longest first, any run of spaces or tabs between their words."""
    return _body(words).replace("\\ ", "[ \\t]+")


def _body(words) -> str:
    """One group matching any of the words, the longest that fits first (a trie: alternation.words)."""
    return alternation.words(words)


_MONTH = f"(?:{_body(G.MONTHS)})"
_SMALL_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")  # "three times", "tenfold"
_SMALL_NUMBER = f"(?:{'|'.join(_SMALL_NUMBER_WORDS)}|\\d+(?:\\.\\d+)?)"
_MULTIPLES = [regexes.compile(m.pattern.replace("NUM", _SMALL_NUMBER), re.IGNORECASE) for m in G.MULTIPLES]

_GLUED_CODES = "|".join(G.CURRENCY_CODES)  # "MYR42", "UAH3.04": a code glued to its amount

# The token patterns, each alternative with what it can start with: a digit (or the sign or point before one),
# a letter, or either. A candidate offset is one or the other (_candidates), and is matched against only the
# alternatives that can start there: one pattern of them all spent most of its time refusing the others.
_DIGIT_STARTS = "0123456789½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞-−–."
_SKIPS = (  # numbers that are no claim, in the order they are tried
    ("letter", r"https?://\S+ | www\.\S+"),  # URLs
    ("either", r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+"),  # e-mail
    ("digit", r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"),  # 2024-08-13 22:52
    ("digit", r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"),  # 5/17/2018
    ("digit", r"\b\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?(?i:[ap]\.m\.|[ap]m)(?!\w))?"),  # 15:07, 2:00 pm
    ("digit", r"\b\d{1,2}(?:\.\d{2})?[ \t]?(?i:[ap]\.m\.|[ap]m)(?!\w)"),  # 2 pm, 2.13 am
    ("digit", r"\b0\d+(?:[-./]\d+)*"),  # 08-14, 007
    (  # Sept 24 to 28, Jan 1, 2010
        "letter",
        rf"(?i:\b{_MONTH})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b"
        r"(?:[ \t]*(?:-|–|to|and)[ \t]*\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?[ \t]+\d{4}\b)?",
    ),
    ("digit", rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?i:{_MONTH})\b(?:,?[ \t]+\d{{4}}\b)?"),  # 24 September 2024
    ("letter", rf"(?i:\b{_MONTH})\.?[ \t]+\d{{4}}\b"),  # Nov 2022
    ("digit", r"\b(?:1[89]|20)\d{2}[-–/]\d{2}\b(?![-/]\d)"),  # 2013-14, 1995-01
    ("digit", r"\b\d{4}s\b"),  # the 1990s
    ("digit", r"\b\d+(?:\.\d+){2,}\b"),  # 1.2.3, 192.168.1.2
    (  # A320, G20, COVID-19
        "letter",
        rf"\b(?!(?:{_GLUED_CODES}|RMB|usd|eur|gbp|rmb|RM|Rs)\d)(?<!\$)[A-Za-z]+\d[\w-]* | \b[A-Za-z]{{2,}}-\d+[A-Za-z]*\b",
    ),
    ("digit", r"\b\d+(?![eE][-+]?\d|[kcm]?m[23]\b)[A-Za-z]+\d\w* | \b\d[GD]\b"),  # 24703L202, 5G, 3D
    ("digit", r"\+?\b\d{3}[ -]\d{3}[ -]\d{4}\b"),  # phone numbers
    ("digit", r"(?<=\+)\d{1,3}(?:[ -]\(?\d{2,4}\)?){2,4}\b"),  # +1 212 555 0100
    (  # 4K screen
        "digit",
        r"\b[248][Kk]\b(?=[ \t]*(?i:screens?|tvs?|displays?|videos?|resolution|monitors?|televisions?|cameras?|streaming|content|ultra))",
    ),
    (  # list markers
        "digit",
        r"(?:(?<![\s\S])|(?<=\n)|(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=\n[ \t]{3})|(?<=\n[ \t]{4}))\d{1,2}[.)](?=[ \t])",
    ),
    ("letter", r"(?i:\b(?:several|a[ \t]+few|many)[ \t]+(?:hundred|thousand|million|billion)s?\b)"),  # too vague to check
)
_TOKENS = (  # (group, what it can start with, pattern), in the order they are tried
    ("skip", "digit", " | ".join(branch for starts, branch in _SKIPS if starts != "letter")),
    ("skip", "letter", " | ".join(branch for starts, branch in _SKIPS if starts != "digit")),
    ("rank", "digit", rf"\b\d+(?:st|nd|rd|th)[ \t-]+(?i:{_body(G.SUPERLATIVES)})\b"),
    ("rank", "letter", rf"(?i:\b(?:{_body(G.ORDINAL_WORDS)}))[ \t-]+(?i:{_body(G.SUPERLATIVES)})\b"),
    ("ordinal", "digit", r"\b\d+(?:st|nd|rd|th)\b"),
    ("multiplier", "letter", rf"(?i:\b(?:{_body(G.MULTIPLIERS)})\b)"),
    # atomic: a shorter number never helps
    ("multiple", "either", rf"(?i:\b(?:(?>{_SMALL_NUMBER})(?:[- ]?fold|[ \t]+times)|twice)\b)"),
    ("vague", "letter", rf"(?i:\b(?:{_body(v.phrase for v in G.VAGUE_AMOUNTS)})\b)(?=[ \t]+of\b)"),
    ("num", "digit", rf"(?:(?<![\w.,/])(?<![\w][-−–])|(?<={_GLUED_CODES}|RMB|usd|eur|gbp|rmb|\$US)|(?<=\bRM)|(?<=\bRs)){NUMERAL}"),
    ("words", "letter", NUMBER_WORD_START),
)


def _token_pattern(starts: str) -> re.Pattern:
    return regexes.compile(
        "|".join(f"(?P<{group}>{pattern})" for group, can_start, pattern in _TOKENS if can_start in (starts, "either")),
        re.VERBOSE,
    )


_TOKEN_AT_DIGIT = _token_pattern("digit")
_TOKEN_AT_LETTER = _token_pattern("letter")


def _token(text: str, pos: int) -> re.Match | None:
    """The token that starts at text[pos], a digit (or its sign or point) or a letter."""
    return (_TOKEN_AT_DIGIT if text[pos] in _DIGIT_STARTS else _TOKEN_AT_LETTER).match(text, pos)


# -- what stands before a number -----------------------------------------
#
# Each pattern before a number ends at '$' and is searched for in the last few characters before it. A search
# tries a pattern at every position, so an ending first asks whether the last word there could end it: most
# numbers have no hedge, no currency and no sign before them, and a set lookup costs one step.


class _Ending(NamedTuple):
    """A pattern that ends where a number starts, and the test its last word must pass first."""

    pattern: re.Pattern
    admits: Callable[[str], bool]  # the last word before the number, in lower case


def _ending(source: str, last_words: Iterable[str] | None = None) -> _Ending:
    """An ending whose last word is one of last_words (in lower case); any word when None."""
    return _Ending(regexes.compile(source), bool if last_words is None else frozenset(last_words).__contains__)


def _tail(ending: _Ending, before: str, reach: int) -> re.Match | None:
    """The ending's match at the end of before, looking back at most reach characters."""
    last = _last_word(before)
    if last and ending.admits(last):
        return ending.pattern.search(before, len(before) - reach)  # a start before 0 counts as 0
    return None


@lru_cache(maxsize=64)
def _last_word(before: str) -> str:
    """The last word of the text before a number, in lower case, without the brackets or quotes that open it.

    Cached: a number's few endings all look at the same text before it.
    """
    stripped = before.rstrip()
    return stripped[max(stripped.rfind(" "), stripped.rfind("\t")) + 1 :].lower().lstrip("([{\"'“‘—–-")


_CURRENCY_LAST = frozenset("$€£¥₹₩₽₺₱₫₦₪฿₿")
_TRAILING_LETTERS = regexes.compile(r"[a-z]+$")
# Every word _CURRENCY_BEFORE can end with, in lower case: the codes ("USD", "MUSD"), "RMB", "RM", "Rs" and "$US".
_CURRENCY_WORDS = frozenset(
    {
        *(code.lower() for code in G.CURRENCY_CODES),
        *(f"m{code.lower()}" for code in G.ECB_CURRENCIES),
        *G.LOWERCASE_CODES,
        *("rmb", "rm", "rs", "us"),
    }
)


def _may_name_a_currency(last: str) -> bool:
    """Whether the last word before a number may end in a currency: a sign ("US$", "€"), "Rs." or a code."""
    if last[-1] in _CURRENCY_LAST or last[-1] == ".":
        return True
    if last.isalpha():
        return last in _CURRENCY_WORDS
    letters = _TRAILING_LETTERS.search(last)  # "price:MYR42"
    return letters is not None and letters.group() in _CURRENCY_WORDS


_HEDGE_LAST = frozenset(h.phrase.split()[-1].lower() for h in G.HEDGES)


def _may_end_a_hedge(last: str) -> bool:
    return last in _HEDGE_LAST or last.endswith("~")  # "~5%"


_PREFIX_CODES = {c.surface.upper(): c.code for c in G.CURRENCY_PREFIXES}
# The letters before "$" of the grammar's dollars, in any case and spacing: "hk $", "Mex$", "usd$".
_DOLLAR_COUNTRIES = {c.surface[:-1].upper(): c.code for c in G.CURRENCY_PREFIXES if len(c.surface) > 1 and c.surface.endswith("$")}
_SYMBOLS = [c.surface for c in G.CURRENCY_PREFIXES if not c.surface[0].isalpha()]
_CURRENCY_BEFORE = _Ending(
    regexes.compile(
        rf"(?:(?P<country>(?i:\b(?:{_body(k.lower() for k in _DOLLAR_COUNTRIES if len(k) > 1)}))"
        rf"|\b[{''.join(sorted(k for k in _DOLLAR_COUNTRIES if len(k) == 1))}]|\bc(?=[ \t]\$))[ \t]?\$"
        rf"|(?P<symbol>{_body(_SYMBOLS)})"
        rf"|\b(?P<mcode>M(?:{'|'.join(G.ECB_CURRENCIES)}))"
        rf"|\$(?P<dollar_after>US)"
        rf"|\b(?P<code>{'|'.join(G.CURRENCY_CODES)}|RMB|RM|Rs\.?|(?i:{'|'.join(G.LOWERCASE_CODES)})))[ \t]?$"
    ),
    _may_name_a_currency,
)
_HEDGE_BEFORE = _Ending(
    regexes.compile(rf"(?i:(?<![\w~])(?P<hedge>{_body(h.phrase for h in G.HEDGES)}))(?:[ \t]+|(?<=~))$"), _may_end_a_hedge
)
# "500 people or more", but not "36 makers and more than 800 suppliers" nor "65 and over 30 percent":
# a bound written after an amount ends its words
_BOUND_AFTER = regexes.compile(rf"[ \t]+(?P<hedge>(?i:{_body(h.phrase for h in G.BOUNDS_AFTER)}))\b(?![ \t]+(?:(?i:than|of)\b|[\d$€£¥]))")
_BOUND_AFTER_BOUNDS = {h.phrase: Bound(h.bound) for h in G.BOUNDS_AFTER}
_HEDGE_BOUND = {h.phrase: Bound(h.bound) for h in G.HEDGES}
_SIGN_BEFORE = _ending(rf"(?i:\b(?:{_body(NW.SIGNS)}))[ \t]+$", NW.SIGNS)
_BETWEEN_BEFORE = _ending(rf"(?i:\b(?:{_body(G.RANGE_OPENERS)}))[ \t]+$", G.RANGE_OPENERS)
_CHANGE_FROM = regexes.compile(
    rf"(?i:\b(?:{_body(G.CHANGE_FROM_VERBS)})\b(?:[ \t]+\w+)?[ \t]+from)[ \t]+(?:(?i:{_body(h.phrase for h in G.HEDGES)})[ \t]+)?$"
)
_CHANGE_BEFORE = _ending(
    rf"(?i:\b{_body(G.CHANGE_BEFORE)})[ \t]+(?:(?i:by|of|an?)[ \t]+)?$", {*(p.split()[-1] for p in G.CHANGE_BEFORE), "by", "of", "a", "an"}
)
_BY_BEFORE = _ending(r"(?i:\bby)[ \t]+$", ("by",))
_VERB_THEN_BY = regexes.compile(rf"(?i:\b(?:{_body(G.CHANGING_VERBS)})\b)[^.;:!?\n]{{0,40}}?(?i:\bby)[ \t]+$")
_AGE_BEFORE = _ending(rf"(?i:\b(?:{_body(G.AGE_BEFORE)}))[ \t]+$", G.AGE_BEFORE)
# Not \b before the names: "#" follows a space ("Model #3").
_NOT_A_COUNT_BEFORE = _ending(rf"(?i:(?<!\w)(?:{_body(G.NAME_WORDS)}))[ \t]*$", (w.split()[-1].lower() for w in G.NAME_WORDS))
_STREET_AFTER = regexes.compile(rf"[ \t]+(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{_body(G.STREET_WORDS)})\b")
_POSTCODE_BEFORE = regexes.compile(r"\b[A-Z]{2}[ \t]+$")
_SCORE = regexes.compile(rf"(?i:\b(?:{_body(G.SCORE_VERBS)}))(?:[ \t]+[A-Z][\w.'-]*){{0,3}}[ \t]+$")
_PHONE_BEFORE = regexes.compile(rf"(?i:\b(?:{_body(G.PHONE_WORDS)}))[ \t:]+\(?$")
_VERSION_BEFORE = _ending(rf"(?:\b[A-Z]{{2,}}|(?i:\b(?:{_body(G.VERSION_WORDS)})))[ \t]+$")
_VERSION_WORD_ENDS = frozenset(word[-2:] for word in G.VERSION_WORDS)


def _may_end_a_version(before: str) -> bool:
    """Whether before may end in what names a version, then blanks: two capitals ("GPT 4.5") or the end of a
    version word. Two characters spare most decimals the search of _VERSION_BEFORE, which any last word passes."""
    last = before.rstrip(" \t")[-2:]
    return not last.isascii() or (last.isalpha() and (last.isupper() or last.lower() in _VERSION_WORD_ENDS))


_ANAPHORA = _ending(rf"(?i:\b{_body(G.ANAPHORIC_AFTER)})[ \t]+$", G.ANAPHORIC_AFTER)
_ONE_OF_A_KIND = regexes.compile(rf"[ \t]+(?i:{_body(G.ONE_OF_A_KIND)})\b(?![-'’])")
_IDIOM = regexes.compile(rf"(?i:{_body(G.IDIOMS)})\b")
_ORDER_BEFORE_HALF = _ending(rf"(?i:\b{_body(G.ORDER_BEFORE_HALF)})[ \t]+$", G.ORDER_BEFORE_HALF)
_MONEY_WORDS = regexes.compile(rf"(?i:\b(?:{_body(G.MONEY_CONTEXT_WORDS)}))\b")

# -- what stands after it -------------------------------------------------

_SCALE_WORDS = [s.word for s in G.SCALES if len(s.word) > 1]
_SCALE_AFTER = regexes.compile(rf"[ \t]*(?P<hyphen>-)?[ \t]*(?P<scale>(?i:{_body(_SCALE_WORDS)}))\b")
_GLUED = regexes.compile(rf"(?P<glued>{_body([*G.GLUED_SCALES, *G.MONEY_ONLY_SCALES])})(?![A-Za-z0-9])")
_SECOND = rf"(?P<second>{NUMERAL})"
# A change by an amount, not a level: "rose 4 billion dollars", "fell by 2 million", "an increase of 3,000"
# (but "fell below 30 million" is a level crossed).
_CHANGE_HEDGES = [h.phrase for h in G.HEDGES if h.phrase.split()[0] not in ("below", "above", "under")]
_ABSOLUTE_CHANGE = _ending(
    rf"(?i:\b(?:(?:{_body(G.ABSOLUTE_CHANGE_VERBS)})(?:[ \t]+by)?"
    rf"|(?:an?[ \t]+)?(?:{_body(G.ABSOLUTE_CHANGE_NOUNS)})[ \t]+of))"
    rf"(?:[ \t]+(?i:{_body(_CHANGE_HEDGES)}))?[ \t]+$",
    {*G.ABSOLUTE_CHANGE_VERBS, "by", "of", *(h.split()[-1].lower() for h in _CHANGE_HEDGES)},  # a verb, "by", "of", a hedge
)
_MADE_UP = regexes.compile(rf"(?i:\b(?:{_phrases(G.MAKE_UP_FORMS)}))[ \t]+(?:(?i:{_body(G.MAKE_UP_HEDGES)})[ \t]+)?$")
_LAST_SCALE_WORD = regexes.compile(rf"[ \t-]((?i:{_body(w for w in _SCALE_WORDS if w not in ('hundred', 'dozen', 'dozens'))}))$")
# Before "($99.99)", a linking verb or a colon makes the parentheses a minus, not an aside or a conversion.
_ACCOUNTING_BEFORE = regexes.compile(rf"(?:\b(?:{_body(G.LINKING_WORDS)})|[:=])[ \t]*$")
# After "1.2m", a plural that is not about length makes the m a million: "1.2m people", not "a 48m crane".
_MILLION_NOUN = regexes.compile(
    rf"[ \t]+(?!(?i:{_body(G.METRE_WORDS)})\b)(?!(?i:{_body(G.NOT_PLURALS)})\b)(?i:[a-z]+s|{_body(G.MILLION_NOUNS)})\b"
)
_JOINER = rf"(?:(?P<dash>-|–|—)|(?P<to>{_body(w for w in G.RANGE_JOINERS if w != 'and')})|(?P<and>and))"
_RANGE_AFTER = regexes.compile(rf"[ \t]*-?[ \t]*{_JOINER}[ \t]*(?P<cur>[$€£¥])?{_SECOND}(?![\w]|[.,]\d)")
_RANGE_AFTER_UNIT = regexes.compile(  # "3km-5km", "from 3km to 5km": the second end may carry its unit glued
    rf"[ \t]*-?[ \t]*{_JOINER}[ \t]*(?P<cur>[$€£¥])?{_SECOND}"
)
_TOLERANCE = regexes.compile(rf"[ \t]*(?:±|\+/-|\+-)[ \t]*(?P<tolerance>{NUMERAL})")
_GAP = regexes.compile(r"[ \t]*(?:(?P<hyphen>-)[ \t]*|(?P<open>[(\[{<])[ \t]*)?")
_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">"}
_CURRENCY_NAME = regexes.compile(rf"{alternation.words((c.surface for c in G.CURRENCY_NAMES), ignore_case=True)}(?![\w])")
_CURRENCY_BY_NAME = {c.surface.lower(): c.code for c in G.CURRENCY_NAMES}


def _currency_name(text: str, pos: int) -> tuple[str, int, str] | None:
    """(ISO code, end, surface) of a currency name at text[pos]: the grammar's table, then CLDR's names."""
    found = _CURRENCY_NAME.match(text, pos)
    if found:
        return _CURRENCY_BY_NAME[found.group().lower()], found.end(), found.group()
    named = read_currency_name(text, pos)
    return (named[0], named[1], text[pos : named[1]]) if named else None


_SUBUNIT = regexes.compile(rf"(?i:{_body(s.surface for s in G.SUBUNITS)})(?![\w])")
_SUBUNIT_BY_NAME = {s.surface: s for s in G.SUBUNITS}
_SUFFIX_SYMBOL = regexes.compile(rf"(?:{_body(c.surface for c in G.CURRENCY_SUFFIX_SYMBOLS)})(?![\w$€£])")
_SUFFIX_CODE = {c.surface: c.code for c in G.CURRENCY_SUFFIX_SYMBOLS}
_CODE_AFTER = regexes.compile(rf"(?P<m>M)?(?P<code>{'|'.join(G.CURRENCY_CODES)}|RMB|(?i:{'|'.join(G.LOWERCASE_CODES)}))(?![\w$])")
_PERCENT = regexes.compile(rf"(?i:{_body(u.surface for u in G.PERCENT_UNITS)})(?![\w])")
_PERCENT_BY_NAME = {u.surface.lower(): u.name for u in G.PERCENT_UNITS}
_MODIFIER = regexes.compile(rf"(?i:{_body(G.UNIT_MODIFIERS)})[ \t]+")
_TIMES = regexes.compile(rf"[ \t]+times[ \t]+(?:per|a|an)[ \t]+(?P<per>{_body(G.TIMES_PER)})\b", re.IGNORECASE)
_COMPOUND_PART = regexes.compile(r",?[ \t]+(?:and[ \t]+)?(?=[\d]|[a-z])")
_SMALLER = {row.larger: row for row in G.COMPOUND_UNITS}
_INCH_MARK = regexes.compile(r"[ \t]*(?:\"|″)|[ \t]+in\b")  # after feet, "in" is an inch: "12 ft 2 in more or less"
_AND_A_HALF = regexes.compile(rf"[ \t]+(?:{_phrases(G.AND_A_HALF)})\b")
_AGE_WORDS = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") + r"\b" for w in G.AGE_AFTER)  # "old", "of[ \t]+age"
_AGE_AFTER = regexes.compile(rf"[ \t]*-?[ \t]*(?:{_AGE_WORDS})", re.IGNORECASE)
# "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50." (at the end of a clause)
_CENTS = regexes.compile(
    r"[ \t]+(?:and[ \t]+)?(?P<n>\d{1,2}|(?i:[a-z]+(?:[- ][a-z]+)?))"
    rf"(?:[ \t]*(?P<sub>(?i:{_body(G.CENT_WORDS)}))\b|(?=[ \t]*(?:[.,;!?)]|$)))"
)
_RATE = regexes.compile(
    rf"[ \t]*(?:/|[ \t]per[ \t]+|per[ \t]+|[ \t]an?[ \t]+|-an?-)(?P<count>{NUMERAL}[ \t]+)?"
    rf"(?P<noun>(?i:{_body(r.noun for r in G.RATE_NOUNS)})|{_body(G.RATE_PEOPLE)})\b"
)
_YEAR_RATE = regexes.compile(rf"[ \t]*(?:/|per|a|an)[ \t]*(?:{_body(G.YEAR_WORDS)})\b", re.IGNORECASE)
_CHANGE_AFTER = regexes.compile(rf"[ \t]+(?i:{_body(G.CHANGE_AFTER)})\b")
_SHARE_AFTER = regexes.compile(rf"[ \t]+of\b(?![ \t]+(?:the[ \t]+)?(?:{_body(G.NOT_A_WHOLE)}))")
_NOUN_AFTER = regexes.compile(rf"[ \t]*-?[ \t]*((?:(?!(?:{_body(G.NOUN_ENDS)})\b)[A-Za-z][\w'’-]*[ \t]*){{1,5}})")
_SMALL_WORD_NUMBERS = 12


def _hedge(before: str) -> tuple[Bound, str | None]:
    """(bound, hedge phrase) written just before a number: (LOWER, 'more than'), or (EXACT, None)."""
    hedge = _tail(_HEDGE_BEFORE, before, 30)
    if hedge is None:
        return Bound.EXACT, None
    phrase = hedge.group("hedge").lower()
    return _HEDGE_BOUND[phrase], phrase


def scan(text: str) -> list[Scanned]:
    """The quantities written in text, in order, without context: the grammar alone."""
    return list(iter_scanned(text))


def iter_scanned(text: str) -> Iterator[Scanned]:
    """scan's quantities one at a time, for a caller that keeps none (a 20 MB draft has 170,000)."""
    return _share_units(text, _read_all(text))


def _read_all(text: str) -> Iterator[Scanned]:
    last: Scanned | None = None
    position = 0
    for candidate in _candidates(text):
        if candidate < position:
            continue  # inside what was read last ("5-7 percent", "Jan 1, 2010", a URL)
        m = _token(text, candidate)
        if m is None:
            continue
        position = m.end()
        claim = _read(text, m)
        if claim is not None and (last is None or claim.start >= last.end):
            yield claim
            last = claim
            position = max(position, claim.end)


# Where a token can start: a digit (or the sign or point before it), or a word
# from this set. Finding these with fast scans (a character class, WordStarts),
# then matching the token pattern only there, is several times faster than
# letting one big pattern try every position of the text.
_DIGIT = regexes.compile(r"[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞][0-9,.]*")
# fmt: off
_TRIGGERS = frozenset({
    *NW.UNIT_WORDS, *NW.TENS_WORDS, *NW.SIGNS, "hundred", "hundreds", "dozen", "dozens", "half",
    "quarter", *G.ORDINAL_WORDS, *G.MULTIPLIERS, "twice", "several", "many", *(v.phrase.split()[0] for v in G.VAGUE_AMOUNTS),
    *G.MONTHS, "http", "https", "www", *(f"{n}fold" for n in _SMALL_NUMBER_WORDS),
})
# fmt: on

# "a" and "an" start a token only before a number word ("a hundred", "a third"), in "a few hundred", and at
# the start of an e-mail address or a code ("a.b@example.org", "an-12"). Most articles are none of these.
_ARTICLE_TRIGGER = rf"an?(?={NW.ARTICLE_BEFORE_A_NUMBER}|\s+few\b|[.+@-])"
_TRIGGER_WORD = alternation.WordStarts(rf"{_body(_TRIGGERS)}\b|{_ARTICLE_TRIGGER}")


def _candidates(text: str):
    """Offsets where a token may start, in order."""
    digits = []
    for found in _DIGIT.finditer(text):
        start = found.start()
        if start and text[start - 1] in "-−–." and (start < 2 or not text[start - 2].isdigit()):
            digits.append(start - 1)  # "-5", ".25": the sign or point starts the numeral
        digits.append(start)
    return sorted(digits + _TRIGGER_WORD(text))  # two sorted runs: merged in one pass


def _read(text: str, m: re.Match) -> Scanned | None:
    kind = m.lastgroup
    if kind in ("skip", "ordinal"):
        return None
    if kind == "rank":
        word = _matched(re.match(r"\d+|[A-Za-z]+", m.group())).group()
        value = float(word) if word.isdigit() else float(G.ORDINAL_WORDS[word.lower()])
        return Scanned(m.group(), m.start(), m.end(), Quantity(value, None, Bound.EXACT, 0.5), Kind.RANK)
    if kind == "multiplier":  # "has doubled", "more than doubled", "nearly doubled"
        value = G.MULTIPLIERS[m.group().lower()]
        bound, phrase = _hedge(text[max(0, m.start() - 40) : m.start()])
        return Scanned(m.group(), m.start(), m.end(), Quantity(value, None, bound, 0.05, phrase), Kind.RATIO)
    if kind == "multiple":
        return _multiple(text, m) or _quantity(text, m)
    if kind == "vague":
        vague = next(v for v in G.VAGUE_AMOUNTS if v.phrase == m.group().lower())
        quantity = Quantity(vague.low, None, Bound.RANGE, vague.low / 2, None, Range(vague.low, vague.high))
        return Scanned(m.group(), m.start(), m.end(), quantity, Kind.COUNT)
    return _quantity(text, m)


def _multiple(text: str, m: re.Match) -> Scanned | None:
    for pattern, row in zip(_MULTIPLES, G.MULTIPLES):
        found = pattern.match(text, m.start())
        if found and row.after_change and not _tail(_ABSOLUTE_CHANGE, text[max(0, found.start() - 40) : found.start()], 40):
            continue  # "rose 3 times" is a multiple, "visited 3 times" a count
        if found:
            number = _matched(_MULTIPLE_NUMBER.match(found.group())).group().lower()
            in_words = read_number_words(number, 0) if not number[0].isdigit() and number != "twice" else None
            value = float(number) if number[0].isdigit() else (2.0 if in_words is None else in_words[0])
            bound, phrase = _hedge(text[max(0, found.start() - 40) : found.start()])  # "more than 100-fold"
            return Scanned(found.group(), found.start(), found.end(), Quantity(value, None, bound, 0.05, phrase), Kind.RATIO)
    return None  # "three times" that states no multiple ("three times a week") is read as a number


_MULTIPLE_NUMBER = regexes.compile(r"\d+(?:\.\d+)?|[A-Za-z]+?(?=-?fold\b|[ \t]|$)")  # "3", "three" of "threefold"
_NUMERAL_AT = regexes.compile(rf"(?P<num>{NUMERAL})")  # named as the token's group: it may stand for one


def _number_at(text: str, start: int, words: bool) -> tuple[float, int, float] | None:
    """(value, end, half_unit) of the number written at text[start], in digits or in words."""
    if words:
        return read_number_words(text, start)
    found = _NUMERAL_AT.match(text, start)
    parsed = parse_numeral(found.group()) if found else None
    return (parsed[0], found.end(), parsed[1]) if found and parsed else None


@dataclass(slots=True)
class _Amount:
    """A quantity being read: what the steps of `_quantity` have found so far, each step adding its part."""

    text: str
    m: re.Match
    words: bool  # written in words ("four trillion"), not digits
    start: int
    end: int
    value: float
    half_unit: float
    before: str  # the 40 characters before the number, shortened as a sign or a currency is taken from them
    scale_in_words: bool = False
    unit: str | None = None
    scale: float = 1.0
    factor: float = 1.0
    scaled_by_word: bool = False
    hyphen_compound: bool = False
    low: float | None = None
    high: float | None = None
    bound: Bound = Bound.EXACT
    change_from: re.Match | None = None


class _NoClaim:
    """A step's finding that what was read is not a quantity at all ("2020-2024", "the two sides")."""


NO_CLAIM = _NoClaim()
Step = Scanned | _NoClaim | None  # a claim read to its end, no claim, or None: go on to the next step


def _quantity(text: str, m: re.Match) -> Scanned | None:
    """The quantity whose number the token m starts, read step by step; None when it is not one."""
    amount = _number(text, m)
    if amount is None:
        return None
    outcome = (  # each step returns None to let the next one go on
        _not_a_number_here(amount)
        or _sign_and_currency_before(amount)
        or _scale_after(amount)
        or _part_of_a_whole(amount)
        or _range_or_tolerance(amount)
        or _unit_and_rate_after(amount)
        or _age_compound_and_cents(amount)
        or _finished(amount)
    )
    return None if outcome is NO_CLAIM else outcome  # type: ignore[return-value]


def _number(text: str, m: re.Match) -> _Amount | None:
    """The number itself, in digits or words, with "and a half" when a scale word or a unit follows it."""
    words = m.lastgroup == "words" or (m.lastgroup == "multiple" and not text[m.start()].isdigit())
    start = m.start()
    read = _number_at(text, start, words)
    if read is None:
        return None
    value, end, half_unit = read
    half = None if words else _AND_A_HALF.match(text, end)
    if half and (_SCALE_AFTER.match(text, half.end()) or read_unit(text, _matched(_GAP.match(text, half.end())).end())):
        value, end = value + 0.5, half.end()  # "2 and a half years", "3 and a half million"
    amount = _Amount(text, m, words, start, end, value, half_unit, text[max(0, start - 40) : start])
    # Number words may end with their own scale word ("four trillion"): it counts as one.
    amount.scale_in_words = words and _LAST_SCALE_WORD.search(text, start, end) is not None
    return amount


def _not_a_number_here(a: _Amount) -> Step:
    """An idiom, a version, a name's number, a code: digits that are no quantity."""
    text, start, end, before = a.text, a.start, a.end, a.before
    if a.words:
        if _IDIOM.match(text, start) or re.search(r"(?i:\bno)[ \t]+$", before):
            return NO_CLAIM
        if text[start:end].lower() == "half" and _tail(_ORDER_BEFORE_HALF, before, 40):
            return NO_CLAIM  # "the first half of the match"
        return None
    if (
        "." in text[start:end]
        and _may_end_a_version(before)
        and _tail(_VERSION_BEFORE, before, 14)
        and not _tail(_CURRENCY_BEFORE, before, 12)
    ):
        return NO_CLAIM
    if _tail(_NOT_A_COUNT_BEFORE, before, 16) or _not_a_quantity(text, start, end, before):
        return NO_CLAIM
    if (
        text[end : end + 1].isascii()
        and text[end : end + 1].isalpha()
        and not _GLUED.match(text, end)
        and read_unit(text, end) is None
        and not _PERCENT.match(text, end)  # "10bp", "5pct"
        and not _CODE_AFTER.match(text, end)
    ):
        return NO_CLAIM  # "860BOX", "11a": a code, not a quantity
    return None


def _sign_and_currency_before(a: _Amount) -> Step:
    """A minus sign or word, and a currency written before the number: "US$5bn", "RMB 3 billion", "-$4.5 million"."""
    sign = _tail(_SIGN_BEFORE, a.before, 12)
    if sign and a.value > 0 and not a.words:
        a.value, a.start, a.before = -a.value, a.start - (len(a.before) - sign.start()), a.before[: sign.start()]
    currency = _tail(_CURRENCY_BEFORE, a.before, 12)
    if (
        currency
        and currency.group() != currency.group().rstrip()
        and re.search(r"\d[ \t]*$", a.before[: currency.start()])
        and not re.search(r"[$€£¥][ \t]?[\d,.]+[ \t]*$", a.before[: currency.start()])
    ):
        currency = None  # "10 $ 30 $": the sign belongs to the amount before it
    if currency:
        a.unit, a.scale = _currency_code(currency)
        a.start -= len(a.before) - currency.start()
        a.before = a.before[: currency.start()]
        before = a.before
        if before[-1:] in ("-", "−", "–") and (len(before) < 2 or before[-2] in " \t(") and a.value > 0:
            a.value, a.start, a.before = -a.value, a.start - 1, before[:-1]  # "-$4.5 million"
    return None


def _scale_after(a: _Amount) -> Step:
    """Scale words: glued ("5bn", "$1.2m", "10M") or written ("4.5 trillion", "three lakh crore"), and what
    follows them ("3 hundred and 21", "3 million and a half")."""
    text = a.text
    a.scaled_by_word = a.scale_in_words
    glued = _GLUED.match(text, a.end) if not a.words else None
    if glued:
        suffix = glued.group("glued")
        factor = G.GLUED_SCALES.get(suffix) or (G.MONEY_ONLY_SCALES[suffix] if a.unit else None)
        if suffix == "m" and not a.unit and _MILLION_NOUN.match(text, glued.end()):
            factor = 1e6  # "1.2m people": a million; "1.8m tall", "the 100m final" stay metres
        if factor:
            a.scale *= factor
            a.end = glued.end()
    for _ in range(2):
        scale_match = _SCALE_AFTER.match(text, a.end)
        if not scale_match:
            break
        a.hyphen_compound = a.hyphen_compound or bool(scale_match.group("hyphen"))
        a.scale *= G.SCALE_FACTORS[scale_match.group("scale").lower()]
        a.scaled_by_word = True
        a.end = scale_match.end()
    if a.scaled_by_word and not a.hyphen_compound:
        a.value, a.end = _continued(text, a.end, a.value, a.scale)
    return None


def _part_of_a_whole(a: _Amount) -> Step:
    """ "a quarter of the vote" (25 percent), "one in five adults", "two out of five hundred": a share."""
    if a.unit is not None or a.scaled_by_word:
        return None
    text, start, end, value = a.text, a.start, a.end, a.value
    if 0 < value < 1 and _OF.match(text, end) and _is_fraction(text[a.m.start() : end]):
        quantity = Quantity(100 * value, "percent", Bound.EXACT, 100 * a.half_unit)
        return Scanned(text[start:end], start, end, quantity, Kind.SHARE)
    share = _share_of(text, end, value)
    if share:
        share_value, share_end = share
        quantity = Quantity(share_value, "percent", Bound.EXACT, 0.5 * share_value / max(value, 1))
        return Scanned(text[start:share_end], start, share_end, quantity, Kind.SHARE)
    return None


def _range_or_tolerance(a: _Amount) -> Step:
    """The second end of a range ("5-7%", "from 5 to 7 billion", "between 10 and 20 percent", "8- to 16-meter"),
    or a tolerance ("5 ± 0.5")."""
    text = a.text
    a.change_from = _CHANGE_FROM.search(a.before) if "from" in a.before else None
    if not a.hyphen_compound:
        range_read = _range(text, a.end, a.value, a.scale, a.before, bool(a.change_from), a.words)
        if range_read == "years":
            return NO_CLAIM  # "2020-2024" is a span of years, not a quantity
        if range_read:
            low, high, a.end, second_scale, second_half, to_value = range_read
            first_scale = a.scale if a.scale != 1.0 or second_scale == 1.0 else second_scale
            a.half_unit = min(a.half_unit * first_scale, second_half * second_scale)
            a.low, a.high = low, high
            a.value, a.scale, a.bound = (to_value if a.change_from else low), 1.0, Bound.RANGE
    tolerance = _TOLERANCE.match(text, a.end)
    if tolerance and a.bound == "exact":
        parsed = parse_numeral(tolerance.group("tolerance"))
        if parsed:
            a.value, a.half_unit = a.value * a.scale, a.half_unit * a.scale
            a.low, a.high = a.value - parsed[0] * a.scale, a.value + parsed[0] * a.scale
            a.bound, a.end, a.scale = Bound.RANGE, tolerance.end(), 1.0
    return None


def _unit_and_rate_after(a: _Amount) -> Step:
    """The unit or currency after the number, a rate ("$5 per litre", "four times per week"), and a range whose
    ends both carry the unit ("44 mg to 50 mg")."""
    text = a.text
    if a.words and text[a.start : a.end].lower() == "half":
        article = _HALF_A.match(text, a.end)  # "half an hour", "half a day": the article belongs to the unit
        if article and read_unit(text, article.end()) is not None:
            a.end = article.end()
    unit_read = None
    if not (a.hyphen_compound and a.unit is None and not _is_money_name_after(text, a.end)):
        unit_read = _unit_after(text, a.end, a.unit, a.before, a.scaled_by_word)
    if unit_read:
        unit_after, a.end, a.factor, extra_scale, hyphenated = unit_read
        if hyphenated and a.scaled_by_word and (unit_after or "")[:3].isupper() and len(unit_after) == 3:
            return _count(text, a.m, a.start, a.before, a.words) or NO_CLAIM  # "four trillion-yuan level clusters"
        a.unit = a.unit if unit_after is None else unit_after
        a.scale *= extra_scale
        if a.unit and len(a.unit) == 3 and a.unit.isupper() and not a.scaled_by_word:
            late_scale = _SCALE_AFTER.match(text, a.end)  # "75 USD million"
            if late_scale and not late_scale.group("hyphen"):
                a.scale *= G.SCALE_FACTORS[late_scale.group("scale").lower()]
                a.end = late_scale.end()
    elif a.hyphen_compound:
        return _count(text, a.m, a.start, a.before, a.words) or NO_CLAIM
    times = _TIMES.match(text, a.end) if a.unit is None else None
    if times:
        a.unit, a.end = f"count/{times.group('per').lower()}", times.end()
    elif a.unit not in ("percent", "percentage_point", "basis_point") and not _YEAR_RATE.match(text, a.end):
        rate = _RATE.match(text, a.end)
        if rate and (a.unit is not None or rate.group("count")):
            a.unit, a.end = _rate_unit(a.unit, rate), rate.end()
    if a.unit is None:
        density = _per_area(text, a.end)
        if density:
            a.unit, a.end = density
    if a.bound != "range":
        range_read = _range_with_units(text, a.end, a.value * a.scale * a.factor, a.unit, a.before, bool(a.change_from))
        if range_read:
            a.low, a.high, a.end, to_value = range_read
            a.value = to_value if a.change_from else a.low
            a.half_unit, a.scale, a.factor = a.half_unit * a.scale * a.factor, 1.0, 1.0
            a.bound = Bound.RANGE
    return None


_PER_AREA = regexes.compile(rf"(?:[ \t]+(?i:{_body(G.DENSITY_NOUNS)}))?[ \t]*(?:/|(?<=[ \t])(?i:per)\b)[ \t]*")
_AREAS = frozenset(u.name for u in G.PHYSICAL_UNITS if u.dimension == "[length] ** 2")


def _per_area(text: str, end: int) -> tuple[str, int] | None:
    """(unit, end) of a count over an area, a density: "1,300 people per square kilometre", "150 inhabitants/km2"."""
    per = _PER_AREA.match(text, end)
    area = read_unit(text, per.end()) if per else None
    return (f"count/{area.name}", area.end) if area and area.name in _AREAS else None


def _age_compound_and_cents(a: _Amount) -> Step:
    """A year that is a date, an age ("aged 45", "45 years old"), one amount in several units ("2 hours and
    30 minutes"), and a money amount's cents ("3 dollars 50 cents")."""
    text, m = a.text, a.m
    if (
        a.unit is None
        and m.lastgroup == "num"
        and a.scale == 1.0
        and a.bound != "range"
        and _is_year(text[m.start() : m.end()])
        and not counts_things(text, a.end, a.before)
    ):
        return NO_CLAIM
    if a.unit is None and _tail(_AGE_BEFORE, a.before, 10) and not a.scaled_by_word:
        a.unit = "year"  # "aged 45", "age 87"
    if a.unit in ("year", "month", "week", "day"):
        age = _AGE_AFTER.match(text, a.end)
        if age:
            a.end = age.end()
    if a.unit in _SMALLER and a.scale == 1.0 and a.bound == "exact":
        a.value, a.half_unit, a.end = _compound(text, a.end, a.value, a.half_unit, a.unit)
    if (
        a.unit is not None
        and len(a.unit) == 3
        and a.unit.isupper()
        and a.scale == 1.0
        and a.factor == 1.0
        and a.value == int(a.value)
        and a.end > m.end()
    ):  # never "20 cents and 15 pence": cents are not what cents are added to
        cents = _CENTS.match(text, a.end)
        if cents:
            sub = cents.group("n")
            sub_value = float(sub) if sub.isdigit() else (read_number_words(sub, 0) or (None,))[0]
            if sub_value is not None and 0 < sub_value < 100:
                a.value, a.half_unit, a.end = a.value + sub_value / 100, 0.005, cents.end()
    return None


def _finished(a: _Amount) -> Scanned | None:
    """The claim: its hedge, its value in base units, its kind (level, change, share, count) and counted noun,
    and a bound written after it ("500 people or more")."""
    text, start, end, before, unit, bound = a.text, a.start, a.end, a.before, a.unit, a.bound
    hedge = _tail(_HEDGE_BEFORE, before, 30)  # one look, for the bound and for the kind ("grew by about 24.3 percent")
    hedge_phrase = None
    if hedge is not None and bound != "range":
        hedge_phrase = hedge.group("hedge").lower()
        bound = _HEDGE_BOUND[hedge_phrase]
    unhedged = before[: hedge.start("hedge")] if hedge else before
    value, half_unit = a.value * a.scale * a.factor, a.half_unit * a.scale * a.factor
    ends = Range(a.low * a.factor, a.high * a.factor) if a.low is not None and a.high is not None else None
    kind = _kind(a, bound, value, unhedged)
    if kind is None:
        return None
    if kind == Kind.CHANGE and unit is None and 0 < value < 1 and _a_fraction_of_itself(text, a.m.start(), end):
        # "rose by a third": a change of 33 percent, give or take a tenth of it (30 to 37), as a reader takes it
        value, half_unit, unit = 100 * value, 10 * value, "percent"
    noun, noun_end = "", end
    if kind == "count":
        noun_match = _NOUN_AFTER.match(text, end)
        if noun_match:
            noun, noun_end = noun_match.group(1).strip(), noun_match.end()
    if (
        unit
        and unit[:3].isupper()
        and bound == "exact"
        and text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and _ACCOUNTING_BEFORE.search(text, max(0, start - 12), start - 1)
    ):
        value, start, end = -abs(value), start - 1, end + 1  # "revenue was ($99.99)": an accountant's minus
    after_noun = noun_end if noun else end
    while after_noun > end and text[after_noun - 1] in " \t":  # the noun's match takes the spaces after it
        after_noun -= 1
    bound_after = _BOUND_AFTER.match(text, after_noun) if bound == "exact" else None
    if bound_after:  # "500 people or more"
        hedge_phrase = bound_after.group("hedge").lower()
        bound = _BOUND_AFTER_BOUNDS[hedge_phrase]
    quantity = Quantity(value, unit, bound, half_unit, hedge_phrase, ends)
    return Scanned(text[start:end], start, end, quantity, kind, noun=noun, noun_end=noun_end)


_POINTS_AFTER = regexes.compile(r"[ \t]+(?i:an?[ \t]+)?(?i:points?|pts?|percentage)\b")  # "half a point", "1/4 point"


def _a_fraction_of_itself(text: str, start: int, end: int) -> bool:
    """ "rose by a third", "fell by half": a fraction in words or a fraction sign, of the thing that changed
    (not "1/4 point", which is a fraction of some unit)."""
    written = text[start:end]
    return "/" not in written and _is_fraction(written) and not _POINTS_AFTER.match(text, end)


def _kind(a: _Amount, bound: Bound, value: float, unhedged: str) -> Kind | None:
    """level, change, share or count, from the words around the number; None for a number that counts
    nothing ("one of them" aside, a bare "one"; "the two sides"). unhedged: the words before it, up to its hedge."""
    text, before, unit, after = a.text, a.before, a.unit, a.text[a.end : a.end + 60]
    if a.change_from and bound == "range":
        return Kind.CHANGE
    if unit in ("percent", "percentage_point", "basis_point"):
        by = _tail(_BY_BEFORE, unhedged, 6)
        changed = (
            _tail(_CHANGE_BEFORE, unhedged, 40)
            or (by and unit != "percent")  # points after "by" are a change: "cut rates by 25 basis points"
            or (by and _VERB_THEN_BY.search(unhedged))  # "raised its key rate by 5 percent"
        )
        if (changed and not _MADE_UP.search(before)) or _CHANGE_AFTER.match(after):
            return Kind.CHANGE
        return Kind.SHARE if _SHARE_AFTER.match(after) else Kind.LEVEL
    if unit is not None:
        return Kind.CHANGE if _tail(_ABSOLUTE_CHANGE, before, 40) else Kind.LEVEL  # "exports rose 4 billion dollars"
    if a.words and text[a.m.start() : a.end].lower() == G.BARE_ONE and not _ONE_OF_A_KIND.match(text, a.end):
        return None
    if a.words and abs(value) <= _SMALL_WORD_NUMBERS and _tail(_ANAPHORA, before, 10):
        return None  # "the two sides": a reference back, not a count
    # "fell by 2 million", "an increase of 1,500": a change in the count, not a count
    return Kind.CHANGE if _tail(_ABSOLUTE_CHANGE, before, 40) else Kind.COUNT


def _matched(found: re.Match | None) -> re.Match:
    """The match of a pattern that matches at any position (it may match nothing, as the gap between words does)."""
    assert found is not None
    return found


_HALF_A = regexes.compile(r"[ \t]+an?[ \t]+", re.IGNORECASE)
_MORE = regexes.compile(rf"[ \t]+(?P<and>(?:and|&)[ \t]+)?(?P<fraction>{_phrases(G.FRACTIONS_OF_A_SCALE)})?", re.IGNORECASE)


def _continued(text: str, end: int, value: float, scale: float) -> tuple[float, int]:
    """Read on after a scale word: '4 thousand 3 hundred and 21' -> 4321 / scale."""
    total = value * scale
    last_scale = scale
    for _ in range(4):
        more = _MORE.match(text, end)
        if not more or more.end() == end + 0:
            break
        if more.group("fraction"):
            total += G.FRACTIONS_OF_A_SCALE[" ".join(more.group("fraction").lower().split())] * last_scale
            end = more.end()
            break
        pos = more.end()
        if pos >= len(text) or not (text[pos].isdigit() or text[pos].isalpha()):
            break
        read = _number_at(text, pos, not text[pos].isdigit())
        if read is None or read[0] <= 0:
            break
        number, number_end, _ = read
        own = _SCALE_AFTER.match(text, number_end)
        own_scale = G.SCALE_FACTORS[own.group("scale").lower()] if own and not own.group("hyphen") else 1.0
        in_words = text[pos].isalpha()
        if own_scale >= last_scale or (
            own_scale == 1.0
            and not (more.group("and") and number < last_scale and ((last_scale == 100 and number < 100) or (in_words and number >= 100)))
        ):
            break
        total += number * own_scale
        end = own.end() if own is not None and own_scale != 1.0 else number_end
        last_scale = own_scale
        if own_scale == 1.0:
            break
    return total / scale, end


_OF = regexes.compile(r"[ \t]+of\b")


def _is_fraction(written: str) -> bool:
    """'1/4', '½', 'one quarter', 'two-thirds': a part of a whole (not '0.5', which is a decimal)."""
    return "/" in written or not _DIGIT_IN.search(written) or any(c in written for c in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")


_DIGIT_IN = regexes.compile(r"\d")


_OUT_OF = regexes.compile(rf"[ \t]+(?:{_phrases(G.OUT_OF)})[ \t]+(?=[\dA-Za-z])", re.IGNORECASE)


def _share_of(text: str, end: int, value: float) -> tuple[float, int] | None:
    """'one in five' -> (20.0, end): a share, in percent."""
    found = _OUT_OF.match(text, end)
    if not found or value <= 0:
        return None
    pos = found.end()
    read = _number_at(text, pos, not text[pos].isdigit())
    if read is None:
        return None
    whole, whole_end, _ = read
    if _is_year(text[pos:whole_end]):
        return None
    own = _SCALE_AFTER.match(text, whole_end)
    if own and not own.group("hyphen"):
        whole *= G.SCALE_FACTORS[own.group("scale").lower()]
        whole_end = own.end()
    if whole <= value or whole != int(whole) or _unit_after(text, whole_end, None, "", False):
        return None  # "3 in 10 minutes": a duration, not a share
    return 100.0 * value / whole, whole_end


def _count(text: str, m: re.Match, start: int, before: str, words: bool) -> Scanned | None:
    """The bare number of a compound like 'four trillion-yuan level clusters': 4, not 4 trillion."""
    read = _number_at(text, m.start(), words)
    if read is None:
        return None
    value, end, half_unit = read
    last = _LAST_SCALE_WORD.search(text, m.start(), end)
    if words and last and text[m.start() : last.start()].strip():
        value, half_unit = value / G.SCALE_FACTORS[last.group(1).lower()], 0.5
        end = m.start() + len(text[m.start() : last.start()].rstrip(" \t-"))
    bound, phrase = _hedge(before)
    noun_match = _NOUN_AFTER.match(text, end)
    noun, noun_end = (noun_match.group(1).strip(), noun_match.end()) if noun_match else ("", end)
    quantity = Quantity(value, None, bound, half_unit, phrase)
    return Scanned(text[m.start() : end], m.start(), end, quantity, Kind.COUNT, noun=noun, noun_end=noun_end)


def _currency_code(found: re.Match) -> tuple[str, float]:
    """The ISO code (and scale, for 'MUSD') of a currency written before a number."""
    if found.group("country") is not None or (found.group().rstrip().endswith("$") and found.group("symbol") is None):
        letters = (found.group("country") or found.group()[:1]).upper().replace(" ", "")
        return _DOLLAR_COUNTRIES.get(letters, "USD"), 1.0
    if found.group("symbol"):
        return _PREFIX_CODES[found.group("symbol").upper()], 1.0
    if found.group("mcode"):
        return found.group("mcode")[1:], 1e6
    if found.group("dollar_after"):
        return "USD", 1.0  # "$US3 million"
    code = found.group("code").upper().rstrip(".")
    return {"RMB": "CNY", "RS": "INR", "RM": "MYR"}.get(code, code), 1.0


def _compound(text: str, end: int, value: float, half_unit: float, unit: str) -> tuple[float, float, int]:
    """(value, half unit, end) of one amount in several units: "2 hours and 30 minutes" -> 2.5 hours.

    Also "2 hours and a half" (2.5 hours) and the inch mark ("6 ft 2\"").
    """
    half = _AND_A_HALF.match(text, end)
    if half:
        return value + 0.5, half_unit, half.end()
    per_larger = 1.0
    row: G.Compound | None = _SMALLER[unit]
    while row:
        part = _COMPOUND_PART.match(text, end)
        number = part and (_number_at(text, part.end(), words=False) or _number_at(text, part.end(), words=True))
        if not number:
            break
        smaller = read_unit(text, _matched(_GAP.match(text, number[1])).end())
        mark = row.smaller == "inch" and _INCH_MARK.match(text, number[1])
        if smaller and smaller.name == row.smaller:
            stop = smaller.end
        elif mark:
            stop = mark.end()
        else:
            break
        if not 0 <= number[0] < row.per:
            break  # "3 hours and 90 minutes" is two amounts
        per_larger *= row.per
        value, half_unit, end = value + number[0] / per_larger, number[2] / per_larger, stop
        row = _SMALLER.get(row.smaller)
    return value, half_unit, end


def _is_money_name_after(text: str, end: int) -> bool:
    return _currency_name(text, _matched(_GAP.match(text, end)).end()) is not None


def _unit_after(text: str, end: int, currency: str | None, before: str, scaled: bool):
    """(unit, end, factor, extra scale, hyphenated) of the unit after the number, or None.

    ``factor`` converts a coin to its currency (cents -> dollars); ``unit`` is None
    when only a currency code repeats the currency already read ("US$ 5 USD").
    """
    gap = _matched(_GAP.match(text, end))
    pos = gap.end()
    hyphenated = bool(gap.group("hyphen"))
    opened = gap.group("open")

    def done(unit, stop, factor=1.0, extra=1.0):
        if opened:
            close = regexes.compile(rf"[ \t]*{re.escape(_CLOSE[opened])}").match(text, stop)
            if not close:
                return None
            stop = close.end()
        return unit, stop, factor, extra, hyphenated

    modifier = _MODIFIER.match(text, pos)
    if modifier and not opened:  # "15 consecutive years"
        modified = read_unit(text, modifier.end())
        if modified and modified.name in ("year", "month", "week", "day", "hour"):
            return done(modified.name, modified.end)
    if currency is not None:
        repeated = _CODE_AFTER.match(text, pos)
        if (
            repeated
            and not repeated.group("m")
            and {"RMB": "CNY"}.get(repeated.group("code").upper(), repeated.group("code").upper()) == currency
        ):
            return done(None, repeated.end())
        name = _currency_name(text, pos)
        if name:
            return done(None, name[1])
        return None
    money = _currency_name(text, pos)
    if money:
        code, stop, surface = money
        if surface.lower() == "pounds" and not scaled and not _MONEY_WORDS.search(before + text[stop : stop + 30]):
            return done("pound", stop)  # "he lost 25 pounds": a weight
        return done(code, stop)
    found = _SUBUNIT.match(text, pos)
    if found:
        row = _SUBUNIT_BY_NAME.get(found.group().lower()) or next(s for s in G.SUBUNITS if s.surface == found.group().lower())
        return done(row.code, found.end(), row.factor)
    found = _PERCENT.match(text, pos)
    if found and not hyphenated:
        return done(_PERCENT_BY_NAME[found.group().lower()], found.end())
    found = _CODE_AFTER.match(text, pos)
    if found:
        written = found.group("code").upper()
        return done({"RMB": "CNY"}.get(written, written), found.end(), 1.0, 1e6 if found.group("m") else 1.0)
    found = _SUFFIX_SYMBOL.match(text, pos)
    if found and not hyphenated:
        return done(_SUFFIX_CODE[found.group()], found.end())
    unit = read_unit(text, pos)
    if unit:
        return done(unit.name, unit.end)
    return None


def _range(text, end, value, scale, before, change_from, words):
    """(low, high, end, second scale, second half unit) when a second number follows, 'years' for '2020-2024', else None."""
    found = _RANGE_AFTER.match(text, end)
    if not found or words:
        return None
    if found.group("and") and not _tail(_BETWEEN_BEFORE, before, 12):
        return None  # "10 and 20 percent" is a range only after "between"
    if _change_then_level(found, before, change_from, money=bool(found.group("cur"))):
        return None
    second_text = found.group("second")
    if found.group("dash") and second_text[:1] in "-−–":
        return None
    parsed = parse_numeral(second_text)
    if parsed is None:
        return None
    second, second_half = parsed
    if _is_year(_digits_before(text, end)) and _is_year(second_text):
        return "years"
    if _is_year(_digits_before(text, end)) and scale == 1.0:
        return None  # "from 2022 to 44 billion": a year, then an amount
    second_end = found.end()
    second_scale = scale
    glued = _GLUED.match(text, second_end)
    if glued and G.GLUED_SCALES.get(glued.group("glued")):
        second_scale, second_end = G.GLUED_SCALES[glued.group("glued")], glued.end()
    after_second = _SCALE_AFTER.match(text, second_end)
    if after_second:
        second_scale = G.SCALE_FACTORS[after_second.group("scale").lower()]
        second_end = after_second.end()
        if scale == 1.0 and value <= 10 * second:
            scale = second_scale  # "from 5 to 7 billion": the scale is shared; not in "from 800 to 1.3 million"
    ordered = second * second_scale > value * scale
    if not (ordered or change_from or _tail(_BETWEEN_BEFORE, before, 12) or value < 0):
        return None  # "won 5-3": a score, not a range
    low, high = sorted((value * scale, second * second_scale))
    return low, high, second_end, second_scale, second_half, second * second_scale


def _not_a_quantity(text: str, start: int, end: int, before: str) -> bool:
    """A street address, a postal code, a score or a short phone number: digits that count nothing.
    Each pattern is tried only when the character after the number allows it (this runs for every number)."""
    after = text[end : end + 2]
    digits = text[start:end]
    if after[:1] in (" ", "\t") and after[1:2].isupper() and digits.isdigit() and _STREET_AFTER.match(text, end):
        return True  # "1600 Pennsylvania Avenue"
    if len(digits) == 5 and digits.isdigit() and _POSTCODE_BEFORE.search(before):
        return True  # "DC 20500"
    if after[:1] in ("-", "–") and re.match(r"[-–]\d{1,2}\b", text[end : end + 4]) and _SCORE.search(before):
        return True  # "won 3-1"
    return (
        len(digits) == 3
        and after[:1] in ("-", ".", " ")
        and re.match(r"[-. ]\d{4}\b", text[end : end + 6]) is not None
        and _PHONE_BEFORE.search(before) is not None
    )  # "call 555-0123"


def _change_then_level(found: re.Match, before: str, change_from, money: bool) -> bool:
    """'jumped 12 cents to $4.50', 'rose $2 to $45': a change of money, then the new level, not a range."""
    return bool(found.group("to") and money and not change_from and _tail(_CHANGE_BEFORE, before, 30))


def _digits_before(text: str, end: int) -> str:
    found = re.search(r"\d+$", text[max(0, end - 8) : end])
    return found.group() if found else ""


def _range_with_units(text, end, value, unit, before, change_from):
    """(low, high, end) for '44 mg to 50 mg', where both ends carry the same unit."""
    if unit is None:
        return None
    found = _RANGE_AFTER_UNIT.match(text, end)  # what _RANGE_AFTER matches, it matches too
    found = found and (_RANGE_AFTER.match(text, end) or found)
    if not found or (found.group("and") and not _tail(_BETWEEN_BEFORE, before, 12)):
        return None
    if _change_then_level(found, before, change_from, money=len(unit) == 3 and unit.isupper()):
        return None
    # A second end glued to the unit before it ("3km-5km") starts no token of its own: read it as a number.
    second = _token(text, found.start("second")) or _NUMERAL_AT.match(text, found.start("second"))
    claim = _quantity(text, second) if second and second.lastgroup == "num" else None
    if claim is None or claim.quantity.unit != unit or claim.quantity.bound != "exact":
        return None
    low, high = value, claim.quantity.value
    if not (high > low or change_from or _tail(_BETWEEN_BEFORE, before, 12) or low < 0):
        return None
    return min(low, high), max(low, high), claim.end, high


def _rate_unit(unit: str | None, rate: re.Match) -> str:
    """'USD/share', 'USD/kilogram', 'count/100000 people'."""
    noun = rate.group("noun")
    found = read_unit(noun, 0)
    per = found.name if found and found.end == len(noun) else noun.lower()
    count = parse_numeral(rate.group("count").strip()) if rate.group("count") else None
    if count:
        per = f"{count[0]:g} {per}"
    return f"{unit or 'count'}/{per}"


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100


_SHARED_UNIT_GAP = regexes.compile(r"[ \t]*(?:,|and|or|to)[ \t]*$")


def _share_units(text: str, claims: Iterator[Scanned]) -> Iterator[Scanned]:
    """'45 and 50 mg': the first number takes the unit written once after the second."""
    first = next(claims, None)
    if first is None:
        return
    for second in claims:
        unit = second.quantity.unit
        if (
            first.kind == "count"
            and first.quantity.unit is None
            and unit is not None
            and not second.quantity.is_money
            and first.noun == ""
            and _SHARED_UNIT_GAP.match(text[first.end : second.start])
        ):
            kind = second.kind if second.kind != "change" else Kind.LEVEL
            first = first._replace(quantity=replace(first.quantity, unit=unit), kind=kind)
        yield first
        first = second
    yield first
