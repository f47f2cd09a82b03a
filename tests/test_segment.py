"""Segmentation: § paragraphs (also as OCR reads them), topics, front matter, page furniture."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document, Page
from pipeline.segment import case_number, heading_kind, lines_of, segment, tidy


def doc_of(*pages: str) -> Document:
    return Document("id", "x.txt", "x.txt", pages=[Page(i + 1, p, p) for i, p in enumerate(pages)])


HEADER = "Ulricehamns kommun\nSAMMANTRÄDESPROTOKOLL\t{page} (3)\nKultur- och fritidsnämnden\n2021-05-06\n"
FOOTER = "Ordf sign\tJust sign\tUtdragsbestyrkande\n"

PROTOCOL = [
    HEADER.format(page=1)
    + "Plats och tid\tKulturhuset, lokal Ätran, kl 17.00–19.30\n"
    + "Ledamöter\tOlle Vik (C), ordförande\nSigne Rud (S)\n"
    + "Sekreterare\nTove Lind\n"
    + "Innehåll\n§ 12 Val av justerare ..... 2\n§ 13 Bidrag till föreningar ..... 2\n§ 14 Badhusets öppettider ..... 3\n"
    + FOOTER,
    HEADER.format(page=2)
    + "$ 12\nVal av justerare\nBeslut\nNämnden beslutar att utse Signe Rud att justera protokollet.\n"
    + "8 13 Dnr KFN 2021/77\nBidrag till föreningar\nÄrendet\nSju föreningar har sökt bidrag för\n"
    + "sommarverksamhet.\n"
    + FOOTER,
    HEADER.format(page=3)
    + "Beslut\nNämnden beslutar att fördela 120 000 kronor enligt bilaga.\n"
    + "§ 14 KFN 2021/80 Badhusets öppettider\nBeslut\nNämnden beslutar att förlänga öppettiderna.\n"
    + FOOTER,
]


def test_paragraphs_are_found_with_ocr_signs_and_numbers_normalised():
    sections = segment(doc_of(*PROTOCOL))
    paragraphs = [s for s in sections if s.kind == "paragraph"]
    assert [s.number for s in paragraphs] == ["§ 12", "§ 13", "§ 14"]
    assert [s.case_number for s in paragraphs] == [None, "KFN 2021/77", "KFN 2021/80"]
    assert [s.title for s in paragraphs] == ["Val av justerare", "Bidrag till föreningar", "Badhusets öppettider"]


def test_table_of_contents_makes_no_sections():
    sections = segment(doc_of(*PROTOCOL))
    assert all(s.page_start >= 2 for s in sections if s.kind == "paragraph")
    assert sum(1 for s in sections if s.number == "§ 13") == 1


def test_front_matter_is_split_into_header_attendance_signatures():
    kinds = [s.kind for s in segment(doc_of(*PROTOCOL))]
    assert kinds[:3] == ["header", "attendance", "signatures"]


def test_page_furniture_is_left_out_and_a_section_spans_pages():
    sections = segment(doc_of(*PROTOCOL))
    spanning = next(s for s in sections if s.number == "§ 13")
    assert (spanning.page_start, spanning.page_end) == (2, 3)
    assert "fördela 120 000 kronor" in spanning.text
    for s in sections:
        if s.kind == "paragraph":
            assert "Utdragsbestyrkande" not in s.text
            assert "SAMMANTRÄDESPROTOKOLL" not in s.text
            assert "Kultur- och fritidsnämnden\n" not in s.text
    assert "SAMMANTRÄDESPROTOKOLL" in sections[0].text  # the first page's header is the document's


def test_sections_cover_the_text_in_order():
    doc = doc_of(*PROTOCOL)
    sections = segment(doc)
    assert [s.section_id for s in sections] == list(range(1, len(sections) + 1))
    assert sections[0].char_start == 0 and sections[-1].char_end == len(doc.text)
    for a, b in itertools.pairwise(sections):
        assert a.char_end == b.char_start
    paragraph = next(s for s in sections if s.number == "§ 14")
    assert doc.text[paragraph.char_start :].startswith("§ 14")


def test_a_section_reference_in_running_text_is_not_a_paragraph():
    text = (
        "PROTOKOLL\n§ 5\nDagordning\nBeslut\nNämnden beslutar att behandla ärendet under\n§ 9.\n"
        "§ 6 Dnr BN 2020/4\nBudget\nBeslut\nNämnden beslutar att anta budgeten.\n"
    )
    assert [s.number for s in segment(doc_of(text)) if s.kind == "paragraph"] == ["§ 5", "§ 6"]


MINUTES = """\
Kommunalförbundet Sjuhärad
Minnesanteckningar rektorsnätverket
Måndagen den 7 februari 2022, 9.00-11.00
Deltagare: Ida Berg, Borås, Omar Said, Mark
1. Inledning
Ida hälsade välkommen.
2. Skolval inför hösten
Beslut: Nätverket tar fram en gemensam tidplan.
3 Övriga frågor
Inga övriga frågor.
Vid anteckningarna
Omar Said
"""


def test_numbered_topics_with_attendance_and_signatures():
    sections = segment(doc_of(MINUTES))
    assert [s.kind for s in sections] == ["header", "attendance", "topic", "topic", "topic", "signatures"]
    assert [s.number for s in sections if s.kind == "topic"] == ["1.", "2.", "3."]
    assert sections[3].title == "Skolval inför hösten"
    assert sections[-1].text == "Vid anteckningarna\nOmar Said"


HEADED = """\
Utbildningsförvaltningen
Ledningsgrupp förskola
Datum: 2021-03-01
Närvarande: Eva Ek, Per Al
Lokalfrågor
Föredragande: Eva Ek
Förskolan Solen behöver två nya avdelningar inför hösten och förvaltningen ser över
alternativen.
Kompetensutveckling
Per redovisade planen för våren.
"""


def test_headed_topics_in_informal_minutes():
    topics = [s for s in segment(doc_of(HEADED)) if s.kind == "topic"]
    assert [t.title for t in topics] == ["Lokalfrågor", "Kompetensutveckling"]
    assert all(t.number is None for t in topics)


def test_program_items_become_topics():
    text = "Inbjudan\nProgram\n09 00\tKaffe\n09 30\tSkolans uppdrag. Anna Ek\n10 15\tSamtal i\ngrupper\n"
    topics = [s.title for s in segment(doc_of(text)) if s.kind == "topic"]
    assert topics == ["Kaffe", "Skolans uppdrag", "Samtal i grupper"]


def test_program_times_whose_separator_ocr_lost_still_start_items():
    text = "Program\n09 00\tKaffe\n0930\tSkolans uppdrag. Anna Ek\n1015\tSamtal i grupper\n"
    topics = [s.title for s in segment(doc_of(text)) if s.kind == "topic"]
    assert topics == ["Kaffe", "Skolans uppdrag", "Samtal i grupper"]
    # without the cell break a bare number is not a time
    assert [s.title for s in segment(doc_of(text.replace("0930\t", "0930 "))) if s.kind == "topic"][1:2] != [
        "Skolans uppdrag"]


def test_helpers():
    assert case_number("§ 4 Dnr UN 2018/33 Rapport") == "UN 2018/33"
    assert case_number("Dnr 2019/212") == "2019/212"
    assert case_number("läsåret 2019/20") is None
    assert heading_kind("Beslut z") == "decision"
    assert heading_kind(". Reservation") == "subheading"
    assert heading_kind("Beslut fattas i juni") is None
    assert tidy('"avslutning') == "avslutning"
    assert tidy("september. :") == "september."


def test_empty_document_has_no_sections():
    assert segment(doc_of("")) == []
    assert segment(doc_of("\n\n", "  ")) == []


def test_lines_know_their_pages():
    lines = lines_of("a\nb\fc")
    assert [(line.text, line.page_no) for line in lines] == [("a", 1), ("b", 1), ("c", 2)]
    assert "a\nb\fc"[lines[2].start] == "c"


ALPHABET = st.sampled_from(list("§$S8 .:\t\n\f-–/0123456789abcåäöBDNRUKSÖ") + ["Beslut", "Dnr ", "1. ", "Sida 1 (2)"])


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_arbitrary_text_gives_valid_sections(text):
    doc = doc_of(*text.split("\f"))
    sections = segment(doc)
    full = doc.text
    for k, s in enumerate(sections, start=1):
        assert s.section_id == k
        assert 0 <= s.char_start <= s.char_end <= len(full)
        assert 1 <= s.page_start <= s.page_end <= doc.page_count
        assert s.kind in {"paragraph", "topic", "header", "attendance", "signatures", "other"}
    if sections:
        assert sections[0].char_start == 0 and sections[-1].char_end == len(full)


def test_toc_under_its_heading_is_one_section_and_the_real_paragraphs_follow_it():
    toc_page = (
        "Kommunstyrelsen\n"
        "Innehållsförteckning\n§ 7       Godkännande av dagordning\n§ 8       Bidrag 2021\n§ 9       Biblioteksplan\n\n"
        "§ 7  Dnr KS 2021/1\nGodkännande av dagordning\nBeslut\nStyrelsen beslutar att godkänna dagordningen.\n\n"
        "§ 8  Dnr KS 2021/30\nBidrag 2021\nBeslut\nStyrelsen beslutar att anta modellen.\n\n"
        "§ 9\nBiblioteksplan\nDnr KS 2021/33\nBeslut\nStyrelsen beslutar att anta planen.\n"
    )
    sections = segment(doc_of(toc_page))
    paragraphs = [(s.number, s.case_number, s.title) for s in sections if s.kind == "paragraph"]
    assert paragraphs == [
        ("§ 7", "KS 2021/1", "Godkännande av dagordning"),
        ("§ 8", "KS 2021/30", "Bidrag 2021"),
        ("§ 9", "KS 2021/33", "Biblioteksplan"),  # the diarienummer on the line after the title
    ]
    toc = [s for s in sections if s.title == "Innehållsförteckning"]
    assert len(toc) == 1 and toc[0].kind == "other" and "§ 8" in toc[0].text


def test_agenda_list_continues_where_ocr_lost_the_numbers():
    kallelse = (
        "KALLELSE\nBildningsnämnden\nTid: tisdagen den 3 maj 2022 kl 13.00\n\nÄrendelista\n"
        "1. Val av justerare\n2. Godkännande av dagordning\n3. Budgetuppföljning, BN 2022/5\n"
        "Skolplan 2023, BN 2022/40\nInformation från förvaltningen\n\n"
        "Förhinder anmäls till nämndsekreteraren senast den 29 april.\n"
    )
    topics = [(s.number, s.case_number, s.title) for s in segment(doc_of(kallelse)) if s.kind == "topic"]
    assert topics == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Godkännande av dagordning"),
        ("3.", "BN 2022/5", "Budgetuppföljning"),
        ("4.", "BN 2022/40", "Skolplan 2023"),
        ("5.", None, "Information från förvaltningen"),
    ]


def test_minutes_topics_do_not_continue_into_the_signature():
    minutes = (
        "Minnesanteckningar\nDeltagare: Eva Ek, Hjo, Per Al, Tibro\n\n1. Inledning\nEva hälsade välkommen.\n"
        "2. Nästa möte\nDen 3 juni i Hjo.\n\nVid anteckningarna\nPer Al\n"
    )
    topics = [s.number for s in segment(doc_of(minutes)) if s.kind == "topic"]
    assert topics == ["1.", "2."]


def test_hyphenated_diarienummer_keep_their_hyphen():
    assert case_number("Dnr KS-2021/55") == "KS-2021/55"
    assert case_number("§ 87  Dnr FGN-2022/318") == "FGN-2022/318"
    assert case_number("inför läsåret 2021/22") is None


def test_a_two_column_programme_read_column_by_column():
    inbjudan = (
        "Inbjudan till temadag om läsning\nTorsdagen den 8 oktober 2020, kl 9.00-12.00\n\nProgram\n\n"
        "09.00\n9 30\n1015\n11 00\n\n"
        "Välkommen. Eva Lind\n(skolchef)\nLäsning i alla\nämnen. Ola Berg (rektor\nHagaskolan)\n"
        "Fika\nSamtal och\n\"avslutning\n\nVarmt välkomna!\n"
    )
    topics = [s.title for s in segment(doc_of(inbjudan)) if s.kind == "topic"]
    assert topics == ["Välkommen", "Läsning i alla ämnen", "Fika", "Samtal och avslutning"]


def test_agenda_under_its_heading_without_any_numbers():
    kallelse = (
        "KALLELSE\nMiljönämnden\n\nÄrenden\n\nUpprop\n\nVal av justerare\n\nTaxa för tillsyn 2023, MN 2022/41\n"
        "Verksamhetsplan 2023\n\nXQWZRT\n\nHandlingarna finns på webbplatsen.\n"
    )
    topics = [(s.number, s.case_number, s.title) for s in segment(doc_of(kallelse)) if s.kind == "topic"]
    assert topics == [
        ("1.", None, "Upprop"),
        ("2.", None, "Val av justerare"),
        ("3.", "MN 2022/41", "Taxa för tillsyn 2023"),
        ("4.", None, "Verksamhetsplan 2023"),
    ]


def test_ocr_specks_after_item_numbers_and_wrapped_lists_are_not_headings():
    kallelse = "KALLELSE\nFöredragningslista\n1. - Val av justerare .\n2. Budget 2022\n3. - 'Skolplan 2023\n"
    titles = [s.title for s in segment(doc_of(kallelse)) if s.kind == "topic"]
    assert titles == ["Val av justerare", "Budget 2022", "Skolplan 2023"]
    minutes = (
        "Minnesanteckningar\nNärvarande: Eva Ek (ordf.), Per Al, Ida\nHolm, Leo Berg (sekr.)\n\n"
        "Budget\n\nEva redovisade läget.\n\nÖvrigt\n\nInga frågor.\n"
    )
    titles = [s.title for s in segment(doc_of(minutes)) if s.kind == "topic"]
    assert titles == ["Budget", "Övrigt"]


def test_a_speck_before_the_first_paragraph_sign_right_under_the_signatures():
    page = (
        "Kommunstyrelsens arbetsutskott 2022-03-08\nSekreterare Ordförande Justerande\n"
        "Lena Ahl Bo Ström Eva Nord\n:& 40\n\nVal av justerare\n\nKS 2022/3\n"
        "Beslut\nArbetsutskottet beslutar att utse Eva Nord.\n"
        "& 41 :\nTaxor\n. KS 2022/9\nBeslut\nArbetsutskottet beslutar att anta taxorna.\n"
    )
    paragraphs = [(s.number, s.case_number, s.title) for s in segment(doc_of(page)) if s.kind == "paragraph"]
    assert paragraphs == [("§ 40", "KS 2022/3", "Val av justerare"), ("§ 41", "KS 2022/9", "Taxor")]
