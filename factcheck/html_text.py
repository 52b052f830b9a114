"""The text a reader sees in an HTML page, with the offset in the file of each of its characters.

Read with the standard library's parser: the text of the page only (no
script, style or attributes), character references decoded ("&#8217;" is
one apostrophe, never the claim "8217"), a blank line at each block so that
paragraphs stay apart. `offsets[i]` is where the i-th character of the text
starts in the file, so every finding still points at the file as written.
"factcheck:" comments are kept as text, so suppressions work as in Markdown.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_HIDDEN = frozenset({"script", "style", "template", "head", "svg", "math", "object", "iframe", "noscript"})
_KEPT_IN_HEAD = frozenset({"title"})
# fmt: off
_BLOCKS = frozenset({
    "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "caption", "blockquote", "pre", "figure",
    "figcaption", "title", "hr", "br", "form", "fieldset", "details", "summary", "address",
})
# fmt: on


class _Reader(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.pieces: list[str] = []
        self.offsets: list[int] = []  # where each character of the text starts in the source
        self.ends: list[int] = []  # and where it ends
        self.hidden: list[str] = []  # open hidden elements
        self.title = False

    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _emit(self, text: str, at: int, width: int | None = None) -> None:
        """Text that stands for source[at:at + width] (its own length when width is None)."""
        if self.hidden and not self.title:
            return
        self.pieces.append(text)
        if width is None:
            self.offsets.extend(range(at, at + len(text)))
            self.ends.extend(range(at + 1, at + len(text) + 1))
        else:
            self.offsets.extend([at] * len(text))
            self.ends.extend([at + width] * len(text))

    def _reference(self, written: str) -> None:
        at = self._here()
        width = len(written) + (1 if self.source.startswith(";", at + len(written)) else 0)
        self._emit(unescape(self.source[at : at + width]), at, width)

    def _break(self) -> None:
        self._emit("\n\n", self._here(), 0)

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden.append(tag)
        if tag in _KEPT_IN_HEAD:
            self.title = True
        if tag in _BLOCKS:
            self._break()

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self._break()
        if tag in _KEPT_IN_HEAD:
            self.title = False
        if tag in _HIDDEN and tag in self.hidden:
            while self.hidden and self.hidden.pop() != tag:
                pass

    def handle_data(self, data):
        self._emit(data, self._here())

    def handle_entityref(self, name):
        self._reference(f"&{name}")

    def handle_charref(self, name):
        self._reference(f"&#{name}")

    def handle_comment(self, data):
        if "factcheck:" in data:
            self._emit(f"<!--{data}-->", self._here(), len(data) + 7)


def visible_text(source: str) -> tuple[str, list[int], list[int]]:
    """(text, starts, ends): what a reader sees, and where each of its characters starts and ends in source."""
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    return "".join(reader.pieces), reader.offsets, reader.ends
