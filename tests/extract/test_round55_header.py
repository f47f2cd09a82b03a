"""Rounds 55-58's date and place forms, written anew: questions e-mailed "fram till" a day, a
"från och med" day before the meeting, logos whose kommun lost its first letter and the k of
"kommun" or a letter in the gap OCR made, and a village named after a compass point."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def _kinds(doc):
    return {(d.text, d.date, d.kind) for d in doc.dates}


def _kommuner(doc):
    return {m.normalized for m in doc.mentions if m.kind == "municipality"}


PROTOCOL = "Barn- och utbildningsnämnden\nSammanträdesdatum 2026-03-18\n\n"


def test_questions_mailed_up_to_a_day_is_a_deadline():
    doc = run(
        "Tranås kommun\nPressmeddelande\t2025-11-21\n\nNy skola i Gripenberg\n"
        "Barn- och utbildningsnämnden beslutade i onsdags att bygga en ny skola. Ett informationsmöte hålls "
        "tisdagen den 2 december. Frågor kan mejlas till förvaltningen fram till den 12 december.\n"
    )
    assert ("den 12 december", dt.date(2025, 12, 12), "deadline") in _kinds(doc)


def test_a_day_from_which_something_applies_before_the_meeting_is_an_event():
    doc = run(
        "Tanums kommun\n" + PROTOCOL + "§ 14 Interkommunal ersättning\nDnr BUN 2026/3\n\n"
        "Beslut\nBarn- och utbildningsnämnden beslutar att fastställa ersättningen enligt bilaga att gälla "
        "från och med den 1 januari 2026.\n"
    )
    assert ("den 1 januari 2026", dt.date(2026, 1, 1), "event") in _kinds(doc)


def test_a_logo_that_lost_the_first_letter_and_the_k_of_kommun():
    doc = run("NS jusdals ommun Kommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-02-10\n\n§ 5 Budget\n"
              "Arbetsutskottet beslutar att godkänna budgeten. Bollnäs kommun har yttrat sig.\n")
    assert doc.municipality == "Ljusdal"


def test_a_logo_that_lost_a_letter_before_a_one_letter_tail():
    doc = run("b Sammanträdesprotokoll 1 (2)\nVänn s kommun Kommunstyrelsens arbetsutskott 2026-01-13\n\n"
              "§ 3 Budget\nArbetsutskottet beslutar att godkänna budgeten. Umeå kommun har yttrat sig.\n")
    assert doc.municipality == "Vännäs"


def test_a_village_named_after_a_compass_point_is_not_the_kommun():
    doc = run(
        "Klippans kommun\n" + PROTOCOL + "§ 27 Förskolelokaler\n"
        "Eva Ek (S) yrkar att förskolan i Västra Ljungby ska ingå i utredningen.\n\nBeslut\n"
        "Nämnden beslutar att bifalla förslaget.\n"
    )
    assert "Ljungby" not in _kommuner(doc)
