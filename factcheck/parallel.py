"""Check a batch: in this process, on every core (a process pool), or on a Dask cluster; reports in input order.

Reports stream: each one is passed on as soon as it and every report before
it are finished, so a report of a million files is written as the files are
checked and memory stays flat. Files go to the workers in chunks (one message
per chunk, not per file), and only a bounded window of chunks is in flight,
so finished-but-early chunks never pile up. The output is the same, byte for
byte, as a serial run's. A worker opens the base once and keeps it for every
chunk it runs; where processes start by forking (Linux), a pool worker
inherits the base the parent has already loaded (not a compiled one: an
SQLite connection must not cross a fork).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from .errors import UserError
from .figures import ReferenceBase, load_reference
from .model import FileReport, Finding

# Fewer files than this run serially: starting workers costs more than it saves.
SERIAL_BELOW = 8
_CHUNK = 16
_WINDOW = 4  # chunks in flight per worker: enough to keep it busy, few enough to keep memory flat


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


class BatchRun:
    """The reports of a batch, in input order, as they finish; Ctrl-C ends the stream cleanly.

    The first Ctrl-C lets the files in progress finish, then the iteration just
    stops, so whatever is writing the report completes it (a JSON document gets
    its closing summary) with the files finished so far; `interrupted` then says
    so. A second Ctrl-C stops at once.
    """

    def __init__(
        self,
        paths: list[str],
        base: ReferenceBase,
        batch: Batch,
        jobs: int = 1,
        scheduler: str | None = None,
        progress: Callable[[str], None] | None = None,
    ):
        self.paths, self.interrupted, self.finished = paths, False, 0
        self._source: Generator[FileReport, None, None] = _reports(paths, base, batch, jobs, scheduler, progress)

    def __iter__(self) -> Iterator[FileReport]:
        restore = self._stop_on_ctrl_c()
        try:
            for report in self._source:
                self.finished += 1
                report = report.passing(partial(self._until_ctrl_c, report))
                yield report
                if self.interrupted:
                    break
        except KeyboardInterrupt:  # a second Ctrl-C, or one where no handler could be set
            self.interrupted = True
        finally:
            restore()
            self._source.close()  # a pool or a cluster stops its work at once

    def _until_ctrl_c(self, report: FileReport, findings: Iterable[Finding]) -> Iterator[Finding]:
        """A serial run checks a draft while its findings are read: a second Ctrl-C then ends them, and the run."""
        try:
            yield from findings
        except KeyboardInterrupt:
            self.interrupted, self.finished = True, self.finished - 1
            report.error = "interrupted: its findings stop here, the rest of it was not checked"

    def _stop_on_ctrl_c(self) -> Callable[[], None]:
        """Make the first Ctrl-C a request to stop after the files in progress; gives what undoes it."""
        import signal
        import threading

        if threading.current_thread() is not threading.main_thread():
            return lambda: None
        previous = signal.getsignal(signal.SIGINT)
        if previous is signal.SIG_IGN:  # started in the background, where Ctrl-C is not ours to take
            return lambda: None

        def stop(_signal, _frame) -> None:
            self.interrupted = True
            signal.signal(signal.SIGINT, previous)  # the second one stops at once

        signal.signal(signal.SIGINT, stop)

        def restore() -> None:
            signal.signal(signal.SIGINT, previous)

        return restore


def _reports(
    paths: list[str], base: ReferenceBase, batch: Batch, jobs: int, scheduler: str | None, progress: Callable[[str], None] | None
) -> Generator[FileReport, None, None]:
    if "-" in paths:  # stdin is read once, here
        scheduler, jobs = None, 1
    if scheduler:
        return _on_dask(paths, batch, scheduler, progress)
    if jobs > 1 and len(paths) > _CHUNK:
        return _in_a_pool(paths, base, batch, jobs, progress)
    return _serial(paths, base, batch, progress)


def _serial(paths: list[str], base: ReferenceBase, batch: Batch, progress) -> Generator[FileReport, None, None]:
    """Each file's findings stream as they are judged (api.stream_one): a huge draft is never held whole."""
    from .api import stream_one

    for path in paths:
        report = stream_one(path, base, batch.as_of, batch.explain, batch.max_bytes)
        report.findings = _slimmed(report.path, report.findings)
        yield report
        if progress:
            progress(path)


def _check_chunk(paths: list[str], batch: Batch) -> list[FileReport]:
    """A chunk in a worker, with the worker's base (opened on its first chunk)."""
    global _base, _base_paths
    from .api import stream_one

    if _base is None or _base_paths != batch.reference_paths:
        from .compiled import load_compiled

        _base, _base_paths = load_compiled(list(batch.reference_paths), load_reference), batch.reference_paths
    reports = []
    for path in paths:  # lists to send back, each finding slimmed as it is judged
        report = stream_one(path, _base, batch.as_of, batch.explain, batch.max_bytes)
        report.findings = list(_slimmed(report.path, report.findings))
        reports.append(report)
    return reports


def _slimmed(path: str, findings: Iterable[Finding]) -> Iterator[Finding]:
    """The findings without their claims' reading context (the whole draft's text, shared), which no report prints:
    what a report holds after checking is then its own findings, not the draft. Standard input, which cannot
    be read twice, keeps its text (for the HTML page, which shows the draft)."""
    keep_text = path == "<stdin>"
    for f in findings:
        document = f.claim.document if keep_text else ""
        yield replace(f, claim=replace(f.claim, context="", lead="", trail="", converts=None, about=None, document=document))


def _chunks(paths: list[str]) -> list[list[str]]:
    return [paths[i : i + _CHUNK] for i in range(0, len(paths), _CHUNK)]


def _ignore_ctrl_c() -> None:
    """In a pool worker: Ctrl-C reaches the whole process group, and only the parent decides what it means."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _in_order(finished: dict[int, list[FileReport]], next_index: int) -> tuple[list[FileReport], int]:
    """The reports of the chunks finished from next_index on without a gap, taken out of `finished`."""
    ready = []
    while next_index in finished:
        ready += finished.pop(next_index)
        next_index += 1
    return ready, next_index


def _in_a_pool(paths: list[str], base: ReferenceBase, batch: Batch, jobs: int, progress) -> Generator[FileReport, None, None]:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    global _base, _base_paths
    chunks = iter(enumerate(_chunks(paths)))
    if isinstance(base.by_key, dict):  # inherited by forked workers
        _base, _base_paths = base, batch.reference_paths
    workers = min(jobs, -(-len(paths) // _CHUNK))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_ctrl_c)
    pending: dict = {}
    finished: dict[int, list[FileReport]] = {}
    next_index = 0
    try:
        for index, chunk in itertools.islice(chunks, _WINDOW * workers):
            pending[pool.submit(_check_chunk, chunk, batch)] = (index, chunk)
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index, chunk = pending.pop(future)
                finished[index] = future.result()
                for path in chunk if progress else ():
                    progress(path)
                for index, chunk in itertools.islice(chunks, 1):
                    pending[pool.submit(_check_chunk, chunk, batch)] = (index, chunk)
            ready, next_index = _in_order(finished, next_index)
            yield from ready
    except GeneratorExit:  # the reader stopped (a first Ctrl-C): the chunks in progress end, the rest is cancelled
        # Waiting for them lets the pool close its pipes before the interpreter exits; without the wait, its
        # threads could still write to a closed pipe and Python printed "Bad file descriptor" after the report.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:  # a second Ctrl-C or a worker's death: stop at once
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        _base, _base_paths = None, ()
    pool.shutdown()


def _on_dask(paths: list[str], batch: Batch, scheduler: str, progress) -> Generator[FileReport, None, None]:
    """Chunks on a Dask cluster. The workers must read the files and the base at the same paths (a shared
    file system). A few chunks a worker are in flight at once, so the cluster's memory stays flat."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UserError("--scheduler needs Dask: pip install 'factcheck[dask]'") from None
    chunks = iter(enumerate(_chunks(paths)))
    finished: dict[int, list[FileReport]] = {}
    next_index = 0
    with Client(scheduler, set_as_default=False) as client:
        window = _WINDOW * max(1, len(client.scheduler_info().get("workers", {})))
        running = as_completed(loop=client.loop)
        about: dict[str, tuple[int, list[str]]] = {}

        def submit(count: int) -> None:
            for index, chunk in itertools.islice(chunks, count):
                future = client.submit(_check_chunk, chunk, batch, pure=False)
                about[future.key] = (index, chunk)
                running.add(future)

        submit(window)
        for future in running:
            index, chunk = about.pop(future.key)
            finished[index] = future.result()
            future.release()
            for path in chunk if progress else ():
                progress(path)
            submit(1)
            ready, next_index = _in_order(finished, next_index)
            yield from ready
