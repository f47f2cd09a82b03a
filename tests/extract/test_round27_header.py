"""Header forms of the final held-out rounds 27-29, written anew in other words: a speck after "kl."
with the time on the next line, a room's name wrapped with the date after it, a group meeting's time
in brackets after the meeting's, a cell rule before the place, and a place in lower case with its room."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run

TAIL = "\n\n§ 1 Val av justerare\nOlle Ek utses att justera.\n"


def test_a_speck_after_kl_with_the_time_on_the_next_line():
    doc = run(
        "PROTOKOLL . | 1/2\nHeby kommun Kommunstyrelsens arbetsutskott\n\nSammanträdesdatum: 2026-01-27\n\n"
        "Plats och tid Kommunhuset Heby, sammanträdesrum Tärnan, kl. |\n13.00-15.45\nOrdförande Lars Berg (S)" + TAIL
    )
    assert doc.location == "Kommunhuset Heby, sammanträdesrum Tärnan"


def test_a_rooms_name_wrapped_onto_the_line_of_the_date():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL 1 (3)\nHeby kommun\n\nBarn- och utbildningsnämnden\n\n"
        "Plats och tid Kommunhuset, Östra Storgatan 5, sammanträdesrum\nTärnan, onsdagen den 18 februari 2026 kl. 17.30-20.10\n" + TAIL
    )
    assert doc.location == "Kommunhuset, Östra Storgatan 5, sammanträdesrum Tärnan"
    assert doc.start_time == dt.time(17, 30)


def test_the_time_of_group_meetings_in_brackets_is_not_the_meetings():
    doc = run(
        "Heby kommun\tDatum 2026-03-11\n\nKALLELSE\n\nBarn- och utbildningsnämnden kallas till sammanträde.\n\n"
        "Dag: Torsdagen den 19 mars 2026\nTid: 18.00 (gruppmöten från kl. 17.00)\nPlats: Kommunhuset, sal Tärnan\n\n"
        "Föredragningslista\n1. Val av justerare\n"
    )
    assert doc.start_time == dt.time(18, 0)


def test_a_cell_rule_before_the_place_and_a_place_in_lower_case_with_its_room():
    ruled = run(
        "Minnesanteckningar\nHeby kommun\n\nRektorsgruppen\n"
        "Torsdag 13 november 2025, kl. 13.00-16.00 | Kommunhuset Heby, rum Tärnan\n\nDeltagare: Anna Berg, rektor\n"
    )
    assert ruled.location == "Kommunhuset Heby, rum Tärnan"
    lower = run(
        "Minnesanteckningar\nHeby kommun\n\nLedningsgruppen\n"
        "Tisdag 10 mars 2026, kl. 13.00-15.30, förvaltningens konferensrum, Östervåla\n\nNärvarande: Anna Berg, rektor\n"
    )
    assert lower.location == "förvaltningens konferensrum, Östervåla"
