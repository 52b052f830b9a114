"""Which figures is a claim about? Rank candidates by dimension, kind, period and words.

The base's word index narrows the figures to those sharing a content word with
the claim's clause; only those are filtered by dimension and period and scored
with rapidfuzz, so a base of thousands of figures costs no full fuzzy scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from . import units
from .derived_words import PER_YEAR
from .figures import ReferenceBase
from .model import Claim, Figure
from .words import content_words, names_in, proper_names, stem

MIN_SCORE = 62.0  # below this the words around a claim are not about the figure
WIDER_WEIGHT = 0.25  # the rest of the sentence counts, but less than the claim's own words


@dataclass
class Candidate:
    figure: Figure
    score: float  # words, 0..100
    period_fit: float  # 0..1: how well the figure's period covers the claim's

    @property
    def rank(self) -> float:
        return self.score + 10 * self.period_fit


@dataclass
class Rejection:
    figure: Figure
    reason: str


def claim_kind_fits(claim: Claim, figure: Figure) -> bool:
    """Does the kind of figure answer the kind of claim? (a change is not a level, a rank not a count)"""
    fkind = figure.kind
    if claim.kind in ("rank", "ratio", "change"):
        return fkind == claim.kind
    if fkind in ("rank", "ratio", "change"):
        return False
    if claim.kind == "count":
        return fkind in ("count", "level")
    return True  # level and share percentages both answer "N percent of ..."


def dimension_fits(claim: Claim, figure: Figure) -> bool:
    try:
        return units.fits(units.dimension(claim.quantity.unit), units.dimension(figure.quantity.unit))
    except Exception:  # pint could not read one of the units: they cannot be compared
        return False


def period_fit(claim: Claim, figure: Figure, today: date) -> float | None:
    """0..1 when the figure may speak of the claim's period, None when it cannot."""
    if figure.period is None:
        return 0.5
    if claim.period is None or claim.period.is_day:
        # As of a day, only figures published by then: periods that are over, or run to date ("so far this year").
        as_of = claim.period.end if claim.period else today
        month_end = (as_of.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return 0.5 if figure.period.end <= month_end else None
    if figure.kind == "change" and (figure.period.end - figure.period.start).days > 550 and not PER_YEAR.search(claim.context):
        return None  # an average annual rate over years is not "up 33 percent"
    if claim.since is not None and figure.kind in ("change", "ratio"):
        base_year = (figure.compared_to or figure.period).start.year
        if base_year != claim.since.start.year or figure.period.end.year < claim.period.end.year - 1:
            return None  # a change since 2020 is not the change since 2013, nor the one from 2020 to 2021
    overlap = claim.period.overlap(figure.period)
    return overlap if overlap > 0 else None


# Nouns that name what is measured. When the claim's own words name one and the
# figure names another ("a widget deal" against "widget exports"), the figure is
# about a different measure, however many other words they share.
# fmt: off
MEASURES = frozenset(stem(w) for w in ["export", "import", "trade", "investment", "deal", "contract", "sale", "revenue", "profit", "loss", "budget", "loan", "debt", "spending", "output", "production", "gdp", "population", "visitor", "tourist", "passenger", "price", "wage", "salary", "tax", "fund", "aid", "subsidy", "cost", "income", "deficit", "surplus", "reserve", "consumption", "emission", "fine", "bonus", "dividend", "valuation", "capacity", "unemployment", "employment", "inflation", "poverty", "literacy", "turnout"])
# fmt: on
# Of these, the ones that are a single thing with a value rather than a flow: "an export deal"
# is not the exports, whatever words it shares with them.
# fmt: off
THINGS = frozenset(stem(w) for w in ["deal", "contract", "loan", "fine", "order", "agreement", "package", "project", "programme", "program", "bond", "grant",
                                           "surplus", "deficit", "balance"])
# fmt: on


def _measures(words: list[str]) -> set[str]:
    return {w for w in words if w in MEASURES}


def measure_conflict(claim: Claim, figure: Figure) -> set[str] | None:
    """The figure's measure nouns when they differ from the claim's own, else None."""
    own_words = set(content_words(f"{claim.context} {claim.noun}"))
    own = _measures(list(own_words))
    named = set().union(*(content_words(name) for name in figure.names))
    theirs = _measures(list(named))
    things = own_words & THINGS
    if things and not things & named:
        return theirs or {"something else"}
    return theirs if own and theirs and not theirs & own else None


def _prepared(text: str) -> str:
    return " ".join(content_words(text))


@lru_cache(maxsize=4096)  # a figure's names are scored against every claim it is a candidate of
def _prepared_name(name: str) -> tuple[str, frozenset[str]]:
    target = _prepared(name)
    return target, frozenset(target.split())


def _claim_texts(claim: Claim) -> tuple[str, str, frozenset[str]]:
    """The claim's own words and its sentences', prepared once for all its candidates."""
    own = _prepared(f"{claim.context} {claim.noun}")
    wider = _prepared(claim.wider_context)
    if not own:  # "For 15 consecutive years, ..." says what it counts elsewhere in the sentence
        own = wider
    return own, wider, frozenset(own.split())


def word_score(claim: Claim, figure: Figure) -> float:
    return _word_score(_claim_texts(claim), figure)


def _word_score(texts: tuple[str, str, frozenset[str]], figure: Figure) -> float:
    own, wider, own_words = texts
    best = 0.0
    for name in figure.names:
        target, target_words = _prepared_name(name)
        score = (1 - WIDER_WEIGHT) * fuzz.token_set_ratio(own, target) + WIDER_WEIGHT * fuzz.token_set_ratio(wider, target)
        # Of two subjects that both fit, the one that names more of the clause is more specific.
        shared = len(target_words & own_words)
        best = max(best, score + min(shared, 5))
    return best


@dataclass
class _ClaimWords:
    """What the text around a claim names, worked out once per claim."""

    topic: set[str]
    near: set[str]
    strangers: set[str]
    own_strangers: set[str]


def _claim_words(claim: Claim, base: ReferenceBase) -> _ClaimWords:
    strangers = proper_names(claim.wider_context, skip_sentence_starts=True) - base.names
    return _ClaimWords(
        topic=set(content_words(claim.topic)),
        near=set(content_words(claim.wider_context)),
        strangers=strangers,
        own_strangers=strangers & proper_names(" ".join(claim.lead.split()[-2:])),  # "and Ruritania 25 percent"
    )


def _unnamed(words: _ClaimWords, figure: Figure) -> set[str]:
    """Names (places, bodies) the figure is about that the claim's text does not give it.

    Every name of the figure must appear in the text before the claim; and when the
    claim's sentences name a place the base knows nothing of, the figure's names must
    be in those sentences: this keeps "trade between China and the EU" away from the
    China-ASEAN figure.
    """
    foreign = words.own_strangers - set().union(*(names_in(name) for name in figure.names))
    if foreign:
        return foreign  # "... and Ruritania 25 percent": the words right before the claim name another place
    shortfalls: list[set[str]] = []
    for name in figure.names:
        needed = names_in(name)
        missing = set(needed - words.topic)
        if not missing and words.strangers and needed - words.near:
            missing = words.strangers  # the sentence speaks of something else
        shortfalls.append(missing)
    return min(shortfalls, key=len) if shortfalls else set()


def rank_candidates(
    claim: Claim, base: ReferenceBase, today: date, any_dimension: bool = False, why_not: bool = False
) -> tuple[list[Candidate], list[Rejection]]:
    """Candidates about this claim, best first, and (why_not) the near misses with why they were rejected.

    any_dimension: rank figures by their words and period only, whatever they are
    measured in (to find the levels a change or a share is computed from).
    why_not: say why each other figure was rejected (for --explain; a claim has
    some twenty near misses, and writing why costs more than ranking them).
    """
    words = set(content_words(f"{claim.context} {claim.noun} {claim.wider_context}"))
    found: list[Candidate] = []
    rejected: list[Rejection] = []
    claim_words = None  # read only for a figure that gets this far: the text before a claim is long
    texts = None
    for figure in base.candidates(words):
        if not claim_kind_fits(claim, figure):
            if why_not:
                rejected.append(Rejection(figure, f"a {figure.kind} figure, the claim is a {claim.kind}"))
            continue
        if not any_dimension and not dimension_fits(claim, figure):
            if why_not:
                measured = f"measured in {figure.quantity.unit or 'a count'}, the claim in {claim.quantity.unit or 'a count'}"
                rejected.append(Rejection(figure, measured))
            continue
        fit = period_fit(claim, figure, today)
        if fit is None:
            if why_not:
                rejected.append(Rejection(figure, f"its period {figure.period} is not the claim's {claim.period or 'as of ' + str(today)}"))
            continue
        conflict = measure_conflict(claim, figure)
        if conflict:
            if why_not:
                rejected.append(Rejection(figure, f"it measures {', '.join(sorted(conflict))}, the claim's words another thing"))
            continue
        claim_words = claim_words or _claim_words(claim, base)
        missing = _unnamed(claim_words, figure)
        if missing:
            if why_not:
                rejected.append(
                    Rejection(figure, f"it is about {', '.join(sorted(missing))}, which the text around the claim does not name")
                )
            continue
        texts = texts or _claim_texts(claim)
        score = _word_score(texts, figure)
        if score < MIN_SCORE:
            if why_not:
                rejected.append(Rejection(figure, f"its subject fits the words only {score:.0f}/100"))
            continue
        found.append(Candidate(figure, score, fit))
    found.sort(key=lambda c: (-c.rank, c.figure.id))
    return found, rejected
