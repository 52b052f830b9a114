"""The pipeline: a document and a reference base in, findings out. Nothing here prints.

One claim at a time, top to bottom: the text against itself, then what the
claim converts, then the figures of its entity and measure (link.py), then
the figures its words name (by_words.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from . import regexes
from .by_words import judge_by_words
from .consistency import check_conversion, contradictions_in
from .document import Document
from .extract.claims import IN_SENTENCE, iter_claims
from .figures import ReferenceBase
from .link import Link, link_claim
from .match import Candidate
from .messages import Explanation, Reason, explain, say
from .model import Claim, Finding, Period, Verdict
from .reading import DocumentNames, Reading, names_of, read_claim
from .verdict import judge, value_says


def check_document(doc: Document, base: ReferenceBase, explain: bool = False) -> list[Finding]:
    """Every claim of the document with its verdict, in text order."""
    return list(iter_findings(doc, base, explain))


def iter_findings(doc: Document, base: ReferenceBase, explain: bool = False) -> Iterator[Finding]:
    """The findings of check_document one at a time, a sentence's worth held, not the draft's.

    A claim is judged by the first of these that applies: the text against
    itself (a conversion at the period's rate), the claim it converts, the
    figures of its entity and measure (the base's index), the figures its
    words name (prose subjects). The text contradicting itself overrides all.
    Each of these looks no further than the claim's sentence, so a sentence is
    judged as a whole and then let go.
    """
    names = names_of(doc.checked_text, base) if base.by_key else None
    by_claim: dict[int, Finding] = {}  # the findings a claim of this sentence may convert or qualify, by claim start
    for batch in _sentences(iter_claims(doc)):
        for claims in batch:
            s_start = claims[0].sentence[0]
            contradictions = contradictions_in(claims, doc)
            by_claim = {start: f for start, f in by_claim.items() if f.claim.end > s_start}
            for claim in claims:
                finding = _judged(claim, doc, names, by_claim, base, explain, contradictions)
                if finding is not None:
                    by_claim[claim.start] = finding
                    yield finding


_BATCH = 500  # claims extracted before they are judged: one stage at a time runs faster (the CPU's caches) than both by turns


def _sentences(claims: Iterator[Claim]) -> Iterator[list[list[Claim]]]:
    """The claims in lists of a sentence's, some hundreds of claims at a time."""
    batch: list[list[Claim]] = []
    held = 0
    for _, in_sentence in itertools.groupby(claims, key=lambda claim: claim.sentence):
        batch.append(list(in_sentence))
        held += len(batch[-1])
        if held >= _BATCH:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _judged(
    claim: Claim,
    doc: Document,
    names: DocumentNames | None,
    by_claim: dict[int, Finding],
    base: ReferenceBase,
    explain: bool,
    contradictions: dict[int, Finding],
) -> Finding | None:
    """The claim's finding, placed in the text; None for a bare number no figure is about."""
    today = doc.date_at(claim.start)
    finding = (
        check_conversion(claim, today, base.rates)
        or _judge_as_conversion(claim, by_claim, today, base)
        or _judge_linked(_with_base_year(claim, doc), doc, names, by_claim, base, today, explain)
    )
    if claim.start in contradictions:  # the text disagrees with itself: that comes first
        finding = replace(contradictions[claim.start], figure=finding.figure)
    elif not claim.certain:
        if finding.figure is None:
            return None  # a bare number no figure is about: maybe a name's ("the Top 10"), not a claim
        if finding.verdict is Verdict.CONTRADICTED:
            finding = replace(
                finding,
                verdict=Verdict.UNVERIFIED,
                message=say(Reason.UNSURE_CLAIM, message=finding.message),
                reason=Reason.UNSURE_CLAIM,
            )
    line, column = doc.position(claim.start)
    return replace(finding, line=line, column=column, sentence=doc.sentence(claim.start))


def _judge_linked(
    claim: Claim, doc: Document, names: DocumentNames | None, by_claim: dict[int, Finding], base: ReferenceBase, today: date, explain: bool
) -> Finding:
    """By the claim's entity and measure when it names them (a keyed base), else by its words (prose figures)."""
    keyed = _judge_by_key(claim, names, base, today, explain) if names is not None else None
    if keyed is not None and keyed.figure is not None:
        return keyed
    worded = judge_by_words(claim, doc, by_claim, base, today, explain)
    return worded if keyed is None or worded.figure is not None else keyed


def _judge_as_conversion(claim: Claim, by_claim: dict[int, Finding], today: date, base: ReferenceBase) -> Finding | None:
    """A conversion that agrees with what it converts stands or falls with it."""
    original = by_claim.get(claim.converts.start) if claim.converts else None
    if original is None or original.figure is None:
        return None
    finding = replace(judge(_as_converted(claim, original.claim), [Candidate(original.figure, 100.0, 1.0)], today, base.rates), claim=claim)
    if finding.verdict is Verdict.UNVERIFIED and original.verdict is Verdict.SUPPORTED:
        return replace(
            finding,
            verdict=Verdict.SUPPORTED,
            reason=Reason.CONVERTS_AGREEING,
            message=say(Reason.CONVERTS_AGREEING, original=original.claim.text, original_message=original.message),
        )
    return finding


def _judge_by_key(claim: Claim, names: DocumentNames, base: ReferenceBase, today: date, explain: bool) -> Finding | None:
    """Judge by the figures of the claim's entity and measure; None when no measure was read."""
    reading = read_claim(claim, names, base)
    link = link_claim(claim, reading, base, today)
    if link is None:
        return None
    if not link.candidates:
        assert link.why is not None  # a link without candidates says why (link._none)
        finding = Finding(claim, Verdict.UNVERIFIED, link.reason, reason=link.why)
    else:
        finding = replace(judge(link.claim, list(link.candidates), today, base.rates), claim=claim)
        if link.computed and finding.figure is not None:
            finding = replace(finding, message=f"{finding.message}; {link.computed}")
        if finding.verdict in (Verdict.CONTRADICTED, Verdict.OUTDATED, Verdict.AMBIGUOUS) and reading.implied:
            # caution: never find fault on a guess of what the claim is about
            finding = replace(
                finding,
                verdict=Verdict.UNVERIFIED,
                suggestion=None,
                message=say(Reason.ONLY_IMPLIED, reading=reading.describe(base), message=finding.message),
                reason=Reason.ONLY_IMPLIED,
            )
    if explain:
        finding = replace(finding, explanation=_explain_reading(claim, reading, link, finding, today, base))
    return finding


def _explain_reading(claim: Claim, reading: Reading, link: Link, finding: Finding, today: date, base: ReferenceBase) -> tuple[str, ...]:
    """How the claim was read, each candidate of its entity and measure with what its value says, and the nearest rejections."""
    lines = [explain(Explanation.READ_AS, reading=reading.describe(base), period=claim.period or f"none stated: the latest by {today}")]
    for candidate in link.candidates[-5:]:
        taken = finding.figure is not None and candidate.figure.id == finding.figure.id
        value = value_says(link.claim, candidate.figure, today, base.rates)
        lines.append(explain(Explanation.CANDIDATE, taken, figure=candidate.figure.id, period=candidate.figure.period, value=value))
    lines += [explain(Explanation.REJECTED, figure=figure.id, why=why) for figure, why in link.rejected[:3]]
    if link.reason:
        lines.append(explain(Explanation.NO_CANDIDATE, why=link.reason))
    return tuple(lines)


def _as_converted(claim: Claim, converted: Claim) -> Claim:
    """'more than 280 billion yuan (about 39 billion dollars)': the conversion carries the bound of what it converts."""
    original = converted.quantity
    if original.bound not in ("lower", "upper"):
        return claim
    return replace(claim, quantity=replace(claim.quantity, bound=original.bound, hedge=original.hedge))


# "up 33 percent from 2020", "33 percent more than in 2020", "from 22 billion dollars in 2020": the base year.
_COMPARED_WITH = regexes.compile(
    rf"{IN_SENTENCE}{{0,40}}?\b(?:from|compared (?:with|to)|against|over|on|than)\b{IN_SENTENCE}{{0,40}}?\b((?:19|20)\d\d)\b"
)


def _with_base_year(claim: Claim, doc: Document) -> Claim:
    """'up 33 percent from 2020': the change since that year, as if it said 'since 2020'."""
    if claim.since is not None or claim.kind not in ("change", "ratio"):
        return claim
    compared = _COMPARED_WITH.match(doc.checked_text, claim.end)
    if not compared:
        return claim
    year = int(compared.group(1))
    if claim.period is not None and year >= claim.period.start.year:
        return claim  # "from 2024-01 to ...": not an earlier base
    return replace(claim, since=Period(date(year, 1, 1), date(year, 12, 31), str(year)))
