"""How amounts read back to an editor: the unit after a number in plain words, whatever name pint gives it."""

from __future__ import annotations

import pytest

from factcheck import display


@pytest.mark.parametrize(
    ("value", "unit", "written"),
    [
        (911.7e9, "USD", "911.7 billion USD"),
        (24.3, "percent", "24.3 percent"),
        (25, "basis_point", "25 basis points"),
        (2, "hour", "2 hours"),
        (1, "hour", "1 hour"),
        (5, "foot", "5 feet"),
        (5, "inch", "5 inches"),
        (4, "century", "4 centuries"),
        (60, "hertz", "60 hertz"),
        (25, "degree_Celsius", "25 degrees Celsius"),
        (3, "metric_ton", "3 metric tons"),
        (1.5, "kilowatt_hour", "1.5 kilowatt hours"),
        (317_975, "meter ** 3", "317,975 cubic meters"),
        (1_200, "kilometer ** 2", "1,200 square kilometers"),
        (1, "foot ** 2", "1 square foot"),
        (5, "kilometer / hour", "5 kilometers per hour"),
        (9e6, "barrel / day", "9 million barrels per day"),
        (9.8, "meter / second ** 2", "9.8 meters per second squared"),
        (6, "revolutions_per_minute", "6 revolutions per minute"),
        (32, "pound_force_per_square_inch", "32 pounds force per square inch"),
        (80, "USD/barrel", "80 USD per barrel"),
        (4, "percent/year", "4 percent per year"),
        (2, "count/100000 people", "2 per 100000 people"),
        (150, "count/square_kilometer", "150 per square kilometer"),
        (1_300, "count/kilometer ** 2", "1,300 per square kilometer"),
        (1_300, "count / kilometer ** 2", "1,300 per square kilometer"),
    ],
)
def test_an_amount_reads_as_a_sentence_says_it(value, unit, written):
    assert display.amount(value, unit) == written
