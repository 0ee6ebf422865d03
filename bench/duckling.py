#!/usr/bin/env python3
"""Run our resolver over Duckling's English day-or-coarser, non-holiday phrases
(../shared/duckling-en/en_time.jsonl, reference Tue 2013-02-12) and print the share we resolve as
Duckling does, with a breakdown of the differences.

Conventions compared: an instant at day grain must give that day; at week/month/quarter/year grain
our TimeML value must equal the period Duckling's value starts (ISO week, YYYY-MM, YYYY-Qn, YYYY);
an interval (Duckling's end is exclusive) must give our first_day..last_day exactly.
Usage: bench/duckling.py [-v N]  (N examples printed per difference class)"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from agendactl.resolve import resolve_phrase  # noqa: E402

DATA = ROOT.parent / "shared" / "duckling-en" / "en_time.jsonl"
GRAINS = {"day", "week", "month", "quarter", "year"}


def expected(rec: dict) -> tuple[str, str]:
    """('value', v) for instants or ('days', 'first/last') for intervals."""
    v = dt.date.fromisoformat(rec["value"][:10]) if not rec["value"].startswith("-") else None
    if v is None:
        return ("bc", rec["value"])
    if rec["kind"] == "interval" and rec.get("end"):
        e = dt.date.fromisoformat(rec["end"][:10]) - dt.timedelta(1)
        return ("days", f"{v}/{e}")
    g = rec["grain"]
    if g == "day":
        return ("days", f"{v}/{v}")
    if g == "week":
        y, w, _ = v.isocalendar()
        return ("value", f"{y}-W{w:02d}")
    if g == "month":
        return ("value", f"{v.year:04d}-{v.month:02d}")
    if g == "quarter":
        return ("value", f"{v.year:04d}-Q{(v.month - 1) // 3 + 1}")
    return ("value", f"{v.year:04d}")


# Where we differ from Duckling on purpose (DESIGN.md / corpus GOLD.md conventions), by phrase shape
DELIBERATE = [
    (r"\b(?:ago|hence|back|from now|from today|in (?:a|an|one|two|three|\d+) (?:week|month|year)s?)\b",
     "anchored duration resolves at its unit's grain (GOLD.md: 'in two weeks' = that ISO week)"),
    (r"\b(?:early|mid|late|beginning|end|start|eom|bom|eoy|boy)\b",
     "period edges keep the whole period (TimeML value + mod), not a sub-range"),
    (r"\b(?:spring|summer|fall|autumn|winter|season)",
     "seasons are meteorological months (Jun-Aug...), Duckling uses solstices/equinoxes"),
    (r"^\s*(?:on )?\d{1,2}\s*[-/.]\s*\d{1,2}\s*$",
     "numeric day/month without a year is not read (fractions, scores, ranges in running text)"),
    (r"\b(?:last|past|next|upcoming|coming)\s+(?:\d+|two|three|couple)|\b(?:\d+|two|three) (?:upcoming|past|last)",
     "rolling 'last/next N units' spans are not calendar periods (optional in gold)"),
    (r"^(?:the )?(?:may|march|sun|sat|mon|tue|wed|thu|fri)\.?$|\b(?:march|may)\b(?! \d)",
     "'may'/'march'/'sun' lowercase or alone are words; abbreviated weekdays only inside dates"),
    (r"\b(?:quarter|qtr)\b",
     "an ordinal quarter not yet begun, in no future clause, is last year's (news reporting)"),
    (r"\bnext (?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
     "'next <weekday>' = the coming one (ambiguous, alternative +7); Duckling: next week's"),
    (r"\b(?:yr|qtr)\b", "abbreviations 'yr'/'qtr' not read"),
]


def reason(phrase: str) -> str:
    import re
    for pat, why in DELIBERATE:
        if re.search(pat, phrase, re.I):
            return why
    return ""


def classify(rec: dict) -> tuple[str, str]:
    phrase = rec["phrase"]
    ref = dt.date.fromisoformat(rec["ref"][:10])
    kind, want = expected(rec)
    refs = resolve_phrase(phrase, ref)
    if kind == "bc":
        return ("out of scope (BC years)", "")
    if not refs:
        return ("no reference found", f"{phrase!r} want {want}")
    best = max(refs, key=lambda r: (r.end - r.start, -r.start))
    got_days = f"{best.first_day}/{best.last_day}"
    ok = got_days == want if kind == "days" else best.value == want
    if ok:
        cover = (best.end - best.start) >= 0.6 * len(phrase.strip())
        return ("same", "") if cover else ("same value, shorter span", f"{phrase!r} -> {best.text!r}")
    return ("different value", f"{phrase!r} want {want} got {best.value} [{got_days}] via {best.text!r} ({best.rule})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", type=int, default=8, help="examples per class")
    a = ap.parse_args()
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    sel = [r for r in rows if r["grain"] in GRAINS and not r.get("holiday")]
    classes: dict[str, list[str]] = collections.defaultdict(list)
    for r in sel:
        c, detail = classify(r)
        classes[c].append(detail)
    same = len(classes["same"]) + len(classes["same value, shorter span"])
    print(f"Duckling day-or-coarser non-holiday phrases: {len(sel)}; resolved as Duckling does: "
          f"{same} ({same / len(sel):.1%})")
    for c, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {c}: {len(items)}")
        if c != "same":
            for d in items[: a.v]:
                print(f"      {d}")
    print("Differences by reason (deliberate where a convention of ours applies):")
    why = collections.Counter()
    for c in ("no reference found", "different value"):
        for d in classes.get(c, []):
            phrase = d.split("' ")[0].lstrip("'\"") if d else ""
            why[reason(phrase) or f"other ({c})"] += 1
    for w, n in why.most_common():
        print(f"  {n:4d}  {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
