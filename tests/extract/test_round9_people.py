"""People, roles, attendance and affiliations in forms met in held-out round 9, written by hand as
small documents of their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import person, run

PROTOKOLL = "PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2022-11-08\n\n"
ANTECKNINGAR = "Minnesanteckningar, förskolechefsgruppen\nDatum 2022-03-14\n\n"


def test_substitutes_who_did_not_serve_beside_the_members_replace_no_one():
    doc = run(
        PROTOKOLL
        + "Beslutande ledamöter Ej tjänstgörande ersättare\n"
        + "Karl Nyström (S), ordf. Olle Vikberg (V)\n"
        + "Greta Sandell (M) Hampus Ring (C)\n\n"
        + "§ 5 Val av justerare\nNämnden beslutar att utse Greta Sandell.\n"
    )
    assert (person(doc, "Karl Nyström").attendance, person(doc, "Karl Nyström").roles) == ("beslutande", ["ordförande"])
    assert (person(doc, "Greta Sandell").attendance, person(doc, "Greta Sandell").roles) == ("beslutande", ["ledamot"])
    for name in ("Olle Vikberg", "Hampus Ring"):
        assert (person(doc, name).attendance, person(doc, name).roles) == ("ersättare", ["ersättare"])


def test_members_column_goes_on_after_the_officials_rows_ocr_read_between():
    doc = run(
        PROTOKOLL
        + "Beslutande ledamöter Ej tjänstgörande ersättare\n"
        + "Karl Nyström (S), ordf. Olle Vikberg (V)\n"
        + "Förvaltningschef Hanna Dahl\n"
        + "Nämndsekreterare Per Lundin\n"
        + "Ida Sjögren (L)\n"
        + "Rune Falk (KD) för Maja Törn (KD)\n\n"
        + "§ 5 Val av justerare\nNämnden beslutar att utse Ida Sjögren.\n"
    )
    assert person(doc, "Hanna Dahl").attendance == "övrig"
    assert person(doc, "Per Lundin").attendance == "övrig"
    assert (person(doc, "Ida Sjögren").attendance, person(doc, "Ida Sjögren").roles) == ("beslutande", ["ledamot"])
    assert (person(doc, "Rune Falk").attendance, person(doc, "Rune Falk").roles) == ("beslutande", ["ersättare"])
    assert person(doc, "Maja Törn").attendance == "frånvarande"


def test_signature_captions_ending_in_a_speck_keep_their_columns():
    doc = run(
        PROTOKOLL
        + "§ 5 Val av justerare\nNämnden beslutar enligt förslaget.\n\n"
        + "Sekreterare Ordförande Justerande '\n"
        + "Per Lundin Karl Nyström Greta Sandell\n"
    )
    assert person(doc, "Greta Sandell").roles == ["justerare"]
    assert person(doc, "Karl Nyström").roles == ["ordförande"]


def test_heading_and_name_parted_by_a_speck():
    doc = run(ANTECKNINGAR + "Närvarande Lisa Berg, rektor Ekbackens skola\n\nFrånvarande . Mats Holm, rektor Åsens skola\n")
    assert person(doc, "Mats Holm").attendance == "frånvarande"
    assert person(doc, "Lisa Berg").attendance == "närvarande"


def test_workplace_wrapped_alone_onto_the_next_line():
    doc = run(
        ANTECKNINGAR
        + "Närvarande Lisa Berg, rektor Ekbackens skola; Nils Ahl, biträdande rektor\n"
        + "Hagaskolan\n\n1. Läsåret\nGruppen gick igenom planen.\n"
    )
    assert person(doc, "Nils Ahl").affiliation == "Hagaskolan"


def test_note_taker_of_informal_minutes_was_there():
    doc = run(ANTECKNINGAR + "Närvarande Lisa Berg, rektor\n\nAntecknare Eva Strand, administratör\n\n1. Läsåret\nGruppen gick igenom planen.\n")
    assert person(doc, "Eva Strand").attendance == "närvarande"


def test_school_name_wrapped_inside_the_parenthesis():
    doc = run(
        "Inbjudan till temadag\n\n13 00 Om läsning - Maria Lind (rektor Bäckby\n\nskola) och Jon Ek (lektor, Högskolan Dalarna)\n"
    )
    assert person(doc, "Maria Lind").affiliation == "Bäckby skola"


def test_kommun_opening_the_next_sentence_is_no_affiliation():
    doc = run(
        "KALLELSE\nBarn- och skolnämnden\n\n1. Remiss om skolskjuts\n"
        + "Föredragande: controller Elin Moberg. Tranås, Eksjö och Aneby svarar gemensamt.\n"
    )
    assert person(doc, "Elin Moberg").affiliation is None


def test_title_with_o_read_as_ö():
    doc = run(ANTECKNINGAR + "Närvarande Lisa Berg, rektör Ekbackens skola; Nils Ahl, rektor Hagaskolan\n")
    assert person(doc, "Lisa Berg").roles == ["rektor"]
