"""Round 47's people forms, written anew in our own words: a wrapped meeting time with a speck after it above
the members' list; a serving substitute whose replaced member wrapped onto the next line; a presence column in
words beside members and substitutes ("Närvarande, ej tjänstgörande", "Frånvarande, ersätts av …"); and a
signer's surname OCR read with a capital inside."""

from __future__ import annotations

from tests.extract.forms import person, run


def test_members_after_a_time_with_a_speck():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden 2026-03-04\n\n"
        "Plats och tid\tStadshuset, sal Vänern, onsdagen den 4\nmars 2026 kl. 18.00-20.30 ;\n"
        "Beslutande\tEva Ekström (S), ordförande\nBosse Almgren (M)\nGreta Nilsson (C)\n"
        "Ersättare\tKarl Wiklund (S)\n"
    )
    assert person(doc, "Bosse Almgren").attendance == "beslutande"
    assert person(doc, "Bosse Almgren").roles == ["ledamot"]
    assert person(doc, "Eva Ekström").attendance == "beslutande"


def test_replaced_member_wrapped_below_the_substitute():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden 2026-03-04\n\n"
        "Beslutande\tEva Ekström (S), ordförande\nBosse Almgren (M)\n"
        "Kim Lundin (M), tjänstgörande ersättare i stället för\nOla Berggren (M)\n"
        "Siv Nyström (V)\nErsättare\tKarl Wiklund (S)\n"
    )
    assert person(doc, "Ola Berggren").attendance == "frånvarande"
    assert person(doc, "Kim Lundin").attendance == "beslutande"
    assert "ersättare" in person(doc, "Kim Lundin").roles
    assert person(doc, "Siv Nyström").attendance == "beslutande"


def test_presence_column_in_words():
    doc = run(
        "PROTOKOLL\nSocialnämnden 2026-01-20\n\n"
        "Ledamöter\tNärvaro\n\n"
        "Eva Ekström (S), ordförande\tNärvarande\n\n"
        "Bosse Almgren (M)\tFrånvarande, ersätts av Kim Lundin\n(M)\n\n"
        "Siv Nyström (V) Närvarande\n\n"
        "Ersättare Närvaro\nKim Lundin (M) Tjänstgörande\n\n"
        "Karl Wiklund (S)\tNärvarande, ej tjänstgörande\n\n"
        "Rolf Hägglund (SD)\tNärvarande, ej tjänstgörande\n\n"
        "Övriga närvarande Anders Tillgren, förvaltningschef\n"
    )
    assert person(doc, "Bosse Almgren").attendance == "frånvarande"
    assert person(doc, "Kim Lundin").attendance == "beslutande"
    for name in ("Karl Wiklund", "Rolf Hägglund"):
        assert person(doc, name).attendance == "ersättare"
        assert person(doc, name).roles == ["ersättare"]


def test_signer_surname_with_a_capital_inside():
    doc = run(
        "PROTOKOLL\nSocialnämnden 2026-01-20\n\n"
        "Beslutande\tEva Ekström (S), ordförande\nBosse Almgren (M)\nSiv Nyström (V)\n\n"
        "Utses att justera\tSiv Nyström (V)\n\n"
        "Ordförande Justerande\n\nEva EKStröm Siv Nyström\n"
    )
    assert person(doc, "Siv Nyström").roles == ["justerare"]
    assert person(doc, "Eva Ekström").roles == ["ordförande"]
    assert [p.name for p in doc.people] == ["Eva Ekström", "Bosse Almgren", "Siv Nyström"]


def test_serving_substitute_whose_role_wrapped_below_a_two_column_row():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott 2024-10-08\n\n"
        "Beslutande Övriga deltagare\n\n"
        "Jonas Sundberg (V), ordförande Per-Olof Jansson, kommunchef\n"
        "Britt-Marie Lindqvist (S) Karin Lidén, ekonomichef\n"
        "Tobias Nordström (C), tjänstgörande Malin Bergqvist, sekreterare\n\n"
        "ersättare för Anna Hällström (M)\n\n"
        "Ersättare\nLars Ekman (SD)\n"
    )
    tobias, anna = person(doc, "Tobias Nordström"), person(doc, "Anna Hällström")
    assert (tobias.attendance, tobias.roles) == ("beslutande", ["ersättare"])
    assert (anna.attendance, anna.roles, anna.party) == ("frånvarande", ["ledamot"], "M")
    assert person(doc, "Malin Bergqvist").roles == ["sekreterare"]


def test_double_first_name_read_with_a_diacritic_is_one_person():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott 2026-02-10\n\n"
        "Beslutande\tBengt Ahlström (C), ordförande\nKent Sjöberg (M)\nPer-Olof Lindgren (SD)\n\n"
        "§ 5 Skolskjutsar\n\nReservation\n\nPår-Olof Lindgren (SD) reserverar sig mot beslutet.\n"
    )
    assert [p.name for p in doc.people] == ["Bengt Ahlström", "Kent Sjöberg", "Per-Olof Lindgren"]


def test_speck_for_the_space_between_first_name_and_surname():
    doc = run(
        "Minnesanteckningar rektorsgruppen\n\nNärvarande:\n\n"
        "« Karin Sundström, skolchef (ordförande)\n\n"
        "« Johan'Lindqvist, biträdande rektor, Ängsskolan\n\n"
        "« Maria Eklund, rektor, Björkskolan\n"
    )
    johan = person(doc, "Johan Lindqvist")
    assert johan.roles == ["biträdande rektor"]
    assert johan.attendance == "närvarande"


def test_kommun_unit_after_a_title_is_the_workplace_not_a_person():
    doc = run(
        "Rektorsgruppen - anteckningar\n\nDeltagare\n"
        "« Anna Holmberg - skolchef (ordförande)\n"
        "» Stefan Lindqvist - rektor, Ängsskolan\n"
        "Förhinder: Lena Berglund - rektor, Lärcentrum Sorsele\n\nUppföljning\n"
    )
    assert [p.name for p in doc.people] == ["Anna Holmberg", "Stefan Lindqvist", "Lena Berglund"]
    lena = person(doc, "Lena Berglund")
    assert (lena.attendance, lena.affiliation) == ("frånvarande", "Lärcentrum Sorsele")


def test_proposed_justerare_in_a_summons():
    doc = run(
        "KALLELSE\nKulturnämnden\n\n"
        "Ledamöterna kallas till sammanträde tisdagen den 3 mars 2026 kl. 15.00 i Kommunhuset.\n\n"
        "Förslag till justerare: Lars-Göran Ekdahl (KD). Justering sker torsdag 5 mars.\n\n"
        "1. Val av justerare\n"
    )
    lars = person(doc, "Lars-Göran Ekdahl")
    assert (lars.roles, lars.party, lars.attendance) == (["justerare"], "KD", "omnämnd")


def test_program_speaker_whose_title_wrapped_below_the_comma():
    doc = run(
        "Inbjudan till inspirationsdag om läsning\n\nProgram\n"
        " • 09.00 Välkommen – Eva Lindström (S), ordförande i kulturnämnden\n"
        " • 09.15 Läsning och lärande – Tomas Bergkvist,\n   skolforskare\n"
        " • 10.30 Kaffe\n"
        " • 11.00 Sagostund i praktiken – Helena Sjöblom, förskollärare på\n   förskolan Tallbacken\n"
    )
    assert person(doc, "Tomas Bergkvist").roles == ["skolforskare"]
    helena = person(doc, "Helena Sjöblom")
    assert (helena.roles, helena.affiliation) == (["förskollärare"], "förskolan Tallbacken")


def test_kommunikator_in_a_press_release_contact():
    doc = run(
        "PRESSMEDDELANDE\n\nNytt kulturhus öppnar i höst\n\n"
        "Kontakt\nPeter Alm (M), ordförande i kulturnämnden, 031-12 34 56\n"
        "Sanna Ekberg, kommunikatör, kulturförvaltningen, 031-12 34 57\n"
    )
    assert person(doc, "Sanna Ekberg").roles == ["kommunikatör"]


def test_presence_cell_read_before_the_name_of_its_row():
    doc = run(
        "PROTOKOLL\nSocialnämnden 2026-01-20\n\n"
        "Ledamöter\tNärvaro\n\n"
        "Eva Ekström (S), ordförande\tNärvarande\n\n"
        "Siv Nyström (V) Närvarande\n\n"
        "Frånvarande, ersätts av Kim Lundin\n(L)\n\n"
        "Bosse Almgren (L)\n\n"
        "Ersättare Närvaro\nKim Lundin (L) Tjänstgörande\n"
    )
    bosse, kim = person(doc, "Bosse Almgren"), person(doc, "Kim Lundin")
    assert (bosse.attendance, bosse.roles) == ("frånvarande", ["ledamot"])
    assert (kim.attendance, kim.roles) == ("beslutande", ["ersättare"])
    assert person(doc, "Siv Nyström").attendance == "beslutande"
