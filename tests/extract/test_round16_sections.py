"""Forms of sections and decisions met in held-out round 16, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------

AGENDA_TABLE = (
    "KALLELSE\nMiljö- och byggnadsnämnden\n\nTid Torsdagen den 6 mars 2025, klockan 13.00\n\n"
    "Föredragningslista\n\nNr Ärende Diarienr Föredragande\n\n"
    "I Val av\njusterare\n\n"
    "2 Godkännande av\ndagordning\n\n"
    "3 Tillsynsplan för MBN 2025/31 Sara Holm, miljöchef\nlivsmedel 2025\n\n"
    "4 Detaljplan för MBN 2024/88 Erik Berg, planarkitekt\n Norrmalmsparken Norrmalmsparken\n"
    "etapp 2\n"
    "5 Delegationsbeslut och\n\nmeddelanden\n\n"
    "Handlingarna finns i läsplattan från och med måndag. Ärende 4 är ett beredningsärende och ska "
    "beslutas först i april.\n"
)


def test_agenda_table_whose_first_number_ocr_lost_under_a_caption_with_diarienr():
    assert [number for number, _, _ in items(run(AGENDA_TABLE))] == ["1.", "2.", "3.", "4.", "5."]


def test_agenda_title_cut_after_its_preposition_goes_on_with_a_heading_word_in_lower_case():
    assert items(run(AGENDA_TABLE))[0] == ("1.", None, "Val av justerare")


def test_word_repeated_across_title_and_presenter_cells_is_kept_once():
    assert items(run(AGENDA_TABLE))[3] == ("4.", "MBN 2024/88", "Detaljplan för Norrmalmsparken etapp 2")


def test_matter_that_will_be_decided_later_is_no_decision():
    assert decided(run(AGENDA_TABLE)) == []


# --- decisions ---------------------------------------------------------------------------------


def test_signature_boxes_run_together_with_specks_and_initials_with_a_digit_are_no_decisions():
    doc = run(
        "PROTOKOLL\nSocialnämnden\n\n§ 4 Rapport om ej verkställda beslut\nDnr SN 2025/0012\n\n"
        "Beslut\n\nRapporten läggs till handlingarna.\n\n"
        "Ordförandes signatur : Justerandes signatur E Utdragsbestyrkande\n\nKL3 MN\n",
        "PROTOKOLL\nSocialnämnden\n\n§ 5 Information\n\nBeslut\n\nInformationen noteras.\n\n"
        "Ordförandes signatur Justerandes signatur Utdragsbestyrkande\n",
    )
    assert decided(doc) == [
        ("§ 4", "beslut", "Rapporten läggs till handlingarna"),
        ("§ 5", "beslut", "Informationen noteras"),
    ]


def test_organ_that_lays_the_reports_to_the_files_in_a_paragraph_without_decision_heading():
    doc = run(
        "PROTOKOLL\nKommunstyrelsen\n\n§ 77 Meddelanden\n"
        "Följande meddelanden redovisas:\n- skrivelse från Länsstyrelsen om vattenskydd.\n"
        "Kommunstyrelsen lägger skrivelserna till handlingarna.\n"
    )
    assert decided(doc) == [("§ 77", "beslut", "Kommunstyrelsen lägger skrivelserna till handlingarna.")]


def test_proposal_heading_to_a_higher_organ_ends_the_numbered_decisions_above_it():
    doc = run(
        "PROTOKOLLSUTDRAG\nKultur- och fritidsnämnden\n\n§ 19 Ny simhall\nDnr KFN 2025/0040\n\n"
        "Beslut\n\nKultur- och fritidsnämnden beslutar\n\n"
        "1. Simhallen byggs vid Sporthallen.\n\n"
        "2. Förvaltningen redovisar tidplanen för nämnden i juni 2025.\n\n"
        "Förslag till kommunfullmäktige\n"
        "Kultur- och fritidsnämnden föreslår kommunfullmäktige att anslå 2 miljoner kronor till projekteringen.\n"
    )
    assert decided(doc) == [
        ("§ 19", "beslut", "Simhallen byggs vid Sporthallen"),
        ("§ 19", "beslut", "Förvaltningen redovisar tidplanen för nämnden i juni 2025"),
        ("§ 19", "förslag", "anslå 2 miljoner kronor till projekteringen"),
    ]
