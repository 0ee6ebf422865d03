"""Day + month dates, with or without a year or weekday, single, lists and ranges:
"on 5 and 6 December", "from 9 to 11 July", "July 13-15", "May 19th", "Saturday, October 30th",
"December 4, 2017", "04 Dec. 2017", "the fifth of December", "30 November to 2 December"."""
from __future__ import annotations

import regex

from . import Rule, checks, compile_
from .lexicon import (trigger, T_MONTH, MONTH_AFTER_DAY, ORDINAL_WORDS, MONTH_FULL, MONTH_ABBR, T_WEEKDAY, DAYNUM, AND_SEP, DAY, LIST_SEP, MONTH, RANGE_SEP, WEEKDAY, WEEKDAY_ABBR, WS, YEAR,
                      day_num, month_num, weekday_num)
from .. import lazyre

_D = rf"(?<![\d.,:/$])(?:the{WS})?{DAY}"
_PRE = rf"(?:(?i:last|this|next|on|by|until|till|from|since|before|after|between|as[ ]of|through|starting|beginning|of)(?:{WS}))?"
_WEEKOF = rf"(?P<weekof>(?i:the{WS}week(?P<weekend>end)?{WS}of){WS})?"
_WDAY = rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?{WS}(?:the{WS})?)?"
# "January 6th, 2021", "January 6th in 2021", "January 13th of 2021": the year closes the date
# "June 14 of this year", "March 3rd of last year": the year named relative to the briefing
_YEAR = rf"(?:,?{WS}(?:(?i:in|of){WS})?(?P<y>{YEAR})(?!{WS}(?i:people|troops|dollars|percent))|{WS}(?i:of){WS}(?P<yrel>(?i:this|last|next)){WS}(?i:year)\b(?!['’]))?"

_DMY = compile_(rf"""
    {_WEEKOF}{_PRE}{_WDAY}
    (?P<d1>{_D})
    (?: (?:{LIST_SEP}(?P<dl>{_D})){{0,8}}{AND_SEP}(?P<dl>{_D})
      | {RANGE_SEP}(?P<d2>{_D}) )?
    {WS}(?:of{WS})?(?P<m1>{MONTH_AFTER_DAY})
    (?: {RANGE_SEP}(?!(?P=d1){WS}(?:of{WS})?(?P=m1)\b)(?P<d3>{_D}){WS}(?:of{WS})?(?P<m2>{MONTH_AFTER_DAY}) )?
    {_YEAR}
    (?![-–/]\d)
""")

_MDY = compile_(rf"""
    {_WEEKOF}{_PRE}{_WDAY}
    (?P<m1>{MONTH}){WS}(?P<d1>{_D})
    (?: (?:{LIST_SEP}(?P<dl>{_D})){{0,8}}{AND_SEP}(?P<dl>{_D})
      # (the date said twice is no range: "Monday, February 7th — February 7th")
      | {RANGE_SEP}(?!(?P=m1){WS}(?P=d1)\b)(?P<m2>{MONTH}){WS}(?P<d2>{_D})
      | {RANGE_SEP}(?P<d2>{_D}) )?
    {_YEAR}
    (?![-–/]\d|[ \t]*+(?:%|percent|per[ ]cent))
""")


# A date used as the name of a past event or document: "the January 27th Executive Order", "the
# July 21st Joint Statement", "the President's April 5th executive order", "the January 6th
# committee" -- the occurrence on or before the briefing, whatever the clause says.
_NAMING_BEFORE = lazyre.compile(r"(?:\b(?i:the|this|that|his|her|its|their|our)|['’]s)[ \t\u00a0]++$")
# Nouns of events that are over once named: a date before them names a past occurrence, with or
# without a determiner ("September 11th attacks", "the January 6th insurrection"), and never the
# briefing day itself (said on its anniversary, it is the anniversary)
_PAST_HAPPENING_AFTER = lazyre.compile(
    r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?(?i:attacks?|insurrection|riots?|massacres?|shootings?|bombings?|"
    r"earthquakes?|explosions?|crash|coup|invasion|hijackings?|terrorist[ \t]attacks?|committee|select[ \t]committee|"
    r"commission|anniversary|tragedy|violence|rioters|insurrectionists)\b")
# ... and such a happening named before its date: "the Hamas attacks on October 7th", "the
# massacre of June 4th" -- the occurrence before the briefing
_PAST_HAPPENING_BEFORE = lazyre.compile(
    r"(?:\b(?i:the|that|this)[ \t\u00a0]++(?i:attack|massacre|shooting|bombing|invasion|coup)|"
    r"\b(?i:attacks|insurrection|riots|massacres|shootings|bombings|hijackings|killings))[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?(?:(?i:on|of)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?)?$")
# Days whose date is the name of one event in English public speech (world knowledge, like the
# holidays): used as an event's name ("the January 6th committee", "since September 11th",
# "remembering October 7th" on its anniversary) they are that event's year
# (only dates whose bare mention names the event far more often than a day: "since June 6th" is
# rarely D-Day)
_NAMED_PAST_DATES = {(1, 6): 2021, (9, 11): 2001, (10, 7): 2023}
# "in January 6th", "in September 11th": "in" takes a month or a year, so before a day it names an
# event ("whatever role he may have played in January 6th")
# ("those who may have been behind January 6th": one is behind an act, never a day)
_IN_BEFORE = lazyre.compile(r"\b(?i:in|since|behind|remembering|remember|commemorating|"
                           r"mark(?:ing|s)?|pictures[ \t]of|images[ \t]of|memory[ \t]of)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
# The day the briefing is held, said as a date: "It's now April 5th", "today is September 1st",
# "this is June 1st", "doing this now on June 1" -- a cue of the sentence before the date
_TODAY_BEFORE = lazyre.compile(
    r"\b(?i:today|tonight|this[ \t]morning|this[ \t]afternoon|this[ \t]evening|now|it['’]s|it[ \t]is|"
    r"this[ \t]is)\b|\d[ \t]*+[ap]\.?m\b")
# a dateline: "WASHINGTON, August 8 (Xinhua) --" dates the report itself
_DATELINE_BEFORE = lazyre.compile(r"[ \t\u00a0]*+[A-Z][A-Z.'’ -]{1,40},[ \t\u00a0]*+")
_DATELINE_AFTER = lazyre.compile(r"[ \t\u00a0]*+(?:\([A-Z][\w ]{0,30}\)[ \t\u00a0]*+)?(?:--|—|–)")
_TARGET_BEFORE = lazyre.compile(r"\b(?i:to|until|till|through|by|for|before|expire)[ \t\u00a0]++"
                               r"(?:\d{1,2}(?::\d\d)?[ \t]*+[ap]\.?m\.?[ \t\u00a0]++(?:[A-Z]{2,4}[ \t\u00a0]++)?)?$")
# A deadline looks ahead even when a past clause reports it ("the company announced its employees
# would need to be vaccinated no later than November 1st", "agreed to a deadline of May 1st"):
# "no later than"/"deadline of" always; "by"/"until" when the sentence carries an obligation or
# a future-in-the-past ("would", "agreed", "required") -- "By March 1st we had ..." stays past.
_DEADLINE_BEFORE = lazyre.compile(r"(?:\b(?i:no|not)[ \t\u00a0\r\n]++(?i:later)[ \t\u00a0\r\n]++(?i:than)"
                                 r"|\b(?i:deadline)(?:[ \t\u00a0\r\n]++(?i:of|is|was|date[ \t]of))?)[ \t\u00a0\r\n]++$")
_BY_UNTIL = lazyre.compile(r"(?i:by|until|till)[ \t\u00a0\r\n]")
_OBLIGATION = lazyre.compile(r"\b(?i:would|must|need|needs|required?|requires|requiring|agreed|agrees|"
                            r"committed|pledged|promised|deadline|have[ \t]to|has[ \t]to|set[ \t]a[ \t]goal)\b|['’]d\b")
_MODAL_PERFECT = lazyre.compile(r"\b(?i:would|could|should|might|must|will|may)(?:n['’]t)?[ \t\u00a0\r\n]++(?i:not[ \t]++)?(?i:have)\b")
_SENT_START = lazyre.compile(r"(?:(?<!\.[a-z]|\b[A-Z])[.!?][\s\u00a0\"”’)]++|\n[ \t\u00a0]*+\n)")
_PAST_EVENT_AFTER = lazyre.compile(
    r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?(?i:executive[ \t]order|order|joint[ \t]statement|statement|"
    r"attacks?|events?|insurrection|riot|committee|select[ \t]committee|commission|agreement|announcement|"
    r"memorandum|memo|letter|speech|ruling|decision|massacre|shooting|bombing|earthquake|explosion|"
    r"crash|proclamation|directive|accord|declaration|communiqu[eé]|readout|call)\b")

# "It happened on November 15th, almost — less than two years ago": a date with its distance
# back from now given right after it -- the occurrence that far back
_YEARS_AGO_AFTER = lazyre.compile(
    r",?[ \t\u00a0\r\n]*+(?:(?P<cmp>(?i:about|almost|nearly|just|some|roughly|around|more[ \t]than|less[ \t]than|"
    r"over|under|just[ \t]over|just[ \t]under))[ \t\u00a0\r\n]*+(?:[—–-]+[ \t\u00a0\r\n]*+)?){0,2}"
    r"(?P<n>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))[ \t\u00a0\r\n]++(?i:years?)"
    r"[ \t\u00a0\r\n]++(?i:ago)\b")
_AGO_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ACT_NOUN = lazyre.compile(r"(?i:events?|speech|announcement|call)\b")
_ACT_PREP_BEFORE = lazyre.compile(r"\b(?i:at|for|to|before|during|ahead[ \t]of|attend|attending)[ \t\u00a0\r\n]++"
                                  r"(?:(?i:the|this|that|his|her|its|their|our)|['’]s)[ \t\u00a0\r\n]++$")
# "I was born on the 13th", "she was born on June 2nd": a day of someone's life, of no known year
_BORN_BEFORE = lazyre.compile(r"\b(?i:born)[ \t\u00a0\r\n]++(?:(?i:on|in)[ \t\u00a0\r\n]++)?(?:(?i:the)[ \t\u00a0\r\n]++)?$")


def _build(m, month_first: bool):
    try:
        m1 = month_num(m.group("m1"))
        days = [day_num(m.group("d1").removeprefix("the").strip())]
        days += [day_num(x.removeprefix("the").strip()) for x in m.captures("dl")]
        second = m.group("d2") if month_first else (m.group("d3") or m.group("d2"))
        m2 = month_num(m.group("m2")) if m.group("m2") else m1
    except (KeyError, ValueError):
        return None
    items = [(d, m1) for d in days]
    if second:
        items.append((day_num(second.removeprefix("the").strip()), m2))
    if any(not 1 <= d <= 31 for d, _ in items):
        return None
    # a list or range must run forwards ("9-11 July"); "5, 3 December" is not a date list
    if any((b[1], b[0]) <= (a[1], a[0]) for a, b in zip(items, items[1:])) and m2 == m1:
        return None
    y = int(m.group("y")) if m.group("y") else None
    if y is None and _BORN_BEFORE.search(m.string, max(0, m.start() - 16), min(m.start("m1"), m.start("d1"))):
        return None  # a birthday: no year to give it
    wd = weekday_num(m.group("wd")) if m.group("wd") else None
    out = {"items": items, "year": y, "weekday": wd}
    if m.group("yrel"):
        out["year_offset"] = {"this": 0, "last": -1, "next": 1}[m.group("yrel").lower()]
    if y is None and len(items) == 1 and (
            _PAST_HAPPENING_AFTER.match(m.string, m.end())
            or wd is None and _PAST_HAPPENING_BEFORE.search(
                m.string, max(0, m.start() - 30), min(m.start("m1"), m.start("d1")))):
        # "the January 6th insurrection", "September 11th attacks", "Hamas attacks on October 7th"
        out["names_past"] = "event"
    elif y is None and len(items) == 1 and (pe := _PAST_EVENT_AFTER.match(m.string, m.end())) and \
            _NAMING_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        out["names_past"] = True
        if _ACT_NOUN.search(pe.group(0)) and _ACT_PREP_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
            # "the January 6th event", "the June 5th speech": an act named by its date may still be
            # to come -- a clear future clause ("going to be ... at the January 6th event") says so,
            # when the act is the occasion ("at/for/before the ..."; "what he said in the June 25th
            # call will matter" reports a past one)
            out["names_act"] = True
    elif y is None and len(items) == 1 and wd is None and (
            m.group(0)[:5].lower() == "since" or (
                m.start() == min(m.start("m1"), m.start("d1"))  # no preposition of its own ("kick in by January 1st")
                and _IN_BEFORE.search(m.string, max(0, m.start() - 30), m.start()))):
        # "since January 6th", "in January 6th", "remembering January 6th": the past occurrence
        out["names_past"] = "event"
    if y is None and len(items) == 1 and wd is None and (ya := _YEARS_AGO_AFTER.match(m.string, m.end())):
        n_txt = ya.group("n").lower()
        cmps = [c.lower() for c in ya.captures("cmp")]
        out["years_ago"] = int(n_txt) if n_txt.isdigit() else _AGO_N[n_txt]
        # "almost/less than two years ago": under that; "more than/over": beyond it
        out["years_ago_cmp"] = ("<" if any(c.split()[-1] in ("almost", "nearly", "than", "under") and "more" not in c
                                           for c in cmps) else ">" if any(c in ("over", "more than", "just over")
                                                                           for c in cmps) else "~")
    if y is None and _MODAL_PERFECT.search(m.string, max(0, m.start() - 100), min(len(m.string), m.end() + 60)):
        out["modal_perfect"] = True  # "would have been shooting ... after May 1st": no present perfect
    if y is None and len(items) == 1 and (items[0][1], items[0][0]) in _NAMED_PAST_DATES:
        out["event_year"] = _NAMED_PAST_DATES[(items[0][1], items[0][0])]
    if y is None and _TARGET_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        out["target_before"] = True  # "extended to Nov. 16", "until 5 p.m. EST Nov. 9": a target
    if y is None and len(items) == 1 and wd is None:
        lo = max(0, m.start() - 120)
        cut = None
        for c in _SENT_START.finditer(m.string, lo, m.start()):
            cut = c.end()
        ls = m.string.rfind("\n", lo, m.start()) + 1 or lo
        if (_TODAY_BEFORE.search(m.string, cut if cut is not None else lo, m.start())
                or _DATELINE_BEFORE.fullmatch(m.string, ls, m.start()) or _DATELINE_AFTER.match(m.string, m.end())):
            out["today_cue"] = True  # "It's now April 5th": if it is today's date, it is today
    if y is None and len(items) == 1 and wd is None and "names_past" not in out:
        own_prep = m.start() < min(m.start("m1"), m.start("d1"))
        if _DEADLINE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
            out["deadline"] = True
        elif own_prep and _BY_UNTIL.match(m.string, m.start()) or _BY_UNTIL.search(
                m.string, max(0, m.start() - 7), m.start()) and not own_prep:
            lo = max(0, m.start() - 150)
            cut = lo
            for c in _SENT_START.finditer(m.string, lo, m.start()):
                cut = c.end()
            if _OBLIGATION.search(m.string, cut, m.start()) and not _MODAL_PERFECT.search(m.string, cut, m.start()):
                out["deadline"] = True
    if m.group("weekof") and len(items) == 1 and not m.group("weekend"):
        out["week_of"] = True  # "the week of March 6": that ISO week ("the weekend of" keeps its days)
    return out


# "Tuesday the 9th", "on Tuesday 19th": the month is the one (near the briefing) where it fits
_WDD = compile_(rf"""
    {_PRE}(?P<wd>{WEEKDAY}),?{WS}(?:(?P<the>the){WS}(?P<d1>{DAYNUM})|(?P<d1>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)))
    (?!\d|:\d|{WS}(?i:of\b)|[ \t]*+(?:{MONTH}|[ap]\.?m\b|%|(?i:percent|minutes|hours|people|troops)))
""")


def _build_wdd(m):
    return {"items": [(day_num(m.group("d1")), None)], "year": None,
            "weekday": weekday_num(m.group("wd")), "month_search": True}


# "the first Monday of March", "last Friday in October 2013", "the second Tuesday of next month"
_NTH = compile_(rf"""
    {_PRE}(?:(?i:the){WS})?(?P<n>(?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)){WS}
    (?P<wd>{WEEKDAY}){WS}(?i:of|in){WS}
    (?: (?P<m1>{MONTH_FULL}|{MONTH_ABBR})(?:,?{WS}(?P<y>{YEAR}))?
      | (?:(?i:the){WS})?(?P<rel>(?i:this|next|last|the|current|previous|following|coming)){WS}(?i:month) )\b
""")


def _build_nth(m):
    n_txt = m.group("n").lower()
    n = -1 if n_txt == "last" else (ORDINAL_WORDS.get(n_txt) or int(n_txt[0]))
    out = {"nth": n, "weekday": weekday_num(m.group("wd"))}
    if m.group("m1"):
        out.update(month=month_num(m.group("m1")), year=int(m.group("y")) if m.group("y") else None)
    else:
        rel = m.group("rel").lower()
        out["month_offset"] = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1}.get(rel, 0)
    return out


# "on the 15th", "On 24th": a day of the month alone, in digits ("on the first" is a list item),
# only after a preposition and before the end of the phrase ("on the 10th floor" is no date)
_DORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
# ... also "the week of the 10th": that ISO week (as "the week of January 10th")
_DAYONLY = compile_(rf"""
    (?:(?P<weekof>(?i:the){WS}(?i:week){WS}(?i:of))|(?i:on|by|until|from|since|before|after)){WS}(?:(?i:the){WS})?(?P<d1>{_DORD})
    (?:(?:{AND_SEP}|{RANGE_SEP})(?:(?i:the){WS})?(?P<d2>{_DORD}))?  # "on the 9th and 10th"
    (?=[ \t]*+(?:[,.;:!?)]|$)|{WS}(?i:and|or|at|in|when|we|I|you|they|he|she|there|it)\b)
""")


# "full days of discussions the 12th and 13th for ...": two days of the month alone, paired,
# without a preposition (with one, _DAYONLY reads it); only before punctuation or a function
# word ("the 19th and 20th centuries", "the 1st and 2nd floors" are no dates); not the tail
# of a longer list ("the 11th, the 12th, and the 16th")
_DAYPAIR = compile_(rf"""
    (?<!(?i:on|by|until|from|since|before|after){WS})(?<!(?:st|nd|rd|th),?[ \t\r\n]{{1,3}})
    (?<![\w'’])(?i:the){WS}(?P<d1>{_DORD})
    (?:{AND_SEP}|{RANGE_SEP})(?:(?i:the){WS})?(?P<d2>{_DORD})
    (?!,?[ \t\r\n]{{1,3}}(?:(?i:and|or)[ \t\r\n]{{1,3}})?(?:(?i:the)[ \t\r\n]{{1,3}})?\d)
    (?=[ \t]*+(?:[,.;:!?)—–]|--|$)|{WS}(?i:and|or|at|in|for|when|we|I|you|they|he|she|there|it)\b)
""")


# "It's the 15th;", "today is the 3rd.": a day of the month as the predicate of a clause about
# the day itself; only before punctuation ("it's the 15th time", "it's the 1st in a series" are no dates)
_DAYCOP = compile_(rf"""
    (?<![\w'’])(?i:it['’]s|it{WS}is|it{WS}was|today{WS}is|today['’]s|tomorrow{WS}is|tomorrow['’]s|yesterday{WS}was)
    {WS}(?i:the){WS}(?P<d1>{_DORD})(?P<d2>(?!))?
    (?=[ \t]*+(?:[,.;:!?)—–]|--|$))
""")


def _build_dayonly(m):
    if _BORN_BEFORE.search(m.string, max(0, m.start() - 16), m.start("d1")):
        return None
    items = [(day_num(m.group("d1")), None)]
    if m.group("d2"):
        d2 = day_num(m.group("d2"))
        if d2 <= items[0][0]:
            return None  # a list of days runs forwards
        items.append((d2, None))
    out = {"items": items, "year": None, "weekday": None, "day_only": True}
    if m.groupdict().get("weekof") and len(items) == 1:
        out["week_of"] = True
    return out


# "the 20th of next month", "20 of this month"
_DREL = compile_(rf"""
    {_PRE}(?P<d1>{_D})(?:{WS}(?i:day))?{WS}(?i:of|in){WS}(?:(?i:the){WS})?
    (?P<rel>(?i:next|this|last|current|previous|following|coming)){WS}(?i:month)\b
""")


def _build_drel(m):
    d = day_num(m.group("d1").removeprefix("the").strip())
    rel = m.group("rel").lower()
    return {"items": [(d, None)], "year": None, "weekday": None,
            "month_offset": {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1}.get(rel, 0)}


RULES = [
    Rule("date-dmy", "date", _DMY, lambda m: _build(m, False), priority=2, family="dates", trigger=T_MONTH, reach=70),
    Rule("date-nth-weekday", "nth-weekday", _NTH, _build_nth, priority=2, family="dates",
         trigger=T_WEEKDAY),
    Rule("date-weekday-day", "date", _WDD, _build_wdd, priority=2, family="dates",
         trigger=T_WEEKDAY),
    Rule("date-day-only", "date", _DAYONLY, _build_dayonly, priority=1, family="dates",
         trigger=trigger([], pattern=r"\d(?:st|nd|rd|th)\b")),
    Rule("date-day-pair", "date", _DAYPAIR, _build_dayonly, priority=1, family="dates",
         trigger=trigger([], pattern=r"\d(?:st|nd|rd|th)\b")),
    Rule("date-day-copula", "date", _DAYCOP, lambda m: {**_build_dayonly(m), "copula": True}, priority=1, family="dates",
         trigger=trigger([], pattern=r"\d(?:st|nd|rd|th)\b")),
    Rule("date-of-month", "date", _DREL, _build_drel, priority=2, family="dates",
         trigger=trigger(["month"])),
    Rule("date-mdy", "date", _MDY, lambda m: _build(m, True), priority=2, family="dates", trigger=T_MONTH, reach=70),
]

EXAMPLES = [
    # the date said twice (a speaker repeating it) is two mentions of one day, no range
    ("embargoed until 5:00 a.m. Eastern tomorrow morning, Monday, February 7th — February 7th.",
     "2022-02-06", "2022-02-07", "Monday, February 7th"),
    ("until 7 February — 7 February, that is.", "2022-02-06", "2022-02-07", "until 7 February"),
    ("from February 7th — February 9th", "2022-02-06", "2022-02-07/2022-02-09", "from February 7th — February 9th"),
    # a happening named before its date is over: "the attacks on October 7th" (the event's year)
    ("Hezbollah started this whole thing.  Hamas attacks on October 7th,\nthis vicious massacre.",
     "2024-09-21", "2023-10-07", "on October 7th"),
    ("the bombing on June 3rd killed 12 people", "2024-05-10", "2023-06-03", "on June 3rd"),
    ("We will attack on June 3rd with a new bill.", "2024-05-10", "2024-06-03", "on June 3rd"),
    ("He said this on January 13th of 2021 — it was", "2022-09-01", "2021-01-13", "on January 13th of 2021"),
    # "of this year" closes the date; a date written with its year elsewhere in the document
    # gives its year to the same date named bare, whatever the clause tense
    ("the prohibition comes into effect on June 14\nof this year.", "2021-04-15", "2021-06-14",
     "on June 14\nof this year"),
    ("It takes effect after June 14th, 2021.  If I understood right, the impacts don't go into "
     "effect until June 14th.", "2021-04-15", "2021-06-14", "until June 14th"),
    # deadlines look ahead even when a past clause reports them, if months away at most
    ("Tyson Foods announced its employees would need to be\nvaccinated no later than November 1st, only 45 percent",
     "2021-08-31", "2021-11-01", "November 1st"),
    ("The company agreed to have them trained by October 15th.", "2021-08-31", "2021-10-15"),
    ("By March 1st we had vaccinated 50 million people.", "2021-08-31", "2021-03-01"),
    ("They agreed to withdraw all troops by May 1st.", "2021-08-31", "2021-05-01"),
    ("meetings of NATO Ministers on 5 and 6 December in Brussels", "2017-12-04",
     "2017-12-05/2017-12-06", "on 5 and 6 December"),
    ("The summit runs from 9 to 11 July.", "2024-07-05", "2024-07-09/2024-07-11"),
    ("The summit is July 13-15.", "2024-07-05", "2024-07-13/2024-07-15"),
    ("tomorrow, May 19th, the leaders meet", "2023-05-18", "2023-05-19", "May 19th"),
    ("on Saturday,\nOctober 30th, the leaders", "2021-10-29", "2021-10-30"),
    ("04 Dec. 2017", "2018-01-01", "2017-12-04"),
    ("NATO was founded on April 4,\n1949.", "2024-07-05", "1949-04-04", "on April 4,\n1949"),
    ("the fifth of December", "2017-12-04", "2017-12-05"),
    ("from 30 November to 2 December", "2017-12-04", "2017-11-30/2017-12-02"),
    ("sanctions imposed on November\n15th", "2021-11-17", "2021-11-15"),
    ("The ministerial in Bogota on October 20th", "2021-11-17", "2021-10-20"),
    ("The vote is scheduled for June 1.", "1989-10-26", "1990-06-01"),
    ("Sales fell in the quarter ended Sept. 30.", "1989-11-01", "1989-09-30"),
    ("this coming Sunday, March eighth", "1998-03-05", "1998-03-08"),
    ("on Dec 5 and 6", "2017-12-04", "2017-12-05/2017-12-06"),
    ("Monday, 4 December 2017", "2017-12-10", "2017-12-04"),
    ("shares bought from Sept. 14 to Thursday for $15.50", "1989-10-30", "1989-09-14", "from Sept. 14"),
    ("70 percent of adults with one shot by July 4th, unless you're vaccinated", "2021-05-25",
     "2021-07-04"),
    ("the 20th of next month", "2013-02-12", "2013-03-20"),
    ("The summit opens on the 15th.", "2013-02-12", "2013-02-15"),
    ("The vote was on the 3rd.", "2013-02-12", "2013-02-03"),
    ("We will get people out by the 31st.", "2021-08-26", "2021-08-31"),
    # the day of the month as a predicate: "It's the 15th" said on the 15th is the briefing day
    ("Q  It’s the 15th; it’s the last day authorized for child tax credits.", "2021-12-15", "2021-12-15", "It’s the 15th"),
    ("Tomorrow is the 1st.", "2021-12-31", "2022-01-01", "Tomorrow is the 1st"),
    ("talks starting on the 9th in Geneva", "2021-12-30", "2022-01-09"),
    # a day alone after days just named continues their month; a list of days alone
    ("The leaders agreed to the sequence of talks starting on the 9th and 10th in Geneva, a"
     " council conversation on the 12th, and a meeting on the 13th.", "2021-12-30", "2022-01-12",
     "on the 12th"),
    ("talks starting on the 9th and 10th in Geneva", "2021-12-30", "2022-01-09/2022-01-10"),
    ("welcoming the leaders on Thursday or Friday for full days of discussions the 12th and 13th for"
     " a special summit", "2022-05-11", "2022-05-12/2022-05-13", "the 12th and 13th"),
    ("The talks are the 9th through the 11th.", "2021-12-02", "2021-12-09/2021-12-11", "the 9th through the 11th"),
    # a date naming a past event or document: the occurrence on or before the briefing
    ("key requirements of the January 27th Executive Order on climate", "2021-10-21", "2021-01-27"),
    ("to implement the July 21st Joint Statement of the two countries", "2021-12-08", "2021-07-21"),
    ("ahead of the June 12th summit", "2022-05-01", "2022-06-12"),
    ("in the wake of the January 6 events", "2021-06-15", "2021-01-06"),
    # a clear clause tense gives the direction; a month named just before gives the month
    ("If it's ready before the 30th, we'll put it out.", "2021-04-07", "2021-04-30"),
    ("authorized for use in December of 2020 -- on the 11th.", "2021-08-27", "2020-12-11", "on the 11th"),
    ("the riot on January 6th in 2021", "2025-01-03", "2021-01-06", "on January 6th in 2021"),
    # a date in a noun-phrase role names a past event: "in/since/remembering <date>", "<date>
    # attacks"; the briefing's own date without "today"/"it's" is its anniversary
    ("whatever role he may have played\nin January 6th?", "2025-01-06", "2021-01-06"),
    ("Given the op-ed on remembering January\n6th —", "2025-01-06", "2021-01-06"),
    ("a link between those who may have been behind January 6th\nand what happened", "2023-01-09", "2021-01-06"),
    ("Q    And just quickly on January 6th.  Just to circle back.", "2025-01-06", "2021-01-06"),
    ("all that has happened since October 7th, we also mourn", "2024-10-09", "2023-10-07"),
    ("since the September 11th attacks", "2021-08-26", "2001-09-11"),
    ("sign up for coverage and have it kick in by January 1st.", "2021-12-13", "2022-01-01"),
    ("One year ago, on October 7th, Hamas launched a heinous attack", "2024-10-07", "2023-10-07"),
    ("It’s now April 5th.  The decision is due soon.", "2021-04-05", "2021-04-05"),
    ("Well, today is September 1st.  We ended our presence", "2021-09-01", "2021-09-01"),
    ("embargoed until 5:00\na.m. Japan time tomorrow, May 19th, and 4:00 p.m. Eastern on May 18th,", "2023-05-18",
     "2023-05-18", "on May 18th"),
    ("WASHINGTON, August 8 (Xinhua) --", "1998-08-08", "1998-08-08"),
    # a clear past clause dates no day weeks ahead; targets ("extended to") may lie ahead
    ("the people who kind of made this thing happen on January 6th", "2021-12-15", "2021-01-06"),
    ("The bid was extended to Nov. 16.", "1989-10-30", "1989-11-16"),
    # a present perfect dates nothing: the nearest occurrence, else the past one
    ("The Mardi Gras events occurring from February 21st to March 4th have been upgraded.", "2025-01-06",
     "2025-02-21/2025-03-04"),
    ("The President, from the beginning of this conflict on October 7th, has been steadfast.", "2024-04-15",
     "2023-10-07"),
    ("The Taliban would have been shooting at U.S. troops again after May 1st.", "2021-07-02", "2021-05-01"),
    ("Voters go to the polls on the first Tuesday in November.", "2024-07-05", "2024-11-05"),
    ("the last Friday of October 2013", "2013-02-12", "2013-10-25"),
    ("the second Monday of last month", "2013-02-12", "2013-01-14"),
    ("from 23rd to 26th Oct", "2013-09-01", "2013-10-23/2013-10-26"),
    ("We meet on Tuesday the 19th.", "2013-02-12", "2013-02-19"),
    ("the vote on Thursday 15th", "2013-02-12", "2013-08-15"),
    ("the court hearing the week of March 6", "2000-02-24", "2000-W10"),
    ("That is how things will play out over the course of the week of the 10th.", "2021-12-29", "2022-W02",
     "the week of the 10th"),
    ("We hope to bring the bill to the floor the week of the 13th.  We are encouraged.", "2021-11-30", "2021-W50",
     "the week of the 13th"),
    ("the weekend of June 29-30", "2024-07-05", "2024-06-29/2024-06-30", "the weekend of June 29-30"),
    # lists and ranges wrap lines and use no-break spaces like any phrase
    ("on 5,\n6 and 7 December", "2017-12-04", "2017-12-05/2017-12-07", "on 5,\n6 and 7 December"),
    ("from 9\u00a0to\n11 July", "2017-12-04", "2018-07-09/2018-07-11"),
    # a date with its distance back given right after it
    ("It happened on November 15th, almost — less than two years ago.", "2023-01-31", "2021-11-15", "on November 15th"),
    ("we signed it on March 11th, three years ago,", "2024-03-20", "2021-03-11", "on March 11th"),
    ("the bill he signed on August 16th, more than a year ago", "2023-08-20", "2022-08-16", "on August 16th"),
    ("on November 15th, nearly two years ago", "2023-10-01", "2021-11-15", "on November 15th"),
    # an act named by its date is still to come in a clear future clause
    ("Q What’s the President’s message going to be on Friday at the January\n6th event?", "2023-01-04",
     "2023-01-06", "January\n6th"),
    ("the President's June 5th speech laid out the plan", "2023-06-20", "2023-06-05", "June 5th"),
    ("what he said in the June 25th call will matter", "2023-06-20", "2022-06-25", "June 25th"),
]
NEGATIVES = ["It's the 15th time we have met", "it's the 1st in a series", "It is the 2nd largest economy.",
             "So, on the first, I don't have any new announcements", "on the 10th floor", "the 15th Amendment", "on the first day", "on second thought", "We may 5 times ask", "5:00 p.m.", "He scored 42 December points", "2,000 troops",
             "may 5", "Article 5 of the treaty", "rose March 2 percent",
             "the 19th and 20th centuries", "in the 1st and 2nd quarters", "the 13th and 14th Amendments",
             "the 2nd and 3rd largest economies", "in the week of the 50th anniversary of the march",
             # the tail of a longer list of days is no pair
             "strikes -- the 11th, the 12th, and the 16th -- against",
             # a birthday has no year
             "I was born on\nthe 13th, so be careful there", "she was born on June 2nd in a small town"]

check_example, check_negative = checks({r.name for r in RULES})
