"""Header forms met in held-out round 26, written anew in other words: a logo kommun two letters off
in a protocol whose text names a neighbour more often, a logo whose initial OCR set apart, a place
whose date a speck hid after the weekday, a room that is whole ("stora salen") above a heading, and
"Sammanträdesdag" as a label."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run

BODY = (
    "Beslutande\nAnna Berg (S), ordförande\nOlle Ek (C)\nKarin Lund (M)\nPer Holm (S)\n\n"
    "§ 40 Samverkan\nDorotea kommun och Dorotea kommun har föreslagit samverkan, liksom Dorotea. "
    "Malå kommun har svarat. Sorsele nämns också. Sorsele kommun och Sorsele kommun deltar.\n"
)


def test_a_protocols_logo_two_letters_off_names_its_kommun_though_the_text_names_others_more():
    doc = run(
        "vil Ik PROTOKOLL 1 (2)\nrsele KOMMUN Barn och utbildningsnämnden\nSammanträdesdatum 2025-10-15\n\n"
        "Plats och tid Kommunhuset, sal Juktan, onsdagen den 15 oktober 2025 kl. 09.00-11.00\n\n" + BODY
    )
    assert doc.municipality == "Sorsele"


def test_a_logo_whose_initial_ocr_set_apart():
    doc = run(
        "KALLELSE\n\nNH B jurholms kommun Kultur- och fritidsnämnden\n\n"
        "Kallelse till sammanträde med kultur- och fritidsnämnden\n\nDag och tid Onsdag 22 april 2026 kl. 13.15\n\n"
        "Föredragningslista\n1. Val av justerare\n2. Samverkan med Umeå kommun och Vännäs kommun\n"
    )
    assert doc.municipality == "Bjurholm"


def test_a_place_whose_date_a_speck_hid_after_the_weekday():
    doc = run(
        "PROTOKOLL 1 (2)\nBjurholms kommun Barn- och utbildningsnämnden\nSammanträdesdatum 2025-10-15\n\n"
        "Plats och tid Kommunhuset, sammanträdesrum Öre, onsdagen den 15\ni: oktober 2025 kl. 09.00-11.50 i;\n\n"
        "§ 40 Val av justerare\nOlle Ek utses att justera.\n"
    )
    assert doc.location == "Kommunhuset, sammanträdesrum Öre"


def test_a_whole_room_above_a_heading_keeps_the_heading_out():
    doc = run(
        "Barn- och utbildningsförvaltningen\nBjurholms kommun 2026-08-17\n\nInbjudan till dialogmöte\n\n"
        "Tid: Tisdag 15 september 2026 kl. 18.00-20.00\nPlats: Bjurholms Folkets hus, stora salen\nProgram\n"
        "18.00 Välkommen\n"
    )
    assert doc.location == "Bjurholms Folkets hus, stora salen"


def test_sammantradesdag_labels_the_meeting_and_is_no_place():
    doc = run(
        "UTDRAG UR SAMMANTRÄDESPROTOKOLL\nBjurholms kommun Utbildningsnämnden\n\n"
        "Sammanträdesdag . Torsdag 5 februari 2026\n\nJusterat 2026-02-10\n\n§ 5 Skolskjuts\nNämnden beslutar att anta reglerna.\n"
    )
    assert doc.meeting_date == dt.date(2026, 2, 5)
    assert doc.location is None
