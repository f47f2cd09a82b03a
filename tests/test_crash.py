"""Crash safety: `minutes ingest` killed with SIGKILL, then rerun; two runs on one store.

Real `minutes ingest` processes on a folder of real minutes (seven .txt, one born-digital
PDF, one scanned page), compared with a clean ingest of the same folder. Fakes only
inject the faults: a driver that kills its own process inside a document's transaction,
and a tesseract that hangs so a page is in flight when the kill comes. The helpers live
in tools/torture.py, which runs the same scenarios (and more) for `make torture`.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import duckdb
import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


torture = load("torture")


@pytest.fixture(scope="module")
def minutes(tmp_path_factory):
    """The input folder and what a clean, uninterrupted ingest of it stores."""
    root = tmp_path_factory.mktemp("crash")
    folder = root / "minutes"
    inputs = torture.crash_inputs(folder)
    reference = torture.reference_census(folder, root / "reference.duckdb")
    return folder, inputs, reference, root / "reference.duckdb"


def test_the_reference_ingest_stores_every_input(minutes):
    _, inputs, reference, _ = minutes
    assert len(inputs) == 9
    assert sum(table == "documents" for table, _ in reference) == len(inputs)
    assert sum(rows for (table, _), (rows, _) in reference.items() if table == "sections") > len(inputs)


def test_the_census_sees_a_half_written_document(minutes, tmp_path):
    """The checks below could fail: rows missing from one document are found."""
    _, _, reference, reference_db = minutes
    db = tmp_path / "damaged.duckdb"
    shutil.copy(reference_db, db)
    with duckdb.connect(str(db)) as con:
        doc_id, pages = con.execute("SELECT doc_id, count(*) FROM pages GROUP BY doc_id ORDER BY 2 DESC").fetchone()
        con.execute("DELETE FROM pages WHERE doc_id = ? AND page_no > 1", [doc_id])
        con.execute("DELETE FROM documents WHERE doc_id = (SELECT min(doc_id) FROM documents WHERE doc_id <> ?)",
                    [doc_id])
    assert pages > 1
    found = torture.census(db)
    assert torture.half_written(found, reference) == 1
    lost, duplicated, _ = torture.differences(found, reference)
    assert (lost, duplicated) == (pages - 1 + 1, 0)  # its pages after the first, the other's documents row
    assert torture.orphan_rows(db) > 0


def test_sigkill_inside_a_document_transaction_leaves_nothing_half_written(minutes, tmp_path):
    folder, _, reference, _ = minutes
    db = tmp_path / "minutes.duckdb"
    kill = torture.kill_in_transaction(folder, db, nth=3)
    assert kill[0], "the process must die from SIGKILL"
    outcome = torture.rerun_and_compare("transaction", kill, folder, db, reference)
    assert outcome.stored_at_kill == 2, "documents 1 and 2 committed, the 3rd rolled back"
    assert (outcome.half_written_at_kill, outcome.orphans_at_kill) == (0, 0)
    assert outcome.rerun_exit == 0
    assert (outcome.lost, outcome.duplicated, outcome.changed, outcome.orphans) == (0, 0, 0, 0)


def test_sigkill_while_a_page_is_ocrd_then_rerun_finishes_the_rest(minutes, tmp_path):
    folder, inputs, reference, _ = minutes
    db = tmp_path / "minutes.duckdb"
    kill = torture.kill_during_ocr(folder, db, tmp_path / "bin")
    assert kill[0], "the process must die from SIGKILL"
    before = inputs.index(folder / torture.SCANNED_NAME)
    outcome = torture.rerun_and_compare("ocr", kill, folder, db, reference)
    assert outcome.stored_at_kill == before, "the files before the scanned page were stored, none after"
    assert outcome.clean, outcome.line()
    with duckdb.connect(str(db), read_only=True) as con:
        log = dict(con.execute("SELECT status, count(*) FROM ingest_log GROUP BY status").fetchall())
    assert log == {"ingested": len(inputs), "skipped": before}, "each file ingested once over both runs"


def test_a_second_ingest_on_a_store_in_use_exits_3_with_one_line(minutes, tmp_path):
    folder, inputs, _, _ = minutes
    two = torture.two_runs_at_once(folder, tmp_path / "minutes.duckdb", tmp_path / "bin")
    assert two.second_exit == 3
    assert two.second_stderr.strip().count("\n") == 0 and "in use by another minutes run" in two.second_stderr
    assert two.first_exit == 0 and two.documents == len(inputs) and two.orphans == 0
    assert two.third_exit == 0, "the refused run, retried later, finds every file stored"
