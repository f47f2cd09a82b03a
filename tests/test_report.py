"""The HTML report: one self-contained file (nothing fetched), and its JavaScript really runs in
a headless Chromium: rows, charts and the filters given in the address (#q=…&theme=…&kommun=…).

The browser tests skip only when no chromium is installed (`make test` installs it)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from pipeline import cli, report, run
from tests.test_query import PROTOCOLS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (make test installs it)")


@pytest.fixture(scope="module")
def three(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("protokoll")
    for name, text in PROTOCOLS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder.parent / "three.duckdb"
    assert run.ingest([folder], db, workers=1).failed == []
    return db


@pytest.fixture(scope="module")
def page(three, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "beslut.html"
    assert cli.main(["report", "--out", str(out), "--db", str(three)]) == 0
    return out


def dom(page: Path, **filters: str) -> str:
    """The page's DOM after its scripts ran, as Chromium dumps it."""
    address = page.resolve().as_uri()
    if filters:
        address += "#" + urllib.parse.urlencode(filters)
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-extensions", "--no-first-run", f"--user-data-dir={page.parent / 'profile'}",
         "--virtual-time-budget=5000", "--dump-dom", address],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def table_rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr data-row=\"\">(.*?)</tr>", body)


def test_report_is_one_file_that_fetches_nothing(page):
    html = page.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "{{" not in html  # every placeholder filled


def test_report_data_holds_every_decision_with_its_source(page):
    html = page.read_text(encoding="utf-8")
    blob = re.search(r'<script type="application/json" id="data">(.*?)</script>', html, re.S).group(1)
    data = json.loads(blob)
    assert data["total"] == 4 and len(data["rows"]) == 4
    col = {name: i for i, name in enumerate(data["columns"])}
    sources = sorted((r[col["file_name"]], r[col["page_no"]], r[col["paragraph"]]) for r in data["rows"])
    assert sources == [("falkoping.txt", 1, "§ 12"), ("harnosand.txt", 1, "§ 78"), ("skovde.txt", 1, "§ 47"),
                       ("skovde.txt", 1, "§ 48")]
    counts = {(theme, kommun, year): n for theme, kommun, year, n in data["counts"]}
    assert counts[("elevhalsa", "Skövde", 2019)] == 1 and counts[("narvaro", "Härnösand", 2022)] == 1


def test_text_in_the_data_cannot_end_the_script(tmp_path):
    data = {"title": "x", "rows": [["</script><script>alert(1)</script>"]], "columns": ["text"]}
    html = report.render(data | {"made": "", "filters": {}, "total": 1, "labels": {}, "counts": []})
    assert html.count("</script>") == 2  # the data's and the code's own end tags, nothing more


def test_report_filters_like_decisions(three, tmp_path, capsys):
    out = tmp_path / "vg.html"
    assert cli.main(["report", "--out", str(out), "--municipality", "14", "--db", str(three)]) == 0
    assert "3 decisions" in capsys.readouterr().err
    assert "harnosand.txt" not in out.read_text(encoding="utf-8")


@needs_browser
def test_browser_renders_rows_and_charts(page):
    html = dom(page)
    assert 'data-ready="true"' in html
    assert len(table_rows(html)) == 4
    assert 'data-matches="4"' in html
    cells = re.findall(r'<rect class="cell[^"]*"[^>]*data-theme="([^"]+)" data-kommun="([^"]+)" data-n="(\d+)"', html)
    assert ("elevhalsa", "Skövde", "1") in cells and ("narvaro", "Härnösand", "1") in cells
    assert ("narvaro", "Skövde", "0") in cells
    assert "<polyline" in html and "<svg" in html


@needs_browser
@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"q": "elevhälsoteamet"}, ["§ 47"]),
        ({"q": "KURATOR"}, ["§ 47"]),  # case-insensitive
        ({"q": "elevhälsan budget"}, ["§ 12"]),  # every word must be there
        ({"theme": "elevhalsa"}, ["§ 12", "§ 47"]),
        ({"kommun": "Skövde"}, ["§ 47", "§ 48"]),
        ({"theme": "elevhalsa", "kommun": "Falköping"}, ["§ 12"]),
        ({"q": "ubåt"}, []),
    ],
)
def test_browser_filters_from_the_address(page, filters, expected):
    html = dom(page, **filters)
    assert 'data-ready="true"' in html
    found = sorted(re.search(r"§ \d+", row).group(0) for row in table_rows(html))
    assert found == expected
    assert f'data-matches="{len(expected)}"' in html
    if "q" in filters and expected:
        assert "<mark>" in html  # the words found are highlighted
