"""Header and date forms met in held-out round 14, written anew in other words: a logo whose kommun
lost or changed a letter with the kommun named again in a title below, "nämndens budget" in a
press release, a press release's sentences that are no place, a summons sentence whose place
follows "klockan 13:00 i" on the next line, "uppdras att" before a deadline."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_logo_kommun_with_a_letter_misread_even_when_a_title_names_the_kommun():
    changed = run(
        "I f d k Kommunstyrelsen UTDRAG UR PROTOKOLL\nEmmabodsa OMMUN sammanträdesdatum 2024-03-05 Blad 1\n\n"
        "Skolskjutsar i Emmaboda från läsåret 2025/26 §45\nDiarienummer KS 2024/91\n\n"
        "Bakgrund\n\nSkolskjutsarna handlas upp på nytt inför läsåret.\nAvtalet löper ut i juni.\n"
        "Förvaltningen har sett över linjerna.\nFlera hållplatser flyttas.\n"
        "Eleverna i Lindås reser till skolan i Nybro, och Nybro kommun tar emot elever från Nybro tätort.\n"
    )
    lost = run(
        "Ml o k SAMMANTRÄDESPROTOKOLL 1 (2)\nAlsterbros ommun Samhällsbyggnadsnämnden\n2023-11-28\n\n"
        "§ 61 Detaljplan för Kvarnen 2\n"
    )
    assert changed.municipality == "Emmaboda"
    assert lost.municipality is None  # "Alsterbro" is a village: no kommun is one letter from it


def test_the_genitive_of_a_bare_organ_word_is_not_the_organ():
    doc = run(
        "Pressmeddelande\t2025-05-15\nOsby kommun\n\nLäxhjälp på biblioteket i Osby\n"
        "Från hösten erbjuds läxhjälp varje vecka på biblioteket. Satsningen kostar en miljon\n"
        "kronor per år och finansieras inom nämndens budget.\n"
        "Det beslutade barn- och utbildningsnämnden i Osby kommun vid sitt sammanträde onsdagen den 14 maj.\n"
    )
    assert doc.organ == "Barn- och utbildningsnämnden"


def test_a_press_release_has_no_place_of_its_own():
    doc = run(
        "Pressmeddelande\t2025-05-15\nOsby kommun\n\nLäxhjälp på biblioteket i Osby\n"
        "Läxhjälpen börjar måndagen den 18 augusti kl 15.00 på Osby bibliotek. "
        "Det beslutade barn- och utbildningsnämnden vid sitt sammanträde den 14 maj.\n"
    )
    assert doc.location is None


def test_a_summons_sentence_with_its_place_on_the_next_line():
    doc = run(
        "(e) Mönsterås kommun\tKALLELSE\n\nBarn- och utbildningsnämnden\nMönsterås 9 april 2025\n\n"
        "Ledamöterna kallas och ersättarna underrättas härmed om sammanträde med\n"
        "barn- och utbildningsnämnden onsdagen den 23 april 2025 klockan 13:00 i\n"
        "Kommunhuset, sal Kalmarsund. Gruppmöten hålls från kl. 11.30.\n\nÄrenden\n\n1. Val av justerare\n"
    )
    assert doc.location == "Kommunhuset, sal Kalmarsund"


def test_uppdras_att_makes_the_meeting_it_reports_to_a_deadline():
    doc = run(
        "PROTOKOLL 2025-10-21\nBarn- och utbildningsnämnden\nBUN § 118 Delårsrapport\n"
        "Barn- och utbildningsnämndens beslut\n1. Delårsrapporten godkänns.\n"
        "2. Förvaltningschefen uppdras att redovisa en åtgärdsplan till\n\nnämndens sammanträde den 2 december 2025.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 12, 2)] == ["deadline"]
