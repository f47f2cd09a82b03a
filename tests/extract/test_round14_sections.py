"""Forms of sections and decisions met in held-out round 14, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import case_number
from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------


def test_case_number_with_the_year_first_and_the_series_joined_to_its_number():
    assert case_number("Dnr 2024/KFN0173") == "2024/KFN0173"
    assert case_number("läsåret 2024/25") is None
    doc = run(
        "PROTOKOLL\nKultur- och fritidsnämnden\n\n"
        "KFN § 40\nTaxor för simhallen\nDnr 2024/KFN0173\nNämnden beslutar att anta taxorna.\n\n"
        "KFN § 41\nFöreningsbidrag 2025\nDnr 2024/KFN0180\nNämnden beslutar att fördela bidragen.\n"
    )
    assert items(doc) == [
        ("§ 40", "2024/KFN0173", "Taxor för simhallen"),
        ("§ 41", "2024/KFN0180", "Föreningsbidrag 2025"),
    ]


def test_agenda_item_whose_case_line_carries_a_note_after_a_dot():
    doc = run(
        "KALLELSE\nMiljönämnden\n\nÄrenden\n"
        "1. Val av justerare\n"
        "2. Tillsynsplan 2025\nMN 2024.0311 · Föredragande: miljöchef Per Lund\n"
        "3. Taxa för prövning\nMN 2024.0320 : Yttrande ska lämnas senast den 3 mars\n"
        "4. Meddelanden\n"
    )
    assert items(doc) == [
        ("1.", None, "Val av justerare"),
        ("2.", "MN 2024.0311", "Tillsynsplan 2025"),
        ("3.", "MN 2024.0320", "Taxa för prövning"),
        ("4.", None, "Meddelanden"),
    ]


def test_case_number_above_the_paragraph_with_two_specks_before_it():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nTekniska nämnden\n\n"
        "TN/2024:101\n§ 20 Snöröjning i centrum\nNämnden beslutar att anta planen.\n\n"
        "a ö TN/2024:115\n§ 21 Gatubelysning på landsbygden\nNämnden beslutar att godkänna rapporten.\n"
    )
    assert items(doc) == [
        ("§ 20", "TN/2024:101", "Snöröjning i centrum"),
        ("§ 21", "TN/2024:115", "Gatubelysning på landsbygden"),
    ]


def test_extract_with_the_title_first_and_the_sign_at_the_line_end():
    doc = run(
        "Socialnämnden UTDRAG UR PROTOKOLL\nSammanträdesdatum 2024-04-09\n\n"
        "Riktlinjer för färdtjänst 2025 &17\nDiarienummer SN 2024/55-730\n\n"
        "Bakgrund\n\nFörvaltningen har sett över riktlinjerna.\n\n"
        "Beslut\n\nSocialnämnden beslutar att anta riktlinjerna.\n"
    )
    assert items(doc) == [("§ 17", "SN 2024/55-730", "Riktlinjer för färdtjänst 2025")]


def test_running_header_whose_logo_ocr_read_as_other_letters_on_each_page():
    page = "{logo} Lunds kommun Kulturnämnden\nProtokoll {n}\n\n"
    text = "Förvaltningen redogör för ärendet.\nLedamöterna ställer frågor.\nFrågorna besvaras.\n"
    sign = "Ordförandens sign Justerandes sign\n"
    doc = run(
        page.format(logo="AB", n=1) + "KN § 5\nBudget 2025\nDnr KN 2024/12\n" + text
        + "Nämnden beslutar att anta budgeten.\n\nKN § 6\nBibliotekets öppettider\n" + sign,
        page.format(logo="XR", n=2) + "Dnr KN 2024/31\n" + text + "Nämnden beslutar att utöka öppettiderna.\n\n"
        "KN § 7\nMeddelanden\n" + text + sign,
        page.format(logo="QE", n=3) + text + "Nämnden beslutar att lägga meddelandena till handlingarna.\n" + sign,
    )
    assert ("§ 6", "KN 2024/31", "Bibliotekets öppettider") in items(doc)


# --- decisions ---------------------------------------------------------------------------------


def test_proposal_to_the_council_through_the_executive_board():
    doc = run(
        "PROTOKOLL\nKultur- och fritidsnämnden\n\n"
        "§ 30\nInvesteringar 2026\nDnr KFN 2025/40\n"
        "Förvaltningen föreslår att konstgräsplanen renoveras.\n"
        "Kultur- och fritidsnämnden föreslår kommunstyrelsen att hos kommunfullmäktige\n"
        "begära\n"
        "att nämndens investeringsram för 2026\n: utökas med 2 mnkr.\n"  # ": " a speck before the wrapped line
        "Kultur- och fritidsnämnden beslutar för egen del\n"
        "att prioritera renoveringen av konstgräsplanen.\n"
    )
    assert decided(doc) == [
        ("§ 30", "förslag", "nämndens investeringsram för 2026 utökas med 2 mnkr"),
        ("§ 30", "beslut", "prioritera renoveringen av konstgräsplanen"),
    ]


def test_justerare_elected_in_the_text_above_the_decision_heading():
    doc = run(
        "PROTOKOLL\nSocialnämnden\n\n"
        "SN § 1\nUpprop och val av justerare\n"
        "Ordföranden hälsar välkommen. Karin Berg (L) väljs att justera protokollet. Ett extra ärende anmäls.\n"
        "Socialnämndens beslut\nDagordningen godkänns med tillägget.\n\n"
        "SN § 2\nBudget 2025\nSocialnämndens beslut\nBudgeten antas.\n"
    )
    assert decided(doc) == [
        ("§ 1", "beslut", "Karin Berg (L) väljs att justera protokollet"),
        ("§ 1", "beslut", "Dagordningen godkänns med tillägget"),
        ("§ 2", "beslut", "Budgeten antas"),
    ]
