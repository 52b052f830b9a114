"""The default report: one line a finding, as ruff and Vale print them.

    examples/draft.txt:6:62  CONTRADICTED  "4.5 billion yuan"  source: 4.5 trillion CNY ... — write 4.5 trillion yuan [1]

Sources are cited once per file as numbered notes under its findings; a
header names the base, and the last line counts the verdicts. Lines are
never wrapped (an editor's terminal or a CI log scrolls; a wrapped claim
cannot be searched for). `--verbose` prints the detailed report instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..display import printable as _p
from ..model import VERDICTS, FileReport, Finding, Verdict
from .json_format import Tally
from .styles import PROBLEMS, STYLES

Segment = tuple[str, str]  # (text, rich style, "" for none)


def base_line(reference_paths: list[str], figures: int) -> str:
    """The header: which base the run used, and how many figures it holds."""
    return f"base: {', '.join(reference_paths) or '(none)'} ({figures:,} figures)"


def summary_line(counts: dict) -> str:
    """'60 claims in 4 files: 46 supported, 6 contradicted, ...' (every verdict, zeros too: a CI log diffs well)."""
    files = f"{counts['files']} file" + ("" if counts["files"] == 1 else "s")
    return f"{counts['claims']} claims in {files}: " + ", ".join(f"{counts[v]} {v}" for v in VERDICTS)


def correction(finding: Finding) -> str | None:
    """What to write instead of a contradicted claim: its own words with the source's value (else the value)."""
    if finding.verdict is not Verdict.CONTRADICTED:
        return None
    return finding.suggestion or finding.expected


def finding_message(finding: Finding) -> str:
    """The message, and for a contradicted claim what to write instead."""
    message = " ".join(finding.message.split())
    corrected = correction(finding)
    return f"{message} — write {corrected}" if corrected else message


_WEB_ADDRESS = re.compile(r"https?://[!#-~]+", re.IGNORECASE)  # printable ASCII, no space, quote or control character


def linkable(url: str | None) -> str | None:
    """The URL when a terminal may show it as a link (OSC 8): http or https only, nothing a terminal could misread.
    A base written by someone else must not be able to point a click at a file, a script or an escape sequence."""
    return url if url and _WEB_ADDRESS.fullmatch(url) else None


def compact_lines(reports: Iterable[FileReport], base: str, quiet: bool = False) -> Iterator[list[Segment]]:
    """The report, a line at a time as the reports arrive, each line a list of (text, style) segments; every text is printable."""
    if not quiet:
        yield [(_p(base), "dim")]
    tally = Tally()
    for report in tally.counted(reports):
        notes: dict[str, tuple[int, str | None]] = {}  # each source cited: its number, in order of first citation, and its link
        for finding in report.findings:
            if quiet and finding.verdict not in PROBLEMS:
                continue
            line = [
                (_p(f"{report.path}:{finding.line}:{finding.column}"), "bold"),
                ("  ", ""),
                (f"{finding.verdict.upper():<12}", STYLES[finding.verdict]),
                (_p(f'  "{" ".join(finding.claim.text.split())}"  {finding_message(finding)}'), ""),
            ]
            if finding.figure is not None and finding.verdict is not Verdict.INCONSISTENT:
                cited = finding.figure.source
                number, _ = notes.setdefault(cited.describe(), (len(notes) + 1, linkable(cited.url)))
                line.append((f" [{number}]", "cyan"))
            yield line
        for source, (number, url) in notes.items():
            yield [(_p(f"    [{number}] {source}"), f"cyan link {url}" if url else "cyan")]
        if report.error:  # known once its findings have been read (see FileReport)
            yield [(_p(f"{report.path}: error: {report.error}"), "bold red")]
    yield [(summary_line(tally.counts), "bold")]


def render_compact(reports: Iterable[FileReport], write, base: str, quiet: bool = False, console=None) -> None:
    """Print the report: through rich when there is colour to show, else as plain lines (rich is not even imported)."""
    if console is None:
        for segments in compact_lines(reports, base, quiet):
            write("".join(text for text, _ in segments))
        return
    from rich.text import Text

    for segments in compact_lines(reports, base, quiet):
        line = Text()
        for text, style in segments:
            line.append(text, style=style or None)
        console.print(line, soft_wrap=True)
