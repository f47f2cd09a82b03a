"""People, roles, attendance and affiliations in forms met in held-out round 10, written by hand as
small documents of their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import person, run

PROTOKOLL = "PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2023-10-17\n\n"
ANTECKNINGAR = "Minnesanteckningar, rektorsgruppen\nDatum 2023-04-20\n\n"


def test_column_captions_under_a_heading_keep_its_list_open():
    doc = run(
        ANTECKNINGAR
        + "Deltagare\n\nNamn Befattning Kommun\n"
        + "Maja Strömberg rektor, ordförande Hjo\n"
        + "Oskar Widell förvaltningschef Tibro\n\n"
        + "1 Läget i skolorna\nMaja berättade om läget.\n"
    )
    maja, oskar = person(doc, "Maja Strömberg"), person(doc, "Oskar Widell")
    assert (maja.attendance, maja.roles, maja.affiliation) == ("närvarande", ["rektor", "ordförande"], "Hjo")
    assert (oskar.attendance, oskar.roles, oskar.affiliation) == ("närvarande", ["förvaltningschef"], "Tibro")


def test_other_substitutes_heading_lists_substitutes():
    doc = run(
        PROTOKOLL
        + "Beslutande\nIda Fors (S), ordförande\nGöran Ehn (M)\n\n"
        + "Övriga ersättare Klara Ruth (S), Bo Stenlund (L)\n\n"
        + "§ 3 Val av justerare\nNämnden utser Göran Ehn.\n"
    )
    for name in ("Klara Ruth", "Bo Stenlund"):
        assert (person(doc, name).attendance, person(doc, name).roles) == ("ersättare", ["ersättare"])


def test_a_party_column_gives_its_party_to_every_name_on_the_row():
    doc = run(
        PROTOKOLL
        + "Beslutande\n\n"
        + "S Ida Fors, ordförande; Arne Sjölund; Berit Nyqvist\n\n"
        + "M Olof Krantz; Pia Brodin, tjg. ersättare för Sten Wallin\n\n"
        + "Vv Rasmus Eng\n\n"
        + "§ 3 Val av justerare\nNämnden utser Olof Krantz.\n"
    )
    assert [person(doc, n).party for n in ("Ida Fors", "Arne Sjölund", "Berit Nyqvist")] == ["S", "S", "S"]
    assert [person(doc, n).party for n in ("Olof Krantz", "Pia Brodin", "Sten Wallin")] == ["M", "M", "M"]
    assert (person(doc, "Sten Wallin").attendance, person(doc, "Pia Brodin").attendance) == ("frånvarande", "beslutande")
    assert person(doc, "Rasmus Eng").party == "V"
    assert not any(p.name.startswith("Vv") for p in doc.people)


def test_a_title_after_a_heading_is_the_first_entrys_own():
    doc = run(
        PROTOKOLL
        + "Beslutande\nIda Fors (S), ordförande\n\n"
        + "Övriga Kommundirektör Nora Lidén, kanslichef Emil Sand\n\n"
        + "§ 3 Val av justerare\nNämnden utser Ida Fors.\n"
    )
    assert (person(doc, "Nora Lidén").roles, person(doc, "Nora Lidén").attendance) == (["kommundirektör"], "övrig")
    assert (person(doc, "Emil Sand").roles, person(doc, "Emil Sand").attendance) == (["kanslichef"], "övrig")


def test_replaced_members_name_wrapped_after_a_stray_comma():
    doc = run(
        PROTOKOLL
        + "Beslutande\nIda Fors (S), ordförande\n"
        + "Linnéa Berg (C) i stället för Karl-Erik,\n\nSvahn (C)\n\n"
        + "§ 3 Val av justerare\nNämnden utser Ida Fors.\n"
    )
    assert (person(doc, "Karl-Erik Svahn").attendance, person(doc, "Karl-Erik Svahn").party) == ("frånvarande", "C")
    assert person(doc, "Linnéa Berg").roles == ["ersättare"]


def test_a_title_wrapped_before_its_last_word():
    doc = run(
        "PRESSMEDDELANDE 2024-05-02\nHjo kommun\n\n"
        + "Nämnden var inte enig. Nämndens förste vice\n"
        + "ordförande Arvid Lönn (C) vill vänta ett år.\n"
    )
    assert person(doc, "Arvid Lönn").roles == ["vice ordförande"]


def test_a_name_after_a_title_wrapped_before_a_surname_that_is_a_word():
    doc = run(
        "KALLELSE 2024-02-01\nKulturnämnden\n\n"
        + "Förhinder anmäls till nämndsekreterare Tilda\n"
        + "Spjut, 0503-350 00, senast måndag.\n"
    )
    assert person(doc, "Tilda Spjut").roles == ["sekreterare"]


def test_a_workplace_named_with_its_kommun_after_a_title():
    doc = run(
        "KALLELSE 2024-02-01\nKulturnämnden\n\n"
        + "Föredragningslista\n1. Vuxenutbildningen\nföredragande: Vera Holst, rektor Lärcentrum Tidaholm\n"
    )
    assert person(doc, "Vera Holst").affiliation == "Lärcentrum Tidaholm"


def test_a_kommun_after_an_unlisted_title_is_the_affiliation():
    doc = run(
        ANTECKNINGAR
        + "Närvarande\n\nNamn Funktion Kommun\n"
        + "Hedda Lagerqvist kulturchef Mora\n"
        + "Ture Alm, fritidschef Mora\n\n"
        + "1 Läget i skolorna\nHedda berättade om läget.\n"
    )
    assert (person(doc, "Hedda Lagerqvist").roles, person(doc, "Hedda Lagerqvist").affiliation) == (["kulturchef"], "Mora")
    assert person(doc, "Ture Alm").affiliation == "Mora"


def test_a_firm_named_like_a_person_is_no_one():
    doc = run(
        PROTOKOLL
        + "§ 7 Bredband\nKommunen tecknar avtal med Ramsele Nät ekonomisk förening och med Lunde Kraft AB om utbyggnad.\n"
    )
    assert not [p.name for p in doc.people if p.name.startswith(("Ramsele", "Lunde"))]


def test_a_signers_name_misread_by_one_letter_is_the_listed_person():
    doc = run(
        PROTOKOLL
        + "Beslutande\nGunnel Fahlström (S), ordförande\nPer Ekdahl (M)\n\n"
        + "Sekreterare Ordförande\n\nTove Lindh Gunnel Fahlstvöm\n\n"
        + "§ 3 Val av justerare\nNämnden utser Per Ekdahl.\n"
    )
    assert [p.name for p in doc.people if p.name.startswith("Gunnel")] == ["Gunnel Fahlström"]
    assert person(doc, "Gunnel Fahlström").roles == ["ordförande"]


def test_column_captions_split_by_rulings():
    doc = run(
        ANTECKNINGAR
        + "Närvarande:\n| Namn | Roll | Organisation |\n"
        + "| Hilda Wern | utvecklingsledare | Lerum |\n\n"
        + "1 Läget i skolorna\nHilda berättade om läget.\n"
    )
    hilda = person(doc, "Hilda Wern")
    assert (hilda.attendance, hilda.roles, hilda.affiliation) == ("närvarande", ["utvecklingsledare"], "Lerum")
