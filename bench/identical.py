#!/usr/bin/env python3
"""Output-identity check for refactors that must not change behaviour (speed work).

`--save FILE` runs the pipeline over a fixed set of texts and writes one line per file (path and
the full result as canonical JSON, explain fields included); `--check FILE` runs the same set
with the current source and reports every file whose result differs, with the first differing
item. Exit status 1 when anything differs.

    .venv/bin/python bench/identical.py --save /tmp/before.jsonl
    ... change the code ...
    .venv/bin/python bench/identical.py --check /tmp/before.jsonl

Sets: the seed example, ../shared/corpus, tests/devgold, ../shared/te3-tbaq (with --date from
its gold) and the White House briefings (every k-th file with --wh-step k; 1 = all 1,139).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def collect(wh_step: int) -> list[tuple[str, str | None]]:
    items: list[tuple[str, str | None]] = [(str(p), None) for p in sorted((ROOT / "examples").glob("*.txt"))]
    for folder in (SHARED / "corpus", ROOT / "tests" / "devgold", SHARED / "te3-tbaq"):
        for g in sorted(folder.glob("*.gold.json")):
            gold = json.loads(g.read_text())
            date = gold.get("briefing_date") if gold.get("date_option") else None
            items.append((str(g.parent / gold["file"]), date))
    wh = sorted(p for p in (SHARED / "wh-press-briefings").glob("*.md") if p.name[:4].isdigit())
    items += [(str(p), None) for p in wh[::max(1, wh_step)]]
    return items


def result(path: str, date: str | None) -> str:
    from agendactl.document import InputError
    from agendactl.pipeline import extract_bytes

    try:
        res = extract_bytes(Path(path).read_bytes(), path, date)
    except InputError as e:
        return json.dumps({"error": str(e)})
    return json.dumps(res.to_dict(explain=True), sort_keys=True, ensure_ascii=False)


def first_difference(a, b, where: str = "") -> str:
    if type(a) is not type(b):
        return f"{where}: {str(a)[:200]} != {str(b)[:200]}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return first_difference(a.get(k), b.get(k), f"{where}.{k}")
    elif isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{where}[{i}]")
        if len(a) != len(b):
            return f"{where}: {len(a)} items before, {len(b)} now"
    return f"{where}: {str(a)[:200]!r} != {str(b)[:200]!r}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", metavar="FILE")
    g.add_argument("--check", metavar="FILE")
    ap.add_argument("--wh-step", type=int, default=4, help="every k-th White House briefing (1 = all)")
    ap.add_argument("--show", type=int, default=10, help="differences to print")
    a = ap.parse_args()
    t0 = time.perf_counter()
    if a.save:
        items = collect(a.wh_step)
        with open(a.save, "w", encoding="utf-8") as f:
            for path, date in items:
                f.write(json.dumps([path, date, result(path, date)], ensure_ascii=False) + "\n")
        print(f"saved {len(items)} results to {a.save} in {time.perf_counter() - t0:.1f} s")
        return 0
    before = [json.loads(line) for line in open(a.check, encoding="utf-8")]
    diffs = 0
    for path, date, old in before:
        new = result(path, date)
        if new != old:
            diffs += 1
            if diffs <= a.show:
                print(f"DIFF {path}\n  {first_difference(json.loads(old), json.loads(new))}")
    print(f"{len(before) - diffs}/{len(before)} identical ({time.perf_counter() - t0:.1f} s)")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
