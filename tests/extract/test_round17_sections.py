"""Forms of sections met in held-out round 17, written by hand in other words: one small document
per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import case_number
from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------

WORK_COMMITTEE = (
    "PROTOKOLL\nKultur- och fritidsnämndens arbetsutskott\n\nSammanträde: tisdag 4.3.2025, kl 09.00-11.00\n\n"
    "KFAU $& 12 Dnr 2025:KFN0031\n"
    "Bidrag till studieförbund 2025\n"
    "Fritidschefen redogör för ansökningarna från fyra studieförbund.\n"
    "Arbetsutskottet föreslår kultur- och fritidsnämnden besluta\n"
    "• att fördela bidraget enligt bilaga 1.\n\n"
    "KFAU § 13 Dnr 2025:KFN0040\n"
    "Öppettider i simhallen\n"
    "Arbetsutskottet beslutar\n"
    "• att simhallen har öppet till kl 21 på torsdagar.\n"
)


def test_case_number_with_the_year_first_and_a_colon_before_the_series():
    assert case_number("Dnr 2025:KFN0031") == "2025:KFN0031"
    assert case_number("Dnr 2024/MBN0007") == "2024/MBN0007"


def test_organ_abbreviation_and_sign_read_as_dollar_and_ampersand_with_the_year_first_case_number():
    assert items(run(WORK_COMMITTEE)) == [
        ("§ 12", "2025:KFN0031", "Bidrag till studieförbund 2025"),
        ("§ 13", "2025:KFN0040", "Öppettider i simhallen"),
    ]


def test_proposal_under_a_paragraph_whose_sign_ocr_misread_is_found():
    assert ("§ 12", "förslag", "fördela bidraget enligt bilaga 1") in decided(run(WORK_COMMITTEE))


AGENDA = (
    "KALLELSE\nSocialnämnden\n\nTid Tisdagen den 9 december 2025, kl. 14.00\n\n"
    "Föredragningslista\n\n"
    "1. Val av justerare\n\n"
    "2. Godkännande av dagordning\n\n"
    "3. Budgetuppföljning november 2025\nSN 2025-0210 · Föredragande: Per Ek, ekonom\n\n"
    "fä Riktlinjer för bistånd till äldre,\nremissvar\n"
    "SN 2025-0188 · Remissvaret ska vara länsstyrelsen tillhanda\nsenast den 20 december.\n\n"
    "5. Verksamhetsplan 2026\nSN 2025-0201\n\n"
    "6. Anmälan av delegationsbeslut\n"
)


def test_agenda_item_whose_number_ocr_read_as_two_small_letters_between_its_neighbours():
    assert items(run(AGENDA))[3:5] == [
        ("4.", "SN 2025-0188", "Riktlinjer för bistånd till äldre remissvar"),
        ("5.", "SN 2025-0201", "Verksamhetsplan 2026"),
    ]


def test_line_opening_with_a_two_letter_word_is_no_lost_agenda_item():
    text = AGENDA.replace("fä Riktlinjer", "4. Riktlinjer").replace(
        "5. Verksamhetsplan 2026\nSN 2025-0201\n\n", "Då Kommunfullmäktige beslutat om taxan\n\n7. Verksamhetsplan 2026\n"
    )
    assert [number for number, _, _ in items(run(text))][:4] == ["1.", "2.", "3.", "4."]
    assert all(title != "Kommunfullmäktige beslutat om taxan" for _, _, title in items(run(text)))


def test_agenda_title_ending_in_a_comma_goes_on_with_a_heading_word_in_lower_case():
    text = (
        "KALLELSE\nMiljönämnden\n\nFöredragningslista\n\n1. Val av justerare\n\n"
        "2. Ansökan om strandskyddsdispens för brygga vid Lillsjön,\nyttrande\nMN 2025-0077\n\n"
        "3. Delegationsbeslut\n"
    )
    assert items(run(text))[1] == ("2.", "MN 2025-0077", "Ansökan om strandskyddsdispens för brygga vid Lillsjön yttrande")


# --- decisions ---------------------------------------------------------------------------------


def test_clause_in_which_an_official_reports_back_is_a_task():
    text = (
        "PROTOKOLL\nSocialnämnden\n\n§ 31\nHemtjänstens bemanning\n"
        "Socialnämnden beslutar\n"
        "• att anta handlingsplanen,\n"
        "• att socialchefen återrapporterar till nämnden i april.\n"
    )
    assert decided(run(text)) == [
        ("§ 31", "beslut", "anta handlingsplanen"),
        ("§ 31", "uppdrag", "socialchefen återrapporterar till nämnden i april"),
    ]


def test_official_reporting_in_running_notes_is_no_decision():
    text = (
        "ANTECKNINGAR\nNätverket för skolbibliotek\n\n"
        "Samordnaren redovisar för gruppen hur utlånen utvecklats under hösten.\n"
        "Nästa möte hålls i februari.\n"
    )
    assert decided(run(text)) == []
