"""`--format html`: one self-contained page to share with colleagues who read in a browser.

The page holds each draft's text with its claims highlighted in their
verdict's colour, a note per finding beside the text (what the source says,
its link, the corrected wording), a summary table at the top and, for a
folder, an index of files. It needs no network and no JavaScript to read;
with JavaScript on, checkboxes filter the findings by verdict.

Safe to open whatever the drafts and the base hold: every piece of their
text is escaped, links are made only of http(s) addresses, and the page's
Content-Security-Policy lets no script run but its own (by hash), so even a
slip in escaping could not run a draft's `<script>`.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from .. import __version__, display
from ..display import printable
from ..model import VERDICTS, FileReport, Finding, Verdict
from .compact import correction, linkable
from .json_format import Tally

COLOURS = {  # background of a highlighted claim, and the colour of its badge
    Verdict.SUPPORTED: ("#d9f2dd", "#1b7a32"),
    Verdict.CONTRADICTED: ("#fbd5d5", "#b3161b"),
    Verdict.OUTDATED: ("#fcefc7", "#8a5a00"),
    Verdict.AMBIGUOUS: ("#f0d9f5", "#7a2a8c"),
    Verdict.INCONSISTENT: ("#fbd5d5", "#b3161b"),
    Verdict.UNVERIFIED: ("#e8e8e8", "#555555"),
}

_SCRIPT = """
document.querySelectorAll('.filters').forEach(function (bar) { bar.hidden = false; });
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('hide-' + box.value, !box.checked);
  });
});
"""
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
_POLICY = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{_SCRIPT_HASH}'"

_STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1200px; padding: 1.5em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
.base { color: #555; margin-top: 0; }
table.summary { border-collapse: collapse; margin: 1em 0; }
table.summary td, table.summary th { padding: 0.25em 0.8em; border: 1px solid #ddd; text-align: right; }
table.summary th { text-align: left; }
.badge { display: inline-block; color: #fff; border-radius: 3px; padding: 0 0.4em; font-size: 0.8em; font-weight: 600;
  text-transform: uppercase; letter-spacing: 0.03em; }
.draft { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em; align-items: start; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.6 ui-monospace, "SFMono-Regular", Menlo, monospace;
  background: #fafafa; border: 1px solid #e4e4e4; padding: 1em; margin: 0; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark sup { font-size: 0.7em; font-weight: 700; margin-left: 1px; }
ol.notes { margin: 0; padding-left: 2em; } ol.notes li { margin-bottom: 0.9em; }
.where, .source { color: #666; font-size: 0.85em; } .value, .write, .source { display: block; } .write { color: #1b7a32; }
.error { color: #b3161b; font-weight: 600; }
.filters { margin: 0.5em 0 1em; } .filters label { margin-right: 1em; }
ul.index { columns: 2; }
@media (max-width: 800px) { .draft { grid-template-columns: 1fr; } ul.index { columns: 1; } }
@media print { .filters { display: none; } }
"""


def _style() -> str:
    rules = [_STYLE]
    for verdict, (background, badge) in COLOURS.items():
        rules.append(f"mark.{verdict.value} {{ background: {background}; box-shadow: inset 0 -2px {badge}; }}")
        rules.append(f".badge.{verdict.value} {{ background: {badge}; }}")
        rules.append(f".hide-{verdict.value} li.{verdict.value} {{ display: none; }}")
        rules.append(f".hide-{verdict.value} mark.{verdict.value} {{ background: none; box-shadow: none; }}")
    return "\n".join(rules)


def _e(text: str) -> str:
    """Text of a draft or a base, as HTML: escaped, and no control character (printable())."""
    return html.escape(printable(text), quote=True)


def _link(url: str | None, text: str) -> str:
    safe = linkable(url)
    return f'<a href="{_e(safe)}" rel="noopener noreferrer">{_e(text)}</a>' if safe else _e(text)


def _badge(verdict: Verdict) -> str:
    return f'<span class="badge {verdict.value}">{verdict.value}</span>'


def html_page(reports: Iterable[FileReport], reference_paths: list[str], figures: int, text_of: Callable[[FileReport], str | None]) -> str:
    """The whole page. text_of gives a report's draft as its findings' offsets index it (None: show the notes only)."""
    tally = Tally()
    sections = []
    for number, report in enumerate(tally.counted(reports), 1):
        findings = list(report.findings)  # a section reads them three times
        report = replace(report, findings=findings)  # after they are read: a stream's error is then known
        sections.append(_section(number, report, findings, text_of(report)))
    return "".join(_page(tally.counts, reference_paths, figures, sections))


def _page(counts: dict, reference_paths: list[str], figures: int, sections: list[tuple[str, str]]) -> Iterator[str]:
    yield (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>factcheck report: {counts['claims']} claims in {counts['files']} files</title>\n"
        f"<style>{_style()}</style>\n</head>\n<body>\n"
    )
    yield "<header>\n<h1>factcheck report</h1>\n"
    yield f'<p class="base">base: {_e(", ".join(reference_paths))} ({figures:,} figures) · factcheck {_e(__version__)}</p>\n'
    yield '<table class="summary">\n<tr><th>files</th><td>' + str(counts["files"]) + "</td></tr>\n"
    yield "<tr><th>claims</th><td>" + str(counts["claims"]) + "</td></tr>\n"
    for verdict in Verdict:
        yield f"<tr><th>{_badge(verdict)}</th><td>{counts[verdict.value]}</td></tr>\n"
    yield "</table>\n"
    yield '<div class="filters" hidden>Show: ' + "".join(
        f'<label><input type="checkbox" value="{v}" checked> {v}</label>' for v in VERDICTS
    )
    yield "</div>\n</header>\n"
    if len(sections) > 1:
        yield '<nav>\n<h2>Files</h2>\n<ul class="index">\n' + "".join(index for index, _ in sections) + "</ul>\n</nav>\n"
    yield "<main>\n" + "".join(body for _, body in sections) + "</main>\n"
    yield f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"


def _section(number: int, report: FileReport, findings: list[Finding], text: str | None) -> tuple[str, str]:
    """(its line in the index, its section): the draft with its claims marked, and the notes beside it."""
    anchor = f"file-{number}"
    counts = {v: 0 for v in Verdict}
    for finding in findings:
        counts[finding.verdict] += 1
    shown = ", ".join(f"{n} {v.value}" for v, n in counts.items() if n)
    index = f'<li><a href="#{anchor}">{_e(report.path)}</a> <span class="where">{_e(shown or "no claims")}</span></li>\n'
    parts = [f'<section id="{anchor}">\n<h2>{_e(report.path)}</h2>\n']
    if report.error:
        parts.append(f'<p class="error">{_e(report.error)}</p>\n')
    if findings or text:
        parts.append('<div class="draft">\n')
        parts.append(f'<pre class="text">{_marked(number, text, findings)}</pre>\n' if text is not None else "<div></div>\n")
        parts.append('<ol class="notes">\n' + "".join(_note(number, i, f) for i, f in enumerate(findings, 1)) + "</ol>\n</div>\n")
    parts.append("</section>\n")
    return index, "".join(parts)


def _marked(file_number: int, text: str, findings: list[Finding]) -> str:
    """The draft, escaped, each claim in a <mark> of its verdict's class with its note's number."""
    pieces, at = [], 0
    for number, finding in enumerate(findings, 1):
        start, end = finding.claim.start, finding.claim.end
        if start < at or end > len(text):  # overlapping, or the file changed since it was checked: no mark
            continue
        verdict = finding.verdict.value
        pieces.append(_e(text[at:start]))
        pieces.append(
            f'<mark class="{verdict}" id="c-{file_number}-{number}" title="{verdict}">{_e(text[start:end])}'
            f'<sup><a href="#n-{file_number}-{number}">{number}</a></sup></mark>'
        )
        at = end
    pieces.append(_e(text[at:]))
    return "".join(pieces)


def _note(file_number: int, number: int, finding: Finding) -> str:
    """A margin note: verdict, where, the message, what the source says and where it is, what to write instead."""
    verdict = finding.verdict
    claim = " ".join(finding.claim.text.split())
    parts = [
        f'<li class="{verdict.value}" id="n-{file_number}-{number}">{_badge(verdict)} '
        f'<a class="where" href="#c-{file_number}-{number}">{finding.line}:{finding.column}</a> '
        f"<q>{_e(claim)}</q><br>{_e(finding.message)}"
    ]
    figure = finding.figure
    if figure is not None and verdict is not Verdict.INCONSISTENT:
        says = display.amount(figure.quantity.value, figure.quantity.unit) + (f" ({figure.period})" if figure.period else "")
        if says not in finding.message:  # most messages quote the source's value already
            parts.append(f'<span class="value">source says: {_e(says)}</span>')
        source = figure.source
        cited = f"source: {_link(source.url, source.named() or figure.id)}"
        if figure.reported_by is not None:
            cited += f"; reported by {_link(figure.reported_by.url, figure.reported_by.named() or '(unnamed)')}"
        parts.append(f'<span class="source">{cited}</span>')
    corrected = correction(finding)
    if corrected:
        parts.append(f'<span class="write">write: {_e(corrected)}</span>')
    return "\n".join(parts) + "</li>\n"
