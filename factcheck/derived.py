"""Figures the base implies but does not state: a change between two levels of
one measure, and the share of a part in a total.

A careful fact-checker who has the 2023 and the 2024 figure does not call "up
10 percent" unverified: she divides. Each derived figure carries the interval
its inputs allow (their written precision), so rounding in the source never
makes a right claim wrong, and names the figures it was computed from.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace

from . import display, regexes, units
from .derived_words import FALLING, PER_YEAR
from .extract.grammar import FALL_AFTER
from .intervals import allowed
from .model import Bound, Claim, Figure, FigureKey, Kind, Quantity, Range


def measure(figure: Figure) -> tuple:
    """Figures of one measure differ only in period: same subject, kind, dimension and period length."""
    months = round(((figure.period.end - figure.period.start).days + 1) / 30.44) if figure.period else None
    return (figure.subject.lower(), figure.kind, units.dimension(figure.quantity.unit), months)


def same_measure(figure: Figure, other: Figure) -> bool:
    return measure(figure) == measure(other)


def earlier_level(claim: Claim, current: Figure, figures: Iterable[Figure]) -> Figure | None:
    """The figure a change is measured from, among figures: the since-year's, or the same period a year before.

    The figures may be the whole base (prose figures) or those of one entity and measure (an index lookup).
    """
    if current.period is None:
        return None
    start, end = current.period.start, current.period.end
    dated = [(f, f.period) for f in figures if f.id != current.id and f.period is not None and same_measure(f, current)]
    if claim.since is not None:
        since = claim.since.start.year
        fitting = [(f, p) for f, p in dated if p.start.year == since and p.end <= end]
        return max(fitting, key=lambda pair: pair[1].end, default=(None, None))[0]
    return next(
        (
            f
            for f, p in dated
            if (p.start.year, p.start.month, p.start.day) == (start.year - 1, start.month, start.day)
            and (p.end.year, p.end.month) == (end.year - 1, end.month)
        ),
        None,
    )


_FALL_AFTER = regexes.compile(rf"[ \t-]*(?:(?:year-on-year|year on year)[ \t]+)?(?:{'|'.join(FALL_AFTER)})\b", re.IGNORECASE)


def falling(claim: Claim) -> bool:
    """'fell by 2 points', 'a 2-point drop': the computed change is compared with its sign turned.
    Only the words right before or after the number count ("rose 10 percent despite lower prices" is a rise)."""
    return claim.kind == "change" and bool(FALLING.search(claim.lead[-30:]) or _FALL_AFTER.match(claim.trail))


def change_figure(claim: Claim, current: Figure, previous: Figure) -> Figure | None:
    """The change from previous to current, in the claim's terms (percent, points, a multiple, a yearly rate)."""
    now, then = allowed(current.quantity, current.tolerance), allowed(previous.quantity, previous.tolerance)
    if not (now.bounded and then.bounded) or then.low <= 0:
        return None
    unit, kind = claim.quantity.unit, claim.kind
    if current.period is None or previous.period is None:
        return None
    years = (current.period.end - previous.period.end).days / 365.25
    if kind == "ratio":
        formula, label = (lambda c, p: c / p), "multiple"
    elif unit == "percentage_point":
        if current.quantity.unit != "percent":
            return None
        formula, label = (lambda c, p: c - p), "change in points"
    elif unit == "percent" and PER_YEAR.search(f"{claim.context} {claim.text}") and years >= 1.5:
        formula, label = (lambda c, p: ((c / p) ** (1 / years) - 1) * 100), f"average annual change over {years:.0f} years"
    elif unit == "percent":
        formula, label = (lambda c, p: (c / p - 1) * 100), "change"
    elif unit == current.quantity.unit == previous.quantity.unit:  # "fell by 2 million": a difference in the level's unit
        formula, label = (lambda c, p: c - p), "change"
    else:
        return None
    point = formula(current.quantity.value, previous.quantity.value)
    low, high = formula(now.low, then.high), formula(now.high, then.low)
    if falling(claim) and kind != "ratio":  # a fall of 2 is a change of -2
        point, low, high = -point, -high, -low
    quantity = Quantity(point, None if kind == "ratio" else unit, Bound.RANGE, 0.0, None, Range(low, high))
    subject = f"{label} of {current.subject}"
    return replace(
        current,
        id=f"{current.id}~{previous.id}",
        subject=subject,
        quantity=quantity,
        kind=Kind.RATIO if kind == "ratio" else Kind.CHANGE,
        aliases=(),
        tolerance=None,
        compared_to=previous.period,
        change_of=current.id,
        computed_from=(current.id, previous.id),
    )


def sum_figure(parts: list[Figure], entity: str, name: str) -> Figure | None:
    """The sum of one level over an aggregate's members ("ASEAN's combined population"), for one period."""
    intervals = [allowed(p.quantity, p.tolerance) for p in parts]
    units_of = {p.quantity.unit for p in parts}
    if not parts or len(units_of) != 1 or not all(i.bounded for i in intervals) or parts[0].key is None:
        return None
    measure = parts[0].key.measure
    low, high = sum(i.low for i in intervals), sum(i.high for i in intervals)
    total = sum(p.quantity.value for p in parts)
    quantity = Quantity(total, parts[0].quantity.unit, Bound.RANGE, 0.0, None, Range(low, high))
    return replace(
        parts[0],
        id=f"{entity.lower()}-{measure}-sum-{parts[0].period}",
        subject=f"{measure} of {name} (sum of its members)",
        quantity=quantity,
        aliases=(),
        tolerance=None,
        key=FigureKey(entity, measure),
        computed_from=tuple(p.id for p in parts),
    )


def share_figure(part: Figure, total: Figure) -> Figure | None:
    """The share of part in total, in percent."""
    p, t = allowed(part.quantity, part.tolerance), allowed(total.quantity, total.tolerance)
    if not (p.bounded and t.bounded) or t.low <= 0 or part.quantity.value > total.quantity.value:
        return None
    point = 100 * part.quantity.value / total.quantity.value
    quantity = Quantity(point, "percent", Bound.RANGE, 0.0, None, Range(100 * p.low / t.high, 100 * p.high / t.low))
    return replace(
        part,
        id=f"{part.id}/{total.id}",
        subject=f"share of {part.subject} in {total.subject}",
        quantity=quantity,
        kind=Kind.SHARE,
        aliases=(),
        tolerance=None,
        computed_from=(part.id, total.id),
    )


def computed_from(*figures: Figure) -> str:
    """'computed from a (2024) and b (2023)': which figures the arithmetic used."""
    parts = [f"{f.id} = {display.amount(f.quantity.value, f.quantity.unit)}{f' ({f.period})' if f.period else ''}" for f in figures]
    return "computed from " + " and ".join(parts)


def interval_text(figure: Figure) -> str:
    """'9.3-10.4 percent': the derived figure's interval, for the message."""
    q = figure.quantity
    unit = display.amount(1, q.unit).split(" ", 1)[1] if q.unit else ""
    if q.range is None or not (math.isfinite(q.range.low) and math.isfinite(q.range.high)):
        low = high = "?"
    else:
        low, high = display.number(q.range.low, 3), display.number(q.range.high, 3)
    return f"{low} {unit}".strip() if low == high else f"{low}-{high} {unit}".strip()  # never "33-33 percent"
