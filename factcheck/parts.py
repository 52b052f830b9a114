"""A big draft read a part at a time, so that checking it holds a part of it, not the whole file.

A file of more than PART_SIZE characters is decoded as a stream and cut into
parts at blank lines, where nothing the document blanks as a whole is open (a
code fence, indented or not, a ``factcheck: off`` region, front matter, a
Markdown comment), before a line of prose.
Each part is read with some of the text either side of it (REACH
characters, from one such cut to another), so that everything that looks
back or ahead of a claim (the topic of its sentence, "that year", a
conversion) sees what it would see in the whole file; a part reports only
the claims in its own span, with their offsets and lines in the file.

A file with no such cut (one paragraph, or a fence that never closes) is
read whole, as a small file is.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

from . import regexes
from .document import HTML_SUFFIXES, MARKDOWN_SUFFIXES, MAX_BYTES, OFFICE_SUFFIXES, Document, Part, _regular_file, _too_big
from .errors import UserError

PART_SIZE = 500_000  # characters of its own a part has, at least (its last paragraph may take it further)
REACH = 2_000  # characters of text read either side of a part: more than any look of a claim (extract.claims._TOPIC_REACH)
_BLOCK = 1 << 20  # bytes read at a time
_SNIFF = 8192  # bytes at the start of a file that must hold no NUL (a binary file)

# Lines that open or close something the document blanks across lines (document.py, markdown.py).
_FENCE_MARKERS = ("```", "~~~")
_DIRECTIVE = regexes.compile(r"factcheck:[ \t]*(off|on)\b")
_COMMENT_MARK = regexes.compile(r"<!--|-->")
_FRONT_END = regexes.compile(r"(?:---|\.\.\.)[ \t]*\n?\Z")
# A fence that markdown-it reads and document._FENCE does not: indented one to three spaces (CommonMark).
_INDENTED_FENCE = regexes.compile(r" {1,3}(`{3,}|~{3,})(.*)")


def read_parts(path: str, as_of: date | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """The file as Documents, one per part; a small file (or a page, or a word-processor file) as one.

    The whole file is decoded once before the first part, so that a file that
    is not text is an error with no findings, as a small one is.
    """
    if path == "-" or path.lower().endswith(HTML_SUFFIXES + OFFICE_SUFFIXES):
        yield Document.read(path, as_of, max_bytes)
        return
    size = PART_SIZE
    if _regular_file(path, max_bytes) <= size:  # characters are never more than bytes
        yield Document.read(path, as_of, max_bytes)
        return
    yield from _documents(path, _lines(_decoded(path, max_bytes)), as_of, size, _first_dateline(path, as_of, max_bytes, size))


def _first_dateline(path: str, as_of: date | None, max_bytes: int, size: int) -> date | None:
    """The date of the file's first dateline, which a claim before it takes too; read with the whole file,
    to the end, as it must be decoded before the first part anyway."""
    chunks = _decoded(path, max_bytes)
    found = None
    if as_of is None:  # else every claim is dated as_of
        for doc in _documents(path, _lines(chunks), as_of, size, None):
            found = doc.first_dateline_before(doc.part.claims[1]) if doc.part else None
            if found:
                break
    for _ in chunks:
        pass
    return found


class _Held(NamedTuple):
    """The lines of the file from a place a part may start at to the next, as one text."""

    start: int  # the offset of the first in the file's text
    number: int  # lines of the file before it
    text: str  # with their line breaks


def _documents(path: str, lines: Iterator[str], as_of: date | None, size: int, first_dated: date | None) -> Iterator[Document]:
    """Cut the lines into parts (see the module's docstring) and read each as a Document."""
    markdown = path.lower().endswith(MARKDOWN_SUFFIXES)
    regions = _OpenRegions(markdown)
    held: list[_Held] = []  # the text from the part's first cut (its reach before) on, a piece from each cut to the next
    cuts: list[int] = [0]  # the offsets a part may start at, from the first held on
    own_start = 0  # where the next part's own span starts
    own_end: int | None = None  # and ends, once a cut far enough on is read
    at = 0
    piece = _Piece(0, 0)  # the lines since the last cut
    after_a_blank = False
    dated = first_dated  # the date of the last dateline before the part, or of the file's first
    front_date: date | None = None
    for number, text in enumerate(lines):
        if after_a_blank and _may_start_a_part(text) and regions.closed:
            held.append(piece.held())
            piece = _Piece(at, number)
            if own_end is None and at - own_start >= size:
                own_end = at
            if own_end is not None and at - own_end >= REACH:  # the part and what follows it are read
                doc = _part(path, held, as_of, own_start, own_end, dated, front_date)
                yield doc
                front_date = doc.front_date
                far_enough = [cut for cut in cuts if cut <= own_end - REACH]  # the next part's reach before
                start = far_enough[-1] if far_enough else cuts[0]
                dated = doc.last_dateline_before(start - held[0].start) if start > held[0].start else dated
                held = [kept for kept in held if kept.start >= start]
                cuts = [cut for cut in cuts if cut >= start]
                own_start, own_end = own_end, None
            cuts.append(at)
        regions.read(text)
        piece.add(text)
        at += len(text)
        after_a_blank = text == "\n"
    held.append(piece.held())
    yield _part(path, held, as_of, own_start, at, dated, front_date)


class _Piece:
    """The lines from one cut to the next, joined a few thousand at a time: a million one-character lines
    held as a million strings would take 60 MB a MB of text."""

    def __init__(self, start: int, number: int):
        self.start, self.number = start, number
        self._joined: list[str] = []
        self._lines: list[str] = []

    def add(self, line: str) -> None:
        self._lines.append(line)
        if len(self._lines) >= 4096:
            self._joined.append("".join(self._lines))
            self._lines = []

    def held(self) -> _Held:
        return _Held(self.start, self.number, "".join(self._joined + self._lines))


def _part(
    path: str, held: list[_Held], as_of: date | None, own_start: int, own_end: int, dated: date | None, front_date: date | None
) -> Document:
    first = held[0]
    text = "".join(line.text for line in held)
    part = Part(first.start, first.number, (own_start - first.start, own_end - first.start), dated, front_date)
    return Document(path, text, as_of, part=part)


def _may_start_a_part(line: str) -> bool:
    """A part starts at a line of prose: not indented (Markdown code, a list's next paragraph), not HTML, not blank."""
    return line[:1] not in ("", " ", "\t", "\n", "<")


class _OpenRegions:
    """Whether the lines read so far leave open something the document blanks as a whole.

    Read in the order the document blanks them: front matter, then code
    fences at the start of a line (document._FENCE), then ``factcheck: off``
    regions outside them, then, in Markdown, what markdown-it reads of the
    rest (fences indented one to three spaces) and comments. Open until proven
    closed: a cut is never made where the document might blank across it
    (tests/test_parts.py holds each part's blanked text to the whole file's).
    """

    def __init__(self, markdown: bool):
        self._markdown = markdown
        self._lines = 0
        self._front = False  # inside front matter
        self._fence: str | None = None  # the marker of the open fence
        self._off = False  # inside factcheck: off ... on
        self._comment = False  # inside <!-- ... -->
        self._parser_fence: tuple[str, int] | None = None  # (Markdown) an indented fence's character and length

    @property
    def closed(self) -> bool:
        return not (self._front or self._fence or self._off or self._comment or self._parser_fence)

    def read(self, line: str) -> None:
        self._lines += 1
        if self._lines == 1 and line.rstrip(" \t\n") == "---":
            self._front = True
            return
        if self._front:  # the line after the opening one does not close it (document._FRONT_MATTER)
            self._front = self._lines == 2 or not _FRONT_END.match(line)
            return
        if self._fence:
            if line.rstrip(" \t\n") == self._fence and line[:3] == self._fence:
                self._fence = None
            return
        if line.startswith(_FENCE_MARKERS):
            self._fence = line[:3]
            return
        if self._markdown and not self._off:  # the lines markdown-it sees: neither in a fence nor in an off region
            self._read_parser_fence(line)
        if "factcheck:" in line or self._off or (self._markdown and ("<!--" in line or "-->" in line or self._comment)):
            self._read_marks(line)

    def _read_parser_fence(self, line: str) -> None:
        """markdown-it's fences: opened by three or more backticks or tildes (no backtick after backticks), closed by
        as many or more of the same, indented at most three spaces, with only blanks after them."""
        if self._parser_fence is None:
            opener = _INDENTED_FENCE.match(line)
            if opener and not (opener.group(1)[0] == "`" and "`" in opener.group(2)):
                self._parser_fence = opener.group(1)[0], len(opener.group(1))
            return
        mark, length = self._parser_fence
        text = line.rstrip("\n")
        rest = text.lstrip(" ")
        run = len(rest) - len(rest.lstrip(mark))
        if len(text) - len(rest) <= 3 and run >= length and not rest[run:].strip(" \t"):
            self._parser_fence = None

    def _read_marks(self, line: str) -> None:
        """Directives and comment marks in the order they come; an off region hides everything until its on."""
        at = 0
        while at < len(line):
            if self._off:
                found = _DIRECTIVE.search(line, at)
                while found and found.group(1) != "on":
                    found = _DIRECTIVE.search(line, found.end())
                if not found:
                    return
                self._off, at = False, found.end()
                continue
            directive = _DIRECTIVE.search(line, at)
            comment = _COMMENT_MARK.search(line, at) if self._markdown else None
            if comment and (not directive or comment.start() < directive.start()):
                self._comment = comment.group() == "<!--"
                at = comment.end()
            elif directive:
                self._off, at = directive.group(1) == "off", directive.end()
            else:
                return


def _decoded(path: str, max_bytes: int) -> Iterator[str]:
    """The file's text a block at a time, line ends as they are; a UserError naming the line where it is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    read = lines = 0
    try:
        with Path(path).open("rb") as file:
            while True:
                block = file.read(_BLOCK)
                if read == 0 and b"\0" in block[:_SNIFF]:
                    raise UserError("binary file, not text", path)
                read += len(block)
                if read > max_bytes:
                    raise UserError(_too_big(max_bytes), path)
                pending = decoder.getstate()[0]
                try:
                    yield decoder.decode(block, final=not block)
                except UnicodeDecodeError as error:
                    data = pending + block
                    where = read - len(block) - len(pending) + error.start
                    raise UserError(f"not UTF-8 text (byte {where})", path, lines + data[: error.start].count(b"\n") + 1) from None
                lines += block.count(b"\n")
                if not block:
                    return
    except OSError as error:  # gone or unreadable since it was looked at
        raise UserError(f"cannot read: {error.strerror or error}", path) from None


def _lines(chunks: Iterator[str]) -> Iterator[str]:
    """The text's lines, each with its line break; Windows line ends become plain ones (as Document.from_text)."""
    rest = ""
    for chunk in chunks:
        text = rest + chunk
        held = 1 if text.endswith("\r") else 0  # its "\n" may open the next block
        text, rest = text[: len(text) - held], text[len(text) - held :]
        lines = text.replace("\r\n", "\n").split("\n")
        rest = lines.pop() + rest
        for line in lines:
            yield line + "\n"
    if rest:
        yield rest
