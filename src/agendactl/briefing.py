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
from .rules.lexicon import MONTH_NUM, WEEKDAY_NUM, WEEKDAYS  # month and weekday names are defined once, with the rules
from .rules.holidays import _ALT as _HOL_ALT, _NAMES as _HOL_NAMES, holiday_key  # and the holiday names
from . import lazyre

# Lower is stronger. "embargo" infers the day from "embargoed until … tomorrow …, November 18th";
# "local-time" from a clock time abroad ("9:12 A.M. KST") against the page's Washington date.
# "spoken": the call says which day it is ("thanks for joining on a Friday"; see spoken_day).
# "staged": the page was last modified the day before its own date (see _staged).
PRIORITY = {"option": 0, "dateline": 1, "spoken": 1.5, "embargo": 2, "local-time": 2.5, "staged": 2.7,
            "front-matter": 3,
            "header": 4, "updated": 5, "published": 6, "file-name": 7}

# Header dates may be in any case ("04 DEC. 2017"), unlike lexicon.MONTH, which guards running
# text against "may"/"march" as words; the number of a month still comes from lexicon.MONTH_NUM.
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
_ORD = r"(?:st|nd|rd|th)?"

# Explicit calendar dates as written in datelines and headers.
_DATE_FORMS = lazyre.compile(
    rf"""(?ix)
    (?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?!\d))
    | (?:{_WEEKDAY}\s{{1,3}})?(?P<md>(?P<m1>{_MONTH})\s{{1,3}}(?P<d1>[0-3]?\d){_ORD},?\s{{1,3}}(?P<y1>(?:19|20)\d\d)\b)
    | (?:{_WEEKDAY}\s{{1,3}})?(?P<dm>(?P<d2>[0-3]?\d){_ORD}\s{{1,3}}(?:of\s)?(?P<m2>{_MONTH}),?\s{{1,3}}(?P<y2>(?:19|20)\d\d)\b)
    """)
# Between "until" and the day: no sentence end, but the dots of "5:00 a.m." may stand there.
_NO_STOP = r"(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.)"
# An embargo and the clause that says until when (up to a sentence end).
_EMBARGO = lazyre.compile(rf"(?i)\bembargo(?:ed)?\s++until\b(?P<clause>{_NO_STOP}{{0,140}})")
_EMB_SAME_DAY = lazyre.compile(r"(?i)\b(?:today|tonight|this\s++(?:morning|afternoon|evening))\b")
_EMB_DATE = lazyre.compile(
    rf"(?i)\b(?P<m>{_MONTH})\s{{1,3}}(?P<d>[0-3]?\d){_ORD}\b|\b(?P<d2>[0-3]?\d){_ORD}\s{{1,3}}(?:of\s)?(?P<m2>{_MONTH})(?!\w)")
_EMB_TOMORROW = lazyre.compile(r"(?i)\btomorrow\b")
# "the day after tomorrow": the lift two days after the call ("5:00 a.m. on Wednesday, the day
# after tomorrow"), not one (its "tomorrow" is no lift tomorrow)
_EMB_DAY_AFTER = lazyre.compile(r"(?i)\bday\s++after\s++tomorrow\b")
# an early-morning lift: "5:00 a.m.", "7 a.m.", "five o'clock … morning", "Monday morning"
_EMB_MORNING = lazyre.compile(
    r"(?i)(?<![\d:])[1-9](?::[0-5]\d)?\s*+a\.?m\b\.?|\bmorning\b")
# the lift's clock time in the morning, any hour ("11:00 a.m.")
_EMB_LIFT = lazyre.compile(r"(?i)(?<![\d:])(?P<h>1[01]|[1-9])(?::(?P<mi>[0-5]\d))?\s*+a\.?m\b\.?")
_EMB_WEEKDAY = lazyre.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_FILE_DATE = lazyre.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_UPDATED = lazyre.compile(r"(?i)\b(?:updated|last\s+updated|mis\s+à\s+jour|modified)\b")
_BY = lazyre.compile(r"(?i)^\s*(?:remarks\s+|statement\s+|press\s+conference\s+|briefing\s+)?by\s+(?P<who>.{3,120}?)\s*$")
_TITLE_BY = lazyre.compile(
    r"\bby\s+(?P<who>(?:the\s+)?[A-Z][\w.’'\-]*+(?:\s+(?:of\s+|and\s+)?[A-Z][\w.’'\-]*+){0,8}?)"
    r"(?=\s+(?i:on|previewing|ahead|to|at|in|for|after|before|following)\b|\s*[,:(]|\s*$)")
_ORGS = ("NATO", "European Union", "EU", "United Nations", "UN", "White House", "Pentagon",
         "State Department", "Department of State", "OSCE", "G7", "G20")
_ORG_NAMES = lazyre.compile(r"\b(?:" + "|".join(regex.escape(o) for o in sorted(_ORGS, key=len, reverse=True)) + r")\b")


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
_EOL = lazyre.compile(r"\r\n|\r|\n")
_NON_LETTERS = lazyre.compile(r"[\W\d_]+")
_ISO_VALUE = lazyre.compile(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")
_A_YEAR = lazyre.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD3 = lazyre.compile(r"[^\W\d_]{3,}")
_DIGIT_RUN = lazyre.compile(r"\d+")
_A_MONTH = lazyre.compile(rf"(?i)\b{_MONTH}")
_HEX4 = lazyre.compile(r"[0-9a-fA-F]{4}")
_A_DIGIT = lazyre.compile(r"\d")


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
        if not line.strip() or len(line.strip()) > 120 or not _A_DIGIT.search(line):
            continue  # (every date form has a digit: most header lines are skipped at once)
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

    published_at = _published_time(doc)
    if (staged := _staged(doc, cands)) is not None:
        cands.append(staged)
    published = next((c for c in cands if c.source == "front-matter"), None) or \
        next((c for c in cands if c.source == "published"), None)
    # the embargo is often restated at the end of the call, so the whole text is searched; the
    # first clause that dates the call wins, unless a later one counts the days to the lift ("5:00
    # a.m. on Wednesday, the day after tomorrow" after "until 5:00 a.m. Wednesday, September 1st.
    # Again, the embargo does not lift tomorrow")
    emb: DateCandidate | None = None
    for m in _EMBARGO.finditer(doc.view, doc.body_start) if cands else ():
        after = _EMB_DAY_AFTER.search(m["clause"]) is not None
        if emb is not None and not after:
            continue
        spoken, used = _embargo(m["clause"], dt.date.fromisoformat(cands[0].date),
                                dt.date.fromisoformat(published.date) if published else None,
                                published_at)
        if spoken:
            emb = DateCandidate(spoken.isoformat(), "embargo", doc.evidence(m.start(), m.start("clause") + used))
            if after or _EMB_DAY_AFTER.search(doc.view, m.end()) is None:
                break  # (no later clause can count two days: the rest of the text is not scanned)
    if emb is not None:
        cands.append(emb)
    if published:
        local = _local_time_day(doc, head_end, dt.date.fromisoformat(published.date), published_at)
        if local is not None:
            cands.append(local)

    # the page's own day (or the local day abroad) bounds the day the call says it is
    anchors = [c.date for c in cands if c.source in ("front-matter", "published", "embargo", "local-time")]
    if anchors and (said := spoken_day(doc.view, doc.body_start, dt.date.fromisoformat(max(anchors)))):
        cands.append(DateCandidate(said[0].isoformat(), "spoken", doc.evidence(said[1], said[2])))

    base = os.path.basename(doc.path) if doc.path and doc.path != "-" else ""
    if (m := _FILE_DATE.search(base)) and (iso := _date(int(m[1]), int(m[2]), int(m[3]))):
        cands.append(DateCandidate(iso, "file-name", None))
    return cands


def _staged(doc: Document, cands: list[DateCandidate]) -> DateCandidate | None:
    """The day a page was last modified, when that is before the page's own date: the page was
    written before it went up, so the words were spoken that day at the latest (an embargoed call
    of the evening, posted the next morning at the lift). Across the 1,139 WH briefings all 34
    such pages were calls of an earlier day (30 of that very day, 4 of a day or three before it,
    each said by a stronger clue)."""
    if "modified_time" not in doc.front_matter:
        return None
    page = next((c for c in cands if c.source == "front-matter"), None)
    val, s, _ = doc.front_matter["modified_time"]
    m = _ISO_VALUE.match(val)
    if page is None or not m or not (iso := _date(int(m[1]), int(m[2]), int(m[3]))) or iso >= page.date:
        return None
    return DateCandidate(iso, "staged", doc.evidence(s + m.start(1), s + m.end(3)))


def embargo_day(clause: str, near: dt.date, published: dt.date | None,
                published_at: dt.datetime | None = None) -> dt.date | None:
    return _embargo(clause, near, published, published_at)[0]


def _embargo(clause: str, near: dt.date, published: dt.date | None,
             published_at: dt.datetime | None = None) -> tuple[dt.date | None, int]:
    """The day a call was spoken, from what follows "embargoed until": a lift early in the
    morning or "tomorrow" means the words were spoken the day before the day named
    ("5:00 a.m. Eastern, Monday, May 1st" -> 30 April; "tomorrow, Wednesday, August 25th, at
    5:00 p.m." -> 24 August), or before the page's day when that is the weekday named ("5:00
    a.m. Monday morning" on a page of Monday). A lift later the same day ("11:00 a.m. today")
    or at "the end of the call" says nothing about the day. `near` (another clue) gives the
    year of a named day. Also returns where the words it read end in `clause`."""
    named = _EMB_DATE.search(clause)
    if same := _EMB_SAME_DAY.search(clause):
        # a lift the same day says nothing, unless it names that day ("4:00 p.m. Eastern
        # today, Wednesday, August 9th" on a page of 10 August)
        if named and named.start() > same.start():
            day = _named_day(named, near)
            return (day, named.end()) if day else (None, 0)
        return None, 0
    tomorrow = _EMB_TOMORROW.search(clause)
    morning = _EMB_MORNING.search(clause)
    if not (tomorrow or morning):
        return None, 0
    # the evidence ends with the last word the day was read from
    used = max(m.end() for m in (tomorrow, morning) if m)
    after = _EMB_DAY_AFTER.search(clause)
    back = dt.timedelta(days=2 if after else 1)
    if named:
        lift = _named_day(named, near)
        if lift is None:
            return None, 0
        return lift - back, max(used, named.end())
    # No day named: only a weekday that is the page's own day places the call before it ("5:00
    # a.m. Monday morning" on a page of Monday), or a page that went up at the very minute of
    # the lift ("until 5:00 a.m. Eastern", published_time 05:00 that day): across the 1,139 WH
    # briefings every such page with another clue was a call of the day before. A bare "5:00
    # a.m. tomorrow" does not: pages are dated the day of the call as often as the day of the lift.
    if published is None:
        return None, 0
    wd = _EMB_WEEKDAY.search(clause)
    if wd and after:
        # the weekday of the lift, as near the page's day as the page may be dated (the day of
        # the lift, or the call two days before it)
        lift = published + dt.timedelta(days=(WEEKDAY_NUM[wd.group().lower()] - published.weekday()) % 7)
        if (lift - published).days <= 2:
            return lift - back, max(used, wd.end(), after.end())
        return None, 0
    if wd and WEEKDAY_NUM.get(wd.group().lower()) == published.weekday():
        return published - dt.timedelta(days=1), max(used, wd.end())
    # a clock time of the lift (any of them: "5:00 a.m. GMT and 1:00 a.m. Eastern time") at
    # the very minute the page went up
    if published_at is not None and published_at.date() == published:
        for lift in _EMB_LIFT.finditer(clause):
            if (published_at.hour, published_at.minute) == (int(lift["h"]), int(lift["mi"] or 0)):
                return published - dt.timedelta(days=1), max(used, lift.end())
    return None, 0


def _named_day(m: regex.Match, near: dt.date) -> dt.date | None:
    """The day of an _EMB_DATE match in the year that puts it nearest to `near`."""
    mon = MONTH_NUM.get((m["m"] or m["m2"]).rstrip(".").lower())
    day = int(m["d"] or m["d2"])
    days = [dt.date.fromisoformat(d) for y in (near.year - 1, near.year, near.year + 1)
            if (d := _date(y, mon, day) if mon else None)]
    return min(days, key=lambda d: abs((d - near).days)) if days else None


# (clause after "embargoed until", another clue's day, the page's day) -> the day spoken.
# Run by tests/test_briefing.py, like the rule families' EXAMPLES and NEGATIVES.
EMBARGO_EXAMPLES = [
    (" 5:00 a.m. Eastern, Monday, May 1st.", "2023-05-01", "2023-05-01", "2023-04-30"),
    (" tomorrow, Wednesday, August 25th, at 5:00 p.m.", "2021-08-25", "2021-08-25", "2021-08-24"),
    (" 5 o'clock tomorrow morning, November 18th.", "2021-11-18", "2021-11-18", "2021-11-17"),
    (" Friday, September 24th, at 6:00 a.m.", "2021-09-24", "2021-09-24", "2021-09-23"),
    (" 5:00 a.m. Eastern on Sunday, December 1st", "2024-12-01", "2024-12-01", "2024-11-30"),
    (" 5:00 a.m. Japan Standard Time on May 21st, which is 4:00 p", "2023-05-20", "2023-05-20", "2023-05-20"),
    (" 5:00 a.m. tomorrow, January 1st", "2021-12-31", "2022-01-01", "2021-12-31"),  # across the year
    (" 5:00 a.m. Monday morning.", "2022-01-31", "2022-01-31", "2022-01-30"),  # the page's weekday
    (" 4:00 p.m. Eastern today, Wednesday, August 9th.", "2023-08-10", "2023-08-10", "2023-08-09"),
    # the lift two days on: the weekday as the page's day or two days after it
    (" 5:00 a.m. on Wednesday, the day after tomorrow, and", "2021-09-01", "2021-09-01", "2021-08-30"),
    (" 5:00 a.m. on Wednesday, the day after tomorrow.", "2021-08-30", "2021-08-30", "2021-08-30"),
    (" the day after tomorrow, Friday, May 5th, at 6:00 a.m.", "2023-05-05", "2023-05-05", "2023-05-03"),
]
# (clause, page's day, published_time) -> the day spoken: the page went up at the lift
EMBARGO_LIFT_EXAMPLES = [
    (" 5:00 a.m. Eastern.  We hope to have a factsheet", "2022-06-10", "2022-06-10 05:00:00-04:00", "2022-06-09"),
    (" 8:30 a.m. Eastern tomorrow.", "2023-08-22", "2023-08-22 08:30:00-04:00", "2023-08-21"),
    # any of the clock times given: the page went up at the Eastern one
    (" 5:00 a.m. GMT and 1:00 a.m. Eastern time.", "2021-11-01", "2021-11-01 01:00:00-04:00", "2021-10-31"),
]
EMBARGO_LIFT_NEGATIVES = [
    (" 5:00 a.m. tomorrow morning.", "2022-06-07", "2022-06-07 19:32:00-04:00"),  # up that evening
    (" 5:00 a.m. Eastern.", "2022-06-10", "2022-06-11 05:00:00-04:00"),  # another day's lift
    (" 5:00 a.m. GMT and 1:00 a.m. Eastern time.", "2021-11-01", "2021-11-01 06:00:00-04:00"),
    (" the end of the call.", "2022-06-10", "2022-06-10 05:00:00-04:00"),
]
EMBARGO_NEGATIVES = [
    (" the end of the call.", "2022-02-16", "2022-02-16"),
    (" 11:00 a.m. Eastern time today.", "2021-04-09", "2021-04-09"),
    (" 11:00 a.m. this morning, and you may attribute", "2022-06-08", "2022-06-08"),
    (" 5:30 p.m. Eastern on Thursday, May 12th.", "2022-05-12", "2022-05-12"),  # a lift the same day
    (" 5:00 a.m. tomorrow morning.", "2022-06-07", "2022-06-07"),  # page of the call or of the lift?
    (" 5:00 a.m. Tuesday morning.", "2022-01-31", "2022-01-31"),  # not the page's weekday
    (" 5:00 a.m. on Saturday, the day after tomorrow.", "2021-09-01", "2021-09-01"),  # days off the page
]


# ----------------------------------------------------------------- the day the call says it is
# The speakers may say which day it is: thanks for joining "on a Friday" / "on this Sunday
# afternoon" / "on a Thanksgiving Friday", "today, the day after Thanksgiving", "celebrating St.
# Patrick's Day tomorrow", "tomorrow is Earth Day". An embargo lifted "at 5:00 a.m. on Monday"
# only says the call came before that day (often on the Friday), and a page's date is its
# publication day, so this clue outranks both (a dateline outranks it). Across the 1,139 WH
# briefings it changes the date of four, each to the day the text says (read one by one).
# "Happy Monday" is no clue: press secretaries say it in jest on a Tuesday. Only the opening
# (greetings) and the close (thanks) are read: that is where calls say it, and it keeps the
# scan short.
_SPOKEN_HEAD, _SPOKEN_TAIL = 6500, 600
# a capitalised weekday or the last word of a holiday's name ("Day", "Eve", "Thanksgiving",
# "Fourth", "Year" of "New Year's"): the cheap first pass, from the names the rules define
_CUE_WORDS = {w.capitalize() for w in WEEKDAYS} | {
    regex.split("['’]", n.split()[-1])[0].capitalize() for n in _HOL_NAMES}
# (stdlib re: the lookahead on the first letters lets its first-character scan skip the rest)
_SPOKEN_CUE = lazyre.compile_re(
    rf"(?=[{''.join(sorted({w[0] for w in _CUE_WORDS}))}])\b"
    rf"(?:{'|'.join(sorted(_CUE_WORDS, key=lambda w: (-len(w), w)))})\b")
_B = r"[ \t\n\u00a0]++"
# "on a Friday", "on this Sunday", "late on a Friday", "on a Thanksgiving Friday" (before the weekday)
_ON_A = lazyre.compile(rf"(?i)\bon{_B}(?:a|this){_B}(?:[a-z]++{_B})?$")
# ... said in thanks for the call, earlier in the same sentence (not "the President will join them
# on a Friday": a plan)
_THANKS = lazyre.compile(
    rf"(?i)\b(?:thanks?|thank{_B}you|appreciat\w*|join(?:ing)?{_B}(?:us|me)|dialing{_B}in|hosting{_B}this"
    rf"|for{_B}(?:joining|participating|gathering|dialing|being|doing|taking|hopping|jumping))\b[^.?!;]{{0,80}}$")
# "today, the day after Thanksgiving"; "(thanks for joining) on the day after Thanksgiving"
_DAY_AFTER = lazyre.compile(
    rf"(?i)\b(?:(?P<today>today|tonight)[,—–]?{_B}(?:on{_B})?|on{_B})the{_B}day{_B}(?P<ab>after|before){_B}"
    rf"(?P<h>{_HOL_ALT})\b", regex.V1)
# "tomorrow is Earth Day", "today is Veterans Day", "celebrating St. Patrick's Day tomorrow"
_HOL_IS = lazyre.compile(
    rf"(?i)\b(?P<rel>today|tomorrow|yesterday){_B}(?:is|was){_B}(?:the{_B})?(?P<h>{_HOL_ALT})\b"
    rf"|\b(?P<h2>{_HOL_ALT}){_B}(?:(?:is|was){_B})?(?P<rel2>today|tomorrow|yesterday)\b(?!['’])", regex.V1)
_REL_DAYS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def spoken_day(view: str, start: int, anchor: dt.date) -> tuple[dt.date, int, int] | None:
    """The day a call says it is held on (see above), with the span saying it, from the text
    at `start` on; `anchor` is the latest day the page's other clues allow (its own date). A
    weekday is the last one on or before it; a holiday the nearest one; the day must fall in
    the six days before `anchor`. When clues disagree, the most often said wins (the first on
    a tie); None when there is none."""
    spans = ((start, min(len(view), start + _SPOKEN_HEAD)),
             (max(start + _SPOKEN_HEAD, len(view) - _SPOKEN_TAIL), len(view)))
    found: list[tuple[dt.date, int, int]] = []
    for a, b in spans:
        for m in _SPOKEN_CUE.finditer(view, a, b):
            s, e = m.span()
            wd = WEEKDAY_NUM.get(m.group().lower())
            if wd is not None:
                on = _ON_A.search(view, max(0, s - 40), s)
                if on and _THANKS.search(view, max(0, on.start() - 120), on.start()):
                    found.append((anchor - dt.timedelta((anchor.weekday() - wd) % 7), on.start(), e))
                continue
            for pat in (_DAY_AFTER, _HOL_IS):
                h = pat.search(view, max(0, s - 50), min(len(view), e + 25))
                if not h or not (h.start() < e and s < h.end()):
                    continue
                name = h["h"] or h["h2"]
                if not (name[0].isupper() or name.lower().startswith("the")):
                    continue
                if pat is _DAY_AFTER and not h["today"] and \
                        not _THANKS.search(view, max(0, h.start() - 120), h.start()):
                    continue
                day = _holiday_near(name, anchor)
                if day is None:
                    continue
                if pat is _DAY_AFTER:
                    day += dt.timedelta(1 if h["ab"].lower() == "after" else -1)
                else:
                    day -= dt.timedelta(_REL_DAYS[(h["rel"] or h["rel2"]).lower()])
                found.append((day, h.start(), h.end()))
                break
    found = [f for f in found if 0 <= (anchor - f[0]).days <= 6]
    if not found:
        return None
    counts: dict[dt.date, int] = {}
    for d, _, _ in found:
        counts[d] = counts.get(d, 0) + 1
    best = max(counts.values())
    return next(f for f in found if counts[f[0]] == best)


def _holiday_near(name: str, anchor: dt.date) -> dt.date | None:
    """The day of the holiday `name` nearest `anchor`."""
    from .resolve import holiday_nearest

    key = holiday_key(name)
    return holiday_nearest(key, anchor) if key else None


# (text, the page's day, the day spoken) and (text, the page's day): run by tests/test_briefing.py
SPOKEN_EXAMPLES = [
    ("SAO:  Thanks.  Thanks for joining me here on a Friday, late in the day.", "2021-07-26", "2021-07-23"),
    ("MR. ZAIDI:  Thanks, everybody, for — for gathering on a Friday afternoon.", "2024-04-22", "2024-04-19"),
    ("MODERATOR:  Thank you for joining us on this\nSunday afternoon.", "2023-09-18", "2023-09-17"),
    ("SAO:  And thanks, everybody, on a Thanksgiving Friday.", "2024-12-01", "2024-11-29"),
    ("MODERATOR:  Thank you so much for joining us today, the day\nafter Thanksgiving, for a call.",
     "2024-12-01", "2024-11-29"),
    ("SAO:  Thanks for joining on the day after Thanksgiving.", "2024-12-01", "2024-11-29"),
    ("SAO:  We are very excited for\ncelebrating St. Patrick’s Day tomorrow.", "2021-03-17", "2021-03-16"),
    ("MS. JEAN-PIERRE:  So, just to — tomorrow is Earth Day, so we’ll have more.", "2022-04-22", "2022-04-21"),
    ("MODERATOR:  Thank you all.  Tomorrow is New Year’s, so be safe.", "2022-01-03", "2021-12-31"),
]
SPOKEN_NEGATIVES = [
    ("MS. JEAN-PIERRE:  Good afternoon, everybody.  Happy Monday.", "2023-05-16"),  # in jest, on a Tuesday
    ("SAO:  The President will travel on a Friday, after the summit.", "2021-07-26"),  # no thanks for the call
    ("SAO:  The President will join them on the day after Thanksgiving.", "2024-12-01"),  # a plan, not the call
    ("SAO:  The New York Times said today, Christmas gifts are arriving on time.", "2021-12-22"),
    ("SAO:  We celebrate St. Patrick’s Day tomorrow.", "2021-06-10"),  # months off the page's day
    ("SAO:  Thanks for joining.  We will hold the vote on a Friday.", "2021-07-26"),  # another sentence
]


# A clock time with its zone on a header line ("9:12 A.M. KST", "3:08 P.M. CEST").
_CLOCK = lazyre.compile(r"(?m)^[ \t*]*+(?P<h>1[0-2]|0?[1-9]):(?P<mi>[0-5]\d)\s*+(?P<ap>[AaPp])\.?\s*+[Mm]\.?[ \t]++"
                       r"(?P<z>[A-Z]{2,5})\b")
# UTC offsets (hours) of the zone abbreviations transcripts use. Ambiguous ones list every
# reading (CST: US Central or China; IST: India, Israel or Ireland); a day is inferred only
# when all readings agree.
ZONES: dict[str, tuple[float, ...]] = {
    "EDT": (-4,), "EST": (-5,), "CDT": (-5,), "CST": (-6, 8), "MDT": (-6,), "MST": (-7,),
    "PDT": (-7,), "PST": (-8,), "AKDT": (-8,), "AKST": (-9,), "HST": (-10,), "AST": (-4, 3),
    "GMT": (0,), "UTC": (0,), "WET": (0,), "WEST": (1,), "BST": (1,), "CET": (1,), "CEST": (2,),
    "EET": (2,), "EEST": (3,), "MSK": (3,), "IST": (5.5, 2, 1), "IDT": (3,), "GST": (4,),
    "PKT": (5,), "ICT": (7,), "WIB": (7,), "SGT": (8,), "PHT": (8,), "HKT": (8,), "AWST": (8,),
    "JST": (9,), "KST": (9,), "AEST": (10,), "AEDT": (11,), "NZST": (12,), "NZDT": (13,),
    "CVT": (-1,), "SAST": (2,), "EAT": (3,), "WAT": (1,), "CAT": (2,), "BRT": (-3,), "ART": (-3,),
}


# (clock, zone, the page's day, published_time or None) -> the local day of the call.
LOCAL_TIME_EXAMPLES = [
    ("9:12 A.M.", "KST", "2022-05-20", "2022-05-20 23:37:40-04:00", "2022-05-21"),
    ("7:18 A.M.", "ICT", "2022-11-11", "2022-11-11 22:30:01-05:00", "2022-11-12"),
    ("9:30 P.M.", "PDT", "2022-06-09", None, "2022-06-08"),  # late evening out west
]
LOCAL_TIME_NEGATIVES = [
    ("3:08 P.M.", "CEST", "2021-06-14", None),  # the same day in Brussels and Washington
    ("9:25 A.M.", "JST", "2023-05-20", "2023-05-20 00:22:53-04:00"),  # page out before that evening
    ("8:00 A.M.", "IST", "2023-09-10", None),  # India and Israel disagree
    ("9:00 A.M.", "CST", "2023-11-15", None),  # US Central or China
    ("4:35 P.M.", "EDT", "2024-04-21", None),
]


def _eastern_offset(day: dt.date) -> int:
    """Washington's UTC offset on `day` (daylight time from the second Sunday of March to the
    first Sunday of November, the rule since 2007)."""
    def sunday(month: int, nth: int) -> dt.date:
        first = dt.date(day.year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    return -4 if sunday(3, 2) <= day < sunday(11, 1) else -5


def local_day(hour: float, offsets: tuple[float, ...], washington: dt.date,
              published: dt.datetime | None = None) -> dt.date | None:
    """The local day of a call held at `hour` (local clock) in a zone with these UTC offsets,
    on the day `washington` in Washington: a morning in Seoul is the evening before there.
    None when the zone's readings disagree, or when that moment would come after the page's
    publication time (the page is then dated the day after the call in Washington)."""
    east = _eastern_offset(washington)
    shifts = set()
    for off in offsets:
        et = hour - (off - east)  # the clock in Washington at that moment
        shifts.add(1 if et < 0 else -1 if et >= 24 else 0)
    if len(shifts) != 1:
        return None
    day = washington + dt.timedelta(days=shifts.pop())
    if published is not None and day != washington:
        for off in offsets:
            moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone(dt.timedelta(hours=off)))
            if moment + dt.timedelta(hours=hour) > published:
                return None
    return day


def _published_time(doc: Document) -> dt.datetime | None:
    """The front matter's published_time with its UTC offset ("2022-05-20 23:37:40-04:00")."""
    if "published_time" not in doc.front_matter:
        return None
    try:
        t = dt.datetime.fromisoformat(doc.front_matter["published_time"][0].strip().strip("'\""))
    except ValueError:
        return None
    return t if t.tzinfo is not None else None


def _local_time_day(doc: Document, head_end: int, washington: dt.date,
                    published_at: dt.datetime | None) -> DateCandidate | None:
    """A clock time abroad in the header, when its local day is not the page's date (the page
    of a call held in the morning in Asia is dated the evening before, in Washington)."""
    m = _CLOCK.search(doc.view, doc.body_start, head_end)
    if not m or m["z"] not in ZONES:
        return None
    hour = int(m["h"]) % 12 + (12 if m["ap"] in "Pp" else 0) + int(m["mi"]) / 60
    day = local_day(hour, ZONES[m["z"]], washington, published_at)
    if day is None or day == washington:
        return None
    return DateCandidate(day.isoformat(), "local-time", doc.evidence(m.start("h"), m.end("z")))


def _may_hold_full_date(line: str) -> bool:
    """Whether dateparser (English, day, month and year required) could read a date here: it
    needs the year and the day as digits (it reads no spelled ordinals: "the fourth of December
    2017" gives nothing) and the month as a third number or an English month name. Lines that
    fail, like "sector by 2030." or "in March of 2023.", then cost no dateparser load (~0.4 s)."""
    runs = len(_DIGIT_RUN.findall(line))
    return runs >= 3 or (runs == 2 and _A_MONTH.search(line) is not None)


def dateparser_date(line: str) -> dt.date | None:
    """dateparser's reading of one header line: a full calendar date or None."""
    import dateparser  # lazy: only for header lines our own patterns could not read

    # absolute dates only: dateparser's relative parser ("2 days ago, 2017") reads today's
    # date, and the output must not depend on the day it runs
    # languages=["en"]: without it dateparser loads all of its 200 locales to detect the
    # language (~0.9 s on the first such line); the rules read English only anyway
    parsed = dateparser.parse(line, languages=["en"],
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                                        "PARSERS": ["custom-formats", "absolute-time"]})
    return parsed.date() if parsed else None


def _dateparser_headers(doc: Document, head_end: int) -> list[DateCandidate]:
    out: list[DateCandidate] = []
    for ls, le in _lines(doc.view, doc.body_start, head_end):
        line = doc.view[ls:le].strip(" \t\r•*-|()")
        if not (6 <= len(line) <= 40) or not _A_YEAR.search(line):
            continue
        if len(_WORD3.findall(line)) > 3 or not _may_hold_full_date(line):
            continue
        parsed = dateparser_date(line)
        if parsed:
            s = doc.view.find(line, ls, le)
            out.append(DateCandidate(parsed.isoformat(), "dateline", doc.evidence(s, s + len(line))))
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
        # the first of _ORGS named anywhere (one pass, not one search per name)
        hits = {m.group() for m in _ORG_NAMES.finditer(hay)} if hay else ()
        return next((org for org in _ORGS if org in hits), None)

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
