"""`factcheck reference import`: data packages and CSV layouts in, a structured base that loads and links out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.api import check_text
from factcheck.cli import main
from factcheck.figures import load_reference

LONG = """Country Name,Country Code,Year,Value
Freedonia,FRE,2022,"1,234.5"
Freedonia,FRE,2023,1.3e+03
Viet Nam,VNM,2023,100352192
"Korea, Rep.",KOR,2023,51712619
"""


def run(*args: str) -> int:
    return main(["reference", "import", *args])


def test_a_data_package_gives_its_source_title_publisher_url_and_licence(tmp_path, capsys):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "population.csv").write_text(LONG, encoding="utf-8")
    (tmp_path / "datapackage.json").write_text(
        json.dumps(
            {
                "name": "population",
                "title": "Population figures",
                "sources": [{"name": "World Bank", "path": "https://example.org/SP.POP.TOTL"}],
                "licenses": [{"name": "ODC-PDDL-1.0"}],
                "resources": [{"name": "population", "path": "data/population.csv"}],
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "base" / "population.yaml"
    assert run(str(tmp_path / "datapackage.json"), "-o", str(out)) == 0
    base = load_reference([out])
    figure = base.by_id["vnm-population-2023"]
    assert (*figure.key, figure.quantity.value) == ("VNM", "population", 100352192.0)
    assert (figure.source.title, figure.source.publisher, figure.source.url, figure.source.licence) == (
        "Population figures",
        "World Bank",
        "https://example.org/SP.POP.TOTL",
        "ODC-PDDL-1.0",
    )
    assert base.by_id["fre-population-2022"].quantity.value == 1234.5  # "1,234.5"
    assert base.by_id["fre-population-2023"].quantity.value == 1300.0  # "1.3e+03"
    assert "4 figures of population" in capsys.readouterr().err


def test_a_package_with_several_resources_asks_for_one(tmp_path, capsys):
    (tmp_path / "a.csv").write_text(LONG, encoding="utf-8")
    (tmp_path / "datapackage.json").write_text(
        json.dumps({"name": "x", "title": "X", "resources": [{"name": "one", "path": "a.csv"}, {"name": "two", "path": "a.csv"}]}),
        encoding="utf-8",
    )
    assert run(str(tmp_path / "datapackage.json"), "-o", str(tmp_path / "o.yaml"), "--measure", "GDP") == 2
    assert "--resource (one, two)" in capsys.readouterr().err
    assert run(str(tmp_path / "datapackage.json"), "--resource", "three", "-o", str(tmp_path / "o.yaml"), "--measure", "GDP") == 2


def test_a_resource_path_cannot_leave_the_package(tmp_path, capsys):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "secret.csv").write_text(LONG, encoding="utf-8")
    (tmp_path / "pkg" / "datapackage.json").write_text(
        json.dumps({"title": "X", "resources": [{"name": "one", "path": "../secret.csv"}]}), encoding="utf-8"
    )
    assert run(str(tmp_path / "pkg" / "datapackage.json"), "-o", str(tmp_path / "o.yaml"), "--measure", "GDP") == 2
    assert "leaves the package folder" in capsys.readouterr().err


def test_a_csv_needs_a_source(tmp_path, capsys):
    (tmp_path / "gdp.csv").write_text(LONG, encoding="utf-8")
    assert run(str(tmp_path / "gdp.csv"), "--measure", "GDP", "--unit", "USD", "-o", str(tmp_path / "o.yaml")) == 2
    assert "needs a source" in capsys.readouterr().err
    assert not (tmp_path / "o.yaml").exists()


def test_bad_rows_are_reported_with_their_line_and_the_rest_imported(tmp_path, capsys):
    (tmp_path / "gdp.csv").write_text(LONG + "Freedonia,FRE,2024,lots\nFreedonia,FRE,20x4,12\nFreedonia,FRE,2021,\n", encoding="utf-8")
    out = tmp_path / "gdp.yaml"
    assert (
        run(
            str(tmp_path / "gdp.csv"),
            "--measure",
            "GDP",
            "--unit",
            "USD",
            "--source-title",
            "T",
            "--source-url",
            "https://example.org/u",
            "-o",
            str(out),
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "gdp.csv:6: cannot read value 'lots'" in err
    assert "gdp.csv:7: cannot read period '20x4'" in err
    assert "1 empty, 2 bad" in err
    assert len(load_reference([out]).figures) == 4


def test_wide_world_bank_layout(tmp_path):
    (tmp_path / "wide.csv").write_text(
        "Country Name,Country Code,2021,2022,2023\nEgypt, Arab Rep.,EGY,1,2,\n".replace("Egypt, Arab Rep.", '"Egypt, Arab Rep."'),
        encoding="utf-8",
    )
    out = tmp_path / "wide.yaml"
    assert run(str(tmp_path / "wide.csv"), "--measure", "inflation", "--publisher", "P", "-o", str(out)) == 0
    base = load_reference([out])
    assert sorted(f.id for f in base.figures) == ["egy-inflation-2021", "egy-inflation-2022"]
    assert base.by_id["egy-inflation-2022"].quantity.unit == "percent"


def test_tidy_layout_with_several_measures_and_units(tmp_path, capsys):
    (tmp_path / "tidy.csv").write_text(
        "entity,measure,period,value,unit\nUnited Kingdom,GDP,2023,3.34e12,USD\nUnited Kingdom,population,2023,68492933,\n"
        "Ruritania,widget output,2023,12,tonne\n",
        encoding="utf-8",
    )
    out = tmp_path / "tidy.yaml"
    assert run(str(tmp_path / "tidy.csv"), "--source-title", "T", "-o", str(out)) == 0
    base = load_reference([out])
    assert base.by_id["gbr-gdp-2023"].quantity.unit == "USD"
    assert base.by_id["gbr-population-2023"].quantity.unit is None
    widget = base.by_id["ruritania-widget-output-2023"]
    assert (*widget.key, widget.quantity.unit) == ("Ruritania", "widget-output", "metric_ton")
    assert "1 entity names not recognised (e.g. Ruritania)" in capsys.readouterr().err


def test_an_imported_base_links_claims_by_entity_and_measure(tmp_path):
    (tmp_path / "pop.csv").write_text(LONG, encoding="utf-8")
    out = tmp_path / "pop.yaml"
    assert run(str(tmp_path / "pop.csv"), "--measure", "population", "--source-title", "T", "-o", str(out)) == 0
    base = load_reference([out])
    report = check_text("Vietnam's population passed 100 million in 2023. South Korea had 60 million people in 2023.", base)
    verdicts = [(f.claim.text, f.verdict, f.figure.id if f.figure else None) for f in report.findings]
    assert verdicts == [("100 million", "supported", "vnm-population-2023"), ("60 million", "contradicted", "kor-population-2023")]


def test_the_input_is_never_overwritten(tmp_path, capsys):
    source = tmp_path / "gdp.csv"
    source.write_text(LONG, encoding="utf-8")
    assert run(str(source), "--measure", "GDP", "--source-title", "T", "-o", str(source)) == 2
    assert source.read_text(encoding="utf-8") == LONG


FRICTIONLESS = Path(__file__).resolve().parents[1].parent / "shared" / "peers" / "frictionless"
PACKAGES = [  # every package of ../shared/peers/frictionless that holds figures by country and year
    ("gdp", ["--resource", "gdp", "--measure", "GDP", "--unit", "USD"], 13979),
    ("population", [], 17195),
    ("inflation", ["--resource", "inflation-consumer"], 13778),
    ("inflation", ["--resource", "inflation-gdp", "--measure", "GDP deflator"], None),
    ("cpi", [], 11182),
    ("co2-fossil-by-nation", ["--measure", "CO2 emissions", "--unit", "kilotonne"], None),
]


@pytest.mark.skipif(not FRICTIONLESS.is_dir(), reason="../shared/peers/frictionless is absent")
@pytest.mark.parametrize(("package", "options", "figures"), PACKAGES, ids=[f"{p}{o[1] if o else ''}" for p, o, _ in PACKAGES])
def test_every_frictionless_package_by_country_and_year_imports(tmp_path, package, options, figures):
    out = tmp_path / f"{package}.yaml"
    assert run(str(FRICTIONLESS / package / "datapackage.json"), *options, "-o", str(out)) == 0
    base = load_reference([out])
    if figures is not None:
        assert len(base.figures) == figures
    assert all(f.key and f.source.url for f in base.figures)


def test_a_table_of_records_with_a_scale_in_its_header(tmp_path):
    """One row an entity, one numeric column a measure: 'viewers (million)' is in millions."""
    (tmp_path / "episodes.csv").write_text(
        "title,directed by,us viewers (million),share (%)\nwinds of war,Ann Director,3.63,4\nthe best of friends,Bo Director,3.04,5\n",
        encoding="utf-8",
    )
    out = tmp_path / "episodes.yaml"
    assert run(str(tmp_path / "episodes.csv"), "--entity-column", "title", "--row-names", "--source-title", "T", "-o", str(out)) == 0
    base = load_reference([out])
    figure = base.by_id["row-2-us-viewers"]
    assert (figure.quantity.value, figure.period) == (3.63e6, None)
    assert base.by_id["row-3-share"].quantity.unit == "percent"
    [finding] = check_text("The episode directed by Bo Director drew 3.04 million US viewers.", base).findings
    assert (finding.verdict, finding.figure.id) == ("supported", "row-3-us-viewers")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00b\x00i\x00n", "not readable as CSV text"),
        (b'Country Name,Country Code,Year,Value\nX,XXX,2020,"' + b"9" * 200_000 + b'"\n', "not readable as CSV text"),
        (b"", "empty CSV"),
        (b"a,b\n1,2\n", "no entity column"),
    ],
)
def test_hostile_csv_gives_one_line_and_exit_2(tmp_path, capsys, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert run(str(path), "--measure", "GDP", "--source-title", "T", "-o", str(tmp_path / "o.yaml")) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    ("label", "measure", "unit"),
    [
        ("GDP (current US$)", "gdp", "USD"),
        ("GDP per capita (current US$)", "gdp-per-capita", "USD"),
        ("Central government debt, total (% of GDP)", "government-debt-to-gdp", "percent"),
        ("Inflation, consumer prices (annual %)", "inflation", "percent"),
        ("Population, total", "population", None),
        ("Unemployment, total (% of total labor force)", "unemployment", "percent"),
        ("CO2 emissions (metric tons per capita)", "co2-emissions-per-capita", "metric_ton"),
        ("Life expectancy at birth, total (years)", "life-expectancy", "year"),
        ("Population density (people per sq. km of land area)", "population-density", "count/km**2"),
        ("Widgets per hectare", None, None),
    ],
)
def test_a_statistics_office_label_names_the_measure_and_its_unit(label, measure, unit):
    from factcheck.importer import read_label

    assert read_label(label) == (measure, unit)


def test_tidy_rows_take_the_unit_from_their_measure_label(tmp_path):
    (tmp_path / "wdi.csv").write_text(
        'entity,measure,period,value\nFrance,GDP (current US$),2023,3.03e12\nFrance,"Central government debt, total (% of GDP)",2023,111.8\n',
        encoding="utf-8",
    )
    out = tmp_path / "wdi.yaml"
    assert run(str(tmp_path / "wdi.csv"), "--source-title", "WDI", "-o", str(out)) == 0
    base = load_reference([out])
    assert base.by_id["fra-gdp-2023"].quantity.unit == "USD"
    debt = base.by_id["fra-government-debt-to-gdp-2023"]
    assert debt.quantity.unit == "percent"
    [finding] = check_text("France's debt reached 112 percent of GDP in 2023.", base).findings
    assert (finding.verdict, finding.figure.id) == ("supported", "fra-government-debt-to-gdp-2023")


def test_a_world_bank_download_with_its_metadata_lines_and_indicator_column(tmp_path):
    """The CSV the World Bank's site gives: metadata rows before the header, one column a year, the indicator named in a column."""
    (tmp_path / "API_NY.GDP.MKTP.CD.csv").write_text(
        '"Data Source","World Development Indicators",\n\n"Last Updated Date","2024-06-28",\n\n'
        '"Country Name","Country Code","Indicator Name","Indicator Code","2022","2023",\n'
        '"Viet Nam","VNM","GDP (current US$)","NY.GDP.MKTP.CD","410324028892.1","429716969043.1",\n',
        encoding="utf-8",
    )
    out = tmp_path / "gdp.yaml"
    assert run(str(tmp_path / "API_NY.GDP.MKTP.CD.csv"), "--source-title", "WDI", "-o", str(out)) == 0
    base = load_reference([out])
    figure = base.by_id["vnm-gdp-2023"]
    assert (figure.key.measure, figure.quantity.unit, figure.quantity.value) == ("gdp", "USD", 429716969043.1)
    [finding] = check_text("Vietnam's economy was worth $430 billion in 2023.", base).findings
    assert finding.verdict == "supported"


@pytest.mark.parametrize(
    ("csv_text", "options", "expected"),
    [
        (
            "Entity,Code,Year,Population (historical)\nViet Nam,VNM,2023,100352192\nWorld,OWID_WRL,2023,8064000000\n",
            [],
            {"vnm-population-2023": 100352192, "wld-population-2023": 8064000000},
        ),
        (
            "STRUCTURE,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE\nDATAFLOW,FRA,UNE,2023,7.3\nDATAFLOW,DEU,UNE,2023,3.0\n",
            ["--measure", "unemployment"],
            {"fra-unemployment-2023": 7.3, "deu-unemployment-2023": 3.0},
        ),
    ],
    ids=["our world in data", "sdmx"],
)
def test_other_offices_column_names(tmp_path, csv_text, options, expected):
    (tmp_path / "data.csv").write_text(csv_text, encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert run(str(tmp_path / "data.csv"), *options, "--source-title", "T", "-o", str(out)) == 0
    base = load_reference([out])
    assert {f.id: f.quantity.value for f in base.figures} == expected


@pytest.mark.skipif(not FRICTIONLESS.is_dir(), reason="../shared/peers/frictionless is absent")
def test_a_resource_gets_its_own_source_when_a_package_lists_one_a_resource(tmp_path):
    out = tmp_path / "inflation.yaml"
    assert run(str(FRICTIONLESS / "inflation" / "datapackage.json"), "--resource", "inflation-consumer", "-o", str(out)) == 0
    assert load_reference([out]).figures[0].source.url.endswith("FP.CPI.TOTL.ZG")  # consumer prices, not the GDP deflator


def test_a_data_package_that_is_not_text_gives_one_line(tmp_path, capsys):
    (tmp_path / "datapackage.json").write_bytes(b"\xff\xfe\x00{")
    assert run(str(tmp_path / "datapackage.json"), "-o", str(tmp_path / "o.yaml")) == 2
    err = capsys.readouterr().err
    assert "not a readable data package" in err and "Traceback" not in err
