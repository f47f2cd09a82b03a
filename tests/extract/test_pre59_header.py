"""Header, date and place forms the corpus still missed, written anew before the deciding test
(rounds 59-62) was read: a press release that announces an information evening with its hour, a
year OCR glued to its month, a speck after the "i" of "i måndags", and a doubtful kommun name
("Malå", "Nora") that opens a clause and acts among other kommuner."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_press_release_takes_no_meeting_hour_from_the_evening_it_announces():
    doc = run(
        "Vetlanda kommun\nPressmeddelande\t2025-05-22\n\nFler platser i fritidshem\n"
        "Barn- och utbildningsnämnden beslutade i onsdags att utöka fritidshemmet på Hagaskolan. "
        "Vårdnadshavare bjuds in till ett informationsmöte torsdagen den 5 juni kl. 18.30 i skolans matsal.\n"
    )
    assert doc.doc_type == "pressmeddelande"
    assert (doc.start_time, doc.end_time) == (None, None)


def test_a_year_glued_to_its_month_by_ocr_is_still_the_year():
    doc = run(
        "Barn- och utbildningsnämnden\nSammanträdesdatum 2025-11-12\n\n§ 88 Lokaler i Brandstorp\n\n"
        "Beslut\nBarn- och utbildningsnämnden beslutar\n\n"
        "att föreslå kommunstyrelsen att skolans lokaler lämnas över till tekniska förvaltningen från den 1 aug2027.\n"
    )
    assert any(d.date == dt.date(2027, 8, 1) for d in doc.dates)


def test_a_speck_after_the_i_of_a_relative_weekday():
    doc = run(
        "Kommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-02-12\n\n§ 9 Gymnasieantagning\n\n"
        "Frågan togs upp på regionens rektorsmöte i. måndags.\n\nArbetsutskottet beslutar\n\natt notera informationen.\n"
    )
    assert any(d.date == dt.date(2026, 2, 9) for d in doc.dates)


def _kommuner(doc):
    return {m.normalized for m in doc.mentions if m.kind == "municipality"}


def test_a_doubtful_kommun_that_acts_among_other_kommuner_is_a_place():
    doc = run(
        "Nätverket för gymnasieval\nDatum: 2025-03-04\n\n2. Lovskola\n"
        "Eleverna söker främst till Skellefteå och Umeå. Malå har erbjudit platser i sin buss till mässan.\n"
    )
    assert "Malå" in _kommuner(doc)


def test_the_same_word_as_a_colleagues_first_name_stays_a_person():
    doc = run(
        "Rektorsgruppen\nDatum: 2025-03-04\n\nNärvarande: Nora Lindgren, rektor; Per Ek, rektor\n\n1. Lovskola\n"
        "Eleverna söker främst till Lindesberg och Örebro. Nora har erbjudit sig att samordna anmälan.\n"
    )
    assert "Nora" not in _kommuner(doc)


def test_a_doubtful_kommun_far_from_any_other_kommun_stays_out():
    doc = run("Rektorsgruppen\nDatum: 2025-03-04\n\n1. Lovskola\nHylte har erbjudit sig att samordna anmälan.\n")
    assert "Hylte" not in _kommuner(doc)
