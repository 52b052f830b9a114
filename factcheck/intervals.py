"""What a written quantity allows: an interval of values (statcheck-style rounding).

"39 billion" allows [38.5, 39.5] billion; "about 39 billion" a little more;
"more than 280 billion" everything above 280 billion; "nearly 70 percent"
a little below 70.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .extract.grammar import APPROX_SLACK, NEAR_BELOW, NEAR_SLACK
from .model import Quantity


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)

    def overlaps(self, other: Interval) -> bool:
        """Whether a value lies in both. Two rounding intervals that only touch do not overlap: "11 countries"
        ([10.5, 11.5]) against a source's 10 ([9.5, 10.5]) would need a true value of exactly 10.5, which
        neither writer would round to their number; an interval that is one point may lie on the other's edge."""
        low, high = max(self.low, other.low), min(self.high, other.high)
        return low < high or (low == high and (self.low == self.high or other.low == other.high))

    def within(self, other: Interval) -> bool:
        return other.low <= self.low and self.high <= other.high

    def scaled(self, low_factor: float, high_factor: float) -> Interval:
        """Multiply by a factor known only to lie in [low_factor, high_factor] (an exchange rate)."""
        ends = [e * f for e in (self.low, self.high) for f in (low_factor, high_factor) if math.isfinite(e)]
        low = min(ends) if math.isfinite(self.low) else -math.inf
        high = max(ends) if math.isfinite(self.high) else math.inf
        return Interval(low, high)

    def mapped(self, function) -> Interval:
        return Interval(
            function(self.low) if math.isfinite(self.low) else self.low,
            function(self.high) if math.isfinite(self.high) else self.high,
        )


def _significant_half_unit(quantity: Quantity) -> float:
    """Half the place value of the last non-zero digit: 'about 630' is about tens, not units."""
    value, half = abs(quantity.value), quantity.half_unit
    place = half * 2
    while place * 10 <= value and math.isclose(round(value / (place * 10)) * place * 10, value, rel_tol=1e-9):
        place *= 10
    return place / 2


def allowed(quantity: Quantity, tolerance: float | None = None) -> Interval:
    """Every value the quantity as written allows."""
    v = quantity.value
    if quantity.bound == "range" and quantity.range is not None:
        return Interval(quantity.range.low - quantity.half_unit, quantity.range.high + quantity.half_unit)
    if tolerance is not None:
        spread = abs(v) * tolerance
    else:
        spread = quantity.half_unit
    if quantity.bound == "approx":
        spread = max(spread, _significant_half_unit(quantity), abs(v) * APPROX_SLACK)
        return Interval(v - spread, v + spread)
    if quantity.bound == "lower":  # "more than 39 billion": 38.5 billion would still be written so
        return Interval(v - spread, math.inf)
    if quantity.bound == "upper":
        if quantity.hedge in NEAR_BELOW:
            return Interval(v - max(abs(v) * NEAR_SLACK, spread), v)
        return Interval(-math.inf, v + spread)
    return Interval(v - spread, v + spread)
