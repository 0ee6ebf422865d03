"""Date stage: the briefing's date (the day the words were spoken), title and speaker.

Clues are gathered with their evidence and ranked by how directly they speak of the day of
delivery (see PRIORITY). A transcript's own dateline beats a page's publication date: embargoed
calls are often published the next morning, so front matter `date:` can be a day late.
"""
from __future__ import annotations

import datetime as dt
import os

import regex

from .document import Document, InputError
from .model import Briefing, DateCandidate, Evidence
from .rules.lexicon import MONTH_NUM  # month names are defined once, with the rules

# Lower is stronger. "embargo" infers the day from "embargoed until … tomorrow …, November 18th".
PRIORITY = {"option": 0, "dateline": 1, "embargo": 2, "front-matter": 3, "header": 4,
            "updated": 5, "published": 6, "file-name": 7}

# Header dates may be in any case ("04 DEC. 2017"), unlike lexicon.MONTH, which guards running
# text against "may"/"march" as words; the number of a month still comes from lexicon.MONTH_NUM.
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
_ORD = r"(?:st|nd|rd|th)?"

# Explicit calendar dates as written in datelines and headers.
_DATE_FORMS = regex.compile(
    rf"""(?ix)
    (?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?!\d))
    | (?:{_WEEKDAY}\s{{1,3}})?(?P<md>(?P<m1>{_MONTH})\s{{1,3}}(?P<d1>[0-3]?\d){_ORD},?\s{{1,3}}(?P<y1>(?:19|20)\d\d)\b)
    | (?:{_WEEKDAY}\s{{1,3}})?(?P<dm>(?P<d2>[0-3]?\d){_ORD}\s{{1,3}}(?:of\s)?(?P<m2>{_MONTH}),?\s{{1,3}}(?P<y2>(?:19|20)\d\d)\b)
    """)
_SLASHED = regex.compile(r"\b(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])\b")
# Between "until" and the day: no sentence end, but the dots of "5:00 a.m." may stand there.
_NO_STOP = r"(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.)"
_EMBARGO = regex.compile(
    rf"(?i)\bembargo(?:ed)?\s++until\b{_NO_STOP}{{0,80}}?\btomorrow\b{_NO_STOP}{{0,60}}?"
    rf"\b(?P<m>{_MONTH})\s{{1,3}}(?P<d>[0-3]?\d){_ORD}\b")
_FILE_DATE = regex.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_UPDATED = regex.compile(r"(?i)\b(?:updated|last\s+updated|mis\s+à\s+jour|modified)\b")
_BY = regex.compile(r"(?i)^\s*(?:remarks\s+|statement\s+|press\s+conference\s+|briefing\s+)?by\s+(?P<who>.{3,120}?)\s*$")
_TITLE_BY = regex.compile(
    r"\bby\s+(?P<who>(?:the\s+)?[A-Z][\w.’'\-]*+(?:\s+(?:of\s+|and\s+)?[A-Z][\w.’'\-]*+){0,8}?)"
    r"(?=\s+(?i:on|previewing|ahead|to|at|in|for|after|before|following)\b|\s*[,:(]|\s*$)")
_ORGS = ("NATO", "European Union", "EU", "United Nations", "UN", "White House", "Pentagon",
         "State Department", "Department of State", "OSCE", "G7", "G20")


def _date(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _parse_form(m: regex.Match) -> tuple[str | None, int, int]:
    """The ISO date of a _DATE_FORMS match and the span of the date proper."""
    if m.group("iso"):
        return _date(int(m["iy"]), int(m["im"]), int(m["id"])), m.start("iso"), m.end("iso")
    if m.group("md"):
        mon = MONTH_NUM.get(m["m1"].rstrip(".").lower())
        return (_date(int(m["y1"]), mon, int(m["d1"])) if mon else None), m.start("md"), m.end("md")
    mon = MONTH_NUM.get(m["m2"].rstrip(".").lower())
    return (_date(int(m["y2"]), mon, int(m["d2"])) if mon else None), m.start("dm"), m.end("dm")


def _header_end(doc: Document) -> int:
    """Where the header block of the body ends: the first speaker turn or the first paragraph
    that reads as running prose, at most 2,000 characters into the body."""
    limit = doc.body_start + 2000
    for ps, pe in doc.paragraphs:
        if ps >= limit:
            break
        t = doc.view[ps:pe]
        if ("\n" in t.strip() and len(t) > 300) or len(t) > 400:
            return ps
    for t in doc.turns:
        if t.speaker and t.start < limit:
            return min(t.start, limit)
    return min(limit, len(doc.text))


# compiled once (the module-level regex functions look their pattern up in a cache each call)
_EOL = regex.compile(r"\r\n|\r|\n")
_NON_LETTERS = regex.compile(r"[\W\d_]+")
_ISO_VALUE = regex.compile(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")
_A_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD3 = regex.compile(r"[^\W\d_]{3,}")
_HEX4 = regex.compile(r"[0-9a-fA-F]{4}")


def _lines(view: str, start: int, end: int):
    pos = start
    for m in _EOL.finditer(view, pos=start, endpos=end):
        yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


def _candidates(doc: Document) -> list[DateCandidate]:
    cands: list[DateCandidate] = []
    head_end = _header_end(doc)

    # Datelines: a line of the header block that is mostly a date ("(November 17, 2021)",
    # "• 04 Dec. 2017 -", "Monday, 4 December 2017", "2017-12-04"); "updated" lines rank lower.
    for ls, le in _lines(doc.view, doc.body_start, head_end):
        line = doc.view[ls:le]
        if not line.strip() or len(line.strip()) > 120:
            continue
        for m in _DATE_FORMS.finditer(line):
            iso, s, e = _parse_form(m)
            if not iso:
                continue
            rest = _NON_LETTERS.sub(" ", line[:s] + line[e:]).split()
            updated = bool(_UPDATED.search(line))
            if updated:
                source = "updated"
            elif len(rest) <= 3:
                source = "dateline"
            else:
                source = "header"
            cands.append(DateCandidate(iso, source, doc.evidence(ls + s, ls + e)))

    # Odd header formats our regex does not know: let dateparser read lone date-like lines.
    if not any(c.source == "dateline" for c in cands):
        cands += _dateparser_headers(doc, head_end)

    fm = doc.front_matter
    if "date" in fm:
        val, s, e = fm["date"]
        m = _ISO_VALUE.match(val)
        if m and (iso := _date(int(m[1]), int(m[2]), int(m[3]))):
            cands.append(DateCandidate(iso, "front-matter", doc.evidence(s + m.start(1), s + m.end(3))))
    for key in ("published_time", "published", "pubdate"):
        if key in fm:
            val, s, e = fm[key]
            m = _ISO_VALUE.match(val)
            if m and (iso := _date(int(m[1]), int(m[2]), int(m[3]))):
                cands.append(DateCandidate(iso, "published", doc.evidence(s + m.start(1), s + m.end(3))))
            break

    # "embargoed until 5 o'clock tomorrow morning, November 18th": spoken the day before.
    year_hint = next((int(c.date[:4]) for c in cands), None)
    # the embargo is often restated at the end of the call, so the whole text is searched
    for m in _EMBARGO.finditer(doc.view, doc.body_start):
        mon = MONTH_NUM.get(m["m"].rstrip(".").lower())
        if year_hint is None:
            break
        iso = _date(year_hint, mon, int(m["d"])) if mon else None
        if iso:
            spoken = (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()
            cands.append(DateCandidate(spoken, "embargo", doc.evidence(m.start(), m.end())))
        break

    base = os.path.basename(doc.path) if doc.path and doc.path != "-" else ""
    if (m := _FILE_DATE.search(base)) and (iso := _date(int(m[1]), int(m[2]), int(m[3]))):
        cands.append(DateCandidate(iso, "file-name", None))
    return cands


def _dateparser_headers(doc: Document, head_end: int) -> list[DateCandidate]:
    out: list[DateCandidate] = []
    for ls, le in _lines(doc.view, doc.body_start, head_end):
        line = doc.view[ls:le].strip(" \t\r•*-|()")
        if not (6 <= len(line) <= 40) or not _A_YEAR.search(line):
            continue
        if len(_WORD3.findall(line)) > 3:
            continue
        import dateparser  # lazy: only for header lines our own patterns could not read

        # absolute dates only: dateparser's relative parser ("2 days ago, 2017") reads today's
        # date, and the output must not depend on the day it runs
        # languages=["en"]: without it dateparser loads all of its 200 locales to detect the
        # language (~0.9 s on the first such line); the rules read English only anyway
        parsed = dateparser.parse(line, languages=["en"],
                                  settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                                            "PARSERS": ["custom-formats", "absolute-time"]})
        if parsed:
            s = doc.view.find(line, ls, le)
            out.append(DateCandidate(parsed.date().isoformat(), "dateline", doc.evidence(s, s + len(line))))
    return out


def _yaml_scalar(doc: Document, key: str) -> str | None:
    """A front-matter string value, with YAML double-quote escapes and folded lines undone."""
    if key not in doc.front_matter:
        return None
    _, s, _ = doc.front_matter[key]
    raw = doc.text[s - 1:doc.body_start] if s and doc.text[s - 1] in "'\"" else doc.text[s:doc.body_start]
    if raw.startswith('"'):
        out, i = [], 1
        while i < len(raw) and raw[i] != '"':
            c = raw[i]
            if c == "\\" and i + 1 < len(raw):
                n = raw[i + 1]
                if n in "\r\n":  # escaped line break: join without a space
                    i += 2
                    while i < len(raw) and raw[i] in " \t\r\n":
                        i += 1
                    continue
                if n == "u" and _HEX4.match(raw[i + 2:i + 6]):
                    out.append(chr(int(raw[i + 2:i + 6], 16)))
                    i += 6
                    continue
                out.append({"_": "\u00a0", "n": "\n", "t": "\t", " ": " "}.get(n, n))
                i += 2
                continue
            if c in "\r\n":  # folded line: one space
                out.append(" ")
                i += 1
                while i < len(raw) and raw[i] in " \t\r\n":
                    i += 1
                continue
            out.append(c)
            i += 1
        val = "".join(out)
    else:
        val = doc.front_matter[key][0]
    return " ".join(val.replace("\u00a0", " ").split()) or None


def _title_speaker(doc: Document) -> tuple[str | None, str | None]:
    title = _yaml_scalar(doc, "title")
    speaker = None
    lines = [doc.view[a:b].strip(" \t\r•*#|") for a, b in _lines(doc.view, doc.body_start, _header_end(doc))]
    lines = [ln for ln in lines if ln]
    if not title and lines and len(lines[0]) <= 160 and not _DATE_FORMS.search(lines[0]):
        title = " ".join(lines[0].split())
    for ln in lines[:4]:
        if m := _BY.match(ln):
            speaker = " ".join(m["who"].split())
            break
    if not speaker and title and (m := _TITLE_BY.search(title)):
        speaker = m["who"].strip()
    return title, speaker


def organisation(title: str | None, speaker: str | None, doc: Document) -> str | None:
    """The institution speaking, when the header says it ("NATO Secretary General…" -> NATO)."""
    def find(hay: str | None) -> str | None:
        for org in _ORGS:
            if hay and regex.search(rf"\b{regex.escape(org)}\b", hay):
                return org
        return None

    url = doc.front_matter.get("source_url", ("", 0, 0))[0]
    return find(speaker) or ("White House" if "whitehouse" in url else None) or find(title)


def detect(doc: Document, date_override: str | None = None) -> Briefing:
    title, speaker = _title_speaker(doc)
    cands = _candidates(doc)
    if date_override:
        try:
            d = dt.date.fromisoformat(date_override)
        except ValueError:
            raise InputError(f"--date {date_override!r} is not a date in YYYY-MM-DD form", 2)
        chosen = DateCandidate(d.isoformat(), "option", None)
    elif cands:
        chosen = min(cands, key=lambda c: PRIORITY.get(c.source, 9))
    else:
        raise InputError(f"{doc.path}: no briefing date found in the text; give one with --date YYYY-MM-DD", 4)

    others: list[DateCandidate] = []
    seen = {chosen.date}
    for c in sorted(cands, key=lambda c: PRIORITY.get(c.source, 9)):
        if c.date not in seen:
            seen.add(c.date)
            others.append(c)
    if others and chosen.source != "option":
        o = others[0]
        doc.warnings.append(
            f"{doc.path}: date clues disagree: chose {chosen.date} ({chosen.source}) over "
            f"{o.date} ({o.source}) as the day of delivery")
    d = dt.date.fromisoformat(chosen.date)
    b = Briefing(d.isoformat(), chosen.source, chosen.evidence, title=title, speaker=speaker,
                 other_dates=others, weekday=d.strftime("%A"))
    b.organisation = organisation(title, speaker, doc)
    return b
