"""Round 20's people forms, written anew in our own words: a substitute in the ersättare column who
"tjg för" a member (the short "tjg för" without "ers"), the member's party wrapped to the next line;
an inbjudan's contact line opening with the imperative "Kontakta" before the name; and program
speakers whose kommun ("X kommun") or university stands after their title, the next program row (its time
"kl. 18.30" in lower case) a long line below them."""

from __future__ import annotations

from tests.extract.forms import person, run

MINUTES = """SAMMANTRÄDESPROTOKOLL
Miljönämnden 2025-09-09

Plats och tid Stadshuset, kl. 09.00-11.00
Ledamöter : Ersättare
Olle Berg (S), ordförande Kim Sand (MP), tjg för Ulla Vik
(MP) :
Eva Dahl (M), vice ordförande Nils Ek (S)
Bo Holm (S)

Justerare Eva Dahl (M)

§ 3 Tillsynsplan
"""


def test_substitute_who_tjg_for_a_member_whose_party_wrapped():
    doc = run(MINUTES)
    assert person(doc, "Kim Sand").attendance == "beslutande"
    assert person(doc, "Ulla Vik").attendance == "frånvarande"
    assert person(doc, "Ulla Vik").roles == ["ledamot"]
    assert person(doc, "Nils Ek").attendance == "ersättare"


INVITATION = """Socialförvaltningen  Orsa 2025-10-01
Orsa kommun

Välkommen till Föräldrakvällen
Torsdagen den 6 november 2025 kl. 18.00–20.00 i Orsa bibliotek

Program
kl. 18.00 Inledning
       Ingrid Falk, socialchef, Orsa kommun
kl. 18.30 Hur mycket skärmtid tål ett barn innan sömnen blir lidande?
       Tove Lund, barnpsykolog, Uppsala universitet
kl. 19.15 Frågestund med panelen och avslutande ord från förvaltningen

Har du frågor? Kontakta Rut Hed, samordnare, telefon 0250-123 45.
"""


def test_contact_imperative_is_not_part_of_the_name():
    doc = run(INVITATION)
    assert person(doc, "Rut Hed").roles == ["samordnare"]
    assert not any(p.name.startswith("Kontakta") for p in doc.people)


def test_speaker_kommun_or_university_after_title_is_affiliation():
    doc = run(INVITATION)
    assert person(doc, "Ingrid Falk").affiliation == "Orsa"
    assert person(doc, "Tove Lund").affiliation == "Uppsala universitet"
