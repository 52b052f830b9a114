"""The default report: one line a finding, sources once per file, the base named, a summary line, colour by the user's rules."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from test_cli import MIXED

ANSI = re.compile(r"\x1b\[")


def test_one_line_a_finding_with_sources_cited_once(workspace):
    draft = workspace.write("draft.txt", MIXED + "Freedonia's widget exports reached 39 billion U.S. dollars in 2023, again.\n")
    code, out, err = workspace.check("--no-color", str(draft))
    lines = out.splitlines()
    assert code == 1
    assert re.fullmatch(rf"base: {re.escape(str(workspace.reference))} \(\d+ figures\)", lines[0])
    findings = [line for line in lines if line.startswith(str(draft) + ":")]
    assert len(findings) == 4
    wrong = next(line for line in findings if "45 billion" in line)
    assert re.fullmatch(
        rf"{re.escape(str(draft))}:\d+:\d+  CONTRADICTED  \"45 billion U\.S\. dollars\"  source: 39\.2 billion USD \(2023\).*"
        r" — write 39 billion U\.S\. dollars \[1\]",
        wrong,
    )
    notes = [line for line in lines if line.startswith("    [")]
    assert len(notes) == 1 and notes[0].startswith("    [1] Freedonia Statistics Office")  # three citations, one note
    assert lines[-1] == "4 claims in 1 file: 2 supported, 1 contradicted, 0 outdated, 0 ambiguous, 0 inconsistent, 1 unverified"


def test_verbose_keeps_the_detailed_report(workspace):
    draft = workspace.write("draft.txt", MIXED)
    code, out, err = workspace.check("--no-color", "--verbose", str(draft))
    assert "suggest: 39 billion U.S. dollars" in out
    assert "widget-exports-2023: Freedonia Statistics Office" in out


def _run(args: list[str], cwd, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")} | env
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=60
    ).stdout


def test_piped_output_is_never_wrapped_and_colour_follows_no_color_and_force_color(workspace):
    long_sentence = (
        "Freedonia's widget exports, "
        + "by every account and in every month of the year, " * 3
        + "reached 45 billion U.S. dollars in 2023.\n"
    )
    draft = workspace.write("draft.txt", long_sentence)
    args = ["check", "--reference", str(workspace.reference), str(draft)]
    plain = _run(args, workspace.root)
    assert not ANSI.search(plain)  # a pipe is not a terminal
    finding = next(line for line in plain.splitlines() if "CONTRADICTED" in line)
    assert len(finding) > 80 and finding.endswith("[1]")  # one line, however long
    assert ANSI.search(_run(args, workspace.root, FORCE_COLOR="1"))
    assert not ANSI.search(_run(args, workspace.root, FORCE_COLOR="1", NO_COLOR="1"))  # NO_COLOR wins
    assert ANSI.search(_run([*args, "--color"], workspace.root, NO_COLOR="1"))  # the option wins over both
