"""People, roles and attendance in forms met in held-out round 13, written by hand as small documents of
their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import person, run

PROTOKOLL = "PROTOKOLL\nKommunstyrelsen 2025-06-10\n\n"
ANTECKNINGAR = "Nätverket för elevhälsa i Västernorrland                Anteckningar\n\n"


def test_substitutes_who_did_not_serve_under_a_heading_with_som():
    doc = run(
        PROTOKOLL
        + "Ordförande Anna Berg (S) och ledamöterna Per Lind (M), Eva Holm (C)\n\n"
        + "Ersättare som inte tjänstgjort\nKarin Sundin (S), Lars Öberg (M)\n\n"
        + "§ 1 Val av justerare\nStyrelsen utser Eva Holm.\n"
    )
    for name in ("Karin Sundin", "Lars Öberg"):
        assert (person(doc, name).attendance, person(doc, name).roles) == ("ersättare", ["ersättare"])


def test_role_label_then_lower_case_roles_before_each_name():
    doc = run(
        PROTOKOLL
        + "Beslutande\nOrdförande Anna Berg (S)\n\n"
        + "Övriga närvarande\nKommundirektör Lisa Lund, sekreterare Karl Ström, ekonomichef Per Ek (§ 3),\n\n"
        + "§ 1 Val av justerare\nStyrelsen utser Anna Berg.\n"
    )
    assert person(doc, "Lisa Lund").roles == ["kommundirektör"]
    assert person(doc, "Karl Ström").roles == ["sekreterare"]
    assert person(doc, "Per Ek").roles == ["ekonomichef"]


def test_present_sentence_after_header_lines_with_colons_and_chair_before_som():
    doc = run(
        ANTECKNINGAR
        + "Anteckningar från nätverket för elevhälsa\nDatum: 2025-02-12\nPlats: Härnösand, Kulturmagasinet\n\n"
        + "Närvarande var Stina Falk, elevhälsochef i Sundsvall, som ledde mötet, Oskar\n"
        + "Lindqvist, skolchef i Timrå, och Maria Sjödin, rektor i Kramfors.\n\n"
        + "1. Föregående anteckningar\nAnteckningarna lades till handlingarna.\n"
    )
    for name in ("Stina Falk", "Oskar Lindqvist", "Maria Sjödin"):
        assert person(doc, name).attendance == "närvarande"
    assert "ordförande" in person(doc, "Stina Falk").roles
    assert "ordförande" not in person(doc, "Oskar Lindqvist").roles


def test_signature_captions_under_two_names_with_a_telephone_number_after():
    doc = run(
        "KALLELSE\nKultur- och fritidsnämnden\n\n"
        + "Ledamöter kallas härmed till sammanträde måndagen den 6 oktober 2025 klockan 14.00.\n\n"
        + "Ärenden\n1 Val av justerare\n2 Budget 2026\nFöredras åv ekonom Sven Dahl\n\n"
        + "Alingsås som ovan\n\nKarin Wallin (S) Tomas Berg\nOrdförande Nämndsekreterare, 0322-61 60 00\n"
    )
    assert person(doc, "Karin Wallin").roles == ["ordförande"]
    assert person(doc, "Tomas Berg").roles == ["sekreterare"]
    assert "föredragande" in person(doc, "Sven Dahl").roles  # "åv": OCR's reading of "av"


def test_a_digit_read_as_two_letters_before_an_agenda_item_is_no_name():
    doc = run(
        "KALLELSE\nMiljönämnden\n\nLedamöter kallas härmed till sammanträde måndagen den 6 oktober 2025 klockan 14.00.\n\n"
        + "Ärenden\n6 Tillsynsplan 2026 (MN 2025/0101)\n\nZz Redovisning av delegationsbeslut (MN 2025/0012)\n\n"
        + "8 Anmälningsärenden\n\nKarin Wallin (S)\nOrdförande\n"
    )
    assert [p.name for p in doc.people] == ["Karin Wallin"]


def test_abbreviated_secretary_title_after_a_signature():
    doc = run(
        "PROTOKOLLSUTDRAG\nSocialnämnden 2024-10-08\n\n§ 55 Val av justerare\nNämnden utser Per Ek.\n\n"
        + "Ordförande Justerare Rätt utdraget intygar\n\nAnna Berg Per Ek (M) Lisa Holm, nämndsekr.\n"
    )
    assert person(doc, "Lisa Holm").roles == ["sekreterare"]


def test_title_at_a_body_named_after_a_region_in_running_text():
    doc = run(
        "Anteckningar\nStyrgruppen för vuxenutbildning\nDatum: 2025-03-06\n\n"
        + "Närvarande var Eva Lund, skolchef i Eslöv, och Per Ek, rektor i Höör.\n"
        + "Anteckningar fördes av Nils Berg, samordnare vid Region Skåne.\n\n"
        + "1. Föregående anteckningar\nLades till handlingarna.\n"
    )
    nils = person(doc, "Nils Berg")
    assert (nils.roles, nils.affiliation) == (["samordnare", "sekreterare"], "Region Skåne")


def test_a_county_or_a_quarter_is_no_name():
    doc = run(
        "Elevhälsosamverkan Jämtland                              Anteckningar\n\n"
        + "Närvarande var Eva Lund, skolchef i Strömsund.\n\n"
        + "1. Lokaler\nSkolan vid Södra Torget flyttar till Norra Hamnen i augusti.\n"
    )
    assert [p.name for p in doc.people] == ["Eva Lund"]


def test_roster_with_a_column_of_serving_substitutes_and_blank_lines_between_rows():
    doc = run(
        "PROTOKOLL\nMiljö- och byggnadsnämnden 2025-05-14\n\nNärvarolista\n\n"
        + "Ledamot Parti Uppdrag Tjänstgörande\nersättare\n\n"
        + "Karin Wallin S ordförande\n\n"
        + "Olof Strand M ledamot Maja Rydberg\n(M)\n\n"
        + "Lena Sjöholm C ledamot, §§ 20-22 Tove Lindén (C), §§\n23-25\n\n"
        + "Ali Hassan Vv ledamot\n\n"
        + "Ej tjänstgörande ersättare: Per Ek (S)\n\n"
        + "§ 20 Val av justerare\nNämnden utser Ali Hassan.\n"
    )
    assert [p.name for p in doc.people if p.name.lower().startswith(("parti", "ledamot"))] == []
    assert (person(doc, "Karin Wallin").party, person(doc, "Karin Wallin").attendance) == ("S", "beslutande")
    assert (person(doc, "Olof Strand").party, person(doc, "Olof Strand").attendance) == ("M", "frånvarande")
    maja = person(doc, "Maja Rydberg")
    assert (maja.party, maja.roles, maja.attendance) == ("M", ["ersättare"], "beslutande")
    assert person(doc, "Lena Sjöholm").attendance == "beslutande"  # served §§ 20-22 herself
    assert (person(doc, "Tove Lindén").roles, person(doc, "Tove Lindén").attendance) == (["ersättare"], "beslutande")
    assert (person(doc, "Ali Hassan").party, person(doc, "Ali Hassan").attendance) == ("V", "beslutande")


def test_workplace_wrapped_under_the_left_column_of_two_bulleted_columns():
    doc = run(
        "MINNESANTECKNINGAR\nLedningsgruppen för förskolan\nTisdag 14 januari 2025, kl. 8.15-11.00\n\n"
        + "Närvarande Frånvarande\n"
        + "« Pia Norén, förskolechef (ordf.) « Kim Sand, elevhälsochef\n"
        + "« Ida Berglund, rektor » Ola Strand, utredare\nHagaskolan\n\n"
        + "Genomgång av förra mötets anteckningar\nAnteckningarna godkändes.\n"
    )
    assert person(doc, "Ida Berglund").affiliation == "Hagaskolan"
    assert person(doc, "Ola Strand").affiliation is None
