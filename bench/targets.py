#!/usr/bin/env python3
"""Every scale target of factcheck, measured in one run and printed next to its target.

    python bench/targets.py            # about 10 minutes on 2 cores
    python bench/targets.py --full     # adds the 10-million-figure base and a folder of 100,000 drafts (+15 min)

What it measures (each as a user meets it: a new `python -m factcheck`
process, its wall time, and its peak memory as GNU time reports it):

  base scale      check 8 drafts against generated bases of 1k, 10k and 100k
                  figures (10M with --full): the first run (which compiles a
                  big base) and the median of 3 warm runs; the time to find a
                  claim's candidates in the compiled base
  every core      2,000 generated drafts, --jobs 1 against --jobs N (all cores);
                  the JSON reports must be byte-identical
  Dask            200 drafts on a LocalCluster of 2 worker processes against
                  the local run; the reports must be equal
  cold start      one draft, against codespell on the same file (when installed)
  extraction      `factcheck extract` against quantulum3 (when installed) on the
                  same news text, as whole processes; and extraction alone, in
                  process, in MB/s
  memory          a 20 MB draft, a folder of 10,000 drafts (100,000 with
                  --full), and 4 MB of "twenty-one twenty-one ..."

It prints a Markdown table (the README's) and asserts nothing. The other
scripts in bench/ measure each part in more detail.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO))

import base_scale  # noqa: E402
import extraction_speed  # noqa: E402
import throughput  # noqa: E402

ROWS: list[tuple[str, str, str, str]] = []  # (what, target, measured, met)


def row(what: str, target: str, measured: str, met: bool | None) -> None:
    mark = "n/a" if met is None else ("yes" if met else "NO")
    ROWS.append((what, target, measured, mark))
    print(f"  {what}: {measured} (target {target}: {mark})", flush=True)


def factcheck(args: list[str], env: dict, stdout=subprocess.DEVNULL) -> tuple[float, int, int]:
    """(seconds, exit code, peak MB) of one `python -m factcheck` process."""
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "factcheck", *args], cwd=REPO, env=env, stdout=stdout, stderr=subprocess.PIPE
    )
    seconds = time.perf_counter() - start
    peak = int(done.stderr.decode().strip().splitlines()[-1]) // 1024
    return seconds, done.returncode, peak


def environment(work: Path) -> dict:
    """As an installed factcheck runs: bytecode written, caches in a folder of this run."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env["FACTCHECK_CACHE_DIR"] = str(work / "cache")
    return env


def base_scale_targets(work: Path, full: bool) -> None:
    print("base scale", flush=True)
    sizes = [1_000, 10_000, 100_000] + ([10_000_000] if full else [])
    warm: dict[int, float] = {}
    peaks: dict[int, int] = {}
    for size in sizes:
        folder = work / f"base-{size}"
        base, drafts = folder / "base", folder / "drafts"
        base.mkdir(parents=True)
        drafts.mkdir()
        quoted, rows = base_scale.build_base(base, size)
        for i, (entity, measure, year, value) in enumerate(quoted):
            (drafts / f"draft-{i}.md").write_text(
                base_scale.DRAFT.format(name=entity, measure=measure, value=value, year=year), encoding="utf-8"
            )
        env = {**environment(work), "FACTCHECK_CACHE_DIR": str(folder / "cache")}
        command = ["check", "--format", "json", "--jobs", "1", "--reference", str(base), str(drafts)]
        first, _, first_peak = factcheck(command, env)
        runs = [factcheck(command, env) for _ in range(3)]
        warm[size] = statistics.median(r[0] for r in runs)
        peaks[size] = max(r[2] for r in runs)
        print(f"  {rows:,} figures: first run {first:.2f} s ({first_peak} MB), warm {warm[size]:.2f} s ({peaks[size]} MB)", flush=True)
        if size == 100_000:
            row("100k-figure base, first (compiling) run", "<= 60 s", f"{first:.1f} s", first <= 60)
            row("100k-figure base, peak memory", "<= 300 MB", f"{max(first_peak, peaks[size])} MB", max(first_peak, peaks[size]) <= 300)
        if size == 10_000_000:
            row("10M-figure base, first (compiling) run", "<= 10 min", f"{first / 60:.1f} min ({first_peak} MB peak)", first <= 600)
            row(
                "10M-figure base, warm run peak memory",
                "flat in base size",
                f"{peaks[size]} MB (100k: {peaks[100_000]} MB)",
                peaks[size] <= 2 * peaks[100_000] + 50,
            )
        if list((folder / "cache" / "compiled").glob("*.sqlite")):
            countries = base_scale.countries_of(rows)
            keys = [
                (f"C{c:05d}", m.replace(" ", "-")) for c in range(0, countries, max(1, countries // 100)) for m in base_scale.MEASURES[:2]
            ]
            median, worst = base_scale.lookup_times(folder / "cache", keys)
            if size == max(sizes):
                row(f"{rows:,}-figure base, a claim's candidates", "<= 1 ms", f"{median:.3f} ms median, {worst:.2f} ms max", median <= 1)
        shutil.rmtree(folder)
    row(
        "warm run, 100k figures against 1k",
        "<= 2x",
        f"{warm[100_000] / warm[1_000]:.2f}x ({warm[100_000]:.2f} s / {warm[1_000]:.2f} s)",
        warm[100_000] <= 2 * warm[1_000],
    )


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def jobs_targets(work: Path) -> None:
    print("every core", flush=True)
    drafts = work / "drafts-2000"
    drafts.mkdir()
    throughput.build_corpus(drafts, 2000, 1)
    env = environment(work)
    factcheck(["check", "-q", str(REPO / "examples" / "correct-draft.md")], env)  # fills the caches
    outputs = {}
    times = {}
    for jobs in sorted({1, cores()}):
        out = work / f"jobs-{jobs}.json"
        with out.open("wb") as sink:
            times[jobs], _, _ = factcheck(["check", "--format", "json", "--jobs", str(jobs), str(drafts)], env, stdout=sink)
        outputs[jobs] = out.read_bytes()
    n = cores()
    same = outputs[1] == outputs[n]
    row(
        f"2,000 drafts, --jobs {n} against --jobs 1",
        ">= 1.5x on 2 cores",
        f"{times[1] / times[n]:.2f}x ({times[1]:.1f} s -> {times[n]:.1f} s), reports {'identical' if same else 'DIFFERENT'}",
        times[1] / times[n] >= 1.5 and same if n >= 2 else None,
    )


def dask_targets(work: Path) -> None:
    print("Dask", flush=True)
    try:
        from distributed import LocalCluster
    except ImportError:
        row("Dask LocalCluster against local", "equal reports", "dask not installed (pip install 'factcheck[dask]')", None)
        return
    drafts = work / "drafts-dask"
    drafts.mkdir()
    throughput.build_corpus(drafts, 200, 2)
    env = environment(work)
    local_out, dask_out = work / "local.json", work / "dask.json"
    with local_out.open("wb") as sink:
        local, _, _ = factcheck(["check", "--format", "json", "--jobs", "1", str(drafts)], env, stdout=sink)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, dask_out.open("wb") as sink:
        on_dask, _, _ = factcheck(["check", "--format", "json", "--scheduler", cluster.scheduler_address, str(drafts)], env, stdout=sink)
    same = local_out.read_bytes() == dask_out.read_bytes()
    row(
        "200 drafts on a Dask LocalCluster (2 workers) against local",
        "equal reports",
        f"{'identical' if same else 'DIFFERENT'} ({on_dask:.1f} s against {local:.1f} s)",
        same,
    )


def coldstart_targets(work: Path, runs: int = 20) -> None:
    print("cold start", flush=True)
    env = environment(work)
    draft = "examples/correct-draft.md"
    fc = [sys.executable, "-m", "factcheck", "check", draft]
    codespell = shutil.which("codespell")
    commands = {"factcheck": fc, **({"codespell": [codespell, draft]} if codespell else {})}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs + 1):  # the first round warms the caches and the bytecode
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append((time.perf_counter() - start) * 1000)
    ours = statistics.median(times["factcheck"][1:])
    if not codespell:
        row("cold start, one draft", "<= 1.5x codespell", f"{ours:.0f} ms (codespell not installed)", None)
        return
    theirs = statistics.median(times["codespell"][1:])
    row(
        "cold start, one draft, against codespell",
        "<= 1.5x",
        f"{ours / theirs:.2f}x ({ours:.0f} ms / {theirs:.0f} ms)",
        ours <= 1.5 * theirs,
    )


def extraction_targets(work: Path) -> None:
    print("extraction", flush=True)
    corpus = work / "news"
    corpus.mkdir()
    extraction_speed.build_corpus(corpus, 3, 1)
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in files]
    megabytes = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    from factcheck.document import Document
    from factcheck.extract.claims import extract_claims

    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        for path, text in texts:
            extract_claims(Document(path, text))
        best = min(best, time.perf_counter() - start)
    row("extraction in process", ">= 2 MB/s", f"{megabytes / best:.2f} MB/s ({megabytes:.1f} MB in {best:.2f} s)", megabytes / best >= 2)

    sample = work / "news-sample.txt"  # quantulum3's time grows faster than its input: a short article set
    text = ""
    for _, body in texts:
        if len(text) >= 20_000:
            break
        text += body + "\n\n"
    sample.write_text(text, encoding="utf-8")
    env = environment(work)
    factcheck(["extract", "--format", "json", str(sample)], env)  # a first run writes the caches an installed factcheck keeps
    ours = statistics.median(factcheck(["extract", "--format", "json", str(sample)], env)[0] for _ in range(3))
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        row("factcheck extract against quantulum3, whole process", ">= 50x", f"{ours:.2f} s (quantulum3 not installed)", None)
        return
    script = "import sys\nfrom quantulum3 import parser\nparser.parse(open(sys.argv[1], encoding='utf-8').read())"
    theirs = []
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-W", "ignore", "-c", script, str(sample)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        theirs.append(time.perf_counter() - start)
    row(
        f"factcheck extract against quantulum3, whole process ({len(text.encode()) / 1000:.0f} KB of news)",
        ">= 50x",
        f"{min(theirs) / ours:.0f}x ({ours:.2f} s against {min(theirs):.1f} s)",
        min(theirs) >= 50 * ours,
    )


def memory_targets(work: Path, full: bool) -> None:
    print("memory", flush=True)
    env = environment(work)
    corpus = work / "news-20"
    corpus.mkdir()
    extraction_speed.build_corpus(corpus, 3, 3)
    parts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*")) if p.is_file()]
    first = sorted(p for p in corpus.rglob("*") if p.is_file())[0]
    factcheck(["check", "-q", str(first)], env)  # a first run writes the caches an installed factcheck keeps
    peaks = {}
    for megabytes in (5, 20):
        big = work / f"draft-{megabytes}mb.txt"
        with big.open("w", encoding="utf-8") as out:
            written = 0
            while written < megabytes * 1_000_000 - 100_000:
                for part in parts:
                    out.write(part + "\n\n")
                    written += len(part) + 2
                    if written >= megabytes * 1_000_000 - 100_000:
                        break
        seconds, _, peaks[megabytes] = factcheck(["check", "-q", "--max-file-size", "25", str(big)], env)
    growth = (peaks[20] - peaks[5]) / 15
    row(
        "a 20 MB draft",
        "bounded memory",
        f"{peaks[20]} MB peak, {seconds:.0f} s (5 MB: {peaks[5]} MB; {growth:.1f} MB a MB of draft)",
        peaks[20] <= peaks[5] + 20,  # read a part at a time: flat but for noise
    )

    hostile = work / "twenty-one.txt"
    hostile.write_text("twenty-one " * (4_000_000 // 11), encoding="utf-8")
    seconds, _, peak = factcheck(["check", "-q", str(hostile)], env)
    row("4 MB of 'twenty-one twenty-one ...'", "< 2 GB peak (was 2 GB)", f"{peak} MB peak, {seconds:.0f} s", peak < 2000)

    breaks = work / "line-breaks.txt"  # a line a character: every per-line structure at its largest
    breaks.write_text("\n" * 19_000_000, encoding="utf-8")
    seconds, _, peak = factcheck(["check", "-q", "--max-file-size", "25", str(breaks)], env)
    row("19 MB of line breaks", "bounded memory (5 MB of them took 1 GB)", f"{peak} MB peak, {seconds:.0f} s", peak < 500)

    count = 100_000 if full else 10_000
    folder = work / f"drafts-{count}"
    folder.mkdir()
    throughput.build_corpus(folder, count, 4)
    seconds, _, peak = factcheck(["check", "--format", "json", str(folder)], env)
    small = work / "drafts-1000"
    small.mkdir()
    throughput.build_corpus(small, 1000, 4)
    _, _, peak_small = factcheck(["check", "--format", "json", str(small)], env)
    row(
        f"a folder of {count:,} drafts (JSON report, every core)",
        "bounded memory",
        f"{peak} MB peak (1,000 drafts: {peak_small} MB), {seconds:.0f} s",
        peak <= 2 * peak_small + 50,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", action="store_true", help="add the 10M-figure base and 100,000 drafts")
    parser.add_argument(
        "--only",
        choices=["base", "jobs", "dask", "coldstart", "extraction", "memory"],
        action="append",
        help="run these parts only (repeatable)",
    )
    args = parser.parse_args()
    parts = {
        "base": lambda w: base_scale_targets(w, args.full),
        "jobs": jobs_targets,
        "dask": dask_targets,
        "coldstart": coldstart_targets,
        "extraction": extraction_targets,
        "memory": lambda w: memory_targets(w, args.full),
    }
    print(f"python {sys.version.split()[0]}, {cores()} cores; each measure a new process unless it says otherwise", flush=True)
    work = Path(tempfile.mkdtemp(prefix="factcheck-targets-"))
    try:
        for name, measure in parts.items():
            if not args.only or name in args.only:
                part = work / name
                part.mkdir()
                measure(part)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print("| measure | target | measured | met |")
    print("|---|---|---|---|")
    for what, target, measured, met in ROWS:
        print(f"| {what} | {target} | {re.sub(r'[|]', '/', measured)} | {met} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
