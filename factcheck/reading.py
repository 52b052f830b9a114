"""What a claim is about, read the way a reader reads it: an entity, a measure, and how sure.

"The U.S. population passed 330 million in 2021" is about the United States
(named in its clause) and population (named in its clause). The places and
measures a document names are found once; each claim's reading takes the
nearest that fits from its clause, then its sentence, then the sentence
before. A reading says where each part was read: a place named only in the
sentence before, or one of several in the sentence, or an ambiguous name, is
implied, and an implied reading never finds fault with a claim (check.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from . import regexes, units
from .entities import ELSEWHERE, Mention
from .figures import ReferenceBase
from .measures import Measure, MeasureMention
from .model import Claim


class Certainty(str, Enum):
    """How a reading was found: in the claim's own clause, the only one of its sentence, or implied."""

    STATED = "named in its clause"
    SENTENCE = "named in its sentence"
    IMPLIED = "implied"


@dataclass(frozen=True)
class Reading:
    """What a claim is about, with where each part was read and how sure that is."""

    entity: str | None = None
    entity_text: str = ""
    entity_certainty: Certainty = Certainty.IMPLIED
    stranger: str | None = None  # a place named where the entity should be, which no table knows ("Lagos")
    measure: str | None = None
    measure_text: str = ""
    measure_certainty: Certainty = Certainty.IMPLIED
    change_of: str | None = None  # "population grew 1 percent": a change computed from the measure's levels
    per_capita: bool = False
    share_of: str | None = None  # "26 percent of global GDP": the entity of the whole, the measure being GDP

    @property
    def implied(self) -> bool:
        return Certainty.IMPLIED in (self.entity_certainty, self.measure_certainty)

    def describe(self, base: ReferenceBase) -> str:
        """'entity United States ("the U.S.", named in its clause); measure population ("population", named in its clause)'."""
        parts = []
        if self.entity:
            name = base.entities.name_of(self.entity)
            parts.append(f'entity {name} ("{self.entity_text}", {self.entity_certainty.value})')
        elif self.stranger:
            parts.append(f"entity {self.stranger} (unknown to the base)")
        else:
            parts.append("no entity")
        measure = self.change_of or self.measure
        if measure:
            label = base.vocabulary.measures[measure].name
            what = f"change of {label}" if self.change_of else label
            if self.share_of:
                whole = base.entities.name_of(self.share_of)
                what = f"share of {whole}'s {label}"
            parts.append(f'measure {what} ("{self.measure_text}", {self.measure_certainty.value})')
        else:
            parts.append("no measure")
        return "; ".join(parts)


class DocumentNames:
    """The places and measures a document names, each found once (places only when a claim needs them)."""

    def __init__(self, text: str, base: ReferenceBase):
        self.text = text
        self._base = base
        self.measures: list[MeasureMention] = base.vocabulary.mentions(text)
        self._measure_starts = [m.start for m in self.measures]

    @cached_property
    def places(self) -> list[Mention]:
        return self._base.entities.mentions(self.text)

    @cached_property
    def _place_starts(self) -> list[int]:
        return [m.start for m in self.places]

    def places_in(self, low: int, high: int) -> list[Mention]:
        first = bisect.bisect_left(self._place_starts, low)
        last = bisect.bisect_left(self._place_starts, high)
        return [m for m in self.places[first:last] if m.end <= high]

    def measures_in(self, low: int, high: int) -> list[MeasureMention]:
        first = bisect.bisect_left(self._measure_starts, low)
        last = bisect.bisect_left(self._measure_starts, high)
        return [m for m in self.measures[first:last] if m.end <= high]


def names_of(text: str, base: ReferenceBase) -> DocumentNames:
    return DocumentNames(text, base)


# Capitalised words in the place of an entity that no table knows: "Lagos's", "in Lagos", "Lagos is home to".
_NAME_RUN = r"[A-Z][a-zà-ÿ'’]+(?:[ -](?:[A-Z][a-zà-ÿ]+|de|del|da|upon|on-[A-Z][a-z]+))*"
_STRANGER = regexes.compile(
    rf"(?:\b(?:in|of|across|throughout|for)[ \t]+(?P<after>{_NAME_RUN}))|(?P<owner>{_NAME_RUN})(?=['’]s?\b|[ \t]+(?:is|was|has|had|now|alone|city|county|province|state)\b|,)"
)
# fmt: off
_NOT_PLACES = frozenset(
    ["The", "In", "As", "At", "On", "By", "For", "Of", "From", "To", "With", "Since", "Last", "This", "That", "These", "Those", "Its", "It", "Their", "Our", "Over", "Under", "After", "Before", "During", "According", "Meanwhile", "But", "And", "Yet", "Still", "Today", "Yesterday", "Now", "Then", "There", "Here", "When", "While", "Although", "However", "Also", "Some", "Most", "About", "Around", "Nearly", "Almost", "More", "Less", "Between", "Among", "Data", "Figures", "Officials", "Statistics", "Government", "Ministry", "Bureau", "Office", "Bank", "Fund", "Reuters", "Census", "Report", "Survey", "Index", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Prime", "Premier", "Chairman", "Chief", "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Q1", "Q2", "Q3", "Q4", "Asked", "Overall", "Total", "Each", "Population", "Inflation", "Unemployment", "Exports", "Imports", "Trade", "Growth", "Economy"]
)
# fmt: on
_ORGANISATION = regexes.compile(
    r"\b(?:Bank|Fund|Organi[sz]ation|Ministry|Bureau|Office|Institute|University|Agency|Council|Commission|"
    r"Association|Group|Company|Corp|Inc|Party|Forum|Department|Survey|Index|Review|Times|News|Post)\b"
)
_PEOPLE_AFTER = regexes.compile(r"[ \t]*(?:people|inhabitants|residents|persons|citizens|souls)\b", re.IGNORECASE)
_HAS_BEFORE = regexes.compile(
    r"(?:\b(?:has|had|have|with|counts?|counted|numbers?|numbered|totals?|totall?ed|nation of|country of|state of|city of)"
    r"(?:[ \t]+[a-z]+){0,2}|[A-Z][\w.]*['’]s?(?:[ \t]+(?:some|about|nearly|almost|roughly|over))?)[ \t]*$",
    re.IGNORECASE,
)
_PASSED_BEFORE = regexes.compile(r"\b(?:passed|reached|topped|surpassed|crossed|exceeded|hit)(?:[ \t]+[a-z]+){0,2}[ \t]*$", re.IGNORECASE)
_OF_WHOLE = regexes.compile(
    r"[ \t]*(?:of|in)[ \t]+(?:the[ \t]+)?(?:[A-Za-z.'’]+[ \t]+){0,2}?(?:GDP|gross domestic product|economic output)\b", re.IGNORECASE
)
_GROWTH = regexes.compile(
    r"\b(?:grew|grow|grows|growth|expanded|expand|expansion|shrank|shrink|contracted|contract|contraction|rose|rise|"
    r"risen|increased?|fell|fall|fallen|declined?|dropped|up|down|jumped|slowed)\b",
    re.IGNORECASE,
)
_PER_CAPITA = regexes.compile(r"\bper[ \t-](?:capita|person|head|inhabitant|resident)\b", re.IGNORECASE)


# "Latin America's largest economy", "the world's second most populous country": a group the subject is one of.
_GROUP_OF = regexes.compile(
    r"['’]s?[ \t]+(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[- \t]+)?(?:[a-z]+-)?"
    r"(?:largest|biggest|smallest|richest|poorest|most|least|fastest|slowest|top|leading|oldest|youngest|"
    r"highest|lowest|only|first|last)\b",
    re.IGNORECASE,
)
_IN_PLACE = regexes.compile(r"[ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
_WHOSE = regexes.compile(r"[ \t]*(?:whose|where)\b", re.IGNORECASE)


def strangers(text: str, low: int, high: int, base: ReferenceBase) -> list[tuple[int, int, str]]:
    """Names in the place of an entity that neither the world table nor the base knows."""
    found = []
    for match in _STRANGER.finditer(text, low, high):
        group = "after" if match.group("after") else "owner"
        name = re.sub(r"['’]s?$", "", match.group(group))
        start = match.start(group)
        words = name.split()
        while words and words[0] in _NOT_PLACES:
            words.pop(0)
            start = text.find(words[0], start) if words else start
        if not words:
            continue
        name = " ".join(words)
        if (
            base.entities.resolve_exact(name)
            or base.vocabulary.resolve(name)
            or _ORGANISATION.search(name)
            or any(w in _NOT_PLACES for w in words)
            or name.isupper()
        ):
            continue
        found.append((start, start + len(name), name))
    return found


def claim_dimension(claim: Claim) -> str:
    unit = claim.quantity.unit
    if unit and "/" in unit and unit.split("/")[0].isupper():
        return "money"  # '$4,300 per capita': money, per person
    return units.dimension(unit)


_SHARE_OF = regexes.compile(r"[ \t]+of[ \t]+")


def read_claim(claim: Claim, names: DocumentNames, base: ReferenceBase) -> Reading:
    """The entity and the measure of a claim, each with where it was read."""
    share = _read_share(claim, names, base)
    if share is not None:
        return share
    measure, measure_text, measure_certainty, change_of, per_capita = _read_measure(claim, names, base)
    if (change_of or measure) not in base.measures_present:  # nothing to look up: whose it is does not matter
        return Reading(None, "", Certainty.IMPLIED, None, measure, measure_text, measure_certainty, change_of, per_capita)
    entity, entity_text, entity_certainty, stranger = _read_entity(claim, names, base)
    return Reading(entity, entity_text, entity_certainty, stranger, measure, measure_text, measure_certainty, change_of, per_capita)


def _read_share(claim: Claim, names: DocumentNames, base: ReferenceBase) -> Reading | None:
    """'The U.S. accounted for 26 percent of global GDP': a share of one entity's level in another's.

    The whole is the place and the measure named right after 'of'; the part is the
    place the claim's clause (or sentence) names before the claim. No part, or a
    part that is the whole, is no share this can compute ('20 percent of Nigeria's
    population lives in the north').
    """
    if claim_dimension(claim) != "percent" or not _SHARE_OF.match(names.text, claim.end):
        return None
    window = min(claim.sentence[1], claim.end + 80)
    vocabulary = base.vocabulary.measures
    levels = [
        m
        for m in names.measures_in(claim.end, window)
        if vocabulary[m.measure].claim_dimension != "percent" and vocabulary[m.measure].kind == "level"
    ]
    if not levels:
        return None
    measure = levels[0]
    wholes = names.places_in(claim.end, measure.end + 1)
    if not wholes or wholes[-1].entity == ELSEWHERE:
        return None
    whole = wholes[-1]
    in_clause = names.places_in(claim.clause[0], claim.start)
    part = _nearest(claim, in_clause)
    certainty = Certainty.STATED if len({p.entity for p in in_clause}) <= 1 else Certainty.IMPLIED  # "China and ASEAN together"
    if part is None:
        before = names.places_in(claim.sentence[0], claim.start)
        if not before:
            return None
        part = before[0]
        certainty = Certainty.SENTENCE if len({p.entity for p in before}) == 1 else Certainty.IMPLIED
    if part.entity in (whole.entity, ELSEWHERE):
        return None
    return Reading(part.entity, part.text, certainty, None, measure.measure, measure.text, Certainty.STATED, share_of=whole.entity)


def _outside(claim: Claim, spans) -> list:
    return [m for m in spans if m.end <= claim.start or m.start >= claim.end]


def _distance(claim: Claim, span) -> int:
    """How far a span is from the claim; one after it counts double ('Japan's 125 million' over a name after)."""
    return claim.start - span.end if span.end <= claim.start else 2 * (span.start - claim.end) + 10


def _nearest(claim: Claim, spans):
    return min(spans, key=lambda span: _distance(claim, span)) if spans else None


def _read_entity(claim: Claim, names: DocumentNames, base: ReferenceBase):
    (c_low, c_high), (s_low, s_high) = claim.clause, claim.sentence
    if c_high <= c_low:
        return None, "", Certainty.IMPLIED, None
    text = names.text
    in_clause = [m for m in _outside(claim, names.places_in(c_low, c_high)) if not _GROUP_OF.match(text, m.end)]
    unknown_in_clause = [s for s in strangers(text, c_low, c_high, base) if s[1] <= claim.start or s[0] >= claim.end]
    unknown_in_clause += [(m.start, m.end, m.text) for m in in_clause if m.entity == ELSEWHERE]  # "New Mexico"
    in_clause = [m for m in in_clause if m.entity != ELSEWHERE]
    right_after = [m for m in in_clause if m.start >= claim.end and _IN_PLACE.fullmatch(text, claim.end, m.start)]
    if right_after:  # "26 percent in Pakistan": the place named right after the number is its own
        return right_after[0].entity, right_after[0].text, Certainty.STATED, None
    if _WHOSE.match(text, c_low):  # "China, whose population fell to ...": the place just before the clause
        owner = [m for m in names.places_in(s_low, c_low) if m.entity != ELSEWHERE]
        if owner:
            return owner[-1].entity, owner[-1].text, Certainty.SENTENCE, None
    best = _nearest(claim, in_clause)
    if len({m.entity for m in in_clause}) > 1:
        return best.entity, best.text, Certainty.IMPLIED, None  # "Germany and France had a combined ...": whose?
    if unknown_in_clause:
        stranger = min(unknown_in_clause, key=lambda s: abs(claim.start - s[1]))
        if best is None or abs(claim.start - stranger[1]) < abs(claim.start - best.end):
            return None, "", Certainty.STATED, stranger[2]
    if best is not None:
        certainty = Certainty.IMPLIED if base.entities.is_ambiguous(best) else Certainty.STATED  # "Georgia": the state or the country?
        return best.entity, best.text, certainty, None
    in_sentence = [m for m in _outside(claim, names.places_in(s_low, s_high)) if not _GROUP_OF.match(text, m.end)]
    unknown = strangers(text, s_low, claim.start, base) + [(m.start, m.end, m.text) for m in in_sentence if m.entity == ELSEWHERE]
    in_sentence = [m for m in in_sentence if m.entity != ELSEWHERE]
    distinct = {m.entity for m in in_sentence} | {s[2] for s in unknown}
    spans = sorted([(m.start, m.entity, m.text, None) for m in in_sentence] + [(s[0], None, s[2], s[2]) for s in unknown])
    if spans:
        start, entity, text, stranger = spans[0]  # the sentence's subject comes first: "Shanghai, China's largest city, has ..."
        ambiguous = any(m.start == start and base.entities.is_ambiguous(m) for m in in_sentence)
        certainty = Certainty.SENTENCE if len(distinct) == 1 and not ambiguous else Certainty.IMPLIED
        return entity, text, certainty, stranger
    before = [m for m in names.places_in(claim.previous_start, s_low) if m.entity != ELSEWHERE]
    if before:
        return before[-1].entity, before[-1].text, Certainty.IMPLIED, None
    return None, "", Certainty.IMPLIED, None


def _read_measure(claim: Claim, names: DocumentNames, base: ReferenceBase):
    """The measure nearest the claim that its dimension fits, turned into its per-capita, growth or %-of-GDP form."""
    vocabulary = base.vocabulary.measures
    dimension = claim_dimension(claim)
    text = names.text
    whole = _OF_WHOLE.match(text, claim.end) if dimension == "percent" else None
    per_capita = bool(_PER_CAPITA.search(text, claim.clause[0], claim.clause[1])) or (claim.quantity.unit or "").endswith(
        ("/capita", "/person")
    )
    growth = claim.kind == "change" or bool(_GROWTH.search(text, claim.clause[0], claim.start))
    by_how_much = dimension != "percent" and claim.kind == "change"  # "fell by 2 million", "rose $40 billion"

    def fitting(mention: MeasureMention):
        measure = vocabulary[mention.measure]
        if measure.kind == "change" and measure.claim_dimension != dimension:
            # "the economy grew to $4.46 trillion": the level of what grew
            measure = next((m for m in vocabulary.values() if m.growth == measure.id), measure)
        if whole and claim.end <= mention.start <= whole.end():
            return None  # "120 percent of GDP": GDP is the whole, not the measure
        if per_capita and measure.per_capita:
            measure = vocabulary.get(measure.per_capita, measure)
        if whole and measure.of_gdp:
            measure = vocabulary.get(measure.of_gdp, measure)
        if dimension == "percent" and measure.claim_dimension != "percent" and growth:
            if measure.growth:
                return vocabulary.get(measure.growth), None
            if claim.kind in ("change", "ratio"):
                return measure, measure.id  # computed from two levels of the measure
            return None
        if claim.kind == "ratio" and measure.claim_dimension != "percent":
            return measure, measure.id  # "doubled": a multiple of two levels
        if by_how_much and measure.kind == "level":
            return (measure, measure.id) if units.fits(dimension, measure.claim_dimension) else None  # "fell by 2 million"
        return (measure, None) if units.fits(dimension, measure.claim_dimension) else None

    counted = claim.noun.split()[0].lower() if claim.noun else ""
    if (
        claim.kind == "count"
        and counted
        and counted not in ("a", "an", "per", "each", "every")
        and claim.noun_end > claim.end
        and not _PEOPLE_AFTER.match(text, claim.end)
    ):
        # "a bloc of 10 countries": a count of its own noun; only a measure that is that noun can be it
        for mention in names.measures_in(claim.end, claim.noun_end + 1):
            fit = fitting(mention)
            if fit is not None and fit[0] is not None:
                measure, change_of = fit
                return (measure.id if not change_of else None), mention.text, Certainty.STATED, change_of, per_capita
        people = _people(claim, text, vocabulary)
        if people is not None:
            return people.id, claim.text, Certainty.SENTENCE, None, False
        return None, "", Certainty.IMPLIED, None, per_capita
    for low, high, certainty in (
        (claim.clause[0], claim.clause[1], Certainty.STATED),
        (claim.sentence[0], claim.sentence[1], Certainty.SENTENCE),
        (claim.previous_start, claim.sentence[0], Certainty.IMPLIED),
    ):
        if certainty is Certainty.IMPLIED:
            # "South Korea had 51 million people", "1,300 people per square kilometre": said in its own words
            people = _people(claim, text, vocabulary) or _density(claim, vocabulary)
            if people is not None:
                return people.id, claim.text, Certainty.SENTENCE, None, False
        mentions = _outside(claim, names.measures_in(low, high))
        ranked = sorted(mentions, key=lambda m: _distance(claim, m))
        for mention in ranked:
            fit = fitting(mention)
            if fit is not None and fit[0] is not None:
                measure, change_of = fit
                return (measure.id if not change_of else None), mention.text, certainty, change_of, per_capita
    return None, "", Certainty.IMPLIED, None, per_capita


def _density(claim: Claim, vocabulary: dict[str, Measure]) -> Measure | None:
    """'1,300 people per square kilometre': a population density, though no word but its own says so."""
    if "population-density" not in vocabulary or units.dimension(claim.quantity.unit) != units.DENSITY:
        return None
    return vocabulary["population-density"] if _PEOPLE_IN.search(claim.text) else None


_PEOPLE_IN = regexes.compile(r"(?i:\b(?:people|persons|inhabitants|residents)\b)")


def _people(claim: Claim, text: str, vocabulary: dict[str, Measure]) -> Measure | None:
    """'India had 1.25 billion people', 'a nation of 100 million people': a population, though no word says so."""
    if claim.kind != "count" or claim.quantity.value < 10_000 or "population" not in vocabulary:
        return None
    if not _PEOPLE_AFTER.match(text, claim.end):
        return None
    if _HAS_BEFORE.search(text, claim.clause[0], claim.start):
        return vocabulary["population"]
    if claim.quantity.value >= 1_000_000 and _PASSED_BEFORE.search(text, claim.clause[0], claim.start):
        return vocabulary["population"]  # "passed 100 million people": no crowd is counted in millions
    return None
