#!/usr/bin/env python3
"""Linking statements to table cells: the TabFact subset, through the CSV import path.

Each of the 150 Wikipedia tables (read where a checkout has the peers' data
beside the repository) is imported with `factcheck reference import TABLE.csv
--row-names --entity-column FIRST_TEXT_COLUMN`: one row an entity named by any
of its text cells, one numeric column a measure, a scale in the header
("viewers (million)") read. Each statement that needs no aggregation is then
checked against its table's base.

Printed, for the statements without aggregation, and for those whose number
is in a quantity column (the single-figure statements):
  - how many give a claim at all, how many link to a cell of the table,
  - for entailed statements: linked to a cell holding the stated value (the right
    cell, as far as the data can tell) and `supported`,
  - for refuted statements: `contradicted`, and how many were wrongly `supported`.
Prints numbers only; asserts nothing. --show N lists N unlinked statements.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TABFACT = REPO.parent / "shared" / "peers" / "tabfact"


def first_text_column(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    for i, name in enumerate(header):
        cells = [r[i] for r in body if i < len(r) and r[i].strip()]
        if cells and sum(c.replace(",", "").replace(".", "").strip().isdigit() for c in cells) < 0.5 * len(cells):
            return name
    return header[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=0, help="list this many statements that link to no cell")
    args = parser.parse_args()
    if not TABFACT.is_dir():
        sys.exit("the TabFact subset is not beside the repository: nothing to measure")
    sys.path.insert(0, str(REPO))
    from factcheck.api import check_text
    from factcheck.errors import UserError
    from factcheck.figures import load_reference
    from factcheck.importer import ImportOptions, ImportSource, import_source

    statements = [json.loads(line) for line in (TABFACT / "statements.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    by_table: dict[str, list[dict]] = {}
    for statement in statements:
        if not statement["needs_aggregation"]:
            by_table.setdefault(statement["table"], []).append(statement)
    counts: Counter = Counter()
    unlinked = []
    with tempfile.TemporaryDirectory() as folder:
        for table, items in sorted(by_table.items()):
            csv_path = TABFACT / "tables" / f"{table}.csv"
            out = Path(folder) / f"{table}.yaml"
            try:
                options = ImportOptions(entity_column=first_text_column(csv_path), row_names=True)
                import_source(str(csv_path), str(out), options, ImportSource(title=f"Wikipedia table {table}"))
                base = load_reference([out])
            except UserError as error:
                counts["tables that did not import"] += 1
                counts["statements of tables that did not import"] += len(items)
                print(f"  {table}: {str(error).splitlines()[0]}", file=sys.stderr)
                continue
            counts["tables"] += 1
            for statement in items:
                group = "single-figure" if statement["number_in_quantity_column"] else "other"
                counts[f"{group}: statements"] += 1
                findings = check_text(statement["statement"], base).findings
                if findings:
                    counts[f"{group}: give a claim"] += 1
                linked = [f for f in findings if f.figure is not None and f.figure.key]
                if not linked:
                    if group == "single-figure":
                        unlinked.append(statement["statement"])
                    continue
                counts[f"{group}: link to a cell"] += 1
                verdicts = {f.verdict for f in linked}
                if statement["label"] == "entailed":
                    counts[f"{group}: entailed, linked"] += 1
                    if "supported" in verdicts:
                        counts[f"{group}: entailed, linked to a cell with the stated value (supported)"] += 1
                else:
                    counts[f"{group}: refuted, linked"] += 1
                    if "contradicted" in verdicts:
                        counts[f"{group}: refuted, contradicted"] += 1
                    if verdicts == {"supported"}:
                        counts[f"{group}: refuted, but supported"] += 1
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")
    for statement in unlinked[: args.show]:
        print(f"  unlinked: {statement}")


if __name__ == "__main__":
    main()
