"""Round 51's people forms, written anew in our own words: a given name that is also a month; a speck glued
before the first name after "Övriga närvarande"; a member marked away in a cell between the name and the party;
a participants' table led by a "Kommun" column (the cell gap read as one space, a rule read as "|", the home
kommun among the rows); a party whose opening parenthesis OCR read as «; "Folkets hus" after a place's genitive;
a title after its field's abbreviation ("IT-pedagog") and a workplace on the program line below; a doctor's
title; a label's E read as F ("Frsättare", "Frsätts av"); a substitutes' caption explained in a parenthesis;
a title in the list of roles that has a phrase in it ("lärare i fritidshem"); the signers alone on the line below
"Justerat <day>"; a list entry's title below a blank line and a speck; the officials' column
beside the members' with one space between (a capitalised role after the member's party); "Ersättare (ej tjg)"; a
workplace whose diacritic OCR changed once, spelled as the document mostly spells it."""

from __future__ import annotations

from tests.extract.forms import person, run

MEETING = "SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden 2026-03-04\n\n"
INVITATION = "INBJUDAN\nTemakväll för vårdnadshavare 2026-04-09\n\nProgram\n"


def test_given_name_that_is_a_month():
    doc = run(
        MEETING + "Beslutande\tEva Ekström (S), ordförande\nMaj Lindgren (M), 2:e vice ordförande\n"
        "Greta Nilsson (C)\n\nUtses att justera\tMaj Lindgren (M)\n"
    )
    maj = person(doc, "Maj Lindgren")
    assert maj.party == "M"
    assert maj.attendance == "beslutande"
    assert set(maj.roles) == {"vice ordförande", "justerare"}


def test_speck_glued_before_the_officials():
    doc = run(
        MEETING + "Beslutande Eva Ekström (S), ordförande\nBosse Almgren (M)\n\n"
        "Ersättare Karl Wiklund (S), Siv Nyström (V)\n"
        "Övriga närvarande «Anders Tillgren, kulturchef; Lisa Brandt, ekonom, § 4;\nOlof Hed, nämndsekreterare\n"
    )
    for name in ("Anders Tillgren", "Lisa Brandt", "Olof Hed"):
        assert person(doc, name).attendance == "övrig"
        assert "ersättare" not in person(doc, name).roles


def test_member_away_in_a_cell_before_the_party():
    doc = run(
        "PROTOKOLL\nArbetsutskottet 2026-02-10\n\nNärvarolista\n\nFunktion Namn Parti\n"
        "Ordförande Eva Ekström M\nLedamot Bosse Almgren S\nLedamot Greta Nilsson, frånvarande C\n"
        "Tjänstgörande ersättare Karl Wiklund, för Greta C\nNilsson\n\nÖvriga: Anders Tillgren, kommundirektör\n"
    )
    assert person(doc, "Greta Nilsson").attendance == "frånvarande"
    assert person(doc, "Bosse Almgren").attendance == "beslutande"


def test_participants_led_by_their_kommun():
    doc = run(
        "Luleå kommun Minnesanteckningar\n\nSkolledarnätverket i Norrbotten\n\nOnsdag 4 mars 2026, kl. 9.00-11.00\n\n"
        "Kommun Deltagare\n\nLuleå Eva Ekström, rektor (ordförande)\n\nLuleå Bosse Almgren, lärare (sekreterare)\n"
        "Piteå Greta Nilsson, rektor\n\nBoden | Karl Wiklund, skolchef\n\nFrånvarande: Siv Nyström, Kalix\n\n"
        "1. Föregående anteckningar\nAnteckningarna lades till handlingarna.\n"
    )
    expected = {"Eva Ekström": "Luleå", "Bosse Almgren": "Luleå", "Greta Nilsson": "Piteå", "Karl Wiklund": "Boden"}
    for name, kommun in expected.items():
        assert person(doc, name).affiliation == kommun
        assert person(doc, name).attendance == "närvarande"
    assert not any(p.name.startswith("Luleå") for p in doc.people)


def test_party_opened_with_a_guillemet():
    doc = run(
        "PROTOKOLLSUTDRAG\nKultur- och fritidsnämnden 2026-03-04\n\n§ 12\n\nYrkanden\n"
        "Ordföranden Eva Ekström «C) yrkar bifall till förslaget.\nBosse Almgren (S) yrkar avslag.\n"
    )
    assert person(doc, "Eva Ekström").party == "C"


def test_folkets_hus_is_no_person():
    doc = run(
        "Pressmeddelande 2026-04-16\n\nKommunen bjuder in till ett möte tisdag 5 maj kl. 18.00 i\n"
        "Storviks Folkets hus. Eva Ekström (S), ordförande i nämnden, leder mötet.\n"
    )
    assert not any("Folkets" in p.name for p in doc.people)


def test_title_after_its_field_and_workplace_below():
    doc = run(
        INVITATION + "Tid                 Innehåll\n10.00–11.00         Appar i klassrummet – Greta Nilsson, IT-pedagog,\n"
        "                    Gnosjö kommun\n11.00–12.00         Lunch\n"
    )
    greta = person(doc, "Greta Nilsson")
    assert greta.roles == ["it-pedagog"]
    assert greta.affiliation == "Gnosjö"


def test_doctor_in_a_program():
    doc = run(INVITATION + " • 18.10 Barn och sömn – Lisa Brandt, skolläkare, Region Halland\n • 19.00 Paus\n")
    assert person(doc, "Lisa Brandt").roles == ["skolläkare"]


def test_substitutes_label_with_e_read_as_f():
    doc = run(
        MEETING + "Beslutande\n\nEva Ekström (S), ordförande\n\nBosse Almgren (M)\n\n"
        "Frsättare (ej tjänstgörande)\nKarl Wiklund (C)\n\nTjänstepersoner\nAnders Tillgren, kulturchef\n"
    )
    assert person(doc, "Karl Wiklund").attendance == "ersättare"
    assert person(doc, "Karl Wiklund").roles == ["ersättare"]


def test_replaced_by_column_caption_explained():
    doc = run(
        "PROTOKOLL\nSocialnämnden\n2026-01-20\nPlats och tid Stadshuset, tisdagen den 20\njanuari 2026 kl. 08.30-12.00\n"
        "Ledamöter Frsätts av (tjänstgörande ersättare)\n\nEva Ekholm (C), ordförande\n\n"
        "Bosse Almgren (M), 1:e vice ordförande\n\nSiv Holmqvist (S) Karl Lundin (S)\nOla Bergström (V) :\n"
        "Per Nordin (SD)\n\nEj tjänstgörande Ingrid Lind (C), Tor Dahlberg (M)\nersättare\n"
        "Övriga närvarande Anna Kvist, förvaltningschef\n"
    )
    assert person(doc, "Siv Holmqvist").attendance == "frånvarande"
    assert person(doc, "Karl Lundin").attendance == "beslutande"
    assert "ersättare" in person(doc, "Karl Lundin").roles
    for name in ("Bosse Almgren", "Ola Bergström", "Per Nordin"):
        assert person(doc, name).attendance == "beslutande"
    assert "ledamot" in person(doc, "Ola Bergström").roles


def test_title_with_a_phrase():
    doc = run(INVITATION + " • 10.45 Rastlekar – Lisa Brandt, lärare i fritidshem, Gnosjö\n   kommun\n • 12.00 Lunch\n")
    assert person(doc, "Lisa Brandt").roles == ["lärare i fritidshem"]


def test_signers_below_the_day_of_justering():
    doc = run(
        "UTDRAG UR PROTOKOLL\nKultur- och fritidsnämnden 2026-03-04\n\n§ 12 Bidrag till föreningar\n\nYrkanden\n"
        "Ordföranden Eva Ekström (S) yrkar bifall till förslaget.\nBosse Almgren (M) yrkar avslag.\n\n"
        "Justerat 2026-03-09\n\nEva Ekström Greta Nilsson\n\nRätt utdraget intygar\nNämndsekreterare\n\nOlof Hedlund\n"
    )
    assert "justerare" in person(doc, "Greta Nilsson").roles
    assert person(doc, "Eva Ekström").roles == ["ordförande"]


def test_title_below_a_blank_line_and_a_speck():
    doc = run(
        "Luleå kommun\n\nRektorsgruppen - minnesanteckningar\nTisdag 8 september 2026, kl. 13.00-15.00\n\n"
        "Närvarande: Eva Ekström, verksamhetschef (ordf.); Bosse Almgren, rektor Torgskolan; Greta Nilsson,\n\n"
        "« utvecklingsledare, Piteå kommun (punkt 2)\n\nAnmält frånvaro: Karl Wiklund, rektor Ekskolan\n\n"
        "1. Anteckningar från förra mötet\nInga synpunkter.\n"
    )
    greta = person(doc, "Greta Nilsson")
    assert greta.roles == ["utvecklingsledare"]
    assert greta.affiliation == "Piteå"


def test_officials_beside_the_members_one_space_between():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-05-12\n\n"
        "Ledamöter Tjänstemän\n\nOrdf. Eva Ekström (S) Kommundirektör Anders Tillgren\n\n"
        "Bosse Almgren (M) Socialchef Lisa Brandt, § 4\nGreta Nilsson (C) Sekreterare Olof Hedlund\n\n"
        "Ersättare (ej tjg) :\n\nKarl Wiklund (S)\n\nJusterare Bosse Almgren\n"
    )
    assert person(doc, "Anders Tillgren").roles == ["kommundirektör"]
    assert person(doc, "Lisa Brandt").roles == ["socialchef"]
    assert "kommundirektör" not in person(doc, "Eva Ekström").roles
    assert "socialchef" not in person(doc, "Bosse Almgren").roles
    assert person(doc, "Greta Nilsson").roles == ["ledamot"]
    assert person(doc, "Karl Wiklund").attendance == "ersättare"
    assert person(doc, "Karl Wiklund").roles == ["ersättare"]


def test_workplace_spelled_as_the_document_spells_it():
    doc = run(
        "Luleå kommun\n\nRektorsgruppen - minnesanteckningar\nTisdag 8 september 2026, kl. 13.00-15.00\n\n"
        "Närvarande: Eva Ekström, rektor Norrängsskolan; Bosse Almgren, rektor Norrangsskolan\n\n"
        "1. Frånvaro\nEva redovisade frånvaron på Norrangsskolan. Norrangsskolan inför en ny rutin.\n"
    )
    assert person(doc, "Eva Ekström").affiliation == "Norrangsskolan"
    assert person(doc, "Bosse Almgren").affiliation == "Norrangsskolan"
