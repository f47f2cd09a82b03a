"""Header and date forms met in held-out round 13, written anew in other words: a network's name
wrapped after "i" before its region, an organ word in the letterhead with one letter misread or
added, a summons whose place wraps onto the next line, an ISO range whose dash OCR read as a
hyphen, "senast kl. 12 fredagen den …", notes "från" an earlier meeting, an agreement period still
running at the meeting."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_network_name_wrapped_after_i_keeps_its_region():
    doc = run(
        "Skolsamverkan Gotland\tAnteckningar\n\nAnteckningar från arbetsgruppen för skolsamverkan i\nGotland\n"
        "Datum: 2025-03-06\nTid: 13.00–15.00\n\n1. Föregående anteckningar\nInga synpunkter.\n"
    )
    assert doc.organ == "Arbetsgruppen för skolsamverkan i Gotland"
    assert doc.title == "Anteckningar från arbetsgruppen för skolsamverkan i Gotland"


def test_an_organ_word_in_the_letterhead_with_a_letter_misread_or_added():
    misread = run(
        "PROTOKOLLSUTDRAG\nHöörs KOMMUN  Socialiämnden 2024-11-19\n\n"
        "Arbetsutskottet behandlade ärendet den 5 november.\n\nSN § 80 Försörjningsstöd\n"
    )
    added = run(
        "SAMMANTRÄDESPROTOKOLL\nBjuvs KOMMUN kulturnrämnden 2022-06-09\n\n"
        "Plats och tid Bjuvs kommunhus, torsdagen den 9 juni 2022 kl 17.30-19.00\n"
    )
    assert misread.organ == "Socialnämnden"
    assert added.organ == "Kulturnämnden"


def test_a_summons_place_wrapped_onto_the_next_line():
    doc = run(
        "KALLELSE\nTrollhättans stad Datum: 2025-09-05\n\nGymnasienämnden\n\n"
        "Ledamöter kallas härmed till sammanträde med gymnasienämnden\n"
        "tisdagen den 16 september 2025 klockan 13.00 i Sessionssalen, stadshuset\n"
        "i Trollhättan. Ersättare underrättas.\n\nÄrenden\n1 Val av justerare\n"
    )
    assert doc.location == "Sessionssalen, stadshuset i Trollhättan"


def test_an_iso_range_whose_dash_was_read_as_a_hyphen():
    doc = run(
        "PROTOKOLL 2025-04-23\nUtbildningsnämnden\nUN § 12\nAnmälan av delegationsbeslut\n"
        "Delegationsbeslut fattade under perioden 2025-02-01-2025-02-28 anmäls.\n"
    )
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2025, 2, 1), dt.date(2025, 2, 28))]


def test_senast_with_a_clock_time_before_the_weekday_is_a_deadline():
    doc = run(
        "KALLELSE\nBarn- och utbildningsnämnden\nDatum: 2025-09-05\n"
        "Sammanträde måndagen den 15 september 2025 kl. 13.00 i Sessionssalen.\n"
        "Förhinder anmäls till sekreteraren senast kl. 12 torsdagen den 11 september.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 9, 11)] == ["deadline"]


def test_the_notes_from_an_earlier_meeting_are_a_reference():
    doc = run(
        "Anteckningar ledningsgruppen 2025-01-14\nBarn- och utbildningsförvaltningen\n\n"
        "Närvarande: Anna Berg, skolchef\n\nMinnesanteckningarna från 17/12 godkändes.\n\n"
        "1. Lokalfrågor\nLokalerna diskuterades.\n\n2. Övriga frågor\nInga.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 12, 17)] == ["reference"]


def test_an_agreement_period_still_running_at_the_meeting_is_an_event():
    doc = run(
        "PROTOKOLL 2025-06-10\nKommunstyrelsen\n§ 88 Gymnasieavtal\n"
        "Avtalet med Munkedal gäller 1 januari 2023 – 31 december 2025 och ska omförhandlas.\n"
    )
    assert [d.kind for d in doc.dates if d.date_end] == ["event"]
