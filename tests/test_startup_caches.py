"""The caches that make a one-draft run start fast: compiled regular expressions and parsed YAML.

Both may only make a run faster: a damaged, crafted or stale cache gives the
same report as no cache at all, and a warm run imports no YAML parser.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from factcheck import regexes, yaml_cache

REPO = Path(__file__).resolve().parent.parent
DRAFT = REPO / "examples" / "correct-draft.md"
PROBE = (
    "import sys\n"
    "from factcheck.cli import main\n"
    "code = main(['check', sys.argv[1], '--format', 'json'])\n"
    "from factcheck import regexes\n"
    "print(json.dumps({'code': code, 'yaml': 'yaml' in sys.modules, 'new_regexes': len(regexes._new)}), file=sys.stderr)\n"
)


def _run(cache: Path, *, seed: str) -> tuple[dict, dict]:
    """(the JSON report, what the process says of itself) of one check in a new process."""
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", "import json\n" + PROBE, str(DRAFT)], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    about = json.loads(done.stderr.strip().splitlines()[-1])
    return json.loads(done.stdout), about


def _same_report(first: dict, second: dict) -> bool:
    strip = lambda report: {k: v for k, v in report.items() if k not in ("generated_at", "elapsed")}  # noqa: E731
    return strip(first) == strip(second)


def test_a_warm_run_compiles_no_regular_expression_and_imports_no_yaml_parser(tmp_path):
    cold_report, cold = _run(tmp_path, seed="1")
    assert cold["yaml"] and cold["new_regexes"] > 100
    # another hash seed: a pattern built from a set in iteration order would be new in every process
    warm_report, warm = _run(tmp_path, seed="2")
    assert warm == {"code": cold["code"], "yaml": False, "new_regexes": 0}
    assert _same_report(cold_report, warm_report)


@pytest.mark.parametrize("damage", ["truncate", "garbage program", "foreign engine", "not json"])
def test_a_damaged_regex_cache_is_ignored_and_the_report_is_unchanged(tmp_path, damage):
    reference, _ = _run(tmp_path, seed="0")
    cache = tmp_path / "regexes.json"
    header, _, body = cache.read_bytes().partition(b"\n")
    if damage == "truncate":
        cache.write_bytes(header + b"\n" + body[: len(body) // 2])
    elif damage == "not json":
        cache.write_bytes(b"\x80\x04\x95 a pickle, say\n")
    elif damage == "foreign engine":
        about = json.loads(header)
        format_, _engine = about["key"]
        cache.write_bytes(json.dumps({**about, "key": [format_, "another python"]}).encode() + b"\n" + body)
    else:  # a well-formed file whose programs are nonsense: the engine refuses them, they are compiled afresh
        import hashlib

        programs = {  # and whose tries are no text: they are written afresh
            key: [0] if key.startswith("source ") else [entry[0], entry[1], entry[2], entry[3], "AAAAAP////8AAAAA"]
            for key, entry in json.loads(body).items()
        }
        body = json.dumps(programs).encode()
        about = {**json.loads(header), "sha256": hashlib.sha256(body).hexdigest()}
        cache.write_bytes(json.dumps(about).encode() + b"\n" + body)
    report, about = _run(tmp_path, seed="0")
    assert about["code"] == 0 and about["new_regexes"] > 100
    assert _same_report(reference, report)


def test_a_trie_kept_in_the_cache_is_the_trie_words_writes(tmp_path, monkeypatch):
    """alternation.words keeps each trie it writes; a later run reads it back instead of writing it, and a
    change to the module that writes tries (its text is part of the key) is never answered by an old one."""
    from factcheck import alternation
    from factcheck.extract import grammar as G

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    lists = [(G.MONTHS, {}), ([c.surface for c in G.CURRENCY_NAMES], {"ignore_case": True}), (["a b", "a", "ab"], {"space": "[ \\t]+"})]

    def fresh_cache():
        monkeypatch.setattr(regexes, "_programs", None)
        monkeypatch.setattr(regexes, "_new", {})
        monkeypatch.setattr(regexes, "_used", set())

    fresh_cache()
    written = [alternation.words(items, **options) for items, options in lists]
    assert len(regexes._new) == len(lists)
    regexes._save()
    fresh_cache()
    assert [alternation.words(items, **options) for items, options in lists] == written
    assert regexes._new == {} and len(regexes._used) == len(lists)
    monkeypatch.setattr(alternation, "_MODULE_TEXT", "another version of the module")
    assert [alternation.words(items, **options) for items, options in lists] == written
    assert len(regexes._new) == len(lists)  # written again, not read


def test_the_regex_cache_matches_as_re_does():
    pattern = r"(?P<num>\d+(?:,\d{3})*)\s*(?P<scale>billion|million)?"
    cached = regexes.compile(pattern, re.IGNORECASE)
    plain = re.compile(pattern, re.IGNORECASE)
    text = "Trade reached 911,700 Million yuan and 3 billion"
    assert [m.groupdict() for m in cached.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    assert cached.flags == plain.flags and cached.groupindex == plain.groupindex


def test_a_changed_base_file_is_read_again(tmp_path, run):
    import shutil

    base = tmp_path / "reference"
    shutil.copytree(REPO / "reference", base)
    draft = tmp_path / "draft.txt"
    draft.write_text("Trade between China and ASEAN came to 911.7 billion U.S. dollars in 2023.\n", encoding="utf-8")
    assert run("check", draft, "--reference", base, "-q")[0] == 0
    assert run("check", draft, "--reference", base, "-q")[0] == 0  # from the cache
    changed = base / "china-asean.yaml"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("value: 911.7 billion USD", "value: 700.1 billion USD"), encoding="utf-8"
    )
    code, out, _ = run("check", draft, "--reference", base, "--no-color")
    assert code == 1 and "CONTRADICTED" in out and "700.1" in out


def test_yaml_values_json_lacks_come_back_as_they_were(tmp_path):
    data = {
        "a": date(2024, 9, 11),
        "b": datetime(2024, 9, 11, 8, 30),
        2023: [1, 2.5, None, True],
        "@x": b"\x00\xff",
        "lines": {None: 3, "k": 4},
        "t": (1, "two"),
        "s": {1, 2},
    }
    raw = b"irrelevant: the parse function decides"
    first = yaml_cache.load(tmp_path / "f.yaml", raw, lambda _: data, "test")
    again = yaml_cache.load(tmp_path / "f.yaml", raw, lambda _: pytest.fail("parsed again"), "test")
    assert first == data and again == data


def test_a_crafted_yaml_cache_entry_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    path, raw = tmp_path / "f.yaml", b"x: 1\n"
    yaml_cache.load(path, raw, lambda _: {"x": 1}, "test")
    (cached,) = (tmp_path / "cache" / "yaml").iterdir()
    about = json.loads(cached.read_bytes().partition(b"\n")[0])
    for body in (b'{"@os.system": "echo owned"}', b'{"x": {"@date": "not a date"}}', b"[" * 100_000, b"\xff"):
        for digest in (about["sha256"], hashlib.sha256(body).hexdigest()):  # a damaged body, and a crafted one that hashes right
            cached.write_bytes(json.dumps({**about, "sha256": digest}).encode() + b"\n" + body)
            assert yaml_cache.load(path, raw, lambda _: {"x": 1}, "test") == {"x": 1}


def test_verbose_names_each_damaged_cache_once(tmp_path):
    _run(tmp_path, seed="0")
    header, _, body = (tmp_path / "regexes.json").read_bytes().partition(b"\n")
    (tmp_path / "regexes.json").write_bytes(header + b"\n" + body[:100])
    for cached in (tmp_path / "yaml").iterdir():
        cached.write_bytes(cached.read_bytes()[:-5])
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--verbose", "--no-color", str(DRAFT)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0
    notes = [line for line in done.stderr.splitlines() if line.startswith("factcheck: note: ")]
    assert sum("regexes.json: a damaged cache of regular expressions; rebuilt" in n for n in notes) == 1
    assert sum("not a readable parsed copy of" in n for n in notes) == len(list((tmp_path / "yaml").iterdir()))


def test_the_regex_cache_keeps_only_what_a_run_used_once_it_is_too_big(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_programs", None)
    monkeypatch.setattr(regexes, "_new", {})
    monkeypatch.setattr(regexes, "_used", set())
    monkeypatch.setattr(regexes, "MAX_BYTES", 2_000)
    for i in range(40):  # forty other bases' patterns, saved by forty runs
        regexes.compile(rf"(?:gross {i} product|output {i})")
    regexes._save()
    monkeypatch.setattr(regexes, "_programs", None)
    monkeypatch.setattr(regexes, "_new", {})
    regexes.compile(r"(?:gross 7 product|output 7)")  # this run uses one of them and one new pattern
    regexes.compile(r"(?:new measure)")
    regexes._save()
    kept = json.loads((tmp_path / "regexes.json").read_bytes().partition(b"\n")[2])
    assert len(kept) == 2
