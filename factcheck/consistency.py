"""Does the text agree with itself? "X yuan (about Y dollars)" at the exchange rate of its time."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from . import display
from .intervals import Interval, allowed
from .model import Claim, Finding
from .rates import RateUnavailable, ecb_rates

# A writer converts at some rate between the start of the period and the day of writing.
_DEFAULT_WINDOW = timedelta(days=31)


def check_conversion(claim: Claim, today: date) -> Finding | None:
    """An ``inconsistent`` finding when claim converts another amount at no rate of its time."""
    original = claim.converts
    if original is None:
        return None
    start = min(original.period.start, today - _DEFAULT_WINDOW) if original.period else today - _DEFAULT_WINDOW
    end = today
    try:
        rate = ecb_rates().over(original.quantity.unit, claim.quantity.unit, min(start, end), end)
    except RateUnavailable:
        return None  # nothing to say; the claim is still judged against the base
    implied = allowed(original.quantity).scaled(rate.low, rate.high)
    said = allowed(claim.quantity)
    if original.quantity.bound in ("lower", "upper"):  # "more than X (about Y)": Y converts X itself
        implied = Interval(original.quantity.value * rate.low, original.quantity.value * rate.high)
        said = allowed(replace(claim.quantity, bound=original.quantity.bound, hedge=original.quantity.hedge))
    if said.overlaps(implied):
        return None
    converted = original.quantity.value * rate.mean
    ratio = claim.quantity.value / converted - 1
    message = (
        f"{original.text} is {display.amount(converted, claim.quantity.unit, claim.text)} at the ECB rate "
        f"of {start} to {end} ({display.number(1 / rate.mean)} {original.quantity.unit} per {claim.quantity.unit}); "
        f"the text says {claim.text}, {display.percent(ratio)} {'higher' if ratio > 0 else 'lower'}"
    )
    return Finding(
        claim, "inconsistent", message, expected=display.amount(converted, claim.quantity.unit, claim.text),
        difference=round(ratio, 6),
    )
