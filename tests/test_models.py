"""The gazetteers in models/: complete, well-formed, and what tools/build_gazetteers.py builds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.extract import nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def test_kommuner_cover_sweden():
    kommuner = nlp.kommuner()
    codes = {k.code for k in kommuner}
    assert len(codes) == 290 == len(kommuner)
    assert len({k.county_code for k in kommuner}) == 21
    assert all(
        len(k.code) == 4 and k.code.isdigit() and k.code[:2] == k.county_code
        for k in kommuner
    )


def test_known_kommun_codes():
    by_name = {k.name: k for k in nlp.kommuner()}
    assert by_name["Skövde"].code == "1496"
    assert by_name["Västerås"].code == "1980"
    assert by_name["Falun"].aliases == ("Falu",)


def test_ambiguous_flags():
    by_name = {k.name: k for k in nlp.kommuner()}
    for name in (
        "Mark",
        "Vara",
        "Lund",
        "Ale",
        "Mora",
        "Sala",
        "Bjuv",
        "Tranås",
        "Öckerö",
        "Bräcke",
    ):
        assert by_name[name].ambiguous, name
    for name in ("Skövde", "Jönköping", "Nacka", "Borås", "Göteborg"):
        assert not by_name[name].ambiguous, name


def test_flags_name_real_kommuner():
    names = {k.name for k in nlp.kommuner()}
    flagged = {row["name"] for row in nlp.read_tsv("kommuner_flags.tsv")}
    assert flagged <= names


def test_roles_and_headings_are_consistent():
    roles = nlp.roles()
    assert {r.kind for r in roles} == {"role", "heading", "suffix"}
    attendance = {
        "beslutande",
        "ersättare",
        "närvarande",
        "frånvarande",
        "övrig",
        "omnämnd",
    }
    assert all(r.attendance in attendance for r in roles if r.attendance)
    assert all(r.attendance for r in roles if r.kind == "heading")
    forms = nlp.role_forms()
    assert forms["ordf."].normalized == "ordförande"
    assert forms["v. ordf."].normalized == "vice ordförande"
    assert forms["sekr"].normalized == "sekreterare"


def test_parties():
    parties = nlp.parties()
    assert {"M", "S", "C", "L", "KD", "V", "MP", "SD"} <= set(parties)


def test_organisations_kinds():
    kinds = {o.kind for o in nlp.organisations()}
    assert {"authority", "region", "suffix", "generic"} <= kinds
    normalized = {o.form: o.normalized for o in nlp.organisations()}
    assert normalized["SKR"] == "Sveriges Kommuner och Regioner"


def test_every_data_file_has_a_source():
    sources = (ROOT / "models" / "SOURCES.md").read_text(encoding="utf-8")
    for name in (
        "kommuner.tsv",
        "kommuner_flags.tsv",
        "roles.tsv",
        "parties.tsv",
        "organisations.tsv",
        "first_names.tsv",
        "not_names.tsv",
    ):
        assert (ROOT / "models" / name).exists()
        assert name in sources


def test_spacy_pipeline_works_offline():
    doc = nlp.load()("Där träffade rektorn i Lunds kommun Skolverket och ordförande")
    labels = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Skolverket", "ORG") in labels
    assert ("ordförande", "ROLE") in labels
    assert doc[2].lemma_ == "rektor"
    assert nlp.lemma("skolchefen") == "skolchef"


@pytest.mark.skipif(
    not (SHARED / "kommuner").is_dir(), reason="../shared/data not present"
)
def test_committed_gazetteers_match_a_fresh_build():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_gazetteers.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
