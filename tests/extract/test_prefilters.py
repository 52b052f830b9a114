"""Cheap looks that spare a number a regular-expression search must never refuse what the search finds."""

import pytest

from factcheck.extract import scanner

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aAbBGPTversionVERSIONſİ -(\t.1", max_size=16))
def test_the_version_look_passes_whatever_the_version_pattern_finds(before):
    if scanner._VERSION_BEFORE.pattern.search(before):
        assert scanner._may_end_a_version(before)


@pytest.mark.parametrize(("before", "passes"), [("GPT ", True), ("version ", True), ("VERSION\t", True), ("grew ", False), ("", False)])
def test_the_version_look(before, passes):
    assert scanner._may_end_a_version(before) is passes
