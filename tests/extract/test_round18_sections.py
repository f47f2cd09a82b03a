"""Forms of sections met in held-out round 18, written by hand in other words: one small document
per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import heading_kind
from tests.extract.forms import decided, items, run

# --- decisions ---------------------------------------------------------------------------------

ONWARD_PROPOSAL = (
    "PROTOKOLL\nSocialnämndens arbetsutskott\n\nSammanträdesdatum 2025-03-11\n\n"
    "§ 41 Dnr SN 2025/88\n"
    "Ny taxa för färdtjänst\n"
    "Förvaltningen föreslår att taxan höjs med fem procent från den 1 juli.\n"
    "Yrkanden\n"
    "Lena Ek (S) yrkar bifall till förvaltningens förslag.\n"
    "Arbetsutskottets förslag till socialnämnden att föreslå kommunfullmäktige besluta\n"
    "att anta taxa för färdtjänst enligt bilaga,\n"
    "att taxan gäller från den 1 juli 2025.\n"
    "Reservation\n"
    "Per Holm (SD) reserverar sig mot beslutet.\n"
)


def test_a_proposal_heading_that_carries_its_onward_lead_is_a_proposal_heading():
    assert heading_kind("Arbetsutskottets förslag till socialnämnden att föreslå kommunfullmäktige besluta") == "proposal"
    assert heading_kind("Arbetsutskottets förslag till socialnämnden om att höja taxan för färdtjänst i år") is None


def test_the_att_satser_under_an_onward_proposal_heading_are_proposals_and_the_background_is_not():
    assert decided(run(ONWARD_PROPOSAL)) == [
        ("§ 41", "förslag", "anta taxa för färdtjänst enligt bilaga"),
        ("§ 41", "förslag", "taxan gäller från den 1 juli 2025"),
    ]


# --- sections ----------------------------------------------------------------------------------

NOTICE_LOST_NUMBERS = (
    "KALLELSE\nKultur- och fritidsnämnden\n\nTid Onsdag 12 mars 2025 kl. 18.00\nPlats Stadshuset, Sal A\n\n"
    "Ärenden\n"
    "1. Val av justerare\n"
    "2. Verksamhetsberättelse 2024 - KFN 2025/14\n"
    "Föredragande: kulturchef Ylva Berg\n"
    "3. Föreningsbidrag 2025 - KFN 2025/21\n"
    "Föredragande: fritidschef Omar Said\n"
    "Renovering av konsthallen - KFN 2025/3 05\n"
    ". Remiss om biblioteksplan - KFN 2025/40\n"
    ". Övriga frågor\n\n"
    "Maria Lind (C)\nOrdförande\n"
)


def test_items_whose_numbers_ocr_lost_after_a_presenter_line_go_on_numbering_the_list():
    assert items(run(NOTICE_LOST_NUMBERS)) == [
        ("1.", None, "Val av justerare"),
        ("2.", "KFN 2025/14", "Verksamhetsberättelse 2024"),
        ("3.", "KFN 2025/21", "Föreningsbidrag 2025"),
        ("4.", "KFN 2025/305", "Renovering av konsthallen"),
        ("5.", "KFN 2025/40", "Remiss om biblioteksplan"),
        ("6.", None, "Övriga frågor"),
    ]
