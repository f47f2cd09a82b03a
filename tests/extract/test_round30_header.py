"""Rounds 30-34's header, date and place forms, written anew: labels with specks after them, a
"Sammanträdets plats" label, a place after the time in a line that names the document, a logo
whose "kommun" lost its first letter and its initial stands apart, a compound organ split at its seam, a title after a bare
INBJUDAN, an accent OCR set on a capital E, a month name with one letter misread, a date at the
end of a signature line."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def _dates(doc):
    return [(d.date, d.date_end, d.kind) for d in doc.dates]


def test_specks_between_a_label_and_its_value():
    doc = run(
        "PROTOKOLL 1(2)\nKommunstyrelsens arbetsutskott\n\n"
        "Sammanträdesdatum ';:onsdag 4 mars 2026, kl. 08.30-11.00\n\nPlats ' Stadshuset i Kil, rum Fryken\n\n"
        "§ 12 Skolskjuts\nArbetsutskottet beslutar att anta reglerna.\n"
    )
    assert doc.meeting_date == dt.date(2026, 3, 4)
    assert doc.location == "Stadshuset i Kil, rum Fryken"


def test_a_meetings_place_label():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-03-04\n\n"
        "Sammanträdets plats Rådhuset, Eda, lokal Glaskogen\nTid onsdag 4 mars 2026, kl. 09.00-11.30\n\n"
        "§ 12 Skolskjuts\nArbetsutskottet beslutar att anta reglerna.\n"
    )
    assert doc.location == "Rådhuset, Eda, lokal Glaskogen"


def test_a_place_after_the_time_in_a_line_that_names_the_notes():
    doc = run(
        "Edas kommun\n\nRektorsnätverket i Värmland\n\n"
        "Minnesanteckningar från nätverksmöte tisdagen den 10 mars 2026, kl. 09.00-12.00,\n"
        "Edaskolan, Charlottenberg\n\nDeltagare\nAnna Ek rektor Eda\n\n1. Läsårets planering\nAnna informerade.\n"
    )
    assert doc.location == "Edaskolan, Charlottenberg"


def test_a_logo_whose_kommun_lost_its_first_letter():
    doc = run(
        "xq MINNESANTECKNINGAR\nS imrishamns ommun Barn- och utbildningsförvaltningen\n\nRektorsgruppen\n"
        "Torsdag 5 mars 2026, kl. 08.15-11.00\n\n1. Frånvaro\nRektorerna jämförde med Krokom och Strömsund.\n"
    )
    assert doc.municipality == "Simrishamn"


def test_a_compound_organ_ocr_split_at_its_seam():
    doc = run(
        "PROTOKOLLSUTDRAG\nKommun fullmäktige\nSammanträdesdatum 2026-04-20\n\n"
        "§ 40 Svar på motion om skolmat\nFullmäktige beslutar att avslå motionen.\n"
    )
    assert doc.organ == "Kommunfullmäktige"


def test_the_event_under_a_bare_inbjudan_is_its_title():
    doc = run(
        "INBJUDAN          Arvika 2026-02-02\nArvika kommun\n\n"
        "Vårkonferensen 2026: Läsning för alla\nUtbildningsförvaltningen\n\n"
        "Välkommen till en dag om läsning torsdag 19 mars 2026 kl. 09.00-15.00 i Folkets hus.\n"
        "Anmäl dig senast 6/3.\n"
    )
    assert doc.title == "Vårkonferensen 2026: Läsning för alla"


def test_notes_headed_by_their_type_and_when_take_the_groups_name_as_title():
    doc = run(
        "Utbildningsförvaltningen\n\nSäters kommun\n\nLedningsgrupp grundskola\n\n"
        "Minnesanteckningar, onsdag 11 mars 2026, kl. 13.00-15.30\nPlats: Kommunhuset, Säter\n\n"
        "1. Budget\nLena redovisade läget.\n"
    )
    assert doc.title == "Ledningsgrupp grundskola"


def test_an_accent_ocr_set_on_a_capital_e_is_dropped_from_the_title():
    doc = run(
        "Nora kommun\tKALLELSÉ\nUtskick 2026-03-02\n\nUtbildningsnämnden kallas till sammanträde\n\n"
        "Tid: tisdag 10 mars 2026 kl. 13.00\nPlats: Kommunhuset, Nora\n\n1. Val av justerare\n"
    )
    assert doc.title == "Kallelse"


def test_a_month_name_with_one_letter_misread_still_gives_a_range():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-02-10\n\n§ 20 Feriearbete\n"
        "Kommunen erbjuder feriearbete under perioden 15 juni-7 auqusti 2026.\n"
    )
    assert (dt.date(2026, 6, 15), dt.date(2026, 8, 7), "event") in _dates(doc)


def test_an_iso_date_with_a_hyphen_after_it():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-02-10\n\n"
        "Justering Kommunkansliet, 2026-02-13-\n\n§ 20 Feriearbete\nArbetsutskottet beslutar att notera informationen.\n"
    )
    assert (dt.date(2026, 2, 13), None, "other") in _dates(doc)


def test_the_date_after_the_extract_certified_line_is_the_documents_own():
    doc = run(
        "PROTOKOLLSUTDRAG\nBarn- och utbildningsnämnden\nSammanträdesdatum 2026-05-12\n\n§ 30 Förskola\n"
        "Nämnden beslutar att anta planen.\n\nUtdraget bestyrkes Lisa Berg, nämndsekreterare, 2026-05-20\n"
    )
    assert (dt.date(2026, 5, 20), None, "other") in _dates(doc)


def test_a_deadline_after_a_blank_line_that_ocr_put_after_senast():
    doc = run(
        "KALLELSE\nBarn- och utbildningsnämnden\n\nTid: tisdag 12 maj 2026 kl. 13.30\nPlats: Kommunhuset\n\n"
        "Förhinder anmäls till sekreteraren senast\n\nfredag 8 maj, så att ersättare kan kallas.\n\n1. Val av justerare\n"
    )
    assert (dt.date(2026, 5, 8), None, "deadline") in _dates(doc)


def test_a_doubtful_kommun_named_as_an_alternative_to_another():
    doc = run(
        "PROTOKOLLSUTDRAG\nKommunstyrelsen\nSammanträdesdatum 2026-03-03\n\n§ 8 Skolskjuts\n"
        "Elever som väljer skola i till exempel Nyköping eller Vara beviljas inte skolskjuts.\n"
    )
    assert "Vara" in [m.normalized for m in doc.mentions if m.kind == "municipality"]
