"""`--format html`: one self-contained page that parses, says what the JSON says, and runs no draft's script."""

from __future__ import annotations

import base64
import hashlib
import json
from html.parser import HTMLParser

from conftest import WORKSPACE_BASE

VOID = {"meta", "br", "input", "img", "link", "hr", "wbr"}


class Page(HTMLParser):
    """The page as a browser's tokenizer sees it: every element with its attributes, scripts' text, nesting checked."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.marks: list[tuple[str, str]] = []  # (class, text without the note number)
        self.open: list[str] = []
        self._mark: list[str] | None = None
        self._in_sup = False
        self.feed(markup)
        self.close()
        assert self.open == [], f"unclosed: {self.open}"

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)
        if tag == "mark":
            self._mark = [dict(attrs)["class"], ""]
        if tag == "sup":
            self._in_sup = True

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark[0], self._mark[1]))
            self._mark = None
        if tag == "sup":
            self._in_sup = False

    def handle_data(self, data):
        if self.open and self.open[-1] == "script":
            self.scripts.append(data)
        elif self._mark is not None and not self._in_sup:
            self._mark[1] += data

    def all(self, tag: str) -> list[dict]:
        return [attrs for name, attrs in self.elements if name == tag]


def test_examples_page_parses_and_agrees_with_the_json_report(run, repo):
    code, out, err = run("check", "-f", "html", repo / "examples")
    assert code == 1, err  # the same exit code as every format: the error draft contradicts its source
    page = Page(out)
    _, report, _ = run("check", "-f", "json", repo / "examples")
    data = json.loads(report)
    findings = [f for entry in data["files"] for f in entry["findings"]]
    # Each claim marked in its verdict's colour, in order, with the claim's own text.
    assert [(f["verdict"], " ".join(f["text"].split())) for f in findings] == [(c, " ".join(t.split())) for c, t in page.marks]
    # The summary table counts what the JSON's summary counts.
    rows = out.split('<table class="summary">', 1)[1].split("</table>", 1)[0]
    for verdict in ("supported", "contradicted", "outdated", "ambiguous", "inconsistent", "unverified"):
        assert f'<span class="badge {verdict}">{verdict}</span></th><td>{data["summary"][verdict]}</td>' in rows
    # An index of the files, every in-page link lands on an element of the page.
    ids = {attrs["id"] for _, attrs in page.elements if "id" in attrs}
    links = [a["href"] for a in page.all("a") if a.get("href", "").startswith("#")]
    assert len([h for h in links if h.startswith("#file-")]) == len(data["files"]) and all(h[1:] in ids for h in links)
    # Sources are linked; corrected wording is shown.
    assert any(a.get("href") == "https://data.worldbank.org/indicator/SP.POP.TOTL" for a in page.all("a"))
    assert "write: 4.5 trillion yuan" in out


def test_page_is_self_contained_and_its_only_script_is_allowed_by_hash(run, repo):
    _, out, _ = run("check", "-f", "html", repo / "examples" / "draft-with-errors.txt")
    page = Page(out)
    assert not page.all("link") and not page.all("img") and all("src" not in attrs for _, attrs in page.elements)
    (policy,) = [m["content"] for m in page.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in policy
    (script,) = page.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    # Readable without JavaScript: the filters it drives are hidden until it runs.
    (filters,) = [d for d in page.all("div") if d.get("class") == "filters"]
    assert "hidden" in filters


def test_hostile_draft_and_base_text_is_escaped(workspace):
    hostile_base = WORKSPACE_BASE.replace("title: Freedonia trade statistics", "title: \"<script>alert('base')</script> stats\"").replace(
        "url: https://example.org/freedonia/trade", "url: \"javascript:alert('url')\""
    )
    (workspace.reference / "base.yaml").write_text(hostile_base, encoding="utf-8")
    draft = workspace.write(
        "evil.md",
        "<script>alert('draft')</script> <img src=x onerror=alert(1)>\n\n"
        'Freedonia\'s gadget sales reached 4.5 billion yuan <b onclick="alert(2)">in</b> the first eight months of 2024.\n\n'
        "</pre></section><script>alert('closing')</script>\n",
    )
    code, out, err = workspace.check("-f", "html", str(draft))
    assert code == 1, err
    page = Page(out)
    assert len(page.scripts) == 1 and "alert" not in page.scripts[0]  # only the page's own script
    assert not page.all("img") and not page.all("b")
    assert not any(name.startswith("on") for _, attrs in page.elements for name in attrs)
    assert not any(a.get("href", "").lower().startswith("javascript") for a in page.all("a"))
    assert "&lt;script&gt;alert(&#x27;draft&#x27;)&lt;/script&gt;" in out
    assert "&lt;script&gt;alert(&#x27;base&#x27;)&lt;/script&gt; stats" in out  # the source's title, shown as text
    assert ("contradicted", "4.5 billion yuan") in page.marks


def test_html_draft_is_shown_as_written_with_its_claims_marked(workspace):
    draft = workspace.root / "page.html"
    draft.write_text(
        "<p>2024-09-20</p><p>Freedonia's widget exports reached <em>39.2 billion U.S. dollars</em> in 2023.</p>\n", encoding="utf-8"
    )
    code, out, err = workspace.check("-f", "html", str(draft))
    assert code == 0, err
    page = Page(out)
    assert ("supported", "39.2 billion U.S. dollars") in page.marks
    assert "&lt;em&gt;" in out  # the page's own markup is text here, not markup of the report


def test_stdin_and_unreadable_files_get_their_section(workspace, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"2024-09-20\nFreedonia's widget exports were 39.2 billion USD in 2023.\n"))
    )
    missing = workspace.root / "gone.md"
    code, out, _ = workspace.check("-f", "html", "-", str(missing))
    assert code == 2  # an unreadable input: exit 2, as in every format
    page = Page(out)
    assert ("supported", "39.2 billion USD") in page.marks
    assert '<p class="error">no such file</p>' in out
