"""`factcheck reference check` and `reference search`, and the structured base format's errors."""

from __future__ import annotations

import pytest

from factcheck.cli import main
from factcheck.figures import InvalidReference, load_reference

ROWS = """\
source: {title: Freedonia statistics, url: https://example.org/freedonia}
entities:
  - {id: fredville, name: Fredville, aliases: [City of Fredville], within: Freedonia}
measures:
  - {id: widget-output, name: widget output, words: [widget output, widgets made], dimension: count}
defaults: {measure: population}
figures:
  - {entity: Freedonia, period: 2022, value: 1200000}
  - {entity: Freedonia, period: 2023, value: 1250000}
  - {entity: fredville, period: 2023, value: 300000}
  - {entity: United Kingdom, measure: gdp, period: 2023, value: 3.34 trillion USD}
  - {entity: Freedonia, measure: widget-output, period: 2023, value: more than 5000}
"""


@pytest.fixture
def base_file(tmp_path):
    path = tmp_path / "base.yaml"
    path.write_text(ROWS, encoding="utf-8")
    return path


def test_rows_load_with_entities_measures_and_defaults(base_file):
    base = load_reference([base_file])
    assert sorted(base.by_id) == [
        "fredville-population-2023",
        "freedonia-population-2022",
        "freedonia-population-2023",
        "freedonia-widget-output-2023",
        "gbr-gdp-2023",
    ]
    assert base.by_id["gbr-gdp-2023"].quantity.value == 3.34e12
    assert base.by_id["freedonia-widget-output-2023"].quantity.bound == "lower"
    assert [f.id for f in base.about("Freedonia", "population")] == ["freedonia-population-2022", "freedonia-population-2023"]
    assert base.entities.entities["fredville"].within == "Freedonia"
    assert "Freedonia" in base.unknown_entities  # named, never declared: a warning, not an error


def test_reference_check_counts_and_warns(base_file, capsys):
    assert main(["reference", "check", str(base_file)]) == 0
    out, err = capsys.readouterr()
    assert "5 figures" in out and "population (population): 3 figures for 2 entities" in out
    assert f"{base_file}:8: entity 'Freedonia' is not a known place" in err


def test_reference_check_refuses_a_broken_base_with_file_and_line(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text(ROWS.replace("value: 1250000", "value: lots").replace("dimension: count", "dimension: furlongs"), encoding="utf-8")
    assert main(["reference", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:5: measure 'widget-output': unknown dimension 'furlongs'" in err
    assert f"{path}:9: figure 'Freedonia population 2023': cannot read value 'lots'" in err


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("  - {entity: Freedonia, measure: happiness, period: 2023, value: 5}", "unknown measure 'happiness'"),
        ("  - {measure: gdp, period: 2023, value: 5}", "figure without an 'entity'"),
        ("  - {entity: Freedonia, period: 2023-13, value: 5}", "cannot read period '2023-13'"),
        ("  - {entity: Freedonia, period: 2023, value: 5, unit: furlongz}", "unknown unit 'furlongz'"),
        ("  - {entity: Freedonia, period: 2023, value: 5, colour: red}", "unknown key 'colour'"),
    ],
)
def test_row_errors_name_the_line(tmp_path, row, message):
    path = tmp_path / "bad.yaml"
    path.write_text("source: {title: T}\ndefaults: {measure: population}\nfigures:\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InvalidReference) as raised:
        load_reference([path])
    assert f"{path}:4: " in str(raised.value) and message in str(raised.value)


def test_a_row_needs_a_source(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("figures:\n  - {entity: France, measure: gdp, period: 2023, value: 3 trillion USD}\n", encoding="utf-8")
    with pytest.raises(InvalidReference, match="has no source"):
        load_reference([path])


def test_search_shows_the_reading_and_the_figures(base_file, capsys):
    assert main(["reference", "search", "-r", str(base_file), "Freedonia's population reached 1.25 million in 2023"]) == 0
    out = capsys.readouterr().out
    assert "places: Freedonia -> Freedonia" in out
    assert "measure population" in out and "freedonia-population-2023: 1.25 million (2023)" in out


def test_search_says_when_there_is_no_figure(base_file, capsys):
    assert main(["reference", "search", "-r", str(base_file), "Ruritania's population was 5 million in 2023"]) == 0
    assert "no figure: the claim is about Ruritania, for which the base has no population figure" in capsys.readouterr().out


def test_a_city_is_never_judged_by_its_country(base_file):
    from factcheck.api import check_text

    report = check_text("Fredville's population was 1.25 million in 2023.", load_reference([base_file]))
    [finding] = report.findings
    assert finding.verdict == "contradicted" and finding.figure.id == "fredville-population-2023"


def test_a_base_adds_words_to_a_shipped_measure(tmp_path):
    from factcheck.api import check_text

    path = tmp_path / "base.yaml"
    path.write_text(
        "source: {title: T}\nmeasures:\n  - {id: population, words: [souls]}\n"
        "figures:\n  - {entity: Freedonia, measure: population, period: 2023, value: 1250000}\n",
        encoding="utf-8",
    )
    base = load_reference([path])
    assert "home to" in base.vocabulary.measures["population"].words  # the shipped words stay
    [finding] = check_text("In 2023 Freedonia counted 1.25 million souls.", base).findings
    assert (finding.verdict, finding.figure.id) == ("supported", "freedonia-population-2023")


def test_a_part_is_never_judged_by_the_whole_and_the_message_says_so(tmp_path):
    from factcheck.api import check_text

    path = tmp_path / "base.yaml"
    path.write_text(
        "source: {title: T}\nentities:\n  - {id: guangxi, name: Guangxi, within: CHN}\n"
        "figures:\n  - {entity: China, measure: gdp, period: 2023, value: 17.8 trillion USD}\n",
        encoding="utf-8",
    )
    [finding] = check_text("Guangxi's GDP was $400 billion in 2023.", load_reference([path])).findings
    assert finding.verdict == "unverified" and finding.figure is None
    assert "no GDP figure for Guangxi (a part of China" in finding.message


def test_reference_check_warns_about_a_figure_no_claim_can_name(tmp_path, capsys):
    path = tmp_path / "base.yaml"
    path.write_text("source: {title: T}\nfigures:\n  - {id: x, subject: the total of it, value: 5}\n", encoding="utf-8")
    assert main(["reference", "check", str(path)]) == 0
    assert f"{path}:3: figure 'x': its subject and aliases have no word a claim could name" in capsys.readouterr().err


def test_control_characters_in_a_base_never_reach_the_terminal(tmp_path, capsys):
    path = tmp_path / "base.yaml"
    path.write_text(
        'source: {title: T}\nfigures:\n  - {entity: "\\x1b[31mRED\\u202e", measure: gdp, period: 2023, value: 5}\n', encoding="utf-8"
    )
    assert main(["reference", "check", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\u202e" not in out + err
    assert "\\x1b[31mRED\\u202e" in err
    path.write_text(
        'source: {title: T}\nfigures:\n  - {entity: France, measure: "\\x1b[2Jgdp", period: 2023, value: 5}\n', encoding="utf-8"
    )
    assert main(["reference", "check", str(path)]) == 2
    assert "\x1b" not in capsys.readouterr().err


def test_reference_check_warns_about_an_empty_file_but_not_a_file_of_declarations(tmp_path, capsys):
    (tmp_path / "empty.yaml").write_text("# nothing yet\n", encoding="utf-8")
    (tmp_path / "places.yaml").write_text("entities:\n  - {id: fredville, name: Fredville}\n", encoding="utf-8")
    (tmp_path / "base.yaml").write_text(
        "source: {title: T}\nfigures:\n  - {entity: fredville, measure: population, period: 2023, value: 5000}\n", encoding="utf-8"
    )
    assert main(["reference", "check", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert f"{tmp_path / 'empty.yaml'}: no figures, rates or declarations" in err
    assert "places.yaml" not in err


def test_reference_check_warns_of_a_level_that_cannot_be_zero_or_negative(run, tmp_path):
    base = tmp_path / "neg.yaml"
    base.write_text(
        "source: {title: t}\ndefaults: {measure: population}\nfigures:\n  - {entity: FRA, period: 2020, value: -5}\n"
        "  - {entity: ITA, period: 2020, value: 59000000}\n  - {entity: ITA, period: 2020, measure: trade-balance, value: -3 billion USD}\n",
        encoding="utf-8",
    )
    code, out, err = run("reference", "check", str(base))
    assert code == 0
    assert err.splitlines() == [
        f"factcheck: warning: {base}:4: figure 'fra-population-2020': -5 is not a possible population (a level of it is more than 0)"
    ]
