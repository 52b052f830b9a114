"""Document: offsets to line:column, skipped regions, the story's date, reading files."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import Document
from factcheck.errors import UserError
from factcheck.extract.claims import extract_claims


def claim_texts(doc: Document) -> list[str]:
    return [c.text for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("offset", "position"),
    [
        (0, (1, 1)),
        (1, (1, 2)),
        (2, (1, 3)),  # "ab" and its newline
        (3, (2, 1)),
        (4, (2, 2)),
        (6, (3, 1)),  # the empty line
        (7, (4, 1)),
        (8, (4, 2)),
    ],
)
def test_position(offset, position):
    assert Document("x.txt", "ab\ncd\n\nef").position(offset) == position


def test_position_counts_characters_not_bytes():
    text = "Café “quoted”\nThey built 45 bridges."
    doc = Document("x.txt", text)
    (claim,) = extract_claims(doc)
    assert claim.text == "45"
    assert doc.position(claim.start) == (2, 12)


FRONT = "---\ntitle: 12 reasons to trade\ndate: 2024-08-13\n---\nIn the first half of this year they ran 300 projects.\n"


def test_front_matter_is_blanked_but_keeps_offsets():
    doc = Document("story.md", FRONT)
    assert len(doc.checked_text) == len(doc.text)
    front_end = FRONT.index("In the")
    assert doc.checked_text[:front_end].strip() == ""
    assert claim_texts(doc) == ["300"]  # not the 12 in the title, not the date
    (claim,) = extract_claims(doc)
    assert doc.position(claim.start) == (5, 41)


def test_front_matter_date_is_the_story_date():
    doc = Document("story.md", FRONT)
    assert doc.date_at(len(FRONT) - 1) == date(2024, 8, 13)
    (claim,) = extract_claims(doc)
    assert claim.period.label == "2024-H1"


@pytest.mark.parametrize("fence", ["```", "~~~"])
def test_fenced_code_is_skipped(fence):
    text = f"They built 12 parks.\n\n{fence}text\n99 bottles of 5 percent beer\n{fence}\n\nThey hired 45 teachers.\n"
    doc = Document("story.md", text)
    claims = extract_claims(doc)
    assert [c.text for c in claims] == ["12", "45"]
    assert [doc.position(c.start)[0] for c in claims] == [1, 7]
    assert len(doc.checked_text) == len(text)


def test_ignore_comments_skip_a_region():
    text = "<!-- factcheck: off -->\nThey built 77 towers.\n<!-- factcheck: on -->\n\nThey hired 45 teachers.\n"
    assert claim_texts(Document("story.md", text)) == ["45"]


def test_dateline_is_the_story_date():
    text = "2024-08-13 22:52 Last Updated At:08-14 03:17\n\nIn the first half of this year they ran 300 projects.\n"
    doc = Document("story.txt", text)
    assert doc.date_at(len(text) - 1) == date(2024, 8, 13)
    claims = extract_claims(doc)
    assert [c.text for c in claims] == ["300"]  # nothing from the dateline itself
    assert claims[0].period.label == "2024-H1"


def test_each_story_has_its_own_dateline():
    text = "2024-08-13 22:52\nFirst story.\n\n2024-09-12 14:36\nSecond story.\n"
    doc = Document("page.txt", text)
    assert doc.date_at(text.index("First")) == date(2024, 8, 13)
    assert doc.date_at(text.index("Second")) == date(2024, 9, 12)
    assert doc.date_at(0) == date(2024, 8, 13)


def test_as_of_overrides_the_text_dates():
    doc = Document("story.md", FRONT, as_of=date(2020, 5, 1))
    assert doc.date_at(0) == date(2020, 5, 1)
    (claim,) = extract_claims(doc)
    assert claim.period.label == "2020-H1"


def test_without_a_date_today_is_used():
    assert Document("x.txt", "They built 12 parks.").date_at(0) == date.today()


def test_read_a_file(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes("\ufeffLine one.\r\nThey built 12 parks.\r\n".encode("utf-8"))
    doc = Document.read(str(path))
    assert doc.path == str(path)
    assert doc.text == "Line one.\nThey built 12 parks.\n"
    (claim,) = extract_claims(doc)
    assert doc.position(claim.start) == (2, 12)


def test_read_missing_file(tmp_path):
    path = tmp_path / "missing.txt"
    with pytest.raises(UserError) as raised:
        Document.read(str(path))
    assert raised.value.path == str(path)
    assert str(raised.value).startswith(str(path))
    assert "no such file" in str(raised.value)


def test_read_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(UserError) as raised:
        Document.read(str(path))
    assert raised.value.path == str(path)
    assert "binary" in str(raised.value)


def test_read_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Line one.\nCaf\u00e9 sales rose 5 percent.\n".encode("latin-1"))
    with pytest.raises(UserError) as raised:
        Document.read(str(path))
    assert raised.value.path == str(path)
    assert raised.value.line == 2
    assert str(raised.value).startswith(f"{path}:2:")
    assert "UTF-8" in str(raised.value)


def test_read_a_folder_is_an_error(tmp_path):
    with pytest.raises(UserError):
        Document.read(str(tmp_path))


def test_terminal_escapes_in_a_draft_are_no_claims_and_never_printed_raw():
    """'\\x1b[0m' is not '0 m'; the report shows escapes, never the raw control characters."""
    import io
    from pathlib import Path

    from rich.console import Console

    from factcheck.api import check_text
    from factcheck.figures import load_reference
    from factcheck.model import FileReport
    from factcheck.report.terminal import render

    text = "The \x1b[31mred\x1b[0m figure: trade reached 911.7 billion U.S. dollars in 2023.\u202e\n"
    report = check_text(text, load_reference([Path(__file__).resolve().parents[1] / "reference"]))
    assert [f.claim.text for f in report.findings] == ["911.7 billion U.S. dollars"]
    out = io.StringIO()
    render([FileReport("draft\x1b[2J.md", report.findings)], Console(file=out, no_color=True, width=200))
    assert "\x1b" not in out.getvalue() and "\u202e" not in out.getvalue()
    assert "\\x1b[31m" in out.getvalue()
