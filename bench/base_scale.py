#!/usr/bin/env python3
"""How `factcheck check` scales with the size of the reference base.

Generates bases of imported statistics (countries x measures x years, the
row format `factcheck reference import` writes; deterministic values) of
1k, 10k and 100k figures by default, and 8 short drafts quoting some of
them. For each base it runs `python -m factcheck check --format json` on the
drafts as a subprocess, with its own empty cache folder: the first run
(which compiles a big base into SQLite) and the median of 3 warm runs, and
the peak memory (max RSS of the child). Prints a table and the targets.

    python bench/base_scale.py                 # 1k, 10k, 100k
    python bench/base_scale.py --sizes 1000,1000000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# fmt: off
MEASURES = ("population", "gdp", "exports", "imports", "inflation", "unemployment", "life expectancy", "co2 emissions",
            "electricity production", "internet users", "hospital beds", "tourist arrivals", "rice production",
            "wheat production", "oil production", "gas production", "military expenditure", "health expenditure",
            "education expenditure", "research expenditure", "patents", "births", "deaths", "migrants", "refugees",
            "forest area", "arable land", "road length", "rail length", "air passengers", "container traffic",
            "mobile subscriptions", "broadband subscriptions", "steel production", "car production", "coal production",
            "fish catch", "water withdrawal", "tax revenue", "public debt")
# fmt: on
DRAFT = (
    "{name}'s {measure} reached {value:,} in {year}, the statistics office said.\n\n"
    "Elsewhere, analysts noted that trade with neighbours grew by 4.5 percent in {year}.\n"
)


_SYLLABLES = ("ar", "bel", "cor", "dan", "el", "fir", "gal", "hol", "is", "jor")


def country(c: int) -> str:
    """A made-up country name without digits ("Belcoria"): numbers in names would be read as claims."""
    return ("".join(_SYLLABLES[int(d)] for d in f"{c:04d}") + "ia").capitalize()


def countries_of(figures: int) -> int:
    return max(1, figures // (len(MEASURES) * 10))


def build_base(folder: Path, figures: int) -> list[tuple[str, str, int, int]]:
    """One YAML file a measure; returns some (entity, measure, year, value) rows for the drafts."""
    countries = countries_of(figures)
    years = range(2014, 2024)
    measures = MEASURES[: max(1, min(len(MEASURES), figures // (countries * len(years))))]
    quoted = []
    lines_total = 0
    declared = "entities:\n" + "".join(f"  - {{id: C{c:05d}, name: {country(c)}}}\n" for c in range(countries))
    (folder / "entities.yaml").write_text(declared, encoding="utf-8")
    for m, measure in enumerate(measures):
        rows = []
        for c in range(countries):
            for year in years:
                value = 1000 + (c * 7919 + m * 104729 + year * 31) % 900000
                rows.append(f"  - {{entity: C{c:05d}, period: {year}, value: {value}}}\n")
                if c % max(1, countries // 4) == 0 and year == 2023 and len(quoted) < 8:
                    quoted.append((country(c), measure, year, value))
        lines_total += len(rows)
        slug = measure.replace(" ", "-")
        (folder / f"{slug}.yaml").write_text(
            f"source: {{title: Generated {measure}, publisher: factcheck bench, url: https://example.org/{slug}}}\n"
            f"measures:\n  - {{id: {slug}, name: {measure}, words: [{measure}], dimension: count}}\n"
            f"defaults: {{measure: {slug}}}\nfigures:\n" + "".join(rows),
            encoding="utf-8",
        )
    return quoted, lines_total


def run(args: list[str], env: dict) -> tuple[float, int, int, dict]:
    """(seconds, exit code, peak RSS in MB, JSON summary) of one factcheck process (peak read by GNU time)."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "factcheck", *args], cwd=REPO, env=env, capture_output=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        print(done.stderr.decode()[-2000:], file=sys.stderr)
    peak_kb = int(done.stderr.decode().strip().splitlines()[-1])
    try:
        summary = json.loads(done.stdout)["summary"]
    except (ValueError, KeyError):
        summary = {}
    return seconds, done.returncode, peak_kb // 1024, summary


def lookup_times(cache: Path, keys: list[tuple[str, str]]) -> tuple[float, float]:
    """(median, max) ms to find a claim's candidates, (entity, measure) -> figures, each key asked for the first
    time, in the compiled file the first run wrote (in this process: the base is opened, not loaded)."""
    sys.path.insert(0, str(REPO))
    from factcheck.compiled import open_base

    (file,) = (cache / "compiled").glob("*.sqlite")
    base = open_base(file)
    times = []
    for key in keys:
        start = time.perf_counter()
        found = base.about(*key)
        times.append((time.perf_counter() - start) * 1000)
        assert found, key
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="figures per base, comma-separated")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}; each run a new process; peak = its max RSS; warm = median of 3")
    print(
        f"{'figures':>10} {'YAML MB':>8} {'first run s':>12} {'first MB':>9} {'warm run s':>11} {'warm MB':>8}"
        f" {'lookup ms (median/max)':>23}  verdicts"
    )
    results = {}
    for size in (int(s) for s in args.sizes.split(",")):
        work = Path(tempfile.mkdtemp(prefix="factcheck-scale-"))
        try:
            base, drafts, cache = work / "base", work / "drafts", work / "cache"
            for folder in (base, drafts, cache):
                folder.mkdir()
            quoted, rows = build_base(base, size)
            for i, (entity, measure, year, value) in enumerate(quoted):
                (drafts / f"draft-{i}.md").write_text(DRAFT.format(name=entity, measure=measure, value=value, year=year), encoding="utf-8")
            env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache)}
            command = ["check", "--format", "json", "--jobs", "1", "--reference", str(base), str(drafts)]
            first, code, peak_first, _ = run(command, env)
            warm = [run(command, env) for _ in range(3)]
            seconds = statistics.median(w[0] for w in warm)
            size_mb = sum(p.stat().st_size for p in base.iterdir()) / 1e6
            results[rows] = seconds
            verdicts = ", ".join(f"{v} {n}" for v, n in warm[-1][3].items() if v not in ("files", "claims") and n)
            lookups = "-"
            if list((cache / "compiled").glob("*.sqlite")):
                keys = [
                    (f"C{c:05d}", m.replace(" ", "-"))
                    for c in range(0, countries_of(rows), max(1, countries_of(rows) // 100))
                    for m in MEASURES[:2]
                ]
                median, worst = lookup_times(cache, keys)
                lookups = f"{median:.3f} / {worst:.3f}"
            print(
                f"{rows:>10,} {size_mb:>8.1f} {first:>12.2f} {peak_first:>9} {seconds:>11.2f} {max(w[2] for w in warm):>8}"
                f" {lookups:>23}  {verdicts}"
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if len(results) > 1:
        smallest, largest = min(results), max(results)
        print(f"warm run, {largest:,} figures vs {smallest:,}: {results[largest] / results[smallest]:.2f}x (target <= 2x for 100k vs 1k)")
    print("targets: 100k first run <= 60 s, peak <= 300 MB; 10M first run (compiling) <= 10 min, lookup <= 1 ms, memory flat")
    return 0


if __name__ == "__main__":
    sys.exit(main())
