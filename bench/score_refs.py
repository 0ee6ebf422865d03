#!/usr/bin/env python3
"""In-process reference scoring (fast loop for rule work): runs read -> match -> resolve on every
transcript of a scorer folder with the gold briefing date, and scores with ../shared/tools/score.py's
own `score_references`. Usage: bench/score_refs.py FOLDER [-v] [--half dev|test]"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from agendactl import resolve, rules  # noqa: E402
from agendactl.document import read_bytes  # noqa: E402
from agendactl.model import Briefing  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_folder(folder: Path, half: str | None = None, verbose: bool = False) -> dict:
    sc = _scorer()
    tot = [0, 0, 0, 0]
    for gp in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        if half and (zlib.crc32(gp.name.encode()) % 2 == 0) != (half == "dev"):
            continue
        txt = gp.with_name(gold["file"])
        doc = read_bytes(txt.read_bytes(), str(txt))
        brief = Briefing(gold["briefing_date"], "gold", None)
        refs = resolve.resolve(rules.match(doc), doc, brief)
        pred = [r.to_dict() for r in refs]
        a, b, c, d, misses = sc.score_references(pred, gold["references"])
        for i, x in enumerate((a, b, c, d)):
            tot[i] += x
        if verbose and misses:
            print(f"== {txt.name} ({gold['briefing_date']})")
            for m in misses:
                print(m)
    return sc.prf(*tot)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--half", choices=["dev", "test"])
    a = ap.parse_args()
    print(json.dumps(score_folder(a.folder, a.half, a.v)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
