#!/usr/bin/env python3
"""Instructions that extraction costs, counted by valgrind's callgrind: a measure that noise does not move.

Wall-clock time on a shared machine moves by 10-30% from run to run, more
than most changes to the extractor gain or lose. Callgrind counts the
instructions a process executes, and the count is the same from run to run
for the same code and input (within a few parts in a thousand), whatever
else the machine is doing. Compare two versions of the code by running this
script for each (`git worktree add ../old REV`, then `PYTHONPATH=../old
python bench/instructions.py`), on the same corpus.

Generates the news corpus of extraction_speed.py (--megabytes, --seed),
takes its first --files files, and runs, under callgrind, a child that
imports factcheck, extracts two files to warm its caches (pint, the
compiled patterns), then extracts every file --passes times. The same child
with no passes is counted too, after a first run that writes the caches of
a changed grammar (without it, the compiling counts as start-up and the
difference comes out too small); the difference is the cost of extraction
alone. Prints the files, their size, the claims found and the millions of
instructions, in all and per MB. About 1 minute for 40 files (callgrind
runs Python some 50 times slower). Needs valgrind on PATH; says so and
exits when it is missing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import extraction_speed  # noqa: E402

CHILD = """
import sys
from pathlib import Path
from factcheck.document import Document
from factcheck.extract.claims import extract_claims
files = [Path(line) for line in Path(sys.argv[1]).read_text().splitlines()]
texts = [(str(p), p.read_text(encoding="utf-8")) for p in files]
for path, text in texts[:2]:
    extract_claims(Document(path, text))
claims = 0
for _ in range(int(sys.argv[2])):
    for path, text in texts:
        claims += len(extract_claims(Document(path, text)))
print(claims)
"""


def instructions(listing: Path, passes: int) -> tuple[int, int]:
    """(instructions, claims) of the child run with this many passes over the files.

    The child runs in the corpus's folder, so that the factcheck it imports is the installed one, or the one
    PYTHONPATH names (a worktree of another version), never one in the current folder."""
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", CHILD, str(listing), str(passes)],
        capture_output=True,
        text=True,
        check=True,
        cwd=listing.parent,
    )
    collected = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if collected is None:
        raise SystemExit(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(collected.group(1)), int(run.stdout.strip() or 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=3.0, help="size of the generated corpus (default: 3)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the corpus (default: 1, as bench/targets.py)")
    parser.add_argument("--files", type=int, default=40, help="files of the corpus to extract (default: 40)")
    parser.add_argument("--passes", type=int, default=1, help="times each file is extracted (default: 1)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing measured")
        return 0
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "news"
        extraction_speed.build_corpus(corpus, args.megabytes, args.seed)
        files = sorted(p for p in corpus.rglob("*") if p.is_file())[: args.files]
        listing = Path(work) / "files.txt"
        listing.write_text("\n".join(str(p) for p in files), encoding="utf-8")
        megabytes = sum(p.stat().st_size for p in files) / 1e6 * args.passes
        instructions(listing, 0)  # writes the caches of a changed grammar, which the next run would count as start-up
        start_only, _ = instructions(listing, 0)
        total, claims = instructions(listing, args.passes)
    extraction = (total - start_only) / 1e6
    print(f"files {len(files)}, {megabytes:.2f} MB in {args.passes} pass(es), {claims} claims")
    print(f"extraction: {extraction:,.0f} M instructions, {extraction / megabytes:,.0f} M per MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
