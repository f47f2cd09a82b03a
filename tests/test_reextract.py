"""`minutes reextract`: stored documents read again from their stored page text, without OCR."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline import cli, run
from pipeline.errors import UsageError


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_rows_an_older_version_left_are_read_again_from_the_stored_pages(ingested, table_counts, monkeypatch):
    before = table_counts(ingested)
    pages = rows(ingested, "SELECT doc_id, page_no, raw_text FROM pages ORDER BY ALL")
    with duckdb.connect(str(ingested)) as con:  # what an older version might have stored
        con.execute("DELETE FROM decisions")
        con.execute("UPDATE documents SET organ = NULL, pipeline_version = '0.0.1'")

    def no_ocr(*args, **kwargs):
        raise AssertionError("reextract must not read the files again")

    monkeypatch.setattr(run.ocr, "plan", no_ocr)
    report = run.reextract(ingested)

    assert report.failed == [] and len(report.ingested) == 3
    assert table_counts(ingested) == before | {"ingest_log": before["ingest_log"] + 3}
    assert rows(ingested, "SELECT doc_id, page_no, raw_text FROM pages ORDER BY ALL") == pages
    assert rows(ingested, "SELECT count(*) FROM documents WHERE organ IS NULL OR pipeline_version = '0.0.1'") == [(0,)]
    assert rows(ingested, "SELECT DISTINCT status FROM ingest_log WHERE status <> 'ingested'") == [("reextracted",)]


def test_a_document_that_fails_keeps_its_old_rows_and_the_others_go_on(ingested, monkeypatch):
    decisions = rows(ingested, "SELECT doc_id, decision_id, text FROM decisions ORDER BY ALL")
    real = run.process

    def crash_on_notes(doc, pages, **options):
        if doc.file_name == "minnesanteckningar.txt":
            raise ValueError("extractor crashed")
        return real(doc, pages, **options)

    monkeypatch.setattr(run, "process", crash_on_notes)
    report = run.reextract(ingested)

    assert [message for _, message in report.failed] == ["ValueError: extractor crashed"]
    assert len(report.ingested) == 2
    assert rows(ingested, "SELECT doc_id, decision_id, text FROM decisions ORDER BY ALL") == decisions


def test_the_municipality_given_is_recorded_on_every_document(ingested):
    run.reextract(ingested, municipality="Tidaholm")
    assert rows(ingested, "SELECT DISTINCT municipality FROM documents") == [("Tidaholm",)]


def test_no_store_is_a_usage_error_and_creates_none(tmp_path):
    missing = tmp_path / "none.duckdb"
    with pytest.raises(UsageError):
        run.reextract(missing)
    assert not missing.exists()
    assert cli.main(["reextract", "--db", str(missing), "--quiet"]) == 2


def test_the_command_reports_what_it_read(ingested, capsys):
    assert cli.main(["reextract", "--db", str(ingested), "--quiet"]) == 0
    assert "3 re-extracted, 0 failed" in capsys.readouterr().err
