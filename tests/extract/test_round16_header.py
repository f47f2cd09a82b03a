"""Header and date forms met in held-out round 16, written anew in other words: "Bam- och" for
"Barn- och", a press release whose organ decided "i <kommun>" and whose dateline is no headline,
a meeting held "i … klockan …" told in a sentence under a title line, "senast den 11.4", a range
whose start has no year, numbered att-clauses as sentence ends."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_bam_och_is_barn_och_in_the_letterhead():
    doc = run(
        "Å I k PROTOKOLLSUTDRAG\n| Bengtsfors OMMUN Bam- och utbildningsnämnden\n\nSammanträdesdatum 7 maj 2024\n\n"
        "BUN §41 Skolskjuts Dnr BUN 2024/00090\n"
    )
    assert doc.organ == "Barn- och utbildningsnämnden"


def test_a_press_release_organ_decided_in_its_kommun_and_a_dateline_is_no_headline():
    doc = run(
        "PRESSMEDDELANDE\nYdre kommun\t12 december 2024\n\n\nNy förskola i Österbymo\n"
        "Barn- och utbildningsnämnden i Ydre beslutade i tisdags att bygga en ny förskola.\n\n"
        "– Vi behöver fler platser, säger Eva Ek (C), ordförande i barn- och\nutbildningsnämnden.\n"
    )
    assert doc.organ == "Barn- och utbildningsnämnden"
    assert doc.title == "Ny förskola i Österbymo"
    assert doc.meeting_date == dt.date(2024, 12, 10)


def test_where_and_when_the_meeting_was_held_told_in_a_sentence():
    doc = run(
        "Kommunstyrelsen PROTOKOLL\nVv) Boxholms kommun Sida 1 av 2\n\n"
        "Sammanträdesprotokoll för kommunstyrelsen, tisdagen den 19 november\n2024\n\n"
        "Sammanträdet hölls i kommunhuset i Boxholm, sammanträdesrum Sommen, klockan\n"
        "13.00 - 15.30 med ajournering 14.00 - 14.15.\n\nNärvarande beslutande var Eva Ek (C), ordförande.\n"
    )
    assert doc.location == "kommunhuset i Boxholm, sammanträdesrum Sommen"
    assert (doc.start_time, doc.end_time) == (dt.time(13, 0), dt.time(15, 30))


def test_a_day_and_month_with_a_dot_after_den():
    doc = run(
        "KALLELSE\nKultur- och utbildningsnämnden\n2025-03-27\n\nTid Tisdagen den 8 april 2025, klockan 08.30\n"
        "Anmälan till utbildningsdagen görs senast den 11.4. Budgeten ökar med 11.4 miljoner.\n"
    )
    assert [(d.date, d.kind) for d in doc.dates if d.date and d.date.month == 4 and d.date.day == 11] == [
        (dt.date(2025, 4, 11), "deadline")
    ]


def test_a_range_whose_start_has_no_year_takes_the_year_of_its_end():
    doc = run(
        "PROTOKOLL 2025-03-04\nBarn- och utbildningsnämnden\n§ 11 Kränkande behandling\n"
        "Under perioden 1 juli-31 december 2024 inkom 214 anmälningar.\n"
    )
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2024, 7, 1), dt.date(2024, 12, 31))]


def test_a_numbered_att_clause_ends_the_clause_before_it():
    doc = run(
        "PROTOKOLL 2025-03-04\nBarn- och utbildningsnämnden\n§ 12 Förskoleorganisation\n"
        "Barn- och utbildningsnämnden beslutar\n"
        "1. att förskolan Linden från och med den 1 augusti 2025 blir en avdelning under Eken,\n"
        "2. att uppdra åt förvaltningschefen att redovisa utfallet den 10 december 2025.\n"
    )
    kinds = {d.date: d.kind for d in doc.dates}
    assert kinds[dt.date(2025, 8, 1)] == "event"
    assert kinds[dt.date(2025, 12, 10)] == "deadline"
