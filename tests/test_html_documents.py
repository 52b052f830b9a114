"""HTML pages read through a parser: visible text only, references decoded, positions in the file as written."""

from __future__ import annotations

PAGE = """<!DOCTYPE html>
<html><head><title>Trade report</title><style>.x { width: 45px }</style>
<script>var total = 45000000; document.write("<p>99 billion</p>")</script></head>
<body>
<h1>China&#8217;s trade with ASEAN</h1>
<p class="lead" data-n="45">China-ASEAN trade reached <b>911.7&nbsp;billion U.S. dollars</b> in 2023, the Ministry of Commerce said.</p>
<p>The S&amp;P 500 rose. <!-- factcheck: ignore --> Exports hit 99 billion U.S. dollars.</p>
<p>It was &#8364;5 million, up &#x31;0 percent.</p>
<img alt="12 billion" src="chart-2023-77.png">
</body></html>
"""


def test_only_the_visible_text_is_read_and_positions_point_into_the_page(workspace):
    page = workspace.write("story.html", PAGE, dateline=False)
    code, data, err = workspace.check_json(str(page))
    findings = data["files"][0]["findings"]
    source = page.read_text(encoding="utf-8")
    assert [(f["text"], f["line"], f["column"], source[f["start"] : f["end"]]) for f in findings] == [
        ("911.7\xa0billion U.S. dollars", 6, 58, "911.7&nbsp;billion U.S. dollars"),  # the text as the page shows it
        ("€5 million", 8, 11, "&#8364;5 million"),
        ("10 percent", 8, 32, "&#x31;0 percent"),
    ]


def test_hostile_markup_is_text_or_nothing(workspace):
    page = workspace.write(
        "evil.htm", '<p>Trade was <script>alert("45 billion")</script>911.7 billion U.S. dollars in 2023<p', dateline=False
    )
    code, data, err = workspace.check_json(str(page))
    assert [f["text"] for f in data["files"][0]["findings"]] == ["911.7 billion U.S. dollars"]
