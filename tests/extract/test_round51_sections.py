"""Forms of sections and decisions met in held-out rounds 51-54, written anew by hand in other
words, names and kommuner: one small document per form, run through segmentation and extraction
as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- an extract headed by the organ's abbreviation printed capitalised: "Sn § 12 Dnr SN 2025/0031" --


def test_a_capitalised_abbreviation_before_the_sign_with_a_diarienummer_heads_the_extract():
    doc = run(
        "VÄRMDÖ KOMMUN PROTOKOLLSUTDRAG\nSocialnämnden Sammanträdesdatum 2025-10-08\n\n"
        "Sn § 12 Dnr SN 2025/0031\n\nNy riktlinje för försörjningsstöd\n\nÄrendebeskrivning\n\n"
        "Förvaltningen har tagit fram en ny riktlinje. Riktlinjen har stämts av med enheterna.\n\n"
        "Beslut\nSocialnämnden beslutar för egen del\n"
        "att anta riktlinjen för försörjningsstöd att gälla från den 1 januari 2026,\n"
        "att ge socialchefen i uppdrag att följa upp riktlinjen under 2026.\n"
        "Socialnämnden föreslår kommunfullmäktige besluta\n"
        "att anslå 2 miljoner kronor för införandet.\n\n"
        "Reservation\nEva Holm (V) reserverar sig mot beslutet.\n\n"
        "Justerare Olle Berg (L)\nJusterat 2025-10-14\n"
    )
    assert items(doc) == [("§ 12", "SN 2025/0031", "Ny riktlinje för försörjningsstöd")]
    assert decided(doc) == [
        ("§ 12", "beslut", "anta riktlinjen för försörjningsstöd att gälla från den 1 januari 2026"),
        ("§ 12", "uppdrag", "ge socialchefen i uppdrag att följa upp riktlinjen under 2026"),
        ("§ 12", "förslag", "anslå 2 miljoner kronor för införandet"),
    ]


def test_a_capitalised_word_before_the_sign_without_a_diarienummer_heads_nothing():
    doc = run(
        "PROTOKOLL\nSocialnämnden\n\n§ 3 Val av justerare\nNämnden beslutar att utse Eva Holm.\n\n"
        "Se § 2 om budgeten.\n"
    )
    assert [number for number, _, _ in items(doc)] == ["§ 3"]


# --- an extract's header "Paragraf 8 21": the sign read as an 8 before the number -------------------


def test_the_sign_read_as_an_eight_after_the_word_paragraf_heads_the_extract():
    doc = run(
        "Vimmerby kommun PROTOKOLLSUTDRAG\nKultur- och fritidsnämnden Blad 1\nSammanträdesdag 2025-09-02\n\n"
        "Paragraf 8 21 .\n\nDiarienummer KFN 2025/0077\n\nTaxa för uthyrning av idrottshallar\n\n"
        "Bakgrund\n\nTaxan har inte ändrats sedan 2020.\n\n"
        "Beslut\n\nKultur- och fritidsnämnden föreslår kommunfullmäktige besluta\n"
        "att timtaxan för idrottshallar höjs till 300 kronor.\n\nJusterat 2025-09-08\n"
    )
    assert items(doc) == [("§ 21", "KFN 2025/0077", "Taxa för uthyrning av idrottshallar")]
    assert decided(doc) == [("§ 21", "förslag", "timtaxan för idrottshallar höjs till 300 kronor")]


# --- an organ's proposal onward in running text above its own decision for itself ------------------


def test_an_organs_proposal_onward_in_running_text_decides_beside_its_own_decision():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-02-11\n\n"
        "§ 14\nAvtal om vuxenutbildning i Västerbotten\n\nKS 2025/0033\n"
        "Kommunerna i länet har tagit fram ett nytt avtal. Frågan togs upp vid länsmötet.\n"
        "Arbetsutskottet föreslår kommunstyrelsen besluta att godkänna avtalet\n"
        "för åren 2025-2027.\n"
        "Arbetsutskottet beslutar för egen del att uppdra åt vuxenutbildningschefen att\n"
        "följa upp avtalet under hösten.\n"
    )
    assert decided(doc) == [
        ("§ 14", "förslag", "godkänna avtalet för åren 2025-2027"),
        ("§ 14", "uppdrag", "uppdra åt vuxenutbildningschefen att följa upp avtalet under hösten"),
    ]


def test_the_administrations_proposal_in_running_text_stays_background():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-02-11\n\n"
        "§ 15\nTaxa för kopiering\n\nKS 2025/0040\n"
        "Förvaltningen föreslår kommunstyrelsen besluta att höja taxan.\n"
        "Arbetsutskottet beslutar att återremittera ärendet.\n"
    )
    assert decided(doc) == [("§ 15", "beslut", "återremittera ärendet")]


# --- a shared view in a network's notes ("är överens om att en …") is no decision ------------------


def test_a_view_the_group_shares_is_no_decision_but_what_it_agrees_to_do_is():
    doc = run(
        "Minnesanteckningar - Nätverket för skolbibliotek i Västmanland\n\nOnsdag 8 oktober 2025\n\n"
        "Deltagare: Nora Lind, Sala; Per Ek, Fagersta\n\n"
        "1. Lån mellan kommunerna\n\n"
        "Lånen tar i dag lång tid. Nätverket är överens om att ett gemensamt system sparar tid.\n\n"
        "Beslut: Ett gemensamt lånesystem prövas under våren.\n\n"
        "2. Läsfrämjande\n\n"
        "Nätverket är överens om att ordna en gemensam läsvecka i mars.\n\n"
        "3. Nästa möte\nOnsdag 3 december.\n"
    )
    assert decided(doc) == [
        ("1.", "beslut", "Ett gemensamt lånesystem prövas under våren."),
        ("2.", "beslut", "Nätverket är överens om att ordna en gemensam läsvecka i mars."),
    ]


# --- a kallelse: diarienummer lines under the items, numbers OCR lost or set apart ------------------


def test_diarienummer_lines_under_items_whose_numbers_ocr_lost_belong_to_the_items():
    doc = run(
        "KALLELSE\nSocialnämnden\n\nDag Tisdag 10 mars 2026\nPlats Kommunhuset\n\nÄrenden\n\n"
        "1.\tVal av justerare\n2\tGodkännande av dagordning\n3:\tBudget 2026\n"
        "SN 2026/4 - föredras av ekonom Lisa Ström\n\n"
        ". Riktlinje för hemtjänst\n\nSN 2026/9 - föredras av enhetschef Omar Said\n\n"
        ". Yttrande över regional plan\n\nSN 2026/15 - yttrandet ska vara regionen till handa senast den 1 april\n\n"
        ". Information om upphandling av färdtjänst\n6.\n7.\n\nMeddelanden och delegationsbeslut\nÖvriga frågor\n\n"
        "Handlingarna finns i läsplattan. Förhinder anmäls till sekreteraren.\n\nBromölla 2 mars 2026\n"
    )
    assert items(doc) == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Godkännande av dagordning"),
        ("3.", "SN 2026/4", "Budget 2026"),
        ("4.", "SN 2026/9", "Riktlinje för hemtjänst"),
        ("5.", "SN 2026/15", "Yttrande över regional plan"),
        ("6.", None, "Information om upphandling av färdtjänst"),
        ("7.", None, "Meddelanden och delegationsbeslut"),
        ("8.", None, "Övriga frågor"),
    ]


def test_rows_of_a_number_column_whose_numbers_ocr_read_as_bullets_keep_their_place():
    doc = run(
        "KALLELSE\nBygg- och miljönämnden\n\nTid Onsdagen den 4 mars 2026, kl. 18.00\n\nFöredragningslista\n\n"
        "1.\tVal av justerare\n2:\tGodkännande av dagordning\n3:\tDelårsrapport\n"
        "Dnr BMN 2026/7 - Föredragande: Ida Lund, controller\n\n"
        "- Ny taxa för tillsyn\n\nDnr BMN 2026/12 - Föredragande: Hugo Berg, miljöchef\n\n"
        "« Detaljplan för Norra hamnen\n\nDnr BMN 2025/88\n"
        "T:\tRedovisning av delegationsbeslut\n7.\tMeddelanden\n\n"
        "Handlingarna finns i läsplattan. Förhinder anmäls till sekreteraren.\n"
    )
    assert items(doc) == [
        ("1.", None, "Val av justerare"),
        ("2.", None, "Godkännande av dagordning"),
        ("3.", "BMN 2026/7", "Delårsrapport"),
        ("4.", "BMN 2026/12", "Ny taxa för tillsyn"),
        ("5.", "BMN 2025/88", "Detaljplan för Norra hamnen"),
        ("6.", None, "Redovisning av delegationsbeslut"),
        ("7.", None, "Meddelanden"),
    ]


def test_a_note_under_an_item_does_not_end_the_list_when_the_next_item_is_numbered_below():
    doc = run(
        "KALLELSE\nKultur- och fritidsnämnden\n\nTid Tisdagen den 3 juni 2025, kl. 18.00\n\nFöredragningslista\n\n"
        ". Upprop\n\n. Val av justerare\n\n. Godkännande av föredragningslista\n\n"
        ". Bidrag till hembygdsföreningar (KFN 2025/14) - föredragande: kultursekreterare Sven\n"
        "Ahl. Bidragen fördelas enligt nya regler.\n\n"
        "5. Anmälan av delegationsbeslut\n\n6. Meddelanden\n\n"
        "Handlingarna finns i nämndens digitala mapp.\n"
    )
    assert [(number, title) for number, _, title in items(doc)] == [
        ("1.", "Upprop"),
        ("2.", "Val av justerare"),
        ("3.", "Godkännande av föredragningslista"),
        ("4.", "Bidrag till hembygdsföreningar"),
        ("5.", "Anmälan av delegationsbeslut"),
        ("6.", "Meddelanden"),
    ]


# --- notes whose number column OCR lost after the first item ---------------------------------------


def test_headings_under_a_first_numbered_item_continue_its_numbering():
    doc = run(
        "Barn- och utbildningsförvaltningen\n\nÅrjängs kommun\n\nLedningsgrupp förskola - minnesanteckningar\n\n"
        "Datum Onsdag 5 mars 2025\nPlats Kommunhuset, rum Glaskogen\n\n"
        "Närvarande Lena Strand, förskolechef (ordf); Tomas Ek, rektor (sekr.)\n\n"
        "1;\tFöregående anteckningar\nAnteckningarna lades till handlingarna.\n\n"
        "Barngruppernas storlek\n\nGrupperna är stora i centralorten. Statistiken visar en ökning.\n\n"
        "Beslut: Barngrupperna följs upp varje termin.\n\n"
        "Sommaröppet\n\nEn förskola håller öppet under juli.\n\n"
        "Tomas tar fram ett schema för personalen.\n\n"
        "Nästa möte\nOnsdag 2 april kl. 13.00.\n"
    )
    assert [(number, title) for number, _, title in items(doc)] == [
        ("1.", "Föregående anteckningar"),
        ("2.", "Barngruppernas storlek"),
        ("3.", "Sommaröppet"),
        ("4.", "Nästa möte"),
    ]
    assert [(section, kind) for section, kind, _ in decided(doc)] == [("2.", "beslut"), ("3.", "uppdrag")]


def test_headings_without_a_numbered_first_item_stay_unnumbered():
    doc = run(
        "Ledningsgrupp förskola - minnesanteckningar\n\nDatum Onsdag 5 mars 2025\n\n"
        "Närvarande Lena Strand, förskolechef; Tomas Ek, rektor\n\n"
        "Barngruppernas storlek\n\nGrupperna är stora i centralorten. Statistiken visar en ökning.\n\n"
        "Sommaröppet\n\nEn förskola håller öppet under juli.\n\n"
        "Nästa möte\nOnsdag 2 april kl. 13.00.\n"
    )
    assert [number for number, _, _ in items(doc)] == [None, None, None]
