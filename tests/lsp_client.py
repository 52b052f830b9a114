"""A minimal Language Server Protocol client for the tests: JSON-RPC messages over a subprocess's stdio.

It speaks the wire format itself (Content-Length headers, JSON bodies), so
the tests see what an editor would: no protocol library between them and
the server.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


class Client:
    def __init__(self, cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "lsp"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.messages: queue.Queue[dict] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: Any = None) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any = None, timeout: float = 60) -> Any:
        """Send a request and wait for its response; notifications that arrive meanwhile are kept."""
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        response = self.wait(lambda m: m.get("id") == ident and "method" not in m, timeout)
        assert "error" not in response, response
        return response.get("result")

    def wait(self, wanted, timeout: float = 60) -> dict:
        """The first message (kept or new) for which wanted(message) is true; the others stay kept."""
        deadline = time.monotonic() + timeout
        kept: list[dict] = []
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no such message within {timeout} s; stderr: {self.stderr_so_far()}")
                try:
                    message = self.messages.get(timeout=remaining)
                except queue.Empty:
                    continue
                if wanted(message):
                    return message
                kept.append(message)
        finally:
            for message in kept:
                self.messages.put(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 60) -> list[dict]:
        """The next diagnostics published for uri (for that version of it, when given)."""

        def wanted(m: dict) -> bool:
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version

        return self.wait(wanted, timeout)["params"]["diagnostics"]

    def stderr_so_far(self) -> str:
        return "(running)" if self.process.poll() is None else (self.process.stderr.read() or b"").decode(errors="replace")

    def initialize(self, root: Path, options: dict | None = None) -> dict:
        result = self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "capabilities": {"general": {"positionEncodings": ["utf-16"]}},
                "initializationOptions": options or {},
            },
        )
        self.notify("initialized", {})
        return result

    def close(self) -> int:
        """shutdown, exit, and the server's exit code."""
        self.request("shutdown")
        self.notify("exit")
        try:
            return self.process.wait(timeout=20)
        finally:
            for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
                if stream:
                    stream.close()
