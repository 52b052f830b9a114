"""Settings from a config file: `[tool.factcheck]` in pyproject.toml, or a `.factcheck.toml`.

Found upward from the current folder (the first folder holding either wins;
in one folder `.factcheck.toml` wins). Keys are named like `check`'s long
options; paths are relative to the config file. The command line overrides
every key. A key we do not know, or a value of the wrong kind, is an error
naming the file, the key and what is allowed: a typo must not be ignored.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UserError
from .model import VERDICTS

FORMATS = ("text", "json", "jsonl", "concise", "github", "sarif", "junit", "html")
_MAX_CONFIG_BYTES = 1_000_000


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _date(value: Any) -> bool:
    if isinstance(value, dt.date):
        return True
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Key:
    name: str  # as written in the file, like the long option
    parameter: str  # click's parameter name of `check`
    allowed: str  # what the error message says is allowed
    valid: Callable[[Any], bool]


KEYS = (
    Key("reference", "references", "a list of paths to YAML files or folders", _strings),
    Key("fail-on", "fail_on", f"a list of verdicts ({', '.join(VERDICTS)}) or []", lambda v: _strings(v) and all(x in VERDICTS for x in v)),
    Key("glob", "globs", 'a list of file patterns such as "*.md"', _strings),
    Key("exclude", "excludes", 'a list of path patterns such as "drafts/old/*"', _strings),
    Key("format", "output", f"one of {', '.join(FORMATS)}", lambda v: v in FORMATS),
    Key("as-of", "as_of", "a date, 2024-09-30", _date),
    Key(
        "jobs", "jobs", "a whole number of worker processes, 1 or more", lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1
    ),
    Key("scheduler", "scheduler", "the address of a Dask scheduler, tcp://host:8786", lambda v: isinstance(v, str)),
    Key("baseline", "baseline", "the path of a baseline file", lambda v: isinstance(v, str)),
    Key("quiet", "quiet", "true or false", lambda v: isinstance(v, bool)),
    Key("verbose", "verbose", "true or false", lambda v: isinstance(v, bool)),
)
_BY_NAME = {key.name: key for key in KEYS}


@dataclass(frozen=True)
class Config:
    path: Path | None  # the file the settings came from; None when there is none
    values: dict[str, Any]  # key name -> value, as click's parameters take them

    def defaults(self) -> dict[str, Any]:
        """click's default_map for `check`: parameter name -> value."""
        return {_BY_NAME[name].parameter: value for name, value in self.values.items()}


def _read_toml(path: Path) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        if not path.is_file() or path.stat().st_size > _MAX_CONFIG_BYTES:
            raise UserError("not a regular file of at most 1 MB", str(path))
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        where = re.search(r" \(at line (\d+), column \d+\)", str(error))
        message = str(error)[: where.start()] if where else str(error)
        raise UserError(f"not valid TOML: {message}", str(path), int(where.group(1)) if where else None) from None
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"cannot read: {error}", str(path)) from None


def find(start: Path | None = None) -> Config:
    """The settings in effect from the config file found upward from start (default: the current folder)."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / ".factcheck.toml"
        if own.is_file():
            return _config(own, _read_toml(own))
        project = candidate / "pyproject.toml"
        if project.is_file():
            table = _read_toml(project).get("tool", {}).get("factcheck")
            if table is not None:
                if not isinstance(table, dict):
                    raise UserError("[tool.factcheck] must be a table", str(project))
                return _config(project, table)
    return Config(None, {})


def _config(path: Path, table: dict) -> Config:
    values: dict[str, Any] = {}
    for name, value in table.items():
        key = _BY_NAME.get(name)
        if key is None:
            raise UserError(f"unknown key '{name}' (allowed: {', '.join(_BY_NAME)})", str(path))
        if not key.valid(value):
            raise UserError(f"'{name}' must be {key.allowed}, not {value!r}", str(path))
        values[name] = _as_option(name, value, path.parent)
    return Config(path, values)


def _as_option(name: str, value: Any, folder: Path) -> Any:
    """The value as the command line would give it: paths made absolute, lists as tuples or text."""
    if name == "reference":
        return tuple(str((folder / p).resolve()) if not Path(p).is_absolute() else p for p in value)
    if name == "fail-on":
        return ",".join(value) or "none"
    if name in ("glob", "exclude"):
        return tuple(value)
    if name == "as-of":
        return str(value)
    if name == "baseline":
        return str(folder / value)
    return value
