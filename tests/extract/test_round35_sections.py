"""Forms of sections and decisions met in held-out rounds 35-38, written anew by hand in other
words: one small document per form, run through segmentation and extraction as the pipeline runs
them."""

from __future__ import annotations

from pipeline.segment import heading_kind
from tests.extract.forms import decided, items, run

# --- a working committee's § whose own decision heading OCR read with an i for the l ("besiut"):
# the numbered clause under it is the committee's task, not one more proposal onward --------------

COMMITTEE = (
    "PROTOKOLL\nKommunstyrelsens arbetsutskott\n\nSammanträdesdatum 2025-05-06\n\n"
    "§ 44\nNy idrottshall i Norrby\n\nKS 2025/101-12\n"
    "Fritidschefen föredrar ärendet. Behovet av hallplatser ökar i Norrby.\n\n"
    "Arbetsutskottets förslag till kommunstyrelsen\n\n"
    "Kommunstyrelsen föreslår kommunfullmäktige besluta att\n"
    "1. anta behovsanalysen för idrottshallar 2026-2030,\n"
    "2. avsätta 2 miljoner kronor för projektering under 2026.\n\n"
    "Arbetsutskottets besiut\n"
    "3. Tekniska kontoret får i uppdrag att ta fram en skiss för hallen och redovisa den till\n"
    "arbetsutskottet senast den 1 oktober 2025.\n"
)


def test_an_organs_decision_heading_with_the_l_read_as_i_is_a_decision_heading():
    assert heading_kind("Arbetsutskottets besiut") == "decision"


def test_the_task_under_an_ocr_damaged_decision_heading_is_a_task_not_a_proposal():
    assert decided(run(COMMITTEE)) == [
        ("§ 44", "förslag", "anta behovsanalysen för idrottshallar 2026-2030"),
        ("§ 44", "förslag", "avsätta 2 miljoner kronor för projektering under 2026"),
        (
            "§ 44",
            "uppdrag",
            "Tekniska kontoret får i uppdrag att ta fram en skiss för hallen och redovisa den till "
            "arbetsutskottet senast den 1 oktober 2025",
        ),
    ]


# --- an att-sats in which the administration reports back to a named meeting: a task -------------

REPORT_BACK = (
    "PROTOKOLLSUTDRAG\nUtbildningsnämnden\n\nSammanträdesdatum 2024-03-12\n\n"
    "§ 17  Ändrad organisation för Bäckaskolan\n\n"
    "Beslut\n\n"
    "Utbildningsnämnden beslutar\n\n"
    "att Bäckaskolan blir en F-6-skola från och med den 1 juli 2024,\n\n"
    "att förvaltningen redovisar kostnaderna för lokalanpassningen till nämndens sammanträde\n"
    "den 8 oktober 2024.\n"
)


def test_an_att_sats_where_the_administration_reports_back_is_a_task():
    assert decided(run(REPORT_BACK)) == [
        ("§ 17", "beslut", "Bäckaskolan blir en F-6-skola från och med den 1 juli 2024"),
        (
            "§ 17",
            "uppdrag",
            "förvaltningen redovisar kostnaderna för lokalanpassningen till nämndens sammanträde den 8 oktober 2024",
        ),
    ]


# --- informal minutes: a named person who follows a matter up and reports on it -----------------

FOLLOW_UP = (
    "Minnesanteckningar rektorsgruppen\nTisdag 9/9 2025 kl. 13.00–15.00, Kommunhuset\n\n"
    "1. Matsalen\n\n"
    "Köerna i matsalen har blivit längre sedan terminsstarten. Lena har talat med kostenheten.\n\n"
    "Lena följer upp och rapporterar på nästa möte.\n\n"
    "2. Övrigt\n\nInga övriga frågor.\n"
)


def test_a_named_person_who_follows_up_and_reports_is_given_a_task():
    assert decided(run(FOLLOW_UP)) == [("1.", "uppdrag", "Lena följer upp och rapporterar på nästa möte.")]


# --- a "Beslut:" line whose full stop OCR read as a semicolon, an empty line and a task below ------

SEMICOLON_STOP = (
    "Minnesanteckningar ledningsgruppen\nMåndag 2/2 2026 kl. 09.00–11.00, Stadshuset\n\n"
    "1. Gemensam rutin för frånvaro\n\n"
    "Per berättade om hur rutinen har prövats på Solbackaskolan under hösten.\n\n"
    "Beslut: Alla enheter följer den nya rutinen från och med 1/3;\n\n"
    "Anna och Omar tar fram ett informationsblad till vårdnadshavare till nästa möte.\n\n"
    "2. Övrigt\n\nInga övriga frågor.\n"
)


def test_a_decision_line_closed_by_a_semicolon_over_an_empty_line_ends_there():
    found = decided(run(SEMICOLON_STOP))
    assert [(number, kind) for number, kind, _ in found] == [("1.", "beslut"), ("1.", "uppdrag")]
    assert found[0][2].startswith("Alla enheter följer den nya rutinen från och med 1/3")
    assert found[1][2] == "Anna och Omar tar fram ett informationsblad till vårdnadshavare till nästa möte."


# --- an extract's header grid whose rule OCR read as a bar between the label and its value
# ("Paragraf | § 9"): the § is the one of the title below, not a § titled "Paragraf" --------------

BARRED_LABEL = (
    "PROTOKOLLSUTDRAG Blad 1\nVallby kommun\n\n"
    "Organ Kultur- och fritidsnämnden\nSammanträdesdatum 2025-02-13\n\n"
    "Paragraf | § 9\n\n"
    "Diarienummer KFN 2025/00031\n\n"
    "Öppettider för simhallen under sommaren 2025\n\n"
    "Förvaltningen föreslår att simhallen håller öppet hela sommaren.\n\n"
    "Kultur- och fritidsnämndens beslut\n"
    "Nämnden beslutar att simhallen håller öppet hela sommaren 2025.\n"
)


def test_a_paragraph_label_parted_from_its_value_by_a_bar_numbers_the_title_below():
    assert items(run(BARRED_LABEL)) == [("§ 9", "KFN 2025/00031", "Öppettider för simhallen under sommaren 2025")]


# --- a § without a decision heading: the organ's leads ending in "att" over numbered clauses stand
# under the "Beslutsgång", the first proposing onward, the second deciding for the organ itself -----

RULED_LEADS = (
    "PROTOKOLL\nKultur- och fritidsnämnden\n\nSammanträdesdatum 2025-04-10\n\n"
    "§ 31 Ny konstgräsplan i Ängby\n"
    "Diarienummer: KFN 2025/40\n"
    "Föreningarna har länge efterfrågat en konstgräsplan i Ängby. Kostnaden bedöms till 6 miljoner kronor.\n"
    "Yrkanden\n"
    "Eva Lind (S) yrkar bifall till förvaltningens förslag.\n"
    "Beslutsgång\n"
    "Ordföranden ställer förslaget under proposition och finner att nämnden bifaller det.\n"
    "Kultur- och fritidsnämnden föreslår kommunfullmäktige besluta att\n"
    "1. anvisa 6 miljoner kronor i investeringsbudgeten 2026 för en konstgräsplan i Ängby,\n"
    "2. investeringen finansieras genom upplåning.\n"
    "Kultur- och fritidsnämnden beslutar för egen del att\n"
    "3. ge förvaltningschefen i uppdrag att ta fram en tidplan för bygget.\n"
    "Reservation\n"
    "Nils Berg (SD) reserverar sig mot beslutet.\n"
)


def test_an_organs_leads_over_numbered_clauses_under_the_beslutsgang_are_its_decisions():
    assert decided(run(RULED_LEADS)) == [
        ("§ 31", "förslag", "anvisa 6 miljoner kronor i investeringsbudgeten 2026 för en konstgräsplan i Ängby"),
        ("§ 31", "förslag", "investeringen finansieras genom upplåning"),
        ("§ 31", "uppdrag", "ge förvaltningschefen i uppdrag att ta fram en tidplan för bygget"),
    ]


# --- a kallelse's agenda table captioned "Ärende  Dnr  Föredragande" without a number column: the
# presenter's name after the case number and the role under it are no part of the title -----------

PRESENTER_TABLE = (
    "KALLELSE Bergby 2025-09-01\n\nBergby kommun\n\nKallelse\n\nKultur- och fritidsnämnden\n\n"
    "Nämnden kallas till sammanträde tisdagen den 16 september 2025 kl. 13.00 i Kommunhuset.\n\n"
    "Föredragningslista\n"
    "Ärende Dnr Föredragande\n\n"
    "1. Val av justerare\n\n"
    "2. Delårsrapport för kultur- och BN 2025/61 Karin Holm,\n\n"
    "fritidsverksamheten ekonom\n\n"
    "3. Nytt bibliotek i Åsby - val av tomt BN 2025/12 Per Sand,\n"
    "kulturchef\n\n"
    "4. Meddelanden\n\n"
    "Ordförande Sekreterare\n"
)


def test_an_agenda_table_without_a_number_caption_keeps_the_presenter_out_of_the_titles():
    assert items(run(PRESENTER_TABLE)) == [
        ("1.", None, "Val av justerare"),
        ("2.", "BN 2025/61", "Delårsrapport för kultur- och fritidsverksamheten"),
        ("3.", "BN 2025/12", "Nytt bibliotek i Åsby - val av tomt"),
        ("4.", None, "Meddelanden"),
    ]


# --- an inbjudan's programme: a question as the title, then a politician with the party and role --

QUESTION_PROGRAMME = (
    "Kultur- och fritidsnämnden          2025-08-20\n        Vallby kommun\n\n\n"
    "Inbjudan till samråd om nya fritidsgårdar\n"
    "Tisdag 16 september 2025 kl. 18.00–20.00 i Folkets hus, Vallby\n\n"
    "Program\n"
    "18.00           Fika\n"
    "18.15           Vad vill unga ha? Eva Berg (C), ordförande i\n"
    "                kultur- och fritidsnämnden\n"
    "18.45           Förslaget i korthet. Olof Sund, fritidschef\n"
    "19.30           Samtal i grupper\n\n"
    "Praktisk information\n"
    "Anmäl dig senast fredag 12 september.\n"
)


def test_a_politician_with_the_party_after_a_programme_items_question_is_no_part_of_its_title():
    assert [title for _, _, title in items(run(QUESTION_PROGRAMME))] == [
        "Fika",
        "Vad vill unga ha?",
        "Förslaget i korthet",
        "Samtal i grupper",
    ]


# --- a bare lead with a speck OCR read as a semicolon after it, over its att-satser ---------------

SPECKED_LEAD = (
    "PROTOKOLL\nUtbildningsnämnden\n\nSammanträdesdatum 2026-03-03\n\n"
    "§ 8 Yttrande över ansökan om fristående förskola i Norrby\n\n"
    "Dnr UN 2026/0007\n\n"
    "Förskolan Solrosen AB har ansökt om att starta en förskola i Norrby.\n\n"
    "Beslut\n\n"
    "Utbildningsnämnden beslutar ;\n"
    "att tillstyrka ansökan,\n"
    "att skicka yttrandet till Skolinspektionen.\n"
)


def test_a_bare_lead_with_a_semicolon_speck_leads_its_att_satser():
    assert decided(run(SPECKED_LEAD)) == [
        ("§ 8", "beslut", "tillstyrka ansökan"),
        ("§ 8", "beslut", "skicka yttrandet till Skolinspektionen"),
    ]


# --- an extract's header label "Diarienr:" whose value OCR opened with a quote, above the sole § --

QUOTED_CASE = (
    "UTDRAG UR PROTOKOLL 1(1)\nBergby kommun\n\n"
    "Organ: Kultur- och fritidsnämnden\nSammanträdesdatum: 4 juni 2025\n"
    "Diarienr: \"KFN 2025/12\n\n"
    "§ 40 Nya öppettider för biblioteket i Åsby\n\n"
    "Förvaltningen föreslår längre öppettider på lördagar.\n\n"
    "Kultur- och fritidsnämndens beslut\n"
    "Nämnden beslutar att biblioteket i Åsby håller öppet till kl. 16 på lördagar.\n"
)


def test_a_case_number_above_the_sole_paragraph_keeps_it_when_ocr_read_a_quote_before_it():
    assert items(run(QUOTED_CASE)) == [("§ 40", "KFN 2025/12", "Nya öppettider för biblioteket i Åsby")]


# --- the last § of a run whose sign OCR lost: "58 Title", whose first digit reads like the "5" OCR
# makes of a sign ("§ 8"); as the next number of the run it is § 58 ------------------------------

LOST_SIGN = (
    "PROTOKOLL\nSocialnämnden\n\nSammanträdesdatum 2025-11-20\n\nParagrafer §§ 56-58\n\n"
    "§ 56 Godkännande av dagordning\nDiarienummer: SN 2025/1\n"
    "Socialnämnden beslutar att godkänna dagordningen.\n\n"
    "§ 57 Budget 2026\nDiarienummer: SN 2025/80\n"
    "Socialnämnden beslutar att anta budgeten för 2026.\n\n"
    "58 Anmälan av delegationsbeslut\n\nDiarienummer: SN 2025/5\n\n"
    "Socialnämnden beslutar att lägga anmälan till handlingarna.\n"
)


def test_a_paragraph_whose_sign_ocr_lost_is_the_next_of_its_run():
    assert items(run(LOST_SIGN)) == [
        ("§ 56", "SN 2025/1", "Godkännande av dagordning"),
        ("§ 57", "SN 2025/80", "Budget 2026"),
        ("§ 58", "SN 2025/5", "Anmälan av delegationsbeslut"),
    ]


# --- a § title wrapped onto a second line, its diarienummer under the wrapped part -----------------

WRAPPED_TITLE_CASE = (
    "PROTOKOLL\nUtbildningsnämnden\n\nSammanträdesdatum 2026-03-03\n\n"
    "§ 9 Yttrande över ansökan om godkännande av fristående gymnasieskola i\n"
    "Norrby\n\n"
    "Dnr UN 2026/0021\n\n"
    "Skolbolaget AB har ansökt om att starta en gymnasieskola i Norrby.\n\n"
    "Beslut\n\n"
    "Utbildningsnämnden beslutar att avstyrka ansökan.\n\n"
    "§ 10 Meddelanden\n\nDnr UN 2026/0002\n\n"
    "Utbildningsnämnden beslutar att lägga meddelandena till handlingarna.\n"
)


def test_a_wrapped_paragraph_title_keeps_the_case_number_under_its_second_line():
    assert items(run(WRAPPED_TITLE_CASE))[0] == (
        "§ 9",
        "UN 2026/0021",
        "Yttrande över ansökan om godkännande av fristående gymnasieskola i Norrby",
    )


# --- an agenda table whose number cells OCR lost: a row's diarienummer after its presenter, wrapped
# onto the next line, is still the row's ----------------------------------------------------------

LOST_NUMBER_ROWS = (
    "KALLELSE\n\nKultur- och fritidsnämnden\n\nNr Ärende\n\n"
    "Upprop\n\n"
    "Information från kulturchefen\n\n"
    "Nytt bibliotek i Åsby, föredragande fastighetsstrateg Per Sand - Dnr KFN\n"
    "2025/0142\n\n"
    "4. Internkontrollplan 2026 - Dnr KFN 2026/0011\n\n"
    "5. Meddelanden\n"
)


def test_a_case_number_after_the_presenter_of_a_row_without_its_number_is_the_rows():
    assert items(run(LOST_NUMBER_ROWS))[2] == ("3.", "KFN 2025/0142", "Nytt bibliotek i Åsby")
