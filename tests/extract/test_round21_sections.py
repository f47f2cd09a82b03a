"""Forms of sections met in held-out round 21, written anew by hand in other words: one small
document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------

# a kallelse whose agenda table has a last column saying what the item is for ("Beslut",
# "Information"), read by OCR onto the end of each row; some rows carry a diarienummer after a
# comma (or a semicolon OCR read for it)
NOTICE_STATUS_COLUMN = (
    "KALLELSE 2025-09-02\n\nÅsele kommun\n\nKultur- och fritidsnämnden\n\n"
    "Ledamöterna kallas till sammanträde.\n\n"
    "Dag Tisdag 16 september 2025\nTid Kl. 13.00\nPlats Kommunhuset, sal Ängen\n\n"
    "Föredragningslista\n\n"
    "Ärende Beslut/info\n"
    "1. Upprop och val av justerare Beslut\n\n"
    "2. Fastställande av dagordningen Beslut\n\n"
    "3. Kulturchefen informerar Information\n"
    "4. Delårsrapport augusti 2025, KFN 2025/61 Beslut\n\n"
    "5. Bidrag till studieförbund; KFN 2025/17 Beslut\n"
    "6. Rapport om badhusets besökare, KFN 2025/70 Information\n"
    "7. Övriga frågor\n\n"
    "Ärende 4 föredras av controller Mats Öberg.\n\n"
    "Karin Strand (S)\nOrdförande\n"
)


def test_the_status_column_of_an_agenda_table_is_not_part_of_the_titles():
    assert items(run(NOTICE_STATUS_COLUMN)) == [
        ("1.", None, "Upprop och val av justerare"),
        ("2.", None, "Fastställande av dagordningen"),
        ("3.", None, "Kulturchefen informerar"),
        ("4.", "KFN 2025/61", "Delårsrapport augusti 2025"),
        ("5.", "KFN 2025/17", "Bidrag till studieförbund"),
        ("6.", "KFN 2025/70", "Rapport om badhusets besökare"),
        ("7.", None, "Övriga frågor"),
    ]


# the same table without its caption row: every row but the last ends in the status cell
NOTICE_STATUS_COLUMN_UNCAPTIONED = NOTICE_STATUS_COLUMN.replace("Ärende Beslut/info\n", "")


def test_a_status_column_is_found_without_its_caption_when_most_rows_end_in_it():
    assert [title for _, _, title in items(run(NOTICE_STATUS_COLUMN_UNCAPTIONED))][:4] == [
        "Upprop och val av justerare",
        "Fastställande av dagordningen",
        "Kulturchefen informerar",
        "Delårsrapport augusti 2025",
    ]


# a title that ends in the word "information" in lower case is the title itself
NOTICE_TITLE_ENDING_IN_INFORMATION = (
    "KALLELSE\n\nMiljönämnden\n\nFöredragningslista\n"
    "1. Val av justerare\n"
    "2. Förvaltningens information\n"
    "3. Övriga frågor\n"
)


def test_a_title_ending_in_a_lower_case_status_word_keeps_it():
    assert [title for _, _, title in items(run(NOTICE_TITLE_ENDING_IN_INFORMATION))] == [
        "Val av justerare",
        "Förvaltningens information",
        "Övriga frågor",
    ]


# a protokollsutdrag whose one paragraph is given in a header table (date, paragraph, diarienummer)
# above its title; the sign may be printed as §, or read by OCR as digits ("85 87" for "§ 87")
EXTRACT_PARAGRAPH_ROW = (
    "PROTOKOLLSUTDRAG Sida 1 av 1\n\nÅsele kommun Kultur- och fritidsnämnden\n\n"
    "Sammanträdesdatum Paragraf Diarienummer\n"
    "2025-03-11 KFN {sign} 23 KFN 2025/12\n\n"
    "Sommarlovsaktiviteter för unga\n\n"
    "Ärendet\n"
    "Förvaltningen har tagit fram ett program för sommarlovet.\n"
    "Beslut\n"
    "Kultur- och fritidsnämnden beslutar\n"
    "1. att godkänna programmet för sommarlovsaktiviteter 2025,\n"
    "2. att ge kulturchefen i uppdrag att redovisa deltagandet senast den 30 november 2025.\n"
    "Kultur- och fritidsnämnden föreslår kommunstyrelsen besluta\n"
    "3. att avsätta 200 000 kronor till aktiviteterna.\n\n"
    "Beslutet skickas till: Kommunstyrelsen\n\n"
    "Justerat 2025-03-18\nOrdförande Justerare\n\nKarin Strand Per Lind\n\n"
    "Rätt utdraget intygar\n\nEva Moberg, nämndsekreterare\n"
)


def test_the_paragraph_of_an_extracts_header_row_is_its_section():
    for sign in ("§", "85", "8"):
        doc = run(EXTRACT_PARAGRAPH_ROW.format(sign=sign))
        assert items(doc) == [("§ 23", "KFN 2025/12", "Sommarlovsaktiviteter för unga")], sign


def test_the_decisions_of_an_extracts_paragraph_row_are_found():
    assert decided(run(EXTRACT_PARAGRAPH_ROW.format(sign="85"))) == [
        ("§ 23", "beslut", "godkänna programmet för sommarlovsaktiviteter 2025"),
        ("§ 23", "uppdrag", "ge kulturchefen i uppdrag att redovisa deltagandet senast den 30 november 2025"),
        ("§ 23", "förslag", "avsätta 200 000 kronor till aktiviteterna"),
    ]
