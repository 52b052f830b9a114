"""Where factcheck keeps what it can rebuild: exchange rates, compiled bases, compiled regular expressions."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Cache files that existed but could not be used (damaged, foreign, stale): `check --verbose` names each once.
IGNORED_CACHES: list[str] = []


def cache_dir() -> Path:
    """FACTCHECK_CACHE_DIR, else the XDG cache folder's factcheck/."""
    root = os.environ.get("FACTCHECK_CACHE_DIR")
    if root:
        return Path(root)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"


def remembered(name: str, key: object, build: Callable[[], Any]) -> Any:
    """build(), kept as JSON in the cache folder (`name`.json) until `key` changes: for tables that take a
    library tens of milliseconds to produce and a JSON read one. Data only; a damaged file is rebuilt."""
    import hashlib
    import json

    file = cache_dir() / f"{name}.json"
    stamp = json.loads(json.dumps(key))  # as it reads back
    try:
        head, _, body = file.read_bytes().partition(b"\n")
        about = json.loads(head)
        if about == {"key": stamp, "sha256": hashlib.sha256(body).hexdigest()}:
            return json.loads(body)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, RecursionError):
        IGNORED_CACHES.append(f"{file}: not a readable cache; rebuilt")
    value = build()
    body = json.dumps(value, ensure_ascii=False).encode("utf-8")
    from .atomic import write_atomically

    try:
        write_atomically(file, json.dumps({"key": stamp, "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n" + body)
    except OSError:
        pass  # a read-only cache folder
    return value
