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


def _stream(workspace, paths, jobs):
    from factcheck.figures import load_reference
    from factcheck.parallel import Batch, BatchRun

    reference = str(workspace.root / "reference")
    return BatchRun([str(p) for p in paths], load_reference([reference]), Batch((reference,)), jobs=jobs)


def test_reports_stream_a_file_is_read_only_after_the_reports_before_it_are_passed_on(workspace):
    first, second = workspace.write("a.txt", MIXED), workspace.write("b.txt", CLEAN)
    reports = iter(_stream(workspace, [first, second], jobs=1))
    assert next(reports).path == str(first)
    second.write_text(MIXED, encoding="utf-8")  # changed after the first report came out, before the second is read
    assert len(list(next(reports).findings)) == len(workspace.check_json(str(first))[1]["files"][0]["findings"])


def test_a_pool_streams_in_input_order(workspace):
    from factcheck.parallel import _CHUNK

    drafts = [workspace.write(f"d/{i:03d}.txt", MIXED if i % 2 else CLEAN) for i in range(20 * _CHUNK)]
    run = _stream(workspace, drafts, jobs=2)
    assert [report.path for report in run] == [str(p) for p in drafts] and not run.interrupted


def test_the_window_keeps_few_chunks_in_flight(workspace, monkeypatch):
    import factcheck.parallel as parallel

    drafts = [workspace.write(f"d/{i:03d}.txt", CLEAN) for i in range(30 * parallel._CHUNK)]
    run = _stream(workspace, drafts, jobs=2)
    in_flight = []
    from concurrent.futures import ProcessPoolExecutor

    real_submit = ProcessPoolExecutor.submit

    def counting_submit(self, *args, **kwargs):
        in_flight.append(len(self._pending_work_items))
        return real_submit(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", counting_submit)
    assert len(list(run)) == len(drafts)
    assert max(in_flight) < parallel._WINDOW * 2 + 1  # never the whole batch (30 chunks) at once
