"""Where factcheck keeps what it can rebuild: exchange rates, compiled bases, compiled regular expressions."""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """FACTCHECK_CACHE_DIR, else the XDG cache folder's factcheck/."""
    root = os.environ.get("FACTCHECK_CACHE_DIR")
    if root:
        return Path(root)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
