"""Header and date forms met in held-out round 25, written anew in other words: a press release whose
"i måndags" is read from its dateline, not from a later weekday date of its text; a speck between a
kommun's name and "kommun"; a group named for "för- och grundskola"; and a report due "senast vid
nämndens sammanträde den …"."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_press_releases_last_weekday_is_read_from_its_dateline():
    doc = run(
        "PRESSMEDDELANDE\t2025-05-15\nHöörs kommun\n\nSommarskola för alla i Höör\n"
        "Barn- och utbildningsnämnden i Höör beslutade i tisdags att erbjuda sommarskola. "
        "Den börjar måndagen den 16 juni och pågår i tre veckor.\n"
    )
    assert doc.meeting_date == dt.date(2025, 5, 13)


def test_a_speck_between_the_kommuns_name_and_kommun_in_the_letterhead():
    doc = run(
        "MINNESANTECKNINGAR\nHöör. kommun : Barn- och utbildningsförvaltningen\n\nRektorsgruppen\n"
        "Tisdag 3 juni 2025 13.00-15.00 Kommunhuset\n\n1. Skolstart\nGruppen planerar. Lund och Eslöv bjuds in, "
        "liksom Lund kommun och Eslövs kommun.\n"
    )
    assert doc.municipality == "Höör"


def test_a_group_named_for_two_school_forms_joined_by_och():
    doc = run(
        "MINNESANTECKNINGAR\nHöörs kommun\n\nLedningsgruppen för- och grundskola\n"
        "Tisdag 3 juni 2025 13.00-15.00 Kommunhuset\n\n1. Skolstart\nGruppen planerar.\n"
    )
    assert doc.organ == "Ledningsgruppen för- och grundskola"


def test_a_report_due_at_a_later_meeting_after_senast_vid_is_a_deadline():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nHöörs kommun Barn- och utbildningsnämnden\nSammanträdesdatum 2025-03-12\n\n"
        "§ 20 Budget\nBarn- och utbildningsnämnden beslutar\natt uppdra åt förvaltningschefen att redovisa åtgärder\n"
        "senast vid nämndens sammanträde den 14 maj 2025.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 5, 14)] == ["deadline"]
