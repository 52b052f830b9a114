"""Numbers written in words, table-driven: sentence -> the words read, their value, half unit; what is no number."""

from __future__ import annotations

import math
import re
import time

import pytest

from factcheck.extract.number_words import (
    MAX_WORDS,
    NUMBER_WORD_START,
    read_number_words,
)

START = re.compile(NUMBER_WORD_START)

# sentence, the number's words (read from their first occurrence), value
READS = [
    # units, teens and tens: hyphen, spaces, " - "
    ("They hired twenty-one engineers last spring.", "twenty-one", 21),
    ("Only fifty - two ferries still sail.", "fifty - two", 52),
    ("fifty   two", "fifty   two", 52),
    ("The mill employs ninety five weavers.", "ninety five", 95),
    ("Twenty-Six lanterns hung over the square.", "Twenty-Six", 26),
    ("FIVE towers were lit.", "FIVE", 5),
    ("The vote was seventeen to nine.", "seventeen", 17),
    ("Her score was zero.", "zero", 0),
    ("nought", "nought", 0),
    # hundreds with and without "and"
    ("The depot holds one hundred and sixty-one buses.", "one hundred and sixty-one", 161),
    ("Three hundred  and  thirty one kites flew.", "Three hundred  and  thirty one", 331),
    ("About a hundred and two pilgrims arrived.", "a hundred and two", 102),
    ("The club has one hundred twenty members.", "one hundred twenty", 120),
    ("two hundred and fifty thousand", "two hundred and fifty thousand", 250000),
    ("two hundred fifty thousand", "two hundred fifty thousand", 250000),
    ("The bridge opened in nineteen hundred.", "nineteen hundred", 1900),
    # scales
    ("The scheme costs three lakh crore rupees.", "three lakh crore", 3e12),
    ("The state set aside two thousand crore for roads.", "two thousand crore", 2e10),
    ("The debt is twenty-one trillion three hundred dollars.", "twenty-one trillion three hundred", 21000000000300),
    ("twenty-one trillion and three hundred", "twenty-one trillion and three hundred", 21000000000300),
    ("The port handled two hundred and two thousand boxes.", "two hundred and two thousand", 202000),
    ("two  thousand  and  two hundred", "two  thousand  and  two hundred", 2200),
    ("It logged one million two thousand two hundred visits.", "one million two thousand two hundred", 1002200),
    ("The census counted three million, two hundred & forty owls.", "three million, two hundred & forty", 3000240),
    ("They sold three million, two hundred thousand tickets.", "three million, two hundred thousand", 3200000),
    ("Nearly a million voters stayed home.", "a million", 1e6),
    ("The fair drew one thousand and one stalls.", "one thousand and one", 1001),
    ("It was two thousand twenty-four.", "two thousand twenty-four", 2024),
    ("The grant paid four lakhs.", "four lakhs", 4e5),
    # dozens
    ("She baked a dozen loaves.", "a dozen", 12),
    ("We kept half a dozen goats.", "half a dozen", 6),
    ("The farm shipped three dozens of eggs.", "three dozens", 36),
    ("The choir sang three hundred and two dozens carols.", "three hundred and two dozens", 324),
    ("He ordered a dozen and a half roses.", "a dozen and a half", 18),
    ("one and a half dozen", "one and a half dozen", 18),
    # fractions
    ("Only a half of the orchard survived.", "a half", 0.5),
    ("one half", "one half", 0.5),
    ("Rents fell by one-half.", "one-half", 0.5),
    ("Two thirds of the wells ran dry.", "Two thirds", 2 / 3),
    ("three quarters of the crew", "three quarters", 0.75),
    ("A quarter of the seats were empty.", "A quarter", 0.25),
    ("one eighth", "one eighth", 0.125),
    ("five eighths", "five eighths", 0.625),
    ("five - eighths", "five - eighths", 0.625),
    ("one-eighth", "one-eighth", 0.125),
    ("one sixth", "one sixth", 1 / 6),
    ("three halves", "three halves", 1.5),
    ("a fifth", "a fifth", 0.2),
    ("twenty fifths", "twenty fifths", 4),
    ("a hundredth", "a hundredth", 0.01),
    ("a trillionth", "a trillionth", 1e-12),
    ("a hundred trillionths", "a hundred trillionths", 1e-10),
    ("one twenty-fifth", "one twenty-fifth", 0.04),
    ("three twenty-firsts", "three twenty-firsts", 3 / 21),
    ("They won a third more seats.", "a third", 1 / 3),
    ("The bill passed with a two-third majority.", "two-third", 2 / 3),
    ("one fourth", "one fourth", 0.25),
    ("a third of the vote", "a third", 1 / 3),
    ("Two-thirds of members agreed.", "Two-thirds", 2 / 3),
    # a plural ordinal takes the whole number before it as numerator ...
    ("one hundred and thirty fifths", "one hundred and thirty fifths", 26),
    ("one hundred and thirty-two fifths", "one hundred and thirty-two fifths", 26.4),
    ("one hundred thirty two fifths", "one hundred thirty two fifths", 26.4),
    ("one hundred thirty-two fifths", "one hundred thirty-two fifths", 26.4),
    ("twenty-three fifths", "twenty-three fifths", 4.6),
    ("twenty one fifths", "twenty one fifths", 4.2),
    ("ninety - five hundred fifths", "ninety - five hundred fifths", 1900),
    ("one million two thousand two hundred three fifths", "one million two thousand two hundred three fifths", 1002203 / 5),
    ("a hundred thousand trillionths", "a hundred thousand trillionths", 1e-7),
    # ... unless the words before it begin a compound ordinal and a number is left
    ("one hundred thirty fifths", "one hundred thirty fifths", 100 / 35),
    ("one hundred thirty-fifths", "one hundred thirty-fifths", 100 / 35),
    ("The answer is minus one hundred thirty fifths", "minus one hundred thirty fifths", -100 / 35),
    ("twenty twenty fifths", "twenty twenty fifths", 0.8),
    ("three twenty firsts", "three twenty firsts", 3 / 21),
    ("a twenty-first", "a twenty-first", 1 / 21),
    ("one one hundred fifth", "one one hundred fifth", 1 / 105),
    ("one one hundred and fifth", "one one hundred and fifth", 1 / 105),
    ("one hundred one thousand fifths", "one hundred one thousand fifths", 100 / 1005),
    # mixed numbers
    ("The hike took one and a half days.", "one and a half", 1.5),
    ("two and a half", "two and a half", 2.5),
    ("five and a quarter", "five and a quarter", 5.25),
    ("one hundred and three quarters", "one hundred and three quarters", 100.75),
    ("twenty and three fifths", "twenty and three fifths", 20.6),
    ("one hundred and three and two thirds", "one hundred and three and two thirds", 103 + 2 / 3),
    ("one hundred and thirty and two fifths", "one hundred and thirty and two fifths", 130.4),
    ("twenty and three and three fifths", "twenty and three and three fifths", 23.6),
    ("The ram weighs forty two and a third kilos.", "forty two and a third", 42 + 1 / 3),
    ("two and one half", "two and one half", 2.5),
    # scaled fractions
    ("The city planted half a million trees.", "half a million", 5e5),
    ("half million", "half million", 5e5),
    ("quarter million", "quarter million", 2.5e5),
    ("a quarter million", "a quarter million", 2.5e5),
    ("a half-million", "a half-million", 5e5),
    ("three quarters billion", "three quarters billion", 7.5e8),
    ("The loan was two thirds of a million pounds.", "two thirds of a million", 2e6 / 3),
    ("three quarters of a billion", "three quarters of a billion", 7.5e8),
    ("a third of a million", "a third of a million", 1e6 / 3),
    ("five and a half million", "five and a half million", 5.5e6),
    ("two and a half thousand", "two and a half thousand", 2500),
    ("one million and a half", "one million and a half", 1.5e6),
    ("one billion and three quarters million", "one billion and three quarters million", 1000750000),
    ("one billion and a half million", "one billion and a half million", 1000500000),
    # "over"
    ("one over three", "one over three", 1 / 3),
    ("one over twenty", "one over twenty", 0.05),
    ("one over one hundred and twenty five", "one over one hundred and twenty five", 0.008),
    ("one over a hundred", "one over a hundred", 0.01),
    # decimals
    ("two hundred point zero three", "two hundred point zero three", 200.03),
    ("The index closed at two hundred point seventy-one.", "two hundred point seventy-one", 200.71),
    ("nine point nought four", "nine point nought four", 9.04),
    ("naught point five", "naught point five", 0.5),
    ("The fund holds two point five million euros.", "two point five million", 2.5e6),
    ("three point one four", "three point one four", 3.14),
    # signs
    ("It froze at minus five point five degrees.", "minus five point five", -5.5),
    ("minus one", "minus one", -1),
    ("Margins were negative ten percent.", "negative ten", -10),
    ("minus a half", "minus a half", -0.5),
    # the number stops before words that do not continue it
    ("two hundred delegates", "two hundred", 200),
    ("three and four", "three", 3),
    ("Wait one second, please.", "one", 1),
    ("one of the pilots", "one", 1),
    ("a one-stop shop", "one", 1),
    ("half of the budget", "half", 0.5),
    ("They walked half a mile.", "half", 0.5),
    ("The town had three million two years ago.", "three million", 3e6),
    ("The caves hold three million, twenty more are closed.", "three million", 3e6),
    ("Sales rose by five over three years.", "five", 5),
    ("We met twenty first-time buyers.", "twenty", 20),
    ("Two hundred third-graders sang.", "Two hundred", 200),
    ("The firm grew for five quarters.", "five", 5),
    ("one million two million", "one million", 1e6),
    ("a quarter of a century", "a quarter", 0.25),
    ("two point guards", "two", 2),
    ("one fifth-generation jet", "one", 1),
    ("The count was ninety-nine, then a hundred.", "ninety-nine", 99),
    ("twenty\n\none", "twenty", 20),
    ("twenty\none", "twenty\none", 21),
    ("a hundred dozen", "a hundred dozen", 1200),
    ("hundred", "hundred", 100),
    ("two out of five hundreds tvs", "five hundreds", 500),
    ("between twenty and three", "twenty", 20),
    ("The one hundred thirty fifth-graders sang.", "one hundred thirty", 130),
    ("It lasted one hundred twenty seconds.", "one hundred twenty", 120),
    ("He has one twenty-first century idea.", "one", 1),
    ("two thousand quarters", "two thousand", 2000),
]


@pytest.mark.parametrize("sentence, words, value", READS, ids=[row[1] for row in READS])
def test_reads(sentence, words, value):
    start = sentence.index(words)
    got = read_number_words(sentence, start)
    assert got is not None, f"{words!r} not read"
    assert sentence[start : got[1]] == words
    assert math.isclose(got[0], value, rel_tol=1e-9, abs_tol=1e-300)


@pytest.mark.parametrize("sentence, words, value", READS, ids=[row[1] for row in READS])
def test_start_regex_finds_every_read_number(sentence, words, value):
    """The scanner alternative fires on the first word of each number the reader reads."""
    start = sentence.index(words)
    match = START.match(sentence, start)
    assert match is not None
    assert words.lower().startswith(match.group().lower())


# sentence, where to start reading (first occurrence): no number there
NOT_NUMBERS = [
    ("They drove a car.", "a"),
    ("She ate an apple.", "an"),
    ("It rained on the third day.", "third"),
    ("A twenty-first century port.", "twenty-first"),
    ("A twenty-first century port.", "A"),
    ("They held a twenty-first birthday party.", "a"),
    ("They marked the twenty-fifth anniversary.", "twenty"),
    ("They marked a twenty-fifth anniversary.", "a"),
    ("It was the one hundred thirty-fifth anniversary.", "one"),
    ("It ranked one hundred and twenty fifth.", "one"),
    ("It was a first for the town.", "a"),
    ("a second", "a"),
    ("fifth", "fifth"),
    ("hundredth", "hundredth"),
    ("Hundreds of people came.", "Hundreds"),
    ("dozens of boats", "dozens"),
    ("She won a third term.", "a"),
    ("It is a fifth-generation jet.", "a"),
    ("The three hundredth anniversary", "three"),
    ("Their twenty fifth anniversary", "twenty"),
    ("It ranked one hundred and first.", "one"),
    ("It ranked one hundred twenty-first.", "one"),
    ("Sales rose in a third quarter.", "a"),
    ("one thousand and twenty-second", "one"),
    ("the two thousandth visitor", "two"),
    ("The quarter ended well.", "quarter"),
    ("halves", "halves"),
    ("322 hundred", "322"),
    ("5 dozen", "5"),
    ("minus 5", "minus"),
    ("the minus sign", "minus"),
    ("someone", "one"),  # not at a word start
    ("twenty5", "twenty"),
    ("one" + "e" * 100000, "one"),
    ("", ""),
]


@pytest.mark.parametrize("sentence, at", NOT_NUMBERS, ids=[f"{s[:40]}@{a}" for s, a in NOT_NUMBERS])
def test_not_numbers(sentence, at):
    start = sentence.index(at)
    assert read_number_words(sentence, start) is None


def test_out_of_range_start():
    assert read_number_words("one", 3) is None
    assert read_number_words("one", -1) is None


# the number's words, half unit (0.5 x precision of the last numeral x its scale)
HALF_UNITS = [
    ("twenty-one", 0.5),
    ("two hundred", 0.5),
    ("one million two thousand two hundred", 0.5),
    ("three million", 0.5e6),
    ("two hundred thousand", 500),
    ("three lakh crore", 0.5e12),
    ("two point five", 0.05),
    ("two hundred point seventy-one", 0.005),
    ("two point five million", 0.05e6),
    ("two thirds", 0.5 / 3),
    ("half a million", 0.25e6),
    ("five and a half million", 0.25e6),
    ("one million and a half", 0.25e6),
    ("one billion and three quarters million", 0.125e6),
    ("one over three", 0.5 / 3),
    ("one hundred thirty fifths", 0.5 / 35),
    ("a hundred thousand trillionths", 0.5e3 / 1e12),
    ("a dozen", 6),
    ("three hundred and two dozens", 6),
    ("minus five point five", 0.05),
]


@pytest.mark.parametrize("words, half_unit", HALF_UNITS, ids=[row[0] for row in HALF_UNITS])
def test_half_unit(words, half_unit):
    _, end, got = read_number_words(words, 0)
    assert end == len(words)
    assert math.isclose(got, half_unit, rel_tol=1e-9)


# text, the words START matches in it
START_MATCHES = [
    ("a hundred", ["a", "hundred"]),
    ("an eighth", ["an"]),
    ("a\n quarter", ["a", "quarter"]),
    ("a twenty-first", ["a", "twenty"]),
    ("A Million", ["A"]),
    ("minus 5", ["minus"]),
    ("minus a half", ["minus", "a", "half"]),
    ("negative ten", ["negative", "ten"]),
    ("half-time", ["half"]),
    ("Seventeen and seventy", ["Seventeen", "seventy"]),
    ("someone, tone, often, anew, a car, a first, a second", []),
    ("third place, quarters, minus sign, an apple", []),
]


@pytest.mark.parametrize("text, words", START_MATCHES, ids=[row[0] for row in START_MATCHES])
def test_start_regex(text, words):
    assert [m.group() for m in START.finditer(text)] == words


def test_start_regex_has_no_groups_and_embeds():
    assert START.groups == 0
    scanner = re.compile(rf"\d[\d,]*(?:\.\d+)?|{NUMBER_WORD_START}|[A-Za-z]+")
    assert scanner.groups == 0
    found = [m.group() for m in scanner.finditer("Some 12 or Twelve, a dozen")]
    assert found == ["Some", "12", "or", "Twelve", "a", "dozen"]


def test_reads_at_most_max_words():
    text = "one hundred and " * 50
    value, end, _ = read_number_words(text, 0)
    assert (value, text[:end]) == (101, "one hundred and one")
    assert len(text[:end].split()) <= MAX_WORDS


@pytest.mark.slow
def test_reader_time_does_not_depend_on_text_length():
    began = time.perf_counter()
    assert read_number_words("one " * 100000, 0)[:2] == (1, 3)
    assert read_number_words("a " + " " * 100000 + "hundred", 0)[0] == 100
    assert read_number_words("one hundred and " * 100000, 0)[0] == 101
    assert time.perf_counter() - began < 0.5


@pytest.mark.slow
def test_reading_at_every_word_of_a_run_is_linear():
    """A scanner calls the reader at each word of "twenty-one twenty-one ...": each call
    reads its own number and looks a word or two past it, not MAX_WORDS."""
    text = "twenty-one " * 20000
    began = time.perf_counter()
    for start in range(0, len(text), 11):
        assert read_number_words(text, start)[:2] == (21, start + 10)
    assert time.perf_counter() - began < 1.0


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "a " * 500000,
        "a" + " " * 1000000,
        "minus " * 170000,
        "one " * 250000,
        "Some twenty-one thousand people came; a third of them left. " * 17000,
    ],
    ids=["a", "a-spaces", "minus", "one", "mixed"],
)
def test_start_regex_is_linear(text):
    began = time.perf_counter()
    sum(1 for _ in START.finditer(text))
    assert time.perf_counter() - began < 1.0
