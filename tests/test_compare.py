"""bench/compare.py's adapters, which read a grain into the peers' bare dates: a wrong adapter
would make the accuracy comparison in the README unfair to dateparser or chrono."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import compare  # noqa: E402

WHEN = dt.datetime(2017, 12, 4, 12)


@pytest.mark.parametrize("text, grain, value", [
    ("tomorrow", "day", "2017-12-04"),
    ("on Wednesday", "day", "2017-12-04"),
    ("5 and 6 December", "day", "2017-12-04"),
    ("December 6th", "day", "2017-12-04"),
    ("next week", "week", "2017-W49"),
    ("next July", "month", "2017-12"),
    ("this month", "month", "2017-12"),
    ("in 2022", "year", "2017"),
    ("next year", "year", "2017"),
    ("two days ago", "day", "2017-12-04"),
])
def test_dateparser_grain(text, grain, value):
    assert compare._grained(text, WHEN) == {"grain": grain, "value": value}


@pytest.mark.parametrize("text", ["7:11", "5:00 a.m.", "at 3 pm", "10:30 A.M."])
def test_clock_only_dropped(text):
    assert compare._CLOCK_ONLY.match(text)


@pytest.mark.parametrize("text", ["7:11 on Monday", "May 5", "2021", "tomorrow at 5"])
def test_dates_kept(text):
    assert not compare._CLOCK_ONLY.match(text)


def test_ours_scored_like_the_scorer():
    folder = ROOT.parent / "shared" / "corpus"
    if not folder.is_dir():
        pytest.skip("../shared/corpus not available")
    sc = compare._scorer()
    docs = compare.load(folder, 2)
    preds = compare.ours(docs)
    tot = [0, 0, 0, 0]
    for (gold, _), pred in zip(docs, preds):
        for i, x in enumerate(sc.score_references(pred, gold["references"])[:4]):
            tot[i] += x
    assert sc.prf(*tot)["f1"] >= 0.99
