"""Event candidates of one clause, with a reader-facing title, participants and place.

A title names the event the way the speaker does: the event noun phrase with its complement
("a meeting of the NATO-Georgia Commission" -> "Meeting of the NATO-Georgia Commission"), or a
nominalised event verb with its object ("she'll meet with President Zelenskyy of Ukraine" ->
"Meeting with President Zelenskyy of Ukraine"; "we will discuss global challenges, including
North Korea" -> "Discussion of global challenges, including North Korea").
"""
from __future__ import annotations

from ..records import field, record

import regex

from ..model import TimeRef
from ..rules import events as cues
from .. import lazyre
from ..rules.lexicon import MONTHS, WEEKDAYS

# the calendar names, title-cased, as several patterns below exclude them
_DAYS = "|".join(w.capitalize() for w in WEEKDAYS)
_MONTHS = "|".join(m.capitalize() for m in MONTHS)

TITLE_MAX = 90
_WITH = lazyre.compile(r"(?i)\bwith\b")
_CLAUSE_STOP = lazyre.compile(r"[.;?!:]|\s[—–]\s")

# Words that end the backward walk from an event noun to the start of its noun phrase.
_NP_STOP = frozenset("""a an the this that these those our their his her its my your
of on in at for with to from by about into onto over under between among during after before
and or but as than then also will shall would could should can may might is are was were be been
being have has had do does did not no yes so if when where while which who whom whose what
there here it he she they we you i me him them us any some several other more many various
number range series host lot couple further additional both all each either
preview previewing previews discuss discussing announce announcing making having holding hosting
giving delivering attending doing taking launching see seeing expect watch deliver give
hold holds attend attends join joins chair chairs convene convenes""".split())

# Where an event's complement ends.
_CUT = lazyre.compile(
    # an apposition naming a leader does not end the phrase ("our G20 host, President Widodo")
    r"(?i)(?-i:,(?=\s++(?:President|Prime\s++Minister|Chancellor|King|Queen|Premier|Emperor|Pope|Sheikh)\s++[A-Z]))(*SKIP)(*FAIL)"
    r"|(?-i:(?<!\b[A-Z][\w’'\-]*)),(?!\s++(?:including|notably|such\s++as|in\s++particular)\b)"
    r"|(?-i:(?<=\b[A-Z][\w’'\-]*),(?!\s++(?:and\s++)?(?:the\s++)?(?:[A-Z]|(?:members|leaders|ministers|heads|"
    r"president|prime\s++minister|king|queen|chancellor)\s++of\b)))"
    r"|(?-i:(?<!\b(?:in|of|on|for|by|at|to|about|from|with|without|and|or|the|a|an|be|is|are|will))\s(?=[a-z]{2,}(?<!morn|even|build|meet|th|k|spr|r|w|str|din|brief|sign|open|clos|hear|wedd|bring|warn|fund|includ|follow|upcom|concern|regard|bank|train|spend|hous|read|shipp|financ|landing|cross)ing\s++(?:the|a|an|our|their|his|her|its|this|that|these|those)\b))"
    r"|\s(?=(?:officially\s++|formally\s++)?(?:begins|starts|opens|concludes|ends|wraps\s++up|closes|kicks\s++off|"
    r"gets\s++under\s?way|resumes|takes\s++place|convenes)\b)"
    r"|;|:|\s[—–]\s|\s--\s|(?<!\b(?:St|Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Amb|Prof|Lt|Col|Gov|Mt|Ft|Sr|Jr|[A-Z]))\.\s|\.$|\?|!|\(|\s(?:which|who|whom|whose|where|that|as|so\s++that|so|because|"
    r"since|while|although|though|but|after\s++which|once|until|when|if|in\s++order\s++to|"
    r"to\s++(?:discuss|talk|consult|affirm|underscore|reaffirm|check|coordinate|deepen|strengthen|"
    r"make|take|show|demonstrate|highlight|address|review|build|advance|ensure|lock|further|pay|honou?r|"
    r"thank|celebrate|commemorate|announce|launch|unveil|see|hear|greet|support|promote|deliver|"
    r"participate|attend|meet|visit|join|speak|tour|host|hold|sign|give|lay|receive|provide|help|push|press|"
    r"rally|urge|work|continue|bring|boost|expand|create|improve|protect|reduce|lower|invest|talk|focus|tout|"
    r"highlight|survey|assess)|"
    r"and\s++(?:then\s++)?(?:take|takes|hold|holds|will|to|he|she|they|we|I|also(?!\s++(?:in|at)\s++(?-i:[A-Z]))|there|it|cheer|hear|see|tour|"
    r"highlight|discuss|talk|celebrate|honou?r|visit|meet|deliver|announce|sign|view|watch|attend|participate|"
    r"join|speak|pay|lay|host|greet|thank|underscore|reaffirm|make|give|travel|return|head|engage|address|"
    r"review|launch|unveil|open|chair|convene|release|sign|see|stop|depart|fly|receive|welcome|tour|rally|urge|"
    r"push|press|work|continue|help|build|call|encourage|mobilize|showcase|lay\s++out|outline|unveil|mark|answer|take)|"
    r"ahead\s++of|following|along\s++with)\b")

# Nominalised event verbs.
_NOMINAL = {
    "meet": "Meeting with", "engage": "Engagement with", "visit": "Visit to", "travel": "Travel to",
    "unveil": "Unveiling of", "sign": "Signing of", "convene": "Meeting of", "discuss": "Discussion of",
    "launch": "Launch of", "announce": "Announcement of", "release": "Release of",
    "celebrate": "Celebration of", "award": "Award of",
}

# A parenthetical right after a verb ("will meet, of course, with the President"): skipped, it
# does not end the verb's complement.
_ASIDE = lazyre.compile(
    r",\s++(?:of\s++course|you\s++know|again|too|also|obviously|as\s++you\s++know|in\s++fact|as\s++well|"
    r"as\s++I\s++said|I\s++think|first|then|briefly|separately|finally)\s*+,\s*+")

# Sequence markers: a step of the programme being laid out ("The two leaders will then review
# the original Atlantic Charter"), so even a topic verb is a slot of its own on the current day.
SEQUENCE = lazyre.compile(
    r"(?i)\b(?:will|shall|['’]ll)\s++(?:also\s++)?(?:then|next|afterwards|subsequently)\s++(?!be\b)"
    r"|^\W*+(?:and\s++)?(?:after\s++that|afterwards|following\s++that|next)\s*+,")

# An object of "address" that is an audience, not a topic.
_AUDIENCE = lazyre.compile(
    r"(?i)\b(?:forum|conference|assembly|parliament|congress|council|summit|session|nation|senate|"
    r"bundestag|leaders|students|troops|audience|meeting|gathering|convention|delegates|diaspora|rally|"
    r"workers|graduates|class|crowd|members|supporters|veterans|families|people|nation|country|press)\b")

_PEOPLE_HINT = lazyre.compile(
    r"(?i)\b(?:president|prime\s++minister|chancellor|king|queen|secretary|minister|ministers|leaders?|"
    r"members|partners|allies|counterparts|delegation|representative|general|ambassador|pope|"
    r"emperor|premier|governor|senator|mayor|chair|director|commissioner|his\s++holiness|codels?|"
    r"famil(?:y|ies)|team|workers|students|officials|governors|mayors|veterans|troops|staff|advis[eo]rs|"
    r"experts|executives|ceos|owners|survivors|community|communities|group|representatives|"
    r"stakeholders|parents|teachers|farmers|unions?|heads|cabinet|counterparts?|lawmakers|legislators|"
    r"athletes|entrepreneurs|activists|victims|responders|personnel|soldiers|service\s++members|"
    r"crews?|employees|organizers|advocates|delegates|envoys?|presidents|prime\s++ministers|"
    # ("will meet with civil society while in Angola": its representatives, met as a group)
    r"civil\s++society)\b")

_PLACE = lazyre.compile(
    r"(?:\bhere\s++)?\b(?:in|at)\s++(?P<p>(?:the\s++)?[A-Z][\w’'.\-]*+(?:\s++(?:of\s++|de\s++|the\s++)?[A-Z][\w’'.\-]*+){0,4})")
_NOT_PLACE = lazyre.compile(
    r"(?i)^(?:the\s++)?(?:" + _MONTHS + "|" + _DAYS + r"|NATO|I)\b")

_MENTIONED = lazyre.compile(
    r"(?i)\b(?:in\s++addition\s++to|besides|beyond|(?:information|details|more)\s++(?:to\s++follow\s++)?(?:on|about))"
    r"\s++(?:the\s++|those\s++|these\s++|this\s++|that\s++)?$")

_GENERIC = frozenset({"meeting", "event", "engagement", "talks", "discussion", "consultations",
                      "gathering", "summit", "conference", "forum", "call", "trip", "visit"})

_RELATIONAL = lazyre.compile(
    r"(?i)\b(?:conclusion|end|close|start|beginning|top|margins|sidelines|eve|wake|run-up|aftermath)\s++of\s++"
    r"(?:the\s++|this\s++|that\s++)?$|\b(?:following|ahead\s++of|after|before|since"
    # "compare notes going into the Vilnius summit", "in advance of the summit": a later event, a reference point
    r"|going\s++into|heading\s++into|in\s++advance\s++of|leading\s++(?:up\s++)?(?:in)?to"
    # "coming out of the Kenya state visit", "fresh off the summit": an event just past, a reference point
    r"|coming\s++(?:out\s++of|off)|fresh\s++(?:off|from)|on\s++the\s++heels\s++of)\s++(?:the\s++|this\s++|that\s++)?$")

_ORG_OF = lazyre.compile(r"(?-i:\b(?:Office|Department|Bureau|Agency|Institute|Ministry|Center|Centre))\s++(?:of|for)\s++(?:the\s++)?$")

_PAST_ADJ = lazyre.compile(r"(?i)\b(?:previous|past|last|former|earlier|recent)\b")

_STOP_WORDS = frozenset("""a an the of on in at for with to from by about and or as this that these
those our their his her its we will be is are meeting meetings session sessions summit summits
here there also first second new other upcoming next it s formal official actual main full big
proper real working plenary travel discussion release review celebration unveiling signing""".split())  # "working session on X" and "on Y" are two sessions

_HEAD_CLASS = {
    "meetings": "meeting", "ministerial": "meeting", "ministerials": "meeting", "session": "meeting",
    "sessions": "meeting", "plenary": "meeting", "plenaries": "meeting", "working session": "meeting",
    "plenary session": "meeting", "working sessions": "meeting", "plenary sessions": "meeting",
    "summits": "summit", "visits": "visit", "state visit": "visit", "official visit": "visit",
    "trips": "trip", "bilaterals": "bilateral", "bilat": "bilateral", "bilats": "bilateral",
    "calls": "call", "phone call": "call", "video call": "call", "telephone call": "call",
    "speeches": "speech", "dinners": "dinner", "news conference": "press conference",
    "press conferences": "press conference", "press availability": "press conference",
    "media availability": "press conference", "events": "event", "engagements": "engagement",
    "ceremonies": "ceremony", "travel": "trip", "first day": "day one", "opening day": "day one",
    "second day": "day two", "third day": "day three", "final day": "last day", "closing day": "last day",
}

# ("… on President Biden’s Travel to France", "… on the Vice President’s Trip": a titled name's
# possessive as well as "the")
_FRAMING_TITLE = lazyre.compile(
    r"(?i)\b(?:previewing|preview\s++of|preview|ahead\s++of|on\s++(?=the\b|(?P<named>(?:(?-i:[A-Z])[\w.\-]*+\s++){0,3}"
    r"[\w.\-]+['’]s\b)))\s*+(?:the\s++)?(?P<ev>.+)$")
# "… on the President’s Engagements at the G20 Summit": the event the engagements are at names it
_AT_EVENT_TITLE = lazyre.compile(r"(?i)\s++(?:at|during)\s++(?:the\s++)?")
# "… Previewing President Biden’s Travel to France": the trip (travel is no event noun of the body)
_TRAVEL_TO_TITLE = lazyre.compile(r"(?i)\btravel\s++to\s++(?P<p>(?-i:[A-Z])[\w.’'\-]*+(?:\s++(?:and\s++|the\s++|of\s++)?"
                                  r"(?-i:[A-Z])[\w.’'\-]*+){0,4})\s*+$")


@record
class Candidate:
    start: int  # offset of the event head in the document
    title: str
    head: str  # event class for merging
    kind: str
    words: frozenset[str]
    ref: TimeRef | None  # the reference of the clause that dates it, if any
    needs_own_date: bool = False  # a topic: an item only with a day of its own
    coarse_ok: bool = False  # may be dated by a year ("at the end of the year")
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    strength: int = 2
    span: tuple[int, int] = (0, 0)
    # further events of the same clause, dated with this one ("meet separately with A, B, and C")
    siblings: list["Candidate"] = field(default_factory=list)
    # a further event noun of the clause with a date of its own, kept beside the first item
    extra: bool = False
    # a trip under way as the speaker talks ("we are on our way to New Orleans"): today, undated
    deictic: bool = False
    # announced as starting now ("we're about to kick off the first day of the Summit"): what the
    # speaker goes on to say describes it; it sets no programme day for the sentences after it
    imminent: bool = False
    # "The summit will take place on Thursday": a definite bare event noun, the event named elsewhere;
    # schedule.py names it by the briefing's framing event of the same class, or drops it
    anaphor: bool = False
    # "That session will be chaired by the President": named by the sentence before (schedule.py
    # takes its ordinal and name from there, or drops it)
    demonstrative: bool = False
    # a trip after a dated step ("… before heading out to San Francisco"): the rest of that step's week
    week_of: bool = False
    # the clause's dates belong to another part of it ("the areas in which we partner closely today")
    undated: bool = False
    # "you'll hear from him directly on Friday": an implied speech, kept only on a day that has no other item
    weak: bool = False


def head_class(noun: str) -> str:
    n = " ".join(noun.lower().split())
    n = n.replace("’", "'")
    return _HEAD_CLASS.get(n, n)


# patterns of content_words, compiled once (not looked up in regex's cache at each call)
_WORD_TOKEN = lazyre.compile(r"[\w\-]+")


def content_words(title: str) -> frozenset[str]:
    """The words that tell one event from another of its kind (event nouns themselves do not)."""
    words = _WORD_TOKEN.findall(title.lower().replace("’s", "").replace("'s", ""))
    out = frozenset(w for w in words if w not in _STOP_WORDS and len(w) > 1
                    and not cues.EVENT_NOUN.fullmatch(w))
    if "eo" in out or "eos" in out:
        # "sign the EO tomorrow" is "sign a new executive order" said again (the abbreviation officials use)
        out = (out - {"eo", "eos"}) | _EXECUTIVE_ORDER
    return out


_EXECUTIVE_ORDER = frozenset({"executive", "order"})


# patterns of _clean_title, compiled once (not looked up in regex's cache at each call)
# transcripts mark a misheard word struck out, then the correction in escaped brackets
_STRUCK_OUT = lazyre.compile(r"<s>.*?</s>\s*+")
_LEADING_QUALIFIERS = lazyre.compile(r"(?i)^(?:(?:upcoming|forthcoming|next|coming|very|same|own|their|his|her|its|our)\s++)++")
_HERE_BEFORE_PREP = lazyre.compile(r"(?i)\bhere\s++(?=in\b|at\b)")
_AND_ALSO_BEFORE_PLACE = lazyre.compile(r"(?i)\band\s++also\s++(?=(?:in|at)\s)")
_DANGLING_FUNCTION_WORD = lazyre.compile(r"(?i)[\s,]+(?:a|an|the|of|on|in|at|for|with|to|and|or|by|from|its|their|our|his|her|"
                         r"as|well|including|such|like|about|starting|beginning|through|until|from|later|soon|then|"
                         r"between|among|that|which|who|where|here|there|shortly|soon|later|then|again|too|closer|nearer|around|"
                         r"certainly|obviously|also|as\s++well|after|before|following|"
                         # a hedge on the date cut off after it ("a second Summit for Democracy roughly | a year from now")
                         r"roughly|approximately|nearly|almost|some|sometime|probably|likely|perhaps)$")
_ESCAPED_BRACKETS = lazyre.compile(r"\\\[(.*?)\\\]")


_NAME_REST = lazyre.compile(r"(?:\s(?-i:[A-Z])[\w’'\-]*+){1,4}")


_OPEN_NICKNAME = lazyre.compile(r"“[a-z][\w\-]*+(?:\s++[a-z][\w\-]*+)?$")


def _clean_title(s: str) -> str:
    # transcript corrections: "<s>Oon</s> \\[Yoon\\]" reads "Yoon"; Markdown escapes go
    s = _STRUCK_OUT.sub("", s)
    s = _ESCAPED_BRACKETS.sub(r"\1", s).replace("\\_", " ").replace("\\", "")
    s = " ".join(s.split())
    s = _LEADING_QUALIFIERS.sub("", s)
    s = _HERE_BEFORE_PREP.sub("", s)
    s = _AND_ALSO_BEFORE_PLACE.sub("and ", s)  # "in Doha and also in Cairo"
    s = s.strip(" ,;:—–-")
    if len(s) > TITLE_MAX:
        comma = s.rfind(",", 0, TITLE_MAX)
        cut = comma if comma > 40 else s.rfind(" ", 0, TITLE_MAX)
        if cut > 20 and cut != comma and s[s.rfind(" ", 0, cut) + 1:cut][:1].isupper():
            # not inside a name ("… between President Biden and President Al| Sisi"): its end, within
            # the contract's 100 characters
            nm = _NAME_REST.match(s, cut)
            if nm is not None and nm.end() <= 100:
                cut = nm.end()
        s = s[:cut if cut > 20 else TITLE_MAX]
    # no dangling function words at the end
    while True:
        m = _DANGLING_FUNCTION_WORD.search(s)
        if not m:
            break
        s = s[:m.start()]
    s = s.strip(" ,;:—–-")
    if "“" in s:
        # a quoted nickname closing on the sentence's own stop ("the “big four.”"), or cut at its own comma
        # ("the “big four,” if you will"): closed (not a long quotation cut short: "on “Improving Cybersecurity")
        s = s[:-2] + "”" if s.endswith((".”", ",”")) else s + "”" if _OPEN_NICKNAME.search(s) else s
    return s[:1].upper() + s[1:] if s else s


# patterns of _cut, compiled once (not looked up in regex's cache at each call)
_YEAR_DIGITS = lazyre.compile(r"\d{4}")
_TRAILING_THE = lazyre.compile(r"(?i)\bthe\s++$")


# "the Memorial Day service", "the National Memorial Day Observance": a holiday naming the event after it
_HOLIDAY_NAMES_BEFORE = lazyre.compile(r"(?i)\b(?:the|(?-i:[A-Z][a-z]++))\s++$")
_HOLIDAY_NAMES_AFTER = lazyre.compile(
    r"(?i)\s++(?:(?-i:[A-Z][a-z]++)\s++)?(?:services?|address|observances?|ceremon(?:y|ies)|celebrations?|parades?|"
    r"receptions?|breakfast|luncheon|dinner|concert|commemorations?|events?|vigil)\b")


_BROKEN_TAIL = lazyre.compile(r"\s++(?:at|in|on|to|for|with|of|from)\s++"
                              r"(?:(?!(?:at|in|on|to|for|with|of|from)\s)[\w’'.\-]++\s++){0,3}[\w’']++-$")


def naming_holiday(text: str, rs: int, r: TimeRef) -> bool:
    """A holiday's name in an event's name ("during the Memorial Day service hosted by …"), not its date
    (`rs`: where `r` starts in `text`)."""
    return r.rule.startswith("holiday") and _HOLIDAY_NAMES_BEFORE.search(text, max(0, rs - 30), rs) is not None \
        and _HOLIDAY_NAMES_AFTER.match(text, rs + len(r.text)) is not None


def _cut(text: str, pos: int, end: int, refs: list[TimeRef], off: int) -> int:
    """Where the complement starting at `pos` ends: a clause break or a time expression."""
    m = _CUT.search(text, pos, end)
    stop = m.start() if m else end
    for r in refs:
        rs = r.start - off
        if pos <= rs < stop:
            if r.grain == "year" and _YEAR_DIGITS.fullmatch(r.text) and _TRAILING_THE.search(text[:rs]):
                continue  # "remarks at the 2024 Phoenix Awards": a year naming the event
            if naming_holiday(text, rs, r):
                continue  # "remarks during the Memorial Day service": the holiday names the event
            stop = rs
    return stop


# patterns of _after_date, compiled once (not looked up in regex's cache at each call)
_PLACE_AFTER_DATE = lazyre.compile(r"\s++(?:(?:here\s++)?(?:in|at|on|to)\s++(?:the\s++)?[A-Z][\w’'\-]*+(?:\s++(?:of\s++)?[A-Z][\w’'\-]*+){0,4})")


_WITH_WHOM = lazyre.compile(r"(?i)\s++with\s++(?=(?:the\s++|his\s++|her\s++)?(?-i:[A-Z])|(?:the\s++)?[\w\-]++\s++[\w\-]++)")


def _after_date(text: str, stop: int, refs: list[TimeRef], off: int, with_whom: bool = False) -> str:
    """A place phrase right after a date that cut a complement ("a planting ceremony tomorrow
    on the Mall", "his visit next week to Europe")."""
    r = next((r for r in refs if r.start - off == stop), None)
    if r is None:
        return ""
    rest = text[r.end - off:]
    m = _PLACE_AFTER_DATE.match(rest)
    if m is None and with_whom:
        # "a call tomorrow with President Putin", "meeting today with airline executives": whom with
        w = _WITH_WHOM.match(text, r.end - off)
        if w is not None:
            return text[r.end - off:_cut(text, w.end(), len(text), refs, off)]
    return m.group(0) if m else ""


_TITLE_WORD = (r"(?:the\s++)?(?:(?:Vice\s++)?President|Prime\s++Minister|Chancellor|King|Queen|Secretary|Ministers?|"
               r"Foreign\s++Minister|Dr\.|Mr\.|Ms\.|Mrs\.|Sen\.|Senator|Governor|Mayor|Ambassador|General|Pope|"
               r"Emperor|Premier|His|Her|High\s++Representative|ministers|leaders|members|representatives|"
               r"heads|officials|delegations?)\b")
# Where a list of participants is split: commas and "and" before a title or a group of people
# ("Mogherini, and ministers from Finland and Sweden"; not "Finland and Sweden").
_PEOPLE_SPLIT = lazyre.compile(
    r",\s*+(?:and\s++|as\s++well\s++as\s++)?(?=(?i:" + _TITLE_WORD + r"))|\s++and\s++(?=" + _TITLE_WORD + r")"
    r"|\s++as\s++well\s++as\s++|;\s*+")
_PEOPLE_CUT = lazyre.compile(
    r"(?i):|(?<!\b(?:St|Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Amb|Prof|Lt|Col|Gov|Mt|Ft|[A-Z]))\.\s|\.$|\s[—–]\s|\s--\s|\s(?:who|which|whom|where|that|to\s++(?:discuss|talk|consult)|because|"
    r"while|when|after|before|so)\b")


# patterns of people, compiled once (not looked up in regex's cache at each call)
_PEOPLE_SLASH = lazyre.compile(r"\s*+/\s*+")
_PEOPLE_TAIL_ALSO = lazyre.compile(r"(?i)\s++(?:as\s++well|too|also|separately|individually)$")
_PEOPLE_TAIL_WORDS = lazyre.compile(r"(?i)(?:\s++(?:at|in|on|of|for|to|with|and|the|a|an))++$")
_PEOPLE_CAPITAL_START = lazyre.compile(r"[A-Z]")
_PEOPLE_PLACE_START = lazyre.compile(r"(?i)(?:here|there|in|at|on)\b")
_PEOPLE_CAPITAL = lazyre.compile(r"[A-Z]")
_PEOPLE_LEAD = lazyre.compile(r"(?i)^(?:the|(?:his|her)(?!\s++(?:Holiness|Majesty|Excellency|Royal))|their|our|with|also|both)\s++")
_PEOPLE_PREP_PHRASE = lazyre.compile(r"\s(?:at|in|on|during|for|to|about)\s++(?:the\s++|his\s++|her\s++)?(?=[A-Za-z])")


def people(text: str) -> list[str]:
    """Participants named in a phrase: "High Representative / Vice President Mogherini, and
    ministers from Finland and Sweden" -> two names."""
    m = _PEOPLE_CUT.search(text)
    text = text[:m.start()] if m else text
    text = _PEOPLE_SLASH.sub("/", " ".join(text.split()))
    out = []
    for part in _PEOPLE_SPLIT.split(text):
        part = _PEOPLE_LEAD.sub("", part.strip(" .")).strip()
        part = _PEOPLE_TAIL_ALSO.sub("", part)
        part = _PEOPLE_PREP_PHRASE.split(part, maxsplit=1)[0] if _PEOPLE_CAPITAL_START.match(part) else part
        part = _PEOPLE_TAIL_WORDS.sub("", part)
        if not part or len(part) > 70 or _PEOPLE_PLACE_START.match(part):
            continue
        if _PEOPLE_CAPITAL.search(part) or _PEOPLE_HINT.search(part):
            out.append(part)
    return out


_ROLE = lazyre.compile(r"(?i)\b(?:president|prime\s++minister|chancellor|king|queen|secretary|premier|pope|emperor|prince)\b")
# a proper name beyond the role and its country ("President Macron", not "the French President")
_NAMED = lazyre.compile(r"(?-i:\b(?:President|Minister|Chancellor|King|Queen|Secretary|Premier|Pope|Emperor|Prince|Francis)\s++[A-Z])")


def _roles(p: str) -> set[str]:
    return {" ".join(m.group(0).lower().split()) for m in _ROLE.finditer(p)}


# patterns of _subject, compiled once (not looked up in regex's cache at each call)
_CAPITALISED_NAME = lazyre.compile(r"(?:[A-Z][\w’'.\-]*+\s*+){1,5}(?:and\s++(?:[A-Z][\w’'.\-]*+\s*+){1,4})?")
_LEADING_CONNECTIVES = lazyre.compile(r"(?i)^(?:(?:and|but|so|then|also|now|tomorrow|today|tonight|later|first|next|finally)\b\s*+)++")
_PRONOUN_SUBJECT = lazyre.compile(r"(?i)(?:I|We|He|She|They|It|There|That|This|The\s++President)\b")


# a colon then a space: the end of a speaker's label sharing the line with the speech
# ("SENIOR ADMINISTRATION OFFICIAL:  The Quad leaders will meet…"), or of a lead-in; the subject
# starts after it (not a clock time: "10:00" has no space)
_LABEL_END = lazyre.compile(r":\s")


def _subject(text: str, cue_start: int) -> str | None:
    """A named subject before the cue ("Prime Minister Kishida will…")."""
    before = text[:cue_start]
    before = _LABEL_END.split(before.rsplit(",", 1)[-1])[-1].strip()
    before = _LEADING_CONNECTIVES.sub("", before).strip()
    if _CAPITALISED_NAME.fullmatch(before) \
            and not _PRONOUN_SUBJECT.match(before):
        return before.strip()
    return None


# patterns of _plain_subject, compiled once (not looked up in regex's cache at each call)
_SUBJECT_ARTICLE = lazyre.compile(r"(?i)^the\s++")
_LEADING_CONJUNCTION = lazyre.compile(r"(?i)^(?:and|but|so|then|also)\b\s*+")
_FIRST_SECOND_PERSON = lazyre.compile(r"(?i)\b(?:I|we|you)\b")


def _plain_subject(text: str, cue_start: int) -> str | None:
    """A common-noun subject before the cue ("NATO Defence Ministers", "the leaders")."""
    before = _LABEL_END.split(text[:cue_start].rsplit(",", 1)[-1])[-1].strip()
    before = _LEADING_CONJUNCTION.sub("", before).strip()
    if 3 <= len(before) <= 50 and _PEOPLE_HINT.search(before) and not _FIRST_SECOND_PERSON.search(before):
        return _SUBJECT_ARTICLE.sub("the ", before)
    return None


# patterns of _place, compiled once (not looked up in regex's cache at each call)
_PLACE_ARTICLE = lazyre.compile(r"^the\s++")


def _place(text: str) -> str | None:
    for m in _PLACE.finditer(text):
        p = m.group("p")
        if not _NOT_PLACE.match(p):
            return _PLACE_ARTICLE.sub("", p).strip(" .")
    return None


# patterns of _np_start, compiled once (not looked up in regex's cache at each call)
_QUOTED_NAME_END = lazyre.compile(r"[“\"][^“”\"\n]{1,60}[”\"]\s*+$")
_MODIFIER_WORD = lazyre.compile(r"[\w’'‘.\-+/]++")


# the principal goes to, takes part in or speaks at the session ("will attend the first session of the summit";
# not "the first session will be led by example": a subject, said of something else)
_INTO_SLOT = lazyre.compile(r"(?i)\b(?:attend(?:s|ing)?|head(?:s|ing)?\s++(?:in)?to|go(?:es|ing)?\s++to|join(?:s|ing)?|"
                            r"participat(?:e|es|ing)\s++in|tak(?:e|es|ing)\s++part\s++in|chair(?:s|ing)?|at|during)"
                            r"\s++(?:the|a|his|her|its|their)\s++$")
_PERIOD_POSSESSIVE = lazyre.compile(r"(?i)(?:week|weekend|month|year|quarter|season)[’']s")


def _np_start(text: str, noun_start: int, floor: int, refs: list[TimeRef], off: int) -> int:
    """Walk back from an event noun over its modifiers ("first G20 Plenary", "75th anniversary
    commemoration", "NATO’s next") to the determiner, preposition or verb before them."""
    pos = noun_start
    taken = 0
    lo = max(floor, noun_start - 70)
    qm = _QUOTED_NAME_END.search(text[lo:noun_start])
    if qm:
        return lo + qm.start()  # a quoted name: the “Help is Here” tour
    for m in reversed(list(_MODIFIER_WORD.finditer(text[floor:noun_start]))):
        s = floor + m.start()
        w = m.group(0).lower().strip("’'‘")
        if w in _NP_STOP or taken >= 5 or cues.FUTURE.fullmatch(m.group(0)) or _PERIOD_POSSESSIVE.fullmatch(m.group(0)):
            break  # (nor "next week’s": a time, not part of the name, when no reference holds it)
        r = next((r for r in refs if r.start - off <= s < r.end - off), None)
        if r is not None and not naming_holiday(text, r.start - off, r):
            break  # "tomorrow’s Summit": the date is not part of the name
        if text[s + len(m.group(0)):pos].strip():  # punctuation between words
            break
        pos = s
        taken += 1
    return pos


# patterns of _reach, compiled once (not looked up in regex's cache at each call)
_REL_CLAUSE_OR_PUNCT = lazyre.compile(r"(?i),?\s*+(?:who|whom|whose|which|where|when|that|because|since|although|though|as)\b|,|;|\.|\s[—–]")


def _reach(text: str, stop: int, refs: list[TimeRef], off: int, slack: int) -> int:
    """How far after a phrase its date may stand: a little beyond a cut at a date ("a planting
    ceremony tomorrow on the Mall"), not beyond a relative clause ("…of Ireland, who he met in 2016")."""
    if any(r.start - off == stop for r in refs):
        return stop + slack
    if _REL_CLAUSE_OR_PUNCT.match(text[stop:stop + 12]):
        return stop
    return stop + slack


def _nearest_ref(refs: list[TimeRef], off: int, lo: int, hi: int, anchor: int) -> TimeRef | None:
    inside = [r for r in refs if lo <= r.start - off < hi]
    if not inside:
        return None
    return min(inside, key=lambda r: abs(r.start - off - anchor))


def _own_date(refs: list[TimeRef], off: int, ref: TimeRef, start: int, end: int, stop: int) -> TimeRef:
    """The day that ends a phrase's complement is its own ("an engagement with Prime Minister Suga on
    Friday", "deliver commencement addresses at Morehouse College on May 19th"), even when another
    clause's date stands nearer before it ("this year, …", "one with Prime Minister Modi on Friday, …")."""
    if ref.start - off >= start or stop <= end:
        return ref
    return next((r for r in refs if r.start - off == stop and r.tense != "past" and r.grain in ("day", "weekend")), ref)


def _vague(text: str, np_start: int) -> bool:
    return bool(cues.VAGUE.search(text[max(0, np_start - 40):np_start].rstrip() + " "))


_REL_WITH = lazyre.compile(
    r"\s++(?:that|which)\s++(?:[\w’'.\-]++\s++){1,7}?(?:will|['’]ll|is\s++going\s++to|are\s++going\s++to)\s++"
    r"(?:also\s++)?(?:have|hold)\s++(?P<w>with|between)\s")


# patterns of _noun_candidate, compiled once (not looked up in regex's cache at each call)
_COMP_TRAILING_PREP = lazyre.compile(r"(?i)\s++(?:on|in|at|from|during|over|by|for|of|next|this)\s*+$")
_WITH_PARTICIPANTS = lazyre.compile(r"(?i)\b(?:with|between|among)\s++(.*)$")
_OF_PARTICIPANTS = lazyre.compile(r"(?i)\s*+of\s++(.*)$")
_BILATERAL_ADJ = lazyre.compile(r"(?i)(?:bi|tri)laterals?|plenary|ministerial")
# (its match is not read: the compound loop below rebinds nx)
_NEXT_FEW_WORDS = lazyre.compile(r"\s++(?:[\w’'\-]++\s++){0,2}?(?=\w)")
_THIS_WILL_BE = lazyre.compile(r"(?i)\b(?:this|that|it|which|these|those|they)(?:\s++(?:will|would|is\s++going\s++to)|['’]ll)\s++"
            r"(?:also\s++|really\s++|then\s++)?be\s++(?:a|an|the|another|our|his|her|their)?\s*+$")
# "we will judge it to be a remarkable and historic summit": a judgment of an event named before
_JUDGED = lazyre.compile(r"(?i)\b(?:it|this|that|these|those|them)\s++(?:to\s++be|as)\s++(?:a|an|the|another)?\s*+"
                        r"(?:[\w\-]++\s++(?:and\s++)?){0,3}$")
_SPEECH = lazyre.compile(r"(?i)speech")
_FREE_SPEECH_ADJ = lazyre.compile(r"(?i)\b(?:hate|hateful|racist|free|protected|political|"
                                                          r"violent|dangerous|offensive)\s*+(?:and\s++\w++\s++)?$")
_DEMONSTRATIVE_END = lazyre.compile(r"\b(?:this|these|those|that|the\s++same)\s*+$")
_PART_OF_DAY = lazyre.compile(r"(?i)\s*+(?:in|on|at|during)\s++the\s++(?:morning|afternoon|evening|night)\s*+")
_PLURAL_S = lazyre.compile(r"(?i)s$")
_CALL = lazyre.compile(r"(?i)calls?")
_AUX_BEFORE_ING = lazyre.compile(r"(?i)(?:\b(?:be|been|is|are|was|were|am|to)|['’](?:re|s|m))\s+(?:(?:\w+ly|always|also|still|now|then|just|already|even|all|both)\s+)?$")
# a name before "’s" ("the Vice President’s meeting", "Harris’s meeting"): a possessor, not "he’s meeting"
_NAMED_POSSESSOR = lazyre.compile(r"(?<![\w’'])(?!(?:It|That|There|Here|What|Who|He|She|This|Where|Which|Everyone|Everybody|"
                                  r"Nobody|Everything|Let)\b)(?-i:[A-Z])[\w.\-]*+$")
_PRESIDENT_POSSESSOR = lazyre.compile(r"(?<!\bVice\s++)\bPresident(?:\s++(?-i:[A-Z])[\w\-]*+)?$")
NAMED_POSSESSOR_EXAMPLES = [
    ("On Thursday, the programme will include the Vice President’s meeting with the Caribbean leaders.",
     [("2024-04-11", "Vice President’s meeting with the Caribbean leaders")]),
]
NAMED_POSSESSOR_NEGATIVES = ["On Thursday, he’s meeting.", "That’s meeting the moment on Thursday.", "They’re meeting next week.",
                             "I’m meeting with the refiners tomorrow.",
                             "Secretary Blinken will join the President’s meeting with Sheikh Tamim tomorrow.",
                             "Questions about President Putin and President Xi’s meeting this week in Moscow."]
_DEFINITE_DET_END = lazyre.compile(r"(?i)\b(?:the|its|their|his|her|our)\s*+$")
_WISH_ADJECTIVES = lazyre.compile(r"(?i)(?:(?:successful|productive|good|great|fruitful|wonderful|exciting|busy|full|long|big|"
            r"important|robust|constructive|positive|strong|terrific)\s++)++")
_UP_TO_TWO_WORDS = lazyre.compile(r"\s++(?:[\w’'\-]++\s++){0,2}")
_COMP_PREPOSITION = lazyre.compile(r"(?i)\s*+(?:of|on|with|at|in|for|between|among|about|to|by|hosted|in\s++front\s++of|"
                       r"outside|inside|near|alongside|"
                       r"here\s++(?:in|at)|together|marking|celebrating|commemorating|"
                       r"(?:cent(?:er|re)(?:ed|ing)|focus(?:s?ed|s?ing)|dedicated|devoted)\s++on|highlighting|showcasing)\b")
# a name or a number among the modifiers says which ones ("G20 meetings", "two sessions")
_MOD_CAPITAL_OR_DIGIT = lazyre.compile(r"[A-Z0-9]")
_COMP_OF = lazyre.compile(r"(?i)\s*+of\b")
_CALL_WITH = lazyre.compile(r"(?i)\s*+(?:with|between)\b")
_TALK_NOUN = lazyre.compile(r"(?i)(?:conversation|dialogue|announcement|launch)s?")
_LEADING_DETERMINER = lazyre.compile(r"(?i)^(?:the|his|her|their|its|our)\s++")
# "bilateral" before a lowercase word qualifies a non-event ("a bilateral setting"),
# unless that word is a preposition or a time word ("a bilateral with…", "a bilateral tomorrow")
_PAIRED_LATERAL = lazyre.compile(r"(?i)\s++(?:and|or)\s++(?:multi|tri|bi|uni|pluri|mini)-?lateral(?!s)\b")
_BILATERAL_LOWER_NEXT = lazyre.compile(r"\s++[a-z]")
_FURTHER = lazyre.compile(r"(?i)\b(?:further|additional|more)\s++$")
_IN_NAMED_PLACE = lazyre.compile(r"\s++(?:here\s++)?(?:in|at)\s++(?-i:[A-Z])")
# weak nouns ("event", "engagement") need something named, in the modifiers or the complement
_WEAK_MOD_CAPITAL = lazyre.compile(r"[A-Z]")
_WITH_START = lazyre.compile(r"(?i)with\s")
# "the President’s engagement", "the President’s announcement on Monday": a possessor names whose, not
# which (its capital names no event; but "the Vice President’s engagements tomorrow" are her programme)
_POSSESSOR_ONLY = lazyre.compile(r"^(?:the\s++)?(?:(?-i:[A-Z])[\w.\-]*+\s++){0,3}(?-i:[A-Z])[\w.\-]*+['’]s\s++$")
# "a side event on labor": a summit's side event is named by its topic (not "an event on Monday")
_SIDE_MOD = lazyre.compile(r"(?i)\bside\s*+$")
_EVENT_WORD = lazyre.compile(r"(?i)event")
# the principal hosts or holds the event, or gathers people for it (the noun phrase follows)
_HOSTED_OCCASION = lazyre.compile(r"(?i)\b(?:(?:co-?)?host(?:s|ed|ing)?|hold(?:s|ing)?|(?:re)?conven(?:e|es|ing)|"
                                  r"participat(?:e|es|ing)\s++in|attend(?:s|ing)?|headlin(?:e|es|ing)|"
                                  r"(?:bring(?:s|ing)?|gather(?:s|ing)?|convene(?:s|ing)?)\b[^.;:?!]{0,80}?\bfor)\s++"
                                  r"(?:(?:a|an|the|their|his|her|its|our)\s++)?(?:[\w\-]++\s++){0,2}?$")
_TOPIC_COMP = lazyre.compile(r"(?i)\s*+(?:on|about|(?:cent(?:er|re)(?:ed|ing)|focus(?:s?ed|s?ing)|dedicated|devoted)\s++on|highlighting|showcasing)\s++(?!(?:" + _DAYS + r"|the\s++(?:sidelines|margins))\b)[a-z]")
_TALK_MOD_CAPITAL = lazyre.compile(r"[A-Z]")
_TALK_WITH = lazyre.compile(r"(?i)\s*+(?:with|between)\b")
_BILATERAL_NOUN_NEXT = lazyre.compile(r"\s++(?:with|on|of|in|at|between|among|and|or|to|tomorrow|today|next|this|later)\b")
_WEAK_COMP_PREP = lazyre.compile(r"(?i)\s*+(?:with|at|for|on|of|in|to|hosted|in\s++honou?r)\b")
_WEAK_COMP_CAPITAL = lazyre.compile(r"[A-Z]")


_P_REMARKS_SLOT = lazyre.compile(r"(?i)\b(?:kick(?:s|ing)?\s++off|open(?:s|ing)?|begin(?:s|ning)?|start(?:s|ing)?|"
                             r"conclud(?:e|es|ing)|clos(?:e|es|ing)|end(?:s|ing)?)\s++with\s++(?:the\s++)?$")
_P_POSSESSOR = lazyre.compile(r"(?-i:[A-Z])[\w.\-]*+(?:\s++(?-i:[A-Z])[\w.\-]*+){0,2}[’']s\s++")


_HELD_AT = lazyre.compile(r"(?i)\s++(?:will|is\s++going\s++to|is\s++(?:scheduled|set)\s++to)\s++(?:take\s++place|be\s++held)\b")


_THEMED_DAY = lazyre.compile(r"\s++(?!(?:every|each|that|this|next|same|one|any|the|whole|entire|final|last|first|"
                            r"second|third|opening|closing|previous|following|all|half|full|working|school|election)\s)(?P<n>(?-i:[a-z])[a-z]{2,}+\s++day)\b(?![’'\-])")
_THEMED_DAY_OF = frozenset("summit summits conference conferences forum ministerial convention".split())


def _noun_candidate(text: str, off: int, m_start: int, m_end: int, noun: str, floor: int,
                    refs: list[TimeRef], strength: int) -> Candidate | None:
    ns = _np_start(text, m_start, floor, refs, off)
    # "bilateral"/"trilateral" as adjectives: the head is the event noun they qualify
    # ("trilateral leaders' summit"), and there is none in "a bilateral setting"
    pl = _PAIRED_LATERAL.match(text, m_end) if _BILATERAL_ADJ.fullmatch(noun) else None
    if pl is not None and not cues.EVENT_NOUN.match(text, pl.end() + 1):
        # "months of diplomacy, bilateral and multilateral": two kinds of something, no event (not "a
        # bilateral and multilateral meeting")
        return None
    if _BILATERAL_ADJ.fullmatch(noun) and text[m_end:m_end + 1].isspace():
        nx = _NEXT_FEW_WORDS.match(text[m_end:])
        later = cues.EVENT_NOUN.search(text, m_end, m_end + 40)
        if later and not text[m_end:later.start()].strip(" ").count(",") and \
                _UP_TO_TWO_WORDS.fullmatch(text[m_end:later.start()]):
            m_start, m_end, noun = later.start(), later.end(), later.group("noun")
        elif _BILATERAL_LOWER_NEXT.match(text[m_end:]) and not _BILATERAL_NOUN_NEXT.match(text[m_end:]):
            return None
    # a compound of event nouns ("bilateral meetings", "commemoration event"): the last is the head
    while True:
        nx = cues.EVENT_NOUN.match(text, m_end + 1) if text[m_end:m_end + 1].isspace() else None
        if nx is None:
            break
        m_start, m_end, noun = nx.start(), nx.end(), nx.group("noun")
    td = _THEMED_DAY.match(text, m_end) if noun.lower() in _THEMED_DAY_OF else None
    if td is not None:
        # "part of the world leader summit forest day": a themed day of the event is the head
        m_start, m_end, noun = td.start("n"), td.end(), td.group("n")
    if strength == 2 and (_THIS_WILL_BE.search(text[:ns]) or _JUDGED.search(text, max(0, m_start - 70), m_start)):
        return None  # "this will be a significant meeting": describes an event named before
    if _SPEECH.match(noun) and _FREE_SPEECH_ADJ.search(text[:m_start]):
        return None  # "free speech", "racist and hateful speech": speaking, not a speech
    if _PAST_ADJ.search(text[ns:m_start]):
        return None  # "the previous three NATO Summits"
    if _ORG_OF.search(text, max(0, ns - 40), ns):
        return None  # "the Office of Public Engagement": an office, not an event
    if strength == 2 and _RELATIONAL.search(text[max(0, ns - 40):ns]):
        return None  # "following the conclusion of the NATO Summit": a reference point, not the item
    if _MENTIONED.search(text[max(0, ns - 40):ns]):
        return None  # "in addition to those meetings", "to preview the NATO Summit": named elsewhere
    if _vague(text, ns) and not (_FURTHER.search(text[max(0, ns - 12):ns])
                                 and _IN_NAMED_PLACE.match(text[m_end:])):
        return None  # (but "further meetings here in Doha and in Cairo" are named by their place)
    det = text[max(floor, ns - 12):ns].lower()
    if _DEMONSTRATIVE_END.search(det) and strength == 2:
        return None  # "this meeting": a mention of an item already announced
    stop = _cut(text, m_end, len(text), refs, off)
    comp = text[m_end:stop]
    if not comp.strip() or comp.strip() in ("on", "in", "at", "from", "during"):
        tail = _after_date(text, stop, refs, off, with_whom=True)
        if tail:
            comp = tail
    rel = _REL_WITH.match(text, m_end) if not comp.strip() else None
    if rel is not None:
        # "meetings that the President and Vice President will have with the Caribbean": whom with
        stop = _cut(text, rel.start("w") + 5, len(text), refs, off)
        comp = " " + text[rel.start("w"):stop]
    tp = _HELD_AT.search(comp)
    if tp is not None:
        comp = comp[:tp.start()]  # "the inaugural meeting of the Council will take place at …": its timetable
    # a complement only when it is a prepositional phrase of the noun
    if not _COMP_PREPOSITION.match(comp) \
            or _PART_OF_DAY.fullmatch(comp) or _IN_DETAIL.match(comp.strip()):  # ("the summit in greater detail")
        comp = ""
    # drop the dangling "on"/"in" that introduced a cut date ("on 5 and 6 December")
    comp = _COMP_TRAILING_PREP.sub("", comp)
    if _PLURAL_S.search(noun) and not comp.strip() \
            and not _MOD_CAPITAL_OR_DIGIT.search(text[ns:m_start]):
        return None  # "side meetings", "engagements": plural and unnamed
    if noun.lower() == "remarks" and not comp.strip() and not (
            _P_REMARKS_SLOT.search(text, max(0, ns - 40), ns) and _P_POSSESSOR.fullmatch(text, ns, m_start)):
        return None  # "the President's remarks": which remarks, where, is not said (but "the summit
        # will kick off with the President's remarks" gives them the programme's opening slot)
    hc = head_class(noun)
    if hc in ("day one", "day two", "day three", "day four") or hc.endswith(" day") and td is None:
        if not _COMP_OF.match(comp):
            return None  # "the second day": a day, not an event, without "of the G20"
    if _CALL.fullmatch(noun) and not _CALL_WITH.match(comp):
        return None  # "a Call to Action": a call is an item only with whom it is held
    if noun.lower() in cues.WEAK_NOUN:
        mods = text[ns:m_start]
        if not _WEAK_MOD_CAPITAL.search(_POSSESSOR_ONLY.sub("", mods) if not _PLURAL_S.search(noun) else mods) and not (
                _WEAK_COMP_PREP.match(comp)
                and (_WEAK_COMP_CAPITAL.search(comp) or _PEOPLE_HINT.search(comp))) \
                and not ((_SIDE_MOD.search(mods) or _EVENT_WORD.fullmatch(noun) and _HOSTED_OCCASION.search(text, max(0, ns - 60), ns))
                         and _TOPIC_COMP.match(comp)):
            # ("a side event on labor"; "will host an event on infrastructure", "bring together leaders for
            # an event centering on …": the occasion hosted, named by its topic)
            return None  # "events in the world", a bare "engagement": nothing named
        if _TALK_NOUN.fullmatch(noun) and not _TALK_MOD_CAPITAL.search(mods) and not _TALK_WITH.match(comp):
            return None  # "a topic of conversation in Rome": talk, not a named event
    if noun.lower().endswith("ing"):
        am = _AUX_BEFORE_ING.search(text[:m_start])
        if am is not None and not (am.group(0)[:2] in ("'s", "’s") and _NAMED_POSSESSOR.search(text, max(0, am.start() - 40), am.start())
                                   and not _PRESIDENT_POSSESSOR.search(text, max(0, am.start() - 40), am.start())):
            return None  # "leaders will be gathering": a verb (not "the Vice President’s meeting with …": whose;
            # "the President’s meeting with Sheikh Tamim" is the visit the briefing is about, named already)
    title = _clean_title(text[ns:m_end] + comp)
    place = _place(text[m_start:stop + 40])
    if not title or len(title) < 4:
        return None
    unique = noun.lower() in cues.UNIQUE_NOUN
    if unique and not content_words(title):
        title = _clean_title(_LEADING_DETERMINER.sub("", title))  # "his inauguration"
    slot = _SESSION_WORD.fullmatch(noun) is not None and _ORDINAL_SESSION.search(title) is not None \
        and _INTO_SLOT.search(text, max(0, ns - 40), ns) is not None
    if not content_words(title) and _DEFINITE_DET_END.search(det) and not unique and not slot:
        return None  # "the summit": a mention of an event named elsewhere (not "the first session of the summit":
        # a slot of the programme, named by its place in it)
    if not comp.strip() and _WISH_ADJECTIVES.fullmatch(text[ns:m_start]):
        return None  # "a successful summit": a wish, not a name
    if not content_words(title) and head_class(noun) in _GENERIC and not slot:
        return None  # a bare "session", "meeting", "event": nothing a reader could place
    # the date that ends the noun phrase's complement is its own ("an engagement with Prime Minister
    # Suga on Friday"), even when another clause's date stands nearer before it
    ref = _nearest_ref(refs, off, max(0, ns - 60), _reach(text, stop, refs, off, 60), m_start)
    if ref is not None:
        ref = _own_date(refs, off, ref, ns, m_end, stop)
    parts = []
    wm = _WITH_PARTICIPANTS.search(comp)
    if wm:
        parts = people(wm.group(1))
    om = _OF_PARTICIPANTS.match(comp)
    if om and _PEOPLE_HINT.search(om.group(1)) and not parts:
        parts = people(om.group(1))  # "meetings of NATO Ministers of Foreign Affairs"
    c = Candidate(start=off + m_start, title=title, head=hc, kind=hc,
                  words=content_words(title + " " + (place or "")),
                  ref=ref, participants=parts, location=place,
                  strength=strength, span=(off + ns, off + stop))
    wm = _SLOT_OF_NAMED.match(comp) if _SESSION_WORD.fullmatch(noun) and _ORDINAL_SESSION.search(text, ns, m_end) else None
    if wm is not None:
        # "will head to the first session of this year’s G20 Leaders’ Summit": the named summit the session
        # opens is an item beside it (the programme's framing event)
        e = _clean_title(wm.group("e"))
        hs = head_class(wm.group("n"))
        # (listed before the session: the event that holds it)
        c.siblings.append(Candidate(start=off + min(ns, m_start - 1), title=e, head=hs, kind=hs, words=content_words(e),
                                    ref=ref, strength=strength, span=(off + m_end + wm.start("e"), off + m_end + wm.end("e"))))
    return c


# a session's named event ("of the G20 Leaders’ Summit", "of this year’s NATO Summit"; not "the 78th session of the
# U.N. General Assembly": the Assembly's yearly sitting)
_SLOT_OF_NAMED = lazyre.compile(r"\s*+of\s++(?:(?i:the|(?:this|next)\s++(?:week|weekend|month|year)[’']s)\s++)?"
                                r"(?P<e>(?:[A-Z0-9][\w’'.\-]*+\s++){1,5}(?P<n>Summit|Conference|Forum|Ministerial|Convention))\b")


# "announce that the EPA Administrator is…": a complement clause, not the demonstrative "that decision"
_THAT_CLAUSE = lazyre.compile(r"\s++that\s++(?=(?:the|a|an|he|she|they|we|it|our|his|her|their|this|[A-Z]\w*+)\s)")


_PURPOSE = lazyre.compile(r"(?i)\s++(?:in\s++order\s++)?to\s++(?:announce|discuss|talk\s++about|launch|sign|address|"
                        r"focus\s++on|review|coordinate\s++on|work\s++on|unveil)\s")


# patterns of _verb_candidate, compiled once (not looked up in regex's cache at each call)
_TOGETHER_WITH = lazyre.compile(r"(?i)\btogether\s++with\s++(.*)$")
_OBJ_LEADING_PREP = lazyre.compile(r"(?i)^(?:with|to|in|at)\s++")
_MEET_AT_PLACE = lazyre.compile(r"(?i)\s*+(?:here\s++)?(?:at|in)\s++(?:the\s++)?(?:[\w’'\-]++\s++){0,4}?")
_OUTREACH_OBJECT = lazyre.compile(r"(?i)(?:with\s++)?(?:every|each|key|all|any|various|local|many|those|these|such|folks|people|americans|"
            r"stakeholders|communities|a\s++(?:wide\s++)?(?:range|variety|number)\s++of)\b")
_MEET_MANNER = lazyre.compile(r"(?i)^(?:(?:virtually|separately|jointly|together|briefly|privately|also|then|bilaterally|"
                        r"personally|directly|formally|informally|individually|"
                        r"in\s++person|one-on-one|face[\s\-]to[\s\-]face)\s++)*+(?:with\s++)?")
_OBJ_CLAUSE_START = lazyre.compile(r"(?i)(?:and|or|but|she|he|they|we|I|you|it|will|would|can|could|should|has|have|had|"
                           r"is|are|was|were)\b(?!\.)")
_OBJ_PREP_START = lazyre.compile(r"(?i)(?:at|in|into|on|onto|for|to|with|by|from|about|off|up|out|be|is|are)\b")
_RETURN = lazyre.compile(r"(?i)return")
_WHITE_HOUSE = lazyre.compile(r"(?i)(?:the\s++)?White\s++House\b")
_CELEBRATE_DET = lazyre.compile(r"(?i)^(?:this|these|our)\s++(?=\w)")
_ALL_MEMBERS = lazyre.compile(r"(?i)all\s++(?:of\s++)?(?:the|our)\s++(?:[\w\-’']++\s++){0,4}?"
                                         r"(?:countries|members|partners|allies|signatories|governments|leaders|ministers)\b")
# "a series of meetings", "a new round of consultations": follow-up meetings, one item
_SERIES = lazyre.compile(r"(?i)(?:a|another|a\s++new|a\s++further)\s++(?:series|round)\s++of\s++(?:follow-up\s++|regular\s++|high-level\s++)?"
                        r"(?:meetings|consultations|sessions|discussions|talks)")
_OF_EVENT = lazyre.compile(r"(?i)\bof\s++the\s++(?:[\w’'\-]++\s++){0,4}?(?-i:Forum|Summit|Conference|Dialogue|Ministerial)\b")
_REL_IN_OBJ = lazyre.compile(r"(?i)\b(?:(?:in|on|by|through|with)\s++which|where|which|that|who|whom)\s")
# "walk through X in greater detail", "walk you through it in more detail": an explanation
_MANNER_END = lazyre.compile(r"(?i)\s++(?:at\s++(?:some\s++|great\s++)?length|in\s++(?:great\s++|more\s++)?(?:depth|detail))$")
_IN_DETAIL = lazyre.compile(r"(?i)\bin\s++(?:(?:greater|more|some|further|full|much|a\s++bit\s++more|a\s++little\s++more)\s++)?detail\b")
# "convene <whom> … for the global COVID-19 Summit": the event they are convened for (a noun of its own)
_CONVENE_FOR = lazyre.compile(r"(?i)\G[^.;:?!]{0,300}?\bfor\s++(?:a|an|the|this|our|his|her|their)\s++"
                             r"(?:[\w’'\-]++\s++){0,4}?(?:summit|conference|meeting|session|ministerial|forum|dialogue|retreat)s?\b")
_NAME_BEFORE_VERB = lazyre.compile(r"(?:\b[A-Z][\w’'.\-]*+\s++){1,4}$")
_OUTREACH_CAPITAL = lazyre.compile(r"[A-Z]")
_MEET_TOPIC_SPLIT = lazyre.compile(r"\s(?:for|to|about|regarding)\s")
_OBJECT_PRONOUN = lazyre.compile(r"(?i)(?:him|her|them|us|me|you|each\s++other|one\s++another)\b")
_ABSTRACT_TARGET = lazyre.compile(r"(?i)\b(?:goals?|targets?|demands?|requests?|moment|needs|challenges?|deadlines?|commitments?|obligations?|"
                r"standards?|thresholds?|criteria|requirements?|expectations?|benchmarks?|test)\b")
# an object needs at least one real word, not initials or punctuation
_THREE_LETTERS = lazyre.compile(r"[A-Za-z]{3}")
# a capital, a digit or an amount: something named that a reader could look for
_LAUNCH_NAMED = lazyre.compile(r"[A-Z0-9$]")
_VAGUE_OBJECT = lazyre.compile(r"(?i)(?:a\s++(?:couple|number|range|series|host|lot)\s++of|several|various|some|other|"
                   r"many|more|these|those|that|this|it|them|things|issues|what|anything|everything|"
                   r"an\s++awful|a\s++lot|lots|on|in|at|for|about|with|further|additional|how\s++much|multiple|"
                   r"numerous|various|several|many|any|a\s++few|few|all|everything|anything|whatever)\b")
# a part of a named group met is no vague object ("meet some of the Ukrainian refugees"), unlike "some of them"
_SOME_OF_NAMED = lazyre.compile(r"(?i)(?:with\s++)?(?:some|several|a\s++few|many|a\s++group)\s++of\s++"
                                r"(?:the\s++|our\s++)?(?-i:[A-Z])")
_REVIEW = lazyre.compile(r"(?i)review")
_SPEAKER_I_END = lazyre.compile(r"\bI\s*+$|\bI['’]ll\s*+$")
_WITH_YOU = lazyre.compile(r"(?i)\b(?:with\s++you|give\s++you|walk\s++you)\b")
_SPEAK_PREP = lazyre.compile(r"(?i)\b(at|to|before)$")
_JOINT = lazyre.compile(r"(?i)\b(?:jointly|together|trilateral|all|both|joint|group|collectively)\b")
# "will announce their intent to form a trilateral arrangement": a stated intent, on a day to come, is news
_INTENT_OBJ = lazyre.compile(r"(?i)(?:their|its|his|her|our|the)\s++(?:joint\s++)?(?:intent|intention)\s++to\s++\w++\s++(?:[\w\-]++\s++){1}")
_ARTICLE_THREE_WORDS = lazyre.compile(r"(?i)(?:a|an|the)\s++(?:[\w\-’']++\s++){3}")
_THAT_NAMED = lazyre.compile(r"[A-Z0-9$]")
# a named place, or "the region" an envoy travels to ("Secretary Blinken is heading out to the region again
# next week": the region the briefing is about)
_TRAVEL_NAMED_PLACE = lazyre.compile(r"(?:the\s++)?[A-Z]|the\s++region\b")
_REGION = lazyre.compile(r"the\s++region\b")
_ABLE_TO = lazyre.compile(r"(?i)\bable\s++to\s++$")
_LEAVE = lazyre.compile(r"(?i)leav")
_I_LEAVE = lazyre.compile(r"(?i)\bI(?:['’]m|['’]ll|\s++am|\s++will)\b")
_ADDRESS_NAMED_AUDIENCE = lazyre.compile(r"(?:the\s++)?[A-Z0-9]")
_DISCUSS_DET = lazyre.compile(r"(?i)^(?:the|this|that|today['’]s)\s++")
_BRIEF_REMARKS = lazyre.compile(r"(?i)\b(?:some|few|brief|opening|closing|quick)\b")
_AT_THE_TOP = lazyre.compile(r"(?i)(?:at|to)\s++(?:the\s++)?(?:top|start|outset|beginning)\b")
# capitalised only because it opens a sentence: no name
_SENTENCE_WORD = lazyre.compile(r"(?:I|We|He|She|They|It|There|This|That|The|And|But|So)\b")
# someone named, or a group by its quoted nickname ('sitting down with the “big four,” if you will')
_MEET_OBJ_CAPITAL = lazyre.compile(r"[A-Z]|^(?:the\s++)?[“\"][a-z]")
_TAKE = lazyre.compile(r"(?i)tak")
_LOCATION_LEADING_WORD = lazyre.compile(r"^(?:the|to)\s++")
_SPEAK_TO_NAMED = lazyre.compile(r"(?:the\s++)?[A-Z]")
# an audience after a determiner ("address the NATO summit", "speak to our troops"), compiled once
_AUDIENCE_WITH_ARTICLE = lazyre.compile(r"(?i)(?:a|an|the)\s++(?:[\w\-]++\s++){0,2}?" + _AUDIENCE.pattern[4:])
_AUDIENCE_WITH_DET = lazyre.compile(r"(?i)(?:a|an|the|our|his|her)?\s*+(?:[\w\-]++\s++){0,2}?" + _AUDIENCE.pattern[4:])
# places one walks through or tours (a walk needs one, or a named place)
_SITE_NOUN = lazyre.compile(r"(?i)\b(?:neighbou?rhoods?|streets?|communit(?:y|ies)|areas?|sites?|towns?|city|downtown|damage|"
                r"devastation|wreckage|debris|grounds|facilit(?:y|ies)|factory|plant|campus|camp|shelters?|memorial|"
                r"markets?|port|floor|halls?|exhibits?|gardens?)\b")
_RELATIVE_LEAD = lazyre.compile(r"(?i)^(?:in\s++which|at\s++which|where|when|during\s++which)\s++")
_MEET_IN_AT = lazyre.compile(r"(?i)(?:here\s++)?(?:in|at)\s")
_LEADING_HERE = lazyre.compile(r"(?i)^here\s++")
_LEADING_TO = lazyre.compile(r"(?i)^to\s++")
_MEET_COUNTERPART_CAPITAL = lazyre.compile(r"[A-Z]")
_WHO_THE = lazyre.compile(r"(?i)the\b")
_LOCATION_CUT = lazyre.compile(r"\s(?:for|to|and|where|with|as|on|in\s++order)\s")


# the principals other than the President whose acts the programme names by them ("Remarks by Vice
# President Harris", "Meeting of Secretary Blinken with …"), an alternation
_OTHER_ROLES = r"Vice\s++President|First\s++Lady|Second\s++Gentleman|Secretary|Ambassador|Administrator"
# the speaker named right before the cue ("the President", "Vice President Harris", "Secretary Blinken")
_SPEAKER_BEFORE = lazyre.compile(
    r"(?<![\w’'])(?P<s>(?:(?i:the)\s++)?(?:President|" + _OTHER_ROLES + r")(?:\s++(?:of\s++)?[A-Z][\w’'\-]*+){0,3}"
    r"|[A-Z][\w’'\-]++\s++[A-Z][\w’'\-]++)\s*+$")
_P_ROLE_ONLY = lazyre.compile(r"(?:Vice\s++)?President$|First\s++Lady$|Second\s++Gentleman$")
_P_SPEAK_BARE = lazyre.compile(r"(?i)^(?:deliver|giv|mak|offer|provid)\w*+\s++(?:(?:his|her|their|the)\s++)?(?:remarks|speech|address)$")
# a speaker other than the President (the programme's default): named in a speech's title
_OTHER_SPEAKER = lazyre.compile(r"(?i)^(?:the\s++)?(?:" + _OTHER_ROLES + r")\b")


def who_speaks(c: Candidate, subj: str | None) -> None:
    """"Vice President Harris will give remarks on X" (or "She'll give remarks on X" after her):
    the remarks are the named speaker's ("Remarks by Vice President Harris on X"); the President's
    own remarks are the programme's default."""
    if c.kind != "speech" or subj is None or not _OTHER_SPEAKER.match(subj) \
            or not c.title.startswith(("Remarks ", "Speech ")) or c.title.startswith(("Remarks by", "Speech by")):
        return
    w = c.title.split(" ", 1)
    subj = " ".join(subj.split())
    subj = subj[:1].lower() + subj[1:] if subj.lower().startswith("the ") else subj
    c.title = _clean_title(w[0] + " by " + subj + " " + w[1])
    c.words = c.words | content_words(subj)
    if subj not in c.participants:
        c.participants = [subj] + c.participants


_P_GROUP_OF = lazyre.compile(r"(?i)a\s++(?:wide\s++|broad\s++)?(?:range|number|variety|group|cross-section)\s++of\s++"
                            r"(?:[\w\-]++\s++){1,5}?(?:within|in|from|of|on|at)\s++(?:the\s++)?(?-i:[A-Z])")


# "…, in addition to Prime Minister Bennett and the other leaders": a further named counterpart after the
# complement's cut
_ALSO_WHOM = lazyre.compile(
    r",?\s*+(?:in\s++addition\s++to|as\s++well\s++as)\s++(?P<w>(?:the\s++)?(?:Prime\s++Minister|President|Chancellor|"
    r"King|Queen|Premier|Emperor|Sheikh|Crown\s++Prince|Secretary|Foreign\s++Minister)(?:\s++[A-Z][\w’'\-]++){1,3})")


# a foreign leader's title before the name (shared by _GUEST_BEFORE and _LEADER_NAMED)
_LEADER_TITLE = r"\b(?:Prime\s++Minister|President|Chancellor|King|Queen|Premier|Emperor|Sheikh|Crown\s++Prince|Amir|Emir)"
# a foreign leader named as the subject right before the cue, and our principal as the one met
_GUEST_BEFORE = lazyre.compile(
    _LEADER_TITLE +
    r"(?:\s++of\s++(?:the\s++)?[A-Z][\w’'\-]++)?(?:\s++[A-Z][\w’'\-]++){1,3}\s*+$")
_OUR_PRINCIPAL = lazyre.compile(r"(?:the\s++)?(?:Vice\s++)?President|the\s++First\s++Lady")


# A reciprocal "meet" with no object: the subject names both sides ("President Biden and President
# Marcos will meet tomorrow", "The two leaders will meet on Friday"): two named people coordinated
# (our principal by role too), or a plural of leaders counted or named by their group ("the Quad
# leaders"; not "business leaders", not a pronoun: "they will meet" names no one)
_EACH_OTHER = lazyre.compile(r"(?i)(?:with\s++)?(?:each\s++other|one\s++another)")
_RECIP_PERSON = (r"(?:(?i:the\s++)?(?-i:(?:Vice\s++)?President|Prime\s++Minister|Chancellor)(?=\s++and\b)|"
                 r"(?-i:(?:President|Prime\s++Minister|Chancellor|King|Queen|Premier|Emperor|Pope|Sheikh|Crown\s++Prince|"
                 r"Secretary|Amir|Emir)(?:\s++[A-Z][\w’'.\-]*+){1,3}))")
_RECIP_SUBJ = lazyre.compile(
    r"(?:" + _RECIP_PERSON + r"\s++and\s++" + _RECIP_PERSON +
    r"|(?:(?i:the\s++)(?:(?i:two|three|four|both)\s++|(?-i:[A-Z][\w\-]*+)\s++){1,2}|(?i:both)\s++(?:(?-i:[A-Z][\w\-]*+)\s++)?)"
    r"(?i:leaders|presidents|prime\s++ministers|heads\s++of\s++state|foreign\s++ministers|ministers|counterparts))")
_RECIP_SUBJ_BARE = lazyre.compile(_RECIP_SUBJ.pattern.replace(r"){1,2}", r"){0,2}"))  # "the leaders"
_RECIP_BEFORE = lazyre.compile(r"(?:^|[,:;]\s*+|\b(?i:so|and|then|now|tomorrow|today|tonight|later)\s++)"
                              r"(?:(?i:so|and|then|also|now)\s++)?$")


_BARE_MEETING = lazyre.compile(r"(?i)(?:a|an|their|the)\s++(?:(?:first|second|one-on-one|formal|full|official|in-person|face-to-face|"
                              r"expanded|restricted|small|private|bilateral|trilateral)\s++){0,3}$")


def _meeting_of_subject(text: str, off: int, s: int, e: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    """"The leaders will hold a bilateral meeting tomorrow", "President Biden and President Marcos will
    have their first meeting on Friday": a meeting with nothing after it is the subject's, when the
    subject names both sides (see _RECIP_SUBJ; "the leaders" too: the meeting says they meet)."""
    stop = _cut(text, e, len(text), refs, off)
    if text[e:stop].strip() or not _BARE_MEETING.search(text, max(0, s - 60), s) \
            or not _HOLD_OR_HAVE.match(text, cue.end(), s):
        return None
    c = _reciprocal_meeting(text, off, s, stop, refs, cue, bare_ok=True)
    if c is None:
        return None
    noun = " ".join(text[_BARE_MEETING.search(text, max(0, s - 60), s).start():e].split()[1:])
    c.title = _clean_title(noun[:1].upper() + noun[1:] + c.title[len("Meeting"):])
    c.words = content_words(c.title)
    return c


_HOLD_OR_HAVE = lazyre.compile(r"(?i)\s*+(?:also\s++|then\s++)?(?:be\s++)?(?:hold(?:ing)?|ha(?:ve|ving))\s")


def _last_cue(text: str, cue: regex.Match, v_start: int) -> regex.Match:
    """The future cue nearest before the verb at `v_start` (a clause may restart: "And he will —
    President Marcos and his team will be arriving"); `cue` when there is no other."""
    for m in cues.FUTURE.finditer(text, cue.end(), v_start):
        cue = m
    return cue


def _reciprocal_meeting(text: str, off: int, v_start: int, stop: int, refs: list[TimeRef],
                        cue: regex.Match, bare_ok: bool = False) -> Candidate | None:
    cue = _last_cue(text, cue, v_start)
    subj = None
    for m in (_RECIP_SUBJ_BARE if bare_ok else _RECIP_SUBJ).finditer(text, max(0, cue.start() - 90), cue.start()):
        if not text[m.end():cue.start()].strip() and _RECIP_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            subj = " ".join(m.group(0).split())
            break
    if subj is None or cues.NEGATED.search(text, 0, cue.end()) or _INDIRECT.search(text, 0, m.start()):
        return None
    subj = subj[:1].lower() + subj[1:] if subj.startswith(("The ", "Both ")) else subj
    place = _after_date(text, stop, refs, off)  # "… will meet on Friday at the White House"
    pm = _PLACE.match(place.strip()) if place else None
    loc = pm.group("p") if pm else None
    title = _clean_title("Meeting of " + subj + (" " + place.strip() if pm else ""))
    parts = [p for p in people(subj)] if _NAMED.search(subj) else [subj]
    return Candidate(start=off + v_start, title=title, head="meeting:with", kind="meeting",
                     words=content_words(title), ref=_nearest_ref(refs, off, 0, _reach(text, stop, refs, off, 40), v_start),
                     participants=parts, location=_PLACE_ARTICLE.sub("", loc) if loc else None,
                     span=(off + v_start, off + stop))


# a call's medium: "by telephone", "by phone", "on the phone", "by video"
_PHONE = lazyre.compile(r"(?i)\b(?:(?:by|over|on)\s++(?:the\s++)?(?:tele)?phone|by\s++video(?:conference)?)\b")
_PHONE_TAIL = lazyre.compile(r"(?i)\s*+\b(?:(?:by|over|on)\s++(?:the\s++)?(?:tele)?phone|by\s++video(?:conference)?)\b.*$")
_CALLEE = lazyre.compile(r"(?:the\s++)?(?-i:(?:" + cues.LEADER_TITLES + r"|Pope|Secretary)(?:\s++of(?:\s++the)?)?"
                        r"(?:\s++[A-Z][\w’'.\-]*+){1,5})")  # ("Prime Minister of Canada Justin Trudeau", "President of Mexico Andrés Manuel López Obrador")


# a future announcement right before speak/talk ("will be speaking", "’ll also speak"): not "when he speaks with"
_WILL_SPEAK = lazyre.compile(r"(?i)(?:\bwill|['’]ll|\b(?:is|are)\s++going\s++to)\s++(?:also\s++)?(?:be\s++)?$")
# "key European allies", "our NATO Allies", "his G7 counterparts" (a plain "the leaders": no)
_ALLIES = lazyre.compile(r"(?:(?:key|close|our|his|her|several|other)\s++){0,2}"
                         r"(?:(?:[A-Z][\w\-]*+\s++)?(?i:allies|counterparts)|[A-Z][\w\-]*+\s++(?i:leaders|partners))\b")
_IN_PERSON = lazyre.compile(r"(?i)\b(?:meet(?:s|ing)?|summit|visit|sidelines?|margins|in\s++person|bilateral|dinner|lunch|"
                            r"while\s++(?:in|at|there)|at\s++the|there|here|press|reporters|audience|rally|crowd|troops|students)\b")
_VAGUE_WHEN = lazyre.compile(r"(?i)\b(?:shortly|soon|at\s++some\s++point|in\s++the\s++coming|eventually|already|again|"
                            r"regularly|often|frequently|when|whenever|if|once)\b")
CALL_NO_MARKER_EXAMPLES = [
    ("Later today, the President will speak with Prime Minister of Canada Justin Trudeau.",
     [("2024-04-10", "Call with Prime Minister of Canada Justin Trudeau")]),
    ("In advance of that call, the President will be speaking later today with key European allies to coordinate his message.",
     [("2024-04-10", "Call with key European allies")]),
    ("Tomorrow, Secretary Blinken will also be speaking with President Zelenskyy.",
     [("2024-04-11", "Call between Secretary Blinken and President Zelenskyy")]),
    ("Tomorrow, Prime Minister Albanese will be speaking with Chancellor Scholz.",
     [("2024-04-11", "Call between Prime Minister Albanese and Chancellor Scholz")]),
    ("Tomorrow, President Obama will also speak with Prime Minister Cameron.",
     [("2024-04-11", "Call with Prime Minister Cameron")]),
    # undated: the day the speaker last named ("Tomorrow, …. He’ll also speak with President X")
    ("Tomorrow, the President will travel to Ohio. He’ll also speak with President of Mexico Andrés Manuel López Obrador.",
     [("2024-04-11", "Travel to Ohio"), ("2024-04-11", "Call with President of Mexico Andrés Manuel López Obrador")]),
]
CALL_NO_MARKER_NEGATIVES = [
    "President Biden and President Xi will speak on Friday.",
    "When he speaks with President Xi tomorrow, he will raise it.",
    "Tomorrow, the President will speak with President Xi at the summit.",
    "On Friday, the President will meet President Xi and speak with President Xi about Taiwan.",
    "Tomorrow, the President will speak with reporters.",
    "Tomorrow, the President will speak with the leaders.",
    "The President will speak with President Lula at some point.",
    "On that note, President Biden will speak with President Zelenskyy shortly, if not already.",
    "The President will speak with the Prime Minister again.",
]


_CALLEE_NEXT = lazyre.compile(r"(?:,\s*+(?:and\s++)?|\s++and\s++)(?P<w>" + _CALLEE.pattern + r")")


_NAMING_NEXT = lazyre.compile(r"\s++(?:a|an)\s")


def _phone_call(text: str, off: int, v_start: int, v_end: int, vtext: str, refs: list[TimeRef],
                cue: regex.Match) -> Candidate | None:
    """"Tomorrow, President Biden will speak with President Putin by telephone", "will call
    President Xi on Thursday": a call with a named leader (speaking with someone only with a phone
    or video marker: "speak with him" may be in person, or mean a talk with the press)."""
    calls = vtext.lower().startswith("call")
    marked = calls or _PHONE.search(text, max(0, v_start - 30), min(len(text), v_end + 120))
    if not marked and not _WILL_SPEAK.search(text, max(0, v_start - 24), v_start):
        return None
    stop = _cut(text, v_end, len(text), refs, off)
    obj = _PHONE_TAIL.sub("", text[v_end:stop]).strip()
    m = _CALLEE.match(obj)
    if not marked:
        # without a phone marker, a leader announced (with a day) to speak with a titled leader or with
        # allies is on a call, as briefings say it ("Later today, the President will speak with Prime
        # Minister Trudeau", "will be speaking later today with key European allies") — unless the clause
        # places them together ("at the summit", "when they meet")
        if m is None and refs:
            m = _ALLIES.match(obj)
        if m is None or _IN_PERSON.search(text) or not refs and _VAGUE_WHEN.search(text):
            return None  # (undated, it takes the programme day: not "shortly, if not already", "at some point")
    if m is not None and (_POSSESSIVE_END.search(m.group(0)) or _NAMING_NEXT.match(obj, m.end())):
        return None  # "call President Xi's attention to it", "call President Putin a killer": no call
    if m is None and not obj and not calls:
        # "President Biden and President Xi will speak by phone on Friday": both sides in the subject
        c = _reciprocal_meeting(text, off, v_start, stop, refs, cue)
        if c is None or not _NAMED.search(c.title):
            return None
        c.title = _clean_title("Call between " + c.title[len("Meeting of "):])
        c.head, c.kind, c.words = "call", "call", content_words(c.title)
        return c
    if m is None or cues.NEGATED.search(text, max(0, cue.start() - 30), v_end):
        return None
    who = " ".join(m.group(0).split())
    pos, more = m.end(), []
    while len(more) < 4:
        # "call Chancellor Scholz, President Macron, and Prime Minister Sunak": one call, all of them
        nm = _CALLEE_NEXT.match(obj, pos)
        if nm is None:
            break
        more.append(" ".join(nm.group("w").split()))
        pos = nm.end()
    if more:
        who = ", ".join([who] + more[:-1]) + (", and " if len(more) > 1 else " and ") + more[-1]
    subj = _subject(text, cue.start())
    if subj is not None and not _PRESIDENT.match(subj):
        # "Secretary Blinken will also be speaking with President Zelenskyy": another official's call
        # (a President's is the programme's default, as for trips: _who_travels)
        title = _clean_title("Call between " + subj + " and " + who)
    else:
        title = _clean_title("Call with " + who)
    return Candidate(start=off + v_start, title=title, head="call", kind="call", words=content_words(title),
                     ref=_nearest_ref(refs, off, 0, _reach(text, stop, refs, off, 40), v_start),
                     participants=([subj] if subj else []) + [who], span=(off + v_start, off + stop))


# who arrives: a titled name, with his or her party ("President Marcos and his team"), right before the cue
_ARRIVER = lazyre.compile(
    r"(?<![\w’'])(?P<w>(?:(?i:the)\s++)?(?:(?:Vice\s++)?President|Prime\s++Minister|Chancellor|King|Queen|Premier|Emperor|Pope|"
    r"Sheikh|Crown\s++Prince|Amir|Emir|Secretary|First\s++Lady)(?:\s++of\s++(?:the\s++)?[A-Z][\w’'\-]++)?(?:\s++[A-Z][\w’'.\-]*+){0,3})"
    r"(?:\s++and\s++(?:his|her|their)\s++(?:team|delegation|wife|husband|spouse))?\s*+$")
_PRINCIPAL_ROLE = lazyre.compile(r"(?i)the\s++(?:(?:Vice\s++)?President|First\s++Lady)")  # our side, by role only
_PRONOUN_CUE = lazyre.compile(r"(?i)(?:I|we|he|she|they)\b")  # "he’ll arrive in Cambodia": the cue holds the subject
_SUBORDINATE_END = lazyre.compile(r"(?i)\b(?:when|once|after|before|until|till|as\s++soon\s++as|by\s++the\s++time|if|whether|as)\s++$")
_ARRIVE_PLACE = lazyre.compile(r"(?:here\s++)?(?:in|at)\s++(?P<p>(?:the\s++)?[A-Z][\w’'.\-]*+(?:\s++(?:of\s++)?[A-Z][\w’'.\-]*+){0,4})")


def _arrival(text: str, off: int, v_start: int, v_end: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    """"President Marcos and his team arrive in Washington this afternoon", "The Prime Minister will
    arrive at the White House on Thursday morning": an arrival, of the titled person the subject
    names, at a named place (either may be left unsaid, not both; an unnamed subject must be a
    traveller: not "the aid will arrive in Gaza")."""
    stop = _cut(text, v_end, len(text), refs, off)
    cue = _last_cue(text, cue, v_start)  # "And he will — President Marcos and his team will be arriving"
    obj = text[v_end:stop].strip() or _after_date(text, stop, refs, off).strip()
    pm = _ARRIVE_PLACE.match(obj)
    place = pm.group("p") if pm is not None and not _NOT_PLACE.match(pm.group("p")) else None
    who = _ARRIVER.search(text, max(0, cue.start() - 80), cue.start())
    name = " ".join(who.group("w").split()) if who is not None else None
    if name is not None and not _NAMED.search(name) and not name.lower().startswith("the "):
        name = None  # ("Prime Minister" mid-phrase: "the former Prime Minister")
    if name is not None and (place is None and _PRINCIPAL_ROLE.fullmatch(name)
                             or cue.end() == cue.start() and _SUBORDINATE_END.search(text, max(0, who.start() - 25), who.start())):
        return None  # "when the President arrives, …": a time clause, no item ("the President arrives": where?)
    if cues.NEGATED.search(text, max(0, cue.start() - 30), v_end):
        return None
    if name is None and (place is None or not (_TRAVELLER.search(text, 0, cue.start()) or _PRONOUN_CUE.match(cue.group(0)))):
        return None
    if name is not None and name.startswith("The "):
        name = "the " + name[4:]
    if name == "the President" and place is not None:
        name = None  # the President's own arrival is the programme's default ("Arrival in Los Angeles")
    title = _clean_title("Arrival" + (" of " + name if name else "") + (" " + pm.group(0) if place else ""))
    return Candidate(start=off + v_start, title=title, head="trip", kind="trip", words=content_words(title),
                     ref=_nearest_ref(refs, off, 0, _reach(text, stop, refs, off, 40), v_start),
                     participants=[name] if name else [], location=_PLACE_ARTICLE.sub("", place) if place else None,
                     span=(off + v_start, off + stop))


# "his counterpart", "his Angolan counterpart": a role said before the name it stands for
_COUNTERPART = lazyre.compile(r"(?i)(?:(?:his|her|their|our|the)\s++)?(?:[\w\-]++\s++)?counterparts?")


# a place that names nothing without the clause after it ("an area where …", "a site that …")
_BARE_PLACE = lazyre.compile(r"(?i)(?:a|an)\s++(?:area|site|place|location|spot)")
_PLACE_RELATIVE = lazyre.compile(r"(?i)\s++(?:where|that|which)\s++(?=\w)")


# "will meet tomorrow with Prime Minister Modi", "will deliver remarks tomorrow on the economy",
# "will give a major address on Tuesday on climate change": a day said between the verb and its
# complement (which starts with a preposition or an article). (Trips are read elsewhere: "will
# travel tomorrow to Ohio" is still missed.)
_COMPLEMENT_START = lazyre.compile(r"[ \t\r\n]++(?i:with|to|on|in|at|for|a|an|the|his|her|their|remarks)\b")
INTERPOSED_DAY_EXAMPLES = ["The President will meet tomorrow with Prime Minister Modi.",
                           "The President will deliver remarks tomorrow on the economy.",
                           "The President will give a major address on Tuesday on climate change."]
INTERPOSED_DAY_NEGATIVES = ["The President will travel tomorrow.", "The President will meet tomorrow and then rest."]


def _past_interposed_day(text: str, off: int, v_end: int, refs: list[TimeRef]) -> int:
    """`v_end`, moved past a day reference said right after the verb (phrase) when the complement
    follows it; unchanged otherwise."""
    for r in refs:
        rs = r.start - off
        if rs >= v_end and not text[v_end:rs].strip() and r.grain == "day" and \
                _COMPLEMENT_START.match(text, r.end - off) is not None:
            return r.end - off
    return v_end


def _verb_candidate(text: str, off: int, kind: str, v_start: int, v_end: int, vtext: str,
                    refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    am = _ASIDE.match(text, v_end)
    if am:
        v_end = am.end() - 1  # the complement starts after the aside
    v_end = _past_interposed_day(text, off, v_end, refs)
    if kind == "released":
        return _released(text, off, v_start, v_end, vtext, refs, cue)
    if kind == "phone":
        return _phone_call(text, off, v_start, v_end, vtext, refs, cue)
    if kind == "arrive":
        return _arrival(text, off, v_start, v_end, refs, cue)
    that = _THAT_CLAUSE.match(text, v_end) if kind == "announce" else None
    # "he's going to announce that the EPA Administrator is planning to allow E15": the news announced
    stop = _cut(text, that.end() if that else v_end, len(text), refs, off)
    obj = text[v_end:stop].strip()
    if kind == "visit" and _BARE_PLACE.fullmatch(obj):
        rel = _PLACE_RELATIVE.match(text, stop)
        if rel is not None:
            # "visit an area where these defensive systems are utilized": the place is named by its clause
            stop = _cut(text, rel.end(), len(text), refs, off)
            obj = text[v_end:stop].strip()
    obj = _OBJ_LEADING_PREP.sub("", obj) if kind in ("meet", "engage", "travel") else obj
    if kind == "meet" and _MEET_AT_PLACE.match(text[v_end:stop]) \
            and cues.EVENT_NOUN.search(text, v_end, stop) and regex.match(
                r"(?i)\s*+(?:here\s++)?(?:at|in)\s++(?:the\s++|a\s++|an\s++)?(?:[\w’'\-]++\s++){0,4}?" +
                regex.escape(cues.EVENT_NOUN.search(text, v_end, stop).group(0)), text[v_end:stop]):
        return None  # "leaders will meet at the Summit in Vilnius": the summit is the item
    if kind in ("meet", "engage") and _OUTREACH_OBJECT.match(obj) and not _OUTREACH_CAPITAL.search(obj[1:]):
        return None  # "engage with every community": outreach, not a meeting a reader could place
    group = False
    if kind in ("meet", "engage"):
        manner = _MEET_MANNER.match(obj)
        obj = _MEET_MANNER.sub("", obj)
        if manner.end() and _MEET_IN_AT.match(obj):
            # "will meet privately in the Oval Office": the place, after the manner
            obj = _OBJ_LEADING_PREP.sub("", obj)
        # "a range of progressives to moderates within the Democratic House Caucus": a group of a named
        # body is someone to meet (its "to" is no purpose)
        group = _P_GROUP_OF.match(obj) is not None
        obj = obj if group else _MEET_TOPIC_SPLIT.split(obj, maxsplit=1)[0]
        if kind == "meet" and (not _MEET_MANNER.sub("", obj + " ").strip() or _EACH_OTHER.fullmatch(obj)):
            # (a manner at the end: "will meet virtually", "will also meet one-on-one")
            return _reciprocal_meeting(text, off, v_start, stop, refs, cue)
        if not (_MEET_OBJ_CAPITAL.search(obj) or _PEOPLE_HINT.search(obj)) or _OBJECT_PRONOUN.match(obj) or _ABSTRACT_TARGET.search(obj):
            return None  # "meet the demand", "meet the moment": no one to meet
    if kind == "speak" and not obj and _P_SPEAK_BARE.search(vtext) and not _after_date(text, stop, refs, off):
        # "the place where the President will deliver his remarks — is …": the remarks of a named
        # speaker are the day's speech even with nothing after them (not "he will give remarks")
        who = _SPEAKER_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
        if who is not None:
            w = " ".join(who.group("s").split())
            w = "the " + w[4:] if w.startswith("The ") else w
            # (unqualified, like a framing mention: it joins a fuller mention of a speech that day)
            return Candidate(start=off + v_start, title=_clean_title("Remarks by " + (
                                 "the " + w if _P_ROLE_ONLY.match(w) else w)),
                             head="speech", kind="speech", words=frozenset(), ref=_nearest_ref(
                                 refs, off, 0, _reach(text, stop, refs, off, 40), v_start),
                             participants=[w], span=(off + v_start, off + stop), strength=1)
    if obj.endswith("-") and len(obj) > 30:
        # "the Memorial Day address at the 155th National Memorial Day Observance at Memorial Amp- — Memorial
        # Amphitheater": a speaker's broken word, corrected after the dash; the phrase it opens goes
        obj = _BROKEN_TAIL.sub("", obj)
    if not obj or len(obj) < 3 or not _THREE_LETTERS.search(obj) or obj.endswith("-") \
            or _OBJ_CLAUSE_START.match(obj):
        return None  # "announcing and rolling out…": the object is still to come, in another verb
    if kind in ("launch", "announce", "release") and not _LAUNCH_NAMED.search(obj) and not (
            any(r.grain == "day" and r.tense != "past" for r in refs)
            and (_ARTICLE_THREE_WORDS.match(obj) or kind == "announce" and _INTENT_OBJ.match(obj))) and not (
            # "will put out a budget next week": the government's budget is a named document, with a day to come
            any(r.tense != "past" and r.grain in ("day", "week") for r in refs) and kind == "release"
            and _BUDGET.match(obj)):
        return None  # "announce new steps": nothing named that a reader could look for (but "today
        # … will announce a new economic agenda for the hemisphere" is a dated, specific item)
    if that is not None and (len(obj) < 20 or not _THAT_NAMED.search(obj[5:])):
        return None  # "announce that he is…": nothing named
    if kind not in ("meet", "engage", "speak", "discuss", "address") and _OBJ_PREP_START.match(obj) \
            and not (kind == "celebrate" and _WITH_START.match(obj)):
        return None  # "we'll be unveiling at the summit": no object (but a party "with thousands of
        # supporters … on the South Lawn": EVENT_VERB reads "celebrate with" only before a named venue)
    if kind == "travel" and (not _TRAVEL_NAMED_PLACE.match(obj) or _NOT_PLACE.match(obj)):
        return None  # "will arrive in January": a date, not a place
    if kind == "travel" and _LEAVE.match(vtext) and _I_LEAVE.search(text, max(0, v_start - 40), v_start):
        return None  # "Thank you, everyone. I’m going to leave for World AIDS Day events": the briefer leaves
    if kind == "travel" and _ABLE_TO.search(text, max(0, v_start - 24), v_start):
        return None  # "before they’re able to travel to the United States", "hopes to be able to return to the
        # West Wing": what someone can do, not a trip announced
    if kind == "travel" and _REGION.match(obj) and (not any(r.tense != "past" for r in refs)
                                                   or cues.EVENT_NOUN.search(text, stop) is not None):
        # "the region" is a trip of its own only with a day to come in its clause and nothing it is for
        # named after it ("traveling to the region as a senator": a life; "traveling to the region, starting
        # on Sunday, starting with meetings in Israel": those meetings are the item)
        return None
    if kind == "travel" and _RETURN.match(vtext) and _WHITE_HOUSE.match(obj):
        return None  # "will return to the White House": coming home, not a programme item
    if kind == "celebrate":
        obj = _CELEBRATE_DET.sub("", obj)  # "celebrate this progress on July 4th"
    if kind == "convene" and _OF_EVENT.search(obj):
        return None  # "reconvening the leaders of the Major Economies Forum": that forum's meeting, an item of its own
    if kind == "convene" and _CONVENE_FOR.search(text, v_end):
        return None  # "will convene heads of state … for the global COVID-19 Summit": the summit is the item
    series = _SERIES.fullmatch(obj) if kind in ("convene", "hold") else None
    if series is not None:
        pass  # "convene a series of meetings throughout the fall": follow-up meetings (dated in the clause)
    elif kind == "convene" and _ALL_MEMBERS.match(obj):
        pass  # "convening all the joint statement countries": a named group meets, not a vague object
    elif group:
        pass
    elif kind == "meet" and _SOME_OF_NAMED.match(obj):
        pass  # "meeting some of U.S. athletes competing in the Maccabiah Games": part of a named group
    elif kind != "speak" and that is None and _VAGUE_OBJECT.match(obj) \
            and not (kind == "celebrate" and _WITH_START.match(obj)):
        return None  # a vague object names no event
    guest = None  # a foreign leader, the subject, who meets our principal
    placed = False  # a meeting named by its place ("will meet in the Oval Office")
    needs_day = kind == "celebrate"  # "we will celebrate this progress on July 4th": only with a day of its own
    if kind == "address":
        if _AUDIENCE.search(obj[:60]) and (_ADDRESS_NAMED_AUDIENCE.match(obj) or _AUDIENCE_WITH_ARTICLE.match(obj)):
            title = "Address to " + obj
            kind_name = "speech"
        else:
            title, kind_name, needs_day = "Discussion of " + obj, "discussion", True
    elif kind == "discuss":
        obj = _MANNER_END.sub("", obj)  # ("discuss the law at length": the manner is no part of the topic)
        if cues.EVENT_NOUN.fullmatch(_DISCUSS_DET.sub("", obj)):
            return None  # "discuss the meeting": talk about an event, no slot of its own
        title, kind_name, needs_day = "Discussion of " + obj, "discussion", True
        if _REVIEW.match(vtext):
            title = "Review of " + obj  # "review the original Atlantic Charter": a document looked at
    if needs_day and (_SPEAKER_I_END.search(text[:cue.end()]) or _WITH_YOU.search(text[v_end:stop + 30])):
        return None  # the briefer's own discussion with the press, not a programme slot
    if kind in ("address", "discuss"):
        pass
    elif kind == "speak":
        low = vtext.lower()
        if _BRIEF_REMARKS.search(low) and _SPEAKER_BEFORE.search(text, max(0, cue.start() - 60), cue.start()) is None \
                or _AT_THE_TOP.match(obj):
            # the briefing's own opening remarks (a principal's "brief remarks" are a programme slot: "the
            # President and the First Lady will offer brief remarks thanking the service members")
            return None
        prep = _SPEAK_PREP.search(low.rstrip())
        if prep and prep.group(1).lower() == "to" and not (
                _SPEAK_TO_NAMED.match(obj) or _AUDIENCE_WITH_DET.match(obj)):
            return None  # "he'll speak to his views": a topic, not an audience
        if prep:
            title = "Speech " + prep.group(1) + " " + obj
        elif "remarks" in low:
            title = "Remarks " + obj
        elif "address" in low:
            title = "Address " + obj
        else:
            title = "Speech " + obj
        kind_name = "speech"
    elif kind == "walk":
        if not (_place(obj) or _SITE_NOUN.search(obj)) or _IN_DETAIL.search(text, v_end, min(len(text), stop + 40)):
            # ("walk through the summit in greater detail": an explanation of the event, not a walk)
            return None  # "walk through the five core pillars": an explanation, not a walk
        title, kind_name = "Walk " + vtext.split()[-1].lower() + " " + obj, "visit"  # "walk through neighborhoods"
    elif kind == "visit" and _TAKE.match(vtext):
        title, kind_name = "Visit to " + _LEADING_TO.sub("", obj), "visit"
    elif kind == "meet" and _MEET_IN_AT.match(_MEET_MANNER.sub("", text[v_end:stop].strip())):
        subj = _subject(text, cue.start()) or _plain_subject(text, cue.start())
        subj = _RELATIVE_LEAD.sub("", subj) if subj else subj  # "in which the President and …"
        place = _LEADING_HERE.sub("", _MEET_MANNER.sub("", text[v_end:stop].strip()))
        placed = True
        title = ("Meeting of " + subj + " " + place) if subj else ("Meeting " + place)
        kind_name = "meeting"
    elif series is not None:
        if not any(r.tense != "past" and r.grain in ("season", "quarter", "month", "week", "half") for r in refs):
            return None  # (a series with no period of its own names nothing a reader could place)
        title, kind_name = obj[obj.lower().index("series"):], "meeting"
    elif kind in _NOMINAL:
        if kind in ("meet", "engage") and not _MEET_COUNTERPART_CAPITAL.search(obj):
            # "meet with leaders to announce a partnership on migration": unnamed counterparts, the
            # purpose tells the meeting apart
            pm = _PURPOSE.match(text, stop)
            if pm:
                obj += text[stop:_cut(text, pm.end(), len(text), refs, off)].rstrip()
        nominal = "Celebration" if kind == "celebrate" and _WITH_START.match(obj) else _NOMINAL[kind]
        title, kind_name = ("Announcement " if that else nominal + " ") + obj, {"meet": "meeting", "engage": "meeting",
                                                       "convene": "meeting", "travel": "trip"}.get(kind, kind)
        guest = _GUEST_BEFORE.search(text, max(0, cue.start() - 80), cue.start()) \
            if kind == "meet" and _OUR_PRINCIPAL.fullmatch(obj) else None
        if guest is not None:
            # "Prime Minister Lee Hsien Loong will come to the White House to meet with the President": the
            # guest's meeting with our principal, named by the guest (the President meets someone every day)
            title = "Meeting of " + " ".join(guest.group(0).split()) + " with " + obj
    else:
        return None
    title = _clean_title(title)
    if len(title) < 10:
        return None
    subj = _subject(text, cue.start())
    if not subj:
        # "…when Jake Sullivan addresses the Forum": a name right before the verb
        nm = _NAME_BEFORE_VERB.search(text[max(0, v_start - 60):v_start])
        if nm and not _SENTENCE_WORD.match(nm.group(0)):
            subj = nm.group(0).strip()
    parts = [subj] if subj else []
    if guest is not None:
        parts.append(" ".join(guest.group(0).split()))
    if kind in ("meet", "engage", "convene") and not placed and series is None:
        parts += people(_COMP_TRAILING_PREP.sub("", obj))  # (not the place of "will meet in the Oval Office")
    tw = _TOGETHER_WITH.search(text[v_end:])
    if tw:
        parts += people(tw.group(1))
    # a date inside the news announced ("… allow E15 to be sold this summer") is not the announcement's
    ref = _nearest_ref(refs, off, 0, v_start if that else _reach(text, stop, refs, off, 40), v_start)
    if ref is not None and kind in ("meet", "engage", "visit", "travel", "speak", "walk", "convene", "sign"):
        # (a place or person visited, met, spoken at; not a topic, whose own dates are the topic's:
        # "discuss boosters … after FDA’s authorization on Monday")
        ref = _own_date(refs, off, ref, v_start, v_end, stop)
    undated = False
    if needs_day:
        # "discussing the areas in which we partner closely today": the relative clause's day, not the topic's
        r2 = ref if ref is not None else next((r for r in refs if r.start - off > v_end), None)
        if r2 is not None and r2.start - off > v_end and _REL_IN_OBJ.search(text, v_end, r2.start - off):
            ref, undated = None, True
    head = {"meet": "meeting", "engage": "meeting", "convene": "meeting"}.get(kind, kind_name)
    if kind in ("meet", "engage"):
        head = "meeting:with"  # meetings with someone merge by whom (schedule._same_event)
    counterparts = people(obj) if kind in ("meet", "engage") and title.startswith(("Meeting with", "Engagement with")) else []
    also = _ALSO_WHOM.match(text, stop) if counterparts else None
    if also is not None and _NAMED.search(also.group("w")):
        # "meet face to face with Eyal, in addition to Prime Minister Bennett": one more counterpart
        counterparts.append(" ".join(also.group("w").split()))
    k = 1
    while k < len(counterparts):
        a, b = counterparts[k - 1], counterparts[k]
        if not _NAMED.search(a) and _NAMED.search(b) and (_roles(a) & _roles(b) or _COUNTERPART.fullmatch(a)):
            # "the French President, President Macron", "his counterpart, President João Lourenço": one person
            counterparts[k - 1:k + 1] = [b]
        else:
            k += 1
    if len(counterparts) >= 2 and not _JOINT.search(text[max(0, v_start - 40):stop]):
        # "meet separately with Pope Francis, the president of Italy, and the prime minister of
        # Italy", "scheduled to see Secretary Austin, Secretary Mayorkas, and members of Congress":
        # one item per counterpart (each is a meeting a reader would look for), dated together
        prefix = title.split(" with ", 1)[0] + " with "
        base = Candidate(start=off + v_start, title="", head=head, kind=kind_name, words=frozenset(), ref=ref,
                         needs_own_date=needs_day, participants=[], span=(off + v_start, off + stop))
        sibs = []
        for k, who in enumerate(counterparts):
            art = regex.search(r"(?i)\bthe\s++" + regex.escape(who.split()[0]) + r"\b", obj)
            t = _clean_title(prefix + ("the " if art and not _WHO_THE.match(who) else "") + who)
            sibs.append(Candidate(start=base.start + k, title=t, head=head, kind=kind_name, words=content_words(t),
                                  ref=ref, needs_own_date=needs_day, participants=([subj] if subj else []) + [who],
                                  location=_place(obj), span=base.span))
        first = sibs[0]
        first.siblings = sibs[1:]
        return first
    return Candidate(start=off + v_start, title=title, head=head, kind=kind_name, undated=undated,
                     words=content_words(title), ref=ref, needs_own_date=needs_day,
                     coarse_ok=kind in ("convene", "visit", "travel", "sign"),
                     participants=parts,
                     location=_place(obj) if kind not in ("visit", "travel") else _LOCATION_LEADING_WORD.sub("", " ".join(_LOCATION_CUT.split(obj, maxsplit=1)[0].split()))[:60],
                     span=(off + v_start, off + stop))


_BUDGET = lazyre.compile(r"(?i)(?:a|the|his|her|their|our|its)\s++(?:new\s++|annual\s++|full\s++)?budget(?:\s++(?:request|proposal))?\b")


_PASSIVE_NOUN = {"released": "Release of", "issued": "Release of", "published": "Release of",
                 "rolled out": "Release of", "signed": "Signing of", "unveiled": "Unveiling of",
                 "launched": "Launch of", "announced": "Announcement of"}


# patterns of _released, compiled once (not looked up in regex's cache at each call)
_RELEASED_CONNECTIVES = lazyre.compile(r"(?i)^(?:(?:and|but|so|then|also|now)\s++)++")
_PRESS_PAPERWORK = lazyre.compile(r"(?i)\b(?:readout|transcript|statement|details|list|schedule|guidance)\b")
_UNNAMED_DOCUMENT = lazyre.compile(r"(?i)(?:it|this|that|these|those|they|which|what|details?|more|information|"
                                 r"(?:the\s++)?(?:details|specifics|readout)|(?:the\s++)?\w+s)")


def _released(text: str, off: int, v_start: int, v_end: int, vtext: str, refs: list[TimeRef],
              cue: regex.Match) -> Candidate | None:
    """A document or initiative made public, in the passive: "the presidential determination will
    be released this week" -> "Release of the presidential determination". The subject names it."""
    # the whole subject, from the clause start or its last comma, must be one noun phrase
    subj = text[:cue.start()].rsplit(",", 1)[-1].strip()
    subj = _RELEASED_CONNECTIVES.sub("", subj)
    words = subj.split()
    keep = {"the", "a", "an", "new", "of", "our", "his", "her", "their", "its", "this", "for", "on"}
    if not 1 <= len(words) <= 8 or any(w.lower().strip("’'") in _NP_STOP and w.lower() not in keep for w in words):
        return None
    np = subj
    if not np or _UNNAMED_DOCUMENT.fullmatch(np) \
            or cues.NEGATED.search(text, max(0, cue.start() - 30), v_end):
        return None  # "details will be released": nothing named
    if _PRESS_PAPERWORK.search(np):
        return None  # the press office's own paperwork is no programme item
    title = _clean_title(_PASSIVE_NOUN[" ".join(vtext.lower().split())] + " " + np)
    if len(content_words(title)) < 1 or len(title) < 12:
        return None
    stop = _cut(text, v_end, len(text), refs, off)
    ref = _nearest_ref(refs, off, 0, _reach(text, stop, refs, off, 40), v_start)
    return Candidate(start=off + v_start, title=title, head="release", kind="release",
                     words=content_words(title), ref=ref, span=(off + cue.start() - len(np) - 1, off + stop))


# patterns of candidates, compiled once (not looked up in regex's cache at each call)
_CARRIED_AND = lazyre.compile(r"(?i)\s*+(?:and|as\s++well\s++as)(?:\s*+,\s*+of\s++course\s*+,)?\s++(?:then\s++|also\s++|later\s++)?")
_TRIP_PURPOSE_BEFORE = lazyre.compile(r"(?i)\b(?:for|where)\s++(?:the\s++)?$")


_WITH_OUR = lazyre.compile(r"(?i)\bwith\s++(?:our|his|the|a)\s++(?=(?:[\w\-]++\s++)?(?:bilateral|meeting|session|summit|visit))")
# (not "we have a situation", "we have seen", "we have to"; "what we have today is" is no programme)
_WE_HAVE = lazyre.compile(r"(?i)(?<!\bwhat\s++)\bwe\s++(?:also\s++|then\s++)?(?:have|['’]ve\s++got)\s++(?=(?:a|an|the|our|two|three|several)\s)")
_WE_HAVE_NP = lazyre.compile(r"(?i)(?:a|an|the|our|two|three|several)(?:\s++(?!(?:to|of|that|which|who|for)\b)[\w’'.\-]++){0,5}\s++")
_UNDER_WAY = lazyre.compile(r"(?i)\b(?:we|I)(?:['’]re|\s++are|['’]m|\s++am)\s++(?:now\s++)?(?:here\s++)?in\s++(?=the\s)")


def candidates(text: str, off: int, refs: list[TimeRef], bdate: str, line_of,
               carried: bool = False) -> list[Candidate]:
    """Event candidates of a clause (`text` = the clause, `off` its document offset, `refs` the
    clause's references, `line_of` the document's offset -> line), best first; the schedule keeps the first that its date allows, and
    beside it the candidates marked `extra` (further event nouns with dates of their own).
    `carried`: the clause continues the previous one's announcement ("… and host a dinner")."""
    out: list[Candidate] = []
    folded = text.casefold()  # (for the cheap necessary-condition tests before some searches)
    er = _EN_ROUTE.search(text) if may_be_en_route(folded) else None
    if er is not None and not cues.NEGATED.search(text, max(0, er.start() - 20), er.end()):
        # "We are on our way to New Orleans, where…": the trip under way; undated, it is today's
        c = _verb_candidate(text, off, "travel", er.end() - 2, er.end(), "to", refs, er)
        if c is not None:
            c.deictic = c.ref is None
            _purpose(text, off, refs, c)
            more = cues.FUTURE.search(text, c.span[1] - off)
            c2 = _announced(text, off, refs, more) if more is not None and not c.siblings else None
            if c2 is not None and c2.head != "trip" and not c2.needs_own_date:
                c.siblings.append(c2)  # "…, where President Biden will visit X": a stop of the trip
                # (not "…, where the President will discuss his work to lower costs": the trip's topic)
            return [c] + [f for f in _framing(text, off, refs, bdate)
                          if not (f.span[0] < c.span[1] and c.span[0] < f.span[1])]
    # every future cue of the clause, found once (the first is the cue; _announced measures the
    # distance of each event head from the nearest)
    futs = list(cues.FUTURE.finditer(text)) if cues.may_have_future(text, folded=folded) else []
    fut_ends = [f.end() for f in futs]
    k = 0
    cue = futs[0] if futs else None
    inv = _INVITED.search(text) if cue is None and "invited" in folded else None
    if inv is not None and any(r.first_day > bdate and r.grain == "day" and r.start - off > inv.start() for r in refs):
        c = _guest_visit(text, off, inv, [r for r in refs if r.start - off > inv.start()])
        if c is not None:
            return [c]
    # the clause's event nouns, found once when _framing will read them (_announced reads them too)
    nouns = list(cues.EVENT_NOUN.finditer(text)) if any(r.last_day >= bdate for r in refs) else None
    if cue is None and carried:
        cue = _CARRIED_AND.match(text)
    # (only read when there is no cue; it needs one of its verbs)
    said = _AS_SAID.search(text) if cue is None and refs and any(w in folded for w in _AS_SAID_WORDS) else None
    if cue is None and any(r.last_day >= bdate and (r.tense != "past" or said and r.start - off >= said.end())
                           and r.grain in ("day", "weekend", "week") for r in refs):
        # "the President is meeting with Prime Minister Johnson this afternoon": a present
        # progressive with a day to come announces
        cue = cues.PROGRESSIVE.search(text) if cues.may_be_progressive(folded) else None
    if cue is None and any(r.last_day >= bdate and r.tense != "past" and r.grain in ("day", "weekend") for r in refs):
        # "The President travels to Iowa today": a timetable in the simple present
        cue = cues.SIMPLE_PRESENT.search(text) if cues.may_be_simple_present(text) else None
    if cue is None and any(r.first_day == r.last_day == bdate and r.grain == "day" and r.tense != "past" for r in refs) \
            and "in the" in folded:
        # "We are in the bilateral portion of the North American Leaders’ Summit program today": the
        # event under way as the speaker talks
        cue = _UNDER_WAY.search(text)
    if cue is None and "have" in folded and any(r.first_day >= bdate and r.grain == "day" for r in refs):
        # "Today, we have the fourth Quad Leaders Summit", "We also have a side event on labor today": the
        # programme of a day said in the present (an event noun must follow: _announced reads it; the
        # day's tense may be a later clause's: "…, the first time that he has hosted leaders")
        cue = _WE_HAVE.search(text)
        nm = cues.EVENT_NOUN.search(text, cue.end(), cue.end() + 60) if cue is not None else None
        if cue is not None and (cues.PAST.search(text, 0, cue.end()) is not None
                                or cues.NEGATED.search(text, 0, cue.end()) is not None
                                # the event noun heads the object ("we have the opportunity to sit … and have
                                # the kind of conversation" is no programme item)
                                or nm is None or not _WE_HAVE_NP.fullmatch(text, cue.end(), nm.start())):
            cue = None
    if cue is None and " in " in text and all(r.first_day == bdate for r in refs):
        c = _present_presence(text, off, refs, bdate, line_of) if " is " in text else None
        if c is not None:
            return [c]
    if cue is None and not refs:
        return out  # neither announced nor dated
    while cue is not None and cue.group(0).lower().startswith("joined"):
        # (only a FUTURE cue reads "joined": the next one, as FUTURE.search(text, cue.end()) finds it)
        k += 1
        cue = futs[k] if k < len(futs) else None
    if cue is not None:
        # a programme day's theme: an item of its own, or one beside the event its clause includes
        theme = _day_theme(text, off, refs, cue) if refs and ("focus" in folded or "theme" in folded) else None
        c = _presence(text, off, refs, cue) if refs and " in " in text else None
        if c is None:
            c = _announced(text, off, refs, cue, fut_ends, nouns)
        if c is None and "," in text:
            c = _umbrella_steps(text, off, refs, cue)
        if c is None:
            c = _frame_before(text, off, refs, cue)
        if c is None:
            c = _subject_event(text, off, refs, cue)
        if c is None:
            c = theme
        if c is None and refs:
            c = _relative_event(text, off, refs, cue)
        if c is None and " for" in text:
            c = _there_for(text, off, refs, cue)
        if c is None and refs and "counterpart" in folded:
            c = _counterpart_at(text, off, refs, cue)
        if c is None and refs and "hear" in folded:
            c = _hear_from(text, off, refs, cue, bdate)
        if c is None and refs and "agenda" in folded:
            c = _agenda_with(text, off, refs, cue)
        if c is None:
            c = _follow_up(text, off, refs, cue, bdate)
        if c is None and any(r.last_day >= bdate and r.tense != "past" and r.grain in ("day", "weekend") for r in refs):
            # "And then we head out to Rome, and we have laid out what the president is going to be
            # doing … this coming weekend": a timetable step before a later, unrelated future cue
            sp = cues.SIMPLE_PRESENT.search(text, 0, cue.start()) if cues.may_be_simple_present(text) else None
            c = _announced(text, off, refs, sp, fut_ends, nouns) if sp is not None else None
        if c is not None:
            c.imminent = _ABOUT.search(cue.group(0)) is not None
            out.append(c)
            if theme is not None and c is not theme and theme.span[1] <= c.start:
                # "Thursday, the focus will be on energy security, which will include the Vice President’s
                # meeting with …": the day's theme is an item beside the event it includes
                theme.extra = True
                out.append(theme)
            if cue.re is _UNDER_WAY.compiled() and not c.siblings:  # (a match's .re is the real pattern)
                # "… Summit program today with our bilateral meeting with President López Obrador": the
                # day's slot of the event under way
                wm = _WITH_OUR.search(text, c.span[1] - off)
                nm = cues.EVENT_NOUN.match(text, wm.end()) if wm is not None else None
                if nm is not None:
                    c2 = _noun_candidate(text, off, nm.start(), nm.end(), nm.group("noun"), wm.end(), refs, 2)
                    if c2 is not None and c2.head != c.head:
                        c.siblings.append(c2)
    past = None  # (read only when a framing event needs it)
    for f in _framing(text, off, refs, bdate, nouns):
        if past is None:
            # with no cue, a report: only events it dates plainly in the future stay (lists of past
            # and coming ones)
            past = cue is None and cues.PAST.search(text) is not None
        if past and not (f.ref is not None and f.ref.first_day > bdate and not f.ref.ambiguous):
            continue
        # the same noun phrase as the announced item is its fallback; another one is an event of its own
        f.extra = bool(out) and not any(f.span[0] < o.span[1] and o.span[0] < f.span[1] for o in out)
        if f.extra and out[0].kind == "trip" and _TRIP_PURPOSE_BEFORE.search(text[max(0, f.span[0] - off - 12):f.span[0] - off]):
            continue  # "travel to Sharm, Egypt, for (where) the U.N. Climate Conference…": the trip's purpose
        out.append(f)
    if out and ("cancel" in folded or "postpon" in folded or "prevent" in folded or " off " in folded
                or "scrap" in folded):  # (a necessary condition of _CALLED_OFF: each of its verbs)
        # "the pandemic is preventing the traditional White House celebration of St. Patrick’s Day", "President
        # Biden is postponing his upcoming trip to Germany and Angola": an event called off is no item
        out = [c for c in out if not _CALLED_OFF.search(text, max(0, c.span[0] - off - 60), max(0, c.span[0] - off))]
    return out


_CALLED_OFF = lazyre.compile(r"(?i)\b(?:prevent|cancel|postpon|call(?:s|ed|ing)?\s++off|scrap)\w*+\s++"
                             r"(?:(?:the|this|that|these|those|his|her|their|our|its|a|an)\s++)?$")
CALLED_OFF_EXAMPLES = ["Unfortunately, the pandemic is preventing the traditional White House celebration of St. Patrick’s Day "
                       "tomorrow.", "Tomorrow, the President will cancel the state dinner for the Prime Minister.",
                       "Unfortunately, the storm is preventing the rally in Philadelphia on Friday.",
                       "They called off the summit in Hanoi tomorrow.",
                       "Tomorrow, the President will scrap the state dinner for the Prime Minister."]
CALLED_OFF_NEGATIVES = ["Tomorrow, the President will travel to Germany to discuss how to prevent the next pandemic."]


_ABOUT = lazyre.compile(r"(?i)\babout\b")

# "As Saloni said, today we are releasing…": a lead-in reporting who said it; the rest is the clause
_AS_SAID = lazyre.compile(r"(?i)(?:^|[:;]\s*+)\W*+(?:and\s++|so\s++)?as\s++[^,;.]{1,40}?\b(?:said|noted|mentioned|announced)\s*+,")
_AS_SAID_WORDS = ("said", "noted", "mentioned", "announced")  # one is in every _AS_SAID match

# A trip under way as the speaker talks: a gaggle's "we're on our way to X", "we are headed to X",
# "the President is on his way to X", "thanks for joining us for the President's visit to X".
_EN_ROUTE = lazyre.compile(
    r"(?i)\b(?:(?:(?:we|I)(?:['’]re|['’]m|\s++are|\s++am)\s++(?:now\s++|all\s++)?(?:travel+ing|flying)"
    r"|(?:(?:we|I)(?:['’]re|['’]m|\s++are|\s++am)|(?:the\s++(?-i:President|Vice\s++President|First\s++Lady)|he|she)(?:['’]s|\s++is))"
    r"\s++(?:now\s++|all\s++)?(?:on\s++(?:our|his|her|the)\s++way|head(?:ed|ing)|en\s++route))"
    r"(?:\s*+,\s*+as\s++you\s++(?:all\s++|may\s++|probably\s++)?know\s*+,)?\s++to"  # ("on our way, as you know, to Syracuse")
    r"|\bjoin(?:ing)?\s++us\s++(?:today\s++)?(?:for|on|aboard)\s++(?:[\w’'.\-]++\s++){0,4}?(?:trip|visit|travel)\s++to"
    # a gaggle's opening "Welcome to our trip to La Crosse, Wisconsin", "welcome aboard our trip to X"
    # (not "we welcome the Prime Minister's visit to Kyiv": the speaker's party's own trip)
    r"|\bwelcome\s++(?:aboard\s++(?:to\s++)?|to\s++)(?:our|this)\s++(?:[\w’'.\-]++\s++){0,3}?(?:trip|travel)\s++to)"
    r"(?=\s++(?-i:[A-Z]))")


EN_ROUTE = _EN_ROUTE

def may_be_en_route(folded: str) -> bool:
    """False only when _EN_ROUTE finds nothing in the text whose casefold() is `folded`: every
    match has one of these words (a cheap test before the search; it runs for every sentence)."""
    return "way" in folded or "head" in folded or "travel" in folded or "join" in folded \
        or "flying" in folded or "route" in folded or ("welcome" in folded and "trip" in folded)


# "Today, at the 29th AFL-CIO Convention in Philadelphia, the President will contrast…": the
# event named in the sentence's opening frame is the item when the clause names no other.
# "In tomorrow's second session, the President will …", "During the day’s second session, titled
# “One Family,” …": a session framed by "in" or by a day's possessive is the item too.
_FRAME_AT = lazyre.compile(r"(?i)(?:^|,\s*+)(?:\w+\s++){0,3}?(?P<p>at|during|in)\s++(?=(?:the|this|a|an|[a-z]++[’']s)\s)")
_SESSION_WORD = lazyre.compile(r"(?i)(?:(?:working|plenary|leaders[’']?)\s++)?session|plenary")
# a session's place in the day's programme names it ("the first session", "the closing plenary")
ORDINAL_SESSION = _ORDINAL_SESSION = lazyre.compile(r"(?i)\b(?:first|second|third|fourth|fifth|final|last|opening|closing|concluding|"
                                  r"morning|afternoon|evening)\s++(?:(?:working|plenary|leaders[’']?)\s++)?(?:session|plenary)\b")
_DAYS_POSSESSIVE = lazyre.compile(r"(?i)^(?:the\s++)?day[’']s\s++")
# "…, titled “One Earth,”": the name the session is given
_TITLED = lazyre.compile(r"(?i),?\s*+(?:titled|entitled|called|named|themed|dubbed)\s++[“\"](?P<q>[^”\"\n]{2,60}?)[,.]?[”\"]")


# patterns of _follow_up, compiled once (not looked up in regex's cache at each call)
_FOLLOW_UP_DET = lazyre.compile(r"(?i)^(?:the\s++|our\s++|a\s++)")
_PRESS_WORD = lazyre.compile(r"(?i)\b(?:press|news|media)\b")
_FOLLOW_UP_GAP = lazyre.compile(r"[\s,]*+(?:(?:on|at|for|in)\s++)?")


# "We'll be back to share more on that tomorrow": the briefers promise their next briefing
_BACK_TO_SHARE = lazyre.compile(r"(?i)\G\s*+(?:also\s++)?be\s++back\s++(?:with\s++you\s++)?(?:to\s++(?:share|brief|preview|"
                               r"walk\s++you|give\s++you|tell\s++you|provide)\b[^.;:?!]{0,40}?(?=\s(?:tomorrow|later|on|next|this)\b))")
_LATER_TODAY = lazyre.compile(r"(?i)(?:later\s++(?:today|this\s++(?:morning|afternoon|evening))|this\s++(?:afternoon|evening)|tonight)$")
_OURS_BEFORE = lazyre.compile(r"(?i)\b(?:we|I)\s*+$")  # (the cue's subject)
_OURS_CUE = lazyre.compile(r"(?i)(?:we|I)\b")
_WE_CUE = lazyre.compile(r"(?i)(?:we|I)(?:['’]ll|\s++will)")


def _back_to_share(text: str, off: int, refs: list[TimeRef], cue: regex.Match, bdate: str) -> Candidate | None:
    m = _BACK_TO_SHARE.match(text, cue.end()) if _WE_CUE.fullmatch(cue.group(0)) else None
    if m is None or cues.NEGATED.search(text, max(0, cue.start() - 30), m.end()):
        return None
    r = next((r for r in refs if 0 <= r.start - off - m.end() <= 12), None)
    if r is None or r.grain not in ("day", "week") or r.first_day <= bdate or r.tense == "past":
        return None
    return Candidate(start=off + m.start(), title="Follow-up press briefing", head="press briefing",
                     kind="press briefing", words=frozenset(), ref=r, span=(off + cue.start(), off + m.end()))


# "I'll be in India next week", "the President will be in Delaware this weekend": a presence at a named
# place on a day (or week) to come is a trip there
_PRESENCE = lazyre.compile(
    r"\G\s*+(?:(?i:also|then)\s++)?(?i:be)\s++(?:(?i:out|over|down|up|back)\s++)?(?i:in)\s++"
    r"(?P<p>[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,2}(?:,\s*+[A-Z][\w’'\-]*+)?)\s*+,?\s*+(?=\S)")


def _presence(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    if not _WILL_ONLY.search(cue.group(0)):
        return None
    m = _PRESENCE.match(text, cue.end())
    if m is None or _NOT_PLACE.match(m.group("p")) or _NOT_LEG_WORD.match(m.group("p")) \
            or cues.NEGATED.search(text, 0, m.end()):
        return None
    lab = None
    for lab in _LABEL_END.finditer(text, 0, cue.start()):
        pass  # (the subject starts after a speaker's label sharing its line)
    if not _TRAVELLER.search(text[lab.end() if lab is not None else 0:cue.start()]):
        return None
    r = next((r for r in refs if r.start - off == m.end()), None)
    if r is None or r.grain not in ("day", "week", "weekend") or r.tense == "past" or _UNTIL.match(r.text):
        return None  # ("will be in New York through Wednesday": the stay's end, not the trip's day)
    p = " ".join(m.group("p").split())
    title = _clean_title("Travel to " + p)
    return Candidate(start=off + m.start("p"), title=title, head="trip", kind="trip", words=content_words(title),
                     ref=r, location=p, coarse_ok=False, span=(off + cue.start(), off + m.end("p")))


_UNTIL = lazyre.compile(r"(?i)(?:through|thru|until|till|by|since|from)\b")
# months and days, and words that open a sentence, are no places
_NOT_LEG_WORD = lazyre.compile(r"(?:" + _MONTHS + "|" + _DAYS + r"|The|This|That|Session|Touch|"
                              r"Congress|Office|Place|Charge|Power)\b")


# "The Vice President is in Chicago, announcing an award …", "the Secretary is in Connecticut with the
# governor talking about …", "Secretary Cardona is in Puerto Rico today": a principal's presence at a
# named place said in the present is that day's stop (not "while the Secretary is in Europe": a time
# clause; not a bare "is in Italy." with nothing of the stop after it; the President's own trip is the
# travel families' and the title's)
_PRESENT_PRESENCE = lazyre.compile(
    r"(?<!\b(?i:when|while|if|as|whether|since|until|once|because|before|after|where|that|how)\s++(?:the\s++)?)"
    r"\b(?P<who>(?:(?i:the)\s++)?(?:Deputy\s++)?(?:" + _OTHER_ROLES + r")(?:\s++[A-Z][\w’'\-]++)?)\s++is\s++(?:also\s++|now\s++)?in\s++"
    r"(?P<p>[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,2}(?:,\s*+[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+)?(?=,))?)"
    r"(?=\s*+(?:today|this\s++(?:morning|afternoon|evening)|right\s++now)\b"
    r"|\s*+,\s*+(?:announcing|highlighting|talking|meeting|visiting|touring|delivering|celebrating|discussing|"
    r"launching|hosting|joining|marking|promoting|showcasing)\b"
    r"|\s++with\s++(?:the\s++)?(?:governor|mayor|senator|(?-i:[A-Z]))"
    r"|\s*+,?\s++to\s++(?:announce|highlight|talk|meet|visit|tour|deliver|celebrate|discuss|launch|host|join|mark|promote))")


def may_be_present_presence(folded: str) -> bool:
    """False only when _PRESENT_PRESENCE surely finds nothing in the case-folded text."""
    return "is in " in folded or "is also in " in folded or "is now in " in folded


def present_presence(text: str, start: int, end: int) -> bool:
    return _PRESENT_PRESENCE.search(text, start, end) is not None


def _present_presence(text: str, off: int, refs: list[TimeRef], bdate: str, line_of) -> Candidate | None:
    m = _PRESENT_PRESENCE.search(text)
    if m is None or _NOT_PLACE.match(m.group("p")) or _NOT_LEG_WORD.match(m.group("p")) \
            or _WHITE_HOUSE.match(m.group("p")) or cues.NEGATED.search(text, 0, m.end()) \
            or cues.PAST.search(text, text.rfind(",", 0, m.start()) + 1, m.start()) or "?" in text:
        return None
    if any(r.first_day != bdate or r.grain != "day" for r in refs):
        return None  # (another day said beside it: not simply today's stop)
    p = " ".join(m.group("p").split())
    who = " ".join(m.group("who").split())
    r = refs[0] if refs else TimeRef(m.group(0), off + m.start(), off + m.end(), line_of(off + m.start()), bdate, "day", bdate, bdate,
                                     "present-presence", "present")
    title = _clean_title("Visit to " + p)
    # (its own head: another principal's stop is not the President's trip, which the title frames)
    return Candidate(start=off + m.start("p"), title=title, head="presence", kind="visit", words=content_words(title),
                     ref=r, location=p, participants=[_SUBJECT_ARTICLE.sub("", who)],
                     span=(off + m.start(), off + m.end("p")))


# "And so you’ll hear from him directly, clearly, on Friday", "you will hear from the President on
# Wednesday": the principal speaking to the public on a day to come (remarks) — not "you'll hear from
# him soon / in some capacity" (no day), not "hear from him on that" without a day right after
_HEAR_FROM = lazyre.compile(
    r"\G\s*+(?:also\s++)?(?:be\s++able\s++to\s++)?hear\s++(?:directly\s++|more\s++)?from\s++"
    r"(?P<who>him|her|(?:the\s++)?(?:Vice\s++)?President)(?:\s++directly)?"
    r"(?:\s*+,\s*+[a-z]{2,20}ly\s*+,)?"  # (an adverb set off by commas: "directly, clearly,", "personally,")
    r"(?:\s++on\s++(?:that|this|it))?\s*+,?\s*+")
_YOU_CUE = lazyre.compile(r"(?i)you['’]ll")
_NOT_THE_DAY = lazyre.compile(r"(?i)(?:before|by|until|till|through|after|no\s++later|the\s++day\s++(?:after|before))\b")
_YOU_BEFORE = lazyre.compile(r"(?i)\byou\s++$")


def _hear_from(text: str, off: int, refs: list[TimeRef], cue: regex.Match, bdate: str) -> Candidate | None:
    if not (_YOU_CUE.fullmatch(cue.group(0)) or cue.group(0).lower() == "will"
            and _YOU_BEFORE.search(text, max(0, cue.start() - 8), cue.start())):
        return None
    m = _HEAR_FROM.match(text, cue.end())
    if m is None:
        return None
    r = next((r for r in refs if r.start - off == m.end()), None)
    if r is None or r.grain != "day" or r.first_day <= bdate or r.tense == "past" or _NOT_THE_DAY.match(r.text):
        return None  # (not "before May 1st": a deadline; not "the day after the election": another event's day)
    who = m.group("who").lower()
    title = "Remarks by the Vice President" if "vice" in who else "Remarks by the President"
    return Candidate(start=off + m.start(), title=title, head="speech", kind="speech", words=frozenset(), ref=r,
                     span=(off + cue.start(), off + m.end()), weak=True)


def _follow_up(text: str, off: int, refs: list[TimeRef], cue: regex.Match, bdate: str) -> Candidate | None:
    """"We'll look forward to a briefing later in the week": a follow-up the press office promises,
    dated by the day right after it (an undated promise is no programme item)."""
    if not refs:
        return None  # (no day to date it: the search below could find nothing to keep)
    b = _back_to_share(text, off, refs, cue, bdate) if "back" in text else None
    if b is not None:
        return b
    m = cues.FOLLOW_UP.search(text, cue.end())
    if m is None or m.start() - cue.end() > 60 or cues.NEGATED.search(text, max(0, cue.start() - 30), m.start()):
        return None
    # the day right after it: "a briefing later in the week", "a press conference on Friday"
    r = next((r for r in refs if r.start - off >= m.end() and _FOLLOW_UP_GAP.fullmatch(text[m.end():r.start - off])), None)
    if r is None or r.grain not in ("day", "week", "weekend") or r.last_day < bdate or r.tense == "past" \
            or r.first_day == bdate and r.grain == "day" and not (
                # "our health and medical experts … they'll be doing a briefing later this afternoon": others'
                # briefing later today (not our own "we'll have an update today")
                _LATER_TODAY.match(r.text) and not _OURS_BEFORE.search(text, max(0, cue.start() - 6), cue.start())
                and not _OURS_CUE.match(cue.group(0))):
        return None  # (not "an update today": the briefing's own news)
    noun = " ".join(m.group(0).split()[1:]) if m.group(0).split()[0].lower() in ("a", "an", "another") else m.group(0)
    noun = _FOLLOW_UP_DET.sub("", noun)
    noun = noun[:noun.lower().rfind(" you")] if " you" in noun.lower() else noun  # ("briefing you next week")
    title = _clean_title(noun if _PRESS_WORD.search(noun) else "Press " + noun)
    return Candidate(start=off + m.start(), title=title, head="press briefing", kind="press briefing",
                     words=content_words(title), ref=r, span=(off + m.start(), off + m.end()))


# patterns of _frame_before, compiled once (not looked up in regex's cache at each call)
_RELATIVE_PRONOUN = lazyre.compile(r"(?i)\b(?:which|that|who|whom|where|when)\b")
_FRAME_NAMED = lazyre.compile(r"[A-Z0-9]")


# "The opening session will be followed by three sessions…", "the welcome ceremony will begin at 9": a
# named event in subject position with a predicate that only places it in the programme
_THE_END = lazyre.compile(r"(?i)\bthe\s++$")
_ANAPHOR_NOUNS = frozenset({"summit", "visit", "state visit", "official visit", "trip", "conference", "ministerial",
                            "meeting", "meetings", "forum", "dialogue", "convention"})
_SUBJ_EVENT = lazyre.compile(r"(?i)\G\W*+(?:(?:and|so|then|now)\s++)?(?:the|a|an|our|his|her|their)\s++")
_PLACED = lazyre.compile(
    r"(?i)\s++(?:(?:also|then|now)\s++)?(?:be\s++followed\s++by|begin|start|open|kick\s++off|take\s++place|be\s++held|"
    r"conclude|end|wrap\s++up|close)\b")


# "The first session will be on Africa, climate change, and development", "the final session will
# focus on AI": a programme step named by its place in the day, its subject given after it
_ORDINAL_SUBJ = lazyre.compile(r"(?i)(?:first|second|third|fourth|next|last|final|opening|closing)\s++"
                              r"(?:[\w\-]++\s++)?$")
_TOPIC_PRED = lazyre.compile(
    r"(?i)\s*+(?:(?:also|then)\s++)?(?:(?:be\s++)?(?:on|about|(?:focused|centered|centred|devoted|dedicated)\s++(?:on|to))"
    r"|focus\s++on|cover|address)\s++"
    r"(?!(?:deep\s++)?background|the\s++record|time\b|track\b|hold\b|(?:the\s++)?(?:" + _DAYS + r"|\d))")
_TOPIC_END = lazyre.compile(r"[.;:!?(—–]|\s--\s|\s(?=(?:where|which|and\s++(?:the|he|she|we|they|I)\s))")


# "the address that the President is going to give to Parliament tomorrow", "the meeting which
# they will hold on Friday": an event noun whose relative clause announces it
_REL_CLAUSE = lazyre.compile(
    r"\s++(?:that|which)\s++(?:the\s++)?(?:[\w’'.\-]++\s++){0,4}?(?:is|are|will|['’]ll|['’]s|['’]re)\s++(?:going\s++to\s++)?"
    r"(?:be\s++)?(?:give|giving|deliver|delivering|make|making|hold|holding|host|hosting)\s++")


_REL_SPEECH_AT = lazyre.compile(r"(?i)\b(?:the|his|her|an?)\s++(?P<n>address|speech|remarks)(?=\s++(?:that|which)\s)")
_REL_AUDIENCE = lazyre.compile(r"(?i)(?:to|before)\s++(?:the\s++)?(?-i:[A-Z][\w’'\-]*+)(?:\s++(?-i:[A-Z][\w’'\-]*+)){0,3}")


# "The President and most of the Cabinet will be out in San Francisco for APEC": a presence at a
# named event in a named place (a trip there)
_THERE_FOR = lazyre.compile(
    r"\s*+be\s++(?:(?:out|over|down|up|back)\s++)?in\s++(?P<p>(?-i:[A-Z][\w’'\-]*+)(?:\s++(?-i:[A-Z][\w’'\-]*+)){0,2})"
    r"(?:,\s*+(?-i:[A-Z][\w’'\-]*+))?\s++for\s++(?:the\s++)?"
    r"(?P<e>(?-i:[A-Z0-9][\w’'\-]*+)(?:\s++(?-i:[A-Z0-9][\w’'\-]*+)){0,4})")
_WILL_ONLY = lazyre.compile(r"(?i)will|['’]ll|is\s++going\s++to|are\s++going\s++to")


# "Secretary Austin will have the opportunity to move that forward with his counterpart at ADMM-Plus
# this week": a named official's meeting with a counterpart at a named event, dated in the clause
_COUNTERPART_AT = lazyre.compile(
    r"(?i)\bwith\s++(?:his|her|their)\s++(?:(?-i:[A-Z])[\w\-]*+\s++)?counterparts?\s++(?:at|during|on\s++the\s++margins\s++of)\s++"
    r"(?:the\s++)?(?P<e>(?-i:[A-Z0-9][\w’'\-]*+)(?:\s++(?-i:[A-Z0-9][\w’'\-]*+)){0,4})")


# "Sudan will certainly be part of the agenda with the UAE President on Monday": a topic on the agenda of a
# meeting with a titled leader on a day to come is that meeting
_AGENDA_WITH = lazyre.compile(
    r"(?i)\b(?:on|part\s++of|top\s++of|high\s++on)\s++(?:the|his|her|our)\s++agenda\s++(?:with|for\s++(?:his|her|the)\s++meeting\s++with)\s++"
    r"(?P<w>(?:the\s++)?(?:(?-i:[A-Z])[\w’'.\-]*+\s++){0,3}(?-i:" + cues.LEADER_TITLES + r")(?:\s++(?-i:[A-Z])[\w’'.\-]*+){0,3})"
    r"\s*+,?\s*+(?=(?:on|this|next|tomorrow|later|today|tonight)\b)")


def _agenda_with(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    m = _AGENDA_WITH.search(text, cue.end(), cue.end() + 80)
    if m is None or cues.NEGATED.search(text, 0, m.start()):
        return None
    r = next((r for r in refs if r.start - off == m.end() and r.tense != "past" and r.grain == "day"), None)
    if r is None:
        return None
    who = " ".join(m.group("w").split())
    title = _clean_title("Meeting with " + who)
    return Candidate(start=off + m.start("w"), title=title, head="meeting:with", kind="meeting",
                     words=content_words(title), ref=r, participants=[who], span=(off + cue.start(), off + m.end()))


def _counterpart_at(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    subj = _subject(text, cue.start())
    if subj is None or not _NAMED.search(subj) or cues.NEGATED.search(text, 0, cue.end()):
        return None
    m = _COUNTERPART_AT.search(text, cue.end(), cue.end() + 120)
    if m is None or not any(r.start - off >= m.end() and r.tense != "past" and r.grain in ("day", "week", "weekend")
                            for r in refs):
        return None
    title = _clean_title(f"Meeting of {subj} {m.group(0)}")
    return Candidate(start=off + m.start(), title=title, head="meeting:with", kind="meeting", words=content_words(title),
                     ref=_nearest_ref(refs, off, m.end(), m.end() + 40, m.end()), participants=[subj],
                     span=(off + cue.start(), off + m.end()))


def _there_for(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    if not _WILL_ONLY.fullmatch(cue.group(0).strip()):
        return None
    m = _THERE_FOR.match(text, cue.end())
    if m is None or cues.NEGATED.search(text, 0, cue.end()) or not _TRAVELLER.search(text, 0, cue.start()) \
            or _NOT_PLACE.match(m.group("p")):
        return None
    title = _clean_title(f"Travel to {m.group('p')} for {m.group('e')}")
    return Candidate(start=off + m.start("p"), title=title, head="trip", kind="trip", words=content_words(title),
                     ref=_nearest_ref(refs, off, 0, len(text), m.start("p")), location=m.group("p"),
                     span=(off + cue.start(), off + m.end()))


def _relative_event(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    sp = None
    for sp in _REL_SPEECH_AT.finditer(text, max(0, cue.start() - 70), cue.start()):
        pass
    if sp is not None:
        rm = _REL_CLAUSE.match(text, sp.end())
        am = _REL_AUDIENCE.match(text, rm.end()) if rm is not None and rm.start() < cue.start() < rm.end() else None
        if am is not None and not cues.NEGATED.search(text, 0, rm.end()) \
                and any(r.start - off >= am.end() - 1 and r.tense != "past" for r in refs):
            # "the address that the President is going to give to Parliament tomorrow"
            title = _clean_title("Address " + am.group(0))
            return Candidate(start=off + sp.start("n"), title=title, head="speech", kind="speech",
                             words=content_words(title), ref=_nearest_ref(refs, off, am.end(), am.end() + 40, am.end()),
                             span=(off + sp.start("n"), off + am.end()))
    nm = None
    for nm in cues.EVENT_NOUN.finditer(text, max(0, cue.start() - 60), cue.start()):
        pass
    if nm is None:
        return None
    rm = _REL_CLAUSE.match(text, nm.end())
    if rm is None or not rm.start() < cue.start() < rm.end() or cues.NEGATED.search(text, 0, rm.end()):
        return None
    if not any(r.start - off >= rm.end() and r.tense != "past" for r in refs):
        return None  # (its day after it: "… to Parliament tomorrow")
    # read as "<the address> to Parliament tomorrow" (same length: offsets kept)
    np = text[:nm.end()] + " " * (rm.end() - nm.end()) + text[rm.end():]
    floor = max(0, nm.start() - 40)
    return _noun_candidate(np, off, nm.start(), nm.end(), nm.group("noun"), floor, refs, 2)


# A programme slot run by someone, named by its place in the programme or its own name: "The second
# session, “Save Lives Now,” will be chaired by USAID Administrator Samantha Power", "Our closing
# session will feature Secretary Blinken", "That session will be chaired by the President"
_SLOT_SUBJ = lazyre.compile(
    r"(?i)\G\W*+(?:(?:and|so|then|now)\s*+,?\s++)?(?P<det>the|our|that|this)\s++"
    r"(?P<ord>(?:first|second|third|fourth|fifth|sixth|next|last|final|opening|closing|concluding)\s++)?"
    r"(?P<noun>session|panel|plenary|roundtable|round\s++table|working\s++session|plenary\s++session)"
    r"(?P<app>\s*+,\s*+[“\"](?P<name>[^”\"\n]{2,60})[”\"]\s*+,?)?\s*+$")
_RUN_BY = lazyre.compile(
    r"(?i)\s++(?:also\s++)?(?:be\s++(?P<v>(?:co-?)?(?:chaired|moderated|hosted|led|headlined|opened|convened))\s++by|(?P<f>feature))\s++"
    r"(?P<w>(?:the\s++)?(?-i:[A-Z])[^,.;:—–]{1,80}?)(?=\s*+[,.;:—–]|\s*+$|\s++(?:and|who|with|to|in|at|on)\s)")


# "the President will have several engagements focused on …, meeting with President Higgins and
# participating in a tree planting ceremony": an umbrella noun whose steps a gerund list after it names
_UMBRELLA = lazyre.compile(
    r"(?i)\G\s*+(?:also\s++|then\s++)?(?:be\s++)?(?:have|having|hold|holding)\s++(?:several|a\s++(?:number|couple|series)\s++of|"
    r"a\s++few|a\s++(?:busy|full|packed)\s++(?:day|schedule|slate)\s++of|two|three|four|five|many|a\s++range\s++of)\s++"
    r"(?:[\w\-]++\s++)?(?:engagements|events|meetings|stops|activities)\b")
_GERUND = r"(?:meeting|participating|attending|visiting|touring|hosting|delivering|joining|greeting|laying)\b"
_STEPS = lazyre.compile(r"(?i),\s*+(?:including\s++)?(?=" + _GERUND + ")")
_NEXT_STEP = lazyre.compile(r"(?i)(?:,\s*+(?:and\s++)?|\s++and\s++)(?=" + _GERUND + ")")
_STEP_VERB = lazyre.compile(r"(?i)(?P<v>meeting\s++with|participating\s++in|attending|visiting|touring|hosting|delivering|"
                           r"joining|greeting|laying)\s++")


def _umbrella_steps(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    um = _UMBRELLA.match(text, cue.end())
    if um is None or cues.NEGATED.search(text, 0, um.end()):
        return None
    sm = _STEPS.search(text, um.end(), min(len(text), um.end() + 160))
    if sm is None or _CLAUSE_STOP.search(text, um.end(), sm.start()):
        return None
    out: list[Candidate] = []
    pos = sm.end()
    while pos < len(text):
        nx = _NEXT_STEP.search(text, pos)
        end = nx.start() if nx is not None else len(text)
        vm = _STEP_VERB.match(text, pos, end)
        if vm is not None:
            c = None
            v = vm.group("v").lower()
            if v.startswith("meeting"):
                c = _verb_candidate(text[:end], off, "meet", vm.start(), vm.end() - 1, vm.group("v"), refs, cue)
            else:
                nm = cues.EVENT_NOUN.search(text, vm.end(), end)
                if nm is not None:
                    c = _noun_candidate(text[:end], off, nm.start(), nm.end(), nm.group("noun"), vm.end(), refs, 2)
            if c is not None:
                c.ref = c.ref or _nearest_ref(refs, off, 0, len(text), vm.start())
                out.append(c)
        if nx is None:
            break
        pos = nx.end()
    if not out:
        return None
    first = out[0]
    first.siblings = first.siblings + out[1:]
    return first


# "will meet with President Jokowi … before heading out to San Francisco": the trip after the step
_BEFORE_HEADING = lazyre.compile(
    r"(?i)\s*+,?\s*+before\s++(?:heading|traveling|travelling|flying|going|departing\s++for)\s++(?:out\s++|over\s++|on\s++)?"
    r"(?:to\s++)?(?P<p>(?-i:[A-Z][\w’'\-]*+)(?:\s++(?-i:[A-Z][\w’'\-]*+)){0,2})(?=\s*+[,.;]|\s*+$|\s++(?:for|to|where|and)\s)")


def _then_heading(text: str, off: int, c: Candidate) -> None:
    # (after the counterpart, within the meeting's complement or right after it)
    m = _BEFORE_HEADING.search(text, c.start - off, min(len(text), c.span[1] - off + 60))
    if m is None or _CLAUSE_STOP.search(text, c.start - off, m.start()):
        return
    p = " ".join(m.group("p").split())
    if _NOT_PLACE.match(p) or _NOT_LEG_WORD.match(p) or _HOME_BASE.match(p):
        return
    title = _clean_title("Travel to " + p)
    c.siblings.append(Candidate(start=off + m.start("p"), title=title, head="trip", kind="trip",
                                words=content_words(title), ref=c.ref, participants=list(c.participants[:1]),
                                location=p, span=(off + m.start(), off + m.end()), week_of=True))


def _slot_run_by(text: str, s0: int, refs: list[TimeRef], off: int, cue: regex.Match) -> Candidate | None:
    m = _SLOT_SUBJ.match(text, s0, cue.start())
    if m is None or not _WILL_ONLY.fullmatch(cue.group(0).strip()):
        return None
    demo = m.group("det").lower() in ("that", "this")
    if not (m.group("ord") or m.group("name") or demo):
        return None  # "the session will be chaired by …": which session is not said
    rb = _RUN_BY.match(text, cue.end())
    if rb is None or cues.NEGATED.search(text, 0, rb.end()):
        return None
    who = " ".join(rb.group("w").split())
    noun = " ".join(m.group("noun").lower().split())
    np = ((m.group("ord") or "").strip().lower() + " " + noun).strip()
    if m.group("name"):
        np += " “" + " ".join(m.group("name").split()).strip(" ,") + "”"
    verb = "featuring" if rb.group("f") else rb.group("v").lower()
    title = _clean_title(np[:1].upper() + np[1:] + " " + verb + " " + ("by " if not rb.group("f") else "") + who)
    return Candidate(start=off + m.start("noun"), title=title, head="session", kind="meeting",
                     words=content_words(np + (" " + noun if m.group("ord") else "")),
                     ref=_nearest_ref(refs, off, 0, len(text), m.start("noun")), participants=[who],
                     span=(off + m.start("det"), off + rb.end()), demonstrative=demo and not m.group("name"))


_DAY_COMMA = lazyre.compile(r"\s*+,\s*+")
_DATE_GAP = lazyre.compile(r"[\s,]*+(?:(?i:on|in|at)\s++)?")


def _only_date_between(text: str, s: int, e: int, refs: list[TimeRef], off: int) -> bool:
    """Nothing between s and e but, set off by commas, a day ("the second session, on Tuesday, will …")."""
    if not text[s:e].strip():
        return True
    r = next((r for r in refs if s <= r.start - off and r.end - off <= e), None)
    return r is not None and _DATE_GAP.fullmatch(text, s, r.start - off) is not None \
        and not text[r.end - off:e].strip(" ,\n")


def _subject_event(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    lab = None
    for lab in _LABEL_END.finditer(text, 0, cue.start()):
        pass  # (the subject starts after a speaker's label sharing its line)
    if "by" in text or "featur" in text:
        c = _slot_run_by(text, lab.end() if lab is not None else 0, refs, off, cue)
        if c is not None:
            return c
    s0 = lab.end() if lab is not None else 0
    m = _SUBJ_EVENT.match(text, s0, cue.start())
    if m is None and refs:
        # "Tomorrow, the first session will be on Africa": the subject after the day that opens the clause
        r = next((r for r in refs if 0 <= r.start - off - s0 <= 8 and not text[s0:r.start - off].strip(" \n\"“")), None)
        dm = _DAY_COMMA.match(text, r.end - off) if r is not None else None
        m = _SUBJ_EVENT.match(text, dm.end(), cue.start()) if dm is not None else None
    if m is None:
        return None
    if not _PLACED.match(text, cue.end()):
        tp = _TOPIC_PRED.match(text, cue.end())
        if tp is None:
            return None
        nm = None
        for nm in cues.EVENT_NOUN.finditer(text, m.end(), cue.start()):
            pass
        if nm is None or not _only_date_between(text, nm.end(), cue.start(), refs, off) \
                or not _ORDINAL_SUBJ.search(text, m.end(), nm.start()) or cues.NEGATED.search(text, 0, cue.end()):
            return None  # ("The second session, on Tuesday, will focus on climate": its day beside it)
        te = _TOPIC_END.search(text, tp.end(), tp.end() + 90)
        stop = te.start() if te else min(len(text), tp.end() + 90)
        if not text[tp.end():stop].strip(" ,\n"):
            return None
        # the noun phrase read as "<the first session> on <topic>" (same length: offsets kept)
        np = text[:nm.end()] + " " * (tp.end() - 3 - nm.end()) + "on " + text[tp.end():stop]
        c = _noun_candidate(np, off, nm.start(), nm.end(), nm.group("noun"), m.end(),
                            [r for r in refs if not nm.end() <= r.start - off < cue.start()], 2)
        if c is not None and c.ref is None:
            c.ref = next((r for r in refs if nm.end() <= r.start - off < cue.start()), None)  # (its day said beside it)
        return c
    nm = None
    for nm in cues.EVENT_NOUN.finditer(text, m.end(), cue.start()):
        pass
    if nm is None or text[nm.end():cue.start()].strip():
        return None  # (the event noun must end the subject)
    if cues.NEGATED.search(text, 0, cue.end()):
        return None
    c = _noun_candidate(text[:cue.start()], off, nm.start(), nm.end(), nm.group("noun"), m.end(), refs, 2)
    if c is None and _THE_END.search(text, m.start(), nm.start()) and not text[m.end():nm.start()].strip() \
            and nm.group("noun").lower() in _ANAPHOR_NOUNS:
        # "The summit will take place on Thursday": the event named elsewhere, dated here (its own day
        # after the verb)
        ref = _nearest_ref(refs, off, cue.end(), len(text), cue.end())
        if ref is not None and ref.tense != "past":
            hc = head_class(nm.group("noun"))
            return Candidate(start=off + nm.start(), title=hc[:1].upper() + hc[1:], head=hc, kind=hc, words=frozenset(),
                             ref=ref, span=(off + nm.start(), off + nm.end()), anaphor=True)
    return c


# "On Wednesday, the focus will be on increasing two-way trade", "Finally, Friday will focus on food
# security", "Tomorrow will kick off with a focus on civil society": a day of a multi-day programme given
# its theme (the topic has the day as its own slot, GOLD.md). The day must be the subject or stand right
# before "the focus/theme": not "Today, when the President arrives, the theme will be …" (a theme inside
# an arrival), not "we will focus on …" (a speaker's emphasis, any day)
_THEME_NOUN_SUBJ = lazyre.compile(r"(?i)\s*+,?\s*+the\s++(?:main\s++|overall\s++|central\s++)?(?:focus|theme)\s*+")
_THEME_LEAD = lazyre.compile(r"(?i)\W*+(?:(?:and|so|then|finally|first|next|lastly)\s*+,?\s*+)?(?:(?:on|starting|beginning|"
                             r"to\s++close\s++out|to\s++kick\s++off|to\s++start)\s++)?(?:[\w\-]++\s*+,\s*+)?")
_THEME_AFTER_NOUN = lazyre.compile(r"(?i)\s*+be\s++(?:on\s++)?(?!(?:a|an|the\s++same|different|clear|broad|"
                                   r"(?:the\s++)?(?:" + _DAYS + r"))\b)")
_THEME_AFTER_DAY = lazyre.compile(r"(?i)\s*+(?:also\s++|primarily\s++|largely\s++|mainly\s++)?(?:focus\s++on|"
                                  r"be\s++(?:focused|centered|centred|devoted|dedicated)\s++(?:on|to)|"
                                  r"(?:kick\s++off|begin|start|open)\s++with\s++a\s++focus\s++on)\s++")
_THEME_END = lazyre.compile(r"[.;:!?(—–,]|\s--\s|\s(?=(?:where|which|that|as|with\s++(?:the|an?)|including|at\s++the|"
                            r"by|through|so|because|and\s++(?:the|he|she|we|they|I|you)\s)\b)")
THEME_EXAMPLES = [
    ("Starting tomorrow, Tuesday, the focus will be on building strong and inclusive democracies, where you",
     "Focus on building strong and inclusive democracies"),
    ("To close out Thursday, the focus will be on energy security and climate smart recovery, which as",
     "Focus on energy security and climate smart recovery"),
    ("Finally, Friday will focus on food security and collaborative migration management with the LA Declaration.",
     "Focus on food security and collaborative migration management"),
    ("Tomorrow will kick off with a focus on the vital role of civil society and the strength of our diaspora.",
     "Focus on the vital role of civil society"),
    ("On Wednesday, the theme will be investments in the region’s health and prosperity.",
     "Focus on investments in the region’s health and prosperity"),
]
THEME_NEGATIVES = [
    "Today, when the President arrives, the theme will be investments.",
    "On Wednesday, we will focus on the economy.",
    "Today, we’ll focus on booster shots.",
    "Tomorrow, the President will focus on jobs.",
    "On Tuesday, the focus will be the same.",
    "The focus will be on Ukraine tomorrow.",
    "Yesterday, the focus was on Ukraine.",
    "Friday will be a busy day.",
    "And, you know, I think tomorrow the focus will be on what he says.",
]


def _day_theme(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    if _PRONOUN_CUE.match(cue.group(0)):
        return None  # "Today, we’ll focus on booster shots": the speaker's topic, not the day's theme
    day = None
    for r in refs:
        if r.start - off < cue.start() and r.grain == "day" and r.tense != "past":
            day = r
    if day is None:
        return None
    de = day.end - off
    lead = text[:day.start - off]
    lab = None
    for lab in _LABEL_END.finditer(lead):
        pass
    # (a few framing words at most before the day: "Starting tomorrow, ", "To close out ", "Finally, on ")
    if not _THEME_LEAD.fullmatch(lead, lab.end() if lab is not None else 0):
        return None
    between = text[de:cue.start()]
    if not between.strip(" ,\n"):
        tp = _THEME_AFTER_DAY.match(text, cue.end())
    elif _THEME_NOUN_SUBJ.fullmatch(between):
        tp = _THEME_AFTER_NOUN.match(text, cue.end())
    else:
        return None
    if tp is None or cues.NEGATED.search(text, 0, cue.end()):
        return None
    te = _THEME_END.search(text, tp.end(), tp.end() + 90)
    stop = te.start() if te else min(len(text), tp.end() + 90)
    topic = " ".join(text[tp.end():stop].split())
    if len(topic) < 4 or topic[:1] in "\"“'‘":
        return None
    title = _clean_title("Focus on " + topic)
    return Candidate(start=off + tp.end(), title=title, head="theme", kind="discussion", words=content_words(topic),
                     ref=day, needs_own_date=True, span=(off + tp.end(), off + stop))


# "Tomorrow, at the Economic Club, President Biden will lay out his vision for the economy": a named
# venue in the opening frame and a verb of speaking after the cue are the speaker's remarks there
# (a venue in capitals: not "at the same time", "at this point"; a verb of saying: not "will sign")
_FRAME_VENUE = lazyre.compile(r"(?P<v>(?-i:the\s++)?(?-i:[A-Z][\w’'.\-]*+)(?:\s++(?:of\s++|for\s++|on\s++)?(?-i:[A-Z][\w’'.\-]*+)){0,5})\s*+,")
_SAYING = lazyre.compile(
    r"(?i)\s*+(?:also\s++|then\s++)?(?:be\s++)?(?:lay(?:ing)?\s++out|outlin(?:e|ing)|mak(?:e|ing)\s++(?:the|his|her|a)\s++case|"
    r"speak(?:ing)?|talk(?:ing)?\s++about|argu(?:e|ing)|describ(?:e|ing)|detail(?:ing)?|tout(?:ing)?|"
    r"deliver(?:ing)?|giv(?:e|ing)\s++(?:a|an|his|her)\s++(?:speech|address|remarks))\b")
_SAYER = lazyre.compile(r"(?:(?i:the)\s++)?(?:(?:Vice\s++)?President|First\s++Lady|Secretary|Ambassador)(?:\s++[A-Z][\w’'\-]*+){0,2}|[Hh]e|[Ss]he")


def _remarks_at_venue(text: str, off: int, refs: list[TimeRef], cue: regex.Match, m: regex.Match) -> Candidate | None:
    vm = _FRAME_VENUE.match(text, m.end(), cue.start())
    if vm is None or _NOT_PLACE.match(vm.group("v")) or not _SAYING.match(text, cue.end()) \
            or cues.NEGATED.search(text, 0, cue.end()):
        return None
    who = text[vm.end():cue.start()].strip()
    if not _SAYER.fullmatch(who):
        return None  # the speaker must be the subject right after the frame
    venue = " ".join(vm.group("v").split())
    title = _clean_title("Remarks at " + ("the " + venue[4:] if venue.startswith("The ") else venue))
    parts = [] if who.lower() in ("he", "she") else [who]
    return Candidate(start=off + vm.start(), title=title, head="speech", kind="speech", words=content_words(title),
                     ref=_nearest_ref(refs, off, 0, len(text), vm.start()), participants=parts,
                     location=_PLACE_ARTICLE.sub("", venue), span=(off + vm.start(), off + vm.end()))


def _frame_before(text: str, off: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    m = _FRAME_AT.search(text, 0, cue.start())
    if m is None:
        return None
    nm = cues.EVENT_NOUN.search(text, m.end(), cue.start())
    if nm is None:
        return _remarks_at_venue(text, off, refs, cue, m) if m.group("p").lower() != "in" else None
    if m.group("p").lower() == "in" and not _SESSION_WORD.fullmatch(nm.group("noun")):
        return None  # "in the bilateral with Prime Minister Modi, the two leaders will …": a meeting named before
        # (a session is a slot of the programme: "In tomorrow's second session, the President will …")
    if "," not in text[nm.end():cue.start()] or cues.NEGATED.search(text, 0, cue.end()):
        return None
    comma = text.rfind(",", nm.end(), cue.start())
    subj = text[comma + 1:cue.start()]
    if len(subj.split()) > 6 or _RELATIVE_PRONOUN.search(subj) \
            or cues.PAST.search(text, nm.end(), cue.start()):
        return None  # "At the NATO Summit, there was agreement … that allies are going to": the frame's
        # clause reports the past; the future cue belongs to a subordinate clause
    tm = _TITLED.search(text, nm.end(), cue.start()) if "“" in text or '"' in text else None
    if tm is not None and (comma < tm.end() or "," in text[nm.end():tm.start()]):
        comma = tm.start()  # (its name's comma is not the frame's)
    frame = text[:comma]  # the frame ends at its comma, before the subject
    c = _noun_candidate(frame, off, nm.start(), nm.end(), nm.group("noun"), m.end(), refs, 2)
    if c is None and _ORDINAL_SESSION.search(text, m.end(), nm.end()) is not None:
        c = _ordinal_session(frame, off, m.end(), nm, refs)
    if c is None or not (_FRAME_NAMED.search(c.title[1:]) or tm is not None or _ORDINAL_SESSION.search(c.title)):
        return None  # a named event only ("at the summit" names none)
    if tm is not None or _DAYS_POSSESSIVE.match(c.title):
        # (the day's: the programme day's; its name, said after it, is the session's)
        t = _DAYS_POSSESSIVE.sub("", c.title)
        c.title = _clean_title(t[:1].upper() + t[1:] + (", “" + tm.group("q").strip() + "”" if tm is not None else ""))
        c.words = content_words(c.title)
    return c


def _ordinal_session(text: str, off: int, floor: int, nm: regex.Match, refs: list[TimeRef]) -> Candidate | None:
    """"the first session", "the day’s second session": a slot of the programme under way, named by its
    place in the day (a bare "session" names none)."""
    ns = _np_start(text, nm.start(), floor, refs, off)
    om = _ORDINAL_SESSION.search(text, ns, nm.end())
    if om is None:
        return None
    t = _clean_title(om.group(0))
    ref = _nearest_ref(refs, off, max(0, ns - 60), _reach(text, nm.end(), refs, off, 60), nm.start())
    return Candidate(start=off + nm.start(), title=t, head="meeting", kind="meeting", words=content_words(t),
                     ref=ref, strength=2, span=(off + ns, off + nm.end()))


_AND_THE = lazyre.compile(r"(?:,\s*+|\s++)(?:and|as\s++well\s++as)\s++(?:then\s++|also\s++|later\s++)?(?=(?:the|a|an)\s)")
# a list of event phrases under one verb: "a one-on-one meeting, an expanded bilateral meeting,
# followed by a press conference"
_LIST_NEXT = lazyre.compile(
    r"\s*+(?:,\s*+(?:and\s++|then\s++|and\s++then\s++)?(?:(?:followed|joined)\s++by\s++)?"
    r"|\s++(?:and\s++(?:then\s++)?|followed\s++by\s++|then\s++))(?=(?:the|a|an|another)\s)")


# patterns of _coordinated, compiled once (not looked up in regex's cache at each call)
_COORD_BREAK = lazyre.compile(r"[,;]|\b(?:will|to|is|are)\b")


def _coordinated(text: str, off: int, refs: list[TimeRef], c: Candidate) -> None:
    """"will attend the G7 Summit and then the NATO Summit": a second event noun phrase
    coordinated with the first is a second item under the same cue (same day unless it has its own);
    "a one-on-one meeting, an expanded bilateral meeting, followed by a press conference": each
    phrase of a list is an item."""
    m = _AND_THE.search(text, c.start - off, c.span[1] - off + 1)
    if m is None:
        m = _LIST_NEXT.match(text, c.span[1] - off)
    last = c
    while m is not None and len(c.siblings) < 5:
        nm = cues.EVENT_NOUN.search(text, m.end(), min(len(text), m.end() + 50))
        if nm is None or _COORD_BREAK.search(text[m.end():nm.start()]):
            return
        c2 = _noun_candidate(text, off, nm.start(), nm.end(), nm.group("noun"), m.end(), refs, 2)
        if c2 is None or not (c2.ref is None or c2.ref is c.ref) or (c2.head, c2.words) == (last.head, last.words):
            return
        if last is c:
            # the first phrase ends where the second begins: its place is not the second's
            c.location = _place(text[c.start - off:m.start()])
            c.words = content_words(c.title + " " + (c.location or ""))
            c.span = (c.span[0], off + m.start())
        c.siblings.append(c2)
        last = c2
        m = _LIST_NEXT.match(text, c2.span[1] - off)


# "we're going to Iowa today": "going to" with a place, a trip (the cue is the verb itself)
_GOING_TO_PLACE = lazyre.compile(
    r"(?i)\b(?:we|he|she|they|I|you|(?:the\s++)?(?-i:(?:Vice\s++)?President|First\s++Lady))\s*+"
    r"(?:['’]re|['’]s|['’]m|is|are|am)\s++(?:also\s++)?going\s++to$")


# patterns of _visit_of_subject, compiled once (not looked up in regex's cache at each call)
_INDEFINITE_ARTICLE_END = lazyre.compile(r"(?i)\b(?:a|an)\s*+$")
_VISIT_END = lazyre.compile(r"(?i)\s*+(?:[,.;]|which|that|where|$)")


def _visit_of_subject(text: str, off: int, s: int, e: int, word: str, floor: int, refs: list[TimeRef],
                      cue: regex.Match) -> Candidate | None:
    """"German Chancellor Angela Merkel will be at the White House for an official working visit":
    a bare visit is the named subject's ("Official working visit of German Chancellor Angela Merkel")."""
    subj = _subject(text, cue.start())
    if subj is None or not _NAMED.search(subj) or cues.NEGATED.search(text, max(0, cue.start() - 30), s) \
            or not _VISIT_END.match(text[e:e + 8]):
        return None
    ns = _np_start(text, s, cue.end(), refs, off)  # "working visit" may have read as a verb
    if not _INDEFINITE_ARTICLE_END.search(text[max(0, ns - 4):ns]):
        return None  # "his visit", "the visit": a mention of one named elsewhere
    title = _clean_title(text[ns:e] + " of " + subj)
    place = _place(text[cue.end():s])
    return Candidate(start=off + s, title=title, head=head_class(word), kind=head_class(word),
                     words=content_words(title), ref=_nearest_ref(refs, off, 0, e + 40, s),
                     participants=[subj], location=place, span=(off + ns, off + e))


_CAP = r"(?-i:[A-Z])[\w’'.\-]*+"
# "I have invited the incoming president to the White House on the morning of January 20th": a
# guest's visit, dated by the clause
_INVITED = lazyre.compile(
    r"(?i)\b(?:have|has|['’]ve|['’]s)\s++(?:also\s++)?invited\s++(?P<who>(?:the|his|her|our)\s++[\w\-]++(?:\s++[\w\-]++){0,3}?"
    r"|" + _CAP + r"(?:\s++" + _CAP + r"){0,4})\s++to\s++(?P<where>(?:the\s++)?" + _CAP + r"(?:\s++" + _CAP + r"){0,3})")
# "will host Prime Minister Albanese at the White House": a named guest, no event noun
_HOST_GUEST = lazyre.compile(
    r"\s++(?P<who>(?:the\s++)?" + _CAP + r"(?:\s++(?:of\s++(?:the\s++)?)?" + _CAP + r"){0,5})"
    r"(?:\s++(?:at|to)\s++(?P<where>(?:the\s++)?" + _CAP + r"(?:\s++" + _CAP + r"){0,3}))?")


# the guest welcomed: a name with its particles ("President Ursula von der Leyen of the European
# Commission"), the guest's party, the place ("… and his delegation here to the White House")
_WELCOME_GUEST = lazyre.compile(
    r"\s++(?P<who>(?:the\s++)?" + _CAP + r"(?:(?:,\s++|\s++)(?:of\s++(?:the\s++)?|and\s++|(?:(?:von|van|der|den|de|da|del|di|dos|bin|al|el|le|la)\s++){1,2})?" + _CAP + r"){0,14})"
    r"(?:\s++and\s++(?:his|her|their)\s++(?:delegation|wife|husband|spouse|team))?"
    r"(?:\s++(?:back\s++|here\s++)?(?:at|to)\s++(?P<where>(?:the\s++)?" + _CAP + r"(?:\s++" + _CAP + r"){0,3}))?")
_INITIAL_END = lazyre.compile(r"\b[A-Z]\.$")
_WELCOME_WORD = lazyre.compile(r"(?i)welcom|greet|receiv")
# "While on the ground, the President will also receive a briefing from officials on continuing response
# and recovery efforts", "will receive an operational briefing from FEMA": a briefing the principal is
# given is a slot of the programme (not "receive an update" on paper, nor "receive the briefing" said of
# a report); where it is given may come first: "will receive an in-person briefing at FEMA", "an
# operational briefing at the D.C. Emergency Operations Center, from the National Weather Service"
_RECEIVED_BRIEFING = lazyre.compile(
    r"(?i)\s++(?:a|an)\s++(?:(?:full|detailed|brief|short|quick|private|classified|operational|security|"
    r"intelligence|in-person|comprehensive|further|additional)\s++){0,2}briefing\s++"
    r"(?=from|by|on|with|of\s|at\s++(?:the\s++)?(?-i:[A-Z]))")
_RECEIVE_WORD = lazyre.compile(r"(?i)receiv")
_POSSESSIVE_END = lazyre.compile(r"[’']s?$")
_LIST_COMMA = lazyre.compile(r",\s++(?:and\s++)?(?:the\s++)?(?-i:[A-Z])")  # "welcome Prime Minister Modi, Prime Minister Morrison, and …"
_FOR_EVENT = lazyre.compile(r"(?i)\s++for\s++(?:a|an|the|his|her|their)\s")


# "After that, the President will greet U.S. service members and military families at Osan Air Base", "will
# greet the Chargé d’Affaires of U.S. Embassy Seoul … and the Embassy staff", "will also greet with a number
# of local elected officials": people greeted in person, a step of the programme (not a pronoun, "greet
# them"; not a thing, "greet the news"; a named guest welcomed is the guest's visit: _guest_visit)
_GREET_WORD = lazyre.compile(r"(?i)greet")
_GREET_WITH = lazyre.compile(r"(?i)\s++with\b")
GREETING_EXAMPLES = [
    ("After that, the President will greet U.S. service members and military families at Osan Air Base.",
     "Greeting of U.S. service members and military families at Osan Air Base"),
    ("They will also greet with a number of local elected officials.", "Greeting with a number of local elected officials"),
]
GREETING_NEGATIVES = ["He will greet them at the airport.", "He will greet the news with relief.",
                      "He will not greet the troops."]


def _greeting(text: str, off: int, s: int, e: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    if cues.NEGATED.search(text, max(0, cue.start() - 30), s):
        return None
    w = _GREET_WITH.match(text, e)
    start = w.end() if w is not None else e
    stop = _cut(text, start, len(text), refs, off)
    obj = text[start:stop].strip()
    if not obj or _OBJECT_PRONOUN.match(obj) or not _PEOPLE_HINT.search(obj):
        return None
    t = _clean_title(("Greeting with " if w is not None else "Greeting of ") + obj)
    return Candidate(start=off + s, title=t, head="greeting", kind="greeting", words=content_words(t),
                     ref=_nearest_ref(refs, off, 0, _reach(text, stop, refs, off, 40), s),
                     participants=people(obj), location=_place(obj), span=(off + s, off + stop))


# "the President will welcome all of the Pacific Island Forum leaders to the White House", "members of Congress
# will host the Pacific Island leaders on Capitol Hill": a group of visiting leaders received at a named place
# is a slot of the programme (no event noun after: "host the leaders for a working lunch" is the lunch; not
# "host the leaders in Washington", the visit as a whole; not a pronoun, "welcome them to the Capitol")
_HOST_OR_WELCOME = lazyre.compile(r"(?i)host|welcom")
_GROUP_AT = lazyre.compile(
    r"\s++(?:(?i:all)\s++(?:(?i:of)\s++)?)?(?P<g>(?i:the|our)\s++(?:[\w\-’'.]++\s++){0,4}?(?i:leaders|heads\s++of\s++(?:state|government)"
    r"|delegations|governors|mayors|foreign\s++ministers|prime\s++ministers|counterparts))"
    r"\s++(?:(?i:here|back)\s++)?(?i:at|to|on)\s++(?P<where>(?:the\s++)?[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,3})")
GROUP_AT_EXAMPLES = [
    ("On Monday morning, the President will welcome all of the Pacific Island Forum leaders to the White House.",
     "Welcome of the Pacific Island Forum leaders to the White House"),
    ("Later that day, members of Congress will host the Pacific Island leaders on Capitol Hill to talk about trade.",
     "Meeting with the Pacific Island leaders on Capitol Hill"),
]
GROUP_AT_NEGATIVES = ["On Monday, the President will host the leaders in Washington.",
                      "On Monday, the President will welcome them to the White House.",
                      "On Monday, the President will host Pacific Island leaders for a working lunch at the White House.",
                      "On Monday, the President will welcome the leaders’ commitment to the Paris Agreement."]


def _group_at(text: str, off: int, s: int, m: regex.Match, refs: list[TimeRef], cue: regex.Match,
              welcome: bool) -> Candidate | None:
    if cues.NEGATED.search(text, max(0, cue.start() - 30), s):
        return None
    g = " ".join(m.group("g").split())
    where = " ".join(m.group("where").split())
    if where.endswith(".") and not _INITIAL_END.search(where):
        where = where[:-1]
    prep = text[m.end("g"):m.start("where")].split()[-1]
    t = _clean_title(("Welcome of " if welcome else "Meeting with ") + g + " " + prep + " " + where)
    hc = "greeting" if welcome else "meeting"
    return Candidate(start=off + s, title=t, head=hc, kind=hc, words=content_words(t),
                     ref=_nearest_ref(refs, off, 0, _reach(text, m.end(), refs, off, 40), s),
                     participants=[g], location=_WHERE_ARTICLE.sub("", where) or None, span=(off + s, off + m.end()))


# patterns of _guest_visit, compiled once (not looked up in regex's cache at each call)
_WHERE_ARTICLE = lazyre.compile(r"^the\s++")


def _guest_visit(text: str, off: int, m: regex.Match, refs: list[TimeRef]) -> Candidate | None:
    who = " ".join(m.group("who").split())
    if not (_NAMED.search(who) or _ROLE.search(who)) or _NOT_PLACE.match(who):
        return None  # "host the Summit", "invited them": no guest named
    where = " ".join((m.group("where") or "").split())
    if where.endswith(".") and not _INITIAL_END.search(where):
        where = where[:-1]  # the sentence's full stop ("to the White House."; not "the U.S.")
    title = _clean_title("Visit of " + who + (" to " + where if where else ""))
    ref = _nearest_ref(refs, off, 0, m.end() + 60, m.start())
    return Candidate(start=off + m.start(), title=title, head="visit", kind="visit", words=content_words(title),
                     ref=ref, participants=[who], location=_WHERE_ARTICLE.sub("", where) or None,
                     span=(off + m.start(), off + m.end()))


_TRAVELLER = lazyre.compile(
    r"(?i)(?:^|\b(?:we|I|he|she|president|lady|secretary|minister|chancellor|governor|ambassador|envoy|advis[eo]r|"
    r"administrator|director|leader|speaker|king|queen|pope|prince)|\b(?-i:[A-Z][\w’'\-]++))\s*+$")
_PURPOSE_VERB = lazyre.compile(r"(?i)\s*+,?\s*+(?:in\s++order\s++)?to(?=\s++(?:visit|meet|attend|tour|deliver|host|participate|sign|"
                              r"speak|give|hold|join|announce|launch|unveil)\b)")


def _purpose(text: str, off: int, refs: list[TimeRef], c: Candidate) -> None:
    """"is traveling to Dearborn today to visit the Ford Rouge Electric Vehicle Center": the visit
    is what the trip is for, one item with it (its words join the trip's, so that a later mention
    of the visit merges into it); another event the trip is for ("to attend the summit") is an
    item beside it, on the same day."""
    end = c.span[1] - off
    r = next((r for r in refs if r.start - off >= end and not text[end:r.start - off].strip(" ,")), None)
    if r is not None:
        end = r.end - off  # "to Dearborn today to visit…"
    m = _PURPOSE_VERB.match(text, end)
    if m is None:
        return
    c2 = _announced(text, off, refs, m)
    if c2 is not None and c2.head == "visit":
        c.words = c.words | c2.words
    elif c2 is not None and c2.head != "trip":
        c.siblings.append(c2)


# "We will travel up to New York today for a meeting between the President and the Secretary-General": a
# meeting the trip is for, with named people, is an item beside the trip, on its day (not "for the U.N.
# Climate Conference": the event the trip is for, named by its name, is the trip's purpose)
_FOR_A = lazyre.compile(r"\s*+,?\s*+for\s++(?:a|an)\s++")
_FOR_THE = lazyre.compile(r"\s++for\s++(?:a|an|the)\s++")
_WITH_NAMED = lazyre.compile(r"\b(?:with|between)\s++(?:the\s++)?[A-Z]")


def _trip_for_meeting(text: str, off: int, refs: list[TimeRef], c: Candidate) -> None:
    end = c.span[1] - off
    r = next((r for r in refs if r.start - off >= end and not text[end:r.start - off].strip(" ,")), None)
    if r is not None:
        end = r.end - off  # "to New York today for a meeting…"
    m = _FOR_A.match(text, end)
    if m is None:
        # the purpose inside the trip's own complement: "heading to Japan for the G7 bilateral
        # engagements with Prime Minister Kishida" (the meetings with a named leader are an item too)
        m = _FOR_THE.search(text, c.start - off, end)
    nm = cues.EVENT_NOUN.search(text, m.end(), m.end() + 30) if m is not None else None
    if nm is None or c.siblings:
        return
    c2 = _noun_candidate(text, off, nm.start(), nm.end(), nm.group("noun"), m.end(), refs, 2)
    if c2 is not None and c2.head.startswith(("meeting", "bilateral", "engagement")) and _WITH_NAMED.search(c2.title) \
            and c2.ref in (None, c.ref):
        c2.ref = c.ref
        c.siblings.append(c2)


# patterns of _who_meets, compiled once (not looked up in regex's cache at each call)
_MEETING_NOUN_PREFIX = lazyre.compile(r"(?i).*?\b(?:meetings?|sessions?|talks|consultations)\b")
_WHOM_PREP = lazyre.compile(r"(?i)\b(?:with|of|between|among)\b")


def _who_meets(text: str, cue: regex.Match, c: Candidate) -> None:
    """"Secretary Blinken will be traveling to the region, starting with meetings in Israel": the
    meetings are the named subject's ("Meetings of Secretary Blinken in Israel"), not the President's."""
    if c.head != "meeting" or c.participants or _WHOM_PREP.search(c.title):
        return
    subj = _subject(text, cue.start())
    if subj is None or not _NAMED.search(subj) or subj in c.title:
        return
    m = _MEETING_NOUN_PREFIX.match(c.title)
    if m is None:
        return
    c.title = _clean_title(c.title[:m.end()] + " of " + subj + c.title[m.end():])
    c.participants = [subj]
    c.words = content_words(c.title + " " + (c.location or ""))


# "The President will be hosting President Xi for a significant bilateral", "host the Amir for a
# dinner": the guest the event is held with
_HOSTS_FOR = lazyre.compile(
    r"\bhost(?:s|ing|ed)?\s++(?P<g>(?:the\s++)?(?-i:[A-Z][\w’'.\-]*+)(?:\s++(?:of\s++(?:the\s++)?)?(?-i:[A-Z][\w’'.\-]*+)){0,3})"
    r"\s++for\s++(?:a|an|the|his|her|their)\s++$")


# "the President is going to host the leaders for a plenary meeting later this morning": a bare
# event noun (nothing a reader could place by itself) named by the group hosted for it; a new event
# only (indefinite article), the guests a group of people (not "host the summit for a day")
_HOSTS_GROUP_FOR = lazyre.compile(
    r"(?i)\bhost(?:s|ing)?\s++(?P<g>(?:the|our|all\s++the|all\s++of\s++the)\s++(?:[\w\-’']++\s++){0,3}?"
    r"(?:leaders|heads\s++of\s++(?:state|government)|delegations|delegates|governors|mayors|ministers|presidents|"
    r"prime\s++ministers|partners|counterparts|members))\s++for\s++(?:a|an)\s++$")


def _hosted_group(text: str, off: int, s: int, e: int, word: str, floor: int, refs: list[TimeRef],
                  cue: regex.Match) -> Candidate | None:
    ns = _np_start(text, s, floor, refs, off)
    m = _HOSTS_GROUP_FOR.search(text, max(cue.start(), ns - 100), ns)
    if m is None or cues.NEGATED.search(text, max(0, cue.start() - 30), s):
        return None
    while text[e:e + 1].isspace():  # "a plenary meeting": the compound's last noun is the head
        nx = cues.EVENT_NOUN.match(text, e + 1)
        if nx is None:
            break
        e, word = nx.end(), nx.group("noun")
    g = " ".join(m.group("g").split())
    title = _clean_title(text[ns:e] + " with " + g)
    if len(title) < 10:
        return None
    stop = _cut(text, e, len(text), refs, off)
    hc = head_class(word)
    return Candidate(start=off + s, title=title, head=hc, kind=hc, words=content_words(title),
                     ref=_nearest_ref(refs, off, max(0, ns - 60), _reach(text, stop, refs, off, 60), s),
                     participants=[g], location=_place(text[s:stop + 40]), span=(off + ns, off + stop))


# "the Vice President will host him for a bilateral meeting": the guest named earlier in the clause
# ("following the President’s meeting with Prime Minister Lee, …")
_HOSTS_PRONOUN_FOR = lazyre.compile(r"\bhost(?:s|ing)?\s++(?:him|her)\s++for\s++(?:a|an|the|his|her|their)\s++$")
_LEADER_NAMED = lazyre.compile(
    _LEADER_TITLE +
    r"\s++[A-Z][\w’'\-]++(?:\s++[A-Z][\w’'\-]++){0,2}")


def _hosted_guest(text: str, off: int, cue: regex.Match, c: Candidate) -> None:
    if c.participants or _WHOM_PREP.search(c.title):
        return
    ns = c.span[0] - off if c.span[1] > c.span[0] else c.start - off
    m = _HOSTS_FOR.search(text, max(cue.start(), ns - 80), ns)
    if m is None:
        # (the noun phrase's own words may be in the span: look up to its head)
        m = _HOSTS_FOR.search(text[:c.start - off].rsplit(" ", 2)[0] + " ", max(cue.start(), ns - 80))
    if m is not None and m.group("g").split()[-1] not in ("President", "Prime", "Minister"):
        g = m.group("g")
    elif m is None and _HOSTS_PRONOUN_FOR.search(text, max(cue.start(), ns - 80), ns):
        named = None
        for named in _LEADER_NAMED.finditer(text, 0, cue.start()):
            pass
        if named is None:
            return  # (whom "him" stands for is not said in the clause)
        g = " ".join(named.group(0).split())
    else:
        return
    # a host other than the President (the programme's default): "Vice President", "First Lady"
    who = _SPEAKER_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
    host = " ".join(who.group("s").split()) if who is not None and _OTHER_SPEAKER.match(who.group("s")) else None
    if host is not None and c.head not in ("visit", "state visit"):
        host = "the " + host[4:] if host.startswith("The ") else host
        nm = cues.EVENT_NOUN.match(text, c.start - off)
        lead = _clean_title(text[ns:nm.end()]) if nm is not None and ns <= c.start - off else ""
        t = lead + " of " + host + " with " + g + c.title[len(lead):] if lead and c.title.startswith(lead) \
            else c.title + " of " + host + " with " + g
        host = host if len(t) <= TITLE_MAX else None  # (a title cut short names no place: keep the shorter one)
    if host is not None and c.head not in ("visit", "state visit"):
        c.title = _clean_title(t)
        c.participants = [host, g]
    else:
        c.title = _clean_title(c.title + (" of " if c.head in ("visit", "state visit") else " with ") + g)
        c.participants = [g]
    c.words = content_words(c.title + " " + (c.location or ""))


# patterns of _who_travels, compiled once (not looked up in regex's cache at each call)
# the President's own trips are the programme's default: no "Travel of" for them
_PRESIDENT = lazyre.compile(r"President\b")


# a principal other than the President, whose meetings are named by her ("Meeting of Vice President Harris
# with …"); a foreign guest's meeting is titled elsewhere (_GUEST_BEFORE), the President's is the default
_OTHER_PRINCIPAL = lazyre.compile(r"(?:" + _OTHER_ROLES + r"|National\s++Security\s++Advis[eo]r)\b")


def _principal_meets(text: str, cue: regex.Match, c: Candidate) -> None:
    """"So tomorrow morning, Vice President Harris is going to meet virtually with the Taoiseach": the
    meeting is hers ("Meeting of Vice President Harris with the Taoiseach of Ireland"), as a trip is its
    traveller's (_who_travels); its counterparts still tell it apart (its words are kept)."""
    if c.head != "meeting:with" or not c.title.startswith("Meeting with "):
        return
    subj = _subject(text, cue.start())
    if subj is None or not _OTHER_PRINCIPAL.match(subj) or _FIRST_SECOND_PERSON.search(subj):
        return  # (not "Secretary Blinken and I will meet with…": the speaker's own meeting)
    subj = " ".join(subj.split())
    for x in [c] + c.siblings:
        if x.title.startswith("Meeting with "):
            x.title = _clean_title("Meeting of " + subj + " with " + x.title[len("Meeting with "):])
            if subj not in x.participants:
                x.participants = [subj] + x.participants


def _who_travels(text: str, cue: regex.Match, c: Candidate) -> None:
    """"Secretary Blinken will travel to Israel": the trip is the named traveller's ("Travel of
    Secretary Blinken to Israel"); the President's own trips are the programme's default."""
    if c.head != "trip" or not c.title.startswith("Travel to "):
        return
    subj = _subject(text, cue.start())
    if subj is None or not _NAMED.search(subj) or _PRESIDENT.match(subj):
        return
    c.title = _clean_title("Travel of " + subj + " to " + c.title[len("Travel to "):])
    c.participants = [subj] + [p for p in c.participants if p != subj]


# patterns of _announced
_SPACE_CAP = lazyre.compile(r"\s++(?-i:[A-Z][a-z])")
_MOTION_CUE = lazyre.compile(r"(?i)(?:travel+ing|heading|headed)$")
# "President Biden is convening governors … to discuss how we can all work together", "is hosting CEOs to
# discuss supply chains": the cue is the gathering's verb; the infinitive after its guests is its purpose
_GATHERING_CUE = lazyre.compile(r"(?i)(?:hosting|convening)$")
_TO_BEFORE = lazyre.compile(r"(?i)\bto\s++$")
# (a particle of direction between: "is heading out to the region", "is traveling back to Warsaw")
_TO_CAP = lazyre.compile(r"\s++(?:(?:out|over|back|down|up)\s++)?to\s++(?:(?-i:[A-Z])|the\s++region\b)")
_TO = lazyre.compile(r"\s++(?:(?:out|over|back|down|up)\s++)?to")
_CONTINUE_TO = lazyre.compile(r"(?i)\bcontinu(?:e|es|ing)\s++to\s++$")
_LOOK = lazyre.compile(r"(?i)look")
_PREP_BEFORE = lazyre.compile(r"(?i)\b(?:with|in|at|for)\s*+$")
# the occasion guests are welcomed for: "will welcome children to the South Lawn for the first
# in-person Halloween celebration" (a welcome's object, however long, then "for the <event>")
_FOR_OCCASION = lazyre.compile(r"(?i)\bfor\s++(?:a|an|the)\s++(?:[\w’'\-]++\s++){0,3}$")

_PAST_SUBCLAUSE = lazyre.compile(r"(?i)\b(?:as|when|while|after|since)\s++(?:[\w’'.\-]++\s++){0,5}?(?:was|were|had)\s(?![^,;.]{0,80}?\b(?:will|['’]ll)\b)")
_INDIRECT = lazyre.compile(r"(?i)\b(?:how|whether|why|what)\s++(?:(?:they|people|folks|families|Americans|you|we)\s*+)?$")


# "will attend a youth Gaelic sports demonstration", "attend Mass", "attend the Army-Navy game":
# what one attends is an occasion, whatever its noun -- but not schooling ("attend school",
# "attend college") nor "attend to"
_ATTEND_WORD = lazyre.compile(r"(?i)attend(?:s|ing)?$")
_ATTEND_OBJECT = lazyre.compile(
    r"\s++(?P<np>(?:(?:a|an|the|his|her|their|tonight['’]s|today['’]s|tomorrow['’]s)\s++)?"
    r"(?:(?!(?:at|in|on|with|for|to|and|or|where|which|who|that|this|tomorrow|today|tonight|later|"
    r"before|after|alongside|as|by|from|of)\b)[\w’'\-]++\s++){0,5}?"
    r"(?!(?:at|in|on|with|for|to|and|or|the|a|an)\b)[\w’'\-]++)"
    r"(?=\s*+(?:[,.;:!?—–()]|$)|\s++(?:at|in|on|with|for|hosted|where|which|that|and|before|after|this|"
    r"tomorrow|today|tonight|later|alongside|together)\b)")
_NOT_ATTENDED = frozenset(
    "school schools college colleges university universities class classes classroom lectures it "
    "them this that those these him her me us you today tomorrow tonight day days week weekend "
    "month year morning afternoon evening night".split())
_ATTEND_DETERMINERS = ("a", "an", "the", "his", "her", "their")


def _attended(text: str, off: int, s: int, e: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    m = _ATTEND_OBJECT.match(text, e)
    if m is None or cues.NEGATED.search(text, max(0, cue.start() - 30), m.start()):
        return None
    np = " ".join(m.group("np").split())
    words = np.split()
    if words[-1].lower() in _NOT_ATTENDED:
        return None
    if words[0].lower() in _ATTEND_DETERMINERS or "’s" in words[0] or "'s" in words[0]:
        words = words[1:]
    elif not words[0][:1].isupper():  # a bare object is a name ("Mass", "the G20"), not "both services"
        return None
    if not words:
        return None
    t = _clean_title(" ".join(words))
    t = t[:1].upper() + t[1:]
    return Candidate(start=off + s, title=t, head="attend", kind="event", words=content_words(t),
                     ref=_nearest_ref(refs, off, 0, _reach(text, m.end(), refs, off, 40), s),
                     participants=[], span=(off + s, off + m.end()))


# "hold one with Prime Minister Modi", "have another with the Chancellor": a pronoun for the event
# just named, with a named counterpart
_ONE_WITH = lazyre.compile(
    r"\s++(?:one|another)\s++with\s++(?P<w>(?:the\s++)?[A-Z][\w’'.\-]*+(?:\s++(?:of\s++(?:the\s++)?)?[A-Z][\w’'.\-]*+){0,4})")


# a verb of urging or raising before the event head: the head is what is asked of someone or raised
# with them ("urge Beijing to engage in dialogue", "raise … mil-to-mil engagement"); not a press event
_EXHORT = lazyre.compile(
    r"(?i)\b(?:urg(?:e|es|ing)|encourag(?:e|es|ing)|push(?:es|ing)?\s++(?:for|\w++\s++to)|(?<!\b(?:a|an|the|our|preview|phone|press|background|conference)\s++)call(?:s|ing)?\s++(?:on|upon)|"
    r"press(?:es|ing)?(?!\s++(?:conference|call|availabilit|briefing|gaggle|secretary|office|release|pool|event|statement))|"
    r"rais(?:e|es|ing)|stress(?:es|ing)?|emphasi[sz](?:e|es|ing)|underscor(?:e|es|ing)|reiterat(?:e|es|ing))\s")
# (but "raise it at the meeting with …": an event the raising happens at)
_AT_EVENT = lazyre.compile(r"(?i)\b(?:at|during|when|on\s++the\s++margins)\b|\bin\s++(?:the|his|her|their|a|an)\s")
# patterns of _announced, compiled once (not looked up in regex's cache at each call)
_BE_AFTER_CUE = lazyre.compile(r"(?i)\s*+(?:also\s++|then\s++)?be\s")
_LEAD_OR_CHAIR = lazyre.compile(r"(?i)lead|chair")
_BEGIN_OR_END = lazyre.compile(r"(?i)begin|conclud|clos|open|start")
_THERE = lazyre.compile(r"(?i)\bthere\b")


def _announced(text: str, off: int, refs: list[TimeRef], cue: regex.Match,
               fut_ends: list[int] | None = None, nouns: list[regex.Match] | None = None) -> Candidate | None:
    """`fut_ends`: the ends of FUTURE.finditer(text), `nouns` list(EVENT_NOUN.finditer(text)), when
    the caller has them."""
    # (_GOING_TO_PLACE ends with "to" at the cue's end, or before a final newline there)
    if "to" in text[max(0, cue.end() - 3):cue.end()].lower() \
            and _GOING_TO_PLACE.search(text, max(0, cue.end() - 60), cue.end()) and _SPACE_CAP.match(
            text, cue.end()) and not cues.NEGATED.search(text, max(0, cue.start() - 30), cue.end()):
        c = _verb_candidate(text, off, "travel", cue.end() - 2, cue.end(), "to", refs, cue)
        if c is not None:
            return c
    if _INDIRECT.search(text, max(0, cue.start() - 40), cue.start()):
        return None  # "thinking about how they're going to visit their grandparents": no announcement
    if _MOTION_CUE.search(cue.group(0)) and _TO_CAP.match(text, cue.end()) \
            and _TRAVELLER.search(text[:cue.start()].rsplit(",", 1)[-1]):
        # "The President is traveling to Kentucky today": the cue is the motion verb itself (a
        # programme's traveller: not "North Korean soldiers are traveling to Russia")
        to = _TO.match(text, cue.end())
        c = _verb_candidate(text, off, "travel", cue.end(), to.end(), "to", refs, cue)
        if c is not None:
            _who_travels(text, cue, c)
            _purpose(text, off, refs, c)
            return c
    if fut_ends is None:
        fut_ends = [c.end() for c in cues.FUTURE.finditer(text)]
    cue_ends = sorted({cue.end(), *fut_ends})
    heads = [h for h in cues.event_heads(text, cue.end(), nouns)
             if h[2] - max(c for c in cue_ends if c <= h[2]) <= 110]
    floor = cue.end()
    all_heads = heads  # (a verb before the noun, even one a later "starting with" set aside)
    i = 0
    while i < len(heads):
        kind, word, s, e = heads[i]
        if cues.NEGATED.search(text, max(0, cue.start() - 40), s):
            return None  # "I don't have any specific meetings to announce"
        if kind != "noun" and _CONTINUE_TO.search(text[max(0, s - 20):s]):
            return None  # "will continue to engage with…": an ongoing effort, not a programme item
        ex = _EXHORT.search(text, max(cue.end(), s - 70), s)
        if ex is not None and not _AT_EVENT.search(text, ex.end(), s):
            return None  # "continue to urge Beijing to engage in meaningful dialogue with Taipei", "raise the
            # parameters of mil-to-mil engagement with President Xi": what is asked or raised, not a slot
        if kind == "verb:discuss" and _GATHERING_CUE.search(cue.group(0)) and s > cue.end() + 4 \
                and _TO_BEFORE.search(text, max(0, s - 6), s):
            return None  # the purpose of the gathering the cue names, not a slot of its own
        if kind != "noun" and _PAST_SUBCLAUSE.search(text, cue.end(), s):
            i += 1  # "I'll just use the — as the Prime Minister was getting on an airplane to fly to
            continue  # Washington …": the verb of a past time clause the cue does not reach
        if kind == "noun":
            # distance from the nearest cue before the noun ("the first event will be: The
            # President will participate in a wreath-laying ceremony")
            last = max(max((c for c in cue_ends if c <= s), default=cue.end()), floor if floor < s else 0)
            # (or from the verb that introduced it: "will be traveling … to kick off the … tour")
            near = 30 if _LOOK.match(cue.group(0)) else 60
            if s - last > near and not _PREP_BEFORE.search(text, 0, s) \
                    and not (_FOR_OCCASION.search(text, max(0, s - 60), s) and _WELCOME_WORD.search(text, max(0, last - 12), s)
                             and head_class(word) != "visit"):  # (a guest's "official visit": the guest's, not a noun's)
                return None
            c = _noun_candidate(text, off, s, e, word, floor, refs, 2)
            if c is None and head_class(word) in ("visit", "trip"):
                c = _visit_of_subject(text, off, s, e, word, floor, refs, cue)
            if c is None and "host" in text[max(0, s - 120):s].lower():
                c = _hosted_group(text, off, s, e, word, floor, refs, cue)
            if c is None and head_class(word) in ("meeting", "bilateral", "trilateral"):
                c = _meeting_of_subject(text, off, s, e, refs, cue)
            if c is not None and not any(h[0] != "noun" and h[2] < s for h in all_heads) and _BE_AFTER_CUE.match(text[cue.end():]):
                # "X will be a …": an item only when X is an event, a day or "there"
                # ("the main event on Saturday will be the speech"; not "the Quad will be a forum");
                # not when a verb came between ("will be traveling … to kick off the tour")
                subj = text[:cue.start()]
                if not (cues.EVENT_NOUN.search(subj) or _THERE.search(subj + cue.group(0))
                        or any(r.start - off < cue.start() for r in refs)):
                    return None
            if c is not None:
                _who_meets(text, cue, c)
                _hosted_guest(text, off, cue, c)
                _coordinated(text, off, refs, c)
                return c
            floor = e
        else:
            v = kind[5:]
            g = _HOST_GUEST.match(text, e) if v == "host" else None
            fe = _FOR_EVENT.match(text, g.end()) if g is not None else None
            nh = next((h for h in heads[i + 1:] if h[0] == "noun"), None)
            state = nh is not None and fe is not None and nh[2] >= fe.end() and head_class(nh[1]) == "visit"
            if g is not None and (nh is None or state or (fe is not None and nh[2] >= fe.end()
                                                          and _noun_candidate(text, off, nh[2], nh[3], nh[1], floor, refs, 2) is None)):
                # "will host Prime Minister Albanese at the White House": the named guest's visit;
                # "will host Prime Minister Golob of Slovenia for a conversation / for a bilateral
                # meeting": the occasion the guest is hosted for is that visit (a meeting is titled
                # as one with the guest) — not "host the summit for …" (no guest named), nor "host
                # Chancellor Merkel for a working breakfast" (the occasion is an item of its own)
                c = _guest_visit(text, off, g, refs)
                if c is not None and nh is not None and head_class(nh[1]) in ("meeting", "bilateral") \
                        and nh[2] - fe.end() <= 30:
                    ne = nh[3]
                    for h in heads[heads.index(nh) + 1:]:  # ("a bilateral meeting": the whole noun)
                        if h[0] != "noun" or h[2] - ne > 1:
                            break
                        ne = h[3]
                    c.title = _clean_title(text[fe.end():ne].strip() + " with " + c.participants[0])
                    c.title = c.title[:1].upper() + c.title[1:]
                    c.head, c.kind, c.words = "meeting:with", "meeting", content_words(c.title)
                if c is not None and state:
                    # "host Prime Minister Modi … for an official state visit, which will include a state
                    # dinner": the guest's visit, and the events it is said to include beside it
                    for h in heads[heads.index(nh) + 1:]:
                        c2 = _noun_candidate(text, off, h[2], h[3], h[1], nh[3], refs, 2) if h[0] == "noun" else None
                        if c2 is not None and head_class(h[1]) != "visit":
                            c.siblings.append(c2)
                if c is not None:
                    return c
            rb = _RECEIVED_BRIEFING.match(text, e) if v == "welcome" and _RECEIVE_WORD.match(word) else None
            if rb is not None and not cues.NEGATED.search(text, max(0, cue.start() - 30), s):
                stop = _cut(text, rb.end(), len(text), refs, off)
                t = _clean_title("Briefing " + text[rb.end():stop].strip())
                if len(t) > len("Briefing "):
                    return Candidate(start=off + s, title=t, head="briefing", kind="briefing", words=content_words(t),
                                     ref=_nearest_ref(refs, off, 0, _reach(text, stop, refs, off, 40), s),
                                     span=(off + s, off + stop))
            if v == "welcome" and _WELCOME_WORD.match(word) and not any(h[0] == "noun" for h in heads[i + 1:]):
                # "Tomorrow, the President will welcome President Marcos to the White House": the named
                # guest's visit (a titled name, not his news: "welcome President Zelenskyy's decision",
                # "welcome the news"); "… for a bilateral meeting": the event noun decides
                g = _WELCOME_GUEST.match(text, e)
                if g is not None and _NAMED.search(g.group("who")) and not _POSSESSIVE_END.search(g.group("who")) \
                        and not _FOR_EVENT.match(text, g.end()) and not _LIST_COMMA.match(text, g.end()) \
                        and not cues.EVENT_NOUN.search(text, g.end()) and not cues.NEGATED.search(text, max(0, cue.start() - 30), s):
                    # (its day after the guest when one is there: "we announced this morning that … will
                    # welcome Prime Minister Sunak … on Thursday, June 8th")
                    after = [r for r in refs if g.end() <= r.start - off <= g.end() + 60]
                    c = _guest_visit(text, off, g, after or refs)
                    if c is not None:
                        return c
            if v == "welcome" and _GREET_WORD.match(word) and not any(h[0] == "noun" for h in heads[i + 1:]):
                c = _greeting(text, off, s, e, refs, cue)
                if c is not None:
                    return c
            if v == "hold" and _LEAD_OR_CHAIR.match(word) and not any(h[0] == "noun" for h in heads[i + 1:]):
                c = _lead_candidate(text, off, s, e, refs, cue)
                if c is not None:
                    return c
            if v == "hold" and _ATTEND_WORD.match(word) and not any(h[0] == "noun" for h in heads[i + 1:]):
                c = _attended(text, off, s, e, refs, cue)
                if c is not None:
                    return c
            om = _ONE_WITH.match(text, e) if v == "hold" else None
            if om is not None and (_NAMED.search(om.group("w")) or _ROLE.search(om.group("w"))) \
                    and not cues.NEGATED.search(text, max(0, cue.start() - 30), s):
                # "bilateral meetings. He'll hold one with Prime Minister Modi on Friday": "one" stands
                # for the event just named; a meeting with a named counterpart
                who = " ".join(om.group("w").split())
                t = _clean_title("Meeting with " + who)
                return Candidate(start=off + s, title=t, head="meeting:with", kind="meeting", words=content_words(t),
                                 ref=_nearest_ref(refs, off, 0, _reach(text, om.end(), refs, off, 40), s),
                                 participants=[who], span=(off + s, off + om.end()))
            gm = _GROUP_AT.match(text, e) if v in ("host", "welcome") and _HOST_OR_WELCOME.match(word) else None
            if gm is not None and not any(h[0] == "noun" and h[2] >= gm.end("g") for h in heads[i + 1:]):
                # (an event noun in the group's name is no occasion: "the Pacific Island Forum leaders")
                c = _group_at(text, off, s, gm, refs, cue, v == "welcome")
                if c is not None:
                    return c
            if v in ("hold", "host", "welcome"):
                # "will hold a meeting…", "will begin tomorrow with a meeting…": the noun decides
                floor = e
                if _BEGIN_OR_END.match(word):
                    w = _WITH.search(text, e)
                    nxt = next((h[2] for h in heads[i + 1:] if h[0] != "noun"), len(text))
                    if w and w.start() < nxt:  # "begin tomorrow with a meeting", not "start by meeting with"
                        floor = w.end()
                        cur = heads[i]
                        heads = [h for h in heads if h[2] >= floor or h is cur]
                        i = heads.index(cur)  # (the list shrank: keep our place in it)
                i += 1
                continue
            c = _verb_candidate(text, off, v, s, e, word, refs, cue)
            if c is not None:
                _who_travels(text, cue, c)
                who_speaks(c, _subject(text, cue.start()))
                _principal_meets(text, cue, c)
                if c.head == "trip":
                    _trip_for_meeting(text, off, refs, c)
                elif kind == "verb:meet":
                    _then_heading(text, off, c)
                return c
            floor = e
        i += 1
    return None


# A named initiative led or chaired: "will lead the effort in adopting an “Action Plan on Health
# and Resilience in the Americas”", "will chair the Global Dialogue on …" (a name in capitals)
_INITIATIVE = lazyre.compile(
    r"(?:(?-i:[A-Z][\w’'\-]*+|U\.S\.)\s++){0,4}?(?-i:(?:Plan|Initiative|Dialogue|Partnership|Declaration|Session|Compact|"
    r"Framework|Charter|Agenda|Strategy|Roadmap|Alliance|Coalition|Pledge|Summit|Meeting|Ministerial|Forum|Roundtable))\b"
    r"(?:\s++(?:on|of|for|to)\s++(?:(?:the|and|in|of|for)\s++|(?-i:[A-Z][\w’'\-]*+)\s*+){1,10})?")


# patterns of _lead_candidate, compiled once (not looked up in regex's cache at each call)
_NAME_ARTICLE = lazyre.compile(r"(?i)^the\s++")
_CHAIR = lazyre.compile(r"(?i)chair")


def _lead_candidate(text: str, off: int, s: int, e: int, refs: list[TimeRef], cue: regex.Match) -> Candidate | None:
    """"Tomorrow, President Biden will lead … the “Action Plan on …”": leading a named initiative is
    a programme item, but only with a day of its own (an effort led is more often ongoing)."""
    end = min(len(text), e + 140)
    for r in refs:
        if e <= r.start - off < end:
            end = r.start - off
    stop = _CLAUSE_STOP.search(text, e, end)
    m = _INITIATIVE.search(text, e, stop.start() if stop else end)
    if m is None or cues.NEGATED.search(text, max(0, cue.start() - 30), m.start()):
        return None
    name = m.group(0).strip("“\" ")
    title = _clean_title(("Chairing of the " if _CHAIR.match(text[s:e]) else "Leadership of the ")
                         + _NAME_ARTICLE.sub("", name))
    ref = _nearest_ref(refs, off, 0, m.end(), s)
    subj = _subject(text, cue.start())
    return Candidate(start=off + s, title=title, head="initiative", kind="launch", words=content_words(title), ref=ref,
                     needs_own_date=True, participants=[subj] if subj else [], span=(off + s, off + m.end()))


_TIMETABLE = lazyre.compile(
    r"(?i)\s*+(?:(?:officially|formally|then|also)\s++)?(?:begins|starts|opens|concludes|ends|wraps\s++up|closes|"
    r"kicks\s++off|gets\s++underway|gets\s++under\s++way|continues|resumes|takes\s++place|convenes)\s*+(?:on\s++|at\s++)?")

# "today is the kickoff of the U.N. Ocean Conference", "Monday marks the opening of the summit": the
# day named as the event's start, a timetable in a copula
_OPENING_OF = lazyre.compile(
    r"(?i)\s*+(?:is|marks)\s++(?:the\s++)?(?:official\s++)?(?:kick-?off|start|opening|beginning|first\s++day)"
    r"\s++of\s++(?:the\s++)?")


# patterns of _framing, compiled once (not looked up in regex's cache at each call)
_PRESS_CALL_NOUN = lazyre.compile(r"(?i)(?:call|briefing|conference)$")
# a verb between the noun and its date means the date belongs to a clause, not the noun
_AUXILIARY_VERB = lazyre.compile(r"(?i)\b(?:is|are|was|were|will|be|has|have|had)\b")
_FRAMING_CAPITAL = lazyre.compile(r"[A-Z]")
_TODAYS = lazyre.compile(r"(?i)today['’‘]s$")
_BOUNDARY_OF = lazyre.compile(r"(?i)\b(?:conclusion|end|close|start|opening|beginning)\s++of\s++(?:the\s++)?$")


# a relative clause that says only when (and where) the event is held, up to its date
_REL_PLACE = lazyre.compile(
    r"(?i),?\s*+(?:that|which)\s++(?:"
    r"(?:is|are)\s++(?:(?:going\s++to|scheduled\s++to|set\s++to|expected\s++to|slated\s++to)\s++(?:be\s++taking|take)|taking)"
    r"|will\s++(?:be\s++taking|take)|takes)\s++place"
    r"(?:\s++(?:in|at)\s++(?-i:[A-Z])[\w’'\-]*+(?:\s++(?-i:[A-Z])[\w’'\-]*+){0,2})?\s++"
    r"|,?\s*+(?:that|which)\s++(?:will\s++be|(?:is|are)\s++(?:going\s++to\s++be|scheduled\s++to\s++be|being))\s++held"
    r"(?:\s++(?:in|at)\s++(?-i:[A-Z])[\w’'\-]*+(?:\s++(?-i:[A-Z])[\w’'\-]*+){0,2})?\s++")
_ON_IN = lazyre.compile(r"(?:(?:on|in)\s++)?")


# framing events announced a year or more ahead by their year alone (not a meeting or a visit: those a
# programme gives a day)
_YEAR_HEADS = frozenset({"summit", "conference", "ministerial", "convention", "games"})


def _framing(text: str, off: int, refs: list[TimeRef], bdate: str,
             nouns: list[regex.Match] | None = None) -> list[Candidate]:
    """An event noun carrying a date of its own: "the meetings of NATO Ministers of Foreign
    Affairs on 5 and 6 December", "tomorrow’s Leaders’ Summit", "NATO’s next Summit".
    `nouns`: list(cues.EVENT_NOUN.finditer(text)), when the caller has it."""
    future = [r for r in refs if r.last_day >= bdate]
    out: list[Candidate] = []
    if not future:
        return out
    for m in cues.EVENT_NOUN.finditer(text) if nouns is None else nouns:
        noun = m.group("noun")
        around = text[max(0, m.start() - 30):m.end()]
        if cues.SELF.search(around) and _PRESS_CALL_NOUN.search(noun):
            continue
        c = _noun_candidate(text, off, m.start(), m.end(), noun, 0, refs, 1)
        # "I just don't have anything that's going to come out of the NATO Summit this week"
        if c is None or cues.NEGATED.search(text, max(0, c.span[0] - off - 70), m.start()):
            continue
        rel = None
        if c.ref is None:
            # "the counternarcotics working group meeting that is going to be taking place on the 30th
            # of January": a relative clause that only places the event dates it
            rel = _REL_PLACE.match(text, c.span[1] - off)
            if rel is not None and cues.EVENT_NOUN.search(text, m.end(), c.span[1] - off) is not None:
                rel = None  # the clause belongs to the last event noun ("the meeting … and the summit that…")
            if rel is not None:
                c.ref = next((r for r in refs if r.start - off >= rel.end()
                              and _ON_IN.fullmatch(text, rel.end(), r.start - off)), None)
                rel = rel if c.ref is not None else None
        if c.ref is None or c.ref.last_day < bdate:
            continue
        rs, re_ = c.ref.start - off, c.ref.end - off
        if rel is not None:
            if not any(c.ref is o.ref for o in out):
                out.append(c)
            continue
        opening = re_ <= c.span[0] - off and _OPENING_OF.fullmatch(text, re_, c.span[0] - off) is not None
        # "the summit concludes this afternoon", "the G20 opens tomorrow": a timetable in the present
        timetable = rs >= c.span[1] - off and (_TIMETABLE.fullmatch(text, c.span[1] - off, rs) is not None or _BOUNDARY_OF.search(text[max(0, c.span[0] - off - 30):c.span[0] - off]) is not None) or opening  # "the conclusion of the Summit this afternoon"
        if c.ref.first_day == bdate == c.ref.last_day and not timetable and (not _TODAYS.match(c.ref.text) or cues.SELF.match(text, c.ref.start - off)):
            continue  # "joining us today for our call to…", "today's press call": today names the call
        gap = (rs - (c.span[1] - off)) if rs >= c.span[1] - off else ((c.span[0] - off) - re_ if re_ <= c.span[0] - off else 0)
        between = text[min(re_, c.span[1] - off):max(rs, c.span[0] - off)]
        if not opening and (gap > 45 or _AUXILIARY_VERB.search(between)
                            or cues.FUTURE.search(between) or cues.PAST.search(between)):  # "…meeting that took place this morning"
            continue  # the date must qualify the noun phrase itself
        if noun.lower() in cues.WEAK_NOUN and not _FRAMING_CAPITAL.search(text[c.span[0] - off:m.start()]) \
                and not any(_NAMED.search(p) for p in c.participants):
            continue  # (but "an engagement with Prime Minister Suga on Friday": a named counterpart)
        ex = _EXHORT.search(text, max(0, c.span[0] - off - 70), c.span[0] - off)
        if ex is not None and not _AT_EVENT.search(text, ex.end(), c.span[0] - off):
            continue  # "raise the broad parameters of mil-to-mil engagement with President Xi next week": a topic
        if any(c.ref is o.ref for o in out):
            continue  # one date, one framing event ("the Summit of X plus Y on 16 July")
        if c.ref.grain == "year" and c.ref.first_day > bdate and c.head in _YEAR_HEADS:
            c.coarse_ok = True  # "a second Summit for Democracy roughly a year from now": a summit a year on
        out.append(c)
    if "place" in text or "held" in text:
        out.extend(_named_timed(text, off, future, out))
    return out


# "COP27, taking place in Sharm el-Sheikh later this year", "the G20, which will be held in Bali in
# November": an event by its numbered name, with a clause that only says where and when it is held
_NAMED_TIMED = lazyre.compile(
    r"(?<![\w\-])(?P<name>(?-i:COP\s?\d{1,2}|G-?\d{1,2}))\s*+,?\s*+(?:(?:that|which)\s++(?:will\s++(?:be\s++taking|"
    r"take)\s++place|takes\s++place|will\s++be\s++held|is\s++(?:being|to\s++be)\s++held)|taking\s++place|to\s++be\s++held|"
    r"being\s++held)(?:\s++(?:in|at)\s++(?P<p>(?-i:[A-Z])[\w’'\-]*+(?:,?\s++[\w’'\-]++){0,2}?))?\s++(?:(?:on|in)\s++)?$")


def _named_timed(text: str, off: int, future: list[TimeRef], out: list[Candidate]) -> list[Candidate]:
    got = []
    for r in future:
        rs = r.start - off
        m = _NAMED_TIMED.search(text, max(0, rs - 120), rs)
        if m is None or any(o.ref is r for o in out):
            continue
        name = " ".join(m.group("name").split())
        got.append(Candidate(start=off + m.start(), title=name, head="conference" if name[:1] == "C" else "summit",
                             kind="event", words=content_words(name), ref=r, coarse_ok=True,
                             location=m.group("p"), strength=1, span=(off + m.start(), off + m.end())))
    return got


# patterns of framing_from_title, compiled once (not looked up in regex's cache at each call)
# some titles keep the JSON escape of ’ literally
_ESCAPED_APOSTROPHE = lazyre.compile(r"\\u2019")
_DATELINE_BAR = lazyre.compile(r"\s++\|\s++")


_EN_ROUTE_TITLE = lazyre.compile(r"\bEn\s++Route\s++(?:to\s++)?(?P<p>[A-Z][\w.’'\-]*+(?:\s++[A-Z][\w.’'\-]*+){0,3}"
                                r"(?:,\s*+[A-Z][\w.’'\-]*+(?:\s++[A-Z][\w.’'\-]*+){0,2})?)\s*+$")
# the way back to the seat of government is no programme item (any administration's: not one
# President's private homes, which are trips like any other)
_HOME_BASE = lazyre.compile(r"(?i)(?:Joint\s++Base\s++)?Andrews|Washington|the\s++White\s++House")


def framing_from_title(doc, briefing) -> Candidate | None:
    """The event a briefing's title previews ("Background Press Call Previewing the Vice
    President’s Trip to Munich, Germany")."""
    fm = doc.front_matter.get("title")
    if briefing.title:
        title = briefing.title
        start = fm[1] if fm else max(doc.text.find(briefing.title), 0)
    elif fm:
        title, start = fm[0], fm[1]
    else:
        return None
    title = title.replace("\\_", " ").replace("\u00a0", " ")
    title = _ESCAPED_APOSTROPHE.sub("’", title)
    title = _DATELINE_BAR.split(title, 1)[0]  # "… the G20 Summit in India | New Delhi, India": a dateline after it
    if len(title) > 160 or title.rstrip().endswith((".", "?", "!")) or cues.FUTURE.search(title):
        return None  # a sentence, not a title
    m = _FRAMING_TITLE.search(title)
    if not m:
        er = _EN_ROUTE_TITLE.search(title)
        if er is None or _HOME_BASE.match(er.group("p")):
            return None
        # "Press Gaggle … En Route Ottawa, Canada": the trip under way as the briefing is given
        s = max(start, 0) + (doc.text[max(start, 0):max(start, 0) + 1] == '"')
        t = _clean_title("Travel to " + er.group("p"))
        return Candidate(start=s, title=t, head="trip", kind="trip", words=content_words(t), ref=None, strength=0,
                         location=er.group("p"), span=(s, fm[2] if fm else s + len(title)), deictic=True)
    ev = m.group("ev").strip()
    nm = cues.EVENT_NOUN.search(ev)
    while nm is not None and ev[nm.end():nm.end() + 1].isspace():
        # a compound of event nouns ("Bilateral Engagement"): the last is the head
        nx = cues.EVENT_NOUN.match(ev, nm.end() + 1)
        if nx is None:
            break
        nm = nx
    if nm is not None and nm.group("noun").lower() in cues.WEAK_NOUN:
        at = _AT_EVENT_TITLE.match(ev, nm.end())
        nx = cues.EVENT_NOUN.search(ev, at.end()) if at is not None else None
        if nx is not None and nx.group("noun").lower() not in cues.WEAK_NOUN:
            ev = ev[at.end():]
            nm = cues.EVENT_NOUN.search(ev)
    if nm is None:
        tr = _TRAVEL_TO_TITLE.search(ev)
        if tr is not None and not _HOME_BASE.match(tr.group("p")):
            ev = "Travel to " + tr.group("p")
            nm = cues.EVENT_NOUN.search("trip")  # (its head class)
    if nm is None or nm.group("noun").lower() in cues.WEAK_NOUN:
        return None  # ("the President’s Upcoming Bilateral Engagement": which one is not said)
    t = _clean_title(ev)
    hc = head_class(nm.group("noun"))
    if m.group("named") is not None and (hc.startswith("day ") or hc.endswith(" day")):
        return None  # ("… on President Biden’s Second Day in Germany": said on that day, as often as before it)
    s = max(start, 0)
    end = s + len(title)
    if fm:
        # a YAML title may run over indented continuation lines; the evidence is all of it
        if doc.text[s:s + 1] == '"':
            s += 1
        end = fm[2]
        while True:
            nl = doc.text.find("\n", end)
            nxt = doc.text.find("\n", nl + 1)
            nxt = len(doc.text) if nxt < 0 else nxt
            if nl < 0 or not doc.text[nl + 1:nl + 2] in (" ", "\t") or not doc.text[nl + 1:nxt].strip() \
                    or nxt > doc.body_start:
                break
            end = nxt
        end = end - 1 if doc.text[end - 1:end] == '"' else end
        end = end - 1 if doc.text[end - 1:end] == "\r" else end
    return Candidate(start=s, title=t, head=hc, kind=hc, words=content_words(t), ref=None,
                     strength=0, location=_place(ev), span=(s, end))
