"""Header, date and place forms met in held-out round 21, written anew in other words: a "Dag" label
beside "Tid", a protocol whose logo OCR lost while the body names another kommun more often, a group
named with a span of school years, a page number after specks, and a blank line OCR put inside an
assignment's sentence before a number."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def test_a_day_label_gives_the_meeting_and_the_time_label_its_start():
    doc = run(
        "KALLELSE 2025-09-05\nHabo kommun\n\nKultur- och fritidsnämnden\n\n"
        "Ledamöterna kallas härmed till sammanträde.\n\nDag Torsdag 18 september 2025\nTid Kl. 09.00\n"
        "Plats Kommunhuset, sal Vättern\n\nPartierna kan samlas onsdag 17 september kl. 18.30 i kommunhuset.\n"
    )
    assert doc.meeting_date == dt.date(2025, 9, 18)
    assert doc.start_time == dt.time(9, 0)


def test_a_protocol_meets_in_its_own_kommun_though_the_body_names_a_neighbour_more():
    doc = run(
        "P OTOK LL\nA e y ommun Kommunstyrelsens arbetsutskott\n2025-09-16\n\n"
        "Plats och tid Kommunhuset Aneby, sal Svartån, tisdagen den 16 september 2025, kl. 08.30-11.00\n\n"
        "Beslutande\nAnna Berg (C), ordförande\nOlle Ek (S)\nKarin Lund (M)\n\n"
        "§ 60 Samverkan om räddningstjänst\nTranås kommun har föreslagit ett gemensamt förbund. "
        "Tranås kommun och Eksjö kommun har redan avtal. Tranås kommun leder arbetet.\n"
    )
    assert doc.municipality == "Aneby"


def test_a_group_named_with_a_span_of_school_years():
    doc = run(
        "Barn- och utbildningsförvaltningen Minnesanteckningar\nHabo kommun\n\nRektorsgruppen grundskola 7-9\n"
        "Tisdag 16/9 2025 kl. 13.00-15.00, Kommunhuset Habo\n\n1. Nationella prov\nGruppen går igenom resultaten.\n"
    )
    assert doc.organ == "Rektorsgruppen grundskola 7–9"
    assert doc.title == "Rektorsgruppen grundskola 7–9"


def test_a_page_number_after_specks_is_no_date():
    doc = run(
        "SN . SAMMANTRÄDESPROTOKOLL == 1/2)\nHabo kommun Kultur- och fritidsnämnden\nSammanträdesdatum 2025-09-18\n\n"
        "§ 30 Val av justerare\nAnna Berg utses att justera.\n"
    )
    assert dt.date(2025, 2, 1) not in {d.date for d in doc.dates}


def test_a_blank_line_before_a_number_inside_a_tasks_sentence_keeps_its_deadline():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nHabo kommun Kultur- och fritidsnämnden\nSammanträdesdatum 2025-09-18\n\n"
        "§ 31 Budgetuppföljning\nBeslut\nKultur- och fritidsnämnden beslutar\n\n"
        "att ge förvaltningschefen i uppdrag att redovisa besparingar motsvarande\n\n"
        "2 miljoner kronor vid nämndens sammanträde den 20 november 2025.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 11, 20)] == ["deadline"]
