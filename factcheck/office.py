"""The paragraphs of a word-processor file: .docx through python-docx, .odt through the standard library.

python-docx (the optional extra `factcheck[office]`) is the well-kept reader
of Word files: it joins a paragraph's runs, tabs and breaks as Word shows
them. For OpenDocument text there is no well-kept library (odfpy's last
release is from 2020), and its `content.xml` is plain enough to read with
ElementTree. Both formats are zip files: the sizes they declare are checked
first, so a zip bomb is refused instead of filling memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import UserError

_MAX_UNPACKED = 200_000_000  # bytes, all members together
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def paragraphs(path: str) -> list[str]:
    """Each paragraph's text, in document order (headings, list items and table cells included).

    The caller (Document.read) has made sure path is a regular file: a FIFO would block the zip reader.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(member.file_size for member in archive.infolist()) > _MAX_UNPACKED:
                raise UserError("unpacks to more than 200 MB: refused", path)
            if path.lower().endswith(".odt"):
                return _odt(archive, path)
    except (zipfile.BadZipFile, OSError) as error:
        raise UserError(f"not a readable {Path(path).suffix} file: {error}", path) from None
    return _docx(path)


def _docx(path: str) -> list[str]:
    try:
        import docx
    except ImportError:
        raise UserError("reading .docx needs python-docx: pip install 'factcheck[office]'", path) from None
    try:
        document = docx.Document(path)
    except Exception as error:  # python-docx raises its own and lxml's errors for a damaged file
        raise UserError(f"not a readable .docx file: {error}", path) from None
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return texts


def _odt(archive: zipfile.ZipFile, path: str) -> list[str]:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(archive.read("content.xml"))
    except (KeyError, ET.ParseError) as error:
        raise UserError(f"not a readable .odt file: {error}", path) from None
    blocks = (f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h")
    return ["".join(_odf_text(element)) for element in root.iter() if element.tag in blocks]


def _odf_text(element) -> list[str]:
    """The text of an ODF paragraph: spans inline, <text:s/> a space, <text:tab/> a tab, <text:line-break/> a break."""
    pieces = [element.text or ""]
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        if name == "s":
            count = child.get(f"{{{_ODF_TEXT}}}c", "1")
            pieces.append(" " * min(int(count), 100) if count.isdigit() else " ")
        elif name == "tab":
            pieces.append("\t")
        elif name == "line-break":
            pieces.append(" ")  # a paragraph stays one line: positions are paragraph:column
        elif name not in ("note", "annotation"):  # a footnote's body is not the sentence's text
            pieces += _odf_text(child)
        pieces.append(child.tail or "")
    return pieces
