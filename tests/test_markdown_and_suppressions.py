"""Markdown read as a document (prose judged; code, comments, link targets and footnote marks skipped) and suppressions."""

from __future__ import annotations

from factcheck.document import Document
from factcheck.extract.claims import extract_claims

MARKDOWN = """# Trade in 2023

Exports reached 39 billion U.S. dollars in 2023.[^1] Run `factcheck 45` or see [the report](https://example.org/r/45).

    indented code with 45 billion dollars

Inline <span class="n42">HTML</span>, <!-- a comment of 45 billion --> and <https://example.org/45>.

| year | value |
|------|-------|
| 2023 | 41 billion U.S. dollars |

- a list item of 43 billion U.S. dollars

[ref]: https://example.org/9
[^1]: Source 7.
"""


def texts(path: str, text: str) -> list[str]:
    return [c.text for c in extract_claims(Document(path, text))]


def test_markdown_prose_tables_and_lists_are_read_and_the_rest_is_skipped():
    assert texts("draft.md", MARKDOWN) == ["39 billion U.S. dollars", "41 billion U.S. dollars", "43 billion U.S. dollars"]


def test_the_same_text_as_plain_text_reads_the_code_too():
    assert "45" in " ".join(texts("draft.txt", MARKDOWN))


def test_positions_point_into_the_markdown_file(workspace):
    draft = workspace.write("draft.md", MARKDOWN, dateline=False)
    findings = workspace.findings(draft)
    source = draft.read_text(encoding="utf-8")
    assert [source[f["start"] : f["end"]] for f in findings] == [f["text"] for f in findings]
    assert [(f["line"], f["column"]) for f in findings] == [(3, 17), (11, 10), (13, 18)]


def test_markdown_suffix_is_in_the_default_globs(workspace):
    workspace.write("drafts/a.markdown", "Exports reached 39 billion U.S. dollars in 2023.\n")
    code, data, err = workspace.check_json(str(workspace.root / "drafts"))
    assert [f["path"].rsplit("/", 1)[-1] for f in data["files"]] == ["a.markdown"]


SUPPRESSED = """Exports reached 45 billion U.S. dollars in 2023. <!-- factcheck: ignore -->
<!-- factcheck: ignore -->
Imports reached 46 billion U.S. dollars in 2023.
GDP was 47 billion U.S. dollars in 2023.
# factcheck: off
A 48 billion dollar plan.
# factcheck: on
A 49 billion dollar plan. factcheck: ignore
A 50 billion dollar plan.
"""


def test_suppressions_in_comments_and_plain_lines():
    assert texts("draft.md", SUPPRESSED) == ["47 billion U.S. dollars", "50 billion dollar"]
    assert texts("draft.txt", SUPPRESSED) == ["47 billion U.S. dollars", "50 billion dollar"]


def test_each_inline_skip_holds_the_string_that_spares_its_search():
    """A text without a skip's string is not searched for it, so every match must hold that string (a link
    destination's "](" starts just before it)."""
    from factcheck.markdown import INLINE_SKIPS

    text = MARKDOWN + "Run ``a `b` c`` and <b>x</b>.\n"
    for name, pattern, needed in INLINE_SKIPS:
        found = [text[m.start() - len(needed) + 1 : m.end()] for m in pattern.finditer(text)]
        assert found, name
        assert all(needed in match for match in found), name


def test_code_spans_and_link_targets_match_as_their_first_patterns_did():
    """The patterns were rewritten to start with a literal (fast to search for); they match the same spans,
    the plain forms below, none of them across a blank line (which ends a paragraph)."""
    import re

    import pytest

    hypothesis = pytest.importorskip("hypothesis")
    from factcheck.markdown import _CODE_SPAN, _LINK_TARGET

    in_paragraph = r"(?:[^\n]|\n(?![ \t]*\n))"
    first_code_span = re.compile(rf"(?<!`)(`+)(?!`){in_paragraph}+?(?<!`)\1(?!`)")
    first_link_target = re.compile(rf"(?<=\])\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:(?:[ \t]+\n?|\n)[ \t]*\"(?:(?!\"){in_paragraph})*\")?\)")

    @hypothesis.settings(max_examples=500, deadline=None)
    @hypothesis.given(hypothesis.strategies.text(alphabet='`a ]()"\n\t', max_size=16))
    def same_spans(text):
        for ours, theirs in ((_CODE_SPAN, first_code_span), (_LINK_TARGET, first_link_target)):
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]

    same_spans()


def test_the_parser_is_needed_where_a_line_starts_a_block():
    """Looked for at the start and after each line break: the same answer as a line-start pattern."""
    import re

    import pytest

    hypothesis = pytest.importorskip("hypothesis")
    from factcheck.markdown import _NEEDS_PARSER_AFTER_A_BREAK, _NEEDS_PARSER_AT_START

    line_start = re.compile(r"^(?:(?: {4}|\t)[ \t]*\S| {0,3}<)", re.MULTILINE)

    @hypothesis.settings(max_examples=500, deadline=None)
    @hypothesis.given(hypothesis.strategies.text(alphabet=" \t\n<a", max_size=12))
    def same(text):
        ours = _NEEDS_PARSER_AT_START.match(text) or _NEEDS_PARSER_AFTER_A_BREAK.search(text)
        assert bool(ours) == bool(line_start.search(text))

    same()
