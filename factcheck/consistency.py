"""Does the text agree with itself? "X yuan (about Y dollars)" at the exchange rate of its time."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import display, regexes
from .derived import falling
from .extract.claims import NEW_SUBJECT
from .extract.grammar import PART_OF
from .intervals import Interval, allowed
from .messages import Reason, say
from .model import Claim, Finding, Verdict
from .rates import RateBook, RateUnavailable
from .words import content_words

# A writer converts at some rate between the start of the period and the day of writing.
_DEFAULT_WINDOW = timedelta(days=31)


def check_conversion(claim: Claim, today: date, rates: RateBook | None = None) -> Finding | None:
    """An ``inconsistent`` finding when claim converts another amount at no rate of its time."""
    original = claim.converts
    if original is None or original.quantity.unit is None or claim.quantity.unit is None:
        return None
    start = min(original.period.start, today - _DEFAULT_WINDOW) if original.period else today - _DEFAULT_WINDOW
    end = today
    try:
        rate = (rates or RateBook()).over(original.quantity.unit, claim.quantity.unit, min(start, end), end)
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
    message = say(
        Reason.CONVERSION_OFF,
        original=original.text,
        converted=display.amount(converted, claim.quantity.unit, claim.text),
        origin=rate.origin,
        start=start,
        end=end,
        rate=display.number(1 / rate.mean),
        from_unit=original.quantity.unit,
        to_unit=claim.quantity.unit,
        said=claim.text,
        gap=display.percent(ratio),
        direction="higher" if ratio > 0 else "lower",
    )
    return Finding(
        claim,
        Verdict.INCONSISTENT,
        message,
        expected=display.amount(converted, claim.quantity.unit, claim.text),
        difference=round(ratio, 6),
        reason=Reason.CONVERSION_OFF,
    )


# -- the text against itself: parts and wholes, shares of one total, a change and its two levels --

_PART_OF = regexes.compile(rf"(?i:\b(?:{'|'.join(re.escape(p) for p in PART_OF)}))[ \t,]*(?:\w+[ \t]+){{0,3}}$")
OF_WHAT = regexes.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?([^,;.()\n]{3,80}?)(?=[ \t]+(?:and|or|but|while|whereas|as|in|for)\b|[,;.()\n]|$)"
)
_FROM = regexes.compile(r"(?i:\bfrom)[ \t]+(?:\w+[ \t]+){0,2}$")


def contradictions_in(claims: list[Claim], doc) -> dict[int, Finding]:
    """``inconsistent`` findings (by claim start) where the draft's own numbers disagree."""
    found: dict[int, Finding] = {}
    for finding in (*_parts_larger_than_wholes(claims, doc), *_changes_against_levels(claims, doc), *_shares_past_100(claims, doc)):
        found.setdefault(finding.claim.start, finding)
    return found


def _where(doc, claim: Claim) -> str:
    line, column = doc.position(claim.start)
    return f"{claim.text} ({line}:{column})"


def _in_its_sentence(claims: list[Claim]) -> list[list[int]]:
    """For each claim, the indices of the claims of its sentence, in text order.

    Built once, so that comparing a claim with its sentence's others costs the
    sentence, not the document: linear, not quadratic, in the draft's size.
    """
    groups: dict[tuple[int, int], list[int]] = {}
    for index, claim in enumerate(claims):
        groups.setdefault(claim.sentence, []).append(index)
    return [groups[claim.sentence] for claim in claims]


def _parts_larger_than_wholes(claims: list[Claim], doc):
    text = doc.checked_text
    sentence_of = _in_its_sentence(claims)
    for i, part in enumerate(claims):
        if part.quantity.unit in ("percent", "percentage_point", "basis_point") or not _PART_OF.search(
            text, max(0, part.start - 40), part.start
        ):
            continue  # a rate of a part ("youth unemployment of 14 percent") may exceed the whole's
        wholes = [
            claims[j]
            for j in sentence_of[i]
            if j < i
            and claims[j].kind in ("level", "count")
            and claims[j].quantity.unit == part.quantity.unit
            and claims[j].converts is None
        ]
        if wholes and allowed(part.quantity).low > allowed(wholes[-1].quantity).high:
            whole = wholes[-1]
            message = say(Reason.PART_OVER_WHOLE, part=_where(doc, part), whole=_where(doc, whole))
            yield Finding(part, Verdict.INCONSISTENT, message, reason=Reason.PART_OVER_WHOLE)


def _changes_against_levels(claims: list[Claim], doc):
    """'44 billion in 2023, up 20 percent from 40 billion in 2022': the two levels make a 10 percent rise."""
    text = doc.checked_text
    sentence_of = _in_its_sentence(claims)
    for i, change in enumerate(claims):
        if change.kind != "change" or change.quantity.unit != "percent" or change.quantity.bound == "range":
            continue
        current: Claim | None = None
        previous: Claim | None = None
        span_ends: tuple[float, float, float] | None = None  # (to, from, half a unit) of a from-to range
        earlier = [claims[j] for j in sentence_of[i] if j < i and claims[j].converts is None]
        later = [claims[j] for j in sentence_of[i] if j > i and claims[j].converts is None]
        ranges = [c for c in earlier if c.kind == "change" and c.quantity.bound == "range" and c.quantity.unit not in ("percent", None)]
        if ranges:  # "rose from 40 billion to 44 billion, an increase of 25 percent"
            span = ranges[-1]
            if span.quantity.range is None:
                continue
            low, high = span.quantity.range.low, span.quantity.range.high
            to = span.quantity.value
            current = previous = span
            span_ends = (to, high if to == low else low, span.quantity.half_unit)
        else:
            levels = [c for c in earlier if c.kind in ("level", "count")]
            froms = [
                c
                for c in later
                if c.kind in ("level", "count")
                and _FROM.search(text, max(0, c.start - 30), c.start)
                and not NEW_SUBJECT.search(text, change.end, c.start)
            ]
            level = change.about
            if level is not None and froms and level.quantity.unit == froms[0].quantity.unit:
                current, previous = level, froms[0]
            elif (
                len(levels) >= 2
                and levels[-1].quantity.unit == levels[-2].quantity.unit
                and _FROM.search(text, max(0, levels[-2].start - 30), levels[-2].start)
                and not NEW_SUBJECT.search(text, levels[-2].end, levels[-1].start)
                and not NEW_SUBJECT.search(text, levels[-1].end, change.start)
            ):
                current, previous = levels[-1], levels[-2]  # "rose from A in 2020 to B in 2023, an increase of X"
        if current is None or previous is None:
            continue
        if span_ends is not None:  # a from-to range: each end as written
            to, start, half = span_ends
            now, then = Interval(to - half, to + half), Interval(start - half, start + half)
        else:
            now, then = allowed(current.quantity), allowed(previous.quantity)
        if then.low <= 0 or not (now.bounded and then.bounded):
            continue
        implied = Interval((now.low / then.high - 1) * 100, (now.high / then.low - 1) * 100)
        if falling(change):
            implied = Interval(-implied.high, -implied.low)
        if not allowed(change.quantity).overlaps(implied):
            point = (now.low + now.high) / (then.low + then.high) * 100 - 100
            point = -point if falling(change) else point
            named = _where(doc, current) if current is previous else f"{_where(doc, current)} and {_where(doc, previous)}"
            message = say(
                Reason.CHANGE_OFF,
                levels=named,
                point=display.number(point, 3),
                low=display.number(implied.low, 4),
                high=display.number(implied.high, 4),
                said=change.text,
            )
            yield Finding(change, Verdict.INCONSISTENT, message, expected=f"{display.number(point, 3)} percent", reason=Reason.CHANGE_OFF)


def _shares_past_100(claims: list[Claim], doc):
    """Shares of one total in one paragraph that add up to more than the whole."""
    text = doc.checked_text
    groups: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if claim.kind != "share" or claim.quantity.unit != "percent":
            continue
        of = OF_WHAT.match(text, claim.end)
        if not of:
            continue
        whole = " ".join(content_words(of.group(1)))
        if not re.search(r"\b(?:total|all|whole|overall)\b", of.group(1), re.IGNORECASE):
            continue  # "70 percent of respondents": the parts may overlap; "of the total" they may not
        year = re.search(r"\b(?:19|20)\d\d\b", text[of.end() : of.end() + 20])  # "of total trade in 2022 and ... in 2023"
        key = (doc.sentence_bounds(claim.start), whole, str(claim.period), year.group() if year else None)
        groups.setdefault(key, []).append(claim)
    for shares in groups.values():
        if len(shares) < 2:
            continue
        least = sum(allowed(s.quantity).low for s in shares)
        if least > 100:
            last = shares[-1]
            named = ", ".join(_where(doc, s) for s in shares)
            message = say(Reason.SHARES_OVER_100, least=display.number(least, 3), shares=named)
            yield Finding(last, Verdict.INCONSISTENT, message, reason=Reason.SHARES_OVER_100)
