"""Forms of sections met in held-out round 20, written by hand in other words: one small document
per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------

# an agenda whose items have the diarienummer on the line below, ended by a full stop and followed
# on the same line by who presents the matter
NOTICE_CASE_THEN_PRESENTER = (
    "KALLELSE\nNorrby kommun\n\nKallelse till sammanträde med miljönämnden\n\n"
    "Tisdagen den 12 maj 2026 kl. 09.00 i stadshuset, sal Alven.\n\n"
    "Föredragningslista\n"
    "1. Sammanträdets öppnande och val av justerare\n"
    "2. Tillsynsplan 2026\n"
    "Dnr MN 2026/0014. Föredragande: Lisa Holm, miljöchef\n"
    "3. Taxa för livsmedelskontroll\n"
    "Dnr MN 2025/0201. Föredragande: controller Erik Sand\n"
    "4. Övriga frågor\n\n"
    "Maria Lund (S)\nordförande\n"
)


def test_a_diarienummer_line_ended_by_a_full_stop_and_the_presenter_belongs_to_the_item_above():
    assert items(run(NOTICE_CASE_THEN_PRESENTER)) == [
        ("1.", None, "Sammanträdets öppnande och val av justerare"),
        ("2.", "MN 2026/0014", "Tillsynsplan 2026"),
        ("3.", "MN 2025/0201", "Taxa för livsmedelskontroll"),
        ("4.", None, "Övriga frågor"),
    ]


# a kallelse whose short agenda is followed by the place and date above the signature
NOTICE_PLACE_DATE_BELOW = (
    "KALLELSE\n\nTill ledamöterna i tekniska nämnden\n\n"
    "Tid: torsdagen den 9 oktober 2025 kl. 14.00\nPlats: Kommunhuset, Ljungby\n\n"
    "1. Upprop\n"
    "2. Investeringsbudget 2026\n\n"
    "Ljungby den 29 september 2025\n\n"
    "Per Ek (M)\nordförande\n"
)


def test_a_place_and_date_line_after_an_agenda_is_not_an_item():
    assert items(run(NOTICE_PLACE_DATE_BELOW)) == [
        ("1.", None, "Upprop"),
        ("2.", None, "Investeringsbudget 2026"),
    ]


# informal minutes whose last numbered topic OCR read with a quote mark before its number
MINUTES_SPECK_BEFORE_NUMBER = (
    "MINNESANTECKNINGAR\n\nNätverket för elevhälsa\nMåndag 2 mars 2026, Kulturhuset, Åsele\n\n"
    "Närvarande\nKarin Nord, skolsköterska, Åsele\nJonas Ek, kurator, Dorotea\n\n"
    "1. Inledning\nKarin hälsade välkommen.\n\n"
    "2. Psykisk hälsa bland elever\nJonas redogjorde för enkäten från hösten.\n\n"
    "3. Övrigt\nInga övriga frågor.\n\n"
    '"4. Nästa möte\nMåndag 4 maj i Dorotea.\n\n'
    "Antecknat av\nKarin Nord\n"
)


def test_a_quote_mark_ocr_left_before_an_items_number_keeps_the_item():
    assert items(run(MINUTES_SPECK_BEFORE_NUMBER)) == [
        ("1.", None, "Inledning"),
        ("2.", None, "Psykisk hälsa bland elever"),
        ("3.", None, "Övrigt"),
        ("4.", None, "Nästa möte"),
    ]


# informal minutes listing those present as "Name role school" without a comma, the absent under
# "Ej närvarande:", then unnumbered topic headings over running text
MINUTES_PRESENT_WITHOUT_COMMAS = (
    "Bildningsförvaltningen\nANTECKNINGAR\n\nRektorsgruppen gymnasiet\n\n"
    "Datum tisdag 7 april 2026\n\nPlats Vallaskolan, biblioteket\n\n"
    "Närvarande\n\n"
    "Lena Bergman verksamhetschef (ordförande)\n"
    "Johan Åström rektor Vallaskolan\n\n"
    "Petra Nyström \"rektor Hedskolan\n\n"
    "Kim Ek i biträdande rektor Vallaskolan\n"
    "Ola Sjöberg kurator (sekreterare)\n\n"
    "Ej närvarande: Tove Lindh, rektor Bäckskolan .\n\n"
    "Föregående anteckningar\n"
    "Anteckningarna från förra mötet godkändes och lades till handlingarna.\n\n"
    "Nationella prov\n\n"
    "Lena påminde om att proven ska vara rättade senast den 20 maj.\n\n"
    "Nästa möte\nTisdag 5 maj på Hedskolan.\n\n"
    "Antecknat av Ola Sjöberg\n"
)


def test_those_present_without_commas_are_no_topics_and_the_first_topic_after_the_absent_is_kept():
    assert items(run(MINUTES_PRESENT_WITHOUT_COMMAS)) == [
        (None, None, "Föregående anteckningar"),
        (None, None, "Nationella prov"),
        (None, None, "Nästa möte"),
    ]


# an extract whose "KS § 17" OCR read as one word with the sign as an "8", the title under it and
# the diarienummer under the title; its proposal to the council is a numbered list of clauses
EXTRACT_GLUED_SIGN = (
    "PROTOKOLLSUTDRAG\nÅsby kommun Kommunstyrelsen Sida 1(1)\n\n"
    "Sammanträdesdatum 2026-02-10\n\n"
    "KS817\nTaxa för bygglov 2026\n\n"
    "KS/2025:88\nBakgrund\n"
    "Taxan har inte räknats om sedan 2019. Byggnadsnämnden har tagit fram en ny taxa.\n\n"
    "Kommunstyrelsens förslag till kommunfullmäktige\n\n"
    "1. Taxa för bygglov antas enligt bilaga.\n\n"
    "2. Taxan gäller från och med den 1 april 2026.\n\n"
    "Beslutet skickas till: Byggnadsnämnden\n\n"
    "Ordförande Justerare\n\nEva Ström Nils Berg\n"
)


def test_an_organ_sign_and_number_read_as_one_word_head_a_paragraph_with_its_title_and_diarienummer():
    doc = run(EXTRACT_GLUED_SIGN)
    assert items(doc) == [("§ 17", "KS/2025:88", "Taxa för bygglov 2026")]
    assert decided(doc) == [
        ("§ 17", "förslag", "Taxa för bygglov antas enligt bilaga"),
        ("§ 17", "förslag", "Taxan gäller från och med den 1 april 2026"),
    ]
