"""Dates and times: Swedish forms, year-less dates, ranges, kinds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document, Page
from pipeline.extract import dates
from pipeline.segment import segment

D = dt.date
REF = D(2019, 3, 14)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2018-11-05", D(2018, 11, 5)),
        ("den 7 oktober 2018", D(2018, 10, 7)),
        ("Fredagen den 7 december 2018", D(2018, 12, 7)),
        ("7 dec. 2018", D(2018, 12, 7)),
        ("lördagen den 2 februari", D(2019, 2, 2)),
        ("3/4-19", D(2019, 4, 3)),
        ("3/4 2021", D(2021, 4, 3)),
        ("28/2", D(2019, 2, 28)),
        ("5.6.2020", D(2020, 6, 5)),
        ("201127", D(2020, 11, 27)),
        ("20201127", D(2020, 11, 27)),
        ("möte 2018-11-05 kl 18:00", D(2018, 11, 5)),
        ("tisdagen den 14 mars 2019 kl. 18.00", D(2019, 3, 14)),
    ],
)
def test_parse_date(text, expected):
    assert dates.parse_date(text, REF) == expected


def test_year_less_dates_take_the_meeting_year_never_today():
    assert dates.parse_date("den 2 maj", D(2011, 4, 1)) == D(2011, 5, 2)
    assert dates.parse_date("den 2 maj", None) is None
    # across the turn of the year the nearer year wins
    assert dates.parse_date("15 januari", D(2019, 12, 10)) == D(2020, 1, 15)
    assert dates.parse_date("10/12", D(2020, 1, 20)) == D(2019, 12, 10)


def test_not_dates():
    for text in ("läsåret 2019/20", "BUN 2020/21", "1,8 miljoner", "årskurs 7–9", "31/2", "350 000 kronor"):
        assert dates.parse_date(text, REF) is None, text


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("kl 08:30 – 11.45", (8, 30), (11, 45)),
        ("13.00 -15.30", (13, 0), (15, 30)),
        ("kl 18 15", (18, 15), None),
        ("Kl. 9", (9, 0), None),
        ("8.30-12.00", (8, 30), (12, 0)),
        ("kl 10.00—12.00", (10, 0), (12, 0)),
    ],
)
def test_parse_times(text, start, end):
    got_start, got_end = dates.parse_times(text)
    assert got_start == dt.time(*start)
    assert got_end == (dt.time(*end) if end else None)


def test_parse_times_without_a_time():
    assert dates.parse_times("inga tider här, 2019-03-14") == (None, None)


def test_ranges_and_attached_times():
    (hit,) = dates.scan("under 9-10 maj 2017 i Umeå", REF)
    assert (hit.date, hit.date_end) == (D(2017, 5, 9), D(2017, 5, 10))
    (hit,) = dates.scan("perioden 3/1 – 28/2 redovisas", REF)
    assert (hit.date, hit.date_end) == (D(2019, 1, 3), D(2019, 2, 28))
    (hit,) = dates.scan("Onsdagen den 9 juni 2021, 13.00-15.30, Ljungskile", REF)
    assert (hit.time_start, hit.time_end) == (dt.time(13), dt.time(15, 30))
    text = "Onsdagen den 9 juni 2021, 13.00-15.30, Ljungskile"
    assert text[hit.start : hit.end] == "Onsdagen den 9 juni 2021"


def doc_of(*pages: str, meeting: dt.date | None = None, doc_type: str = "protokoll") -> Document:
    doc = Document("id", "x.txt", "x.txt", pages=[Page(i + 1, p, p) for i, p in enumerate(pages)])
    doc.sections = segment(doc)
    doc.meeting_date, doc.doc_type = meeting, doc_type
    return doc


MINUTES = """\
Minnesanteckningar elevhälsogruppen
Torsdagen den 2 september 2021, kl 14.00–16.00
Närvarande: Lena Åberg, Hugo Lind
1. Föregående möte
Anteckningarna från mötet den 10 juni godkändes. Tjänsteskrivelse daterad 2021-08-20.
2. Enkät
Beslut: Skolorna svarar senast den 1 oktober.
Hugo får i uppdrag att sammanställa svaren till mötet den 4 november.
3. Nästa möte
Torsdagen den 7 oktober 2021. Studiedagen är 21/9.
"""


def test_kinds_and_sections():
    doc = doc_of(MINUTES, meeting=D(2021, 9, 2))
    found = {m.text: m for m in dates.find(doc)}
    assert found["Torsdagen den 2 september 2021"].kind == "meeting"
    assert found["Torsdagen den 2 september 2021"].time_end == dt.time(16)
    assert found["den 10 juni"].date == D(2021, 6, 10) and found["den 10 juni"].kind == "reference"
    assert found["2021-08-20"].kind == "reference"
    assert found["den 1 oktober"].kind == "deadline"
    assert found["den 4 november"].kind == "deadline"  # due date of an assignment
    assert found["Torsdagen den 7 oktober 2021"].kind == "event"
    assert found["21/9"].date == D(2021, 9, 21) and found["21/9"].kind == "event"
    first_topic = next(s.section_id for s in doc.sections if s.number == "1.")
    assert found["den 10 juni"].section_id == first_topic


def test_page_furniture_dates_are_not_repeated():
    header = "Kommunstyrelsen\t2022-01-12\nPROTOKOLL\t{p} (2)\n"
    doc = doc_of(
        header.format(p=1) + "§ 1 Dnr KS 2022/1\nVal\nBeslut\nKS beslutar att välja.\n",
        header.format(p=2) + "§ 2 Dnr KS 2022/2\nAnslag\nBeslut\nKS beslutar att anslå medel från den 1 mars.\n",
        meeting=D(2022, 1, 12),
    )
    found = dates.find(doc)
    assert [m.text for m in found] == ["2022-01-12", "den 1 mars"]
    assert [m.kind for m in found] == ["meeting", "event"]


def test_the_date_of_an_inbjudan_is_an_event():
    doc = doc_of("Inbjudan\nFredagen den 3 mars 2023 kl 9.00\n", meeting=D(2023, 3, 3), doc_type="inbjudan")
    assert [m.kind for m in dates.find(doc)] == ["event"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(list("0123456789/-–.: \n\f") + ["den ", "mars", "kl", "maj", "tisdagen "])).map("".join)
)
def test_arbitrary_text_never_raises(text):
    doc = doc_of(*text.split("\f"), meeting=D(2020, 6, 1))
    for mention in dates.find(doc):
        assert mention.text
        assert mention.section_id is None or 1 <= mention.section_id <= len(doc.sections)
    dates.parse_times(text)
    dates.parse_date(text, None)
