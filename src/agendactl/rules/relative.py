"""Relative days: today, tonight, this morning, tomorrow, yesterday, the day after tomorrow,
the day before yesterday, last night, earlier/later today (each with a part of the day)."""
from __future__ import annotations

import regex

from . import Rule, checks, compile_
from .lexicon import T_RELDAY, WS, trigger
from .. import lazyre

_PART = rf"(?:{WS}(?:morning|afternoon|evening|night|noon))?"
_POSS = r"(?:['’]s)?"

_REL = compile_(rf"""
    \b(?i:
      (?P<early>(?:earlier|later|early|late){WS}(?:on{WS})?)?
      (?: (?P<dat>the{WS}day{WS}after{WS}tomorrow) | (?P<dby>the{WS}day{WS}before{WS}yesterday)
        | (?P<today>today){_POSS} | (?P<tonight>tonight){_POSS}
        | (?P<tomorrow>tomorrow){_POSS}{_PART} | (?P<yesterday>yesterday){_POSS}{_PART}
        | (?P<this>this{WS}(?:morning|afternoon|evening))
        # "last evening" is yesterday evening, like "last night"; "the/his last evening" is the final one
        | (?<!\b(?:the|his|her|our|their|my|your|its)[ ])(?P<lastnight>last{WS}(?:night|evening)) )
    )\b{_POSS}
""")


# "USA Today", "Russia Today", "MedPage Today": a capitalised name word right before a
# capitalised "Today" makes it a title (sentence openers like "And Today" aside).
_NAME_BEFORE = lazyre.compile(r"(?<![\w.])(?P<w>[A-Z][A-Za-z]+)[ ]$")
_SHOW_AFTER = lazyre.compile(r"[ \t\u00a0]++(?i:show|program|programme)\b")
_SENTENCE_START = lazyre.compile(r"(?:^|[.!?:][ \t\u00a0]*+|\n[ \t\u00a0]*+)$")
# "today's world", "today's youth", "in today's economy": nowadays, no calendar day (the day
# itself is "today's call", "today's announcement")
_NOWADAYS_AFTER = lazyre.compile(
    r"['’]s[ \t\u00a0\r\n]++(?:(?i:personal|global|modern|young|interconnected|digital)[ \t\u00a0\r\n]++)?"
    r"(?i:world|youth|young|society|generations?|kids|children|era|age|times|standards"
    r"|technology|computers|environment|workplace|workforce|marketplace|economy|dollars)\b")
_OPENERS = frozenset("""and but so even until since just only also now then yes well again as from
starting beginning right okay ok because if when while like that later earlier""".split())


def _build(m):
    if m.group("today") and not m.group("early") and _NOWADAYS_AFTER.match(m.string, m.end("today")):
        return None
    if m.group("today") and m.group("today")[0] == "T" and not m.group("early"):
        nb = _NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        if nb and nb.group("w").lower() not in _OPENERS:
            return None
        if _SHOW_AFTER.match(m.string, m.end()) and not _SENTENCE_START.search(
                m.string, max(0, m.start() - 4), m.start()):
            return None  # "on the Today show"
    if m.group("dat"):
        off = 2
    elif m.group("dby"):
        off = -2
    elif m.group("tomorrow"):
        off = 1
    elif m.group("yesterday") or m.group("lastnight"):
        off = -1
    else:
        off = 0
    return {"offset": off}


# "On this day, Juneteenth, the President ...": today. Not an anniversary ("on this day in 1945",
# "on this day 80 years ago", "on this day of remembrance", "every year on this day").
_THIS_DAY = compile_(rf"""
    (?<!(?i:every|each)[ ]year[ ])
    \b(?:(?i:on{WS}this{WS}day)
      # "every single day, and that includes this day": today, one of the days just counted
      | (?<=\b(?i:including|includes|include)[ \t\u00a0\n]{{1,3}})(?P<incl>(?i:this{WS}day)))\b
    (?!(?:{WS}|[ \t]*+,[ \t\n]*+)(?i:in|of|years?|decades?|last|every|each|back|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a[ ]hundred|\w+[ ]years)\b)
    (?![ \t]*+\d|['’]s\b)
""")


# only as a sentence adverbial ("On this day, ..."): mid-clause ("the test went on this day for
# this reason") it is as often the day of an event just discussed
_CLAUSE_START = lazyre.compile(r"(?:^|[.!?:;—–]|\n)[ \t\u00a0\"“]*+(?:(?i:and|but|so|now)[ \t]++)?$")
_SELF_CORRECTED = lazyre.compile(r"[ \t\u00a0]*+[—–-]")


def _build_this_day(m):
    s, e = m.start(), m.end()
    if _SELF_CORRECTED.match(m.string, e):
        return None  # "on this day — on that day, he ..."
    if not m.group("incl") and not (_CLAUSE_START.search(m.string, max(0, s - 12), s) or m.string.startswith(",", e)):
        return None
    return {"offset": 0}


# A deadline today: "we'll have more by the end of the day", "before end of day". Only after
# by/before/until: "at the end of the day" is the idiom ("ultimately"), no day at all; and not
# when another day follows ("by the end of the day on Friday", "… Tuesday").
_END_OF_DAY = compile_(rf"""
    (?<=\b(?i:by|before|until|till){WS})
    (?i:(?:the{WS})?end{WS}of{WS}(?:the{WS}|business{WS})?day)\b
    (?!{WS}(?i:on|of|tomorrow|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[ \t]*+\d)
""")


def _build_end_of_day(m):
    return {"offset": 0}


RULES = [Rule("relative-day", "relday", _REL, _build, priority=1, family="relative", trigger=T_RELDAY, reach=25),
         Rule("end-of-day", "relday", _END_OF_DAY, _build_end_of_day, priority=1, family="relative",
              trigger=trigger(["end"]), reach=6),
         Rule("on-this-day", "relday", _THIS_DAY, _build_this_day, priority=1, family="relative",
              trigger=trigger(["this day"]), reach=4)]

EXAMPLES = [
    ("We will begin tomorrow with a meeting.", "2017-12-04", "2017-12-05", "tomorrow"),
    ("Today, negotiations are ongoing.", "2017-12-04", "2017-12-04", "Today"),
    ("the day after tomorrow", "2017-12-04", "2017-12-06"),
    ("He called yesterday.", "2017-12-04", "2017-12-03"),
    ("the day before yesterday", "2017-12-04", "2017-12-02"),
    ("I spoke to him this morning.", "2022-06-22", "2022-06-22", "this morning"),
    ("tomorrow morning at 5", "2021-11-17", "2021-11-18", "tomorrow morning"),
    ("tomorrow’s summit", "2021-11-17", "2021-11-18", "tomorrow’s"),
    ("after today’s call with the world leaders", "2021-11-17", "2021-11-17", "today’s"),
    ("We talked earlier today.", "2022-02-16", "2022-02-16", "earlier today"),
    ("Late yesterday the market fell.", "1989-11-01", "1989-10-31", "Late yesterday"),
    ("There was fighting last night.", "1998-01-08", "1998-01-07"),
    ("the readout that we put out last evening.", "2021-05-18", "2021-05-17", "last evening"),
    ("tonight", "2017-12-04", "2017-12-04"),
    ("And in meetings this\nmorning, leaders are going", "2023-07-12", "2023-07-12", "this\nmorning"),
    ("he will speak this\u00a0afternoon", "2023-07-12", "2023-07-12"),
    ("Thank you. Today we will announce", "2023-07-12", "2023-07-12", "Today"),
    ("And Today is the day", "2023-07-12", "2023-07-12", "Today"),
    ("One thing about Juneteenth: On this day,\nJuneteenth, the President", "2023-06-19", "2023-06-19", "On this day"),
    ("And on this day we remember them.", "2023-06-19", "2023-06-19", "on this day"),
    ("We're in touch with them every single day, and that includes this day, about", "2024-10-21", "2024-10-21", "this day"),
    ("we have met every day, including this day.", "2024-10-21", "2024-10-21", "this day"),
    ("We will see if, by the end\nof the day, we do.", "2021-06-29", "2021-06-29", "the end\nof the day"),
    ("We expect a decision before end of day.", "2024-03-11", "2024-03-11", "end of day"),
    ("until the end of business day", "2024-03-11", "2024-03-11", "the end of business day"),
]
NEGATIVES = ["he said on the Today show that", "we'll go to Francesca from USA Today.", "an op-ed in USA Today", "outlets like Russia Today",
             "Todays are busy", "the day after",
             "On this day in 1945, the war ended", "on this day 80 years ago", "On this day, 80 years ago,",
             "every year on this day", "on this day of remembrance", "including this day in 1945",
             "that includes this day of remembrance", "including this day’s events", "every year, including this day 80 years ago",
             "we don't see that this test went on this day\nfor this reason", "And on this day — on that day, he met", "We will meet", "Mr. Tomorrowland",
             "on the last evening of the summit", "his last evening in office",
             "At the end of the day, we want results.", "at the end of the day the voters decide",
             "by the end of the day on Friday", "by the end of the day Tuesday", "by the end of the day of the vote",
             "the end of the day", "for today's youth what 40 years of the blockade were",
             "in today’s world, where paternity can be proved", "the chips of choice in many of today's personal computers",
             "families face in today’s economy"]

check_example, check_negative = checks({r.name for r in RULES})
