"""What each view shows, independent of format: the JSON document, JSON Lines items and the
flat rows that csv, markdown and the table print."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

from ..model import Commitment, Event, Result
from . import Options

_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# C0/C1 control characters (ESC included) -> space: a transcript must never be able to send
# escape sequences to the reader's terminal, or break a calendar line (RFC 5545 forbids them)
_CONTROLS = {c: " " for c in [*range(0, 32), 127, *range(128, 160)]}


def clean(s: object) -> str:
    """Text for people (table, markdown, calendar): one line, no control characters."""
    return "" if s is None else str(s).translate(_CONTROLS)


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(iso)[:10]) if iso else None
    except ValueError:
        return None


def weekday(iso: str | None) -> str:
    d = _day(iso)
    return _WD[d.weekday()] if d else ""


def event_explain(e: Event) -> list[str]:
    lines = list(e.reference.explain) if e.reference is not None else []
    if e.date_inferred:
        lines.append("no date in the sentence: takes the day of the agenda it continues")
    return lines


# --------------------------------------------------------------------------- JSON shapes

def document(result: Result, opts: Options) -> dict[str, Any]:
    """The contract object (schema version 1) for one input, holding what the view shows."""
    full = result.to_dict(explain=opts.explain, pledges=opts.pledges or opts.view == "extract")
    if opts.explain:
        for d, e in zip(full["schedule"], result.schedule):
            d["explain"] = event_explain(e)
    keep = {"schedule": ("schedule",), "commitments": ("commitments",), "dates": ("references",),
            "extract": ("references", "schedule", "commitments")}[opts.view]
    out = {k: full[k] for k in ("schema_version", "source", "briefing")}
    for k in keep:
        out[k] = full[k]
    if result.warnings:
        out["warnings"] = list(result.warnings)
    return out


def jsonl_items(result: Result, opts: Options) -> Iterator[dict[str, Any]]:
    """One flat item per reference/event/commitment, each carrying `source` and `briefing_date`
    so a stream made from many files stays self-describing."""
    doc = document(result, opts)
    head = {"source": result.source_path, "briefing_date": result.briefing.date}
    if opts.view == "extract":
        yield {**head, "type": "briefing", "sha256": result.sha256, **doc["briefing"]}
    for key, kind in (("references", "reference"), ("schedule", "event"),
                      ("commitments", "commitment")):
        for item in doc.get(key, ()):
            yield {**head, "type": kind, **item}


# --------------------------------------------------------------------------- flat rows

def when_label(first: str | None, last: str | None, value: str, grain: str) -> str:
    """A short, sortable rendering of an item's date: 2017-12-05, 2017-12-05..06, 2018-07;
    a week shows its days (2024-07-08..14): few readers decode ISO week numbers."""
    if grain in ("day", "week", "weekend") and first:
        if last and last != first:
            a, b = first, last
            if a[:7] == b[:7]:
                return f"{a}..{b[8:]}"
            if a[:4] == b[:4]:
                return f"{a}..{b[5:]}"
            return f"{a}..{b}"
        return first
    return value


def weekday_label(first: str | None, last: str | None, grain: str) -> str:
    if grain in ("week", "weekend"):
        return grain
    if grain != "day":
        return ""
    a, b = weekday(first), weekday(last or first)
    return a if a == b or not b else f"{a}-{b}"


def _num(x: float | int) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    for scale, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if abs(x) >= scale and (x / scale) * 100 == int((x / scale) * 100):
            return f"{x / scale:g} {word}"
    if isinstance(x, int):
        return f"{x:,}"
    return f"{x:,.6g}" if abs(x) >= 1000 else f"{x:g}"


def quantity_label(c: Commitment) -> str:
    if c.quantity is None:
        return ""
    s = _num(c.quantity)
    if c.quantity_max is not None and c.quantity_max != c.quantity:
        s = f"{s}-{_num(c.quantity_max)}"
    return f"~{s}" if c.approximate else s


def schedule_rows(result: Result, opts: Options) -> list[dict[str, Any]]:
    rows = []
    for e in result.schedule:
        rows.append({
            "date": when_label(e.first_day, e.last_day, e.date, e.grain),
            "weekday": weekday_label(e.first_day, e.last_day, e.grain),
            "time": e.time or "",
            "event": e.title,
            "with": "; ".join(e.participants),
            "where": e.location or "",
            "line": e.evidence.line,
            "inferred": e.date_inferred,
            "group": e.date,
            "explain": event_explain(e) if opts.explain else [],
            "_event": e,
        })
    return rows


def commitment_rows(result: Result, opts: Options) -> list[dict[str, Any]]:
    rows = []
    for c in result.commitments:
        if c.kind == "pledge" and not opts.pledges:
            continue
        rows.append({
            "kind": c.kind,
            "quantity": quantity_label(c),
            "unit": c.unit or "",
            "what for": c.purpose or ("" if c.kind != "pledge" else c.evidence.text),
            "status": c.status or "",
            "who": c.actor or "",
            "line": c.evidence.line,
            "_commitment": c,
        })
    return rows


def reference_rows(result: Result, opts: Options) -> list[dict[str, Any]]:
    rows = []
    for r in result.references:
        rows.append({
            "text": r.text,
            "value": r.value,
            "grain": r.grain,
            # a day (or run of days) shows its weekday; a coarser period the days it covers
            "days": (weekday_label(r.first_day, r.last_day, "day") if r.grain == "day"
                     else when_label(r.first_day, r.last_day, r.value, "day")),
            "rule": r.rule,
            "line": r.line,
            "ambiguous": r.ambiguous,
            "alternatives": list(r.alternatives),
            "explain": list(r.explain) if opts.explain else [],
            "_ref": r,
        })
    return rows


def briefing_day(result: Result) -> str:
    d = _day(result.briefing.date)
    return f"{d:%A} {d.day} {d:%B %Y}" if d else (result.briefing.date or "date unknown")


def date_source(result: Result) -> str:
    b = result.briefing
    src = f"date from {b.date_source or '?'}"
    if b.evidence is not None:
        src += f' "{" ".join(b.evidence.text.split())}", line {b.evidence.line}'
    return src


def briefing_label(result: Result) -> str:
    """One line naming the briefing: its date (weekday) and where that date came from."""
    b = result.briefing
    parts = []
    if b.date:
        d = _day(b.date)
        parts.append(f"{d:%A} {d.day} {d:%B %Y}" if d else b.date)
    src = b.date_source or "?"
    if b.evidence is not None:
        src += f' "{b.evidence.text.strip()}", line {b.evidence.line}'
    parts.append(f"date from {src}")
    return " · ".join(parts)
