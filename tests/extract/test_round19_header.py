"""Header, date and place forms met in held-out round 19, written anew in other words: the document
type in the page header over a heading that begins with it, a press release's organ "på" an island
kommun, a case number run into the page header's type cell, a range whose dash joins a year to the
next day, a kommun named after "grannkommunen", and a kallelse dated at its place above the signature."""

from __future__ import annotations

import datetime as dt

from pipeline.extract import places
from tests.extract.forms import run


def test_a_heading_that_begins_with_the_document_type_is_the_title():
    doc = run(
        "KALLELSE\nÖckerö kommun\n\nTill ledamöter och ersättare i kultur- och fritidsnämnden\n\n"
        "Kallelse till sammanträde\n\nKultur- och fritidsnämnden kallas till sammanträde.\n"
        "Tid: onsdagen den 8 oktober 2025 kl. 18.00\nPlats: Kommunhuset, sal Hönö\n"
    )
    assert doc.title == "Kallelse till sammanträde"


def test_the_document_type_alone_stays_the_title_when_no_heading_extends_it():
    doc = run(
        "KALLELSE\nÖckerö kommun\n\nKultur- och fritidsnämnden kallas till sammanträde.\n"
        "Tid: onsdagen den 8 oktober 2025 kl. 18.00\nPlats: Kommunhuset, sal Hönö\n"
    )
    assert doc.title == "Kallelse"


def test_a_press_release_organ_that_decided_on_an_island_kommun():
    doc = run(
        "Pressmeddelande\nÖckerö kommun\n\n3 mars 2025\n\nNy simhall på Hönö\n"
        "Kultur- och fritidsnämnden på Öckerö ställde sig i måndags bakom planerna på en ny simhall.\n"
    )
    assert doc.organ == "Kultur- och fritidsnämnden"


def test_a_case_number_run_into_the_page_headers_type_is_not_the_title():
    doc = run(
        "Minnesanteckningar Dnr KFN 2025/0041\nÖckerö kommun 2025-03-05\n\nFritidsgårdsgruppen\n"
        "Onsdag 5 mars 2025, kl. 13.00-15.00, Kommunhuset\n\nDeltagare\nAnna Berg fritidschef\n\n"
        "1. Sommarlovsaktiviteter\nGruppen går igenom förslagen.\n"
    )
    assert "Dnr" not in (doc.title or "")


def test_a_range_whose_dash_joins_the_start_year_to_the_end_day():
    doc = run(
        "PROTOKOLLSUTDRAG\nÖckerö kommun\nSammanträdesdatum 2025-03-05\n\n§ 12 Avtal om kulturskola\n"
        "Avtalet ska gälla 1 januari 2026-31 december 2028 och kan förlängas.\n"
    )
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2026, 1, 1), dt.date(2028, 12, 31))]


def test_a_kommun_that_is_also_a_word_after_grannkommunen_and_before_a_date():
    assert [h.kommun.name for h in places.find_kommuner("Familjen sökte plats i grannkommunen Mark.")] == ["Mark"]
    assert [h.kommun.name for h in places.find_kommuner("Grums den 19 september 2025")] == ["Grums"]
    assert places.find_kommuner("Det blev mycket grums i vattnet.") == []


def test_a_kallelse_dated_at_its_place_makes_the_days_between_to_come():
    doc = run(
        "KALLELSE\nÖckerö kommun\n\nKultur- och fritidsnämnden kallas till sammanträde.\n"
        "Tid: onsdagen den 8 oktober 2025 kl. 18.00\nPlats: Kommunhuset, sal Hönö\n\n"
        "Gruppmöten hålls måndag 6/10 kl. 18.00.\n\nFöredragningslista\n\n"
        "1. Val av justerare\n2. Budget 2026\n\nÖckerö den 26 september 2025\n\nAnna Berg\nOrdförande\n"
    )
    kinds = {d.date: d.kind for d in doc.dates}
    assert kinds[dt.date(2025, 9, 26)] == "other"
    assert kinds[dt.date(2025, 10, 6)] == "event"
