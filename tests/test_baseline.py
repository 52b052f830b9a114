"""--baseline: accept today's findings, report only new ones; matched by text and sentence, not by line."""

from __future__ import annotations

import json

from test_cli import MIXED

NEW = "Freedonia's widget exports reached 50 billion U.S. dollars in 2023, officials added.\n"


def test_a_missing_baseline_is_written_and_later_runs_report_only_new_findings(workspace):
    draft = workspace.write("draft.txt", MIXED)
    baseline = workspace.root / "ci" / "factcheck-baseline.json"
    code, out, err = workspace.check("--baseline", str(baseline), str(draft))
    assert code == 0 and "baseline written" in err
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert recorded["version"] == 1 and {f["verdict"] for f in recorded["findings"]} == {"contradicted", "unverified"}

    draft.write_text("\n\n" + draft.read_text(encoding="utf-8") + "\n" + NEW, encoding="utf-8")  # known findings move down
    code, data, err = workspace.check_json("--baseline", str(baseline), str(draft))
    problems = [(f["verdict"], f["text"]) for f in data["files"][0]["findings"] if f["verdict"] != "supported"]
    assert code == 1 and problems == [("contradicted", "50 billion U.S. dollars")]


def test_a_baseline_that_is_not_one_exits_2_naming_it(workspace):
    draft = workspace.write("draft.txt", MIXED)
    bad = workspace.root / "baseline.json"
    bad.write_text('{"version": 1, "findings": [{"path": "x"}]}', encoding="utf-8")
    code, out, err = workspace.check("--baseline", str(bad), str(draft))
    assert code == 2 and err.strip() == f"factcheck: {bad}: a baseline finding lacks path, verdict, text or sentence"
    bad.write_text("\x80not json", encoding="latin-1")
    code, out, err = workspace.check("--baseline", str(bad), str(draft))
    assert code == 2 and err.startswith(f"factcheck: {bad}: cannot read the baseline") and len(err.strip().splitlines()) == 1
