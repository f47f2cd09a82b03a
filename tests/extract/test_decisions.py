"""Decisions: att-satser under "Beslut", förslag to higher organs, uppdrag, informal decision lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document, Page
from pipeline.extract import decisions
from pipeline.segment import segment


def found(*pages: str) -> tuple[Document, list]:
    doc = Document("id", "x.txt", "x.txt", pages=[Page(i + 1, p, p) for i, p in enumerate(pages)])
    doc.sections = segment(doc)
    return doc, decisions.find(doc)


PROTOCOL_P1 = """\
SAMMANTRÄDESPROTOKOLL
§ 8 Dnr GN 2021/40
Ny skolorganisation i Gråbo
Ärendet
Nämnden beslutade 2019 att utreda frågan. Förvaltningen föreslår att Gråboskolan byggs ut.
Yrkanden
Kim Dahl (M) yrkar att ärendet återremitteras.
Beslutsgång
Med 7 ja-röster mot 6 nej-röster beslutar nämnden att avgöra ärendet i dag.
Beslut
Grundskolenämnden beslutar att
1. bygga ut Gråboskolan med sex klassrum,
2. ge förvaltningen i uppdrag att återkomma med en tidplan, och
"""
PROTOCOL_P2 = """\
3. upphäva beslutet om skolskjuts i Hjällsnäs.
Grundskolenämnden föreslår kommunfullmäktige besluta att
4. anslå 12 miljoner kronor till utbyggnaden.
Reservation
Kim Dahl (M) reserverar sig mot beslutet.
Protokollsanteckning
Eva Al (V) antecknar att lokalerna bör vara tillgängliga.
§ 9 Dnr GN 2021/2
Delegationsbeslut
Beslut
Grundskolenämnden beslutar att lägga redovisningen till handlingarna.
"""


def test_att_satser_become_one_decision_each():
    doc, result = found(PROTOCOL_P1, PROTOCOL_P2)
    assert [(d.kind, d.text) for d in result] == [
        ("beslut", "bygga ut Gråboskolan med sex klassrum"),
        ("uppdrag", "ge förvaltningen i uppdrag att återkomma med en tidplan"),
        ("beslut", "upphäva beslutet om skolskjuts i Hjällsnäs"),
        ("förslag", "anslå 12 miljoner kronor till utbyggnaden"),
        ("beslut", "lägga redovisningen till handlingarna"),
    ]
    assert [d.decision_id for d in result] == [1, 2, 3, 4, 5]
    assert [d.page_no for d in result] == [1, 1, 2, 2, 2]
    numbers = {s.section_id: s.number for s in doc.sections}
    assert [numbers[d.section_id] for d in result] == ["§ 8"] * 4 + ["§ 9"]


def test_motions_votes_reservations_and_notes_are_not_decisions():
    _, result = found(PROTOCOL_P1, PROTOCOL_P2)
    texts = " ".join(d.text for d in result)
    for never in ("återremitteras", "avgöra ärendet", "reserverar", "tillgängliga", "utreda frågan"):
        assert never not in texts


def test_a_decision_without_a_list():
    text = "PROTOKOLL\n§ 3 KS 2020/1\nMotion\nBeslut\nKommunstyrelsen föreslår kommunfullmäktige att avslå\nmotionen.\n"
    _, result = found(text)
    assert [(d.kind, d.text) for d in result] == [("förslag", "avslå motionen")]


MINUTES = """\
Minnesanteckningar skolledarträff
Datum: 2021-11-03
1. Läsårets studiedagar
Gruppen gick igenom förslaget till studiedagar och var i stort sett överens om upplägget för våren
och hösten.
Beslut: Studiedagarna läggs i vecka 44. Jan tar fram ett schema.
2. Trygghetsenkäten
Elin redovisade resultaten. Sara får i uppdrag att skicka ut enkäten igen i mars.
Per yrkade att enkäten skulle göras om, men det beslutades inte.
"""


def test_informal_decision_lines_keep_whole_sentences():
    doc, result = found(MINUTES)
    assert [(d.kind, d.text) for d in result] == [
        ("beslut", "Studiedagarna läggs i vecka 44."),
        ("uppdrag", "Jan tar fram ett schema."),
        ("uppdrag", "Sara får i uppdrag att skicka ut enkäten igen i mars."),
    ]
    titles = {s.section_id: s.title for s in doc.sections}
    assert [titles[d.section_id] for d in result] == ["Läsårets studiedagar"] * 2 + ["Trygghetsenkäten"]


def test_no_decisions_in_an_agenda():
    _, result = found("KALLELSE\n1.\tVal av justerare\n2.\tBeslut om budget\n3.\tÖvriga frågor\n")
    assert result == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Beslut\n",
                "Beslut: ",
                "§ 4\n",
                "1. ",
                "beslutar att ",
                "får i uppdrag att ",
                "x",
                ".",
                "\n",
                "\f",
                "Yrkanden\n",
            ]
        )
    ).map("".join)
)
def test_arbitrary_text_never_raises(text):
    doc, result = found(*text.split("\f"))
    for k, d in enumerate(result, start=1):
        assert d.decision_id == k
        assert d.kind in {"beslut", "uppdrag", "förslag"}
        assert 1 <= d.page_no <= doc.page_count
        assert d.section_id in {s.section_id for s in doc.sections}


def test_a_paragraph_without_beslut_heading_reads_its_lead_and_att_satser():
    text = (
        "PROTOKOLL\n§ 11\nSkolplacering i förskoleklass\nDnr BUN 2021/18\n"
        "Ansökningstiden pågick i januari och 164 vårdnadshavare har gjort ett val.\n"
        "Barn- och utbildningsnämnden beslutar att\n1. fastställa skolplaceringen enligt förslaget,\n"
        "2. uppdra åt förvaltningen att se över upptagningsområdet.\n"
        "Reservation: Ida Ek (M) reserverar sig mot beslutet.\n"
        "§ 12\nDelegationsbeslut\nDnr BUN 2021/4\n"
        "Barn- och utbildningsnämnden beslutar att lägga delegationsbesluten till handlingarna.\n"
    )
    _, result = found(text)
    assert [(d.kind, d.text) for d in result] == [
        ("beslut", "fastställa skolplaceringen enligt förslaget"),
        ("uppdrag", "uppdra åt förvaltningen att se över upptagningsområdet"),
        ("beslut", "lägga delegationsbesluten till handlingarna"),
    ]
