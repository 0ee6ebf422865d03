"""What an amount of money is for, when the words after it say so without "to"/"for" (those
are read in commitments.py): the two ways briefings most often name what money buys.

- "in" + the kind of money: "$650 million in security assistance to Ukraine",
  "$130 billion in American Rescue Plan funding", "nearly $2 billion in development assistance".
- the amount as a modifier of a programme noun: "a new $60 million security assistance package
  for Ukraine", "a $1 billion fund for clean energy".

`after_amount(view, pos, end)` reads view[pos:end] (pos: just after the amount) and returns the
(start, end) of the purpose, or None. Used for money only: "500 million shots in arms" or
"3,000 troops in Poland" say where, not what for.

Not purposes: when and where ("$5 billion in 2022", "in the first year", "in Ohio", "in total",
"in the region": a determiner, a time word or a capitalised last word), and a bare programme
noun ("a $3.5 trillion package" says nothing of what it is for).
"""
from __future__ import annotations

from . import lazyre

# A word of a noun phrase (letters, inner hyphens or apostrophes: "COVID-19" keeps its digits).
_WORD = lazyre.compile_re(r"[ \t\r\n]{1,10}([A-Za-z][A-Za-z0-9’'\-]{0,30})")
# Words that end the phrase: clause openers, verbs and pronouns, and when-phrases
_STOP = frozenset("""and or but which that who whom whose by as while because so with over from
since until till during within before after next last this these those each every per
starting including such than will would shall should can could may might must is are was were
be been being has have had do does did going we they he she it i you our their its his her my
your us them when where how if in on at of about across through throughout via into between
alone too again annually overall altogether apiece combined more less nearly almost roughly
approximately around some among against up down out off now already also just still only even then there here not
""".split())
# What cannot open the "in" phrase: determiners (a place or a time follows: "in the region",
# "in this fiscal year"), and words that make "in" a when or a how much
_NOT_FIRST = _STOP | frozenset("""the a an all total fiscal fy first second third final
coming past recent early late mid both either any many most other what cash part full addition
fact order place return person terms time years months weeks days year month week day annual one two three four five six
seven eight nine ten dozens hundreds thousands millions billions revenue revenues
sales profits losses damages value""".split())
# Programme nouns an amount can size ("a $60 million security assistance package")
_HEADS = frozenset("""package packages program programs programme programmes initiative
initiatives fund funds plan investment investments deal deals contract contracts grant grants
loan loans tranche facility project projects agreement budget proposal request effort
commitment pledge infusion guarantee guarantees award awards allocation""".split())
_TAIL = frozenset({"to", "for"})
_RUN_END = _STOP | _TAIL  # what ends a run of content words (see _noun_run)
_MAX_WORDS = 12
# The kinds of money: where "and" may join two of them ("state and local funds") or end the
# kind with a clause going on ("$55 million in COVID-related assistance and donated ...")
_MONEY_NOUNS = _HEADS | frozenset("""funds funding assistance aid relief support financing
spending payments credits credit subsidies resources money capital bonds""".split())
_AND = frozenset({"and", "or"})


def _words(view: str, pos: int, end: int, limit: int) -> list[tuple[int, int, str]]:
    """The words from `pos` up to the first punctuation (or `limit` words): (start, end, word)."""
    out = []
    while len(out) < limit:
        m = _WORD.match(view, pos, end)
        if m is None:
            break
        out.append((m.start(1), m.end(1), m.group(1)))
        pos = m.end()
    return out


def _noun_run(words, i: int) -> int:
    """Index after the run of content words starting at `i` (up to a stop word, or a capital
    after a lower-case word: a new subject, "$266 million in humanitarian assistance Secretary
    Blinken announced"; a name in front is part of it, "in American Rescue Plan funding")."""
    start = i
    while i < len(words) and words[i][2].lower() not in _RUN_END:
        if i > start and words[i][2][0].isupper() and words[i - 1][2][0].islower():
            break
        i += 1
    return i


def _with_tail(words, j: int) -> int:
    """Extend a phrase ending before words[j] by "to/for <content words>" ("... to Ukraine")."""
    if j < len(words) and words[j][2].lower() in _TAIL:
        k = _noun_run(words, j + 1)
        if k > j + 1:
            return k
    return j


def after_amount(view: str, pos: int, end: int) -> tuple[int, int] | None:
    words = _words(view, pos, end, _MAX_WORDS + 1)
    if not words:
        return None
    first = words[0][2].lower()
    if first == "in" and len(words) > 1 and words[1][2].lower() not in _NOT_FIRST:
        j = _noun_run(words, 1)
        if j > 1 and j < len(words) and words[j][2].lower() in _AND:
            k = _noun_run(words, j + 1)
            if k > j + 1 and words[k - 1][2].lower() in _MONEY_NOUNS:
                j = k  # "in state and local funds"
            elif words[j - 1][2].lower() not in _MONEY_NOUNS:
                return None  # "in passenger and freight rail": half a phrase misleads
        # the kind of money is a common noun ("assistance", "funding"): "in Ohio" is a place
        if j > 1 and words[j - 1][2].islower() and words[j - 1][2].isalpha():
            j = _with_tail(words, j)
            return words[1][0], words[j - 1][1]
        return None
    # the amount as a modifier: content words up to a programme noun
    if first in _NOT_FIRST:
        return None
    h = next((i for i in range(_noun_run(words, 0)) if words[i][2] in _HEADS), None)
    if h is None:
        return None
    k = _with_tail(words, h + 1)
    if h == 0 and k == h + 1:
        return None  # a bare "$3.5 trillion package": nothing said of what it is for
    return words[0][0], words[k - 1][1]


# (text, amount as it appears in the text, expected purpose or None)
EXAMPLES = [
    ("We committed $650 million in security assistance to Ukraine.", "$650 million",
     "security assistance to Ukraine"),
    ("the administration provided schools $130 billion in American Rescue Plan funding, with more",
     "$130 billion", "American Rescue Plan funding"),
    ("We've already provided Ukraine with nearly $2 billion in development assistance since 2014.",
     "$2 billion", "development assistance"),
    ("we announced nearly $64 million in additional humanitarian assistance — in advance",
     "$64 million", "additional humanitarian assistance"),
    ("the U.S. is going to be providing a new $60 million\nsecurity assistance package for Ukraine.",
     "$60 million", "security assistance package for Ukraine"),
    ("a $1 billion fund for clean energy in Africa", "$1 billion", "fund for clean energy"),
    ("an initial amount of $3 billion in EXIM support", "$3 billion", "EXIM support"),
    ("$20 million in grants to community colleges", "$20 million", "grants to community colleges"),
    ("$300 million in savings for families", "$300 million", "savings for families"),
    ("$350 billion in state and local funds.", "$350 billion", "state and local funds"),
    ("the further $266 million in humanitarian assistance Secretary Blinken announced",
     "$266 million", "humanitarian assistance"),
    ("$55 million in COVID-related assistance and donated nearly 2.2 million doses",
     "$55 million", "COVID-related assistance"),
    ("$7.5 billion in American Rescue Plan payments to more than 40,000 providers",
     "$7.5 billion", "American Rescue Plan payments"),
]
NEGATIVES = [
    ("He proposed a $3.5 trillion package.", "$3.5 trillion"),
    ("We will spend $5 billion in 2022 on this.", "$5 billion"),
    ("$10 million in total", "$10 million"),
    ("$4 billion in Central America, which", "$4 billion"),
    ("$2 billion in the first year", "$2 billion"),
    ("$50 million in Ohio alone", "$50 million"),
    ("$1 billion in this fiscal year", "$1 billion"),
    ("$5 billion, in addition to", "$5 billion"),
    ("$80 billion in passenger and freight rail over five years", "$80 billion"),
    ("more than $9 billion in both to work", "$9 billion"),
    ("$40 billion is what we asked", "$40 billion"),
]


def _purpose(text: str, amount: str) -> str | None:
    pos = text.index(amount) + len(amount)
    span = after_amount(text, pos, len(text))
    return None if span is None else " ".join(text[span[0]:span[1]].split())


def check_example(example) -> None:
    text, amount, want = example
    got = _purpose(text, amount)
    assert got == want, f"{text!r}: purpose {got!r}, want {want!r}"


def check_negative(example) -> None:
    text, amount = example
    got = _purpose(text, amount)
    assert got is None, f"{text!r}: purpose {got!r}, want none"
