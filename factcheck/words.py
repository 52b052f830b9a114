"""The content words of a phrase, for indexing and fuzzy matching of subjects."""
from __future__ import annotations

import re

STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as is are was were be been has have had
    its it this that these those their there which who whom whose than then so such into over under
    about around more less after before since between among per each both all any some other s
    year years month months total number amount reached reaching stood standing hit""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def stem(word: str) -> str:
    """A light stem so that 'companies' meets 'company' and 'suppliers' meets 'supplier'."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Lower-cased, stemmed words that say what is measured, in order, without stopwords."""
    words = []
    for raw in _WORD.findall(text):
        for part in raw.replace("’", "'").split("-"):
            word = part.lower().removesuffix("'s").strip("'")
            if len(word) > 1 and word not in STOPWORDS:
                words.append(stem(word))
    return words
