"""CLI: exit codes per errors.EXIT_CODES, the read-only SQL sandbox, output formats, export,
decision filters, themes and repair, called as `main([...])` and once as the installed script."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline import cli, query, themes
from pipeline.errors import EXIT_CODES, QueryError, StoreError, UsageError


def minutes(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def store_snapshot(db: Path) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        tables = con.execute("SELECT table_schema, table_name FROM information_schema.tables ORDER BY 1, 2").fetchall()
        return {f"{s}.{t}": sorted(con.execute(f'SELECT * FROM "{s}"."{t}"').fetchall(), key=repr) for s, t in tables}


def test_exit_codes_are_those_of_the_error_classes():
    assert (UsageError.exit_code, StoreError.exit_code, QueryError.exit_code) == (2, 3, 4)
    assert {0, 1, 2, 3, 4} <= set(EXIT_CODES)


def test_help_lists_exit_codes(capsys):
    code, out, _ = minutes(capsys, "--help")
    assert code == 0
    for number in (0, 1, 2, 3, 4):
        assert f"  {number}  " in out


# --- ingest ---------------------------------------------------------------------------------


def test_ingest_then_again_exit_zero_and_summary(capsys, inputs, db):
    code, _, err = minutes(capsys, "ingest", inputs, "--db", db, "--workers", "1", "--quiet")
    assert code == 0
    assert "3 ingested, 0 unchanged (skipped), 0 failed" in err
    code, _, err = minutes(capsys, "ingest", inputs, "--db", db, "--workers", "1")  # with the progress bar
    assert code == 0
    assert "0 ingested, 3 unchanged (skipped), 0 failed" in err


def test_ingest_with_a_bad_file_exits_one_with_one_line_for_it(capsys, inputs, db):
    (inputs / "trasig.pdf").write_text("det här är ingen PDF\n", encoding="utf-8")
    code, _, err = minutes(capsys, "ingest", inputs, "--db", db, "--workers", "1", "--quiet")
    assert code == 1
    failed = [line for line in err.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "trasig.pdf" in failed[0] and "not a PDF" in failed[0]
    assert "3 ingested" in err and "1 failed" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["ingest", "{tmp}/finns-inte", "--db", "{db}"],
        ["ingest", "{inputs}", "--db", "{db}", "--workers", "0"],
        ["ingest", "{inputs}", "--db", "{db}", "--workers", "två"],
        ["ingest", "--bogus-flag"],
        ["decisions", "--db", "{db}", "--since", "2020-13-45"],
        ["sql", "SELECT 1", "--format", "xml", "--db", "{db}"],
        ["repair", "{inputs}"],  # files without --out
        ["frobnicate"],
        [],
    ],
    ids=["missing-path", "workers-0", "workers-word", "unknown-flag", "bad-date", "bad-format",
         "repair-without-out", "unknown-command", "no-command"],
)
def test_usage_errors_exit_two(capsys, tmp_path, inputs, ingested, argv):
    fill = {"tmp": tmp_path, "db": ingested, "inputs": inputs}
    before = store_snapshot(ingested)
    code, _, err = minutes(capsys, *(a.format(**fill) for a in argv))
    assert code == 2
    assert err.strip(), "a usage error says why"
    assert "Traceback" not in err
    assert store_snapshot(ingested) == before


def test_verbose_adds_the_traceback(capsys, tmp_path):
    code, _, err = minutes(capsys, "-v", "sql", "SELECT 1", "--db", tmp_path / "none.duckdb")
    assert code == 3
    assert "Traceback" in err


# --- sql ----------------------------------------------------------------------------------------


def test_sql_on_missing_store_exits_three_and_creates_nothing(capsys, tmp_path):
    missing = tmp_path / "saknas.duckdb"
    code, out, err = minutes(capsys, "sql", "SELECT 1", "--db", missing)
    assert code == 3
    assert out == "" and "no store" in err and len(err.strip().splitlines()) == 1
    assert not missing.exists()


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM documents",
        "UPDATE documents SET title = 'x'",
        "DROP TABLE decisions",
        "CREATE TABLE anteckningar (x INTEGER)",
        "INSERT INTO ingest_log VALUES ('x', NULL, 'failed', NULL, now())",
        "COPY documents TO '{tmp}/stolen.csv'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM glob('/etc/*')",
        "ATTACH '{tmp}/other.duckdb' AS other",
        "SET enable_external_access = true",
        "INSTALL httpfs",
        "SELECT * FROM documents; DELETE FROM documents",
        "SELEKT nonsense",
    ],
)
def test_sql_refuses_writes_and_file_access_exit_four_store_unchanged(capsys, tmp_path, ingested, statement):
    before = store_snapshot(ingested)
    outside = sorted(tmp_path.iterdir())
    code, out, err = minutes(capsys, "sql", statement.format(tmp=tmp_path), "--db", ingested)
    assert code == 4, err
    assert out == ""
    assert err.startswith("minutes sql: ") and len(err.strip().splitlines()) == 1
    assert store_snapshot(ingested) == before
    assert sorted(tmp_path.iterdir()) == outside  # no file written next to the store


def test_sql_formats_parse(capsys, ingested):
    statement = "SELECT file_name, meeting_date, page_count FROM documents ORDER BY file_name"
    with duckdb.connect(str(ingested), read_only=True) as con:
        expected = con.execute(statement).fetchall()

    code, out, _ = minutes(capsys, "sql", statement, "--format", "csv", "--db", ingested)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["file_name"], r["meeting_date"], int(r["page_count"])) for r in rows] == [
        (name, date.isoformat(), pages) for name, date, pages in expected
    ]

    code, out, _ = minutes(capsys, "sql", statement, "--format", "json", "--db", ingested)
    assert code == 0
    records = json.loads(out)
    assert [(r["file_name"], r["meeting_date"][:10], r["page_count"]) for r in records] == [
        (name, date.isoformat(), pages) for name, date, pages in expected
    ]

    code, out, _ = minutes(capsys, "sql", statement, "--db", ingested)
    assert code == 0
    assert all(name in out for name, _, _ in expected)


def test_sql_json_keeps_swedish_letters(capsys, ingested):
    code, out, _ = minutes(capsys, "sql", "SELECT 'Härnösand' AS kommun", "--format", "json", "--db", ingested)
    assert code == 0
    assert json.loads(out) == [{"kommun": "Härnösand"}]
    assert "Härnösand" in out


@pytest.mark.parametrize("argv", [["sql", "SELECT count(*) FROM documents"], ["decisions"], ["ingest", "{inputs}"]])
def test_store_locked_by_another_run_exits_three(capsys, inputs, ingested, hold_store, argv):
    with hold_store(ingested):
        code, _, err = minutes(capsys, *(a.format(inputs=inputs) for a in argv), "--db", ingested)
    assert code == 3
    assert "in use by another" in err and len(err.strip().splitlines()) == 1


# --- export -------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_table_and_round_trips_row_counts(capsys, tmp_path, ingested, table_counts, fmt):
    out_dir = tmp_path / "export"
    code, out, _ = minutes(capsys, "export", out_dir, "--format", fmt, "--db", ingested)
    assert code == 0
    written = sorted(Path(line) for line in out.splitlines())
    assert written == sorted(out_dir / f"{t}.{fmt}" for t in query.TABLES)
    counts = table_counts(ingested)
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    with duckdb.connect() as con:
        for table in query.TABLES:
            n = con.execute(f"SELECT count(*) FROM {reader}('{out_dir / (table + '.' + fmt)}')").fetchone()[0]
            assert n == counts[table], table
        if fmt == "parquet":
            exported = con.execute(f"SELECT doc_id, roles FROM read_parquet('{out_dir / 'people.parquet'}')").fetchall()
            assert all(isinstance(roles, list) for _, roles in exported)


def test_export_of_missing_store_exits_three(capsys, tmp_path):
    code, _, _ = minutes(capsys, "export", tmp_path / "ut", "--db", tmp_path / "none.duckdb")
    assert code == 3


# --- decisions ----------------------------------------------------------------------------------


def decisions_json(capsys, db: Path, *filters: str) -> list[dict]:
    code, out, err = minutes(capsys, "decisions", "--db", db, "--format", "json", *filters)
    assert code == 0, err
    return json.loads(out)


def key(row: dict) -> tuple:
    return row["file_name"], row["text"]


def test_decisions_filters_are_subsets_of_all_decisions(capsys, ingested):
    everything = decisions_json(capsys, ingested)
    assert len({r["municipality"] for r in everything}) == 3, "fixture has three kommuner"

    skovde = decisions_json(capsys, ingested, "--municipality", "skövde")
    assert skovde and {key(r) for r in skovde} == {key(r) for r in everything if r["municipality"] == "Skövde"}

    code = next(r for r in everything if r["municipality"] == "Skövde")
    with duckdb.connect(str(ingested), read_only=True) as con:
        (scb,) = con.execute("SELECT DISTINCT municipality_code FROM documents WHERE municipality = 'Skövde'").fetchone()
    assert scb == "1496" and code
    assert {key(r) for r in decisions_json(capsys, ingested, "--municipality", scb)} == {key(r) for r in skovde}

    since = decisions_json(capsys, ingested, "--since", "2020-01-01")
    assert since and {key(r) for r in since} == {key(r) for r in everything if r["meeting_date"][:10] >= "2020-01-01"}
    window = decisions_json(capsys, ingested, "--since", "2020-01-01", "--until", "2020-12-31")
    assert window and all(r["meeting_date"][:10].startswith("2020") for r in window)

    searched = decisions_json(capsys, ingested, "--search", "SKOLSKJUTS")
    assert searched and {key(r) for r in searched} == {
        key(r) for r in everything if "skolskjuts" in (r["text"] + " " + (r["title"] or "")).lower()
    }
    assert decisions_json(capsys, ingested, "--municipality", "Skövde", "--since", "2020-01-01") == []


def test_decisions_theme_filter(capsys, ingested):
    everything = decisions_json(capsys, ingested)
    labelled = sorted({t for r in everything for t in r["themes"]})
    if not labelled:
        pytest.fail("no decision of the fixture got a theme")
    theme = labelled[0]
    chosen = decisions_json(capsys, ingested, "--theme", theme)
    assert {key(r) for r in chosen} == {key(r) for r in everything if theme in r["themes"]}
    assert decisions_json(capsys, ingested, "--theme", "inget-sådant-tema") == []


def test_decisions_table_says_no_rows(capsys, ingested):
    code, out, _ = minutes(capsys, "decisions", "--db", ingested, "--search", "zzz-finns-inte")
    assert code == 0 and out == "(no rows)\n"


# --- themes -------------------------------------------------------------------------------------


def test_themes_lists_the_taxonomy(capsys):
    code, out, _ = minutes(capsys, "themes")
    assert code == 0
    keys = [line.split()[0] for line in out.splitlines() if line.strip()]
    assert keys == [t.key for t in themes.taxonomy()]
    assert len(keys) >= 5


# --- repair -------------------------------------------------------------------------------------

DAMAGED = "Barn- och utbildningsnämnden\n$ 12 Val av justerare\nNämnden beslutar om utveck-\nlingen av skolan.\n"


def test_repair_stdin_to_stdout(tmp_path):
    script = shutil.which("minutes", path=str(Path(sys.executable).parent)) or "minutes"
    result = subprocess.run(
        [script, "repair", "-"], input=DAMAGED.encode("cp1252"), capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == (
        "Barn- och utbildningsnämnden\n§ 12 Val av justerare\nNämnden beslutar om utvecklingen\nav skolan.\n"
    )
    assert b"cp1252" in result.stderr and b"2 changes" in result.stderr


def test_repair_files_writes_copies_and_a_report_and_leaves_originals(capsys, tmp_path):
    src = tmp_path / "arkiv"
    (src / "1998").mkdir(parents=True)
    first = src / "protokoll.txt"
    first.write_text(DAMAGED, encoding="utf-8")
    second = src / "1998" / "anteckningar.txt"
    second.write_bytes("Sida ett\n\f$$ 40-45 Ärenden\n".encode("cp1252"))
    untouched = {p: p.read_bytes() for p in (first, second)}
    stamps = {p: p.stat().st_mtime_ns for p in (first, second)}

    out, report = tmp_path / "lagat", tmp_path / "rapport" / "ändringar.csv"
    code, _, _ = minutes(capsys, "repair", src, "--out", out, "--report", report)
    assert code == 0
    assert {p: p.read_bytes() for p in untouched} == untouched
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps

    assert (out / "protokoll.txt").read_text(encoding="utf-8").startswith("Barn- och utbildningsnämnden\n§ 12")
    assert (out / "1998" / "anteckningar.txt").read_text(encoding="utf-8") == "Sida ett\n\f§§ 40-45 Ärenden\n"

    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert {r["rule"] for r in rows} == {"paragraph-sign", "hyphenation"}
    for row in rows:
        pages = Path(row["file"]).read_text(encoding="utf-8" if "protokoll" in row["file"] else "cp1252").split("\f")
        page = pages[int(row["page_no"]) - 1]
        start = int(row["char_start"])
        assert page[start : start + len(row["original"])] == row["original"]
    assert [r["page_no"] for r in rows if "anteckningar" in r["file"]] == ["2"]


def test_repair_refuses_to_write_over_the_original(capsys, tmp_path):
    original = tmp_path / "gammal.txt"
    original.write_text(DAMAGED, encoding="utf-8")
    code, _, err = minutes(capsys, "repair", original, "--out", tmp_path)
    assert code == 2
    assert "overwrite" in err
    assert original.read_text(encoding="utf-8") == DAMAGED


def test_repair_refuses_a_report_over_an_input(capsys, tmp_path):
    original = tmp_path / "in" / "gammal.txt"
    original.parent.mkdir()
    original.write_text(DAMAGED, encoding="utf-8")
    code, _, _ = minutes(capsys, "repair", original, "--out", tmp_path / "ut", "--report", original)
    assert code == 2
    assert original.read_text(encoding="utf-8") == DAMAGED


def test_repair_keeps_two_inputs_with_the_same_name_apart(capsys, tmp_path):
    for year in ("1998", "1999"):
        folder = tmp_path / "arkiv" / year
        folder.mkdir(parents=True)
        (folder / "protokoll.txt").write_text(f"$ 1 Protokoll {year}\n", encoding="utf-8")
    out = tmp_path / "lagat"
    code, _, _ = minutes(capsys, "repair", tmp_path / "arkiv", "--out", out)
    assert code == 0
    repaired = sorted(p.read_text(encoding="utf-8") for p in out.rglob("protokoll.txt"))
    assert repaired == ["§ 1 Protokoll 1998\n", "§ 1 Protokoll 1999\n"]


def test_repair_refuses_two_files_with_one_target_and_writes_nothing(capsys, tmp_path):
    files = []
    for year in ("1998", "1999"):
        path = tmp_path / year / "protokoll.txt"
        path.parent.mkdir()
        path.write_text("$ 1 Val\n", encoding="utf-8")
        files.append(path)
    out = tmp_path / "lagat"
    code, _, err = minutes(capsys, "repair", *files, "--out", out)
    assert code == 2 and "same" in err
    assert not out.exists()


def test_repair_stdin_in_process(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("NÃ¤mnden\n$ 4 Val\n".encode())))
    report = tmp_path / "r.csv"
    code, out, _ = minutes(capsys, "repair", "-", "--report", report)
    assert code == 0 and out == "Nämnden\n§ 4 Val\n"
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert [(r["original"], r["replacement"]) for r in rows] == [("Ã¤", "ä"), ("$", "§")]


# --- the installed script -----------------------------------------------------------------------


def test_installed_script_runs_and_returns_exit_codes(tmp_path, inputs):
    script = shutil.which("minutes", path=str(Path(sys.executable).parent))
    assert script, "the console script `minutes` is installed next to the interpreter"
    db = tmp_path / "script.duckdb"
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    run = subprocess.run([script, "ingest", str(inputs), "--db", str(db), "--workers", "1", "--quiet"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    got = subprocess.run([script, "sql", "SELECT count(*) AS n FROM documents", "--format", "csv", "--db", str(db)],
                         capture_output=True, text=True, timeout=60)
    assert got.returncode == 0 and got.stdout.splitlines() == ["n", "3"]
    refused = subprocess.run([script, "sql", "DELETE FROM documents", "--db", str(db)],
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 4 and refused.stderr.count("\n") == 1
    module = subprocess.run([sys.executable, "-m", "pipeline", "sql", "SELECT 1", "--db", str(tmp_path / "x.duckdb")],
                            capture_output=True, text=True, timeout=60)
    assert module.returncode == 3


# --- repair: encodings, large files -------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "said"), [("utf-8", "utf-8"), ("cp1252", "cp1252"), ("latin-1", "latin-1")])
def test_repair_says_which_encoding_it_read_and_writes_utf8(capsys, tmp_path, encoding, said):
    text = "Förvaltningen § 4\n$ 5 Val\n" + ("\x81" if encoding == "latin-1" else "")
    src = tmp_path / "in" / "gammal.txt"
    src.parent.mkdir()
    src.write_bytes(text.encode(encoding))
    code, _, err = minutes(capsys, "repair", src, "--out", tmp_path / "ut", "--quiet")
    assert code == 0 and f"read as {said}" in err
    assert (tmp_path / "ut" / "gammal.txt").read_text(encoding="utf-8") == text.replace("$ 5", "§ 5")


def test_repair_streams_a_large_file_and_reports_offsets_into_its_pages(capsys, tmp_path):
    page = "Nämnden beslutar\n$ 12 Val av justerare\nom utveck-\nlingen av skolan.\n" * 40_000  # ~2.5 MB a page
    src = tmp_path / "stor.txt"
    src.write_text(page + "\f" + page, encoding="utf-8")
    report = tmp_path / "r.csv"
    code, _, err = minutes(capsys, "repair", src, "--out", tmp_path / "ut", "--report", report, "--quiet")
    assert code == 0
    out = (tmp_path / "ut" / "stor.txt").read_text(encoding="utf-8")
    assert out.count("§ 12 Val") == 80_000 and out.count("utvecklingen\nav skolan.") == 80_000
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert len(rows) == 160_000 and {r["page_no"] for r in rows} == {"1", "2"}
    for row in rows[:: 9_973]:
        start = int(row["char_start"])
        assert page[start : start + len(row["original"])] == row["original"]
    assert "160000 changes" in err
