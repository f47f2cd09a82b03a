"""Forms of sections and decisions met in held-out rounds 30-34, written anew by hand in other
words: one small document per form, run through segmentation and extraction as the pipeline runs
them."""

from __future__ import annotations

from pipeline.segment import heading_kind
from tests.extract.forms import decided, items, run

# --- an inbjudan's programme: each item's speaker in parentheses after its title (closed on the
# line, wrapped onto the next, or opened at the line's end), the last item over an empty line and
# a heading that starts at the left margin --------------------------------------------------------

PROGRAMME = (
    "INBJUDAN            Ljusdal 2026-08-20\n"
    "        Ljusdals kommun\n\n"
    "Temadag om läsning i de tidiga åren\n"
    "Kultur- och utbildningsförvaltningen\n\n"
    "Tid: onsdagen den 14 oktober 2026, kl. 09.00–15.00\n"
    "Plats: Slottegymnasiet, aulan, Ljusdal\n\n"
    "Program\n"
    "09.00         Kaffe och smörgås\n"
    "09.30         Inledning (Johan Berglund (S), ordförande i kultur- och\n"
    "              utbildningsnämnden)\n"
    "09.45         Läsglädje i förskoleklass (Maria Eklund, lektor, Högskolan i Gävle)\n"
    "11.00         Bibliotekets roll i skolan – exempel från Färila (Sofia\n"
    "              Hedlund, skolbibliotekarie)\n"
    "12.00         Lunch\n"
    "13.00         Att läsa högt för de yngsta (Karin\n"
    "              Nyström, specialpedagog)\n"
    "14.30         Avslutande samtal\n\n"
    "Anmälan\n"
    "Anmäl dig senast den 25 september via kommunens webbplats.\n"
)


def test_a_speaker_in_parentheses_after_a_programme_item_is_no_part_of_its_title():
    assert [title for _, _, title in items(run(PROGRAMME))][:5] == [
        "Kaffe och smörgås",
        "Inledning",
        "Läsglädje i förskoleklass",
        "Bibliotekets roll i skolan – exempel från Färila",
        "Lunch",
    ]


def test_a_speakers_parenthesis_opened_at_the_line_end_is_cut_off_the_title():
    assert ("Att läsa högt för de yngsta") in [title for _, _, title in items(run(PROGRAMME))]


def test_the_last_programme_item_over_an_empty_line_and_a_heading_is_an_item():
    assert [title for _, _, title in items(run(PROGRAMME))][-1] == "Avslutande samtal"


# --- a working committee's § without a decision heading: the yrkanden, then the committee's own
# proposal heading over its organ's lead alone on its line and the att-sats ------------------------

COMMITTEE = (
    "SAMMANTRÄDESPROTOKOLL 1(1)\n"
    "Ovanåkers kommun Kommunstyrelsens arbetsutskott\n\n"
    "Datum Tisdag 3 mars 2026\n\n"
    "§ 22 Dnr KS 2026/40\n"
    "Ombyggnad av Alfta simhall\n"
    "Simhallen i Alfta behöver ett nytt reningsverk. Tekniska chefen redogör för kalkylen.\n"
    "Yrkanden\n"
    "Lars Ek (C) yrkar bifall till förvaltningens förslag. Mona Dahl (SD) yrkar avslag.\n"
    "Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet\n"
    "bifaller förvaltningens förslag.\n"
    "Arbetsutskottets förslag\n"
    "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
    "att anslå 12 miljoner kronor ur investeringsbudgeten 2026 för ombyggnad av\n"
    "Alfta simhall.\n"
    "Reservation\n"
    "Mona Dahl (SD) reserverar sig mot beslutet.\n\n"
    "§ 23 Dnr KS 2026/41\n"
    "Yttrande över remiss om kollektivtrafik\n"
    "Arbetsutskottets förslag\n"
    "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
    "att anta yttrandet.\n"
    "Arbetsutskottets beslut\n"
    "att lägga informationen till handlingarna.\n"
)


def test_the_committees_proposal_heading_after_the_yrkanden_holds_its_proposal_onward():
    assert [d for d in decided(run(COMMITTEE)) if d[0] == "§ 22"] == [
        ("§ 22", "förslag", "anslå 12 miljoner kronor ur investeringsbudgeten 2026 för ombyggnad av Alfta simhall"),
    ]


def test_a_proposal_heading_in_a_section_with_a_decision_heading_stays_background():
    assert [d for d in decided(run(COMMITTEE)) if d[0] == "§ 23"] == [
        ("§ 23", "beslut", "lägga informationen till handlingarna"),
    ]


# --- att-satser: a clause whose last word and comma OCR read as a short token and a colon apart; a
# bare lead with a stop read apart after it; bullets read as "<<" -------------------------------

BOARD = (
    "Sammanträdesprotokoll 1(1)\n"
    "Hudiksvalls kommun Barn- och utbildningsnämnden\n"
    "Sammanträdesdatum 2026-05-06\n\n"
    "§ 51 Ny organisation för Delsbo skola\n"
    "Diarienr: BUN 2026/0071\n"
    "Elevunderlaget har minskat.\n"
    "Beslut\n"
    "Barn- och utbildningsnämnden föreslår kommunfullmäktige besluta\n"
    "att Delsbo skola från och med den 1 juli 2027 omfattar förskoleklass till årskurs\n"
    "Ö :\n"
    "att eleverna i årskurs 7-9 erbjuds plats i Bjåkenskolan.\n\n"
    "§ 52 Remiss om regional kulturplan\n"
    "Diarienr: BUN 2026/0080\n"
    "Förvaltningen har inte hunnit ta fram ett yttrande.\n"
    "Barn- och utbildningsnämnden beslutar .\n\n"
    "att lämna remissen utan yttrande. '\n\n"
    "§ 53 Förskoleplatser i Forsa\n"
    "Diarienr: BUN 2026/0082\n"
    "Beslut\n"
    "Barn- och utbildningsnämnden beslutar att\n"
    "« Forsa förskola stängs från och med den 1 januari 2027,\n"
    "<< erbjuda alla barn vid Forsa förskola plats på Solgläntans förskola, .\n"
    "<< ge förvaltningschefen i uppdrag att utreda skolskjutsen.\n"
)


def test_a_comma_read_as_a_colon_apart_ends_the_att_sats():
    assert [d for d in decided(run(BOARD)) if d[0] == "§ 51"] == [
        ("§ 51", "förslag", "Delsbo skola från och med den 1 juli 2027 omfattar förskoleklass till årskurs Ö"),
        ("§ 51", "förslag", "eleverna i årskurs 7-9 erbjuds plats i Bjåkenskolan"),
    ]


def test_a_bare_lead_with_a_stop_read_apart_leads_the_att_sats_below():
    assert [d for d in decided(run(BOARD)) if d[0] == "§ 52"] == [
        ("§ 52", "beslut", "lämna remissen utan yttrande"),
    ]


def test_bullets_read_as_two_angle_brackets_start_clauses():
    assert [d for d in decided(run(BOARD)) if d[0] == "§ 53"] == [
        ("§ 53", "beslut", "Forsa förskola stängs från och med den 1 januari 2027"),
        ("§ 53", "beslut", "erbjuda alla barn vid Forsa förskola plats på Solgläntans förskola"),
        ("§ 53", "uppdrag", "ge förvaltningschefen i uppdrag att utreda skolskjutsen"),
    ]


# --- informal minutes: "tar fram" with its r read as "ft" -----------------------------------------

NOTES = (
    "Minnesanteckningar - förskolechefer\n\n"
    "Torsdag 7 maj 2026, kl. 13.00-15.00\n"
    "Närvarande: Åsa Berg, Nils Holm, Lena Wik\n\n"
    "1. Inskolning i augusti\n"
    "Nils berättade om höstens inskolningar.\n\n"
    "Beslut: Alla förskolor använder samma välkomstbrev.\n\n"
    "Åsa och Lena tar fftam ett gemensamt brev som skickas ut senast 1/6.\n\n"
    "2. Nästa möte\n"
    "Torsdag 4 juni.\n"
)


def test_tar_fram_with_its_r_misread_gives_a_task():
    assert ("1.", "uppdrag", "Åsa och Lena tar fftam ett gemensamt brev som skickas ut senast 1/6.") in decided(run(NOTES))


# --- an extract's § heading with the organ's abbreviation read in mixed case, the sign as "£" ----

MIXED_CASE_ORGAN = (
    "NORDANSTIGS KOMMUN PROTOKOLLSUTDRAG\n"
    "Kultur- och fritidsnämnden Sammanträdesdatum 2026-03-04\n\n"
    "Kfn £12 Bidrag till studieförbunden 2026\n"
    "Dnr KFN 2026/9 |\n\n"
    "Ärendebeskrivning\n"
    "Studieförbunden har sökt bidrag för året.\n\n"
    "Beslut\n\n"
    "Kultur- och fritidsnämnden beslutar\n"
    "att fördela 400 000 kronor enligt förvaltningens förslag.\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)


def test_an_organ_abbreviation_read_in_mixed_case_heads_its_paragraph():
    doc = run(MIXED_CASE_ORGAN)
    assert items(doc) == [("§ 12", "KFN 2026/9", "Bidrag till studieförbunden 2026")]
    assert decided(doc) == [("§ 12", "beslut", "fördela 400 000 kronor enligt förvaltningens förslag")]


# --- an extract's header table whose row gives the date in words; the decision heading with the
# organ's compound split in two by OCR -------------------------------------------------------------

WORDED_ROW = (
    "UTDRAG UR SAMMANTRÄDESPROTOKOLL\n"
    "Ljusnarsbergs kommun\n\n"
    "Kommunstyrelsen\n"
    "Sammanträdesdatum Paragraf Diarienummer\n"
    "9 mars 2026 KS 8 21 KS 2025/98\n\n"
    "Svar på medborgarförslag om belysning vid skolan\n\n"
    "Ett medborgarförslag om bättre belysning vid Kopparbergs skola har kommit in.\n\n"
    "Kommun styrelsens beslut\n"
    "1. Medborgarförslaget bifalls.\n"
    "2. Tekniska chefen får i uppdrag att sätta upp belysning före den 1 november 2026.\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)


def test_a_header_row_with_the_date_in_words_gives_the_paragraph():
    assert items(run(WORDED_ROW)) == [("§ 21", "KS 2025/98", "Svar på medborgarförslag om belysning vid skolan")]


def test_an_organ_heading_split_in_two_by_ocr_is_a_decision_heading():
    assert heading_kind("Kommun styrelsens beslut") == "decision"
    assert heading_kind("Enligt nämndens beslut") is None


def test_numbered_decisions_under_a_split_organ_heading():
    assert decided(run(WORDED_ROW)) == [
        ("§ 21", "beslut", "Medborgarförslaget bifalls"),
        ("§ 21", "uppdrag", "Tekniska chefen får i uppdrag att sätta upp belysning före den 1 november 2026"),
    ]
