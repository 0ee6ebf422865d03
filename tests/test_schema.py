"""The published JSON Schema: valid itself, and every JSON output of the example set and the
corpus validates against it (extract, schedule, commitments, dates; json and jsonl)."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from agendactl import cli

ROOT = Path(__file__).parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir()
                  if p.suffix in (".txt", ".md", ".html"))
# the corpus transcripts are the example set of the gold; skipped when ../shared is absent
CORPUS_FILES = sorted(p for p in CORPUS.glob("*") if p.suffix in (".txt", ".md")
                      and (CORPUS / (p.stem + ".gold.json")).exists()) if CORPUS.exists() else []


def _schema() -> dict:
    r = CliRunner().invoke(cli.app, ["schema"])
    assert r.exit_code == 0
    return json.loads(r.stdout)


SCHEMA = _schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA,
                                            format_checker=jsonschema.FormatChecker())
LINE_VALIDATOR = jsonschema.Draft202012Validator(
    {**SCHEMA, "$ref": "#/$defs/jsonl_item", "required": [], "properties": {}},
    format_checker=jsonschema.FormatChecker())


def test_schema_is_a_valid_schema_and_matches_the_package_file():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA == json.loads((ROOT / "src/agendactl/schema.json").read_text())
    assert SCHEMA["properties"]["schema_version"]["const"] == 1


def test_schema_rejects_broken_documents():
    good = {"schema_version": 1, "source": {"path": "x", "sha256": "0" * 64},
            "briefing": {"title": None, "speaker": None, "date": "2017-12-04",
                         "date_source": "option", "evidence": None}}
    VALIDATOR.validate(good)
    for broken in ({**good, "schema_version": 2},
                   {**good, "briefing": {**good["briefing"], "date": "4 Dec 2017"}},
                   {**good, "references": [{"text": "x"}]},
                   {k: v for k, v in good.items() if k != "source"}):
        assert not VALIDATOR.is_valid(broken)


@pytest.mark.parametrize("path", EXAMPLES + CORPUS_FILES, ids=lambda p: p.name[:40])
def test_every_output_validates(path):
    runner = CliRunner()
    r = runner.invoke(cli.app, ["extract", str(path), "--format", "json", "--explain"])
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    VALIDATOR.validate(doc)
    text = path.read_bytes().decode("utf-8-sig")
    # offsets index the decoded input as given
    for item in doc["references"] + [e["evidence"] for e in doc["schedule"]] + \
            [c["evidence"] for c in doc["commitments"]]:
        assert text[item["start"]:item["end"]] == item["text"]
    for cmd in ("schedule", "commitments", "dates"):
        r = runner.invoke(cli.app, [cmd, str(path), "--json"])
        VALIDATOR.validate(json.loads(r.stdout))
    r = runner.invoke(cli.app, ["extract", str(path), "--format", "jsonl"])
    for line in r.stdout.splitlines():
        LINE_VALIDATOR.validate(json.loads(line))


def test_array_of_several_validates():
    if not CORPUS_FILES:
        pytest.skip("../shared/corpus not present")
    r = CliRunner().invoke(cli.app, ["schedule", *map(str, CORPUS_FILES[:3]), "--json"])
    docs = json.loads(r.stdout)
    assert isinstance(docs, list) and len(docs) == 3
    for d in docs:
        VALIDATOR.validate(d)
