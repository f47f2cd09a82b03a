"""Rounds 47-50's date forms, written anew: a day from which something applies inside a task's
clauses, page numbers after "Sid" and "Blad", a speck after "gav den", a year past a blank line in
a task sentence, a day before the meeting in a task sentence of minutes, a justering on the
meeting's own day, an extract's certification in one word; a logo's kommun split where two letters
were lost, a participle in "-erad" that is no "råd", and a kommun in running text whose initial OCR
set apart."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run


def _kinds(doc):
    return {(d.date, d.kind) for d in doc.dates}


PROTOCOL = "Tranås kommun\tSAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämnden\nSammanträdesdatum 2025-11-12\n\n"


def test_a_day_from_which_something_applies_among_a_tasks_clauses_is_no_deadline():
    doc = run(
        PROTOCOL + "§ 71 Studiero i grundskolan\nDnr BUN 2025/88\n\nBeslut\nBarn- och utbildningsnämnden beslutar att\n"
        "ge förvaltningschefen i uppdrag att ta fram en plan för studiero,\n"
        "planen redovisas för nämnden den 10 februari 2026,\n"
        "mobilförbudet gäller från och med den 1 januari 2026.\n"
    )
    assert (dt.date(2026, 1, 1), "event") in _kinds(doc)
    assert (dt.date(2026, 2, 10), "deadline") in _kinds(doc)


def test_page_numbers_after_sid_and_blad_are_no_dates():
    for word in ("Sid", "Blad"):
        doc = run(
            f"Tranås kommun\tPROTOKOLL {word} 1/2\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-11-12\n\n"
            "§ 80 Budget\nArbetsutskottet beslutar att godkänna budgeten.\n"
        )
        assert all((d.date.month, d.date.day) != (2, 1) for d in doc.dates), word


def test_a_day_a_task_was_given_with_a_speck_after_den_is_no_deadline():
    doc = run(
        PROTOCOL + "§ 72 Skolskjuts\nDnr BUN 2025/90\n\nNämnden gav den':14 maj 2025 förvaltningen i uppdrag att se över\n"
        "skolskjutsen. Förvaltningen har nu gjort det.\n\nBeslut\nNämnden beslutar att lägga redovisningen till handlingarna.\n"
    )
    assert (dt.date(2025, 5, 14), "reference") in _kinds(doc)


def test_a_tasks_due_day_whose_year_ocr_put_past_a_blank_line():
    doc = run(
        PROTOCOL + "§ 73 Ekonomi\nDnr BUN 2025/91\n\nBeslut\nNämnden beslutar att förvaltningschefen får i uppdrag att "
        "ta fram förslag på åtgärder\ntill nämndens sammanträde den 3 december\n\n2025.\n\n§ 74 Övrigt\n"
        "Nämnden beslutar att lägga informationen till handlingarna.\n"
    )
    assert (dt.date(2025, 12, 3), "deadline") in _kinds(doc)


def test_the_day_before_the_meeting_when_a_task_was_given_is_a_reference():
    doc = run(
        PROTOCOL + "§ 75 Fritidshem\nDnr BUN 2025/92\n\nÄrendebeskrivning\n"
        "Vid sammanträdet den 17 september 2025 gav nämnden förvaltningen i uppdrag att utreda\n"
        "fritidshemmens öppettider.\n\nBeslut\nNämnden beslutar att lägga utredningen till handlingarna.\n"
    )
    assert (dt.date(2025, 9, 17), "reference") in _kinds(doc)


def test_a_justering_on_the_meetings_own_day_is_other():
    doc = run(
        "Tranås kommun\nUtdrag ur protokoll\nfört vid barn- och utbildningsnämndens sammanträde onsdagen den 12 november 2025\n\n"
        "§ 76 Läsårstider\nNämnden beslutar att fastställa läsårstiderna.\n\nJusterat 2025-11-12\nEva Lind (S)\n"
    )
    assert ("2025-11-12", dt.date(2025, 11, 12), "other") in {(d.text, d.date, d.kind) for d in doc.dates}


def test_an_extracts_certification_in_one_word_is_other():
    doc = run(
        PROTOCOL + "§ 77 Läsårstider\nNämnden beslutar att fastställa läsårstiderna.\n\n"
        "Utdragsbestyrkande Karin Berg, nämndsekreterare, 2025-11-19\n"
    )
    assert (dt.date(2025, 11, 19), "other") in _kinds(doc)


def test_a_logo_name_split_where_ocr_lost_two_letters():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL Blad 1\nHa stads kommun Kommunstyrelsens arbetsutskott\n\nSammanträdesdatum 2025-05-13\n\n"
        "§ 50 Dagordning\nArbetsutskottet beslutar att godkänna dagordningen. Frågan gäller också Kungsbacka kommun.\n"
    )
    assert doc.municipality == "Halmstad"


def test_a_participle_ending_like_rad_is_no_organ():
    doc = run(
        "Barn- och utbildningsförvaltningen\nSvalövs kommun\n\nInbjudan till läsdag\n"
        "Vi delar erfarenheter och får ny forskning presenterad.\n\nTid: onsdag 4 mars 2026, kl. 13.00–16.00\n"
        "Plats: Medborgarhuset\n"
    )
    assert doc.organ != "Presenterad"


def test_a_kommun_in_running_text_whose_initial_ocr_set_apart():
    doc = run(
        "Malå kommun\n\nMinnesanteckningar rektorsgruppen\nTisdag 10 mars 2026, kl. 13.00-15.00, Kommunhuset\n\n"
        "Närvarande\nEva Ek, rektor\nBo Lind, rektor\nAnna Berg, rektor\nPer Ås, rektor\n\n1. Föregående anteckningar\n"
        "Anteckningarna lades till handlingarna.\n\n2. Nationella prov\nSkolan har lånat datorer av S orsele kommun för provveckan.\n"
    )
    assert "Sorsele" in {m.normalized for m in doc.mentions if m.kind == "municipality"}
