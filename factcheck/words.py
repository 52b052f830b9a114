"""The content words of a phrase, for indexing and fuzzy matching of subjects."""

from __future__ import annotations

import itertools
from functools import lru_cache

from . import regexes

# fmt: off
STOPWORDS = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "it", "this", "that", "these", "those", "their", "there", "which", "who", "whom", "whose", "than", "then", "so", "such", "into", "over", "under", "about", "around", "more", "less", "after", "before", "since", "between", "among", "per", "each", "both", "all", "any", "some", "other", "s", "year", "years", "month", "months", "total", "number", "amount", "reached", "reaching", "stood", "standing", "hit", "hundred", "thousand", "million", "billion", "trillion", "percent", "cent"]
)
# fmt: on
_WORD = regexes.compile(r"[A-Za-z][A-Za-z'’-]*")


_SUFFIXES = ("ments", "ment", "ings", "ing", "ies", "ed", "es", "s")


@lru_cache(maxsize=16384)  # a draft repeats its words; stemming each once is enough
def stem(word: str) -> str:
    """A light stem: 'companies'/'company', 'invested'/'investment', 'shared'/'share' meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


@lru_cache(maxsize=8192)  # a figure's names are read again for every claim it is a candidate of
def content_words(text: str) -> tuple[str, ...]:
    """Lower-cased, stemmed words that say what is measured, in order, without stopwords."""
    return tuple(itertools.chain.from_iterable(map(_content_words_of, _WORD.findall(text))))


@lru_cache(maxsize=16384)  # a text repeats its words: each is read once (the text around every claim is read)
def _content_words_of(raw: str) -> tuple[str, ...]:
    """The content words of one word as _WORD finds it ("year-on-year", "China's")."""
    words = []
    for part in raw.replace("’", "'").split("-"):
        word = part.lower().removesuffix("'s").strip("'")
        if len(word) > 1 and word not in STOPWORDS:
            words.append(stem(word))
    return tuple(words)


_NAME = regexes.compile(r"\b[A-Z][A-Za-z]*")


def proper_names(text: str, skip_sentence_starts: bool = False) -> set[str]:
    """Capitalised words ('trade between China and ASEAN' -> {'china', 'asean'}).

    In running text the first word of a sentence is capitalised anyway, so it can be skipped.
    """
    text = text.replace("’", "'").replace("'s", "")
    names = set()
    for m in _NAME.finditer(text):
        before = text[: m.start()].rstrip()
        if skip_sentence_starts and (not before or before[-1] in '.!?:"“('):
            continue
        for part in m.group().split("-"):
            names.add(stem(part.lower()))
    return names


@lru_cache(maxsize=4096)  # a figure's names are read for every claim it is a candidate of
def names_in(name: str) -> frozenset[str]:
    """The proper names of a figure's name (proper_names), read once."""
    return frozenset(proper_names(name))
