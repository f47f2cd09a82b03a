"""Round 43's people forms, written anew in our own words: a sentence opened by "Som" before a first name;
substitutes listed under "Ersättare utan tjänstgöring"; the signers after "Justerat den …:" and a proposed
justerare after "Justering Förslag:"; a workplace named "förskolan X" after a title; an absence label with
specks OCR read around it; a speck opening the line a grid cell's surname wrapped onto; a title that ends one
line before the name it belongs to; the presenter said as "Föredragande … är title Name"; a university
wrapped below a program row; a member replaced in the remark column of a member table; and a bulleted member
with a stop after the first name who serves for another."""

from __future__ import annotations

from tests.extract.forms import person, run


def test_som_opening_a_sentence_is_no_first_name():
    doc = run(
        "Minnesanteckningar\nRektorsgruppen, Tjörns kommun\n\n"
        "Närvarande: Lena Holm, skolchef; Malin Ring, rektor Myrviksskolan\n\n"
        "1. Studiedag\nSom Malin sa i fredags blir planeringsdagen gemensam.\n"
    )
    assert [p.name for p in doc.people] == ["Lena Holm", "Malin Ring"]


def test_substitutes_without_service_are_ersattare():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott 2026-03-03\n\n"
        "Närvarande ledamöter: Per Alm (C) ordf, Sara Ny (S) v ordf, Ove Berg (M)\n"
        "Ersättare utan tjänstgöring: Kim Ros (L)\n\n"
        "Justerare: Sara Ny\n"
    )
    kim = person(doc, "Kim Ros")
    assert kim.attendance == "ersättare"
    assert "ersättare" in kim.roles
    assert "ledamot" not in kim.roles


def test_signers_after_justerat_den_date():
    doc = run(
        "PROTOKOLLSUTDRAG\nKulturnämnden 2025-12-10\n\n§ 40 Biblioteksplan\n\n"
        "Ordföranden Eva Tamm (M) ställer proposition på förslaget.\n\n"
        "Justerat den 15 december 2025: Eva Tamm, Bo Viklund\nUtdragsbestyrkande:\n"
    )
    assert "justerare" in person(doc, "Eva Tamm").roles
    assert "justerare" in person(doc, "Bo Viklund").roles


def test_proposed_justerare_in_a_kallelse():
    doc = run(
        "KALLELSE\nSocialnämnden\n\nTid Tisdag 5 maj 2026, kl 13.00\n"
        "Plats Stadshuset, rum Älven\nJustering Förslag: Ulla Brink (C), tisdag 12 maj\n\n"
        "Föredragningslista\n1. Val av justerare\n"
    )
    assert "justerare" in person(doc, "Ulla Brink").roles


def test_workplace_named_forskolan_after_a_title():
    doc = run(
        "Minnesanteckningar\nLedningsgruppen förskola\n\n"
        "Närvarande: Lena Ek (skolchef, ordf.), Siv Berg (förskolechef förskolan Humlan),\n"
        "Ali Sadik (rektor Bergsskolan)\n\n1. Ekonomi\nLena redovisade läget.\n"
    )
    assert person(doc, "Siv Berg").affiliation == "förskolan Humlan"


def test_absence_label_with_specks_around_it():
    doc = run(
        "Minnesanteckningar - ledningsgruppen\nTisdag 4 mars 2025, kl. 09.00-11.00, Kommunhuset\n\n"
        "Närvarande\nAnna Wik, skolchef (ordf)\nOla Nyman, rektor Åsskolan\n\n"
        "x&Frånvarande:t Eva-Lena Sund, rektor Bergets skola\n\n1. Skolstart\nOla berättade om skolstarten.\n"
    )
    assert person(doc, "Eva-Lena Sund").attendance == "frånvarande"


def test_speck_opening_the_line_a_surname_wrapped_onto():
    doc = run(
        "Sammanträdesprotokoll\nSocialnämnden\n\n"
        "Plats och tid Stadshuset, tisdagen den 7 oktober 2025 kl 13.00-15.00\n"
        "Beslutande Eva Alm (C), ordförande; Bo Ring (S), vice\n\n"
        "ordförande; Åsa Lind (C); Per Ny (SD); Anna-Lena\n"
        ": Björk (M); Leo Sten (S)\n"
        "Ersättare Kim Ros (KD)\n\nUtses att justera Åsa Lind\n"
    )
    anna = person(doc, "Anna-Lena Björk")
    assert anna.attendance == "beslutande"
    assert "ledamot" in anna.roles
    assert anna.party == "M"


def test_title_ending_the_line_above_the_name():
    doc = run(
        "PROTOKOLLSUTDRAG\nKulturnämnden 2024-10-09\n\n§ 51 Dnr KN/2024:17\n\nNya öppettider på biblioteken\n"
        "Ärendebeskrivning\nFlera bibliotek har haft få besökare på kvällarna. Förvaltningen föreslår\n"
        "kortare öppettider från och med januari. Kulturchef\nPetra Nordlund har redogjort för ärendet.\n"
        "Kulturnämndens beslut\n1. Öppettiderna ändras enligt förslaget.\n"
    )
    assert "kulturchef" in person(doc, "Petra Nordlund").roles


def test_presenter_said_as_foredragande_ar_title_name():
    doc = run(
        "Kallelse\nKulturnämnden\n\nNär Tisdag 9 juni 2026, klockan 18.00\nVar Stadshuset, sal Ån\n\n"
        "Föredragningslista\n1. Val av justerare\n2. Ny biblioteksplan KN 2026/0044\n3. Information\n\n"
        "Föredragande i ärende 2 och\n3 är bibliotekschef Sara Lundh.\n"
    )
    assert "föredragande" in person(doc, "Sara Lundh").roles


def test_member_replaced_in_the_remark_column_wrapped_past_a_speck():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\n\nSammanträde Måndag 3 mars 2025, kl 09.00-11.00\n\n"
        "Ledamot Parti Anmärkning\nOlle Hamrin S ordförande\nGun Åkesson C vice ordförande\n"
        "Tove Lindahl M frånvarande, ersätts\n” av Rolf Sjödin (M)\n\n"
        "Övriga Eva Kron, kommunchef\n\nJusterare : Gun Åkesson\n"
    )
    tove, rolf = person(doc, "Tove Lindahl"), person(doc, "Rolf Sjödin")
    assert tove.attendance == "frånvarande"
    assert rolf.attendance == "beslutande"
    assert "ersättare" in rolf.roles
    assert "ledamot" not in rolf.roles


def test_bulleted_member_with_a_stop_after_the_first_name_serving_for_another():
    doc = run(
        "PROTOKOLL\n\nKommunstyrelsens arbetsutskott\n\nTid: Måndag 2 mars 2026, kl. 09.00-11.00\n"
        "Plats: Kommunhuset, rum Ek\n\nLedamöter:\n« Sven Ahlgren (C), ordf.\n« Lisa Berg (M)\n"
        "« Karin. Holmberg (S), ersättare för Nils Törn ($S)\n\nTjänstepersoner: Eva Kron, kommundirektör\n"
    )
    karin, nils = person(doc, "Karin Holmberg"), person(doc, "Nils Törn")
    assert (karin.party, karin.attendance, karin.roles) == ("S", "beslutande", ["ersättare"])
    assert (nils.party, nils.attendance, nils.roles) == ("S", "frånvarande", ["ledamot"])


def test_university_wrapped_below_a_program_row():
    doc = run(
        "Inbjudan\n\nInbjudan till Lärardagen 2026\nDatum  Onsdagen den 6 maj 2026\n\nProgram\n"
        "08.30         Kaffe\n"
        "09.00         Språkutvecklande arbetssätt – Olof Dahlin, docent Lunds\n"
        "              universitet\n"
        "10.30         Läsning i förskolan – Maja Ring, förskollärare\n"
    )
    assert person(doc, "Olof Dahlin").affiliation == "Lunds universitet"
