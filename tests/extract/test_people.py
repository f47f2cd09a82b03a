"""People in minutes: grids, lists, labels, signatures and running text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document, Page, Section
from pipeline.extract import people


def doc_of(*pages: str) -> Document:
    return Document(
        "id", "x.txt", "x.txt", pages=[Page(i + 1, p, p) for i, p in enumerate(pages)]
    )


def found(*pages: str) -> dict:
    return {p.name: p for p in people.find(doc_of(*pages))}


GRID = """\
Tranemo kommun
PROTOKOLL
LEDAMÖTER\tERSÄTTARE
Birgitta Strand (S), ordförande\tNils Holm (S)
Kalle Ekström (M), 1:e vice\tDana Qvist (MP)
ordförande
Yusuf Demir (C)
Gerd Åkesson (KD) ersätter Hans Blom
(KD), §§ 12-14
Övriga deltagare\tMaja Ljung, skolchef
Ove Berg, nämndsekreterare
Utses att justera\tKalle Ekström (M)
"""


def test_two_column_grid():
    got = found(GRID)
    assert set(got) == {
        "Birgitta Strand",
        "Nils Holm",
        "Kalle Ekström",
        "Dana Qvist",
        "Yusuf Demir",
        "Gerd Åkesson",
        "Hans Blom",
        "Maja Ljung",
        "Ove Berg",
    }
    assert (got["Birgitta Strand"].party, got["Birgitta Strand"].roles) == (
        "S",
        ["ordförande"],
    )
    assert got["Birgitta Strand"].attendance == "beslutande"
    assert got["Nils Holm"].attendance == "ersättare" and got["Nils Holm"].roles == [
        "ersättare"
    ]
    assert got["Kalle Ekström"].roles == ["vice ordförande", "justerare"]
    assert got["Dana Qvist"].party == "MP"
    assert got["Yusuf Demir"].roles == ["ledamot"]
    assert (got["Gerd Åkesson"].attendance, got["Gerd Åkesson"].roles) == (
        "beslutande",
        ["ersättare"],
    )
    assert (got["Hans Blom"].attendance, got["Hans Blom"].party) == (
        "frånvarande",
        "KD",
    )
    assert (got["Maja Ljung"].attendance, got["Maja Ljung"].roles) == (
        "övrig",
        ["skolchef"],
    )
    assert got["Ove Berg"].roles == ["sekreterare"]
    assert "Tranemo" not in " ".join(got)


def test_grid_rendered_with_spaces():
    text = "BESLUTANDE      ERSÄTTARE\nAnna Viklund (V), ordförande    Per Ek (L)\nSven Olsson (SD)"
    got = found(text)
    assert got["Anna Viklund"].roles == ["ordförande"]
    assert got["Per Ek"].attendance == "ersättare"
    assert got["Sven Olsson"].attendance == "beslutande"


def test_grid_merged_on_single_spaces_still_splits_people():
    got = found("Beslutande\nAnna Viklund (V), ordförande Per Ek (L)")
    assert got["Anna Viklund"].roles == ["ordförande"]
    assert got["Per Ek"].party == "L"


def test_comma_list_with_affiliations():
    text = (
        "Deltagare: Oskar Lind, Alingsås, Tuva Nyström, Lerum, Emma Falk,\n"
        "Borås, Jonas\nEk, Mora\nOrdförande: Tuva Nyström, Lerum\nFörhinder: Rut Sand, Vårgårda\n"
        "1. Inledning\nTuva hälsade välkomna. Jonas tog upp frågan."
    )
    got = found(text)
    assert set(got) == {
        "Oskar Lind",
        "Tuva Nyström",
        "Emma Falk",
        "Jonas Ek",
        "Rut Sand",
    }
    assert got["Oskar Lind"].affiliation == "Alingsås"
    assert got["Emma Falk"].affiliation == "Borås"
    assert got["Jonas Ek"].affiliation == "Mora"
    assert (got["Tuva Nyström"].roles, got["Tuva Nyström"].attendance) == (
        ["ordförande"],
        "närvarande",
    )
    assert got["Rut Sand"].attendance == "frånvarande"


def test_parenthesised_roles_and_note_taker():
    text = (
        "Närvarande: Agnes Berglund (ordf.), Viktor Sand (utvecklingsledare), Elsa Ring (sekr.)\n"
        "Ärende 1\nFöredragande: Viktor Sand\nText om ärendet.\nVid anteckningarna/Elsa Ring"
    )
    got = found(text)
    assert got["Agnes Berglund"].roles == ["ordförande"]
    assert got["Viktor Sand"].roles == ["utvecklingsledare", "föredragande"]
    assert got["Elsa Ring"].roles == ["sekreterare"]
    assert {p.attendance for p in got.values()} == {"närvarande"}


def test_signatures_above_and_below_names():
    above = found(
        "Sekreterare\nLinn Åström\nOrdförande\tJusterare\nHarald Ek\tIrma Lövgren"
    )
    assert above["Linn Åström"].roles == ["sekreterare"]
    assert above["Harald Ek"].roles == ["ordförande"]
    assert above["Irma Lövgren"].roles == ["justerare"]
    below = found("Välkomna!\nHarald Ek\tIrma Lövgren\nOrdförande\tSekreterare")
    assert below["Harald Ek"].roles == ["ordförande"]
    assert below["Irma Lövgren"].roles == ["sekreterare"]
    assert below["Harald Ek"].attendance == "omnämnd"


def test_running_text():
    text = (
        "Rektor Hedda Palm berättar om Björkängsskolan. Lars Wiik (MP) yrkar avslag.\n"
        "Frågan besvaras av Signe Norlund (skolchef Ale kommun).\n"
        "Ordföranden ställer frågan. Beslutsgång enligt Barn- och utbildningsnämnden."
    )
    got = found(text)
    assert set(got) == {"Hedda Palm", "Lars Wiik", "Signe Norlund"}
    assert got["Hedda Palm"].roles == ["rektor"]
    assert got["Lars Wiik"].party == "MP"
    assert (got["Signe Norlund"].roles, got["Signe Norlund"].affiliation) == (
        ["skolchef"],
        "Ale",
    )
    assert {p.attendance for p in got.values()} == {"omnämnd"}


def test_headings_places_and_footers_are_not_people():
    text = (
        "Ordförandes signatur\tJusterandes signatur\tUtdragsbestyrkande\n"
        "Plats och tid\tStadshuset, Sal Bergslagen\nUpplands Väsby kommun\nRegion Skåne\n"
        "Lilla Edet och Östra Göinge\nSammanträdesdatum 2020-01-01\nJönköping University"
    )
    assert found(text) == {}


def test_one_row_per_person_merged_over_pages():
    got = people.find(
        doc_of("Beslutande\nMira Holm (C)\n", "§ 3 Val\nMira Holm (C) yrkar bifall.")
    )
    assert [p.name for p in got] == ["Mira Holm"]
    assert got[0].attendance == "beslutande"


def test_section_of_first_statement():
    doc = doc_of("§ 1 Inledning\nText\n§ 2 Ekonomi\nEkonom Frida Ahl redovisar.")
    text = doc.text
    cut = text.index("§ 2")
    doc.sections = [
        Section(1, "§ 1", None, "Inledning", "paragraph", text[:cut], 1, 1, 0, cut),
        Section(
            2, "§ 2", None, "Ekonomi", "paragraph", text[cut:], 1, 1, cut, len(text)
        ),
    ]
    (person,) = people.find(doc)
    assert (person.name, person.section_id, person.roles) == (
        "Frida Ahl",
        2,
        ["ekonom"],
    )


def test_ocr_paragraph_signs_and_diacritics():
    text = "BESLUTANDE\tERSÄTTARE\nRasmus Öhman (S), $$ 4-6\tZoran Delić (V)\n$ 7 Dnr BUN 2021/3"
    got = found(text)
    assert got["Rasmus Öhman"].party == "S"
    assert got["Zoran Delić"].attendance == "ersättare"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_never_raises_on_arbitrary_text(text):
    for person in people.find(doc_of(*text.split("\f"))):
        assert person.name and 0 < person.confidence <= 1


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Beslutande",
                "ERSÄTTARE",
                "\t",
                "  ",
                "\n",
                "Anna Ek",
                "(S)",
                ", ordförande",
                "ersätter",
                "Per Holm",
                "§§ 3-4",
                "Ordförande",
                "Justerare",
                "Deltagare:",
                "Skövde",
                ",",
                "(sekr.)",
                "\f",
            ]
        ),
        max_size=40,
    )
)
def test_never_raises_on_minutes_like_text(pieces):
    for person in people.find(doc_of(*"".join(pieces).split("\f"))):
        assert person.attendance in {
            "beslutande",
            "ersättare",
            "närvarande",
            "övrig",
            "frånvarande",
            "omnämnd",
        }
