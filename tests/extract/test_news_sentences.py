"""News sentences, each with the quantities a reader finds in it (issue 11's categories).

Written for factcheck; each row: a sentence and the (text, value, unit, bound)
of every claim `extract` must give, in order. An empty list means the
sentence states no quantity.
"""
from __future__ import annotations

import pytest

from factcheck.document import Document
from factcheck.extract.claims import extract_claims

CASES = [
    # Ranges: each end keeps its own scale
    ("The deal was worth between 700,000 and 1.2 million dollars.", [("700,000 and 1.2 million dollars", (7e5, 1.2e6), "USD", "range")]),
    ("Crowds grew from 800 to 1.3 million people.", [("800 to 1.3 million", (800, 1.3e6), None, "range")]),
    ("Sales rose from 5 to 7 billion dollars.", [("5 to 7 billion dollars", (5e9, 7e9), "USD", "range")]),
    ("Between 10 and 20 percent agreed.", [("10 and 20 percent", (10, 20), "percent", "range")]),
    # Years that count things
    ("About 1800 people attended the rally.", [("1800", 1800, None, "approx")]),
    ("The firm cut 1500 workers.", [("1500", 1500, None, "exact")]),
    ("The 2000 companies in the park grew.", [("2000", 2000, None, "exact")]),
    ("In 2023 people spent more.", []),
    ("Since 2020 workers have left.", []),
    # Names, addresses, codes, scores: no quantity
    ("The S&P 500 rose while the iPhone 11 and Windows 10 sold well.", []),
    ("Game 7 is tonight and the Boeing 737 is grounded.", []),
    ("Write to 1600 Pennsylvania Avenue or 10 Downing Street.", []),
    ("The office is in Washington, DC 20500.", []),
    ("Call 555-0123 for tickets.", []),
    ("The team won 3-1 and then beat Ajax 2-0.", []),
    # Money: prefixes, coins
    ("It cost $US3 million.", [("$US3 million", 3e6, "USD", "exact")]),
    ("The project costs RM50 million.", [("RM50 million", 5e7, "MYR", "exact")]),
    ("The shares fell 20 cents and the bond 15 pence.", [("20 cents", 0.2, "USD", "exact"), ("15 pence", 0.15, "GBP", "exact")]),
    # Minus signs
    ("Temperatures fell to –3 degrees overnight.", [("–3 degrees", -3, "degree", "exact")]),
    ("It fell to −4 degrees.", [("−4 degrees", -4, "degree", "exact")]),
    # Units
    ("The engine makes 300 horsepower.", [("300 horsepower", 300, "horsepower", "exact")]),
    ("A 500 hp engine delivers 400 Nm of torque at 6000 rpm.",
     [("500 hp", 500, "horsepower", "exact"), ("400 Nm", 400, "meter * newton", "exact"), ("6000 rpm", 6000, "revolutions_per_minute", "exact")]),
    ("The phone has a 5000 mAh battery.", [("5000 mAh", 5000, "milliampere_hour", "exact")]),
    ("Carbon dioxide reached 420 ppm.", [("420 ppm", 420, "ppm", "exact")]),
    ("Farmers sold 3 million bushels of wheat.", [("3 million bushels", 3e6, "bushel", "exact")]),
    ("The gap is 5 nm wide.", [("5 nm", 5, "nanometer", "exact")]),
    ("A 10¢ stamp.", [("10¢", 0.1, "USD", "exact")]),
    ("It cost MYR42, UAH3.04 and Rs20.", [("MYR42", 42, "MYR", "exact"), ("UAH3.04", 3.04, "UAH", "exact"), ("Rs20", 20, "INR", "exact")]),
    ("Fares rose to 15,000 Lebanese pounds and 300 Egyptian pounds.",
     [("15,000 Lebanese pounds", 15000, "LBP", "exact"), ("300 Egyptian pounds", 300, "EGP", "exact")]),
    ("ALL 5 solutions are wrong.", [("5", 5, None, "exact")]),
    # Ranges with a unit glued to each end
    ("The trail runs from 3km to 5km.", [("3km to 5km", (3, 5), "kilometer", "range")]),
    # English words that are not units
    ("India's population was 1.21 billion as of 2011.", [("1.21 billion", 1.21e9, None, "exact")]),
    ("The show drew 2.81 million us viewers.", [("2.81 million", 2.81e6, None, "exact")]),
    ("She got an 8 B grade.", [("8", 8, None, "exact")]),
    ("The steel is rated at 60 ksi.", [("60 ksi", 60, "kip_per_square_inch", "exact")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_sentence(sentence, expected):
    claims = extract_claims(Document("news.txt", sentence))
    found = []
    for claim in claims:
        q = claim.quantity
        value = (q.low, q.high) if q.bound == "range" else q.value
        found.append((claim.text, value, q.unit, q.bound))
    assert [(t, pytest.approx(v), u, b) for t, v, u, b in expected] == found
