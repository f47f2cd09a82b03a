"""People, roles, parties, attendance and affiliations in forms met in held-out round 8, written
by hand as small documents of their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import person, run

PROTOKOLL = "SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum 2023-05-10\n\n"


def test_presence_and_vote_list_read_as_a_grid_whose_gaps_ocr_lost():
    doc = run(
        PROTOKOLL
        + "§ 12 Bidrag till föreningar\nNämnden beslutar enligt förslaget.\n\n"
        + "NÄRVARO- OCH VOTERINGSLISTA\n"
        + "Ledamöter Parti Närv. Ja Nej\n"
        + "Stefan Holm, ordförande M X X\n"
        + "Lena Berg, 1:e vice SD X X\n"
        + "ordförande\n"
        + "Oskar Lind S - -\n"
        + "Maja Dahl C Xx Xx\n"
        + "Tjänstgörande ersättare\n"
        + "Eva Sjöberg (för Oskar Lind) 5 X X\n"
        + "Ej tjänstgörande ersättare\n"
        + "Anders Nyström KD X\n"
    )
    names = {p.name for p in doc.people}
    assert not {"Parti Närv", "Ja Nej"} & names
    holm = person(doc, "Stefan Holm")
    assert (holm.party, holm.roles, holm.attendance) == ("M", ["ordförande"], "beslutande")
    berg = person(doc, "Lena Berg")
    assert (berg.party, berg.roles) == ("SD", ["vice ordförande"])
    lind = person(doc, "Oskar Lind")
    assert (lind.party, lind.roles, lind.attendance) == ("S", ["ledamot"], "frånvarande")
    assert person(doc, "Maja Dahl").party == "C"
    sjoberg = person(doc, "Eva Sjöberg")
    assert (sjoberg.party, sjoberg.roles, sjoberg.attendance) == ("S", ["ersättare"], "beslutande")
    nystrom = person(doc, "Anders Nyström")
    assert (nystrom.party, nystrom.attendance) == ("KD", "ersättare")


def test_presence_list_with_whole_word_captions_and_a_substitutes_part():
    doc = run(
        PROTOKOLL
        + "§ 12 Bidrag till föreningar\nNämnden beslutar enligt förslaget.\n\n"
        + "NÄRVAROLISTA\n"
        + "Ledamot Parti Närvarande Ja Nej Avstår\n"
        + "Rune Falk, ordförande KD X X\n"
        + "Siv Ågren MP -\n"
        + "Ersättare Parti Närvarande\n"
        + "Tim Backlund V X\n"
        + "Åsa Grip L -\n"
    )
    assert not any("Avstår" in p.name for p in doc.people)
    agren = person(doc, "Siv Ågren")
    assert (agren.party, agren.roles, agren.attendance) == ("MP", ["ledamot"], "frånvarande")
    backlund = person(doc, "Tim Backlund")
    assert (backlund.party, backlund.roles, backlund.attendance) == ("V", ["ersättare"], "ersättare")
    grip = person(doc, "Åsa Grip")
    assert (grip.party, grip.roles, grip.attendance) == ("L", ["ersättare"], "frånvarande")


def test_party_in_parentheses_with_an_ocr_speck():
    doc = run(PROTOKOLL + "Beslutande: Anna Ek ($M), ordförande, Pelle Sten (S)\n\n§ 1 Val av justerare\n")
    assert person(doc, "Anna Ek").party == "M"


def test_signature_captions_keep_their_columns_when_the_first_is_scribbled_over():
    doc = run(
        "PROTOKOLLSUTDRAG\nKommunstyrelsen\nSammanträdesdatum 2023-03-13\n\n"
        "KS § 30 Skolskjutsar\nKommunstyrelsen beslutar att anta riktlinjerna.\n\n"
        "XQRTM Justerande Rätt utdraget intygar\n"
        "Olof Berg Karin Sand Lisa Ek, kommunsekreterare\n"
    )
    assert person(doc, "Karin Sand").roles == ["justerare"]
    assert "justerare" not in person(doc, "Olof Berg").roles


def test_a_summons_lists_no_one_present():
    doc = run(
        "KALLELSE\nBarn- och utbildningsnämnden 2024-02-01\n\n"
        "Dag och tid Tisdagen den 13 februari 2024 kl. 14:00\n\n"
        "Ärenden\n1. Budgetuppföljning januari 2024.\n   Föredragande: Maria Lund, ekonom\n"
        "2. Delegationsbeslut\n\nPer Andersson (C)\nOrdförande\n"
    )
    lund = person(doc, "Maria Lund")
    assert lund.attendance == "omnämnd"
    assert set(lund.roles) == {"ekonom", "föredragande"}


def test_a_first_name_wrapped_from_its_surname_in_running_text():
    doc = run(
        "KALLELSE\nGrundskolenämnden 2024-02-01\n\n"
        "Förhinder anmäls senast onsdag 3/4 kl. 10, till Lena\n"
        "Öberg, nämndsekreterare, tfn 0150-12 34 56, så att ersättare kan kallas.\n\n"
        "Ulf Berg (M)\nOrdförande\n"
    )
    assert person(doc, "Lena Öberg").roles == ["sekreterare"]


def test_a_parenthesis_wrapped_past_a_blank_line():
    doc = run(
        "Inbjudan till studiedag 2024-03-05\n\nProgram\n\n"
        "9 00 Inledning - Ulla Ek (docent, Karlstads universitet)\n\n"
        "10 15 Samtal om läsning - Per Holm (lektor,\n\nMarks kommun)\n11 00 Lunch\n"
    )
    assert person(doc, "Ulla Ek").roles == ["docent"]
    holm = person(doc, "Per Holm")
    assert (holm.roles, holm.affiliation) == (["lektor"], "Mark")


def test_the_workplace_after_a_title_in_a_list():
    doc = run(
        "Minnesanteckningar rektorsgruppen\nDatum: 240205\n\n"
        "Närvarande: Lisa Berg, skolchef (ordf.), Erik Sten, rektor\n"
        "Lindskolan, Olle Ås, rektor Vallby skola, Mia Holm, rektor Vuxencentrum,\n"
        "Tove Nord, rektor Torpa skola, Pia Alm, utvecklingsledare\n"
        "Skara, Kent Ek, controller\n\n"
        "1) Föregående anteckningar\nGodkändes.\n"
    )
    assert person(doc, "Erik Sten").affiliation == "Lindskolan"
    assert person(doc, "Mia Holm").affiliation == "Vuxencentrum"
    assert person(doc, "Tove Nord").affiliation == "Torpa skola"
    assert person(doc, "Pia Alm").affiliation == "Skara"
    assert person(doc, "Lisa Berg").affiliation is None
    assert person(doc, "Kent Ek").affiliation is None


def test_a_workplace_in_parentheses_beside_the_name():
    doc = run(
        PROTOKOLL
        + "Övriga närvarande: rektor Sanna Ek (Komvux Mariestad), controller Per Lund\n\n§ 3 Val av justerare\n"
    )
    assert person(doc, "Sanna Ek").affiliation == "Komvux Mariestad"


def test_a_statistical_name_never_runs_across_a_blank_line():
    from pipeline.extract.people import ner_name

    assert ner_name("Björkvik\n\nInformationsärenden") is None
    assert ner_name("Karin\nSandberg") == "Karin Sandberg"


def test_a_south_slavic_surname_whose_final_c_ocr_read_as_e_acute():
    doc = run(PROTOKOLL + "Beslutande: Mirza Delalié (V), Lars Olsson (S)\n\n§ 1 Val av justerare\n")
    assert person(doc, "Mirza Delalić").party == "V"


def test_a_school_named_with_its_village_is_no_person():
    doc = run(
        "Minnesanteckningar rektorsgruppen\nDatum: 2024-02-05\n\n"
        "Deltagare: Anna Berg, rektor, Sörby Ekskolan, Per Holm, rektor\n\n"
        "1. Skolorganisation\nEleverna i årskurs 4-6 flyttas till Sörby Ekskolan från och med hösten.\n"
    )
    assert {p.name for p in doc.people} == {"Anna Berg", "Per Holm"}
