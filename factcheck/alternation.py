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
for a list where they do, `words()` falls back to the flat list, unless told
the list is case-blind (`ignore_case`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator

from . import regexes

_END = ""  # the key of a trie node where a word ends


def words(items: Iterable[str], space: str = r"\ ", ignore_case: bool = False) -> str:
    """An alternation of the words, as a trie ("(?:a(?:bc|d))"), each word a literal.

    space: what a space of a word matches ("[ \\t]+" for any run of spaces or tabs).
    ignore_case: the words in any case, as "(?i:...)"; its ASCII words are written in lower case, which
    (?i) matches the same, so that "Celsius" beside "centimetres" cannot make the trie a flat list.
    The result is one group, and can stand anywhere a group can. Writing the grammar's tries took some
    15 ms of every run's start: each is kept in the cache of compiled expressions (regexes.remembered),
    under its words and this module's own text, so that a changed algorithm never reads an old trie.
    """
    distinct = {w.lower() if w.isascii() else w for w in items} if ignore_case else set(items)
    unique = sorted(distinct, key=lambda w: (-len(w), w))

    def build() -> str:
        trie = _trie(unique, space)
        return f"(?i:{trie})" if ignore_case else trie

    if not _MODULE_TEXT:  # a module whose source cannot be read: what a kept trie was written by is unknown
        return build()
    return regexes.remembered(("words", space, str(ignore_case), _MODULE_TEXT, *unique), build)


def _trie(unique: list[str], space: str) -> str:
    """words() of distinct words, longest first."""
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
        body = "(?:" + "|".join(_branches(trie, escaped)) + ("|" if _END in trie else "") + ")"
    except _CaseClash:
        body = "(?:" + "|".join("".join(escaped[char] for char in word) for word in unique) + ")"
    firsts = _first_characters(trie, escaped)
    return f"(?:{firsts}{body})" if firsts else body


def _module_text() -> str:
    """This module's source, which the tries it writes depend on; "" when it cannot be read (never kept then)."""
    try:
        with open(__file__, "rb") as source:
            return hashlib.sha256(source.read()).hexdigest()
    except OSError:
        return ""


_MODULE_TEXT = _module_text()


def _first_characters(trie: dict, escaped: dict[str, str]) -> str:
    """A look-ahead for the characters the words start with ("(?=[adm])"), when they start with several.

    The engine enters each branch of an alternation that it cannot rule out by a case-sensitive first
    literal, and under (?i) it can rule out none: a list of 30 currency names cost 30 entries at every
    number. One character class refuses most positions at once, and under (?i) it is case-blind the way
    the words are. A list with an empty word matches anywhere, and gets none.
    """
    if _END in trie or len(trie) < 2:
        return ""
    return "(?=[" + "".join(escaped[char] for char in sorted(trie)) + "])"


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
        found: list[int] = []
        resume = 0  # where the last word read ends: the next is looked for from there, as one scan of the text would
        for at, stop, lower in _lowered_pieces(text):
            if at == 0:
                first = self._at_start.match(lower)
                if first:
                    found.append(0)
                    resume = first.end()
            for m in self._after_a_break.finditer(lower, max(resume - at, 0)):
                if m.start() >= stop - at:
                    break  # the next piece's: this one only reads past its end to see the words there
                found.append(at + m.start() + 1)
                resume = at + m.end()
        return found


# A piece's lower case reaches this far past its end, then through blanks and up to six more words: as far
# as a phrase that starts in the piece and its lookahead can read ("a" ... "hundred", "the first half").
_PAST_THE_END = regexes.compile(r"[\s\S]{0,256}(?:\s*\S{1,64}){0,6}")


_LOWER_PIECE = 1 << 16  # characters lowered at a time in a long non-ASCII text
_BLANK = regexes.compile(r"\s")


def _lowered_pieces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower case of text[start:] to a little past end), for pieces of a text cut at spaces.

    CPython's str.lower() of a text that is not ASCII works in a buffer of three 4-byte characters a
    character: 240 MB for a 20 MB draft, 800 KB for a piece. A short text is lowered once for all the scans
    that read it, a long ASCII one whole.
    """
    if len(text) <= _LOWER_PIECE:
        yield 0, len(text), _lowered_draft(text)
        return
    if text.isascii():
        yield 0, len(text), text.lower()
        return
    at = 0
    while at < len(text):
        blank = _BLANK.search(text, at + _LOWER_PIECE)  # a cut between words: a Greek final sigma is lowered by its neighbours
        stop = blank.start() if blank else len(text)
        past = _PAST_THE_END.match(text, stop)
        reach = past.end() if past else stop
        yield at, stop, lower_in_place(text[at:reach])
        at = stop


_last_lowered = ("", "")  # a text of a draft's size and its lower case: each word scan of the draft reads it


def _lowered_draft(text: str) -> str:
    """lower_in_place(text), made once for the scans that read the same text one after another."""
    global _last_lowered
    last = _last_lowered
    if last[0] is not text:
        last = _last_lowered = (text, lower_in_place(text))
    return last[1]


_DOTTED_CAPITAL_I = "\u0130"  # "İ": the one character whose lower case is two ("i" and a combining dot)


def lower_in_place(text: str) -> str:
    """text in lower case, each character where it was: one whose lower case is longer stays as it is."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    lower = _DOTTED_CAPITAL_I.join(part.lower() for part in text.split(_DOTTED_CAPITAL_I))
    if len(lower) == len(text):
        return lower
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)  # a later Unicode may add others
