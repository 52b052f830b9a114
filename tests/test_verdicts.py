"""Verdicts end to end: a draft in the workspace, `factcheck check --format json`, the finding."""

from __future__ import annotations

import json

import pytest


def finding(workspace, sentence: str, text: str) -> dict:
    """The one finding whose text is ``text`` in a draft holding ``sentence``."""
    draft = workspace.write("draft.txt", sentence + "\n")
    found = [f for f in workspace.findings(draft) if f["text"] == text]
    assert len(found) == 1, [(f["text"], f["verdict"]) for f in workspace.findings(draft)]
    return found[0]


def test_rounded_number_that_is_right_is_supported(workspace):
    f = finding(workspace, "Freedonia's widget exports reached 39 billion U.S. dollars in 2023.", "39 billion U.S. dollars")
    assert f["verdict"] == "supported"
    assert f["figure"]["id"] == "widget-exports-2023"
    assert f["figure"]["source"]["publisher"] == "Freedonia Statistics Office"


def test_wrong_value_is_contradicted_with_the_source_value(workspace):
    f = finding(workspace, "Freedonia's widget exports reached 45 billion U.S. dollars in 2023.", "45 billion U.S. dollars")
    assert f["verdict"] == "contradicted"
    assert f["figure"]["id"] == "widget-exports-2023"
    assert "39.2 billion" in f["message"]
    assert "39.2 billion" in f["expected"]
    assert f["difference"] == pytest.approx(45 / 39.2 - 1, rel=1e-3)


def test_bounded_claim_against_the_same_bound_is_supported(workspace):
    f = finding(workspace, "The two laboratories share more than 13,000 shared large instruments.", "13,000")
    assert f["claim"]["bound"] == "lower"
    assert f["verdict"] == "supported"
    assert f["figure"]["id"] == "shared-instruments"


def test_exact_claim_inside_a_source_bound_is_unverified_and_says_why(workspace):
    f = finding(workspace, "The two laboratories share 14,000 shared large instruments.", "14,000")
    assert f["verdict"] == "unverified"
    assert f["figure"]["id"] == "shared-instruments"  # the figure it could not decide with
    assert "13,000" in f["message"]
    assert "more than" in f["message"]


def test_claim_below_a_source_lower_bound_is_contradicted(workspace):
    f = finding(workspace, "The two laboratories share 9,000 shared large instruments.", "9,000")
    assert f["verdict"] == "contradicted"
    assert "13,000" in f["message"]


def test_wrong_scale_word_is_contradicted(workspace):
    f = finding(workspace, "Freedonia's widget exports reached 39.2 million U.S. dollars in 2023.", "39.2 million U.S. dollars")
    assert f["verdict"] == "contradicted"
    assert f["figure"]["id"] == "widget-exports-2023"
    assert "1,000" in f["message"]  # off by a factor of a thousand
    assert "39.2 billion" in f["message"]


def test_older_figure_without_a_year_is_outdated(workspace):
    f = finding(workspace, "Freedonia's widget exports reached 30.1 billion U.S. dollars.", "30.1 billion U.S. dollars")
    assert f["verdict"] == "outdated"
    assert f["figure"]["id"] == "widget-exports-2022"
    assert "39.2 billion" in f["message"]  # the newer figure


def test_latest_figure_without_a_year_is_supported(workspace):
    f = finding(workspace, "Freedonia's widget exports reached 39.2 billion U.S. dollars.", "39.2 billion U.S. dollars")
    assert f["verdict"] == "supported"
    assert f["figure"]["id"] == "widget-exports-2023"


def test_conversion_at_a_wildly_wrong_rate_is_inconsistent(workspace):
    draft = workspace.write(
        "draft.txt",
        "Freedonia's gadget sales came to 4.5 trillion yuan (about 100 billion U.S. dollars) in the first eight months of 2024.\n",
    )
    by_text = {f["text"]: f for f in workspace.findings(draft)}
    assert by_text["4.5 trillion yuan"]["verdict"] == "supported"
    converted = by_text["100 billion U.S. dollars"]
    assert converted["verdict"] == "inconsistent"
    assert "4.5 trillion yuan" in converted["message"]


def test_conversion_at_the_rate_of_its_time_is_not_inconsistent(workspace):
    draft = workspace.write(
        "draft.txt",
        "Freedonia's gadget sales came to 4.5 trillion yuan (about 625 billion U.S. dollars) in the first eight months of 2024.\n",
    )
    verdicts = {f["text"]: f["verdict"] for f in workspace.findings(draft)}
    assert verdicts == {"4.5 trillion yuan": "supported", "625 billion U.S. dollars": "supported"}


def test_unknown_claim_is_unverified(workspace):
    f = finding(workspace, "Engineers finished 37 new bridges over the river.", "37")
    assert f["verdict"] == "unverified"
    assert f["figure"] is None
    assert f["expected"] is None


def test_claim_about_a_year_without_a_figure_is_not_judged_by_another_year(workspace):
    f = finding(workspace, "Freedonia's widget exports reached 25 billion U.S. dollars in 2019.", "25 billion U.S. dollars")
    assert f["verdict"] == "unverified"
    assert f["figure"] is None


def test_claim_about_one_year_is_judged_by_that_years_figure(workspace):
    # Right for 2023, wrong for 2022: the 2022 figure decides.
    f = finding(workspace, "Freedonia's widget exports reached 39.2 billion U.S. dollars in 2022.", "39.2 billion U.S. dollars")
    assert f["verdict"] == "contradicted"
    assert f["figure"]["id"] == "widget-exports-2022"
    assert "30.1 billion" in f["message"]


def test_hedged_duration_against_a_timeless_figure(workspace):
    f = finding(workspace, "The ferry crossing to the island takes around two hours.", "two hours")
    assert f["verdict"] == "supported"
    assert f["figure"]["id"] == "ferry-crossing-time"


def test_money_in_another_currency_is_converted_at_the_figures_period(workspace):
    # 39.2 billion USD in 2023 at about 1.08 USD per EUR is about 36.3 billion EUR.
    right = finding(workspace, "Freedonia's widget exports reached 36.3 billion euros in 2023.", "36.3 billion euros")
    assert right["verdict"] == "supported"
    wrong = finding(workspace, "Freedonia's widget exports reached 39.2 billion euros in 2023.", "39.2 billion euros")
    assert wrong["verdict"] == "contradicted"
    assert "EUR" in wrong["expected"]


OIL_FIGURE = """\
source:
  title: Freedonia energy yearbook
  publisher: Freedonia Energy Office
figures:
  - id: oil-output-2023
    subject: crude oil output of Freedonia
    aliases: [Freedonia's crude oil output]
    value: 2 million barrels
    period: 2023
"""


def test_a_barrel_is_an_oil_barrel_of_42_gallons(workspace):
    """2 million barrels of oil are 318,000 cubic metres; pint's own barrel (31.5 gallons) made it 238,000."""
    (workspace.reference / "oil.yaml").write_text(OIL_FIGURE, encoding="utf-8")
    right = finding(workspace, "Freedonia's crude oil output reached 318,000 cubic metres in 2023.", "318,000 cubic metres")
    assert right["verdict"] == "supported"
    assert "317,975 cubic meters converted from barrels" in right["message"]
    wrong = finding(workspace, "Freedonia's crude oil output reached 238,000 cubic metres in 2023.", "238,000 cubic metres")
    assert wrong["verdict"] == "contradicted"


DENSITY_ROWS = """\
source: {title: Densities for the tests, publisher: factcheck tests}
figures:
  - {entity: BGD, measure: population-density, period: 2022, value: 1300}
  - {entity: NLD, measure: population-density, period: 2022, value: 1360, unit: people per square mile}
"""


@pytest.mark.parametrize(
    ("sentence", "text", "verdict"),
    [
        ("Bangladesh had 1,300 people per square kilometre in 2022.", "1,300 people per square kilometre", "supported"),
        ("Bangladesh had a population density of 1,300 in 2022.", "1,300", "supported"),
        ("Bangladesh had 3,367 people per square mile in 2022.", "3,367 people per square mile", "supported"),
        ("Bangladesh had 1,300 people per square mile in 2022.", "1,300 people per square mile", "contradicted"),
        ("In 2022 the Netherlands had 525 inhabitants/km2.", "525 inhabitants/km2", "supported"),
        ("In 2022 the Netherlands had 1,360 inhabitants per square kilometre.", "1,360 inhabitants per square kilometre", "contradicted"),
    ],
)
def test_a_density_is_converted_between_areas(workspace, sentence, text, verdict):
    """A density row with no unit is per square kilometre; per square mile is 2.59 times as many, not the same
    number (both were compared as bare counts: a right figure contradicted, a wrong one supported)."""
    (workspace.reference / "density.yaml").write_text(DENSITY_ROWS, encoding="utf-8")
    f = finding(workspace, sentence, text)
    assert f["verdict"] == verdict, f["message"]
    assert f["claim"]["unit"] is not None or text == "1,300"


RIVAL_FIGURE = """\
source:
  title: Freedonia customs yearbook
  publisher: Freedonia Customs
figures:
  - id: widget-exports-2023-customs
    subject: widget exports of Freedonia
    aliases: [Freedonia's widget exports]
    value: 41.5 billion USD
    period: 2023
"""


def test_two_fitting_figures_that_disagree_make_a_wrong_claim_ambiguous(workspace):
    (workspace.reference / "customs.yaml").write_text(RIVAL_FIGURE, encoding="utf-8")
    f = finding(workspace, "Freedonia's widget exports reached 50 billion U.S. dollars in 2023.", "50 billion U.S. dollars")
    assert f["verdict"] == "ambiguous"
    assert "widget-exports-2023" in f["message"] and "widget-exports-2023-customs" in f["message"]


# -- a bare number: a claim only where a figure is about it ---------------------------


def test_bare_number_after_a_name_no_figure_is_about_is_not_reported(workspace):
    draft = workspace.write("draft.txt", "The Top 10 list grew, and the score was 12.\n")
    assert [f["text"] for f in workspace.findings(draft)] == ["12"]


def test_bare_number_a_figure_is_about_is_unverified_not_contradicted(workspace):
    f = finding(workspace, "Shared large instruments at the two laboratories: Total 9,000.", "9,000")
    assert f["verdict"] == "unverified"
    assert f["figure"]["id"] == "shared-instruments"
    assert "13,000" in f["message"] and "not called contradicted" in f["message"]


def test_bare_number_the_source_only_bounds_is_unverified_as_any_claim(workspace):
    f = finding(workspace, "Shared large instruments at the two laboratories: Total 14,000.", "14,000")
    assert f["verdict"] == "unverified"  # inside "more than 13,000", as for any claim: the source only bounds it
    assert "not called contradicted" not in f["message"]


def test_a_hedged_change_is_judged_as_a_change_not_a_share(run, repo, tmp_path):
    """'grew by about 24.3 percent' once read as a level and was called wrong against a 15.8 percent share."""
    draft = tmp_path / "hedged.txt"
    draft.write_text(
        "2024-09-20\nGuangxi's trade with ASEAN in the first seven months of 2024 grew by about 24.3 percent.\n", encoding="utf-8"
    )
    code, out, err = run("check", "--format", "json", "--reference", repo / "reference", draft)
    (found,) = json.loads(out)["files"][0]["findings"]
    assert code == 0, err
    assert (found["verdict"], found["claim"]["kind"], found["figure"]["value"]) == ("supported", "change", 24.3)


def test_a_change_written_as_a_fraction_is_checked_as_a_percentage(workspace):
    """30.1 to 39.2 billion is +30 percent: 'about a third' allows it, 'by half' does not."""
    f = finding(workspace, "Freedonia's widget exports rose by about a third in 2023.", "a third")
    assert (f["claim"]["unit"], f["claim"]["kind"]) == ("percent", "change")
    assert f["verdict"] == "supported", f["message"]
    f = finding(workspace, "Freedonia's widget exports rose by half in 2023.", "half")
    assert f["verdict"] == "contradicted", f["message"]


@pytest.mark.parametrize(
    ("sentence", "text", "verdict"),
    [
        # Off by one: the rounding intervals of 312 and 311 only touch, and no true value is both.
        ("Sichuan and Chongqing now run 312 joint public services for their residents.", "312", "contradicted"),
        ("Sichuan and Chongqing now run 311 joint public services for their residents.", "311", "supported"),
        # Two streaks fit these words (15 years one way round, 4 the other): 16 agrees with neither, no longer with 15.
        ("China has been ASEAN's largest trading partner for 16 consecutive years.", "16 consecutive years", "ambiguous"),
        # "11 countries" is the free trade area's 11, not ASEAN's 10 that it once "agreed" with.
        ("The China-ASEAN Free Trade Area, which covers 11 countries, took effect in 2010.", "11", "supported"),
    ],
)
def test_a_count_off_by_one_is_contradicted(run, repo, tmp_path, sentence, text, verdict):
    draft = tmp_path / "count.txt"
    draft.write_text(f"2024-09-20\n{sentence}\n", encoding="utf-8")
    _, out, err = run("check", "--format", "json", "--reference", repo / "reference", draft)
    (found,) = [f for f in json.loads(out)["files"][0]["findings"] if f["text"] == text]
    assert found["verdict"] == verdict, found["message"]
    if verdict == "contradicted":
        assert "higher than the source allows" in found["message"]
