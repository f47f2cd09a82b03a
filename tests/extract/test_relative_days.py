"""A weekday said relatively ("beslutade i tisdags") is a date expression of its own: resolved from
the day the text was written (a press release's dateline, the meeting for minutes), and one with
its date beside it ("i onsdags, den 4 juni", "i tisdags (2016-04-12)") is that date's expression."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run

HEAD = "PRESSMEDDELANDE\t2023-10-12\nStorumans kommun\n\nNytt skolskjutsreglemente\n"


def _dated(doc):
    return [(d.text, d.date, d.kind) for d in doc.dates]


def test_a_relative_weekday_in_a_press_release_is_its_meeting_date_entry():
    doc = run(HEAD + "Kommunstyrelsen i Storuman beslutade i tisdags att anta ett nytt reglemente.\n")
    assert ("i tisdags", dt.date(2023, 10, 10), "meeting") in _dated(doc)


def test_a_relative_weekday_beside_the_date_it_names_is_one_entry():
    doc = run(HEAD + "Kommunstyrelsen beslutade i tisdags, den 10 oktober, att anta ett nytt reglemente.\n")
    assert [d for d in _dated(doc) if d[1] == dt.date(2023, 10, 10)] == [("den 10 oktober", dt.date(2023, 10, 10), "meeting")]


def test_a_relative_weekday_in_minutes_is_read_from_the_meeting_day():
    doc = run(
        "MINNESANTECKNINGAR\nRektorsgruppen, Storumans kommun\nDatum: 2023-10-12\n\n"
        "1. Skolskjuts\nReglementet som kommunstyrelsen antog i måndags gäller från terminsstarten.\n"
    )
    assert ("i måndags", dt.date(2023, 10, 9), "reference") in _dated(doc)


def test_without_a_dateline_a_press_release_gives_no_relative_day():
    doc = run("Storumans kommun\n\nNytt skolskjutsreglemente\nKommunstyrelsen beslutade i tisdags att anta ett reglemente.\n")
    assert not [d for d in doc.dates if d.text == "i tisdags"]
