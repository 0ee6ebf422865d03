"""Event cues: how briefings announce a programme item.

Not a date family: `rules.match` does not use this module; schedule.py does. It lives here so its
examples run with every other rule family (tests/test_rules.py).

Briefings announce an item with a future cue (will/shall/’ll/going to/is to/plans to/expected to/
looking forward to, "there will be", "we begin … with", "joined by") followed by an event verb
(meet, visit, travel to, host, sign, unveil, convene …) or an event noun (meeting, session,
summit, visit, bilateral, call, speech, dinner, signing, press conference, ceremony …). A framing
event needs no verb: an event noun with a date of its own ("the meetings of Foreign Ministers on
5 and 6 December", "tomorrow’s Leaders’ Summit", "NATO’s next Summit").
"""
from __future__ import annotations

import regex
from .. import lazyre

A = r"['’]"  # straight or curly apostrophe
# a leader's title before the name ("call President Xi"; titles.py shares it), an alternation
LEADER_TITLES = (r"President|Prime\s++Minister|Chancellor|King|Queen|Crown\s++Prince|Premier|Emperor|Sheikh|Amir|Emir|"
                 r"General\s++Secretary|Secretary[\s\-]General")

# A future cue: what marks a clause as announcing something still to come.
FUTURE = lazyre.compile(
    r"(?ix)\b(?:"
    r"will|shall|(?:I|you|he|she|it|we|they|there|that|who)" + A + r"ll"
    # an adverb between ("we're actually going to be convening…")
    r"|(?:is|are|am|" + A + r"s|" + A + r"re|" + A + r"m)\s++(?:also\s++|then\s++|now\s++|actually\s++|really\s++|still\s++|just\s++)?"
    r"(?:going|set|scheduled|due|expected|slated|planning|poised|hoping|looking\s++forward|about)\s++to"
    # ("we're about to kick off the first day of the Summit": the imminent future)
    r"|(?:is|are)\s++to(?=\s++(?:be|meet|hold|visit|host|travel|attend|sign|speak|deliver|give|make|open|chair|lead)\b)"
    r"|plans?\s++to|intends?\s++to|expects?\s++to|expected\s++to|aims?\s++to"
    # "we can expect the President to see the Crown Prince": an expected step of the programme
    r"|expect\s++(?:the\s++(?:President|Vice\s++President|First\s++Lady|Secretary|leaders)|him|her|them)\s++to(?=\s)"
    r"|looks?\s++forward\s++to|looking\s++forward\s++to"
    r"|(?:is|are)\s++(?:traveling|travelling|heading|hosting|convening|leading)"
    r"|(?:we|I)\s++(?:begin|start|conclude|close|open|end)(?=\s)"
    r"|joined\s++by"
    r")\b")

# Speed: a necessary condition for a FUTURE match, far cheaper than the search (most sentences of a
# briefing have none). Every alternative of FUTURE contains one of these strings (case-folded: the
# `in` tests see what (?i) sees), except "is/are to <verb>", which _IS_TO finds by its literal "to".
# A new alternative of FUTURE needs its word here (check_example asserts it for every example).
_FUTURE_WORDS = ("will", "going", "’ll", "plan", "expect", "end", "set", "forward", "open", "start",
                 "travel", "due", "aim", "leading", "intend", "joined", "hoping", "close", "begin", "shall",
                 "'ll", "scheduled", "slated", "poised", "heading", "hosting", "convening", "conclude")
_IS_TO = lazyre.compile(
    r"(?i)to(?=\s++(?:be|meet|hold|visit|host|travel|attend|sign|speak|deliver|give|make|open|chair|lead)\b)"
    r"(?<=\b(?:is|are)\s++to)")


# "is about to": "about" alone is too common a word for the list above; the phrase is checked instead
_ABOUT_TO = lazyre.compile(r"(?i)about\s++to\b")


def may_have_future(text: str, start: int = 0, end: int | None = None, folded: str | None = None) -> bool:
    """False only when FUTURE.search(text, start, end) surely finds nothing (see _FUTURE_WORDS).
    `folded`: text[start:end].casefold(), when the caller has it."""
    end = len(text) if end is None else end
    seg = text[start:end].casefold() if folded is None else folded
    for w in _FUTURE_WORDS:
        if w in seg:
            return True
    if "about" in seg and _ABOUT_TO.search(text, start, end) is not None:
        return True
    return _IS_TO.search(text, start, end) is not None


def _starts_with_any(words: list[str]) -> str:
    """A lookahead for "one of `words` starts here", grouped by first letter (the regex engine
    tries one branch per letter instead of every word: a faster scan)."""
    given = set(words)
    # (a word with a shorter listed word as its prefix adds nothing; checked by its prefixes, not
    # against every word: this runs at import)
    words = sorted(w for w in given if not any(w[:k] in given for k in range(1, len(w))))
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(regex.escape(w[1:]))
    return "(?=" + "|".join(c + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                            for c, rest in by_first.items()) + ")"


# A present progressive of an event verb ("the President is meeting with Prime Minister Johnson
# this afternoon"): an announcement only in a clause that also names a day on or after the
# briefing (schedule.py checks the day); on its own it reports what is going on.
PROGRESSIVE = lazyre.compile(
    r"(?i)\b(?:is|are|am|" + A + r"s|" + A + r"re|" + A + r"m)\s++(?:also\s++|then\s++|now\s++)?"
    r"(?=(?:meeting|visiting|hosting|holding|attending|participating|signing|delivering|giving|"
    r"speaking|travel+ing|heading|headed|flying|departing|leaving|welcoming|receiving|touring|"
    r"launching|announcing|unveiling|convening|chairing|joining|making|addressing|seeing|sitting\s++down|"
    r"releasing|issuing|publishing)\b)")

# A timetable in the simple present ("The President travels to Iowa today", "Tomorrow, he heads to
# Pittsburgh"): like the progressive, a cue only in a clause naming a day on or after the briefing
# (titles.candidates checks the day). Zero-width: the verb itself is the event head.
SIMPLE_PRESENT = lazyre.compile(
    r"(?<=\b(?:[Hh]e|[Ss]he|[A-Z][\w’'.\-]{1,30})\s{1,3}(?:also\s{1,3}|then\s{1,3}|first\s{1,3})?)"
    r"(?=(?:travels|heads|flies|departs|arrives|visits|tours|meets|hosts|holds|attends|delivers|signs|"
    r"speaks|welcomes|receives|convenes|chairs|participates|kicks\s++off)\b)"
    # the speaker's party on its way: "And then we head out to Rome … this coming weekend"
    r"|(?<=\b[Ww]e\s{1,3}(?:also\s{1,3}|then\s{1,3}|first\s{1,3})?)(?=(?:head|travel|fly)\b)"
    # a plural subject: a named visitor with his party, or the leaders ("President Marcos and his
    # team arrive in Washington this afternoon", "the two leaders meet tomorrow")
    r"|(?<=\b(?:[A-Z][\w’'.\-]{1,30}\s{1,3}and\s{1,3}(?:his|her|their)\s{1,3}(?:team|delegation|wife|husband|spouse)"
    r"|[Tt]he\s{1,3}(?:two\s{1,3}|three\s{1,3})?leaders)\s{1,3})(?=(?:arrive|meet)\b)")

# Speed: one of these is in every PROGRESSIVE match (case-folded) and every SIMPLE_PRESENT match
# (as written: that pattern is case-sensitive): cheap tests before the searches. A new verb of
# either pattern needs its word here (check_example asserts it for every example).
_PROGRESSIVE_WORDS = ("meeting", "visiting", "hosting", "holding", "attending", "participating", "signing",
                      "delivering", "giving", "speaking", "travel", "heading", "headed", "flying", "departing",
                      "leaving", "welcoming", "receiving", "touring", "launching", "announcing", "unveiling",
                      "convening", "chairing", "joining", "making", "addressing", "seeing", "sitting", "releasing",
                      "issuing", "publishing")
_SIMPLE_PRESENT_WORDS = ("travel", "head", "flies", "fly", "departs", "arrive", "meet", "visits", "tours", "meets", "hosts",
                         "holds", "attends", "delivers", "signs", "speaks", "welcomes", "receives", "convenes",
                         "chairs", "participates", "kicks")


def may_be_progressive(folded: str) -> bool:
    """False only when PROGRESSIVE finds nothing in the text whose casefold() is `folded`."""
    return any(w in folded for w in _PROGRESSIVE_WORDS)


def may_be_simple_present(text: str) -> bool:
    """False only when SIMPLE_PRESENT finds nothing in `text`."""
    return any(w in text for w in _SIMPLE_PRESENT_WORDS)


# Past forms that mark a clause as reporting, not announcing.
PAST = lazyre.compile(
    r"(?i)\b(?:had|was|were|did|met|held|hosted|signed|visited|traveled|travelled|attended|agreed|"
    r"announced|spoke|discussed|took\s++place|ago|last\s++(?:week|month|year)|yesterday|heard|said|told|"
    r"mentioned|noted|saw|(?:has|have)\s++(?:already\s++|also\s++)?(?:engaged|participated|joined|traveled|travelled|"
    r"spoken|talked|convened|launched|welcomed)|"
    r"have\s++(?:already\s++)?(?:met|held|hosted|signed|discussed)|has\s++(?:already\s++)?(?:met|held|hosted|signed))\b")

# Event nouns: the heads of programme items (longest alternatives first).
# Speed: every alternative below starts with one of these words, checked first by a lookahead
# (with \b, implied there by the lookbehind): a scan ~1.6x faster, the same matches. A new
# alternative needs its first word here.
_NOUN_STARTS = ("press news media phone video telephone working plenar session meeting summit ministerial "
                "state official visit trip bilat trilateral speech dinner lunch breakfast reception signing "
                "ceremon round talks consultations engagement event commemoration celebration parade toast barbecue picnic cookout "
                "unveiling gathering retreat conference forum tour call day convention funeral memorial vigil "
                "rall town prayer remembrance interfaith worship church inauguration fundraiser commencement "
                "dialogue conversation launch announcement remarks first second third fourth final last "
                "opening closing high leader discussion").split()
EVENT_NOUN = lazyre.compile(
    r"(?ix)\b" + _starts_with_any(_NOUN_STARTS) + r"(?<![\w\-])(?P<noun>"
    # a meeting by the rank of those who hold it ("host a ministerial-level discussion on AGOA"; a
    # bare "discussion" is a topic: "we'll have discussions about next steps")
    r"(?:ministerial|high|leaders?)-level\s++(?:discussions?|dialogues?|meetings?|sessions?|talks|consultations)"
    # a discussion someone hosts is an occasion ("Vice President Harris will also host a discussion with
    # ASEAN leaders"; not "have discussions about next steps")
    r"|(?<=\bhost(?:s|ing)?\s{1,3}an?\s{1,3}(?:[\w\-]{1,20}\s{1,3})?)discussion"
    r"|(?:press|news)\s++conferences?|(?:press|media)\s++availabilit(?:y|ies)|(?:phone|video|telephone)\s++calls?"
    r"|(?:working\s++|plenary\s++)?sessions?|plenar(?:y|ies)|meetings?|summits?|ministerials?"
    r"|(?:state\s++|official\s++)?visits?|trips?|bilaterals?|bilats?|trilaterals?"
    r"|speech(?:es)?|dinners?|luncheons?|lunch(?:es)?|breakfasts?|high\s++teas?|receptions?|signings?"
    # a meal outdoors hosted for guests ("we'll conclude with a barbecue hosted by the Australian ambassador",
    # "they will host a Fourth of July barbecue with essential workers"); not people having one ("so we can
    # have a barbecue on July 4th", "get together for barbecues")
    r"|(?<=\bhost(?:s|ing)?\s{1,3}(?:(?:an?|the|our|his|her|their)\s{1,3})?(?:[\w\-’']{1,20}\s{1,3}){0,3})(?:barbecue|picnic|cookout)"
    r"|(?:barbecue|picnic|cookout)(?=\s++hosted\s++by\b)"
    r"|ceremon(?:y|ies)|round\s?tables?|roundtables?|talks|consultations|engagements?|events?"
    r"|commemorations?|celebrations?|parades?|toasts?|unveiling|gatherings?|retreats?|conferences?"
    r"|forums?|tours?|calls?|day\s++(?:one|two|three|four)"
    # ("… lift up that vision and rally countries to do more", "rally support": the verb)
    r"|conventions?|(?:state\s++)?funerals?|memorial\s++services?|vigils?"
    r"|rall(?:y|ies)(?!\s++(?:the|our|their|countries|nations|allies|partners|support|other|global|around|behind|together)\b)"
    r"|town\s++halls?"
    # a service held for the dead or in prayer ("an Interfaith Prayer Service"), "the Carter memorial",
    # "the inauguration": not "the Secret Service"
    r"|(?:prayer|funeral|remembrance|interfaith|worship|church)\s++services?|memorials?(?!\s++(?-i:[A-Z]))|inaugurations?"
    # the President's annual address by its name ("ahead of the State of the Union tomorrow"); capitals:
    # not "the state of the union is strong"
    r"|(?-i:State\s++of\s++the\s++Union)(?:\s++(?:address|speech))?"
    r"|fundraisers?|commencements?|dialogues?|conversations?|launch|announcements?|remarks"
    r"|(?:first|second|third|fourth|final|last|opening|closing)\s++day"
    # (a modifier of the people or place of an event, not the event: "our four summit co-hosts", "the
    # summit participants", "the meeting venue")
    r")\b(?!-?\s*+(?:co-?hosts?|participants|attendees|organi[sz]ers?|sherpas?|venues?|logos?)\b)")

# Heads that name a place or body as much as an event: only an event with a date of its own.
WEAK_NOUN = frozenset("conference conferences forum forums tour tours events event engagements "
                      "engagement talks consultations gathering gatherings calls call dialogue dialogues "
                      "conversation conversations launch announcement announcements convention "
                      "conventions remarks memorial memorials".split())

# Event heads that name one event by themselves ("the inauguration", "his inauguration"): a title
# needs no further name.
UNIQUE_NOUN = frozenset({"inauguration"})

# The briefing itself is not a programme item ("this call", "today’s call", "the press call").
SELF = lazyre.compile(
    r"(?i)\b(?:this|today" + A + r"s|the|our|tonight" + A + r"s|background|press|conference)\s++"
    r"(?:background\s++|press\s++|NSC\s++)?(?:call|briefing|press\s++conference)\b")

# A follow-up the press office promises ("We'll look forward to a briefing later in the week", "we'll
# have another briefing tomorrow"): an item when a day to come follows it (schedule checks the day);
# "this briefing", "today's briefing" are the briefing itself (no article of a new one)
FOLLOW_UP = lazyre.compile(
    r"(?i)\b(?:a|an|another|the\s++next|our\s++next|a\s++further|a\s++new)\s++"
    r"(?:(?:press|news|media|full|formal|public|team|COVID(?:-19)?|Response\s++Team|further|new)\s++){0,3}"
    r"(?P<noun>briefing|press\s++conference|press\s++call|update)\b"
    # "look forward to briefing (you) early next week": the briefers' next briefing, said as a gerund
    r"|(?<=\bforward\s++to\s++)(?P<noun>briefing)(?:\s++you(?:\s++all)?)?\b")

# A vague or plural-unspecified item ("a number of other engagements", "several bilats").
VAGUE = lazyre.compile(
    r"(?i)\b(?:a\s++number\s++of|several|various|many|some|other|any|more|these|those|numerous|multiple|"
    r"all\s++(?:of\s++)?(?:our|the|their|his|her|these|those)|"
    r"a\s++(?:wide\s++|broad\s++)?(?:range|series|host|lot|couple)\s++of|lots\s++of|dozens\s++of|further|additional)"
    # (no preposition between: "offer some observations on Sullivan's visit" is no vague visit)
    r"\s++(?:(?!(?:on|in|at|for|with|about|to|from|by|during|into|after|before)\s)[\w\-]++\s++){0,2}$")

# Event verbs after a future cue; group name gives the nominalisation in schedule titles.
# Speed: every alternative below (after its lookbehinds) starts with one of these stems, checked
# first by a lookahead: a scan ~4x faster, the same matches. A new alternative needs its stem here.
_VERB_STARTS = ("award confer bestow meet grieve mourn pray sit touch see engag walk visit tour tak stop travel head fl arriv depart leav "
                "return unveil launch announc releas put issu publish sign conven reconven celebrat speak deliver giv offer provid "
                "mak address host present hold ha participat attend join chair lead open begin conclud clos "
                "start kick rolled welcom greet receiv discuss consider review call talk").split()
EVENT_VERB = lazyre.compile(
    r"(?ix)\b" + _starts_with_any(_VERB_STARTS) + r"(?:"
    # ("meet parents where they are": outreach that reaches people, no meeting; not "where they are deployed")
    r"(?P<meet>meet(?:s)?(?:\s++with)?(?!\s++(?:[\w’'\-]++\s++){1,4}?where\s++(?:they|you|people|folks|families)\s++"
    r"(?:are(?!\s++\w++(?<=ed)\b)|live|work|shop|worship|gather)\b)|"
    # consoling a community in person: "will grieve with the families", "mourn with a grieving city"
    r"(?<=\b(?:will|to|and|['’]ll)\s++(?:also\s++|then\s++)?)(?:grieve|mourn|pray)\s++with|(?<=\b(?:be|is|are|am|to|by|after|before|[’']s|[’']re)\s+)meeting(?:\s++with)?|sit(?:s|ting)?\s++down\s++with|touch(?:es|ing)?\s++base\s++with"
    # the two sides sitting down together: "President Biden and President Zelenskyy will sit down to discuss …"
    # (titles.py makes it a meeting only of a pair named as the subject)
    r"|sit(?:s|ting)?\s++down(?=\s++(?:to\s++(?:discuss|talk)|together)\b)"
    # "see Secretary of Defense Lloyd Austin", "see the Crown Prince": a meeting only with a titled person
    r"|(?<!\b(?:you|we|I|they)\s++(?:will\s++|['’]ll\s++|can\s++|could\s++|would\s++|may\s++|might\s++)?(?:also\s++|then\s++)?)"
    r"(?<!\b(?:you|we|I|they)['’]ll\s++(?:also\s++)?)"
    r"(?:see|(?<=\b(?:to|will|['’]ll)\s++(?:also\s++|then\s++)?)sit\s++with)(?=\s++(?:the\s++)?(?-i:(?:King|Queen|Crown|President|Prime|Secretary|Chancellor|Pope|Emperor|Sheikh|"
    r"Premier|Governor|Senator|Speaker|His\s++(?:Holiness|Majesty)|Her\s++Majesty|members\s++of|leaders\s++of)\b)))"
    r"|(?P<engage>engag(?:e|es|ing)\s++with)"
    # "walk through impacted neighborhoods": a tour on foot
    r"|(?P<walk>walk(?:s|ing)?\s++(?:through|around|along))"
    r"|(?P<visit>visit(?:s|ing)?(?!\s++(?:of|to)\b)|tour(?:s|ing)?(?!\s++of\b)|tak(?:e|es|ing)\s++(?:them|him|her|leaders|us)\s++to|stop(?:s|ping)?\s++in)"
    # a visitor's arrival: "President Marcos and his team arrive in Washington this afternoon", "will
    # arrive at the White House on Thursday morning", "will be arriving this afternoon" (a named
    # place or a time next: not "arrive at a decision", "arrive at an agreement")
    r"|(?P<arrive>arriv(?:e|es|ing)(?=\s++(?:in|at)\s++(?:the\s++)?(?-i:[A-Z])|\s++(?:this|tomorrow|today|tonight|on|later|"
    r"early|late|next|in\s++the|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\s*+[,.;]|\s++and\s))"
    r"|(?P<travel>travel(?:s|ling|ing)?\s++(?:up\s++|down\s++|over\s++|out\s++|back\s++)?to|head(?:s|ing)?\s++(?:out\s++|over\s++|down\s++|up\s++|off\s++)?to|"
    # "officials will be headed up to the Hill" (people: not "doses will be headed to Bolivia")
    r"(?<=(?:^|\b(?:he|she|they|we|I|officials|staff|team|delegation|leaders|members)|\b(?-i:[A-Z])[\w.’'\-]{1,20})\W{0,4}(?:will\s{1,3}be|['’]ll\s{1,3}be|is|are|['’]s|['’]re)\s{1,3})headed\s++(?:out\s++|over\s++|down\s++|up\s++)?to|fl(?:y|ies|ying)\s++to|arriv(?:e|es|ing)\s++in|depart(?:s|ing)?\s++for|return(?:s|ing)?\s++to"
    # a departure announced: "the President is leaving for Europe tomorrow", "the delegation will take off to go
    # to Japan" (after a cue: not "expand paid leave for Americans")
    r"|(?<=\b(?:will|['’]ll|to|is|are|['’]s|['’]re|be)\s++(?:also\s++|then\s++)?)leav(?:e|es|ing)\s++for"
    # (not "a plane that will take off to the Republic of Korea": doses flown)
    r"|tak(?:e|es|ing)\s++off\s++(?:to\s++go\s++to|for))"
    # a call to a named leader: "speak with President Putin by telephone", "speak by phone with …",
    # "call President Xi on Thursday" (a titled name: not "call on Congress", "call for", "call the
    # President"); titles.py wants a phone marker for speak/talk ("speak with him" may be in person)
    # ("will be speaking later today with key European allies": the day may come before "with")
    r"|(?P<phone>(?:speak|speaks|speaking|talk|talks|talking)\s++(?:(?:later\s++)?(?:today|tomorrow|tonight|"
    r"this\s++(?:morning|afternoon|evening))\s++)?(?:(?:(?:by|over|on)\s++(?:the\s++)?(?:tele)?phone\s++|by\s++video\s++)?with"
    r"|(?:by|over|on)\s++(?:the\s++)?(?:tele)?phone\b|by\s++video\b)"
    r"|call(?:s|ing)?(?=\s++(?:the\s++)?(?-i:(?:" + LEADER_TITLES + r")\s++[A-Z])))"
    r"|(?P<unveil>unveil(?:s|ing)?)"
    # an honour conferred in a ceremony: "will award the Medal of Honor to Colonel Puckett", "present the
    # Presidential Medal of Freedom" (a named decoration: not "award contracts", "present a plan")
    r"|(?P<award>award(?:s|ing)?|confer(?:s|ring)?|bestow(?:s|ing)?|(?<!\bbe\s++)present(?:s|ing)?)"
    r"(?=\s++(?:the\s++|a\s++|an\s++|this\s++year['’]s\s++)?(?:(?-i:[A-Z])[\w’'\-]*+\s++){0,3}?"
    r"(?-i:Medals?|Prizes?|Cross|Order|Stars?|Awards?)\b)"
    r"|(?P<launch>launch(?:es|ing)?)(?=\s++(?:a|an|the|its|his|her|their|our|new)\b)"
    r"|(?P<announce>announc(?:e|es|ing))(?=\s++(?:a|an|the|new|his|her|their|our|\d|that\s++(?:(?:the|a|an|he|she|they|we|it|our|his|her|their)\s|(?-i:[A-Z]))))"
    r"|(?P<release>releas(?:e|es|ing)|put(?:s|ting)?\s++out|issu(?:e|es|ing)|publish(?:es|ing)?)(?=\s++(?:a|an|the|new|his|her|their|our|its)\b)"
    r"|(?P<sign>sign(?:s|ing)?)(?!\s++(?:of|on|up))"
    # ("reconvene leaders by the first quarter of next year": a follow-up meeting)
    r"|(?P<convene>(?:re)?convene(?:s)?|(?:re)?convening)"
    # ("celebrate with" is a party only at a named venue: "celebrating with thousands of supporters tomorrow
    # on the South Lawn", not "celebrate with their families")
    r"|(?P<celebrate>celebrat(?:e|es|ing))(?!\s++(?:the\s++)?(?:fact|that|how|what)\b)"
    r"(?!\s++with\b(?![^.;?!]{0,80}?\b(?:on|at|in)\s++the\s++(?-i:[A-Z])))"
    r"|(?P<speak>(?:speak|speaks|speaking)\s++(?:at|to|before)|(?:deliver(?:s|ing)?|giv(?:e|es|ing)|mak(?:e|es|ing)|offer(?:s|ing)?|provid(?:e|es|ing))\s++(?:(?:a|an|his|her|their|its|the)\s++)?(?:[\w\-]++\s++){0,2}?(?:remarks|speech(?:es)?|address(?:es)?))"
    r"|(?P<address>address(?:es|ing)?)"
    r"|(?P<host>host(?:s|ing)?)"
    r"|(?P<hold>(?<=\bbe\s++)present\s++(?:for|at)|hold(?:s|ing)?|ha(?:ve|s|ving)|participat(?:e|es|ing)\s++in|attend(?:s|ing)?|join(?:s|ing)?|chair(?:s|ing)?|lead(?:s|ing)?|open(?:s|ing)?|begin(?:s|ning)?|conclud(?:e|es|ing)|clos(?:e|es|ing)|start(?:s|ing)?|kick(?:s|ing)?\s++off)"
    # a document made public: "the presidential determination will be released this week"
    r"|(?P<released>(?<=\bbe\s++)(?:released|issued|published|unveiled|signed|launched|announced|rolled\s++out))"
    r"|(?P<welcome>welcom(?:e|es|ing)|greet(?:s|ing)?|receiv(?:e|es|ing))"
    r"|(?P<discuss>discuss(?:es|ing)?|consider(?:s|ing)?|review(?:s|ing)?|tak(?:e|es|ing)\s++stock\s++of)"
    r")\b")

# event nouns that are also a verb's -ing form: bare after "about", the gerund
_GERUND_NOUNS = frozenset({"gathering", "gatherings", "meeting", "meetings"})
_MODAL_BEFORE = lazyre.compile(r"(?i)\b(?:will|shall|would|to)\s++(?:also\s++|then\s++)?$|['’]ll\s++(?:also\s++)?$")
_DET_BEFORE = lazyre.compile(r"(?i)\b(?:a|an|the|this|that|these|those|his|her|their|our|its|my|your|first|" + A + r"s)\s++$")

# A negated announcement ("I don't have any meetings to announce", "there will be no press
# conference", "he won't be meeting"): nothing on the programme.
NEGATED = lazyre.compile(r"(?i)\b(?:not|never|no|nothing|neither|nor|none|without)\b|n['’]t\b")


def announcement(text: str) -> regex.Match | None:
    """The first future cue of a clause, or None."""
    return FUTURE.search(text)


_QUOTE_BEFORE = lazyre.compile(r"[”\"]\s*+$")
_SPACE = lazyre.compile(r"\s")
_SELF_NOUN = lazyre.compile(r"(?i)(?:call|briefing|press\s++conference)$")


def matches_from(matches: list[regex.Match], pattern: regex.Pattern, text: str, pos: int) -> list[regex.Match]:
    """The matches of pattern.finditer(text, pos), given `matches` = list(pattern.finditer(text)):
    once no match of that scan runs across `pos`, a scan from `pos` finds what it finds from
    there on (it starts where that scan would resume); else scan again."""
    for i, m in enumerate(matches):
        if m.end() > pos:
            return matches[i:] if m.start() >= pos else list(pattern.finditer(text, pos))
    return []


def event_heads(text: str, pos: int = 0, nouns: list[regex.Match] | None = None) -> list[tuple[str, str, int, int]]:
    """(kind, word, start, end) for every event verb and event noun of a clause from `pos` on,
    in order. `nouns`: list(EVENT_NOUN.finditer(text)), when the caller has it."""
    out: list[tuple[str, str, int, int]] = []
    for m in EVENT_VERB.finditer(text, pos):
        if _DET_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _QUOTE_BEFORE.search(
                text[max(0, m.start() - 3):m.start()]):
            continue  # "a visit", "the signing", the “Help is Here” tour: a noun, not the verb
        if _SPACE.match(text, m.end(), m.end() + 1) and EVENT_NOUN.match(text, m.end() + 1):
            continue  # "a bill signing ceremony", "visiting delegation": part of a noun phrase
        # (the named groups are the alternatives of EVENT_VERB's one top-level group, none nested
        # in another: the one that matched is the last group closed)
        kind = m.lastgroup
        out.append(("verb:" + kind, m.group(0), m.start(), m.end()))
    for m in EVENT_NOUN.finditer(text, pos) if nouns is None else matches_from(nouns, EVENT_NOUN, text, pos):
        if _MODAL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "will launch further attacks", "to call": a verb, not the event noun
        if text[m.start() - 6:m.start()].lower() == "about " and m.group("noun").lower() in _GERUND_NOUNS:
            continue  # "questions about gathering with family": what is done, a topic, not an event
        if SELF.search(text[max(0, m.start() - 30):m.end()]) and _SELF_NOUN.search(m.group(0)):
            continue
        out.append(("noun", m.group("noun"), m.start(), m.end()))
    out.sort(key=lambda t: t[2])
    return out


def is_announcement(text: str) -> bool:
    """A clause that announces an event: a future cue with an event verb or noun after it."""
    cue = announcement(text)
    if not cue:
        return False
    return bool(event_heads(text, cue.end()))


# ----------------------------------------------------------------------------- examples
# Each positive: the clause, the cue that must be found, the first event head after it.
EXAMPLES = [
    {"text": "During the summit, Ambassador Tai will be hosting a ministerial-level discussion on AGOA",
     "cue": "will", "head": "hosting"},
    {"text": "Tomorrow, there will be a ministerial-level discussion on AGOA", "cue": "will",
     "head": "ministerial-level discussion"},
    {"text": "Next week, the Secretary will hold high-level talks with China", "cue": "will", "head": "high-level talks"},
    {"text": "He is looking forward to touching base with the leaders of the main political parties", "cue": "is looking forward to",
     "head": "touching base with"},
    {"text": "We plan to reconvene leaders by the first quarter of next year", "cue": "plan to", "head": "reconvene"},
    {"text": "On Thursday, the President will close the summit with a press conference", "cue": "will", "head": "close"},
    {"text": "We will begin tomorrow with a meeting on NATO-EU cooperation", "cue": "will", "head": "begin"},
    {"text": "On Wednesday, we will hold a meeting of the NATO-Georgia Commission", "cue": "will", "head": "hold"},
    # a meal as a programme slot: "high tea" (not "tea" alone)
    {"text": "They will then move across the hallway for a high tea in the Cabinet Room", "cue": "will", "head": "high tea"},
    {"text": "Later on Tuesday, we will discuss global challenges, including North Korea", "cue": "will", "head": "discuss"},
    {"text": "On Friday, she is going to meet with NATO Secretary General Stoltenberg", "cue": "is going to", "head": "meet with"},
    {"text": "she’ll meet with President Zelenskyy of Ukraine", "cue": "she’ll", "head": "meet with"},
    {"text": "there’ll be a meeting of the NATO-Ukraine Council", "cue": "there’ll", "head": "meeting"},
    {"text": "the President will travel to Madrid for the NATO Summit", "cue": "will", "head": "travel to"},
    # a particle of direction ("travel up to New York", "travel back to Warsaw")
    {"text": "We will travel up to New York today for a meeting", "cue": "will", "head": "travel up to"},
    {"text": "The Prime Minister is to visit Berlin on Monday", "cue": "is to", "head": "visit"},
    {"text": "The Secretary plans to convene foreign ministers at the end of the year", "cue": "plans to", "head": "convene"},
    {"text": "tomorrow, I will have the pleasure of unveiling the Summit logo", "cue": "will", "head": "have"},
    {"text": "he and Dr. Biden will host NATO leaders for a dinner at the White House", "cue": "will", "head": "host"},
    {"text": "After that, the President will hold a press conference", "cue": "will", "head": "hold"},
    {"text": "President Biden is looking forward to hosting the leaders of our NATO Allies", "cue": "is looking forward to", "head": "hosting"},
    {"text": "We will conclude the ministerial meeting with a meeting on NATO’s Open Door policy", "cue": "will", "head": "conclude"},
    {"text": "The two leaders are expected to sign a joint declaration", "cue": "are expected to", "head": "sign"},
    {"text": "he will deliver remarks at the Brandenburg Gate", "cue": "will", "head": "deliver remarks"},
    {"text": "Tomorrow he will meet with troops where they are deployed", "cue": "will", "head": "meet with"},
    # (offering or providing remarks is giving them: "the President and the First Lady will offer brief remarks")
    {"text": "the First Lady will offer brief remarks thanking the troops", "cue": "will", "head": "offer brief remarks"},
    # several speeches under one verb ("commencement addresses at Morehouse College on May 19th and at …")
    {"text": "President Biden will deliver commencement addresses at Morehouse College on May 19th", "cue": "will",
     "head": "deliver commencement addresses"},
    {"text": "The President shall attend the closing ceremony", "cue": "shall", "head": "attend"},
    {"text": "Tomorrow, the President will participate in the first G20 Plenary Session", "cue": "will", "head": "participate in"},
    # any subject, an aside before the complement
    {"text": "The Amir will meet, of course, with the President tomorrow", "cue": "will", "head": "meet"},
    # "see" a titled person is a meeting
    {"text": "He’s also scheduled to see Secretary of Defense Lloyd Austin", "cue": "’s also scheduled to", "head": "see"},
    {"text": "we can expect the President to see the Crown Prince as well", "cue": "expect the President to", "head": "see"},
    # "sit with" a titled person is a meeting too
    {"text": "The President will, tomorrow, have the chance to sit with King Charles", "cue": "will", "head": "have"},
    {"text": "He will sit with the King on Monday", "cue": "will", "head": "sit with"},
    {"text": "On Thursday, President Biden and President Zelenskyy will sit down to discuss our support for Ukraine",
     "cue": "will", "head": "sit down"},
    {"text": "We will then head off to Vilnius for the summit.", "cue": "will", "head": "head off to"},
    {"text": "We’re going to be celebrating with thousands of supporters tomorrow on the South Lawn", "cue": "’re going to",
     "head": "celebrating"},
    # new event types
    {"text": "The President will attend the state funeral for former President Jimmy Carter", "cue": "will", "head": "attend"},
    {"text": "he will launch a White House Council on Supply Chain Resilience", "cue": "will", "head": "launch"},
    {"text": "President Biden will announce new actions to strengthen supply chains", "cue": "will", "head": "announce"},
    {"text": "the presidential determination will be released this week", "cue": "will", "head": "released"},
    {"text": "The two leaders will then review the original Atlantic Charter", "cue": "will", "head": "review"},
    # present progressive: a cue only beside a coming day (schedule.py checks the day)
    {"text": "the President is meeting with Prime Minister Boris Johnson this afternoon", "cue": "is ",
     "head": "meeting with", "progressive": True},
    {"text": "Dr. Biden and the Secretary of Education are visiting schools in Ohio tomorrow", "cue": "are ",
     "head": "visiting", "progressive": True},
    {"text": "The President travels to Iowa today", "cue": "", "head": "travels to", "present": True},
    # a departure announced
    {"text": "And then the President and the delegation will take off to go to Japan.", "cue": "will",
     "head": "take off to go to"},
    {"text": "The President is leaving for Europe tomorrow", "cue": "is ", "head": "leaving for", "progressive": True},
    {"text": "Tomorrow, there will be a rally in Philadelphia", "cue": "will", "head": "rally"},
    # an outdoor meal hosted for visiting leaders
    {"text": "That evening, there will be a barbecue hosted by the Australian ambassador", "cue": "will",
     "head": "barbecue"},
    {"text": "On Sunday, they will host a Fourth of July barbecue with essential workers", "cue": "will",
     "head": "host"},
    {"text": "Tomorrow, he heads to Pittsburgh to tout the infrastructure law", "cue": "", "head": "heads to",
     "present": True},
    {"text": "And then we head out to Rome this coming weekend", "cue": "", "head": "head out to", "present": True},
    {"text": "Early in the afternoon, the President will be sitting down with President Yoon", "cue": "will",
     "head": "sitting down with"},
    # the news announced in a that-clause; a progressive "is announcing" beside a coming day
    {"text": "He’s going to announce that the EPA Administrator is planning to allow E15 gasoline",
     "cue": "’s going to", "head": "announce"},
    {"text": "We will celebrate this progress on July 4th", "cue": "will", "head": "celebrate"},
    {"text": "they will hold a joint press availability", "cue": "will", "head": "hold"},
    {"text": "Today, the President is announcing the Americas Partnership", "cue": "is ",
     "head": "announcing", "progressive": True},
    # gaggle programmes: a prayer service, consoling families, a walk through a place, the inauguration
    {"text": "the president and the first lady will attend an Interfaith Prayer Service", "cue": "will", "head": "attend"},
    {"text": "they will grieve with the families and community members", "cue": "will", "head": "grieve with"},
    {"text": "and he will walk through impacted neighborhoods in Mayfield", "cue": "will", "head": "walk through"},
    {"text": "I will be present for his inauguration that afternoon", "cue": "will", "head": "present for"},
    {"text": "today we are releasing the National Security Strategy", "cue": "are ", "head": "releasing",
     "progressive": True},
    {"text": "We’re actually going to be convening all the joint statement countries tomorrow",
     "cue": "’re actually going to", "head": "convening"},
    # the chair or lead of a named initiative (titles.py: only with a day of its own)
    {"text": "Tomorrow, President Biden will lead the effort in adopting an “Action Plan on Health”",
     "cue": "will", "head": "lead"},
    # the annual address by its name; "headed up to the Hill"; a document "put out"
    {"text": "The President will deliver the State of the Union tomorrow night", "cue": "will",
     "head": "State of the Union"},
    {"text": "there will be the State of the Union address tomorrow", "cue": "will", "head": "State of the Union address"},
    {"text": "senior officials will be headed up to the Hill later this afternoon", "cue": "will",
     "head": "headed up to"},
    {"text": "The President will put out a budget next week", "cue": "will", "head": "put out"},
    # the imminent future; an honour conferred in a ceremony (a named decoration)
    {"text": "we’re about to kick off the first day of the U.S.-ASEAN Special Summit", "cue": "’re about to",
     "head": "kick off"},
    {"text": "the two Presidents will, together, award the Medal of Honor to Colonel Ralph Puckett", "cue": "will",
     "head": "award"},
    {"text": "On Monday, the President will present the Presidential Medal of Freedom to 17 Americans", "cue": "will",
     "head": "present"},
    # a call with a named leader (titles.py: "speak with" only with a phone marker); a visitor's arrival
    {"text": "Tomorrow, President Biden will speak with President Putin by telephone", "cue": "will",
     "head": "speak with"},
    {"text": "President Biden will speak by phone with President Putin", "cue": "will", "head": "speak by phone with"},
    {"text": "The President will call President Xi on Thursday", "cue": "will", "head": "call"},
    {"text": "The Prime Minister will arrive at the White House on Thursday morning", "cue": "will", "head": "arrive"},
    {"text": "President Marcos and his team will be arriving this afternoon", "cue": "will", "head": "arriving"},
    {"text": "President Marcos and his team arrive in Washington this afternoon", "cue": "", "head": "arrive",
     "present": True},
    {"text": "The two leaders meet tomorrow at the White House", "cue": "", "head": "meet", "present": True},
    # a follow-up the press office promises (schedule.py: with a day to come right after it)
    {"text": "We’ll look forward to a briefing later in the week", "follow_up": "a briefing"},
    {"text": "we will have another press briefing tomorrow", "follow_up": "another press briefing"},
    {"text": "there will be a press conference on Friday", "follow_up": "a press conference"},
    {"text": "Well, thank you, and look forward to briefing early next week.", "follow_up": "briefing"},
    {"text": "We look forward to briefing you all on Friday", "follow_up": "briefing you all"},
]

# Clauses that announce nothing: past reports, the briefing itself, statements without an event.
NEGATIVES = [
    # an outdoor meal that nobody hosts is no programme slot
    "People will get together for barbecues this weekend.",
    "They will go to a picnic.",
    # the outreach idiom "meet people where they are"
    "that’s why we will focus on outreach efforts that will meet parents where they are with scientific information",
    "We will meet Americans where they live and work",
    # offering something other than remarks is no speech
    "The administration will offer guidance to schools on the new rules",
    "Families will celebrate with their loved ones this weekend.",
    # an event noun modifying the people or place of an event
    "Tomorrow, we will thank each of our four summit sherpas.",
    "We will thank all the summit participants and our meeting organizers.",
    # "sit with" a thing, or after we/I will, is no meeting
    "We will sit with that decision for a while.",
    "I will sit with President Xi's words before I answer.",
    # a bare discussion is a topic, and a rank without the meeting's noun no meeting
    "The leaders will continue their discussions on trade",
    "Tomorrow, the discussion will turn to high-level issues",
    # "those close bonds": an adjective after a determiner, not the verb "close"
    "Today, the President will focus on strengthening those close bonds between America and Ireland",
    "The leaders were drinking tea in the garden",
    "President Biden had a one-on-one meeting with His Holiness, Pope Francis",
    "This call will be on background, attributed to senior administration officials",
    "Today’s call is going to be on background",
    "As you know, he was here at the White House just last week",
    "NATO has faced ballistic missile threats for decades",
    "The meeting was productive and the leaders agreed on a statement",
    "We are adding three thousand more troops to our training mission",
    "We expect that the conference will be very intense",
    "Russia poses a threat to the European and international order",
    # "see" after you/we will is a promise of news, not a meeting
    "you will see the President continue to press for action",
    "We’ll see the President’s budget in the spring",
    # "launch"/"announce" without a determiner or object are no events
    "Russia will launch further attacks",
    "I won’t get ahead of what they will announce",
    # a simple present without a day is a habit or a report, not a timetable (no future cue either)
    "The President travels to Iowa often",
    # "that" as a demonstrative is no news announced
    "We will announce that decision in due course",
    # "walk through" an argument, "the Secret Service", "Memorial Day": no events
    "I will walk you through the five pillars",
    "The Secret Service will coordinate with local police",
    "We will honor them on Memorial Day",
    # the state of the union in lower case is a condition, not the address
    "He will say that the state of the union is strong",
    "The state of the union will be debated for years",
    # a gerund after "about" is what is done, a topic
    "Tomorrow he will answer questions about gathering with family",
    # "rally" as a verb; "leave" as a noun
    "Here at the U.N., the President will lift up that vision and rally countries to do more.",
    "We want to help expand paid leave for Americans",
    # goods are "headed to" a place; only people travel
    "One million Johnson & Johnson doses will be headed to Bolivia on Thursday",
    # "award"/"present" without a named decoration; "about to" with no event
    "The Department will award contracts to small businesses",
    "We will present a plan to Congress",
    "The program is about to run out of money",
    # "call" is a call only to a titled name; "arrive at" only a named place
    "We will call on Congress to act",
    "They will call for an immediate ceasefire",
    "We will call the President’s bluff",
    "We hope the parties will arrive at a decision soon",
    "The leaders will arrive at an agreement on the text",
    # a plural simple present with no titled visitor or leaders before it
    "Prices arrive at the ports faster",
    # the briefing itself is no follow-up
    "We look back to briefing the press in the spring",  # (no future cue, no follow-up)
    "Thank you for joining this briefing; we will take questions now",
    "I will say at the top of the briefing tomorrow what we know",
]


def check_example(ex: dict) -> None:
    if FUTURE.search(ex["text"]) is not None:
        assert may_have_future(ex["text"]), f"may_have_future misses the cue in {ex['text']!r}"
    if "follow_up" in ex:
        m = FOLLOW_UP.search(ex["text"])
        assert m is not None and FUTURE.search(ex["text"], 0, m.start()), f"no promised follow-up in {ex['text']!r}"
        assert m.group(0) == ex["follow_up"], f"follow-up {m.group(0)!r} != {ex['follow_up']!r}"
        return
    if ex.get("progressive") or ex.get("present"):
        assert may_be_simple_present(ex["text"]) if ex.get("present") else may_be_progressive(ex["text"].casefold())
        cue = (SIMPLE_PRESENT if ex.get("present") else PROGRESSIVE).search(ex["text"])
        assert cue is not None, f"no progressive cue in {ex['text']!r}"
        assert cue.group(0) == ex["cue"], f"cue {cue.group(0)!r} != {ex['cue']!r} in {ex['text']!r}"
        heads = [w for _k, w, s, _e in event_heads(ex["text"]) if s >= cue.end()]
        assert heads and heads[0] == ex["head"], f"head {heads[:1]!r} != {ex['head']!r} in {ex['text']!r}"
        return
    cue = announcement(ex["text"])
    assert cue is not None, f"no future cue in {ex['text']!r}"
    assert cue.group(0) == ex["cue"], f"cue {cue.group(0)!r} != {ex['cue']!r} in {ex['text']!r}"
    after = [w for _k, w, s, _e in event_heads(ex["text"]) if s >= cue.end()]
    assert after, f"no event head after the cue in {ex['text']!r}"
    assert after[0] == ex["head"], f"head {after[0]!r} != {ex['head']!r} in {ex['text']!r}"


def check_negative(text: str) -> None:
    assert not is_announcement(text), f"announcement found in {text!r}"
    assert FOLLOW_UP.search(text) is None or FUTURE.search(text) is None, f"follow-up found in {text!r}"
