"""Measures: every row of data/measures.yaml is found in its own example, and the lookalikes are not."""

from __future__ import annotations

import pytest

from factcheck.measures import DIMENSIONS, KINDS, shipped

MEASURES = list(shipped().measures.values())


@pytest.mark.parametrize("measure", MEASURES, ids=[m.id for m in MEASURES])
def test_each_measure_is_found_in_its_example(measure):
    assert measure.example, f"{measure.id} has no example"
    assert measure.id in {m.measure for m in shipped().mentions(measure.example)}


@pytest.mark.parametrize("measure", MEASURES, ids=[m.id for m in MEASURES])
def test_each_measure_is_well_formed(measure):
    assert measure.dimension in DIMENSIONS and measure.kind in KINDS
    for other in (measure.growth, measure.per_capita, measure.of_gdp):
        assert other is None or other in shipped().measures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam is home to 100 million people", "population"),
        ("an economy worth $3 trillion", "gdp"),
        ("GDP per capita", "gdp-per-capita"),
        ("the jobless rate", "unemployment"),
        ("consumer prices rose", "inflation"),
        ("gross domestic product", "gdp"),
        ("economic output", "gdp"),
    ],
)
def test_editors_words(text, expected):
    assert [m.measure for m in shipped().mentions(text)] == [expected]


@pytest.mark.parametrize("text", ["the digital economy", "industrial output", "youth unemployment", "the marine economy"])
def test_lookalikes_are_not_the_measure(text):
    assert [m.measure for m in shipped().mentions(text)] == []


def test_names_resolve_to_ids():
    assert shipped().resolve("GDP") == "gdp"
    assert shipped().resolve("Gross domestic product") == "gdp"
    assert shipped().resolve("population") == "population"
    assert shipped().resolve("widgets") is None


def test_the_phrase_scan_finds_what_the_flat_case_blind_list_found():
    """The vocabulary is scanned as a trie after non-word characters; it finds the spans that the flat list of
    phrases, longest first, under (?i) and between word boundaries, found (the pattern it replaced)."""
    import re

    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    vocabulary = shipped()
    phrases = sorted(vocabulary._by_phrase, key=len, reverse=True)
    flat = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in phrases)
    first_pattern = re.compile(rf"(?<![\w-])(?:{flat})(?![\w-])", re.IGNORECASE)
    pieces = st.sampled_from(
        [*phrases[:40], *phrases[-40:], *(p.upper() for p in phrases[:10]), " ", "-", ", ", "x", "ab", "\n", "GDP", "(", "’s "]
    )

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.lists(pieces, max_size=12))
    def same_spans(chosen):
        text = "".join(chosen)
        found = [(m.start(), m.end()) for m in first_pattern.finditer(text)]
        first = vocabulary._at_start.match(text)
        ours = ([first.span("phrase")] if first else []) + [
            m.span("phrase") for m in vocabulary._pattern.finditer(text, first.end() if first else 0)
        ]
        assert ours == found

    same_spans()
