"""Bytes -> Document: decoded text, front matter, a same-length view for matching, lines,
paragraphs, sentences and speaker turns.

Offsets everywhere are Python `str` indices into the decoded input *as given* (CRLF kept, front
matter kept, HTML kept). Instead of stripping markup we blank it out in `view`, a string of
exactly the same length, so an offset found in `view` indexes `text` unchanged. In `view`:
  - line endings are "\n" only ("\r\n" -> " \n", a lone "\r" -> "\n"), so patterns need not
    care about CR;
  - non-breaking, zero-width, bidi-control and other odd spaces are plain " ", control
    characters are " " (form feed, vertical tab, U+2028/9 are "\n");
  - HTML tags, scripts, styles and comments are blanked, entities become their character;
  - front matter is blanked (it is read as data, see `front_matter`).
Every step is a single left-to-right pass: time is linear in the input whatever its shape.
"""
from __future__ import annotations

import array
import bisect
import codecs
import itertools
import re
from .records import field, record
from typing import Sequence

import regex

from . import _recache
from .model import Evidence
from . import lazyre

_recache.install()  # before any pattern below (and in the stages importing us) is compiled


class InputError(Exception):
    """Input that cannot be used: the message is one line for stderr; `code` the exit code."""

    def __init__(self, message: str, code: int = 3):
        super().__init__(message)
        self.code = code


@record(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    turn: int  # index into Document.turns


@record(slots=True)
class Turn:
    """A stretch spoken by one speaker ("MODERATOR", "SENIOR ADMINISTRATION OFFICIAL", "Q")."""

    start: int
    end: int
    speaker: str | None

    @property
    def is_question(self) -> bool:
        return bool(self.speaker) and self.speaker.rstrip(".:") in {"Q", "QUESTION", "REPORTER"}


@record
class Document:
    text: str  # the decoded input, exactly
    view: str  # same length as text: markup and front matter blanked, for matching
    path: str = "-"
    sha256: str = ""
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    front_matter: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # key -> (value, start, end)
    body_start: int = 0
    line_starts: "Sequence[int]" = field(default_factory=list)  # array('q') once read
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    is_html: bool = False

    def line_of(self, offset: int) -> int:
        """1-based line number of an offset (lines end at "\\r\\n", "\\r" or "\\n")."""
        return bisect.bisect_right(self.line_starts, offset)

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(self.text[start:end], start, end, self.line_of(start))

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding `offset` (or the one before it), -1 before the first."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def turn_at(self, offset: int) -> Turn | None:
        i = bisect.bisect_right(self._turn_starts, offset) - 1
        return self.turns[i] if 0 <= i < len(self.turns) else None

    def finish(self) -> "Document":
        self._sentence_starts = [s.start for s in self.sentences]
        self._turn_starts = [t.start for t in self.turns]
        return self


# --------------------------------------------------------------------------- decoding

# File signatures of things people feed a text tool by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx/.xlsx file?)"), (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"), (b"\x7fELF", "an executable"), (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
_CTRL = lazyre.compile_re(r"[\x00-\x08\x0e-\x1f\x7f]")  # stdlib re: a plain class scans 3x faster


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    # Windows-1252 bytes inside otherwise UTF-8 text (curly quotes pasted from Word or e-mail):
    # read just the offending bytes as cp1252, keep the valid UTF-8 around them.
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("agendactl-cp1252", _cp1252_fallback)


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 saved without a byte order mark: NULs on one side of (nearly) every ASCII pair."""
    n = len(head) // 2
    if n < 8:
        return None
    even, odd = head[0:2 * n:2].count(0), head[1:2 * n:2].count(0)
    if odd > 0.6 * n and even < 0.05 * n:
        return "utf-16-le"
    if even > 0.6 * n and odd < 0.05 * n:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str = "-") -> tuple[str, str, list[str]]:
    """Bytes -> (text, encoding, warnings). Raises InputError for empty or binary input."""
    warnings: list[str] = []
    if not data:
        raise InputError(f"{path}: empty input (0 bytes)", 3)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{path}: binary data ({what}), not a text transcript", 3)
    text: str | None = None
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            if enc == "utf-8-sig":
                text = data[3:].decode("utf-8", errors="agendactl-cp1252")
                break
            try:  # the codec drops the BOM itself
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"{path}: {enc.upper()} byte order mark but undecodable data "
                                 f"at byte {e.start} ({e.reason})", 3)
            break
    else:
        enc = _bomless_utf16(data[:4096]) if b"\x00" in data[:4096] else None
        if enc:
            try:
                text = data.decode(enc)
                warnings.append(f"{path}: no byte order mark; decoded as {enc.upper()}")
            except UnicodeDecodeError:
                enc, text = None, None
        if text is None:
            nul = data.count(b"\x00")
            if nul and (b"\x00" in data[:65536] or nul * 1000 > len(data)):
                raise InputError(f"{path}: binary data (NUL bytes), not a text transcript", 3)
            if nul:
                warnings.append(f"{path}: {nul} stray NUL byte(s) ignored")
            try:
                text, enc = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, enc = data.decode("utf-8", errors="agendactl-cp1252"), "cp1252"
                warnings.append(f"{path}: not valid UTF-8; undecodable bytes read as Windows-1252")
    if not text or text.isspace():
        raise InputError(f"{path}: empty input (nothing but white space)", 3)
    head = text[:65536]
    if _CTRL.search(head) and sum(1 for _ in itertools.islice(_CTRL.finditer(head), 4096)) > 0.05 * len(head):
        raise InputError(f"{path}: binary data (control characters), not a text transcript", 3)
    return text, enc, warnings


# --------------------------------------------------------------------------- normalising

# Characters the view shows as a plain space (or newline) so patterns see ordinary white space.
_SPACE_LIKE = ("\u00a0\u00ad\u034f\u061c\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
               "\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
               "\u202e\u202f\u205f\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u3000"
               "\ufeff\ufffe")
_NEWLINE_LIKE = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_ODD_CHARS = _SPACE_LIKE + _NEWLINE_LIKE + "".join(map(chr, [*range(0, 9), *range(14, 28), 31, 127]))


def _newlines(text: str) -> str:
    """Same length, line ends as "\\n" only, each "\\n" at the last character of its line end."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


_ODD_RE = lazyre.compile_re("[" + re.escape(_ODD_CHARS) + "]")


def _spaces(view: str) -> str:
    # one scan finds which odd characters occur (usually none, or only no-break spaces), then
    # each is replaced with a C-speed str.replace
    for ch in set(_ODD_RE.findall(view)):
        view = view.replace(ch, "\n" if ch in _NEWLINE_LIKE else " ")
    return view


def _blank(s: str) -> str:
    """Same length, all spaces but the newlines."""
    if "\n" not in s:
        return " " * len(s)
    return "\n".join(" " * len(part) for part in s.split("\n"))


# --------------------------------------------------------------------------- HTML

_HTML_SNIFF = lazyre.compile(r"<!DOCTYPE\s++html|<html[\s>]|<head[\s>]|<body[\s>]", regex.I)
_TAG_START = lazyre.compile(r"<(?=[A-Za-z/!?])")
_TAG_NAME = lazyre.compile(r"</?+([A-Za-z][A-Za-z0-9:-]{0,30}+)")
_RAW = frozenset({"script", "style", "noscript", "template", "svg", "textarea", "math"})
_RAW_END = {name: lazyre.compile(rf"</{name}\b", regex.I) for name in _RAW}
_BLOCK = frozenset("""p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr td th table thead tbody
section article header footer blockquote title pre hr main nav aside figure figcaption
address form fieldset details summary caption""".split())
_ENTITY = lazyre.compile(r"&(?:#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+|[A-Za-z][A-Za-z0-9]{1,31}+);")


def looks_like_html(text: str, path: str = "-") -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:4096]
    return head.lstrip(" \t\r\n\ufeff").startswith("<") and bool(_HTML_SNIFF.search(head))


def _mask_html(text: str) -> str:
    """Blank tags, scripts, styles and comments with spaces (newlines kept); a block tag starts
    with a newline so paragraphs survive; an entity becomes its character padded with spaces.
    One forward scan: every search starts where the previous construct ended."""
    import html as _html

    out: list[str] = []
    pos = 0
    n = len(text)
    while True:
        m = _TAG_START.search(text, pos)
        if not m:
            break
        s = m.start()
        if text.startswith("<!--", s):
            e = text.find("-->", s + 4)
            e = n if e < 0 else e + 3
        else:
            gt = text.find(">", s)
            if gt < 0:
                break  # no ">" anywhere after: no more tags, the rest is text
            e = gt + 1
            name = _TAG_NAME.match(text, s, e)
            if name and text[s + 1] != "/" and name.group(1).lower() in _RAW:
                close = _RAW_END[name.group(1).lower()].search(text, e)
                if close:
                    gt = text.find(">", close.end())
                    e = n if gt < 0 else gt + 1
                else:
                    e = n
        out.append(text[pos:s])
        blank = _blank(text[s:e])
        if (name := _TAG_NAME.match(text, s, min(e, s + 40))) and name.group(1).lower() in _BLOCK \
                and "\n" not in blank:
            blank = "\n" + blank[1:]
        out.append(blank)
        pos = e
    out.append(text[pos:])
    view = "".join(out)

    def ent(m: regex.Match) -> str:
        ent = m.group(0)
        ch = _html.unescape(ent)
        if ch == ent:  # not an entity HTML knows: leave the text alone
            return ent
        if len(ch) != 1:
            ch = " "
        return ch + " " * (len(ent) - 1)

    return _ENTITY.sub(ent, view)


# --------------------------------------------------------------------------- front matter

_FRONT = lazyre.compile(r"\A\ufeff?---[ \t]*+\n")
_FRONT_END = lazyre.compile(r"^(?:---|\.\.\.)[ \t]*+$", regex.M)
_FM_LINE = lazyre.compile(r"^([A-Za-z_][\w-]{0,63}+)[ \t]*+:[ \t]*+([^\n]*+)", regex.M)
_FM_MAX = 65536  # front matter is a header, not a document


def _front_matter(text: str, base: str) -> tuple[dict[str, tuple[str, int, int]], int]:
    m = _FRONT.match(base)
    if not m:
        return {}, 0
    end = _FRONT_END.search(base, m.end(), min(len(base), _FM_MAX))
    if not end:
        return {}, 0
    fm: dict[str, tuple[str, int, int]] = {}
    for line in _FM_LINE.finditer(base, m.end(), end.start()):
        vs = line.start(2)
        ve = vs + len(line.group(2).rstrip())
        val = text[vs:ve]
        if len(val) >= 2 and val[0] == val[-1] and val[0] in "'\"":
            val, vs, ve = val[1:-1], vs + 1, ve - 1
        fm.setdefault(line.group(1).lower(), (val, vs, ve))
    if not fm:  # a Markdown rule ("---") opening the text, not a metadata block
        return {}, 0
    nl = base.find("\n", end.end())
    return fm, (nl + 1 if nl >= 0 else len(base))


# --------------------------------------------------------------------------- structure

_PARA_BREAK = lazyre.compile(r"\n[^\S\n]*+\n")
_NEWLINE = lazyre.compile_re(r"\n")  # stdlib re: twice as fast as regex for one literal
# A speaker label at the start of a paragraph: "MODERATOR:", "SENIOR ADMINISTRATION OFFICIAL:",
# "MS. PSAKI:", "Q", "Q:". Upper case only, so ordinary sentences never look like labels.
_SPEAKER = lazyre.compile(
    r"(?:\*\*)?+(?:(?P<name>Q)(?:\*\*)?+(?:[ \t]*+:|(?=\s))"
    r"|(?P<name>[A-Z][A-Z.’'\-]*+(?:[ \t]++[A-Z][A-Z.’'\-]*+){0,6}+)(?:\*\*)?+[ \t]*+:)",
    regex.V1)
# Sentence ends: . ! ? (optionally followed by closing quotes/brackets) then white space, and
# the next word (within 40 characters) not lower case or , ; : ("e.g. this", "U.S., and").
_SENT_END = lazyre.compile(r"[.!?]++[\"'”’)\]]*+(?=\s)(?!\s{1,40}+[\p{Lowercase},;:])")
_WORD_BEFORE = lazyre.compile(r"(?r)([\w.]{1,12}+)\.")
_NEXT_CHAR = lazyre.compile(r"\s*+(\S)")
_ABBREV = frozenset("""mr mrs ms dr st jr sr prof gen lt col sgt rep sen gov pres amb vs etc
u.s u.k u.n e.u a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd dept
mt ft i.e e.g approx est govt adm capt cmdr maj brig hon rev""".split())
_NUM_ABBREV = frozenset("no nos vol op art para fig min max pp p".split())  # only before a number
# Place abbreviations that end a sentence as often as they sit inside a name: "in Washington,
# D.C. And then ..." ends one, "the D.C. Homeland Security and Emergency Management Agency" does
# not. They end a sentence only before a word that opens sentences (a closed class: pronouns,
# conjunctions, determiners, common adverbs and prepositions) or a speaker's "Q".
_PLACE_ABBREV = frozenset({"d.c"})
_OPENERS = frozenset("""a an and as at but by for from he her here his how i if in it its i'm
i've it's let now of on our q she so that that's the their then there there's these they this
those to we we're we've what when where which while who why will with yes you your""".split())
_OPENER_WORD = lazyre.compile(r"\s*+([\w’']{1,12}+)")


def _split_sentences(view: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in _SENT_END.finditer(view, start, end):
        e = m.end()
        if e - m.start() == 1 and view[m.start()] == ".":
            word = _WORD_BEFORE.match(view, max(s, e - 13), e)
            if word:
                w = word.group(1).lower()
                # an abbreviation, an initial ("John F. Kennedy") or a number ("No. 5")
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
                if w in _NUM_ABBREV:
                    nxt = _NEXT_CHAR.match(view, e, min(end, e + 40))
                    if nxt and nxt.group(1).isdigit():
                        continue
                if w in _PLACE_ABBREV:
                    nxt = _OPENER_WORD.match(view, e, min(end, e + 60))
                    if not nxt or nxt.group(1).lower().replace("’", "'") not in _OPENERS:
                        continue
        _add_trimmed(out, view, s, e)
        s = e
    _add_trimmed(out, view, s, end)
    if end - start > MAX_SENTENCE and any(b - a > MAX_SENTENCE for a, b in out):
        out = [piece for a, b in out for piece in _chop(view, a, b)]
    return out


# Real sentences stay far below this (the longest of 150,000 in the shared corpora: 1,505
# characters). Text without sentence punctuation (a pasted table, a text with its full stops
# stripped) would otherwise make one "sentence" of megabytes, and every item in it would carry
# all of it as evidence: memory and output quadratic in the input.
MAX_SENTENCE = 2000
_SOFT_BREAKS = [lazyre.compile(p) for p in (
    r"(?r)[;:](?=\s)", r"(?r)\s[—–-](?=\s)|—", r"(?r),(?=\s)", r"(?r)\s")]


def _chop(view: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut an over-long span at the last strong punctuation, else dash, comma, space, in the
    second half of each MAX_SENTENCE window."""
    out = []
    while e - s > MAX_SENTENCE:
        lo, hi = s + MAX_SENTENCE // 2, s + MAX_SENTENCE
        cut = hi
        for pat in _SOFT_BREAKS:
            m = pat.search(view, lo, hi)
            if m:
                cut = m.end()
                break
        _add_trimmed(out, view, s, cut)
        s = cut
    _add_trimmed(out, view, s, e)
    return out


def _add_trimmed(spans: list[tuple[int, int]], view: str, s: int, e: int) -> None:
    """Append view[s:e] without its surrounding white space, unless nothing else is left."""
    t = _trim(view, s, e)
    if t[0] < t[1]:
        spans.append(t)


def _trim(view: str, s: int, e: int) -> tuple[int, int]:
    """The span without its leading and trailing white space (s == e when it is all space).
    str.strip is C speed; on the view (odd spaces and control characters already plain " " or
    "\n") its white space is exactly the regex class \\s."""
    seg = view[s:e]
    body = seg.lstrip()
    s += len(seg) - len(body)
    return s, s + len(body.rstrip())


# Transcript corrections: "February <s>1st</s> \[21st\]" reads "February 21st". The struck
# words and the Markdown escapes of brackets ("\[senior administration official\]") are blanked
# in `view` (same length), so rules read the corrected words.
_STRUCK = lazyre.compile(r"<(s|del|strike)>[^<]{0,200}+</\1>", regex.I)
_MD_BRACKET = lazyre.compile(r"\\[\[\]]")


def _mask_corrections(view: str) -> str:
    if "<" in view:
        view = _STRUCK.sub(lambda m: _blank(m.group(0)), view)
    if "\\" in view:
        view = _MD_BRACKET.sub("  ", view)
    return view


def read_text(text: str, path: str = "-", sha256: str = "", encoding: str = "utf-8",
              warnings: list[str] | None = None) -> Document:
    """Build the Document structure for decoded text."""
    base = _newlines(text)
    is_html = looks_like_html(text, path)
    view = _mask_html(base) if is_html else base
    fm, body_start = ({}, 0) if is_html else _front_matter(text, base)
    if body_start:
        # front matter is read as data (briefing.py), not matched as running text
        view = _blank(base[:body_start]) + view[body_start:]
    view = _spaces(view)
    if not is_html:
        view = _mask_corrections(view)
    doc = Document(text=text, view=view, path=path, sha256=sha256, encoding=encoding,
                   warnings=list(warnings or []), front_matter=fm, body_start=body_start,
                   is_html=is_html)
    # line starts from the "\n"-only copy: each "\n" there ends exactly one line of the input
    # (a packed array, not a list of int objects: 8 bytes a line instead of ~36 on huge inputs)
    doc.line_starts = array.array("q", [0])
    for a in range(0, len(base), 1 << 20):  # a megabyte at a time: no list of all lines at once
        doc.line_starts.extend([m.end() for m in _NEWLINE.finditer(base, a, a + (1 << 20))])

    # paragraphs: runs of text between blank lines
    pos = body_start
    paras: list[tuple[int, int]] = []
    for m in _PARA_BREAK.finditer(view, body_start):
        _add_trimmed(paras, view, pos, m.start())
        pos = m.end()
    _add_trimmed(paras, view, pos, len(view))
    doc.paragraphs = paras

    # speaker turns and sentences
    turns: list[Turn] = []
    for pi, (ps, pe) in enumerate(paras):
        lab = _SPEAKER.match(view, ps, pe)
        if lab and lab.group("name") not in {"I", "A"}:
            if turns:
                turns[-1].end = ps
            turns.append(Turn(ps, pe, lab.group("name").strip()))
        elif not turns:
            turns.append(Turn(ps, pe, None))
        turns[-1].end = pe
        for ss, se in _split_sentences(view, ps, pe):
            doc.sentences.append(Sentence(ss, se, pi, len(turns) - 1))
    doc.turns = turns
    return doc.finish()


def _sha256(data: bytes) -> str:
    """hashlib loads OpenSSL (~2 ms of every start); CPython's built-in SHA-256 gives the same
    digest and is quick enough below a megabyte, the size of nearly every transcript."""
    if len(data) < 1_000_000:
        try:
            from _sha256 import sha256  # CPython <= 3.11
        except ImportError:
            try:
                from _sha2 import sha256  # CPython >= 3.12
            except ImportError:
                from hashlib import sha256
    else:
        from hashlib import sha256
    return sha256(data).hexdigest()


def read_bytes(data: bytes, path: str = "-") -> Document:
    text, enc, warnings = decode(data, path)
    return read_text(text, path=path, sha256=_sha256(data), encoding=enc,
                     warnings=warnings)
