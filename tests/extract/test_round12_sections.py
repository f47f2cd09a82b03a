"""Forms of sections and decisions met in held-out round 12, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import case_number
from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------


def test_case_number_with_the_running_number_before_the_year():
    assert case_number("Dnr 207/2019") == "207/2019"
    assert case_number("Dnr: 9/2021") == "9/2021"
    assert case_number("klass 7/2019 i sal 3") is None  # no "Dnr" before it: no diarienummer
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nSocialnämndens arbetsutskott\n\n"
        "& 31 Dnr 207/2019\n\nRiktlinjer för ekonomiskt bistånd\n\n"
        "Arbetsutskottets beslut\n\natt anta riktlinjerna.\n\n"
        "& 32 Dnr 9/2021\n\nLokaler för daglig verksamhet\n\nArbetsutskottets beslut\n\natt hyra lokalerna.\n"
    )
    assert items(doc) == [
        ("§ 31", "207/2019", "Riktlinjer för ekonomiskt bistånd"),
        ("§ 32", "9/2021", "Lokaler för daglig verksamhet"),
    ]


def test_sign_read_as_eight_after_a_speck_backed_by_the_case_line_above():
    doc = run(
        "PROTOKOLL\nKultur- och fritidsnämnden\n\n"
        "Dnr KFN 2023-000112\n§ 4 Bidrag till studieförbund\nNämnden beslutar att fördela bidraget.\n\n"
        "Dnr KFN 2023-000140\n; 8 5 Öppettider för biblioteken .\nNämnden beslutar att utöka öppettiderna.\n\n"
        "Dnr KFN 2023-000151\n8 6 Taxor för simhallen\nNämnden beslutar att anta taxorna.\n"
    )
    assert items(doc) == [
        ("§ 4", "KFN 2023-000112", "Bidrag till studieförbund"),
        ("§ 5", "KFN 2023-000140", "Öppettider för biblioteken"),
        ("§ 6", "KFN 2023-000151", "Taxor för simhallen"),
    ]


def test_speck_and_eight_without_a_case_line_is_no_paragraph():
    doc = run(
        "PROTOKOLL\nKultur- och fritidsnämnden\n\n"
        "§ 4 Bidrag till studieförbund\nNämnden beslutar att fördela bidraget.\nSommaren 2023 hade\n"
        ": 8 Öppna förskolor tog emot besökare.\n\n§ 5 Taxor\nNämnden beslutar att anta taxorna.\n"
    )
    assert [number for number, _, _ in items(doc)] == ["§ 4", "§ 5"]


# --- decisions ---------------------------------------------------------------------------------


def test_beslut_line_with_a_practical_detail_on_the_same_line_is_one_decision():
    doc = run(
        "Minnesanteckningar\nSpeciallärarnätverket\n\n"
        "1. Fortbildning i matematik\nUniversitetet erbjuder en kurs i taluppfattning.\n\n"
        "Beslut: Varje enhet skickar en speciallärare. Namnen lämnas till Maria senast 14/3.\n\n"
        "2. Övrigt\nBeslut: Nästa träff hålls i Tierp.\nKarin får i uppdrag att boka lokal.\n"
    )
    assert decided(doc) == [
        ("1.", "beslut", "Varje enhet skickar en speciallärare. Namnen lämnas till Maria senast 14/3."),
        ("2.", "beslut", "Nästa träff hålls i Tierp."),
        ("2.", "uppdrag", "Karin får i uppdrag att boka lokal."),
    ]


def test_beslut_line_with_a_task_on_the_same_line_stays_two_decisions():
    doc = run(
        "Minnesanteckningar\nSpeciallärarnätverket\n\n"
        "1. Fortbildning\nBeslut: Kursen genomförs i april. Karin får i uppdrag att boka lokal.\n\n"
        "2. Övrigt\nInga övriga frågor.\n"
    )
    assert decided(doc) == [
        ("1.", "beslut", "Kursen genomförs i april."),
        ("1.", "uppdrag", "Karin får i uppdrag att boka lokal."),
    ]
