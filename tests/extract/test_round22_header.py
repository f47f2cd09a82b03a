"""Header and date forms met in held-out round 22, written anew in other words: a "Tid och plats"
value that wraps after a comma onto a line that starts with a capital, the page header's type and
its office run together, a consultation's closing day ("remisstid till den …") and an application
that "stänger" on a day."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_place_value_that_wraps_after_a_comma_goes_on_on_the_next_line():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL 1 (2)\nTyresö kommun Kommunstyrelsen 2025-10-06\n\n"
        "Tid och plats Måndagen den 6 oktober 2025 kl. 15.00-17.10, Tyresö kommunhus,\n"
        "Bollmora, sammanträdesrummet Alby\nBeslutande Anna Berg (S), ordf.\n\n§ 80 Val av justerare\n"
    )
    assert doc.location == "Tyresö kommunhus, Bollmora, sammanträdesrummet Alby"


def test_the_type_and_the_office_of_the_page_header_run_together_are_not_the_title():
    doc = run(
        "MINNESANTECKNINGAR Kultur- och fritidsförvaltningen\nTyresö kommun\n\nFritidsledargruppen\n"
        "Datum Tid Plats\nTorsdag 9 oktober 2025 13.00-15.00 Kommunhuset, rum Alby\n\n"
        "1. Höstlovet\nGruppen planerar aktiviteter.\n"
    )
    assert doc.title == "Fritidsledargruppen"


def test_a_consultations_closing_day_and_an_application_that_closes_are_deadlines():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nTyresö kommun Kommunstyrelsen\nSammanträdesdatum 2025-10-06\n\n"
        "§ 81 Remiss om kollektivtrafik\nRegionen har remitterat förslaget med remisstid till den\n"
        "14 november 2025. Förvaltningen har tagit fram ett yttrande.\n\n"
        "§ 82 Kompetensutveckling\nAnmälan till höstens kurs i ledarskap stänger 24/10.\n"
    )
    kinds = {d.date: d.kind for d in doc.dates}
    assert kinds[dt.date(2025, 11, 14)] == "deadline"
    assert kinds[dt.date(2025, 10, 24)] == "deadline"
