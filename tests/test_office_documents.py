"""Word-processor files: .docx (python-docx) and .odt (content.xml), positions as paragraph:column."""

from __future__ import annotations

import zipfile

import pytest

from factcheck import office

SENTENCE = "Freedonia's widget exports reached 45 billion U.S. dollars in 2023."


def _odt(path, paragraphs: list[str]) -> None:
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        f"{body}</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)


def test_docx_paragraphs_are_checked_with_paragraph_positions(workspace):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Widgets", 1)
    paragraph = document.add_paragraph("As said, ")
    paragraph.add_run(SENTENCE).bold = True
    path = workspace.root / "story.docx"
    document.save(path)
    code, data, err = workspace.check_json(str(path))
    (finding,) = [f for f in data["files"][0]["findings"] if f["text"] == "45 billion U.S. dollars"]
    assert finding["verdict"] == "contradicted" and (finding["line"], finding["column"]) == (2, 45)
    assert code == 1


def test_odt_paragraphs_spans_and_spaces_are_read(workspace):
    path = workspace.root / "story.odt"
    _odt(path, ["Widgets", 'As said,<text:s text:c="2"/><text:span>' + SENTENCE + "</text:span>"])
    code, data, err = workspace.check_json(str(path))
    (finding,) = [f for f in data["files"][0]["findings"] if f["text"] == "45 billion U.S. dollars"]
    assert (finding["line"], finding["column"]) == (2, 46)


def test_damaged_and_oversized_files_are_one_error_line(workspace, monkeypatch):
    broken = workspace.root / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, err = workspace.check(str(broken))
    assert code == 2 and err.strip().startswith(f"factcheck: {broken}: not a readable .docx file")
    big = workspace.root / "big.odt"
    _odt(big, ["x" * 5000])
    monkeypatch.setattr(office, "_MAX_UNPACKED", 1000)
    code, out, err = workspace.check(str(big))
    assert code == 2 and err.strip() == f"factcheck: {big}: unpacks to more than 200 MB: refused"
