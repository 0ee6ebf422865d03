#!/usr/bin/env python3
"""Compare quantulum3 (a general quantity extractor) with agendactl's quantities and commitments.

On the seed transcript and two corpus transcripts: how many quantities each finds, how many
gold commitments are among them, and how long each takes. quantulum3 is NOT a project
dependency: install it into the venv only for this comparison (`.venv/bin/pip install
quantulum3`). Run from the project root:

    .venv/bin/python bench/quantulum_compare.py [--repeat N] [FILE ...]

"found" = a gold commitment (not optional) for which the tool reports a quantity of the same
value whose surface/unit (or the 40 characters after it, for quantulum3, which has no idea of
the counted noun) holds one of the gold unit words — the corpus scorer's rule.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT = [
    "nato-2017-12-04-pre-ministerial.txt",
    "2021-10-29-background-press-call-by-senior-administration-officials-on-the-presidents-upcoming-g20-visit.md",
    "2023-05-18-background-press-call-previewing-day-one-of-the-g7-summit.md",
]


def gold_of(path: Path) -> list[dict]:
    g = path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json")
    return [c for c in json.loads(g.read_text())["commitments"] if not c.get("optional")] if g.exists() else []


def found(gold: list[dict], items: list[tuple[float, str]]) -> int:
    n = 0
    for g in gold:
        if any(abs(float(v) - float(g["quantity"])) < 1e-6 and any(u.lower() in words.lower() for u in g["unit"])
               for v, words in items):
            n += 1
    return n


def timed(fn, repeat: int):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return out, best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or [CORPUS / f for f in DEFAULT]

    from agendactl import commitments
    from agendactl.document import read_bytes
    from agendactl.model import Briefing
    from agendactl.rules import quantities

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            t = time.perf_counter()
            from quantulum3 import parser as q3
            q3_import = time.perf_counter() - t
            q3.parse("warm up with 3 troops")  # loads its unit tables
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3 into .venv for this comparison)")
        q3 = None
        q3_import = 0.0

    rows = []
    for path in files:
        data = path.read_bytes()
        doc = read_bytes(data, str(path))
        gold = gold_of(path)
        ours, t_ours = timed(lambda: commitments.extract(read_bytes(data, str(path)), Briefing(None, None, None), []), args.repeat)
        ours = [c for c in ours if c.kind == "quantity"]
        raw, t_raw = timed(lambda: quantities.scan(doc.view), args.repeat)
        row = {
            "file": path.name[:40], "gold": len(gold),
            "ours_raw": len(raw), "ours_items": len(ours),
            "ours_found": found(gold, [(c.quantity, f"{c.unit} {c.phrase}") for c in ours]),
            "ours_ms": round(t_ours * 1000, 1), "ours_raw_ms": round(t_raw * 1000, 1),
        }
        if q3 is not None:
            body = doc.view
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                qs, t_q3 = timed(lambda: q3.parse(body), args.repeat)
            items = [(q.value, f"{q.surface} {q.unit.name} {body[q.span[1]:q.span[1] + 40]}") for q in qs]
            row.update({
                "q3_items": len(qs), "q3_found": found(gold, items), "q3_ms": round(t_q3 * 1000, 1),
                "q3_units": sorted({q.unit.name for q in qs if q.unit.name != "dimensionless"})[:6],
            })
        rows.append(row)

    print(f"quantulum3 import: {q3_import * 1000:.0f} ms" if q3 else "quantulum3: not available")
    head = ["file", "gold", "ours_raw", "ours_items", "ours_found", "ours_ms", "ours_raw_ms"]
    if q3 is not None:
        head += ["q3_items", "q3_found", "q3_ms"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print("| " + " | ".join(str(r[h]) for h in head) + " |")
    if q3 is not None:
        for r in rows:
            print(f"{r['file']}: quantulum3 units other than dimensionless: {r['q3_units']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
