"""purpose.py: what an amount of money is for ("$650 million in security assistance to
Ukraine", "a $60 million security assistance package for Ukraine"), with its must-not-match
cases; and that a commitment carries it."""
from __future__ import annotations

import pytest

from agendactl import purpose
from agendactl.document import read_text
from agendactl.pipeline import extract


@pytest.mark.parametrize("example", purpose.EXAMPLES, ids=[e[0][:40] for e in purpose.EXAMPLES])
def test_example(example):
    purpose.check_example(example)


@pytest.mark.parametrize("example", purpose.NEGATIVES, ids=[e[0][:40] for e in purpose.NEGATIVES])
def test_negative(example):
    purpose.check_negative(example)


def test_commitment_carries_the_purpose():
    text = ("MS. PSAKI:  Good afternoon.\n\n"
            "We have committed $650 million in security assistance to Ukraine this year.\n")
    res = extract(read_text(text, "t.txt"), "2021-08-30")
    got = [c for c in res.commitments if c.quantity == 650_000_000]
    assert got and got[0].purpose == "security assistance to Ukraine"
