"""Forms of §-headings, agenda tables and decision blocks met in held-out round 7, each written
by hand as a small document of its own and run through segmentation and extraction."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.segment import case_number
from tests.extract.forms import run


def paragraphs(doc: Document) -> list[tuple[str | None, str | None, str]]:
    return [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "paragraph"]


def decisions(doc: Document) -> list[tuple[str | None, str, str]]:
    numbers = {s.section_id: s.number for s in doc.sections}
    return [(numbers[d.section_id], d.kind, d.text) for d in doc.decisions]


# --- § headings ----------------------------------------------------------------------------------


def test_a_pound_sign_read_for_the_paragraph_sign():
    doc = run(
        "PROTOKOLL\nMiljönämnden\n2023-03-02\n"
        "£14 Val av justerare\nNämnden beslutar att utse Per Holm att justera protokollet.\n"
        "§ 15 Tillsynsplan 2023\nDnr MN 2023/12\nNämnden beslutar att anta tillsynsplanen.\n"
    )
    assert paragraphs(doc) == [("§ 14", None, "Val av justerare"), ("§ 15", "MN 2023/12", "Tillsynsplan 2023")]


def test_the_organs_abbreviation_before_a_sign_ocr_misread():
    doc = run(
        "PROTOKOLL\nKommunstyrelsen\n2022-05-10\n"
        "KS & 51 Dnr KS 2022/101\nVal av justerare\nKommunstyrelsen beslutar att utse Eva Lind.\n"
        ". KS § 52 Dnr KS 2022/88\nBudgetuppföljning april\nKommunstyrelsen beslutar att lägga rapporten till handlingarna.\n"
        "KS 8 53 Dnr KS 2022/12\nAnmälningar\nKommunstyrelsen beslutar att lägga anmälningarna till handlingarna.\n"
    )
    assert paragraphs(doc) == [
        ("§ 51", "KS 2022/101", "Val av justerare"),
        ("§ 52", "KS 2022/88", "Budgetuppföljning april"),
        ("§ 53", "KS 2022/12", "Anmälningar"),
    ]


def test_the_title_first_and_the_paragraph_at_the_lines_end():
    doc = run(
        "PROTOKOLLSUTDRAG\nKultur- och fritidsnämnden\n2024-02-08\n"
        "Öppettider i simhallen 2024 KFN § 9\nDnr 2024.31 KFN\n"
        "Beslut\nKultur- och fritidsnämnden beslutar att simhallen öppnar klockan 06.30 på vardagar.\n"
    )
    assert paragraphs(doc) == [("§ 9", "2024.31 KFN", "Öppettider i simhallen 2024")]
    assert decisions(doc) == [("§ 9", "beslut", "simhallen öppnar klockan 06.30 på vardagar")]


def test_a_paragraph_cited_at_the_end_of_a_line_of_text_starts_nothing():
    doc = run(
        "PROTOKOLLSUTDRAG\nKultur- och fritidsnämnden\n2024-02-08\n"
        "Ärendet återremitterades till nämnden genom beslut i KF § 12\n"
        "och behandlas nu på nytt.\n"
        "§ 37 Taxor för föreningar\nDnr KFN 2024/3\n"
        "Nämnden beslutar att höja taxorna med tre procent.\n"
    )
    assert paragraphs(doc) == [("§ 37", "KFN 2024/3", "Taxor för föreningar")]


def test_a_document_type_before_the_paragraph_is_no_title():
    doc = run(
        "Protokollsutdrag MN § 40\nÅtgärdsplan för buller\nDnr MN 2021/77\n"
        "Beslut\nMiljönämnden beslutar att anta åtgärdsplanen.\n"
    )
    assert paragraphs(doc) == [("§ 40", "MN 2021/77", "Åtgärdsplan för buller")]


def test_a_case_number_with_its_series_after_the_number():
    assert case_number("Dnr 2023.515 SN") == "2023.515 SN"
    assert case_number("Dnr 2023.515 Budget") == "2023.515"  # a word of the title, not a series


def test_a_case_number_line_with_an_ocr_speck_after_it():
    doc = run(
        "PROTOKOLL\nSocialnämnden\n2023-09-14\n"
        "§ 60 Delårsrapport\nDnr SN 2023/00031 2\nSocialnämnden beslutar att godkänna delårsrapporten.\n"
        "§ 61 Riktlinjer för bistånd\nDnr SN 2023/00040\nSocialnämnden beslutar att anta riktlinjerna.\n"
    )
    assert paragraphs(doc) == [
        ("§ 60", "SN 2023/00031", "Delårsrapport"),
        ("§ 61", "SN 2023/00040", "Riktlinjer för bistånd"),
    ]


# --- agenda tables -------------------------------------------------------------------------------


def test_an_agenda_table_with_a_presenter_column_read_line_by_line():
    doc = run(
        "KALLELSE\nSocialnämnden\n2024-04-02\n"
        "Nr Ärende Dnr Föredragande\n"
        "1 Val av justerare\n"
        "2 Ny organisation för SN 2024/14 Karin Ek,\n"
        "Hemtjänsten i norra distriktet socialchef\n"
        "3 Riktlinjer för SN 2024/20 Olle Berg, controller\n"
        "ekonomiskt bistånd\n"
        "4 Anmälan av SN 2024/2\n"
        "delegationsbeslut\n"
        "Förhinder anmäls till nämndsekreteraren senast dagen före sammanträdet.\n"
    )
    assert [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"] == [
        ("1.", None, "Val av justerare"),
        ("2.", "SN 2024/14", "Ny organisation för Hemtjänsten i norra distriktet"),
        ("3.", "SN 2024/20", "Riktlinjer för ekonomiskt bistånd"),
        ("4.", "SN 2024/2", "Anmälan av delegationsbeslut"),
    ]


# --- decision blocks -----------------------------------------------------------------------------


def test_a_numbered_decision_list_without_a_lead():
    doc = run(
        "PROTOKOLL\nUtbildningsnämnden\n2023-11-21\n"
        "§ 70 Plan mot kränkande behandling\nDnr UN 2023/150\n"
        "Beslut\n1. Planen mot kränkande behandling antas och gäller från och med 1\n"
        "januari 2024.\n"
        "2. Förvaltningen får i uppdrag att följa upp planen i juni 2024.\n"
    )
    assert decisions(doc) == [
        ("§ 70", "beslut", "Planen mot kränkande behandling antas och gäller från och med 1 januari 2024"),
        ("§ 70", "uppdrag", "Förvaltningen får i uppdrag att följa upp planen i juni 2024"),
    ]


def test_att_clauses_stay_apart_when_ocr_specks_follow_the_comma():
    doc = run(
        "PROTOKOLL\nUtbildningsnämnden\n2023-11-21\n"
        "§ 71 Skolskjuts\nDnr UN 2023/151\n"
        "Beslut\nUtbildningsnämnden beslutar\n"
        "att skolskjuts erbjuds elever i årskurs 1-3 från 2 km, ö i\n"
        "att uppdra åt förvaltningen att informera vårdnadshavarna.\n"
    )
    assert decisions(doc) == [
        ("§ 71", "beslut", "skolskjuts erbjuds elever i årskurs 1-3 från 2 km"),
        ("§ 71", "uppdrag", "uppdra åt förvaltningen att informera vårdnadshavarna"),
    ]


def test_a_voting_list_after_the_last_decision_is_no_decision():
    doc = run(
        "PROTOKOLL\nUtbildningsnämnden\n2023-11-21\n"
        "§ 72 Anmälan av delegationsbeslut\nDnr UN 2023/4\n"
        "Beslut\nRedovisningen av delegationsbeslut läggs till handlingarna.\n"
        "Närvaro- och omröstningslista\nLedamöter Tjänstgörande Ja Nej\n"
        "Anna Lind (S), ordf. X X\nPer Ek (M) X X\n"
    )
    assert decisions(doc) == [("§ 72", "beslut", "Redovisningen av delegationsbeslut läggs till handlingarna")]


def test_the_organs_lead_after_the_yrkanden_is_the_decision():
    doc = run(
        "PROTOKOLL\nKommunstyrelsen\n2022-10-04\n"
        "§ 90 Ny sporthall i Västby\nDnr KS 2022/300\n"
        "Förvaltningen har utrett behovet av en ny sporthall.\n"
        "Yrkanden\nAnna Lind (S) yrkar bifall till förslaget. Per Ek (M) yrkar att kommunstyrelsen beslutar\n"
        "att avslå förslaget.\n"
        "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller\n"
        "Anna Linds yrkande.\n"
        "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
        "1. att anta en investeringsram om 40 miljoner kronor för en ny sporthall,\n"
        "Kommunstyrelsen beslutar för egen del\n"
        "2. att uppdra åt förvaltningen att upphandla sporthallen.\n"
        "Reservation\nPer Ek (M) reserverar sig mot beslutet.\n"
    )
    assert decisions(doc) == [
        ("§ 90", "förslag", "anta en investeringsram om 40 miljoner kronor för en ny sporthall"),
        ("§ 90", "uppdrag", "uppdra åt förvaltningen att upphandla sporthallen"),
    ]
