"""Round 26's people forms, written anew in our own words: a two-column grid of members and officials
whose substitute row OCR read with a stray full stop after the first name ("Maja. Holm (S), ersätter …")."""

from __future__ import annotations

from tests.extract.forms import person, run

GRID = """PROTOKOLL
Kulturnämndens arbetsutskott 2025-03-04

Beslutande Övriga närvarande

Anna Berg (M), ordförande Per Al, kommunchef

Olle Strand (SD) Eva Sjö, ekonomichef, § 4

Maja. Holm (S), ersätter Karl Ek (S) Lisa Ek, sekreterare
Nils Lo (C)

§ 1
Val av justerare

Utskottet beslutar
att utse Nils Lo att justera protokollet.
"""


def test_full_stop_after_first_name_of_a_substitute_row():
    doc = run(GRID)
    assert person(doc, "Maja Holm").party == "S"
    assert person(doc, "Maja Holm").roles == ["ersättare"]
    assert person(doc, "Maja Holm").attendance == "beslutande"
    assert person(doc, "Karl Ek").roles == ["ledamot"]
    assert person(doc, "Karl Ek").attendance == "frånvarande"
    assert person(doc, "Lisa Ek").attendance == "övrig"


SIGNED = """PROTOKOLL
Kulturnämndens arbetsutskott 2025-03-04

Beslutande Övriga närvarande

Anna Berg (M), ordförande Per Al, kommunchef

Olle Strand (SD) Lisa Ek, sekreterare
Nils Lo (C)

Lisa Ek

Anna Berg Nils Lo

§ 1
Val av justerare
"""


def test_secretary_signing_under_the_grid_stays_an_official():
    doc = run(SIGNED)
    assert person(doc, "Lisa Ek").roles == ["sekreterare"]
    assert person(doc, "Lisa Ek").attendance == "övrig"
    assert person(doc, "Nils Lo").attendance == "beslutande"


def test_kommun_and_its_unit_in_lower_case_in_the_parenthesis_after_a_name():
    doc = run(
        "Minnesanteckningar rektorsgruppen\nTid och plats: tisdag 3/3 2026, 08.30-11.00\n\n"
        "Närvarande: Eva Berg (skolchef, ordf.); Per Lund (rektor, Lycksele lärcentrum); Ida Ek (lärare, sekr.)\n\n"
        "1. Föregående anteckningar\nAnteckningarna lades till handlingarna.\n"
    )
    assert person(doc, "Per Lund").affiliation == "Lycksele lärcentrum"
    assert person(doc, "Per Lund").roles == ["rektor"]
    assert person(doc, "Eva Berg").affiliation is None
