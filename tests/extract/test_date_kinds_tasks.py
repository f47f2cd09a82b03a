"""Date kinds and values around tasks and moved meetings: a task line's date is its due date, a
report's date before a body is a deadline, a date something happens "after" is not, a decision's
numbered points each say their own thing, a moved meeting gives two dates, and a year-less date
lies ahead of the meeting rather than far behind it."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run

PROTOCOL = (
    "PROTOKOLL\nBarn- och utbildningsnämnden\nSammanträdesdatum 2025-03-12\n\n"
    "§ 14 Skolorganisation i Norrby\nDnr BUN 2025/31\n\n"
)
NOTES = "MINNESANTECKNINGAR\nLedningsgruppen förskola, Storfors kommun\nDatum: 2025-03-12\n\n"


def _kinds(doc) -> dict[dt.date, str]:
    return {d.date: d.kind for d in doc.dates}


def test_a_task_line_gives_its_date_as_a_due_date():
    doc = run(NOTES + "2. Lokaler\nUppdrag: Karin och Olle gör en lokalinventering till ledningsgruppen den 9 april.\n")
    assert _kinds(doc)[dt.date(2025, 4, 9)] == "deadline"


def test_an_action_line_with_klart_gives_a_due_date():
    doc = run(NOTES + "3. Schema\nAtt göra: Sofia sammanställer schemat. Klart till 28/3.\n")
    assert _kinds(doc)[dt.date(2025, 3, 28)] == "deadline"


def test_klar_inside_a_sentence_about_a_building_is_no_due_date():
    doc = run(NOTES + "4. Ombyggnad\nMatsalen byggs om och är klar till terminsstarten den 18 augusti.\n")
    assert _kinds(doc)[dt.date(2025, 8, 18)] == "event"


def test_a_report_due_before_the_board_is_a_deadline():
    doc = run(PROTOCOL + "En plan för skolskjutsen tas fram och redovisas vid nämndens sammanträde den 4 juni 2025.\n")
    assert _kinds(doc)[dt.date(2025, 6, 4)] == "deadline"


def test_a_report_as_of_a_day_stays_a_reference():
    doc = run(PROTOCOL + "Ekonomen redovisar utfallet per den 28 februari 2025.\n")
    assert _kinds(doc)[dt.date(2025, 2, 28)] == "reference"


def test_a_cancellation_charged_after_a_day_is_a_deadline():
    doc = run(
        "INBJUDAN\nStorfors kommun\n2025-02-10\n\nTemadag om läsning torsdag 20 mars 2025\n"
        "Anmäl dig senast 7/3. Vid avbokning efter 12/3 debiteras 300 kronor.\n"
    )
    assert _kinds(doc)[dt.date(2025, 3, 12)] == "deadline"


def test_what_happens_after_a_day_in_a_task_sentence_is_not_its_deadline():
    doc = run(
        PROTOCOL + "Arbetsutskottet beslutar\natt uppdra åt tekniska chefen att förbereda upphandlingen, "
        "så att avtal kan tecknas efter kommunfullmäktiges sammanträde den 28 april 2025.\n"
    )
    assert _kinds(doc)[dt.date(2025, 4, 28)] == "event"


def test_a_numbered_point_of_a_decision_does_not_lend_its_task_to_the_point_before():
    doc = run(
        PROTOCOL + "Barn- och utbildningsnämnden beslutar att\n"
        "1. årskurs 7-9 flyttas till Centralskolan från och med den 1 augusti 2025,\n"
        "2. ge förvaltningschefen i uppdrag att informera vårdnadshavarna.\n"
    )
    assert _kinds(doc)[dt.date(2025, 8, 1)] == "event"


def test_a_moved_meeting_gives_two_dates_not_a_range():
    doc = run(PROTOCOL + "Nämnden beslutar att flytta sammanträdet den 13 maj till torsdagen den 15 maj 2025.\n")
    moved = [(d.date, d.date_end) for d in doc.dates if d.date and d.date.month == 5]
    assert moved == [(dt.date(2025, 5, 13), None), (dt.date(2025, 5, 15), None)]


def test_a_period_with_till_is_still_a_range():
    doc = run(PROTOCOL + "Avtalet gäller från den 1 juli 2025 till den 30 juni 2027.\n")
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2025, 7, 1), dt.date(2027, 6, 30))]


def test_a_year_less_autumn_date_in_spring_minutes_is_this_autumn():
    doc = run(NOTES + "5. Studiedagar\nBeslut: Gemensamma studiedagar läggs 23-24 oktober.\n")
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2025, 10, 23), dt.date(2025, 10, 24))]


def test_a_year_less_december_date_in_january_minutes_is_last_december():
    doc = run(
        "MINNESANTECKNINGAR\nRektorsgruppen, Storfors kommun\nDatum: 2025-01-15\n\n"
        "1. Föregående anteckningar\nAnteckningarna från 11/12 godkändes.\n"
    )
    assert dt.date(2024, 12, 11) in _kinds(doc)


def test_a_speck_glued_before_a_labelled_date_leaves_the_date():
    doc = run(
        "PROTOKOLLSUTDRAG\nKommunstyrelsen\nSammanträdesdatum 2025-03-12\n\n§ 41 Skolskjuts\nDnr KS 2025/7\n"
        "Beslut\nKommunstyrelsen antar reglementet.\n\nJusteringsdag 2025-03-14\nUtdragsdatum =<092025-03-17\n"
    )
    assert _kinds(doc)[dt.date(2025, 3, 17)] == "other"
