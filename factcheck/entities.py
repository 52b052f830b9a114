"""What a name is about: one resolver turns place names into one entity id.

The same table serves both sides of a link: a figure's entity ("Korea, Rep.",
"KOREA, REPUBLIC OF", "KOR") and the places a draft names ("South Korea's",
"the U.S.", "the German economy"). Countries come from country_converter's
table (short and official names, ISO codes, and its name patterns for the
odd official spellings statistics offices use); our additions, the
aggregates and the adjectives live in ``data/places.yaml``; a base adds its
own entities (provinces, cities, companies) once, in its files.

country_converter's Python module is never imported: it needs pandas, which
costs half a second of start-up, so its table is read as the data file it is.
"""

from __future__ import annotations

import csv
import importlib.util
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from . import regexes
from .errors import UserError
from .yaml_cache import shipped_yaml

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Entity:
    """A place or body figures are about: a country (ISO alpha-3 id), an aggregate, or one a base declares."""

    id: str
    name: str
    kind: str  # country | aggregate | declared
    within: str | None = None  # the entity it is part of: a province's country
    members: tuple[str, ...] = ()  # an aggregate's members, when a level of it is their sum


ELSEWHERE = ""  # the entity of a name that holds a country's name but is another place ("New Mexico")


@dataclass(frozen=True)
class Mention:
    """A place named in a text, at [start, end); entity ELSEWHERE for a place no table has."""

    entity: str
    start: int
    end: int
    text: str


# A name followed by one of these is money, not a place: "U.S. dollars", "Chinese yuan".
_CURRENCY_AFTER = regexes.compile(
    r"[ \t-]*(?:dollars?|yuan|renminbi|rupees?|pounds?|yen|euros?|francs?|pesos?|won|reals?|r[ou]bles?|lira|lire|kron[ae]|kroner|"
    r"rand|ringgit|baht|dong|rupiah|dinars?|riyals?|dirhams?|shekels?|naira|cedis?|shillings?|zloty|forint|treasur(?:y|ies))\b|\$",
    re.IGNORECASE,
)
_TOKEN = regexes.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ](?:[0-9A-Za-zÀ-ÖØ-öø-ÿ'’&-]|\.(?=[A-Za-z]\.)|(?<=\b[A-Z])\.)*\.?|&")
_LONGEST = 7  # words in the longest name tried


@lru_cache(maxsize=65536)  # a text repeats its words: normalise each once
def normal(name: str) -> str:
    """The lookup key of a name: lower case, no dots, 'and' for '&', no leading 'the', no possessive."""
    text = name.replace("’", "'").replace("&", " and ").replace(".", "")
    text = re.sub(r"'s?$", "", text.strip())
    text = " ".join(text.lower().split())
    return text.removeprefix("the ")


@dataclass(frozen=True)
class _Name:
    entity: str
    exact_case: bool  # an abbreviation: "US" but never "us"
    any_case: bool  # written in lower case in the table: "the world", "eurozone"


@dataclass
class EntityTable:
    """Every entity known, by id, and every name of each, by lookup key."""

    entities: dict[str, Entity] = field(default_factory=dict)
    names: dict[str, _Name] = field(default_factory=dict)
    pattern_sources: list[tuple[str, str]] = field(default_factory=list)  # country_converter's, for official spellings
    codes: dict[str, str] = field(default_factory=dict)  # ISO 3166 alpha-2 codes: a base's 'FR', never a draft's 'IT'
    ambiguous: frozenset[str] = frozenset()  # lookup keys of names that are also something else ("Georgia", "Jordan")

    def is_ambiguous(self, mention: Mention) -> bool:
        return normal(mention.text) in self.ambiguous

    @property
    def patterns(self) -> list[tuple[re.Pattern, str]]:
        """Compiled on first use: only a base's names need them, never a draft's text."""
        return _compiled(tuple(self.pattern_sources))

    def add(self, entity: Entity, names=(), abbreviations=()) -> None:
        self.entities.setdefault(entity.id, entity)
        for name in (entity.name, *names):
            key, lower = normal(name), name[:1].islower()
            known = self.names.get(key)
            if known is None or (lower and known.entity == entity.id and not known.any_case):
                self.names[key] = _Name(entity.id, False, lower or (known.any_case if known else False))
        for abbreviation in abbreviations:
            self.names[normal(abbreviation)] = _Name(entity.id, True, False)

    def with_declared(self, declared: list[tuple[Entity, tuple[str, ...]]]) -> EntityTable:
        """A copy that also knows a base's own entities."""
        if not declared:
            return self
        table = EntityTable(dict(self.entities), dict(self.names), self.pattern_sources, self.codes, self.ambiguous)
        for entity, aliases in declared:
            table.entities[entity.id] = entity
            for name in (entity.name, *aliases):
                table.names[normal(name)] = _Name(entity.id, False, name[:1].islower())  # "the best of friends": any case
        return table

    def name_of(self, entity: str) -> str:
        """How a report names an entity: 'United States' for 'USA'; an unknown id names itself."""
        found = self.entities.get(entity)
        return found.name if found is not None else entity

    def resolve_exact(self, name: str) -> str | None:
        """The entity of an id, a code or a name of the table, without guessing from patterns."""
        name = " ".join(str(name).split())
        if not name:
            return None
        if name in self.entities:
            return name
        if name in self.codes:
            return self.codes[name]
        found = self.names.get(normal(name))
        return found.entity if found is not None and found.entity != ELSEWHERE else None

    def resolve(self, name: str) -> str | None:
        """The entity a name, a code or an official spelling is about ('Korea, Rep.' -> 'KOR'), or None."""
        name = " ".join(str(name).split())
        exact = self.resolve_exact(name)
        if exact is not None or not name:
            return exact
        if normal(name) in self.names:
            return None  # a name the table knows as elsewhere ("New Mexico"): no pattern may guess it into Mexico
        hits = {iso3 for pattern, iso3 in self.patterns if pattern.search(name)}
        if len(hits) == 1:
            return hits.pop()
        # "FRANCE (INCLUDING MONACO)", "CHINA (MAINLAND)"; never "(excluding high income)" or "(IDA & IBRD countries)"
        bare = re.sub(r"\s*\((?:including|incl\.?|mainland)\b[^)]*\)\s*", " ", name, flags=re.IGNORECASE).strip()
        return self.resolve(bare) if bare and bare != name else None

    def mentions(self, text: str) -> list[Mention]:
        """Every place named in a text, longest name first, in order; 'U.S. dollars' is money, not a place.

        The words are read a block at a time, the next block joined to what is left of the last when a
        name could reach past it: a list of every word of a 20 MB draft would take 600 MB.
        """
        longest, lower_starts = self._starts
        most = 1 + max(longest.values(), default=0)  # words a name may take, "the" included
        words = _TOKEN.finditer(text)
        tokens = _next_words(words)
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            if len(tokens) - i < most:  # what is left of the block, and the next block
                tokens, i = tokens[i:] + _next_words(words), 0
            hit = None
            first = tokens[i][2]
            reach = 0
            if first[:1].isupper() or first.lower() in lower_starts:
                key = normal(first)
                if key == "the":  # "the Netherlands", "The German economy": as far as the next word's names reach
                    reach = 1 + longest.get(normal(tokens[i + 1][2]), 0) if i + 1 < len(tokens) else 0
                else:
                    reach = longest.get(key, 0)
            for n in range(min(reach, len(tokens) - i), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                written = text[start:end]
                if "\n\n" in written:
                    continue
                if n == 1 or _joined_by_spaces(text, tokens[i : i + n]):
                    name = self.names.get(normal(written))
                    if name is not None and _case_fits(name, written):
                        hit = (n, name.entity, start, _end_without_possessive(written, start))
                        break
            if hit is None:
                i += 1
                continue
            n, entity, start, end = hit
            if not _CURRENCY_AFTER.match(text, tokens[i + n - 1][1]):
                found.append(Mention(entity, start, end, text[start:end]))
            i += n
        return found

    @cached_property
    def _starts(self) -> tuple[dict[str, int], frozenset[str]]:
        """For each first word of a name, the most words a name starting with it has; and the first words
        of names that may be written in lower case ('the world', 'eurozone'). Only tokens that start a
        name are tried, and only as far as its longest name reaches. (A table is complete before it reads text.)"""
        longest: dict[str, int] = {}
        for name in self.names:
            words = name.split()
            if words:
                longest[words[0]] = max(longest.get(words[0], 0), len(words))
        lower = frozenset(k.split()[0] for k, n in self.names.items() if n.any_case and k) | {"the"}
        return longest, lower


_WORDS_AT_A_TIME = 4096  # words of a text read into a list at a time, to find place names in


def _next_words(words: Iterator[re.Match]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in itertools.islice(words, _WORDS_AT_A_TIME)]


def _joined_by_spaces(text: str, tokens) -> bool:
    return all(re.fullmatch(r"[ \t]+|[ \t]*-[ \t]*|\n", text[a[1] : b[0]]) for a, b in itertools.pairwise(tokens))


def _end_without_possessive(written: str, start: int) -> int:
    trimmed = written if re.search(r"(?:\b[A-Z]\.)+$", written) else written.rstrip(".")
    trimmed = re.sub(r"['’]s?$", "", trimmed)
    return start + len(trimmed)


def _case_fits(name: _Name, written: str) -> bool:
    bare = re.sub(r"['’]s?$", "", written).replace(".", "")
    if name.exact_case:
        return bare.isupper()
    if name.any_case:
        return True
    first = re.sub(r"^(?:the|The)\s+", "", bare)
    return first[:1].isupper()


@lru_cache(maxsize=1)
def world() -> EntityTable:
    """The countries and aggregates every base knows, built once per process."""
    table = EntityTable()
    extra = shipped_yaml(DATA / "places.yaml")
    for iso3, entry in (extra.get("countries") or {}).items():
        table.add(
            Entity(iso3, entry["names"][0], "country"), entry.get("names", ()) + entry.get("adjectives", []), entry.get("abbreviations", ())
        )
    for code, entry in (extra.get("aggregates") or {}).items():
        table.add(
            Entity(code, entry["names"][0], "aggregate", members=tuple(entry.get("members") or ())),
            entry["names"],
            entry.get("abbreviations", ()),
        )
    table.ambiguous = frozenset(normal(entry["name"]) for entry in extra.get("ambiguous") or ())
    for entry in extra.get("elsewhere") or ():
        table.names[normal(entry["name"])] = _Name(ELSEWHERE, False, entry["name"][:1].islower())
    for row in _country_converter_rows():
        iso3 = row["ISO3"]
        if not re.fullmatch(r"[A-Z]{3}", iso3 or ""):
            continue
        table.add(Entity(iso3, row["name_short"], "country"), (row["name_short"], row["name_official"]))
        table.entities[iso3] = Entity(iso3, row["name_short"], "country")  # reports name it so: "United Kingdom", not "Britain"
        if re.fullmatch(r"[A-Z]{2}", row.get("ISO2") or ""):
            table.codes.setdefault(row["ISO2"], iso3)
        table.pattern_sources.append((row["regex"], iso3))
    return table


@lru_cache(maxsize=4)
def _compiled(sources: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern, str]]:
    compiled = []
    for source, iso3 in sources:
        try:
            compiled.append((regexes.compile(source, re.IGNORECASE), iso3))
        except re.error:
            continue
    return compiled


def _country_converter_rows() -> list[dict]:
    """country_converter's country table, read without importing the package (and pandas)."""
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise UserError("the country table is missing: reinstall factcheck (it needs the country_converter package)")
    path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))
