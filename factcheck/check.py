"""The pipeline: a document and a reference base in, findings out. Nothing here prints."""
from __future__ import annotations

from dataclasses import replace

from .consistency import check_conversion
from .document import Document
from .extract.claims import extract_claims
from .figures import ReferenceBase
from .match import Candidate, rank_candidates
from .model import Claim, Finding
from .verdict import judge


def check_document(doc: Document, base: ReferenceBase, explain: bool = False) -> list[Finding]:
    findings: list[Finding] = []
    by_claim: dict[int, Finding] = {}
    for claim in extract_claims(doc):
        today = doc.date_at(claim.start)
        finding = check_conversion(claim, today)
        original = by_claim.get(claim.converts.start) if claim.converts else None
        if finding is None and original is not None and original.figure is not None:
            # A conversion that agrees with what it converts stands or falls with it.
            finding = judge(_as_converted(claim), [Candidate(original.figure, 100.0, 1.0)], today)
            finding.claim = claim
            if finding.verdict == "unverified" and original.verdict == "supported":
                finding.verdict = "supported"
                finding.message = f"converts {original.claim.text} at the ECB rate of its time; {original.message}"
        elif finding is None:
            candidates, rejected = rank_candidates(claim, base, today)
            candidates = _follow_anchor(claim, candidates, by_claim, base)
            finding = judge(claim, candidates, today)
            if explain:
                finding.explanation = [f"{c.figure.id}: words {c.score:.0f}, period fit {c.period_fit:.2f}" for c in candidates[:5]]
                finding.explanation += [f"{r.figure.id}: rejected, {r.reason}" for r in rejected[:5]]
        finding.line, finding.column = doc.position(claim.start)
        finding.sentence = doc.sentence(claim.start)
        by_claim[claim.start] = finding
        findings.append(finding)
    return findings


def _as_converted(claim: Claim) -> Claim:
    """'more than 280 billion yuan (about 39 billion dollars)': the conversion carries the bound of what it converts."""
    original = claim.converts.quantity
    if original.bound not in ("lower", "upper"):
        return claim
    return replace(claim, quantity=replace(claim.quantity, bound=original.bound, hedge=original.hedge))


def _follow_anchor(claim: Claim, candidates: list[Candidate], by_claim: dict[int, Finding], base: ReferenceBase) -> list[Candidate]:
    """A change ("a 10 percent increase") is about the level just before it: judge it by that figure's change."""
    anchor = by_claim.get(claim.about.start) if claim.about else None
    if anchor is None or anchor.figure is None or anchor.verdict not in ("supported", "contradicted"):
        return candidates
    change = base.by_id.get(f"{anchor.figure.id}#change")
    return [Candidate(change, 100.0, 1.0)] if change else candidates
