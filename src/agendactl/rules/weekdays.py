"""Weekdays with and without on/this/next/last/coming/past/later on/earlier, a part of the day,
or a time of day before them ("5 p.m. Wednesday", "noon Thursday"). Full names only, capitalised:
"We", "Sun", "Sat" are words."""
from __future__ import annotations

import regex

from . import Rule, checks, compile_
from .lexicon import T_WEEKDAY, WEEKDAY, WS, weekday_num
from .. import lazyre

_WD = compile_(rf"""
    (?:
      (?i:(?P<pre>
          (?:(?:later|earlier|early|late){WS}(?:on{WS})?)
        | (?:(?:on|by|until|till|since|from|before|after|through|for){WS}(?:this{WS}(?:coming{WS}|past{WS})?)?)
        | (?P<mod>this{WS}coming|this{WS}past|this|next|last|past|coming|previous){WS}
        | (?:(?:\d{{1,2}}(?::\d\d)?[ \t]*+[ap]\.?m\.?|\d{{1,2}}:\d\d|noon|midnight)(?:[ \t]+(?-i:[A-Z]{{2,4}}))?,?{WS}(?:on{WS})?)
      ))?
      (?<!\b(?:Good|Black|Cyber|Ash|Palm|Holy|Maundy|Bloody|Super|News|Business)(?:[ \t]|\r?\n))  # named days and shows ("Fox News Sunday")
      (?<!\b(?i:every|each|any|another)[ \t\u00a0])  # "every Sunday": any Sunday
      \b(?P<wd>{WEEKDAY})(?:['’]s)?
      (?i:(?P<part>{WS}(?:morning|afternoon|evening|night)))?\b
      (?P<afternext>{WS}(?i:after{WS}next)\b)?
      (?:,?{WS}(?i:of{WS})?(?P<wk>(?i:this|next|last|the[ ]following|the[ ]coming|the[ ]previous|
          coming|previous)){WS}(?i:week)\b)?
    )
""")
_MOD = {"this coming": "next", "coming": "next", "next": "next", "this past": "last",
        "past": "last", "last": "last", "previous": "last", "this": "this"}


# "in primetime on a Sunday." -- some Sunday; "a Sunday night memorial service" is a specific one
_A_BEFORE = lazyre.compile(r"\b(?i:a|one)[ \t\u00a0]$")
_A_AFTER = lazyre.compile(r"[ \t]*+(?:[.,;:!?)]|$)|\s+(?i:and|or|but|to|in|at|when|that|with|for)\b")


# A one-off act of someone's named by its noun, then the day: "his remarks on Friday", "the
# President's call on Thursday", "her interview on Sunday". With no tense in its clause, a day
# named this way is most often the act already done (a preview uses a verb: "he will give remarks
# on Friday"); resolve.py reads it as past then, instead of the document's prior.
_ACT_NOUN_BEFORE = lazyre.compile(
    # not after a preposition of purpose or time ahead: "agenda items for the President's speech on Wednesday"
    r"(?<!\b(?i:for|before|ahead[ \t\u00a0]of|until|till|towards?|preview|previewing)[ \t\u00a0\r\n]{1,3}(?:(?i:the)[ \t\u00a0\r\n]{1,3})?)"
    r"\b(?i:his|her|their|the[ \t\u00a0]++President[’']s|[A-Z]\w+[’']s)[ \t\u00a0\r\n]++"
    r"(?i:remarks|speech|comments|statement|address|interview|op-ed|call|phone[ \t\u00a0\r\n]++call|readout)"
    r"[ \t\u00a0\r\n]++(?:(?i:on)[ \t\u00a0\r\n]++)?$")


# ... unless it is the present occasion, named to thank or excuse: "thanks for joining us on a
# Friday", "to be hosting this one on a Thursday night", "doing this call on a Sunday" (that is
# the briefing's own day: resolve.py)
_OCCASION = lazyre.compile(
    r"""\b(?i:join(?:ing)?[ \t\u00a0\r\n]++us|doing[ \t\u00a0\r\n]++(?:this|the[ \t\u00a0\r\n]++call)
    |(?:this|the)[ \t\u00a0\r\n]++call|taking[ \t\u00a0\r\n]++the[ \t\u00a0\r\n]++time|participating
    |hosting[ \t\u00a0\r\n]++this(?:[ \t\u00a0\r\n]++one)?|here)\b
    [^.!?;:—–()\n]{0,30}?[ \t\u00a0\r\n]++(?:(?i:early|late|particularly|especially|even)[ \t\u00a0\r\n]++)?
    (?i:on)[ \t\u00a0\r\n]++(?i:a)[ \t\u00a0]$""", regex.X)


def _build(m):
    if _A_BEFORE.search(m.string, max(0, m.start("wd") - 5), m.start("wd")) and \
            _A_AFTER.match(m.string, m.end()):
        if _OCCASION.search(m.string, max(0, m.start("wd") - 80), m.start("wd")):
            return {"weekday": weekday_num(m.group("wd")), "modifier": None, "later": False,
                    "earlier": False, "occasion": True}
        return None
    mod = m.group("mod")
    pre = (m.group("pre") or "").lower()
    wk = m.group("wk")
    if wk:
        w = wk.lower().split()[-1]
        return {"weekday": weekday_num(m.group("wd")), "modifier": None, "later": False,
                "earlier": False, "week_offset": {"this": 0, "next": 1, "following": 1,
                                                  "coming": 1}.get(w, -1)}
    if m.group("afternext"):
        return {"weekday": weekday_num(m.group("wd")), "modifier": "after-next", "later": False,
                "earlier": False}
    if not mod and not wk and _ACT_NOUN_BEFORE.search(m.string, max(0, m.start() - 45), m.start("wd")):
        act = True
    else:
        act = False
    if not mod and ("coming" in pre or "past" in pre):
        # "for this coming Friday", "since this past Monday": the preposition took the modifier
        mod = "this coming" if "coming" in pre else "this past"
    return {"weekday": weekday_num(m.group("wd")),
            "modifier": _MOD.get(" ".join(mod.lower().split())) if mod else None,
            # ("late Saturday night", "early Monday" place the time within the day, not after or
            # before the briefing: only "later"/"earlier" say which way)
            "later": pre.startswith("later"), "earlier": pre.startswith("earlier"),
            **({"act_noun": True} if act else {})}


RULES = [Rule("weekday", "weekday", _WD, _build, family="weekdays", trigger=T_WEEKDAY, reach=20)]

EXAMPLES = [
    ("the shutdown is set for this coming Friday, and we've been having", "2024-03-18", "2024-03-22", "for this coming Friday"),
    ("what we've done since this past Monday, and we will", "2024-03-20", "2024-03-18", "since this past Monday"),
    # "since" + a noun phrase ending in the day, closed by a relative clause or a question mark
    ("have you seen a slowdown since the court order on Friday that could point to", "2022-10-27", "2022-10-21", "on Friday"),
    ("Have you seen changes since the ruling on Friday?", "2022-10-27", "2022-10-21", "on Friday"),
    # causal "since" with its own verb: no past
    ("Are you leaving early since the vote is on Friday?", "2022-10-27", "2022-10-28", "on Friday"),
    ("On Wednesday, we will address NATO’s role.", "2017-12-04", "2017-12-06", "On Wednesday"),
    ("It was\nreceived late Saturday night.  And as you all know, the President accepted", "2022-09-12",
     "2022-09-10", "late Saturday night"),
    ("We will leave early Monday morning for Ohio.", "2022-09-09", "2022-09-12", "early Monday morning"),
    # "since the <act> on <day>," reads back like "since <day>"
    ("Since the cluster munitions announcement on Friday, we’ve seen some of\nthe Allies reiterate",
     "2023-07-09", "2023-07-07", "on Friday"),
    ("Since the vote on Friday is key, we will campaign.", "2023-07-09", "2023-07-14", "on Friday"),
    ("on Wednesday we agreed to do more.", "2017-12-04", "2017-11-29", "on Wednesday"),
    ("Later on Tuesday, we will discuss global challenges.", "2017-12-04", "2017-12-05",
     "Later on Tuesday"),
    ("On Tuesday evening, the President will host a dinner.", "2024-07-05", "2024-07-09",
     "On Tuesday evening"),
    ("The company said Friday that profits fell.", "1989-10-30", "1989-10-27", "Friday"),
    ("He will arrive next Friday.", "2017-12-04", "2017-12-08", "next Friday"),
    ("We met last Wednesday.", "2000-04-03", "2000-03-29", "last Wednesday"),
    ("this coming Sunday we vote", "1998-03-05", "1998-03-08"),
    ("The meeting ended at 5 p.m. Wednesday.", "2017-12-08", "2017-12-06"),
    ("Wednesday's vote was close.", "2017-12-08", "2017-12-06"),
    ("We meet on Tuesday next week.", "2017-12-04", "2017-12-12"),
    ("friday after next", "2013-02-12", "2013-02-22"),
    ("shares bought from Sept. 14 to Thursday for $15.50", "1989-10-30", "1989-10-26", "Thursday"),
    ("at 5 p.m. EST Tuesday", "2000-04-03", "2000-04-04", "5 p.m. EST Tuesday"),
    ("wednesday of this week", "2013-02-12", "2013-02-13"),
    ("Stocks fell sharply Wednesday.", "1998-08-26", "1998-08-26", "Wednesday"),
    ("In a poll completed on Saturday, 69 percent said", "1998-10-26", "1998-10-24"),
    ("500 people attended a Sunday night memorial service", "1999-10-24", "1999-10-24"),
    # a present perfect nearby dates no weekday
    ("The Friday session is, as we have done before, a chance to talk.", "2021-09-16", "2021-09-17", "Friday"),
    # someone's act named by its noun, in a clause without tense: the act done
    ("What you’re seeing in terms of his remarks on Friday with respect to\nGaza and what we’re trying to do",
     "2024-06-04", "2024-05-31", "on Friday"),
    ("if you think about his remarks on Tuesday, it was compassion", "2022-05-26", "2022-05-24", "on Tuesday"),
    ("What I will say and what the President will talk about in his speech on Thursday", "2022-01-04",
     "2022-01-06", "on Thursday"),
    ("you've laid out a number of agenda items for the President’s speech on Wednesday. How much", "2021-04-26",
     "2021-04-28", "on Wednesday"),
    # the clause's own signal beats a nearer marker of another clause (rules/tense.py)
    ("in celebration of how much we’ve achieved in the last three years — we are also holding the\n"
     "first-ever trilateral leaders’ summit with President Marcos on\nThursday.", "2024-04-09", "2024-04-11",
     "on\nThursday"),
    ("When you have, like we did this week, the United States and Japan doing an exercise together,\n"
     "when you have the trilat on Thursday, the country that’s isolated is China", "2024-04-09", "2024-04-11",
     "on Thursday"),
    ("the economic agenda that the President laid out on the first day of the summit, on Wednesday — is",
     "2022-06-09", "2022-06-08", "on Wednesday"),
    # "on a Friday" naming the present occasion: the briefing's own day (or the one next to it)
    ("Happy\nto be hosting this one on a Thursday night, not a Friday night, for the\nfirst time",
     "2023-11-09", "2023-11-09", "Thursday night"),
    ("And thanks to\neveryone for joining us early on a Friday morning.", "2024-08-23", "2024-08-23",
     "Friday morning"),
    ("And thank you for doing this on a Sunday night.", "2021-09-20", "2021-09-19", "Sunday night"),
    # a list or range of weekdays runs on from the first
    ("He travels next Monday and Tuesday.", "2022-11-08", "2022-11-15", "Tuesday"),
    ("meetings Monday through Wednesday", "2022-11-08", "2022-11-16", "through Wednesday"),
    # ... but a past list need not run forwards, and a sentence break ends the list
    ("statements made Friday and Thursday by the lawyer", "1998-02-06", "1998-02-05", "Thursday"),
    ("an official said Thursday.\n\nLater Thursday, his cousins sought help", "2000-02-10",
     "2000-02-10", "Later Thursday"),
    # apposition to the day just named: past-looking "embargoed" does not move it a week back
    ("It's embargoed until tomorrow,\nFriday, 6:00 a.m.", "2021-09-23", "2021-09-24", "Friday"),
    ("This call is embargoed until 5:00 a.m. Monday\nmorning.", "2022-01-30", "2022-01-31"),
    # a deadline to the minute ahead, even across a time zone ("held" does not make it past)
    ("And the call is being held under embargo until 5:00 a.m. Eastern Time on\nWednesday.", "2023-09-19",
     "2023-09-20", "on\nWednesday"),
    ("The forms were accepted until 11:59 p.m. on Friday.", "2023-09-19", "2023-09-15", "11:59 p.m. on Friday"),
]
NEGATIVES = ["I’ve done Fox News Sunday twice now.", "people doing everyday things on a Saturday, like some",
             "what many of us might be doing on a Saturday.", "late on a Friday.", "reports from Small Business Saturday", "an address to the nation in primetime on a Sunday", "every Friday we meet",
             "We will meet soon.", "Sun and wind", "Sat down", "Wed to the idea", "Fridays are busy",
             "Good Friday Agreement negotiators", "respect for the \\[Good\nFriday\\] Agreement"]

check_example, check_negative = checks({r.name for r in RULES})
