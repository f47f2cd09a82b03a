"""Kommuner and organisations named in minutes, and the kommun a document belongs to."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document, Page, Section
from pipeline.extract import places


def doc_of(*pages: str, organ: str | None = None) -> Document:
    doc = Document(
        "id", "x.txt", "x.txt", pages=[Page(i + 1, p, p) for i, p in enumerate(pages)]
    )
    doc.organ = organ
    return doc


def kommuner_in(text: str) -> list[str]:
    return [hit.kommun.name for hit in places.find_kommuner(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mötet hölls i Ulricehamns kommun.", ["Ulricehamn"]),
        ("Nackas elever och Lunds kommun", ["Nacka", "Lund"]),
        ("GÄVLE KOMMUN\nProtokoll", ["Gävle"]),
        ("Uppsala stad och Göteborgs Stad", ["Uppsala", "Göteborg"]),
        ("besök i Vasteras och Linkoping", ["Västerås", "Linköping"]),
        ("Falu kommun och Upplands Väsbys skolor", ["Falun", "Upplands Väsby"]),
        ("Region Gotland", ["Gotland"]),
    ],
)
def test_written_forms(text, expected):
    assert kommuner_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vara med och bidra till arbetet.",  # the verb
        "Ordförande Eva Lund öppnade mötet.",  # a surname
        "Ola Mora och Lisa Sala deltog.",
        "Mark och lokaler ska utredas.",
        "Region Uppsala och Kalmar län samt Umeå universitet",  # not the kommuner
    ],
)
def test_ambiguous_or_other_uses_are_not_kommuner(text):
    assert kommuner_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Konferensen hålls i Lund.", ["Lund"]),
        ("Vara kommun och Marks kommun", ["Vara", "Mark"]),
        ("Deltagare: Ida Berg, Mora", ["Mora"]),
        ("Strömstad, Bjuv och Tanum", ["Strömstad", "Bjuv", "Tanum"]),
    ],
)
def test_ambiguous_names_with_context(text, expected):
    assert kommuner_in(text) == expected


def test_organisations():
    text = (
        "Skolinspektionen granskade Ekbackens skola och Solhemsskolan. SKR och Region Halland "
        "deltog. Grundskolan ansvarar. Barn- och ungdomsnämndens beslut gäller."
    )
    found = {hit.normalized for hit in places.find_organisations(text)}
    assert found == {
        "Skolinspektionen",
        "Ekbackens skola",
        "Solhemsskolan",
        "Sveriges Kommuner och Regioner",
        "Region Halland",
        "barn- och ungdomsnämnden",
    }


def test_home_kommun_from_header():
    doc = doc_of("Kumla kommun\nPROTOKOLL\n\nVi samverkar med Örebro och Hallsberg.")
    places.fill(doc)
    assert (doc.municipality, doc.municipality_code) == ("Kumla", "1881")
    assert {m.normalized for m in doc.mentions if m.kind == "municipality"} == {
        "Kumla",
        "Örebro",
        "Hallsberg",
    }


def test_home_kommun_from_organ():
    doc = doc_of(
        "Protokoll\nSkolan i Borås nämns.",
        organ="Kultur- och fritidsnämnden i Eslövs kommun",
    )
    places.fill(doc)
    assert doc.municipality == "Eslöv"


def test_no_home_for_a_network_of_equals():
    doc = doc_of(
        "Nätverksträff\nDeltagare från Tibro, Hjo, Skara och Götene.\nNästa möte i Skara.\nTibro bjuder."
    )
    places.fill(doc)
    assert doc.municipality is None
    assert len([m for m in doc.mentions if m.kind == "municipality"]) == 4


def test_mentions_carry_their_section():
    doc = doc_of("Rubrik\n§ 1 Uppsala kommun\n§ 2 Skolverket")
    text = doc.text
    cut = text.index("§ 2")
    doc.sections = [
        Section(1, "§ 1", None, "a", "paragraph", text[:cut], 1, 1, 0, cut),
        Section(2, "§ 2", None, "b", "paragraph", text[cut:], 1, 1, cut, len(text)),
    ]
    places.fill(doc)
    by_name = {m.normalized: m for m in doc.mentions}
    assert by_name["Uppsala"].section_id == 1
    assert by_name["Skolverket"].section_id == 2
    assert by_name["Uppsala"].code == "0380"


def test_empty_document():
    doc = doc_of()
    places.fill(doc)
    assert doc.municipality is None and doc.mentions == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_never_raises(text):
    doc = doc_of(*text.split("\f"))
    places.fill(doc)
    assert all(m.kind in ("municipality", "organisation") for m in doc.mentions)


@pytest.mark.parametrize("logo", ["Ska ra kommun", "Umea kommUnN"])
def test_a_damaged_logo_still_names_the_kommun(logo):
    doc = doc_of(f"SAMMANTRÄDESPROTOKOLL\n{logo} Utbildningsnämnden\n\nNämnden beslutar att godkänna rapporten.\n")
    places.fill(doc)
    assert doc.municipality in {"Skara", "Umeå"} and doc.municipality == ("Skara" if "Ska" in logo else "Umeå")
