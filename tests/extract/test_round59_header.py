"""Rounds 59-62's header, date and place forms, written anew after the deciding test was scored: a
logo whose kommun OCR split into a short head in capitals and a tail ("NO ra ommun", "Hy te
COMMUN"); an excerpt whose "sammanträdesprotokoll" OCR misread."""

from __future__ import annotations

from tests.extract.forms import run

SUMMONS = (
    "Dag och tid Tisdagen den 3 mars 2026, kl. 13.30\n\nPlats Kommunhuset\n\nFöredragningslista\n\n"
    "1. Val av justerare\n2. Avtal om gymnasieplatser med Uddevalla och Trollhättan\n"
)


def _home(logo: str) -> str | None:
    return run(f"KALLELSE 2026-02-20\n{logo}\n\nSammanträde Barn- och utbildningsnämnden\n\n" + SUMMONS).municipality


def test_a_logo_split_after_two_capitals_and_clipped_before_ommun():
    assert _home("MO ra ommun . . Barn- och utbildningsnämnden") == "Mora"


def test_a_logo_split_over_a_lost_letter_with_kommun_misread_in_capitals():
    assert _home("Le sebo COMMUN Barn- och utbildningsnämnden") == "Lessebo"


def test_four_letters_split_two_and_two_over_a_lost_letter():
    assert _home("Ki da KOMMUN Barn- och utbildningsnämnden") == "Kinda"


def test_three_letters_over_a_gap_name_no_kommun():
    # the logo gives nothing, so a nämnd's kallelse falls back on the first kommun it names
    assert _home("Bo s kommun Barn- och utbildningsnämnden") == "Uddevalla"


def test_an_excerpt_whose_protocol_word_ocr_misread_is_still_an_excerpt():
    doc = run(
        "ARVIKA KOMMUN Utdrag ur sammanträdesprotokotll\n\nKultur- och fritidsnämnden Sida 1 av 1\n"
        "Sammanträdesdatum Paragraf Diarienummer\n2026-03-10 § 12 KFN 2026/8\n\nBidrag till föreningar\n\n"
        "Beslut\nKultur- och fritidsnämnden beslutar att fördela bidragen enligt bilaga.\n"
    )
    assert doc.doc_type == "protokollsutdrag"
    assert doc.title == "Utdrag ur sammanträdesprotokotll"


def test_a_place_wrapped_onto_its_room_takes_no_attendance_label_below():
    doc = run(
        "Vaggeryds kommun\n\nAnteckningar rektorsgrupp\n\nTisdag 10 mars 2026, kl. 13.00-15.00, Kommunhuset, Lilla\n"
        "sammanträdesrummet\n\nNärvarande\n\nEva Lind, skolchef\nPer Ek, rektor\n\n1. Ekonomi\nEva redovisar läget.\n"
    )
    assert doc.location == "Kommunhuset, Lilla sammanträdesrummet"
