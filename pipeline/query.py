"""Reading the store: read-only SQL, decisions across municipalities, export.

User SQL runs on a read-only connection with external access switched off, so
it can neither change the store nor read or write files or the network.
A place filter is a kommun (name or four-digit SCB code) or a län (name, with or
without "län", or two-digit county code), resolved through models/kommuner.tsv.
Full-text search is a case-insensitive substring match (ILIKE): the DuckDB fts
extension is not loadable offline for the pinned DuckDB version.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd

from . import store
from .errors import QueryError, StoreError, UsageError

TABLES = (
    "documents", "pages", "sections", "people", "decisions", "dates", "mentions", "repairs", "ingest_log",
    "theme_labels",
)
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
    organ: str | None = None,
    person: str | None = None,
) -> pd.DataFrame:
    """Decisions with their document, organ, place, date, page and §, filtered.

    `organ` and `person` match part of the organ's name or of a person's name in
    the decision's document (case-insensitive)."""
    where, params = [], []
    if theme:
        where.append("list_contains(d.themes, ?)")
        params.append(theme)
    if municipality:
        clause, values = place_filter(municipality)
        where.append(clause)
        params += values
    if organ:
        where.append("doc.organ ILIKE ?")
        params.append(f"%{organ}%")
    if person:
        where.append("EXISTS (SELECT 1 FROM people p WHERE p.doc_id = d.doc_id AND p.name ILIKE ?)")
        params.append(f"%{person}%")
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


def place_filter(place: str) -> tuple[str, list]:
    """SQL condition on `doc` for a kommun (name or SCB code) or a län (name or county code)."""
    codes = county_kommuner(place)
    if codes:
        return f"doc.municipality_code IN ({', '.join('?' * len(codes))})", codes
    return "(lower(doc.municipality) = lower(?) OR doc.municipality_code = ?)", [place, place]


def county_kommuner(place: str) -> list[str]:
    """SCB codes of the kommuner of the län named or coded `place`, or [] if it is no län."""
    from .extract.nlp import kommuner

    wanted = place.strip().lower().removesuffix(" län")
    return [k.code for k in kommuner() if wanted == k.county_code or wanted in _county_forms(k.county_name)]


def _county_forms(name: str) -> set[str]:
    """'Västra Götalands län' → itself, 'västra götalands', 'västra götaland'."""
    short = name.lower().removesuffix(" län")
    return {name.lower(), short, short.removesuffix("s")}


def export(db: Path, out: Path, fmt: str = "parquet") -> list[Path]:
    """Write every table to `out` as Parquet or CSV; return the files written."""
    if fmt not in ("parquet", "csv"):
        raise UsageError(f"unknown export format {fmt!r} (parquet or csv)")
    out.mkdir(parents=True, exist_ok=True)
    con = store.connect(db, read_only=True)
    written = []
    try:
        present = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        for table in (t for t in TABLES if t in present):  # a store of an older schema lacks new tables
            target = out / f"{table}.{fmt}"
            con.execute(f"COPY {table} TO '{_sql_path(target)}' (FORMAT {fmt})")
            written.append(target)
    finally:
        con.close()
    return written


def export_partitioned(db: Path, out: Path) -> Path:
    """Write decisions with their document's place and date as Parquet under
    `out`/decisions_by_place_year/, partitioned (hive style) by municipality and year.

    The partition key is the SCB code (ASCII, so folder names are not percent-encoded);
    each row also carries the kommun's name."""
    target = out / "decisions_by_place_year"
    con = store.connect(db, read_only=True)
    try:
        con.execute(f"""
            COPY (
                SELECT d.*, doc.meeting_date, doc.municipality, doc.organ, doc.file_name, s.number AS paragraph,
                       coalesce(doc.municipality_code, 'unknown') AS municipality_code,
                       coalesce(year(doc.meeting_date), 0) AS year
                FROM decisions d
                JOIN documents doc USING (doc_id)
                LEFT JOIN sections s ON s.doc_id = d.doc_id AND s.section_id = d.section_id
            ) TO '{_sql_path(target)}' (FORMAT parquet, PARTITION_BY (municipality_code, year), OVERWRITE_OR_IGNORE)
        """)
    finally:
        con.close()
    return target


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
