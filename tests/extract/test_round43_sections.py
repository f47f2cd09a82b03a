"""Forms of sections and decisions met in held-out rounds 43-46, written anew by hand in other
words, names and kommuner: one small document per form, run through segmentation and extraction
as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

HEAD = "PROTOKOLL\nSocialnämnden\n\nSammanträdesdatum 2025-09-10\n\n"


# --- "§ 7 SN 24/0112": the diarienummer with a two-digit year right after the § number --------------


def test_a_two_digit_year_diarienummer_right_after_the_sign_is_the_case_number():
    doc = run(
        HEAD + "§ 7 SN 24/0112\n\nVal av justerare\nSocialnämnden beslutar att utse Åsa Brink (C) att justera.\n\n"
        "§ 8 SN 24/0090\n\nTaxor för färdtjänst\nSocialnämnden beslutar att anta taxorna.\n"
    )
    assert items(doc) == [("§ 7", "SN 24/0112", "Val av justerare"), ("§ 8", "SN 24/0090", "Taxor för färdtjänst")]


# --- an extract's header: the diarienummer with the § after it on one line, the sign misread ------


def test_a_paragraph_number_after_the_diarienummer_on_its_line_opens_the_paragraph():
    doc = run(
        "PROTOKOLLSUTDRAG Sida 1 (1)\nTierps kommun\nKultur- och fritidsnämnden Sammanträdesdatum 3 mars 2026\n\n"
        "Diarienummer KFN-2026-0088 -&£27\n\nNya öppettider i simhallen\n\n"
        "Beslut\nKultur- och fritidsnämnden beslutar:\n"
        "1. Simhallen öppnar klockan 6 på vardagar.\n"
        "2. Fritidschefen får i uppdrag att följa upp besöken.\n"
        "Kultur- och fritidsnämnden föreslår kommunstyrelsen besluta\n"
        "3. att hos länsstyrelsen söka bidrag för simskola för\n2026.\n\n"
        "Reservation\nPer Ahl (KD) reserverar sig mot beslutet.\n\n"
        "Justerat den 6 mars 2026: Lina Ek, Omar Said\n"
    )
    assert items(doc) == [("§ 27", "KFN-2026-0088", "Nya öppettider i simhallen")]
    assert decided(doc) == [
        ("§ 27", "beslut", "Simhallen öppnar klockan 6 på vardagar"),
        ("§ 27", "uppdrag", "Fritidschefen får i uppdrag att följa upp besöken"),
        ("§ 27", "förslag", "hos länsstyrelsen söka bidrag för simskola för 2026"),
    ]


# --- "8 31 « Title": a speck between the sign's number and the title ------------------------------


def test_a_speck_between_the_number_and_the_title_keeps_the_paragraph():
    doc = run(
        HEAD + "8 31 « Val av justerare och fastställande av föredragningslista\n\n"
        "Socialnämnden beslutar\natt utse Nils Holm (L) att justera protokollet,\natt fastställa föredragningslistan.\n\n"
        "§ 32 Delårsrapport\nDnr SN 2025/40\n\nSocialnämnden beslutar att godkänna rapporten.\n"
    )
    assert items(doc)[0] == ("§ 31", None, "Val av justerare och fastställande av föredragningslista")
    assert decided(doc)[:2] == [
        ("§ 31", "beslut", "utse Nils Holm (L) att justera protokollet"),
        ("§ 31", "beslut", "fastställa föredragningslistan"),
    ]


# --- the organ's lead over its att-sats below the reservation, after yrkanden and beslutsgång ------


def test_the_organs_proposal_lead_after_the_reservation_is_the_decision():
    doc = run(
        HEAD + "§ 44 Riktlinjer för bostadsanpassning\n\nDnr SN 2025/61\n"
        "Förvaltningen har tagit fram nya riktlinjer.\n"
        "Yrkanden\nOrdföranden yrkar bifall till förslaget. Karl Vik (V) yrkar avslag.\n"
        "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller ordförandens yrkande.\n"
        "Reservation\nKarl Vik (V) reserverar sig mot beslutet.\n"
        "Socialnämnden föreslår kommunfullmäktige besluta\n\n"
        "att anta riktlinjer för bostadsanpassning enligt bilaga 2.\n\n"
        "§ 45 Meddelanden\n\nSocialnämnden beslutar att lägga meddelandena till handlingarna.\n"
    )
    assert decided(doc)[0] == ("§ 44", "förslag", "anta riktlinjer för bostadsanpassning enligt bilaga 2")


# --- a kallelse's agenda whose numbers OCR lost, under the column caption "Nr — Ärende" ----------


def test_an_agenda_under_its_caption_row_with_its_numbers_lost_and_presenters_wrapped():
    doc = run(
        "KALLELSE\nHeby kommun 2026-01-12\n\nKallelse till sammanträde med socialnämnden\n\n"
        "Föredragningslista\nNr —- Ärende\n\n"
        "Upprop\n\nVal av justerare\n\n"
        "Budget 2026 för socialnämnden (SN 2025/140). Föredragande:\nAnders Wik, ekonom :\n\n"
        "Riktlinjer för bistånd (SN 2025/99)\n"
        "Tillsyn av serveringstillstånd (SN 2026/3). Föredragande: Pia Lund,\nhandläggare\n\n"
        "6 Meddelanden\n\n"
        "Handlingarna finns i mötesappen. Förhinder anmäls till sekreteraren.\n"
    )
    assert items(doc) == [
        ("1.", None, "Upprop"),
        ("2.", None, "Val av justerare"),
        ("3.", "SN 2025/140", "Budget 2026 för socialnämnden"),
        ("4.", "SN 2025/99", "Riktlinjer för bistånd"),
        ("5.", "SN 2026/3", "Tillsyn av serveringstillstånd"),
        ("6.", None, "Meddelanden"),
    ]


# --- "Nämnden beslutar att" at a page's head or foot on two pages: a lead, never page furniture -----


def test_a_lead_ending_in_att_on_two_pages_is_no_running_header():
    first = (
        HEAD + "Nämnden beslutar att\nutse Eva Lind (M) att justera protokollet.\n\n"
        "§ 2 Verksamhetsplan\nDnr SN 2025/8\nFörvaltningen redovisar planen för 2026 med mål och nyckeltal.\n"
        "Diskussion förs om målen för hemtjänsten och äldreomsorgen.\nNämnden beslutar att\n\n"
        "anta verksamhetsplanen.\n\nJusterandes sign Utdragsbestyrkande\n"
    )
    first = first.replace(HEAD, HEAD + "§ 1 Val av justerare\nDnr SN 2025/1\n")
    second = (
        HEAD + "§ 3 Meddelanden\nDnr SN 2025/2\nNämnden tar del av förteckningen.\nNämnden beslutar att\n"
        "lägga meddelandena till handlingarna.\n\nJusterandes sign Utdragsbestyrkande\n"
    )
    assert decided(run(first, second)) == [
        ("§ 1", "beslut", "utse Eva Lind (M) att justera protokollet"),
        ("§ 2", "beslut", "anta verksamhetsplanen"),
        ("§ 3", "beslut", "lägga meddelandena till handlingarna"),
    ]


# --- "beslutar att" alone, then its clauses one per line without "att", each ending in a comma -----


def test_clauses_without_att_one_per_line_each_a_decision():
    doc = run(
        HEAD + "§ 60 Vägledningscentrum\n\nDnr SN 2025/77\n"
        "Förvaltningen redovisar behovet av ett vägledningscentrum.\n"
        "Socialnämnden föreslår kommunstyrelsen besluta att\n"
        "inrätta ett vägledningscentrum i Östhammar från och med\nden 1 juni 2026,\n"
        "uppdra åt socialchefen att ta fram en bemanningsplan.\n\n"
        "§ 61 Lokaler för daglig verksamhet\n\nDnr SN 2025/80\n"
        "Socialnämnden beslutar att\n\n"
        "- ge socialchefen i uppdrag att hyra lokaler i Gimo,\n\n"
        ". hyresavtalet ska redovisas för nämnden senast 2026-04-15,\n\n"
        "godkänna en ökad hyreskostnad.\n"
    )
    assert decided(doc) == [
        ("§ 60", "förslag", "inrätta ett vägledningscentrum i Östhammar från och med den 1 juni 2026"),
        ("§ 60", "förslag", "uppdra åt socialchefen att ta fram en bemanningsplan"),
        ("§ 61", "uppdrag", "ge socialchefen i uppdrag att hyra lokaler i Gimo"),
        ("§ 61", "uppdrag", "hyresavtalet ska redovisas för nämnden senast 2026-04-15"),
        ("§ 61", "beslut", "godkänna en ökad hyreskostnad"),
    ]


def test_a_clause_wrapped_over_lines_without_a_comma_stays_one_decision():
    doc = run(
        HEAD + "§ 9 Ekonomisk uppföljning\n\nDnr SN 2025/5\nEkonomen redovisar utfallet.\n"
        "Socialnämnden beslutar att\n\n\" godkänna uppföljningen och överlämna den till\nkommunstyrelsen.\n"
    )
    assert decided(doc) == [("§ 9", "beslut", "godkänna uppföljningen och överlämna den till kommunstyrelsen")]


# --- a report back with its deadline is a task ------------------------------------------------------


def test_a_report_to_an_organ_by_a_deadline_is_a_task():
    doc = run(
        HEAD + "§ 12 Förstudie om ny simhall\n\nDnr SN 2025/12\n"
        "Beslut\n1. Förstudien genomförs under våren.\n"
        "2. Förstudien redovisas för nämnden senast den 1 juni 2026.\n"
    )
    assert decided(doc) == [
        ("§ 12", "beslut", "Förstudien genomförs under våren"),
        ("§ 12", "uppdrag", "Förstudien redovisas för nämnden senast den 1 juni 2026"),
    ]


# --- informal minutes: an item number OCR misread ("8." for "3.") with prose before the next item ----


def test_an_item_number_misread_between_items_two_and_four_after_long_notes():
    doc = run(
        "Minnesanteckningar\n\nRektorsgruppen\nMåndag 2 februari 2026\n\n"
        "1. Föregående anteckningar\nAnteckningarna lades till handlingarna.\n\n"
        "2. Ekonomi\n\nUtfallet för januari visar ett mindre underskott.\n\n"
        "8. Skolskjutsar\n\nFlera vårdnadshavare har hört av sig om väntetider.\n"
        "Frågan har tagits upp med trafikbolaget.\n\nOla tar med sig frågan till nästa möte.\n\n"
        "4. Övrigt\nInget att rapportera.\n\n5. Nästa möte\nMåndag 2 mars.\n"
    )
    assert [number for number, _, _ in items(doc)] == ["1.", "2.", "3.", "4.", "5."]
    assert items(doc)[2] == ("3.", None, "Skolskjutsar")


def test_clauses_without_att_under_a_lead_with_specks_around_it():
    doc = run(
        HEAD + "§ 70 Lokaler för fritidsgården\n\nDnr SN 2026/11\nBehovet av lokaler har ökat.\n"
        "Socialnämnden beslutar att .\n"
        "| ge förvaltningschefen i uppdrag att söka nya lokaler i Gimo centrum, ”\n"
        "uppdraget redovisas för nämnden senast 2026-06-01.\n"
        "Protokollsanteckning: Eva Åhl (L) antecknar att hyran bör jämföras.\n"
    )
    assert decided(doc) == [
        ("§ 70", "uppdrag", "ge förvaltningschefen i uppdrag att söka nya lokaler i Gimo centrum"),
        ("§ 70", "uppdrag", "uppdraget redovisas för nämnden senast 2026-06-01"),
    ]


def test_clauses_without_att_under_an_onward_proposal_lead_wrapped_over_two_lines():
    doc = run(
        HEAD + "§ 71 Samverkan om färdtjänst\n\nDnr SN 2026/14\nKommunerna har förhandlat fram ett avtal.\n"
        "Socialnämnden föreslår kommunstyrelsen att föreslå kommunfullmäktige\nbesluta att\n\n"
        "godkänna avtalet om samverkan om färdtjänst med Knivsta\n\nkommun för perioden 2026-2028,\n\n"
        "ge kommunstyrelsen rätt att underteckna avtalet.\n"
    )
    assert decided(doc) == [
        ("§ 71", "förslag", "godkänna avtalet om samverkan om färdtjänst med Knivsta kommun för perioden 2026-2028"),
        ("§ 71", "förslag", "ge kommunstyrelsen rätt att underteckna avtalet"),
    ]
