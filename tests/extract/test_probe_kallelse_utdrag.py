"""Robustness probes of kallelse and protokollsutdrag layouts, written anew by hand: agendas as
tables, numbered in several ways, with wrapped titles, subheadings, notes and OCR slips in the
item numbers; extracts with the paragraph sign on the title line, in a header table, after a
label or misread, decisions as numbered lists, and extracts of two or three paragraphs. Each
small document is run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

KALLELSE_HEAD = (
    "KALLELSE\n\nLindesnäs kommun\nMiljö- och byggnämnden\n\n"
    "Tid: Onsdagen den 6 maj 2026 kl. 13.30\nPlats: Stadshuset, rum Ekorren\n\n"
    "Föredragningslista\n\n"
)
KALLELSE_FOOT = "\n\nVälkomna!\n\nPer Ödman\nOrdförande\n"


def agenda(body: str):
    return items(run(KALLELSE_HEAD + body + KALLELSE_FOOT))


def test_agenda_table_with_number_column():  # guard
    got = agenda(
        "Nr\tÄrende\tDnr\tFöredragande\n"
        "1\tVal av justerare\t\t\n"
        "2\tGodkännande av dagordning\t\t\n"
        "3\tTillsynsplan för livsmedelskontroll 2026\tMBN 2026/12\tLena Roos\n"
        "4\tBygglov för förråd på fastigheten Ek 3:4\tMBN 2026/30\tOmar Said\n"
    )
    assert [t for _, _, t in got] == [
        "Val av justerare", "Godkännande av dagordning",
        "Tillsynsplan för livsmedelskontroll 2026", "Bygglov för förråd på fastigheten Ek 3:4",
    ]
    assert got[2][1] == "MBN 2026/12"


def test_agenda_numbered_with_parenthesis():  # guard
    got = agenda(
        "1) Val av justerare\n"
        "2) Taxa för offentlig kontroll\n"
        "3) Information om strandskydd\n"
    )
    assert [t for _, _, t in got] == ["Val av justerare", "Taxa för offentlig kontroll", "Information om strandskydd"]


# a greeting closing the kallelse ("Välkomna!") is no one-word agenda item
def test_agenda_with_paragraph_signs_and_a_greeting_below():
    got = agenda(
        "§ 1 Val av justerare\n"
        "§ 2 Taxa för offentlig kontroll\n"
        "§ 3 Information om strandskydd\n"
    )
    assert [t for _, _, t in got] == ["Val av justerare", "Taxa för offentlig kontroll", "Information om strandskydd"]


def test_agenda_punkt_numbers():  # guard
    got = agenda(
        "Punkt 1 Val av justerare\n"
        "Punkt 2 Taxa för offentlig kontroll\n"
        "Punkt 3 Information om strandskydd\n"
    )
    assert [t for _, _, t in got] == ["Val av justerare", "Taxa för offentlig kontroll", "Information om strandskydd"]


def test_agenda_arende_numbers():  # guard
    got = agenda(
        "Ärende 1 Val av justerare\n"
        "Ärende 2 Taxa för offentlig kontroll\n"
        "Ärende 3 Information om strandskydd\n"
    )
    assert [t for _, _, t in got] == ["Val av justerare", "Taxa för offentlig kontroll", "Information om strandskydd"]


def test_agenda_wrapped_title_and_dnr_on_own_line():  # guard
    got = agenda(
        "1. Val av justerare\n\n"
        "2. Yttrande över förslag till regional plan för\nvattenförsörjning i länet\n"
        "Dnr MBN 2026/41\n\n"
        "3. Delegationsbeslut\n"
    )
    assert got == [
        ("1.", None, "Val av justerare"),
        ("2.", "MBN 2026/41", "Yttrande över förslag till regional plan för vattenförsörjning i länet"),
        ("3.", None, "Delegationsbeslut"),
    ]


def test_agenda_with_subheadings_and_notes():  # guard
    got = agenda(
        "Beslutsärenden\n\n"
        "1. Taxa för offentlig kontroll\nFöredragande: Lena Roos\n\n"
        "2. Tillsynsplan 2026\nHandlingar bifogas\n\n"
        "Informationsärenden\n\n"
        "3. Information om strandskydd\nFöredragande: Omar Said\n\n"
        "4. Delegationsbeslut\n"
    )
    assert [t for _, _, t in got] == [
        "Taxa för offentlig kontroll", "Tillsynsplan 2026", "Information om strandskydd", "Delegationsbeslut",
    ]


# a list starting at item 2 takes the line above whose "1." OCR read as "l.", "I.", "|."
def test_agenda_with_misread_first_numbers():
    for one in ("l.", "I.", "|."):
        got = agenda(
            f"{one} Val av justerare\n\n"
            "2. Taxa för offentlig kontroll\n\n"
            "3. Information om strandskydd\n\n"
            "4. Delegationsbeslut\n"
        )
        assert [t for _, _, t in got] == [
            "Val av justerare", "Taxa för offentlig kontroll", "Information om strandskydd", "Delegationsbeslut",
        ], one


# an item whose number OCR lost is counted in; the greeting below the list is not
def test_agenda_with_lost_number():
    got = agenda(
        "1. Val av justerare\n\n"
        "Taxa för offentlig kontroll\n\n"
        "3. Information om strandskydd\n\n"
        "4. Delegationsbeslut\n"
    )
    assert [t for _, _, t in got][-2:] == ["Information om strandskydd", "Delegationsbeslut"]
    assert len(got) >= 3


UTDRAG_HEAD = "PROTOKOLLSUTDRAG\n\nBrunnby kommun\nKommunstyrelsen\n\nSammanträdesdatum 2026-03-17\n\n"
UTDRAG_BODY = (
    "Ärendet\n\nFörvaltningen föreslår att skolans kök byggs om.\n\n"
    "Kommunstyrelsens beslut\n\n"
    "Köket i Ängsskolan byggs om under sommaren 2026.\n\n"
    "Justerare Anna Berg (S)\n\nRätt utdraget intygar\n\nJan Holm, sekreterare\n"
)


def utdrag(head: str):
    return items(run(UTDRAG_HEAD + head + UTDRAG_BODY))


def test_utdrag_paragraph_on_title_line():  # guard
    for sign in ("§ 47", "$ 47", "§47", "S 47", "8 47"):
        got = utdrag(f"{sign} Ombyggnad av kök i Ängsskolan\nDnr KS 2026/88\n\n")
        assert got == [("§ 47", "KS 2026/88", "Ombyggnad av kök i Ängsskolan")], sign


def test_utdrag_paragraph_in_header_table():  # guard
    got = items(run(
        "Brunnby kommun\tPROTOKOLLSUTDRAG\nKommunstyrelsen\n\n"
        "Sammanträdesdatum\tParagraf\tDnr\n2026-03-17\t§ 47\tKS 2026/88\n\n"
        "Ombyggnad av kök i Ängsskolan\n\n" + UTDRAG_BODY
    ))
    assert got == [("§ 47", "KS 2026/88", "Ombyggnad av kök i Ängsskolan")]


# "Diarienummer" alone on its line with its value below: the title is the line after the value;
# "Justerare Name" on one line ends the decision
def test_utdrag_paragraph_after_label_alone():
    doc = run(UTDRAG_HEAD + "Paragraf\n§ 47\n\nDiarienummer\nKS 2026/88\n\nOmbyggnad av kök i Ängsskolan\n\n" + UTDRAG_BODY)
    assert items(doc) == [("§ 47", "KS 2026/88", "Ombyggnad av kök i Ängsskolan")]
    assert decided(doc) == [("§ 47", "beslut", "Köket i Ängsskolan byggs om under sommaren 2026")]


def test_utdrag_numbered_decision_after_beslut():  # guard
    doc = run(
        UTDRAG_HEAD + "§ 52 Skolskjuts för gymnasieelever\nDnr KS 2026/90\n\n"
        "Ärendet\n\nRiktlinjerna ses över.\n\n"
        "Beslut\n\n"
        "1. Riktlinjerna för skolskjuts antas.\n"
        "2. Barn- och utbildningsnämnden får i uppdrag att följa upp kostnaden.\n\n"
        "Expedieras\nBarn- och utbildningsnämnden\n"
    )
    assert items(doc) == [("§ 52", "KS 2026/90", "Skolskjuts för gymnasieelever")]
    assert [t for _, _, t in decided(doc)] == [
        "Riktlinjerna för skolskjuts antas",
        "Barn- och utbildningsnämnden får i uppdrag att följa upp kostnaden",
    ]


# "Kommunstyrelsen beslutar" alone on its line after the background opens the decision
def test_utdrag_numbered_decision_after_organ_beslutar():
    doc = run(
        UTDRAG_HEAD + "§ 53 Lokalförsörjningsplan\nDnr KS 2026/91\n\n"
        "Ärendet\n\nPlanen revideras årligen.\n\n"
        "Kommunstyrelsen beslutar\n\n"
        "1. Lokalförsörjningsplanen godkänns.\n\n"
        "2. Planen revideras nästa gång våren 2027.\n\n"
        "Justerare Anna Berg (S)\n"
    )
    assert items(doc) == [("§ 53", "KS 2026/91", "Lokalförsörjningsplan")]
    assert [t for _, _, t in decided(doc)][:1] == ["Lokalförsörjningsplanen godkänns"]
    assert decided(doc)[1] == ("§ 53", "beslut", "Planen revideras nästa gång våren 2027")


def test_utdrag_with_several_paragraphs():  # guard
    doc = run(
        "Utdrag ur protokoll\n\nBrunnby kommun\nBarn- och utbildningsnämnden\n\n"
        "Sammanträdesdatum 2026-03-18\n\n"
        "§ 21 Skolplacering i Norrby\nDnr BUN 2026/3\n\n"
        "Nämnden har fått in önskemål.\n\nBeslut\n\nNämnden godkänner placeringen.\n\n"
        "§ 22 Läsårstider 2026/2027\nDnr BUN 2026/5\n\n"
        "Förslag till läsårstider har tagits fram.\n\nBeslut\n\nLäsårstiderna fastställs.\n\n"
        "§ 23 Elevhälsoplan\nDnr BUN 2026/7\n\n"
        "Planen redovisas.\n\nBeslut\n\nInformationen läggs till handlingarna.\n\n"
        "Rätt utdraget intygar\n\nEva Nord\n"
    )
    assert items(doc) == [
        ("§ 21", "BUN 2026/3", "Skolplacering i Norrby"),
        ("§ 22", "BUN 2026/5", "Läsårstider 2026/2027"),
        ("§ 23", "BUN 2026/7", "Elevhälsoplan"),
    ]
    assert [n for n, _, _ in decided(doc)] == ["§ 21", "§ 22", "§ 23"]


def test_agenda_table_read_with_spaces_between_cells():  # guard
    got = agenda(
        "Nr   Ärende   Dnr   Föredragande\n"
        "1   Val av justerare\n"
        "2   Taxa för offentlig kontroll   MBN 2026/7   Lena Roos\n"
        "3   Tillsynsplan 2026   MBN 2026/12   Omar Said\n"
        "4   Delegationsbeslut\n"
    )
    assert [t for _, _, t in got] == ["Val av justerare", "Taxa för offentlig kontroll", "Tillsynsplan 2026", "Delegationsbeslut"]
    assert [c for _, c, _ in got] == [None, "MBN 2026/7", "MBN 2026/12", None]


# ... or as "7."
def test_agenda_first_number_read_as_seven():
    got = agenda(
        "7. Val av justerare\n\n"
        "2. Taxa för offentlig kontroll\n\n"
        "3. Information om strandskydd\n\n"
        "4. Delegationsbeslut\n"
    )
    assert [t for _, _, t in got] == [
        "Val av justerare", "Taxa för offentlig kontroll", "Information om strandskydd", "Delegationsbeslut",
    ]


def test_utdrag_of_two_paragraphs_with_misread_signs():  # guard
    doc = run(
        "Utdrag ur protokoll\n\nBrunnby kommun\nKommunstyrelsen\n\nSammanträdesdatum 2026-03-17\n\n"
        "$ 61 Taxa för bygglov\nDnr KS 2026/101\n\n"
        "Taxan har räknats om.\n\nBeslut\n\nKommunstyrelsen antar taxan.\n\n"
        "8 62 Arvoden för förtroendevalda\nDnr KS 2026/102\n\n"
        "Arvodena ses över.\n\nBeslut\n\nÄrendet återremitteras.\n\n"
        "Rätt utdraget intygar\n\nJan Holm\n"
    )
    assert items(doc) == [
        ("§ 61", "KS 2026/101", "Taxa för bygglov"),
        ("§ 62", "KS 2026/102", "Arvoden för förtroendevalda"),
    ]
    assert [n for n, _, _ in decided(doc)] == ["§ 61", "§ 62"]


# items whose numbers OCR lost at the end of the list, the last of them one word, are counted in
def test_agenda_losing_its_last_numbers_down_to_a_one_word_item():
    got = agenda(
        "1. Val av justerare\n\n"
        "2. Taxa för offentlig kontroll\n\n"
        "Tillsynsplan 2026\n\n"
        "Information om strandskydd\n\n"
        "Delegationsbeslut\n"
    )
    assert got == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Taxa för offentlig kontroll"),
        ("3.", None, "Tillsynsplan 2026"),
        ("4.", None, "Information om strandskydd"),
        ("5.", None, "Delegationsbeslut"),
    ]


# a misread "1." with a space before its dot, as the other numbers have
def test_agenda_with_spaced_dots_and_a_misread_first_number():
    got = agenda("l . Val av justerare\n\n2 . Taxa för offentlig kontroll\n\n3 . Information om strandskydd\n")
    assert [t for _, _, t in got] == ["Val av justerare", "Taxa för offentlig kontroll", "Information om strandskydd"]


# between items 2 and 4 with a presenter note under each, the one title line is item 3 whose number
# OCR lost without a trace, and item 4 still counts
def test_agenda_with_presenter_notes_and_a_number_lost_without_a_trace():
    got = agenda(
        "1. Val av justerare\nFöredragande: Per Ödman\n\n"
        "2. Taxa för offentlig kontroll\nFöredragande: Lena Roos\n\n"
        "Tillsynsplan 2026\nFöredragande: Omar Said\n\n"
        "4. Delegationsbeslut\n"
    )
    assert [(n, t) for n, _, t in got] == [
        ("1.", "Val av justerare"),
        ("2.", "Taxa för offentlig kontroll"),
        ("3.", "Tillsynsplan 2026"),
        ("4.", "Delegationsbeslut"),
    ]


# the header table's paragraph cell with its sign read as a letter or dollar ("S 47", "$ 47"): the
# sign is not taken for an organ or a speck, nor the number's first digit for the sign
def test_utdrag_header_row_with_the_sign_misread():
    for sign in ("S 47", "$ 47", "8 47"):
        doc = run(
            "Brunnby kommun\tPROTOKOLLSUTDRAG\nKommunstyrelsen\n\n"
            f"Sammanträdesdatum\tParagraf\tDnr\n2026-03-17\t{sign}\tKS 2026/88\n\n"
            "Ombyggnad av kök i Ängsskolan\n\n" + UTDRAG_BODY
        )
        assert items(doc) == [("§ 47", "KS 2026/88", "Ombyggnad av kök i Ängsskolan")], sign
