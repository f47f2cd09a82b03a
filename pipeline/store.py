"""Store stage: the DuckDB schema (versioned) and one transaction per document.

The schema is created by numbered migrations; `schema_version` records which
ran, so an older store is upgraded in place and a newer one is refused instead
of being damaged. Writing a document deletes any rows it had (re-ingest with
--force) and inserts the new ones inside one transaction: a crash leaves either
the whole document or none of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import duckdb

from .document import Document
from .errors import StoreError
from .themes import label_rows

MIGRATIONS: list[str] = [
    # 1: the tables of docs/interface.md
    """
    CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY, source_path VARCHAR, file_name VARCHAR, doc_type VARCHAR,
        municipality VARCHAR, municipality_code VARCHAR, organ VARCHAR, title VARCHAR,
        meeting_date DATE, start_time TIME, end_time TIME, location VARCHAR, page_count INTEGER,
        text_source VARCHAR, ocr_confidence DOUBLE, pipeline_version VARCHAR, ingested_at TIMESTAMP
    );
    CREATE TABLE pages (
        doc_id VARCHAR, page_no INTEGER, raw_text VARCHAR, text VARCHAR, ocr_confidence DOUBLE,
        PRIMARY KEY (doc_id, page_no)
    );
    CREATE TABLE sections (
        doc_id VARCHAR, section_id INTEGER, number VARCHAR, case_number VARCHAR, title VARCHAR,
        kind VARCHAR, text VARCHAR, page_start INTEGER, page_end INTEGER,
        PRIMARY KEY (doc_id, section_id)
    );
    CREATE TABLE people (
        doc_id VARCHAR, name VARCHAR, party VARCHAR, roles VARCHAR[], affiliation VARCHAR,
        attendance VARCHAR, section_id INTEGER, confidence DOUBLE
    );
    CREATE TABLE decisions (
        doc_id VARCHAR, decision_id INTEGER, section_id INTEGER, text VARCHAR, kind VARCHAR,
        themes VARCHAR[], page_no INTEGER, PRIMARY KEY (doc_id, decision_id)
    );
    CREATE TABLE dates (
        doc_id VARCHAR, section_id INTEGER, text VARCHAR, date DATE, date_end DATE,
        time_start TIME, time_end TIME, kind VARCHAR
    );
    CREATE TABLE mentions (
        doc_id VARCHAR, section_id INTEGER, kind VARCHAR, text VARCHAR, normalized VARCHAR,
        code VARCHAR
    );
    CREATE TABLE repairs (
        doc_id VARCHAR, page_no INTEGER, char_start INTEGER, original VARCHAR,
        replacement VARCHAR, confidence DOUBLE, rule VARCHAR
    );
    CREATE TABLE ingest_log (
        source_path VARCHAR, doc_id VARCHAR, status VARCHAR, error VARCHAR, "at" TIMESTAMP
    );
    """,
    # 2: theme labels with scores, for sections (decision_id NULL) and decisions
    """
    CREATE TABLE theme_labels (
        doc_id VARCHAR, section_id INTEGER, decision_id INTEGER, theme VARCHAR, score DOUBLE
    );
    """,
    # 3: every extracted record points back to its page (decisions had page_no from the start)
    """
    ALTER TABLE people ADD COLUMN page_no INTEGER;
    ALTER TABLE dates ADD COLUMN page_no INTEGER;
    ALTER TABLE mentions ADD COLUMN page_no INTEGER;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
DOC_TABLES = (
    "pages", "sections", "people", "decisions", "dates", "mentions", "repairs", "theme_labels", "documents",
)


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store, creating or upgrading its schema when writable."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no store at {path} (run `minutes ingest` first)")
    try:
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise open_error(path, exc) from exc
    if not read_only:
        try:
            migrate(con)
        except BaseException:
            con.close()  # a refused store must not stay locked by this process
            raise
    return con


def open_error(path: Path | str, exc: duckdb.Error) -> StoreError:
    """The one-line StoreError for a store DuckDB could not open."""
    if isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower():
        return StoreError(f"{path} is in use by another minutes run; wait for it to finish")
    return StoreError(f"cannot open {path}: {str(exc).splitlines()[0]}")


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
    current = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreError(f"store schema v{current} is newer than this minutes (v{SCHEMA_VERSION}); upgrade minutes")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN TRANSACTION")
        con.execute(MIGRATIONS[version - 1])
        con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
        con.execute("COMMIT")


def has_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> bool:
    return con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id]).fetchone()[0] > 0


def known_documents(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> set[str]:
    """The ones of `doc_ids` the store holds, in one query."""
    ids = list(doc_ids)
    if not ids:
        return set()
    rows = con.execute(
        "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    ).fetchall()
    return {doc_id for (doc_id,) in rows}


def write_document(con: duckdb.DuckDBPyConnection, doc: Document) -> None:
    """Replace every row of `doc` in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        if has_document(con, doc.doc_id):  # rows of a document are only ever written with its documents row
            for table in DOC_TABLES:
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.doc_id])
        _insert(con, "documents", [_document_row(doc)])
        _insert(con, "pages", [(doc.doc_id, p.page_no, p.raw_text, p.text, p.ocr_confidence) for p in doc.pages])
        _insert(con, "sections", [
            (doc.doc_id, s.section_id, s.number, s.case_number, s.title, s.kind, s.text, s.page_start, s.page_end)
            for s in doc.sections
        ])
        _insert(con, "people", [
            (doc.doc_id, p.name, p.party, p.roles, p.affiliation, p.attendance, p.section_id, p.confidence, p.page_no)
            for p in doc.people
        ])
        _insert(con, "decisions", [
            (doc.doc_id, d.decision_id, d.section_id, d.text, d.kind, d.themes, d.page_no) for d in doc.decisions
        ])
        _insert(con, "dates", [
            (doc.doc_id, d.section_id, d.text, d.date, d.date_end, d.time_start, d.time_end, d.kind, d.page_no)
            for d in doc.dates
        ])
        _insert(con, "mentions", [
            (doc.doc_id, m.section_id, m.kind, m.text, m.normalized, m.code, m.page_no) for m in doc.mentions
        ])
        _insert(con, "repairs", [
            (doc.doc_id, r.page_no, r.char_start, r.original, r.replacement, r.confidence, r.rule)
            for r in doc.repairs
        ])
        _insert(con, "theme_labels", label_rows(doc))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def log(con: duckdb.DuckDBPyConnection, source_path: str, doc_id: str | None, status: str, error: str | None = None):
    log_many(con, [(source_path, doc_id, status, error)])


def log_many(con: duckdb.DuckDBPyConnection, rows: list[tuple[str, str | None, str, str | None]]) -> None:
    """`log` for many (source_path, doc_id, status, error) rows, in one statement."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows)]  # one statement: executemany costs ~2 ms a row
    columns[0], columns[3] = [storable(s) for s in columns[0]], [storable(e) for e in columns[3]]
    con.execute(
        "INSERT INTO ingest_log SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
        "unnest(?::VARCHAR[]), ?", [*columns, _now()],
    )


def storable(text: str | None) -> str | None:
    """`text` as DuckDB can store it: file-name bytes that are not UTF-8 (surrogate escapes) become U+FFFD."""
    if text is None:
        return None
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _document_row(doc: Document) -> tuple:
    return (
        doc.doc_id, storable(doc.source_path), storable(doc.file_name), doc.doc_type, doc.municipality,
        doc.municipality_code,
        doc.organ, doc.title, doc.meeting_date, doc.start_time, doc.end_time, doc.location, doc.page_count,
        doc.text_source, doc.ocr_confidence, doc.pipeline_version, doc.ingested_at or _now(),
    )


INSERT_ROWS = 250  # rows per INSERT statement: many rows in one VALUES list cost a fraction of executemany


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    for start in range(0, len(rows), INSERT_ROWS):
        chunk = rows[start:start + INSERT_ROWS]
        marks = "(" + ", ".join("?" * len(chunk[0])) + ")"
        con.execute(f"INSERT INTO {table} VALUES {', '.join([marks] * len(chunk))}", [v for row in chunk for v in row])


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
