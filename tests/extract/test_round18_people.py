"""Round 18's people forms, in our own words: a members' grid whose last caption "Tjänstgörande ersättare"
wrapped onto a line of its own, rows with OCR specks and a wrapped paragraphs cell, and "Ej tjänstgörande"
read by OCR as "Fj tjänstgörande"."""

from __future__ import annotations

from tests.extract.forms import person, run

HEAD = """SAMMANTRÄDESPROTOKOLL
Kulturnämnden 2025-03-04

Närvarande beslutande

Ledamot Parti Tjänstgörande
ersättare '

Anna Berg, ordförande M

"""


def test_wrapped_substitutes_caption_keeps_members_as_members():
    doc = run(HEAD + "Olle Strand SD\n\nMaja Holm S Karl Ek (S)\n")
    assert person(doc, "Olle Strand").attendance == "beslutande"
    assert person(doc, "Olle Strand").roles == ["ledamot"]
    assert person(doc, "Maja Holm").attendance == "frånvarande"
    assert person(doc, "Karl Ek").roles == ["ersättare"]
    assert person(doc, "Karl Ek").attendance == "beslutande"


def test_specks_around_the_party_cell_in_a_substitutes_grid():
    doc = run(HEAD + 'Maja Holm : S "Karl Ek (S)\n\nOlle Strand SD\n')
    assert person(doc, "Maja Holm").party == "S"
    assert person(doc, "Maja Holm").attendance == "frånvarande"
    assert person(doc, "Karl Ek").roles == ["ersättare"]


def test_paragraphs_cell_wrapped_onto_its_own_line():
    doc = run(HEAD + "Maja Holm, §§ 1-3 SD Karl Ek (SD), §§\n4-6\n\nOlle Strand KD\n")
    assert person(doc, "Maja Holm").party == "SD"
    assert person(doc, "Maja Holm").attendance == "beslutande"
    assert person(doc, "Karl Ek").roles == ["ersättare"]
    assert person(doc, "Olle Strand").party == "KD"
    assert person(doc, "Olle Strand").attendance == "beslutande"


def test_not_serving_label_read_with_f_for_e():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nKulturnämnden 2025-03-04\n\nBeslutande\tAnna Berg (M), ordförande\n\tOlle Strand (SD)\n\n"
        "Fj tjänstgörande\tPer Lund (M), Eva Sjö (C)\nersättare\n\nSekreterare\tLisa Ek\n"
    )
    for name in ("Per Lund", "Eva Sjö"):
        assert person(doc, name).attendance == "ersättare"
        assert person(doc, name).roles == ["ersättare"]


def test_joint_title_before_a_name_in_a_list_of_officials():
    doc = run(
        "PROTOKOLL\nKulturnämnden 2025-03-04\n\nBeslutande Anna Berg (M), ordförande\nOlle Strand (SD)\n"
        "Övriga närvarande kommundirektör Per Al, kanslichef Eva Sjö\n(sekreterare), kultur- och fritidschef Lars Ek §§\n"
        "11-12, planchef Kim Berg § 13\n\nJusterare Olle Strand (SD)\n"
    )
    assert person(doc, "Lars Ek").roles == ["kultur- och fritidschef"]
    assert person(doc, "Kim Berg").roles == ["planchef"]


def test_surname_ending_zic_read_with_a_capital_z():
    doc = run(
        "Minnesanteckningar\nNätverket för skolchefer\nDatum: 3/4 2025\n\nNärvarande\n"
        "Sara Lind, skolchef Ystad\nDino MuZic, biträdande skolchef Ystad\n\n1. Budget\nSara redogjorde.\n"
    )
    assert person(doc, "Dino Mužić").roles == ["biträdande skolchef"]
