"""Round 30's people forms, written anew in our own words: a table of participants under a caption row
"Namn  Funktion  Enhet" with no heading above it, a heading "Deltagare" with an OCR speck after it, a
workplace cell cut after "Barn- och", and a school whose kind is a compound ("byskola") after a speck."""

from __future__ import annotations

from tests.extract.forms import person, run

TABLE = """MINNESANTECKNINGAR
Ljusdals kommun Barn- och utbildningsförvaltningen

Rektorsgruppen, gymnasiet
Datum 2025-10-08 (onsdag)

Namn Funktion | Enhet

{rows}

Anmält förhinder: Per Tall, rektor, Norrskolan

Punkt 1 Föregående minnesanteckningar
Anteckningarna lades till handlingarna.
"""


def test_caption_row_of_name_role_and_unit_opens_a_table_of_participants():
    doc = run(TABLE.format(rows="Karin Lövgren skolchef, ordförande\n\nOlof Berglund rektor Västergårdsskolan\n"
                                "Lisa Sand : — utvecklingsledare, sekreterare"))
    assert person(doc, "Karin Lövgren").roles == ["skolchef", "ordförande"]
    assert person(doc, "Olof Berglund").roles == ["rektor"]
    assert person(doc, "Olof Berglund").affiliation == "Västergårdsskolan"
    assert person(doc, "Lisa Sand").roles == ["utvecklingsledare", "sekreterare"]
    for name in ("Karin Lövgren", "Olof Berglund", "Lisa Sand"):
        assert person(doc, name).attendance == "närvarande"
    assert person(doc, "Per Tall").attendance == "frånvarande"


def test_unit_cut_after_a_compound_head_keeps_the_table_open():
    doc = run(TABLE.format(rows="Karin Lövgren gymnasiechef, ordf. Kultur- och\nutbildningsförvaltningen\n\n"
                                "Olof Berglund rektor | Västergårdsskolan\n\nLisa Sand kurator, sekr. Elevhälsan"))
    assert person(doc, "Karin Lövgren").roles == ["gymnasiechef", "ordförande"]
    assert person(doc, "Olof Berglund").roles == ["rektor"]
    assert person(doc, "Olof Berglund").attendance == "närvarande"
    assert person(doc, "Lisa Sand").roles == ["kurator", "sekreterare"]


def test_school_of_a_compound_kind_after_a_speck():
    doc = run(TABLE.format(rows="Olof Berglund rektor ; Åby byskola\nHanna Myrén rektor Ekbackens skola"))
    assert person(doc, "Olof Berglund").affiliation == "Åby byskola"
    assert person(doc, "Hanna Myrén").affiliation == "Ekbackens skola"


def test_party_column_keeps_a_name_caption_row_out_of_participants():
    doc = run("PROTOKOLL\nKulturnämnden 2025-03-04\n\nNamn Parti Funktion\n\nAnna Berg rektor\n")
    assert all(p.attendance != "närvarande" for p in doc.people)


def test_speck_after_the_participants_heading():
    doc = run(
        "Minnesanteckningar\nNätverket för gymnasiesärskola\n\nMinnesanteckningar från träff den 13 maj 2025, Norsjö\n\n"
        "Deltagare i\n\nMaria Holmgren rektor Norsjö (ordförande)\nErik Bäck rektor Malå\n\n"
        "Stina Lundin specialpedagog Arjeplog\n\nFörhinder: Per Sjöberg, rektor, Arvidsjaur\n\n1. Föregående anteckningar\n"
        "Anteckningarna lades till handlingarna.\n"
    )
    assert person(doc, "Maria Holmgren").roles == ["rektor", "ordförande"]
    assert person(doc, "Maria Holmgren").affiliation == "Norsjö"
    assert person(doc, "Stina Lundin").roles == ["specialpedagog"]
    for name in ("Maria Holmgren", "Erik Bäck", "Stina Lundin"):
        assert person(doc, name).attendance == "närvarande"


def test_roster_without_an_attendance_column_lists_the_members_who_decided():
    doc = run(
        "Sammanträdesprotokoll\nKulturnämnden\n\nSammanträdesdatum 2025-09-17\n\nNärvarolista\n\n"
        "Namn Parti ' Funktion\n\nElin Sand M ordförande\n\nBo Ahl S : 2:e vice ordförande\n\nKim Lund V ledamot\n\n"
        "Rut Berg KD tjänstgörande ersättare\nför Olle Ström (KD)\n\nIda Nord C; ledamot\n\n"
        "Ej tjänstgörande\tEva Al (S)\n\nersättare\n"
    )
    assert person(doc, "Elin Sand").roles == ["ordförande"]
    assert person(doc, "Bo Ahl").roles == ["vice ordförande"]
    assert person(doc, "Kim Lund").roles == ["ledamot"]
    assert person(doc, "Kim Lund").party == "V"
    for name in ("Elin Sand", "Bo Ahl", "Kim Lund", "Rut Berg", "Ida Nord"):
        assert person(doc, name).attendance == "beslutande"
    assert person(doc, "Rut Berg").roles == ["ersättare"]
    assert person(doc, "Olle Ström").attendance == "frånvarande"
    assert person(doc, "Olle Ström").party == "KD"
    assert person(doc, "Ida Nord").roles == ["ledamot"]


REMARKS_GRID = """PROTOKOLL
Kulturnämnden 2025-10-21

Närvarande ledamöter
Namn Parti Anmärkning

Ulla Berg, ordförande C

Tor Wen, 1:e vice ordförande” S

Anna Lund KD §§ 61-63

Eva. Ek S tjg ersättare för Per

Al (S)
Mats Holm KD tjg ersättare för Anna
| Lund (KD) §§ 64-65

Ersättare Gun Frisk (C)
"""


def test_remarks_caption_under_the_members_heading_names_no_one():
    doc = run(REMARKS_GRID)
    assert not [p for p in doc.people if "Namn" in p.name or "Parti" in p.name]
    assert person(doc, "Ulla Berg").roles == ["ordförande"]


def test_party_after_a_speck_that_ends_the_role():
    assert person(run(REMARKS_GRID), "Tor Wen").party == "S"


def test_substitute_rows_with_specks_and_wrapped_names_of_the_replaced():
    doc = run(REMARKS_GRID)
    assert person(doc, "Eva Ek").roles == ["ersättare"]
    assert person(doc, "Eva Ek").attendance == "beslutande"
    assert person(doc, "Per Al").attendance == "frånvarande"
    assert person(doc, "Per Al").party == "S"
    assert person(doc, "Mats Holm").party == "KD"
    assert person(doc, "Mats Holm").attendance == "beslutande"
    assert person(doc, "Anna Lund").party == "KD"
    assert person(doc, "Anna Lund").attendance == "beslutande"


def test_paragraphs_wrapped_to_open_the_next_line_of_officials():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nKulturnämnden 2025-11-19\n\n"
        "Beslutande\tOlle Ström (M), ordförande; Kim Lund (S)\n"
        "Övriga närvarande\tEva Sand, förvaltningschef; Bo Al, controller, $$\n"
        "41-42; Siv Holm, rektor Åby skola, § 41; Ida Berg,\nnämndsekreterare\n"
        "Utses att justera\tKim Lund\n"
    )
    assert person(doc, "Siv Holm").attendance == "övrig"
    assert person(doc, "Siv Holm").affiliation == "Åby skola"
    assert person(doc, "Ida Berg").attendance == "övrig"
    assert person(doc, "Ida Berg").roles == ["sekreterare"]


def test_rows_of_members_beside_officials_are_not_one_wrapped_list():
    doc = run(
        "PROTOKOLL\nKommunstyrelsens arbetsutskott 2025-09-09\n\nBeslutande Tjänstepersoner\n"
        "Ola Berg (M), ordförande Lisa Holm, kommundirektör\n"
        "Siv Ahl (S), vice ordförande Per Ek, ekonomichef, § 12\n"
        "Kim Sten (C) Maja Lind, kommunsekreterare\n"
    )
    assert person(doc, "Siv Ahl").attendance == "beslutande"
    assert person(doc, "Siv Ahl").roles == ["vice ordförande"]
    assert person(doc, "Per Ek").attendance == "övrig"
    assert person(doc, "Kim Sten").attendance == "beslutande"


def test_guest_for_one_agenda_point_attended_with_a_title_after_its_fields_abbreviation():
    doc = run(
        "Minnesanteckningar - rektorsgruppen\n\nTisdag 6 maj 2025, kl. 08.30-11.00\n\nNärvarande:\n"
        "« Anna Berg, grundskolechef (ordförande)\n« Olof Lind, rektor Åsskolan\n"
        "Förhinder: Per Nord, rektor Ekby skola\nGäst punkt 2: Tove Sand, HR-strateg, Skövde kommun\n\n"
        "1. Föregående anteckningar\nAnteckningarna lades till handlingarna.\n"
    )
    assert person(doc, "Tove Sand").attendance == "närvarande"
    assert person(doc, "Tove Sand").roles == ["hr-strateg"]
    assert person(doc, "Per Nord").attendance == "frånvarande"


def test_signatures_with_a_party_read_as_a_digit_and_a_speck_between_captions():
    doc = run("KALLELSE\nKulturnämnden\n\nVälkomna!\n\nVäxjö den 12 mars 2026\n\nOlle Berg (9) Eva Lund\nOrdförande . Nämndsekreterare\n")
    assert person(doc, "Olle Berg").party == "S"
    assert person(doc, "Olle Berg").roles == ["ordförande"]
    assert person(doc, "Eva Lund").roles == ["sekreterare"]


def test_signers_first_name_read_with_a_second_capital():
    doc = run("PROTOKOLLSUTDRAG\nKulturnämnden 2025-06-17\n\n§ 4 Taxor\nNämnden beslutar att anta taxan.\n\n"
              "Rätt utdraget intygar\n\nNämndsekreterare\n\nMAria Lund\nVäxjö den 18 juni 2025\n")
    assert person(doc, "Maria Lund").roles == ["sekreterare"]


PROGRAM = """INBJUDAN
Skoldag i skärgården

Dagens program
08.30         Kaffe
09.15         Stress hos unga (Sara Lind,
              lektor i omvårdnad, Lunds universitet)
10.30         Skolan på ön (Olof
              Åhs, rektor Ekbackaskolan)
11.45         Lunch
"""


def test_speakers_title_with_its_field_wrapped_in_a_program_cell():
    doc = run(PROGRAM)
    assert person(doc, "Sara Lind").roles == ["lektor"]
    assert person(doc, "Sara Lind").affiliation == "Lunds universitet"


def test_speakers_name_wrapped_between_first_name_and_surname_in_a_program_cell():
    doc = run(PROGRAM)
    assert person(doc, "Olof Åhs").roles == ["rektor"]
    assert person(doc, "Olof Åhs").affiliation == "Ekbackaskolan"


def test_ordinal_vice_chair_written_as_andra():
    doc = run("PRESSMEDDELANDE\n\n– Vi vill se en plan, säger Lena Ros (M), andra vice ordförande i nämnden.\n")
    assert person(doc, "Lena Ros").roles == ["vice ordförande"]


def test_one_letter_party_read_twice_in_capitals():
    doc = run("PROTOKOLL\nKulturnämnden 2025-05-05\n\nBeslutande Parti Anmärkning\nOla Berg, ordförande M\n\n"
              "Siv Ahl, 1:e vice ordförande C\n\nEva Lund SS\n\nJusterare Eva Lund\n")
    assert person(doc, "Eva Lund").party == "S"


def test_genitive_of_a_name_read_before_the_name_itself():
    doc = run("PROTOKOLLSUTDRAG\nKulturnämnden 2025-05-05\n\n§ 3 Bibliotek\n\nYrkanden\nEva Berg (M) yrkar bifall. Lisa\n"
              "Holm (V) yrkar avslag. Kim Ek (S) yrkar bifall till Lisa Holms yrkande.\n\nReservation\n"
              "Lisa Holm (V) och Kim Ek (S) reserverar sig mot beslutet.\n")
    assert [p.name for p in doc.people if p.name.startswith("Lisa")] == ["Lisa Holm"]


def test_workplace_on_a_bullets_indented_second_line():
    doc = run(
        "INBJUDAN\nLäsdag för lärare\n\nProgram\n • 09.00–09.20 Inledning – Per Holm (M), ordförande i\n   kulturnämnden\n"
        " • 09.20–10.30 Läsning i alla ämnen – Sara Lind, lektor vid\n   Umeå universitet\n"
        " • 10.45–12.00 Högläsning – Eva Åhs, förskollärare,\n   Vindelns kommun\n • 12.00–13.00 Lunch\n"
    )
    assert person(doc, "Sara Lind").affiliation == "Umeå universitet"
    assert person(doc, "Eva Åhs").affiliation == "Vindeln"
    assert person(doc, "Eva Åhs").roles == ["förskollärare"]


TWO_COLUMNS = """PROTOKOLL
Kommunstyrelsens arbetsutskott 2025-10-07

Beslutande : Övriga närvarande

Ulla Berg (C), ordförande Siv Holm, kommunchef

Kim Lund (S), vice ordförande Per Ek, ekonomichef, § 14
Eva Sand (M) Lisa Åhs; planarkitekt, § 14
Bo Nord (SD), tjänstgör för Ove Maja Ek, nämndsekreterare

Strand (SD)
Ida Berg (C)

Ersättare
Tove Frisk (S)
"""


def test_members_and_officials_side_by_side_are_no_sentence_of_substitutes():
    doc = run(TWO_COLUMNS)
    assert person(doc, "Kim Lund").roles == ["vice ordförande"]
    assert person(doc, "Per Ek").attendance == "övrig"
    assert person(doc, "Eva Sand").roles == ["ledamot"]
    assert person(doc, "Lisa Åhs").attendance == "övrig"


def test_a_wrapped_surname_keeps_the_members_column_open():
    doc = run(TWO_COLUMNS)
    assert person(doc, "Ida Berg").attendance == "beslutande"
    assert person(doc, "Ida Berg").roles == ["ledamot"]
