"""Numeric dates with a year: ISO "2017-12-04", "2017/12/04", "2015-3-3", "2014-10" (month),
US "12/04/2017" and day-first "31/10/1974", "04.12.2017", "31-Oct-74", "31/Oct/1974". Both
readings possible ("10/11/2017")? US month-first is taken, marked ambiguous, the other reading
given as alternative. Numbers without a year ("2/15", "15-2") are left alone: in running text
they are fractions, scores and ranges far more often than dates."""
from __future__ import annotations

from . import Rule, checks, compile_
from .lexicon import MONTH_NUM, trigger

_ISO = compile_(r"""
    (?<![\d/.\-])(?P<y>(?:1[6-9]|20|21)\d\d)(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])
    (?:(?P=s)(?P<d>3[01]|[12]\d|0?[1-9]))?(?![\d/]|\.\d|-\d)
""")
_NUM = compile_(r"""
    (?<![\d/.\-$])(?P<a>[0-3]?\d)(?P<s>[/.\-])(?P<b>[0-3]?\d)(?P=s)(?P<y>(?:1[6-9]|20|21)\d\d|\d\d)(?![\d/]|\.\d|-\d)
""")
_MY = compile_(r"""
    (?<![\d/.\-$])(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:1[6-9]|20|21)\d\d)(?![\d/])
""")
_MON = "|".join(sorted(MONTH_NUM, key=len, reverse=True))
_DMONY = compile_(rf"""
    (?<![\d/.\-])(?P<d>3[01]|[12]\d|0?[1-9])(?P<s>[-/])(?P<m>(?i:{_MON}))(?P=s)(?P<y>(?:1[6-9]|20|21)\d\d|\d\d)(?![\d/])
""")


def _year(y: str) -> int:
    if len(y) == 4:
        return int(y)
    n = int(y)
    return 2000 + n if n < 50 else 1900 + n  # two-digit years: 00-49 -> 20xx


def _ok(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31


def _build_iso(m):
    y, mo = int(m.group("y")), int(m.group("m"))
    if m.group("d"):
        return {"items": [(int(m.group("d")), mo)], "year": y, "weekday": None}
    if m.group("s") == ".":
        return None  # "2014.10" is a decimal number
    return {"month": mo, "year": y, "modifier": None, "year_offset": None, "_kind": "month"}


def _build_num(m):
    a, b, y = int(m.group("a")), int(m.group("b")), _year(m.group("y"))
    if len(m.group("y")) == 2 and m.group("s") == ".":
        return None  # "1.5.10" is more likely a version or section number
    us, eu = _ok(b, a), _ok(a, b)  # (day, month)
    if us:
        out = {"items": [(b, a)], "year": y, "weekday": None}
        if eu and a != b:
            out["alt_items"] = [(a, b)]
        if m.group("s") == "." and eu:
            # dotted dates are day-first where they are used (Europe)
            out = {"items": [(a, b)], "year": y, "weekday": None}
            if a != b:
                out["alt_items"] = [(b, a)]
        return out
    if eu:
        return {"items": [(a, b)], "year": y, "weekday": None}
    return None


def _build_my(m):
    return {"month": int(m.group("m")), "year": int(m.group("y")), "modifier": None,
            "year_offset": None, "_kind": "month"}


def _build_dmony(m):
    return {"items": [(int(m.group("d")), MONTH_NUM[m.group("m").lower()])],
            "year": _year(m.group("y")), "weekday": None}


_T = trigger([], pattern=r"\d[-/.]")
RULES = [
    Rule("date-iso", "date", _ISO, _build_iso, priority=3, family="numeric", trigger=_T),
    Rule("date-numeric", "date", _NUM, _build_num, priority=3, family="numeric", trigger=_T, reach=4),
    Rule("month-numeric", "month", _MY, _build_my, priority=2, family="numeric", trigger=_T, reach=4),
    Rule("date-day-mon-year", "date", _DMONY, _build_dmony, priority=3, family="numeric",
         trigger=_T, reach=4),
]

EXAMPLES = [
    ("2017-12-04", "2018-01-01", "2017-12-04"),
    ("on 2015-3-3", "2013-02-12", "2015-03-03"),
    ("12/04/2017", "2018-01-01", "2017-12-04"),
    ("31/10/1974", "2013-02-12", "1974-10-31"),
    ("04.12.2017", "2018-01-01", "2017-12-04"),
    ("31-Oct-74", "2013-02-12", "1974-10-31"),
    ("2014-10", "2013-02-12", "2014-10"),
    ("2021/10/29", "2021-10-29", "2021-10-29"),
    ("sales for 2/2013", "2013-02-12", "2013-02"),
]
NEGATIVES = ["2/15", "15-2", "1.5.10", "version 2014.10", "3/4 of the troops", "$12/04/2017",
             "2017-2018", "1990-91"]

check_example, check_negative = checks({r.name for r in RULES})
