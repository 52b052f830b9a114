"""From a reading to figures: the base's index by (entity, measure), then the period.

The figures of the claim's entity and measure come from an index, so the cost
of a claim does not grow with the base. A change or a share the base does not
state is computed from two of its figures (derived.py). When there is no
figure, the Link says why: the place the base lacks, the measure it lacks,
the years it has.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from . import derived, display
from .figures import ReferenceBase
from .match import Candidate, dimension_fits, period_fit
from .messages import Reason, say
from .model import Claim, Figure, Kind
from .reading import Reading


@dataclass(frozen=True)
class Link:
    """The figures a reading leads to, or why there are none."""

    reading: Reading
    claim: Claim  # the claim as compared: '$4,300 per capita' compared in USD
    candidates: tuple[Candidate, ...] = ()
    reason: str = ""  # why there is no candidate, worded
    why: Reason | None = None  # and which reason that is
    computed: str = ""  # how a derived figure was computed
    rejected: tuple[tuple[Figure, str], ...] = ()  # figures of the same entity and measure, and why not these


def _none(reading: Reading, claim: Claim, why: Reason, rejected: tuple[tuple[Figure, str], ...] = (), **parts: object) -> Link:
    """A link that leads to no figure, and why."""
    return Link(reading, claim, reason=say(why, **parts), why=why, rejected=rejected)


def link_claim(claim: Claim, reading: Reading, base: ReferenceBase, today: date) -> Link | None:
    """The figures of the claim's entity and measure for its period; None when no measure was read."""
    measure = reading.change_of or reading.measure
    if measure is None or claim.kind == "rank":
        return None
    label = base.vocabulary.measures[measure].name
    if measure not in base.measures_present:
        return _none(reading, claim, Reason.NO_MEASURE_FIGURES, measure=label)
    if reading.entity is None:
        if reading.stranger:
            return _none(reading, claim, Reason.UNKNOWN_PLACE, place=reading.stranger, measure=label)
        return _none(reading, claim, Reason.WHOSE, measure=label)
    entity_name = base.entities.name_of(reading.entity)
    figures = base.about(reading.entity, measure)
    entity = base.entities.entities.get(reading.entity)
    if (
        not figures
        and entity is not None
        and entity.members
        and base.vocabulary.measures[measure].kind == "level"
        and not reading.change_of
        and not reading.share_of
    ):
        return _sum_link(_as_compared(claim, reading), reading, base, today, label, entity)
    if not figures:
        parent = entity.within if entity is not None else None
        part_of = f" (a part of {base.entities.name_of(parent)}, whose figures are not its own)" if parent else ""
        return _none(reading, claim, Reason.NO_ENTITY_FIGURE, measure=label, entity=entity_name, part_of=part_of)
    compared = _as_compared(claim, reading)
    if reading.share_of:
        return _share_link(compared, reading, base, today, label)
    if reading.change_of:
        return _change_link(compared, reading, figures, today, f"{label} of {entity_name}")
    comparable = [f for f in figures if dimension_fits(compared, f)]
    if not comparable:
        return _none(
            reading,
            compared,
            Reason.OTHER_UNIT,
            measure=label,
            entity=entity_name,
            figure_unit=_unit(figures[-1].quantity.unit),
            claim_unit=_unit(compared.quantity.unit),
        )
    fits = [(f, period_fit(compared, f, today)) for f in comparable]
    anchor = claim.period.start if claim.period else today
    rejected = tuple(
        (f, f"its period {f.period} is not the claim's {claim.period or 'as of ' + str(today)}")
        for f, fit in sorted(fits, key=lambda pair: abs(((pair[0].period.start if pair[0].period else anchor) - anchor).days))
        if fit is None
    )  # nearest the claim's period first
    fitting = [(f, fit) for f, fit in fits if fit is not None]
    if not fitting:
        return _none(
            reading,
            compared,
            Reason.OTHER_PERIOD,
            rejected=rejected,
            what=f"{label} of {entity_name}",
            periods=_span(figures),
            period=claim.period or f"a period by {today}",
        )
    return Link(reading, compared, tuple(Candidate(f, 100.0, fit) for f, fit in fitting), rejected=rejected)


def _as_compared(claim: Claim, reading: Reading) -> Claim:
    """'$4,300 per capita' is compared in USD with a per-capita figure; 'fell by 2 million' is a change."""
    unit = claim.quantity.unit
    if reading.per_capita and unit and "/" in unit:
        claim = replace(claim, quantity=replace(claim.quantity, unit=unit.split("/")[0]))
    if reading.change_of and claim.kind in (Kind.LEVEL, Kind.COUNT):
        claim = replace(claim, kind=Kind.CHANGE)
    return claim


def _change_link(claim: Claim, reading: Reading, figures: list[Figure], today: date, what: str) -> Link:
    """A change the base does not state, computed from the levels of both periods."""
    dated = [(f, f.period) for f in figures if f.period is not None]
    stated = claim.period
    if stated is not None and not stated.is_day:
        overlapping = [(f, stated.overlap(p)) for f, p in dated if stated.overlap(p) > 0]
        current = max(overlapping, key=lambda pair: pair[1], default=(None, 0.0))[0]
    else:
        current = max(((f, p) for f, p in dated if p.end <= today), key=lambda pair: pair[1].end, default=(None, None))[0]
    if current is None:
        return _none(reading, claim, Reason.OTHER_PERIOD, what=what, periods=_span(figures), period=claim.period or "the claim")
    previous = derived.earlier_level(claim, current, figures)
    if previous is None:
        return _none(reading, claim, Reason.NO_EARLIER_LEVEL, what=what)
    figure = derived.change_figure(claim, current, previous)
    if figure is None:
        return _none(reading, claim, Reason.CHANGE_NOT_COMPUTABLE, what=what)
    return Link(
        reading,
        claim,
        (Candidate(figure, 100.0, 1.0),),
        computed=f"{derived.computed_from(current, previous)}, which allow {derived.interval_text(figure)}",
    )


def _share_link(claim: Claim, reading: Reading, base: ReferenceBase, today: date, label: str) -> Link:
    """The part's figure over the whole's, for the claim's period or the latest both have by the draft's date."""
    assert reading.entity and reading.measure and reading.share_of  # a share is read only of a named part and whole
    parts = {f.period: f for f in base.about(reading.entity, reading.measure) if f.period}
    wholes = {f.period: f for f in base.about(reading.share_of, reading.measure) if f.period}
    whole_name = base.entities.name_of(reading.share_of)
    common = [p for p in parts if p in wholes]
    if claim.period is not None and not claim.period.is_day:
        common = [p for p in common if claim.period.overlap(p) > 0.5]
    else:
        end = claim.period.end if claim.period else today
        common = [p for p in common if p.end <= end]
    if not common:
        return _none(
            reading,
            claim,
            Reason.NO_COMMON_PERIOD,
            measure=label,
            part=reading.entity,
            whole=whole_name,
            period=claim.period or f"a period by {today}",
        )
    period = max(common, key=lambda p: p.end)
    figure = derived.share_figure(parts[period], wholes[period])
    if figure is None:
        return _none(reading, claim, Reason.SHARE_NOT_COMPUTABLE, whole=whole_name, measure=label)
    return Link(
        reading,
        claim,
        (Candidate(figure, 100.0, 1.0),),
        computed=f"{derived.computed_from(parts[period], wholes[period])}, which allow {derived.interval_text(figure)}",
    )


def _sum_link(claim: Claim, reading: Reading, base: ReferenceBase, today: date, label: str, entity) -> Link:
    """A level of an aggregate the base lacks, summed over its members for the claim's period (or the latest all have)."""
    assert reading.measure  # a sum is read only of a named measure
    by_member = [{f.period: f for f in base.about(member, reading.measure) if f.period} for member in entity.members]
    periods = set.intersection(*(set(m) for m in by_member)) if by_member else set()
    if claim.period is not None and not claim.period.is_day:
        periods = {p for p in periods if claim.period.overlap(p) > 0.5}
    else:
        end = claim.period.end if claim.period else today
        periods = {p for p in periods if p.end <= end}
    if not periods:
        missing = [m for m, figures in zip(entity.members, by_member) if not figures]
        why = (
            f"no {label} figure for {', '.join(base.entities.name_of(m) for m in missing)}" if missing else "no period all its members have"
        )
        return _none(reading, claim, Reason.NO_MEMBERS_TO_SUM, measure=label, entity=entity.name, missing=why)
    period = max(periods, key=lambda p: p.end)
    parts = [figures[period] for figures in by_member]
    figure = derived.sum_figure(parts, entity.id, entity.name)
    if figure is None:
        return _none(reading, claim, Reason.SUM_NOT_COMPUTABLE, measure=label, entity=entity.name)
    return Link(
        reading,
        claim,
        (Candidate(figure, 100.0, 1.0),),
        computed=f"the sum of {len(parts)} members' figures for {period}, which allow {derived.interval_text(figure)}",
    )


def _span(figures: list[Figure]) -> str:
    dated = [f.period for f in figures if f.period]
    if not dated:
        return "no period"
    return str(dated[0]) if len(dated) == 1 else f"{dated[0]}-{dated[-1]}"


def _unit(unit: str | None) -> str:
    """A unit as a message names it: "cubic meters", "USD", "a count"."""
    return display.unit_name(unit) if unit else "a count"
