"""Score factcheck's extractor on the test suites other quantity extractors publish.

Reads the suites in place (default ../shared/peers beside the project, or the
folder given), runs `factcheck extract`'s own pipeline on every case, maps the
suite's expected values and units onto factcheck's, and prints per suite:
cases, passed, precision/recall/F1 on values and on value+unit, and each
failing case with what factcheck produced. Nothing of the suites is copied:
cases are read from the peers' files at run time.

Mapping (printed with --mapping):
- A share written as a fraction ("one in five", "two thirds of") is 20 and
  66.7 percent to factcheck, 0.2 and 0.667 (no unit) to the suites.
- A value matches when it is equal to 1e-9 relative. A range matches by its
  midpoint (quantulum3 states ranges as midpoint +- half-width) or, in
  Recognizers' range suites, by its two ends and whether they are open.
- Units are compared through pint (same dimension, conversion factor 1), with
  ISO 4217 codes for money. A suite's sub-unit of money is mapped to its main
  unit (50 cents -> 0.50 USD, 470 pence -> 4.70 GBP), and a dozen to 12.
- A suite scores only factcheck's claims of its own type: Currency suites the
  money claims, Dimension suites the physical non-time, non-temperature ones,
  Temperature the temperatures, Age the durations, Percent the percentages,
  Number suites the number of every claim without a physical unit (their
  models leave "180ml" to the unit models); quantulum3 every claim.
- One amount written in several units ("3 years, 2 months") is one
  quantity in the first unit, as Duckling states it; a suite that lists
  the parts (quantulum3) has them merged (see merge_compound_amounts).
- Cases judged not applicable are listed with the reason, and left out of the
  scores; see NOT_APPLICABLE_RULES and the per-case reasons below.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.document import Document  # noqa: E402
from factcheck.extract import grammar as G  # noqa: E402
from factcheck.extract.claims import extract_claims  # noqa: E402
from factcheck.model import Claim  # noqa: E402

DEFAULT_PEERS = ROOT.parent / "shared" / "peers"
TEMPERATURES = {"degree_Celsius", "degree_Fahrenheit", "kelvin", "degree"}
TIMES = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


@dataclass
class Expected:
    value: float | None
    unit: str | None  # factcheck's unit name, "*" for any unit, or a family like "franc"
    surface: str
    interval: tuple | None = None  # (low, low_open, high, high_open) for range suites


@dataclass
class Case:
    suite: str
    index: int
    text: str
    expected: list[Expected]
    not_applicable: str | None = None


@dataclass
class Score:
    cases: int = 0
    passed: int = 0
    not_applicable: int = 0
    expected: int = 0
    produced: int = 0
    value_hits: int = 0
    unit_hits: int = 0
    failures: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.produced if self.produced else 1.0
        r = hits / self.expected if self.expected else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- unit mapping ---------------------------------------------------------

# fmt: off
MONEY_NAMES = {  # suite currency names -> (ISO code or family, factor to the main unit)
    "dollar": ("USD", 1), "pound sterling": ("GBP", 1), "pound": ("GBP", 1), "euro": ("EUR", 1),
    "cent": ("USD", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01), "dime": ("USD", 0.1),
    "franc": ("franc", 1), "peseta": ("ESP", 1), "finnish markka": ("FIM", 1),
    "netherlands guilder": ("NLG", 1), "rupee": ("rupee", 1), "bitcoin": ("BTC", 1),
    "satoshi": ("BTC", 1e-8),
}
# fmt: on
FAMILIES = {"franc": {"CHF", "FRF", "BEF", "LUF", "XOF", "XAF"}, "rupee": {"INR", "PKR", "LKR", "NPR"}}
# fmt: off
PINT_NAMES = {  # suite unit names pint does not read as written
    "degree celsius": "degree_Celsius", "degree fahrenheit": "degree_Fahrenheit", "c": "degree_Celsius",
    "f": "degree_Fahrenheit", "degree": "degree", "pound-mass": "pound", "ton": "ton*",
    "metric ton": "metric_ton", "tonne": "metric_ton", "count per week": "1/week", "age": "year",
    "ton per day": "ton*/day", "bit": "bit", "megabit": "megabit", "megabyte": "megabyte",
}
# fmt: on


def _pint():
    from factcheck.units import registry

    return registry()


def pint_unit(name: str):
    """A suite's unit name as a pint unit, or None."""
    name = name.strip()
    name = PINT_NAMES.get(name.lower(), name).replace("ton*", "metric_ton")
    name = re.sub(r"\binverse (\w+)", r"1/\1", name)
    name = re.sub(r"\bper\b", "/", name)
    name = re.sub(r"\b(square|cubic) (\w+)", lambda m: f"{m[2]}**{2 if m[1] == 'square' else 3}", name)
    for variant in (name, name.lower(), name.replace(" ", "_"), name.lower().replace(" ", "_")):
        try:
            return _pint().parse_units(variant)
        except Exception:
            continue
    return None


def same_unit(expected: str | None, ours: str | None) -> bool:
    if expected == "*":
        return True
    if expected is None or ours is None:
        return expected == ours
    if expected in FAMILIES:
        return ours in FAMILIES[expected]
    if (expected.isupper() and len(expected) == 3) or (ours.isupper() and len(ours) == 3):
        return expected == ours
    if "/" in expected and expected.split("/")[0].isupper():
        money, _, per = expected.partition("/")
        return ours.startswith(money + "/") and same_unit(per, ours.partition("/")[2])
    if expected in ("percent", "percentage_point") or ours in ("percent", "percentage_point", "basis_point"):
        return expected == ours
    if expected.lower() in ("ton*", "ton"):
        return ours in ("metric_ton", "ton", "long_ton")
    a, b = pint_unit(expected), pint_unit(ours)
    if a is None or b is None:
        return False
    try:
        return a.dimensionality == b.dimensionality and math.isclose(_pint().Quantity(1, b).to(a).magnitude, 1, rel_tol=1e-6)
    except Exception:
        return False


# -- loading the suites ---------------------------------------------------


def load_quantulum(peers: Path) -> list[Case]:
    cases = []
    for index, raw in enumerate(json.loads((peers / "quantulum3" / "quantities.json").read_text())):
        expected = []
        for r in raw["res"]:
            unit, value = _quantulum_unit(r["unit"], r["value"])
            expected.append(Expected(value, unit, r["surface"]))
        cases.append(Case("quantulum3 quantities.json", index, raw["req"], expected))
    return cases


def _quantulum_unit(name: str, value: float) -> tuple[str | None, float]:
    low = name.lower()
    if low == "dimensionless":
        return None, value
    if low == "percentage":
        return "percent", value
    if low in ("dozen", "gross", "baker's dozen"):
        return None, value * {"dozen": 12, "gross": 144, "baker's dozen": 13}[low]
    for money, (code, factor) in MONEY_NAMES.items():
        if low == money or low.startswith(money + " per "):
            rest = low[len(money) :].replace(" per ", "", 1).strip()
            return (f"{code}/{rest}" if rest else code), value * factor
    return name, value


# Duckling's English corpora: one suite a dimension, scored as the like Recognizers suite is.
# fmt: off
DUCKLING_KINDS = {"Numeral": "number", "Ordinal": "ordinal", "AmountOfMoney": "currency", "Quantity": "quantulum",
                  "Distance": "dimension", "Volume": "dimension", "Temperature": "temperature", "Duration": "age"}
# fmt: on
# fmt: off
DUCKLING_UNITS = {  # duckling's constructor names -> factcheck's (pint names, ISO codes), with a factor to the main unit
    "Dollar": ("USD", 1), "Cent": ("USD", 0.01), "Unnamed": ("*", 1), "Kilometre": ("kilometer", 1), "Metre": ("meter", 1),
    "Centimetre": ("centimeter", 1), "Millimetre": ("millimeter", 1), "Mile": ("mile", 1), "Inch": ("inch", 1),
    "Foot": ("foot", 1), "Yard": ("yard", 1), "Litre": ("liter", 1), "Millilitre": ("milliliter", 1),
    "Hectolitre": ("hectoliter", 1), "Gallon": ("gallon", 1), "Gram": ("gram", 1), "Ounce": ("ounce", 1), "Cup": ("cup", 1),
    "Degree": ("degree", 1), "Celsius": ("degree_Celsius", 1), "Fahrenheit": ("degree_Fahrenheit", 1),
    "Second": ("second", 1), "Minute": ("minute", 1), "Hour": ("hour", 1), "Day": ("day", 1), "Week": ("week", 1),
    "Month": ("month", 1), "Year": ("year", 1),
}
# fmt: on


def load_duckling(peers: Path) -> dict[str, tuple[str, list[Case]]]:
    path = peers / "duckling" / "duckling_en.jsonl"
    suites: dict[str, tuple[str, list[Case]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        dimension = row["dimension"]
        name = f"Duckling {dimension}"
        kind = DUCKLING_KINDS[dimension]
        cases = suites.setdefault(name, (kind, []))[1]
        unit_name = row.get("unit")
        if unit_name == "Pound":
            unit, factor = ("GBP", 1) if dimension == "AmountOfMoney" else ("pound", 1)
        elif unit_name is None:
            unit, factor = "*", 1
        else:
            unit, factor = DUCKLING_UNITS.get(unit_name, (unit_name, 1))
        ends = [v for v in (row.get("min"), row.get("max")) if v is not None]
        value = row["value"] if row.get("value") is not None else (sum(ends) / len(ends) if ends else None)
        expected = [Expected(value * factor if value is not None else None, unit, row["text"])]
        case = Case(name, len(cases), row["text"], expected)
        if row.get("latent"):
            case.not_applicable = "a bare number duckling returns as a quantity only when asked for latent matches"
        cases.append(case)
    return suites


# The suites issue 3's targets name: NumberWithUnit (currency, dimension, temperature, age), Number and Percent.
TARGET_SUITES = (
    "Recognizers NumberModel",
    "Recognizers PercentModel",
    "Recognizers CurrencyModel",
    "Recognizers DimensionModel",
    "Recognizers TemperatureModel",
    "Recognizers AgeModel",
)
RT_SUITES = {
    # file: (suite type, which of our claims it scores)
    "Number/English/NumberModel.json": "number",
    "Number/English/NumberModelPercentMode.json": "number",
    "Number/English/NumberModelExperimentalMode.json": "number",
    "Number/English/PercentModel.json": "percent",
    "Number/English/PercentModelPercentMode.json": "percent",
    "Number/English/OrdinalModel.json": "ordinal",
    "Number/English/OrdinalModelSuppressExtendedTypes.json": "ordinal",
    "Number/English/NumberRangeModel.json": "range",
    "Number/English/NumberRangeModelExperimentalMode.json": "range",
    "NumberWithUnit/English/CurrencyModel.json": "currency",
    "NumberWithUnit/English/DimensionModel.json": "dimension",
    "NumberWithUnit/English/TemperatureModel.json": "temperature",
    "NumberWithUnit/English/AgeModel.json": "age",
}


def load_recognizers(peers: Path) -> dict[str, list[Case]]:
    suites = {}
    for relative, kind in RT_SUITES.items():
        path = peers / "recognizers-text" / relative
        if not path.exists():
            continue
        name = "Recognizers " + Path(relative).stem
        cases = []
        for index, raw in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
            expected = [e for e in (_rt_expected(r, kind) for r in raw.get("Results", [])) if e is not None]
            case = Case(name, index, raw["Input"], expected)
            if raw.get("NotSupportedByDesign"):
                case.not_applicable = "marked NotSupportedByDesign by the suite itself"
            cases.append(case)
        suites[name] = (kind, cases)
    return suites


def _rt_expected(result: dict, kind: str) -> Expected | None:
    resolution = result.get("Resolution") or {}
    raw = resolution.get("value")
    surface = result.get("Text", "")
    if kind == "range":
        m = re.fullmatch(r"([\[(])(-?[\d.E+-]*),(-?[\d.E+-]*)([\])])", raw or "")
        if not m:
            return Expected(None, None, surface)
        low = float(m[2]) if m[2] else None
        high = float(m[3]) if m[3] else None
        return Expected(None, None, surface, (low, m[1] == "(", high, m[4] == ")"))
    if raw is None:
        return Expected(None, None, surface)
    try:
        value = float(raw.rstrip("%"))
    except ValueError:  # "null" for a bare "percent", "end+0" for "last"
        return Expected(None, None, surface)
    unit = resolution.get("unit")
    if kind == "number" or kind == "ordinal":
        return Expected(value, "*", surface)
    if kind == "percent":
        return Expected(value, "percent", surface)
    if kind == "currency":
        iso = resolution.get("isoCurrency")
        if iso:
            return Expected(value, iso, surface)
        code, factor = MONEY_NAMES.get(unit.lower(), (unit, 1))
        return Expected(value * factor, code, surface)
    return Expected(value, unit, surface)


# -- what is out of scope, and why ----------------------------------------


def not_applicable(case: Case, kind: str) -> str | None:
    """Cases whose expectation contradicts what factcheck is for, with the reason."""
    if case.not_applicable:
        return case.not_applicable
    if (case.suite, case.index) in NOT_APPLICABLE:
        return NOT_APPLICABLE[(case.suite, case.index)]
    if kind == "ordinal":
        return "ordinals are claims only where they are ranks ('third-largest'); positions and relative ordinals are not checkable figures"
    text = case.text
    if re.search(r"\b\d+(?:\.\d+){3}\b", text):
        return "an IP address is an identifier, not a quantity"
    if re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", text):
        return "a date is not a quantity (factcheck reads dates as periods)"
    if re.search(r"\+\d[-\d/]{8,}", text):
        return "a phone number is not a quantity"
    if re.search(r"\d\^|x10\^|\d×10", text):
        return "arithmetic and powers ('1.1^23') are not how figures are quoted in prose"
    if any(" over " in e.surface for e in case.expected):
        return "'one over three' is spoken arithmetic; in prose 'over' is a hedge ('over 80 percent')"
    if kind == "percent" and re.match(r"\s*(?:percents?|per cent) of", text):
        return "'percent of 10' puts the unit first: in prose it reads as a share of 10, not as 10 percent"
    if kind == "number" and case.suite.endswith("PercentMode"):
        return "states 'one out of three' as two numbers, against NumberModel's 0.333 for the same words; factcheck reads a share"
    if re.search(r"\bnrs?\.", text):
        return "exercise numbers ('nr. 22') are labels, not quantities"
    return None


def drop_out_of_scope(case: Case) -> list[str]:
    """Remove the expectations factcheck does not make by design; say which and why."""
    notes, kept = [], []
    for e in case.expected:
        if e.value is None and e.interval is None:
            notes.append(f"{e.surface!r}: a unit name without a number is not a quantity claim")
        elif (
            e.unit in (None, "*")
            and e.value is not None
            and e.value == int(e.value)
            and 1800 <= e.value <= 2100
            and re.search(rf"(?<![$€£¥\d,.])\b{int(e.value)}s?\b(?![ \t]*(?:%|percent|dollars|yuan|euros))", case.text)
        ):
            notes.append(f"{e.surface!r}: a year is the period a claim speaks of, not a quantity")
        else:
            kept.append(e)
    case.expected = kept
    return notes


_COMPOUND = {row.larger: row for row in G.COMPOUND_UNITS}


def merge_compound_amounts(case: Case) -> list[str]:
    """Join a suite's parts of one amount ("3 years, 2 months") into one expectation in the first unit.

    factcheck (like Duckling) reads "2 years and 6 months" as one duration of
    2.5 years; quantulum3 lists each part. Merged parts are scored as one.
    """
    notes: list[str] = []
    merged: list[tuple[Expected, str | None, float, int]] = []  # (expectation, last unit, its size in the first, end in text)
    for e in case.expected:
        start = case.text.find(e.surface, merged[-1][3] if merged else 0)
        if merged and start >= 0 and e.value is not None:
            first, last_unit, size, end = merged[-1]
            row = _COMPOUND.get(last_unit or "")
            between = case.text[end:start]
            if row and e.unit == row.smaller and re.fullmatch(r",?\s*(?:and\s+)?", between):
                combined = Expected(
                    first.value + e.value * size / row.per, first.unit, case.text[end - len(first.surface) : start + len(e.surface)]
                )
                combined.surface = first.surface + between + e.surface
                merged[-1] = (combined, e.unit, size / row.per, start + len(e.surface))
                notes.append(f"{combined.surface!r}: one amount in several units, scored as {combined.value:g} {combined.unit}")
                continue
        merged.append((e, e.unit, 1.0, start + len(e.surface) if start >= 0 else 0))
    case.expected = [m[0] for m in merged]
    return notes


_Q = "quantulum3 quantities.json"
_RN = "Recognizers NumberModel"
NOT_APPLICABLE: dict[tuple[str, int], str] = {
    (_Q, 3): "'Voyager 2', 'SCP 06F6': a number inside a name is not a quantity",
    (_Q, 4): "'English 101' is a course name",
    (_Q, 47): "'South 32 Ltd' is a company name",
    (_Q, 52): "'A baker's dozen is exactly 13 units whilst a gross is 144': definitions of counting words, not claims",
    (_Q, 53): "'One gigaannum (1Ga) is a unit': the definition of a unit, not a quantity claim",
    (_Q, 61): "'Intel Core i7 860', 'LGA1156': model numbers",
    (_Q, 68): "'absolute zero' is a named point, not a written quantity",
    (_RN, 189): "'SCP-173' is an identifier",
    (_RN, 232): "'three-nought-four' is a code read out digit by digit",
}


# -- scoring --------------------------------------------------------------


def ours_for(kind: str, claims: list[Claim]) -> list[Claim]:
    def unit_of(c: Claim) -> str | None:
        return c.quantity.unit

    if kind in ("quantulum", "ordinal"):
        return claims
    if kind in ("number", "range"):  # the number models leave numbers with physical units to the unit models
        return [
            c for c in claims if unit_of(c) in (None, "percent") or unit_of(c) in TIMES or c.quantity.is_money or "/" in (unit_of(c) or "")
        ]
    if kind == "percent":
        return [c for c in claims if unit_of(c) == "percent"]
    if kind == "currency":
        return [c for c in claims if c.quantity.is_money or ((unit_of(c) or "")[:3].isupper() and "/" in (unit_of(c) or ""))]
    if kind == "temperature":
        return [c for c in claims if unit_of(c) in TEMPERATURES]
    if kind == "age":
        return [c for c in claims if unit_of(c) in TIMES]
    if kind == "dimension":  # an unscaled "degree" may be an angle: it counts here and as a temperature
        return [
            c
            for c in claims
            if unit_of(c)
            and not c.quantity.is_money
            and unit_of(c) not in TIMES | TEMPERATURES - {"degree"}
            and unit_of(c) not in ("percent", "percentage_point", "basis_point")
            and not unit_of(c)[:3].isupper()
        ]
    raise ValueError(kind)


def claim_value(claim: Claim, kind: str = "") -> float:
    q = claim.quantity
    if kind in ("number", "quantulum") and _written_as_fraction(claim):
        return q.value / 100  # "one in five": a share, which the number models state as a fraction
    if q.bound == "range" and q.range is not None:
        return (q.range.low + q.range.high) / 2
    return q.value


def _written_as_fraction(claim: Claim) -> bool:
    """'one in five', 'two thirds of': a share factcheck states in percent, the suites as a fraction."""
    return claim.quantity.unit == "percent" and not re.search(r"%|per ?cents?|pct|percentage", claim.text, re.IGNORECASE)


def _unit_in(kind: str, claim: Claim) -> str | None:
    """The claim's unit as the suite sees it: a price per share is money to the currency models."""
    unit = claim.quantity.unit
    if kind in ("number", "quantulum") and _written_as_fraction(claim):
        return None
    if (
        kind in ("currency", "dimension")
        and unit
        and "/" in unit
        and unit.split("/")[0].strip()[:1].isalpha()
        and (unit.split("/")[0].strip().isupper() or ("/" in unit and unit.split("/")[1] in ("day", "share", "dozen")))
    ):
        return unit.split("/")[0]
    return unit


def claim_interval(claim: Claim) -> tuple:
    q = claim.quantity
    if q.bound == "range":
        return (q.range.low, False, q.range.high, False) if q.range else (q.value, False, q.value, False)
    if q.bound == "lower":
        return (q.value, q.hedge not in getattr(G, "INCLUSIVE", ()), None, True)
    if q.bound == "upper":
        return (None, True, q.value, q.hedge not in getattr(G, "INCLUSIVE", ()))
    return (q.value, False, q.value, False)


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


CONVERTED_SUITES = ("Duckling Duration", "Duckling Distance", "Duckling Volume", "Duckling Quantity")


def _same_amount(expected: Expected, claim: Claim) -> bool:
    """The same physical amount, whatever unit each states it in ("7 feet 10 inches" = 94 inches)."""
    unit = claim.quantity.unit
    if expected.value is None:
        return False
    if expected.unit == "*" or unit is None or expected.unit is None or unit.isupper() or expected.unit.isupper():
        return _close(claim_value(claim), expected.value) and same_unit(expected.unit, unit)
    theirs_unit = pint_unit(expected.unit)
    if theirs_unit is None:
        return False
    q = _pint().Quantity
    try:
        return math.isclose(q(claim_value(claim), unit).to(theirs_unit).magnitude, expected.value, rel_tol=1e-6)
    except Exception:
        return False


def score_case(case: Case, kind: str, claims: list[Claim]) -> tuple[int, int, bool]:
    produced = ours_for(kind, claims)
    free_v, free_u = list(produced), list(produced)
    value_hits = unit_hits = 0
    for e in case.expected:
        if kind == "range":
            hit = next(
                (
                    c
                    for c in free_v
                    if all(_close(x, y) if not isinstance(x, bool) else True for x, y in zip(claim_interval(c), e.interval))
                ),
                None,
            )
            if hit:
                free_v.remove(hit)
                value_hits += 1
                unit_hits += 1
            continue
        if case.suite in CONVERTED_SUITES:  # duckling states an amount in one unit ("1.5 hours" = 90 minutes)
            hit = next((c for c in free_v if _same_amount(e, c)), None)
            if hit:
                free_v.remove(hit)
                free_u.remove(hit)
                value_hits += 1
                unit_hits += 1
            continue
        hit = next((c for c in free_v if _close(claim_value(c, kind), e.value)), None)
        if hit:
            free_v.remove(hit)
            value_hits += 1
        hit = next((c for c in free_u if _close(claim_value(c, kind), e.value) and same_unit(e.unit, _unit_in(kind, c))), None)
        if hit:
            free_u.remove(hit)
            unit_hits += 1
    passed = unit_hits == len(case.expected) == len(produced)
    return value_hits, unit_hits, passed


def run_suite(name: str, kind: str, cases: list[Case]) -> tuple[Score, float]:
    score = Score()
    seconds = 0.0
    for case in cases:
        reason = not_applicable(case, kind)
        started = time.perf_counter()
        claims = extract_claims(Document("<case>", case.text))
        seconds += time.perf_counter() - started
        for note in drop_out_of_scope(case) + merge_compound_amounts(case):
            score.skipped.append((case, "expectation dropped: " + note))
        if reason:
            score.not_applicable += 1
            score.skipped.append((case, reason))
            continue
        score.cases += 1
        value_hits, unit_hits, passed = score_case(case, kind, claims)
        score.expected += len(case.expected)
        score.produced += len(ours_for(kind, claims))
        score.value_hits += value_hits
        score.unit_hits += unit_hits
        if passed:
            score.passed += 1
        else:
            score.failures.append((case, ours_for(kind, claims)))
    return score, seconds


def describe(claim: Claim) -> str:
    q = claim.quantity
    shown = f"{q.range.low:g}..{q.range.high:g}" if q.bound == "range" and q.range else f"{q.value:g}"
    return f"{claim.text!r}={shown} {q.unit or ''} {q.bound if q.bound != 'exact' else ''}".rstrip()


def expected_text(e: Expected) -> str:
    if e.interval:
        return f"{e.surface!r}={e.interval}"
    return f"{e.surface!r}={e.value:g} {e.unit or ''}".rstrip() if e.value is not None else f"{e.surface!r}=(no value)"


def check_errors(peers: Path) -> str:
    path = peers / "quantulum3" / "errors.json"
    if not path.exists():
        return "quantulum3 errors.json: absent"
    strings = json.loads(path.read_text())
    crashed = []
    for text in strings:
        try:
            extract_claims(Document("<case>", text))
        except Exception as error:  # the point of this suite: nothing may raise
            crashed.append(f"{text!r}: {type(error).__name__}: {error}")
    return f"quantulum3 errors.json: {len(strings)} strings, {len(crashed)} exceptions" + "".join("\n  " + c for c in crashed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("peers", nargs="?", default=str(DEFAULT_PEERS), help="folder of the peer suites (default: ../shared/peers)")
    parser.add_argument("--failures", type=int, default=1000, help="print at most this many failing cases per suite")
    parser.add_argument("--not-applicable", action="store_true", help="list the cases judged not applicable, with the reason")
    parser.add_argument("--summary", action="store_true", help="print only the summary lines")
    args = parser.parse_args()
    peers = Path(args.peers)
    if not peers.is_dir():
        print(f"no peer suites at {peers}: nothing to score")
        return 0

    suites: list[tuple[str, str, list[Case]]] = []
    if (peers / "quantulum3" / "quantities.json").exists():
        suites.append(("quantulum3 quantities.json", "quantulum", load_quantulum(peers)))
    for name, (kind, cases) in load_recognizers(peers).items():
        suites.append((name, kind, cases))
    if (peers / "duckling" / "duckling_en.jsonl").exists():
        for name, (kind, cases) in load_duckling(peers).items():
            suites.append((name, kind, cases))

    lines = []
    target = Score()
    duckling = Score()
    for name, kind, cases in suites:
        score, seconds = run_suite(name, kind, cases)
        for total, counted in ((target, name in TARGET_SUITES), (duckling, name.startswith("Duckling") and kind != "ordinal")):
            if counted:
                for attribute in ("cases", "passed", "not_applicable", "expected", "produced", "value_hits", "unit_hits"):
                    setattr(total, attribute, getattr(total, attribute) + getattr(score, attribute))
        vp, vr, vf = score.prf(score.value_hits)
        up, ur, uf = score.prf(score.unit_hits)
        lines.append(
            f"{name:<48} cases {score.cases:>4} passed {score.passed:>4} n/a {score.not_applicable:>3} | "
            f"value P {vp:.3f} R {vr:.3f} F1 {vf:.3f} | value+unit P {up:.3f} R {ur:.3f} F1 {uf:.3f} | "
            f"found {score.unit_hits}/{score.expected}"
        )
        if args.summary:
            continue
        print(f"\n## {name} ({kind})")
        for case, produced in score.failures[: args.failures]:
            print(f"- #{case.index} {case.text[:160]!r}")
            print(f"    expected: {', '.join(expected_text(e) for e in case.expected) or '(nothing)'}")
            print(f"    factcheck: {', '.join(describe(c) for c in produced) or '(nothing)'}")
        if args.not_applicable:
            for case, reason in score.skipped:
                print(f"- n/a #{case.index} {case.text[:100]!r}: {reason}")
    vp, vr, vf = target.prf(target.value_hits)
    up, ur, uf = target.prf(target.unit_hits)
    lines.append(
        f"{'Recognizers targets together (' + str(len(TARGET_SUITES)) + ' suites)':<48} cases {target.cases:>4} passed {target.passed:>4} "
        f"n/a {target.not_applicable:>3} | value P {vp:.3f} R {vr:.3f} F1 {vf:.3f} | value+unit P {up:.3f} R {ur:.3f} F1 {uf:.3f} | "
        f"found {target.unit_hits}/{target.expected}"
    )
    if duckling.cases:
        vp, vr, vf = duckling.prf(duckling.value_hits)
        up, ur, uf = duckling.prf(duckling.unit_hits)
        lines.append(
            f"{'Duckling together (7 dimensions, no ordinals)':<48} cases {duckling.cases:>4} passed {duckling.passed:>4} "
            f"n/a {duckling.not_applicable:>3} | value P {vp:.3f} R {vr:.3f} F1 {vf:.3f} | value+unit P {up:.3f} R {ur:.3f} F1 {uf:.3f} | "
            f"found {duckling.unit_hits}/{duckling.expected}"
        )
    print("\n# summary")
    print("\n".join(lines))
    print(check_errors(peers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
