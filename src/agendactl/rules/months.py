"""Month names with or without a year: "in July last year", "next July", "last June",
"October 1998", "in early October", "mid-November", "the middle of October", "January this year".
"May" and "March" are also English words: alone they need a cue (a preposition, next/last/this,
early/late, or a year)."""
from __future__ import annotations

import regex

from . import Rule, checks, compile_
from .lexicon import AMBIGUOUS_MONTHS, T_MONTH, MONTH_ABBR, MONTH_FULL, WS, YEAR, month_num
from .. import lazyre

_MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
_MO = compile_(rf"""
    (?P<pre>(?i:in|since|by|until|till|from|during|through|throughout|before|after|of|for|as[ ]of|
        starting|beginning|around|to|late[ ]in|early[ ]in|earlier[ ]in|later[ ]in){WS})?
    (?P<mod>(?i:early|mid|late|the[ ](?:very[ ])?end[ ]of|the[ ](?:very[ ])?beginning[ ]of|the[ ]middle[ ]of|the[ ](?:very[ ])?start[ ]of|
        the[ ]month[ ]of|end[ ]of|start[ ]of|beginning[ ]of|middle[ ]of)(?:-|{WS}))?
    (?P<rel>(?i:this[ ]coming|this[ ]past|next|last|this|past|coming|previous){WS})?
    \b(?P<m>{_MONTH})(?P<poss>['’]s\b)?(?=[\s,.;:!?)\]"”'’/-]|$)
    # "the March accession", "his May speech": a month modifying a noun
    (?P<adj>(?<=\b(?i:the|his|her|their|our|its|my|your)[ ]\w+)[ ](?=[a-z]))?
    (?: ,?{WS}(?:of{WS})?(?P<y>{YEAR})\b
      | {WS}['’‘](?P<yy>\d\d)\b(?!['’]|\d|%|s\b)  # "in May ’21"
      | {WS}(?P<yrel>(?i:of{WS})?(?i:last|next|this){WS}(?i:year))\b )?
""")


# A month name alone used as a person's name in address: "Hey, April.", "MS. X:  April.",
# "if I don't, April, of course" (a reporter called on by name)
_VOC_BEFORE = lazyre.compile(r"(?:(?:^|[:.?!])[ \t\u00a0]*+|\b(?i:hey|hi|thanks|thank[ ]you|yes|yeah|okay|ok|sure|go[ ]ahead|don['’]t|doesn['’]t)[,]?[ \t\u00a0]++)$")
_VOC_AFTER = lazyre.compile(r"[.,?!]")
# "Thank you so much, April." -- a month closing a sentence after a comma, not in a list of months
_VOC_COMMA = lazyre.compile(r"(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|in|of|and|or|since|until))[ \t]*+,[ \t]*+$")


# "the November ceasefire deal", "the March attack": a month naming a concluded act or happening
# (an agreement, an attack, a ruling, a storm) is a past month unless a future clause says otherwise
_ACT_AFTER = lazyre.compile(
    r"[ \t\u00a0]++(?:[a-z-]{3,20}[ \t\u00a0]++)?(?i:deal|agreement|ceasefire|cease-fire|truce|accord|attacks?|"
    r"coup|invasion|massacre|bombings?|shootings?|riots?|ruling|announcement|readout|hurricane|storms?|"
    r"earthquake|floods?|wildfires?|killings?|strikes?)\b")


# "the Secretary's speech from November", "the numbers from March": a speech, document or record
# "from" a month dates something already done (not a range start: "from November to January")
_MADE_FROM_BEFORE = lazyre.compile(
    r"\b(?i:speech|remarks|address|statement|report|letter|meeting|call|visit|trip|summit|"
    r"announcement|decision|conversation|interview|testimony|hearing|data|numbers|figures|readout|"
    r"memo|ruling|vote|conference|proposal|briefing|session|article|op-ed|story|survey|poll)"
    r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
_RANGE_AFTER = lazyre.compile(r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?(?:[-–—]|(?i:to|through|thru|until|till|onwards?|forward)\b)")


# A month opening a range of months ("in late June to mid-August", "from January through July"):
# the range is read as a whole, its end month placing both (resolve.py); not when a day or a year
# follows the end month (the date rules and that year decide)
_RANGE_MONTH = lazyre.compile(
    rf"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?(?:[-–—]|(?i:to|through|thru|until|till)\b)[ \t\u00a0\r\n]*+"
    rf"(?:(?i:early|mid|late)(?:-|[ \t\u00a0\r\n]++))?(?P<m2>{_MONTH})\b(?![ \t\u00a0\r\n]*+,?[ \t\u00a0\r\n]*+\d)")


# Someone's one-off act named by its noun, then the month: "during his virtual meeting in March
# with ...", "her speech in May". With no tense in its clause, the act is most often done (a
# preview uses a verb: "he will travel there in May"); as for weekdays (rules/weekdays.py)
_ACT_NOUN_BEFORE = lazyre.compile(
    r"(?<!\b(?i:for|before|ahead[ \t\u00a0]of|until|till|towards?|preview|previewing)[ \t\u00a0\r\n]{1,3})"
    r"\b(?i:his|her|their|the[ \t\u00a0]++President[’']s|[A-Z]\w+[’']s)[ \t\u00a0\r\n]++"
    r"(?:(?i:virtual|phone|bilateral|first|last|recent)[ \t\u00a0\r\n]++)?"
    r"(?i:remarks|speech|comments|statement|address|interview|op-ed|call|meeting|conversation|readout)"
    r"[ \t\u00a0\r\n]++$")


_THE_LAST = lazyre.compile(r"\b(?i:the)[ ]$")
# ("on the October — the expiration of the sanctions": a preposition dates what the phrase restarts)
_PREP_THE_LAST = lazyre.compile(r"\b(?i:on|in|at|by|for|of|until|since|before|after|from|to|through|around|during)"
                                r"[ \t\u00a0\r\n]++(?i:the)[ ]$")
_RESTART_AFTER = lazyre.compile(r"[ \t\u00a0]*+(?:[—–]|--?)[ \t\u00a0\r\n]*+(?i:the|a|an|this|that|his|her|our|their)\b")
_EVENT_NOUN_AFTER = lazyre.compile(
    r"(?i:speech|remarks|address|statement|meeting|call|visit|trip|summit|announcement|decision|interview|"
    r"testimony|hearing|report|letter|conversation|deal|agreement|order|proposal|budget|election|vote|"
    r"conference|session|deadline|meetings|visits|trips)\b")


def _build(m):
    name = m.group("m").lower().rstrip(".")
    cue = m.group("pre") or m.group("mod") or m.group("rel") or m.group("y") or m.group("yrel")
    if not cue and name in ("april", "june", "august") and _VOC_AFTER.match(m.string, m.end()) \
            and (_VOC_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
                 or (m.string[m.end():m.end() + 1] in ".?!"
                     and _VOC_COMMA.search(m.string, max(0, m.start() - 20), m.start()))):
        return None
    if name in AMBIGUOUS_MONTHS and not cue and not m.group("adj"):
        return None  # "May I ask", "March on Washington"; "the March accession" is a month
    if not cue and not m.group("poss") and _THE_LAST.search(m.string, max(0, m.start() - 5), m.start()) \
            and _RESTART_AFTER.match(m.string, m.end()) \
            and not _PREP_THE_LAST.search(m.string, max(0, m.start() - 16), m.start()):
        return None  # "defeated the September — the January 6th commission": a phrase the speaker broke off
    if name == "may" and m.group("poss"):
        return None  # "May's government"
    if m.group("adj") and name in AMBIGUOUS_MONTHS and not _THE_LAST.search(m.string, max(0, m.start() - 5), m.start()) \
            and not _EVENT_NOUN_AFTER.match(m.string, m.end()):
        return None  # "his May be ...", "their March ended": after a possessive only before an event's noun
    if m.group("adj"):
        m_end = m.end("m") + (len(m.group("poss")) if m.group("poss") else 0)
        out = {"month": month_num(name), "year": None, "modifier": None, "year_offset": None,
               "_span": (m.start(), m_end)}
        if _ACT_AFTER.match(m.string, m_end):
            out["names_past"] = True
        return out
    rel = m.group("rel")
    rel = " ".join(rel.lower().split()) if rel else None
    rel = {"this coming": "next", "coming": "next", "next": "next", "this past": "last",
           "past": "last", "previous": "last", "last": "last", "this": "this"}.get(rel) if rel else None
    yrel = m.group("yrel")
    yoff = None
    if yrel:
        w = yrel.lower().split()[-2]
        yoff = {"last": -1, "next": 1, "this": 0}[w]
    out = {"month": month_num(name), "year": int(m.group("y")) if m.group("y") else None,
           "modifier": rel, "year_offset": yoff,
           "yy": int(m.group("yy")) if m.group("yy") else None}
    pre = m.group("pre")
    if pre and pre[:2].lower() == "in" and not rel and not m.group("mod") and not m.group("y") \
            and not yrel and not m.group("yy") \
            and _ACT_NOUN_BEFORE.search(m.string, max(0, m.start() - 50), m.start()):
        out["act_noun"] = True
    if pre and pre[:4].lower() == "from" and not rel and not m.group("mod") and not m.group("y") \
            and not yrel and not m.group("yy") and not _RANGE_AFTER.match(m.string, m.end()) \
            and _MADE_FROM_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        out["names_past"] = True
    if not m.group("y") and not rel and not yrel and not m.group("yy"):
        r = _RANGE_MONTH.match(m.string, m.end())
        if r is not None:
            out["range_to"] = month_num(r.group("m2").lower().rstrip("."))
    return out


# A span of months named as one: "from January through July", "between May and July" (not "in
# October and November": two months, as annotators count them)
_SPAN = compile_(rf"""
    (?P<pre>(?i:from|between|in|during|throughout){WS})?
    \b(?P<m1>{MONTH_FULL})
    (?P<sep>{WS}(?i:through|thru|to|until|till|and){WS}|[ \t\u00a0]*+[-–][ \t\u00a0]*+)
    (?P<m2>{MONTH_FULL})\b
    (?![ \t\u00a0\r\n]*+,?[ \t\u00a0\r\n]*+(?:\d|(?i:of|last|next|this)\b)|['’-])
""")


def _build_span(m):
    m1, m2 = month_num(m.group("m1")), month_num(m.group("m2"))
    pre = (m.group("pre") or "").strip().lower()
    sep = m.group("sep").strip().lower()
    if m1 == m2:
        return None
    if sep == "and" and pre != "between":
        return None  # "in October and November": two months, each its own reference
    if sep != "and" and pre == "between":
        return None
    if m.group("m1").lower() in AMBIGUOUS_MONTHS and not pre:
        return None  # "March to the capital"
    return {"month": m1, "range_to": m2, "month_span": True, "year": None, "modifier": None,
            "year_offset": None, "yy": None}


RULES = [Rule("month", "month", _MO, _build, family="months", trigger=T_MONTH),
         Rule("month-span", "month", _SPAN, _build_span, priority=1, family="months", trigger=T_MONTH)]

EXAMPLES = [
    # a month dating what someone was invited or asked to do lies ahead of the asking
    ("They saw each other last month, at which time the President invited Prime Minister Sunak to visit him in\n"
     "Washington in June.", "2023-04-12", "2023-06", "in June"),
    ("the President visited Washington in June.", "2023-04-12", "2022-06", "in June"),
    # a span of months named as one, placed by its end month
    ("Based on these data from January through July, represented on the axis", "2021-08-24",
     "2021-01-01/2021-07-31", "from January through July"),
    ("the data between May and July show it", "2021-08-24", "2021-05-01/2021-07-31", "between May and July"),
    ("we saw the surge in October and November.", "2022-12-10", "2022-10", "in October"),  # two months
    ("from November to January, cases will rise", "2021-10-05", "2021-11-01/2022-01-31", "from November to January"),
    ("in March and May we met", "2021-10-05", "2021-03", "in March"),
    # a range of months without a tense is placed by its end month
    ("During a six-week period in late June\nto mid-August, COVID-19 hospitalizations among children\nincreased fivefold.",
     "2021-11-03", "2021-06", "in late June"),
    # a month a plan had set ("had been slated to arrive in November") is as often still ahead
    ("these doses, which had been slated to arrive in November — it’s now going to be in September.",
     "2022-08-04", "2022-11", "in November"),
    ("the increase that was previously planned to take place in September.", "2022-06-02", "2022-09", "in September"),
    ("the upcoming Summit here in Brussels next July.", "2017-12-04", "2018-07", "next July"),
    ("the NATO Summit in July last year, President Juncker", "2017-12-04", "2016-07",
     "in July last year"),
    ("a little less than a year ago, last June", "2023-05-18", "2022-06", "last June"),
    ("worth a hundred thirty million dollars in October", "1998-01-08", "1997-10"),
    ("In early October, the leaders agreed", "2021-10-29", "2021-10", "In early October"),
    ("sales in July 1988 rose", "1989-11-02", "1988-07"),
    ("Zelenskyy addressed the summit in\nMarch.", "2022-06-22", "2022-03"),
    ("They expect a decision in January.", "1989-11-02", "1990-01"),
    ("Talks collapsed in mid-November.", "2000-04-03", "1999-11"),
    ("the roadmap we announced in March", "2021-11-17", "2021-03"),
    ("January this year", "1998-03-01", "1998-01"),
    ("The March accession will enable them to join.", "1999-02-10", "1999-03", "March"),
    ("an exchange similar to what you saw in the November ceasefire deal.", "2024-08-16", "2023-11", "November"),
    ("The March attack shocked the region.", "2024-02-10", "2023-03", "March"),
    ("the October storms will be studied", "2024-08-16", "2024-10", "October"),
    ("a small revision to December's figures", "1998-02-06", "1997-12"),
    ("the Oct. 1998 accord", "2000-01-24", "1998-10"),
    ("vaccinations in March, April.", "2021-05-01", "2021-04", "April"),
    ("funding following the conflict in May ‘21 with Hamas", "2022-07-13", "2021-05", "in May ‘21"),
    # "back in <month>" looks back; coming back in a month does not
    ("following the President's direction back in February.", "2021-06-08", "2021-02", "in February"),
    ("prices are down since the peak back in June", "2022-11-03", "2022-06", "in June"),
    ("He will come back in May", "2021-06-08", "2022-05", "in May"),
    # a present perfect reports the decision; its object may lie ahead
    ("NATO has decided to admit them in early March, an official said.", "1999-02-10", "1999-03"),
    # the month just before the briefing's is "last month": "last October" in November is a year back
    ("so last October, the President announced", "2022-11-08", "2021-10", "last October"),
    ("prices last February were lower", "1998-03-01", "1997-02", "last February"),
    ("last June", "1989-10-27", "1989-06"),
    # a year named just before in the sentence governs; the same month named again keeps its year
    ("so, last year, at the end\nof October, the President spoke", "2022-11-08", "2021-10",
     "the end\nof October"),
    ("At the end of October 2021 he spoke at meetings that took place at the end of October.",
     "2022-11-08", "2021-10", "the end of October"),
    ("I will just say, on the October — the expiration of some of the sanctions", "2023-09-17", "2023-10", "October"),
    ("which is basically what the President laid\nout during his May speech, which Hamas has accepted", "2024-07-24",
     "2024-05", "May"),
    ("Secretary Austin went to Manila at the very end of\nJanuary/beginning of February", "2023-04-30",
     "2023-01", "the very end of\nJanuary"),
    # someone's act named by its noun, in a clause without tense: done
    ("Secondly, during his virtual meeting in March with Mexican President\nAndrés Manuel López Obrador, the "
     "President laid out a vision", "2021-08-09", "2021-03", "in March"),
    ("his speech in May will set out the plan", "2021-03-09", "2021-05", "in May"),
    # a speech or record "from" a month is done: past, even in a present clause
    ("It builds on the Secretary’s speech from November focusing on why the region matters",
     "2022-08-07", "2021-11", "from November"),
    ("the numbers from\nMarch show it", "2022-02-10", "2021-03", "from\nMarch"),
    ("the report from November will be published", "2022-08-07", "2022-11", "from November"),
    ("We will hold sessions from November to January.", "2022-08-07", "2022-11-01/2023-01-31", "from November to January"),
    # "since" reads back whatever the verb
    ("We have seen prices fall since March, and we will keep going.", "2025-01-03", "2024-03",
     "since March"),
]
NEGATIVES = ["Thank you so much, April.", "MS. JEAN-PIERRE:  April.", "MR. KIRBY:  Hey, April.", "if I don't, April, of course.",
             "May I ask a question?", "March on Washington", "They march to the capital.",
             "We may go", "Marches were held.", "May's government", "his May be the last word", "Karine, the Senate defeated the September — the January 6th\ncommission today.", "and their March ended at the Mall"]

check_example, check_negative = checks({r.name for r in RULES})
