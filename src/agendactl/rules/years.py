"""Years, decades and centuries: "in 1950", "since 2016", "by 2030", "the 2023 date", "the year
2000", spoken years ("nineteen ninety-six", "the year two thousand"), "the 1990s", "the late
1970s", "the '90s", "the 20th century". A four-digit number counts as a year unless it is a
quantity (followed by a unit such as troops/people/dollars/percent, or preceded by $, "No.",
"Resolution"...) or a clock time ("1500 GMT")."""
from __future__ import annotations

import regex

from . import Rule, checks, compile_
from .lexicon import trigger, T_CENTURY, T_DECADE, T_SPOKEN_YEAR, T_YEAR, ORDINAL_WORDS, PERIOD_ADJ, WS, YEAR
from .. import lazyre

_UNIT_AFTER = (r"(?i:troops|soldiers|people|personnel|staff|members|dollars|euros|pounds|tons|tonnes|"
               r"km|kilometers|kilometres|miles|meters|metres|feet|hours|hrs|minutes|units|cases|deaths|"
               r"jobs|students|refugees|migrants|vehicles|tanks|rounds|times|percent|per[ ]cent|points|"
               r"barrels|votes|seats|acres|gmt|utc|est|edt|cet|zulu|local[ ]time|kg|mw|gw|ships|"
               r"aircraft|planes|jets|words|pages|employees|workers|children|women|men|families|"
               r"households|patients|homes|houses|signatures|shares|new|more|additional|other|of[ ]the|"
               r"to[ ]\d|p\.?m|a\.?m)")
_NOT_BEFORE = (r"\b(?i:resolution|no\.|number|article|flight|route|room|page|p\.|highway|model|section|"
               r"chapter|rule|item|paragraph|bill|h\.r\.|s\.|code|zip|box|suite|unit|version|v\.|"
               r"at|about|some|nearly|almost|over|roughly|approximately|around)")

_Y = compile_(rf"""
    (?P<pre>(?i:in|since|by|until|till|from|during|through|throughout|before|after|of|for|as[ ]of|
       circa|early|mid|late|the[ ]end[ ]of|the[ ]beginning[ ]of|the[ ]start[ ]of|the[ ]middle[ ]of|
       the[ ]year|the|fiscal[ ]year|calendar[ ]year|fiscal|calendar|year|end[ ]of|spring|summer|autumn|fall|winter){WS}|mid-)?
    (?<!{_NOT_BEFORE}{WS})
    (?P<y>{YEAR})\b(?:['’]s(?!\w))?
    (?!{WS}{_UNIT_AFTER}\b|[ \t]*+[-–][ \t]*+\d{{1,4}}[ \t]*+(?i:troops|people|percent)|:\d|[ \t]*+%)
""")


# "since about 2007", "from around 2015": a hedged year after a preposition of time (a hedged
# number alone is a quantity: "about 2000 people"), not followed by a noun
_Y_ABOUT = compile_(rf"""
    (?i:since|until|till|from|before|after|in){WS}(?i:about|around|roughly|approximately|circa){WS}
    (?P<y>{YEAR})\b
    (?!{WS}(?!(?i:when|and|or|to|through|until|onwards?|on|or[ ]so)\b)[a-z]|[ \t]*+[-–%]|:\d)
""")


# "in 2020 dollars", "in constant 2015 dollars": the price base names a year (a bare "2000
# dollars" is a sum)
_Y_DOLLARS = compile_(rf"""
    (?i:in){WS}(?:(?i:constant|real|inflation-adjusted){WS})?
    (?P<y>(?:19[5-9]|20\d)\d){WS}(?i:dollars|U\.S\.[ ]dollars|euros)\b
""")


def _build_y_about(m):
    y = int(m.group("y"))
    return {"year": y} if 1800 <= y <= 2100 else None


# "the Caribbean partnership, or PACC 2030", "Agenda 2063", "Project 2025": a year that ends a
# name (an acronym or a programme word right before it) is part of the name, not a date; fiscal
# and calendar years ("FY 2024") and months or seasons in capitals ("JUNE 2021") are dates
_NAME_YEAR = lazyre.compile(
    r"(?<![\w.&/-])(?:(?!(?:FY|CY|SFY|FFY|AD|BC|CE|BCE|Q[1-4]|H[12]|JAN|JANUARY|FEB|FEBRUARY|MAR|MARCH|APR|APRIL|MAY|JUNE?"
    r"|JULY?|AUG|AUGUST|SEPT?|SEPTEMBER|OCT|OCTOBER|NOV|NOVEMBER|DEC|DECEMBER|SPRING|SUMMER|FALL|AUTUMN|WINTER|YEAR)[ \t\u00a0]$)"
    r"[A-Z]{2,6}|Agenda|Project|Vision|Horizon)[ \t\u00a0]$")


def _build_y(m):
    y = int(m.group("y"))
    pre = (m.group("pre") or "").lower().strip()
    if not pre and m.string[m.start() - 2:m.start() - 1].isalpha() and _NAME_YEAR.search(
            m.string, max(0, m.start() - 12), m.start()):
        return None
    # bare numbers far from the present are quantities more often than years
    if not pre and not 1800 <= y <= 2100:
        return None
    if pre.startswith(("spring", "summer", "autumn", "fall", "winter")):
        return None  # the season family reads "summer 2018"
    return {"year": y}


# --- spoken years: "nineteen ninety-six", "two thousand and one", "the year two thousand"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPOKEN = compile_(rf"""
    (?:(?i:in|since|by|until|from|of|the[ ]year){WS})?
    \b(?i:
        (?P<c>nineteen|eighteen)[ \t-]++(?P<t>{_TENS})(?:[ \t-](?P<u>{_UNIT}))?
      | (?P<c>nineteen|eighteen)[ \t-]++(?P<teen>{_TEEN})(?!{WS}(?:hundred|thousand))
      | (?P<k>two[ \t-]++thousand)(?:(?:[ \t-]++and)?[ \t-]++(?P<ku>{_UNIT}|{_TEEN}))?
    )\b(?!{WS}(?i:hundred|thousand|million|billion|percent|dollars|troops|people|of\b))
""")
_W = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine".split())}
_W.update({w: i + 10 for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())})
_T = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}


def _build_spoken(m):
    if m.group("k"):
        if not m.group(0).lower().startswith(("in", "since", "by", "until", "from", "of", "the year")) \
                and not m.group("ku"):
            return None  # "two thousand" alone is a quantity
        return {"year": 2000 + (_W[m.group("ku").lower()] if m.group("ku") else 0)}
    c = 1900 if m.group("c").lower() == "nineteen" else 1800
    if m.group("teen"):
        return {"year": c + _W[m.group("teen").lower()]}
    return {"year": c + _T[m.group("t").lower()] + (_W[m.group("u").lower()] if m.group("u") else 0)}


# --- decades and centuries
_DEC = compile_(rf"""
    (?:(?i:the|in[ ]the|since[ ]the|during[ ]the|by[ ]the|of[ ]the|until[ ]the){WS})
    (?:(?P<mod>(?i:early|mid|late))(?:-|{WS}))?
    (?: (?P<cc>1[0-9]|20)(?P<d>\d)0['’]?s\b
      | ['’‘](?P<d2>\d)0['’]?s\b  # typographers often open the elision with a left quote: "the ‘90s"
      | (?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b )
""")
# "this decade", "by the end of the decade", "next decade" (calendar decades; "the last/past
# decade" is the rolling ten years and left out)
_DECREL = compile_(rf"""
    (?:(?i:by|until|before|through|in|for|during|over|at){WS})?
    (?: (?P<end>(?i:the[ ]end[ ]of|the[ ]middle[ ]of|the[ ]rest[ ]of|the[ ]beginning[ ]of|the[ ]start[ ]of)){WS}
        (?P<rel>(?i:this|the))
      | (?P<rel>(?i:this|next|last)) )
    {WS}(?:{PERIOD_ADJ}{WS})?(?i:decade)\b(?!['’]s?[ \t]*+(?:-|long)|-|{WS}(?i:or|and)\b)
""")


_THE_END = lazyre.compile(r"\b(?i:the)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")


def _build_decrel(m):
    rel = m.group("rel").lower()
    if rel in ("last", "next") and _THE_END.search(m.string, max(0, m.start("rel") - 8), m.start("rel")):
        return None  # "the last decade", "over the next decade": the rolling ten years
    return {"decade_offset": {"this": 0, "the": 0, "next": 1, "last": -1}[rel]}


_DW = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
       "eighties": 8, "nineties": 9}


def _build_dec(m):
    if m.group("cc"):
        return {"decade": int(m.group("cc") + m.group("d"))}
    d = int(m.group("d2")) if m.group("d2") else _DW[m.group("w").lower()]
    return {"decade": 190 + d, "ambiguous_century": True}


_CENT = compile_(rf"""
    (?:(?i:the|in[ ]the|since[ ]the|of[ ]the){WS})?
    (?P<n>\d{{1,2}})(?:st|nd|rd|th)(?:-|{WS})(?i:century)\b
  | (?P<rel>(?i:this|the[ ]current|the[ ]last|last|the[ ]previous|next|the[ ]next)){WS}(?i:century)\b
    (?!{WS}(?i:or|and)\b|-)
  | (?:(?i:the|in[ ]the|since[ ]the|of[ ]the){WS})?(?P<w>(?i:{"|".join(sorted((k.replace(" ", "[- ]") for k in ORDINAL_WORDS), key=len, reverse=True))}))(?:-|{WS})(?i:century)\b
""")


def _build_cent(m):
    if m.group("rel"):
        rel = m.group("rel").lower().split()[-1]
        return {"century_offset": {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[rel]}
    n = int(m.group("n")) if m.group("n") else ORDINAL_WORDS[" ".join(m.group("w").lower().replace("-", " ").split())]
    return {"century": n - 1}


# "the ’41 document", "since '08": a two-digit year after a determiner or preposition (the
# century is chosen at resolution: the latest not far after the briefing)
_YY = compile_(rf"""
    (?i:the|in|since|of|by|from|until|before|after|during|through|class[ ]of|summer[ ]of|
      spring[ ]of|fall[ ]of|winter[ ]of|come){WS}  # "what they need to do come ’22"
    ['’‘](?P<yy>\d\d)\b(?!['’]|\d|%|[.,:]\d|s\b|{WS}{_UNIT_AFTER}\b)
""")


def _build_yy(m):
    return {"yy": int(m.group("yy")), "year": None}


# Fiscal years by abbreviation: "FY2022", "FY 2023", "FY22", "FY’24". TimeML dates a fiscal
# year by its calendar year number (as "fiscal 1989" -> 1989), so the value is that year.
_FY = compile_(rf"""
    (?:(?i:in|since|by|until|from|for|of|through|before|after|the){WS})?
    \b(?:FY|F\.Y\.)[ \t]?(?:(?P<y4>{YEAR})|['’]?(?P<yy>\d\d)(?!\d))\b
""")


def _build_fy(m):
    if m.group("y4"):
        return {"year": int(m.group("y4"))}
    return {"yy": int(m.group("yy")), "year": None}


RULES = [
    Rule("year", "year", _Y, _build_y, family="years", trigger=T_YEAR),
    Rule("year-dollars", "year", _Y_DOLLARS, lambda m: {"year": int(m.group("y")), "_span": (m.start("y"), m.end("y"))},
         priority=1, family="years", trigger=T_YEAR, reach=30),
    Rule("year-about", "year", _Y_ABOUT, _build_y_about, priority=1, family="years", trigger=T_YEAR, reach=30),
    Rule("fiscal-year", "year", _FY, _build_fy, priority=1, family="years",
         trigger=trigger(["FY", "F.Y."], lower=False), reach=20),
    Rule("year-two-digit", "year", _YY, _build_yy, family="years",
         trigger=trigger([], pattern=r"['’‘]\d\d\b"), reach=20),
    Rule("year-spoken", "year", _SPOKEN, _build_spoken, family="years", trigger=T_SPOKEN_YEAR),
    Rule("decade", "decade", _DEC, _build_dec, priority=1, family="years", trigger=T_DECADE),
    Rule("decade-relative", "decade", _DECREL, _build_decrel, priority=1, family="years",
         trigger=trigger(["decade"]), reach=30),
    Rule("century", "century", _CENT, _build_cent, priority=1, family="years", trigger=T_CENTURY),
]

EXAMPLES = [
    ("when he was able to get this done in the\n‘90s, to ban assault weapons", "2023-06-19", "199", "in the\n‘90s"),
    ("The outbreak of the Korean War in 1950 triggered", "2017-12-04", "1950", "in 1950"),
    ("the first summit since 2016", "2021-11-17", "2016", "since 2016"),
    ("I feel like I’ve heard a version of this speech\nevery year since about 2007.  So", "2022-08-07", "2007",
     "since about 2007"),
    ("cost something\nin the order — in 220 dollars — in 2020 dollars, like $200\nbillion-plus.", "2022-09-12", "2020", "2020"),
    ("prices have risen from around 2015 to now", "2022-08-07", "2015", "from around 2015"),
    ("net zero by 2030", "2021-11-17", "2030"),
    # a capitalised word before the year that is no name
    ("the President's Budget for Fiscal Year 2022 provides", "2021-11-17", "2022"),
    ("the 2012 plan", "2021-11-17", "2012"),
    ("the 2023 date", "2021-10-29", "2023"),
    ("That 1978 resolution calls for", "1998-03-01", "1978"),
    ("nineteen ninety-six", "1998-02-27", "1996"),
    ("the year two thousand", "1998-02-27", "2000"),
    ("in the 1990s", "2017-12-04", "199"),
    ("the late 1970s", "1998-02-19", "197"),
    ("the 20th century", "2017-12-04", "19"),
    ("the twenty-first century", "2017-12-04", "20"),
    ("the '90s", "2017-12-04", "199"),
    ("the fundamental purpose of the\n’41 document", "2021-06-10", "1941"),
    ("the class of '22", "2021-06-10", "2022"),
    ("what they need to do come ’22?", "2021-12-17", "2022", "come ’22"),
    ("prevent warming this century", "2022-11-08", "20", "this century"),
    ("the President's fiscal year 2022 budget request", "2021-04-09", "2022", "fiscal year 2022"),
    ("cut by 27 percent since FY2010", "2021-04-09", "2010", "since FY2010"),
    ("the FY22 request", "2021-04-09", "2022"),
    ("wars of the last century", "2022-11-08", "19"),
    ("by the end of this decade", "2022-11-08", "202", "by the end of this decade"),
    ("The goal is to do it by the end of the decade.", "2021-04-09", "202"),
    ("next decade", "2017-12-04", "202"),
    ("to seize this decisive decade to advance", "2022-10-12", "202", "this decisive decade"),
]
NEGATIVES = ["the Vice President will officially launch the U.S.\nCaribbean Partnership, or PACC 2030.",
             "the launch of PACC 2030 tomorrow", "aligned with Agenda 2063, the African Union's vision",
             "he was paid 2000 dollars", "a fine of 2000 dollars", "we sent them 2020 dollars",
             "since about 2000 people signed up", "in about 2000 cases", "from around 2015-2020 homes", "cut by about 2007",
             "over the last decade", "could lead over the next decade to", "could lead — over the\nnext decade — to", "in the next decade", "a decade-long effort", "for a decade or more", "FYI, the call is off", "FY 123", "he said '41 percent'", "they come '22 percent short", "this century-old house", "2000 troops", "$2017", "at 1500 GMT", "Resolution 2334", "5:00 p.m.", "42", "1,999",
             "2017.5", "The score was 1999 points", "two thousand people", "page 2017", "in 3000 BC"]

check_example, check_negative = checks({r.name for r in RULES})
