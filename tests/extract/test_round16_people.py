"""People, roles and attendance in forms met in held-out round 16, written by hand as small documents of
their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import run

PROTOKOLL = "SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nSammanträdesdatum 2025-03-11\n\n"
PARAGRAF = "§ 21 Val av justerare\nNämnden utser Sara Lindqvist.\n"


def seen(doc, name: str) -> tuple[list[str], str, str | None]:
    person = next(p for p in doc.people if p.name == name)
    return person.roles, person.attendance, person.party


def test_speck_after_the_meeting_time_does_not_swallow_the_member_columns_heading():
    doc = run(
        PROTOKOLL
        + "Plats och tid Stadshuset, rum Ugglan, tisdagen den 11 mars 2025 kl\n\n09:00 - 12.15 ,\n"
        + "BESLUTANDE ERSÄTTARE\n"
        + "Sara Lindqvist (M), ordförande Gustav Berg (L)\n"
        + "Amir Hosseini (S) Ellen Krantz (V)\n\n"
        + "Oskar Fält (C)\n\n"
        + "Övriga deltagare Lena Ström, socialchef\n\n"
        + PARAGRAF
    )
    assert seen(doc, "Sara Lindqvist") == (["ordförande"], "beslutande", "M")
    assert seen(doc, "Gustav Berg") == (["ersättare"], "ersättare", "L")
    assert seen(doc, "Amir Hosseini") == (["ledamot"], "beslutande", "S")
    assert seen(doc, "Oskar Fält") == (["ledamot"], "beslutande", "C")


def test_prose_substitutes_each_name_the_member_they_served_for():
    doc = run(
        PROTOKOLL
        + "Närvarande beslutande var Sara Lindqvist (M), ordförande, samt ledamöterna Amir Hosseini (S) och\n"
        + "Oskar Fält (C). Gustav Berg (L) tjänstgjorde som ersättare för Nils Holm (L) och Ellen Krantz (V) för\n"
        + "Maja Östlund (S).\n\n"
        + "Därutöver deltog socialchef Lena Ström och nämndsekreterare Tuva Falk.\n\n"
        + PARAGRAF
    )
    assert seen(doc, "Gustav Berg") == (["ersättare"], "beslutande", "L")
    assert seen(doc, "Nils Holm") == (["ledamot"], "frånvarande", "L")
    assert seen(doc, "Ellen Krantz") == (["ersättare"], "beslutande", "V")
    assert seen(doc, "Maja Östlund") == (["ledamot"], "frånvarande", "S")
    assert seen(doc, "Lena Ström")[1] == "övrig"
    assert seen(doc, "Tuva Falk")[1] == "övrig"


def test_surname_that_is_a_common_word_wraps_when_a_party_follows_it():
    doc = run(
        "PRESSMEDDELANDE\nSocialnämnden 2025-03-12\n\n"
        + "Nämnden beslutade i går att bygga ett nytt boende. – Vi har väntat länge, säger Eva\n"
        + "Holm (KD), ordförande. Oppositionen är kritisk, menar Anders\n"
        + "Sjö (SD).\n"
    )
    assert seen(doc, "Eva Holm") == (["ordförande"], "omnämnd", "KD")
    assert seen(doc, "Anders Sjö")[1:] == ("omnämnd", "SD")


def test_agenda_title_cut_after_a_preposition_does_not_label_the_next_presenter():
    doc = run(
        "KALLELSE\nSocialnämnden\n2025-03-27\n\n"
        + "Tid Tisdagen den 8 april 2025, klockan 08.30\n\n"
        + "Nr Ärende Diarienr Föredragande\n\n"
        + "1 Upprop och val av\njusterare\n\n"
        + "2 Budgetuppföljning SN 2025/14 Kim Larsson, controller\nper februari 2025\n"
    )
    assert seen(doc, "Kim Larsson")[0] == ["controller", "föredragande"]


def test_kommun_column_holds_a_host_kommun_whose_name_is_also_a_word():
    doc = run(
        "Minnesanteckningar\nBorgholms kommun, sektor utbildning 2024-10-03\n\nElevhälsonätverket\n\n"
        + "Närvarande\n\nNamn Funktion Kommun\n"
        + "Sofia Lundgren rektor, ordförande . Borgholm\n"
        + "Jonas Ekström skolchef Kalmar\n"
        + "Linnea Dahlberg kurator, antecknar Borgholm\n\n"
        + "1. Inledning\nSofia hälsade välkommen.\n"
    )
    assert next(p for p in doc.people if p.name == "Sofia Lundgren").affiliation == "Borgholm"
    assert next(p for p in doc.people if p.name == "Linnea Dahlberg").affiliation == "Borgholm"
    assert next(p for p in doc.people if p.name == "Jonas Ekström").affiliation == "Kalmar"


def test_final_c_acute_of_a_short_surname_read_two_ways_is_one_person():
    doc = run(
        "KALLELSE\nSocialnämnden\n2025-03-27\n\n"
        + "Nr Ärende Diarienr Föredragande\n\n"
        + "2 Boendeplanering SN 2025/31 Goran Iliå, enhetschef\n\n"
        + "Före sammanträdet visar enhetschef Goran Ilić det nya boendet.\n"
    )
    gorans = [p for p in doc.people if p.name.startswith("Goran")]
    assert [p.name for p in gorans] == ["Goran Ilić"]
    assert gorans[0].roles == ["enhetschef", "föredragande"]
