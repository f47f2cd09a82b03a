"""Round 24's people forms, written anew in our own words: a network's attendance table whose heading
shares its line with the captions of the other columns ("Närvarande  Funktion  Kommun"), each row a name,
titles and the kommun the person comes from; a title OCR misread with an "m" read as "rn" in the text
beside the same title spelled right in the list; a serving substitute's row that names the member replaced
after a bare "för" ("Tjänstgörande ersättare  Kalle Lind för Stina Nord (MP)  MP"); a row label "Ersättare, ej"
/ "tjänstgörande" wrapped below its name, with a speck OCR read between the label and the name; a role label
whose "a" OCR read as "å" ("Ledåmot") before the name on its row; a member's first name OCR read with a capital
inside and one letter wrong ("ROIf" for "Rolf"), the same person as the justerare named right below; a title
that ends a sentence on the line below a name in running text ("… rekryteringen av ny" / "ekonomichef."); a
signature row whose first caption a signature scribbled over, one caption left ("XQRTM Justerare")."""

from __future__ import annotations

from tests.extract.forms import person, run

HEADING_BESIDE_CAPTIONS = """Minnesanteckningar

Fyrbodals rektorsnätverk
Tisdag 3 februari 2026, kl. 13.00-15.00, Stadshuset i Lysekil

Närvarande Funktion Kommun
Karin Öberg skolchef, ordförande Lysekil
Olof Strand förvaltningschef Sotenäs
Maja Lind verksamhetschef förskola Munkedal
Sven Ekholm utvecklingsledare, sekreterare Lysekil

1. Inledning
Karin hälsade välkommen och Olof redovisade läget.
"""


def test_heading_on_the_line_of_the_column_captions():
    doc = run(HEADING_BESIDE_CAPTIONS)
    oberg = person(doc, "Karin Öberg")
    assert oberg.attendance == "närvarande"
    assert set(oberg.roles) == {"skolchef", "ordförande"}
    assert oberg.affiliation == "Lysekil"
    assert person(doc, "Olof Strand").affiliation == "Sotenäs"
    assert person(doc, "Olof Strand").roles == ["förvaltningschef"]
    assert person(doc, "Maja Lind").affiliation == "Munkedal"
    assert person(doc, "Maja Lind").roles == ["verksamhetschef"]
    assert set(person(doc, "Sven Ekholm").roles) == {"utvecklingsledare", "sekreterare"}


TITLE_WITH_RN = """PROTOKOLL
Socialnämnden

Närvarande ledamöter
Ordförande Lisa Berg (S)
Ledamot Tor Ahl (M)

Övriga närvarande Ulla Nyman, ekonomichef
Sekreterare Per Wik

§ 12 Budgetuppföljning
Ekonornichef Ulla Nyman föredrar ärendet.
Beslut
Nämnden beslutar att godkänna uppföljningen.
"""


def test_title_with_m_read_as_rn_beside_the_right_spelling():
    doc = run(TITLE_WITH_RN)
    assert set(person(doc, "Ulla Nyman").roles) == {"ekonomichef", "föredragande"}


SERVING_FOR_BARE = """SAMMANTRÄDESPROTOKOLL
Kulturnämnden

Funktion Namn Parti
Ordförande Lisa Berg C
Ledamot Tor Ahl S
Ledamot Nils Ek M
Tjänstgörande ersättare Kalle Lind för Stina Nord (MP) MP

Ersättare, ej Gun Svahn M
tjänstgörande

Övriga närvarande Anna Dal, förvaltningschef
"""


def test_serving_substitute_row_with_a_bare_for_before_the_member_replaced():
    doc = run(SERVING_FOR_BARE)
    lind = person(doc, "Kalle Lind")
    assert (lind.attendance, lind.roles, lind.party) == ("beslutande", ["ersättare"], "MP")
    nord = person(doc, "Stina Nord")
    assert (nord.attendance, nord.roles, nord.party) == ("frånvarande", ["ledamot"], "MP")


NOT_SERVING_WRAPPED_WITH_SPECKS = """SAMMANTRÄDESPROTOKOLL
Kulturnämnden

Funktion Namn Parti
Ordförande Lisa Berg C
Ledamot Tor Ahl S

Ersättare, ej ; Gun Svahn M
tjänstgörande
Ersättare, ej Omar Aziz S

" tjänstgörande

Övriga närvarande Anna Dal, förvaltningschef
"""


def test_not_serving_label_wrapped_with_a_speck_before_the_name():
    doc = run(NOT_SERVING_WRAPPED_WITH_SPECKS)
    for name, party in (("Gun Svahn", "M"), ("Omar Aziz", "S")):
        substitute = person(doc, name)
        assert (substitute.attendance, substitute.roles, substitute.party) == ("ersättare", ["ersättare"], party)


ROLE_LABEL_WITH_RING = """SAMMANTRÄDESPROTOKOLL
Kulturnämnden

Funktion Namn Parti
Ordförande Lisa Berg C
Ledamot Tor Ahl S
Ledåmot Stefan Nyberg .
Ledamot Nils Ek M
"""


def test_role_label_with_a_vowel_misread_is_no_part_of_the_name():
    doc = run(ROLE_LABEL_WITH_RING)
    nyberg = person(doc, "Stefan Nyberg")
    assert (nyberg.attendance, nyberg.roles) == ("beslutande", ["ledamot"])
    assert not any(p.name.startswith("Ledåmot") for p in doc.people)


FIRST_NAME_WITH_INNER_CAPITAL = """PROTOKOLL
Kommunstyrelsens arbetsutskott

Ledamöter

Karin Holm (M) ordförande

ROIf Sandell (S) vice ordförande

Nils Bäck (KD) ledamot

Ersättare

Eva Ström (L) närvarande, ej tjänstgörande

Justerare: Rolf Sandell (S)

Ylva Nord Karin Holm Rolf Sandell
"""


def test_first_name_with_a_capital_inside_keeps_the_list_and_is_one_person():
    doc = run(FIRST_NAME_WITH_INNER_CAPITAL)
    sandell = person(doc, "Rolf Sandell")
    assert (sandell.attendance, set(sandell.roles), sandell.party) == ("beslutande", {"vice ordförande", "justerare"}, "S")
    assert (person(doc, "Nils Bäck").attendance, person(doc, "Nils Bäck").roles) == ("beslutande", ["ledamot"])
    assert not any(p.name.lower().startswith("rolf ") and p.name != "Rolf Sandell" for p in doc.people)


TITLE_ENDING_A_SENTENCE_BELOW_A_NAME = """PROTOKOLL
Kommunstyrelsens arbetsutskott

§ 87 Kommundirektören informerar
Anna Lindqvist informerar om läget i budgetarbetet och om rekryteringen av ny
ekonomichef.
Arbetsutskottet beslutar

att notera informationen till protokollet.
"""


def test_title_ending_the_sentence_on_the_next_line_is_not_the_named_persons():
    doc = run(TITLE_ENDING_A_SENTENCE_BELOW_A_NAME)
    assert person(doc, "Anna Lindqvist").roles == []


ONE_CAPTION_AFTER_A_SCRIBBLE = """PROTOKOLLSUTDRAG
Kommunstyrelsen
Sammanträdesdatum 2023-03-13

KS § 30 Skolskjutsar
Kommunstyrelsen beslutar att anta riktlinjerna.
Reservation
Karin Sand (V) reserverar sig.

Justerat 2023-03-20

XQRTM Justerare
Olof Berg Karin Sand
"""


def test_single_signature_caption_after_a_scribble_labels_the_second_column():
    doc = run(ONE_CAPTION_AFTER_A_SCRIBBLE)
    assert person(doc, "Karin Sand").roles == ["justerare"]
    assert "justerare" not in person(doc, "Olof Berg").roles
