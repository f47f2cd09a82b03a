"""Header, date and place forms met in held-out round 20, written anew in other words: the hyphen of
"Barn-" read as a dot, a weekday left before a speck that opens the date's line, the day an earlier
task was given "i § N", a three-letter kommun whose first letter the logo lost, a summons whose place
starts in lower case and wraps after "sammanträdesrum", and a speck glued before a labelled date."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_the_hyphen_of_barn_read_as_a_dot_in_the_letterhead():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nEda kommun Bam. och utbildningsnämnden\n2025-05-06\n\n"
        "§ 20 Val av justerare\nOlle Ek utses att justera.\n"
    )
    assert doc.organ == "Barn- och utbildningsnämnden"


def test_a_weekday_before_a_speck_that_opens_the_dates_line_is_no_part_of_the_place():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nEda kommun Barn- och utbildningsnämnden\n"
        "Plats och tid Kommunhuset i Charlottenberg, sal Glaskogen, onsdagen den\n"
        ": 7 maj 2025, kl. 13.00-16.00\n\n§ 20 Val av justerare\nOlle Ek utses att justera.\n"
    )
    assert doc.location == "Kommunhuset i Charlottenberg, sal Glaskogen"


def test_the_day_a_task_was_given_in_a_numbered_paragraph_is_no_deadline():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nEda kommun Barn- och utbildningsnämnden\nSammanträdesdatum 2025-05-07\n\n"
        "§ 21 Skolorganisation\nNämnden gav i 8 45 den 12 februari 2025 förvaltningen i uppdrag att "
        "utreda skolorganisationen.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 2, 12)] == ["reference"]


def test_a_three_letter_logo_kommun_whose_first_letter_ocr_lost():
    doc = run(
        "KALLELSE\nda kommun 2025-04-28\n\nKallelse till sammanträde med kultur- och fritidsnämnden\n\n"
        "Tid: onsdagen den 7 maj 2025 kl. 18.00\n\nFöredragningslista\n1. Val av justerare\n"
    )
    assert (doc.municipality, doc.municipality_code) == ("Eda", "1730")
    assert "Eda" in {m.normalized for m in doc.mentions if m.kind == "municipality"}


def test_a_summons_place_in_lower_case_that_wraps_after_its_room_word():
    doc = run(
        "KALLELSE\nEda kommun 2025-04-28\n\nKallelse till sammanträde med kultur- och fritidsnämnden\n\n"
        "Ledamöter kallas och ersättare underrättas om sammanträde\n\n"
        "onsdagen den 7 maj 2025 kl. 18.00 i stadshuset, Charlottenberg, sammanträdesrum\nGlaskogen.\n\n"
        "Föredragningslista\n1. Val av justerare\n"
    )
    assert doc.location == "stadshuset, Charlottenberg, sammanträdesrum Glaskogen"


def test_a_speck_glued_before_a_labelled_meeting_date():
    doc = run(
        "PROTOKOLLSUTDRAG\nEda kommun Kommunstyrelsen\n\nSammanträdesdatum *92025-05-06\n"
        "Justeringsdatum 2025-05-09\n\nKS § 41 Avtal om skolskjuts\nKommunstyrelsen beslutar att godkänna avtalet.\n"
    )
    assert doc.meeting_date == dt.date(2025, 5, 6)
