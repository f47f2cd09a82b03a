"""Forms of sections and decisions met in held-out rounds 47-50, written anew by hand in other
words, names and kommuner: one small document per form, run through segmentation and extraction
as the pipeline runs them."""

from __future__ import annotations

from pipeline.segment import case_number, heading_kind
from tests.extract.forms import decided, items, run

HEAD = "PROTOKOLL\nKultur- och fritidsnämnden\n\nSammanträdesdatum 2025-04-09\n\n"


# --- the organ's lead alone on its line at the end of the "Ärendet" block, over clauses without "att"


def test_the_organs_lead_closing_the_background_block_decides_over_its_bare_clauses():
    doc = run(
        HEAD + "§ 21 Uppföljning av biblioteksbesök\nKFN 2025/14\nÄrendet\n"
        "Bibliotekschefen redovisar besöken under första kvartalet. Besöken har minskat.\n"
        "Kultur- och fritidsnämnden beslutar att\n"
        "godkänna uppföljningen av biblioteksbesöken;\n"
        "ge bibliotekschefen i uppdrag att ta fram förslag på längre öppettider,\n"
        "förslaget redovisas för nämnden den 11 juni 2025.\n\n"
        "§ 22 Meddelanden\nKFN 2025/2\nKultur- och fritidsnämnden beslutar att\n"
        "lägga meddelandena till handlingarna.\n"
    )
    assert decided(doc) == [
        ("§ 21", "beslut", "godkänna uppföljningen av biblioteksbesöken"),
        ("§ 21", "uppdrag", "ge bibliotekschefen i uppdrag att ta fram förslag på längre öppettider"),
        ("§ 21", "uppdrag", "förslaget redovisas för nämnden den 11 juni 2025"),
        ("§ 22", "beslut", "lägga meddelandena till handlingarna"),
    ]


def test_a_background_block_telling_of_a_proposal_gives_no_decision():
    doc = run(
        HEAD + "§ 23 Taxor för lokaler\nKFN 2025/31\nFörslag till beslut\n"
        "Kultur- och fritidsnämnden beslutar att\nanta taxorna enligt bilaga.\n"
        "Yrkanden\nEva Ros (S) yrkar bifall till förslaget.\n"
    )
    assert decided(doc) == []


# --- a report due at a dated meeting of what the task before produces, a text due to the organ ----


def test_a_report_of_the_tasks_product_at_a_dated_meeting_and_a_text_due_to_the_organ_are_tasks():
    doc = run(
        HEAD + "§ 24 Medborgarförslag om skatepark\nKFN 2025/40\nBeslut\n"
        "Kultur- och fritidsnämnden beslutar\n"
        "att ge fritidschefen i uppdrag att bereda förslaget,\n"
        "att svaret ska vara nämnden till handa senast den 3 maj 2025,\n"
        "att ge fritidschefen i uppdrag att ta fram en kostnadskalkyl,\n"
        "att kalkylen redovisas för nämnden vid sammanträdet den 14 maj 2025.\n"
    )
    assert [kind for _, kind, _ in decided(doc)] == ["uppdrag", "uppdrag", "uppdrag", "uppdrag"]


def test_a_report_at_a_dated_meeting_of_no_tasks_product_and_a_text_due_to_another_body_are_decisions():
    doc = run(
        HEAD + "§ 25 Remiss om kollektivtrafik\nKFN 2025/41\nBeslut\n"
        "Kultur- och fritidsnämnden beslutar\n"
        "att anta förvaltningens yttrande som sitt eget,\n"
        "att yttrandet ska vara Region Norr till handa senast den 3 maj 2025,\n"
        "att ge fritidschefen i uppdrag att bjuda in föreningarna,\n"
        "att besöksstatistiken redovisas för nämnden den 14 maj 2025.\n"
    )
    assert [kind for _, kind, _ in decided(doc)] == ["beslut", "beslut", "uppdrag", "beslut"]


# --- the title on the line above a § line that carries only the diarienummer ----------------------


def test_titles_printed_above_their_paragraph_lines_are_the_titles():
    doc = run(
        "PROTOKOLL\nSocialnämndens arbetsutskott\nSammanträdesdatum 2025-02-04\n\n"
        "Justerare: Ola Berg\n\n"
        "Ny taxa för trygghetslarm\n"
        "“ § 12 Dnr SN 2025/7\n\n"
        "Förvaltningen har sett över taxan för trygghetslarm i hela kommunen och jämfört med\n"
        "grannkommunerna.\n"
        "Arbetsutskottet föreslår socialnämnden besluta\n"
        "att anta taxan för trygghetslarm.\n\n"
        "Riktlinjer för ekonomiskt bistånd\n"
        "§ 13 Dnr SN 2025/9\n"
        "Förvaltningen redovisar de nya riktlinjerna. Riktlinjerna gäller från 1 maj.\n"
        "Arbetsutskottet beslutar\n"
        "att godkänna redovisningen.\n\n"
        "Bidrag till pensionärsföreningen\n"
        "§ 14 Dnr SN 2025/11\n"
        "Föreningen söker 30 000 kronor för sin verksamhet.\n"
        "Arbetsutskottet beslutar\n"
        "att bevilja föreningen 20 000 kronor.\n"
    )
    assert items(doc) == [
        ("§ 12", "SN 2025/7", "Ny taxa för trygghetslarm"),
        ("§ 13", "SN 2025/9", "Riktlinjer för ekonomiskt bistånd"),
        ("§ 14", "SN 2025/11", "Bidrag till pensionärsföreningen"),
    ]
    assert decided(doc) == [
        ("§ 12", "förslag", "anta taxan för trygghetslarm"),
        ("§ 13", "beslut", "godkänna redovisningen"),
        ("§ 14", "beslut", "bevilja föreningen 20 000 kronor"),
    ]


def test_a_title_below_the_paragraph_line_stays_the_title():
    doc = run(
        HEAD + "Justerare: Ola Berg\n\n§ 30 Dnr KFN 2025/1\nVal av justerare\n"
        "Nämnden beslutar att utse Ola Berg att justera.\n\n"
        "§ 31 Dnr KFN 2025/5\nBidrag till föreningar\nNämnden beslutar att fördela bidragen.\n"
    )
    assert items(doc) == [("§ 30", "KFN 2025/1", "Val av justerare"), ("§ 31", "KFN 2025/5", "Bidrag till föreningar")]


# --- an agenda item whose presenter stands on the line under its diarienummer ---------------------


def test_the_presenter_on_the_line_under_an_agenda_item_is_no_part_of_its_title():
    doc = run(
        "KALLELSE\nSocialnämnden\n\nFöredragningslista\n"
        "1. Val av justerare\n"
        "2. Budgetuppföljning mars 2025, Dnr SN 2025/3 -\n"
        "föredragande Eva Lind, controller\n"
        "3. Riktlinjer för färdtjänst, Dnr SN 2025/12\n"
    )
    assert items(doc) == [
        ("1.", None, "Val av justerare"),
        ("2.", "SN 2025/3", "Budgetuppföljning mars 2025"),
        ("3.", "SN 2025/12", "Riktlinjer för färdtjänst"),
    ]


# --- "K$ 2025/41": an S of the diarienummer's series read as a dollar sign -------------------------


def test_a_dollar_sign_in_the_series_is_read_as_its_s():
    assert case_number("Dnr K$ 2025/41") == "KS 2025/41"
    assert case_number("Dnr $N 2025/41") == "SN 2025/41"


# --- "att a": a speck after the lead's "att" alone on its line, the clauses below without "att" ---


def test_a_speck_after_the_leads_att_keeps_the_bare_clauses_apart():
    doc = run(
        HEAD + "§ 25 Avtal om bad\nKFN 2025/50\nÄrendet\nAvtalet gäller i tre år.\n"
        "Yrkanden\nOla Berg (M) yrkar bifall.\n"
        "Nämnden föreslår kommunstyrelsen föreslå kommunfullmäktige besluta\n"
        "att a\n\n"
        "godkänna avtalet om simundervisning med Ekby och\n"
        "Västby kommuner,\n\n"
        "kostnaden ryms inom nämndens ram.\n"
    )
    assert decided(doc) == [
        ("§ 25", "förslag", "godkänna avtalet om simundervisning med Ekby och Västby kommuner"),
        ("§ 25", "förslag", "kostnaden ryms inom nämndens ram"),
    ]


# --- "Beslut SS": two capitals OCR read after the decision heading -------------------------------


def test_two_capitals_after_the_decision_heading_are_a_speck():
    assert heading_kind("Beslut SS") == "decision"
    assert heading_kind("Information SN") is None
    doc = run(
        HEAD + "§ 26 Sommaröppet i simhallen\nKFN 2025/60\nÄrendet\nSimhallen har varit stängd i juli.\n"
        "Beslut KK\nKultur- och fritidsnämnden beslutar att\n"
        "1. hålla simhallen öppen hela juli 2025,\n"
        "2. kostnaden ryms inom nämndens ram.\n"
    )
    assert decided(doc) == [
        ("§ 26", "beslut", "hålla simhallen öppen hela juli 2025"),
        ("§ 26", "beslut", "kostnaden ryms inom nämndens ram"),
    ]


# --- the organ's own proposal heading after the beslutsgång, its lead running on into the clause --


def test_the_organs_proposal_after_the_beslutsgang_with_its_clause_on_the_leads_line():
    doc = run(
        HEAD + "§ 27 Ny förbundsordning\nKFN 2025/70\n"
        "Förbundet har tagit fram en ny ordning.\n"
        "Yrkanden\nOla Berg (M) yrkar återremiss. Eva Ros (S) yrkar bifall.\n"
        "Beslutsgång\nOrdföranden finner att ärendet ska avgöras i dag.\n"
        "Arbetsutskottets förslag\n"
        "Arbetsutskottet föreslår kommunstyrelsen föreslå kommunfullmäktige att anta\n"
        "den nya förbundsordningen att gälla från den 1 juli 2025.\n"
        "Reservation\nOla Berg (M) reserverar sig.\n"
    )
    assert decided(doc) == [("§ 27", "förslag", "anta den nya förbundsordningen att gälla från den 1 juli 2025")]


# --- informal minutes: a paragraph ending in specks after its full stop, the task line below ------


def test_a_task_line_after_a_full_stop_with_specks_is_a_decision_of_its_own():
    doc = run(
        "Minnesanteckningar rektorsgruppen\n\n"
        "1. Lokaler\n\nMaria berättar att gymnastiksalen som skolan hyr renoveras i vår. : ;\n\n"
        "Maria tar med sig frågan till fastighetsavdelningen.\n\n"
        "2. Nästa möte\n\nNästa möte hålls den 5 maj.\n"
    )
    assert decided(doc) == [("1.", "uppdrag", "Maria tar med sig frågan till fastighetsavdelningen.")]


# --- "»« att …": a bullet OCR read as two marks ---------------------------------------------------


def test_a_bullet_read_as_two_marks_opens_its_att_sats():
    doc = run(
        HEAD + "§ 28 Regler för lokalbokning\nKFN 2025/80\nBeslut\nKultur- och fritidsnämnden beslutar\n"
        "« att anta reglerna för lokalbokning,\n"
        "« att reglerna gäller från den 1 juni 2025,\n"
        "»« att ge fritidschefen i uppdrag att följa upp reglerna.\n"
    )
    assert decided(doc) == [
        ("§ 28", "beslut", "anta reglerna för lokalbokning"),
        ("§ 28", "beslut", "reglerna gäller från den 1 juni 2025"),
        ("§ 28", "uppdrag", "ge fritidschefen i uppdrag att följa upp reglerna"),
    ]
