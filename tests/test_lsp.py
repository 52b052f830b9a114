"""`factcheck lsp`, driven over stdio with real JSON-RPC messages, as an editor drives it.

The drafts put non-ASCII text (accents, CJK, an emoji outside the Basic
Multilingual Plane) before their claims, so that a range counted in code
points instead of UTF-16 units would be off.
"""

from __future__ import annotations

import sys

import pytest
from conftest import DATELINE, WORKSPACE_BASE
from lsp_client import Client

from factcheck.cli import main
from factcheck.lsp.drafts import Lines  # needs no pygls: the server does

ERROR, WARNING, INFORMATION, HINT = 1, 2, 3, 4

# Three claims: contradicted (scale word), outdated (the 2022 figure) and unverified, each after non-ASCII text.
DRAFT = (
    DATELINE
    + "# Revue — 貿易 😀\n\n"
    + "Café 😀 note: Freedonia's gadget sales reached 4.5 billion yuan in the first eight months of 2024.\n\n"
    + "Straße 🚢: Freedonia's widget exports were 30.1 billion U.S. dollars.\n\n"
    + "Über 😀😀 the river, 37 new bridges were built.\n"
)


def utf16_position(text: str, offset: int) -> dict:
    """The protocol's position of a string offset, counted independently of the server's code."""
    line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    return {"line": line, "character": len(text[line_start:offset].encode("utf-16-le")) // 2}


def span_of(text: str, claim: str) -> dict:
    start = text.index(claim)
    return {"start": utf16_position(text, start), "end": utf16_position(text, start + len(claim))}


@pytest.fixture
def server(workspace):
    pytest.importorskip("pygls")  # factcheck[lsp]
    client = Client(workspace.root)
    yield client
    if client.process.poll() is None:
        client.process.kill()
        client.process.wait()


def open_draft(client: Client, path, text: str, language: str = "markdown", version: int = 1) -> None:
    client.notify(
        "textDocument/didOpen", {"textDocument": {"uri": path.as_uri(), "languageId": language, "version": version, "text": text}}
    )


def by_code(diagnostics: list[dict]) -> dict[str, dict]:
    return {d["code"]: d for d in diagnostics}


def test_diagnostics_have_utf16_ranges_and_severities_by_verdict(server, workspace):
    capabilities = server.initialize(workspace.root)["capabilities"]
    assert capabilities["positionEncoding"] == "utf-16"
    assert capabilities["hoverProvider"] and capabilities["codeActionProvider"]
    draft = workspace.root / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    open_draft(server, draft, DRAFT)
    diagnostics = server.diagnostics(draft.as_uri())
    found = by_code(diagnostics)
    assert set(found) == {"contradicted", "outdated", "unverified"}  # supported claims are not shown by default
    assert found["contradicted"]["range"] == span_of(DRAFT, "4.5 billion yuan")
    assert found["outdated"]["range"] == span_of(DRAFT, "30.1 billion U.S. dollars")
    assert found["unverified"]["range"] == span_of(DRAFT, "37")
    # The emoji counts two UTF-16 units: a server counting code points would be one short on each of these lines.
    assert found["contradicted"]["range"]["start"]["character"] == DRAFT.splitlines()[3].index("4.5 billion") + 1
    assert [found[v]["severity"] for v in ("contradicted", "outdated", "unverified")] == [ERROR, WARNING, INFORMATION]
    assert all(d["source"] == "factcheck" for d in diagnostics)
    assert "write 4.5 trillion yuan" in found["contradicted"]["message"]
    # The source's web address, as the code's description and as related information.
    assert found["contradicted"]["codeDescription"]["href"] == "https://example.org/freedonia/trade"
    assert found["contradicted"]["relatedInformation"][0]["location"]["uri"] == "https://example.org/freedonia/trade"
    assert server.close() == 0


def test_change_is_checked_again_after_the_debounce(server, workspace):
    server.initialize(workspace.root, {"debounce": 1.0})  # wide: the second edit must come within it, on a loaded machine too
    draft = workspace.root / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    open_draft(server, draft, DRAFT)
    assert "contradicted" in by_code(server.diagnostics(draft.as_uri()))
    wrong = span_of(DRAFT, "billion yuan")
    wrong["end"] = {"line": wrong["start"]["line"], "character": wrong["start"]["character"] + len("billion")}
    # Two edits in quick succession: "billion" -> "million" -> "trillion"; only the last is checked.
    for version, word in ((2, "million"), (3, "trillion")):
        server.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": draft.as_uri(), "version": version}, "contentChanges": [{"range": wrong, "text": word}]},
        )
        wrong = {"start": wrong["start"], "end": {"line": wrong["start"]["line"], "character": wrong["start"]["character"] + len(word)}}
    published = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    assert published["params"]["version"] == 3  # version 2 was never checked: a newer change came within the pause
    assert set(by_code(published["params"]["diagnostics"])) == {"outdated", "unverified"}
    assert server.close() == 0


def test_hover_shows_the_figure_its_source_and_the_arithmetic(server, workspace):
    server.initialize(workspace.root)
    draft = workspace.root / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    open_draft(server, draft, DRAFT)
    claim = by_code(server.diagnostics(draft.as_uri()))["contradicted"]
    inside = {"line": claim["range"]["start"]["line"], "character": claim["range"]["start"]["character"] + 2}
    hover = server.request("textDocument/hover", {"textDocument": {"uri": draft.as_uri()}, "position": inside})
    text = hover["contents"]["value"]
    assert hover["contents"]["kind"] == "markdown" and hover["range"] == claim["range"]
    assert "contradicted" in text and "4.5 trillion CNY" in text
    assert "[Freedonia Statistics Office, Freedonia trade statistics, 2024-09-11](https://example.org/freedonia/trade)" in text
    assert "gadget-sales-2024-jan-aug: taken" in text  # how it was judged
    nowhere = {"line": 1, "character": 0}
    assert server.request("textDocument/hover", {"textDocument": {"uri": draft.as_uri()}, "position": nowhere}) is None
    assert server.close() == 0


def test_code_actions_correct_the_number_or_ignore_the_line(server, workspace):
    server.initialize(workspace.root)
    draft = workspace.root / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    open_draft(server, draft, DRAFT)
    diagnostics = server.diagnostics(draft.as_uri())
    claim = by_code(diagnostics)["contradicted"]
    actions = server.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": draft.as_uri()}, "range": claim["range"], "context": {"diagnostics": [claim]}},
    )
    correct, ignore = actions
    (edit,) = correct["edit"]["changes"][draft.as_uri()]
    assert edit == {"range": claim["range"], "newText": "4.5 trillion yuan"}
    assert correct["isPreferred"] and correct["kind"] == "quickfix"
    (insert,) = ignore["edit"]["changes"][draft.as_uri()]
    line = claim["range"]["start"]["line"]
    end_of_line = {"line": line, "character": len(DRAFT.splitlines()[line].encode("utf-16-le")) // 2}
    assert insert == {"range": {"start": end_of_line, "end": end_of_line}, "newText": " <!-- factcheck: ignore -->"}
    # Applying the ignore edit silences that line, and only that line.
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": draft.as_uri(), "version": 2}, "contentChanges": [{"range": insert["range"], "text": insert["newText"]}]},
    )
    assert set(by_code(server.diagnostics(draft.as_uri(), version=2))) == {"outdated", "unverified"}
    # An outdated claim has no correction to offer, only the ignore.
    outdated = by_code(diagnostics)["outdated"]
    actions = server.request(
        "textDocument/codeAction", {"textDocument": {"uri": draft.as_uri()}, "range": outdated["range"], "context": {"diagnostics": []}}
    )
    assert [a["title"].split()[0] for a in actions] == ["Ignore"]
    assert server.close() == 0


def test_html_draft_ranges_point_into_the_page_and_supported_claims_are_hints_when_asked(server, workspace):
    server.initialize(workspace.root, {"showSupported": True})
    page = (
        "<html><body><p>2024-09-20</p>\n<p>Ça va — <b>Freedonia&#39;s</b> widget exports reached "
        "<em>39.2 billion U.S. dollars</em> in 2023 😀.</p>\n</body></html>\n"
    )
    draft = workspace.root / "page.html"
    draft.write_text(page, encoding="utf-8")
    open_draft(server, draft, page, language="html")
    found = by_code(server.diagnostics(draft.as_uri()))
    assert found["supported"]["severity"] == HINT
    assert found["supported"]["range"] == span_of(page, "39.2 billion U.S. dollars")
    # The ignore action works in a page too: the comment goes right after the claim, inside its element.
    server.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": draft.as_uri(), "version": 2},
            "contentChanges": [
                {
                    "text": page.replace("widget exports", "gadget sales")
                    .replace("39.2 billion U.S. dollars", "4.5 billion yuan")
                    .replace("in 2023", "in the first eight months of 2024")
                }
            ],
        },
    )
    (wrong,) = [d for d in server.diagnostics(draft.as_uri(), version=2) if d["code"] == "contradicted"]
    actions = server.request(
        "textDocument/codeAction", {"textDocument": {"uri": draft.as_uri()}, "range": wrong["range"], "context": {"diagnostics": [wrong]}}
    )
    (insert,) = actions[-1]["edit"]["changes"][draft.as_uri()]
    assert insert["range"]["start"] == wrong["range"]["end"]
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": draft.as_uri(), "version": 3}, "contentChanges": [{"range": insert["range"], "text": insert["newText"]}]},
    )
    assert "contradicted" not in by_code(server.diagnostics(draft.as_uri(), version=3))
    assert server.close() == 0


def test_the_base_is_reloaded_when_one_of_its_files_changes(server, workspace):
    server.initialize(workspace.root)
    draft = workspace.root / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    open_draft(server, draft, DRAFT)
    assert "contradicted" in by_code(server.diagnostics(draft.as_uri()))
    # The base now says 4.5 billion: the same draft, saved again, holds.
    (workspace.reference / "base.yaml").write_text(WORKSPACE_BASE.replace("4.5 trillion CNY", "4.5 billion CNY"), encoding="utf-8")
    server.notify("textDocument/didSave", {"textDocument": {"uri": draft.as_uri()}})
    assert "contradicted" not in by_code(server.diagnostics(draft.as_uri()))
    assert server.close() == 0


def test_a_broken_base_is_said_once_in_the_editor_and_the_server_goes_on(server, workspace):
    (workspace.reference / "base.yaml").write_text("figures: [\n", encoding="utf-8")
    server.initialize(workspace.root)
    draft = workspace.root / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    open_draft(server, draft, DRAFT)
    shown = server.wait(lambda m: m.get("method") == "window/showMessage")
    assert shown["params"]["type"] == ERROR and "base.yaml" in shown["params"]["message"]
    # Mended, the base is read and the draft checked.
    (workspace.reference / "base.yaml").write_text(WORKSPACE_BASE, encoding="utf-8")
    server.notify("textDocument/didSave", {"textDocument": {"uri": draft.as_uri()}})
    assert "contradicted" in by_code(server.diagnostics(draft.as_uri()))
    server.notify("textDocument/didClose", {"textDocument": {"uri": draft.as_uri()}})
    assert server.diagnostics(draft.as_uri()) == []
    assert server.close() == 0


def test_without_pygls_the_command_says_how_to_install_it(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "factcheck.lsp.server", None)  # as if the import failed
    assert main(["lsp"]) == 2
    assert "pip install 'factcheck[lsp]'" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-32"])
def test_lines_go_between_offsets_and_positions_in_the_client_units(encoding):
    text = "a😀b\nçé 貿x\n\nlast"
    lines = Lines(text, encoding)
    width = {"utf-16": 2, "utf-8": 4, "utf-32": 1}[encoding]
    assert lines.position(text.index("b")) == (0, 1 + width)
    assert lines.position(text.index("x")) == (1, {"utf-16": 4, "utf-8": 8, "utf-32": 4}[encoding])
    assert lines.position(len(text)) == (3, 4)
    for offset in range(len(text) + 1):
        assert lines.offset(*lines.position(offset)) == offset
    assert lines.offset(0, 99) == text.index("\n")  # past the end of a line: its end
    assert lines.offset(9, 0) == len(text)
