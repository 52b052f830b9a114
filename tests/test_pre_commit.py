"""The pre-commit hook, run for real by pre-commit against this repository in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WRONG = "China-ASEAN trade reached 917.1 billion U.S. dollars in 2023, the Ministry of Commerce said.\n"
RIGHT = "China-ASEAN trade reached 911.7 billion U.S. dollars in 2023, the Ministry of Commerce said.\n"


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=folder,
        check=True,
        capture_output=True,
        env=dict(
            os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org"
        ),
    )


@pytest.fixture
def project(tmp_path):
    if shutil.which("pre-commit") is None or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed (pip install pre-commit)")
    folder = tmp_path / "newsroom"
    folder.mkdir()
    _git(folder, "init", "-q")
    return folder


def _try_repo(folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """pre-commit try-repo: this repository's hooks, its working tree included, on every file of the project."""
    environment = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NO_COLOR="1")
    environment.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        ["pre-commit", "try-repo", str(REPO), "factcheck", "--all-files", "--color", "never"],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_hook_fails_on_a_wrong_figure_and_passes_a_right_one(project, tmp_path):
    (project / "story.md").write_text(WRONG, encoding="utf-8")
    (project / "code.py").write_text("x = 917.1  # not a draft\n", encoding="utf-8")
    _git(project, "add", ".")
    done = _try_repo(project, tmp_path)
    if "An unexpected error has occurred" in done.stdout + done.stderr and "pip" in done.stdout + done.stderr:
        pytest.skip("pre-commit could not install the hook's environment (no package index?)")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "story.md:1:" in done.stdout and "CONTRADICTED" in done.stdout and "911.7 billion" in done.stdout
    assert "code.py" not in done.stdout  # only drafts are checked

    (project / "story.md").write_text(RIGHT, encoding="utf-8")
    _git(project, "add", ".")
    done = _try_repo(project, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
