"""Claim extraction, table-driven: sentence -> span, value, unit, bound, kind; and what is not a claim."""

from __future__ import annotations

import math

import pytest

from factcheck.document import Document
from factcheck.extract.claims import extract_claims, scan

# sentence, claim text, value, unit, bound, kind
CLAIMS = [
    # counts with nouns
    ("The cluster has 45 complete vehicle companies.", "45", 45, None, "exact", "count"),
    ("Six railway corridors have been built between them.", "Six", 6, None, "exact", "count"),
    ("It works with more than 1,600 supporting suppliers.", "1,600", 1600, None, "lower", "count"),
    ("They launched 311 joint services.", "311", 311, None, "exact", "count"),
    ("Twenty-one expressways have been built.", "Twenty-one", 21, None, "exact", "count"),
    ("They build four trillion-yuan level industrial clusters.", "four", 4, None, "exact", "count"),
    ("They build four trillion-yuan clusters and spent four trillion yuan.", "four trillion yuan", 4e12, "CNY", "exact", "level"),
    ("A city of 1.2m people.", "1.2m", 1.2e6, None, "exact", "count"),
    ("Tens of thousands of people marched.", "Tens of thousands", 1e4, None, "range", "count"),
    ("One in five adults smoke.", "One in five", 20, "percent", "exact", "share"),
    ("A quarter of the vote went to them.", "A quarter", 25, "percent", "exact", "share"),
    ("Shares closed at $70 a share.", "$70 a share", 70, "USD/share", "exact", "level"),
    ("No less than 30 percent of the land.", "30 percent", 30, "percent", "lower", "share"),
    ("Some 500 people or more came.", "500", 500, None, "approx", "count"),
    ("Output rose from 3 million to 4 million tonnes.", "3 million to 4 million tonnes", 4e6, "metric_ton", "range", "change"),
    # money with scale words and currencies
    ("They signed technology contracts exceeding 280 billion yuan in value.", "280 billion yuan", 280e9, "CNY", "lower", "level"),
    ("Bilateral trade reached 911.7 billion U.S. dollars in 2023.", "911.7 billion U.S. dollars", 911.7e9, "USD", "exact", "level"),
    ("Total trade reached 4.5 trillion yuan.", "4.5 trillion yuan", 4.5e12, "CNY", "exact", "level"),
    ("They closed a deal worth US$5bn.", "US$5bn", 5e9, "USD", "exact", "level"),
    ("They closed a deal worth US$5 million.", "US$5 million", 5e6, "USD", "exact", "level"),
    ("The fund holds €12 million in grants.", "€12 million", 12e6, "EUR", "exact", "level"),
    ("The bank lent RMB 3 billion to the city.", "RMB 3 billion", 3e9, "CNY", "exact", "level"),
    ("Investment had surpassed 400 billion U.S. dollars.", "400 billion U.S. dollars", 400e9, "USD", "lower", "level"),
    ("The contracts are worth about 39 billion U.S. dollars.", "39 billion U.S. dollars", 39e9, "USD", "approx", "level"),
    # percentages: shares and changes
    ("Their output accounted for 11 percent of the national total.", "11 percent", 11, "percent", "exact", "share"),
    ("With over 80 percent of it made locally.", "80 percent", 80, "percent", "lower", "share"),
    (
        "Trade with ASEAN stood at 214.93 billion yuan, a 24.3 percent year-on-year increase.",
        "24.3 percent",
        24.3,
        "percent",
        "exact",
        "change",
    ),
    ("Trade has grown at an average annual rate of 7.5 percent since 2013.", "7.5 percent", 7.5, "percent", "exact", "change"),
    ("Trade reached 4.5 trillion yuan, a year-on-year increase of 10 percent.", "10 percent", 10, "percent", "exact", "change"),
    ("Guangxi's trade grew 24.3 percent year on year.", "24.3 percent", 24.3, "percent", "exact", "change"),
    ("The share fell by 2 percentage points.", "2 percentage points", 2, "percentage_point", "exact", "change"),
    ("Prices may rise by up to 40 percent.", "40 percent", 40, "percent", "upper", "level"),
    ("Less than 5 percent of the firms replied.", "5 percent", 5, "percent", "upper", "share"),
    # durations
    ("The transfer has been shortened to as fast as 10 minutes.", "10 minutes", 10, "minute", "lower", "level"),
    ("The travel time was cut to around two hours.", "two hours", 2, "hour", "approx", "level"),
    ("China has been ASEAN's largest trading partner for 15 consecutive years.", "15 consecutive years", 15, "year", "exact", "level"),
    ("Tickets can be booked just one hour in advance.", "one hour", 1, "hour", "exact", "level"),
    # physical units
    ("The line is 300 km long.", "300 km", 300, "kilometer", "exact", "level"),
    ("They harvested 2 million tonnes of grain.", "2 million tonnes", 2e6, "metric_ton", "exact", "level"),
    # multipliers
    ("The number of enterprises has doubled since 2020.", "doubled", 2, None, "exact", "ratio"),
    ("Exports have tripled.", "tripled", 3, None, "exact", "ratio"),
    ("The waiting time has halved.", "halved", 0.5, None, "exact", "ratio"),
    # ranks
    ("It is now the third largest automobile industry cluster nationwide.", "third largest", 3, None, "exact", "rank"),
    ("It is the third-largest cluster in the country.", "third-largest", 3, None, "exact", "rank"),
    ("Nanning is the 2nd busiest port.", "2nd busiest", 2, None, "exact", "rank"),
    # a bound after the amount, and words that only look like one
    ("The hall seats 500 people or more.", "500", 500, None, "lower", "count"),
    ("The region has 36 complete-vehicle makers and more than 800 supporting suppliers.", "36", 36, None, "exact", "count"),
    ("Of those aged 65 and over 30 percent live alone.", "65", 65, "year", "exact", "level"),
]


def _only(sentence: str, text: str):
    claims = scan(sentence)
    matching = [c for c in claims if c.text == text]
    assert matching, f"{text!r} not found in {sentence!r}: {[c.text for c in claims]}"
    assert len(matching) == 1
    return matching[0]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "bound", "kind"), CLAIMS, ids=[c[1] for c in CLAIMS])
def test_claim(sentence, text, value, unit, bound, kind):
    claim = _only(sentence, text)
    assert sentence[claim.start : claim.end] == claim.text
    assert math.isclose(claim.quantity.value, value)
    assert claim.quantity.unit == unit
    assert claim.quantity.bound == bound
    assert claim.kind == kind


@pytest.mark.parametrize(
    ("sentence", "hedge", "bound"),
    [
        ("with more than 1,600 supporting suppliers", "more than", "lower"),
        ("with over 1,600 supporting suppliers", "over", "lower"),
        ("contracts exceeding 280 billion yuan", "exceeding", "lower"),
        ("investment had surpassed 400 billion U.S. dollars", "surpassed", "lower"),
        ("shortened to as fast as 10 minutes", "as fast as", "lower"),
        ("about 39 billion U.S. dollars", "about", "approx"),
        ("around two hours", "around", "approx"),
        ("up to 40 percent", "up to", "upper"),
        ("less than 5 percent", "less than", "upper"),
        ("1,600 supporting suppliers", None, "exact"),
    ],
)
def test_hedge_gives_bound(sentence, hedge, bound):
    (claim,) = scan(sentence)
    assert claim.quantity.hedge == hedge
    assert claim.quantity.bound == bound
    # The hedge is not part of the claim's span: the span is the quantity.
    assert sentence[claim.start : claim.end] == claim.text
    assert hedge is None or hedge not in claim.text


def test_count_keeps_its_noun():
    (claim,) = scan("The cluster has 45 complete vehicle companies.")
    assert claim.noun == "complete vehicle companies"
    (claim,) = scan("It works with more than 1,600 supporting suppliers.")
    assert claim.noun == "supporting suppliers"


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit"),
    [
        ("Prices rose 10-20 percent.", "10-20 percent", 10, 20, "percent"),
        ("Prices rose 10 to 20 percent.", "10 to 20 percent", 10, 20, "percent"),
        ("Prices rose between 10 and 20 percent.", "10 and 20 percent", 10, 20, "percent"),
        ("The plan costs from 5 to 7 billion yuan.", "5 to 7 billion yuan", 5e9, 7e9, "CNY"),
    ],
)
def test_range(sentence, text, low, high, unit):
    claim = _only(sentence, text)
    assert claim.quantity.bound == "range"
    assert claim.quantity.unit == unit
    assert math.isclose(claim.quantity.range.low, low)
    assert math.isclose(claim.quantity.range.high, high)


# Drafts wrap their paragraphs: a hedge, a unit or a currency on the next line still belongs to the number.
@pytest.mark.parametrize(
    ("text", "claim_text", "unit", "bound"),
    [
        ("Sichuan and Chongqing now share more\nthan 13,000 large instruments.", "13,000", None, "lower"),
        ("It works with more than\n1,600 supporting suppliers.", "1,600", None, "lower"),
        ("China has spent 15\nconsecutive years as ASEAN's largest trading partner.", "15\nconsecutive years", "year", "exact"),
        ("Contracts are worth 280 billion\nyuan.", "280 billion\nyuan", "CNY", "exact"),
        ("The contracts are worth about\n39 billion U.S. dollars.", "39 billion U.S. dollars", "USD", "approx"),
    ],
)
def test_claim_across_a_line_break(text, claim_text, unit, bound):
    (claim,) = extract_claims(Document("draft.md", text))
    assert claim.text == claim_text
    assert text[claim.start : claim.end] == claim.text
    assert claim.quantity.unit == unit
    assert claim.quantity.bound == bound


def test_paragraphs_and_list_items_stay_apart():
    text = "Trade grew fast\n\n45 companies joined.\n- 300 projects\n- 12 parks\n"
    claims = extract_claims(Document("draft.md", text))
    assert [c.text for c in claims] == ["45", "300", "12"]
    assert [c.noun for c in claims][1:] == ["projects", "parks"]


NOT_CLAIMS = [
    "2024-08-13 22:52",
    "2024-08-13 22:52 Last Updated At:08-14 03:17",
    "08-14 03:17",
    "The officials spoke at 15:07.",
    "The CAFTA came into effect on Jan 1, 2010.",
    "The expo will be held in Nanning from Sept 24 to 28.",
    "The talks were officially launched in Nov 2022.",
    "The exhibition opens on 24 September 2024.",
    "In 2023, trade hit a new record.",
    "Trade has grown steadily since 2013.",
    "The Third Plenary Session of the 20th Central Committee met.",
    "The 21st China-ASEAN Expo will be held in Nanning.",
    "The ninth round of negotiations just concluded.",
    "Negotiations for an upgraded version (CAFTA 3.0) are progressing.",
    "They are pushing forward the version 3.0 CAFTA negotiations.",
    "Read it at https://example.org/global/article/4074907-sichuan-2024 today.",
    "See www.example.com/2024/09/12/story-311.html for more.",
    "The hall offers a one-stop platform for residents.",
    "It is one of the largest clusters.",
    "The two places should work closely together.",
    "Flights were cut during COVID-19.",
    "See page 3 of the report.",
    # an article starts these, so the scanner must still try the token at it
    "Write to a@1.example.org for the data.",
    "Write to a.b@1.example.org for the data.",
    "The an-12 rocket flew.",
    "A few hundred came.",
    "Write to may.li@1.example.org today.",
    "Mail first+news@1.example.org now.",
    "Several hundred came, and many thousands on May 5.",
    "He was ranked #3 in the league.",
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_not_a_claim(sentence):
    assert [c.text for c in scan(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The CAFTA came into effect on Jan 1, 2010, leading to trade among the 11 countries.", ["11"]),
        ("The 21st China-ASEAN Expo will be held from Sept 24 to 28, with 300 exhibitors.", ["300"]),
        ("Since 2013, trade has grown at an average annual rate of 7.5 percent.", ["7.5 percent"]),
        ("The version 3.0 talks, launched in Nov 2022, covered 15 countries.", ["15"]),
    ],
)
def test_only_the_claim_in_a_sentence_with_dates_and_names(sentence, texts):
    assert [c.text for c in scan(sentence)] == texts


def _claims(text: str):
    return extract_claims(Document("story.txt", text))


@pytest.mark.parametrize(
    ("text", "claim_text", "period"),
    [
        (
            "2024-08-13 22:52\nIn the first half of this year, Sichuan and Chongqing implemented 300 major co-construction projects.",
            "300",
            "2024-H1",
        ),
        (
            "2024-08-13 22:52\nIn the first eight months of 2024, total trade reached 4.5 trillion yuan.",
            "4.5 trillion yuan",
            "2024-01/2024-08",
        ),
        (
            "2024-08-13 22:52\nBy July, cumulative two-way investment had surpassed 400 billion U.S. dollars.",
            "400 billion U.S. dollars",
            "2024-07",
        ),
        ("2024-08-13 22:52\nIn 2023, trade between Guangxi and ASEAN reached 339.44 billion yuan.", "339.44 billion yuan", "2023"),
        (
            "---\ntitle: Story\ndate: 2024-08-13\n---\nIn the first half of this year, they implemented 300 major projects.",
            "300",
            "2024-H1",
        ),
        ("---\ndate: 2025-03-01\n---\nIn the first half of this year, they implemented 300 major projects.", "300", "2025-H1"),
        (
            "---\ndate: 2025-03-01\n---\nBy November, investment had surpassed 400 billion U.S. dollars.",
            "400 billion U.S. dollars",
            "2024-11",
        ),
        (
            "2024-09-20 10:00\nIn the\nfirst seven months of 2024 its trade reached 214.93 billion yuan.",
            "214.93 billion yuan",
            "2024-01/2024-07",
        ),
        # A span of months without a year: this year's, or last year's when it runs past the story's month.
        ("2024-09-20 10:00\nTrade jumped 10 per cent in January-August.", "10 per cent", "2024-01/2024-08"),
        ("2024-09-20 10:00\nTrade rose 5 percent in Jan-Aug.", "5 percent", "2024-01/2024-08"),
        ("2024-09-20 10:00\nSales in the January to August period rose 3 percent.", "3 percent", "2024-01/2024-08"),
        ("2025-03-01 10:00\nTrade rose 5 percent in January–August.", "5 percent", "2024-01/2024-08"),
        ("2024-09-20 10:00\nTrade rose 5 percent in January-August 2023.", "5 percent", "2023-01/2023-08"),
        ("2024-09-20 10:00\nIn January, trade rose 5 percent.", "5 percent", "2024-01"),
        # A half or a quarter without a year: this year's, or last year's when it has not begun by the story's date.
        ("2024-09-20 10:00\nExports climbed to $3.2bn in the second quarter.", "$3.2bn", "2024-Q2"),
        ("2025-03-01 10:00\nThe fourth quarter saw 5 percent growth.", "5 percent", "2024-Q4"),
        ("2024-09-20 10:00\nIn the first half, 300 firms opened.", "300", "2024-H1"),
        ("2024-09-20 10:00\nPower use rose 1.6% in the first eight months.", "1.6%", "2024-01/2024-08"),
        ("2025-03-01 10:00\nPower use rose 1.6% in the first eight months.", "1.6%", "2024-01/2024-08"),
        ("2024-09-20 10:00\nWe expect growth of 5 percent in the second half.", "5 percent", "2024-H2"),
        # The last n months or years before the story's: a period, and its number no claim.
        ("2024-09-20 10:00\nCosts rose 7 percent in the past 12 months.", "7 percent", "2023-09/2024-08"),
        ("2024-09-20 10:00\nDuring the last six months, exports fell 3 percent.", "3 percent", "2024-03/2024-08"),
        ("2024-09-20 10:00\nSales rose 30 percent over the past five years.", "30 percent", "2019/2023"),
    ],
)
def test_period(text, claim_text, period):
    claims = _claims(text)
    # The period expression itself ("eight months", "2024") is not a claim.
    assert [c.text for c in claims] == [claim_text]
    assert claims[0].period is not None
    assert claims[0].period.label == period


def test_period_follows_each_storys_dateline():
    text = (
        "2023-05-02 09:00\nIn the first half of this year, they implemented 120 major projects.\n\n"
        "2024-08-13 22:52\nIn the first half of this year, they implemented 300 major projects.\n"
    )
    claims = _claims(text)
    assert [(c.text, c.period.label) for c in claims] == [("120", "2023-H1"), ("300", "2024-H1")]


def test_claims_carry_their_spans_in_the_document():
    text = "2024-08-13 22:52\nThey share more than 13,000 instruments and signed contracts exceeding 280 billion yuan.\n"
    claims = _claims(text)
    assert [c.text for c in claims] == ["13,000", "280 billion yuan"]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan covers 2020-2024 and beyond.",
        "Over 2013–2023 trade grew steadily.",
    ],
)
def test_a_span_of_years_is_not_a_claim(sentence):
    assert scan(sentence) == []


@pytest.mark.parametrize(
    "sentence, low, high, unit",
    [
        ("Prices rose 5-7% last year.", 5.0, 7.0, "percent"),
        ("between 5 and 7 percent of voters", 5.0, 7.0, "percent"),
        ("from 3 million to 4 million tonnes", 3e6, 4e6, "metric_ton"),
    ],
)
def test_ranges_keep_both_ends(sentence, low, high, unit):
    (claim,) = scan(sentence)
    assert (claim.quantity.bound, claim.quantity.range.low, claim.quantity.range.high, claim.quantity.unit) == ("range", low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Revenue rose by nearly a third to 4.2 billion euros.", "a third", 100 / 3, "percent"),
        ("Prices fell by half in 2023.", "half", 50.0, "percent"),
        ("Output rose by one-third.", "one-third", 100 / 3, "percent"),
        ("Sales rose by ½.", "½", 50.0, "percent"),
        # A fraction of a unit is no fraction of the thing: "half a point", "1/4 point".
        ("The index rose by half a point.", "half", 0.5, None),
        ("The index rose by 1/4 point.", "1/4", 0.25, None),
    ],
)
def test_a_fraction_as_a_change_is_a_percentage(sentence, text, value, unit):
    (claim,) = [c for c in scan(sentence) if c.text == text]
    assert claim.kind == "change" and claim.quantity.unit == unit and claim.quantity.value == pytest.approx(value)


def test_context_keeps_every_field_the_grammar_read():
    """extract_claims makes each quantity the grammar scanned a claim with its context; whatever the grammar read
    must come through unchanged (a field added to Scanned fails here until the claim carries it)."""
    text = "Exports rose 12 percent to $4.5 billion, and 1,600 suppliers (about 30 percent) joined in 2023."
    read = scan(text)
    found = extract_claims(Document("draft.txt", text))
    assert [c.start for c in found] == [c.start for c in read] and len(found) == 4
    assert {c.noun for c in read} == {"", "suppliers"}
    for scanned, extracted in zip(read, found):
        for name in scanned._fields:
            assert getattr(extracted, name) == getattr(scanned, name), name
