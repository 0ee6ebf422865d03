"""Durations anchored to the briefing: "three years ago", "78 years ago", "seven months away",
"in two weeks", "two weeks from now", "within a month", "a decade ago". They resolve at the grain
of their unit. Durations that name no calendar period ("for three days", "over the last 15
months", "for decades") are not matched; "in five years" after a superlative ("the lowest level
in five years") is a span, not a point, and is rejected at resolution by its past tense."""
from __future__ import annotations

import regex

from . import Rule, checks, compile_
from .lexicon import trigger, T_UNIT, DAY_ORDINAL_WORD, MONTH_FULL, NUMBER, WEEKDAY, WS, month_num, number_value, weekday_num
from .. import lazyre

T_UNIT_NIGHT = trigger(list(T_UNIT.words) + ["night"])

# ("four nights ago": a night counts as the day it falls on)
_UNIT = r"(?P<u>(?i:day|night|week|month|year|decade|century|centuries))(?i:s)?\b['’]?"
_APPROX = (r"(?P<approx>(?i:about|around|nearly|almost|some|more[ ]than|less[ ]than|over|roughly|"
           r"just|only|barely|exactly|approximately|just[ ]over|just[ ]under|a[ ]little[ ]less[ ]than|"
           r"a[ ]little[ ]more[ ]than|little[ ]more[ ]than|precisely|fully|just[ ]about){WS})?")
_N = rf"(?P<n>(?i:{NUMBER}))"
_AGO = compile_(rf"""
    \b{_APPROX}{_N}(?:-|{WS})(?:(?i:or[ ]so|and[ ]a[ ]half){WS})?{_UNIT}
    (?:{WS}(?i:or[ ]so))?{WS}(?P<dir>(?i:ago|away|from[ ]now|from[ ]today|hence|back))\b
    # "he was here a year ago in February": the month of that year
    (?:(?<=(?i:year|years)(?:{WS}(?i:or[ ]so))?{WS}(?i:ago)){WS}(?i:in){WS}(?P<mon>{MONTH_FULL})\b(?![ \t\u00a0]*+,?[ \t\u00a0]*+\d))?
""")
_IN = compile_(rf"""
    \b(?P<dir>(?i:in|within)){WS}{_APPROX}(?:(?i:another){WS})?
    {_N}(?:-|{WS}){_UNIT}(?:{WS}(?i:time|from[ ]now))?
    (?!{WS}(?i:of|before|after|earlier|later|ago|running|in[ ]a[ ]row|straight)\b)
""")
# "a week from Friday", "two weeks from Monday": counted from that (coming) weekday
_FROM_WD = compile_(rf"""
    \b{_N}(?:-|{WS}){_UNIT}{WS}(?i:from){WS}(?P<wd>{WEEKDAY})
""")


def _build_from_wd(m):
    n = number_value(m.group("n"))
    unit = m.group("u").lower()
    if n is None or n != int(n) or unit not in ("day", "week"):
        return None
    return {"n": int(n), "unit": unit, "sign": 1, "vague": False, "within": False, "inside": False,
            "from_weekday": weekday_num(m.group("wd"))}


# ("a test within one day of departure", "within a week after the vote": counted from that event)
_WITHIN = compile_(rf"""
    \b(?P<dir>(?i:within)){WS}(?P<n>(?i:a|one|the[ ]next|the[ ]coming))(?:{WS})(?P<u>(?i:day|week|month|year))\b
    (?!{WS}(?i:of|before|after|from)\b)
""")


# "the first time in seven years", "the lowest level in five years", "its biggest drop in a decade":
# a span reaching back to now, not a point in the future
# (also an ordinal or a count of times: "our second summit in a year", "twice in a month";
# not "once": a conjunction, "once those restrictions expire in a few days")
_SPAN_CUE = lazyre.compile(rf"(?i)\b(?:{DAY_ORDINAL_WORD}|twice"
                          r"|only|\w{3,}est|most|least|record|ever|time|times)\b[^.;:!?]{0,60}$")


# "80,000 new infections in one day", "100 million shots in 100 days": a count per span, a rate.
# Not when the count is already a rate ("2 million meals a day in two months": by then) or
# comes next in a sequence ("and then, another 50 million in several months"), or is a level
# to reach ("from 8 percent of sales to 50 percent of sales in eight years").
_RATE_CUE = lazyre.compile(
    r"(?i)(?<!\banother\s++)(?<![\w,.])(?:\d[\d,.]*+|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?))"
    r"(?:\s++(?!(?:a|per|each|every|percent)\b)[\w’'-]++){1,3}\s++$")


def _build(m):
    if m.group("dir").lower() == "in" and (
            _SPAN_CUE.search(m.string, max(0, m.start() - 80), m.start())
            or _RATE_CUE.search(m.string, max(0, m.start() - 60), m.start())):
        return None
    n_txt = m.group("n").lower()
    if n_txt in ("the next", "the coming"):
        n_txt = "a"
    n = number_value(n_txt)
    unit = m.group("u").lower()
    unit = "century" if unit.startswith("centur") else "day" if unit == "night" else unit
    d = m.group("dir").lower()
    sign = -1 if d in ("ago", "back") else 1
    vague = n is None or bool(m.groupdict().get("approx")) or "or so" in m.group(0).lower()
    if n is None:
        n = 3 if "few" in n_txt or "several" in n_txt else 2
    if n != int(n):
        return None  # "half a year ago" has no single calendar value at its grain
    if m.groupdict().get("mon"):
        return {"n": int(n), "unit": unit, "sign": sign, "vague": vague, "within": False,
                "inside": False, "month": month_num(m.group("mon"))}
    if d == "within" and unit in ("year", "decade", "century"):
        return None  # "replace them within 10 years", "within a decade": a deadline span, no period
    if d == "in" and (unit in ("decade", "century") or (unit == "year" and n >= 10)):
        # "replace lead pipes in 10 years": a goal horizon, not a calendar year anyone dates
        # (TimeML still dates shorter ones: "redeemed in five years" is that year)
        return None
    return {"n": int(n), "unit": unit, "sign": sign, "vague": vague,
            "within": d == "within", "inside": d in ("in", "within")}


RULES = [
    Rule("anchored-ago", "anchored", _AGO, _build, priority=1, family="anchored", trigger=T_UNIT_NIGHT, reach=32),
    Rule("anchored-in", "anchored", _IN, _build, family="anchored", trigger=T_UNIT_NIGHT, reach=32),
    Rule("anchored-from-weekday", "anchored", _FROM_WD, _build_from_wd, priority=2, family="anchored",
         trigger=trigger([], pattern=r"from\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"), reach=25),
    Rule("anchored-within", "anchored", _WITHIN, _build, family="anchored", trigger=T_UNIT, reach=20),
]

EXAMPLES = [
    ("We are now just seven months away from NATO’s next Summit", "2017-12-04", "2018-07",
     "seven months away"),
    ("three years ago", "2017-12-04", "2014"),
    ("the end of the war 78 years\nago", "2023-05-18", "1945", "78 years\nago"),
    ("since the invasion 15 months ago", "2023-05-18", "2022-02", "15 months ago"),
    ("We will meet again in two weeks.", "2017-12-04", "2017-W51", "in two weeks"),
    ("a decade\nago", "2024-07-05", "201"),
    ("a year ago", "2022-06-22", "2021"),
    ("Scholz was just here\nover a year ago in February, and obviously", "2023-03-02", "2022-02",
     "a year ago in February"),
    ("We signed it two years ago in June.", "2024-09-10", "2022-06", "two years ago in June"),
    ("six weeks ago", "1998-03-01", "1998-W03"),
    ("two days from now", "2017-12-04", "2017-12-06"),
    ("almost four years ago", "1999-03-12", "1995"),
    ("the State of the Union Address not four nights ago", "2024-03-11", "2024-03-07", "four nights ago"),
    ("We'll be back in two nights.", "2024-03-11", "2024-03-13", "in two nights"),
    ("We will decide within a month.", "2017-12-04", "2018-01"),
    ("Secondly, we will meet again in a month.", "2017-12-04", "2018-01"),  # no ordinal of the count
    ("Once those restrictions expire in a few days, are you ready?", "2023-05-03", "2023-05-06"),
    ("a week from Friday", "2022-11-08", "2022-11-18"),
    ("two weeks from Monday", "2022-11-08", "2022-11-28"),
    ("The plant opens in three years.", "2017-12-04", "2020"),
    ("The stock would be redeemed in five years.", "1989-11-02", "1994"),
]
NEGATIVES = ["It’s our second summit in a year, in which he is following up", "the third visit in a month", "his twelfth trip abroad in two years",
             "he met them twice in a week", "in the next two weeks", "for three nights", "two nights in a row", "the last few nights", "gas above $3 a gallon for the first time in seven years", "the lowest level in five years",
             "for decades", "for three days", "over the last 15 months", "15 months",
             "in two weeks of talks", "three years later", "replace every lead pipe within 10 years",
             "within a decade", "in 10 years we will have clean water", "in two decades",
             # counted from an event, not from the briefing
             "the rules will now require a\ntest within one day of departure", "within a week after the vote",
             "80,000 new infections in one day", "3 million shots in a single week",
             "two million doses administered in one day",
             # the span cue may come a clause before ("first trip ..., I think — is it in six years?")
             "This is President Xi’s first trip to the United States, I think — is it\nin six years?"]
EXAMPLES += [
    ("they will provide 2 million meals a day in two months", "2024-03-20", "2024-05", "in two months"),
    ("and then, another 50 million in two months", "2021-03-01", "2021-05", "in two months"),
    ("to go to 50 percent of sales in eight years", "2024-03-01", "2032", "in eight years"),
]

check_example, check_negative = checks({r.name for r in RULES})
