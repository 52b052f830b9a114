"""The World Bank base the linking dev set is checked against, imported once per test run.

It is imported from the Frictionless core packages in ../shared/peers/frictionless
with `factcheck reference import`, exactly as a user would. Where that folder is
absent (a clone on its own) the tests use world-bank-slice/ beside this file: the
same import cut to the entities the dev set names, from 2005 on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.figures import load_reference

FRICTIONLESS = Path(__file__).resolve().parents[2].parent / "shared" / "peers" / "frictionless"
IMPORTS = {  # file -> the import command's arguments, as the README gives them
    "gdp.yaml": ["gdp/datapackage.json", "--resource", "gdp", "--measure", "GDP", "--unit", "USD"],
    "population.yaml": ["population/datapackage.json"],
    "inflation.yaml": ["inflation/datapackage.json", "--resource", "inflation-consumer"],
}


SLICE = Path(__file__).with_name("world-bank-slice")


@pytest.fixture(scope="session")
def world_bank_folder(tmp_path_factory) -> Path:
    if not FRICTIONLESS.is_dir():
        return SLICE
    folder = tmp_path_factory.mktemp("world-bank")
    for name, args in IMPORTS.items():
        source, *options = args
        code = main(["reference", "import", str(FRICTIONLESS / source), *options, "-o", str(folder / name)])
        assert code == 0, name
    return folder


@pytest.fixture(scope="session")
def world_bank(world_bank_folder):
    return load_reference([world_bank_folder])
