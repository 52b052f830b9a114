"""Shared fixtures: a private cache folder, the CLI runner and a tiny workspace."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.cli import main

REPO = Path(__file__).resolve().parents[1]
# DESIGN.md, the JSON schemas and the seed article live in ../shared beside the repo.
SHARED = Path(__file__).parents[1].parent / "shared"

# A small reference base for the workspace: one measure in two years (for
# `outdated` and periods), a bounded count, an amount in yuan (for conversions)
# and a timeless duration.
WORKSPACE_BASE = """\
source:
  title: Freedonia trade statistics
  publisher: Freedonia Statistics Office
  url: https://example.org/freedonia/trade
  published: 2024-09-11

figures:
  - id: widget-exports-2023
    subject: widget exports of Freedonia
    aliases: [Freedonia's widget exports]
    value: 39.2 billion USD
    period: 2023

  - id: widget-exports-2022
    subject: widget exports of Freedonia
    aliases: [Freedonia's widget exports]
    value: 30.1 billion USD
    period: 2022

  - id: shared-instruments
    subject: large instruments shared by the two laboratories
    aliases: [shared large instruments]
    value: more than 13000
    kind: count

  - id: gadget-sales-2024-jan-aug
    subject: gadget sales in Freedonia
    aliases: [Freedonia's gadget sales]
    value: 4.5 trillion CNY
    period: 2024-01/2024-08

  - id: ferry-crossing-time
    subject: ferry crossing time to the island
    aliases: [ferry crossing]
    value: about 2 hours
"""
WORKSPACE_FIGURES = 5
# Every draft starts with a dateline so that "this year" and exchange rates do
# not depend on the day the tests run.
DATELINE = "2024-09-20 10:00\n"


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch):
    """Tests see the defaults a user's shell would not change: no CI format, no forced or refused colour."""
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session", autouse=True)
def factcheck_cache_dir(tmp_path_factory):
    """Keep the exchange-rate cache out of the user's home for the whole session."""
    folder = tmp_path_factory.mktemp("factcheck-cache")
    previous = os.environ.get("FACTCHECK_CACHE_DIR")
    os.environ["FACTCHECK_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("FACTCHECK_CACHE_DIR", None)
    else:
        os.environ["FACTCHECK_CACHE_DIR"] = previous


@pytest.fixture
def run(capsys):
    """run(*args) -> (exit code, stdout, stderr) of factcheck.cli.main."""

    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()  # drop anything printed before
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


class Workspace:
    """A temporary folder with reference/base.yaml and the drafts a test writes."""

    def __init__(self, root: Path, run):
        self.root = root
        self.reference = root / "reference"
        self._run = run

    def write(self, name: str, text: str, dateline: bool = True) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((DATELINE if dateline else "") + text, encoding="utf-8")
        return path

    def check(self, *args: str) -> tuple[int, str, str]:
        return self._run("check", "--reference", self.reference, *args)

    def check_json(self, *args: str) -> tuple[int, dict, str]:
        code, out, err = self.check("--format", "json", *args)
        return code, json.loads(out), err

    def findings(self, path: Path, *args: str) -> list[dict]:
        """The findings for one draft, checked as JSON (a read error fails the test)."""
        code, data, err = self.check_json(str(path), *args)
        assert code in (0, 1), err
        (entry,) = data["files"]
        assert "error" not in entry, entry
        return entry["findings"]


@pytest.fixture
def workspace(tmp_path, run, monkeypatch) -> Workspace:
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "base.yaml").write_text(WORKSPACE_BASE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return Workspace(tmp_path, run)


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED


@pytest.fixture
def schema():
    """schema(name) -> the parsed JSON Schema from docs/schemas, the project's copy of the contracts."""

    def load(name: str) -> dict:
        path = REPO / "docs" / "schemas" / name
        if not path.is_file():
            pytest.skip(f"{path} is absent")
        return json.loads(path.read_text(encoding="utf-8"))

    return load
