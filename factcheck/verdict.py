"""Judge a claim against the figures it may be about.

A claim holds when the values its wording allows meet the values its source
allows, both taken as intervals in the claim's own unit (see intervals.py).
A source that gives only a bound ("more than 13,000") supports a claim only
when every value it allows makes the claim true.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from . import display, units
from .derived import measure
from .intervals import Interval, allowed
from .match import Candidate
from .messages import Reason, say
from .model import Bound, Claim, Figure, Finding, Period, Verdict
from .rates import RateBook, RateUnavailable

TIE = 5.0  # candidates this close in rank fit the claim about equally well


@dataclass
class Comparison:
    outcome: str  # holds | fails | undecided
    expected: Interval  # what the figure allows, in the claim's unit
    point: float  # the figure's value in the claim's unit
    difference: float | None
    note: str = ""  # how the figure was converted


def figure_in_claim_unit(claim: Claim, figure: Figure, today: date, rates: RateBook | None = None) -> tuple[Interval, float, str]:
    """The figure's interval and value in the claim's unit; raises RateUnavailable."""
    interval = allowed(figure.quantity, figure.tolerance)
    point = figure.quantity.value
    source_unit, target_unit = figure.quantity.unit, claim.quantity.unit
    if source_unit == target_unit or source_unit is None or target_unit is None:
        return interval, point, ""
    if figure.quantity.is_money:
        period = figure.period or claim.period or Period(today - timedelta(days=30), today, f"the month to {today}")
        rate = (rates or RateBook()).over(source_unit, target_unit, period.start, min(period.end, today))
        note = (
            f"at the {rate.origin} rate for {period} ({display.number(1 / rate.mean)} {source_unit} per {target_unit}"
            f", {display.number(1 / rate.high)}-{display.number(1 / rate.low)} over the period)"
        )
        return interval.scaled(rate.low, rate.high), point * rate.mean, note

    def convert(v):
        return units.convert(v, source_unit, target_unit)

    same = convert(1.0) == 1.0  # one unit written two ways: 'count / kilometer ** 2' and 'count/kilometer ** 2'
    return interval.mapped(convert), convert(point), "" if same else f"converted from {display.unit_name(source_unit)}"


def compare(claim: Claim, figure: Figure, today: date, rates: RateBook | None = None) -> Comparison:
    expected, point, note = figure_in_claim_unit(claim, figure, today, rates)
    said = allowed(claim.quantity)
    difference = (claim.quantity.value - point) / point if point else None
    if expected.bounded:
        outcome = "holds" if said.overlaps(expected) else "fails"
    elif expected.within(said):
        outcome = "holds"
    elif not said.overlaps(expected):
        outcome = "fails"
    else:
        outcome = "undecided"
    return Comparison(outcome, expected, point, difference, note)


def value_says(claim: Claim, figure: Figure, today: date, rates: RateBook | None = None) -> str:
    """What a figure's value says of a claim, for --explain."""
    try:
        outcome = compare(claim, figure, today, rates).outcome
    except Exception as problem:
        return f"cannot compare: {problem}"
    return {"holds": "its value agrees", "fails": "its value disagrees", "undecided": "its bound cannot decide"}[outcome]


def _where(figure: Figure) -> str:
    period = f" ({figure.period})" if figure.period else ""
    return f"{display.amount(figure.quantity.value, figure.quantity.unit)}{period}"


def _source_says(figure: Figure, claim: Claim, comparison: Comparison) -> str:
    hedge = f"{figure.quantity.hedge} " if figure.quantity.hedge else ""
    text = f"source: {hedge}{_where(figure)}"
    if comparison.note:
        text += f" = {display.amount(comparison.point, claim.quantity.unit, claim.text)} {comparison.note}"
    return text


def _how_far(claim: Claim, figure: Figure, comparison: Comparison) -> str:
    said = allowed(claim.quantity)
    if comparison.expected.high <= said.low:  # touching counts: "11" against "10" is higher
        direction, edge = "higher", comparison.expected.high
    else:
        direction, edge = "lower", comparison.expected.low
    ratio = claim.quantity.value / comparison.point if comparison.point else math.nan
    if math.isfinite(ratio) and ratio > 0 and (ratio >= 9.5 or ratio <= 1 / 9.5):
        power = round(math.log10(ratio))
        if power and math.isclose(ratio, 10**power, rel_tol=0.05):
            return f"{direction} by a factor of {10 ** abs(power):,}: wrong scale word?"
        return f"{display.number(max(ratio, 1 / ratio), 3)} times {direction}"
    if claim.quantity.unit in ("percent", "percentage_point"):  # a gap between percentages is in points, not in percent
        return f"{display.number(abs(claim.quantity.value - edge), 3)} points {direction} than the source allows"
    gap = (claim.quantity.value - edge) / abs(edge) if edge else math.nan
    return f"{display.percent(gap)} {direction} than the source allows" if math.isfinite(gap) else direction


def _currency_slip(claim: Claim, figure: Figure) -> str:
    q, f = claim.quantity, figure.quantity
    if q.is_money and f.is_money and q.unit != f.unit and allowed(q).overlaps(allowed(f)):
        return f"; the number is the source's in {f.unit}: wrong currency?"
    return ""


def judge(claim: Claim, candidates: list[Candidate], today: date, rates: RateBook | None = None) -> Finding:
    """The verdict for one claim, given its ranked candidate figures."""
    if not candidates:
        return Finding(claim, Verdict.UNVERIFIED, say(Reason.NO_FIGURE), reason=Reason.NO_FIGURE)
    best = candidates[0].rank
    contenders = [c for c in candidates if c.rank >= best - TIE]
    if claim.period is not None:  # the figures for the claim's own period come first
        closest = max(c.period_fit for c in contenders)
        contenders = [c for c in contenders if c.period_fit >= closest - 0.1]
    judged: list[tuple[Candidate, Comparison]] = []
    problems: list[str] = []
    for candidate in contenders:
        try:
            judged.append((candidate, compare(claim, candidate.figure, today, rates)))
        except RateUnavailable as problem:  # e.g. a figure from before the ECB's first rate
            problems.append(
                say(
                    Reason.CANNOT_CONVERT,
                    figure=candidate.figure.id,
                    from_unit=display.unit_name(candidate.figure.quantity.unit) if candidate.figure.quantity.unit else "a count",
                    to_unit=display.unit_name(claim.quantity.unit) if claim.quantity.unit else "a count",
                    problem=problem,
                )
            )
    if not judged:
        return Finding(claim, Verdict.UNVERIFIED, problems[0], contenders[0].figure, reason=Reason.CANNOT_CONVERT)
    if claim.period is None or claim.period.is_day:  # as of a day: the latest figures count
        current = _latest_of_each_measure(candidates)
    else:
        current = {c.figure.id for c, _ in judged}
    holds = [(c, r) for c, r in judged if r.outcome == "holds"]
    for candidate, result in holds:
        if candidate.figure.id in current:
            return _finding(
                claim, Verdict.SUPPORTED, candidate.figure, result, Reason.AGREES, source_says=_source_says(candidate.figure, claim, result)
            )
    for candidate, result in holds:
        newer = _newer_than(candidate.figure, [c.figure for c in candidates if c.figure.id in current])
        if newer is not None:
            return _finding(
                claim, Verdict.OUTDATED, candidate.figure, result, Reason.OLDER_FIGURE, older=_where(candidate.figure), newer=_where(newer)
            )
    current_results = [(c, r) for c, r in judged if c.figure.id in current]
    undecided = [(c, r) for c, r in current_results if r.outcome == "undecided"]
    if undecided:
        candidate, result = undecided[0]
        value = display.amount(candidate.figure.quantity.value, candidate.figure.quantity.unit)
        return _finding(
            claim,
            Verdict.UNVERIFIED,
            candidate.figure,
            result,
            Reason.ONLY_A_BOUND,
            hedge=candidate.figure.quantity.hedge or "a bound",
            value=value,
        )
    expectations = {display.amount(r.point, claim.quantity.unit, claim.text) for _, r in current_results}
    if len(expectations) > 1:
        candidate, result = current_results[0]
        names = "; ".join(f"{c.figure.id}: {_where(c.figure)}" for c, _ in current_results)
        return _finding(
            claim,
            Verdict.AMBIGUOUS,
            candidate.figure,
            result,
            Reason.FIGURES_DISAGREE,
            figures=names,
            others=tuple(c.figure for c, _ in current_results[1:]),
        )
    candidate, result = current_results[0]
    slip = _currency_slip(claim, candidate.figure)
    suggestion = None
    if claim.quantity.bound in (Bound.EXACT, Bound.APPROX) and not slip:
        suggestion = display.wording(result.point, claim.text, claim.quantity.value, claim.quantity.unit)
    return _finding(
        claim,
        Verdict.CONTRADICTED,
        candidate.figure,
        result,
        Reason.DISAGREES,
        suggestion=suggestion,
        source_says=_source_says(candidate.figure, claim, result),
        said=claim.text,
        how_far=_how_far(claim, candidate.figure, result),
        currency_slip=slip,
    )


def _finding(
    claim: Claim,
    verdict: Verdict,
    figure: Figure,
    result: Comparison,
    reason: Reason,
    suggestion: str | None = None,
    others: tuple[Figure, ...] = (),
    **parts: object,
) -> Finding:
    """A finding about a figure: its reason worded with the parts, and what the figure says the claim should be."""
    return Finding(
        claim,
        verdict,
        say(reason, **parts),
        figure,
        expected=display.amount(result.point, claim.quantity.unit, claim.text),
        difference=round(result.difference, 6) if result.difference is not None else None,
        others=others,
        suggestion=suggestion,
        reason=reason,
    )


def _latest_of_each_measure(candidates: list[Candidate]) -> set[str]:
    """Ids of the latest figure of each measure among the candidates."""
    latest: dict[tuple, Figure] = {}
    for candidate in candidates:
        figure = candidate.figure
        key = measure(figure)
        if key not in latest or _end(figure) > _end(latest[key]):
            latest[key] = figure
    return {f.id for f in latest.values()}


def _newer_than(figure: Figure, current: list[Figure]) -> Figure | None:
    for other in current:
        if measure(other) == measure(figure) and _end(other) > _end(figure):
            return other
    return None


def _end(figure: Figure) -> date:
    return figure.period.end if figure.period else date.max
