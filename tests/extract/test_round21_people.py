"""Round 21's people forms, written anew in our own words: a roll-call grid under the caption "Ordinarie
ledamot  Parti  Närvaro  Tjänstgörande" whose last caption's "ersättare" wrapped to the next line; a row
whose party and presence cells a speck split from the name ("Name | C Närvarande"); a member away
("Förhinder", a speck before it) or serving some paragraphs only, their substitute in the last column; a first
name or a genitive's surname OCR read with a diacritic; a role-first grid under "Funktion  Namn  Parti" whose role
cell names the member a substitute replaced ("Tjg ersättare för X (P)  Y  P"); a title ending a line after
the name, the school it belongs to opening the next."""

from __future__ import annotations

from tests.extract.forms import person, run

ROLL_CALL = """SAMMANTRÄDESPROTOKOLL
Tekniska nämnden
Sammanträdesdatum 2025-05-06

Plats Rådhuset, sal Ljusnan

Närvarolista

Ordinarie ledamot Parti Närvaro Tjänstgörande
ersättare

Karin Holmgren, ordf. S Närvarande

Peter Lund, 1:e v ordf. M Närvarande

Stina Berg | C Närvarande

Anders Falk S . - Förhinder Maria Nord
(5)

Eva Sjödin L §§ 1-3 Ove Ring (L)

: §§ 4-5

Tove Grahn MP Närvarande

Ersättare, ej Olof Åkesson (M), Lisa Dahl (C)

tjänstgörande

Justerare Peter Lund (M)

§ 1 Val av justerare
"""


def test_members_under_a_wrapped_ordinarie_ledamot_caption_decide():
    doc = run(ROLL_CALL)
    for name in ("Karin Holmgren", "Stina Berg", "Eva Sjödin", "Tove Grahn"):
        assert person(doc, name).attendance == "beslutande"
    assert person(doc, "Stina Berg").roles == ["ledamot"]
    assert person(doc, "Tove Grahn").roles == ["ledamot"]
    assert person(doc, "Olof Åkesson").attendance == "ersättare"


def test_party_and_presence_cells_split_off_by_a_speck():
    assert person(run(ROLL_CALL), "Stina Berg").party == "C"


def test_member_away_or_serving_part_with_substitute_beside():
    doc = run(ROLL_CALL)
    assert (person(doc, "Anders Falk").attendance, person(doc, "Anders Falk").party) == ("frånvarande", "S")
    assert person(doc, "Maria Nord").attendance == "beslutande"
    assert person(doc, "Maria Nord").roles == ["ersättare"]
    assert (person(doc, "Eva Sjödin").party, person(doc, "Eva Sjödin").roles) == ("L", ["ledamot"])
    assert person(doc, "Ove Ring").roles == ["ersättare"]
    assert person(doc, "Ove Ring").attendance == "beslutande"


NOTES = """Minnesanteckningar förskolechefsgruppen
Datum: 2025-02-11

Närvarande
Åsa Berglund - förskolechef Tallbacken
« Ölof Wikström - kvalitetsutvecklare (antecknar)

1. Föregående anteckningar
Gruppen går igenom anteckningarna.

Antecknat av
Olof Wikström
"""


def test_first_name_misread_with_a_diacritic_is_the_same_person():
    names = [p.name for p in run(NOTES).people]
    assert "Olof Wikström" in names
    assert "Ölof Wikström" not in names


EXTRACT = """PROTOKOLLSUTDRAG
Socialnämnden 2025-04-08

Justerare Maja Åkesson (V)

§ 22 Riktlinjer för försörjningsstöd
Ordföranden Stig Holm (C) yrkar bifall till förslaget. Maja Åkesson (V)
yrkar tillägg om en uppföljning i höst.
Ordföranden ställer proposition på förslaget och finner det bifallet. Därefter
ställer ordföranden proposition på Maja Åkessöns tilläggsyrkande och finner att det avslås.
"""


def test_genitive_whose_surname_ocr_misread_is_the_same_person():
    names = [p.name for p in run(EXTRACT).people]
    assert "Maja Åkesson" in names
    assert not any(n.startswith("Maja Åkess") and n != "Maja Åkesson" for n in names)


ROLE_FIRST = """PROTOKOLL
Kulturnämndens arbetsutskott
2025-03-04

Närvarande

Funktion Namn Parti
Ordförande Lisa Berg C
Ledamot Kalle Ström S
Tjg ersättare för Erik Falk (L) Moa Lind L
Ersättare, ej tjänstgörande Nils Ås S
Kultursekreterare Pia Ek

Justerare Kalle Ström

§ 1 Val av justerare
"""


def test_role_first_grid_caption_is_no_person():
    assert not any("Namn" in p.name for p in run(ROLE_FIRST).people)


def test_role_cell_naming_the_member_a_substitute_replaced():
    doc = run(ROLE_FIRST)
    assert (person(doc, "Moa Lind").attendance, person(doc, "Moa Lind").roles) == ("beslutande", ["ersättare"])
    assert (person(doc, "Erik Falk").attendance, person(doc, "Erik Falk").roles) == ("frånvarande", ["ledamot"])
    assert person(doc, "Erik Falk").party == "L"


def test_party_cell_after_the_role_in_the_name_cell():
    doc = run(ROLL_CALL)
    assert person(doc, "Karin Holmgren").party == "S"
    assert run(ROLL_CALL.replace("Peter Lund, 1:e v ordf. M", "Arne Wik, 2:e v ordf. SD")).people[1].party == "SD"


NOTICE = """KALLELSE
Barn- och utbildningsnämnden

Tid: 2025-05-06 kl 13.00

Ärende 2 föredras av förvaltningschef Per Al och ärende 5 av Kim Ros, rektor
Norrby skola.

Ann Ek
Ordförande
"""


def test_school_wrapped_below_a_title_after_the_name():
    assert person(run(NOTICE), "Kim Ros").affiliation == "Norrby skola"
