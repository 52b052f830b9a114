"""A huge draft is checked in memory that grows with its text only, not with its claims.

A draft's claims and findings are made and reported a sentence at a time, so what a run holds is the
draft's text (and small indexes of it), whatever it says. Peak memory is measured in a process of
its own, as a user meets it (max RSS); slow, so out of the default run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)"),
]

# Claims of every sort, with text that is not ASCII ("€", curly quotes), places and a dateline.
_PARAGRAPH = (
    "2024-03-01 09:30\n"
    "Freedonia’s widget exports reached 39 billion U.S. dollars in 2023, up 12 percent from 2022, "
    "while imports fell to €31.5 billion (about 34 billion dollars).\n"
    "Engineers finished 37 new bridges over the river; about 1,200 workers, a third of them women, "
    "built them in the first half of the year at a cost of 2.5 million euros each.\n\n"
)

# The process's own peak (VmHWM): getrusage's maxrss would count the parent's memory at the fork.
_PEAK = (
    "import sys\n"
    "from factcheck.cli import main\n"
    "main(sys.argv[1:])\n"
    "print(next(int(line.split()[1]) // 1024 for line in open('/proc/self/status') if line.startswith('VmHWM')))\n"
)


def _checked(workspace, megabytes: int) -> tuple[int, dict]:
    """Peak memory (MB) of checking a draft of this many megabytes, and its JSON report's summary."""
    draft = workspace.root / f"big-{megabytes}.txt"
    copies = megabytes * 1_000_000 // len(_PARAGRAPH.encode("utf-8"))
    draft.write_text(_PARAGRAPH * copies, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _PEAK,
            "check",
            "--format",
            "json",
            "--max-file-size",
            "25",
            "--reference",
            str(workspace.reference),
            str(draft),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report, _, peak = done.stdout.rstrip().rpartition("\n")
    assert done.returncode in (0, 1), done.stderr
    return int(peak), json.loads(report)["summary"]


def test_a_draft_four_times_bigger_costs_its_text_not_its_claims(workspace):
    small_peak, small = _checked(workspace, 1)
    big_peak, big = _checked(workspace, 4)
    assert big["claims"] >= 3.9 * small["claims"] > 30_000  # every claim is reported
    # Holding every claim and finding cost 45 MB a MB of draft; the text and its indexes cost about 8.
    assert (big_peak - small_peak) / 3 < 15, (small_peak, big_peak)
