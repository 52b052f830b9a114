"""Unit tests of the stages between a claim and its verdict, each on its own: derived figures (changes, shares,
sums), the draft's own consistency, and the fit of a figure to a claim (kind, dimension, period).

The behaviour tests (test_cli, test_scenarios, test_verdicts) run the whole pipeline; these pin each stage's
arithmetic and rules, so that a failure says which stage broke.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import pytest

from factcheck import consistency, derived, match
from factcheck.document import Document
from factcheck.extract.claims import extract_claims
from factcheck.model import Figure, FigureKey, Quantity, Range, Source
from factcheck.periods import parse_period

SOURCE = Source(title="Statistical yearbook", publisher="Office")
TODAY = date(2025, 6, 1)


def figure(
    figure_id: str,
    value: float,
    unit: str | None,
    period: str | None,
    subject: str = "widget exports of Freedonia",
    kind: str = "level",
) -> Figure:
    """A figure as a base would state it: its value written with one decimal (so precision +-0.05)."""
    quantity = Quantity(value, unit, "exact", 0.05 * (1e9 if unit == "USD" else 1))
    return Figure(figure_id, subject, quantity, SOURCE, "base.yaml", 1, kind, period=parse_period(period) if period else None)


def claim_of(text: str, index: int = 0):
    claims = extract_claims(Document("draft.txt", text))
    return claims[index], claims


# -- derived figures -------------------------------------------------------------------------------------


def test_a_change_in_percent_is_computed_with_the_interval_its_inputs_allow():
    claim, _ = claim_of("Freedonia's widget exports rose 10 percent in 2024.")
    change = derived.change_figure(claim, figure("x-2024", 110.0e9, "USD", "2024"), figure("x-2023", 100.0e9, "USD", "2023"))
    q = change.quantity
    assert math.isclose(q.value, 10.0) and q.unit == "percent" and q.bound == "range"
    assert q.range.low < 10.0 < q.range.high and q.range.high - q.range.low < 0.25  # 110.0 and 100.0 written to a tenth: about +-0.1 points
    assert change.change_of == "x-2024" and change.computed_from == ("x-2024", "x-2023") and change.kind == "change"


def test_a_fall_is_a_change_with_its_sign_turned():
    claim, _ = claim_of("Freedonia's widget exports fell 10 percent in 2024.")
    change = derived.change_figure(claim, figure("x-2024", 90.0e9, "USD", "2024"), figure("x-2023", 100.0e9, "USD", "2023"))
    assert math.isclose(change.quantity.value, 10.0)  # "fell 10 percent" against a change of -10 percent


def test_a_change_in_points_needs_two_percentages():
    claim, _ = claim_of("The jobless rate rose 1.5 percentage points in 2024.")
    points = derived.change_figure(claim, figure("r-2024", 6.5, "percent", "2024"), figure("r-2023", 5.0, "percent", "2023"))
    assert math.isclose(points.quantity.value, 1.5) and points.quantity.unit == "percentage_point"
    assert derived.change_figure(claim, figure("m-2024", 6.5e9, "USD", "2024"), figure("m-2023", 5.0e9, "USD", "2023")) is None


def test_a_multiple_and_a_yearly_rate():
    doubled, _ = claim_of("Freedonia's widget exports have doubled since 2014.")
    ratio = derived.change_figure(doubled, figure("x-2024", 200.0e9, "USD", "2024"), figure("x-2014", 100.0e9, "USD", "2014"))
    assert ratio.kind == "ratio" and math.isclose(ratio.quantity.value, 2.0) and ratio.quantity.unit is None
    yearly, _ = claim_of("Freedonia's widget exports grew 7.2 percent a year on average from 2014 to 2024.")
    rate = derived.change_figure(yearly, figure("x-2024", 200.0e9, "USD", "2024"), figure("x-2014", 100.0e9, "USD", "2014"))
    assert math.isclose(rate.quantity.value, (2 ** (1 / 10) - 1) * 100, rel_tol=1e-3)


def test_no_change_from_nothing():
    claim, _ = claim_of("Freedonia's widget exports rose 10 percent in 2024.")
    assert derived.change_figure(claim, figure("x-2024", 110.0e9, "USD", "2024"), figure("x-2023", 0.0, "USD", "2023")) is None


def test_the_earlier_level_is_the_same_period_a_year_before_or_the_since_year():
    current = figure("x-2024", 110.0e9, "USD", "2024")
    others = [figure("x-2022", 90.0e9, "USD", "2022"), figure("x-2023", 100.0e9, "USD", "2023"), current]
    claim, _ = claim_of("Freedonia's widget exports rose 10 percent in 2024.")
    assert derived.earlier_level(claim, current, others).id == "x-2023"
    since, _ = claim_of("Freedonia's widget exports have risen 22 percent since 2022.")
    assert derived.earlier_level(since, current, others).id == "x-2022"
    other_measure = [figure("y-2023", 1.0e9, "USD", "2023", subject="gadget imports of Freedonia")]
    assert derived.earlier_level(claim, current, other_measure) is None


def test_a_share_and_a_sum():
    part, whole = figure("p", 25.0e9, "USD", "2023"), figure("w", 100.0e9, "USD", "2023", subject="world widget exports")
    share = derived.share_figure(part, whole)
    assert share.kind == "share" and share.quantity.unit == "percent" and math.isclose(share.quantity.value, 25.0)
    assert share.quantity.range.low < 25.0 < share.quantity.range.high
    assert derived.share_figure(whole, part) is None  # a part larger than its whole is no share
    members = [replace(f, key=FigureKey(place, "exports")) for f, place in ((part, "P"), (whole, "W"))]  # sums add keyed figures
    total = derived.sum_figure(members, "AGG", "the aggregate")
    assert math.isclose(total.quantity.value, 125.0e9) and total.key == ("AGG", "exports") and total.computed_from == ("p", "w")
    assert total.id == "agg-exports-sum-2023"
    other_unit = replace(figure("q", 5.0, "percent", "2023"), key=FigureKey("Q", "exports"))
    assert derived.sum_figure([members[0], other_unit], "AGG", "the aggregate") is None  # units differ


def test_a_derived_interval_is_written_once_when_it_rounds_to_one_number():
    flat = figure("f", 33.04, "percent", "2023")
    flat = Figure(
        **{
            **{k: getattr(flat, k) for k in flat.__slots__},
            "quantity": Quantity(33.04, "percent", "range", 0.0, None, Range(33.031, 33.049)),
        }
    )
    assert derived.interval_text(flat) == "33 percent"


# -- the draft's own consistency ---------------------------------------------------------------------------


def _inconsistent(text: str) -> list[str]:
    doc = Document("draft.txt", text)
    claims = extract_claims(doc)
    return [finding.claim.text for finding in consistency.contradictions_in(claims, doc).values()]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Trade rose from 685.28 billion U.S. dollars in 2020 to 911.7 billion U.S. dollars in 2023, an increase of 33 percent.", []),
        (
            "Trade rose from 685.28 billion U.S. dollars in 2020 to 911.7 billion U.S. dollars in 2023, an increase of 45 percent.",
            ["45 percent"],
        ),
        ("Total trade reached 401.33 billion yuan, of which exports were 214.93 billion yuan.", []),
        ("Total trade reached 401.33 billion yuan, of which exports were 514.93 billion yuan.", ["514.93 billion yuan"]),
        ("Farms took 60 percent of the total and towns 55 percent of the total.", ["55 percent"]),
        ("Farms took 60 percent of the total and towns 30 percent of the total.", []),
    ],
)
def test_the_draft_against_itself(text, flagged):
    assert _inconsistent(text) == flagged


def test_a_conversion_at_the_rate_of_its_time():
    ok, _ = claim_of("Trade reached 339.44 billion yuan (about 47.6 billion U.S. dollars) in 2023.", 1)
    assert consistency.check_conversion(ok, TODAY) is None
    off, _ = claim_of("Trade reached 339.44 billion yuan (about 60 billion U.S. dollars) in 2023.", 1)
    finding = consistency.check_conversion(off, TODAY)
    assert finding is not None and finding.verdict == "inconsistent" and "ECB" in finding.message


# -- the fit of a figure to a claim --------------------------------------------------------------------------


def test_kinds_that_answer_each_other():
    level, _ = claim_of("Freedonia's widget exports reached 39 billion U.S. dollars in 2023.")
    change, _ = claim_of("Freedonia's widget exports rose 10 percent in 2023.")
    rank, _ = claim_of("Freedonia is the third largest exporter of widgets.")
    assert match.claim_kind_fits(level, figure("l", 39.0e9, "USD", "2023"))
    assert not match.claim_kind_fits(level, figure("c", 10.0, "percent", "2023", kind="change"))
    assert match.claim_kind_fits(change, figure("c", 10.0, "percent", "2023", kind="change"))
    assert not match.claim_kind_fits(change, figure("l", 39.0e9, "USD", "2023"))
    assert match.claim_kind_fits(rank, figure("r", 3, None, "2023", kind="rank"))


def test_dimensions_must_agree():
    money, _ = claim_of("Freedonia's widget exports reached 39 billion U.S. dollars in 2023.")
    assert match.dimension_fits(money, figure("eur", 36.0e9, "EUR", "2023"))  # money is money: the rate decides later
    assert not match.dimension_fits(money, figure("t", 39.0, "tonne", "2023"))


def test_periods_fit_by_their_overlap():
    claim, _ = claim_of("Freedonia's widget exports reached 39 billion U.S. dollars in 2023.")
    assert match.period_fit(claim, figure("y", 39.0e9, "USD", "2023"), TODAY) == pytest.approx(1.0)
    assert match.period_fit(claim, figure("h", 19.0e9, "USD", "2023-H1"), TODAY) is not None
    assert match.period_fit(claim, figure("o", 39.0e9, "USD", "2021"), TODAY) is None
    assert match.period_fit(claim, figure("t", 39.0e9, "USD", None), TODAY) == 0.5  # a timeless figure fits any period
    undated, _ = claim_of("Freedonia's widget exports reached 39 billion U.S. dollars.")
    assert match.period_fit(undated, figure("future", 39.0e9, "USD", "2030"), TODAY) is None  # not published by then
