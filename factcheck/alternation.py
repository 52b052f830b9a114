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

_END = ""  # the key of a trie node where a word ends


def words(items: Iterable[str], space: str = r"\ ") -> str:
    """An alternation of the words, as a trie ("(?:a(?:bc|d))"), each word a literal.

    space: what a space of a word matches ("[ \\t]+" for any run of spaces or tabs).
    The result is one group, or one literal, and can stand anywhere a group can.
    """
    unique = sorted(set(items), key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    trie: dict = {}
    for word in unique:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if _differ_only_in_case(trie):
        return "(?:" + "|".join(_literal(w, space) for w in unique) + ")"
    return "(?:" + "|".join(_branches(trie, space)) + ("|" if _END in trie else "") + ")"


def _literal(word: str, space: str) -> str:
    return "".join(space if char == " " else re.escape(char) for char in word)


def _branches(node: dict, space: str) -> list[str]:
    """The pattern of each branch below a node: its character, then what may follow it."""
    result = []
    for char in sorted(k for k in node if k != _END):
        child = node[char]
        below = _branches(child, space)
        result.append(_literal(char, space) + _group(below, ends=_END in child) if below else _literal(char, space))
    return result


def _group(branches: list[str], ends: bool) -> str:
    """The branches as one item; optional (tried before stopping) when a word also ends here."""
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def _differ_only_in_case(node: dict) -> bool:
    keys = [k for k in node if k != _END]
    if len({k.lower() for k in keys}) < len(keys) or len({k.upper() for k in keys}) < len(keys):
        return True
    return any(_differ_only_in_case(node[k]) for k in keys)
