"""Find the numeric claims in a document: the quantities the grammar reads
(scanner.py), each with the clause that says what it measures, the period it
speaks of, and the claim it converts or qualifies.
"""

from __future__ import annotations

import bisect
import itertools
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from .. import regexes
from ..document import Document
from ..model import Claim
from .period_mentions import PeriodMention, find_periods
from .scanner import Scanned, iter_scanned, scan

__all__ = ["extract_claims", "iter_claims", "scan"]

# A clause ends at a comma, a colon, a dash, or an "and" before a new verb. The 'a' of "and" is in the leading
# class so that the engine can skip to the next candidate character (see document._SENTENCE_END).
_CLAUSE_BREAK = regexes.compile(r"[,;:—–a](?:(?<=[,;:—–])|(?<=a)(?<!\wa)nd\b(?=[ \t]+(?:signed|carried|have|has|had|built|launched|with)))")
_PAIR_GAP = regexes.compile(
    r"^(?:[ \t]+[a-z]+){0,3}[ \t]*\([ \t]*(?:(?i:about|around|approximately|roughly|some|nearly|almost|or|equivalent to|or about|worth))?[ \t]*$"
)
_LONGEST_MENTION = 80  # characters: a period expression starting this far before a sentence may still reach into it
_TOPIC_REACH = 1500  # characters before a claim's sentence that may name what it is about


def extract_claims(doc: Document) -> list[Claim]:
    """Every numeric claim in the document, in text order, with its context and period."""
    return list(iter_claims(doc))


def iter_claims(doc: Document) -> Iterator[Claim]:
    """The claims of extract_claims one at a time: a caller that does not keep them holds a sentence's
    claims, not the draft's (a 20 MB draft has 170,000)."""
    claims = _attach_context(doc, iter_scanned(doc.checked_text))
    if doc.part is None:
        return claims
    low, high = doc.part.claims  # a part of a file: its own claims, read with the text around them
    return itertools.takewhile(lambda claim: claim.start < high, itertools.dropwhile(lambda claim: claim.start < low, claims))


def _attach_context(doc: Document, scanned: Iterator[Scanned]) -> Iterator[Claim]:
    """Give each scanned quantity its clause, its period and the claim it qualifies or converts.

    What a claim looks back at is the claim before it, the claims of its sentence (what a change is
    about) and the last claim with a period before its sentence (what "that year" is): only these
    are kept, since sentences only move forward.
    """
    text = doc.checked_text
    mentions = find_periods(text)
    mention_starts = [p.start for p in mentions]
    claims = _outside_mentions(scanned, mentions)
    clause_breaks = _ClauseBreaks(text)
    previous: Claim | None = None
    in_sentence: deque[Claim] = deque()  # the claims from the sentence's start on
    dated: deque[Claim] = deque()  # the claims with a period from the sentence's start on
    dated_before: Claim | None = None  # the last claim with a period before the sentence
    bounds = None
    before: Scanned | None = None  # the quantity scanned before this one, and the one after it
    for claim, after in _with_the_next(claims):
        here = doc.sentence_bounds(claim.start)
        if here != bounds:  # what the sentence says, read once for all its claims
            bounds = s_start, s_end = here
            while in_sentence and in_sentence[0].start < s_start:
                in_sentence.popleft()
            while dated and dated[0].start < s_start:
                dated_before = dated.popleft()
            sentence = text[s_start:s_end]
            breaks = clause_breaks.within(s_start, s_end)
            nearby = mentions[bisect.bisect_left(mention_starts, s_start - _LONGEST_MENTION) : bisect.bisect_right(mention_starts, s_end)]
            names_that_year = "year" in sentence and _THAT_YEAR.search(text, s_start, s_end) is not None
            p_start = doc.sentence_bounds(s_start - 1)[0] if s_start else s_start
            if "\n\n" in text[p_start:s_start]:  # the sentence before, within the paragraph: "its" and "the two sides"
                p_start = s_start
        c_start, c_end = _clause(breaks, s_start, s_end, claim)
        # The claim's own words stop at its neighbours: "15 countries including 10 member states".
        previous_end = max(before.end, before.noun_end) - s_start if before is not None else -1
        c_start = max(c_start, previous_end)
        if after is not None and after.start - s_start < c_end:
            c_end = after.start - s_start
        # The claim's own words ("billion yuan") say nothing about what is measured.
        context = " ".join((sentence[c_start : claim.start - s_start] + " " + sentence[claim.end - s_start : c_end]).split())
        period, since = _period_for(doc, claim, nearby, s_start, s_end)
        if period is None and names_that_year:
            period = _period_before(dated_before, text, s_start)
        converts = about = None
        if previous and previous.end > s_start:
            if (
                claim.quantity.is_money
                and previous.quantity.is_money
                and claim.quantity.unit != previous.quantity.unit
                and _PAIR_GAP.match(text[previous.end : claim.start])
            ):
                converts = previous
                period = previous.period  # a conversion speaks of what it converts
            if claim.kind == "change":
                about = _last_level(in_sentence, text, claim.start)
                if about is not None and about.period is not None and since is None:
                    period = about.period  # "10 percent more than in 2023": a change of the level's period
        if previous is not None and previous.end > s_start:
            shifted = _year_before(previous, text, s_start, claim)
            if shifted is not None and (period is None or period == previous.period):
                period = shifted
        lead = text[max(s_start + c_start, claim.start - 40) : claim.start]
        trail = text[claim.end : min(s_start + c_end, claim.end + 30)]
        made = Claim(  # the one Claim of this number: what the grammar scanned, and its context
            text=doc.text[claim.start : claim.end],
            start=claim.start,
            end=claim.end,
            quantity=claim.quantity,
            kind=claim.kind,
            period=period,
            since=since,
            context=context,
            noun=claim.noun,
            lead=lead,
            trail=trail,
            noun_end=claim.noun_end,
            converts=converts,
            about=about,
            clause=(s_start + c_start, s_start + c_end),
            sentence=(s_start, s_end),
            previous_start=p_start,
            certain=_reads_as_a_claim(claim, text, s_start),
            document=text,
            wider_span=(p_start, s_end),
            topic_span=(max(0, s_start - _TOPIC_REACH), s_end),
        )
        yield made
        previous, before = made, claim
        in_sentence.append(made)
        if made.period is not None:
            dated.append(made)


def _with_the_next(items: Iterable[Scanned]) -> Iterator[tuple[Scanned, Scanned | None]]:
    """Each item with the one after it (None after the last)."""
    iterator = iter(items)
    item = next(iterator, None)
    while item is not None:
        after = next(iterator, None)
        yield item, after
        item = after


_BARE_NUMBER = regexes.compile(r"\d{1,3}(?:,\d{3})+|\d+")  # an integer: names and list numbers are whole
_NAME_BEFORE = regexes.compile(r"\b[A-Z][A-Za-z&'’-]*[ \t]+$")


def _reads_as_a_claim(claim: Scanned, text: str, s_start: int) -> bool:
    """False when a bare number may be part of a name rather than a quantity.

    A whole number with no unit, scale word or hedge, right after a
    capitalised word that does not start the sentence ("the Top 10 list",
    "Vision 40 goals"). The verdict stage reports such a number only when a
    figure of the base is about it, and never calls it contradicted.
    """
    q = claim.quantity
    if q.unit is not None or q.bound != "exact" or claim.kind != "count" or not _BARE_NUMBER.fullmatch(claim.text):
        return True
    name = _NAME_BEFORE.search(text, max(s_start, claim.start - 30), claim.start)
    return not (name and name.start() > s_start)


# "rose to 44 billion in 2023 from 40 billion": the amount after "from" is the year before's.
# A character of the same sentence: not ';', and a '.' only inside an abbreviation ("U.S. dollars").
IN_SENTENCE = r"(?:[^.;]|\.(?=\S|\s+[a-z0-9]))"
_FROM_AFTER_RISE = regexes.compile(
    rf"(?i:\b(?:rose|grew|climbed|jumped|increased|fell|dropped|declined|decreased|slid)[ \t]+to\b{IN_SENTENCE}*\bfrom)[ \t]+$"
)


def _year_before(previous: Claim, text: str, s_start: int, claim: Scanned):
    """The year before the previous level's, when this amount follows 'rose to X in YEAR from'."""
    if previous.period is None or previous.kind not in ("level", "count") or not _FROM_AFTER_RISE.search(text, s_start, claim.start):
        return None
    start = previous.period.start
    if (previous.period.end - start).days > 366:
        return None
    from .. import periods as P

    return P.year(start.year - 1) if (previous.period.end - start).days >= 364 else None


# "That year, its population was ...": the year the text spoke of just before.
_THAT_YEAR = regexes.compile(r"\b(?:[Tt]hat|[Tt]he same|[Tt]hat same)[ \t]+year\b")


def _period_before(dated_before: Claim | None, text: str, s_start: int):
    """The period of the last claim with one before this sentence, when it is within its paragraph."""
    if dated_before is None or "\n\n" in text[dated_before.end : s_start]:
        return None
    return dated_before.period


def _outside_mentions(scanned: Iterable[Scanned], mentions: list[PeriodMention]) -> Iterator[Scanned]:
    """The quantities that do not lie inside a period expression ("the first eight months").

    Both come in text order and mentions do not overlap, so the only one that can hold a quantity is the
    last that starts at or before it: one walk along the mentions serves the whole text.
    """
    ahead = iter(mentions)
    coming = next(ahead, None)
    last = None  # the last mention that starts at or before the quantity
    for claim in scanned:
        while coming is not None and coming.start <= claim.start:
            last, coming = coming, next(ahead, None)
        if last is None or claim.end > last.end:
            yield claim


# Between a level and a change, these start a new subject ("X was 5 billion, while Y rose 10 percent").
NEW_SUBJECT = regexes.compile(r"\b(?:while|whereas|but|and|as|compared)\b|;")


def _last_level(in_sentence: Sequence[Claim], text: str = "", change_start: int = 0) -> Claim | None:
    """The last level or count of the sentence that a change can be about, unless a new subject
    comes between them ("Guangxi's trade was X, while China's rose 10 percent")."""
    for claim in reversed(in_sentence):
        if claim.kind in ("level", "count") and claim.converts is None:
            if text and NEW_SUBJECT.search(text, claim.end, change_start):
                return None
            return claim
    return None


class _ClauseBreaks:
    """Where a text's clauses break, read once from its start as its claims' sentences come: they only move
    forward, so only the breaks of the current sentence are kept, never the whole text's."""

    def __init__(self, text: str):
        self._found = (m.start() for m in _CLAUSE_BREAK.finditer(text))
        self._ahead = next(self._found, None)  # the first break not yet read into a sentence
        self._kept: deque[int] = deque()  # the breaks read, from the last sentence's start on

    def within(self, start: int, end: int) -> list[int]:
        """The breaks in text[start:end], for a sentence that starts and ends no earlier than the last one."""
        while self._kept and self._kept[0] < start:
            self._kept.popleft()
        while self._ahead is not None and self._ahead < end:
            if self._ahead >= start:
                self._kept.append(self._ahead)
            self._ahead = next(self._found, None)
        return list(self._kept)


def _clause(breaks: list[int], s_start: int, s_end: int, claim: Scanned) -> tuple[int, int]:
    """The claim's clause, as offsets into its sentence: from the last break before it to the next one after."""
    index = bisect.bisect_left(breaks, claim.start)
    start = breaks[index - 1] + 1 if index and breaks[index - 1] >= s_start else s_start
    after = bisect.bisect_left(breaks, claim.end)
    end = breaks[after] if after < len(breaks) and breaks[after] < s_end else s_end
    return start - s_start, end - s_start


_LETTER = regexes.compile(r"[A-Za-z]")


def _period_for(doc, claim, mentions, s_start, s_end):
    """The nearest period mention in the claim's sentence, resolved at the story's date."""
    text = doc.checked_text
    best = None
    best_distance = None
    for mention in mentions:
        if mention.end <= s_start or mention.start >= s_end:
            continue
        if mention.start < claim.end and mention.end > claim.start:
            continue
        if mention.kind == "since" and claim.kind not in ("change", "ratio"):
            distance_penalty = 40
        else:
            distance_penalty = 0
        gap = (mention.end, claim.start) if mention.end <= claim.start else (claim.end, mention.start)
        if _CLAUSE_BREAK.search(text, gap[0], gap[1]):
            distance_penalty += 25  # a period in another clause is less likely to be this claim's
        if mention.end <= claim.start and _LETTER.search(text, gap[0], gap[1]):
            distance_penalty += 5  # "in 2020 to 911.7 billion in 2023": the year right after a claim is its own
        distance = gap[1] - gap[0] + distance_penalty
        if best_distance is None or distance < best_distance:
            best, best_distance = mention, distance
    if best is None:
        return None, None
    period = best.resolve(doc.date_at(claim.start))
    if best.kind == "between" and period is not None:  # "between 2014 and 2023": that span, since its first year
        from .. import periods as P

        return period, P.year(period.start.year)
    if best.kind == "since" or (claim.kind == "ratio" and best.kind == "year"):
        from .. import periods as P

        base = period if best.kind == "year" else P.year(period.start.year)
        today = doc.date_at(claim.start)
        return P.span(base, P.year(max(base.start.year, today.year))), base
    return period, None
