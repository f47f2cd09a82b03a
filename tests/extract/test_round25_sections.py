"""Forms of sections met in held-out round 25, written anew by hand in other words: one small
document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- a paragraph whose decision follows its Dnr line straight, with no "Beslut" heading ---------

# the lead "Kultur- och fritidsnämnden beslutar" stands among the top lines of two pages: it is no
# running header for that
COVER = (
    "SAMMANTRÄDESPROTOKOLL 1 (3)\nTorsby kommun Kultur- och fritidsnämnden 2025-09-10\n\n"
    "Plats och tid Kommunhuset, Torsby, kl. 18.00-20.00\n"
    "Beslutande Lena Ek (S) ordförande\nNils Berglund (C)\n\n"
    "Justerare Nils Berglund (C)\nParagrafer §§ 41-43\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)
LAST_PAGE = (
    "SAMMANTRÄDESPROTOKOLL 3 (3)\nTorsby kommun Kultur- och fritidsnämnden 2025-09-10\n\n"
    "§ 43\nLokala ordningsföreskrifter för badplatserna\n"
    "Dnr KFN 2025/0077\n"
    "Beslut\n"
    "Kultur- och fritidsnämnden beslutar\n"
    "att tillstyrka förslaget.\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)
UNHEADED_AFTER_DNR = (
    "SAMMANTRÄDESPROTOKOLL 2 (3)\nTorsby kommun Kultur- och fritidsnämnden 2025-09-10\n\n"
    "§ 41\n\n"
    "Val av protokollsjusterare och godkännande av föredragningslista\n\n"
    "Dnr KFN 2025/0012\n\n"
    "Kultur- och fritidsnämnden beslutar\n"
    "att utse Nils Berglund (C) att jämte ordföranden justera dagens protokoll,\n"
    "att godkänna föredragningslistan.\n\n"
    "§ 42\n"
    "Ny konstgräsplan i Östmark\n"
    "Dnr KFN 2025/0101\n"
    "Ärendebeskrivning\n"
    "Förvaltningen har tagit fram ett förslag till en ny plan vid skolan.\n"
    "Beslut\n\n"
    "Kultur- och fritidsnämnden föreslår kommunstyrelsen besluta\n\n"
    "; att anlägga en konstgräsplan i Östmark,\n\n"
    "att anvisa 6 miljoner kronor i investeringsbudgeten för 2026-2027.\n\n"
    "Reservation\n\n"
    "Karl Ek (V) reserverar sig mot beslutet.\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)


def test_the_title_of_a_paragraph_ends_before_the_decision_that_follows_its_case_number():
    assert items(run(COVER, UNHEADED_AFTER_DNR, LAST_PAGE))[0] == (
        "§ 41", "KFN 2025/0012", "Val av protokollsjusterare och godkännande av föredragningslista"
    )


def test_att_clauses_after_a_lead_with_no_decision_heading_are_decisions():
    assert decided(run(COVER, UNHEADED_AFTER_DNR, LAST_PAGE))[:2] == [
        ("§ 41", "beslut", "utse Nils Berglund (C) att jämte ordföranden justera dagens protokoll"),
        ("§ 41", "beslut", "godkänna föredragningslistan"),
    ]


def test_every_clause_of_a_proposal_counts_though_a_blank_line_parts_them():
    assert decided(run(COVER, UNHEADED_AFTER_DNR, LAST_PAGE))[2:4] == [
        ("§ 42", "förslag", "anlägga en konstgräsplan i Östmark"),
        ("§ 42", "förslag", "anvisa 6 miljoner kronor i investeringsbudgeten för 2026-2027"),
    ]


# --- informal minutes: an assignment sentence with an OCR-damaged verb after a decision line --

INFORMAL_ASSIGNMENT = (
    "MINNESANTECKNINGAR\nTingsryds kommun : Utbildningsförvaltningen\n\n"
    "Rektorsträff grundskola\n"
    "Datum Tid Plats\n\n"
    "Onsdag 4 mars 2026 09.00-11.00 Kommunhuset\n\n"
    "Närvarande\n"
    "« Skolchef Eva Lund (ordförande)\n"
    "« Rektor Per Alm, Urshults skola\n\n"
    "1. Elevhälsa\n\n"
    "Eva redogjorde för läget i elevhälsan. Gruppen diskuterade remisser.\n\n"
    "Beslut: Alla skolor använder samma remissblankett.\n\n"
    "Per tar ftam en rutin för remisser till nästa möte.\n\n"
    "2. Nästa möte\n"
    "Onsdag 1 april kl. 09.00.\n"
)


def test_a_sentence_that_takes_forward_work_is_an_assignment_though_its_verb_is_misread():
    assert decided(run(INFORMAL_ASSIGNMENT)) == [
        ("1.", "beslut", "Alla skolor använder samma remissblankett."),
        ("1.", "uppdrag", "Per tar ftam en rutin för remisser till nästa möte."),
    ]
