"""Forms of sections met in held-out round 24, written anew by hand in other words: one small
document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- an extract whose header table names the organ in full ----------------------------------------

ORGAN_ROW_EXTRACT = (
    "PROTOKOLLSUTDRAG 1(1)\n\nHjo kommun\n\n"
    "Organ Sammanträde Paragraf Diarienummer\n"
    "Bygg- och miljönämnden 2025-04-02 & 57 BMN 2025/31\n\n"
    "Ny taxa för slamtömning 2026\n\n"
    "Ärendebeskrivning\n"
    "Taxan har inte räknats om sedan 2019 och täcker inte längre kostnaderna.\n"
    "Beslutsgång\n"
    "Ordföranden finner att nämnden bifaller förvaltningens förslag.\n"
    "Miljönämndens förslag till kommunfullmäktige\n"
    "1. Taxa för slamtömning 2026 antas.\n"
    "2. Taxan gäller från och med 2026-01-01.\n"
    "Miljönämndens beslut för egen del\n"
    "3. Förvaltningen får i uppdrag att informera abonnenterna om den nya taxan senast den 1 december\n"
    "2025.\n"
    "Justerat 2025-04-08\n\n"
    "Rätt utdraget intygar\nNämndsekreterare\n\nOla Berg\n"
)


def test_the_one_paragraph_of_an_extract_whose_header_row_opens_with_the_organ_name():
    assert items(run(ORGAN_ROW_EXTRACT)) == [("§ 57", "BMN 2025/31", "Ny taxa för slamtömning 2026")]


def test_the_row_of_values_stays_in_the_header_where_its_organ_and_date_are_read():
    doc = run(ORGAN_ROW_EXTRACT)
    assert (doc.organ, str(doc.meeting_date)) == ("Bygg- och miljönämnden", "2025-04-02")


def test_numbered_clauses_under_a_proposal_and_an_own_decision_heading_are_its_decisions():
    assert decided(run(ORGAN_ROW_EXTRACT)) == [
        ("§ 57", "förslag", "Taxa för slamtömning 2026 antas"),
        ("§ 57", "förslag", "Taxan gäller från och med 2026-01-01"),
        ("§ 57", "uppdrag", "Förvaltningen får i uppdrag att informera abonnenterna om den nya taxan senast den 1 december 2025"),
    ]


# --- a notice's agenda table: diarienummer in parentheses, presenter lines, numbers lost to noise --

NOTICE_TABLE = (
    "Tibro kommun\tDatum 2026-03-02\n\n"
    "Kallelse till sammanträde med kultur- och fritidsnämnden\n\n"
    "Föredragningslista\nNr Ärende\n\n"
    "1. Val av justerare\n"
    "2. Fastställande av föredragningslista\n"
    "3. Årsredovisning för fritidsgårdarna 2025 (KFN 2026/12)\n\n"
    "Föredragande: Olle Sand, fritidschef\n"
    "4, Taxor för simhallen 2026/27 (KFN 2026/15)\n"
    "Föredragande: Maja Ström, controller\n"
    "Bidrag till studieförbund (KFN 2025/90)\n"
    "Rapporter och meddelanden\n\n"
    "il Ö| :]\tÖvriga ärenden\n\n"
    "Handlingarna finns på kommunens webbplats från och med den 5 mars.\n\n"
    "Ordförande Sekreterare\n\nKarin Ström (S) Per Lind\n"
)


def test_a_diarienummer_in_parentheses_and_a_presenter_line_stay_out_of_the_item_titles():
    assert items(run(NOTICE_TABLE))[2:4] == [
        ("3.", "KFN 2026/12", "Årsredovisning för fritidsgårdarna 2025"),
        ("4.", "KFN 2026/15", "Taxor för simhallen 2026/27"),
    ]


def test_unnumbered_items_after_the_table_go_on_past_a_cell_of_ocr_noise():
    assert items(run(NOTICE_TABLE))[4:] == [
        ("5.", "KFN 2025/90", "Bidrag till studieförbund"),
        ("6.", None, "Rapporter och meddelanden"),
        ("7.", None, "Övriga ärenden"),
    ]


# --- an invitation's programme beside a column of practical information ---------------------------

GAP = " " * 30
SIDE_BY_SIDE_PROGRAMME = (
    "Ulricehamns kommun\n\nInbjudan till nätverksträff om läsfrämjande\n"
    "Onsdag 15 april 2026, kl. 09.00–15.30, Stadshuset, Ulricehamn\n\n"
    "Vi bjuder in skolbibliotekarier och lärare till en dag om läsning.\n\n"
    f"Program{GAP}Bra att veta\n"
    f"09.00{GAP}Anmälan\n"
    f"Fika och mingel{GAP}Anmäl dig senast måndag 30 mars via\n"
    f"09.30{GAP}formuläret på webbplatsen. Antalet\n"
    f"Inledning{GAP}platser är begränsat.\n"
    f"Karin Holm, skolchef{GAP}Kostnad\n"
    f"09.45{GAP}Träffen är gratis. Lunch och fika\n"
    f"Varför läser pojkar mindre?{GAP}ingår.\n"
    f"Nils Berg, docent{GAP}Kontakt\n"
    f"11.15{GAP}Frågor besvaras av\n"
    f"Bensträckare{GAP}Lotta Ek, bibliotekschef\n"
    f"12.00{GAP}0321-59 50 00\n"
    "Lunch\n13.00\n"
    "Samtal i grupper: högläsning, boksamtal och\n"
    "läsning på flera\n"
    "språk\n"
    "15.00\nAvslutning och utvärdering\n"
)


def test_the_programme_items_are_the_titles_under_the_times_not_the_column_beside_them():
    assert [title for _, _, title in items(run(SIDE_BY_SIDE_PROGRAMME))] == [
        "Fika och mingel",
        "Inledning",
        "Varför läser pojkar mindre?",
        "Bensträckare",
        "Lunch",
        "Samtal i grupper: högläsning, boksamtal och läsning på flera språk",
        "Avslutning och utvärdering",
    ]
