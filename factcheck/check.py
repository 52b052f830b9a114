"""The pipeline: a document and a reference base in, findings out. Nothing here prints."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from rapidfuzz import fuzz

from . import derived
from .consistency import OF_WHAT, check_conversion, check_text
from .document import Document
from .extract.claims import IN_SENTENCE, extract_claims
from .figures import ReferenceBase
from .link import DocumentNames, link_claim, names_of, read_claim
from .match import Candidate, rank_candidates, word_score
from .model import Claim, Finding, Period, Quantity, Verdict
from .verdict import compare, judge
from .words import content_words, proper_names


def check_document(doc: Document, base: ReferenceBase, explain: bool = False) -> list[Finding]:
    """Every claim of the document with its verdict, in text order.

    A claim is judged by the first of these that applies: the text against
    itself (a conversion at the period's rate), the claim it converts, the
    figures of its entity and measure (the base's index), the figures its
    words name (prose subjects). The text contradicting itself overrides all.
    """
    claims = extract_claims(doc)
    contradictions = check_text(claims, doc)
    names = names_of(doc.checked_text, base) if base.by_key else None
    findings: list[Finding] = []
    by_claim: dict[int, Finding] = {}
    for claim in claims:
        today = doc.date_at(claim.start)
        finding = check_conversion(claim, today, base.rates) or _judge_as_conversion(claim, by_claim, today, base)
        if finding is None:
            claim = _with_base_year(claim, doc)
            keyed = _judge_by_key(claim, names, base, today, explain) if names is not None else None
            finding = keyed
            if keyed is None or keyed.figure is None:
                worded = _judge_by_words(claim, doc, by_claim, base, today, explain)
                if keyed is None or worded.figure is not None:
                    finding = worded
        if claim.start in contradictions:  # the text disagrees with itself: that comes first
            finding = replace(contradictions[claim.start], figure=finding.figure)
        line, column = doc.position(claim.start)
        finding = replace(finding, line=line, column=column, sentence=doc.sentence(claim.start))
        by_claim[claim.start] = finding
        findings.append(finding)
    return findings


def _judge_as_conversion(claim: Claim, by_claim: dict[int, Finding], today: date, base: ReferenceBase) -> Finding | None:
    """A conversion that agrees with what it converts stands or falls with it."""
    original = by_claim.get(claim.converts.start) if claim.converts else None
    if original is None or original.figure is None:
        return None
    finding = replace(judge(_as_converted(claim), [Candidate(original.figure, 100.0, 1.0)], today, base.rates), claim=claim)
    if finding.verdict is Verdict.UNVERIFIED and original.verdict is Verdict.SUPPORTED:
        return replace(finding, verdict=Verdict.SUPPORTED,
                       message=f"converts {original.claim.text} at the ECB rate of its time; {original.message}")
    return finding


def _judge_by_key(claim: Claim, names: DocumentNames, base: ReferenceBase, today: date, explain: bool) -> Finding | None:
    """Judge by the figures of the claim's entity and measure; None when no measure was read."""
    reading = read_claim(claim, names, base)
    link = link_claim(claim, reading, base, today)
    if link is None:
        return None
    if not link.candidates:
        finding = Finding(claim, Verdict.UNVERIFIED, link.reason)
    else:
        finding = replace(judge(link.claim, list(link.candidates), today, base.rates), claim=claim)
        if link.computed and finding.figure is not None:
            finding = replace(finding, message=f"{finding.message}; {link.computed}")
        if finding.verdict is Verdict.CONTRADICTED and reading.implied:  # caution: never contradict on a guess
            finding = replace(finding, verdict=Verdict.UNVERIFIED, suggestion=None,
                              message=f"only implied by the text ({reading.describe(base)}): {finding.message}")
    if explain:
        finding = replace(finding, explanation=_explain_reading(claim, reading, link, finding, today, base))
    return finding


def _explain_reading(claim: Claim, reading, link, finding: Finding, today: date, base: ReferenceBase) -> tuple[str, ...]:
    """How the claim was read, each candidate of its entity and measure with what its value says, and the nearest rejections."""
    lines = [f"read as: {reading.describe(base)}; period {claim.period or 'none stated: the latest by ' + str(today)}"]
    for candidate in link.candidates[-5:]:
        taken = finding.figure is not None and candidate.figure.id == finding.figure.id
        lines.append(f"{candidate.figure.id} ({candidate.figure.period}): {'taken' if taken else 'also fits'}; {_value_says(link.claim, candidate.figure, today, base)}")
    for figure, why in link.rejected[:3]:
        lines.append(f"{figure.id}: rejected, {why}")
    if link.reason:
        lines.append(f"no candidate: {link.reason}")
    return tuple(lines)


def _value_says(claim: Claim, figure, today: date, base: ReferenceBase) -> str:
    try:
        outcome = compare(claim, figure, today, base.rates).outcome
    except Exception as problem:  # noqa: BLE001 - an explanation must not stop the check
        return f"cannot compare: {problem}"
    return {"holds": "its value agrees", "fails": "its value disagrees", "undecided": "its bound cannot decide"}[outcome]


def _judge_by_words(claim: Claim, doc: Document, by_claim: dict[int, Finding], base: ReferenceBase, today: date, explain: bool) -> Finding:
    """Judge by the figures whose subject and aliases the words around the claim name."""
    candidates, rejected = rank_candidates(claim, base, today)
    candidates = _follow_anchor(claim, candidates, by_claim, base)
    terms = _IN_TERMS.match(claim.trail) if claim.kind == "change" else None
    if claim.kind == "share":
        candidates = _of_the_same_whole(claim, doc, candidates)
    computed = None
    if not candidates and claim.kind in ("change", "ratio"):
        candidates, computed = _computed_change(claim, doc, by_claim, base, today)
    elif not candidates and claim.kind == "share":
        candidates, computed = _computed_share(claim, doc, base, today)
    if terms:
        candidates = [c for c in candidates if _level_unit(c.figure, base) in (_terms_code(terms), None)]
    finding = judge(claim, candidates, today, base.rates)
    if terms and not candidates:
        finding = replace(finding, message=f"the change is stated {terms.group().strip()}; the base has none in {_terms_code(terms)}")
    if computed and finding.figure is not None:
        label = finding.figure.subject.split(" of ")[0]
        finding = replace(finding, message=f"{finding.message}; {label} {computed}")
    if explain:
        finding = replace(finding, explanation=tuple(_explain(claim, finding, candidates, rejected, today, base)))
    return finding


def _as_converted(claim: Claim) -> Claim:
    """'more than 280 billion yuan (about 39 billion dollars)': the conversion carries the bound of what it converts."""
    original = claim.converts.quantity
    if original.bound not in ("lower", "upper"):
        return claim
    return replace(claim, quantity=replace(claim.quantity, bound=original.bound, hedge=original.hedge))


def _follow_anchor(claim: Claim, candidates: list[Candidate], by_claim: dict[int, Finding], base: ReferenceBase) -> list[Candidate]:
    """A change ("a 10 percent increase") is about the level just before it: judge it by that figure's change."""
    anchor = by_claim.get(claim.about.start) if claim.about else None
    if anchor is None or anchor.figure is None or anchor.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED):
        return candidates
    change = base.stated_change(anchor.figure)
    if change and claim.since and change.compared_to and change.compared_to.start.year != claim.since.start.year:
        return []  # "up 50 percent from 2020" is not the year-on-year change the base states
    return [Candidate(change, 100.0, 1.0)] if change else candidates


# "up 7 percent in dollar terms": a change in another currency than the figures' is another change.
_IN_TERMS = re.compile(r"[ \t]*in[ \t]+(?P<currency>[A-Za-z.]+(?:[ \t][A-Za-z]+)?)[ \t]+terms\b", re.IGNORECASE)
_TERMS = {"dollar": "USD", "u.s. dollar": "USD", "us dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY",
          "rmb": "CNY", "yen": "JPY", "sterling": "GBP", "pound": "GBP", "rupee": "INR"}


def _level_unit(figure, base: ReferenceBase) -> str | None:
    """The unit of the level a change figure is a change of (stated with it, or computed from it)."""
    level = base.by_id.get(figure.change_of) if figure.change_of else None
    return level.quantity.unit if level is not None and level.quantity.is_money else None


def _terms_code(found: re.Match) -> str:
    return _TERMS.get(found.group("currency").lower(), found.group("currency").upper())


def _levels(claim: Claim, base: ReferenceBase, today: date, places: bool = True) -> list[Candidate]:
    """Level figures the words around a change or share claim are about, whatever their unit."""
    as_level = replace(claim, kind="level", quantity=Quantity(1.0, None))
    candidates, _ = rank_candidates(as_level, base, today, any_dimension=True)
    # Places named right around the claim ("exports to Sylvania rose 20 percent") must be the figure's.
    named = proper_names(f"{claim.lead} {claim.trail}") & base.names if places else set()
    return [c for c in candidates if (c.figure.kind or "level") in ("level", "count")
            and named <= set().union(*(proper_names(n) for n in c.figure.names))]


# "up 33 percent from 2020", "33 percent more than in 2020", "from 22 billion dollars in 2020": the base year.
_COMPARED_WITH = re.compile(
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


def _computed_change(claim: Claim, doc: Document, by_claim: dict[int, Finding], base: ReferenceBase, today: date):
    """A change the base does not state, computed from the levels of both periods."""
    anchor = by_claim.get(claim.about.start) if claim.about else None
    if anchor is not None and anchor.figure is not None and (anchor.figure.kind or "level") in ("level", "count"):
        current = anchor.figure
    else:
        levels = _levels(claim, base, today)
        if not levels:
            return [], None
        best = levels[0].figure
        end = min(claim.period.end, today) if claim.period else today
        measure = [c.figure for c in levels if derived.same_measure(c.figure, best) and c.figure.period and c.figure.period.end <= end]
        current = max(measure, key=lambda f: f.period.end, default=best)
    claim = _with_base_year(claim, doc)
    previous = derived.earlier_level(claim, current, base)
    figure = derived.change_figure(claim, current, previous) if previous else None
    if figure is None:
        return [], None
    return [Candidate(figure, 100.0, 1.0)], f"{derived.computed_from(current, previous)}, which allow {derived.interval_text(figure)}"


def _computed_share(claim: Claim, doc: Document, base: ReferenceBase, today: date):
    """A share the base does not state: the part's figure over the total's, for the same period."""
    found = OF_WHAT.match(doc.checked_text, claim.end)
    if not found or claim.quantity.unit != "percent":
        return [], None
    whole_words = " ".join(content_words(found.group(1)))
    # The part is named before the share, the whole after "of": rank the parts by the words before.
    part_words = claim.lead
    levels = _levels(replace(claim, context=part_words), base, today)
    totals_ranked = _levels(claim, base, today, places=False)
    totals = sorted(
        ((max(fuzz.token_set_ratio(whole_words, " ".join(content_words(n))) for n in c.figure.names), c.figure) for c in totals_ranked),
        key=lambda pair: -pair[0],
    )
    wanted = set(whole_words.split())
    for score, total in totals:
        if score < 60:
            break
        if not any(wanted <= set(content_words(name)) for name in total.names):
            continue  # every word of "of the national total" must name the whole, not just one of them
        for candidate in levels:
            part = candidate.figure
            if part.id == total.id or part.quantity.unit != total.quantity.unit:
                continue
            if (part.period is None) != (total.period is None) or part.period and part.period.overlap(total.period) < 0.9:
                continue
            figure = derived.share_figure(part, total)
            if figure is not None:
                return [Candidate(figure, 100.0, 1.0)], f"{derived.computed_from(part, total)}, which allow {derived.interval_text(figure)}"
    return [], None


def _explain(claim: Claim, finding: Finding, candidates: list[Candidate], rejected, today: date, base: ReferenceBase) -> list[str]:
    """The top candidates with their scores and what their value says, then the closest rejections and why."""
    lines = []
    for candidate in candidates[:5]:
        taken = finding.figure is not None and candidate.figure.id == finding.figure.id
        value = _value_says(claim, candidate.figure, today, base)
        lines.append(f"{candidate.figure.id}: {'taken' if taken else 'also fits'}; words {min(candidate.score, 100):.0f}/100, "
                     f"period fit {candidate.period_fit:.2f}, {value}")
    closest = sorted(rejected, key=lambda r: -word_score(claim, r.figure))[:5]
    lines += [f"{r.figure.id}: rejected, {r.reason} (words {min(word_score(claim, r.figure), 100):.0f}/100)" for r in closest]
    return lines


def _of_the_same_whole(claim: Claim, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """'53.6 percent of Guangxi's total imports': a stated share of China's trade is a share of another whole."""
    found = OF_WHAT.match(doc.checked_text, claim.end)
    if not found:
        return candidates
    named = proper_names(found.group(1))
    return [c for c in candidates if named <= proper_names(" ".join(c.figure.names))]
