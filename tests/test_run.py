"""Ingest run: walking folders, idempotence, --force, ingest_log, and bad files that fail alone.

Inputs are text files and a born-digital PDF (no OCR), so every test here runs in seconds.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline import run, store
from pipeline.errors import UsageError


def log_rows(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT source_path, doc_id, status, error FROM ingest_log ORDER BY source_path").fetchall()


def document_rows(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT doc_id, file_name, text_source, page_count FROM documents ORDER BY file_name").fetchall()


def test_folder_is_walked_recursively_and_every_file_is_stored(inputs, db, table_counts):
    report = run.ingest([inputs], db, workers=1)
    assert report.exit_code == 0
    assert sorted(Path(p).name for p in report.ingested) == ["digital.pdf", "minnesanteckningar.txt", "protokoll.txt"]
    docs = document_rows(db)
    assert [(name, source, pages) for _, name, source, pages in docs] == [
        ("digital.pdf", "text-layer", 2),
        ("minnesanteckningar.txt", "text", 1),
        ("protokoll.txt", "text", 1),
    ]
    for doc_id, name, _, _ in docs:
        path = next(inputs.rglob(name))
        assert doc_id == hashlib.sha256(path.read_bytes()).hexdigest()
    counts = table_counts(db)
    assert counts["pages"] == 4
    assert counts["sections"] >= 3
    assert counts["decisions"] >= 3  # each input states at least one "beslutar att"
    assert [status for _, _, status, _ in log_rows(db)] == ["ingested"] * 3


def test_pages_keep_raw_text_and_repaired_text(inputs, db):
    run.ingest([inputs / "protokoll.txt"], db, workers=1)
    with duckdb.connect(str(db), read_only=True) as con:
        raw, text = con.execute("SELECT raw_text, text FROM pages").fetchone()
        repairs = con.execute("SELECT char_start, original, replacement, rule FROM repairs ORDER BY char_start").fetchall()
    assert "$ 47" in raw and "utveck-\nlingen" in raw
    assert "§ 47" in text and "utvecklingen" in text
    assert {rule for *_, rule in repairs} >= {"paragraph-sign", "hyphenation"}
    for start, original, _, _ in repairs:
        assert raw[start : start + len(original)] == original


def test_second_run_skips_everything_and_changes_no_rows(inputs, ingested, table_counts):
    before = table_counts(ingested)
    docs_before = document_rows(ingested)
    report = run.ingest([inputs], ingested, workers=1)
    assert report.exit_code == 0
    assert report.ingested == [] and report.failed == []
    assert len(report.skipped) == 3
    after = table_counts(ingested)
    assert after["ingest_log"] == before["ingest_log"] + 3
    assert {k: v for k, v in after.items() if k != "ingest_log"} == {k: v for k, v in before.items() if k != "ingest_log"}
    assert document_rows(ingested) == docs_before
    assert sorted(status for *_, status, _ in log_rows(ingested)) == ["ingested"] * 3 + ["skipped"] * 3


def test_force_replaces_rows_without_duplicates(inputs, ingested, table_counts):
    before = table_counts(ingested)
    report = run.ingest([inputs], ingested, workers=1, force=True)
    assert len(report.ingested) == 3 and report.skipped == []
    after = table_counts(ingested)
    assert {k: v for k, v in after.items() if k != "ingest_log"} == {k: v for k, v in before.items() if k != "ingest_log"}
    with duckdb.connect(str(ingested), read_only=True) as con:
        for table in store.DOC_TABLES:
            key = {"pages": "page_no", "sections": "section_id", "decisions": "decision_id"}.get(table)
            if key:
                dupes = con.execute(f"SELECT count(*) FROM (SELECT doc_id, {key} FROM {table} "
                                    f"GROUP BY ALL HAVING count(*) > 1)").fetchone()[0]
                assert dupes == 0, table


def test_changed_file_is_ingested_as_a_new_document(inputs, ingested):
    path = inputs / "protokoll.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nJusteras 2019-05-20\n", encoding="utf-8")
    report = run.ingest([inputs], ingested, workers=1)
    assert [Path(p).name for p in report.ingested] == ["protokoll.txt"]
    assert len(report.skipped) == 2
    assert len(document_rows(ingested)) == 4  # the old version stays under its own doc_id


def test_municipality_option_is_set_on_every_document(inputs, db):
    run.ingest([inputs], db, workers=1, municipality="Skara")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT DISTINCT municipality FROM documents").fetchall() == [("Skara",)]


def corrupt_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nthis is not a real pdf body\n%%EOF\n")
    return path


BAD_FILES = {
    "empty.txt": lambda p: p.write_bytes(b""),
    "notes.pdf": lambda p: p.write_text("Minnesanteckningar, inte en PDF\n", encoding="utf-8"),
    "broken.pdf": corrupt_pdf,
    "scan.png": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_fails_with_one_line_while_the_others_are_stored(inputs, db, name):
    BAD_FILES[name](inputs / name)
    report = run.ingest([inputs], db, workers=1)
    assert report.exit_code == 1
    assert [Path(p).name for p, _ in report.failed] == [name]
    message = report.failed[0][1]
    assert "\n" not in message and 0 < len(message) <= 300
    assert len(report.ingested) == 3
    assert len(document_rows(db)) == 3
    failed = [row for row in log_rows(db) if row[2] == "failed"]
    assert len(failed) == 1
    source, _, _, error = failed[0]
    assert Path(source).name == name and error == message


def test_failed_file_is_tried_again_on_the_next_run(inputs, db):
    bad = inputs / "notes.pdf"
    bad.write_text("inte en PDF\n", encoding="utf-8")
    assert run.ingest([inputs], db, workers=1).exit_code == 1
    bad.unlink()
    shutil.copy(inputs / "digital.pdf", inputs / "digital-kopia.pdf")
    report = run.ingest([inputs], db, workers=1)
    assert report.exit_code == 0
    # the copy has the same bytes, hence the same doc_id: skipped, not stored twice
    assert len(document_rows(db)) == 3


def test_a_failure_inside_the_pipeline_is_recorded_and_the_batch_goes_on(inputs, db, monkeypatch):
    real = run.process

    def crash_on_notes(doc, pages, **options):
        if doc.file_name == "minnesanteckningar.txt":
            raise ValueError("segmenter crashed\nsecond line of a long traceback")
        return real(doc, pages, **options)

    monkeypatch.setattr(run, "process", crash_on_notes)
    report = run.ingest([inputs], db, workers=1)
    assert report.failed == [(str(inputs / "2019" / "minnesanteckningar.txt"), "ValueError: segmenter crashed")]
    assert len(report.ingested) == 2
    assert {name for _, name, _, _ in document_rows(db)} == {"digital.pdf", "protokoll.txt"}


def test_every_file_gets_an_ingest_log_row(inputs, db):
    (inputs / "empty.txt").write_bytes(b"")
    run.ingest([inputs], db, workers=1)
    run.ingest([inputs], db, workers=1)
    rows = log_rows(db)
    by_file: dict[str, list[str]] = {}
    for source, doc_id, status, _ in rows:
        by_file.setdefault(Path(source).name, []).append(status)
        if status != "failed":
            assert doc_id and len(doc_id) == 64
    assert {name: sorted(statuses) for name, statuses in by_file.items()} == {
        "digital.pdf": ["ingested", "skipped"],
        "minnesanteckningar.txt": ["ingested", "skipped"],
        "protokoll.txt": ["ingested", "skipped"],
        "empty.txt": ["failed", "failed"],
    }


# --- finding inputs -----------------------------------------------------------------------------


def test_find_inputs_skips_sample_material_and_unsupported_files(tmp_path):
    root = tmp_path / "samples"
    for rel in ("a.pdf", "sub/b.TIF", "sub/deeper/c.txt", "d.jpeg", "e.png",
                "source/a.md", "gold/a.json", "truth/a.txt", "sub/truth/b.txt", ".hidden/f.txt",
                "notes.docx", "README.txt", "README.md"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    found = sorted(p.relative_to(root).as_posix() for p in run.find_inputs([root]))
    assert found == ["a.pdf", "d.jpeg", "e.png", "sub/b.TIF", "sub/deeper/c.txt"]


def test_find_inputs_lists_a_file_once_even_when_named_twice(inputs):
    found = run.find_inputs([inputs, inputs / "protokoll.txt", inputs / "2019"])
    assert len(found) == 3


def test_samples_folder_skips_truth_gold_and_source():
    samples = Path(__file__).resolve().parents[1] / "samples"
    found = run.find_inputs([samples])
    assert found, "samples/ has inputs"
    assert not {"truth", "gold", "source"} & {part for p in found for part in p.relative_to(samples).parts}
    assert "legacy_ocr.txt" in {p.name for p in found}


def test_nonexistent_path_is_a_usage_error_and_creates_no_store(tmp_path, db):
    with pytest.raises(UsageError, match="no such file"):
        run.ingest([tmp_path / "saknas"], db)
    assert not db.exists()


def test_progress_reports_every_page(inputs, db):
    calls = []
    run.ingest([inputs], db, workers=1, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (4, 4)
    assert all(done <= total for done, total in calls)
