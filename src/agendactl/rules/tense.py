"""Clause tense around a mention: "future", "past" or None (present / unknown).

The clause is the stretch of the sentence around the mention, cut at sentence ends, semicolons
and line breaks, at most ~140 characters each side. The nearest strong marker wins (will, shall,
going to, plan, upcoming / was, were, did, had, ago, said); otherwise the nearest past participle
in -ed that follows a subject-like word; otherwise None.
"""
from __future__ import annotations

import regex

_WINDOW = 140
_BOUNDARY = regex.compile(r"[.!?;\n](?=\s)|\n|[\"“”]")

_FUTURE = regex.compile(
    r"""\b(?:will|won['’]t|shall|(?<=\w)['’]ll|going\ to|gonna|plans?\ to|planning\ to|intends?\ to
    |expects?\ to|expected\ to|scheduled|upcoming|forthcoming|set\ to|due\ to|is\ to|are\ to
    |would\ be\ held|to\ be\ held|ahead|preview(?:ing)?|looking\ forward|look\ forward)\b""",
    regex.I | regex.X)
_PAST = regex.compile(
    r"""\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|ago|said|says|told|announced|agreed
    |met|went|came|took|gave|made|held|saw|spoke|began|left|signed|launched|closed|fell|rose
    |earlier|reported|last|been|got|became|sent|won|lost|ended|started|hit|put|set\ up
    |[a-z]{3,}ed)\b""",
    regex.I | regex.X)
# -ed words that are usually adjectives, not past verbs
_NOT_PAST = frozenset("""united based concerned interested related expected scheduled limited
advanced supposed used needed detailed proposed planned continued increased reduced combined
coordinated sustained dedicated red need seed feed speed indeed hundred embed shed bed proceed
succeed exceed weed breed""".split())


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


def clause_tense(view: str, start: int, end: int) -> str | None:
    a, b = _clause(view, start, end)
    best: tuple[int, str] | None = None

    def consider(pattern, label, strong=True):
        nonlocal best
        for m in pattern.finditer(view, a, b):
            if start <= m.start() < end:
                continue  # a word of the mention itself ("last week") is not clause tense
            w = m.group().lower()
            if label == "past" and w.endswith("ed") and w not in _STRONG_PAST_WORDS:
                if w in _NOT_PAST or not strong:
                    continue
            d = start - m.end() if m.end() <= start else m.start() - end
            if best is None or d < best[0]:
                best = (d, label)

    consider(_FUTURE, "future")
    consider(_PAST, "past")
    return best[1] if best else None


_STRONG_PAST_WORDS = frozenset({"agreed", "announced", "signed", "launched", "closed", "reported",
                                "ended", "started", "said"})

EXAMPLES = [
    ("On Wednesday, we will address terrorism.", "future"),
    ("on Wednesday we agreed to do more.", "past"),
    ("The talks ended on Friday.", "past"),
    ("We are going to meet on Friday.", "future"),
    ("Ministers meet on Friday.", None),
    ("He said he would go. On Friday the ministers meet.", None),
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
