"""Header and date forms met in held-out round 24, written anew in other words: a kallelse whose
heading line is both its type and its title, a room's name alone two lines below a place that wraps,
an anslag period joined by a doubled hyphen, and a kallelse's reference to a day before it was written."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run

KALLELSE = (
    "Vara kommun\tDatum 2025-11-20\n\nKallelse till sammanträde med kultur- och fritidsnämnden\n\n"
    "Dag Tid Plats\n\nTorsdag 4 december 2025 kl. 18.00 Kulturhuset, Vara,\nsammanträdesrummet\nLagmannen\n\n"
    "Förhinder anmäls senast måndag 1 december. Presidiet beredde ärendena den 17 november.\n\n"
    "Föredragningslista\n1. Val av justerare\n2. Budget 2026\n"
)


def test_a_heading_that_is_the_type_and_names_the_meeting_is_the_title():
    assert run(KALLELSE).title == "Kallelse till sammanträde med kultur- och fritidsnämnden"


def test_a_rooms_name_alone_below_a_wrapped_place():
    assert run(KALLELSE).location == "Kulturhuset, Vara, sammanträdesrummet Lagmannen"


def test_a_day_before_a_kallelse_was_written_is_a_reference():
    assert [d.kind for d in run(KALLELSE).dates if d.date == dt.date(2025, 11, 17)] == ["reference"]


def test_an_anslag_period_joined_by_a_doubled_hyphen_is_one_range():
    doc = run(
        "PROTOKOLL\nVara kommun Kommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-11-18\n\n"
        "§ 90 Val av justerare\nOlle Ek utses att justera.\n\n"
        "Anslag på kommunens digitala anslagstavla 2025-11-21 -- 2025-12-15.\n"
    )
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2025, 11, 21), dt.date(2025, 12, 15))]
