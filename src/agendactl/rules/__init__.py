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


def find(view: str) -> list[Mention]:
    """Longest non-overlapping rule matches in `view` (sorted by start); tense not yet set."""
    cands: list[tuple[int, int, int, Rule, dict[str, Any]]] = []
    hits: dict[Any, list[tuple[int, int]]] = {}
    scans: dict[Any, list[tuple[int, int]]] = {}
    lowered = ascii_lower(view)
    for rule in all_rules():
        if rule.trigger is None:
            matches = rule.pattern.finditer(view)
        else:
            h = hits.get(rule.trigger)
            if h is None:
                h = hits[rule.trigger] = rule.trigger.spans(view, lowered, scans)
            matches = _anchored_matches(rule.pattern, view, h, rule.reach)
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
    of the text. Every rule pattern starts at a word start."""
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


def match(doc) -> list[Mention]:
    """All mentions in the document, sorted by start, non-overlapping, with clause tense."""
    from . import tense

    mentions = find(doc.view)
    prior = tense.document_tense(doc.view) if mentions else None
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
