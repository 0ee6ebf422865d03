"""Date stage: the briefing's date (the day the words were spoken), title and speaker."""
from __future__ import annotations

import datetime as dt

from .document import Document, InputError
from .model import Briefing


def detect(doc: Document, date_override: str | None = None) -> Briefing:
    if date_override:
        try:
            d = dt.date.fromisoformat(date_override)
        except ValueError:
            raise InputError(f"--date {date_override!r} is not a date in YYYY-MM-DD form", 2)
        return Briefing(d.isoformat(), "option", None, weekday=d.strftime("%A"))
    fm = doc.front_matter.get("date")
    if fm:
        d = dt.date.fromisoformat(fm[0][:10])
        return Briefing(d.isoformat(), "front-matter", doc.evidence(fm[1], fm[2]), weekday=d.strftime("%A"))
    raise InputError(f"{doc.path}: no briefing date found; give one with --date YYYY-MM-DD", 4)
