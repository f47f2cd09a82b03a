"""Round 39's people forms, written anew in our own words: presenters named after "föredras av :" with a
speck colon, wrapped with their party before "föredrar", or with a stop OCR read after the first name; a
misread party code that yields to the one named later; a grid cell whose list wrapped between first name
and surname onto a line with no label cell; a kommun's unit after a title ("Torsbys lärcentrum"); and a
speaker's workplace wrapped below a program row."""

from __future__ import annotations

from tests.extract.forms import person, run


def test_presenter_on_the_line_after_foredras_av_with_a_colon():
    doc = run(
        "KALLELSE\nKulturnämnden 2025-05-06\n\nÄrenden\n\n"
        "3 Bibliotekets öppettider i samarbete KUN 2025/12\nmed grannkommunen, föredras av :\n"
        "Petra Lindqvist, kulturchef\n\n4 Delegationsbeslut KUN 2025/2\n"
    )
    assert "föredragande" in person(doc, "Petra Lindqvist").roles


def test_presenter_wrapped_with_party_before_foredrar():
    doc = run(
        "PROTOKOLLSUTDRAG\nKulturnämnden 2025-05-06\n\n§ 12 Motion om läsfrämjande\n\n"
        "Ärendet gäller en motion om läsfrämjande insatser på biblioteken. Nämndens ordförande Gustav\n"
        "Almqvist (C) föredrar ärendet.\n\nBeslut\nKulturnämnden beslutar att avslå motionen.\n"
    )
    assert "föredragande" in person(doc, "Gustav Almqvist").roles



def test_stop_after_the_first_name_of_a_presenter_behind_a_label():
    doc = run(
        "KALLELSE\nKulturnämnden 2025-05-06\n\nÄrenden\n\n4. Ny bibliotekslokal i Ullared\n\n"
        "KUN 2025/77 Föredragande: Jonas. Hedlund, kulturchef\n5. Delegationsbeslut\nKUN 2025/2\n"
    )
    jonas = person(doc, "Jonas Hedlund")
    assert "kulturchef" in jonas.roles
    assert "föredragande" in jonas.roles
    assert jonas.attendance == "omnämnd"


def test_misread_party_in_the_attendance_list_yields_to_the_party_named_later():
    doc = run(
        "PROTOKOLL\nKulturnämnden 2025-05-06\n\n"
        "Beslutande: Oskar Lind (M), ordförande; Greta Sundin (CX), 1:e vice\n"
        "ordförande; Ali Demir (S); Ebba Falk (KD)\n\n"
        "§ 4 Biblioteksplan\n\nProtokollsanteckning: Greta Sundin (C) antecknar att planen bör\n"
        "pröva fler filialer.\n"
    )
    assert person(doc, "Greta Sundin").party == "C"


GRID = (
    "PROTOKOLL\nKulturnämnden 2025-05-06\n\n"
    "Plats och tid\tBiblioteket i Torsby, tisdag 6 maj 2025, kl. 13.00-15.30\n"
    "Beslutande\tOskar Lind (M), ordförande; Greta Sundin (C), vice\n"
    "ledamöter\tordförande; Ali Demir (S); Ebba Falk (KD); Linnea\n"
    "Strand (V)\n"
    "Övriga närvarande\tPer Norberg, kulturchef; Sara Wik, controller, § 12; Ingrid\n"
    "Hed, nämndsekreterare\n"
    "Justerare\tAli Demir (S)\n"
)


def test_member_whose_surname_wrapped_onto_a_line_without_a_label_cell():
    doc = run(GRID)
    linnea = person(doc, "Linnea Strand")
    assert linnea.roles == ["ledamot"]
    assert linnea.attendance == "beslutande"
    assert linnea.party == "V"


def test_official_whose_surname_wrapped_onto_a_line_without_a_label_cell():
    doc = run(GRID)
    ingrid = person(doc, "Ingrid Hed")
    assert ingrid.attendance == "övrig"
    assert "sekreterare" in ingrid.roles or "nämndsekreterare" in ingrid.roles


def test_kommun_unit_after_a_title_in_a_list_of_participants():
    doc = run(
        "MINNESANTECKNINGAR\nLedningsgrupp 2025-05-06\n\nNärvarande\n\n"
        "Eva Sjöberg, rektor Torsbys lärcentrum\nJonas Ek, controller\n\n"
        "Anmält förhinder: Maria Holt, rektor, Hagfors lärcentrum\n"
    )
    assert person(doc, "Eva Sjöberg").affiliation == "Torsbys lärcentrum"
    assert person(doc, "Maria Holt").affiliation == "Hagfors lärcentrum"


def test_workplace_of_a_speaker_wrapped_below_a_program_row():
    doc = run(
        "INBJUDAN\nKulturnämnden 2025-05-06\n\nProgram\n\n"
        "09.00       Välkommen – Oskar Lind (M), ordförande i kulturnämnden\n"
        "09.20       Läsning för de minsta – Karin Holmgren, forskare i pedagogik vid\n"
        "            Karlstads universitet\n"
        "10.30       Fika\n"
    )
    assert person(doc, "Karin Holmgren").affiliation == "Karlstads universitet"
