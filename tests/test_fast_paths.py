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
