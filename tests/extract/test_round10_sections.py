"""Forms of sections and decisions met in held-out round 10, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import case_number
from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------


def test_sign_read_as_an_eight_glued_to_the_number_and_after_a_speck():
    doc = run(
        "PROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum 2023-10-11\n\n"
        "846 Val av justerare\nNämnden utser Eva Ek att justera protokollet.\n\n"
        ". 847 Budgetuppföljning per augusti\nKFN 2023-0041\nNämnden beslutar att godkänna uppföljningen.\n\n"
        "8 48 Taxor för simhallen\nKFN 2023-0057\nNämnden beslutar att anta taxorna.\n"
    )
    assert items(doc) == [
        ("§ 46", None, "Val av justerare"),
        ("§ 47", "KFN 2023-0041", "Budgetuppföljning per augusti"),
        ("§ 48", "KFN 2023-0057", "Taxor för simhallen"),
    ]


def test_a_speck_and_a_digit_without_diarienummer_make_no_paragraph():
    doc = run("Anteckningar\nSkolledningen\n\nVi gick igenom listan.\n. 5 Skolskjuts till Näs\n. 6 Lokaler i Berga\n")
    assert not [s for s in doc.sections if s.kind == "paragraph"]


def test_a_margin_speck_before_the_series_is_not_part_of_the_case_number():
    assert case_number("G BUN 2024-0151") == "BUN 2024-0151"
    assert case_number("KS AU 2022/12") == "KS AU 2022/12"
    doc = run(
        "PROTOKOLL\nUtbildningsnämnden\n\n§ 12 Skolskjuts för gymnasiet\nK UN 2022-0107\nÄrendet\nReglerna ses över.\n\n"
        "§ 13 Lokalplan\nUN 2022-0110\nÄrendet\nPlanen gäller i fem år.\n"
    )
    assert items(doc) == [("§ 12", "UN 2022-0107", "Skolskjuts för gymnasiet"), ("§ 13", "UN 2022-0110", "Lokalplan")]


def test_headings_numbered_without_dots_from_the_first():
    doc = run(
        "Minnesanteckningar\nRektorsgruppen Norra\nDatum: 2024-02-02\nNärvarande: Eva Ek, Per Lund\n\n"
        "1 Föregående minnesanteckningar\nAnteckningarna godkändes.\n\n"
        "2 Fortbildning i matematik\nPer berättade om kursen.\n\n"
        "3 Övriga frågor\nInga frågor.\n"
    )
    assert items(doc) == [
        ("1.", None, "Föregående minnesanteckningar"),
        ("2.", None, "Fortbildning i matematik"),
        ("3.", None, "Övriga frågor"),
    ]


def test_sentences_numbered_without_dots_are_no_headings():
    doc = run(
        "Minnesanteckningar\nDatum: 2024-02-02\n\n"
        "1 Eleverna ska ha läxhjälp två dagar i veckan.\n2 Lärarna planerar tillsammans.\n3 Rektor följer upp.\n"
    )
    assert not [s for s in doc.sections if s.kind == "topic"]


def test_agenda_number_column_with_garbled_number_cells():
    doc = run(
        "KALLELSE\nBarn- och utbildningsnämnden\nTid: tisdag 4 mars 2025 kl 18.00\n\nDagordning\n\n"
        "AB;\tVal av justerare\n2\tBudgetuppföljning januari\nBUN 2025/0101 - föredragande: controller Eva Ek\n"
        "3:\tSkolplan 2025-2028\nÖd.\tRapport från elevrådet\n5.\tÖvriga frågor\n\nVälkomna!\n"
    )
    assert items(doc) == [
        ("1.", None, "Val av justerare"),
        ("2.", "BUN 2025/0101", "Budgetuppföljning januari"),
        ("3.", None, "Skolplan 2025-2028"),
        ("4.", None, "Rapport från elevrådet"),
        ("5.", None, "Övriga frågor"),
    ]


# --- decisions ---------------------------------------------------------------------------------


def test_att_clauses_right_under_the_decision_heading():
    doc = run(
        "PROTOKOLL\nMiljönämnden\n\n§ 21 Tillsynsplan 2024 MN 2024/12\n\nPlanen har tagits fram av förvaltningen.\n\n"
        "Miljönämndens beslut\n\natt anta tillsynsplanen för 2024,\n\n"
        "att uppdra åt förvaltningen att redovisa planen i december.\n"
    )
    assert decided(doc) == [
        ("§ 21", "beslut", "anta tillsynsplanen för 2024"),
        ("§ 21", "uppdrag", "uppdra åt förvaltningen att redovisa planen i december"),
    ]


def test_the_organs_decision_for_its_own_part_after_its_proposal():
    doc = run(
        "PROTOKOLL\nKommunstyrelsen\n\n§ 80 Ny idrottshall KS 2021/44\n\nHallen beräknas kosta 40 miljoner kronor.\n\n"
        "Kommunstyrelsens förslag till kommunfullmäktige\n\natt anslå 40 miljoner kronor till en ny idrottshall, :\n\n"
        "att investeringen lånefinansieras.\n\nKommunstyrelsens beslut för egen del\n\n"
        "att uppdra åt kommundirektören att ta fram en tidplan.\n"
    )
    assert decided(doc) == [
        ("§ 80", "förslag", "anslå 40 miljoner kronor till en ny idrottshall"),
        ("§ 80", "förslag", "investeringen lånefinansieras"),
        ("§ 80", "uppdrag", "uppdra åt kommundirektören att ta fram en tidplan"),
    ]


def test_paragraphs_that_decide_in_the_active_by_appointment_or_by_thanks():
    doc = run(
        "PROTOKOLL\nTekniska nämnden\n\n§ 1 Justering och föredragningslista\n\n"
        "Tekniska nämnden godkänner föredragningslistan. Lisa Berg (C) utses att justera protokollet.\n\n"
        "§ 2 Information om vinterväghållningen\n\nGatuchefen berättar om vintern.\n\nNämnden tackar för informationen.\n"
    )
    assert decided(doc) == [
        ("§ 1", "beslut", "Tekniska nämnden godkänner föredragningslistan."),
        ("§ 1", "beslut", "Lisa Berg (C) utses att justera protokollet."),
        ("§ 2", "beslut", "Nämnden tackar för informationen."),
    ]


def test_agreement_in_notes_and_a_paragraph_after_an_empty_line():
    doc = run(
        "Minnesanteckningar\nNätverket för studie- och yrkesvägledning\nDatum: 2024-03-01\n\n"
        "1. Prao i årskurs 8\n"
        "Karin berättade om förra årets prao, där alla elever i åttan fick en plats i tid till våren.\n"
        "Gruppen är överens om att samordna praoveckorna nästa läsår.\n"
        "Beslut: Praon läggs i vecka 46 i alla kommuner och skolorna meddelar företagen.\n"
        "Karin och Ola tar fram en gemensam blankett för praon och skickar den till rektorerna.\n\n"
        "Företagen har varit nöjda. Några vill ta emot fler elever.\n\n"
        "2. Övriga frågor\nInga.\n"
    )
    assert decided(doc) == [
        ("1.", "beslut", "Gruppen är överens om att samordna praoveckorna nästa läsår."),
        ("1.", "beslut", "Praon läggs i vecka 46 i alla kommuner och skolorna meddelar företagen."),
        ("1.", "uppdrag", "Karin och Ola tar fram en gemensam blankett för praon och skickar den till rektorerna."),
    ]
