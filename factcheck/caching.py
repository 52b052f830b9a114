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


MAX_CACHE_BYTES = 50_000_000  # a cache file bigger than this is not one of ours


def read_stamped(file: Path, stamp: object, damaged: str) -> bytes | None:
    """The body of a cache file write_stamped wrote with this stamp, or None.

    None, silently, when the file is missing or was made from other inputs
    (its stamp differs: rebuilding is expected). None, and named once for
    --verbose as "<file>: <damaged>; rebuilt", when it is unreadable, too big,
    or its body does not hash to the SHA-256 its header gives.
    """
    import hashlib
    import json

    try:
        if file.stat().st_size > MAX_CACHE_BYTES:
            raise ValueError("too big")
        head, _, body = file.read_bytes().partition(b"\n")
        about = json.loads(head)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError):
        IGNORED_CACHES.append(f"{file}: {damaged}; rebuilt")
        return None
    if not isinstance(about, dict) or about.get("key") != json.loads(json.dumps(stamp)):
        return None
    if about.get("sha256") != hashlib.sha256(body).hexdigest():
        IGNORED_CACHES.append(f"{file}: {damaged}; rebuilt")
        return None
    return body


def write_stamped(file: Path, stamp: object, body: bytes) -> None:
    """Write a cache file, atomically: a JSON header line (the stamp and the body's SHA-256), then the body.
    A cache folder that cannot be written is no error: the next run rebuilds."""
    import hashlib
    import json

    from .atomic import write_atomically

    header = json.dumps({"key": stamp, "sha256": hashlib.sha256(body).hexdigest()}).encode("utf-8")
    try:
        write_atomically(file, header + b"\n" + body)
    except OSError:
        pass


def remembered(name: str, key: object, build: Callable[[], Any]) -> Any:
    """build(), kept as JSON in the cache folder (`name`.json) until `key` changes: for tables that take a
    library tens of milliseconds to produce and a JSON read one. Data only; a damaged file is rebuilt."""
    import json

    file = cache_dir() / f"{name}.json"
    body = read_stamped(file, key, "not a readable cache")
    if body is not None:
        try:
            return json.loads(body)
        except (ValueError, RecursionError):
            IGNORED_CACHES.append(f"{file}: not a readable cache; rebuilt")
    value = build()
    write_stamped(file, key, json.dumps(value, ensure_ascii=False).encode("utf-8"))
    return value
