"""Calendar periods relative to the briefing: this/next/last/coming/past week, weekend, month,
year; earlier this year, later this month, the end of the year, year-end; quarters ("the third
quarter", "third-quarter", "Q1 2018", "the latest quarter"), halves ("the second half of 2018")
and seasons ("this summer", "last fall", "the summer of 2018")."""
from __future__ import annotations

import regex

from . import Rule, checks, compile_
from .lexicon import PERIOD_ADJ, T_HALF, T_PERIOD, T_QUARTER, T_SEASON, T_YEAR, WS, YEAR, trigger
from .. import lazyre

_PRE = rf"(?:(?i:in|since|by|until|till|from|during|through|throughout|before|after|of|for|over|at|around|as[ ]of){WS})?"
_MOD = (rf"(?:(?i:earlier|later|early|late|the[ ]end[ ]of|the[ ]beginning[ ]of|the[ ]start[ ]of|"
        rf"the[ ]middle[ ]of|the[ ]rest[ ]of|the[ ]remainder[ ]of|end[ ]of|the[ ]first[ ]half[ ]of|"
        rf"the[ ]second[ ]half[ ]of|the[ ]latter[ ]half[ ]of|the[ ]back[ ]half[ ]of|the[ ]end[ ]of[ ]the){WS})?")

# "year of" + a bare noun ("the year of action", "this year of consultation") names a year for
# what fills it; not before a determiner, pronoun or gerund ("the highest last year of any year",
# "last year of having to do it virtually", "this year of his making the case")
_NOT_NOUN = (r"(?:any|all|the|a|an|his|her|its|their|our|my|your|this|that|these|those|which|what|"
             r"each|every|them|us|him|it|such|some|no|both|one|two|three)\b")

# --- this/next/last week|weekend|month|year
_REL = compile_(rf"""
    {_PRE}(?P<mod>{_MOD})
    (?P<rel>(?i:this[ ]coming|this[ ]upcoming|this[ ]past|this|next|last|coming|the[ ]coming|upcoming|the[ ]upcoming|current|the[ ]current|
        the[ ]previous|previous|the[ ]next|the[ ]past|past)){WS}(?:(?i:fiscal|financial){WS})?
    (?:(?P<adj>{PERIOD_ADJ}){WS})?(?P<unit>(?i:week(?:end)?|month|year))\b(?:['’]s)?
    # ("the last year or two", "over the last year and half": a span of time, no calendar period)
    (?![ \t]*+(?:or|and)[ \t]++(?:two|so|three|half|a[ \t]++half)\b)
""")
_THE_BEFORE = lazyre.compile(r"\b(?i:the)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
_OF_AFTER = lazyre.compile(r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?(?i:of|in)\b")
# "your last week", "his last year in office": the final one, not the previous calendar period
_FINAL = lazyre.compile(r"(?i:\b(?:my|your|his|her|our|their|its)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?)$")
_RELOFF = {"this": 0, "current": 0, "the current": 0, "next": 1, "coming": 1, "the coming": 1,
           "this coming": 1, "this upcoming": 1, "upcoming": 1, "the upcoming": 1, "the next": 1,
           "last": -1, "previous": -1, "the previous": -1,
           "this past": -1, "past": -1, "the past": -1}


# "over the last year", "in the past year", "during the next year": a span preposition before
# "the last/past/next" makes it a rolling span (GOLD: durations naming no calendar period)
_SPAN_THE = lazyre.compile(
    r"\b(?i:over|during|throughout|in|within|for)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?"
    r"(?i:the)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
_SPAN_PRE = lazyre.compile(r"(?i:over|during|throughout|in|within|for)\b")


# "over the course of the past year": the same span
# (with "the": "over the course of last year" is the calendar year)
_COURSE_OF = lazyre.compile(r"\b(?i:course)[ \t\u00a0\r\n]++(?i:of)[ \t\u00a0\r\n]++$")
_COURSE_OF_THE = lazyre.compile(r"\b(?i:course)[ \t\u00a0\r\n]++(?i:of)[ \t\u00a0\r\n]++(?i:the)[ \t\u00a0\r\n]++$")


def _rolling_span(m, rel):
    lo, rs = max(0, m.start("rel") - 20), m.start("rel")
    if rel in ("the past", "the next") and _COURSE_OF.search(m.string, lo, rs) or \
            rel in ("last", "past", "next") and _COURSE_OF_THE.search(m.string, lo, rs):
        return True
    if rel in ("last", "next", "past"):
        return bool(_SPAN_THE.search(m.string, max(0, m.start("rel") - 20), m.start("rel")))
    if rel in ("the past", "the next"):
        return bool(_SPAN_PRE.match(m.string, m.start()))
    return False


_NAMED_YEAR_AFTER = lazyre.compile(r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?(?i:of)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?"
                                   rf"(?!{_NOT_NOUN})[a-z]++\b(?<!ing)")
_FISCAL = lazyre.compile(r"(?i:fiscal|financial)")
# a half names the calendar half only of a calendar year (not "the past year", twelve months)
_HALF_YEAR_REL = frozenset({"this", "current", "the current", "next", "last", "previous", "the previous",
                            "this past", "this coming"})


# a title in quotes: ABC's "This Week," / "This Week With David Brinkley" (a programme, no week)
_QUOTE_BEFORE = lazyre.compile(r"[\"“‘']$")


def _build_rel(m):
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    if m.group("rel")[:1].isupper() and m.group("unit")[:1].isupper() and not m.group("unit").isupper() \
            and _QUOTE_BEFORE.search(m.string, max(0, m.start() - 1), m.start()):
        return None
    if rel == "last" and _FINAL.search(m.string, max(0, m.start() - 10), m.start()):
        return None
    if rel == "last" and _THE_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) and \
            _OF_AFTER.match(m.string, m.end()):
        return None  # "the last week of October": the final week of something, not last week
    if m.group("adj") and rel not in ("this", "next", "this coming", "coming", "the coming", "this upcoming",
                                      "upcoming", "the upcoming"):
        return None  # "the last big week", "the past difficult year": a description, not a period
    if unit == "year" and _NAMED_YEAR_AFTER.match(m.string, m.end()):
        return None  # "during this year of action": a year named for what fills it, not the calendar's
    if unit == "year" and _rolling_span(m, rel):
        return None  # "over the last year", "during the past year": twelve months, no calendar year
    mod = " ".join(m.group("mod").lower().split())
    if unit == "year" and mod.startswith("the") and "half of" in mod and rel in _HALF_YEAR_REL \
            and not _FISCAL.search(m.group(0)):  # a fiscal year's half is no calendar half
        # "the first half of this year", "the second half of next year": a calendar half
        return {"half": 1 if mod.startswith("the first") else 2, "year": None,
                "year_offset": _RELOFF[rel], "_kind": "half", "_span": (m.start("mod"), m.end())}
    if unit == "year" and "upcoming" in rel:
        return None  # "over the upcoming year": twelve months ahead, rarely the calendar's next year
    out = {"unit": unit, "offset": _RELOFF[rel], "rel": rel}
    if unit == "weekend" and "upcoming" in rel:
        out["offset"] = 0  # "the upcoming weekend" is the next one to come: this week's
    if rel == "this past" and unit == "week":
        # "this past week" is the week now ending: the briefing's own ISO week, unless the
        # briefing falls on its Monday (then the week just ended)
        out["offset"], out["past_week"] = 0, True
    if rel in ("the past", "past", "the next", "the coming") and unit != "weekend":
        # "the past year" / "over the next year": the twelve months before/after, not a calendar
        # period; still a defensible reading, flagged ambiguous.
        out["rolling"] = True
    return out


# --- the weekend (nearest, by tense) and the end of the year
_THE = compile_(rf"""
    {_PRE}(?:(?i:the|a[ ]busy|this){WS})(?P<unit>(?i:weekend))\b
  # "spending your birthday weekend with us": someone's occasion weekend, the nearest one by tense
  | {_PRE}(?:(?i:my|your|his|her|our|their){WS}(?i:birthday|anniversary|wedding){WS})(?P<unit>(?i:weekend))\b
  | (?P<mod2>(?i:the[ ]end[ ]of[ ]the|the[ ]beginning[ ]of[ ]the|the[ ]start[ ]of[ ]the|
        the[ ]rest[ ]of[ ]the|the[ ]remainder[ ]of[ ]the){WS})(?:(?i:calendar){WS})?(?P<unit>(?i:year|month|week))\b
  | \b(?P<unit>(?i:year))(?:[-](?i:end)|{WS}(?i:end)|['’]s{WS}end)\b
  # "by end of year" (headline style, no article): the current year
  | \b(?i:end)(?:-|{WS})(?i:of)(?:-|{WS})(?:(?i:the){WS}(?:(?i:calendar){WS})?)?(?P<unit>(?i:year|month))\b
    (?![ \t]*+\d|{WS}(?i:of|in|one|two|three|four|five|six|seven|eight|nine|ten)\b)
  | (?i:the){WS}(?P<unit>(?i:week|weekend|month|year)){WS}(?P<afternext>(?i:after{WS}next))\b
  | (?i:the){WS}(?P<unit>(?i:week|month)){WS}(?P<ahead>(?i:ahead))\b
  # "the week before this one", "the month after this month": counted from the current one
  | (?i:the){WS}(?P<unit>(?i:week|month|year)){WS}(?P<beside>(?i:before|after)){WS}(?i:this){WS}(?i:one|(?P=unit))\b
  # "the week that's just finishing": the week now ending, like "this past week"
  | (?i:the){WS}(?P<unit>(?i:week)){WS}(?i:that|which)(?:['’]s|{WS}(?i:is)){WS}(?:(?i:just|now){WS})?
    (?P<ending>(?i:finishing|ending|wrapping[ ]up|closing))\b
  # "optimistic in the new year", "after the new year": the year about to start (lower case:
  # "the New Year" is the holiday)
  # ("first trip of the new year", "look forward to the new year")
  | (?<=\b(?i:in|into|after|until|till|by|before|for|of|to)[ \t\r\n]{{1,3}})(?i:the){WS}(?P<newyear>new){WS}(?P<unit>year)\b(?!['’]s)
  # "a briefing later in the week": this ISO week, like "later this week" (not month/year: in
  # narrative those often mean a month or year named before)
  | \b(?i:later|earlier){WS}(?i:in){WS}(?i:the){WS}(?P<unit>(?i:week))\b
    (?!['’]s\b|{WS}(?i:of|before|after|that|when)\b|[ \t]*+\d)
  | (?<!\b(?i:of|in|for|by)[ ]the[ ]year[ ])  # not "the year" of "the year two thousand"
    \b(?i:the|the[ ]full|the[ ]current|the[ ]whole|the[ ]entire)(?:{WS}(?i:fiscal))?{WS}(?P<unit>(?i:year))\b
    (?!(?:-|{WS})(?i:ago|earlier|before|after|later|in[ ]which|when|that|two|nineteen|\d)\b|['’]s\b|[ \t]*+\d
       |{WS}(?i:of){WS}(?!{_NOT_NOUN})(?![a-z]*ing\b)[a-z]++\b)  # "the year of action": a year named for what fills it
       # (no lookbehind for the -ing test: rules._scan's first-word filter skips rules with one there)
""")


def _build_the(m):
    if m.group("newyear"):
        return {"unit": "year", "offset": 0, "new_year": True}
    if m.group("ahead"):
        return {"unit": m.group("unit").lower(), "offset": 0, "ahead": True}
    if m.group("afternext"):
        return {"unit": m.group("unit").lower(), "offset": 2}
    if m.group("beside"):
        return {"unit": m.group("unit").lower(), "offset": -1 if m.group("beside").lower() == "before" else 1}
    if m.group("ending"):
        return {"unit": "week", "offset": 0, "past_week": True}
    return {"unit": m.group("unit").lower(), "offset": 0, "nearest": m.group("unit").lower() == "weekend"}


# --- quarters
_QORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
_Q = compile_(rf"""
    (?:(?i:the){WS})?(?:(?P<y1>{YEAR}){WS})?(?:(?i:fiscal|financial)(?:-|{WS}))?
    (?P<q>{_QORD})(?:-|{WS})(?i:quarter|qtr)\b
    (?!{WS}(?i:of){WS}(?!(?i:the[ ]year|this[ ]year|next[ ]year|last[ ]year|fiscal|calendar)\b|[\d$€£]))  # "a quarter of his salary"
    (?:{WS}(?i:of){WS}(?:(?i:fiscal){WS})?(?:(?P<y2>{YEAR})|(?P<yrel>(?i:this|last|next|the)){WS}(?i:year))
      | ,?{WS}(?P<y2>{YEAR})\b)?
  | (?P<yrel>(?i:this|last|next)){WS}(?i:year)['’]s{WS}(?P<q>{_QORD})(?:-|{WS})(?i:quarter|qtr)\b
  | \b(?:(?P<y1>{YEAR})[ \t]*+)?Q(?P<q>[1-4])\b(?:[ \t]*+(?P<y2>{YEAR}))?
  | \b(?P<y2>{YEAR})(?i:['’]s)?{WS}(?P<q>{_QORD})(?:-|{WS})(?i:quarter)\b
  # results reporting, the quarter a year before the one reported: "the year-ago third quarter"
  | (?:(?i:the){WS})?(?P<ago>(?i:year(?:-|{WS})(?:ago|earlier)|(?:prior|previous){WS}year['’]s))
    {WS}(?P<q>{_QORD})(?:-|{WS})(?i:quarter)\b
  # ... or without its number, the one reported in the year named: "in the 1988 quarter",
  # "sales for last year's quarter" (_SAME_PERIOD: "the 1989 period")
  | (?:(?i:the){WS}(?P<sy>{YEAR})|(?P<sago>(?i:last|(?:the{WS})?(?:prior|previous)){WS}(?i:year)['’]s))
    {WS}(?i:quarter)\b
  | (?i:the){WS}(?i:quarter){WS}(?P<sago>(?i:a{WS}year{WS}(?:ago|earlier)))\b
  | (?P<rel>(?i:this|last|next|the[ ]latest|the[ ]current|the[ ]previous|the[ ]past|the[ ]latest|
       the[ ]most[ ]recent|latest|the)){WS}(?i:quarter)\b
""")
# "In the 1989 period also, interest expense was lower": the period reported, in that year
_SAME_PERIOD = compile_(rf"(?i:the){WS}(?P<sy>{YEAR}){WS}(?i:period)\b")


def _build_same_period(m):
    return {"same_quarter": True, "year": int(m.group("sy"))}


# "Sales in the latest period were $1.76 billion": the quarter just reported (no reference when
# none was named before)
_LATEST_PERIOD = compile_(rf"(?i:the){WS}(?i:latest|most{WS}recent){WS}(?i:period)\b")


_QNUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _build_q(m):
    if m.group("rel"):
        rel = " ".join(m.group("rel").lower().split())
        off = {"this": 0, "the current": 0, "next": 1}.get(rel, -1)
        return {"unit": "quarter", "offset": off, "_kind": "period"}
    if m.group("sy") or m.group("sago"):
        return {"same_quarter": True, "year": int(m.group("sy")) if m.group("sy") else None}
    q = _QNUM.get(m.group("q").lower()) or int(m.group("q"))
    if m.group("ago"):
        return {"quarter": q, "year": None, "year_offset": None, "year_ago": True}
    y = m.group("y2") or m.group("y1")
    yrel = (m.group("yrel") or "").lower()
    return {"quarter": q, "year": int(y) if y else None,
            "year_offset": {"this": 0, "the": 0, "last": -1, "next": 1}.get(yrel)}


# --- halves
_H = compile_(rf"""
    (?:(?i:the){WS})?(?P<h>(?i:first|second|last|latter|back))(?:-|{WS})(?i:half)\b
    (?:{WS}(?i:of){WS}(?:(?P<y>{YEAR})|(?P<yrel>(?i:this|last|next|the)){WS}(?i:year)))?
  | \b(?P<y>{YEAR})[ \t]*+H(?P<n>[12])\b | \bH(?P<n>[12])[ \t]*+(?P<y>{YEAR})\b
""")


def _build_h(m):
    h = int(m.group("n")) if m.group("n") else (1 if m.group("h").lower() == "first" else 2)
    yrel = (m.group("yrel") or "").lower()
    if not m.group("y") and not yrel:
        return None  # "the second half" of a match, a game, a film...
    return {"half": h, "year": int(m.group("y")) if m.group("y") else None,
            "year_offset": {"this": 0, "the": 0, "last": -1, "next": 1}.get(yrel)}


# --- seasons
_SEASON = r"(?i:spring|summer|fall|autumn|winter)"
_S = compile_(rf"""
    {_PRE}(?P<mod>(?i:early|late|mid)(?:-|{WS}))?
    (?: (?P<rel>(?i:this[ ]coming|this[ ]past|this|next|last|coming|past|the[ ]coming|the[ ]past)){WS}(?P<s>{_SEASON})\b
           (?:{WS}(?P<y>{YEAR}))?
      | (?:(?i:the){WS})?(?P<s>{_SEASON}){WS}(?:(?i:of){WS})?(?P<y>{YEAR})\b
      | (?P<the>(?i:in|by|during|until|till|over|into|through|throughout|across|before|after|since|for|of)[ ](?i:the)){WS}
        (?:(?i:early|late|mid)(?:-|{WS}))?(?P<s>{_SEASON})\b(?![ \t]*+of\b)(?:{WS}(?i:months)\b)?
      # "across the summer months", "the winter months ahead": the season by tense
      | (?:(?i:the|these|those){WS})(?:(?i:early|late|(?P<rel>coming|next|last|past)){WS})?
        (?P<s>{_SEASON}){WS}(?P<months>(?i:months))\b
      # "given that it is spring", "now that it's winter": the season under way
      | (?<=\b(?i:it[ \t]is|it['’]s|it[ \t]is[ \t]now|it['’]s[ \t]now)[ \t\u00a0\n]{{1,3}})
        (?P<now>(?P<s>{_SEASON}))\b(?=[ \t\u00a0]*+(?:[,.;:!?)—–\n]|$|(?i:now|here|again|already|and|but|so|which)\b))
      # "when we get to the summer", "as we head toward the fall": reaching a season ahead
      | (?<=\b(?i:get|gets|getting|head|heading|move|moving)[ \t\u00a0]++(?i:to|toward|towards)[ \t\u00a0\n]{{1,3}})
        (?i:the){WS}(?P<s>{_SEASON})\b(?!{WS}(?i:of)\b|-|{WS}(?i:storm|storms|break|session|sessions|camp|school|semester|term|training|wheat|crop|crops|olympics|games|offensive|house|home|residence)\b)
      # "into summer", "until spring": a season ahead needs no article either
      | (?<=\b(?i:into|until|till|by|through|throughout)[ \t\u00a0\n]{{1,3}})
        (?P<s>{_SEASON})\b(?!{WS}(?i:of)\b|-|{WS}(?i:storm|storms|break|session|sessions|camp|school|semester|term|training|wheat|crop|crops|olympics|games|offensive|months|and|or)\b)
      # "up in late spring", "by early summer": a modified season needs no article
      | (?<=\b(?i:in|by|during|until|into|through|since|for|of)[ \t\u00a0\n]{{1,3}})
        (?P<mod2>(?i:early|late|mid)(?:-|{WS}))(?P<s>{_SEASON})\b(?!{WS}(?i:of)\b|-|{WS}(?i:storm|storms|break|session|sessions|camp|school|semester|term|training|wheat|crop|crops|olympics|games|offensive)\b)
    )
""")
_SCODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


# a capitalised season before another capitalised word names a thing: "the Winter Plan", "the
# Spring Meetings", "the Summer Olympics"
_NAME_AFTER = lazyre.compile(r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?(?!I\b)[A-Z][a-z]")


def _build_s(m):
    if m.group("s")[0].isupper() and not m.group("y") and _NAME_AFTER.match(m.string, m.end("s")):
        return None
    rel = " ".join((m.group("rel") or "").lower().split())
    off = {"this": 0, "next": 1, "coming": 1, "this coming": 1, "the coming": 1, "last": -1,
           "past": -1, "this past": -1, "the past": -1}.get(rel) if rel else None
    if m.group("now"):
        off = 0  # "it is spring": the season of the briefing
    return {"season": _SCODE[m.group("s").lower()], "year": int(m.group("y")) if m.group("y") else None,
            "offset": off}


RULES = [
    Rule("relative-period", "period", _REL, _build_rel, priority=1, family="periods", trigger=T_PERIOD),
    Rule("period-edge", "period", _THE, _build_the, family="periods", trigger=T_PERIOD),
    Rule("quarter", "quarter", _Q, _build_q, family="periods", trigger=T_QUARTER, reach=40),
    Rule("quarter-period", "quarter", _SAME_PERIOD, _build_same_period, family="periods", trigger=T_YEAR, reach=8),
    Rule("quarter-latest", "quarter", _LATEST_PERIOD, lambda m: {"same_quarter": True, "latest": True},
         family="periods", trigger=trigger(["latest", "recent"]), reach=16),
    Rule("half", "half", _H, _build_h, family="periods", trigger=T_HALF, reach=30),
    Rule("season", "season", _S, _build_s, family="periods", trigger=T_SEASON, reach=35),
]

EXAMPLES = [
    ("we’re so happy\nthat you’re spending your birthday weekend with us.", "2023-07-09", "2023-W27-WE",
     "your birthday weekend"),
    # "year of" + a determiner, pronoun or gerund is still the calendar year
    ("the number of the deportation was the highest last year of any year.", "2023-05-11", "2022", "last year"),
    ("We have video\nthis year of his making the case", "2022-08-01", "2022", "this year"),
    ("canceled parades, and last year of having to do it virtually?", "2022-03-15", "2021", "last year"),
    ("Thank you. We'll look forward to a briefing later in the\nweek.", "2021-08-31", "2021-W35", "later in the\nweek"),
    ("Earlier in the week, the President met them.", "2021-09-02", "2021-W35", "Earlier in the week"),
    ("This week, NATO’s Foreign Ministers will", "2017-12-04", "2017-W49", "This week"),
    ("And last week the EU participated", "2017-12-04", "2017-W48"),
    ("next week", "2017-12-04", "2017-W50"),
    ('He said, "This week we will act."', "2017-12-04", "2017-W49", "This week"),
    ("At this week‘s Ministerial", "2017-12-04", "2017-W49"),
    ("Last week’s launch of a missile", "2017-12-04", "2017-W48"),
    ("The G7 meets this weekend.", "2022-06-22", "2022-W25-WE"),
    ("after what happened over this weekend, it is outrageous", "2024-09-04", "2024-W35-WE"),
    ("a busy weekend of activities in Munich", "2022-02-16", "2022-W07-WE"),
    ("last month", "2024-07-05", "2024-06"),
    ("this\nmonth", "2021-10-29", "2021-10"),
    ("last year", "2023-05-18", "2022"),
    ("by the end of the year", "2021-10-29", "2021"),
    ("the week after next", "2017-12-04", "2017-W51"),
    ("earlier this year", "1989-10-26", "1989"),
    ("profits in the third quarter rose", "1989-10-26", "1989-Q3"),
    ("third-quarter earnings", "1989-10-26", "1989-Q3"),
    ("the fourth quarter of 1997", "1998-01-08", "1997-Q4"),
    ("the first quarter of next year", "2017-12-04", "2018-Q1"),
    ("in the second half of 2018", "2017-12-04", "2018-H2"),
    # a half of a calendar year named relative to the briefing
    ("if you look at the first half of this\nyear, of course", "2021-12-20", "2021-H1", "the first half of this\nyear"),
    ("The second half of this year, of course, the main event was", "2021-12-20", "2021-H2"),
    ("we expect to finish in the first half of next year", "2021-12-20", "2022-H1", "the first half of next year"),
    ("growth slowed in the second half of last year", "2021-12-20", "2020-H2", "the second half of last year"),
    ("deliveries pick up in the back half of the year", "2021-03-02", "2021-H2", "the back half of the year"),
    ("in the latter half of 2022", "2021-12-20", "2022-H2", "the latter half of 2022"),
    ("During the\nfirst half of this fiscal year, we", "2023-05-11", "2023"),
    ("next summer", "2017-12-04", "2018-SU"),
    ("this spring", "2024-07-05", "2024-SP"),
    ("last fall", "1999-06-07", "1998-FA"),
    ("So, as we all know, this upcoming week, from December 2 to 4", "2024-11-29", "2024-W49", "this upcoming week"),
    ("the upcoming weekend", "2024-11-27", "2024-W48-WE"),
    ("as we plan for the Winter of 2022", "2021-12-20", "2022-WI"),
    ("the summer of 2018", "2017-12-04", "2018-SU"),
    ("this year’s summit", "2022-06-22", "2022"),
    ("the latest quarter", "1989-10-26", "1989-Q3"),
    ("This quarter's loss includes charges", "1989-11-01", "1989-Q4"),
    ("demand for its computers well into the summer.", "1989-05-01", "1989-SU"),
    ("4th quarter 2018", "2013-02-12", "2018-Q4"),
    ("as early as next year's first quarter", "1989-10-31", "1990-Q1"),
    # results reporting: the quarter a year before the one reported
    ("National Intergroup in the year-ago third quarter earned $22.5 million", "1989-10-30", "1988-Q3",
     "the year-ago third quarter"),
    ("In the year-earlier fourth quarter, the bank had net income of $2.8 million", "1990-02-14", "1988-Q4",
     "the year-earlier fourth quarter"),
    ("Net fell in the third quarter. Kirschner earned $376,000 on revenue of $14.5 million in the 1988 quarter.",
     "1989-10-30", "1988-Q3", "the 1988 quarter"),
    ("Net rose 5% in the third quarter. In the 1989 period also, interest expense was lower.",
     "1989-11-01", "1989-Q3", "the 1989 period"),
    ("Net sales for this year's third quarter were $14 million. U.K. sales for last year's quarter were "
     "about $3 million.", "1989-11-01", "1988-Q3", "last year's quarter"),
    # ... after the nine months were named, "the 1988 period" is that year's nine months: the year
    ("Net rose in the third quarter. In the first nine months, net was $306 million, compared with a "
     "loss of $195 million in the 1988 period.", "1989-11-02", "1988", "the 1988 period"),
    ("announced a loss for the third quarter of $226.3 million.  For the quarter a year ago, Columbia "
     "reported earnings of $16.3 million", "1989-10-26", "1988-Q3", "the quarter a year ago"),
    ("The company earned $45.2 million in its fourth quarter. Sales in the latest period were $1.76 billion.",
     "1989-11-02", "1989-Q4", "the latest period"),
    # ... and with no quarter named before, the year
    ("Results in the 1988 period were restated.", "1989-11-02", "1988", "the 1988 period"),
    ("Sales for the full year were $6.6 billion.", "1989-11-02", "1989", "the full year"),
    ("a high for the year of $42.875", "1989-11-02", "1989"),
    ("a full budget up in late spring.", "2021-04-09", "2021-SP", "in late spring"),
    ("the troops came home by early summer.", "2021-10-09", "2021-SU"),
    # "this <season>" is that season of the briefing's year, whatever the tense
    ("Biden said we could have herd immunity as early as this\nsummer.", "2021-01-26", "2021-SU"),
    ("It was a hot summer; this winter will be cold.", "2024-02-10", "2023-WI", "this winter"),
    ("what we did this past week", "2025-01-03", "2025-W01", "this past week"),
    ("what we did this past week", "2025-01-06", "2025-W01", "this past week"),
    ("The determination will be released this week.", "2023-11-26", "2023-W48", "this week"),
    ("We met twice this week.", "2023-11-26", "2023-W47", "this week"),
    ("Would the President be more optimistic in the new year with a reset?", "2021-12-17", "2022", "the new year"),
    ("we will have more to say after the new year", "2022-01-04", "2022", "the new year"),
    ("And then the week before this one, we worked very hard with the Israelis", "2024-03-02", "2024-W08",
     "the week before this one"),
    ("a number of meetings last week — not the\nweek that’s just finishing, but last week.", "2024-03-02",
     "2024-W09", "the\nweek that’s just finishing"),
    ("we will know more the week after this one", "2024-03-06", "2024-W11", "the week after this one"),
    ("we saw it over the course of last year", "2023-06-28", "2022", "of last year"),
    ("First trip — first of the new year. We are so excited.", "2023-01-04", "2023", "the new year"),
    ("we look forward to the new year", "2021-12-20", "2022", "the new year"),
    ("talk about the week ahead, and then questions", "2025-01-03", "2025-W02", "the week ahead"),
    ("talk about the week ahead, and then questions", "2025-01-06", "2025-W02", "the week ahead"),
    ("the talks\nthis\nweek", "2017-12-04", "2017-W49", "this\nweek"),
    ("our work continues across the summer months.", "2021-07-01", "2021-SU", "across the summer months"),
    ("the summer months are busy", "2021-07-01", "2021-SU", "the summer months"),
    ("we vaccinated millions during the winter months", "2021-05-01", "2020-WI"),
    ("given that it is spring, pollen counts are high", "2023-05-20", "2023-SP", "spring"),
    ("now that it's winter, cases rise", "2024-01-10", "2023-WI", "winter"),
    ("We expect a decision by end of year.", "2022-04-12", "2022", "end of year"),
    ("an end-of-year review", "2022-04-12", "2022"),
    ("We want this done by end of month.", "2022-04-12", "2022-04", "end of month"),
    ("by the end of the calendar year", "2022-04-12", "2022"),
    ("we will keep vaccinating across the summer, as we did", "2021-07-01", "2021-SU", "across the summer"),
    ("throughout the winter, cases will rise", "2021-11-10", "2021-WI", "throughout the winter"),
    ("as we head into summer, we will", "2022-04-12", "2022-SU", "summer"),
    ("will not cooperate when we get to the summer?", "2022-04-14", "2022-SU", "the summer"),
    ("as we head toward the fall, cases will rise", "2021-08-05", "2021-FA", "the fall"),
    # reaching a season lies ahead, even when the last one was nearer
    ("If we do, then by the time we get to the fall, I think we can", "2021-01-21", "2021-FA", "the fall"),
    ("the coming winter months will be hard", "2021-10-10", "2021-WI"),
    # "this coming weekend" is the first weekend not yet begun: on a weekday, the current week's
    ("we head to Rome this coming\nweekend", "2025-01-06", "2025-W02-WE", "this coming\nweekend"),
    ("we head to Rome this coming weekend", "2025-01-10", "2025-W02-WE", "this coming weekend"),
    ("we head to Rome this coming weekend", "2025-01-11", "2025-W03-WE", "this coming weekend"),
    ("over the coming weekend, we will", "2025-01-08", "2025-W02-WE", "over the coming weekend"),
    ("next weekend we will", "2025-01-06", "2025-W03-WE", "next weekend"),
    # an evaluative adjective between the modifier and the unit
    ("this critical year for the alliance", "2022-10-12", "2022", "this critical year"),
    ("this busy week", "2022-10-12", "2022-W41", "this busy week"),
]
NEGATIVES = ["a birthday weekend is fun", "every birthday weekend", "So, during this year of action, the United States intends", "over the course of the year of action",
             "accountability during the year of action?", "given the year of data we have",
             "over the last year, we made progress", "the week before this meeting", "over the course of the last year and half", "sanctions pressure that we have\nincreased over the course of the past year.", "over the course of the last year, we", "over the course of the next year, we", "in the past year and a half", "the last month and a half", "the week before this summit",
             "the week that ended with a vote", "the week that is left", "the first of the New Year's Eve parties", "Happy New Year to all", "a new year's resolution", "ring in the New Year", "during the past year", "in the past year", "over the\nnext year", "later in the week's session", "earlier in the week of the attack", "in late spring training", "in early fall of last decade's", "the fall of Kabul", "he donated the first quarter of his salary", "the 1988 periodic review", 'speaking on ABC News\' "This Week," said', "on ABC-TV's “This Week With David Brinkley” that", "the prior year's quarterback", "over the most recent period of time", "in the second half of the game", "the second half of the season", "the back half of the bus", "We spring into action",
             "weekends are quiet", "It will be your last week here.", "the last week of October", "his last year in office", "for a week", "every year", "a week or two",
             "it is spring cleaning time", "the end of year two of the program", "the last big week of the session",
             "this fiscal matter", "this new weekly report",
             "It is summer in the southern hemisphere", "until summer camp starts", "we get to the summer camp by bus",
             "already being distributed to clinics as announced in the\nWinter Plan?", "during the Summer Olympics",
             "the upcoming weeks", "lay out the cadence for us over the upcoming year", "when we get to the fall of the regime", "they get to the Summer Olympics", "we get to the winter-storm data", "by fall and winter"]

check_example, check_negative = checks({r.name for r in RULES})
