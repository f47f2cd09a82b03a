"""Build the evaluation corpus of the repair stage: Swedish minutes, rendered, read by English OCR.

Composes N_DOCS fictional minutes documents (protokoll, kallelser, tjänsteskrivelser,
minnesanteckningar) from the building blocks in tests/repair_cases/minutes_corpus.toml:
headings, attendance lists with Swedish names, sections with case numbers, prose paragraphs,
lists of documents, decisions, e-mail addresses, URLs, numbers and English asides. Each
document is rendered to A4 page images at 300 dpi (DejaVu/Vera fonts, several sizes, slight
blur and speckle) and read back with `tesseract -l eng`, which knows no å/ä/ö, one page per
process with OMP_THREAD_LIMIT=1. The OCR lines are aligned to the rendered lines.

The (truth line, OCR line) pairs go to tests/repair_cases/ocr_corpus.tsv with the document and
its split. Splits are by document and fixed here, before any tuning: SPLIT_CYCLE over the
document number; prose paragraphs are split the same way over their position in the TOML file,
so test documents hold prose that train and dev never contain.

Deterministic: one seed, fixed fonts, tesseract is deterministic on the same image. Runs only
when asked (`python tools/make_repair_corpus.py`, a few minutes of CPU); `make eval` reads the
committed TSV.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = ROOT / "tests" / "repair_cases" / "minutes_corpus.toml"
OUT = ROOT / "tests" / "repair_cases" / "ocr_corpus.tsv"
SEED = 20261124
N_DOCS = 60
SPLIT_CYCLE = ("train", "train", "train", "dev", "test")
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)
FONTS = ("DejaVuSerif.ttf", "DejaVuSans.ttf", "DejaVuSerifCondensed.ttf", "DejaVuSansCondensed.ttf")
PAGE_W, PAGE_H, MARGIN = 2480, 3508, 220


def split_of(n: int) -> str:
    return SPLIT_CYCLE[n % len(SPLIT_CYCLE)]


# --- text ---------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    party: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def _ascii(text: str) -> str:
    """Without diacritics, as in e-mail addresses and URLs ("Åsa Öberg" → "Asa Oberg")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


class Writer:
    """Fills the slots of the building blocks for one document."""

    def __init__(self, blocks: dict, rnd: random.Random, kommun: str, organ: tuple[str, str]):
        self.f, self.rnd, self.kommun, self.organ = blocks["fillers"], rnd, kommun, organ
        self.year = rnd.randint(1998, 2024)
        self.domain = _ascii(kommun).lower().replace(" ", "") + ".se"  # Skövde: skovde.se

    def person(self) -> Person:
        return Person(self.rnd.choice(self.f["first_name"]), self.rnd.choice(self.f["surname"]),
                      self.rnd.choice(self.f["party"]))

    def date(self) -> str:
        day, month = self.rnd.randint(1, 28), self.rnd.randint(1, 12)
        if self.rnd.random() < 0.6:
            return f"{self.year}-{month:02d}-{day:02d}"
        return f"{day} {self.f['month'][min(month, 11) - 1]} {self.year}"

    def amount(self) -> str:
        r = self.rnd.random()
        if r < 0.3:
            return f"{self.rnd.randint(1, 9)},{self.rnd.randint(1, 9)} miljoner kronor"
        if r < 0.6:
            return f"{self.rnd.randint(100, 990)} 000 kronor"
        if r < 0.8:
            return f"{self.rnd.randint(120, 4800)} tkr"
        return f"{self.rnd.randint(2, 40)},{self.rnd.randint(0, 9)} mnkr"

    def email(self, p: Person) -> str:
        return _ascii(f"{p.first}.{p.last}".lower()) + "@" + self.domain

    def dnr(self) -> str:
        n = self.rnd.randint(12, 980)
        style = self.rnd.randrange(3)
        if style == 0:
            return f"Dnr {self.organ[1]} {self.year}/{n}"
        if style == 1:
            return f"Dnr {self.organ[1]} {self.year}.{n:03d}"
        return f"Dnr {self.year}-{n:06d}"

    def fill(self, template: str) -> str:
        p = self.person()
        values = {
            "kommun": self.kommun, "organ": self.organ[0], "person": p.name,
            "ledamot": f"{p.name} ({p.party})", "year": str(self.year + self.rnd.randint(0, 3)),
            "date": self.date(), "amount": self.amount(), "dnr": self.dnr(),
            "percent": f"{self.rnd.randint(2, 19)},{self.rnd.randint(0, 9)} procent"
            if self.rnd.random() < 0.7 else f"{self.rnd.randint(2, 95)} %",
            "number": f"{self.rnd.randint(1, 30)} {self.rnd.randint(100, 999)}"
            if self.rnd.random() < 0.5 else str(self.rnd.randint(40, 900)),
            "email": self.email(p), "url": f"https://www.{self.domain}/{self.rnd.choice(self.f['url_path'])}",
            "day": str(self.rnd.randint(1, 28)),
        }
        for key in ("area", "street", "school", "role", "english", "month", "weekday", "place"):
            values[key] = self.rnd.choice(self.f[key])
        return template.format(**values)


def compose(blocks: dict, n: int, rnd: random.Random) -> list[tuple[str, str]]:
    """One document as (style, text) blocks: style 'h' for a heading, 'p' for a paragraph, 'l' for a line."""
    f = blocks["fillers"]
    paragraphs = [p["text"] for i, p in enumerate(blocks["paragraph"]) if split_of(i) == split_of(n)]
    kommun, organ = rnd.choice(f["kommun"]), tuple(rnd.choice(f["organ"]))
    w = Writer(blocks, rnd, kommun, organ)
    kind = rnd.choice(["protokoll", "protokoll", "protokoll", "kallelse", "tjänsteskrivelse", "anteckningar"])
    out: list[tuple[str, str]] = [("l", f"{kommun} kommun")]
    date = w.date()
    if kind == "protokoll":
        out += [("h", "SAMMANTRÄDESPROTOKOLL"), ("l", f"Sammanträdesdatum {date}"), ("l", organ[0])]
        out.append(("l", f"Plats och tid: {w.fill('{place}')}, {rnd.choice(f['weekday'])} den "
                         f"{rnd.randint(1, 28)} {rnd.choice(f['month'])} {w.year} kl {rnd.randint(8, 17)}.00–"
                         f"{rnd.randint(18, 21)}.{rnd.choice(['00', '15', '30', '45'])}"))
        out += _attendance(w, rnd)
    elif kind == "kallelse":
        out += [("h", "KALLELSE"), ("l", f"{organ[0]} kallas till sammanträde {date}"),
                ("l", f"Plats: {w.fill('{place}')}")]
    elif kind == "tjänsteskrivelse":
        p = w.person()
        out += [("h", "TJÄNSTESKRIVELSE"), ("l", f"{date}    {w.dnr()}"),
                ("l", f"Handläggare: {p.name}, {rnd.choice(f['role'])}, {w.email(p)}")]
    else:
        out += [("h", "MINNESANTECKNINGAR"), ("l", f"Ledningsgrupp, {organ[0].lower()}, {date}")]
        out.append(("l", "Närvarande: " + ", ".join(w.person().name for _ in range(rnd.randint(4, 7)))))
    first = rnd.randint(1, 160)
    for k in range(rnd.randint(3, 4)):
        out += _section(w, rnd, paragraphs, first + k, kind)
    if kind == "protokoll":
        out += [("l", "Justerandes signatur    Utdragsbestyrkande"),
                ("l", f"Protokollet justeras {w.date()} på {rnd.choice(f['place']).split(',')[0].lower()}.")]
    if rnd.random() < 0.5:
        out.append(("p", rnd.choice(f["english"]) + " " + w.fill("Contact: {email}, {url}")))
    return out


def _attendance(w: Writer, rnd: random.Random) -> list[tuple[str, str]]:
    members = [w.person() for _ in range(rnd.randint(5, 9))]
    lines = [("h", "Beslutande")]
    for i, p in enumerate(members):
        title = ", ordförande" if i == 0 else ", vice ordförande" if i == 1 else ""
        lines.append(("l", f"{p.name} ({p.party}){title}"))
    lines.append(("h", "Övriga deltagare"))
    for _ in range(rnd.randint(2, 4)):
        p = w.person()
        lines.append(("l", f"{p.name}, {rnd.choice(w.f['role'])}"))
    lines.append(("l", f"Utses att justera: {members[-1].name} ({members[-1].party})"))
    return lines


def _section(w: Writer, rnd: random.Random, paragraphs: list[str], number: int, kind: str) -> list[tuple[str, str]]:
    f = w.f
    out = [("h", f"§ {number} {rnd.choice(f['topic_heading'])}"), ("l", w.dnr())]
    for text in rnd.sample(paragraphs, rnd.randint(1, 2)):
        out.append(("p", w.fill(text)))
    if kind in ("protokoll", "tjänsteskrivelse"):
        out.append(("h", "Beslutsunderlag"))
        out += [("l", "– " + w.fill(item)) for item in rnd.sample(f["list_item"], rnd.randint(2, 4))]
    head = "Beslut" if kind == "protokoll" else "Förslag till beslut"
    out += [("h", head), ("l", f"{w.organ[0]} beslutar att")]
    for d in rnd.sample(f["decision"], rnd.randint(1, 3)):
        out.append(("l", "– " + w.fill(d)))
    if kind == "protokoll" and rnd.random() < 0.3:
        p = w.person()
        out.append(("p", f"{p.name} ({p.party}) reserverar sig mot beslutet till förmån för eget yrkande."))
    return out


# --- rendering and OCR --------------------------------------------------------------------------


def _font_path(name: str) -> str:
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    raise SystemExit(f"font {name} not found (apt-get install fonts-dejavu-core)")


def layout(blocks: list[tuple[str, str]], font, bold) -> list[tuple[str, object]]:
    """Lines as rendered: each block wrapped to the text width; headings in bold."""
    width = PAGE_W - 2 * MARGIN
    lines = []
    for style, text in blocks:
        use = bold if style == "h" else font
        words, line = text.split(), ""
        for word in words:
            trial = f"{line} {word}".strip()
            if line and use.getlength(trial) > width:
                lines.append((line, use))
                line = word
            else:
                line = trial
        if line:
            lines.append((line, use))
    return lines


def render_pages(blocks: list[tuple[str, str]], rnd: random.Random) -> list[tuple[list[str], object]]:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    name = rnd.choice(FONTS)
    size = rnd.choice([34, 38, 42, 46])
    font = ImageFont.truetype(_font_path(name), size)
    bold = ImageFont.truetype(_font_path(name.replace(".ttf", "-Bold.ttf")), size)
    step = int(size * rnd.choice([1.3, 1.4, 1.5]))
    lines = layout(blocks, font, bold)
    per_page = (PAGE_H - 2 * MARGIN) // step
    pages = []
    for start in range(0, len(lines), per_page):
        chunk = lines[start : start + per_page]
        img = Image.new("L", (PAGE_W, PAGE_H), 255)
        draw = ImageDraw.Draw(img)
        for i, (text, use) in enumerate(chunk):
            draw.text((MARGIN, MARGIN + i * step), text, font=use, fill=rnd.randint(0, 40))
        for _ in range(1500):  # light speckle, as on a photocopy
            draw.point((rnd.randrange(PAGE_W), rnd.randrange(PAGE_H)), fill=rnd.randint(60, 200))
        img = img.filter(ImageFilter.GaussianBlur(rnd.choice([0.5, 0.7, 0.9])))
        pages.append(([text for text, _ in chunk], img))
    return pages


def ocr_eng(image_path: Path) -> list[str]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", str(image_path), "-", "-l", "eng", "--psm", "6"], env=env,
                         capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def align_lines(truth: list[str], ocr: list[str]) -> list[str | None]:
    """For each truth line its OCR line, in order (None where OCR lost the line)."""
    def sim(a: str, b: str) -> float:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()

    n, m = len(truth), len(ocr)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = sim(truth[i], ocr[j])
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + (s if s >= 0.6 else -1))
    result: list[str | None] = []
    i = j = 0
    while i < n:
        if j < m:
            s = sim(truth[i], ocr[j])
            if s >= 0.6 and best[i][j] == best[i + 1][j + 1] + s:
                result.append(ocr[j])
                i, j = i + 1, j + 1
                continue
            if best[i][j] == best[i][j + 1]:
                j += 1
                continue
        result.append(None)
        i += 1
    return result


def build(workers: int) -> None:
    blocks = tomllib.loads(BLOCKS.read_text(encoding="utf-8"))
    rnd = random.Random(SEED)
    jobs = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(N_DOCS):
            doc = compose(blocks, n, rnd)
            for k, (lines, img) in enumerate(render_pages(doc, rnd), start=1):
                path = Path(tmp) / f"doc{n:03d}_p{k}.png"
                img.save(path, dpi=(300, 300))
                jobs.append((n, k, lines, path))
        print(f"{len(jobs)} pages rendered; OCR with {workers} processes", file=sys.stderr)
        with ThreadPoolExecutor(workers) as pool:
            readings = list(pool.map(lambda job: ocr_eng(job[3]), jobs))
    rows, lost = [], 0
    for (n, k, lines, _), got in zip(jobs, readings, strict=True):
        for truth, ocr in zip(lines, align_lines(lines, got), strict=True):
            if ocr is None:
                lost += 1
            else:
                rows.append(f"doc{n:03d}\t{split_of(n)}\t{k}\t{truth}\t{ocr}")
    header = [
        "# Repair evaluation corpus: fictional Swedish minutes (tests/repair_cases/minutes_corpus.toml),",
        f"# rendered and read by tesseract -l eng; built by tools/make_repair_corpus.py (seed {SEED}).",
        f"# {len(rows)} line pairs; {lost} rendered lines OCR lost entirely are left out.",
        "# doc\tsplit\tpage\ttruth line\tOCR line",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    words = sum(len(r.split("\t")[3].split()) for r in rows)
    print(f"{len(rows)} line pairs, {words} words, {lost} lines lost -> {OUT}", file=sys.stderr)


def read_pairs(path: Path = OUT) -> list[tuple[str, str, str, str]]:
    """(doc, split, truth line, OCR line) rows of the committed corpus."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            doc, split, _page, truth, ocr = line.split("\t")
            rows.append((doc, split, truth, ocr))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="tesseract processes at once (default 2)")
    parser.add_argument("--text-only", action="store_true", help="print the composed documents, no OCR")
    args = parser.parse_args()
    if args.text_only:
        blocks = tomllib.loads(BLOCKS.read_text(encoding="utf-8"))
        rnd = random.Random(SEED)
        total = 0
        for n in range(N_DOCS):
            doc = compose(blocks, n, rnd)
            render_pages(doc, rnd)  # keeps the random stream as in a real build
            text = "\n".join(t for _, t in doc)
            total += len(text.split())
            print(f"=== doc{n:03d} ({split_of(n)})\n{text}")
        print(f"{total} words", file=sys.stderr)
        return
    build(args.workers)


if __name__ == "__main__":
    main()
