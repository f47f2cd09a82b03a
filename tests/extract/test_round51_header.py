"""Rounds 51-54's date and place forms, written anew: a summons' dateline with a speck before the
place, a task sentence that runs on over a page's footer and the next page's header, a free
cancellation "t.o.m." a day, a doubtful kommun name after a role with a speck ending the line, and
(round 56) a press release whose body "föreslog i onsdags" while the council decides later."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def _kinds(doc):
    return {(d.text, d.date, d.kind) for d in doc.dates}


def test_a_summons_dateline_with_a_speck_before_its_place():
    doc = run(
        "Kultur- och fritidsnämnden\tKALLELSE\nSimrishamns kommun\n\nKallelse till sammanträde\n\n"
        "Tid\tTorsdagen den 11 juni 2026, kl. 18.00\nPlats\tRådhuset, sessionssalen\n\n"
        "1. Val av justerare\n2. Godkännande av dagordning\n\n"
        "Handlingarna finns i läsplattan från och med onsdag 3 juni. Förhinder anmäls senast tisdag 9 juni.\n\n"
        ": Simrishamn den 28 maj 2026\n\nEva Ek (S)\nOrdförande\n"
    )
    assert ("den 28 maj 2026", dt.date(2026, 5, 28), "other") in _kinds(doc)
    assert ("onsdag 3 juni", dt.date(2026, 6, 3), "event") in _kinds(doc)


def test_a_task_sentence_running_on_over_the_page_furniture():
    page = "Tomelilla kommun Kommunstyrelsens arbetsutskott 2026-03-03\n\n"
    foot = "\n\nJusterandes signatur Utdragsbestyrkande\n"
    doc = run(
        page + "§ 19 Dagordning\nArbetsutskottet beslutar att godkänna dagordningen.\n\n§ 20 Internkontroll\n"
        "Kommunens revisorer har granskat inköpen. Två av tio kontroller visar brister i rutinerna\n"
        "för direktupphandling och i hur avtalen följs upp.\nArbetsutskottets beslut\natt lägga uppföljningen till handlingarna,\n"
        "att ge kommundirektören i uppdrag att ta fram en plan för inköpen" + foot,
        page + "till arbetsutskottets sammanträde den 5 maj 2026.\n\n§ 21 Övrigt\nArbetsutskottet beslutar att lägga "
        "informationen till handlingarna." + foot,
    )
    assert ("den 5 maj 2026", dt.date(2026, 5, 5), "deadline") in _kinds(doc)


def test_a_free_cancellation_up_to_a_day_is_a_deadline():
    doc = run(
        "INBJUDAN\nUtbildningsförvaltningen, Bollnäs kommun\n\nLärardag om läsning\n\n"
        "Datum\tTorsdagen den 19 november 2026\nTid\t8.30–16.00\nPlats\tFolkets hus\n\n"
        "Avgiften är 500 kronor. Avanmälan är kostnadsfri t.o.m. 12/11, därefter debiteras full avgift.\n"
    )
    assert ("12/11", dt.date(2026, 11, 12), "deadline") in _kinds(doc)


def test_a_doubtful_kommun_after_a_role_with_a_speck_ending_the_line():
    doc = run(
        "Ludvika kommun\n\nMinnesanteckningar\nNätverket för studiehandledning\nTorsdag 9 oktober 2025, kl. 13.00-16.00\n\n"
        "Närvarande\nAnna Berg\trektor, Borlänge\nOmar Said\tmodersmålslärare, Säter i\nEva Lind\tadministratör, Ludvika\n\n"
        "1. Läget i kommunerna\nAlla berättade.\n"
    )
    assert "Säter" in {m.normalized for m in doc.mentions if m.kind == "municipality"}


def test_a_press_release_reports_the_proposal_of_last_wednesday_not_the_councils_day_to_come():
    doc = run(
        "Motala kommun\nPressmeddelande\t2025-11-21\n\nSkolan i Borensberg byggs ut\n"
        "Barn- och utbildningsnämnden i Motala föreslog i onsdags att Borensbergs skola byggs ut med sex klassrum.\n"
        "Beslutet fattades enhälligt, och det slutliga beslutet tas av kommunfullmäktige den 15 december.\n"
        "– Vi behöver fler platser, säger Eva Ek (S), ordförande i barn- och utbildningsnämnden.\n"
    )
    assert doc.meeting_date == dt.date(2025, 11, 19)
    assert doc.organ == "Barn- och utbildningsnämnden"
