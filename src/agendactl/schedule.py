"""Assemble stage: the programme a briefing announces, from sentences and resolved references.

Read as a reader reads a programme: sentence by sentence through the officials' turns (a
reporter's question announces nothing). A clause is an item when a future cue introduces an
event verb or noun ("we will hold a meeting of…", "she is going to meet with…") or when an event
noun carries a date of its own ("the meetings of Foreign Ministers on 5 and 6 December"). The
item takes the date of its own clause; failing that, the day the speaker last named in the same
turn ("On Friday… She will also have…", date_inferred). Mentions of one event are merged into
one item; only items on or after the briefing date are kept, sorted by first day then mention.
No date arithmetic here: dates come from the resolver's TimeRefs.

How the reading generalises beyond "the President will…":
- any subject announces ("The Amir will meet, of course, with the President tomorrow"); a present
  progressive does too when its clause names a day to come ("is meeting with … this afternoon");
- the programme day carries over an official's next turn (a moderator's aside, a dropped line)
  and ends at a reporter's question; a step marked "will then/next …" takes it even for a topic
  verb ("The two leaders will then review the original Atlantic Charter");
- a trip leg dates what is placed on it: the day given anywhere for "travel to / arrive in X"
  dates a later "In X, he will…" (titles.py finds the place, `_legs` the day);
- several events of one clause are several items: further event nouns with dates of their own
  ("the U.S.-ASEAN Summit on November 12th and then the East Asia Summit on November 13th"),
  coordinated phrases under one cue, and meetings with several named counterparts — ONE ITEM PER
  COUNTERPART ("meet separately with Pope Francis, the president of Italy, and the prime minister
  of Italy" -> three items, same day), unless the clause says they meet jointly/together, and an
  apposition ("the French President, President Macron") is one person;
- an event named in a list of past ones keeps its own future date ("…last week, and his visit
  next week to Europe"); the briefing itself ("today's press call to preview…") never is one;
- background inherits no day: an event head after a past verb with no future cue between ("At
  the NATO Summit, there was agreement…"), or placed after the frame event ("following the
  conclusion of the summit, …");
- a list under one verb is one item per phrase ("a one-on-one meeting, an expanded bilateral
  meeting, followed by a press conference"); a week or month still running dates an event its
  own clause puts in it ("hosting the Summit this week"), not one placed "earlier this week";
- a multi-day framing event named before "starting/beginning/kicks off <day>" ("the Americas
  Summit, starting tomorrow") is a span from that day: its length from another mention ("the
  three-day summit"), else the rest of that ISO week (week value, first_day = the start day);
- the briefing's main event by its name ("ahead of the President's State of the Union tomorrow",
  "today is the kickoff of the U.N. Ocean Conference"); a day before "to preview X" is the preview's,
  not X's; an event a briefing previews by its title, with no programme day said, takes the week an
  official's future sentence names ("the priorities we'll be focused on throughout this week");
- "traveling to X to visit Y" is one item (the visit is what the trip is for), as is "meet with A to
  tour B"; "will release/put out a budget next week" is an item (a named document);
- a follow-up the press office promises with a day right after it ("We'll look forward to a
  briefing later in the week") is an item; the briefing itself never is;
- the week of a visit an opening statement previews ("observations on Jake Sullivan's visit this week
  to Israel") dates the undated programme laid out after it ("Jake will go to Ramallah to meet with
  President Abbas"); a trip setting off this week does not (its programme may run into the next);
- a trip today spans its next day(s) only for steps there: its place named or a counterpart met;
- beyond "the President will <verb> <object>" (titles.py): a reciprocal "will meet" whose subject
  names both sides, calls with named leaders, a visitor's arrival, a named guest welcomed, remarks
  at a venue the opening frame names; "The summit will take place on Thursday" is the event the
  briefing previews (its framing event of that class), else the last item of that class;
- a programme slot run by someone ("The second session, “Save Lives Now,” will be chaired by …", "Our
  closing session will feature …"), a "That session will be chaired by …" named by the sentence before.
"""
from __future__ import annotations

import bisect
import copy
import datetime as dt
from .records import field, record

import regex

from . import _recache
from .document import Document
from .events import titles
from .model import Briefing, Event, TimeRef
from .rules import events as cues
from .rules.lexicon import DAY_ORDINAL_WORD, word_trie
from . import lazyre

# "… will visit the Hill of Crosses and host a dinner": a second event under the same cue
_AND_VERB = (r"(?:and|as\s++well\s++as)\s++(?:then\s++|also\s++|later\s++)?(?:host|hold|meet|deliver|visit|travel|attend|participate|"
             r"sign|tour|give|make|join|speak|unveil|lay|greet|welcome|depart|return|chair|(?:re)?convene|walk|grieve|mourn)s?\b")
_AND_VERB_RE = lazyre.compile(r"(?i)\s*+" + _AND_VERB)
# the last item of a list after a semicolon continues the announcement ("we have a very full morning with a
# visit to the West Bank; …; and, of course, an important meeting with President Abbas")
# (a meeting with someone: not "and a commitment to hold a U.S.-UK Cancer Summit", an undated promise)
_LIST_ITEM = lazyre.compile(r"(?i)\s*+and\s*+,?\s*+(?:of\s++course\s*+,\s*+|also\s++|then\s++)?(?:an?|the)\s++"
                            r"(?:[\w\-]++\s++)?(?:meeting|bilateral|call|visit)\s++(?:with|to)\s")

# Clause boundaries inside a sentence: a new subject and verb usually follows these.
# (Speed: every alternative starts with ";", "," or a space before a space, a dash or "and"/"as"
# and a space: the lookahead says so first, a faster scan with the same matches.)
_CLAUSE = lazyre.compile(
    r"(?=[;,]|\s(?:[\s—–\-]|a(?:nd|s)\s))(?:"
    r";\s++|\s++[—–]\s++|\s--\s"
    r"|,\s++(?=(?:and|but|after\s++which|while|whereupon|followed\s++by(?!\s++(?:a|an|the|another)\s))\s)"  # "…, followed by a press conference": a list item
    r"|\s(?=and\s++(?:then\s++|that\s++evening\s++|later\s++)?(?:he|she|they|we|I|you)\s++(?:will|shall|['’]ll|are|is|also)\b)"
    r"|,\s++(?=(?:he|she|they|we|I)(?:['’]ll|\s++will)\b)"
    r"|\s(?=" + _AND_VERB + r")"
    r"|,\s++(?=(?:where|when|after\s++which)\s++(?:he|she|they|we|I|the\s++\w++|[A-Z]\w++(?:\s++[A-Z]\w++)?)"
    r"(?:\s++and\s++(?:the\s++)?\w++(?:\s++\w++)?)?(?:['’]ll|\s++will)\b)"  # "where the President and the First Lady will"
    r"|\s(?=and\s++[\w\s]{0,25}?,\s++(?:he|she|they|we|I)(?:['’]ll|\s++will)\b))")
_COMMA_AND = lazyre.compile(r",\s++and\s")

# a move on to another place ("from there, we'll be heading to Hiroshima")
_NEXT_LEG = lazyre.compile(r"(?i)\b(?:head(?:s|ing)?|travel(?:s|l?ing)?|fl(?:y|ies|ying)|go(?:es|ing)?|depart(?:s|ing)?\s++for)"
                          r"\s++(?:on\s++|out\s++)?to\b[^.;]{0,30}?\b(?-i:[A-Z])")

# "Joined by High Representative Mogherini…": the participants of the item just announced
_JOINED_BY = lazyre.compile(r"(?i)\s*(?:and\s++)?(?:joined\s++by|together\s++with|alongside)\s++")
# (every match has "joined", "together" or "alongside": build tests those words before it)

# "since the attacks of October 7th": a day in the past whatever its resolution; it sets no programme day
_SINCE = lazyre.compile(r"(?i)\b(?:since|after\s++the\s++attacks?)\b[^,.;]{0,30}$")

# Grains that can govern the following sentences ("a day named once governs…").
_ANCHOR_GRAINS = frozenset({"day", "weekend", "week"})
# Grains fine enough to put an event on a programme.
_EVENT_GRAINS = frozenset({"day", "weekend", "week", "month"})

# "today's schedule", "today's program": today named as a programme day does govern
_PROGRAMME = lazyre.compile(r"(?i)\s*+(?:schedule|agenda|program|programme|itinerary|events)\b")

# "President Biden's events today", "the President's schedule today": today named as a programme day
# after its noun ("in light of the events today in Israel" too: a day that only dates undated items)
_PROGRAMME_BEFORE = lazyre.compile(r"(?i)\b(?:[’']s|his|her|our|the\s++President[’']s)\s++(?:schedule|agenda|program|programme|itinerary|events)\s++$")

_NOW = lazyre.compile(r"(?i)(?:right\s++)?now|currently|at\s++(?:the\s++)?(?:moment|present)|nowadays|these\s++days")

_TIME = lazyre.compile(
    r"(?i)\b(?P<t>\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
    # a zone: an abbreviation in capitals (EST, CEST, UTC), a US zone, or "<Place> time"
    r"(?:\s++(?:(?-i:[A-Z]{1,4}T|UTC)\b|local\s++time|(?-i:Eastern|Central|Mountain|Pacific)\b(?:\s++time)?"
    r"|(?-i:[A-Z][a-z]++(?:\s[A-Z][a-z]++)?)\s++time\b))?)"
    r"|\b(?:on\s++\w+day\s++|this\s++|that\s++|in\s++the\s++|tomorrow\s++|later\s++(?:that|this)\s++|(?<=day\s))"
    r"(?P<p>morning|afternoon|evening|night)\b")


@record
class _Item:
    start: int  # mention order: start of the first evidence
    sent: tuple[int, int]
    title: str
    head: str  # event class, e.g. "meeting", "summit"
    words: frozenset[str]
    first_day: str
    last_day: str
    date: str
    grain: str
    inferred: bool
    ref: TimeRef | None
    kind: str
    time: str | None = None
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    more: list[tuple[int, int]] = field(default_factory=list)
    strength: int = 2  # 2 announced item, 1 framing noun with a date, 0 from the document title
    anaphor: bool = False  # "the summit": named by the framing event (titles.Candidate.anaphor)
    weak: bool = False  # an implied speech ("you'll hear from him on Friday"): only on a day with no other item


def _clauses(view: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _CLAUSE.finditer(view, start, end):
        if view[m.start()] == "," and _COMMA_AND.match(view, m.start(), m.end() + 4) and not cues.FUTURE.search(
                view, m.end(), min(end, m.end() + 60)):
            continue  # "Israel, India, and the UAE": a list, not a new clause
        if len(view[s:m.start()].split()) >= 5:  # "Later on Tuesday, we will…" stays one clause
            out.append((s, m.start()))
            s = m.end()
    if view[s:end].strip():
        out.append((s, end))
    return out


_JOIN = lazyre.compile(r"(?i)\s*+(?:and|to|through|until|till|-|–|—)\s*+(?:on\s++)?")


def _joined_days(ref: TimeRef, crefs: list[TimeRef], view: str) -> TimeRef:
    """"Tomorrow and on Thursday", "on Monday and Tuesday": two resolved days joined in the text
    date one event from the first to the last (no arithmetic: the resolver's own days)."""
    i = next((k for k, r in enumerate(crefs) if r is ref), None)
    if i is None:
        return ref
    first = last = ref
    k = i
    while k > 0 and crefs[k - 1].grain == "day" and _JOIN.fullmatch(view, crefs[k - 1].end, first.start):
        k -= 1
        first = crefs[k]
    k = i
    while k + 1 < len(crefs) and crefs[k + 1].grain == "day" and _JOIN.fullmatch(view, last.end, crefs[k + 1].start):
        k += 1
        last = crefs[k]
    if first is last or first.first_day >= last.last_day:
        return ref
    return TimeRef(view[first.start:last.end], first.start, last.end, first.line,
                   f"{first.first_day}/{last.last_day}", "day", first.first_day, last.last_day,
                   "joined-days", first.tense, anchor=first.anchor)


_OPENS = lazyre.compile(r"(?i)\b(?:start|starts|begin|begins|open|opens|kick\s++off|first)\b")
_CLOSES = lazyre.compile(r"(?i)\b(?:conclude|concludes|close|closes|end|ends|final|wrap\s++up)\b")


def _day_of(span: TimeRef, day: str) -> TimeRef:
    return TimeRef(span.text, span.start, span.end, span.line, day, "day", day, day, span.rule,
                   span.tense, anchor=span.anchor)


# A multi-day framing event "starting tomorrow", "beginning on Monday", "kicks off tomorrow": a span
# that begins that day (not the single day)
_SPAN_HEADS = frozenset("summit conference convention ministerial forum retreat tour trip visit games "
                        "festival week session".split())
# ("opens on Saturday" names the opening itself: that day)
_STARTING = lazyre.compile(r"(?i)\b(?:starting|beginning|kicking\s++off|starts|begins|kicks\s++off)"
                          r"\s++(?:on\s++|as\s++(?:early|soon)\s++as\s++)?$")
_NUM_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5,
             "6": 6, "7": 7}


def _span_from(ref: TimeRef, c: "titles.Candidate", view: str) -> TimeRef:
    """The span of an event starting on `ref`'s day: its length from another mention ("the
    three-day summit"), else the rest of that ISO week (a week value beginning that day)."""
    day = dt.date.fromisoformat(ref.first_day)
    m = regex.search(r"(?i)\b(two|three|four|five|six|seven|[2-7])[\s\-]day\s++(?:[\w’'\-]++\s++){0,4}?" + regex.escape(c.head)
                     + r"s?\b", view)
    if m:
        last = day + dt.timedelta(_NUM_DAYS[m.group(1).lower()] - 1)
        return TimeRef(ref.text, ref.start, ref.end, ref.line, f"{ref.first_day}/{last.isoformat()}", "day",
                       ref.first_day, last.isoformat(), "event-span", ref.tense, anchor=ref.anchor)
    y, w, wd = day.isocalendar()
    last = day + dt.timedelta(7 - wd)
    if last == day:
        return ref  # starting on a Sunday: nothing left of the week to span
    return TimeRef(ref.text, ref.start, ref.end, ref.line, f"{y}-W{w:02d}", "week", ref.first_day, last.isoformat(),
                   "event-span", ref.tense, anchor=ref.anchor)


# patterns of _dangling, compiled once (not looked up in regex's cache at each call)
_SENTENCE_PUNCT = lazyre.compile(r"[.;?!]")
# "have" may be an auxiliary ("we have already laid out…"): alone it names no event
_HAVE = lazyre.compile(r"(?i)ha(?:ve|s|ving)")


def _dangling(view: str, srefs: list[TimeRef], crefs: list[TimeRef], ce: int, bdate: str) -> list[TimeRef]:
    """A clause with no date of its own whose sentence names one later, past asides and no other
    event ("And then we head out to Rome, and we — we have already laid out what the president is
    going to be doing on that — his final OCONUS — this coming weekend"): that date is the clause's."""
    if crefs:
        return []
    r = next((r for r in srefs if r.start >= ce), None)
    if r is None or r.grain not in ("day", "weekend") or r.tense == "past" or r.last_day < bdate \
            or r.start - ce > 160 or cues.EVENT_NOUN.search(view, ce, r.start) or any(
                not _HAVE.fullmatch(m.group(0)) for m in cues.EVENT_VERB.finditer(view, ce, r.start)) \
            or cues.PAST.search(view, ce, r.start) or _SENTENCE_PUNCT.search(view[ce:r.start]):
        return []
    return [r]


def _future_ok(r: TimeRef, bdate: str) -> bool:
    return r.last_day >= bdate


def _time_of_day(text: str) -> str | None:
    m = _TIME.search(text)
    if not m:
        return None
    return " ".join((m.group("t") or m.group("p")).split())


# A trip leg and its day: "travel to Pnom Penh, Cambodia, from November 12th to 13th", "when
# the President arrives in Bali next week". The place words before a date.
_LEG = lazyre.compile(
    r"(?i)(?:\b(?:travel(?:s|ing|ling)?|head(?:s|ing)?|go(?:es|ing)?|fl(?:y|ies|ying)|depart(?:s|ing)?\s++for|arriv(?:e|es|ing))"
    r"\s++(?:to|in)|\b(?:while|when)\s++in|\bin)\s++"
    r"(?P<p>(?-i:[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,3}(?:,\s*+[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,2})?))"
    r",?\s*+(?:(?:on|from|in|starting)\s++)?$")
# "On Friday, the President will travel to Sharm el-Sheikh": the day before the leg
_LEG_AFTER = lazyre.compile(
    r"(?i)[^.;?!]{0,60}?\b(?:(?:will|['’]ll|is\s++going\s++to|is\s++scheduled\s++to)\s++(?:then\s++|also\s++)?"
    r"(?:travel|head|fly|go|arrive|depart\s++for)"
    # (a progressive: "from December 2 to 4, President Biden is traveling to Angola")
    r"|(?:is|are)\s++(?:then\s++|also\s++)?(?:travel+ing|heading|flying|arriving))\s++(?:on\s++)?(?:to|in)\s++"
    r"(?P<p>(?-i:[A-Z][\w’'\-]*+(?:\s++[\w’'\-]*+)?(?:,\s*+[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,2})?))")
# A clause placed on a leg: "in Cambodia, he will…", "while in Bali", "his time in Bali".
_IN_PLACE = lazyre.compile(r"(?i)\b(?:in|to)\s++(?P<p>(?-i:[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,2}))")


def _place_keys(p: str) -> list[str]:
    return [" ".join(x.split()).lower() for x in p.split(",") if x.strip()]


def _legs(view: str, refs: list[TimeRef], bdate: str) -> dict[str, TimeRef]:
    """The day each trip leg is given somewhere in the briefing (first mention wins)."""
    legs: dict[str, TimeRef] = {}
    for i, r in enumerate(refs):
        if r.grain not in ("day", "weekend", "week") or r.last_day < bdate or r.tense == "past":
            continue
        m = _LEG.search(view, max(0, r.start - 70), r.start)
        if m is None:
            m = _LEG_AFTER.match(view, r.end, r.end + 120)
            if m is not None and i + 1 < len(refs) and refs[i + 1].start < m.start("p"):
                continue  # "this upcoming week, from December 2 to 4, President Biden is traveling to Angola":
                # the day nearer the leg is its day
        if m is None or _NOT_LEG.match(m.group("p")):
            continue
        for k in _place_keys(m.group("p")):
            legs.setdefault(k, r)
            first = k.split()[0].split("-")[0]
            if first != k and first not in _PLACE_OPENERS:
                legs.setdefault(first, r)  # "Sharm el-Sheikh" is "Sharm" when mentioned again
    return legs


_PLACE_OPENERS = frozenset("new san santa los las saint st the north south east west united el la le de port fort "
                           "mount upper lower great little".split())
_NOT_LEG = lazyre.compile(r"(?i)(?:the\s++)?(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


# "we'll have more to say tomorrow night about the specifics": when news comes, not a programme day
_MORE_TO_SAY = lazyre.compile(r"(?i)\b(?:more\s++to\s++(?:say|share|tell\s++you)|(?:say|share|tell\s++you)\s++more)"
                             r"(?:\s++(?:on|about)\s++(?:that|this|it))?\s*+$")
# (the ordinal words the date rules read, "first" to "thirty first": lexicon's list, not another)
_COUNTED = lazyre.compile(r"(?i)\b(?:" + DAY_ORDINAL_WORD + r"|\d+(?:st|nd|rd|th))\s++"
                         r"(?:[\w’'\-]++\s++){0,2}?(?:meetings?|visits?|trips?|calls?|summits?|times?|conversations?|"
                         r"engagements?)\s*+$")
_FOR_EVENT = lazyre.compile(r"[\s,]*+(?i:for)\s++(?:(?i:the)\s++)?(?P<e>(?:\d++(?:st|nd|rd|th)\s++)?(?:[A-Z][\w’'.\-]*+\s++){0,4}"
                           r"(?P<n>Summit|Conference|Ministerial|Forum))\b")
_NIGHT = lazyre.compile(r"(?i)\b(?:tonight|night|overnight)\b")


def _overnight(leg: TimeRef) -> TimeRef | None:
    """The next day, for a leg whose day is a night ("tomorrow night", "tonight"): what is done
    there is done from the next day on."""
    if leg.grain != "day" or leg.first_day != leg.last_day or not _NIGHT.search(leg.text):
        return None
    d = (dt.date.fromisoformat(leg.first_day) + dt.timedelta(1)).isoformat()
    return TimeRef(leg.text, leg.start, leg.end, leg.line, d, "day", d, d, "leg-overnight", leg.tense)


def _leg_of(text: str, c: "titles.Candidate", legs: dict[str, TimeRef]) -> TimeRef | None:
    if not legs:
        return None
    places = [c.location or ""] + [m.group("p") for m in _IN_PLACE.finditer(text)]
    for p in places:
        for k in _place_keys(p):
            if k in legs:
                return legs[k]
    return None


# "Following the conclusion of the summit, the U.S. will hold…": placed after a named event,
# not on the day being laid out
_AFTER_EVENT = lazyre.compile(
    # (not "following that trip, he will travel to Camp David" nor "after the meeting": steps)
    r"(?i)^\W*+(?:and\s++)?(?:then\s++)?(?:following|after|once)\s++(?:the\s++)?(?:conclusion|end|close|wrap-up)\s++of\b")


def _no_inherit(text: str, pos: int) -> bool:
    """A clause whose event is background, not a step of the programme: it reports the past
    ("At the NATO Summit, there was agreement…", "leaders launched…") before the event head with no
    future cue between, or it is placed after a named event."""
    if _AFTER_EVENT.search(text):
        return True
    p = None
    for p in cues.PAST.finditer(text, 0, max(pos, 0)):
        pass
    return p is not None and cues.FUTURE.search(text, p.end(), max(pos, 0)) is None


# "In Milwaukee today, the President will discuss how Bidenomics …": a topic said at a place the day's
# visit is to belongs to that visit
# "Tomorrow, the President will discuss the law at length": the law is the one last named ("the impact the
# Inflation Reduction Act is having") — a title names it, the way a reader needs it
_THE_LAW = lazyre.compile(r"(?i)^Discussion\s++of\s++the\s++(?:law|act|legislation|bill)\b(?!\s++(?:of|on|to|that|which)\b)")
_NAMED_LAW = lazyre.compile(r"(?<![A-Za-z’'\-])(?:[A-Z][\w’'\-]*+\s++){1,5}(?:Act|Law)\b")


def _law_named(view: str, title: str, before: int) -> str:
    m = _THE_LAW.match(title)
    if m is None:
        return title
    last = None
    for last in _NAMED_LAW.finditer(view, max(0, before - 1500), before):
        pass
    if last is None:
        return title
    return titles._clean_title(title[:m.start()] + "Discussion of the " + " ".join(last.group(0).split()) + title[m.end():])


_INDEFINITE_VISIT = lazyre.compile(r"(?i)visit\s++to\s++an?\s")
_IN_PLACE_LEAD = lazyre.compile(r"\W*+(?:(?i:and|so|then|also)\s++)?(?i:in|at|while\s++in)\s++"
                                r"(?P<p>[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,2})\b")
_WHERE = lazyre.compile(r"(?i)\W*+(?:where|when|at\s++which)\b")
_PRONOUN_SUBJ = lazyre.compile(r"(?i)\W*+(?:and\s++|then\s++)?(?:he|she)(?:['’]ll|\s++will)\b")
# the subject of a sentence announcing something: "Vice President Harris will also join…"
_SUBJ_SENT = lazyre.compile(
    r"\W*+(?:(?i:and|so|then|also|now|but)\s++)?(?P<s>(?:(?i:the)\s++)?[A-Z][\w’'.\-]*+(?:\s++[A-Z][\w’'.\-]*+){0,3})"
    r"\s++(?:also\s++)?(?:will|is\s++going\s++to|is\s++(?:also\s++)?(?:scheduled|expected|set)\s++to)\b")


def _speaker_before(doc: Document, si: int) -> str | None:
    """The subject of the nearest earlier sentence of the same turn that names one ("Vice President
    Harris will also join…"), for a "She’ll give remarks" after it (up to three sentences back)."""
    turn = doc.sentences[si].turn
    for k in range(si - 1, max(-1, si - 4), -1):
        sent = doc.sentences[k]
        if sent.turn != turn:
            return None
        m = _SUBJ_SENT.match(doc.view, sent.start, sent.end)
        if m is not None:
            return m.group("s")
    return None


# "The first session is focused on “Calling the World to Account” …": the slot a next sentence's "That
# session" names (its ordinal, and its own name in quotes when given)
_SLOT_BEFORE = lazyre.compile(
    r"(?i)\W*+(?:(?:and|so|then|now)\s*+,?\s++)?(?:the|our)\s++(?P<ord>first|second|third|fourth|fifth|sixth|next|last|"
    r"final|opening|closing|concluding)\s++(?P<noun>session|panel|plenary|roundtable)\b")
_QUOTED = lazyre.compile(r"[“\"](?P<q>[^”\"\n]{2,60})[”\"]")


def _name_slot(doc: Document, si: int, c: "titles.Candidate") -> bool:
    """Names a demonstrative slot ("That session will be chaired by the President") by the sentence
    just before it in the same turn ("The first session is focused on “Calling the World to Account”");
    False when that sentence names no slot of its kind."""
    if si == 0 or doc.sentences[si - 1].turn != doc.sentences[si].turn:
        return False
    prev = doc.sentences[si - 1]
    m = _SLOT_BEFORE.match(doc.view, prev.start, prev.end)
    noun = c.title.split(None, 1)[0].lower()
    if m is None or m.group("noun").lower() != noun:
        return False
    q = _QUOTED.search(doc.view, m.end(), min(prev.end, m.end() + 120))
    np = m.group("ord").lower() + " " + noun + (" “" + " ".join(q.group("q").split()).strip(" ,") + "”" if q else "")
    c.title = np[:1].upper() + np[1:] + c.title[len(noun):]
    c.words = titles.content_words(np if q else np + " " + m.group("ord"))
    return True


def _asserted(view: str, sent, srefs: list[TimeRef], bdate: str, line_of) -> list[tuple[int, _Item]]:
    """Items a reporter's question states with a day to come of their own ("And tomorrow, you'll be
    meeting with the western governors"), with the question's turn: kept only when the answer
    names that day (_confirmed)."""
    out = []
    for cs, ce in _clauses(view, sent.start, sent.end):
        crefs = [r for r in srefs if cs <= r.start < ce]
        if not crefs:
            continue
        for c in titles.candidates(view[cs:ce], cs, crefs, bdate, line_of)[:1]:
            r = c.ref
            if r is None or r.grain != "day" or r.first_day <= bdate or r.tense == "past" or c.needs_own_date \
                    or c.strength != 2 or c.extra or cues.FUTURE.search(view, cs, ce) is None \
                    or cues.NEGATED.search(view, cs, ce):
                # (an item the question announces, not an event it names in passing: "at the press
                # conference tomorrow, will he…")
                continue
            out.append((sent.turn, _Item(start=c.start, sent=(sent.start, sent.end), title=c.title, head=c.head,
                                         words=c.words, first_day=r.first_day, last_day=r.last_day, date=r.value,
                                         grain=r.grain, inferred=False, ref=r, kind=c.kind,
                                         participants=list(c.participants), location=c.location)))
    return out


def _confirmed(doc: Document, asserted: list[tuple[int, _Item]], refs: list[TimeRef],
               ref_starts: list[int]) -> list[_Item]:
    """The asserted items whose answer (the official's next turn) names their day again ("We will
    see if … we do, in advance of tomorrow"): the official confirms the programme the reporter states."""
    out = []
    for t, it in asserted:
        if t + 1 >= len(doc.turns) or doc.turns[t + 1].is_question:
            continue
        ans = doc.turns[t + 1]
        i = bisect.bisect_left(ref_starts, ans.start)
        j = bisect.bisect_left(ref_starts, ans.end, i)
        if any(r.first_day == it.first_day and r.last_day == it.last_day and r.tense != "past" for r in refs[i:j]):
            out.append(it)
    return out


# "We've got a busy day ahead of us here at the first day of the G7", "a big day ahead": an
# opening statement that lays out today's programme (today then governs its next sentences)
# "Day two:", "On day three,", "On the second day," opening a sentence: the programme's nth day
# "The official program, as [official] indicated, starts on Monday morning when …", "the summit itself kicks off
# on Wednesday": the day the programme's count starts from ("The second day of the program …"), whatever day
# an earlier sentence named (an embargo's lift, an arrival the day before)
_PROGRAMME_STARTS = lazyre.compile(r"(?i)\b(?:program|programme|summit|itinerary|schedule)\b[^.;]{0,80}?"
                                   r"\b(?:starts|begins|kicks\s++off|opens|will\s++(?:start|begin|kick\s++off|open))"
                                   r"\s++(?:[\w,]++\s++){0,2}?$")
PROGRAMME_STARTS_EXAMPLES = ["The official program, as [senior administration official] indicated, starts on ",
                             "The summit itself kicks off ", "The program will begin on "]
PROGRAMME_STARTS_NEGATIVES = ["The embargo lifts on ", "The President will begin his trip on ",
                              "The program starts to pay out on "]

# the object of "build on": what an event builds on is past ("This visit is going to build on and amplify the
# sustained engagement of President Biden … over the last eight months"); the head noun within a few words
_BUILT_ON = lazyre.compile(r"(?i)\bbuild(?:s|ing)?\s++(?:on|upon)\s++(?:and\s++\w++\s++)?"
                           r"(?:(?:the|their|our|his|her|its|this|that|these|those)\s++)?"
                           r"(?:(?!(?:at|in|on|for|with|during|to|from|and|when|while)\b)[\w\-]++\s++){0,2}$")
BUILT_ON_EXAMPLES = ["This visit is going to build on and amplify the sustained ",
                     "The summit will build on the productive "]
BUILT_ON_NEGATIVES = ["This visit is going to build a new ", "The President will build on that at the "]

# "The second day of the program will kick off with a breakfast", "Day two of the summit opens with …": the
# count as the subject of a sentence naming the programme (or visit, summit) it counts in; not "on the second
# day of the war", "the third day in a row" (no programme noun, no clause after it)
_DAY_N = lazyre.compile(r"(?i)\W*+(?:(?:and|so|then)\W++)?(?:on\s++)?(?:day\s++(?P<n>two|three|four|2|3|4)"
                       r"|the\s++(?P<o>second|third|fourth)\s++day)(?:\s*+[:,—–]|\s++of\s++(?:the|this|our|his|her|their)\s++"
                       r"(?:[\w\-]++\s++){0,3}?(?:program|programme|summit|visit|trip|conference|forum|itinerary|schedule|meetings)"
                       r"(?:\s*+[:,—–]|\s++(?=(?:will|is|begins|starts|opens|kicks|includes|features)\b)))")
_ORDINAL_N = {"second": 2, "third": 3, "fourth": 4}
_DAY_AHEAD = lazyre.compile(r"(?i)\b(?:busy|big|full|long|packed|important|full)\s++day\s++ahead(?!\s++for\s++tomorrow)\b")

# a past day followed by who announced/said it: "Earlier today, we announced that …", "Yesterday,
# the White House announced …"
_ANNOUNCED_AT = lazyre.compile(
    r"(?i),?\s*+(?:we|I|the\s++White\s++House|the\s++President|he|she)\s++(?:(?:have|had)\s++)?"
    r"(?:announced|said|noted|told\s++you|mentioned|confirmed|shared)\b")
# a day inside a comparison names an occasion held, not one announced: "much like today's Action
# and Solidarity session, there will be a session focused on forests"
# (its day possessive, the occasion of that day: not "what his speech looks like next week")
_LIKE_BEFORE = lazyre.compile(r"(?i)(?<!\b(?:looks?|looking|sounds?|feels?|would|'d|’d)\s++)"
                             r"\b(?:like|unlike|as\s++with|similar\s++to)\s++$")
_POSSESSIVE = lazyre.compile(r"(?:.?['’]s\b|[^'’]{0,2}['’]s\b)")
# a pronoun's referent placed inside an event: "it's going to be part of the world leader summit"
_PART_OF = lazyre.compile(r"(?i)\b(?:it|this|that|they|these|those)\s*+(?:['’]s|['’]ll\s++be|['’]re|is|are|will\s++be|"
                         r"(?:is|are|['’]s|['’]re)\s++going\s++to\s++be)\s++(?:also\s++)?(?:a\s++)?part\s++of\s++"
                         r"(?:the\s++|our\s++|this\s++)?$")
# a copula before a candidate: what follows describes its subject
# (also a present copula with an adjective: "why we believe the summit is an important forum for engagement")
_PRED_NOMINAL = lazyre.compile(r"(?i)(?:\b(?:will|would|is\s++going\s++to)\s++be\s++(?:the|a|an|one\s++of\s++the)\s++"
                              r"(?:(?:largest|biggest|first|last|final|most|only|single|latest|next)\s++)?"
                              r"|(?<!\b(?:there|here|what|which|that|it|this)\s++)\b(?:is|are)\s++(?:also\s++|really\s++)?(?:a|an)\s++"
                              r"(?:important|key|critical|vital|valuable|unique|major|great|significant|useful|essential)\s++)$")
PRED_NOMINAL_EXAMPLES = ["why we believe the summit is an important ", "Tomorrow's gathering will be the largest "]
PRED_NOMINAL_NEGATIVES = ["On Friday there is an important meeting ", "The President is a ", "the summit is the "]
# a speaker's self-correction right before the day he means instead
_CORRECTED = lazyre.compile(r"(?i)(?:—|–|--|,)\s*+(?:I\s++guess|I\s++mean|sorry|excuse\s++me|or\s++rather|"
                           r"pardon\s++me|I\s++should\s++say)\s*+[,—–]?\s*+$")
# "Also today, ahead of tomorrow’s anniversary, the Vice President is traveling to Seattle", "in advance of
# Friday’s summit, he will meet … on Thursday": the occasion a step leads up to, a reference point, not
# the step's day (when the clause names that day too)
_LEADS_UP_TO = lazyre.compile(r"(?i)\b(?:ahead\s++of|in\s++advance\s++of|in\s++the\s++run-up\s++to|leading\s++up\s++to|"
                              r"in\s++preparation\s++for)\s++$")
_POSSESSIVE_END = lazyre.compile(r"[’']s$")
_SAID_ON = lazyre.compile(r"(?i)\bas\s++(?:I|we|you|he|she)\s++(?:(?:have|had)\s++)?(?:mentioned|said|noted|told\s++you|"
                         r"discussed|announced|heard)\s++(?:on\s++)?$")

# (a named speaker, and where it was said: "as the President said in his remarks at the ceremony earlier today")
_SAID_IN = lazyre.compile(r"(?i)\bas\s++(?:I|we|you|he|she|the\s++[\w\-]++(?:\s++[\w\-]++)?|(?-i:[A-Z])[\w\-]++"
                          r"(?:\s++(?-i:[A-Z])[\w\-]++)?)\s++(?:(?:has|have|had)\s++)?(?:mentioned|said|noted|"
                          r"told\s++(?:you|us)|discussed|announced)\b[^,.;:]{0,60}$")
SAID_IN_EXAMPLES = ["as the President said in his remarks at the Inaugural Ceremony earlier ",
                    "as Secretary Blinken noted this morning at the opening session ", "as I said "]
SAID_IN_NEGATIVES = ["as the President will say in his remarks ", "as the President said, and will repeat, "]

# "we've got a very consequential set of events next week": possession, not a past event (the clause
# tense reads "'ve got" as a perfect)
_HAVE_GOT = lazyre.compile(r"(?i)(?:['’]ve|\bhave|['’]s|\bhas)\s++got\b")


def _got_ahead(view: str, cs: int, r: TimeRef, bdate: str) -> bool:
    return r.first_day > bdate and _HAVE_GOT.search(view, cs, r.start) is not None \
        and cues.PAST.search(view, cs, r.start) is None


# the parties of the meeting just announced as the subject ("Together, they will announce…", "The two
# leaders will then announce…")
_THEY_TOGETHER = lazyre.compile(r"(?i)\W*+(?:and\s++)?(?:then\s++)?(?:together\s*+,?\s*+)?(?:they|the\s++(?:two\s++)?leaders|"
                               r"the\s++two\s++(?:presidents|leaders|sides)|both\s++(?:leaders|sides))"
                               r"(?:['’]ll|\s++(?:will|are\s++going\s++to|are\s++expected\s++to))\s++(?:then\s++|also\s++|jointly\s++)?announce")

# A spoken self-repair in a transcript: a word broken off ("convene par- — pardon recipients", "host
# Prime Minister Robe- — I'm sorry, Robert Golob") or said again in full ("a rally for the Democrat —
# Democratic National Committee", "the — the President"): the restart is what was meant, so the
# broken start and its dash are read as blanks (same length: offsets and evidence unchanged). Only
# when the restart begins with what was broken off ("to- — we're headed" stays as it is), and not
# when the restart is itself broken off at once ("heading to Viet- — Vietnamese, and so — or Vietnam").
_REPAIR = lazyre.compile(
    r"(?i)\b(?P<w>[^\W\d_]{1,20})(?:-[ \t]*+(?:\r?\n)?[ \t]*+[—–]|[ \t]++[—–])[ \t]*+(?:\r?\n)?[ \t]*+"
    r"(?:(?:I['’]m\s++sorry|sorry|I\s++mean|excuse\s++me),[ \t]*+(?:\r?\n)?[ \t]*+)?(?=(?P=w)\w*+(?![^.;!?]{0,20}[—–]))")
REPAIR_EXAMPLES = [
    ("the Vice President will convene par- — pardon recipients", "the Vice President will convene pardon recipients"),
    ("will host Prime Minister Robe- —\nI’m sorry, Robert Golob of Slovenia", "will host Prime Minister Robert Golob of Slovenia"),
    ("participate in a rally for the Democrat — Democratic National Committee",
     "participate in a rally for the Democratic National Committee"),
    ("Skip Als- — Al- — Alston", "Skip Alston"),
]
REPAIR_NEGATIVES = [
    "in Greensboro to- — we’re headed to Greensboro today",  # a restart of another phrase
    "a reception for gubernatorial candidate Christ — Charlie Christ",  # (a name restated, not broken)
    "the summit — the one in Vilnius — will open on Tuesday",  # an aside, not a restart
    "the meeting — and then a press conference",
    "we’re heading to Viet- — Vietnamese, and so — or Vietnam, I should say",  # the restart restarted
]


def repaired(view: str) -> str:
    """`view` with the broken starts of spoken self-repairs blanked (same length)."""
    if "—" not in view and "–" not in view:
        return view
    # Speed: searched only around each dash (a whole-text search tries every word start)
    for _ in range(3):  # (a repair of a repair: "Als- — Al- — Alston")
        spans: list[tuple[int, int]] = []
        n = len(view)
        for dash in ("—", "–"):
            i = view.find(dash)
            while i >= 0:
                # the restart after the dash (and blanks) opens with the broken word or with a "sorry",
                # "I mean", "excuse me": another ASCII first character rules the repair out (a cheap
                # test first: most dashes in a transcript are asides)
                p = i + 1
                while p < n and view[p] in " \t\r\n":
                    p += 1
                c = view[p] if p < n else "?"
                if c.isascii() and not c.isalpha():
                    i = view.find(dash, i + 1)
                    continue
                # the word broken off just before the dash ("par- —", "Democrat —"): one match try
                j = i
                while j > 0 and view[j - 1] in " \t\r\n":
                    j -= 1
                j -= j > 0 and view[j - 1] == "-"
                k = j
                while k > 0 and j - k < 21 and view[k - 1].isalpha():
                    k -= 1
                if k < j and c.isascii() and view[k].isascii() and c.lower() != view[k].lower() \
                        and c not in "sSiIeE":
                    i = view.find(dash, i + 1)
                    continue
                m = _REPAIR.match(view, k, min(n, i + 160)) if k < j and i - j < 8 else None
                if m is not None and m.end() > i:
                    spans.append(m.span())
                i = view.find(dash, i + 1)
        if not spans:
            break
        spans.sort()
        parts, last = [], 0
        for a, b in spans:
            if a < last:
                continue
            parts.append(view[last:a])
            parts.append("".join(c if c in "\r\n" else " " for c in view[a:b]))
            last = b
        parts.append(view[last:])
        view = "".join(parts)
    return view


# a holiday meal served ("After serving Thanksgiving meals, …"): not the holiday's date when a programme day governs
_HOLIDAY_MEAL = lazyre.compile(r"(?i)\s++(?:meals?|dinners?|lunch(?:es|eon)?|feasts?)\b")
_SERVING = lazyre.compile(r"(?i)\bserv(?:e|es|ed|ing)\s++(?:(?:part|some)\s++of\s++)?(?:(?:the|a|their|his|her)\s++)?$")
HOLIDAY_MEAL_EXAMPLES = [" meals, they will meet", " dinner for the troops", " luncheon"]
HOLIDAY_MEAL_NEGATIVES = [" weekend", " Day dinner", " mealtime", ", dinner"]


# "Secretary Blinken is about to give remarks": someone's event in the next minutes is today's (a
# speech, a meeting, a call, a press conference); not the press office's "we're about to announce /
# celebrate / see …", which may be days off
_IS_ABOUT_TO = lazyre.compile(r"(?i)\bis\s++(?:just\s++)?about\s++to\b")
_IMMINENT_KINDS = frozenset({"speech", "meeting", "call", "press conference", "press briefing", "visit", "trip",
                             "signing", "briefing", "remarks"})


# the run of a day's events taken up again after a reporter cut the official off mid-sentence ("there
# will be — there's expected to be —" / "Q The P plus one, just a translator?"): a sequence word opening
# the sentence ("Then there is a plan for there to be an expanded portion of the meeting", "After the
# meeting concludes, …"), within a few sentences of the last question
_RESUME = lazyre.compile(r"(?i)(?:(?-i:[A-Z][A-Z.’'\- ]{0,60}):\s++)?\W*+(?:and\s++)?(?:then\b(?!\s*+,?\s*+(?:I|you)\b)|after\s++that\b|afterwards?\b|"
                         r"following\s++that\b|after\s++(?:the|that|this)\s++(?:meeting|session|event|summit|visit|"
                         r"call|dinner|lunch|remarks)\s++(?:concludes|ends|is\s++over|wraps)\b)")
_RESUME_WITHIN = 12
RESUME_EXAMPLES = ["Then there is a plan for there to be an expanded portion of the meeting.",
                   "After the meeting concludes, as you all know, we expect him to do a press conference.",
                   "And then, after that, he will head back to the hotel.",
                   "SENIOR ADMINISTRATION OFFICIAL:  And then President Biden will do a press conference."]
RESUME_NEGATIVES = ["Then I think you have to ask the campaign.", "After the election, we will see.",
                    "That meeting is then followed by a lunch."]


# patterns of build, compiled once (not looked up in regex's cache at each call)
_OPENING_CONNECTIVE = lazyre.compile(r"(?i)^\W*(?:and|so|but|now|then)?\W*")


_POSS_ENDS = ("’s", "'s")
_ORDINAL_SESSION = titles.ORDINAL_SESSION


def _period_possessive(r: TimeRef, crefs: list[TimeRef]) -> bool:
    """A period's possessive ("this year’s", "next week’s") with a day of the same clause inside it or said
    before it ("This afternoon, the President will hold a meeting to prepare for next week’s NATO summit")."""
    return r.grain != "day" and r.text[-2:] in _POSS_ENDS and any(
        o is not r and o.grain == "day" and o.text[-2:] not in _POSS_ENDS
        and (r.first_day <= o.first_day <= r.last_day or o.start < r.start) for o in crefs)


def build(doc: Document, briefing: Briefing, refs: list[TimeRef]) -> list[Event]:
    bdate = briefing.date or "0000-00-00"
    rv = repaired(doc.view)
    if rv is not doc.view:  # (the schedule reads what the speaker meant; the text itself is kept)
        doc = copy.copy(doc)
        doc.view = rv
    view = doc.view
    # "now" is the moment of speaking, never a programme day
    refs = sorted((r for r in refs if not _NOW.fullmatch(r.text.strip())), key=lambda r: r.start)
    ref_starts = [r.start for r in refs]  # refs of a sentence by bisection: linear, not sentences x refs
    items: list[_Item] = []
    anchor: TimeRef | None = None
    anchor_turn = -1
    last_item: _Item | None = None
    legs = _legs(view, refs, bdate)
    # (every key of a leg a clause can name has its first word, case-folded, in the clause)
    leg_words = {w.casefold() for k in legs for w in k.split()[:1]}
    # one trie pattern, not a substring test per word: a long document (many briefings in one
    # file) knows hundreds of legs, and a test per word and sentence would grow quadratically
    leg_re = _recache.compile_transient(word_trie(leg_words)) if leg_words else None
    asked = False  # a reporter has asked a question: the opening statement is over
    prog_first: str | None = None  # the first programme day the opening statement sets
    trip_weeks: set[int] = set()  # (the refs of weeks of a trip previewed that govern its programme)

    asks = [t.is_question for t in doc.turns]  # (read once per turn, not per sentence)
    framing = titles.framing_from_title(doc, briefing)
    frame_word, frame_re = _frame_relative(framing)
    asserted: list[tuple[int, _Item]] = []  # items a reporter's question states, awaiting the answer
    paused: tuple[TimeRef, int] | None = None  # (the day a question interrupted, and where)
    aside: tuple[int, TimeRef | None] | None = None  # (a later trip's month: its paragraph, the day it set aside)
    for si, sent in enumerate(doc.sentences):
        question = 0 <= sent.turn < len(asks) and asks[sent.turn]
        if aside is not None and sent.paragraph != aside[0]:
            # the later trip's stops are said in its paragraph; the next goes back to the programme day
            if anchor is not None and anchor.grain == "month":
                anchor = aside[1]
            aside = None
        if sent.turn != anchor_turn:
            # the programme day carries over an official's next turn (a moderator's aside, a
            # dropped line); a reporter's question changes the subject and ends it
            anchor_turn, last_item = sent.turn, None
            if question:
                prev = doc.sentences[si - 1] if si else None
                if anchor is not None and anchor.grain == "day" and anchor.first_day == anchor.last_day > bdate \
                        and prev is not None and view[prev.start:prev.end].rstrip().endswith(("—", "–", "-")):
                    paused = (anchor, si)  # (the official was cut off mid-sentence: "there will be —")
                elif paused is not None:
                    paused = (paused[0], si)  # (questions on the same run of events)
                anchor = None
        if not question and anchor is None and paused is not None:
            if si - paused[1] > _RESUME_WITHIN:
                paused = None
            elif _RESUME.match(view, sent.start, sent.end) is not None:
                # "Then there is a plan for …", "After the meeting concludes, …": the official takes up
                # the day's run of events again after a reporter's quick question on it
                anchor, paused = paused[0], None
        if question:
            if "?" in view[sent.start:sent.end]:
                asked = True  # (not "Q Yeah, it's cold.")
                continue
            # a statement, not "Will the President hold a press conference afterward?"
            i = bisect.bisect_left(ref_starts, sent.start)
            j = bisect.bisect_left(ref_starts, sent.end, i)
            if i < j and any(r.grain == "day" and r.first_day > bdate and r.tense != "past" for r in refs[i:j]):
                asserted.extend(_asserted(view, sent, refs[i:j], bdate, doc.line_of))
            continue
        i = bisect.bisect_left(ref_starts, sent.start)
        j = bisect.bisect_left(ref_starts, sent.end, i)
        srefs = refs[i:j]
        folded = view[sent.start:sent.end].casefold()
        if frame_word and anchor is None and frame_word in folded and not any(r.grain == "day" for r in srefs):
            # "during the summit, Ambassador Tai will be hosting a ministerial-level discussion": the
            # previewed event's time, known once it is dated (a placeholder day until then; a programme
            # day already governing is nearer)
            fm = frame_re.search(view, sent.start, sent.end)
            if fm is not None:
                srefs = sorted(srefs + [TimeRef(fm.group(), fm.start(), fm.end(), doc.line_of(fm.start()), _FRAME_DAY,
                                                "day", _FRAME_DAY, _FRAME_DAY, "frame-" + fm.group("part"), "future")],
                               key=lambda r: r.start)
        dm = _DAY_N.match(view, sent.start, sent.end) if anchor is not None and "day" in folded[:24] else None
        if dm is not None and anchor.grain == "day" and prog_first is not None:
            # "Day two: Vice President Harris … will host ASEAN leaders for a working lunch": the nth day
            # of the programme laid out from its first day on (what follows inherits it)
            n = _NUM_DAYS.get((dm.group("n") or "").casefold()) or _ORDINAL_N.get((dm.group("o") or "").casefold())
            day = dt.date.fromisoformat(prog_first) + dt.timedelta(n - 1) if n else None
            if day is not None and day.isoformat() >= anchor.first_day and n <= 5:
                d = day.isoformat()
                anchor = TimeRef(dm.group(), dm.start(), dm.end(), doc.line_of(dm.start()), d, "day", d, d,
                                 "programme-day")
        if last_item is not None and last_item.inferred and srefs and si and not question \
                and last_item.sent == (doc.sentences[si - 1].start, doc.sentences[si - 1].end) \
                and _HELD_THEN.match(view, sent.start, sent.end) is not None:
            # "… including the fourth Quad meeting at the leader level. That will be hosted by Prime Minister
            # Kishida in Tokyo on the 24th of May": the day of the event just named, which had only the
            # programme's (the next sentence says when it is)
            own = next((r for r in srefs if r.grain == "day" and r.first_day >= bdate and r.tense != "past"
                        and r.first_day != _FRAME_DAY), None)
            if own is not None:
                last_item.first_day, last_item.last_day, last_item.date, last_item.grain = \
                    own.first_day, own.last_day, own.value, own.grain
                last_item.ref, last_item.inferred = own, False
                last_item.more.append((sent.start, sent.end))
        en_route = titles.may_be_en_route(folded)
        # "The Vice President is in Chicago, announcing an award …": a principal's stop today, said in the present
        present = titles.may_be_present_presence(folded) and titles.present_presence(view, sent.start, sent.end)
        if anchor is None and not asked and bdate[:1] != "0" and "day ahead" in folded \
                and _DAY_AHEAD.search(view, sent.start, sent.end) is not None \
                and not any(r.grain == "day" and r.first_day != bdate for r in srefs):
            # today's programme laid out from here on (no other day named beside it)
            anchor = TimeRef(view[sent.start:sent.end], sent.start, sent.end, doc.line_of(sent.start), bdate,
                             "day", bdate, bdate, "day-ahead")
        if anchor is None and not en_route and not present \
                and (last_item is None or not ("joined" in folded or "together" in folded or "alongside" in folded)) \
                and "about to" not in folded \
                and not (leg_re is not None and leg_re.search(folded)) \
                and (not srefs or all(r.last_day < bdate for r in srefs)
                     and not ("start" in folded or "begin" in folded or "kick" in folded)):
            # Speed: a sentence adds nothing here when no day governs, it cannot read as a trip
            # under way (en route) and its dates are all past: its items could take a day only
            # from a trip leg it names (the first word of a leg's place is in the text), and
            # from its own dates only past ones, which drop them, unless a multi-day event
            # "starting/beginning/kicking off" a past day runs on into the week; a past date
            # sets no programme day either; it could only add people to the item just
            # announced ("joined by…")
            continue
        if not srefs:
            # (the cheap necessary conditions first: most sentences have neither)
            if not (cues.may_have_future(view, sent.start, sent.end, folded)
                    and cues.FUTURE.search(view, sent.start, sent.end) is not None) \
                    and not (en_route
                             and titles.EN_ROUTE.search(view, sent.start, sent.end) is not None) and not present:
                continue  # no date and no future cue: nothing announced here (the day still governs)
        if len(srefs) > 1:
            # "the summit next month here in Washington — I guess, later this month —": the speaker
            # corrects himself: what he first said means the day he says instead
            srefs = [TimeRef(r.text, r.start, r.end, r.line, n.value, n.grain, n.first_day, n.last_day, n.rule,
                             n.tense) if n.start - r.end <= 80 and _CORRECTED.search(view, r.end, n.start) else r
                     for r, n in zip(srefs, srefs[1:] + [srefs[-1]])]
        clauses = _clauses(view, sent.start, sent.end)
        for ci, (cs, ce) in enumerate(clauses):
            crefs = [r for r in srefs if cs <= r.start < ce]
            if len(crefs) > 1 and any(r.grain != "day" and r.text[-2:] in _POSS_ENDS for r in crefs):
                # "Later this morning, President Biden will head to the first session of this year’s G20
                # Leaders’ Summit": a period's possessive names the event ("this year's summit", "next
                # week's meeting"); the day the clause says within it is the item's
                crefs = [r for r in crefs if not _period_possessive(r, crefs)]
            if crefs and any(r.rule.startswith("holiday") for r in crefs):
                # "On Sunday, he will deliver remarks during the Memorial Day service": the day said (in
                # the clause or the sentence), not the holiday naming the event
                named = [r for r in crefs if titles.naming_holiday(view, r.start, r)]
                if named and any(r not in named and r.grain == "day" for r in srefs):
                    crefs = [r for r in crefs if r not in named]
                elif anchor is not None and anchor.grain == "day":
                    # "After serving Thanksgiving meals, they will meet with service members": the holiday's
                    # meal served (to troops, to families in need: ahead of the holiday) on the programme day
                    # that governs; not "host a Thanksgiving dinner"
                    crefs = [r for r in crefs if not (r.rule.startswith("holiday")
                                                      and _HOLIDAY_MEAL.match(view, r.end) is not None
                                                      and _SERVING.search(view, max(cs, r.start - 30), r.start))]
            if crefs and any(r.last_day < bdate for r in crefs):
                # "as I mentioned yesterday, the President will be signing…": the day of the mention,
                # not of the event
                crefs = [r for r in crefs if r.last_day >= bdate
                         or not _SAID_ON.search(view, max(cs, r.start - 40), r.start)]
            if crefs and any(r.last_day == bdate and (r.tense == "past" or r.text[:7].lower() == "earlier")
                             for r in crefs):
                # "as the President said in his remarks at the Inaugural Ceremony earlier today, the Vice
                # President will officially launch…": the day of the saying, not of the event
                crefs = [r for r in crefs if r.last_day != bdate or r.tense != "past" and r.text[:7].lower() != "earlier"
                         or not _SAID_IN.search(view, max(cs, r.start - 90), r.start)]
            if len(crefs) > 1:
                led = [r for r in crefs if _POSSESSIVE_END.search(r.text)
                       and _LEADS_UP_TO.search(view, max(cs, r.start - 30), r.start)]
                if led and any(r not in led and r.grain == "day" for r in crefs):
                    crefs = [r for r in crefs if r not in led]
            if crefs and any(r.text[:3].lower() == "in " for r in crefs):
                # "his sixth meeting in six months with Prime Minister Sunak": a count over a period, no date
                crefs = [r for r in crefs if not (r.text[:3].lower() == "in "
                                                  and _COUNTED.search(view, max(cs, r.start - 50), r.start))]
            if len(crefs) > 1 and any(r.tense == "past" and r.last_day <= bdate for r in crefs):
                # "Earlier this afternoon, we announced that the Vice President will travel to Dubai
                # from December 1st to December 2nd": the day of the announcement, not of the event
                # (when the clause names another day)
                said = [r for r in crefs if r.tense == "past" and r.last_day <= bdate
                        and _ANNOUNCED_AT.match(view, r.end, ce)]
                if said and len(said) < len(crefs):
                    crefs = [r for r in crefs if r not in said]
            text = view[cs:ce]
            # "Joined by High Representative Mogherini…": participants of the item just announced
            jm = _JOINED_BY.match(text)
            if jm and last_item is not None and not cues.EVENT_VERB.search(text, jm.end()):
                last_item.participants.extend(titles.people(text[jm.end():]))
                last_item.more.append((sent.start, sent.end))
                continue
            if anchor is not None and anchor.rule == "trip-under-way" and _NEXT_LEG.search(text) \
                    and not titles.EN_ROUTE.search(text):
                # "We're on our way to Anchorage. And then from there, we'll be heading to Hiroshima": the
                # next leg's day is not said, and what follows it is no longer today's
                anchor = None
            dangling = _dangling(view, srefs, crefs, ce, bdate) if srefs and not crefs else []  # (else none)
            cands = titles.candidates(text, cs, crefs + dangling, bdate, doc.line_of,
                                      carried=(cs, ce) != clauses[0] and (
                                          _AND_VERB_RE.match(text) is not None
                                          or view[cs - 2:cs].strip() == ";" and _LIST_ITEM.match(text) is not None))
            # the day this clause names governs what follows ("today" does not: it is more
            # often "nowadays" or the briefing itself than a programme day)
            # a day in a clause that reports the past ("as you heard him say at our briefing on
            # Friday") or a doubtful weekday with no future cue sets no agenda
            day_refs = [r for r in crefs if r.grain in _ANCHOR_GRAINS and not _MORE_TO_SAY.search(
                view, max(cs, r.start - 40), r.start) and (
                r.first_day > bdate or r.first_day == bdate and (
                    _PROGRAMME.match(view, r.end) or _PROGRAMME_BEFORE.search(view, max(cs, r.start - 24), r.start)))
                and (r.tense != "past" or _got_ahead(view, cs, r, bdate))
                and not _SINCE.search(view, max(cs, r.start - 40), r.start) and r.first_day != _FRAME_DAY]
            if day_refs:
                no_cue = cues.FUTURE.search(text) is None
                past = no_cue and cues.PAST.search(text) is not None
                day_refs = [r for r in day_refs if not past and not (r.ambiguous and no_cue)]
            day_refs.sort(key=lambda r: (r.grain == "day", r.start))
            added = None
            imminent = False
            leg_anchor = None
            for c in cands:
                if added is not None and not c.extra:
                    continue  # the first candidate its date allows; further events of the clause beside it
                if "build" in text and _BUILT_ON.search(view, max(cs, c.start - 60), c.start) is not None:
                    continue  # "This visit is going to build on and amplify the sustained engagement of …": what
                    # the event builds on has happened, it is no item of the programme
                if c.demonstrative and not _name_slot(doc, si, c):
                    continue  # "That session will be chaired by …" with no slot named just before it
                if c.kind == "speech" and not c.words and ci + 1 < len(clauses) \
                        and _AND_VERB_RE.match(view, clauses[ci + 1][0] - 1, clauses[ci + 1][1]):
                    continue  # "will deliver remarks and sign an executive order": the remarks are that event's
                if c.kind == "speech" and _PRONOUN_SUBJ.match(text):
                    # "Vice President Harris will join world leaders… She’ll give remarks on X": the
                    # remarks are hers (titles.who_speaks)
                    titles.who_speaks(c, _speaker_before(doc, si))
                own = c.ref
                pv = _PREVIEW.search(view, max(cs, c.start - 50), c.start) if own is not None else None
                if pv is not None and own.end <= pv.start():
                    continue  # "a press call today to preview the State of the Union": the day is the preview's
                np0 = c.span[0] if cs <= c.span[0] <= c.start else c.start  # (where its noun phrase starts)
                part_of = _PART_OF.search(view, max(cs, np0 - 50), np0) is not None
                pn = _PRED_NOMINAL.search(view, max(cs, c.start - 40), c.start) if c.start > cs else None
                if pn is not None and cues.EVENT_NOUN.search(view, cs, pn.start()) is not None:
                    continue  # "Tomorrow's gathering will be the largest gathering of leaders …": the subject
                    # event described, named already (not "This will be the first visit …")
                if own is not None and _LIKE_BEFORE.search(view, max(cs, own.start - 16), own.start) \
                        and _POSSESSIVE.match(view, own.end - 2, own.end + 2):
                    continue  # "much like today's Action and Solidarity session": a comparison
                if own is None and not c.undated:
                    # a date elsewhere in the clause ("On Wednesday, the President will welcome
                    # Sweden … at a meeting of NATO's 32 Allies")
                    inc = [r for r in crefs + dangling if r.grain in _EVENT_GRAINS and _future_ok(r, bdate)
                           and not (r.start >= c.span[1] and cues.PAST.search(view, c.span[1], r.start))]
                    # (not a date in a past relative clause: "the Quad meeting that took place this morning")
                    before = [r for r in inc if r.start < c.start]
                    own = before[-1] if before else (inc[0] if inc else None)
                if own is None:
                    # no date in the clause: another of the sentence, else the governing day
                    others = [r for r in srefs if r.grain in _EVENT_GRAINS and _future_ok(r, bdate)
                              and not (cs <= r.start < ce) and not c.undated]
                    own = others[-1] if others and all(r.start < cs for r in others) else None
                    if own is not None and c.needs_own_date and _WHERE.match(text):
                        continue  # "we're on our way to New Hampshire today, where the President will
                        # discuss…": the topic of the visit, not a slot with a day of its own
                    if own is None:
                        # an apposition right after the clause: "an address in Vilnius that
                        # evening — Wednesday evening — about…"
                        own = next((r for r in others if ce <= r.start <= ce + 4
                                    and not view[ce:r.start].strip(" \n—–-,")), None)
                if own is not None and own.grain == "day":
                    own = _joined_days(own, crefs, view)
                    sm = _STARTING.search(view, max(cs, own.start - 30), own.start) \
                        if c.head in _SPAN_HEADS and own.first_day == own.last_day else None
                    if sm is not None and c.start < sm.start():
                        # (the event named before its start: not "starting tomorrow, the President will…")
                        own = _span_from(own, c, view)
                inferred = False
                if own is None and c.deictic and bdate[:1] != "0":
                    # "We are on our way to New Orleans, where…": the trip under way is today's, and
                    # today is the programme day of what follows
                    own = TimeRef(view[c.span[0]:c.span[1]], c.span[0], c.span[1], doc.line_of(c.span[0]), bdate,
                                  "day", bdate, bdate, "trip-under-way")
                    inferred = True
                    if not asked:
                        leg_anchor = own  # (in an opening statement; an answer's aside names no programme day)
                if own is None and c.imminent and bdate[:1] != "0" and not question \
                        and c.kind in _IMMINENT_KINDS and _IS_ABOUT_TO.search(text) is not None:
                    # "Secretary Blinken is about to give remarks": the imminent future is today, whatever
                    # day the turn spoke of before (not the programme day of what follows)
                    own = TimeRef(view[c.span[0]:c.span[1]], c.span[0], c.span[1], doc.line_of(c.span[0]), bdate,
                                  "day", bdate, bdate, "imminent")
                    inferred = True
                step = own is None and anchor is not None and titles.SEQUENCE.search(text) is not None
                if c.needs_own_date and (own is None or own.grain != "day") and not step:
                    continue  # a topic is an item only with a day of its own (or as a step: "will then review")
                leg = _leg_of(text, c, legs) if own is None else None
                if leg is not None and not (c.needs_own_date and not step):
                    # "in Cambodia, he will meet Prime Minister Hun Sen": the day of that leg
                    # (a leg flown at night begins its programme the next day: "Tomorrow night, the
                    # President will travel to Vilnius" … "We will then head off to Vilnius for the
                    # summit" … "there'll be a session with…"; the journey itself keeps its night)
                    after = _overnight(leg)
                    own, inferred = (leg if c.head == "trip" or after is None else after), True
                    leg_anchor = after or leg  # the programme has moved to that leg
                if own is None and anchor is not None and anchor.rule == "trip-under-way" and c.head == "trip":
                    # "We're on our way to Anchorage. And then from there, we'll be heading to Hiroshima":
                    # the next leg's day is not said, and what follows is no longer today's
                    anchor = None
                    continue
                if own is None:
                    if (c.needs_own_date and not step) or anchor is None or _no_inherit(text, c.start - cs):
                        continue
                    own, inferred = anchor, True
                    if own.first_day != own.last_day and own.grain == "day":
                        # a span governs: "we will start with…" is its first day, "conclude" its last
                        if _OPENS.search(text):
                            own = _day_of(own, own.first_day)
                        elif _CLOSES.search(text):
                            own = _day_of(own, own.last_day)
                inferred = inferred or own.rule == "trip-under-way"
                if own.last_day < bdate or own.first_day < bdate and own.grain == "day":
                    continue  # a past event
                if own.grain not in _EVENT_GRAINS and not c.coarse_ok:
                    continue
                if c.kind == "announce" and last_item is not None and last_item.sent != (sent.start, sent.end) \
                        and (last_item.head.startswith("meeting") or last_item.head in ("bilateral", "visit")) \
                        and (own.first_day, own.last_day) == (last_item.first_day, last_item.last_day) \
                        and _THEY_TOGETHER.match(text):
                    # "…a bilateral meeting with General Secretary Trong. Together, they will announce a
                    # new Comprehensive Strategic Partnership": what the meeting just announced yields
                    last_item.more.append((sent.start, sent.end))
                    continue
                if part_of and any((o.first_day, o.last_day) == (own.first_day, own.last_day) for o in items):
                    continue  # "it's going to be part of the world leader summit forest day": the occasion of
                    # what the pronoun names, an item of that day already, not an event announced here
                if asked and c.head == "visit" and _INDEFINITE_VISIT.match(c.title):
                    again = next((o for o in items if o.head == "visit" and o.first_day == own.first_day
                                  and o.last_day == own.last_day and o.start < sent.start), None)
                    if again is not None:
                        again.more.append((sent.start, sent.end))
                        continue  # "Today we're going to visit a clean energy manufacturing plant" in an answer:
                        # the day's visit the opening statement named, described again (a trip's day
                        # keeps its stops: "he will travel to Traverse City … While there, he will visit a cherry farm")
                pm = _IN_PLACE_LEAD.match(view, sent.start, c.start) if c.needs_own_date else None
                if pm is not None:
                    p = pm.group("p").casefold()
                    visit = next((o for o in items if o.head in ("trip", "visit") and o.first_day == own.first_day
                                  and p in (o.location or o.title).casefold()), None)
                    if visit is not None:
                        visit.more.append((sent.start, sent.end))
                        continue  # "In Milwaukee today, the President will discuss how …": the visit's topic
                time = _time_of_day(text) or (_time_of_day(view[own.start:own.end + 20]) if not inferred else None)
                title = _law_named(view, c.title, sent.start) if c.kind == "discussion" and " the " in c.title else c.title
                it = _Item(start=c.start, sent=(sent.start, sent.end), title=title, head=c.head,
                           words=c.words, first_day=own.first_day, last_day=own.last_day,
                           date=own.value, grain=own.grain, inferred=inferred, ref=own, kind=c.kind,
                           time=time, participants=list(c.participants), location=c.location,
                           strength=c.strength, anaphor=c.anaphor, weak=c.weak)
                items.append(it)
                last_item = added = it
                imminent = c.imminent
                nxt = _overnight(own) if c.head == "trip" and not inferred else None
                fm = _FOR_EVENT.match(view, c.span[1], ce) if nxt is not None else None
                if fm is not None:
                    # "Tomorrow night, the President will travel to Vilnius, Lithuania, for the 74th NATO
                    # Summit": the event the night flight is for opens the next day
                    e = " ".join(fm.group("e").split())
                    items.append(_Item(start=fm.start("e"), sent=it.sent, title=e, head=titles.head_class(fm.group("n")),
                                       words=titles.content_words(e), first_day=nxt.first_day, last_day=nxt.last_day,
                                       date=nxt.value, grain="day", inferred=True, ref=nxt, kind="summit"
                                       if fm.group("n").lower() == "summit" else "conference"))
                for k, sib in enumerate(c.siblings):
                    # "meet separately with A, B, and C": one item per counterpart, same day
                    items.append(_Item(start=sib.start, sent=it.sent, title=sib.title, head=sib.head,
                                       words=sib.words, first_day=it.first_day, last_day=it.last_day,
                                       date=it.date, grain=it.grain, inferred=inferred, ref=own, kind=sib.kind,
                                       time=time, participants=list(sib.participants), location=sib.location))
                    if sib.week_of and it.grain == "day" and it.first_day == it.last_day:
                        # "meet with President Jokowi on Monday before heading out to San Francisco": the trip
                        # after that step, its day not said: the rest of that step's week
                        wk = _span_from(own, sib, "")
                        if wk.grain == "week":
                            sub = items[-1]
                            sub.first_day, sub.last_day, sub.date, sub.grain = wk.first_day, wk.last_day, wk.value, "week"
                            sub.inferred, sub.time = True, None
                        else:
                            items.pop()  # (a Sunday step: the trip's week is not said)
            if not day_refs and added is not None and added.ref is not None and not added.inferred \
                    and added.first_day == added.last_day == bdate and added.ref in crefs and not imminent:
                # "will be meeting with the Prime Minister later this morning": an item today
                # makes today the programme day that the next sentences continue
                day_refs = [added.ref]
            if not day_refs and added is not None and added.head == "visit" and added.grain == "week" \
                    and not added.inferred and added.ref in crefs and not asked and added.ref.tense != "past" \
                    and _running(added, view):
                # "I'm here to offer some observations on Jake Sullivan's visit this week to Israel": the
                # week of the trip an opening statement previews is the time of the programme it lays out
                # next ("Jake will go to Ramallah to meet with President Abbas"), no day being given (a visit, a
                # stay: not a trip that sets off this week, whose programme may run on into the next)
                day_refs = [added.ref]
                trip_weeks.add(id(added.ref))
            if not day_refs and added is not None and added.grain == "month" and not asked:
                # "next month, the President will be heading to Japan for the G7 … And also, the President will
                # engage in a trilateral meeting …": the trip's month is the time of the stops said after it
                # (not the programme day said before it, even when in that month)
                trip = next((o for o in items[::-1] if o.sent == added.sent and o.head == "trip" and o.grain == "month"
                             and not o.inferred and o.ref is not None and sent.start <= o.ref.start < sent.end
                             and o.ref.tense != "past" and o.first_day > bdate), None)
                if trip is not None:
                    aside = (sent.paragraph, anchor if aside is None else aside[1])
                    anchor = trip.ref
            if not day_refs and leg_anchor is not None:
                day_refs = [leg_anchor]
            if day_refs:
                new = _joined_days(day_refs[-1], crefs, view) if day_refs[-1].grain == "day" else day_refs[-1]
                # "over the weekend" after "Saturday" does not move the day
                # unless it opens the sentence ("Next week, you'll also see…" sets a new frame)
                opens = not _OPENING_CONNECTIVE.sub("", view[sent.start:new.start]).strip()
                if anchor is None or opens or not (
                        new.first_day <= anchor.first_day and anchor.last_day <= new.last_day and new.grain != "day"):
                    anchor = new
                    if anchor.grain == "day" and anchor.first_day >= bdate and not asked and (
                            prog_first is None or ("start" in folded or "begin" in folded or "kick" in folded
                                                   or "open" in folded)
                            and _PROGRAMME_STARTS.search(view, sent.start, new.start) is not None):
                        prog_first = anchor.first_day  # (day one of the programme the opening statement lays out)

    items.extend(_confirmed(doc, asserted, refs, ref_starts))
    items = _without_returns_home(items, view)
    # "you'll hear from him directly on Friday": the day's speech when nothing else is said of that day
    items = [i for i in items if not i.weak or not any(
        o is not i and o.first_day <= i.first_day <= o.last_day for o in items if not o.weak)]
    items = [i for k, i in enumerate(items) if not i.weak or not any(
        o.weak and o.first_day == i.first_day for o in items[:k])]
    # "The summit will take place on Thursday": the event the briefing previews, when of that class
    items = _antecedents(items, framing)
    merged = _topics_of_meetings(_topics_of_speeches(_merge(items)), view)
    if framing is not None:
        _add_framing(merged, framing, doc, bdate, refs)
    _date_by_frame(merged, framing)
    # on or after the briefing day; a year named in the future ("at the end of the year") too
    # "hosting the Summit of the Americas this week" (a Wednesday briefing): a week or month still running
    merged = [i for i in merged if i.first_day >= bdate or i.grain in ("year", "half", "quarter", "season")
              and i.last_day >= bdate or i.grain in ("month", "week", "weekend") and i.last_day >= bdate
              and (_running(i, view) or i.start == -1 and i.ref is not None or id(i.ref) in trip_weeks)]  # (the framing event's week, checked there)
    _trip_days(merged, doc, bdate)
    _frame_days(merged, bdate)
    for i in merged:
        # "at the end of the year": the rest of the year from the briefing on (value kept)
        i.first_day = max(i.first_day, bdate)
    merged.sort(key=lambda i: (i.first_day, i.start))
    return [_event(doc, i) for i in merged]


# (also "thanks for joining this afternoon for a look ahead of President Biden’s meeting with …")
_PREVIEW = lazyre.compile(r"(?i)\b(?:preview(?:s|ing)?\s++(?:of\s++)?|look(?:s|ing)?\s++ahead\s++(?:of|to|at)\s++)[^,.;:]{0,40}$")
_EARLIER = lazyre.compile(r"(?i)\b(?:earlier|previously|already|so\s++far|until\s++now)\W*+$")


# patterns of _running, compiled once (not looked up in regex's cache at each call)
# "earlier this week": the reference itself says the week's event is past
_EARLIER_START = lazyre.compile(r"(?i)\W*+(?:earlier|so\s++far)")


def _running(i: _Item, view: str) -> bool:
    """A week or month that began before the briefing dates an event still to come only when its
    own clause says so ("hosting the Summit this week"; not "his speech earlier this week")."""
    r = i.ref
    return r is not None and not i.inferred and r.tense != "past" and not _EARLIER.search(
        view, max(0, r.start - 20), r.start) and not _EARLIER_START.match(r.text)


_AT_HOME = lazyre.compile(r"(?i)\bWhite\s++House\b|\bbriefing\s++room\b|\bWashington\b|\bOval\s++Office\b|\bback\s++home\b")


_MET_NAMED = lazyre.compile(r"\b(?:with|between)\s++(?:the\s++)?(?-i:[A-Z])")


def _trip_days(items: list[_Item], doc: Document, bdate: str) -> None:
    """"The reason we're headed to Vietnam today…" and then "On Monday, the President will meet…": a
    trip dated one day whose programme, laid out after it, goes on the next day(s) (and to no other
    leg) spans those days (at most three in all)."""
    trips = [t for t in items if t.head in ("trip", "visit") and t.grain == "day" and t.first_day == t.last_day]
    if len(trips) != 1:
        return  # (several legs: which day belongs to which is not said)
    t = trips[0]
    if t.first_day != bdate:
        return  # (a trip later in the week: what the days after it hold may be back home)
    # the programme of the opening statement (not a reporter's "And tomorrow, you'll be meeting…")
    opening = next((turn.start for turn in doc.turns if turn.is_question), len(doc.text))
    if not 0 <= t.start < opening:
        return
    last = day = dt.date.fromisoformat(t.first_day)
    place = _place_head(t.location or "")
    later = {dt.date.fromisoformat(i.first_day) for i in items if i is not t and t.start < i.start < opening
             and i.grain == "day" and i.first_day == i.last_day and i.strength == 2
             and not _AT_HOME.search(doc.view, *i.sent)  # (not "in the briefing room tomorrow")
             # a step there: the trip's place named, or a counterpart met ("On Monday, the President will
             # meet with Prime Minister Chinh"; not "On Wednesday, he will host a summit on COVID-19")
             and (place and place in doc.view[i.sent[0]:i.sent[1]].lower().replace("\n", " ")
                  or _MET_NAMED.search(i.title))}
    while last + dt.timedelta(1) in later and (last - day).days < 2:
        last += dt.timedelta(1)
    if last > day:
        t.last_day = last.isoformat()
        t.date = f"{t.first_day}/{t.last_day}"
        t.inferred = True


def _frame_days(items: list[_Item], bdate: str) -> None:
    """"We are in the bilateral portion of the North American Leaders’ Summit program today" and
    "the North American Leaders’ Summit sessions tomorrow": a summit under way today whose own
    parts, named by its name, go on the next day(s) spans them (at most three days in all)."""
    for t in items:
        if t.head not in ("summit", "conference", "ministerial", "forum") or t.grain != "day" \
                or not t.first_day == t.last_day == bdate or len(t.words) < 2:
            continue
        last = day = dt.date.fromisoformat(t.first_day)
        later = {dt.date.fromisoformat(i.first_day) for i in items if i is not t and i.grain == "day"
                 and i.first_day == i.last_day and len(t.words & i.words) >= 2}
        while last + dt.timedelta(1) in later and (last - day).days < 2:
            last += dt.timedelta(1)
        if last > day:
            t.last_day = last.isoformat()
            t.date = f"{t.first_day}/{t.last_day}"


def _contains(a: _Item, b: _Item) -> bool:
    return a.first_day <= b.first_day and b.last_day <= a.last_day


_TITLE_TOKENS = frozenset("""president vice prime minister ministers secretary general chancellor king
queen majesty highness crown prince premier foreign defense defence state leader leaders u.s of""".split())


_ROLE_TOKENS = frozenset("president minister chancellor king queen secretary premier prince pope emperor".split())


_VENUE = lazyre.compile(r"\b(?:Airport|Library|Center|Centre|Hall|Base|Plant|Factory|Facility|University|College|School|"
                        r"Museum|Memorial|Cemetery|Stadium|Arena|Park|Hospital|Port|Station|Campus|Headquarters)\b")


def _place_head(p: str) -> str:
    """"Sharm" for "Sharm el-Sheikh, Egypt"; "new york" for "New York City" (not "new")."""
    w = p.replace(",", " ").lower().split()
    return " ".join(w[:2]) if w and w[0] in _PLACE_OPENERS else (w[0] if w else "")


# patterns of _same_event, compiled once (not looked up in regex's cache at each call)
_MEETINGS = lazyre.compile(r"(?i)\bmeetings\b")


_OF_WORD = lazyre.compile(r"(?i)\bof\s++(?:the\s++)?([\w\-]++)")


def _of_words(title: str) -> set[str]:
    return {w.lower() for w in _OF_WORD.findall(title.replace("’s", "").replace("'s", ""))}


# a document made public: "will be announcing an initial set of designations under this new EO" and "will
# issue the initial round of designations under this new EO" the same day are one act said twice
_MADE_PUBLIC = frozenset({"announce", "release"})


# a leader's visit and the meeting of that day: "welcoming Prime Minister Kadhimi of Iraq on Monday afternoon"
# … "On Monday will be the meeting in the Oval Office with the Prime Minister" is one event (its venue,
# the visitor's title or no partner at all names no one else: not "a meeting with Vice President Harris")
# (a leader of a country: "Visit of President Lourenço of Angola", not "Visit of President Bill Clinton to
# the White House", whose day's "Oval Office meeting" is with others)
# (the visitor by title and name, "Visit of President Kadhimi of Iraq", or possessive, "President Zelenskyy’s
# visit to the White House")
_VISIT_OF = lazyre.compile(r"Visit\s++of\s++(?:[\w’'.\-]++\s++){1,6}of\s++(?-i:[A-Z])"
                           r"|(?:[A-Z][\w.\-]*+\s++){1,3}[A-Z][\w.\-]*+[’']s\s++(?:official\s++|state\s++|working\s++)?visit\b")
# (a venue, or the pair of leaders: "the meeting between the two presidents", "both leaders")
_VENUE_WORDS = frozenset("oval office white house bilateral between two both presidents".split())


def _visit_meeting(v: _Item, m: _Item) -> bool:
    if v.head != "visit" or not m.head.startswith("meeting") or not v.first_day == v.last_day == m.first_day \
            == m.last_day or _VISIT_OF.match(v.title) is None or ("vice" in v.words) != ("vice" in m.words):
        return False
    if m.words - _TITLE_TOKENS - _VENUE_WORDS - v.words:
        return False  # someone else met ("Meeting with President Zelenskyy" on the day of another's visit)
    roles = m.words & _ROLE_TOKENS
    return roles <= v.words or " with " not in m.title  # (no partner: "the President's meetings")


_PLACE_GENERIC = frozenset("president president’s president's region area country visit trip travel first".split())


def _trip_as_visit(a: _Item, b: _Item) -> bool:
    """"the President’s trip to the Middle East later next month" and "The President will visit the Middle
    East region from July 13th to July 16th": one journey, said as a trip and as a visit (a visit of one
    day inside a trip, or one dated by the trip, is a stop of it: another item)."""
    inner = b if _contains(a, b) else a if _contains(b, a) else None
    if inner is None or inner.grain != "day" or inner.first_day == inner.last_day or inner.inferred:
        return False
    return bool((a.words & b.words) - _PLACE_GENERIC)


def _same_event(a: _Item, b: _Item) -> bool:
    if a.head != b.head:
        if _visit_meeting(a, b) or _visit_meeting(b, a):
            return True
        if {a.head, b.head} == {"trip", "visit"} and _trip_as_visit(a, b):
            return True
        if a.head in _MADE_PUBLIC and b.head in _MADE_PUBLIC and (a.first_day, a.last_day) == (b.first_day, b.last_day) \
                and a.words and b.words:
            common = len(a.words & b.words)
            return common >= 3 and common / min(len(a.words), len(b.words)) >= 0.6
        return False
    if a.kind in ("announce", "launch") and a.kind == b.kind and (a.first_day, a.last_day) == (b.first_day, b.last_day) \
            and 0 <= b.sent[0] - a.sent[1] <= 6 and _THEIR.search(b.title):
        # "we will be announcing … a partnership between President Biden and President Al Sisi. We'll be
        # announcing their collaboration on an Adaptation in Africa event": the sentence after says
        # more of the same announcement, by a pronoun naming its parties
        return True
    if not (_contains(a, b) or _contains(b, a)):
        return False
    if a.head == "meeting" and "session" in a.title and "session" in b.title:
        oa, ob = _ORDINAL_SESSION.search(a.title), _ORDINAL_SESSION.search(b.title)
        if oa is not None and ob is not None:
            # "the first session, “One Earth”" and "the day’s second session": two slots; "the first session of
            # this year’s G20" and "During the first session today, titled “One Earth,”": one, said twice
            return oa.group(0).split()[0].lower() == ob.group(0).split()[0].lower() \
                and (a.first_day, a.last_day) == (b.first_day, b.last_day)
    if a.head == "meeting" and (a.first_day, a.last_day) == (b.first_day, b.last_day) and b.strength == 1 \
            and a.strength == 2 and _MEETINGS.search(b.title):
        # "coming out of the leaders’ meetings tomorrow" after the day's meetings were announced:
        # the same meetings, mentioned again (b is the later mention)
        return True
    if a.head == "trip" and a.location and b.location and a.first_day == a.last_day == b.first_day == b.last_day \
            and any(i.ref is not None and i.ref.rule == "trip-under-way" for i in (a, b)) \
            and (set(_place_keys(a.location)) <= set(_place_keys(b.location))
                 or set(_place_keys(b.location)) <= set(_place_keys(a.location))):
        # "Welcome to our trip to Pennsylvania." … "Today we're traveling to Chester, Pennsylvania": the
        # trip under way, named again more closely
        return True
    if a.head == "trip" and a.location and b.location:
        # "Travel to Sharm el-Sheikh, Egypt" and "travel to Sharm at the end of …": one destination
        # (but "headed to Boston for two events. First, … head to Boston Logan International Airport": a
        # venue in the city is a stop of the trip)
        return _place_head(a.location) == _place_head(b.location) \
            and (_VENUE.search(a.location) is None) == (_VENUE.search(b.location) is None)
    if a.head == "meeting:with":
        # "Meeting with the President" joins "Meeting with President Higgins of Ireland" (one
        # person's mentions); "President Herzog" and "President Biden" stay two meetings
        # (a country after "of" qualifies, it names no one: "President Higgins of Ireland" and "the leaders
        # of Ireland’s political parties" are two meetings)
        ca, cb = a.words - _TITLE_TOKENS - _of_words(a.title), b.words - _TITLE_TOKENS - _of_words(b.title)
        ra, rb = a.words & _ROLE_TOKENS, b.words & _ROLE_TOKENS
        if ra and rb and not ra & rb:
            return False  # "the president of Italy" and "the prime minister of Italy": two people
        if ca and cb:
            return bool(ca & cb)
        return bool(a.words) and bool(b.words) and (a.words <= b.words or b.words <= a.words)
    if not a.words or not b.words:
        # an unqualified mention ("this week's Ministerial") joins a qualified one
        return a.first_day != b.first_day or a.last_day != b.last_day or a.title.lower() == b.title.lower() \
            or a.strength != b.strength
    common = len(a.words & b.words)
    return common >= 2 or common / min(len(a.words), len(b.words)) >= 0.5


_THEIR = lazyre.compile(r"^(?:Announcement|Launch)\s++of\s++(?:their|its)\s")
_SPEECH_HEADS = frozenset({"speech", "remarks", "address", "state of the union", "state of the union address"})


def _topics_of_speeches(items: list[_Item]) -> list[_Item]:
    """"Tomorrow night, President Biden will discuss the historic achievements…" on the day of his
    State of the Union: what the speech the briefing is about (named by its noun and day: "ahead of
    the President's State of the Union tomorrow") covers, not a slot of its own (GOLD.md: the topics
    of one event belong to its item), when that speech is all the day holds besides topics."""
    out = []
    for it in items:
        if it.head == "discussion" and it.first_day == it.last_day:
            same = [o for o in items if o is not it and (o.first_day, o.last_day) == (it.first_day, it.first_day)]
            speeches = [o for o in same if o.head in _SPEECH_HEADS and o.strength <= 1]
            if speeches and all(o.head in _SPEECH_HEADS or o.head == "discussion" for o in same):
                speeches[0].more.append(it.sent)
                continue
        out.append(it)
    return out


# "So, today's meeting, President Biden and President Lourenço will review the progress we've made" /
# "In their meeting, the leaders will discuss…": the topic of that day's meeting, said in its sentence
_MEETING_LEAD = lazyre.compile(r"(?i)\b(?:meeting|bilateral|talks)\b")
_MEETING_HEADS = ("meeting", "bilateral", "visit")


def _topics_of_meetings(items: list[_Item], view: str) -> list[_Item]:
    """A discussion whose own sentence names the meeting it happens in, before it ("at today's meeting
    the leaders will discuss…"), belongs to that day's meeting (GOLD.md: the topics discussed within one
    meeting belong to that meeting's item); not a topic given a slot ("Later on Tuesday, we will discuss")."""
    out = []
    for it in items:
        if it.head == "discussion" and it.first_day == it.last_day and it.sent[0] < it.start \
                and _MEETING_LEAD.search(view, it.sent[0], it.start) is not None:
            homes = [o for o in items if o is not it and o.head.startswith(_MEETING_HEADS)
                     and o.first_day == o.last_day == it.first_day]
            # (the meeting its sentence names first, then a meeting, then the day's visit)
            home = min(homes, key=lambda o: (o.sent != it.sent and it.sent not in o.more, o.head == "visit"),
                       default=None)
            if home is not None:
                home.more.append(it.sent)
                continue
        out.append(it)
    return out


def _merge(items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    for it in sorted(items, key=lambda i: i.start):
        home = next((o for o in out if _same_event(o, it)), None)
        if home is None:
            out.append(it)
            continue
        # the more specific date wins; the first mention keeps its title unless it was bare
        if _contains(home, it) and (home.first_day, home.last_day) != (it.first_day, it.last_day) \
                and not it.inferred and it.strength >= home.strength \
                and not (home.strength == 1 and it.strength == 1 and home.grain == "day"):
            if home.grain != "day" or it.grain == "day" and home.strength <= it.strength:
                home.first_day, home.last_day, home.date, home.grain = it.first_day, it.last_day, it.date, it.grain
                home.ref, home.inferred = it.ref, it.inferred
        if (not home.words and it.words) or (len(it.title) > len(home.title) and it.strength > home.strength):
            home.title, home.words = it.title, it.words
        home.strength = max(home.strength, it.strength)
        home.more.append(it.sent)
        for p in it.participants:
            if p not in home.participants:
                home.participants.append(p)
        home.location = home.location or it.location
        home.time = home.time or it.time
    return out


_DAY_ORDINALS = frozenset("first second third fourth final last opening closing".split())
_FRAME_HEADS = frozenset("summit visit trip conference convention ministerial forum retreat tour".split())


def _week_of_programme(doc: Document, refs: list[TimeRef], bdate: str) -> TimeRef | None:
    """"the priorities we'll be focused on throughout this week": the week (or weekend) an
    official's future sentence names, the time of an event previewed with no day of its own."""
    for r in refs:
        if r.grain not in ("week", "weekend") or r.last_day < bdate or r.tense == "past":
            continue
        sent = doc.sentence_at(r.start)
        turn = doc.turn_at(r.start)
        if sent is None or turn is not None and turn.is_question:
            continue
        if cues.FUTURE.search(doc.view, sent.start, sent.end) and not cues.PAST.search(doc.view, sent.start, sent.end) \
                and not _EARLIER.search(doc.view, max(sent.start, r.start - 30), r.start):
            return r
    return None


_FRAME_DAY = "9999-12-31"  # (a placeholder day: the previewed event's, once dated)
_FRAME_PARTS = {"first": "first", "opening": "first", "last": "last", "final": "last", "closing": "last"}


def _frame_relative(fr: "titles.Candidate | None") -> tuple[str, "regex.Pattern | None"]:
    """The phrases that place a step inside the event the briefing previews: 'during the summit',
    'on the first day of the summit', 'on the sidelines of the summit' (its head noun)."""
    head = fr.head.split()[-1] if fr is not None and fr.head and not fr.deictic else ""
    if not head.isalpha() or head in ("day", "trip", "visit", "travel", "call", "remarks"):
        return "", None
    return head.casefold(), _recache.compile_transient(
        r"(?i)\b(?:(?P<part>during|throughout|on\s++the\s++(?:sidelines|margins)\s++of|on\s++the\s++"
        r"(?:first|opening|last|final|closing)\s++day\s++of)\s++the\s++(?:[\w.’'\-]++\s++){0,4}?" + head + r")s?\b")


def _date_by_frame(items: list[_Item], fr: "titles.Candidate | None") -> None:
    """Items placed by the previewed event take its time (its first or last day when said so and its
    days are known); with the event undated they name no time a reader could place, and go."""
    frame = next((i for i in items if i.start == -1), None) or next(
        (i for i in items if fr is not None and i.head == fr.head and i.first_day != _FRAME_DAY), None)
    keep = []
    for i in items:
        if i.first_day != _FRAME_DAY:
            keep.append(i)
            continue
        if frame is None or frame.first_day == _FRAME_DAY:
            continue
        part = next((v for k, v in _FRAME_PARTS.items() if k in i.ref.rule), None) if i.ref is not None else None
        i.first_day, i.last_day, i.date, i.grain, i.inferred = \
            frame.first_day, frame.last_day, frame.date, frame.grain, True
        if part is not None and frame.grain == "day":
            i.first_day = i.last_day = i.date = frame.first_day if part == "first" else frame.last_day
        keep.append(i)
    items[:] = keep


def _week_after_head(doc: Document, refs: list[TimeRef], fr: "titles.Candidate", bdate: str) -> TimeRef | None:
    """"Will the administration be sending any message … at the summit next week?": the week right
    after the previewed event's own noun, said by anyone (a reporter's question presupposes it), is
    that event's time when nothing else dates it (not "the summit last week", not "a summit next week")."""
    head = fr.head.split()[-1] if fr.head else ""
    if not head.isalpha():
        return None
    pat = _recache.compile_transient(r"(?i)\bthe\s++(?:[\w.’'\-]++\s++){0,4}?" + head + r"s?\s++$")
    for r in refs:
        if r.grain not in ("week", "weekend") or r.first_day <= bdate:
            continue
        if pat.search(doc.view, max(0, r.start - 60), r.start):
            return r
    return None


def _antecedents(items: list[_Item], fr: "titles.Candidate | None") -> list[_Item]:
    """"The summit will take place on Thursday": a definite bare event noun names the event the
    briefing previews (its framing event, of that class), else the last item of that class named
    before it; with neither it names nothing a reader could place, and is dropped."""
    out: list[_Item] = []
    for i in items:
        if i.anaphor:
            prior = [o for o in out if o.head == i.head and o.words and o.start < i.start]
            if fr is not None and fr.head == i.head and not fr.deictic:
                i.title, i.words, i.location = fr.title, fr.words, i.location or fr.location
            elif prior:
                i.title, i.words, i.location = prior[-1].title, prior[-1].words, i.location or prior[-1].location
            else:
                continue
            i.anaphor = False
        out.append(i)
    return out


_SIDE_TITLE = lazyre.compile(r"(?i)side\s++(?:events?|meetings?)\b")


_DAY_N_OF = lazyre.compile(r"(?i)day\s++(?P<n>two|three|four)\s++of\s++(?:the\s++)?(?=\S)")
_FRAME_WORD = lazyre.compile(r"(?i)\b(summit|trip|visit|conference|ministerial|forum)\b")


_RETURN_HOME = lazyre.compile(r"(?i)\breturn(?:s|ing)?\s++(?:back\s++)?(?:home\s++)?to\b")


def _without_returns_home(items: list[_Item], view: str) -> list[_Item]:
    """"In the afternoon, he will return to Washington, D.C., where he and the First Lady will welcome
    children to the South Lawn": the way back to the seat of government is no item beside the event it
    leads to in the same sentence, that day (alone, "On Monday, he will return to Washington", it stays)."""
    out = []
    for i in items:
        if i.head == "trip" and i.location and titles._HOME_BASE.match(i.location) \
                and _RETURN_HOME.search(view, max(i.sent[0], i.start - 40), min(i.sent[1], i.start + 20)) is not None \
                and any(o is not i and o.sent == i.sent and o.first_day == i.first_day and o.last_day == i.last_day
                        and o.head != "trip" for o in items):
            continue
        out.append(i)
    return out


def _one_leg(o: _Item, placed: list[_Item], fr: "titles.Candidate", bdate: str) -> bool:
    """"Travel to the Republic of Ireland" on Wednesday, in a programme running on to Friday: one leg
    of the trip the title previews ("Previewing the President's Trip to Northern Ireland"), not the
    trip (which a day of its own names only when the programme holds no other day)."""
    if fr.head not in ("trip", "visit") or o.grain != "day" or o.first_day != o.last_day or o.first_day < bdate:
        return False
    last = o.last_day
    for i in sorted((i for i in placed if i.grain == "day" and i.first_day >= o.first_day), key=lambda i: i.first_day):
        if (dt.date.fromisoformat(i.first_day) - dt.date.fromisoformat(last)).days > 1:
            break
        last = max(last, i.last_day)
    return last > o.last_day


# "That will be hosted by …", "It will take place on Friday": when the event just named happens
_HELD_THEN = lazyre.compile(r"\W*+(?:(?i:and|so)\s++)?(?i:that|this|it)\s++(?:(?i:meeting|summit|session|event|one)\s++)?"
                            r"(?i:will|is\s++going\s++to|is\s++set\s++to|is\s++scheduled\s++to)\s++(?i:also\s++)?"
                            r"(?i:be\s++(?:hosted|held|convened|chaired)|take\s++place|happen|occur)\b(?!\s++(?i:against|up|back|accountable|responsible|to\b))")
HELD_THEN_EXAMPLES = ["That will be hosted by Prime Minister Kishida in Tokyo on the 24th of May.",
                      "It will take place on Friday.", "And that meeting will be held next Tuesday."]
HELD_THEN_NEGATIVES = ["That will be a big day on Friday.", "That will be held against us tomorrow.",
                       "They will be hosted by the Prime Minister on Friday."]


_ONGOING_HEADS = frozenset("summit conference convention ministerial forum meeting meetings session sessions".split())


def _ongoing(doc: Document, fr: "titles.Candidate") -> bool:
    """An official says the previewed event is going on as they speak: "here at the summit that is
    currently ongoing", "the conference is now under way", "here at the G20" (not a reporter's
    question, not a summit still ahead: "the summit that will be under way")."""
    head = fr.head.split()[-1] if fr.head else ""
    if head not in _ONGOING_HEADS:
        return False
    v = doc.view.lower()  # (a rare path: a framing event whose days said begin after tomorrow)
    if not ("ongoing" in v or "here at" in v or "session" in v or "underway" in v or "under way" in v
            or "under\nway" in v):
        return False
    names = "|".join(sorted({regex.escape(w) for w in fr.words if len(w) > 1}))
    pat = _recache.compile_transient(
        r"(?i)\bhere\s++at\s++the\s++(?:[\w.’'\-]++\s++){0,3}?(?:" + head + (("|" + names) if names else "")
        + r")s?\b|\b" + head + r"s?\s*+,?\s*+(?:that\s++|which\s++)?(?:is|are|['’]s)\s++(?:currently\s++|now\s++|still\s++)?"
        r"(?:ongoing|under\s?way|in\s++session)\b")
    for m in pat.finditer(doc.view):
        turn = doc.turn_at(m.start())
        if turn is None or not turn.is_question:
            return True
    return False


def _add_framing(items: list[_Item], fr: "titles.Candidate", doc: Document, bdate: str,
                 refs: list[TimeRef] = ()) -> None:
    """The event a briefing previews by its title ("Previewing the Vice President's Trip to
    Munich"): merged with a body mention of it, else dated by the programme's days."""
    placed = [i for i in items if i.first_day != _FRAME_DAY]  # (not the steps it dates: _date_by_frame)
    for o in placed:
        if o.head == fr.head and (not o.words or not fr.words or o.words & fr.words) and o.grain != "year" \
                and not _one_leg(o, placed, fr, bdate):
            return  # (not "a second Summit for Democracy a year from now": the next one)
    if fr.head in _SPEECH_HEADS and not fr.deictic:
        # "Previewing the President’s Speech on the Country’s Fight Against COVID-19" and "Tomorrow, the President
        # will address the American people about Omicron": the one speech the body announces is the one
        # previewed, named otherwise (not a speech by someone else: "Remarks by Vice President Harris")
        own = [o for o in placed if o.head in _SPEECH_HEADS and o.grain == "day" and o.first_day >= bdate
               and o.strength == 2 and not o.title.startswith(("Remarks by", "Speech by"))]
        if len(own) == 1:
            own[0].more.append(fr.span)
            return
    # (a side event is held around the framing event, not on a day of its programme: "We also have a
    # side event on labor today" two days before the summit opens)
    days = [i for i in placed if i.grain == "day" and i.first_day >= bdate and not _SIDE_TITLE.match(i.title)]
    if fr.deictic:
        # "… En Route Ottawa, Canada": the trip under way, today (unless the body names a trip)
        if bdate[:1] != "0" and not any(i.head in ("trip", "visit") for i in placed):
            items.append(_Item(start=-1, sent=fr.span, title=fr.title, head=fr.head, words=fr.words,
                               first_day=bdate, last_day=bdate, date=bdate, grain="day", inferred=True, ref=None,
                               kind=fr.kind, location=fr.location, strength=0))
        return
    if not days:
        # no day of the programme is said: the week the official names for it ("Ahead of the G20
        # Summit": "the priorities we'll be focused on throughout this week")
        wk = (_week_of_programme(doc, list(refs), bdate) or _week_after_head(doc, list(refs), fr, bdate)) \
            if not placed else None
        if wk is not None:
            items.append(_Item(start=-1, sent=fr.span, title=fr.title, head=fr.head, words=fr.words,
                               first_day=wk.first_day, last_day=wk.last_day, date=wk.value, grain=wk.grain,
                               inferred=True, ref=wk, kind=fr.kind, location=fr.location, strength=0))
        return
    first = min(i.first_day for i in days)
    # "the session of the leaders here at the summit that is currently ongoing": the event runs today,
    # and on only from day to day (not to "his meeting with Putin on Wednesday", after it)
    # (when the programme's days begin tomorrow they are its days, as said; the first day said being
    # later, the days said are another event's)
    ongoing = (dt.date.fromisoformat(first) - dt.date.fromisoformat(bdate)).days > 1 and _ongoing(doc, fr)
    first = bdate if ongoing else first
    # a programme runs days, not months: a stray later date is not part of the trip
    days = [i for i in days if (dt.date.fromisoformat(i.last_day) - dt.date.fromisoformat(first)).days <= 14]
    # … and runs on from day to day (a weekend at most between): "the fourth Quad meeting … in Tokyo on
    # the 24th of May" after a summit on the 12th and 13th is another trip's
    last = first
    for i in sorted(days, key=lambda i: i.first_day):
        if (dt.date.fromisoformat(i.first_day) - dt.date.fromisoformat(last)).days > (1 if ongoing else 3):
            break
        last = max(last, i.last_day)
    run_last = last  # (the days the programme runs)
    if fr.head.startswith("day ") or fr.head.endswith(" day"):
        last = first  # "Previewing Day Two of the President's Trip": the day previewed
    for o in items:
        if (o.first_day, o.last_day) == (first, last) and o.words & fr.words and (
                o.head in _FRAME_HEADS or o.head.startswith("day ") or o.head.endswith(" day")
                and o.head.split()[0] in _DAY_ORDINALS  # (a themed "forest day" is a slot of the day)
                or not (fr.head.startswith("day ") or fr.head.endswith(" day"))):
            return  # the body names it already ("day one of the G20" tomorrow); a "G7 working
            # session" is a slot of the day, not the day itself
    title, head = fr.title, fr.head
    dn = _DAY_N_OF.match(fr.title) if fr.head in ("day two", "day three", "day four") else None
    if dn is not None and first == last:
        # "Previewing Day Two of the Summit for Democracy" (its day two tomorrow): the summit, running from
        # its day one (from the briefing's day on, as every item) to the day previewed
        d1 = dt.date.fromisoformat(first) - dt.timedelta(_NUM_DAYS[dn.group("n").lower()] - 1)
        first = max(d1.isoformat(), bdate)
        title = fr.title[dn.end():]
        hw = _FRAME_WORD.findall(title)
        title, head = title[:1].upper() + title[1:], (hw[-1].lower() if hw else head)
        if head == "trip":
            last = run_last  # a trip goes on after the day previewed: "the GCC+3 Summit on Saturday"
    value = first if first == last else f"{first}/{last}"
    items.append(_Item(start=-1, sent=(fr.start, fr.start + len(fr.title)), title=title, head=head,
                       words=fr.words, first_day=first, last_day=last, date=value, grain="day",
                       inferred=True, ref=None, kind=fr.kind if head == fr.head else head, location=fr.location,
                       strength=0))
    items[-1].sent = fr.span


_NAME_WORD = lazyre.compile_re(r"[\w’'.-]+")
_PRINCIPAL_WORDS = (["president"], ["vice", "president"], ["first", "lady"], ["second", "gentleman"])


def _name_words(p: str) -> list[str]:
    words = _NAME_WORD.findall(p.casefold())
    return words[1:] if words[:1] == ["the"] else words


def _without_short_forms(parts: list[str]) -> list[str]:
    """Participants without one that only repeats the start of another: a later mention by title
    alone ("Taoiseach, Leo Varadkar; Taoiseach", "Vice President Harris; the Vice President" is
    kept: a bare title of our own principals may be another person)."""
    if len(parts) < 2:
        return parts
    words = [_name_words(p) for p in parts]
    # a bare "(the) President" is our own principal beside a "President X" (Biden beside Lula)
    return [p for p, w in zip(parts, words)
            if w in _PRINCIPAL_WORDS or not any(len(o) > len(w) and o[:len(w)] == w for o in words if w)]


def _event(doc: Document, i: _Item) -> Event:
    seen = {i.sent}
    more = []
    for s in i.more:
        if s not in seen:
            seen.add(s)
            more.append(doc.evidence(*s))
    parts: list[str] = []
    for p in i.participants:
        p = " ".join(p.split()) if p else p  # (a self-repair read as blanks: "Cathedral-Bas- — Basilica")
        if p and p not in parts:
            parts.append(p)
    parts = _without_short_forms(parts)
    return Event(date=i.date, grain=i.grain, first_day=i.first_day, last_day=i.last_day,
                 title=i.title, evidence=doc.evidence(*i.sent), time=i.time, participants=parts,
                 location=" ".join(i.location.split()) if i.location else i.location, date_inferred=i.inferred, kind=i.kind, more_evidence=more,
                 reference=None if i.inferred else i.ref)
