"""Shared regex fragments and word tables (month names, weekdays, number words, ordinals).

Defined once here; every rule family builds its patterns from these strings. Fragments are plain
pattern text (no groups that capture), so a family can wrap them in its own named groups.
"""
from __future__ import annotations

import re as _re

import regex
from .. import lazyre

# ----------------------------------------------------------------------------- months
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH_ABBR = {"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_NUM: dict[str, int] = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_NUM.update(_MONTH_ABBR)


def _title_or_upper(words: list[str]) -> str:
    # Month and weekday names are proper nouns: "May" and "MAY" are names, "may" is a verb.
    return "|".join(f"{w.capitalize()}|{w.upper()}" for w in sorted(words, key=len, reverse=True))


# A month name written as a name (capitalised); abbreviations need their dot or a following digit
# so "Mar" or "Dec" inside other words never match (\b on both sides).
# Lower case too ("march 3rd 2015"), except the two that are common English words.
MONTH_FULL = rf"(?:{_title_or_upper(MONTHS)}|{'|'.join(m for m in MONTHS if m not in ('may', 'march'))})"
MONTH_ABBR = rf"(?:(?:{_title_or_upper(list(_MONTH_ABBR))})\.)"
# Abbreviation without a dot, only when a day number follows ("Dec 5", "Sept 30")
MONTH_ABBR_NODOT = rf"(?:(?:{_title_or_upper(list(_MONTH_ABBR))})(?=[ \t]\d))"
MONTH = rf"(?:{MONTH_FULL}\b|{MONTH_ABBR}|{MONTH_ABBR_NODOT}\b)"
# After a day number ("23rd to 26th Oct", "19th aug") an abbreviation needs no dot
MONTH_AFTER_DAY = rf"(?:{MONTH}|(?:{_title_or_upper(list(_MONTH_ABBR))}|{'|'.join(k for k in _MONTH_ABBR if k != 'mar')})\b)"
# Month names that are also ordinary English words; alone they need a cue to count as months.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})


def month_num(word: str) -> int:
    return MONTH_NUM[word.lower().rstrip(".")]


# ----------------------------------------------------------------------------- weekdays
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_NUM = {w: i for i, w in enumerate(WEEKDAYS)}  # Monday = 0, as datetime.weekday()
_WD_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
            "sat": 5, "sun": 6}
WEEKDAY_NUM_ANY = dict(WEEKDAY_NUM, **_WD_ABBR)
WEEKDAY = rf"(?:{_title_or_upper(WEEKDAYS)}|{'|'.join(WEEKDAYS)})\b"
# Abbreviated weekdays only inside full dates ("Mon., Dec. 4" / "Tue 5 Dec 2017"); "Sun", "Sat"
# alone are words.
WEEKDAY_ABBR = rf"(?:(?:{_title_or_upper(list(_WD_ABBR))})\b\.?)"


def weekday_num(word: str) -> int:
    return WEEKDAY_NUM_ANY[word.lower().rstrip(".")]


# ----------------------------------------------------------------------------- numbers
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "a half": 0.5, "a dozen": 12, "dozen": 12,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# 1..99 in words ("seventy-eight", "twenty one"), digits, or "a"/"an"/"a couple of".
NUMBER = (rf"(?:\d{{1,3}}|(?:{_TENS})(?:[- ](?:{_UNITS}))?|ten|eleven|twelve|thirteen|fourteen|"
          rf"fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS}|a[ ]couple[ ]of|a[ ]few|"
          rf"several|a|an|a[ ]dozen)")

def number_value(s: str) -> float | None:
    """'78' -> 78, 'seventy-eight' -> 78, 'a' -> 1, 'a couple of' -> 2; None when vague/unknown."""
    s = " ".join(s.lower().replace("-", " ").split())
    if s.isdigit():
        return int(s)
    if s in ("a few", "several"):
        return None
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s]
    parts = s.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "thirty first": 31,
}
for _u, _n in list(ORDINAL_WORDS.items())[:9]:
    ORDINAL_WORDS[f"twenty {_u}"] = 20 + _n
_ORD_WORDS_RE = "|".join(sorted((k.replace(" ", "[- ]") for k in ORDINAL_WORDS if "-" not in k),
                                key=len, reverse=True))
# A day of the month: 1..31 with optional ordinal suffix, or an ordinal word ("the fifth").
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DAY_ORDINAL_WORD = rf"(?:{_ORD_WORDS_RE})"
DAY = rf"(?:{DAYNUM}|{DAY_ORDINAL_WORD})(?!\d|:\d)"


_NUM = lazyre.compile(r"\d+")


def day_num(s: str) -> int:
    s = s.lower().strip()
    m = _NUM.match(s)
    if m:
        return int(m.group())
    return ORDINAL_WORDS[" ".join(s.replace("-", " ").split())]


# A four-digit year (1000-2199) not part of a longer number.
YEAR = r"(?<![\d,.$€£#])(?:1[0-9]|20|21)\d\d(?![\d,]\d|%|\.\d)"



# White space inside an expression: blanks, or one line break (transcripts wrap lines inside
# "on November\n15th"). Possessive, so long runs of blanks stay linear.
# No-break spaces count: WH transcripts put "\xa0" around words.
WS = r"(?:[ \t\u00a0]++(?:\r?\n[ \t\u00a0]*+)?+|\r?\n[ \t\u00a0]*+)"
# Range separators between two days/dates: "9-11", "9 – 11", "9 to 11", "9 through 11"
RANGE_SEP = rf"(?:[ \t\u00a0]*+[-–—][ \t\u00a0]*+|{WS}(?i:to|through|thru|until|till|and){WS})"
# List separators: "5, 6 and 7", "5 & 6" (a wrapped line may follow the comma)
LIST_SEP = rf"(?:[ \t\u00a0]*+,(?:{WS})?+)"
AND_SEP = rf"(?:,?{WS}(?:and|&){WS})"
# Evaluative adjectives between this/next/last and a calendar unit: "this decisive decade",
# "this critical year", "this busy week" (a closed list: an open slot would take "this fiscal")
PERIOD_ADJ = (r"(?i:decisive|critical|crucial|pivotal|important|historic|defining|consequential|key|"
              r"busy|challenging|difficult|tough|hard|big|extraordinary|remarkable|special|whole|entire|"
              r"final|new)")


# ----------------------------------------------------------------------------- triggers
# Cheap patterns that every match of a family contains; the full patterns run only near them.
class Trigger:
    """Literal keywords a family's matches contain (or a stdlib `re` pattern for them);
    `lower=True` searches the ASCII-lowercased text (same offsets). Triggers with equal `key`
    find the same hits."""

    __slots__ = ("words", "lower", "regex", "key")

    def __init__(self, words, lower: bool = True, pattern: str | None = None):
        self.words = tuple(sorted(set(words)))
        self.lower = lower
        self.regex = _re.compile(pattern) if pattern else None  # stdlib re: fast for simple scans
        self.key = (self.words, lower, pattern)
        if lower and not pattern:
            _KEYWORDS.update(self.words)

    def spans(self, view: str, lowered: str, cache: dict | None = None) -> list[tuple[int, int]]:
        """Sorted (start, end) of every keyword occurrence (each keyword's occurrences as a
        left-to-right `str.find` loop finds them: no two overlapping); `cache` shares keyword
        scans between triggers over the same text."""
        text = lowered if self.lower else view
        if self.regex is not None:
            if cache is not None and self.key in cache:
                return cache[self.key]
            dg = _DIGIT_GROUPS.get(self.regex.pattern) if self.lower else None
            if dg is not None:
                out = _digit_scan(lowered, cache)[dg]
            else:
                out = [m.span() for m in self.regex.finditer(text)]
            if cache is not None:
                cache[self.key] = out
            return out
        out: list[tuple[int, int]] = []
        for w in self.words:
            key = (w, self.lower)
            found = cache.get(key) if cache is not None else None
            if found is None:
                if self.lower and cache is not None:
                    found = _scan_keywords(w, lowered, cache)
                else:
                    found = _find_all(text, w)
                    if cache is not None:
                        cache[key] = found
            out.extend(found)
        out.sort()
        return out


# The triggers that start with (or at) a digit, found in one scan for digits: at each digit at
# most one of them can match (what follows the digit tells them apart), each one's matches can
# never overlap one another (so finditer's are all the places it matches), and the year
# pattern's lookbehind moves behind the digit as (?<!\d\d). Group -> (pattern, span offsets).
_DIGIT_TRIGGERS = {
    "o": (r"\d(?:st|nd|rd|th)\b", 0, 3),
    "s": (r"\d[-/.]", 0, 2),
    "y": (r"(?<!\d)(?:1\d|20|21)\d\d(?!\d)", 0, 4),
    "q": (r"['’‘]\d\d\b", -1, 2),
}
_DIGIT_GROUPS = {p: g for g, (p, _a, _b) in _DIGIT_TRIGGERS.items()}
_DIGITS = lazyre.compile_re(
    r"\d(?:(?=(?:st|nd|rd|th)\b)(?P<o>)|(?=[-/.])(?P<s>)"
    r"|(?<!\d\d)(?=(?<=1)\d\d\d(?!\d)|(?<=2)[01]\d\d(?!\d))(?P<y>)|(?<=['’‘]\d)(?=\d\b)(?P<q>))")


def _digit_scan(lowered: str, cache: dict | None) -> dict[str, list[tuple[int, int]]]:
    found = cache.get("digits") if cache is not None else None
    if found is None:
        found = {g: [] for g in _DIGIT_TRIGGERS}
        offsets = {g: (a, b) for g, (_p, a, b) in _DIGIT_TRIGGERS.items()}
        for m in _DIGITS.finditer(lowered):
            g = m.lastgroup
            i = m.start()
            a, b = offsets[g]
            found[g].append((i + a, i + b))
        if cache is not None:
            cache["digits"] = found
    return found


def _find_all(text: str, w: str) -> list[tuple[int, int]]:
    found = []
    find, n, i = text.find, len(w), text.find(w)
    while i >= 0:
        found.append((i, i + n))
        i = find(w, i + n)
    return found


# Every lowercase keyword of every trigger. A text is scanned once per first letter of these
# (a stdlib `re` search led by one literal letter skips ahead fast), not once per keyword
# (86 str.find passes before); the scan runs on `ascii_copy` of the lowercased text (keywords
# in the same form), and a hit is checked on the lowercased text itself where the forms differ.
_KEYWORDS: set[str] = set()
_LETTER_SCANS: dict[str, tuple] = {}  # first character -> (compiled scan, its keywords)
# cache keys: "ascii copy" (the text's ASCII copy), "digits" (_digit_scan), (keyword, lower),
# Trigger.key; rules.find adds "lower" (the lowercased text)
ASCII = "ascii copy"


def ascii_copy(s: str) -> str:
    """`s` with "’" as "'" and every other non-ASCII character as "?" (same length and
    offsets; one byte per character, so scans run faster)."""
    return s.replace("’", "'").encode("ascii", "replace").decode("ascii")


_ascii_form = ascii_copy


def _scan_keywords(w: str, lowered: str, cache: dict) -> list[tuple[int, int]]:
    """Occurrences of keyword `w` in `lowered`, found together with every keyword sharing its
    first character (all stored in `cache`)."""
    c = _ascii_form(w)[0]
    sc = _LETTER_SCANS.get(c)
    if sc is None or w not in sc[1]:
        _KEYWORDS.add(w)
        sc = _LETTER_SCANS[c] = _letter_scan(c)
    asc = cache.get(ASCII)
    if asc is None:
        asc = cache[ASCII] = ascii_copy(lowered)
    pattern, ws, hits_of = sc
    found: dict[str, list[tuple[int, int]]] = {k: [] for k in ws}
    ends = dict.fromkeys(ws, 0)
    starts = lowered.startswith
    for m in pattern.finditer(asc):  # every position where some keyword may start
        i = m.start()
        for k, check in hits_of[m.lastindex]:
            if i >= ends[k] and (not check or starts(k, i)):
                ends[k] = i + len(k)
                found[k].append((i, i + len(k)))
    for k in ws:
        cache[(k, True)] = found[k]
    return found[w]


def _letter_scan(c: str):
    """The scan for the keywords whose ASCII form starts with `c`: the letter, then (as a
    lookahead, so overlapping keywords are all found) the rests of their forms as a trie with
    an empty group where a form ends, tried after its longer continuations: the group that
    matched names the longest form there; the keywords there are those whose form is a prefix
    of it. A keyword whose form differs from it, or holds "'" or "?" (which stand for other
    characters too), is checked on the lowercased text."""
    ws = sorted(k for k in _KEYWORDS if _ascii_form(k)[0] == c)
    root: dict = {}
    for k in ws:
        node = root
        for ch in _ascii_form(k)[1:]:
            node = node.setdefault(ch, {})
        node[""] = _ascii_form(k)
    ends: list[str] = []  # the form each group closes, in group order

    def alt(node) -> str:
        parts = [_re.escape(ch) + alt(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            ends.append(node[""])
            parts.append("()")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    pattern = _re.compile(_re.escape(c) + "(?=" + alt(root) + ")")
    hits_of: list[list[tuple[str, bool]]] = [[]]
    for f in ends:
        hits_of.append([(k, _ascii_form(k) != k or "'" in k or "?" in k)
                        for k in ws if f.startswith(_ascii_form(k))])
    return pattern, ws, hits_of


def register_keywords(words) -> None:
    """Scan for these lowercase words too (with the triggers' keywords, in the same passes)."""
    _KEYWORDS.update(words)
    _LETTER_SCANS.clear()


def keyword_spans(w: str, lowered: str, cache: dict) -> list[tuple[int, int]]:
    """(start, end) of the occurrences of lowercase keyword `w` in `lowered` (no two
    overlapping), shared through `cache` with the triggers' scans of the same text."""
    found = cache.get((w, True))
    return found if found is not None else _scan_keywords(w, lowered, cache)


def trigger(words, lower: bool = True, pattern: str | None = None) -> Trigger:
    return Trigger(words, lower, pattern)


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_CHUNK = 1 << 18  # characters lowered at a time (see ascii_lower)


def ascii_lower(s: str, chunk: int = _CHUNK) -> str:
    """Lowercased text with exactly the length (and offsets) of `s`.
    Lowered a chunk at a time: for text beyond ASCII, str.lower first builds a buffer of 12
    bytes per character (one character may lower to three), 1.2 GB for a 100 MB transcript,
    most of the tool's peak memory. Chunks end just after a space, which no contextual
    lowering (a Greek final sigma) looks across, so the result is the same as one call."""
    if len(s) <= chunk or s.isascii():
        low = s.lower()
    else:
        parts, i, n = [], 0, len(s)
        while i < n:
            j = min(n, i + chunk)
            if j < n:  # cut just after the chunk's last space (else the next one, or at the end)
                k = s.rfind(" ", i, j)
                if k < i:
                    k = s.find(" ", j)
                j = n if k < 0 else k + 1
            parts.append(s[i:j].lower())
            i = j
        low = "".join(parts)
    # a few characters change length when lowercased ("İ"): fall back to A-Z only
    return low if len(low) == len(s) else s.translate(_LOWER)


# Month names by their first three letters (covers full names and abbreviations): few keywords,
# each scanned once per text (shared between triggers).
T_MONTH = trigger(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
T_WEEKDAY = trigger(WEEKDAYS)
# parts of the day alone ("this\nmorning" is wrapped: no multi-word keyword)
T_RELDAY = trigger(["today", "yesterday", "tomorrow", "tonight", "night", "morning",
                    "afternoon", "evening"])
T_YEAR = trigger([], pattern=r"(?<!\d)(?:1\d|20|21)\d\d(?!\d)")
T_PERIOD = trigger(["week", "month", "year"])
T_QUARTER = trigger(["quarter", "qtr", "q1", "q2", "q3", "q4"])
T_HALF = trigger(["half", "h1", "h2"])
T_SEASON = trigger(["spring", "summer", "fall", "autumn", "winter"])
T_UNIT = trigger(["day", "week", "month", "year", "decade", "centur"])
T_DISCOURSE = trigger(["day", "morning", "afternoon", "evening", "night", "week", "month", "year",
                       "quarter"])
T_SPOKEN_YEAR = trigger(["nineteen", "eighteen", "thousand"])
T_DECADE = trigger(["0s", "0's", "0’s", "ties"])
T_CENTURY = trigger(["century"])


def word_trie(words) -> str:
    """An alternation of `words` as a trie ("t(?:en|wo)"): stdlib `re` tries one branch per
    letter instead of every word at each position, so a search costs the same for 3 words or
    3,000 (a word list built from a long document stays linear)."""
    words = list(words)
    heads: dict[str, list[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    alts = [_re.escape(c) + word_trie(rest) for c, rest in sorted(heads.items())]
    if not alts:
        return ""
    return "(?:" + "|".join(alts) + (")?" if "" in words else ")")
