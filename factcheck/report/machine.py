"""The formats other programs read: concise lines, GitHub workflow commands, SARIF 2.1.0, JUnit XML.

Each takes the reports and gives the lines to print: concise and github a line
at a time as the reports arrive; SARIF and JUnit are one document each, whose
reports are held until the end. Supported claims are
left out of the problem formats (github, sarif, junit failures): they are
not problems. Levels follow the verdict: error for contradicted and
inconsistent, warning for outdated and ambiguous, note for unverified.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator

from .. import __version__
from ..display import printable
from ..model import FileReport, Finding, Verdict
from .compact import finding_message

LEVELS = {
    Verdict.CONTRADICTED: "error",
    Verdict.INCONSISTENT: "error",
    Verdict.OUTDATED: "warning",
    Verdict.AMBIGUOUS: "warning",
    Verdict.UNVERIFIED: "note",
}
_GITHUB_LEVELS = {"error": "error", "warning": "warning", "note": "notice"}
RULE_TEXT = {
    Verdict.CONTRADICTED: "A sourced figure matches the claim and the claim does not hold.",
    Verdict.INCONSISTENT: "The text contradicts itself (a conversion, a change or a share computed from its own numbers).",
    Verdict.OUTDATED: "The claim matches an older figure while a newer one exists.",
    Verdict.AMBIGUOUS: "Several figures fit the claim about equally well and disagree.",
    Verdict.UNVERIFIED: "No figure in the reference base is about this claim, or the source only bounds it.",
    Verdict.SUPPORTED: "A sourced figure matches the claim and the claim holds.",
}


def end_of(finding: Finding) -> tuple[int, int]:
    """(line, column) just past the claim, 1-based, as the start is."""
    text = finding.claim.text
    if "\n" not in text:
        return finding.line, finding.column + len(text)
    return finding.line + text.count("\n"), len(text.rsplit("\n", 1)[1]) + 1


def _problems(report: FileReport) -> Iterator[Finding]:
    return (f for f in report.findings if f.verdict is not Verdict.SUPPORTED)


def concise(reports: Iterable[FileReport]) -> Iterator[str]:
    """path:line:col: verdict: message, one line a finding (supported ones too: grep decides)."""
    for report in reports:
        for f in report.findings:
            yield printable(
                f'{report.path}:{f.line}:{f.column}: {f.verdict.value}: "{" ".join(f.claim.text.split())}" {finding_message(f)}'
            )
        if report.error:  # known once its findings have been read (see FileReport)
            yield printable(f"{report.path}:1:1: error: {report.error}")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(reports: Iterable[FileReport]) -> Iterator[str]:
    """GitHub Actions workflow commands: an annotation on the claim's span per problem."""
    for report in reports:
        path = _escape_property(printable(report.path))
        for f in _problems(report):
            end_line, end_column = end_of(f)
            title = _escape_property(f"factcheck: {f.verdict.value}")
            message = _escape_data(printable(f'"{" ".join(f.claim.text.split())}" {finding_message(f)}'))
            yield (
                f"::{_GITHUB_LEVELS[LEVELS[f.verdict]]} file={path},line={f.line},col={f.column},"
                f"endLine={end_line},endColumn={end_column},title={title}::{message}"
            )
        if report.error:  # known once its findings have been read (see FileReport)
            yield f"::error file={path},title=factcheck::{_escape_data(printable(report.error))}"


def sarif(reports: Iterable[FileReport]) -> Iterator[str]:
    """SARIF 2.1.0: one rule per verdict, one result per problem, regions with start and end."""
    rules = [
        {
            "id": v.value,
            "name": v.value.capitalize(),
            "shortDescription": {"text": RULE_TEXT[v]},
            "defaultConfiguration": {"level": LEVELS[v]},
        }
        for v in LEVELS
    ]
    results, notifications = [], []
    for report in reports:
        for f in _problems(report):
            end_line, end_column = end_of(f)
            result: dict[str, object] = {
                "ruleId": f.verdict.value,
                "level": LEVELS[f.verdict],
                "message": {"text": f'"{" ".join(f.claim.text.split())}" {finding_message(f)}'},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": report.path},
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "endLine": end_line,
                                "endColumn": end_column,
                                "snippet": {"text": f.claim.text},
                            },
                        }
                    }
                ],
            }
            if f.figure is not None and f.figure.source.url:
                result["relatedLocations"] = [
                    {
                        "id": 1,
                        "physicalLocation": {"artifactLocation": {"uri": f.figure.source.url}},
                        "message": {"text": f.figure.source.describe()},
                    }
                ]
            results.append(result)
        if report.error:  # known once its findings have been read (see FileReport)
            location = {"physicalLocation": {"artifactLocation": {"uri": report.path}}}
            notifications.append({"level": "error", "message": {"text": report.error}, "locations": [location]})
    run = {
        "tool": {"driver": {"name": "factcheck", "version": __version__, "rules": rules}},
        "results": results,
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
    }
    yield json.dumps(
        {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": [run]}, indent=2, ensure_ascii=False
    )


def junit(reports: Iterable[FileReport]) -> Iterator[str]:
    """JUnit XML: a testsuite per file, a testcase per claim, a failure per problem (unverified: skipped).

    Every text goes through printable(): XML 1.0 cannot carry control characters.
    """
    _p = printable
    suites = ET.Element("testsuites", name="factcheck")
    for report in reports:
        suite = ET.SubElement(suites, "testsuite", name=_p(report.path))
        failures = skipped = errors = cases = 0
        for f in report.findings:
            cases += 1
            message = _p(finding_message(f))
            case = ET.SubElement(
                suite, "testcase", name=_p(f"{f.line}:{f.column} {' '.join(f.claim.text.split())}"), classname=_p(report.path)
            )
            if f.verdict is Verdict.UNVERIFIED:
                skipped += 1
                ET.SubElement(case, "skipped", message=message)
            elif f.verdict is not Verdict.SUPPORTED:
                failures += 1
                failure = ET.SubElement(case, "failure", message=message, type=f.verdict.value)
                failure.text = _p(f"{report.path}:{f.line}:{f.column}: {f.verdict.value}: ") + message
        if report.error:  # known once its findings have been read (see FileReport)
            errors += 1
            case = ET.SubElement(suite, "testcase", name="read", classname=_p(report.path))
            ET.SubElement(case, "error", message=_p(report.error))
        suite.set("tests", str(cases + errors))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", str(skipped))
    yield ET.tostring(suites, encoding="unicode", xml_declaration=True)
