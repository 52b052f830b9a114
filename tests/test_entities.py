"""Places: every row of data/places.yaml resolves from its own example, and the names news uses resolve."""

from __future__ import annotations

import pytest
import yaml

from factcheck.entities import DATA, world

PLACES = yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf-8"))
ROWS = [(code, entry) for section in ("countries", "aggregates") for code, entry in PLACES[section].items()]


@pytest.mark.parametrize(("code", "entry"), ROWS, ids=[code for code, _ in ROWS])
def test_each_row_is_found_in_its_example(code, entry):
    found = {m.entity for m in world().mentions(entry["example"])}
    assert code in found, entry["example"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Korea, Rep.", "KOR"),
        ("KOREA, REPUBLIC OF", "KOR"),
        ("Korea, South", "KOR"),
        ("Korea, Dem. People's Rep.", "PRK"),
        ("Egypt, Arab Rep.", "EGY"),
        ("Viet Nam", "VNM"),
        ("Russian Federation", "RUS"),
        ("St. Lucia", "LCA"),
        ("Macedonia, FYR", "MKD"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Gambia, The", "GMB"),
        ("Iran, Islamic Rep.", "IRN"),
        ("Hong Kong SAR, China", "HKG"),
        ("FRANCE (INCLUDING MONACO)", "FRA"),
        ("United Kingdom", "GBR"),
        ("USA", "USA"),
        ("Euro area", "EMU"),
        ("World", "WLD"),
        ("Turkiye", "TUR"),
        ("FR", "FRA"),
        ("VN", "VNM"),
        ("DEU", "DEU"),
    ],
)
def test_official_spellings_resolve(name, code):
    assert world().resolve(name) == code


@pytest.mark.parametrize("name", ["East Asia & Pacific (excluding high income)", "Narnia", "", "Lagos"])
def test_what_is_not_a_known_place_stays_unknown(name):
    assert world().resolve(name) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. economy", ["USA"]),
        ("the US and the UK", ["USA", "GBR"]),
        ("Britain's output", ["GBR"]),
        ("America's GDP", ["USA"]),
        ("South Korea and North Korea", ["KOR", "PRK"]),
        ("the German economy", ["DEU"]),
        ("the world's population", ["WLD"]),
        ("Viet Nam's exports", ["VNM"]),
        ("the eurozone", ["EMU"]),
        ("worth 25 trillion U.S. dollars", []),
        ("a US$5bn deal", []),
        ("Chinese yuan", []),
        ("tell us more", []),
        ("IT spending and AT&T", []),  # alpha-2 codes name places in a base, never in a draft
    ],
)
def test_places_in_text(text, expected):
    assert [m.entity for m in world().mentions(text)] == expected


def test_a_mention_covers_the_name_without_its_possessive():
    [mention] = world().mentions("South Korea's GDP")
    assert mention.text == "South Korea"


ELSEWHERE = PLACES["elsewhere"]


@pytest.mark.parametrize("entry", ELSEWHERE, ids=[e["name"] for e in ELSEWHERE])
def test_a_place_that_holds_a_country_name_is_not_that_country(entry):
    mentions = world().mentions(entry["example"])
    assert mentions and mentions[0].entity == "" and mentions[0].text.lower().endswith(entry["name"].lower().removeprefix("the "))
    assert world().resolve(entry["name"]) is None


AMBIGUOUS = PLACES["ambiguous"]


@pytest.mark.parametrize("entry", AMBIGUOUS, ids=[e["name"] for e in AMBIGUOUS])
def test_an_ambiguous_name_is_known_as_such(entry):
    [mention] = world().mentions(entry["example"])[:1]
    assert mention.entity and world().is_ambiguous(mention)
