"""Header and date forms met in held-out round 11, written anew in other words: a press release
dating its meeting by weekday or without a year, a time wrapped under a speck of the margin, an
organ word with one misread letter under "Organ", an abbreviated weekday before the place, a
doubled dash between times, a grid label wrapped above its date, "bindande efter den"."""

from __future__ import annotations

import datetime as dt

from pipeline.extract import dates
from tests.extract.forms import run


def test_a_press_release_dates_its_meeting_without_a_year_from_its_letterhead():
    doc = run(
        "PRESSMEDDELANDE\t2023-10-12\nStorumans kommun\n\nNytt skolskjutsreglemente\n"
        "Kommunstyrelsen i Storuman antog ett nytt reglemente för skolskjuts.\n\n"
        "Reglementet antogs vid styrelsens sammanträde den 10 oktober och gäller från den 1 januari.\n"
    )
    assert doc.meeting_date == dt.date(2023, 10, 10)
    assert [d.kind for d in doc.dates if d.date == dt.date(2023, 10, 12)] == ["other"]


def test_a_press_release_says_only_which_weekday_the_meeting_was():
    doc = run(
        "PRESSMEDDELANDE\t2023-10-12\nStorumans kommun\n\nNytt skolskjutsreglemente\n"
        "Kommunstyrelsen i Storuman beslutade i tisdags att anta ett nytt reglemente för skolskjuts.\n"
    )
    assert doc.meeting_date == dt.date(2023, 10, 10)  # the Tuesday before Thursday 12 October


def test_last_weekday_is_the_one_before_the_day_written_never_that_day():
    thursday = dt.date(2023, 10, 12)
    assert dates.last_weekday("beslutade i torsdags", thursday) == dt.date(2023, 10, 5)
    assert dates.last_weekday("i måndags", thursday) == dt.date(2023, 10, 9)
    assert dates.last_weekday("i dag", thursday) is None


def test_a_speck_of_the_margin_before_the_wrapped_year_and_time():
    doc = run(
        "PROTOKOLL\tSida 1 av 2\nBollnäs kommun Utbildningsnämnden\nSammanträdesdatum 2024-03-13\n"
        "Plats och tid\tKommunhuset, sal Orbaden, onsdagen den 13 mars\nI 2024 kl 09.00-11.45\n\nBeslutande\n"
        "Ordförande\tAnna Berg (S)\nUtses att justera\tOlle Ek (C)\n"
        "Justeringens plats och\tKommunhuset, tisdagen den 19 mars 2024 kl\ntid 15.00\n"
    )
    assert (doc.start_time, doc.end_time) == (dt.time(9, 0), dt.time(11, 45))


def test_an_organ_word_with_one_misread_letter_under_the_label_organ():
    doc = run(
        "PROTOKOLL\nOvanåkers kommun\nSammanträdesdatum 2024-03-13\n\n§ 12 Val av justerare\n"
        "Anna Berg utses att justera.\n\nBEVIS OM ANSLAG\nOrgan\tGymnasiehämnden\n"
        "Datum för anslags uppsättande 2024-03-20\n"
    )
    assert doc.organ == "Gymnasienämnden"


def test_an_abbreviated_weekday_before_the_date_and_the_place_after_the_times():
    doc = run(
        "Barn- och utbildningsförvaltningen\nJokkmokks kommun\n\nAnteckningar - rektorsgruppen\n"
        "Tors 8 feb 2024, kl 9-12, Ájtte, rum Lájtávrre\n\nNärvarande Frånvarande\n"
        "Anna Spik, rektor Porjus skola\tLars Kuhmunen, rektor\n"
    )
    assert doc.location == "Ájtte, rum Lájtávrre"
    assert doc.meeting_date == dt.date(2024, 2, 8)


def test_a_doubled_dash_between_start_and_end_time():
    assert dates.parse_times("kl. 13.15-—16.00") == (dt.time(13, 15), dt.time(16, 0))


def test_a_grid_label_wrapped_onto_the_line_above_its_date():
    doc = run(
        "PROTOKOLLSUTDRAG\nUtbildningsnämnden\n2023-11-08\n\n§ 91 Skolskjuts\nBeslut\n"
        "Utbildningsnämnden beslutar att godkänna reglementet.\n\n"
        "Justeringsdatum 2023-11-14\tAnslaget på kommunens anslagstavla\n15/11 2023\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2023, 11, 15)] == ["other"]


def test_registration_binding_after_a_date_makes_that_date_a_deadline():
    doc = run(
        "INBJUDAN\nArjeplogs kommun\nTid\tonsdag 6 mars 2024, 9.00-15.00\nPlats\tSilvermuseet\n\n"
        "Anmälan\nAnmäl dig senast 16 februari. Anmälan är bindande efter den 23/2.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 2, 23)] == ["deadline"]
