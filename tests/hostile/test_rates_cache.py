"""The exchange-rate cache is data, never code: a crafted or damaged file is ignored and rebuilt."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

CONVERTING = "Trade reached 339.44 billion yuan (about 47.6 billion U.S. dollars) in 2023.\n"


class _RunsCode:
    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _check(tmp_path, cache, *options: str) -> subprocess.CompletedProcess:
    draft = tmp_path / "draft.txt"
    draft.write_text(CONVERTING, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--format", "json", *options, str(draft)],
        env=dict(os.environ, FACTCHECK_CACHE_DIR=str(cache)),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_crafted_pickle_in_the_cache_never_runs(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_RunsCode(str(marker)))
    for name in ("ecb-rates.pickle", "ecb-rates.json"):
        (cache / name).write_bytes(payload)
    done = _check(tmp_path, cache)
    assert not marker.exists()
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr
    header = (cache / "ecb-rates.json").read_text(encoding="ascii").split("\n", 1)[0]
    assert json.loads(header)["key"][0] == 2  # rebuilt, as data


def test_a_damaged_cache_is_rebuilt_and_gives_the_same_report(tmp_path):
    cache = tmp_path / "cache"
    first = _check(tmp_path, cache)
    text = (cache / "ecb-rates.json").read_text(encoding="ascii")
    (cache / "ecb-rates.json").write_text(text[: len(text) // 2] + "XX" + text[len(text) // 2 + 2 :], encoding="ascii")
    second = _check(tmp_path, cache, "--verbose")
    assert (cache / "ecb-rates.json").read_text(encoding="ascii") == text  # the damage was seen and the cache rebuilt
    assert second.stderr.count("not a current exchange-rate cache; rebuilt") == 1  # said once, with --verbose
    assert second.returncode == first.returncode and "Traceback" not in second.stderr
    assert json.loads(second.stdout)["files"] == json.loads(first.stdout)["files"]
