"""Numbers written back the way an editor reads them: '911.7 billion USD', '24.3 percent'."""
from __future__ import annotations

import math

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNIT_WORDS = {"percent": "percent", "percentage_point": "percentage points", "basis_point": "basis points"}


def scale_of(text: str) -> tuple[float, str] | None:
    """The scale word a claim was written with, so the expected value reads the same way."""
    lowered = text.lower()
    for factor, word in _SCALES:
        if word in lowered:
            return factor, word
    return None


def number(value: float, digits: int = 4) -> str:
    """At most ``digits`` significant digits, no trailing zeros, thousands separated."""
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    places = max(0, digits - 1 - int(math.floor(math.log10(abs(value)))))
    text = f"{value:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def amount(value: float, unit: str | None, like: str = "") -> str:
    """'911.7 billion USD' for (911.7e9, 'USD'), scaled like the claim's own text when it has a scale word."""
    scale = scale_of(like) or next(((f, w) for f, w in _SCALES if abs(value) >= f), None)
    if scale and abs(value) >= scale[0] / 1000:
        text = f"{number(value / scale[0])} {scale[1]}"
    else:
        text = number(value, 6)
    if unit in _UNIT_WORDS or (unit and unit.isupper()):
        text += f" {_UNIT_WORDS.get(unit, unit)}"
    elif unit:  # a physical unit: "2 hours", "1 hour"
        text += f" {unit.replace('_', ' ')}{'' if value == 1 or '*' in unit else 's'}"
    return text


def percent(fraction: float) -> str:
    return f"{number(abs(fraction) * 100, 2)}%"
