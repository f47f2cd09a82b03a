"""People, roles and attendance in forms met in held-out round 15, written by hand as small documents of
their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import run

PROTOKOLL = "PROTOKOLL\nKulturnämnden 2025-05-20\n\n"
PARAGRAF = "§ 12 Val av justerare\nNämnden utser Ulf Sand.\n"


def seen(doc, name: str) -> tuple[list[str], str, str | None]:
    person = next(p for p in doc.people if p.name == name)
    return person.roles, person.attendance, person.party


def names(doc) -> set[str]:
    return {p.name for p in doc.people}


def test_member_table_with_a_remarks_column_read_with_single_spaces():
    doc = run(
        PROTOKOLL
        + "Beslutande\n\nLedamot Parti Anmärkning\n\n"
        + "Greta Nilsson, ordförande KD\n\n"
        + "Oskar Wall, 1:e vice C\n\nordförande\n\n"
        + "Sven Dahl M Ersatt av Lisa\n\nHolmqvist (M)\n\n"
        + "Ulf Sand . MP\n\n"
        + "Nora Vik S\n\n"
        + "Övriga Pia Ahl, kultursekreterare\n\n"
        + PARAGRAF
    )
    assert "Parti Anmärkning" not in names(doc)
    assert not any(n.startswith("Ersatt") for n in names(doc))
    assert seen(doc, "Greta Nilsson") == (["ordförande"], "beslutande", "KD")
    assert seen(doc, "Oskar Wall") == (["vice ordförande"], "beslutande", "C")
    assert seen(doc, "Sven Dahl") == (["ledamot"], "frånvarande", "M")
    assert seen(doc, "Lisa Holmqvist") == (["ersättare"], "beslutande", "M")
    assert seen(doc, "Ulf Sand")[1:] == ("beslutande", "MP")
    assert seen(doc, "Nora Vik") == (["ledamot"], "beslutande", "S")


def test_replaced_by_at_a_line_end_before_the_next_members_line():
    doc = run(
        PROTOKOLL
        + "Ledamöter Ersättare\n\n"
        + "Karl Borg (S), ordförande Maja Tell (V)\n\n"
        + "Olle Ström (S), tjg ersättare Eva Rydh (S), ersatt av Olle Ström\n"
        + "Sara Lund (M)\n\n"
        + "Övriga Pia Ahl, kultursekreterare\n\n"
        + PARAGRAF
    )
    assert not any(n.startswith("Olle Ström ") for n in names(doc))
    assert seen(doc, "Olle Ström")[1] == "beslutande"
    assert seen(doc, "Eva Rydh")[1] == "frånvarande"
    assert seen(doc, "Sara Lund") == (["ledamot"], "beslutande", "M")


def test_titled_first_name_at_a_line_end_and_the_surname_alone_after_a_blank_line():
    doc = run(
        PROTOKOLL
        + "Beslutande Karl Borg (S), ordförande; Sara Lund (M)\n\n"
        + "Övriga närvarande kulturchef Tove Ek; nämndsekreterare Stefan\n\nBerg\n\n"
        + "Justerare Sara Lund (M)\n\n"
        + PARAGRAF
    )
    assert seen(doc, "Stefan Berg")[:2] == (["sekreterare"], "övrig")
    assert seen(doc, "Tove Ek")[0] == ["kulturchef"]


def test_a_surname_cut_from_a_signature_before_a_whole_name():
    doc = run(
        PROTOKOLL
        + "Beslutande Karl Borg (S), ordförande; Sara Lund (M)\n\n"
        + "Övriga närvarande nämndsekreterare Stefan Holm\n\n"
        + PARAGRAF
        + "\nSekreterare . Ordförande\nStefan. Holm Karl Borg\n"
    )
    assert not any(n.startswith("Holm ") for n in names(doc))
    assert seen(doc, "Karl Borg")[:2] == (["ordförande"], "beslutande")
    assert seen(doc, "Stefan Holm")[:2] == (["sekreterare"], "övrig")


def test_second_presenter_after_och_in_a_notice():
    doc = run(
        "KALLELSE\nKulturnämnden kallas till sammanträde 2025-05-20\n\n"
        + "Ordförande Greta Nilsson (KD)\nSekreterare Pia Ahl\n\n"
        + "Punkt 3 föredras av ekonom Ali Demir och punkt 5 av arkivarie Hanna\nSelin.\n"
    )
    assert "föredragande" in seen(doc, "Ali Demir")[0]
    assert "föredragande" in seen(doc, "Hanna Selin")[0]


def test_first_name_wrapped_before_a_slash_and_title():
    doc = run(
        "Minnesanteckningar 2025-05-20\n\nLedningsgruppen förskolan\n\n"
        + "Närvarande: Jonas Ek/förskolechef (ordf.), Mia Strand/förskolechef Solgården, Elin\n"
        + "Wiklund/förskolechef Solgården, Åsa Berg/specialpedagog\n\n"
        + "1. Föregående anteckningar\nLades till handlingarna.\n"
    )
    assert seen(doc, "Elin Wiklund")[:2] == (["förskolechef"], "närvarande")


def test_signature_captions_with_a_date_caption_are_no_name():
    doc = run(
        "PROTOKOLLSUTDRAG\nKulturnämnden\nSammanträdesdag 2025-05-20\n\n"
        + "§ 12 Bidrag till föreningar\nNämnden beslutar att bevilja bidraget.\n\n"
        + "Justerare Justeringsdatum Rätt utdraget intygar\nUlf Sand 22/5 2025 Pia Ahl, sekreterare\n"
    )
    assert not any(n.startswith("Justeringsdatum") for n in names(doc))
    assert "justerare" in seen(doc, "Ulf Sand")[0]
