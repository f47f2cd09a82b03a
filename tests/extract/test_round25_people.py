"""Round 25's people forms, written anew in our own words: a note-taker marked "(anteckningar)" after
the name in a list of those present who signs "Antecknat av" under the notes; a press release quoting a
member as "nämndens andre vice ordförande" after the name and party; a signature row "Ordförande ; Justerare" over the two signers' names; a school
of two words ("Skogsskolan Ekbacken") after a title and a name in a list; a table of members whose party
is a bare letter between the name and the role ("Lisa Berg C ordförande"), also on a substitute's row
whose replaced member and that member's party wrapped to the next line."""

from __future__ import annotations

from tests.extract.forms import person, run

NOTE_TAKER = """MINNESANTECKNINGAR
Tingsryds kommun : Utbildningsförvaltningen

Ledningsgruppen grundskola
Onsdag 4 mars 2026 09.00-11.00 Kommunhuset

Närvarande
• Skolchef Eva Berglund (ordförande)
• Rektor Nils Ström, Väckelsångs skola
• Biträdande rektor Omar Haddad, Skogsskolan Ekbacken
• Kvalitetsstrateg Lena Kvist (anteckningar)

1. Föregående anteckningar
Anteckningarna godkändes.

2. Budget
Eva redovisade läget. Nils tar fram en plan.

3. Nästa möte
Onsdag 1 april kl. 09.00 i Kommunhuset.

Antecknat av Lena Kvist
"""


def test_note_taker_signing_the_notes_is_secretary():
    doc = run(NOTE_TAKER)
    assert "sekreterare" in person(doc, "Lena Kvist").roles


def test_school_of_two_words_is_the_affiliation():
    doc = run(NOTE_TAKER)
    assert person(doc, "Omar Haddad").affiliation == "Skogsskolan Ekbacken"


PRESS_RELEASE = """PRESSMEDDELANDE 2026-05-12
Ronneby kommun

Nya lekplatser i Ronneby
Tekniska nämnden beslutade i tisdags att bygga tre nya lekplatser.

– Det här är efterlängtat, säger Sofia Lund (S), ordförande i tekniska nämnden.

– Vi stödjer bygget men vill se en annan plats, säger Erik Holm (C), nämndens andre vice ordförande.
"""


def test_second_vice_chair_after_name_and_party():
    doc = run(PRESS_RELEASE)
    assert "vice ordförande" in person(doc, "Erik Holm").roles


EXTRACT_SIGNATURES = """UTDRAG UR PROTOKOLL Sida 1 av 1
Vimmerby kommun Socialnämnden

Sammanträdesdatum Paragraf Diarienummer
2025-03-11 § 21 SN 2025/0040

Ny taxa för färdtjänst

Ordföranden Jonas Ek (M) yrkar bifall till förvaltningens förslag.

Socialnämndens beslut
• att anta taxan.

Justerat 2025-03-14

Ordförande ; Justerare
Jonas Ek Maria Sand
Utdragsbestyrkande

Kim Dahl, nämndsekreterare
"""


def test_signature_row_under_two_captions():
    doc = run(EXTRACT_SIGNATURES)
    assert "justerare" not in person(doc, "Jonas Ek").roles
    assert "justerare" in person(doc, "Maria Sand").roles


BARE_LETTER_PARTIES = """PROTOKOLL Sida 1 av 1
Eslövs kommun Kommunstyrelsens arbetsutskott

Sammanträdesdatum 2025-10-07

Beslutande

Lisa Berg C ordförande

Johan Vik MP vice ordförande

Anna Strand | SD

Ola Persson . S

Gustav Lind L tjg ersättare för Eva

Falk (M)

Närvarande ersättare
Kalle Ring (S)

§ 1 Val av justerare
"""


def test_bare_party_letter_between_name_and_role():
    doc = run(BARE_LETTER_PARTIES)
    assert person(doc, "Lisa Berg").party == "C"
    assert person(doc, "Johan Vik").party == "MP"
    assert person(doc, "Gustav Lind").party == "L"
    assert person(doc, "Eva Falk").party == "M"
