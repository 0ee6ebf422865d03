"""Property tests: random text mixed with date words never raises, offsets index the input,
first_day <= last_day, and every value is well formed for its grain."""
from __future__ import annotations

import datetime as dt

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from agendactl.resolve import resolve_phrase

WORDS = ["on", "in", "the", "next", "last", "this", "coming", "past", "Wednesday", "Friday",
         "tomorrow", "today", "yesterday", "December", "May", "March", "July", "5", "6", "19th",
         "and", "to", "-", "2017", "1950", "1990s", "week", "weekend", "month", "year", "quarter",
         "third", "summer", "ago", "away", "seven", "months", "years", "two", "weeks", "from",
         "following", "day", "that", "evening", ",", ".", "\n", "will", "agreed", "We", "Sun",
         "Christmas", "the 20th century", "a year ago", "Q3", "H2", "2:30", "p.m.", "'90s"]

VALUE = {
    "day": r"\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?",
    "week": r"\d{4}-W\d\d",
    "weekend": r"\d{4}-W\d\d-WE",
    "month": r"\d{4}-\d\d",
    "quarter": r"\d{4}-Q[1-4]",
    "half": r"\d{4}-H[12]",
    "season": r"\d{4}-(?:SP|SU|FA|WI)",
    "year": r"\d{4}",
    "decade": r"\d{3}",
    "century": r"\d{2}",
}

text_st = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=30).map(" ".join)
date_st = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2090, 10, 31))


@settings(max_examples=300, deadline=None)
@given(text_st, date_st)
def test_random_text(text, date):
    for r in resolve_phrase(text, date):
        assert text[r.start:r.end] == r.text
        assert r.first_day <= r.last_day
        assert r.grain in VALUE, r.grain
        assert regex.fullmatch(VALUE[r.grain], r.value), (r.grain, r.value)
        if r.grain == "day":
            assert r.value.split("/")[0] == r.first_day and r.value.split("/")[-1] == r.last_day
