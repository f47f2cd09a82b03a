"""Past one machine: the per-document work on a Dask distributed cluster.

`minutes ingest --executor dask --scheduler ADDRESS` sends each new file's bytes to
the cluster as one task (`read_document`: OCR, repair, segment, extract, themes), so
workers need the `minutes` package and the Debian packages but no shared disk. Two
ways back:

- streaming (`read_documents`): results come back as they finish (`as_completed`)
  to the one process that writes the DuckDB store, with a bounded number of tasks
  in flight so the client's memory does not grow with the corpus;
- shards (`ingest_shards`, `--shard-out DIR`): each task writes its document's rows
  as Parquet files under DIR (which every worker must see, e.g. NFS), one file per
  table and document (`DIR/TABLE/DOC_ID.parquet`, `documents/` last, so a document
  is there whole or not at all); `merge` (`minutes merge DIR --db FILE`) loads them
  into a store in one transaction. A second run into the same DIR skips documents
  already there.

A document that fails on a worker (a bad file, a bug) is reported like a local
failure; a worker that dies has its task retried by Dask on another worker.
"""

from __future__ import annotations

import os
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import ocr, run, search, store
from .document import Document
from .errors import InputError, UsageError
from .timing import add, timed

IN_FLIGHT_PER_THREAD = 2  # tasks queued per worker thread: keeps workers busy, client memory bounded
CONNECT_TIMEOUT = "20s"
LOG_TABLE = "ingest_log"


def read_document(name: str, data: bytes, doc_id: str, keep_personnummer: bool) -> tuple[Document, dict]:
    """One file's bytes in, the processed Document out (runs on a Dask worker), with stage seconds."""
    os.environ["OMP_THREAD_LIMIT"] = "1"  # before tesseract loads: one core per task
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="minutes-", dir=ocr._scratch_dir()) as folder:
        path = Path(folder) / ("document" + Path(name).suffix.lower())  # the suffix is a hint for file_kind
        path.write_bytes(data)
        result = ocr.read_file(path, timings)
    if result.error is not None:
        raise result.error
    doc = Document(doc_id, name, name, text_source=result.text_source)
    return run.process(doc, result.pages, keep_personnummer=keep_personnummer, timings=timings), timings


def connect(address: str):
    """A Dask client for the scheduler at `address`; a one-line UsageError when it cannot be reached."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--executor dask needs the dask extra: pip install 'minutes[dask]'") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {str(exc).splitlines()[0]}") from exc


def read_documents(
    paths: Iterable[Path], hashes: dict[Path, str], address: str, keep_personnummer: bool,
    counter=None, timings: dict[str, float] | None = None,
) -> Iterator[tuple[Path, Document | Exception]]:
    """Yield (path, Document or the error that stopped it) as the cluster finishes them."""
    client = connect(address)
    try:
        def task(path: Path):
            return client.submit(read_document, path.name, path.read_bytes(), hashes[path], keep_personnummer,
                                 pure=False)

        for path, outcome in _stream(client, paths, task):
            if isinstance(outcome, tuple):
                outcome, seconds = outcome
                add(timings if timings is not None else {}, seconds)
                if counter is not None:
                    counter.planned(outcome.page_count)
                    for _ in outcome.pages:
                        counter.page()
            yield path, outcome
    finally:
        client.close()


def _stream(client, paths: Iterable[Path], submit: Callable) -> Iterator[tuple[Path, object]]:
    """Submit `submit(path)` for each path, at most IN_FLIGHT_PER_THREAD per worker thread at once;
    yield (path, result or exception) in the order they finish."""
    from distributed import as_completed

    queue, running, finished = iter(paths), {}, as_completed(loop=client.loop)
    pending_errors: list[tuple[Path, Exception]] = []

    def fill() -> None:
        limit = max(2, IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()))  # workers may come and go
        while len(running) < limit:
            path = next(queue, None)
            if path is None:
                return
            try:
                future = submit(path)
            except OSError as exc:  # the file went away or cannot be read: its own failure
                pending_errors.append((path, exc))
                continue
            running[future] = path
            finished.add(future)

    fill()
    yield from _drain(pending_errors)
    for future in finished:
        path = running.pop(future)
        try:
            outcome = future.result()
        except Exception as exc:  # the task's own error, raised again here
            outcome = exc
        future.release()
        fill()
        yield path, outcome
        yield from _drain(pending_errors)


def _drain(errors: list) -> Iterator:
    while errors:
        yield errors.pop(0)


# ---------------------------------------------------------------- Parquet shards

_shard_store = threading.local()


def write_shard(
    name: str, source: str, data: bytes, doc_id: str, keep_personnummer: bool, municipality: str | None,
    out_dir: str,
) -> tuple[int, dict]:
    """Read one document (on a worker) and write its rows as Parquet under `out_dir`; returns its page count."""
    doc, timings = read_document(name, data, doc_id, keep_personnummer)
    doc = run.stamp(doc, source, municipality)
    with timed(timings, "store"):
        con = _memory_store()
        store.write_document(con, doc)
        try:
            for table in sorted(store.DOC_TABLES, key=lambda t: t == "documents"):  # documents/ last
                _copy_rows(con, table, f"doc_id = '{doc_id}'", Path(out_dir) / table / f"{doc_id}.parquet")
        finally:
            for table in store.DOC_TABLES:
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
    return doc.page_count, timings


def _memory_store():
    """This thread's in-memory store with the current schema: rows are typed exactly as in a real store."""
    con = getattr(_shard_store, "con", None)
    if con is None:
        con = _shard_store.con = store.connect(":memory:")
    return con


def _copy_rows(con, table: str, where: str, target: Path) -> None:
    """Rows of `table` matching `where` into the Parquet file `target` (atomically; none: no file)."""
    if not con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}.partial")
    con.execute(f"COPY (SELECT * FROM {table} WHERE {where}) TO '{_sql_path(partial)}' (FORMAT parquet)")
    os.replace(partial, target)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def ingest_shards(
    paths: Iterable[Path], out_dir: Path, address: str, force: bool = False, municipality: str | None = None,
    progress: Callable[[int, int], None] | None = None, keep_personnummer: bool = False,
) -> run.IngestReport:
    """`minutes ingest --executor dask --shard-out DIR`: every document's rows as Parquet under DIR.

    Files whose document is already in DIR are skipped unless `force`. The outcome of
    every file (ingested, skipped, failed) goes to DIR/ingest_log/RUN.parquet.
    """
    out_dir = Path(out_dir).absolute()
    (out_dir / "documents").mkdir(parents=True, exist_ok=True)
    report, log, hashes = run.IngestReport(), [], {}
    counter = run._PageCounter(progress)
    done = {p.stem for p in (out_dir / "documents").glob("*.parquet")}
    new: list[Path] = []
    for path in run.find_inputs(paths):
        try:
            hashes[path] = run.file_sha256(path)
        except (OSError, InputError) as exc:
            _record(report, log, path, None, exc)
            continue
        if not force and hashes[path] in done:
            report.skipped.append(str(path))
            log.append((str(path), hashes[path], "skipped", None))
        else:
            new.append(path)
    client = connect(address)
    try:
        def task(path: Path):
            return client.submit(write_shard, path.name, str(path), path.read_bytes(), hashes[path],
                                 keep_personnummer, municipality, str(out_dir), pure=False)

        for path, outcome in _stream(client, new, task):
            if isinstance(outcome, Exception):
                _record(report, log, path, hashes[path], outcome)
                continue
            pages, seconds = outcome
            add(report.timings, seconds)
            counter.planned(pages)
            for _ in range(pages):
                counter.page()
            report.ingested.append(str(path))
            log.append((str(path), hashes[path], "ingested", None))
    finally:
        client.close()
        _write_log(out_dir, log)
    return report


def _record(report: run.IngestReport, log: list, path: Path, doc_id: str | None, exc: BaseException) -> None:
    message = run.one_line(exc)
    report.failed.append((str(path), message))
    log.append((str(path), doc_id, "failed", message))


def _write_log(out_dir: Path, rows: list[tuple]) -> None:
    if not rows:
        return
    con = store.connect(":memory:")
    try:
        store.log_many(con, rows)
        _copy_rows(con, LOG_TABLE, "true", out_dir / LOG_TABLE / f"{uuid.uuid4().hex}.parquet")
    finally:
        con.close()


def merge(folder: Path, db: Path) -> int:
    """Load the Parquet shards under `folder` into the store at `db` in one transaction; return documents merged.

    A document already in the store is replaced (its rows deleted first), so merging
    the same shards twice gives the same store; log rows already there are not added again.
    """
    folder = Path(folder)
    if not (folder / "documents").is_dir():
        raise UsageError(f"no shards in {folder} (expected {folder}/documents/*.parquet)")
    con = store.connect(db)
    try:
        present = [t for t in (*store.DOC_TABLES, LOG_TABLE) if any((folder / t).glob("*.parquet"))]
        if "documents" not in present:
            return 0
        con.execute("BEGIN TRANSACTION")
        try:
            merged = _merge_tables(con, folder, present)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        if merged:
            search.refresh(con)
        return merged
    finally:
        con.close()


def _merge_tables(con, folder: Path, tables: list[str]) -> int:
    def source(table: str) -> str:
        return f"read_parquet('{_sql_path(folder / table)}/*.parquet', union_by_name = true)"

    con.execute(f"CREATE TEMP TABLE merging AS SELECT DISTINCT doc_id FROM {source('documents')}")
    for table in store.DOC_TABLES:  # only documents whose documents/ file exists are complete
        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM merging)")
    for table in tables:
        if table == LOG_TABLE:
            con.execute(f"INSERT INTO {table} BY NAME (SELECT * FROM {source(table)} EXCEPT SELECT * FROM {table})")
        else:
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {source(table)} "
                        "WHERE doc_id IN (SELECT doc_id FROM merging)")
    merged = con.execute("SELECT count(*) FROM merging").fetchone()[0]
    con.execute("DROP TABLE merging")
    return merged
