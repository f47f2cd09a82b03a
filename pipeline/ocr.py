"""OCR stage: input files → page texts.

What it assumes and why:
- PDFs: a page whose text layer holds real text (born-digital) is read with
  `pdftotext -layout` and never OCR'd; other pages are rasterised one at a time
  by pdftoppm (through pdf2image) to 300-dpi greyscale PGM — PGM because writing
  PNG costs ~5x more — and read by tesseract's Swedish model.
- Images: TIFF (also multi-page), PNG, JPEG; each frame is one page.
- Plain text: `.txt` files are one document, pages split on form feeds; the
  encoding is detected (UTF-16 by its BOM, UTF-8, else CP1252/Latin-1); a file that
  is mostly control characters is binary, not text, and refused.
- Images larger than MAX_IMAGE_SIDE / MAX_IMAGE_PIXELS (giant scans, decompression
  bombs) are refused from their header, before any pixel is decoded.
- tesseract runs one page per process with OMP_THREAD_LIMIT=1; parallelism comes
  from a process pool across pages *and* documents (`OcrScheduler`), so a batch of
  one-page documents keeps every core busy. Only the pages in flight are in memory.

The engine sits behind a small interface (`OcrEngine`): tests inject fakes that
crash or hang; everything else in the pipeline only sees `Page` objects.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import csv
import io
import os
import re
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .document import PAGE_BREAK, Page
from .errors import InputError, OcrError

DPI = 300
LANGUAGE = "swe"
# Inverted-text detection costs ~7 % of tesseract's time; minutes are dark on light.
TESSERACT_CONFIG = "-c tessedit_do_invert=0"
PAGE_TIMEOUT = 300  # seconds per page for tesseract
RASTER_TIMEOUT = 120  # seconds per page for pdftoppm
MIN_LAYER_CHARS = 40  # letters a text-layer page needs to count as born-digital
# An A3 page at 300 dpi is 4960 x 3508 px; anything far beyond is a poster, a mistake or a
# decompression bomb, and would take tesseract minutes and gigabytes. Refused before decoding.
MAX_IMAGE_SIDE = 15000  # pixels on either side
MAX_IMAGE_PIXELS = 89_478_485  # pixels in all; PIL's own decompression-bomb warning limit
MIN_DPI = 50  # a PDF page that fits the pixel limits only below this is refused
MAX_CONTROL_SHARE = 0.05  # share of control characters above which a .txt file is binary

IMAGE_SUFFIXES = {".tif", ".tiff", ".png", ".jpg", ".jpeg"}
SUPPORTED_SUFFIXES = {".pdf", ".txt"} | IMAGE_SUFFIXES


@dataclass(frozen=True)
class PageJob:
    """One page to OCR: where it comes from and how to get its image."""

    path: str
    page_no: int  # 1-based
    kind: str  # 'pdf' or 'image'
    dpi: int = DPI  # for PDF pages: lower than DPI only for pages too large to rasterise at DPI


@dataclass
class PagePlan:
    """What reading a file needs: pages already read (text) and pages to OCR."""

    text_source: str
    ready: dict[int, Page]
    jobs: list[PageJob]

    @property
    def page_count(self) -> int:
        return len(self.ready) + len(self.jobs)


def file_kind(path: Path) -> str:
    """'pdf', 'image' or 'text', from the file's first bytes, then its suffix."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if not head:
        raise InputError("empty file")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head[:4] in (b"II*\x00", b"MM\x00*") or head.startswith(b"\x89PNG") or head[:3] == b"\xff\xd8\xff":
        return "image"
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise InputError("not a PDF (no %PDF header)")
    if suffix in IMAGE_SUFFIXES:
        raise InputError(f"not a readable {suffix} image")
    return "text"


def plan(path: Path) -> PagePlan:
    """Decide how each page of `path` is read, reading text layers right away."""
    kind = file_kind(path)
    if kind == "text":
        return PagePlan("text", {n: Page(n, t) for n, t in enumerate(_text_pages(path), start=1)}, [])
    if kind == "image":
        return PagePlan("ocr", {}, [PageJob(str(path), n, "image") for n in range(1, _frame_count(path) + 1)])
    layer = _text_layer(path)
    ready = {n: Page(n, text) for n, text in enumerate(layer, start=1) if _is_usable_layer(text)}
    missing = [n for n in range(1, len(layer) + 1) if n not in ready]
    sizes = _page_sizes(path) if missing else {}
    jobs = [PageJob(str(path), n, "pdf", _fitting_dpi(n, *sizes.get(n, (0.0, 0.0)))) for n in missing]
    return PagePlan("ocr" if jobs else "text-layer", ready, jobs)


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-16 (BOM), UTF-8 (with or without BOM), else CP1252/Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _text_pages(path: Path) -> list[str]:
    text, _ = decode_text(path.read_bytes())
    if _is_binary(text):
        raise InputError("not text (binary data)")
    return text.replace("\r\n", "\n").split(PAGE_BREAK)


def _is_binary(text: str) -> bool:
    control = sum(1 for ch in text if ch < " " and ch not in "\n\r\t\f")
    return "\x00" in text or control > MAX_CONTROL_SHARE * len(text)


def _frame_count(path: Path) -> int:
    """Frames in the image at `path`, each checked against the size limits from its header."""
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                frames = getattr(img, "n_frames", 1)
                for n in range(frames):
                    img.seek(n)
                    _check_size(*img.size)
                return frames
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(f"image too large (decompression bomb?): {exc}") from exc
    except (OSError, EOFError, SyntaxError, ValueError) as exc:
        raise InputError(f"cannot read image: {exc}") from exc


def _check_size(width: int, height: int) -> None:
    if max(width, height) > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise InputError(
            f"image too large: {width} x {height} px (limit {MAX_IMAGE_SIDE} px a side, "
            f"{MAX_IMAGE_PIXELS // 1_000_000} Mpx)"
        )


def _text_layer(path: Path) -> list[str]:
    """Per-page text of a PDF's text layer (empty strings for scanned pages)."""
    try:
        out = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=RASTER_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        raise InputError("pdftotext timed out") from exc
    if out.returncode != 0:
        message = out.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[-1] if message else f"exit {out.returncode}"
        if "Incorrect password" in reason or "encrypted" in reason.lower():
            raise InputError("encrypted PDF (needs a password)")
        if "Wrong page range" in reason:  # poppler's words for a PDF with zero pages
            raise InputError("PDF has no pages")
        raise InputError(f"unreadable PDF: {reason}")
    pages = out.stdout.decode("utf-8", "replace").split(PAGE_BREAK)
    if pages and not pages[-1].strip():
        pages = pages[:-1]  # pdftotext ends every page with a form feed
    if not pages:
        raise InputError("PDF has no pages")
    return pages


def _page_sizes(path: Path) -> dict[int, tuple[float, float]]:
    """Page number → (width, height) in points, from pdfinfo; pages it does not list are left out."""
    try:
        out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999999", str(path)],
                             capture_output=True, timeout=RASTER_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise InputError("pdfinfo timed out") from exc
    sizes = {}
    for line in out.stdout.decode("utf-8", "replace").splitlines():
        match = _PAGE_SIZE.match(line)
        if match:
            sizes[int(match[1])] = (float(match[2]), float(match[3]))
    return sizes


_PAGE_SIZE = re.compile(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts")


def _fitting_dpi(page_no: int, width_pt: float, height_pt: float) -> int:
    """DPI, or less for a page that would exceed the image limits at DPI (a poster, a bomb)."""
    width_in, height_in = width_pt / 72, height_pt / 72
    if width_in <= 0 or height_in <= 0:
        return DPI
    by_side = MAX_IMAGE_SIDE / max(width_in, height_in)
    by_area = (MAX_IMAGE_PIXELS / (width_in * height_in)) ** 0.5
    dpi = min(DPI, int(by_side), int(by_area))
    if dpi < MIN_DPI:
        raise InputError(f"PDF page {page_no} too large: {width_in:.0f} x {height_in:.0f} in")
    return dpi


def _is_usable_layer(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= MIN_LAYER_CHARS


class OcrEngine:
    """Reads one page image file; returns its text and mean word confidence."""

    name = "tesseract"

    def read(self, image_path: str) -> tuple[str, float | None]:
        import pytesseract

        base = image_path + ".out"
        try:
            pytesseract.pytesseract.run_tesseract(
                image_path, base, "txt", LANGUAGE, config=f"{TESSERACT_CONFIG} tsv", timeout=PAGE_TIMEOUT
            )
        except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
            raise OcrError(f"tesseract: {exc}") from exc
        except pytesseract.TesseractError as exc:
            raise OcrError(f"tesseract failed: {exc.message.strip()[:200]}") from exc
        except pytesseract.TesseractNotFoundError as exc:
            raise OcrError("tesseract is not installed (run `make setup`)") from exc
        text = Path(base + ".txt").read_text(encoding="utf-8")
        confidence = _mean_confidence(Path(base + ".tsv").read_text(encoding="utf-8"))
        return text, confidence


def _mean_confidence(tsv: str) -> float | None:
    scores = [
        float(row["conf"])
        for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
        if row.get("text", "").strip() and float(row.get("conf") or -1) >= 0
    ]
    return round(sum(scores) / len(scores), 2) if scores else None


def rasterise(job: PageJob, folder: str) -> str:
    """Write the page image of `job` into `folder` as a greyscale file; return its path."""
    if job.kind == "pdf":
        from pdf2image import convert_from_path
        from pdf2image.exceptions import PDFPageCountError, PDFSyntaxError

        try:
            paths = convert_from_path(
                job.path, dpi=job.dpi, first_page=job.page_no, last_page=job.page_no, fmt="ppm",
                grayscale=True, output_folder=folder, paths_only=True, timeout=RASTER_TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            raise OcrError(f"pdftoppm timed out on page {job.page_no}") from exc
        except (PDFPageCountError, PDFSyntaxError) as exc:
            raise OcrError(f"pdftoppm failed on page {job.page_no}: {exc}") from exc
        if not paths:
            raise OcrError(f"pdftoppm gave no image for page {job.page_no}")
        return paths[0]
    from PIL import Image

    target = os.path.join(folder, f"page-{job.page_no}.pgm")
    with Image.open(job.path) as img:
        img.seek(job.page_no - 1)
        img.convert("L").save(target)
    return target


def read_page(job: PageJob, engine: OcrEngine | None = None) -> Page:
    """Rasterise and OCR one page (runs inside a worker process)."""
    engine = engine or OcrEngine()
    with tempfile.TemporaryDirectory(prefix="minutes-") as folder:
        text, confidence = engine.read(rasterise(job, folder))
    return Page(job.page_no, text.rstrip() + "\n" if text.strip() else "", ocr_confidence=confidence)


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


@dataclass
class FileResult:
    """The outcome of reading one file: pages in order, or the error that stopped it."""

    path: Path
    text_source: str = ""
    pages: list[Page] | None = None
    error: Exception | None = None


class OcrScheduler:
    """Reads many files with a pool of processes, page by page, results in file order.

    Pages of later files are submitted while earlier ones are still running (up to
    `lookahead` pages in flight), so cores stay busy across small documents while
    memory stays bounded for long ones. If a worker process dies (killed, out of
    memory) the pool is replaced and each affected page is tried once more; a page
    that kills a worker twice fails its file, never the run.
    """

    def __init__(self, workers: int | None = None, read: Callable[[PageJob], Page] = read_page):
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.read = read
        self.lookahead = 4 * self.workers
        self._pool: cf.ProcessPoolExecutor | None = None
        self._generation = 0

    def run(
        self,
        paths: Iterable[Path],
        on_planned: Callable[[int], None] = lambda n: None,
        on_page: Callable[[], None] = lambda: None,
    ) -> Iterator[FileResult]:
        """Yield one FileResult per path, in order; report planned and finished pages."""
        os.environ["OMP_THREAD_LIMIT"] = "1"
        self._pool = cf.ProcessPoolExecutor(self.workers, initializer=_init_worker)
        pending: collections.deque[tuple[FileResult, PagePlan | None, list[_Submitted]]] = collections.deque()
        in_flight = 0
        try:
            for path in paths:
                result = FileResult(path)
                try:
                    page_plan = plan(path)
                except Exception as exc:  # one bad file never stops the batch
                    result.error = exc
                    page_plan = None
                submitted = []
                if page_plan is not None:
                    result.text_source = page_plan.text_source
                    on_planned(page_plan.page_count)
                    submitted = [self._submit(job) for job in page_plan.jobs]
                pending.append((result, page_plan, submitted))
                in_flight += len(submitted)
                while pending and (in_flight > self.lookahead or _done(pending[0][2])):
                    in_flight -= len(pending[0][2])
                    yield self._finish(*pending.popleft(), on_page)
            while pending:
                yield self._finish(*pending.popleft(), on_page)
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, job: PageJob) -> _Submitted:
        return _Submitted(job, self._pool.submit(self.read, job), self._generation)

    def _replace_pool(self, broken_generation: int) -> None:
        if broken_generation == self._generation:  # not yet replaced by another page
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = cf.ProcessPoolExecutor(self.workers, initializer=_init_worker)
            self._generation += 1

    def _page(self, item: _Submitted) -> Page:
        try:
            return item.future.result()
        except cf.process.BrokenProcessPool:
            self._replace_pool(item.generation)
        retry = self._submit(item.job)
        try:
            return retry.future.result()
        except cf.process.BrokenProcessPool:
            self._replace_pool(retry.generation)
            raise OcrError(f"the OCR worker died on page {item.job.page_no} (killed or out of memory)") from None

    def _finish(self, result: FileResult, page_plan: PagePlan | None, submitted: list[_Submitted], on_page):
        if page_plan is None:
            return result
        pages = dict(page_plan.ready)
        for _ in page_plan.ready:
            on_page()
        for item in submitted:
            try:
                page = self._page(item)
            except Exception as exc:
                result.error = result.error or exc
                continue
            finally:
                on_page()
            pages[page.page_no] = page
        if result.error is None:
            result.pages = [pages[n] for n in sorted(pages)]
            if not result.pages:
                result.error = InputError("no pages")
        return result


@dataclass
class _Submitted:
    job: PageJob
    future: cf.Future
    generation: int  # which pool it went to


def _done(submitted: list[_Submitted]) -> bool:
    return all(item.future.done() for item in submitted)
