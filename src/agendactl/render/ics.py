"""iCalendar (RFC 5545) via the `icalendar` library.

Choices (README "Calendar export" says the same):
- a day or a span of days -> all-day event, DTSTART;VALUE=DATE and an exclusive DTEND;
- a clock time on a single day -> timed event; with TZID and a matching VTIMEZONE when the zone
  is stated ("10:00 a.m. ET", "15:00 CET", an IANA name), floating (local wall time) otherwise;
- a week, weekend or month (e.g. "the Summit next July") -> an all-day span over that period,
  marked TRANSP:TRANSPARENT so it does not block the calendar, and a note on stderr: the item
  stays visible on the right days, which a calendar user needs more than precision we lack;
- coarser items (quarter, half, season, year, decade) -> left out with a note on stderr: a
  three-month or year-long block would mislead more than it informs;
- UID = hash of the source's sha256, the title and the date: the same input gives the same UIDs,
  so a re-import updates events instead of duplicating them;
- DTSTAMP = the briefing date (midnight UTC), not the time of the run: same input, same bytes.
"""
from __future__ import annotations

import datetime as dt
import hashlib

import regex

from .. import __version__
from ..model import Event, Result
from . import Writer
from .items import clean, event_explain
from .. import lazyre

SPAN_GRAINS = {"day", "week", "weekend", "month"}
_TIME = lazyre.compile(
    r"(?<![\d:.])(?P<h>2[0-3]|[01]?\d)(?!\d)(?:[:.](?P<m>[0-5]\d)(?!\d))?+\s*+"
    r"(?P<ampm>[ap]\.?\s*m\.?|[AP]\.?\s*M\.?|h(?:rs)?\b)?+"
    r"|(?P<noon>\bnoon\b|\bmidday\b)", regex.I)
_ZONE = lazyre.compile(r"\b(?P<iana>[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)\b"
                      r"|\b(?P<abbr>[A-Z]{1,5}|Eastern)\b|(?P<local>\b(?i:local)\s+time\b)")
# Zone abbreviations as briefings write them -> an IANA zone that observes them.
ZONES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "EASTERN": "America/New_York", "CT": "America/Chicago", "CST": "America/Chicago",
    "CDT": "America/Chicago", "MT": "America/Denver", "MST": "America/Denver",
    "MDT": "America/Denver", "PT": "America/Los_Angeles", "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles", "CET": "Europe/Brussels", "CEST": "Europe/Brussels",
    "BST": "Europe/London", "WET": "Europe/Lisbon", "EET": "Europe/Athens",
    "EEST": "Europe/Athens", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
    "GMT": "UTC", "UTC": "UTC", "Z": "UTC",
}


def parse_time(text: str | None) -> tuple[dt.time, str | None] | None:
    """"10:30 a.m. ET" -> (10:30, "America/New_York"); "15:00" -> (15:00, None); None when the
    text holds no clock time ("morning", "later that day")."""
    if not text:
        return None
    for m in _TIME.finditer(text):
        if m.group("noon"):
            h, mi = 12, 0
            break
        h, mi = int(m.group("h")), int(m.group("m") or 0)
        ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm in ("am", "pm"):
            if 1 <= h <= 12:
                h = h % 12 + (12 if ampm == "pm" else 0)
                break
        elif ampm.startswith("h") or m.group("m") is not None:
            break
        # a bare number ("5 December") is not a time: keep looking
    else:
        return None
    zone = None
    rest = text[m.end():] + " " + text[:m.start()]
    for z in _ZONE.finditer(rest):
        if z.group("local"):
            zone = None
            break
        name = z.group("iana") or ZONES.get((z.group("abbr") or "").upper())
        if name and _zone(name) is not None:
            zone = name
            break
    return dt.time(h, mi), zone


def _zone(name: str):
    import zoneinfo

    try:
        return dt.timezone.utc if name == "UTC" else zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def event_uid(sha256: str, e: Event) -> str:
    key = f"{sha256}\n{e.title}\n{e.date}".encode()
    return hashlib.sha256(key).hexdigest()[:32] + "@agendactl"


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


class IcsWriter(Writer):
    def __init__(self, out, opts):
        super().__init__(out, opts)
        import icalendar

        self.ical = icalendar
        self.text = _text_type(icalendar)
        self.cal = icalendar.Calendar()
        self.cal.add("prodid", f"-//agendactl//agendactl {__version__}//EN")
        self.cal.add("version", "2.0")
        self.cal.add("calscale", "GREGORIAN")
        self.cal.add("method", "PUBLISH")
        self.uids: set[str] = set()
        self.days: list[dt.date] = []
        self.events = 0

    def add(self, result: Result) -> None:
        spans, left_out = [], []
        for e in result.schedule:
            if e.grain not in SPAN_GRAINS:
                left_out.append(e)
                continue
            if e.grain != "day":
                spans.append(e)
            self.cal.add_component(self._event(result, e))
        if spans:
            self.opts.note(f"{result.source_path}: {_count(spans)} dated only to a "
                           f"{_grains(spans)} ({_values(spans)}): "
                           + ("an all-day span over that period" if len(spans) == 1 else
                              "all-day spans over those periods")
                           + ", marked free (TRANSP:TRANSPARENT)")
        if left_out:
            self.opts.note(f"{result.source_path}: {_count(left_out)} dated only to a "
                           f"{_grains(left_out)} ({_values(left_out)}) left out of the calendar: "
                           "too vague for a calendar entry (the JSON output keeps them)")
        super().add(result)

    def _event(self, result: Result, e: Event):
        ical = self.ical
        v = ical.Event()
        uid = event_uid(result.sha256, e)
        n = 2
        while uid in self.uids:  # same title and date twice in one input: keep UIDs unique
            uid = event_uid(result.sha256, e).replace("@", f"-{n}@")
            n += 1
        self.uids.add(uid)
        v.add("uid", uid)
        stamp = _d(result.briefing.date) if result.briefing.date else _d(e.first_day)
        v.add("dtstamp", dt.datetime.combine(stamp, dt.time(0), dt.timezone.utc))
        v.add("summary", self.text(clean(e.title)))
        first, last = _d(e.first_day), _d(e.last_day or e.first_day)
        self.days += [first, last]
        clock = parse_time(e.time) if e.grain == "day" and first == last else None
        if clock:
            t, zone = clock
            tz = _zone(zone) if zone else None
            v.add("dtstart", dt.datetime.combine(first, t, tz) if tz else
                  dt.datetime.combine(first, t))
        else:
            v.add("dtstart", first)  # a date: VALUE=DATE
            v.add("dtend", last + dt.timedelta(days=1))  # exclusive
        if e.grain != "day":
            v.add("transp", "TRANSPARENT")
        if e.location:
            v.add("location", self.text(clean(e.location)))
        if e.kind:
            v.add("categories", [clean(e.kind)])
        desc = [f"“{_squash(e.evidence.text)}”", "",
                f"Source: {result.source_path}, line {e.evidence.line}"]
        for more in e.more_evidence:
            desc.append(f"Also line {more.line}: “{_squash(more.text)}”")
        if e.participants:
            desc.append("With: " + "; ".join(e.participants))
        if e.time:
            desc.append(f"Time as stated: {e.time}" + ("" if clock else " (not a clock time)"))
        if e.grain != "day":
            desc.append(f"Date announced only as {e.date} ({e.grain}); shown over the whole "
                        f"{e.grain}.")
        if e.date_inferred:
            desc.append("Day not stated in the sentence: taken from the agenda it continues.")
        if self.opts.explain:
            desc += ["Why this date: " + w for w in event_explain(e)]
        v.add("description", self.text("\n".join(clean(d) for d in desc)))
        self.events += 1
        return v

    def close(self) -> None:
        if self.cal.get_missing_tzids():
            # transitions only for the years the events span keeps VTIMEZONE small
            lo, hi = min(self.days), max(self.days)
            self.cal.add_missing_timezones(first_date=dt.date(lo.year, 1, 1),
                                           last_date=dt.date(hi.year + 1, 1, 1))
        self.out.write(self.cal.to_ical().decode("utf-8"))  # CRLF line ends, as RFC 5545 says


def _text_type(icalendar):
    """icalendar's text value, escaped by RFC 5545 alone: icalendar's own escaping first reads a
    literal backslash-N in the text as a line break ("\\N" is a newline escape in iCalendar),
    so a transcript's "\\N" came back as a new line."""
    class Text(icalendar.vText):
        def to_ical(self) -> bytes:
            s = str(self)
            return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                    .replace("\r\n", "\\n").replace("\n", "\\n").encode("utf-8"))
    return Text


def _count(events: list[Event]) -> str:
    return f"{len(events)} event" + ("s" if len(events) > 1 else "")


def _grains(events: list[Event]) -> str:
    return " or ".join(sorted({e.grain for e in events}))


def _values(events: list[Event]) -> str:
    return ", ".join(sorted({e.date for e in events}))


def _squash(s: str) -> str:
    return " ".join(clean(s).split())
