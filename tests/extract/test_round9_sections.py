"""Forms of sections and decisions met in held-out round 9, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------


def test_sign_read_as_a_five_is_trusted_with_a_diarienummer_below_the_title():
    doc = run(
        "Protokollsutdrag\nGymnasienämnden\nSammanträdesdatum 2024-10-02\n\n"
        "GN 5 14\nSkolskjutsregler för gymnasieelever\nDiarienummer: 2024/00118\n\n"
        "Bakgrund\nReglerna har inte setts över sedan 2019.\n\n"
        "Beslut\nGymnasienämnden beslutar att anta de nya reglerna.\n"
    )
    assert items(doc) == [("§ 14", "2024/00118", "Skolskjutsregler för gymnasieelever")]


def test_five_and_a_number_without_diarienummer_stay_no_paragraph():
    doc = run("Röstlista\nLedamöter\n\nS 5 12\nM 5 13\n\nSumma 7 mot 4.\n")
    assert not [s for s in doc.sections if s.kind == "paragraph"]


def test_diarienummer_line_with_a_speck_after_the_number():
    doc = run(
        "PROTOKOLL\nKultur- och fritidsnämnden\n\n§ 8\nNy taxa för simhallen\nKFN 2024/55 7\n"
        "Förvaltningen har räknat om taxan.\n\n§ 9\nBiblioteksplan\nKFN 2024/61\nPlanen gäller i fyra år.\n"
    )
    assert items(doc) == [("§ 8", "KFN 2024/55", "Ny taxa för simhallen"), ("§ 9", "KFN 2024/61", "Biblioteksplan")]


def test_agenda_diarienummer_wrapped_onto_the_next_line():
    doc = run(
        "KALLELSE\nUtbildningsnämnden\n\nÄrenden\n1. Val av justerare\n"
        "2. Remissvar om ny modell för tilläggsbelopp till fristående skolor, Dnr UN\n2025/14\n"
        "3. Övriga frågor\n"
    )
    assert items(doc)[1] == ("2.", "UN 2025/14", "Remissvar om ny modell för tilläggsbelopp till fristående skolor")


def test_programme_time_garbled_before_the_next_timed_item_and_time_without_its_space():
    doc = run(
        "Inbjudan till nätverksträff\n\nVälkommen till en eftermiddag om läslyftet.\n\nProgram\n\n"
        "13 00 Inledning - Eva Ström (skolchef)\n"
        "13 20 Läsning i alla ämnen - Per Ek (lektor)\n"
        "XQ Paus\n"
        "14 40 Erfarenheter från skolorna\n"
        "1530 Summering och avslutning\n\n"
        "Anmälan\nAnmäl dig senast den 1 mars.\n"
    )
    assert [t for _, _, t in items(doc)] == [
        "Inledning",
        "Läsning i alla ämnen",
        "Paus",
        "Erfarenheter från skolorna",
        "Summering och avslutning",
    ]


def test_year_after_a_programme_is_no_clock_time():
    doc = run(
        "Program\n\nEn dag om elevhälsa.\n\n09 00 Kaffe\n09 30 Föreläsning - Anna Berg (kurator)\n"
        "11 00 Samtal i grupper\n\nBakgrund\n2023 Kartläggning av elevhälsan gjordes i alla kommuner\n"
    )
    assert [t for _, _, t in items(doc)] == ["Kaffe", "Föreläsning", "Samtal i grupper"]


def test_notes_table_title_cell_beside_the_notes():
    doc = run(
        "Anteckningar ledningsgrupp grundskola\nDatum 4/3 2024\nNärvarande Per Holm, Eva Lind\n\n"
        "Punkt Anteckningar\n"
        "1. Lovskola Eva berättade om planeringen av sommarens lovskola.\n"
        "2. Budget Prognosen visar ett litet överskott.\n"
        "3. Nästa träff Onsdag 10 april i Lindskolan.\n"
    )
    assert [t for _, _, t in items(doc)] == ["Lovskola", "Budget", "Nästa träff"]


# --- decisions ---------------------------------------------------------------------------------


FOOTER = "Justerandes sign Utdragsbestyrkande\n\nKLM\n"


def test_numbered_clause_of_two_sentences_across_a_page_break_is_one_decision():
    doc = run(
        "Barn- och utbildningsnämnden Blad 1\nSAMMANTRÄDESPROTOKOLL\n\n§ 31\nSkolans läsårstider\nBUN 2024/70\n"
        "Förvaltningen har tagit fram ett förslag.\nBarn- och utbildningsnämndens beslut\n"
        "1. Läsårstiderna för 2025/26 fastställs.\n2. Höstterminen börjar den 18 augusti\n\n" + FOOTER,
        "xy Barn- och utbildningsnämnden Blad 2\nSAMMANTRÄDESPROTOKOLL\n\n"
        "2025. Lovdagarna läggs enligt bilaga 2.\n\n§ 32\nÖvriga frågor\nInga frågor togs upp.\n\n" + FOOTER,
    )
    assert decided(doc) == [
        ("§ 31", "beslut", "Läsårstiderna för 2025/26 fastställs"),
        ("§ 31", "beslut", "Höstterminen börjar den 18 augusti 2025. Lovdagarna läggs enligt bilaga 2"),
    ]


def test_plus_bullets_and_a_dispatch_line_under_the_decision():
    doc = run(
        "PROTOKOLL\nSocialnämnden\n\n§ 5 Dnr SN 2024/12\nUppföljning av budget\nEkonomen redogör för utfallet.\n"
        "Beslut\n« Socialnämnden godkänner uppföljningen.\n"
        "+ Förvaltningen får i uppdrag att ta fram en åtgärdsplan till april.\n\n"
        "Expedieras: Kommunstyrelsen, ekonomiavdelningen\n"
    )
    assert decided(doc) == [
        ("§ 5", "beslut", "Socialnämnden godkänner uppföljningen"),
        ("§ 5", "uppdrag", "Förvaltningen får i uppdrag att ta fram en åtgärdsplan till april"),
    ]
