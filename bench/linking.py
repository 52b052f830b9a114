#!/usr/bin/env python3
"""Linking accuracy on the dev set, and time per claim against a large and a small base.

Accuracy: every sentence of tests/linking/dev_set.yaml is checked against the
World Bank GDP, population and consumer-price inflation figures of the
Frictionless core packages (read where a checkout has them beside the
repository). Printed: linking recall (claims about a base figure linked to the
right entity and measure), precision (links made that are right), false
"contradicted", and the verdicts that differ from the expected ones.

  --prose   build the base the old way instead: one prose figure per row,
            subject "population of Viet Nam" (no aliases), loaded through the
            plain figure format. This runs on trees that predate entities and
            measures, for a before/after comparison.

Speed: the time per claim of `check` on the dev set's sentences against that
base (31k+ figures) and against the shipped reference/ (a few hundred), and
the base's load time. Prints numbers only; asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
FRICTIONLESS = REPO.parent / "shared" / "peers" / "frictionless"
DEV_SET = REPO / "tests" / "linking" / "dev_set.yaml"
PACKAGES = (  # file, CSV, value column, measure words for the prose base, unit
    ("gdp", "gdp/data/gdp.csv", "Value", "GDP", "USD"),
    ("population", "population/data/population.csv", "Value", "population", ""),
    ("inflation", "inflation/data/inflation-consumer.csv", "Inflation", "inflation", "percent"),
)
IMPORTS = {
    "gdp": ["gdp/datapackage.json", "--resource", "gdp", "--measure", "GDP", "--unit", "USD"],
    "population": ["population/datapackage.json"],
    "inflation": ["inflation/datapackage.json", "--resource", "inflation-consumer"],
}


def build_structured(folder: Path) -> None:
    from factcheck.cli import main

    for name, (source, *options) in IMPORTS.items():
        code = main(["reference", "import", str(FRICTIONLESS / source), *options, "-o", str(folder / f"{name}.yaml")])
        if code:
            sys.exit(f"import of {name} failed")


def build_prose(folder: Path) -> None:
    """The base as a user of the prose format would write it: one subject per figure."""
    for name, path, column, words, unit in PACKAGES:
        lines = [f"source: {{title: World Bank {words}, url: https://data.worldbank.org/}}", "figures:"]
        with (FRICTIONLESS / path).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                country = row.get("Country Name") or row.get("Country")
                value = row[column].strip()
                if not value:
                    continue
                subject = f"{words} of {country}".replace('"', "'")
                amount = f"{value} {unit}".strip()
                lines.append(
                    f'  - {{id: "{name}-{row["Country Code"]}-{row["Year"]}", subject: "{subject}", value: "{amount}", period: {row["Year"]}}}'
                )
        (folder / f"{name}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def link_of(finding):
    figure = finding.figure
    if figure is None:
        return None
    if figure.key:
        return f"{figure.key.entity}/{figure.key.measure}"
    if figure.id.count("-") >= 2:  # a prose id of build_prose: measure-ISO3-year
        measure, code = figure.id.split("-")[:2]
        return f"{code}/{measure}"
    return figure.id


def evaluate(base, cases) -> None:
    from factcheck.api import check_text

    linkable = [c for c in cases if c["link"]]
    right = made = false_contradicted = verdicts_right = 0
    claims = 0
    misses = []
    started = time.perf_counter()
    for case in cases:
        as_of = case["date"] if isinstance(case["date"], date) else date.fromisoformat(str(case["date"]))
        report = check_text(case["text"], base, as_of=as_of)
        claims += len(report.findings)
        found = [f for f in report.findings if f.claim.text == str(case["claim"])]
        finding = found[0] if found else None
        link = link_of(finding) if finding else None
        verdict = finding.verdict if finding else "not found"
        made += link is not None
        right += bool(case["link"]) and link == case["link"]
        false_contradicted += verdict == "contradicted" and case["verdict"] != "contradicted"
        verdicts_right += verdict == case["verdict"]
        if verdict != case["verdict"] or (case["link"] and link != case["link"]):
            misses.append(f"  {verdict:12} (want {case['verdict']}, link {link} want {case['link']}): {case['text']}")
    elapsed = time.perf_counter() - started
    print(f"cases {len(cases)}: verdicts right {verdicts_right}/{len(cases)}")
    print(f"linking recall {right}/{len(linkable)} = {right / len(linkable):.3f}; precision {right}/{made} = {right / max(made, 1):.3f}")
    print(f"false contradicted: {false_contradicted}")
    print(f"time: {elapsed:.2f} s for {claims} claims = {1000 * elapsed / max(claims, 1):.2f} ms per claim")
    if misses:
        print("differences:")
        print("\n".join(misses))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prose", action="store_true", help="build a prose base (for trees before entities and measures)")
    args = parser.parse_args()
    if not FRICTIONLESS.is_dir():
        sys.exit(f"the Frictionless packages are not beside the repository ({FRICTIONLESS.name}): nothing to measure")
    sys.path.insert(0, str(REPO))
    from factcheck.figures import load_reference

    cases = yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        started = time.perf_counter()
        (build_prose if args.prose else build_structured)(folder)
        built = time.perf_counter() - started
        started = time.perf_counter()
        base = load_reference([folder])
        loaded = time.perf_counter() - started
        print(
            f"World Bank base ({'prose' if args.prose else 'rows'}): {len(base.figures):,} figures; built in {built:.2f} s, loaded in {loaded:.2f} s"
        )
        evaluate(base, cases)
    shipped = load_reference([REPO / "reference"])
    print(f"\nshipped reference/ ({len(shipped.figures)} figures), the same sentences:")
    from factcheck.api import check_text

    started = time.perf_counter()
    claims = 0
    for case in cases:
        claims += len(check_text(case["text"], shipped, as_of=date(2024, 6, 1)).findings)
    elapsed = time.perf_counter() - started
    print(f"time: {elapsed:.2f} s for {claims} claims = {1000 * elapsed / max(claims, 1):.2f} ms per claim")


if __name__ == "__main__":
    main()
