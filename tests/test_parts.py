"""A big draft is read a part at a time (factcheck/parts.py), and says exactly what it says read whole.

The parts are made tiny here (PART_SIZE = 1: every blank line where a part
may start starts one), so that every cut the reader allows is tried.
"""

from __future__ import annotations

import json
import os
import random

import pytest
from conftest import REPO

from factcheck import parts
from factcheck.document import Document
from factcheck.errors import UserError

# Lines that open or close something the document blanks as a whole, and prose with claims between them.
TRICKS = [
    "```\ncode 10 km\n\nmore code 20 percent\n```",
    "~~~python\nx = 5 billion\n\n~~~",
    "<!-- factcheck: off -->\nHidden: GDP was $9 trillion in 2023.\n\nStill hidden 45 percent.\n<!-- factcheck: on -->",
    "factcheck: off\n\nIgnored 7 million people.\n\nfactcheck: on",
    "<!-- a comment\n\nwith 12 million people inside\n\n-->",
    "Text with `a code span\n\nthat does not close` here 3 km.",
    "A <b title='x\n\ny'>tag</b> and 40 percent.",
    "A lone ``` fence opener in text 8 km",
    "2024-03-05 10:00\n\nDated paragraph: China's population is 1.41 billion.",
    "2023-01-02\nAnother dateline: trade rose 10 percent this year.",
    "    indented code 99 km\n\n    still code 5 percent",
    "1. A list item with 30 percent\n\n    continued paragraph of 5 million people",
    "Line with 77 percent. factcheck: ignore",
    "factcheck: ignore\nSilenced line 66 percent.",
    "\x1b]0;title\n\nstill a title\x07 after 9 km",
    "Unicode: 10\u00a0billion yuan and 5\u202fpercent, \u201cquoted 3 million\u201d.",
    "This year GDP grew 5 percent. That year it was 3 percent.",
    "---\n\nA thematic break above 6 km, and another below.\n\n---",
]


def _draft(seed: int, front_matter: bool) -> str:
    """Paragraphs of the shipped examples with the tricks between them, some 40 KB."""
    paragraphs = [
        p
        for path in sorted((REPO / "examples").glob("*.*"))
        if path.suffix in (".md", ".txt")
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip() and not p.startswith("---")
    ]
    pick = random.Random(seed)
    chosen = [pick.choice(TRICKS) if pick.random() < 0.3 else pick.choice(paragraphs) for _ in range(400)]
    head = ["---\ntitle: x\ndate: 2022-05-06\n---"] if front_matter else []
    return "\n\n".join(head + chosen) + "\n"


@pytest.fixture
def tiny_parts(monkeypatch):
    monkeypatch.setattr(parts, "PART_SIZE", 1)


def _json(run, path) -> str:
    code, out, err = run("check", "--format", "json", "--as-of", "2024-09-20", str(path))
    assert code in (0, 1), err
    return out


@pytest.mark.parametrize(
    "name, seed, front_matter, transform",
    [
        ("draft.md", 1, True, str),
        ("draft.txt", 2, False, str),
        ("draft.md", 3, False, str),
        ("windows.txt", 4, True, lambda text: text.replace("\n", "\r\n")),
        ("bom.md", 5, True, lambda text: "\ufeff" + text),
    ],
)
def test_a_draft_read_in_parts_reports_what_it_reports_read_whole(tmp_path, run, monkeypatch, name, seed, front_matter, transform):
    path = tmp_path / name
    path.write_bytes(transform(_draft(seed, front_matter)).encode("utf-8"))
    whole = _json(run, path)
    monkeypatch.setattr(parts, "PART_SIZE", 1)
    assert len(list(parts.read_parts(str(path)))) > 5
    in_parts = _json(run, path)
    assert in_parts == whole
    findings = json.loads(in_parts)["files"][0]["findings"]
    assert len(findings) > 100
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    lines = text.split("\n")
    for finding in findings:  # offsets, lines and columns point into the file
        assert text[finding["start"] : finding["end"]] == finding["text"]
        line = lines[finding["line"] - 1]
        assert line[finding["column"] - 1 :].startswith(finding["text"].split("\n")[0])


@pytest.mark.parametrize("name, seed, transform", [("draft.md", 6, str), ("windows.txt", 7, lambda text: text.replace("\n", "\r\n"))])
def test_extract_reads_a_big_draft_in_parts_and_says_what_it_says_read_whole(tmp_path, run, monkeypatch, name, seed, transform):
    path = tmp_path / name
    path.write_bytes(transform(_draft(seed, True)).encode("utf-8"))
    code, whole, err = run("extract", "--format", "json", "--as-of", "2024-09-20", str(path))
    assert code == 0, err
    monkeypatch.setattr(parts, "PART_SIZE", 1)
    code, in_parts, err = run("extract", "--format", "json", "--as-of", "2024-09-20", str(path))
    assert code == 0, err
    assert in_parts == whole
    claims = json.loads(in_parts)["files"][0]["claims"]
    assert len(claims) > 100
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    lines = text.split("\n")
    for claim in claims:  # offsets, lines and columns point into the file
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert lines[claim["line"] - 1][claim["column"] - 1 :].startswith(claim["text"].split("\n")[0])


def test_a_claim_before_the_first_dateline_takes_its_date_from_a_later_part(tmp_path, run, tiny_parts):
    filler = "\n\n".join(["This paragraph has no claim at all, only words."] * 200)
    path = tmp_path / "late-dateline.txt"
    path.write_text(f"Trade rose 10 percent this year.\n\n{filler}\n\n2021-06-01 09:00\n\nTrade rose 4 percent this year.\n")
    assert len(list(parts.read_parts(str(path)))) > 1
    code, out, err = run("check", "--format", "json", str(path))
    periods = [f["claim"]["period"] for f in json.loads(out)["files"][0]["findings"]]
    assert periods == ["2021", "2021"]


def _first_lines(monkeypatch, text: str, name: str) -> list[str]:
    """The first line of each part's own span, parts made as small as they can be."""
    monkeypatch.setattr(parts, "PART_SIZE", 1)
    monkeypatch.setattr(parts, "REACH", 0)
    docs = parts._documents(name, iter(text.splitlines(keepends=True)), None, 1, None)
    return [text[doc.part.offset + doc.part.claims[0] :].split("\n")[0] for doc in docs]


@pytest.mark.parametrize(
    "text, name, first_lines",
    [
        ("A.\n\nB.\n\nC.\n", "d.txt", ["A.", "B.", "C."]),
        ("A.\n\n  B.\n\n<b>C</b>\n\nD.\n", "d.md", ["A.", "D."]),  # never at an indented line or HTML
        ("A.\n\n```\n\nB.\n\n```\n\nC.\n", "d.md", ["A.", "```", "C."]),  # never inside a fence
        ("A.\n\n```\n\nB.\n\n~~~\n\nC.\n", "d.txt", ["A.", "```"]),  # which closes with its own marker
        ("A.\nfactcheck: off\n\nB.\n\nfactcheck: on\n\nC.\n", "d.txt", ["A.", "C."]),  # nor in an off region
        ("A. factcheck: off, factcheck: on\n\nB.\n", "d.txt", ["A. factcheck: off, factcheck: on", "B."]),
        ("A. <!--\n\nB.\n\n-->\n\nC.\n", "d.md", ["A. <!--", "C."]),  # nor in a Markdown comment
        ("A. <!--\n\nB.\n\n-->\n\nC.\n", "d.txt", ["A. <!--", "B.", "-->", "C."]),  # which plain text has not
        ("<!-- factcheck: off -->\n\nB. -->\n\n<!-- factcheck: on -->\n\nC.\n", "d.md", ["<!-- factcheck: off -->", "C."]),
        ("---\ntitle: x\n\n---\n\nB.\n", "d.md", ["---", "B."]),  # nor in front matter
        ("---\n---\n\nB.\n\n---\n\nC.\n", "d.md", ["---", "C."]),  # whose second line does not close it
        ("A.\n\nB.\n\n```\nno closing fence\n\nC.\n", "d.txt", ["A.", "B.", "```"]),  # an open fence holds the rest
    ],
)
def test_parts_start_only_where_nothing_blanked_is_open(monkeypatch, text, name, first_lines):
    assert _first_lines(monkeypatch, text, name) == first_lines


def test_each_part_blanks_its_own_span_as_the_whole_file_does(monkeypatch):
    """The reader's cuts never split what the document blanks (fences, off regions, comments, front matter)."""
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    lines = st.sampled_from(
        [
            *("", "", "", "A 5 km.", "```", "~~~", "```py", "factcheck: off", "factcheck: on", "<!-- x", "-->", "x `y", "---"),
            *("  code", "<b>", "  ```", "   ~~~~", "````", "``` a`b", "    code 5 km", "- a list", "  ```  "),
        ]
    )

    @hypothesis.settings(max_examples=int(os.environ.get("FACTCHECK_PARTS_EXAMPLES", "400")), deadline=None)
    @hypothesis.given(st.lists(lines, max_size=30), st.sampled_from(["d.md", "d.txt"]))
    @hypothesis.example(["<b>", "", "factcheck: on", "", "```"], "d.md")  # a fence left open runs to the end (markdown-it)
    @hypothesis.example(["  ```", "", "A 5 km.", "", "  ```", "", "A 5 km."], "d.md")  # an indented fence spans blank lines
    def same_text(chosen, name):
        text = "\n".join(chosen) + "\n"
        whole = Document(name, text).checked_text
        monkeypatch.setattr(parts, "PART_SIZE", 1)
        monkeypatch.setattr(parts, "REACH", 0)
        for doc in parts._documents(name, iter(text.splitlines(keepends=True)), None, 1, None):
            low, high = doc.part.claims
            assert doc.checked_text[low:high] == whole[doc.part.offset + low : doc.part.offset + high]

    same_text()


def test_a_big_file_that_is_not_utf8_is_an_error_with_no_findings(tmp_path, run, tiny_parts):
    path = tmp_path / "late-latin1.txt"
    path.write_bytes(("Trade rose 10 percent.\n\n" * 3000).encode() + "Caf\u00e9 5 percent.\n".encode("latin-1"))
    code, out, err = run("check", "--format", "json", str(path))
    assert code == 2
    report = json.loads(out)["files"][0]
    assert report["findings"] == []
    assert "not UTF-8 text" in report["error"]
    with pytest.raises(UserError) as raised:
        list(parts.read_parts(str(path)))
    assert raised.value.line == 6001


def test_a_big_binary_file_is_an_error(tmp_path, tiny_parts):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    with pytest.raises(UserError, match="binary"):
        list(parts.read_parts(str(path)))


def test_a_page_and_standard_input_are_read_whole(tmp_path, tiny_parts):
    page = tmp_path / "page.html"
    page.write_text("<p>Trade rose 10 percent.</p>\n\n" * 200)
    assert [doc.part for doc in parts.read_parts(str(page))] == [None]


def test_a_part_reads_more_around_it_than_any_claim_looks():
    from factcheck.extract import claims

    assert parts.REACH >= claims._TOPIC_REACH + claims._LONGEST_MENTION


@pytest.mark.parametrize("line", ["\n", "a\n", "x 5 km\n\n"])
def test_a_big_file_of_short_lines_is_checked(tmp_path, run, line):
    """Hostile input: hundreds of thousands of lines, with or without places a part may start at."""
    path = tmp_path / "lines.txt"
    path.write_text(line * (600_000 // len(line)))
    code, out, err = run("check", "--format", "json", str(path))
    assert code in (0, 1), err
    report = json.loads(out)["files"][0]
    assert "error" not in report
    assert len(report["findings"]) == (600_000 // len(line) if "km" in line else 0)
