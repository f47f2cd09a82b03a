"""Forms of sections and decisions met in held-out round 8, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import case_number, heading_kind
from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------


def test_items_numbered_with_a_parenthesis_keep_it():
    doc = run(
        "Anteckningar rektorsgrupp\nDatum: 2024-02-05\nNärvarande: Per Holm, Eva Lind\n\n"
        "1) Läget i verksamheten\nAlla skolor rapporterade kort.\n\n"
        "2) Lovskola i sommar\nEva samordnar planeringen.\n\n"
        "3) Övriga frågor\nInga övriga frågor.\n"
    )
    assert [n for n, _, _ in items(doc)] == ["1)", "2)", "3)"]
    assert items(doc)[1][2] == "Lovskola i sommar"


def test_paragraph_sign_read_as_a_three_is_trusted_with_its_diarienummer():
    doc = run(
        "PROTOKOLLSUTDRAG\nBarn- och utbildningsnämnden\nSammanträdesdatum 2024-05-13\n\n"
        "BUN 3 27 Dnr BUN/2024:118\nNy förskola i Västra hamnen\n"
        "Nämnden beslutar att ge förvaltningen i uppdrag att ta fram en förstudie.\n"
    )
    assert items(doc) == [("§ 27", "BUN/2024:118", "Ny förskola i Västra hamnen")]


def test_three_and_a_number_without_diarienummer_is_no_paragraph():
    doc = run("Omröstningslista\nLedamöter och ersättare\n\nSD 3 12\nKD 3 13\n\nSumma röster 7 mot 4.\n")
    assert not [s for s in doc.sections if s.kind == "paragraph"]


def test_bare_diarienummer_keeps_its_suffix():
    assert case_number("§ 12 Dnr 2022/045-610") == "2022/045-610"
    assert case_number("Dnr 2021/7") == "2021/7"


def test_programme_item_whose_time_ocr_garbled():
    doc = run(
        "Program för studiedagen\n\nVi hälsar alla välkomna till en dag om läsning.\n\n"
        "8 15 Samling och kaffe\n\n"
        "8 45 Välkommen - Maria Sundberg (skolchef)\n\n"
        "IOA5 Läsfrämjande arbete i klassrummet - Karin Holm (lektor, Umeå universitet)\n\n"
        "11 30 Lunch\n\n13 00 Avslutning\n"
    )
    titles = [t for _, _, t in items(doc)]
    assert titles == ["Samling och kaffe", "Välkommen", "Läsfrämjande arbete i klassrummet", "Lunch", "Avslutning"]


def test_programme_speaker_named_by_role_after_a_dash():
    doc = run(
        "Program\n\nEn eftermiddag för alla som arbetar med elevhälsa.\n\n"
        "13 00 Inledning\n\n13 15 Gruppsamtal - kuratorer från de tre kommunerna\n\n"
        "14 30 Kaffe\n\n15 00 Summering - rektor Lena Berg\n"
    )
    assert [t for _, _, t in items(doc)] == ["Inledning", "Gruppsamtal", "Kaffe", "Summering"]


# --- decisions ---------------------------------------------------------------------------------


def test_organ_decision_heading_with_ocr_specks():
    assert heading_kind("Kultur- och fritidsnämndens beslut 5") == "decision"
    assert heading_kind("Socialnämndens förslag till. kommunfullmäktige") == "proposal"
    doc = run(
        "PROTOKOLL\nSocialnämnden\n\n§ 8 Dnr SN 2024/31\nRapport om hemtjänsten\n"
        "Förvaltningen redogör för läget.\n\nSocialnämndens beslut 5\n\n"
        "1. Rapporten noteras till protokollet.\n\n"
        "§ 9 Dnr SN 2024/40\nMotion om trygghetsboende\nEn motion har lämnats in.\n\n"
        "Socialnämndens förslag till. kommunfullmäktige\n\nMotionen bifalls.\n"
    )
    assert decided(doc) == [
        ("§ 8", "beslut", "Rapporten noteras till protokollet"),
        ("§ 9", "förslag", "Motionen bifalls"),
    ]


def test_att_clauses_behind_guillemet_bullets_end_at_their_full_stop():
    doc = run(
        "PROTOKOLL\nKommunstyrelsen\n\n§ 14 Dnr KS 2024/77\nTaxa för skolmåltider\n"
        "Ärendet har beretts av förvaltningen.\n"
        "Kommunstyrelsen beslutar\n"
        "» att anta taxan för skolmåltider enligt bilaga,\n"
        "« att taxan gäller från och med den 1 januari\n2025.\n"
        "Jonas Ek (V) reserverar sig mot beslutet i den första\natt-satsen.\n"
    )
    assert decided(doc) == [
        ("§ 14", "beslut", "anta taxan för skolmåltider enligt bilaga"),
        ("§ 14", "beslut", "taxan gäller från och med den 1 januari 2025"),
    ]


def test_paragraph_without_decision_heading_appoints_or_decides_in_the_passive():
    doc = run(
        "PROTOKOLL\nMiljönämnden\n\n§ 1\nVal av justerare\nNämnden utser Karin Lund (C) att justera protokollet.\n\n"
        "§ 2\nFastställande av föredragningslista\nFöredragningslistan fastställs utan ändringar.\n\n"
        "§ 3 Dnr MN 2024/9\nBudget 2025\nBudgeten fastställs av kommunfullmäktige i juni.\n\n"
        "§ 4 Dnr MN 2024/12\nRedovisning av delegationsbeslut\nRedovisningen läggs till handlingarna.\n"
    )
    assert decided(doc) == [
        ("§ 1", "beslut", "Nämnden utser Karin Lund (C) att justera protokollet."),
        ("§ 2", "beslut", "Föredragningslistan fastställs utan ändringar."),
        ("§ 4", "beslut", "Redovisningen läggs till handlingarna."),
    ]


def test_passive_forms_decide_nothing_in_informal_minutes():
    doc = run(
        "Minnesanteckningar nätverket för studie- och yrkesvägledare\nDatum: 2024-03-04\n"
        "Närvarande: Per Holm, Eva Lind\n\n1. Föregående anteckningar\nAnteckningarna godkänns.\n\n"
        "2. Praoveckan\nDatum för praon diskuteras.\n\n3. Nästa möte\nMötet hålls i Gävle.\n"
    )
    assert decided(doc) == []


def test_someone_answers_for_a_task_in_informal_minutes():
    doc = run(
        "Minnesanteckningar ledningsgrupp\nDatum: 2024-04-08\nNärvarande: Per Holm, Eva Lind\n\n"
        "1. Skolavslutningen\nPlanen gicks igenom.\nEva ansvarar för inbjudan till vårdnadshavarna.\n\n"
        "2. Övriga frågor\nInga.\n"
    )
    assert decided(doc) == [("1.", "uppdrag", "Eva ansvarar för inbjudan till vårdnadshavarna.")]
