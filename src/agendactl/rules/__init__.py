"""Match stage: rule families find day references in running text (no date arithmetic here).

Every family module in this package exposes `RULES` (a list of `Rule`), `EXAMPLES`, `NEGATIVES`,
`check_example` and `check_negative`. `match(doc)` runs every rule of every family over
`doc.view` (markup blanked, same offsets as `doc.text`), then keeps the longest non-overlapping
candidates (ties: higher priority, then earlier start) and attaches the clause tense.
"""
from __future__ import annotations

import bisect
import datetime as dt
import importlib
import pkgutil
from ..records import record
from typing import Any, Callable

import re

import regex

from ..model import Mention
from .lexicon import ascii_lower
from .. import lazyre

Build = Callable[["regex.Match[str]"], "dict[str, Any] | None"]


@record(frozen=True, slots=True)
class Rule:
    """One named rule: a compiled pattern and a function reading the match into `fields`
    (returning None rejects the match, e.g. "May" the verb)."""

    name: str
    kind: str
    pattern: "regex.Pattern[str]"
    build: Build
    priority: int = 0
    family: str = ""
    # A cheap pattern every match must contain (a month name, "week", a digit...). The full
    # pattern only runs in windows around its hits: most running text holds no date word, and
    # patterns with optional prefixes are slow to try at every position.
    trigger: Any = None  # lexicon.Trigger
    reach: int = 40  # how far before its trigger word a match may start




# Modules of this package that are not rule families of day references (helpers' families
# such as events/quantities follow the same EXAMPLES convention but are matched elsewhere).
_LEAD_PREP = lazyre.compile(
    r"(?i:on|in|since|by|until|till|from|before|after|during|through|throughout|for|of|at|over|"
    r"between|as of|starting|beginning|around|to)\s+")

_LEAD_FUTURE = lazyre.compile(r"(?i:by|until|till)\s")
# The same words just before a mention that does not include them ("embargoed until 5:00 a.m.
# Monday"): the deadline lies ahead.
# So does reaching it: "by the time we get to the fall", "as we head toward the summer".
_BEFORE_FUTURE = lazyre.compile(
    r"\b(?:(?i:until|till)|(?i:get|gets|getting|head|heading)[ \t\u00a0]++(?i:to|toward|towards))"
    r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
# ... also across a clock time ("embargo until 5:00 a.m. Eastern Time on Wednesday", "until 11:59
# p.m. on Friday"): a deadline to the minute lies ahead (a bare weekday only: a full date keeps
# its own year logic and the schedule reads its tense)
_BEFORE_FUTURE_CLOCK = lazyre.compile(
    r"\b(?i:until|till)[ \t\u00a0\r\n]++\d{1,2}(?::\d\d)?[ \t\u00a0]*+(?i:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)"
    r"[ \t\u00a0\r\n]*+(?:[A-Za-z]++[ \t\u00a0\r\n]++){0,3}?(?:(?i:on)[ \t\u00a0\r\n]++)?$")
# "since March", "ever since Monday": the period began before the briefing, whatever the verb.
_SINCE = lazyre.compile(r"(?i:since)\s")
# ... and "as recently as St. Patrick's Day", "as late as last June", "back in February"
_BEFORE_SINCE = lazyre.compile(
    r"\b(?i:since|as[ \t]recently[ \t]as|as[ \t]late[ \t]as)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
# "back in February", "back on Monday": looking back -- unless someone comes/gets/will be back then
_BEFORE_BACK = lazyre.compile(
    r"(?<!\b(?i:be|come|comes|coming|get|gets|getting|go|goes|going|bring|head|heading|fly|flying|"
    r"report|circle|check|call|write|hear|move|moving|push|pushed|way|money|them|it|you|him|us)"
    r"[ \t\u00a0]++)\b(?i:back)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
# "Since the cluster munitions announcement on Friday, we've seen ...": "since" heads a noun
# phrase ending in the day (closed by a comma or a perfect: causal "since the vote on Friday is
# key" goes on with a verb)
_SINCE_NP_BEFORE = lazyre.compile(
    r"\b(?i:since)[ \t\u00a0]++(?i:the|this|that|his|her|their|our|its)[ \t\u00a0\r\n]++"
    r"(?:(?!(?i:is|are|was|were|will|would|be)\b)[\w’'-]++[ \t\u00a0\r\n]++){0,4}$")
# ... or a relative clause or the end of a question ("have you seen a slowdown since the
# court order on Friday that could point to ...?", "... since the vote on Friday?"): a causal
# "since" needs a verb of its own ("since the vote on Friday is close")
_SINCE_NP_AFTER = lazyre.compile(
    r"[ \t\u00a0]*+[,?]|[ \t\u00a0\r\n]++(?i:that|which)[ \t\u00a0\r\n]++(?!(?i:is|are|will|would|was)\b)"
    r"|[ \t\u00a0\r\n]++(?i:we|they|he|she|it|there|I|you)(?:[’']ve|[ \t\u00a0\r\n]++(?i:have|has))\b")
_IN_ON = lazyre.compile(r"(?i:in|on|during)\s")

_NOT_DAY_FAMILIES = {"lexicon", "tense", "events", "quantities"}
_FAMILIES: list[Any] | None = None


def families() -> list[Any]:
    """The day-reference family modules, imported once."""
    global _FAMILIES
    if _FAMILIES is None:
        mods = []
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
            if info.name in _NOT_DAY_FAMILIES or info.name.startswith("_"):
                continue
            mod = importlib.import_module(f"{__name__}.{info.name}")
            if getattr(mod, "RULES", None):
                mods.append(mod)
        _FAMILIES = mods
    return _FAMILIES


def all_rules() -> list[Rule]:
    return [r for mod in families() for r in mod.RULES]


_plain_budget = 30_000  # characters: see find()


def find(view: str, scans: dict | None = None) -> list[Mention]:
    """Longest non-overlapping rule matches in `view` (sorted by start); tense not yet set.
    `scans` (a dict, filled here) shares the lowercased text and its ASCII copy with `match`."""
    cands: list[tuple[int, int, int, Rule, dict[str, Any]]] = []
    if scans is None:
        scans = {}
    lowered = scans["lower"] = ascii_lower(view)
    ix = _index()
    hits = [g.trigger.spans(view, lowered, scans) for g in ix.groups]
    # The first-word filter pays for itself once its memo knows the common words: the first
    # short text of a process (one small file, the usual CLI run) is read faster by the plain
    # scan (the same matches: tests/test_fast_paths.py)
    global _plain_budget
    plain = len(view) <= _plain_budget
    _plain_budget = 0
    good = None if plain else _scan(view, ix, hits)
    for rule in all_rules():
        if rule.trigger is None:
            matches = rule.pattern.finditer(view)
        else:
            gi, ri = ix.where[id(rule)]
            matches = (_anchored_matches(rule.pattern, view, hits[gi], rule.reach) if plain
                       else _anchored(rule, view, hits[gi], good[ri]))
        for m in matches:
            s, e = m.span()
            if e <= s:
                continue
            fields = rule.build(m)
            if fields is None:
                continue
            # a build may narrow the span (e.g. drop a trailing word it only looked at)
            s, e = fields.pop("_span", (s, e))
            cands.append((s, e, rule.priority, rule, fields))
    # Longest wins, but a leading preposition does not count: "June 1" beats "for June".
    def core(c):
        m = _LEAD_PREP.match(view, c[0], c[1])
        return c[1] - (m.end() if m else c[0])
    cands.sort(key=lambda c: (-core(c), -(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping
    chosen = []
    for s, e, _p, rule, fields in cands:
        i = bisect.bisect_left(taken, (s, e))
        if i > 0 and taken[i - 1][1] > s:
            continue
        if i < len(taken) and taken[i][0] < e:
            continue
        taken.insert(i, (s, e))
        kind = fields.pop("_kind", rule.kind)  # a build may change the kind ("the latest quarter")
        chosen.append(Mention(s, e, view[s:e], rule.name, kind, fields))
    chosen.sort(key=lambda m: m.start)
    return chosen


_WORD_START = lazyre.compile_re(r"\b\w")


def _anchored_matches(pattern, view: str, hits: list[tuple[int, int]], reach: int):
    """Matches of `pattern` covering each trigger hit: try `pattern.match` only at the word starts
    up to `reach` characters before the hit (leftmost first), instead of searching every position
    of the text. Every rule pattern starts at a word start. (The reference form of what
    `_scan` and `_anchored` compute faster.)"""
    covered = -1
    tried: dict[int, Any] = {}  # each start is tried once per rule: close hits share starts
    for ts, te in hits:
        if te <= covered:
            continue
        for w in _WORD_START.finditer(view, max(0, ts - reach), ts + 1):
            p = w.start()
            m = tried.get(p, False)
            if m is False:
                m = tried[p] = pattern.match(view, p)
            if m is not None and m.end() >= te:
                covered = m.end()
                yield m
                break


# ----------------------------------------------------------------------------- first-word filter
# Trying every rule's pattern at every word start near a trigger hit costs a regex call each,
# and almost all fail on their first word ("the", "to", "and"...). Whether a pattern can match
# at all on text that begins with a given string W is a property of the pattern and W alone:
# `test.match(W, partial=True)` is None only if no text starting with W can match (a partial
# match is one that ran into the end of W). The answers for W = the first word at a start, then
# W = the first two words (with what separates them), are memoised per rule, and a start is
# tried only where both pass. This is exact, not a heuristic, when:
#  - W ends where a word ends (not cut by the length cap), and the characters just before the
#    start and just after W are no word characters for `regex` either: `\b` then reads the same
#    at both ends of W in the test and in the text (checked per start);
#  - the pattern never looks before its start in a way the test (nothing before W) could fail
#    while the text passes: positive lookbehinds are made vacuous in the test pattern
#    ("(?<=X)" -> "(?<=|X)", which only widens it), and no lookbehind, "^", "$" or "\Z" sits
#    inside a negative lookaround or an atomic/possessive group (where widening could narrow);
#    "\B", "\G", "\K", "\A", "\m", "\M", conditionals and recursion do not occur.
# `_safe_for_prefix_test` checks the second point on the pattern source; a rule that fails it is
# tried at every start, as before.
_WORD = lazyre.compile_re(r"\b\w{1,40}")
_WORD_CAP = 40
_MEMO_MAX = 100_000  # entries per memo (all 1,140 briefings: 19k words, 59k pairs); cleared when full
_RX_WORD = lazyre.compile(r"\w")
_rx_word_memo: dict[str, bool] = {}


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_word_char_memo: dict[str, bool] = {}


def _word_char(c: str) -> bool:
    """A word character for stdlib `re` or for `regex`?"""
    if c < "\x80":
        return c in _ASCII_WORD
    v = _word_char_memo.get(c)
    if v is None:
        v = _word_char_memo[c] = c.isalnum() or _rx_word(c)
    return v


def _rx_word(c: str) -> bool:
    """Is `c` (a character that stdlib `re` does not count as a word character) one for `regex`?"""
    if c < "\x80":
        return False  # ASCII: both engines agree
    v = _rx_word_memo.get(c)
    if v is None:
        v = _rx_word_memo[c] = _RX_WORD.match(c) is not None
    return v


# the next token that matters (other characters and escapes skipped in one step)
_TOKENS = lazyre.compile_re(r"(?:[^\\\[#()^$]|\\[^BGKAmMZz])*+(\\.|[\[#()^$])", re.S)
_FLAT_SET = lazyre.compile_re(r"\[\^?\]?(?:[^\\\[\]]|\\.)*+\]", re.S)
# what follows "(?" -> the kind of group (others: "(?:", named groups, flags)
_KINDS = {"<=": "(?<=", "<!": "(?<!", "=": "(?=", "!": "(?!", ">": "(?>", "(": "(?(", "R": "(?R",
          "&": "(?&", "P>": "(?P>", "|": "(?|"}


def _groups_of(src: str, verbose: bool):
    """Parse a pattern's group structure (enough for `_safe_for_prefix_test`): returns
    (groups, marks) with groups = [(kind, open, close, possessive)] and marks = [(what, pos)]."""
    groups, marks, stack = [], [], []
    i, n = 0, len(src)
    while True:
        t = _TOKENS.match(src, i)
        if t is None:
            break
        i = t.start(1)
        c = t.group(1)
        if c[0] == "\\":
            marks.append((c, i))
            i += 2
        elif c == "[":
            f = _FLAT_SET.match(src, i)
            if f is not None:  # a set without a nested set: skipped in one step
                i = f.end()
                continue
            i += 1
            if src[i:i + 1] == "^":
                i += 1
            if src[i:i + 1] == "]":
                i += 1
            depth = 1
            while i < n and depth:
                if src[i] == "\\":
                    i += 1
                elif src[i] == "[":
                    depth += 1  # a nested set (version 1)
                elif src[i] == "]":
                    depth -= 1
                i += 1
        elif c == "#":
            if verbose:
                j = src.find("\n", i)
                i = n if j < 0 else j + 1
            else:
                i += 1
        elif c == "(":
            if src[i + 1:i + 2] != "?":
                kind = "("
            elif src[i + 2:i + 3] == "#":
                i = src.index(")", i) + 1
                continue
            else:
                kind = _KINDS.get(src[i + 2:i + 4]) or _KINDS.get(src[i + 2:i + 3]) or "(?:"
                if src[i + 2:i + 3].isdigit() or (src[i + 2:i + 3] in ("+", "-")
                                                  and src[i + 3:i + 4].isdigit()):
                    kind = "(?R"  # a call of a group by number
            stack.append((kind, i))
            i += 1
        elif c == ")":
            kind, start = stack.pop()
            j = i + 1
            while verbose and j < n and src[j] in " \t\r\n":
                j += 1
            possessive = False
            if j < n and src[j] in "?*+":
                possessive = src[j + 1:j + 2] == "+"
            elif j < n and src[j] == "{":
                q = re.match(r"\{\d*,?\d*\}(\+)?", src[j:j + 20])
                possessive = bool(q and q.group(1))
            groups.append((kind, start, i, possessive))
            i += 1
        else:  # ^ $
            marks.append((c, i))
            i += 1
    if stack:
        raise ValueError("unbalanced")
    for kind, start, _e, _p in groups:
        if kind in ("(?<=", "(?<!"):
            marks.append((kind, start))
    return groups, marks


def _safe_for_prefix_test(src: str, verbose: bool) -> bool:
    try:
        groups, marks = _groups_of(src, verbose)
    except (ValueError, IndexError):
        return False
    for kind, *_ in groups:
        if kind in ("(?(", "(?R", "(?&", "(?P>"):
            return False
    for what, pos in marks:
        if what in ("\\B", "\\G", "\\K", "\\A", "\\m", "\\M", "^"):
            return False
        if what in ("(?<=", "(?<!", "$", "\\Z", "\\z"):
            for kind, s, e, poss in groups:
                if s < pos < e and (kind in ("(?!", "(?<!", "(?>") or poss):
                    return False
    return True


def _prefix_test(rule: Rule):
    """The pattern `_scan` runs with partial=True on first words, or None (no filter)."""
    src = rule.pattern.pattern
    from .. import _recache

    # a pure function of the pattern source: kept in the pattern cache (~10 ms of each start)
    flags = getattr(rule.pattern, "given_flags", None)  # (a lazy pattern: without compiling it)
    if flags is None:
        flags = rule.pattern.flags
    verbose = bool(flags & regex.X)
    if not _recache.remembered("prefix-safe", (src, verbose), lambda a: _safe_for_prefix_test(*a)):
        return None
    if "(?<=" not in src:
        return rule.pattern
    return lazyre.compile(src.replace("(?<=", "(?<=|"), flags)


class _Index:
    """The rules with a trigger, grouped by trigger (triggers with equal keys are one group):
    per group its trigger, rules, reach and bit; per rule its first-word test; the memos of
    those tests, kept across texts (a property of the patterns and the words only)."""

    def __init__(self, rules: list[Rule]):
        self.groups: list[Any] = []  # _IndexGroup
        self.where: dict[int, tuple[int, int]] = {}  # id(rule) -> (group, global rule index)
        self.tests: list[Any] = []  # per global rule index
        self.rule_bits: list[int] = []  # per group: bits of its rules
        keys: dict[Any, int] = {}
        for r in rules:
            if r.trigger is None:
                continue
            gi = keys.get(r.trigger.key)
            if gi is None:
                gi = keys[r.trigger.key] = len(self.groups)
                self.groups.append(_IndexGroup(r.trigger, 0))
                self.rule_bits.append(0)
            ri = len(self.tests)
            self.tests.append(_prefix_test(r))
            self.where[id(r)] = (gi, ri)
            self.rule_bits[gi] |= 1 << ri
            self.groups[gi].reach = max(self.groups[gi].reach, r.reach)
        self.memo: dict[str, tuple[int, int]] = {}  # first word -> (rules tested, rule bits)
        # first two words -> (rules tested, rule bits): only the rules that passed on the first
        # word are tested on the two (the others cannot match there anyway)
        self.memo2: dict[str, tuple[int, int]] = {}
        self._indices_of_bits: dict[int, list[int]] = {}
        self._rules_of: dict[int, int] = {}

    def rules_of(self, groups: int) -> int:
        """Bits of the rules of a set of groups (bit mask)."""
        r = self._rules_of.get(groups)
        if r is None:
            r = 0
            for gi, bits in enumerate(self.rule_bits):
                if groups >> gi & 1:
                    r |= bits
            self._rules_of[groups] = r
        return r

    def test(self, memo: dict, text: str, rule_bits: int) -> int:
        """Bits of the rules in `rule_bits` whose test passes on `text` (memoised per rule: a
        miss runs only the rules not tested on `text` yet)."""
        done, bits = memo.get(text, (0, 0))
        todo = rule_bits & ~done
        if todo:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            idx = self._indices_of_bits.get(todo)
            if idx is None:
                idx = self._indices_of_bits[todo] = [ri for ri in range(len(self.tests)) if todo >> ri & 1]
            tests = self.tests
            for ri in idx:
                t = tests[ri]
                if t is None or t.match(text, partial=True) is not None:
                    bits |= 1 << ri
            memo[text] = (done | todo, bits)
        return bits


@record(slots=True)
class _IndexGroup:
    trigger: Any
    reach: int


_INDEX: _Index | None = None


def _index() -> _Index:
    global _INDEX
    if _INDEX is None:
        _INDEX = _Index(all_rules())
    return _INDEX


def _scan(view: str, ix: _Index, hits: list[list[tuple[int, int]]]) -> list[list[int]]:
    """Per rule (global index), the sorted word starts within its trigger's windows (each hit
    and the `reach` characters before it, the largest reach of the trigger's rules) where its
    first-word and first-two-words tests pass. The word starts in all windows are scanned once;
    `active` follows which groups' windows hold the current start."""
    n = len(view)
    nrules = len(ix.tests)
    good: list[list[int]] = [[] for _ in range(nrules)]
    bits_list: dict[int, list[int]] = {}
    events: list[tuple[int, int]] = []  # (position, group bit): a window opens or closes
    windows: list[tuple[int, int]] = []
    for gi, hs in enumerate(hits):
        reach, bit = ix.groups[gi].reach, 1 << gi
        cur = None
        for ts, _te in hs:  # the windows [ts - reach, ts] of a group, merged
            lo = ts - reach if ts > reach else 0
            if cur is not None and lo <= cur[1]:
                if ts > cur[1]:
                    cur[1] = ts
            else:
                if cur is not None:
                    events.append((cur[0], bit))
                    events.append((cur[1] + 1, bit))
                    windows.append((cur[0], cur[1]))
                cur = [lo, ts]
        if cur is not None:
            events.append((cur[0], bit))
            events.append((cur[1] + 1, bit))
            windows.append((cur[0], cur[1]))
    if not windows:
        return good
    events.sort()
    windows.sort()
    segs: list[list[int]] = []
    for lo, hi in windows:
        if segs and lo <= segs[-1][1]:
            if hi > segs[-1][1]:
                segs[-1][1] = hi
        else:
            segs.append([lo, hi])
    ne, k, active, ra = len(events), 0, 0, 0
    memo, memo2, rules_of, test = ix.memo, ix.memo2, ix.rules_of, ix.test
    ascii_word = _ASCII_WORD

    def add(p: int, mask: int) -> None:
        lst = bits_list.get(mask)
        if lst is None:
            lst = bits_list[mask] = [i for i in range(nrules) if mask >> i & 1]
        for i in lst:
            good[i].append(p)

    for lo, hi in segs:
        pend = None  # a start that passed on its first word, waiting for the second
        # a word starting at or before `hi` is read whole (up to the cap): endpos hi + cap;
        # so is the word after it, when it starts before that
        for w in _WORD.finditer(view, lo, hi + _WORD_CAP + 1):
            p, e = w.span()
            # the word ends there (not cut by the cap or endpos), before no word character
            if e == n:
                clean = True
            else:
                c = view[e]
                clean = c not in ascii_word if c < "\x80" else not _word_char(c)
            if pend is not None:
                # the same tests on the first two words (and what separates them)
                pp, pm = pend
                pend = None
                if clean:
                    key = view[pp:e]
                    ent = memo2.get(key)
                    pm &= ent[1] if ent is not None and ent[0] & pm == pm else test(memo2, key, pm)
                if pm:
                    add(pp, pm)
            if p > hi:
                break
            if k < ne and events[k][0] <= p:
                while k < ne and events[k][0] <= p:
                    active ^= events[k][1]
                    k += 1
                ra = rules_of(active)
            if not clean or (p and view[p - 1] > "\x7f" and _rx_word(view[p - 1])):
                # the test would not read this word as the text does: try every rule
                add(p, ra)
                continue
            word = w.group()
            ent = memo.get(word)
            mask = ent[1] & ra if ent is not None and ent[0] & ra == ra else test(memo, word, ra)
            if mask:
                pend = (p, mask)
        if pend is not None:
            add(pend[0], pend[1])
    return good


def _anchored(rule: Rule, view: str, hits: list[tuple[int, int]], starts: list[int]):
    """What `_anchored_matches(rule.pattern, view, hits, rule.reach)` yields, trying only the
    `starts` (sorted) that `_scan` kept for the rule."""
    if not starts:
        return
    pattern, reach = rule.pattern, rule.reach
    bisect_left = bisect.bisect_left
    ns = len(starts)
    covered = -1
    tried: dict[int, Any] = {}
    for ts, te in hits:
        if te <= covered:
            continue
        i = bisect_left(starts, ts - reach)
        while i < ns:
            p = starts[i]
            if p > ts:
                break
            i += 1
            m = tried.get(p, False)
            if m is False:
                m = tried[p] = pattern.match(view, p)
            if m is not None and m.end() >= te:
                covered = m.end()
                yield m
                break


def match(doc) -> list[Mention]:
    """All mentions in the document, sorted by start, non-overlapping, with clause tense."""
    from . import tense

    scans: dict[Any, Any] = {}
    mentions = find(doc.view, scans)
    prior = tense.document_tense(doc.view, scans["lower"], scans) if mentions else None
    markers = tense.Markers(doc.view, scans["lower"], scans) if mentions else None
    prev_end = -1
    for mt in mentions:
        mt.fields["prior"] = prior
        if 0 <= prev_end and mt.start - prev_end <= 10:
            # what joins this mention to the one before ("and", "through", ", "): lists/ranges
            mt.fields["gap_before"] = doc.view[prev_end:mt.start]
        prev_end = mt.end
        mt.text = doc.text[mt.start:mt.end]
        mt.tense, cue = tense.tense_and_cue(doc.view, mt.start, mt.end, markers)
        weak = cue is not None and cue.endswith("(weak)")
        if (mt.tense is None or weak) and _LEAD_FUTURE.match(doc.view, mt.start, mt.end):
            mt.tense, cue = "future", doc.view[mt.start:mt.end].split()[0]  # "by the fall": ahead
        elif (mt.tense is None or weak) and _BEFORE_FUTURE.search(doc.view, max(0, mt.start - 18), mt.start):
            mt.tense, cue = "future", "until"
        elif (mt.tense is None or weak) and mt.kind == "weekday" and "til" in doc.view[max(0, mt.start - 60):mt.start] and \
                _BEFORE_FUTURE_CLOCK.search(doc.view, max(0, mt.start - 60), mt.start):
            mt.tense, cue = "future", "until"
        if _SINCE.match(doc.view, mt.start, mt.end) or _BEFORE_SINCE.search(
                doc.view, max(0, mt.start - 22), mt.start) or (
                _IN_ON.match(doc.view, mt.start, mt.end) and _SINCE_NP_AFTER.match(doc.view, mt.end)
                and _SINCE_NP_BEFORE.search(doc.view, max(0, mt.start - 60), mt.start)):
            mt.tense, cue = "past", "since"
        elif _IN_ON.match(doc.view, mt.start, mt.end) and _BEFORE_BACK.search(
                doc.view, max(0, mt.start - 30), mt.start):
            mt.tense, cue = "past", "back"
        if cue:
            mt.fields["tense_cue"] = " ".join(cue.split())
            mt.fields["tense_weak"] = cue.endswith("(weak)")
    return mentions


# ----------------------------------------------------------------------------- examples
def checks(rule_names: set[str] | Callable[[], set[str]], default_date: str = "2017-12-04"):
    """check_example/check_negative for a family. An example is
    `(text, briefing_date, expected_value[, expected_span_text])`; expected_value is the TimeML
    value, or "first/last" for a multi-day reference. A negative is a text in which no rule of
    the family may produce a reference."""

    def names() -> set[str]:
        return rule_names() if callable(rule_names) else rule_names

    def check_example(example) -> None:
        from ..resolve import resolve_phrase

        text, date, want = example[:3]
        span = example[3] if len(example) > 3 else None
        refs = resolve_phrase(text, dt.date.fromisoformat(date), fallback=False)
        mine = [r for r in refs if r.rule in names()]
        got = [(r.text, r.value, r.rule) for r in refs]
        assert any(r.value == want and (span is None or r.text == span) for r in mine), (
            f"{text!r} @ {date}: want {want!r}" + (f" on {span!r}" if span else "") + f", got {got}")

    def check_negative(text: str) -> None:
        from ..resolve import resolve_phrase

        refs = resolve_phrase(text, dt.date.fromisoformat(default_date), fallback=False)
        bad = [(r.text, r.value, r.rule) for r in refs if r.rule in names()]
        assert not bad, f"{text!r} must not match, got {bad}"

    return check_example, check_negative


def compile_(pattern: str) -> "regex.Pattern[str]":
    """Compile a rule pattern: verbose, version 1, word boundaries Unicode-aware. A literal
    blank between words (`[ ]` in verbose patterns) accepts any run of blanks with at most one
    line break: transcripts hard-wrap inside phrases ("the end\nof October")."""
    from .lexicon import WS

    return lazyre.compile(pattern.replace("[ ]", WS), regex.V1 | regex.X)
