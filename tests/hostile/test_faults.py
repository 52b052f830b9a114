"""Hostile inputs and faults: special files, links out of a folder, alias bombs, escape sequences, damaged caches, honest exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# The workspace base's widget figures: right, wrong, and a count no figure is about.
MIXED = (
    "Freedonia's widget exports reached 39 billion U.S. dollars in 2023.\n\n"
    "Freedonia's widget exports reached 45 billion U.S. dollars in 2023.\n\n"
    "Engineers finished 37 new bridges over the river.\n"
)


def test_special_files_are_refused_at_once(workspace, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, out, err = workspace.check("/dev/zero", str(fifo))  # would block or fill memory if read
    assert code == 2
    assert err.splitlines() == [
        "factcheck: /dev/zero: not a regular file (a device, pipe or socket)",
        f"factcheck: {fifo}: not a regular file (a device, pipe or socket)",
    ]


def test_nothing_to_check_is_an_error_not_a_success(workspace):
    (workspace.root / "empty").mkdir()
    code, out, err = workspace.check(str(workspace.root / "empty"))
    assert code == 2 and "no file to check in" in err


def test_a_link_out_of_the_folder_is_not_followed(workspace, tmp_path_factory):
    secret = tmp_path_factory.mktemp("elsewhere") / "secrets.txt"
    secret.write_text("The password is 123456 and the key 987654.\n", encoding="utf-8")
    workspace.write("drafts/story.txt", MIXED)
    (workspace.root / "drafts" / "innocent.txt").symlink_to(secret)
    (workspace.root / "drafts" / "inside.txt").symlink_to(workspace.root / "drafts" / "story.txt")
    code, data, err = workspace.check_json(str(workspace.root / "drafts"))
    names = sorted(entry["path"].rsplit("/", 1)[-1] for entry in data["files"])
    assert names == ["inside.txt", "story.txt"]
    assert "123456" not in json.dumps(data)
    assert (
        err.strip()
        == f"factcheck: note: {workspace.root / 'drafts' / 'innocent.txt'}: a link out of {workspace.root / 'drafts'}, not followed"
    )


def test_a_bug_exits_3_and_the_rest_of_the_batch_is_checked(workspace, monkeypatch):
    from factcheck import check

    real = check.iter_findings

    def broken(doc, base, explain=False):
        if doc.path.endswith("bad.txt"):
            raise ZeroDivisionError("division by zero")
        yield from real(doc, base, explain)

    monkeypatch.setattr("factcheck.check.iter_findings", broken)
    good = workspace.write("good.txt", MIXED)
    bad = workspace.write("bad.txt", MIXED)
    code, data, err = workspace.check_json(str(good), str(bad))
    assert code == 3
    assert [bool(entry.get("error")) for entry in data["files"]] == [False, True]
    assert "internal error: ZeroDivisionError" in err


def test_a_bug_halfway_through_a_draft_ends_its_findings_there_with_an_error(workspace, monkeypatch):
    """A draft's findings stream as they are judged: a bug met after some were written keeps them,
    and the file's entry says what went wrong (exit 3); the next file is checked."""
    from factcheck import check

    real = check.iter_findings

    def broken_after_two(doc, base, explain=False):
        for number, finding in enumerate(real(doc, base, explain)):
            if number == 2 and doc.path.endswith("bad.txt"):
                raise ZeroDivisionError("division by zero")
            yield finding

    monkeypatch.setattr("factcheck.check.iter_findings", broken_after_two)
    bad = workspace.write("bad.txt", MIXED)
    good = workspace.write("good.txt", MIXED)
    for output in ("json", "jsonl"):
        code, out, err = workspace.check("--format", output, str(bad), str(good))
        entries = json.loads(out)["files"] if output == "json" else [json.loads(line) for line in out.splitlines()[1:-1]]
        assert code == 3
        assert [len(entry["findings"]) for entry in entries] == [2, len(entries[1]["findings"])] and len(entries[1]["findings"]) > 2
        assert entries[0]["error"].startswith("internal error: ZeroDivisionError") and "error" not in entries[1]
    code, out, err = workspace.check(str(bad), str(good))
    bad_lines = [line for line in out.splitlines() if line.startswith(str(bad))]
    assert code == 3 and len(bad_lines) == 3  # two findings, then the error
    assert bad_lines[-1].startswith(f"{bad}: error: internal error: ZeroDivisionError")


def test_ctrl_c_says_so_and_exits_130(tmp_path):
    script = "import factcheck.cli as c\ndef boom(*a, **k): raise KeyboardInterrupt\nc.main = boom\nc.run()\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130 and done.stderr.strip() == "factcheck: interrupted; nothing was reported"


def test_ctrl_c_in_a_batch_reports_the_finished_files_and_exits_130(workspace, monkeypatch):
    from factcheck import check

    real = check.iter_findings

    def interrupted_at_the_third(doc, base, explain=False):
        if doc.path.endswith("3.txt"):
            raise KeyboardInterrupt
        yield from real(doc, base, explain)

    monkeypatch.setattr("factcheck.check.iter_findings", interrupted_at_the_third)
    drafts = [str(workspace.write(f"{i}.txt", MIXED)) for i in range(1, 6)]
    code, out, err = workspace.check("--format", "json", "--jobs", "1", *drafts)
    assert code == 130
    files = json.loads(out)["files"]
    assert [entry["path"] for entry in files] == drafts[:3]  # the third was being checked: its findings stop where it was
    assert [entry.get("error") for entry in files] == [None, None, "interrupted: its findings stop here, the rest of it was not checked"]
    assert err.splitlines()[-1] == "factcheck: interrupted: 2 of 5 files checked and reported"


def test_an_alias_bomb_in_a_base_is_refused_quickly(workspace, tmp_path):
    lines = ["source: {title: bombs}", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    lines += ["figures:", "  - {id: bomb, subject: widget exports, value: *a8, period: 2020}"]
    base = tmp_path / "bomb.yaml"
    base.write_text("\n".join(lines) + "\n", encoding="utf-8")
    draft = workspace.write("draft.txt", MIXED)
    code, out, err = workspace.check("--reference", str(base), str(draft))  # 10^9 values if expanded
    assert code == 2 and err.strip() == f"factcheck: {base}: its aliases expand to more than 5,000,000 values (an alias bomb?)"


def test_a_list_where_a_value_belongs_and_rates_that_are_not_numbers_are_errors(workspace, tmp_path):
    base = tmp_path / "bad.yaml"
    base.write_text(
        "source: {title: t}\nfigures:\n  - {id: a, subject: widget exports, value: [1, 2], period: 2020}\n"
        "rates:\n  - {from: USD, to: CNY, period: 2023, rate: .nan}\n  - {from: USD, to: EUR, period: 2023, rate: .inf}\n",
        encoding="utf-8",
    )
    code, out, err = workspace.check("--reference", str(base), str(workspace.write("d.txt", MIXED)))
    assert code == 2
    assert sorted(err.splitlines()) == [
        f"factcheck: {base}:3: figure 'a': cannot read value '[1, 2]'",
        f"factcheck: {base}:5: rate: 'nan' is not a positive number",
        f"factcheck: {base}:6: rate: 'inf' is not a positive number",
    ]


def test_a_latin_1_base_names_the_line_of_its_first_bad_byte(workspace, tmp_path):
    base = tmp_path / "latin.yaml"
    base.write_bytes(b"source: {title: t}\nfigures:\n  - {id: a, subject: S\xe3o Paulo exports, value: 5, period: 2020}\n")
    code, out, err = workspace.check("--reference", str(base), str(workspace.write("d.txt", MIXED)))
    assert code == 2 and err.strip() == f"factcheck: {base}:3: not UTF-8 text (byte 0xe3); save the file as UTF-8"


def test_escape_sequences_in_file_names_and_base_titles_never_reach_the_terminal(workspace, tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text(
        'source: {title: "Widgets \\x1b]0;pwned\\x07 \\x1b[2J yearbook", publisher: "Office\\x1b[31m"}\n'
        "figures:\n  - {id: w, subject: widget exports of Freedonia, aliases: [Freedonia's widget exports],"
        " value: 39.2 billion USD, period: 2023}\n",
        encoding="utf-8",
    )
    draft = workspace.write("evil\x1b[2Jname.txt", MIXED)
    for fmt in ("text", "concise", "github", "junit"):
        code, out, err = workspace.check(
            "--reference", str(base), "--format", fmt, "--color" if fmt == "text" else "--no-color", str(draft)
        )
        assert code == 1
        assert "\x1b[2J" not in out + err and "\x1b]0;" not in out + err and "\x07" not in out + err, fmt


def test_a_draft_over_the_size_limit_is_skipped_and_the_batch_goes_on(workspace):
    big = workspace.write("big.txt", "x" * 3000)
    small = workspace.write("small.txt", MIXED)
    code, data, err = workspace.check_json("--max-file-size", "0.002", str(big), str(small))
    assert code == 2
    assert data["files"][0]["error"] == "larger than 0.002 MB: skipped (--max-file-size to raise the limit)"
    assert data["files"][1]["findings"]


def test_an_empty_base_alone_is_an_error(workspace, tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("source: {title: nothing yet}\n", encoding="utf-8")
    code, out, err = workspace._run("check", "--reference", str(empty), str(workspace.write("d.txt", MIXED)))  # the only base
    assert code == 2 and err.strip() == f"factcheck: {empty}: the reference base has no figures: nothing could be checked against it"


# Found by the fuzzing of the base loader (tests/hostile/test_properties.py), kept as regressions.
@pytest.mark.parametrize("text", ["\x08", "source: {title: t}\nfigures:\n  - {id: a, subject: \x01 exports, value: 5, period: 2020}\n"])
def test_fuzzing_finds_stay_one_line_errors(workspace, tmp_path, text):
    base = tmp_path / "fuzzed.yaml"
    base.write_text(text, encoding="utf-8")
    code, out, err = workspace._run("check", "--reference", str(base), str(workspace.write("d.txt", MIXED)))
    assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith(f"factcheck: {base}:")


OSC8 = "\x1b]8;"


def _linked_base(tmp_path, url: str):
    base = tmp_path / f"base-{abs(hash(url))}.yaml"
    base.write_text(
        f"source: {{title: Yearbook, publisher: Office, url: {json.dumps(url)}}}\n"
        "figures:\n  - {id: w, subject: widget exports of Freedonia, aliases: [Freedonia's widget exports],"
        " value: 39.2 billion USD, period: 2023}\n",
        encoding="utf-8",
    )
    return base


def test_a_coloured_report_links_a_source_to_its_web_address_and_nothing_else(workspace, tmp_path):
    draft = workspace.write("d.txt", MIXED)
    code, out, _ = workspace.check("--color", "--reference", str(_linked_base(tmp_path, "https://example.org/yearbook")), str(draft))
    assert f"{OSC8}id=" in out or f"{OSC8};https://example.org/yearbook" in out
    assert "https://example.org/yearbook\x1b\\" in out
    for hostile in ("file:///etc/passwd", "javascript:alert(1)", "https://example.org/\x1b]0;pwned\x07", "https://exa mple.org"):
        code, out, _ = workspace.check("--color", "--reference", str(_linked_base(tmp_path, hostile)), str(draft))
        assert code == 1 and OSC8 not in out and "\x1b]0;" not in out, hostile
    code, out, _ = workspace.check("--no-color", "--reference", str(_linked_base(tmp_path, "https://example.org/yearbook")), str(draft))
    assert OSC8 not in out and "<https://example.org/yearbook>" in out


def test_a_base_file_too_big_to_read_whole_is_refused_with_a_hint(workspace, tmp_path, monkeypatch):
    from factcheck import figures

    monkeypatch.setattr(figures, "MAX_WHOLE_YAML_BYTES", 1000)
    base = tmp_path / "big.yaml"
    base.write_text("source: {title: t}\nfigures:\n" + "  - id: a\n    subject: widget exports\n    value: 5\n" * 50, encoding="utf-8")
    code, _, err = workspace.check("--reference", str(base), str(workspace.write("d.txt", MIXED)))
    assert code == 2 and err.strip().startswith(f"factcheck: {base}: larger than ") and "one figure a line" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_real_sigint_during_a_batch_completes_the_json_with_the_files_finished(workspace, jobs):
    import signal
    import time

    from test_cli import MIXED as DRAFT

    files = 400
    for i in range(files):
        workspace.write(f"many/{i:03d}.txt", DRAFT)
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", "--format", "json", "--jobs", jobs, str(workspace.root / "many")],
        cwd=workspace.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as a terminal delivers it, even when the tests run in the background (where the shell has the
        # children ignore it, and factcheck rightly leaves it alone)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    first = os.read(process.stdout.fileno(), 200)  # the report streams: its first bytes come while the batch runs
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    rest, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    report = json.loads(first + rest)
    checked = len(report["files"])
    assert 0 < checked < files and report["summary"]["files"] == checked
    assert err.decode().strip().endswith(f"factcheck: interrupted: {checked} of {files} files checked and reported")
