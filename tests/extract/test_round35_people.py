"""Round 35's people forms, written anew in our own words: a members' heading with its column captions
on the same line joined by a dash or slash ("Beslutande ledamöter Parti - Anmärkning", "Ledamöter Parti /
anteckning"), a serving substitute's "för Name (P)" wrapped past a blank line, a label "Ersättare, ej" whose
last word "tjänstgörande" wrapped below the list of names, and "žić" read as "?ic"."""

from __future__ import annotations

import pytest

from tests.extract.forms import person, run

MEMBERS = """PROTOKOLL
Vimmerby kommun Kultur- och fritidsnämnden

Plats och tid Folkets hus, sal Stången, tisdagen den 3 mars 2026 kl. 13.00-15.30

{heading}

Karl Bergsten S ordförande

Nils Holmgren M 1:e vice ordförande

Ulla Rydén : C

Olle Sandberg ; L tjänstgörande ersättare

för Rut Åslund (L)

Eva Lofgren KD

Utses att justera Ulla Rydén (C)

§ 1 Godkännande av dagordning
"""


@pytest.mark.parametrize("heading", ["Beslutande ledamöter Parti - Anmärkning", "Ledamöter Parti / anteckning"])
def test_column_captions_after_a_dash_or_slash_keep_the_members_grid(heading):
    doc = run(MEMBERS.format(heading=heading))
    assert person(doc, "Karl Bergsten").roles == ["ordförande"]
    assert person(doc, "Nils Holmgren").roles == ["vice ordförande"]
    for name, party in [("Karl Bergsten", "S"), ("Nils Holmgren", "M"), ("Eva Lofgren", "KD")]:
        assert person(doc, name).party == party
        assert person(doc, name).attendance == "beslutande"
    assert person(doc, "Eva Lofgren").roles == ["ledamot"]


def test_member_replaced_wrapped_past_a_blank_line_under_the_serving_substitute():
    doc = run(MEMBERS.format(heading="Beslutande ledamöter Parti - Anmärkning"))
    assert person(doc, "Olle Sandberg").roles == ["ersättare"]
    assert person(doc, "Olle Sandberg").attendance == "beslutande"
    assert person(doc, "Rut Åslund").attendance == "frånvarande"


SUBSTITUTES = """Ledamöter Parti / anteckning
Maja Torstensson S, ordförande
Almir Kova?ic S
Ersättare, ej Per Alm (S), Siv Lindgren (M), Ola Vik (V)
tjänstgörande
Tjänstepersoner Anna Ström, förvaltningschef; Bo Ekdahl, nämndsekreterare
"""


def test_label_whose_last_word_wrapped_below_a_list_of_names_is_made_whole():
    doc = run(SUBSTITUTES)
    for name in ("Per Alm", "Siv Lindgren", "Ola Vik"):
        assert person(doc, name).attendance == "ersättare"
        assert person(doc, name).roles == ["ersättare"]
    assert person(doc, "Maja Torstensson").attendance == "beslutande"


def test_zic_read_with_a_question_mark_for_its_first_letter():
    doc = run(SUBSTITUTES)
    assert person(doc, "Almir Kovažić").roles == ["ledamot"]


SUBSTITUTE_GRID = """Ordinarie ledamot Parti Tjänstgörande
ersättare
Kerstin Norén, ordförande M
Adnan Begović 5 Sten Falk (S)
Gustav Lind L
Ersättare, ej Moa Björk (S), Ivar Sand (C)
tjänstgörande
Ovriga närvarande Elin Dal, förvaltningschef
Rune Palm, nämndsekreterare
Utses att justera Gustav Lind (L)
"""


def test_party_cell_read_as_five_beside_the_serving_substitute():
    doc = run(SUBSTITUTE_GRID)
    assert person(doc, "Adnan Begović").party == "S"
    assert person(doc, "Adnan Begović").attendance == "frånvarande"
    assert person(doc, "Sten Falk").roles == ["ersättare"]
    assert person(doc, "Sten Falk").attendance == "beslutande"


def test_heading_whose_capital_o_lost_its_dots_ends_the_substitutes_list():
    doc = run(SUBSTITUTE_GRID)
    for name in ("Moa Björk", "Ivar Sand"):
        assert person(doc, name).attendance == "ersättare"
    assert person(doc, "Elin Dal").attendance == "övrig"
    assert person(doc, "Elin Dal").roles == ["förvaltningschef"]
    assert person(doc, "Rune Palm").attendance == "övrig"


def test_substitute_serving_for_a_member_whose_surname_wrapped_past_a_blank_line():
    doc = run("""Närvarande ledamöter

Namn Parti Anmärkning
Greta Holmér M ordförande
Jonas Vik S

Ersättare

Petra Lund C : tjänstgörande för Arne

Bäckström (C)

Stig Udd S ej tjänstgörande
Tjänstepersoner :

Hanna Moberg förvaltningschef
""")
    assert person(doc, "Petra Lund").attendance == "beslutande"
    assert person(doc, "Petra Lund").party == "C"
    assert person(doc, "Arne Bäckström").attendance == "frånvarande"
    assert person(doc, "Arne Bäckström").roles == ["ledamot"]
    assert person(doc, "Stig Udd").party == "S"
    assert person(doc, "Stig Udd").attendance == "ersättare"


def test_chair_of_the_executive_committee_is_stored_as_its_role_word():
    doc = run("""PRESSMEDDELANDE 2026-02-10
Tranås kommun

Ny idrottshall byggs i Tranås
– Hallen blir ett lyft för föreningslivet, säger Sven Ackerby (M), kommunstyrelsens ordförande.

För mer information
Sven Ackerby (M), kommunstyrelsens ordförande, 0140-681 00
""")
    assert person(doc, "Sven Ackerby").roles == ["ordförande"]


def test_label_dag_before_a_weekday_is_no_name():
    doc = run("""KALLELSE
Socialnämnden
Ledamöter kallas och ersättare underrättas om sammanträde enligt nedan.

Dag Onsdagen den 6 maj 2026

Tid Kl. 13.00

Plats Stadshuset, rum Ekorren

Mats Öhrn (S), ordförande
""")
    assert [p.name for p in doc.people] == ["Mats Öhrn"]


def test_school_named_by_its_kommun_in_the_genitive_is_the_affiliation():
    doc = run("""Minnesanteckningar rektorsgruppen
Sandvikens kommun

Närvarande:
Anna Sjödin, skolchef (ordf.)
Kalle Östberg, rektor, Tallbacksskolan

Förhinder: Maria Grahn, rektor, Sandvikens gymnasieskola

1. Uppföljning
""")
    assert person(doc, "Maria Grahn").affiliation == "Sandvikens gymnasieskola"
    assert person(doc, "Maria Grahn").attendance == "frånvarande"


def test_capitalised_title_after_a_comma_opens_the_next_recipient():
    doc = run("""PROTOKOLLSUTDRAG
Tidaholms kommun Barn- och utbildningsnämnden

§ 12 Skolskjuts

Barn- och utbildningsnämnden beslutar att anta riktlinjerna.

Beslutet skickas till: Skolchef Tove Lindahl, Rektor Ekedalsskolan,
Kommunstyrelsen
""")
    assert person(doc, "Tove Lindahl").roles == ["skolchef"]
    assert person(doc, "Tove Lindahl").affiliation is None


def test_program_slot_whose_speaker_title_hangs_on_an_indented_line():
    doc = run("""INBJUDAN
Höörs kommun

Temadag om läsning

Program
09.00–09.30         Kaffe
09.30–10.30         Läslust i förskolan – Nora Ekwall, förskollärare
                    och läsombud, Tallens förskola
10.30–11.00         Paus
""")
    assert person(doc, "Nora Ekwall").roles == ["förskollärare", "läsombud"]
    assert person(doc, "Nora Ekwall").affiliation == "Tallens förskola"


def test_party_cells_with_ocr_specks_are_read():
    doc = run("""Närvarande ledamöter

Namn Parti Anmärkning
Greta Holmér M ordförande
Anel Mušić S i

Ersättare

Stig Udd ; Vv ej tjänstgörande
Tjänstepersoner :

Hanna Moberg förvaltningschef
""")
    assert person(doc, "Anel Mušić").party == "S"
    assert person(doc, "Stig Udd").party == "V"
    assert person(doc, "Stig Udd").attendance == "ersättare"
