"""Header fields: type, organ, title, meeting date, times and place."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document, Page
from pipeline.extract import header
from pipeline.segment import segment


def filled(*pages: str) -> Document:
    doc = Document("id", "x.txt", "x.txt", pages=[Page(i + 1, p, p) for i, p in enumerate(pages)])
    doc.sections = segment(doc)
    header.fill(doc)
    return doc


PROTOCOL = """\
Vänersborgs kommun
SAMMANTRÄDESPROTOKOLL\t1 (4)
Socialnämndens arbetsutskott
Sammanträdesdatum
2021-10-05
Plats och tid\tKommunhuset, sal Dalbo, tisdagen den 5
oktober 2021 kl 08:30 – 12.10
Beslutande\tAnn Ek (S), ordförande
§ 101 Dnr SN 2021/12
Val av justerare
"""


def test_formal_protocol():
    doc = filled(PROTOCOL)
    assert doc.doc_type == "protokoll"
    assert doc.organ == "Socialnämndens arbetsutskott"
    assert doc.title == "Sammanträdesprotokoll"
    assert doc.meeting_date == dt.date(2021, 10, 5)
    assert (doc.start_time, doc.end_time) == (dt.time(8, 30), dt.time(12, 10))
    assert doc.location == "Kommunhuset, sal Dalbo"


def test_ocr_runs_header_cells_together():
    text = "PROTOKOLLSUTDRAG 1 (1)\nV Lerums kommun Kommunstyrelsen 2020-05-13\n§ 7 KS 2020/99\nBudget\n"
    doc = filled(text)
    assert doc.doc_type == "protokollsutdrag"
    assert doc.organ == "Kommunstyrelsen"
    assert doc.title == "Protokollsutdrag"
    assert doc.meeting_date == dt.date(2020, 5, 13)


MINUTES = """\
Fyrbodals kommunalförbund
Minnesanteckningar från
Fyrbodals skolchefsnätverk
Onsdagen den 12 maj 2021, 9.00-12.00
Plats: Digitalt via Teams
Deltagare: Lars Ek, Uddevalla
1. Inledning
Mötet öppnades.
2. Nästa möte
Mötet avslutades kl 11.40.
"""


def test_informal_minutes():
    doc = filled(MINUTES)
    assert doc.doc_type == "minnesanteckningar"
    assert doc.organ == "Fyrbodals skolchefsnätverk"  # a network ranks before a kommunalförbund
    assert doc.meeting_date == dt.date(2021, 5, 12)
    assert (doc.start_time, doc.end_time) == (dt.time(9), dt.time(12))
    assert doc.location == "Digitalt via Teams"


def test_title_of_informal_minutes_is_their_heading():
    doc = filled("Ledningsgruppen, skolförvaltningen\nMINNESANTECKNINGAR\nDatum: 2020-01-08\nÄrende\nText.\n")
    assert doc.title == "Ledningsgruppen, skolförvaltningen"
    assert doc.organ == "Ledningsgruppen, skolförvaltningen"


def test_kallelse_meeting_date_is_the_meeting_not_the_letter():
    text = (
        "Orusts kommun\nKALLELSE\nBarn- och utbildningsnämnden\n2022-02-01\n"
        "Tid\tMåndagen den 14 februari 2022 kl 13.00\nPlats\tHenån, rum Kajutan\n"
        "1.\tVal av justerare\n2.\tBudget\n"
    )
    doc = filled(text)
    assert doc.doc_type == "kallelse"
    assert doc.title == "Kallelse"
    assert doc.organ == "Barn- och utbildningsnämnden"
    assert doc.meeting_date == dt.date(2022, 2, 14)
    assert doc.start_time == dt.time(13) and doc.end_time is None
    assert doc.location == "Henån, rum Kajutan"


def test_inbjudan_title_joins_its_wrapped_line():
    text = "Utbildningsförvaltningen\nInbjudan till skoldag om\nbetyg och bedömning\nFredagen den 4 juni 2021, kl 9.00–15.00\n"
    doc = filled(text)
    assert doc.doc_type == "inbjudan"
    assert doc.title == "Inbjudan till skoldag om betyg och bedömning"
    assert doc.meeting_date == dt.date(2021, 6, 4)


def test_end_of_meeting_from_running_text_when_the_header_has_none():
    doc = filled("Anteckningar\nDatum: 2019-05-02 kl 13.00\n1. Start\nText.\n2. Slut\nMötet avslutades kl 15.20.\n")
    assert doc.end_time == dt.time(15, 20)


def test_nothing_to_read():
    doc = filled("")
    assert doc.doc_type == "annat"
    assert doc.organ is None and doc.meeting_date is None and doc.location is None


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(list("0123456789:- \n\t\f") + ["Plats", "Tid", "den ", "maj", "nämnden", "KALLELSE"])).map(
        "".join
    )
)
def test_arbitrary_text_never_raises(text):
    doc = filled(*text.split("\f"))
    assert doc.doc_type in {
        "protokoll",
        "protokollsutdrag",
        "minnesanteckningar",
        "kallelse",
        "inbjudan",
        "pressmeddelande",
        "annat",
    }


def test_press_release_headline_and_the_date_of_the_decision_it_reports():
    doc = filled(
        "PRESSMEDDELANDE\t2022-05-02\nVäxjö kommun\n\nFler sommarjobb för unga i Växjö\n"
        "Kommunstyrelsen beslutade den 26 april 2022 att utöka antalet sommarjobb till 600.\n"
        "– Det är en viktig satsning, säger Anna Berg (M), kommunstyrelsens ordförande.\n"
    )
    assert doc.doc_type == "pressmeddelande"
    assert doc.title == "Fler sommarjobb för unga i Växjö"
    assert doc.meeting_date == dt.date(2022, 4, 26)


def test_kallelse_meeting_date_from_a_sentence_that_wraps():
    doc = filled(
        "KALLELSE\t1 (1)\nKultur- och fritidsnämnden\t2022-02-01\n\n"
        "Kultur- och fritidsnämnden sammanträder i Folkets hus, lilla salen, torsdagen den 10\n"
        "februari 2022 kl 17.00.\n\nÄrenden\n\nVal av justerare\nBudget 2022\nÖvriga frågor\n"
    )
    assert doc.meeting_date == dt.date(2022, 2, 10)
    assert doc.start_time == dt.time(17, 0)
    assert doc.location == "Folkets hus, lilla salen"


def test_organ_from_the_decisions_when_the_header_is_unreadable():
    doc = filled(
        "SAMMANTRÄDESPROTOKOLL\nMH Tibro KOmmun 3o.iowna\n\n§ 4 Dnr MN 2020/3\nTaxa\n"
        "Miljönämnden beslutar att anta taxan.\n§ 5 Dnr MN 2020/9\nRapport\nMiljönämnden beslutar att lägga rapporten till handlingarna.\n"
    )
    assert doc.organ == "Miljönämnden"
