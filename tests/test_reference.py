"""The reference base is data under test: the shipped files load, and bad files are refused with file:line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from factcheck import units
from factcheck.errors import UserError
from factcheck.figures import load_reference, parse_value

REPO = Path(__file__).resolve().parents[1]
REFERENCE_FILES = sorted((REPO / "reference").glob("*.y*ml"))


def test_the_repo_has_reference_files():
    assert REFERENCE_FILES


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=lambda p: p.name)
def test_reference_file_loads(path):
    base = load_reference([path])  # raises InvalidReference on any problem
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len([f for f in base.figures if "#" not in f.id]) == len(raw["figures"])
    for figure in base.figures:
        assert figure.source is not None, figure.id
        assert figure.source.title or figure.source.publisher or figure.source.url, figure.id
        assert figure.subject.strip(), figure.id
        units.dimension(figure.quantity.unit)  # every unit is one we can compare


def test_whole_base_loads_with_unique_ids():
    base = load_reference([REPO / "reference"])
    ids = [f.id for f in base.figures]
    assert len(ids) == len(set(ids))
    raw_ids = [
        entry["id"] for path in REFERENCE_FILES for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["figures"] if "id" in entry
    ]
    assert len(raw_ids) == len(set(raw_ids)), "duplicate ids across files"
    assert set(raw_ids) <= set(ids)


def test_every_figure_in_the_files_names_a_source():
    for path in REFERENCE_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["figures"]:
            assert entry.get("source") or data.get("source"), f"{path.name}: {entry.get('id', entry)} has no source"


@pytest.mark.parametrize(
    ("text", "value", "unit", "bound"),
    [
        ("911.7 billion USD", 911.7e9, "USD", "exact"),
        ("4.5 trillion CNY", 4.5e12, "CNY", "exact"),
        ("more than 13000", 13000, None, "lower"),
        ("more than 280 billion CNY", 280e9, "CNY", "lower"),
        ("7.5 percent", 7.5, "percent", "exact"),
        ("about 2 hours", 2, "hour", "approx"),
        ("15 years", 15, "year", "exact"),
        ("2000", 2000, None, "exact"),  # a count the claim grammar would take for a year
        (45, 45, None, "exact"),  # YAML gives a number
    ],
)
def test_parse_value(text, value, unit, bound):
    q = parse_value(text)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.bound == bound


GOOD_FIGURE = """\
  - id: good
    subject: widget exports
    value: 5 billion USD
"""

# name, file text, line the message must point at, words the message must contain
BAD_REFERENCES = [
    ("yaml-syntax", "source:\n  title: T\nfigures:\n  - id: a\n    subject: trade\n    value: [1, 2\n", 7, ["YAML"]),
    ("figure-without-source", "figures:\n  - id: a\n    subject: trade\n    value: 5\n", 2, ["source"]),
    (
        "duplicate-id",
        "source:\n  title: T\nfigures:\n  - id: a\n    subject: trade\n    value: 5\n  - id: a\n    subject: trade\n    value: 6\n",
        7,
        ["duplicate", "'a'"],
    ),
    ("unknown-unit", "source:\n  title: T\nfigures:\n  - id: a\n    subject: trade\n    value: 5 furlongz\n", 6, ["furlongz"]),
    ("unknown-currency", "source:\n  title: T\nfigures:\n  - id: a\n    subject: trade\n    value: 5 billion XYZ\n", 6, ["XYZ"]),
    ("bad-period", "source:\n  title: T\nfigures:\n  - id: a\n    subject: trade\n    value: 5\n    period: 2024-13\n", 7, ["2024-13"]),
    ("unknown-key", "source:\n  title: T\nfigures:\n  - id: a\n    subject: trade\n    value: 5\n    colour: red\n", 7, ["colour"]),
    ("unknown-file-key", "source:\n  title: T\nauthor: me\nfigures:\n  - id: a\n    subject: trade\n    value: 5\n", 3, ["author"]),
    ("unknown-source-key", "source:\n  title: T\n  pages: 12\nfigures:\n  - id: a\n    subject: trade\n    value: 5\n", 3, ["pages"]),
    ("no-value", "source:\n  title: T\nfigures:\n  - id: a\n    subject: trade\n", 4, ["value"]),
]


@pytest.mark.parametrize(("name", "text", "line", "words"), BAD_REFERENCES, ids=[b[0] for b in BAD_REFERENCES])
def test_bad_reference_is_one_stderr_line_with_file_and_line(run, tmp_path, name, text, line, words):
    reference = tmp_path / f"{name}.yaml"
    reference.write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Widget exports reached 5 billion U.S. dollars.\n", encoding="utf-8")
    code, out, err = run("check", "--reference", reference, draft)
    assert code == 2
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert f"{reference}:{line}:" in lines[0]
    for word in words:
        assert word in lines[0]
    assert out == ""  # nothing is checked against a base that was refused


def test_bad_reference_raises_a_user_error(tmp_path):
    reference = tmp_path / "bad.yaml"
    reference.write_text("figures:\n  - id: a\n    subject: trade\n    value: 5\n", encoding="utf-8")
    with pytest.raises(UserError) as raised:
        load_reference([reference])
    assert re.match(rf"{re.escape(str(reference))}:2: ", str(raised.value))


def test_a_unit_pint_knows_is_accepted(tmp_path):
    # The contrast to "5 furlongz": a real unit spelled out is read, not refused.
    reference = tmp_path / "ok.yaml"
    reference.write_text("source:\n  title: T\nfigures:\n  - id: a\n    subject: race length\n    value: 5 furlongs\n", encoding="utf-8")
    (figure,) = load_reference([reference]).figures
    assert figure.quantity.value == 5
    assert figure.quantity.unit == "furlong"


def test_missing_reference_path_is_an_error(run, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("They built 12 parks.\n", encoding="utf-8")
    code, out, err = run("check", "--reference", tmp_path / "nowhere", draft)
    assert code == 2
    assert len(err.splitlines()) == 1 and "nowhere" in err
    assert "Traceback" not in err


def test_reference_may_be_given_twice(run, tmp_path):
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("source:\n  title: A\nfigures:\n" + GOOD_FIGURE, encoding="utf-8")
    second.write_text("source:\n  title: B\nfigures:\n" + GOOD_FIGURE.replace("id: good", "id: other"), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("They built 12 parks.\n", encoding="utf-8")
    code, out, err = run("check", "--format", "json", "-r", first, "-r", second, draft)
    assert code == 0, err
    import json

    data = json.loads(out)
    assert data["reference"]["figures"] == 2
    assert data["reference"]["paths"] == [str(first), str(second)]


def test_a_rate_table_entry_with_an_unknown_currency_is_refused_with_its_line(tmp_path, run):
    base = tmp_path / "rates.yaml"
    base.write_text(
        "source: {title: Central bank bulletin}\n"
        "rates:\n"
        "  - {from: USD, to: XOF, period: 2023, rate: 606.6}\n"
        "  - {from: USD, to: ZZZ, period: 2023, rate: 2}\n"
        "  - {from: USD, to: XOF, period: 2023-13, rate: 600}\n"
        "  - {from: USD, to: XOF, period: 2022, rate: -1}\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text("Nothing here.\n", encoding="utf-8")
    code, out, err = run("check", "--reference", str(base), str(draft))
    assert code == 2
    lines = err.strip().splitlines()
    assert any(":4:" in line and "ZZZ" in line for line in lines), err
    assert any(":5:" in line and "2023-13" in line for line in lines), err
    assert any(":6:" in line and "positive" in line for line in lines), err


def test_every_shipped_file_follows_the_documented_format():
    """docs/schemas/reference-base.schema.json states the format: the shipped base must follow it."""
    import json

    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "docs" / "schemas" / "reference-base.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in REFERENCE_FILES:
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))  # dates as text
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, f"{path.name}: " + "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:3])


def test_the_contract_copies_in_docs_match_the_shared_ones():
    """docs/schemas holds the project's copy of the JSON contracts; it must not drift from the shared one."""
    shared = REPO.parent / "shared" / "schemas"
    if not shared.is_dir():
        pytest.skip("../shared/schemas is absent")
    for name in ("check-output.schema.json", "extract-output.schema.json"):
        assert (REPO / "docs" / "schemas" / name).read_bytes() == (shared / name).read_bytes(), name
