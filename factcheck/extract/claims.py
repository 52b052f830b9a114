"""Find the numeric claims in a document.

One pass of one regular expression finds every number-like token (and the
things that look like numbers but are not claims: dates, times, codes, URLs);
each number is then read outwards with small anchored patterns: a currency
sign and a hedge before it, a scale word, a unit and change words after it.
Every step looks at a bounded window, so extraction is linear in the text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document
from ..model import Claim, Quantity
from . import grammar as G
from .numbers import DIGITS, NUMBER_WORDS, parse_digits, parse_words
from .periods import find_periods


def _body(words) -> str:
    """'a|b|c' of the words, longest first so that the longest phrase wins."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _alternation(words, flags: str = "") -> str:
    return f"(?{flags}:{_body(words)})" if flags else f"(?:{_body(words)})"


_MONTH = _alternation(G.MONTHS)
_ORDINAL_WORD = _alternation(G.ORDINAL_WORDS)
_SUPERLATIVE = _alternation(G.SUPERLATIVES)
_SCALE = _alternation([w for w in G.SCALE_FACTORS if len(w) > 1], "i")

_TOKEN = re.compile(
    rf"""
    (?P<skip>
        https?://\S+ | www\.\S+ | [\w.+-]+@[\w-]+\.[\w.]+              # URLs, e-mail
      | \d{{4}}-\d{{2}}-\d{{2}}(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?  # 2024-08-13 22:52
      | \d{{1,2}}:\d{{2}}(?::\d{{2}})?                                  # 15:07
      | \b0\d+(?:[-./]\d+)*                                             # 08-14, 007
      | (?i:\b{_MONTH})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b
            (?:[ \t]*(?:-|–|to|and)[ \t]*\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?[ \t]+\d{{4}}\b)?   # Sept 24 to 28, Jan 1, 2010
      | \b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?i:{_MONTH})\b(?:,?[ \t]+\d{{4}}\b)?   # 24 September 2024
      | (?i:\b{_MONTH})\.?[ \t]+\d{{4}}\b                                # Nov 2022
      | \b\d+(?:\.\d+){{2,}}\b                                          # 1.2.3
      | \b[A-Za-z]+\d[\w-]* | \b[A-Z]{{2,}}-\d+\b                          # A320, G20, COVID-19
      | \+?\b\d{{3}}[ -]\d{{3}}[ -]\d{{4}}\b                               # phone numbers
    )
  | (?P<rank>(?:\b\d+(?:st|nd|rd|th)|(?i:\b{_ORDINAL_WORD}))[ \t-]+(?i:{_SUPERLATIVE})\b)
  | (?P<ordinal>\b\d+(?:st|nd|rd|th)\b)
  | (?P<multiplier>(?i:\b(?:{'|'.join(G.MULTIPLIERS)})\b))
  | (?P<num>(?<![\w.,])(?P<digits>{DIGITS})(?P<glued>bn|mn|tn|trn|k|m)?(?![\w]|[.,]\d))
  | (?P<words>(?i:\b{NUMBER_WORDS})\b)
    """,
    re.VERBOSE,
)

_CURRENCY_BEFORE = re.compile(
    "(?P<cur>" + "|".join(re.escape(c.surface) for c in G.CURRENCY_PREFIXES)
    + "|" + "|".join(G.CURRENCY_CODES) + r")[ \t]?$"
)
_CURRENCY_PREFIX_CODES = {c.surface: c.code for c in G.CURRENCY_PREFIXES}
_HEDGE_BEFORE = re.compile(rf"(?i:\b(?P<hedge>{_body(h.phrase for h in G.HEDGES)}))[ \t]+$")
_HEDGE_BOUND = {h.phrase: h.bound for h in G.HEDGES}
_SCALE_AFTER = re.compile(rf"[ \t]*(?P<hyphen>-)?[ \t]*(?P<scale>{_SCALE})\b")
_ALL_UNITS = (*G.PERCENT_UNITS, *G.PHYSICAL_UNITS)
_UNIT_BY_SURFACE = {u.surface.lower(): u for u in _ALL_UNITS}
_CURRENCY_BY_NAME = {c.surface.lower(): c.code for c in G.CURRENCY_NAMES}
_UNIT_AFTER = re.compile(
    rf"(?P<gap>[ \t]*-[ \t]*|[ \t]*)(?:(?i:{_body(G.UNIT_MODIFIERS)})[ \t]+)?"
    rf"(?P<unit>{_alternation([c.surface for c in G.CURRENCY_NAMES] + [u.surface for u in _ALL_UNITS], 'i')}"
    rf"|{_alternation(G.CURRENCY_CODES)})(?![\w])"
)
_RANGE_AFTER = re.compile(rf"[ \t]*(?:-|–|to|(?P<and>and))[ \t]*(?P<num>{DIGITS})(?![\w]|[.,]\d)")
_BETWEEN_BEFORE = re.compile(r"(?i:\b(?:between|from))[ \t]+$")
_CHANGE_BEFORE = re.compile(rf"(?i:\b{_body(G.CHANGE_BEFORE)})[ \t]+(?:(?i:by|of|an?)[ \t]+)?$")
_CHANGE_AFTER = re.compile(rf"[ \t]+(?i:{_body(G.CHANGE_AFTER)})\b")
_SHARE_AFTER = re.compile(r"[ \t]+of\b(?![ \t]+(?:the[ \t]+)?(?:increase|rise|growth|decline))")
_NOUN_AFTER = re.compile(r"[ \t]*-?[ \t]*((?:(?!(?:of|in|and|or|to|for|with|by|from|at|on|that|which|who|is|are|was|were|have|has|had|been|will|be|than|as)\b)[A-Za-z][\w'’-]*[ \t]*){1,5})")
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:page|pages|section|chapter|article|part|room|no\.|number|phase|step|round|version|v\.?|type|model|line|grade|level|figure|table|item|rule|paragraph|clause|article|route|platform|gate|flight|#))[ \t]*$"
)
_VERSION_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|(?i:\bversion))[ \t]+$")
_ANAPHORA = re.compile(rf"(?i:\b{_body(G.ANAPHORIC_AFTER)})[ \t]+$")
_IDIOM = re.compile(rf"(?i:{_body(G.IDIOMS)})\b")
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\band\b(?=[ \t]+(?:signed|carried|have|has|had|built|launched|with))")
_PAIR_GAP = re.compile(r"^(?:[ \t]+[a-z]+){0,3}[ \t]*\([ \t]*(?:(?i:about|around|approximately|roughly|some|nearly|almost|or|equivalent to|or about|worth))?[ \t]*$")
_SMALL_WORD_NUMBERS = 12
_TOPIC_REACH = 1500  # characters before a claim's sentence that may name what it is about


def extract_claims(doc: Document) -> list[Claim]:
    """Every numeric claim in the document, in text order, with its context and period."""
    return _attach_context(doc, scan(doc.checked_text))


def scan(text: str) -> list[Claim]:
    """The quantities written in text, without context: the grammar alone."""
    claims: list[Claim] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("skip", "ordinal"):
            continue
        if kind == "rank":
            claim = _rank(text, m)
        elif kind == "multiplier":
            claim = _multiplier(text, m)
        else:
            claim = _quantity(text, m)
        if claim is not None and (not claims or claim.start >= claims[-1].end):
            claims.append(claim)
    return claims


def _rank(text: str, m: re.Match) -> Claim:
    word = re.match(r"\d+|[A-Za-z]+", m.group()).group()
    value = float(word) if word.isdigit() else float(G.ORDINAL_WORDS[word.lower()])
    return Claim(m.group(), m.start(), m.end(), Quantity(value, None, "exact", 0.5), "rank")


def _multiplier(text: str, m: re.Match) -> Claim:
    value = G.MULTIPLIERS[m.group().lower()]
    return Claim(m.group(), m.start(), m.end(), Quantity(value, None, "exact", 0.05), "ratio")


def _quantity(text: str, m: re.Match) -> Claim | None:
    start, end = m.start(), m.end()
    before = text[max(0, start - 40):start]
    if m.lastgroup == "words":
        if _IDIOM.match(text, start) or re.search(r"(?i:\bno)[ \t]+$", before):
            return None
        value = parse_words(m.group())
        if value is None:
            return None
        half_unit = 0.5
        if value <= _SMALL_WORD_NUMBERS and _ANAPHORA.search(before):
            return None
    else:
        value, half_unit = parse_digits(m.group("digits"))
        if "." in m.group("digits") and _VERSION_BEFORE.search(before):
            return None
        if _NOT_A_COUNT_BEFORE.search(before):
            return None

    unit = None
    scale = 1.0
    glued = m.group("glued") if m.lastgroup == "num" else None

    # A currency written before the number: "US$5bn", "RMB 3 billion".
    currency = _CURRENCY_BEFORE.search(before)
    if currency:
        unit = _CURRENCY_PREFIX_CODES.get(currency.group("cur"), currency.group("cur"))
        start -= len(before) - currency.start()
        before = before[: currency.start()]
    if glued:
        if glued == "m" and unit is None:
            return _with_unit(text, m, start, end - 1, value, half_unit, before)
        scale = G.SCALE_FACTORS.get(glued) or G.MONEY_ONLY_SCALES[glued]

    hyphen_compound = False
    scale_match = _SCALE_AFTER.match(text, end)
    if scale_match and not glued:
        if scale_match.group("hyphen"):
            hyphen_compound = True
        scale = G.SCALE_FACTORS[scale_match.group("scale").lower()]
        end = scale_match.end()

    low = high = None
    bound = "exact"
    range_match = _RANGE_AFTER.match(text, end) if not hyphen_compound else None
    if range_match and range_match.group("and") and not _BETWEEN_BEFORE.search(before):
        range_match = None  # "10 and 20 percent" is a range only after "between"
    if range_match and m.lastgroup == "num" and _is_year(m.group("digits")) and _is_year(range_match.group("num")):
        return None  # "2020-2024" is a span of years, not a quantity
    if range_match:
        second, second_half = parse_digits(range_match.group("num"))
        after_second = _SCALE_AFTER.match(text, range_match.end())
        second_scale = G.SCALE_FACTORS[after_second.group("scale").lower()] if after_second else scale
        if second > value or second_scale > scale:
            if not scale_match and after_second:  # "from 5 to 7 billion": the scale is shared
                scale = second_scale
            low, high = value * scale, second * second_scale
            half_unit = min(half_unit * scale, second_half * second_scale) / scale
            end = after_second.end() if after_second else range_match.end()
            scale = second_scale if after_second else scale
            bound = "range"

    unit_match = _UNIT_AFTER.match(text, end)
    if unit_match and unit is None:
        surface = unit_match.group("unit")
        if "-" in unit_match.group("gap") and surface.lower() in _CURRENCY_BY_NAME:
            hyphen_compound = True  # "four trillion-yuan level clusters": a count
        elif surface in G.CURRENCY_CODES or surface.lower() in _CURRENCY_BY_NAME:
            unit = surface if surface in G.CURRENCY_CODES else _CURRENCY_BY_NAME[surface.lower()]
            end = unit_match.end()
        else:
            entry = _UNIT_BY_SURFACE[surface.lower()]
            unit = entry.name
            end = unit_match.end()
    elif unit_match and unit is not None and unit_match.group("unit") in G.CURRENCY_CODES:
        end = unit_match.end()

    if hyphen_compound:  # the scale and unit belong to the noun: "four trillion-yuan level clusters"
        scale, unit, end = 1.0, None, m.end()
    if unit is None and scale == 1.0 and m.lastgroup == "num" and bound != "range":
        if _is_year(m.group("digits")):
            return None

    hedge = _HEDGE_BEFORE.search(before)
    if bound != "range":
        if hedge:
            bound = _HEDGE_BOUND[hedge.group("hedge").lower()]
        elif _BETWEEN_BEFORE.search(before) and range_match:
            bound = "range"

    after = text[end:end + 60]
    if unit in ("percent", "percentage_point", "basis_point"):
        if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after):
            kind = "change"
        elif _SHARE_AFTER.match(after):
            kind = "share"
        else:
            kind = "level"
    elif unit is not None:
        kind = "level"
    else:
        kind = "count"
        if m.lastgroup == "words" and m.group().lower() == G.BARE_ONE:
            return None

    noun, noun_end = "", end
    if kind == "count":
        noun_match = _NOUN_AFTER.match(text, end)
        if noun_match:
            noun, noun_end = noun_match.group(1).strip(), noun_match.end()

    quantity = Quantity(
        value * scale, unit, bound, half_unit * scale,
        hedge.group("hedge").lower() if hedge and bound != "range" else None,
        low, high,
    )
    return Claim(text[start:end], start, end, quantity, kind, noun=noun, noun_end=noun_end)


def _with_unit(text, m, start, end, value, half_unit, before) -> Claim | None:
    """'100m' without a currency: a length in metres."""
    hedge = _HEDGE_BEFORE.search(before)
    bound = _HEDGE_BOUND[hedge.group("hedge").lower()] if hedge else "exact"
    quantity = Quantity(value, "meter", bound, half_unit, hedge.group("hedge").lower() if hedge else None)
    return Claim(text[start:end + 1], start, end + 1, quantity, "level")


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100


def _attach_context(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Give each claim its clause, its period and the claim it qualifies or converts."""
    text = doc.checked_text
    mentions = find_periods(text)
    claims = [c for c in claims if not any(p.start <= c.start and c.end <= p.end for p in mentions)]
    result: list[Claim] = []
    for i, claim in enumerate(claims):
        s_start, s_end = doc.sentence_bounds(claim.start)
        sentence = text[s_start:s_end]
        c_start, c_end = _clause(sentence, claim.start - s_start, claim.end - s_start)
        # The claim's own words stop at its neighbours: "15 countries including 10 member states".
        previous_end = max(claims[i - 1].end, claims[i - 1].noun_end) - s_start if i > 0 else -1
        if previous_end > c_start:
            c_start = previous_end
        if i + 1 < len(claims) and claims[i + 1].start - s_start < c_end:
            c_end = claims[i + 1].start - s_start
        # The claim's own words ("billion yuan") say nothing about what is measured.
        context = " ".join((sentence[c_start:claim.start - s_start] + " " + sentence[claim.end - s_start:c_end]).split())
        period, since = _period_for(doc, claim, mentions, s_start, s_end)
        previous = result[-1] if result else None
        converts = about = None
        if previous and previous.end > s_start:
            if (claim.quantity.is_money and previous.quantity.is_money
                    and claim.quantity.unit != previous.quantity.unit
                    and _PAIR_GAP.match(text[previous.end:claim.start])):
                converts = previous
                period = previous.period  # a conversion speaks of what it converts
            if claim.kind == "change":
                levels = [c for c in result if c.start >= s_start and c.kind in ("level", "count") and c.converts is None]
                about = levels[-1] if levels else None
                if about is not None and about.period is not None and since is None:
                    period = about.period  # "10 percent more than in 2023": a change of the level's period
        p_start, _ = doc.sentence_bounds(s_start - 1) if s_start else (s_start, s_end)
        if "\n\n" in text[p_start:s_start]:  # the sentence before, within the paragraph: "its" and "the two sides"
            p_start = s_start
        result.append(replace(
            claim, text=doc.text[claim.start:claim.end], context=context, wider_context=" ".join(text[p_start:s_end].split()), period=period, since=since,
            converts=converts, about=about, topic=text[max(0, s_start - _TOPIC_REACH):s_end],
        ))
    return result


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last break before to the next break after."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    before = [b for b in breaks if b < start]
    after = [b for b in breaks if b >= end]
    return (before[-1] + 1 if before else 0), (after[0] if after else len(sentence))


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
        if _CLAUSE_BREAK.search(text, gap[0] , gap[1]):
            distance_penalty += 25  # a period in another clause is less likely to be this claim's
        distance = gap[1] - gap[0] + distance_penalty
        if best_distance is None or distance < best_distance:
            best, best_distance = mention, distance
    if best is None:
        return None, None
    period = best.resolve(doc.date_at(claim.start))
    if best.kind == "since" or (claim.kind == "ratio" and best.kind == "year"):
        from .. import periods as P

        base = period if best.kind == "year" else P.year(period.start.year)
        today = doc.date_at(claim.start)
        return P.span(base, P.year(max(base.start.year, today.year))), base
    return period, None
