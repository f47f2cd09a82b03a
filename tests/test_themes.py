"""Themes: hand-written hits and misses (compounds, lemmas, anchors, excludes), scores,
labels of decisions and sections, and `retheme` of a whole store from a changed taxonomy."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline import run, store, themes
from pipeline.document import Decision, Document, Section

# (text, themes it must get) — compounds, inflections and lemmas of the theme words.
HITS = [
    ("Elevhälsoteamet ska utökas med en skolsköterska", {"elevhalsa"}),
    ("Rapport om elevhälsan under läsåret", {"elevhalsa"}),
    ("En ny skolkurator anställs", {"elevhalsa"}),
    ("Taxorna för förskolan höjs", {"ekonomi", "forskola"}),
    ("Undervisning i sfi och modersmål", {"nyanlanda"}),
    ("Resultaten på de nationella proven i årskurs 9", {"betyg_bedomning"}),
    ("Åtgärder mot hemmasittare och hög skolfrånvaro", {"narvaro"}),
    ("Andelen behöriga lärare i grundskolan ökar", {"behorighet"}),
    ("Nya chromebooks till alla elever i årskurs 4", {"digitalisering"}),
    ("Plan mot kränkande behandling och för studiero", {"trygghet_studiero"}),
    ("Fritidshemmets öppettider under sommaren", {"fritidshem"}),
    ("Barnen går på fritids efter skolan", {"fritidshem"}),
    ("Skolskjutsen till Centralskolan upphandlas", {"skolskjuts"}),
    ("Ny meny i skolrestaurangen och rutiner för specialkost", {"skolmaltider"}),
    ("Elevhälsoplanen och skolpsykologens uppdrag", {"elevhalsa"}),
    ("Introduktionsprogrammen på gymnasiet", {"gymnasieskola"}),
    ("Ansökan om statsbidrag för lärarlöner", {"statsbidrag"}),
    ("Nedläggning av Byskolan och nya upptagningsområden", {"skolorganisation"}),
]

# (text, themes it must NOT get) — words that contain a stem but are about something else.
MISSES = [
    ("Ersättarna har närvarorätt vid sammanträdet", {"narvaro"}),
    ("Protokollet justeras digitalt", {"digitalisering"}),
    ("Kuratoriet för stiftelsen sammanträder", {"elevhalsa"}),
    ("Riskbedömning inför ombyggnaden av köket", {"betyg_bedomning"}),
    ("Skolans socioekonomiska förutsättningar", {"ekonomi"}),
    ("Upphandling av taxi för färdtjänst", {"ekonomi"}),
    ("Sfinxen i Giza", {"nyanlanda"}),
    ("Trygghetsboende för äldre i centrum", {"trygghet_studiero"}),
    ("Behörighetskontroll av röstlängden", {"behorighet"}),
    ("Fritidsgården får nya öppettider", {"fritidshem"}),
    ("Kultur- och fritidsnämndens budget", {"fritidshem"}),
    ("Fritidspolitiskt program för idrotten", {"fritidshem"}),
    ("Bussen till sammanträdet i Skara", {"skolskjuts"}),
    ("Lunch för ledamöterna serveras kl 12", {"skolmaltider"}),
]

# Procedural items of every protocol: no theme at all.
NOTHING = [
    "Val av justerare. Per Holm utses att justera dagens protokoll.",
    "Godkännande av dagordningen",
    "Anmälan av delegationsbeslut och meddelanden",
    "Sammanträdet förklaras öppnat",
]


@pytest.mark.parametrize("text, expected", HITS, ids=[t for t, _ in HITS])
def test_theme_hits(text, expected):
    assert expected <= set(themes.score(text))


@pytest.mark.parametrize("text, unwanted", MISSES, ids=[t for t, _ in MISSES])
def test_theme_misses(text, unwanted):
    assert not unwanted & set(themes.score(text))


@pytest.mark.parametrize("text", NOTHING)
def test_procedural_items_get_no_theme(text):
    assert themes.score(text) == {}


def test_likvardighet_text_is_not_ekonomi_but_is_likvardighet():
    assert list(themes.score("Skolans socioekonomiska förutsättningar")) == ["likvardighet"]


def test_procedural_text_gets_no_theme():
    assert themes.score("Val av justerare. Anna Berg utses att justera protokollet.") == {}


def test_scores_are_shares_best_first():
    scores = themes.score("Budget och bokslut för elevhälsan: kostnaderna för kuratorer och skolsköterskor")
    assert set(scores) == {"ekonomi", "elevhalsa"}
    assert abs(sum(scores.values()) - 1) < 0.01
    assert list(scores.values()) == sorted(scores.values(), reverse=True)
    assert scores["ekonomi"] == scores["elevhalsa"]  # three words each: budget, bokslut, kostnad / elevhälsan, …


def test_every_term_hits_its_own_theme():
    """No exclude cancels a theme's own terms, and every term form is matchable."""
    for theme in themes.taxonomy():
        for term in theme.stems:
            word = term.lstrip("^=") + ("a" if term.startswith("^") else "")
            assert theme.key in themes.score(word), (theme.key, term)


def test_label_sets_decision_themes_from_text_and_section_title():
    doc = Document("x" * 64, "p.txt", "p.txt", text_source="text")
    doc.sections = [Section(1, "§ 4", None, "Elevhälsans organisation", "paragraph", "Beslut ...", 1, 1),
                    Section(2, "§ 5", None, "Val av justerare", "paragraph", "Anna Berg utses.", 1, 1)]
    doc.decisions = [Decision(1, 1, "anta planen", "beslut"), Decision(2, 2, "utse Anna Berg", "beslut")]
    themes.label(doc)
    assert [d.themes for d in doc.decisions] == [["elevhalsa"], []]
    rows = themes.label_rows(doc)
    assert ("x" * 64, 1, None, "elevhalsa", 1.0) in rows  # the section
    assert ("x" * 64, 1, 1, "elevhalsa", 1.0) in rows  # its decision
    assert not [r for r in rows if r[1] == 2]


def test_writing_a_document_again_replaces_its_theme_labels(db):
    doc = Document("y" * 64, "p.txt", "p.txt", text_source="text")
    doc.sections = [Section(1, "§ 1", None, "Budget för förskolan", "paragraph", "", 1, 1)]
    con = store.connect(db)
    try:
        store.write_document(con, doc)
        store.write_document(con, doc)
        got = con.execute("SELECT section_id, decision_id, theme FROM theme_labels ORDER BY theme").fetchall()
    finally:
        con.close()
    assert got == [(1, None, "ekonomi"), (1, None, "forskola")]


def test_retheme_relabels_the_store_from_a_changed_taxonomy(tmp_path, inputs, db):
    run.ingest([inputs], db, workers=1)
    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute("SELECT doc_id, decision_id, themes FROM decisions ORDER BY 1, 2").fetchall()
        pages = con.execute("SELECT * FROM pages ORDER BY 1, 2").fetchall()

    changed = tmp_path / "themes.toml"
    changed.write_text('[skolskjuts]\nlabel = "Skolskjuts"\nstems = ["skolskjuts"]\n', encoding="utf-8")
    con = store.connect(db)
    try:
        n_decisions, n_sections = themes.retheme(con, themes.taxonomy(changed))
        after = con.execute("""
            SELECT d.text, s.title, d.themes FROM decisions d
            JOIN sections s ON s.doc_id = d.doc_id AND s.section_id = d.section_id
        """).fetchall()
        section_labels = con.execute(
            "SELECT s.title FROM theme_labels t JOIN sections s USING (doc_id, section_id) WHERE t.decision_id IS NULL"
        ).fetchall()
        assert con.execute("SELECT * FROM pages ORDER BY 1, 2").fetchall() == pages  # no OCR, text untouched
        assert n_decisions == len(before) and n_sections > 0

        for text, title, labels in after:
            expected = ["skolskjuts"] if "skolskjuts" in f"{title} {text}".lower() else []
            assert labels == expected, text
        assert any(labels for _, _, labels in after)
        assert section_labels == [("Skolskjuts i glesbygd",)]

        themes.retheme(con)  # back to the real taxonomy: the labels of ingest again
        again = con.execute("SELECT doc_id, decision_id, themes FROM decisions ORDER BY 1, 2").fetchall()
    finally:
        con.close()
    assert again == before


def test_taxonomy_file_is_the_default():
    assert themes.TAXONOMY == Path(__file__).resolve().parents[1] / "models" / "themes.toml"
    assert len(themes.taxonomy()) >= 20
