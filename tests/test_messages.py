"""Every finding says why (its reason, in the JSON), in the wording messages.py gives that reason."""

from __future__ import annotations

import contextlib
import re
import string

import pytest
from test_cli import MIXED

from factcheck.messages import EXPLANATIONS, TEMPLATES, Explanation, Reason, say
from factcheck.model import Verdict

REASONS_OF = {  # the verdicts each reason may come with (docs/DESIGN.md)
    Verdict.SUPPORTED: {Reason.AGREES, Reason.CONVERTS_AGREEING},
    Verdict.CONTRADICTED: {Reason.DISAGREES},
    Verdict.OUTDATED: {Reason.OLDER_FIGURE},
    Verdict.AMBIGUOUS: {Reason.FIGURES_DISAGREE},
    Verdict.INCONSISTENT: {Reason.CONVERSION_OFF, Reason.PART_OVER_WHOLE, Reason.CHANGE_OFF, Reason.SHARES_OVER_100},
}


def test_every_reason_has_its_wording_and_every_part_is_asked_for():
    assert set(TEMPLATES) == set(Reason)
    for reason, template in TEMPLATES.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert "{" not in say(reason, **{name: "X" for name in fields}), reason
        with pytest.raises(KeyError) if fields else contextlib.nullcontext():
            say(reason)


def test_every_reason_is_in_the_design_document(repo):
    design = (repo / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    table = design[design.index("| verdict | reasons |") :]
    assert {r.value for r in Reason} == set(re.findall(r"`([a-z0-9-]+)`", table.split("\n\n")[0])) - {v.value for v in Verdict}


def test_the_json_says_why(workspace):
    draft = workspace.write("draft.txt", MIXED + "Trade reached 339.44 billion yuan (about 60 billion U.S. dollars) in 2023.\n")
    code, data, _ = workspace.check_json(str(draft))
    findings = data["files"][0]["findings"]
    assert findings and all(f["reason"] in {r.value for r in Reason} for f in findings)
    for finding in findings:
        allowed = REASONS_OF.get(Verdict(finding["verdict"]))
        if allowed is not None:
            assert Reason(finding["reason"]) in allowed, finding
    by_reason = {f["reason"]: f for f in findings}
    assert by_reason["disagrees"]["message"].startswith("source: 39.2 billion USD (2023); draft says 45 billion U.S. dollars")
    assert by_reason["conversion-off"]["verdict"] == "inconsistent"


def test_every_explain_line_has_its_wording(workspace):
    assert set(EXPLANATIONS) == set(Explanation)
    code, out, _ = workspace.check("--explain", "--no-color", str(workspace.write("d.txt", MIXED)))
    assert "widget-exports-2023" in out and ("taken" in out or "also fits" in out)
