#!/usr/bin/env python3
"""Time per pipeline stage (read, briefing date, match, resolve, schedule, commitments) over a
fixed spread of White House briefings, in process, second of two passes (patterns compiled,
caches warm). Shows where a speed change has to land.

    .venv/bin/python bench/stages.py [N_FILES] [--profile STAGE]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import bench  # noqa: E402  (the same subset as the throughput row)
from agendactl import briefing, commitments, resolve, rules, schedule  # noqa: E402
from agendactl.document import read_bytes  # noqa: E402

STAGES = ("read", "brief", "match", "resolve", "schedule", "commit")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="?", type=int, default=80)
    ap.add_argument("--profile", choices=STAGES, help="cProfile that stage (top 40, cumulative)")
    a = ap.parse_args()
    texts = [(p, p.read_bytes()) for p in bench.subset(a.files)]
    size = sum(len(b) for _, b in texts) / 1e6
    prof = cProfile.Profile() if a.profile else None
    for rep in range(2):
        t = dict.fromkeys(STAGES, 0.0)
        for p, b in texts:
            def stage(name, fn, *args):
                on = prof is not None and rep == 1 and name == a.profile
                if on:
                    prof.enable()
                t0 = time.perf_counter()
                out = fn(*args)
                t[name] += time.perf_counter() - t0
                if on:
                    prof.disable()
                return out
            doc = stage("read", read_bytes, b, str(p))
            br = stage("brief", briefing.detect, doc, None)
            m = stage("match", rules.match, doc)
            refs = stage("resolve", resolve.resolve, m, doc, br)
            stage("schedule", schedule.build, doc, br, refs)
            stage("commit", commitments.extract, doc, br, refs)
    total = sum(t.values())
    print(f"{len(texts)} briefings, {size:.2f} MB: {total:.2f} s = {size / total:.2f} MB/s")
    for k, v in t.items():
        print(f"  {k:9s} {v:6.3f} s {100 * v / total:5.1f}%  ({size / v:6.1f} MB/s alone)")
    if prof is not None:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
