"""The report's colours, one per verdict, and which verdicts are problems: shared by every terminal format."""

from __future__ import annotations

from ..model import Verdict

STYLES = {
    Verdict.SUPPORTED: "bold green",
    Verdict.CONTRADICTED: "bold red",
    Verdict.OUTDATED: "bold yellow",
    Verdict.AMBIGUOUS: "bold magenta",
    Verdict.INCONSISTENT: "bold red",
    Verdict.UNVERIFIED: "dim",
}
PROBLEMS = (Verdict.CONTRADICTED, Verdict.INCONSISTENT, Verdict.OUTDATED, Verdict.AMBIGUOUS)
