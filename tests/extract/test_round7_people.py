"""Forms of attendance and people in Swedish minutes met in held-out round 7, written anew by hand:
one small document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from pipeline.document import Document
from tests.extract.forms import person, run


def seen(doc: Document, name: str) -> tuple[str | None, list[str], str]:
    p = person(doc, name)
    return p.party, sorted(p.roles), p.attendance


# --- attendance told in sentences ----------------------------------------------------------------

PROSE = (
    "Mora kommun\nPROTOKOLL\nSocialnämnden\n2024-03-12\n\n"
    "Plats och tid: Stadshuset, sal Siljan, tisdag 12 mars 2024, kl. 13.00-16.00\n\n"
    "Närvarande\n\n"
    "Mötet öppnades av ordföranden Karin Lövgren (KD). Närvarande var också ledamöterna\n"
    "Peter Svahn (S), 2:e vice ordförande, Ahmed Yusuf (M), Stina Gran (C) och Olle Brink (SD).\n"
    "Ersättaren Mona Ekberg (L) tjänstgjorde i\n"
    "stället för Gustav Lind (L). Ersättarna Rut Falk (V) och Ivar Sten (S) var närvarande utan att\n"
    "tjänstgöra.\n"
    "Från förvaltningen deltog socialchef Elin Rask och nämndsekreterare Jonas Bäck.\n\n"
    "Ordförande  Justerare\n"
    "Karin Lövgren  Ahmed Yusuf\n\n"
    "§ 12 Budget 2024\n"
    "Socialnämnden beslutar att godkänna budgeten.\n"
)


def test_attendance_in_sentences():
    doc = run(PROSE)
    assert seen(doc, "Karin Lövgren") == ("KD", ["ordförande"], "beslutande")
    assert seen(doc, "Stina Gran") == ("C", ["ledamot"], "beslutande")
    assert seen(doc, "Olle Brink") == ("SD", ["ledamot"], "beslutande")
    # "i" / "stället för" wrapped over two lines: the substitute served, the member was away
    assert seen(doc, "Mona Ekberg") == ("L", ["ersättare"], "beslutande")
    assert seen(doc, "Gustav Lind") == ("L", ["ledamot"], "frånvarande")
    # "utan att" / "tjänstgöra" wrapped: present, not serving
    assert seen(doc, "Rut Falk") == ("V", ["ersättare"], "ersättare")
    assert seen(doc, "Ivar Sten") == ("S", ["ersättare"], "ersättare")
    assert seen(doc, "Elin Rask") == (None, ["socialchef"], "övrig")
    assert seen(doc, "Jonas Bäck") == (None, ["sekreterare"], "övrig")


def test_attendance_in_sentences_other_wordings():
    doc = run(
        PROSE.replace(
            "Mötet öppnades av ordföranden Karin Lövgren (KD).",
            "Ordföranden Karin Lövgren (KD) ledde sammanträdet.",
        ).replace(
            "Ersättarna Rut Falk (V) och Ivar Sten (S) var närvarande utan att\ntjänstgöra.",
            "Dessutom närvarade ersättarna Rut Falk (V) och Ivar Sten (S). Anmält förhinder hade Berit Holm (MP).",
        )
    )
    assert seen(doc, "Karin Lövgren") == ("KD", ["ordförande"], "beslutande")
    assert seen(doc, "Rut Falk") == ("V", ["ersättare"], "ersättare")
    assert person(doc, "Berit Holm").attendance == "frånvarande"


def test_a_role_after_a_comma_ends_the_entry_before_and_ledamot_only_without_another_role():
    doc = run(PROSE)
    # ", 2:e vice ordförande, Ahmed Yusuf": the role is Peter Svahn's, not Ahmed Yusuf's
    assert seen(doc, "Peter Svahn") == ("S", ["vice ordförande"], "beslutande")
    # a member who signs as justerare is not also 'ledamot'
    assert seen(doc, "Ahmed Yusuf") == ("M", ["justerare"], "beslutande")


def test_justerare_chosen_in_a_sentence():
    doc = run(
        PROSE.replace("Ordförande  Justerare\nKarin Lövgren  Ahmed Yusuf\n\n", "").replace(
            "§ 12 Budget",
            "Justering: Ahmed Yusuf och Stina Gran utsågs att jämte ordföranden justera protokollet.\n\n§ 12 Budget",
        )
    )
    assert seen(doc, "Ahmed Yusuf") == ("M", ["justerare"], "beslutande")
    assert seen(doc, "Stina Gran") == ("C", ["justerare"], "beslutande")
    assert "justerare" not in person(doc, "Karin Lövgren").roles


def test_sentences_in_a_paragraph_tell_no_attendance():
    doc = run(
        PROSE.replace(
            "Socialnämnden beslutar att godkänna budgeten.\n",
            "Ledamoten Berit Holm (V) var inte närvarande vid beslutet och deltog inte.\n"
            "Socialnämnden beslutar att godkänna budgeten.\n",
        )
    )
    assert person(doc, "Berit Holm").attendance == "omnämnd"


def test_no_attendance_from_a_notice_or_a_press_release():
    kallelse = run(
        "KALLELSE\nSocialnämnden\n2024-03-01\n\n"
        "Ledamöter och ersättare kallas till sammanträde tisdagen den 12 mars 2024 kl. 13.00.\n"
        "Vid förhinder var god meddela nämndsekreterare Jonas Bäck.\n\n"
        "1 Val av justerare\n"
    )
    assert person(kallelse, "Jonas Bäck").attendance == "omnämnd"
    press = run(
        "Pressmeddelande\nKalix kommun\n\n"
        "Ledamöterna var eniga om beslutet, säger Lars Öhman (C), ordförande.\n"
    )
    assert person(press, "Lars Öhman").attendance == "omnämnd"


# --- role-first lists wrapped mid-entry -----------------------------------------------------------


def test_role_first_list_wrapped_between_first_name_and_surname_and_after_a_role():
    doc = run(
        "Minnesanteckningar - ledningsgrupp socialtjänst\nOnsdag 7/2 kl 9.00-11.00, rum Ljusnan\n\n"
        "Närvarande: socialchef Maja Ek (ordf.), enhetschef Tomas\n"
        "Sandberg, controller Lina Holm, verksamhetsutvecklare Sofia Berg, utredare\n"
        "Anton Dahl, administrativ chef Vera Lund (anteckningar)\n\n"
        "Ej närvarande: kvalitetsstrateg Emil Nord\n\n"
        "§ 1 Ekonomi\nLina redovisade utfallet.\n"
    )
    assert seen(doc, "Maja Ek") == (None, ["ordförande", "socialchef"], "närvarande")
    assert seen(doc, "Tomas Sandberg") == (None, ["enhetschef"], "närvarande")
    assert seen(doc, "Lina Holm") == (None, ["controller"], "närvarande")
    assert seen(doc, "Sofia Berg") == (None, ["verksamhetsutvecklare"], "närvarande")
    assert seen(doc, "Anton Dahl") == (None, ["utredare"], "närvarande")
    # "(anteckningar)" after a name says who kept the notes, as "(antecknar)" does
    assert seen(doc, "Vera Lund") == (None, ["administrativ chef", "sekreterare"], "närvarande")
    assert seen(doc, "Emil Nord") == (None, ["kvalitetsstrateg"], "frånvarande")


def test_staff_list_in_a_label_grid_wrapped_before_the_surname():
    doc = run(
        "SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\n2023-05-04\n\n"
        "Beslutande Eva Holm (S), ordförande, Nils Ek (M)\n"
        "Övriga närvarande kulturchef Ola Ström, nämndsekreterare Petra\n"
        "Viklund\n\n"
        "§ 14 Bidrag\nNämnden beslutar att bevilja bidraget.\n"
    )
    assert seen(doc, "Ola Ström") == (None, ["kulturchef"], "övrig")
    assert seen(doc, "Petra Viklund") == (None, ["sekreterare"], "övrig")


# --- the organ a person sits in is no affiliation --------------------------------------------------


def test_chair_of_a_committee_has_no_affiliation():
    doc = run(
        "Pressmeddelande\nKalix kommun\n\n"
        "Ny fritidsgård i centrum\n"
        "– Ungdomarna har väntat länge på det här, säger Lars Öhman (C), ordförande i\n"
        "socialnämnden.\n\n"
        "Kontakt\nLars Öhman (C), ordförande i socialnämnden, 0923-650 00\n"
        "Siv Berg, rektor på Furuskolan, 0923-650 10\n"
    )
    p = person(doc, "Lars Öhman")
    assert (p.party, p.roles, p.affiliation) == ("C", ["ordförande"], None)
    assert person(doc, "Siv Berg").affiliation == "Furuskolan"  # a school is whom one represents


def test_a_title_with_its_organ_after_a_name_in_running_text():
    doc = run(
        "Pressmeddelande\nKalix kommun\n\n"
        "Ny fritidsgård i centrum\n"
        "– Det här har vi väntat på, säger Lars Öhman (C), ordförande i kultur- och fritidsnämnden.\n"
    )
    p = person(doc, "Lars Öhman")
    assert (p.party, p.roles, p.affiliation) == ("C", ["ordförande"], None)


# --- a voting list with a column for who served -----------------------------------------------------

VOTES = (
    "SAMMANTRÄDESPROTOKOLL\nMiljö- och byggnadsnämnden\n2023-09-21\n\n"
    "§ 40 Detaljplan för Norra hamnen\nNämnden beslutar att anta detaljplanen.\n\n"
    "Närvaro- och omröstningslista\n"
    "Ledamöter Tjänstgörande Ja Nej\n"
    "Sara Lind (S), ordf. X X\n"
    "Oskar Berg (M) X X\n"
    "Lena Wall (C) Erik Blom (C) X\n"
    "Hugo Sand (SD), §§ 38-40 Åsa Kron (SD), X\n"
    "88 41-44 i\n"
    "Maja Törn (V) X X\n"
    "Summa 3 2\n"
)


def test_vote_column_captions_are_no_one():
    doc = run(VOTES)
    assert "Ja Nej" not in {p.name for p in doc.people}
    assert seen(doc, "Sara Lind") == ("S", ["ordförande"], "beslutande")


def test_voting_list_with_substitutes_in_a_served_column():
    doc = run(VOTES)
    assert seen(doc, "Oskar Berg") == ("M", ["ledamot"], "beslutande")
    # a name in the served column: the member was away, the substitute served
    assert seen(doc, "Lena Wall") == ("C", ["ledamot"], "frånvarande")
    assert seen(doc, "Erik Blom") == ("C", ["ersättare"], "beslutande")
    # a member who served some paragraphs ("§§ 38-40") is not absent
    assert seen(doc, "Hugo Sand") == ("SD", ["ledamot"], "beslutande")
    assert seen(doc, "Åsa Kron") == ("SD", ["ersättare"], "beslutande")


def test_paragraphs_read_as_88_on_their_own_line_do_not_end_the_list():
    doc = run(VOTES)
    assert seen(doc, "Maja Törn") == ("V", ["ledamot"], "beslutande")


# --- an agenda table with a presenter column --------------------------------------------------------


def test_agenda_table_with_a_presenter_column():
    doc = run(
        "KALLELSE\nRegion Gotland\n2024-04-02\nTekniska nämnden\n\n"
        "Ledamöter och ersättare kallas till sammanträde tisdagen den 9 april 2024 kl. 13.00.\n\n"
        "Nr Ärende Dnr Föredragande\n"
        "1 Val av justerare\n"
        "2 Nya parkeringsregler i BUN 2024/71 Hanna Moberg,\n"
        "Visby innerstad stadsarkitekt\n"
        "fortsättning\n"
        "3 Motion från Olof Alm (V) om cykelvägar BUN 2024/12 Kent Rydén, gatuchef\n"
        "4 Ekonomisk uppföljning BUN 2024/5 Tove Sjö,\n"
        "per mars ekonom\n\n"
        "Förhinder anmäls till nämndsekreteraren senast den 5 april.\n\n"
        "Anders Wik (S)  Linnea Bok\n"
        "Ordförande  Nämndsekreterare\n"
    )
    assert seen(doc, "Hanna Moberg") == (None, ["föredragande", "stadsarkitekt"], "omnämnd")
    assert person(doc, "Hanna Moberg").affiliation is None  # "Visby" belongs to the item's title
    assert seen(doc, "Kent Rydén") == (None, ["föredragande", "gatuchef"], "omnämnd")
    assert seen(doc, "Tove Sjö") == (None, ["ekonom", "föredragande"], "omnämnd")
    # a name inside an item's title does not present it
    assert "föredragande" not in person(doc, "Olof Alm").roles
    assert "föredragande" not in person(doc, "Anders Wik").roles


def test_agenda_table_with_a_presenter_column_in_a_text_layer():
    doc = run(
        "KALLELSE\nRegion Gotland\n2024-04-02\nTekniska nämnden\n\n"
        "Nr\tÄrende\tDnr\tFöredragande\n"
        "1\tVal av justerare\n"
        "2\tNya parkeringsregler i\tBUN 2024/71\tHanna Moberg,\n"
        "\tVisby innerstad\tstadsarkitekt\n"
        "3\tEkonomisk uppföljning\tBUN 2024/5\tTove Sjö, ekonom\n\n"
        "Förhinder anmäls till nämndsekreteraren senast den 5 april.\n"
    )
    assert seen(doc, "Hanna Moberg") == (None, ["föredragande", "stadsarkitekt"], "omnämnd")
    assert person(doc, "Hanna Moberg").affiliation is None
    assert seen(doc, "Tove Sjö") == (None, ["ekonom", "föredragande"], "omnämnd")
