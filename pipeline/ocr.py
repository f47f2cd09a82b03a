"""OCR stage: input files → page texts.

What it assumes and why:
- PDFs: a page whose text layer holds real text (born-digital) is read with
  `pdftotext -layout` and never OCR'd. A scanned page that is one 300-ppi image
  covering the page is OCR'd from that stored image (pdfimages, checked against a
  coarse rendering): 0.1 s instead of 0.35 s, and on the samples slightly fewer
  errors. Other pages are rasterised one at a time by pdftoppm (through pdf2image)
  to 300-dpi greyscale PGM in memory — PGM because writing PNG costs ~5x more.
- Images: TIFF (also multi-page), PNG, JPEG; each frame is one page.
- Plain text: `.txt` files are one document, pages split on form feeds; the
  encoding is detected (UTF-16 by its BOM, UTF-8, else CP1252/Latin-1); a file that
  is mostly control characters is binary, not text, and refused.
- Images larger than MAX_IMAGE_SIDE / MAX_IMAGE_PIXELS (giant scans, decompression
  bombs) are refused from their header, before any pixel is decoded.
- tesseract runs one page at a time per process with OMP_THREAD_LIMIT=1; parallelism
  comes from a process pool across pages *and* documents (`OcrScheduler`), so a batch
  of one-page documents keeps every core busy. Only the pages in flight are in memory.
- Each pool process keeps tesseract's model loaded (`ApiEngine`): the system's
  libtesseract (Debian's 5.3, the library of the `tesseract` CLI and of OCRmyPDF) through
  its C API with ctypes. tesserocr's wheel (tesseract 5.5) took ~15 % less CPU but read a
  label/value grid above signature rules column by column (kf_protokoll page 1: 23 % CER
  instead of 3 %; 6.09 % against 5.21 % on the bench's 27 pages, where OCRmyPDF has 5.36 %).
  `MINUTES_OCR_ENGINE=cli` selects the CLI (`OcrEngine`), also the fallback when the library
  cannot be loaded.
- tesseract is always told the resolution when it is known (PDF pages: the planned DPI;
  images: their header): guessed from a headerless PGM (~410 dpi for 300-dpi pages) it
  segments differently, with signatures read as lines of noise (CLI engine, bench pages:
  5.73 % CER, 5.28 % with `--dpi`).

The engine sits behind a small interface (`read_job(job) -> (text, confidence)`):
tests inject fakes that crash or hang; everything else only sees `Page` objects.
"""

from __future__ import annotations

import atexit
import collections
import concurrent.futures as cf
import csv
import ctypes
import ctypes.util
import functools
import io
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .document import PAGE_BREAK, Page
from .errors import InputError, OcrError
from .reading_order import grid_text
from .timing import add, take_worker_timings, timed, worker_timings

PR_SET_PDEATHSIG = 1  # prctl option, <linux/prctl.h>

DPI = 300
LANGUAGE = "swe"
# Inverted-text detection costs ~7 % of tesseract's time; minutes are dark on light.
TESSERACT_VARIABLES = {"tessedit_do_invert": "0"}
TESSERACT_CONFIG = " ".join(f"-c {name}={value}" for name, value in TESSERACT_VARIABLES.items())
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
    """Text and the encoding it was read with: UTF-16 (BOM), UTF-8 (with or without BOM), else CP1252/Latin-1
    (the one rule of `repair.detect_encoding`, which `minutes repair` applies to streams)."""
    from .repair import detect_encoding  # here: OCR workers never need the repair stage

    encoding = detect_encoding(io.BytesIO(data))
    return data.decode(encoding), encoding


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
    """The tesseract CLI, one process per page: reads a page image file; returns text and mean word confidence.

    The fallback engine: every call loads the model anew (~0.2 s), and PDF pages are always
    rendered by pdftoppm (`rasterise`), never taken as stored.
    """

    name = "tesseract-cli"

    def read_job(self, job: PageJob) -> tuple[str, float | None]:
        with tempfile.TemporaryDirectory(prefix="minutes-", dir=_scratch_dir()) as folder:
            with timed(worker_timings(), "rasterise"):
                image_path = rasterise(job, folder)
            with timed(worker_timings(), "ocr"):
                return self.read(image_path, job.dpi if job.kind == "pdf" else image_dpi(job))

    def read(self, image_path: str, dpi: int | None = None) -> tuple[str, float | None]:
        """Text and confidence of the image file; `dpi` is its resolution (PGM files carry none)."""
        import pytesseract

        base = image_path + ".out"
        resolution = f"--dpi {dpi} " if dpi else ""  # else tesseract guesses it from the text size
        try:
            pytesseract.pytesseract.run_tesseract(
                image_path, base, "txt", LANGUAGE, config=f"{resolution}{TESSERACT_CONFIG} tsv", timeout=PAGE_TIMEOUT
            )
        except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
            raise OcrError(f"tesseract: {exc}") from exc
        except pytesseract.TesseractError as exc:
            raise OcrError(f"tesseract failed: {exc.message.strip()[:200]}") from exc
        except pytesseract.TesseractNotFoundError as exc:
            raise OcrError("tesseract is not installed (run `make setup`)") from exc
        text, tsv = (Path(base + suffix).read_text(encoding="utf-8") for suffix in (".txt", ".tsv"))
        return page_text(text, tsv), _mean_confidence(tsv)


class ApiEngine:
    """tesseract's C API in this process (the system's libtesseract, through ctypes): the model stays loaded.

    One tesseract handle per thread, made on first use and kept for the life of the process
    (a pool worker, a Dask worker thread), so the ~0.2 s model load of every CLI call is paid
    once. Pages go in as raw greyscale bytes with their resolution: no image file, no encoding.
    The library is the one the `tesseract` CLI runs (Debian's `libtesseract5`), so both engines
    lay out a page alike; the language data is found where the CLI looks for it.
    """

    name = "tesseract-api"
    _local = threading.local()

    def read_job(self, job: PageJob) -> tuple[str, float | None]:
        with timed(worker_timings(), "rasterise"):
            image, dpi = load_image(job)
        with timed(worker_timings(), "ocr"):
            return self._recognise(image, dpi, job.page_no)

    def _recognise(self, image, dpi: int | None, page_no: int) -> tuple[str, float | None]:
        lib, api = libtesseract(), self._api()
        pixels = image.tobytes()  # held until Recognize is done
        lib.TessBaseAPISetImage(api, pixels, image.width, image.height, 1, image.width)
        if dpi:
            lib.TessBaseAPISetSourceResolution(api, dpi)
        monitor = lib.TessMonitorCreate()
        lib.TessMonitorSetDeadlineMSecs(monitor, PAGE_TIMEOUT * 1000)
        try:
            if lib.TessBaseAPIRecognize(api, monitor) != 0:
                raise OcrError(f"tesseract: failed or timed out after {PAGE_TIMEOUT} s on page {page_no}")
            text = _take_text(lib, lib.TessBaseAPIGetUTF8Text(api))
            return page_text(text, _take_text(lib, lib.TessBaseAPIGetTsvText(api, 0))), _take_confidence(lib, api)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(api)

    def _api(self) -> int:
        api = getattr(self._local, "api", None)
        if api is None:
            lib = libtesseract()
            api = lib.TessBaseAPICreate()
            if lib.TessBaseAPIInit3(api, tessdata_dir().encode(), LANGUAGE.encode()) != 0:
                lib.TessBaseAPIDelete(api)
                raise OcrError(f"tesseract cannot load '{LANGUAGE}' from {tessdata_dir()} (run `make setup`)")
            lib.TessBaseAPISetPageSegMode(api, PSM_AUTO)
            for name, value in {**TESSERACT_VARIABLES, **QUIET_LIBRARY}.items():
                lib.TessBaseAPISetVariable(api, name.encode(), value.encode())
            atexit.register(lib.TessBaseAPIDelete, api)  # else tesseract warns of leaks at exit
            self._local.api = api
        return api


# tesseract's notes ("Detected 35 diacritics") go to stderr: in this process that is the
# user's terminal, through the progress bar (the CLI engine's stderr is captured instead).
QUIET_LIBRARY = {"debug_file": "/dev/null"}
PSM_AUTO = 3  # tesseract's page segmentation mode 3: automatic, no orientation detection (the CLI's default)
_TEXT = ctypes.POINTER(ctypes.c_char)
_INTS = ctypes.POINTER(ctypes.c_int)
_HANDLE, _CHARS, _INT = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
# The functions of tesseract's C API (capi.h) used here: name → (result type, argument types).
_C_API = {
    "TessBaseAPICreate": (_HANDLE, []),
    "TessBaseAPIInit3": (_INT, [_HANDLE, _CHARS, _CHARS]),
    "TessBaseAPISetPageSegMode": (None, [_HANDLE, _INT]),
    "TessBaseAPISetVariable": (_INT, [_HANDLE, _CHARS, _CHARS]),
    "TessBaseAPISetImage": (None, [_HANDLE, _CHARS, _INT, _INT, _INT, _INT]),
    "TessBaseAPISetSourceResolution": (None, [_HANDLE, _INT]),
    "TessBaseAPIRecognize": (_INT, [_HANDLE, _HANDLE]),
    "TessBaseAPIGetUTF8Text": (_TEXT, [_HANDLE]),
    "TessBaseAPIGetTsvText": (_TEXT, [_HANDLE, _INT]),
    "TessDeleteText": (None, [_TEXT]),
    "TessBaseAPIAllWordConfidences": (_INTS, [_HANDLE]),
    "TessDeleteIntArray": (None, [_INTS]),
    "TessBaseAPIClear": (None, [_HANDLE]),
    "TessBaseAPIDelete": (None, [_HANDLE]),
    "TessMonitorCreate": (_HANDLE, []),
    "TessMonitorSetDeadlineMSecs": (None, [_HANDLE, _INT]),
    "TessMonitorDelete": (None, [_HANDLE]),
    "TessVersion": (_CHARS, []),
}


@functools.cache
def libtesseract() -> ctypes.CDLL:
    """The system's tesseract library with the C API functions of `_C_API` declared.

    OpenMP (libgomp, which Debian's libtesseract uses) reads OMP_THREAD_LIMIT once, when it is
    loaded: set here, one thread per process. Besides being what OCR by processes wants, it keeps
    forking safe: a process that ran tesseract with OpenMP threads and then forks a pool leaves
    the children waiting forever on OpenMP's locks.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"
    name = ctypes.util.find_library("tesseract") or "libtesseract.so.5"
    try:
        lib = ctypes.CDLL(name)
        for function, (result, arguments) in _C_API.items():
            getattr(lib, function).restype = result
            getattr(lib, function).argtypes = arguments
    except (OSError, AttributeError) as exc:
        raise OcrError(f"cannot load the tesseract library ({name}; run `make setup`): {exc}") from exc
    return lib


def _take_text(lib: ctypes.CDLL, text) -> str:
    """The UTF-8 text tesseract returned, decoded; tesseract's copy is freed."""
    if not text:
        return ""
    try:
        return ctypes.string_at(text).decode("utf-8", "replace")
    finally:
        lib.TessDeleteText(text)


def _take_confidence(lib: ctypes.CDLL, api: int) -> float | None:
    """Mean of the page's word confidences (0–100), None without words."""
    scores = lib.TessBaseAPIAllWordConfidences(api)
    if not scores:
        return None
    values = []
    while scores[len(values)] >= 0:  # the list ends with -1
        values.append(scores[len(values)])
    lib.TessDeleteIntArray(scores)
    return round(sum(values) / len(values), 2) if values else None


@functools.cache
def tessdata_dir() -> str:
    """The folder of the system's traineddata files: $TESSDATA_PREFIX, else where the tesseract CLI looks."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"].rstrip("/") + "/"
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrError("tesseract is not installed (run `make setup`)") from exc
    match = re.search(r'"(.+?)"', out)
    if not match:
        raise OcrError("cannot find tesseract's language data (run `make setup`)")
    return match[1].rstrip("/") + "/"


def engine_for(name: str | None = None) -> OcrEngine | ApiEngine:
    """The engine named by `name` or $MINUTES_OCR_ENGINE ('api' or 'cli'); default: api when libtesseract loads."""
    name = name or os.environ.get("MINUTES_OCR_ENGINE", "")
    if name == "cli":
        return OcrEngine()
    if name not in ("", "api"):
        raise OcrError(f"unknown OCR engine {name!r} (api or cli)")
    try:
        libtesseract()
    except OcrError:
        if name == "api":
            raise
        return OcrEngine()
    return ApiEngine()


def _scratch_dir() -> str | None:
    """/dev/shm when there is one: page images never touch the disk."""
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def image_dpi(job: PageJob) -> int | None:
    """The resolution in the header of the image file of `job` (None: unknown)."""
    from PIL import Image

    with Image.open(job.path) as img:
        return _image_dpi(img.info)


def _image_dpi(info: dict) -> int | None:
    """An image's resolution from its header; None when absent or absurd (tesseract then estimates it)."""
    try:
        value = round(float(info["dpi"][0]))
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    return value if MIN_DPI <= value <= 2400 else None


def page_text(text: str, tsv: str) -> str:
    """tesseract's text, or the same words read row by row where the page has a label/value grid."""
    return grid_text(tsv) or text


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
        paths = _pdftoppm(job, output_folder=folder, paths_only=True)
        return paths[0]
    target = os.path.join(folder, f"page-{job.page_no}.pgm")
    load_image(job)[0].save(target)
    return target


def load_image(job: PageJob):
    """The page image of `job` in memory, greyscale (a PIL image), and its resolution (None: unknown).

    A scanned PDF page is usually one image at 300 ppi covering the page: that image is
    taken as it is stored (`embedded_image`, ~0.05 s) instead of rendering the page
    (~0.3 s); any other page is rendered by pdftoppm.
    """
    if job.kind == "pdf":
        image = embedded_image(job) if job.dpi == DPI else None
        return (image if image is not None else _pdftoppm(job)[0]), job.dpi
    from PIL import Image

    with Image.open(job.path) as img:
        img.seek(job.page_no - 1)
        return img.convert("L"), _image_dpi(img.info)


EMBEDDED_MATCH = 24  # mean grey-level difference to a coarse rendering above which the stored image is not used
PREVIEW_DPI = 12


def embedded_image(job: PageJob):
    """The page's only image, greyscale, when it is the page at `job.dpi`; else None.

    Checked against a coarse rendering of the page (PREVIEW_DPI): same size at that
    scale and the same look (mean grey difference under EMBEDDED_MATCH), so a rotated
    page, an inverted or masked image, or an image that is only part of the page is
    rendered normally instead.
    """
    from PIL import Image, ImageChops, ImageStat

    rows = _image_list(job)
    if len(rows) != 1 or rows[0][0] != "image":
        return None
    with tempfile.TemporaryDirectory(prefix="minutes-", dir=_scratch_dir()) as folder:
        try:
            subprocess.run(
                ["pdfimages", *(["-j"] if rows[0][1] == "jpeg" else []), "-f", str(job.page_no),
                 "-l", str(job.page_no), job.path, os.path.join(folder, "page")],
                capture_output=True, timeout=RASTER_TIMEOUT, check=True,
            )
            [name] = os.listdir(folder)
            with Image.open(os.path.join(folder, name)) as stored:
                image = stored.convert("L")
            preview = subprocess.run(
                ["pdftoppm", "-r", str(PREVIEW_DPI), "-gray", "-f", str(job.page_no), "-l", str(job.page_no), job.path],
                capture_output=True, timeout=RASTER_TIMEOUT, check=True,
            ).stdout
            with Image.open(io.BytesIO(preview)) as rendered:
                preview = rendered.convert("L")
        except (OSError, ValueError, subprocess.SubprocessError, Image.DecompressionBombError):
            return None
    scale = PREVIEW_DPI / job.dpi
    if abs(image.width * scale - preview.width) > 1 or abs(image.height * scale - preview.height) > 1:
        return None
    difference = ImageChops.difference(image.resize(preview.size, Image.Resampling.BOX), preview)
    return image if ImageStat.Stat(difference).mean[0] <= EMBEDDED_MATCH else None


def _image_list(job: PageJob) -> list[tuple[str, str]]:
    """(type, encoding) of each image `pdfimages -list` shows on the page of `job`."""
    try:
        out = subprocess.run(["pdfimages", "-list", "-f", str(job.page_no), "-l", str(job.page_no), job.path],
                             capture_output=True, text=True, timeout=RASTER_TIMEOUT)
    except (OSError, subprocess.SubprocessError):
        return []
    rows = [line.split() for line in out.stdout.splitlines()[2:]]
    return [(row[2], row[8]) for row in rows if len(row) > 8]


def _pdftoppm(job: PageJob, **options) -> list:
    """pdftoppm on one PDF page, 300-dpi greyscale PGM (through pdf2image): in memory, or files with `options`."""
    from pdf2image import convert_from_path
    from pdf2image.exceptions import PDFPageCountError, PDFPopplerTimeoutError, PDFSyntaxError

    try:
        pages = convert_from_path(
            job.path, dpi=job.dpi, first_page=job.page_no, last_page=job.page_no, fmt="ppm",
            grayscale=True, timeout=RASTER_TIMEOUT, **options,
        )
    except (subprocess.TimeoutExpired, PDFPopplerTimeoutError) as exc:  # pdf2image raises the latter
        raise OcrError(f"pdftoppm timed out on page {job.page_no}") from exc
    except (PDFPageCountError, PDFSyntaxError) as exc:
        raise OcrError(f"pdftoppm failed on page {job.page_no}: {exc}") from exc
    if not pages:
        raise OcrError(f"pdftoppm gave no image for page {job.page_no}")
    return pages


def read_page(job: PageJob, engine: OcrEngine | ApiEngine | None = None) -> Page:
    """Rasterise and OCR one page (runs inside a worker process)."""
    engine = engine or _default_engine()
    text, confidence = engine.read_job(job)
    return Page(job.page_no, text.rstrip() + "\n" if text.strip() else "", ocr_confidence=confidence)


def read_file(path: Path, timings: dict[str, float] | None = None) -> FileResult:
    """Read every page of one file in this process, in order (a Dask task's OCR; no pool)."""
    result = FileResult(path)
    try:
        with timed(timings, "plan"):
            page_plan = plan(path)
        take_worker_timings()
        pages = dict(page_plan.ready) | {job.page_no: read_page(job) for job in page_plan.jobs}
    except Exception as exc:  # reported with the file, as the scheduler does
        result.error = exc
        return result
    finally:
        add(timings if timings is not None else {}, take_worker_timings())
    result.text_source, result.pages = page_plan.text_source, [pages[n] for n in sorted(pages)]
    if not result.pages:
        result.error, result.pages = InputError("no pages"), None
    return result


@functools.cache
def _default_engine() -> OcrEngine | ApiEngine:
    return engine_for()


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    _die_with_parent()


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the ingest process dies (even by kill -9),
    instead of leaving it idle forever; a no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _read_timed(read: Callable[[PageJob], Page], job: PageJob) -> tuple[Page, dict[str, float]]:
    """`read(job)` in a pool process, with the seconds it spent per stage."""
    take_worker_timings()
    page = read(job)
    return page, take_worker_timings()


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
        self.timings: dict[str, float] = {}  # seconds per stage, summed over pages and workers
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
                    with timed(self.timings, "plan"):  # text layers, page sizes: in this process
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
        return _Submitted(job, self._pool.submit(_read_timed, self.read, job), self._generation)

    def _replace_pool(self, broken_generation: int) -> None:
        if broken_generation == self._generation:  # not yet replaced by another page
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = cf.ProcessPoolExecutor(self.workers, initializer=_init_worker)
            self._generation += 1

    def _page(self, item: _Submitted) -> Page:
        try:
            return self._collect(item.future.result())
        except cf.process.BrokenProcessPool:
            self._replace_pool(item.generation)
        retry = self._submit(item.job)
        try:
            return self._collect(retry.future.result())
        except cf.process.BrokenProcessPool:
            self._replace_pool(retry.generation)
            raise OcrError(f"the OCR worker died on page {item.job.page_no} (killed or out of memory)") from None

    def _collect(self, result: tuple[Page, dict[str, float]]) -> Page:
        page, seconds = result
        add(self.timings, seconds)
        return page

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
