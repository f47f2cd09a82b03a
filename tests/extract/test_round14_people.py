"""People, roles and attendance in forms met in held-out round 14, written by hand as small documents of
their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import run

PROTOKOLL = "PROTOKOLL\nSocialnämnden 2025-09-16\n\n"
PARAGRAF = "§ 1 Val av justerare\nNämnden utser Eva Holm.\n"


def seen(doc, name: str) -> tuple[list[str], str, str | None]:
    person = next(p for p in doc.people if p.name == name)
    return person.roles, person.attendance, person.party


def test_substitutes_label_wrapped_below_its_names_on_a_row_without_a_tab():
    for first, last in (("Ersättare, ej", "tjänstgörande |"), ("Ersättare (ej", "tjänstgörande)")):
        doc = run(
            PROTOKOLL
            + "Beslutande Anna Berg (S), ordförande; Per Lind (M); Eva Holm (C)\n\n"
            + f"{first} Karin Sundin (S), Lars Öberg (L)\n\n{last}\n\n"
            + "Övriga Lisa Lund, socialchef\n\n"
            + PARAGRAF
        )
        assert seen(doc, "Karin Sundin") == (["ersättare"], "ersättare", "S")
        assert seen(doc, "Lars Öberg") == (["ersättare"], "ersättare", "L")
        assert seen(doc, "Per Lind") == (["ledamot"], "beslutande", "M")


def test_party_and_presence_columns_read_with_single_spaces_and_a_substitute_on_the_next_line():
    doc = run(
        PROTOKOLL
        + "Närvarolista\n\nLedamöter Parti Närvaro\n\n"
        + "Anna Berg, ordförande M närvarande\n\n"
        + "Per Lind S frånvarande, ersätts av\nEva Holm (V)\n\n"
        + "Olle Ek SD närvarande §§ 1-3\n\n"
        + "Bo Sand KD frånvarande\n\n"
        + "Justerare Anna Berg (M)\n\n"
        + PARAGRAF
    )
    assert seen(doc, "Per Lind") == (["ledamot"], "frånvarande", "S")
    assert seen(doc, "Eva Holm") == (["ersättare"], "beslutande", "V")
    assert seen(doc, "Olle Ek") == (["ledamot"], "beslutande", "SD")
    assert seen(doc, "Bo Sand")[1:] == ("frånvarande", "KD")


def test_whole_title_ends_the_line_in_a_list_with_titles_first():
    doc = run(
        "Skolledarnätverket i Eksjö                Anteckningar\n\n"
        + "Anteckningar från skolledarmötet\nDatum: 2025-02-12\n\n"
        + "Närvarande var skolchef Lena Ek, som ledde mötet, rektorerna Per\n"
        + "Holm (Västskolan) och Eva Berg (Östskolan), biträdande rektor\n"
        + "Ola Sten (Västskolan) samt utvecklingsledare Kim Ås.\n\n"
        + "1. Föregående möte\nAnteckningarna lades till handlingarna.\n"
    )
    assert seen(doc, "Eva Berg")[0] == ["rektor"]
    assert seen(doc, "Ola Sten")[0] == ["biträdande rektor"]
    doc = run(
        "Skolledarnätverket i Eksjö                Anteckningar\n\nAnteckningar från mötet\nDatum: 2025-02-12\n\n"
        + "Närvarande: skolchef Lena Ek\nAnna Ek, rektor\nPer Lind, lärare\n\n"
        + "1. Föregående möte\nAnteckningarna lades till handlingarna.\n"
    )
    assert seen(doc, "Anna Ek")[0] == ["rektor"]  # one entry a line: the title stays with the name before it
    assert seen(doc, "Per Lind")[0] == ["lärare"]


def test_workplace_after_title_and_preposition_on_the_next_line():
    doc = run(
        "Pressmeddelande 2025-05-15\nEksjö kommun\n\nNy skolgård i Eksjö\n"
        + "– Eleverna har saknat en plats att vara på, säger Lena Åberg, rektor på\n"
        + "Ekbackeskolan.\n\nBygget startar i juni.\n"
    )
    person = next(p for p in doc.people if p.name == "Lena Åberg")
    assert (person.roles, person.affiliation) == (["rektor"], "Ekbackeskolan")


def test_first_name_read_in_lower_case_on_a_row_of_signatures():
    doc = run(
        "Kommunstyrelsen UTDRAG UR PROTOKOLL\nSammanträdesdatum 2024-03-05\n\n§ 45 Skolskjuts\n\n"
        + "Anna Berg (S) yrkar bifall.\n\nBeslut\nKommunstyrelsen beslutar att bifalla förslaget.\n\n"
        + "Ordförande Justerare Utdragsbestyrkande\n"
        + "Anna Berg Per Lind karin Ås, kommunsekreterare\n"
    )
    assert seen(doc, "Karin Ås")[0] == ["sekreterare"]
    assert seen(doc, "Per Lind")[0] == ["justerare"]
