"""A baseline: the findings a project has accepted, so that a check reports only new ones.

`check --baseline FILE` reads FILE and leaves out every finding recorded
there; when FILE does not exist it is written with this run's findings (so
adopting factcheck on an old archive starts clean). A finding is matched by
its path, verdict, claim text and sentence, never by line number, so an edit
above a known finding does not bring it back. Supported claims are never
recorded. The file is JSON (never code), written atomically.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .atomic import write_atomically
from .errors import UserError
from .model import FileReport, Finding, Verdict

_MAX_BYTES = 100_000_000
_VERSION = 1


def _key(path: str, finding: Finding) -> tuple[str, str, str, str]:
    return (path, finding.verdict.value, " ".join(finding.claim.text.split()), " ".join(finding.sentence.split()))


def _known(path: Path) -> Counter:
    try:
        if path.stat().st_size > _MAX_BYTES or not path.is_file():
            raise UserError("not a regular file of at most 100 MB", str(path))
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != _VERSION or not isinstance(data.get("findings"), list):
            raise UserError(f"not a factcheck baseline (version {_VERSION})", str(path))
        return Counter(
            (str(f["path"]), str(f["verdict"]), str(f["text"]), str(f["sentence"])) for f in data["findings"]
        )
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise UserError(f"cannot read the baseline: {error}", str(path)) from None
    except (KeyError, TypeError):
        raise UserError("a baseline finding lacks path, verdict, text or sentence", str(path)) from None


def _write(path: Path, reports: list[FileReport]) -> int:
    findings = [dict(zip(("path", "verdict", "text", "sentence"), _key(r.path, f)))
                for r in reports for f in r.findings if f.verdict is not Verdict.SUPPORTED]
    write_atomically(path, json.dumps({"version": _VERSION, "findings": findings}, indent=1, ensure_ascii=False).encode("utf-8"))
    return len(findings)


def apply(reports: list[FileReport], file: str) -> tuple[list[FileReport], str | None]:
    """The reports without the baseline's findings, and a note when the baseline was written now."""
    path = Path(file)
    if not path.exists():
        try:
            count = _write(path, reports)
        except OSError as error:
            raise UserError(f"cannot write the baseline: {error.strerror or error}", file) from None
        return [replace(r, findings=[f for f in r.findings if f.verdict is Verdict.SUPPORTED]) for r in reports], \
            f"baseline written: {file} ({count} findings); later runs report only new ones"
    known = _known(path)
    kept_reports = []
    for report in reports:
        kept = []
        for finding in report.findings:
            key = _key(report.path, finding)
            if finding.verdict is not Verdict.SUPPORTED and known[key] > 0:
                known[key] -= 1
                continue
            kept.append(finding)
        kept_reports.append(replace(report, findings=kept))
    return kept_reports, None
