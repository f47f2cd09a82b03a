"""Reading the store: read-only SQL, decisions across municipalities, export.

User SQL runs on a read-only connection with external access switched off, so
it can neither change the store nor read or write files or the network.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd

from . import store
from .errors import QueryError, StoreError, UsageError

TABLES = ("documents", "pages", "sections", "people", "decisions", "dates", "mentions", "repairs", "ingest_log")
FORMATS = ("table", "csv", "json")


def read_only(db: Path) -> duckdb.DuckDBPyConnection:
    """A connection that cannot write the store or touch files and the network."""
    if not Path(db).exists():
        raise StoreError(f"no store at {db} (run `minutes ingest` first)")
    try:
        return duckdb.connect(
            str(db),
            read_only=True,
            config={"enable_external_access": False, "autoload_known_extensions": False, "lock_configuration": True},
        )
    except duckdb.Error as exc:
        raise store.open_error(db, exc) from exc


def sql(db: Path, query: str) -> pd.DataFrame:
    con = read_only(db)
    try:
        return con.execute(query).df()
    except duckdb.Error as exc:
        raise QueryError(f"query refused or failed: {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()


def decisions(
    db: Path,
    theme: str | None = None,
    municipality: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
) -> pd.DataFrame:
    """Decisions with their document, organ, place, date, page and §, filtered."""
    where, params = [], []
    if theme:
        where.append("list_contains(d.themes, ?)")
        params.append(theme)
    if municipality:
        where.append("(lower(doc.municipality) = lower(?) OR doc.municipality_code = ?)")
        params += [municipality, municipality]
    for bound, op in ((since, ">="), (until, "<=")):
        if bound:
            where.append(f"doc.meeting_date {op} ?")
            params.append(_date(bound))
    if search:
        where.append("(d.text ILIKE ? OR s.title ILIKE ?)")
        params += [f"%{search}%"] * 2
    query = f"""
        SELECT doc.meeting_date, doc.municipality, doc.organ, s.number AS paragraph, s.title,
               d.kind, d.text, d.themes, doc.file_name, d.page_no
        FROM decisions d
        JOIN documents doc USING (doc_id)
        LEFT JOIN sections s ON s.doc_id = d.doc_id AND s.section_id = d.section_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY doc.meeting_date NULLS LAST, doc.file_name, d.decision_id
    """
    con = read_only(db)
    try:
        return con.execute(query, params).df()
    finally:
        con.close()


def export(db: Path, out: Path, fmt: str = "parquet") -> list[Path]:
    """Write every table to `out` as Parquet or CSV; return the files written."""
    if fmt not in ("parquet", "csv"):
        raise UsageError(f"unknown export format {fmt!r} (parquet or csv)")
    out.mkdir(parents=True, exist_ok=True)
    con = store.connect(db, read_only=True)
    written = []
    try:
        for table in TABLES:
            target = out / f"{table}.{fmt}"
            con.execute(f"COPY {table} TO '{_sql_path(target)}' (FORMAT {fmt})")
            written.append(target)
    finally:
        con.close()
    return written


def render(frame: pd.DataFrame, fmt: str) -> str:
    """A result as an aligned table, CSV or JSON records."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        return frame.to_json(orient="records", force_ascii=False, date_format="iso", indent=1) + "\n"
    if frame.empty:
        return "(no rows)\n"
    with pd.option_context("display.max_colwidth", 80, "display.width", 200):
        return frame.to_string(index=False) + "\n"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"not a date (YYYY-MM-DD): {text}") from exc


def _sql_path(path: Path) -> str:
    return str(path.resolve()).replace("'", "''")
