"""Round 55's people forms, written anew in our own words: a party S whose letter OCR read twice, the
second time as 5 ("(S5)"), on a serving substitute and on the member they replace; a row of signers' names
over one role caption each, a first name among them not in the name lists; a föredragningslista whose wrapped
item title ends with a full stop before the next item; a list's title ending the line above the name it
belongs to ("…; rektor" / "Kajsa Åberg, …"), but not signature captions ending that line."""

from __future__ import annotations

from tests.extract.forms import person, run

MEETING = "SAMMANTRÄDESPROTOKOLL\nTekniska nämnden 2026-05-12\n\n"


def test_party_s_read_twice_as_s5():
    doc = run(
        MEETING + "Beslutande: Per Lundgren (S), ordförande; Anna Berg (M), vice\nordförande; Nils Holm (C); "
        "Karin Öhman (S5),\ntjänstgörande ersättare för Bengt Sjödin (S5)\n\n"
        "Ersättare: Eva Lind (KD), Olle Ström (S)\n\nUtses att justera: Nils Holm (C)\n"
    )
    assert person(doc, "Karin Öhman").party == "S"
    assert person(doc, "Bengt Sjödin").party == "S"


def test_signers_row_with_an_unfamiliar_first_name_over_captions():
    doc = run(
        "KALLELSE\nMiljö- och byggnämnden\n\nHandlingarna skickas ut en vecka före mötet.\n\n"
        "Gunnar Edholm (C) Tindra Wretman\nOrdförande | Nämndsekreterare\n"
    )
    assert person(doc, "Gunnar Edholm").roles == ["ordförande"]
    assert person(doc, "Tindra Wretman").roles == ["sekreterare"]


def test_presenters_below_an_item_title_that_ends_with_a_full_stop():
    doc = run(
        "KALLELSE\nByggnadsnämnden 2026-05-02\n\nFöredragningslista\n\nNr Ärende Dnr Föredragande\n\n"
        "1. Upprop och val av\njusterare.\n\n2. Årsredovisning 2025 BN 2026/3 Vera Holmström, ekonom\n\n"
        "3. Detaljplan för BN 2026/17 Arvid Nyqvist, planarkitekt\nkvarteret Svanen\n"
    )
    assert set(person(doc, "Vera Holmström").roles) == {"ekonom", "föredragande"}
    assert set(person(doc, "Arvid Nyqvist").roles) == {"planarkitekt", "föredragande"}


def test_title_ending_the_line_above_a_wrapped_name():
    doc = run(
        "MINNESANTECKNINGAR\nLedningsgrupp förskola 2026-03-03\n\n"
        "Närvarande: förskolechef Eva Lundin (ordf.); rektor Olle Sten, Björkskolan; rektor\n"
        "Kajsa Åberg, Ekskolan; specialpedagog Tova Lind (sekr.)\n"
    )
    assert person(doc, "Kajsa Åberg").roles == ["rektor"]
    assert set(person(doc, "Tova Lind").roles) == {"specialpedagog", "sekreterare"}


def test_signature_captions_are_no_title_of_the_name_below():
    doc = run(
        "PROTOKOLLSUTDRAG\nTekniska nämnden 2026-05-12\n\n§ 7 Taxor\nNämnden beslutar att anta taxan.\n\n"
        "Justerat 2026-05-15\n\nOrdförande ; Justerare\nPer Lundgren Nils Holm\n"
    )
    assert "justerare" not in person(doc, "Per Lundgren").roles

