"""The plain data that flows between the stages: Document -> Claim -> Finding.

Every stage takes and returns these dataclasses and nothing else, so each
stage can be tested on its own and every formatter reads one result type.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from .messages import Reason


class Named(str, Enum):
    """A closed set whose members are their JSON names: they compare, hash and print as those strings."""

    __hash__ = str.__hash__

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return self.value.__format__(spec)


class Verdict(Named):
    """What a claim gets (the JSON contract's names)."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    OUTDATED = "outdated"
    AMBIGUOUS = "ambiguous"
    INCONSISTENT = "inconsistent"
    UNVERIFIED = "unverified"


class Bound(Named):
    """How a written quantity bounds its value: '39 billion', 'about', 'more than', 'up to', '5 to 10'."""

    EXACT = "exact"
    APPROX = "approx"
    LOWER = "lower"
    UPPER = "upper"
    RANGE = "range"


class Kind(Named):
    """What sort of number a claim or a figure is."""

    LEVEL = "level"
    COUNT = "count"
    SHARE = "share"
    CHANGE = "change"
    RANK = "rank"
    RATIO = "ratio"


VERDICTS = tuple(v.value for v in Verdict)


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of calendar days, inclusive, with the label a reader writes."""

    start: date
    end: date
    label: str

    def overlap(self, other: Period) -> float:
        """Share of the union of both periods that they have in common (0..1)."""
        first = max(self.start, other.start)
        last = min(self.end, other.end)
        if last < first:
            return 0.0
        union = (max(self.end, other.end) - min(self.start, other.start)).days + 1
        return ((last - first).days + 1) / union

    @property
    def is_day(self) -> bool:
        """A single day: a claim "as of" that date, which the latest figure by then answers."""
        return self.start == self.end

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, slots=True)
class Range:
    """Both ends of a range as written: "5 to 10 percent", "tens of thousands", a derived figure's interval."""

    low: float
    high: float


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written: its value, unit, hedge and written precision.

    ``half_unit`` is half the place value of the last written digit (statcheck
    rounding): "39 billion" has value 39e9 and half_unit 0.5e9.
    ``range`` holds both ends of a range; a single number has none.
    """

    value: float
    unit: str | None = None
    bound: Bound = Bound.EXACT
    half_unit: float = 0.5
    hedge: str | None = None
    range: Range | None = None

    def __post_init__(self) -> None:
        if type(self.bound) is not Bound:
            object.__setattr__(self, "bound", Bound(self.bound))

    @property
    def is_money(self) -> bool:
        return self.unit is not None and len(self.unit) == 3 and self.unit.isupper()


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric claim found in a text, with the words that say what it measures."""

    text: str
    start: int
    end: int
    quantity: Quantity
    kind: Kind
    period: Period | None = None
    since: Period | None = None
    context: str = ""  # the clause around the claim
    noun: str = ""
    lead: str = ""  # the words of its clause just before it ("fell by")
    trail: str = ""  # and just after it ("drop", "of the total")
    noun_end: int = 0  # where the counted noun ends: "45 complete vehicle companies|"
    converts: Claim | None = None  # "X yuan (about Y dollars)": Y converts X
    about: Claim | None = None  # "X yuan, a 10 percent increase": the level a change qualifies
    clause: tuple[int, int] = (0, 0)  # offsets of its clause in the document
    sentence: tuple[int, int] = (0, 0)  # of its sentence
    previous_start: int = 0  # where the sentence before it starts, within its paragraph (it may name what the claim is about)
    certain: bool = True  # False for a bare number that may be part of a name ("the Top 10"): a claim only if a figure links
    # The document's text, shared by all its claims (never copied), and two spans of it read on demand:
    # kilobytes a claim if each held its own copy, gigabytes on a hostile draft of a million numbers.
    document: str = field(default="", repr=False, compare=False)
    wider_span: tuple[int, int] = (0, 0)  # its sentence and the one before, for "it" and "the two sides"
    topic_span: tuple[int, int] = (0, 0)  # the text before it, where "the new area" was first named

    @property
    def topic(self) -> str:
        return self.document[self.topic_span[0] : self.topic_span[1]]

    @property
    def wider_context(self) -> str:  # not cached: a claim holds no text of its own (see `document`)
        return " ".join(self.document[self.wider_span[0] : self.wider_span[1]].split())

    def __post_init__(self) -> None:
        if type(self.kind) is not Kind:
            object.__setattr__(self, "kind", Kind(self.kind))


@dataclass(frozen=True, slots=True)
class Source:
    """Where a figure was published. A field not given is empty; the base requires a title, a publisher or a url."""

    title: str = ""
    publisher: str = ""
    url: str = ""
    published: str = ""
    licence: str = ""

    def as_dict(self) -> dict:
        """The fields given, as the JSON report and the base write them."""
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k)}

    def named(self) -> str:
        """Publisher, title and date, as a citation names them (no address)."""
        return ", ".join(p for p in (self.publisher, self.title, self.published) if p)

    def describe(self) -> str:
        text = self.named()
        return f"{text} <{self.url}>" if self.url else text


class FigureKey(NamedTuple):
    """What a keyed figure is about and what it measures: its place in the base's index."""

    entity: str  # resolved: 'USA', 'WLD', or an id the base declares
    measure: str  # a measure id ('gdp', 'population')


@dataclass(frozen=True, slots=True)
class Figure:
    """One sourced reference value from the YAML base."""

    id: str
    subject: str
    quantity: Quantity
    source: Source
    path: str
    line: int
    kind: Kind = Kind.LEVEL  # what sort of number: a base says so only for others than a level
    aliases: tuple[str, ...] = ()
    period: Period | None = None
    tolerance: float | None = None  # relative, e.g. 0.001 for "0.1%"
    reported_by: Source | None = None
    compared_to: Period | None = None  # for change figures
    key: FigureKey | None = None  # a row, or a prose figure whose subject names a place and a measure; None: words only
    change_of: str | None = None  # a change figure: the id of the level it is a change of
    computed_from: tuple[str, ...] = ()  # a derived figure: the ids of the figures it was computed from

    def __post_init__(self) -> None:
        if type(self.kind) is not Kind:
            object.__setattr__(self, "kind", Kind(self.kind))

    @property
    def names(self) -> tuple[str, ...]:
        return (self.subject, *self.aliases)


@dataclass(frozen=True, slots=True)
class Finding:
    """A claim with its verdict and, when one was found, the figure it was judged by.

    Frozen: a stage that changes a finding makes a new one (dataclasses.replace).
    """

    claim: Claim
    verdict: Verdict
    message: str
    figure: Figure | None = None
    expected: str | None = None
    difference: float | None = None
    line: int = 0
    column: int = 0
    sentence: str = ""
    others: tuple[Figure, ...] = ()  # the rivals of an ambiguous match
    explanation: tuple[str, ...] = ()
    suggestion: str | None = None  # for a contradicted claim: its own words with the source's value
    reason: Reason = field(kw_only=True)  # why (messages.Reason), required: the message is its wording

    def __post_init__(self) -> None:
        if type(self.verdict) is not Verdict:
            object.__setattr__(self, "verdict", Verdict(self.verdict))


@dataclass
class FileReport:
    """Everything found in one input: its findings or why it could not be read.

    `findings` is a list, or, for a draft checked as it is reported (a serial run of the command line), an
    iterator of them as they are judged, so that a draft of 170,000 claims is never held whole. Read it once,
    in order, and look at `error` after it: a bug of ours met halfway through a draft ends its findings there,
    and says so in `error`. A stage that counts or filters findings does it through `passing`.
    """

    path: str
    findings: Iterable[Finding] = field(default_factory=list)
    error: str | None = None
    internal: bool = False  # the error is a bug of ours, not the file's fault (exit code 3)

    def passing(self, through: Callable[[Iterable[Finding]], Iterator[Finding]]) -> FileReport:
        """The report with its findings read through `through` (a count, a filter) as they are read. A list
        gives a new report with a new list (the caller's stays as it was); a stream is wrapped in place, the
        same report going on, because its `error` is set on it only once the stream has been read."""
        if isinstance(self.findings, list):
            return replace(self, findings=list(through(self.findings)))
        self.findings = through(self.findings)
        return self
