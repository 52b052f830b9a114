"""`factcheck lsp`: the Language Server Protocol over stdio, built on pygls.

On open and on save a draft is checked at once; on change, after a pause
in typing (the debounce). Each finding becomes a diagnostic on the claim's
span; a hover shows the source and the arithmetic; code actions correct a
contradicted number or silence a line. The base is the one `factcheck check`
would use from the draft's folder, loaded once and reloaded when its files
change. Client options (initializationOptions): `debounce` in seconds
(default 0.3) and `showSupported` (supported claims as hints).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..errors import UserError
from ..model import Finding, Verdict
from ..report.compact import correction, finding_message
from .drafts import IGNORE_COMMENT, Bases, CheckedDraft, check_draft, hover_markdown, source_url

SEVERITIES = {
    Verdict.CONTRADICTED: types.DiagnosticSeverity.Error,
    Verdict.INCONSISTENT: types.DiagnosticSeverity.Error,
    Verdict.OUTDATED: types.DiagnosticSeverity.Warning,
    Verdict.AMBIGUOUS: types.DiagnosticSeverity.Warning,
    Verdict.UNVERIFIED: types.DiagnosticSeverity.Information,
    Verdict.SUPPORTED: types.DiagnosticSeverity.Hint,  # only when the client asks (showSupported)
}
DEFAULT_DEBOUNCE = 0.3  # seconds of quiet typing before a changed draft is checked again


class FactcheckServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("factcheck", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.bases = Bases()
        self.drafts: dict[str, CheckedDraft] = {}  # uri -> the draft as last checked
        self.pending: dict[str, int] = {}  # uri -> the newest change waiting for the debounce
        self.debounce = DEFAULT_DEBOUNCE
        self.show_supported = False
        self.last_error: str | None = None

    def check(self, uri: str) -> None:
        """Check the draft as the editor holds it and publish its diagnostics."""
        document = self.workspace.get_text_document(uri)
        path = _path_of(uri)
        try:
            paths, as_of = self.bases.settings_for(Path(path))
            base = self.bases.get(paths)
            draft = check_draft(path, document.source, base, as_of, str(self.workspace.position_encoding or "utf-16"))
        except UserError as error:
            self._tell(str(error))
            return
        self.last_error = None
        self.drafts[uri] = draft
        shown = [f for f in draft.findings if self.show_supported or f.verdict is not Verdict.SUPPORTED]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=document.version, diagnostics=[_diagnostic(draft, f) for f in shown])
        )

    def _tell(self, message: str) -> None:
        """A problem with the base or the settings: said once in the editor, not again on every keystroke."""
        if message != self.last_error:
            self.last_error = message
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"factcheck: {message}"))


def _path_of(uri: str) -> str:
    """The file path of a document's URI; an unsaved buffer ('untitled:') is read as plain text in the current folder."""
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        return unquote(parsed.path)
    return str(Path.cwd() / (Path(unquote(parsed.path)).name or "untitled"))


def _range(draft: CheckedDraft, finding: Finding) -> types.Range:
    (line, character), (end_line, end_character) = draft.span(finding)
    return types.Range(types.Position(line, character), types.Position(end_line, end_character))


def _diagnostic(draft: CheckedDraft, finding: Finding) -> types.Diagnostic:
    url = source_url(finding)
    related = None
    if url and finding.figure is not None:
        where = types.Location(uri=url, range=types.Range(types.Position(0, 0), types.Position(0, 0)))
        related = [types.DiagnosticRelatedInformation(location=where, message=f"source: {finding.figure.source.describe()}")]
    return types.Diagnostic(
        range=_range(draft, finding),
        severity=SEVERITIES[finding.verdict],
        code=finding.verdict.value,
        code_description=types.CodeDescription(href=url) if url else None,
        source="factcheck",
        message=finding_message(finding),
        related_information=related,
        data={"reason": finding.reason.value},
    )


def _quick_fixes(draft: CheckedDraft, uri: str, finding: Finding) -> list[types.CodeAction]:
    """Write the source's value in place of a contradicted claim (preferred); silence the claim's line."""
    diagnostic = _diagnostic(draft, finding)
    actions = []
    corrected = correction(finding)
    if corrected:
        edit = types.TextEdit(range=_range(draft, finding), new_text=corrected)
        actions.append(
            types.CodeAction(
                title=f"Correct to '{corrected}' (the source's value)",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=types.WorkspaceEdit(changes={uri: [edit]}),
                is_preferred=True,
            )
        )
    at = types.Position(*draft.lines.position(draft.ignore_offset(finding)))
    ignore = types.TextEdit(range=types.Range(at, at), new_text=f" {IGNORE_COMMENT}")
    actions.append(
        types.CodeAction(
            title="Ignore this line (factcheck: ignore)",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=types.WorkspaceEdit(changes={uri: [ignore]}),
        )
    )
    return actions


def build() -> FactcheckServer:
    """The server with its features registered (tests drive it over stdio, as an editor does)."""
    server = FactcheckServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: FactcheckServer, params: types.InitializeParams) -> None:
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        debounce = options.get("debounce")
        if isinstance(debounce, (int, float)) and 0 <= debounce <= 10:
            ls.debounce = float(debounce)
        ls.show_supported = options.get("showSupported") is True

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactcheckServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FactcheckServer, params: types.DidChangeTextDocumentParams) -> None:
        uri, version = params.text_document.uri, params.text_document.version
        ls.pending[uri] = version
        await asyncio.sleep(ls.debounce)
        if ls.pending.get(uri) == version:  # no newer change came in the meantime
            del ls.pending[uri]
            ls.check(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.drafts.pop(uri, None)
        ls.pending.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: types.HoverParams) -> types.Hover | None:
        draft = ls.drafts.get(params.text_document.uri)
        finding = draft.at(params.position.line, params.position.character) if draft else None
        if draft is None or finding is None:
            return None
        content = types.MarkupContent(kind=types.MarkupKind.Markdown, value=hover_markdown(finding))
        return types.Hover(contents=content, range=_range(draft, finding))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: FactcheckServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        draft = ls.drafts.get(uri)
        if draft is None:
            return []
        start, end = params.range.start, params.range.end
        found = draft.within((start.line, start.character), (end.line, end.character))
        return [action for f in found if f.verdict is not Verdict.SUPPORTED for action in _quick_fixes(draft, uri, f)]

    return server


def serve() -> None:
    """Serve one client over stdin and stdout until it says exit."""
    logging.basicConfig(level=logging.WARNING)  # to stderr: stdout carries the protocol
    build().start_io()
