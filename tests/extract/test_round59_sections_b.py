"""Forms of sections and decisions met in held-out rounds 59-62, written anew by hand in other
words, names and kommuner: one small document per form, run through segmentation and extraction
as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- an extract's header table: a speck between the caption's words, the row without the organ ----

DATED_ROW = (
    "MALUNGS KOMMUN Utdrag ur sammanträdesprotokoll\n\n"
    "Kultur- och fritidsnämnden Sida 1 av 1\n"
    "Sammanträdesdatum Paragraf ; Diarienummer\n"
    "2026-04-14 § 52 KFN 2026/19\n\n"
    "Nytt bokningssystem för idrottshallar\n\n"
    "Ärendet\n\n"
    "Fritidschef Olle Svärd föredrar ärendet. Bokningssystemet är gammalt och ska bytas.\n\n"
    "Kultur- och fritidsnämndens beslut\n\n"
    "1. Nämnden inför ett nytt bokningssystem från och med den 1 september 2026.\n\n"
    "2. Fritidschefen får i uppdrag att teckna avtal med leverantören.\n\n"
    "Justerare Eva Lundin (S)\n\nRätt utdraget intygar\n\nKim Ahl, nämndsekreterare\n"
)


def test_the_row_under_a_caption_with_a_speck_gives_the_extracts_paragraph():
    doc = run(DATED_ROW)
    assert items(doc) == [("§ 52", "KFN 2026/19", "Nytt bokningssystem för idrottshallar")]
    assert decided(doc) == [
        ("§ 52", "beslut", "Nämnden inför ett nytt bokningssystem från och med den 1 september 2026"),
        ("§ 52", "uppdrag", "Fritidschefen får i uppdrag att teckna avtal med leverantören"),
    ]


# --- an extract's § line: the sign read as "&" and the number's first digit "1" read as a letter --


def test_a_one_read_as_a_letter_after_the_sign_keeps_the_paragraphs_number():
    for misread in ("i", "l", "I"):
        doc = run(
            "PROTOKOLLSUTDRAG Blad 1\nHallsbergs kommun Kommunstyrelsen\n\nSammanträdesdag 3 mars 2026\n\n"
            f"& {misread}27 : Ny idrottshall i Vretstorp\nDiarienummer KS 2026/0044\n\n"
            "Bakgrund\n\nHallen från 1972 behöver ersättas.\n\n"
            "Kommunstyrelsens beslut\n\n"
            "1. Tekniska förvaltningen får i uppdrag att ta fram ritningar.\n\n"
            "Expedieras till\nTekniska förvaltningen\n"
        )
        assert items(doc) == [("§ 127", "KS 2026/0044", "Ny idrottshall i Vretstorp")], misread


# --- "X ska återkomma med …": a task, though the administration is the subject -------------------


def test_an_administration_that_shall_come_back_with_something_is_given_a_task():
    doc = run(
        "PROTOKOLL\nKommunstyrelsen\n\n§ 9 Ny brandstation\nDnr KS 2026/8\n\n"
        "Kommunstyrelsens beslut\n\n"
        "1. Förvaltningen ska återkomma med en kostnadsberäkning senast den 2 juni 2026.\n\n"
        "2. Förslaget till placering godkänns.\n"
    )
    assert decided(doc) == [
        ("§ 9", "uppdrag", "Förvaltningen ska återkomma med en kostnadsberäkning senast den 2 juni 2026"),
        ("§ 9", "beslut", "Förslaget till placering godkänns"),
    ]


# --- an att-sats ended by a comma and specks OCR read after it ("protokollet, -:") ----------------


def test_a_clause_ended_by_a_comma_and_specks_is_a_clause_of_its_own():
    doc = run(
        "PROTOKOLL\nSocialnämnden\n\n§ 21 Justering och dagordning\n\nDnr SN 2026/2\n\n"
        "Socialnämnden beslutar :\n"
        "att utse Nils Ek (M) att jämte ordföranden justera protokollet, -:\n"
        "att godkänna dagordningen.\n\n"
        "§ 22 Budget\n\nSocialnämnden beslutar att anta budgeten.\n"
    )
    assert decided(doc)[:2] == [
        ("§ 21", "beslut", "utse Nils Ek (M) att jämte ordföranden justera protokollet"),
        ("§ 21", "beslut", "godkänna dagordningen"),
    ]


# --- an att-sats with a one-character speck before its "att" ------------------------------------


def test_a_speck_before_the_first_att_does_not_join_the_clauses():
    doc = run(
        "PROTOKOLL\nKultur- och fritidsnämnden\n\n§ 31 Verksamhetsberättelse 2025\n\nDnr KFN 2026/5\n\n"
        "Beslut\nKultur- och fritidsnämnden beslutar\n"
        "5 att godkänna verksamhetsberättelsen för 2025,\n\n"
        "att sända berättelsen till kommunstyrelsen.\n"
    )
    assert decided(doc) == [
        ("§ 31", "beslut", "godkänna verksamhetsberättelsen för 2025"),
        ("§ 31", "beslut", "sända berättelsen till kommunstyrelsen"),
    ]


# --- a report due at a dated meeting whose subject is the noun of the task's verb -----------------


def test_the_report_of_what_the_tasks_verb_makes_is_part_of_the_task():
    doc = run(
        "PROTOKOLL\nMiljönämnden\n\n§ 14 Buller vid hamnen\n\nDnr MN 2026/30\n\n"
        "Beslut\nMiljönämnden beslutar\n"
        "att ge miljöchefen i uppdrag att kartlägga bullret vid hamnen,\n"
        "att kartläggningen redovisas för nämnden den 9 september 2026.\n"
    )
    assert decided(doc) == [
        ("§ 14", "uppdrag", "ge miljöchefen i uppdrag att kartlägga bullret vid hamnen"),
        ("§ 14", "uppdrag", "kartläggningen redovisas för nämnden den 9 september 2026"),
    ]


# --- a lead whose space before the higher organ OCR read as a stop ("föreslår.kommunfullmäktige") --


def test_a_proposal_lead_with_its_space_read_as_a_stop_proposes():
    doc = run(
        "PROTOKOLL\nTekniska nämnden\n\n§ 40 Taxa för parkering\n\nDnr TN 2026/12\n\n"
        "Tekniska nämnden föreslår.kommunfullmäktige besluta\n\n"
        "att anta taxan för parkering enligt bilaga,\n\n"
        "att taxan gäller från och med den 1 mars 2026.\n"
    )
    assert decided(doc) == [
        ("§ 40", "förslag", "anta taxan för parkering enligt bilaga"),
        ("§ 40", "förslag", "taxan gäller från och med den 1 mars 2026"),
    ]


# --- a title wrapped onto a line of its own that holds only its year, the Dnr beside the title ----


def test_a_year_alone_under_a_titled_sign_line_ends_the_title():
    doc = run(
        "PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2026-02-17\n\n"
        "§ 6 Taxor inom hemtjänsten Dnr SN 2026/4\n2027\n\n"
        "Förvaltningen har räknat om taxorna.\n\nBeslut\nSocialnämnden beslutar att anta taxorna.\n\n"
        "§ 7 Delegationsbeslut\n\nSocialnämnden beslutar att lägga redovisningen till handlingarna.\n"
    )
    assert items(doc)[0] == ("§ 6", "SN 2026/4", "Taxor inom hemtjänsten 2027")


# --- informal minutes: a sentence with an OCR speck after its full stop is not a topic heading -----


def test_a_sentence_with_a_speck_after_its_stop_is_not_a_heading():
    doc = run(
        "Minnesanteckningar rektorsgruppen\n\nTisdag 3 februari 2026\n\n"
        "Närvarande: Eva Lind, Per Ek, Ali Noor\n\n"
        "Skolskjutsar\n\n"
        "Eva berättade om de nya turerna från Högsjö och Österåker som körs från och med mars.\n"
        "Två turer ändras så att eleverna hinner till första lektionen i Vingåkers skolor.\n"
        "Vingåker har inte svarat än. a\n"
        "Per kontaktar trafikbolaget om tiderna för eftermiddagens turer till Baggetorp.\n\n"
        "Lovskola\n\nAli informerade om lovskolan i juni och om vilka lärare som har anmält intresse.\n\n"
        "Övriga frågor\n\nInga övriga frågor togs upp på mötet, nästa möte hålls den 3 mars.\n"
    )
    assert [title for _, _, title in items(doc)] == ["Skolskjutsar", "Lovskola", "Övriga frågor"]
    assert ("Skolskjutsar", "uppdrag", "Per kontaktar trafikbolaget om tiderna för eftermiddagens turer till Baggetorp.") in decided(doc)


# --- a running header on a later page with specks OCR read from the logo before the document type --


def test_a_running_header_with_logo_specks_does_not_end_the_title_above_it():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-03-03\n\n"
        "§ 4 Budgetuppföljning\nKS 2026/1\n\nEkonomichefen redovisar utfallet.\n\n"
        "Arbetsutskottets beslut\nInformationen noteras.\n\n"
        "§ 5 Lägesrapport bredband\n\nJusterandes signatur Utdragsbestyrkande",
        "r I e - PROTOKOLL\nKommunstyrelsens arbetsutskott Blad 2\n\nSammanträdesdatum 2026-03-03\n\n"
        "KS 2026/7\nIT-chefen redovisar läget för utbyggnaden.\n\n"
        "Arbetsutskottets beslut\nInformationen noteras.\n\nJusterandes signatur Utdragsbestyrkande",
    )
    assert [(number, title) for number, _, title in items(doc)] == [
        ("§ 4", "Budgetuppföljning"),
        ("§ 5", "Lägesrapport bredband"),
    ]


# --- a decision block over the attendance list printed after the last § ------------------------


def test_the_attendance_list_after_the_last_decision_is_no_decision():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\n\n§ 8 Lägesrapport\nKS 2026/3\n\n"
        "Ekonomichefen redovisar utfallet.\n\nArbetsutskottets beslut\nInformationen noteras.\n\n"
        "Närvaroförteckning\n\nLedamöter Parti Anmärkning\n\nEva Lind, ordförande Närvarande\n\n"
        "Per Ek, vice ordförande M Närvarande\n"
    )
    assert decided(doc) == [("§ 8", "beslut", "Informationen noteras")]


# --- a note on where the matter goes next under an organ's proposal is no decision ----------------


def test_a_note_that_a_higher_organ_will_treat_the_matter_is_no_decision():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\n\n§ 3 Lokaler för kulturskolan\nKS 2026/9\n\n"
        "Kulturskolan behöver fler lokaler.\n"
        "Arbetsutskottets förslag till kommunstyrelsen :\n\n"
        "Kommunstyrelsen godkänner förhyrning av lokaler vid torget.\n\n"
        "Ärendet behandlas av kommunstyrelsen den 5 maj 2026.\n\n"
        "§ 4 Övrigt\n\nInga övriga frågor.\n"
    )
    assert [text for _, _, text in decided(doc)] == ["Kommunstyrelsen godkänner förhyrning av lokaler vid torget"]
