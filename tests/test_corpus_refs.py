"""In-process reference scoring against the gold of ../shared (the scorer's own matching rules),
with floors at the level already reached: a change that loses accuracy fails here."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

FLOORS = {"corpus": 0.999, "te3-tbaq": 0.88}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_reference_f1_floor(folder):
    path = SHARED / folder
    if not (SHARED / "tools" / "score.py").exists() or not path.is_dir():
        pytest.skip(f"{path} not available")
    from score_refs import score_folder

    res = score_folder(path)
    assert res["f1"] >= FLOORS[folder], res
