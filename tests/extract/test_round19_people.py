"""Round 19's people forms, written anew in our own words: a "Närvarande" label whose second word
"ersättare" wrapped below its names, with no tab after the label; an official's title ending in
"-ekonom" that no list names; an agenda table whose captions OCR read with a dash between them
("Nr - Ärende  Föredragande"); and informal minutes whose participants' heading carries the caption of
a second column ("Deltagare  Enhet / funktion")."""

from __future__ import annotations

from tests.extract.forms import person, run

MINUTES = """SAMMANTRÄDESPROTOKOLL
Kultur- och fritidsnämnden 2025-05-06

Plats och tid Kommunhuset, kl 13.00-15.00
Beslutande Sven Ulf (M), ordförande

Hanna Borg (L), vice ordförande

Maja Dal (KD)

Närvarande Greta Lind (S), Bo Kvist (M)

ersättare

Övriga deltagare Peter Lind, skolchef; Lars Mo, budgetekonom $
4; Siv Al, nämndsekreterare

Justerare Maja Dal (KD)

§ 4 Budget

Budgetekonom Lars Mo redovisar budgeten.
"""


def test_present_label_whose_second_word_wrapped_below_the_names():
    doc = run(MINUTES)
    for name in ("Greta Lind", "Bo Kvist"):
        assert person(doc, name).attendance == "ersättare"
        assert person(doc, name).roles == ["ersättare"]
    assert person(doc, "Peter Lind").attendance == "övrig"


def test_title_ending_in_ekonom_is_a_role():
    doc = run(MINUTES)
    assert person(doc, "Lars Mo").roles == ["budgetekonom"]
    assert person(doc, "Lars Mo").attendance == "övrig"
    assert not any(p.name.startswith("Budgetekonom") for p in doc.people)


SUMMONS = """KALLELSE
Hylte kommun

Till ledamöter och ersättare i socialnämnden

Tid: onsdagen den 8 oktober 2025 kl. 13.00
Plats: Kommunhuset, rum Nissan

Föredragningslista

Nr - Ärende Föredragande

1 Val av justerare

2 Budgetuppföljning augusti 2025 Controller Petra Nygren
(SN 2025/41)

3 Boendeplan för äldre Socialchef Henrik Dahl
(SN 2025/12)

4 Övriga frågor

Hyltebruk den 26 september 2025

Ove Sand (C) Lisa Berg
Ordförande Nämndsekreterare
"""


def test_presenter_column_under_captions_read_with_a_dash():
    doc = run(SUMMONS)
    assert person(doc, "Petra Nygren").roles == ["controller", "föredragande"]
    assert person(doc, "Henrik Dahl").roles == ["socialchef", "föredragande"]
    assert "föredragande" not in person(doc, "Ove Sand").roles


NOTES = """Minnesanteckningar
Ljusdals kommun 2024-04-02

Ledningsgrupp förskola
Måndag 1 april 2024, kl. 09.00-11.00, Kyrkskolan

Deltagare Enhet / funktion

Karin Björk förskolechef, ordförande
Nils Ahlström rektor, Kyrkskolan

Sara Lundqvist rektor, Backens skola

Johan Ek utvecklingsledare, sekreterare

Frånvarande: Eva Tor, rektor Åsskolan

1. Föregående anteckningar
Anteckningarna godkändes.
"""


def test_participants_heading_beside_a_column_caption():
    doc = run(NOTES)
    assert person(doc, "Karin Björk").roles == ["förskolechef", "ordförande"]
    assert person(doc, "Johan Ek").roles == ["utvecklingsledare", "sekreterare"]
    assert person(doc, "Nils Ahlström").affiliation == "Kyrkskolan"
    assert person(doc, "Sara Lundqvist").affiliation == "Backens skola"
    for name in ("Karin Björk", "Nils Ahlström", "Sara Lundqvist", "Johan Ek"):
        assert person(doc, name).attendance == "närvarande"
    assert person(doc, "Eva Tor").attendance == "frånvarande"
