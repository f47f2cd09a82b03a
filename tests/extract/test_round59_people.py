"""Round 59's people forms (held-out rounds 59-62), written anew in our own words: an attendance table read with
single spaces whose vice chairs' rows carry "1:e"/"2:e" before the role and the party and presence cells after it,
a substitute's "Tjänstgör för" remark whose replaced member wrapped onto a line of its own behind a speck; officials
under "Övriga närvarande" whose unlisted title has its field after it; an agenda whose presenter cells OCR put on
lines of their own; "1:e vice" whose space OCR read as a letter; a paragraphs cell "88" / "81 och 83" wrapped;
school units in the plural ("förskolor"), a title's field before the unit, a workplace after a titled name in
running text, program cells whose parenthesis or body's name wrapped onto the cell's indented next line."""

from __future__ import annotations

from tests.extract.forms import person, run

ATTENDANCE_TABLE = """SAMMANTRÄDESPROTOKOLL
Tekniska nämndens arbetsutskott
Sammanträdesdatum 2025-05-06

Närvaroförteckning

Ledamöter Parti Anmärkning

Sven Ahl, ordförande M Närvarande

Berit Lund, 1:e vice ordförande S Närvarande

Olof Ring, 2:e vice ordförande C Frånvarande

Anna Frost KD Närvarande

Ersättare

Bo Svahn C Tjänstgör för Olof
” Ring

Eva Dahl KD Närvarande, ej

tjänstgörande

Tjänstepersoner

Per Hult, stadsbyggnadschef § 4
"""


def test_party_and_presence_cells_after_a_numbered_vice_chair():
    doc = run(ATTENDANCE_TABLE)
    assert person(doc, "Berit Lund").party == "S"
    assert person(doc, "Berit Lund").roles == ["vice ordförande"]
    assert person(doc, "Olof Ring").party == "C"
    assert person(doc, "Olof Ring").attendance == "frånvarande"


def test_substitute_serving_for_a_member_whose_surname_wrapped_behind_a_speck():
    doc = run(ATTENDANCE_TABLE)
    assert person(doc, "Bo Svahn").party == "C"
    assert person(doc, "Bo Svahn").attendance == "beslutande"
    assert person(doc, "Bo Svahn").roles == ["ersättare"]


def test_substitute_not_serving_below_the_wrapped_row_stays_in_its_column():
    doc = run(ATTENDANCE_TABLE)
    assert person(doc, "Eva Dahl").party == "KD"
    assert person(doc, "Eva Dahl").attendance == "ersättare"
    assert person(doc, "Eva Dahl").roles == ["ersättare"]


def test_officials_with_an_unlisted_title_and_its_field_after_a_members_grid():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nKulturnämnden 2025-10-02\n\nBESLUTANDE ERSÄTTARE\n"
        "Sara Holm (S), ordförande Eva Berg (S)\nNils Ek (M), 1:e vice ordförande Ola Dahl (M)\n\nLars Ström (C)\n\n"
        "Per Nord (S), tjg. ersättare för\nMaria Sten (S)\n\n"
        "Övriga närvarande Jenny Falk, områdeschef kultur\nOskar Lilja, ekonom, § 12\nAnna Rask, nämndsekreterare\n"
        "Utses att justera Lars Ström (C)\n"
    )
    for name in ("Jenny Falk", "Oskar Lilja", "Anna Rask"):
        assert person(doc, name).attendance == "övrig"
    assert person(doc, "Jenny Falk").roles == ["områdeschef"]


AGENDA = """Fritidsnämnden KALLELSE

Kallelse till sammanträde

Tid Tisdagen den 7 april 2026, kl. 17.30
Plats Stadshuset, sal Ekön

Föredragningslista

Ärende Dnr Föredragande
1. Val av justerare

2. Årsredovisning och bokslut — FRN 2026/4 Lena Storm,

2025

controller

3. Bidrag till föreningar - fördelning av

FRN 2026/11	Kalle Vik,
föreningskonsulent

lokalbidrag

4. Ny simhall - förstudie

FRN 2025/90	Mona Ås, avdelningschef
idrott

5. Meddelanden

Välkomna!

Ove Backman (M)	Siri Holt
Ordförande	Nämndsekreterare
"""


def test_presenter_whose_title_comes_below_a_wrapped_word_of_the_item():
    doc = run(AGENDA)
    assert person(doc, "Lena Storm").roles == ["controller", "föredragande"]
    assert "controller" not in person(doc, "Kalle Vik").roles


def test_presenter_cells_on_a_line_of_their_own_under_the_item():
    doc = run(AGENDA)
    assert person(doc, "Kalle Vik").roles == ["föreningskonsulent", "föredragande"]
    assert "föredragande" in person(doc, "Mona Ås").roles


def test_ordinal_vice_whose_space_ocr_read_as_a_letter():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nTekniska nämnden\n2025-06-03\n\n"
        "Beslutande: Karin Öst (S), ordförande; Leif Moen (M);-T:ervice\nordförande; Ylva Ros (C).\n\n"
        "Justerare Ylva Ros (C)\n"
    )
    assert person(doc, "Leif Moen").roles == ["vice ordförande"]


def test_officials_list_on_after_a_paragraphs_cell_wrapped_with_its_sign_misread():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nTekniska nämnden\n2025-06-03\n\n"
        "Beslutande: Karin Öst (S), ordförande; Ylva Ros (C).\n\nNärvarande ersättare: Rut Alm (S).\n\n"
        "Tjänstepersoner: Bo Hägg, stadsdirektör; Ann Lööf, ekonomichef, 88\n"
        "84 och 86; Kim Falk, kommunsekreterare.\n\nJusterare Ylva Ros (C)\n"
    )
    assert person(doc, "Kim Falk").attendance == "övrig"
    assert person(doc, "Kim Falk").roles == ["sekreterare"]


NOTES = """Minnesanteckningar ledningsgruppen

Tisdag 3 februari 2026, kl. 09.00-11.00

Närvarande

Stina Ahl - skolchef (ordförande)
Ulf Berglöf - rektor, Kvarnens förskolor
Pia Sand - biträdande rektor, Åsskolan

1. Ekonomi
Stina gick igenom utfallet.
"""


def test_school_unit_named_in_the_plural():
    doc = run(NOTES)
    assert person(doc, "Ulf Berglöf").affiliation == "Kvarnens förskolor"


def test_title_with_its_field_before_the_school_unit_in_a_table_read_with_single_spaces():
    doc = run(
        "Minnesanteckningar ledningsgruppen\n\nTisdag 3 februari 2026\n\nNärvarande Funktion Enhet\n\n"
        "Stina Ahl skolchef, ordförande\nUlf Berglöf rektor förskola Kvarnens förskolor\nPia Sand rektor Åsskolan\n\n"
        "1. Ekonomi\nStina gick igenom utfallet.\n"
    )
    assert person(doc, "Ulf Berglöf").affiliation == "Kvarnens förskolor"


def test_workplace_after_a_titled_name_in_running_text():
    doc = run(
        "Pressmeddelande 2025-03-03\n\nNy läsfrämjande satsning\n\n"
        "Kulturnämnden beslutade i måndags om en satsning på skolbibliotek.\n\n"
        "Rektor Maja Storm på Björkskolan berättar att eleverna lånar fler böcker.\n"
    )
    assert person(doc, "Maja Storm").affiliation == "Björkskolan"


PROGRAM = """Inbjudan till temadag om matematik

Program
08.30             Kaffe
09.00             Att undervisa i problemlösning (Lisa Ferm, lektor, Umeå
                  universitet)
10.30             Paus
11.00             Erfarenheter från Lycksele (Omar Aziz, förstelärare, Lycksele
                  kommun)
12.00             Lunch
13.00             Samtal om bedömning. Sven Holmgren,
                  forskare, Karolinska Institutet
14.00             Avslutning
"""


def test_parenthesis_of_a_program_cell_ending_on_its_indented_next_line():
    doc = run(PROGRAM)
    assert person(doc, "Lisa Ferm").affiliation == "Umeå universitet"
    assert person(doc, "Omar Aziz").affiliation == "Lycksele"


def test_body_named_on_the_indented_next_line_of_a_program_cell():
    doc = run(PROGRAM)
    assert person(doc, "Sven Holmgren").affiliation == "Karolinska Institutet"
