"""Every extracted record points back to its page and section, in the Document and in the store."""

from __future__ import annotations

import pytest

from pipeline import run, store
from pipeline.document import Document, Page

PAGE_1 = """SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen
Plats och tid: Rådhuset, onsdagen den 3 mars 2021 kl 09.00-11.00
Beslutande: Kajsa Holm (S), ordförande, Peter Lund (M)
Sekreterare: Nora Strand

§ 10  Dnr KS 2021/4
Godkännande av dagordning
Kommunstyrelsen beslutar att godkänna dagordningen.
"""

PAGE_2 = """§ 11  Dnr KS 2021/19
Samverkan med Lerums kommun
Rektor Oskar Berg redovisar samarbetet med Alingsås kommun.
Kommunstyrelsen beslutar att ge förvaltningen i uppdrag att återkomma senast den 30 april 2021.
"""


@pytest.fixture(scope="module")
def doc() -> Document:
    pages = [Page(1, PAGE_1), Page(2, PAGE_2)]
    return run.process(Document("p" * 64, "x.txt", "x.txt", text_source="text"), pages)


def _page_of(doc: Document, needle: str) -> int:
    for page in doc.pages:
        if needle in page.text:
            return page.page_no
    raise AssertionError(f"{needle!r} on no page")


def _section_of(doc: Document, needle: str) -> int:
    at = doc.text.index(needle)
    return next(s.section_id for s in doc.sections if s.char_start <= at < s.char_end)


def test_people_carry_page_and_section(doc):
    names = {p.name: p for p in doc.people}
    assert {"Kajsa Holm", "Nora Strand", "Oskar Berg"} <= set(names)
    for name in ("Kajsa Holm", "Oskar Berg"):
        person = names[name]
        assert person.page_no == _page_of(doc, name)
        assert person.section_id == _section_of(doc, name)
    assert names["Oskar Berg"].page_no == 2


def test_decisions_dates_and_mentions_carry_page_and_section(doc):
    assert doc.decisions and doc.dates and doc.mentions
    for decision in doc.decisions:
        assert decision.page_no == _page_of(doc, decision.text[:30])
        assert decision.section_id == _section_of(doc, decision.text[:30])
    deadline = next(d for d in doc.dates if d.text.endswith("30 april 2021"))
    assert (deadline.page_no, deadline.section_id) == (2, _section_of(doc, "30 april 2021"))
    alingsas = next(m for m in doc.mentions if m.normalized == "Alingsås")
    assert (alingsas.page_no, alingsas.section_id) == (2, _section_of(doc, "Alingsås"))
    for record in [*doc.people, *doc.dates, *doc.mentions]:
        assert record.page_no in (1, 2), record


def test_store_keeps_page_no_of_every_record(doc, tmp_path):
    con = store.connect(tmp_path / "m.duckdb")
    try:
        store.write_document(con, doc)
        for table in ("people", "decisions", "dates", "mentions"):
            total, missing = con.execute(
                f"SELECT count(*), count(*) FILTER (WHERE page_no IS NULL) FROM {table}"
            ).fetchone()
            assert total > 0 and missing == 0, table
        # the page can be opened from a record: join back to the page text
        row = con.execute(
            """SELECT p.text FROM dates d JOIN pages p ON p.doc_id = d.doc_id AND p.page_no = d.page_no
               WHERE d.text LIKE '%30 april 2021'"""
        ).fetchone()
        assert "30 april 2021" in row[0]
    finally:
        con.close()


def test_a_press_release_has_no_agenda_items_and_takes_no_decisions():
    text = (
        "PRESSMEDDELANDE\t2022-05-02\nVäxjö kommun\n\nFler sommarjobb för unga i Växjö\n"
        "Kommunstyrelsen beslutade den 26 april 2022 att utöka antalet sommarjobb till 600.\n\n"
        "För mer information\n\nAnna Berg, kommunstyrelsens ordförande\n"
    )
    doc = run.process(Document("q" * 64, "p.txt", "p.txt", text_source="text"), [Page(1, text)])
    assert doc.doc_type == "pressmeddelande"
    assert doc.decisions == []
    assert not [s for s in doc.sections if s.kind in {"paragraph", "topic"}]
    assert [d.kind for d in doc.dates if d.text.endswith("2022-05-02")] == ["other"]
