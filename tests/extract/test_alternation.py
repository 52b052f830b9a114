"""A word list written as a trie matches what the flat list matches, in the same order of preference."""

import re

import pytest

from factcheck.alternation import words

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORD = st.text(alphabet="abksAB .$", max_size=5)
TEXT = st.text(alphabet="abkKsSAB .$c\u212a\u017f", max_size=8)  # and the Kelvin sign and long s, "k" and "s" under (?i)


def flat(items) -> str:
    """The list as the grammar wrote it before: longest first, then A-Z."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w))) + ")"


@settings(max_examples=400, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=8), TEXT, st.sampled_from(["", "(?i)"]), st.sampled_from(["", "b", r"\b", "$", " ?a"]))
def test_the_trie_matches_what_the_flat_list_matches(items, text, flags, after):
    """The same match at every position, with what follows the list forcing the engine to backtrack into it."""
    ours = re.compile(f"{flags}{words(items)}{after}")
    theirs = re.compile(f"{flags}{flat(items)}{after}")
    for pos in range(len(text) + 1):
        mine, expected = ours.match(text, pos), theirs.match(text, pos)
        assert (mine and mine.span()) == (expected and expected.span())
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


@pytest.mark.parametrize(
    ("items", "pattern"),
    [
        (["more", "more than", "about", "above"], r"(?:(?=[am])(?:abo(?:ut|ve)|more(?:\ than)?))"),
        (["US", "us"], r"(?:(?=[Uu])(?:US|us))"),  # branches that differ only in case: the flat list, safe under (?i)
        (["a"], "(?:a)"),
        (["a", ""], "(?:a|)"),
        ([], "(?!)"),
    ],
)
def test_the_shape_of_the_trie(items, pattern):
    assert words(items) == pattern


def test_a_case_blind_list_is_a_trie_of_its_lower_case():
    assert words(["US", "us"], ignore_case=True) == "(?i:(?:us))"
    pattern = words(["Celsius", "centimetres", "cm"], ignore_case=True)
    assert pattern == "(?i:(?:c(?:e(?:lsius|ntimetres)|m)))"  # "C" beside "c" would have made a flat list
    assert re.fullmatch(pattern, "CELSIUS") and re.fullmatch(pattern, "Centimetres") and not re.fullmatch(pattern, "cms")


def test_a_space_may_stand_for_any_run_of_blanks():
    pattern = re.compile(words(["per cent", "percent", "per"], space=r"[ \t]+"))
    assert pattern.match("per \t cent").group() == "per \t cent"
    assert pattern.match("per centre").group() == "per cent"
    assert pattern.match("percent").group() == "percent"


def test_word_starts_at_the_start_after_breaks_and_past_what_the_first_word_took():
    from factcheck.alternation import WordStarts

    starts = WordStarts(words(["over the", "the first", "in"], space=r"\s+") + r"\b")
    assert starts("Over the first half, in May") == [0, 21]  # "the first" inside "over the first" is taken
    assert starts("x over the first; in") == [2, 18]
    assert starts("İn the first") == [3]  # a character that lower-cases into two keeps the offsets exact
    assert starts("into win") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAİıIß\u0130Σς ", max_size=12))
def test_lower_in_place_lowers_every_character_that_stays_one_character(text):
    from factcheck.alternation import lower_in_place

    lowered = lower_in_place(text)
    assert len(lowered) == len(text)  # offsets stay exact
    for mine, theirs in zip(lowered, text):
        if theirs == "İ":
            assert mine == theirs
        else:  # in lower case, and the same letter ("Σ" may become "σ" or, at a word's end, "ς")
            assert mine == mine.lower() and mine.upper() == theirs.upper()


_PHRASES = ["a", "hundred", "the", "first", "half", "in", "May", "by", "2020", "few", "€", "İ", "Σ", "twenty-one", "since", "end", "of"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PHRASES), st.sampled_from([" ", "  ", "\n", " " * 300, ", "])), max_size=60))
def test_word_starts_in_pieces_are_the_word_starts_of_the_whole_text(words_and_gaps):
    """A long non-ASCII text is lowered and scanned a piece at a time (each read a little past its end):
    the word starts found are those of one scan of the whole text, long blank runs (a blanked code
    block) and phrases across a cut included."""
    from unittest import mock

    from factcheck import alternation
    from factcheck.extract import period_mentions, scanner

    text = "".join(word + gap for word, gap in words_and_gaps) + "€"
    for starts in (scanner._TRIGGER_WORD, period_mentions._START_WORD):
        whole = starts(text)
        with mock.patch.object(alternation, "_LOWER_PIECE", 8):
            assert starts(text) == whole
