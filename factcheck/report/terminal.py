"""The editor's report: coloured verdicts, line:column, the sentence with the claim marked, the source."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..display import printable as _p
from ..model import FileReport, Finding, Verdict
from .compact import correction
from .json_format import Tally
from .styles import PROBLEMS, STYLES

_SENTENCE_WIDTH = 160


def _sentence(finding: Finding) -> Text:
    """The sentence, shortened around the claim, with the claim highlighted."""
    sentence, claim = _p(finding.sentence), _p(" ".join(finding.claim.text.split()))
    at = sentence.find(claim)
    if at < 0:
        return Text(sentence[:_SENTENCE_WIDTH])
    start = max(0, at - _SENTENCE_WIDTH // 2)
    end = min(len(sentence), at + len(claim) + _SENTENCE_WIDTH // 2)
    text = Text(("…" if start else "") + sentence[start:at])
    text.append(claim, style=f"{STYLES[finding.verdict]} underline")
    text.append(sentence[at + len(claim) : end] + ("…" if end < len(sentence) else ""))
    return text


def _finding(console: Console, path: str, finding: Finding, explain: bool) -> None:
    head = Text()
    head.append(f"{finding.verdict.upper():<12}", style=STYLES[finding.verdict])
    head.append(f" {_p(path)}:{finding.line}:{finding.column}  ", style="bold")
    head.append(_p(" ".join(finding.claim.text.split())))
    console.print(head, soft_wrap=True)
    console.print(Text("    ") + _sentence(finding), soft_wrap=True)
    console.print(Text("    " + _p(finding.message), style="italic" if finding.verdict is Verdict.SUPPORTED else ""), soft_wrap=True)
    corrected = correction(finding)
    if corrected:
        console.print(Text(f"    suggest: {_p(corrected)}", style="green"), soft_wrap=True)
    figure = finding.figure
    if figure is not None and finding.verdict is not Verdict.INCONSISTENT:
        named = "" if figure.computed_from or figure.change_of else f"{figure.id}: "  # a derived figure has no id of its own
        line = Text(_p(f"    {named}{figure.source.describe()}"), style="cyan")
        if figure.reported_by:
            line.append(_p(f"; reported by {figure.reported_by.describe()}"), style="cyan")
        console.print(line, soft_wrap=True)
    for other in finding.others:
        console.print(Text(_p(f"    also fits: {other.id}: {other.source.describe()}"), style="magenta"), soft_wrap=True)
    if explain:
        for reason in finding.explanation:
            console.print(Text(_p(f"      · {reason}"), style="dim"), soft_wrap=True)


def render(reports: Iterable[FileReport], console: Console, quiet: bool = False, explain: bool = False) -> None:
    tally = Tally()
    for report in tally.counted(reports):
        headed = False
        for finding in report.findings:
            if quiet and finding.verdict not in PROBLEMS:
                continue
            if not headed:
                console.print(Text("\n" + _p(report.path), style="bold underline"))
                headed = True
            _finding(console, report.path, finding, explain)
        if report.error:  # known once its findings have been read (see FileReport)
            console.print(Text(_p(f"ERROR        {report.path}: {report.error}"), style="bold red"))
    counts = tally.counts
    if quiet:
        return
    table = Table(title=f"{counts['claims']} claims in {counts['files']} files", show_header=False)
    table.add_column("verdict")
    table.add_column("claims", justify="right")
    for verdict in Verdict:
        table.add_row(Text(verdict.value, style=STYLES[verdict]), str(counts[verdict.value]))
    console.print()
    console.print(table)


def render_claims(results, console: Console) -> None:
    """``factcheck extract``: one table of claims per file (results: api.Extraction)."""
    for result in results:
        if result.error is None:  # read: its claims, then an error met halfway through it, if any
            table = Table(title=_p(result.path), show_header=True, header_style="bold", title_justify="left")
            for heading in ("where", "text", "value", "unit", "bound", "kind", "period"):
                table.add_column(heading, justify="right" if heading == "value" else "left")
            for claim, _, _, line, column in result.claims:
                q = claim.quantity
                value = f"{q.range.low:g}–{q.range.high:g}" if q.bound == "range" and q.range is not None else f"{q.value:g}"
                table.add_row(
                    f"{line}:{column}", _p(claim.text), value, q.unit or "", q.bound, claim.kind, claim.period.label if claim.period else ""
                )
            console.print(table)
        if result.error:
            console.print(Text(_p(f"ERROR {result.path}: {result.error}"), style="bold red"))
