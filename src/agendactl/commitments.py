"""Assemble stage: quantified commitments (and unquantified pledges) the speaker's side states.

A number in a briefing is a commitment only when the words around it say the speaker's side
commits, announces, delivers or has delivered it. Precision matters more than recall (a
briefing is full of numbers that are not commitments), so a quantity is kept only when

1. it is a quantity at all (rules/quantities.py drops dates, years, times, ordinals, identifiers);
2. it is said by an official, not in a reporter's question turn;
3. what it counts is a committable thing: not a duration or age ("seven months", "78 years",
   "a 5-year-old"), not participants or discourse items ("130 countries", "two questions",
   "three of our countries"), not a share of something ("50 percent of the world's GDP");
4. a commitment cue governs it: a verb of committing or delivering shortly before it in the same
   clause ("adding", "donate", "shipped", "announce", "trained", "cutting off"; budgets and
   programmes: "proposes", "requests", "would extend ... to", "asked Congress for", "award";
   "includes" only for sums or a package's content), a passive one after it ("3,000 troops will
   be deployed", "$15 billion ... were distributed"), a relative clause with our side as subject
   ("the 1 billion tests that we are purchasing"), a commitment frame ("a package of", "a
   tranche of", "an increase of $N", "a total of $N", "totaling $N", "brings the total ... to
   $N", "an agreement to establish a", "pledge ... to reduce ... by"), an addition marker ("N
   more/new/additional X"), or, for money, a funding noun nearby ("fund", "assistance",
   "package", "law"); families have cues of their own (see _family): jobs an investment
   will create, a tax rate or target our side sets or endorses, a capacity a programme auctions
   or builds, initiatives/agreements/pillars launched or concluded, the people a rule or mandate
   of ours covers, the share of the costs or of the funding our government pays or directs, land
   treated or conserved, and more; delivery in progress counts too ("made 25 million doses
   available", "staged 250 generators", "1,000 responders on the ground", "doses going out",
   "40 more medical personnel arriving", "$815 million will go to");
5. the subject of that cue is the speaker's side or unstated — not an adversary or a third party
   ("Russia has increased ... by 7,000 troops", "The EU has given €2 billion", "some are spending
   3 percent", "its recent pledge to provide", "$150 million from Acme") — and no statistic or
   attribution cue, no new clause and no negation ("we will not send") sits between the cue and
   the number; past trends ("cut ... by 27 percent since FY2010"), rates ("per violation"),
   forecasts ("positioned to build") and economic percentages are statistics.

Every pattern allows any run of white space, newlines included, between words (transcripts are
hard-wrapped). `trace()` gives the verdict for every quantity, kept or not, for rule work.

`actor` resolves "we"/"our"/the side's own names to the side the header names (NATO for the
NATO Secretary General, the United States for White House officials). `status` comes from the
verb group: future/plan -> "planned", announce/pledge/commit -> "announced", progressive ->
"in progress", past/perfect -> "delivered". The same quantity of the same unit said twice in
one briefing is one item (the first mention).
"""
from __future__ import annotations

import bisect
import operator
import re as _re

import regex

from .document import Document
from .model import Briefing, Commitment, TimeRef
from .rules import quantities
from .rules.lexicon import MONTHS, WEEKDAYS
from .rules.quantities import Quantity, scan
from . import lazyre
from . import purpose as _purpose

_F = regex.V1 | regex.I

# ----------------------------------------------------------------------------- lexicons
# Verbs whose object is a committed/delivered quantity (all inflections, matched as whole words).
_VERBS_CORE = (
    r"add(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|"
    r"authori[sz](?:e|es|ed|ing)|commit(?:s|ted|ting)?|contribut(?:e|es|ed|ing)|"
    r"deliver(?:s|ed|ing)?|deploy(?:s|ed|ing)?|designat(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|"
    r"earmark(?:s|ed|ing)?|fund(?:s|ed|ing)?|grant(?:s|ed|ing)?|impos(?:e|es|ed|ing)|"
    r"invest(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|"
    r"releas(?:e|es|ed|ing)|distribut(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|send(?:s|ing)?|sent|ship(?:s|ped|ping)?|"
    r"shar(?:e|es|ed|ing)|sign(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|train(?:s|ed|ing)?|"
    r"transfer(?:s|red|ring)?|unveil(?:s|ed|ing)?|disburs(?:e|es|ed|ing)|dispatch(?:es|ed|ing)?|"
    r"station(?:s|ed|ing)?|vaccinat(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|resettl(?:e|es|ed|ing)|"
    r"admit(?:s|ted|ting)?|hir(?:e|es|ed|ing)|establish(?:es|ed|ing)?|launch(?:es|ed|ing)?|"
    r"buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|lend(?:s|ing)?|lent|"
    r"loan(?:s|ed|ing)?|offer(?:s|ed|ing)?|giv(?:e|es|ing)|gave|given|doubl(?:e|es|ed|ing)|"
    r"tripl(?:e|es|ed|ing)|blacklist(?:s|ed|ing)?|destroy(?:s|ed|ing)?|"
    r"cut(?:s|ting)?\s{1,10}off|set(?:s|ting)?\s{1,10}aside|roll(?:s|ed|ing)?\s{1,10}out|"
    r"put(?:s|ting)?\s{1,10}forward|put(?:s|ting)?\s{1,10}in\s{1,10}place|make\s{1,10}available|made\s{1,10}available|follow(?:s|ed|ing)?\s{1,10}up\s{1,10}with"
)
_VERBS_MORE = (
    # budgets and requests: "It includes $2.1 billion", "It proposes $8.7 billion", "we are requesting"
    r"propos(?:e|es|ed|ing)|request(?:s|ed|ing)?|appropriat(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?(?:\s{1,10}Congress)?\s{1,10}for|contract(?:s|ed|ing)?\s{1,10}for|call(?:s|ed|ing)?\s{1,10}for|seek(?:s|ing)?|sought|"
    # grant programmes pick recipients: "We've selected 129 subapplications", "six awards ... were selected"
    r"select(?:s|ed|ing)?|"
    r"dedicat(?:e|es|ed|ing)|award(?:s|ed|ing)?|secur(?:e|es|ed|ing)|unlock(?:s|ed|ing)?|"
    r"leverag(?:e|es|ed|ing)|catalyz(?:e|es|ed|ing)|direct(?:s|ed|ing)?|"
    # programmes: "would extend vouchers to 200,000 households", "build 500,000 chargers"
    r"extend(?:s|ed|ing)?|support(?:s|ed|ing)?|build(?:s|ing)?|built|construct(?:s|ed|ing)?|"
    r"install(?:s|ed|ing)?|creat(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|repair(?:s|ed|ing)?|"
    r"cancel(?:s|ed|led|ing|ling)?|forgiv(?:e|es|en|ing)|forgave|accept(?:s|ed|ing)?|"
    r"airlift(?:s|ed|ing)?|airdrop(?:s|ped|ping)?|"
    r"obligat(?:e|es|ed|ing)|expend(?:s|ed|ing)?|restor(?:e|es|ed|ing)|"
    # "the program will sponsor up to 30 professionals", "NIH licensed 11 research tools"
    r"sponsor(?:s|ed|ing)?|licens(?:e|es|ed|ing)|"
    # supplies staged ahead of a storm: "FEMA has staged more than 3.4 million meals", "pre-staged
    # 128,000 gallons of fuel" (not the noun "stage")
    r"(?:pre-?)?stag(?:ed|ing)|pre-?stag(?:e|es)|pre-?position(?:s|ed|ing)?|"
    # "we have issued five rounds of sanctions", "the State Department has issued 76,000 Special
    # Immigrant Visas" (past and progressive only: "issue" is mostly the noun)
    r"(?P<iss>issu(?:ed|ing))|"
    # "the President came out with two executive actions", "We've put out 600,000 doses"
    r"c(?:ame|ome|omes|oming)\s{1,10}out\s{1,10}with|put(?:s|ting)?\s{1,10}out(?!\s{1,10}by\s)|"
    # money only: "USAID will use $20 million to provide ..." (see _cue; "used to cost" is no cue)
    r"(?P<use>us(?:e|es|ed|ing))|"
    # "It includes $2.1 billion", "the package includes 42 measures"; kept only where a budget,
    # package or sum is what includes (see _INCLUDE_OK): "including a million Virginians" is a list
    r"(?P<incl>includ(?:e|es|ed|ing))"
)
_VERBS = _VERBS_CORE + "|" + _VERBS_MORE
# The passive reading ("3,000 troops will be deployed") only for verbs that do not also report
# the economy ("12 million new businesses have been created", "60 million tests had been ordered").
_PASSIVE_VERBS = _VERBS_CORE + (
    r"|appropriat(?:e|es|ed|ing)|award(?:s|ed|ing)?|dedicat(?:e|es|ed|ing)|forgiv(?:e|es|en|ing)|select(?:s|ed|ing)?|"
    r"cancel(?:s|ed|led|ing|ling)?|obligat(?:e|es|ed|ing)|airlift(?:s|ed|ing)?|request(?:s|ed|ing)?|"
    # "three ministerial tracks that are set up", "will be set up" (as "established")
    r"set(?:s|ting)?\s{1,10}up")
# Small patterns of the functions below, compiled once (not per call)
_POSS_END = lazyre.compile(r"(?:[’']s|[’'])\Z")
_POSS_S = lazyre.compile(r"[’']s\b")
_THE_ACRONYM_I = lazyre.compile(r"(?:the\s+)?[A-Z]{2,6}", regex.I)
_THEIR_POSS_END = lazyre.compile(r"(?:\b(?:their|its)|[A-Z]\w*[’']s)\s+(?:\w+\s+)?\Z")
_OUR_POSS_END = lazyre.compile(r"\bour\s+(?:\w+\s+)?\Z", _F)
_CLAUSE_PUNCT = lazyre.compile(r"[,;:—–]")
_WE_I = lazyre.compile(r"(?i:we|I)\b")
_APOS_S_END = lazyre.compile(r"[’']s\Z")
_ACRONYM_ONLY = lazyre.compile(r"[A-Z]{2,6}")


_VERB_RE = lazyre.compile(rf"\b(?:{_VERBS})\b", _F)
# Change-by frames: "reduce methane emissions ... by 60 to 75 percent".
_CHANGE_BY = lazyre.compile(
    r"\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|increas(?:e|es|ed|ing)|"
    r"rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|slash(?:es|ed|ing)?"
    r"|doubl(?:e|es|ed|ing))"
    r"\b[^.;:?!—]{0,80}?\b(?:by|to)\s+\Z", _F)
# Policy limits and reductions our side sets, governing the number directly (the statistic words
# "deficit", "prices", "costs" between verb and number do not make these statistics):
# "He capped insulin prices at $35", "we'll cap out-of-pocket costs at $2,000" (verb forms only:
# "the price cap at $60 a barrel" is a noun, and a rate besides); "the budget lowers the
# deficit by $3 trillion" (a reduction made, not the deficit measured: "increase the deficit by"
# stays a statistic); "allow Medicare to negotiate prices for 50 drugs".
_POLICY_LIMIT = lazyre.compile(
    r"(?P<cap>\b(?:capped|capping|(?:will|would|to|and|[’']ll)\s{1,10}cap)\b[^.;:?!—–]{0,60}?\bat\s{1,10}\Z)"
    r"|(?P<def>\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?)\s{1,10}(?:the\s{1,10}|our\s{1,10})?"
    r"(?:federal\s{1,10}|national\s{1,10})?(?:deficits?|debt)\s{1,10}by\s{1,10}\Z)"
    r"|(?P<neg>\bnegotiat(?:e|es|ed|ing)\s{1,10}(?:down\s{1,10}|lower\s{1,10})?(?:the\s{1,10})?(?:drug\s{1,10})?prices?"
    r"\s{1,10}(?:for|of|on)\s{1,10}\Z)"
    # tax rates our side sets: "raise the corporate rate to 28 percent", "raise the rate for the
    # corporate minimum tax ... to 21 percent" (percent only; not interest or unemployment rates)
    r"|(?P<tax>\b(?:rais|lower|cut|reduc|increas|restor)\w*\s{1,10}(?:the\s{1,10}|that\s{1,10}|our\s{1,10})?"
    r"(?:[\w-]+\s{1,10}){0,3}?(?:corporate|tax|income|capital\s{1,10}gains|buyback|excise|estate)\b"
    r"[^.;:?!—–]{0,60}?\bto\s{1,10}\Z)"
    # savings our policies bring people: "cutting junk fees will save Americans more than $20 billion a year"
    r"|(?P<save>\b(?:sav(?:e|es|ed|ing))\s{1,10}(?:(?:the|our|American|working|middle-class)\s{1,10})?"
    r"(?:Americans|families|consumers|seniors|taxpayers|households|patients|borrowers|workers|drivers|people)\s{1,10}\Z)", _F)
# a statistic's source before a savings figure: "a study found the deal would save families $500"
_SOURCE_BEFORE = lazyre.compile(r"\b(?:stud(?:y|ies)|analys[ie]s|estimat\w*|according|report(?:s|ed)?|economists?|CBO|found|survey)\b", _F)
# Goods our side sends, as the subject of an intransitive shipping verb: "2.5 million doses of the
# Moderna vaccine will begin to ship to Bangladesh", "the doses are going out this week".
_SHIP_AFTER = lazyre.compile(
    r"[^.;:?!]{0,50}?\b(?:will|are|is|were|was|have|has|had)\s{1,10}(?:(?:\w+ly|also|now|already|soon|then)\s{1,10})?"
    r"(?:(?:begin|began|begun|beginning|start|started|starting)(?:\s{1,10}to)?\s{1,10})?"
    r"(?:ship(?:ping|ped)?|go(?:ing)?\s{1,10}out|gone\s{1,10}out|went\s{1,10}out)\b", _F)
# A reduced relative with our side as the agent: "the 1.2 billion doses committed by the United
# States at the last summit" (the agent is checked against the side's names in _judge).
_BY_AGENT_AFTER = lazyre.compile(
    # the goods may be named first: "36,000 pounds of food assistance and medical supplies airlifted by DOD"
    r"(?:\s{1,10}of(?:\s{1,10}[\w-]+){1,6}?)?"
    r"\s{1,10}(?:(?:that|which)\s{1,10}(?:were|was|have\s{1,10}been|has\s{1,10}been)\s{1,10})?"
    r"(?:committed|pledged|donated|delivered|provided|shipped|sent|purchased|bought|announced|granted|"
    r"awarded|allocated|deployed|airlifted|flown|airdropped|made\s{1,10}available)\s{1,10}by\s{1,10}"
    r"(?P<by>(?:(?i:the)\s{1,10})?[A-Z][\w.’'-]*(?:\s{1,10}(?:of\s{1,10}|for\s{1,10})?[A-Z][\w.’'-]*){0,4})", regex.V1)
# A group sent, counted by its members: "we sent a team of six scientists and engineers"
_TEAM_OF = lazyre.compile(r"\b(?:an?|another|one)\s{1,10}(?:\w+\s{1,10})?(?:team|contingent|detachment|cadre|delegation)"
                         r"\s{1,10}of\s{1,10}\Z", _F)
# "HUD removed barriers ..., resulting in more than 1.5 million new FHA homeowners": an outcome
# of our action, counted as an addition ("new"), not a place ("in")
_RESULT_IN = lazyre.compile(r"\b(?:result(?:s|ed|ing)?|lead(?:s|ing)?|led)\s{1,10}(?:in|to)\s{1,10}\Z", _F)
# A programme as the subject that carries out its own figure: "This is a $5 million program will
# increase coverage ..." (an auxiliary after "program" is no sign of a statistic there)
_PROGRAMME_AFTER = lazyre.compile(
    r"(?:\s{1,10}(?:new|regional|national|global|pilot|[\w-]+-year))?\s{1,10}(?:program|programme|initiative|project|"
    r"partnership|facility|fund|grant)s?\b", _F)
# "use" commits money only as the means to a purpose ("will use $20 million in order to provide",
# "we've used over $2.4 billion so far to provide"), not "used to cost", "the uses of this $N",
# "use the $14,000 for a serious violation"
_USE_NOT = lazyre.compile(r"\s{0,10}(?:to|of|the|this|that|these|those)\b", _F)
_USE_PURPOSE = lazyre.compile(r"(?:\s{1,10}(?:in|of)\s{1,10}[\w-]+(?:\s{1,10}[\w-]+)?)?(?:\s{1,10}(?:so\s{1,10}far|to\s{1,10}date|already|now))?"
                             r"\s{1,10}(?:in\s{1,10}order\s{1,10})?to\s{1,10}[a-z]", _F)
_THAN = lazyre.compile(r"\bthan\b", _F)
# a company capping its own prices: "the President's call for companies to ... cap their insulin costs at $35"
_COMPANY_WORDS = lazyre.compile(r"\b(?:compan(?:y|ies)|manufacturers?|makers?|pharma\w*|drugmakers?|industry|firms?)\b", _F)
_ARTICLE_BEFORE = lazyre.compile(r"\b(?:a|an|this|our)\s{1,10}(?:new\s{1,10})?\Z", _F)
# Nominal frames right before the number: "a package of 42", "a tranche of $1 billion".
# The commitment nouns a frame "<noun> of" names (_NOUN_OF, _NOUN_VIA_OF)
_OF_NOUNS = (
    r"package|tranche|commitment|pledge|contribution|donation|investment|deployment|"
    r"delivery|shipment|announcement|round|grant|loan|allocation|infusion|injection|surge|"
    r"request|fund|funding|award|appropriation|"
    # "an increase of more than $14 billion", "a total of $36.5 billion", "an MOU with an initial
    # amount of $3 billion": money only ("an increase of 20 percent" is a trend, "a total of 16
    # tests" a tally, "the amount of 40 tons" a measure)
    r"(?P<chg>increase|boost|expansion|total|amount)|"
    # the act named as a noun: "the transfer of three C-130 aircraft", "the training of 3,000 troops"
    r"provision|transfer|transferring|purchase|procurement|supply|dispatch|release|disbursement|"
    r"distribution|training|hiring|deliveries|sale|construction|creation|installation|replacement|"
    r"rebuilding|repair|restoration|airlift|airdrop")
_NOUN_OF = lazyre.compile(
    r"\b(?:" + _OF_NOUNS + r")s?"
    r"(?:\s+(?:last|this|next)\s+(?:week|month|year))?\s+of\s+(?:an?\s+|another\s+|nearly\s+)?\Z"
    # the act named as a noun with its beneficiaries: "include training for 500,000 health workers";
    # support for what is funded: "a support for over 180 rural bridges" (see _STANCE_BEFORE)
    r"|\b(?:training|trainings|scholarships|vaccinations|(?P<sup>support))\s{1,10}for\s{1,10}(?:an?\s{1,10}|another\s{1,10}|nearly\s{1,10})?\Z"
    r"|\b(?P<chg>totall?ing)\s+\Z"
    # a grant programme's picks announced: "announce the selection of $1 billion in funding", "is
    # also announcing the selection of 93 communities" (not "a selection of 40 paintings")
    r"|\bannounc(?:e|es|ed|ing)\s{1,10}(?:the\s{1,10})?(?:final\s{1,10}|first\s{1,10})?selections?\s{1,10}of\s{1,10}\Z"
    # "our assistance package for up to $10 million", "a request worth $2 billion"
    r"|\b(?:package|request|tranche|grant|award|loan|commitment|pledge)s?\s{1,10}"
    r"(?:(?P<chg>for)|worth|valued\s{1,10}at)\s{1,10}(?:an?\s{1,10}|another\s{1,10})?\Z"
    # running totals: "brings the total security assistance we've provided to $5.6 billion",
    # "federal assistance has surpassed $1.8 billion"
    r"|\b(?P<chg>br(?:ing|ings|inging|ought)\s{1,10}(?:the|our|its)\s{1,10}(?:total|overall|cumulative)\b"
    r"[^;:?!]{0,100}?\bto\s{1,10})\Z"
    r"|\b(?:assistance|aid|funding|support|investments?|deliveries|donations|contributions|relief)\b[^;:?!]{0,60}?"
    r"\b(?P<chg>(?:surpass|exceed|reach|top)(?:s|es|ed|ing|ped|ping)?)\s{1,10}\Z", _F)
# A count our side has set as its goal, its owner named: "meet the President's goal of 200 million
# shots in his first 100 days", "our goal of 500 new charging stations" (not "Johnson & Johnson's
# ability to meet its April goal of 24 million doses", not an unnamed "the goal of")
_COUNT_GOAL = lazyre.compile(
    r"(?P<o>\b(?i:our)|(?:\b(?i:the)\s{1,10})?\b(?:President|Administration)(?:\s{1,10}[A-Z][\w-]*)?(?=[’']s\b))(?:[’']s)?"
    r"\s{1,10}(?:[\w-]+\s{1,10}){0,3}?(?i:goal|target)\s{1,10}of\s{1,10}\Z", regex.V1)
# "support for" sizes what is funded, not a stance or the people helped (see _cue): "a support for
# over 180 rural bridges", "federal support for over 500 community vaccination centers"
_STANCE_BEFORE = lazyre.compile(r"\b(?:our|their|his|her|its|my|your)\s{1,10}(?:[\w-]+\s{1,10})?\Z", _F)
# ... with financing, and the channel named between: "approved financing through Ex-Im Bank of nearly
# two and a half billion dollars", "a loan via the DFC of $500 million"
_NOUN_VIA_OF = lazyre.compile(
    r"\b(?:" + _OF_NOUNS + r"|financing)s?"
    r"(?:\s+(?:last|this|next)\s+(?:week|month|year))?"
    r"(?:\s+(?:through|via)\s+(?:the\s+)?(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3})?"
    r"\s+of\s+(?:an?\s+|another\s+|nearly\s+)?\Z", _F)
# A commitment noun right after an amount: "a $250 million contribution by the United States",
# "our $300 million pledge". Its agent ("by X") or possessive decides whose it is.
_NOUN_AFTER = lazyre.compile(
    r"(?:\s{1,10}(?i:U\.S\.|American|new|additional|initial|first|further|total|combined|[a-z]+-year))?"
    r"\s{1,10}(?i:contribution|pledge|commitment|donation|grant|investment|loan|tranche|allocation|"
    r"award|appropriation|infusion|package|aid\s{1,10}package|assistance\s{1,10}package)s?\b"
    r"(?:\s{1,10}(?i:by|from)\s{1,10}(?P<by>(?:(?i:the)\s{1,10})?[A-Z][\w.’'-]*(?:\s{1,10}(?:of\s{1,10})?[A-Z][\w.’'-]*){0,3}))?",
    regex.V1)
_POSS = lazyre.compile(
    r"(?P<p>\b(?i:our|my|their|its|his|her)|\b(?!(?i:it|that|there|here|what|he|she|who|let|this|where|which|today)[’']s\b)"
    r"(?:[A-Z][\w.-]*\s{1,10}){0,2}[A-Z][\w.-]*(?:[’']s|s[’']))"
    r"\s{1,10}(?:[\w-]+\s{1,10})?\Z", regex.V1)


_LEADING_THE = lazyre.compile(r"^(?i:the)\s+")


def _drop_the(name: str) -> str:
    """"the Department of State" -> "Department of State" (names are compared without it)."""
    return _LEADING_THE.sub("", name)


_BY_POSS = lazyre.compile(r"(?P<o>[\w.-]+(?:\s{1,10}[\w.-]+)?)[’']s\s", regex.V1)
_STATUTE_END = lazyre.compile(r"\s(?:Law|Act)\Z", regex.V1)


def _noun_owner(view: str, lo: int, q: Quantity, pend: int, hi: int, own) -> str | None:
    """Whose is "a $N contribution/pledge/...": 'speaker', 'other', 'subject' (its/his/her: the
    clause's subject decides) or None when the noun names no owner (then it is no cue)."""
    na = _NOUN_AFTER.match(view, pend, min(hi, pend + 80))
    if not na:
        return None
    if na.group("by"):
        by = _drop_the(na.group("by"))
        if own is not None and own.search(by):
            return "speaker"
        # "a $50 million investment from the President's Bipartisan Infrastructure Law": a
        # statute, or a programme our side's possessive names, is our side's money
        pn = _BY_POSS.match(by)
        if pn is not None and own is not None and (own.search(pn.group("o")) or own.search(_drop_the(pn.group("o")))):
            return "speaker"
        if own is not None and _STATUTE_END.search(by.rstrip(".")):
            return "speaker"
        return "other"
    pm = _POSS.search(view, max(lo, q.start - 50), q.start)
    if not pm:
        return None
    p = pm.group("p")
    if p.lower() in ("our", "my"):
        return "speaker"
    if p.lower() == "their":
        return "other"
    if p.lower() in ("its", "his", "her"):
        return "subject"
    name = _POSS_END.sub("", p)
    name = _drop_the(name)
    return "speaker" if own is not None and own.search(name) else "other"


# The figure's own noun phrase names its owner, whatever the clause's verb: "the €50 billion
# package proposed by the European Union", "the $15 billion International Monetary Fund
# program", "the EU's €50 billion". Such a figure is another party's, not ours.
_NP_NOUN = (r"(?i:package|program|programme|loan|fund|facility|pledge|commitment|contribution|grant|"
            r"investment|initiative|plan|proposal|deal|tranche|assistance|aid|support|financing)s?\b")
_NP_BY = lazyre.compile(
    r"(?:\s{1,10}[\w-]+){0,2}?\s{1,10}" + _NP_NOUN +
    r",?\s{1,10}(?:(?i:proposed|offered|announced|provided|pledged|approved|put\s{1,10}forward|financed|"
    r"funded|led|backed|committed|extended|agreed|unveiled)\s{1,10})?(?i:by)\s{1,10}"
    r"(?P<by>(?:(?i:the)\s{1,10})?[A-Z][\w.’'-]*(?:\s{1,10}(?:of\s{1,10})?[A-Z][\w.’'-]*){0,3})", regex.V1)
# multilateral lenders and blocs whose programmes are theirs, not a government's
_OTHER_BODY = (r"(?:International\s{1,10}Monetary\s{1,10}Fund|IMF|World\s{1,10}Bank|European\s{1,10}(?:Union|Commission|"
               r"Investment\s{1,10}Bank)|EU|EIB|United\s{1,10}Nations|UN|(?:Asian|African|Inter-American)\s{1,10}"
               r"Development\s{1,10}Bank|ADB|AfDB|IDB)")
_NP_NAMED = lazyre.compile(rf"\s{{1,10}}{_OTHER_BODY}\s{{1,10}}(?:[A-Z][\w-]*\s{{1,10}}){{0,2}}{_NP_NOUN}", regex.V1)
_THE_BEFORE_FIG = lazyre.compile(r"\b(?i:the)\s{1,10}(?:[\w-]+\s{1,10})?\Z", regex.V1)
_POSS_FIG = lazyre.compile(
    rf"(?:\b(?i:their)|\b(?P<n>{_OTHER_BODY}|(?:[A-Z][\w.-]*\s{{1,10}}){{0,2}}[A-Z][\w.-]*)(?:[’']s|s[’']))"
    r"\s{1,10}(?:(?i:new|proposed|planned|own|additional|initial|latest)\s{1,10})?\Z", regex.V1)
_OURS_NAME = lazyre.compile(r"\b(?:President|Biden|Administration|Congress|Treasury|Department|Secretary|America|"
                           r"American|U\.S\.|United\s+States|Government|White\s+House|Pentagon|USAID)\b", regex.V1)


def _np_other(view: str, lo: int, q: Quantity, pend: int, hi: int, own) -> bool:
    """The figure's own noun phrase gives it to another party (see _NP_BY)."""
    def ours(name: str) -> bool:
        name = _drop_the(name.strip())
        return bool(_OURS_NAME.search(name) or (own is not None and own.search(name)))
    bm = _NP_BY.match(view, pend, min(hi, pend + 120))
    if bm and not ours(bm.group("by")):
        return True
    if _NP_NAMED.match(view, pend, min(hi, pend + 80)) and _THE_BEFORE_FIG.search(view, max(lo, q.start - 30), q.start):
        return True  # "the $15 billion IMF program" (not "a $21 billion IMF loan" of ours)
    pm = _POSS_FIG.search(view, max(lo, q.start - 50), q.start)
    if pm and (pm.group("n") is None or (pm.group("n").split()[0] not in ("This", "That", "It", "What", "There", "Here", "Let", "Today")
                                          and not ours(pm.group("n")))):
        return True
    return False


# A verb of ours before a nominal frame: "with President Biden announcing ... the deployment of"
_AGENT_NAME = lazyre.compile(r"(?P<n>(?:[A-Z][\w.’'-]*\s{1,10}){1,4}|\b(?i:we|I)\s{1,10}(?:\w+\s{1,10}){0,2})\Z", regex.V1)
# "another 3,000", "an additional $2 billion", "a further 500"
_ADD_BEFORE = lazyre.compile(r"\b(?:another|an\s+additional|additional|a\s+further|an\s+extra)\s+\Z", _F)
# A commitment noun governing an infinitive that takes the number: "agreement to establish a 15
# percent ... rate", "a pledge ... to reduce ... by".
_FRAME = lazyre.compile(
    r"\b(?:agreement|deal|pledge|commitment|target|goal|plan|initiative|proposal|decision|"
    r"promise|package|partnership)s?\b[^.;:?!—–]{0,90}?\bto\s+[a-z]+\b[^.;:?!—–,]{0,60}?\Z", _F)
_FRAME_AGAINST = lazyre.compile(
    r"\bto\s+(?:end(?:ing)?|fight(?:ing)?|defeat(?:ing)?|combat(?:ing|ting)?|tackl(?:e|ing)|eradicat(?:e|ing)|"
    r"beat(?:ing)?|counter(?:ing)?|confront(?:ing)?|stop(?:ping)?|halt(?:ing)?|curb(?:ing)?)\b", _F)
# Passive after the number: "3,000 troops will be deployed", "have been trained".
# An undoing verb between the cue and the number: "reducing support for ... and laying off 2,000 agents"
_UNDOING = lazyre.compile(r"\b(?:lay(?:s|ing)?\s{1,10}off|laid\s{1,10}off|eliminat\w+|slash\w*|remov\w+|fir(?:e|es|ed|ing)|"
                         r"cut(?:s|ting)?|reduc\w+|lower\w*|rescind\w*|claw\w*\s{1,10}back)\b", _F)
# Someone else's commitment named before the figure: "Japan, for its recent pledge to provide ...".
_THEIR_COMMITMENT = lazyre.compile(
    r"(?P<who>\b(?:its|their)|\b[A-Z][\w.-]*[’']s)\s{1,10}(?:\w+\s{1,10}){0,2}?(?:pledge|commitment|decision|announcement|"
    r"plan|contribution|promise|offer|proposal|package|donation)s?\b"
    # "investments of Korean companies, totaling $100 billion": private or foreign money
    r"|(?i:investments?|commitments?|pledges?|contributions?|funding|financing)\s{1,10}(?i:of|by|from)\s{1,10}"
    r"(?P<who>(?:the\s{1,10})?(?:[A-Z][\w-]*\s{1,10})?(?i:private\s{1,10})?(?i:companies|firms|businesses|corporations|"
    r"investors|sector|partners|allies|governments?|countries))\b", regex.V1)
# ... unless it is a pledge to join our side: "their pledges to join us to boost lending capacity"
_JOIN_US = lazyre.compile(r"\s{1,10}to\s{1,10}join\s{1,10}(?:us|the\s{1,10}United\s{1,10}States|the\s{1,10}U\.S\.)\b", _F)
_OUR_COMMITMENT = lazyre.compile(r"\b(?:we|our|I)\b", regex.V1)
# Simple passives of delivery only ("were distributed", "are deployed"): "165 million people are
# vaccinated", "77 counties were approved", "two vaccines are authorized" are statistics.
_SIMPLE_PASSIVE = (
    r"deliver(?:ed)|deployed|shipped|sent|distributed|donated|allocated|disbursed|dispatched|stationed|"
    r"provided|awarded|obligated|made\s{1,10}available|airlifted|evacuated|resettled|given|transferred|"
    r"committed|pledged|earmarked|appropriated|set\s{1,10}aside|set\s{1,10}up|procured|purchased|"
    # goods dropped from the air: "66 total bundles ... which were dropped into Gaza"
    r"(?:air-?)?dropped|(?:pre-?)?staged|pre-?positioned")
_PASSIVE_AFTER = lazyre.compile(
    rf"[^.;:?!]{{0,50}}?\b(?:(?:will|would|shall|have|has|had|are|is|were|was)\s+(?:\w+ly\s+|also\s+|now\s+|already\s+)?"
    rf"(?:be|been|being)\s+(?:\w+ly\s+|also\s+)?(?!releas|freed)(?:{_PASSIVE_VERBS})\b"
    # simple passive, participles only: "$15 billion in payments were distributed" (not "are training")
    rf"|(?:are|is|were|was)\s+(?:\w+ly\s+|also\s+|now\s+|already\s+)?(?:{_SIMPLE_PASSIVE})\b)"
    # a reduced progressive passive of delivery right after the figure, the goods on their way:
    # "five security assistance packages being rushed to Ukraine" (a place or recipient after it;
    # not "20,000 sites nationwide, tests being provided to ...": another noun's)
    rf"|\s{{1,10}}being\s+(?:\w+ly\s+)?(?:(?:{_SIMPLE_PASSIVE})\s+(?:out\s+)?(?:to|into|for)\b"
    rf"|(?:rushed|flown|moved)\s+(?:out\s+)?to\s+(?-i:[A-Z]))"  # a place: not "rushed to hospital"
    # a reduced passive of posting right after the figure, a named place after it: "there are almost
    # 500 federal personnel deployed to Maui" (not "troops deployed to the region": whose stays open)
    rf"|\s{{1,10}}(?:deployed|stationed|dispatched|pre-?positioned|pre-?staged)\s+(?:to|in|on|across|throughout)\s+(?-i:[A-Z])", _F)
# A relative clause with our side as subject: "the 500 million doses that we purchased",
# "the $33 billion the President has requested".
_REL_AFTER = lazyre.compile(
    # "a half billion doses of Pfizer vaccine that the United States will purchase"
    rf"(?:\s{{1,10}}of\s{{1,10}}(?:[\w-]{{1,30}}\s{{1,10}}){{0,2}}[\w-]{{1,30}}(?=\s{{1,10}}(?:that|which)\b)"
    # "the $1 trillion in deficit reduction he has signed into law"
    rf"|\s{{1,10}}in\s{{1,10}}[\w-]{{1,30}}(?:\s{{1,10}}[\w-]{{1,30}})?(?=\s{{1,10}}(?:that|which|we|he|she)\b))?"
    rf"\s{{1,10}}(?:(?:that|which)\s{{1,10}})?(?:we|the\s{{1,10}}(?:United\s{{1,10}}States|President|administration)"
    # "he"/"she" for the President only (see _he_is_ours)
    rf"|(?P<he>he|she))"
    rf"(?:[’'](?:ve|re|ll|d))?(?:\s{{1,10}}(?:have|has|had|are|is|were|was|will|would|also|already|just|"
    rf"recently|now|be|been|being|going|to|plan|intend|able)){{0,4}}\s{{1,10}}(?:{_VERBS_CORE}|{_VERBS_MORE})\b", _F)
# Money: a funding noun close by makes an amount a commitment ("fund ... these $1.2 trillion").
_MONEY_NOUN = lazyre.compile(
    r"\b(?:fund(?:s|ing)?|packages?|assistance|aid|investments?|tranches?|grants?|loans?|"
    r"financing|budget|law|bill|act|plan|initiative|programs?|programmes?|commitments?|pledges?|"
    r"contributions?|appropriations?|supplemental|infrastructure|"
    # relief our side gives: "$1.6 billion in debt relief from the Department of Education"
    # ("tax relief" stays out: _MONEY_STAT's "tax")
    r"relief|forgiveness)\b", _F)
_MONEY_STAT = lazyre.compile(
    r"\b(?:revenues?|GDP|costs?|deficits?(?!\s{1,10}reduction)|debt(?!\s{1,10}(?:relief|cancellation|forgiveness))|loss(?:es)?|worth|prices?|profits?|sales|market|"
    r"trade|exports|imports|income|wages?|salar(?:y|ies)|economy|earn(?:s|ed|ing)?|savings|"
    r"lead\s{1,10}to|study|estimate[sd]?|would\s{1,10}save|average|advertis\w*|spent|tax(?:es)?(?!\s{1,10}credits?)|households?|"
    r"poll|survey|voters|better\s{1,10}off|worse\s{1,10}off|thresholds?|caps?)\b", _F)
# debt our side cancels is no statistic ("canceled $116 billion in student loan debt"; not "the $31
# trillion national debt")
_DEBT_RELIEVED = lazyre.compile(
    # done, not proposed: "cancel $10,000 in student debt" is a per-borrower proposal
    r"\b(?:cancel(?:ed|led)|forgiven|forgave|discharged|relieved|wiped\s{1,10}out)"
    r"\s{1,10}(?:(?:another|over|more\s{1,10}than|nearly|almost|about|some)\s{1,10})?\Z", _F)
# What a task needed or will need, with a dummy "it": "given it took 6,000 troops to protect the
# airport", "it will take $50 billion to rebuild" (a cost, not a commitment)
_IT_TOOK = lazyre.compile(
    r"\bit(?:\s{1,10}(?:will|would|could|might|may|[’']ll|has|had|also|only|just|actually|really|probably))?"
    r"(?:[’'](?:s|ll|d))?\s{1,10}(?:took|takes|take|taken|taking)\s{1,10}(?:(?:about|some|roughly|nearly|almost|over|"
    r"more\s{1,10}than|at\s{1,10}least|up\s{1,10}to|only|just)\s{1,10})?\Z", _F)
# speed: every form of the verb holds "too" or "tak" ("t" alone is in nearly any 40 characters)
_TAKE_HINT = lazyre.compile_re(r"t(?:oo|ak)", _re.I)
_MY_CENTS = lazyre.compile(r"\b(?:my|our|his|her|their|your)\s{1,10}\Z", _F)
# People a verb of memory governs are remembered, not delivered: "a commitment to remember the 6
# million Jews who were ... slaughtered", "we honor the 13 service members" (counts only: "honor our
# $5 billion pledge" keeps its money)
_COMMEMORATE = lazyre.compile(
    r"\b(?:remember(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|commemorat(?:e|es|ed|ing)|mourn(?:s|ed|ing)?|"
    r"memoriali[sz](?:e|es|ed|ing)|pay(?:s|ing)?\s{1,10}tribute\s{1,10}to|paid\s{1,10}tribute\s{1,10}to)"
    r"\s{1,10}(?:(?:the|all|those|these|our|more\s{1,10}than|over|nearly|some|almost)\s{1,10}){0,2}\Z", _F)
# a share of respondents: "Fifty-eight percent also support expanding ...", "52 percent oppose"
_POLL_AFTER = lazyre.compile(
    r"\s{1,10}(?:(?:also|now|still|strongly)\s{1,10})?(?:support|oppose|opposes|favou?r|approve|disapprove|agree|"
    r"disagree|say|said|believe|think|want|prefer)\b", _F)
# a worked example addressed to the listener: "if you're enrolled ... and your loan accrues $50"
# (the listener's own case, not "if you look at what the president has done", "if you're all keeping track")
_IF_YOU = lazyre.compile(r"\b(?:if|suppose|say)\s{1,10}(?:you[’']re|you\s{1,10}are|your)\b(?!\s{1,10}all\b)", _F)
# what happened under a predecessor: "At the end of the previous administration, only 7,000 borrowers"
_WE_ANY = lazyre.compile(r"\b(?:(?i:we|our|us)|I)\b", regex.V1)
_PREDECESSOR = lazyre.compile(r"\b(?:previous|prior|last|former|past)\s{1,10}(?:[A-Z]\w+\s{1,10})?[Aa]dministrations?\b", regex.V1)
# "a $6 trillion difference between the two budgets" (but "close the financing gap" is no statistic)
_MONEY_DIFF = lazyre.compile(r"\s{1,10}(?:difference|gap)\b", _F)
# Statistic or attribution between the cue and the number.
_STAT_BETWEEN = lazyre.compile(
    r"\b(?:according\s{1,10}to|estimates?|estimated|study|survey|poll|projections?|forecasts?|"
    r"IMF|World\s{1,10}Bank|represent(?:s|ing)?|account(?:s|ed|ing)?\s{1,10}for|make\s{1,10}up|making\s{1,10}up|"
    r"GDP|growth|grew|grow|rates?|average|median|per\s{1,10}capita|expected|projected|is\s{1,10}set|"
    r"is|are|was|were|be|been|share\s{1,10}of|deficit|debt|prices?|costs?|premiums?|sales|"
    r"inflation|unemployment|wages?|emissions\s{1,10}fell|learned|data)\b", _F)
# Words right before the number that make it a recipient, a share or a span, not the thing
# committed: "to 250 of these centres", "one of 14,000 pharmacies", "the previous three periods".
_BEFORE_REJECT = lazyre.compile(
    r"(?:\b(?:to|for|from|with|among|across|at|in|into|on|onto|through|via|per|of|than|out\s{1,10}of)"
    r"(?:\s{1,10}(?:the|these|those|our|their|its|all|all\s{1,10}the))?"
    r"|\b(?:previous|last|past|next|first|coming|following|final|top|average|median|every|"
    r"making|earning|earns|makes|paid|pays)(?:\s{1,10}(?:about|over|under|less\s{1,10}than|more\s{1,10}than))?"
    r"|\b(?:one|some|many|most|all|each|any|none|part|half)\s{1,10}of(?:\s{1,10}the)?)\s{1,10}\Z", _F)
# A deed named between the verb and the figure: "authorized the deployment of 3,000 troops",
# "announced the purchase of 600,000 of these treatment courses", "funded the scale-up of about
# 50,000 community health workers" (the deed nouns only: "funded the study of 300 patients" not)
_DEED_OF = lazyre.compile(
    r"\b(?P<v>announc(?:e|es|ed|ing)|fund(?:s|ed|ing)?|support(?:s|ed|ing)?|financ(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|"
    r"authori[sz](?:e|es|ed|ing)|order(?:s|ed|ing)?|direct(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|enabl(?:e|es|ed|ing)|"
    r"complet(?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|paid\s{1,10}for|pay(?:s|ing)?\s{1,10}for)"
    r"\s{1,10}the\s{1,10}(?:[\w-]+\s{1,10})?(?:scale-up|hiring|training|purchase|construction|deployment|delivery|"
    r"production|manufactur(?:e|ing)|creation|installation|distribution|procurement|shipment|recruitment|"
    r"donation|build-?out|release|sale|transfer|evacuation|resettlement)\s{1,10}of\s{1,10}\Z", _F)
# What may "include" a committed count: a package, a request, a budget ("the package includes
# 42 measures"), not any group ("That includes millions of Ukrainians").
_INCLUDE_OK = lazyre.compile(
    r"\b(?:packages?|requests?|budgets?|plans?|proposals?|bills?|law|act|assistance|aid|funding|"
    r"investments?|programs?|programmes?|initiatives?|announcements?|donations?|tranches?|"
    r"drawdowns?|PDAs?|commitments?|pledges?|deliver(?:y|ies)|shipments?|measures|actions|steps)\b", _F)
# ... or a delivery verb of the same clause, for goods: "FEMA is providing critical supplies to the
# state, including 144,000 liters of water" (what is delivered, listed; "providing help to
# families, including 3,000 children" lists who is helped)
_INCLUDE_DELIVERY = lazyre.compile(
    r"\b(?:provid|send|sent|deliver|ship|donat|distribut|suppl|dispatch|airlift|airdrop)\w*\b", _F)
_PERSON_UNITS = {"people", "persons", "children", "kids", "families", "households", "students",
                 "workers", "refugees", "veterans", "individuals", "patients", "women", "men",
                 "survivors", "victims", "residents", "americans", "citizens", "troops", "personnel"}
# Conservation verbs deliver only land or water: "conserved more than 670 million acres" (not
# "protect 300 million Americans")
_AREA_VERB = lazyre.compile(r"\b(?:(?:conserv|protect|preserv|restor|set\s{1,10}aside)\w*|"
                           # land treated: "clear out hazardous fuels in over 4 million acres of forestlands"
                           r"(?:treat(?:s|ed|ing)?|clear(?:s|ed|ing)?(?:\s{1,10}out)?)(?=(?:\s{1,10}[\w-]+){1,4}?\s{1,10}(?:on|in|across)\s))\s{1,10}"
                           # the object between: "protect wildlife habitat on 13 million acres"
                           r"(?:(?:[a-z][\w-]*\s{1,10}){1,3}?(?:on|in|across)\s{1,10})?"
                           r"(?:(?:an?|another|an\s{1,10}additional|nearly|almost|over|more\s{1,10}than|about|"
                           r"roughly|some|around)\s{1,10}){0,2}\Z", _F)
# ... or after the area, a reduced passive: "With more than 42 million acres already conserved"
_AREA_AFTER = lazyre.compile(
    r"(?:\s{1,10}of(?:\s{1,10}[a-z][\w-]*){1,4}?)?\s{1,10}(?:(?:already|now|been|have|has|being)\s{1,10}){0,2}"
    r"(?:conserved|protected|restored|treated)\b", _F)
# Parties counted are committed only as a programme's reach ("expand USAID's programs to seven
# countries") or as new members our side announces ("we announced the addition of six new
# countries"); otherwise they are participants ("130 countries attended").
_PARTY_UNITS = {"countries", "nations", "governments", "states", "economies"}
_REACH_BEFORE = lazyre.compile(
    r"\b(?:expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|scal(?:e|es|ed|ing)\s{1,10}up|roll(?:s|ed|ing)?\s{1,10}out)"
    r"\b[^.;:?!—–]{0,80}?\bto\s{1,10}\Z", _F)
# "he announced that six new governments have joined, which means the coalition has grown to 17
# governments": the new total of a coalition, in a sentence announcing its growth
# ... or as where a programme of ours runs: "provide technical assistance and service delivery in up
# to eight countries", "to introduce test-and-treat strategies in over 20 countries" (the verb's
# object between, no clause break: not "we have embassies in 170 countries", not "people who live in")
_REACH_IN_VERBS = (r"\b(?:provid|deliver|introduc|implement|launch|deploy|roll(?:s|ed|ing)?\s{1,10}out|"
                   r"scal(?:e|es|ed|ing)\s{1,10}up|expand|support|fund|train)\w*\b")
_REACH_IN = lazyre.compile(_REACH_IN_VERBS + r"[^.;:?!—–,()]{0,80}?\bin\s{1,10}\Z", _F)
_GROWN_TO = lazyre.compile(r"\b(?:coalition|membership|partnership|alliance|group)\s{1,10}(?:has|have|had|now)\s{1,10}"
                          r"(?:now\s{1,10})?(?:grown|expanded|risen)\s{1,10}to\s{1,10}\Z", _F)
_NEW_WORD = lazyre.compile(r"\b(?:new|additional)\b", _F)
_ANNOUNCE_BEFORE = lazyre.compile(r"\b(?:announc(?:e|es|ed|ing)|welcom(?:e|es|ed|ing))\b", _F)
# Executive acts counted: "he's done more than two dozen executive actions", "issued 30 orders"
# (and aid tranches: "We've done 47 presidential drawdown packages", "We have executed over 40 drawdowns")
_ACTS_UNIT = lazyre.compile(r"(?:executive\s{1,10})?(?:actions|orders)\Z|\bdrawdowns\Z|\b(?:drawdown|security|assistance|aid)\s{1,10}packages\Z", _F)
_ACTS_VERB = lazyre.compile(r"\b(?:done|did|do|does|taken|took|take|takes|taking|issu(?:e|es|ed|ing)|signed|execut(?:ed|ing))\s{1,10}"
                           r"(?:(?:over|more\s{1,10}than|nearly|almost|about|some)\s{1,10})?\Z", _F)
_AREA_UNITS = {"acres", "hectares", "miles", "kilometers", "kilometres", "square"}
# A list item right after a committed quantity shares its verb: "FEMA has sent 61 generators,
# 74,000 meals, and 1,500 tarps". The gap is a separator, optionally after the item's "of"
# complement ("144,000 liters of water, 74,000 meals"); no verb, clause word or number in it.
_LIST_GAP = lazyre.compile(
    r"\A(?:\s{1,10}(?:of|for)(?:\s{1,10}[A-Za-z][\w’'-]*){1,4})?"
    r"\s{0,10}(?:,\s{1,10}(?:(?:and|or|plus)\s{1,10})?|\s{1,10}(?:and|or|plus)\s{1,10})\Z", _F)
# The preposition rejected above still lets through a growth in who is served ("extend vouchers
# to more than 200,000 additional households") and money as the means ("with $1 billion in funding").
_REJECT_LIFTED = lazyre.compile(r"(?:to|for)\+|with\$")
_PHRASAL_END = lazyre.compile(
    r"\b(?:ask(?:s|ed|ing)?(?:\s{1,10}Congress)?|call(?:s|ed|ing)?|contract(?:s|ed|ing)?)\s{1,10}for"
    r"(?:\s{1,10}(?:an?|another|an\s{1,10}additional))?\s{1,10}\Z|\bfollow(?:s|ed|ing)?\s{1,10}up\s{1,10}with\s{1,10}\Z"
    r"|\bc(?:ame|ome|omes|oming)\s{1,10}out\s{1,10}with\s{1,10}\Z", _F)
_TARGETS = lazyre.compile(r"\b(?:sanctions|restrictions|visa\s{1,10}bans?|penalties|tariffs|export\s{1,10}controls)"
                         r"\s{1,10}(?:on|against)\s{1,10}\Z", _F)
# "I'd add that", "let me add to that": discourse, not an addition
_ADD_DISCOURSE = lazyre.compile(r"\s*(?:that|to|on|onto|up|,|quickly|just|here|briefly|one|a\s{1,10}(?:word|point|note))\b|\s*,", _F)
_SUBJECT_AFTER = lazyre.compile(
    r"(?:\s{1,10}(?!(?:that|which|who)\b)[\w’'-]{1,20}){0,3}?\s{1,10}"
    r"(?:have|has|had|are|is|were|was|will|would|can|could|[’']re|[’']ll)\b", _F)
_NUMBER_OF = lazyre.compile(r"\bnumber\s+of\s+((?:[\w-]+\s+){0,2}[\w-]+s)\b", _F)
# A new clause between the verb and the number: "vaccinated and I think over 96 percent",
# "announce that EPA has chosen 60 applicants"
# A speaker's hedge set off by commas right before the figure: "we have issued, I think, five rounds"
_HEDGE_END = lazyre.compile(r"\s{0,3},\s{1,10}(?-i:I)\s{1,10}(?:think|believe|guess)\s{0,3},\s{1,10}\Z", _F)
_WE_BEFORE = lazyre.compile(r"\b(?:we|(?-i:I))(?:[’'](?:ve|re|ll|d))?(?:\s{1,10}(?:have|had|will|would|also|already|just|now)){0,2}\s{1,10}\Z", _F)
_CLAUSE_OPENERS = r"we|I|they|he|she|you|that|which|who|because|if|when|whether|while"
_NEW_CLAUSE = lazyre.compile(rf"\b(?:{_CLAUSE_OPENERS})\b", regex.V1)
_REJECT_QUALIFIERS = {"less than", "fewer than", "under", "just under"}
# What a committable quantity cannot count.
_TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
               "minute", "minutes", "second", "seconds", "decade", "decades", "century",
               "centuries", "night", "nights", "weekend", "weekends", "times", "o’clock",
               "o'clock", "a.m.", "p.m.", "am", "pm", "year-old", "years-old"}
_NONCOMMIT_UNITS = {
    # participants and groups (statistics of who takes part, not what is committed)
    "countries", "country", "nations", "nation", "allies", "ally", "partners", "partner",
    "members", "member", "states", "governments", "leaders", "heads", "ministers",
    "organizations", "organisations", "ngos", "delegations", "economies", "companies",
    "presidents", "officials", "senators", "lawmakers", "republicans", "democrats", "governors",
    "folks", "others", "americans", "venezuelans", "citizens", "residents", "voters",
    # discourse items and schedule items
    "questions", "question", "points", "point", "things", "thing", "ways", "way", "parts", "part",
    "areas", "area", "topics", "topic", "issues", "issue", "fronts", "front", "pillars",
    "priorities", "priority", "reasons", "reason", "elements", "steps", "words", "pages", "folks",
    "calls", "meetings", "conversations", "trips", "visits", "events", "bilaterals", "summits",
    "interviews", "remarks", "minutes", "items", "guests", "names", "notes", "examples",
    "comments", "updates", "readouts", "thoughts", "friends", "neighbors", "neighbours", "sides", "messages",
    "medals", "hurricanes", "storms", "attacks", "wars", "principles", "themes", "categories",
    "lines", "aspects", "challenges", "problems", "goals", "objectives", "lessons", "takeaways", "letters", "records", "decisions", "reports", "efforts", "values", "studies", "documents", "directives", "memos", "needs",
    "packages", "bills", "proposals", "plans", "laws", "hostages", "prisoners", "detainees", "captives",
    # world statistics
    "jobs", "cases", "deaths", "percent-of",
}
_STOP = {
    "of", "to", "in", "on", "at", "for", "from", "by", "with", "into", "onto", "over", "under",
    "about", "against", "across", "through", "than", "as", "per", "and", "or", "but", "nor",
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her",
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "have", "has", "had", "do", "does", "did", "who", "which",
    "what", "when", "where", "while", "if", "so", "we", "they", "you", "he", "she", "it", "i",
    "also", "already", "now", "today", "just", "each", "every", "all", "some", "out", "up",
    "down", "more", "less", "since", "until", "after", "before", "during", "there", "here",
    "not", "no", "only", "even", "both", "either", "including", "like", "such", "—", "–",
}
_ADD_MARKERS = {"more", "new", "additional", "extra", "further"}
_IRREGULAR_PLURAL = {"people", "personnel", "aircraft", "equipment", "staff", "children",
                     "police", "materiel", "ammunition", "vaccine"}
_PLURAL_HEADS = _IRREGULAR_PLURAL - {"vaccine"}  # a plural ends the unit ("vaccine" does not)
_TOKEN = lazyre.compile(r"\G\s{1,10}(?P<w>[A-Za-z][\w’'.-]{0,40})")

# Speaker's side, from the header, most specific cue first (a White House call previewing a
# NATO summit is the United States speaking): (cue, side name, the side's own names).
_US_OWN = (r"(?:the\s+)?United\s+States|U\.S\.|US|America|(?:the\s+)?(?:Vice\s+)?President"
           r"(?:\s+(?:Biden|Trump|Obama|Bush|Harris|Pence|Vance))?|"
           r"(?:the\s+)?(?:Biden(?:-Harris)?\s+|Trump\s+)?[Aa]dministration|(?:the\s+)?Secretary(?:\s+[A-Z]\w+)?|"
           r"(?:the\s+)?White\s+House|USAID|(?:the\s+)?Pentagon|(?:the\s+)?Treasury|(?:the\s+)?Department(?:\s+of\s+\w+)?|"
           # the President's Cabinet, bare ("the Israeli Cabinet" is another's: the whole subject must be this)
           r"(?:the\s+)?Cabinet(?:\s+[Mm]embers?)?")
_NATO_OWN = r"NATO|(?:the\s+)?Alliance|(?:NATO\s+)?Allies|(?:the\s+)?Secretary\s+General"
_EU_OWN = r"(?:the\s+)?EU|(?:the\s+)?European\s+(?:Union|Commission)|(?:the\s+)?Commission|Team\s+Europe"
_UN_OWN = r"(?:the\s+)?UN|(?:the\s+)?United\s+Nations|(?:the\s+)?Secretary-General"
_OWN_ANY = {
    "the United States": r"\b(?:United\s+States|America|American|Biden|USAID|Pentagon|"
                         r"(?:Department|Secretary|Administrator|Administration)\s+of|Secretary|Administrator|"
                         r"federal\s+government|USDA|DOT|DOE|DOJ|DOD|DoD|DHS|HHS|HUD|EPA|FEMA|CDC|NIH|FDA|SBA|"
                         r"CFPB|FTC|FCC|OMB|NASA|Treasury|Commerce|State\s+Department|Army|Navy|Air\s+Force|"
                         r"Marines|Coast\s+Guard|National\s+Guard|Peace\s+Corps|Ex-Im|DFC|MCC|USTDA|Export-Import\s+Bank|"
                         r"Development\s+Finance\s+Corporation|Millennium\s+Challenge\s+Corporation|"
                         r"Trade\s+and\s+Development\s+Agency|"
                         # federal agencies and programmes by their full names
                         r"Centers\s+for\s+Disease\s+Control|National\s+Institutes?\s+of\s+(?:Health|Standards)|NIST|NOAA|NSF|"
                         r"USTR|USTDA|Agency\s+for\s+International\s+Development|Food\s+and\s+Drug\s+Administration|"
                         r"Small\s+Business\s+Administration|Medicare|Medicaid|"
                         # departments by their short names and the federal services and bureaus
                         r"(?:Interior|Energy|Agriculture|Transportation|Labor|Justice|Education|Defense|Homeland\s+Security|"
                         r"Veterans\s+Affairs|Housing)\s+Department|Forest\s+Service|National\s+Park\s+Service|"
                         r"Fish\s+and\s+Wildlife\s+Service|National\s+Weather\s+Service|Bureau\s+of\s+Land\s+Management|"
                         r"Army\s+Corps\s+of\s+Engineers|OSHA|FAA|BLM|"
                         # federal agencies by their naming pattern: "the Health Resources and Services
                         # Administration", "the Consumer Financial Protection Bureau", "the Federal Highway Administration"
                         r"(?:[A-Z][\w-]*\s+(?:and\s+)?){1,6}(?:Services|Resources|Health|Safety|Security|Aviation|Transit|Highway|"
                         r"Railroad|Business|Drug|Veterans|Information|Management|Protection|Enforcement)\s+(?:Administration|Agency|Bureau))\b|\bU\.S\.",
    "NATO": r"\b(?:NATO|Allies|Alliance)\b",
    "the EU": r"\b(?:EU|European\s+Union|Commission)\b",
    "the United Nations": r"\b(?:UN|United\s+Nations)\b",
}
_SIDES = [
    (lazyre.compile(r"White\s*House|whitehouse\.gov|Press\s+Secretary|Senior\s+Administration\s+Officials?|"
                   r"Background\s+Press\s+Call|state\.gov|defense\.gov|State\s+Department|"
                   r"Department\s+of\s+(?:State|Defense)|Pentagon\s+Press", regex.I), "the United States", _US_OWN),
    (lazyre.compile(r"NATO\s+(?:Deputy\s+)?Secretary\s+General|NATO\s+Spokesperson|nato\.int"), "NATO", _NATO_OWN),
    (lazyre.compile(r"European\s+Commission|High\s+Representative|European\s+Council|europa\.eu"), "the EU", _EU_OWN),
    (lazyre.compile(r"United\s+Nations|\bUN\s+Secretary|Secretary-General|un\.org"), "the United Nations", _UN_OWN),
    (lazyre.compile(r"\bNATO\b"), "NATO", _NATO_OWN),
    (lazyre.compile(r"\bEU\b"), "the EU", _EU_OWN),
]
# Irregular simple pasts of verbs that take an object (the regular ones end in -ed): a name before
# one of them is a subject (_AUX); not "found"/"said"/"saw" (reporting: "a study found", "Japan said
# we"). The first ones are also evidence of a past status (_PAST); the rest are also a present
# ("cut", "set", "hit": "must cut") or not evidence of a delivery there
_PAST_IRREGULAR = (r"sent|gave|built|bought|lent|made|put|took|spent|paid|won|sought|began|got|sold|brought|"
                   r"undertook|forgave|withdrew")
_IRREGULAR_PAST = (_PAST_IRREGULAR + r"|cut|set|led|held|met|kept|chose|struck|laid|drew|wrote|hit|ran|broke|froze|"
                   r"bound|dealt|fought|lost|shut|taught|overs(?:aw|old)")
_AUX = (r"(?:has|have|had|is|are|was|were|will|would|shall|can|could|should|may|might|must|did|"
        r"does|do|[’']s|[’']ve|[’']ll|[’']re|[’']d|\w+ed|says|gives|provides|plans|intends|continues|"
        r"remains|wants|needs|makes|takes|sends|spends|gets|announces|expects|commits|pledges|"
        # irregular past forms: "Russia sent 40 officers", "the Department of Energy cut red tape",
        # "the President set a target to reduce ...", "Congress put $5 billion into", "Hamas held"
        + _IRREGULAR_PAST + r")")
# plural present forms that show a subject ("the manufacturers announce"); not nouns like "pledge"
_PRESENT = r"(?:announce|provide|give|send|offer|invest|contribute|donate|deliver|supply|spend|intend|expect)"
_ADV = r"(?:\w+ly|also|now|already|notably|collectively|just|still|then|too|alone|itself|themselves)"
_OPINION = lazyre.compile(r"\s{1,10}(?:\w+ly\s{1,10})?(?:think|believe|guess|mean|know|suppose|understand|hope|"
                          r"expect|would\s{1,10}say|[’']d\s{1,10}say|want\s{1,10}to\s{1,10}(?:say|note|be\s{1,10}clear))\b", _F)
_PRON_SUBJ = lazyre.compile(r"\b(?P<p>we|they|he|she|it|you|there|(?-i:I))(?:[’'](?:ve|re|ll|d|s))?\b", _F)
_NAMED_SUBJ_SRC = (
    # "The U.S. Agency for International Development will": "for" inside a name
    rf"(?P<n>(?:(?i:the)\s+)?(?:[A-Z][\w.’'-]*)(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.’'-]*){{0,4}}"
    rf"|(?i:some|others|many|several|most|allies|partners|countries|russians|adversaries|"
    rf"(?:the\s+)?private\s+sector|(?:private\s+)?companies|businesses|industry|investors|economists|"
    rf"(?:an?|the|another|one|this|that)\s+(?:[a-z-]+\s+)?(?:company|firm|manufacturer|corporation|bank|investor|"
    rf"business|retailer|automaker|carrier|utility|foundation|philanthropy)|"
    rf"analysts|experts|congress|republicans|democrats|(?:the\s+)?states|cities|donors|"
    rf"(?:congressional\s+|House\s+|Senate\s+|MAGA\s+)?(?:Republican|Democratic)\s+(?:members|lawmakers|leaders|senators)(?:\s+of\s+Congress)?|"
    rf"(?:the\s+)?(?:G7|G-7|G20|G-20)(?:\s+leaders)?|leaders|(?:our\s+)?(?:allies|partners)|the\s+[a-z]+(?<!s)s)"
    "{adm})"
    rf"(?=(?:,[^,]{{1,30}},)?(?:\s+{_ADV}){{0,3}}\s+(?:{_AUX}|{_PRESENT})\b)")
_NAMED_SUBJ = lazyre.compile(_NAMED_SUBJ_SRC.replace("{adm}", ""), regex.V1)
# ... and, where the text names an administration (speed: only then), "today the Biden-Harris
# administration is announcing": a named administration as the subject
_NAMED_SUBJ_ADM = lazyre.compile(_NAMED_SUBJ_SRC.replace("{adm}", r"|(?i:the)\s+[A-Z][\w-]*\s+(?i:administration)"), regex.V1)


def _named_subjects(pre: str):
    """The named subjects of `pre` (matches of _NAMED_SUBJ, or _NAMED_SUBJ_ADM where it names an administration)."""
    return (_NAMED_SUBJ_ADM if "dministration" in pre else _NAMED_SUBJ).finditer(pre)


_OTHER_ALWAYS = lazyre.compile(
    r"\b(?:Russia|Russians|Moscow|Kremlin|Putin|China|PRC|Beijing|Xi|Iran|Tehran|North\s+Korea|"
    r"DPRK|Pyongyang|Hamas|Hezbollah|Taliban|ISIS|ISIL|Daesh|al-Qa[ei]da|Wagner|Houthis?)\b")
# An adversary's adjective: "the Russian government", "a Russian and American deal"
_ADVERSARY_ADJ_WORDS = r"Russian|Chinese|Iranian|North\s+Korean"
_ADVERSARY_ADJ = lazyre.compile(r"\b(?:" + _ADVERSARY_ADJ_WORDS + r")\b")
_ADVERSARY_SUBJ = lazyre.compile(
    rf"(?:{_OTHER_ALWAYS.pattern}|{_ADVERSARY_ADJ.pattern}(?:\s+(?i:government|regime|"
    rf"military|forces|army|navy|leadership|side|authorities|companies|officials|president|troops|state)))"
    rf"(?:[’']s\s+\w+)?(?=(?:\s+(?:that|who|which))?(?:\s+{_ADV}){{0,3}}\s+{_AUX}\b)", regex.V1)
_ADVERSARY_UNIT = lazyre.compile(
    r"\b(?:" + _ADVERSARY_ADJ_WORDS + r"|Taliban|Hamas|Hezbollah|Houthi|ISIS|Wagner|enemy|"
    r"adversary|terrorist)s?\b", regex.I)
# A subject joined to ours by "and": "Russia and the United States will sign", "The United States and
# China agreed": the name before "and" (the one after it is inside the subject the pattern finds)
_JOINT_BEFORE = lazyre.compile(
    r"(?P<x>(?:(?:(?i:the)\s{1,10})?[A-Z][\w.’'-]*(?:\s{1,10}[A-Z][\w.’'-]*){0,3}\s{0,3},\s{1,10}){0,4}"
    r"(?:(?i:the)\s{1,10})?[A-Z][\w.’'-]*(?:\s{1,10}[A-Z][\w.’'-]*){0,3})\s{0,3},?\s{1,10}and\s{1,10}\Z", regex.V1)
_AND_SPLIT = lazyre.compile(r"\s{0,3},?\s{1,10}and\s{1,10}|\s{0,3},\s{1,10}")
# The value of a deal: "sign a deal worth $5 billion", "an agreement valued at $2 billion"
_DEAL_WORTH = lazyre.compile(
    r"\b(?:deals?|agreements?|contracts?|accords?|arrangements?|MOUs?|memorand(?:a|um)|purchases?|sales?)\b"
    r"[^.;:?!—–]{0,40}?\b(?:worth|valued\s{1,10}at|totall?ing)\s{1,10}(?:(?:about|around|some|roughly|nearly|almost|"
    r"over|more\s{1,10}than|up\s{1,10}to)\s{1,10})?\Z", _F)


def _joint_of(pre: str, m) -> str:
    """The whole joint subject around the subject match `m` of `pre` ("" when not joint)."""
    n = m.group("n")
    jb = _JOINT_BEFORE.search(pre, max(0, m.start() - 150), m.start())
    if jb is None:
        return n if " and " in n else ""
    return jb.group("x") + " and " + n


# ... unless our side acts against them: "designating three Russian individuals"
_SANCTION_VERB = lazyre.compile(r"designat|sanction|blacklist|impos|cut|expel|expul|indict|charg|freez|seiz|block", regex.I)
_APPOSITIVE_NAME = lazyre.compile(r",\s{1,10}[A-Z][\w.’'-]+(?:\s{1,10}[A-Z][\w.’'-]+){1,3},", regex.V1)
_FOREIGN_ACRONYM = lazyre.compile(
    r"UK|UAE|EU|UN|PRC|DPRK|ROK|OPEC|IMF|WHO|ASEAN|AU|ECB|GCC|OAS|IDB|CCP|PLA|IRGC|SVR|GRU|FSB|ISIS|ISIL|"
    r"UNRWA|WTO|OECD|NGO|NGOS|KSA|RSF|SAF|PA|PLO|IDF|OAS|COVAX|GAVI|CEPI|OSCE|AFRICOM|SADC|ECOWAS")
_GROUPS_WITH_US = lazyre.compile(
    r"(?:(?i:the)\s+)?(?:G7|G-7|G20|G-20|Quad|AUKUS|Coalition)(?:\s+(?i:leaders|members|partners))?|(?:(?i:the)\s+)?(?i:leaders)", regex.V1)
# "we will not send", "we're not going to provide": a refusal, not a commitment
_NEGATED = lazyre.compile(r"(?:\bnot|\bnever|n[’']t|\bno\s+longer|\bneither|\bnor)\b(?:[ \t\r\n]+[\w’']+){0,3}[ \t\r\n]*\Z", _F)
_SENT_OPENERS = lazyre.compile(
    r"(?:And|But|So|Now|Today|Also|Moreover|Furthermore|In\s+addition|Just|Well|Look|Again|"
    r"Finally|Second|Third|First|Then|Yes|No|Thus|Meanwhile|However|Indeed|Together|Overall|"
    # pronouns and determiners are not names ("This is a $50 million initiative")
    r"This|That|These|Those|It|There|Here|What|Which|Our|My|His|Her|Their|Its|Each|Every|All|Both|The)\Z")
_FUTURE = lazyre.compile(
    r"\b(?:will|shall|[’']ll|going\s+to|gonna|plan(?:s|ning)?\s+to|intend(?:s|ing)?\s+to|"
    r"aim(?:s|ing)?\s+to|expect(?:s|ing)?\s+to|are\s+to|is\s+to|would|prepared\s+to|ready\s+to|"
    r"propos(?:e|es|ing)\s+to|seek(?:s|ing)?\s+to)\b", _F)
_PROGRESSIVE = lazyre.compile(r"\b(?:am|is|are|[’']re|[’']s)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?\w+ing\b", _F)
_PAST = lazyre.compile(r"\b(?:has|have|had|[’']ve)\s+(?:\w+ly\s+|also\s+|already\s+|now\s+|just\s+)?\w+(?:ed|en|t)\b|\b\w+ed\b|"
                    # irregular pasts that are not also the present (see _PAST_IRREGULAR)
                    rf"\b(?:{_PAST_IRREGULAR})\b", _F)
_ANNOUNCE = lazyre.compile(r"\b(?:announc|pledg|commit|unveil)\w*", _F)
_PURPOSE = lazyre.compile(
    r"\s{1,10}(?:to|for|in\s{1,10}support\s{1,10}of|towards?|against)\s{1,10}"
    r"(?:(?:the|our|their|its|a|an|this|that)\s{1,10})?"
    r"(?P<p>[^,.;:?!—()\[\]]{3,100}?)(?=[ \t\r\n]*(?:[,.;:?!—(]|\band\b|\bwhich\b|\bthat\b|\bby\b|"
    r"\bas\b|\bwhile\b|\bbecause\b|\bso\b|\bwith\b|\bover\b|\bfrom\b|\bsince\b|\buntil\b|"
    r"\bduring\b|\bwithin\b|\bbefore\b|\bafter\b|\bnext\b|\blast\b|\bthis\b|\beach\b|\bevery\b|"
    r"\bper\b|\bstarting\b|\bin[ \t\r\n]+(?:\d{4}|the[ \t\r\n]+(?:coming|next|last|past))|\Z))", _F)
# A percentage about the economy or the world, not a commitment.
_PCT_STAT = lazyre.compile(
    r"\b(?:unemployment|inflation|growth|grew|GDP|economy|prices?|wages?|poll(?:s|ing)?|approval|"
    r"sentiment|interest\s{1,10}rates?|mortgage|(?:the|a|its|their)\s{1,10}rate|rate\s{1,10}(?:has|is|was|of)|"
    r"share\s{1,10}of|rise|rises|rose|risen|fell|fall|fallen|grew|dropped|declined|jumped|climbed|above|below)\b", _F)
# "ownership up 40 percent", "deaths down 90 percent": a change measured, not committed
_UP_DOWN = lazyre.compile(r"\b(?:up|down)\s{1,10}\Z", _F)
_PCT_IDIOM = lazyre.compile(r"\s{0,10}(?:[.,;:!?—–)]|\Z)|\s{1,10}(?:committed|sure|behind|supportive|confident|"
                           r"clear|right|correct|agree[sd]?|certain|focused|in)\b", _F)
# Money that comes from a company or another government ("$270 million from Visa"), unless the
# source is a programme or law of ours ("$76 million from the Bipartisan Infrastructure Law").
_FROM_OTHER = lazyre.compile(
    r"(?:\s{1,10}(?:in|of)\s{1,10}[a-z][\w-]*(?:\s{1,10}[a-z][\w-]*)?)?\s{1,10}from\s{1,10}(?:the\s{1,10})?"
    r"(?:(?P<grp>(?:\d[\d,]*\s{1,10}|several\s{1,10}|many\s{1,10}|dozens\s{1,10}of\s{1,10})?(?:new\s{1,10}|private\s{1,10}|different\s{1,10})?"
    r"(?:companies|firms|businesses|corporations|investors|philanthropies|foundations))\b"
    r"|(?P<n>[A-Z][\w&.’'-]*(?:\s{1,10}(?:of\s{1,10})?[A-Z][\w&.’'-]*){0,4}))", regex.V1)
# Money of others that our side leverages or builds on is announced as our result
_LEVERAGE = lazyre.compile(r"\b(?:leverag\w*|mobili[sz]\w*|catalyz\w*|catalys\w*|unlock\w*|build(?:s|ing)?\s{1,10}on|built\s{1,10}on)"
                          r"\b[^.;:?!—–,]{0,40}\Z", _F)
_PROGRAMME = lazyre.compile(
    r"\b(?:Plan|Law|Act|Fund|Program|Programme|Initiative|Agenda|Department|Agency|Bureau|Administration|Office|"
    r"Reserve|Budget|Bill|Package|Treasury|Congress|Federal|Government|President|Bipartisan|Rescue|Inflation|"
    r"Service|Corps|Authority|Account|Facility|Partnership|Commission|Council|Institutes?|Centers?)\b|[’']s\b")
# A price or rate: an amount per thing (per year/month is a budget line, still counted).
_PER_UNIT = lazyre.compile(
    r"\s{1,10}(?:per|a|an|each)\s{1,10}(?!year\b|annum\b|month\b|week\b|fiscal\b|decade\b)"
    # a fine or price per day is a rate ("$13,600 per day that an employer does not abate")
    r"(?:violation|person|people|household|family|families|gallon|barrel|hour|share|ton|tonne|dose|day|"
    r"head|capita|unit|kilowatt|student|worker|employee|borrower|ticket|pill|test|[a-z]+[ -]hour)\b", _F)
# A projection, not a commitment: "we're positioned to build", "is expected to create".
_FORECAST = lazyre.compile(
    r"\b(?:positioned|projected|expected|estimated|forecast(?:ed)?|poised|likely|predicted)\s{1,10}to"
    r"(?:\s{1,10}\w+){0,2}\s{0,10}\Z", _F)
# A past change measured against an earlier time is a trend, not something delivered.
_TREND = lazyre.compile(r"\b(?:since|ago|over\s{1,10}the\s{1,10}(?:last|past)|compared\s{1,10}(?:to|with)|"
                       r"year[-\s]over[-\s]year|adjusted\s{1,10}for\s{1,10}inflation)\b", _F)
_PERCENT_OF = lazyre.compile(r"\s{1,10}of\b", _F)
# ... unless it is the share of a pledge delivered: "we've already met 80 percent of that commitment",
# "we have disbursed 90 percent of our pledge" (the subject test decides whose)
_MET_SHARE = lazyre.compile(
    r"\b(?P<v>met|fulfill?(?:ed|led)|deliver(?:ed|ing)(?:\s{1,10}on)?|disburs(?:ed|ing)|obligat(?:ed|ing))\s{1,10}\Z", _F)
_OF_OUR_PLEDGE = lazyre.compile(
    r"\s{1,10}of\s{1,10}(?:that|our|the|this|its|those|these)\s{1,10}(?:[\w-]+\s{1,10}){0,2}?(?:commitments?|pledges?|promises?)\b", _F)

# Unquantified pledges: "we will do more to ...", "our aim is to ...", "we intend to ...".
_PLEDGE = lazyre.compile(
    r"\b(?:we(?:[’']ll|\s+(?:also\s+)?(?:will|shall|intend\s+to|plan\s+to|are\s+determined\s+to|"
    r"are\s+committed\s+to|commit\s+to|pledge\s+to|promise\s+to|vow\s+to|aim\s+to))"
    r"(?:\s+(?:also|further|continue\s+to|keep))?\s+(?P<v>[a-z]+)"
    r"|\bour\s+(?:aim|goal|objective|intention|commitment|ambition|pledge)\s+(?:is|remains|will\s+be)\s+to\s+(?P<v2>[a-z]+))", _F)
# Speed: a necessary condition for a _PLEDGE match, for a stdlib pass over the lowered view
# (quantities.lowered_plain): "we" + "’ll" or one of the phrases that can follow it, or "our" +
# one of the nouns (any run of non-word characters stands for the white space); a word start is
# checked on each hit (two patterns opening with a literal: stdlib finds those fast).
_PLEDGE_HINTS = (
    lazyre.compile_re(r"we(?:[’']ll|[^a-z0-9_]+(?:also[^a-z0-9_]+)?(?:will|shall|are[^a-z0-9_]+(?:determined|committed)"
                r"|(?:intend|plan|commit|pledge|promise|vow|aim)[^a-z0-9_]+to))"),
    lazyre.compile_re(r"our[^a-z0-9_]+(?:aim|goal|objective|intention|commitment|ambition|pledge)"))
_WORD_CHAR = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _pledge_hints(low: str | None) -> list[int] | None:
    """Sorted starts of the _PLEDGE_HINTS at word starts, or None when any sentence may pledge."""
    if low is None:
        return None
    return sorted(m.start() for pat in _PLEDGE_HINTS for m in pat.finditer(low)
                  if m.start() == 0 or low[m.start() - 1] not in _WORD_CHAR)


_PLEDGE_VERBS = {
    "do", "strengthen", "increase", "provide", "support", "help", "invest", "deliver", "make",
    "build", "expand", "raise", "step", "ensure", "reduce", "deploy", "send", "fund", "launch",
    "boost", "enhance", "improve", "protect", "defend", "impose", "stand", "keep", "bolster",
    "double", "cut", "establish", "create", "commit", "pledge", "donate", "contribute", "train",
    "modernise", "modernize", "accelerate", "work", "counter", "fight", "hold", "upgrade",
    "intensify", "deepen", "tighten", "restrict", "sanction", "supply", "share", "reinforce",
}
_CLAUSE_END = lazyre.compile(r"[;:?!]")
_DO_MORE = lazyre.compile(r"\s+(?:more|everything|whatever|all\s+we\s+can|what(?:ever)?\s+(?:it\s+takes|we\s+(?:can|must)))\b", _F)
_PLEDGE_OBJ_PRON = lazyre.compile(r"\s+(?:that|this|those|these|it|them|you|so|the\s+same)\b", _F)
_PLEDGE_REL = lazyre.compile(r"\b(?:what|how|which|whatever|anything|something|things)\s+\Z", _F)
# "provide details", "share more", "hold a meeting", "make remarks": talk, not a pledge
_PLEDGE_NOT = lazyre.compile(
    r"\s+(?:(?:you|an?|the|some|more|further|any)\s+)?(?:details?|updates?|overview|readouts?|information|"
    r"remarks|comments?|statements?|announcements?|meetings?|press|briefings?|calls?|questions?|"
    r"clear|sure|on\b|the\s+case|a\s+(?:meeting|call|press|statement|decision)|tomorrow|today|tonight|"
    r"up\s+for|through\b|this\b)", _F)


# ----------------------------------------------------------------------------- side and actor
def _side(doc: Document, briefing: Briefing | None) -> tuple[str | None, "regex.Pattern[str] | None"]:
    head = " ".join(x for x in (
        getattr(briefing, "speaker", None) or "", getattr(briefing, "title", None) or "",
        " ".join(v[0] for v in doc.front_matter.values()), doc.view[doc.body_start:doc.body_start + 1500]) if x)
    for pat, name, own in _SIDES:
        if pat.search(head):
            # the whole subject is one of the side's names, or holds a name only the side uses
            # ("European Allies and Canada" for NATO, "U.S. forces" for the United States)
            return name, regex.compile(rf"\A(?:{own})\Z|{_OWN_ANY[name]}", regex.V1)
    return None, None


_PROGRAMME_NAME = lazyre.compile(r"\b[A-Z]\w*\s+(?:Corps|Initiative|Program|Programme|Plan|Fund|Partnership|Act|Facility|Framework|Law|Bill|Agenda|Budget)\Z")


def _subject(pre: str, own: "regex.Pattern[str] | None") -> str | None:
    """'speaker', 'other' or None (unstated/neutral) for the subject nearest the end of `pre`
    (the sentence up to the cue). Only the last clause segment is searched: a subject behind a
    semicolon, colon or dash belongs to another clause; an adversary acting as a subject
    anywhere before the cue still makes the figure theirs unless our side is the subject."""
    full = pre
    cut = max(pre.rfind(";"), pre.rfind(":"), pre.rfind("—"), pre.rfind("–"))
    best = _nearest_subject(pre[cut + 1:], own)
    if best[0] < 0 and cut >= 0:
        # nothing after the dash: a pronoun subject just before it still counts
        near = pre[max(0, len(pre) - 120):]
        best = max(((m.start(), "speaker" if m.group("p").lower() in ("we", "i") else "other")
                    for m in _PRON_SUBJ.finditer(near) if m.group("p").lower() in ("we", "i", "they")),
                   default=(-1, None))
    if best[1] != "speaker" and _ADVERSARY_SUBJ.search(full):
        return "other"
    return best[1]


_OWNER_POSS = lazyre.compile(r"(?<![\w.-])(?P<o>(?:(?i:the)\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.-]*){0,4})\Z", regex.V1)
_OUR_NAMED = lazyre.compile(r"(?i:our)\s+(?!(?i:allies|partners|friends)\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\Z", regex.V1)
_DAY_NAME = lazyre.compile(r"(?:(?:last|this|next|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                          r"January|February|March|April|June|July|August|September|October|November|December)", regex.V1)


def _nearest_subject(pre: str, own) -> tuple[int, str | None]:
    best: tuple[int, str | None] = (-1, None)
    for m in _PRON_SUBJ.finditer(pre):
        p = m.group("p").lower()
        kind = "speaker" if p in ("we", "i") else "other" if p == "they" else None
        if p == "i" and _OPINION.match(pre, m.end()):
            kind = None  # "I think the picture is 130 million Americans": an opinion, not a pledge
        best = max(best, (m.start(), kind), key=lambda b: b[0])
    for m in _named_subjects(pre):
        n = m.group("n").strip()
        if _SENT_OPENERS.search(n) or n.lower() in ("we", "i", "they", "he", "she", "it", "you", "there"):
            continue
        if _DAY_NAME.fullmatch(n):
            continue  # "the package we announced Friday is worth ...": a day ends a clause, it is no subject
        if own is not None and own.search(n):
            kind = "speaker"
        elif _OUR_NAMED.match(n):
            kind = "speaker"  # "Our C-130s dropped 38,000 meals" (not "our allies", "our partners")
        elif (own is not None and _APPOSITIVE_NAME.match(pre, m.end()) and _drop_the(n)[:1].isupper()
              and own.search(pre[max(0, m.start() - 120):m.end()])):
            kind = "speaker"  # the end of a title before the name: "the Under Secretary of State for ... Rights, Uzra Zeya,"
        elif own is not None and own.search(_drop_the(n)):
            kind = "speaker"
        elif own is not None and (pi := max((head := pre[max(0, m.start() - 60):m.start()] + n).rfind("’s "),
                                             head.rfind("'s "))) > 0 \
                and (om := _OWNER_POSS.search(head, 0, pi)) is not None and own.search(_drop_the(om.group("o"))):
            kind = "speaker"  # an office of ours: "the Department of Transportation’s Office of Aviation Consumer Protection"
        elif own is None and n[-14:].lower() == "administration":
            kind = None  # no side to compare with: "the Bush administration plans to deploy 45,000 Marines"
        elif _PROGRAMME_NAME.search(n) and not _POSS_S.search(n):
            kind = None  # a programme as subject ("The Americas Health Corps will include training for ...")
        elif _GROUPS_WITH_US.fullmatch(n):
            kind = None  # the speaker's side is one of them: "the G7 will commit", "leaders will"
        elif _THE_ACRONYM_I.fullmatch(n) and n.split()[-1].isupper() \
                and not _FOREIGN_ACRONYM.fullmatch(n.split()[-1]):
            kind = None  # an office or programme we cannot place ("BLM", "DACA"): not evidence either way
        else:
            kind = "other"
        if kind == "speaker" and (" and " in n or pre.endswith("and ", 0, m.start())
                                  or pre.find(" and", max(0, m.start() - 8), m.start()) >= 0):
            joint = _joint_of(pre, m)
            if joint and (_OTHER_ALWAYS.search(joint) or _ADVERSARY_ADJ.search(joint)):
                # a joint subject with an adversary: "Russia and the United States will sign a deal
                # worth $5 billion" is not money of ours
                kind = "other"
        if m.start() > best[0]:
            best = (m.start(), kind)
    return best


# ----------------------------------------------------------------------------- units
_INITIALS = lazyre.compile(r"(?:[A-Z]\.){2,}")
_OF_AFTER = lazyre.compile(r"\G\s{1,10}of(?:\s{1,10}(?:our|the|their|its|these|those))?\b")

# The figure restated in other words between dashes or brackets, the unit after it: "500 million —
# half a billion — Pfizer vaccines", "1,000 (one thousand) troops"
_RESTATED = lazyre.compile(
    r"\G\s{0,3}(?:[—–]|\()\s{0,10}(?:(?:that[’']s|or|about|roughly|some|nearly)\s{1,10})?(?:an?\s{1,10}|one\s{1,10}|half\s{1,10}an?\s{1,10}|"
    r"a\s{1,10}(?:half|quarter)\s{1,10}(?:of\s{1,10}an?\s{1,10})?|\d[\d.,]*\s{0,3}|[a-z]+(?:[\s-]{1,3}[a-z]+){0,2}\s{1,10})"
    r"(?:hundred|thousand|million|billion|trillion)?\s{0,10}(?:[—–]|\))", _F)
_NUMBER_WORD = lazyre.compile(
    r"\d|\b(?:hundred|thousand|million|billion|trillion|half|quarter|dozen|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", _F)

def _unit(view: str, q: Quantity, limit: int) -> tuple[str | None, int, bool]:
    """(unit, end of the phrase, addition marker seen) for the quantity."""
    if q.currency:
        return q.currency, q.end, False
    if q.percent:
        return "percent", q.end, False
    pos, toks, added = q.end, [], False
    if view.startswith((" —", " –", " (", "—", "–"), pos):
        m = _RESTATED.match(view, pos, limit)
        if m is not None and _NUMBER_WORD.search(m.group(0)):
            pos = m.end()  # "500 million — half a billion — Pfizer vaccines": the same figure restated
    # "hundreds of troops", "3,000 of our troops"
    m = _OF_AFTER.match(view, pos, limit)
    if m and (q.rule == "plural-scale" or m.group(0).strip() != "of"):
        pos = m.end()
    n = 0
    while n < 4:
        n += 1
        m = _TOKEN.match(view, pos, limit)
        if not m:
            break
        w = m.group("w")
        wl = w.rstrip(".") if not (w[-1] == "." and _INITIALS.fullmatch(w)) else w
        low = wl.lower()
        marker = low in _ADD_MARKERS and (not toks or (len(toks) == 1 and low in ("new", "additional")))
        if low == "and" and toks and toks[-1][:1].isupper() and w == wl and n < 4:
            # a capitalised name joined by "and": "140 Urban Search and Rescue personnel"
            nx = _TOKEN.match(view, m.end(), limit)
            if nx is not None and nx.group("w")[:1].isupper():
                toks.append(w)
                pos = m.end()
                n -= 1  # the joined name's words do not use up the unit's length
                continue
        if low in _STOP and not marker:
            break
        if marker:
            added = True
            pos = m.end()
            continue
        toks.append(wl)
        pos = m.start("w") + len(wl)
        if (low.endswith("s") and not low.endswith(("ss", "us", "is"))) or low in _PLURAL_HEADS:
            if "and" in toks and wl[:1].isupper():
                nx = _TOKEN.match(view, pos, limit)
                if nx is not None and nx.group("w")[:1].isupper():
                    continue  # "1,200 Immigration and Customs Enforcement personnel": the name goes on
            break
    if not toks:
        return None, q.end, added
    return " ".join(toks), pos, added


def _plural(unit: str | None) -> bool:
    head = (unit or "").lower().split()[-1:] or [""]
    h = head[0]
    return (h.endswith("s") and not h.endswith(("ss", "us", "is"))) or h in _IRREGULAR_PLURAL


_AID_PACKAGE_HEADS = {"packages", "package"}
_AID_PACKAGE_KINDS = {"assistance", "aid", "security", "military", "weapons", "arms", "humanitarian",
                      "relief", "drawdown", "sanctions"}


# ... the kind also after the head: "announcing two critical new packages of security assistance"
_PACKAGE_OF_AID = lazyre.compile(
    r"\s{1,10}of\s{1,10}(?:(?:U\.S\.|American|new|additional|lethal|critical)\s{1,10})?"
    r"(?:security|military|humanitarian|weapons|arms|drawdown|economic)?\s{0,10}(?:assistance|aid|support|relief|weapons|sanctions)\b", _F)


def _aid_packages_of(view: str, unit: str | None, pend: int, end: int) -> bool:
    return bool(unit) and unit.lower().split()[-1] in _AID_PACKAGE_HEADS and _PACKAGE_OF_AID.match(view, pend, end) is not None


_POST_HEADS = frozenset({"positions", "seats", "slots", "posts", "vacancies"})


def _excluded_unit(unit: str | None) -> bool:
    if not unit:
        return True
    words = unit.lower().split()
    head = words[-1]
    if head in _AID_PACKAGE_HEADS and any(w in _AID_PACKAGE_KINDS for w in words[:-1]):
        return False  # "five security assistance packages": deliveries, not bills or proposals
    if head in ("members", "member") and len(words) > 1 and words[-2] == "service":
        return False  # "1,000 service members": troops, not the members of a body
    if head in _POST_HEADS and ("open" in words or "vacant" in words or "unfilled" in words):
        return True  # "those additional three open positions" on a board: vacancies, not hires
    return (head in _TIME_UNITS or head in _NONCOMMIT_UNITS
            or any(w in _TIME_UNITS for w in words) or head.endswith("-old"))


# ----------------------------------------------------------------------------- extraction
def _rev(p: "regex.Pattern[str]") -> "regex.Pattern[str]":
    """`p` searched right to left. For a pattern anchored at the end (\\Z) that tries one end
    position instead of every start; it finds a match exactly when the forward search does (its
    span may differ: used for yes/no only, or to skip the forward search when there is none)."""
    return lazyre.reversed_(p)


# (only where it measured faster: for some patterns the reverse search is the slower one)
_NOUN_OF_R, _CHANGE_BY_R, _POLICY_LIMIT_R = _rev(_NOUN_OF), _rev(_CHANGE_BY), _rev(_POLICY_LIMIT)
_BEFORE_REJECT_R, _TARGETS_R, _PHRASAL_END_R = _rev(_BEFORE_REJECT), _rev(_TARGETS), _rev(_PHRASAL_END)
_HAVE_SPENT = lazyre.compile(
    r"(?:\b(?:have|has)|[’']ve)\s{1,10}(?:(?:already|now|also|just|collectively|so\s{1,10}far)\s{1,10}){0,2}spent\s{1,10}\Z", _F)
_COST_BEFORE = lazyre.compile(r"\b(?:pay|pays|paying|paid|cost|costs|costing|spend|spending|charged?|owe)\s{1,10}\Z", _F)

# Speed: stdlib prefilters run on the lowered view (quantities.lowered_plain: no character there
# folds onto ASCII letters) over the same span as the `regex` pattern they guard; each matches
# whatever that pattern needs (a run of non-word characters stands for white space, the ASCII
# word edge for \b), so no hit means no match.
# _REL_AFTER holds "we" or "the" after white space; _SUBJECT_AFTER and _PASSIVE_AFTER an auxiliary.
_REL_HINT = lazyre.compile_re(r"[^a-z0-9_](?:we|the|he|she)[^a-z0-9_]")
_SUBJECT_HINT = lazyre.compile_re(r"[^a-z0-9_](?:have|has|had|are|is|were|was|will|would|can|could|[’'](?:re|ll))(?![a-z0-9_])")
_PASSIVE_HINT = lazyre.compile_re(r"(?<![a-z0-9_])(?:will|would|shall|have|has|had|are|is|were|was|being|"
                                  r"deployed|stationed|dispatched|pre-?positioned|pre-?staged)[^a-z0-9_]")


def _ascii_twin(src: str) -> "_re.Pattern[str]":
    """The stdlib prefilter of rf"\\b(?:{src})\\b" (V1|I), for a `src` whose only escape is \\s."""
    assert set(regex.findall(r"\\.", src)) <= {r"\s"}, src
    body = src.lower().replace("(?p<", "(?P<").replace(chr(92) + "s", "[^a-z0-9_]")
    return _re.compile(rf"(?<![a-z0-9_])(?:{body})(?![a-z0-9_])")


_VERB_HINT = _ascii_twin(_VERBS)
# _POLICY_LIMIT holds one of these (each alternative's required word, lowered)
_POLICY_HINT = lazyre.compile_re(r"cap|deficit|debt|negotiat|corporate|tax|income|gains|buyback|excise|estate|sav")


def _subject_after(view: str, low: str | None, pend: int, sent_end: int):
    """_SUBJECT_AFTER at the end of the phrase, within 60 characters."""
    end = min(sent_end, pend + 60)
    if low is not None and not _SUBJECT_HINT.search(low, pend, end):
        return None
    return _SUBJECT_AFTER.match(view, pend, end)


def _clause_start(view: str, sent_start: int, at: int) -> int:
    """Start of the clause holding `at`: a cue must not sit across a clause break."""
    pre = view[sent_start:at]
    return sent_start + max(pre.rfind(";"), pre.rfind(":"), pre.rfind("?"), pre.rfind("!")) + 1


def _cue(view: str, sent_start: int, q: Quantity, phrase_end: int, added: bool, unit: str | None,
         sent_end: int, low: str | None):
    """(cue kind, cue start, cue end) when a commitment cue governs the quantity, else
    (None, -1, -1). `low`: quantities.lowered_plain(view), for the prefilters."""
    cstart = _clause_start(view, sent_start, q.start)
    tail = view[max(cstart, q.start - 70):q.start]
    off = q.start - len(tail)
    if q.qualifier in _REJECT_QUALIFIERS:
        return None, -1, -1  # "less than $12,000": a threshold, not an amount committed
    if q.currency and _noun_owner(view, cstart, q, phrase_end, sent_end, None) is not None:
        # "a $250 million contribution by the United States", "our $300 million pledge"
        return "noun", phrase_end, phrase_end
    pl = (_POLICY_LIMIT.search(tail) if (low is None or _POLICY_HINT.search(low, off, q.start))
          and _POLICY_LIMIT_R.search(tail) else None)
    if pl and pl.group("cap") and _COMPANY_WORDS.search(view, sent_start, off + pl.start()):
        pl = None
    if pl and pl.group("save") and _SOURCE_BEFORE.search(view, sent_start, off + pl.start()):
        pl = None
    if pl and (pl.group("cap") or (pl.group("def") and q.currency) or (pl.group("neg") and not (q.currency or q.percent))
               or (pl.group("tax") and q.percent) or (pl.group("save") and q.currency)):
        # "capped insulin at $35", "lowers the deficit by $3 trillion" (money or percent), "negotiate
        # prices for 50 drugs" (a count)
        return "verb", off + pl.start(), off + pl.start() + len(pl.group(0).split()[0])
    wide = max(cstart, q.start - 170)  # a running total's verb may sit far back
    # Speed: a pattern anchored at the end is first tried right to left (_R, one end position)
    # and searched forward only when there is a match at all; see _rev.
    m = _NOUN_OF.search(view, wide, q.start) if _NOUN_OF_R.search(view, wide, q.start) else None
    if m is None and (view.find("financing", wide, q.start) >= 0 or view.find("through", wide, q.start) >= 0
                      or view.find("via", wide, q.start) >= 0):
        m = _NOUN_VIA_OF.search(view, wide, q.start)  # speed: only where its words occur
    if m and m.groupdict().get("sup") and (unit is None or unit.lower().split()[-1] in _PERSON_UNITS
                                 or _STANCE_BEFORE.search(view, max(cstart, m.start() - 30), m.start())):
        m = None  # support for people is help to recipients; "our support for two permanent seats" a stance
    if m and not (m.group("chg") and not q.currency):
        return "frame", m.start(), m.end()
    if q.currency and q.qualifier == "up to" and _UP_PARTICLE.search(tail):
        # "Congress plussed that up to $45 billion": the verb's particle, a new level set
        m = _UP_PARTICLE.search(tail)
        return "change", off + m.start(), off + m.start() + len(m.group(0).split()[0])
    m = _ADD_BEFORE.search(tail)
    if m and _COST_BEFORE.search(tail[:m.start()]):
        return None, -1, -1  # "not have to pay another $1,900": a cost, not an addition
    if m:  # "have invested an extra $350 billion": the verb before tells who and when
        return "more", off + m.start(), off + m.start()
    w0 = max(cstart, q.start - 120)
    near = view[w0:q.start]
    ch = _CHANGE_BY.search(near) if _CHANGE_BY_R.search(near) else None
    if ch and not _STAT_BETWEEN.search(view[max(cstart, w0 + ch.start() - 40):q.start]):
        return "change", w0 + ch.start(), w0 + ch.start() + len(ch.group(0).split()[0])
    rel_end = min(sent_end, phrase_end + 90)
    rel = (_REL_AFTER.match(view, phrase_end, rel_end)
           if low is None or _REL_HINT.search(low, phrase_end, rel_end) else None)
    if rel:  # "the 1 billion tests that we are purchasing": our side is the relative clause's subject
        return "relative", phrase_end, rel.end()
    if q.currency and _HEADLINE_HINT.search(view, max(sent_start, q.start - 260), q.start):
        hm = _HEADLINE.search(view, max(sent_start, q.start - 260), q.start)
        if hm is not None and _THEIR_TOTAL.search(view, max(sent_start, hm.start() - 40), hm.start()):
            return None, -1, -1  # "their topline number", "the Republicans' headline figure"
        if hm is not None and hm.group("d") and not _HEADLINE_OF.match(hm.group("gap")):
            hm = None
        if hm is not None and not _MONEY_STAT.search(hm.group("gap")):
            # "On the headline figure — ... — it is approximately $150 million": a package's total
            return "frame", hm.start(), hm.end("n")
    rej = _BEFORE_REJECT.search(tail) if _BEFORE_REJECT_R.search(tail) else None
    if rej and tail.endswith("of ") and not q.percent:
        dm = _DEED_OF.search(tail)
        if dm is not None:
            # the deed our verb orders, funds or completes, named: "authorized the deployment of 3,000
            # troops", "has funded the scale-up of about 50,000 community health workers"
            return "verb", off + dm.start(), off + dm.end("v")
    if rej and (_TARGETS_R.search(tail) or _PHRASAL_END_R.search(tail) or _TEAM_OF.search(tail)
                or (added and _RESULT_IN.search(tail))):
        rej = None  # "sanctions on N individuals"; "asked Congress for $N" (the preposition is the verb's)
    if rej and not _REJECT_LIFTED.fullmatch(rej.group(0).lower().split()[0] + ("+" if added else "$" if q.currency else "")):
        return None, -1, -1
    subj_after = _subject_after(view, low, phrase_end, sent_end)
    if subj_after and q.currency and _PROGRAMME_AFTER.match(view, phrase_end, sent_end) \
            and _ARTICLE_BEFORE.search(tail):
        subj_after = None  # "a $5 million program will increase coverage": the programme acts
    # nearest verb cue within ~8 words before the number, nothing clausal in between
    last = None
    if low is None or _VERB_HINT.search(low[off:q.start]):
        for m in _VERB_RE.finditer(tail):
            if m.group("use") and not q.currency:
                continue  # "designating 14 individuals ... using five authorities": no cue for counts
            if m.group("iss") and q.currency:
                continue  # "issuing $150 million in preferred stock", "issued at C$25 each": finance, counts only
            last = m
    if last is not None:
        between = tail[last.end():]
        if "," in between:
            hz = _HEDGE_END.match(between)
            if hz is not None and _WE_BEFORE.search(view, max(sent_start, off + last.start() - 30), off + last.start()):
                # "we have issued, I think, five rounds": a hedge right after our verb is no clause
                # (not "automakers coming together to install, I think, 30,000 ...")
                between = " "
        discourse = (last.group(0).lower().startswith("add") and (
            _ADD_DISCOURSE.match(between) or q.qualifier == "up to" and not between.strip()))  # "add up to"
        if last.group("incl") and (len(between.split()) > 3 or _BEFORE_REJECT_R.search(between) or (
                not q.currency and not _INCLUDE_OK.search(view[cstart:off + last.start()])
                and not (last.group(0).lower() == "including" and view[cstart:off + last.start()].rstrip().endswith(",")
                         and _INCLUDE_DELIVERY.search(view[cstart:off + last.start()])
                         and (unit or "").lower().split()[-1:] != [] and (unit or "").lower().split()[-1] not in _PERSON_UNITS)) or (
                q.currency and _MONEY_STAT.search(view[cstart:off + last.start()]))):
            discourse = True  # "including a million Virginians": a list, not a package's content
        if (last.group("incl") and last.group(0).lower() == "including"
                and (unit or "").lower().split()[-1:] and (unit or "").lower().split()[-1] in _PERSON_UNITS):
            discourse = True  # "assistance for people in Chad, including more than 600,000 Sudanese refugees"
        if last.group("use") and (_USE_NOT.match(between) or not _USE_PURPOSE.match(view, phrase_end, sent_end)):
            discourse = True  # "used to cost $100", "uses of this $3.5 billion", "use the $14,000 for a violation"
        if (len(between.split()) <= 8 and "," not in between and "—" not in between
                and not discourse and not _STAT_BETWEEN.search(between) and not subj_after
                and not (not q.percent and _UNDOING.search(between))
                and not _NEW_CLAUSE.search(between)):
            return "verb", off + last.start(), off + last.end()
    w1 = max(cstart, q.start - 160)
    fr = _FRAME.search(view[w1:q.start])
    if fr and not (q.currency or q.percent) and _FRAME_AGAINST.search(fr.group(0)):
        fr = None  # "the U.S.'s commitment to ending the three epidemics": the count is of the problem fought
    if fr and not _STAT_BETWEEN.search(view[w1 + fr.start():q.start]) and not subj_after:
        return "frame", w1 + fr.start(), w1 + fr.start() + len(fr.group(0).split()[0])
    if (low is None or _PASSIVE_HINT.search(low, phrase_end, rel_end)) \
            and _PASSIVE_AFTER.match(view, phrase_end, rel_end):
        return "passive", q.start, q.start
    sm = ((low is None or _PASSIVE_HINT.search(low, phrase_end, rel_end)) and not (q.currency or q.percent)
          and _SHIP_AFTER.match(view, phrase_end, rel_end))
    if sm and not _THAN.search(sm.group(0)):  # "1.7 trillion more dollars are coming in than are going out"
        return "passive", q.start, q.start  # "2.5 million doses ... will begin to ship"
    if subj_after:
        return None, -1, -1  # "10 million small businesses have been created": a statistic
    if added:
        return "added", q.start, q.start
    if q.currency and ("—" in tail or "–" in tail):
        ap = _APPOSITIVE_SIZE.search(view, max(cstart, q.start - 160), q.start)
        if ap is not None and not (_NEW_CLAUSE.search(ap.group("gap")) or _APPOS_VERB.search(ap.group("gap"))):
            if (_MONEY_STAT.search(view, ap.start(), q.start) or _OTHER_ALWAYS.search(view, max(cstart, ap.start() - 60), q.start)
                    or _ADVERSARY_UNIT.search(view, max(cstart, ap.start() - 60), q.start)):
                return None, -1, -1  # the size of a statistic or of an adversary's aid
            # "announcing the largest transfer of weapons since the beginning of the conflict —
            # more than $3 billion": the amount after the dash sizes the commitment just named
            return "frame", ap.start(), ap.end("n")
    if q.currency and q.start - sent_start <= 24 and _VERBLESS_ITEM.match(view, phrase_end, sent_end) \
            and _ITEM_LEAD.fullmatch(view, sent_start, q.start) and not _FINITE.search(view, sent_start, sent_end) \
            and not _MONEY_STAT.search(view, sent_start, sent_end) and not _OTHER_ALWAYS.search(view, sent_start, sent_end) \
            and not _ADVERSARY_ADJ.search(view, sent_start, sent_end):
        # a verbless item of a list of what we funded: "A hundred and fifty million dollars to CEPI
        # for vaccine." (the whole sentence is the amount and its recipient or purpose)
        return "listed", q.start, q.start
    if q.currency:
        win = view[max(cstart, q.start - 80):min(sent_end, phrase_end + 60)]
        if (_MONEY_NOUN.search(win) and not _MONEY_STAT.search(win)
                and not _MONEY_STAT.search(view[sent_start:q.start])
                and not _ADVERSARY_HELD.search(view, phrase_end, min(sent_end, phrase_end + 120))):
            return "money", q.start, q.start
    return None, -1, -1


# A sentence that is only an amount and where it goes: "A hundred and fifty million dollars to CEPI
# for vaccine.", "And $75 million for the West Bank and Gaza." (no finite verb anywhere in it)
_VERBLESS_ITEM = lazyre.compile(
    r"(?:\s{1,10}in\s{1,10}[\w-]+(?:\s{1,10}[\w-]+)?)?\s{1,10}(?:to|for)\s{1,10}[^.;:?!—–()]{1,80}[.;]\s{0,10}\Z", _F)
_ITEM_LEAD = lazyre.compile(r"(?:(?:And|Another|Plus|Also|Then),?\s{1,10})?(?:(?:about|over|more\s{1,10}than|nearly|almost|roughly|approximately|another)\s{1,10})?", _F)
_FINITE = lazyre.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|shall|may|might|must|did|does|do|"
    r"(?!hundred\b)[a-z]+ed|[a-z]+ing|get|gets|got|goes|went|make|makes|made)\b|[’'](?:s|re|ve|ll|d)\b|n[’']t\b", _F)


# An amount set off by a dash right after a commitment noun gives its size (an apposition):
# "the single largest ... transfer of weapons since the beginning of the conflict — more than $3
# billion", "more humanitarian assistance — over $245 million so far". Money only; the noun's
# complement before the dash holds no clause (no relative, no verb group: "the package that
# passed in December had the same thresholds — $150,000", "investment have come from the Bank —
# $500") and nothing of a statistic or an adversary.
_APPOSITIVE_SIZE = lazyre.compile(
    r"\b(?P<n>packages?|tranches?|drawdowns?|transfers?|assistance|aid|funding|investments?|commitments?|"
    r"pledges?|contributions?|donations?|grants?|loans?|appropriations?|deliver(?:y|ies)|shipments?)\b"
    r"(?P<gap>[^.;:?!—–()]{0,100}?)\s{0,10}[—–]{1,2}\s{0,10}\Z", _F)
_APPOS_VERB = lazyre.compile(
    r"\b(?:have|has|had|is|are|was|were|will|would|be|been|can|could|come|came|went|goes)\b|[’']s\b", _F)


# Our side's share of a commitment, then its amount: "The U.S. portion of that was $1 billion",
# "our share of the package is $300 million" (money only; the owner is checked against the
# side's names in _judge: "Germany's share of that was ..." is theirs; "the U.S. share of global
# GDP" names no commitment)
_POSS_END = lazyre.compile(r"[’'](?:s)?\Z")
_OUR_SHARE = lazyre.compile(
    r"(?<![\w.’'])(?P<o>our|(?:[Tt]he\s{1,10})?(?:[A-Z][\w.]*\s{1,10}){0,2}[A-Z][\w.]*(?:[’']s?)?)\s{1,10}(?:own\s{1,10})?"
    r"(?P<n>(?i:portion|share|part|piece))"
    r"(?:\s{1,10}(?i:of)\s{1,10}(?:(?i:that|this|it|those|these)|(?i:the|this|that)\s{1,10}(?:[\w-]+\s{1,10}){0,2}?"
    r"(?i:packages?|commitments?|pledges?|funding|financing|assistance|aid|partnership|initiative|fund|facility|"
    r"investments?|contributions?|money|total)))?"
    r"\s{0,10},?\s{1,10}(?i:is|was|will\s{1,10}be|would\s{1,10}be|comes\s{1,10}to|came\s{1,10}to|amounts\s{1,10}to|"
    r"amounted\s{1,10}to|totals|totaled|totalled)\s{1,10}"
    r"(?:(?i:about|around|roughly|approximately|nearly|almost|over|more\s{1,10}than|some|just\s{1,10}over)\s{1,10})?\Z", regex.V1)


# The sum of a pledge our side made, named by its owner: "the President's pledge both on the
# $11 billion and also on the $3 billion for PREPARE", "our commitment of $4 billion" (our/own
# names only; "China's pledge of $3 billion" is theirs)
_OUR_PLEDGE_ON = lazyre.compile(
    r"(?<![\w.’'])(?P<o>our|(?:[Tt]he\s{1,10})?(?:[A-Z][\w.]*\s{1,10}){0,2}[A-Z][\w.]*[’']s?)\s{1,10}(?:[\w-]+\s{1,10})?"
    r"(?P<n>(?i:pledges?|commitments?))(?P<gap>[^.;:?!—–]{0,50}?)\s(?i:on|of|to)\s{1,10}(?:(?i:the)\s{1,10})?\Z", regex.V1)


# "Congress" itself as the subject of a funding verb, in a White House briefing: the federal
# government funding a programme of ours ("Congress appropriated over $3 billion to ASFF",
# "Congress has newly authorized about $16 billion"); not "Republicans in Congress", nor a
# verb that cuts or passes something else ("Congress passed $2 trillion in tax cuts")
# A company's pledge to invest, announced in a White House briefing as the result of our agenda:
# "Micron has pledged to invest $100 billion over the next 20 years to build factories",
# "companies have committed over $3 billion in manufacturing and clean energy investments" (the
# pledging verb in the perfect right before the money; a capitalised name only with "to invest";
# not "Tesla's $3.6 billion investment", not an adversary's, not "pledged $40 million in aid")
_PLEDGED = r"\s{1,10}(?:has|have|had)\s{1,10}(?:(?i:already|now|just|also|collectively)\s{1,10})?(?i:pledged|committed)\s{1,10}"
_PRIVATE_PLEDGE = lazyre.compile(
    r"(?:\b(?i:companies|businesses|manufacturers|firms|automakers|the\s{1,10}private\s{1,10}sector)"
    rf"{_PLEDGED}(?:(?i:to\s{{1,10}}invest)\s{{1,10}})?"
    rf"|(?<![\w.’'-])[A-Z][\w&.’'-]*{_PLEDGED}(?i:to\s{{1,10}}invest)\s{{1,10}})"
    r"(?:(?i:over|more\s{1,10}than|about|nearly|almost|up\s{1,10}to|roughly|some)\s{1,10})?\Z", regex.V1)
# Money an adversary holds, named after it: "That's an $11 billion investment and a prized gas
# pipeline controlled by Russia" (not "$1 billion to counter Russia's aggression")
_ADVERSARY_HELD = lazyre.compile(
    r"\b(?:controlled|owned|built|funded|financed|operated|backed|paid\s{1,10}for|made)\s{1,10}by\s{1,10}(?:the\s{1,10})?"
    + _OTHER_ALWAYS.pattern, regex.V1)
_CONGRESS_FUNDS = lazyre.compile(
    r"(?<!\b(?:in|of|from|by|to|at|with|and|for)\s{1,10})\b(?:the\s{1,10})?Congress"
    r"(?:\s{1,10}(?:has|have|had|also|then|just|already|ultimately|\w+ly)){0,3}\s{1,10}"
    r"(?i:appropriat|approv|provid|authori[sz]|allocat|fund|add|rais|increas|boost|plus)\w*\s{0,10}\Z", regex.V1)
# A raising verb whose particle "up" the number's "up to" took: "plussed that up to $45 billion",
# "bumped it up to $N" (money only: "increased up to 94 percent" is a measurement)
_UP_PARTICLE = lazyre.compile(
    r"\b(?:plus(?:s?ed|s?ing|es)?|bump(?:s|ed|ing)?|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|ramp(?:s|ed|ing)?|"
    r"jack(?:s|ed|ing)?|ratchet(?:s|ed|ing)?)(?:\s{1,10}(?:that|it|this|them|those|the\s{1,10}[\w-]+))?\s{1,10}\Z", _F)


# The total of what is announced, named as such and then given: "On the headline figure — and
# you know, it is rare that we overlook it — it is approximately $150 million", "the very
# headline number, which is $55 billion", "a topline number of nearly $3 trillion in deficit
# reduction". The figure follows a copula or "of" (not "that's less than $3.5 trillion": a
# threshold's qualifier is rejected before); another party's total ("their topline number", "the
# Republicans' headline figure") is theirs (see _judge: the frame's possessive).
_THEIR_TOTAL = lazyre.compile(r"(?:\b(?i:their|its|his|her)|\w[’']s|s[’'])\s{1,10}(?:[\w-]+\s{1,10})?\Z", regex.V1)
# "on the dollar figure for the drawdown, it's valued at up to $200 million": a dollar figure only
# of a commitment named in the gap (not "the yacht is worth $300 million")
_HEADLINE_HINT = lazyre.compile(r"\b(?:headline|top-?line|dollar)\b", _F)
_HEADLINE = lazyre.compile(
    r"\b(?:headline|top-?line|(?P<d>dollar))\s{1,10}(?P<n>figures?|numbers?|totals?|amounts?|values?)\b"
    r"(?P<gap>[^.;?!]{0,220}?)\b(?:(?:is|was|will\s{1,10}be|would\s{1,10}be|[’']s)(?:\s{1,10}(?:valued\s{1,10}at|worth))?"
    r"|comes\s{1,10}to|of)\s{1,10}\Z", _F)
_HEADLINE_OF = lazyre.compile(
    r"\A\s{1,10}(?:for|of)\s{1,10}(?:the|this|that|our|today[’']s)\s{1,10}(?:[\w-]+\s{1,10}){0,3}?"
    r"(?:packages?|drawdowns?|tranches?|assistance|aid|commitments?|pledges?|investments?|contributions?|donations?)\b", _F)


def _status(view: str, start: int, end: int, cue: str) -> str | None:
    s = view[start:end]
    if _FUTURE.search(s):
        return "planned"
    if _ANNOUNCE.search(s):
        return "announced"
    if _PROGRESSIVE.search(s):
        return "in progress"
    if _PAST.search(s):
        return "announced" if cue == "frame" else "delivered"
    return "announced" if cue in ("frame", "money", "added", "more", "verb", "noun") else None


def extract(doc: Document, briefing: Briefing, refs: list[TimeRef]) -> list[Commitment]:
    return [c for c, _ in _judge_all(doc, briefing, refs) if c is not None]


def trace(doc: Document, briefing: Briefing, refs: list[TimeRef]) -> list[tuple[int, int, str]]:
    """(start, end, verdict) of every quantity an official says: "kept (cue)" or why it was
    dropped. For debugging rules; `extract` keeps only the kept items."""
    return [span for c, span in _judge_all(doc, briefing, refs, explain=True) if span[2] != "pledge"]


def _spans_hit(hits: list[int], starts: list[int], ends: list[int]) -> set[int]:
    """Indices of the spans [starts[k], ends[k]) (sorted, disjoint) holding one of the sorted
    offsets `hits`."""
    out: set[int] = set()
    i, n = 0, len(hits)
    while i < n:
        h = hits[i]
        k = bisect.bisect_right(starts, h) - 1
        if k >= 0 and h < ends[k]:
            out.add(k)
            i = bisect.bisect_left(hits, ends[k], i + 1)  # the span's other hits
        else:
            i += 1
    return out


def _answer_spans(sents, turns, starts: list[int], ends: list[int], size: int) -> list[tuple[int, int]]:
    """Spans covering every sentence outside reporters' questions (those are never judged), one
    per turn; the whole view when the sentences are not grouped by turn."""
    turn_of = [s.turn for s in sents]
    if turn_of != sorted(turn_of):
        return [(0, size)]
    asked = {i for i, t in enumerate(turns) if t.is_question}
    spans, k, n = [], 0, len(sents)
    while k < n:
        t = turn_of[k]
        j = bisect.bisect_right(turn_of, t, k)
        if t not in asked:
            spans.append((starts[k], ends[j - 1]))
        k = j
    return spans


def _judge_all(doc: Document, briefing: Briefing, refs: list[TimeRef], explain: bool = False):
    view = doc.view
    side, own = _side(doc, briefing)
    actor_name = side or "speaker"
    taken_refs = sorted((r.start, r.end) for r in refs or [])
    ref_starts = [s for s, _ in taken_refs]  # bisection keeps this linear on big inputs
    longest = max((e - s for s, e in taken_refs), default=0)
    out: list[tuple[Commitment | None, tuple[int, int, str], int]] = []
    seen: dict[tuple, list] = {}  # _seen_key -> the sentences (start, end) that said it
    money_at: dict[int, int] = {}  # turn -> end of its last money commitment (see _FRAG_PURPOSE)
    # Speed: most sentences hold neither a quantity nor a pledge. One pass over the whole view
    # for each (quantities.plain_candidates, else quantities.hints; _PLEDGE_HINTS) picks the
    # sentences worth judging; the candidates found serve scan() too.
    low = quantities.lowered_plain(view)  # None: a character folds onto ASCII, no literal prefilter
    ctx = (own, actor_name, ref_starts, low)
    sents, turns = doc.sentences, doc.turns
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    if not all(map(operator.le, ends, starts[1:])):  # not in order, disjoint: no prefilter
        hold = pledging = cut = set(range(len(sents)))
        cands = pledge_at = None
    else:
        cut = set(quantities.cut_in_word(view, ends))  # these find their own candidates
        cands = quantities.plain_candidates(view, _answer_spans(sents, turns, starts, ends, len(view)))
        hold = _spans_hit(quantities.hints(view) if cands is None else cands, starts, ends) | cut
        pledge_at = _pledge_hints(low)
        pledging = set(range(len(sents))) if pledge_at is None else _spans_hit(pledge_at, starts, ends)
    for si in sorted(hold | pledging):
        sent = sents[si]
        turn = turns[sent.turn] if 0 <= sent.turn < len(turns) else None
        if turn is not None and turn.is_question:
            continue
        found_quantity = False
        chain: dict = {}  # the last committed quantity of the sentence: its cue and phrase end
        bare = None  # (the last amount of the sentence without a cue, its index in out)
        for q in (scan(view, sent.start, sent.end, None if si in cut else cands) if si in hold else ()):
            if any(q.core_start < taken_refs[k][1] for k in range(
                    bisect.bisect_left(ref_starts, q.core_start - longest), bisect.bisect_left(ref_starts, q.end))):
                if explain:
                    out.append((None, (q.start, q.end, "day reference"), q.start))
                continue  # inside a day reference ("5 and 6 December")
            c, why = _judge(doc, sent, q, ctx, seen, chain, money_at)
            if c is not None and q.currency:
                money_at[sent.turn] = q.end
                if bare is not None and _COORD_BACK.fullmatch(view, bare[0].end, q.start):
                    b, k = _coordinated(doc, bare[0], c, seen)
                    if b is not None:
                        out[bare[1]] = (b, (bare[0].start, bare[0].end, "kept (coordinated)"), bare[0].start)
                        found_quantity = True
            bare = None
            if c is None and why == "no cue" and q.currency:
                bare = (q, len(out))  # an amount a kept amount after it may share its noun with
            if c is not None:
                found_quantity = True
            if c is not None or explain or bare is not None:
                out.append((c, (q.start, q.end, why), q.start))
        if not found_quantity and si in pledging:
            # a _PLEDGE match starts at a hint (the first in the sentence, or a later one)
            p = _pledge(doc, sent, actor_name, None if pledge_at is None
                        else pledge_at[bisect.bisect_left(pledge_at, sent.start)])
            if p is not None:
                out.append((p, (p.phrase_start, p.phrase_end, "pledge"), p.phrase_start))
    out.sort(key=lambda x: x[2])
    return [(c, v) for c, v, _ in out if c is not None or explain]


# An amount with no cue, coordinated with the kept amount right after it, shares that amount's
# noun: "Two of the biggest projects is the $250 million that you referenced, as well as a $900
# million Sun Africa investment in solar" (the listener's own figure echoed, then "as well as")
_COORD_BACK = lazyre.compile(
    r"(?:\s{1,10}that\s{1,10}you\s{1,10}(?:just\s{1,10})?(?:referenced|mentioned|cited|noted|raised|asked\s{1,10}about))?"
    r"\s{0,3},?\s{1,10}(?:as\s{1,10}well\s{1,10}as|and(?:\s{1,10}also)?|plus)\s{1,10}(?:(?:an?|another|the)\s{1,10})?", _F)


# Two amounts of one size are one commitment restated, unless the later one is introduced as a new
# one (an indefinite article: "an initial $1 million", "another $5 million"; a restatement says "the
# $53 million", "we've evacuated 104,000 people") and each sentence names its own place or people,
# the two sharing none: "an initial $1 million to support Libyan efforts" after "USAID has allocated
# a million dollars ... with Moroccan officials"; "we are making available up to $1 million ... to
# support people in the areas most affected" (no name) restates.
# Names: capitalised words not opening the sentence, not our side's, not a titled person's.
_INDEF_BEFORE = lazyre.compile(r"\b(?:an?|another)\s{1,10}(?:[a-z][\w-]*\s{1,10}){0,2}\Z", regex.V1)
_CAP_RUN = lazyre.compile(r"(?<![\w’'.-])[A-Z][a-z][\w’'-]*(?:\s{1,3}(?:of\s{1,3}|the\s{1,3})?[A-Z][\w’'-]*){0,3}", regex.V1)
_TITLE_RUN = lazyre.compile(
    r"(?:President|Vice|Secretary|Minister|Prime|Ambassador|Senator|Representative|Congress(?:man|woman)|Mr|Ms|Mrs|Dr|"
    r"General|Admiral|Chancellor|King|Queen|Crown|Prince|Governor|Mayor|Administrator|Director|Leader|Speaker|Chairman|"
    r"Chair|Special|Envoy|Deputy|Assistant|Under|Foreign|Defense|Senior|Press|The|This|That|These|Those|And|But|So|"
    r"Well|Look|Now|Today|Yesterday|Tomorrow|Also|Again|Yes|No|In|On|At|For|As|Our|We|It|There|Here|What|When|If)\b", regex.V1)
_NOT_PLACE = lazyre.compile(
    r"(?:" + "|".join(w.capitalize() for w in WEEKDAYS + MONTHS)
    + r"|God|Congress|Senate|House|Republicans?|Democrats?|Americans?|COVID\w*)\Z", regex.V1)


def _names(view: str, start: int, end: int, own) -> set[str]:
    """The stems (five letters, lower case) of the place or people names of view[start:end]
    ("Libya" and "Libyan" share one), without the side's own names and titled persons."""
    out = set()
    for m in _CAP_RUN.finditer(view, start, end):
        w = m.group(0)
        if not view[start:m.start()].strip() or len(w.split()) > 1:
            continue  # the sentence's first word (capitalised anyway); a full name ("Jake Sullivan") or an office
        if _TITLE_RUN.match(w) or _NOT_PLACE.match(w) or (own is not None and own.search(w)):
            continue
        out.add(w[:5].lower())
    return out


def _other_recipient(view: str, sent, said: list, own) -> bool:
    """Whether the sentence `sent` names places or people none of the sentences in `said` (that
    stated an amount of the same size) names, each of them naming some: a different amount."""
    mine = _names(view, sent.start, sent.end, own)
    if not mine:
        return False
    for s, e in said:
        theirs = _names(view, s, e, own)
        if not theirs or theirs & mine:
            return False
    return True


def _seen_key(q: Quantity, unit: str | None) -> tuple:
    """What makes two kept quantities the same commitment: value, range and unit head."""
    words = (unit or "").lower().split()
    head = words[-1] if words else ""
    if head in _PARTY_UNITS:
        head = "countries"  # "six new countries" = "six new governments"
    return (q.value, q.value_max, head)


def _coordinated(doc: Document, q: Quantity, kept: Commitment, seen: dict):
    """The commitment of the cue-less amount `q` coordinated with the `kept` one after it."""
    key = _seen_key(q, kept.unit)
    if key in seen:
        return None, key
    seen[key] = [(kept.evidence.start, kept.evidence.end)]
    return Commitment(
        quantity=q.value, unit=kept.unit, phrase=doc.text[q.start:q.end], evidence=kept.evidence,
        approximate=q.approximate, quantity_max=q.value_max, actor=kept.actor, status=kept.status,
        purpose=None, kind="quantity", phrase_start=q.start, phrase_end=q.end), key


# ... or as the parties our teams work with: "Our COVID-19 Surge Response Teams are now working with
# 16 states", "we've been working directly with 10 states" (the verb right before the figure; the
# caller's subject test keeps others' out)
_WORK_WITH = lazyre.compile(r"\bwork(?:s|ed|ing)?\s{1,10}(?:(?:directly|closely|now|already)\s{1,10}){0,2}with\s{1,10}\Z", _F)


# ... or as the parties our programme helps: "a commitment to support directly at least 50
# countries", "surge teams are now supporting 18 states" (the verb right before the figure)
_HELP_PARTIES = lazyre.compile(
    r"\b(?:support(?:s|ed|ing)?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?)\s{1,10}(?:(?:directly|now|already)\s{1,10})?\Z", _F)


def _reaches_parties(view: str, sent, q: Quantity, pend: int) -> bool:
    """Parties counted as a programme's reach or as new members our side announces."""
    lo = max(sent.start, q.start - 100)
    return bool(_REACH_BEFORE.search(view, lo, q.start) or _reach_in(view, lo, q.start)
                or _WORK_WITH.search(view, max(lo, q.start - 40), q.start) or _HELP_PARTIES.search(view, max(lo, q.start - 30), q.start) or (
        _NEW_WORD.search(view, q.end, pend) and _ANNOUNCE_BEFORE.search(view, lo, q.start)))


def _reach_in(view: str, lo: int, at: int):
    """_REACH_IN before `at`, with no new clause between its verb and the figure."""
    m = _REACH_IN.search(view, lo, at)
    if m is None:
        return None
    m2 = None
    for m2 in _REACH_IN_VERB.finditer(view, m.start(), at):
        pass  # the nearest verb: "use $20 million to provide ... in N countries"
    start = m2.start() if m2 is not None else m.start()
    if len(view[start:at].split()) > 7 or _PASSIVE_BEFORE.search(view, max(lo, start - 30), start):
        return None  # "protection against Alpha versus Delta in three countries"; "bills introduced in 47 states"
    if _NEW_CLAUSE.search(view, start, at) or _REACH_IN_STOP.search(view[start:at]):
        return None
    return start


_REACH_IN_STOP = lazyre.compile(r"\b(?:who|where|live|lives|living|based)\b")
_PASSIVE_BEFORE = lazyre.compile(r"\b(?:been|being|be|is|are|was|were)\s{1,10}(?:\w+ly\s{1,10})?\Z", _F)
_REACH_IN_VERB = lazyre.compile(_REACH_IN_VERBS, _F)


def _counts_parties(view: str, sent, q: Quantity, unit: str | None, pend: int) -> bool:
    """The figure counts parties our side commits (see _PARTY_UNITS): a reach, new members, or
    the new total of a coalition in a sentence announcing its growth."""
    if (q.currency or q.percent) or not unit or unit.lower().split()[-1] not in _PARTY_UNITS:
        return False
    lo = max(sent.start, q.start - 100)
    return _reaches_parties(view, sent, q, pend) or bool(
        _GROWN_TO.search(view, lo, q.start) and _ANNOUNCE_BEFORE.search(view, sent.start, q.start))


# Who "he"/"she" is: the last leader named before (a foreign one, or an adversary, is not ours)
_LEADER = lazyre.compile(
    r"\b(?:(?P<title>Prime\s{1,10}Minister|Chancellor|King|Queen|Crown\s{1,10}Prince|Premier|Emir|Sultan|"
    r"General\s{1,10}Secretary|Supreme\s{1,10}Leader|Governor|Mayor|Senator|Leader|Speaker)"
    r"|(?P<pres>President|Vice\s{1,10}President)(?:\s{1,10}(?P<name>[A-Z][\w’'-]+))?)\b", regex.V1)
# recent Presidents and Vice Presidents: "President Biden" named last leaves "he" ours
_US_LEADERS = frozenset("Biden Trump Obama Bush Clinton Harris Pence Vance".split())


def _he_is_ours(view: str, sent_start: int, at: int, actor_name: str) -> bool:
    """In a White House briefing "he"/"she" in a relative clause about a figure is the President,
    unless an adversary or another leader was named last (within ~600 characters)."""
    if actor_name != "the United States":
        return False
    lo = max(0, sent_start - 600)
    if _OTHER_ALWAYS.search(view, lo, at):
        return False
    last = None
    for last in _LEADER.finditer(view, lo, at):
        pass
    if last is None or last.group("title"):
        return last is None
    name = last.group("name")
    return not name or name in _US_LEADERS



# ----------------------------------------------------------------------------- families
# Ways previews state a committed quantity that the cue search above does not see (each
# checked only for its own units, so a sentence without them costs one set lookup):
# 1. jobs a pledged investment will create: "the facility ... that will create 3,000 new jobs",
#    "This investment will create 2,500 jobs" (future only, an investment or plant the subject;
#    not "the economy has created 12 million jobs", "an analysis found the plan would create");
_JOB_UNITS = frozenset({"jobs"})
_JOBS_BY = lazyre.compile(
    r"\b(?:investments?|facilit(?:y|ies)|factor(?:y|ies)|plants?|fabs?|projects?|expansion|campus|"
    r"manufacturing|contract|award)\b(?P<gap>[^.;:?!]{0,140}?)\b(?:will|[’']ll|(?:is|are)\s{1,10}going\s{1,10}to)"
    r"\s{1,10}(?:\w+ly\s{1,10}|also\s{1,10})?(?:create|support|add|bring|generate)\s{1,10}\Z"
    # the investment's own second verb: "is investing $5 billion to expand ... and create 1,800 jobs"
    r"|\binvest(?:s|ed|ing|ments?)?\b(?P<gap>[^.;:?!]{0,100}?)\band\s{1,10}(?:create|add)\s{1,10}\Z", _F)
_JOBS_GAP_NOT = lazyre.compile(r"\b(?:we|I|they|he|she|you|economy|economists?)\b", _F)
# 2. a rate or target our side sets or endorses: "endorse the agreement ... for a global minimum
#    corporate tax of at least 15 percent", "impose tariffs of 25 percent", "our goal of 50
#    percent" (a tax, target, goal or tariff named right before "of N percent"; not "an
#    unemployment rate of 3.5 percent", and not someone else's: "the EU set a target of 55 percent")
_RATE_HEAD = (r"(?:(?:(?:tax|tariff)(?:\s{1,10}rate)?|tariffs|duties|duty)\s{1,10}of"
              # "set this ambitious goal of achieving 50 percent zero-emission vehicle sales"
              r"|(?:target|goal)\s{1,10}of(?:\s{1,10}(?:achieving|reaching|hitting))?"
              # a reduction goal: "set an ambitious, science-based goal of cutting our carbon
              # pollution by 50 to 52 percent" (the gerund's object, then "by")
              r"|(?:target|goal)\s{1,10}of\s{1,10}(?:cutting|reducing|lowering|slashing)\b[^.;:?!—–]{0,80}?\bby)\s{1,10}\Z")
_RATE_SET = lazyre.compile(
    r"\b(?P<v>endors(?:e|es|ed|ing)|agree(?:s|d|ing)?|set(?:s|ting)?|adopt(?:s|ed|ing)?|impos(?:e|es|ed|ing)|"
    r"announc(?:e|es|ed|ing)|commit(?:s|ted|ting)?|establish(?:es|ed|ing)?|propos(?:e|es|ed|ing)|"
    r"implement(?:s|ed|ing)?|lev(?:y|ies|ied|ying)|enact(?:s|ed|ing)?|"
    # a goal our programme works to: "boosting its voluntary ... Program to achieve a national goal of 70 percent"
    r"achiev(?:e|es|ed|ing)|meet(?:s|ing)?|reach(?:es|ed|ing)?)\b(?P<gap>[^.;:?!—–]{0,120}?)"
    rf"\b(?:a|an|the|our|its|their|this|that|his|her)\s{{1,10}}(?:[\w-]+,?\s{{1,10}}){{0,4}}?{_RATE_HEAD}"
    rf"|(?P<our>\bour\s{{1,10}}(?:[\w-]+\s{{1,10}}){{0,3}}?(?:target|goal)\s{{1,10}}of\s{{1,10}}(?:(?:achieving|reaching|hitting)\s{{1,10}})?\Z)", _F)
# the verb is another's: "we saw the OECD reach an agreement ... endorsing", "welcoming five new
# countries that announced they will work together ... to achieve the collective target of"
# a clean-energy target with its deadline: "a hundred percent clean electricity by 2035",
# "50 percent zero-emission vehicle sales by 2030" (ours only when our side is the subject)
_CLEAN_TARGET = lazyre.compile(
    r"\s{1,10}(?:clean|carbon[- ]free|carbon[- ]pollution[- ]free|zero[- ]emissions?|renewable|emissions?[- ]free)\b"
    r"(?:\s{1,10}[\w-]+){1,3}?\s{1,10}by\s{1,10}(?:no\s{1,10}later\s{1,10}than\s{1,10})?(?:19|20)\d\d\b", _F)
_RATE_OTHERS = lazyre.compile(r"\b(?:saw|see|seen|seeing|watched|welcom\w*)\s{1,10}(?:the\s{1,10})?(?:[A-Z]|\w+\s{1,10}(?:new\s{1,10})?countries)", regex.V1)
_NAME_BEFORE_VERB = lazyre.compile(
    r"(?P<n>(?:(?i:the)\s{1,10})?[A-Z][\w.’'-]*(?:\s{1,10}[A-Z][\w.’'-]*){0,3})"
    r"(?:\s{1,10}(?i:will|would|has|have|had|also|just|now|recently|\w+ly)){0,3}\s{1,10}\Z", regex.V1)
_RATE_HINT = lazyre.compile(r"\b(?:tax|rate|target|goal|tariffs?|duties|duty)\s{1,10}of\s{1,10}(?:(?:achieving|reaching|hitting)\s{1,10})?\Z"
                          r"|\b(?:target|goal)\s{1,10}of\s{1,10}(?:cutting|reducing|lowering|slashing)\b[^.;:?!—–]{0,80}?\bby\s{1,10}\Z", _F)
# 3. a capacity a programme builds or auctions: "auctions that will bid out a combined 11.6
#    gigawatts", "support auctions for 11.6 gigawatts", "deploy 30 gigawatts of offshore wind"
#    (a programme's size after "for": the preposition the cue search rejects elsewhere), "bringing
#    500 megawatts of solar power to the grid"
_CAPACITY_UNITS = frozenset({"gigawatts", "megawatts", "terawatts", "gw", "mw", "gigawatt-hours",
                             "megawatt-hours", "tons", "tonnes"})
_CAPACITY_CUE = lazyre.compile(
    rf"\b(?:{_VERBS}|bid(?:s|ding)?\s{{1,10}}out|auction(?:s|ed|ing)?|tender(?:s|ed|ing)?|"
    r"produc(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|develop(?:s|ed|ing)?|financ(?:e|es|ed|ing)|procurements?|projects?|"
    # power a programme connects: "bringing 500 megawatts of solar power to the grid" (only with
    # the grid or "online" after it, see _GRID_AFTER: "which is going to bring three gigawatts of
    # transmission capacity, wind energy into the West" describes a project)
    r"(?P<br>br(?:ing|ings|inging|ought)))\b"
    r"(?P<gap>[^.;:?!—–,]{0,80}?|\s{0,3},\s{1,3})\Z", _F)  # a comma only before an approximation ("deliver, in the order of")
_GRID_AFTER = lazyre.compile(r"(?:\s{1,10}of(?:\s{1,10}[\w-]+){1,3}?)?\s{1,10}(?:(?:on)?to\s{1,10}the\s{1,10}(?:[\w-]+\s{1,10})?grid|online|on\s{1,10}line)\b", _F)
_CAPACITY_GAP_NOT = lazyre.compile(
    r"\b(?:we|I|they|he|she|you|it|there|that|which|who|than|of|since|is|are|was|were|has|have|had|need|needs)\b", _F)
# 4. initiatives, agreements or pillars launched, signed or concluded: "launch two new IPEF and
#    PGI initiatives", "announcing the conclusion of — of three pillars" (the words only count
#    with such a verb: "three pillars of our strategy" is a list, not a result)
_ACCORD_UNITS = frozenset({"pillars", "agreements", "initiatives", "partnerships", "accords",
                           "compacts", "frameworks", "memoranda", "mous", "arrangements"})
_ACCORD_CUE = lazyre.compile(
    r"\b(?:launch(?:es|ed|ing)?|conclud(?:e|es|ed|ing)|sign(?:s|ed|ing)?|finali[sz](?:e|es|ed|ing)|"
    r"unveil(?:s|ed|ing)?|establish(?:es|ed|ing)?|(?:announc(?:e|es|ed|ing)|mark(?:s|ed|ing)?)"
    r"\s{1,10}the\s{1,10}(?:conclusion|launch|signing|completion|establishment|finali[sz]ation)\s{1,10}of)"
    r"(?:\s{0,10}[—–-]{1,2}\s{0,10}of)?\s{1,10}\Z", _F)
# the head noun past coordinated names: "two new IPEF and PGI initiatives" (the unit read stops at "and")
_ACCORD_HEAD = lazyre.compile(
    r"\G(?:\s{1,10}(?:new|more|additional|major|historic))?(?:\s{1,10}(?:[A-Z][\w-]*|and|&)){1,5}?\s{1,10}"
    r"(?P<h>(?i:pillars|agreements|initiatives|partnerships|accords|compacts|frameworks|memoranda|MOUs|arrangements))\b", regex.V1)


# ... or by our own relative clause after them: "the five international initiatives that I had
# previewed", "the three agreements we signed" (we/I only: "that they launched" is theirs; not
# pillars, nor "outlined": "each of these five pillars I just outlined" is a list of topics)
_ACCORD_REL = lazyre.compile(
    r"\s{1,10}(?:(?:that|which)\s{1,10})?(?:we|I)(?:[’'](?:ve|d|ll))?(?:\s{1,10}(?:have|had|will|also|just|already|recently)){0,2}"
    r"\s{1,10}(?P<v>preview(?:ed)?|announc(?:e|ed)|launch(?:ed)?|unveil(?:ed)?|sign(?:ed)?|conclud(?:e|ed)|"
    r"finaliz(?:e|ed)|establish(?:ed)?)\b", regex.V1)


_JOINT_SUBJ = lazyre.compile(
    r"(?P<n>(?:(?i:the)\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+and\s+(?:(?i:the)\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"(?:\s+(?:will|would|[’']ll|are|have|also|just|\w+ly)){1,3}\s", regex.V1)


# 5. the people a plan of ours is to help: "the PREPARE plan ... to help more than half a billion
#    people in developing countries adapt" ("help" right before the figure; the caller's subject
#    test keeps others' out: "China will help 3 million people")
_REACH_UNITS = frozenset({"people", "persons", "children", "families", "households", "students", "workers",
                          "refugees", "veterans", "individuals", "patients", "women", "girls", "farmers",
                          "americans", "smallholders", "communities"})
_REACH_CUE = lazyre.compile(r"\b(?:help(?:s|ed|ing)?|to\s{1,10}help)\s{1,10}\Z", _F)
# ... and the people our principal grants clemency: "the President has commuted the sentences of 122
#    individuals and granted pardons to 20 individuals", "pardoned 6,500 people"; after the figure:
#    "the 16 individuals who received clemency from the President" (the giver named ours)
_CLEMENCY_CUE = lazyre.compile(
    r"\b(?:commut(?:e|es|ed|ing)\s{1,10}(?:the\s{1,10})?sentences?\s{1,10}(?:of|for)|"
    r"(?:grant(?:s|ed|ing)?|issu(?:e|es|ed|ing)|gave|give|gives|giving)\s{1,10}(?:(?:full|unconditional|presidential)\s{1,10})?"
    r"(?:pardons?|clemency|commutations?)\s{1,10}to|pardon(?:s|ed|ing))\s{1,10}\Z", _F)
_CLEMENCY_AFTER = lazyre.compile(
    r"\s{1,10}(?:who|that)\s{1,10}(?:(?:have|had|just)\s{1,10})?(?:received|got|were\s{1,10}(?:granted|given))\s{1,10}"
    r"(?:(?:full|presidential)\s{1,10})?(?:clemency|pardons?|commutations?)\s{1,10}from\s{1,10}(?P<by>(?i:the\s{1,10})?(?-i:[A-Z][\w.’'-]*(?:\s{1,10}[A-Z][\w.’'-]*){0,3})|us\b)", _F)
# 6. the leaders our principal invites to a gathering of ours: "the President has invited 49
#    African heads of state" (a count of invitations sent, not of participants who came)
_INVITE_UNITS = frozenset({"heads", "leaders", "presidents", "governments"})
# a guess, not a plan: "If we're up to four or five hundred thousand, then you could be talking about helping"
_HYPOTHETICAL = lazyre.compile(r"\b(?:if|could|might|may|would)\b", _F)
_INVITE_CUE = lazyre.compile(r"\binvit(?:e|es|ed|ing)\s{1,10}\Z", _F)
_INVITE_OR_REACH = _INVITE_UNITS | _REACH_UNITS
# ... and the trips our principals have made to carry a policy out: "the President, the Cabinet
#    members, and others of us have made over 200 trips to talk about the importance of rebuilding",
#    "the Cabinet have traveled on more than 125 trips" (trips only, with the travelling verb right
#    before; the caller's subject test keeps others' trips out: "She's made more than a dozen visits")
_TRIP_UNITS = frozenset({"trips"})
_OF_US_AUX = lazyre.compile(r"\bof\s{1,10}us\s{1,10}(?:(?:have|has|had|all)\s{1,10})?\Z", _F)  # "others of us have made"
# trips of an earlier office are a record, not this administration's work: "he made more than 16
# trips to the hemisphere as Vice President"
_PAST_ROLE = lazyre.compile(r"\b(?:as|when\s{1,10}(?:he|she)\s{1,10}was)\s{1,10}(?:an?\s{1,10})?"
                            r"(?i:vice\s{1,10}president|senator|governor|congress(?:man|woman))\b", regex.V1)
_TRIP_CUE = lazyre.compile(
    r"\b(?:ma(?:de|ke|kes|king)|t(?:aken|ake|akes|ook|aking)|travell?(?:ed|ing)\s{1,10}on|(?:gone|went)\s{1,10}on)\s{1,10}\Z", _F)

# 7. what a rule our agencies propose covers: "proposing new safety regulations covering about
#    400,000 miles of previously unregulated gathering lines", "about 75 percent of all methane
#    emissions will be covered by this EPA rule" (a share, counted here as the rule's reach)
_COVER_UNITS = frozenset({"miles", "acres", "facilities", "wells", "sources", "plants", "vehicles", "tons"})
# ... and the people a rule of ours covers: "This rule covers 84 million employees", "vaccination
#    requirements that will cover about 100 million Americans" (a rule's reach, as for miles)
_COVER_PEOPLE = frozenset({"workers", "employees", "americans", "people", "individuals"})
_REQUIRE_HEADS = frozenset({"troops", "personnel", "servicemembers"})
_REQUIRE_FOR = lazyre.compile(
    r"\b(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing))\b[^.;:?!,]{0,60}?\bfor\s{1,10}(?:(?:all|the)\s{1,10}){0,2}\Z", _F)
# the owner named right before the rule ("the EU rule", "Germany's new standard"): ours, a determiner,
# or a federal acronym (OSHA, CMS), not a foreign one
_RULE_OWNER = lazyre.compile(
    r"(?<![\w’'.-])(?P<o>[A-Z][\w.’'-]*(?:\s{1,10}[A-Z][\w.’'-]*){0,3}?)(?:[’']s)?\s{1,10}(?:[a-z][\w-]*\s{1,10}){0,2}\Z", regex.V1)
_RULE_OWNER_OK = lazyre.compile(
    r"(?:The|This|These|That|Those|Our|Its|Their|A|An|And|But|So|Now|(?!(?:" + _FOREIGN_ACRONYM.pattern + r")\Z)[A-Z]{2,6})", regex.V1)
_RULE_NOUN = r"(?:regulations?|rules?|standards?|requirements?|protections?|proposals?|safeguards?)"
_COVER_CUE = lazyre.compile(
    # "... that will cover", "This proposal will cover an estimated 35 million workers", "the
    # President's vaccination requirements will apply to about 100 million workers"
    rf"\b{_RULE_NOUN}\s{{1,10}}(?:(?:that|which)\s{{1,10}})?(?:(?:will|would)\s{{1,10}}(?:also\s{{1,10}})?)?"
    rf"(?:cover(?:s|ing)?|to\s{{1,10}}cover|appl(?:y|ies|ying)\s{{1,10}}to)\s{{1,10}}\Z", _F)
_COVERED_BY = lazyre.compile(
    rf"\s{{1,10}}of\b[^.;:?!—–]{{0,60}}?\b(?:will|would)\s{{1,10}}be\s{{1,10}}covered\s{{1,10}}by\s{{1,10}}"
    rf"(?P<o>(?:this|the|our|these|that|a)\s{{1,10}}(?:new\s{{1,10}}|proposed\s{{1,10}}|final\s{{1,10}})?"
    rf"(?:[A-Z][\w.-]*\s{{1,10}})?{_RULE_NOUN})\b", regex.V1)


def _they_not_others(view: str, sent, own) -> bool:
    """A 'they' subject no named other stands behind: the last named subject in the 600
    characters before the sentence is ours or none at all (an office the text names only by
    acronym: "PHMSA — and they are proposing")."""
    pre = view[max(0, sent.start - 600):sent.start]
    best = _last_named_subject(pre)
    if _OTHER_ALWAYS.search(pre):
        return False
    if best is None:
        # no named subject: an office named by its acronym just before ("PHMSA — and they"), not a foreign one
        acr = None
        for acr in _ACRONYM.finditer(view, max(0, sent.start - 300), sent.start):
            pass
        return acr is not None and not _FOREIGN_ACRONYM.fullmatch(acr.group(0))
    return _owns(own, best)


def _last_named_subject(pre: str) -> str | None:
    """The last subject _NAMED_SUBJ finds in `pre` that is a name (not a pronoun or opener)."""
    best = None
    for m in _named_subjects(pre):
        n = m.group("n").strip()
        if _SENT_OPENERS.search(n) or n.lower() in ("we", "i", "they", "he", "she", "it", "you", "there"):
            continue
        best = n
    return best


def _owns(own, name: str) -> bool:
    """`name` (with or without a leading "the") is one of our side's names."""
    return own is not None and bool(own.search(name) or own.search(_drop_the(name)))


_ACRONYM = lazyre.compile(r"\b[A-Z]{2,6}\b(?![ \t]{1,3}[A-Z]{2,})(?<![A-Z]{2,}[ \t]{1,3}[A-Z]{2,6})")


# 8. a plan of ours sized after a colon: "the domestic methane emissions reduction plan: 40 actions,
#    including both regulatory and investment initiatives" (not someone else's plan)
_PLAN_UNITS = frozenset({"actions", "measures", "steps", "commitments", "deliverables", "initiatives"})
_PLAN_COLON = lazyre.compile(
    r"\b(?:plan|package|strategy|agenda|framework|roadmap|blueprint)\s{0,3}:\s{1,10}\Z", _F)
_OTHERS_PLAN = lazyre.compile(r"(?:\b(?i:their|its|his|her)|[A-Z][\w.-]*[’']s)\s{1,10}(?:[\w-]+\s{1,10}){0,6}?\S*\Z", regex.V1)

# 9. a money goal of ours or shared with us, named by the amount: "we will hit the President's
#    $200 billion mobilization goal by 2027", "developed countries have very likely already achieved
#    the $100 billion goal" (the climate-finance goal of which we are a part); not another's possessive
_MONEY_GOAL = lazyre.compile(r"(?:\s{1,10}(?!(?:to|toward|towards|for|of|in|on|at|by|this|that|the|a|an|our|its|their|and|or)\b)"
                         r"[a-z][\w-]*){0,2}?\s{1,10}(?:goal|target)s?\b", _F)
_MONEY_GOAL_OWNER = lazyre.compile(
    r"(?:\b(?i:the|that|this|our)|(?P<o>\b(?i:their|its|his|her)|(?:[A-Z][\w.-]*\s{1,10}){0,2}[A-Z][\w.-]*[’']s?))\s{1,10}"
    r"(?:[\w-]+\s{1,10}){0,2}?\Z", regex.V1)

# ... or announced as a count: "we're announcing two important steps", "the President will announce
#    30 new actions" (the announcing verb right before the figure; "the two steps we took" is no cue)
_PLAN_ANNOUNCE = lazyre.compile(r"\bannounc(?:e|es|ed|ing)\s{1,10}(?:today\s{1,10})?\Z", _F)

# 10. the targets of a sanction, designation or expulsion our side imposes: "Treasury has today
#    designated six Russian companies", "the United States is expelling 10 Russian officials",
#    "Treasury's designation of six Russian technology companies" (companies and officials are
#    otherwise participants, not committed quantities). Not an anaphor ("expelling these 10").
_TARGET_UNITS = frozenset({"companies", "officials", "firms", "diplomats", "oligarchs", "banks",
                           "entities", "individuals", "persons", "vessels", "executives",
                           "members", "leaders", "institutions"})
_EXPEL_UNITS = frozenset({"officials", "diplomats"})  # an expulsion counts envoys, not migrants
_TARGET_CUE = lazyre.compile(
    r"\b(?:designat(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|expel(?:s|led|ling)?|"
    r"indict(?:s|ed|ing)?|block(?:s|ed|ing)?|(?:designation|expulsion|indictment)s?\s{1,10}of)"
    r"(?:\s{1,10}(?:today|also|now|additionally|an\s{1,10}additional|another))?\s{1,10}\Z", _F)

# ... or with the sanctioning verb after them: "there are four individuals associated with the IRGC-IO
#    also being sanctioned", "over 4,000 entities sanctioned, more than 500 just today", "the two
#    entities, the FSB and the IRGC-IO, that are being sanctioned today" (not "sanctioned by Russia")
_TARGET_AFTER_UNITS = _TARGET_UNITS - {"officials", "diplomats", "oligarchs", "executives", "members", "leaders", "institutions"}
_TARGET_AFTER = lazyre.compile(
    r"(?:[^.;:?!—–]{0,60}?\b(?:that|which|who|also|are|were|have\s{1,10}been|has\s{1,10}been|will\s{1,10}be|being))?"
    r"(?:\s{1,10}(?:also|now|being|today|additionally)){0,2}\s{1,10}"
    r"(?P<v>sanctioned|designated|blacklisted)\b(?!\s{1,10}by\b)", _F)

# 11. the places our side makes its goods available at: "He marshaled a whole-of-government effort to
#    make vaccines readily available and easy to get at more than 80,000 locations nationwide"
#    ("make ... available" before the figure, no clause break; the caller's subject test decides whose)
_SITE_UNITS = frozenset({"locations", "sites", "pharmacies", "places", "centers", "centres", "clinics", "stores"})
_AVAILABLE_AT = lazyre.compile(
    r"\bma(?:ke|kes|de|king)\b[^.;:?!—–()]{0,60}?\bavailable\b[^.;:?!—–()]{0,40}?\b(?:at|in|across|through)\s{1,10}\Z", _F)

# ... or that our programme runs, said as what we have: "We now have 20,000 free testing sites", "we
#    have more than 20,000 community-based testing sites nationwide" ('we' the subject, right before
#    the figure; sites, locations, centers, clinics only: "we have 40,000 pharmacies" counts the country's)
_WE_HAVE_SITE_UNITS = _SITE_UNITS - {"pharmacies", "places", "stores"}  # the cue: _WE_HAVE (see 10.)

# 12. the deals our agencies close: "since January 2021, U.S. departments and agencies in the Prosper
#    Africa Initiative have closed 12 deals in Angola", "closing more than 500 trade and investment
#    deals" (the closing verb right before the figure; the caller's subject test keeps others' out).
#    Their value follows as a list item sharing the cue (see _VALUED_GAP in _judge).
_DEAL_UNITS = frozenset({"deals", "transactions"})
_DEAL_CUE = lazyre.compile(
    r"\b(?:clos(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|broker(?:s|ed|ing)?|"
    r"facilitat(?:e|es|ed|ing)|strik(?:e|es|ing)|struck)\s{1,10}\Z", _F)
# "500 trade and investment deals": the unit reader stops at "and"; the deal noun within three words
_DEAL_AFTER = lazyre.compile(
    r"(?:\s{1,10}(?:new|additional|more))?(?:\s{1,10}[a-z][\w-]*){1,3}?\s{1,10}(?P<h>deals|transactions)\b", regex.V1)

# 13. the names a designation of ours lists, in a sanctions context: "there'll be four names announced
#    later today" (asked "the number of people and entities being sanctioned"); the verb of the
#    listing right after the figure ("five more names to a long list of Americans whose release we
#    have secured" is no designation)
_NAME_UNITS = frozenset({"names"})
_NAMES_LISTED = lazyre.compile(
    r"\s{1,10}(?:(?:will|would|to|are|were|have|has)\s{1,10}(?:be|been)\s{1,10}|being\s{1,10})?"
    r"(?:announced|designated|sanctioned|listed|added|published|released)\b", _F)
_SANCTION_CONTEXT = lazyre.compile(r"\b(?:sanction\w*|designat\w*|OFAC|SDN|blocking|Treasury)\b", _F)

# 16. the events or sessions our side organises: "the U.S. government organized nine live and
#     in-person thematically focused events in Washington", "we've held over 15 webinars and
#     listening sessions" (an organising verb right before the count; not calls, meetings or
#     summits, which are the schedule's; not "more than 50 events they organized": no verb before)
_EVENT_UNITS = frozenset({"events", "sessions", "workshops", "webinars", "trainings", "roundtables"})
_EVENT_CUE = lazyre.compile(
    r"\b(?:organi[sz](?:e|es|ed|ing)|host(?:s|ed|ing)?|hold(?:s|ing)?|held|convene[sd]?|convening|"
    r"conduct(?:s|ed|ing)?|stag(?:e|es|ed|ing)|put(?:s|ting)?\s{1,10}on)\s{1,10}\Z", _F)
# ... organised by others the sentence names: "More than 100 organizations have committed to hosting
# over a thousand events", "our civil society partners will hold 50 events"
_EVENT_OTHERS = lazyre.compile(r"\b(?:organi[sz]ations|partners|groups|companies|businesses|volunteers|they|cities|states)\b", _F)
_EVENT_AFTER = lazyre.compile(
    r"\s{1,10}(?:and|or)(?:\s{1,10}[a-z][\w-]*){1,3}?\s{1,10}(?P<h>events|sessions|workshops|webinars|trainings|roundtables)\b", regex.V1)

# 17. the size of our delegation or of our officials' travel: "More than 50 members of Congress will
#     be coming at one point or another on various codels", "a very strong presentation overall by
#     the United States in Glasgow, including more than about 10 Cabinet Secretaries and agency
#     heads", "14 Cabinet secretaries will travel to at least 26 cities" (officials of ours only:
#     Cabinet members or secretaries, members of Congress, senior U.S. or administration officials;
#     a travelling verb after them, or a delegation named before; not "55 members of Congress signed
#     a letter", not "the Israeli cabinet")
_DELEGATE_HEADS = frozenset({"secretaries", "members", "officials"})
_DELEGATE_OF = lazyre.compile(r"\s{1,10}of\s{1,10}(?:the\s{1,10}|his\s{1,10}|(?:the\s{1,10})?President[’']s\s{1,10})?(?:Congress|Cabinet)\b", regex.V1)
_DELEGATE_KIND = lazyre.compile(r"\A(?:(?:Cabinet|cabinet)\s{1,10}(?i:secretaries|members|officials)|(?:senior\s{1,10})?(?:U\.S\.|administration|White\s{1,10}House)\s{1,10}officials|senior\s{1,10}officials)\Z", regex.V1)
_DELEGATE_GO = lazyre.compile(
    r"(?:\s{1,10}(?:and|or)\s{1,10}(?:[\w-]+\s{1,10}){0,2}?(?:heads|officials|leaders|secretaries|members))?"
    r"(?:\s{1,10}(?:will|would|are|is|have|has|had|[’']ll|also|all|already|going|to|be|been|now)){0,4}\s{1,10}"
    r"(?:travel\w*|com(?:e|es|ing)|visit\w*|go(?:es|ing)?|went|gone|attend\w*|join\w*|fan\w*\s{1,10}out|head(?:s|ed|ing)?\s{1,10}to|"
    r"(?:be|are)\s{1,10}(?:in|there|on\s{1,10}hand|part\s{1,10}of))\b", _F)
_DELEGATION_BEFORE = lazyre.compile(
    r"\b(?:delegations?|presence|presentation|representation|contingent|codels?)\b[^.;:?!]{0,100}?\b(?:including|includes|include|with|of)\s{1,10}"
    r"(?:(?:more|fewer|less)\s{1,10}than\s{1,10}|over\s{1,10}|nearly\s{1,10}|almost\s{1,10})?\Z", _F)

_FAMILY_HEADS = (_JOB_UNITS | _CAPACITY_UNITS | _ACCORD_UNITS | _REACH_UNITS | _INVITE_UNITS | _COVER_UNITS | _COVER_PEOPLE | _REQUIRE_HEADS
                 | _PLAN_UNITS | _TARGET_UNITS | _SITE_UNITS | _DEAL_UNITS | _NAME_UNITS | _TRIP_UNITS | _EVENT_UNITS
                 | _DELEGATE_HEADS)


_THEY_WORD = lazyre.compile(r"(?i:they)\b")


def _they_are_ours(view: str, sent, own) -> bool:
    """'They' opening a clause names our officials when the last named subject of the two
    sentences before (same turn, no pronoun) is ours: "Secretary Raimondo will co-host a forum
    ... They will be joined by CEOs to launch ..." """
    if own is None:
        return False
    best = _last_named_subject(view[max(0, sent.start - 600):sent.start])
    return best is not None and _owns(own, best)


def _they_subject_ours(view: str, sent, near: tuple[int, str | None], end: int, own) -> bool:
    """The nearest subject (`near`, from _nearest_subject on view[sent.start:end]) is a 'they'
    that names our officials of the sentences before (see _they_are_ours)."""
    return (near[1] == "other" and _THEY_WORD.match(view, sent.start + near[0], end) is not None
            and _they_are_ours(view, sent, own))


# 12. an emissions-reduction target our side sets: "our climate goals of reducing emissions 50 to
#     52 percent by 2030", "the President's ambitious goals of reducing our emissions by 50 percent
#     below 2005 levels by 2030", "The United States — all of us working together — will reduce our
#     emissions by 61 to 66 percent by 2035", "reduce emissions well over a gigaton — that's 1
#     billion metric tons — in 2030" (a percent, or tons restated after a dash). Ours when a goal,
#     target or pledge of ours governs the verb, when the emissions are "our" emissions, or when our
#     side is the subject; and only as a target: a year it is due by must follow ("Japan said they'd
#     cut emissions 46 to 50 percent by 2030" is theirs; "we've cut emissions 20 percent since
#     2005" a trend, no target year)
_EMIT_HINT = lazyre.compile_re(r"emission|pollution")
_EMISSION_CUT = lazyre.compile(
    r"\b(?P<v>reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?)\s{1,10}"
    r"(?:(?P<our>our)\s{1,10}|(?:the|its|total|overall|net|national|economy-wide|domestic|U\.S\.|American|America[’']s|global|annual)\s{1,10}){0,2}"
    r"(?:(?:greenhouse\s{1,10}gas|carbon|climate|heat-trapping|methane)\s{1,10})?(?:emissions|pollution)\b"
    r"(?:\s{1,10}(?:from|below)\s{1,10}(?:\d{4}|the\s{1,10}\d{4})\s{1,10}levels?)?"
    r"(?:\s{1,10}by|(?P<re>[^.;:?!—–\d]{0,30}?[—–]{1,2}\s{0,3}(?:that[’']s|that\s{1,10}is|or)))?\s{1,10}\Z", _F)
_EMISSION_DUE = lazyre.compile(
    r"(?:\s{1,10}[^.;:?!]{0,50}?)?(?:\s{1,10}|[—–]\s{0,3})(?:by|in)\s{1,10}(?:(?:the\s{1,10}end\s{1,10}of\s{1,10})?(?:19|20)\d\d)\b", _F)
_GOAL_OWNER = lazyre.compile(
    r"(?<![\w.’'])(?P<o>[Oo]ur|(?:[Tt]he\s{1,10})?(?:[A-Z][\w.-]*\s{1,10}){0,3}(?:[A-Z][\w.-]*|(?<=[A-Z][\w.-]*\s{1,10})administration)[’']s)\s{1,10}"
    r"(?:[\w-]+,?\s{1,10}){0,3}?(?i:goals?|targets?|pledges?|commitments?|ambitions?)\s{1,10}(?i:of|to)\s{1,10}"
    r"(?:(?i:collectively|further)\s{1,10})?\Z", regex.V1)
_US_AGENT = lazyre.compile(
    r"\b(?:let|lets|letting|help|helps|helped|helping|allow|allows|allowed|allowing|enabl(?:e|es|ed|ing))\s{1,10}us\s{1,10}(?:to\s{1,10})?\Z", _F)
_EMISSION_TON_HEADS = frozenset({"tons", "tonnes"})


def _emission_target(view: str, sent, q: Quantity, unit: str | None, pend: int, own):
    lo = max(sent.start, q.start - 160)
    if _EMIT_HINT.search(view, lo, q.start) is None:
        return None  # speed: the words the family needs
    m = _EMISSION_CUT.search(view, lo, q.start)
    if m is None or (m.group("re") and q.percent) or (not q.percent and not m.group("re")):
        return None  # tons only restated after a dash ("a gigaton — that's 1 billion metric tons")
    if not _EMISSION_DUE.match(view, pend, sent.end) or _OTHER_ALWAYS.search(view, sent.start, q.start):
        return None
    who = None
    gm = _GOAL_OWNER.search(view, max(sent.start, m.start() - 90), m.start())
    if gm is not None:
        o = _POSS_END.sub("", gm.group("o"))
        if not (o.lower() == "our" or (own is not None and own.search(_drop_the(o)))):
            return None  # "Japan's target of cutting ...": another's
        who = "speaker"
    elif m.group("our") or _US_AGENT.search(view, max(sent.start, m.start() - 30), m.start()):
        who = "speaker"  # "will reduce our emissions by 61 to 66 percent by 2035", "let us reduce emissions"
    else:
        near = _nearest_subject(_subject_span(view, sent.start, m.start()), own)
        if near[1] == "other" and not _they_subject_ours(view, sent, near, m.start(), own):
            return None
        if near[1] == "speaker" or _they_subject_ours(view, sent, near, m.start(), own):
            who = "speaker"
    if who is None:
        return None  # "countries need to cut emissions 45 percent by 2030": a need, nobody's target
    return (m.start(), m.end("v"), who, unit, pend)


def _subject_span(view: str, lo: int, hi: int) -> str:
    """The sentence up to the verb, less a dash-set parenthesis right before it ("The United States
    — all of us working together — will reduce ...": the subject stands before the dashes)."""
    pre = view[lo:hi]
    return _PAREN_DASH.sub(" ", pre)


_PAREN_DASH = lazyre.compile(r"\s[—–][^—–.;:?!]{1,80}[—–](?=(?:\s{1,10}[\w’'-]+){0,4}\s{0,10}\Z)")


def _family(view: str, sent, q: Quantity, unit: str | None, pend: int, own):
    """(cue start, cue end, who, unit, phrase end) when one of the families above states the
    quantity, else None. `who` is 'speaker' where the family itself decides it, else None (the
    caller's subject test); the unit is the one given unless the family reads it further."""
    head = (unit or "").lower().split()[-1:]
    head = head[0] if head else ""
    if head not in _FAMILY_HEADS and not q.currency and not q.percent and unit and view.startswith((" and ", " or "), pend) and (
            view.find("deals", q.end, q.end + 48) >= 0 or view.find("transactions", q.end, q.end + 60) >= 0):
        dm = _DEAL_AFTER.match(view, q.end, sent.end)
        if dm is not None:  # "500 trade and investment deals"
            unit, pend, head = " ".join(view[q.end:dm.end()].split()), dm.end(), dm.group("h").lower()
    if head not in _FAMILY_HEADS and not q.currency and not q.percent and unit and view.startswith((" and ", " or "), pend) and any(
            view.find(h, q.end, q.end + 60) >= 0 for h in _EVENT_UNITS):
        em = _EVENT_AFTER.match(view, pend, sent.end)
        if em is not None:  # "nine live and in-person thematically focused events"
            unit, pend, head = " ".join(view[q.end:em.end()].split()), em.end(), em.group("h").lower()
    if head not in _FAMILY_HEADS and not q.percent and not (unit and unit[:1].isupper()):
        return None  # speed: none of the families can hold it
    if view.count("“", sent.start, q.start) > view.count("”", sent.start, q.start):
        return None  # inside a quotation: someone else's words ("later announced, “I welcome ... plans to invest")
    cs = _clause_start(view, sent.start, q.start)
    if q.percent or head in _EMISSION_TON_HEADS:
        em = _emission_target(view, sent, q, unit, pend, own)
        if em is not None:
            return em
    if q.percent:
        lo = max(cs, q.start - 220)
        cov = _COVERED_BY.match(view, q.end, sent.end)
        if cov is not None:
            if _OTHER_ALWAYS.search(view, sent.start, cov.end()) or _nearest_subject(view[sent.start:q.start], own)[1] == "other":
                return None
            return (cov.start("o"), cov.end(), "speaker", unit, pend)
        if not _RATE_HINT.search(view, lo, q.start):
            ct = _CLEAN_TARGET.match(view, q.end, sent.end)
            if ct is None or _OTHER_ALWAYS.search(view, sent.start, q.start):
                return None
            near = _nearest_subject(view[sent.start:q.start], own)
            if near[1] == "speaker" or _they_subject_ours(view, sent, near, q.start, own):
                return (q.start, q.start, "speaker", unit, pend)
            return None
        m = _RATE_SET.search(view, lo, q.start)
        if m is None or (m.group("v") and (_NEW_CLAUSE.search(m.group("gap")) or "," in m.group("gap"))):
            return None
        if _RATE_OTHERS.search(view, sent.start, m.start()):
            return None
        nm = _NAME_BEFORE_VERB.search(view, max(sent.start, m.start() - 80), m.start()) if m.group("v") else None
        if nm is not None and not _owns(own, nm.group("n"))\
                and not _GROUPS_WITH_US.fullmatch(nm.group("n")) and not _SENT_OPENERS.search(nm.group("n"))\
                and nm.group("n").lower() not in ("we", "i", "he", "she", "they", "you"):
            return None  # "The EU set a target of 55 percent": a named other sets it
        if _OTHER_ALWAYS.search(view, sent.start, q.start):
            return None
        who = "speaker" if m.group("our") else None
        if who is None and m.group("v"):
            # "They set an ambitious ... goal of cutting ...": 'they' naming our principals just before
            near = _nearest_subject(view[sent.start:m.start()], own)
            if _they_subject_ours(view, sent, near, m.start(), own):
                who = "speaker"
        if who is None and m.group("v") and m.group("v")[:2].lower() in ("ac", "me", "re") \
                and _nearest_subject(view[sent.start:m.start()], own)[1] != "speaker":
            return None  # working towards a goal is ours only with our side the subject ("the City of La Crosse to achieve a goal of")
        return (m.start(), m.end("v") if m.group("v") else m.start() + 3, who, unit, pend)
    if q.currency:
        gm = _MONEY_GOAL.match(view, q.end, sent.end)
        if gm is None or _OTHER_ALWAYS.search(view, sent.start, gm.end()):
            return None
        po = _MONEY_GOAL_OWNER.search(view, max(sent.start, q.start - 40), q.start)
        if po is not None and po.group("o") and not (own is not None and own.search(_drop_the(_POSS_END.sub("", po.group("o"))))):
            return None  # "the EU's €1 billion goal": another's
        return (q.start, q.start, "speaker", unit, pend)
    if head in _DELEGATE_HEADS:
        dl = _delegates(view, sent, q, unit, pend)
        if dl is not None:
            return dl
    if head in _JOB_UNITS:
        lo = max(cs, q.start - 200)
        m = _JOBS_BY.search(view, lo, q.start)
        if (m is None or _JOBS_GAP_NOT.search(m.group("gap")) or _SOURCE_BEFORE.search(view, sent.start, q.start)
                or _OTHER_ALWAYS.search(view, sent.start, q.start)):
            return None
        return (m.start(), m.end(), "speaker", unit, pend)
    if head in _PLAN_UNITS:
        m = _PLAN_COLON.search(view, max(sent.start, q.start - 20), q.start)
        if m is not None:
            po = _OTHERS_PLAN.search(view, max(sent.start, m.start() - 80), m.start() + len(m.group(0).split(":")[0]))
            if _OTHER_ALWAYS.search(view, sent.start, q.start) or (po is not None and not (own is not None and own.search(_drop_the(_POSS_END.sub("", po.group(0).split()[0]))))):
                return None
            return (m.start(), m.start() + len(m.group(0).split(":")[0]), None, unit, pend)
        m = _PLAN_ANNOUNCE.search(view, max(cs, q.start - 30), q.start)
        if m is not None and not _OTHER_ALWAYS.search(view, sent.start, q.start):
            return (m.start(), m.start() + len(m.group(0).split()[0]), None, unit, pend)
    if head in _SITE_UNITS:
        m = _AVAILABLE_AT.search(view, max(cs, q.start - 140), q.start)
        if m is None and head in _WE_HAVE_SITE_UNITS and not _OTHER_ALWAYS.search(view, sent.start, q.start):
            wm = _WE_HAVE.search(view, max(cs, q.start - 40), q.start)
            if wm is not None:
                return (wm.start(), wm.end(), "speaker", unit, pend)
        if m is None or _OTHER_ALWAYS.search(view, sent.start, q.start) or _NEW_CLAUSE.search(view, m.start(), q.start):
            return None
        return (m.start(), m.start() + len(m.group(0).split()[0]), None, unit, pend)
    if head in _NAME_UNITS:
        m = _NAMES_LISTED.match(view, pend, sent.end)
        if m is None or _OTHER_ALWAYS.search(view, sent.start, q.start) \
                or not _SANCTION_CONTEXT.search(view, max(0, sent.start - 800), sent.end):
            return None
        return (m.start(), m.end(), None, unit, pend)
    if head in _DEAL_UNITS:
        m = _DEAL_CUE.search(view, max(cs, q.start - 40), q.start)
        if m is None or _OTHER_ALWAYS.search(view, sent.start, q.start):
            return None
        return (m.start(), m.start() + len(m.group(0).split()[0]), None, unit, pend)
    if head in _TARGET_UNITS:
        m = _TARGET_CUE.search(view, max(cs, q.start - 60), q.start)
        # "expelled approximately 1.4 million individuals": removals, a statistic
        if m is not None and not (m.group(0)[:3].lower() == "exp" and head not in _EXPEL_UNITS):
            return (m.start(), m.start() + len(m.group(0).split()[0]), None, unit, pend)
        if head in _TARGET_AFTER_UNITS and not _OTHER_ALWAYS.search(view, sent.start, q.start):
            m = _TARGET_AFTER.match(view, pend, sent.end)
            if m is not None and not _OTHER_ALWAYS.search(m.group(0)):
                return (m.start("v"), m.end("v"), None, unit, pend)
        if head not in _INVITE_OR_REACH:
            return None  # "invited 40 leaders" is the invitation family's
    if head in _COVER_UNITS or head in _COVER_PEOPLE or head in _REQUIRE_HEADS:
        m = _COVER_CUE.search(view, max(cs, q.start - 60), q.start) if head not in _REQUIRE_HEADS else None
        if m is None and head not in _COVER_UNITS and view.find("for", max(cs, q.start - 20), q.start) >= 0:
            # a mandate's reach: "the armed forces who require COVID-19 vaccinations now for all 2.1
            # million troops", "requiring vaccination for 17 million healthcare workers"
            m = _REQUIRE_FOR.search(view, max(cs, q.start - 90), q.start)
        if m is not None and head in _COVER_PEOPLE and m.group(0)[:3].lower() not in ("req", "man"):
            ro = _RULE_OWNER.search(view, max(sent.start, m.start() - 60), m.start())
            if ro is not None and not _RULE_OWNER_OK.fullmatch(ro.group("o")) and not (
                    own is not None and own.search(_drop_the(_POSS_END.sub("", ro.group("o"))))):
                m = None  # "The EU rule will cover 20 million workers": another's rule
        if m is not None and not _OTHER_ALWAYS.search(view, sent.start, q.start):
            near = _nearest_subject(view[sent.start:m.start()], own)
            if near[1] == "speaker" or near[1] is None:
                return (m.start(), m.end(), None, unit, pend)
            if _THEY_WORD.match(view[sent.start + near[0]:m.start()]) and _they_not_others(view, sent, own):
                return (m.start(), m.end(), "speaker", unit, pend)
            return None
        if head in _COVER_UNITS and head not in _CAPACITY_UNITS:
            return None
    if head in _REACH_UNITS and not _OTHER_ALWAYS.search(view, sent.start, q.start):
        m = _CLEMENCY_CUE.search(view, max(cs, q.start - 60), q.start)
        if m is not None:
            return (m.start(), m.start() + len(m.group(0).split()[0]), None, unit, pend)
        m = _CLEMENCY_AFTER.match(view, pend, sent.end)
        if m is not None and own is not None and (m.group("by") == "us" or own.search(_drop_the(m.group("by")))):
            return (m.start(), m.end(), "speaker", unit, pend)
    if head in _EVENT_UNITS:
        m = _EVENT_CUE.search(view, max(cs, q.start - 30), q.start)
        if m is None or _OTHER_ALWAYS.search(view, sent.start, q.start) or _HYPOTHETICAL.search(view, sent.start, m.start()) \
                or _EVENT_OTHERS.search(view, sent.start, m.start()):
            return None
        return (m.start(), m.start() + len(m.group(0).split()[0]), None, unit, pend)
    if head in _TRIP_UNITS:
        m = _TRIP_CUE.search(view, max(cs, q.start - 20), q.start)
        if m is None or _OTHER_ALWAYS.search(view, sent.start, q.start) or _HYPOTHETICAL.search(view, sent.start, m.start()) \
                or _PAST_ROLE.search(view, pend, sent.end):
            return None
        if _nearest_subject(view[sent.start:m.start()], own)[1] != "speaker" \
                and not _OF_US_AUX.search(view, max(sent.start, m.start() - 30), m.start()):
            return None  # a trip is ours only with our side named the subject ("Israel's ministers have made")
        return (m.start(), m.start() + len(m.group(0).split()[0]), "speaker", unit, pend)
    if head in _REACH_UNITS or head in _INVITE_UNITS:
        m = (_REACH_CUE if head in _REACH_UNITS else _INVITE_CUE).search(view, max(cs, q.start - 20), q.start)
        if m is None or _OTHER_ALWAYS.search(view, sent.start, q.start) or _HYPOTHETICAL.search(view, sent.start, m.start()):
            return None
        return (m.start(), m.end(), None, unit, pend)
    if head in _CAPACITY_UNITS:
        lo = max(cs, q.start - 100)
        m = None
        for m in _CAPACITY_CUE.finditer(view, lo, q.start, overlapped=True):
            if m.group("br") and not _GRID_AFTER.match(view, pend, sent.end):
                continue
            if not _CAPACITY_GAP_NOT.search(m.group("gap")) or (q.approximate and m.group("gap").strip() == ","):
                break
        else:
            m = None
        if m is None or _OTHER_ALWAYS.search(view, sent.start, q.start) or _TREND.search(view, pend, sent.end):
            return None
        return (m.start(), m.start() + len(m.group(0)) - len(m.group("gap")), None, unit, pend)
    hm = None
    if head not in _ACCORD_UNITS and unit and unit[:1].isupper():
        hm = _ACCORD_HEAD.match(view, q.end, sent.end)
        if hm is not None:
            unit, pend = " ".join(view[q.end:hm.end()].split()), hm.end()
            if unit.split()[0].lower() in _ADD_MARKERS:
                unit = " ".join(unit.split()[1:])
    if hm is not None or head in _ACCORD_UNITS:
        m = _ACCORD_CUE.search(view, max(cs, q.start - 80), q.start)
        if m is None and not _OTHER_ALWAYS.search(view, sent.start, q.start):
            rm = _ACCORD_REL.match(view, pend, sent.end) if (unit or "").lower().split()[-1:] != ["pillars"] else None
            if rm is not None:  # "one of the five international initiatives that I had previewed"
                return (rm.start("v"), rm.end("v"), "speaker", unit, pend)
        if m is None or _OTHER_ALWAYS.search(view, sent.start, q.start):
            return None
        who = None
        pre = view[sent.start:m.start()]
        near = _nearest_subject(pre, own)
        if _they_subject_ours(view, sent, near, m.start(), own):
            who = "speaker"
        elif near[1] == "other" and own is not None:
            # a joint subject with our principal: "The President and Prime Minister Kishida will sign
            # five agreements" (each conjunct a name; ours among them)
            js = _JOINT_SUBJ.match(pre, near[0])
            if js is not None and any(own.search(_drop_the(x.strip()))
                                      for x in regex.split(r"\s+and\s+", js.group("n"))):
                who = "speaker"
        return (m.start(), m.start() + len(m.group(0).split()[0]), who, unit, pend)
    return None


_FRAGMENT_OPEN = lazyre.compile(
    r"(?:[A-Z][A-Z .’'-]{1,60}:\s{1,10})?(?:(?:as\s{1,10}you\s{1,10}(?:may\s{1,10})?(?:know|recall)|so|and|now|remember|again)"
    r"[,\s]{1,10}){0,2}", _F)
_FRAGMENT_VERB = lazyre.compile(r"\b(?:say|says|said|estimated?|costs?|needs?|needed|according)\b", _F)
_TO_BUILD = lazyre.compile(
    r"\s{1,10}to\s{1,10}(?:re)?(?:build|fix|repair|moderni[sz]e|upgrade|invest\s{1,10}in|expand|connect|replace|"
    r"clean\s{1,10}up)\b", _F)
# Money delivered, said as gone out the door: "We have $185 billion out of the door", "$50 billion
# is already out the door" (not "walked out the door with $5", which no amount follows)
_ARRIVAL_HEADS = frozenset({"personnel", "staff", "responders", "paramedics", "nurses", "doctors", "medics",
                            "ambulances", "doses", "vials", "ventilators", "generators", "tests", "teams"})
_ARRIVED = lazyre.compile(
    r"(?:\s{1,10}of\s{1,10}[\w-]+(?:\s{1,10}[\w-]+)?)?(?:\s{1,10}and\s{1,10}[\w-]+)?\s{1,10}"
    r"(?:(?:have|has|had|will|are|is|were|also|already|just|now)\s{1,10}){0,2}(?:arrived|arriving|arrive)\b", _F)
_GOING_OUT = lazyre.compile(
    r"(?:\s{1,10}(?:that|which))?\s{1,10}(?:(?:is|are|will\s{1,10}be|were|was|now|already)\s{1,10}){0,2}going\s{1,10}out\b", _F)
# Responders on the ground (see _judge)
_RESPONDER_HEADS = frozenset({"personnel", "staff", "responders", "employees", "rescuers", "specialists", "experts",
                              "teams", "troops", "officers", "agents", "members"})
_ON_THE_GROUND = lazyre.compile(
    r"(?:\s{1,10}(?:(?:are|were|is|now|already|currently|still)\s{1,10}){0,2})?\s{0,10}on\s{1,10}the\s{1,10}ground\b", _F)
# Money our side makes available, the amount between verb and adjective (see _judge)
_MAKE_BEFORE = lazyre.compile(r"\bma(?:ke|kes|de|king)\s{1,10}(?:(?:an|an\s{1,10}additional|another|a\s{1,10}further)\s{1,10})?\Z", _F)
# (counts too: "we've made more than 25 million doses of Pfizer and Moderna available to states",
# "it has made 60 generators and fuel available")
_AVAILABLE_AFTER = lazyre.compile(
    r"(?:\s{1,10}(?:in|of)\s{1,10}[\w-]+(?:\s{1,10}(?:and\s{1,10})?[\w-]+){0,2}|\s{1,10}and\s{1,10}[\w-]+)?"
    r"\s{1,10}(?:(?:recently|immediately|now|also)\s{1,10})?available\b", _F)
# ... and money that "will go to" a purpose (future or present only: "went to" tells a past use)
_GO_TO_AFTER = lazyre.compile(
    r"(?:\s{1,10}in\s{1,10}[\w-]+(?:\s{1,10}[\w-]+)?)?\s{1,10}(?:(?:will|would|shall)\s{1,10}(?:also\s{1,10})?go|goes)\s{1,10}"
    r"(?:directly\s{1,10})?(?:to|toward|towards)\b", _F)
_OUT_THE_DOOR = lazyre.compile(
    r"\s{1,10}(?:(?:is|are|has|have|been|already|now|gone|got|gotten|went|so\s{1,10}far)\s{1,10}){0,3}"
    r"out\s{1,10}(?:of\s{1,10})?the\s{1,10}door\b", _F)
# A number the briefing also names as a section of a law, bare before what that section authorises:
# "tripling the 301 tariffs" beside "Section 301"; "the 232 investigation"
_BARE_LABEL_AFTER = lazyre.compile(
    r"[ \t]{1,3}(?:tariffs?|duties|dut(?:y)|investigations?|actions?|reviews?|exclusions?|cases?|petitions?|"
    r"provisions?|authorit(?:y|ies)|waivers?)\b", _F)
# ... and where the briefing names it so (compiled once; the caller compares the number)
_SECTION_NUM = lazyre.compile(r"\b(?i:section|title|article|chapter)[ \t\r\n]{1,4}(?P<n>\d+)\b(?!,\d)")  # flags as before (V0)
# 'They' summing up documents of ours the sentence before names: "And the President's budget
# includes $807 million ... Together, they propose a $950 increase" (a plan, budget, bill or act
# owned by our principal or 'our'; not 'they' after people: "We offered $1 trillion. They propose ...")
_STOP_PUNCT = lazyre.compile(r"[.;:?!—]")
_HE_SHE_REL = lazyre.compile(r"(?:\s{1,10}[\w-]+){0,4}?\s{1,10}(?i:he|she)\b")  # a relative clause's 'he'/'she'
_THEY_OPENS = lazyre.compile(r"(?:(?:and|so|together|combined|jointly|also|both)[,\s]{1,10}){0,2}they\s", _F)
_OUR_DOCUMENT = lazyre.compile(
    r"(?<![\w’'])(?P<o>[Oo]ur|(?:[Tt]he\s{1,10})?(?:[A-Z][\w.-]*\s{1,10}){0,2}[A-Z][\w.-]*[’']s)\s{1,10}"
    r"(?:[A-Z][\w-]*\s{1,10}){0,4}(?i:budgets?|plans?|bills?|acts?|proposals?|legislation|agenda|requests?|programs?)\b",
    regex.V1)


# A verbless sentence naming one more amount and its purpose, after our money in the same answer
# (see _judge): no finite verb or subject before the amount (an opener only) nor after its purpose
_FRAG_FINITE = lazyre.compile(
    r"\b(?:we|I|they|he|she|it|you|there|is|are|was|were|has|have|had|will|would|can|could|do|does|did|"
    r"may|might|must|should|get|gets|got|cost|costs|costing|need|needs|say|says|said|spend|spends|spent|"
    r"pay|pays|paid|save|saves|saved|earn|earns|earned)\b|[’'](?:s|re|ve|ll|d)\b", _F)
# ... the amount opening it, or right after a fronted phrase set off by a comma, dash or colon
_FRAG_LEAD = ("", ",", ":", "—", "–", "-")
_FRAG_PURPOSE = lazyre.compile(
    r"\s{1,10}(?:(?:also|more)\s{1,10})?(?:(?:from|through|via)\s{1,10}(?:the\s{1,10})?(?-i:[A-Z])[^,.;:?!]{0,40}?\s{1,10})?"
    r"(?:to|towards?|for)\s{1,10}(?-i:[a-z])", _F)
_TURN_LABEL = lazyre.compile(r"[A-Z][A-Z .’'-]{1,60}:\s{1,10}")


# From the end of a committed amount to the next item's amount in a semicolon list: the item's
# amount after its name and a comma or dash, no clause between (see _APPOS_VERB)
_RESTATE_GAP = lazyre.compile(r"\s{0,3}[—–]\s{0,3}|\s{1,3}--\s{1,3}", _F)
_SEMI_LIST = lazyre.compile(r"\s{0,3};(?:[^.;?!]|\.(?!\s)){0,120}(?:;(?:[^.;?!]|\.(?!\s)){0,120}){0,5}?[,—–]\s{0,10}", _F)
# ... or with the amount first, right after the semicolon (the item before it money too; no clause
# in the gap: "$5 million for X, which we announced; $3 million ..." names no next item of ours)
_SEMI_NEXT = lazyre.compile(r"[^;:?!]{0,250};\s{1,10}", _F)
_SEMI_NEXT_NOT = lazyre.compile(  # (only tested for a match: the order of the words is free)
    rf"\b(?:{_CLAUSE_OPENERS}|it|but|have|has|had|is|are|was|were|will|would|be|been|can|could)\b", regex.V1 | regex.I)
# From the end of a count kept to its value: "12 deals in Angola with a combined value of $6.9
# billion", "500 trade and investment deals, valued at more than $14 billion", "1,695 private sector
# deals valued at 63 and a half billion dollars" (a place or scope between, nothing else)
_VALUED_GAP = lazyre.compile(
    r"(?:\s{1,10}(?:in|across|for|with|to)\s{1,10}[\w’'.-]+(?:\s{1,10}[\w’'.-]+){0,3}?)?,?\s{1,10}"
    r"(?:(?:with\s{1,10})?an?\s{1,10}(?:(?:combined|total|collective|overall|estimated|cumulative)\s{1,10})?value\s{1,10}of"
    r"|valued\s{1,10}at|worth)\s{1,10}", _F)


# 10. the projects our programme has under way, said as what we have: "Last year, we had 7,000
#     projects that are in some level of formation", and the next sentence's elided "And this year,
#     we expect to have 20,000 more by the end of the year" (projects/programs only: "we have 68,000
#     cases", "we have 74 days" are statistics; "they have 20,000 more" is theirs)
_PROJECT_UNITS = frozenset({"projects", "programs", "programmes"})
_UNDER_WAY = lazyre.compile(
    r"(?:\s{1,10}(?:in|across|around)\s{1,10}(?:the\s{1,10})?(?:country|nation|state|region))?(?:\s{1,10}(?:that|which)\s{1,10}are)?"
    r"\s{1,10}(?:under\s{1,10}construction|under\s{1,10}way|underway|(?:in|under)\s{1,10}(?:some|various|an?)\s{1,10}"
    r"(?:level|stage|phase|state)s?\s{1,10}of\s{1,10}(?:formation|construction|development|completion))\b", _F)
_WE_HAVE = lazyre.compile(  # "we’ve got": no space before the contraction
    r"\b(?:we|I)(?:\s{1,10}(?:(?:now|already|currently|also|just|still|do)\s{1,10}){0,2}(?:have|had)(?:\s{1,10}got)?"
    r"|[’']ve\s{1,10}(?:(?:now|already|also|just|still)\s{1,10})?got)\s{1,10}\Z", _F)
_WE_WILL_HAVE = lazyre.compile(
    r"\b(?:we|I)(?:\s{1,10}(?:(?:expect|plan|hope|intend|aim)\s{1,10}to|will|are\s{1,10}going\s{1,10}to)"
    r"|[’']ll|[’']re\s{1,10}going\s{1,10}to)\s{1,10}have\s{1,10}\Z", _F)  # "we’ll": no space before the contraction
# "more" may be left out: "Last year, we had 7,000 projects ... By the end of this year, we'll have 20,000."
_ELIDED_MORE = lazyre.compile(r"(?:\s{1,10}more)?(?=\s{0,10}[.,;]|\s{1,10}(?:by|in|this|next|over|before|until|than)\b)", _F)


def _our_projects(doc: Document, sent, q: Quantity, unit: str | None, pend: int):
    view = doc.view
    lo = max(sent.start, q.start - 40)
    if unit and unit.lower().split()[-1] in _PROJECT_UNITS:
        m = _WE_HAVE.search(view, lo, q.start)
        if m is None:
            return None
        return m.start(), m.end(), None, unit, pend
    if unit and _plural(unit) and _UNDER_WAY.match(view, pend, sent.end):
        # what we have under way: "right now we have 28 [2,800] bridges in the country under some
        # level of formation", "we have 400 projects under construction"
        m = _WE_HAVE.search(view, lo, q.start)
        if m is not None:
            return m.start(), m.end(), None, unit, pend
    if unit is not None:
        return None
    om = _OF_THEM.match(view, q.end, sent.end)
    if om is not None:
        # "EV charging stations are a critical part of what we're doing. We have to lay down 500,000 of them."
        wm = _WE_MUST.search(view, max(sent.start, q.start - 50), q.start)
        k = _prev_index(doc, sent)
        if wm is None or k < 0 or doc.sentences[k].turn != sent.turn:
            return None
        prev = doc.sentences[k]
        lab = _TURN_LABEL.match(view, prev.start, prev.end)
        sm = _PLURAL_SUBJ.match(view, lab.end() if lab else prev.start, prev.end)
        if sm is None:
            return None
        return wm.start(), wm.end(), None, " ".join(sm.group("np").split()[-2:]), om.end()
    em = _ELIDED_MORE.match(view, q.end, sent.end)
    wm = _WE_WILL_HAVE.search(view, lo, q.start) if em else None
    if wm is None:
        return None
    k = _prev_index(doc, sent)
    if k < 0 or doc.sentences[k].turn != sent.turn:
        return None
    prev = doc.sentences[k]
    for pm in _PREV_PROJECTS.finditer(view, prev.start, prev.end):
        return wm.start(), wm.end(), None, pm.group("u"), em.end()
    return None


# "We have to lay down 500,000 of them": what we must or will provide, counted by the plural
# subject of the sentence before (a subject in lower case: no named party)
_OF_THEM = lazyre.compile(r"\s{1,10}of\s{1,10}them\b", _F)
_WE_MUST = lazyre.compile(
    r"\b(?:we|I)\s{1,10}(?:have\s{1,10}to|need\s{1,10}to|will|[’']ll|(?:are|[’']re)\s{1,10}going\s{1,10}to|plan\s{1,10}to)"
    r"\s{1,10}(?:build|lay\s{1,10}down|install|deploy|deliver|provide|hire|train|put\s{1,10}(?:up|in)|ship|send|fund)\s{1,10}\Z", _F)
_PLURAL_SUBJ = lazyre.compile(
    r"(?:(?:and|so|but|now)[,\s]{1,10}){0,2}(?P<np>(?:(?-i:[a-z])[\w-]*\s{1,10}){0,4}?(?-i:[a-z])[\w-]*s)\s{1,10}"
    r"(?:are|were|remain)\b", _F)
_PREV_PROJECTS = lazyre.compile(
    r"\b(?:we|I)\s{1,10}(?:(?:now|already|currently|also|just|still)\s{1,10})?(?:have|had)\s{1,10}"
    r"(?:(?:about|around|over|more\s{1,10}than|nearly|almost|some)\s{1,10})?[\d,.]{1,12}\s{1,10}"
    r"(?P<u>projects|programs|programmes)\b", _F)


# Work our side reports done, counted in what it handled (the subject test decides whose):
# - clean-up of physical amounts: "removing more than 176,000 tons of hazardous waste", "removing or
#   treating more than 49 million gallons of water", "We have moved over 176,000 tons of soil"
#   (measures only: "removing 2,000 troops" is no clean-up);
# - goods dropped from the air: "Our C-130s dropped 38,000 meals" (goods, not money or percent:
#   "prices dropped 5 percent");
# - homes reached: "we went inside over 600 homes to do indoor air assessments", "we send out
#   newsletters to about 9,000 homes", "inspected 300 homes";
# - checks done: "we have over, you know, 45,000 air quality monitoring tests strategically done
#   around the area" (our "we have" before, a participle of doing after);
# - debt relief counted by whom it reaches: "discharged loans for more than 200,000 of these
#   borrowers", "approved over $116 billion in debt cancellation for 3.4 million Americans".
_MEASURE_HEADS = frozenset({"tons", "tonnes", "gallons", "barrels", "pounds", "liters", "litres", "yards",
                            "kilograms", "kilos", "truckloads", "loads"})
_CLEANUP_VERB = lazyre.compile(
    r"\b(?:remov(?:e|es|ed|ing)|treat(?:s|ed|ing)?|haul(?:s|ed|ing)?|excavat(?:e|es|ed|ing)|"
    r"clean(?:s|ed|ing)?\s{1,10}up|collect(?:s|ed|ing)?|dispos(?:e|es|ed|ing)\s{1,10}of|mov(?:e|es|ed|ing)|"
    r"pump(?:s|ed|ing)?(?:\s{1,10}out)?|recover(?:s|ed|ing)?)"
    r"(?:\s{1,10}(?:or|and)\s{1,10}\w+(?:ed|ing))?\s{1,10}\Z", _F)
_DROP_VERB = lazyre.compile(r"\b(?:air-?)?dropp(?:ed|ing)\s{1,10}\Z", _F)
_GOODS_NOT = frozenset(_PERSON_UNITS) | {"percent", "points", "charges", "cases", "cents", "degrees", "spots", "places"}
_DWELLING_HEADS = frozenset({"homes", "houses", "households", "residences", "apartments", "buildings",
                             "businesses", "schools", "properties", "doors", "wells"})
_HOMES_REACH = lazyre.compile(
    r"\b(?:(?:went|go|goes|going|gone)\s{1,10}(?:inside|into|in\s{1,10}to)|visit(?:s|ed|ing)?|inspect(?:s|ed|ing)?|"
    r"knock(?:s|ed|ing)?\s{1,10}on|(?:send(?:s|ing)?|sent|mail(?:s|ed|ing)?|deliver(?:s|ed|ing)?)(?:\s{1,10}out)?"
    r"(?:\s{1,10}[\w-]+){1,3}?\s{1,10}to)\s{1,10}(?:the\s{1,10})?\Z", _F)
_WE_HAVE_ANY = lazyre.compile(r"\b(?:we|I)(?:\s{1,10}(?:have|had)|[’']ve)\b(?:\s{1,10}(?:over|about|more\s{1,10}than|nearly|almost|some),?)?"
                              r"(?:\s{1,10}(?:you\s{1,10}know|I\s{1,10}think),?)?\s{1,10}\Z", _F)
_DONE_AFTER = lazyre.compile(
    r"\s{1,10}(?:\w+ly\s{1,10})?(?:done|conducted|performed|administered|completed|carried\s{1,10}out)"
    r"\s{1,10}(?:around|in|at|across|throughout|on|for)\b", _F)
# Also the money then whom it reaches: "approved more than $45 billion in public service loan
# forgiveness for over 660,000 borrowers", "approving $10.5 billion for 491,000 borrowers", "We
# relieved another $1.2 billion for 1.3 million borrowers" (the head noun test keeps it to people).
_RELIEF_FOR = lazyre.compile(
    r"\b(?:discharg(?:e|es|ed|ing)|cancel(?:s|ed|led|ing|ling)?|forgiv(?:e|es|en|ing)|forgave|approv(?:e|es|ed|ing)|"
    r"reliev(?:e|es|ed|ing))"
    r"(?:\s{1,10}[\w$.,-]+){0,9}?\s{1,10}(?:loans?|debts?|relief|cancellation|forgiveness|[mb]illion|trillion|\$[\d.,]*\d)\s{1,10}for"
    r"(?:\s{1,10}(?:the|these|those))?\s{1,10}\Z", _F)
# "a plan that would have canceled student debt for 40 million Americans": relief that did not happen
_COUNTERFACTUAL = lazyre.compile(r"\b(?:would|could|might|should)\s{1,10}have\s{1,10}(?:\w+ly\s{1,10})?\Z", _F)
# the people relief or our payments and shots reach: one list for both (see _RECIPIENT_HEADS)
_PEOPLE_HEADS = frozenset(_PERSON_UNITS) | {"borrowers", "adults", "seniors", "teachers", "nurses", "servicemembers"}
_RELIEF_HEADS = _PEOPLE_HEADS


def _deeds(view: str, sent, q: Quantity, unit: str | None, pend: int, own):
    """(cue start, cue end, who, unit, phrase end) when one of the deed families above states the
    count, else None."""
    if not (q.currency or q.percent):
        om = _OF_THEM_REL.match(view, q.end, sent.end) if unit is None else None
        if om is not None or (unit and unit.lower().split()[-1] in _RELIEF_HEADS):
            pe = om.end() if om is not None else pend
            if _RELIEF_AFTER.match(view, pe, sent.end):
                return q.start, q.start, None, "them" if om is not None else unit, pe
    if not (q.currency or q.percent) and unit and not _TOOK_BEFORE.search(view, max(sent.start, q.start - 120), q.start):
        head = unit.lower().split()[-1]
        if head in _RECIPIENT_HEADS and _RECEIVED_OURS.match(view, pend, sent.end):
            return q.start, q.start, None, unit, pend  # "more than 150 million Americans have received direct checks"
        if head in _SHOT_HEADS and _SHOTS_GIVEN.match(view, pend, sent.end):
            return q.start, q.start, None, unit, pend  # "Over 220 million vaccine shots have been administered"
    r = _deed_cue(view, sent, q, unit, pend, own)
    if r is None:
        return None
    who = None
    if view[r[0]:r[1]].lower().endswith("ing") and _ADJUNCT_BEFORE.search(view, sent.start, r[0]):
        # a participle after a comma takes the sentence's own subject: "EPA ... continues to work
        # ... to clean up the mess Norfolk Southern made, removing more than 176,000 tons" (not the
        # relative clause's "Norfolk Southern")
        head = _nearest_subject(view[sent.start:min(r[0], sent.start + 80)], own)
        who = "other" if head[1] == "other" or _ADVERSARY_SUBJ.search(view, sent.start, r[0]) else "speaker"
    return r[0], r[1], who, unit, pend


# What our programmes hand out, counted by those who got it: "more than 150 million Americans have
# received direct checks", "over 300,000 Americans got their first shot" (our checks and shots only:
# not "received a letter", "got sick"); shots counted as given: "Over 220 million vaccine shots have been
# administered", "we reported over 1.3 million shots in arms" (the subject test keeps others' out).
_RECIPIENT_HEADS = _PEOPLE_HEADS
_RECEIVED_OURS = lazyre.compile(
    r"\s{1,10}(?:(?:have|has|had|now|already|each|all)\s{1,10}){0,2}(?:received|got|gotten)\s{1,10}"
    r"(?:(?:at\s{1,10}least\s{1,10})?(?:their|a|an|the)\s{1,10})?(?:(?:first|second|direct|stimulus|relief|economic\s{1,10}impact|"
    r"booster|vaccine|COVID(?:-19)?)\s{1,10}){0,2}(?:shots?|doses?|vaccinations?|checks|payments|boosters?)\b", _F)
# not a ratio ("Three out of four eligible Americans"), another time's pace ("it would have taken 336
# days ... to get 300 million shots in arms", "in the 1950s, it took about three months to cross")
_TOOK_BEFORE = lazyre.compile(r"\bout\s{1,10}of\s{1,10}\Z|\b(?:would\s{1,10}have|took|taken|1[89]\d0s)\b", _F)
_SHOT_HEADS = frozenset({"shots", "doses", "vaccinations"})
_SHOTS_GIVEN = lazyre.compile(
    r"\s{1,10}(?:(?:have|has|had)\s{1,10})?(?:been\s{1,10})?administered\b|\s{1,10}(?:in|into)\s{1,10}arms\b"
    r"(?!\s{1,10}(?:per|a|an|each|every)\s{1,10}(?:day|week|month)\b)", _F)  # a rate: "averaging 260,000 first shots in arms per day"


# Those the relief reaches, then what they see: "those 804,000 borrowers who have been in repayment
# for over 20 years will start to see their student debt canceled", "Over 614,000 of them will have
# all of their remaining federal student loan debt canceled" (not "would have": see _COUNTERFACTUAL)
_OF_THEM_REL = lazyre.compile(r"\s{1,10}of\s{1,10}(?:them|these|those)\b(?!\s{1,10}[a-z]+s\b)", _F)
_RELIEF_AFTER = lazyre.compile(
    r"[^.;:?!]{0,80}?\b(?:will|[’']ll|to|are\s{1,10}going\s{1,10}to)\s{1,10}(?:(?:start|begin|now)\s{1,10}(?:to\s{1,10})?)?"
    r"(?:see|have|get)\s{1,10}(?:all\s{1,10}(?:of\s{1,10})?)?their\s{1,10}(?:[\w-]+\s{1,10}){0,4}?(?:debts?|loans?)"
    r"\s{1,10}(?:\w+ly\s{1,10})?(?:canceled|cancelled|forgiven|discharged|wiped\s{1,10}out)\b", _F)


# the cue opens a participle clause after a comma, or is the next of a coordinated run of them
# (", removing ... and removing or treating")
_ADJUNCT_BEFORE = lazyre.compile(r",\s{1,10}(?:[\w-]+ing\b(?:[^,;:—–]|(?<=\d),(?=\d)){0,120}?\s(?:and|or)\s{1,10})?\Z", _F)


def _deed_cue(view: str, sent, q: Quantity, unit: str | None, pend: int, own) -> tuple[int, int] | None:
    if q.currency or q.percent or not unit:
        return None
    head = unit.lower().split()[-1]
    cs = _clause_start(view, sent.start, q.start)
    lo = max(cs, q.start - 90)
    if head in _RELIEF_HEADS:
        m = _RELIEF_FOR.search(view, max(cs, q.start - 120), q.start)
        if m is not None and not _COUNTERFACTUAL.search(view, max(sent.start, m.start() - 30), m.start()):
            return m.start(), m.start() + len(m.group(0).split()[0])
    if _excluded_unit(unit):
        return None  # "dropping 2.7 years" (life expectancy), "two questions"
    if head in _MEASURE_HEADS:
        m = _CLEANUP_VERB.search(view, lo, q.start)
        if m is not None:
            return m.start(), m.start() + len(m.group(0).split()[0])
    if head not in _GOODS_NOT and _plural(unit):
        m = _DROP_VERB.search(view, lo, q.start)
        # an airdrop names its dropper: "Our C-130s dropped", "Three U.S. C-130s dropped" ("gas
        # prices have dropped 81 cents" is a statistic)
        if m is not None and _nearest_subject(view[max(sent.start, m.start() - 80):m.end()], own)[1] == "speaker":
            return m.start(), m.end()
    if head in _DWELLING_HEADS:
        m = _HOMES_REACH.search(view, lo, q.start)
        if m is not None and not _NEW_CLAUSE.search(m.group(0)):
            return m.start(), m.start() + len(m.group(0).split()[0])
    if _plural(unit) and head not in _GOODS_NOT:
        m = _WE_HAVE_ANY.search(view, lo, q.start)
        if m is not None and _DONE_AFTER.match(view, pend, sent.end):
            return m.start(), m.end()
    return None


# The pay our side sets, an hourly wage or a raise in percent:
# - "raise the minimum wage to $15 an hour", "raise salaries to $15 an hour", "enable the pay for
#   these firefighters to rise to the equivalent of $15 per hour", "pay more federal workers at
#   least $15.00 an hour", a floor "to ensure no firefighter makes less than $15 an hour" (not what
#   pay is now: "the federal minimum wage of $7.25 per hour", "firefighters get paid $13 an hour");
# - "our firefighters will receive up to a 10 percent retention incentive" (what a raise verb of the
#   receiving side names; "give ... a 5 percent raise" is the plain verb cue).
_PAY_NOUN = r"(?:pay|wages?|salar(?:y|ies)|minimum\s{1,10}wage|earnings)"
# the staff our side pays (for the pay level and a raise's receivers below)
_OUR_STAFF = (r"(?:workers|employees|staff|contractors|firefighters|troops|servicemembers|service\s{1,10}members|"
              r"teachers|nurses)")
_PAY_LEVEL = lazyre.compile(
    rf"(?:\b(?:rais|increas|lift|boost|bring|bump|hik)\w*\s{{1,10}}(?:[\w-]+\s{{1,10}}){{0,5}}?{_PAY_NOUN}"
    rf"(?:\s{{1,10}}(?:for|of)\s{{1,10}}(?:[\w-]+\s{{1,10}}){{0,3}}?[\w-]+)?\s{{1,10}}to"
    rf"|\b{_PAY_NOUN}(?:\s{{1,10}}(?:for|of)\s{{1,10}}(?:[\w-]+\s{{1,10}}){{0,3}}?[\w-]+)?\s{{1,10}}to\s{{1,10}}(?:rise|increase|go\s{{1,10}}up|climb)\s{{1,10}}to"
    rf"|\bno\s{{1,10}}(?:[\w-]+\s{{1,10}}){{0,2}}?(?:makes|earns|is\s{{1,10}}paid|gets\s{{1,10}}paid)"
    rf"|\bpay(?:ing)?\s{{1,10}}(?:more|all|every|our|federal)\s{{1,10}}(?:[\w-]+\s{{1,10}}){{0,2}}?{_OUR_STAFF})"
    rf"(?:\s{{1,10}}the\s{{1,10}}equivalent\s{{1,10}}of)?\s{{1,10}}\Z", _F)
_PAY_HOUR = lazyre.compile(r"\s{1,10}(?:an|a|per)\s{1,10}hour\b", _F)
_PAY_RAISE_AFTER = lazyre.compile(
    r"\s{1,10}(?:(?:retention|recruitment|hiring|pay|salary|wage|cost-of-living|performance)\s{1,10})?"
    r"(?:incentives?|bonus(?:es)?|raises?|pay\s{1,10}(?:raises?|increases?)|increases?\s{1,10}in\s{1,10}pay)\b", _F)
_RECEIVE_BEFORE = lazyre.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|get(?:s|ting)?|got|earn(?:s|ed|ing)?)\s{1,10}(?:up\s{1,10}to\s{1,10})?(?:an?\s{1,10})?\Z", _F)


# The relief a group qualifies for, summed: "the 804,000 borrowers who qualify for $39 billion in
# student loan relief" (a sum "in" relief, not a per-person benefit: "qualify for a $7,500 tax credit")
_QUALIFY_FOR = lazyre.compile(r"\b(?:qualif(?:y|ies|ied)|(?:are|is|were|was|be|been|now)\s{1,10}eligible)\s{1,10}for\s{1,10}\Z", _F)
_IN_RELIEF = lazyre.compile(r"\s{1,10}in\s{1,10}(?:[\w-]+\s{1,10}){0,3}?(?:relief|forgiveness|cancellation|assistance|aid|benefits)\b", _F)


def _pay(view: str, sent, q: Quantity, pend: int) -> tuple[int, int] | None:
    """(cue start, cue end) when the figure is the pay our side sets, or the relief a group
    qualifies for (see above), else None."""
    lo = max(_clause_start(view, sent.start, q.start), q.start - 120)
    if q.currency and _IN_RELIEF.match(view, pend, sent.end):
        m = _QUALIFY_FOR.search(view, max(lo, q.start - 40), q.start)
        if m is not None and not (_OTHER_ALWAYS.search(view, lo, m.start()) or _ADVERSARY_UNIT.search(view, lo, m.start())):
            return m.start(), m.start() + len(m.group(0).split()[0])
    if q.currency and _PAY_HOUR.match(view, pend, sent.end):
        m = _PAY_LEVEL.search(view, lo, q.start)
        if m is not None and (q.qualifier is None or q.qualifier in ("at least", "less than", "up to")):
            return m.start(), m.start() + len(m.group(0).split()[0])
    if q.percent and _PAY_RAISE_AFTER.match(view, pend, sent.end):
        m = _RECEIVE_BEFORE.search(view, max(lo, q.start - 30), q.start)
        if m is not None and _OUR_RECEIVERS.search(view, max(lo, m.start() - 80), m.start()):
            return m.start(), m.start() + len(m.group(0).split()[0])
    return None


# who receives the raise is ours: "our permanent firefighters working on the frontlines will receive"
_OUR_RECEIVERS = lazyre.compile(rf"\b(?:our|federal)\s{{1,10}}(?:[\w-]+\s{{1,10}}){{0,2}}?{_OUR_STAFF}\b", _F)


def _prev_index(doc: Document, sent) -> int:
    """The index of the sentence before `sent` (by start), -1 when none."""
    return bisect.bisect_right(doc.sentences, sent.start - 1, key=_START) - 1


_START = operator.attrgetter("start")


def _they_antecedent(doc: Document, sent, cstart: int, own):
    """The sentence a "They ..." opening `sent` may point back to: the one before it in the same
    turn, when there is a side to compare with; else None."""
    if own is None or not _THEY_OPENS.match(doc.view, sent.start, cstart):
        return None
    k = _prev_index(doc, sent)
    if k < 0:
        return None
    prev = doc.sentences[k]
    return None if prev.turn != sent.turn or prev.end > sent.start else prev


def _they_our_document(doc: Document, sent, cstart: int, own) -> bool:
    view = doc.view
    if (prev := _they_antecedent(doc, sent, cstart, own)) is None:
        return False
    lab = _TURN_LABEL.match(view, prev.start, prev.end)  # the turn's speaker label opens its first sentence
    base = lab.end() if lab else prev.start
    m = _OUR_DOCUMENT.search(view, base, min(prev.end, base + 80))
    if m is None or _STOP_PUNCT.search(view, base, m.start()):
        return False
    return _poss_ours(own, m.group("o"))


# The sentence before names our principal and a partner as one subject: "today President Biden and the
# Executive Chairman of Hyundai Motor Group will discuss ..." (then "They will announce more than $11
# billion in new investment"); the first conjunct ours, no adversary in the pair
_JOINT_OURS = lazyre.compile(
    r"(?<![\w.’'-])(?P<a>(?:(?i:the)\s{1,10})?(?:[A-Z][\w.’'-]*\s{1,10}){0,2}[A-Z][\w.’'-]*)\s{1,10}and\s{1,10}"
    r"(?P<b>(?:(?i:the|his|her)\s{1,10})?[A-Z][^,.;:?!—–()]{0,70}?)\s{1,10}(?i:will|would|[’']ll|are|plan\s{1,10}to|also)\s", regex.V1)


def _they_joint_ours(doc: Document, sent, cstart: int, own) -> bool:
    if (prev := _they_antecedent(doc, sent, cstart, own)) is None:
        return False
    m = _JOINT_OURS.search(doc.view, prev.start, prev.end)
    return (m is not None and own.search(_drop_the(m.group("a"))) is not None
            and not _OTHER_ALWAYS.search(m.group(0)))


def _poss_ours(own, o: str) -> bool:
    """A possessive owner ("our", "the U.S.'s", "the President's") that is our side."""
    return o.lower() == "our" or bool(own.fullmatch(_drop_the(_POSS_END.sub("", o))))


# Troops moved to a place (see _judge): a moving verb before the count, a capitalised destination
# after it ("to Romania", "from Fort Bragg to Poland", "into Germany"); troops only ("move 40 ships
# to the region" is a deployment of another kind, "get 10,000 people to the polls" no deployment)
_TROOP_HEADS = frozenset({"troops", "soldiers", "marines", "servicemembers", "forces", "paratroopers",
                          "sailors", "airmen", "guardsmen", "personnel"})
_MOVE_HINT = lazyre.compile_re(r"\b(?:mov|get|got|surg|rotat|reposition|redeploy|forward)")
_MOVE_TROOPS = lazyre.compile(
    r"\b(?P<v>mov(?:e|es|ed|ing)|get(?:s|ting)?|got(?:ten)?|surg(?:e|es|ed|ing)|rotat(?:e|es|ed|ing)|"
    r"reposition(?:s|ed|ing)?|redeploy(?:s|ed|ing)?|forward[- ]deploy(?:s|ed|ing)?)\b"
    r"(?P<gap>(?:\s{1,10}[\w’'-]+){0,5}?)\s{1,10}\Z", _F)
_TO_PLACE = lazyre.compile(
    r"(?:\s{1,10}(?:[\w-]+\s{1,10}){0,3}?)?(?:from\s{1,10}(?:[\w.’'-]+\s{1,10}){1,4}?)?(?:to|into)\s{1,10}(?:the\s{1,10})?(?-i:[A-Z])", _F)


_TROOP_LIST_GAP = lazyre.compile(
    r"(?:\s{1,10}from(?:\s{1,10}[\w.’'-]+){1,4}?)?\s{1,10}(?:to|into)(?:\s{1,10}[\w.’'-]+){1,3}?"
    r"\s{0,10},?\s{1,10}(?:and|plus)\s{1,10}\Z", _F)


# A subject of two names joined by "and", one of them ours, then its verb group and the object up to
# the cue (money only, see _judge): "the Export-Import Bank and the Ministry of Economy of Ukraine
# will sign an MOU with an initial amount of" (no clause opener or punctuation after the verb)
_JOINT_NAME = r"(?:(?i:the)\s{1,10})?[A-Z][\w.’'-]*(?:\s{1,10}(?:of\s{1,10}|for\s{1,10})?[A-Z][\w.’'-]*){0,5}"
_JOINT_SUBJ_VERB = lazyre.compile(
    rf"(?<![\w’'])(?P<a>{_JOINT_NAME})\s{{1,10}}and\s{{1,10}}(?P<b>{_JOINT_NAME})"
    r"(?:\s{1,10}(?:will|would|shall|are|have|has|also|just|jointly|together|[a-z]+ly)){1,3}\s{1,10}[a-z]+\b"
    r"(?:\s{1,10}(?!(?:and|but|who|which|that|we|they|it)\b)[\w’'-]+){0,10}?\s{1,10}\Z", regex.V1)


def _delegates(view: str, sent, q: Quantity, unit: str | None, pend: int):
    """(cue start, cue end, 'speaker', unit, phrase end) for the size of our delegation (see
    _DELEGATE_HEADS), else None."""
    if q.currency or q.percent or not unit or _OTHER_ALWAYS.search(view, sent.start, sent.end):
        return None
    end = pend
    om = _DELEGATE_OF.match(view, pend, sent.end)
    if om is not None:
        end = om.end()  # "members of Congress" (the unit stays the plural head)
    elif not _DELEGATE_KIND.match(unit):
        return None
    gm = _DELEGATE_GO.match(view, end, sent.end)
    if gm is not None:
        return (end, gm.end(), "speaker", unit, end)
    bm = _DELEGATION_BEFORE.search(view, max(sent.start, q.start - 160), q.start)
    if bm is not None and not _NEW_CLAUSE.search(view, bm.start(), q.start):
        return (bm.start(), bm.start() + len(bm.group(0).split()[0]), "speaker", unit, end)
    return None


def _is_troops(unit: str) -> bool:
    words = unit.lower().split()
    return words[-1] in _TROOP_HEADS or (words[-1] == "members" and len(words) > 1 and words[-2] == "service")


# The share of the costs our government pays (the White House side only): "they will be receiving a
# 90 percent federal cost share", "the president approved 100 percent federal cost share", "states
# can receive 100 percent federal reimbursement", "the federal government will cover 100 percent of
# the cost of debris removal" (the payer ours and the subject of a paying verb right before; not
# "Pell Grants once covered nearly 80 percent of the cost of college", a record of another's)
_FEDERAL_SHARE = lazyre.compile(
    r"\s{1,10}(?:federal|federally)\s{1,10}(?:cost[\s-]{1,10}share|reimbursement|funding|match|funded|paid)\b", _F)
_COST_OF = lazyre.compile(r"\s{1,10}of\s{1,10}(?:the|all|their|its)\s{1,10}(?:total\s{1,10})?costs?\b", _F)
_COST_PAYER = lazyre.compile(
    r"\b(?P<s>[\w.’'-]+(?:\s{1,10}[\w.’'-]+){0,2}?)\s{1,10}(?:(?:is|are|will|would|[’']ll|[’']s|[’']re|has|have|now|also|be|been)\s{1,10}){0,3}"
    r"(?:cover(?:s|ed|ing)?|pay(?:s|ing)?(?:\s{1,10}for)?|paid(?:\s{1,10}for)?|pick(?:s|ed|ing)?\s{1,10}up|"
    r"reimburs(?:e|es|ed|ing)|fund(?:s|ed|ing)?)\s{1,10}(?:up\s{1,10}to\s{1,10})?\Z", _F)


_SHARE_OF_FUNDS = lazyre.compile(
    r"\s{1,10}of\s{1,10}(?:(?:the|our|its|total|all|these|this|that)\s{1,10}){1,2}(?:[\w-]+\s{1,10}){0,2}?"
    r"(?:funding|funds|dollars|money|investments?|benefits|resources)\b", _F)
_SHARE_VERB = lazyre.compile(
    r"\b(?:deliver(?:s|ed|ing)?|direct(?:s|ed|ing)?|commit(?:s|ted|ting)?|target(?:s|ed|ing)?|dedicat(?:e|es|ed|ing)|"
    r"allocat(?:e|es|ed|ing)|award(?:s|ed|ing)?|obligat(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|distribut(?:e|es|ed|ing))"
    r"\s{1,10}(?:(?:more\s{1,10}than|over|nearly|about|at\s{1,10}least|roughly|some|almost)\s{1,10})?\Z", _F)


def _cost_payer(view: str, sent, q: Quantity, own) -> bool:
    """Our side (or "we") pays the share of the costs named after the figure."""
    m = _COST_PAYER.search(view, max(sent.start, q.start - 60), q.start)
    if m is None:
        return False
    subj = m.group("s")
    return bool(_WE_I.fullmatch(subj) or (own is not None and own.search(_drop_the(subj)))
                or subj.lower().endswith("federal government"))


# 11. the parts of a plan, strategy or pact of ours, counted as what it holds (like "measures in a
#     package"): "The pact has three components", "There are five overarching goals for the National
#     Biodefense Strategy". Only with the plan named as the subject ("the/this/our ... plan has") or as
#     what the parts are of ("there are N goals for the ... Strategy"); not "There's two parts to your
#     question", "it has three elements to it", "the agenda has three parts" (a meeting's topics), "there's
#     been three pillars to the president's plan"
#     (a record), nor another's ("the Russian plan has two elements").
_PART_UNITS = frozenset({"components", "goals", "pillars", "elements", "parts", "pieces", "prongs",
                         "objectives", "workstreams"})
_PLAN_NOUNS = (r"(?:pact|plan|strategy|initiative|framework|agreement|arrangement|partnership|package|proposal|"
               r"program|programme|order|memorandum|bill|legislation|rule|compact|declaration|roadmap)")
_PLAN_HAS = lazyre.compile(
    r"\b(?:the|this|our|that)\s{1,10}(?:[\w-]+\s{1,10}){0,3}?" + _PLAN_NOUNS +
    r"\s{1,10}(?:(?:itself|also|really|now|basically)\s{1,10})?(?:has|have|includes?|contains?|consists\s{1,10}of|"
    r"comprises?|is\s{1,10}made\s{1,10}up\s{1,10}of|will\s{1,10}(?:have|include|contain))"
    r"\s{1,10}(?:(?:really|basically|essentially|actually)\s{1,10})?\Z", _F)
_THERE_ARE = lazyre.compile(
    r"\b(?i:there)\s{0,3}(?:are|[’']s|is|will\s{1,10}be)\s{1,10}(?:(?:really|basically|essentially|actually)\s{1,10})?\Z", regex.V1)
_PARTS_OF_PLAN = lazyre.compile(
    r"\s{1,10}(?:for|of|to|in)\s{1,10}(?:the|our|this|that)\s{1,10}(?:[\w-]+\s{1,10}){0,4}?" + _PLAN_NOUNS + r"\b", _F)


def _plan_parts(view: str, sent, q: Quantity, unit: str | None, pend: int):
    """(cue start, cue end, who, unit, phrase end) when the figure counts the parts of a plan of ours."""
    if not unit or unit.lower().split()[-1] not in _PART_UNITS:
        return None
    lo = max(sent.start, q.start - 90)
    m = _PLAN_HAS.search(view, lo, q.start)
    if m is None:
        m = _THERE_ARE.search(view, max(sent.start, q.start - 30), q.start)
        if m is None or not _PARTS_OF_PLAN.match(view, pend, sent.end):
            return None
    if _OTHER_ALWAYS.search(view, sent.start, pend + 80) or _ADVERSARY_ADJ.search(view, sent.start, pend + 80) \
            or _POSS_S.search(view, m.start(), q.start):
        return None  # another's plan: "Russia's proposal has", "the Chinese plan has"
    return (m.start(), m.end(), "speaker", unit, pend)


def _judge(doc: Document, sent, q: Quantity, ctx, seen: dict,
           chain: dict | None = None, money_at: dict | None = None) -> tuple[Commitment | None, str]:
    """The commitment the quantity `q` of sentence `sent` states, or (None, why not). `chain`
    carries the last committed quantity of the sentence, whose cue a list item after it shares."""
    view, text = doc.view, doc.text
    own, actor_name, ref_starts, low = ctx
    if q.rule == "plural-scale":
        # "tens of millions more doses", "millions of people": a vague plural states no figure
        return None, "vague plural"
    unit, pend, added = _unit(view, q, sent.end)
    met = cost = None
    if q.percent and actor_name == "the United States" and (
            (view.find("federal", q.end, q.end + 12) >= 0 and _FEDERAL_SHARE.match(view, q.end, sent.end))
            or (view.find("cost", q.end, q.end + 30) >= 0 and _COST_OF.match(view, q.end, sent.end)
                and _cost_payer(view, sent, q, own))):
        # the share of the costs our government pays: "a 90 percent federal cost share", "approved
        # 100 percent federal reimbursement", "the federal government will cover 100 percent of the cost"
        cost = (q.start, q.start, "speaker", unit, pend)
    elif q.percent and view.find("of", q.end, q.end + 6) >= 0 and _SHARE_OF_FUNDS.match(view, q.end, sent.end):
        sv = _SHARE_VERB.search(view, max(sent.start, q.start - 50), q.start)
        if sv is not None and not _OTHER_ALWAYS.search(view, sent.start, q.start):
            # the share of our funding a programme directs: "we will be delivering 67 percent of total
            # funding ... to Justice40 communities", "it commits 40 percent of our investment in clean energy"
            cost = (sv.start(), sv.start() + len(sv.group(0).split()[0]), None, unit, pend)
    if cost is None and q.percent and _PERCENT_OF.match(view, q.end, sent.end) and not _COVERED_BY.match(view, q.end, sent.end):
        met = _MET_SHARE.search(view, max(sent.start, q.start - 30), q.start)
        if met is None or not _OF_OUR_PLEDGE.match(view, q.end, sent.end):
            return None, "share"  # a share of something: "50 percent of the world's GDP"
    # the share of a pledge our side has met: "we've already met 80 percent of that commitment"
    fam = (cost if cost is not None else (met.start(), met.end("v"), None, unit, pend) if met is not None
           else _family(view, sent, q, unit, pend, own))  # jobs, rates, capacities, accords (see there)
    if fam is None:
        dd = _deeds(view, sent, q, unit, pend, own)  # clean-up, airdrops, homes reached, relief (see there)
        if dd is not None:
            fam = dd
            unit, pend = dd[3], dd[4]
    pay = None
    if fam is None and (q.currency or q.percent):
        pay = _pay(view, sent, q, pend)  # an hourly wage or a raise our side sets (see there)
        if pay is not None:
            fam = (pay[0], pay[1], "speaker" if q.percent else None, unit, pend)
    if fam is None and not (q.currency or q.percent) and unit is not None \
            and view.find("of", max(sent.start, q.start - 6), q.start) >= 0:
        gm = _COUNT_GOAL.search(view, max(sent.start, q.start - 80), q.start)
        if gm is not None and (gm.group("o").lower() == "our" or (own is not None and own.search(_drop_the(gm.group("o"))))):
            fam = (gm.start(), gm.end(), "speaker", unit, pend)  # "the President's goal of 200 million shots"
    if fam is None and not (q.currency or q.percent) and unit is not None:
        fam = _plan_parts(view, sent, q, unit, pend)  # "The pact has three components"
    if fam is None and not (q.currency or q.percent):
        fam = _our_projects(doc, sent, q, unit, pend)
        if fam is not None and unit is None:
            unit = fam[3]  # the elided unit the sentence before names
    # Speed: a unit that rules the figure out decides before any cue is looked for: nothing
    # between the cue search and the unit test below returns, whether the figure counts parties
    # does not depend on the cue, and the cue matters there only when a "change" cue supplies a
    # missing unit ("increase the number of ... forces to 300,000"), impossible without _CHANGE_BY.
    if not (q.currency or q.percent):
        if unit is None:
            # the very window _cue searches (a slice: a word cut at its start counts as whole)
            if not _CHANGE_BY_R.search(view[max(_clause_start(view, sent.start, q.start), q.start - 120):q.start]):
                return None, "unit None"
        elif _excluded_unit(unit) and fam is None and not _counts_parties(view, sent, q, unit, pend) \
                and not _aid_packages_of(view, unit, pend, sent.end):
            return None, f"unit {unit!r}"
    if fam is not None:
        cue, cstart, cend = "verb", fam[0], fam[1]
        unit, pend = fam[3], fam[4]
    else:
        cue, cstart, cend = _cue(view, sent.start, q, pend, added, unit, sent.end, low)
        if cue is None and q.currency and view.find("spent", max(sent.start, q.start - 40), q.start) >= 0:
            sp = _HAVE_SPENT.search(view, max(sent.start, q.start - 40), q.start)
            if sp is not None and _subject(view[sent.start:sp.start()], own) == "speaker":
                # money our side has spent: "we've spent $3 billion", "I think we've spent over
                # $3 billion" (the perfect and our subject only: "we spent $150 billion as a nation
                # last year cleaning up" is a cost, "Americans have spent" theirs)
                cue, cstart, cend = "verb", sp.start(), sp.end()
    if cue is None and unit and _is_troops(unit) and (low is None or _MOVE_HINT.search(low, max(sent.start, q.start - 60), q.start)):
        mv = _MOVE_TROOPS.search(view, max(sent.start, q.start - 60), q.start)
        if (mv is not None and not _NEW_CLAUSE.search(mv.group("gap")) and _TO_PLACE.match(view, pend, sent.end)
                and not _OTHER_ALWAYS.search(view, sent.start, q.start)):
            # troops moved to a place: "we are moving 1,700 service members from Fort Bragg to
            # Poland" (the subject test decides whose), "Germany ... enabling us to get a Stryker
            # squadron of 1,000 service members very quickly to Romania" (us the mover)
            cue, cstart, cend = "verb", mv.start(), mv.end("v")
            if _US_AGENT.search(view, max(sent.start, mv.start() - 30), mv.start()):
                fam = (cstart, cend, "speaker", unit, pend)
    if cue is None and unit and unit.lower().split()[0] in _AREA_UNITS:
        am = _AREA_VERB.search(view, max(sent.start, q.start - 80), q.start)
        if am is not None:
            cue, cstart, cend = "verb", am.start(), am.start() + len(am.group(0).split()[0])
        elif (am := _AREA_AFTER.match(view, pend, sent.end)) is not None:
            cue, cstart, cend = "passive", q.start, q.start
    listed = False
    if (cue is None and chain and "end" in chain and chain["end"] <= q.start
            and _LIST_GAP.match(view[chain["end"]:q.start])
            and not _subject_after(view, low, pend, sent.end)):
        cue, cstart, cend = chain["cue"]  # a list item shares the verb of the item before it
        listed = True
    if (cue is None and chain and "end" in chain and chain["end"] <= q.start and unit and _is_troops(unit)
            and _TROOP_LIST_GAP.match(view, chain["end"], q.start) and not _subject_after(view, low, pend, sent.end)):
        # troops moved to one place, then more to another: "we are moving 1,700 service members from
        # Fort Bragg to Poland, and approximately 300 service members from Fort Bragg to Germany"
        cue, cstart, cend = chain["cue"]
        listed = True
    if (cue is None and q.currency and chain and 0 <= chain.get("end", -1) <= q.start
            and _SEMI_LIST.fullmatch(view, chain["end"], q.start)
            and not _APPOS_VERB.search(view, chain["end"], q.start)
            and not _subject_after(view, low, pend, sent.end)):
        # a semicolon list of funded items: "funding for the I-10 Calcasieu River Bridge, $150 million;
        # the Metra UP-North line ...; I-10 freight corridor — $60 million in Mississippi"
        cue, cstart, cend = chain["cue"]
        listed = True
    if (cue is None and q.currency and chain and 0 <= chain.get("end", -1) <= q.start and "said" in chain
            and not chain["said"][2] and _SEMI_NEXT.fullmatch(view, chain["end"], q.start)
            and not _SEMI_NEXT_NOT.search(view, chain["end"], q.start)
            and not _subject_after(view, low, pend, sent.end)):
        # the next amount of a list of funded items opens its item after a semicolon: "We're also
        # contributing about $9.7 million for technical electoral assistance ...; about $1.2 million
        # also from the State Department to restore Iraqi universities" (money after money)
        cue, cstart, cend = chain["cue"]
        listed = True
    if cue is None and q.currency and chain and "said" in chain and chain["said"][2] and chain["said"][1] <= q.start \
            and _VALUED_GAP.fullmatch(view, chain["said"][1], q.start):
        # the value of the items just counted: "have closed 12 deals in Angola with a combined
        # value of $6.9 billion", "closing more than 500 trade and investment deals, valued at ..."
        cue, cstart, cend = chain["said"][0]
        listed = True
    if cue is None and q.currency and chain and "said" in chain and chain["said"][2] and chain["said"][1] <= q.start \
            and _RESTATE_GAP.fullmatch(view, chain["said"][1], q.start):
        # a count or share restated in money after a dash: "increase funding for this work by
        # roughly 50 percent — 60-odd million dollars above what was enacted last year"
        cue, cstart, cend = chain["said"][0]
    if unit is None and cue == "change":
        # "increase the number of high-readiness forces to 300,000": the unit is named before
        nm = _NUMBER_OF.search(view, cstart, q.start)
        unit = nm.group(1) if nm else None
    party = False
    if not (q.currency or q.percent) and unit and unit.lower().split()[-1] in _PARTY_UNITS:
        lo = max(sent.start, q.start - 100)
        party = _counts_parties(view, sent, q, unit, pend)
        if party and cue is None:
            gm = _GROWN_TO.search(view, lo, q.start)
            if gm is not None and not _reaches_parties(view, sent, q, pend):
                cue, cstart, cend = "verb", gm.start(), gm.end()
    if not (q.currency or q.percent) and not party and fam is None and _excluded_unit(unit) \
            and not _aid_packages_of(view, unit, pend, sent.end):
        return None, f"unit {unit!r}"
    if cue is None and party:
        ri = _reach_in(view, max(sent.start, q.start - 100), q.start)
        if ri is not None:  # "provide technical assistance ... in up to eight countries"
            cue, cstart, cend = "verb", ri, ri + len(view[ri:q.start].split()[0])
    if cue is None and party:
        ww = _WORK_WITH.search(view, max(sent.start, q.start - 40), q.start)
        if ww is not None:  # "Our ... Surge Response Teams are now working with 16 states"
            cue, cstart, cend = "verb", ww.start(), ww.start() + len(ww.group(0).split()[0])
    if cue is None and party:
        # "we announced the addition of six new countries": the announcing verb is the cue
        am = None
        for am in _ANNOUNCE_BEFORE.finditer(view, max(sent.start, q.start - 100), q.start):
            pass
        if am is not None and not _NEW_CLAUSE.search(view, am.end(), q.start) and "," not in view[am.end():q.start]:
            cue, cstart, cend = "verb", am.start(), am.end()
    if cue is None and unit and _ACTS_UNIT.search(unit) and _ACTS_VERB.search(view, max(sent.start, q.start - 30), q.start):
        cue, cstart, cend = "verb", q.start, q.start
        am = _ACTS_VERB.search(view, max(sent.start, q.start - 30), q.start)
        cstart, cend = am.start(), am.end()
    if unit and _ADVERSARY_UNIT.search(unit) and not (
            cue == "verb" and _SANCTION_VERB.match(view, cstart, cend)):
        return None, "adversary's"  # "5,000 Taliban fighters", "six Iranian ballistic missiles"
    if cue is None:
        ba = _BY_AGENT_AFTER.match(view, pend, sent.end)
        if ba and own is not None and own.search(_drop_the(ba.group("by"))):
            cue, cstart, cend = "relative", pend, ba.end()  # "1.2 billion doses committed by the United States"
    if cue is None and q.currency and own is not None:
        sh = _OUR_SHARE.search(view, max(sent.start, q.start - 120), q.start)
        if sh is not None and _poss_ours(own, sh.group("o")):
            # "The U.S. portion of that was $1 billion": our side's share of a commitment named
            cue, cstart, cend = "frame", sh.start(), sh.end("n")
    if cue is None and q.currency and own is not None:
        pm = _OUR_PLEDGE_ON.search(view, max(sent.start, q.start - 100), q.start)
        if pm is not None and _poss_ours(own, pm.group("o")) \
                and not _VERB_RE.search(pm.group("gap")) and not _NEW_CLAUSE.search(pm.group("gap")):
            # "the President's pledge both on the $11 billion and also on the $3 billion for PREPARE"
            cue, cstart, cend = "relative", pm.start(), pm.end("n")
    if (cue is None and q.currency and _FRAGMENT_OPEN.fullmatch(view, sent.start, q.start)
            and _TO_BUILD.match(view, pend, sent.end) and not _APPOS_VERB.search(view, pend, sent.end)
            and not _FRAGMENT_VERB.search(view, pend, sent.end)):
        # a verbless opening that sizes our programme by its purpose: "As you know, $1.2 trillion to
        # rebuild the country and build a better America: roads, bridges, ..."
        cue, cstart, cend = "frame", q.start, q.start
    if (cue is None and q.currency and money_at and money_at.get(sent.turn, sent.end) < sent.start
            and q.start - sent.start <= 80 and view[sent.start:q.start].rstrip()[-1:] in _FRAG_LEAD
            and not _FRAG_FINITE.search(view, sent.start, q.start)
            and not _VERB_RE.search(view, sent.start, q.start)):
        fp = _FRAG_PURPOSE.match(view, pend, sent.end)
        if fp is not None and not _FRAG_FINITE.search(view, fp.end(), sent.end):
            # a verbless item of the list of amounts this answer gives: "We're also contributing about
            # $9.7 million ... Similar to the — in the COVID bucket, about $800,000 towards facilitating
            # high-consequence pathogen track-and-trace methodology."
            cue, cstart, cend = "frame", q.start, q.start
    if cue is None and q.currency and _OUT_THE_DOOR.match(view, pend, sent.end):
        # "We have $185 billion out of the door": money delivered (the subject decides whose)
        cue, cstart, cend = "verb", q.start, q.start
    if cue is None and view.find("available", pend, pend + 60) >= 0 and _AVAILABLE_AFTER.match(view, pend, sent.end):
        mk = _MAKE_BEFORE.search(view, max(sent.start, q.start - 40), q.start)
        if mk is not None and not _OTHER_ALWAYS.search(view, sent.start, q.start):
            # "HHS is making $150 million available to community-based healthcare providers", "he will
            # make $3.2 billion available to states" (the subject decides whose)
            cue, cstart, cend = "verb", mk.start(), mk.end()
    if (cue is None and not q.currency and unit and unit.lower().split()[-1] in _RESPONDER_HEADS
            and view.find("ground", pend, pend + 50) >= 0 and _ON_THE_GROUND.match(view, pend, sent.end)
            and not _OTHER_ALWAYS.search(view, sent.start, q.start)):
        # responders our side has sent: "we have over 900 personnel on the ground", "Nearly 4,000
        # federal personnel are on the ground now" (the subject decides whose)
        cue, cstart, cend = "passive", q.start, q.start
    if (cue is None and not (q.currency or q.percent) and unit and unit.lower().split()[-1] in _ARRIVAL_HEADS
            and view.find("arriv", pend, pend + 50) >= 0 and _ARRIVED.match(view, pend, sent.end)
            and not _OTHER_ALWAYS.search(view, sent.start, sent.end)):
        # help delivered on arrival: "60 FEMA medical personnel and 30 ambulances arrived last week to
        # help", "nearly 40 more medical personnel arriving next week", "600,000 doses have arrived"
        cue, cstart, cend = "passive", q.start, q.start
    if cue is None and view.find("going", pend, pend + 40) >= 0 and _GOING_OUT.match(view, pend, sent.end) \
            and not _OTHER_ALWAYS.search(view, sent.start, sent.end):
        # goods or money on their way out: "we have over 22 million doses going out the door just this
        # week", "$500 million is going out as quickly as we can", "400 million high-quality masks going out for free"
        cue, cstart, cend = "passive", q.start, q.start
    if cue is None and q.currency and view.find("go", pend, pend + 40) >= 0:
        gm = _GO_TO_AFTER.match(view, pend, sent.end)
        if (gm is not None and not _MONEY_STAT.search(view, gm.end(), min(sent.end, gm.end() + 40))
                and not _OTHER_ALWAYS.search(view, sent.start, min(sent.end, gm.end() + 40))):
            # the money's destination: "And $815 million will go to manufacture critical testing
            # supplies", "$2 billion will go to help save lives" (not "went to profits")
            cue, cstart, cend = "passive", q.start, q.start
    if cue == "relative" and _HE_SHE_REL.match(view[cstart:cend]) \
            and not _he_is_ours(view, sent.start, cstart, actor_name):
        cue = None
    if cue is None:
        return None, "no cue"
    # who: the subject of the cue (nominal frames: a possessive right before the frame)
    if cue == "frame" and cstart < q.start:
        poss = view[max(sent.start, cstart - 30):cstart]
        who = ("other" if _THEIR_POSS_END.search(poss)
               else "speaker" if _OUR_POSS_END.search(poss) else
               _subject(view[sent.start:cstart], own))
    else:
        who = _subject(view[sent.start:min(cend, q.start)], own)
    if cue == "frame" and who != "speaker":
        # the frame is the object of our verb: "with President Biden announcing ... the
        # additional deployment of 500 troops"
        lo = max(sent.start, cstart - 100)
        vm = None
        for vm in _VERB_RE.finditer(view, lo, cstart):
            pass
        if vm is not None and not _CLAUSE_PUNCT.search(view, vm.end(), cstart):
            an = _AGENT_NAME.search(view, max(sent.start, vm.start() - 60), vm.start())
            if an and (_WE_I.match(an.group("n"))
                       or (own is not None and own.search(an.group("n").strip()))):
                who = "speaker"
    if cue == "noun":
        owner = _noun_owner(view, sent.start, q, pend, sent.end, own)
        if owner in ("speaker", "other"):
            who = owner
    if cue == "relative" or (cue == "noun" and who == "speaker"):
        who = "speaker"
    elif who != "speaker" or cue in ("more", "change", "frame"):
        clause = view[max(sent.start, q.start - 160):q.start]
        pm = None
        for pm in _THEIR_COMMITMENT.finditer(clause):
            pass
        if pm and _JOIN_US.match(clause, pm.end()):
            pm = None  # "their pledges to join us to boost lending capacity by $100 billion": a joint pledge
        if pm and not _OUR_COMMITMENT.search(clause, pm.end()) and not (own is not None and own.search(_APOS_S_END.sub("", pm.group("who")))) \
                and not (who == "speaker" and _nearest_subject(clause[pm.end():], own)[1] == "speaker"):
            # ... unless our side is named as the subject after it: "After China announced its plan,
            # the President set a target to reduce emissions by 50 percent"
            who = "other"
    if cue != "relative" and _np_other(view, sent.start, q, pend, sent.end, own):
        who = "other"
    if fam is not None and fam[2] is not None:
        who = fam[2]
    if (who == "other" and q.currency and actor_name == "the United States" and cue in ("verb", "change", "more")
            and _CONGRESS_FUNDS.search(view, max(sent.start, cstart - 80), cend if cue != "more" else cstart)):
        who = "speaker"  # "Congress appropriated over $3 billion to ASFF": our government funds our programme
    if who == "other" and cue == "verb" and _they_our_document(doc, sent, cstart, own):
        who = "speaker"  # "the President's budget includes $807 million ... Together, they propose a $950 increase"
    if who == "other" and cue == "verb" and _they_joint_ours(doc, sent, cstart, own):
        who = "speaker"  # "President Biden and the Executive Chairman of Hyundai will discuss ... They will announce"
    if (who == "other" and q.currency and actor_name == "the United States" and cue == "verb"
            and _PRIVATE_PLEDGE.search(view, max(sent.start, q.start - 80), q.start)
            and not _OTHER_ALWAYS.search(view, sent.start, q.start)):
        who = "speaker"  # a company's investment pledge our principal announces (see _PRIVATE_PLEDGE)
    if who == "other" and q.currency and cue in ("verb", "frame") and own is not None \
            and view.find(" and ", max(sent.start, cstart - 160), cstart) >= 0:
        jm = _JOINT_SUBJ_VERB.search(view, max(sent.start, cstart - 160), cstart)
        if (jm is not None and (own.search(_drop_the(jm.group("a"))) or own.search(_drop_the(jm.group("b"))))
                and not _OTHER_ALWAYS.search(jm.group(0))):
            who = "speaker"  # "the Export-Import Bank and the Ministry of Economy of Ukraine will sign an MOU with ... $3 billion"
    if who == "speaker" and q.currency and cue == "verb" and view.find(" and ", sent.start, cstart) >= 0 \
            and _DEAL_WORTH.search(view, max(sent.start, q.start - 80), q.start):
        # the value of a deal our side is only a party to: "Japan and the United States will sign a
        # deal worth $5 billion" (trade between them, not money we commit)
        jn = None
        pre = view[sent.start:cstart]
        for jn in _named_subjects(pre):
            pass
        joint = _joint_of(pre, jn) if jn is not None else ""
        if joint and not all(_owns(own, x.strip(" ,")) for x in _AND_SPLIT.split(joint) if x.strip(" ,")):
            who = "other"
    if who == "other" or (cue == "added" and who != "speaker"):
        return None, f"subject {who} ({cue})"
    if cue in ("verb", "change", "frame") and _NEGATED.search(view[max(sent.start, cstart - 40):cstart]):
        return None, "negated"
    if cue == "change" and who != "speaker" and not _FRAME.search(view[max(sent.start, cstart - 120):q.start]):
        return None, "change by nobody"  # "airfares increased by 10 percent"
    if q.percent and q.value == 100 and _PCT_IDIOM.match(view, q.end, sent.end):
        return None, "idiom"  # "we support our athletes 100 percent", "100 percent committed"
    if q.percent and fam is None and (_PCT_STAT.search(view[max(sent.start, q.start - 120):q.start])
                      or _UP_DOWN.search(view, max(sent.start, q.start - 12), q.start)) \
            and not (cue == "verb" and _POLICY_LIMIT.match(view, cstart, q.start)):  # "raise the rate for the ... tax to 21 percent"
        return None, "percent statistic"  # "the unemployment rate has fallen an additional 0.8 points"
    if (q.currency or q.percent) and pay is None and _PER_UNIT.match(view, pend, sent.end):
        return None, "rate"  # "fines up to $13,600 per violation", "$5 a gallon": a price or rate
    if _FORECAST.search(view[max(sent.start, cstart - 40):cstart]):
        return None, "forecast"  # "we're positioned to build a billion solar panels"
    fo = _FROM_OTHER.match(view, pend, sent.end) if q.currency else None
    if fo and _LEVERAGE.search(view[max(sent.start, q.start - 60):q.start]):
        fo = None  # "build on an additional $22 million from Unitaid": money our side mobilises, a result we announce
    if fo and (fo.group("grp") or not (_PROGRAMME.search(fo.group("n")) or (own is not None and own.search(fo.group("n")))
                                       or _ACRONYM_ONLY.fullmatch(fo.group("n")))):
        return None, "third party's money"  # "$150 million from the Gap", "$700 million from Millicom"
    ms = _MONEY_STAT.search(view[pend:min(sent.end, pend + 40)]) if q.currency else None
    if ms is not None and ms.group(0)[:4].lower() == "debt" and _DEBT_RELIEVED.search(view, max(sent.start, q.start - 40), q.start):
        ms = None  # the debt our side cancels: "proud to have already canceled $116 billion in student loan debt"
    if q.currency and (ms is not None or _MONEY_DIFF.match(view, pend, sent.end)) \
            and not (cue == "verb" and _POLICY_LIMIT.match(view, cstart, q.start)):  # "lowers the deficit by $3 trillion on top of ..."
        return None, "money statistic"  # "contribute $5.4 trillion to our economy"
    if _TAKE_HINT.search(view, max(sent.start, q.start - 40), q.start) and _IT_TOOK.search(view, max(sent.start, q.start - 40), q.start):
        return None, "requirement"  # "given it took 6,000 troops to protect the airport": what a task needed
    if unit == "cents" and _MY_CENTS.search(view, max(sent.start, q.start - 8), q.start):
        return None, "idiom"  # "I just want to add my two cents here"
    if not (q.currency or q.percent) and _COMMEMORATE.search(view, max(sent.start, q.start - 60), q.start):
        return None, "commemorated"  # "the shared commitment ... to remember the 6 million Jews who were"
    if q.percent and _POLL_AFTER.match(view, pend, sent.end):
        return None, "poll share"  # "Fifty-eight percent also support expanding ... subsidies"
    if view.find("you", sent.start, q.start) >= 0 and _IF_YOU.search(view, sent.start, q.start):  # "you" in every match, lower case
        return None, "illustration"  # "if you're enrolled ... and your loan accrues $50 in interest"
    if view.find("dministration", sent.start, q.start) >= 0:
        pm = _PREDECESSOR.search(view, sent.start, q.start)
        if pm is not None and not _WE_ANY.search(view, sent.start, q.start) \
                and not (own is not None and own.search(view, pm.end(), q.start)):  # "..., President Biden delivered"
            return None, "predecessor's"  # "At the end of the previous administration, only 7,000 borrowers had been approved"
    if not (q.currency or q.percent) and q.value == int(q.value) and q.value >= 100 \
            and _BARE_LABEL_AFTER.match(view, q.end, sent.end) \
            and any(m.group("n") == str(int(q.value)) for m in _SECTION_NUM.finditer(view)):
        return None, "label"  # "tripling the 301 tariffs" where the briefing names "Section 301"
    if not (q.currency or q.percent) and q.value > 1 and not _plural(unit) and unit != "them":  # "614,000 of them" (_deeds)
        return None, "singular unit"  # "the 988 line": a name, not a count
    key = _seen_key(q, unit)
    if chain is not None and cue in ("verb", "frame", "passive", "more", "added", "noun", "relative", "money"):
        chain["cue"], chain["end"] = (cue, cstart, cend), pend
    if chain is not None:
        # a kept figure a dash may restate in money (see _RESTATE_GAP); not money itself: "cut the
        # deficit by $1.2 — $1.7 trillion" corrects the figure, and "$5 million — $3 million for" splits it
        chain["said"] = ((cue, cstart, cend), pend, not q.currency)
    if key in seen and not (_INDEF_BEFORE.search(view, max(sent.start, q.start - 40), q.start)
                            and _other_recipient(view, sent, seen[key], own)):
        return None, "duplicate"
    seen.setdefault(key, []).append((sent.start, sent.end))
    status_end = pend
    if cue == "passive":  # "3,000 troops will be deployed": the verb group follows
        pm = (_PASSIVE_AFTER.match(view, pend, sent.end) or _SHIP_AFTER.match(view, pend, sent.end)
              or _GO_TO_AFTER.match(view, pend, sent.end) or _GOING_OUT.match(view, pend, sent.end)
              or _ARRIVED.match(view, pend, sent.end) or _ON_THE_GROUND.match(view, pend, sent.end))
        status_end = pm.end() if pm else pend
    if cue == "relative":
        status = _status(view, cstart, cend, "verb")
    else:
        status = _status(view, max(sent.start, min(cstart, q.start) - 60), status_end, cue)
    if status is None and cue == "passive" and (_ON_THE_GROUND.match(view, pend, sent.end) or _GOING_OUT.match(view, pend, sent.end)):
        status = "in progress"  # "we have over 300 personnel on the ground", "22 million doses going out the door"
    if (cue == "change" or cue == "more" and q.percent) and status == "delivered" \
            and _TREND.search(view[pend:sent.end]):
        seen[key].pop()
        if not seen[key]:
            del seen[key]
        return None, "past trend"  # "we've cut funding ... by 27 percent since FY2010"
    pm = _PURPOSE.match(view, pend, sent.end)
    purpose = None
    # "to/for <what>"; for money also "$650 million in security assistance", "a $60 million
    # security assistance package for Ukraine" (purpose.py)
    span = (pm.start("p"), pm.end("p")) if pm else \
        _purpose.after_amount(view, pend, sent.end) if q.currency else None
    if span:
        ps, pe = span
        k = bisect.bisect_right(ref_starts, ps)  # a day reference ends what it is for
        if k < len(ref_starts) and ref_starts[k] < pe:
            pe = ref_starts[k]
        purpose = " ".join(text[ps:pe].split()) or None
        if purpose and purpose.split()[-1].lower() in ("in", "on", "at", "the", "of", "by"):
            purpose = " ".join(purpose.split()[:-1]) or None
    phrase = text[q.start:pend]
    return Commitment(
        quantity=q.value, unit=unit, phrase=phrase, evidence=doc.evidence(sent.start, sent.end),
        approximate=q.approximate, quantity_max=q.value_max, actor=actor_name, status=status,
        purpose=purpose, kind="quantity", phrase_start=q.start, phrase_end=pend), f"kept ({cue}{', listed' if listed else ''})"


def _pledge(doc: Document, sent, actor: str, pos: int | None = None) -> Commitment | None:
    """`pos`: where to start looking, when no _PLEDGE match can start before it."""
    view = doc.view
    for m in _PLEDGE.finditer(view, sent.start if pos is None else pos, sent.end):
        v = (m.group("v") or m.group("v2") or "").lower()
        if v not in _PLEDGE_VERBS or _PLEDGE_NOT.match(view, m.end(), sent.end):
            continue
        if v == "do" and not _DO_MORE.match(view, m.end(), sent.end):
            continue  # "we'll do that", "we'll do Q&A"
        if _PLEDGE_OBJ_PRON.match(view, m.end(), sent.end) or _PLEDGE_REL.search(view[max(sent.start, m.start() - 14):m.start()]):
            continue  # "we will provide that", "what we will do to ..."
        # "we will do more to ..." / "our aim is to make ...": the clause up to its end
        end = sent.end
        cut = _CLAUSE_END.search(view[m.start():sent.end])
        if cut:
            end = m.start() + cut.start()
        while end > m.start() and view[end - 1] in " .\t\r\n":
            end -= 1
        status = "planned"
        return Commitment(quantity=None, unit=None, phrase=doc.text[m.start():end],
                          evidence=doc.evidence(sent.start, sent.end), actor=actor, status=status,
                          purpose=None, kind="pledge", phrase_start=m.start(), phrase_end=end)
    return None
