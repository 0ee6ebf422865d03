"""Named days: Christmas (Day/Eve), New Year's Day/Eve, Independence Day / the Fourth of July,
Thanksgiving (US), Memorial Day, Labor Day, Veterans Day, Halloween, Easter, Good Friday,
Martin Luther King Day, Presidents' Day, Valentine's Day, with an optional year. The year, when
not given, is chosen like a day+month date (tense, else nearest)."""
from __future__ import annotations

from . import Rule, checks, compile_
from .lexicon import WS, YEAR, trigger

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
}
_ALT = "|".join(sorted((n.replace(" ", "[ ]").replace(".", r"\.").replace("'", "['’]").replace("’", "['’]")
                        for n in _NAMES), key=len, reverse=True))
_HOL = compile_(rf"""
    (?:(?i:on|by|until|before|after|since|over|at|for|during){WS})?
    \b(?P<h>(?i:{_ALT}))\b(?:['’]s)?(?:,?{WS}(?P<y>{YEAR}))?
    (?!{WS}(?i:tree|trees|card|cards|carol|carols|gift|gifts|shopping|spirit|season|party|parties|
        holidays|market|lights|decorations|dinner|parade|parades|Agreement|Accord|Accords|sales|present|presents)\b)
""")


def _build(m):
    raw = " ".join(m.group("h").lower().replace("’", "'").split())
    key = _NAMES.get(raw) or _NAMES.get(raw.replace("'", "’"))
    if key is None:
        return None
    # "Christmas"/"Easter" alone need capitals ("easter" is not a word, but be safe)
    if not m.group("h")[0].isupper() and not m.group("h").startswith("the"):
        return None
    return {"holiday": key, "year": int(m.group("y")) if m.group("y") else None}


_T_HOL = trigger(["christmas", "new year", "independence", "fourth", "thanksgiving", "memorial",
                  "labor day", "veterans", "halloween", "easter", "king day",
                  "king jr", "presidents", "valentine", "election day", "patrick", "juneteenth",
                  "mother's", "mother’s", "father's", "father’s", "columbus", "peoples", "boxing"])

RULES = [Rule("holiday", "holiday", _HOL, _build, priority=1, family="holidays", trigger=_T_HOL, reach=20)]

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
]
# "Good Friday" is left out on purpose: in briefings it is nearly always the 1998 Agreement.
NEGATIVES = ["the St. Patrick's Day parade", "Mother's Day cards", "a Christmas tree", "the Good Friday Agreement", "if Good Friday gets blown up", "thanksgiving prayers", "Easterly winds"]

check_example, check_negative = checks({r.name for r in RULES})
