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
