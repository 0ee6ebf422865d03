"""Named days: Christmas (Day/Eve), New Year's Day/Eve, Independence Day / the Fourth of July,
Thanksgiving (US), Memorial Day, Labor Day, Veterans Day, Halloween, Easter, Good Friday,
Martin Luther King Day, Presidents' Day, Valentine's Day, with an optional year. The year, when
not given, is chosen like a day+month date (tense, else nearest)."""
from __future__ import annotations

import regex

from . import Rule, checks, compile_
from .lexicon import WEEKDAY_NUM, WEEKDAYS, WS, YEAR, trigger
from .. import lazyre

_NAMES = {
    "christmas day": "christmas", "christmas eve": "christmas-eve", "christmas": "christmas",
    "new year's day": "new-year", "new year’s day": "new-year", "new year's eve": "new-year-eve",
    "new year’s eve": "new-year-eve", "independence day": "independence", "the fourth of july": "independence", "fourth of july": "independence",
    "july fourth": "independence", "thanksgiving day": "thanksgiving", "thanksgiving": "thanksgiving",
    "memorial day": "memorial", "labor day": "labor", "veterans day": "veterans",
    "veterans' day": "veterans", "halloween": "halloween", "easter sunday": "easter", "easter": "easter",
"martin luther king day": "mlk", "martin luther king jr. day": "mlk",
    "presidents' day": "presidents", "presidents day": "presidents", "valentine's day": "valentine",
    "valentine’s day": "valentine", "election day": "election",
    "st. patrick's day": "st-patrick", "st patrick's day": "st-patrick", "saint patrick's day": "st-patrick",
    "juneteenth": "juneteenth", "mother's day": "mothers", "father's day": "fathers",
    "columbus day": "columbus", "indigenous peoples' day": "columbus", "indigenous peoples day": "columbus",
    "boxing day": "boxing",
    # observances briefings mark ("Happy Earth Day"), fixed dates
    # (not "International Women's Day": TempEval's annotators leave it untagged)
    "earth day": "earth", "world aids day": "world-aids", "flag day": "flag", "cinco de mayo": "cinco",
    "inauguration day": "inauguration", "mlk day": "mlk", "martin luther king jr. day": "mlk",
    "martin luther king, jr. day": "mlk", "new year's": "new-year", "new year’s": "new-year",
}
# a line break may fall inside a name ("after Labor\nDay")
_ALT = "|".join(sorted((n.replace(" ", "[ \\t\\n\\u00a0]").replace(".", r"\.").replace("'", "['’]").replace("’", "['’]")
                        for n in _NAMES), key=len, reverse=True))
# the holiday naming a thing, not a day: "a Christmas tree", "the Thanksgiving meal", "the Good
# Friday Agreement" (after the name alone or a day counted from it: "the day after Thanksgiving dinner")
_THING_AFTER = rf"""(?!{WS}(?i:tree|trees|card|cards|carol|carols|gift|gifts|shopping|spirit|season|party|parties|
        holidays|market|lights|decorations|dinner|dinners|parade|parades|Agreement|Accord|Accords|sales|present|presents|
        resolution|resolutions|crowd|crowds|ball|balls|meal|meals|turkey|turkeys|feast|feasts)\b)"""
_HOL = compile_(rf"""
    (?:(?i:on|by|until|before|after|since|over|at|for|during){WS})?
    \b(?P<h>(?i:{_ALT}))\b(?:['’]s)?(?:,?{WS}(?P<y>{YEAR}))?
    {_THING_AFTER}
""")


# A holiday named as a thing, not a time: "established Juneteenth as a national holiday",
# "commemorate Juneteenth", "the true meaning of Juneteenth", "the Illinois Juneteenth
# celebration". ("celebrate X" stays a time: people celebrate on the day.)
_GENERIC_BEFORE = lazyre.compile(r"""(?i:
    \b(?:commemorat\w*|establish\w*|recogni[sz]\w*|declar\w*|designat\w*|enshrin\w*)[ \t\n\u00a0]+(?:the[ \t\n\u00a0]+)?
  | \b(?:meaning|spirit|history|story|significance|legacy|importance|origins?|lessons?)[ \t\n\u00a0]+of[ \t\n\u00a0]+(?:the[ \t\n\u00a0]+)?
)$""", regex.X)
_GENERIC_AFTER = lazyre.compile(r"""(?i:
    [ \t\n\u00a0]+as[ \t\n\u00a0]+(?:a|an|the|our)[ \t\n\u00a0]+(?:\w+[ \t\n\u00a0]+){0,2}?holiday\b
  | [ \t\n\u00a0]+(?:celebrations?|festivals?)\b
)""", regex.X)


# A habit, not a day: "the breakfast that the Vice President has hosted over the last number of
# years for the Taoiseach on St. Patrick's Day", "every year on Thanksgiving" (within the sentence)
_HABIT_BEFORE = lazyre.compile(r"""(?i:
    \b(?:every|each)[ \t\n\u00a0]+year\b | \bannually\b | \btraditionally\b
  | \b(?:over|for|in)[ \t\n\u00a0]+the[ \t\n\u00a0]+(?:last|past)[ \t\n\u00a0]+(?:number[ \t\n\u00a0]+of|few|several|many|\w+)[ \t\n\u00a0]+years\b
)[^.!?;]*+$""", regex.X)


def _generic(m) -> bool:
    s, e = m.start("h"), m.end("h")
    if _HABIT_BEFORE.search(m.string, max(0, s - 150), s):
        return True
    if s > m.start():
        return False  # "on/for/until Juneteenth": a preposition makes it a time
    return bool(_GENERIC_BEFORE.search(m.string, max(0, s - 40), s) or _GENERIC_AFTER.match(m.string, e))


def holiday_key(name: str) -> str | None:
    """The key (resolve.py's _HOLIDAYS) of a holiday name as written, any case, spacing or apostrophe."""
    raw = " ".join(name.lower().replace("’", "'").split())
    return _NAMES.get(raw) or _NAMES.get(raw.replace("'", "’"))


def _build(m):
    key = holiday_key(m.group("h"))
    if key is None:
        return None
    # "Christmas"/"Easter" alone need capitals ("easter" is not a word, but be safe)
    if not m.group("h")[0].isupper() and not m.group("h").startswith("the"):
        return None
    y = m.groupdict().get("y")
    if not y and "unit" not in m.groupdict() and _generic(m):
        return None
    return {"holiday": key, "year": int(y) if y else None}


# "the 4th of July holiday weekend", "Memorial Day weekend", "the holiday weekend": the weekend
# a holiday belongs to (resolve.py: a Monday holiday's is the weekend before it). The Fourth is
# also written as a date here ("the 4th of July", "July 4th"), which alone the date rules read.
_WKND = compile_(rf"""
    (?:(?i:on|by|until|before|after|since|over|during|for|through|into|going[ ]into){WS})?
    (?:(?i:the|this|this[ ]coming|the[ ]coming|the[ ]upcoming|this[ ]upcoming|next|last|this[ ]past){WS})?
    (?:(?P<h>(?i:{_ALT}))(?:['’]s)?
      | (?P<ind>(?i:4th[ ]of[ ]July|July[ ](?:4th|4|fourth)|fourth[ ]of[ ]July)))
    (?:{WS}(?i:holiday|long|holiday[ ]long|long[ ]holiday))?{WS}(?P<unit>(?i:weekend|week))\b(?!['’]?s\b)
  | (?:(?i:the|this|this[ ]coming|the[ ]coming|the[ ]upcoming|this[ ]upcoming|an[ ]upcoming|a|our)(?:{WS}(?i:long))?{WS})?
    (?-i:[Hh]oliday){WS}(?i:weekend)\b(?!['’]?s\b)
""")


def _build_weekend(m):
    # "Thanksgiving week", "Christmas week": the ISO week holding the day
    key = "week" if (m.group("unit") or "").lower() == "week" else "weekend"
    if m.group("ind"):
        return {"holiday": "independence", "year": None, key: True}
    if m.group("h"):
        out = _build(m)
        if out is not None:
            out[key] = True
        return out
    return {"holiday": None, "year": None, "weekend": True}


_T_HOL = trigger(["earth day", "aids day", "flag day", "cinco",
                  "inauguration", "mlk", "christmas", "new year", "independence", "fourth", "thanksgiving", "memorial",
                  "labor", "veterans", "halloween", "easter", "king day",
                  "king jr", "presidents", "valentine", "election day", "patrick", "juneteenth",
                  "mother's", "mother’s", "father's", "father’s", "columbus", "peoples", "boxing"])

# "the day after Thanksgiving", "on the day before Christmas Eve": a day counted from the holiday
# (not "the day after" counted from the briefing, with the holiday left over)
_NEXT_TO = compile_(rf"""
    (?:(?i:on|by|until|since|before|after|for){WS})?(?i:the){WS}(?i:day){WS}(?P<ab>(?i:after|before)){WS}
    (?P<h>(?i:{_ALT}))\b(?:['’]s)?(?:,?{WS}(?P<y>{YEAR}))?
    {_THING_AFTER}
""")


def _build_next_to(m):
    out = _build(m)
    if out is not None:
        out["shift"] = 1 if m.group("ab").lower() == "after" else -1
    return out


_WD_TITLE = "|".join(w.capitalize() for w in WEEKDAYS)  # capitalised only: "Easter Monday", not "easter monday"
# "thanks, everybody, on a Thanksgiving Friday", "Easter Monday": the first such weekday from the
# holiday on (a weekday name, capitalised, right after the holiday's)
_HOL_WD = compile_(rf"""
    (?:(?i:on|by|until|before|after|since|for){WS})?
    \b(?P<h>(?i:{_ALT}))\b{WS}(?P<wd>{_WD_TITLE})\b(?!['’])
""")


def _build_wd(m):
    out = _build(m)
    if out is not None:
        out["weekday_after"] = WEEKDAY_NUM[m.group("wd").lower()]
    return out


RULES = [Rule("holiday", "holiday", _HOL, _build, priority=1, family="holidays", trigger=_T_HOL, reach=20),
         Rule("holiday-weekday", "holiday", _HOL_WD, _build_wd, priority=2, family="holidays",
              trigger=_T_HOL, reach=30),
         Rule("holiday-next-to", "holiday", _NEXT_TO, _build_next_to, priority=2, family="holidays",
              trigger=_T_HOL, reach=30),
         Rule("holiday-weekend", "holiday", _WKND, _build_weekend, priority=2, family="holidays",
              trigger=trigger(["week"]), reach=60)]

EXAMPLES = [
    ("He was rescued on Thanksgiving Day.", "2000-01-06", "1999-11-25"),
    ("We will be home for Christmas.", "2017-12-04", "2017-12-25"),
    ("on the Fourth of July", "2024-07-01", "2024-07-04"),
    ("Easter 2018", "2017-12-04", "2018-04-01"),
    ("We rested over Labor Day.", "2017-12-04", "2017-09-04"),
    ("a major theme of our campaign from now to Election Day", "1998-10-26", "1998-11-03"),
    ("He is going to say what he has said for a long time, as recently as St. Patrick’s\nDay, which is", "2021-06-10",
     "2021-03-17", "St. Patrick’s\nDay"),
    ("We will celebrate Juneteenth together.", "2021-06-10", "2021-06-19"),
    ("families on the South Lawn yesterday to celebrate Fourth of July", "2022-07-05", "2022-07-04"),
    ("He spoke on Columbus Day.", "2021-11-17", "2021-10-11"),
    # a holiday days away is this year's even when a stray -ed adjective sits in the clause
    ("As we prepare to celebrate Independence Day, I want to remind the unvaccinated", "2021-07-01",
     "2021-07-04"),
    ("the progress we have made, celebrating our country's Independence Day", "2021-07-01", "2021-07-04"),
    # a past clause about a holiday months back is last year's
    ("We celebrated Independence Day with the troops.", "2021-02-10", "2020-07-04"),
    # far off, even a weak past cue beats the document's prior
    ("Thanksgiving Day, we got cookies.", "2023-02-14", "2022-11-24"),
    ("Happy Earth Day, everyone.", "2022-04-22", "2022-04-22"),
    ("since Inauguration Day, we have vaccinated", "2021-06-10", "2021-01-20"),
    ("on Inauguration Day the President will", "2024-11-12", "2025-01-20"),
    ("We will mark World AIDS Day.", "2021-11-30", "2021-12-01"),
    ("over New Year’s, travel rose", "2022-01-05", "2022-01-01"),
    ("around MLK Day", "2022-01-12", "2022-01-17"),
    # holiday weekends: a Sunday holiday's weekend is its own week's; a Monday holiday's the one before
    ("going into the 4th of July holiday weekend, Americans have", "2021-07-01", "2021-W26-WE"),
    ("happy Fourth of July weekend to everyone", "2021-07-01", "2021-W26-WE"),
    ("travel over Memorial Day weekend", "2023-05-20", "2023-W21-WE"),
    ("Please enjoy a safe holiday weekend.", "2021-07-01", "2021-W26-WE", "holiday weekend"),
    ("Thanksgiving weekend shopping was strong.", "2023-11-28", "2023-W47-WE"),
    ("He will spend the Labor Day weekend at home.", "2022-08-30", "2022-W35-WE"),
    ("Thanksgiving week travel will be heavy.", "2023-11-10", "2023-W47", "Thanksgiving week"),
    ("As we prepare for our children to return to school after Labor\nDay, CDC has", "2021-08-31",
     "2021-09-06", "after Labor\nDay"),
    ("You mentioned the upcoming holiday\nweekend; should Americans", "2021-08-31", "2021-W35-WE",
     "the upcoming holiday\nweekend"),
    ("Happy Juneteenth, everyone.", "2023-06-19", "2023-06-19", "Juneteenth"),
    # a day counted from the holiday
    ("Thanks for joining on the day\nafter Thanksgiving.", "2024-11-29", "2024-11-29"),
    ("Thank you so much for joining us today, the day after Thanksgiving, for a call", "2024-11-29",
     "2024-11-29", "the day after Thanksgiving"),
    ("He will fly home the day before Christmas Eve.", "2022-12-10", "2022-12-23"),
    # a weekday right after the holiday: the first such day from it on
    ("And thanks, everybody, on a\nThanksgiving Friday.  Look, I don't have much", "2024-11-29",
     "2024-11-29", "Thanksgiving Friday"),
    ("The markets are closed on Easter Monday.", "2024-03-20", "2024-04-01"),
    # ... not across a comma
    ("Happy Thanksgiving, Friday we meet again.", "2024-11-26", "2024-11-28", "Thanksgiving"),
    ("The commemorations honor Juneteenth this year.", "2023-06-10", "2023-06-19", "Juneteenth"),
]
# "Good Friday" is left out on purpose: in briefings it is nearly always the 1998 Agreement.
NEGATIVES = ["the President established Juneteenth as a national holiday", "not enough to just commemorate\nJuneteenth.",
             "To honor the true meaning of Juneteenth, we must", "the shooting at the Illinois Juneteenth celebration", "a shooting at a Juneteenth festival in Texas",
             "Establishing Juneteenth as\na federal holiday was", "signed legislation establishing\nJuneteenth as the nation’s newest federal holiday",
             "the weekly holiday schedule", "New Year's resolutions", "the Inauguration Day crowds", "holiday weekends are busy", "a weekend of holiday shopping", "the July 4th weekends",
             "the St. Patrick's Day parade", "Mother's Day cards", "a Christmas tree", "the Good Friday Agreement", "if Good Friday gets blown up", "thanksgiving prayers", "Easterly winds",
             "the day after the election",  # no holiday named
             # a habit: no one day
             "the breakfast that the Vice President has hosted over the last number of years for the\nTaoiseach on St. Patrick’s Day.",
             "Every year on Thanksgiving we pardon a turkey.",
             # the holiday naming a dish or meal, not a day
             "the day after Thanksgiving dinner", "the day after Christmas cards go out", "the Thanksgiving dinners for the troops",
             "serve part of\nthe Thanksgiving meal prepared by the chef", "After serving\nThanksgiving meals, they will meet", "a Christmas feast for the troops"]

check_example, check_negative = checks({r.name for r in RULES})
