"""The default report: one line a finding, as ruff and Vale print them.

    examples/draft.txt:6:62  CONTRADICTED  "4.5 billion yuan"  source: 4.5 trillion CNY ... — write 4.5 trillion yuan [1]

Sources are cited once per file as numbered notes under its findings; a
header names the base, and the last line counts the verdicts. Lines are
never wrapped (an editor's terminal or a CI log scrolls; a wrapped claim
cannot be searched for). `--verbose` prints the detailed report instead.
"""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..display import printable as _p
from ..model import VERDICTS, FileReport, Finding, Verdict
from .json_format import summary
from .terminal import PROBLEMS, STYLES


def base_line(reference_paths: list[str], figures: int) -> str:
    """The header: which base the run used, and how many figures it holds."""
    return f"base: {', '.join(reference_paths) or '(none)'} ({figures:,} figures)"


def summary_line(reports: list[FileReport]) -> str:
    """'60 claims in 4 files: 46 supported, 6 contradicted, ...' (every verdict, zeros too: a CI log diffs well)."""
    counts = summary(reports)
    files = f"{counts['files']} file" + ("" if counts["files"] == 1 else "s")
    return f"{counts['claims']} claims in {files}: " + ", ".join(f"{counts[v]} {v}" for v in VERDICTS)


def finding_message(finding: Finding) -> str:
    """The message, and for a contradicted claim what to write instead."""
    message = " ".join(finding.message.split())
    if finding.verdict is Verdict.CONTRADICTED and (finding.suggestion or finding.expected):
        message += f" — write {finding.suggestion or finding.expected}"
    return message


def _notes(findings: list[Finding]) -> dict[str, int]:
    """Each source cited by these findings, numbered in order of first citation."""
    notes: dict[str, int] = {}
    for finding in findings:
        if finding.figure is not None and finding.verdict is not Verdict.INCONSISTENT:
            notes.setdefault(finding.figure.source.describe(), len(notes) + 1)
    return notes


def render_compact(reports: list[FileReport], console: Console, base: str, quiet: bool = False) -> None:
    if not quiet:
        console.print(Text(_p(base), style="dim"), soft_wrap=True)
    for report in reports:
        if report.error:
            console.print(Text(_p(f"{report.path}: error: {report.error}"), style="bold red"), soft_wrap=True)
            continue
        shown = [f for f in report.findings if not quiet or f.verdict in PROBLEMS]
        notes = _notes(shown)
        for finding in shown:
            line = Text(_p(f"{report.path}:{finding.line}:{finding.column}"), style="bold")
            line.append("  ")
            line.append(f"{finding.verdict.upper():<12}", style=STYLES[finding.verdict])
            line.append(_p(f"  \"{' '.join(finding.claim.text.split())}\"  {finding_message(finding)}"))
            if finding.figure is not None and finding.verdict is not Verdict.INCONSISTENT:
                line.append(f" [{notes[finding.figure.source.describe()]}]", style="cyan")
            console.print(line, soft_wrap=True)
        for source, number in notes.items():
            console.print(Text(_p(f"    [{number}] {source}"), style="cyan"), soft_wrap=True)
    console.print(Text(summary_line(reports), style="bold"), soft_wrap=True)
