"""factcheck: check the numbers quoted in a draft against a sourced base of reference figures."""

from __future__ import annotations

__all__ = ["check_paths", "check_text", "default_reference", "load_reference"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """The library's entry points, imported when first used: `factcheck extract` never loads the checker."""
    if name in ("check_paths", "check_text", "default_reference"):
        from . import api

        return getattr(api, name)
    if name == "load_reference":
        from .figures import load_reference

        return load_reference
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
