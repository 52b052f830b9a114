"""The library entry points: check text or files against a reference base."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from .document import MAX_BYTES, Document
from .errors import Interrupted, UserError
from .extract.claims import extract_claims
from .model import Claim, FileReport, Finding

if TYPE_CHECKING:
    from .figures import ReferenceBase


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


def _guarded(report: FileReport, findings: Iterator[Finding]) -> Iterator[Finding]:
    """The findings until something goes wrong, which then ends them and is said in the report's error."""
    try:
        yield from findings
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


@dataclass(frozen=True)
class Extraction:
    """What `factcheck extract` found in one input: its claims and the document they index, or why it could not be read."""

    path: str
    claims: list[Claim] = field(default_factory=list)
    document: Document | None = None
    error: str | None = None


def extract_paths(paths: Iterable[str], as_of: date | None = None) -> list[Extraction]:
    """The claims of each input, without a reference base; an unreadable input gets its error, the others are read."""
    results = []
    for path in paths:
        try:
            doc = Document.read(path, as_of)
            results.append(Extraction(doc.path, extract_claims(doc), doc))
        except UserError as error:
            results.append(Extraction("<stdin>" if path == "-" else path, error=error.message))
    return results
