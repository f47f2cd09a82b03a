"""Torture: a corpus of bad files (tools/make_bad_inputs.py) ingested in one batch.

The batch must finish, the good files must be stored, every bad file must get one
`ingest_log` row with a one-line error, and no exception may escape.
"""

from __future__ import annotations

import importlib.util
import os
import time
from pathlib import Path

import duckdb
import pytest

from pipeline import ocr, run
from pipeline.errors import InputError

TOOL = Path(__file__).resolve().parent.parent / "tools" / "make_bad_inputs.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("make_bad_inputs", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def torture(tmp_path_factory):
    """The corpus ingested once: (corpus folder, expected statuses, report, store, seconds taken)."""
    root = tmp_path_factory.mktemp("torture")
    folder = root / "in"
    expected = load_tool().build(folder)
    db = root / "minutes.duckdb"
    started = time.monotonic()
    report = run.ingest([folder], db, workers=2)
    return folder, expected, report, db, time.monotonic() - started


def log_by_file(folder: Path, db: Path) -> dict[str, list[tuple[str, str | None]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT source_path, status, error FROM ingest_log").fetchall()
    by_file: dict[str, list[tuple[str, str | None]]] = {}
    for source, status, error in rows:
        by_file.setdefault(Path(source).relative_to(folder).as_posix(), []).append((status, error))
    return by_file


def test_batch_finishes_quickly_with_exit_code_1(torture):
    _, expected, report, _, seconds = torture
    assert report.exit_code == 1
    assert len(report.failed) == sum(status == "failed" for status in expected.values())
    assert seconds < 120, "the giant image or the bomb must be refused, not OCR'd"


def test_every_file_has_one_log_row_with_the_expected_status(torture):
    folder, expected, _, db, _ = torture
    by_file = log_by_file(folder, db)
    assert set(by_file) == set(expected)
    for name, rows in by_file.items():
        assert len(rows) == 1, name
        status, error = rows[0]
        assert status == expected[name], (name, error)
        if status == "failed":
            assert error and "\n" not in error and len(error) <= 300, (name, error)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.pdf", "empty file"),
        ("encrypted-locked.pdf", "encrypted PDF"),
        ("text-named.pdf", "not a PDF"),
        ("zero-pages.pdf", "no pages"),
        ("giant.png", "too large"),
        ("bomb.png", "too large"),
        ("poster-page.pdf", "too large"),
        ("binary.txt", "not text"),
        ("links/dangling.pdf", "No such file"),
        ("links/a.pdf", "symbolic links"),
    ],
)
def test_bad_files_say_what_is_wrong(torture, name, message):
    folder, _, _, db, _ = torture
    [(status, error)] = log_by_file(folder, db)[name]
    assert status == "failed" and message in error


def stored_text(db: Path, file_name: str) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT p.text FROM pages p JOIN documents d USING (doc_id) WHERE d.file_name = ? ORDER BY p.page_no",
            [file_name],
        ).fetchall()
    return "\f".join(text for (text,) in rows)


def test_readable_inputs_are_stored_with_their_text(torture):
    _, _, _, db, _ = torture
    assert "Socialnämnden beslutar att bevilja" in stored_text(db, "good.pdf")
    assert "Socialnämnden beslutar att bevilja" in stored_text(db, "encrypted-open.pdf")
    for name in ("cp1252.txt", "latin-1.txt", "utf-16.txt", "mötesanteckningar från nämnden.txt"):
        assert "Närvarande: Åsa Öberg, Örjan Ängström" in stored_text(db, name), name
    assert "”citat”" in stored_text(db, "cp1252.txt")
    assert stored_text(db, "blank-pages.pdf").strip() == ""


def test_personnummer_in_the_good_file_is_masked_in_every_stored_column(torture):
    _, _, _, db, _ = torture
    with duckdb.connect(str(db), read_only=True) as con:
        raw, text = con.execute(
            "SELECT p.raw_text, p.text FROM pages p JOIN documents d USING (doc_id) WHERE d.file_name = 'good.pdf'"
        ).fetchone()
        sections = " ".join(t for (t,) in con.execute("SELECT text FROM sections").fetchall())
    for stored in (raw, text):
        assert "XXXXXXXX-XXXX" in stored and "9876" not in stored
    assert "19811218" not in sections
    assert "0511-123 45" in text  # a phone number is not a personnummer


def test_large_pdf_pages_are_rasterised_at_a_lower_dpi_within_the_pixel_limits():
    a4, a0, poster = (595, 842), (2384, 3370), (14400, 14400)
    assert ocr._fitting_dpi(1, *a4) == ocr.DPI
    dpi = ocr._fitting_dpi(1, *a0)
    assert ocr.MIN_DPI <= dpi < ocr.DPI
    width, height = a0[0] / 72 * dpi, a0[1] / 72 * dpi
    assert max(width, height) <= ocr.MAX_IMAGE_SIDE and width * height <= ocr.MAX_IMAGE_PIXELS
    with pytest.raises(InputError, match="too large"):
        ocr._fitting_dpi(3, *poster)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without read permission")
def test_unreadable_file_fails_alone(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Nämnden beslutar att godkänna protokollet.\n", encoding="utf-8")
    locked = folder / "låst.txt"
    locked.write_text("hemligt\n", encoding="utf-8")
    locked.chmod(0)
    report = run.ingest([folder], tmp_path / "minutes.duckdb", workers=1)
    assert [Path(p).name for p in report.ingested] == ["ok.txt"]
    assert [(Path(p).name, "Permission denied" in m) for p, m in report.failed] == [("låst.txt", True)]
