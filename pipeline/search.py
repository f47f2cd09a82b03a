"""Search tables of the store: decisions ready to filter, and a full-text index with
Swedish stemming, BM25-ranked. Both are derived data, rebuilt by `refresh`.

`decision_search` holds one row per decision with everything `minutes decisions` shows
and filters on (kommun, date, organ, §, title, text, themes, file, page), sorted by
kommun code and meeting date, so a query for some kommuner and years reads only their
row groups and joins nothing. Its `rid` is the document key of the full-text index.
`decision_listing` is its narrow copy without the wide columns (title, text, file name,
doc_id), in the same order: a query filters (and ranks its best rows) there, then fetches
the wide columns of only the rows it returns, so a new process (DuckDB's buffers cold)
reads the blocks of the text columns that hold them instead of decompressing them whole.
(Many ranked rows, spread over the whole table, are read in one pass over `decision_search`.)

The index is built by DuckDB's fts extension (`create_fts_index`, Snowball Swedish
stemmer), loaded offline from the `duckdb-ext-fts` package, over each decision's section
title and text; its term ids are then renumbered in alphabetical order and its postings
sorted by term, so the terms starting with a stem are one range of ids and one run of
rows. DuckDB does not update such an index on insert, so `refresh` runs once at the end
of an ingest (and `minutes retheme`). The tables are fresh while `decision_search` holds
as many rows as `decisions`; otherwise queries use the base tables (and substring search).

Queries need no extension: the query words are stemmed here by the same Snowball
algorithm (checked against the extension by the tests) and BM25 is summed in SQL over
`postings`, a table of the index with one row per term and decision (term frequency and
decision length), sorted by term; so the read-only query connection loads no code. A query word matches
every index term that starts with its stem, so forms and compounds the Snowball stemmer
leaves whole are found too: "elevhälsa" (stem "elevhäls") finds "elevhälsan" and
"elevhälsoteamet". Every query word must match.
"""

from __future__ import annotations

import functools
import importlib.metadata
import math
import re
from pathlib import Path

import duckdb

TABLE = "decision_search"
LISTING_TABLE = "decision_listing"  # the narrow copy: what queries filter and rank on
LISTING_COLUMNS = ("rid", "listing_no", "municipality", "municipality_code", "meeting_date", "organ", "themes",
                   "paragraph", "kind", "page_no", "decision_id")
SCHEMA = f"fts_main_{TABLE}"
STOPWORDS = Path(__file__).resolve().parent.parent / "models" / "stopwords_sv.txt"
# What the index splits words on: everything but letters of Swedish text (digits too).
NOT_LETTERS = "[^a-zåäöéü]+"
K1, B = 1.2, 0.75  # the BM25 parameters (and log10 idf) of the extension's own match_bm25
MAX_BITS = 62  # up to this many query words are bits of one BIGINT
MIN_PREFIX = 4  # shorter stems match only themselves ("år" must not find "årsredovisning")


# ---------------------------------------------------------------- the extension


def extension_dir() -> str | None:
    """The extension directory of the installed duckdb-ext-fts package, or None."""
    try:
        dist = importlib.metadata.distribution("duckdb-ext-fts")
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in dist.files or []:
        if file.name == "fts.duckdb_extension" and f"v{duckdb.__version__}" in file.parts:
            path = Path(dist.locate_file(file))
            # …/duckdb_ext/extensions/v1.4.4/linux_amd64/fts.duckdb_extension
            return str(path.parents[2]) if path.exists() else None
    return None


def load_fts(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the fts extension from the installed package (never downloaded); False if absent."""
    folder = extension_dir()
    if folder is None:
        return False
    try:
        con.execute("SET autoinstall_known_extensions = false")
        con.execute("SET extension_directory = ?", [folder])
        con.execute("LOAD fts")
    except duckdb.Error:
        return False
    return True


# ---------------------------------------------------------------- building the index


LISTING = """
    SELECT d.doc_id, d.decision_id, d.section_id, doc.meeting_date, doc.municipality, doc.municipality_code,
           doc.organ, s.number AS paragraph, s.title, d.kind, d.text, d.themes, doc.file_name, d.page_no
    FROM decisions d
    JOIN documents doc ON doc.doc_id = d.doc_id
    LEFT JOIN sections s ON s.doc_id = d.doc_id AND s.section_id = d.section_id
"""


def refresh(con: duckdb.DuckDBPyConnection, full_text: bool = True) -> bool:
    """Rebuild the search tables, in one transaction; False (the old tables kept) if it fails.

    Without `full_text` only the listing is rebuilt (after a retheme: same decisions and
    texts, so the same row ids and index). Without the fts extension there is no index."""
    has_fts = full_text and load_fts(con)
    if has_fts:
        con.execute("CREATE OR REPLACE TEMP TABLE fts_stopwords (sw VARCHAR)")
        con.executemany("INSERT INTO fts_stopwords VALUES (?)", [[w] for w in sorted(stopwords())])
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DROP INDEX IF EXISTS {TABLE}_rid")
        con.execute(f"""
            CREATE OR REPLACE TABLE {TABLE} AS
            SELECT CAST(row_number() OVER (ORDER BY municipality_code, meeting_date, doc_id, decision_id) AS INTEGER)
                       AS rid,
                   CAST(row_number() OVER (ORDER BY meeting_date NULLS LAST, file_name, decision_id) AS INTEGER)
                       AS listing_no,
                   *
            FROM ({LISTING})
            ORDER BY rid
        """)
        con.execute(f"CREATE INDEX {TABLE}_rid ON {TABLE} (rid)")
        con.execute(f"CREATE OR REPLACE TABLE {LISTING_TABLE} AS "
                    f"SELECT {', '.join(LISTING_COLUMNS)} FROM {TABLE} ORDER BY rid")
        if has_fts:
            _build_index(con)
        elif full_text:  # an old index would point at the old row ids
            con.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        return False
    return True


def _build_index(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        f"PRAGMA create_fts_index('{TABLE}', 'rid', 'title', 'text', stemmer = 'swedish', "
        f"stopwords = 'fts_stopwords', ignore = '{NOT_LETTERS}', strip_accents = 0, lower = 1, overwrite = 1)"
    )
    # Term ids in alphabetical order and postings sorted by term: a stem's terms are one id range.
    con.execute(f"""
        CREATE TEMP TABLE renumbered AS
        SELECT termid AS old, CAST(row_number() OVER (ORDER BY term) - 1 AS UBIGINT) AS new FROM {SCHEMA}.dict
    """)
    con.execute(f"""
        CREATE OR REPLACE TABLE {SCHEMA}.terms AS
        SELECT t.docid, t.fieldid, r.new AS termid FROM {SCHEMA}.terms t JOIN renumbered r ON r.old = t.termid
        ORDER BY r.new, t.docid
    """)
    con.execute(f"""
        CREATE OR REPLACE TABLE {SCHEMA}.dict AS
        SELECT r.new AS termid, d.term, d.df FROM {SCHEMA}.dict d JOIN renumbered r ON r.old = d.termid
        ORDER BY r.new
    """)
    con.execute("DROP TABLE renumbered")
    # Each (term, decision) pair once, with its term frequency and the decision's length in
    # terms, sorted by term: a query reads one run of rows per word.
    con.execute(f"""
        CREATE OR REPLACE TABLE {SCHEMA}.postings AS
        SELECT t.termid, CAST(doc.name AS INTEGER) AS rid, CAST(count(*) AS INTEGER) AS tf,
               CAST(any_value(doc.len) AS INTEGER) AS len
        FROM {SCHEMA}.terms t JOIN {SCHEMA}.docs doc USING (docid)
        GROUP BY t.termid, doc.name
        ORDER BY t.termid, rid
    """)


def is_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """True if the search tables cover the store's current decisions."""
    try:  # a count is read from the table's metadata; information_schema would cost more than a query
        indexed = con.execute(f"SELECT count(*) FROM main.{TABLE}").fetchone()[0]
    except duckdb.CatalogException:
        return False
    return indexed == con.execute("SELECT count(*) FROM decisions").fetchone()[0]


def listing(con: duckdb.DuckDBPyConnection) -> str:
    """The table to filter and rank on: the narrow listing, or (a store refreshed by an older
    version) the search table itself, which has the same columns."""
    try:
        con.execute(f"SELECT 1 FROM main.{LISTING_TABLE} LIMIT 0")
    except duckdb.CatalogException:
        return TABLE
    return LISTING_TABLE


def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    """True if the store has the full-text index with its postings (a store indexed by an
    older version lacks them: it is searched by substrings until its next refresh)."""
    try:  # cheaper than duckdb_tables(), which reads every table's metadata on a new connection
        con.execute(f"SELECT 1 FROM {SCHEMA}.postings LIMIT 0")
    except duckdb.CatalogException:
        return False
    return True


# ---------------------------------------------------------------- querying


@functools.cache
def stopwords() -> frozenset[str]:
    lines = STOPWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def query_stems(text: str) -> list[str]:
    """The stems of the words of a query, as the index stores them (stopwords dropped)."""
    words = re.sub(NOT_LETTERS, " ", text.lower()).split()
    stems = [base(w) for w in words if w not in stopwords()]
    return list(dict.fromkeys(stems))


def base(word: str) -> str:
    """The word stemmed twice unless that leaves under five letters: "kuratorer" → "kurator"
    → "kurat", so a query in one form finds the others (Snowball removes one suffix a word,
    and "kurator" itself is stemmed to "kurat")."""
    once = stem(word)
    twice = stem(once)
    return twice if len(twice) >= MIN_PREFIX + 1 else once


def ranked_sql(con: duckdb.DuckDBPyConnection, stems: list[str]) -> tuple[str, list]:
    """SQL (and its parameters) of (rid, score): the rows of `decision_search` that match
    every stem, BM25-scored over the terms each stem matches."""
    nothing = "SELECT NULL::INTEGER AS rid, NULL::DOUBLE AS score LIMIT 0", []
    if not stems:  # only stopwords or no letters
        return nothing
    num_docs, avgdl = con.execute(f"SELECT num_docs, avgdl FROM {SCHEMA}.stats").fetchone()
    runs, params = [], []
    bits = len(stems) <= MAX_BITS  # each word a bit of a BIGINT, or (a very long query) a number
    for i, s in enumerate(stems):
        found = dict(con.execute(
            f"SELECT termid, df FROM {SCHEMA}.dict WHERE term = ? OR (? AND starts_with(term, ?))",
            [s, len(s) >= MIN_PREFIX, s],
        ).fetchall())
        if not found:  # a word the index does not know: nothing matches every word
            return nothing
        lo, hi = min(found), max(found)  # a stem's terms are one range of ids (see _build_index)
        # The run of postings of the word's terms (the zonemaps skip the rest), each row with
        # its term's idf (a list indexed by term id) and the word as a bit.
        idf = [math.log10((num_docs - found[t] + 0.5) / (found[t] + 0.5) + 1) if t in found else 0.0
               for t in range(lo, hi + 1)]
        word = 1 << i if bits else i
        runs.append(f"SELECT rid, tf, len, {word} AS word, (?::DOUBLE[])[CAST(termid - {lo} AS BIGINT) + 1] AS idf "
                    f"FROM {SCHEMA}.postings WHERE termid BETWEEN {lo} AND {hi}")
        params.append(idf)
    every = f"bit_or(word) = {(1 << len(runs)) - 1}" if bits else f"count(DISTINCT word) = {len(runs)}"
    # BM25 as the extension's match_bm25: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · len / avgdl)),
    # the constants as DOUBLE (as decimal literals, long ones overflow DuckDB's DECIMAL(18))
    sql = f"""
        SELECT rid, sum(idf * tf * {K1 + 1!r}::DOUBLE
                        / (tf + {K1 * (1 - B)!r}::DOUBLE + {K1 * B / avgdl!r}::DOUBLE * len)) AS score
        FROM ({" UNION ALL ".join(runs)}) GROUP BY rid HAVING {every}
    """
    return sql, params


# ---------------------------------------------------------------- Snowball Swedish stemmer

# The Snowball Swedish algorithm (snowballstem.org), as the fts extension applies it.
VOWELS = set("aeiouyäåö")
S_ENDING = set("bcdfghjklmnoprtvy")
MAIN_SUFFIXES = sorted(
    "a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er heter "
    "or as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast".split(),
    key=len, reverse=True,
)
CONSONANT_PAIRS = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")


def _r1(word: str) -> int:
    """Start of region R1: after the first non-vowel that follows a vowel, but at least 3."""
    if len(word) < 3:
        return len(word)
    for i in range(1, len(word)):
        if word[i] not in VOWELS and word[i - 1] in VOWELS:
            return max(i + 1, 3)
    return len(word)


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The Snowball Swedish stem of a lower-case word."""
    r1 = _r1(word)
    # step 1: the longest main suffix inside R1, or an s after a valid s-ending
    region = word[r1:]
    for suffix in MAIN_SUFFIXES:
        if region.endswith(suffix):
            word = word[: -len(suffix)]
            break
    else:
        if region.endswith("s") and len(word) >= 2 and word[-2] in S_ENDING:
            word = word[:-1]
    # step 2: a double or cluster consonant ending inside R1 loses its last letter
    if word[r1:].endswith(CONSONANT_PAIRS):
        word = word[:-1]
    # step 3: lig, ig, els go; löst → lös, fullt → full
    region = word[r1:]
    for suffix in ("lig", "els", "ig"):
        if region.endswith(suffix):
            return word[: -len(suffix)]
    if region.endswith("löst"):
        return word[:-1]
    if region.endswith("fullt"):
        return word[:-1]
    return word
