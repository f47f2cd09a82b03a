"""Reading the store: read-only SQL, decisions across municipalities, export.

User SQL runs on a read-only connection with external access switched off, so
it can neither change the store nor read or write files or the network.
`minutes sql` also has the fts extension loaded (from the installed package, before
access is switched off), so `fts_main_decision_search.match_bm25` works in user SQL.
A place filter is a kommun (name or four-digit SCB code), a län (name, with or
without "län", or two-digit county code) or a historical region such as Skaraborg
(models/regions.tsv), resolved through models/kommuner.tsv. `--search` is ranked
full-text search with Swedish stemming when the store has a fresh index (see
search.py), else a case-insensitive substring match (ILIKE).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd

from . import search as fulltext
from . import store
from .errors import QueryError, StoreError, UsageError
from .tables import load_table

TABLES = (
    "documents", "pages", "sections", "people", "decisions", "dates", "mentions", "repairs", "ingest_log",
    "theme_labels",
)
FORMATS = ("table", "csv", "json")
# A row of `minutes decisions`: what was decided, where, when, by whom, and where to check it.
DECISION_COLUMNS = ("meeting_date", "municipality", "organ", "paragraph", "title", "kind", "text", "themes",
                    "file_name", "page_no", "doc_id", "decision_id")


def read_only(db: Path, fts: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection that cannot write the store or touch files and the network.

    With `fts`, the fts extension is loaded from the installed package first; only then
    are file and network access (and so further extension loading) switched off and the
    configuration locked, so SQL cannot switch them back on. Every read-only connection
    of a process shares one configuration (DuckDB requires it for one file)."""
    if not Path(db).exists():
        raise StoreError(f"no store at {db} (run `minutes ingest` first)")
    try:
        con = duckdb.connect(
            str(db), read_only=True,
            config={"autoinstall_known_extensions": False, "autoload_known_extensions": False},
        )
    except duckdb.Error as exc:
        raise store.open_error(db, exc) from exc
    try:
        if fts:
            fulltext.load_fts(con)  # False if absent, or if another open connection already locked down
        _lock_down(con)
    except BaseException:
        con.close()
        raise
    return con


def _lock_down(con: duckdb.DuckDBPyConnection) -> None:
    setting = "SELECT current_setting(?)"
    if not con.execute(setting, ["lock_configuration"]).fetchone()[0]:
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    if con.execute(setting, ["enable_external_access"]).fetchone()[0]:
        raise StoreError("the store is open in this process with file access switched on; close it first")


def sql(db: Path, query: str) -> pd.DataFrame:
    con = read_only(db, fts=True)
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
    con: duckdb.DuckDBPyConnection | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """Decisions with their document, organ, place, date, page and §, filtered.

    `organ` and `person` match part of the organ's name or of a person's name in
    the decision's document (case-insensitive). With `search`, rows are ranked by
    BM25 (best first) when the store's full-text index is fresh. The rows come from
    the search table `decision_search` when it is fresh, else from the base tables:
    the same rows either way (see search.py). `con`: an open `read_only` connection
    to use (and leave open) instead of opening one. `limit`: only the first rows (the best
    ones with a ranked `search`); None or 0 for all."""
    if limit is not None and limit < 0:
        raise UsageError(f"--limit must be 0 (all rows) or more, not {limit}")
    where, params = [], []
    if theme:
        where.append("list_contains(x.themes, ?)")
        params.append(theme)
    if municipality:
        clause, values = place_filter(municipality)
        where.append(clause)
        params += values
    if organ:
        where.append("x.organ ILIKE ?")
        params.append(f"%{organ}%")
    for bound, op in ((since, ">="), (until, "<=")):
        if bound:
            where.append(f"x.meeting_date {op} ?")
            params.append(_date(bound))
    named = "EXISTS (SELECT 1 FROM people p WHERE p.doc_id = {}.doc_id AND p.name ILIKE ?)"
    own = con is None
    con = read_only(db) if own else con
    try:
        if not fulltext.is_fresh(con):
            if person:
                where.append(named.format("x"))
                params.append(f"%{person}%")
            return _from_base_tables(con, where, params, search, limit)
        if person:  # the listing has no doc_id: the rows of the documents naming the person
            where.append(f"x.rid IN (SELECT s.rid FROM {fulltext.TABLE} s WHERE {named.format('s')})")
            params.append(f"%{person}%")
        ranked, order = "", "x.listing_no"  # listing_no: the rank in the base tables' order, precomputed
        if search and fulltext.has_index(con):
            ranked_sql, ranked_params = fulltext.ranked_sql(con, fulltext.query_stems(search))
            params = ranked_params + params  # the ranked subquery comes before the WHERE clause
            ranked = f"JOIN ({ranked_sql}) hit ON hit.rid = x.rid"
            order = f"hit.score DESC, {order}"
        elif search:
            where.append(f"x.rid IN (SELECT rid FROM {fulltext.TABLE} WHERE text ILIKE ? OR title ILIKE ?)")
            params += [f"%{search}%"] * 2
        where_sql = "WHERE " + " AND ".join(where) if where else ""
        if ranked and not (limit and limit <= BY_INDEX):
            # Many ranked rows lie all over the table: one pass over it beats fetching them by id.
            return con.execute(f"""
                SELECT {", ".join("x." + c for c in DECISION_COLUMNS)} FROM {fulltext.TABLE} x {ranked} {where_sql}
                ORDER BY {order} {f"LIMIT {int(limit)}" if limit else ""}
            """, params).df()
        # The rows, in order, from the narrow listing; then the wide columns of just those rows
        # (of the best ranked rows, only the ids first: they lie all over the table).
        listed = con.execute(f"""
            SELECT x.rid{"".join(", x." + c for c in LISTED) if not ranked else ""}
            FROM {fulltext.listing(con)} x {ranked} {where_sql}
            ORDER BY {order} {f"LIMIT {int(limit)}" if limit else ""}
        """, params).df()
        return _with_wide_columns(con, listed)
    except duckdb.Error as exc:
        raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from exc
    finally:
        if own:
            con.close()


def _from_base_tables(con, where: list[str], params: list, search: str | None, limit: int | None) -> pd.DataFrame:
    """The rows from the base tables (search tables missing or stale), substring search."""
    if search:
        where.append("(x.text ILIKE ? OR x.title ILIKE ?)")
        params += [f"%{search}%"] * 2
    where_sql = "WHERE " + " AND ".join(where) if where else ""
    return con.execute(f"""
        SELECT {", ".join("x." + c for c in DECISION_COLUMNS)}
        FROM ({fulltext.LISTING}) x {where_sql}
        ORDER BY x.meeting_date NULLS LAST, x.file_name, x.decision_id
        {f"LIMIT {int(limit)}" if limit else ""}
    """, params).df()


BY_INDEX = 2048  # up to this many ids DuckDB looks up in the index on rid (its index_scan_max_count)
# the shown columns the listing has (the others are fetched by row id)
LISTED = ("meeting_date", "municipality", "organ", "paragraph", "kind", "themes", "page_no", "decision_id")


def _with_wide_columns(con, listed: pd.DataFrame) -> pd.DataFrame:
    """`listed` (rid and some of LISTED, in order) with the other shown columns of just its rows.

    Up to BY_INDEX ids are looked up in the search table's index on `rid`; more are joined
    with the stretch of the table (sorted by `rid`) between the least and the greatest, so
    zonemaps skip the rest. Either way DuckDB reads the blocks of the wide columns that hold
    these rows instead of decompressing every row's text."""
    wide = ", ".join("x." + c for c in DECISION_COLUMNS if c not in listed.columns)
    rids = [int(rid) for rid in listed["rid"]]
    if len(rids) <= BY_INDEX:
        ids = ", ".join(map(str, rids)) or "NULL"
        rest = con.execute(f"SELECT x.rid, {wide} FROM {fulltext.TABLE} x WHERE x.rid IN ({ids})").df()
    else:
        rest = con.execute(f"""
            SELECT x.rid, {wide} FROM {fulltext.TABLE} x SEMI JOIN (SELECT unnest(?::INTEGER[]) AS rid) r USING (rid)
            WHERE x.rid BETWEEN ? AND ?
        """, [rids, min(rids), max(rids)]).df()
    return listed.merge(rest, on="rid", how="left", sort=False)[list(DECISION_COLUMNS)]


def place_filter(place: str) -> tuple[str, list]:
    """SQL condition on `x` for a kommun (name or SCB code), a län (name or county code)
    or a region of models/regions.tsv (Skaraborg)."""
    codes = kommun_codes(place) or county_kommuner(place) or region_kommuner(place)
    if codes:  # on the code alone, and its range, so the scan skips the row groups of other kommuner
        return (f"x.municipality_code BETWEEN ? AND ? AND x.municipality_code IN ({', '.join('?' * len(codes))})",
                [min(codes), max(codes), *codes])
    return "(lower(x.municipality) = lower(?) OR x.municipality_code = ?)", [place, place]


def kommun_codes(place: str) -> list[str]:
    """The SCB code of the kommun named (or aliased, or coded) `place`, as a list, or []."""
    wanted = place.strip().lower()
    return [k["code"] for k in load_table("kommuner.tsv")
            if wanted in (k["code"], k["name"].lower(), *(a.strip().lower() for a in k["aliases"].split(",")))][:1]


def county_kommuner(place: str) -> list[str]:
    """SCB codes of the kommuner of the län named or coded `place`, or [] if it is no län."""
    wanted = place.strip().lower().removesuffix(" län")
    return [k["code"] for k in load_table("kommuner.tsv")
            if wanted == k["county_code"] or wanted in _county_forms(k["county_name"])]


def region_kommuner(place: str) -> list[str]:
    """SCB codes of the kommuner of the region `place` (models/regions.tsv), or []."""
    members = {r["kommun"] for r in load_table("regions.tsv") if r["region"].lower() == place.strip().lower()}
    return [k["code"] for k in load_table("kommuner.tsv") if k["name"] in members]


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
