"""Shared fixtures: small real inputs (text files, a born-digital PDF) and stores in tmp_path.

The inputs are fast on purpose: text files and a PDF with a text layer need no OCR,
so ingest tests run in seconds. OCR itself is tested separately.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from pipeline import run
from pipeline.query import TABLES

# A short sammanträdesprotokoll, written for these tests (fictional people and cases).
PROTOCOL_TXT = """Skövde kommun
SAMMANTRÄDESPROTOKOLL
Barn- och utbildningsnämnden
Sammanträdesdatum 2019-05-14

Plats och tid: Stadshuset, sal Billingen, kl 13.00-15.30

Beslutande: Anna Berg (S), ordförande
Per Holm (M)

$ 47 Dnr BUN 2019/212
Budget för förskolan
Beslut
Barn- och utbildningsnämnden beslutar att anta budgeten för utveck-
lingen av förskolan.

§ 48 Dnr BUN 2019/230
Skolskjuts i glesbygd
Beslut
Barn- och utbildningsnämnden beslutar att ge förvaltningen i uppdrag att utreda
skolskjutsen till hösten.
"""

NOTES_TXT = """Falköpings kommun
Minnesanteckningar
Ledningsgruppen för utbildningsförvaltningen
Onsdagen den 4 mars 2020, kl 09.00-11.00

Deltagare: Karin Lund, Olof Sand, Maja Ek

1. Lokalfrågor
Beslut: Ledningsgruppen beslutar att ta fram en lokalplan för Centralskolan.

2. Kompetensutveckling
Beslut: Ledningsgruppen beslutar att anordna en studiedag om läsförståelse.
"""

# Drawn line by line into the born-digital PDF; enough letters for a real text layer.
PDF_LINES = [
    "Härnösands kommun",
    "SAMMANTRÄDESPROTOKOLL",
    "Utbildningsnämnden",
    "Sammanträdesdatum 2021-10-19",
    "",
    "§ 78 Dnr UN 2021/101",
    "Läsårstider för grundskolan",
    "Beslut",
    "Utbildningsnämnden beslutar att fastställa läsårstiderna för läsåret 2022/2023.",
    "",
    "§ 79 Dnr UN 2021/140",
    "Upphandling av skolmåltider",
    "Beslut",
    "Utbildningsnämnden beslutar att föreslå kommunfullmäktige att godkänna avtalet.",
]


def write_text_pdf(path: Path, lines: list[str], pages: int = 1) -> Path:
    """A born-digital PDF (real text layer, DejaVu Sans embedded) drawn with reportlab."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    name = "Helvetica"
    if font.exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
        name = "DejaVuSans"
    pdf = canvas.Canvas(str(path), invariant=1)
    for page_no in range(1, pages + 1):
        pdf.setFont(name, 11)
        y = 800
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 16
        pdf.drawString(500, 40, f"{page_no} ({pages})")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder of fast, valid inputs: two text files (one in a subfolder) and a born-digital PDF."""
    folder = tmp_path / "in"
    (folder / "2019").mkdir(parents=True)
    (folder / "protokoll.txt").write_text(PROTOCOL_TXT, encoding="utf-8")
    (folder / "2019" / "minnesanteckningar.txt").write_text(NOTES_TXT, encoding="utf-8")
    write_text_pdf(folder / "digital.pdf", PDF_LINES, pages=2)
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store" / "minutes.duckdb"


@pytest.fixture
def ingested(inputs: Path, db: Path) -> Path:
    """A store with the `inputs` folder ingested; returns the store's path."""
    report = run.ingest([inputs], db, workers=1)
    assert report.failed == [], report.failed
    return db


@pytest.fixture
def table_counts():
    """A function: store path → {table: row count} for every table of the store."""

    def counts(db: Path) -> dict[str, int]:
        with duckdb.connect(str(db), read_only=True) as con:
            return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}

    return counts


# Another process that opens the store for writing and holds it until its stdin closes.
HOLDER = textwrap.dedent(
    """
    import sys, duckdb
    con = duckdb.connect(sys.argv[1])
    con.execute("CREATE TABLE IF NOT EXISTS held (x INTEGER)")
    print("ready", flush=True)
    sys.stdin.read()
    con.close()
    """
)


@pytest.fixture
def hold_store():
    """A context manager: while inside it, another process holds the store's write lock."""

    @contextlib.contextmanager
    def hold(db: Path):
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout.readline().strip() == "ready"
            yield holder
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)

    return hold
