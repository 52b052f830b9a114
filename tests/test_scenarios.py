"""Verdict scenarios, table-driven: a short draft, a small base, the verdict and what the message must say.

Each row is one thing a careful fact-checker gets right: periods, changes,
shares, money over time, ambiguity, the text against itself, and the
false-alarm traps (another year, another region, another measure with the same
unit, a rounded number that is right, a hedge that makes it right).
"""
from __future__ import annotations

import json

import pytest

from factcheck.cli import main

BASE = """\
source:
  title: Freedonia statistical yearbook 2024
  publisher: Freedonia Statistics Office
  url: https://example.org/freedonia/yearbook
  published: 2024-09-11

figures:
  - {id: exports-2013, subject: exports of Freedonia, aliases: [Freedonia's exports], value: 20.0 billion USD, period: 2013}
  - {id: exports-2020, subject: exports of Freedonia, aliases: [Freedonia's exports], value: 22.0 billion USD, period: 2020}
  - {id: exports-2022, subject: exports of Freedonia, aliases: [Freedonia's exports], value: 40.0 billion USD, period: 2022}
  - {id: exports-2023, subject: exports of Freedonia, aliases: [Freedonia's exports], value: 44.0 billion USD, period: 2023}
  - {id: exports-2024, subject: exports of Freedonia, aliases: [Freedonia's exports], value: 48.0 billion USD, period: 2024}
  - {id: exports-2023-h1, subject: exports of Freedonia, aliases: [Freedonia's exports], value: 20.0 billion USD, period: 2023-H1}
  - {id: exports-2024-h1, subject: exports of Freedonia, aliases: [Freedonia's exports], value: 25.0 billion USD, period: 2024-H1}
  - id: imports-2023
    subject: imports of Freedonia
    aliases: [Freedonia's imports]
    value: 30.0 billion USD
    period: 2023
    change: {value: 5 percent, compared_to: 2022}
  - {id: trade-2023, subject: total trade of Freedonia, aliases: [Freedonia's total trade], value: 74.0 billion USD, period: 2023}
  - {id: output-2023, subject: national output of Freedonia, aliases: [Freedonia's national output], value: 200 billion USD, period: 2023}
  - {id: widget-output-2023, subject: widget output of Freedonia, aliases: [Freedonia's widget output], value: 22.0 billion USD, period: 2023}
  - {id: jobless-2022, subject: unemployment rate of Freedonia, aliases: [Freedonia's unemployment rate], value: 8.5 percent, period: 2022}
  - {id: jobless-2023, subject: unemployment rate of Freedonia, aliases: [Freedonia's unemployment rate], value: 6.5 percent, period: 2023}
  - {id: population-2023, subject: population of Freedonia, aliases: [Freedonia's population], value: 5.2 million, kind: count, period: 2023}
  - {id: ferry-fares-2023, subject: ferry fares of Freedonia, aliases: [Freedonia's ferry fares], value: 1.2 billion XAF, period: 2023}
  - {id: port-fees-2023, subject: port fees of Freedonia, aliases: [Freedonia's port fees], value: 3.0 billion XOF, period: 2023}

  - {id: dam-cost-1995, subject: cost of the Freedonia dam, aliases: [the Freedonia dam's cost], value: 2.0 billion USD, period: 1995}
  - {id: sylvania-share, subject: share of Sylvania in Freedonia's exports, aliases: [exports to Sylvania], value: 30 percent, kind: share, period: 2023}

# The ECB publishes no CFA franc rate: the base brings its own, with the file's source.
rates:
  - {from: USD, to: XOF, period: 2023, rate: 606.6}
"""
DATELINE = "2024-09-20 10:00\n"

E = "Freedonia's exports"
# id, draft (after a dateline of 2024-09-20), the claim's text, verdict, fragments the message must hold
SCENARIOS = [
    # -- periods: the figure for the claim's own period, or the latest by the draft's date --
    ("year-right", f"{E} reached 44 billion U.S. dollars in 2023.", "44 billion U.S. dollars", "supported", ["2023"]),
    ("other-year-right", f"{E} reached 40 billion U.S. dollars in 2022.", "40 billion U.S. dollars", "supported", ["2022"]),
    ("year-wrong", f"{E} reached 40 billion U.S. dollars in 2023.", "40 billion U.S. dollars", "contradicted", ["44 billion USD (2023)"]),
    ("no-period-older-figure", f"{E} reached 40 billion U.S. dollars.", "40 billion U.S. dollars", "outdated", ["2022", "newer", "2023"]),
    # (the 2024 figure is not out by 2024-09-20: the latest figure is 2023's)
    ("no-period-latest", f"{E} reached 44 billion U.S. dollars.", "44 billion U.S. dollars", "supported", ["2023"]),
    ("this-year-not-out-yet", f"{E} will reach 48 billion U.S. dollars this year.", "48 billion U.S. dollars", "supported", ["2024"]),
    ("last-year", f"{E} reached 44 billion U.S. dollars last year.", "44 billion U.S. dollars", "supported", ["2023"]),
    ("this-year-first-half", f"In the first half of this year, {E} reached 25 billion U.S. dollars.", "25 billion U.S. dollars", "supported", ["2024-H1"]),
    ("h1-notation", f"In H1 2024, {E} reached 25 billion U.S. dollars.", "25 billion U.S. dollars", "supported", ["2024-H1"]),
    ("half-wrong-year", f"In the first half of 2023, {E} reached 25 billion U.S. dollars.", "25 billion U.S. dollars", "contradicted", ["20 billion USD (2023-H1)"]),
    ("year-without-figure", f"{E} reached 44 billion U.S. dollars in 2021.", "44 billion U.S. dollars", "unverified", []),
    ("fiscal-year", f"In fiscal 2023, {E} reached 44 billion U.S. dollars.", "44 billion U.S. dollars", "supported", ["2023"]),
    ("half-against-year", f"In the first half of 2024, {E} reached 44 billion U.S. dollars.", "44 billion U.S. dollars", "contradicted", ["25 billion USD (2024-H1)"]),
    # -- changes: a stated change, else computed from the levels of both periods --
    ("yoy-computed-right", f"{E} reached 44 billion U.S. dollars in 2023, up 10 percent year on year.", "10 percent", "supported", ["computed from", "exports-2023", "exports-2022"]),
    ("yoy-computed-wrong", f"{E} reached 44 billion U.S. dollars in 2023, up 15 percent year on year.", "15 percent", "contradicted", ["computed from", "exports-2022", "10 percent"]),
    ("half-year-change", f"In the first half of 2024, {E} rose 25 percent year on year.", "25 percent", "supported", ["computed from", "exports-2024-h1", "exports-2023-h1"]),
    ("doubled-since", f"{E} have doubled since 2020.", "doubled", "supported", ["computed from", "exports-2020"]),
    ("tripled-since-wrong", f"{E} have tripled since 2020.", "tripled", "contradicted", ["computed from", "exports-2020"]),
    ("cagr-right", f"Since 2013, {E} have grown at an average annual rate of 8.2 percent.", "8.2 percent", "supported", ["average annual change", "exports-2013"]),
    ("cagr-wrong", f"Since 2013, {E} have grown at an average annual rate of 12 percent.", "12 percent", "contradicted", ["average annual change", "exports-2013"]),
    ("points-fall-right", "Freedonia's unemployment rate fell by 2 percentage points in 2023.", "2 percentage points", "supported", ["computed from", "jobless-2022"]),
    ("points-fall-wrong", "Freedonia's unemployment rate fell by 3 percentage points in 2023.", "3 percentage points", "contradicted", ["computed from", "jobless-2023"]),
    ("stated-change-right", "Freedonia's imports reached 30 billion U.S. dollars in 2023, up 5 percent.", "5 percent", "supported", ["5 percent"]),
    ("stated-change-wrong", "Freedonia's imports reached 30 billion U.S. dollars in 2023, up 8 percent.", "8 percent", "contradicted", ["5 percent"]),
    ("change-without-earlier-figure", "Freedonia's population reached 5.2 million in 2023, up 3 percent.", "3 percent", "unverified", []),
    # -- shares: a stated share, else part / total --
    ("share-computed-right", "Freedonia's widget output accounted for 11 percent of Freedonia's national output in 2023.", "11 percent", "supported", ["computed from", "widget-output-2023", "output-2023"]),
    ("share-computed-wrong", "Freedonia's widget output accounted for 15 percent of Freedonia's national output in 2023.", "15 percent", "contradicted", ["computed from", "11 percent"]),
    ("share-of-trade", f"In 2023, {E} made up 59.5 percent of Freedonia's total trade.", "59.5 percent", "supported", ["computed from", "trade-2023"]),
    ("share-hedged", f"In 2023, {E} made up over half of Freedonia's total trade.", "half", "supported", ["computed from"]),
    ("share-quarter-wrong", f"In 2023, {E} made up a quarter of Freedonia's total trade.", "a quarter", "contradicted", ["computed from"]),
    ("share-stated", f"In 2023, exports to Sylvania made up 30 percent of {E}.", "30 percent", "supported", ["sylvania-share"]),
    # -- money over time: the ECB rate averaged over the claim's period --
    ("euros-right", f"{E} reached 40.7 billion euros in 2023.", "40.7 billion euros", "supported", ["ECB rate", "USD per EUR"]),
    ("euros-wrong", f"{E} reached 50 billion euros in 2023.", "50 billion euros", "contradicted", ["ECB rate", "USD per EUR"]),
    ("yen-cross", f"{E} reached 6.2 trillion yen in 2023.", "6.2 trillion yen", "supported", ["ECB rate", "JPY"]),
    ("yen-cross-wrong", f"{E} reached 8 trillion yen in 2023.", "8 trillion yen", "contradicted", ["ECB rate", "JPY"]),
    ("currency-not-covered", "Freedonia's ferry fares reached 2 million U.S. dollars in 2023.", "2 million U.S. dollars", "unverified", ["cannot convert", "XAF"]),
    ("rate-table-right", "Freedonia's port fees reached 4.9 million U.S. dollars in 2023.", "4.9 million U.S. dollars", "supported", ["Freedonia Statistics Office rate", "XOF per USD"]),
    ("rate-table-wrong", "Freedonia's port fees reached 8 million U.S. dollars in 2023.", "8 million U.S. dollars", "contradicted", ["Freedonia Statistics Office rate"]),
    ("rate-table-cross", "Freedonia's port fees reached 4.6 million euros in 2023.", "4.6 million euros", "supported", ["Freedonia Statistics Office", "ECB"]),
    ("date-not-covered", "The Freedonia dam's cost reached 1.8 billion euros in 1995.", "1.8 billion euros", "unverified", ["cannot convert"]),
    ("conversion-inconsistent", f"{E} reached 44 billion U.S. dollars (about 10 billion euros) in 2023.", "10 billion euros", "inconsistent", ["ECB rate"]),
    ("conversion-consistent", f"{E} reached 44 billion U.S. dollars (about 40.7 billion euros) in 2023.", "40.7 billion euros", "supported", []),
    # -- ambiguity and suggestions --
    ("ambiguous-so-far", f"So far, {E} have reached 30 billion U.S. dollars.", "30 billion U.S. dollars", "ambiguous", ["several figures fit", "exports-2023", "exports-2024-h1"]),
    ("contradicted-has-rate-gap", f"{E} reached 45 billion U.S. dollars in 2023.", "45 billion U.S. dollars", "contradicted", ["higher than the source allows"]),
    # -- the text against itself --
    ("from-to-change-inconsistent", f"{E} rose from 40 billion U.S. dollars to 44 billion U.S. dollars, an increase of 25 percent.", "25 percent", "inconsistent", ["make a change of 10 percent", "(2:"]),
    ("levels-change-inconsistent", f"{E} reached 44 billion U.S. dollars in 2023, up 20 percent from 40 billion U.S. dollars in 2022.", "20 percent", "inconsistent", ["make a change of 10 percent"]),
    ("levels-change-consistent", f"{E} reached 44 billion U.S. dollars in 2023, up 10 percent from 40 billion U.S. dollars in 2022.", "10 percent", "supported", []),
    ("part-larger-than-whole", "Freedonia's total trade reached 74 billion U.S. dollars in 2023, of which exports were 80 billion U.S. dollars.", "80 billion U.S. dollars", "inconsistent", ["larger than the whole", "74 billion"]),
    ("part-within-whole", "Freedonia's total trade reached 74 billion U.S. dollars in 2023, of which exports were 44 billion U.S. dollars.", "44 billion U.S. dollars", "supported", []),
    ("shares-past-100", "Exports made up 60 percent of Freedonia's total trade and services made up 50 percent of Freedonia's total trade.", "50 percent", "inconsistent", ["add up to at least", "60 percent"]),
    # -- false-alarm traps --
    ("trap-other-region", "Sylvania's exports reached 50 billion U.S. dollars in 2023.", "50 billion U.S. dollars", "unverified", []),
    ("trap-other-measure-same-unit", "Freedonia's imports reached 30 billion U.S. dollars in 2023.", "30 billion U.S. dollars", "supported", ["imports"]),
    ("trap-other-measure-wrong", "Freedonia's imports reached 44 billion U.S. dollars in 2023.", "44 billion U.S. dollars", "contradicted", ["30 billion USD"]),
    ("trap-deal-not-exports", "Freedonia signed an export deal worth 44 billion U.S. dollars.", "44 billion U.S. dollars", "unverified", []),
    ("trap-rounded-right", f"{E} reached 44 billion U.S. dollars in 2023.", "44 billion U.S. dollars", "supported", []),
    ("trap-rounded-coarser", f"{E} reached some 40 billion U.S. dollars in 2022.", "40 billion U.S. dollars", "supported", []),
    ("trap-hedge-makes-it-right", f"{E} reached more than 40 billion U.S. dollars in 2023.", "40 billion U.S. dollars", "supported", []),
    ("trap-nearly", f"{E} reached nearly 45 billion U.S. dollars in 2023.", "45 billion U.S. dollars", "supported", []),
    ("trap-hedge-wrong", f"{E} reached less than 40 billion U.S. dollars in 2023.", "40 billion U.S. dollars", "contradicted", []),
    ("trap-other-year-same-value", f"{E} reached 40 billion U.S. dollars in 2022, and 44 billion U.S. dollars in 2023.", "44 billion U.S. dollars", "supported", ["2023"]),
    ("trap-population-count", "Freedonia's population reached 5.2 million in 2023.", "5.2 million", "supported", []),
    ("trap-population-wrong", "Freedonia's population reached 6 million in 2023.", "6 million", "contradicted", ["5.2 million"]),
    ("trap-unrelated-count", "Engineers finished 37 new bridges over the river in 2023.", "37", "unverified", []),
    ("trap-base-year-after-the-change", f"{E} reached 44 billion U.S. dollars in 2023, up 100 percent from 22 billion U.S. dollars in 2020.", "100 percent", "supported", ["exports-2020"]),
    ("trap-rise-despite-lower", f"{E} rose 10 percent in 2023 despite lower prices.", "10 percent", "supported", ["computed from"]),
    ("trap-annual-exports-not-a-rate", "Since 2020, Freedonia's annual exports have grown 100 percent.", "100 percent", "supported", ["exports-2020"]),
    ("trap-between-years-rate", f"{E} grew by an average of 8.2 percent a year between 2013 and 2023.", "8.2 percent", "supported", ["exports-2013"]),
    ("trap-another-subject-after-while", f"Freedonia's imports reached 30 billion U.S. dollars in 2023, while {E} grew 10 percent.", "10 percent", "supported", ["exports-2022"]),
    ("trap-a-place-before-a-share", "Sylvania took 30 percent of Freedonia's exports and Ruritania 25 percent.", "25 percent", "unverified", []),
    ("trap-an-order-is-not-exports", "Freedonia signed an export order worth 5 billion U.S. dollars in 2023.", "5 billion U.S. dollars", "unverified", []),
    ("trap-shares-of-two-years", "Exports made up 55 percent of Freedonia's total trade in 2022 and 59.5 percent of Freedonia's total trade in 2023.", "59.5 percent", "unverified", []),  # not "inconsistent": two years' shares do not add up
    ("trap-youth-rate-is-no-part", "Freedonia's population reached 5.2 million in 2023, including 14 percent aged over 65.", "14 percent", "unverified", []),
    ("trap-surplus-is-not-trade", "Freedonia's trade surplus was 14 billion U.S. dollars in 2023.", "14 billion U.S. dollars", "unverified", []),
    ("trap-rose-to-from", f"{E} rose to 44 billion U.S. dollars in 2023 from 40 billion U.S. dollars.", "40 billion U.S. dollars", "supported", ["2022"]),
    ("trap-more-than-a-multiple", f"{E} have grown more than 2-fold since 2013.", "2-fold", "supported", ["exports-2013"]),
    ("trap-change-in-euro-terms", f"{E} reached 40.7 billion euros in 2023, up 7 percent in euro terms.", "7 percent", "unverified", ["in euro terms", "EUR"]),
    ("change-in-the-bases-currency", f"{E} reached 44 billion U.S. dollars in 2023, up 10 percent in dollar terms.", "10 percent", "supported", ["computed from"]),
    ("trap-two-claims-one-sentence", "In 2023, Freedonia's exports reached 44 billion U.S. dollars and Freedonia's imports 30 billion U.S. dollars.", "30 billion U.S. dollars", "supported", ["imports-2023"]),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Every scenario's draft checked in one run: {scenario id: findings}."""
    folder = tmp_path_factory.mktemp("scenarios")
    (folder / "base.yaml").write_text(BASE, encoding="utf-8")
    drafts = folder / "drafts"
    drafts.mkdir()
    for name, draft, *_ in SCENARIOS:
        (drafts / f"{name}.txt").write_text(DATELINE + draft + "\n", encoding="utf-8")
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", "--format", "json", "--reference", str(folder / "base.yaml"), str(drafts)])
    assert code in (0, 1)
    data = json.loads(out.getvalue())
    return {file["path"].rsplit("/", 1)[-1][:-4]: file["findings"] for file in data["files"]}


def test_there_are_at_least_sixty_scenarios():
    assert len(SCENARIOS) >= 60
    assert len({s[0] for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.parametrize(("name", "draft", "text", "verdict", "fragments"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_scenario(results, name, draft, text, verdict, fragments):
    found = [f for f in results[name] if f["text"] == text]
    assert len(found) == 1, [(f["text"], f["verdict"]) for f in results[name]]
    finding = found[0]
    assert finding["verdict"] == verdict, finding["message"]
    said = f"{finding['message']} [{(finding['figure'] or {}).get('id', '')}]"  # the message, and the figure it was judged by
    for fragment in fragments:
        assert fragment in said, said
