"""--jobs: a process pool gives the serial run's report, byte for byte, in input order."""
from __future__ import annotations

from test_cli import CLEAN, MIXED

from factcheck.parallel import SERIAL_BELOW, default_jobs


def test_jobs_report_equals_the_serial_one(workspace):
    for i in range(40):  # several chunks of files, finishing in any order
        workspace.write(f"drafts/{i:02d}.txt", MIXED if i % 3 else CLEAN)
    (workspace.root / "drafts" / "bad.txt").write_bytes(b"\xff\xfe\x00bad")  # one bad file among them
    serial = workspace.check("--format", "json", "--jobs", "1", str(workspace.root / "drafts"))
    parallel = workspace.check("--format", "json", "--jobs", "3", str(workspace.root / "drafts"))
    assert parallel == serial
    assert serial[0] == 2 and "bad.txt" in serial[2]  # the unreadable file is reported, the others checked
    text = workspace.check("--no-color", "--jobs", "2", str(workspace.root / "drafts"))
    assert text == workspace.check("--no-color", "--jobs", "1", str(workspace.root / "drafts"))


def test_default_jobs_is_serial_for_a_handful_of_files():
    assert default_jobs(SERIAL_BELOW - 1) == 1
    assert default_jobs(1000) >= 1
