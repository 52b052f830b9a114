"""The shipped example drafts give the verdicts they were written to show."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PROBLEMS = {"contradicted", "inconsistent", "outdated", "ambiguous"}

# line -> the verdict examples/draft-with-errors.txt was written to show there
ERROR_DRAFT = {
    4: "contradicted",  # 917.1 billion U.S. dollars (source: 911.7)
    6: "contradicted",  # 4.5 billion yuan (source: 4.5 trillion): wrong scale word
    8: "contradicted",  # 911.7 billion euros (source: USD): wrong currency
    10: "contradicted",  # fewer than 1,000 suppliers (source: more than 1,600)
    12: "outdated",  # 685.28 billion U.S. dollars: the 2020 figure
    14: "inconsistent",  # 339.44 billion yuan (about 60 billion U.S. dollars)
    16: "unverified",  # 37 new bridges: nothing in the base
    18: "supported",
    20: "supported",
    22: "supported",
    24: "ambiguous",  # "so far" 4.2 trillion yuan: several figures of China-ASEAN trade fit
}


@pytest.fixture(scope="module")
def reports():
    """check --format json on both examples with the repo's base, run once for the module."""
    from factcheck.cli import main

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(
            [
                "check",
                "--format",
                "json",
                "--reference",
                str(REPO / "reference"),
                str(REPO / "examples" / "draft-with-errors.txt"),
                str(REPO / "examples" / "correct-draft.md"),
                str(REPO / "examples" / "changes-and-shares.md"),
                str(REPO / "examples" / "asean-economies.md"),
            ]
        )
    data = json.loads(buffer.getvalue())
    return code, {Path(entry["path"]).name: entry for entry in data["files"]}


def verdicts_by_line(entry: dict) -> dict[int, list[str]]:
    lines: dict[int, list[str]] = {}
    for finding in entry["findings"]:
        lines.setdefault(finding["line"], []).append(finding["verdict"])
    return lines


@pytest.mark.parametrize(("line", "verdict"), sorted(ERROR_DRAFT.items()))
def test_error_draft_verdict_on_line(reports, line, verdict):
    code, entries = reports
    entry = entries["draft-with-errors.txt"]
    assert "error" not in entry
    found = verdicts_by_line(entry).get(line, [])
    assert verdict in found, f"line {line}: {found}"
    if verdict == "supported":
        assert set(found) == {"supported"}, f"line {line}: {found}"


def test_error_draft_has_no_problem_elsewhere(reports):
    code, entries = reports
    text = (REPO / "examples" / "draft-with-errors.txt").read_text(encoding="utf-8")
    problem_lines = {n for n, v in ERROR_DRAFT.items() if v in PROBLEMS}
    # Lines the draft adds later may show other verdicts; only the planted errors may be problems.
    for finding in entries["draft-with-errors.txt"]["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
        if finding["line"] in ERROR_DRAFT and finding["line"] not in problem_lines:
            assert finding["verdict"] not in PROBLEMS, finding


def test_error_draft_fails_the_check(reports):
    code, entries = reports
    assert code == 1


def test_error_draft_messages_name_the_source_value(reports):
    code, entries = reports
    by_line = {f["line"]: f for f in entries["draft-with-errors.txt"]["findings"] if f["verdict"] == "contradicted"}
    assert "911.7 billion" in by_line[4]["message"]
    assert "4.5 trillion" in by_line[6]["message"]
    assert "1,600" in by_line[10]["message"]


def test_correct_draft_has_no_problem(reports):
    code, entries = reports
    entry = entries["correct-draft.md"]
    assert "error" not in entry
    assert entry["findings"]
    problems = [
        (f["line"], f["text"], f["verdict"], f["message"])
        for f in entry["findings"]
        if f["verdict"] in {"contradicted", "inconsistent", "outdated"}
    ]
    assert not problems


# (line, claim text) -> verdict and a fragment of the message, in examples/changes-and-shares.md
CHANGES_AND_SHARES = {
    (8, "3.92 trillion yuan"): ("supported", "2024-01/2024-07"),
    (10, "33 percent"): ("supported", "change computed from china-asean-trade-2023"),
    (12, "7.4 percent"): ("supported", "average annual change over 9 years"),
    (14, "53.6 percent"): ("supported", "share computed from guangxi-asean-trade-2024-jan-jul"),
    (16, "214.93 billion yuan"): ("supported", "214.9 billion CNY"),
    (18, "911.7 billion U.S. dollars"): ("supported", "(2023)"),
    (18, "45 percent"): ("inconsistent", "make a change of 33 percent"),
    (20, "50 percent"): ("contradicted", "change computed from china-asean-trade-2023"),
    (22, "30 billion U.S. dollars"): ("supported", "ECB rate"),
}


@pytest.mark.parametrize(("where", "expected"), sorted(CHANGES_AND_SHARES.items()), ids=[t for _, t in sorted(CHANGES_AND_SHARES)])
def test_changes_and_shares_draft(reports, where, expected):
    line, text = where
    found = [f for f in reports[1]["changes-and-shares.md"]["findings"] if f["line"] == line and f["text"] == text]
    assert len(found) == 1
    assert found[0]["verdict"] == expected[0], found[0]["message"]
    assert expected[1] in found[0]["message"]


# (line, claim text) -> verdict and a fragment of the message, in examples/asean-economies.md:
# claims linked by entity and measure to the World Bank rows of reference/world-bank-*.yaml
ASEAN_ECONOMIES = {
    (8, "100 million"): ("supported", "100.4 million (2023)"),
    (9, "$430 billion"): ("supported", "(2023)"),  # "that year": the year of the sentence
    (11, "$1.37 trillion"): ("supported", "1.371 trillion USD (2023)"),
    (13, "120 million"): ("contradicted", "114.9 million (2023)"),
    (15, "71.7 million"): ("supported", "71.7 million (2023)"),
    (17, "1.41 billion"): ("supported", "(2023)"),  # no year: the latest figure by the draft's date
    (19, "8 billion"): ("supported", "8.064 billion (2023)"),
    (21, "10 million"): ("unverified", "Jakarta"),  # a city is not its country
    (23, "$85,000"): ("unverified", "no GDP per capita figures"),  # per capita is not GDP
    (25, "$400 billion"): ("supported", "399.6 billion USD (2023)"),
    (27, "$79 billion"): ("outdated", "newer: 64.82 billion USD (2023)"),
    (29, "1.3 percent"): ("supported", "computed from khm-population-2023"),
}


@pytest.mark.parametrize(("where", "expected"), sorted(ASEAN_ECONOMIES.items()), ids=[t for _, t in sorted(ASEAN_ECONOMIES)])
def test_asean_economies_draft(reports, where, expected):
    line, text = where
    found = [f for f in reports[1]["asean-economies.md"]["findings"] if f["line"] == line and f["text"] == text]
    assert len(found) == 1, [(f["line"], f["text"]) for f in reports[1]["asean-economies.md"]["findings"]]
    assert found[0]["verdict"] == expected[0], found[0]["message"]
    assert expected[1] in found[0]["message"]


def test_asean_economies_draft_has_nothing_else(reports):
    assert len(reports[1]["asean-economies.md"]["findings"]) == len(ASEAN_ECONOMIES)


def test_asean_economies_json_names_entity_and_measure(reports):
    [finding] = [f for f in reports[1]["asean-economies.md"]["findings"] if f["line"] == 13]
    assert (finding["figure"]["entity"], finding["figure"]["measure"], finding["figure"]["id"]) == (
        "PHL",
        "population",
        "phl-population-2023",
    )
