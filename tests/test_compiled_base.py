"""The compiled base: rebuilt when a YAML file changes and not otherwise, a damaged file ignored, concurrent first runs agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from factcheck import compiled
from factcheck.api import check_paths
from factcheck.figures import load_reference
from factcheck.report.json_format import check_json

NAMES = ("ar", "bel", "cor", "dan", "el", "fir", "gal", "hol", "is", "jor")


def _name(c: int) -> str:
    return ("".join(NAMES[int(d)] for d in f"{c:03d}") + "ia").capitalize()


def write_base(folder, countries: int = 300, bump: int = 0) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "entities.yaml").write_text(
        "entities:\n" + "".join(f"  - {{id: C{c:03d}, name: {_name(c)}}}\n" for c in range(countries)), encoding="utf-8"
    )
    rows = "".join(
        f"  - {{entity: C{c:03d}, period: {y}, value: {1000 + c * 10 + y + bump}}}\n" for c in range(countries) for y in range(2014, 2024)
    )
    (folder / "population.yaml").write_text(
        "source: {title: Generated population, publisher: tests}\ndefaults: {measure: population}\nfigures:\n" + rows, encoding="utf-8"
    )


@pytest.fixture
def big(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "COMPILE_ABOVE", 0)
    write_base(tmp_path / "base")
    draft = tmp_path / "draft.md"
    draft.write_text(f"{_name(7)}'s population reached 3,093 in 2023. {_name(9)}'s population was 9,999 in 2023.\n", encoding="utf-8")
    return tmp_path


def _compiled_files(root):
    return sorted((root / "cache" / "compiled").glob("*.sqlite"))


def _report(base, draft) -> str:
    return check_json(check_paths([str(draft)], base), base.paths, base.count)


def test_a_compiled_base_gives_the_report_of_the_yaml_and_is_reused(big):
    paths = [str(big / "base")]
    direct = load_reference(paths)
    first = compiled.load_compiled(paths, load_reference)  # compiles
    again = compiled.load_compiled(paths, load_reference)  # opens
    assert isinstance(again.by_key, compiled.KeyedFigures) and len(_compiled_files(big)) == 1
    assert again.count == direct.count == 3000
    report = _report(direct, big / "draft.md")
    assert _report(first, big / "draft.md") == report == _report(again, big / "draft.md")
    verdicts = [f["verdict"] for f in json.loads(report)["files"][0]["findings"]]
    assert verdicts == ["supported", "contradicted"]


def test_a_changed_yaml_file_is_compiled_anew(big):
    paths = [str(big / "base")]
    compiled.load_compiled(paths, load_reference)
    write_base(big / "base", bump=500)  # every value 500 higher
    base = compiled.load_compiled(paths, load_reference)
    assert len(_compiled_files(big)) == 1  # the compile of the base before the change is removed, not kept forever
    assert json.loads(_report(base, big / "draft.md"))["files"][0]["findings"][0]["verdict"] == "contradicted"


def test_a_damaged_compiled_file_is_ignored_and_rebuilt(big):
    paths = [str(big / "base")]
    compiled.load_compiled(paths, load_reference)
    (file,) = _compiled_files(big)
    file.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    base = compiled.load_compiled(paths, load_reference)
    assert base.count == 3000 and isinstance(compiled.open_base(file).by_key, compiled.KeyedFigures)


def test_eight_concurrent_first_runs_agree(tmp_path):
    write_base(tmp_path / "base", countries=400)  # above COMPILE_ABOVE: compiled by whichever run comes first
    assert sum(p.stat().st_size for p in (tmp_path / "base").iterdir()) > compiled.COMPILE_ABOVE
    draft = tmp_path / "draft.md"
    draft.write_text(f"{_name(7)}'s population reached 3,093 in 2023.\n", encoding="utf-8")
    environment = dict(os.environ, FACTCHECK_CACHE_DIR=str(tmp_path / "cache"))
    command = [sys.executable, "-m", "factcheck", "check", "--format", "json", "--reference", str(tmp_path / "base"), str(draft)]

    def run(_):
        return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(run, range(8)))
    assert all(r.returncode == 0 and "Traceback" not in r.stderr for r in results), [r.stderr for r in results]
    assert len({r.stdout for r in results}) == 1
    assert json.loads(results[0].stdout)["files"][0]["findings"][0]["verdict"] == "supported"
    assert len(list((tmp_path / "cache" / "compiled").glob("*.sqlite"))) == 1
    assert not list((tmp_path / "cache" / "compiled").glob(".compiling-*"))  # no half-written file left


def test_reference_build_compiles_ahead_of_time(big, run):
    code, out, err = run("reference", "build", str(big / "base"))
    (file,) = _compiled_files(big)
    assert code == 0 and out.strip() == f"compiled: 3,000 figures in {file}"
    code, out, err = run("reference", "build", str(big / "base"))
    assert out.strip() == f"already compiled: 3,000 figures in {file}"


ROWS_OF_EVERY_SHAPE = """\
source: {title: Generated statistics, publisher: tests}
defaults: {measure: population}
figures:
  - {entity: C001, period: 2020, value: 1234}
  - {entity: C002, period: 2021, value: 1234.5}   # a comment after a row
  - {entity: C003, period: 2022, value: "12,345"}

  - {entity: C004, period: '2023', value: 1e+05}
  - {entity: C005, period: 2023, value: about 4.5 million}
  - {entity: "Belcoria", period: 2023, value: 2000}
  - {entity: C006, period: 2019-01/2019-06, value: 7}
  - {entity: C007, period: 2023, value: 3.1e+12, unit: USD, measure: gdp}
  - {entity: C008, period: 2023, value: 8, change: {value: 3 percent, compared_to: 2022}}
  - {id: same, entity: C009, period: 2023, value: 9}
"""


def _compiled_and_direct(tmp_path, monkeypatch, base_text: str):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "base"
    write_base(folder, countries=12)
    (folder / "population.yaml").unlink()
    (folder / "rows.yaml").write_text(base_text, encoding="utf-8")
    target = tmp_path / "compiled.sqlite"
    compiled.compile_into([str(folder)], target)
    return compiled.open_base(target), load_reference([str(folder)])


def test_rows_read_a_line_at_a_time_are_the_figures_the_yaml_parser_reads(tmp_path, monkeypatch):
    streamed, direct = _compiled_and_direct(tmp_path, monkeypatch, ROWS_OF_EVERY_SHAPE)
    assert streamed.count == direct.count == 11
    for key in direct.by_key:
        assert streamed.by_key[key] == direct.by_key[key], key
    assert sorted(streamed.by_key) == sorted(direct.by_key)
    assert {f.id for f in streamed.figures} == {f.id for f in direct.figures if not f.key or f.change_of or f.id in direct.change_targets}


def test_a_file_that_is_not_rows_a_line_each_is_read_whole(tmp_path, monkeypatch):
    multi_line = ROWS_OF_EVERY_SHAPE + "  - entity: C010\n    period: 2023\n    value: 10\nrates: []\n"
    streamed, direct = _compiled_and_direct(tmp_path, monkeypatch, multi_line)
    assert streamed.count == direct.count == 12 and streamed.about("C010", "population") == direct.about("C010", "population")


def test_a_compiled_base_reports_what_loading_reports(tmp_path, monkeypatch):
    bad = ROWS_OF_EVERY_SHAPE + "  - {id: same, entity: C010, period: 2023, value: 10}\n  - {entity: C011, period: 2023}\n"
    from factcheck.figures import InvalidReference

    with pytest.raises(InvalidReference) as streamed:
        _compiled_and_direct(tmp_path, monkeypatch, bad)
    with pytest.raises(InvalidReference) as direct:
        load_reference([str(tmp_path / "base")])
    assert sorted(map(str, streamed.value.problems)) == sorted(map(str, direct.value.problems))
    assert len(direct.value.problems) == 2
    assert not list(tmp_path.glob("*.sqlite")) and not list(tmp_path.glob(".compiling-*"))
