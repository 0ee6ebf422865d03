#!/usr/bin/env python3
"""Reference accuracy against the peers, on the same gold: agendactl (read -> match -> resolve),
dateparser's `search_dates` and chrono-node's `parse` (when node and chrono-node are present),
each given the gold briefing date as its reference date and the same text (the document's `view`:
front matter and markup blanked, offsets unchanged), all scored by ../shared/tools/score.py's own
`score_references`.

The peers return points in time, not day references with a grain. Their grain is read generously,
so the comparison does not fail them on form alone:
  - chrono: from the components it reports as certain (day or weekday -> a day; month -> a month;
    year -> a year); a result with an end is a span of days;
  - dateparser: from the matched words (a weekday, "today"/"tomorrow", or a day number with a
    month -> a day; "week" -> its ISO week; a month name or "month" -> a month; a year number
    or "year" -> a year; anything else a day).
A time of day alone ("7:11 P.M.") is dropped from both peers' output rather than counted wrong.

    .venv/bin/python bench/compare.py [FOLDER ...] [--tools agendactl,dateparser,chrono] [--max N]

Default folders: ../shared/corpus, tests/devgold, ../shared/te3-tbaq. Prints one row per tool and
folder (precision, recall, F1 of references) and the seconds each tool took.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from agendactl import resolve, rules  # noqa: E402
from agendactl.rules import lexicon  # noqa: E402
from agendactl.document import read_bytes  # noqa: E402
from agendactl.model import Briefing  # noqa: E402

SHARED = ROOT.parent / "shared"
CHRONO_DIR = Path(os.environ.get("CHRONO_DIR", "/tmp/agendactl-chrono"))
DEFAULT_FOLDERS = [SHARED / "corpus", ROOT / "tests" / "devgold", SHARED / "te3-tbaq"]


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load(folder: Path, limit: int | None) -> list[tuple[dict, object]]:
    """(gold, Document) for every gold file of a scorer folder with a briefing date, by name."""
    out = []
    for gp in sorted(folder.glob("*.gold.json"))[:limit]:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        if not gold.get("briefing_date"):
            continue  # (6 TempEval documents have no date to resolve against: no tool is scored on them)
        txt = gp.with_name(gold["file"])
        out.append((gold, read_bytes(txt.read_bytes(), str(txt))))
    return out


# --------------------------------------------------------------------------- agendactl

def ours(docs) -> list[list[dict]]:
    preds = []
    for gold, doc in docs:
        brief = Briefing(gold["briefing_date"], "gold", None)
        preds.append([r.to_dict() for r in resolve.resolve(rules.match(doc), doc, brief)])
    return preds


# --------------------------------------------------------------------------- dateparser

_MONTHS = "|".join(lexicon.MONTH_NUM)  # the month names and abbreviations the rules know
_DAY_WORDS = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"mon|tue|wed|thu|fri|sat|sun)\b|\bdays?\b|\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTHS + r")\b|"
    r"\b(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.I)
_MONTH_WORDS = re.compile(r"\b(?:" + _MONTHS + r"|months?)\b", re.I)
_YEAR_WORDS = re.compile(r"\b(?:1[89]|20)\d\d\b|\byears?\b", re.I)
# a clock time and nothing else ("7:11", "5:00 a.m."): no day reference, not held against them
_CLOCK_ONLY = re.compile(r"^\W*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\W*$", re.I)


def _grained(text: str, when: dt.datetime) -> dict:
    if _DAY_WORDS.search(text):
        return {"grain": "day", "value": when.date().isoformat()}
    if re.search(r"\bweeks?\b", text, re.I):
        y, w, _ = when.isocalendar()
        return {"grain": "week", "value": f"{y}-W{w:02d}"}
    if _MONTH_WORDS.search(text):
        return {"grain": "month", "value": f"{when.year}-{when.month:02d}"}
    if _YEAR_WORDS.search(text):
        return {"grain": "year", "value": str(when.year)}
    return {"grain": "day", "value": when.date().isoformat()}


def dateparser_preds(docs) -> list[list[dict]]:
    from dateparser.search import search_dates

    preds = []
    for gold, doc in docs:
        base = dt.datetime.fromisoformat(gold["briefing_date"]).replace(hour=12)
        found = search_dates(doc.view, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        cur, out = 0, []
        for text, when in found:
            if _CLOCK_ONLY.match(text):
                continue
            i = doc.view.find(text, cur)
            if i < 0:
                i = doc.view.find(text)
            if i < 0:
                continue
            cur = i + len(text)
            out.append({"start": i, "end": i + len(text), "text": text, **_grained(text, when)})
        preds.append(out)
    return preds


# --------------------------------------------------------------------------- chrono-node

CHRONO_JS = r"""
const chrono = require('chrono-node');
const fs = require('fs');
const items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const comp = (c) => ({y: c.get('year'), m: c.get('month'), d: c.get('day'),
  day: c.isCertain('day') || c.isCertain('weekday'), month: c.isCertain('month'),
  year: c.isCertain('year')});
const out = items.map(([p, d]) => {
  const text = fs.readFileSync(p, 'utf8');
  return chrono.parse(text, new Date(d + 'T12:00:00')).map((r) => ({
    // code points before the match (Python str indices), not UTF-16 units
    i: Array.from(text.slice(0, r.index)).length, n: Array.from(r.text).length,
    text: r.text, s: comp(r.start), e: r.end ? comp(r.end) : null}));
});
fs.writeFileSync(process.argv[3], JSON.stringify(out));
"""


def chrono_available() -> bool:
    return bool(shutil.which("node")) and (CHRONO_DIR / "node_modules" / "chrono-node").exists()


def chrono_preds(docs) -> list[list[dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        items = []
        for k, (gold, doc) in enumerate(docs):
            p = Path(tmp, f"{k}.txt")
            p.write_text(doc.view, encoding="utf-8")
            items.append([str(p), gold["briefing_date"]])
        lst, res, js = Path(tmp, "items.json"), Path(tmp, "out.json"), Path(tmp, "chrono.js")
        lst.write_text(json.dumps(items))
        js.write_text(CHRONO_JS)
        env = dict(os.environ, NODE_PATH=str(CHRONO_DIR / "node_modules"), TZ="UTC")
        subprocess.run([shutil.which("node"), str(js), str(lst), str(res)], check=True, env=env,
                       timeout=3600)
        raw = json.loads(res.read_text())

    def day(c) -> str:
        return f"{c['y']:04d}-{c['m']:02d}-{c['d']:02d}"

    preds = []
    for results in raw:
        out = []
        for r in results:
            s = r["s"]
            if not (s["day"] or s["month"] or s["year"]):
                continue  # a time of day alone ("7:11 P.M. CEST"): no day reference
            ref = {"start": r["i"], "end": r["i"] + r["n"], "text": r["text"]}
            if r["e"] is not None:
                ref.update(grain="day", value=None, first_day=day(s), last_day=day(r["e"]))
            elif s["day"]:
                ref.update(grain="day", value=day(s))
            elif s["month"]:
                ref.update(grain="month", value=f"{s['y']:04d}-{s['m']:02d}")
            elif s["year"]:
                ref.update(grain="year", value=f"{s['y']:04d}")
            else:
                ref.update(grain="day", value=day(s))
            out.append(ref)
        preds.append(out)
    return preds


# --------------------------------------------------------------------------- main

TOOLS = {"agendactl": ours, "dateparser": dateparser_preds, "chrono": chrono_preds}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--tools", default="agendactl,dateparser,chrono")
    ap.add_argument("--max", type=int, help="at most N documents per folder (a quick look)")
    a = ap.parse_args()
    tools = [t for t in a.tools.split(",") if t]
    for t in tools:
        if t not in TOOLS:
            ap.error(f"unknown tool {t!r} (known: {', '.join(TOOLS)})")
    if "chrono" in tools and not chrono_available():
        print(f"chrono-node skipped: no node or no chrono-node in {CHRONO_DIR}", file=sys.stderr)
        tools.remove("chrono")
    sc = _scorer()
    print(f"{'folder':28s} {'tool':11s} {'docs':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'seconds':>8s}")
    for folder in a.folders or DEFAULT_FOLDERS:
        docs = load(folder, a.max)
        for tool in tools:
            t0 = time.perf_counter()
            preds = TOOLS[tool](docs)
            secs = time.perf_counter() - t0
            tot = [0, 0, 0, 0]
            for (gold, _), pred in zip(docs, preds):
                for i, x in enumerate(sc.score_references(pred, gold["references"])[:4]):
                    tot[i] += x
            s = sc.prf(*tot)
            print(f"{folder.name:28s} {tool:11s} {len(docs):5d} {s['precision']:6.3f} "
                  f"{s['recall']:6.3f} {s['f1']:6.3f} {secs:8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
