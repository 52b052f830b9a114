"""What a written quantity allows: statcheck rounding and the interval of each hedge."""

from __future__ import annotations

import math

import pytest

from factcheck.extract import grammar as G
from factcheck.extract.claims import scan
from factcheck.intervals import Interval, allowed
from factcheck.model import Quantity


def quantity(text: str) -> Quantity:
    (claim,) = scan(text)
    return claim.quantity


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("39 billion U.S. dollars", 38.5e9, 39.5e9),
        ("911.7 billion U.S. dollars", 911.65e9, 911.75e9),
        ("33.5 billion U.S. dollars", 33.45e9, 33.55e9),
        ("1,600 suppliers", 1599.5, 1600.5),
        ("24.3 percent of them", 24.25, 24.35),
        ("4.5 trillion yuan", 4.45e12, 4.55e12),
        ("10 minutes", 9.5, 10.5),
    ],
)
def test_rounding_of_an_exact_number(text, low, high):
    interval = allowed(quantity(text))
    assert close(interval.low, low) and close(interval.high, high), interval


def test_rounding_example_of_the_design():
    interval = allowed(quantity("39 billion"))
    assert (interval.low, interval.high) == pytest.approx((38.5e9, 39.5e9))
    assert interval.bounded
    assert interval.overlaps(allowed(quantity("39.2 billion")))
    assert not interval.overlaps(allowed(quantity("39.6 billion")))


def test_a_figures_tolerance_replaces_its_rounding():
    q = quantity("911.7 billion U.S. dollars")
    interval = allowed(q, tolerance=0.001)
    assert close(interval.low, 911.7e9 * 0.999) and close(interval.high, 911.7e9 * 1.001)


@pytest.mark.parametrize("hedge", [h for h in G.HEDGES if h.bound == "lower"], ids=lambda h: h.phrase)
def test_lower_hedges_allow_everything_above(hedge):
    q = quantity(f"{hedge.phrase} 280 billion yuan")
    assert q.bound == "lower"
    interval = allowed(q)
    assert interval.high == math.inf
    # "more than 280 billion": 279.5 billion would still be written so, 279 billion would not.
    assert close(interval.low, 279.5e9)


@pytest.mark.parametrize("hedge", [h for h in G.HEDGES if h.bound == "approx"], ids=lambda h: h.phrase)
def test_approx_hedges_allow_a_bounded_interval_around_the_value(hedge):
    q = quantity(f"{hedge.phrase} 39 billion U.S. dollars")
    assert q.bound == "approx"
    interval = allowed(q)
    exact = allowed(quantity("39 billion U.S. dollars"))
    assert interval.bounded
    assert interval.low <= exact.low and interval.high >= exact.high
    assert close(39e9 - interval.low, interval.high - 39e9)  # symmetric around the value
    assert interval.high < 39e9 * 1.1  # "about" is not "anything"


def test_about_widens_the_rounding_interval():
    # STYLE.md: '"39 billion" means [38.5, 39.5] billion; "about 39 billion" widens it.'
    exact = allowed(quantity("39 billion U.S. dollars"))
    about = allowed(quantity("about 39 billion U.S. dollars"))
    assert about.low < exact.low and about.high > exact.high, (exact, about)


@pytest.mark.parametrize("hedge", [h for h in G.HEDGES if h.bound == "upper" and h.phrase not in G.NEAR_BELOW], ids=lambda h: h.phrase)
def test_upper_hedges_allow_everything_below(hedge):
    q = quantity(f"{hedge.phrase} 40 percent")
    assert q.bound == "upper"
    interval = allowed(q)
    assert interval.low == -math.inf
    assert close(interval.high, 40.5)


@pytest.mark.parametrize("phrase", [h.phrase for h in G.HEDGES if h.bound == "upper" and h.phrase in G.NEAR_BELOW])
def test_nearly_means_a_little_below(phrase):
    q = quantity(f"{phrase} 70 percent")
    interval = allowed(q)
    assert interval.bounded
    assert interval.high <= 70.5
    assert 60 < interval.low < 69.5


def test_about_a_round_number_is_about_its_last_significant_digit():
    # "about 630" speaks of tens: 625..635 at least.
    interval = allowed(quantity("about 630 projects"))
    assert interval.low <= 625 and interval.high >= 635
    assert interval.low > 600 and interval.high < 660


def test_range_allows_from_its_low_to_its_high():
    interval = allowed(quantity("10-20 percent"))
    assert close(interval.low, 9.5) and close(interval.high, 20.5)


def test_interval_operations():
    a, b = Interval(1, 2), Interval(1.5, 3)
    assert a.overlaps(b) and b.overlaps(a)
    assert not Interval(1, 2).overlaps(Interval(2.1, 3))
    # Rounding intervals that only touch share no value a writer would round to both numbers: 10 is not 11.
    assert not Interval(9.5, 10.5).overlaps(Interval(10.5, 11.5))
    # A single known value may lie on an interval's edge.
    assert Interval(2, 2).overlaps(a) and a.overlaps(Interval(1, 1)) and Interval(3, 3).overlaps(Interval(3, 3))
    assert Interval(1.5, 1.8).within(a) and not a.within(Interval(1.5, 1.8))
    half_line = Interval(5, math.inf)
    assert not half_line.bounded
    scaled = half_line.scaled(0.1, 0.2)
    assert close(scaled.low, 0.5) and scaled.high == math.inf
    assert Interval(10, 20).scaled(0.5, 2) == Interval(5, 40)
