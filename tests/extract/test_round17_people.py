"""Round 17's people forms, in our own words: a network's attendance list whose rows are led by the
kommun each member comes from, the cell gap read as one space."""

from __future__ import annotations

from tests.extract.forms import person, run

KOMMUN_LED_ROWS = """Minnesanteckningar
Kulturchefsnätverket Sjuhärad
Datum: 3/4 2025, kl. 13–15

Närvarande

Kommun Namn och funktion

Borås Karin Ekstedt, kulturchef
Svenljunga Oskar Lindahl, bibliotekschef (för anteckningar)
Tranemo Sofia Wall, kulturstrateg
Vara Lena Holm, enhetschef bibliotek

1. Läget i kommunerna
Karin redogjorde för budgeten.
"""


def test_kommun_led_rows_with_one_space_gap():
    doc = run(KOMMUN_LED_ROWS)
    names = {p.name for p in doc.people}
    assert {"Karin Ekstedt", "Oskar Lindahl", "Sofia Wall"} <= names
    assert not any(n.startswith(("Borås", "Svenljunga", "Tranemo", "Vara")) for n in names)
    assert person(doc, "Sofia Wall").affiliation == "Tranemo"
    assert person(doc, "Oskar Lindahl").affiliation == "Svenljunga"
    # "Vara" is a word too: a kommun here because the rows above are led by kommuner
    assert person(doc, "Lena Holm").affiliation == "Vara"
    assert person(doc, "Lena Holm").attendance == "närvarande"
    assert person(doc, "Karin Ekstedt").attendance == "närvarande"
    assert "kulturchef" in person(doc, "Karin Ekstedt").roles


ROLE_LED_GRID_ROWS = """SAMMANTRÄDESPROTOKOLL
Kulturnämnden
Sammanträdesdatum 2025-03-11

Beslutande Ersättare, ej tjänstgörande

Ordf. Anna Berg (M) Bo Ekman (M)

1:e v. ordf. Lisa Holm (L) Kim Lund (S)

Ola Sten (C)

§ 1 Val av justerare
Nämnden utser Ola Sten.
"""


def test_role_label_leading_a_grid_row_is_the_first_names_alone():
    doc = run(ROLE_LED_GRID_ROWS)
    assert (person(doc, "Lisa Holm").roles, person(doc, "Lisa Holm").attendance) == (["vice ordförande"], "beslutande")
    assert (person(doc, "Kim Lund").roles, person(doc, "Kim Lund").attendance) == (["ersättare"], "ersättare")
    assert person(doc, "Bo Ekman").attendance == "ersättare"


SINGULAR_HEADING_AND_NAMED_ROOM = """SAMMANTRÄDESPROTOKOLL
Kulturnämndens arbetsutskott
Sammanträde: måndag 10.11.2025
Lokal: Kulturhuset, rum Greta Garbo
Ledamöter\tMaja Krook (S), ordf.
Olle Nyberg (C)
Tjänsteman\tPer Sand, kulturchef
Sekreterare\tEva Lind

§ 3 Bidrag
Beslut fattas.
"""


def test_singular_officials_heading_and_a_room_named_after_a_person():
    doc = run(SINGULAR_HEADING_AND_NAMED_ROOM)
    assert person(doc, "Per Sand").attendance == "övrig"
    assert "Greta Garbo" not in {p.name for p in doc.people}


def test_title_with_its_field_before_the_name():
    doc = run(
        "PROTOKOLLSUTDRAG\nSocialnämnden\nSammanträdesdatum 2025-03-11\n\n§ 12 Riktlinjer\n"
        "Enhetschef vuxenutbildning Tomas Nyqvist föredrar ärendet. Ordförande hälsar Anna Berg välkommen.\n"
        "Beslut\nNämnden godkänner.\n"
    )
    assert "enhetschef" in person(doc, "Tomas Nyqvist").roles
    assert "ordförande" not in person(doc, "Anna Berg").roles  # "hälsar" is a verb, not the title's field
