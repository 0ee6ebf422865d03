"""Document structure: the same-length view, front matter, line endings, HTML, paragraphs,
sentences and speaker turns (document.py)."""
from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agendactl.document import looks_like_html, read_bytes, read_text

BRIEFING = (
    "---\n"
    "date: '2021-01-20'\n"
    'title: "Press Briefing by Press Secretary"\n'
    "---\n"
    "\n"
    "MS. PSAKI:  Good evening. We will meet on Monday with Mr. Smith of the U.S. Senate.\n"
    "\n"
    "Q  What about Tuesday? Thanks.\n"
    "\n"
    "MS. PSAKI:  No. The vote is item No. 5 on the list.\n"
)


def sentences(doc):
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_front_matter_values_index_the_text():
    doc = read_text(BRIEFING)
    for key, (val, s, e) in doc.front_matter.items():
        assert doc.text[s:e] == val
    assert doc.front_matter["date"][0] == "2021-01-20"
    assert doc.front_matter["title"][0] == "Press Briefing by Press Secretary"
    assert doc.body_start == BRIEFING.index("\nMS.") and doc.view[:doc.body_start].strip() == ""


def test_sentences_abbreviations_and_no():
    got = sentences(read_text(BRIEFING))
    assert got == [
        "MS. PSAKI:  Good evening.",
        "We will meet on Monday with Mr. Smith of the U.S. Senate.",
        "Q  What about Tuesday?",
        "Thanks.",
        "MS. PSAKI:  No.",
        "The vote is item No. 5 on the list.",
    ]


def test_turns_with_q_labels_anywhere():
    doc = read_text(BRIEFING)
    assert [(t.speaker, t.is_question) for t in doc.turns] == [
        ("MS. PSAKI", False), ("Q", True), ("MS. PSAKI", False)]
    q = BRIEFING.index("What about")
    assert doc.turn_at(q).is_question
    assert doc.sentence_at(q).turn == 1


def test_ordinary_sentences_are_not_speaker_labels():
    doc = read_text("Quite so. We agree.\n\nQuestions remain: many.\n\nQatar: a partner.\n")
    assert all(t.speaker is None for t in doc.turns)


def test_crlf_and_cr_give_the_same_structure_with_exact_offsets():
    base = read_text(BRIEFING)
    for nl in ("\r\n", "\r"):
        text = BRIEFING.replace("\n", nl)
        doc = read_text(text)
        assert doc.text == text and len(doc.view) == len(text)
        assert sentences(doc) == sentences(base)
        assert [t.speaker for t in doc.turns] == [t.speaker for t in base.turns]
        assert {k: v[0] for k, v in doc.front_matter.items()} == \
            {k: v[0] for k, v in base.front_matter.items()}
        for key, (val, s, e) in doc.front_matter.items():
            assert text[s:e] == val
        i = text.index("Monday")
        assert doc.line_of(i) == base.line_of(BRIEFING.index("Monday")) == 6
        assert "\r" not in doc.view


def test_line_numbers_count_every_kind_of_line_end():
    text = "a\nb\r\nc\rd\n\ne"
    doc = read_text(text)
    assert [doc.line_of(text.index(ch)) for ch in "abcde"] == [1, 2, 3, 4, 6]


def test_odd_spaces_are_plain_spaces_in_the_view_only():
    text = "On\u00a0Monday\u200b we\u202fmeet\u2060. Then\u3000Tuesday.\ufeff"
    doc = read_text(text)
    assert doc.text == text
    assert doc.view == "On Monday  we meet . Then Tuesday. "
    assert sentences(doc) == ["On\u00a0Monday\u200b we\u202fmeet\u2060.", "Then\u3000Tuesday."]


def test_markdown_rule_at_the_start_is_not_front_matter():
    doc = read_text("---\nWe meet on Monday.\n---\nThen Tuesday.\n")
    assert doc.front_matter == {} and doc.body_start == 0


HTML = """<!-- saved from url=(0042)https://www.nato.int/cps/en/natohq/opinions.htm -->
<!DOCTYPE html>\r
<html lang="en"><head><meta charset="utf-8"><title>Press point &ndash; 4 Dec. 2017</title>
<style>p { color: red; } a > b {}</style>
<script>var x = "<p>Friday</p>"; if (a < b && c > d) {}</script></head>
<body><div class="x"><p>Good afternoon.&nbsp;We will meet <b>tomorrow</b> with ministers.</p>
<p>On 5&nbsp;and 6 December we meet.<br><br>Next line.</p><!-- comment <p>Saturday</p> -->
<SCRIPT type="x">Sunday()</SCRIPT><p>Q: Thanks.</p></div></body></html>"""


def test_html_page_text_with_offsets_into_the_page():
    doc = read_text(HTML)
    assert doc.is_html and len(doc.view) == len(HTML)
    for hidden in ("Friday", "Saturday", "Sunday", "color", "charset", "saved from"):
        assert hidden not in doc.view
    got = [doc.view[s.start:s.end] for s in doc.sentences]
    assert "We will meet    tomorrow     with ministers." in got
    assert any(g.startswith("On 5      and 6 December") for g in got)
    assert "Next line." in got
    i = doc.view.index("tomorrow")
    assert HTML[i:i + 8] == "tomorrow"
    assert doc.turns[-1].is_question


def test_html_detection():
    assert looks_like_html("  <!doctype HTML><p>x</p>")
    assert looks_like_html("<p>x</p>", "page.htm")
    assert not looks_like_html("We said <b> is bold. <html> is a tag.")
    assert not looks_like_html("Plain text mentioning <html> later.")


def test_unclosed_markup_does_not_swallow_text_outside_html():
    text = "Prices < 5 and x<y. We meet on Monday <i mean it>."
    doc = read_text(text)
    assert doc.view == text  # not HTML: nothing masked


def test_unclosed_script_and_tag_in_html():
    page = "<html><body><p>We meet Monday.</p><script>var a = 1; // no end"
    doc = read_text(page)
    assert "var a" not in doc.view and "We meet Monday." in doc.view
    page2 = "<html><body><p>We meet Monday. a < b and <b never closed"
    doc2 = read_text(page2)
    assert "We meet Monday." in doc2.view


def test_entities_keep_length():
    doc = read_text("<html><p>Caf&eacute; &amp; &#8220;bar&#x201D; &bogus; &#0;</p></html>")
    assert len(doc.view) == len(doc.text)
    assert "Café" in doc.view.replace("      ", "") and "&bogus;" in doc.view


# --------------------------------------------------------------------------- properties

ALPHABET = st.sampled_from(list("ab .?!:\n\r\t\u00a0\u200bQ<>&;-'\"") + [
    "Monday", "MS. PSAKI:", "Q  ", "Mr.", "U.S.", "No.", "<p>", "</p>", "<script>", "&nbsp;",
    "---\n", "date: 2020-01-01\n", "\r\n", "\n\n", "5 December", "tomorrow", "...", "(", ")"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=60).map("".join), st.booleans())
def test_structure_invariants(text, html):
    if html:
        text = "<html>" + text
    doc = read_text(text)
    assert doc.text == text and len(doc.view) == len(text)
    # paragraphs: ordered, disjoint, trimmed, inside the body
    prev = doc.body_start
    for s, e in doc.paragraphs:
        assert prev <= s < e <= len(text)
        assert not doc.view[s].isspace() and not doc.view[e - 1].isspace()
        prev = e
    # sentences: ordered, disjoint, trimmed, each inside its paragraph, turn index valid
    prev = 0
    for sent in doc.sentences:
        ps, pe = doc.paragraphs[sent.paragraph]
        assert ps <= sent.start < sent.end <= pe and prev <= sent.start
        assert not doc.view[sent.start].isspace() and not doc.view[sent.end - 1].isspace()
        assert 0 <= sent.turn < len(doc.turns)
        assert doc.sentence_at(sent.start) is sent
        prev = sent.end
    # every non-blank character of the body view lies in some sentence
    covered = sum(s.end - s.start for s in doc.sentences)
    body_chars = len(regex.sub(r"\s", "", doc.view[doc.body_start:]))
    assert covered >= body_chars
    # line numbers agree with counting line ends
    starts = [0] + [m.end() for m in regex.finditer(r"\r\n|\r|\n", text)]
    for off in range(0, len(text) + 1, 7):
        assert doc.line_of(off) == sum(1 for s in starts if s <= off)
    if "\r" in text:  # the view has no CR, and the CR-free text gives the same sentences
        assert "\r" not in doc.view


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_reads(text):
    data = text.encode("utf-8")
    try:
        doc = read_bytes(data, "x.txt")
    except Exception as e:  # only the documented error, with a one-line message
        from agendactl.document import InputError
        assert isinstance(e, InputError) and "\n" not in str(e)
        return
    assert len(doc.view) == len(doc.text) == len(text)


def test_text_without_full_stops_gives_bounded_sentences():
    from agendactl.document import MAX_SENTENCE

    text = "we will meet on Monday and talk about the 3,000 troops, then lunch; " * 300
    doc = read_text(text)
    assert len(doc.sentences) > 5
    assert all(0 < s.end - s.start <= MAX_SENTENCE for s in doc.sentences)
    assert all(text[s.end - 1] in ",;" for s in doc.sentences[:-1])  # cut at punctuation
    nospace = read_text("x" * 7000)  # no break at all: hard cuts, nothing lost
    assert [(s.start, s.end) for s in nospace.sentences] == [(0, 2000), (2000, 4000),
                                                             (4000, 6000), (6000, 7000)]


def test_struck_words_and_bracket_escapes_are_blanked_in_the_view_only():
    from agendactl.document import read_text
    text = "The President will travel on February <s>1st</s>\n\\[21st\\] to Rome.\n"
    doc = read_text(text, path="x.md")
    assert len(doc.view) == len(text) and doc.text == text
    assert "<s>" not in doc.view and "\\[" not in doc.view
    assert " ".join(doc.view.split()) == "The President will travel on February 21st to Rome."


def test_place_abbreviation_ends_a_sentence_only_before_an_opener():
    text = ("MR. KIRBY:  He will receive a briefing at the D.C. Homeland Security and Emergency "
            "Management Agency. He flies to Washington, D.C. And then he rests. We met the D.C. "
            "Council. It was in D.C. Q Thanks.\n")
    assert sentences(read_text(text)) == [
        "MR. KIRBY:  He will receive a briefing at the D.C. Homeland Security and Emergency "
        "Management Agency.",
        "He flies to Washington, D.C.",
        "And then he rests.",
        "We met the D.C. Council.",
        "It was in D.C.",
        "Q Thanks.",
    ]
