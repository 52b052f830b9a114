"""The command line: JSON contract, exit codes, inputs, and the real process."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = Path(__file__).parents[1] / "docs" / "schemas"  # the project's copies of the contracts
SEED = Path(__file__).parents[1].parent / "shared" / "seed" / "sichuan-chongqing-asean.txt"
PROBLEMS = {"contradicted", "inconsistent", "outdated"}

MIXED = (
    "Freedonia's widget exports reached 39 billion U.S. dollars in 2023.\n\n"
    "Freedonia's widget exports reached 45 billion U.S. dollars in 2023.\n\n"
    "Engineers finished 37 new bridges over the river.\n"
)
CLEAN = "Freedonia's widget exports reached 39 billion U.S. dollars in 2023.\n\nEngineers finished 37 new bridges over the river.\n"


def validate(document: dict, schema_name: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    path = SCHEMAS / schema_name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def line_column(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


# -- the JSON of `check` ----------------------------------------------------


def test_check_json_document(workspace):
    draft = workspace.write("draft.txt", MIXED)
    code, data, err = workspace.check_json(draft)
    assert code == 1, err
    assert data["version"] == 1
    assert data["reference"] == {"paths": [str(workspace.reference)], "figures": 5}
    (entry,) = data["files"]
    assert entry["path"] == str(draft)
    assert "error" not in entry
    verdicts = [f["verdict"] for f in entry["findings"]]
    assert verdicts == ["supported", "contradicted", "unverified"]
    assert data["summary"] == {
        "files": 1,
        "claims": 3,
        "supported": 1,
        "contradicted": 1,
        "outdated": 0,
        "ambiguous": 0,
        "inconsistent": 0,
        "unverified": 1,
    }


def test_summary_counts_match_the_findings(workspace):
    first = workspace.write("a.txt", MIXED)
    second = workspace.write("b.txt", CLEAN)
    code, data, err = workspace.check_json(first, second)
    findings = [f for entry in data["files"] for f in entry["findings"]]
    summary = data["summary"]
    assert summary["files"] == 2
    assert summary["claims"] == len(findings) == 5
    for verdict in ("supported", "contradicted", "outdated", "ambiguous", "inconsistent", "unverified"):
        assert summary[verdict] == sum(f["verdict"] == verdict for f in findings), verdict


def test_finding_fields_point_into_the_file(workspace):
    text = "A title line with ümlauts and “quotes”\n\n" + MIXED
    draft = workspace.write("draft.txt", text)
    file_text = draft.read_text(encoding="utf-8")
    findings = workspace.findings(draft)
    assert findings
    for f in findings:
        assert file_text[f["start"] : f["end"]] == f["text"]
        assert (f["line"], f["column"]) == line_column(file_text, f["start"])
        assert f["text"] in f["sentence"]
        assert f["message"]
        claim = f["claim"]
        assert set(claim) == {"value", "unit", "bound", "low", "high", "kind", "period"}
    contradicted = next(f for f in findings if f["verdict"] == "contradicted")
    assert contradicted["text"] == "45 billion U.S. dollars"
    assert contradicted["line"] == 6 and contradicted["column"] == 36
    assert contradicted["claim"] == {
        "value": 45e9,
        "unit": "USD",
        "bound": "exact",
        "low": None,
        "high": None,
        "kind": "level",
        "period": "2023",
    }
    assert contradicted["figure"]["id"] == "widget-exports-2023"
    assert contradicted["figure"]["value"] == pytest.approx(39.2e9)
    assert contradicted["figure"]["unit"] == "USD"
    assert contradicted["figure"]["period"] == "2023"
    assert contradicted["figure"]["source"]["url"] == "https://example.org/freedonia/trade"


def test_check_json_matches_the_schema(workspace):
    draft = workspace.write(
        "draft.txt",
        MIXED + "\nFreedonia's gadget sales came to 4.5 trillion yuan (about 100 billion "
        "U.S. dollars) in the first eight months of 2024.\n",
    )
    code, data, err = workspace.check_json(draft, workspace.root / "missing.txt")
    assert code == 2
    validate(data, "check-output.schema.json")


def test_extract_json_matches_the_schema(workspace, run):
    draft = workspace.write("draft.txt", MIXED + "\nPrices rose 10-20 percent.\n")
    code, out, err = run("extract", "--format", "json", draft)
    assert code == 0, err
    data = json.loads(out)
    validate(data, "extract-output.schema.json")
    assert data["version"] == 1
    (entry,) = data["files"]
    file_text = draft.read_text(encoding="utf-8")
    texts = [c["text"] for c in entry["claims"]]
    assert texts == ["39 billion U.S. dollars", "45 billion U.S. dollars", "37", "10-20 percent"]
    for claim in entry["claims"]:
        assert file_text[claim["start"] : claim["end"]] == claim["text"]
        assert (claim["line"], claim["column"]) == line_column(file_text, claim["start"])
        assert "verdict" not in claim
    ranged = entry["claims"][-1]
    assert (ranged["bound"], ranged["low"], ranged["high"], ranged["unit"]) == ("range", 10, 20, "percent")


def test_extract_json_is_written_as_it_is_read_with_the_layout_of_one_dump(workspace, run):
    """The report streams a claim at a time: its bytes are still those of json.dumps(indent=2), for a file
    with claims, one without, one that cannot be read, and no file at all."""
    drafts = [workspace.write("a.txt", MIXED), workspace.write("b.txt", "No numbers here.\n"), workspace.root / "missing.txt"]
    code, out, err = run("extract", "--format", "json", *drafts)
    assert code == 2
    assert "missing.txt" in err
    data = json.loads(out)
    assert [len(entry["claims"]) for entry in data["files"]] == [3, 0, 0]
    assert "error" in data["files"][2]
    assert out == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    empty = workspace.root / "empty"
    empty.mkdir()
    code, out, err = run("extract", "--format", "json", empty)
    assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"


def test_extract_reports_a_bug_halfway_through_a_file_and_reads_the_next(workspace, run, monkeypatch):
    """An internal error met halfway through a draft ends that file's claims with an error; the batch goes on (exit 3)."""
    from factcheck.extract import claims as claims_module

    real = claims_module.iter_claims

    def failing_after_one(doc):
        iterator = real(doc)
        yield next(iterator)
        if "a.txt" in doc.path:
            raise ValueError("boom")
        yield from iterator

    monkeypatch.setattr("factcheck.api.iter_claims", failing_after_one)
    first, second = workspace.write("a.txt", MIXED), workspace.write("b.txt", MIXED)
    code, out, err = run("extract", "--format", "json", first, second)
    assert code == 3
    a, b = json.loads(out)["files"]
    assert (len(a["claims"]), len(b["claims"])) == (1, 3)
    assert a["error"] == "internal error: ValueError: boom (please report it)"
    assert "a.txt: internal error" in err
    code, out, err = run("extract", "--no-color", first, second)
    assert code == 3
    assert "ERROR" in out and out.index("ERROR") > out.index("a.txt")


def test_extract_table(workspace, run):
    draft = workspace.write("draft.txt", MIXED)
    code, out, err = run("extract", "--no-color", draft)
    assert code == 0, err
    assert "45 billion U.S. dollars" in out
    assert "USD" in out


# -- exit codes ---------------------------------------------------------------


def test_exit_0_when_clean(workspace):
    draft = workspace.write("draft.txt", CLEAN)
    code, out, err = workspace.check(draft)
    assert code == 0, out + err
    assert err == ""


def test_exit_1_when_contradicted(workspace):
    draft = workspace.write("draft.txt", MIXED)
    code, out, err = workspace.check(draft)
    assert code == 1
    assert "CONTRADICTED" in out


def test_exit_1_when_inconsistent(workspace):
    draft = workspace.write(
        "draft.txt",
        "Freedonia's gadget sales came to 4.5 trillion yuan (about 100 billion U.S. dollars) in the first eight months of 2024.\n",
    )
    code, out, err = workspace.check(draft)
    assert code == 1


def test_fail_on_none(workspace):
    draft = workspace.write("draft.txt", MIXED)
    code, out, err = workspace.check("--fail-on", "none", draft)
    assert code == 0


def test_fail_on_unverified(workspace):
    draft = workspace.write("draft.txt", CLEAN)
    assert workspace.check(draft)[0] == 0
    assert workspace.check("--fail-on", "unverified", draft)[0] == 1
    assert workspace.check("--fail-on", "outdated", draft)[0] == 0


def test_fail_on_an_unknown_verdict_is_a_usage_error(workspace):
    draft = workspace.write("draft.txt", CLEAN)
    code, out, err = workspace.check("--fail-on", "wrong", draft)
    assert code == 2
    assert "wrong" in err
    assert "Traceback" not in err


def test_no_paths_is_a_usage_error(run):
    code, out, err = run("check")
    assert code == 2
    assert "Traceback" not in err


# -- output and inputs --------------------------------------------------------


def test_quiet_shows_only_problems(workspace):
    draft = workspace.write("draft.txt", MIXED)
    code, out, err = workspace.check("--no-color", draft)
    assert "SUPPORTED" in out and "UNVERIFIED" in out and "CONTRADICTED" in out
    code, out, err = workspace.check("--no-color", "--quiet", draft)
    assert code == 1
    assert "CONTRADICTED" in out
    assert "45 billion U.S. dollars" in out
    assert "SUPPORTED" not in out
    assert "UNVERIFIED" not in out
    assert "reached 39 billion" not in out  # the supported sentence is not shown
    assert "write 39 billion U.S. dollars" in out  # the wrong one gets the source's value in its own words
    assert out.strip().splitlines()[-1].startswith("3 claims in 1 file: 1 supported, 1 contradicted")  # the summary stays


def test_quiet_on_a_clean_file_prints_only_the_summary_line(workspace):
    draft = workspace.write("draft.txt", CLEAN)
    code, out, err = workspace.check("--quiet", draft)
    assert code == 0
    assert len(out.strip().splitlines()) == 1 and out.startswith(" claims in 1 file: ", out.index(" "))


def test_folder_recursion_and_glob(workspace):
    workspace.write("drafts/a.txt", CLEAN)
    workspace.write("drafts/sub/b.md", CLEAN)
    workspace.write("drafts/sub/deeper/c.rst", CLEAN)
    workspace.write("drafts/sub/deeper/e.html", CLEAN)
    workspace.write("drafts/.hidden/d.txt", CLEAN)
    workspace.write("drafts/notes.csv", CLEAN)

    def checked(*args):
        code, data, err = workspace.check_json(*args)
        assert code == 0, err
        return sorted(Path(entry["path"]).relative_to("drafts").as_posix() for entry in data["files"])

    assert checked("drafts") == ["a.txt", "sub/b.md", "sub/deeper/c.rst"]
    assert checked("--glob", "*.html", "drafts") == ["sub/deeper/e.html"]
    assert checked("--glob", "*.rst", "--glob", "*.txt", "drafts") == ["a.txt", "sub/deeper/c.rst"]


def test_stdin(workspace, monkeypatch):
    data = ("2024-09-20 10:00\n" + MIXED).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, err = workspace.check("--format", "json", "-")
    assert code == 1, err
    document = json.loads(out)
    (entry,) = document["files"]
    assert entry["path"] == "<stdin>"
    assert [f["verdict"] for f in entry["findings"]] == ["supported", "contradicted", "unverified"]


def test_unreadable_files_in_a_batch(workspace):
    good = workspace.write("good.txt", MIXED)
    binary = workspace.root / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    missing = workspace.root / "missing.txt"
    code, data, err = workspace.check_json(missing, good, binary)
    assert code == 2
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert str(missing) in lines[0] and str(binary) in lines[1]
    entries = {entry["path"]: entry for entry in data["files"]}
    assert set(entries) == {str(missing), str(good), str(binary)}
    assert [f["verdict"] for f in entries[str(good)]["findings"]] == ["supported", "contradicted", "unverified"]
    assert "error" not in entries[str(good)]
    for path in (missing, binary):
        assert entries[str(path)]["error"]
        assert entries[str(path)]["findings"] == []


def test_unreadable_file_in_text_mode(workspace):
    good = workspace.write("good.txt", CLEAN)
    code, out, err = workspace.check(good, workspace.root / "missing.txt")
    assert code == 2
    assert len(err.splitlines()) == 1 and "missing.txt" in err
    assert "SUPPORTED" in out  # the other file was still checked


def test_glued_scale_word_is_checked_without_a_crash(workspace):
    # "US$5bn" is a claim like any other: the run must end with an exit code, not an exception.
    draft = workspace.write("draft.txt", "Freedonia signed a widget deal worth US$5bn.\n")
    code, data, err = workspace.check_json(draft)
    assert code == 0, err
    assert [f["text"] for f in data["files"][0]["findings"]] == ["US$5bn"]


def test_checked_file_is_not_modified(workspace):
    draft = workspace.root / "draft.md"
    original = ("\ufeff---\ndate: 2024-09-20\n---\r\n" + MIXED.replace("\n", "\r\n") + "Café ✓\r\n").encode("utf-8")
    draft.write_bytes(original)
    before = os.stat(draft).st_mtime_ns
    workspace.check(draft)
    workspace.check("--format", "json", draft)
    assert draft.read_bytes() == original
    assert os.stat(draft).st_mtime_ns == before


# -- the real process ---------------------------------------------------------


def _process(command: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})


def test_python_dash_m(repo):
    result = _process([sys.executable, "-m", "factcheck", "check", "--no-color", "examples/"])
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "examples/draft-with-errors.txt" in result.stdout
    assert "examples/correct-draft.md" in result.stdout
    assert "CONTRADICTED" in result.stdout


def test_console_script(repo):
    script = Path(sys.executable).with_name("factcheck")
    if not script.exists():
        found = shutil.which("factcheck")
        if found is None:
            pytest.skip("the factcheck console script is not installed")
        script = Path(found)
    result = _process([str(script), "check", "--format", "json", "examples/draft-with-errors.txt"])
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert [entry["path"] for entry in data["files"]] == ["examples/draft-with-errors.txt"]
    assert data["summary"]["contradicted"] >= 1
    version = _process([str(script), "--version"])
    assert version.returncode == 0
    assert re.search(r"\d+\.\d+", version.stdout)


# -- the seed article ---------------------------------------------------------

# Phrases of the seed that hold numbers but no claim: dates, times, names, versions.
# fmt: off
SEED_NON_CLAIMS = [
    "2024-08-13 22:52", "08-14 03:17", "2024-09-12 14:36", "15:07",
    "20th Central Committee", "20th CPC Central Committee", "Third Plenary Session",
    "established in 2020", "since 2013", "in 2023", "Jan 1, 2010", "Nov 2022",
    "CAFTA 3.0", "version 3.0", "ninth round", "21st China-ASEAN", "Sept 24 to 28",
    "In the first eight months of 2024", "In the first seven months of 2024", "one-stop",
]
# fmt: on
# fmt: off
SEED_BAD_TEXTS = {"20th", "21st", "3.0", "2024", "2023", "2020", "2013", "2010", "2022", "ninth", "Third",
                  "24", "28", "08", "14", "03", "17", "22", "52", "36", "07"}
# fmt: on


@pytest.fixture
def seed_report(run, monkeypatch):
    if not SEED.is_file():
        pytest.skip(f"{SEED} is absent")
    monkeypatch.chdir(REPO)  # the shipped base: reference/ found from here
    code, out, err = run("check", "--format", "json", SEED)
    assert "Traceback" not in err
    assert code in (0, 1), err
    data = json.loads(out)
    (entry,) = data["files"]
    return code, entry["findings"], SEED.read_text(encoding="utf-8")


def test_seed_article_has_no_problem(seed_report):
    code, findings, text = seed_report
    problems = [(f["line"], f["text"], f["verdict"], f["message"]) for f in findings if f["verdict"] in PROBLEMS]
    assert not problems
    assert code == 0
    assert len(findings) >= 30  # the article is full of figures: they were found


def test_seed_article_dates_names_and_versions_are_not_claims(seed_report):
    code, findings, text = seed_report
    bad = [
        f["text"]
        for f in findings
        if f["text"] in SEED_BAD_TEXTS or re.fullmatch(r"(?:19|20)\d\d|\d+(?:st|nd|rd|th)|\d+\.0|\d{1,2}[:-]\d{2}", f["text"])
    ]
    assert not bad
    for phrase in SEED_NON_CLAIMS:
        for match in re.finditer(re.escape(phrase), text):
            inside = [f["text"] for f in findings if f["start"] < match.end() and match.start() < f["end"]]
            assert not inside, f"{phrase!r} gave claims {inside}"


def test_version_names_the_base_in_use_and_its_figures(workspace, run):
    code, out, err = run("--version")
    assert code == 0
    version, base = out.splitlines()
    assert re.fullmatch(r"factcheck \d+\.\d+\.\d+", version)
    assert re.fullmatch(rf"base: {re.escape(str(workspace.reference))} \(\d+ figures\)", base)


def test_help_shows_examples_and_exit_codes(run):
    code, out, err = run("check", "--help")
    assert code == 0
    assert "Examples:" in out and "factcheck check -q drafts/" in out
    assert "Exit codes:" in out and "2  bad input" in out


def test_shell_completion_completes_options():
    import os
    import subprocess
    import sys

    environment = dict(os.environ, COMP_WORDS="factcheck check --fo", COMP_CWORD="2", _FACTCHECK_COMPLETE="bash_complete")
    done = subprocess.run(
        [sys.executable, "-c", "from factcheck.cli import cli; cli(prog_name='factcheck')"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "plain,--format" in done.stdout.splitlines()
