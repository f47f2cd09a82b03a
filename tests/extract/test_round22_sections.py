"""Forms of sections and decisions met in held-out round 22, written anew by hand in other words:
one small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------

# a kallelse whose agenda table (Nr / Ärende / Dnr / Föredragande) has a row whose title cell wraps
# over four lines; the presenter's cell wraps too, its second line (a workplace) read after a tab
# on the title's second line, and a table rule read as "|" after the third
NOTICE_LONG_WRAPPED_ROW = (
    "KALLELSE 2025-10-01\n\nÖrkelljunga kommun\n\nKultur- och fritidsnämnden\n\n"
    "Tid Torsdagen den 16 oktober 2025 kl. 14.00\nPlats Kommunhuset, sal Rönnen\n"
    "Föredragningslista\n"
    "Nr Ärende Dnr Föredragande\n"
    "1. Val av justerare\n"
    "2. Budgetuppföljning KFN 2025/31 Eva Berg, controller\n"
    "september 2025\n\n"
    "3. Avtal med BUN 2025/77\tNils Holm, chef\n"
    "Klippans kommun om\tBiblioteket\n"
    "gemensam bokbuss |\n"
    "för landsbygden\n\n"
    "4. Redovisning av KFN 2025/3\n"
    "delegationsbeslut\n\n"
    "5. Meddelanden\n\n"
    "Välkomna!\n\nKarin Ek (S)\nOrdförande\n"
)


def test_a_title_cell_wrapped_over_four_lines_is_read_whole_without_the_presenters_cell():
    assert items(run(NOTICE_LONG_WRAPPED_ROW)) == [
        ("1.", None, "Val av justerare"),
        ("2.", "KFN 2025/31", "Budgetuppföljning september 2025"),
        ("3.", "BUN 2025/77", "Avtal med Klippans kommun om gemensam bokbuss för landsbygden"),
        ("4.", "KFN 2025/3", "Redovisning av delegationsbeslut"),
        ("5.", None, "Meddelanden"),
    ]


# a protokollsutdrag whose header is a column of labels with their values on the same line
# ("Organ …", "Sammanträdesdatum …", "Paragraf …", "Diarienummer …"), the paragraph given with the
# organ's abbreviation and a sign OCR may read as "8"; the title stands under the labels, and the
# decision block names the organ, with its proposals onward under a heading of their own
EXTRACT_LABELLED_HEADER = (
    "PROTOKOLLSUTDRAG Blad 1\n\nÖrkelljunga kommun\n\n"
    "Organ Kultur- och fritidsnämnden\n"
    "Sammanträdesdatum onsdagen den 8 april 2026\n"
    "Paragraf KFN {sign}41\n\n"
    "Diarienummer KFN 2026/0102\n\n"
    "Nytt bibliotek i Åsljunga\n\n"
    "Ärendebeskrivning\n"
    "Förvaltningen har utrett var ett nytt bibliotek kan ligga. Två platser har prövats.\n"
    "Yrkanden\n"
    "Ordföranden Lena Falk (C) yrkar bifall till förvaltningens förslag.\n"
    "Kultur- och fritidsnämndens beslut\n"
    "« Utredningen om bibliotek i Åsljunga godkänns.\n"
    "« Kulturchefen får i uppdrag att ordna ett samråd med föreningarna\n"
    "senast den 15 maj 2026.\n"
    "Kultur- och fritidsnämndens förslag till kommunfullmäktige :\n"
    "« att biblioteket byggs i skolans gamla matsal,\n"
    "+ att 3 miljoner kronor avsätts i investeringsbudgeten 2027.\n"
    "Reservation\n"
    "Per Ås (M) reserverar sig mot beslutet.\n\n"
    "Beslutet skickas till: Kommunfullmäktige\n\n"
    "Utdraget bestyrkes :\n\nAnna Nord, nämndsekreterare\n"
)


def test_the_paragraph_of_an_extracts_labelled_header_is_its_section():
    for sign in ("§ ", "8 ", ""):
        doc = run(EXTRACT_LABELLED_HEADER.format(sign=sign))
        assert items(doc) == [("§ 41", "KFN 2026/0102", "Nytt bibliotek i Åsljunga")], sign


def test_the_decisions_under_an_extracts_labelled_header_are_found():
    assert decided(run(EXTRACT_LABELLED_HEADER.format(sign="8 "))) == [
        ("§ 41", "beslut", "Utredningen om bibliotek i Åsljunga godkänns"),
        ("§ 41", "uppdrag", "Kulturchefen får i uppdrag att ordna ett samråd med föreningarna senast den 15 maj 2026"),
        ("§ 41", "förslag", "biblioteket byggs i skolans gamla matsal"),
        ("§ 41", "förslag", "3 miljoner kronor avsätts i investeringsbudgeten 2027"),
    ]


# --- decisions ---------------------------------------------------------------------------------

# a § whose ruling (Yrkanden, Beslutsgång) is followed by the proposal onward under "Förslag till
# beslut i <organ>", numbered, and then by the organ's own decision, numbered on
PROTOCOL_PROPOSAL_TO_ORGAN = (
    "SAMMANTRÄDESPROTOKOLL\n\nÖrkelljunga kommun Kommunstyrelsen 2026-03-02\n\n"
    "Justerare Per Ås (M)\n\n"
    "§ 31 Idrottshall i Åsljunga\n\nKS/2025:410\n\n"
    "Förvaltningen har tagit fram ett underlag för en ny idrottshall.\n"
    "Yrkanden\n"
    "Per Ås (M) yrkar att ärendet återremitteras.\n"
    "Beslutsgång\n"
    "Ordföranden finner att kommunstyrelsen bifaller förvaltningens förslag.\n"
    "Förslag till beslut i kommunfullmäktige\n\n"
    "1. Idrottshallen byggs vid Åsljunga skola.\n\n"
    "2. Investeringsbudgeten för 2027 utökas med 25 miljoner kronor.\n"
    "Kommunstyrelsens beslut\n\n"
    "3. Tekniska förvaltningen får i uppdrag att upphandla en entreprenör.\n\n"
    "§ 32 Anmälan av delegationsbeslut\n\nKS/2026:4\n\n"
    "Kommunstyrelsens beslut\nRedovisningen läggs till handlingarna.\n"
)


def test_a_proposal_to_an_organ_after_the_ruling_gives_proposals():
    assert decided(run(PROTOCOL_PROPOSAL_TO_ORGAN)) == [
        ("§ 31", "förslag", "Idrottshallen byggs vid Åsljunga skola"),
        ("§ 31", "förslag", "Investeringsbudgeten för 2027 utökas med 25 miljoner kronor"),
        ("§ 31", "uppdrag", "Tekniska förvaltningen får i uppdrag att upphandla en entreprenör"),
        ("§ 32", "beslut", "Redovisningen läggs till handlingarna"),
    ]


# the same heading as background, before the ruling: what the administration proposed, no decision
PROTOCOL_PROPOSAL_AS_BACKGROUND = (
    "SAMMANTRÄDESPROTOKOLL\n\nÖrkelljunga kommun Kommunstyrelsen 2026-03-02\n\n"
    "§ 33 Taxa för bokbussen\n\nKS/2025:99\n\n"
    "Förslag till beslut i kommunfullmäktige\n"
    "1. Taxan höjs med fem procent.\n"
    "Yrkanden\n"
    "Per Ås (M) yrkar avslag.\n"
    "Kommunstyrelsens beslut\n"
    "Ärendet återremitteras till förvaltningen.\n"
)


def test_a_proposal_to_an_organ_before_the_ruling_is_background():
    assert decided(run(PROTOCOL_PROPOSAL_AS_BACKGROUND)) == [
        ("§ 33", "beslut", "Ärendet återremitteras till förvaltningen"),
    ]


# a running header whose repeat on page 2 OCR damaged ("Orkelljunga komun" for "Örkelljunga
# kommun"), under a decision that goes on from page 1: not part of the decision's text
PROTOCOL_DAMAGED_RUNNING_HEADER = (
    "SAMMANTRÄDESPROTOKOLL 1 (2)\nÖrkelljunga kommun Kommunstyrelsen 2026-03-02\n\n"
    "Justerare Per Ås (M)\n\n"
    "§ 34 Lokaler för fritidsgården\n\nKS/2026:12\n\n"
    "Förvaltningen har sett över lokalerna.\n"
    "Kommunstyrelsens beslut\n\n"
    "1. Kultur- och fritidschefen får i uppdrag att ta fram ett förslag till nya lokaler\n"
    "senast den 1 juni 2026.\n\n"
    "Justerandes sign. Utdragsbestyrkande\n"
    "\f"
    "SAMMANTRÄDESPROTOKOLL 2 (2)\nOrkelljunga komun Kommunstyrelsen 2026-03-02\n\n"
    "Reservation\nPer Ås (M) reserverar sig.\n\n"
    "§ 35 Anmälan av delegationsbeslut\n\nKS/2026:4\n\n"
    "Kommunstyrelsens beslut\nRedovisningen läggs till handlingarna.\n\n"
    "Justerandes sign. Utdragsbestyrkande\n"
)


def test_a_running_header_damaged_by_ocr_is_left_out_of_a_decision():
    assert decided(run(PROTOCOL_DAMAGED_RUNNING_HEADER))[0] == (
        "§ 34",
        "uppdrag",
        "Kultur- och fritidschefen får i uppdrag att ta fram ett förslag till nya lokaler senast den 1 juni 2026",
    )
