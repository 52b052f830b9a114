"""Word lists as regular expressions that the engine can match quickly.

Python's regular expression engine tries the branches of an alternation one
by one: at each position, "dollar|dollars|dong|..." costs one attempt per
word. The grammar's tables have hundreds of words, and some patterns are
tried at every word of a text, so `words()` writes the same list as a trie,
"d(?:o(?:llars?|ng))", where one character decides the branch.

The trie matches exactly what the flat list, longest word first, matches, in
the same order of preference: every word that can match at a position is a
prefix of the text there, so the matching words nest, and the trie tries the
longer of two nested words first (it reads on before it stops). Case-blind
use ("(?i:...)") needs that no two branches of one node differ only in case;
for a list where they do, `words()` falls back to the flat list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import regexes

_END = ""  # the key of a trie node where a word ends


def words(items: Iterable[str], space: str = r"\ ") -> str:
    """An alternation of the words, as a trie ("(?:a(?:bc|d))"), each word a literal.

    space: what a space of a word matches ("[ \\t]+" for any run of spaces or tabs).
    The result is one group, and can stand anywhere a group can.
    """
    unique = sorted(set(items), key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    escaped = {char: space if char == " " else re.escape(char) for char in set("".join(unique))}
    trie: dict = {}
    for word in unique:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    try:
        branches = _branches(trie, escaped)
    except _CaseClash:
        return "(?:" + "|".join("".join(escaped[char] for char in word) for word in unique) + ")"
    return "(?:" + "|".join(branches) + ("|" if _END in trie else "") + ")"


class _CaseClash(Exception):
    """Two branches of one node differ only in case: the trie would not keep the flat list's order under (?i)."""


def _branches(node: dict, escaped: dict[str, str]) -> list[str]:
    """The pattern of each branch below a node: its characters as far as the words agree, then what may follow."""
    keys = sorted(key for key in node if key != _END)
    if len(keys) > 1 and (len({key.lower() for key in keys}) < len(keys) or len({key.upper() for key in keys}) < len(keys)):
        raise _CaseClash
    result = []
    for char in keys:
        run = [escaped[char]]
        child = node[char]
        while len(child) == 1 and _END not in child:  # a stretch the words share: one literal
            ((char, child),) = child.items()
            run.append(escaped[char])
        below = _branches(child, escaped) if len(child) > (_END in child) else []
        result.append("".join(run) + _group(below, ends=_END in child))
    return result


def _group(branches: list[str], ends: bool) -> str:
    """The branches as one item; optional (tried before stopping) when a word also ends here."""
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


class WordStarts:
    """Where words that a pattern reads start in a text, in order: a scan that is fast over megabytes.

    "\\b(?:words)" would make the engine try every position of the text. Starting the pattern with the
    character before a word ("\\W(?:words)") gives it a character class to skip to in C; the start of the
    text, which has no character before it, is looked at apart. The text is read in lower case (a
    character whose lower case is two characters is left as it is, so that offsets stay exact).
    """

    def __init__(self, body: str):
        self._at_start = regexes.compile(f"(?:{body})")
        self._after_a_break = regexes.compile(rf"\W(?:{body})")

    def __call__(self, text: str) -> list[int]:
        lower = lower_in_place(text)
        first = self._at_start.match(lower)
        found = [m.start() + 1 for m in self._after_a_break.finditer(lower, first.end() if first else 0)]
        return [0, *found] if first else found


_DOTTED_CAPITAL_I = "\u0130"  # "İ": the one character whose lower case is two ("i" and a combining dot)


_LOWER_PIECE = 1 << 16  # characters lowered at a time in a long non-ASCII text


def lower_in_place(text: str) -> str:
    """text in lower case, each character where it was: one whose lower case is longer stays as it is.

    A long text that is not ASCII is lowered a piece at a time: CPython's str.lower() then works in a
    buffer of three 4-byte characters a character (240 MB for a 20 MB draft); a piece's is 800 KB.
    """
    if text.isascii() or len(text) <= _LOWER_PIECE:
        return _lower_whole(text)
    pieces, at = [], 0
    while at < len(text):
        cut = text.find(" ", at + _LOWER_PIECE)  # between words: a Greek final sigma is lowered by its neighbours
        cut = len(text) if cut < 0 else cut
        pieces.append(_lower_whole(text[at:cut]))
        at = cut
    return "".join(pieces)


def _lower_whole(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    lower = _DOTTED_CAPITAL_I.join(part.lower() for part in text.split(_DOTTED_CAPITAL_I))
    if len(lower) == len(text):
        return lower
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)  # a later Unicode may add others
