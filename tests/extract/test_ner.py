"""The statistical NER shipped in models/ner (trained by `make ner`, loaded by extract/nlp.py)."""

from __future__ import annotations

import json

import pytest

from pipeline.extract import nlp

pytestmark = pytest.mark.skipif(not (nlp.NER_DIR / "meta.json").is_file(), reason="models/ner not built (make ner)")


def labelled(text: str, label: str) -> list[str]:
    return [e.text for e in nlp.entities(text) if e.label == label]


def test_model_loads_from_models_dir_once():
    model = nlp.ner()
    assert model is not None
    assert "ner" in model.pipe_names
    assert {"PER", "ORG", "LOC"} <= set(model.get_pipe("ner").labels)
    assert nlp.ner() is model  # cached: loaded once per process


def test_finds_a_person_in_running_text():
    text = "Vid mötet redogjorde Ingrid Bergkvist för hur elevhälsan har organiserats under hösten."
    assert "Ingrid Bergkvist" in labelled(text, "PER")


def test_finds_a_kommun_as_place_or_organisation():
    text = "Barn- och utbildningsförvaltningen i Falköping har tagit fram ett nytt förslag."
    places = [e.text for e in nlp.entities(text) if e.label in ("LOC", "ORG")]
    assert any("Falköping" in p for p in places)
    assert not labelled(text, "PER")


def test_no_entity_in_a_sentence_without_names():
    text = "Nämnden beslutar att godkänna den ekonomiska uppföljningen och lägga rapporten till handlingarna."
    assert nlp.entities(text) == []


def test_offsets_point_into_the_text_across_pages():
    text = "Sida ett utan namn.\fRektor Johanna Lindqvist presenterade resultaten."
    found = nlp.entities(text)
    assert found, "expected the name on the second page"
    for e in found:
        assert text[e.start : e.end] == e.text


def test_empty_text_gives_no_entities():
    assert nlp.entities("") == []
    assert nlp.entities(" \n\f ") == []


def test_meta_credits_the_training_corpus():
    meta = json.loads((nlp.NER_DIR / "meta.json").read_text(encoding="utf-8"))
    sources = " ".join(s["name"] + " " + s.get("license", "") for s in meta["sources"])
    assert "Swedish NER corpus" in sources
    assert "Klintberg" in sources
    assert "CC BY 4.0" in sources
    assert meta["training"]["seed"] == 0
    readme = (nlp.NER_DIR / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "Språkbanken" in readme


def people_in(text: str) -> dict:
    from pipeline.document import Document, Page
    from pipeline.extract import people

    doc = Document("d" * 64, "x.txt", "x.txt", text_source="text")
    doc.pages = [Page(1, text, text)]
    return {p.name: p for p in people.find(doc)}


def test_people_gets_a_running_text_name_outside_the_first_name_list():
    # neither first name is in models/first_names.tsv and no role or party marks them:
    # the rules alone skip such names, the NER supplies them
    assert "Dragana" not in nlp.first_names() and "Bilal" not in nlp.first_names()
    found = people_in(
        "Mötet inleddes med att Dragana Petrović presenterade planen för elevhälsan. "
        "Bilal Haddad redogjorde för arbetet med nyanlända elever."
    )
    assert {"Dragana Petrović", "Bilal Haddad"} <= set(found)
    assert found["Dragana Petrović"].attendance == "omnämnd"


def test_people_takes_no_organisation_or_kommun_from_the_ner():
    found = people_in("Nämnden diskuterade samarbetet med Skaraborgs Kommunalförbund och Lidköping.")
    assert not found


def test_entities_within_spans_keep_their_offsets_and_skip_the_rest():
    text = "Närvarande: Johanna Lindqvist\n\nRektor Ingrid Bergkvist presenterade resultaten."
    inside = (text.index("Rektor"), len(text))
    found = nlp.entities(text, ("PER",), [inside])
    assert [e.text for e in found] == ["Ingrid Bergkvist"]
    assert all(text[e.start : e.end] == e.text for e in found)


def test_people_runs_the_ner_on_running_text_only():
    from pipeline.extract import people
    from tests.extract.forms import run

    doc = run(
        "Barn- och utbildningsnämnden\nSammanträdesdatum 2026-03-18\n\nBeslutande\nEva Lind (S), ordförande\n"
        "Per Ek (M)\n\n§ 12 Elevhälsa\nDragana Petrović presenterade planen för elevhälsan.\n\n"
        "Beslut\nNämnden beslutar att godkänna planen.\n"
    )
    spans = people._running_text(doc)
    attendance = next(s for s in doc.sections if s.kind == "attendance")
    assert spans and not any(start < attendance.char_end and attendance.char_start < end for start, end in spans)
    assert "Dragana Petrović" in {p.name for p in doc.people}
