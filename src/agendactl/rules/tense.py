"""Clause tense around a mention: "future", "past" or None (present / unknown).

The clause is the stretch of the sentence around the mention, cut at sentence ends, semicolons
and line breaks, at most ~140 characters each side. The nearest strong marker wins (will, shall,
going to, plan, upcoming / was, were, did, had, ago, said); otherwise the nearest past participle
in -ed that follows a subject-like word; otherwise None.
"""
from __future__ import annotations

import re as _re

import regex

from . import lexicon as _lexicon
from .. import lazyre

_WINDOW = 140
# Sentence ends and blank lines bound a clause; a single line break does not (transcripts are
# often hard-wrapped mid-sentence), nor do quotes (titles: the “Blueprint for …” in July).
_BOUNDARY = lazyre.compile(
    r"(?:(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov"
    r"|Lt|Col|Sgt|Capt|Prof|U\.S|U\.N|U\.K|E\.U|a\.m|p\.m|No|vs|Inc|Corp|Co|Ltd|Jr|Sr|[A-Z]))\."
    r"|[!?;])(?=[\s\"“”'’])|\n[ \t\r\u00a0]*+\n")  # abbreviation dots ("Sept. 14") end nothing

_FUTURE = lazyre.compile(
    r"""\b(?:will|won['’]t|shall|would|wouldn['’]t|might|(?<=\w)['’]ll|going\ to|gonna|plans?\ to
    |planning|planned|intends?\ to|expects?\ to|expected\ to|scheduled|slated|upcoming|forthcoming|set\ to
    |due\ to(?![ \t\r\n]+(?:the|a|an|their|theirs|his|her|its|our|my|your|this|that|these|those|some|lack|concerns?|covid|weather)\b)|is\ to|are\ to|was\ to|were\ to|to\ be\ held|ahead(?!\ of)|preview(?:ing)?|looking\ forward
    |looks\ forward|look\ forward|payable|effective|supposed\ to|deadline|next(?!\ to\b|\ door)|anticipat\w*|expect\w*
    |hope\ to|hoping\ to|aim\ to|aims\ to|seeks?\ to|soon
    # "an election coming up in October", "the summit that's coming up"
    |coming\ up
    # "should" of expectation (not of duty, "they should face prosecution", nor "I should say"):
    # "in a year, we should be in a much better position", "should be able to by July"
    |should\ (?:(?:also|now|then|still|soon|all)\ )?(?:be\ (?:able|ready|done|complete|completed|finished
      |available|back|in\ a)|arrive))\b""",
    regex.I | regex.X)
# Auxiliaries and adverbs that fix a past reading
_PAST = lazyre.compile(
    r"""\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|ago|earlier|last|been|
    has\ been|have\ been
    |threw|found|knew|thought|heard|caught|chose|drew|drove|fought|flew|forgot|grew|sought
    |stole|swore|taught|understood|wrote|brought|gave|took|went|came|began|withdrew|met|spoke
    |became
    # a perfect participle clause: "having traveled with the President to Texas on Friday"
    |having\ (?:[a-z]{3,}ed|been|spoken|seen|met|made|done|given|taken|held|gone|come|said|told
      |sent|brought|written|become|begun|known|won|lost|paid|led|left|heard|found|kept|put|had))\b""",  # irregular past forms that are not also common nouns/adjectives ("shot")
    regex.I | regex.X)
# A subject right before an -ed form makes it a past verb: "that we issued", "the White House
# released" (the verb is group "v"; matched with its subject, which is fast to find)
_SUBJECT_ED = lazyre.compile(
    r"""\b(?:I|we|you|he|she|they|it|who|which|that|House|administration|President|government)
    # (after a subject pronoun even these are verbs: "a proposal on Friday that I detailed")
    # (not the future words: "he said that he expected relief", as before)
    [ \t\r\n]{1,3}(?P<v>(?!(?:expected|scheduled|supposed|planned)\b)
    (?!(?<!\bI[ \t\r\n])(?<!\bwe[ \t\r\n])(?<!\bhe[ \t\r\n])(?<!\bshe[ \t\r\n])(?<!\bthey[ \t\r\n])
    (?:united|based|concerned|interested|related
    |used|needed|proposed|limited|advanced|detailed|continued)\b)[a-z]{3,}ed)\b""",
    regex.I | regex.X)
# Past verb forms: weaker evidence (many -ed words are adjectives; "said" dates the report)
_PAST_WEAK = lazyre.compile(
    r"""\b(?:said|told|met|went|came|took|gave|made|held|saw|spoke|began|left|fell|rose
    # "got", but not "we've got" / "he's got" / "have got" (= have: the present)
    |(?<!have\ )(?<!has\ )(?<!'ve\ )(?<!’ve\ )(?<!'s\ )(?<!’s\ )got
    |became|sent|won|lost|hit|brought|bought|sold|paid|kept|found|led|ran|struck|wrote|began
    |[a-z]{3,}ed
    # present perfect: weak, as its object often looks ahead ("has decided to admit them in
    # early March") while the reported act is past; weekdays ignore it (resolve.py)
    |(?:has|have|['’]ve|hasn['’]t|haven['’]t)(?:\ (?:already|also|just|now|not|never|recently|both))?
      \ (?:spoken|seen|made|done|given|taken|gone|come|told|written|known|shown|grown|kept|put|gotten))\b""",
    regex.I | regex.X)
# -ed words that are usually adjectives, not past verbs
_NOT_PAST = frozenset("""united based concerned interested related expected scheduled limited
advanced supposed used needed detailed proposed planned continued increased reduced combined
coordinated sustained dedicated red need seed feed speed indeed hundred embed shed bed proceed
succeed exceed weed breed armed allied skilled qualified talented experienced embargoed""".split())


# "ahead of X" is a future cue only for a mention inside X (no comma or clause break between):
# "Just ahead of the trip, the department on Sunday issued ..." dates the issuing, not the trip
_AHEAD_OF = lazyre.compile(r"\b(?i:ahead[ \t\r\n]+of|in[ \t\r\n]+advance[ \t\r\n]+of)\b[^,;:.!?—–]*+$")
_AHEAD_WORDS = ("ahead", "advance")  # one of them is in every _AHEAD_OF match
# "in the run-up to X" looks ahead to X only from now: with no past verb, or a present perfect
# ("which has been a move ... in the run-up to the November elections"); a simple past
# ("sent letters about communications in the lead-up to January 6th") dates X in that past
_PLAN_TO = lazyre.compile(r"\b(?i:agreement|agreed|plans?|planned|decided|decision|commitment|committed|"
                         r"intention|invitation|invited|pledged|promised|vowed"
                         # ... or who was asked: "the President invited Prime Minister Sunak to visit
                         # him in Washington in June" (the visit lies ahead of the invitation)
                         r"|(?:invited|asked|urged)(?:[ \t\r\n]++(?!(?i:to)\b)[\w.'’-]++){1,4}?)[ \t\r\n]++to[ \t\r\n]++"
                         r"(?!(?i:by|the|a|an|that|this|it|them)\b)[a-z]++\b(?:[^,;:.!?—–]|\.(?=\S))*+$")  # ("U.S.-Mexico" inside)
_DIGIT = lazyre.compile(r"\d")  # a dated day ("agreed to withdraw all troops by May 1st") keeps its tense
_MONTH_IN = lazyre.compile(rf"\b(?:{'|'.join(m.capitalize() for m in _lexicon.MONTHS)})\b")  # full names, capitalised
_HAVE_NEAR = lazyre.compile(r"\b(?i:has|have|['’]ve)\b[^.?!]{0,12}$")  # "have there been", "has ... said"
_RUN_UP = lazyre.compile(r"\b(?i:in[ \t\r\n]+the[ \t\r\n]+(?:run|lead|build)-up[ \t\r\n]+to)\b[^,;:.!?—–]*+$")
_IRREGULAR = frozenset("""threw found knew thought heard caught chose drew drove fought flew forgot grew
sought stole swore taught understood wrote brought gave took went came began withdrew met spoke
became""".split())
# a simple past verb, then a clause it heads: "made a point about encouraging others that are"
_PAST_THEN_CLAUSE = lazyre.compile(
    r"\b(?P<v>(?i:said|told|made|gave|took|sent|spoke|wrote|brought|announced|stressed|noted|urged|"
    r"emphasized|emphasised|explained|warned|reiterated))\b[^.;:!?—–]*?\b(?i:that|which|who)\b")
_PARTICIPLE_BEFORE = lazyre.compile(
    r"\b(?i:is|are|was|were|be|been|being|am|has|have|had|having|to|get|gets|got|will|would)[ \t\u00a0\r\n]++$")
_AUX_BEFORE = lazyre.compile(r"\b(?i:is|are|be|being|am|will|would|to|get|gets)[ \t\r\n]+$")


def _clause(view: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    left = view[lo:start]
    cut = None
    for m in _BOUNDARY.finditer(left):
        cut = m.end()
    a = lo + cut if cut is not None else lo
    hi = min(len(view), end + _WINDOW)
    m = _BOUNDARY.search(view, end, hi)
    b = m.start() + 1 if m else hi
    return a, b


def _nearest(pattern, view, a, b, start, end, skip=frozenset(), group=0, ctx=None, skip_after=frozenset(),
             holes=()):
    """(distance, word, start) of the marker (`group` of each match) nearest the mention, or
    None. `ctx` (a `Markers` of this view) finds the same markers faster. Markers in `skip`
    (lowercase) never count, those in `skip_after` only before the mention, those inside a span
    of `holes` (asides) never."""
    spans = ctx.spans(pattern, a, b) if ctx is not None else _spans(pattern, view, a, b, group)
    best = None
    for s, e in spans:
        if start <= s < end:
            continue  # a word of the mention itself ("last week") is not clause tense
        if holes and any(hs <= s < he for hs, he in holes):
            continue
        if skip and view[s:e].lower() in skip:
            continue
        if skip_after and s >= end and " ".join(view[s:e].lower().split()) in skip_after \
                and _RELATIVE.search(view, end, s):
            continue
        d = start - e if e <= start else s - end
        if best is None or d < best[0]:
            best = (d, view[s:e], s)
    return best


def _spans(pattern, text, a, b, group=0) -> list[tuple[int, int]]:
    """The spans (of `group`) of the marker matches in the clause [a, b): the plain scan."""
    return [mm.span(group) for mm in pattern.finditer(text, a, b)]


# The four clause marker patterns again for stdlib `re`, lowercased and without the ignore-case
# flag, run on the document's ASCII copy of its lowercased text (lexicon.ascii_copy: "’" as "'",
# other non-ASCII characters as "?", same offsets): 2-4x faster than `regex` with IGNORECASE.
# They find the same matches in a clause whose characters (and the one before it, which \b and
# the lookbehind read; nothing after `b` is read) include no non-ASCII word character: there
# A-Z/a-z read alike in both (the only non-ASCII characters that match an ASCII letter
# case-insensitively, "İ", "ſ" and the Kelvin sign, are word characters), every other
# character is a non-word character to both, and "’" only occurs in these patterns as ['’].
# Their first alternation is also factored by leading letters ("w(?:ill|o(?:n't|uld...))"):
# `re` tries an alternation's branches one by one at each word start, and this leaves a few.
# Exact: branches starting with different letters never match at the same place, and those
# sharing one keep their order (a branch not led by a plain letter stays where it is, and
# factoring restarts after it).
def _stdlib(p) -> "_re.Pattern[str]":
    src = p.pattern.replace("’", "'")
    assert not _re.search(r"\\[A-Z]", src)  # lowercasing must not turn \B into \b, \W into \w ...
    src = _unverbose(src.lower().replace("(?p<", "(?P<"))
    k = src.index("(?:")
    alts, e = _alternatives(src, k)
    return _re.compile(src[:k] + "(?:" + _factor(alts) + ")" + src[e + 1:])


def _unverbose(src: str) -> str:
    """A verbose pattern's source without its comments and layout blanks."""
    out, i, n, in_set = [], 0, len(src), False
    while i < n:
        c = src[i]
        if c == "\\":
            out.append(src[i:i + 2])
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        elif c == "#":
            j = src.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        elif c in " \t\r\n\f\v":
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _alternatives(src: str, k: int) -> tuple[list[str], int]:
    """The top-level branches of the group opening at src[k] ("(?:") and where it closes."""
    parts, cur, i, depth, in_set = [], k + 3, k + 3, 1, False
    while True:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                parts.append(src[cur:i])
                return parts, i
        elif c == "|" and depth == 1:
            parts.append(src[cur:i])
            cur = i + 1
        i += 1


def _factor(alts: list[str]) -> str:
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        groups: dict[str, list[str]] = {}
        for a in run:
            groups.setdefault(a[0], []).append(a[1:])
        for ch, rests in groups.items():
            out.append(ch + (rests[0] if len(rests) == 1 else "(?:" + _factor(rests) + ")"))
        run.clear()

    for a in alts:
        if a[:1].isascii() and a[:1].isalnum() and a[1:2] not in ("?", "*", "+", "{"):
            run.append(a)  # led by a plain letter (not one with a quantifier)
        else:
            flush()
            out.append(a)
    flush()
    return "|".join(out)


_MARKERS = (_FUTURE, _PAST, _SUBJECT_ED, _PAST_WEAK)
_GROUP = {_SUBJECT_ED: "v"}
_FAST = {p: _stdlib(p) for p in _MARKERS}
_NON_ASCII = lazyre.compile_re(r"[^\x00-\x7f]")


class Markers:
    """One document's clause marker scans: the spans `_spans` gives, found by the stdlib
    patterns on the ASCII copy where they read the text alike, memoised per clause (about one
    mention in 16 shares its clause with another)."""

    __slots__ = ("view", "low", "ok", "memo")

    def __init__(self, view: str, lowered: str | None = None, scans: dict | None = None):
        self.view = view
        low = scans.get(_lexicon.ASCII) if scans is not None else None
        if low is None:
            low = _lexicon.ascii_copy(_lexicon.ascii_lower(view) if lowered is None else lowered)
        self.low = low
        self.ok: dict[tuple[int, int], bool] = {}  # clause -> fast(clause)
        self.memo: dict = {}

    def fast(self, a: int, b: int) -> bool:
        """No non-ASCII word character in the clause [a, b) nor right before it."""
        view, lo = self.view, a - 1 if a else 0
        if view[lo:b].isascii():
            return True
        for m in _NON_ASCII.finditer(view, lo, b):
            if _is_word(m.group()):
                return False
        return True

    def may_hold(self, words, lo: int, hi: int) -> bool:
        """False only when no case-insensitive `regex` match of a pattern that contains one of
        the (lowercase ASCII) `words` can lie in [lo, hi): the ASCII copy there holds none of
        them and no "?" (which stands for any non-ASCII character but "’", including the
        three that match ASCII letters case-insensitively, "İ", "ſ", the Kelvin sign)."""
        low = self.low
        if low.find("?", lo, hi) >= 0:
            return True
        for w in words:
            if low.find(w, lo, hi) >= 0:
                return True
        return False

    def spans(self, pattern, a: int, b: int) -> list[tuple[int, int]]:
        key = (pattern, a, b)
        out = self.memo.get(key)
        if out is None:
            g = _GROUP.get(pattern, 0)
            ok = self.ok.get((a, b))
            if ok is None:
                ok = self.ok[(a, b)] = self.fast(a, b)
            if ok:
                out = _spans(_FAST[pattern], self.low, a, b, g)
            else:
                out = _spans(pattern, self.view, a, b, g)
            self.memo[key] = out
        return out


# "had been scheduled to expire Friday", "as previously planned": a plan that lay ahead then
_PLAN_WAS = lazyre.compile(r"(?i:\b(?:had\s+been|previously|originally|had\s+been\s+previously))\s+$")


# an article right before an irregular past form makes it a noun: "at the Met" (the museum)
_DET_BEFORE = lazyre.compile(r"\b(?i:the|a|an)[ \t\u00a0\r\n]++$")
# ("one last reminder", "one last question": a final one, no past either)
_POSS_LAST = lazyre.compile(r"\b(?i:my|your|his|her|our|their|its|one)[ \t\u00a0\r\n]++$")
# ", and we", ", but they're": a coordinated clause with a subject of its own
_AND = r",[ \t\u00a0\r\n]*+(?i:and|but|so)[ \t\u00a0\r\n]++"
_SUBJECT = r"we|I|they|he|she|you|there|it"
_CONTRACTED = r"(?:['’](?:re|ve|ll|d|m|s))?\b"
_COORD = lazyre.compile(rf"{_AND}(?:(?i:hence|then|now|so|thus|therefore)[ \t\u00a0\r\n]++)?(?:{_SUBJECT}){_CONTRACTED}")
# ... and after the mention: "embargoed until 5:00 a.m. on Wednesday, the day after tomorrow, and
# this call was on background" (the past is the next clause's, with its own subject)
_COORD_AFTER = lazyre.compile(rf"{_AND}(?:{_SUBJECT}|(?i:this|these|those|the)[ \t\u00a0\r\n]++\w++){_CONTRACTED}")
_PERFECT_AFTER = frozenset({"has been", "have been"})
_PERFECT_BEFORE = lazyre.compile(r"\b(?i:has|have|['’]ve)(?:[ \t\u00a0\r\n]++(?i:been|already|also|just|not|never))?[ \t\u00a0\r\n]++$")
# what opens another clause after the mention: a relative word, or "and" with a new subject
# ("Wednesday is my last day, and it has been a huge honor")
# (not "that": often the complementizer of reported speech whose perfect tells of the mention's
# own past, "the charges over the weekend that ... has lost")
_RELATIVE = lazyre.compile(r"\b(?i:where|which|who|whom|whose|and[ \t\u00a0\r\n]++(?:it|we|they|he|she|I|you|this))\b")
# the complementizer right after the reporting verb (and its object): "announced that", "told us
# that" (not the demonstrative: "when we launched that salvo on Friday night")
_TOLD = r"us|me|them|him|her|reporters"  # who is told
_THAT = lazyre.compile(rf"\A[ \t\u00a0\r\n]++(?:(?i:{_TOLD}|Congress)[ \t\u00a0\r\n]++)?(?i:that)\b")
# a reporting verb and its "that" clause in the present, the mention inside it (no clause break)
_REPORTING = frozenset("mentioned said told noted indicated suggested stated acknowledged explained "
                       "argued announced".split())
_REPORTED_PRESENT = lazyre.compile(
    rf"""[ \t\u00a0\r\n]++(?:(?i:{_TOLD})[ \t\u00a0\r\n]++)?
    # ("that" may be left out before a pronoun subject: "Conseco said it is calling for ...")
    (?:(?i:that)[ \t\u00a0\r\n]++|(?=(?i:it|he|she|they|we)[ \t\u00a0\r\n]))
    (?:(?:[\w-]++[ \t\u00a0\r\n]++){{1,3}}?(?i:is|are|am|see|sees|think|thinks|believe|believes|view|views
      |consider|considers|remain|remains|want|wants)|[\w-]++['’](?i:s|re))\b[^,;:.!?—–()]*+\Z""", regex.X)


def _reports_present(view: str, hit: tuple, start: int) -> bool:
    """A past hit (distance, word, offset) that is a reporting verb before the mention, its "that"
    clause in the present: "you mentioned that you guys see this as an important meeting on
    Wednesday" (not shifted back: the meeting still lies ahead)."""
    return hit[2] < start and hit[1].lower() in _REPORTING and \
        _REPORTED_PRESENT.match(view, hit[2] + len(hit[1]), start) is not None


_GET = frozenset("get gets got getting".split())  # "gets delayed beyond the May 23rd deadline"
# before an -ed word these make it an adjective ("a still unspecified date")
_DETERMINERS = frozenset("a an the still this that these those his her its their our my your some "
                         "any no newly recently well long".split())
# Irregular past forms that date a mention only when they govern it directly ("the agenda that
# the President laid out on Wednesday", "laid out the agenda on Wednesday"): as clause-wide
# markers they mislead ("you've laid out agenda items for the President's speech on Wednesday")
_DIRECT_PAST = ("laid|spent|built|stood|meant|felt|dealt|fled|swept|oversaw|undertook|broke|froze"
                "|arose|shook|rode|rang|sank|tore|wore|woke")
_DIRECT_PAST_SET = frozenset(_DIRECT_PAST.split("|"))
# ... and only after their subject (a pronoun, a name or title, an adverb or "and" after one): a
# noun before makes the form a participle, "the President's proposal laid out on Wednesday" (ahead)
_DIRECT_SUBJECT = frozenset("i we he she they you who that it us just also already really then actually "
                            "ve d and has have had president administration government".split())


def _subject_before(word: str | None) -> bool:
    return bool(word) and (word.lower() in _DIRECT_SUBJECT or word[0].isupper())


# the irregular past forms _VERB_OBJECT and _VERB_POSS read (besides any -ed word)
_VO_VERBS = "said|told|held|made|gave|took|met|sent|won|lost|began"
_VO_QUICK = lazyre.compile_re(r"ed\b|\b(?:" + _VO_VERBS + "|" + _DIRECT_PAST + r")\b")
# A past verb followed by a short object (no punctuation, no infinitive, no future word) and then
# the mention: "issued a joint statement Friday", "released its report on Tuesday"
_VERB_OBJECT = lazyre.compile(
    r"""(?:\b(?P<aux>\w+)[ \t\u00a0\r\n]++)?\b(?P<v>[a-z]{3,}ed|""" + _VO_VERBS + r"""|signed|announced|""" + _DIRECT_PAST + r""")\b(?P<obj>(?:[ \t\u00a0\r\n]++(?!(?i:to|will|would|shall|next|that|which|who|and|or|but|
    if|when|after|before|until|for|on|in|at|by)\b)[\w'’$%-]++){1,4}+
    # or where it was done: "Zelenskyy said in Munich this weekend", "spoke at Davos on Friday"
    |[ \t\u00a0\r\n]++(?i:in|at)[ \t\u00a0\r\n]++[A-Z][\w'’.-]++(?:[ \t\u00a0]++[A-Z][\w'’.-]++)?+)[ \t\u00a0\r\n]++(?:(?i:on|last)[ \t\u00a0\r\n]++)?$""",
    regex.X)
# A past verb, a preposition and a possessive right before the mention (which then names their
# act): "identified in their April phone call"
_VERB_POSS = lazyre.compile(
    r"""(?:\b(?P<aux>\w+)[ \t\u00a0\r\n]++)?\b(?P<v>[a-z]{3,}ed|""" + _VO_VERBS + r"""|spoke)[ \t\u00a0\r\n]++(?i:in|at|during|on)[ \t\u00a0\r\n]++(?i:their|his|her|its|our|my|your)
    [ \t\u00a0\r\n]++$""", regex.X)
_POSS_QUICK = lazyre.compile_re(r"(?i:their|his|her|its|our|my|your)\s+$")
# (the two words may be split by a hard line wrap: "to be\nresolved in August")
_PREV_WORD = lazyre.compile(
    r"(?:(\w+)(?:[ \t\u00a0]++(?:\r?\n[ \t\u00a0]*+)?|\r?\n[ \t\u00a0]*+))?(\w+)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
# "to be published in November", "will be paid Dec. 14": a participle after these is no past
_AUX = frozenset("be been being is are am will would to shall can may might must".split())
# a word before the verb that makes it no past of a subject (built once, not per mention)
_NO_SUBJECT = _AUX | _DETERMINERS | _GET
# a time phrase the mention stands in apposition to: "laid out on the first day of the summit,
# on Wednesday" (the verb before the phrase governs the mention too)
_APPOSED = lazyre.compile(
    r"""\b(?i:on|at|during)[ \t\u00a0\r\n]++(?i:the|its|their|our|his|her)[ \t\u00a0\r\n]++
    (?:[\w'’-]++[ \t\u00a0\r\n]++){0,4}?(?i:day|morning|afternoon|evening|night|session|opening|close)
    (?:[ \t\u00a0\r\n]++(?i:of)[ \t\u00a0\r\n]++(?:[\w'’-]++[ \t\u00a0\r\n]++){0,3}?[\w'’-]++)?
    ,[ \t\u00a0\r\n]++(?:(?i:on)[ \t\u00a0\r\n]++)?$""", regex.X)


# What _PREV_WORD can match: its two words, the blanks between and after them. Found backwards
# from the mention in one step: _PREV_WORD's match (if any) starts no earlier, so searching from
# there gives the same match without trying every position of the 40 characters before.
_PREV_SPAN = lazyre.compile(r"(?r)(?:\w++[ \t\u00a0\r\n]++)?\w++[ \t\u00a0\r\n]*+")


# A present progressive of arrangement that governs the mention: "we are also holding the
# first-ever trilateral summit with President Marcos on Thursday", "he's meeting them on Monday"
# (English plans a fixed arrangement this way; a past elsewhere in the sentence, "how much we've
# achieved in the last three years — we are also holding ...", is not its tense). Nothing may
# come between that opens another clause or carries a tense of its own.
_ARRANGED = lazyre.compile(
    r"""(?:\b(?:(?i:we|I|he|she|they|you|it)[ \t\u00a0\r\n]++(?i:are|is|am)|President[ \t\u00a0\r\n]++is
      |(?i:we|they|you)['’]re|(?i:he|she|it)['’]s|I['’]m
      # the second verb of a subject: "he has been in New York this week but is returning ..."
      |\b(?i:and|but)[ \t\u00a0\r\n]++(?i:is|are|am))[ \t\u00a0\r\n]++
    (?:(?i:also|now|then|actually|really|just|still)[ \t\u00a0\r\n]++)?
    (?P<v>(?i:holding|hosting|meeting|convening|traveling|travelling|heading|leaving|departing|arriving
      |visiting|welcoming|launching|releasing|unveiling|announcing|signing|delivering|giving|attending|joining
      |flying|returning|sending|participating|kicking|wrapping|speaking|addressing|receiving|celebrating))\b
    # ... or "have" with the event as its object: "when you have the trilat on Thursday"
    |\b(?i:we|I|he|she|they|you)[ \t\u00a0\r\n]++(?:(?i:also|then|now)[ \t\u00a0\r\n]++)?(?P<v>(?i:have|has))
    [ \t\u00a0\r\n]++(?=(?i:a|an|the|our|his|her|their|this|another|two|three|several)\b))
    (?P<between>[^.,;:!?—–()\[\]"“”]{0,100}?)$""", regex.X)
_ARRANGED_QUICK = lazyre.compile_re(r"ing\b|\bha(?:ve|s)\b", _re.I)
# what opens another clause or carries a tense of its own between the verb and the mention
_BETWEEN_CLAUSE = lazyre.compile(
    r"\b(?i:that|which|who|when|where|after|before|since|while|once|if|was|were|had|did|ago|last|will|would"
    r"|\w+ed|said|told|met|held|made)\b|\n[ \t\u00a0\r]*+\n")


# a mention that names the present or the past itself: the progressive is just the present
# there ("the document that we're releasing today", "as you and I are speaking this morning")
_NOT_ARRANGED = lazyre.compile(
    r"\b(?i:today|tonight|now|this[ \t\u00a0\r\n]++(?:morning|afternoon|evening)|yesterday|last|past|ago"
    r"|earlier|previous)")


_OF = lazyre.compile(r"(?i:of)\b")
_OF_BEFORE = lazyre.compile(r"\b(?i:of)[ \t\u00a0\r\n]++$")
# a bare year or a possessive is a name or an attribute here, no time of the arrangement: "you're
# speaking to the 2024 candidate", "he has a Project 2025 problem", "a follow-up to April's questions"
_NAME_LIKE = lazyre.compile(r"(?:(?i:the)[ \t\u00a0\r\n]++)?\d{4}|.*['’]s", regex.S)


def _arranged(view: str, a: int, start: int, end: int) -> str | None:
    if _NOT_ARRANGED.search(view, start, end) or _OF.match(view, start, end) \
            or _OF_BEFORE.search(view, max(0, start - 6), start) \
            or _NAME_LIKE.fullmatch(view, start, end):
        return None  # ("the events of January 6th": a name, no time of the arrangement)
    lo = max(a, start - 170)
    m = _ARRANGED.search(view, lo, start) if _ARRANGED_QUICK.search(view, lo, start) else None
    if m is None or _BETWEEN_CLAUSE.search(m.group("between")):
        return None
    return m.group("v")


# A comparison aside set off by commas or dashes, "like/as" + subject + a form of "do": "When you
# have, like we did this week, the United States, Japan ... doing an exercise together, when you
# have the trilat on Thursday" (it compares with an act at another time: its tense is not the
# sentence's). Not the asides of discourse ("as you saw", "as I said"): their past often does
# go with the event ("On Wednesday, as you all saw, the largest solar investment ...").
_ASIDE = lazyre.compile(
    r"""(?<=[,—–(][ \t\u00a0\r\n]*+)(?:(?i:just)[ \t\u00a0\r\n]++)?(?i:like|as)[ \t\u00a0\r\n]++
    (?i:we|I|you|he|she|they)(?:[ \t\u00a0\r\n]++(?i:have|had)|['’](?i:ve|d))?[ \t\u00a0\r\n]++
    (?i:did|do|does|done)\b[^,;:.!?—–()\n]{0,40}?(?=[ \t\u00a0]*+[,—–)])""", regex.X)
_ASIDE_QUICK = lazyre.compile_re(r"[,—–(]\s*(?:just\s+)?(?:like|as)\s", _re.I)


# what may stand between an aside and a mention that still belongs to it: "as he did just today,
# just this morning", "as he did, as you all know, last year"
_ASIDE_TAIL = lazyre.compile(
    r"[ \t\u00a0\r\n,—–]*+(?:(?i:as|like)[ \t\u00a0\r\n]++[\w ]{1,20}+[,—–][ \t\u00a0\r\n]*+)?"
    r"(?:I[ \t\u00a0\r\n]++(?i:think|believe|guess)[ \t\u00a0\r\n]++)?"
    r"(?:(?i:just|even|also)[ \t\u00a0\r\n]++)?")


# A reporting parenthetical set off by commas or dashes: "could be causing a surge, we've heard,
# around January", "the vote, I'm told, is on Friday". Its verb dates the hearing, not the
# clause around it.
_REPORT_ASIDE = lazyre.compile(
    r"""[,—–][ \t\u00a0\r\n]*+(?:(?i:and|but|as|so)[ \t\u00a0\r\n]++)?
    (?:(?i:we|I|you|they)(?:['’]ve|[ \t\u00a0\r\n]++(?i:have))?[ \t\u00a0\r\n]++(?i:heard|been[ \t\u00a0\r\n]++told)
      |(?i:we|I|you|they)(?:['’](?i:re|m)|[ \t\u00a0\r\n]++(?i:are|am))[ \t\u00a0\r\n]++(?i:told|hearing))
    [ \t\u00a0\r\n]*+(?=[,—–])""", regex.X)
_REPORT_QUICK = lazyre.compile_re(r"\b(?:heard|told|hearing)\s*[,—–]", _re.I)


def _asides(view: str, a: int, b: int, start: int, end: int) -> list[tuple[int, int]]:
    """The comparison asides and reporting parentheticals of the clause [a, b) that do not
    hold the mention."""
    out = []
    if _REPORT_QUICK.search(view, a, b):
        out = [m.span() for m in _REPORT_ASIDE.finditer(view, a, b)
               if not (m.start() < end and start < m.end())]
    if not _ASIDE_QUICK.search(view, a, b):
        return out
    return out + [m.span() for m in _ASIDE.finditer(view, a, b)
                  if not (m.start() < end and start < m.end())
                  and not (m.end() <= start and _ASIDE_TAIL.fullmatch(view, m.end(), start))]


def _direct_past(view: str, a: int, start: int) -> str | None:
    """The past verb that governs the mention at `start` directly, or None: right before it
    ("said Friday") or with a short object or particle ("issued a joint statement Friday",
    "laid out on Wednesday")."""
    sp = _PREV_SPAN.match(view, max(a, start - 40), start)
    pw = _PREV_WORD.search(view, sp.start(), start) if sp is not None else None
    if pw:
        w = pw.group(2).lower()
        aux = (pw.group(1) or "").lower()
        # a hyphenated -ed word is a compound adjective: "a friend-filled holiday weekend"
        hyph = pw.start(2) > 0 and view[pw.start(2) - 1] == "-"
        if w not in _NOT_PAST and aux not in _AUX and not hyph and \
                not _be_state(view, pw.start(2), w) and (_PAST_WEAK.fullmatch(w) or
                                                            w in _DIRECT_PAST_SET and _subject_before(pw.group(1))):
            return pw.group(2)
    lo = max(a, start - 45)
    vo = _VERB_OBJECT.search(view, lo, start) if _VO_QUICK.search(view, lo, start) else None
    if vo is not None and vo.start("v") > 0 and view[vo.start("v") - 1] == "-":
        vo = None  # "the U.S.-hosted event on Thursday": a compound adjective (as above)
    if vo is not None and vo.group("v").lower() not in _NOT_PAST and \
            not _be_state(view, vo.start("v"), vo.group("v")) and \
            (vo.group("aux") or "").lower() not in _NO_SUBJECT and \
            (vo.group("v").lower() not in _DIRECT_PAST_SET or _subject_before(vo.group("aux"))):
        # news style: the verb, its object, then the day ("issued a joint statement Friday")
        return vo.group("v")
    return None


def clause_tense(view: str, start: int, end: int) -> str | None:
    return tense_and_cue(view, start, end)[0]


def tense_and_cue(view: str, start: int, end: int, markers: Markers | None = None
                  ) -> tuple[str | None, str | None]:
    """A past verb right before the mention decides ("said Friday", "announced on Wednesday");
    otherwise the nearest strong marker (will/would/shall/going to... vs was/were/had/did/ago);
    failing that, the nearest past verb form; (None, None) when the clause shows neither.
    The cue is the word that decided, for --explain. `markers`, when given, is `Markers(view)`
    (same result, faster over many mentions of one document)."""
    a, b = _clause(view, start, end)
    pa = a  # where past markers before the mention may lie
    if view.find(",", a, start) >= 0:
        co = None
        for co in _COORD.finditer(view, a, start):
            pass
        if co is not None:
            # a coordinated clause with its own subject holds the mention: a past verb of the
            # clause before it tells nothing ("that he felt was acceptable, and hence we are on
            # this timeline we're on by September")
            pa = co.start() + 1
    pb = b  # where markers after the mention may lie
    if view.find(",", end, b) >= 0 and (co := _COORD_AFTER.search(view, end, b)) is not None:
        pb = co.start()
    cue = _direct_past(view, a, start)
    if cue is None and view.find(",", max(a, start - 8), start) >= 0:
        ap = _APPOSED.search(view, max(a, start - 90), start)
        if ap is not None:
            # "laid out on the first day of the summit, on Wednesday": the verb governs both
            cue = _direct_past(view, a, ap.start())
    if cue is not None:
        return "past", cue
    cue = _arranged(view, a, start, end)
    if cue is not None:
        return "future", cue
    vp = _VERB_POSS.search(view, max(a, start - 50), start) if _POSS_QUICK.search(view, max(a, start - 8), start) else None
    if vp is not None and vp.group("v").lower() not in _NOT_PAST and \
            (vp.group("aux") or "").lower() not in _NO_SUBJECT:
        # a past verb, then the mention as the attribute of their act: "the issues the two
        # presidents identified in their April phone call", "agreed at our March meeting"
        return "past", vp.group("v")
    holes = _asides(view, a, b, start, end)
    f = _nearest(_FUTURE, view, a, pb, start, end, ctx=markers, holes=holes)
    for _ in range(3):
        if f is None or f[1].lower() not in ("would", "wouldn't", "wouldn’t", "might", "should") or \
                not _MODAL_HAVE_AFTER.match(view, f[2] + len(f[1])):
            break
        # "work in 12 months that would have normally taken five years": no future
        holes = [*holes, (f[2], f[2] + 1)]
        f = _nearest(_FUTURE, view, a, pb, start, end, ctx=markers, holes=holes)
    if f is not None and f[2] >= end and f[1].lower() == "planned" and \
            _DET_BEFORE.search(view, max(0, f[2] - 8), f[2]):
        # the attribute of a noun later in the clause dates that noun, not the mention: "Before
        # his Sunday night address, Castro played ... their planned trip to Washington" (before
        # the mention it may be the mention's own: "a planned endorsement on Friday")
        holes = [*holes, (f[2], f[2] + 1)]
        f = _nearest(_FUTURE, view, a, pb, start, end, ctx=markers, holes=holes)
    lo = max(a, start - 120)
    ah = (_AHEAD_OF.search(view, lo, start)
          if markers is None or markers.may_hold(_AHEAD_WORDS, lo, start) else None)
    if ah is not None and (f is None or start - ah.end() < f[0]):
        # "ahead of the meetings ... on 5 and 6 December": the mention dates what lies ahead
        f = (start - ah.end(), ah.group(), ah.start())
    # a present perfect in a relative clause after the mention reaches back from now, not to
    # the mention: "a summit on Wednesday where allies have been invited" (before it, news
    # style dates the act: "have been killed in the blasts on Friday")
    p = _nearest(_PAST, view, pa, pb, start, end, ctx=markers, skip_after=_PERFECT_AFTER, holes=holes)
    if p is not None and p[1].lower() in _IRREGULAR and _AUX_BEFORE.search(view, max(0, p[2] - 12), p[2]):
        # "when the case is heard in May": a participle after an auxiliary is no past verb
        p = _nearest(_PAST, view, pa, pb, start, end, skip=frozenset({p[1].lower()}), ctx=markers, holes=holes)
    if p is not None and p[1].lower() in _IRREGULAR and _DET_BEFORE.search(view, max(0, p[2] - 6), p[2]):
        # "at the Met", "a drew": after an article the form is a noun (a name), no past verb
        p = _nearest(_PAST, view, pa, pb, start, end, skip=frozenset({p[1].lower()}), ctx=markers, holes=holes,
                     skip_after=_PERFECT_AFTER)
    if p is not None and p[1].lower() == "last" and _POSS_LAST.search(view, max(0, p[2] - 8), p[2]):
        # "my last day", "his last trip": the final one, no past
        p = _nearest(_PAST, view, pa, pb, start, end, skip=frozenset({"last"}), ctx=markers, holes=holes,
                     skip_after=_PERFECT_AFTER)
    q = _nearest(_SUBJECT_ED, view, pa, pb, start, end, group="v", ctx=markers, holes=holes)
    if q is not None and _be_state(view, q[2], q[1]):
        q = None  # "Is the President worried about ...": a state, no past
    if q is not None and (p is None or q[0] < p[0]):
        p = q
    if f is not None and _PLAN_WAS.search(view, max(0, f[2] - 30), f[2]):
        if _MONTH_IN.search(view, start, end) and not _DIGIT.search(view, start, end):
            # "doses which had been slated to arrive in November -- it's now going to be in
            # September": a month a plan had set lies ahead as often as not -- no tense
            return None, None
        return "past", f[1]
    ru = (_RUN_UP.search(view, lo, start)
          if markers is None or markers.may_hold(("-up",), lo, start) else None)
    if ru is not None and (f is None or start - ru.end() < f[0]) and (
            (p is None and _nearest(_PAST_WEAK, view, pa, pb, start, end, _NOT_PAST, ctx=markers, holes=holes) is None)
            or (p is not None and (p[1].lower() in _PERFECT_AFTER
                                   or _HAVE_NEAR.search(view, max(0, p[2] - 16), p[2])))):
        f, p = (start - ru.end(), ru.group(), ru.start()), None
    if p is not None and (f is None or f[0] > p[0] or f[2] >= end) and _reports_present(view, p, start):
        # a report whose "that" clause keeps the present: its own future or none
        return ("future", f[1]) if f is not None else (None, None)
    if (p is not None and f is not None and p[2] < start and f[2] >= end
            and _THAT.match(view[p[2] + len(p[1]):start])
            and not _PAST.search(view, end, f[2]) and not _SUBJECT_ED.search(view, end, f[2])):
        # the mention opens a "that" clause after a reporting verb and that clause's own verb
        # follows: "the President announced that, beginning in early November, the United
        # States will be putting in place ..." (the report is past, the act ahead)
        return "future", f[1]
    if (p is not None and f is None and p[2] < start
            and _MONTH_IN.search(view, start, end) and not _DIGIT.search(view, start, end)
            and _PLAN_TO.search(view, p[2], start)):
        # a month dating what a past agreement or plan is to bring about: "there was an
        # agreement to hold the Economic Dialogue in September" -- ahead of the agreement, not
        # necessarily of now: no tense (the nearest occurrence); not offsets ("committed to
        # addressing that within 10 days" counts from the commitment), nor days ("by May 1st"),
        # nor "committed to by"
        return None, None
    if f is not None and p is None and f[2] >= end and f[2] - end < 140:
        mp = _PAST_THEN_CLAUSE.search(view, end, f[2])
        if mp is not None and not _PARTICIPLE_BEFORE.search(view, max(0, mp.start() - 12), mp.start()):
            # "the President on Friday, in his remarks at Samsung, made a point about ... others
            # that are going to be investing": the clause's own verb, a simple past, comes first;
            # the future lies in a clause it heads (that/which/who)
            return "past", mp.group("v")
    if f is not None or p is not None:
        if p is None or (f is not None and f[0] <= p[0]):
            return "future", f[1]
        return "past", p[1]
    w = _nearest(_PAST_WEAK, view, pa, pb, start, end, _NOT_PAST, ctx=markers, holes=holes)
    if w is not None and w[2] >= end and _PERFECT_BEFORE.search(view, max(a, w[2] - 16), w[2]) \
            and _RELATIVE.search(view, end, w[2]):
        # the participle of a present perfect after the mention ("where allies have been invited")
        w = _nearest(_PAST_WEAK, view, pa, pb, start, end, _NOT_PAST | {w[1].lower()}, ctx=markers, holes=holes)
    skip = _NOT_PAST
    for _ in range(3):
        # an -ed word right after a determiner is an adjective ("a balanced budget"), and "as
        # evidenced by" a participle: no past; look on past it
        if w is None or not w[1].lower().endswith("ed"):
            break
        # (or a feeling after a present "be": "we're worried")
        adj = _PREV_WORD_ADJ.search(view, max(0, w[2] - 12), w[2]) is not None or _be_state(view, w[2], w[1])
        if not adj and not (_AS_BEFORE.search(view, max(0, w[2] - 4), w[2])
                               and _BY_AFTER.match(view, w[2] + len(w[1]))):
            break
        skip = skip | {w[1].lower()}
        w = _nearest(_PAST_WEAK, view, pa, pb, start, end, skip, ctx=markers, holes=holes)
    if w is not None and _reports_present(view, w, start):
        return None, None  # "he said that the meeting is on Wednesday" (as above)
    if w is not None:
        return "past", w[1] + " (weak)"
    return None, None


_DET_BEFORE = lazyre.compile(r"\b(?i:a|an|the|their|his|her|its|our|my|your)[ \t\u00a0\r\n]++$")
_PREV_WORD_ADJ = lazyre.compile(r"\b(?i:a|an|the|this|these|those|our|their|his|her|its|my|your)[ \t\u00a0\r\n]++$")
# a feeling or readiness after a present "be" is a state, no past: "we're worried about ...",
# "Is the President worried about a shutdown at the end of September?" (not any present passive:
# "is now underscored by the executions over the weekend", "recovered from the weekend" look back)
_STATE_ED = frozenset("""worried frustrated satisfied dissatisfied pleased displeased excited thrilled surprised
disappointed encouraged discouraged alarmed troubled focused prepared convinced determined relieved heartened
saddened outraged disturbed scared frightened annoyed embarrassed amazed impressed inclined delighted honored
honoured humbled gratified motivated inspired energized energised confused bothered angered offended shocked
horrified tired exhausted unconcerned unprepared obsessed stressed overwhelmed""".split())
_BE_ADV = (r"(?:(?i:very|so|really|still|also|not|too|more|less|deeply|particularly|increasingly|now|all|"
           r"both|quite|pretty|extremely|greatly|just)[ \t\u00a0\r\n]++)?")
_BE_PRESENT_BEFORE = lazyre.compile(
    r"(?:\b(?i:is|are|am|isn['’]t|aren['’]t)|['’](?i:re|m))[ \t\u00a0\r\n]++" + _BE_ADV + r"$"
    # a question: "Is the President worried", "Are you concerned", "why is he surprised"
    r"|(?:^|(?<=[.?!:;—–\n\"“])|\b(?i:why|how|and|but|so|or|Q))[ \t\u00a0]*+(?i:is|are|isn['’]t|aren['’]t)[ \t\u00a0\r\n]++"
    r"(?:(?i:the)[ \t\u00a0\r\n]++[A-Za-z.]++(?:[ \t\u00a0\r\n]++[A-Z][A-Za-z.]*+)?|(?i:you|he|she|they|we|it|everyone|anyone)|"
    r"[A-Z][a-z]++(?:[ \t\u00a0\r\n]++[A-Z][a-z]++)?)[ \t\u00a0\r\n]++" + _BE_ADV + r"$")


def _be_state(view: str, pos: int, word: str) -> bool:
    """The -ed `word` at `pos` is a feeling after a present "be" ("Is he worried", "we're thrilled")."""
    return word.lower() in _STATE_ED and _BE_PRESENT_BEFORE.search(view, max(0, pos - 60), pos) is not None


# "would have taken five years": a counterfactual past, no future
_MODAL_HAVE_AFTER = lazyre.compile(
    r"(?:n['’]t)?[ \t\u00a0\r\n]++(?:(?i:not|never|normally|otherwise|probably|likely|easily|already|also|still|"
    r"really|just|usually|typically)[ \t\u00a0\r\n]++)?(?i:have)[ \t\u00a0\r\n]++(?:[a-z]{2,20}ly[ \t\u00a0\r\n]++)?"
    r"(?i:been|[a-z]{2,}ed|taken|seen|done|made|gone|given|known|come|had|gotten|got|spoken|written|brought|thought|"
    r"found|said|told|sent|won|lost|paid|kept|left|put|run|become|begun|fallen|grown|shown|cost|spent|built|let)\b")
_AS_BEFORE = lazyre.compile(r"\b(?i:as)[ \t\u00a0\r\n]++$")
_BY_AFTER = lazyre.compile(r"[ \t\u00a0\r\n]++(?i:by)\b")


_DOC_FUTURE = lazyre.compile(r"\b(?:will|would|shall|going to)\b|['’]ll\b")
_DOC_PAST = lazyre.compile(r"\b(?:was|were|had|did|ago|said)\b")
# The same counts from the keyword scans `rules.find` already ran (lexicon.keyword_spans): no two
# of these words overlap where they match, so the findall counts are the sums over the words of
# their occurrences with a word boundary on each side ("'ll": after it only).
_DOC_FUTURE_WORDS = ("will", "would", "shall", "going to")
_DOC_PAST_WORDS = ("was", "were", "had", "did", "ago", "said")
_DOC_LL = ("'ll", "’ll")
_lexicon.register_keywords(_DOC_FUTURE_WORDS + _DOC_PAST_WORDS + _DOC_LL)
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_RX_WORD = lazyre.compile(r"\w")
_rx_word_memo: dict[str, bool] = {}


def _is_word(c: str) -> bool:
    """`regex`'s \\w (what the \\b of _DOC_FUTURE/_DOC_PAST reads) for one character."""
    if c < "\x80":
        return c in _ASCII_WORD
    w = _rx_word_memo.get(c)
    if w is None:
        w = _rx_word_memo[c] = _RX_WORD.match(c) is not None
    return w


def _count(words, lowered: str, scans: dict, left: bool = True) -> int:
    n, last = 0, len(lowered)
    for w in words:
        for s, e in _lexicon.keyword_spans(w, lowered, scans):
            if left and s and _is_word(lowered[s - 1]):
                continue
            if e < last and _is_word(lowered[e]):
                continue
            n += 1
    return n


def document_tense(view: str, lowered: str | None = None, scans: dict | None = None) -> str:
    """The prior for clauses without tense: "past" for reports (past markers clearly dominate),
    "future" for previews and announcements. Counted on the lowercased text (fast; `lowered`,
    when given, is `ascii_lower(view)`, and `scans` the keyword scans of it)."""
    low = _lexicon.ascii_lower(view) if lowered is None else lowered
    if scans is None:
        f = len(_DOC_FUTURE.findall(low))
        p = len(_DOC_PAST.findall(low))
    else:
        f = _count(_DOC_FUTURE_WORDS, low, scans) + _count(_DOC_LL, low, scans, left=False)
        p = _count(_DOC_PAST_WORDS, low, scans)
    return "past" if p > 1.5 * f else "future"


EXAMPLES = [
    ("On Wednesday, we will address terrorism.", "future"),
    ("on Wednesday we agreed to do more.", "past"),
    ("The talks ended on Friday.", "past"),
    ("We are going to meet on Friday.", "future"),
    ("Ministers meet on Friday.", None),
    # a report whose clause keeps the present, "that" left out before its pronoun subject
    ("the Iranians announced they are going back to negotiations on Thursday.", None),
    ("the Iranians announced they went back to negotiations on Thursday.", "past"),
    # "planned" as the attribute of a noun later in the clause dates that noun, not the mention;
    # before the mention, in the mention's own phrase, it looks ahead
    ("Before his Sunday night address, Castro played the grandfather, assuring them that their planned trip "
     "was important.", "past"),
    ("could you comment on a planned endorsement from the union on Friday", "future"),
    ("We've got a busy day on Friday.", None),  # "have got" is "have", not a past
    ("He's got meetings on Friday.", None),
    ("We got the answer on Friday.", "past"),
    ("The company, which will appeal, said Friday that it would", "past"),
    ("The dividend will be paid Friday to holders of record.", "future"),
    ("He said he would go. On Friday the ministers meet.", None),
    # prepositions, not plans: "next to", "ahead of"
    ("a bomb ripped through a building next to the embassy in Nairobi Friday morning", "past"),
    ("Just ahead of the trip, the department on Sunday issued a caution.", "past"),
    ("Press conference ahead of the meetings of Ministers on Friday in Brussels", "future"),
    ("which has been a concerning move toward authoritarianism in the run-up to the vote on Sunday.", "future"),
    ("Have there been any agreements, particularly in the lead-up to Wednesday?", "future"),
    ("They sent letters about communications in the lead-up to Wednesday and the session.", "past"),
    ("In the run-up to the summit, officials said Monday that talks stalled.", "past"),
    ("The lead-up to Sunday's vote was marred by arrests.", "past"),
    # a past agreement or plan to do something on a day leaves the day's direction open
    ("They agreed on Friday to meet again.", "past"),
    # a plan reported as past: "had been scheduled", "previously planned"
    ("The offer had been scheduled to expire at midnight Friday.", "past"),
    ("the offensive began as previously planned Saturday night", "past"),
    ("The offer is scheduled to expire Friday.", "future"),
    ("officials have said they expect this to be\nresolved on Friday.", "future"),
    ("The ambassadors issued a joint statement Friday saying their entry will consolidate", "past"),
    ("We will sign the agreement Friday.", "future"),
    ("would be paid on a still unspecified date in Friday's notice", "future"),
    ("I will say, having traveled with the President to Texas on Friday, he made clear", "past"),
    ("the relatives lose the fight when the case is heard on Friday in the appeals court", None),
    ("The much-anticipated Friday meeting will go ahead.", "future"),
    # a "that" clause after a reporting verb takes its own verb's tense
    ("Today, the President announced\nthat, beginning on Friday, the United States will be putting in place", "future"),
    ("He said that on Friday the ministers will meet.", "future"),
    ("We announced on Friday that we will go.", "past"),
    ("He said that on Friday they met officials who will decide.", "past"),
    ("when we launched the — that salvo on Friday night, that — that the Houthis would probably", "past"),
    # a present perfect after the mention is no date of it; before it, news style uses one
    ("There is a summit on Wednesday where allies\nhave been invited to talk.", None),
    ("The President is hosting a summit on Wednesday where allies\nhave been invited to talk.", "future"),
    ("More than 100 people have been killed in the blasts next to the embassies on Friday.", "past"),
    ("related events occurring on Friday have been upgraded to a rating", "past"),
    ("Wednesday is my last day, and it has been a huge honor to\nwork with all of you.", None),
    # a past verb before a coordinated clause with its own subject is not the mention's
    ("that was not something that he felt was acceptable, and hence we are on this timeline we’re on by\nFriday.", None),
    ("I am looking forward to it, but I have not talked to him about plans for Friday.", "future"),
    ("the president told a group of lawmakers on the phone on Friday that he has been working with experts on reforms he will be unveiling", "past"),
    # a past verb, a preposition, a possessive: the mention names their past act
    ("we are going to be talking about issues that the two presidents identified in their Friday phone call", "past"),
    ("We will build on what they agreed at their Friday meeting.", "past"),
    ("We are interested in their Friday meeting, which will", "future"),
    ("They will be briefed at their Friday meeting.", "future"),
    # an irregular past that governs the mention directly, also through a time phrase the
    # mention stands in apposition to; a noun before it makes it a participle
    ("this connects to the economic agenda that the President laid out on the first day of the summit, on\n"
     "Wednesday — is we’re really looking at ways", "past"),
    ("beyond what the President laid out on Friday.", "past"),
    ("He shook hands and spent time with Boris Johnson on Monday.", "past"),
    ("Are you saying the entirety of the President’s proposal laid out on Wednesday, you will have payfor", "future"),
    ("you’ve laid out a number of agenda items for the President’s speech on Wednesday. How much", None),
    ("As someone just laid out, June 5th is on Monday.", None),
    # a present progressive of arrangement (or "have" + the event) governing the weekday looks
    # ahead, whatever past the sentence tells elsewhere; not across another clause
    ("which, of course, in celebration of how much we’ve achieved in the last three years — we are also\n"
     "holding the first-ever trilateral leaders’ summit with President Marcos on Thursday.", "future"),
    ("They’re convening again on Friday, as Dr. Fauci, I think, spoke to over the weekend.", "future"),
    ("we are holding the talks that were postponed on Friday", "past"),
    ("We had the trilat on Friday.", "past"),
    ("it is critical that we have a full investigation into the events of Friday, as we said", "past"),
    # a comparison aside ("like we did this week") is not the sentence's tense
    ("When you have, like we did this week, the United States, Japan, Australia, and the Philippines doing\n"
     "an exercise together, when you have the trilat on Thursday, the country that’s isolated is China", "future"),
    ("On Friday, as he did last year, he will speak.", "future"),
    ("On Wednesday, as you all saw, the largest solar investment in U.S. history", "past"),
    # an -ed adjective after a determiner, or "as evidenced by", tells no past
    ("On the meeting on Wednesday, they want a path toward a balanced budget.", None),
    ("As evidenced by today's trip and Friday's travel to Philadelphia, we continue", None),
    ("Friday's meeting, as evidenced by the readout, the leaders discussed trade.", "past"),
    ("The unvaccinated have been at risk since Monday.", "past"),
    # ", but there's ..." opens a clause of its own: the past verb before it is another clause's
    ("this was maybe better for Jake, but there’s the\nspeech on Wednesday that you guys are billing", None),
    ("this was maybe better for Jake, but there was the\nspeech on Wednesday", "past"),
    # an -ed word after a present "be" is a state, no past (a question inverts them)
    ("Q Is the President worried about a shutdown on Friday?", None),
    ("Why is he surprised by the vote on Friday?", None),
    ("We're pleased with the vote on Friday.", None),
    ("The President worried about the vote on Friday.", "past"),
    ("This is the plan the President outlined on Friday.", "past"),
    # "would have <participle>" is a counterfactual past, no future
    ("The team has been able to finish on Friday what would have normally taken a month.", "past"),
    ("We would have more to share on Friday.", "future"),
    ("The boost is slated to now expire on Friday.", "future"),
    ("Hopefully everyone is recovered from the weekend on Friday.", "past"),
    # causal "due to" + a noun phrase is no schedule ("due to take place" is)
    ("We have seized 100 pounds through Friday due to their inspections.", "past"),
    ("We have seized 100 pounds through Friday due to\ntheir inspections.", "past"),
    ("The vote is due to take place on Friday.", "future"),
    # a reporting parenthetical dates the hearing, not the clause
    ("It could happen, we've heard, on Friday.", None),
    ("The vote, I'm told, is on Friday.", None),
    ("We've heard from them on Friday.", "past"),
    # a past verb, where it was done, then the day
    ("given what Zelenskyy said in Munich on Saturday, things that might get his attention", "past"),
    ("He will speak in Munich on Saturday.", "future"),
    # the clause's own simple past comes first; the future lies in a clause it heads
    ("the President on\nFriday, in his remarks at Samsung, made a point about encouraging\nSamsung and others "
     "that are going to be investing", "past"),
    ("On Monday, Jake Sullivan stood here and said that a major operation would be a mistake.", "past"),
    # ... not when the future comes first, nor after a participle
    ("On Friday, the President will meet the leaders who made the deal that will last.", "future"),
    ("On Friday we are going to hear from the people who told us that they will come.", "future"),
    ("On Friday, the findings to be announced that will shape policy", "future"),
    # a coordinated clause after the mention with its own subject has its own tense
    ("One last reminder that the contents of this call are embargoed until\n5:00 a.m. on Wednesday, the day after tomorrow, and "
     "this call was on\nbackground", None),
    ("They are meeting on Wednesday, and we were glad to hear it.", "future"),
    ("The talks on Wednesday, and they were long, ended well.", None),
    ("The talks on Wednesday were long, and they ended well.", "past"),
    ("we saw an uptick in cases after Thanksgiving on Friday, and we believe that was expected", "past"),
    # a hyphenated -ed word is a compound adjective, no past verb governing the day
    ("And as I mentioned before, the U.S.-hosted event on Thursday will focus on technology.", "future"),
    ("They said the U.S.-hosted event on Thursday is set.", "past"),
    ("The U.S. hosted an event on Thursday.", "past"),
    # the second verb of one subject: a present progressive of arrangement
    ("he has been in New York this week but is\nreturning to the Solomons over the weekend on Saturday.", "future"),
    ("He has been in New York and is leaving on Friday.", "future"),
    ("He has been in New York and was leaving on Friday.", "past"),
    # after a subject pronoun an -ed word usually an adjective is a past verb
    ("We put forward a proposal on Friday that I detailed extensively here, and you all saw it", "past"),
    ("the plan on Friday that detailed the steps", None),
    # a report whose "that" clause keeps the present: the reported state still holds
    ("Q    Jake, you mentioned that you guys see this as an important meeting\non Wednesday, but I’m "
     "curious: Will the President", None),
    ("He said that the meeting is on Wednesday.", None),
    ("the Russian Defense Ministry said that he’s going to oversee nuclear drills in Russia on Saturday.", "future"),
    ("He said that the meeting was on Wednesday.", "past"),
    ("He said that he met them on Wednesday.", "past"),
    # "should" of expectation is a future; of duty or correction it is not
    ("we think that, you know, on Friday, we should be in a much, much better position", "future"),
    ("by Friday, we should be able to take the step", "future"),
    ("I traveled with him to Michigan, I should say, on Friday, and he was tracking it", "past"),
    ("what the President should do after the comments on Sunday", None),
    ("We should have met on Friday.", "past"),
    # an article makes the form a noun: "the Met" is the museum, no past verb
    ("And then on Wednesday evening, at the Met, the President will host world leaders.", "future"),
    ("On Wednesday evening, we met the leaders at the museum.", "past"),
]
NEGATIVES: list[str] = []


def check_example(example) -> None:
    text, want = example
    import regex as _re

    m = _re.search(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", text)
    got = clause_tense(text, m.start(), m.end())
    assert got == want, f"{text!r}: tense {got!r}, want {want!r}"


def check_negative(text: str) -> None:  # no negatives: every clause has some tense reading
    raise AssertionError("tense has no negatives")
