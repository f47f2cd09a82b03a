"""Forms of sections and decisions met in held-out round 15, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------


def test_title_first_then_organ_and_a_sign_read_as_ampersand_after_a_speck():
    doc = run(
        "PROTOKOLL\nMiljönämnden\n\n"
        "Godkännande av föredragningslista . MN & 14\n"
        "Föredragningslistan godkänns.\n\n"
        "Tillsynsplan för 2026 MN & 15\nDnr MN 2025/00412\n"
        "Miljönämnden beslutar att anta tillsynsplanen.\n"
    )
    assert items(doc) == [
        ("§ 14", None, "Godkännande av föredragningslista"),
        ("§ 15", "MN 2025/00412", "Tillsynsplan för 2026"),
    ]


def test_title_first_then_organ_and_a_sign_read_as_five_glued_to_the_number():
    doc = run(
        "PROTOKOLL\nTekniska nämnden\n\n"
        "Vinterväghållning 2025/26 TN § 33\nDnr TN 2025/00071\nNämnden beslutar att anta planen.\n\n"
        "Remissvar om regional cykelplan TN 534\nDnr TN 2025/00090\n"
        "Nämnden beslutar att lämna yttrandet som sitt eget.\n"
    )
    assert items(doc) == [
        ("§ 33", "TN 2025/00071", "Vinterväghållning 2025/26"),
        ("§ 34", "TN 2025/00090", "Remissvar om regional cykelplan"),
    ]


def test_glued_five_without_a_case_number_below_is_no_paragraph():
    doc = run(
        "PROTOKOLL\nTekniska nämnden\n\n"
        "§ 33 Vinterväghållning\nDnr TN 2025/00071\nNämnden beslutar att anta planen.\n"
        "Antal plogade kilometer enligt TN 534\nVägarna plogades i tid.\n"
    )
    assert [number for number, _, _ in items(doc)] == ["§ 33"]


def test_numbered_notes_item_whose_dot_was_read_as_a_comma():
    doc = run(
        "Minnesanteckningar\nLedningsgruppen förskolan\n\n"
        "1. Dagordning\nDagordningen godkändes.\n\n"
        "2. Sjukfrånvaro\nFrånvaron har minskat sedan i våras.\n\n"
        "3, Planeringsdag i januari\nPlaneringsdagen hålls på Folkets hus.\n\n"
        "4. Nästa möte\nMötet hålls den 3 februari.\n"
    )
    assert [number for number, _, _ in items(doc)] == ["1.", "2.", "3.", "4."]
    assert items(doc)[2][2] == "Planeringsdag i januari"


def test_comma_after_a_number_out_of_sequence_is_no_item():
    doc = run(
        "Minnesanteckningar\nLedningsgruppen förskolan\n\n"
        "1. Dagordning\nDagordningen godkändes.\n\n"
        "2. Sjukfrånvaro\nFrånvaron har minskat.\n"
        "12, Sjuksköterskor anställdes under hösten.\n"
    )
    assert [number for number, _, _ in items(doc)] == ["1.", "2."]


def test_note_under_an_agenda_table_whose_sentence_ends_on_the_next_line_is_no_item():
    doc = run(
        "KALLELSE\nKultur- och fritidsnämnden\n\nNr Ärende Diarienummer\n"
        "1 Val av justerare\n2 Godkännande av dagordning\n3 Taxor för simhallen KFN 2025/0041\n"
        "Rapport från ungdomsrådet\n"
        "Punkt 3 presenteras av badchef Olle Persson och punkt 4 av handläggare Maria\n"
        "Svensson.\n\n"
        "Välkomna!\n"
    )
    titles = [title for _, _, title in items(doc)]
    assert not any("presenteras" in title for title in titles)
    assert titles[-1] == "Rapport från ungdomsrådet"


# --- decisions ---------------------------------------------------------------------------------


def test_att_clauses_that_task_an_officer_and_petition_a_higher_organ():
    doc = run(
        "PROTOKOLLSUTDRAG\nSocialnämnden\n\n§ 12 Boende för äldre\n\nBeslut\n\n"
        "Socialnämnden beslutar\n\n"
        "att uppdra till socialchefen att utreda behovet av platser,\n\n"
        "att hemställa hos kommunstyrelsen att tomten reserveras för boendet.\n"
    )
    assert [kind for _, kind, _ in decided(doc)] == ["uppdrag", "förslag"]


def test_signature_ink_read_as_digits_under_the_last_decision_is_no_decision():
    doc = run(
        "PROTOKOLL\nKulturnämnden\n\n§ 8 Redovisning av delegationsbeslut\nDnr KN 2025/0003\n\n"
        "Kulturnämndens beslut\n\nRedovisningen läggs till handlingarna.\n\n4 713\n"
    )
    assert decided(doc) == [("§ 8", "beslut", "Redovisningen läggs till handlingarna")]
