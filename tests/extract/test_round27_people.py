"""Round 27-29's people forms, written anew in our own words: a "Närvarolista" grid with no role column
("Ledamot  Parti  Tjänstgörande" / "ersättare"), where a row names the member, their party and the
substitute who served in their place, OCR leaving blank lines between rows and a party on a line of its own."""

from __future__ import annotations

from tests.extract.forms import person, run

MEMBER_GRID = """PROTOKOLL
Kulturnämnden

Plats och tid Rådhuset, onsdagen den 4 mars 2025 kl. 18.00-20.00

Närvarolista
Ledamot Parti Tjänstgörande
ersättare

Anna Berg, ordförande

M
Olle Strand, 2:e vice ordförande S
Nils Lo\tM
Maja Holm\tM\tKarl Ek (M)

Eva Sjö S Lisa Ek (S)

Ej tjänstgörande Sven Ås (M), Tove Ek (S)
ersättare

§ 1
Val av justerare

Nämnden beslutar
att utse Nils Lo att justera protokollet.
"""


def test_member_grid_without_role_column():
    doc = run(MEMBER_GRID)
    assert person(doc, "Olle Strand").attendance == "beslutande"
    assert person(doc, "Olle Strand").roles == ["vice ordförande"]
    assert person(doc, "Nils Lo").party == "M"
    assert person(doc, "Nils Lo").attendance == "beslutande"
    assert person(doc, "Maja Holm").roles == ["ledamot"]
    assert person(doc, "Maja Holm").attendance == "frånvarande"
    assert person(doc, "Karl Ek").roles == ["ersättare"]
    assert person(doc, "Karl Ek").attendance == "beslutande"
    assert person(doc, "Eva Sjö").party == "S"
    assert person(doc, "Lisa Ek").attendance == "beslutande"
    assert person(doc, "Sven Ås").attendance == "ersättare"

SINGLE_SPACED = """PROTOKOLL
Kulturnämnden

Plats och tid Rådhuset, onsdagen den 4 mars 2025 kl. 18.00-20.00
Ledamöter Ersättare
Anna Berg (S), ordförande Lena Ås (S)
Olle Strand (C), 1:e vice ordförande Nils Lo (C), tjänstgör för Maja
Holm
Kjell Al (M), 2:e vice ordförande Tove Ek (SD)
Maja Holm (C), frånvarande Sven Ås (KD)

Per Al (SD)
Eva Sjö (V)

Tjänstepersoner Lisa Ek, förvaltningschef
Utses att justera Eva Sjö (V)

§ 1
Godkännande av dagordning

Nämnden beslutar
att godkänna dagordningen.
"""


def test_two_column_grid_whose_gaps_ocr_read_as_single_spaces():
    doc = run(SINGLE_SPACED)
    assert person(doc, "Anna Berg").roles == ["ordförande"]
    assert person(doc, "Lena Ås").attendance == "ersättare"
    assert person(doc, "Nils Lo").attendance == "beslutande"
    assert person(doc, "Maja Holm").attendance == "frånvarande"
    assert person(doc, "Kjell Al").roles == ["vice ordförande"]
    assert person(doc, "Kjell Al").attendance == "beslutande"
    assert person(doc, "Tove Ek").attendance == "ersättare"

OTHERS_TAKING_PART = """PROTOKOLL
Kommunstyrelsens arbetsutskott

Datum: 2025-03-04
Beslutande:
Anna Berg (S), ordförande
Olle Strand (M)
Ersättare:
Nils Lo (KD)
Övriga deltagande:
Lisa Ek, kommundirektör
Per Al, ekonomichef, § 6

Utses att justera: Olle Strand (M)

§ 6
Budget

Arbetsutskottet beslutar
att godkänna budgeten.
"""


def test_others_taking_part_label():
    doc = run(OTHERS_TAKING_PART)
    assert person(doc, "Lisa Ek").attendance == "övrig"
    assert person(doc, "Per Al").attendance == "övrig"
    assert person(doc, "Per Al").roles == ["ekonomichef"]


AGENDA_WITH_CASE_CELL = """KALLELSE
Kulturnämnden

Föredragningslista

Ärende Diarienr

1. Val av justerare

2. Budget 2026 (föredragande: KN 2025/9

Lisa Ek, ekonom)

3. Bibliotek (föredragande: Per Al, kulturchef) KN 2025/12
"""


def test_presenter_after_a_case_number_cell():
    doc = run(AGENDA_WITH_CASE_CELL)
    assert person(doc, "Lisa Ek").roles == ["ekonom", "föredragande"]
    assert person(doc, "Per Al").roles == ["kulturchef", "föredragande"]

SCHOOL_AREA = """MINNESANTECKNINGAR 2025-03-04
Ledningsgrupp förskola och skola

Närvarande: Eva Berg, förvaltningschef (ordf.); Olle Strand, rektor Åsskolan; Maja
Holm, förskolechef Lärkans förskoleområde; Nils Lo, elevhälsochef

1. Uppföljning
Anteckningarna godkändes.
"""


def test_preschool_area_after_a_title_is_the_workplace():
    doc = run(SCHOOL_AREA)
    assert person(doc, "Maja Holm").affiliation == "Lärkans förskoleområde"
    assert person(doc, "Olle Strand").affiliation == "Åsskolan"
    assert person(doc, "Nils Lo").affiliation is None
