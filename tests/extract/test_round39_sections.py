"""Forms of sections and decisions met in held-out rounds 39-42, written anew by hand in other
words: one small document per form, run through segmentation and extraction as the pipeline runs
them."""

from __future__ import annotations

from pipeline.segment import heading_kind, lines_of
from tests.extract.forms import decided, items, run

# --- a decision lead at a page's foot, its att-clauses on the next page: the signature footer
# between them has fill-in dots or abbreviated boxes ("Utdr. bestyrk.") and specks of OCR -------

FIRST_PAGE = (
    "PROTOKOLL\nKultur- och fritidsnämnden\n\nSammanträdesdatum 2025-10-14\n\n"
    "§ 21 Bidrag till studieförbund\n\nKFN 2025/33\n"
    "Handläggaren redovisar fördelningen av bidrag för 2026.\n\n"
    "Kultur- och fritidsnämnden beslutar\n\n"
)
NEXT_PAGE = (
    "PROTOKOLL\nKultur- och fritidsnämnden\n\nSammanträdesdatum 2025-10-14\n\n"
    "att fastställa fördelningen av bidrag till studieförbunden för 2026.\n\n"
    "§ 22 Meddelanden\n\nNämnden tar del av meddelandena.\n"
)


def _decided_across(footer: str):
    return decided(run(FIRST_PAGE + footer + "\n", NEXT_PAGE))


def test_a_footer_of_signature_boxes_with_fill_in_dots_is_page_furniture():
    assert _decided_across("Ordförandes sign ........ Utdragsbestyrkande ........")[0] == (
        "§ 21",
        "beslut",
        "fastställa fördelningen av bidrag till studieförbunden för 2026",
    )


def test_a_footer_of_abbreviated_boxes_with_ocr_specks_is_page_furniture():
    assert _decided_across("Ordf. sign. “ | Just. sign. Utdr. bestyrk.")[0] == (
        "§ 21",
        "beslut",
        "fastställa fördelningen av bidrag till studieförbunden för 2026",
    )


def test_abbreviated_footer_line_is_marked_as_furniture():
    text = FIRST_PAGE + "Just. sign. Utdr. bestyrk.\n"
    assert any(line.furniture for line in lines_of(text) if "bestyrk" in line.text)


def test_initials_under_an_abbreviated_footer_with_a_letter_read_as_a_digit_are_furniture():
    assert _decided_across("Ordf. sign. “ | Just. sign. Utdr. bestyrk.\n\nKLM 4")[0] == (
        "§ 21",
        "beslut",
        "fastställa fördelningen av bidrag till studieförbunden för 2026",
    )


# --- the next page's running header names the kommun and the organ on lines of their own --------


def test_a_running_header_of_the_kommuns_and_the_organs_names_is_page_furniture():
    header = "PROTOKOLL 2 (2)\nLK Norrviks kommun\n\nNorrviks kommun, Kultur- och fritidsnämnden\n"
    doc = run(FIRST_PAGE + "Justerandes sign ........\n", header + NEXT_PAGE.split("2025-10-14\n\n", 1)[1])
    assert decided(doc)[0] == (
        "§ 21",
        "beslut",
        "fastställa fördelningen av bidrag till studieförbunden för 2026",
    )


def test_a_page_number_with_a_speck_of_the_frame_after_it_is_page_furniture():
    first = FIRST_PAGE.replace("beslutar\n", "beslutar att .\n")
    header = "Xy PROTOKOLL 2(2) |\nNorrviks kommun sammanträdesdatum 2025-10-14\nKultur- och fritidsnämnden\n"
    doc = run(first + "Ordf sign Just sign Utdragsbestyrkande\n", header + NEXT_PAGE.split("2025-10-14\n\n", 1)[1].replace("att ", "", 1))
    assert decided(doc)[0] == (
        "§ 21",
        "beslut",
        "fastställa fördelningen av bidrag till studieförbunden för 2026",
    )


# --- a long one-word heading with one letter misread by OCR still closes the decision ---------------

PROPOSAL_THEN_NOTE = (
    "PROTOKOLL\nBarn- och utbildningsnämnden\n\nSammanträdesdatum 2025-09-18\n\n"
    "§ 40 Ny organisation för Bäckby skola\nDnr BUN 2025/71\n"
    "Elevtalet vid Bäckby skola har sjunkit.\n"
    "Barn- och utbildningsnämnden föreslår kommunfullmäktige besluta\n"
    "att Bäckby skola från och med den 1 juli 2026 drivs som F-6-skola.\n"
    ". Protokollsanfeckning\n"
    "Eva Strand (C) antecknar att föräldrarna ska informeras innan fullmäktige beslutar.\n\n"
    "§ 41 Meddelanden\n\nNämnden tar del av meddelandena.\n"
)


def test_a_long_heading_with_one_letter_misread_is_still_a_heading():
    assert heading_kind(". Protokollsanfeckning") == "subheading"


def test_the_note_under_a_misread_heading_is_not_part_of_the_proposal():
    assert decided(run(PROPOSAL_THEN_NOTE))[0] == (
        "§ 40",
        "förslag",
        "Bäckby skola från och med den 1 juli 2026 drivs som F-6-skola",
    )


# --- an extract: the Dnr label with specks before the number, the § sign read as "&" -----------------

EXTRACT_WITH_SPECKS = (
    "PROTOKOLLSUTDRAG 1 (1)\nLindå kommun\nOrgan : Vård- och omsorgsnämnden\n"
    "Sammanträdesdatum 2025-05-20\n\n"
    "Diarienummer . . VON 2025/88\n\n"
    "& 31 Nytt korttidsboende i Lindå\n\n"
    "Ärendebeskrivning\n\nFörvaltningen har utrett behovet av korttidsplatser.\n\n"
    "Vård- och omsorgsnämndens beslut\n\n"
    "1. Vård- och omsorgsnämnden beslutar att godkänna utredningen.\n\n"
    "2. Vård- och omsorgsnämnden föreslår kommunfullmäktige att avsätta 2 miljoner kronor för ombyggnad.\n\n"
    "Justerat fredagen den 23 maj 2025\n"
)


def test_a_diarienummer_label_with_specks_before_the_number_backs_the_paragraph():
    assert items(run(EXTRACT_WITH_SPECKS)) == [("§ 31", "VON 2025/88", "Nytt korttidsboende i Lindå")]


def test_the_numbered_decisions_of_the_extract_belong_to_its_paragraph():
    assert decided(run(EXTRACT_WITH_SPECKS)) == [
        ("§ 31", "beslut", "godkänna utredningen"),
        ("§ 31", "förslag", "avsätta 2 miljoner kronor för ombyggnad"),
    ]


# --- an extract's header row: the sign read as "8" joined to the number ("858" for "§ 58"), the
# diarienummer on a labelled line under the title -----------------------------------------------------

EXTRACT_ROW = (
    "UTDRAG UR PROTOKOLL 1(1)\nMälsta kommun\n\n"
    "Organ Sammanträdesdatum Paragraf\n"
    "Tekniska nämnden 2026-02-11 842\n\n"
    "Ny taxa för slamtömning\n"
    "Ärendenummer: TN 2026/12\n\n"
    "Sammanfattning\n\nTaxan har inte räknats om sedan 2019.\n\n"
    "Beslut\n\nTekniska nämnden föreslår kommunfullmäktige att anta den nya taxan.\n"
)


def test_a_sign_read_as_eight_and_joined_to_the_number_is_the_sign():
    assert items(run(EXTRACT_ROW)) == [("§ 42", "TN 2026/12", "Ny taxa för slamtömning")]


def test_a_title_wrapped_onto_a_lowercase_line_under_the_header_row_is_whole():
    wrapped = EXTRACT_ROW.replace("Ny taxa för slamtömning\n", "Ny taxa för slamtömning och tömning av\n\nfettavskiljare\n")
    assert items(run(wrapped)) == [("§ 42", "TN 2026/12", "Ny taxa för slamtömning och tömning av fettavskiljare")]


# --- an agenda table under its caption: a row whose number cell OCR lost, right under a wrapped row,
# is a row of its own when it ends in its own diarienummer ---------------------------------------------

AGENDA_TABLE = (
    "Bergå kommun\t2025-10-02\n\nKallelse\nKultur- och fritidsnämnden\n"
    "Ledamöter kallas till sammanträde tisdagen den 14 oktober 2025 kl. 09.00 i Bergå kommunhus.\n\n"
    "Nr Ärende Dnr\n"
    "Upprop\n\n"
    "Godkännande av dagordning\n\n"
    "3 Bidrag till föreningar KFN 2025/11\n\n"
    "4 Ny simhall i Bergå, KFN 2025/20\n"
    "förstudie\n"
    "Taxor för bibliotek 2026 KFN 2025/31\n\n"
    "6 Meddelanden KFN 2025/2\n\n"
    "Eva Lund\nordförande\n"
)


def test_a_table_row_whose_number_was_lost_under_a_wrapped_row_is_its_own_item():
    assert items(run(AGENDA_TABLE))[2:] == [
        ("3.", "KFN 2025/11", "Bidrag till föreningar"),
        ("4.", "KFN 2025/20", "Ny simhall i Bergå, förstudie"),
        ("5.", "KFN 2025/31", "Taxor för bibliotek 2026"),
        ("6.", "KFN 2025/2", "Meddelanden"),
    ]


# --- a kallelse's item with its diarienummer on the line under it, the presenter right after the
# number with no sign between them ---------------------------------------------------------------------

CALL_WITH_PRESENTERS = (
    "Kallelse\nSocialnämnden\n\nSammanträde onsdagen den 8 april 2026 kl. 13.00 i Storå kommunhus\n\n"
    "1. Upprop och val av justerare\n\n"
    "2. Bokslut för 2025\n\n"
    "SN 2026/7 Föredragande: Kim Berg, ekonom\n"
    "3. Riktlinjer för hemtjänst\n\n"
    "SN 2025/90\n\n"
    "Storå den 25 mars 2026\n"
)


def test_a_diarienummer_line_with_the_presenter_after_it_gives_the_items_case():
    assert items(run(CALL_WITH_PRESENTERS)) == [
        ("1.", None, "Upprop och val av justerare"),
        ("2.", "SN 2026/7", "Bokslut för 2025"),
        ("3.", "SN 2025/90", "Riktlinjer för hemtjänst"),
    ]


# --- prose under a kallelse's numbered list, two sentences on its first line: no item of the list ----

CALL_WITH_PROSE_BELOW = (
    "Kallelse\nKommunstyrelsen\n\nSammanträde tisdagen den 2 juni 2026 kl. 09.00 i Fjällby kommunhus\n\n"
    "1. Val av justerare\n\n"
    "2. Årsredovisning 2025\n\n"
    "3. Rapporter och information\n\n"
    "Ekonomichef Lars Ek föredrar ärende 2. Den som inte kan komma kallar själv in\n"
    "Sin ersättare och meddelar kansliet senast 28/5.\n\n"
    "Nästa sammanträde är den 30 juni 2026.\n"
)


def test_a_line_of_two_sentences_under_the_list_is_not_an_item():
    assert [number for number, _case, _title in items(run(CALL_WITH_PROSE_BELOW))] == ["1.", "2.", "3."]


def test_a_line_of_two_sentences_under_an_agenda_with_lost_numbers_is_not_an_item():
    call = CALL_WITH_PROSE_BELOW.replace("1. Val", "Föredragningslista\n\nT: Val").replace("2. Års", "Års")
    assert len(items(run(call))) == 3


# --- an inbjudan's programme item whose speaker has a double first name after a dash --------------------

INVITATION = (
    "Inbjudan\n\nVälkommen till en dag om matematik för lärare i Sjöby kommun.\n\n"
    "Program\n"
    "09.00       Kaffe\n"
    "09.30       Inledning – Sven-Olof Berg (S), ordförande i bildningsnämnden\n"
    "10.00       Matematik i vardagen – Ida Holm, lektor\n"
    "12.00       Lunch\n"
)


def test_a_programme_title_cut_before_its_speaker_keeps_no_dash():
    assert [title for _number, _case, title in items(run(INVITATION))] == [
        "Kaffe",
        "Inledning",
        "Matematik i vardagen",
        "Lunch",
    ]
