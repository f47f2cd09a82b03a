"""Write a corpus of bad input files (and one good one) for the ingest torture test.

Run:  python tools/make_bad_inputs.py DIR

Every file is made by this script, deterministically (fixed seeds, reportlab's
invariant mode); only the two encrypted PDFs differ in bytes between runs, because
pypdf draws a random file identifier, but not in how ingest treats them.
`build(folder)` returns what ingest should do with each file:
"ingested" (legitimately readable), "failed" (one-line error in ingest_log), or no
entry for things that are not files (a folder symlink loop).

The giant image and the decompression bomb are written row by row through zlib,
256 rows at a time, so making them takes little memory. The 500-page PDF is
born-digital except for every 100th page, a scanned image of a line of text: its
text layer is read in one go and its five scanned pages go through pdftoppm and
tesseract one page at a time (500 tesseract runs would take minutes for nothing).
"""

from __future__ import annotations

import io
import os
import random
import struct
import sys
import zlib
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

GOOD_LINES = [
    "Skara kommun",
    "SAMMANTRÄDESPROTOKOLL",
    "Socialnämnden",
    "Sammanträdesdatum 2019-03-14",
    "",
    "§ 12 Dnr SN 2019/45",
    "Ansökan om bistånd",
    "Sökande: 19811218-9876, telefon 0511-123 45",
    "Beslut",
    "Socialnämnden beslutar att bevilja ansökan enligt förvaltningens förslag.",
]

SWEDISH_TEXT = (
    "Minnesanteckningar från ledningsgruppen\n"
    "Närvarande: Åsa Öberg, Örjan Ängström\n"
    "Ledningsgruppen beslutar att förlänga avtalet för skolmåltider.\n"
)


def pdf_bytes(lines: list[str], pages: int = 1, size: tuple[float, float] = (595.27, 841.89)) -> bytes:
    """A born-digital PDF (text layer) drawn with reportlab; identical bytes on every run."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if FONT.exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
        font = "DejaVuSans"
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=size, invariant=1)
    for _ in range(pages):
        pdf.setFont(font, 11)
        for n, line in enumerate(lines):
            pdf.drawString(60, 800 - 16 * n, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def encrypted(data: bytes, user_password: str) -> bytes:
    """`data` encrypted with pypdf: an empty user password opens it, any other one locks it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="arkivet", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


LONG_PAGES = 500
SCANNED_EVERY = 100  # pages 100, 200, … of the long PDF have no text layer


def long_pdf(path: Path, pages: int = LONG_PAGES) -> None:
    """A `pages`-page appendix: one line of text a page, every SCANNED_EVERY-th page an image only."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scan = ImageReader(_line_image("Sammanträdesprotokoll Kommunstyrelsen bilaga"))
    pdf = canvas.Canvas(str(path), pagesize=(595.27, 841.89), invariant=1)
    for n in range(1, pages + 1):
        if n % SCANNED_EVERY:
            pdf.setFont("Helvetica", 11)
            pdf.drawString(60, 780, f"Bilaga 3, sida {n} av {pages}: förteckning över inkomna handlingar.")
        else:
            pdf.drawImage(scan, 60, 700, width=480, height=48)
        pdf.showPage()
    pdf.save()


def _line_image(text: str):
    """`text` as a 2000 x 200 px greyscale image, as a scanner would give it (for tesseract)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (2000, 200), 255)
    font = ImageFont.truetype(str(FONT), 64) if FONT.exists() else ImageFont.load_default()
    ImageDraw.Draw(img).text((20, 50), text, font=font, fill=0)
    return img


def zero_page_pdf() -> bytes:
    from pypdf import PdfWriter

    out = io.BytesIO()
    PdfWriter().write(out)
    return out.getvalue()


def write_png(path: Path, width: int, height: int, bit_depth: int = 8) -> None:
    """A white greyscale PNG of any size, compressed row by row (bounded memory)."""
    row = b"\x00" + b"\xff" * ((width * bit_depth + 7) // 8)  # filter byte 0, white pixels

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    with open(path, "wb") as fh:
        fh.write(b"\x89PNG\r\n\x1a\n")
        fh.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, bit_depth, 0, 0, 0, 0)))
        packer = zlib.compressobj(1)  # level 1: ~4x faster than 9 on uniform rows, still tiny
        body = bytearray()
        for start in range(0, height, 256):  # 256 rows at a time: few calls, bounded memory
            body += packer.compress(row * min(256, height - start))
        body += packer.flush()
        fh.write(chunk(b"IDAT", bytes(body)))
        fh.write(chunk(b"IEND", b""))


def build(folder: Path) -> dict[str, str]:
    """Write the corpus into `folder`; return {relative path: expected ingest status}."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(6)
    good = pdf_bytes(GOOD_LINES)
    files: dict[str, tuple[bytes, str]] = {
        "good.pdf": (good, "ingested"),
        "empty.pdf": (b"", "failed"),
        "empty.txt": (b"", "failed"),
        "truncated.pdf": (good[: len(good) // 3], "failed"),
        "corrupt.pdf": (b"%PDF-1.4\n" + rng.randbytes(4000), "failed"),
        "encrypted-open.pdf": (encrypted(good, ""), "ingested"),
        "encrypted-locked.pdf": (encrypted(good, "hemligt"), "failed"),
        "text-named.pdf": (SWEDISH_TEXT.encode("utf-8"), "failed"),
        "zero-pages.pdf": (zero_page_pdf(), "failed"),
        "blank-pages.pdf": (pdf_bytes([], pages=2), "ingested"),
        # 200 x 200 inches, no text layer: 60000 px a side at 300 dpi, gigabytes for pdftoppm
        "poster-page.pdf": (pdf_bytes([], size=(14400, 14400)), "failed"),
        "truncated.png": (b"\x89PNG\r\n\x1a\n" + rng.randbytes(40), "failed"),
        "binary.txt": (rng.randbytes(3000), "failed"),
        "cp1252.txt": (SWEDISH_TEXT.replace("\n", "\r\n").encode("cp1252") + "– ”citat”\n".encode("cp1252"), "ingested"),
        "latin-1.txt": (SWEDISH_TEXT.encode("latin-1"), "ingested"),
        "utf-16.txt": (SWEDISH_TEXT.encode("utf-16"), "ingested"),
        "mötesanteckningar från nämnden.txt": ((SWEDISH_TEXT + "Åtgärd: klar\n").encode("utf-8"), "ingested"),
    }
    expected = {}
    for name, (data, status) in files.items():
        (folder / name).write_bytes(data)
        expected[name] = status
    write_png(folder / "giant.png", 20000, 20000)
    expected["giant.png"] = "failed"
    write_png(folder / "bomb.png", 40000, 40000, bit_depth=1)  # 1.6 Gpx in under 1 MB
    expected["bomb.png"] = "failed"
    long_pdf(folder / "bilaga-500-sidor.pdf")
    expected["bilaga-500-sidor.pdf"] = "ingested"
    expected.update(special_files(folder))
    links = folder / "links"
    links.mkdir(exist_ok=True)
    for name, target in (("loop", "."), ("a.pdf", "b.pdf"), ("b.pdf", "a.pdf"), ("dangling.pdf", "saknas.pdf")):
        if not (links / name).is_symlink():
            os.symlink(target, links / name)
    expected.update({"links/a.pdf": "failed", "links/b.pdf": "failed", "links/dangling.pdf": "failed"})
    return expected


def special_files(folder: Path) -> dict[str, str]:
    """A pipe named .txt (reading it would block), a file name that is not UTF-8 and,
    unless running as root (who reads anything), a file without read permission."""
    expected = {}
    pipe = folder / "rör.txt"
    if not pipe.exists():
        os.mkfifo(pipe)
    expected[pipe.name] = "failed"
    raw_name = os.path.join(os.fsencode(folder), "protokoll-\xe5\xe4\xf6-latin1.txt".encode("latin-1"))
    with open(raw_name, "wb") as fh:
        fh.write(SWEDISH_TEXT.encode("utf-8"))
    # stored (and so expected) with U+FFFD for each byte that is not UTF-8
    expected[os.path.basename(raw_name).decode("utf-8", "replace")] = "ingested"
    if os.geteuid() != 0:
        locked = folder / "låst.txt"
        locked.write_bytes(SWEDISH_TEXT.encode("utf-8"))
        locked.chmod(0)
        expected[locked.name] = "failed"
    return expected


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    for name, status in sorted(build(Path(argv[0])).items()):
        print(f"{status:9} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
