"""Every row of the grammar tables: its example sentence extracts as the row says.

The expected values are computed here from the example's own words (a tiny
parser of numerals, number words and scale words independent of the
product's), so a row whose example reads wrongly fails.
"""

from __future__ import annotations

import math
import re

import pytest

from factcheck.extract import grammar as G
from factcheck.extract.claims import scan

# Rows whose example sentence does not extract correctly today (strict: when
# the extractor is fixed, the xfail turns into a failure and must be removed).
BROKEN: dict[tuple[str, str], str] = {}

# fmt: off
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
}
# fmt: on
# fmt: off
_SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7, "lakhs": 1e5, "crores": 1e7, "lac": 1e5, "lacs": 1e5, "bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "k": 1e3,
    "m": 1e6, "mln": 1e6, "bln": 1e9, "tln": 1e12, "mil": 1e6, "dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "dozs": 12,
}
# fmt: on


def written_value(text: str) -> float:
    """The value a reader takes from a claim's text: its numeral (or number word) times its scale word."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if digits:
        number = float(digits.group().replace(",", ""))
        rest = text[digits.end() :]
    else:
        word = re.match(r"[A-Za-z]+", text).group().lower()
        number = _WORD_NUMBERS[word]
        rest = text[len(word) :]
    scale = re.match(r"([ \t-]*)([A-Za-z]+)", rest)
    factor = _SCALE_WORDS.get(scale.group(2).lower(), 1.0) if scale else 1.0
    if scale and scale.group(2) == "m" and (scale.group(1) or rest[scale.end() : scale.end() + 1].isdigit()):
        factor = 1.0  # "48 m" and "24703m2" are metres; only a glued "1.2m" is a million
    return number * factor


def rows(table_name: str, key: str = "surface"):
    table = getattr(G, table_name)
    params = []
    for row in table:
        name = getattr(row, key)
        marks = ()
        if (table_name, name) in BROKEN:
            marks = pytest.mark.xfail(strict=True, reason=BROKEN[(table_name, name)])
        params.append(pytest.param(row, id=name, marks=marks))
    return params


def only_claim(example: str):
    claims = scan(example)
    assert len(claims) == 1, f"{example!r} -> {[c.text for c in claims]}"
    claim = claims[0]
    assert example[claim.start : claim.end] == claim.text
    return claim


def has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("row", rows("SCALES", "word"))
def test_scale_row(row):
    claim = only_claim(row.example)
    assert has_word(claim.text, row.word), claim.text
    # The number before the scale word, times the row's factor.
    number_part = re.split(re.escape(row.word), claim.text, maxsplit=1, flags=re.IGNORECASE)[0]
    assert math.isclose(claim.quantity.value, written_value(number_part) * row.factor)
    assert math.isclose(claim.quantity.value, written_value(claim.text))


@pytest.mark.parametrize("row", rows("HEDGES", "phrase"))
def test_hedge_row(row):
    claim = only_claim(row.example)
    assert claim.quantity.hedge == row.phrase
    assert claim.quantity.bound == row.bound
    assert math.isclose(claim.quantity.value, written_value(claim.text))


@pytest.mark.parametrize("row", rows("BOUNDS_AFTER", "phrase"))
def test_bound_after_row(row):
    claim = only_claim(row.example)
    assert claim.quantity.hedge == row.phrase
    assert claim.quantity.bound == row.bound
    assert math.isclose(claim.quantity.value, written_value(claim.text))


@pytest.mark.parametrize("row", rows("CURRENCY_PREFIXES"))
def test_currency_prefix_row(row):
    claim = only_claim(row.example)
    assert claim.text.startswith(row.surface), claim.text
    assert claim.quantity.unit == row.code
    assert claim.kind == "level"
    assert math.isclose(claim.quantity.value, written_value(claim.text))


@pytest.mark.parametrize("row", rows("CURRENCY_NAMES"))
def test_currency_name_row(row):
    claim = only_claim(row.example)
    assert claim.text.endswith(row.surface), claim.text
    assert claim.quantity.unit == row.code
    assert claim.kind == "level"
    assert math.isclose(claim.quantity.value, written_value(claim.text))


@pytest.mark.parametrize("row", rows("PERCENT_UNITS"))
def test_percent_unit_row(row):
    claim = only_claim(row.example)
    assert claim.text.endswith(row.surface), claim.text
    assert claim.quantity.unit == row.name
    assert claim.kind in ("level", "change", "share")
    assert math.isclose(claim.quantity.value, written_value(claim.text))


@pytest.mark.parametrize("row", rows("PHYSICAL_UNITS"))
def test_physical_unit_row(row):
    claim = only_claim(row.example)
    assert claim.text.endswith(row.surface), claim.text
    assert claim.quantity.unit == row.name
    assert claim.kind == "level"
    assert math.isclose(claim.quantity.value, written_value(claim.text))


def test_every_row_has_an_example_with_its_surface():
    for row in (*G.HEDGES, *G.CURRENCY_PREFIXES, *G.CURRENCY_NAMES, *G.PERCENT_UNITS, *G.PHYSICAL_UNITS):
        surface = getattr(row, "surface", None) or row.phrase
        assert surface.lower() in row.example.lower(), row
    for row in G.SCALES:
        assert has_word(row.example.replace("$", " "), row.word) or re.search(rf"\d{row.word}\b", row.example), row


@pytest.fixture(scope="module")
def ureg():
    from factcheck.units import registry

    return registry()


@pytest.mark.parametrize("row", [pytest.param(r, id=r.surface) for r in G.PHYSICAL_UNITS])
def test_physical_unit_is_a_pint_unit_of_its_dimension(row, ureg):
    unit = ureg(row.name)  # raises UndefinedUnitError when pint does not know the name
    expected = ureg("").dimensionality if row.dimension == "dimensionless" else ureg.get_dimensionality(row.dimension)
    assert unit.dimensionality == expected, f"{row.name}: pint says {unit.dimensionality}, the table says {row.dimension}"


def test_every_ecb_currency_is_a_known_code():
    from currency_converter import CurrencyConverter

    ecb = set(CurrencyConverter().currencies)
    assert ecb, "the currencyconverter package knows no currency"
    missing = ecb - set(G.CURRENCY_CODES)
    assert not missing, f"ECB currencies missing from grammar.CURRENCY_CODES: {sorted(missing)}"


def test_currency_codes_are_unique_iso_codes():
    assert len(set(G.CURRENCY_CODES)) == len(G.CURRENCY_CODES)
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in G.CURRENCY_CODES)
    for row in (*G.CURRENCY_PREFIXES, *G.CURRENCY_NAMES):
        assert row.code in G.CURRENCY_CODES, row


@pytest.mark.parametrize("row", rows("SUBUNITS"))
def test_subunit_row(row):
    claim = only_claim(row.example)
    assert claim.quantity.unit == row.code
    assert row.surface in claim.text.lower()
    number = written_value(claim.text) if re.search(r"\d", claim.text) else 1
    assert math.isclose(claim.quantity.value, number * row.factor)


@pytest.mark.parametrize("row", rows("CURRENCY_SUFFIX_SYMBOLS"))
def test_currency_suffix_row(row):
    claim = only_claim(row.example)
    assert claim.text.endswith(row.surface), claim.text
    assert claim.quantity.unit == row.code
    assert math.isclose(claim.quantity.value, written_value(claim.text))


@pytest.mark.parametrize("row", rows("UNSCALED_DEGREES"))
def test_unscaled_degree_row(row):
    claim = only_claim(row.example)
    assert claim.quantity.unit == "degree"
    assert claim.text.endswith(row.surface)


@pytest.mark.parametrize("row", rows("MULTIPLES", "example"))
def test_multiple_row(row):
    claim = only_claim(row.example)
    assert claim.kind == "ratio"
    assert claim.quantity.value == row.value


@pytest.mark.parametrize("count", ["3", "three", "2.5"])
def test_a_multiple_after_a_verb_of_change_and_occasions_elsewhere(count):
    """ "rose 3 times" is a multiple, "visited 3 times" and "rose 3 times this year" are occasions."""
    (claim,) = scan(f"Exports rose {count} times in a decade.")
    assert (claim.kind, claim.quantity.value) == ("ratio", float(G.UNITS_WORDS.get(count, 0) or count))
    assert [c.kind for c in scan(f"Trade expanded {count} times since 2000.")] == ["ratio"]
    assert [c.kind for c in scan(f"He visited Hanoi {count} times.")] == ["count"]
    assert [c.kind for c in scan(f"Prices rose {count} times this year.")] != ["ratio"]


@pytest.mark.parametrize("word", ["twofold", "threefold", "Tenfold"])
def test_a_multiple_glued_to_fold(word):
    (claim,) = scan(f"Output rose {word} in ten years.")[:1]
    assert (claim.text, claim.kind) == (word, "ratio")
    assert claim.quantity.value == {"twofold": 2.0, "threefold": 3.0, "tenfold": 10.0}[word.lower()]


@pytest.mark.parametrize("word", G.ORDER_BEFORE_HALF)
def test_a_half_in_order_is_no_share(word):
    assert [c.text for c in scan(f"He scored in the {word} half of the match.")] == []


@pytest.mark.parametrize("row", rows("VAGUE_AMOUNTS", "phrase"))
def test_vague_amount_row(row):
    claim = only_claim(row.example)
    assert claim.text.lower() == row.phrase
    assert (claim.quantity.bound, claim.quantity.range.low, claim.quantity.range.high) == ("range", row.low, row.high)


@pytest.mark.parametrize("row", rows("RATE_NOUNS", "noun"))
def test_rate_noun_row(row):
    claim = only_claim(row.example)
    assert claim.text.endswith(row.noun), claim.text
    base, _, per = claim.quantity.unit.partition("/")
    assert base and per, claim.quantity.unit


@pytest.mark.parametrize("row", rows("NOT_CLAIMS", "what"))
def test_not_a_claim_row(row):
    from factcheck.document import Document
    from factcheck.extract.claims import extract_claims

    assert [c.text for c in extract_claims(Document("draft.md", row.example))] == []


def test_every_new_row_has_its_surface_in_its_example():
    for row in (*G.SUBUNITS, *G.CURRENCY_SUFFIX_SYMBOLS, *G.UNSCALED_DEGREES):
        assert row.surface.lower() in row.example.lower(), row
    for row in G.VAGUE_AMOUNTS:
        assert row.phrase in row.example.lower(), row
    for row in G.RATE_NOUNS:
        assert row.noun in row.example, row


@pytest.mark.parametrize("row", rows("NUMERALS", "what"))
def test_numeral_row(row):
    claims = [c for c in scan(row.example) if c.text == row.text]
    assert claims, f"{row.example!r} -> {[c.text for c in scan(row.example)]}"
    assert math.isclose(claims[0].quantity.value, row.value)
    assert claims[0].quantity.unit == row.unit


@pytest.mark.parametrize("row", rows("NOT_UNIT_NAMES", key="name"))
def test_ordinary_word_is_not_read_as_its_pint_unit(row, ureg):
    assert ureg.parse_units(row.name), "a refused name must be one pint defines"
    units = [claim.quantity.unit or "" for claim in scan(row.example)]
    assert not any(row.name in unit for unit in units), f"{row.example!r} read as {units}"


@pytest.mark.parametrize("row", rows("COMPOUND_UNITS", key="example"))
def test_amount_in_two_units_is_one_claim_in_the_larger(row):
    whole, part = (float(n) for n in re.findall(r"\d+", row.example))
    claims = scan(row.example)
    assert [(c.quantity.unit, pytest.approx(c.quantity.value)) for c in claims] == [(row.larger, whole + part / row.per)]


# -- the word tables: each word, in a sentence, does what its table says --------------------------------


def _the(text: str):
    (claim,) = [c for c in scan(text) if c.text[:1].isdigit() or c.text[:1] in "$"][:1]
    return claim


@pytest.mark.parametrize("word", G.MONEY_CONTEXT_WORDS)
def test_a_money_word_makes_pounds_sterling(word):
    assert _the(f"The {word} was 25 pounds.").quantity.unit == "GBP"


def test_without_a_money_word_pounds_are_a_weight():
    assert _the("He lost 25 pounds last year.").quantity.unit == "pound"


@pytest.mark.parametrize("verb", G.ABSOLUTE_CHANGE_VERBS)
def test_a_change_verb_makes_an_amount_a_change(verb):
    claim = _the(f"Exports {verb} 4 billion dollars.")
    assert (claim.kind, claim.quantity.unit) == ("change", "USD")


@pytest.mark.parametrize("noun", G.ABSOLUTE_CHANGE_NOUNS)
def test_a_change_noun_makes_an_amount_a_change(noun):
    assert _the(f"The region saw an {noun} of 3,000 jobs.").kind == "change"


@pytest.mark.parametrize("form", G.MAKE_UP_FORMS)
def test_what_makes_up_a_whole_is_a_share_not_a_change(form):
    assert _the(f"Exports {form} about 30 percent of trade.").kind != "change"


@pytest.mark.parametrize("word", G.NOT_A_WHOLE)
def test_a_percentage_of_a_change_is_not_a_share(word):
    assert _the(f"Exports accounted for 40 percent of the {word}.").kind != "share"
    assert _the("Exports accounted for 40 percent of the total.").kind == "share"


@pytest.mark.parametrize("per", G.TIMES_PER)
def test_times_per(per):
    claim = next(c for c in scan(f"Trains run four times a {per} on the line.") if c.kind != "ratio")
    assert claim.quantity.unit == f"count/{per}"


@pytest.mark.parametrize("people", G.RATE_PEOPLE)
def test_a_rate_per_people(people):
    assert _the(f"The death rate was 5 per 100,000 {people} last year.").quantity.unit == f"count/100000 {people}"


@pytest.mark.parametrize("noun", G.MILLION_NOUNS)
def test_a_glued_m_before_people_is_a_million(noun):
    assert _the(f"The city has 1.2m {noun} today.").quantity.value == pytest.approx(1.2e6)


@pytest.mark.parametrize("word", G.METRE_WORDS)
def test_a_glued_m_before_these_words_stays_metres(word):
    claim = _the(f"They built a 48m {word} the river bank.")
    assert claim.quantity.value < 1e6


@pytest.mark.parametrize("word", G.NOT_PLURALS)
def test_a_glued_m_before_a_word_in_s_that_is_no_plural_stays_metres(word):
    assert _the(f"The span of 48m {word} here.").quantity.value < 1e6


@pytest.mark.parametrize("word", G.NOUN_ENDS)
def test_a_counted_noun_ends_before_these_words(word):
    assert _the(f"There are 45 vehicle companies {word} the region.").noun == "vehicle companies"


@pytest.mark.parametrize("phrase", G.PART_OF)
def test_a_part_of_a_whole(phrase):
    from factcheck import consistency
    from factcheck.document import Document
    from factcheck.extract.claims import extract_claims

    doc = Document("d.txt", f"Total trade reached 401.33 billion yuan, {phrase} exports were 514.93 billion yuan.")
    findings = consistency.contradictions_in(extract_claims(doc), doc)
    assert [f.claim.text for f in findings.values()] == ["514.93 billion yuan"]


@pytest.mark.parametrize("word", G.FALL_AFTER)
def test_a_fall_after_a_change(word):
    from factcheck.derived import _FALL_AFTER, falling
    from factcheck.document import Document
    from factcheck.extract.claims import extract_claims

    assert _FALL_AFTER.match(f" {word} in exports") and _FALL_AFTER.match(f"-year-on-year {word}")
    (drop,) = [c for c in extract_claims(Document("d.txt", "Exports posted a 5 percent drop in 2024.")) if c.kind == "change"]
    assert falling(drop)


@pytest.mark.parametrize("word", G.RANGE_OPENERS)
def test_a_range_opener(word):
    claim = _the(f"Growth was {word} 5 {'and' if word == 'between' else 'to'} 7 percent.")
    assert (claim.quantity.bound, claim.quantity.range.low, claim.quantity.range.high) == ("range", 5, 7)


@pytest.mark.parametrize("word", G.VERSION_WORDS)
def test_a_version_is_no_quantity(word):
    assert not scan(f"Install {word} 2.5 today.")


@pytest.mark.parametrize("word", G.LINKING_WORDS)
def test_parentheses_after_a_linking_word_are_a_minus(word):
    (claim,) = scan(f"The net result {word} (USD 99.99).")
    assert claim.text == "(USD 99.99)" and claim.quantity.value == pytest.approx(-99.99)


@pytest.mark.parametrize("word", G.YEAR_WORDS)
def test_a_yearly_percentage(word):
    assert _the(f"Prices rose 5 percent a {word}.").quantity.unit == "percent"


@pytest.mark.parametrize("word", G.CENT_WORDS)
def test_cents_after_money(word):
    assert _the(f"The ticket cost 3 dollars 50 {word}.").quantity.value == pytest.approx(3.5)


@pytest.mark.parametrize("row", G.PERIOD_PATTERNS, ids=[f"{r.kind}: {r.example}" for r in G.PERIOD_PATTERNS])
def test_period_row(row):
    from factcheck.extract.period_mentions import find_periods

    mentions = find_periods(row.example)
    assert [m.kind for m in mentions] == [row.kind], row.example
    assert mentions[0].end == len(row.example)  # the whole expression, to its last word


@pytest.mark.parametrize("hedge", G.MAKE_UP_HEDGES)
def test_a_hedged_share_after_made_up_is_no_change(hedge):
    assert _the(f"Exports made up {hedge} 30 percent of trade.").kind == "share"  # not a change: "up" makes none here


@pytest.mark.parametrize("phrase", G.AND_A_HALF)
def test_and_a_half_after_digits(phrase):
    assert _the(f"The works took 2 {phrase} years.").quantity.value == pytest.approx(2.5)


@pytest.mark.parametrize("phrase", G.FRACTIONS_OF_A_SCALE)
def test_a_fraction_of_the_scale_word_before_it(phrase):
    claim = _the(f"The city has 3 million and {phrase} residents.")
    assert claim.quantity.value == pytest.approx((3 + G.FRACTIONS_OF_A_SCALE[phrase]) * 1e6)


@pytest.mark.parametrize("words", G.OUT_OF)
def test_a_part_out_of_a_whole_is_a_share(words):
    claim = only_claim(f"Two {words} five adults voted.")
    assert (claim.kind, claim.quantity.unit, claim.quantity.value) == ("share", "percent", pytest.approx(40.0))


@pytest.mark.parametrize("joiner", G.RANGE_JOINERS)
def test_a_range_joiner(joiner):
    opener = "between " if joiner == "and" else ""
    claim = _the(f"Growth was {opener}5 {joiner} 7 percent.")
    assert (claim.quantity.bound, claim.quantity.range.low, claim.quantity.range.high) == ("range", 5, 7)


@pytest.mark.parametrize("hedge", [h.phrase for h in G.HEDGES])
def test_a_hedged_change_is_a_change(hedge):
    """'grew by about 24.3 percent': a hedge between the change words and the number keeps it a change."""
    claim = _the(f"Exports rose by {hedge} 30 percent.")
    assert claim.kind == "change" and claim.quantity.hedge == hedge.lower()


@pytest.mark.parametrize("idiom", G.IDIOMS)
def test_an_idiom_is_no_quantity(idiom):
    text = f"It was {idiom} the things we saw."
    at = text.index(idiom)
    assert not [c.text for c in scan(text) if c.start <= at < c.end], idiom


@pytest.mark.parametrize("verb", G.CHANGING_VERBS)
def test_a_verb_that_changes_its_object_then_by_makes_a_change(verb):
    assert _the(f"The bank {verb} its key rate by 5 percent.").kind == "change"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The bank cut rates by 0.5 percentage points.", "change"),
        ("Rates fell by 25 bp.", "change"),
        ("The spread was 150 basis points.", "level"),
        ("The bill was backed by 60 percent.", "level"),  # "by" after a passive verb: who, not how much it changed
        ("The share held by 40 percent of households fell.", "share"),
    ],
)
def test_by_before_points_is_a_change_and_a_passive_by_is_not(sentence, kind):
    assert _the(sentence).kind == kind


def test_every_period_pattern_that_starts_with_a_number_starts_with_a_year():
    """find_periods tries the patterns only at years and at words: a row starting with another number would never be tried."""
    for row in G.PERIOD_PATTERNS:
        body = row.pattern.removeprefix(r"\b").lstrip("(")
        assert not body[:1].isdigit() and not body.startswith(("?P<n>", "COUNT", r"\d")), row.pattern


ENDINGS = {  # each pattern read at the end of the text before a number, and the table rows it is written from
    "_HEDGE_BEFORE": [h.phrase for h in G.HEDGES],
    "_CHANGE_BEFORE": list(G.CHANGE_BEFORE),
    "_SIGN_BEFORE": ["minus", "negative"],
    "_BETWEEN_BEFORE": list(G.RANGE_OPENERS),
    "_AGE_BEFORE": list(G.AGE_BEFORE),
    "_NOT_A_COUNT_BEFORE": list(G.NAME_WORDS),
    "_ANAPHORA": list(G.ANAPHORIC_AFTER),
    "_ABSOLUTE_CHANGE": [*G.ABSOLUTE_CHANGE_VERBS, *(f"{noun} of" for noun in G.ABSOLUTE_CHANGE_NOUNS)],
    "_ORDER_BEFORE_HALF": list(G.ORDER_BEFORE_HALF),
}


@pytest.mark.parametrize(("ending", "phrase"), [(name, phrase) for name, phrases in ENDINGS.items() for phrase in phrases])
def test_every_row_passes_the_last_word_test_of_its_ending(ending, phrase):
    """An ending is searched for only when the last word before the number passes its test: a row added to a
    table must pass it too, or its phrase is never found."""
    from factcheck.extract import scanner

    before = f"It was {phrase} " if phrase[0].isalnum() else f"It was {phrase}"  # a sign stands at the number: "#3", "~5%"
    assert scanner._tail(getattr(scanner, ending), before, 60) is not None
