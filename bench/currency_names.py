"""Which library names more currencies the way news writes them: babel (CLDR) or pycountry (ISO 4217)?

Prints, for each library installed: the currency codes it names, the written
forms it gives (singular, plural, symbol), how many of the newsroom names in
factcheck's own grammar table (grammar.CURRENCY_NAMES, written from news use)
it produces word for word, and how many of the currency words in Duckling's
money examples (../shared/peers/duckling, when present) it knows. Run after
`pip install babel pycountry`; the choice and the numbers are in the README.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from factcheck.extract import grammar as G

PEERS = Path(__file__).resolve().parents[2] / "shared" / "peers" / "duckling"


def babel_forms() -> dict[str, set[str]]:
    from babel import Locale

    data = Locale("en")._data
    forms: dict[str, set[str]] = {}
    for code, name in data["currency_names"].items():
        forms.setdefault(code, set()).add(name.lower())
    for code, plural in data["currency_names_plural"].items():
        forms.setdefault(code, set()).update(p.lower() for p in dict(plural).values())
    for code, symbol in data["currency_symbols"].items():
        if symbol != code:
            forms.setdefault(code, set()).add(symbol.lower())
    return forms


def pycountry_forms() -> dict[str, set[str]]:
    import pycountry

    return {c.alpha_3: {c.name.lower()} for c in pycountry.currencies}


def duckling_currency_words() -> list[str]:
    """The words after the number in Duckling's money examples ('3 euros' -> 'euros')."""
    words = []
    path = PEERS / "duckling_en.jsonl"
    if not path.is_file():
        return words
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        found = case["dimension"] == "AmountOfMoney" and re.search(r"\d[\d.,]*\s*([A-Za-z][A-Za-z ]+)$", case["text"])
        if found:
            words.append(found.group(1).strip().lower())
    return words


def main() -> int:
    ours = {row.surface.lower() for row in G.CURRENCY_NAMES}
    duckling = duckling_currency_words()
    print(f"factcheck's newsroom names: {len(ours)}; Duckling currency words after a number: {len(duckling)}")
    for library, read in (("babel", babel_forms), ("pycountry", pycountry_forms)):
        try:
            forms = read()
        except ImportError:
            print(f"{library:10} not installed")
            continue
        written = set().union(*forms.values())
        covered = sum(1 for name in ours if name in written)
        known = sum(1 for word in duckling if word in written)
        print(
            f"{library:10} codes {len(forms):4}  written forms {len(written):5}  "
            f"newsroom names produced {covered:3}/{len(ours)}  Duckling words known {known:3}/{len(duckling)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
