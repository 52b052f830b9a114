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
from collections.abc import Callable, Iterable, Iterator
from functools import partial
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
        return Counter((str(f["path"]), str(f["verdict"]), str(f["text"]), str(f["sentence"])) for f in data["findings"])
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise UserError(f"cannot read the baseline: {error}", str(path)) from None
    except (KeyError, TypeError):
        raise UserError("a baseline finding lacks path, verdict, text or sentence", str(path)) from None


class Baseline:
    """--baseline FILE for one run. An existing FILE is read before anything is checked (a bad one is a usage
    error at once); the reports then stream through `filtered`, and `note` says what was written, if anything."""

    def __init__(self, file: str):
        self.file = file
        self.path = Path(file)
        self.known = _known(self.path) if self.path.exists() else None
        self.note: str | None = None

    def filtered(self, reports: Iterable[FileReport], complete: Callable[[], bool]) -> Iterator[FileReport]:
        """The reports without the baseline's findings; with no FILE yet, without any finding but supported ones,
        and FILE is written at the end when the run was `complete()` (never from a run cut short by Ctrl-C)."""
        if self.known is not None:
            yield from (report.passing(partial(self._unknown, report.path, known=self.known)) for report in reports)
            return
        recorded: list[dict] = []
        for report in reports:
            yield report.passing(partial(self._recorded, report.path, recorded=recorded))
        if not complete():
            self.note = f"baseline not written: the run was interrupted ({self.file})"
            return
        try:
            write_atomically(
                self.path, json.dumps({"version": _VERSION, "findings": recorded}, indent=1, ensure_ascii=False).encode("utf-8")
            )
        except OSError as error:
            raise UserError(f"cannot write the baseline: {error.strerror or error}", self.file) from None
        self.note = f"baseline written: {self.file} ({len(recorded)} findings); later runs report only new ones"

    @staticmethod
    def _unknown(path: str, findings: Iterable[Finding], known: Counter) -> Iterator[Finding]:
        for finding in findings:
            key = _key(path, finding)
            if finding.verdict is not Verdict.SUPPORTED and known[key] > 0:
                known[key] -= 1
                continue
            yield finding

    @staticmethod
    def _recorded(path: str, findings: Iterable[Finding], recorded: list[dict]) -> Iterator[Finding]:
        """The supported findings; the others go into the baseline being written."""
        for finding in findings:
            if finding.verdict is Verdict.SUPPORTED:
                yield finding
            else:
                recorded.append(dict(zip(("path", "verdict", "text", "sentence"), _key(path, finding))))
