"""Rounds 39-42's header, date and place forms, written anew: a meeting date whose month OCR put
past a blank line and a speck, a "PLATS OCH TID:" label with a speck after it, a lower-case place
with a named room after the time, an inbjudan whose letterhead has the kommun first and the office
second, and a task's "till den …" as its due date."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_summons_date_whose_month_ocr_put_past_a_blank_line_and_a_speck():
    doc = run(
        "Malå kommun\t2025-11-10\n\nKallelse\nUtbildningsnämnden\n"
        "Ledamöter kallas och ersättare underrättas om sammanträde onsdagen den 19\n\n"
        "' november 2025 kl. 13.00 i kommunhusets sammanträdesrum Skellefteälven.\n\n1. Val av justerare\n"
    )
    assert doc.meeting_date == dt.date(2025, 11, 19)


def test_an_upper_case_place_and_time_label_with_a_speck_after_it():
    doc = run(
        "ARJEPLOGS KOMMUN Sida 1 av 1\nKommunstyrelsens arbetsutskott\n\n2025-09-08\nSammanträdesprotokoll\n"
        "PLATS OCH TID: -: Kommunhuset, sammanträdesrum Hornavan, måndagen den 8 september\n2025, kl 09.00-11.00\n"
        "BESLUTANDE: Per Ek (S), ordf.\n\n§ 101 Dagordning\nArbetsutskottet beslutar att godkänna dagordningen.\n"
    )
    assert doc.location == "Kommunhuset, sammanträdesrum Hornavan"


def test_a_lower_case_place_with_a_named_room_after_the_time():
    doc = run(
        "Utbildningsförvaltningen Minnesanteckningar\n\nÅsele kommun\n\nLedningsgrupp skola\n"
        "Tisdag 3 februari 2026, kl. 09.00-11.30, kommunhuset, rum Ångermanälven\n\n"
        "Närvarande\nEva Berg, skolchef\n\n1. Budget\nEva informerade.\n"
    )
    assert doc.location == "kommunhuset, rum Ångermanälven"


def test_an_inbjudan_under_a_letterhead_with_the_kommun_first():
    doc = run(
        "                                        Inbjudan\n"
        "    Sorsele kommun                 Barn- och utbildningsförvaltningen\n\n"
        "Matematikdagen i Lappland – en dag om undervisning i\nförskoleklass och skola\n"
        "Välkommen till en dag för lärare i Sorsele, Storuman och Arjeplog.\n\n"
        "Tid: onsdagen den 15 april 2026, kl. 09.00-15.00\nPlats: Folkets hus, Sorsele\n"
    )
    assert doc.title == "Matematikdagen i Lappland – en dag om undervisning i förskoleklass och skola"


def test_a_task_to_be_done_till_a_day_has_that_day_as_its_deadline():
    doc = run(
        "MINNESANTECKNINGAR\nRektorsgruppen, Malå kommun\nDatum: 2026-02-12\n\n2. Fortbildning\n"
        "Lena sammanställer önskemålen om kurser till den 6 mars.\n"
    )
    assert (dt.date(2026, 3, 6), "deadline") in [(d.date, d.kind) for d in doc.dates]
