"""Quantity rule family: numbers as written in briefings, normalised to values.

`scan(view, start, end)` finds quantity phrases — digits with separators ("3,000", "3 000"),
decimals, number words ("three thousand", "forty-two", "a dozen", "a thousand", "half a
million", "hundreds of"), scales and currencies ("$1.5 billion", "€500 million", "£2bn"),
percentages ("2 percent", "2%"), approximations ("around", "upwards of", "more than" ...) and
ranges ("3,000 to 4,000", "between 60 and 75 percent", "60-75%").

Not quantities (never reported here): years ("in 2030"), times ("5:00 a.m.", "7:11 P.M."),
dates ("May 19", "5 and 6 December", "November 18th"), ordinals ("75th", "first"),
identifiers ("Article 5", "F-16", "COVID-19", "G20", "day one", "pillar two") and a bare "one"
(too often a pronoun: "one of", "no one"). Whether a quantity is a *commitment* (and not a
duration, an age, a list number or a statistic) is decided in commitments.py.

Number words: the span is found by a bounded regex (offsets matter, and `alpha2digit` rewrites
text without giving offsets); the value of the word sequence comes from `text_to_num.text2num`,
which validates word order ("three thousand" yes, "thousand three thousand" no). Only "a"/"an",
"dozen", "half" and plural scales ("hundreds of") are read by hand, as text2num has no word
for them.

Matching is done on `doc.view` (same offsets as `doc.text`); this module is not a day-reference
family (rules/__init__.py skips it).
"""
from __future__ import annotations

import re as _re
from bisect import bisect_left
from ..records import record

import regex

from .lexicon import MONTH_ABBR, MONTH_ABBR_NODOT, MONTH_FULL
from .. import lazyre

# lexicon.MONTH ends in \b, which fails after an abbreviation's dot ("04 Dec. 2017")
MONTH = rf"(?:{MONTH_FULL}\b|{MONTH_ABBR}|{MONTH_ABBR_NODOT})"

_F = regex.V1 | regex.I

_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALE = "hundred|thousand|million|billion|trillion"
_SCALE_VAL = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
              "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
              "mn": 1_000_000, "m": 1_000_000, "mln": 1_000_000, "k": 1_000, "tn": 1_000_000_000_000,
              "trn": 1_000_000_000_000}
_WORD = rf"(?:{_ONES}|{_TEENS}|{_TENS}|{_SCALE})"
_SP = r"[ \t\u00a0\u2009\u202f]"  # spaces inside a number ("3 000"); never a newline
_WS = r"[ \t\u00a0\r\n]{1,10}"  # between words (transcripts hard-wrap, so a newline may fall anywhere)

# One number, digits or words. Bounded repetition only (hostile input stays linear).
_DIGITS = (rf"(?:\d{{1,3}}(?:,\d{{3}}){{1,6}}(?![\d])|\d{{1,3}}(?:{_SP}\d{{3}}){{1,6}}(?![\d,])"
           rf"|\d{{1,15}})(?:\.\d{{1,6}})?")
# fractions of a scale: "two and a half", "two and a quarter billion", "a quarter billion",
# "three quarters of a million"
_WORDS = (rf"(?:(?:(?:{_ONES}|{_TEENS}|(?:{_TENS})(?:-(?:{_ONES}))?)(?:{_WS}|-)and(?:{_WS}|-)(?:a(?:{_WS}|-)(?:half|quarter)|three(?:{_WS}|-)quarters)"
          rf"|(?:an?|one|three){_WS}quarters?{_WS}of{_WS}an?(?={_WS}(?:{_SCALE}))|(?:an?|one){_WS}quarter(?={_WS}(?:{_SCALE}))"
          rf"|half{_WS}an?|(?:an?|one){_WS}half(?:-|{_WS})(?:{_SCALE}|dozen)|half-an?-(?:{_SCALE})|an?{_WS}(?:hundred|thousand)(?:(?:-|{_WS}(?:and{_WS})?){_WORD}){{1,8}}|an?|{_WORD}(?:(?:-|{_WS}(?:and{_WS})?){_WORD}){{0,8}})"
          rf"(?:{_WS}dozen|{_WS}(?:{_SCALE})){{0,2}}|(?:several{_WS}|a{_WS}few{_WS})?dozens?)")
_PLURAL = (rf"(?:(?:tens|hundreds){_WS}of{_WS}(?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions)"
           rf"(?={_WS}of\b|{_WS}more\b)")

_BODY = rf"(?:(?P<plural>{_PLURAL})|(?P<digits>{_DIGITS})|(?P<words>\b{_WORDS}\b))"
CORE = lazyre.compile(rf"(?<![\w.,/:+#@])(?<![A-Za-z]-)(?<!\d[-/–])" + _BODY, _F)
CORE_AT = lazyre.compile(_BODY, _F)  # the second number of a range (after "-", "to", "$")

_CUR_BEFORE = lazyre.compile(
    r"(?:(?P<usd>US\$|U\.S\.\s?\$|\$|USD\s?)|(?P<eur>€|EUR\s?)|(?P<gbp>£|GBP\s?)|(?P<jpy>¥|JPY\s?))\Z")
_SUFFIX = lazyre.compile(
    rf"(?:(?P<sc>{_WS}(?:{_SCALE})\b|(?:bn|mn|mln|tn|trn|m|k|b)\b))?"
    rf"(?:(?P<pct>{_SP}?%|{_WS}(?:percent|per{_WS}cent|percentage{_WS}points?)\b))?"
    rf"(?:{_WS}(?P<cur>(?:U\.S\.{_WS}|US{_WS})?dollars|euros|pounds(?:{_WS}sterling)?(?!{_WS}of\b)|yen|USD|EUR|GBP)\b)?", _F)
_APPROX = lazyre.compile(
    rf"(?:\b(?P<w>around|about|approximately|roughly|some|nearly|almost|close{_WS}to|more{_WS}than|"
    rf"over|upwards{_WS}of|up{_WS}to|at{_WS}least|as{_WS}many{_WS}as|as{_WS}much{_WS}as|"
    rf"in{_WS}excess{_WS}of|(?:on|in){_WS}the{_WS}order{_WS}of|well{_WS}over|just{_WS}over|just{_WS}under|fewer{_WS}than|less{_WS}than|"
    rf"under|an{_WS}estimated|estimated|between|roughly{_WS}about|nearly{_WS}about|"
    rf"north{_WS}of|something{_WS}like|minimum{_WS}of|a{_WS}minimum{_WS}of|a{_WS}maximum{_WS}of)"
    rf"{_WS})\Z", _F)
_RANGE_SEP = lazyre.compile(rf"(?:[-–]?{_WS}(?:to|through|and){_WS}|{_SP}?[-–]{_SP}?)", _F)
_PLUS = lazyre.compile(rf"\+(?!\d)|-plus\b|{_WS}or{_WS}so\b|{_WS}odd\b", _F)
# "60-odd million dollars", "30-odd advisers", "40 odd billion": an approximator between the
# number and its scale (spaced "odd" only before a scale: "30 odd jobs" may be strange jobs)
_ODD_INFIX = lazyre.compile(rf"-odd\b|{_WS}odd(?={_WS}(?:{_SCALE})\b)", _F)
# "63 and a half billion dollars", "$2 and a half billion": a fraction between digits and their
# scale (only before a scale word: "2 and a half years" is a duration, read elsewhere)
_AND_FRACTION = lazyre.compile(rf"{_WS}and{_WS}a{_WS}(?P<f>half|quarter)(?={_WS}(?:{_SCALE})\b)", _F)

# Contexts that make a number a date, a time, an ordinal or an identifier.
_TIME_AFTER = lazyre.compile(
    rf"\A(?::\d|{_WS}o[’']clock\b|\.\d\d{_SP}?[ap]\.?m\b|{_SP}?(?:a\.?m\.?|p\.?m\.?|o[’']clock|hours?{_SP}(?:GMT|UTC|CET|EST|EDT))(?!\w))", _F)
_ORDINAL_AFTER = lazyre.compile(r"\A(?:st|nd|rd|th)\b", _F)
_MONTH_BEFORE = lazyre.compile(rf"{MONTH}\.?{_WS}\d{{1,2}}\Z", regex.V1)
_MONTH_AFTER = lazyre.compile(
    rf"\A(?:(?:st|nd|rd|th)?(?:{_SP}?[-–]{_SP}?|{_WS}(?:and|to|or){_WS})\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"(?:st|nd|rd|th)?{_WS}(?:of{_WS})?{MONTH}", regex.V1)
_IDENT_BEFORE = lazyre.compile(
    r"\b(?:article|line|title|section|chapter|phase|pillar|round|flight|no\.|number|room|route|"
    r"level|tier|stage|part|annex|resolution|amendment|category|class|step|day|point|item|page|"
    r"paragraph|rule|channel|gate|terminal|exit|(?-i:Building)|highway|interstate|station|platform|"
    r"district|precinct|unit|group|squadron|battalion|brigade|division|fleet|corps|model|version|"
    r"covid|h\.?r\.?|s\.|act|team|number\s{1,4}one|top|the\s{1,4}big|block|force|tranche|executive\s{1,4}order|"
    r"proposition|prop\.|measure|bill|law|code|grade|size|type|mark|mk\.?|lot|batch|index|"
    r"figure|table|box|zone|region|sector|ward|area|district)[ \t\r\n]{1,10}\Z", _F)
_IDENT_AFTER = lazyre.compile(r"\A(?:-(?:year-old|[a-z]))|\A/\d|\A-\d{1,2}-\d", _F)
# Artillery and mortar calibres: "155 ammunition", "155-millimeter howitzers", "105mm rounds"
_CALIBRES = frozenset("60 81 105 120 122 125 130 152 155 203".split())
_CALIBRE_AFTER = lazyre.compile(
    rf"\A(?:{_WS}|-)?(?:mm\b|millimet(?:er|re)|ammunition|artillery|shells?\b|howitzers?|calibre|caliber)", _F)
# ... but "another billion doses", "an additional billion dollars" mean one of that scale
_ONE_SCALE_BEFORE = lazyre.compile(rf"\b(?:another|additional|extra|further|every|per){_WS}\Z", _F)
_FALSE_START = lazyre.compile(rf"{_WS}?(?:mil|bil|tril|thou|hun)-(?!\w)", _F)
_YEAR = lazyre.compile(r"(?:1[89]|20|21)\d\d\Z")
# A transcript's correction in square brackets right after the number: "$27.5 million [billion]"
# (the scale replaced), "200 [million] doses" (a scale supplied), "80 [percent]", "28 [2,800]
# bridges" (the number replaced). In a Document's view the Markdown escapes "\\[" "\\]" are
# blanked to two spaces each, so " \\[billion\\] " reads "   billion   " there; "[sic]" and a
# year ("27 [2017]") are no correction of the quantity.
_BRACKET_FIX = lazyre.compile(
    rf"(?:{_SP}?\[(?P<fix>(?P<sc>{_SCALE})|(?P<pct>percent)|(?P<num>{_DIGITS}))\]"
    # blanked: " \\[" is three spaces; a struck word before it ("$27.5 <s>million</s> \\[billion\\]") more
    rf"|{_SP}{{3,40}}(?P<sc>{_SCALE}){_SP}{{2}}(?=\s|[.,;:!?]|\Z)"
    rf"|{_SP}{{3}}(?:(?P<pct>percent)|(?P<num>{_DIGITS})){_SP}{{2}}(?=\s|[.,;:!?]|\Z))",
    _F)


def _rev(p: "regex.Pattern[str]") -> "regex.Pattern[str]":
    """`p` searched right to left. For a pattern anchored at the end (\\Z) that tries one end
    position instead of every start; it finds a match exactly when the forward search does (its
    span may differ: used for yes/no only, or to skip the forward search when there is none)."""
    return lazyre.reversed_(p)


_IDENT_BEFORE_R, _MONTH_BEFORE_R, _APPROX_R = _rev(_IDENT_BEFORE), _rev(_MONTH_BEFORE), _rev(_APPROX)


@record(slots=True)
class Quantity:
    """A quantity phrase: [approximator] [currency] number [scale] [%|currency word] [range]."""

    start: int
    end: int
    value: float | int
    value_max: float | int | None = None
    approximate: bool = False
    currency: str | None = None  # "USD", "EUR", "GBP", "JPY"
    percent: bool = False
    words: bool = False  # the number is written in words
    core_start: int = 0  # the number itself (without approximator/currency)
    qualifier: str | None = None  # the approximator as written ("around", "upwards of")
    rule: str = ""


def _int(v: float) -> float | int:
    v = round(v, 6)  # 4.1 * 1e9 is 4099999999.9999995
    return int(v) if float(v).is_integer() else v


# patterns of the functions below, compiled once (the module-level cache lookup costs microseconds)
_SEPS = lazyre.compile(r"[\s-]+")
_AND_A_HALF = lazyre.compile(r"(.+?) and (a half|a quarter|three quarters)\b ?(.*)")
_QUARTER_OF = lazyre.compile(r"(a|an|one|three) quarters? (?:of an? )?(\w+)$")
_DIGIT_SEPS = lazyre.compile(r"[,\s\u00a0\u2009\u202f]")
_LETTERS = lazyre.compile(r"[A-Za-z]+")
_SCALE_ALONE = lazyre.compile(_SCALE, _F)


def words_value(s: str) -> float | None:
    """Value of a number written in words: text2num plus the forms it lacks ("a thousand",
    "a dozen", "half a million", "one and a half billion", "three dozen")."""
    from text_to_num import text2num

    w = _SEPS.sub(" ", s.lower()).strip()
    mult = 1.0
    half = _AND_A_HALF.match(w)
    if half:  # "six and a half billion" = 6.5 * 1e9; "two and a half" = 2.5
        head = words_value(half.group(1))
        scale = words_value(half.group(3)) if half.group(3) else 1
        frac = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}[half.group(2)]
        return None if head is None or scale is None or head >= 100 else (head + frac) * scale
    qu = _QUARTER_OF.match(w)
    if qu:  # "a quarter billion", "three quarters of a million"
        scale = words_value(qu.group(2))
        return None if scale is None or scale < 100 else (0.75 if qu.group(1) == "three" else 0.25) * scale
    # "half a billion", "a half billion", "one half million"
    for pre, m in (("half a ", 0.5), ("half an ", 0.5), ("a half ", 0.5), ("one half ", 0.5)):
        if w.startswith(pre):
            w, mult = "one " + w[len(pre):], m
    if w in ("a dozen", "dozen"):
        return 12
    if w == "one dozen":
        return 12 * mult
    if w.startswith(("a ", "an ")):
        w = "one " + w.split(" ", 1)[1]
    if w.endswith(" dozen"):
        head = w[: -len(" dozen")]
        if head in ("several", "a few"):
            return None
        v = words_value(head)
        return None if v is None else v * 12 * mult  # "half a dozen" = 6
    try:
        return text2num(w, "en") * mult
    except (ValueError, TypeError):
        return None


def _digits_value(s: str) -> float:
    t = s.replace(",", "")
    if t.replace(".", "", 1).isdecimal():  # no white space to strip: the same string
        return float(t)
    return float(_DIGIT_SEPS.sub("", s))


def _core_value(m: "regex.Match[str]") -> tuple[float | None, bool]:
    """(value, words?) of a CORE match; plural scales ("hundreds of") are approximate."""
    if m.group("plural"):
        w = m.group("plural").lower().split()
        base = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
                "billions": 1_000_000_000}[w[-1]]
        return (base * {"tens": 10, "hundreds": 100}.get(w[0], 1) if len(w) > 1 else base), True
    if m.group("digits"):
        return _digits_value(m.group("digits")), False
    return words_value(m.group("words")), True


def _shrink_words(view: str, m: "regex.Match[str]") -> tuple[int, float] | None:
    """The longest prefix of a word sequence that text2num accepts ("seven working" is not an
    issue, but "two three" is: keep "two")."""
    s, e = m.span()
    toks = list(_LETTERS.finditer(view[s:e]))
    for k in range(len(toks), 0, -1):
        end = s + toks[k - 1].end()
        v = words_value(view[s:end])
        if v is not None:
            return end, v
    return None


def _excluded(view: str, s: int, e: int, digits: bool, text: str) -> str | None:
    """Why the number at [s, e) is not a quantity (a date, time, ordinal, identifier), or None."""
    after = view[e:e + 40]
    before = view[max(0, s - 30):s]
    if _TIME_AFTER.match(after):
        return "time"
    if digits:
        if after[:1] in "sSnNrRtT\u017f\ufb05\ufb06" and _ORDINAL_AFTER.match(after):  # ſ, ﬅ, ﬆ fold to s, st
            return "ordinal"
        if len(text) <= 2 and "," not in text and _MONTH_BEFORE_R.search(view[max(0, s - 30):e]):
            return "date"
        if len(text) <= 2 and _MONTH_AFTER.match(after):
            return "date"
        if after[:1] in ("-", "/") and _IDENT_AFTER.match(after):
            return "identifier"
        if text in _CALIBRES and _CALIBRE_AFTER.match(after):
            return "calibre"
    if _IDENT_BEFORE_R.search(before):
        return "identifier"
    if not digits and text.lower() == "one":
        return "pronoun-one"
    return None


# Speed: CORE.search tries its lookbehinds and alternatives at every character. A CORE match
# can only start at a word start holding a digit, one of the words a number opens with, or
# ASCII letters up to a non-ASCII character (which full case folding might map onto those
# words), so stdlib `re` (fast on a plain alternation) lists those positions, on the text
# lowercased with unchanged offsets, and CORE is tried there only: the first position where it
# matches is where CORE.search would have found it (both engines see before `pos` and cut at
# `end` alike). Lowercasing turns one non-ASCII character into ASCII: the Kelvin sign, in no
# number word.
# _OPENERS must hold every word a CORE match can open with (a new alternative in _WORDS or
# _PLURAL opening with another word must add it here; the EXAMPLES test catches a miss).
_OPENERS = "|".join(sorted(
    set(f"{_ONES}|{_TEENS}|{_TENS}|{_SCALE}".split("|"))
    | {"a", "an", "half", "several", "dozen", "dozens", "tens", "hundreds", "thousands",
       "millions", "billions"}, key=lambda w: (-len(w), w)))
_CANDIDATE = lazyre.compile_re(
    rf"(?<![a-z0-9_])(?:[0-9]|(?:{_OPENERS})(?![a-z0-9_])|(?=[a-z]*[^\x00-\x7f]))")

# Per view (the last one seen): [view, lowered view, no character folding onto ASCII letters,
# "plain" (that, and no non-ASCII digit either)]. See _view_state.
_state: list = [None, "", False, False]
# Non-ASCII characters that cannot match \d or an ASCII letter under `regex` V1|I: spaces,
# punctuation, currency signs (checked over the whole ranges).
_SAFE = (r"\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7"
         r"\u2000-\u206f\u20a0-\u20cf\ufeff")
_ODD = lazyre.compile_re(f"[^{_SAFE}]")
# The non-ASCII characters that match ASCII letters under `regex`'s full case folding (V1|I):
# every character whose casefold, lower or upper case holds one ("ſ" = s, "ﬁ" = fi, "ß" = ss,
# the Kelvin sign = k, ...; the whole of Unicode checked). None of them is in _SAFE.
_FOLDS_TO_ASCII = frozenset("\xdf\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e"
                            "\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")
_ANY_DIGIT = lazyre.compile(r"\d")


def _view_state(view: str) -> list:
    if _state[0] is not view:
        from .lexicon import ascii_lower

        try:  # fast: in cp1252 the only such character is "ß" (no other letter folding onto
            # ASCII, no non-ASCII digit)
            view.encode("cp1252")
            odd = {"\xdf"} if "\xdf" in view else set()
        except UnicodeEncodeError:  # the original: lowering maps the Kelvin sign onto "k"
            odd = set(_ODD.findall(view))
        no_fold = not (odd & _FOLDS_TO_ASCII)
        _state[:] = [view, ascii_lower(view), no_fold,
                     no_fold and not any(_ANY_DIGIT.match(c) for c in odd)]
    return _state


def lowered(view: str) -> str:
    """`view` lowercased with unchanged offsets (lexicon.ascii_lower), kept for the last view."""
    return _view_state(view)[1]


def lowered_plain(view: str) -> str | None:
    """The lowered view when `view` holds none of _FOLDS_TO_ASCII, else None. Then every ASCII
    word a case-insensitive `regex` pattern matches in `view` is in the lowered view as it is,
    at the same offsets: a plain `str.find` or stdlib pass there is a sound prefilter."""
    st = _view_state(view)
    return st[1] if st[2] else None


# In a plain view (see _view_state) a CORE match opens with an ASCII digit or an ASCII opener
# word, so the non-ASCII alternative of _CANDIDATE is moot; and a bare "a", "an", "one" or
# "several" is skipped unless a word that can carry a CORE match on follows ("a dozen", "one and
# a half", "a few dozen", "one-two", "several dozen"): there CORE would match "a"/"an"/"one"
# alone (or nothing), _read gives None, and the scan goes on from its end, which is before the
# next candidate anyway. One trie over all these words (stdlib tries one branch per letter).
# Extra candidates never change _search (CORE.match succeeds only where CORE.search could
# start), so the candidates of a longer span serve each sentence in it.
_EXTEND = "and|few|half|quarter|dozen|" + f"{_ONES}|{_TEENS}|{_TENS}|{_SCALE}"
_LEADS = ("a", "an", "one", "several")  # openers that count only before _EXTEND


from .lexicon import word_trie as _trie  # noqa: E402  (an alternation of words as a trie)


def _tail_trie(items: list[tuple[str, str]]) -> str:
    """A trie of (word, pattern after it) pairs."""
    heads: dict[str, list[tuple[str, str]]] = {}
    leaves = []
    for w, tail in items:
        if w:
            heads.setdefault(w[0], []).append((w[1:], tail))
        else:
            leaves.append(tail)
    alts = [_re.escape(c) + _tail_trie(rest) for c, rest in sorted(heads.items())] + leaves
    return alts[0] if len(alts) == 1 and not heads else "(?:" + "|".join(alts) + ")"


_CANDIDATE_PLAIN = lazyre.compile_re(r"\b(?:[0-9]|" + _tail_trie(
    [(w, r"\b") for w in _OPENERS.split("|") if w not in _LEADS]
    + [(w, rf"(?=(?:[ \t\u00a0\r\n]{{1,10}}|-){_trie(_EXTEND.split('|'))})") for w in _LEADS]) + ")",
    _re.ASCII)  # ASCII \b on the lowered view = (?<![a-z0-9_]) before a word character


def plain_candidates(view: str, spans: list[tuple[int, int]]) -> list[int] | None:
    """Sorted _CANDIDATE_PLAIN offsets within `spans` (sorted, disjoint), for scan(cands=);
    None when the view is not plain (see _view_state): then scan() finds its own."""
    st = _view_state(view)
    if not st[3]:
        return None
    finditer = _CANDIDATE_PLAIN.finditer
    low = st[1]
    return [m.start() for a, b in spans for m in finditer(low, a, b)]


def _search(view: str, pos: int, end: int, cands: list[int] | None = None):
    """CORE.search(view, pos, end), trying CORE only at candidate positions: `cands` (from
    plain_candidates over a span holding [pos, end)), else those _CANDIDATE finds."""
    match = CORE.match
    if cands is not None:
        i, n = bisect_left(cands, pos), len(cands)
        while i < n:
            c = cands[i]
            if c >= end:
                return None
            m = match(view, c, end)
            if m:
                return m
            i += 1
        return None
    st = _view_state(view)
    for c in (_CANDIDATE_PLAIN if st[3] else _CANDIDATE).finditer(st[1], pos, end):
        m = match(view, c.start(), end)
        if m:
            return m
    return None


# Speed: most sentences hold no quantity, and scan() still tries CORE at every "a", "an", "one"
# and word before a curly apostrophe in them. What a span must hold for scan() to find anything:
# a digit, or a whole number word other than a bare "a", "an" or "one" (those are never a
# quantity: _NEVER_ALONE; and no run of "one"s and "and"s has a value, "one one" is None),
# i.e. one of _HINT_WORDS (every _WORDS/_PLURAL alternative that can yield a value holds one);
# a non-ASCII digit or a letter that case-folds onto a number word's letter ("ſ", the Kelvin
# sign) is caught by the _ODD alternative, which lets through every non-ASCII character but
# spaces, punctuation and currency signs (none of which can match \d or a letter under V1|I).
# Number words inside a CORE match are whole words (preceded by a non-word character, followed
# by "-", white space or a word end), so one stdlib pass over the lowered view finds them all.
_HINT_WORDS = "|".join(sorted(
    set(f"{_ONES}|{_TEENS}|{_TENS}|{_SCALE}".split("|")) - {"one"}
    | {"half", "quarter", "quarters", "dozen", "dozens", "tens", "hundreds", "thousands",
       "millions", "billions"}, key=lambda w: (-len(w), w)))


# ASCII \b on the lowered view: a word of [a-z0-9_]
_HINT = lazyre.compile_re(rf"[0-9]|[^{_SAFE}]|\b{_trie(_HINT_WORDS.split('|'))}\b", _re.ASCII)


def hints(view: str) -> list[int]:
    """Sorted offsets of every _HINT in the view: scan(view, start, end) finds nothing in a
    span without one, unless the span ends inside a word (CORE sees a word end at `end` that
    the whole view has not: see cut_in_word). For a plain view plain_candidates is tighter."""
    return [m.start() for m in _HINT.finditer(_view_state(view)[1])]


def cut_in_word(view: str, ends: list[int]) -> list[int]:
    """Indices of the spans ending at ends[k] inside a word: there CORE sees a word end the
    whole view has not, so hints() may miss a number word cut by the span's end."""
    low, n, word = _view_state(view)[1], len(view), _WORD_CHAR
    return [k for k, e in enumerate(ends) if e < n and low[e] in word]


_WORD_CHAR = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def prefilter(view: str):
    """A test (start, end) -> bool that is False only when scan(view, start, end) is surely
    empty: no candidate (plain view) or hint in the span, and the span does not end inside a
    word. One pass over the whole view, then a bisection per span."""
    hits = plain_candidates(view, [(0, len(view))])
    if hits is None:
        hits = hints(view)

    def may_hold(start: int, end: int) -> bool:
        i = bisect_left(hits, start)
        return (i < len(hits) and hits[i] < end) or bool(cut_in_word(view, [end]))

    return may_hold


def scan(view: str, start: int = 0, end: int | None = None, cands: list[int] | None = None) -> list[Quantity]:
    """All quantity phrases in view[start:end], in order, non-overlapping. `cands`: the
    plain_candidates of a span holding [start, end) that does not end inside a word there."""
    end = len(view) if end is None else end
    out: list[Quantity] = []
    pos = start
    while True:
        m = _search(view, pos, end, cands)
        if not m:
            break
        q = _read(view, m, end)
        if q is None:
            pos = m.end()
            continue
        out.append(q)
        pos = q.end
    return out


def _core_at(view: str, pos: int, end: int):
    return CORE_AT.match(view, pos, end)


# Speed: the most frequent CORE matches, never a quantity on their own: "a"/"an" (no value:
# words_value gives None) and a bare "one" (_excluded always finds a reason, at the latest
# "pronoun-one"). Three in four CORE matches of running text are one of them.
_NEVER_ALONE = frozenset({"a", "an", "one"})
_CODES = ("USD", "EUR", "GBP", "JPY")


def _read(view: str, m: "regex.Match[str]", end: int) -> Quantity | None:
    s, e = m.span()
    words, digit_text, plural = m.group("words", "digits", "plural")
    if words and words.lower() in _NEVER_ALONE:
        return None
    digits = bool(digit_text)
    if words:
        r = _shrink_words(view, m)
        if r is None:
            return None
        e, value = r
    elif digits:
        value = _digits_value(digit_text)
    else:
        value = _core_value(m)[0]
    if value is None:
        return None
    text = view[s:e]
    # "-" is in every _FALSE_START match ("$20 mil-")
    if "-" in view[e:e + 12] and _FALSE_START.match(view, e, min(end, e + 12)):
        return None
    odd = _ODD_INFIX.match(view, e, min(end, e + 16)) if digits and view[e:e + 1] in "- \t\u00a0\r\n" else None
    if digits and not odd and "and" in view[e:e + 6] and "." not in digit_text:
        fr = _AND_FRACTION.match(view, e, min(end, e + 30))
        if fr is not None:  # "63 and a half billion": the scale comes after the fraction
            value += 0.5 if fr.group("f").lower() == "half" else 0.25
            e = fr.end()
    if odd:
        e = odd.end()  # read the scale after "-odd"; the number stays view[s:text end]
    if words and _SCALE_ALONE.fullmatch(text) \
            and not _ONE_SCALE_BEFORE.search(view[max(0, s - 24):s]):
        return None  # a scale word alone ("how many billion cubic meters", "[3.5] million") counts nothing
    why = _excluded(view, s, e, digits, text)
    if why:
        return None
    q = Quantity(start=s, end=e, value=value, words=not digits, core_start=s,
                 rule="number-words" if not digits else "number-digits")
    if odd:
        q.approximate = True
    if plural:
        q.approximate, q.rule = True, "plural-scale"
    # currency before ("$", "US$", "€"): every _CUR_BEFORE match ends in a sign, a code or a
    # code and one space (the pattern is case-sensitive)
    c = view[s - 1:s]
    cb = (_CUR_BEFORE.search(view[max(0, s - 6):s])
          if c in "$€£¥" or (c in "DRPY" and view[max(0, s - 3):s] in _CODES)
          or (c.isspace() and view[max(0, s - 4):s - 1] in _CODES) else None)
    if cb:
        q.start = s - (len(cb.group(0)))
        q.currency = next(k.upper() for k in ("usd", "eur", "gbp", "jpy") if cb.group(k))
    # scale, percent, currency word after
    sm = _SUFFIX.match(view, e, min(end, e + 40))
    if sm and sm.end() > e:
        if sm.group("sc"):
            sc = sm.group("sc").strip().lower()
            if sc in ("m", "k", "b") and not q.currency:
                sm = None  # "5m" is five metres, "5k" a run: only money takes these
            else:
                value *= _SCALE_VAL[sc]
        if sm:
            if sm.group("pct"):
                q.percent = True
            if sm.group("cur"):
                c = sm.group("cur").lower()
                q.currency = "EUR" if "euro" in c else "GBP" if "pound" in c else "JPY" if c == "yen" else "USD"
            e = sm.end()
    # a bare year is a date, not a quantity ("in 2030"); a currency, scale or % keeps it
    if digits and len(text) == 4 and not q.currency and not q.percent and value == _digits_value(text) \
            and _YEAR.match(text) and "," not in text and "." not in text:
        return None
    fx = _BRACKET_FIX.match(view, e, min(end, e + 80)) if view[e:e + 1] in " \t\u00a0[" else None
    if fx and fx.group("num") and (_YEAR.match(fx.group("num")) or q.percent):
        fx = None  # "27 [2017]": a date's correction
    if fx:
        old_sc = sm.group("sc") if sm and sm.group("sc") else None
        old_mult = _SCALE_VAL[old_sc.strip().lower()] if old_sc else 1
        if fx.group("sc"):
            value = value / old_mult * _SCALE_VAL[fx.group("sc").lower()]
        elif fx.group("pct"):
            q.percent = True
        else:
            value = _digits_value(fx.group("num")) * old_mult
        e = fx.end()
    q.value = _int(value)
    q.end = e
    # approximator before
    before = view[max(0, q.start - 30):q.start]
    am = _APPROX.search(before) if _APPROX_R.search(before) else None
    if am:
        q.qualifier = " ".join(am.group("w").lower().split())
        q.start = q.start - len(am.group(0))
        q.approximate = q.qualifier not in ("between",)
    pl = _PLUS.match(view, e, min(end, e + 8))
    if pl:
        q.approximate = True
        q.end = e = pl.end()
    # range: "3,000 to 4,000", "60-75 percent", "$1 to $2 billion", "between 60 and 75"
    rs = _RANGE_SEP.match(view, e, min(end, e + 12))
    if rs and (rs.group(0).strip().lower() != "and" or q.qualifier == "between"):
        p2 = rs.end()
        cb2 = _CUR_BEFORE.search(view[p2:p2 + 4][:1]) if view[p2:p2 + 1] in "$€£¥" else None
        p2 += 1 if cb2 else 0
        m2 = _core_at(view, p2, end)
        if m2 and not m2.group("plural"):
            q2 = _read(view, m2, end)
            if q2 is not None and q2.core_start == p2 and not q2.qualifier:
                lo, hi = q.value, q2.value
                # the scale or % written only once applies to both ends ("1 to 2 billion")
                if (q2.percent and not q.percent) or (q2.currency and not q.currency):
                    q.percent = q.percent or q2.percent
                    q.currency = q.currency or q2.currency
                if hi > lo * 10 and lo < 1000 and m2.group("digits") and view[m2.end():q2.end].strip():
                    scale = hi / _digits_value(m2.group("digits")) if m2.group("digits") else 1
                    lo = _int(lo * scale)
                if hi > lo:
                    q.value, q.value_max = lo, hi
                    q.end = q2.end
                    q.rule = "range"
    if q.qualifier == "between" and q.value_max is None:
        q.start += len(am.group(0))
        q.qualifier, q.approximate = None, False
    return q


# ----------------------------------------------------------------------------- examples
# (text, expected value, expected quantity_max or None, approximate, expected phrase text)
EXAMPLES = [
    ("We are adding three thousand more troops.", 3000, None, False, "three thousand"),
    ("a package of 42 concrete measures", 42, None, False, "42"),
    ("which has already trained around a thousand students", 1000, None, True, "around a thousand"),
    ("we've committed to donate more than a billion doses", 1_000_000_000, None, True, "more than a billion"),
    ("We've shipped more than 200 million vaccines", 200_000_000, None, True, "more than 200 million"),
    ("we've shared 10.9 million vaccines", 10_900_000, None, False, "10.9 million"),
    ("deals valued at 63 and a half billion dollars", 63_500_000_000, None, False, "63 and a half billion dollars"),
    ("to the tune of $2 and a half billion for", 2_500_000_000, None, False, "$2 and a half billion"),
    ("troops: 3 000 in all", 3000, None, False, "3 000"),
    ("a total of 3,000 troops", 3000, None, False, "3,000"),
    ("60-odd million dollars above what was enacted", 60_000_000, None, True, "60-odd million dollars"),
    ("we have sent 30-odd advisers", 30, None, True, "30-odd"),
    ("some 40 odd billion dollars in loans", 40_000_000_000, None, True, "some 40 odd billion dollars"),
    ("a fund of $1.5 billion", 1_500_000_000, None, False, "$1.5 billion"),
    ("€500 million for the region", 500_000_000, None, False, "€500 million"),
    ("a £2bn package", 2_000_000_000, None, False, "£2bn"),
    ("raise it by 2 percent", 2, None, False, "2 percent"),
    ("a 2% increase", 2, None, False, "2%"),
    ("forty-two new posts", 42, None, False, "forty-two"),
    ("a dozen ships", 12, None, False, "a dozen"),
    ("three dozen heads of state", 36, None, False, "three dozen"),
    ("half a million doses", 500_000, None, False, "half a million"),
    ("one and a half million doses", 1_500_000, None, False, "one and a half million"),
    ("including a half billion doses of Pfizer vaccine", 500_000_000, None, False, "a half billion"),
    ("half a billion doses", 500_000_000, None, False, "half a billion"),
    ("roughly a half million people", 500_000, None, True, "roughly a half million"),
    ("a half-billion dollars in aid", 500_000_000, None, False, "a half-billion dollars"),
    ("half-a-million doses", 500_000, None, False, "half-a-million"),
    ("half a dozen new sites", 6, None, False, "half a dozen"),
    ("asking Congress for two and a quarter billion dollars to", 2_250_000_000, None, False, "two and a quarter billion dollars"),
    ("a quarter billion dollars", 250_000_000, None, False, "a quarter billion dollars"),
    ("three quarters of a million people", 750_000, None, False, "three quarters of a million"),
    ("one and three quarters million", 1_750_000, None, False, "one and three quarters million"),
    ("a half-dozen new sites", 6, None, False, "a half-dozen"),
    ("hundreds of people", 100, None, True, "hundreds"),
    ("hundreds of millions of people", 100_000_000, None, True, "hundreds of millions"),
    ("tens of thousands of troops", 10_000, None, True, "tens of thousands"),
    ("by 60 to 75 percent by 2030", 60, 75, False, "60 to 75 percent"),
    ("between 3,000 and 4,000 troops", 3000, 4000, False, "between 3,000 and 4,000"),
    ("cut emissions 60-75% by 2030", 60, 75, False, "60-75%"),
    ("from $1 to $2 billion", 1_000_000_000, 2_000_000_000, False, "$1 to $2 billion"),
    ("upwards of 300 new sanctions", 300, None, True, "upwards of 300"),
    ("going to deliver, in the order of 100 million metric tons", 100_000_000, None, True, "in the order of 100 million"),
    ("on the order of 5,000 troops", 5000, None, True, "on the order of 5,000"),
    ("roughly 70 entities", 70, None, True, "roughly 70"),
    ("nearly two dozen allies", 24, None, True, "nearly two dozen"),
    ("some 5,000 troops", 5000, None, True, "some 5,000"),
    ("up to 1,500 soldiers", 1500, None, True, "up to 1,500"),
    ("a billion dollars in security assistance", 1_000_000_000, None, False, "a billion dollars"),
    ("in 2,000 cases", 2000, None, False, "2,000"),
    ("$60\nbillion in revenues", 60_000_000_000, None, False, "$60\nbillion"),
    ("two million five hundred thousand doses", 2_500_000, None, False, "two million five hundred thousand"),
    ("300+ sanctions", 300, None, True, "300+"),
    ("$1.2 trillion", 1_200_000_000_000, None, False, "$1.2 trillion"),
    ("more than $4.1 billion to states", 4_100_000_000, None, True, "more than $4.1 billion"),
    ("another $70- to $100 billion", 70_000_000_000, 100_000_000_000, False, "$70- to $100 billion"),
    # spelled-out amounts with "and a half", and numbers hard-wrapped (with indentation) mid-phrase
    ("It includes six and a half billion dollars to launch ARPA-H", 6_500_000_000, None, False,
     "six and a half billion dollars"),
    ("twenty-two and a half thousand acres", 22_500, None, False, "twenty-two and a half thousand"),
    ("two and a half million people", 2_500_000, None, False, "two and a half million"),
    ("two hundred million dollars", 200_000_000, None, False, "two hundred million dollars"),
    # "a hundred and fifty" is one number, as "one hundred and fifty" is (not "a hundred", then "fifty")
    ("A hundred and fifty million dollars to CEPI for vaccine.", 150_000_000, None, False,
     "A hundred and fifty million dollars"),
    ("A hundred and twenty thousand people", 120_000, None, False, "A hundred and twenty thousand"),
    ("includes $769\nbillion for non-defense", 769_000_000_000, None, False, "$769\nbillion"),
    ("including $6\n    million for the college", 6_000_000, None, False, "$6\n    million"),
    ("more than\n$30\nbillion", 30_000_000_000, None, True, "more than\n$30\nbillion"),
    ("a loan of $20 mil- — $20 billion", 20_000_000_000, None, False, "$20 billion"),
    ("when it comes to building 3 million affordable units", 3_000_000, None, False, "3 million"),
    ("to provide an additional billion dollars in assistance", 1_000_000_000, None, False, "billion dollars"),
    ("capacity by another billion doses", 1_000_000_000, None, False, "billion"),
    ("a six-and-a-half billion dollar fund", 6_500_000_000, None, False, "six-and-a-half billion"),
    ("$100 billion or\nso", 100_000_000_000, None, True, "$100 billion or\nso"),
    # a transcript's bracketed correction (plain, and as a Document's view blanks "\\[ \\]")
    ("That was a $27.5 million [billion] tranche of money.", 27_500_000_000, None, False, "$27.5 million [billion]"),
    ("That was a $27.5 million   billion   tranche", 27_500_000_000, None, False, "$27.5 million   billion  "),
    ("right now we have 28 [2,800] bridges", 2800, None, False, "28 [2,800]"),
    ("we have 28   2,800   bridges in the country", 2800, None, False, "28   2,800  "),
    ("we shipped 200 [million] doses", 200_000_000, None, False, "200 [million]"),
    ("about 80 [percent] of them", 80, None, True, "about 80 [percent]"),
    ("a $27.5                    billion   tranche", 27_500_000_000, None, False, "$27.5                    billion  "),
]

# Texts in which no quantity may be found (dates, years, times, ordinals, identifiers).
NEGATIVES = ["in the first quarter of 2024", "a quarter of the people", 
    "the meetings on 5 and 6 December in Brussels",
    "embargoed until 5:00 a.m. local time",
    "at 7:11 P.M. CEST",
    "tomorrow, May 19th, and 4:00 p.m. Eastern",
    "the Korean War in 1950",
    "by 2030",
    "the 75th anniversary",
    "under Article 5 of the treaty",
    "Enbridge Line 5",
    "training pilots on the F-16 platform",
    "the COVID-19 pandemic",
    "at the G20 summit",
    "the E3+1 on Iran",
    "ready on day one",
    "pillar one and pillar two",
    "no one should take these claims at face value",
    "one of the main areas",
    "on April 4, 1949",
    "on November 18th",
    "24/7 support",
    "since 9/11",
    "at 8:00 p.m.",
    "five o'clock",
    "a 5-year-old child",
    "on 10/29/2021",
    "on 2021-10-29",
    "04 Dec. 2017 -",
    "Sept 30",
    "the first F-16 Block 70 fighters",
    "Task Force 59",
    "Section 301 tariffs",
    "under Article\n5 of the treaty",
    "on May\n19",
    "a loan of $20 mil-",
    "how many billion cubic meters we are committing",
    "Building 7 and Route 66",
    "unitary rounds of 155 ammunition and 105mm shells",
    "155-millimeter howitzers",
    "an hour and a half later",
    "a half hour",
]


def _find(text: str) -> list[Quantity]:
    got = scan(text)
    # the prefilter may never hide a span scan() finds something in, and precomputed
    # candidates must find what scan() finds by itself
    assert not got or prefilter(text)(0, len(text)), f"{text!r}: prefilter skips it"
    cands = plain_candidates(text, [(0, len(text))])
    if cands is not None:
        assert scan(text, 0, len(text), cands) == got, f"{text!r}: candidates differ"
    return got


def check_example(example) -> None:
    text, value, vmax, approx, phrase = example
    got = _find(text)
    desc = [(text[q.start:q.end], q.value, q.value_max, q.approximate) for q in got]
    assert any(q.value == value and q.value_max == vmax and q.approximate == approx
               and text[q.start:q.end] == phrase for q in got), (
        f"{text!r}: want {(phrase, value, vmax, approx)}, got {desc}")


def check_negative(text: str) -> None:
    got = _find(text)
    assert not got, f"{text!r} must not yield a quantity, got {[(text[q.start:q.end], q.value) for q in got]}"
