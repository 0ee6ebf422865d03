"""Synthetic results for the renderer and CLI tests: they exercise every format without
depending on the extraction stages (which have their own tests)."""
from __future__ import annotations

import hashlib

from agendactl.model import Briefing, Commitment, Event, Evidence, Result, TimeRef

TEXT = ("Press conference, 04 Dec. 2017\n\n"
        "We will begin tomorrow with a meeting on NATO-EU cooperation, defence; and \"more\".\n"
        "On Wednesday, we will hold a meeting of the NATO-Georgia Commission at 10:30 a.m. CET.\n"
        "We conclude with a meeting on the Open Door policy.\n"
        "The Summit in Brussels next July. Talks | pipes\\backslash in 2019.\n"
        "We are adding three thousand more troops. We will do more for women, peace and security.\n")


def ev(text: str, needle: str) -> Evidence:
    s = text.index(needle)
    return Evidence(needle, s, s + len(needle), text.count("\n", 0, s) + 1)


def ref(text, needle, value, grain, first, last, rule, explain=()):
    e = ev(text, needle)
    return TimeRef(e.text, e.start, e.end, e.line, value, grain, first, last, rule,
                   tense="future", explain=list(explain))


def seed_like(path: str = "brief.txt", text: str = TEXT) -> Result:
    sha = hashlib.sha256(text.encode()).hexdigest()
    tomorrow = ref(text, "tomorrow", "2017-12-05", "day", "2017-12-05", "2017-12-05",
                   "relative-day", ["tomorrow → briefing day + 1 → 2017-12-05"])
    wed = ref(text, "On Wednesday", "2017-12-06", "day", "2017-12-06", "2017-12-06", "weekday",
              ["Wednesday → clause in future tense ('will') → next Wednesday after Mon "
               "2017-12-04 → 2017-12-06"])
    july = ref(text, "next July", "2018-07", "month", "2018-07-01", "2018-07-31", "month-name")
    y2019 = ref(text, "in 2019", "2019", "year", "2019-01-01", "2019-12-31", "year")
    brief = Briefing("2017-12-04", "header", ev(text, "04 Dec. 2017"),
                     title="Press conference", speaker="Jens Stoltenberg", weekday="Monday")
    events = [
        Event("2017-12-05", "day", "2017-12-05", "2017-12-05",
              'Meeting on NATO-EU cooperation, defence; and "more"',
              ev(text, "We will begin tomorrow with a meeting on NATO-EU cooperation, defence; "
                       "and \"more\"."),
              participants=["High Representative/Vice President Mogherini",
                            "ministers from Finland and Sweden"],
              location="Brussels", kind="meeting", reference=tomorrow),
        Event("2017-12-06", "day", "2017-12-06", "2017-12-06",
              "Meeting of the NATO-Georgia Commission",
              ev(text, "On Wednesday, we will hold a meeting of the NATO-Georgia Commission at "
                       "10:30 a.m. CET."),
              time="10:30 a.m. CET", kind="meeting", reference=wed),
        Event("2017-12-06", "day", "2017-12-06", "2017-12-06", "Meeting on the Open Door policy",
              ev(text, "We conclude with a meeting on the Open Door policy."),
              date_inferred=True, kind="meeting"),
        Event("2018-07", "month", "2018-07-01", "2018-07-31", "NATO Summit",
              ev(text, "The Summit in Brussels next July."), location="Brussels",
              kind="summit", reference=july),
        Event("2019", "year", "2019-01-01", "2019-12-31", "Talks | pipes\\backslash",
              ev(text, "Talks | pipes\\backslash in 2019."), reference=y2019),
    ]
    commits = [
        Commitment(3000, "troops", "three thousand more troops",
                   ev(text, "We are adding three thousand more troops."), actor="NATO",
                   status="in progress", purpose="training mission in Afghanistan"),
        Commitment(1000, "students", "around a thousand students",
                   ev(text, "We will do more for women, peace and security."),
                   approximate=True, status="delivered"),
        Commitment(None, None, None, ev(text, "We will do more for women, peace and security."),
                   kind="pledge", status="planned", actor="NATO"),
    ]
    return Result(path, sha, brief, [tomorrow, wed, july, y2019], events, commits)
