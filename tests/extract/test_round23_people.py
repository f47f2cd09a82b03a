"""Round 23's people forms, written anew in our own words: a föredragningslista item whose
"Föredragande:" label ends a line with the presenter's first name, the surname and title opening the
next line; a press release naming a school whose name opens with a place of two capitalised words
("… och på Kolbäck Stenby skola"), which is no person."""

from __future__ import annotations

from tests.extract.forms import person, run

PRESENTER_WRAPPED = """Kultur- och fritidsnämnden

Ovanåkers kommun Datum 2025-09-12

KALLELSE

Ledamöterna kallas till sammanträde tisdagen den 23 september 2025 kl. 14.00 i
kommunhuset, sal Alfta. Förhinder anmäls till sekreteraren.

Punkt Ärende

1 Val av justerare

2 Delårsrapport augusti 2025 (KFN 2025/40). Föredragande: Daniel
Nyqvist, ekonom

3 Bidrag till föreningar (KFN 2025/33)

Föredragande: Karin Ödman, fritidschef

Stina Holm (S) Lars Bergsten
ordförande sekreterare
"""


def test_presenter_first_name_ending_the_line_after_the_label():
    doc = run(PRESENTER_WRAPPED)
    nyqvist = person(doc, "Daniel Nyqvist")
    assert nyqvist.attendance == "omnämnd"
    assert set(nyqvist.roles) == {"ekonom", "föredragande"}
    assert set(person(doc, "Karin Ödman").roles) == {"fritidschef", "föredragande"}


SCHOOL_NAMED_AFTER_PLACE = """PRESSMEDDELANDE 2025-05-02

Fler platser i sommarskolan

Sommarskolan hålls i år på Kvarnbackaskolan och
Kolbäck Stenby skola. Eleverna får frukost och lunch.

– Vi vill att alla ska kunna delta, säger Petra Lindkvist (C), ordförande i utbildningsnämnden.
"""


def test_place_name_before_skola_is_no_person():
    doc = run(SCHOOL_NAMED_AFTER_PLACE)
    assert [p.name for p in doc.people] == ["Petra Lindkvist"]
