"""Forms of agenda sections met in held-out rounds 59 to 62, written anew by hand in other words:
one small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import items, run

# an agenda whose numbers OCR lost for a run of items between two numbered ones ("4." … "9."), one
# item citing an earlier decision's paragraph on its wrapped line ("…, & 31 (MN 2024/3)")
LOST_RUN = (
    "KALLELSE 2024-05-02\nMiljönämnden\n\n"
    "Dag och tid Tisdagen den 14 maj 2024, kl. 09.00\nPlats Rådhuset, sal Ekbacken\n\n"
    "Föredragningslista\n\n"
    "1. Val av justerare\n"
    "2. Fastställande av dagordning\n"
    "3. Uppföljning av tillsynsplanen enligt beslut 2024-02-20,\n"
    "& 31 (MN 2024/3)\n"
    "Föredragande: Lisa Holm, miljöchef\n\n"
    "4. Taxa för prövning och tillsyn inom miljöbalkens område (MN\n"
    "2024/58)\n\n"
    "Föredragande: Jonas Berg, controller\n"
    ". Remiss om vattenplan för Ätran (MN 2024/61)\n"
    "Naturvårdsprogram 2024-2030 (MN 2024/66)\n"
    ". Delegationsbeslut april 2024\n"
    ". Anmälningsärenden\n"
    "9. Miljöchefen informerar\n\n"
    "OO NÖM\n\n"
    "Handlingarna finns i nämndens mötesverktyg från fredag 10 maj.\n\n"
    "Per Ek Maja Lund\nOrdförande Sekreterare\n"
)


def test_a_run_of_items_whose_numbers_ocr_lost_between_two_numbered_items_fills_the_numbers():
    assert items(run(LOST_RUN)) == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Fastställande av dagordning"),
        ("3.", "MN 2024/3", "Uppföljning av tillsynsplanen enligt beslut 2024-02-20, & 31"),
        ("4.", "MN 2024/58", "Taxa för prövning och tillsyn inom miljöbalkens område"),
        ("5.", "MN 2024/61", "Remiss om vattenplan för Ätran"),
        ("6.", "MN 2024/66", "Naturvårdsprogram 2024-2030"),
        ("7.", None, "Delegationsbeslut april 2024"),
        ("8.", None, "Anmälningsärenden"),
        ("9.", None, "Miljöchefen informerar"),
    ]


# an agenda item whose number OCR glued a speck before (".2. Godkännande …")
SPECK_BEFORE_NUMBER = (
    "Datum 2023-09-01\nÖrby kommun Tekniska nämnden\n\nKALLELSE\n\n"
    "Dag torsdagen den 14 september 2023\nTid kl. 18.00\nPlats Kommunhuset, sal Linden\n\n"
    "Föredragningslista\n\n"
    "Ärende Diarienummer\n"
    "1. Val av justerare\n"
    ".2. Godkännande av föredragningslista\n\n"
    "3. Delårsrapport per augusti 2023 TN 2023/41\n"
    "4. Taxa för avfall 2024 TN 2023/77\n"
    "5. Delegationsbeslut TN 2023/2\n\n"
    "6. Meddelanden\n\n"
    "Ärende 4 har beretts av arbetsutskottet den 30 augusti.\n\n"
    "Eva Strand (M) . Ola Nord\nOrdförande : Sekreterare\n"
)


def test_an_item_number_with_a_speck_glued_before_it_is_still_the_next_item():
    assert items(run(SPECK_BEFORE_NUMBER)) == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Godkännande av föredragningslista"),
        ("3.", "TN 2023/41", "Delårsrapport per augusti 2023"),
        ("4.", "TN 2023/77", "Taxa för avfall 2024"),
        ("5.", "TN 2023/2", "Delegationsbeslut"),
        ("6.", None, "Meddelanden"),
    ]


# an agenda whose numbers OCR lost, one item's diarienummer cut after its series ("…, BN" / "2025/9")
SPLIT_SERIES = (
    "KALLELSE\nByggnadsnämnden\n\nTid Måndag 8 september 2025, kl. 13.00\nPlats Kommunhuset, sal Tornet\n\n"
    "Föredragningslista\n"
    "Nr — Ärende\n"
    "Val av justerare\n\n"
    "Godkännande av dagordningen\n\n"
    "Detaljplan för kvarteret Smedjan, BN 2025/14\n\n"
    "Ansökan om bygglov för förskola på Solbacken i Norrby, BN\n"
    "2025/9\n\n"
    "Redovisning av delegationsbeslut, BN 2025/1\n\n"
    "Information från byggchefen\n\n"
    "Handlingarna publiceras i mötesappen fredag den 5 september.\n"
)


def test_a_diarienummer_cut_after_its_series_goes_on_the_next_line_of_an_unnumbered_agenda():
    assert items(run(SPLIT_SERIES)) == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Godkännande av dagordningen"),
        ("3.", "BN 2025/14", "Detaljplan för kvarteret Smedjan"),
        ("4.", "BN 2025/9", "Ansökan om bygglov för förskola på Solbacken i Norrby"),
        ("5.", "BN 2025/1", "Redovisning av delegationsbeslut"),
        ("6.", None, "Information från byggchefen"),
    ]


# an agenda table "Ärende  Dnr  Föredragande" whose title cell OCR read apart from the Dnr and
# presenter cells: the diarienummer opens a line of its own with the presenter beside it, the
# presenter's role wrapped right under it, the title's last words on a line of their own
CELLS_APART = (
    "Socialnämnden KALLELSE\n\nNorrby kommun\n\nKallelse till sammanträde\n\n"
    "Tid Tisdagen den 10 februari 2026, kl. 15.00\nPlats Kommunhuset, sal Ljuset\n\n"
    "Föredragningslista\n\n"
    "Ärende Dnr Föredragande\n"
    "1. Val av justerare\n\n"
    "2. Årsredovisning och bokslut — SN 2026/4 Kim Ahl,\n\n"
    "2025\n\n"
    "ekonom\n\n"
    "3. Riktlinjer för bistånd - översyn av\n\n"
    "SN 2026/11\tOla Vik,\n"
    "enhetschef\n\n"
    "hemtjänsten\n\n"
    "4. Samverkan om ungdomsmottagning med\n"
    "Västby och\n\n"
    "SN 2025/90\tSara Lind, avdelningschef\n"
    "vård och omsorg\n\n"
    "Österby\n\n"
    "5. Boendeplan för äldre - remiss\n\n"
    "SN 2025/120\tSara Lind, avdelningschef\n"
    "vård och omsorg\n\n"
    "6. Delegationsbeslut och meddelanden\n\n"
    "Välkomna!\n\n"
    "Anna Berg (S)\tPer Sten\nOrdförande\tSekreterare\n"
)


def test_a_table_row_whose_diarienummer_and_presenter_ocr_read_below_the_title_keeps_its_title_and_case():
    assert items(run(CELLS_APART)) == [
        ("1.", None, "Val av justerare"),
        ("2.", "SN 2026/4", "Årsredovisning och bokslut 2025"),
        ("3.", "SN 2026/11", "Riktlinjer för bistånd - översyn av hemtjänsten"),
        ("4.", "SN 2025/90", "Samverkan om ungdomsmottagning med Västby och Österby"),
        ("5.", "SN 2025/120", "Boendeplan för äldre - remiss"),
        ("6.", None, "Delegationsbeslut och meddelanden"),
    ]


# a programme whose bullet OCR read as two specks before the clock time ("»« 10.15-10.30 …")
TWO_SPECKS = (
    "Kultur- och fritidsförvaltningen\nÖrby kommun 2026-01-12\n\n"
    "Inbjudan till föreningsdagen\n\n"
    "När\nLördagen den 7 mars 2026, kl. 10.00-14.00\n\nVar\nBiblioteket, hörsalen\n\n"
    "Program:\n\n"
    "« 10.00-10.15 Välkomstkaffe\n\n"
    "»« 10.15-10.30 Välkommen - Nils Ahl, kulturchef\n\n"
    "« 10.30-11.30 Bidrag som går att söka - Sara Berg, handläggare\n\n"
    "« 11.30-12.30 Lunch\n\n"
    "« 12.30-14.00 Samtal i grupper\n\n"
    "Anmälan senast 1 mars.\n"
)


def test_a_programme_time_after_two_specks_still_opens_an_item():
    assert [title for _, _, title in items(run(TWO_SPECKS))] == [
        "Välkomstkaffe",
        "Välkommen",
        "Bidrag som går att söka",
        "Lunch",
        "Samtal i grupper",
    ]
