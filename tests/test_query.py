"""Researcher's queries on a small store built here from three text protocols in two län:
filters by organ, person, kommun and län (name and code) combined with theme and dates,
the partitioned Parquet export, `minutes themes` with counts and `minutes retheme`."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from pipeline import cli, query, run

# Fictional protocols written for these tests: Skövde and Falköping lie in Västra Götalands län
# (county code 14), Härnösand in Västernorrlands län (22). Anna Berg sits in two of them.
PROTOCOLS = {
    "skovde.txt": """Skövde kommun
SAMMANTRÄDESPROTOKOLL
Barn- och utbildningsnämnden
Sammanträdesdatum 2019-05-14

Beslutande: Anna Berg (S), ordförande
Per Holm (M)

§ 47 Dnr BUN 2019/212
Elevhälsans organisation
Beslut
Barn- och utbildningsnämnden beslutar att förstärka elevhälsoteamet med en kurator.

§ 48 Dnr BUN 2019/230
Skolskjuts i glesbygd
Beslut
Barn- och utbildningsnämnden beslutar att utreda skolskjutsen.
""",
    "falkoping.txt": """Falköpings kommun
SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2021-03-02

Beslutande: Olof Sand (C), ordförande
Karin Lund (S)

§ 12 Dnr KS 2021/15
Budget för elevhälsan
Beslut
Kommunstyrelsen beslutar att anta budgeten för elevhälsan 2021.
""",
    "harnosand.txt": """Härnösands kommun
SAMMANTRÄDESPROTOKOLL
Utbildningsnämnden
Sammanträdesdatum 2022-10-19

Beslutande: Maja Ek (L), ordförande
Anna Berg (V)

§ 78 Dnr UN 2022/101
Närvaro i grundskolan
Beslut
Utbildningsnämnden beslutar att anta en plan mot hög skolfrånvaron i grundskolan.
""",
}


@pytest.fixture
def three(tmp_path: Path) -> Path:
    folder = tmp_path / "protokoll"
    folder.mkdir()
    for name, text in PROTOCOLS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "three.duckdb"
    report = run.ingest([folder], db, workers=1)
    assert report.failed == [] and len(report.ingested) == 3
    return db


def minutes(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def rows(capsys, db: Path, *filters: str) -> list[dict]:
    code, out, err = minutes(capsys, "decisions", "--db", db, "--format", "json", *filters)
    assert code == 0, err
    return json.loads(out)


def places(found: list[dict]) -> list[tuple[str, str]]:
    return sorted((r["file_name"], r["paragraph"]) for r in found)


def test_every_row_points_at_its_source(capsys, three):
    everything = rows(capsys, three)
    assert len(everything) == 4
    for row in everything:
        assert row["file_name"] in PROTOCOLS and row["page_no"] == 1
        assert row["paragraph"].startswith("§ ") and row["paragraph"][2:] in PROTOCOLS[row["file_name"]]


@pytest.mark.parametrize(
    "organ, expected",
    [
        ("utbildningsnämnd", [("harnosand.txt", "§ 78"), ("skovde.txt", "§ 47"), ("skovde.txt", "§ 48")]),
        ("KOMMUNSTYRELSEN", [("falkoping.txt", "§ 12")]),
        ("socialnämnden", []),
    ],
)
def test_organ_filter(capsys, three, organ, expected):
    assert places(rows(capsys, three, "--organ", organ)) == expected


@pytest.mark.parametrize(
    "person, expected",
    [
        ("Anna Berg", [("harnosand.txt", "§ 78"), ("skovde.txt", "§ 47"), ("skovde.txt", "§ 48")]),
        ("olof", [("falkoping.txt", "§ 12")]),
        ("Ingen Alls", []),
    ],
)
def test_person_filter(capsys, three, person, expected):
    assert places(rows(capsys, three, "--person", person)) == expected


@pytest.mark.parametrize("place", ["Västra Götalands län", "västra götaland", "14"])
def test_county_filter_by_name_or_code(capsys, three, place):
    assert {r["municipality"] for r in rows(capsys, three, "--municipality", place)} == {"Skövde", "Falköping"}


@pytest.mark.parametrize("place", ["Västernorrlands län", "22", "Härnösand", "2280"])
def test_county_and_kommun_filters_agree(capsys, three, place):
    assert places(rows(capsys, three, "--municipality", place)) == [("harnosand.txt", "§ 78")]


def test_unknown_place_matches_nothing(capsys, three):
    assert rows(capsys, three, "--municipality", "Atlantis") == []


def test_researchers_question_theme_county_and_date(capsys, three):
    """Pupil health decisions in Västra Götaland since 2020, and by which organ."""
    found = rows(capsys, three, "--theme", "elevhalsa", "--municipality", "14", "--since", "2020-01-01")
    assert [(r["municipality"], r["organ"], r["paragraph"]) for r in found] == [("Falköping", "Kommunstyrelsen", "§ 12")]
    everything = rows(capsys, three, "--theme", "elevhalsa")
    assert places(everything) == [("falkoping.txt", "§ 12"), ("skovde.txt", "§ 47")]


def test_search_and_person_combine(capsys, three):
    assert places(rows(capsys, three, "--search", "skolfrånvaro", "--person", "anna")) == [("harnosand.txt", "§ 78")]
    assert rows(capsys, three, "--search", "skolfrånvaro", "--person", "olof") == []


def test_export_parquet_adds_decisions_partitioned_by_place_and_year(capsys, tmp_path, three):
    out_dir = tmp_path / "export"
    code, out, err = minutes(capsys, "export", out_dir, "--db", three)
    assert code == 0
    assert sorted(Path(p) for p in out.splitlines()) == sorted(out_dir / f"{t}.parquet" for t in query.TABLES)
    folder = out_dir / "decisions_by_place_year"
    assert str(folder) in err
    parts = sorted(str(p.parent.relative_to(folder)) for p in folder.rglob("*.parquet"))
    assert parts == ["municipality_code=1496/year=2019", "municipality_code=1499/year=2021",
                     "municipality_code=2280/year=2022"]
    with duckdb.connect() as con:
        back = con.execute(
            f"SELECT municipality, municipality_code, year, paragraph, themes FROM read_parquet('{folder}/**/*.parquet', hive_partitioning=1)"
            " ORDER BY paragraph"
        ).fetchall()
    assert [(m, str(c), int(y), p) for m, c, y, p, _ in back] == [
        ("Falköping", "1499", 2021, "§ 12"), ("Skövde", "1496", 2019, "§ 47"), ("Skövde", "1496", 2019, "§ 48"),
        ("Härnösand", "2280", 2022, "§ 78"),
    ]
    assert back[0][4] == ["ekonomi", "elevhalsa"]


def test_export_csv_writes_no_partitions(capsys, tmp_path, three):
    out_dir = tmp_path / "csv"
    assert minutes(capsys, "export", out_dir, "--format", "csv", "--db", three)[0] == 0
    assert not (out_dir / "decisions_by_place_year").exists()


def test_themes_lists_decision_counts_of_the_store(capsys, three):
    code, out, _ = minutes(capsys, "themes", "--db", three)
    assert code == 0
    counts = {line.split()[0]: int(line.split()[1]) for line in out.splitlines()}
    assert counts["elevhalsa"] == 2 and counts["narvaro"] == 1 and counts["dataskydd"] == 0


def test_themes_without_a_store_lists_no_counts(capsys, tmp_path):
    code, out, _ = minutes(capsys, "themes", "--db", tmp_path / "none.duckdb")
    assert code == 0
    assert not out.splitlines()[0].split()[1].isdigit()
    assert not (tmp_path / "none.duckdb").exists()


def test_retheme_command_restores_labels_and_fills_section_labels(capsys, three):
    before = rows(capsys, three)
    with duckdb.connect(str(three)) as con:
        con.execute("UPDATE decisions SET themes = []")
    assert rows(capsys, three, "--theme", "elevhalsa") == []

    code, _, err = minutes(capsys, "retheme", "--db", three)
    assert code == 0 and "4 decisions" in err
    assert rows(capsys, three) == before
    with duckdb.connect(str(three), read_only=True) as con:
        sections = con.execute("""
            SELECT s.number, t.theme FROM theme_labels t JOIN sections s USING (doc_id, section_id)
            WHERE t.decision_id IS NULL AND s.number IS NOT NULL ORDER BY 1, 2
        """).fetchall()
    assert ("§ 47", "elevhalsa") in sections and ("§ 78", "narvaro") in sections
    assert not [s for s in sections if s[0] == "§ 48"]
