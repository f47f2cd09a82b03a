"""Forms of sections and decisions met in held-out round 23, written anew by hand in other words:
one small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------

# a kallelse whose agenda table sits under a caption row read with a speck glued to its second cell
# ("Punkt «Ärende"); OCR garbled the number cells ("F" for 1, "2:", "4,", "3:" for 5) and lost the
# last ones altogether; a row's presenter stands as a paragraph of its own under it
NOTICE_GARBLED_NUMBER_CELLS = (
    "Kultur- och fritidsnämnden\n\nMora KOMMUN Datum 2025-09-02\n\nKALLELSE\n\n"
    "Ledamöterna kallas till sammanträde tisdagen den 16 september 2025 kl. 14.00 i Kommunhuset, sal Siljan.\n\n"
    "Punkt «Ärende\n\n"
    "F Upprop och val av justerare\n\n"
    "2: Information från kulturchefen '\n\n"
    "3 Delårsrapport augusti 2025 (KFN 2025/40). Föredragande: Eva Berg,\ncontroller\n\n"
    "4, Avtal med Orsa kommun om gemensam\nbokbuss (KFN 2025/12)\n\n"
    "3: Ny taxa för idrottshallar (KFN 2025/9).\n\nFöredragande: Nils Holm, fritidschef\n\n"
    "Bidrag till studieförbunden (KFN 2025/51)\n\n"
    "Anmälan av delegationsbeslut\n\n"
    "Meddelanden\n\n"
    "Ärende 5 har beretts i arbetsutskottet 2025-08-26. Handlingarna finns\ntillgängliga från fredag 12 september.\n\n"
    "Karin Ek (S) i; Per Lund\nordförande : nämndsekreterare\n"
)


def test_rows_under_a_caption_are_numbered_by_place_when_ocr_garbled_or_lost_their_numbers():
    assert items(run(NOTICE_GARBLED_NUMBER_CELLS)) == [
        ("1.", None, "Upprop och val av justerare"),
        ("2.", None, "Information från kulturchefen"),
        ("3.", "KFN 2025/40", "Delårsrapport augusti 2025"),
        ("4.", "KFN 2025/12", "Avtal med Orsa kommun om gemensam bokbuss"),
        ("5.", "KFN 2025/9", "Ny taxa för idrottshallar"),
        ("6.", "KFN 2025/51", "Bidrag till studieförbunden"),
        ("7.", None, "Anmälan av delegationsbeslut"),
        ("8.", None, "Meddelanden"),
    ]


# --- decisions ---------------------------------------------------------------------------------

# informal minutes whose "Beslut: …" line ends its sentence with a speck OCR read after the full
# stop (" :"); the next paragraph, a task, is no part of the decision
MINUTES_SPECK_AFTER_DECISION = (
    "Anteckningar från skolledarträff 3/4 2025\n\nDeltagare: Eva, Lars\n\n"
    "Simskola\n\nSimskolan hålls i juni på badhuset: Anmälan senast 1/5.\n\n"
    "Beslut: Simskolan för årskurs 3 flyttas till vecka 24 för alla enheter. :\n\n"
    "Eva får i uppdrag att boka bussar till badhuset.\n\nÖvrigt\nInget att ta upp.\n"
)


def test_a_speck_after_the_full_stop_of_a_decision_line_still_ends_it():
    assert decided(run(MINUTES_SPECK_AFTER_DECISION)) == [
        ("Simskola", "beslut", "Simskolan för årskurs 3 flyttas till vecka 24 för alla enheter."),
        ("Simskola", "uppdrag", "Eva får i uppdrag att boka bussar till badhuset."),
    ]
