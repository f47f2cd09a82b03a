"""Header and date forms met in held-out round 12, written anew in other words: an adjournment in
brackets between the times and the place, a place that ends its line before a paragraph of
attendance, a press headline that ends with the kommun, "kommun" read "Oommun", an action table
whose last column is "Klart", "mellan den … och den …"."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_an_adjournment_in_brackets_between_the_times_and_the_place():
    doc = run(
        "PROTOKOLL\nLaholms kommun Barn- och utbildningsnämnden\n2024-02-08 Sida 1 av 2\n\n"
        "Tid och plats\tTorsdagen den 8 februari 2024 kl. 13.00-16.40 (ajournering\n"
        "14.30-14.45), Stadshuset, sal Lagan\n\nOrdförande\tEva Holm (M)\n"
    )
    assert doc.location == "Stadshuset, sal Lagan"
    assert (doc.start_time, doc.end_time) == (dt.time(13, 0), dt.time(16, 40))


def test_a_place_that_ends_its_line_is_not_run_into_the_paragraph_below():
    doc = run(
        "Utbildningsförvaltningen\nSurahammars kommun\n\nRektorsgruppen\n"
        "Anteckningar från mötet tisdag 7/11 2023, kl 9.00-11.30, Kulturhuset, rum Kolbäck\n"
        "Närvarande var rektorerna Anna Ek (Nytorpsskolan) och Per Sund (Vallby skola). Mötet\n"
        "leddes av skolchef Eva Lind.\n\n1. Föregående anteckningar\nInga synpunkter.\n"
    )
    assert doc.location == "Kulturhuset, rum Kolbäck"


def test_a_press_headline_may_end_with_its_kommun_but_a_letterhead_may_not():
    doc = run(
        "Pressmeddelande\t2024-05-16\nSkinnskattebergs kommun\n\n"
        "Gratis simskola för alla barn i Skinnskattebergs kommun\n"
        "Barn- och utbildningsnämnden beslutade vid sitt sammanträde den 14 maj att erbjuda simskola.\n"
    )
    assert doc.title == "Gratis simskola för alla barn i Skinnskattebergs kommun"


def test_kommun_with_its_k_read_as_an_o_still_names_the_issuer():
    doc = run(
        "PROTOKOLLSUTDRAG\nNorbergs Oommun Kommunstyrelsen 2024-09-24\n\nKS § 12 Dnr 2024/51\n"
        "Samverkan om gymnasieskolan med Avesta och Fagersta\nBeslut\nKommunstyrelsen beslutar att anta avtalet.\n"
    )
    assert doc.municipality == "Norberg"


def test_dates_in_an_action_table_under_klart_are_deadlines():
    doc = run(
        "Anteckningar rektorsgruppen 2023-11-06\nBarn- och utbildningsförvaltningen\n\n1. Lovskola\n"
        "Lovskolan planeras.\n\nAtt göra\n\nVad Vem Klart\n\nPlanering av lovskola Anna Berg 20/11\n\n"
        "Schema till vårdnadshavare Alla rektorer 4/12\n\nNästa möte: måndag 4 december.\n"
    )
    kinds = {d.date: d.kind for d in doc.dates}
    assert kinds[dt.date(2023, 11, 20)] == "deadline"
    assert kinds[dt.date(2023, 12, 4)] in {"deadline", "event"}  # also the next meeting's date
    assert [d.kind for d in doc.dates if d.text == "20/11"] == ["deadline"]


def test_between_two_dates_is_one_period():
    doc = run(
        "PROTOKOLL 2023-05-10\nKommunstyrelsens arbetsutskott\n§ 40 Feriearbete\n"
        "Feriearbetet pågår mellan den 26 juni och den 4 augusti i tre perioder.\n"
    )
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2023, 6, 26), dt.date(2023, 8, 4))]
