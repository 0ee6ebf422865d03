"""Accuracy floors on the shared gold corpus, scored in-process with ../shared/tools/score.py.

Raise a floor whenever quality rises, so no change silently loses accuracy.
"""
import importlib.util
import json
from pathlib import Path

import pytest

from agendactl.pipeline import extract_bytes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"

# F1 floors (and briefing date accuracy) already reached on ../shared/corpus.
FLOORS = {"briefing": 1.0, "references": 0.95, "schedule": 0.85, "commitments": 0.95}
SEED_FLOORS = {"references": 1.0, "schedule": 1.0, "commitments": 1.0}
# Floors on the blind-annotated dev transcripts in tests/devgold (see its README). Lowered from
# .99 (references) and .94 (schedule) when 30 files joined (heldout8 had one round of fixes and
# stays low), and to .84 / .90 (schedule / commitments) when 31 more did, each with one round of
# fixes (the set was .858 / .944). 15 more, after one round each, left it at .860 / .953: the
# commitments floor went back up to .93. 12 more (heldout24/25, one round each, schedule .638 /
# .776) left it at .994 / .836 / .953: schedule floor .83.
DEV_FLOORS = {"briefing": 1.0, "references": 0.985, "schedule": 0.83, "commitments": 0.93}
DEVGOLD = Path(__file__).resolve().parent / "devgold"

pytestmark = pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(),
                                reason="../shared (gold corpus and scorer) not beside the project")


def _scorer():
    spec = importlib.util.spec_from_file_location("agendactl_score", SHARED / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _score(golds):
    score = _scorer()
    totals = {k: [0, 0, 0, 0] for k in ("references", "schedule", "commitments")}
    right = 0
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_name(gold["file"])
        date = gold["briefing_date"] if gold.get("date_option") else None
        out = extract_bytes(txt.read_bytes(), str(txt), date).to_dict()
        right += out["briefing"]["date"] == gold["briefing_date"]
        for key, fn in (("references", score.score_references), ("schedule", score.score_schedule),
                        ("commitments", score.score_commitments)):
            if key in gold:
                for i, v in enumerate(fn(out[key], gold[key])[:4]):
                    totals[key][i] += v
    f1 = {k: score.prf(*t)["f1"] for k, t in totals.items()}
    f1["briefing"] = right / len(golds)
    return f1


def test_corpus_floors():
    got = _score(sorted(CORPUS.glob("*.gold.json")))
    low = {k: (got[k], floor) for k, floor in FLOORS.items() if got[k] < floor}
    assert not low, f"below the floor (got, floor): {low}"


def test_seed_floors():
    got = _score([CORPUS / "nato-2017-12-04-pre-ministerial.gold.json"])
    low = {k: (got[k], floor) for k, floor in SEED_FLOORS.items() if got[k] < floor}
    assert not low and got["briefing"] == 1.0, f"below the floor (got, floor): {low}"


def test_devgold_floors():
    got = _score(sorted(DEVGOLD.glob("*.gold.json")))
    low = {k: (got[k], floor) for k, floor in DEV_FLOORS.items() if got[k] < floor}
    assert not low, f"below the floor (got, floor): {low}"
