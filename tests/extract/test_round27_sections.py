"""Forms of sections met in held-out rounds 27-29, written anew by hand in other words: one small
document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- informal minutes: "Beslut!" (OCR read the colon as "!"), a numbered item after a speck,
# and a "Beslut:" sentence ending in specks with a task paragraph under it -----------------------

NOTES = (
    "Skolledargrupp - anteckningar\n"
    "Onsdag 4 februari 2026, kl. 09.00-11.00 | Rådhuset Mora, rum Siljan\n\n"
    "Deltagare: Helena Sund, verksamhetschef (ordf.); Jonas Ek, rektor Östnorsskolan;\n"
    "Karin Lööf, rektor Noretskolan (sekr.)\n\n"
    "1. Föregående anteckningar\n"
    "Anteckningarna från den 14 januari gicks igenom.\n"
    "Beslut! Anteckningarna godkänns.\n\n"
    "2. Lovskola i sommar\n\n"
    "Jonas redogjorde för förra årets lovskola.\n\n"
    "Att göra: Karin bokar lokaler för lovskolan. Klart till 1/4.\n\n"
    "3. Gemensam fortbildning\n\n"
    "Helena informerade om ett erbjudande från Högskolan Dalarna.\n\n"
    "Beslut: Gruppen ställer sig bakom att en plan för fortbildningen tas fram. -:\n\n"
    "Helena tar med sig frågan till förvaltningens ledning och återkommer.\n\n"
    "'4. Nästa möte\n"
    "Onsdag 4 mars kl. 09.00, Noretskolan.\n\n"
    "Vid anteckningarna: Karin Lööf\n"
)


def test_a_beslut_label_read_with_an_exclamation_mark_is_a_decision():
    assert ("1.", "beslut", "Anteckningarna godkänns.") in decided(run(NOTES))


def test_a_beslut_sentence_ending_in_specks_is_kept():
    assert ("3.", "beslut", "Gruppen ställer sig bakom att en plan för fortbildningen tas fram.") in decided(run(NOTES))


def test_a_due_date_after_a_task_is_no_task_of_its_own():
    assert [d for d in decided(run(NOTES)) if d[0] == "2."] == [
        ("2.", "uppdrag", "Karin bokar lokaler för lovskolan."),
    ]


def test_a_speck_before_an_item_number_leaves_the_item():
    assert ("4.", None, "Nästa möte") in items(run(NOTES))


# --- a proposal heading (a speck before it) over a lead ending in "besluta att" and numbered clauses under it --------

COVER = (
    "PROTOKOLL 1/2\nOrsa kommun Kommunstyrelsens arbetsutskott\n\n"
    "Sammanträdesdatum: 2026-02-10\n\n"
    "Plats och tid Kommunhuset Orsa, kl. 09.00-11.30\n"
    "Ordförande Nils Bergkvist (S)\n\n"
    "Justerare Frida Holm (C)\n\n"
    "Paragrafer 30-31\n\n"
    "Justerandes signatur Utdragsbestyrkande\n"
)

NUMBERED_PROPOSAL = (
    "PROTOKOLL 2/2\nOrsa kommun Kommunstyrelsens arbetsutskott\n\n"
    "§ 30 Ny idrottshall i Skattungbyn - investering\n\n"
    "Dnr KS 2025/300\n\n"
    "Ärendet\n\n"
    "Idrottshallen är sliten. Förvaltningen har tagit fram ett förslag på en ny hall.\n\n"
    '"Arbetsutskottets förslag till kommunstyrelsen\n'
    "Kommunstyrelsen föreslår kommunfullmäktige besluta att\n\n"
    "1. anslå 12 miljoner kronor för en ny idrottshall i Skattungbyn,\n\n"
    "2. investeringen finansieras inom befintlig låneram.\n"
    "Arbetsutskottets beslut\n\n"
    "att uppdra åt tekniska chefen att ta fram förfrågningsunderlag.\n\n"
    "§ 31 Information om bokslutet\n\n"
    "Arbetsutskottets beslut\n"
    "att lägga informationen till handlingarna.\n\n"
    "Justerandes signatur Utdragsbestyrkande\n"
)


def test_numbered_clauses_under_a_besluta_att_lead_are_proposals():
    assert decided(run(COVER, NUMBERED_PROPOSAL))[:3] == [
        ("§ 30", "förslag", "anslå 12 miljoner kronor för en ny idrottshall i Skattungbyn"),
        ("§ 30", "förslag", "investeringen finansieras inom befintlig låneram"),
        ("§ 30", "uppdrag", "uppdra åt tekniska chefen att ta fram förfrågningsunderlag"),
    ]


# --- a kallelse's agenda: a diarienummer cell beside a title that wraps onto the next line, a
# diarienummer after an opened "(föredragande:", a title wrapped before its "(Dnr)" -----------------

KALLELSE = (
    "Lekebergs kommun KALLELSE 2026-04-08\n\n"
    "Kultur- och fritidsnämnden\n\n"
    "Ledamöter och ersättare kallas till sammanträde tisdagen den 21 april 2026 klockan 17.00 i\n"
    "Kommunhuset, Fjugesta.\n\n"
    "Föredragningslista\n\n"
    "Ärende Diarienr\n\n"
    "1. Val av justerare\n\n"
    "2. Godkännande av dagordning\n\n"
    "3. Bokslut för fritidsgårdarna (föredragande: KFN 2026/7\n\n"
    "Lisa Ekman, controller)\n\n"
    "4. Avtal om simundervisning med Örebro och\tKFN 2026/30\n"
    "Kumla (föredragande: Olle Stark, kulturchef)\n\n"
    "5. Bidrag till föreningar för sommaren 2026\tKFN 2026/35\n\n"
    "6. Svar på medborgarförslag om bänkar på\tKFN 2025/140\n"
    "Mullhyttan ;\n\n"
    "7. Avgifter för uthyrning av idrottshallar för säsongen\n"
    "2026-2027 (KFN 2026/12)\n\n"
    "8. Meddelanden\n\n"
    "Fjugesta den 8 april 2026\n\n"
    "Eva Lund (C)\nOrdförande\n"
)


def test_a_title_beside_a_case_cell_goes_on_onto_the_next_line():
    found = items(run(KALLELSE))
    assert ("4.", "KFN 2026/30", "Avtal om simundervisning med Örebro och Kumla") in found
    assert ("6.", "KFN 2025/140", "Svar på medborgarförslag om bänkar på Mullhyttan") in found


def test_a_case_number_after_an_opened_presenter_note_is_the_items():
    assert ("3.", "KFN 2026/7", "Bokslut för fritidsgårdarna") in items(run(KALLELSE))


def test_a_title_wrapped_before_its_parenthesised_case_number():
    assert ("7.", "KFN 2026/12", "Avgifter för uthyrning av idrottshallar för säsongen 2026-2027") in items(run(KALLELSE))
