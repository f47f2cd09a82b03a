"""Round 22's people forms, written anew in our own words: a two-column list whose right column opens a new
heading ("Tjänstepersoner") on the same line as a member of the left column, the officials under it present as
others, not as substitutes; a participants' table under the caption "Namn  Funktion / enhet  Närvaro" (a slash
joining two captions of one column) whose presence cell "förhinder", read with single spaces, ends a row; a
föredragningslista's "Föredragande" column under captions a speck split ("Ärende »- Dnr"), a presenter's title
wrapped beside the item title's last word, a preposition ("elever i  förvaltningschef"); a program bullet whose
speaker's title wrapped onto an indented lower-case line that ends with the speaker's university."""

from __future__ import annotations

from tests.extract.forms import person, run

TWO_COLUMNS = """PROTOKOLL Sida 1 av 2
Vallentuna kommun Kulturnämnden 2025-03-04
Plats och tid Kulturhuset, sal Ekeby, kl. 17.00-19.10

Beslutande ledamöter Ersättare, ej tjänstgörande

Lena Rask (S), ordförande Pia Holm (C)

Erik Borg (M), 1:e vice ordförande Ulf Lind (V)

Sara Nord (L) Tjänstepersoner

Jonas Hed (KD) Maria Strand, kulturchef
Anna Vik (M) Olle Berglund, controller, § 12
Per Falk (SD) Lisa Moberg, nämndsekreterare

Utses att justera Erik Borg (M)

§ 10 Val av justerare
"""


def test_heading_beside_a_member_opens_the_right_column_only():
    doc = run(TWO_COLUMNS)
    for name in ("Maria Strand", "Olle Berglund", "Lisa Moberg"):
        assert person(doc, name).attendance == "övrig"
        assert "ersättare" not in person(doc, name).roles
    assert person(doc, "Maria Strand").roles == ["kulturchef"]
    for name in ("Sara Nord", "Jonas Hed", "Anna Vik", "Per Falk"):
        assert person(doc, name).attendance == "beslutande"
        assert person(doc, name).roles == ["ledamot"]
    assert person(doc, "Ulf Lind").attendance == "ersättare"


def test_heading_beside_a_member_in_its_own_cell():
    doc = run(TWO_COLUMNS.replace("Sara Nord (L) Tjänstepersoner", "Sara Nord (L)\tTjänstepersoner"))
    assert person(doc, "Lisa Moberg").attendance == "övrig"
    assert person(doc, "Per Falk").attendance == "beslutande"


PRESENCE_TABLE = """MINNESANTECKNINGAR Kultur- och fritidsförvaltningen
Tierps kommun

Biblioteksgrupp
Datum Tid Plats

Tisdag 3 februari 2026 13.00-15.00 Biblioteket, rum Ekbacken
Deltagare
Namn Funktion / enhet Närvaro

Eva Stål bibliotekschef, ordförande närvarande
Jonas Ek bibliotekarie Centralbiblioteket närvarande
Mira Sand bibliotekarie Söderfors filial förhinder
Ola Bäck assistent, sekreterare närvarande

1. Föregående anteckningar
Anteckningarna lades till handlingarna.
"""


def test_caption_row_with_a_slash_is_no_person():
    names = {p.name for p in run(PRESENCE_TABLE).people}
    assert not any("Namn" in n or "Funktion" in n for n in names)
    assert {"Eva Stål", "Jonas Ek", "Mira Sand", "Ola Bäck"} <= names


def test_forhinder_ending_a_row_marks_the_person_absent():
    doc = run(PRESENCE_TABLE)
    assert person(doc, "Mira Sand").attendance == "frånvarande"
    assert person(doc, "Mira Sand").roles == ["bibliotekarie"]
    assert person(doc, "Jonas Ek").attendance == "närvarande"
    assert person(doc, "Ola Bäck").attendance == "närvarande"


AGENDA = """KALLELSE 2026-01-20
Sala kommun

Kultur- och fritidsnämnden

Tid Tisdagen den 3 februari 2026 kl. 14.00
Plats Stadshuset, sammanträdesrum Silvret
Föredragningslista
Nr Ärende »- Dnr Föredragande
1. Val av justerare
2. Budgetuppföljning KFN 2026/4 Nils Rosén, controller

december 2025

3. Ny simhall vid KFN 2025/77\tAgnes Ulv,
Lärkbacken\tfritidschef

4. Avgifter för lån av BUN 2025/91\tAgnes Ulv,
idrottshallar i\tfritidschef
kommunens skolor

5. Avtal om bokbuss med KFN 2026/2\tMoa Krantz, bibliotekschef
grannkommunen
6. Meddelanden

Förhinder anmäls till sekreteraren senast fredag 30 januari.

Lena Berg (C) Kim Haag
Ordförande Nämndsekreterare
"""


def test_presenter_column_under_captions_with_a_speck_presents():
    doc = run(AGENDA)
    for name in ("Nils Rosén", "Agnes Ulv", "Moa Krantz"):
        assert "föredragande" in person(doc, name).roles
    assert "föredragande" not in person(doc, "Lena Berg").roles


def test_wrapped_title_after_a_preposition_stays_with_its_presenter():
    doc = run(AGENDA)
    assert person(doc, "Agnes Ulv").roles == ["fritidschef", "föredragande"]
    assert person(doc, "Moa Krantz").roles == ["bibliotekschef", "föredragande"]


INVITATION = """Inbjudan: Matematik för alla
Nacka kommun bjuder in lärare i årskurs 1-6 till en eftermiddag om taluppfattning.

När        Tisdag 14 april 2026, 13.00–16.00
Var        Nackagymnasiets aula

Program
 • 13.00 Välkommen – Lars Dahl, skolchef, Nacka kommun
 • 13.15 Att förstå tal – Eva Ruud, lektor i matematikdidaktik med inriktning
   mot yngre åldrar, Stockholms universitet
 • 14.30 Paus
"""


def test_bullet_title_wrapped_onto_an_indented_line_keeps_the_workplace():
    doc = run(INVITATION)
    assert person(doc, "Eva Ruud").affiliation == "Stockholms universitet"
    assert person(doc, "Eva Ruud").roles == ["lektor"]
    assert person(doc, "Lars Dahl").affiliation == "Nacka"
