"""Check a batch: in this process, on every core (a process pool), or on a Dask cluster; reports in input order.

Files go to the workers in chunks (one message per chunk, not per file);
each chunk's reports come back whole and are put back in input order, so the
report is the same, byte for byte, as a serial run's. The progress bar counts
files as their chunk finishes. A worker opens the base once and keeps it for
every chunk it runs; where processes start by forking (Linux), a pool worker
inherits the base the parent has already loaded (not a compiled one: an
SQLite connection must not cross a fork).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from .errors import Interrupted, UserError
from .figures import ReferenceBase, load_reference
from .model import FileReport, Finding

# Fewer files than this run serially: starting workers costs more than it saves.
SERIAL_BELOW = 8
_CHUNK = 16


@dataclass(frozen=True)
class Batch:
    """What every chunk of a batch is checked with: sent to each worker (a few bytes)."""

    reference_paths: tuple[str, ...]
    as_of: date | None = None
    explain: bool = False
    max_bytes: int = 20_000_000


# A worker's base, and the reference paths it was opened from.
_base: ReferenceBase | None = None
_base_paths: tuple[str, ...] = ()


def default_jobs(files: int) -> int:
    """Every core for a real batch, one process for a handful of files."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 1 if files < SERIAL_BELOW else max(1, cores)


def check_batch(paths: list[str], base: ReferenceBase, batch: Batch, jobs: int = 1, scheduler: str | None = None,
                progress: Callable[[str], None] | None = None) -> list[FileReport]:
    """The reports of every path, in input order; Interrupted (with the files finished) on Ctrl-C."""
    from .api import check_paths

    if "-" in paths:  # stdin is read once, here
        scheduler, jobs = None, 1
    if scheduler:
        return _on_dask(paths, batch, scheduler, progress)
    if jobs > 1:
        return _in_a_pool(paths, base, batch, jobs, progress)
    return check_paths(paths, base, batch.as_of, batch.explain, progress, batch.max_bytes)


def _check_chunk(paths: list[str], batch: Batch) -> list[FileReport]:
    """A chunk in a worker, with the worker's base (opened on its first chunk)."""
    global _base, _base_paths
    from .api import check_paths

    if _base is None or _base_paths != batch.reference_paths:
        from .compiled import load_compiled

        _base, _base_paths = load_compiled(list(batch.reference_paths), load_reference), batch.reference_paths
    reports = check_paths(paths, _base, batch.as_of, batch.explain, None, batch.max_bytes)
    return [replace(report, findings=[_slim(f) for f in report.findings]) for report in reports]


def _slim(finding: Finding) -> Finding:
    """The finding without the claim's reading context (kilobytes a claim), which no report prints."""
    claim = replace(finding.claim, context="", document="", lead="", trail="", converts=None, about=None)
    return replace(finding, claim=claim)


def _chunks(paths: list[str]) -> list[list[str]]:
    return [paths[i:i + _CHUNK] for i in range(0, len(paths), _CHUNK)]


def _in_order(results: list[list[FileReport] | None]) -> list[FileReport]:
    """The reports of the chunks finished before the first unfinished one (all of them, at the end)."""
    finished = []
    for chunk in results:
        if chunk is None:
            break
        finished += chunk
    return finished


def _in_a_pool(paths: list[str], base: ReferenceBase, batch: Batch, jobs: int, progress) -> list[FileReport]:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    global _base, _base_paths
    chunks = _chunks(paths)
    results: list[list[FileReport] | None] = [None] * len(chunks)
    if isinstance(base.by_key, dict):  # inherited by forked workers
        _base, _base_paths = base, batch.reference_paths
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)))
    try:
        pending = {pool.submit(_check_chunk, chunk, batch): index for index, chunk in enumerate(chunks)}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                results[index] = future.result()
                for path in chunks[index] if progress else ():
                    progress(path)
    except KeyboardInterrupt:  # stop at once; report the files finished before the first unfinished chunk
        pool.shutdown(wait=False, cancel_futures=True)
        raise Interrupted(_in_order(results)) from None
    except BaseException:  # a worker's death: stop at once
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        _base, _base_paths = None, ()
    pool.shutdown()
    return _in_order(results)


def _on_dask(paths: list[str], batch: Batch, scheduler: str, progress) -> list[FileReport]:
    """Chunks on a Dask cluster. The workers must read the files and the base at the same paths (a shared
    file system). A few chunks a worker are in flight at once, so the cluster's memory stays flat."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UserError("--scheduler needs Dask: pip install 'factcheck[dask]'") from None
    chunks = _chunks(paths)
    results: list[list[FileReport] | None] = [None] * len(chunks)
    with Client(scheduler, set_as_default=False) as client:
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
        waiting = iter(enumerate(chunks))
        running = as_completed(loop=client.loop)
        index_of = {}

        def submit_next() -> None:
            for index, chunk in waiting:
                future = client.submit(_check_chunk, chunk, batch, pure=False)
                index_of[future.key] = index
                running.add(future)
                return

        for _ in range(window):
            submit_next()
        try:
            for future in running:
                index = index_of.pop(future.key)
                results[index] = future.result()
                future.release()
                for path in chunks[index] if progress else ():
                    progress(path)
                submit_next()
        except KeyboardInterrupt:
            raise Interrupted(_in_order(results)) from None
    return _in_order(results)
