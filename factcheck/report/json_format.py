"""The JSON contract of DESIGN.md, version 1 (check and extract)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..model import VERDICTS, Claim, FileReport, Finding

if TYPE_CHECKING:
    from ..api import Extraction, Located


def _number(value: float | None) -> float | None:
    return value if value is None or math.isfinite(value) else None


def claim_object(claim: Claim) -> dict:
    q = claim.quantity
    return {
        "value": _number(q.value),
        "unit": q.unit,
        "bound": q.bound,
        "low": None if q.range is None else _number(q.range.low),
        "high": None if q.range is None else _number(q.range.high),
        "kind": claim.kind,
        "period": claim.period.label if claim.period else None,
    }


def finding_object(finding: Finding) -> dict:
    claim, figure = finding.claim, finding.figure
    result = {
        "verdict": finding.verdict,
        "line": finding.line,
        "column": finding.column,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "sentence": finding.sentence,
        "claim": claim_object(claim),
        "figure": None
        if figure is None
        else {
            "id": figure.id,
            "value": _number(figure.quantity.value),
            "unit": figure.quantity.unit,
            "period": figure.period.label if figure.period else None,
            "source": figure.source.as_dict(),
            **({"reported_by": figure.reported_by.as_dict()} if figure.reported_by else {}),
            **({"entity": figure.key.entity, "measure": figure.key.measure} if figure.key else {}),
        },
        "expected": finding.expected,
        "difference": finding.difference,
        "message": finding.message,
        "reason": finding.reason.value,  # messages.Reason: why, for programs
    }
    if finding.explanation:
        result["explanation"] = finding.explanation
    if finding.suggestion:
        result["suggestion"] = finding.suggestion
    return result


class Tally:
    """Files, claims and claims per verdict, counted as the reports stream past (a report is never held)."""

    def __init__(self) -> None:
        self.counts = {"files": 0, "claims": 0, **{v: 0 for v in VERDICTS}}

    def counted(self, reports: Iterable[FileReport]) -> Iterator[FileReport]:
        """The reports, each finding counted as it is read (see FileReport)."""
        for report in reports:
            self.counts["files"] += 1
            yield report.passing(self._counted)

    def _counted(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        for finding in findings:
            self.counts["claims"] += 1
            self.counts[finding.verdict] += 1
            yield finding


def summary(reports: Iterable[FileReport]) -> dict:
    tally = Tally()
    for report in tally.counted(reports):
        for _ in report.findings:
            pass
    return tally.counts


def check_json(reports: Iterable[FileReport], reference_paths: list[str], figures: int) -> str:
    return "".join(check_json_chunks(reports, reference_paths, figures))


def _nested(value, level: int) -> str:
    """json.dumps(value, indent=2) as it reads at nesting depth `level` of a larger document."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * level)


def check_json_chunks(reports: Iterable[FileReport], reference_paths: list[str], figures: int):
    """The JSON document in pieces, a finding at a time, as the reports arrive: the same bytes as one
    json.dumps(indent=2), without holding the document (hundreds of MB for a draft of 100,000 numbers)
    or the batch's reports (a million files) in memory."""
    yield '{\n  "version": 1,\n  "reference": ' + _nested({"paths": reference_paths, "figures": figures}, 1) + ',\n  "files": '
    tally = Tally()
    for index, report in enumerate(tally.counted(reports)):
        yield (
            ("[" if index == 0 else ",") + '\n    {\n      "path": ' + json.dumps(report.path, ensure_ascii=False) + ',\n      "findings": '
        )
        written = 0
        for finding in report.findings:
            yield ("," if written else "[") + "\n        " + _nested(finding_object(finding), 4)
            written += 1
        yield "\n      ]" if written else "[]"
        if report.error:
            yield ',\n      "error": ' + json.dumps(report.error, ensure_ascii=False)
        yield "\n    }"
    yield "\n  ]" if tally.counts["files"] else "[]"
    yield ',\n  "summary": ' + _nested(tally.counts, 1) + "\n}"


def extract_json_chunks(results: Iterable[Extraction]) -> Iterator[str]:
    """`factcheck extract`'s JSON document in pieces, a claim at a time, as the inputs are read: the same
    bytes as one json.dumps(indent=2), holding neither a big draft's claims nor a batch's results."""
    yield '{\n  "version": 1,\n  "files": '
    files = 0
    for result in results:
        yield ("[" if files == 0 else ",") + '\n    {\n      "path": ' + json.dumps(result.path, ensure_ascii=False) + ',\n      "claims": '
        files += 1
        written = 0
        for located in result.claims:
            yield ("," if written else "[") + "\n        " + _nested(_extracted_object(located), 4)
            written += 1
        yield "\n      ]" if written else "[]"
        if result.error:
            yield ',\n      "error": ' + json.dumps(result.error, ensure_ascii=False)
        yield "\n    }"
    yield "\n  ]\n}" if files else "[]\n}"


def _extracted_object(located: Located) -> dict:
    claim = located.claim
    return {
        "text": claim.text,
        "start": located.start,
        "end": located.end,
        "line": located.line,
        "column": located.column,
        **claim_object(claim),
        "certain": claim.certain,
    }


def jsonl_lines(reports: Iterable[FileReport], reference_paths: list[str], figures: int):
    """JSON Lines: a line for the base, a line for each file (its findings, as in the JSON report), a line for the summary."""
    yield json.dumps({"version": 1, "reference": {"paths": reference_paths, "figures": figures}}, ensure_ascii=False)
    tally = Tally()
    for report in tally.counted(reports):
        entry = {"path": report.path, "findings": [finding_object(f) for f in report.findings]}
        if report.error:
            entry["error"] = report.error
        yield json.dumps(entry, ensure_ascii=False)
    yield json.dumps({"summary": tally.counts}, ensure_ascii=False)
