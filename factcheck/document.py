"""A text to check: where it came from, what to skip, its date, offsets -> line:column.

Skipped regions (Markdown front matter, fenced code, ``<!-- factcheck: off -->``
... ``<!-- factcheck: on -->``) are blanked out with spaces in ``checked_text``,
and line breaks inside a paragraph become spaces, so that every later stage
keeps the file's own offsets.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import regexes
from .errors import UserError

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_BYTES = 20_000_000  # by default a draft larger than this is not a draft (--max-file-size)
OFFICE_SUFFIXES = (".docx", ".odt")
_SPACES = "\u00a0\u202f\u2007\u2009\u200a"  # no-break and thin spaces: str.replace of each, a tenth of a regex's scan
_FRONT_MATTER = regexes.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_DATE = regexes.compile(r"^date:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.MULTILINE)
_FENCE = regexes.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
# Terminal escape sequences and other control characters in a draft are no text: "\x1b[0m" is not "0 m".
_CONTROL = regexes.compile(  # a control character, or a whole escape sequence that starts with ESC
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f](?:(?<=\x1b)(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)|[@-Z\\-_]))?"
)
# Suppressions, in an HTML comment or in any line of plain text: "factcheck: off" ... "factcheck: on",
# and "factcheck: ignore" for the line it ends, or the next line when it stands alone.
_IGNORED = regexes.compile(r"factcheck:[ \t]*off\b.*?(?:factcheck:[ \t]*on\b|\Z)", re.DOTALL)
_IGNORE_LINE = regexes.compile(r"factcheck:[ \t]*ignore\b")
# What is blanked, in order, and the strings one of which a text must hold to be searched for it (as markdown's
# INLINE_SKIPS): a pattern at the start of a line is tried at every position of the text.
_BLANKED = ((_FENCE, ("```", "~~~")), (_IGNORED, None), (_CONTROL, None))
_COMMENT_OPENER = regexes.compile(r"[ \t]*(?:<!--|#+|//|\.\.|%|;)?[ \t]*\Z")
# A line that opens with a date is a dateline: "2024-08-13 22:52 Last Updated At:08-14 03:17". The text's first line
# is matched apart: the others start after a line break, which the engine finds in C ("^" would be tried everywhere).
_DATELINE = r"[ \t]*(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2})?\b"
_FIRST_DATELINE = regexes.compile(_DATELINE)
_NEXT_DATELINE = regexes.compile("\n" + _DATELINE)
# The end of a sentence: . ! ? (and closing quotes) then blanks and a capital; or a line break. Every pattern run over the whole
# text starts with a character class (here, and for line breaks, control characters, clause breaks and the
# words periods start with): the engine then jumps from one such character to the next in C, several times
# faster than trying the pattern at every position.
_SENTENCE_END = regexes.compile(r"[.!?\n](?:(?<=[.!?])[\"”’)]*[ \t]+(?=[\"“(]?[A-Z])|(?<=\n))")
_SENTENCE_REACH = 600  # characters either side of a claim; news sentences are far shorter
_WINDOW_STEP = 100  # where the windows of a run-on text may start: every 100 characters
_LONE_NEWLINE = regexes.compile(r"\n(?<=[^\n]\n)(?![ \t]*(?:\n|[-*+>#|]|\d+[.)][ \t]))")
_ABBREVIATION = regexes.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|vs|etc|Inc|Co|Corp|Ltd))\.$"
)


@dataclass(frozen=True)
class Part:
    """Where a part of a big file sits in it (parts.py), and what the parts before it carry over."""

    offset: int  # characters of the file before the part's text
    line: int  # lines of the file before it
    claims: tuple[int, int]  # the part's own span of its text: a claim outside it is another part's
    dated: date | None  # the date of the file's last dateline before the part, or of its first (which a claim before it takes)
    front_date: date | None  # the date of the file's front matter


@dataclass
class Document:
    path: str
    text: str
    as_of: date | None = None  # --as-of overrides every other date
    checked_text: str = field(init=False)
    _line_starts: array[int] = field(init=False, repr=False)  # arrays: 8 bytes an offset, a list's 36 (a line a character)
    _datelines: list[tuple[int, date]] = field(init=False, repr=False)
    _dateline_starts: list[int] = field(init=False, repr=False)
    _front_date: date | None = field(init=False, repr=False)
    _sentence_starts: array[int] | None = field(init=False, repr=False, default=None)
    # The last sentence read (its span and text): the claims of a sentence share one text, and a draft's
    # findings, which come a sentence at a time, never hold every sentence of it.
    _last_sentence: tuple[tuple[int, int], str] = field(init=False, repr=False, default=((0, 0), ""))
    # An HTML page is read as its visible text; these map that text back into the file.
    source: str | None = field(default=None, repr=False)
    source_starts: list[int] | None = field(default=None, repr=False)
    source_ends: list[int] | None = field(default=None, repr=False)
    part: Part | None = None  # a part of a big file read a part at a time, else the whole file

    def __post_init__(self) -> None:
        breaks = re.finditer("\n", self.source if self.source is not None else self.text)
        self._line_starts = array("q", itertools.chain([0], (m.end() for m in breaks)))
        self._front_date = self.part.front_date if self.part else None
        masked = self.text
        front = _FRONT_MATTER.match(self.text) if self.part is None or self.part.offset == 0 else None
        if front:
            written = _FRONT_DATE.search(front.group(1))
            if written:
                self._front_date = _safe_date(*map(int, written.group(1).split("-")))
            masked = _blank_all(masked, [(0, front.end())])
        for pattern, needs in _BLANKED:
            if needs is None or any(needed in masked for needed in needs):
                masked = _blank_all(masked, [(m.start(), m.end()) for m in pattern.finditer(masked)])
        masked = _blank_all(masked, _ignored_lines(masked))
        for space in _SPACES:  # "911.7&nbsp;billion" from a web page reads as "911.7 billion"
            masked = masked.replace(space, " ")
        if self.path.lower().endswith(MARKDOWN_SUFFIXES):
            from .markdown import skipped_ranges

            masked = _blank_all(masked, skipped_ranges(masked))
        self._datelines = []
        line_ends = set()
        for line in _datelines(masked):
            found = _safe_date(int(line[1]), int(line[2]), int(line[3]))
            if found:
                self._datelines.append((line.start() + (masked[line.start()] == "\n"), found))
                end = masked.find("\n", line.end())
                if end >= 0:  # a dateline is a line of its own, never the start of a sentence
                    line_ends.add(end)
        # Inside a paragraph a line break is a space: "339.44 billion\nyuan" is one claim; a dateline's stays.
        self.checked_text = (
            _LONE_NEWLINE.sub(lambda m: "\n" if m.start() in line_ends else " ", masked) if line_ends else _LONE_NEWLINE.sub(" ", masked)
        )
        self._dateline_starts = [start for start, _ in self._datelines]

    @classmethod
    def read(cls, path: str, as_of: date | None = None, max_bytes: int = MAX_BYTES) -> Document:
        """Read a file (or '-' for stdin) as UTF-8 text; UserError when it cannot be."""
        import sys

        if path != "-":
            _regular_file(path, max_bytes)
        if path.lower().endswith(OFFICE_SUFFIXES):
            return cls._from_paragraphs(path, _office_paragraphs(path), as_of)
        try:
            data = sys.stdin.buffer.read(max_bytes + 1) if path == "-" else Path(path).read_bytes()
            if len(data) > max_bytes:
                raise UserError(_too_big(max_bytes), path)
        except OSError as error:  # gone or unreadable since _regular_file looked at it
            raise UserError(f"cannot read: {error.strerror or error}", path) from None
        if b"\0" in data[:8192]:
            raise UserError("binary file, not text", path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise UserError(f"not UTF-8 text (byte {error.start})", path, line) from None
        del data  # the bytes go before the text is worked on: every copy of a big draft counts
        return cls.from_text("<stdin>" if path == "-" else path, text, as_of)

    @classmethod
    def from_text(cls, path: str, text: str, as_of: date | None = None) -> Document:
        """A text read as its path's kind says: an HTML page as its visible text, Markdown and plain text as they are.

        Used for files and for an editor's unsaved buffer alike. Windows line
        ends become plain ones, which moves no line and no column.
        """
        text = text.replace("\r\n", "\n")
        if path.lower().endswith(HTML_SUFFIXES):
            from .html_text import visible_text

            visible, starts, ends = visible_text(text)
            return cls(path, visible, as_of, source=text, source_starts=starts, source_ends=ends)
        return cls(path, text, as_of)

    @classmethod
    def _from_paragraphs(cls, path: str, paragraphs: list[str], as_of: date | None) -> Document:
        """A word-processor file: paragraphs apart in the text, one line each in the positions (line = paragraph)."""
        paragraphs = [" ".join(p.splitlines()) for p in paragraphs]
        text, starts, ends, at = [], [], [], 0
        for index, paragraph in enumerate(paragraphs):
            if index:
                text.append("\n\n")
                starts += [at - 1, at - 1]
                ends += [at, at]
            text.append(paragraph)
            starts += range(at, at + len(paragraph))
            ends += range(at + 1, at + len(paragraph) + 1)
            at += len(paragraph) + 1
        return cls(path, "".join(text), as_of, source="\n".join(paragraphs), source_starts=starts, source_ends=ends)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the file of text[start:end] (the same, except for an HTML page)."""
        if not self.source_starts or self.source_ends is None:
            return start, end
        last = len(self.source_starts) - 1
        return self.source_starts[min(start, last)], self.source_ends[min(max(end - 1, start), last)]

    def date_at(self, offset: int) -> date:
        """The date "this year" is relative to, at this point of the text."""
        if self.as_of:
            return self.as_of
        dated = self.part.dated if self.part else None
        if self._datelines:
            index = bisect.bisect_right(self._dateline_starts, offset) - 1
            return self._datelines[index][1] if index >= 0 else dated or self._datelines[0][1]
        return dated or self._front_date or date.today()

    @property
    def front_date(self) -> date | None:
        """The date of the file's front matter ("date: 2024-08-14"), if it has one."""
        return self._front_date

    def first_dateline_before(self, offset: int) -> date | None:
        """The date of the text's first dateline, if it starts before offset."""
        return self._datelines[0][1] if self._datelines and self._dateline_starts[0] < offset else None

    def last_dateline_before(self, offset: int) -> date | None:
        """The date of the last dateline before offset (or before the part, for a part of a file)."""
        index = bisect.bisect_left(self._dateline_starts, offset) - 1
        return self._datelines[index][1] if index >= 0 else self.part.dated if self.part else None

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of a character offset of the text."""
        offset = self.source_span(offset, offset + 1)[0]
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1 + (self.part.line if self.part else 0), offset - self._line_starts[line] + 1

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding offset."""
        if self._sentence_starts is None:
            text = self.checked_text
            starts = array("q", [0])
            for m in _SENTENCE_END.finditer(text):
                mark_end = m.start() + (text[m.start()] != "\n")  # "Dr." ends no sentence, at a full stop or a line break
                if not _ABBREVIATION.search(text, max(0, mark_end - 6), mark_end):
                    starts.append(m.end())
            self._sentence_starts = starts
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        start = self._sentence_starts[index]
        end = self._sentence_starts[index + 1] if index + 1 < len(self._sentence_starts) else len(self.text)
        if end - start <= 2 * _SENTENCE_REACH:
            return start, end
        # Text without sentence ends (a table, a run-on dump) is read in windows, so that the work per
        # claim stays bounded whatever the input. The windows start on a grid, so that neighbouring
        # claims share one window (and the findings one sentence text) instead of each holding its own.
        low = max(start, offset - _SENTENCE_REACH)
        low -= (low - start) % _WINDOW_STEP
        return low, min(end, low + 2 * _SENTENCE_REACH + _WINDOW_STEP)

    def sentence(self, offset: int) -> str:
        """The sentence holding offset, spaces collapsed: one string for all the claims of a sentence."""
        bounds = self.sentence_bounds(offset)
        if self._last_sentence[0] != bounds:
            self._last_sentence = bounds, " ".join(self.text[bounds[0] : bounds[1]].split())
        return self._last_sentence[1]


def _datelines(text: str) -> Iterator[re.Match]:
    """The lines that open with a date; a match after the first line starts at the line break before it."""
    first = _FIRST_DATELINE.match(text)
    if first:
        yield first
    yield from _NEXT_DATELINE.finditer(text)


def _too_big(max_bytes: int) -> str:
    return f"larger than {max_bytes / 1e6:g} MB: skipped (--max-file-size to raise the limit)"


def _regular_file(path: str, max_bytes: int) -> int:
    """A draft is a regular file of at most max_bytes (its size): /dev/zero, a FIFO or a socket would never end."""
    import stat

    try:
        info = Path(path).stat()
    except FileNotFoundError:
        raise UserError("no such file", path) from None
    except OSError as error:
        raise UserError(f"cannot read: {error.strerror or error}", path) from None
    if stat.S_ISDIR(info.st_mode):
        raise UserError("is a directory", path)
    if not stat.S_ISREG(info.st_mode):
        raise UserError("not a regular file (a device, pipe or socket)", path)
    if info.st_size > max_bytes:
        raise UserError(_too_big(max_bytes), path)
    return info.st_size


def _office_paragraphs(path: str) -> list[str]:
    from .office import paragraphs

    return paragraphs(path)


def _ignored_lines(text: str) -> list[tuple[int, int]]:
    """The line each "factcheck: ignore" silences: its own when text comes before it, else the next."""
    spans = []
    for found in _IGNORE_LINE.finditer(text):
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        if _COMMENT_OPENER.match(text[start : found.start()]):  # the directive stands alone: the next line
            start, end = end + 1, text.find("\n", end + 1)
            end = len(text) if end < 0 else end
        spans.append((start, max(start, end)))
    return spans


def _blank_all(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace each span by spaces, keeping newlines so lines stay put; one copy of the text, not one per span."""
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in sorted(spans):  # spans may overlap ("`x`" inside an HTML block): each character once
        start = max(start, last)
        if end <= start:
            continue
        pieces += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
