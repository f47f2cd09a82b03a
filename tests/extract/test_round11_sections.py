"""Forms of sections and decisions met in held-out round 11, written by hand in other words: one
small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import case_number
from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------


def test_case_number_with_a_two_digit_year_joined_by_a_hyphen():
    assert case_number("Skolskjuts på landsbygden FN-24/0152") == "FN-24/0152"
    assert case_number("se SFS-23/45") is None
    doc = run(
        "PROTOKOLLSUTDRAG\nFritidsnämnden\n\n"
        "& 41 Taxor för badhuset 2025 FN-24/0152\nNämnden beslutar att anta taxorna.\n"
    )
    assert items(doc) == [("§ 41", "FN-24/0152", "Taxor för badhuset 2025")]


def test_sign_read_as_s_and_a_hyphen_before_the_number():
    doc = run(
        "PROTOKOLL\nSocialnämnden\n\n"
        "S-14 Fastställande av dagordning\nNämnden godkänner dagordningen.\n\n"
        "& 15 Riktlinjer för bistånd\nSN 2024/88\nNämnden beslutar att anta riktlinjerna.\n"
    )
    assert items(doc) == [
        ("§ 14", None, "Fastställande av dagordning"),
        ("§ 15", "SN 2024/88", "Riktlinjer för bistånd"),
    ]
    assert ("§ 14", "beslut", "Nämnden godkänner dagordningen") in [(n, k, t.rstrip(".")) for n, k, t in decided(doc)]


def test_case_line_with_a_speck_before_the_year_and_a_full_stop_after_it():
    doc = run(
        "PROTOKOLL\nBarn- och utbildningsnämnden\n\n"
        "§ 7 Redovisning av delegationsbeslut\nBUN ~2024/33.\nBeslut: Redovisningen noteras.\n\n"
        "§ 8 Läsårstider\nBUN 2024/40\nBeslut: Läsårstiderna fastställs.\n"
    )
    assert items(doc) == [
        ("§ 7", "BUN 2024/33", "Redovisning av delegationsbeslut"),
        ("§ 8", "BUN 2024/40", "Läsårstider"),
    ]


def test_programme_with_each_time_on_a_line_above_its_title():
    doc = run(
        "Inbjudan till skoldag\nKultur- och utbildningsförvaltningen\n\nProgram\n"
        "13.00-13.10\nInledning\nLisa Holm, skolchef\n"
        "13.10-14.00 Anmälan\nMatematik i vardagen\nPer Nord, lektor\n"
        "14.00-14.30\nFika\n"
        "14.30-15.30\nVägen till en trygg skola - erfarenheter\nfrån fyra skolor\n"
        "\nFrågor\nRing skolkontoret.\n"
    )
    assert [title for _, _, title in items(doc)] == [
        "Inledning",
        "Matematik i vardagen",
        "Fika",
        "Vägen till en trygg skola - erfarenheter från fyra skolor",
    ]


def test_time_lines_in_running_text_make_no_programme():
    doc = run("Anteckningar\nDatum: 2024-03-01\n\n13.00\nVi började.\n15.00\nVi slutade.\n")
    assert not [s for s in doc.sections if s.kind == "topic"]


# --- decisions ---------------------------------------------------------------------------------


def test_sentences_of_a_decision_block_that_decide_without_a_lead():
    doc = run(
        "PROTOKOLL\nKulturnämnden\n\n§ 30 Biblioteksplan\nKN 2024/12\nKulturnämndens beslut\n"
        "Kulturnämnden fastställer biblioteksplanen för 2025-2028.\n"
        "Nämnden ger kulturchefen i uppdrag att följa upp planen årligen. Kulturnämnden föreslår vidare\n"
        "kommunstyrelsen att bokbussen ska finnas kvar.\n"
    )
    assert [(k, t) for _, k, t in decided(doc)] == [
        ("beslut", "Kulturnämnden fastställer biblioteksplanen för 2025-2028"),
        ("uppdrag", "Nämnden ger kulturchefen i uppdrag att följa upp planen årligen"),
        ("förslag", "bokbussen ska finnas kvar"),
    ]


def test_the_organs_own_decision_heading_after_its_proposals():
    doc = run(
        "PROTOKOLL\nKommunstyrelsen\n\n§ 51 Ny förskola i Väster\nKS 2024/301\n"
        "Kommunstyrelsens förslag till kommunfullmäktige\n1. Investeringen om 40 miljoner kronor beviljas.\n"
        "Kommunstyrelsens eget beslut\n2. Fastighetskontoret uppdras att upphandla bygget.\n"
    )
    assert [(k, t) for _, k, t in decided(doc)] == [
        ("förslag", "Investeringen om 40 miljoner kronor beviljas"),
        ("uppdrag", "Fastighetskontoret uppdras att upphandla bygget"),
    ]


def test_a_members_motion_is_no_decision_and_a_damaged_fullmaktige_still_proposes():
    doc = run(
        "PROTOKOLL\nKommunstyrelsen\n\n§ 60 Motion om solceller\nKS 2024/77\n"
        "Per Lind (MP) föreslår i en motion att alla skolor ska ha solceller på taken.\n"
        "Kommunstyrelsen föreslår Kornmunfu llrnäktige besluta att motionen avslås.\n"
        "Reservationer: Per Lind (MP) reserverar sig.\n"
    )
    assert [(k, t) for _, k, t in decided(doc)] == [("förslag", "motionen avslås")]


def test_two_att_clauses_joined_by_samt_att():
    doc = run(
        "PROTOKOLL\nGymnasienämnden\n\n§ 9 Uppföljning av frånvaro\nGN 2024/5\nBeslut\n"
        "Gymnasienämnden beslutar att godkänna uppföljningen, samt att uppdra åt förvaltningen att\n"
        "redovisa åtgärderna i december.\n"
    )
    assert [(k, t) for _, k, t in decided(doc)] == [
        ("beslut", "godkänna uppföljningen"),
        ("uppdrag", "uppdra åt förvaltningen att redovisa åtgärderna i december"),
    ]


def test_an_arrow_bullet_action_line_that_sends_out():
    doc = run(
        "Minnesanteckningar\nRektorsgruppen\nDatum: 2024-01-15\n\n"
        "1. Schema för våren\nVi gick igenom schemat.\n\n> Lisa skickar ut schemat till alla lärare.\n\n"
        "2. Övrigt\nInga frågor.\n"
    )
    assert ("1.", "uppdrag", "Lisa skickar ut schemat till alla lärare.") in decided(doc)
