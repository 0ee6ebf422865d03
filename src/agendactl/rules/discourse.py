"""Discourse-anchored references: resolved against the last resolved reference, not the briefing:
"the following day", "the next day", "the day after", "the previous day", "the day before",
"that evening", "later that day", "the following week/month/year", "the previous year",
"a year earlier", "the year-ago quarter"."""
from __future__ import annotations

from . import Rule, checks, compile_
from .. import lazyre
from .lexicon import MONTH, NUMBER, T_DISCOURSE, WS, month_num, number_value, trigger

# where a sentence opens: the start of the text, or after its end mark (and a closing quote)
_SENT_OPEN = r'(?:(?<![\s\S])|[.!?]["”’)]?[ \t\u00a0\r\n]{1,4})'

_DAY = compile_(rf"""
    \b(?i:
        (?<!\b(?:in|within|over|during)[ \t\u00a0]{{1,3}}(?:the[ \t\u00a0\r\n]{{1,3}})?)  # "in the next day or so": a span ahead
        (?P<next>(?:the{WS})?(?:following|next)(?:{WS}(?:day|morning|afternoon|evening|night)))
        (?!{WS}or{WS}(?:so|two)\b)
      | (?P<next2>the{WS}day{WS}after)(?!{WS}tomorrow)
      # a preview walking through a programme day by day: "The second day of the program will kick
      # off with a breakfast" -- the day after the one just narrated (opening its sentence; not
      # "convening tomorrow, during the second day of the summit": that day itself)
      | (?<={_SENT_OPEN})
        (?P<nth>(?:on{WS})?the{WS}(?:second|third){WS}day{WS}of{WS}(?:the|our|his|her|their|this){WS}
          (?:[\w-]++{WS}){{0,2}}?(?:program|programme|trip|visit|summit|conference|tour|meetings|travel))
      | (?P<prev>the{WS}(?:previous|preceding)(?:{WS}(?:day|morning|afternoon|evening|night)))
      | (?P<prev2>the{WS}day{WS}before)(?!{WS}yesterday)
      | (?P<same>(?:(?:later|earlier|early|late){WS})?that{WS}(?:same{WS})?(?:morning|afternoon|evening|night)
          | (?:later|earlier|on|by|until|from){WS}that{WS}(?:same{WS})?day
          # "that meeting tomorrow ... the conversation later in the day": the day just named
          # ... or part of it: "the meeting tomorrow ... the Vice President will have a meeting later
          # in the afternoon"
          | (?:later|earlier){WS}in{WS}the{WS}(?:day|morning|afternoon|evening)(?!['’]|{WS}of\b))
    )\b
""")


# "the day after" as a noun for what follows a war ("some thoughts on the day after", "a plan for
# the day after in Gaza", "whatever the day after looks like", "what you call “the day after”"):
# the topic of planning, no day counted from one just named
_IDIOM_BEFORE = lazyre.compile(
    r"(?:\b(?i:thoughts?|plans?|planning|vision|answers?|discussions?|conversations?|talks|ideas?|"
    r"proposals?|thinking|framework|approach|strategy|move|path|prepare|preparing|comes[ ]to)"
    r"[ \t\u00a0\r\n]++(?i:on|for|about|regarding|of|to|toward|towards)"
    r"|\b(?i:regarding|concerning)|[\u201c\u2018\"])[ \t\u00a0\r\n]*+$")
_IDIOM_AFTER = lazyre.compile(
    r"[\u201d\u2019\"]|[ \t\u00a0\r\n]++(?:(?i:in|for)[ \t\u00a0\r\n]++(?-i:[A-Z])|(?i:looks?|will[ ]look|would[ ]look)\b)")
# "the day after the election", "the day after our departure", "the day after he's updated": counted
# from that event, not from the day just named (a holiday named next is the holidays family's:
# "the day after Thanksgiving"; "the day after that" still counts from the day just named)
_EVENT_AFTER = lazyre.compile(
    r"[ \t\u00a0\r\n]++(?:(?i:the|a|an|his|her|our|their|its|my|your|this|these|those|what|he|she|they|we|you|it)\b|I\b|(?-i:[A-Z])\w)")


def _build_day(m):
    if (m.group("next2") or m.group("prev2")) and _EVENT_AFTER.match(m.string, m.end()):
        # (set off after a day, it restates that day: "on Sunday, the day before he spoke with
        # President Putin"; "Oct. 12, the day before the stock market plunge": resolve.py)
        return {"unit": "day", "offset": 0, "event_after": True}
    if m.group("next2") and (_IDIOM_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
                             or _IDIOM_AFTER.match(m.string, m.end())):
        return None
    if m.group("next") or m.group("next2") or m.group("nth"):
        off = 1
    elif m.group("prev") or m.group("prev2"):
        off = -1
    else:
        off = 0
    return {"unit": "day", "offset": off}


# "the bilateral talks on the 10th, the NATO-Russia Council two days later", "April 26th -- five days
# later, the President sat down with the leaders": counted from the date just named (none when no
# date was named close before: resolve.py); vague counts ("a few days later") are no day
_DAYS_LATER = compile_(rf"""
    \b(?P<n>(?i:{NUMBER}))(?:-|{WS})(?i:days?){WS}(?i:later)\b(?!{WS}(?i:than)\b)
""")


def _build_days_later(m):
    n = number_value(m.group("n"))
    if n is None or n != int(n) or not 1 <= n <= 14 or m.group("n").lower().startswith(("a couple", "couple")):
        return None
    return {"unit": "day", "offset": int(n), "days_later": True}


_PERIOD = compile_(rf"""
    \b(?i:
        (?:the{WS})(?P<rel>following|previous|preceding|prior){WS}(?P<unit>week|month|year|quarter)
      | (?:(?:later|earlier){WS}(?:in{WS})?)?that{WS}(?P<unit0>year|quarter|month|weekend|week)(?!{WS}(?:on|ago)\b)
      | the{WS}(?P<unit1>week|month|year){WS}after(?:{WS}that)?(?=[ \t\u00a0]*+(?:[,.;:!?)—–]|\s-|$))
      # "He, in 1986, introduced ... . The next year, he passed ...": a narrative step from the
      # year just named (opening its sentence, set off by a comma)
      | (?<={_SENT_OPEN})(?P<narr>(?-i:The){WS}next{WS}(?P<unit2>year))(?=,)
      # ... or some years on from it: "In 1994, President Clinton appointed her.  Three years later,
      # he named her Chair", "since ... launched the inaugural summit in 1994.  So, 28 years later, ..."
      | (?<={_SENT_OPEN}(?:(?-i:So|And|But|Then),?{WS})?)
        (?P<later>(?P<n>{NUMBER}){WS}years{WS}later)(?=,)
      | (?P<ago>a{WS}year{WS}(?:earlier|before)|(?:the{WS})?year(?:-|{WS})(?:ago|earlier)(?:{WS}(?P<what>period|quarter|level|month|year))?)
    )\b
""")


def _build_period(m):
    if m.group("narr"):
        return {"unit": "year", "offset": 1, "narrative": True}
    if m.group("later"):
        n = number_value(m.group("n"))
        if n is None or n != int(n) or n < 2:
            return None
        return {"unit": "year", "offset": int(n), "narrative": True, "later": True}
    if m.group("ago"):
        what = (m.group("what") or "").lower()
        # "the year-ago results": of a year ago, not a year before a year just named (as the
        # adverb "a year earlier" after "in 1995" is)
        return {"unit": "year", "offset": -1, "year_ago": True,
                "quarterly": what in ("quarter", "period"),
                "attributive": not m.group("ago")[:2].lower() == "a "}
    if m.group("unit1"):
        # "not next week but the week after": one after the period just named
        return {"unit": m.group("unit1").lower(), "offset": 1, "near": True}
    if m.group("unit0"):
        u = m.group("unit0").lower()
        # "that weekend": the weekend of the day just named ("on Friday, March 10th ... over that
        # weekend"); none when nothing was named close before
        return {"unit": u, "offset": 0, **({"near": True} if u == "weekend" else {})}
    rel = m.group("rel").lower()
    return {"unit": m.group("unit").lower(), "offset": 1 if rel == "following" else -1}


# A month in the year just named: "in October of 2023 to prepare for the summit in November of
# that year" (one reference, the month of that year; not "November" by the tense and "that year")
_MONTH_OF = compile_(rf"""
    (?<!\d(?i:st|nd|rd|th)?{WS}(?i:of{WS})?)  # "the 26th of August of that year" is a date's
    \b(?P<mon>{MONTH}){WS}(?i:of){WS}(?i:that|the{WS}same){WS}(?i:year)\b
""")


def _build_month_of(m):
    return {"unit": "month", "offset": 0, "month": month_num(m.group("mon")), "near": True}


RULES = [
    Rule("discourse-day", "discourse", _DAY, _build_day, family="discourse", trigger=T_DISCOURSE, reach=25),
    Rule("discourse-days-later", "discourse", _DAYS_LATER, _build_days_later, priority=1, family="discourse",
         trigger=trigger(["later"]), reach=30),
    Rule("discourse-month", "discourse", _MONTH_OF, _build_month_of, priority=3, family="discourse",
         trigger=T_DISCOURSE, reach=30),
    Rule("discourse-period", "discourse", _PERIOD, _build_period, priority=2, family="discourse", trigger=T_DISCOURSE, reach=25),
]

EXAMPLES = [
    ("He, in 1986, introduced one of the first pieces of climate legislation.  The next year, he passed that "
     "first climate bill.", "2023-11-29", "1987", "The next year"),
    ("The treaty was signed in 1998. The next year, it entered into force.", "2010-05-01", "1999", "The next year"),
    ("since Bill Clinton launched the inaugural summit in Miami in 1994.  So,\n28 years later, a lot of work "
     "really still needs to be done", "2022-03-09", "2022", "28 years later"),
    ("In 1994, President Bill Clinton appointed Dr. Yellen to the Board.  Three years later, he named her Chair",
     "2021-01-20", "1997", "Three years later"),
    ("On Wednesday we meet the leaders and that evening we host a dinner.", "2024-07-05",
     "2024-07-10", "that evening"),
    ("We will arrive on 5 December. The following day we meet the ministers.", "2017-12-04",
     "2017-12-06", "The following day"),
    ("On Monday, the leaders meet the President.  The second day of the program will kick off with a "
     "breakfast.", "2023-09-22", "2023-09-26", "The second day of the program"),
    ("They land on Monday. The second day of the visit brings the talks. On the third day of the visit, "
     "they fly home.", "2023-09-22", "2023-09-27", "On the third day of the visit"),
    ("He was elected in 1995 and resigned the following year.", "1998-04-18", "1996"),
    ("any of the businesses participating in that meeting tomorrow?  And then for the Sunak "
     "conversation later in the day, is it sort of like", "2023-07-09", "2023-07-10", "later in the day"),
    ("Sales rose in 1988; later that year the firm was sold.", "1990-01-01", "1988"),
    ("Profits in the third quarter rose, up from a year earlier.", "1989-10-26", "1988-Q3",
     "a year earlier"),
    ("Net rose 5% in the third quarter. Sales were flat. Costs fell sharply and margins improved "
     "across all of the group's divisions, the company said, compared with the year-earlier "
     "period.", "1989-10-26", "1988-Q3", "the year-earlier period"),
    # the attribute "year-earlier" dates results a year ago, not a year before the year named
    ("Last year catastrophe losses totaled $5 million, when net was $235.5 million. The year-earlier "
     "results have been restated.", "1989-10-30", "1988", "The year-earlier"),
    ("He was elected in 1995. A year earlier, he had run for mayor.", "1999-01-01", "1994", "A year earlier"),
    ("The meeting tomorrow will be about 1 o’clock.  Of course, the Vice President will have a meeting later "
     "in the afternoon, here.", "2024-07-24", "2024-07-25", "later in the afternoon"),
    ("the diplomacy to come, not next week but the\nweek after, is appropriate", "2021-12-30",
     "2022-W02", "the\nweek after"),
    ("You saw that on Friday, March 10th, when the FDIC took control. You saw that over that weekend when they",
     "2023-03-23", "2023-W10-WE", "that weekend"),
    # a coarser period named before ("this century") is no anchor for a week: the briefing's
    ("warming this century. His speech will set the tone for the following week.", "2022-11-08",
     "2022-W46", "the following week"),
    ("They met in Washington in October\nof 2023 to prepare for the summit in November\nof that year.",
     "2024-08-23", "2023-11", "November\nof that year"),
    ("He was elected in 1995 and resigned in March of the same year.", "1998-04-18", "1995-03"),
    # no year named close before: the month as its clause dates it
    ("On his first day in office, he paused repayments through September of that year.", "2022-04-06",
     "2021-09"),
]
NEGATIVES = ["We will be convening them tomorrow, during the second day of the summit.",
             "Now we are 10 years later.", "And now here we are, 12 years later, and GM is saying",
             "if you get vaccinated, you get one dose; three weeks later, you get your second dose",
             "looking forward to the second day of the summit ahead", "The second day of debate",
             "more discussions over the next day and a half", "within the\nnext day", "the next year, we will see", "In the next year, we will build more.",
             "It is rather late in the day to change course.", "We will say more later in the day.", "We will say more later in the afternoon.",
             "earlier in the morning of the attack",
             "later in the day's session", "earlier in the day of the attack",
             "On Monday we land. We'll say more in the next day or so.", "the week after the election", "the week after next", "the next steps", "that is the day", "the day after tomorrow",
             "On Monday we meet; we will hammer out what that day looks like.",
             # "that weekend" needs a day named just before (not a month, not today)
             "It happened in August of 2017, and we don't forget that weekend.",
             "I can't say what happened that weekend.",
             # "the day after" a war, as a topic of planning
             "We met on Monday and shared some thoughts on the day after, and also looked ahead.",
             "They met on Monday. The Prime Minister unveiled a plan for the day after in Gaza.",
             "They met on Monday to talk about whatever the day after looks like.",
             "They met on Monday. That’s a separate process than what you call “the day after,” which is",
             "They met on Monday, given the impasse regarding the day after.",
             # counted from the event named after it
             "On Monday we met. He will deliver remarks the day after the election.",
             "On Monday we met. The interview took place the day after the brutal attack on Israel.",
             "On Monday we met. It would not be operational the day after our departure.",
             "On Monday we met. We spoke the day before he left.",
             "It happened on Monday. A year later, he spoke the day after the vote.",
             # no day named before, or no count: no anchor
             "You get one dose, and two days later you get tested.",
             "They met on Monday, and a few days later they spoke again.",
             "They met on Monday; it took us two days later than planned.",
             # after a bare weekday, or restating it: no anchor
             "You have the talks on Monday, the council two days later.",
             "Should he get tested on Sunday, two days later?"]
EXAMPLES += [
    ("You have the bilateral talks on the 10th, the NATO-Russia Council two days later, and then the OSCE.",
     "2021-12-29", "2022-01-12", "two days later"),
    ("The vote is on Tuesday, November 8th. Three days later, he travels to Cambodia.", "2022-11-02",
     "2022-11-11", "Three days later"),
    ("I will answer them tomorrow and the day after.", "2024-02-15", "2024-02-17", "the day after"),
    ("We land on Monday, and the day after that we meet.", "2024-02-15", "2024-02-20", "the day after"),
    ("He spoke with President Macron on Sunday, the day before he spoke with President Putin.", "2022-02-08",
     "2022-02-06", "the day before"),
    ("Eight trading days after Oct. 12, the day before the stock market plunge, it fell.", "1989-10-26",
     "1989-10-12", "the day before"),
    ("He will speak on Tuesday. But I would remind you that the day after, in North Carolina, he spoke.",
     "2024-07-03", "2024-07-10", "the day after"),
]

check_example, check_negative = checks({r.name for r in RULES})
