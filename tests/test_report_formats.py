"""The machine formats: concise lines, GitHub workflow commands, SARIF 2.1.0, JUnit XML; exit codes as for text."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_cli import MIXED

SARIF_SCHEMA = Path(__file__).parents[1].parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def run(workspace, fmt: str, *extra: str):
    draft = workspace.write("draft.txt", MIXED)
    code, out, err = workspace.check("--format", fmt, *extra, str(draft))
    return draft, code, out


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "concise", "github", "sarif", "junit"])
def test_exit_code_is_the_same_in_every_format(workspace, fmt):
    assert run(workspace, fmt)[1] == 1
    assert run(workspace, fmt, "--fail-on", "none")[1] == 0


def test_concise_is_one_line_a_finding(workspace):
    draft, code, out = run(workspace, "concise")
    lines = out.splitlines()
    assert len(lines) == 3
    assert all(re.match(rf"{re.escape(str(draft))}:\d+:\d+: (supported|contradicted|unverified): \"", line) for line in lines)
    assert any(': contradicted: "45 billion U.S. dollars" source: 39.2 billion USD (2023)' in line for line in lines)


def test_github_annotates_each_problem_with_its_span(workspace):
    draft, code, out = run(workspace, "github")
    path = str(draft).replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    assert out.splitlines() == [  # supported claims are not problems; "%" in a message is written %25
        f"::error file={path},line=4,col=36,endLine=4,endColumn=59,title=factcheck%3A contradicted::"
        '"45 billion U.S. dollars" source: 39.2 billion USD (2023); draft says 45 billion U.S. dollars, '
        "15%25 higher than the source allows — write 39 billion U.S. dollars",
        f"::notice file={path},line=6,col=20,endLine=6,endColumn=22,title=factcheck%3A unverified::"
        '"37" no figure in the reference base is about this claim',
    ]


def test_github_is_chosen_on_github_actions(workspace, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    draft = workspace.write("draft.txt", MIXED)
    code, out, err = workspace.check(str(draft))
    assert out.startswith("::") and code == 1


def test_sarif_has_a_rule_per_verdict_and_regions(workspace):
    draft, code, out = run(workspace, "sarif")
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    assert {r["id"]: r["defaultConfiguration"]["level"] for r in run_["tool"]["driver"]["rules"]} == {
        "contradicted": "error",
        "inconsistent": "error",
        "outdated": "warning",
        "ambiguous": "warning",
        "unverified": "note",
    }
    levels = {r["ruleId"]: r["level"] for r in run_["results"]}
    assert levels == {"contradicted": "error", "unverified": "note"}
    region = next(r for r in run_["results"] if r["ruleId"] == "contradicted")["locations"][0]["physicalLocation"]["region"]
    assert region["endColumn"] - region["startColumn"] == len("45 billion U.S. dollars") and region["startLine"] == region["endLine"]
    if SARIF_SCHEMA.is_file():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_junit_has_a_suite_per_file_and_a_failure_per_problem(workspace):
    draft, code, out = run(workspace, "junit")
    suites = ET.fromstring(out)
    (suite,) = suites.findall("testsuite")
    assert suite.get("name") == str(draft)
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("3", "1", "1")
    failure = suite.find("testcase/failure")
    assert failure.get("type") == "contradicted" and "39.2 billion" in failure.get("message")


def test_junit_stays_valid_xml_with_control_characters_in_a_draft(workspace):
    draft = workspace.write("draft.txt", "Freedonia's widget exports\x07 reached 45 billion U.S. dollars in 2023.\x01\n")
    code, out, err = workspace.check("--format", "junit", str(draft))
    ET.fromstring(out)  # parses: no raw control character


def test_the_streamed_json_is_byte_for_byte_the_whole_document(workspace):
    from factcheck.api import check_paths
    from factcheck.figures import load_reference
    from factcheck.model import FileReport
    from factcheck.report.json_format import check_json, finding_object, summary

    def whole(reports, paths, figures) -> str:  # the document built at once, as one json.dumps
        files = []
        for report in reports:
            entry = {"path": report.path, "findings": [finding_object(f) for f in report.findings]}
            if report.error:
                entry["error"] = report.error
            files.append(entry)
        return json.dumps(
            {"version": 1, "reference": {"paths": paths, "figures": figures}, "files": files, "summary": summary(reports)},
            indent=2,
            ensure_ascii=False,
        )

    base = load_reference([workspace.reference])
    reports = check_paths([str(workspace.write("a.txt", MIXED)), str(workspace.write("b.txt", "No number here.\n"))], base)
    reports.append(FileReport("missing.txt", error="no such file"))
    for chosen in ([], reports[:1], reports):
        assert check_json(chosen, [str(workspace.reference)], 5) == whole(chosen, [str(workspace.reference)], 5)


def test_jsonl_is_a_line_for_the_base_one_a_file_and_the_summary(workspace):
    first, second = workspace.write("a.txt", MIXED), workspace.write("b.txt", "No number.\n")
    code, out, err = workspace.check("--format", "jsonl", str(first), str(second))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(lines) == 4
    assert lines[0]["version"] == 1 and lines[0]["reference"]["figures"] > 0
    assert [line["path"] for line in lines[1:3]] == [str(first), str(second)]
    assert lines[1]["findings"][1]["verdict"] == "contradicted" and lines[2]["findings"] == []
    assert lines[3]["summary"]["claims"] == 3
