"""The library entry points: check text or files against a reference base."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from .document import MAX_BYTES, Document
from .errors import Interrupted, UserError
from .extract.claims import iter_claims
from .model import Claim, FileReport, Finding

if TYPE_CHECKING:
    from .figures import ReferenceBase

T = TypeVar("T")


def default_reference() -> ReferenceBase:
    from .figures import find_reference, load_reference

    return load_reference(find_reference())


def check_text(text: str, base: ReferenceBase, path: str = "<text>", as_of: date | None = None, explain: bool = False) -> FileReport:
    from .check import check_document

    doc = Document(path, text, as_of)
    return FileReport(path, check_document(doc, base, explain))


def check_paths(
    paths: Iterable[str],
    base: ReferenceBase,
    as_of: date | None = None,
    explain: bool = False,
    progress: Callable[[str], None] | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[FileReport]:
    """One report per input; a file that cannot be read gets an error, and the others are still checked."""
    reports: list[FileReport] = []
    for path in paths:
        try:
            reports.append(check_one(path, base, as_of, explain, max_bytes))
        except KeyboardInterrupt:
            raise Interrupted(reports) from None
        if progress:
            progress(path)
    return reports


def check_one(path: str, base: ReferenceBase, as_of: date | None = None, explain: bool = False, max_bytes: int = MAX_BYTES) -> FileReport:
    """The report of one input; what goes wrong with this file (unreadable, or a bug of ours) is in its report."""
    report = stream_one(path, base, as_of, explain, max_bytes)
    report.findings = list(report.findings)
    return report


def stream_one(path: str, base: ReferenceBase, as_of: date | None = None, explain: bool = False, max_bytes: int = MAX_BYTES) -> FileReport:
    """check_one's report with its findings judged as they are read (see FileReport): the file is read
    a part at a time (parts.py: a file that cannot be read is an error with no findings), its claims one
    sentence at a time."""
    from .parts import read_parts

    parts = read_parts(path, as_of, max_bytes)
    try:
        first = next(parts)
    except UserError as error:
        return FileReport("<stdin>" if path == "-" else path, error=str(error.message))
    except Exception as error:
        return FileReport(path, error=_failure(error), internal=not isinstance(error, RecursionError))
    report = FileReport(first.path)
    findings = (finding for doc in itertools.chain([first], parts) for finding in _findings_in_the_file(doc, base, explain))
    report.findings = _guarded(report, findings)
    return report


def _guarded(report: FileReport | Extraction, items: Iterator[T]) -> Iterator[T]:
    """The findings (or claims) until something goes wrong, which then ends them and is said in the report's error."""
    try:
        yield from items
    except UserError as error:
        report.error = str(error.message)
    except Exception as error:
        report.error, report.internal = _failure(error), not isinstance(error, RecursionError)


def _failure(error: Exception) -> str:
    if isinstance(error, RecursionError):  # a pathological draft: this file fails, the batch goes on
        return f"too deeply nested to read ({error})"
    return f"internal error: {type(error).__name__}: {error} (please report it)"  # a bug of ours on this file


def findings_in_the_file(doc: Document, base: ReferenceBase, explain: bool = False) -> list[Finding]:
    """The document's findings, their claims' offsets pointing into the file (an HTML page is read as its visible text)."""
    return list(_findings_in_the_file(doc, base, explain))


def _findings_in_the_file(doc: Document, base: ReferenceBase, explain: bool) -> Iterator[Finding]:
    from .check import iter_findings

    findings = iter_findings(doc, base, explain)
    if doc.source is None and doc.part is None:
        yield from findings
        return
    offset = doc.part.offset if doc.part else 0
    for finding in findings:
        start, end = doc.source_span(finding.claim.start, finding.claim.end)
        yield replace(finding, claim=replace(finding.claim, start=start + offset, end=end + offset))


class Located(NamedTuple):
    """A claim of `factcheck extract` with where it stands in the file: offsets and a 1-based line and column."""

    claim: Claim
    start: int
    end: int
    line: int
    column: int


@dataclass
class Extraction:
    """What `factcheck extract` found in one input: its claims, or why it could not be read.

    `claims` is an iterator, read as the report is written, so that a draft of 170,000 claims is never held
    whole: read it once, in order, and look at `error` after it (a bug of ours halfway through a draft ends
    its claims there and says so, as a FileReport does).
    """

    path: str
    claims: Iterable[Located] = ()
    error: str | None = None
    internal: bool = False  # the error is a bug of ours, not the file's fault (exit code 3)


def extract_paths(paths: Iterable[str], as_of: date | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Extraction]:
    """The claims of each input, without a reference base, one input at a time; an unreadable input gets its
    error, and the others are still read."""
    for path in paths:
        yield extract_one(path, as_of, max_bytes)


def extract_one(path: str, as_of: date | None = None, max_bytes: int = MAX_BYTES) -> Extraction:
    """One input's claims, read as stream_one reads a draft: a part at a time, a sentence at a time."""
    from .parts import read_parts

    parts = read_parts(path, as_of, max_bytes)
    try:
        first = next(parts)
    except UserError as error:
        return Extraction("<stdin>" if path == "-" else path, error=str(error.message))
    except Exception as error:
        return Extraction(path, error=_failure(error), internal=not isinstance(error, RecursionError))
    extraction = Extraction(first.path)
    extraction.claims = _guarded(extraction, (located for doc in itertools.chain([first], parts) for located in _located(doc)))
    return extraction


def _located(doc: Document) -> Iterator[Located]:
    """The document's claims with their offsets in the file (a part's, or a page's visible text, point into it)."""
    offset = doc.part.offset if doc.part else 0
    for claim in iter_claims(doc):
        start, end = doc.source_span(claim.start, claim.end)
        line, column = doc.position(claim.start)
        yield Located(claim, start + offset, end + offset, line, column)
