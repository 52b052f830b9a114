"""What the language server knows of a draft, without the protocol: its findings, where they are, what to offer.

Kept apart from `server.py` (the pygls wiring) so that it can be read and
tested on its own. Offsets are Python string indices into the editor's text;
`Lines` turns them into the protocol's (line, character) in the client's
code units (UTF-16 unless the client agreed on another).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import HTML_SUFFIXES, Document
from ..errors import UserError
from ..model import Finding, Source, Verdict

if TYPE_CHECKING:
    from ..figures import ReferenceBase

IGNORE_COMMENT = "<!-- factcheck: ignore -->"  # silences the findings of the line it ends (see docs/DESIGN.md)


class Lines:
    """Line starts of a text, to go between string offsets and (line, character) in a client's code units."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.encoding = encoding

    def _units(self, piece: str) -> int:
        if self.encoding == "utf-32":
            return len(piece)
        if self.encoding == "utf-8":
            return len(piece.encode("utf-8", "surrogatepass"))
        return len(piece) + sum(1 for c in piece if ord(c) > 0xFFFF)  # a character past U+FFFF is two UTF-16 units

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, character) of a string offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, self._units(self.text[self.starts[line] : offset])

    def offset(self, line: int, character: int) -> int:
        """The string offset of a client's (line, character); past the end of a line is its end."""
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)
        units = 0
        for index in range(start, end):
            if units >= character:
                return index
            units += self._units(self.text[index])
        return end

    def line_end(self, line: int) -> int:
        """The offset of the end of a line (before its line break)."""
        return self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)


@dataclass
class CheckedDraft:
    """A draft as last checked: its text (with Windows line ends made plain) and its findings."""

    path: str
    text: str
    findings: list[Finding]
    lines: Lines = field(init=False)
    encoding: str = "utf-16"

    def __post_init__(self) -> None:
        self.lines = Lines(self.text, self.encoding)

    def span(self, finding: Finding) -> tuple[tuple[int, int], tuple[int, int]]:
        """The claim's range: (line, character) of its start and of its end."""
        return self.lines.position(finding.claim.start), self.lines.position(finding.claim.end)

    def at(self, line: int, character: int) -> Finding | None:
        """The finding whose claim holds this position (its ends included)."""
        offset = self.lines.offset(line, character)
        for finding in self.findings:
            if finding.claim.start <= offset <= finding.claim.end:
                return finding
        return None

    def ignore_offset(self, finding: Finding) -> int:
        """Where `factcheck: ignore` silences the claim's line: the line's end; in an HTML page, right after
        the claim (the comment ends the line of text a reader sees, which a tag may end before the file's line does)."""
        if self.path.lower().endswith(HTML_SUFFIXES):
            return finding.claim.end
        return self.lines.line_end(self.lines.position(finding.claim.start)[0])

    def within(self, first: tuple[int, int], last: tuple[int, int]) -> list[Finding]:
        """The findings whose claims overlap a range (a cursor is a range of no width)."""
        start, end = self.lines.offset(*first), self.lines.offset(*last)
        return [f for f in self.findings if f.claim.start <= end and f.claim.end >= start]


def check_draft(path: str, text: str, base: ReferenceBase, as_of: date | None, encoding: str = "utf-16") -> CheckedDraft:
    """Check an editor's text as the file at path would be checked (its suffix says Markdown, HTML or plain text)."""
    from ..api import findings_in_the_file

    doc = Document.from_text(path, text, as_of)
    findings = findings_in_the_file(doc, base, explain=True)
    return CheckedDraft(path, doc.source if doc.source is not None else doc.text, findings, encoding)


def hover_markdown(finding: Finding) -> str:
    """What a hover on a claim shows: the verdict, what the source says and where it is, the arithmetic."""
    from ..report.compact import correction

    claim = " ".join(finding.claim.text.split())
    lines = [f"**factcheck: {finding.verdict.value}** — `{_code(claim)}`", "", _plain(finding.message)]
    corrected = correction(finding)
    if corrected:
        lines += ["", f"Write instead: `{_code(corrected)}`"]
    figure = finding.figure
    if figure is not None and finding.verdict is not Verdict.INCONSISTENT:
        lines += ["", f"Source: {_cited(figure.source)}"]
        if figure.reported_by is not None:
            lines.append(f"Reported by: {_cited(figure.reported_by)}")
    for other in finding.others:
        lines.append(f"Also fits: {_plain(other.id)}: {_plain(other.source.describe())}")
    if finding.explanation:
        lines += ["", "How it was judged:", *(f"- {_plain(step)}" for step in finding.explanation)]
    return "\n".join(lines)


def _cited(source: Source) -> str:
    """A source as Markdown: its publisher, title and date, a link when its address is a web one."""
    from ..report.compact import linkable

    text = _plain(source.named() or "(unnamed)")
    url = linkable(source.url)
    return f"[{text}]({url})" if url else text


def source_url(finding: Finding) -> str | None:
    """Where the source of a finding can be read: its own web address, else that of whoever reported it."""
    from ..report.compact import linkable

    figure = finding.figure
    if figure is None or finding.verdict is Verdict.INCONSISTENT:
        return None
    return linkable(figure.source.url) or (linkable(figure.reported_by.url) if figure.reported_by else None)


_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()<>#+!|~"})


def _plain(text: str) -> str:
    """Draft or base text shown as itself in Markdown: no link, emphasis or HTML of its own."""
    return " ".join(text.split()).translate(_MARKDOWN_SPECIAL)


def _code(text: str) -> str:
    return text.replace("`", "'")


@dataclass
class LoadedBase:
    """A reference base and the state of its files when it was loaded: reloaded when that changes."""

    paths: tuple[str, ...]
    stamp: tuple[tuple[str, int, int], ...]
    base: ReferenceBase


def base_stamp(paths: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    """Each YAML file of the base with its modification time and size: a file edited, added or removed changes it."""
    from ..figures import yaml_files

    stamp = []
    for file in yaml_files(paths)[0]:
        try:
            info = file.stat()
        except OSError:
            continue
        stamp.append((str(file), info.st_mtime_ns, info.st_size))
    return tuple(stamp)


class Bases:
    """The bases in use, by their paths: each loaded once, and again when one of its files changes."""

    def __init__(self) -> None:
        self.loaded: dict[tuple[str, ...], LoadedBase] = {}
        self.loads = 0  # how many times a base was (re)loaded: the tests read it

    def settings_for(self, draft: Path) -> tuple[tuple[str, ...], date | None]:
        """The base paths and the date of a draft, as `factcheck check` would find them from its folder."""
        from ..config import find
        from ..figures import find_reference

        settings = find(draft.parent).values
        references = settings.get("reference") or tuple(str(p) for p in find_reference(draft.parent))
        as_of = settings.get("as-of")
        return tuple(str(Path(p).resolve()) for p in references), (date.fromisoformat(as_of) if as_of else None)

    def get(self, paths: tuple[str, ...]) -> ReferenceBase:
        """The base of these paths, loaded (or compiled) when first asked for or when its files changed."""
        from ..compiled import load_compiled
        from ..figures import load_reference

        stamp = base_stamp(paths)
        known = self.loaded.get(paths)
        if known is None or known.stamp != stamp:
            base = load_compiled(list(paths), load_reference)
            if not base.count:
                raise UserError("the reference base has no figures: nothing could be checked against it", ", ".join(paths))
            self.loaded[paths] = known = LoadedBase(paths, stamp, base)
            self.loads += 1
        return known.base
