"""Every output format, on a synthetic result (independent of the extraction stages): each is
parsed back and compared with what went in."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import icalendar
import jsonschema
import pytest

from agendactl.render import SUPPORTED, Options, make_writer
from agendactl.render.ics import event_uid, parse_time
from agendactl.render.items import quantity_label, when_label
from render_fixtures import TEXT, seed_like

SCHEMA = json.loads((Path(__file__).parents[1] / "src/agendactl/schema.json").read_text())


def render(fmt, results, view="schedule", **kw):
    notes: list[str] = []
    out = io.StringIO(newline="")
    opts = Options(view=view, note=notes.append, width=kw.pop("width", 120), **kw)
    w = make_writer(fmt, out, opts)
    for r in results:
        w.add(r)
    w.close()
    return out.getvalue(), notes


# --------------------------------------------------------------------------- json / jsonl

@pytest.mark.parametrize("view", ["schedule", "commitments", "dates", "extract"])
def test_json_single_object_valid(view):
    text, _ = render("json", [seed_like()], view=view)
    doc = json.loads(text)
    assert isinstance(doc, dict) and doc["schema_version"] == 1
    jsonschema.validate(doc, SCHEMA)
    key = {"schedule": "schedule", "commitments": "commitments", "dates": "references"}.get(view)
    if key:
        assert set(doc) & {"schedule", "commitments", "references"} == {key}
    else:
        assert {"schedule", "commitments", "references"} <= set(doc)


def test_json_several_inputs_give_array():
    text, _ = render("json", [seed_like("a.txt"), seed_like("b.txt")], multi=True)
    docs = json.loads(text)
    assert [d["source"]["path"] for d in docs] == ["a.txt", "b.txt"]
    empty, _ = render("json", [], multi=True)
    assert json.loads(empty) == []


def test_json_commitments_pledges_only_with_all():
    plain = json.loads(render("json", [seed_like()], view="commitments")[0])
    every = json.loads(render("json", [seed_like()], view="commitments", pledges=True)[0])
    assert all(c["kind"] == "quantity" for c in plain["commitments"])
    assert [c["kind"] for c in every["commitments"]].count("pledge") == 1


def test_json_explain_carries_reasoning():
    doc = json.loads(render("json", [seed_like()], view="extract", explain=True)[0])
    jsonschema.validate(doc, SCHEMA)
    assert doc["references"][1]["explain"][0].startswith("Wednesday → clause in future tense")
    assert doc["schedule"][2]["explain"]  # an inferred date says so
    assert "explain" not in json.loads(render("json", [seed_like()], view="dates")[0])[
        "references"][0]


@pytest.mark.parametrize("view,kind,count", [("schedule", "event", 5),
                                             ("commitments", "commitment", 2),
                                             ("dates", "reference", 4)])
def test_jsonl_line_by_line(view, kind, count):
    text, _ = render("jsonl", [seed_like("a.txt"), seed_like("b.txt")], view=view, multi=True)
    lines = text.splitlines()
    assert len(lines) == 2 * count
    validator = jsonschema.Draft202012Validator(
        {**SCHEMA, "$ref": "#/$defs/jsonl_item", "required": [], "properties": {}})
    for n, line in enumerate(lines):
        item = json.loads(line)
        validator.validate(item)
        assert item["type"] == kind
        assert item["source"] == ("a.txt" if n < count else "b.txt")
        assert item["briefing_date"] == "2017-12-04"


def test_jsonl_extract_has_every_kind():
    text, _ = render("jsonl", [seed_like()], view="extract")
    kinds = [json.loads(x)["type"] for x in text.splitlines()]
    assert kinds[0] == "briefing" and {"reference", "event", "commitment"} <= set(kinds)


# --------------------------------------------------------------------------- csv

def test_csv_round_trip_schedule():
    res = seed_like()
    text, _ = render("csv", [res])
    assert "\r\n" in text  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(res.schedule)
    for row, e in zip(rows, res.schedule):
        assert row["title"] == e.title  # commas, semicolons, quotes survive
        assert row["date"] == e.date and row["first_day"] == e.first_day
        assert row["quote"] == e.evidence.text
        assert int(row["line"]) == e.evidence.line
        assert row["source"] == "brief.txt" and row["briefing_date"] == "2017-12-04"
    assert rows[0]["participants"].split("; ") == res.schedule[0].participants
    assert rows[2]["date_inferred"] == "true"


def test_csv_commitments_and_dates():
    rows = list(csv.DictReader(io.StringIO(render("csv", [seed_like()], view="commitments",
                                                  pledges=True)[0], newline="")))
    assert [r["quantity"] for r in rows] == ["3000", "1000", ""]
    assert rows[1]["approximate"] == "true" and rows[2]["kind"] == "pledge"
    rows = list(csv.DictReader(io.StringIO(render("csv", [seed_like()], view="dates")[0],
                                           newline="")))
    assert [r["value"] for r in rows] == ["2017-12-05", "2017-12-06", "2018-07", "2019"]
    for r in rows:
        assert TEXT[int(r["start"]):int(r["end"])] == r["text"]


def test_csv_header_once_for_many_files():
    text, _ = render("csv", [seed_like("a.txt"), seed_like("b.txt")], multi=True)
    assert text.count("source,briefing_date") == 1
    assert len(list(csv.DictReader(io.StringIO(text, newline="")))) == 10


# --------------------------------------------------------------------------- markdown

def test_markdown_tables_escape_pipes_and_group_days():
    text, _ = render("md", [seed_like()])
    assert text.startswith("### Press conference\n")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 1 + 5
    assert "Talks \\| pipes\\\\backslash" in text
    for line in rows:  # escaped pipes never add a column
        assert len(line.replace("\\|", "").split("|")) == len(rows[0].split("|"))
    # the second Wednesday item is in the same day group: its date cell only marks inference
    assert rows[3].startswith("| \\* |")
    assert "\\* day not stated" in text


def test_markdown_extract_has_three_sections():
    text, _ = render("md", [seed_like()], view="extract", pledges=True)
    assert [l for l in text.splitlines() if l.startswith("#### ")] == [
        "#### Schedule", "#### Commitments", "#### Day references"]


# --------------------------------------------------------------------------- table

def test_table_plain_when_no_color():
    text, _ = render("table", [seed_like()], width=140)
    assert "\x1b[" not in text
    for needle in ("Press conference", "2017-12-05", "Tue", "Meeting of the NATO-Georgia",
                   "10:30 a.m. CET", "Brussels", "day not stated"):
        assert needle in text
    # grouped by day: a blank line before each day, none between the events of one day
    lines = [line.rstrip() for line in text.splitlines()]
    wed = [i for i, line in enumerate(lines) if line.startswith("2017-12-06")]
    assert len(wed) == 2 and lines[wed[0] - 1] == ""
    assert "" not in lines[wed[0]:wed[1]]
    assert lines[wed[1]].startswith("2017-12-06*")  # the inferred day is marked


def test_table_narrow_terminal_stacks_with_and_where_under_the_title():
    res = seed_like()
    # at 80 columns separate With/Where columns squeezed titles to ~11 letters a line and
    # folded words in the middle ("Pacifi|c"); there they go on a line under the title
    text, _ = render("table", [res], width=80)
    header = next(line for line in text.splitlines() if line.startswith("Date"))
    assert "With" not in header and "Where" not in header and "Event" in header
    words = set(text.split())
    for ev in res.schedule:
        assert set(ev.title.split()) <= words, ev.title  # every title word whole
    assert "Brussels" in text and "Mogherini" in text
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80
    # wide: own columns, as before
    wide, _ = render("table", [res], width=160)
    header = next(line for line in wide.splitlines() if line.startswith("Date"))
    assert "With" in header and "Where" in header


def test_table_color_only_when_asked():
    text, _ = render("table", [seed_like()], color=True)
    assert "\x1b[" in text


def test_table_markup_in_data_is_printed_literally():
    res = seed_like()
    res.schedule[0].title = "Talks on [bold]nothing[/bold]"
    text, _ = render("table", [res], width=160)
    assert "[bold]nothing[/bold]" in text


def test_table_explain_lists_reasoning():
    text, _ = render("table", [seed_like()], explain=True, width=200)
    assert "Why these dates" in text and "next Wednesday after Mon 2017-12-04" in text
    text, _ = render("table", [seed_like()], view="dates", explain=True, width=200)
    assert "briefing day + 1" in text


def test_table_sections_per_file():
    text, _ = render("table", [seed_like("a.txt"), seed_like("b.txt")], multi=True)
    assert "a.txt · date from header" in text and "b.txt · date from header" in text


# --------------------------------------------------------------------------- ics

def _calendar(results, **kw):
    text, notes = render("ics", results, **kw)
    return icalendar.Calendar.from_ical(text), text, notes


def test_ics_round_trip():
    res = seed_like()
    cal, text, notes = _calendar([res])
    assert "\r\n" in text
    events = cal.walk("VEVENT")
    # the year-grain item is left out, with a note; the month-grain one is a free span
    assert [str(e["SUMMARY"]) for e in events] == [e.title for e in res.schedule[:4]]
    assert any("left out" in n and "2019" in n for n in notes)
    assert any("2018-07" in n and "all-day span" in n for n in notes)
    day, timed, inferred, month = events
    assert day.decoded("DTSTART") == dt.date(2017, 12, 5)
    assert day.decoded("DTEND") == dt.date(2017, 12, 6)  # exclusive end
    assert day["DTSTART"].params.get("VALUE") == "DATE"
    start = timed.decoded("DTSTART")
    assert start.replace(tzinfo=None) == dt.datetime(2017, 12, 6, 10, 30)
    assert timed["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert start.utcoffset() == dt.timedelta(hours=1)
    assert inferred.decoded("DTSTART") == dt.date(2017, 12, 6)
    assert "taken from the agenda" in str(inferred["DESCRIPTION"])
    assert month.decoded("DTSTART") == dt.date(2018, 7, 1)
    assert month.decoded("DTEND") == dt.date(2018, 8, 1)
    assert str(month["TRANSP"]) == "TRANSPARENT"
    # escaping: commas, semicolons and quotes come back as written
    assert str(day["SUMMARY"]) == 'Meeting on NATO-EU cooperation, defence; and "more"'
    desc = str(day["DESCRIPTION"])
    assert res.schedule[0].evidence.text in desc and "brief.txt, line 3" in desc
    assert str(day["LOCATION"]) == "Brussels"


def test_ics_uids_stable_and_distinct():
    a, _, _ = _calendar([seed_like()])
    b, _, _ = _calendar([seed_like()])
    uids = [str(e["UID"]) for e in a.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in b.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    res = seed_like()
    assert uids[0] == event_uid(res.sha256, res.schedule[0])
    other = seed_like(text=TEXT + "\nmore text\n")  # another source: other UIDs
    assert event_uid(other.sha256, other.schedule[0]) != uids[0]


def test_ics_is_byte_identical_across_runs():
    assert render("ics", [seed_like()])[0] == render("ics", [seed_like()])[0]


def test_ics_floating_time_without_zone():
    res = seed_like()
    res.schedule[1].time = "3 p.m."
    cal, _, _ = _calendar([res])
    start = cal.walk("VEVENT")[1].decoded("DTSTART")
    assert start == dt.datetime(2017, 12, 6, 15, 0) and start.tzinfo is None
    assert not cal.walk("VTIMEZONE")


@pytest.mark.parametrize("text,expected", [
    ("15:00", (dt.time(15), None)),
    ("10:30 a.m. ET", (dt.time(10, 30), "America/New_York")),
    ("3 pm", (dt.time(15), None)),
    ("noon", (dt.time(12), None)),
    ("9.30 local time", (dt.time(9, 30), None)),
    ("2 p.m. Europe/Brussels", (dt.time(14), "Europe/Brussels")),
    ("23:00 CET", (dt.time(23), "Europe/Brussels")),
    ("morning", None), ("5 December", None), (None, None), ("25:00", None),
])
def test_parse_time(text, expected):
    assert parse_time(text) == expected


# --------------------------------------------------------------------------- labels

def test_labels():
    assert when_label("2017-12-05", "2017-12-06", "2017-12-05/2017-12-06", "day") == \
        "2017-12-05..06"
    assert when_label("2017-12-30", "2018-01-02", "x", "day") == "2017-12-30..2018-01-02"
    assert when_label("2018-07-01", "2018-07-31", "2018-07", "month") == "2018-07"
    res = seed_like()
    assert quantity_label(res.commitments[0]) == "3,000"
    assert quantity_label(res.commitments[1]) == "~1,000"
    res.commitments[0].quantity, res.commitments[0].quantity_max = 4.5e9, None
    assert quantity_label(res.commitments[0]) == "4.5 billion"


def test_supported_matrix():
    assert "ics" in SUPPORTED["schedule"] and "ics" not in SUPPORTED["dates"]
    assert "csv" not in SUPPORTED["extract"]


@pytest.mark.parametrize("fmt", ["table", "md", "ics"])
def test_control_characters_never_reach_the_reader(fmt):
    """A hostile transcript cannot send escape sequences to a terminal or break ics lines."""
    res = seed_like()
    res.schedule[0].title = "Evil \x1b[2J\x1b]0;owned\x07 title\x0b\x85x"
    res.schedule[0].location = "A\rB"
    res.briefing.title = "T\x1b[31m"
    text, _ = render(fmt, [res], explain=True)
    assert not [c for c in text.replace("\r\n", "\n") if (ord(c) < 32 and c not in "\n\t")
                or 127 <= ord(c) < 160]
    assert "Evil  [2J" in text.replace("\r\n ", "")  # the text itself stays, as spaces


# --------------------------------------------------------------------------- any text

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(title=_text, who=_text, where=_text)
def test_any_text_round_trips(title, who, where):
    """Whatever a transcript holds: csv gives it back exactly, markdown keeps its columns,
    the calendar parses back with the text (control characters as spaces)."""
    from agendactl.render.items import clean

    res = seed_like()
    e = res.schedule[0]
    e.title, e.participants, e.location = title, [who], where
    row = next(csv.DictReader(io.StringIO(render("csv", [res])[0], newline="")))
    assert (row["title"], row["participants"], row["location"]) == (title, who, where)
    md = render("md", [res])[0]
    rows = [l for l in md.splitlines() if l.startswith("| ")]
    assert len({len(l.replace("\\\\", "").replace("\\|", "").split("|")) for l in rows[:1] +
                rows[2:]}) == 1
    cal = icalendar.Calendar.from_ical(render("ics", [res])[0])
    ev = cal.walk("VEVENT")[0]
    assert str(ev["SUMMARY"]) == clean(title)
    assert str(ev.get("LOCATION", "")) == clean(where)
    render("table", [res])  # never raises


def test_calendar_text_keeps_a_literal_backslash_n():
    """icalendar's own escaping reads a literal "\\N" as a line break (found by hypothesis)."""
    res = seed_like()
    e = res.schedule[0]
    e.title, e.location = "a \\N b; c, d\\n", "\\N"
    ev = icalendar.Calendar.from_ical(render("ics", [res])[0]).walk("VEVENT")[0]
    assert str(ev["SUMMARY"]) == "a \\N b; c, d\\n" and str(ev["LOCATION"]) == "\\N"
