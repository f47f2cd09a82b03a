"""Dask executor: a real local cluster of two worker processes gives the same store as a local ingest."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest
from PIL import Image, ImageDraw, ImageFont

import pipeline.distributed
from pipeline import cli, store

distributed = pytest.importorskip("distributed")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MINUTES = [
    "PROTOKOLL\nBarn- och utbildningsnämnden i Skövde kommun\nSammanträdesdatum 2021-03-04\n"
    "§ 12 Budget för förskolan\nNämnden beslutar att godkänna förslaget till budget.\n",
    "MINNESANTECKNINGAR\nLedningsgrupp, Mariestads kommun, 2020-05-06\n"
    "1. Elevhälsa\nRektor Anna Berg får i uppdrag att ta fram en plan för elevhälsan.\n",
]


@pytest.fixture(scope="module")
def cluster():
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=50
    ) as local:
        yield local.scheduler_address


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(MINUTES, start=1):
        (folder / f"minutes{n}.txt").write_text(text, encoding="utf-8")
    img = Image.new("L", (2480, 700), 255)
    draw = ImageDraw.Draw(img)
    for n, line in enumerate(["Kommunstyrelsen i Falköpings kommun", "§ 5 Nämnden beslutar att anta planen."]):
        draw.text((200, 150 + n * 140), line, font=ImageFont.truetype(FONT, 56), fill=0)
    img.save(folder / "scan.png", dpi=(300, 300))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage without objects")
    return folder


def rows(db: Path) -> dict[str, list]:
    """Every row of every document table (and the log's outcomes), sorted; run-dependent columns left out."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = {}
        for table in store.DOC_TABLES:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c != "ingested_at"]
            found[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()))
        found["log"] = sorted(con.execute("SELECT source_path, doc_id, status FROM ingest_log").fetchall())
        return found
    finally:
        con.close()


def ingest(*args: str) -> int:
    return cli.main(["ingest", *args, "--quiet"])


def test_dask_ingest_streams_to_the_same_store_as_a_local_ingest(cluster, corpus, tmp_path):
    local, remote = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    assert ingest(str(corpus), "--db", str(local), "--workers", "1") == 1  # broken.pdf fails in both
    assert ingest(str(corpus), "--db", str(remote), "--executor", "dask", "--scheduler", cluster) == 1
    expected, got = rows(local), rows(remote)
    assert len(expected["documents"]) == 3 and len(expected["pages"]) == 3
    assert any("Falköpings" in row for row in got["pages"])  # the scan was OCR'd on a worker
    assert got == expected
    failed = [r for r in got["log"] if r[2] == "failed"]
    assert [Path(r[0]).name for r in failed] == ["broken.pdf"]


def test_dask_reingest_skips_unchanged_files(cluster, corpus, tmp_path):
    db = tmp_path / "dask.duckdb"
    ingest(str(corpus), "--db", str(db), "--executor", "dask", "--scheduler", cluster)
    before = rows(db)
    (corpus / "broken.pdf").unlink()
    assert ingest(str(corpus), "--db", str(db), "--executor", "dask", "--scheduler", cluster) == 0
    after = rows(db)
    assert {k: v for k, v in after.items() if k != "log"} == {k: v for k, v in before.items() if k != "log"}
    assert sum(1 for r in after["log"] if r[2] == "skipped") == 3


def test_parquet_shards_merge_into_the_same_store(cluster, corpus, tmp_path):
    local, merged, shards = tmp_path / "local.duckdb", tmp_path / "merged.duckdb", tmp_path / "shards"
    ingest(str(corpus), "--db", str(local), "--workers", "1")
    assert ingest(str(corpus), "--executor", "dask", "--scheduler", cluster, "--shard-out", str(shards)) == 1
    assert len(list((shards / "documents").glob("*.parquet"))) == 3
    assert not list(shards.rglob("*.partial"))
    assert cli.main(["merge", str(shards), "--db", str(merged)]) == 0
    assert rows(merged) == rows(local)
    assert cli.main(["merge", str(shards), "--db", str(merged)]) == 0  # merging twice changes nothing
    assert rows(merged) == rows(local)


def test_shard_run_resumes_without_redoing_documents(cluster, corpus, tmp_path):
    shards = tmp_path / "shards"
    ingest(str(corpus), "--executor", "dask", "--scheduler", cluster, "--shard-out", str(shards))
    stamps = {p: p.stat().st_mtime_ns for p in (shards / "documents").glob("*.parquet")}
    (corpus / "minutes3.txt").write_text("KALLELSE\nKommunfullmäktige i Skara kommun\n", encoding="utf-8")
    ingest(str(corpus), "--executor", "dask", "--scheduler", cluster, "--shard-out", str(shards))
    documents = list((shards / "documents").glob("*.parquet"))
    assert len(documents) == 4
    assert all(p.stat().st_mtime_ns == stamp for p, stamp in stamps.items())


def test_unreachable_scheduler_is_a_one_line_usage_error(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pipeline.distributed, "CONNECT_TIMEOUT", "2s")
    code = ingest(str(corpus), "--db", str(tmp_path / "x.duckdb"), "--executor", "dask",
                  "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot reach the Dask scheduler" in err[0]


def test_dask_flags_go_together(tmp_path):
    assert ingest(str(tmp_path), "--executor", "dask") == 2
    assert ingest(str(tmp_path), "--shard-out", str(tmp_path / "s")) == 2
