"""The announced schedule: event cues, day inheritance, merging, the seed as a golden test and a
White House transcript end to end."""
from __future__ import annotations

from pathlib import Path

import pytest

from agendactl import schedule
from agendactl.briefing import detect
from agendactl.document import read_text
from agendactl.model import TimeRef
from agendactl.events import titles as event_titles
from agendactl.pipeline import extract_bytes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
SEED = CORPUS / "nato-2017-12-04-pre-ministerial.txt"
needs_corpus = pytest.mark.skipif(not SEED.exists(), reason="../shared/corpus not beside the project")

SEED_SCHEDULE = [
    ("2017-12-05/2017-12-06", "Meetings of NATO Ministers of Foreign Affairs"),
    ("2017-12-05", "Meeting on NATO-EU cooperation and European defence"),
    ("2017-12-05", "Discussion of global challenges, including North Korea"),
    ("2017-12-05", "Unveiling of the Summit logo"),
    ("2017-12-06", "Discussion of NATO’s role in projecting stability and the fight against terrorism"),
    ("2017-12-06", "Meeting of the NATO-Georgia Commission"),
    ("2017-12-06", "Meeting on NATO’s Open Door policy"),
    ("2018-07", "Summit in Brussels"),
]


def run(text: str, date: str):
    return extract_bytes(text.encode("utf-8"), "t.txt", date).schedule


def _first_line(off: int) -> int:
    return 1  # (titles.candidates on a one-line clause)


def rows(events):
    return [(e.date, e.title) for e in events]


# --------------------------------------------------------------------------- seed (golden)

@needs_corpus
def test_seed_schedule_golden():
    res = extract_bytes(SEED.read_bytes(), str(SEED))
    assert rows(res.schedule) == SEED_SCHEDULE
    by_title = {e.title: e for e in res.schedule}
    assert by_title["Meeting on NATO’s Open Door policy"].date_inferred is True
    assert by_title["Meeting of the NATO-Georgia Commission"].date_inferred is False
    assert "High Representative/Vice President Mogherini" in \
        by_title["Meeting on NATO-EU cooperation and European defence"].participants
    assert "Belgian Prime Minister Michel" in by_title["Unveiling of the Summit logo"].participants
    summit = by_title["Summit in Brussels"]
    assert summit.location == "Brussels" and len(summit.more_evidence) == 1  # "seven months away…"
    for e in res.schedule:
        assert len(e.title) <= 100
        assert SEED.read_text(encoding="utf-8")[e.evidence.start:e.evidence.end] == e.evidence.text


def _ref(text: str, phrase: str, nth: int, value: str, grain: str, first: str, last: str) -> TimeRef:
    start = -1
    for _ in range(nth):
        start = text.index(phrase, start + 1)
    return TimeRef(phrase, start, start + len(phrase), 0, value, grain, first, last, "hand", "future")


@needs_corpus
def test_seed_schedule_from_hand_made_references():
    """The assemble stage alone, with the seed's day references written by hand (as in the gold),
    so a change in the resolver cannot hide a change here."""
    text = SEED.read_text(encoding="utf-8")
    doc = read_text(text, str(SEED))
    brief = detect(doc, "2017-12-04")
    refs = [
        _ref(text, "on 5 and 6 December", 1, "2017-12-05/2017-12-06", "day", "2017-12-05", "2017-12-06"),
        _ref(text, "This week", 1, "2017-W49", "week", "2017-12-04", "2017-12-10"),
        _ref(text, "next July", 1, "2018-07", "month", "2018-07-01", "2018-07-31"),
        _ref(text, "tomorrow", 1, "2017-12-05", "day", "2017-12-05", "2017-12-05"),
        _ref(text, "this week", 1, "2017-W49", "week", "2017-12-04", "2017-12-10"),
        _ref(text, "Later on Tuesday", 1, "2017-12-05", "day", "2017-12-05", "2017-12-05"),
        _ref(text, "On Wednesday", 1, "2017-12-06", "day", "2017-12-06", "2017-12-06"),
        _ref(text, "On Wednesday", 2, "2017-12-06", "day", "2017-12-06", "2017-12-06"),
        _ref(text, "seven months away", 1, "2018-07", "month", "2018-07-01", "2018-07-31"),
        _ref(text, "tomorrow", 2, "2017-12-05", "day", "2017-12-05", "2017-12-05"),
    ]
    got = schedule.build(doc, brief, sorted(refs, key=lambda r: r.start))
    assert rows(got) == SEED_SCHEDULE


# --------------------------------------------------------------------------- White House, end to end

WH_NATO = CORPUS / "2024-07-05-background-press-call-previewing-the-nato-summit.md"


@pytest.mark.skipif(not WH_NATO.exists(), reason="../shared/corpus not beside the project")
def test_white_house_nato_summit_preview_end_to_end():
    res = extract_bytes(WH_NATO.read_bytes(), str(WH_NATO))
    assert res.briefing.date == "2024-07-05"
    got = rows(res.schedule)
    expected = [
        ("2024-W28", "summit to mark the 75th anniversary"),
        ("2024-07-09", "Defense Industry Forum"),
        ("2024-07-09", "commemoration event at the Mellon Auditorium"),
        ("2024-07-10", "Meeting of NATO’s 32 Allies"),
        ("2024-07-10", "Dinner at the White House"),
        ("2024-07-11", "Indo-Pacific partners"),
        ("2024-07-11", "Meeting of the NATO-Ukraine Council"),
        ("2024-07-11", "two dozen"),
        ("2024-07-11", "Press conference"),
    ]
    for date, phrase in expected:
        assert any(d == date and phrase in t for d, t in got), (date, phrase, got)
    assert len(got) == len(expected)
    firsts = [e.first_day for e in res.schedule]
    assert firsts == sorted(firsts)
    times = {e.title: e.time for e in res.schedule}
    assert times["Dinner at the White House"] == "evening"
    # "the event that I mentioned earlier": one item with both mentions
    event = next(e for e in res.schedule if "two dozen" in e.title)
    assert event.more_evidence


# --------------------------------------------------------------------------- cues and reading order

def test_a_named_day_governs_the_following_sentences():
    text = ("On Friday, she is going to meet with NATO Secretary General Stoltenberg. She will also "
            "have a multilateral meeting with the leaders of the three Baltic states.\n\n"
            "On Saturday, she will deliver remarks at the Munich Security Conference.")
    got = run(text, "2022-02-16")
    assert rows(got) == [
        ("2022-02-18", "Meeting with NATO Secretary General Stoltenberg"),
        ("2022-02-18", "Multilateral meeting with the leaders of the three Baltic states"),
        ("2022-02-19", "Remarks at the Munich Security Conference"),
    ]
    assert [e.date_inferred for e in got] == [False, True, False]


def test_a_reporters_question_announces_nothing():
    text = ("MODERATOR: Thanks for joining.\n\n"
            "Q    Will the President meet with President Xi on Friday?\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: I have nothing to announce on that.")
    assert run(text, "2023-11-13") == []


def test_past_events_and_the_briefing_itself_are_not_items():
    text = ("On Monday, the President met with Chancellor Scholz at the White House. "
            "Today’s call will be on background. Yesterday we held a meeting of the Commission.")
    assert run(text, "2022-02-09") == []


def test_topics_within_a_meeting_belong_to_the_meeting():
    text = ("On Tuesday, we will hold a meeting on cyber defence. We will discuss how to protect "
            "our networks. In this meeting, ministers will also review the exercise.")
    assert rows(run(text, "2017-12-04")) == [("2017-12-05", "Meeting on cyber defence")]


def test_a_topic_with_its_own_day_is_an_item():
    text = "Later on Tuesday, we will discuss global challenges, including North Korea."
    assert rows(run(text, "2017-12-04")) == [("2017-12-05", "Discussion of global challenges, including North Korea")]


def test_the_same_event_mentioned_twice_is_one_item():
    text = ("We are preparing for the upcoming Summit here in Brussels next July. "
            "We are now just seven months away from NATO’s next Summit, here in Brussels.")
    got = run(text, "2017-12-04")
    assert len(got) == 1 and got[0].date == "2018-07" and len(got[0].more_evidence) == 1


def test_vague_items_are_not_listed():
    text = ("On Saturday, she’ll have a number of other engagements with world leaders. "
            "On Sunday, the President will hold side meetings.")
    assert run(text, "2022-02-16") == []


def test_sorted_by_first_day_then_mention_with_time_and_place():
    text = ("On Thursday morning, NATO will hold a meeting with the EU. "
            "On Wednesday evening, he will host NATO leaders for a dinner at the White House. "
            "On Wednesday, the President will travel to Ottawa.")
    got = run(text, "2024-07-05")
    assert rows(got) == [
        ("2024-07-10", "Dinner at the White House"),
        ("2024-07-10", "Travel to Ottawa"),
        ("2024-07-11", "Meeting with the EU"),
    ]
    assert got[0].time == "evening" and got[0].location == "White House"
    assert got[2].time == "morning"


def test_clock_time_with_zone():
    text = "Tomorrow at 10:00 a.m. CET, the Secretary General will hold a press conference."
    got = run(text, "2017-12-04")
    assert rows(got) == [("2017-12-05", "Press conference")]
    assert got[0].time == "10:00 a.m. CET"


def test_two_events_in_one_sentence():
    text = ("Tomorrow, the President will participate in the first G20 Plenary Session, which covers "
            "global health, and he’ll also meet with the E3 on Iran.")
    assert rows(run(text, "2021-10-29")) == [
        ("2021-10-30", "First G20 Plenary Session"),
        ("2021-10-30", "Meeting with the E3 on Iran"),
    ]


@needs_corpus
def test_every_corpus_title_is_short_and_evidence_exact():
    for path in sorted(CORPUS.glob("*")):
        if path.suffix not in (".txt", ".md"):
            continue
        if path.name in ("GOLD.md",):
            continue
        data = path.read_bytes()
        res = extract_bytes(data, str(path))
        text = res and data.decode("utf-8")
        for e in res.schedule:
            assert 0 < len(e.title) <= 100, e.title
            for ev in [e.evidence, *e.more_evidence]:
                assert text[ev.start:ev.end] == ev.text


def test_a_trip_programme_read_as_a_reader_reads_it():
    text = ("MODERATOR: Thanks everyone.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: On Monday, the President will travel to Warsaw, where he "
            "will meet with President Duda at the Presidential Palace. On Tuesday morning, the President "
            "will depart for Vilnius for the NATO Summit. He’ll then participate in a roundtable with "
            "business leaders.\n\n"
            "Q    Will he meet the Pope on Wednesday?\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: On Wednesday, he will visit the Hill of Crosses and host "
            "a dinner for the Baltic leaders.")
    got = run(text, "2023-07-07")
    assert rows(got) == [
        ("2023-07-10", "Travel to Warsaw"),
        ("2023-07-10", "Meeting with President Duda at the Presidential Palace"),
        ("2023-07-11", "Travel to Vilnius for the NATO Summit"),
        ("2023-07-11", "Roundtable with business leaders"),
        ("2023-07-12", "Visit to the Hill of Crosses"),
        ("2023-07-12", "Dinner for the Baltic leaders"),
    ]
    assert got[1].participants == ["President Duda"] and got[2].location == "Vilnius"
    assert got[3].date_inferred and not got[4].date_inferred


def test_negated_announcements_are_not_items():
    text = ("On Friday, I don’t have any specific meetings with leaders to announce. "
            "There will be no press conference on Saturday. "
            "On the specific meetings with specific leaders, you’ll hear more from Jake tomorrow.")
    assert run(text, "2024-06-11") == []


def test_the_framing_event_of_the_title_spans_the_programme():
    text = ("---\ndate: '2022-02-16'\ntitle: Background Press Call Previewing the Vice President’s Trip to Munich\n---\n"
            "SENIOR ADMINISTRATION OFFICIAL: On Friday, she is going to meet with NATO Secretary General "
            "Stoltenberg. On Saturday, she will deliver remarks at the Munich Security Conference.\n")
    got = run(text, None)
    assert rows(got)[0] == ("2022-02-18/2022-02-19", "Vice President’s Trip to Munich")
    assert got[0].date_inferred and got[0].evidence.text.endswith("Trip to Munich")


WH_MUNICH = CORPUS / "2022-02-16-background-press-call-previewing-the-vice-presidents-trip-to-munich-germany.md"


@pytest.mark.skipif(not WH_MUNICH.exists(), reason="../shared/corpus not beside the project")
def test_white_house_munich_trip_days_follow_the_speakers():
    """Friday is named by the first speaker, Saturday by the second; a question in between and
    'over the weekend' do not move the day; the trip of the title spans the programme."""
    res = extract_bytes(WH_MUNICH.read_bytes(), str(WH_MUNICH))
    assert [(e.date, e.title, e.date_inferred) for e in res.schedule] == [
        ("2022-02-18/2022-02-19", "Vice President’s Trip to Munich, Germany", True),
        ("2022-02-18", "Meeting with NATO Secretary General Stoltenberg", False),
        ("2022-02-18", "Multilateral meeting with the leaders of the three Baltic states", True),
        ("2022-02-18", "Separate engagement with the congressional members", True),
        ("2022-02-19", "Vice President’s speech", False),
        ("2022-02-19", "Meeting with President Zelenskyy of Ukraine", True),
        ("2022-02-19", "Engagement with Chancellor Scholz of Germany", True),
    ]


def test_two_named_days_make_one_span_and_start_and_conclude_pick_its_ends():
    text = ("Good afternoon. Tomorrow and on Thursday, NATO Defence Ministers will meet here in Brussels. "
            "We will start with a meeting of the Nuclear Planning Group.\n\n"
            "We will conclude with a meeting of the NATO-Ukraine Commission. "
            "And in July, NATO leaders will meet at the Summit in Vilnius.")
    assert rows(run(text, "2023-02-13")) == [
        ("2023-02-14/2023-02-16", "Meeting of NATO Defence Ministers in Brussels"),
        ("2023-02-14", "Meeting of the Nuclear Planning Group"),
        ("2023-02-16", "Meeting of the NATO-Ukraine Commission"),
        ("2023-07", "Summit in Vilnius"),
    ]


def test_one_persons_meetings_merge_and_two_presidents_do_not():
    text = ("SENIOR ADMINISTRATION OFFICIAL: On Thursday, he will start by meeting with President Higgins "
            "of Ireland, who he also met with in 2016. Then he will meet with President Herzog.\n\n"
            "Q    Who will he see in Dublin on Thursday?\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: On Thursday, he’ll be meeting the President.")
    got = run(text, "2023-04-12")
    assert rows(got) == [("2023-04-13", "Meeting with President Higgins of Ireland"),
                         ("2023-04-13", "Meeting with President Herzog")]
    assert len(got[0].more_evidence) == 1


# --------------------------------------------------------------------------- generalisation families
# (each written from how briefings phrase a programme, not from one transcript)

def test_a_present_progressive_with_a_coming_day_announces():
    text = "Anyway, as you all know, the President is meeting with Prime Minister Boris Johnson this afternoon."
    assert rows(run(text, "2021-06-10")) == [("2021-06-10", "Meeting with Prime Minister Boris Johnson")]
    # without a day it reports what is going on
    assert run("The President is meeting with governors to hear their concerns.", "2021-06-10") == []


def test_any_subject_and_an_aside_after_the_verb():
    text = ("The Amir will meet, of course, with the President tomorrow. He’s also scheduled to see "
            "Secretary of Defense Lloyd Austin, Secretary of Homeland Security Mayorkas, and members of Congress.")
    got = run(text, "2022-01-30")
    assert rows(got) == [
        ("2022-01-31", "Meeting with the President"),
        ("2022-01-31", "Meeting with Secretary of Defense Lloyd Austin"),
        ("2022-01-31", "Meeting with Secretary of Homeland Security Mayorkas"),
        ("2022-01-31", "Meeting with members of Congress"),
    ]
    assert "The Amir" in got[0].participants


def test_meetings_with_several_counterparts_one_item_each_and_appositions_one_person():
    text = ("On Friday, the President will meet separately with His Holiness Pope Francis, the president of "
            "Italy, and the prime minister of Italy as well.")
    assert [t for _d, t in rows(run(text, "2025-01-07"))] == [
        "Meeting with His Holiness Pope Francis", "Meeting with the president of Italy",
        "Meeting with the prime minister of Italy"]
    text = "On Friday, he will meet with the French President, President Macron."
    assert len(run(text, "2021-10-27")) == 1
    # a joint meeting stays one item
    text = "On Friday, he will meet jointly with Prime Minister Kishida and President Yoon."
    assert len(run(text, "2023-08-14")) == 1


def test_the_programme_day_carries_over_an_officials_next_turn_until_a_question():
    text = ("SENIOR ADMINISTRATION OFFICIAL: The President is meeting with Prime Minister Johnson this afternoon.\n\n"
            "MODERATOR: We lost the line for a moment.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: So, the program. The two leaders will then review the original "
            "Atlantic Charter. The two leaders will also sign a new Atlantic Charter.\n\n"
            "Q    What else?\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: He will also sign a new executive order.")
    assert rows(run(text, "2021-06-10")) == [
        ("2021-06-10", "Meeting with Prime Minister Johnson"),
        ("2021-06-10", "Review of the original Atlantic Charter"),
        ("2021-06-10", "Signing of a new Atlantic Charter"),
    ]


def test_a_topic_without_a_step_marker_still_needs_its_day():
    text = ("Tomorrow, she will deliver remarks at the Munich Security Conference. "
            "And then, lastly, she will also address the broader stakes here.")
    assert [t for _d, t in rows(run(text, "2022-02-17"))] == ["Remarks at the Munich Security Conference"]


def test_several_dated_events_in_one_sentence():
    text = ("After Sharm, the President will travel to Pnom Penh, Cambodia, to participate in the U.S.-ASEAN "
            "Summit on November 12th and then the East Asia Summit on November 13th.")
    got = rows(run(text, "2022-11-08"))
    assert ("2022-11-12", "U.S.-ASEAN Summit") in got and ("2022-11-13", "East Asia Summit") in got


def test_an_upcoming_event_in_a_list_of_past_ones():
    text = ("The visit follows his hosting of the Summit of the Americas last week in Los Angeles, "
            "and his visit next week to Europe for G7 and NATO.")
    assert rows(run(text, "2022-06-14")) == [("2022-W25", "Visit to Europe")]


def test_a_trip_leg_dates_the_items_placed_on_it():
    text = ("On Friday, the President will travel to Sharm el-Sheikh, Egypt.\n\n"
            "Then, the President will travel to Phnom Penh, Cambodia, on Saturday. "
            "In Cambodia, he will hold a bilateral meeting with Prime Minister Hun Sen.\n\n"
            "Back in Sharm, the President will also meet with President El-Sisi.")
    got = rows(run(text, "2022-11-08"))
    assert ("2022-11-12", "Bilateral meeting with Prime Minister Hun Sen") in got
    assert ("2022-11-11", "Meeting with President El-Sisi") in got


def test_the_event_named_in_the_opening_frame():
    text = ("Today, at the 29th AFL-CIO Convention in Philadelphia, the President will contrast his economic "
            "vision with one that looks down from Wall Street.")
    assert rows(run(text, "2022-06-14")) == [("2022-06-14", "29th AFL-CIO Convention in Philadelphia")]
    assert run("At the summit, the President will raise his concerns.", "2022-06-14") == []


def test_new_event_types_funeral_launch_release():
    got = rows(run("On Thursday, the President will attend the state funeral for former President Jimmy Carter.",
                   "2025-01-03"))
    assert got == [("2025-01-09", "State funeral for former President Jimmy Carter")]
    got = rows(run("Tomorrow, the President will launch a White House Council on Supply Chain Resilience.",
                   "2023-11-26"))
    assert got == [("2023-11-27", "Launch of a White House Council on Supply Chain Resilience")]
    got = rows(run("And the presidential determination will be released this week.", "2023-11-26"))
    assert got == [("2023-W48", "Release of the presidential determination")]
    # unnamed things, and the press office's paperwork, are not releases or launches
    assert run("Details will be released tomorrow. The readout will be released later today.", "2023-11-26") == []
    assert run("Tomorrow we will announce new steps.", "2023-11-26") == []


def test_the_call_itself_is_never_an_event():
    text = ("Thank you for joining today’s press call to preview President Biden’s trip to Wisconsin. "
            "You will see the United States continue to engage with all of these countries.")
    assert run(text, "2024-10-07") == []


def test_a_timetable_in_the_present_tense():
    got = rows(run("The NATO Summit in Vilnius concludes this afternoon.", "2023-07-12"))
    assert got == [("2023-07-12", "NATO Summit in Vilnius")]
    got = rows(run("The G20 Leaders’ Summit opens on Saturday.", "2023-09-06"))
    assert got == [("2023-09-09", "G20 Leaders’ Summit")]
    # a present-tense report is not a timetable
    assert run("The NATO Summit in Vilnius was productive this afternoon.", "2023-07-12") == []


def test_coordinated_events_under_one_cue_and_a_quoted_name():
    got = rows(run("On Sunday, the President will attend the G7 Summit and then the NATO Summit in Madrid.", "2022-06-22"))
    assert got == [("2022-06-26", "G7 Summit"), ("2022-06-26", "NATO Summit in Madrid")]
    got = rows(run("Next week, the First Lady will be traveling across the country to kick off the “Help is Here” "
                   "tour and amplify the plan.", "2021-03-11"))
    assert got == [("2021-W11", "“Help is Here” tour")]


def test_the_close_of_an_event_today_dates_it():
    text = "There will be a joint event following the conclusion of the NATO Summit this afternoon."
    assert ("2023-07-12", "NATO Summit") in rows(run(text, "2023-07-12"))


def test_past_clauses_and_events_after_the_frame_inherit_no_day():
    # an event noun in a clause that reports the past is background, never dated by the programme day
    text = ("Tomorrow, the President will host the Chancellor for a working dinner. "
            "At the NATO Summit, there was agreement on the challenge, including plans that allies are going to "
            "be working on. And then at the U.S.-EU summit, leaders launched the Trade and Technology Council, "
            "which will enable us to deal with a wide range of issues.")
    got = [t for _d, t in rows(run(text, "2021-07-14"))]
    assert not any("Summit" in t or "summit" in t for t in got)
    # placed after the summit itself, not on its last day
    text = ("On Friday, the President will meet with President Lopez. Following the conclusion of the summit, "
            "the U.S. will hold initial consultations with partners in the hemisphere.")
    assert [t for _d, t in rows(run(text, "2022-06-08"))] == ["Meeting with President Lopez"]
    # "after the meeting" is a step of the day
    text = ("On Friday, the President will meet with President Lopez. After the meeting with President Lopez, "
            "the leaders will meet with Vice President Harris.")
    assert ("2022-06-10", "Meeting with Vice President Harris") in rows(run(text, "2022-06-08"))


def test_a_list_of_events_under_one_verb_is_one_item_each():
    text = ("Tomorrow, the Chancellor will be at the White House. Then in the afternoon, the President and the "
            "Chancellor will have a one-on-one meeting, an expanded bilateral meeting, followed by a press conference.")
    assert rows(run(text, "2021-07-14")) == [("2021-07-15", "One-on-one meeting"),
                                             ("2021-07-15", "Expanded bilateral meeting"),
                                             ("2021-07-15", "Press conference")]
    # a list of topics after one event is not a list of events
    got = rows(run("Tomorrow, the President will hold a meeting on climate, the economy, and a trade deal.", "2021-07-14"))
    assert len(got) == 1


def test_an_event_of_a_week_still_running():
    # a Wednesday briefing: the summit of "this week" is on the programme, a speech "earlier this week" is not
    got = rows(run("The President is looking forward to hosting the Ninth Summit of the Americas this week.", "2022-06-08"))
    assert got == [("2022-W23", "Ninth Summit of the Americas")]
    assert run("You will have heard the President's speech at the United Nations General Assembly earlier this week.",
               "2022-06-08") == []


def test_sitting_down_with_and_two_working_sessions():
    text = ("Now, turning to tomorrow, it’ll start off in the morning with the G7 working session on Ukraine. "
            "From there, they’ll move to a working session on food security. "
            "Early in the afternoon, the President will be sitting down with President Yoon of the Republic of Korea.")
    assert rows(run(text, "2023-05-20")) == [("2023-05-21", "G7 working session on Ukraine"),
                                             ("2023-05-21", "Working session on food security"),
                                             ("2023-05-21", "Meeting with President Yoon of the Republic of Korea")]


def test_the_speakers_own_programme_today():
    text = ("A big part of the reason we’re going to Iowa today: the President has news. "
            "He’s going to announce that the EPA Administrator is planning to allow E15 gasoline to be sold this summer.")
    got = rows(run(text, "2022-04-12"))
    assert ("2022-04-12", "Travel to Iowa") in got
    assert ("2022-04-12", "Announcement that the EPA Administrator is planning to allow E15 gasoline to be sold") in got \
        or any(d == "2022-04-12" and t.startswith("Announcement that the EPA Administrator") for d, t in got)
    got = rows(run("So, today in Los Angeles, President Biden will announce a new economic agenda for the hemisphere.",
                   "2022-06-08"))
    assert got == [("2022-06-08", "Announcement of a new economic agenda for the hemisphere")]
    # no day, no name: still nothing; a demonstrative "that" is no news
    assert run("He will announce a new economic agenda for the hemisphere.", "2022-06-08") == []
    assert run("Tomorrow, he will announce that decision.", "2022-06-08") == []
    assert run("We’re not going to Iowa today.", "2022-04-12") == []


def test_meetings_named_by_whom_and_by_purpose():
    text = ("On Thursday, we’re going to focus on energy security. And you’ll see meetings that the President and "
            "Vice President will have with the Caribbean and others to focus on this issue. And then on Friday, the "
            "President is going to meet with leaders to announce a partnership on collaborative migration.")
    assert rows(run(text, "2022-06-08")) == [
        ("2022-06-09", "Meetings with the Caribbean and others"),
        ("2022-06-10", "Meeting with leaders to announce a partnership on collaborative migration")]


def test_title_day_of_a_summit_is_an_item_beside_its_sessions():
    text = ('---\ntitle: "Background Press Call Previewing Day Three of the G7 Summit"\ndate: 2023-05-20\n---\n\n'
            "Tomorrow, the leaders will hold the G7 working session on Ukraine.\n")
    got = rows(run(text, "2023-05-20"))
    assert ("2023-05-21", "G7 working session on Ukraine") in got
    # the previewed day three is the summit running to it (from the briefing day on)
    assert ("2023-05-20/2023-05-21", "G7 Summit") in got


def test_no_absurd_travel_or_signing_titles():
    assert run("Tomorrow, the President will return to the White House.", "2021-03-09") == []
    assert run("There is $160 billion in this package that he’s going to sign into law tomorrow.", "2021-03-10") == []


def test_a_celebration_needs_a_day_of_its_own():
    assert rows(run("We will celebrate this progress on July 4th.", "2021-07-01")) == [("2021-07-04", "Celebration of progress")]
    assert run("Tomorrow we will celebrate the fact that we are here.", "2021-07-01") == []
    assert run("We will celebrate our progress.", "2021-07-01") == []


def test_a_later_plural_mention_of_the_days_meetings_is_no_new_item():
    text = ("Tomorrow, the President and the Chancellor will have a one-on-one meeting. "
            "We are not anticipating any deliverable coming out of the leaders’ meetings tomorrow on Nord Stream.")
    assert rows(run(text, "2021-07-14")) == [("2021-07-15", "One-on-one meeting")]


def test_a_timetable_in_the_simple_present():
    assert rows(run("The President travels to Iowa today.", "2022-04-12")) == [("2022-04-12", "Travel to Iowa")]
    assert rows(run("Tomorrow, the President heads to Pittsburgh to tout the infrastructure law.", "2021-12-08")) == [
        ("2021-12-09", "Travel to Pittsburgh")]
    got = rows(run("On Thursday, he'll hold meetings with Caribbean leaders on energy.", "2022-06-08"))
    assert got == [("2022-06-09", "Meetings with Caribbean leaders on energy")]
    # no day: a habit; a day past: a report
    assert run("The President travels to Iowa often.", "2022-04-12") == []
    assert run("Yesterday, the President travels to Iowa, as you know.", "2022-04-12") == []


def test_a_bare_visit_is_the_named_subjects():
    text = ("Tomorrow, as you know, German Chancellor Angela Merkel will be at the White House for an official "
            "working visit, which will affirm our ties.")
    assert rows(run(text, "2021-07-14")) == [("2021-07-15", "Official working visit of German Chancellor Angela Merkel")]
    # no named subject, or the visit already named ("the visit"): nothing new
    assert run("Next week, he will come to Washington for an official visit.", "2024-04-02") == []
    assert run("Next week, Prime Minister Kishida will not come for an official visit.", "2024-04-02") == []


def test_steps_offices_indirect_questions_and_negated_mentions():
    # "following that trip" is a step of the programme, not the frame event's aftermath
    got = rows(run("On Thursday, the President will travel to Ohio. Following that trip, he will travel to Camp David.",
                   "2022-04-08"))
    assert ("2022-04-14", "Travel to Camp David") in got
    # an office named after an event noun is no event
    assert run("The Office of Public Engagement will lead calls throughout this week with stakeholders.",
               "2021-04-06") == []
    # an indirect question announces nothing
    assert run("Americans are thinking about how they’re going to visit their grandparents on Memorial Day weekend.",
               "2023-05-08") == []
    assert run("I just don’t have anything that’s going to come out of the NATO Summit next week.", "2023-07-07") == []
    got = rows(run("Later this afternoon, the President will celebrate the anniversary of the ADA and mark Pride Month.",
                   "2024-09-09"))
    assert got == [("2024-09-09", "Celebration of the anniversary of the ADA")]


def test_trips_merge_by_destination():
    got = rows(run("On Thursday, the President will travel to New York. Following that trip, he will travel to "
                   "New Jersey. He will travel to New York to meet the mayor.", "2022-04-12"))
    assert [t for _d, t in got] == ["Travel to New York", "Travel to New Jersey"]


def test_talk_about_an_event_and_an_event_already_held_today():
    assert run("The President will also discuss the meeting today.", "2021-03-10") == []
    assert run("He will give us a readout of the Quad meeting that took place this morning.", "2021-03-12") == []


def test_a_press_availability_is_a_press_conference():
    got = rows(run("On Friday, the President will hold a working lunch and a joint press availability with "
                   "President Macron.", "2021-07-14"))
    assert ("2021-07-16", "Joint press availability with President Macron") in got


def test_a_gaggle_opening_lays_out_the_trip_under_way():
    # an undated trip under way is today's, and today governs what follows in the turn
    text = ("Thanks for joining us for President Biden’s visit to Ohio, where he will survey the damage. "
            "He will meet with Governor DeWine and local officials and walk through neighborhoods in Dayton.")
    got = rows(run(text, "2021-12-15"))
    assert got == [("2021-12-15", "Travel to Ohio"),
                   ("2021-12-15", "Meeting with Governor DeWine and local officials"),
                   ("2021-12-15", "Walk through neighborhoods in Dayton")]
    assert all(e.date_inferred for e in run(text, "2021-12-15"))
    text = ("We are on our way to Buffalo, where the president and the first lady will attend a prayer service. "
            "While there, they will grieve with the families of the victims.")
    assert rows(run(text, "2022-05-17")) == [("2022-05-17", "Travel to Buffalo"), ("2022-05-17", "Prayer service"),
                                             ("2022-05-17", "Meeting with the families of the victims")]
    # past or negated trips are not, nor an explanation "walked through"
    assert run("We were on our way to Buffalo when the news came.", "2022-05-17") == []
    assert run("We're not heading to Buffalo.", "2022-05-17") == []
    assert run("Today, I’ll take a moment to walk through the five core pillars.", "2023-03-01") == []


def test_the_week_ahead_releases_guests_and_who_meets():
    got = rows(run("The President is traveling to Kentucky today. On Thursday, the President will attend the "
                   "memorial for President Carter and then travel to Rome.", "2025-01-06"))
    assert got == [("2025-01-06", "Travel to Kentucky"), ("2025-01-09", "Memorial for President Carter"),
                   ("2025-01-09", "Travel to Rome")]
    got = rows(run("“I have invited the incoming president to the White House on the morning of January 20th, "
                   "and I will be present for his inauguration that afternoon.”", "2025-01-06"))
    assert got == [("2025-01-20", "Visit of the incoming president to the White House"), ("2025-01-20", "Inauguration")]
    assert rows(run("The President will host Prime Minister Albanese at the White House on Friday.", "2023-10-23")) == [
        ("2023-10-27", "Visit of Prime Minister Albanese to the White House")]
    assert rows(run("As Saloni said, today we are releasing the National Security Strategy.", "2022-10-12")) == [
        ("2022-10-12", "Release of the National Security Strategy")]
    got = rows(run("Over the course of this week, there will be further meetings here in Doha and also in Cairo. "
                   "Secretary Blinken will be traveling to the region, starting on Sunday, starting with meetings "
                   "in Israel.", "2024-08-16"))
    assert ("2024-W33", "Meetings in Doha and in Cairo") in got
    assert ("2024-08-18", "Meetings of Secretary Blinken in Israel") in got
    # vague further meetings stay out; the Secret Service is no service
    assert run("Tomorrow there will be further meetings on this.", "2024-08-16") == []


def test_a_trip_under_way_its_purpose_and_the_next_leg():
    got = rows(run("The President is traveling to Dearborn today to visit the Ford Rouge Electric Vehicle Center.",
                   "2021-05-18"))
    # the visit is what the trip is for: one item (a blind gold annotation counts one)
    assert got == [("2021-05-18", "Travel to Dearborn")]
    # another event the trip is for stays an item beside it
    got = rows(run("The President is traveling to Madrid today to attend the NATO Summit.", "2022-06-28"))
    assert ("2022-06-28", "Travel to Madrid") in got and len(got) == 2
    # "meet with … to tour a factory floor": the tour is the purpose of the meeting, one item
    got = rows(run("He will meet with Ford’s leadership and United Auto Worker members to tour a factory floor "
                   "tomorrow.", "2021-05-17"))
    assert got == [("2021-05-18", "Meeting with Ford’s leadership and United Auto Worker members")]
    # not a programme's traveller; a named traveller keeps the title
    assert run("North Korean soldiers are traveling to Russia today to fight.", "2024-10-23") == []
    assert rows(run("On Sunday, Secretary Blinken will travel to Israel.", "2024-08-16")) == [
        ("2024-08-18", "Travel of Secretary Blinken to Israel")]
    # today ends where the next leg begins: its day is not said
    text = ("As you know, we’re on our way to Anchorage, Alaska. And then from there, we’ll be heading to "
            "Hiroshima, Japan, where the President will attend the G7 Summit.")
    assert rows(run(text, "2023-05-17")) == [("2023-05-17", "Travel to Anchorage, Alaska")]
    assert run("Tomorrow, I will note that calling out hateful speech should not be partisan.", "2022-10-12") == []


def test_a_date_dangling_after_asides_and_ongoing_efforts():
    text = ("And then we head out to Rome, and we — you know what he is going to be doing there — this coming "
            "weekend, at the end of the week.")
    assert rows(run(text, "2025-01-06")) == [("2025-W02-WE", "Travel to Rome")]
    # another event between the clause and the date keeps the date for that event
    assert ("2025-01-08", "Meeting with Governor Newsom") in rows(run(
        "And then we head out to California, where he will meet with Governor Newsom on Wednesday.", "2025-01-06"))
    assert not any(t == "Travel to California" and d == "2025-01-08" for d, t in rows(run(
        "And then we head out to California, where he will meet with Governor Newsom on Wednesday.", "2025-01-06")))
    # "continue to engage": an ongoing effort, no item even on today's programme
    assert rows(run("We are on our way to Tel Aviv. The President will continue to engage with Jewish and Arab "
                    "American organizations.", "2023-10-17")) == [("2023-10-17", "Travel to Tel Aviv")]


def test_the_stop_of_a_trip_under_way_and_abbreviated_names():
    got = rows(run("Today, we’re headed to Albuquerque, New Mexico, where President Biden will visit Central New "
                   "Mexico Community College.", "2022-11-03"))
    assert got == [("2022-11-03", "Travel to Albuquerque, New Mexico"),
                   ("2022-11-03", "Visit to Central New Mexico Community College")]
    got = rows(run("Tomorrow, the President will visit the Harold L. Martin Sr. Engineering Research Complex.", "2022-04-13"))
    assert got == [("2022-04-14", "Visit to the Harold L. Martin Sr. Engineering Research Complex")]


# --------------------------------------------------------------------------- heldout3 families

def test_convening_a_named_group_on_a_day_is_an_item():
    got = rows(run("We’re actually going to be convening all the joint statement countries tomorrow.", "2024-03-18"))
    assert got == [("2024-03-19", "Meeting of all the joint statement countries")]
    # a vague object is still no item
    assert rows(run("We will convene all of them tomorrow.", "2024-03-18")) == []


def test_leading_a_named_initiative_needs_a_day_of_its_own():
    text = "Tomorrow, President Biden will lead the effort in adopting an “Action Plan on Health and Resilience.”"
    got = rows(run(text, "2022-06-07"))
    assert got == [("2022-06-08", "Leadership of the Action Plan on Health and Resilience")]
    assert rows(run("President Biden will lead the Action Plan on Health and Resilience.", "2022-06-07")) == []
    assert rows(run("Tomorrow, we will continue to lead the Global Partnership on AI.", "2022-06-07")) == []


def test_a_promised_follow_up_briefing_is_an_item():
    got = run("Thank you for today.  We’ll look forward to a briefing later in the week.", "2021-08-31")
    assert [(e.date, e.title) for e in got] == [("2021-W35", "Press briefing")]
    assert rows(run("We will have another press briefing on Friday.", "2021-08-31")) == [
        ("2021-09-03", "Press briefing")]
    # the briefing itself, or a follow-up with no day, is none
    assert rows(run("We’ll continue this briefing tomorrow if we have to.", "2021-08-31")) == []
    assert rows(run("We’ll look forward to a briefing soon.", "2021-08-31")) == []


def test_a_framing_event_starting_on_a_day_spans_the_rest_of_the_week():
    got = run("The Secretary will be announcing these initiatives as part of the Americas Summit, starting tomorrow.",
              "2022-06-07")
    assert [(e.date, e.grain, e.first_day, e.last_day) for e in got] == [
        ("2022-W23", "week", "2022-06-08", "2022-06-12")]
    # its length from another mention of the same event
    got = run("The three-day summit is a big moment. The Summit of the Americas kicks off tomorrow in Los Angeles.", "2022-06-07")
    assert [(e.first_day, e.last_day) for e in got] == [("2022-06-08", "2022-06-10")]
    # "starting tomorrow" opening the sentence dates the programme, not the event's span
    got = run("Starting tomorrow, the President will attend the "
              "Pacific Islands Summit.", "2022-09-28")
    assert [(e.first_day, e.last_day) for e in got] == [("2022-09-29", "2022-09-29")]
    # "opens on Saturday" and a plain day stay one day
    assert [e.date for e in run("The G20 Leaders’ Summit opens on Saturday.", "2023-09-06")] == ["2023-09-09"]


def test_the_main_event_named_with_its_date_is_an_item():
    # the State of the Union by its name, in an official's turn
    got = rows(run("MODERATOR:  Thank you for joining us ahead of the President’s State of the Union tomorrow.",
                   "2024-03-06"))
    assert [d for d, _t in got] == ["2024-03-07"] and "State of the Union" in got[0][1]
    assert rows(run("He will say that the state of the union is strong tomorrow.", "2024-03-06")) == []
    # a day named as the start of the event: "today is the kickoff of …"
    got = rows(run("And today is the kickoff of the U.N. Ocean Conference in Portugal.", "2022-06-27"))
    assert [d for d, _t in got] == ["2022-06-27"] and "Ocean Conference" in got[0][1]
    assert rows(run("Yesterday was the kickoff of the U.N. Ocean Conference in Portugal.", "2022-06-27")) == []
    assert rows(run("Today is the kickoff of our campaign.", "2022-06-27")) == []


def test_officials_headed_up_to_the_hill_is_a_trip():
    got = rows(run("Later this afternoon, senior officials will be headed up to the Hill to have discussions.",
                   "2021-05-18"))
    assert [d for d, _t in got] == ["2021-05-18"] and "Hill" in got[0][1]
    assert rows(run("Last week, senior officials headed up to the Hill to have discussions.", "2021-05-18")) == []
    assert rows(run("One million doses will be headed to Bolivia on Thursday.", "2021-07-07")) == []


def test_a_preview_dates_the_preview_not_the_event_previewed():
    text = ("MODERATOR:  Today, we will be holding a press call to preview the President’s State of the Union "
            "and his economic agenda.")
    assert rows(run(text, "2024-03-06")) == []
    # the event with a day of its own stays
    got = rows(run("MODERATOR:  Thank you for joining us to preview the State of the Union tomorrow.", "2024-03-06"))
    assert [d for d, _t in got] == ["2024-03-07"]


def test_the_release_of_the_budget_on_a_day_to_come_is_an_item():
    got = run("The President will put out a budget next week that will lower costs.", "2024-03-06")
    assert [(e.date, e.title) for e in got] == [("2024-W11", "Release of a budget")]
    assert [e.title for e in run("The President will release his budget next week.", "2024-03-06")] == [
        "Release of his budget"]
    # no day, or an unnamed document: nothing a reader could look for
    assert run("We will release a budget at some point.", "2024-03-06") == []
    assert run("The President will release a report next week.", "2024-03-06") == []


def test_a_previewed_event_with_no_day_takes_the_week_the_official_names():
    text = ('---\ntitle: "Press Gaggle by Secretary Yellen Ahead of the G20 Summit in India | New Delhi, India"\n'
            "date: '2023-09-08'\n---\n\nSECRETARY YELLEN: Good morning.\n\n"
            "I’d like to share the priorities we’ll be focused on throughout this week.\n")
    got = run(text, "2023-09-08")
    assert [(e.date, e.title) for e in got] == [("2023-W36", "G20 Summit in India")]
    # a week named in the past sets nothing
    past = text.replace("we’ll be focused on throughout this week", "we focused on earlier this week")
    assert run(past, "2023-09-08") == []


def test_a_day_of_the_event_previewed_stays_its_own():
    got = rows(run("MODERATOR:  Thank you for joining our call previewing tomorrow’s Global COVID Summit.", "2022-05-11"))
    assert got == [("2022-05-12", "Global COVID Summit")]


@pytest.mark.parametrize("text, want", [
    ("at 10:00 a.m. CET", "10:00 a.m. CET"),
    ("at 5 p.m. Kyiv time", "5 p.m. Kyiv time"),
    ("at 4 p.m. Eastern", "4 p.m. Eastern"),
    # the word after a clock time is no zone unless it is one
    ("at 10 a.m. and then lunch", "10 a.m."),
    ("at 9 a.m. the President speaks", "9 a.m."),
])
def test_time_of_day_keeps_only_a_real_zone(text, want):
    from agendactl.schedule import _TIME
    assert _TIME.search(text).group("t") == want


def test_a_gaggle_welcome_opens_the_trip_and_names_the_speaker_of_bare_remarks():
    text = ("MS. PSAKI:  Welcome to our trip to La Crosse, Wisconsin.\n\n"
            "The place we’re going today — the place where the President will deliver his remarks — is the "
            "La Crosse Municipal Transit Utility.\n")
    assert rows(run(text, "2021-06-29")) == [("2021-06-29", "Travel to La Crosse, Wisconsin"),
                                             ("2021-06-29", "Remarks by the President")]
    # another's visit welcomed is not our trip; remarks under one cue with another event are that event's
    assert run("We welcome the Prime Minister’s visit to Kyiv today.", "2023-03-21") == []
    got = rows(run("On Tuesday, President Biden will deliver remarks and sign an executive order on "
                   "immigration.", "2021-01-29"))
    assert [t for _d, t in got] == ["Signing of an executive order on immigration"]


def test_a_welcomed_trip_named_again_more_closely_is_one_trip():
    text = ("MS. PSAKI:  All right, welcome to our trip to Pennsylvania.\n\n"
            "Today we’re traveling to Chester, Pennsylvania, to visit Smith Flooring.\n")
    assert [d for d, _t in rows(run(text, "2021-03-16"))] == ["2021-03-16"]


def test_the_topic_of_a_trip_under_way_is_no_item_of_its_own():
    text = "MS. DALTON:  We’re on our way to New Hampshire today, where the President will discuss his work to lower costs.\n"
    assert rows(run(text, "2024-03-11")) == [("2024-03-11", "Travel to New Hampshire")]


def test_an_event_placed_by_a_relative_clause_or_kicked_off_now():
    got = rows(run("I will be leading the counternarcotics working group meeting that is going to be taking "
                   "place on the 30th of January.", "2024-01-28"))
    assert got == [("2024-01-30", "Counternarcotics working group meeting")]
    # the relative clause belongs to the last event noun; a past one dates nothing to come
    got = rows(run("We prepared both the bilateral meeting with President Marcos and the trilateral leaders’ "
                   "summit that will take place tomorrow.", "2024-04-10"))
    assert [d for d, _t in got] == ["2024-04-11"] and "summit" in got[0][1]
    assert run("The meeting that took place on January 3rd went well.", "2024-01-28") == []
    text = ("OFFICIAL:  We are very excited here today at the White House, because we’re about to kick off the "
            "first day of the U.S.-ASEAN Special Summit.  We will launch a new $6 million regional initiative.\n")
    # the imminent event is today's; what the speaker then describes is its content, not the day's programme
    assert rows(run(text, "2022-05-12")) == [("2022-05-12", "First day of the U.S.-ASEAN Special Summit")]


def test_a_summit_preview_lays_out_its_sessions_and_speakers():
    text = ("OFFICIAL:  So what will we see tomorrow at the summit?  Vice President Harris will also join "
            "world leaders during the summit.  She’ll give remarks on the devastating impacts of COVID on "
            "Americans.  The opening session will be followed by three sessions that focus on vaccines.\n\n"
            "MODERATOR:  The summit is scheduled to start at 9:00 a.m. tomorrow.  And it will kick off with "
            "the President’s remarks.\n")
    got = rows(run(text, "2022-05-11"))
    assert ("2022-05-12", "Remarks by Vice President Harris on the devastating impacts of COVID on Americans") in got
    assert ("2022-05-12", "Opening session") in got
    assert ("2022-05-12", "President’s remarks") in got
    # the President's remarks with no slot, a session that is only described: nothing
    assert run("OFFICIAL:  Tomorrow the President’s remarks were well received.", "2022-05-11") == []
    got = rows(run("OFFICIAL:  We will hold the summit tomorrow.  The opening session will be very important.",
                   "2022-05-11"))
    assert [t for _d, t in got if "session" in t.lower()] == []


def test_an_honour_conferred_on_a_day_is_an_item():
    got = rows(run("On Thursday, the President will award the Medal of Honor to three Army soldiers.", "2021-12-10"))
    assert got == [("2021-12-16", "Award of the Medal of Honor to three Army soldiers")]
    assert run("On Thursday, the Department will award contracts to small businesses.", "2021-12-10") == []


def test_a_group_of_a_named_body_is_someone_to_meet():
    got = rows(run("OFFICIAL:  And today, Steve Ricchetti and Louisa Terrell will meet with a range of progressives "
                   "to moderates within the Democratic House Caucus.", "2021-06-29"))
    assert got == [("2021-06-29", "Meeting with a range of progressives to moderates within the Democratic House Caucus")]
    # a vague group with nothing named is no one a reader could place
    assert run("OFFICIAL:  Today, he will meet with a range of stakeholders.", "2021-06-29") == []


def test_an_item_a_reporter_states_is_kept_when_the_answer_names_its_day():
    text = ("Q    And tomorrow, you’ll be meeting with the western governors.  Do you have any proposals?\n\n"
            "MS. PSAKI:  I don’t have anything to preview yet.  We will see, in advance of tomorrow.\n")
    assert rows(run(text, "2021-06-29")) == [("2021-06-30", "Meeting with the western governors")]
    # the answer does not name the day; or the reporter only asks
    assert run(text.replace("in advance of tomorrow", "soon"), "2021-06-29") == []
    asked = ("Q    Will the President hold a press conference tomorrow?\n\n"
             "MS. PSAKI:  I don’t have anything on tomorrow's schedule yet.\n")
    assert run(asked, "2021-06-29") == []


def test_whom_an_event_is_with_after_its_date():
    assert rows(run("The President will have a call tomorrow with President Putin.", "2021-12-29")) == [
        ("2021-12-30", "Call with President Putin")]
    assert rows(run("He will hold a roundtable tomorrow with private sector companies, including Walmart.",
                    "2021-10-12")) == [("2021-10-13", "Roundtable with private sector companies, including Walmart")]
    # a call with no one named is no item; a call held today and reported is none either
    assert run("The President will have a call tomorrow with us all.", "2021-12-29") == []
    assert run("The President had a call this morning with President Putin.", "2021-12-29") == []


def test_the_topics_of_the_speech_a_briefing_previews_belong_to_it():
    text = ("MODERATOR:  Thank you for joining us ahead of the President’s State of the Union tomorrow.\n\n"
            "MS. BRAINARD:  Tomorrow night, President Biden will discuss the historic achievements he has "
            "delivered for the American people.\n")
    assert rows(run(text, "2024-03-06")) == [("2024-03-07", "President’s State of the Union")]
    # a topic with a day of its own beside an announced speech of another subject stays an item
    text = ("OFFICIAL:  Tomorrow, the President will deliver a speech at the U.N. General Assembly.  Tomorrow, "
            "the Senate committee will discuss the nomination of Dilawar Syed.\n")
    assert len(run(text, "2021-09-20")) == 2


def test_a_busy_day_ahead_makes_today_the_programme_day():
    text = ("MR. SMITH:  We’ve got a busy day ahead of us here at the summit.  I’ll highlight a few items.\n\n"
            "Second, we’ll have a session on the Middle East.  Next, the President will participate in a "
            "session with President Zelenskyy of Ukraine.\n")
    assert [d for d, _t in rows(run(text, "2024-06-13"))] == ["2024-06-13", "2024-06-13"]
    # a day ahead for another day, or no opening statement of the kind: no programme day
    other = text.replace("a busy day ahead of us here", "a busy day ahead for tomorrow here")
    assert [d for d, _t in rows(run(other, "2024-06-13"))] != ["2024-06-13", "2024-06-13"]
    plain = text.replace("We’ve got a busy day ahead of us here at the summit.  ", "")
    assert rows(run(plain, "2024-06-13")) == []


def test_the_day_of_an_aside_is_not_the_events_day():
    text = ("MR. SMITH:  On Friday, the President will attend the summit.  And then, just to close out the day, as I "
            "mentioned yesterday, the President will be signing a security agreement with President Zelenskyy.\n")
    assert any("agreement" in t for _d, t in rows(run(text, "2024-06-13")))
    past = text.replace(", as I mentioned yesterday, the President will be signing",
                        ", the President signed yesterday")
    assert not any("agreement" in t for _d, t in rows(run(past, "2024-06-13")))


def test_an_event_just_past_is_a_reference_point():
    text = ("MR. SMITH:  Today the President will have his chance, coming out of the Kenya state visit, "
            "to talk about Africa.\n")
    assert not any("Kenya" in t for _d, t in rows(run(text, "2024-06-13")))


def test_a_step_named_by_its_place_in_the_day_with_its_subject():
    from agendactl.events import titles
    def titles_of(t):
        return [c.title for c in titles.candidates(t, 0, [], "2024-06-13", _first_line)]
    assert titles_of("The first session will be on Africa, climate change, and development.") == ["First session on Africa"]
    assert titles_of("And the final session will focus on AI and energy.") == ["Final session on AI and energy"]
    for neg in ("The second meeting will be on background.", "The next meeting will be on the record.",
                "The session will be on Africa.", "The first summit was on Africa.",
                "The first call will be on Monday."):
        assert titles_of(neg) == [], neg


def test_a_set_of_events_weve_got_next_week_governs_and_a_hosted_guest_is_named():
    text = ("SENIOR ADMINISTRATION OFFICIAL:  Thank you for joining on Sunday.  I am sorry to drag folks indoors, "
            "but we’ve got a very consequential set of events next week.\n\n"
            "The President will be hosting President Xi for a significant bilateral.\n")
    assert rows(run(text, "2023-11-12")) == [("2023-W46", "Significant bilateral with President Xi")]
    # a past week named with "got" stays past; a guest is not read from "host a dinner for"
    past = text.replace("we’ve got a very consequential set of events next week",
                        "we got a very consequential set of events last week")
    assert rows(run(past, "2023-11-12")) == []
    from agendactl.events import titles
    assert [c.title for c in titles.candidates("He will host a dinner for the Amir.", 0, [], "2023-11-12", _first_line)] \
        == ["Dinner for the Amir"]


def test_a_meeting_named_by_its_place_after_its_manner():
    from agendactl.events import titles
    def titles_of(t):
        return [c.title for c in titles.candidates(t, 0, [], "2023-11-13", _first_line)]
    assert titles_of("The two leaders will meet one-on-one at Camp David.") == ["Meeting of the two leaders at Camp David"]
    assert titles_of("The leaders will meet privately in the Oval Office.") == ["Meeting of the leaders in the Oval Office"]
    assert titles_of("They will meet privately in the afternoon.") == []


def test_a_trip_today_spans_the_next_day_of_its_programme_and_folds_joint_announcements():
    text = ("MR. FINER:  The reason we’re headed to Vietnam today is that we are critical partners.  "
            "When we arrive, President Biden will participate in a bilateral meeting with General Secretary "
            "Nguyen Phu Trong.  Together, they will announce a new Comprehensive Strategic Partnership.\n\n"
            "On Monday, the President will meet with Prime Minister Chinh.\n\n"
            "Q    And tomorrow, will he meet with the governors?\n\n"
            "MR. FINER:  We will see.\n")
    got = rows(run(text, "2023-09-10"))
    assert ("2023-09-10/2023-09-11", "Travel to Vietnam") in got
    assert not any(t.startswith("Announcement") for _d, t in got)
    # a trip whose next day is only a reporter's: one day; an announcement of a different subject stays
    alone = text.replace("On Monday, the President will meet with Prime Minister Chinh.\n\n", "")
    assert ("2023-09-10", "Travel to Vietnam") in rows(run(alone, "2023-09-10"))
    other = text.replace("Together, they will announce", "Separately, Commerce will announce")
    assert any(t.startswith("Announcement") for _d, t in rows(run(other, "2023-09-10")))


def test_an_en_route_gaggle_title_is_the_trip_under_way_today():
    head = ('---\ndate: \'2023-03-23\'\ntitle: "Press Gaggle by Press Secretary Karine Jean-Pierre En Route Ottawa,\\_Canada"\n'
            '---\n\nMS. JEAN-PIERRE:  We have about 10 minutes.  Go ahead.\n\nQ    On the banking crisis?\n\n'
            'MS. JEAN-PIERRE:  I have nothing to share.\n')
    assert rows(run(head, "2023-03-23")) == [("2023-03-23", "Travel to Ottawa, Canada")]
    home = head.replace("En Route Ottawa,\\_Canada", "En Route Joint Base Andrews")
    assert home != head
    assert rows(run(home, "2023-03-23")) == []


def test_a_trip_later_in_the_week_or_a_day_back_home_does_not_span():
    text = ("MS. PSAKI:  On Wednesday, the President will travel to Superior, Wisconsin.  "
            "And on Thursday, the President will hold a Cabinet meeting.\n")
    got = rows(run(text, "2022-02-28"))
    assert ("2022-03-02", "Travel to Superior, Wisconsin") in got
    today = ("MS. JEAN-PIERRE:  We are headed to Cherry Point today to see the troops.  "
             "And our colleagues will join us in the briefing room tomorrow to discuss the plan.\n")
    assert all("/" not in d for d, _t in rows(run(today, "2022-11-21")))


def test_a_summit_under_way_today_spans_its_parts_named_the_next_day():
    text = ("MR. SULLIVAN:  We are in the bilateral portion of the North American Leaders’ Summit program today "
            "with our bilateral meeting with President López Obrador.\n\n"
            "Q    Will there be deliverables?\n\n"
            "MR. SULLIVAN:  There will be a series of deliverables that will come out of the North American "
            "Leaders’ Summit sessions tomorrow.\n")
    got = rows(run(text, "2023-01-09"))
    assert ("2023-01-09/2023-01-10", "North American Leaders’ Summit") in got
    # the day's slot named with it ("with our bilateral meeting with …")
    assert ("2023-01-09", "Bilateral meeting with President López Obrador") in got
    # "we are in the …" with no day, or a past one, is no event under way
    assert not any("Summit" in t and d.startswith("2023-01-09") for d, t in
                   rows(run(text.replace(" program today", " program"), "2023-01-09")))


def test_a_speech_announced_in_its_relative_clause():
    text = ("MS. JEAN-PIERRE:  As it relates to the address that the President is going to give to Parliament "
            "tomorrow — look, many Presidents have addressed the Canadian Parliament.\n")
    assert rows(run(text, "2023-03-23")) == [("2023-03-24", "Address to Parliament")]
    past = text.replace("the address that the President is going to give to Parliament tomorrow",
                        "the address that the President gave to Parliament yesterday")
    assert rows(run(past, "2023-03-23")) == []


def test_a_presence_at_a_named_event_in_a_named_place_is_a_trip():
    from agendactl.events import titles
    def titles_of(t):
        return [c.title for c in titles.candidates(t, 0, [], "2023-11-12", _first_line)]
    assert titles_of("The President and most of the Cabinet will be out in San Francisco for\nAPEC.") \
        == ["Travel to San Francisco for APEC"]
    for neg in ("We will be in January for the review.", "They will be in Congress for a vote.",
                "He was in Paris for the Olympics."):
        assert titles_of(neg) == [], neg


def test_a_named_officials_meeting_with_a_counterpart_at_a_named_event():
    from agendactl.events import titles
    from agendactl.model import TimeRef
    def titles_of(t, tense=None):
        i = t.index("this week")
        r = TimeRef("this week", i, i + 9, 1, "2023-W46", "week", "2023-11-13", "2023-11-19", "x", tense)
        return [c.title for c in titles.candidates(t, 0, [r], "2023-11-12", _first_line)]
    assert titles_of("Secretary Austin will have the opportunity to move that forward with his counterpart at "
                     "ADMM-Plus this week.") == ["Meeting of Secretary Austin with his counterpart at ADMM-Plus"]
    assert titles_of("He will discuss it with his counterpart at the G20 this week.") == []  # whose is not said
    assert titles_of("Secretary Austin met with his counterpart at ADMM-Plus this week.", "past") == []


def _titles_of(t: str, date: str = "2022-03-28") -> list[str]:
    from agendactl.events import titles
    return [c.title for c in titles.candidates(t, 0, [], date, _first_line)]


def test_a_bare_event_noun_is_named_by_the_group_hosted_for_it():
    assert _titles_of("And then the President is going to host the leaders for a plenary meeting where they "
                      "will discuss the priorities.") == ["Plenary meeting with the leaders"]
    # not a definite mention of a meeting named before, nor a summit hosted (no group of guests)
    assert _titles_of("The President is going to host the leaders for the plenary meeting.") == []
    assert _titles_of("The President will host the summit for a meeting.") == []


def test_a_host_other_than_the_president_and_a_guest_named_earlier_in_the_clause():
    assert _titles_of("And then following the President’s meeting with Prime Minister Lee, the Vice President "
                      "will host him for a bilateral meeting at the White House.") \
        == ["Bilateral meeting of the Vice President with Prime Minister Lee at the White House"]
    # no one named for "him": the meeting keeps its place only
    assert _titles_of("Then the Vice President will host him for a bilateral meeting at the White House.") \
        == ["Bilateral meeting at the White House"]


def test_a_guest_meeting_our_principal_is_named_by_the_guest():
    assert _titles_of("Tomorrow Prime Minister of Singapore Lee Hsien Loong will come to the White House to meet "
                      "with the President.") == ["Meeting of Prime Minister of Singapore Lee Hsien Loong with the President"]
    # our principal meeting a named counterpart keeps the usual title
    assert _titles_of("The President will meet with Prime Minister Lee.") == ["Meeting with Prime Minister Lee"]


def test_one_stands_for_the_event_just_named_and_a_phrase_keeps_its_own_date():
    text = ("SENIOR ADMINISTRATION OFFICIAL:  He will also have the chance to hold bilateral meetings.  He’ll hold "
            "one with Prime Minister Modi on Friday, as well as an engagement with Prime Minister Suga on Friday "
            "here in Washington.\n")
    assert rows(run(text, "2021-09-20")) == [("2021-09-24", "Meeting with Prime Minister Modi"),
                                             ("2021-09-24", "Engagement with Prime Minister Suga")]
    assert _titles_of("He will hold one with the press later.") == []  # no named counterpart
    assert _titles_of("We won’t hold one with Prime Minister Modi.") == []
    # the day ending a speech's complement is its own, not the year before it
    text = ("MS. JEAN-PIERRE:  Next, this year, President Biden will deliver commencement addresses at Morehouse "
            "College on May 19th.\n")
    assert rows(run(text, "2024-04-23")) == [("2024-05-19", "Address at Morehouse College")]
    # a topic's trailing date is the topic's ("after FDA's authorization on Monday"), not the discussion's
    text = ("DR. ZIENTS:  And today, the committee is meeting to discuss boosters for teens after FDA’s "
            "authorization on Monday.\n")
    assert all(d == "2022-01-05" for d, _t in rows(run(text, "2022-01-05")))


def test_the_week_of_a_visit_previewed_governs_the_programme_laid_out_after_it():
    text = ("SENIOR ADMINISTRATION OFFICIAL:  I’m here to offer some observations on National Security Advisor "
            "Jake Sullivan’s visit this week to Israel and the West Bank.\n\n"
            "We’ve been looking forward to scheduling this visit so Jake can meet face to face with Eyal, in "
            "addition to Prime Minister Bennett and the other leaders.\n\n"
            "Finally, Jake will go to Ramallah to meet with President Abbas.\n")
    assert rows(run(text, "2021-12-20")) == [
        ("2021-W51", "National Security Advisor Jake Sullivan’s visit to Israel"),
        ("2021-W51", "Meeting with Eyal"), ("2021-W51", "Meeting with Prime Minister Bennett"),
        ("2021-W51", "Meeting with President Abbas")]
    # a trip that sets off this week may run on into the next: its week dates nothing undated after it
    trip = text.replace("I’m here to offer some observations on National Security Advisor Jake Sullivan’s visit "
                        "this week to Israel and the West Bank.",
                        "This week Jake Sullivan will head off on the first foreign trip of his tenure.")
    assert [t for _d, t in rows(run(trip, "2021-12-20")) if "Abbas" in t] == []
    # a reporter's question ends the opening statement: the week governs no answer
    asked = text.replace("Finally, Jake", "Q    Will he go to Ramallah?\n\nSENIOR ADMINISTRATION OFFICIAL:  Yes, Jake")
    assert [t for _d, t in rows(run(asked, "2021-12-20")) if "Abbas" in t] == []
    # "some other meetings" is still vague; "some observations on the visit" names the visit
    from agendactl.rules import events as cues
    assert cues.VAGUE.search("we will have some other ") and cues.VAGUE.search("there are several more ")
    assert not cues.VAGUE.search("I will offer some observations on ")


def test_a_trip_for_a_meeting_with_named_people_is_both_and_spans_only_its_steps_there():
    text = ("SENIOR ADMINISTRATION OFFICIAL:  We will travel up to New York today for a meeting between the "
            "President and the Secretary-General of the United Nations.\n\n"
            "He will see Prime Minister Morrison tomorrow in New York.\n\n"
            "On Wednesday, President Biden will host a summit on COVID-19.\n")
    got = rows(run(text, "2021-09-20"))
    assert got[:2] == [("2021-09-20/2021-09-21", "Travel to New York"),
                       ("2021-09-20", "Meeting between the President and the Secretary-General of the United Nations")]
    # the event a trip is for, named by its name, is its purpose, not a second item
    conf = "MS. PSAKI:  The President will travel to Sharm el-Sheikh today for the U.N. Climate Conference.\n"
    assert [t for _d, t in rows(run(conf, "2022-11-11"))] == ["Travel to Sharm el-Sheikh"]
    # a meeting with no one named is no item beside the trip
    vague = text.replace("between the President and the Secretary-General of the United Nations", "on climate")
    assert not any(t.startswith("Meeting on") for _d, t in rows(run(vague, "2021-09-20")))


def test_a_noun_phrase_with_its_timetable_after_it_keeps_its_own_date_and_not_the_timetable():
    text = ("MS. JEAN-PIERRE:  Today, we are also announcing that the inaugural meeting of the White House "
            "Competition Council will take place at the White House next Friday, September 10th.\n")
    assert rows(run(text, "2021-09-03")) == [("2021-09-10", "Inaugural meeting of the White House Competition Council")]


# how briefings announce a programme step beyond "the President will <verb> <object>": a reciprocal
# meeting, a call, a visitor's arrival, a guest welcomed, remarks at a venue the frame names
_PROGRAMME_FAMILIES = [
    ("So, President Biden and President Marcos will meet tomorrow.",
     [("2024-04-11", "Meeting of President Biden and President Marcos")]),
    ("Tomorrow, President Biden and President Marcos will meet.",
     [("2024-04-11", "Meeting of President Biden and President Marcos")]),
    ("The two leaders will meet on Friday.", [("2024-04-12", "Meeting of the two leaders")]),
    ("President Biden and Prime Minister Kishida will meet on Friday at the White House.",
     [("2024-04-12", "Meeting of President Biden and Prime Minister Kishida at the White House")]),
    ("The leaders will hold a bilateral meeting tomorrow.", [("2024-04-11", "Bilateral meeting of the leaders")]),
    ("Tomorrow, President Biden will speak with President Putin by telephone.",
     [("2024-04-11", "Call with President Putin")]),
    ("Tomorrow, President Biden will speak by phone with President Putin.", [("2024-04-11", "Call with President Putin")]),
    # another official's call, phone marker or not, is titled with both sides (titles.CALL_NO_MARKER_EXAMPLES)
    ("Tomorrow, Secretary Blinken will speak by phone with President Zelenskyy.",
     [("2024-04-11", "Call between Secretary Blinken and President Zelenskyy")]),
    ("The President will call President Xi on Friday.", [("2024-04-12", "Call with President Xi")]),
    ("Later this morning, President Biden will call Chancellor Scholz, President Macron, and Prime Minister Sunak.",
     [("2024-04-10", "Call with Chancellor Scholz, President Macron, and Prime Minister Sunak")]),
    ("President Marcos and his team arrive in Washington this afternoon.",
     [("2024-04-10", "Arrival of President Marcos in Washington")]),
    ("And he will — President Marcos and his team will be arriving this afternoon.",
     [("2024-04-10", "Arrival of President Marcos")]),
    ("The Prime Minister will arrive at the White House on Friday morning.",
     [("2024-04-12", "Arrival of the Prime Minister at the White House")]),
    ("On Saturday, he’ll arrive in Cambodia and attend the U.S.-ASEAN Summit.",
     [("2024-04-13", "Arrival in Cambodia")]),
    ("Tomorrow, the President will welcome President Marcos to the White House.",
     [("2024-04-11", "Visit of President Marcos to the White House")]),
    ("On Friday, the President will welcome President Ursula von der Leyen of the European Commission to the White House.",
     [("2024-04-12", "Visit of President Ursula von der Leyen of the European Commission to the White House")]),
    ("Tomorrow, at the Economic Club, President Biden will lay out his vision for the economy.",
     [("2024-04-11", "Remarks at the Economic Club")]),
    ("The two presidents will also meet one-on-one tomorrow.", [("2024-04-11", "Meeting of the two presidents")]),
    ("The G7 leaders will meet virtually tomorrow.", [("2024-04-11", "Meeting of the G7 leaders")]),
    ("President Biden and President Xi will speak by telephone on Friday.",
     [("2024-04-12", "Call between President Biden and President Xi")]),
    ("Tomorrow, the President will receive President Marcos at the White House.",
     [("2024-04-11", "Visit of President Marcos to the White House")]),
    # a trip's purpose inside its complement: meetings with a named leader are an item beside it
    ("Next month, the President will be heading to Japan for the G7 bilateral engagements with Prime Minister Kishida.",
     [("2024-05", "Travel to Japan for the G7 bilateral engagements with Prime Minister Kishida"),
      ("2024-05", "G7 bilateral engagements with Prime Minister Kishida")]),
    ("The Prime Minister arrives Thursday morning.", [("2024-04-11", "Arrival of the Prime Minister")]),
    # the speaker's label shares the line with the speech: no part of the subject
    ("The Quad leaders will meet in Australia next month.", [("2024-05", "Meeting of the Quad leaders in Australia")]),
    # what one attends is an occasion, whatever its noun
    ("Today, the President will attend a youth Gaelic sports demonstration.",
     [("2024-04-10", "Youth Gaelic sports demonstration")]),
    ("Tomorrow, the President will meet with President Higgins and attend a youth Gaelic sports demonstration.",
     [("2024-04-11", "Meeting with President Higgins"), ("2024-04-11", "Youth Gaelic sports demonstration")]),
    ("On Saturday, the President will attend the Army-Navy game in Philadelphia.", [("2024-04-13", "Army-Navy game")]),
    ("Tomorrow, the President will attend Mass at Holy Trinity.", [("2024-04-11", "Mass")]),
]

_NOT_PROGRAMME = [
    "The two leaders met on Friday.",                      # past
    "The two leaders will not meet on Friday.",            # negated
    "It is unclear whether the two leaders will meet on Friday.",
    "They will meet tomorrow.",                            # a pronoun names no one
    "The business leaders will meet tomorrow.",            # not the principals
    "The two leaders will meet the moment tomorrow.",
    "We will meet our commitments tomorrow.",
    "The President will call on Congress tomorrow to act.",
    "We will call for a ceasefire tomorrow.",
    # (a leader to speak with a titled leader on a day: a call, as briefings say it — see
    # titles.CALL_NO_MARKER_EXAMPLES; "President Biden and President Xi will speak": no callee, no item)
    "The President called President Xi on Thursday.",
    "President Biden and President Xi will speak on Friday.",  # no phone: maybe in person
    "We will talk by phone tomorrow.",
    "The two sides will meet halfway tomorrow.",
    "The leaders will meet the challenge tomorrow.",
    "Tomorrow, the President will receive a briefing.",
    "I think you will hear the President call President Putin a killer tomorrow.",
    "The President will call President Xi's attention to it tomorrow.",
    "The President will arrive tomorrow.",                 # our principal's arrival: where?
    "We will arrive at a decision tomorrow.",
    "The leaders will arrive at an agreement on Friday.",
    "The aid will arrive in Gaza tomorrow.",               # goods, not a traveller
    "Today, when the President arrives, the theme will be investments.",
    "We will welcome the news tomorrow.",
    "The President will welcome President Zelenskyy's decision tomorrow.",
    "At the same time, the President will talk about jobs tomorrow.",
    "At the Economic Club, President Biden laid out his vision for the economy.",
    "Her daughter will attend college in the fall.",       # schooling, not an occasion
    "The President attended a baseball game on Friday.",   # past
    "The President will not attend the ceremony tomorrow.",
    "The President will attend to the matter tomorrow.",
    "The Vice President is going to be attending tomorrow.",  # no object: a date is no occasion
    "Most of the countries will be attending that represent the major economies tomorrow.",
    "The First Lady will attend both services on Sunday.",  # a bare lowercase object: unclear
]


def _one_line(sentence: str) -> str:
    return f"---\ndate: '2024-04-10'\n---\nMODERATOR:  Thanks.\n\nSENIOR ADMINISTRATION OFFICIAL:  {sentence}\n"


@pytest.mark.parametrize("sentence,want", _PROGRAMME_FAMILIES)
def test_programme_announcement_families(sentence, want):
    assert rows(run(_one_line(sentence), None)) == want


@pytest.mark.parametrize("sentence", _NOT_PROGRAMME)
def test_programme_announcement_negatives(sentence):
    assert rows(run(_one_line(sentence), None)) == []


def test_programme_families_in_a_reporters_question_announce_nothing():
    text = _one_line("Thanks.") + "\nQ    Will President Biden and President Marcos meet tomorrow?\n"
    assert rows(run(text, None)) == []


def test_the_bare_event_dated_by_its_timetable_is_the_event_named_elsewhere():
    head = "---\ntitle: Background Press Call Previewing the Americas Partnership Leaders Summit\ndate: '2024-04-10'\n---\n"
    text = head + "MODERATOR:  Thanks.\n\nSENIOR ADMINISTRATION OFFICIAL:  The summit will take place on Friday.\n"
    assert rows(run(text, None)) == [("2024-04-12", "Americas Partnership Leaders Summit")]
    # named by an earlier item of its class
    text = _one_line("The Americas Partnership Leaders’ Summit will be in November.  The summit will take place "
                     "on November 1st.")
    assert rows(run(text, None)) == [("2024-11-01", "Americas Partnership Leaders’ Summit")]
    # named nowhere: nothing a reader could place; past: no item
    assert rows(run(_one_line("The summit will take place on Thursday."), None)) == []
    assert rows(run(text.replace("will take place on November 1st", "took place on April 1st")
                    .replace("will be in November", "was in March"), None)) == []


def test_todays_events_named_before_today_make_today_the_programme_day():
    text = ("MR. PYLE:  Thought I would offer a little bit of perspective on President Biden’s events today "
            "around APEC Leaders’ Week.\n\nSo, in the morning, the President will deliver remarks at the CEO Summit.\n")
    assert rows(run(text, "2023-11-16")) == [("2023-11-16", "Remarks at the CEO Summit")]
    # a day named for something else governs nothing
    other = text.replace("President Biden’s events today", "what happened today")
    assert rows(run(other, "2023-11-16")) == []


def test_visit_of_is_the_noun_and_a_past_time_clause_announces_nothing():
    text = _one_line("Tomorrow I’ll say a few words about the upcoming visit of Prime Minister Bennett.")
    assert [t for _d, t in rows(run(text, None))] == ["Visit of Prime Minister Bennett"]
    text = _one_line("I’ll just use the — as the Prime Minister was getting on an airplane to fly to Washington "
                     "earlier today, he said, quote, “Joe Biden is a true friend of Israel.”")
    assert rows(run(text, None)) == []


# an event mentioned while explaining, urging, raising or judging: no item
_NOT_AN_ITEM = [
    "Tomorrow, my colleague is going to walk through the summit in greater detail.",
    "And we’re going to continue to urge Beijing to engage in meaningful dialogue with Taipei next week.",
    "You can expect the President to raise the broad parameters of mil-to-mil engagement with President Xi next week.",
    "At the conclusion of this visit tomorrow, we will judge it to be a remarkable and historic summit.",
]


@pytest.mark.parametrize("sentence", _NOT_AN_ITEM)
def test_explained_urged_raised_or_judged_events_are_no_items(sentence):
    assert rows(run(_one_line(sentence), None)) == []


def test_convened_for_an_event_is_that_event_and_the_families_still_announce():
    text = _one_line("So, tomorrow, President Biden will convene heads of state and leaders from international "
                     "organizations for the global COVID-19 Summit focused on ending the pandemic.")
    assert [t for _d, t in rows(run(text, None))] != ["Meeting of heads of state and leaders from international organizations"]
    # still items: a walk through a place, a meeting where something is raised, a convened group
    assert rows(run(_one_line("Tomorrow, the President will walk through neighborhoods in Fort Myers."), None)) \
        == [("2024-04-11", "Walk through neighborhoods in Fort Myers")]
    assert rows(run(_one_line("Tomorrow, the President will convene the leaders of the Quad."), None)) \
        == [("2024-04-11", "Meeting of the leaders of the Quad")]
    assert rows(run(_one_line("I can convey that we will have a preview call on the Quad meeting on Friday."), None)) \
        == [("2024-04-12", "Quad meeting")]


def test_programme_slots_run_by_someone():
    text = _one_line("Tomorrow’s summit will have four sessions.  The second session, “Save Lives Now,” will be "
                     "chaired by USAID Administrator Samantha Power, and it will be moderated by Raj Shah.  Our "
                     "closing session will feature Secretary of State Blinken and will be moderated by Gayle Smith.")
    assert rows(run(text, None)) == [
        ("2024-04-11", "Second session “Save Lives Now” chaired by USAID Administrator Samantha Power"),
        ("2024-04-11", "Closing session featuring Secretary of State Blinken")]
    # "That session": the slot the sentence before names
    text = _one_line("Here is what happens tomorrow.  The first session is focused on “Calling the World to "
                     "Account” and vaccinating the world.  That session will be chaired by the President.")
    assert rows(run(text, None)) == [
        ("2024-04-11", "First session “Calling the World to Account” chaired by the President")]


_NOT_A_SLOT = [
    "Here is what happens tomorrow.  That session will be chaired by the President.",   # no slot named before
    "Here is what happens tomorrow.  The session will be chaired by the President.",    # which session?
    "Tomorrow, the first session will not be chaired by the President.",                # negated
    "Yesterday, the first session was chaired by the President.",                       # past
    "Tomorrow, the first session will be led by example and by our values.",            # no one named
]


@pytest.mark.parametrize("sentence", _NOT_A_SLOT)
def test_programme_slot_negatives(sentence):
    assert rows(run(_one_line(sentence), None)) == []


def test_an_umbrella_of_engagements_is_the_gerund_steps_after_it():
    text = _one_line("Today, the President will have several engagements focused on strengthening those close bonds "
                     "between America and Ireland, meeting with President Michael Higgins of Ireland and "
                     "participating in a tree planting ceremony.  After that the President will attend a youth "
                     "Gaelic sports demonstration.")
    assert rows(run(text, None)) == [("2024-04-10", "Meeting with President Michael Higgins of Ireland"),
                                     ("2024-04-10", "Tree planting ceremony"),
                                     ("2024-04-10", "Youth Gaelic sports demonstration")]
    # not an umbrella: a gerund after other nouns, a negated umbrella, a list with no event
    assert rows(run(_one_line("Today, the President will focus on jobs, meeting the moment."), None)) == []
    assert rows(run(_one_line("Today, the President will not have several engagements, meeting with "
                              "President Higgins."), None)) == []
    assert rows(run(_one_line("Today, the President will have several engagements, including speaking about "
                              "jobs and meeting the moment."), None)) == []


def test_a_presence_at_a_named_place_on_a_day_to_come_is_a_trip_there():
    assert rows(run(_one_line("I’ll be in India next week to celebrate elements of our bilateral relationship."), None)) \
        == [("2024-W16", "Travel to India")]
    assert rows(run(_one_line("The Vice President will be in Atlanta, Georgia, tomorrow."), None)) \
        == [("2024-04-11", "Travel to Atlanta, Georgia")]


_NO_PRESENCE = [
    "The President will be in New York through Wednesday.",        # the stay's end, no day of the trip
    "The President will not be in Delaware tomorrow.",             # negated
    "The President was in Delaware yesterday.",                    # past
    "We will be in touch tomorrow.",                               # no place
    "He will be in Delaware at some point.",                       # no day
]


@pytest.mark.parametrize("sentence", _NO_PRESENCE)
def test_presence_negatives(sentence):
    assert rows(run(_one_line(sentence), None)) == []


def test_the_briefers_promise_to_be_back_with_more_is_a_follow_up_briefing():
    text = _one_line("We’ll be back to share more on that tomorrow and to preview some of the outcomes then.")
    assert rows(run(text, None)) == [("2024-04-11", "Follow-up press briefing")]
    for s in ("We won’t be back to share more on that tomorrow.", "He’ll be back to share more on that tomorrow.",
              "We’ll be back to share more on that today.", "We’ll be back tomorrow."):
        assert rows(run(_one_line(s), None)) == [], s


def test_a_trip_after_a_dated_meeting_is_in_that_meetings_week():
    text = _one_line("And on Monday, President Biden will meet with President Jokowi of Indonesia for an official "
                     "visit before heading out to San Francisco.")
    assert rows(run(text, "2023-11-09")) == [("2023-11-13", "Meeting with President Jokowi of Indonesia"),
                                             ("2023-W46", "Travel to San Francisco")]
    for s in ("And on Monday, President Biden will meet with President Jokowi before heading back to the White House.",
              "And on Monday, President Biden will meet with President Jokowi before heading to Washington.",
              "And on Sunday, President Biden will meet with President Jokowi before heading out to San Francisco.",
              "On Monday, President Biden met with President Jokowi before heading out to San Francisco."):
        assert not [t for _d, t in rows(run(_one_line(s), "2023-11-09")) if t.startswith("Travel")], s


def test_follow_up_meetings_convened_over_a_period():
    text = _one_line("We plan to convene a series of meetings throughout the fall and reconvene leaders by the "
                     "first quarter of next year.")
    assert rows(run(text, "2021-09-21")) == [("2021-FA", "Series of meetings"), ("2022-Q1", "Meeting of leaders")]
    # a series with no period of its own; the leaders of a named forum are that forum's meeting
    assert rows(run(_one_line("Tomorrow, we will convene a series of meetings."), "2021-09-21")) == []
    assert [t for _d, t in rows(run(_one_line("Tomorrow, President Biden will be reconvening the leaders of the "
                                              "Major Economies Forum on Energy and Climate."), "2021-09-21"))
            if t.startswith("Meeting of the leaders")] == []


def test_a_topics_day_inside_its_relative_clause_is_not_the_topics():
    text = _one_line("Second, he’ll be discussing the areas in which we partner closely today, including Ukraine.")
    assert rows(run(text, None)) == []
    # its own day still dates it
    text = _one_line("Tomorrow, he’ll be discussing the areas of our partnership with Ireland.")
    assert [d for d, _t in rows(run(text, None))] == ["2024-04-11"]


def test_touching_base_with_named_people_is_a_meeting_apart_from_a_meeting_with_a_compatriot():
    text = _one_line("Today, the President will meet with President Michael Higgins of Ireland.  He is looking "
                     "forward to touching base with the leaders of Ireland’s main political parties today.")
    assert rows(run(text, None)) == [("2024-04-10", "Meeting with President Michael Higgins of Ireland"),
                                     ("2024-04-10", "Meeting with the leaders of Ireland’s main political parties")]
    # one person's two mentions still join
    text = _one_line("Today, the President will meet with the President of Italy.  Today, the President will "
                     "meet with President Mattarella of Italy.")
    assert len(rows(run(text, None))) == 1
    assert rows(run(_one_line("We’ll touch base with you tomorrow."), None)) == []


def test_the_framing_title_of_a_compound_event_noun_takes_its_last_noun():
    head = ("---\ntitle: Background Press Call Previewing the President’s Upcoming Bilateral Engagement\n"
            "date: '2023-11-09'\n---\nMODERATOR:  Thanks.\n\nSENIOR ADMINISTRATION OFFICIAL:  On Monday, President "
            "Biden will meet with President Jokowi of Indonesia.\n")
    assert [t for _d, t in rows(run(head, None))] == ["Meeting with President Jokowi of Indonesia"]
    forum = head.replace("Previewing the President’s Upcoming Bilateral Engagement",
                         "to Preview the U.S.-Pacific Islands Forum Summit")
    assert "U.S.-Pacific Islands Forum Summit" in [t for _d, t in rows(run(forum, None))]


def test_the_day_of_an_announcement_is_not_the_announced_events():
    text = _one_line("Earlier this afternoon, we announced that the Vice President will travel to Dubai, the United "
                     "Arab Emirates, from December 1st to December 2nd to attend COP28.")
    assert [d for d, _t in rows(run(text, "2023-11-29"))] == ["2023-12-01/2023-12-02"]
    # the same with 'Yesterday … said'; a clause with the past day alone keeps it (a past event: no item)
    text = _one_line("Yesterday, the White House said that the President will travel to Ohio on Friday.")
    assert [d for d, _t in rows(run(text, "2023-11-29"))] == ["2023-12-01"]
    assert rows(run(_one_line("Earlier today, we announced the President's trip to Ohio."), "2023-11-29")) == []


def test_a_days_occasion_in_a_comparison_is_no_item():
    text = _one_line("There’ll be a session — much like today’s Action and Solidarity session, there will be a "
                     "session focused on forests.")
    assert [t for _d, t in rows(run(text, "2021-11-01"))] == []
    # 'looks like' is no comparison: the speech next week stays
    text = _one_line("He is thinking about what his Joint Session speech looks like next week.")
    assert [t for _d, t in rows(run(text, "2021-04-21"))] == ["Joint Session speech"]


def test_a_self_correction_dates_by_the_day_meant():
    text = _one_line("We’ll discuss the summit next month here in Washington — I guess, later this month — that "
                     "President Biden will hold on climate.")
    assert rows(run(text, "2021-04-01")) == [("2021-04", "Summit in Washington")]
    # no correction: two days are two days
    text = _one_line("We’ll discuss the summit next month here in Washington, and the one later this month.")
    assert ("2021-05", "Summit in Washington") in rows(run(text, "2021-04-01"))


_AFRICA = ("---\ntitle: Background Press Call on the U.S.-Africa Leaders Summit\ndate: '2022-12-08'\n---\n"
           "SENIOR ADMINISTRATION OFFICIAL:  The President has invited 49 heads of state for a three-day summit.  "
           "We have an African Diaspora and Young Leaders Forum on the first day of the summit, which will be "
           "about the youth.  During the summit, Ambassador Tai will be hosting a ministerial-level discussion "
           "on AGOA.\n\nQ    Will there be any message on AGOA at the summit next week?\n")


def test_steps_placed_by_the_previewed_event_take_its_time():
    got = rows(run(_AFRICA, None))
    assert got == [("2022-W50", "U.S.-Africa Leaders Summit"), ("2022-W50", "Young Leaders Forum"),
                   ("2022-W50", "Ministerial-level discussion on AGOA")]
    # the summit undated: no time for it nor for its steps
    assert rows(run(_AFRICA.replace(" at the summit next week", ""), None)) == []
    # a summit other than the previewed one's week is not its time ('a summit next week')
    assert rows(run(_AFRICA.replace("at the summit next week", "at a summit next week"), None)) == []


def test_a_long_title_is_not_cut_inside_a_name():
    text = _one_line("Tomorrow, we will be announcing an initiative and a partnership between President Biden and "
                     "President Al Sisi, the Egyptian president.")
    assert [t for _d, t in rows(run(text, "2022-06-16"))] == [
        "Announcement of an initiative and a partnership between President Biden and President Al Sisi"]
    # still at most the contract's 100 characters
    text = _one_line("Tomorrow, the President will meet with the members of the very long named Association of the "
                     "Greater Northern Western Southern Eastern Regional Municipal Governments Council Board.")
    assert all(len(t) <= 100 for _d, t in rows(run(text, "2022-06-16")))


def test_a_predicate_describing_an_event_subject_is_no_item_of_its_own():
    text = _one_line("Tomorrow’s gathering will be the largest gathering of leaders devoted to climate action "
                     "before COP27.")
    assert rows(run(text, "2022-06-16")) == []
    # the subject event stays the item
    text = _one_line("The President’s visit next week will be the first visit by a U.S. President to Angola.")
    assert rows(run(text, "2022-06-16")) == [("2022-W25", "President’s visit")]


def test_a_themed_day_of_an_event_is_the_head():
    text = _one_line("Tomorrow, the plan will be part of the world leader summit forest day.")
    assert [t for _d, t in rows(run(text, "2021-11-01"))] == ["World leader summit forest day"]
    # a time phrase is no themed day
    for phrase in ("every day", "that day", "all day"):
        text = _one_line(f"Tomorrow, the President will attend the summit {phrase}.")
        assert [t for _d, t in rows(run(text, "2021-11-01"))] == [], phrase


def test_a_numbered_event_with_a_clause_that_only_times_it():
    text = _one_line("Tomorrow’s gathering will be the largest gathering of leaders before COP27, taking place in "
                     "Sharm el-Sheikh later this year.")
    assert ("2022", "COP27") in rows(run(text, "2022-06-16"))
    text = _one_line("We look forward to the G20, which will be held in Bali in November.")
    assert rows(run(text, "2022-06-16")) == [("2022-11", "G20")]
    # past, or no clause that holds it
    assert rows(run(_one_line("COP27 took place in Egypt last year."), "2023-06-16")) == []
    assert rows(run(_one_line("We discussed COP27 in Egypt later this year."), "2022-06-16")) == []


def test_the_next_sentence_announcing_their_part_is_the_same_announcement():
    text = _one_line("Tomorrow, we will be announcing a partnership between President Biden and President Al Sisi.  "
                     "We’ll be announcing their collaboration on an Adaptation in Africa event.")
    assert rows(run(text, "2022-06-16")) == [
        ("2022-06-17", "Announcement of a partnership between President Biden and President Al Sisi")]
    # not across another item, nor without the pronoun
    text = _one_line("Tomorrow, we will be announcing a partnership with Egypt.  The President will meet the "
                     "leaders.  We’ll be announcing their collaboration on an Adaptation in Africa event.")
    assert len(rows(run(text, "2022-06-16"))) == 3
    text = _one_line("Tomorrow, we will be announcing a partnership with Egypt.  We’ll be announcing a new "
                     "fund for Adaptation in Africa.")
    assert len(rows(run(text, "2022-06-16"))) == 2


def test_the_occasion_a_pronoun_is_part_of_joins_that_days_item():
    text = _one_line("Tomorrow, the President will launch a plan to conserve global forests.  So what we are "
                     "announcing tomorrow is the plan and it’s going to be part of the world leader summit forest day.")
    assert [t for _d, t in rows(run(text, "2021-11-01"))] == ["Launch of a plan to conserve global forests"]
    # with nothing else that day, the occasion is the item
    text = _one_line("What we are announcing tomorrow is the plan and it’s going to be part of the world leader "
                     "summit forest day.")
    assert [t for _d, t in rows(run(text, "2021-11-01"))] == ["World leader summit forest day"]


def test_day_n_of_a_programme_counts_from_its_first_day():
    text = ("OFFICIAL: On Thursday, the President will host the leaders for a working lunch.\n\n"
            "After that, the President will host the leaders for a dinner at the White House.\n\n"
            "Day two: the Vice President will host the leaders for a working lunch at the State Department.\n\n"
            "Then the Secretary will host a meeting with the ministers.")
    got = rows(run(text, "2022-05-11"))
    assert ("2022-05-13", "Working lunch at the State Department") in got
    assert not any(d == "2022-05-12" and "State Department" in t for d, t in got)
    # "On the second day," too; a day count with no programme day before it moves nothing
    text2 = text.replace("Day two:", "On the second day,")
    assert ("2022-05-13", "Working lunch at the State Department") in rows(run(text2, "2022-05-11"))
    text3 = "OFFICIAL: Day two: the Vice President will host the leaders for a working lunch at the State Department."
    assert not any(d == "2022-05-13" for d, _t in rows(run(text3, "2022-05-11")))
    # not "day two" inside a sentence
    text4 = text.replace("Day two: the", "The").replace("State Department.", "State Department on day two of it.")
    assert not any(d == "2022-05-13" and "State" in t for d, t in rows(run(text4, "2022-05-11")))


def test_a_previewed_summit_spans_its_run_of_days_not_a_later_trip():
    text = ("---\ndate: '2022-05-11'\ntitle: Background Press Call on the U.S.-ASEAN Special Summit\n---\n\n"
            "OFFICIAL: On the 24th of May, the President will meet with Prime Minister Kishida in Tokyo.\n\n"
            "On Thursday, the President will host the leaders for a working lunch.\n\n"
            "On Friday, the Vice President will host the leaders for a dinner at the State Department.")
    got = rows(run(text, None))
    assert ("2022-05-12/2022-05-13", "U.S.-ASEAN Special Summit") in got
    assert any(d == "2022-05-24" for d, _t in got)  # (the later trip stays an item of its own)
    # a weekend between is still the same run
    text2 = text.replace("On Friday", "On Monday").replace("On Thursday", "On Friday")
    assert ("2022-05-13/2022-05-16", "U.S.-ASEAN Special Summit") in rows(run(text2, None))


def test_a_discussion_someone_hosts_is_an_occasion():
    text = _one_line("Tomorrow, Vice President Harris will host a discussion with ASEAN leaders on climate action.")
    assert rows(run(text, "2022-05-11")) == [("2022-05-12", "Discussion with ASEAN leaders on climate action")]
    # a bare discussion is a topic; a past one no item
    for t in ("Tomorrow, the leaders will have a discussion about next steps.",
              "Tomorrow, the discussion will turn to trade.",
              "Yesterday, the President hosted a discussion with CEOs."):
        assert rows(run(_one_line(t), "2022-05-11")) == [], t


def test_a_holiday_naming_the_event_is_no_date_of_its_own():
    text = _one_line("Here’s a preview of the President’s schedule next week: On Sunday, he will deliver remarks "
                     "during the Memorial Day service hosted by the Delaware Commission of Veterans Affairs.")
    assert rows(run(text, "2021-05-28")) == [
        ("2021-05-30", "Remarks during the Memorial Day service hosted by the Delaware Commission of Veterans Affairs")]
    # alone, the holiday still dates it; the name runs on past it
    text = _one_line("The President will deliver remarks at the National Memorial Day Observance.")
    assert rows(run(text, "2021-05-28")) == [("2021-05-31", "Remarks at the National Memorial Day Observance")]
    # not a holiday that is the day said ("on Memorial Day, the President will …"; "the Memorial Day weekend")
    text = _one_line("On Sunday, the President will travel to Delaware. On Memorial Day, he will deliver remarks at "
                     "Arlington National Cemetery.")
    assert ("2021-05-31", "Remarks at Arlington National Cemetery") in rows(run(text, "2021-05-28"))


def test_a_broken_word_corrected_after_a_dash_leaves_the_title():
    text = _one_line("On Monday, the President will deliver the Memorial Day address at the 155th National Memorial "
                     "Day Observance at Memorial Amp- — Memorial Amphitheater at Arlington National Cemetery.")
    assert rows(run(text, "2023-05-26")) == [("2023-05-29", "Address at the 155th National Memorial Day Observance")]
    # the nearest phrase only
    text = _one_line("On Tuesday, the President will deliver a keynote address during the National Association of "
                     "Counties at the Wash- — at the Washington Hilton Hotel.")
    assert rows(run(text, "2023-02-10")) == [("2023-02-14", "Address during the National Association of Counties")]


def test_others_briefing_later_today_is_an_item():
    text = _one_line("We rely on the advice of our health and medical experts.  I know they’ll be doing a briefing "
                     "later this afternoon.")
    assert rows(run(text, "2021-12-17")) == [("2021-12-17", "Press briefing")]
    # our own briefing today, or an update today, is the briefing's own news
    for t in ("We’ll have a briefing later this afternoon.", "We will have a briefing later this afternoon.",
              "They will have an update today."):
        assert rows(run(_one_line(t), "2021-12-17")) == [], t


def test_the_programme_of_a_day_said_in_the_present():
    # "Today, we have the fourth Quad Leaders Summit": the day's event named with "we have"
    text = _one_line("Today, we have the fourth Quad Leaders Summit, and the first time that President Biden has "
                     "actually hosted leaders in his hometown.")
    assert rows(run(text, "2024-09-21")) == [("2024-09-21", "Fourth Quad Leaders Summit")]
    text = _one_line("Tomorrow we have a bilateral meeting with the Prime Minister of Japan.")
    assert rows(run(text, "2024-09-21")) == [("2024-09-22", "Bilateral meeting with the Prime Minister of Japan")]
    # a summit's side event is named by its topic, and held around the summit, not on a day of it
    text = _one_line("On Thursday and Friday, President Biden will host the Summit for Democracy. We also have a "
                     "side event on labor today, which is being hosted by Secretary Walsh.")
    got = rows(run(text, "2021-12-07"))
    assert ("2021-12-07", "Side event on labor") in got and ("2021-12-09/2021-12-10", "Summit for Democracy") in got
    # not possession, an opportunity, a past day, a report, or what one has "today"
    for t in ("We have a situation today where prices are high.",
              "Today we have the news that inflation fell.",
              "What we have today is a meeting of minds.",
              "Today we have the opportunity to sit down and have a conversation with the leaders.",
              "I have a daughter who attends the summit today.",
              "We don’t have a meeting today.",
              "Yesterday we had a meeting with the Prime Minister.",
              "We also have a side event on Monday.",):
        assert rows(run(_one_line(t), "2024-09-21")) == [], t


def test_a_possessor_alone_names_no_weak_event():
    # "the President’s engagement", "the President’s announcement on Monday": whose, not which
    for t in ("I’ll just kick us off with an overview of the summit and the President’s engagement today.",
              "This is a key down payment toward the President’s announcement on Monday that payments will be sent."):
        assert rows(run(_one_line(t), "2024-04-10")) == [], t
    # a named one stays, and so do someone's engagements (plural: a programme)
    assert rows(run(_one_line("The President will deliver the President’s Cup announcement on Monday."),
                    "2024-04-10")) != []
    got = rows(run(_one_line("This call is to preview the Vice President’s engagements tomorrow in Los Angeles."),
                   "2024-04-10"))
    assert [d for d, _t in got] == ["2024-04-11"], got


def test_a_summit_a_year_on_is_dated_by_its_year():
    text = _one_line("We will help develop new pledges that can be announced at a second Summit for Democracy roughly "
                     "a year from now.")
    assert rows(run(text, "2021-12-07")) == [("2022", "Second Summit for Democracy")]
    text = _one_line("It will result in the release of a new Strategic Concept at a NATO Summit next year.")
    assert rows(run(text, "2021-06-13")) == [("2022", "NATO Summit")]
    # a meeting or a visit a year on is no programme item; nor is a summit this year by its year alone
    for t in ("We hope to have a meeting with them next year.", "The summit this year was a success."):
        assert rows(run(_one_line(t), "2021-06-13")) == [], t


def test_an_event_named_as_what_a_step_leads_into_is_not_that_step():
    text = _one_line("Tomorrow, he will meet with Prime Minister Sunak at Number 10. They will have the chance to "
                     "compare notes going into the Vilnius summit.")
    assert rows(run(text, "2023-07-09")) == [("2023-07-10", "Meeting with Prime Minister Sunak at Number 10")]
    text = _one_line("This afternoon, the leaders will coordinate in advance of the upcoming NATO summit.")
    assert "NATO summit" not in [t for _d, t in rows(run(text, "2024-03-12"))]


def test_a_leg_flown_at_night_begins_its_programme_the_next_day():
    text = _one_line("Tomorrow night, the President will travel to Vilnius, Lithuania, for the summit. We will then "
                     "head off to Vilnius for the summit. And we’ll have more to say tomorrow night about the "
                     "specifics. Finally, there’ll be a session with a broader set of partners, including the "
                     "Asia-Pacific Four.")
    got = rows(run(text, "2023-07-09"))
    assert ("2023-07-10", "Travel to Vilnius, Lithuania") in got
    assert ("2023-07-11", "Session with a broader set of partners, including the Asia-Pacific Four") in got
    # a leg by day: its programme on that day
    text = _one_line("On Monday, the President will travel to Glasgow. In Glasgow, he will meet with Prime Minister "
                     "Johnson.")
    assert ("2021-11-01", "Meeting with Prime Minister Johnson") in rows(run(text, "2021-10-28"))


def test_a_venue_in_the_trips_city_is_a_stop_of_its_own():
    text = _one_line("So, today we’re headed to Boston for two events. First, President Biden will head to Boston "
                     "Logan International Airport, which is modernizing Terminal E.")
    got = rows(run(text, "2022-09-12"))
    assert ("2022-09-12", "Travel to Boston Logan International Airport") in got and len(got) == 2, got
    # the same city named twice is one trip
    text = _one_line("On Friday, the President will travel to Sharm el-Sheikh, Egypt. He will travel to Sharm on "
                     "Friday to attend the conference.")
    assert len(rows(run(text, "2022-11-08"))) == 1


def test_a_celebration_with_people_at_a_named_venue():
    text = _one_line("We’re going to be celebrating with thousands of supporters tomorrow on the South Lawn of the "
                     "White House.")
    assert rows(run(text, "2022-09-12")) == [("2022-09-13", "Celebration with thousands of supporters")]
    for t in ("Families will celebrate with their loved ones tomorrow.",
              "We will celebrate with you tomorrow when the bill passes."):
        assert rows(run(_one_line(t), "2022-09-12")) == [], t


def test_a_topic_on_the_agenda_with_a_leader_on_a_day_is_that_meeting():
    text = _one_line("And as I said, Sudan will certainly be part of the agenda with the UAE President on Monday.")
    assert rows(run(text, "2024-09-21")) == [("2024-09-23", "Meeting with the UAE President")]
    text = _one_line("Climate will be high on the agenda for his meeting with Prime Minister Kishida tomorrow.")
    assert rows(run(text, "2024-09-21")) == [("2024-09-22", "Meeting with Prime Minister Kishida")]
    for t in ("Sudan will be on the agenda with our partners on Monday.",
              "Sudan was part of the agenda with the UAE President on Monday.",
              "Sudan will not be on the agenda with the UAE President on Monday."):
        assert rows(run(_one_line(t), "2024-09-21")) == [], t


def test_a_count_over_a_period_is_no_date():
    text = _one_line("The President will have his sixth meeting in six months with Prime Minister Sunak.")
    assert rows(run(text, "2023-07-09")) == []
    # (any ordinal word: "his eleventh meeting in six months" was dated January before)
    text = _one_line("The President will have his eleventh meeting in six months with Prime Minister Sunak.")
    assert rows(run(text, "2023-07-09")) == []
    # a meeting in six months is one
    text = _one_line("The President will host a meeting of the Quad leaders in six months.")
    assert [d for d, _t in rows(run(text, "2023-07-09"))] == ["2024-01"]


def test_the_event_a_night_flight_is_for_opens_the_next_day():
    text = _one_line("Tomorrow night, the President will travel to Vilnius, Lithuania, for the 74th NATO Summit.")
    assert rows(run(text, "2023-07-09")) == [("2023-07-10", "Travel to Vilnius, Lithuania"),
                                             ("2023-07-11", "74th NATO Summit")]
    # a flight by day: the trip's purpose stays the trip's
    text = _one_line("Tomorrow, the President will travel to Vilnius, Lithuania, for the 74th NATO Summit.")
    assert rows(run(text, "2023-07-09")) == [("2023-07-10", "Travel to Vilnius, Lithuania")]


def test_a_previewed_day_n_is_its_event_running_to_that_day():
    text = ("---\ndate: '2023-03-29'\ntitle: \"Background Press Call Previewing Day Two of the Summit for Democracy\"\n"
            "---\nSENIOR ADMINISTRATION OFFICIAL:  Tomorrow, Secretary Blinken will host an event on technology for "
            "democracy at the Washington Convention Center.\n")
    got = rows(run(text, "2023-03-29"))
    assert ("2023-03-29/2023-03-30", "Summit for Democracy") in got, got
    # (never before the briefing day: day three tomorrow runs from today)
    text = text.replace("Day Two", "Day Three")
    assert ("2023-03-29/2023-03-30", "Summit for Democracy") in rows(run(text, "2023-03-29"))


def test_a_holiday_naming_the_event_after_it_is_part_of_the_title():
    text = _one_line("Also, as part of the World AIDS Day commemoration, the President will also underscore his "
                     "commitment to the Global Fund.")
    assert rows(run(text, "2021-11-30")) == [("2021-12-01", "World AIDS Day commemoration")]
    # a day that is no holiday still ends the name ("tomorrow’s summit")
    text = _one_line("The President will attend tomorrow’s summit of the Quad leaders.")
    assert all(not t.lower().startswith("tomorrow") for _d, t in rows(run(text, "2021-11-30")))


def test_the_occasion_a_step_leads_up_to_is_not_its_day():
    text = _one_line("Also today, ahead of tomorrow’s anniversary, the Vice President is traveling to Seattle to "
                     "visit McKinstry.")
    assert [d for d, _t in rows(run(text, "2023-08-15"))] == ["2023-08-15"]
    text = _one_line("In advance of Friday’s summit, the President will meet with Prime Minister Kishida on Thursday.")
    assert rows(run(text, "2023-05-15")) == [("2023-05-18", "Meeting with Prime Minister Kishida")]
    # alone, the occasion's day is the only day said: it stays
    text = _one_line("Ahead of tomorrow’s anniversary, the Vice President will travel to Seattle.")
    assert [d for d, _t in rows(run(text, "2023-08-15"))] == ["2023-08-16"]


def test_the_purpose_of_a_gathering_the_cue_names_is_no_slot():
    for t in ("Tomorrow, President Biden is convening governors from western states, private sector partners, and "
              "Cabinet officials to discuss how we can all work together to strengthen prevention.",
              "Tomorrow, the President is hosting CEOs of major retailers to discuss supply chains."):
        assert rows(run(_one_line(t), "2021-06-29")) == [], t
    # a discussion the cue itself announces stays
    text = _one_line("Tomorrow, the leaders are going to discuss wildfire preparedness.")
    assert rows(run(text, "2021-06-29")) == [("2021-06-30", "Discussion of wildfire preparedness")]


def test_a_briefing_the_principal_receives_is_a_slot():
    text = _one_line("While on the ground today, the President will also receive a briefing from officials on "
                     "continuing response and recovery efforts, which began within hours of the derailment.")
    assert rows(run(text, "2024-02-16")) == [
        ("2024-02-16", "Briefing from officials on continuing response and recovery efforts")]
    text = _one_line("On Wednesday, he will receive an operational briefing from FEMA on the storm.")
    assert rows(run(text, "2021-02-19")) == [("2021-02-24", "Briefing from FEMA on the storm")]
    for t in ("On Wednesday, he will not receive a briefing from FEMA on the storm.",
              "On Wednesday, he will receive the briefing book.",
              "On Wednesday, we will receive a report from FEMA on the storm."):
        assert rows(run(_one_line(t), "2021-02-19")) == [], t


def test_a_principals_presence_said_in_the_present_is_todays_stop():
    text = _one_line("The Vice President is in Chicago, announcing an award to refurbish four bridges.")
    got = run(text, "2023-01-04")
    assert rows(got) == [("2023-01-04", "Visit to Chicago")] and got[0].participants == ["Vice President"]
    text = _one_line("But as Karine said, the Secretary is in Connecticut with the governor talking about the bridge.")
    assert rows(run(text, "2023-01-04")) == [("2023-01-04", "Visit to Connecticut")]
    text = _one_line("SBA Administrator Guzman is in Baltimore today as part of our efforts.")
    assert rows(run(text, "2023-01-04")) == [("2023-01-04", "Visit to Baltimore")]
    # (any principal other than the President the programme names: an ambassador too)
    text = _one_line("Ambassador Thomas-Greenfield is in Nairobi today, meeting with refugees.")
    assert rows(run(text, "2023-01-04")) == [("2023-01-04", "Visit to Nairobi")]
    # the stop's own reference (no day said) carries the line it is on, like every reference
    text = _one_line("Thanks.\n\nQ   First question.\n\nSENIOR ADMINISTRATION OFFICIAL:  The Vice President "
                     "is in Chicago, announcing an award to refurbish four bridges.")
    ref = run(text, "2023-01-04")[0].reference
    assert text[ref.start:ref.end] == ref.text and ref.line == text.count("\n", 0, ref.start) + 1
    for t in ("While the Secretary is in Europe, the deputy will cover for him.",
              "Secretary Yellen is in China, and that is good.",
              "The Vice President is in good health, announcing nothing.",
              "The Vice President is in Chicago tomorrow, announcing an award.",
              "He said the Secretary is in Connecticut with the governor.",
              "Is the Secretary is in Connecticut with the governor?"):
        assert [r for r in rows(run(_one_line(t), "2023-01-04")) if r[1].startswith("Visit to") and r[0] == "2023-01-04"] == [], t


def test_a_topic_said_at_the_place_of_the_days_visit_is_that_visits():
    head = "Turning to today’s visit to Milwaukee. "
    text = _one_line(head + "In Milwaukee today, the President will discuss how Bidenomics is ushering in a boom.")
    assert rows(run(text, "2023-08-15")) == [("2023-08-15", "Visit to Milwaukee")]
    # at another place than the visit's, the discussion stays a slot of its own
    text = _one_line(head + "In Chicago today, the Vice President will discuss how Bidenomics is ushering in a boom.")
    assert len(rows(run(text, "2023-08-15"))) == 2


def test_hearing_from_the_principal_on_a_day_to_come_is_his_speech_when_nothing_else_is_that_day():
    text = _one_line("And so you’ll hear from him directly, clearly, on Friday, and we’ll have more to share.")
    assert rows(run(text, "2023-01-04")) == [("2023-01-06", "Remarks by the President")]
    text = _one_line("You will hear from the Vice President tomorrow.")
    assert rows(run(text, "2023-01-04")) == [("2023-01-05", "Remarks by the Vice President")]
    # (any adverb set off by commas, not only the words of one sentence)
    text = _one_line("You will hear from the Vice President, personally, on Friday.")
    assert rows(run(text, "2023-01-04")) == [("2023-01-06", "Remarks by the Vice President")]
    # another item that day is what he speaks at
    text = _one_line("On Friday, the President will deliver remarks on democracy at the Capitol. "
                     "You’ll hear from him directly on Friday.")
    assert [t for _d, t in rows(run(text, "2023-01-04"))] == ["Remarks on democracy at the Capitol"]
    for t in ("You’ll hear from him soon.", "You’ll hear from him today about it.",
              "You heard from him on Friday.", "We will hear from him on Friday."):
        assert rows(run(_one_line(t), "2023-01-04")) == [], t
    for t in ("I expect you will hear from him before May 1st.",
              "But certainly you will hear from the President the day after the election."):
        assert rows(run(_one_line(t), "2021-04-08")) == [], t


def test_an_indefinite_visit_in_an_answer_is_the_days_named_visit_again():
    text = ("---\ndate: '2023-08-15'\n---\nMS. DALTON:  Today, the President will tour Ingeteam, a clean energy "
            "manufacturing company.\n\nQ  What is the message today?\n\nMS. DALTON:  Today we’re going to visit a "
            "clean energy manufacturing plant that is bringing jobs to Milwaukee.\n")
    assert rows(run(text, None)) == [("2023-08-15", "Visit to Ingeteam")]
    # a trip's day keeps the stops named after it
    text = ("---\ndate: '2021-07-02'\n---\nMS. PSAKI:  Hi.\n\nQ  And the weekend?\n\nMS. PSAKI:  On Saturday, he will "
            "travel to Traverse City, Michigan.  While there, he will visit a cherry farm.\n")
    assert ("2021-07-03", "Visit to a cherry farm") in rows(run(text, None))


def test_the_law_a_discussion_is_of_is_the_one_last_named():
    text = _one_line("Today’s visits show the impact the Inflation Reduction Act is having. "
                     "Tomorrow, the President will discuss the law at length.")
    assert rows(run(text, "2023-08-15")) == [("2023-08-16", "Discussion of the Inflation Reduction Act")]
    # no law named before: the title stays; "the law of the sea" is named already
    text = _one_line("Tomorrow, the President will discuss the law at length.")
    assert rows(run(text, "2023-08-15")) == [("2023-08-16", "Discussion of the law")]
    text = _one_line("The Inflation Reduction Act is working. Tomorrow, the President will discuss the law of the sea.")
    assert rows(run(text, "2023-08-15")) == [("2023-08-16", "Discussion of the law of the sea")]


def test_the_manner_of_a_discussion_is_no_part_of_its_topic():
    text = _one_line("Tomorrow, the President will discuss supply chains in great detail.")
    assert rows(run(text, "2023-08-15")) == [("2023-08-16", "Discussion of supply chains")]
    # "discuss the summit in detail": talk about an event, no slot of its own
    text = _one_line("Tonight, our experts will discuss the summit in detail.")
    assert rows(run(text, "2023-08-15")) == []


@pytest.mark.parametrize("spoken,meant", schedule.REPAIR_EXAMPLES)
def test_a_spoken_self_repair_reads_as_its_restart(spoken, meant):
    r = schedule.repaired(spoken)
    assert len(r) == len(spoken) and " ".join(r.split()) == meant


@pytest.mark.parametrize("spoken", schedule.REPAIR_NEGATIVES)
def test_a_dash_that_is_no_self_repair_is_kept(spoken):
    assert schedule.repaired(spoken) == spoken


def test_the_schedule_reads_the_restart_of_a_self_repair():
    text = _one_line("So, as you know, this afternoon, the Vice President will convene par- — pardon recipients and "
                     "advocates for a roundtable discussion to highlight Second Chance policies.")
    got = run(text, "2024-04-25")
    assert [e.date for e in got] == ["2024-04-25"] and "par-" not in got[0].title and "pardon" in got[0].title
    text = _one_line("Now, lastly, tomorrow, President Biden will host Prime Minister Robe- —\nI’m sorry, Robert "
                     "Golob of the Republic of Slovenia for a conversation in the Oval Office.")
    got = run(text, "2024-10-21")
    assert rows(got) == [("2024-10-22", "Visit of Prime Minister Robert Golob of the Republic of Slovenia")]
    assert got[0].evidence.line == 6  # (the evidence is the text as said, on its own line)


def test_a_guest_hosted_for_an_occasion_is_the_guests_visit():
    text = _one_line("Tomorrow, President Biden will host Prime Minister Golob of Slovenia for a bilateral meeting.")
    assert rows(run(text, "2024-10-21")) == [("2024-10-22", "Bilateral meeting with Prime Minister Golob of Slovenia")]
    text = _one_line("Tomorrow, President Biden will host Prime Minister Golob of Slovenia for a conversation about Ukraine.")
    assert rows(run(text, "2024-10-21")) == [("2024-10-22", "Visit of Prime Minister Golob of Slovenia")]
    # no guest named: the event the host holds decides ("host the summit for …" is no visit)
    text = _one_line("Tomorrow, the President will host the summit for a discussion of climate finance.")
    assert all(not t.startswith("Visit of") for _, t in rows(run(text, "2024-10-21")))


def test_someones_event_about_to_begin_is_todays():
    text = _one_line("On the meeting with Foreign Minister Lavrov, I would refer you to the State Department. "
                     "Secretary Blinken is about to give remarks, and he’ll have more to say on that.")
    got = run(text, "2022-02-22")
    assert rows(got) == [("2022-02-22", "Remarks by Secretary Blinken")] and got[0].evidence.line == 6
    # the press office's "we're about to …" may be days off; "not about to" announces nothing
    for s in ("We’re about to celebrate the one-year anniversary of the law.",
              "We’re about to announce another security assistance package.",
              "The President is not about to give remarks on that."):
        assert rows(run(_one_line(s), "2023-08-14")) == [], s
    text = _one_line("On Thursday, the President will host Prime Minister Narendra — Narendra Modi of the Republic "
                     "of India for an official state visit, which will include a state dinner.")
    assert rows(run(text, "2023-06-16")) == [("2023-06-22", "Visit of Prime Minister Narendra Modi of the Republic of India"),
                                            ("2023-06-22", "State dinner")]


def test_a_trip_under_way_with_an_aside_and_the_occasion_guests_are_welcomed_for():
    text = _one_line("Okay, so we’re on our way, as you know, to Syracuse, New York, where the President will "
                     "deliver remarks on the economy.")
    assert ("2024-04-10", "Travel to Syracuse, New York") in rows(run(text, None))
    text = _one_line("On Monday afternoon, he and the First Lady will welcome children to the South Lawn for the "
                     "first in-person Halloween celebration at the White House.")
    assert rows(run(text, "2022-10-27")) == [("2022-10-31", "First in-person Halloween celebration at the White House")]
    # not any event noun after "for the …" far from the cue: "convene leaders … for the global COVID-19
    # Summit" names the summit the briefing is about, no new item
    text = _one_line("Tomorrow, President Biden will convene heads of state and leaders from international "
                     "organizations, the private sector, and other partners from around the world for the global "
                     "COVID-19 Summit focused on ending the pandemic.")
    assert len(rows(run(text, "2021-09-21"))) <= 1
    # a named guest welcomed "for an official visit and state dinner": no dinner of that evening read off it
    text = _one_line("Starting this evening, the President and First Lady will welcome Prime\nMinister Kishida and Mrs. "
                     "Kishida to the White House for an official\nvisit and state dinner.")
    assert all(t != "State dinner" for _, t in rows(run(text, "2024-04-09")))


def test_the_briefers_look_forward_to_briefing_again():
    text = _one_line("Well, thank you, and look forward to briefing early\nnext week.  Thank you.")
    assert rows(run(text, "2021-08-05")) == [("2021-W32", "Press briefing")]
    assert rows(run(_one_line("We look forward to briefing you on Friday."), "2021-08-05")) == [("2021-08-06", "Press briefing")]
    # briefing someone else on something is no briefing of ours to come
    assert rows(run(_one_line("We look forward to briefing Congress on the plan next week."), "2021-08-05")) == []


# schedule's cue patterns with their examples (must match) and negatives (must not): a sequence word
# resuming a day's run of events (_RESUME), a holiday meal noun (_HOLIDAY_MEAL), the day of a saying (_SAID_IN),
# the official programme's start (_PROGRAMME_STARTS), what an event builds on (_BUILT_ON)
_CUE_PATTERNS = [("resume", "match", schedule._RESUME, schedule.RESUME_EXAMPLES, schedule.RESUME_NEGATIVES),
                 ("holiday-meal", "match", schedule._HOLIDAY_MEAL, schedule.HOLIDAY_MEAL_EXAMPLES,
                  schedule.HOLIDAY_MEAL_NEGATIVES),
                 ("said-in", "search", schedule._SAID_IN, schedule.SAID_IN_EXAMPLES, schedule.SAID_IN_NEGATIVES),
                 ("programme-start", "search", schedule._PROGRAMME_STARTS, schedule.PROGRAMME_STARTS_EXAMPLES,
                  schedule.PROGRAMME_STARTS_NEGATIVES),
                 ("built-on", "search", schedule._BUILT_ON, schedule.BUILT_ON_EXAMPLES, schedule.BUILT_ON_NEGATIVES),
                 ("held-then", "match", schedule._HELD_THEN, schedule.HELD_THEN_EXAMPLES, schedule.HELD_THEN_NEGATIVES)]


@pytest.mark.parametrize("how, pattern, s, expected", [
    pytest.param(how, pat, s, expected, id=f"{name}-{'pos' if expected else 'neg'}{i}")
    for name, how, pat, pos, neg in _CUE_PATTERNS
    for expected, cases in ((True, pos), (False, neg)) for i, s in enumerate(cases)])
def test_cue_pattern_examples_and_negatives(how, pattern, s, expected):
    assert (getattr(pattern, how)(s) is not None) == expected, s


def test_a_days_programme_cut_off_by_a_question_is_taken_up_again():
    head = ("---\ndate: '2021-06-15'\n---\nSENIOR ADMINISTRATION OFFICIAL:  Here is the logistics for tomorrow.  "
            "They will move into a smaller meeting.  Then, after that meeting, there will be —\n\n"
            "Q    Just a translator?\n\nSENIOR ADMINISTRATION OFFICIAL:  The Secretary of State.\n\n")
    text = head + "SENIOR ADMINISTRATION OFFICIAL:  And then President Biden will do a press conference after that.\n"
    assert ("2021-06-16", "Press conference") in rows(run(text, None))
    # not cut off: the question ends the day's run ("a reporter's question changes the subject")
    text = head.replace("there will be —", "there will be a lunch.") \
        + "SENIOR ADMINISTRATION OFFICIAL:  And then President Biden will do a press conference after that.\n"
    assert ("2021-06-16", "Press conference") not in rows(run(text, None))


def test_a_principals_brief_remarks_and_the_holiday_meal_served_on_the_day():
    text = ("MS. PSAKI:  Welcome to our trip to Fort Bragg.  On the base today, the President and the First Lady "
            "will offer brief remarks thanking the service members and their families.  After serving "
            "Thanksgiving meals, they will meet with service members and families in attendance.\n")
    got = rows(run(text, "2021-11-22"))
    assert ("2021-11-22", "Remarks thanking the service members and their families") in got
    assert ("2021-11-22", "Meeting with service members and families in attendance") in got
    assert all(d != "2021-11-25" for d, _ in got)
    # the briefer's own brief remarks are no programme slot, and no meal moves a holiday with no day governing
    text = "MS. PSAKI:  I will offer brief remarks and then take questions.\n"
    assert rows(run(text, "2021-11-22")) == []
    text = "MS. PSAKI:  The President will host a Thanksgiving dinner for military families.\n"
    text = "MS. PSAKI:  Welcome to our trip to Fort Bragg.  Next week, the President will host a Thanksgiving dinner.\n"
    assert ("2021-11-22", "Thanksgiving dinner") not in rows(run(text, "2021-11-22"))
    assert schedule._SERVING.search("They will serve part of the ") is not None


def test_a_meeting_with_a_group_by_its_quoted_nickname():
    text = ("MS. X:  The President, on May 12th, is going to be sitting down with the “big four,” if you will, "
            "but — the bipartisan leaders in both the House and the Senate.\n")
    assert rows(run(text, "2021-04-29")) == [("2021-05-12", "Meeting with the “big four”")]
    # a quoted word that is no group of people: no meeting
    assert rows(run("MS. X:  On Friday, he will meet the “moment” head on.\n", "2021-04-29")) == []


# --------------------------------------------------------------------------- accuracy round (blind sets 20-22)

def test_another_principals_meeting_names_that_principal():
    # "Vice President Harris is going to meet virtually with the Taoiseach": hers, not the President's
    ev = run("So tomorrow morning, Vice President Harris is going to meet virtually with the Taoiseach of Ireland, "
             "Micheál Martin.\n", "2021-03-16")
    assert rows(ev) == [("2021-03-17", "Meeting of Vice President Harris with the Taoiseach of Ireland, Micheál Martin")]
    # the President's own meetings stay the programme's default; a guest's meeting keeps its own title
    ev = run("Tomorrow, President Biden will meet with the Taoiseach of Ireland.\n", "2021-03-16")
    assert rows(ev) == [("2021-03-17", "Meeting with the Taoiseach of Ireland")]


def test_people_greeted_are_a_step_of_the_days_programme():
    text = ("Today, the President will visit the Air Operations Center at Osan Air Base.\n\n"
            "After that, the President will greet U.S. service members and military families at Osan Air Base "
            "in Pyeongtaek.\n\nAnd then the President and the delegation will take off to go to Japan.\n")
    assert rows(run(text, "2022-05-22")) == [
        ("2022-05-22", "Visit to the Air Operations Center at Osan Air Base"),
        ("2022-05-22", "Greeting of U.S. service members and military families at Osan Air Base in Pyeongtaek"),
        ("2022-05-22", "Travel to Japan")]


@pytest.mark.parametrize("s", [
    "Today, the President will greet them at the airport.",  # (a pronoun: no one a reader could look for)
    "Today, the President will greet the news with relief.",  # (no people greeted)
    "Today, we want to help expand paid leave for Americans.",  # (leave, a noun)
])
def test_no_greeting_or_departure(s):
    assert run(s + "\n", "2022-05-22") == []


def test_a_departure_announced_is_the_trip():
    assert rows(run("The President is leaving for Europe tomorrow.\n", "2021-10-27")) == [
        ("2021-10-28", "Travel to Europe")]


def test_an_officials_trip_to_the_region():
    ev = run("Secretary Blinken is heading out to the region again next week.\n", "2024-02-01")
    assert rows(ev) == [("2024-W06", "Travel of Secretary Blinken to the region")]


def test_a_counterpart_in_apposition_is_one_person():
    ev = run("To start the visit in Angola on Monday, President Biden will meet bilaterally with his counterpart, "
             "President João Lourenço, in Luanda.\n", "2024-11-29")
    assert [t for _d, t in rows(ev) if t.startswith("Meeting")] == ["Meeting with his counterpart, President João Lourenço"]


def test_the_speech_a_briefing_previews_is_the_one_the_body_announces():
    text = ('---\ntitle: "Background Press Call Previewing the President’s Speech on the Fight Against COVID-19"\n'
            "---\n\nSENIOR ADMINISTRATION OFFICIAL:  Tomorrow, the President will address the American people "
            "about Omicron.\n")
    assert [t for _d, t in rows(run(text, "2021-12-20"))] == ["Address to the American people about Omicron"]


def test_one_document_made_public_twice_and_an_eo_is_an_executive_order():
    text = ("SENIOR ADMINISTRATION OFFICIAL:  Tomorrow, President Biden intends to sign a new executive order that "
            "strengthens U.S. sanctions authorities.  Later today, the State Department will be announcing an initial "
            "set of designations under this new EO.\n\nQ    When?\n\nSENIOR ADMINISTRATION OFFICIAL:  The President "
            "intends to sign the EO tomorrow.  Later today, the State Department will issue the initial round of "
            "designations under this new EO.\n")
    assert [t for _d, t in rows(run(text, "2023-12-21"))] == [
        "Announcement of an initial set of designations under this new EO", "Signing of a new executive order"]


def test_a_leg_dated_before_a_progressive_dates_what_is_done_there():
    text = ("SENIOR ADMINISTRATION OFFICIAL:  This upcoming week, from December 2 to 4, President Biden is traveling to "
            "Angola.\n\nQ    Will he see activists?\n\nSENIOR ADMINISTRATION OFFICIAL:  The President and his delegation "
            "will meet with civil society while in Angola.\n")
    assert ("2024-12-02", "2024-12-04", "Meeting with civil society") in [
        (e.first_day, e.last_day, e.title) for e in run(text, "2024-11-29")]


@pytest.mark.parametrize("s", [
    "U.S. travelers will need to show a negative test before they’re able to travel to the United States tomorrow.",
    "Thank you, everyone.  I’m going to leave for World AIDS Day events today.",
    "The doses will be loaded into a plane that will take off to the Republic of Korea this evening.",
    "He has a long history there: traveling to the region as a senator, returning to the region again tomorrow.",
])
def test_no_trip_announced(s):
    assert [e.title for e in run(s + "\n", "2021-10-25") if e.title.startswith("Travel")] == []


@pytest.mark.parametrize("s, title", event_titles.GREETING_EXAMPLES)
def test_a_greeting_title(s, title):
    assert [c.title for c in event_titles.candidates(s, 0, [], "2022-05-22", _first_line)] == [title]


@pytest.mark.parametrize("s", event_titles.GREETING_NEGATIVES)
def test_no_greeting_title(s):
    assert [c.title for c in event_titles.candidates(s, 0, [], "2022-05-22", _first_line)] == []


def test_a_press_moment_at_the_top_of_a_meeting_is_no_meeting_of_its_own():
    text = ("So tomorrow morning, Vice President Harris is going to meet virtually with the Taoiseach of Ireland.\n\n"
            "There will be a pool spray at the top of the meeting to capture the opening remarks by both the Vice "
            "President and the Taoiseach.\n\nEarly afternoon on Wednesday, President Joe Biden is very much looking "
            "forward to hosting the Taoiseach for a virtual bilateral meeting.\n")
    assert [t for _d, t in rows(run(text, "2021-03-16"))] == [
        "Meeting of Vice President Harris with the Taoiseach of Ireland", "Virtual bilateral meeting with the Taoiseach"]


@pytest.mark.parametrize("s", event_titles.CALLED_OFF_EXAMPLES)
def test_an_event_called_off_is_no_item(s):
    assert run(s + "\n", "2021-03-16") == []


@pytest.mark.parametrize("s", event_titles.CALLED_OFF_NEGATIVES)
def test_preventing_something_else_keeps_the_event(s):
    assert [t for _d, t in rows(run(s + "\n", "2021-03-16"))] == ["Travel to Germany"]


# a leader's visit and that day's meeting with the leader (by the visitor's title, a venue, or no partner
# named) are one event; a meeting with someone else, or another's visit, stays apart
VISIT_MEETING_EXAMPLES = [
    "President Biden looks forward to welcoming Prime Minister Mustafa Kadhimi of Iraq on Monday afternoon.\n\n"
    "On Monday will be the meeting in the Oval Office with the Prime Minister.\n",
    "President Biden is looking forward to welcoming President Lourenço of Angola to the White House on Monday.\n\n"
    "We will have a readout of the President’s meeting after he meets with the President of Angola on Monday.\n",
]
VISIT_MEETING_NEGATIVES = [
    "President Biden looks forward to welcoming Prime Minister Mustafa Kadhimi of Iraq on Monday afternoon.\n\n"
    "On Monday, the President will also meet with President Zelenskyy of Ukraine.\n",
    "President Biden looks forward to welcoming Prime Minister Mustafa Kadhimi of Iraq on Monday afternoon.\n\n"
    "On Monday, the Prime Minister will also meet with the Vice President.\n",
]


@pytest.mark.parametrize("s", VISIT_MEETING_EXAMPLES)
def test_a_leaders_visit_and_the_days_meeting_are_one_event(s):
    assert len(run(s, "2021-07-23")) == 1


@pytest.mark.parametrize("s", VISIT_MEETING_NEGATIVES)
def test_a_meeting_with_someone_else_on_a_visit_day_stays_apart(s):
    assert len(run(s, "2021-07-23")) == 2


# a topic whose own sentence names the meeting it is discussed in belongs to that meeting's item
@pytest.mark.parametrize("s, title", [
    ("President Biden will hold a bilateral meeting with President Lourenço of Angola today.\n\nSo, today’s "
     "meeting, President Biden and President Lourenço will review the progress we’ve made today and set a course "
     "for the partnership.\n", "Bilateral meeting with President Lourenço of Angola"),
    ("On Monday, the U.S. and EU co-chairs will hold the second meeting of the Trade and Technology Council.\n\n"
     "So, at this upcoming meeting on Monday, the co-chairs will review the progress we’ve been making over the "
     "last six months.\n", "Second meeting of the Trade and Technology Council"),
])
def test_a_topic_said_of_the_days_meeting_is_that_meetings(s, title):
    assert [t for _d, t in rows(run(s, "2021-07-23"))] == [title]


def test_a_topic_with_a_slot_of_its_own_stays_an_item():
    s = ("On Monday, President Biden will hold a bilateral meeting with President Lourenço of Angola.\n\n"
         "Later on Monday, the President will discuss the economy.\n")
    assert len(run(s, "2021-07-23")) == 2


# a part of a named group met is an event; "some of them" / "some of the leaders" stays vague
@pytest.mark.parametrize("s, n", [
    ("Tomorrow the President will meet with President Herzog.\n\nFinally, the President greatly looks forward to "
     "meeting some of U.S. athletes competing in the Maccabiah Games.\n", 2),
    ("Tomorrow the President will meet with some of the Israeli first responders.\n", 1),
    ("Tomorrow the President will meet some of them.\n", 0),
    ("Tomorrow the President will meet with some of the leaders.\n", 0),
])
def test_meeting_part_of_a_named_group(s, n):
    assert len(run(s, "2022-07-13")) == n


def test_a_trip_previewed_by_its_day_two_runs_on_to_its_last_announced_day():
    text = ("---\ntitle: Background Press Call Previewing Day Two of the President's Trip to the Middle East\n"
            "date: 2022-07-13\n---\n\nTomorrow, the President will meet with Prime Minister Lapid.\n\n"
            "On Friday, the President will meet with President Abbas.\n\n"
            "The President will attend the GCC+3 Summit on Saturday.\n")
    rows_ = rows(run(text, "2022-07-13"))
    assert ("2022-07-13/2022-07-16", "President's Trip to the Middle East") in rows_


@pytest.mark.parametrize("s, day", [
    ("The Vice President will meet with Caribbean leaders tomorrow.\n\nAnd as the President said in his remarks at "
     "the Inaugural Ceremony earlier today, the Vice President will officially launch the U.S. Caribbean "
     "Partnership.\n", "2022-06-09"),
    ("So, as we announced this morning, the First Lady will lead the delegation to the inauguration of Mexico’s "
     "first woman president on October 1st.\n", "2022-10-01"),
])
def test_the_day_of_a_saying_is_not_the_events(s, day):
    assert day in [d for d, t in rows(run(s, "2022-06-08")) if "Launch" in t or "Inauguration" in t]


# the last item of a semicolon list, a meeting with someone, continues the announcement; a promise or a
# result after the semicolon does not
@pytest.mark.parametrize("s, titles_", [
    ("Tomorrow we have a visit to the West Bank; and, of course, an important meeting with President Abbas.\n",
     ["Visit to the West Bank", "Important meeting with President Abbas"]),
    ("Tomorrow we have a visit to the West Bank; and a bilateral meeting with President Abbas.\n",
     ["Visit to the West Bank", "Bilateral meeting with President Abbas"]),
    ("Tomorrow we have a visit to the West Bank; and the results were good.\n", ["Visit to the West Bank"]),
    ("Tomorrow we have a visit to the West Bank; and a commitment to hold a U.S.-UK Cancer Summit.\n",
     ["Visit to the West Bank"]),
])
def test_a_meeting_ending_a_semicolon_list(s, titles_):
    assert [t for _d, t in rows(run(s, "2022-07-13"))] == titles_


@pytest.mark.parametrize("s, title", event_titles.GROUP_AT_EXAMPLES)
def test_a_group_of_leaders_received_at_a_place(s, title):
    assert [c.title for c in event_titles.candidates(s, 0, [], "2023-09-22", _first_line)] == [title]


@pytest.mark.parametrize("s", event_titles.GROUP_AT_NEGATIVES)
def test_no_group_received_at_a_place(s):
    assert not any(c.title.startswith(("Welcome of", "Meeting with"))
                   for c in event_titles.candidates(s, 0, [], "2023-09-22", _first_line))


def test_the_second_day_of_the_program_counts_from_the_day_it_starts():
    # the embargo's Sunday is not the first day the count starts from: the program "starts on Monday"
    text = ("MODERATOR: It is embargoed until Sunday, September 24th, at 5:00 a.m. Eastern.\n\n"
            "OFFICIAL: The official program starts on Monday morning when the President will host the leaders "
            "for a working lunch.\n\n"
            "That evening, Secretary Blinken will host a dinner at the State Department.\n\n"
            "The second day of the program will kick off with a breakfast that Secretary Kerry will host.\n")
    got = rows(run(text, "2023-09-22"))
    assert ("2023-09-26", "Breakfast") in got
    # not a count of something else ("the second day of the war")
    text2 = text.replace("of the program will kick off with", "of the war, there will be")
    assert ("2023-09-26", "Breakfast") not in rows(run(text2, "2023-09-22"))


def test_a_visit_said_with_a_possessive_joins_that_days_meeting():
    text = ("OFFICIAL: We will preview President Zelenskyy’s visit to the White House on Wednesday, September 1st.\n\n"
            "This visit is going to build on and amplify the sustained engagement of the administration over "
            "the last eight months.\n\n"
            "These meetings will then set the stage for the meeting between the two presidents on Wednesday.\n\n"
            "And very much looking forward to the meeting here at the White House.\n")
    got = rows(run(text, "2021-08-30"))
    assert got == [("2021-09-01", "President Zelenskyy’s visit to the White House")]
    # a meeting with someone else that day stays apart
    text2 = text.replace("the meeting between the two presidents", "a meeting with Speaker Pelosi")
    assert len(rows(run(text2, "2021-08-30"))) == 2


# a day of a multi-day programme given its theme: an item of that day (titles.THEME_EXAMPLES/NEGATIVES)
def _theme_rows(sentence):
    return [t for _d, t in rows(run(_one_line(sentence), None))]


@pytest.mark.parametrize("sentence,want", event_titles.THEME_EXAMPLES)
def test_a_programme_day_given_its_theme(sentence, want):
    assert want in _theme_rows(sentence)


@pytest.mark.parametrize("sentence", event_titles.THEME_NEGATIVES)
def test_no_day_theme_without_the_day_as_its_slot(sentence):
    assert not any(t.startswith("Focus on") for t in _theme_rows(sentence))


# a call announced without a phone marker: speaking with a titled leader or with allies, on a day
@pytest.mark.parametrize("sentence,want", event_titles.CALL_NO_MARKER_EXAMPLES)
def test_a_call_without_a_phone_marker(sentence, want):
    assert rows(run(_one_line(sentence), None)) == want


@pytest.mark.parametrize("sentence", event_titles.CALL_NO_MARKER_NEGATIVES)
def test_no_call_when_they_speak_in_person_or_undated(sentence):
    assert not any(t.startswith("Call") for _d, t in rows(run(_one_line(sentence), None)))


# a named possessor before an -ing event noun is whose it is, not "is" ("the Vice President’s meeting")
@pytest.mark.parametrize("sentence,want", event_titles.NAMED_POSSESSOR_EXAMPLES)
def test_a_named_possessor_before_an_ing_event_noun(sentence, want):
    assert rows(run(_one_line(sentence), None)) == want


@pytest.mark.parametrize("sentence", event_titles.NAMED_POSSESSOR_NEGATIVES)
def test_a_contracted_is_before_an_ing_word_is_a_verb(sentence):
    assert rows(run(_one_line(sentence), None)) == []


def test_a_day_theme_beside_the_event_it_includes():
    s = ("To close out Thursday, the focus will be on energy security and climate smart recovery, which as I’d "
         "mentioned will include the Vice President’s meeting with the Caribbean.")
    assert rows(run(_one_line(s), None)) == [("2024-04-11", "Focus on energy security and climate smart recovery"),
                                            ("2024-04-11", "Vice President’s meeting with the Caribbean")]


def test_the_day_of_a_look_ahead_is_the_previews():
    # "joining this afternoon for a look ahead of X": the afternoon is the call's, not X's (like "to preview X")
    s = "Thanks for joining this afternoon for a look ahead of the Vice President’s meeting with Prime Minister Kishida."
    assert rows(run(_one_line(s), None)) == []


def test_a_predicate_nominal_describes_its_subject_event():
    for t in schedule.PRED_NOMINAL_EXAMPLES:
        assert schedule._PRED_NOMINAL.search(t), t
    for t in schedule.PRED_NOMINAL_NEGATIVES:
        assert not schedule._PRED_NOMINAL.search(t), t
    s = ("The goal is to outline the President’s agenda during the summit this week and say why we believe the "
         "summit is an important forum for engagement with leaders.")
    assert not any("forum" in t.lower() for _d, t in rows(run(_one_line(s), None)))


def test_participants_drop_a_title_repeating_the_start_of_a_name():
    # "Meeting with the Taoiseach, Leo Varadkar" then "the Taoiseach" again: one participant
    from agendactl.schedule import _without_short_forms
    assert _without_short_forms(["Taoiseach, Leo Varadkar", "Taoiseach"]) == ["Taoiseach, Leo Varadkar"]
    assert _without_short_forms(["the Prime Minister", "Prime Minister Kishida"]) == ["Prime Minister Kishida"]
    # different people, and our own principal beside another President, are kept
    assert _without_short_forms(["Prime Minister Kishida", "Prime Minister Modi"]) == [
        "Prime Minister Kishida", "Prime Minister Modi"]
    assert _without_short_forms(["President", "President Lula"]) == ["President", "President Lula"]


def _titled(title: str, date: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: '{date}'\n---\nMODERATOR:  Thanks.\n\nSENIOR ADMINISTRATION OFFICIAL:  {body}\n"


def test_a_title_on_a_named_principals_travel_or_engagements_at_an_event_frames_the_programme():
    body = "Tomorrow, the President and President Macron will hold a bilateral meeting in Paris."
    got = rows(run(_titled("Press Gaggle on President Biden’s Travel to France", "2024-06-07", body), None))
    assert ("2024-06-08", "Travel to France") in got
    got = rows(run(_titled("Press Gaggle on the President’s Engagements at the G20 Summit", "2024-11-18",
                           "Tomorrow, the President will hold a bilateral meeting with President Lula of Brazil."), None))
    assert ("2024-11-19", "G20 Summit") in got
    # engagements at no event, travel home, a named principal's day: no framing event of their own
    for title in ("Background Press Call on the Vice President’s Engagements in Thailand",
                  "Press Gaggle on President Biden’s Travel to Washington",
                  "Background Press Call on President Biden’s Second Day in Germany"):
        got = rows(run(_titled(title, "2024-06-07", body), None))
        assert [t for _d, t in got] == ["Bilateral meeting in Paris"], title


def test_an_event_said_to_be_going_on_as_the_official_speaks_runs_today():
    body = ("Greetings from NATO headquarters, where I’ve just stepped out of the session of the leaders here at "
            "the summit that is currently ongoing. He will see President Putin in Geneva on Wednesday.")
    got = rows(run(_titled("Background Press Call on President Biden’s Engagements at NATO Summit", "2021-06-14",
                           body), None))
    assert ("2021-06-14", "NATO Summit") in got and ("2021-06-16", "Meeting with President Putin in Geneva") in got
    # a summit still ahead, or one a reporter asks about, takes the programme's days as before
    for b in (body.replace("here at the summit that is currently ongoing", "to prepare the summit"),
              "Q  Is the summit currently ongoing?\n\nSENIOR ADMINISTRATION OFFICIAL:  "
              "He will see President Putin in Geneva on Wednesday."):
        got = rows(run(_titled("Background Press Call on President Biden’s Engagements at NATO Summit",
                               "2021-06-14", b), None))
        assert ("2021-06-16", "NATO Summit") in got, b


def test_a_briefing_received_at_a_named_place_is_a_slot():
    text = _one_line("Tomorrow, the President will receive an operational briefing at the Emergency Operations "
                     "Center from the National Weather Service.")
    assert rows(run(text, "2024-07-01")) == [
        ("2024-07-02", "Briefing at the Emergency Operations Center from the National Weather Service")]
    text = _one_line("Later today, the Vice President will receive an in-person briefing at FEMA.")
    assert rows(run(text, "2024-09-30")) == [("2024-09-30", "Briefing at FEMA")]
    for t in ("Tomorrow he will receive a briefing at some point.", "Tomorrow he will receive a briefing at the border."):
        assert rows(run(_one_line(t), "2024-07-01")) == [], t


def test_a_one_day_leg_sharing_a_place_with_the_titled_trip_is_not_the_trip():
    title = "Press Gaggle Previewing the President’s Trip to Northern Ireland"
    body = ("Today, the President will meet Prime Minister Sunak in Belfast. After the speech, he will travel to the "
            "Republic of Ireland. On Thursday, he will meet President Higgins of Ireland in Dublin. On Friday, he will "
            "travel to County Mayo.")
    got = rows(run(_titled(title, "2023-04-12", body), None))
    assert ("2023-04-12/2023-04-14", "President’s Trip to Northern Ireland") in got
    # a trip of one day: the leg that day names it (no second item)
    one = "Today, the President will meet Prime Minister Sunak in Belfast. After that, he will travel to the Republic of Ireland."
    got = rows(run(_titled(title, "2023-04-12", one), None))
    assert not any(t == "President’s Trip to Northern Ireland" for _d, t in got), got


def test_the_stops_said_after_a_trip_next_month_take_its_month_within_its_paragraph():
    text = ("---\ndate: '2023-04-30'\n---\nMODERATOR:  Thanks.\n\nSENIOR ADMINISTRATION OFFICIAL:  On Monday, "
            "President Biden will meet President Marcos at the White House.\n\nAnd then, next month, the President will "
            "be heading to Japan for the G7.  And also, the President will engage in a trilateral meeting with Japan "
            "and South Korea.\n\nAnd the President will also host a dinner for President Marcos.\n")
    got = rows(run(text, None))
    assert ("2023-05", "Trilateral meeting with Japan and South Korea") in got
    assert ("2023-05-01", "Dinner for President Marcos") in got  # (the next paragraph: the programme day again)
    # a month said in passing, with no trip, leaves the programme day as it was
    text = text.replace("be heading to Japan for the G7", "see results of the G7")
    assert ("2023-05-01", "Trilateral meeting with Japan and South Korea") in rows(run(text, None))


def test_a_visit_to_a_bare_place_is_named_by_its_relative_clause():
    text = _one_line("While in Israel tomorrow, the President will likely visit an area where these defensive systems are "
                     "utilized, as well as discuss new innovations.")
    assert [t for _d, t in rows(run(text, "2022-07-12"))][:1] == [
        "Visit to an area where these defensive systems are utilized"]
    # a place named by itself keeps its own name; a bare place with no clause stays bare
    text = _one_line("Tomorrow, the President will visit a COVID health center where vaccines are being distributed.")
    assert rows(run(text, "2021-02-22")) == [("2021-02-23", "Visit to a COVID health center")]
    assert rows(run(_one_line("Tomorrow, the President will visit a site."), "2021-02-22")) == [
        ("2021-02-23", "Visit to a site")]


def test_bilateral_and_multilateral_said_of_something_else_is_no_event():
    text = _one_line("Tomorrow we will continue months of diplomacy, bilateral and multilateral, in Jeddah.")
    assert rows(run(text, "2022-07-12")) == []
    text = _one_line("Tomorrow he will hold a bilateral and multilateral meeting in Jeddah.")
    assert rows(run(text, "2022-07-12")) == [("2022-07-13", "Bilateral and multilateral meeting in Jeddah")]


def test_a_trip_and_a_visit_of_several_days_to_the_same_place_are_one_journey():
    text = _one_line("Thank you for joining this call to preview the President’s trip to the Middle East next month. "
                     "The President will visit the Middle East region from July 13th to July 16th. On July 15th, he "
                     "will visit the West Bank.")
    got = rows(run(text, "2022-06-13"))
    assert got == [("2022-07-13/2022-07-16", "President’s trip to the Middle East"),
                   ("2022-07-15", "Visit to the West Bank")], got


def test_a_return_home_is_no_item_beside_the_event_it_leads_to():
    text = _one_line("On Monday afternoon, he will return to Washington, D.C., where he and the First Lady will welcome "
                     "children to the South Lawn for the first in-person Halloween celebration.")
    assert rows(run(text, "2022-10-27")) == [("2022-10-31", "First in-person Halloween celebration")]
    # alone it stays; a trip elsewhere stays beside its event
    assert rows(run(_one_line("On Monday, the President will return to Washington, D.C."), "2022-10-27")) == [
        ("2022-10-31", "Travel to Washington, D.C")]
    text = _one_line("On Monday, he will travel to Philadelphia, Pennsylvania, where he will participate in a reception "
                     "for the Pennsylvania Democratic Party.")
    assert [t for _d, t in rows(run(text, "2022-10-27"))] == [
        "Travel to Philadelphia, Pennsylvania", "Reception for the Pennsylvania Democratic Party"]


def test_the_sentence_after_an_event_saying_when_it_is_held_dates_it():
    head = ("---\ndate: '2022-05-11'\n---\nSENIOR ADMINISTRATION OFFICIAL:  On Thursday, the President will host the "
            "ASEAN leaders.  And there will be a range of engagements, including the fourth Quad meeting at the leader "
            "level.  ")
    got = rows(run(head + "That will be hosted by Prime Minister Kishida in Tokyo on the 24th of May.\n", None))
    assert ("2022-05-24", "Fourth Quad meeting at the leader level") in got, got
    # a sentence about something else, or no day, leaves it where it was
    got = rows(run(head + "That will be a big day on the 24th of May.\n", None))
    assert ("2022-05-12", "Fourth Quad meeting at the leader level") in got, got


_G20 = "---\ndate: '2023-09-09'\n---\nMR. FINER:  Thanks.  "


@pytest.mark.parametrize("sentence,want", [
    # a period's possessive names the event; the clause's day within it dates the item
    ("Later this morning, President Biden will head to the first session of this year’s G20 Leaders’ Summit.",
     ("2023-09-09", "First session of this year’s G20 Leaders’ Summit")),
    # a session framed by at/during/in, named by its place in the day or the title it is given
    ("During the first session today, titled “One Earth,” President Biden will highlight climate action.",
     ("2023-09-09", "First session, “One Earth”")),
    ("In tomorrow's second session, the President will call for debt relief.", ("2023-09-10", "Second session")),
    # an event hosted, or people gathered for it, named by its topic
    ("This afternoon, President Biden will host an event on infrastructure.", ("2023-09-09", "Event on infrastructure")),
    ("This afternoon, President Biden and Prime Minister Modi will bring together a number of leaders for an event "
     "centering on the Partnership for Global Infrastructure and Investment.",
     ("2023-09-09", "Event centering on the Partnership for Global Infrastructure and Investment")),
    ("Tomorrow, the President will participate in an event focused on lowering costs.",
     ("2023-09-10", "Event focused on lowering costs")),
    # a bare ordinal session the principal attends; a session said with its day and its topic
    ("Tomorrow, President Biden will attend the first session of the summit.", ("2023-09-10", "First session of the summit")),
    ("This afternoon, the President will participate in the first working session of the summit.",
     ("2023-09-09", "First working session of the summit")),
    ("The second session, on Tuesday, will focus on climate.", ("2023-09-12", "Second session on climate")),
    ("Tomorrow, the first session will be on Africa.", ("2023-09-10", "First session on Africa")),
    # a period's possessive after the clause's day names the event, it does not date it
    ("This afternoon, the President will hold a meeting to prepare for next week's NATO summit.",
     ("2023-09-09", "Meeting to prepare for next week's NATO summit")),
    ("The President will attend next week's NATO summit on Tuesday.", ("2023-09-12", "NATO summit")),
    # a stated intent announced on a day to come
    ("Later today, the leaders will announce their intent to form a trilateral arrangement.",
     ("2023-09-09", "Announcement of their intent to form a trilateral arrangement")),
])
def test_programme_slots_of_a_summit_day(sentence, want):
    got = rows(run(_G20 + sentence + "\n", None))
    assert want in got, got


@pytest.mark.parametrize("sentence", [
    "In the bilateral with Prime Minister Modi, the two leaders will talk tomorrow.",  # a meeting named before
    "In the coming days, the President will raise human rights.",
    "At the summit tomorrow, the President will highlight climate action.",  # names no event
    "Tomorrow, we will talk about events on the ground.",
    "Tomorrow, the First Lady will host events about reading.",  # plural, unnamed
    "Tomorrow, the President will announce his intention.",  # nothing said of what
])
def test_no_slot_without_a_named_session_or_hosted_event(sentence):
    assert rows(run(_G20 + sentence + "\n", None)) == []


def test_an_ordinal_session_of_a_named_summit_gives_the_summit_too():
    got = rows(run(_G20 + "Tomorrow, the President will attend the opening session of the NATO Summit.\n", None))
    assert got[:2] == [("2023-09-10", "NATO Summit"), ("2023-09-10", "Opening session of the NATO Summit")], got
    # the Assembly's yearly sitting is the item itself, no slot of it
    got = rows(run(_G20 + "Next week, the President will attend the 78th session of the U.N. General Assembly.\n", None))
    assert all(t != "U.N. General Assembly" for _, t in got), got


def test_two_sessions_of_one_day_stay_two_items():
    got = rows(run(_G20 + "During the first session today, titled “One Earth,” President Biden will highlight how the "
                   "United States is leading.  In the day’s second session, titled “One Family,” President Biden will "
                   "reaffirm the United States’ leadership.\n", None))
    assert ("2023-09-09", "First session, “One Earth”") in got and ("2023-09-09", "Second session, “One Family”") in got, got


@pytest.mark.parametrize("text", event_titles.INTERPOSED_DAY_EXAMPLES)
def test_a_day_between_the_verb_and_its_complement_keeps_the_item(text):
    # "will meet tomorrow with X": the day said between the verb and whom it meets
    events = run(text, "2023-09-09")
    assert len(events) == 1 and events[0].first_day in ("2023-09-10", "2023-09-12", "2023-09-15"), events
    assert " with " in events[0].title or " to " in events[0].title or " on " in events[0].title, events[0].title


@pytest.mark.parametrize("text", event_titles.INTERPOSED_DAY_NEGATIVES)
def test_a_day_after_the_verb_with_no_complement_gives_no_item(text):
    assert run(text, "2023-09-09") == []
