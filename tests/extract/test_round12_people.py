"""People, roles, attendance and affiliations in forms met in held-out round 12, written by hand as
small documents of their own and run through segmentation and extraction."""

from __future__ import annotations

from tests.extract.forms import person, run

PROTOKOLL = "SAMMANTRÄDESPROTOKOLL\nSocialnämnden\n2024-09-17\n\n"
UTDRAG = "PROTOKOLLSUTDRAG\nKommunstyrelsen\n2024-06-04\n\n"
ANTECKNINGAR = "Anteckningar från förskolechefsgruppen\nTisdag 5/3 2024, kl 9.00-11.30, Folkets hus\n\n"
PRESS = "Pressmeddelande 2024-04-02\nMotala kommun\n\nNy förskola i Borensberg\n\n"


def test_label_wrapped_below_its_row_beside_the_values_tail():
    doc = run(
        PROTOKOLL
        + "Ordförande\tEva Sandin (M)\n\n"
        + "Tjänstgörande Lars Berg (KD) för Pia Lööf (KD), Siv Nyman (S) för\n\n"
        + "ersättare Olof Ring (S)\n\n"
        + "Närvarande Ida Falk (V), Kent Holm (C) §§\n\n"
        + "ersättare 21-24\n\n"
        + "§ 21 Val av justerare\nNämnden utser Eva Sandin.\n"
    )
    for name in ("Lars Berg", "Siv Nyman"):
        assert (person(doc, name).attendance, person(doc, name).roles) == ("beslutande", ["ersättare"])
    for name in ("Pia Lööf", "Olof Ring"):
        assert person(doc, name).attendance == "frånvarande"
    for name in ("Ida Falk", "Kent Holm"):
        assert (person(doc, name).attendance, person(doc, name).roles) == ("ersättare", ["ersättare"])


def test_the_other_members_heading_makes_members():
    doc = run(
        PROTOKOLL
        + "Ordförande\tEva Sandin (M)\n\n"
        + "Övriga ledamöter Jan Strid (S), Maja Ekholm (L), Rolf Anker (SD)\n\n"
        + "§ 21 Val av justerare\nNämnden utser Jan Strid.\n"
    )
    for name in ("Maja Ekholm", "Rolf Anker"):
        assert (person(doc, name).attendance, person(doc, name).roles) == ("beslutande", ["ledamot"])


def test_signature_captions_over_a_row_whose_last_gap_ocr_lost():
    doc = run(
        PROTOKOLL
        + "§ 30 Budget\nNämnden godkänner budgeten.\n\n"
        + "Sekreterare\tOrdförande Justerande\n\nKarl Öst\tEva Sandin Tomas Bäck\n"
    )
    assert "ordförande" not in person(doc, "Tomas Bäck").roles
    assert "ordförande" in person(doc, "Eva Sandin").roles


def test_role_word_in_the_definite_form_before_a_name():
    doc = run(PRESS + "Gymnasiechefen Hampus Lind är nöjd med beslutet. Dataskyddsombudet Vera Ek (S) likaså.\n")
    assert person(doc, "Hampus Lind").roles == ["gymnasiechef"]
    assert (person(doc, "Vera Ek").roles, person(doc, "Vera Ek").party) == (["dataskyddsombud"], "S")


def test_attendance_told_in_a_paragraph_of_informal_notes():
    doc = run(
        ANTECKNINGAR
        + "Närvarande var förskolecheferna Åsa Lind (Solrosen), Erik Vall (Tallbacken) och Nora\n"
        + "Sten (Ekbacken) samt specialpedagog Moa Hagberg. Mötet leddes av verksamhetschef Per\n"
        + "Lindqvist. Anteckningar fördes av Stina Roos, administratör. Frånvarande: Gun Alm (Ängen).\n\n"
        + "1. Föregående anteckningar\nGicks igenom och lades till handlingarna.\n"
    )
    for name in ("Åsa Lind", "Erik Vall", "Nora Sten"):
        assert (person(doc, name).attendance, person(doc, name).roles) == ("närvarande", ["förskolechef"])
    assert person(doc, "Moa Hagberg").roles == ["specialpedagog"]  # "samt" ends the list; her title opens her entry
    assert person(doc, "Per Lindqvist").attendance == "närvarande"
    assert "ordförande" in person(doc, "Per Lindqvist").roles
    assert "sekreterare" in person(doc, "Stina Roos").roles
    assert person(doc, "Stina Roos").attendance == "närvarande"
    assert person(doc, "Gun Alm").attendance == "frånvarande"


def test_presenter_after_a_colon_label_in_an_agenda():
    doc = run(
        "KALLELSE\nSocialnämnden\n2024-02-12\n\nÄrendelista\n1. Budget 2025\nFöredrar: Lena Vik, ekonom\n"
        + "2. Övriga frågor\n"
    )
    assert person(doc, "Lena Vik").roles == ["ekonom", "föredragande"]


def test_excerpt_signatures_tell_no_attendance():
    doc = run(
        UTDRAG
        + "KS § 88 Dnr 2024/51\nTaxa för skolbarnsomsorg\n\nKommunstyrelsen antar taxan.\n\n"
        + "Justerare Gösta Lund (C)\nAnna Hall Gösta Lund Karin Engström, kommunsekreterare\n"
    )
    for name in ("Anna Hall", "Gösta Lund", "Karin Engström"):
        assert person(doc, name).attendance == "omnämnd"
