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
from dataclasses import dataclass
from typing import Any, Callable

import re

import regex

from ..model import Mention
from .lexicon import ascii_lower

Build = Callable[["regex.Match[str]"], "dict[str, Any] | None"]


@dataclass(frozen=True, slots=True)
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
_LEAD_PREP = regex.compile(
    r"(?i:on|in|since|by|until|till|from|before|after|during|through|throughout|for|of|at|over|"
    r"between|as of|starting|beginning|around|to)\s+")

_LEAD_FUTURE = regex.compile(r"(?i:by|until|till)\s")
# The same words just before a mention that does not include them ("embargoed until 5:00 a.m.
# Monday"): the deadline lies ahead.
_BEFORE_FUTURE = regex.compile(r"\b(?i:until|till)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
# "since March", "ever since Monday": the period began before the briefing, whatever the verb.
_SINCE = regex.compile(r"(?i:since)\s")
# ... and "as recently as St. Patrick's Day", "as late as last June", "back in February"
_BEFORE_SINCE = regex.compile(
    r"\b(?i:since|as[ \t]recently[ \t]as|as[ \t]late[ \t]as)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
# "back in February", "back on Monday": looking back -- unless someone comes/gets/will be back then
_BEFORE_BACK = regex.compile(
    r"(?<!\b(?i:be|come|comes|coming|get|gets|getting|go|goes|going|bring|head|heading|fly|flying|"
    r"report|circle|check|call|write|hear|move|moving|push|pushed|way|money|them|it|you|him|us)"
    r"[ \t\u00a0]++)\b(?i:back)[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?$")
_IN_ON = regex.compile(r"(?i:in|on|during)\s")

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


def find(view: str, scans: dict | None = None) -> list[Mention]:
    """Longest non-overlapping rule matches in `view` (sorted by start); tense not yet set.
    `scans` (a dict, filled here) shares the lowercased text and its ASCII copy with `match`."""
    cands: list[tuple[int, int, int, Rule, dict[str, Any]]] = []
    groups: dict[Any, _Group] = {}
    if scans is None:
        scans = {}
    lowered = scans["lower"] = ascii_lower(view)
    for rule in all_rules():
        if rule.trigger is None:
            matches = rule.pattern.finditer(view)
        else:
            g = groups.get(rule.trigger.key)
            if g is None:
                g = groups[rule.trigger.key] = _Group(_group_of(rule.trigger), view,
                                                      rule.trigger.spans(view, lowered, scans))
            matches = g.matches(rule)
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


_WORD_START = re.compile(r"\b\w")


def _anchored_matches(pattern, view: str, hits: list[tuple[int, int]], reach: int):
    """Matches of `pattern` covering each trigger hit: try `pattern.match` only at the word starts
    up to `reach` characters before the hit (leftmost first), instead of searching every position
    of the text. Every rule pattern starts at a word start. (The reference form of what
    `_Group.matches` computes faster.)"""
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
# at all on text that begins with a given word W is a property of the pattern and W alone:
# `test.match(W, partial=True)` is None only if no text starting with W can match (a partial
# match is one that ran into the end of W). That answer is memoised per word and rule, and a
# start is tried only where it is not None. It is exact, not a heuristic, when:
#  - W is the whole word at p, and the characters just before p and just after W are no word
#    characters for `regex` either (`\b` then reads the same at both ends of W in the test and
#    in the text; checked per start), and W is not cut short by the length cap;
#  - the pattern never looks before its start in a way the test (nothing before W) could fail
#    while the text passes: positive lookbehinds are made vacuous in the test pattern
#    ("(?<=X)" -> "(?<=|X)", which only widens it), and no lookbehind, "^", "$" or "\Z" sits
#    inside a negative lookaround or an atomic/possessive group (where widening could narrow);
#    "\B", "\G", "\K", "\A", "\m", "\M", conditionals and recursion do not occur.
# `_safe_for_prefix_test` checks the second point on the pattern source; a rule that fails it is
# tried at every start, as before.
_WORD = re.compile(r"\b\w{1,40}")
_WORD_CAP = 40
_MEMO_MAX = 200_000  # words per trigger group; cleared when full (bounded memory on odd input)
_RX_WORD = regex.compile(r"\w")
_rx_word_memo: dict[str, bool] = {}


def _rx_word(c: str) -> bool:
    """Is `c` (a character that stdlib `re` does not count as a word character) one for `regex`?"""
    if c < "\x80":
        return False  # ASCII: both engines agree
    v = _rx_word_memo.get(c)
    if v is None:
        v = _rx_word_memo[c] = _RX_WORD.match(c) is not None
    return v


def _groups_of(src: str, verbose: bool):
    """Parse a pattern's group structure (enough for `_safe_for_prefix_test`): returns
    (groups, marks) with groups = [(kind, open, close, possessive)] and marks = [(what, pos)]."""
    groups, marks, stack = [], [], []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            marks.append(("\\" + src[i + 1:i + 2], i))
            i += 2
        elif c == "[":
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
        elif c == "#" and verbose:
            j = src.find("\n", i)
            i = n if j < 0 else j + 1
        elif c == "(":
            if src.startswith("(?#", i):
                i = src.index(")", i) + 1
                continue
            for kind in ("(?<=", "(?<!", "(?=", "(?!", "(?>", "(?(", "(?R", "(?&", "(?P>", "(?|"):
                if src.startswith(kind, i):
                    break
            else:
                kind = "(?:" if src.startswith("(?", i) and src[i + 2:i + 3] != "P" else "("
                if src[i + 2:i + 3].isdigit() or src.startswith("(?P>", i):
                    kind = "(?R"
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
                q = re.match(r"\{\d*,?\d*\}(\+)?", src[j:])
                possessive = bool(q and q.group(1))
            groups.append((kind, start, i, possessive))
            i += 1
        else:
            if c in "^$":
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
    """The pattern `_Group` runs with partial=True on first words, or None (no filter)."""
    src = rule.pattern.pattern
    if not _safe_for_prefix_test(src, bool(rule.pattern.flags & regex.X)):
        return None
    if "(?<=" not in src:
        return rule.pattern
    return regex.compile(src.replace("(?<=", "(?<=|"), rule.pattern.flags)


@dataclass(slots=True)
class _Shared:
    """Per trigger (triggers with equal keys are one), across texts: its rules, their
    first-word tests and the memos."""
    rules: list
    tests: list
    reach: int
    memo: dict  # first word -> bit mask of the rules whose test passes
    memo2: dict  # first two words (from a start whose first word passed) -> bit mask


_SHARED: dict[Any, _Shared] = {}


def _group_of(trig) -> _Shared:
    sh = _SHARED.get(trig.key)
    if sh is None:
        rs = [r for r in all_rules() if r.trigger is not None and r.trigger.key == trig.key]
        sh = _SHARED[trig.key] = _Shared(rs, [_prefix_test(r) for r in rs], max(r.reach for r in rs), {}, {})
    return sh


class _Group:
    """One trigger over one text: its hits and, per rule of the trigger, the sorted word starts
    near those hits (within the largest reach of the trigger's rules) at which the rule's
    first-word test passes."""

    __slots__ = ("sh", "view", "hits", "good")

    def __init__(self, sh: _Shared, view: str, hits: list[tuple[int, int]]):
        self.sh, self.view, self.hits = sh, view, hits
        self.good: list[list[int]] | None = None

    def _scan(self) -> list[list[int]]:
        view, sh = self.view, self.sh
        memo, memo2, tests, reach = sh.memo, sh.memo2, sh.tests, sh.reach
        if len(memo) > _MEMO_MAX:
            memo.clear()
        if len(memo2) > _MEMO_MAX:
            memo2.clear()
        full = (1 << len(tests)) - 1
        bits = [[i for i in range(len(tests)) if m >> i & 1] for m in range(full + 1)]
        good: list[list[int]] = [[] for _ in tests]
        n = len(view)
        segs: list[list[int]] = []  # the windows [ts - reach, ts], merged
        for ts, _te in self.hits:
            lo = ts - reach if ts > reach else 0
            if segs and lo <= segs[-1][1]:
                if ts > segs[-1][1]:
                    segs[-1][1] = ts
            else:
                segs.append([lo, ts])
        for lo, hi in segs:
            pend = None  # a start that passed on its first word, waiting for the second
            # a word starting at or before `hi` is read whole (up to the cap): endpos hi + cap;
            # so is the word after it, when it starts before that
            for w in _WORD.finditer(view, lo, hi + _WORD_CAP + 1):
                p = w.start()
                e = w.end()
                clean = (e == n or e - p < _WORD_CAP and not (view[e] > "\x7f" and _rx_word(view[e])))
                if pend is not None:
                    # the same test on the first two words (and what separates them)
                    pp, pm = pend
                    pend = None
                    if clean:
                        key = view[pp:e]
                        m2 = memo2.get(key)
                        if m2 is None:
                            m2 = 0
                            for i in bits[pm]:
                                t = tests[i]
                                if t is None or t.match(key, partial=True) is not None:
                                    m2 |= 1 << i
                            memo2[key] = m2
                        pm = m2
                    for i in bits[pm]:
                        good[i].append(pp)
                if p > hi:
                    break
                if not clean or (p and view[p - 1] > "\x7f" and _rx_word(view[p - 1])):
                    # the test would not read this word as the text does: try every rule
                    for i in bits[full]:
                        good[i].append(p)
                    continue
                word = w.group()
                mask = memo.get(word)
                if mask is None:
                    mask = 0
                    for i, t in enumerate(tests):
                        if t is None or t.match(word, partial=True) is not None:
                            mask |= 1 << i
                    memo[word] = mask
                if mask:
                    pend = (p, mask)
            if pend is not None:
                for i in bits[pend[1]]:
                    good[i].append(pend[0])
        self.good = good
        return good

    def matches(self, rule: Rule):
        """What `_anchored_matches(rule.pattern, view, hits, rule.reach)` yields."""
        good = self.good if self.good is not None else self._scan()
        starts = good[self.sh.rules.index(rule)]
        if not starts:
            return
        pattern, view, reach = rule.pattern, self.view, rule.reach
        bisect_left = bisect.bisect_left
        ns = len(starts)
        covered = -1
        tried: dict[int, Any] = {}
        for ts, te in self.hits:
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
    prev_end = -1
    for mt in mentions:
        mt.fields["prior"] = prior
        if 0 <= prev_end and mt.start - prev_end <= 10:
            # what joins this mention to the one before ("and", "through", ", "): lists/ranges
            mt.fields["gap_before"] = doc.view[prev_end:mt.start]
        prev_end = mt.end
        mt.text = doc.text[mt.start:mt.end]
        mt.tense, cue = tense.tense_and_cue(doc.view, mt.start, mt.end)
        weak = cue is not None and cue.endswith("(weak)")
        if (mt.tense is None or weak) and _LEAD_FUTURE.match(doc.view, mt.start, mt.end):
            mt.tense, cue = "future", doc.view[mt.start:mt.end].split()[0]  # "by the fall": ahead
        elif (mt.tense is None or weak) and _BEFORE_FUTURE.search(doc.view, max(0, mt.start - 12), mt.start):
            mt.tense, cue = "future", "until"
        if _SINCE.match(doc.view, mt.start, mt.end) or _BEFORE_SINCE.search(
                doc.view, max(0, mt.start - 22), mt.start):
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

    return regex.compile(pattern.replace("[ ]", WS), regex.V1 | regex.X)
