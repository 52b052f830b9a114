"""The one exception type for problems the user can fix (exit code 2)."""

from __future__ import annotations


class UserError(Exception):
    """Bad input: a reference file, an option, a file to check.

    Printed as one line, ``path:line: message``, never as a traceback.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a batch, carrying the reports of the files finished before it (in input order)."""

    def __init__(self, finished: list):
        super().__init__()
        self.finished = finished
