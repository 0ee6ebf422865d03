"""Bytes -> Document: decoded text, front matter, a same-length view for matching, lines,
paragraphs, sentences and speaker turns.

Offsets everywhere are Python `str` indices into the decoded input *as given* (CRLF kept, front
matter kept, HTML kept). Instead of stripping markup we blank it out in `view`, a string of
exactly the same length, so an offset found in `view` indexes `text` unchanged.
"""
from __future__ import annotations

import bisect
import codecs
import hashlib
from dataclasses import dataclass, field

import regex

from .model import Evidence


class InputError(Exception):
    """Input that cannot be used: the message is one line for stderr; `code` the exit code."""

    def __init__(self, message: str, code: int = 3):
        super().__init__(message)
        self.code = code


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    turn: int  # index into Document.turns


@dataclass(slots=True)
class Turn:
    """A stretch spoken by one speaker ("MODERATOR", "SENIOR ADMINISTRATION OFFICIAL", "Q")."""

    start: int
    end: int
    speaker: str | None

    @property
    def is_question(self) -> bool:
        return bool(self.speaker) and self.speaker.rstrip(".") in {"Q", "QUESTION", "REPORTER"}


@dataclass
class Document:
    text: str  # the decoded input, exactly
    view: str  # same length as text: markup and front matter blanked, for matching
    path: str = "-"
    sha256: str = ""
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    front_matter: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # key -> (value, start, end)
    body_start: int = 0
    line_starts: list[int] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    is_html: bool = False

    def line_of(self, offset: int) -> int:
        """1-based line number of an offset."""
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

def decode(data: bytes, path: str = "-") -> tuple[str, str, list[str]]:
    """Bytes -> (text, encoding, warnings). Raises InputError for empty or binary input."""
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", warnings
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError as e:
            raise InputError(f"{path}: UTF-16 byte order mark but undecodable data ({e.reason})", 3)
    if b"\x00" in data[:65536]:
        raise InputError(f"{path}: binary data (NUL bytes), not a text transcript", 3)
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        # Transcripts pasted from Word/e-mail are often Windows-1252 (curly quotes, dashes).
        text = data.decode("cp1252", errors="replace")
        enc = "cp1252"
        warnings.append(f"{path}: not valid UTF-8; decoded as Windows-1252")
    if not text.strip():
        raise InputError(f"{path}: empty input (nothing but white space)", 3)
    ctrl = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if ctrl > 0.05 * min(len(text), 4096):
        raise InputError(f"{path}: binary data (control characters), not a text transcript", 3)
    return text, enc, warnings


# --------------------------------------------------------------------------- structure

_FRONT = regex.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_FRONT_END = regex.compile(r"^---[ \t]*$|^\.\.\.[ \t]*$", regex.M)
_FM_LINE = regex.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$", regex.M)
_HTML_START = regex.compile(r"\A\s*(?:<!DOCTYPE\s+html|<html\b|<\?xml[^>]*>\s*<html\b)", regex.I)
_HTML_BLANK = regex.compile(
    r"<(script|style|noscript|template|svg)\b[^>]*+>.*?</\1\s*>|<!--.*?-->|<[^>]*+>",
    regex.I | regex.S)
_BLOCK_TAG = regex.compile(r"<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|title)\b)", regex.I)
_ENTITY = regex.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_PARA_BREAK = regex.compile(r"\n[ \t\r\u00a0]*\n|\r[ \t\u00a0]*\r(?!\n)")
# A speaker label at the start of a paragraph: "MODERATOR:", "SENIOR ADMINISTRATION OFFICIAL:",
# "MS. PSAKI:", "Q", "Q:". Upper case only, so ordinary sentences never look like labels.
_SPEAKER = regex.compile(
    r"(?:\*\*)?(?P<name>Q|(?:[A-Z][A-Z.’'\-]*+)(?:[ \t]++[A-Z][A-Z.’'\-]*+){0,6}+)(?:\*\*)?"
    r"(?:[ \t]*+:|(?<=^Q)(?=[ \t]))", regex.V1)
# Sentence ends: . ! ? (optionally followed by closing quotes/brackets) then white space.
_SENT_END = regex.compile(r"[.!?]++[\"'”’)\]]*+(?=\s)")
_ABBREV = frozenset("""mr mrs ms dr st jr sr prof gen lt col sgt rep sen gov pres amb no vs etc
u.s u.k u.n e.u a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd dept
mt ft fig i.e e.g approx est min max vol op art para govt adm capt cmdr maj brig hon rev""".split())


def _mask_html(text: str) -> str:
    """Blank tags, scripts and comments with spaces (newlines kept); block tags become a newline
    so paragraphs survive; entities become one character padded with spaces."""
    import html as _html

    def blank(m: regex.Match) -> str:
        s = m.group(0)
        out = "".join("\n" if c == "\n" else " " for c in s)
        if _BLOCK_TAG.match(s) and "\n" not in out:
            out = "\n" + out[1:] if len(out) > 1 else "\n"
        return out

    view = _HTML_BLANK.sub(blank, text)

    def ent(m: regex.Match) -> str:
        ch = _html.unescape(m.group(0))
        if len(ch) != 1:
            ch = " "
        if ch == "\u00a0":
            ch = " "
        return ch + " " * (len(m.group(0)) - 1)

    return _ENTITY.sub(ent, view)


def _front_matter(text: str) -> tuple[dict[str, tuple[str, int, int]], int]:
    m = _FRONT.match(text)
    if not m:
        return {}, 0
    end = _FRONT_END.search(text, m.end())
    if not end:
        return {}, 0
    fm: dict[str, tuple[str, int, int]] = {}
    for line in _FM_LINE.finditer(text, m.end(), end.start()):
        val, vs = line.group(2), line.start(2)
        if len(val) >= 2 and val[0] == val[-1] and val[0] in "'\"":
            val, vs = val[1:-1], vs + 1
        fm[line.group(1).lower()] = (val, vs, vs + len(val))
    nl = text.find("\n", end.end())
    return fm, (nl + 1 if nl >= 0 else len(text))


def _split_sentences(view: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in _SENT_END.finditer(view, start, end):
        e = m.end()
        word = regex.search(r"([\w.]+)\.$", view[max(s, e - 12):m.start() + 1])
        if word and m.group(0).startswith(".") and len(m.group(0)) == 1:
            w = word.group(1).lower()
            # an abbreviation, an initial ("John F. Kennedy") or a number ("No. 5")
            if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                continue
        nxt = regex.match(r"\s*+(.)", view[e:e + 40], regex.S)
        if nxt and (nxt.group(1).islower() or nxt.group(1) in ",;:"):
            continue
        if view[s:e].strip():
            out.append(_trim(view, s, e))
        s = e
    if view[s:end].strip():
        out.append(_trim(view, s, end))
    return out


def _trim(view: str, s: int, e: int) -> tuple[int, int]:
    while s < e and view[s].isspace():
        s += 1
    while e > s and view[e - 1].isspace():
        e -= 1
    return s, e


def read_text(text: str, path: str = "-", sha256: str = "", encoding: str = "utf-8",
              warnings: list[str] | None = None) -> Document:
    """Build the Document structure for decoded text."""
    is_html = bool(_HTML_START.match(text[:2048]))
    view = _mask_html(text) if is_html else text
    fm, body_start = ({}, 0) if is_html else _front_matter(text)
    if body_start:
        # front matter is read as data (briefing.py), not matched as running text
        view = "".join("\n" if c == "\n" else " " for c in text[:body_start]) + view[body_start:]
    view = view.replace("\u00a0", " ").replace("\u200b", " ").replace("\ufeff", " ")
    doc = Document(text=text, view=view, path=path, sha256=sha256, encoding=encoding,
                   warnings=list(warnings or []), front_matter=fm, body_start=body_start,
                   is_html=is_html)
    doc.line_starts = [0] + [m.end() for m in regex.finditer(r"\r\n|\r|\n", text)]

    # paragraphs: runs of text between blank lines
    pos = body_start
    paras: list[tuple[int, int]] = []
    for m in _PARA_BREAK.finditer(view, body_start):
        if view[pos:m.start()].strip():
            paras.append(_trim(view, pos, m.start()))
        pos = m.end()
    if view[pos:].strip():
        paras.append(_trim(view, pos, len(view)))
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


def read_bytes(data: bytes, path: str = "-") -> Document:
    text, enc, warnings = decode(data, path)
    return read_text(text, path=path, sha256=hashlib.sha256(data).hexdigest(), encoding=enc,
                     warnings=warnings)
