"""People, roles, attendance and affiliations in forms met in held-out round 11, written by hand as
small documents of their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import person, run

PROTOKOLL = "SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\n2024-03-12\n\n"
UTDRAG = "PROTOKOLLSUTDRAG\nSocialnämnden\n2024-05-21\n\n"
ANTECKNINGAR = "Anteckningar - ledningsgruppen\nMån 8 april 2024, kl 9-12\n\n"
INBJUDAN = "Inbjudan - Matematikdag för lärare\n2024-02-01\n\nVälkommen till en dag om matematik!\n\n"


def test_substitutes_heading_with_its_qualifier_after_a_comma():
    doc = run(
        PROTOKOLL
        + "Närvarande ledamöter\n« Ordförande Tuva Rask (S)\n« Nils Fager (M), Åsa Dahl (C)\n"
        + "Ersättare, ej tjänstgörande\n« Berit Holm (S), Sixten Lööv (M)\n"
        + "Tjänstemän\n« Förvaltningschef Jonas Björk\n\n"
        + "§ 5 Val av justerare\nNämnden utser Nils Fager.\n"
    )
    for name in ("Berit Holm", "Sixten Lööv"):
        assert (person(doc, name).attendance, person(doc, name).roles) == ("ersättare", ["ersättare"])
    assert person(doc, "Nils Fager").attendance == "beslutande"


def test_certifying_caption_on_the_names_row_makes_no_one_present():
    doc = run(
        UTDRAG
        + "§ 41 Riktlinjer för färdtjänst\nNämnden antar riktlinjerna.\n\n"
        + "Ordförande Justerare\n\nHelena Strand Oskar Rydberg\n\n"
        + "Rätt utdraget intygar: Maria Wikström, nämndsekreterare\n"
    )
    maria = person(doc, "Maria Wikström")
    assert (maria.attendance, maria.roles) == ("omnämnd", ["sekreterare"])


def test_secretary_titled_by_the_board_is_the_secretary():
    doc = run(
        UTDRAG
        + "§ 12 Skolskjutsregler\nNämnden antar reglerna.\n\n"
        + "Vid protokollet\nKerstin Nord, utbildningssekreterare\n"
    )
    assert person(doc, "Kerstin Nord").roles == ["sekreterare"]


def test_taking_notes_in_parentheses_makes_the_secretary():
    doc = run(
        ANTECKNINGAR
        + "Närvarande\nLena Bergman, förvaltningschef (ordf)\nPontus Hed, controller (antecknar)\n\n"
        + "1. Budget\nPontus gick igenom budgeten.\n"
    )
    assert person(doc, "Pontus Hed").roles == ["controller", "sekreterare"]


def test_second_column_name_after_a_workplace_when_the_gap_was_lost():
    doc = run(
        ANTECKNINGAR
        + "Närvarande Frånvarande\n"
        + "Lena Bergman, förvaltningschef Olle Ring, rektor Ekbackeskolan\n"
        + "Jonas Eld, rektor Björkskolan Malin Sjö, rektor Vittraskolan\n"
        + "Pia Lund, ekonom\n\n"
        + "1. Budget\nPia gick igenom budgeten.\n"
    )
    jonas, malin = person(doc, "Jonas Eld"), person(doc, "Malin Sjö")
    assert (jonas.attendance, jonas.affiliation) == ("närvarande", "Björkskolan")
    assert (malin.attendance, malin.roles) == ("frånvarande", ["rektor"])


def test_first_name_wrapped_after_a_title_in_running_text():
    doc = run(INBJUDAN + "Frågor\n\nHör av dig till samordnare Elvira\nSundqvist, tfn 0920-123 45.\n")
    assert person(doc, "Elvira Sundqvist").roles == ["samordnare"]


def test_a_sentence_ends_the_wait_for_names_under_a_caption():
    doc = run(
        INBJUDAN
        + "Varmt välkommen!\nMajken Sten\nSkolchef\n\nFika serveras under dagen.\n\n"
        + "Frågor\n\nKontakta samordnare Petter Alm, tfn 0920-123 45.\n"
    )
    assert person(doc, "Petter Alm").roles == ["samordnare"]


def test_speakers_title_and_workplace_in_running_text():
    doc = run(
        INBJUDAN
        + "9.00-10.00 Tal och tanke\nHugo Sand, lektor i matematikdidaktik, Umeå universitet\n\n"
        + "10.15-11.00 Problemlösning i praktiken\nFrida Ek, förstelärare, Ekbackeskolan\n\n"
        + "11.00-12.00 Samtal\nSten Lax; matematiklärare\n"
    )
    assert person(doc, "Hugo Sand").affiliation == "Umeå universitet"
    assert (person(doc, "Frida Ek").roles, person(doc, "Frida Ek").affiliation) == (["förstelärare"], "Ekbackeskolan")
    assert person(doc, "Sten Lax").roles == ["matematiklärare"]


def test_two_titled_speakers_joined_by_och_share_the_workplace_after_them():
    doc = run(INBJUDAN + "13.00-14.00 Räkna med lek\nStina Berg, lärare, och Åke Lind, rektor, Björkskolan\n")
    assert (person(doc, "Stina Berg").affiliation, person(doc, "Åke Lind").affiliation) == ("Björkskolan", "Björkskolan")
    assert (person(doc, "Stina Berg").roles, person(doc, "Åke Lind").roles) == (["lärare"], ["rektor"])


def test_a_word_that_is_also_a_first_name_opening_a_sentence_is_no_name():
    doc = run(
        ANTECKNINGAR
        + "Närvarande\nLena Bergman, förvaltningschef\n\n"
        + "1. Föregående anteckningar\nAnteckningarna från mars gicks igenom. Inga Frågeställningar.\n"
        + "Mötet fortsatte. Bo Lindgren visade statistiken.\n"
    )
    names = [p.name for p in doc.people]
    assert not any(n.startswith("Inga") for n in names)
    assert "Bo Lindgren" in names
