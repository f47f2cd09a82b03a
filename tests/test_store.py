"""Store: the schema of the interface, write → read round trip, one transaction per document,
refusal of newer schemas and of a store locked by another process."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import store
from pipeline.document import DateMention, Decision, Document, Mention, Page, Person, Repair, Section
from pipeline.errors import StoreError

INTERFACE = Path(__file__).resolve().parents[2] / "shared" / "docs" / "interface.md"

# The tables and columns that shared/docs/interface.md promises (at least these).
CONTRACT = {
    "documents": "doc_id source_path file_name doc_type municipality municipality_code organ title meeting_date "
    "start_time end_time location page_count text_source ocr_confidence pipeline_version ingested_at",
    "pages": "doc_id page_no raw_text text ocr_confidence",
    "sections": "doc_id section_id number case_number title kind text page_start page_end",
    "people": "doc_id name party roles affiliation attendance section_id confidence",
    "decisions": "doc_id decision_id section_id text kind themes",
    "dates": "doc_id section_id text date date_end time_start time_end kind",
    "mentions": "doc_id section_id kind text normalized code",
    "repairs": "doc_id page_no char_start original replacement confidence rule",
    "ingest_log": "source_path doc_id status error at",
}
# "Dates are DATE, times TIME, lists VARCHAR[]."
TYPED_COLUMNS = {
    ("documents", "meeting_date"): "DATE",
    ("documents", "start_time"): "TIME",
    ("documents", "end_time"): "TIME",
    ("dates", "date"): "DATE",
    ("dates", "date_end"): "DATE",
    ("dates", "time_start"): "TIME",
    ("dates", "time_end"): "TIME",
    ("people", "roles"): "VARCHAR[]",
    ("decisions", "themes"): "VARCHAR[]",
}


def columns(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return dict(rows)


# --- schema -----------------------------------------------------------------------------------


def test_schema_has_every_table_and_column_of_the_interface(db):
    con = store.connect(db)
    try:
        for table, names in CONTRACT.items():
            have = columns(con, table)
            assert have, f"table {table} is missing"
            missing = set(names.split()) - set(have)
            assert not missing, f"{table} lacks {sorted(missing)}"
        for (table, column), kind in TYPED_COLUMNS.items():
            assert columns(con, table)[column] == kind, (table, column)
        assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == store.SCHEMA_VERSION
    finally:
        con.close()


@pytest.mark.skipif(not INTERFACE.exists(), reason=f"{INTERFACE} not beside the repository")
def test_contract_above_matches_interface_document():
    """The CONTRACT of this file is the interface.md table, so the schema test checks the real contract."""
    text = INTERFACE.read_text(encoding="utf-8")
    section = text.split("## DuckDB tables", 1)[1]
    documented = {}
    for table, cells in re.findall(r"^\| `(\w+)` \| (.+?) \|$", section, flags=re.M):
        documented[table] = {m for m in re.findall(r"(?:^|, )(\w+)", re.sub(r"\([^)]*\)", "", cells))}
    assert set(documented) == set(CONTRACT)
    for table, names in CONTRACT.items():
        assert documented[table] == set(names.split()), table


def test_connect_twice_does_not_migrate_again(db):
    store.connect(db).close()
    con = store.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == store.SCHEMA_VERSION
    finally:
        con.close()


def test_store_with_newer_schema_is_refused_and_left_alone(db):
    con = store.connect(db)
    con.execute("INSERT INTO schema_version VALUES (?, ?)", [store.SCHEMA_VERSION + 1, dt.datetime(2030, 1, 1)])
    con.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match=r"newer"):
        store.connect(db)
    # The refused connection is closed: another process can open the store at once.
    probe = subprocess.run(
        [sys.executable, "-c", f"import duckdb; duckdb.connect({str(db)!r}).close()"], capture_output=True, text=True
    )
    assert probe.returncode == 0, probe.stderr
    assert db.read_bytes() == before


def test_read_only_connect_to_missing_store_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        store.connect(tmp_path / "nothing.duckdb", read_only=True)
    assert not (tmp_path / "nothing.duckdb").exists()


def test_a_file_that_is_not_a_duckdb_store_is_a_store_error(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are notes, not a database\n" * 20, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        store.connect(bogus)


def test_store_locked_by_another_process_gives_a_clear_store_error(db, hold_store):
    store.connect(db).close()
    with hold_store(db):
        with pytest.raises(StoreError, match="in use by another"):
            store.connect(db)
        with pytest.raises(StoreError, match="in use by another"):
            store.connect(db, read_only=True)


# --- writing documents ------------------------------------------------------------------------


def sample_document(doc_id: str = "a" * 64) -> Document:
    return Document(
        doc_id=doc_id,
        source_path="/arkiv/bun/2019-05-14.pdf",
        file_name="2019-05-14.pdf",
        text_source="ocr",
        pages=[Page(1, "$ 47 Budget", "§ 47 Budget", 91.5), Page(2, "Justerare", "Justerare", 88.0)],
        repairs=[Repair(1, 0, "$", "§", 0.97, "paragraph-sign")],
        sections=[
            Section(1, None, None, "Närvaro", "attendance", "Beslutande ...", 1, 1),
            Section(2, "§ 47", "BUN 2019/212", "Budget", "paragraph", "Nämnden beslutar att ...", 1, 2),
        ],
        people=[
            Person("Anna Berg", "S", ["ordförande"], None, "beslutande", 1, 0.9),
            Person("Per Holm", "M", ["ledamot", "justerare"], None, "beslutande", 1, 0.8),
        ],
        decisions=[Decision(1, 2, "Nämnden beslutar att anta budgeten.", "beslut", ["ekonomi", "förskola"], 2)],
        dates=[DateMention(1, "14 maj 2019", dt.date(2019, 5, 14), None, dt.time(13, 0), dt.time(15, 30), "meeting")],
        mentions=[Mention(2, "municipality", "Skövde kommun", "Skövde", "1496")],
        doc_type="protokoll",
        municipality="Skövde",
        municipality_code="1496",
        organ="Barn- och utbildningsnämnden",
        title="Sammanträdesprotokoll",
        meeting_date=dt.date(2019, 5, 14),
        start_time=dt.time(13, 0),
        end_time=dt.time(15, 30),
        location="Stadshuset",
        pipeline_version="0.1.0",
        ingested_at=dt.datetime(2024, 1, 2, 3, 4, 5),
    )


def read_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> Document:
    """Rebuild a Document from the store's rows (the inverse of store.write_document)."""

    def rows(sql: str) -> list[tuple]:
        return con.execute(sql, [doc_id]).fetchall()

    head = con.execute(
        "SELECT source_path, file_name, text_source, doc_type, municipality, municipality_code, organ, title, "
        "meeting_date, start_time, end_time, location, pipeline_version, ingested_at "
        "FROM documents WHERE doc_id = ?",
        [doc_id],
    ).fetchone()
    assert head is not None, "document row missing"
    (source_path, file_name, text_source, *fields) = head
    doc = Document(doc_id, source_path, file_name, text_source)
    names = ("doc_type municipality municipality_code organ title meeting_date start_time end_time location "
             "pipeline_version ingested_at").split()
    for name, value in zip(names, fields, strict=True):
        setattr(doc, name, value)
    doc.pages = [Page(*r) for r in rows(
        "SELECT page_no, raw_text, text, ocr_confidence FROM pages WHERE doc_id = ? ORDER BY page_no")]
    doc.sections = [Section(*r) for r in rows(
        "SELECT section_id, number, case_number, title, kind, text, page_start, page_end "
        "FROM sections WHERE doc_id = ? ORDER BY section_id")]
    doc.decisions = [Decision(*r) for r in rows(
        "SELECT decision_id, section_id, text, kind, themes, page_no FROM decisions WHERE doc_id = ? "
        "ORDER BY decision_id")]
    doc.people = [Person(*r) for r in rows(
        "SELECT name, party, roles, affiliation, attendance, section_id, confidence FROM people WHERE doc_id = ?")]
    doc.dates = [DateMention(*r) for r in rows(
        "SELECT section_id, text, date, date_end, time_start, time_end, kind FROM dates WHERE doc_id = ?")]
    doc.mentions = [Mention(*r) for r in rows(
        "SELECT section_id, kind, text, normalized, code FROM mentions WHERE doc_id = ?")]
    doc.repairs = [Repair(*r) for r in rows(
        "SELECT page_no, char_start, original, replacement, confidence, rule FROM repairs WHERE doc_id = ?")]
    return doc


def comparable(doc: Document) -> dict:
    """A Document as plain data; unordered tables (no key in the store) compared as sorted lists."""
    import dataclasses

    data = dataclasses.asdict(doc)
    for key in ("people", "dates", "mentions", "repairs"):
        data[key] = sorted(data[key], key=repr)
    return data


def test_written_document_reads_back_the_same(db):
    doc = sample_document()
    con = store.connect(db)
    try:
        store.write_document(con, doc)
        back = read_document(con, doc.doc_id)
        assert comparable(back) == comparable(doc)
        row = con.execute("SELECT page_count, ocr_confidence FROM documents").fetchone()
        assert row == (2, doc.ocr_confidence)
    finally:
        con.close()


def test_rewriting_a_document_replaces_its_rows(db):
    doc = sample_document()
    other = sample_document("b" * 64)
    con = store.connect(db)
    try:
        store.write_document(con, doc)
        store.write_document(con, other)
        doc.people = doc.people[:1]
        doc.title = "Justerat protokoll"
        store.write_document(con, doc)
        store.write_document(con, doc)
        for table in store.DOC_TABLES:
            per_doc = dict(con.execute(f"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id").fetchall())
            assert set(per_doc) == {doc.doc_id, other.doc_id}, table
        assert comparable(read_document(con, doc.doc_id)) == comparable(doc)
        assert comparable(read_document(con, other.doc_id)) == comparable(other)
    finally:
        con.close()


def all_rows(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in store.DOC_TABLES}


@pytest.mark.parametrize(
    "break_document",
    [
        # a duplicate primary key in a middle table
        lambda d: d.sections.append(d.sections[0]),
        # a value the last table cannot take: everything before it was already inserted
        lambda d: d.repairs.append(Repair(1, "not an offset", "$", "§", 0.9, "paragraph-sign")),
    ],
    ids=["duplicate-section-id", "bad-value-in-last-table"],
)
def test_failing_write_leaves_no_partial_rows(db, break_document):
    con = store.connect(db)
    try:
        bystander = sample_document("c" * 64)
        store.write_document(con, bystander)
        before = all_rows(con)
        doc = sample_document()
        break_document(doc)
        with pytest.raises(duckdb.Error):
            store.write_document(con, doc)
        assert all_rows(con) == before
        # the connection is usable afterwards: the next document is written whole
        store.write_document(con, sample_document("d" * 64))
        assert store.has_document(con, "d" * 64)
    finally:
        con.close()


def test_failing_rewrite_keeps_the_previous_version(db, monkeypatch):
    con = store.connect(db)
    try:
        old = sample_document()
        store.write_document(con, old)
        before = all_rows(con)
        calls = []
        real_insert = store._insert

        def insert_then_crash(con_, table, rows):
            calls.append(table)
            if table == "mentions":
                raise KeyboardInterrupt  # an interrupt mid-document, not only a database error
            real_insert(con_, table, rows)

        monkeypatch.setattr(store, "_insert", insert_then_crash)
        new = sample_document()
        new.title = "Ny version"
        with pytest.raises(KeyboardInterrupt):
            store.write_document(con, new)
        assert "pages" in calls  # rows were inserted before the crash
        assert all_rows(con) == before
        assert comparable(read_document(con, old.doc_id)) == comparable(old)
    finally:
        con.close()


def test_ingest_log_rows(db):
    con = store.connect(db)
    try:
        store.log(con, "/in/a.pdf", "a" * 64, "ingested")
        store.log(con, "/in/b.pdf", None, "failed", "InputError: empty file")
        rows = con.execute('SELECT source_path, doc_id, status, error, "at" FROM ingest_log ORDER BY 1').fetchall()
        assert [r[:4] for r in rows] == [
            ("/in/a.pdf", "a" * 64, "ingested", None),
            ("/in/b.pdf", None, "failed", "InputError: empty file"),
        ]
        assert all(isinstance(r[4], dt.datetime) for r in rows)
    finally:
        con.close()


# --- property: write → read returns the same document -------------------------------------------

# Any Unicode a page may hold, except lone surrogates (not encodable as UTF-8).
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
short = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
maybe_short = st.none() | short
small_int = st.integers(min_value=0, max_value=10_000)
confidence = st.floats(min_value=0, max_value=1, allow_nan=False)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
times = st.times()


@st.composite
def documents(draw) -> Document:
    doc_id = draw(st.text("0123456789abcdef", min_size=64, max_size=64))
    doc = Document(doc_id, draw(texts), draw(short), draw(st.sampled_from(["ocr", "text-layer", "text"])))
    n_pages = draw(st.integers(0, 3))
    doc.pages = [
        Page(n, draw(texts), draw(texts), draw(st.none() | st.floats(0, 100, allow_nan=False)))
        for n in range(1, n_pages + 1)
    ]
    doc.repairs = draw(st.lists(st.builds(Repair, small_int, small_int, short, short, confidence, short), max_size=3))
    doc.sections = [
        Section(n, draw(maybe_short), draw(maybe_short), draw(short), draw(short), draw(texts), draw(small_int),
                draw(small_int))
        for n in range(1, draw(st.integers(0, 3)) + 1)
    ]
    doc.people = draw(st.lists(st.builds(
        Person, short, maybe_short, st.lists(short, max_size=3), maybe_short, maybe_short, st.none() | small_int,
        confidence), max_size=3))
    doc.decisions = [
        Decision(n, draw(st.none() | small_int), draw(texts), draw(short), draw(st.lists(short, max_size=3)),
                 draw(st.none() | small_int))
        for n in range(1, draw(st.integers(0, 3)) + 1)
    ]
    doc.dates = draw(st.lists(st.builds(
        DateMention, st.none() | small_int, short, st.none() | dates, st.none() | dates, st.none() | times,
        st.none() | times, short), max_size=3))
    doc.mentions = draw(st.lists(st.builds(
        Mention, st.none() | small_int, short, short, short, maybe_short), max_size=3))
    for name in ("doc_type", "municipality", "municipality_code", "organ", "title", "location"):
        setattr(doc, name, draw(maybe_short))
    doc.meeting_date = draw(st.none() | dates)
    doc.start_time, doc.end_time = draw(st.none() | times), draw(st.none() | times)
    doc.pipeline_version = draw(short)
    doc.ingested_at = draw(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)))
    return doc


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    con = store.connect(tmp_path_factory.mktemp("prop") / "prop.duckdb")
    yield con
    con.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=documents(), again=documents())
def test_property_write_then_read_returns_the_same_document(shared_store, doc, again):
    store.write_document(shared_store, doc)
    assert comparable(read_document(shared_store, doc.doc_id)) == comparable(doc)
    # re-writing under the same id replaces everything the first version had
    again.doc_id = doc.doc_id
    store.write_document(shared_store, again)
    assert comparable(read_document(shared_store, doc.doc_id)) == comparable(again)
