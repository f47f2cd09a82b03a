"""Torture: a corpus of bad files (tools/make_bad_inputs.py) ingested in one batch.

The batch must finish, the good files must be stored, every bad file must get one
`ingest_log` row with a one-line error, and no exception may escape.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import time
from pathlib import Path

import duckdb
import pytest

from pipeline import cli, ocr, run
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
        ("rör.txt", "not a regular file"),
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
    [latin1_name] = [name for name in torture[1] if "\ufffd" in name]  # bytes that are not UTF-8 shown as U+FFFD
    assert "Närvarande: Åsa Öberg" in stored_text(db, latin1_name), "a file name that is not UTF-8 is stored"


def test_a_500_page_pdf_is_stored_whole_with_its_scanned_pages_read(torture):
    _, _, _, db, _ = torture
    pages = stored_text(db, "bilaga-500-sidor.pdf").split("\f")
    assert len(pages) == 500
    assert "sida 499 av 500" in pages[498]
    scanned = [pages[n - 1] for n in range(100, 501, 100)]
    assert all("Kommunstyrelsen" in text for text in scanned), scanned


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


# --- a hung or broken engine fails its file, not the run (fakes inject the faults) -------------


def fake_engine(tmp_path: Path, monkeypatch, name: str, script: str) -> None:
    """Put a fake `name` (tesseract, pdftoppm) first on PATH for this test."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    fake = bin_dir / name
    fake.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


def scan_and_note(folder: Path, scan_name: str = "skannad.png") -> Path:
    """A folder with one page to OCR (an image or an image-only PDF) and one text file."""
    from PIL import Image

    folder.mkdir()
    if scan_name.endswith(".pdf"):
        (folder / scan_name).write_bytes(load_tool().pdf_bytes([]))
    else:
        Image.new("L", (600, 200), 255).save(folder / scan_name)
    (folder / "anteckning.txt").write_text("Nämnden beslutar att godkänna protokollet.\n", encoding="utf-8")
    return folder


def ingest_with_cli_engine(folder: Path, db: Path) -> run.IngestReport:
    """Ingest with the tesseract CLI engine (the one a fake binary on PATH replaces)."""
    read = functools.partial(ocr.read_page, engine=ocr.OcrEngine())
    return run.ingest([folder], db, scheduler=ocr.OcrScheduler(workers=1, read=read))


def test_a_hanging_tesseract_fails_its_file_after_the_page_timeout(tmp_path, monkeypatch):
    fake_engine(tmp_path, monkeypatch, "tesseract", "exec sleep 120\n")
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 2)  # the pool forks: workers see it too
    folder = scan_and_note(tmp_path / "in")
    started = time.monotonic()
    report = ingest_with_cli_engine(folder, tmp_path / "minutes.duckdb")
    assert time.monotonic() - started < 60
    assert [Path(p).name for p in report.ingested] == ["anteckning.txt"]
    [(source, message)] = report.failed
    assert Path(source).name == "skannad.png" and "timeout" in message and "\n" not in message


def test_a_hanging_pdftoppm_fails_its_file_after_the_raster_timeout(tmp_path, monkeypatch):
    # hangs on the page; answers `-v` (pdf2image asks for the version first, without a timeout)
    real = shutil.which("pdftoppm")
    fake_engine(tmp_path, monkeypatch, "pdftoppm", f'[ "$1" = -v ] && exec {real} -v\nexec sleep 120\n')
    monkeypatch.setattr(ocr, "RASTER_TIMEOUT", 5)
    folder = scan_and_note(tmp_path / "in", "skannad.pdf")
    started = time.monotonic()
    report = run.ingest([folder], tmp_path / "minutes.duckdb", workers=1)
    assert time.monotonic() - started < 60
    assert [Path(p).name for p in report.ingested] == ["anteckning.txt"]
    [(source, message)] = report.failed
    assert Path(source).name == "skannad.pdf" and "pdftoppm timed out" in message


def test_garbage_from_the_engine_is_one_file_failed_or_read_never_the_run(tmp_path, monkeypatch):
    garbage = "printf '\\377\\376\\000\\033[2J\\001\\002' > \"$2.txt\"; printf 'conf\\ttext\\nx\\t\\377\\n' > \"$2.tsv\"\n"
    fake_engine(tmp_path, monkeypatch, "tesseract", garbage)
    folder = scan_and_note(tmp_path / "in")
    report = ingest_with_cli_engine(folder, tmp_path / "minutes.duckdb")
    assert "anteckning.txt" in [Path(p).name for p in report.ingested]
    assert len(report.ingested) + len(report.failed) == 2
    assert all("\n" not in message for _, message in report.failed)


# --- paths from input never escape --out (repair) or the export folder --------------------------


def files_under(folder: Path) -> set[Path]:
    return {Path(root, name) for root, _, names in os.walk(folder) for name in names}


def test_repair_writes_only_under_out_whatever_the_input_tree_holds(tmp_path):
    outside = tmp_path / "utanför"
    outside.mkdir()
    (outside / "hemlig.txt").write_text("utveck-\nlingen\n", encoding="utf-8")
    given = tmp_path / "in"
    (given / "nämnd" / "2019").mkdir(parents=True)
    (given / "nämnd" / "2019" / "protokoll $ 12.txt").write_text("$ 12 Beslut om utveck-\nlingen\n", encoding="utf-8")
    (given / "länk.txt").symlink_to(outside / "hemlig.txt")  # a file link out of the tree
    (given / "mapplänk").symlink_to(outside, target_is_directory=True)  # a folder link (not followed)
    (given / "..txt").write_text("utveck-\nlingen\n", encoding="utf-8")
    out = tmp_path / "ut"
    before = {p: p.read_bytes() for p in files_under(outside) | files_under(given)}
    assert cli.main(["repair", str(given), "--out", str(out)]) == 0
    written = files_under(out)
    assert written and all(p.resolve().is_relative_to(out.resolve()) for p in written)
    assert {p.relative_to(out).as_posix() for p in written} >= {"nämnd/2019/protokoll $ 12.txt", "länk.txt", "..txt"}
    after = {p: p.read_bytes() for p in files_under(outside) | files_under(given)}
    assert after == before, "nothing outside --out was written"


def test_export_writes_only_under_its_folder_even_with_path_like_values(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "protokoll.txt").write_text(
        "Skara kommun\nProtokoll\nKommunstyrelsen\nSammanträdesdatum 2019-03-14\n\n§ 12\nBeslut\n"
        "Kommunstyrelsen beslutar att godkänna avtalet.\n", encoding="utf-8")
    db = tmp_path / "minutes.duckdb"
    run.ingest([folder], db, workers=1, municipality="../../../utanför")
    out = tmp_path / "export"
    assert cli.main(["export", str(out), "--db", str(db)]) == 0
    written = files_under(out)
    assert written and all(p.resolve().is_relative_to(out.resolve()) for p in written)
    assert set(os.listdir(tmp_path)) == {"in", "minutes.duckdb", "export"} | (
        {"minutes.duckdb.wal"} if (tmp_path / "minutes.duckdb.wal").exists() else set())
