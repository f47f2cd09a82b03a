"""Render the sample corpus: samples/source/*.md -> scans, PDFs, truth text.

Every sample document is a fictional Swedish municipal document written as a small
markup file in samples/source/. This script lays each one out on A4 at 300 dpi with
real TrueType fonts, then "scans" it (rotation, blur, noise, specks, optional
black-and-white threshold) and writes the input file into samples/. It also writes
samples/truth/NAME.txt: the exact text that was drawn, page by page, pages separated
by "\\f" -- the reference for OCR character error rate.

Run:  python tools/make_samples.py            # all documents
      python tools/make_samples.py --only kallelse
      python tools/make_samples.py --source DIR --out OUT   # sources from another folder

Output is deterministic: each document's random generator is seeded from its name and
PDF dates are fixed, so two runs give identical bytes (tesseract 5.3 for legacy OCR).

Source markup
-------------
Front matter: lines `@key: value` at the top, up to the first line that is not one.
  @output: pdf | tiff | png | digital | legacy
             pdf = image-only scanned PDF; tiff = multi-page TIFF; png = one page;
             digital = born-digital PDF with a text layer (reportlab);
             legacy = rendered, then OCR'd with `tesseract -l eng`, written as NAME.txt
  @font: serif | sans | condensed | mono        body font family (DejaVu)
  @size: 11                                      body size in points
  @mode: gray | bilevel                          scan colour mode
  @noise: 9                                      gaussian noise sigma (grey levels)
  @logo: Skövde kommun | shield                  drawn logo: name + shape
                                                 (shield, circle, waves, tower)
  @header: left | centre | right                 a header line on every page
                                                 ({page} and {pages} are filled in);
                                                 repeat for more lines
  @footer: left | centre | right                 a small text line at the page foot
  @footer_boxes: A | B | C                       ruled signature boxes at the page foot
Body, one construct per line:
  # Text                 large bold heading
  ## Text                bold heading at body size
  **Text**               bold line
  - Text                 bullet item (drawn with "•", hanging indent)
  > Text                 indented paragraph (att-satser, quotes)
  |a|b|                  grid row; consecutive rows form a grid. A cell starting
                         with ** is bold. Cell text wraps inside its column.
  [[grid: 30]]           first grid column takes 30 % of the width (default 50);
  [[grid: 50 ruled]]     "ruled" draws a rule under each row
  [[columns]] / [[next column]] / [[/columns]]
                         two-column layout (must fit on the current page)
  [[sign: Label | Name || Label | Name]]
                         signature block(s) side by side: label, hand scribble on a
                         line, printed name below
  [[right: Text]]        right-aligned line
  [[space: 40]]          vertical space in pixels
  ---page---             page break (pages also break when full)
  % comment              not rendered
  (blank line)           a little vertical space
  anything else          a paragraph, wrapped to the text width

Truth text: one line per drawn line; the cells of a grid line and the parts of a
header line are joined with a tab; the columns of a two-column block come one after
the other; logo name, header lines, body, footer in that order.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SOURCE_DIR = SAMPLES / "source"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

DPI = 300
PAGE_W, PAGE_H = 2480, 3508  # A4 at 300 dpi
MARGIN_X = 290
TOP = 190
FOOT_H = 300  # space kept for the footer
INK = 25
PAPER = 246
FIXED_TIME = time.strptime("2020-06-01 12:00:00", "%Y-%m-%d %H:%M:%S")

FAMILIES = {
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}


def pt(points: float) -> int:
    """Points to pixels at 300 dpi."""
    return round(points * DPI / 72)


# --------------------------------------------------------------------------- layout


@dataclass
class Op:
    """One drawing operation in page pixels (origin top left)."""

    kind: str  # text, line, rect, ellipse, polygon
    points: list[tuple[float, float]] = field(default_factory=list)
    text: str = ""
    size: int = 0
    bold: bool = False
    width: int = 3
    fill: bool = False


@dataclass
class PageContent:
    ops: list[Op] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # truth text, in reading order


@dataclass
class Settings:
    name: str
    output: str = "pdf"
    font: str = "serif"
    size: int = 11
    mode: str = "gray"
    noise: float = 9.0
    logo: tuple[str, str] | None = None
    headers: list[list[str]] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    footer_boxes: list[str] = field(default_factory=list)


class Fonts:
    """TrueType fonts of one family, cached by size and weight."""

    def __init__(self, family: str):
        self.files = FAMILIES[family]
        self.cache: dict[tuple[int, bool], ImageFont.FreeTypeFont] = {}

    def get(self, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
        key = (size, bold)
        if key not in self.cache:
            self.cache[key] = ImageFont.truetype(str(FONT_DIR / self.files[bold]), size)
        return self.cache[key]

    def width(self, text: str, size: int, bold: bool = False) -> float:
        return self.get(size, bold).getlength(text)


def wrap(text: str, width: float, measure) -> list[str]:
    """Greedy word wrap; `measure(s)` gives the drawn width of s."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and measure(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines + [current] if current else lines or [""]


class Layout:
    """Flows body constructs onto pages; headers and footers are added later."""

    def __init__(self, settings: Settings, rng: random.Random):
        self.s = settings
        self.rng = rng
        self.fonts = Fonts(settings.font)
        self.size = pt(settings.size)
        self.lh = round(self.size * 1.38)
        self.pages = [PageContent()]
        self.body_top = TOP + self.header_height() + pt(14)
        self.body_bottom = PAGE_H - FOOT_H
        self.y = self.body_top
        self.left, self.right = MARGIN_X, PAGE_W - MARGIN_X
        self.grid = (50, False)

    # helpers ---------------------------------------------------------------
    def header_height(self) -> int:
        lines = len(self.s.headers) * round(pt(10) * 1.4)
        logo = 170 if self.s.logo else 0
        return max(lines, logo)

    @property
    def page(self) -> PageContent:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(PageContent())
        self.y = self.body_top

    def need(self, height: float) -> None:
        if self.y + height > self.body_bottom and self.y > self.body_top:
            self.new_page()

    def text(self, x: float, y: float, text: str, size: int, bold: bool = False) -> None:
        self.page.ops.append(Op("text", [(x, y)], text=text, size=size, bold=bold))

    def measure(self, size: int, bold: bool):
        return lambda s: self.fonts.width(s, size, bold)

    # constructs ------------------------------------------------------------
    def paragraph(self, text: str, indent: int = 0, bold: bool = False, size=None, hang=""):
        size = size or self.size
        x0 = self.left + indent
        hang_w = self.fonts.width(hang, size, bold) if hang else 0
        lines = wrap(text, self.right - x0 - hang_w, self.measure(size, bold))
        lh = round(size * 1.38)
        for i, line in enumerate(lines):
            self.need(lh)
            if hang and i == 0:
                self.text(x0, self.y, hang.strip(), size, bold)
            self.text(x0 + hang_w, self.y, line, size, bold)
            self.page.lines.append((hang.strip() + " " + line) if hang and i == 0 else line)
            self.y += lh

    def heading(self, text: str, large: bool) -> None:
        size = round(self.size * 1.3) if large else self.size
        self.need(self.lh * 3)  # keep a heading with what follows
        self.y += round(self.lh * (0.5 if large else 0.25))
        self.paragraph(text, bold=True, size=size)
        self.y += round(self.lh * 0.15)

    def right_aligned(self, text: str) -> None:
        self.need(self.lh)
        w = self.fonts.width(text, self.size)
        self.text(self.right - w, self.y, text, self.size)
        self.page.lines.append(text)
        self.y += self.lh

    def grid_rows(self, rows: list[list[str]]) -> None:
        first, ruled = self.grid
        total = self.right - self.left
        for cells in rows:
            n = len(cells)
            widths = [total]
            if n > 1:
                widths = [total * first / 100] + [total * (100 - first) / 100 / (n - 1)] * (n - 1)
            wrapped = []
            for cell, w in zip(cells, widths):
                bold = cell.startswith("**") and cell.endswith("**")
                clean = cell[2:-2].strip() if bold else cell
                wrapped.append((wrap(clean, w - pt(8), self.measure(self.size, bold)), bold))
            height = max(len(w) for w, _ in wrapped) * self.lh
            self.need(height + 10)
            x = self.left
            for (lines, bold), w in zip(wrapped, widths):
                for i, line in enumerate(lines):
                    self.text(x, self.y + i * self.lh, line, self.size, bold)
                x += w
            for i in range(max(len(w) for w, _ in wrapped)):
                parts = [lines[i] for lines, _ in wrapped if i < len(lines) and lines[i]]
                self.page.lines.append("\t".join(parts))
            self.y += height
            if ruled:
                self.page.ops.append(
                    Op("line", [(self.left, self.y + 4), (self.right, self.y + 4)], width=2)
                )
                self.y += 14

    def signatures(self, groups: list[tuple[str, str]]) -> None:
        slot = (self.right - self.left) / len(groups)
        height = self.lh * 4
        self.need(height)
        y0 = self.y
        for i, (label, name) in enumerate(groups):
            x = self.left + i * slot
            self.text(x, y0, label, self.size, True)
            line_y = y0 + self.lh * 2.4
            self.page.ops.append(Op("line", [(x, line_y), (x + slot - pt(20), line_y)], width=2))
            self.page.ops.append(scribble(self.rng, x + 30, line_y - 95, slot * 0.55, 80))
            self.text(x, line_y + 12, name, self.size)
        self.page.lines.append("\t".join(label for label, _ in groups))
        self.page.lines.append("\t".join(name for _, name in groups))
        self.y = y0 + height

    def columns(self, parts: list[list[str]]) -> None:
        """Lay out each part in its own column of the current page."""
        gap = pt(24)
        col_w = (self.right - self.left - gap) / 2
        y0, bottoms = self.y, []
        saved = (self.left, self.right)
        for i, part in enumerate(parts):
            self.left = saved[0] + i * (col_w + gap)
            self.right = self.left + col_w
            self.y = y0
            pages_before = len(self.pages)
            self.flow(part)
            if len(self.pages) != pages_before:
                raise ValueError(f"{self.s.name}: a [[columns]] block does not fit its page")
            bottoms.append(self.y)
        self.left, self.right = saved
        self.y = max(bottoms)

    def construct(self, line: str) -> None:
        """Lay out one source line (not a grid row or a columns block)."""
        if line.startswith("%"):
            return
        if not line.strip():
            self.y += round(self.lh * 0.6)
        elif line.strip() == "---page---":
            self.new_page()
        elif line.startswith("## "):
            self.heading(line[3:], large=False)
        elif line.startswith("# "):
            self.heading(line[2:], large=True)
        elif line.startswith("**") and line.endswith("**"):
            self.paragraph(line.strip("*"), bold=True)
        elif line.startswith("- "):
            self.paragraph(line[2:], indent=pt(10), hang="•  ")
        elif line.startswith("> "):
            self.paragraph(line[2:], indent=pt(34))
        elif m := re.fullmatch(r"\[\[grid: (\d+)( ruled)?\]\]", line):
            self.grid = (int(m[1]), bool(m[2]))
        elif m := re.fullmatch(r"\[\[sign: (.*)\]\]", line):
            groups = [tuple(p.strip() for p in g.split("|")) for g in m[1].split("||")]
            self.signatures(groups)
        elif m := re.fullmatch(r"\[\[right: (.*)\]\]", line):
            self.right_aligned(m[1])
        elif m := re.fullmatch(r"\[\[space: (\d+)\]\]", line):
            self.y += int(m[1])
        else:
            self.paragraph(line.strip())

    def body(self, lines: list[str]) -> None:
        self.flow(lines)
        if not self.pages[-1].ops:
            self.pages.pop()

    def flow(self, lines: list[str]) -> None:
        """Lay out source lines, gathering grid rows and column blocks."""
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("|"):
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    rows.append([c.strip() for c in lines[i].strip()[1:-1].split("|")])
                    i += 1
                self.grid_rows(rows)
                continue
            if line.strip() == "[[columns]]":
                parts, current = [], []
                i += 1
                while lines[i].strip() != "[[/columns]]":
                    if lines[i].strip() == "[[next column]]":
                        parts.append(current)
                        current = []
                    else:
                        current.append(lines[i])
                    i += 1
                self.columns(parts + [current])
                i += 1
                continue
            self.construct(line)
            i += 1


def scribble(rng: random.Random, x: float, y: float, w: float, h: float) -> Op:
    """A hand signature: a wobbly polyline inside the box (x, y, w, h)."""
    points = []
    loops = rng.randint(4, 7)
    for k in range(120):
        t = k / 119
        px = x + t * w + 18 * math.sin(t * loops * 2 * math.pi + rng.random() * 0.3)
        py = y + h / 2 + h / 2 * math.sin(t * loops * math.pi * 1.7) * (0.6 + 0.4 * rng.random())
        points.append((px, py))
    return Op("line", points, width=4)


def logo_ops(settings: Settings, fonts: Fonts) -> tuple[list[Op], str]:
    """The kommun logo: a small drawn emblem and the kommun name beside it."""
    name, shape = settings.logo
    x, y, s = MARGIN_X, TOP, 150
    ops: list[Op] = []
    if shape == "shield":
        ops.append(
            Op(
                "polygon",
                [(x, y), (x + s, y), (x + s, y + s * 0.6), (x + s / 2, y + s), (x, y + s * 0.6)],
                width=6,
            )
        )
        ops.append(
            Op(
                "polygon",
                [(x + 35, y + 30), (x + s - 35, y + 30), (x + s / 2, y + s - 45)],
                fill=True,
            )
        )
    elif shape == "circle":
        ops.append(Op("ellipse", [(x, y), (x + s, y + s)], width=7))
        ops.append(Op("ellipse", [(x + 45, y + 45), (x + s - 45, y + s - 45)], fill=True))
    elif shape == "waves":
        ops.append(Op("rect", [(x, y), (x + s, y + s)], width=6))
        for k in range(3):
            yy = y + 45 + k * 32
            ops.append(
                Op(
                    "line",
                    [(x + 12 + i * 8, yy + 10 * math.sin(i / 2.2)) for i in range(16)],
                    width=6,
                )
            )
    else:  # tower
        ops.append(Op("rect", [(x + 20, y + 50), (x + s - 20, y + s)], fill=True))
        for k in range(3):
            ops.append(
                Op("rect", [(x + 20 + k * 45, y + 20), (x + 45 + k * 45, y + 50)], fill=True)
            )
    size = pt(17)
    ops.append(Op("text", [(x + s + 30, y + (s - size) / 2 - 10)], text=name, size=size, bold=True))
    return ops, name


def add_frame(layout: Layout) -> None:
    """Add logo, header lines and footer to every laid-out page."""
    s, fonts, total = layout.s, layout.fonts, len(layout.pages)
    hsize = pt(10)
    for no, page in enumerate(layout.pages, start=1):
        ops, foot_ops, head, foot = [], [], [], []
        if s.logo:
            logo, name = logo_ops(s, fonts)
            ops += logo
            head.append(name)
        left = MARGIN_X + (fonts.width(s.logo[0], pt(17), True) + 220 if s.logo else 0)
        y = TOP + (10 if s.logo else 0)
        for cells in s.headers:
            cells = [c.replace("{page}", str(no)).replace("{pages}", str(total)) for c in cells]
            ops += aligned_cells(cells, left, y, hsize, fonts)
            head.append("\t".join(c for c in cells if c))
            y += round(hsize * 1.4)
        fy = PAGE_H - FOOT_H + 70
        if s.footer_boxes:
            n = len(s.footer_boxes)
            w = (PAGE_W - 2 * MARGIN_X) / n
            for i, label in enumerate(s.footer_boxes):
                x = MARGIN_X + i * w
                foot_ops.append(Op("rect", [(x, fy), (x + w, fy + 120)], width=2))
                foot_ops.append(Op("text", [(x + 12, fy + 8)], text=label, size=pt(7)))
                if i < n - 1:
                    foot_ops.append(scribble(layout.rng, x + 60, fy + 50, 110, 50))
            foot.append("\t".join(s.footer_boxes))
            fy += 140
        if s.footer:
            cells = [c.replace("{page}", str(no)).replace("{pages}", str(total)) for c in s.footer]
            foot_ops += aligned_cells(cells, MARGIN_X, fy + 20, pt(8), fonts)
            foot.append("\t".join(c for c in cells if c))
        # drawing order is reading order, which a born-digital text layer keeps
        page.ops = ops + page.ops + foot_ops
        page.lines = head + page.lines + foot


def aligned_cells(cells: list[str], left: float, y: float, size: int, fonts: Fonts) -> list[Op]:
    """Up to three cells: left-, centre- and right-aligned on one line."""
    right = PAGE_W - MARGIN_X
    ops, end = [], left - pt(12)
    for i, cell in enumerate(cells):
        if not cell:
            continue
        w = fonts.width(cell, size)
        if i == 0:
            x = left
        elif i == len(cells) - 1:
            x = right - w
        else:
            x = (left + right) / 2 - w / 2
        if x < end + pt(12):
            raise ValueError(f"header/footer cells overlap at {cell!r}; shorten or split the line")
        end = x + w
        ops.append(Op("text", [(x, y)], text=cell, size=size))
    return ops


# --------------------------------------------------------------------------- source


def parse_source(path: Path) -> tuple[Settings, list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    s = Settings(name=path.stem)
    i = 0
    while i < len(lines) and (m := re.fullmatch(r"@(\w+):\s*(.*)", lines[i])):
        key, value = m[1], m[2].strip()
        parts = [p.strip() for p in value.split("|")]
        if key == "header":
            s.headers.append(parts)
        elif key == "footer":
            s.footer = parts
        elif key == "footer_boxes":
            s.footer_boxes = parts
        elif key == "logo":
            s.logo = (parts[0], parts[1] if len(parts) > 1 else "shield")
        elif key in ("size", "noise"):
            setattr(s, key, float(value) if key == "noise" else int(value))
        elif key in ("output", "font", "mode"):
            setattr(s, key, value)
        else:
            raise ValueError(f"{path.name}: unknown setting @{key}")
        i += 1
    return s, lines[i:]


def layout_document(path: Path) -> tuple[Settings, Layout]:
    settings, body = parse_source(path)
    rng = random.Random(zlib.crc32(settings.name.encode()))
    layout = Layout(settings, rng)
    layout.body(body)
    add_frame(layout)
    return settings, layout


# --------------------------------------------------------------------------- raster


def draw_page(page: PageContent, fonts: Fonts) -> Image.Image:
    img = Image.new("L", (PAGE_W, PAGE_H), PAPER)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        if op.kind == "text":
            d.text(op.points[0], op.text, font=fonts.get(op.size, op.bold), fill=INK)
        elif op.kind == "line":
            d.line(op.points, fill=INK, width=op.width, joint="curve")
        elif op.kind == "rect":
            d.rectangle(op.points, outline=INK, width=op.width, fill=INK if op.fill else None)
        elif op.kind == "ellipse":
            d.ellipse(op.points, outline=INK, width=op.width, fill=INK if op.fill else None)
        elif op.kind == "polygon":
            d.polygon(op.points, outline=INK, width=op.width, fill=INK if op.fill else None)
    return img


def scan(img: Image.Image, settings: Settings, rng: random.Random) -> Image.Image:
    """Make a clean page look scanned: skew, shift, blur, noise, dust."""
    angle = rng.uniform(0.3, 1.2) * rng.choice((-1, 1))
    shift = (rng.randint(-25, 25), rng.randint(-20, 20))
    img = img.rotate(angle, resample=Image.BICUBIC, translate=shift, fillcolor=PAPER)
    np_rng = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(img, dtype=np.float32)
    # paper grain and toner noise, softened by the scanner optics below
    arr += np_rng.normal(0, settings.noise * 2, arr.shape)
    # uneven lighting: a faint gradient across the sheet
    arr += np.linspace(-6, 6, arr.shape[1], dtype=np.float32)[None, :]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.2)))
    d = ImageDraw.Draw(out)
    for _ in range(rng.randint(25, 60)):  # dust and toner specks
        x, y, r = rng.randrange(PAGE_W), rng.randrange(PAGE_H), rng.uniform(1, 4)
        d.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(30, 120))
    if settings.mode == "bilevel":
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
    return out


def raster_pages(settings: Settings, layout: Layout) -> list[Image.Image]:
    scan_rng = random.Random(zlib.crc32(settings.name.encode()) + 1)
    return [scan(draw_page(p, layout.fonts), settings, scan_rng) for p in layout.pages]


# --------------------------------------------------------------------------- writers


def write_scanned_pdf(images: list[Image.Image], out: Path) -> None:
    # bilevel pages go in as CCITT G4, grey pages as JPEG
    extra = {} if images[0].mode == "1" else {"quality": 60}
    images[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=images[1:],
        resolution=DPI,
        creationDate=FIXED_TIME,
        modDate=FIXED_TIME,
        title=out.stem,
        producer="tools/make_samples.py",
        **extra,
    )


def write_tiff(images: list[Image.Image], out: Path) -> None:
    compression = "group4" if images[0].mode == "1" else "tiff_deflate"
    images[0].save(
        out, save_all=True, append_images=images[1:], dpi=(DPI, DPI), compression=compression
    )


def write_png(images: list[Image.Image], out: Path) -> None:
    if len(images) != 1:
        raise ValueError(f"{out.name}: a PNG sample must be one page, got {len(images)}")
    images[0].save(out, dpi=(DPI, DPI), optimize=False)


def write_digital_pdf(settings: Settings, layout: Layout, out: Path) -> None:
    """Born-digital PDF: the same layout drawn with reportlab, real text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    regular, bold = FAMILIES[settings.font]
    for file in (regular, bold):
        pdfmetrics.registerFont(TTFont(file[:-4], str(FONT_DIR / file)))
    k = 72 / DPI
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(out.stem)
    c.setCreator("tools/make_samples.py")
    for page in layout.pages:
        for op in page.ops:
            if op.kind == "text":
                x, y = op.points[0]
                ascent = layout.fonts.get(op.size, op.bold).getmetrics()[0]
                c.setFont((bold if op.bold else regular)[:-4], op.size * k)
                c.drawString(x * k, (PAGE_H - y - ascent) * k, op.text)
            else:
                draw_shape_rl(c, op, k)
        c.showPage()
    c.save()


def draw_shape_rl(c, op: Op, k: float) -> None:
    c.setLineWidth(op.width * k)
    pts = [(x * k, (PAGE_H - y) * k) for x, y in op.points]
    if op.kind in ("rect", "ellipse"):
        (x0, y0), (x1, y1) = pts
        args = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        if op.kind == "rect":
            c.rect(*args, stroke=1, fill=int(op.fill))
        else:
            c.ellipse(
                args[0], args[1], args[0] + args[2], args[1] + args[3], stroke=1, fill=int(op.fill)
            )
        return
    path = c.beginPath()
    path.moveTo(*pts[0])
    for p in pts[1:]:
        path.lineTo(*p)
    if op.kind == "polygon":
        path.close()
    c.drawPath(path, stroke=1, fill=int(op.fill))


def write_legacy_ocr(images: list[Image.Image], out: Path) -> None:
    """OCR the rendered pages with the English model, as old archives were."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    texts = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, img in enumerate(images):
            png = Path(tmp) / f"p{i}.png"
            img.save(png, dpi=(DPI, DPI))
            result = subprocess.run(
                ["tesseract", str(png), "stdout", "-l", "eng", "--dpi", str(DPI)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            texts.append(result.stdout.rstrip("\n\f") + "\n")
    out.write_text("\f".join(texts), encoding="utf-8")


EXTENSIONS = {"pdf": ".pdf", "tiff": ".tif", "png": ".png", "digital": ".pdf", "legacy": ".txt"}


def build(path: Path, out_dir: Path = SAMPLES) -> Path:
    settings, layout = layout_document(path)
    out = out_dir / (settings.name + EXTENSIONS[settings.output])
    if settings.output == "digital":
        write_digital_pdf(settings, layout, out)
    else:
        images = raster_pages(settings, layout)
        {
            "pdf": write_scanned_pdf,
            "tiff": write_tiff,
            "png": write_png,
            "legacy": write_legacy_ocr,
        }[settings.output](images, out)
    (out_dir / "truth").mkdir(parents=True, exist_ok=True)
    truth = "\f".join("\n".join(p.lines) + "\n" for p in layout.pages)
    (out_dir / "truth" / f"{settings.name}.txt").write_text(truth, encoding="utf-8")
    print(f"{out}: {len(layout.pages)} page(s)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="render only this source (repeatable)"
    )
    parser.add_argument(
        "--out", type=Path, default=SAMPLES, help="folder for the files and truth/ (default: samples/)"
    )
    parser.add_argument(
        "--source",
        type=Path,
        default=SOURCE_DIR,
        help="folder of the NAME.md sources (default: samples/source/)",
    )
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        parser.error(f"no source folder: {args.source}")
    sources = sorted(args.source.glob("*.md"))
    if args.only:
        wanted = set(args.only)
        missing = wanted - {p.stem for p in sources}
        if missing:
            parser.error(f"no source for: {', '.join(sorted(missing))}")
        sources = [p for p in sources if p.stem in wanted]
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sources:
        build(path, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
