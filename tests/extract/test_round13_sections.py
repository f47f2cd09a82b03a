"""Forms of sections and decisions met in held-out round 13, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import case_number
from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------


def test_case_number_with_a_six_digit_running_number_on_its_own_line():
    assert case_number("KFN 2023/000145") == "KFN 2023/000145"
    doc = run(
        "PROTOKOLL\nKultur- och fritidsnämnden\n\n"
        "§ 12\nTaxor för idrottshallar 2024\nKFN 2023/000145\nNämnden beslutar att anta taxorna.\n\n"
        "§ 13\nBidrag till föreningar\nKFN 2023/000152\nNämnden beslutar att fördela bidragen.\n"
    )
    assert items(doc) == [
        ("§ 12", "KFN 2023/000145", "Taxor för idrottshallar 2024"),
        ("§ 13", "KFN 2023/000152", "Bidrag till föreningar"),
    ]


def test_case_line_labelled_arende_backs_a_single_misread_sign():
    doc = run(
        "PROTOKOLLSUTDRAG\nSocialnämnden 2024-05-14\n\n"
        "SN & 58 Riktlinjer för hemtjänst\nÄrende SN 2024-117\n\n"
        "Bakgrund\n\nFörvaltningen har sett över riktlinjerna.\n\n"
        "Överläggning\n\nLedamöterna diskuterar.\n\n"
        "Beslut\n\nSocialnämnden beslutar att anta riktlinjerna.\n"
    )
    assert items(doc) == [("§ 58", "SN 2024-117", "Riktlinjer för hemtjänst")]


def test_agenda_item_whose_case_number_wraps_after_the_parenthesis():
    doc = run(
        "KALLELSE\nMiljönämnden\n\nÄrenden\n"
        "1. Val av justerare\n"
        "2. Tillsynsplan för livsmedelskontrollen (MN\n2024/0311)\n"
        "3. Taxa för prövning (MN 2024/0320)\n"
    )
    assert items(doc) == [
        ("1.", None, "Val av justerare"),
        ("2.", "MN 2024/0311", "Tillsynsplan för livsmedelskontrollen"),
        ("3.", "MN 2024/0320", "Taxa för prövning"),
    ]


def test_agenda_item_whose_number_ocr_read_as_letters_keeps_its_place():
    expected = [
        ("1.", None, "Val av justerare"),
        ("2.", "KN 2025/0044", "Budget för 2026"),
        ("3.", None, "Konstinköp till nya skolan"),
        ("4.", None, "Utställningar under hösten"),
        ("5.", None, "Meddelanden och delegationsbeslut"),
    ]
    doc = run(
        "KALLELSE\nKulturnämnden\n\nÄrenden\n"
        "1 Val av justerare\n\n2 Budget för 2026 (KN 2025/0044)\n\n3 Konstinköp till nya skolan\n\n"
        "Z Utställningar under hösten\n\n5 Meddelanden och delegationsbeslut\n"
    )
    assert items(doc) == expected
    doc = run(  # the 3 lost too: the list read under its heading
        "KALLELSE\nKulturnämnden\n\nÄrenden\n"
        "1 Val av justerare\n2 Budget för 2026 (KN 2025/0044)\nKonstinköp till nya skolan\n"
        "Zz Utställningar under hösten\n5 Meddelanden och delegationsbeslut\n"
    )
    assert items(doc) == expected


def test_short_word_before_a_title_is_no_lost_number():
    doc = run(
        "KALLELSE\nKulturnämnden\n\nÄrenden\n"
        "1 Val av justerare\n\n2 Budget för 2026\n\n3 Konstinköp till nya skolan\n\n"
        "I Lund visas utställningen\n\n4 Meddelanden och delegationsbeslut\n"
    )
    assert [title for _, _, title in items(doc)][:4] == [
        "Val av justerare", "Budget för 2026", "Konstinköp till nya skolan", "Meddelanden och delegationsbeslut"
    ]


def test_first_topic_heading_under_a_list_of_those_present():
    doc = run(
        "MINNESANTECKNINGAR\nRektorsgruppen\n\n"
        "Närvarande\nKarin Holm, rektor\nPer Sundin, biträdande rektor\nAli Demir, specialpedagog\n\n"
        "Uppföljning av höstens planering\nAlla enheter har lämnat in sina planer i tid till förvaltningen.\n\n"
        "Skolavslutningen\nAvslutningen hålls i kyrkan som förra året, med kaffe efteråt i matsalen.\n"
    )
    assert [title for _, _, title in items(doc)] == ["Uppföljning av höstens planering", "Skolavslutningen"]


# --- decisions ---------------------------------------------------------------------------------


def test_named_person_doing_a_task_in_the_present_is_an_uppdrag():
    doc = run(
        "Minnesanteckningar\nNätverket för studie- och yrkesvägledare\n\n"
        "1. Mässan i mars\nVi planerade montern.\nKarin kontaktar gymnasieskolorna om broschyrer.\n\n"
        "2. Övrigt\nBeslut: Nästa träff hålls i Lund.\nPer och Lina bokar lokal.\n"
    )
    assert decided(doc) == [
        ("1.", "uppdrag", "Karin kontaktar gymnasieskolorna om broschyrer."),
        ("2.", "beslut", "Nästa träff hålls i Lund."),
        ("2.", "uppdrag", "Per och Lina bokar lokal."),
    ]


def test_backing_a_proposal_to_the_board_is_a_forslag():
    doc = run(
        "Minnesanteckningar\nLedningsgruppen\n\n"
        "1. Sommarskola\nBeslut: Gruppen ställer sig bakom att föreslå styrelsen att sommarskolan blir kvar.\n\n"
        "2. Övrigt\nInget att ta upp.\n"
    )
    assert decided(doc) == [
        ("1.", "förslag", "Gruppen ställer sig bakom att föreslå styrelsen att sommarskolan blir kvar."),
    ]
