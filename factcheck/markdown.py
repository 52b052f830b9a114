"""What in a Markdown file is prose, and what is not: code, comments, link targets, footnote marks.

markdown-it-py (installed with rich) finds the blocks: fenced and indented
code, raw HTML blocks. Inside prose, code spans, inline HTML, link
destinations, autolinks and footnote marks are found by the patterns below,
the way CommonMark writes them. The caller blanks these ranges with spaces,
so every offset still points into the file as written.
"""

from __future__ import annotations

import bisect
import re

from . import regexes

# Inline parts never cross a blank line, which ends a paragraph (CommonMark); an HTML comment may (an HTML block).
_IN_PARAGRAPH = r"(?:[^\n]|\n(?![ \t]*\n))"  # a character, or a line break that does not open a blank line
_CODE_SPAN = regexes.compile(rf"(`(?<!``)`*)(?!`){_IN_PARAGRAPH}+?(?<!`)\1(?!`)")  # a run of backticks, then the same run
_INLINE_HTML = regexes.compile(
    rf"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:(?:[ \t]|\n(?![ \t]*\n))(?:(?![<>]){_IN_PARAGRAPH})*)?/?>", re.DOTALL
)
_AUTOLINK = regexes.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>")
_LINK_TARGET = regexes.compile(rf"\((?<=\]\()[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:(?:[ \t]+\n?|\n)[ \t]*\"(?:(?!\"){_IN_PARAGRAPH})*\")?\)")
_FOOTNOTE_MARK = regexes.compile(r"\[\^[^\]\s]+\]:?")
_REFERENCE_DEFINITION = regexes.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE)

# What is skipped, as the README lists it: (name, pattern, a string every match holds) for the inline parts.
# A text without that string is not searched: a pattern that cannot start with a literal tries every position.
INLINE_SKIPS = (
    ("code span", _CODE_SPAN, "`"),
    ("HTML comment or tag", _INLINE_HTML, "<"),
    ("autolink", _AUTOLINK, "<"),
    ("link destination", _LINK_TARGET, "]("),
    ("footnote mark", _FOOTNOTE_MARK, "[^"),
    ("link reference definition", _REFERENCE_DEFINITION, "]:"),
)


# Only an indented line of text, one opening with "<" or a fence left open or indented can start a block the parser
# must find (indented code, raw HTML, a fence to the end of the text); fenced code is blanked before. Most drafts
# have none, and then markdown-it (~20 ms) is not imported. Blanked lines (front matter) are only spaces. Looked
# for after each line break (a literal is found in C) and at the start.
_BLOCK_START = r"(?:(?: {4}|\t)[ \t]*\S| {0,3}(?:<|```|~~~))"
_NEEDS_PARSER_AT_START = regexes.compile(_BLOCK_START)
_NEEDS_PARSER_AFTER_A_BREAK = regexes.compile(rf"\n{_BLOCK_START}")


def skipped_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of everything in a Markdown text that is not prose to check."""
    needs_parser = _NEEDS_PARSER_AT_START.match(text) or _NEEDS_PARSER_AFTER_A_BREAK.search(text)
    ranges = _block_ranges(text) if needs_parser else []
    code = sorted(ranges)
    code_starts = [start for start, _ in code]
    for _, pattern, needed in INLINE_SKIPS:
        if needed in text:
            ranges += [(m.start(), m.end()) for m in pattern.finditer(text) if not _inside(m.start(), code, code_starts)]
    return ranges


def _block_ranges(text: str) -> list[tuple[int, int]]:
    """Indented and fenced code blocks, and the tags of raw HTML blocks, as markdown-it-py finds them."""
    from markdown_it import MarkdownIt

    starts = [0] + [m.end() for m in re.finditer("\n", text)] + [len(text)]
    ranges = []
    for token in MarkdownIt("commonmark", {"html": True}).enable("table").parse(text):
        if token.map is None:
            continue
        start, end = starts[token.map[0]], starts[min(token.map[1], len(starts) - 1)]
        if token.type in ("code_block", "fence"):
            ranges.append((start, end))
        elif token.type == "html_block":  # a comment or a raw block: its tags are not prose, its words may be
            ranges += [(m.start(), m.end()) for m in _INLINE_HTML.finditer(text, start, end)]
    return ranges


def _inside(offset: int, blocks: list[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < blocks[index][1]
