"""Briefing date, title and speaker: which clue wins and why."""
import pytest

from agendactl.briefing import detect
from agendactl.document import InputError, read_text

FM = """---
date: '2021-11-18'
published_time: 2021-11-18 08:33:35-05:00
title: "Background Press Call by Senior Administration Officials Previewing the North\\
  \\ American Leaders\\u2019 Summit\\_(NALS)"
source_url: https://www.whitehouse.gov/briefing-room/press-briefings/2021/11/18/x/
---
Via Teleconference

{dateline}

3:45 P.M. EST

MODERATOR:  Good afternoon, everyone.  The contents of this call are
embargoed until 5 o'clock tomorrow morning, November 18th.  Today we preview tomorrow's summit.
"""


@pytest.mark.parametrize("dateline, want, source", [
    ("(November 17, 2021)", "2021-11-17", "dateline"),
    ("Wednesday, 17 November 2021", "2021-11-17", "dateline"),
    ("• 17 Nov. 2021 -", "2021-11-17", "dateline"),
    ("2021-11-17", "2021-11-17", "dateline"),
    ("", "2021-11-17", "embargo"),  # no dateline: the embargo clue beats the publication day
])
def test_dateline_beats_publication_day(dateline, want, source):
    doc = read_text(FM.format(dateline=dateline), path="x.md")
    b = detect(doc)
    assert (b.date, b.date_source) == (want, source)
    assert b.evidence is None or doc.text[b.evidence.start:b.evidence.end] == b.evidence.text
    assert "2021-11-18" in [c.date for c in b.other_dates]
    assert any("disagree" in w for w in doc.warnings)


def test_front_matter_title_is_unescaped_and_speaker_read_from_it():
    b = detect(read_text(FM.format(dateline=""), path="x.md"))
    assert b.title == "Background Press Call by Senior Administration Officials Previewing the North American Leaders’ Summit (NALS)"
    assert b.speaker == "Senior Administration Officials"
    assert b.organisation == "White House"


def test_front_matter_alone_is_used_when_nothing_disagrees():
    text = "---\ndate: '2023-05-18'\ntitle: Call\n---\nMODERATOR:  We will meet tomorrow.\n"
    b = detect(read_text(text, path="-"))
    assert (b.date, b.date_source, b.weekday) == ("2023-05-18", "front-matter", "Thursday")
    assert b.other_dates == []


def test_nato_header_dateline_title_and_speaker():
    text = ("Pre-ministerial press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n"
            "  • 04 Dec. 2017 -\n  • |\n  • Mis à jour le: 04 Dec. 2017 15:12\n\n(As delivered)\n\n"
            "Good morning. This week, ministers will meet.\n")
    b = detect(read_text(text, path="nato.txt"))
    assert (b.date, b.date_source, b.evidence.text) == ("2017-12-04", "dateline", "04 Dec. 2017")
    assert b.title == "Pre-ministerial press conference"
    assert b.speaker == "NATO Secretary General Jens Stoltenberg"
    assert b.organisation == "NATO"


def test_file_name_is_the_last_resort():
    b = detect(read_text("We will meet tomorrow.\n", path="briefings/2019-03-02-call.txt"))
    assert (b.date, b.date_source) == ("2019-03-02", "file-name")


def test_option_wins_and_is_validated():
    doc = read_text(FM.format(dateline="(November 17, 2021)"), path="x.md")
    assert detect(doc, "2020-01-02").date_source == "option"
    with pytest.raises(InputError) as e:
        detect(doc, "2020-13-02")
    assert e.value.code == 2


@pytest.mark.parametrize("text", [
    "We will meet tomorrow and on Wednesday.\n",
    "MODERATOR: In 2012 we met. Ten years on, 42 measures.\n",  # a year in running text is no dateline
])
def test_no_date_is_an_error_that_suggests_the_option(text):
    with pytest.raises(InputError) as e:
        detect(read_text(text, path="notes.txt"))
    assert e.value.code == 4 and "--date" in str(e.value)


def test_embargo_restated_late_with_clock_time_still_dates_the_call():
    body = "MODERATOR:  Thanks for joining.\n\n" + "SAO:  We will talk about the plan.\n\n" * 400
    text = ("---\ndate: '2023-03-02'\n---\nVia Teleconference\n\n" + body +
            "MODERATOR:  A reminder: this call is embargoed until 5:00 a.m. Eastern tomorrow,\n"
            "Thursday, March 2nd.\n")
    b = detect(read_text(text, path="x.md"))
    assert (b.date, b.date_source) == ("2023-03-01", "embargo")


def test_embargo_until_the_end_of_the_call_is_no_date_clue():
    text = ("---\ndate: '2023-03-02'\n---\nMODERATOR:  This call is embargoed until the end of the call.\n"
            "Tomorrow, March 3rd, the President travels.\n")
    b = detect(read_text(text, path="x.md"))
    assert (b.date, b.date_source) == ("2023-03-02", "front-matter")


# ----------------------------------------------------------------- embargo and local-time clues
import datetime as _dt  # noqa: E402

from agendactl import briefing as _briefing  # noqa: E402


def _day(s):
    return _dt.date.fromisoformat(s) if s else None


@pytest.mark.parametrize("clause, near, page, want", _briefing.EMBARGO_EXAMPLES)
def test_embargo_example(clause, near, page, want):
    assert _briefing.embargo_day(clause, _day(near), _day(page)) == _day(want)


@pytest.mark.parametrize("clause, near, page", _briefing.EMBARGO_NEGATIVES)
def test_embargo_negative(clause, near, page):
    assert _briefing.embargo_day(clause, _day(near), _day(page)) is None


def _hour(clock):
    hm, ap = clock.split(" ")
    h, m = hm.split(":")
    return int(h) % 12 + (12 if ap.startswith("P") else 0) + int(m) / 60


@pytest.mark.parametrize("clock, zone, page, published, want", _briefing.LOCAL_TIME_EXAMPLES)
def test_local_time_example(clock, zone, page, published, want):
    pub = _dt.datetime.fromisoformat(published) if published else None
    assert _briefing.local_day(_hour(clock), _briefing.ZONES[zone], _day(page), pub) == _day(want)


@pytest.mark.parametrize("clock, zone, page, published", _briefing.LOCAL_TIME_NEGATIVES)
def test_local_time_negative(clock, zone, page, published):
    pub = _dt.datetime.fromisoformat(published) if published else None
    got = _briefing.local_day(_hour(clock), _briefing.ZONES[zone], _day(page), pub)
    assert got in (None, _day(page))


def test_morning_call_in_seoul_is_dated_in_seoul():
    text = ("---\ndate: '2022-05-20'\npublished_time: 2022-05-20 23:37:40-04:00\n---\n"
            "Via Teleconference\n\n9:12 A.M. KST\n\nMODERATOR:  Good morning, everybody.  "
            "Today the President visits the base.\n")
    doc = read_text(text, path="x.md")
    b = detect(doc)
    assert (b.date, b.date_source) == ("2022-05-21", "local-time")
    assert doc.text[b.evidence.start:b.evidence.end] == "9:12 A.M. KST"
    assert "2022-05-20" in [c.date for c in b.other_dates]


def test_embargo_naming_the_lift_day_dates_the_call_the_day_before():
    text = ("---\ndate: '2023-05-01'\n---\nVia Teleconference\n\nMODERATOR:  The content of this call "
            "will be under embargo until 5:00 a.m. Eastern, Monday, May 1st.\n")
    b = detect(read_text(text, path="x.md"))
    assert (b.date, b.date_source) == ("2023-04-30", "embargo")


@pytest.mark.parametrize("clause, page, published, want", _briefing.EMBARGO_LIFT_EXAMPLES)
def test_page_up_at_the_lift_example(clause, page, published, want):
    pub = _dt.datetime.fromisoformat(published)
    assert _briefing.embargo_day(clause, _day(page), _day(page), pub) == _day(want)


@pytest.mark.parametrize("clause, page, published", _briefing.EMBARGO_LIFT_NEGATIVES)
def test_page_up_at_the_lift_negative(clause, page, published):
    pub = _dt.datetime.fromisoformat(published)
    assert _briefing.embargo_day(clause, _day(page), _day(page), pub) is None


# ----------------------------------------------------------------- the day the call says it is
@pytest.mark.parametrize("text, page, want", _briefing.SPOKEN_EXAMPLES)
def test_spoken_day_example(text, page, want):
    got = _briefing.spoken_day(text, 0, _day(page))
    assert got is not None and got[0] == _day(want)


@pytest.mark.parametrize("text, page", _briefing.SPOKEN_NEGATIVES)
def test_spoken_day_negative(text, page):
    assert _briefing.spoken_day(text, 0, _day(page)) is None


def test_call_on_a_friday_beats_an_embargo_lifted_on_monday():
    # the embargo alone says "the day before Monday"; the call says it is Friday
    text = ("---\ndate: '2021-07-26'\n---\nSAO:  The contents of the call are embargoed until Monday, "
            "July 26th, at 5:00 a.m.\n\nSAO:  Thanks for joining me here on a Friday, late in the day.  "
            "Today, at the State Department, we met.\n")
    doc = read_text(text, path="x.md")
    b = detect(doc)
    assert (b.date, b.date_source) == ("2021-07-23", "spoken")
    assert doc.text[b.evidence.start:b.evidence.end] == "on a Friday"
    assert {"2021-07-25", "2021-07-26"} <= {c.date for c in b.other_dates}


def test_a_holiday_said_to_be_tomorrow_dates_the_call():
    text = ("---\ndate: '2021-03-17'\n---\nSAO:  It will be embargoed until 5:00 a.m. tomorrow.\n\n"
            "SAO:  We, at the White House, are very excited for celebrating St. Patrick’s Day tomorrow.\n")
    b = detect(read_text(text, path="x.md"))
    assert (b.date, b.date_source) == ("2021-03-16", "spoken")


def test_a_dateline_outranks_the_spoken_day():
    text = ("---\ndate: '2021-07-27'\n---\nVia Teleconference\n\n(July 26, 2021)\n\n"
            "SAO:  Thanks for joining me here on a Friday.\n")
    b = detect(read_text(text, path="x.md"))
    assert (b.date, b.date_source) == ("2021-07-26", "dateline")
    assert "2021-07-23" in [c.date for c in b.other_dates]  # the spoken day was read, and lost


# ----------------------------------------------------------------- a page staged the day before
def test_page_modified_the_day_before_its_date_dates_the_call_that_day():
    text = ("---\ndate: '2021-11-01'\nmodified_time: 2021-10-31 16:07:56-04:00\n---\n"
            "MODERATOR:  Thanks for joining.  Today we met in Rome.\n")
    doc = read_text(text, path="x.md")
    b = detect(doc)
    assert (b.date, b.date_source) == ("2021-10-31", "staged")
    assert doc.text[b.evidence.start:b.evidence.end] == "2021-10-31"


@pytest.mark.parametrize("modified", ["2021-11-01 16:07:56-04:00", "2021-11-03 09:00:00-04:00"])
def test_page_modified_on_or_after_its_date_is_no_clue(modified):
    text = (f"---\ndate: '2021-11-01'\nmodified_time: {modified}\n---\n"
            "MODERATOR:  Thanks for joining.  Today we met in Rome.\n")
    b = detect(read_text(text, path="x.md"))
    assert (b.date, b.date_source) == ("2021-11-01", "front-matter")


def test_a_restated_embargo_counting_two_days_beats_the_first_clause():
    text = ("---\ndate: '2021-09-01'\n---\nSAO:  The contents will be embargoed until 5:00 a.m.\n"
            "Wednesday, September 1st.  Again, the embargo does not lift tomorrow.\n\n"
            "SAO:  Today we met.\n\nMODERATOR:  A reminder that the contents of this call are "
            "embargoed until\n5:00 a.m. on Wednesday, the day after tomorrow.\n")
    doc = read_text(text, path="x.md")
    b = detect(doc)
    assert (b.date, b.date_source) == ("2021-08-30", "embargo")
    assert doc.text[b.evidence.start:b.evidence.end].endswith("the day after tomorrow")


def test_a_restated_embargo_counting_two_days_is_found_across_a_line_break():
    # the scan stops early only when no later clause can count two days, whatever its spacing
    text = ("---\ndate: '2021-09-01'\n---\nSAO:  The contents will be embargoed until 5:00 a.m.\n"
            "Wednesday, September 1st.\n\nSAO:  Today we met.\n\nMODERATOR:  A reminder that the contents "
            "of this call are embargoed until 5:00 a.m. on Wednesday, the Day After\nTomorrow.\n")
    b = detect(read_text(text, path="x.md"))
    assert (b.date, b.date_source) == ("2021-08-30", "embargo")
