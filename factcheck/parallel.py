"""Check a batch on every core: a process pool, the base opened once per worker, reports in input order.

Files go to the workers in chunks (one message per chunk, not per file);
each chunk's reports come back whole, and are put back in input order, so the
report is the same, byte for byte, as a serial run's. The progress bar counts
files as their chunk finishes. Where processes start by forking (Linux), a
worker inherits the base the parent has already loaded; elsewhere it loads
the same reference paths once, in its initializer.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from .figures import ReferenceBase, load_reference
from .errors import Interrupted
from .model import FileReport, Finding

# Fewer files than this run serially: starting workers costs more than it saves.
SERIAL_BELOW = 8
_CHUNK = 16

_base: ReferenceBase | None = None
_settings: tuple = (None, False, None, 20_000_000)  # as_of, explain, progress (none in a worker), max_bytes
_base_paths: tuple[str, ...] = ()  # the reference paths a Dask worker's base was opened from


def default_jobs(files: int) -> int:
    """Every core for a real batch, one process for a handful of files."""
    return 1 if files < SERIAL_BELOW else max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _start_worker(reference_paths: list[str], as_of: date | None, explain: bool, max_bytes: int) -> None:
    global _base, _settings
    if _base is None:  # not inherited by fork (or compiled: an SQLite connection must not cross a fork)
        from .compiled import load_compiled

        _base = load_compiled(reference_paths, load_reference)
    _settings = (as_of, explain, None, max_bytes)


def _check_chunk(paths: list[str]) -> list[FileReport]:
    from .api import check_paths

    assert _base is not None
    return [replace(report, findings=[_slim(f) for f in report.findings]) for report in check_paths(paths, _base, *_settings)]


def _slim(finding: Finding) -> Finding:
    """The finding without the claim's reading context (kilobytes a claim), which no report prints."""
    claim = replace(finding.claim, context="", document="", lead="", trail="", converts=None, about=None)
    return replace(finding, claim=claim)


def check_in_parallel(
    paths: list[str], base: ReferenceBase, reference_paths: list[str], jobs: int,
    as_of: date | None = None, explain: bool = False, progress: Callable[[str], None] | None = None,
    max_bytes: int = 20_000_000,
) -> list[FileReport]:
    """The reports of check_paths(paths, ...), computed by `jobs` worker processes, in input order."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    global _base
    chunks = [paths[i:i + _CHUNK] for i in range(0, len(paths), _CHUNK)]
    results: list[list[FileReport] | None] = [None] * len(chunks)
    _base = base if isinstance(base.by_key, dict) else None  # inherited by forked workers
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), initializer=_start_worker,
                               initargs=(reference_paths, as_of, explain, max_bytes))
    try:
        pending = {pool.submit(_check_chunk, chunk): index for index, chunk in enumerate(chunks)}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                results[index] = future.result()
                if progress:
                    for path in chunks[index]:
                        progress(path)
    except KeyboardInterrupt:  # stop at once; report the files finished before the first unfinished chunk
        pool.shutdown(wait=False, cancel_futures=True)
        raise Interrupted(_finished_prefix(results)) from None
    except BaseException:  # a worker's death: stop at once
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        _base = None
    pool.shutdown()
    return [report for chunk in results for report in chunk or []]


def _check_chunk_on_worker(paths: list[str], reference_paths: list[str], as_of: date | None, explain: bool,
                           max_bytes: int) -> list[FileReport]:
    """A chunk on a Dask worker: the base opened once per worker process, then reused by every chunk it runs."""
    global _base, _base_paths
    if _base is None or _base_paths != tuple(reference_paths):
        from .compiled import load_compiled

        _base, _base_paths = load_compiled(reference_paths, load_reference), tuple(reference_paths)
    global _settings
    _settings = (as_of, explain, None, max_bytes)
    return _check_chunk(paths)


def _finished_prefix(results: list) -> list[FileReport]:
    finished = []
    for chunk in results:
        if chunk is None:
            break
        finished += chunk
    return finished


def check_on_dask(
    paths: list[str], reference_paths: list[str], scheduler: str,
    as_of: date | None = None, explain: bool = False, progress: Callable[[str], None] | None = None,
    max_bytes: int = 20_000_000,
) -> list[FileReport]:
    """The reports of a batch computed on a Dask cluster, in input order.

    Chunks of files go to the cluster's workers, which must be able to read
    the files and the base at the same paths (a shared file system). At most
    a few chunks a worker are in flight at once, so memory stays flat however
    many files the batch holds.
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        from .errors import UserError

        raise UserError("--scheduler needs Dask: pip install 'factcheck[dask]'") from None
    chunks = [paths[i:i + _CHUNK] for i in range(0, len(paths), _CHUNK)]
    results: list[list[FileReport] | None] = [None] * len(chunks)
    with Client(scheduler, set_as_default=False) as client:
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
        submitted = iter(enumerate(chunks))
        running = as_completed(loop=client.loop)
        index_of = {}

        def submit_next() -> None:
            for index, chunk in submitted:
                future = client.submit(_check_chunk_on_worker, chunk, reference_paths, as_of, explain, max_bytes, pure=False)
                index_of[future.key] = index
                running.add(future)
                return

        for _ in range(window):
            submit_next()
        for future in running:
            index = index_of.pop(future.key)
            results[index] = future.result()
            future.release()
            if progress:
                for path in chunks[index]:
                    progress(path)
            submit_next()
    return [report for chunk in results for report in chunk or []]
