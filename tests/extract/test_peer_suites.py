"""The extraction targets of issue 3, held on the peer suites (skipped where ../shared is absent).

bench/extraction.py prints the full scores and every failing case; these
tests only keep the headline numbers from sliding back.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PEERS = ROOT.parent / "shared" / "peers"

pytestmark = pytest.mark.skipif(not (PEERS / "quantulum3").is_dir(), reason="../shared/peers is not beside this clone")


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("extraction_bench", ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_quantulum_quantities_are_found_with_value_and_unit(bench):
    score, _ = bench.run_suite("quantulum3 quantities.json", "quantulum", bench.load_quantulum(PEERS))
    assert score.unit_hits / score.expected >= 0.95, [c.text for c, _ in score.failures]


def test_quantulum_error_strings_raise_nothing(bench):
    assert "0 exceptions" in bench.check_errors(PEERS)


def test_recognizers_target_suites_together(bench):
    suites = bench.load_recognizers(PEERS)
    total = bench.Score()
    for name in bench.TARGET_SUITES:
        kind, cases = suites[name]
        score, _ = bench.run_suite(name, kind, cases)
        for attribute in ("expected", "produced", "value_hits", "unit_hits"):
            setattr(total, attribute, getattr(total, attribute) + getattr(score, attribute))
    assert total.prf(total.value_hits)[2] >= 0.95
    assert total.prf(total.unit_hits)[2] >= 0.92


@pytest.mark.parametrize("name", ["Recognizers CurrencyModel", "Recognizers PercentModel", "Recognizers NumberModel"])
def test_recognizers_suite_value_f1(bench, name):
    kind, cases = bench.load_recognizers(PEERS)[name]
    score, _ = bench.run_suite(name, kind, cases)
    assert score.prf(score.value_hits)[2] >= 0.95
