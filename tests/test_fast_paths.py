"""The speed-ups must compute exactly what the plain versions they replace compute.

`rules.find` tries a rule's pattern only at the word starts `_scan` keeps (a first-word and
first-two-words test per rule); `_anchored_matches` is the plain version that tries every word
start near a trigger hit. Both must yield the same matches, on real transcripts and on texts
built to stress the word tests (odd Unicode next to words, case flips, long words, wrapped lines).
"""
import random
from pathlib import Path

import pytest

from agendactl import rules
from agendactl.document import read_bytes
from agendactl.rules.lexicon import ascii_lower

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _texts() -> list[str]:
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "devgold").glob("*.md"))[:8]
    paths += sorted((SHARED / "corpus").glob("*.md"))
    views = [read_bytes(p.read_bytes(), str(p)).view for p in paths]
    rnd = random.Random(7)
    pieces = ["on Monday", "next week", "Dec. 4", "the 5th of December", "in 2017", "last year",
              "this\nmorning", "Mon-day", "ÉTÉ 2019", "day’s", "todays", "Tomorrow", "DECEMBER 5TH",
              "over the next two weeks", "the week after next", "mid-January", "Q3 2020", "1990s",
              "the first half of the year", "St. Patrick's Day", "née", "x" * 40, "\u00e9t\u00e9",
              "in late\nNovember", "12/4/2017", "2017-12-04", "a decade ago", "ﬁrst week", "Ｍonday"]
    for _ in range(60):
        words = [rnd.choice(pieces) for _ in range(rnd.randint(3, 30))]
        text = "".join(w + rnd.choice([" ", ", ", ". ", "\n", " and ", "—"]) for w in words)
        views.append(text if rnd.random() < 0.5 else text.swapcase())
    return views


TEXTS = _texts()


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_anchored_scan_equals_the_plain_scan(i):
    view = TEXTS[i]
    lowered = ascii_lower(view)
    scans = {"lower": lowered}
    ix = rules._index()
    hits = [g.trigger.spans(view, lowered, scans) for g in ix.groups]
    good = rules._scan(view, ix, hits)
    for rule in rules.all_rules():
        if rule.trigger is None:
            continue
        gi, ri = ix.where[id(rule)]
        fast = [m.span() for m in rules._anchored(rule, view, hits[gi], good[ri])]
        plain = [m.span() for m in rules._anchored_matches(rule.pattern, view, hits[gi], rule.reach)]
        assert fast == plain, (rule.name, view[:200])


# --------------------------------------------------------------------------- event heads
# EVENT_VERB and EVENT_NOUN check a list of first words by a lookahead before their alternation
# (a faster scan). The lists must cover every alternative: the guarded pattern must match
# exactly what the pattern without the guard matches.
def _event_texts() -> list[str]:
    from agendactl.rules import events

    texts = [x["text"] if isinstance(x, dict) else x for x in events.EXAMPLES + events.NEGATIVES]
    return texts + TEXTS[:20]


@pytest.mark.parametrize("name,starts", [("EVENT_VERB", "_VERB_STARTS"), ("EVENT_NOUN", "_NOUN_STARTS")])
def test_event_head_guards_lose_nothing(name, starts):
    import regex

    from agendactl.rules import events

    guarded = getattr(events, name)
    guard = events._starts_with_any(getattr(events, starts))
    assert guard in guarded.pattern
    plain = regex.compile(guarded.pattern.replace(guard, "", 1), guarded.flags)
    for text in _event_texts():
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)], text[:200]


# Clause tense: `tense.Markers` finds the clause markers with stdlib patterns on the ASCII copy
# (where they read the text alike) and memoises them per clause; `tense._spans` is the plain
# `regex` scan. Same spans for every clause of every mention and for random windows, on texts
# with the characters that tell the two apart (non-ASCII word characters, the Kelvin sign, long
# s, dotted I, curly apostrophes) right at window edges.
_TENSE_PIECES = ["we issued", "He said", "will", "won’t", "they’ll", "WASN’T", "has been", "going to",
                 "The White House announced", "ahead", "ahead of", "next to", "having traveled",
                 "anticipated", "\u212aeep", "ſaid", "İt", "éed", "naïved", "éwill", "Ωsaid", "issued", "x" * 30,
                 "Friday", "on Monday", "last week", "wouldn't", "I\nplanned", "I  \nhoped", "expects to",
                 "expected to", "Expected"]


def _tense_texts() -> list[str]:
    rnd = random.Random(11)
    out = TEXTS[:]
    for _ in range(80):
        words = [rnd.choice(_TENSE_PIECES) for _ in range(rnd.randint(3, 40))]
        text = "".join(w + rnd.choice([" ", ", ", ". ", "\n", "; ", "—", "", "’"]) for w in words)
        out.append(text if rnd.random() < 0.7 else text.swapcase())
    return out


TENSE_TEXTS = _tense_texts()


@pytest.mark.parametrize("i", range(len(TENSE_TEXTS)))
def test_tense_markers_equal_the_plain_scan(i):
    from agendactl.rules import tense

    view = TENSE_TEXTS[i]
    markers = tense.Markers(view)
    rnd = random.Random(i)
    windows = {tense._clause(view, m.start, m.end) for m in rules.find(view)}
    n = len(view)
    windows |= {tuple(sorted((rnd.randint(0, n), rnd.randint(0, n)))) for _ in range(30)}
    windows |= {(a, min(n, a + rnd.randint(0, 12))) for a in range(0, n, 7)}
    # windows starting right after / ending right at a non-ASCII character
    odd = [j for j, c in enumerate(view) if c > "\x7f"]
    windows |= {(j + 1, min(n, j + 1 + rnd.randint(1, 40))) for j in odd}
    windows |= {(max(0, j - rnd.randint(1, 40)), j) for j in odd}
    for a, b in sorted(windows):
        for p in tense._MARKERS:
            assert markers.spans(p, a, b) == tense._spans(p, view, a, b, tense._GROUP.get(p, 0)), (
                p.pattern[:30], a, b, view[a:b])
    for m in rules.find(view):
        assert tense.tense_and_cue(view, m.start, m.end, markers) == tense.tense_and_cue(view, m.start, m.end)


# Resolution: `resolve.resolve` re-runs its second pass (document hints: the year a month or
# date got where its clause had a tense) only from the first mention that asked for a hint it
# now gets; `_resolve_two_passes` runs both passes in full. Same references.
_HINT_TEXTS = [
    "The order was signed in February. We will talk about the February order. In February, "
    "the talks on March 3 went on. On March 3 we met. Next week, we meet. February, again.",
    "We met on March 3. In March, the ministers travel. The March summit will review what "
    "happened on March 3. Later in March, and on Friday, more talks. On the 4th they rest.",
    "Tomorrow, the President travels. He signed the bill in May last year. In May, "
    "the bill takes effect. May 4 was the date. On May 4 we meet.",
]


def _refs_text_cases():
    from agendactl.briefing import Briefing

    cases = [(read_bytes(t.encode(), "<t>"), Briefing("2021-06-15", "option", None, weekday="Tuesday"))
             for t in _HINT_TEXTS]
    for view in TEXTS:
        cases.append((read_bytes(view.encode(), "<t>"),
                      Briefing("2017-12-04", "option", None, weekday="Monday")))
    return cases


def test_resolve_equals_two_full_passes():
    from agendactl import resolve

    changed = 0
    for doc, brief in _refs_text_cases():
        mentions = rules.match(doc)
        fast = resolve.resolve(mentions, doc, brief)
        plain = resolve._resolve_two_passes(mentions, doc, brief)
        assert fast == plain, doc.text[:200]
        one = [r for _, r in resolve._resolve_pass(mentions, doc, brief, {})]
        changed += one != plain
    assert changed >= 2  # the second pass matters in some of these texts


# The memos `_scan` fills: a first word's entry (rules tested, rule bits) holds exactly the
# rules of those groups whose test passes on the word; a first-two-words entry (rules tested,
# rule bits) exactly the tested rules whose test passes on the two words. Checked against the
# plain partial match, rule by rule, after scanning the texts above.
def test_word_memos_equal_the_plain_tests():
    ix = rules._index()
    for view in TEXTS[:40]:
        lowered = ascii_lower(view)
        scans = {"lower": lowered}
        rules._scan(view, ix, [g.trigger.spans(view, lowered, scans) for g in ix.groups])

    def plain(text, rule_bits):
        return sum(1 << ri for ri, t in enumerate(ix.tests)
                   if rule_bits >> ri & 1 and (t is None or t.match(text, partial=True) is not None))

    assert ix.memo and ix.memo2
    for word, (tested, bits) in list(ix.memo.items()):
        assert bits == plain(word, tested), word
    for key, (tested, bits) in list(ix.memo2.items()):
        assert bits == plain(key, tested), key


def test_every_triggered_rule_has_a_first_word_filter():
    """A rule whose pattern the first-word test cannot read exactly (a lookbehind or "^" inside a
    negative lookaround, see rules._safe_for_prefix_test) is tried at every word start near its
    trigger: one such rule cost a fifth of the match stage. Write the pattern without it (e.g.
    "(?![a-z]*ing\\b)[a-z]++\\b" for "[a-z]++\\b(?<!ing)", "(?<![\\s\\S])" for "^" in a lookbehind)."""
    ix = rules._index()
    unfiltered = [r.name for r in rules.all_rules() if id(r) in ix.where and ix.tests[ix.where[id(r)][1]] is None]
    assert unfiltered == []


# Header lines the dateparser fallback may see: dates it reads, and lines it cannot read.
_HEADER_LINES_READ = ["December 4th 2017", "4.12.2017", "2017/12/04", "12/04/2017", "Monday 4 Dec 2017",
                      "2017-12-04", "4 December, 2017", "Sept. 4, 2017", "4-Dec-2017", "Dec 2017 4",
                      "2017 12 04", "December 2017, 4th"]
_HEADER_LINES_UNREAD = ["the fourth of December 2017", "December first, 2017", "in March of 2023.",
                        "Woodside, California, in November 2023.", "2011 to 2013.", "sector by 2030.",
                        "twenty-first of March 2021", "20171204", "04122017", "relations in 2026.",
                        "percent — highest since 2015.", "Women Act in 1994 as a senator."]


def test_dateparser_header_guard_loses_no_date():
    """briefing._may_hold_full_date keeps dateparser (and its 0.4 s load) away from lines it cannot
    read: every line it turns away must be one dateparser reads as nothing."""
    from agendactl import briefing

    for line in _HEADER_LINES_READ:
        assert briefing.dateparser_date(line) is not None, line
        assert briefing._may_hold_full_date(line), line
    for line in _HEADER_LINES_UNREAD:
        if not briefing._may_hold_full_date(line):
            assert briefing.dateparser_date(line) is None, line
    turned_away = [ln for ln in _HEADER_LINES_UNREAD if not briefing._may_hold_full_date(ln)]
    assert len(turned_away) >= 10  # the guard does turn the running-text lines away
