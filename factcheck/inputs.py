"""Which files to check: files as given, folders searched recursively, '-' for stdin."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

DEFAULT_GLOBS = ("*.txt", "*.md", "*.markdown", "*.rst")


def expand(
    paths: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS, excludes: tuple[str, ...] = (), skipped: list[str] | None = None
) -> list[str]:
    """Every input to check, in a stable order; missing paths are kept so they can be reported.

    In a folder, a file is left out when its path inside the folder (or its
    name) matches one of the exclude patterns: "old/*", "*.draft.md".
    """
    found: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            inside = folder.resolve()
            leaving = [p for p in folder.rglob("*") if p.is_symlink() and not p.resolve().is_relative_to(inside)]
            if skipped is not None:
                skipped += [f"{p}: a link out of {path}, not followed" for p in sorted(leaving)]
            matches = [
                p
                for p in folder.rglob("*")
                if p.is_file()
                and any(fnmatch(p.name, g) for g in globs)
                and p not in leaving  # never follow a link out of the folder
                and not any(part.startswith(".") for part in p.relative_to(folder).parts)
                and not any(fnmatch(p.relative_to(folder).as_posix(), x) or fnmatch(p.name, x) for x in excludes)
            ]
            found.extend(str(p) for p in sorted(matches))
        else:
            found.append(path)
    return found
