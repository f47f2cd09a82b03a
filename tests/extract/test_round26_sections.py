"""Forms of sections met in held-out round 26, written anew by hand in other words: one small
document per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, run

COVER = (
    "SAMMANTRÄDESPROTOKOLL 1 (3)\nMalå kommun Socialnämnden 2025-11-05\n\n"
    "Plats och tid Kommunhuset, Malå, kl. 13.00-15.30\n"
    "Beslutande Greta Nyström (S) ordförande\nOlof Brandt (C)\n\n"
    "Justerare Olof Brandt (C)\nParagrafer §§ 21-24\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)

# --- a lead alone on its line over att-satser, with a speck OCR read before or after ------------

# ": att …": a speck before the first att; "Utskottet beslutar =": a speck after the lead; both
# in a § without a "Beslut" heading
SPECKED_LEADS = (
    "SAMMANTRÄDESPROTOKOLL 2 (3)\nMalå kommun Socialnämnden 2025-11-05\n\n"
    "§ 21 Val av justerare och godkännande av föredragningslista\n\n"
    "Socialnämnden beslutar\n"
    ": att utse Olof Brandt (C) att jämte ordföranden justera protokollet, ;\n"
    "att godkänna föredragningslistan med ett tillägg om färdtjänsten under 8 24.\n\n"
    "§ 22\n"
    "Månadsuppföljning per den 31 oktober 2025\n"
    "Dnr 2025/210\n\n"
    "Ekonomen Per Lindgren redovisar uppföljningen. Prognosen visar ett överskott.\n\n"
    "Socialnämnden beslutar =\n"
    "att lägga uppföljningen till handlingarna,\n"
    "att ge socialchefen i uppdrag att redovisa kostnaderna för bemanning i januari 2026.\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)


def test_a_speck_before_the_first_att_under_a_lone_lead_parts_the_clauses():
    assert decided(run(COVER, SPECKED_LEADS))[:2] == [
        ("§ 21", "beslut", "utse Olof Brandt (C) att jämte ordföranden justera protokollet"),
        ("§ 21", "beslut", "godkänna föredragningslistan med ett tillägg om färdtjänsten under 8 24"),
    ]


def test_a_speck_after_a_lone_lead_leaves_it_a_lead():
    assert decided(run(COVER, SPECKED_LEADS))[2:] == [
        ("§ 22", "beslut", "lägga uppföljningen till handlingarna"),
        ("§ 22", "uppdrag", "ge socialchefen i uppdrag att redovisa kostnaderna för bemanning i januari 2026"),
    ]


# --- "att.reglementet …": OCR read the space after an att-sats's att as a stop ------------------

GLUED_ATT = (
    "SAMMANTRÄDESPROTOKOLL 2 (3)\nMalå kommun Socialnämnden 2025-11-05\n\n"
    "§ 23 Riktlinjer för färdtjänst Dnr 2025/188\n\n"
    "Förvaltningen har reviderat riktlinjerna för färdtjänst.\n\n"
    "Beslut\n\n"
    "Socialnämnden föreslår kommunfullmäktige besluta\n"
    "att anta reviderade riktlinjer för färdtjänst enligt bilaga 2,\n"
    "att.riktlinjerna ska gälla från och med den 1 februari 2026.\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)


def test_an_att_glued_to_its_clause_by_a_stop_starts_a_clause_of_its_own():
    assert decided(run(COVER, GLUED_ATT)) == [
        ("§ 23", "förslag", "anta reviderade riktlinjer för färdtjänst enligt bilaga 2"),
        ("§ 23", "förslag", "riktlinjerna ska gälla från och med den 1 februari 2026"),
    ]


# --- "X föreslår Y att föreslå Z besluta" / "att …": a proposal onward through another organ,
# after the yrkanden and beslutsgång of a § without a "Beslut" heading ---------------------------

ONWARD = (
    "SAMMANTRÄDESPROTOKOLL 2 (3)\nMalå kommun Socialnämndens arbetsutskott 2025-11-05\n\n"
    "§ 24\nAvtal om gemensam familjerätt\nDnr 2025/150\n\n"
    "Socialchefen redogör för förslaget till avtal om familjerätt med Norsjö och Arvidsjaur.\n\n"
    "Yrkanden\n"
    "Greta Nyström (S) yrkar bifall till förvaltningens förslag.\n"
    "Olof Brandt (C) yrkar att avtalet gäller i ett år.\n\n"
    "Beslutsgång\n"
    "Ordföranden ställer förslagen mot varandra och finner\n"
    "att arbetsutskottet beslutar enligt förvaltningens förslag.\n\n"
    "Arbetsutskottet föreslår socialnämnden att föreslå kommunfullmäktige besluta\n"
    "att godkänna, avtalet om gemensam familjerätt med Norsjö och Arvidsjaur,\n"
    "att bemyndiga socialnämndens ordförande att teckna avtalet.\n\n"
    "Reservation\n"
    "Olof Brandt (C) reserverar sig mot beslutet.\n\n"
    "Justerandes sign Utdragsbestyrkande\n"
)


def test_a_proposal_onward_through_another_organ_ends_the_beslutsgang_above_it():
    assert decided(run(COVER, ONWARD)) == [
        ("§ 24", "förslag", "godkänna, avtalet om gemensam familjerätt med Norsjö och Arvidsjaur"),
        ("§ 24", "förslag", "bemyndiga socialnämndens ordförande att teckna avtalet"),
    ]
