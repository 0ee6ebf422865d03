"""Resolve stage: Mention -> TimeRef against the briefing date. All date arithmetic lives here.

Conventions (DESIGN.md, "Resolution semantics"):
- weekday without modifier: the briefing day itself when it is that weekday; otherwise the next
  occurrence in a future or present clause, the previous one in a past clause;
- "next <weekday>": the coming occurrence (ambiguous: the one a week later is the alternative);
  "last <weekday>": the most recent past one;
- day+month without a year: the occurrence on/after the briefing in a future clause, on/before in
  a past clause, the nearest otherwise; a weekday given with it picks the year it fits; a date
  naming a past event ("the January 6th committee", "since October 7th", "in January 6th") is the
  last occurrence before the briefing (the event's year for the few dates naming one event); the
  briefing's own date is today unless it names such an event or follows on/in in a past clause;
  "on <date>" in a clear past clause is never more than a fortnight ahead;
- "this coming weekend": the first weekend not yet begun;
- month without a year: next/last = the first after/before the briefing month; otherwise by
  tense, the nearest when there is none;
- weeks are ISO weeks (Monday..Sunday); weekends are Saturday..Sunday of that ISO week;
- anchored durations resolve at the grain of their unit ("78 years ago" -> that year);
- discourse anchors ("the following day") count from the last resolved day of the text, named
  at most _DISCOURSE_REACH characters before; "a year ago"/"year-earlier" next to a quarter
  compare with that quarter a year before (results reporting);
- with no tense in the clause, the document's prior (past for reports, future for previews)
  breaks ties: weekdays, dates far from the briefing, months about half a year away;
- an ordinal quarter not yet begun, in no future clause, is last year's.
"""
from __future__ import annotations

import calendar
import datetime as dt
from .records import field, record

import re as _re

import regex

from .model import Briefing, Mention, TimeRef
from . import lazyre
from .rules import lexicon as _lexicon

D = dt.date
_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------- calendar values
@record
class Val:
    value: str
    grain: str
    first: D
    last: D
    ambiguous: bool = False
    alternatives: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    anchor: str = "briefing"
    keep: bool = False  # leaves the context as it was: no anchor for the references after it


def _day(d: D) -> Val:
    return Val(d.isoformat(), "day", d, d)


def _days(a: D, b: D) -> Val:
    if a == b:
        return _day(a)
    return Val(f"{a.isoformat()}/{b.isoformat()}", "day", a, b)


def _week(d: D) -> Val:
    y, w, _ = d.isocalendar()
    mon = d - dt.timedelta(d.weekday())
    return Val(f"{y}-W{w:02d}", "week", mon, mon + dt.timedelta(6))


def _weekend(d: D) -> Val:
    y, w, _ = d.isocalendar()
    mon = d - dt.timedelta(d.weekday())
    return Val(f"{y}-W{w:02d}-WE", "weekend", mon + dt.timedelta(5), mon + dt.timedelta(6))


def _month(y: int, m: int) -> Val:
    return Val(f"{y:04d}-{m:02d}", "month", D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1]))


def _quarter(y: int, q: int) -> Val:
    return Val(f"{y:04d}-Q{q}", "quarter", D(y, 3 * q - 2, 1),
               D(y, 3 * q, calendar.monthrange(y, 3 * q)[1]))


def _half(y: int, h: int) -> Val:
    return Val(f"{y:04d}-H{h}", "half", D(y, 1 if h == 1 else 7, 1), D(y, 6, 30) if h == 1 else D(y, 12, 31))


_SEASONS = ["SP", "SU", "FA", "WI"]  # spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb


def _season(y: int, s: str) -> Val:
    k = _SEASONS.index(s)
    first = D(y, 3 + 3 * k, 1)
    last = _add_months(first, 3) - dt.timedelta(1)
    return Val(f"{y:04d}-{s}", "season", first, last)


def _year(y: int) -> Val:
    return Val(f"{y:04d}", "year", D(y, 1, 1), D(y, 12, 31))


def _decade(d: int) -> Val:
    return Val(f"{d:03d}", "decade", D(d * 10, 1, 1), D(d * 10 + 9, 12, 31))


def _century(c: int) -> Val:
    return Val(f"{c:02d}", "century", D(max(1, c * 100), 1, 1), D(c * 100 + 99, 12, 31))


def _add_months(d: D, n: int) -> D:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return D(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(d: D, unit: str, n: int) -> D:
    if unit == "day":
        return d + dt.timedelta(n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(7 * n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "quarter":
        return _add_months(d, 3 * n)
    if unit == "year":
        return _add_months(d, 12 * n)
    if unit == "decade":
        return _add_months(d, 120 * n)
    if unit == "century":
        return _add_months(d, 1200 * n)
    raise ValueError(unit)


def _at_grain(d: D, unit: str) -> Val:
    if unit == "day":
        return _day(d)
    if unit == "week":
        return _week(d)
    if unit == "weekend":
        return _weekend(d)
    if unit == "month":
        return _month(d.year, d.month)
    if unit == "quarter":
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return _year(d.year)
    if unit == "decade":
        return _decade(d.year // 10)
    if unit == "century":
        return _century(d.year // 100)
    raise ValueError(unit)


def _fmt(d: D) -> str:
    return f"{d.strftime('%a')} {d.isoformat()}"


# ----------------------------------------------------------------------------- context
@record
class Context:
    briefing: D
    last: Val | None = None  # last resolved reference (any grain)
    last_day: Val | None = None  # last resolved day-grain reference
    last_day_end: int = -10**9  # where the last day reference ended
    last_day_weekday: bool = False  # the last day reference was a weekday ("Monday and Tuesday")
    last_day_sent: int = -1  # sentence index of the last day reference
    last_day_kind: str = ""  # the mention kind of the last day reference
    ahead_day: Val | None = None  # the last day reference after the briefing day, and where it ended
    ahead_day_end: int = -10**9
    gap: str = ""  # the text between the last day reference and this mention (when short)
    last_end: int = -10**9  # where the last reference ended
    last_quarter: Val | None = None  # last quarter reference and where it ended
    last_quarter_end: int = -10**9
    pos: int = 0  # start of the mention being resolved
    months: dict = field(default_factory=dict)  # month number -> (year, end) of its last mention
    hints: dict = field(default_factory=dict)  # ("m", month) / ("d", month, day) -> year (_doc_hints)
    sent: int = 0  # sentence index of the mention being resolved
    gov_year: tuple | None = None  # (year, end, sentence) of the last year named as a point
    turn_at: object = None  # doc.turn_at: the speaker's turn at an offset
    doc: object = None  # the document (its view and sentences, for results-reporting comparisons)


_GRAIN_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 4, "season": 3,
               "year": 5, "decade": 6, "century": 7}
_DISCOURSE_REACH = 600  # "the following day" counts from a day named at most this far before
_PROGRAMME_REACH = 2000  # ... or this far, when the day's programme is narrated in between (_discourse)
_QUARTER_REACH = 250  # "a year ago" compares with a quarter named this close before it


# A reported figure in the sentence: results reporting, where "a year earlier" / "last year"
# compares with the period being reported ("Revenue declined 8% to $85.7 million, from $93.3
# million a year earlier"), however far back that quarter was named
_FIGURE = lazyre.compile_re(r"[$€£%]|\b(?:cents?|million|billion|percent)\b", _re.I)
# a period other than a quarter named after it: the comparison is with that one ("For the nine
# months, net was $254 million, up from $163 million a year earlier"; "For the year ended Sept. 30")
_OTHER_SPAN = lazyre.compile_re(
    r"\b(?:(?:six|nine|twelve|12)[ \t\r\n-]+months?|first[ \t\r\n-]+half|(?:full|fiscal)[ \t\r\n-]+year"
    r"|year[ \t\r\n-]+to[ \t\r\n-]+date|the[ \t\r\n]+year\b(?![ \t\r\n-]*+(?:ago|earlier)))", _re.I)
# "compared with a loss of $3 million last year", "down from $21.4 million last year", "for the
# corresponding period last year": "last year" compares with the reported period
_LAST_YEAR_COMPARED = lazyre.compile_re(
    r"(?:\b(?:from|compared[ \t\r\n]+(?:with|to)|against|versus)[ \t\r\n]+"
    r"(?:(?:an?|net)[ \t\r\n]+(?:[a-z]+[ \t\r\n]+)?(?:income|loss|profit|earnings|sales)[ \t\r\n]+of[ \t\r\n]+)?"
    r"[$€£]?[ \t]?\d[^.;:!?]{0,60}"
    r"|\b(?:corresponding|comparable|same|year-earlier)[ \t\r\n]+(?:period|quarter)[ \t\r\n]+)$", _re.I)

# "up from last year's $2.34 billion": last year's figure for the period reported
_FROM_LAST_YEARS = lazyre.compile_re(r"(?:from|than|over)[ \t\r\n]+last[ \t\r\n]+year['’]s[ \t\r\n]+[$€£]?[ \t]?\d", _re.I)


def _sentence_has_figure(ctx: Context) -> bool:
    doc = ctx.doc
    if doc is None:
        return False
    s = doc.sentence_at(ctx.pos)
    return s is not None and _FIGURE.search(doc.view, s.start, s.end) is not None


def _year_ago_quarter(ctx: Context, steps_text: str, reach: int = _QUARTER_REACH) -> Val | None:
    """In results reporting, "a year ago"/"year-earlier" means the same quarter a year before."""
    q = ctx.last_quarter
    if q is None:
        return None
    if ctx.pos - ctx.last_quarter_end > reach and not _sentence_has_figure(ctx):
        return None
    if reach < 10**9 and ctx.doc is not None and _OTHER_SPAN.search(ctx.doc.view, ctx.last_quarter_end, ctx.pos):
        return None
    d = _shift(q.first, "year", -1)
    v = _quarter(d.year, (d.month - 1) // 3 + 1)
    v.anchor = "discourse"
    v.steps = [f"{steps_text!r} -> compares with the quarter {q.value} named just before -> {v.value}"]
    return v


def _tense_word(t: str | None, cue: str | None = None) -> str:
    if t and cue:
        return f"clause in {t} tense ({cue!r})"
    return {"future": "future clause", "past": "past clause"}.get(t or "", "no clear tense")


# ----------------------------------------------------------------------------- per kind
def _relday(f, mt, ctx: Context) -> Val:
    d = ctx.briefing + dt.timedelta(f["offset"])
    v = _day(d)
    v.steps = [f"{mt.text.strip()!r} -> briefing {_fmt(ctx.briefing)} {f['offset']:+d} day(s) -> {d}"]
    return v


_PERFECT = lazyre.compile(r"(?i:has|have|hasn|haven|['’]ve)\b")
# a target date ("was extended to Nov. 16", "until 5 p.m. Nov. 9", "met as of June 17th") may lie
# ahead in a past clause: only a day named as the time of the act ("happen on January 6th") moves
_POINT_PREP = lazyre.compile(r"(?i:on|in)\s")
_RANGE_GAP = lazyre.compile(r"\s*+(?:[-–—]|(?:through|thru|to|until|till)\b)\s*+", regex.I)
_LIST_GAP = lazyre.compile(r"\s*+(?:,\s*+)?(?:(?:and|or|&)\s*+)?", regex.I)


def _weekday(f, mt, ctx: Context) -> Val:
    b = ctx.briefing
    wd = f["weekday"]
    mod = f.get("modifier")
    ahead = (wd - b.weekday()) % 7  # 0..6
    fwd = b + dt.timedelta(ahead or 7)
    back = b - dt.timedelta((b.weekday() - wd) % 7 or 7)
    tense = mt.tense
    if f.get("tense_weak") and _PERFECT.match(f.get("tense_cue") or ""):
        tense = None  # "The Friday session is -- as we have done --": a perfect dates no weekday
    prior = False
    if f.get("later"):
        tense = "future"
    elif f.get("earlier") and tense is None:
        tense = "past"
    elif tense is None and f.get("act_noun"):
        tense = "past"  # "his remarks on Friday" in a clause without tense: the act done (rules/weekdays.py)
    elif tense is None and f.get("prior") and not (f["prior"] == "past" and 1 <= ahead <= 2):
        # (a weekday a day or two ahead in a clause without tense is that coming day, not the
        # one almost a week back, whatever the document's past prior: "On the meeting on
        # Wednesday, Republicans say ..." asked on a Tuesday)
        tense, prior = f["prior"], True

    name = _WD[wd]
    if f.get("occasion"):
        # "thanks for joining us on a Friday": the briefing's own day, or the day next to it
        # when the dateline is a day off (rules/weekdays.py); any other day is no such occasion
        d = b if ahead == 0 else back if (b - back).days == 1 else fwd if ahead == 1 else None
        if d is None:
            return None
        v = _day(d)
        v.steps = [f"'a {name}' naming the present occasion -> {'the briefing day' if d == b else 'the day next to the briefing'} -> {d}"]
        return v
    a = ctx.last_day
    if (a is not None and not mod and a.first == a.last and a.first.weekday() == wd
            and 1 <= ctx.pos - ctx.last_day_end <= 2):  # ", " only: "from Sept. 14 to Thursday" is a range
        # apposition: "tomorrow, Friday," / "on December 4, Monday" name the same day
        v = _day(a.first)
        v.steps = [f"{name} right after {a.value}, which is a {name} -> the same day"]
        return v
    gap = ctx.gap if ctx.last_day_weekday and 0 < ctx.pos - ctx.last_day_end <= 10 else None
    joined = gap is not None and (_RANGE_GAP.fullmatch(gap) or (
        _LIST_GAP.fullmatch(gap) and mt.tense != "past"))  # past lists need not run forwards
    if (a is not None and not mod and joined and a.first == a.last
            and f.get("week_offset") is None):
        # a list or range of weekdays runs on from the one before: "next Monday and Tuesday",
        # "Monday through Wednesday"
        d = a.first + dt.timedelta((wd - a.first.weekday()) % 7 or 7)
        v = _day(d)
        v.steps = [f"{name} listed right after {a.value} -> the {name} after it -> {d}"]
        return v
    if f.get("week_offset") is not None:
        mon = b - dt.timedelta(b.weekday()) + dt.timedelta(7 * f["week_offset"])
        d = mon + dt.timedelta(wd)
        v = _day(d)
        v.steps = [f"{name} of the week {f['week_offset']:+d} from the briefing's -> {d}"]
        return v
    if mod == "after-next":
        d = fwd + dt.timedelta(7)
        v = _day(d)
        v.steps = [f"'{name} after next' -> the {name} after the coming one -> {d}"]
        return v
    if mod == "next":
        d = fwd
        v = _day(d)
        v.ambiguous = True
        v.alternatives = [(d + dt.timedelta(7)).isoformat()]
        why = f"'next {name}' -> the coming {name} (convention; a week later is the alternative)"
    elif mod == "last":
        d = back
        v = _day(d)
        why = f"'last {name}' -> most recent past {name}"
    elif (ahead == 0 and tense == "future" and not mod and mt.text[:3].lower() == "on "
          and a is not None and b < a.first < fwd
          and ctx.last_day_weekday and ctx.last_day_sent < ctx.sent
          and 0 < ctx.pos - ctx.last_day_end <= _DISCOURSE_REACH):
        # the briefing's own weekday in a future clause right after a day of the coming week
        # named in a sentence of its own ("the schedule next week: On Sunday ... On Wednesday,
        # he will ... And on Friday, he will") continues that run into the week ahead (only
        # "on <weekday>", the form of a schedule item: not "Q  Tuesday." correcting a greeting)
        d = fwd
        v = _day(d)
        v.ambiguous, v.alternatives = True, [b.isoformat()]
        why = f"{name}, the briefing's own weekday, named after {a.value} of the coming week -> next {name}"
    elif ahead == 0:
        d = b
        v = _day(d)
        v.ambiguous = True
        v.alternatives = [back.isoformat(), fwd.isoformat()]
        why = f"{name} is the briefing's own weekday -> that day"
    elif tense == "past":
        d = back
        v = _day(d)
        why = f"{name} -> {_tense_word(tense, None if prior else f.get('tense_cue'))}{' of the document' if prior else ''} -> previous {name}"
        if prior:
            v.ambiguous, v.alternatives = True, [fwd.isoformat()]
    else:
        d = fwd
        v = _day(d)
        if tense is None or prior:
            v.ambiguous = True
            v.alternatives = [back.isoformat()]
        why = f"{name} -> {_tense_word(tense, None if prior else f.get('tense_cue'))}{' of the document' if prior else ''} -> next {name}"
    v.steps = [f"{why} after {_fmt(b)} -> {d}" if d > b else f"{why} before {_fmt(b)} -> {d}"
               if d < b else f"{why} ({_fmt(b)}) -> {d}"]
    return v


def _pick_year(md: tuple[int, int], ctx: Context, tense: str | None, weekday: int | None,
               near_days: int = 31, strong_past: bool = False) -> tuple[D, str]:
    """The year of a day+month: a weekday given picks the year it fits; a date close to the
    briefing (within `near_days`: a month when the clause has a tense, four months when only the
    document's prior speaks) is the nearest; otherwise the tense decides."""
    b = ctx.briefing
    day, month = md
    cands = []
    for y in (b.year - 1, b.year, b.year + 1):
        try:
            cands.append(D(y, month, day))
        except ValueError:
            continue
    if not cands:
        raise ValueError("no such day")
    if weekday is not None:
        fit = [c for c in cands if c.weekday() == weekday]
        if fit:
            c = min(fit, key=lambda c: abs((c - b).days))
            return c, f"weekday {_WD[weekday]} fits {c.year}"
    near = min(cands, key=lambda c: abs((c - b).days))
    if strong_past and (near - b).days > 14:
        # a clear past clause dates no day weeks ahead: "the people who made this thing happen on
        # January 6th" said on December 15th. Within a fortnight a past clause often reports a
        # plan or deadline ("extended its offer until Nov. 9" said Nov. 2), so the nearest stays
        past = [c for c in cands if c <= b]
        if past:
            return max(past), "past clause -> on/before briefing"
    if abs((near - b).days) <= near_days:
        return near, "close to the briefing -> nearest occurrence"
    if tense == "future":
        fut = [c for c in cands if c >= b]
        if fut:
            return min(fut), "future clause -> on/after briefing"
    if tense == "past":
        past = [c for c in cands if c <= b]
        if past:
            return max(past), "past clause -> on/before briefing"
    c = min(cands, key=lambda c: abs((c - b).days))
    return c, "nearest occurrence to the briefing"


def _next_within(md: tuple[int, int], b: D, days: int) -> bool:
    """The next occurrence of day+month on/after `b` is at most `days` away."""
    for y in (b.year, b.year + 1):
        try:
            c = D(y, md[1], md[0])
        except ValueError:
            continue
        if c >= b:
            return (c - b).days <= days
    return False


def _date(f, mt, ctx: Context) -> Val:
    items = f["items"]
    y = f.get("year")
    if y is None and f.get("year_offset") is not None:
        y = ctx.briefing.year + f["year_offset"]  # "June 14 of this year"
    if f.get("day_only") and f.get("week_of"):
        # "the week of the 10th": the ISO week holding that day of the month
        v0 = _date({k: x for k, x in f.items() if k != "week_of"}, mt, ctx)
        v = _week(v0.first)
        v.anchor = v0.anchor
        v.steps = v0.steps + [f"-> the ISO week holding {v0.first} -> {v.value}"]
        return v
    if f.get("day_only"):
        # a day of the month alone: after days named just before, the next such day from them
        # ("starting on the 9th ..., on the 12th"); otherwise the nearest such day (last, this or
        # next month), the tense only deciding between two about as near
        b = ctx.briefing
        tense = mt.tense or f.get("prior")
        lm = ctx.last
        if lm is not None and lm.grain == "month" and ctx.pos - ctx.last_end <= 120:
            # "in December of 2020 -- on the 11th": a day of the month just named
            first = D(lm.first.year, lm.first.month, items[0][0])
            v = _days(first, D(first.year, first.month, items[-1][0]))
            v.anchor = "discourse"
            v.steps = [f"{mt.text.strip()!r} -> day {items[0][0]} of {lm.value} named just before -> {v.value}"]
            return v
        a = ctx.last_day
        if a is not None and ctx.pos - ctx.last_day_end <= _DISCOURSE_REACH and not f.get("copula"):
            # ("It's the 15th" says what day it is: no continuation of days named before)
            base = a.last.replace(day=1)
            for k in (0, 1):
                mb = _add_months(base, k)
                try:
                    c = D(mb.year, mb.month, items[0][0])
                except ValueError:
                    continue
                try:
                    last = D(mb.year, mb.month, items[-1][0])
                except ValueError:
                    continue
                if c == a.first and last == a.last:
                    # the same day again ("on the 15th, the Strategic Consultative Group ... a
                    # detailed discussion between our teams on the 15th")
                    v = _days(c, last)
                    v.anchor = "discourse"
                    v.steps = [f"{mt.text.strip()!r} -> restates {a.value} named just before -> {v.value}"]
                    return v
                if c < a.first and last == a.last:
                    # the days restate those just named, ending on the same day ("on Thursday
                    # or Friday -- full days of discussions the 12th and 13th")
                    v = _days(c, last)
                    v.anchor = "discourse"
                    v.steps = [f"{mt.text.strip()!r} -> ends on {a.value} named just before -> {v.value}"]
                    return v
                if c > a.last:
                    v = _days(c, last)
                    v.anchor = "discourse"
                    v.steps = [f"{mt.text.strip()!r} -> the next day {items[0][0]} after {a.value} named just before -> {v.value}"]
                    return v
        cands = []
        for k in (-1, 0, 1):
            base = _add_months(b.replace(day=1), k)
            try:
                cands.append(D(base.year, base.month, items[0][0]))
            except ValueError:
                continue
        cands.sort(key=lambda c: abs((c - b).days))
        d = cands[0]
        clause = None if f.get("tense_weak") else mt.tense
        if clause in ("past", "future"):
            # a clear clause tense picks the direction: "if it's ready before the 30th, we'll
            # put it out" (said on the 7th) is this month's 30th
            pick = [c for c in cands if (c <= b if clause == "past" else c >= b)]
            d = pick[0] if pick else d
        elif len(cands) > 1 and abs(abs((cands[1] - b).days) - abs((d - b).days)) <= 5:
            pick = [c for c in cands[:2] if (c <= b if tense == "past" else c >= b)]
            d = pick[0] if pick else d
        v = _days(d, D(d.year, d.month, items[-1][0]))
        v.steps = [f"{mt.text.strip()!r} -> nearest day {items[0][0]} of a month -> {v.value}"]
        return v
    if f.get("month_search"):
        # weekday + day of month: the nearest month (by tense) where that day is that weekday
        b = ctx.briefing
        tense = mt.tense or f.get("prior")
        cands = []
        for k in range(-14, 15):
            base = _add_months(b.replace(day=1), k)
            try:
                c = D(base.year, base.month, items[0][0])
            except ValueError:
                continue
            if c.weekday() == f["weekday"]:
                cands.append(c)
        if not cands:
            raise ValueError("no month fits")
        pool = [c for c in cands if (c >= b if tense != "past" else c <= b)] or cands
        d = min(pool, key=lambda c: abs((c - b).days))
        v = _day(d)
        v.steps = [f"{mt.text.strip()!r} -> {_tense_word(tense)} -> nearest month where day {items[0][0]} is a {_WD[f['weekday']]} -> {d}"]
        return v
    if f.get("month_offset") is not None:
        base = _add_months(ctx.briefing.replace(day=1), f["month_offset"])
        d = D(base.year, base.month, items[0][0])
        v = _day(d)
        v.steps = [f"{mt.text.strip()!r} -> day {items[0][0]} of the month {f['month_offset']:+d} -> {d}"]
        return v
    tense, weak = mt.tense, f.get("tense_weak")
    if y is None and len(items) == 1 and f.get("years_ago") and f.get("weekday") is None:
        # "on November 15th, almost two years ago": the occurrence that far back from the briefing
        d0, m0 = items[0]
        n, cmp_ = f["years_ago"], f.get("years_ago_cmp", "~")
        b0, cands = ctx.briefing, []
        for k in range(n - 1, n + 2):
            try:
                c = D(b0.year - k, m0, d0)
            except ValueError:  # February 29th
                continue
            if c < b0:
                cands.append(c)
        ok = [c for c in cands if (cmp_ != "<" or (b0 - c).days <= 366 * n) and (cmp_ != ">" or (b0 - c).days >= 365 * n)]
        if ok:
            first = min(ok) if cmp_ == "<" else max(ok) if cmp_ == ">" else \
                min(ok, key=lambda c: abs((b0 - c).days - 365.25 * n))
            v = _day(first)
            v.steps = [f"{mt.text.strip()!r} -> its distance back given after it ({'under ' if cmp_ == '<' else 'over ' if cmp_ == '>' else ''}{n} year(s) ago) -> {first}"]
            return v
    if f.get("names_act") and f.get("names_past") is True and tense == "future" and not weak:
        # "going to be on Friday at the January 6th event": an act named by its date, still to come
        f = {k: v for k, v in f.items() if k != "names_past"}
    perfect = bool(tense and not weak and _PERFECT.match(f.get("tense_cue") or "") and not f.get("modal_perfect")
                   and len(items) > 1)  # a single date in a perfect clause is mostly a past one ("since ... on February 24th")
    if perfect:
        # a present perfect takes no definite past time ("the events ... from February 21st to
        # March 4th have been upgraded"): the date is not what it dates -- the nearest occurrence
        # (within four months), else the past one
        weak = True
    b = ctx.briefing
    hint = None
    if (y is None and len(items) == 1 and f.get("weekday") is None and not f.get("names_past")
            and (items[0][1], items[0][0]) == (b.month, b.day) and not f.get("today_cue")
            and (f.get("event_year") is not None and not (tense == "future" and not weak)
                 or tense == "past" and not weak and not _PERFECT.match(f.get("tense_cue") or "")
                 and _POINT_PREP.match(mt.text) is not None)):
        # the briefing's own date said without "today"/"it's" names the day a year before (or
        # the event) when it is the name of an event ("quickly on January 6th" said on January
        # 6th) in no future clause, or in a clear past clause ("One year ago, on October 7th")
        ey = f.get("event_year")
        first = D(ey if ey is not None and ey < b.year else b.year - 1, items[0][1], items[0][0])
        v = _day(first)
        v.steps = [f"{mt.text.strip()!r} -> the briefing's own date, said with no 'today' and in no "
                   f"future clause -> " + (f"the event it names -> {v.value}" if ey is not None and ey < b.year
                                           else f"its last past occurrence -> {v.value}")]
        return v
    if y is None and len(items) == 1 and f.get("weekday") is None and not any(
            f.get(k) is not None and f.get(k) is not False for k in _PLAIN):
        # the same day and month written with its year elsewhere in the document ("after June
        # 14th, 2021" ... "until June 14th"): that year, whatever the clause says
        d0, m0 = items[0]
        sy = ctx.hints.get(("D", m0, d0))
        if sy is not None and (mt.tense != "future" or f.get("tense_weak") or D(sy, m0, d0) >= ctx.briefing) \
                and (abs(sy - b.year) <= 1 or not _next_within((d0, m0), b - dt.timedelta(days=31), 62)):
            # (a clear future clause takes no date gone by: "On June 14th, 2020 ... will meet on
            # June 14th"; a year far from the briefing's only for a date not within a month of it:
            # "January 6th" said on January 3rd, 2025 is that week's, whatever "January 6th, 2021")
            first = D(sy, m0, d0)
            v = _days(first, first)
            v.steps = [f"{mt.text.strip()!r} -> the same date is written with its year elsewhere in the document -> {v.value}"]
            return v
    if y is None and (not tense or weak) and f.get("weekday") is None:
        d0, m0 = items[0]
        hint = ctx.hints.get(("d", m0, d0)) or ctx.hints.get(("m", m0))
    if y is not None:
        first = D(y, items[0][1], items[0][0])
        why = "year given"
    elif f.get("names_past"):
        d0, m0 = items[0]
        first = D(ctx.briefing.year, m0, d0)
        if first > ctx.briefing or (first == ctx.briefing and f["names_past"] == "event"):
            first = D(ctx.briefing.year - 1, m0, d0)
        if f["names_past"] == "event" and f.get("event_year") is not None and f["event_year"] < first.year:
            first = D(f["event_year"], m0, d0)  # "the January 6th committee": the event of 2021
        why = ("names a past event ('the January 6th insurrection', 'since January 6th') -> before the briefing"
               if f["names_past"] == "event" else
               "names a past event or document ('the January 27th Executive Order') -> on/before the briefing")
    elif f.get("deadline") and f.get("weekday") is None and (
            tense != "past" or weak or _next_within(items[0], ctx.briefing, 183)):
        # a deadline looks ahead, whatever tense reports it: the next occurrence on or after the
        # briefing -- unless one passed within the fortnight ("missed the May 1st deadline"). A
        # past clause reports a future deadline only when it is months away at most ("agreed to
        # withdraw by May 1st" said in August is the May gone by)
        first, why = _pick_year(items[0], ctx, "future", None, near_days=14)
        why = "a deadline -> " + why
    elif hint is not None:
        first = D(hint, items[0][1], items[0][0])
        why = f"no clause tense; the same date/month named with a tense elsewhere is {hint}'s"
    else:
        first, why = _pick_year(items[0], ctx, "past" if perfect else tense or f.get("prior"),
                                f.get("weekday") if len(items) == 1 else None,
                                near_days=120 if perfect or not tense else 31,
                                strong_past=tense == "past" and not weak and _POINT_PREP.match(mt.text) is not None
                                and not f.get("target_before"))
    y0 = first.year
    days = [first]
    for d, m in items[1:]:
        nd = D(y0, m, d)
        if nd < days[-1]:
            nd = D(y0 + 1, m, d)
        days.append(nd)
    if y is not None and len(items) > 1 and days[-1].year > y:
        # "30 December 2017 - 2 January 2018" would carry the year on the last item; rare
        pass
    v = _days(days[0], days[-1])
    if f.get("week_of"):
        v = _week(days[0])
        v.steps = [f"{mt.text.strip()!r} -> the ISO week holding {days[0]} -> {v.value}"]
        return v
    if f.get("alt_items"):
        d, m = f["alt_items"][0]
        v.ambiguous = True
        v.alternatives = [D(first.year, m, d).isoformat()]
        why += "; month-first reading (day-first is the alternative)"
    v.steps = [f"{mt.text.strip()!r} -> {why} -> {v.value}"]
    return v


def _nth_weekday_kind(f, mt, ctx: Context) -> Val:
    b = ctx.briefing
    if f.get("month_offset") is not None:
        base = _add_months(b.replace(day=1), f["month_offset"])
        y, m = base.year, base.month
    else:
        mv = _month_kind({"month": f["month"], "year": f.get("year")}, mt, ctx)
        y, m = mv.first.year, mv.first.month
    d = _nth_weekday(y, m, f["weekday"], f["nth"])
    if d.month != m:
        raise ValueError("no such weekday in that month")
    v = _day(d)
    v.steps = [f"{mt.text.strip()!r} -> weekday {f['nth']} of {y:04d}-{m:02d} -> {d}"]
    return v


def _bare_month_year(m: int, b: D, t: str | None, tie_back: bool = False) -> int:
    """The year of month `m` named without a year: this month, else the nearest such month, or,
    when both are about half a year away, the one `t` ("past"/"future") points to. An exact
    tie with no `t` goes ahead (back with `tie_back`)."""
    back, fwd = (b.month - m) % 12, (m - b.month) % 12
    if back and abs(back - fwd) <= 4 and t:
        ahead = t != "past"
    else:
        ahead = not (back < fwd or (tie_back and back == fwd))
    return b.year + (1 if m < b.month else 0) if ahead else b.year - (1 if m > b.month else 0)


def _month_kind(f, mt, ctx: Context) -> Val:
    b = ctx.briefing
    m = f["month"]
    if f.get("month_span"):
        # "from January through July": the end month placed as a month alone would be, the
        # span running up to it
        m2 = f["range_to"]
        end = _month_kind({**f, "month": m2, "month_span": False, "range_to": None}, mt, ctx)
        first = D(end.first.year - (1 if m > m2 else 0), m, 1)
        v = _days(first, end.last)  # (a day range: a span of months has no single month value)
        v.steps = [f"{mt.text.strip()!r} -> months {m} to {m2}, placed by the end month: {end.steps[0]} -> {v.value}"]
        return v
    mod = f.get("modifier")
    tense = None if f.get("tense_weak") else mt.tense  # a stray -ed word is no reason to jump a year
    if f.get("year") is not None:
        y, why = f["year"], "year given"
    elif f.get("yy") is not None:
        y = b.year // 100 * 100 + f["yy"]
        y, why = (y - 100 if y > b.year + 10 else y), "two-digit year given"
    elif f.get("year_offset") is not None:
        y, why = b.year + f["year_offset"], f"year {f['year_offset']:+d} from the briefing year"
    elif mod == "next":
        y, why = (b.year if m > b.month else b.year + 1), "'next' -> first such month after the briefing month"
    elif mod == "last":
        # the month just before the briefing's is "last month"; "last October" said in November
        # means a year before (TimeML: "last February" on 1998-03-01 is 1997-02)
        y, why = (b.year if m < b.month - 1 else b.year - 1), "'last' -> such month before last month"
    elif mod == "this":
        y, why = b.year, "'this' -> the briefing year"
    elif f.get("names_past") and mt.tense != "future":
        y, why = (b.year if m <= b.month else b.year - 1), "names a concluded act ('the November ceasefire deal') -> this month or earlier"
    elif f.get("act_noun") and mt.tense is None and not ((m - b.month) % 12 <= 1 and m != b.month):
        # "during his virtual meeting in March": someone's act named by its noun, in a clause
        # without tense, is done (rules/months.py) -- unless the month is the next one
        y, why = (b.year if m <= b.month else b.year - 1), "someone's act named by its noun, no clause tense -> this month or earlier"
    elif (k := _month_anchor(m, mt.tense, ctx)) is not None:
        y, why = k
    elif tense is None and ("m", m) in ctx.hints:
        y = ctx.hints[("m", m)]
        why = f"no clause tense; the same month named with a tense elsewhere is {y}'s"
    elif tense == "future":
        y, why = (b.year if m >= b.month else b.year + 1), f"{_tense_word('future', f.get('tense_cue'))} -> this month or later"
    elif tense == "past":
        y, why = (b.year if m <= b.month else b.year - 1), f"{_tense_word('past', f.get('tense_cue'))} -> this month or earlier"
    elif f.get("range_to") is not None and f["range_to"] != m and (m - b.month) % 12:
        # the first month of a range ("in late June to mid-August") without a tense: the range is
        # read as a whole, so the year of its end month (nearest, as for a bare month) places it
        m2 = f["range_to"]
        y2 = _bare_month_year(m2, b, f.get("prior"), tie_back=True)
        y = y2 - (1 if m > m2 else 0)
        why = f"no clause tense; first month of a range ending in {_month(y2, m2).value} -> placed with it"
    else:
        back = (b.month - m) % 12  # months back to the last such month (0: this month)
        fwd = (m - b.month) % 12
        t = mt.tense or f.get("prior")
        y = _bare_month_year(m, b, t)
        if back == 0:
            why = "no tense -> this month"
        elif abs(back - fwd) <= 4 and t:
            # both about half a year away: a weak clause cue, else the document's tense, decides
            why = (f"about as far either way -> {_tense_word(t, f.get('tense_cue'))}" if mt.tense
                   else f"no clause tense; about as far either way -> the document's {t} prior")
        else:
            why = "no tense -> nearest such month"
    v = _month(y, m)
    v.steps = [f"{mt.text.strip()!r} -> {why} -> {v.value}"]
    return v


_YEAR_GOVERNS = 60  # "last year, at the end of October": a year named this close before


def _month_anchor(m: int, tense: str | None, ctx: Context) -> tuple[int, str] | None:
    """The year of a bare month from the discourse: a year named just before ("in 2021, in May
    ..."; "last year, at the end of October"), or the year of the same month named shortly
    before ("at the end of October ... took place at the end of October"). Not when the clause
    tense points the other way."""
    b = ctx.briefing
    got = None
    g = ctx.gov_year
    if g is not None and g[2] == ctx.sent and ctx.pos - g[1] <= _YEAR_GOVERNS:
        got = g[0], f"the year {g[0]} named just before in the sentence governs"
    elif m in ctx.months and ctx.pos - ctx.months[m][1] <= _DISCOURSE_REACH:
        got = ctx.months[m][0], f"the same month named just before ({ctx.months[m][0]})"
    if got is None:
        return None
    first = D(got[0], m, 1)
    last = D(got[0], m, calendar.monthrange(got[0], m)[1])
    if (tense == "future" and last < b) or (tense == "past" and first > b):
        return None
    return got


def _last_year_compared(ctx: Context) -> bool:
    """"last year" compares a reported figure with the year before: "compared with a loss of $3
    million last year", "for the corresponding period last year"."""
    if ctx.last_quarter is None or ctx.doc is None:
        return False
    view = ctx.doc.view
    return (_LAST_YEAR_COMPARED.search(view, max(0, ctx.pos - 80), ctx.pos) is not None
            or _FROM_LAST_YEARS.match(view, ctx.pos, ctx.pos + 40) is not None) \
        and _sentence_has_figure(ctx)


def _period(f, mt, ctx: Context) -> Val:
    b = ctx.briefing
    unit, off = f["unit"], f["offset"]
    if unit == "year" and off == -1 and not f.get("rolling") and (
            ctx.pos - ctx.last_quarter_end < 120 or _last_year_compared(ctx)):
        v = _year_ago_quarter(ctx, mt.text.strip(), 10**6)
        if v is not None:
            return v
    if (f.get("nearest") or (f.get("rel") in ("this", "current") and off == 0)) and unit == "weekend":
        # "the weekend", "this weekend": this ISO week's, or the previous one in a past clause on
        # a weekday ("after what happened over this weekend", said on a Wednesday)
        if mt.tense == "past" and b.weekday() < 5:
            off = -1
    why = f"{unit} of the briefing {off:+d}"
    if unit == "weekend" and f.get("rel") in ("coming", "the coming", "this coming"):
        # "this coming weekend": the first weekend not yet begun -- the current ISO week's on a
        # weekday, the next one on a Saturday or Sunday
        off = 0 if b.weekday() < 5 else 1
        why = f"'{f['rel']} weekend' said on a {_WD[b.weekday()]} -> the first weekend not yet begun"
    if f.get("past_week") and b.weekday() == 0:
        off, why = -1, "'this past week' said on a Monday -> the week just ended"
    elif f.get("past_week"):
        why = "'this past week' -> the week now ending (the briefing's ISO week)"
    elif unit == "week" and off == 0 and f.get("rel") in ("this", "current", "the current") \
            and b.weekday() == 6 and mt.tense != "past":
        # Sunday ends the ISO week: "this week" about what is still to come is the coming one
        off, why = 1, "'this week' said on a Sunday, not about the past -> the coming ISO week"
    if f.get("new_year"):
        # "in the new year": the year about to start when said in its second half, else the one
        # just begun ("after the new year" said on January 4th)
        v = _year(b.year + (1 if b.month >= 7 else 0))
        v.steps = [f"{mt.text.strip()!r} -> said in {'the second' if b.month >= 7 else 'the first'} half of {b.year} -> {v.value}"]
        return v
    if f.get("ahead"):
        # "the week ahead": the days just after the briefing; from Thursday on that is next week
        d = b + dt.timedelta(4) if unit == "week" else b + dt.timedelta(15)
        v = _at_grain(d, unit)
        v.steps = [f"{mt.text.strip()!r} -> the {unit} after the briefing day -> {v.value}"]
        return v
    d = _shift(b, unit, off)
    v = _at_grain(d, unit)
    if f.get("rolling"):
        v.ambiguous = True
        v.alternatives = [f"{_shift(b, unit, -1 if off < 0 else 0).isoformat()}/{_shift(b, unit, 0 if off < 0 else 1).isoformat()}"]
    v.steps = [f"{mt.text.strip()!r} -> {why} -> {v.value}"]
    return v


def _same_quarter(f, mt, ctx: Context) -> Val | None:
    """"the 1988 quarter", "last year's quarter": the quarter last reported, in that year (the
    year alone when no quarter was named before, or another period since: "In the first nine
    months ... in the 1988 period")."""
    y = f["year"] if f.get("year") is not None else None
    q = ctx.last_quarter
    if q is not None and ctx.doc is not None and _OTHER_SPAN.search(ctx.doc.view, ctx.last_quarter_end, ctx.pos):
        q = None
    if f.get("latest"):
        if q is None:
            return None  # "the latest period" with no quarter reported before: no calendar period
        v = _quarter(q.first.year, (q.first.month - 1) // 3 + 1)
        v.anchor = "discourse"
        v.steps = [f"{mt.text.strip()!r} -> the quarter {q.value} reported before"]
        return v
    if q is None:
        v = _year(y if y is not None else ctx.briefing.year - 1)
        v.steps = [f"{mt.text.strip()!r} -> no quarter reported before -> the year {v.value}"]
        return v
    qn = (q.first.month - 1) // 3 + 1
    v = _quarter(y if y is not None else q.first.year - 1, qn)
    v.anchor = "discourse"
    v.steps = [f"{mt.text.strip()!r} -> the quarter {q.value} reported before, in that year -> {v.value}"]
    return v


def _quarter_kind(f, mt, ctx: Context) -> Val | None:
    if f.get("same_quarter"):
        return _same_quarter(f, mt, ctx)
    b = ctx.briefing
    q = f["quarter"]
    cur = (b.month - 1) // 3 + 1
    if f.get("year") is not None:
        y, why = f["year"], "year given"
    elif f.get("year_offset") is not None:
        y, why = b.year + f["year_offset"], "year relative to the briefing"
    elif q > cur and mt.tense != "future":
        y, why = b.year - 1, "quarter not begun and no future clause -> previous year's"
    else:
        y, why = b.year, "the briefing year"
    if f.get("year_ago"):
        y, why = y - 1, why + ", a year before (year-ago)"
    v = _quarter(y, q)
    if f.get("year_ago"):
        v.anchor = "discourse"  # a comparison: it does not become the quarter reported
    v.steps = [f"{mt.text.strip()!r} -> {why} -> {v.value}"]
    return v


def _half_kind(f, mt, ctx: Context) -> Val:
    b = ctx.briefing
    y = f["year"] if f.get("year") is not None else b.year + (f.get("year_offset") or 0)
    v = _half(y, f["half"])
    v.steps = [f"{mt.text.strip()!r} -> {v.value}"]
    return v


def _season_kind(f, mt, ctx: Context) -> Val:
    b = ctx.briefing
    s = f["season"]
    k = _SEASONS.index(s)
    if f.get("year") is not None:
        v = _season(f["year"], s)
        v.steps = [f"{mt.text.strip()!r} -> year given -> {v.value}"]
        return v
    tense = None if f.get("tense_weak") else mt.tense  # a stray -ed word does not move a season
    # index seasons on one line: winter Y runs Dec Y..Feb Y+1
    m = b.month
    cur = (b.year * 4 + (m - 3) // 3) if m >= 3 else ((b.year - 1) * 4 + 3)
    off = f.get("offset")
    same = [i for i in range(cur - 4, cur + 5) if i % 4 == k]
    after = [i for i in same if i > cur]
    before = [i for i in same if i < cur]
    if off == 1:
        idx, why = after[0], "next such season"
    elif off == -1:
        idx, why = before[-1], "most recent past such season"
        if idx == cur - 1:
            # said just after that season ended ("the Jeddah Summit in July of 2022 ... that
            # address he made last summer", in September): the one just over or the one a year
            # before; a month of it named just before, with its year, says which
            for mo in ((12, 1, 2) if s == "WI" else tuple(range(3 * k + 3, 3 * k + 6))):
                got = ctx.months.get(mo)
                if got is not None and ctx.pos - got[1] <= _DISCOURSE_REACH and \
                        (got[0] - (1 if mo <= 2 else 0)) * 4 + k == idx - 4:
                    idx, why = idx - 4, f"the season of month {mo} of {got[0]} named just before"
                    break
    elif off == 0:
        # "this summer": that season of the briefing's year (the winter under way, or the one
        # that starts this December), whatever the tense
        y = b.year - 1 if (s == "WI" and m <= 2) else b.year
        idx, why = y * 4 + k, "'this' -> the briefing year's"
    elif tense == "past":
        idx, why = max(i for i in same if i <= cur), "past clause"
    elif tense == "future":
        idx, why = min(i for i in same if i >= cur), "this or the coming one"
    else:
        idx = min(same, key=lambda i: abs(i - cur))
        why = "nearest"
    v = _season(idx // 4, _SEASONS[idx % 4])
    v.steps = [f"{mt.text.strip()!r} -> {why} -> {v.value}"]
    return v


def _year_kind(f, mt, ctx: Context) -> Val:
    if f.get("yy") is not None:
        # "the ’41 document": the latest such year at most ten years after the briefing
        y = ctx.briefing.year // 100 * 100 + f["yy"]
        y = y - 100 if y > ctx.briefing.year + 10 else y
        v = _year(y)
        v.steps = [f"{mt.text.strip()!r} -> two-digit year, latest not past {ctx.briefing.year + 10} -> {y}"]
        return v
    v = _year(f["year"])
    v.anchor = "absolute"
    v.steps = [f"{mt.text.strip()!r} -> year {v.value}"]
    return v


def _decade_kind(f, mt, ctx: Context) -> Val:
    if f.get("decade_offset") is not None:
        v = _decade(ctx.briefing.year // 10 + f["decade_offset"])
        v.steps = [f"{mt.text.strip()!r} -> decade of the briefing {f['decade_offset']:+d} -> {v.value}"]
        return v
    v = _decade(f["decade"])
    v.anchor = "absolute"
    if f.get("ambiguous_century"):
        v.ambiguous = True
    v.steps = [f"{mt.text.strip()!r} -> decade {v.first.year}-{v.last.year}"]
    return v


def _century_kind(f, mt, ctx: Context) -> Val:
    if f.get("century_offset") is not None:
        v = _century(ctx.briefing.year // 100 + f["century_offset"])
        v.steps = [f"{mt.text.strip()!r} -> century of the briefing {f['century_offset']:+d} -> {v.value}"]
        return v
    v = _century(f["century"])
    v.anchor = "absolute"
    v.steps = [f"{mt.text.strip()!r} -> century {v.first.year}-{v.last.year}"]
    return v


# Capability targets and timelines counted from an event, not from the briefing: a duration
# bounded from above ("the therapeutics in 180 days or less", "resolve within a day or two of
# vaccination"); a sentence listing several targets ("developing novel vaccines within 100 days,
# manufacturing enough vaccine ... within 130 days, and ... within 200 days"; "released within
# 60 days ... The third category within 120 days"); or one whose sibling names its start
# ("launching diagnostics within 12 hours of an outbreak, ... tests within a week").
# A single deadline of an act ordered today stays a date ("a report and recommendations in 200 days").
_DUR_BOUND_AFTER = lazyre.compile_re(
    r"[ \t\u00a0\r\n]*+(?:or[ \t\u00a0\r\n]++(?:less|fewer|sooner|under)\b"
    r"|or[ \t\u00a0\r\n]++\w++[ \t\u00a0\r\n]++(?:of|after|following)\b)", _re.I)
_DUR_UNIT = r"(?:hours?|days?|weeks?|months?)\b"
_DUR_TIME_AFTER = lazyre.compile_re(r"(?:['’]?s)?[ \t\u00a0\r\n]++time\b|[ \t\u00a0\r\n]++from[ \t\u00a0]++(?:now|today)\b", _re.I)
_DUR_SIBLING_OF = lazyre.compile_re(
    rf"\bwithin[ \t\u00a0\r\n]++(?:[\w-]++[ \t\u00a0\r\n]++){{1,3}}?{_DUR_UNIT}"
    r"[ \t\u00a0\r\n]++(?:of|after|following)\b", _re.I)
_DUR_EXACT = lazyre.compile_re(
    r"\b(?:within|in)[ \t\u00a0\r\n]++(?:(?:about|roughly|just|another|the[ \t\u00a0]++next)[ \t\u00a0\r\n]++)?"
    rf"(?P<n>\d[\d,]*+|a[ \t\u00a0]++hundred|(?!a[ ]few\b|several\b|a[ ]couple\b){_lexicon.NUMBER})"  # (an exact count)
    rf"[ \t\u00a0\r\n-]++(?P<u>{_DUR_UNIT})", _re.I)


def _target_duration(mt: Mention, ctx: Context) -> bool:
    doc = ctx.doc
    if doc is None:
        return False
    view = doc.view
    if _DUR_BOUND_AFTER.match(view, mt.end):
        return True
    if _DUR_TIME_AFTER.match(view, mt.end):
        return False  # "in a month's time, in two months' time": counted from now, said so
    s = doc.sentence_at(ctx.pos)
    if s is None:
        return False
    if "within" not in view[s.start:s.end].lower() and view.count(" in ", s.start, s.end) < 2:
        return False  # cheap guard: no sibling, no list
    if _DUR_SIBLING_OF.search(view, s.start, s.end):
        return True
    seen = set()
    for m in _DUR_EXACT.finditer(view, s.start, s.end):
        seen.add((" ".join(m.group("n").lower().split()), m.group("u").lower().rstrip("s")))
        if len(seen) > 1:
            return True
    return False


def _anchored(f, mt, ctx: Context) -> Val | None:
    b = ctx.briefing
    if f.get("inside") and mt.tense == "past":
        return None  # "the lowest level in five years": a span up to now, not a point
    if f.get("inside") and f["unit"] in ("day", "week", "month") and _target_duration(mt, ctx):
        return None  # a capability target or a timeline counted from an event: no calendar day
    n, unit, sign = f["n"], f["unit"], f["sign"]
    if (n, unit, sign) == (1, "year", -1):
        v = _year_ago_quarter(ctx, mt.text.strip())
        if v is not None:
            return v
    if f.get("from_weekday") is not None:
        # "a week from Friday": the coming Friday, then the span; a day, not the unit's period
        base = b + dt.timedelta((f["from_weekday"] - b.weekday()) % 7 or 7)
        d = _shift(base, unit, n)
        v = _day(d)
        v.steps = [f"{mt.text.strip()!r} -> {_WD[f['from_weekday']]} {base} +{n} {unit}(s) -> {d}"]
        return v
    if f.get("month"):
        # "a year ago in February": that month of the year counted back
        v = _month(b.year + sign * n, f["month"])
        v.steps = [f"{mt.text.strip()!r} -> briefing year {b.year} {sign * n:+d} -> month {f['month']} -> {v.value}"]
        return v
    d = _shift(b, unit, sign * n)
    v = _at_grain(d, unit)
    if f.get("vague") or f.get("within"):
        v.ambiguous = True
    v.steps = [f"{mt.text.strip()!r} -> briefing {b} {sign * n:+d} {unit}(s) = {d} -> {unit} {v.value}"]
    return v


_APPOSITION_GAP = lazyre.compile_re(r"[ \t\u00a0]*+,[ \t\u00a0\r\n]*+(?:(?:which|that)[ \t\u00a0\r\n]++(?:was|is)[ \t\u00a0\r\n]++)?", _re.I)


def _discourse(f, mt, ctx: Context) -> Val | None:
    unit, off = f["unit"], f["offset"]
    if unit == "day":
        a = ctx.last_day
        if a is None:
            return None  # "that afternoon" with no day named before: no anchor
        if f.get("event_after"):
            # "the day after the election": counted from that event, not from the day named before;
            # set off right after a day, it restates it ("on Sunday, the day before he spoke")
            if a.first != a.last or ctx.doc is None or not 0 < ctx.pos - ctx.last_day_end <= 16 or \
                    not _APPOSITION_GAP.fullmatch(ctx.doc.view, ctx.last_day_end, ctx.pos):
                return None
            v = _day(a.first)
            v.anchor = "discourse"
            v.steps = [f"{mt.text.strip()!r} set off after {a.value} -> that day"]
            return v
        if f.get("days_later") and (ctx.last_day_kind not in ("date", "nth-weekday", "anchored", "holiday", "discourse")
                                    or a.ambiguous or (
                ctx.pos - ctx.last_day_end <= 3 and ctx.gap.strip() in ("", ",", "—", "–", "-"))):
            # "N days later" counts from a date named outright ("April 26th -- five days later",
            # "five days ago ... now, five days later"); after a bare weekday, whose week may be
            # misread, or "today"/"yesterday" (the story's day is then often another, unnamed:
            # "the election ... But three days later"), or a loose deadline ("file an appeal within
            # 14 days ... free to leave seven days later"), or restating the day just named
            # ("tested on Sunday, two days later?"): no anchor
            return None
        far = ctx.pos - ctx.last_day_end
        if far > _DISCOURSE_REACH and not (
                # "Tomorrow ... The President will then meet ... Finally, ... [paragraphs of that
                # day's programme] ... a very full morning the next day": the day whose programme
                # the speaker walks through stays the anchor while no other reference comes
                # between, within the same turn; so does "later that day" / "Later in the day, he
                # will attend the G7 meeting" further on in it
                # (not in a past clause: "I was asking for it the day after" is a day of the story)
                far <= _PROGRAMME_REACH and mt.tense != "past" and ctx.last is a
                and ctx.last_end == ctx.last_day_end
                and ctx.turn_at is not None and ctx.turn_at(ctx.pos) is ctx.turn_at(ctx.last_day_end - 1)):
            return None  # no day named close before: no anchor
        if not off and mt.tense == "future" and a.last < ctx.briefing:
            # "since October 7. ... will have a meeting later in the afternoon": not that day, but
            # the programme day named before the past ones mentioned in passing ("the meeting
            # tomorrow will be about 1 o'clock ... we just met here yesterday ... since October 7
            # ... the Vice President will have a meeting later in the afternoon"), in the same turn
            h = ctx.ahead_day
            if (h is None or h.first != h.last or ctx.last_day_weekday  # (a weekday's direction may be misread) or ctx.pos - ctx.ahead_day_end > _PROGRAMME_REACH
                    or ctx.turn_at is None or ctx.turn_at(ctx.pos) is not ctx.turn_at(ctx.ahead_day_end - 1)):
                return None
            v = _day(h.first)
            v.anchor = "discourse"
            v.keep = True
            v.steps = [f"{mt.text.strip()!r} -> the programme day {h.value} named before the past days in between -> {h.first}"]
            return v
        d = (a.last if off > 0 else a.first) + dt.timedelta(off)
        v = _day(d)
        v.anchor = "discourse"
        # read from that far, it is no anchor in turn ("the next day ... as we head into the
        # following morning" restates that day more often than it steps on)
        v.keep = far > _DISCOURSE_REACH
        v.steps = [f"{mt.text.strip()!r} -> last resolved day {a.value} {off:+d} -> {d}"]
        return v
    a = ctx.last
    if f.get("year_ago"):
        # "the year-earlier quarter/period" compares with the last quarter named, however far
        v = _year_ago_quarter(ctx, mt.text.strip(), 10**9 if f.get("quarterly") else _QUARTER_REACH)
        if v is not None:
            return v
        # "a year earlier" after a year named just before ("elected in 1995; a year earlier")
        # counts from that year; otherwise the comparison is with the current period
        if (a is not None and a.grain == "year" and ctx.pos - ctx.last_end <= _QUARTER_REACH
                and a.first.year != ctx.briefing.year and not f.get("attributive")):
            v = _year(a.first.year - 1)
            v.anchor = "discourse"
            v.steps = [f"{mt.text.strip()!r} -> a year before {a.value} named just before -> {v.value}"]
            return v
        v = _year(ctx.briefing.year - 1)
        v.steps = [f"{mt.text.strip()!r} -> compared with the current year -> {v.value}"]
        return v
    if f.get("narrative"):
        # "in 1986 ... . The next year, he passed": the year after a past year just named; else
        # the twelve months ahead, as "the next year" reads alone
        if a is not None and a.grain == "year" and ctx.pos - ctx.last_end <= _DISCOURSE_REACH \
                and a.first.year < ctx.briefing.year:
            v = _year(a.first.year + f["offset"])
            v.anchor = "discourse"
            v.steps = [f"{mt.text.strip()!r} -> {f['offset']} year(s) after {a.value} named just before -> {v.value}"]
            return v
        if f.get("later"):
            return None  # "three years later" with no past year named close before: no anchor
        return _period({"unit": "year", "offset": 1, "rel": "the next", "rolling": True}, mt, ctx)
    if a is not None and f.get("near") and ctx.pos - ctx.last_end > _DISCOURSE_REACH:
        return None  # "the week after" with nothing named close before: no anchor
    if f.get("month"):
        # "November of that year": that month in the year of the reference just named
        if a is None or ctx.pos - ctx.last_end > _DISCOURSE_REACH or _GRAIN_RANK.get(a.grain, 0) > _GRAIN_RANK["year"]:
            # no year named close before ("On his first day in office, he paused repayments
            # through September of that year"): the month as the clause dates it
            return _month_kind({"month": f["month"], **{k: f[k] for k in ("prior", "tense_cue", "tense_weak") if k in f}},
                               mt, ctx)
        v = _month(a.first.year, f["month"])
        v.anchor = "discourse"
        v.steps = [f"{mt.text.strip()!r} -> month {f['month']} of the year of {a.value} named just before -> {v.value}"]
        return v
    if unit == "weekend" and f.get("near") and (a is None or a.grain != "day" or a.first == ctx.briefing):
        # "that weekend" points at the weekend of a day just named, away from today; after a
        # coarser period ("in August of 2017 ... that weekend") or none, no anchor
        return None
    if a is None or _GRAIN_RANK.get(a.grain, 0) > _GRAIN_RANK[unit] or \
            ctx.pos - ctx.last_end > _DISCOURSE_REACH:
        # "the following week" with nothing before it, or after a coarser period ("this
        # century ... the following week"): count from the briefing
        a = _day(ctx.briefing)
    base = a.last if off > 0 else a.first
    d = _shift(base, unit, off)
    v = _at_grain(d, unit)
    v.anchor = "discourse"
    v.steps = [f"{mt.text.strip()!r} -> last reference {a.value} {off:+d} {unit} -> {v.value}"]
    return v


def _easter(y: int) -> D:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return D(y, month, day + 1)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> D:
    if n > 0:
        first = D(y, month, 1)
        return first + dt.timedelta((wd - first.weekday()) % 7 + 7 * (n - 1))
    last = D(y, month, calendar.monthrange(y, month)[1])
    return last - dt.timedelta((last.weekday() - wd) % 7)


_HOLIDAYS = {
    "christmas": lambda y: D(y, 12, 25), "christmas-eve": lambda y: D(y, 12, 24),
    "new-year": lambda y: D(y, 1, 1), "new-year-eve": lambda y: D(y, 12, 31),
    "independence": lambda y: D(y, 7, 4), "halloween": lambda y: D(y, 10, 31),
    "veterans": lambda y: D(y, 11, 11), "valentine": lambda y: D(y, 2, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "memorial": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor": lambda y: _nth_weekday(y, 9, 0, 1), "mlk": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents": lambda y: _nth_weekday(y, 2, 0, 3), "easter": _easter,
    "good-friday": lambda y: _easter(y) - dt.timedelta(2),
    "st-patrick": lambda y: D(y, 3, 17), "juneteenth": lambda y: D(y, 6, 19),
    "boxing": lambda y: D(y, 12, 26), "mothers": lambda y: _nth_weekday(y, 5, 6, 2),
    "fathers": lambda y: _nth_weekday(y, 6, 6, 3), "columbus": lambda y: _nth_weekday(y, 10, 0, 2),
    # US Election Day: the Tuesday after the first Monday of November
    "election": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(1),
    "earth": lambda y: D(y, 4, 22), "world-aids": lambda y: D(y, 12, 1),
"flag": lambda y: D(y, 6, 14), "cinco": lambda y: D(y, 5, 5),
    # US presidential inaugurations: 20 January of the year after a leap year (1937 on)
    "inauguration": lambda y: D(y, 1, 20) if y % 4 == 1 else None,
}


def holiday_nearest(key: str, day: D) -> D | None:
    """The day of holiday `key` (a _HOLIDAYS key) nearest `day`, within a year either way."""
    fn = _HOLIDAYS[key]
    days = [c for y in (day.year - 1, day.year, day.year + 1) if (c := fn(y)) is not None]
    return min(days, key=lambda c: abs((c - day).days)) if days else None


def _holiday_day(key: str, f, mt, ctx: Context) -> tuple[D, str]:
    b = ctx.briefing
    fn = _HOLIDAYS[key]
    if f.get("year") is not None:
        return fn(f["year"]), "year given"
    # (a day held only some years, like Inauguration Day, looks up to four years either way)
    cands = [c for y in range(b.year - 4, b.year + 5) if (c := fn(y)) is not None]
    cands = [c for c in cands if abs(c.year - b.year) <= 1] or cands
    # a stray -ed word ("the unvaccinated", "progress we have made") is no reason to jump a
    # year: only a clear clause tense moves a holiday within a month off the nearest one;
    # a farther one follows any tense cue, weak or not, before the document's prior
    clause = None if f.get("tense_weak") else mt.tense
    tense = mt.tense or f.get("prior")
    near = min(cands, key=lambda c: abs((c - b).days))
    if not clause and abs((near - b).days) <= 31:
        return near, "no clear clause tense; within a month of the briefing -> the nearest"
    if tense == "past" and any(c <= b for c in cands):
        return max(c for c in cands if c <= b), f"{_tense_word(tense)} -> the last one"
    if any(c >= b for c in cands):
        return min(c for c in cands if c >= b), f"{_tense_word(tense)} -> the next one"
    return near, "the nearest"


# Federal holidays (and Easter) that give their name to a long weekend: "the holiday weekend"
_WEEKEND_HOLIDAYS = ("new-year", "mlk", "presidents", "easter", "memorial", "juneteenth",
                     "independence", "labor", "columbus", "veterans", "thanksgiving", "christmas")
_HOLIDAY_WEEKEND_REACH = 10  # days from the briefing within which "the holiday weekend" is known


def _holiday_weekend(d: D) -> Val:
    """The weekend a holiday belongs to: a Monday (or Tuesday) holiday extends the weekend
    before it; any other day's holiday falls in or just before its own ISO week's weekend."""
    return _weekend(d - dt.timedelta(3) if d.weekday() <= 1 else d)


_AHEAD_WORD = lazyre.compile(r"(?i)\b(?:upcoming|coming|next)\b")


def _holiday(f, mt, ctx: Context) -> Val:
    b = ctx.briefing
    if f.get("holiday") is None:
        # "the holiday weekend" names no holiday: the one whose weekend is nearest the briefing
        # (by clause tense when there is one), only when it is days away
        clause = None if f.get("tense_weak") else mt.tense
        if _AHEAD_WORD.search(mt.text):
            clause = "future"  # "the upcoming holiday weekend" even in "you mentioned ..."
        best = None
        for key in _WEEKEND_HOLIDAYS:
            for y in (b.year - 1, b.year, b.year + 1):
                w = _holiday_weekend(_HOLIDAYS[key](y))
                if clause == "past" and w.first > b or clause == "future" and w.last < b:
                    continue
                dist = 0 if w.first <= b <= w.last else min(abs((w.first - b).days), abs((w.last - b).days))
                if dist <= _HOLIDAY_WEEKEND_REACH and (best is None or dist < best[0]):
                    best = (dist, key, w)
        if best is None:
            return None
        v = best[2]
        v.steps = [f"{mt.text.strip()!r} -> no holiday named; {best[1]} is {best[0]} days away -> {v.value}"]
        return v
    d, why = _holiday_day(f["holiday"], f, mt, ctx)
    if f.get("shift"):  # "the day after Thanksgiving": within a month, the nearest such day, any tense
        near = holiday_nearest(f["holiday"], b) + dt.timedelta(f["shift"])
        if f.get("year") is None and abs((near - b).days) <= 31:
            d, why = near, "the nearest such day, within a month of the briefing"
        else:
            d = d + dt.timedelta(f["shift"])
        why += f" (the day {'after' if f['shift'] > 0 else 'before'} the holiday)"
    if f.get("weekday_after") is not None:
        d = d + dt.timedelta((f["weekday_after"] - d.weekday()) % 7)
        why += f" -> the {_WD[f['weekday_after']]} from it on"
    if f.get("weekend") and f.get("year") is None:
        # a holiday weekend under way or starting within days ("the statement on Memorial Day
        # weekend" said the Friday before) is that one whatever the clause tense
        near = holiday_nearest(f["holiday"], b)
        w = _holiday_weekend(near)
        if w.first - dt.timedelta(3) <= b <= max(near, w.last) and near != d:
            d, why = near, "the holiday weekend is under way or days away"
    if f.get("week"):
        v = _week(d)
        v.steps = [f"{mt.text.strip()!r} -> {why} -> {d} -> its ISO week -> {v.value}"]
        return v
    if f.get("weekend"):
        v = _holiday_weekend(d)
        v.steps = [f"{mt.text.strip()!r} -> {why} -> {d} -> its weekend -> {v.value}"]
        return v
    v = _day(d)
    v.steps = [f"{mt.text.strip()!r} -> {why} -> {d}"]
    return v


_KINDS = {"holiday": _holiday, "nth-weekday": _nth_weekday_kind, "relday": _relday, "weekday": _weekday, "date": _date, "month": _month_kind,
          "period": _period, "quarter": _quarter_kind, "half": _half_kind, "season": _season_kind,
          "year": _year_kind, "decade": _decade_kind, "century": _century_kind,
          "anchored": _anchored, "discourse": _discourse}


# (a date naming a past event gives no hint: "the January 6th attack" says nothing of "January 6th")
_PLAIN = ("year", "year_offset", "modifier", "month_offset", "day_only", "month_search", "week_of", "names_past")


def _doc_hints(pairs, briefing_year: int) -> dict:
    """Years that clauses with a clear tense gave to bare months and day+month dates: the same
    month or date named elsewhere in the document without a tense is most likely the same one
    ("the executive order from February" after "the order I mentioned from February")."""
    seen: dict = {}
    strong: dict = {}
    for mt, ref in pairs:
        f = mt.fields
        if mt.kind == "date" and f.get("year") is not None and len(f.get("items") or ()) == 1 \
                and f.get("weekday") is None and not f.get("names_past"):
            d = D.fromisoformat(ref.first_day)
            strong.setdefault(("D", d.month, d.day), set()).add(d.year)
        if mt.kind not in ("month", "date") or not mt.tense or f.get("tense_weak") or \
                (mt.kind == "date" and _PERFECT.match(f.get("tense_cue") or "") and not f.get("modal_perfect")) or \
                any(f.get(k) is not None and f.get(k) is not False for k in _PLAIN):
            continue
        d = D.fromisoformat(ref.first_day)
        if mt.kind == "month" and f.get("month_span"):
            # "from July to August": the end month, placed by the tense (the first follows it)
            d = D.fromisoformat(ref.last_day)
            keys = [("m", d.month)]
        elif mt.kind == "month":
            keys = [("m", d.month)]
        elif len(f.get("items") or ()) == 1:
            keys = [("d", d.month, d.day)]
        else:
            continue
        for k in keys:
            seen.setdefault(k, set()).add(d.year)
    out = {k: ys.pop() for k, ys in seen.items() if len(ys) == 1}
    for k, ys in strong.items():
        if len(ys) == 1:
            out[k] = y = ys.pop()
            if abs(y - briefing_year) <= 1:
                out[("d",) + k[1:]] = y  # a date written with its year outweighs a clause's tense
    return out


def _wants_hints(pairs, hints: dict) -> bool:
    """A second pass can change something: a month or date read without a (firm) tense, or any
    date when another date was written with its year."""
    strong = any(k[0] == "D" for k in hints)
    return bool(hints) and any(mt.kind in ("month", "date") and (not mt.tense or mt.fields.get("tense_weak")
                                                                  or strong and mt.kind == "date")
                               for mt, _ in pairs)


def resolve(mentions: list[Mention], doc, briefing: Briefing) -> list[TimeRef]:
    """TimeRefs for the mentions, in text order; mentions that cannot be resolved are dropped.
    Two passes when the document names a month or date with a clear tense: the second gives the
    same month/date without a tense elsewhere that year. (What `_resolve_two_passes` computes:
    the second pass only re-runs from the first mention that asked for a hint it now gets --
    before that every mention reads the same context and gets the same value.)"""
    if not briefing.date:
        return []
    asked = _Asked()
    seen: list = []
    pairs = _resolve_pass(mentions, doc, briefing, asked, seen)
    hints = _doc_hints(pairs, int(briefing.date[:4]))
    if _wants_hints(pairs, hints):
        k = min((asked.first[key] for key in hints if key in asked.first), default=None)
        if k is not None:  # (None: no mention asks for a hint; the second pass repeats the first)
            pairs = _resolve_pass(mentions, doc, briefing, hints, seen, k)
    return [ref for _, ref in pairs]


def _resolve_two_passes(mentions: list[Mention], doc, briefing: Briefing) -> list[TimeRef]:
    """The plain form of `resolve` (both passes in full), kept for tests/test_fast_paths.py."""
    if not briefing.date:
        return []
    pairs = _resolve_pass(mentions, doc, briefing, {})
    hints = _doc_hints(pairs, int(briefing.date[:4]))
    if _wants_hints(pairs, hints):
        pairs = _resolve_pass(mentions, doc, briefing, hints)
    return [ref for _, ref in pairs]


class _Asked(dict):
    """Empty hints for the first pass that note, per hint key, the first mention (index) whose
    resolution looked it up (the resolvers only use `get`, `in` and `[]` after `in`)."""

    def __init__(self):
        super().__init__()
        self.i = 0
        self.first: dict = {}

    def get(self, key, default=None):
        self.first.setdefault(key, self.i)
        return default

    def __contains__(self, key):
        self.first.setdefault(key, self.i)
        return False


def _resolve_pass(mentions: list[Mention], doc, briefing: Briefing, hints: dict,
                  seen: list | None = None, replay: int = 0):
    """One pass over the mentions. `seen`, when given and `replay` is 0, collects per mention
    (value, ref, sentence) or None; with `replay` = k, the first k mentions take those from an
    earlier pass (the same context leads to the same value) instead of being resolved again."""
    ctx = Context(D.fromisoformat(briefing.date[:10]))
    ctx.hints = hints
    ctx.turn_at = getattr(doc, "turn_at", None)
    ctx.doc = doc if hasattr(doc, "sentence_at") else None
    asked = hints if isinstance(hints, _Asked) else None
    out: list = []
    for i, mt in enumerate(mentions):
        if i < replay:
            got = seen[i]
            if got is None:
                continue
            v, ref, ctx.sent = got
            ctx.pos = mt.start
            ctx.gap = mt.fields.get("gap_before", "") if 0 < mt.start - ctx.last_day_end <= 10 else ""
            out.append((mt, ref))
            _advance(ctx, mt, v, ref.text)
            continue
        fn = _KINDS.get(mt.kind)
        if fn is None:
            if seen is not None and not replay:
                seen.append(None)
            continue
        ctx.pos = mt.start
        ctx.sent = doc.sentence_index(mt.start)
        ctx.gap = mt.fields.get("gap_before", "") if 0 < mt.start - ctx.last_day_end <= 10 else ""
        if asked is not None:
            asked.i = i
        try:
            v = fn(mt.fields, mt, ctx)
        except (ValueError, OverflowError, IndexError):
            v = None  # "31 February", years out of range
        if v is None:
            if seen is not None and not replay:
                seen.append(None)
            continue
        text = doc.text[mt.start:mt.end]
        ref = TimeRef(text=text, start=mt.start, end=mt.end, line=doc.line_of(mt.start),
                      value=v.value, grain=v.grain, first_day=v.first.isoformat(),
                      last_day=v.last.isoformat(), rule=mt.rule, tense=mt.tense,
                      ambiguous=v.ambiguous, alternatives=list(v.alternatives),
                      explain=list(v.steps), anchor=v.anchor)
        out.append((mt, ref))
        if seen is not None and not replay:
            seen.append((v, ref, ctx.sent))
        _advance(ctx, mt, v, text)
    return out


def _advance(ctx: Context, mt: Mention, v: Val, text: str) -> None:
    """What a resolved mention leaves in the context for the ones after it."""
    if v.keep or (v.anchor == "discourse" and mt.rule not in ("discourse-day", "discourse-days-later")
                  and mt.kind not in ("date", "weekday")):
        # (a day named outright -- "on the 10th" after days named before, "on Monday" of a
        # week just named -- is the story's time like any other)
        return  # a comparison ("a year earlier") does not move the story's time
    ctx.last, ctx.last_end = v, mt.end
    if v.grain == "day":
        ctx.last_day, ctx.last_day_end = v, mt.end
        ctx.last_day_weekday = mt.kind == "weekday"
        ctx.last_day_kind = mt.kind
        if v.first > ctx.briefing:
            ctx.ahead_day, ctx.ahead_day_end = v, mt.end
        ctx.last_day_sent = ctx.sent
    if v.grain == "quarter" and v.first <= ctx.briefing and (v.last < ctx.briefing or mt.tense != "future"):
        # (a quarter ahead, or the running one in a future clause, is a forecast: not the
        # reported period that "a year earlier" compares with)
        ctx.last_quarter, ctx.last_quarter_end = v, mt.end
    if v.grain == "year":
        # "since 1980" starts a span; it does not date what follows
        ctx.gov_year = None if text.lower().startswith("since") else (v.first.year, mt.end, ctx.sent)
    if v.grain == "month" or (v.grain == "day" and v.first == v.last):
        ctx.months[v.first.month] = (v.first.year, mt.end)


def resolve_phrase(text: str, date: dt.date, fallback: bool = True) -> list[TimeRef]:
    """References in one phrase against a given date (for `agendactl resolve`). With `fallback`,
    a phrase our rules barely read is offered to dateparser as an absolute date."""
    from . import rules
    from .document import read_text

    doc = read_text(text, path="<phrase>")
    brief = Briefing(date.isoformat(), "option", None, weekday=date.strftime("%A"))
    refs = resolve(rules.match(doc), doc, brief)
    covered = sum(r.end - r.start for r in refs)
    if fallback and covered < 0.6 * len(text.strip()):
        # our rules read little of the phrase: maybe a whole absolute date in another format
        ref = _absolute_with_dateparser(text, date, doc)
        if ref is not None:
            refs = [ref]
    return refs


def _absolute_with_dateparser(text: str, date: dt.date, doc) -> TimeRef | None:
    """A whole phrase that our rules do not read but that is an explicit absolute date in some
    other locale or format ("4 décembre 2017", "2017年12月4日"): dateparser is good at exactly
    that. Strict parsing (day, month and year all stated), so nothing relative is guessed.
    Imported lazily: only `agendactl resolve` ever gets here, never the document pipeline."""
    stripped = text.strip()
    if not stripped or len(stripped) > 60 or not any(ch.isdigit() for ch in stripped):
        return None
    try:
        import dateparser  # noqa: PLC0415 (lazy: slow import)

        got = dateparser.parse(stripped, settings={
            "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": dt.datetime(date.year, date.month, date.day)})
    except Exception:  # dateparser raises on odd input; a phrase we cannot read is just no ref
        return None
    if got is None:
        return None
    d = got.date()
    start = text.index(stripped)
    return TimeRef(text=stripped, start=start, end=start + len(stripped), line=doc.line_of(start),
                   value=d.isoformat(), grain="day", first_day=d.isoformat(), last_day=d.isoformat(),
                   rule="dateparser", anchor="absolute",
                   explain=[f"{stripped!r} -> no rule matched; dateparser reads an explicit date -> {d}"])
