"""Configuration: [tool.factcheck] in pyproject.toml or .factcheck.toml, found upward; the command line wins."""

from __future__ import annotations

import json
import shutil

from test_cli import MIXED


def setup(workspace, monkeypatch, config: str, name: str = "pyproject.toml"):
    """A project with the base in base/ (not reference/, so only the config can find it) and drafts in docs/."""
    shutil.move(str(workspace.reference), str(workspace.root / "base"))
    (workspace.root / name).write_text(config, encoding="utf-8")
    draft = workspace.write("docs/draft.md", MIXED)
    (workspace.root / "docs" / "sub").mkdir()
    monkeypatch.chdir(workspace.root / "docs" / "sub")  # found upward
    return draft


def test_settings_come_from_pyproject_found_upward(workspace, run, monkeypatch):
    draft = setup(workspace, monkeypatch, '[tool.factcheck]\nreference = ["base"]\nformat = "json"\nfail-on = ["unverified"]\n')
    code, out, err = run("check", str(draft))
    data = json.loads(out)  # the format came from the config
    assert data["reference"]["paths"] == [str(workspace.root / "base")]  # relative to the config file, not to the cwd
    assert code == 1 and {f["verdict"] for f in data["files"][0]["findings"]} >= {"unverified"}


def test_the_command_line_overrides_the_config(workspace, run, monkeypatch):
    draft = setup(workspace, monkeypatch, '[tool.factcheck]\nreference = ["base"]\nformat = "json"\nfail-on = ["unverified"]\n')
    code, out, err = run("check", "--format", "concise", "--fail-on", "none", str(draft))
    assert code == 0 and out.startswith(str(draft) + ":")


def test_factcheck_toml_wins_in_its_folder_and_excludes_apply(workspace, run, monkeypatch):
    setup(workspace, monkeypatch, '[tool.factcheck]\nformat = "json"\n')
    (workspace.root / ".factcheck.toml").write_text('reference = ["base"]\nexclude = ["old/*"]\nformat = "concise"\n', encoding="utf-8")
    workspace.write("docs/old/stale.md", MIXED)
    code, out, err = run("check", str(workspace.root / "docs"))
    assert "stale.md" not in out and "draft.md" in out and out.startswith(str(workspace.root / "docs"))


def test_config_command_says_where_each_setting_comes_from(workspace, run, monkeypatch):
    setup(workspace, monkeypatch, '[tool.factcheck]\nreference = ["base"]\nquiet = true\n')
    code, out, err = run("config")
    lines = {line.split("=")[0].strip(): line for line in out.splitlines()[1:]}
    config_file = str(workspace.root / "pyproject.toml")
    assert code == 0 and out.splitlines()[0] == f"config file: {config_file}"
    assert lines["quiet"].endswith(f"# {config_file}") and "true" in lines["quiet"]
    assert lines["fail-on"].endswith("# default") and "contradicted,inconsistent" in lines["fail-on"]


def test_unknown_key_bad_value_and_bad_toml_exit_2_naming_the_file(workspace, run, monkeypatch):
    setup(workspace, monkeypatch, '[tool.factcheck]\nrefrence = ["base"]\n')
    config_file = str(workspace.root / "pyproject.toml")
    code, out, err = run("check", "x.md")
    assert (
        code == 2
        and err.strip()
        == f"factcheck: {config_file}: unknown key 'refrence' (allowed: reference, fail-on, glob, exclude, format, as-of, jobs, scheduler, baseline, quiet, verbose)"
    )
    (workspace.root / "pyproject.toml").write_text('[tool.factcheck]\nformat = "xml"\n', encoding="utf-8")
    code, out, err = run("check", "x.md")
    assert code == 2 and "'format' must be one of text, json, jsonl, concise, github, sarif, junit, html, not 'xml'" in err
    (workspace.root / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck\n', encoding="utf-8")
    code, out, err = run("check", "x.md")
    assert code == 2 and err.startswith(f"factcheck: {config_file}:4: not valid TOML") and len(err.strip().splitlines()) == 1


def test_a_pyproject_without_our_table_is_passed_by(workspace, run, monkeypatch):
    draft = setup(workspace, monkeypatch, '[project]\nname = "x"\n')
    code, out, err = run("config")
    assert out.startswith("config file: none found")
    code, out, err = run("check", "--reference", str(workspace.root / "base"), str(draft))
    assert code == 1
