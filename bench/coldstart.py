#!/usr/bin/env python3
"""Cold start of the whole factcheck process, next to codespell on the same file.

Times, as separate processes run from the repository root (so the shipped
reference/ base is the one found):

  python -m factcheck check FILE     (this interpreter)
  factcheck check FILE               (the console script, if on PATH)
  codespell FILE                     (if installed)
  python -c pass                     (the interpreter's own start-up, for scale)

Each command gets one warm-up run, then --runs timed runs (interleaved, so
drift in machine load hits every command alike); min / median / mean are in
milliseconds, and the ratio is factcheck median / codespell median.

factcheck runs use FACTCHECK_CACHE_DIR set to a temporary folder that persists
across the runs (the warm-up fills it). The one-time cost of building the
exchange-rate cache is shown once, with a fresh, empty FACTCHECK_CACHE_DIR.
Finally `python -X importtime` of one run lists the 10 imports with the largest
cumulative time. Prints numbers only; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FILE = "examples/correct-draft.md"
IMPORT_LINE = re.compile(r"^import time:\s*(\d+)\s*\|\s*(\d+)\s*\|(\s*)(\S+)\s*$")


def run_once(command: list[str], env: dict) -> tuple[float, float, int]:
    """(wall ms, CPU ms of the child: user + system, exit code). CPU time shakes less on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu, done.returncode


def stats(times: list[float]) -> tuple[float, float, float]:
    return min(times), statistics.median(times), statistics.fmean(times)


def import_times(command: list[str], env: dict, top: int) -> tuple[list[tuple[int, int, int, str]], int, int]:
    """(self us, cumulative us, depth, module) of the `top` slowest imports by cumulative time, total self us, count."""
    done = subprocess.run(
        command, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    rows = []
    for line in done.stderr.splitlines():
        m = IMPORT_LINE.match(line)
        if m:
            rows.append((int(m[1]), int(m[2]), (len(m[3]) - 1) // 2, m[4]))
    total = sum(row[0] for row in rows)
    return sorted(rows, key=lambda row: row[1], reverse=True)[:top], total, len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per command (default: 20)")
    parser.add_argument("--file", default=DEFAULT_FILE, help=f"the draft to check, relative to the repository (default: {DEFAULT_FILE})")
    parser.add_argument("--top", type=int, default=10, help="imports to list from -X importtime (default: 10)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    warm_cache = Path(tempfile.mkdtemp(prefix="factcheck-cache-warm-"))
    cold_cache = Path(tempfile.mkdtemp(prefix="factcheck-cache-cold-"))
    bytecode = Path(tempfile.mkdtemp(prefix="factcheck-pycache-"))
    # Timed as an installed package runs: with its bytecode written once (pip writes it at
    # install time; an editable checkout under PYTHONDONTWRITEBYTECODE=1 would recompile
    # every module on every run and measure the compiler, not factcheck).
    plain_env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    plain_env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    fc_env = {**plain_env, "FACTCHECK_CACHE_DIR": str(warm_cache)}
    try:
        commands: list[tuple[str, list[str], dict]] = [
            ("python -m factcheck", [sys.executable, "-m", "factcheck", "check", args.file], fc_env),
        ]
        script = shutil.which("factcheck")
        if script:
            commands.append(("factcheck (script)", [script, "check", args.file], fc_env))
        codespell = shutil.which("codespell")
        if codespell:
            commands.append(("codespell", [codespell, args.file], plain_env))
        commands.append(("python -c pass", [sys.executable, "-c", "pass"], plain_env))

        print(f"file: {args.file} ({(REPO / args.file).stat().st_size:,} bytes), cwd {REPO}, {args.runs} runs each after 1 warm-up")
        print(f"python: {sys.executable} ({sys.version.split()[0]})")
        print(f"factcheck script: {script or 'not on PATH'}")
        print(f"codespell: {codespell or 'not installed: factcheck only'}")
        print()

        codes: dict[str, int] = {}
        for name, command, env in commands:  # warm-up: .pyc files, page cache, the caches
            _, _, codes[name] = run_once(command, env)
        times: dict[str, list[float]] = {name: [] for name, _, _ in commands}
        cpu: dict[str, list[float]] = {name: [] for name, _, _ in commands}
        for _ in range(args.runs):
            for name, command, env in commands:
                elapsed, used, codes[name] = run_once(command, env)
                times[name].append(elapsed)
                cpu[name].append(used)

        print(f"{'command':<22}{'min ms':>9}{'median ms':>11}{'mean ms':>9}{'stdev ms':>10}{'CPU median ms':>15}  exit")
        for name, _, _ in commands:
            lo, med, mean = stats(times[name])
            spread = statistics.stdev(times[name]) if len(times[name]) > 1 else 0.0
            print(f"{name:<22}{lo:>9.1f}{med:>11.1f}{mean:>9.1f}{spread:>10.1f}{statistics.median(cpu[name]):>15.1f}  {codes[name]}")
        print()
        if codespell:
            base, base_cpu = statistics.median(times["codespell"]), statistics.median(cpu["codespell"])
            for name, _, _ in commands:
                if "factcheck" in name:
                    print(
                        f"ratio {name} / codespell: {statistics.median(times[name]) / base:.2f}x wall (median), "
                        f"{statistics.median(cpu[name]) / base_cpu:.2f}x CPU (median)"
                    )
        floor = statistics.median(times["python -c pass"])
        for name, _, _ in commands:
            if "factcheck" in name:
                print(f"{name} above bare interpreter start-up (median): {statistics.median(times[name]) - floor:.1f} ms")
        print()

        # The one-time cost: an empty cache folder, so the ECB history is read and the cache written.
        first, _, code = run_once(
            [sys.executable, "-m", "factcheck", "check", args.file], {**plain_env, "FACTCHECK_CACHE_DIR": str(cold_cache)}
        )
        written = sorted(p for p in cold_cache.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in written)
        warm = statistics.median(times["python -m factcheck"])
        print("exchange-rate cache (python -m factcheck)")
        print(f"  {'first run, empty FACTCHECK_CACHE_DIR':<48}{first:9.1f} ms  (exit {code}; wrote {len(written)} file(s), {size:,} bytes)")
        print(f"  {'warm runs, persistent FACTCHECK_CACHE_DIR, median':<48}{warm:9.1f} ms")
        print(f"  {'one-time cost of building the cache':<48}{first - warm:9.1f} ms")
        print()

        rows, total, count = import_times([sys.executable, "-X", "importtime", "-m", "factcheck", "check", args.file], fc_env, args.top)
        print(f"python -X importtime -m factcheck check {args.file}: {count} imports, {total / 1000:.1f} ms in all (sum of self times)")
        print(f"  top {len(rows)} by cumulative time (indentation = nesting):")
        print(f"  {'cumulative ms':>13}{'self ms':>9}  module")
        for self_us, cumulative_us, depth, module in rows:
            print(f"  {cumulative_us / 1000:>13.1f}{self_us / 1000:>9.1f}  {'  ' * depth}{module}")
    finally:
        shutil.rmtree(warm_cache, ignore_errors=True)
        shutil.rmtree(cold_cache, ignore_errors=True)
        shutil.rmtree(bytecode, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
