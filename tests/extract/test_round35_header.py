"""Rounds 35-38's header and place forms, written anew: a kallelse headed "med föredragningslista",
an organ of three compound parts, a compound organ whose hyphen OCR lost, Markdown's bold marks
around labels, an evening's end time before the place, and a "Sammanträde:" label holding place
and time."""

from __future__ import annotations

from tests.extract.forms import run


def test_a_kallelse_headed_with_its_agenda_keeps_the_heading_as_title():
    doc = run(
        "Ydre kommun\n\nKALLELSE med föredragningslista\n\nKultur- och bildningsnämnden\n"
        "Tid: onsdag 4 mars 2026 kl. 13.00\nPlats: Kommunhuset, Österbymo\n\n1. Val av justerare\n2. Budget\n"
    )
    assert doc.title == "Kallelse med föredragningslista"


def test_an_organ_of_three_compound_parts():
    doc = run(
        "KALLELSE\n\nTorsby kommun 2026-03-02\n\nKultur-, fritids- och utbildningsnämnden\n"
        "Ledamöter kallas till sammanträde.\n\nDag Onsdagen den 11 mars 2026\nTid Kl. 18.00\n\n1. Val av justerare\n"
    )
    assert doc.organ == "Kultur-, fritids- och utbildningsnämnden"


def test_a_compound_organ_whose_hyphen_ocr_lost():
    doc = run(
        "PROTOKOLL 1 (2)\nSunne kommun Vård och omsorgsnämnden\n\n"
        "Plats och tid Kommunhuset, Sunne, onsdagen den 4 mars 2026 kl. 13.00-15.00\n\n"
        "§ 12 Budget\nNämnden beslutar att godkänna uppföljningen.\n"
    )
    assert doc.organ == "Vård- och omsorgsnämnden"


def test_two_bodies_joined_by_och_keep_their_names():
    doc = run(
        "PROTOKOLL\nSocialnämnden och utbildningsnämnden\nSammanträdesdatum 2026-03-04\n\n"
        "§ 3 Samverkan\nNämnderna beslutar att anta överenskommelsen.\n"
    )
    assert doc.organ != "Socialnämnden- och utbildningsnämnden"


def test_labels_in_markdown_bold_marks():
    doc = run(
        "Hylte kommun          2026-01-20\n\nInbjudan: Temadag om läsning\n"
        "Utbildningsförvaltningen bjuder in lärare till en dag om läsning.\n\n"
        "**När:** tisdagen den 17 mars 2026, kl. 09.00–15.00\n**Var:** Folkets hus, Stora salen, Hyltebruk\n\n"
        "Anmäl dig senast fredag 6 mars.\n"
    )
    assert doc.location == "Folkets hus, Stora salen, Hyltebruk"


def test_an_evenings_end_time_before_the_place():
    doc = run(
        "Barn- och utbildningsnämnden          2026-02-03\nTanums kommun\n\n"
        "Inbjudan till dialogkväll om skolan\nTisdag 10 mars 2026 kl. 18.30–21.00 i matsalen, Tanumskolan, Tanumshede\n\n"
        "Nämnden bjuder in vårdnadshavare till en kväll om skolans framtid.\n"
    )
    assert doc.location == "matsalen, Tanumskolan, Tanumshede"


def test_a_sammantrade_label_with_place_and_time():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL Blad 1\nKommunstyrelsens arbetsutskott 2026-02-17\n\n"
        "Sammanträde: Stadshuset, stora sessionssalen, tisdagen den 17 februari 2026 kl 09.00-11.30\n\n"
        "Närvarande ledamöter: Per Ek (S) ordförande\n\n§ 1 Dagordning\nArbetsutskottet beslutar att godkänna dagordningen.\n"
    )
    assert doc.location == "Stadshuset, stora sessionssalen"
