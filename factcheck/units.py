"""Physical units: one pint registry, built on first use and shared.

Building a pint registry costs a sizeable part of a cold start, so nothing
here touches pint until a claim and a figure need converting between two
different physical units, or a reference value names a unit our grammar
does not know.
"""

from __future__ import annotations

from functools import lru_cache

from .extract.grammar import PERCENT_UNITS, PHYSICAL_UNITS

_KNOWN_DIMENSIONS = {u.name: u.dimension for u in (*PHYSICAL_UNITS, *PERCENT_UNITS)}


@lru_cache(maxsize=1)
def registry():
    import pint

    units = pint.UnitRegistry(autoconvert_offset_to_baseunit=True, on_redefinition="ignore")
    units.define("ppb = 1e-9 = parts_per_billion")  # pint has ppm but not ppb
    # A barrel in news and energy statistics (EIA, OPEC, the IEA) is the oil barrel of 42 US gallons, not pint's
    # US fluid barrel of 31.5: "2 million barrels (318,000 cubic metres)" is right, and was called a third too high.
    units.define("barrel = 42 * gallon = bbl")
    return units


def dimension(unit: str | None) -> str:
    """What a unit measures: 'money', 'count', 'percent', 'percentage_point' or a pint dimensionality."""
    if unit is None:
        return "count"
    if unit in ("percent", "percentage_point", "basis_point"):
        return "percentage_point" if unit == "basis_point" else unit
    if len(unit) == 3 and unit.isupper():
        return "money"
    if unit in _KNOWN_DIMENSIONS:
        return _KNOWN_DIMENSIONS[unit]
    if "/" in unit and unit.split("/")[0].strip().isupper():
        return unit  # a price per something ("USD/share"): only the same rate compares
    try:
        return str(registry()(unit).dimensionality)
    except Exception:  # "count/100000 people": a rate of a count per a noun
        return unit


DENSITY = "1 / [length] ** 2"  # a count over an area: people per square kilometre


def fits(claim_dimension: str, figure_dimension: str) -> bool:
    """Whether a claim of one dimension can be about figures of another: the same dimension, or a bare number
    about a density ("a population density of 1,300"), which is read in the figure's unit."""
    return claim_dimension == figure_dimension or (claim_dimension == "count" and figure_dimension == DENSITY)


def canonical_name(text: str) -> str | None:
    """The pint name of a unit written in a reference value ('furlongs' -> 'furlong'); None if unknown."""
    import pint

    try:
        unit = registry().parse_units(text.strip().replace(" ", "_"))
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError, ValueError, TypeError):
        try:
            unit = registry().parse_units(text.strip().rstrip("s"))
        except Exception:
            return None
    return str(unit)


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert between physical units (or percent and basis points)."""
    if from_unit == to_unit:
        return value
    if {from_unit, to_unit} == {"percentage_point", "basis_point"}:
        return value * 100 if to_unit == "basis_point" else value / 100
    reg = registry()
    return reg.Quantity(value, from_unit).to(to_unit).magnitude
