"""Header and date forms met in held-out round 15, written anew in other words: a page number "1/2"
after the document type, specks before a label and in place of its value, "Sammanträdesdag" (no
weekday), "ansökningstiden går ut", "uppdra till", a row of values under a row of labels, a press
headline wrapped after "i", a title's spaced dash."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_page_number_after_the_document_type_is_not_the_meeting_date():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL 1/2\n\n(e) Lysekils kommun Kommunstyrelsen -: 2025-06-11\n\n"
        "Plats och tid Stadshuset, kl. 09:00 - 14:50\n\n§ 80 Val av justerare\n"
        "Sommarlovet är 16 juni – 8 augusti.\n"
    )
    assert doc.meeting_date == dt.date(2025, 6, 11)
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2025, 6, 16), dt.date(2025, 8, 8))]


def test_specks_before_a_label_and_in_place_of_its_value():
    kallelse = run(
        "KALLELSE\n\nVv) Marks kommun 2025-11-26\n\nKultur- och fritidsnämnden kallas till sammanträde\n\n"
        "Datum Tisdag 9 december 2025\n. Tid 18.30\n\n\" Plats Kinnahemmet, sal Viskan\nOrdförande Eva Ek (M)\n"
    )
    protokoll = run(
        "PROTOKOLL Sida 1 av 3\nHofors kommun Barn- och utbildningsnämnden 22 oktober 2025\n\n"
        "Plats och tid E\nKommunhuset, sal Hammaren, onsdagen den 22 oktober 2025 kl.\n"
        "13.30-16.10.\n\nLedamöter\n"
    )
    assert (kallelse.start_time, kallelse.location) == (dt.time(18, 30), "Kinnahemmet, sal Viskan")
    assert protokoll.location == "Kommunhuset, sal Hammaren"


def test_sammantradesdag_is_a_label_not_a_weekday():
    doc = run(
        "PROTOKOLLSUTDRAG 1(1)\nKarlshamns kommun\nNämnd Barn- och ungdomsnämnden\n"
        "Sammanträdesdag 2025-04-09\nÄrende 12\n\n§ 41 Skolskjuts\nÄrendenummer BUN 2025:12\n"
    )
    assert doc.location is None
    assert doc.meeting_date == dt.date(2025, 4, 9)


def test_closing_applications_and_uppdra_till_give_deadlines():
    doc = run(
        "PROTOKOLL 2025-04-09\nBarn- och ungdomsnämnden\n§ 41 Skolorganisation\nBeslut\n"
        "Barn- och ungdomsnämnden beslutar\natt uppdra till förvaltningschefen att utreda skolskjutsen och\n"
        "redovisa resultatet till nämnden den 10 september 2025,\n"
        "att godkänna förslaget.\n\nAnsökningstiden går ut den 30 april.\n"
    )
    kinds = {d.date: d.kind for d in doc.dates}
    assert kinds[dt.date(2025, 9, 10)] == "deadline"
    assert kinds[dt.date(2025, 4, 30)] == "deadline"


def test_a_date_in_a_row_of_values_under_a_row_of_labels():
    doc = run(
        "PROTOKOLLSUTDRAG\nBarn- och ungdomsnämnden\nSammanträdesdag 2025-04-09\n\n§ 41 Skolskjuts\nBeslut\n"
        "Nämnden beslutar att godkänna avtalet.\n\n"
        "Justerare Justeringsdatum Rätt utdraget intygar\nOla Berg 15/4 2025 Eva Ek, sekreterare\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 4, 15)] == ["other"]


def test_a_press_headline_wrapped_after_i_and_a_spaced_dash_in_a_title():
    press = run(
        "PRESSMEDDELANDE\t2025-09-24\nGagnefs kommun\n\nFler fritidsledare på skolorna i\nGagnef\n"
        "Barn- och utbildningsnämnden beslutade vid sitt sammanträde tisdagen den 23 september att anställa fler.\n"
    )
    notes = run("Rektorsgruppen förskolan - anteckningar\nTisdag 18 november 2025 kl 13.00-15.00\n\n1. Inledning\n")
    assert press.title == "Fler fritidsledare på skolorna i Gagnef"
    assert notes.title == "Rektorsgruppen förskolan – anteckningar"
