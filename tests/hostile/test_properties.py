"""Property tests: any Unicode draft is read without a crash, every span indexes the text, nothing printed carries a control character."""

from __future__ import annotations

import re

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from factcheck.api import check_text  # noqa: E402
from factcheck.figures import load_reference  # noqa: E402
from factcheck.report.machine import concise  # noqa: E402

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# News-like pieces mixed with arbitrary characters, so that numbers, units and escapes meet.
# fmt: off
PIECES = st.sampled_from([
    "911.7 billion U.S. dollars", " in 2023", "4.5 trillion yuan", " (about 632 billion U.S. dollars)", " up 10 percent",
    "\x1b[2J", "\x1b]0;title\x07", "\u202e", "–", "−5", " ", "\n", "\n\n", "China-ASEAN trade", "<!-- factcheck: off -->",
    "½", "1,000,000", "$", "€", "Q3 2024", "between 5 and 7 percent", "the Top 10",
])
# fmt: on
DRAFTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=30).map("".join)


REPO = __import__("pathlib").Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def base():
    return load_reference([REPO / "reference"])


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=DRAFTS)
def test_any_draft_is_checked_spans_index_it_and_output_is_printable(base, text):
    report = check_text(text, base)
    for finding in report.findings:
        claim = finding.claim
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert finding.line >= 1 and finding.column >= 1
    assert not CONTROL.search("\n".join(concise([report])))


# fmt: off
BASE_PIECES = st.sampled_from([
    "source: {title: t}\n", "figures:\n", "  - {id: a, subject: widget exports, value: 5 billion USD, period: 2023}\n",
    "  - {entity: FRA, period: 2020, value: 5}\n", "defaults: {measure: population}\n", "rates:\n",
    "  - {from: USD, to: CNY, period: 2023, rate: 7.1}\n", "a: &a [1, 2]\n", "b: *a\n", "value: .nan\n", "- ", ": ", "{", "[",
    "entities:\n  - {id: X, name: Xland}\n", "\t", "\x00", "ÿ", "period: 2024-13\n", "value: [1, 2]\n",
])
# fmt: on


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.lists(st.one_of(BASE_PIECES, st.text(max_size=8)), max_size=20).map("".join))
def test_any_base_file_loads_or_is_refused_with_file_and_line(tmp_path_factory, text):
    from factcheck.errors import UserError

    path = tmp_path_factory.mktemp("base") / "base.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass") if "\ud800" not in text else path.write_bytes(
        text.encode("utf-8", "replace")
    )
    try:
        load_reference([path])
    except UserError as error:  # InvalidReference is one: each line names the file
        assert all(line.startswith(str(path)) for line in str(error).splitlines()), str(error)


# The fast reader of base rows against the YAML parser: a row it reads must read exactly as YAML reads it.
# fmt: off
SCALARS = st.sampled_from([
    "2020", "2020-01", "2020-01-01", "1e+05", "1.5e+3", "1.5", ".5", "-3", "+4", "0x1F", "0o17", "1_000", "12:30", "yes", "No",
    "off", "null", "~", "true", "FRA", "Korea, Rep.", "C00001", "5 billion USD", "about 4.5 million", "3.1e+12", "007", "-",
    "- x", "? q", ": x", "a#b", "a #b", "NaN", ".inf", "1,234", "percent", "",
])
# fmt: on
KEYS = st.sampled_from(["entity", "period", "value", "unit", "measure", "id", "yes", "on", "2020", "x_y"])
ROWS = st.lists(
    st.tuples(KEYS, st.one_of(SCALARS, SCALARS, st.text(alphabet="abcXYZ019 .-_+:/'", max_size=8))),
    min_size=1,
    max_size=5,
    unique_by=lambda pair: pair[0],
).map(lambda pairs: "  - {" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}\n")


@settings(max_examples=400, deadline=None, derandomize=True)
@given(line=ROWS)
def test_a_row_the_fast_reader_reads_reads_as_yaml_reads_it(line):
    import yaml

    from factcheck.base_rows import _plain_row

    fast = _plain_row(line, 7)
    if fast is None:
        return  # left to the YAML parser
    try:
        parsed = yaml.load(line.lstrip(), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        pytest.fail(f"the fast reader read a row YAML refuses: {line!r}")
    expected = parsed[0]
    assert {k: v for k, v in fast.items() if not str(k).startswith("__")} == expected, line
    assert all(type(fast[k]) is type(v) for k, v in expected.items()), line
    assert fast["__line__"] == 7


@pytest.mark.slow
@settings(max_examples=5000, deadline=None)
@given(line=ROWS)
def test_the_fast_row_reader_at_scale(line):
    test_a_row_the_fast_reader_reads_reads_as_yaml_reads_it.hypothesis.inner_test(line)


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=DRAFTS)
def test_drafts_at_scale(base, text):
    test_any_draft_is_checked_spans_index_it_and_output_is_printable.hypothesis.inner_test(base, text)
