"""Judging a claim by the words of prose figures: subjects and aliases an editor wrote.

For figures the base does not key by entity and measure. The words around a
claim are matched against each figure's subject (match.py); a change or a
share the base does not state is computed from the levels the words name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from rapidfuzz import fuzz

from . import derived, regexes
from .consistency import OF_WHAT
from .document import Document
from .figures import ReferenceBase
from .match import Candidate, rank_candidates, word_score
from .messages import Explanation, Reason, explain, say
from .model import Claim, Finding, Kind, Quantity, Verdict
from .verdict import judge, value_says
from .words import content_words, names_in, proper_names


def judge_by_words(claim: Claim, doc: Document, by_claim: dict[int, Finding], base: ReferenceBase, today: date, explain: bool) -> Finding:
    """Judge by the figures whose subject and aliases the words around the claim name."""
    candidates, rejected = rank_candidates(claim, base, today, why_not=explain)
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
        finding = replace(
            finding,
            reason=Reason.CHANGE_IN_OTHER_TERMS,
            message=say(Reason.CHANGE_IN_OTHER_TERMS, terms=terms.group().strip(), code=_terms_code(terms)),
        )
    if computed and finding.figure is not None:
        label = finding.figure.subject.split(" of ")[0]
        finding = replace(finding, message=f"{finding.message}; {label} {computed}")
    if explain:
        finding = replace(finding, explanation=tuple(_explain(claim, finding, candidates, rejected, today, base)))
    return finding


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
_IN_TERMS = regexes.compile(r"[ \t]*in[ \t]+(?P<currency>[A-Za-z.]+(?:[ \t][A-Za-z]+)?)[ \t]+terms\b", re.IGNORECASE)
# fmt: off
_TERMS = {"dollar": "USD", "u.s. dollar": "USD", "us dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY",
          "rmb": "CNY", "yen": "JPY", "sterling": "GBP", "pound": "GBP", "rupee": "INR"}
# fmt: on


def _level_unit(figure, base: ReferenceBase) -> str | None:
    """The unit of the level a change figure is a change of (stated with it, or computed from it)."""
    level = base.by_id.get(figure.change_of) if figure.change_of else None
    return level.quantity.unit if level is not None and level.quantity.is_money else None


def _terms_code(found: re.Match) -> str:
    return _TERMS.get(found.group("currency").lower(), found.group("currency").upper())


def _levels(claim: Claim, base: ReferenceBase, today: date, places: bool = True) -> list[Candidate]:
    """Level figures the words around a change or share claim are about, whatever their unit."""
    as_level = replace(claim, kind=Kind.LEVEL, quantity=Quantity(1.0, None))
    candidates, _ = rank_candidates(as_level, base, today, any_dimension=True)
    # Places named right around the claim ("exports to Sylvania rose 20 percent") must be the figure's.
    named = proper_names(f"{claim.lead} {claim.trail}") & base.names if places else set()
    return [c for c in candidates if c.figure.kind in ("level", "count") and named <= set().union(*(names_in(n) for n in c.figure.names))]


def _computed_change(claim: Claim, doc: Document, by_claim: dict[int, Finding], base: ReferenceBase, today: date):
    """A change the base does not state, computed from the levels of both periods."""
    anchor = by_claim.get(claim.about.start) if claim.about else None
    if anchor is not None and anchor.figure is not None and anchor.figure.key is not None:
        return [], None  # a figure linked by entity and measure: link.py decides its changes (GDP growth is not a change in dollars)
    if anchor is not None and anchor.figure is not None and anchor.figure.kind in ("level", "count"):
        current = anchor.figure
    else:
        levels = _levels(claim, base, today)
        if not levels:
            return [], None
        best = levels[0].figure
        end = min(claim.period.end, today) if claim.period else today
        measure = [c.figure for c in levels if derived.same_measure(c.figure, best) and c.figure.period and c.figure.period.end <= end]
        current = max(measure, key=lambda f: f.period.end if f.period else date.min, default=best)
    previous = derived.earlier_level(claim, current, base.figures)
    figure = derived.change_figure(claim, current, previous) if previous else None
    if figure is None or previous is None:
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
            if (part.period is None) != (total.period is None) or (
                part.period and total.period and part.period.overlap(total.period) < 0.9
            ):
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
        value = value_says(claim, candidate.figure, today, base.rates)
        lines.append(
            explain(
                Explanation.SCORED_CANDIDATE,
                taken,
                figure=candidate.figure.id,
                words=min(candidate.score, 100),
                fit=candidate.period_fit,
                value=value,
            )
        )
    closest = sorted(rejected, key=lambda r: -word_score(claim, r.figure))[:5]
    lines += [
        explain(Explanation.SCORED_REJECTION, figure=r.figure.id, why=r.reason, words=min(word_score(claim, r.figure), 100))
        for r in closest
    ]
    return lines


def _of_the_same_whole(claim: Claim, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """'53.6 percent of Guangxi's total imports': a stated share of China's trade is a share of another whole."""
    found = OF_WHAT.match(doc.checked_text, claim.end)
    if not found:
        return candidates
    named = proper_names(found.group(1))
    return [c for c in candidates if named <= names_in(" ".join(c.figure.names))]
