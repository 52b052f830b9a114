"""Calendar periods: parse the labels the reference base uses and build them from parts.

Labels: ``2023``, ``2024-06``, ``2024-Q3``, ``2024-H1``, ``2024-08-13`` and spans
of any two of those joined by ``/`` (``2024-01/2024-08``, ``2013/2023``).
"""

from __future__ import annotations

import calendar
from datetime import date

from . import regexes
from .model import Period

_LABEL = regexes.compile(r"(?P<year>\d{4})(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?$")


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), f"{y}")


def months(y: int, first: int, last: int, label: str | None = None) -> Period:
    """Months first..last of year y, labelled the way the reference base writes them."""
    if label is None:
        label = f"{y}-{first:02d}" if first == last else f"{y}-{first:02d}/{y}-{last:02d}"
    return Period(date(y, first, 1), month_end(y, last), label)


def day(d: date) -> Period:
    return Period(d, d, d.isoformat())


def span(first: Period, last: Period) -> Period:
    return Period(first.start, last.end, f"{first.label}/{last.label}")


def _parse_single(text: str) -> Period | None:
    m = _LABEL.match(text)
    if not m:
        return None
    y = int(m["year"])
    try:
        if m["half"]:
            first = 1 if m["half"] == "H1" else 7
            return months(y, first, first + 5, f"{y}-{m['half']}")
        if m["quarter"]:
            q = int(m["quarter"][1])
            return months(y, 3 * q - 2, 3 * q, f"{y}-Q{q}")
        if m["day"]:
            return day(date(y, int(m["month"]), int(m["day"])))
        if m["month"]:
            return months(y, int(m["month"]), int(m["month"]))
    except ValueError:
        return None
    return year(y)


def parse_period(text: object) -> Period | None:
    """Parse a period label; None when it is not one."""
    text = str(text).strip()
    if "/" in text:
        first_text, _, last_text = text.partition("/")
        first, last = _parse_single(first_text.strip()), _parse_single(last_text.strip())
        if first is None or last is None or last.end < first.start:
            return None
        return Period(first.start, last.end, f"{first.label}/{last.label}")
    return _parse_single(text)
