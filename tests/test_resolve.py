"""The resolution semantics table of DESIGN.md (briefing Monday 2017-12-04), value shapes per
grain, discourse anchors and ambiguity flags."""
from __future__ import annotations

import datetime as dt

import pytest

from agendactl.resolve import resolve_phrase

MON = dt.date(2017, 12, 4)


def one(text: str, date: dt.date = MON):
    refs = resolve_phrase(text, date)
    assert len(refs) == 1, [(r.text, r.value) for r in refs]
    return refs[0]


@pytest.mark.parametrize("text,value,grain,first,last", [
    ("today", "2017-12-04", "day", "2017-12-04", "2017-12-04"),
    ("this morning", "2017-12-04", "day", "2017-12-04", "2017-12-04"),
    ("tomorrow", "2017-12-05", "day", "2017-12-05", "2017-12-05"),
    ("the day after tomorrow", "2017-12-06", "day", "2017-12-06", "2017-12-06"),
    ("yesterday", "2017-12-03", "day", "2017-12-03", "2017-12-03"),
    ("On Wednesday, we will address terrorism.", "2017-12-06", "day", "2017-12-06", "2017-12-06"),
    ("on Wednesday we agreed to do more.", "2017-11-29", "day", "2017-11-29", "2017-11-29"),
    ("Later on Tuesday, we will discuss", "2017-12-05", "day", "2017-12-05", "2017-12-05"),
    ("this week", "2017-W49", "week", "2017-12-04", "2017-12-10"),
    ("last week", "2017-W48", "week", "2017-11-27", "2017-12-03"),
    ("next week", "2017-W50", "week", "2017-12-11", "2017-12-17"),
    ("on 5 and 6 December", "2017-12-05/2017-12-06", "day", "2017-12-05", "2017-12-06"),
    ("next July", "2018-07", "month", "2018-07-01", "2018-07-31"),
    ("in July last year", "2016-07", "month", "2016-07-01", "2016-07-31"),
    ("We are seven months away from the Summit.", "2018-07", "month", "2018-07-01", "2018-07-31"),
    ("in 1950", "1950", "year", "1950-01-01", "1950-12-31"),
    ("the 1990s", "199", "decade", "1990-01-01", "1999-12-31"),
    ("We will meet in two weeks.", "2017-W51", "week", "2017-12-18", "2017-12-24"),
    ("three years ago", "2014", "year", "2014-01-01", "2014-12-31"),
    ("78 years ago", "1939", "year", "1939-01-01", "1939-12-31"),
    ("15 months ago", "2016-09", "month", "2016-09-01", "2016-09-30"),
    ("this weekend", "2017-W49-WE", "weekend", "2017-12-09", "2017-12-10"),
    ("the first quarter of next year", "2018-Q1", "quarter", "2018-01-01", "2018-03-31"),
    ("the second half of 2018", "2018-H2", "half", "2018-07-01", "2018-12-31"),
    ("next summer", "2018-SU", "season", "2018-06-01", "2018-08-31"),
    ("the 20th century", "19", "century", "1900-01-01", "1999-12-31"),
    ("the 21st century", "20", "century", "2000-01-01", "2099-12-31"),
])
def test_design_table(text, value, grain, first, last):
    r = one(text)
    assert (r.value, r.grain, r.first_day, r.last_day) == (value, grain, first, last)


def test_78_years_ago_from_2023():
    r = one("the end of the war 78 years ago", dt.date(2023, 5, 18))
    assert (r.value, r.grain) == ("1945", "year")


def test_following_day_counts_from_last_resolved_day():
    refs = resolve_phrase("We arrive on 5 and 6 December. The following day we fly home.", MON)
    assert [r.value for r in refs] == ["2017-12-05/2017-12-06", "2017-12-07"]
    assert refs[1].anchor == "discourse"


_PROGRAMME = ("Tomorrow, the President will meet the Prime Minister. " + "The President will then visit "
              "the hospital and discuss a number of regional issues with the leaders there. " * 12)


def test_next_day_after_a_long_programme_counts_from_that_day():
    # the speaker walks through tomorrow's programme, nothing else dated between, same turn
    refs = resolve_phrase(_PROGRAMME + "We also have a very full morning the next day in Bethlehem. "
                          "Then, as we head into the following morning, more news.", MON)
    # ... and, read from that far, it is no anchor in turn: "the following morning" restates it
    assert [(r.text, r.value) for r in refs] == [("Tomorrow", "2017-12-05"), ("the next day", "2017-12-06"),
                                                 ("the following morning", "2017-12-06")]


def test_later_that_day_after_a_long_programme_is_that_day():
    # the same day, further on in its programme ("Later in the day, he will attend the G7 meeting")
    refs = resolve_phrase(_PROGRAMME + "Later that day, the President will host a dinner.", MON)
    assert [(r.text, r.value) for r in refs] == [("Tomorrow", "2017-12-05"), ("Later that day", "2017-12-05")]
    refs = resolve_phrase(_PROGRAMME + "I was there later that day, and it was fine.", MON)
    assert [r.text for r in refs] == ["Tomorrow"]  # a past clause: a day of the story


def test_next_day_after_a_long_gap_in_a_past_clause_is_dropped():
    refs = resolve_phrase(_PROGRAMME + "I was asking for it the day after, and it came through.", MON)
    assert [r.text for r in refs] == ["Tomorrow"]
    # another reference between: the programme is no longer that day's
    refs = resolve_phrase("Tomorrow we land. " + "We will discuss many issues with them. " * 20 + "In 2030 "
                          + "we will discuss many issues with them. " * 20 + "The next day we fly home.", MON)
    assert [r.text for r in refs] == ["Tomorrow", "In 2030"]


def test_last_season_just_over_or_a_year_before_by_a_month_named_before():
    sep = dt.date(2023, 9, 12)
    refs = resolve_phrase("the Jeddah Summit in July of 2022. If you go back to the address that he made "
                          "last summer, it lays out our vision.", sep)
    assert [(r.text, r.value) for r in refs] == [("in July of 2022", "2022-07"), ("last summer", "2022-SU")]
    # a month of this year, or none: the summer just over
    assert [r.value for r in resolve_phrase("We talked in July. The address he made last summer was good.", sep)] \
        == ["2023-07", "2023-SU"]
    assert [r.value for r in resolve_phrase("The address he made last summer was good.", sep)] == ["2023-SU"]


def test_that_evening_without_anchor_is_dropped():
    assert resolve_phrase("And that evening was long.", MON) == []


def test_next_weekday_is_flagged_ambiguous():
    r = one("We will meet next Wednesday.")
    assert r.value == "2017-12-06" and r.ambiguous and r.alternatives == ["2017-12-13"]


def test_explain_steps_name_the_tense():
    r = one("On Wednesday, we will address terrorism.")
    assert r.explain and "future" in r.explain[0] and "2017-12-06" in r.explain[0]


def test_offsets_index_the_input():
    text = "Good morning. This week, ministers meet; tomorrow we begin."
    for r in resolve_phrase(text, MON):
        assert text[r.start:r.end] == r.text


@pytest.mark.parametrize("text", [
    "We will meet soon.", "It may rain.", "March on!", "Sun and sea.", "5:00 p.m.", "42",
    "for decades", "for three days", "over the last 15 months", "3,000 troops",
])
def test_no_reference(text):
    assert resolve_phrase(text, MON) == []


def test_dateparser_fallback_reads_foreign_absolute_dates():
    r = one("4 décembre 2017", dt.date(2018, 1, 1))
    assert (r.value, r.rule) == ("2017-12-04", "dateparser")


def test_dateparser_fallback_never_guesses_relative_phrases():
    assert resolve_phrase("in a bit", MON) == []


def test_explain_matches_design_wording():
    r = one("On Wednesday, we will address terrorism.")
    assert r.explain == ["Wednesday -> clause in future tense ('will') -> next Wednesday after "
                         "Mon 2017-12-04 -> 2017-12-06"]


# --- discourse context across mentions (dev-set findings: R1, R2, day-of-month sequences)
def values(text: str, date: str) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in resolve_phrase(text, dt.date.fromisoformat(date), fallback=False)]


def test_same_month_named_again_keeps_its_year_unless_the_tense_disagrees():
    got = values("Last year, at the end of October, we met. The talks that took place at the end of "
                 "October were useful.", "2022-11-08")
    assert [v for _, v in got if v.endswith("-10")] == ["2021-10", "2021-10"], got
    got = values("Last year, at the end of October, we met. We will meet again at the end of October.",
                 "2022-11-08")
    assert [v for _, v in got if v.endswith("-10")] == ["2021-10", "2023-10"], got


def test_year_named_far_before_does_not_govern_a_month():
    # another sentence: no tense either way, so only the nearest May is left
    got = values("The numbers for 2020 are in. The figures for May look strong.", "2021-03-01")
    assert ("for May", "2021-05") in got, got
    # the same sentence, right before: that year's May
    got = values("In 2020, in May, the figures looked strong.", "2021-03-01")
    assert ("in May", "2020-05") in got, got


def test_week_after_and_following_week_chain_from_the_week_named():
    got = values("not next week but the week after", "2021-12-30")
    assert got == [("next week", "2022-W01"), ("the week after", "2022-W02")], got
    got = values("We go next week, and the following week we return.", "2017-12-04")
    assert got[-1] == ("the following week", "2017-W51"), got


def test_this_past_week_and_sunday_this_week():
    assert one("this past week", dt.date(2025, 1, 3)).value == "2025-W01"  # Friday: week now ending
    assert one("this past week", dt.date(2025, 1, 6)).value == "2025-W01"  # Monday: the week just ended
    assert one("It will be released this week.", dt.date(2023, 11, 26)).value == "2023-W48"
    assert one("It was released this week.", dt.date(2023, 11, 26)).value == "2023-W47"


def test_days_alone_continue_the_month_of_days_just_named():
    got = values("talks on January 9th and 10th, a council meeting on the 12th", "2021-12-30")
    assert got[-1] == ("on the 12th", "2022-01-12"), got


def test_weekday_in_apposition_to_the_day_just_named():
    got = values("It is embargoed until tomorrow, Friday, 6:00 a.m.", "2021-09-23")
    assert got == [("tomorrow", "2021-09-24"), ("Friday", "2021-09-24")], got


def test_untensed_month_takes_the_year_the_document_gave_it_elsewhere():
    filler = " We talked about many other things at length, none of them dated." * 12
    text = ("It answers the executive order I mentioned from February." + filler
            + " It is a product of the executive order from February.")
    got = values(text, "2021-10-21")
    assert got == [("from February", "2021-02"), ("from February", "2021-02")], got
    # without the tensed mention the nearest February is taken
    assert values("It is a product of the executive order from February.", "2021-10-21") == \
        [("from February", "2022-02")]


def test_holiday_weekend_grains_and_weekdays():
    # Sunday holiday: its own ISO week's weekend; Monday holiday: the weekend before it;
    # Thursday (Thanksgiving): the weekend after it, same ISO week
    r = one("going into the Fourth of July weekend", dt.date(2021, 7, 1))
    assert (r.value, r.grain, r.first_day, r.last_day) == ("2021-W26-WE", "weekend", "2021-07-03", "2021-07-04")
    assert one("over Memorial Day weekend", dt.date(2023, 5, 20)).first_day == "2023-05-27"
    assert one("over Thanksgiving weekend", dt.date(2023, 11, 20)).value == "2023-W47-WE"


def test_bare_holiday_weekend_needs_a_holiday_close_by():
    # Juneteenth 2022 fell on a Sunday: "a long holiday weekend" said on the Tuesday after
    assert one("We are coming off a long holiday weekend.", dt.date(2022, 6, 21)).value == "2022-W24-WE"
    # no holiday within days of the briefing: "the holiday weekend" names nothing we can place
    assert resolve_phrase("Enjoy the holiday weekend.", dt.date(2022, 3, 10)) == []


def test_holiday_days_away_is_this_years_despite_a_stray_ed_word():
    r = one("As we prepare to celebrate Independence Day, I remind the unvaccinated", dt.date(2021, 7, 1))
    assert r.value == "2021-07-04"
    # a clear past clause about a holiday months back is last year's
    assert one("We celebrated Independence Day with the troops.", dt.date(2021, 2, 10)).value == "2020-07-04"


# "this coming weekend" on every weekday: the first weekend not yet begun (Mon 2025-01-06 .. Sun 01-12)
@pytest.mark.parametrize("offset", range(7))
def test_coming_weekend_on_every_weekday(offset):
    day = dt.date(2025, 1, 6) + dt.timedelta(offset)
    want = "2025-W02-WE" if offset < 5 else "2025-W03-WE"
    for phrase in ("We go to Rome this coming weekend.", "We go to Rome over the coming weekend."):
        assert one(phrase, day).value == want, (phrase, day)
    assert one("We go to Rome next weekend.", day).value == "2025-W03-WE"
    assert one("We go to Rome this weekend.", day).value == "2025-W02-WE"


# a date naming a past event, on and off its anniversary
@pytest.mark.parametrize("text,day,value", [
    ("whatever role he may have played in January 6th?", "2025-01-06", "2021-01-06"),
    ("Q    On the -- on January 6th.  So, I just wondered", "2025-01-06", "2021-01-06"),
    ("the January 6th committee will meet", "2022-01-06", "2021-01-06"),
    ("It’s January 4th and that report has not come out yet.", "2022-01-04", "2022-01-04"),
    ("So, given that Title 42 is ending on May 11th, why", "2023-05-11", "2023-05-11"),
    ("the people who made this thing happen on January 6th", "2021-12-15", "2021-01-06"),
    ("Dow Jones said it extended its offer until 5 p.m. EST Nov. 9.", "1989-11-02", "1989-11-09"),
    ("similar to what you saw in the November ceasefire deal", "2024-08-16", "2023-11"),
])
def test_dates_naming_past_events(text, day, value):
    assert one(text, dt.date.fromisoformat(day)).value == value


def test_own_weekday_continues_a_run_of_the_coming_week():
    # a Friday preview of next week: "On Friday" after "On Wednesday" is next week's Friday
    text = ("Here's the schedule next week. On Wednesday, the President will deliver remarks.\n\n"
            "And on Friday, the President will deliver remarks on the economy.")
    assert values(text, "2021-05-28")[-1] == ("on Friday", "2021-06-04")
    # no run before it: the briefing's own day
    assert values("And on Friday, the President will deliver remarks.", "2021-05-28") == [("on Friday", "2021-05-28")]
    # a bare weekday correcting a greeting is no schedule item
    assert values("Happy Monday. Q Tuesday. Is it Tuesday?", "2023-05-16")[1][1] != "2023-05-23"


def test_holiday_weekend_days_away_is_the_coming_one_whatever_the_tense():
    text = "we know that there's been a lot of inquiry on Memorial Day weekend and the gas prices"
    assert ("on Memorial Day weekend", "2021-W21-WE") in values(text, "2021-05-28")
    # weeks away, a past clause still means the last one
    assert ("on Memorial Day weekend", "2020-W21-WE") in values(text, "2021-04-20")


def test_weekday_a_day_or_two_ahead_without_clause_tense_is_the_coming_one():
    past_doc = ("The law was signed in November. It happened then. We met them and they agreed. "
                "Q On the McCarthy meeting on Wednesday, Republicans say they want a path.")
    assert ("on Wednesday", "2023-02-01") in values(past_doc, "2023-01-31")
    # almost a week ahead: the document's past prior still decides
    assert ("on Wednesday", "2023-01-25") in values(past_doc, "2023-01-26")


def test_month_of_a_past_agreement_to_act_is_the_nearest():
    text = "there was an agreement to hold the U.S.-Mexico High Level Economic Dialogue in September."
    assert values(text, "2021-08-09") == [("in September", "2021-09")]
    # not "committed to by": the past clause's own month
    assert values("a timeline that was committed to by the prior administration in May.", "2021-06-30")[-1][1] == "2021-05"
    # a past clause without such a plan stays past
    assert values("The dialogue was held in September.", "2021-08-09") == [("in September", "2020-09")]


# A date written with its year elsewhere in the document gives that year to the same bare date
def _vals(text: str, date: dt.date) -> dict:
    return {r.text: r.value for r in resolve_phrase(text, date)}


def test_date_written_with_year_gives_year_to_bare_date_despite_tense():
    got = _vals("It takes effect after June 14th, 2021.  If I understood right, the impacts don't "
                "go into effect until June 14th.", dt.date(2021, 4, 15))
    assert got["until June 14th"] == "2021-06-14"


def test_written_year_far_from_briefing_spares_a_date_near_it():
    # "January 6th, 2021" said on January 3rd, 2025: "January 6th" three days on is that week's
    got = _vals("What happened on January 6th, 2021 was a disgrace.  On January 6th, Congress "
                "certifies the vote.", dt.date(2025, 1, 3))
    assert got["On January 6th"] == "2025-01-06"
    # ... but a date far from the briefing is the one written with its year
    got = _vals("Look at January 6th, 2021.  The cases involving January 6th are hard.", dt.date(2024, 5, 17))
    assert got["January 6th"] == "2021-01-06"


def test_clear_future_clause_takes_no_written_past_year():
    got = _vals("On June 14th, 2020 we met.  We will meet again on June 14th.", dt.date(2021, 4, 15))
    assert got["on June 14th"] == "2021-06-14"


# Results reporting: "a year earlier" / "last year" beside a reported figure compares with the
# quarter being reported, however far back it was named -- unless another period (nine months,
# the fiscal year) was named since, or the quarter named was a forecast.
def test_year_earlier_figure_compares_with_the_reported_quarter_far_back():
    text = ("Savin Corp. reported a third-quarter net loss of $35.2 million. The company said the loss "
            "reflected charges for restructuring its operations, including a write-down of inventories "
            "and costs of closing plants in Europe and consolidating its distribution centers around "
            "the country, which it had announced in the summer. Revenue declined 8% to $85.7 million, "
            "from $93.3 million a year earlier.")
    assert values(text, "1989-11-02")[-1] == ("a year earlier", "1988-Q3")
    # no figure in its sentence, that far: the year
    far = text.replace("Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.",
                       "Things were calmer a year earlier.")
    assert values(far, "1989-11-02")[-1] == ("a year earlier", "1988")


def test_year_earlier_after_nine_months_is_no_quarter():
    text = ("Net rose in the third quarter. For the nine months, net was $254 million, up from "
            "$163 million a year earlier.")
    assert values(text, "1989-10-26")[-1] == ("a year earlier", "1988")


def test_last_year_compared_figure_is_the_year_ago_quarter():
    text = ("The unit posted third-quarter earnings of $24 million, after years of weak results in its "
            "group health insurance operations and heavy claims from the hurricane season in the South, "
            "compared with a loss of $3 million last year.")
    assert values(text, "1989-11-02")[-1] == ("last year", "1988-Q3")
    # "last year" as the time of an act, not a compared figure: the year
    plain = text.replace("compared with a loss of $3 million last year",
                         "a threat from the firm, which last year had 41% of sales")
    assert values(plain, "1989-11-02")[-1] == ("last year", "1988")


def test_forecast_quarter_is_no_anchor_of_a_year_ago_comparison():
    text = ("Bethlehem posted a drop in third-quarter profit. Analysts expect the trend to continue "
            "into the fourth quarter and the third quarter of 1990. In the year-ago period, "
            "Bethlehem earned $101.4 million.")
    assert values(text, "1989-10-26")[-1] == ("the year-ago period", "1988-Q3")


def test_capability_targets_counted_from_an_event_are_no_calendar_days():
    # a list of targets, one of them anchored to the event: none counts from the briefing
    text = ("Two, launching diagnostics for any new pathogen within 12 hours of an outbreak, scaling to "
            "tens of thousands of diagnostic tests within a week, and developing rapid tests within 90 days.")
    assert values(text, "2022-10-17") == []
    text = ("Three, developing novel vaccines within 100 days, manufacturing enough vaccine to cover the "
            "U.S. population within 130 days, and working with partners on supply within 200 days.")
    assert values(text, "2022-10-17") == []
    # an upper bound ("or less") is a capability, not a day
    assert values("the therapeutics in 180 days or less.", "2022-10-17") == []
    assert values("they typically resolve within a day or two of vaccination.", "2021-02-19") == []
    # a single deadline of an act ordered today is a day
    assert values("It directs the government to send the President a report in 200 days on how to "
                  "modernize.", "2021-06-03") == [("in 200 days", "2021-12-20")]
    assert values("The report is due within 90 days.", "2022-10-17") == [("within 90 days", "2023-01-15")]


def test_day_of_month_restated_is_the_same_day():
    text = ("We have, on the 15th, the Strategic Consultative Group.  That will be a very detailed "
            "discussion between our national security teams on the 15th.  And then the following week, "
            "the Prime Minister will be here.")
    assert values(text, "2024-07-04") == [("on the 15th", "2024-07-15"), ("on the 15th", "2024-07-15"),
                                          ("the following week", "2024-W30")]


def test_days_later_counts_from_a_date_named_outright_only():
    assert values("They passed their plan on April 26th.  Five days later, the President sat down with "
                  "the leaders.", "2023-05-23")[-1] == ("Five days later", "2023-05-01")
    # after a bare weekday or today: no anchor
    assert [v for t, v in values("The talks are on Monday, the council two days later.", "2021-12-29")
            if t == "two days later"] == []
    assert [v for t, v in values("The vote count is out today.  But three days later, patience is running "
                                 "out.", "2024-07-31") if t == "three days later"] == []
    assert [v for t, v in values("If the family fails to file an appeal within 14 days, the soonest he would "
                                 "be free to leave would be seven days later.", "2000-06-01")
            if t == "seven days later"] == []


def test_later_in_the_afternoon_skips_past_days_named_in_passing():
    text = ("The meeting tomorrow will be about 1 o'clock.  We just met here yesterday with the families, "
            "an ordeal which has gone on since October 7.  Of course, the Vice President will have a meeting "
            "later in the afternoon, here at the White House.")
    assert values(text, "2024-07-24")[-1] == ("later in the afternoon", "2024-07-25")


def test_durations_said_to_count_from_now_are_no_targets():
    got = values("Do you agree that in a month’s time, in two months’ time, Ukraine could lose the war?",
                 "2024-02-27")
    assert ("2024-03") in [v for _, v in got], got
