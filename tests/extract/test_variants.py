"""Layouts and forms of Swedish minutes beyond the samples, written by hand: one small document
per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.document import Document, Page
from pipeline.segment import case_number, segment
from tests.extract.forms import person, run


def paragraphs(doc: Document) -> list[tuple[str | None, str | None, str]]:
    return [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "paragraph"]


# --- § headings and case numbers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dnr BUN 2022/33", "BUN 2022/33"),
        ("Diarienr BUN/2021:33", "BUN/2021:33"),
        ("Dnr. 2021.123", "2021.123"),
        ("Diarienummer: 2021/12", "2021/12"),
        ("UN 2023-00045", "UN 2023-00045"),
        ("KS 2022/145", "KS 2022/145"),
        ("Mötet 2023-05-12 kl 9", None),  # a date is no case number
        ("under läsåret 2021/22", None),
        ("Yttrande över SOU 2020:28 Dnr BUN 2020/5", "BUN 2020/5"),  # an inquiry is cited, not a case
        ("enligt SFS 2010:800", None),
        ("Dnr KS 2020/1043-2", "KS 2020/1043-2"),
        ("Dnr KN 21/104", "KN 21/104"),  # a two-digit year after the word
        ("KN 21/104", None),
    ],
)
def test_case_number_forms(text, expected):
    assert case_number(text) == expected


def test_number_before_the_sign():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\nDatum\nOnsdagen den 14 september 2022\n"
        "12 § Ekonomisk rapport\nKS 2022/145\nArbetsutskottet beslutar att lägga rapporten till handlingarna.\n"
        "13 § Motion om cykelbanor\nKS 2022/160\n"
        "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta att avslå motionen.\n"
    )
    assert paragraphs(doc) == [
        ("§ 12", "KS 2022/145", "Ekonomisk rapport"),
        ("§ 13", "KS 2022/160", "Motion om cykelbanor"),
    ]
    assert doc.doc_type == "protokoll"
    assert [(d.kind, d.text) for d in doc.decisions] == [
        ("beslut", "lägga rapporten till handlingarna"),
        ("förslag", "avslå motionen"),
    ]


def test_case_number_after_the_title_and_on_its_own_line():
    doc = run(
        "Gymnasienämnden\nProtokoll\n2021-11-18\n"
        "§ 23 Skolorganisation 2023 Diarienr BUN/2022:12\nBeslut\nNämnden beslutar att lägga ned Byskolan.\n"
        "§ 24\nDnr. 2021.123\nVal av ombud\nBeslut\nNämnden beslutar att välja Ola Berg.\n"
    )
    assert paragraphs(doc) == [("§ 23", "BUN/2022:12", "Skolorganisation 2023"), ("§ 24", "2021.123", "Val av ombud")]


def test_a_title_that_is_also_a_subheading_word():
    doc = run(
        "Kommunstyrelsen\nPROTOKOLL\n2022-03-15\n§ 30 Dnr KS 2022/1\nInformation\nKommunstyrelsen beslutar att notera informationen.\n"
    )
    assert paragraphs(doc) == [("§ 30", "KS 2022/1", "Information")]


# --- organ names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "organ"),
    [
        ("Ledningsgruppen för elevhälsa\nMinnesanteckningar", "Ledningsgruppen för elevhälsa"),
        ("Minnesanteckningar\nSkolchefsnätverket Skaraborg", "Skolchefsnätverket Skaraborg"),
        ("Eksjö kommun\nMinnesanteckningar rektorsgruppen grundskola", "Rektorsgruppen grundskola"),
        ("MÖTESANTECKNINGAR\nSkolchefsnätverket i Fyrbodal", "Skolchefsnätverket i Fyrbodal"),
        ("Rektorsgruppen Minnesanteckningar 2023-03-08", "Rektorsgruppen"),  # the cue is no part of it
        ("Skara kommun Utbildningsnämnden", "Utbildningsnämnden"),
    ],
)
def test_a_group_keeps_the_words_of_its_name(heading, organ):
    doc = run(f"{heading}\nDatum: 2023-03-08\nPlats: Skövde\nText om mötet.\n")
    assert doc.organ == organ


# --- attendance --------------------------------------------------------------------------------


def test_one_name_and_kommun_per_line_under_a_heading():
    doc = run(
        "Minnesanteckningar\nDatum: 2022-10-05\nDeltagare\nAnna Lund, Uddevalla\nPer Sten, Trollhättan\n1. Inledning\nText.\n"
    )
    assert [(p.name, p.attendance, p.affiliation) for p in doc.people] == [
        ("Anna Lund", "närvarande", "Uddevalla"),
        ("Per Sten", "närvarande", "Trollhättan"),
    ]


def test_label_grid_headings_on_their_own_lines():
    doc = run(
        "Barn- och utbildningsnämnden\nSammanträdesdatum: 2022-05-03\n"
        "Närvarande ledamöter\nAnna-Karin Lind-Berg (S), ordförande\nPer von Essen (M)\n"
        "Tjänstgörande ersättare\nLena Sjö (V)\nEj tjänstgörande ersättare\nKarl Ström (SD)\n"
        "§ 21 Val av justerare\nBeslut\nNämnden beslutar att utse Per von Essen.\n"
    )
    got = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert got == {
        "Anna-Karin Lind-Berg": ("S", ["ordförande"], "beslutande"),
        "Per von Essen": ("M", ["ledamot"], "beslutande"),
        "Lena Sjö": ("V", ["ersättare"], "beslutande"),
        "Karl Ström": ("SD", ["ersättare"], "ersättare"),
    }


# --- decisions ---------------------------------------------------------------------------------


def test_att_satser_one_per_line_after_a_bare_lead():
    doc = run(
        "Barn- och utbildningsnämnden\nSammanträdesdatum: 2022-05-03\n§ 22 Budgetuppföljning\nBeslut\n"
        "Nämnden beslutar\natt godkänna budgetuppföljningen,\n"
        "att förvaltningschefen får i uppdrag att återkomma med en\nåtgärdsplan senast den 15 juni, samt\n"
        "att föreslå kommunfullmäktige att anta planen.\n"
    )
    assert [(d.kind, d.text) for d in doc.decisions] == [
        ("beslut", "godkänna budgetuppföljningen"),
        ("uppdrag", "förvaltningschefen får i uppdrag att återkomma med en åtgärdsplan senast den 15 juni"),
        ("förslag", "föreslå kommunfullmäktige att anta planen"),
    ]


def test_a_proposal_is_not_a_decision_until_adopted():
    doc = run(
        "Utbildningsnämnden\nSammanträdesdatum: 2022-05-03\n§ 23 Skolorganisation\n"
        "Förslag till beslut\nFörvaltningen föreslår att nämnden beslutar att lägga ned Byskolan.\n"
        "Yrkanden\nPer Ek (M) yrkar bifall till förvaltningens förslag.\n"
        "Beslut\nNämnden beslutar att lägga ned Byskolan från och med den 1 augusti 2023.\n"
        "Reservation\nKarl Ström (SD) reserverar sig mot beslutet.\n"
    )
    assert [d.text for d in doc.decisions] == ["lägga ned Byskolan från och med den 1 augusti 2023"]
    assert doc.meeting_date == dt.date(2022, 5, 3)


def test_signature_block_with_dotted_lines_and_names_below():
    doc = run(
        "Kommunstyrelsen\nProtokoll 2023-02-07\n§ 1 Taxor\nKommunstyrelsen beslutar att anta taxor.\nUnderskrifter\n"
        "Sekreterare .........................\nPeter Lund\nOrdförande .........................\nJohan Abrahamsson\n"
        "Justerande _________________________\nEva Lindqvist\n"
    )
    assert {p.name: p.roles for p in doc.people} == {
        "Peter Lund": ["sekreterare"],
        "Johan Abrahamsson": ["ordförande"],
        "Eva Lindqvist": ["justerare"],
    }


def test_signature_captions_under_the_names():
    doc = run(
        "Kommunstyrelsen\nProtokoll 2023-02-07\n§ 1 Taxor\nKommunstyrelsen beslutar att anta taxor.\n"
        "Peter Lund\tJohan Abrahamsson\tEva Lindqvist\nSekreterare\tOrdförande\tJusterande\n"
    )
    assert {p.name: p.roles for p in doc.people} == {
        "Peter Lund": ["sekreterare"],
        "Johan Abrahamsson": ["ordförande"],
        "Eva Lindqvist": ["justerare"],
    }


def test_a_task_given_by_the_lead_verb():
    doc = run(
        "Kommunstyrelsen\nSammanträdesdatum 2023-02-07\n§ 2 KS 2023/8\nUppdrag om ny förskola\nBeslut:\n"
        "Kommunstyrelsen uppdrar åt kommundirektören att ta fram ett förslag till ny förskola.\n"
        "Protokollsanteckning\nSocialdemokraterna lämnar en protokollsanteckning.\n"
    )
    assert [(d.kind, d.text) for d in doc.decisions] == [("uppdrag", "ta fram ett förslag till ny förskola")]


def test_a_group_name_ends_at_its_comma():
    doc = run("Minnesanteckningar\nLedningsgrupp förskola, Lidköpings kommun\nDatum: Tisdag 4/10 2022\nText.\n")
    assert doc.organ == "Ledningsgrupp förskola"
    assert doc.meeting_date == dt.date(2022, 10, 4)


# --- meeting date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        (
            "Utskrift 2023-06-01\nKultur- och fritidsnämnden\nProtokoll från sammanträde 2023-05-30\n",
            dt.date(2023, 5, 30),
        ),
        ("PROTOKOLL\n2019-04-02\nGymnasienämnden\nAnslag\nAnslaget sätts upp 2019-04-09.\n", dt.date(2019, 4, 2)),
        ("Justeringsdatum 2022-11-08\nKommunfullmäktige\nSammanträdesdatum 2022-10-31\n", dt.date(2022, 10, 31)),
        ("Skickat 2022-03-10\nKommunstyrelsen\nProtokoll 2022-03-08\n", dt.date(2022, 3, 8)),
        ("Kommunstyrelsen\tSammanträdesdatum\n\t2022-02-01\nProtokoll\n", dt.date(2022, 2, 1)),
        ("Socialnämnden\nTid: Måndagen den 3 maj 2022 kl. 13.30–16.00\n", dt.date(2022, 5, 3)),
        ("Protokoll\nTid\n2020-09-22 kl. 18:00\nPlats\nKommunhuset\n", dt.date(2020, 9, 22)),
    ],
)
def test_meeting_date_forms(opening, date):
    body = "Plats: Stadshuset\nBeslutande\nAnna Ek (S)\n§ 1 Taxor\nNämnden beslutar att anta taxor.\nText.\nMer text.\nSlut.\n"
    assert run(opening + body).meeting_date == date


# --- more § heading layouts ----------------------------------------------------------------------


def test_heading_layouts_of_one_protocol():
    doc = run(
        "Lerums kommun\nPROTOKOLL\nUtbildningsnämnden\nSammanträdesdatum 2022-06-09\n"
        "§ 47\tDnr 2022/212\tVal av justerare\nNämnden beslutar att utse Ola Ek att justera.\n"
        "§ 48 Budget 2023 (UN 2022/145)\nNämnden beslutar att anta budgeten.\n"
        "§ 49\nVAL AV ORDFÖRANDE I\nREFERENSGRUPPEN\nNämnden beslutar att välja Eva Ek.\n"
        "§ 50 Ärendenummer UN 2022/150\nInformation om skolval\nNämnden beslutar att notera informationen.\n"
        "§ 51 Dnr UN 2022/151 Anmälan av delegationsbeslut och\nmeddelanden\nNämnden beslutar att lägga den till handlingarna.\n"
    )
    assert paragraphs(doc) == [
        ("§ 47", "2022/212", "Val av justerare"),
        ("§ 48", "UN 2022/145", "Budget 2023"),
        ("§ 49", None, "VAL AV ORDFÖRANDE I REFERENSGRUPPEN"),
        ("§ 50", "UN 2022/150", "Information om skolval"),
        ("§ 51", "UN 2022/151", "Anmälan av delegationsbeslut och meddelanden"),
    ]
    assert len(doc.decisions) == 5


def test_ocr_paragraph_signs_and_a_law_reference_in_the_text():
    doc = run(
        "Socialnämnden\nSammanträdesprotokoll 2023-05-17\n$ 12 Dnr SN 2023/5\nVal av justerare\n"
        "Socialnämnden beslutar att utse Eva Ek.\nEnligt 8 kap. 12 § socialtjänstlagen ska nämnden pröva ärendet.\n"
        "8 13 Dnr SN 2023/6\nEkonomisk uppföljning\nSocialnämnden beslutar att godkänna uppföljningen.\n"
        "S 14\nRiktlinjer för bistånd\nSocialnämnden beslutar att anta riktlinjerna.\n"
    )
    assert paragraphs(doc) == [
        ("§ 12", "SN 2023/5", "Val av justerare"),
        ("§ 13", "SN 2023/6", "Ekonomisk uppföljning"),
        ("§ 14", None, "Riktlinjer för bistånd"),
    ]


def test_the_sign_written_as_a_word():
    doc = run(
        "Kommunstyrelsen\nProtokoll 2022-02-01\nParagraf 3 Dnr KS 2022/1\nTaxor\nKommunstyrelsen beslutar att anta taxor.\n"
        "Paragraf 4 Dnr KS 2022/2\nAvgifter\nKommunstyrelsen beslutar att anta avgifter.\n"
    )
    assert paragraphs(doc) == [("§ 3", "KS 2022/1", "Taxor"), ("§ 4", "KS 2022/2", "Avgifter")]


def test_items_numbered_with_the_word_arende():
    doc = run(
        "Tjörns kommun\nSammanträdesprotokoll\nBarn- och utbildningsnämnden 2021-02-16\n"
        "Ärende 1\nVal av justerare\nNämnden beslutar att utse Per Ek.\n"
        "Ärende 2 Dnr BUN 2021/5\nLäsårstider\nNämnden beslutar att fastställa läsårstider.\n"
    )
    topics = [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"]
    assert topics == [("Ärende 1", None, "Val av justerare"), ("Ärende 2", "BUN 2021/5", "Läsårstider")]


def test_kallelse_items_with_the_word_arende_and_case_numbers_in_brackets():
    doc = run(
        "Ljungby kommun\nKallelse\nTekniska nämnden\nTid Tisdagen den 5 mars 2024 kl. 13.00\n"
        "Plats Rådhuset, lilla salen\nÄrenden\n\n"
        "Ärende 1. Val av justerare\n\nÄrende 2. Gatubelysning i Hov (TN 2024/31)\n"
        "Ärende 3. Snöröjning, uppföljning (TN 2023/207)\n\n"
        "Ärende 2 föredras av trafikingenjör Mikael Holm.\n\nLisa Öberg (C) Anton Hed\nordförande nämndsekreterare\n"
    )
    topics = [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"]
    assert topics == [
        ("Ärende 1", None, "Val av justerare"),
        ("Ärende 2", "TN 2024/31", "Gatubelysning i Hov"),
        ("Ärende 3", "TN 2023/207", "Snöröjning, uppföljning"),
    ]
    roles = {p.name: p.roles for p in doc.people}
    assert roles["Mikael Holm"] == ["trafikingenjör", "föredragande"]
    assert roles["Lisa Öberg"] == ["ordförande"] and roles["Anton Hed"] == ["sekreterare"]


# --- attendance lists ----------------------------------------------------------------------------


def test_name_and_school_grid_without_a_column_gap():
    doc = run(
        "Borås stad\nMinnesanteckningar från rektorsträff förskola\nOnsdag 3 maj 2023, kl. 9.00-11.00\n\n"
        "Deltagare\n\nSanna Lindqvist Hultaforsskolan\n\nJohan Berg Sjöbovallens förskola\n\n"
        "Frånvarande: Eva Holm, Daltorpsskolan\n\n1. Lokaler\nVi gick igenom lokalerna.\n"
    )
    got = {p.name: (p.attendance, p.affiliation) for p in doc.people}
    assert got["Sanna Lindqvist"] == ("närvarande", "Hultaforsskolan")
    assert got["Eva Holm"] == ("frånvarande", "Daltorpsskolan")
    assert "Sanna Lindqvist Hultaforsskolan" not in got


def test_label_column_read_before_paragraphs_of_names():
    """OCR reads the label column ("Sammanträde", "Plats", "Närvarande ledamöter", …) first, then the
    page header's date, then each label's value as a running paragraph separated by ';'."""
    doc = run(
        "Ronneby kommun  Kulturnämnden\n\nSammanträde\nPlats\nNärvarande\nledamöter\n\n"
        "Närvarande\nersättare\nÖvriga närvarande\n\n1 (3)\n2023-04-13\n\nSammanträdesprotokoll\n\n"
        "Onsdagen den 12 april 2023, kl. 13.00-15.30\nKulturhuset, rum Eken\n\n"
        "Berit Hall (S), ordförande; Jonas Ek (M), vice\nordförande; Ali Demir (C); Stina\n"
        "Moberg (V) ersätter Per Lund (S)\n\nTove Rask (L); Emil Sand (SD)\n\n"
        "Karin Falk, kulturchef; Mats Ring, sekreterare\n\n§ 12 Val av justerare\n"
    )
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Berit Hall"] == (["ordförande"], "beslutande")
    assert got["Ali Demir"][1] == "beslutande"
    assert got["Stina Moberg"][1] == "beslutande"
    assert got["Per Lund"][1] == "frånvarande"
    assert got["Tove Rask"][1] == "ersättare" and got["Emil Sand"][1] == "ersättare"
    assert got["Karin Falk"] == (["kulturchef"], "övrig")


def test_comma_lists_with_roles_in_parentheses_and_particles():
    doc = run(
        "Utbildningsnämnden\nSammanträdesdatum 2022-06-09\n"
        "Beslutande: Eva Ek (S) (ordf.), Ola Berg (M) (vice ordf.), Nils Ahl (M) ersätter Karin Dahl (M), "
        "Sara Lind (L) §§ 40-42\n"
        "Ersättare: Pia Nord (S), Tom Ek (V)\n"
        "Övriga närvarande: Maria Svensson, förvaltningschef, Johan de la Motte, controller, "
        "Lena Berg, rektor Norra skolan\n"
        "Sekreterare: Kim Strand\n§ 40 Dnr UN 2022/1\nVal av justerare\nBeslut\nNämnden beslutar att utse Sara Lind.\n"
    )
    got = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert got == {
        "Eva Ek": ("S", ["ordförande"], "beslutande"),
        "Ola Berg": ("M", ["vice ordförande"], "beslutande"),
        "Nils Ahl": ("M", ["ersättare"], "beslutande"),
        "Karin Dahl": ("M", ["ledamot"], "frånvarande"),
        "Sara Lind": ("L", ["ledamot"], "beslutande"),
        "Pia Nord": ("S", ["ersättare"], "ersättare"),
        "Tom Ek": ("V", ["ersättare"], "ersättare"),
        "Maria Svensson": (None, ["förvaltningschef"], "övrig"),
        "Johan de la Motte": (None, ["controller"], "övrig"),
        "Lena Berg": (None, ["rektor"], "övrig"),
        "Kim Strand": (None, ["sekreterare"], "övrig"),
    }


def test_one_person_per_line_with_role_and_kommun():
    doc = run(
        "Minnesanteckningar från skolchefsnätverket i Sjuhärad\n2023-01-19, kl 9.00-12.00\nNärvarande:\n"
        "Anna Ek, skolchef, Borås\nPer Holm, barn- och utbildningschef, Mark\n"
        "Lisa Strand, Sjuhärads kommunalförbund (sekreterare)\nEj närvarande: Olle Ny, Tranemo\n"
        "1. Välkommen\nAnna hälsade välkommen.\n2. Fortbildning\nNätverket beslutade att ordna en studiedag.\n"
    )
    assert [(p.name, p.roles, p.attendance) for p in doc.people] == [
        ("Anna Ek", ["skolchef"], "närvarande"),
        ("Per Holm", ["barn- och utbildningschef"], "närvarande"),
        ("Lisa Strand", ["sekreterare"], "närvarande"),
        ("Olle Ny", [], "frånvarande"),
    ]
    assert doc.organ == "Skolchefsnätverket i Sjuhärad"
    assert [d.text for d in doc.decisions] == ["Nätverket beslutade att ordna en studiedag."]


# --- decision forms ----------------------------------------------------------------------------

DECISIONS = """\
Kommunstyrelsen
Sammanträdesprotokoll
Sammanträdesdatum 2022-02-01
§ 10 Dnr KS 2022/10
Policy för digitalisering
Arbetsutskottets förslag
Kommunstyrelsen föreslår kommunfullmäktige att anta policyn.
Beslutsgång
Ordföranden ställer proposition och finner att kommunstyrelsen bifaller förslaget.
Kommunstyrelsens beslut
Kommunstyrelsen föreslår kommunfullmäktige att anta policyn för digitalisering.
§ 11 Dnr KS 2022/11
Rapport om elevhälsa
Beslut: Kommunstyrelsen beslutar att lägga rapporten till handlingarna.
§ 12 Dnr KS 2022/12
Uppdrag om skollokaler
Kommunstyrelsen beslutar
1. att uppdra åt förvaltningen att utreda behovet av skollokaler,
2. att utredningen ska redovisas senast den 30 juni 2022.
Reservation
Anna Ek (SD) reserverar sig till förmån för eget yrkande.
§ 13 Dnr KS 2022/13
Medborgarförslag
Förvaltningen uppdras att besvara förslaget.
§ 14 Dnr KS 2022/14
Ansökan om bidrag
Beslut
Ansökan beviljas.
Kommunstyrelsen ger kommundirektören i uppdrag att teckna avtal.
"""


def test_decision_forms_of_a_protocol():
    got = [(d.section_id, d.kind, d.text) for d in run(DECISIONS).decisions]
    assert got == [
        (2, "förslag", "anta policyn för digitalisering"),
        (3, "beslut", "lägga rapporten till handlingarna"),
        (4, "uppdrag", "uppdra åt förvaltningen att utreda behovet av skollokaler"),
        (4, "uppdrag", "utredningen ska redovisas senast den 30 juni 2022"),
        (5, "uppdrag", "Förvaltningen uppdras att besvara förslaget."),
        (6, "beslut", "Ansökan beviljas"),
        (6, "uppdrag", "Kommunstyrelsen ger kommundirektören i uppdrag att teckna avtal"),
    ]


def test_beslutet_heading_with_numbered_clauses_and_a_stray_mark_on_a_wrapped_line():
    doc = run(
        "Sammanträdesprotokoll\nMiljönämnden 2023-05-17\n"
        "§ 30 TILLSYNSPLAN 2023 Dnr MN 2023/40\nSammanfattning\nFörvaltningen har tagit fram en plan.\n\n"
        "Beslutet É\n\nMiljönämnden beslutar att godkänna tillsynsplanen.\n\n"
        "§ 31 TAXA FÖR LIVSMEDELSKONTROLL Dnr MN 2023/12\nBeslutet\nMiljönämnden beslutar att\n\n"
        "1. anta taxan att gälla från och med den 1 juli\n\n2023,\n\n"
        "2. ge förvaltningen i uppdrag att följa upp taxan och redovisa\n\n"
        "” utfallet senast den 1 mars 2024.\n"
        "§ 32 Öppettider\nMiljönämnden beslutar\n\natt kontoret håller stängt på fredagar.\n"
        "Reservation: Per Ahl (M) och Eva Ek (S) reserverar sig mot\nbeslutet.\n"
    )
    got = [(d.section_id, d.kind, d.text) for d in doc.decisions]
    assert got[0][1:] == ("beslut", "godkänna tillsynsplanen")
    assert got[1][1:] == ("beslut", "anta taxan att gälla från och med den 1 juli 2023")
    assert got[2][1:] == ("uppdrag", "ge förvaltningen i uppdrag att följa upp taxan och redovisa utfallet senast den 1 mars 2024")
    assert got[0][0] != got[1][0] == got[2][0]
    assert got[3][1:] == ("beslut", "kontoret håller stängt på fredagar")  # "beslutet." ends a sentence


def test_signature_row_whose_column_gap_ocr_lost_with_captions_below():
    doc = run(
        "Kallelse\nKommunfullmäktige\nTid: 2023-03-20\nÄrenden\n1. Val\n2. Budget\n3. Taxor\nVälkomna!\n\n"
        "Lars-Åke Nyman Petra Holm\nOrdförande et Kommunsekreterare\n"
    )
    assert {p.name: p.roles for p in doc.people} == {"Lars-Åke Nyman": ["ordförande"], "Petra Holm": ["sekreterare"]}


def test_signature_captions_over_a_row_whose_column_gap_ocr_lost():
    doc = run(
        "Protokollsutdrag\nKommunstyrelsen\n2020-02-05\n§ 5 KS 2020/1\nTaxor\nKommunstyrelsen beslutar att anta taxor.\n"
        "Justerat 2020-02-10\nJusterande Rätt utdraget intygar\nAnders Lilja Maja Sörensen\n"
    )
    assert {p.name: p.roles for p in doc.people} == {"Anders Lilja": ["justerare"], "Maja Sörensen": []}


@pytest.mark.parametrize(
    ("heading", "organ"),
    [
        ("BARN- OCH UTBILDNINGSNÄMNDEN\nSAMMANTRÄDESPROTOKOLL", "Barn- och utbildningsnämnden"),
        ("KOMMUNSTYRELSENS ARBETSUTSKOTT", "Kommunstyrelsens arbetsutskott"),
        ("FÖR- OCH GRUNDSKOLENÄMNDEN", "För- och grundskolenämnden"),
        ("Protokoll fört vid kommunfullmäktiges sammanträde", "Kommunfullmäktige"),
        ("Protokoll från socialnämndens sammanträde", "Socialnämnden"),
        ("Nämnden för arbetsmarknad och vuxenutbildning", "Nämnden för arbetsmarknad och vuxenutbildning"),
        ("Kultur- och fritidsnämnden Sammanträdesdatum 2020-02-11", "Kultur- och fritidsnämnden"),
        ("Utbildningsnämndens arbetsutskott 2022-05-03 1(4)", "Utbildningsnämndens arbetsutskott"),
        ("Barn- och utbildningsnämnden Tranemo kommun", "Barn- och utbildningsnämnden"),
        ("Gymnasienämnden Sida 1 (3)", "Gymnasienämnden"),
        ("Bildningsnämnden, Skara kommun", "Bildningsnämnden"),
        ("Sammanträdesprotokoll för socialnämnden", "Socialnämnden"),
        ("Tranemo kommun\nProtokoll\nOrgan: Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden"),
        ("Sammanträdesprotokoll\nNämnd: Socialnämnden", "Socialnämnden"),
        ("Region Västra Götaland\nProtokoll\nRegionala utvecklingsnämnden", "Regionala utvecklingsnämnden"),
        ("Gemensamma nämnden för familjerätt", "Gemensamma nämnden för familjerätt"),
        ("vv) Ronneby kommun  pKulturnämnden", "Kulturnämnden"),  # a logo speck glued to the organ
    ],
)
def test_organ_name_forms(heading, organ):
    doc = run(heading + "\nSammanträdesdatum 2022-01-01\n§ 1 Taxor\nNämnden beslutar att anta taxor.\n")
    assert doc.organ == organ


def test_role_rows_of_a_council_protocol_make_members_of_party_people():
    doc = run(
        "Kommunfullmäktige\nSammanträdesprotokoll\n"
        "Plats och tid Folkets hus, måndagen den 27 september 2021 kl 18.00-20.35\n"
        "Beslutande Ledamöter enligt bilaga 1\nOrdförande Göran Lidström (S)\nVice ordförande Malin Fors (M)\n"
        "Övriga deltagare Kristoffer Ahl, kommundirektör\nTherese Blom, kommunsekreterare\n"
        "Utses att justera Malin Fors (M) och Hussein Ali (V)\n"
        "§ 112 Dnr KS 2021/8\nVal av justerare\nBeslut\nKommunfullmäktige beslutar att utse Malin Fors (M).\n"
    )
    assert {p.name: (p.roles, p.attendance) for p in doc.people} == {
        "Göran Lidström": (["ordförande"], "beslutande"),
        "Malin Fors": (["vice ordförande", "justerare"], "beslutande"),
        "Kristoffer Ahl": (["kommundirektör"], "övrig"),
        "Therese Blom": (["sekreterare"], "övrig"),
        "Hussein Ali": (["justerare"], "beslutande"),
    }
    assert doc.meeting_date == dt.date(2021, 9, 27)


def test_attendance_rows_led_by_their_kommun():
    doc = run(
        "Anteckningar\nNätverk för studie- och yrkesvägledare i Skaraborg\n"
        "Tid: Fredag 11 februari 2022 kl 13.00 - 15.00\nPlats: Teams\n"
        "Närvarande\nSkövde: Anna Berg, Lars Holm\nFalköping: Karin Sten\n"
        "Mötesordförande: Anna Berg\nAntecknare: Lars Holm\n"
        "1. PRAO\nKarin ansvarar för att skicka ut en mall senast 1 mars.\n2. Nästa möte\nI april.\n"
    )
    assert doc.organ == "Nätverk för studie- och yrkesvägledare i Skaraborg"
    assert [(p.name, p.roles, p.affiliation) for p in doc.people] == [
        ("Anna Berg", ["ordförande"], "Skövde"),
        ("Lars Holm", ["sekreterare"], "Skövde"),
        ("Karin Sten", [], "Falköping"),
    ]
    assert [d.kind for d in doc.decisions] == ["uppdrag"]


def test_a_short_cover_page_keeps_its_header():
    cover = "Kommunstyrelsen\nSammanträdesprotokoll\nSammanträdesdatum 2022-10-31\n"
    body = "Beslutande: Anna Ek (S)\n§ 1 Dnr KS 2022/1\nTaxor\nKommunstyrelsen beslutar att anta taxor.\nJusterandes sign\n"
    doc = run(cover, cover + body)
    assert (doc.organ, doc.meeting_date) == ("Kommunstyrelsen", dt.date(2022, 10, 31))


# --- date forms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "date_end"),
    [
        ("15 jan. 2020", dt.date(2020, 1, 15), None),
        ("3–4/5", dt.date(2019, 5, 3), dt.date(2019, 5, 4)),
        ("den första april", dt.date(2019, 4, 1), None),
        ("den tjugoandra maj 2019", dt.date(2019, 5, 22), None),
        ("14 mars-16 april 2019", dt.date(2019, 3, 14), dt.date(2019, 4, 16)),
        ("20 december-10 januari 2020", dt.date(2019, 12, 20), dt.date(2020, 1, 10)),
        ("den 3 och 4 maj", dt.date(2019, 5, 3), dt.date(2019, 5, 4)),
        ("9-10 maj 2017", dt.date(2017, 5, 9), dt.date(2017, 5, 10)),
        ("14/3-19", dt.date(2019, 3, 14), None),
        ("tisdagen den 14 mars 2019 kl. 18.00", dt.date(2019, 3, 14), None),
    ],
)
def test_date_forms(text, date, date_end):
    from pipeline.extract import dates

    hits = dates.scan(text, dt.date(2019, 3, 4))
    assert [(h.date, h.date_end) for h in hits] == [(date, date_end)]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("§12: Val av justerare", ("§ 12", None, "Val av justerare")),
        ("§ 12. Val av justerare", ("§ 12", None, "Val av justerare")),
        ("§ 12 Val av justerare Dnr: BUN 2019/212", ("§ 12", "BUN 2019/212", "Val av justerare")),
        ("§ 12 Val av justerare, dnr BUN 2019/212", ("§ 12", "BUN 2019/212", "Val av justerare")),
        ("§ 12 Dnr KS 2022/145-1 Budget", ("§ 12", "KS 2022/145-1", "Budget")),
        ("§ 12 KS.2022.145 Budget", ("§ 12", "KS.2022.145", "Budget")),
        ("§ 12 2022/145 Budget", ("§ 12", "2022/145", "Budget")),
        ("§ 12 (Dnr UN 2021/4) Skolval", ("§ 12", "UN 2021/4", "Skolval")),
    ],
)
def test_paragraph_heading_forms(heading, expected):
    text = f"Nämnden\nProtokoll 2022-01-01\n{heading}\nNämnden beslutar att anta.\n§ 13 Dnr UN 2022/2\nÖvrigt\nText.\n"
    sections = segment(Document("id", "x.txt", "x.txt", pages=[Page(1, text, text)]))
    assert [(s.number, s.case_number, s.title) for s in sections if s.kind == "paragraph"][0] == expected


def test_the_next_meeting_lies_after_this_one():
    doc = run(
        "Minnesanteckningar\nSkolchefsnätverket\nDatum: 2020-03-04\n1. Nästa möte\nNästa möte: 21/10 kl 13.\n2. Avslut\nSlut.\n"
    )
    assert [(d.date, d.kind) for d in doc.dates if d.text == "21/10"] == [(dt.date(2020, 10, 21), "event")]


# --- agendas of a kallelse -----------------------------------------------------------------------


def test_agenda_numbers_without_their_dot():
    doc = run(
        "Borås Stad\nKALLELSE\nGrundskolenämnden\nTid: Onsdag 20 oktober 2021 kl. 17.30\nPlats: Stadshuset, sal A\n"
        "Ärenden\n1 Val av justerare\n2 Månadsuppföljning september Dnr GRN 2021-00123\n"
        "3 Delegationsbeslut\n4 Övriga frågor\n"
        "Förhinder anmäls till nämndsekreterare Ahmed Omar senast den 15 oktober.\nMaria Lund\nOrdförande\n"
    )
    topics = [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"]
    assert topics == [
        ("1.", None, "Val av justerare"),
        ("2.", "GRN 2021-00123", "Månadsuppföljning september"),
        ("3.", None, "Delegationsbeslut"),
        ("4.", None, "Övriga frågor"),
    ]
    assert (doc.doc_type, doc.organ, doc.meeting_date) == ("kallelse", "Grundskolenämnden", dt.date(2021, 10, 20))


def test_agenda_numbered_by_paragraph_signs():
    doc = run(
        "KALLELSE till sammanträde med Kommunfullmäktige\nMåndagen den 20 mars 2023 kl 18.30 i Stadshussalen\n"
        "Föredragningslista\n§ 40 Upprop\n§ 41 Val av justerare\n§ 42 Årsredovisning 2022, KS 2023/12\n"
        "Lars-Åke Nyman\nOrdförande\n"
    )
    assert paragraphs(doc) == [
        ("§ 40", None, "Upprop"),
        ("§ 41", None, "Val av justerare"),
        ("§ 42", "KS 2023/12", "Årsredovisning 2022"),
    ]
    assert doc.meeting_date == dt.date(2023, 3, 20)


@pytest.mark.parametrize("replaces", ["ersätter", "tjg ers för", "i stället för", "tjänstgörande ersättare för"])
def test_a_substitute_and_the_member_replaced(replaces):
    doc = run(
        "Utbildningsnämnden\nSammanträdesdatum 2022-04-05\n"
        f"Beslutande: Ola Ek (S) ordförande, Pär Sund (S) {replaces} Ann Lindberg (S)\n"
        "§ 1 Val\nNämnden beslutar att utse Ola Ek.\n"
    )
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Pär Sund"] == (["ersättare"], "beslutande")
    assert got["Ann Lindberg"] == (["ledamot"], "frånvarande")


def test_decision_phrases_of_informal_minutes():
    doc = run(
        "Minnesanteckningar\nSkolchefsgruppen\nDatum: 2022-05-05\nNärvarande: Anna Berg, Lars Holm\n"
        "1. Budget\nDet beslutades att budgeten ska följas upp i juni. Mötet beslutade att skjuta frågan om lokaler.\n"
        "2. Rekrytering\nÖverenskoms att Lars kontaktar HR. Gruppen kom överens om att ses igen i augusti.\n"
        "3. Övrigt\nKonstaterades att frågan är utredd. Anna informerade om läget. Lars yrkade på ändring.\n"
        "4. Uppdrag\nLars Holm återkommer med ett förslag till nästa möte.\n"
    )
    assert [(d.section_id, d.kind) for d in doc.decisions] == [
        (3, "beslut"),
        (3, "beslut"),
        (4, "beslut"),
        (4, "beslut"),
        (6, "uppdrag"),
    ]


def test_headings_named_after_the_organ():
    doc = run(
        "Vänersborgs kommun\nProtokoll\nUtbildningsnämndens arbetsutskott\nSammanträdesdatum: 2023-09-05\n"
        "§ 31 Dnr UN 2023/101\nFastställande av dagordning\nArbetsutskottets beslut\nDagordningen fastställs.\n"
        "§ 32 Dnr UN 2023/87\nSkolskjuts – ansökan om undantag\nSammanfattning av ärendet\n"
        "Vårdnadshavare har ansökt om skolskjuts.\nFörslag till beslut\nFörvaltningen föreslår att ansökan avslås.\n"
        "Arbetsutskottets beslut\nArbetsutskottet beslutar att avslå ansökan.\n"
        "§ 33 Dnr UN 2023/90\nLäsårsdata 2024/2025\nArbetsutskottets förslag till utbildningsnämnden\n"
        "Utbildningsnämnden beslutar att fastställa läsårsdata enligt bilaga.\n"
    )
    assert [(d.section_id, d.kind, d.text) for d in doc.decisions] == [
        (2, "beslut", "Dagordningen fastställs"),
        (3, "beslut", "avslå ansökan"),
        (4, "förslag", "fastställa läsårsdata enligt bilaga"),
    ]


def test_a_proposal_without_a_decision_heading_is_not_adopted():
    doc = run(
        "Socialnämnden\nSammanträdesdatum: 2023-09-05\n§ 5 Dnr SN 2023/1\nRiktlinjer\n"
        "Förslag till beslut\nFörvaltningen föreslår att nämnden beslutar att anta riktlinjerna.\n"
        "Yrkanden\nEva Ek (S) yrkar att ärendet återremitteras.\n"
    )
    assert doc.decisions == []


def test_a_decision_as_proposed_takes_the_proposals_clauses():
    doc = run(
        "Socialnämnden\nSammanträdesdatum: 2023-09-05\n§ 5 Dnr SN 2023/1\nRiktlinjer\nFörslag till beslut\n"
        "Förvaltningen föreslår att nämnden beslutar att anta riktlinjerna för bistånd.\n"
        "Beslut\nSocialnämnden beslutar enligt förvaltningens förslag.\n"
        "§ 6 Dnr SN 2023/2\nTaxor\nFörvaltningens förslag till beslut\nSocialnämnden beslutar\n"
        "1. att höja taxan med 3 procent,\n2. att taxan gäller från 1 januari.\nBeslut\nSocialnämnden beslutar enligt förslaget.\n"
    )
    assert [(d.section_id, d.text) for d in doc.decisions] == [
        (2, "anta riktlinjerna för bistånd"),
        (3, "höja taxan med 3 procent"),
        (3, "taxan gäller från 1 januari"),
    ]


def test_a_space_ocr_read_as_a_hyphen_between_first_and_last_name():
    doc = run(
        "Minnesanteckningar\nLedningsgruppen\nDatum: 2020-09-14\n"
        "Närvarande: Karin-Ahlström (förvaltningschef), Anna-Karin Lund (rektor), Eva Lind-Berg (sekr.)\n"
        "1. Budget\nText.\n2. Övrigt\nText.\n"
    )
    assert [p.name for p in doc.people] == ["Karin Ahlström", "Anna-Karin Lund", "Eva Lind-Berg"]


def test_deadline_phrases():
    doc = run(
        "Minnesanteckningar\nNätverket\nDatum: 2022-05-05\n1. Ärenden\n"
        "Anmälan ska ha inkommit till förvaltningen den 1 juni. Svar lämnas innan den 20 maj.\n"
        "Remissvar ska lämnas till kommunen 2022-06-15. Konferensen äger rum den 12 oktober.\n2. Övrigt\nText.\n"
    )
    assert [(d.date, d.kind) for d in doc.dates] == [
        (dt.date(2022, 5, 5), "meeting"),
        (dt.date(2022, 6, 1), "deadline"),
        (dt.date(2022, 5, 20), "deadline"),
        (dt.date(2022, 6, 15), "deadline"),
        (dt.date(2022, 10, 12), "event"),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        "Beslutande\nAnna Ek, S, ordförande\nPer Lind, M\nLisa Berg (KD)\n",
        "Ledamöter\tParti\nAnna Ek\tS\tordförande\nPer Lind\tM\nLisa Berg\tKD\n",
    ],
)
def test_party_without_parentheses(rows):
    doc = run(
        f"Utbildningsnämnden\nSammanträdesdatum 2022-03-01\n{rows}"
        "§ 1 Dnr UN 2022/1\nVal av justerare\nBeslut\nNämnden beslutar att utse Per Lind.\n"
    )
    assert [(p.name, p.party, p.attendance) for p in doc.people] == [
        ("Anna Ek", "S", "beslutande"),
        ("Per Lind", "M", "beslutande"),
        ("Lisa Berg", "KD", "beslutande"),
    ]


def test_programme_with_clock_prefix_and_speakers_after_a_comma():
    doc = run(
        "Inbjudan\nKonferens om elevhälsa\nTorsdagen den 15 oktober 2020 i Stadshuset, Skövde\nProgram\n"
        "Kl. 9.00–9.15 Välkommen och inledning\nKl. 9.15–10.30 Föreläsning om skolnärvaro, Anna Ek (skolpsykolog)\n"
        "Kl. 10.30–11.00 Fika\nKl. 11.00–12.00 Workshop – Per Lind\nAnmälan senast den 25 september.\n"
    )
    assert [s.title for s in doc.sections if s.kind == "topic"] == [
        "Välkommen och inledning",
        "Föreläsning om skolnärvaro",
        "Fika",
        "Workshop",
    ]
    assert doc.meeting_date == dt.date(2020, 10, 15)


@pytest.mark.parametrize(
    "head",
    [
        "Datum\tTid\tPlats\n2022-03-01\t18.00-20.00\tRådhuset\n",
        "Datum: 2022-03-01  Tid: 18.00-20.00  Plats: Rådhuset\n",
        "Datum\n2022-03-01\nTid\n18.00–20.00\nPlats\nRådhuset\n",
    ],
)
def test_label_rows_and_columns(head):
    doc = run(
        f"Utbildningsnämnden\nProtokoll\n{head}Beslutande: Anna Ek (S)\n§ 1 Dnr UN 2022/1\nRapport\nBeslut\n"
        "Nämnden beslutar att godkänna.\nText.\nText.\nText.\n"
    )
    assert (doc.meeting_date, doc.start_time, doc.end_time, doc.location) == (
        dt.date(2022, 3, 1),
        dt.time(18),
        dt.time(20),
        "Rådhuset",
    )


def test_a_label_row_whose_first_date_is_not_the_meetings():
    doc = run(
        "Utbildningsnämnden\nProtokoll\nJusteringsdatum\tSammanträdesdatum\n2022-03-08\t2022-03-01\n§ 1 Rapport\nText.\n"
    )
    assert doc.meeting_date == dt.date(2022, 3, 1)


SIGNED_FRONT = """\
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum
Bildningsnämnden 2022-11-24
Plats och tid Kommunhuset, Sessionssalen kl. 13.30–16.45
Beslutande Ledamöter
Ingrid Svensson (S) ordförande
Mats Ek (C) 1:e vice ordförande
Utses att justera Mats Ek (C)
Underskrifter Sekreterare Paragrafer 101-103
Anna Nilsson
Ordförande
Ingrid Svensson
Justerande
Mats Ek
Bildningsnämnden § 101 Dnr BN 2022/200
Budget 2023
Bildningsnämndens beslut
Bildningsnämnden beslutar att fastställa budget 2023 enligt bilaga.
Bildningsnämnden § 102 Dnr BN 2022/201
Taxor
Bildningsnämnden beslutar att anta taxorna.
"""


def test_organ_name_before_the_paragraph_sign_and_a_signature_block_led_by_its_heading():
    doc = run(SIGNED_FRONT)
    assert paragraphs(doc) == [("§ 101", "BN 2022/200", "Budget 2023"), ("§ 102", "BN 2022/201", "Taxor")]
    assert {p.name: p.roles for p in doc.people} == {
        "Ingrid Svensson": ["ordförande"],
        "Mats Ek": ["vice ordförande", "justerare"],
        "Anna Nilsson": ["sekreterare"],
    }
    assert [d.text for d in doc.decisions] == ["fastställa budget 2023 enligt bilaga", "anta taxorna"]


@pytest.mark.parametrize("style", [lambda h: f"{h}:", str.upper])
def test_unnumbered_topic_headings_with_a_colon_or_in_capitals(style):
    doc = run(
        "Minnesanteckningar\nRektorsgruppen\nDatum: 2022-10-10\nNärvarande: Anna Ek, Per Lind, Lisa Berg\n\n"
        f"{style('Budget')}\nPrognosen visar ett underskott. Beslut: Varje rektor ser över sina kostnader.\n\n"
        f"{style('Rekrytering')}\nTvå tjänster ska tillsättas. Per får i uppdrag att annonsera.\n\n"
        "Följande frågor togs upp:\n- lokaler\n- scheman\n"
    )
    assert [s.title.lower() for s in doc.sections if s.kind == "topic"] == ["budget", "rekrytering"]
    assert [d.kind for d in doc.decisions] == ["beslut", "uppdrag"]


def test_staff_titles_by_their_endings():
    doc = run(
        "Minnesanteckningar\nLedningsgruppen\nDatum: 2022-10-10\n"
        "Närvarande: Anna Ek, kommunjurist, Per Lind, nämndadministratör, Eva Sten, skolbibliotekarie\n"
        "1. Budget\nText.\n2. Övrigt\nText.\n"
    )
    assert [p.roles for p in doc.people] == [["kommunjurist"], ["nämndadministratör"], ["skolbibliotekarie"]]


def test_case_number_printed_above_the_paragraph_sign():
    doc = run(
        "Kommunstyrelsen\nProtokoll 2022-01-01\nDnr KS 2022/145\n§ 12 Budget\nKommunstyrelsen beslutar att anta budgeten.\n"
        "KS 2022/146\n§ 13\nTaxor\nKommunstyrelsen beslutar att anta taxor.\n"
    )
    assert paragraphs(doc) == [("§ 12", "KS 2022/145", "Budget"), ("§ 13", "KS 2022/146", "Taxor")]
    assert [(d.section_id, d.text) for d in doc.decisions] == [(2, "anta budgeten"), (3, "anta taxor")]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("från kl. 9.00 till kl. 12.00", (dt.time(9), dt.time(12))),
        ("9.00 - ca 12.00", (dt.time(9), dt.time(12))),
        ("kl 13-15", (dt.time(13), dt.time(15))),
        ("kl 18 00-20 30", (dt.time(18), dt.time(20, 30))),
    ],
)
def test_time_range_forms(text, times):
    from pipeline.extract import dates

    assert dates.parse_times(text) == times


def test_a_running_header_with_the_current_paragraph_is_page_furniture():
    header = "Falköpings kommun\nSammanträdesprotokoll\nBildningsnämnden § {n}\n"
    pages = [
        "Falköpings kommun\nSammanträdesprotokoll\nBildningsnämnden 2022-11-24\nBeslutande: Anna Ek (S)\n"
        "Bildningsnämnden § 101 Dnr BN 2022/200\nBudget 2023\nÄrendet\nLång text.\nMer text.\nJusterandes sign\n",
        header.format(n=101)
        + "Fortsatt text om budgeten.\nBeslut\nNämnden beslutar att anta budgeten.\nJusterandes sign\n",
        header.format(n=102) + "Mer text.\nBildningsnämnden § 102 Dnr BN 2022/201\nTaxor\nBeslut\n"
        "Nämnden beslutar att anta taxor.\nJusterandes sign\n",
    ]
    doc = run(*pages)
    assert [(s.number, s.title, s.page_start, s.page_end) for s in doc.sections if s.kind == "paragraph"] == [
        ("§ 101", "Budget 2023", 1, 2),
        ("§ 102", "Taxor", 3, 3),
    ]


def test_a_running_paragraph_number_in_the_header_loses_to_the_heading_with_its_case_number():
    header = "Falköpings kommun\nSammanträdesprotokoll\nKommunstyrelsen 2022-11-24\n§ {n}\n"
    pages = [
        "Falköpings kommun\nSammanträdesprotokoll\nKommunstyrelsen 2022-11-24\nBeslutande: Anna Ek (S)\nEva Ek (M)\n"
        "Per Ek (C)\nLisa Berg (S)\n§ 101 Dnr KS 2022/200\nBudget 2023\nÄrendet\nLång text.\nMer text.\nJusterandes sign\n",
        header.format(n=101)
        + "Fortsatt text om budgeten.\nBeslut\nNämnden beslutar att anta budgeten.\nJusterandes sign\n",
        header.format(n=102) + "Mer text.\n§ 102 Dnr KS 2022/201\nTaxor\nBeslut\nNämnden beslutar att anta taxor.\n"
        "Justerandes sign\n",
    ]
    assert paragraphs(run(*pages)) == [("§ 101", "KS 2022/200", "Budget 2023"), ("§ 102", "KS 2022/201", "Taxor")]


def test_dates_of_a_kallelse_are_upcoming_from_the_day_it_was_written():
    doc = run(
        "Kalmar kommun\nKALLELSE\t1 (1)\nKommunfullmäktige\t2023-03-10\n"
        "Kommunfullmäktige sammanträder i Kalmarsalen, måndagen den 20 mars 2023 kl 18.00.\n"
        "Ärenden\n1.\tUpprop\n2.\tVal av justerare\n3.\tAllmänhetens frågestund\n"
        "Handlingarna finns tillgängliga från och med den 13 mars.\n"
    )
    assert {d.text: d.kind for d in doc.dates}["den 13 mars"] == "event"


def test_an_iso_date_with_a_space_ocr_put_after_a_hyphen():
    from pipeline.extract import dates

    hits = dates.scan("under perioden 2023-04- 01 — 2023-04-30 redovisas")
    assert [(h.date, h.date_end) for h in hits] == [(dt.date(2023, 4, 1), dt.date(2023, 4, 30))]


@pytest.mark.parametrize("captions", ["Parti", "Parti Närvaro"])
def test_a_heading_with_its_party_column_caption_on_the_same_line(captions):
    doc = run(
        f"Kulturnämnden\nSammanträdesdatum 2023-04-12\nBeslutande ledamöter {captions}\n"
        "Eva Lund, ordförande\nNils Berg, 2:e vice ordförande\nOlle Sjö L\nJohan Ek, ersätter Maria Ask (C) C\n"
        "Ej tjänstgörande ersättare\nFrida Holm MP\n§ 3 Dnr KN 2023/8\nBudget\nNämnden beslutar att godkänna budgeten.\n"
    )
    assert [(p.name, p.party, p.roles, p.attendance) for p in doc.people] == [
        ("Eva Lund", None, ["ordförande"], "beslutande"),
        ("Nils Berg", None, ["vice ordförande"], "beslutande"),
        ("Olle Sjö", "L", ["ledamot"], "beslutande"),
        ("Johan Ek", "C", ["ersättare"], "beslutande"),
        ("Maria Ask", "C", ["ledamot"], "frånvarande"),
        ("Frida Holm", "MP", ["ersättare"], "ersättare"),
    ]


def test_wrapped_labels_and_names_a_genitive_and_the_organs_own_proposal_after_its_decision():
    doc = run(
        "Kommunstyrelsen\nSammanträdesdatum 2023-05-08\n"
        "Beslutande ledamöter Anna Ek (S), ordförande\nPer Lind (M), tjänstgörande ersättare för Lisa\n\nHolm (1) .\n"
        "Ej tjänstgörande Olof Sand (C), Eva Berg (V)\nersättare\n"
        "Övriga deltagare Ulla Ström, ekonomichef\n"
        "§ 20 Budgetuppföljning\nDnr KS-2023/0100\nEkonomichef Ulla Ström föredrar ärendet.\n"
        "Ordföranden finner att kommunstyrelsen bifaller Anna Eks yrkande.\n"
        "Kommunstyrelsens beslut\n1. Tekniska nämnden får i uppdrag att redovisa en åtgärdsplan.\n"
        "Kommunstyrelsens förslag till kommunfullmäktige\n2. Budgetuppföljningen godkänns.\n"
    )
    people = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert people == {
        "Anna Ek": ("S", ["ordförande"], "beslutande"),
        "Per Lind": ("M", ["ersättare"], "beslutande"),
        "Lisa Holm": ("L", ["ledamot"], "frånvarande"),  # OCR read (L) as (1)
        "Olof Sand": ("C", ["ersättare"], "ersättare"),
        "Eva Berg": ("V", ["ersättare"], "ersättare"),
        "Ulla Ström": (None, ["ekonomichef", "föredragande"], "övrig"),
    }
    assert [(d.kind, d.text) for d in doc.decisions] == [
        ("uppdrag", "Tekniska nämnden får i uppdrag att redovisa en åtgärdsplan"),
        ("förslag", "Budgetuppföljningen godkänns"),
    ]


def test_programme_whose_speaker_column_ocr_ran_into_the_title():
    doc = run(
        "Inbjudan till skolledardag 2024\nOnsdagen den 6 mars 2024, kl. 09.00-15.00\nPlats: Stadshuset, Borås\n"
        "Program\nTid Innehåll Medverkande\n09.00-09.30 Kaffe och registrering\n"
        "09.30-09.45 Inledning 4: Sara Holm, skolchef\n09.45-11.00 Ledarskap i förändring Johan Berg, docent, Högskolan i\n"
        "Borås\n« 11.00-11.15 Paus\n11.15-12.00 Samtal i grupper Rektorer från de fyra skolorna\n"
        "13.00-14.00 Nya skollagen Eva Lind och Per Ek,\njurister\n"
    )
    assert [s.title for s in doc.sections if s.kind == "topic"] == [
        "Kaffe och registrering",
        "Inledning",
        "Ledarskap i förändring",
        "Paus",
        "Samtal i grupper",
        "Nya skollagen",
    ]


def test_comma_parties_a_joint_title_and_the_organs_decision_after_the_administrations_proposal():
    doc = run(
        "Kultur- och fritidsnämnden\nSammanträdesdag 2022-04-26\nLedamöter:\nEva Lund, S, ordförande\nBo Nord, 5\n"
        "Nils Holm, S, tjg ersättare för Lisa Mark, C\nTjänstemän: Roger Sund, kultur- och fritidschef, Malin Ek,\n"
        "sekreterare\n§ 36 Öppettider för fritidsgården\nDnr KFN 22/41\n"
        "Besöksstatistiken visar att gården har få besökare. Förvaltningen föreslår att gården håller stängt\n"
        "på måndagar.\nYrkanden: Eva Lund (S) yrkar avslag.\nKultur- och fritidsnämnden beslutar\n\n"
        "att fritidsgården håller stängt på måndagar från och\n\nmed den 15 augusti 2022.\n"
        "Reservation: Eva Lund (S) reserverar sig.\n"
    )
    assert [(p.name, p.party, p.roles) for p in doc.people] == [
        ("Eva Lund", "S", ["ordförande"]),
        ("Bo Nord", "S", ["ledamot"]),
        ("Nils Holm", "S", ["ersättare"]),
        ("Lisa Mark", "C", ["ledamot"]),
        ("Roger Sund", None, ["kultur- och fritidschef"]),
        ("Malin Ek", None, ["sekreterare"]),
    ]
    assert paragraphs(doc) == [("§ 36", "KFN 22/41", "Öppettider för fritidsgården")]
    assert [(d.kind, d.text) for d in doc.decisions] == [
        ("beslut", "fritidsgården håller stängt på måndagar från och med den 15 augusti 2022")
    ]


def test_a_committee_of_a_joint_named_board_its_proposal_inside_a_decision_and_a_tasks_other_dates():
    doc = run(
        "PROTOKOLL\nVård- och omsorgsnämndens arbetsutskott\nSammanträdesdatum 2025-05-20\n"
        "Beslutande: Eva Lund (S), ordförande\n§ 41 VON-2025-0187\nFördelning av bidrag\n"
        "Arbetsutskottet beslutar att föreslå vård- och omsorgsnämnden att fördela bidraget\n"
        "enligt förvaltningens förslag.\n§ 42 VON-2025-0203\nBemanning\n"
        "Arbetsutskottet beslutar att ge förvaltningschefen i uppdrag att senast 2025-06-13 redovisa\n"
        "åtgärder inför höstens start den 18 augusti.\nVård och omsorg i Dalarna 1/1)\n"
    )
    assert doc.organ == "Vård- och omsorgsnämndens arbetsutskott"
    assert [(d.kind, d.text) for d in doc.decisions][0] == (
        "förslag",
        "fördela bidraget enligt förvaltningens förslag",
    )
    assert [(d.text, d.kind) for d in doc.dates] == [
        ("2025-05-20", "meeting"),
        ("2025-06-13", "deadline"),
        ("den 18 augusti", "event"),
    ]


def test_a_member_who_will_come_back_about_a_matter_has_a_task():
    doc = run(
        "Minnesanteckningar\nNätverket för elevhälsa\nTorsdag 13 mars 2025\nDeltagare\nMaria Ek, Falun\nPer Lind, Mora\n"
        "1. Rekrytering\nGruppen diskuterade gemensam annonsering.\n\n"
        "Maria återkommer om möjligheten att dela en tjänst mellan kommunerna.\n2. Övriga frågor\nInga övriga frågor.\n"
    )
    assert [(d.kind, d.text) for d in doc.decisions] == [
        ("uppdrag", "Maria återkommer om möjligheten att dela en tjänst mellan kommunerna.")
    ]


def test_a_participant_list_with_a_garbled_name_roles_after_a_body_and_a_lower_case_title_before_the_kommun():
    doc = run(
        "Minnesanteckningar Skolchefsnätverket\nTorsdag 13 mars 2025, kl. 09.30-12.00\nDeltagare\n"
        "« Maria Ek, skolchef, Falun (ordförande)\n« Per Lind, skolpsykolog, Mora\n"
        "» Emir H0d2it, elevhälsochef, Ludvika .\n« Lisa Holm, utvecklingsledare, Region Dalarna (sekreterare)\n"
        "1. Föregående anteckningar\nGodkändes.\n2. Övriga frågor\nInga.\n"
    )
    assert [(p.name, p.roles, p.attendance, p.affiliation) for p in doc.people] == [
        ("Maria Ek", ["skolchef", "ordförande"], "närvarande", "Falun"),
        ("Per Lind", ["skolpsykolog"], "närvarande", "Mora"),
        ("Lisa Holm", ["utvecklingsledare", "sekreterare"], "närvarande", "Region Dalarna"),
    ]


def test_case_numbers_at_the_top_of_each_page_and_with_a_stray_quote():
    doc = run(
        "PROTOKOLL Blad 1\nKulturnämnden\nSammanträdesdag 2022-04-26\n§ 1 Budget\nDnr KN 22/5\n"
        "Kulturnämnden beslutar att godkänna budgeten.\nJusterandes sign\n",
        "PROTOKOLL Blad 2\nKulturnämnden\n§ 2 Taxor\nDnr KN 22/9\nKulturnämnden beslutar att anta taxorna.\n"
        '§ 3 Bidrag\nDnr. KN 22/12"\nKulturnämnden beslutar att bevilja bidraget.\nJusterandes sign\n',
    )
    assert paragraphs(doc) == [
        ("§ 1", "KN 22/5", "Budget"),
        ("§ 2", "KN 22/9", "Taxor"),
        ("§ 3", "KN 22/12", "Bidrag"),
    ]


def test_a_logo_kommun_whose_first_letter_ocr_lost():
    doc = run(
        "PROTOKOLLSUTDRAG 1 (1)\nSER ävsjö kommun  Socialnämnden 2022-10-20\n§ 87 Dnr SN-2022/318\nPlan för boenden\n"
        "Planen har stämts av med Vetlanda kommun, som köper platser av Nässjö.\n"
        "Beslut\nSocialnämnden beslutar att anta planen.\n"
    )
    assert (doc.municipality, doc.municipality_code) == ("Sävsjö", "0684")


# --- round 4 forms: stacked label columns behind a letterhead, kallelse agendas, substitute columns ----


def test_a_label_column_read_before_the_letterhead_and_its_values():
    doc = run(
        "Plats och tid\n\nBeslutande\n\nTjänstgörande\nersättare\nErsättare\n\nÖvriga deltagare\n\n"
        "Vänersborgs kommun\n\nPROTOKOLL 1 (3)\nKultur- och fritidsnämndens arbetsutskott\n"
        "Sammanträdesdatum 2025-02-04\n\n"
        "Kulturhuset, rum Dalbo, tisdagen den 4 februari 2025 kl. 13.00-15.30\n\n"
        "Karin Sundqvist (S), ordförande\n\nOlle Berglund (M)\n\nFatima Nasser (V)\n\n"
        "Lars Ådahl (SD) för Maja Friberg (SD)\n\nErik Stål (C)\n\n"
        "Tina Ros, kultur- och fritidschef\n\nJonas Vik, nämndsekreterare\n\n"
        "§ 1 Val av justerare\nArbetsutskottet beslutar att utse Olle Berglund att justera protokollet.\n"
    )
    got = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert got["Karin Sundqvist"] == ("S", ["ordförande"], "beslutande")
    assert got["Fatima Nasser"] == ("V", ["ledamot"], "beslutande")
    assert got["Lars Ådahl"] == ("SD", ["ersättare"], "beslutande")
    assert got["Maja Friberg"] == ("SD", ["ledamot"], "frånvarande")
    assert got["Erik Stål"] == ("C", ["ersättare"], "ersättare")
    assert got["Tina Ros"][2] == got["Jonas Vik"][2] == "övrig"
    assert doc.location == "Kulturhuset, rum Dalbo"


def test_a_kallelse_agenda_with_presenters_case_numbers_and_a_closing_note():
    doc = run(
        "KALLELSE 2025-01-20\nLidköpings kommun Socialnämnden 1 (1)\n\n"
        "Ledamöter och ersättare kallas till sammanträde.\n\n"
        "Tid   Tisdagen den 28 januari 2025 kl. 09.00\nPlats   Stadshuset, rum Kinne\n\n"
        "Föredragningslista\n"
        "1.  Val av justerare\n"
        "2.  Verksamhetsplan 2025, Dnr SN 2024/310. Föredragande:\n"
        "    Eva Strand, verksamhetschef\n"
        "3.  Riktlinjer för bistånd, Dnr SN 2024/288 (föredragande Ali Demir, utredare)\n"
        "4.  Anmälan av delegationsbeslut\n\n"
        "Ersättare som inte tjänstgör får närvara vid sammanträdet och\n"
        "ska anmäla förhinder till sekreteraren i god tid.\n\n"
        "Nils Ekdahl (KD)                 Sara Lund\n"
        "Ordförande                       Nämndsekreterare\n"
    )
    items = [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"]
    assert items == [
        ("1.", None, "Val av justerare"),
        ("2.", "SN 2024/310", "Verksamhetsplan 2025"),
        ("3.", "SN 2024/288", "Riktlinjer för bistånd"),
        ("4.", None, "Anmälan av delegationsbeslut"),
    ]
    assert person(doc, "Eva Strand").roles == ["verksamhetschef", "föredragande"]
    assert "föredragande" in person(doc, "Ali Demir").roles
    assert (person(doc, "Nils Ekdahl").party, person(doc, "Nils Ekdahl").roles) == ("KD", ["ordförande"])
    assert person(doc, "Sara Lund").roles == ["sekreterare"]


def test_a_member_grid_with_a_replaced_by_column_and_a_doubled_party_letter():
    doc = run(
        "Sammanträdesprotokoll\nMiljönämnden\n2024-05-14\n\n"
        "Ledamot Parti Ersatt av\n"
        "Anders Holm, ordförande S\n"
        "Birgitta Ny M Hampus Ek (M)\n"
        "Carina Alm Vv\n"
        "Dennis Kron SD\n\n"
        "Närvarande ersättare\nStina Berg (C)\n\n"
        "§ 5 Dnr MN 2024/41\nTillsynsplan\nMiljönämnden beslutar att anta planen.\n"
    )
    got = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert got["Birgitta Ny"] == ("M", ["ledamot"], "frånvarande")
    assert got["Hampus Ek"] == ("M", ["ersättare"], "beslutande")
    assert got["Carina Alm"] == ("V", ["ledamot"], "beslutande")
    assert got["Dennis Kron"] == ("SD", ["ledamot"], "beslutande")
    assert got["Stina Berg"] == ("C", ["ersättare"], "ersättare")
    assert "Parti Ersatt" not in got


def test_a_tjanstgorande_ersattare_grid_column_and_replacement_words():
    doc = run(
        "Beslutande Parti Tjänstgörande ersättare\n"
        "Eva Lax S Omar Said (S)\n"
        "Per Dahl M\n\n"
        "Ersättare\nLena Ås (L) ersättare för Jon Bo (L)\n\n"
        "§ 1 Budget\nNämnden beslutar att anta budgeten.\n"
    )
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Eva Lax"] == (["ledamot"], "frånvarande")
    assert got["Omar Said"] == (["ersättare"], "beslutande")
    assert got["Per Dahl"] == (["ledamot"], "beslutande")
    assert got["Jon Bo"][1] == "frånvarande"


def test_a_place_label_whose_value_ocr_put_after_the_page_header_and_a_signature_row_before_a_title():
    doc = run(
        "Eslövs kommun\n\nPlats och tid\n\nSammanträdesprotokoll\nByggnadsnämnden,.\n2023-10-11\n\n"
        "Medborgarhuset, sal Ringsjön, onsdagen den 11\noktober 2023 kl 18.00-20.10\n\n"
        "§ 40 Dnr BN 2023/7\n\nKarl Persson Mona Wik\n\nGodkännande av dagordning\n"
        "Byggnadsnämnden beslutar att godkänna dagordningen.\n"
        "§ 41 Dnr BN 2023/88\nDetaljplan för Ölycke\nByggnadsnämnden beslutar att anta planen.\n"
        "Bygglovschef Rut Hall föredrar ärendet. Pygglovschef Rut Hall svarar på frågor.\n"
    )
    assert person(doc, "Rut Hall").roles == ["bygglovschef", "föredragande"]  # one OCR-misread letter
    assert doc.organ == "Byggnadsnämnden"
    assert doc.location == "Medborgarhuset, sal Ringsjön"
    assert paragraphs(doc) == [
        ("§ 40", "BN 2023/7", "Godkännande av dagordning"),
        ("§ 41", "BN 2023/88", "Detaljplan för Ölycke"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Avtalet gäller från och med den 1 januari 2025 till och med den 31 december 2027.",
        "Avtalet gäller 2025-01-01 t.o.m. 2027-12-31.",
        "Avtalet gäller den 1 januari 2025 t o m den 31 december 2027.",
    ],
)
def test_a_period_from_and_to_and_with_is_one_range(text):
    doc = run(f"§ 1 Avtal\nNämnden beslutar att godkänna avtalet. {text}\n")
    ranges = [(d.date, d.date_end) for d in doc.dates if d.date_end]
    assert ranges == [(dt.date(2025, 1, 1), dt.date(2027, 12, 31))]


def test_a_presence_grid_in_tab_separated_columns():
    doc = run(
        "Ledamot\tParti\tNärvaro\n"
        "Anna Berg, ordförande\tS\tx\n"
        "Bertil Ekman\tM\tx\n"
        "Carl Fors\tC\tnej\n\n"
        "§ 1 Budget\nNämnden beslutar att anta budgeten.\n"
    )
    got = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert got == {
        "Anna Berg": ("S", ["ordförande"], "beslutande"),
        "Bertil Ekman": ("M", ["ledamot"], "beslutande"),
        "Carl Fors": ("C", ["ledamot"], "frånvarande"),
    }


def test_substitutes_under_their_own_heading_keep_who_replaced_whom():
    doc = run(
        "Beslutande\nAnna Berg (S), ordförande\nBertil Ekman (M)\n\n"
        "Tjänstgörande ersättare\nCarl Fors (C) ersätter Eva Holm (C)\nGun Alm (L) i stället för Ulf Rask (L)\n\n"
        "Ej tjänstgörande ersättare\nIda Sund (S)\n\n"
        "§ 1 Budget\nNämnden beslutar att anta budgeten.\n"
    )
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Carl Fors"] == got["Gun Alm"] == (["ersättare"], "beslutande")
    assert got["Eva Holm"] == got["Ulf Rask"] == (["ledamot"], "frånvarande")
    assert got["Ida Sund"] == (["ersättare"], "ersättare")


def test_a_kallelse_with_presenter_lines_under_its_items_and_a_signer_with_party():
    doc = run(
        "KALLELSE\nTekniska nämnden\nTid: Torsdagen den 6 mars 2025 kl. 17.00\nPlats: Stadshuset, rum Ekén\n\n"
        "Ärenden\n1. Val av justerare\n2. Dnr TN 2025/14 Taxa för parkering\nFöredragande: Ola Ekström, gatuchef\n"
        "3. Dnr TN 2024/301 Snöröjning\n4. Information från förvaltningen\n\nJohan Ås (C)\nOrdförande\n"
    )
    items = [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"]
    assert items == [
        ("1.", None, "Val av justerare"),
        ("2.", "TN 2025/14", "Taxa för parkering"),
        ("3.", "TN 2024/301", "Snöröjning"),
        ("4.", None, "Information från förvaltningen"),
    ]
    assert set(person(doc, "Ola Ekström").roles) == {"gatuchef", "föredragande"}
    assert person(doc, "Johan Ås").roles == ["ordförande"]


ROSTER_TABLE = """Kulturnämnden PROTOKOLL
Sammanträdesdatum 2023-03-14
Namn Parti Uppdrag Närvaro
Karin Östberg S ordförande tjänstgörande
Olof Dahl M vice ordförande tjänstgörande
Mira Sandén Vv ledamot . tjänstgörande
Per Lagerkvist SD ledamot frånvarande
Ylva Nord SD ersättare tjänstgörande för
Per Lagerkvist
Eskil Bro . KD ersättare närvarande, ej
tjänstgörande
Tjänstepersoner Agneta Rolf, kulturchef
Sara Ling, sekreterare
"""


def test_roster_table_with_a_caption_row():
    doc = run(ROSTER_TABLE)
    expected = {
        "Karin Östberg": ("S", "ordförande", "beslutande"),
        "Olof Dahl": ("M", "vice ordförande", "beslutande"),
        "Mira Sandén": ("V", "ledamot", "beslutande"),
        "Per Lagerkvist": ("SD", "ledamot", "frånvarande"),
        "Ylva Nord": ("SD", "ersättare", "beslutande"),
        "Eskil Bro": ("KD", "ersättare", "ersättare"),
    }
    for name, (party, role, attendance) in expected.items():
        p = person(doc, name)
        assert (p.party, role in p.roles, p.attendance) == (party, True, attendance), name
    assert person(doc, "Agneta Rolf").attendance == "övrig"
    assert "Tjänstepersoner Agneta Rolf" not in {p.name for p in doc.people}


def test_agenda_table_under_a_caption_row_numbers_without_dots():
    doc = run(
        "KALLELSE\nMiljönämnden\nNr Ärende Dnr\n\n1 Val av justerare\n\n2 Godkännande av dagordning\n\n"
        "3 Tillsynsplan 2024 MN 2023/140\n\n4 Yttrande över detaljplan för MN 2023/151\nkvarteret Svanen\n"
    )
    assert [
        (s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"
    ] == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Godkännande av dagordning"),
        ("3.", "MN 2023/140", "Tillsynsplan 2024"),
        ("4.", "MN 2023/151", "Yttrande över detaljplan för kvarteret Svanen"),
    ]


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_member_ersatt_av_a_substitute_in_a_list(wrap):
    doc = run(
        "Beslutande ledamöter Närvarande ersättare\nJessica Berg (M), ordförande Oskar Lind (M)\nTove Rask (C)\n\n"
        f"Amira Holm (S), ersatt av Per-Olof{wrap}Strand (S)\n\nÖvriga deltagare Cecilia Norén, förvaltningschef\n"
    )
    assert person(doc, "Amira Holm").attendance == "frånvarande"
    substitute = person(doc, "Per-Olof Strand")
    assert (substitute.party, substitute.roles, substitute.attendance) == ("S", ["ersättare"], "beslutande")
    assert person(doc, "Tove Rask").attendance == "beslutande"


def test_footer_captions_of_one_page_do_not_label_names_on_the_next():
    doc = run(
        "Sammanträdesprotokoll\nMiljönämnden 2023-05-17\nBeslutande: Eva Ek (S), ordförande; Per Ahl (M)\n"
        "§ 30 Taxa\nMiljönämnden beslutar att anta taxan.\n\nOrdförande Justerare Utdragsbestyrkande\n",
        "Sammanträdesprotokoll\nMiljönämnden 2023-05-17\n§ 31 Tillsyn\nYrkanden\n"
        "Eva Ek (S) yrkar bifall till förslaget. Per Ahl (M) yrkar avslag.\n",
    )
    roles = {p.name: p.roles for p in doc.people}
    assert roles["Eva Ek"] == ["ordförande"]
    assert "justerare" not in roles["Per Ahl"]


# --- fixer round 7: places after the date, meetings named as a "-möte" ------------------------------


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a network's notes: date, time, then the place on the same line
        ("Anteckningar från skolchefsmöte\nTisdag 7 oktober 2025, kl. 13.30-16.00, Tallbackaskolan, biblioteket\n",
         "Tallbackaskolan, biblioteket"),
        # a label column read first: the date line, then the place on its own line
        ("Sammanträdesprotokoll\nSammanträde\nPlats\nNärvarande\n\nTorsdagen den 22 september 2022, kl. 08.30-12.10\n"
         "Kommunhuset, sammanträdesrum Ekeberg\n\nAnna Ek (S), ordförande\n", "Kommunhuset, sammanträdesrum Ekeberg"),
        # a kallelse's sentence: "kallas till sammanträde <date> kl. <time> i <place>."
        ("KALLELSE\nTekniska nämnden\nLedamöterna kallas till sammanträde onsdagen den 11 februari 2026 kl. 13.00 i\n"
         "Stadshuset, sal Tjuonajokk. Ersättarna underrättas.\n", "Stadshuset, sal Tjuonajokk"),
        ("Kallelse\nMiljönämnden\nNämnden sammanträder tisdagen den 3 mars 2026 kl 09.00 på Rådhuset, lilla salen.\n",
         "Rådhuset, lilla salen"),
    ],
)
def test_place_after_the_date_and_time(opening, place):
    doc = run(opening + "\n1. Val av justerare\n")
    assert doc.location == place


def test_place_is_not_read_from_a_date_line_without_one():
    doc = run("Anteckningar från rektorsmöte\nTisdag 7 oktober 2025, kl. 13.30-16.00\n\n1. Val av justerare\nText.\n")
    assert doc.location is None


@pytest.mark.parametrize(
    ("heading", "organ"),
    [
        ("Anteckningar från rektorsmöte grundskola", "Rektorsmöte grundskola"),
        ("Minnesanteckningar skolchefsmöte Fyrbodal", "Skolchefsmöte Fyrbodal"),
    ],
)
def test_a_recurring_meeting_names_the_body(heading, organ):
    doc = run(f"Alingsås kommun\n\n{heading}\nTisdag 7 oktober 2025, kl. 13.30-16.00\n\n1. Nästa möte\nText.\n")
    assert doc.organ == organ


def test_organ_proposal_block_before_its_own_decision_block():
    """"Socialnämndens förslag till kommunfullmäktige" then "Socialnämndens beslut", each with
    numbered att-satser: the first block holds proposals, the second the nämnd's own decisions."""
    doc = run(
        "Socialnämnden\nPROTOKOLL\n2022-05-24\n§ 36 Riktlinjer för ekonomiskt bistånd\nDnr SN 2022/211\n"
        "Riktlinjerna har reviderats.\nSocialnämndens förslag till kommunfullmäktige\n"
        "Socialnämnden föreslår kommunfullmäktige att\n1. anta reviderade riktlinjer för ekonomiskt bistånd.\n"
        "Socialnämndens beslut\n2. Socialnämnden beslutar att ge förvaltningen i uppdrag att informera handläggarna.\n"
    )
    assert [(d.kind, d.text) for d in doc.decisions] == [
        ("förslag", "anta reviderade riktlinjer för ekonomiskt bistånd"),
        ("uppdrag", "ge förvaltningen i uppdrag att informera handläggarna"),
    ]


def test_a_committee_proposal_to_the_deciding_organ_is_background():
    doc = run(
        "Kommunstyrelsen\nPROTOKOLL\n2022-05-24\n§ 80 Taxor\nDnr KS 2022/11\n"
        "Arbetsutskottets förslag till kommunstyrelsen\nArbetsutskottet föreslår kommunstyrelsen att\n"
        "1. anta taxorna.\nKommunstyrelsens beslut\nKommunstyrelsen beslutar att anta taxorna med ändringen att avgiften sänks.\n"
    )
    assert [d.text for d in doc.decisions] == ["anta taxorna med ändringen att avgiften sänks"]


@pytest.mark.parametrize("glue", ["'", "’", " ' "])
def test_a_speck_between_the_lead_and_att(glue):
    doc = run(f"Socialnämnden\nPROTOKOLL\n2022-05-24\n§ 35 Val av justerare\nSocialnämnden beslutar{glue}att utse Roger Alm att justera protokollet.\n")
    assert [(d.kind, d.text) for d in doc.decisions] == [("beslut", "utse Roger Alm att justera protokollet")]


def test_ocr_spellings_of_one_name_are_one_person():
    """OCR reads a name's diacritic differently on two pages (Petrović / Petrovic / Petrovié)."""
    doc = run(
        "Socialnämnden\nPROTOKOLL\n2022-05-24\nTjänstepersoner Ingela Sahlin, socialchef\n"
        "Dragan Petrovic, enhetschef, § 37\nLotta Gren, sekreterare\n§ 37 Ungdomsboende\n"
        "Enhetschef Dragan Petrovié föredrar ärendet. Dragan Petrović svarar på frågor.\n"
    )
    dragans = [p for p in doc.people if p.name.startswith("Dragan")]
    assert len(dragans) == 1
    assert dragans[0].attendance == "övrig" and dragans[0].roles == ["enhetschef", "föredragande"]


@pytest.mark.parametrize(("one", "other"), [("Anna Karlsson", "Anna Carlsson"), ("Eva Berg", "Eva Borg"), ("Per Holm", "Per Holmer")])
def test_similar_names_of_different_people_stay_apart(one, other):
    doc = run(f"Utbildningsnämnden\nPROTOKOLL\n2022-05-24\nBeslutande: {one} (S), ordförande; {other} (M)\n§ 1 Val\nText.\n")
    assert {one, other} <= {p.name for p in doc.people}


def test_agenda_item_number_misread_inside_a_running_sequence():
    """OCR reads "5." as "3;" between items 4 and 6, and loses the last item's number; a last
    title wraps after "och"."""
    doc = run(
        "KALLELSE\nMiljönämnden\nNr Ärende Dnr\n\n1 Val av justerare\n\n2 Fastställande av dagordning\n\n"
        "3. Tillsynsplan 2026 MN 2026/3\n\n4 Bidrag till föreningar med MN 2025/88\nverksamhet för unga\n\n"
        "3; \"Badplatser vid Storsjön, MN 2025/101\ndriftsavtal\n\n6. Avgifter från MN 2026/7\nhöstterminen 2026\n\n"
        "Delegationsbeslut och\n\nmeddelanden\n\nÄrende 5 föredras av Mats Kero, miljöchef. Förhinder ska meddelas till\n"
        "nämndsekreteraren senast måndag.\n"
    )
    assert [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"][3:] == [
        ("4.", "MN 2025/88", "Bidrag till föreningar med verksamhet för unga"),
        ("5.", "MN 2025/101", "Badplatser vid Storsjön, driftsavtal"),
        ("6.", "MN 2026/7", "Avgifter från höstterminen 2026"),
        ("7.", None, "Delegationsbeslut och meddelanden"),
    ]


def test_numbers_out_of_sequence_in_prose_are_no_items():
    doc = run(
        "Minnesanteckningar\nRektorsgruppen\n1. Budget\nText om budget.\n2. Lokaler\nText om lokaler.\n"
        "9 Skolor har anmält intresse.\n3. Övriga frågor\nInga.\n"
    )
    assert [s.number for s in doc.sections if s.kind == "topic"] == ["1.", "2.", "3."]


def test_the_administration_over_a_meeting_named_in_the_title():
    doc = run("Västerås stad\nBarn- och ungdomsförvaltningen\n\nMinnesanteckningar från rektorsmöte grundskola\n"
              "Tisdagen den 11 september 2012, kl 13.15-16.00\n\n1. Budget\nText.\n")
    assert doc.organ == "Barn- och ungdomsförvaltningen"


def test_an_organ_name_wrapped_after_och():
    doc = run("Ystads kommun\n\nMinnesanteckningar ledningsgruppen för förskola och\n\ngrundskola\n\n"
              "Datum: 2023-11-14, kl. 09.00-11.30\n\n1. Budget\nText.\n")
    assert doc.organ == "Ledningsgruppen för förskola och grundskola"
    assert doc.title == "Minnesanteckningar ledningsgruppen för förskola och grundskola"


HEAD7 = "Utbildningsnämnden\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2023-03-08\nPlats och tid Stadshuset kl 18.00-20.00\n"


def test_narvarande_beslutande_and_ej_tjanstgorande_ersattare_columns():
    doc = run(
        HEAD7 + "Närvarande beslutande\nAnna Ek (S), ordförande\nPer Lund (M)\nKarin Dahl (C)\n\n"
        "Ej tjänstgörande ersättare\nOla Berg (S)\nLisa Holm (M)\n\n§ 1 Val\nText.\n"
    )
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Anna Ek"] == (["ordförande"], "beslutande")
    assert got["Per Lund"] == (["ledamot"], "beslutande")
    assert got["Ola Berg"] == (["ersättare"], "ersättare")


def test_ledamot_ersattare_table_caption():
    doc = run(
        HEAD7 + "Ledamot\tErsättare\nAnna Ek (S), ordförande\tOla Berg (S)\nPer Lund (M)\tLisa Holm (M)\n"
        "Karin Dahl (C)\n\n§ 1 Val\nText.\n"
    )
    got = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert got["Anna Ek"] == ("S", ["ordförande"], "beslutande")
    assert got["Per Lund"] == ("M", ["ledamot"], "beslutande")
    assert got["Karin Dahl"] == ("C", ["ledamot"], "beslutande")
    assert got["Lisa Holm"] == ("M", ["ersättare"], "ersättare")


def test_a_remark_after_the_list_names_no_member():
    doc = run(
        HEAD7 + "Beslutande: Anna Ek (S), ordförande; Per Lund (M)\n"
        "Anmärkning: Karin Dahl (C) deltog inte i beslutet under § 2\n§ 1 Val\nText.\n"
    )
    got = {p.name: p.attendance for p in doc.people}
    assert got["Per Lund"] == "beslutande"
    assert got.get("Karin Dahl") != "beslutande"


@pytest.mark.parametrize("heading", ["", "Beslut\n"])
@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        ("- att anta budgeten,\n- att uppdra åt förvaltningen att redovisa utfallet.\n",
         [("beslut", "anta budgeten"), ("uppdrag", "uppdra åt förvaltningen att redovisa utfallet")]),
        ("1. Budgeten antas.\n2. Förvaltningen får i uppdrag att redovisa utfallet.\n",
         [("beslut", "Budgeten antas"), ("uppdrag", "Förvaltningen får i uppdrag att redovisa utfallet")]),
    ],
)
def test_lead_with_a_colon_over_a_list(heading, clauses, expected):
    doc = run(HEAD7 + f"§ 12 Budget 2024\nDnr UN 2023/12\nÄrendet har beretts av förvaltningen.\n{heading}Nämnden beslutar:\n{clauses}")
    assert [(d.kind, d.text) for d in doc.decisions] == expected


def test_the_nämnd_has_to_take_a_stand_is_no_decision():
    doc = run(HEAD7 + "§ 12 Budget 2024\nNämnden har att ta ställning till förvaltningens förslag till budget.\n"
              "Nämnden beslutar att anta budgeten.\n")
    assert [d.text for d in doc.decisions] == ["anta budgeten"]


def test_absent_members_serving_substitutes_and_guests_by_their_labels():
    doc = run(
        HEAD7 + "Beslutande ledamöter: Anna Ek (S), ordförande; Per Lund (M)\nFrånvarande ledamöter: Karin Dahl (C)\n"
        "Ersättare som tjänstgjort: Ola Berg (S)\nFrånvarande ersättare: Lisa Holm (M)\n"
        "Från förvaltningen: Sara Ahl, förvaltningschef\nGäster: Lena Svärd, revisor\n§ 1 Val\nText.\n"
    )
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Karin Dahl"][1] == "frånvarande"
    assert got["Ola Berg"] == (["ersättare"], "beslutande")
    assert got["Lisa Holm"] == (["ersättare"], "frånvarande")
    assert got["Sara Ahl"] == (["förvaltningschef"], "övrig")
    assert got["Lena Svärd"][1] == "övrig"


def test_abbreviated_roles_before_names_in_a_column():
    doc = run(HEAD7 + "Beslutande\nOrdf. Anna Ek (S)\nv. ordf. Per Lund (M)\nKarin Dahl (C)\nsekr. Jan Ros\n§ 1 Val\nText.\n")
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Anna Ek"] == (["ordförande"], "beslutande")
    assert got["Per Lund"] == (["vice ordförande"], "beslutande")
    assert got["Jan Ros"][0] == ["sekreterare"]


def test_worded_items_with_a_dash_before_the_title():
    doc = run("Minnesanteckningar\nRektorsgruppen\nDatum: 2023-03-08\nÄrende 1 - Budget\nVi gick igenom budgeten.\n"
              "Ärende 2 – Lokaler\nInga nya lokaler.\n")
    assert [(s.number, s.title) for s in doc.sections if s.kind == "topic"] == [("Ärende 1", "Budget"), ("Ärende 2", "Lokaler")]


@pytest.mark.parametrize(
    "decides", ["Nämnden beslutar i enlighet med förvaltningens förslag.", "Nämnden bifaller förslaget.", "Nämnden beslutar att bifalla förvaltningens förslag."]
)
def test_adopting_the_proposal_takes_its_clauses(decides):
    doc = run(HEAD7 + f"§ 12 Budget 2024\nFörvaltningens förslag till beslut\nNämnden beslutar att anta budgeten.\nBeslut\n{decides}\n")
    assert [(d.kind, d.text) for d in doc.decisions] == [("beslut", "anta budgeten")]


def test_ordinarie_ledamoter_and_a_substitute_who_tjanstgor_for_a_member():
    doc = run(
        HEAD7 + "Ordinarie ledamöter: Anna Ek (S), ordförande; Per Lund (M); Ola Berg (S), tjänstgör för Karin Dahl (C)\n"
        "Ersättare (ej tjänstgörande): Lisa Holm (M)\n§ 1 Val\nText.\n"
    )
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Per Lund"] == (["ledamot"], "beslutande")
    assert got["Ola Berg"] == (["ersättare"], "beslutande")
    assert got["Karin Dahl"][1] == "frånvarande"
    assert got["Lisa Holm"] == (["ersättare"], "ersättare")


def test_tid_och_plats_with_the_place_after_i():
    doc = run("Barn- och utbildningsnämnden\nSAMMANTRÄDESPROTOKOLL\n"
              "Tid och plats: Måndagen den 6 mars 2023 kl. 13.00–16.30 i Stadshuset, Sessionssalen\n§ 1 Val\nText.\n")
    assert (doc.start_time, doc.location) == (dt.time(13, 0), "Stadshuset, Sessionssalen")


def test_participants_in_a_kommun_and_name_table():
    doc = run("Minnesanteckningar\nSkolchefsnätverket Skaraborg\nDatum: 2023-03-08\n"
              "Deltagare\nSkövde\tAnna Ek, skolchef\nFalköping   Per Lund, utbildningschef\n1. Budget\nText.\n")
    got = {p.name: (p.roles, p.attendance, p.affiliation) for p in doc.people}
    assert got["Anna Ek"] == (["skolchef"], "närvarande", "Skövde")
    assert got["Per Lund"] == (["utbildningschef"], "närvarande", "Falköping")


@pytest.mark.parametrize("label", ["Åtgärd", "Att göra", "Uppdrag"])
def test_task_lines_in_informal_minutes(label):
    doc = run("Minnesanteckningar\nSkolchefsnätverket Skaraborg\nDatum: 2023-03-08\nNärvarande: Anna Ek, Per Lund\n"
              f"1. Budget\nVi gick igenom budgeten.\n{label}: Per tar fram en sammanställning till nästa möte.\n"
              "2. Lokaler\nInga nya lokaler.\n")
    assert [(d.kind, d.text) for d in doc.decisions] == [("uppdrag", "Per tar fram en sammanställning till nästa möte.")]


def test_who_is_responsible_is_no_decision():
    doc = run("Minnesanteckningar\nSkolchefsnätverket Skaraborg\nDatum: 2023-03-08\n"
              "1. Budget\nVi gick igenom budgeten.\nBeslut: Budgeten godkänns. Ansvarig: Per Lund.\n2. Lokaler\nText.\n")
    assert [d.text for d in doc.decisions] == ["Budgeten godkänns."]


@pytest.mark.parametrize("label", ["Övriga närvarande:", "Tjänstepersoner"])
def test_roles_before_names_in_a_list(label):
    doc = run(HEAD7 + "Beslutande: Anna Ek (S), ordförande; Per Lund (M)\n"
              f"{label} förvaltningschef Sara Ahl, nämndsekreterare Jan Ros, controller Eva Berg §§ 12-13\n§ 12 Val\nText.\n")
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Sara Ahl"] == (["förvaltningschef"], "övrig")
    assert got["Jan Ros"] == (["sekreterare"], "övrig")
    assert got["Eva Berg"] == (["controller"], "övrig")


def test_a_substitute_marked_tjg_in_the_substitutes_column_decides():
    doc = run(HEAD7 + "Beslutande\tErsättare\nAnna Ek (S), ordförande\tOla Berg (S), tjg §§ 12-14\n"
              "Per Lund (M)\tLisa Holm (M), ej  tjänstgörande\n\n§ 12 Val\nText.\n")
    got = {p.name: (p.roles, p.attendance) for p in doc.people}
    assert got["Ola Berg"] == (["ersättare"], "beslutande")
    assert got["Lisa Holm"] == (["ersättare"], "ersättare")


def test_name_party_role_columns_without_a_caption_row():
    doc = run(HEAD7 + "Närvarande ledamöter\nAnna Ek\tS\tordförande\nPer Lund\tM\tvice ordförande\nKarin Dahl\tC\tledamot\n\n"
              "§ 12 Val\nText.\n")
    got = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert got == {
        "Anna Ek": ("S", ["ordförande"], "beslutande"),
        "Per Lund": ("M", ["vice ordförande"], "beslutande"),
        "Karin Dahl": ("C", ["ledamot"], "beslutande"),
    }


def test_agenda_with_a_presenter_column_and_case_numbers_below():
    doc = run(
        "KALLELSE\nMiljönämnden\nTid: 2023-03-08 kl 13.00\nPlats: Rådhuset\nFöredragningslista\nÄrende\tFöredragande\n"
        "1. Val av justerare\tOrdföranden\n2. Tillsynsplan 2024\tmiljöchef Eva Berg\n3. Budget 2024\nDnr MN 2023/11\n"
    )
    assert [(s.number, s.case_number, s.title) for s in doc.sections if s.kind == "topic"] == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Tillsynsplan 2024"),
        ("3.", "MN 2023/11", "Budget 2024"),
    ]


def test_organ_abbreviation_before_the_sign():
    doc = run(HEAD7 + "UN § 12\tDnr 2023/12\nBudget 2024\nNämnden beslutar att anta budgeten.\n"
              "UN § 13\tDnr UN 2023/15\nTaxor\nNämnden beslutar att anta taxorna.\n")
    assert paragraphs(doc) == [("§ 12", "2023/12", "Budget 2024"), ("§ 13", "UN 2023/15", "Taxor")]
    assert [d.text for d in doc.decisions] == ["anta budgeten", "anta taxorna"]


def test_party_column_before_the_names():
    doc = run(HEAD7 + "Beslutande\nS\tAnna Ek, ordförande\nM\tPer Lund\nC Karin Dahl\n\n§ 12 Val\nText.\n")
    got = {p.name: (p.party, p.roles, p.attendance) for p in doc.people}
    assert got == {
        "Anna Ek": ("S", ["ordförande"], "beslutande"),
        "Per Lund": ("M", ["ledamot"], "beslutande"),
        "Karin Dahl": ("C", ["ledamot"], "beslutande"),
    }


def test_a_grid_label_wrapped_below_its_values_is_read_whole():
    """Read row by row, "Närvarande ersättare" puts its second word under the first value line."""
    doc = run(
        "Barn- och utbildningsnämnden\nSammanträdesprotokoll 2023-03-14\n"
        "Närvarande\tPer Lund (S), ordförande; Eva Ek (M), vice\n"
        "ledamöter\tordförande; Olle Berg (C)\n"
        "Närvarande\tSara Ahl (KD); Jan Ros (V)\n"
        "ersättare\n"
        "Övriga närvarande\tLena Björk, förvaltningschef\n"
    )
    assert person(doc, "Olle Berg").attendance == "beslutande"
    assert person(doc, "Eva Ek").roles == ["vice ordförande"] and person(doc, "Eva Ek").attendance == "beslutande"
    assert person(doc, "Sara Ahl").attendance == "ersättare"
    assert person(doc, "Jan Ros").attendance == "ersättare" and "ersättare" in person(doc, "Jan Ros").roles
    assert person(doc, "Lena Björk").attendance == "övrig"


# --- header: round 7's forms ------------------------------------------------------------------


def test_the_organ_said_outright_in_the_anslagsbevis_wins_over_a_letterhead_administration():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nHärryda kommun Bam. och utbildningshämnden 2024-02-08\n"  # the organ misread
        "Plats och tid\tRådhuset, sal 2, torsdag 8 februari 2024 kl. 13.00-15.30\n"
        "Beslutande\tAnna Berg (S), ordförande\nPer Lund (M)\nEva Ek (C)\nOlle Ros (SD)\nSara Ahl (V)\n"
        "Övriga närvarande\tLena Björk, förvaltningschef\nJan Ros, nämndsekreterare\n"
        "Utses att justera\tPer Lund (M)\n"
        "Justeringens plats\tBarn- och utbildningsförvaltningen, 13/2-24\nParagrafer\t12-15\n"
        "Sekreterare\tOrdförande\tJusterare\nJan Ros\tAnna Berg\tPer Lund\n"
        "ANSLAG/BEVIS\nOrgan\tBarn- och utbildningsnämnden\nSammanträdesdatum\t2024-02-08\n"
        "§ 12 Godkännande av dagordning\nNämnden beslutar att godkänna dagordningen.\n"
    )
    assert doc.organ == "Barn- och utbildningsnämnden"


def test_plats_inside_a_sentence_is_no_place_label():
    doc = run(
        "Pressmeddelande 3 maj 2024\nTorsby kommun\nNy förskola i Östmark\n"
        "Barn- och utbildningsnämnden beslutade i går att bygga en ny förskola. Den får\n"
        "plats för 120 barn och ska öppna i januari 2026.\n"
    )
    assert doc.location is None


def test_a_summons_sentence_gives_the_place_after_klockan_on_the_next_line():
    doc = run(
        "KALLELSE\nRegion Gotland 2024-01-19\nSocialnämnden\n"
        "Ledamöter och ersättare kallas till sammanträde onsdagen den 31 januari 2024, klockan\n"
        "13.30, i Almedalssalen, Visborgsallén 19, Visby. Gruppmöten hålls från kl. 12.30.\n"
        "Föredragningslista\n"
    )
    assert doc.location == "Almedalssalen, Visborgsallén 19, Visby"
    assert doc.meeting_date == dt.date(2024, 1, 31)


def test_a_yearless_weekday_date_with_times_under_a_dated_letterhead_is_the_meeting():
    doc = run(
        "Socialförvaltningen\nOckelbo kommun 2023-05-17\n"
        "Minnesanteckningar – ledningsgruppen\n"
        "Måndag 15/5 kl 9.00-11.30, Kommunhuset, rum Vittervägen\n"
        "Närvarande: socialchef Eva Ek (ordf.), enhetschef Per Lund\n"
    )
    assert doc.meeting_date == dt.date(2023, 5, 15)
    assert doc.location == "Kommunhuset, rum Vittervägen"


def test_senast_before_a_bare_weekday_and_lamnas_fram_till_are_deadlines():
    doc = run(
        "KALLELSE\nKultur- och fritidsnämnden\nSammanträde onsdagen den 6 mars 2024 kl. 09.00, Rådhuset\n"
        "Förhinder anmäls till nämndsekreteraren senast måndag 4/3 kl. 12.00.\n"
        "Synpunkter på förslaget kan lämnas fram till 13 september 2024.\n"
        "Utställningen pågår fram till 14 juni 2024.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 3, 4)] == ["deadline"]
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 9, 13)] == ["deadline"]
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 6, 14)] == ["event"]


def test_an_att_clause_ends_the_sentence_a_task_in_the_next_clause_speaks_for():
    doc = run(
        "Protokoll 2024-04-16\nBarn- och skolnämnden\n§ 37 Sommarfritidshem 2024\nBeslut\n"
        "Barn- och skolnämnden beslutar\natt verksamheten samlas till Västra skolan\n"
        "från och med den 1 juli till och med den 2 augusti 2024,\n"
        "att uppdra åt förvaltningschefen att informera vårdnadshavare om beslutet.\n"
        "Vårdnadshavare ska anmäla behov senast den 10 maj.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 7, 1)] == ["event"]
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 5, 10)] == ["deadline"]


def test_a_kommun_alone_before_a_date_dates_the_signature_not_an_event():
    doc = run(
        "Protokollsutdrag 2024-04-16\nBarn- och skolnämnden\n§ 37 Sommarfritidshem 2024\n"
        "Ärendet bereddes i samverkansgruppen.\nBeslutsunderlag\nTjänsteskrivelse 2024-04-19.\n"
        "Expedieras: Förvaltningschef\nJusterare Rätt utdraget intygar\n"  # OCR lost the cell gaps
        "Per Holm (M) Anna Lund, nämndsekreterare\nLidköping 2024-04-22\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 4, 22)] == ["other"]
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 4, 19)] == ["event"]


def test_labels_run_together_on_one_line_are_each_read():
    doc = run(
        "Älvsbyns kommun\nMinnesanteckningar ledningsgrupp förskola\n"
        "Datum: 240311 Tid: 13.00-15.30 Plats: Kommunhuset, Blå rummet\n"
        "Närvarande: Eva Ek, förskolechef (ordf.), Per Lund, controller\n"
    )
    assert (doc.start_time, doc.end_time) == (dt.time(13, 0), dt.time(15, 30))
    assert doc.location == "Kommunhuset, Blå rummet"


def test_a_labelled_time_range_whose_dots_were_lost_is_read():
    doc = run(
        "Utbildningsförvaltningen\nGnosjö kommun 2024-09-02\nInbjudan till studiedag\n"
        "När: Torsdag 17 oktober 2024, 8 30-15 45\nVar: Folkets hus, Gnosjö\n"
    )
    assert (doc.start_time, doc.end_time) == (dt.time(8, 30), dt.time(15, 45))


def test_a_page_number_after_the_document_type_is_no_date():
    doc = run(
        "Gymnasie- och vuxenutbildningsnämnden\tPROTOKOLL 1/2\nSammanträdesdatum 2023-09-20\n"
        "§ 47 Budget 2024\nNämnden beslutar att godkänna budgeten. Redovisning sker senast 15/2.\n"
    )
    assert [d.text for d in doc.dates] == ["2023-09-20", "15/2"]


def test_a_logo_kommun_whose_suffix_ocr_misread_still_names_the_municipality():
    doc = run(
        "(e) Ludvika kömmun Barn- och utbildningsförvaltningen\n"
        "Anteckningar – rektorsgruppen\nDatum 6/2 2024\nTid 13.15-15.45\n"
    )
    assert doc.municipality == "Ludvika"


def test_a_title_wrapped_above_the_date_line_is_no_place_and_the_place_below_is():
    doc = run(
        "Utbildningsförvaltningen\nHöörs kommun 2023-09-11\n"
        "Inbjudan: Närvaro i fokus – en eftermiddag om\nskolfrånvaro\n"
        "Torsdag 12 oktober 2023, kl. 12 30-16 30\nBiblioteket, hörsalen, Höör\n\n"
        "Utbildningsförvaltningen bjuder in rektorer till en eftermiddag om frånvaro.\n"
    )
    assert doc.location == "Biblioteket, hörsalen, Höör"


def test_a_speck_before_the_year_keeps_a_date_range_whole():
    doc = run(
        "Protokollsutdrag 2023-05-10\nUtbildningsnämnden\n§ 52 Samverkansavtal\n"
        "Avtalet med Olofström förlängs för perioden 1 juli .2023 - 30 juni 2026.\n"
    )
    assert [(d.date, d.date_end) for d in doc.dates if d.date_end] == [(dt.date(2023, 7, 1), dt.date(2026, 6, 30))]


def test_a_dash_ocr_read_as_equals_still_ends_the_meeting():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nEksjö kommun Barn- och utbildningsnämnden\nSammanträdesdatum 2024-05-22\n"
        "Plats och tid\tStadshuset, sal Linden, onsdagen den 22 maj\n2024 kl 13:30=17:05\n"
    )
    assert (doc.start_time, doc.end_time) == (dt.time(13, 30), dt.time(17, 5))


def test_a_blank_line_ocr_put_inside_a_task_sentence_keeps_its_deadline():
    doc = run(
        "Protokoll 2024-05-22\nBarn- och utbildningsnämnden\n§ 48 Ekonomisk uppföljning\nBeslut\n"
        "Barn- och utbildningsnämnden beslutar\n\natt godkänna uppföljningen,\n\n"
        "att uppdra åt förvaltningschefen att redovisa åtgärder vid\n\nnämndens sammanträde den 18 september 2024.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2024, 9, 18)] == ["deadline"]


def test_the_organ_named_after_its_verb_or_its_meeting_when_no_header_names_it():
    press = run(
        "PRESSMEDDELANDE 13 februari 2025\nVallentuna kommun\nMobilfri skoldag från i höst\n"
        "I tisdags beslutade barn- och ungdomsnämnden i Vallentuna kommun att alla skolor ska vara mobilfria.\n"
    )
    extract_of = run(
        "PROTOKOLLSUTDRAG Sida 1 av 1\nAle kommun\n"
        "Utdrag ur protokoll fört vid sammanträde med barn- och utbildningsnämnden måndagen\n"
        "den 14 november 2022.\n§ 112\nBehovsanalys för en ny skola\n"
    )
    assert press.organ == "Barn- och ungdomsnämnden"
    assert extract_of.organ == "Barn- och utbildningsnämnden"


def test_a_remark_in_parentheses_after_the_place_and_a_network_named_before_a_dash():
    doc = run(
        "(e) Rättviks kommun\nSkolchefsnätverket Dalälven – minnesanteckningar\n"
        "Tid: Fredagen den 7 februari 2025, 9.00-12.00\n"
        "Plats: Rättviks kommunhus, rum Vättern (Mora deltog via Teams)\n"
    )
    assert doc.location == "Rättviks kommunhus, rum Vättern"
    assert doc.organ == "Skolchefsnätverket Dalälven"


def test_lamnas_fram_till_a_few_words_away_is_still_a_deadline():
    doc = run(
        "Pressmeddelande 13 februari 2025\nTäby kommun\nMobilfri skola\n"
        "Skolorna kan ansöka om bidrag till aktiviteter på rasterna fram till 31/3.\n"
    )
    assert [d.kind for d in doc.dates if d.date == dt.date(2025, 3, 31)] == ["deadline"]
