"""Hostile drafts against a base keyed by entity and measure: reading places and measures stays linear.

Each family of text is read at N and 4N characters; the larger may take at most
12 times the smaller (linear is about 4), the same bound the extraction's
adversarial tests use.
"""

from __future__ import annotations

import time

import pytest

from factcheck.figures import load_reference
from factcheck.reading import names_of

N = 50_000
FAMILIES = {
    "one sentence of claims": "Vietnam's population passed 100 million in 2023, while South Korea had 51 million people. ",
    "capitalised words without end": "Lagos Ikeja Abuja Kano Ibadan Benin City Port Harcourt Jos Ilorin Enugu ",
    "the the the": "The the the The the THE the ",
    "places glued by hyphens": "U.S.-UK-EU-China-Japan-South-Korea-",
    "measure words": "GDP per capita population inflation economy output exports imports trade ",
    "possessives": "Britain's America's the world's Viet Nam's ",
}


@pytest.fixture(scope="module")
def base(world_bank_folder):
    return load_reference([world_bank_folder])


def best_time(text: str, base) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        names_of(text, base)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("family", list(FAMILIES))
def test_reading_names_is_linear(family, base):
    unit = FAMILIES[family]
    small = (unit * (N // len(unit) + 1))[:N]
    large = (unit * (4 * N // len(unit) + 1))[: 4 * N]
    names_of("Vietnam's population", base)  # warm-up
    t_small, t_large = best_time(small, base), best_time(large, base)
    assert t_large < 12 * t_small + 0.05, f"{family}: {t_large:.3f} s vs {t_small:.3f} s (linear is about 4)"
