"""A big base file read a row at a time, so that compiling ten million figures never holds them all.

`reference import` writes its figures as rows, one flow mapping a line:

    source: {title: World Development Indicators, publisher: World Bank}
    defaults: {measure: gdp, unit: USD}
    figures:
      - {entity: FRA, period: 2023, value: 3.03e+12}

Such a file is read in two parts: the lines before ``figures:`` as YAML (its
source, defaults, declarations), then each row on its own. A row of plain
words and numbers is read by a pattern, its scalars typed by PyYAML's own
resolver (so "2023" is an int, "1e+05" a string, as the whole-file parse
would have it); any other row goes through the YAML parser alone. A file of
any other shape (a figure over several lines, keys after the figures) is
read whole, as a small base always is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_FIGURES = re.compile(r"figures:[ \t]*(?:#.*)?\n?")
_ROW_LINE = re.compile(r"(?P<indent>[ ]*)- \{.*\}[ \t]*(?:#.*)?\n?")
_BLANK = re.compile(r"[ \t]*(?:#.*)?\n?")
# A row of plain scalars only: no quotes, nested collections, anchors, tags or comments inside.
_PLAIN_ROW = re.compile(r"[ ]*- \{(?P<body>[^{}\[\]\"'#&*!|>%@`?]*)\}[ \t]*\n?")
_PLAIN_PAIR = re.compile(r"\s*(?P<key>[A-Za-z_][A-Za-z0-9_]*):[ \t]+(?P<value>[^:,]*?)\s*")
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?")


class NotRows(Exception):
    """The file is not a header and rows a line each after all: read it whole."""


@dataclass(frozen=True)
class RowFile:
    """A base file of rows: its header (the lines before 'figures:') and where its rows start."""

    path: Path
    header: str
    first_row_line: int  # 1-based


def as_row_file(path: Path) -> RowFile | None:
    """The file as a header and rows, when every line after 'figures:' is a one-line row (or blank, or a comment)."""
    header: list[str] = []
    indent = None
    with path.open(encoding="utf-8-sig", newline="") as lines:
        for line in lines:
            if _FIGURES.fullmatch(line):
                break
            header.append(line)
        else:
            return None
        for line in lines:
            row = _ROW_LINE.fullmatch(line)
            if row is None:
                if _BLANK.fullmatch(line):
                    continue
                return None
            if indent is None:
                indent = row["indent"]
            elif row["indent"] != indent:
                return None
    return RowFile(path, "".join(header), len(header) + 2)


def rows(file: RowFile) -> Iterator[dict]:
    """Each row as the whole-file parse would give it: a mapping with its __line__ and __lines__."""
    with file.path.open(encoding="utf-8-sig", newline="") as lines:
        for number, line in enumerate(lines, start=1):
            if number < file.first_row_line or _BLANK.fullmatch(line):
                continue
            yield _plain_row(line, number) or _parsed_row(line, number)


def _plain_row(line: str, number: int) -> dict | None:
    match = _PLAIN_ROW.fullmatch(line)
    if match is None:
        return None
    row: dict = {}
    for part in match["body"].split(","):
        pair = _PLAIN_PAIR.fullmatch(part)
        if pair is None:
            return None
        known, value = _scalar(pair["value"])
        key_known, key = _scalar(pair["key"])
        if not (known and key_known and isinstance(key, str)) or key in row:
            return None
        row[key] = value
    row["__line__"] = number
    row["__lines__"] = {key: number for key in row if key != "__line__"}
    return row


@lru_cache(maxsize=1)
def _resolver():
    """PyYAML's implicit resolver, built once: it decides whether "2023" is an int and "1e+05" a string."""
    from yaml.resolver import Resolver

    return Resolver()


@lru_cache(maxsize=65536)  # entity codes and years repeat on every row
def _scalar(text: str) -> tuple[bool, object]:
    """(True, value) for a plain string, int or float as PyYAML types it; (False, None) for anything else."""
    from yaml import ScalarNode

    if text[:1] in ("-", "?", ":") and text[1:2] in ("", " ", "\t"):
        return False, None  # an indicator, not a scalar
    tag = _resolver().resolve(ScalarNode, text, (True, False))
    if tag == "tag:yaml.org,2002:str" and text:
        return True, text
    if tag == "tag:yaml.org,2002:int" and _INT.fullmatch(text):
        return True, int(text)
    if tag == "tag:yaml.org,2002:float" and _FLOAT.fullmatch(text):
        return True, float(text)
    return False, None


def _parsed_row(line: str, number: int) -> dict:
    """A row the pattern does not read (quotes, lists, ...), through the YAML parser, lines kept."""
    import yaml

    from .figures import _line_loader

    try:
        parsed = yaml.load(line.lstrip(" "), Loader=_line_loader())
    except yaml.YAMLError:
        raise NotRows from None
    if not (isinstance(parsed, list) and len(parsed) == 1 and isinstance(parsed[0], dict)):
        raise NotRows
    return _renumbered(parsed[0], number - 1)


def _renumbered(value, offset: int):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "__line__":
                value[key] = item + offset
            elif key == "__lines__":
                value[key] = {k: n + offset for k, n in item.items()}
            else:
                _renumbered(item, offset)
    elif isinstance(value, list):
        for item in value:
            _renumbered(item, offset)
    return value
