#!/usr/bin/env python3
"""Crash and invariant sweep over every shared transcript.

Runs every file of ../shared/wh-press-briefings/, ../shared/te3-tbaq/ (with --date from its
gold briefing_date) and ../shared/corpus/ through the pipeline and checks, for every item:
  - input[start:end] == text for every reference, evidence and commitment phrase, and `line`
    is the line of `start`;
  - first_day <= last_day, both calendar days; `value` well-formed for its grain and agreeing
    with first_day/last_day where the grain fixes them;
  - the schedule sorted by first_day then order of mention, every first_day on or after the
    briefing date;
  - the result is JSON-serialisable;
  - the same result for a file run alone (in this process, and for a sample in a fresh
    process) and inside a batch (`batch.process`, worker processes with --jobs > 1).
Zero exceptions expected. Prints counts and run time; exit status 1 on any break.

    .venv/bin/python bench/sweep.py [--jobs 2] [--sets wh,te3,corpus] [--limit N] [--alone 10]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from agendactl import batch, pipeline  # noqa: E402
from agendactl.document import InputError, read_bytes  # noqa: E402

import regex  # noqa: E402

D = r"\d{4}-\d{2}-\d{2}"
_VALUE = {
    "day": regex.compile(rf"{D}(?:/{D})?"),
    "week": regex.compile(r"\d{4}-W\d{2}"),
    "weekend": regex.compile(r"\d{4}-W\d{2}-WE"),
    "month": regex.compile(r"\d{4}-\d{2}"),
    "quarter": regex.compile(r"\d{4}-Q[1-4]"),
    "half": regex.compile(r"\d{4}-H[12]"),
    "season": regex.compile(r"\d{4}-(?:SP|SU|FA|WI)"),
    "year": regex.compile(r"\d{4}"),
    "decade": regex.compile(r"\d{3}"),
    "century": regex.compile(r"\d{2}"),
}


def _day(s: str) -> dt.date:
    if not isinstance(s, str) or not regex.fullmatch(D, s):
        raise ValueError(f"not a YYYY-MM-DD day: {s!r}")
    return dt.date.fromisoformat(s)


def bounds(value: str, grain: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a well-formed value at its grain covers (None: no fixed bounds)."""
    if grain == "day":
        a, _, b = value.partition("/")
        return _day(a), _day(b or a)
    if grain in ("week", "weekend"):
        y, w = int(value[:4]), int(value[6:8])
        mon = dt.date.fromisocalendar(y, w, 1)
        return (mon, mon + dt.timedelta(6)) if grain == "week" else \
            (mon + dt.timedelta(5), mon + dt.timedelta(6))
    if grain == "month":
        y, m = int(value[:4]), int(value[5:7])
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    if grain == "quarter":
        y, q = int(value[:4]), int(value[6])
        return dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if grain == "half":
        y, h = int(value[:4]), int(value[6])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if grain == "year":
        y = int(value)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if grain == "decade":
        y = int(value) * 10
        return dt.date(max(1, y), 1, 1), dt.date(y + 9, 12, 31)
    if grain == "century":
        y = int(value) * 100
        return dt.date(max(1, y), 1, 1), dt.date(y + 99, 12, 31)
    return None  # season: hemisphere and convention dependent


def check_value(where: str, value, grain, first, last, breaks: list[str],
                notes: list[str] | None = None) -> tuple[dt.date, dt.date] | None:
    """Breaks for malformed values; a value whose grain bounds differ from first/last day goes to
    `notes` when given (schedule items may be clipped to the briefing date), else to breaks."""
    try:
        f, l_ = _day(first), _day(last)
    except (ValueError, TypeError) as e:
        breaks.append(f"{where}: first/last day: {e}")
        return None
    if f > l_:
        breaks.append(f"{where}: first_day {first} > last_day {last}")
    pat = _VALUE.get(grain)
    if pat is None:
        breaks.append(f"{where}: unknown grain {grain!r}")
        return f, l_
    parts = str(value).split("/") if grain != "day" else [str(value)]
    if not all(pat.fullmatch(p) for p in parts) or len(parts) > 2:
        breaks.append(f"{where}: value {value!r} malformed for grain {grain}")
        return f, l_
    try:
        bs = [bounds(p, grain) for p in parts]
    except ValueError as e:
        breaks.append(f"{where}: value {value!r} not a real {grain}: {e}")
        return f, l_
    if bs[0] is not None and (bs[0][0], bs[-1][1]) != (f, l_):
        (notes if notes is not None else breaks).append(f"{where}: value {value!r} ({grain}) covers {bs[0][0]}..{bs[-1][1]}, "
                      f"but first/last day say {first}..{last}")
    return f, l_


def check_span(where: str, text: str, doc, item_text, start, end, line, breaks: list[str]) -> None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        breaks.append(f"{where}: bad span {start}..{end}")
        return
    if text[start:end] != item_text:
        breaks.append(f"{where}: input[{start}:{end}]={text[start:end][:60]!r} != {str(item_text)[:60]!r}")
    if line is not None and line != doc.line_of(start):
        breaks.append(f"{where}: line {line} but offset {start} is on line {doc.line_of(start)}")


def check(doc, res, breaks: list[str], notes: list[str]) -> Counter:
    n: Counter = Counter()
    t, p = doc.text, doc.path

    def ev(where, e):
        if e is not None:
            check_span(where, t, doc, e.text, e.start, e.end, e.line, breaks)
            n["evidence"] += 1

    b = res.briefing
    bdate = None
    if b.date is not None:
        try:
            bdate = _day(b.date)
        except ValueError as e:
            breaks.append(f"{p}: briefing date: {e}")
    ev(f"{p}: briefing evidence", b.evidence)
    for c in b.other_dates:
        ev(f"{p}: other_dates evidence", c.evidence)
    for r in res.references:
        w = f"{p}: reference {r.text[:40]!r}@{r.start}"
        check_span(w, t, doc, r.text, r.start, r.end, r.line, breaks)
        check_value(w, r.value, r.grain, r.first_day, r.last_day, breaks)
        n["references"] += 1
    prev = None
    for i, e in enumerate(res.schedule):
        w = f"{p}: event {i} {e.title[:40]!r}"
        ev(w + " evidence", e.evidence)
        for m in e.more_evidence:
            ev(w + " more_evidence", m)
        fl = check_value(w, e.date, e.grain, e.first_day, e.last_day, breaks, notes)
        if e.reference is not None:
            r = e.reference
            check_span(w + " reference", t, doc, r.text, r.start, r.end, r.line, breaks)
        if fl:
            if bdate and fl[0] < bdate:
                breaks.append(f"{w}: first_day {e.first_day} before the briefing date {b.date}")
            key = (fl[0], e.evidence.start)
            if prev and key[0] < prev[0]:
                breaks.append(f"{w}: schedule not sorted by first_day ({e.first_day} after {prev[0]})")
            prev = key
        n["events"] += 1
    for i, c in enumerate(res.commitments):
        w = f"{p}: commitment {i} {c.phrase!r}"
        ev(w + " evidence", c.evidence)
        if c.phrase_start is not None or c.phrase_end is not None:
            check_span(w + " phrase", t, doc, c.phrase, c.phrase_start, c.phrase_end, None, breaks)
        if c.quantity is not None and c.quantity_max is not None and c.quantity_max < c.quantity:
            breaks.append(f"{w}: quantity_max {c.quantity_max} < quantity {c.quantity}")
        n["commitments"] += 1
    return n


def canon(res) -> str:
    d = res.to_dict(explain=True)
    return hashlib.sha256(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def collect(sets: list[str], limit: int | None) -> list[tuple[str, str, str | None]]:
    items: list[tuple[str, str, str | None]] = []
    if "wh" in sets:
        fs = sorted(p for p in (SHARED / "wh-press-briefings").glob("*.md") if p.name[:4].isdigit())
        items += [("wh", str(f), None) for f in fs[:limit]]
    for name, folder in (("te3", "te3-tbaq"), ("corpus", "corpus")):
        if name not in sets:
            continue
        golds = sorted((SHARED / folder).glob("*.gold.json"))[:limit]
        for g in golds:
            gold = json.loads(g.read_text())
            date = gold.get("briefing_date") if gold.get("date_option") else None
            items.append((name, str(g.parent / gold["file"]), date))
    return items


def alone_in_fresh_process(path: str, date: str | None) -> str:
    code = ("import sys, json, hashlib; sys.path.insert(0, %r)\n"
            "from agendactl.pipeline import extract_bytes\n"
            "r = extract_bytes(open(sys.argv[1], 'rb').read(), sys.argv[1], sys.argv[2] or None)\n"
            "d = r.to_dict(explain=True)\n"
            "print(hashlib.sha256(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest())"
            % str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", code, path, date or ""], capture_output=True,
                         text=True, timeout=300)
    return out.stdout.strip() or ("ERROR " + out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "ERROR")


def source_fingerprint() -> str:
    h = hashlib.sha256()
    for f in sorted((ROOT / "src" / "agendactl").rglob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="wh,te3,corpus")
    ap.add_argument("--limit", type=int, default=None, help="at most N files per set")
    ap.add_argument("--jobs", type=int, default=2, help="workers for the batch pass")
    ap.add_argument("--alone", type=int, default=10, help="files re-run each in a fresh process")
    ap.add_argument("--show", type=int, default=25, help="breaks to print")
    a = ap.parse_args()
    items = collect(a.sets.split(","), a.limit)

    # a sample run alone in a fresh interpreter (no state left by earlier files); done first so
    # that it runs the same source as this process (the tree may change during a long sweep)
    t_a = time.perf_counter()
    src_before = source_fingerprint()
    step = max(1, len(items) // max(1, a.alone))
    sample = items[::step][:a.alone]
    fresh = {path: alone_in_fresh_process(path, date) for _, path, date in sample}
    t_b = time.perf_counter()

    t0 = time.perf_counter()
    breaks: list[str] = []
    notes: list[str] = []
    exceptions: list[str] = []
    exc_kinds: dict[str, tuple[str, str]] = {}
    rejected: Counter = Counter()
    counts: Counter = Counter()
    per_set: Counter = Counter()
    digests: dict[str, str] = {}
    nbytes = 0
    for kind, path, date in items:
        per_set[kind] += 1
        data = Path(path).read_bytes()
        nbytes += len(data)
        try:
            doc = read_bytes(data, path)
            res = pipeline.extract(doc, date)
            json.dumps(res.to_dict(explain=True))
        except InputError as e:
            rejected[f"{kind}: {str(e).replace(path, '<file>')}"] += 1
            digests[path] = f"error {e}"
            continue
        except Exception as e:  # the sweep exists to find these
            key = f"{type(e).__name__}: {str(e).replace(path, '<file>')[:200]}"
            if key not in exc_kinds:
                exc_kinds[key] = (path, "".join(traceback.format_exc().splitlines(True)[-5:-1]))
            exceptions.append(key)
            digests[path] = "exception"
            continue
        counts += check(doc, res, breaks, notes)
        digests[path] = canon(res)
    t1 = time.perf_counter()

    # the same files inside a batch (worker processes), grouped by the --date they need
    groups: dict[str | None, list[str]] = defaultdict(list)
    for _, path, date in items:
        groups[date].append(path)
    batch_diff: list[str] = []
    for date, paths in groups.items():
        for o in batch.process(paths, date, a.jobs):
            if o.result is not None:
                got = canon(o.result)
            else:  # an unexpected exception comes back as an internal error (code 70)
                got = "exception" if o.code == 70 else f"error {o.error}"
            want = digests[o.path]
            if got != want:
                batch_diff.append(f"{o.path}: alone {want[:70]} vs batch {got[:70]}")
    t2 = time.perf_counter()
    alone_diff: list[str] = []
    for path, got in fresh.items():
        want = digests[path]
        if got != want and not (want.startswith(("error", "exception")) and got.startswith("ERROR")):
            alone_diff.append(f"{path}: in-sweep {want[:16]} vs fresh process {got[:80]}")
    drift = source_fingerprint() != src_before

    print(f"files: {len(items)} ({', '.join(f'{k} {v}' for k, v in per_set.items())}), "
          f"{nbytes / 1e6:.1f} MB")
    print(f"checked: {counts['references']} references, {counts['events']} events, "
          f"{counts['commitments']} commitments, {counts['evidence']} evidence spans")
    print(f"exceptions: {len(exceptions)}")
    for key, k in Counter(exceptions).most_common(a.show):
        path, tb = exc_kinds[key]
        print(f"  {k} x {key}\n    e.g. {path}\n    " + tb.rstrip().replace("\n", "\n    "))
    print(f"invariant breaks: {len(breaks)}")
    kinds = Counter(regex.sub(r"^.*?: (?:reference|event|commitment)[^:]*: ", "", b).split(" ")[0] for b in breaks)
    for b in breaks[:a.show]:
        print("  " + b)
    if breaks:
        print("  by kind:", dict(kinds.most_common(10)))
    print(f"notes (schedule items whose first/last day differ from their value's grain, e.g. "
          f"clipped to the briefing date): {len(notes)}")
    for b in notes[:min(a.show, 5)]:
        print("  " + b)
    print(f"rejected with a message (not crashes): {sum(rejected.values())}")
    for msg, k in rejected.most_common(8):
        print(f"  {k} x {msg}")
    print(f"batch (--jobs {a.jobs}) vs alone: {len(batch_diff)} differences")
    for x in batch_diff[:a.show]:
        print("  " + x)
    print(f"fresh process vs in-sweep ({len(sample)} files): {len(alone_diff)} differences")
    for x in alone_diff[:a.show]:
        print("  " + x)
    print(f"time: sweep {t1 - t0:.1f}s ({nbytes / 1e6 / (t1 - t0):.2f} MB/s), batch pass {t2 - t1:.1f}s, "
          f"fresh-process sample {t_b - t_a:.1f}s, total {t2 - t_a:.1f}s")
    if drift:
        print("WARNING: src/agendactl changed during the sweep; differences may be that change")
    bad = bool(exceptions or breaks or batch_diff or alone_diff)
    print("RESULT:", "FAIL" if bad else "OK")
    return 1 if bad else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
