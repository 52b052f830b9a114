"""What a figure measures: a vocabulary of statistical measures and the words for them.

A base names the measure of each figure once (``measure: gdp``); a draft names
it in an editor's words ("an economy worth", "home to", "the jobless rate").
The shipped vocabulary (``data/measures.yaml``) covers the common statistics,
and a base may add its own measures or words. Per-capita, rate, growth and
level forms are separate measures, linked only by the table's ``growth``,
``per_capita`` and ``of_gdp`` entries, so none stands in for another.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import alternation, regexes
from .yaml_cache import shipped_yaml

DATA = Path(__file__).with_name("data")
DIMENSIONS = {  # a measure's dimension, as units.dimension() names a claim's
    "money": "money",
    "count": "count",
    "percent": "percent",
    "index": "count",
    "mass": "[mass]",
    "time": "[time]",
    "area": "[length] ** 2",
    "length": "[length]",
    "energy": "[length] ** 2 * [mass] / [time] ** 2",
    "volume": "[length] ** 3",
    "density": "1 / [length] ** 2",  # a count over an area: "1,300 people per square kilometre"
}
KINDS = ("level", "rate", "per-capita", "share", "change")
MEASURE_KEYS = {"id", "name", "words", "dimension", "kind", "growth", "per_capita", "of_gdp", "not_after", "not_before", "example"}


@dataclass(frozen=True)
class Measure:
    """One statistical measure: its id, its names, what it is measured in and what kind of number it is."""

    id: str
    name: str
    words: tuple[str, ...] = ()
    dimension: str = "count"  # a key of DIMENSIONS
    kind: str = "level"
    growth: str | None = None
    per_capita: str | None = None
    of_gdp: str | None = None
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    example: str = ""

    @property
    def claim_dimension(self) -> str:
        return DIMENSIONS.get(self.dimension, self.dimension)


@dataclass(frozen=True)
class MeasureMention:
    measure: str
    start: int
    end: int
    text: str


@dataclass
class Vocabulary:
    """Every measure known by id, and a pattern that finds their words in a text."""

    measures: dict[str, Measure] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_phrase: dict[str, str] = {}
        for measure in self.measures.values():
            for phrase in (measure.name, *measure.words):
                self._by_phrase.setdefault(_key(phrase), measure.id)
        # Words stand alone ("(?<![\w-])"): a phrase is looked for at the text's start and after a character
        # that is not one of a word (the engine skips to those in C, rather than trying every position).
        body = alternation.words(self._by_phrase, space=r"[\s-]+", ignore_case=True)
        self._at_start = regexes.compile(rf"(?P<phrase>{body})(?![\w-])")
        self._pattern = regexes.compile(rf"[^\w-](?P<phrase>{body})(?![\w-])") if self._by_phrase else None

    def with_declared(self, declared: list[Measure]) -> Vocabulary:
        """A copy with a base's own measures (a declared id replaces the shipped one)."""
        if not declared:
            return self
        merged = dict(self.measures)
        for measure in declared:
            merged[measure.id] = measure
        return Vocabulary(merged)

    def resolve(self, name: str) -> str | None:
        """The measure a name is ('GDP', 'gdp', 'gross domestic product' -> 'gdp'), or None."""
        text = " ".join(str(name).split())
        if text in self.measures:
            return text
        return self._by_phrase.get(_key(text))

    def mentions(self, text: str) -> list[MeasureMention]:
        """The measures a text names, in order; 'industrial output' and 'the digital economy' are not GDP."""
        if self._pattern is None:
            return []
        found = []
        first = self._at_start.match(text)
        for match in itertools.chain([first] if first else [], self._pattern.finditer(text, first.end() if first else 0)):
            start, end = match.span("phrase")
            measure = self.measures[self._by_phrase[_key(match.group("phrase"))]]
            before = text[max(0, start - 25) : start].lower().split()
            if before and measure.not_after and before[-1].strip(",.'’") in measure.not_after:
                continue
            after = " ".join(text[end : end + 30].lower().split())
            if measure.not_before and any(after == w or after.startswith(w + " ") for w in measure.not_before):
                continue
            found.append(MeasureMention(measure.id, start, end, match.group("phrase")))
        return found


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def shipped() -> Vocabulary:
    """The vocabulary factcheck ships, built once per process."""
    entries = shipped_yaml(DATA / "measures.yaml")
    return Vocabulary({entry["id"]: measure_from(entry) for entry in entries})


def measure_from(entry: dict) -> Measure:
    """A Measure from a table row (the shipped table's or a base's)."""
    return Measure(
        id=str(entry["id"]),
        name=str(entry.get("name") or entry["id"]),
        words=tuple(str(w) for w in entry.get("words") or ()),
        dimension=str(entry.get("dimension") or "count"),
        kind=str(entry.get("kind") or "level"),
        growth=entry.get("growth"),
        per_capita=entry.get("per_capita"),
        of_gdp=entry.get("of_gdp"),
        not_after=tuple(str(w).lower() for w in entry.get("not_after") or ()),
        not_before=tuple(str(w).lower() for w in entry.get("not_before") or ()),
        example=str(entry.get("example") or ""),
    )
