"""Reading order rebuilt from tesseract's word boxes: grids row by row, text columns kept."""

from pathlib import Path

import pytest

from pipeline import ocr
from pipeline.reading_order import grid_text

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
LINE_HEIGHT, CHAR_WIDTH = 40, 20


def tsv(*blocks: list[tuple[int, int, str]]) -> str:
    """tesseract's TSV (C API form, no header) for blocks of (left, top, text) lines, one paragraph each."""
    rows = []

    def row(level, block, line, word, left, top, width, text=""):
        ids = (level, 1, block, 1 if level > 2 else 0, line, word)
        rows.append("\t".join(map(str, (*ids, left, top, width, LINE_HEIGHT if level > 3 else 0, -1, text))))

    for b, lines in enumerate(blocks, start=1):
        left = min(x for x, _, _ in lines)
        top = min(y for _, y, _ in lines)
        right = max(x + CHAR_WIDTH * len(t) for x, _, t in lines)
        bottom = max(y for _, y, _ in lines) + LINE_HEIGHT
        for level in (2, 3):
            ids = (level, 1, b, 1 if level == 3 else 0, 0, 0)
            rows.append("\t".join(map(str, (*ids, left, top, right - left, bottom - top, -1, ""))))
        for n, (x, y, text) in enumerate(lines, start=1):
            row(4, b, n, 0, x, y, CHAR_WIDTH * len(text))
            for w, word in enumerate(text.split(), start=1):
                row(5, b, n, w, x + CHAR_WIDTH * text.index(word), y, CHAR_WIDTH * len(word), word)
    return "\n".join(rows) + "\n"


def test_a_label_column_read_apart_from_its_values_is_read_row_by_row():
    labels = [(200, 400, "Plats och tid"), (200, 500, "Beslutande"), (200, 700, "Justerare")]
    values = [(800, 400, "Stadshuset, kl. 18.00-20.15"), (800, 500, "Anna Berg (S), ordförande"),
              (800, 560, "Per Lund (M)"), (800, 700, "Per Lund (M)")]
    text = grid_text(tsv(labels, values))
    assert text.splitlines() == [
        "Plats och tid\tStadshuset, kl. 18.00-20.15",
        "Beslutande\tAnna Berg (S), ordförande",
        "Per Lund (M)",
        "Justerare\tPer Lund (M)",
    ]


def test_two_columns_of_running_text_are_left_as_tesseract_read_them():
    left = [(200, 400 + 60 * n, "Nämnden har under året arbetat med") for n in range(5)]
    right = [(1300, 400 + 60 * n, "skolans likvärdighet och elevernas") for n in range(5)]
    assert grid_text(tsv(left, right)) is None


def test_a_grid_inside_one_of_two_text_columns_is_read_by_rows_then_the_other_column():
    times = [(200, 1000, "12.30"), (200, 1120, "13.00")]
    items = [(400, 1000, "Registrering och kaffe"), (400, 1120, "Välkommen, skolchefen")]
    other = [(1300, 1000 + 60 * n, "Anmälan senast den 2 oktober till") for n in range(5)]
    lines = grid_text(tsv(times, items, other)).split("\n\n")
    assert lines[0].splitlines() == ["12.30\tRegistrering och kaffe", "13.00\tVälkommen, skolchefen"]
    assert lines[1].splitlines()[0] == "Anmälan senast den 2 oktober till"


def test_headings_straight_above_two_text_columns_head_their_columns():
    heads = [(200, 900, "Program")], [(1300, 900, "Praktisk information")]
    times = [(200, 1000, "12.30"), (200, 1120, "13.00")]
    items = [(400, 1000, "Registrering och kaffe"), (400, 1120, "Välkommen, skolchefen")]
    other = [(1300, 1000 + 60 * n, "Anmälan senast den 2 oktober till") for n in range(5)]
    parts = grid_text(tsv(*heads, times, items, other)).split("\n\n")
    assert parts[0].splitlines()[:2] == ["Program", "12.30\tRegistrering och kaffe"]
    assert parts[1].splitlines()[:2] == ["Praktisk information", "Anmälan senast den 2 oktober till"]


def test_a_page_without_blocks_side_by_side_keeps_tesseracts_text():
    body = [(200, 400 + 60 * n, "Nämnden beslutar att godkänna rapporten") for n in range(3)]
    assert grid_text(tsv(body)) is None
    assert ocr.page_text("tesseract's own text\n", tsv(body)) == "tesseract's own text\n"


def test_the_clis_header_row_and_rows_without_numbers_are_skipped():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    labels, values = [(200, 400, "Justerare")], [(800, 400, "Anna Berg (S)")]
    assert grid_text(header + tsv(labels, values) + "garbage\n") == "Justerare\tAnna Berg (S)\n"


@pytest.mark.slow
@pytest.mark.parametrize("engine", [ocr.ApiEngine, ocr.OcrEngine])
def test_a_scanned_label_grid_is_read_row_by_row(engine):
    """tiff_protokoll page 1: tesseract takes its labels as blocks of their own, read before the values."""
    text, _ = engine().read_job(ocr.PageJob(str(SAMPLES / "tiff_protokoll.tif"), 1, "image"))
    rows = [" ".join(line.split()) for line in text.splitlines()]
    assert any(row.startswith("Justerare Marianne Ekl") for row in rows)
    assert any(row.startswith("Paragrafer 31-36") for row in rows)
