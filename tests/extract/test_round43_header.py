"""Rounds 43-46's date forms, written anew: the meeting's full date printed only in a running
footer, a place that opens a line only because a sentence of prose wrapped onto it, and a place
after times that OCR joined with "=" instead of a dash."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def _dates(doc):
    return {(d.text, d.date, d.kind) for d in doc.dates}


def test_the_meeting_date_printed_only_in_a_running_footer_is_kept():
    doc = run(
        "Hylte kommun\n\nMinnesanteckningar - förskolechefer\nTisdag 4 mars 2025, kl. 13.00-15.00, Hyltebruks förskola\n\n"
        "Närvarande\nAnna Ek, förskolechef\nBo Lind, förskolechef\n\n1. Inskolning\nAnna berättade om vårens inskolning.\n\n"
        "2. Övrigt\nInga frågor.\n\nVid anteckningarna: Bo Lind\n\nMinnesanteckningar förskolechefer 2025-03-04 Sida 1 av 1\n"
    )
    assert ("2025-03-04", dt.date(2025, 3, 4), "meeting") in _dates(doc)


def test_a_page_number_in_a_running_header_stays_out():
    doc = run(
        "Hylte kommun\tPROTOKOLL 1/2\nBarn- och utbildningsnämnden\nSammanträdesdatum 2025-03-04\n\n"
        "§ 10 Budget\nNämnden beslutar att godkänna budgeten.\n\f"
        "Hylte kommun\tPROTOKOLL 2/2\nBarn- och utbildningsnämnden\nSammanträdesdatum 2025-03-04\n\n"
        "§ 11 Övrigt\nNämnden beslutar att lägga informationen till handlingarna.\n"
    )
    assert all(d.date.month != 2 or d.date.day != 2 for d in doc.dates)


def test_a_place_at_the_start_of_a_wrapped_line_of_prose_is_no_dateline():
    doc = run(
        "Hylte kommun\n\nMinnesanteckningar - rektorer\nOnsdag 10 september 2025, kl. 08.30-10.00, Örnaskolan\n\n"
        "Närvarande\nKarin Ström, skolchef\n\n1. Fortbildning\n"
        "Nätverket för matematiklyftet träffas igen under hösten. Nästa gemensamma träff blir i\n"
        "Halmstad den 22 oktober.\n\n2. Övrigt\nInga frågor.\n"
    )
    assert ("den 22 oktober", dt.date(2025, 10, 22), "event") in _dates(doc)


def test_a_dateline_of_place_and_date_under_the_signatures_stays_other():
    doc = run(
        "Hylte kommun\n\nProtokollsutdrag\nBarn- och utbildningsnämnden\nSammanträdesdatum 2025-09-10\n\n"
        "§ 40 Läsårstider\nNämnden beslutar att fastställa läsårstiderna.\n\nUtdragsbestyrkande\n"
        "Halmstad 2025-09-12\nEva Ek, nämndsekreterare\n"
    )
    assert ("2025-09-12", dt.date(2025, 9, 12), "other") in _dates(doc)


def test_a_place_after_times_joined_by_an_equals_sign_that_ocr_made_of_a_dash():
    doc = run(
        "Storumans kommun\n\nMinnesanteckningar\n\nLedningsgrupp förskola\n"
        "Torsdag 5 februari 2026, kl. 09:00=11:30; Förvaltningshuset, rum Gardiken\n\n"
        "Närvarande: Lena Öst, förskolechef\n\n1. Barngrupper\nLena informerade.\n"
    )
    assert doc.location == "Förvaltningshuset, rum Gardiken"
