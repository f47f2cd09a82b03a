"""Label/value grids that OCR read column by column get their labels back."""

from __future__ import annotations

from pipeline.document import Document, Section
from pipeline.extract import grid, people

STACKED = """SAMMANTRÄDESPROTOKOLL
Plats och tid

Ledamöter

Tjänstgörande

: ersättare

Ersättare
Övriga närvarande

Justerare
Paragrafer

Sida 1 (2)
Sammanträdesdatum 2018-05-02

Rådhuset, onsdagen den 2 maj 2018 kl 18.00 — 20.00

Eva Ström (S), ordförande

Nils Bergqvist (M)

Åke Lindahl (C) ersätter Mona Falk (C),
§§ 12-14

Ines Holm (V)

Pia Roos, förvaltningschef

Nils Bergqvist (M)

10-14
"""


def test_values_get_the_labels_of_their_column():
    stack = grid.stacked_labels(STACKED)
    by_line = {STACKED[start:].split("\n", 1)[0]: label for start, label in stack.labels.items()}
    assert by_line["Eva Ström (S), ordförande"] == "Ledamöter"
    assert by_line["Nils Bergqvist (M)"] in {"Ledamöter", "Justerare"}
    assert by_line["Åke Lindahl (C) ersätter Mona Falk (C),"] == "Tjänstgörande ersättare"
    assert by_line["Ines Holm (V)"] == "Ersättare"
    assert by_line["Pia Roos, förvaltningschef"] == "Övriga närvarande"
    assert by_line["10-14"] == "Paragrafer"
    assert "Sida 1 (2)" not in by_line and "§§ 12-14" not in by_line
    assert STACKED.index("Ledamöter") in stack.skip


def test_people_read_from_a_stacked_grid():
    doc = Document("g" * 64, "x", "x")
    from pipeline.document import Page

    doc.pages = [Page(1, STACKED, STACKED)]
    doc.sections = [Section(1, None, None, "SAMMANTRÄDESPROTOKOLL", "header", STACKED, 1, 1, 0, len(STACKED))]
    found = {p.name: p for p in people.find(doc)}
    assert found["Eva Ström"].attendance == "beslutande" and "ordförande" in found["Eva Ström"].roles
    assert found["Åke Lindahl"].attendance == "beslutande" and "ersättare" in found["Åke Lindahl"].roles
    assert found["Mona Falk"].attendance == "frånvarande"
    assert found["Ines Holm"].attendance == "ersättare"
    assert found["Pia Roos"].attendance == "övrig" and found["Pia Roos"].roles == ["förvaltningschef"]
    assert "justerare" in found["Nils Bergqvist"].roles


def test_an_ordinary_label_row_is_not_a_stack():
    text = "Beslutande\\tErsättare\nEva Ström (S)\\tIda Berg (S)\n"
    assert grid.stacked_labels(text).labels == {}
