"""Numbers written in English words, as news and reports write them.

``read_number_words(text, start)`` reads "twenty-one", "three lakh crore",
"two and a half million", "two thirds of a million" or "nine point nought
four" beginning at ``start`` and says where the number ends, so the scanner
can treat spelled-out figures with the same care as digits.
``NUMBER_WORD_START`` is the cheap regex alternative that tells the scanner
where such a number may begin; the reader then decides (it may say None).

The reader is a small recursive-descent parser over at most ``MAX_WORDS``
words, cut from the text only as a rule looks at them. Each rule looks ahead
a bounded number of words and none is re-read more than a constant number of
times, so the time is linear in the words read (and the spaces between
them), whatever follows in the text.

half_unit = 0.5 x u x M, where u is the precision of the last numeral
written -- 1 for a whole count, 10**-n after "point" with n decimal places,
1/d for a fraction over d ("two thirds", "a half", "one over three") -- and
M is the product of the scale words (thousand .. trillion, lakh, crore,
dozen) that multiply that numeral. "hundred" is not a scale: "two hundred"
is written like "200", so 0.5, as is "one million two thousand two hundred".
Examples: "three million" 0.5e6, "two hundred thousand" 500, "three lakh
crore" 0.5e12, "two point five" 0.05, "two point five million" 0.05e6,
"half a million" 0.25e6, "five and a half million" 0.25e6, "a dozen" 6.

A plural ordinal takes the whole number before it as numerator: "one hundred
and thirty fifths" is 130/5, "one million two thousand two hundred three
fifths" 1002203/5. But ordinals are compound too, so the last words before a
unit ordinal may belong to it: a tens word not after "and" ("one hundred
thirty fifths" 100/35, "twenty twenty fifths" 20/25) and a count with hundred
or a scale ("one one hundred fifth" 1/105, "one hundred one thousand fifths"
100/1005) -- if a number is left before them to be the numerator. "and" before
a proper fraction adds it ("one hundred and three quarters" 100.75); before an
improper one the count belongs to the whole.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from .. import alternation, regexes

MAX_WORDS = 40

# fmt: off
UNIT_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
# fmt: on
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Words that multiply everything before them in their part ("three lakh crore"
# stacks: each later word must be larger). Indian English writes lakhs/crores.
# fmt: off
SCALE_WORDS = {
    "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "million": 1e6, "crore": 1e7, "crores": 1e7, "billion": 1e9, "trillion": 1e12,
}
# fmt: on
DOZEN_WORDS = {"dozen", "dozens"}
ARTICLES = {"a", "an"}
SIGNS = {"minus", "negative"}

ORDINAL_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
# fmt: off
ORDINAL_WORDS = {
    **ORDINAL_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3,
    "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}
# fmt: on
# Ordinals that never name a fraction on their own: "second" is a time unit,
# "first" a position ("a first"); both only count inside "twenty-first(s)".
_NOT_DENOMINATORS = {"first", "second"}


def _denominators() -> dict[str, tuple[float, bool]]:
    """Fraction word -> (denominator, is plural): 'half', 'thirds', 'hundredth'."""
    table: dict[str, tuple[float, bool]] = {"half": (2, False), "halves": (2, True), "quarter": (4, False), "quarters": (4, True)}
    for word, value in ORDINAL_WORDS.items():
        if word not in _NOT_DENOMINATORS:
            table[word] = (value, False)
            table[word + "s"] = (value, True)
    return table


DENOMINATORS = _denominators()
# The unit in 'twenty-first', 'ninety-ninths' when they name a fraction ('second' never does).
COMPOUND_ORDINALS = {
    **{w: (v, False) for w, v in ORDINAL_UNITS.items() if w != "second"},
    **{w + "s": (v, True) for w, v in ORDINAL_UNITS.items() if w != "second"},
}
# Ordinals below a hundred that end a compound ordinal ("one hundred and fifth",
# "one thousand twenty-firsts"); "second(s)" is left out as a time unit.
SMALL_ORDINALS = {
    **{w: (v, False) for w, v in ORDINAL_WORDS.items() if v < 100 and w != "second"},
    **{w + "s": (v, True) for w, v in ORDINAL_WORDS.items() if v < 100 and w != "second"},
}
# After "a"/"an" these nouns make an ordinal a position: "a third term", "a fourth wave".
# fmt: off
ORDINAL_NOUNS = {
    "time", "term", "wave", "round", "place", "party", "straight", "consecutive",
    "successive", "year", "day", "week", "month", "season", "quarter", "generation",
    "attempt", "edition", "century", "largest", "biggest", "highest", "lowest",
}
# fmt: on
# "five over three years" is a period, not the ratio 5/3.
# fmt: off
TIME_WORDS = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "decade",
    "decades", "hour", "hours", "minute", "minutes", "second", "seconds", "quarter",
    "quarters", "century", "centuries", "season", "seasons", "term", "terms",
    "period", "periods",
}
# fmt: on
# "two quarters" may be fiscal periods; only numerators below four read as a fraction.
_QUARTERS = {"quarter", "quarters"}

SPACE: tuple[str, ...] = (" ",)
HYPHEN = ("-",)
LINK: tuple[str, ...] = (" ", "-")


_COUNT_START = alternation.words([*UNIT_WORDS, *TENS_WORDS, "hundred", "hundreds", "dozen", "dozens", "half", "quarter"])
_AFTER_ARTICLE = alternation.words(
    [
        "hundred",
        "dozen",
        *SCALE_WORDS,
        *TENS_WORDS,  # tens for "a twenty-first"
        *(w for w, (_, plural) in DENOMINATORS.items() if not plural),
    ]
)
# What follows "a" or "an" that reads as a number: "a hundred", "a third".
ARTICLE_BEFORE_A_NUMBER = rf"\s+(?!\s)(?:{_AFTER_ARTICLE})\b"
_ARTICLE = rf"an?(?={ARTICLE_BEFORE_A_NUMBER})"
# "a"/"an" and "minus" only when a number follows. The whitespace run is
# closed by (?!\s) so a failing lookahead does not retry inside it.
NUMBER_WORD_START = (
    rf"(?i:\b(?:{_COUNT_START}\b"
    rf"|{_ARTICLE}"
    rf"|(?:minus|negative)(?=\s+(?!\s)(?:{_COUNT_START}\b|{_ARTICLE}|\d))))"
)

# A word (or "&", read as "and") and the gap after it: spaces with at most one
# line break, a hyphen ("twenty-one", "fifty - two") or a comma. No number word
# is longer than 24 letters, so a long word is refused without scanning it.
_WORD = regexes.compile(r"[A-Za-z]{1,24}(?!\w)|&")
_GAP = regexes.compile(r"[ \t]*(?:\r?\n[ \t]*)?(?:([-\u2010\u2011])[ \t]*|(,)[ \t]*)?")


class _Tok(NamedTuple):
    word: str
    start: int
    end: int
    joint: str  # what joins it to the word before: "" (first), " ", "-" or ","


class _Count(NamedTuple):
    """'seventy-one', 'twelve': below a hundred."""

    value: float
    end: int
    last: str  # unit or tens
    lone: bool  # one unit word: may take a singular ordinal ("two-third", Indian English)


class _Group(NamedTuple):
    """A count below a thousand, perhaps in dozens: 'a hundred and two', 'three dozen'."""

    value: float
    end: int
    mult: float  # 12 if its last count is in dozens
    last: str  # unit, tens, hundred, dozen or article
    hundred: bool
    lone: bool


class _Part(NamedTuple):
    """A group and the scale words after it: 'two hundred thousand', 'three lakh crore'."""

    group: _Group
    scale: float
    end: int


class _Whole(NamedTuple):
    value: float
    end: int
    mult: float  # M of the half-unit rule for the last group
    last: str  # unit, tens, hundred, dozen or scale
    scale: float  # the last part's scale; a later part must be smaller
    plain: bool  # one group without scale or dozen: can be a numerator
    lone: bool


class _Reading(NamedTuple):
    value: float
    end: int
    half_unit: float


def _scale_factor(word: str) -> float | None:
    """thousand .. crore, and dozen where a fraction is scaled ('half a dozen')."""
    return 12.0 if word == "dozen" else SCALE_WORDS.get(word)


class _Parser:
    """The grammar over the words from start; each method reads from a word index.

    Words are cut from the text only when a rule looks at them, so reading
    "one" in "one one one ..." costs two words, not MAX_WORDS."""

    def __init__(self, text: str, start: int):
        self.text = text
        self.toks: list[_Tok] = []
        self.pos, self.next_joint, self.done = start, "", False
        self.limit = MAX_WORDS  # words from limit on are not seen (see numerator_before)

    def tok(self, i: int) -> _Tok | None:
        toks = self.toks
        if not 0 <= i < self.limit:
            return None
        if i < len(toks):
            return toks[i]
        while len(toks) <= i and not self.done:
            self.cut()
        return toks[i] if i < len(toks) else None

    def cut(self) -> None:
        """The next word and the joint after it; done at a gap that is not a joint or at MAX_WORDS."""
        match = _WORD.match(self.text, self.pos) if len(self.toks) < MAX_WORDS else None
        if match is None:
            self.done = True
            return
        word = match.group().lower()
        self.toks.append(_Tok("and" if word == "&" else word, match.start(), match.end(), self.next_joint))
        gap = _GAP.match(self.text, match.end())
        assert gap is not None  # the gap pattern matches the empty string too
        self.next_joint = "-" if gap.group(1) else "," if gap.group(2) else " "
        self.pos = gap.end()

    def word(self, i: int, joints: tuple[str, ...] | None = None) -> str:
        """The word at i if it is joined to the one before by one of joints, else ''."""
        tok = self.tok(i)
        if tok is None or (joints is not None and tok.joint not in joints):
            return ""
        return tok.word

    def joint(self, i: int) -> str:
        tok = self.tok(i)
        return tok.joint if tok else ""

    # -- whole numbers --------------------------------------------------------

    def count(self, i: int, joints=None) -> _Count | None:
        """'nineteen', 'ninety five', 'fifty - two'."""
        word = self.word(i, joints)
        if word in UNIT_WORDS:
            return _Count(UNIT_WORDS[word], i + 1, "unit", True)
        if word not in TENS_WORDS:
            return None
        unit = UNIT_WORDS.get(self.word(i + 1, LINK), 0)
        if unit >= 1 and unit <= 9:
            return _Count(TENS_WORDS[word] + unit, i + 2, "unit", False)
        return _Count(TENS_WORDS[word], i + 1, "tens", False)

    def group(self, i: int, lead: bool = False, joints=None) -> _Group | None:
        """Below a thousand; lead allows 'a hundred', 'a dozen', 'a million' and a bare 'hundred'.

        'five hundreds' is 500 as some writers put it, but takes no tail; a bare
        'hundreds' ("hundreds of people") is no number."""
        word = self.word(i, joints)
        head = self.count(i, joints)
        value: float
        if head is not None:
            value, j, last, lone = head
        elif lead and word in ARTICLES and self.word(i + 1, SPACE) in SCALE_WORDS:
            return _Group(1, i + 1, 1, "article", False, False)
        elif lead and word in ARTICLES and self.word(i + 1, SPACE) in ("hundred", "dozen"):
            value, j, last, lone = 1, i + 1, "article", False
        elif lead and word in ("hundred", "dozen"):
            value, j, last, lone = 1, i, "article", False
        else:
            return None
        if head is not None and 1 <= value <= 99 and self.word(j, LINK) == "hundreds":
            return _Group(value * 100, j + 1, 1, "hundred", True, False)
        tail: float = 0
        hundred = 1 <= value <= 99 and self.word(j, LINK if j > i else None) == "hundred"
        if hundred:
            value, j, last, lone = value * 100, j + 1, "hundred", False
            after = self.hundred_tail(j)
            if after is not None:
                tail, j, last = after.value, after.end, after.last
                value += tail
        if self.word(j, LINK if j > i else None) not in DOZEN_WORDS:
            return _Group(value, j, 1, last, hundred, lone)
        # "three hundred and two dozens" counts the two in dozens: 324.
        value += (tail or value) * 11
        return _Group(value, j + 1, 12, "dozen", hundred, False)

    def hundred_tail(self, j: int) -> _Count | None:
        """'and sixty-one', ' twenty' after hundred; not 'and three quarters' (a fraction added),
        but 'and thirty' in 'one hundred and thirty fifths' (130/5: an improper fraction is not added)."""
        if self.word(j, SPACE) != "and":
            return self.count(j, LINK)
        tail = self.count(j + 1, SPACE)
        if tail is None or self.adds_fraction(tail):
            return None
        return tail

    def part(self, i: int, lead: bool = False, joints=None) -> _Part | None:
        """A group and its scale words, each larger than the one before ('thousand crore')."""
        group = self.group(i, lead, joints)
        if group is None:
            return None
        scale, j, previous = 1.0, group.end, 0.0
        while (factor := SCALE_WORDS.get(self.word(j, LINK), 0.0)) > previous:
            scale, j, previous = scale * factor, j + 1, factor
        return _Part(group, scale, j)

    def continuation(self, j: int, scale: float) -> _Part | None:
        """The next, smaller part after a scale word: ' and two', ' two thousand', ', two hundred'.

        A bare unit needs "and" ("three million two years ago" stops at million)
        and after a comma the part needs hundred or a scale ("three million, twenty"
        is a list)."""
        if self.word(j, SPACE) == "and":
            part = self.part(j + 1, joints=SPACE)
            if part is not None and part.scale == 1 and self.adds_fraction(part.group):
                return None  # "one million and three quarters": the fraction adds
            needs = 0.0
        elif self.joint(j) == " ":
            part, needs = self.part(j, joints=SPACE), 10.0
        elif self.joint(j) == ",":
            part, needs = self.part(j, joints=(",",)), float("inf")
        else:
            return None
        if part is None or part.scale >= scale or part.group.value == 0:
            return None
        if part.scale == 1 and not part.group.hundred and part.group.value < needs:
            return None
        return part

    def whole(self, i: int, joints=None) -> _Whole | None:
        """'twenty-one trillion and three hundred', 'three million, two hundred & forty'."""
        part = first = self.part(i, lead=True, joints=joints)
        if part is None:
            return None
        value = part.group.value * part.scale
        while part.scale > 1 and (after := self.continuation(part.end, part.scale)) is not None:
            part = after
            value += part.group.value * part.scale
        group = part.group
        plain = part is first and part.scale == 1 and group.mult == 1
        last = "scale" if part.scale > 1 else group.last
        return _Whole(value, part.end, group.mult * part.scale, last, part.scale, plain, plain and group.lone)

    # -- fractions --------------------------------------------------------------

    def denominator(self, j: int, numerator: float, article: bool = False, lone: bool = False) -> tuple[float, int] | None:
        """The fraction word(s) after a numerator: (d, end) or None.

        Agreement keeps ordinals out: a singular ordinal needs the numerator one
        ("one fifth", "a third"), so "twenty fifth" and "three hundredth" stay
        ordinals; a lone unit may take a singular below a hundred ("two-third").
        An ordinal followed by a hyphen qualifies a noun ("one fifth-generation"),
        and a singular compound one is a position unless nothing or "of" follows
        ("a twenty-first birthday", "one twenty-first century city")."""
        found = self.ordinal(j, article)
        if found is None:
            return None
        d, plural, end, simple = found
        if (article and plural) or (not plural and numerator != 1 and not (lone and simple and d < 100)):
            return None
        if self.word(j) in _QUARTERS and numerator >= 4:
            return None
        if not plural and self.word(end - 1) in ORDINAL_WORDS and self.ordinal_use(end, article):
            return None
        if not plural and not simple and self.word(end, LINK) not in ("", "of"):
            return None
        return d, end

    def ordinal(self, j: int, article: bool = False) -> tuple[float, bool, int, bool] | None:
        """The words naming a denominator at j: (d, plural, end, simple).

        Simple: 'thirds', 'hundredth', 'half'. Compound: 'twenty-first', 'twenty fifths',
        and, not after an article, 'one hundred fifth', 'one hundred and fifth',
        'one thousand fifths'."""
        word = self.word(j, LINK)
        if word in DENOMINATORS:
            d, plural = DENOMINATORS[word]
            return d, plural, j + 1, True
        if word in TENS_WORDS and self.word(j + 1, LINK) in COMPOUND_ORDINALS:
            unit, plural = COMPOUND_ORDINALS[self.word(j + 1)]
            return TENS_WORDS[word] + unit, plural, j + 2, False
        count = None if article else self.count(j, LINK)
        if count is None or count.value == 0:
            return None
        word = self.word(count.end, LINK)
        scale = 100.0 if word == "hundred" else SCALE_WORDS.get(word)
        if scale is None:
            return None
        k, joints = count.end + 1, LINK
        if self.word(k, SPACE) == "and":
            k, joints = k + 1, SPACE
        small = self.small_ordinal(k, joints)
        if small is None:
            return None
        value, plural, end = small
        return count.value * scale + value, plural, end, False

    def small_ordinal(self, j: int, joints) -> tuple[float, bool, int] | None:
        """'fifth', 'ninetieths', 'twenty-first', 'twenty fifths': (value, plural, end)."""
        word = self.word(j, joints)
        if word in TENS_WORDS and self.word(j + 1, LINK) in COMPOUND_ORDINALS:
            unit, plural = COMPOUND_ORDINALS[self.word(j + 1)]
            return TENS_WORDS[word] + unit, plural, j + 2
        if word in SMALL_ORDINALS:
            value, plural = SMALL_ORDINALS[word]
            return value, plural, j + 1
        return None

    def ordinal_use(self, j: int, article: bool) -> bool:
        """'a third term', 'a fifth-generation': the ordinal word qualifies a noun."""
        return self.joint(j) == "-" or (article and self.word(j, SPACE) in ORDINAL_NOUNS)

    def adds_fraction(self, count: _Count | _Group) -> bool:
        """After 'and', 'three quarters' is added to the number before; 'thirty fifths' is not
        (a mixed number adds a proper fraction), so thirty belongs to that number."""
        found = self.denominator(count.end, count.value, lone=count.lone)
        return found is not None and count.value < found[0]

    def scaled(self, j: int) -> tuple[float, int]:
        """'half a million', 'two thirds of a million', 'quarter-million': (scale, end), or (1, j)."""
        k = j
        if self.word(k, SPACE) == "of":
            if self.word(k + 1, SPACE) not in ARTICLES:
                return 1.0, j
            k += 2
        elif self.word(k, SPACE) in ARTICLES:
            k += 1
        factor = _scale_factor(self.word(k, SPACE if k > j else LINK))
        return (factor, k + 1) if factor else (1.0, j)

    def leading_fraction(self, i: int, joints=None) -> _Reading | None:
        """'a third', 'a hundredth', 'half', 'half a million', 'quarter million'."""
        word = self.word(i, joints)
        if word in ARTICLES and self.joint(i + 1) == " ":
            found = self.denominator(i + 1, 1, article=True)
            if found is None:
                return None
            d, end = found
        elif word in ("half", "quarter"):
            d, end = DENOMINATORS[word][0], i + 1
        else:
            return None
        scale, end = self.scaled(end)
        if word == "quarter" and scale == 1:
            return None  # a bare "quarter" is mostly three months
        return _Reading(scale / d, end, 0.5 * scale / d)

    def fraction(self, i: int, joints, whole: _Whole) -> _Reading | None:
        """'two thirds', 'a hundred trillionths', 'three quarters billion', and with the
        compound ordinal taking the whole's last words, 'one hundred thirty fifths' (100/35)."""
        shorter = self.numerator_before(i, joints, whole)
        for numerator in (shorter, whole) if shorter else (whole,):
            found = self.denominator(numerator.end, numerator.value, lone=numerator.lone)
            if found is not None:
                d, end = found
                scale, end = self.scaled(end)
                return _Reading(numerator.value * scale / d, end, 0.5 * numerator.mult * scale / d)
        return None

    def numerator_before(self, i: int, joints, whole: _Whole) -> _Whole | None:
        """The number from i up to the compound ordinal that begins inside whole, if any.

        In 'one hundred thirty fifths' the tens word is the ordinal's ('thirty-fifths'),
        in 'one hundred one thousand fifths' the count and scale ('one thousand fifths');
        the number before them is re-read without them. Not after 'and' ('one hundred
        and thirty fifths' is 130/5) and not when nothing would be left ('twenty fifths'
        is 20/5, 'ninety-five hundred fifths' 9500/5)."""
        first = self.compound_ordinal_start(whole.end)
        if first is None or first <= i or self.joint(first) != " ":
            return None
        self.limit, saved = first, self.limit
        try:
            numerator = self.whole(i, joints)
        finally:
            self.limit = saved
        return numerator if numerator is not None and numerator.end == first else None

    def compound_ordinal_start(self, o: int) -> int | None:
        """Where the compound ordinal ending in the unit ordinal at o begins: at the tens
        word of 'thirty fifths', or at the count of 'one hundred fifth', 'one thousand and fifth'."""
        if self.joint(o) not in LINK or self.word(o) not in SMALL_ORDINALS:
            return None
        before = self.word(o - 1)
        if before in TENS_WORDS:
            return o - 1 if self.word(o) in COMPOUND_ORDINALS and self.word(o - 2) != "and" else None
        scale_at = o - 2 if before == "and" else o - 1
        if self.word(scale_at) != "hundred" and self.word(scale_at) not in SCALE_WORDS:
            return None
        for first in (scale_at - 2, scale_at - 1):  # "ninety-five hundred", "five hundred"
            count = self.count(first)
            if count is not None and count.end == scale_at:
                return first
        return None

    def added_fraction(self, k: int) -> tuple[float, float, int] | None:
        """After 'and': 'a half', 'three quarters', 'one half' -> (value, d, end)."""
        if self.word(k, SPACE) in ARTICLES and self.joint(k + 1) == " ":
            numerator: float = 1
            found = self.denominator(k + 1, 1, article=True)
        else:
            count = self.count(k, SPACE)
            if count is None or count.value == 0:
                return None
            numerator, found = count.value, self.denominator(count.end, count.value, lone=count.lone)
        if found is None:
            return None
        d, end = found
        return numerator / d, d, end

    def mixed(self, whole: _Whole) -> _Reading | None:
        """'two and a half', 'five and a half million', 'one million and a half',
        'one billion and three quarters million', 'twenty and three and three fifths'."""
        if self.word(whole.end, SPACE) != "and":
            return None
        added = self.added_fraction(whole.end + 1)
        if added is None and (joined := self.tens_and_unit(whole)) is not None:
            whole, added = joined, self.added_fraction(joined.end + 1)
        if added is None:
            return None
        fraction, d, end = added
        scale = _scale_factor(self.word(end, LINK))
        if scale and whole.plain:  # the scale takes the whole mixed number
            value, unit, end = (whole.value + fraction) * scale, scale, end + 1
        elif scale and scale < whole.scale:  # the fraction of a smaller scale is added
            value, unit, end = whole.value + fraction * scale, scale, end + 1
        elif whole.last in ("scale", "dozen"):  # "and a half" of the last scale word
            value, unit = whole.value + fraction * whole.mult, whole.mult
        else:
            value, unit = whole.value + fraction, 1.0
        return _Reading(value, end, 0.5 * unit / d)

    def tens_and_unit(self, whole: _Whole) -> _Whole | None:
        """'twenty and three' as 23, only where 'and' and a fraction follow ('twenty and three
        and three fifths'); elsewhere it joins two numbers ('between twenty and three')."""
        if whole.last != "tens":
            return None
        unit = self.count(whole.end + 1, SPACE)
        if unit is None or not 1 <= unit.value <= 9 or self.word(unit.end, SPACE) != "and":
            return None
        return whole._replace(value=whole.value + unit.value, end=unit.end, last="unit")

    def ratio(self, whole: _Whole) -> _Reading | None:
        """'one over three', 'one over one hundred and twenty five'; not 'five over three years'."""
        if self.word(whole.end, SPACE) != "over":
            return None
        below = self.whole(whole.end + 1, SPACE)
        if below is None or below.value == 0 or self.word(below.end, LINK) in TIME_WORDS:
            return None
        return _Reading(whole.value / below.value, below.end, 0.5 / below.value)

    def decimal(self, whole: _Whole) -> _Reading | None:
        """'two hundred point zero three', 'point seventy-one', then maybe a scale word."""
        if whole.mult != 1 or self.word(whole.end, SPACE) != "point":
            return None
        digits, j = "", whole.end + 1
        while (count := self.count(j, SPACE)) is not None:
            digits, j = digits + str(int(count.value)), count.end
        if not digits:
            return None
        scale = SCALE_WORDS.get(self.word(j, LINK))
        value = float(f"{int(whole.value)}.{digits}")
        unit = 10.0 ** -len(digits)
        if scale:
            return _Reading(value * scale, j + 1, 0.5 * unit * scale)
        return _Reading(value, j, 0.5 * unit)

    # -- the number --------------------------------------------------------------

    def ordinal_follows(self, whole: _Whole) -> bool:
        """'twenty-first', 'twenty fifth', 'three hundredth', 'one hundred and first': an ordinal."""
        j = whole.end
        word, joint = self.word(j), self.joint(j)
        if whole.last == "tens" and joint == "-" and (word in ORDINAL_UNITS or word[:-1] in ORDINAL_UNITS):
            return True
        if (
            joint in LINK
            and word in ORDINAL_WORDS
            and word != "second"
            and whole.value != 1
            and not (joint == " " and self.joint(j + 1) == "-")
        ):
            return True
        if whole.last in ("hundred", "scale") and word == "and" and joint == " ":
            after = self.word(j + 1, SPACE)
            return after in ORDINAL_WORDS or (after in TENS_WORDS and self.word(j + 2, HYPHEN) in ORDINAL_UNITS)
        return False

    def number(self, i: int, joints=None) -> _Reading | None:
        whole = self.whole(i, joints)
        if whole is None:
            return self.leading_fraction(i, joints)
        for reader in (partial(self.fraction, i, joints), self.decimal, self.ratio, self.mixed):
            reading = reader(whole)
            if reading is not None:
                return reading
        if self.ordinal_follows(whole):
            return None
        return _Reading(whole.value, whole.end, 0.5 * whole.mult)

    def signed(self) -> _Reading | None:
        if self.word(0) not in SIGNS:
            return self.number(0)
        reading = self.number(1, SPACE)
        if reading is None:
            return None
        return reading._replace(value=-reading.value if reading.value else 0.0)


# The words a number can start with: the parser looks up its first word in these and nowhere else
# (Parser.signed, whole, group, count and leading_fraction).
_FIRST_WORDS = frozenset({*SIGNS, *UNIT_WORDS, *TENS_WORDS, *ARTICLES, "hundred", "dozen", "half", "quarter"})


def read_number_words(text: str, start: int) -> tuple[float, int, float] | None:
    """Read the spelled-out number that begins at text[start]; (value, end, half_unit) or None.

    end is just after the last word of the number. None if text[start] does not
    begin a word, or the words there are no number ("a car", "third", "twenty-first
    century"). Digits are not read ("5 dozen", "minus 5")."""
    if not 0 <= start < len(text) or (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
        return None
    first_word = _WORD.match(text, start)
    if first_word is None or first_word.group().lower() not in _FIRST_WORDS:
        return None  # most words are no number: no need to start the parser
    parser = _Parser(text, start)
    first = parser.tok(0)
    reading = parser.signed() if first and first.start == start else None
    if reading is None:
        return None
    return reading.value, parser.toks[reading.end - 1].end, reading.half_unit
