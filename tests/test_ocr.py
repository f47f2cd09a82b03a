"""OCR stage: real tesseract on real page images, text layers, file kinds, the scheduler."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageStat

from pipeline import ocr
from pipeline.document import Page
from pipeline.errors import InputError, OcrError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LINES = [
    "Barn- och utbildningsnämnden",
    "Nämnden beslutar att godkänna förslaget",
    "till budget för förskolan i Skövde.",
]


def render_page(path: Path, lines: list[str] = LINES, frames: int = 1) -> Path:
    """A clean 300-dpi page image with `lines` of Swedish text, as PNG or multi-page TIFF."""
    font = ImageFont.truetype(FONT, 48)
    pages = []
    for i in range(frames):
        img = Image.new("L", (2480, 900), 255)
        draw = ImageDraw.Draw(img)
        for n, line in enumerate(lines):
            draw.text((200, 150 + n * 120), line if i == 0 else f"Sida {i + 1}. {line}", font=font, fill=0)
        pages.append(img)
    pages[0].save(path, save_all=frames > 1, append_images=pages[1:], dpi=(300, 300))
    return path


@pytest.fixture
def page_png(tmp_path) -> Path:
    return render_page(tmp_path / "page.png")


@pytest.mark.parametrize("engine", [ocr.ApiEngine(), ocr.OcrEngine()], ids=["api", "cli"])
def test_tesseract_reads_swedish_letters(page_png, engine):
    page = ocr.read_page(ocr.PageJob(str(page_png), 1, "image"), engine)
    words = page.raw_text.split()
    for expected in ("utbildningsnämnden", "Nämnden", "godkänna", "förslaget", "förskolan", "Skövde."):
        assert expected in words
    assert page.ocr_confidence is not None and 80 <= page.ocr_confidence <= 100


def test_engine_is_chosen_by_name_or_environment(monkeypatch):
    assert isinstance(ocr.engine_for("cli"), ocr.OcrEngine)
    assert isinstance(ocr.engine_for("api"), ocr.ApiEngine)
    monkeypatch.setenv("MINUTES_OCR_ENGINE", "cli")
    assert isinstance(ocr.engine_for(), ocr.OcrEngine)
    with pytest.raises(OcrError, match="unknown OCR engine"):
        ocr.engine_for("abbyy")


def test_api_engine_finds_the_system_language_data():
    folder = Path(ocr.tessdata_dir())
    assert (folder / f"{ocr.LANGUAGE}.traineddata").exists()


def test_page_image_is_rasterised_in_memory_at_the_planned_dpi():
    job = ocr.plan(SAMPLES / "ks_protokollsutdrag.pdf").jobs[0]
    image, dpi = ocr.load_image(job)
    assert image.mode == "L" and dpi == job.dpi == 300
    assert image.size == (2480, 3508)  # A4 at 300 dpi


def test_a_scanned_page_is_its_stored_image_not_a_rendering():
    job = ocr.plan(SAMPLES / "bun_protokoll.pdf").jobs[1]
    stored = ocr.embedded_image(job)
    rendered = ocr._pdftoppm(job)[0]
    assert stored is not None and stored.mode == "L" and stored.size == rendered.size
    assert ImageStat.Stat(ImageChops.difference(stored, rendered)).mean[0] < 8  # the same page


def scan_pdf(path: Path, rotate: int = 0, image_inches: float | None = None) -> Path:
    """A one-page PDF holding a 300-ppi page image: the whole A4 page, or a small picture on it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    png = render_page(path.with_suffix(".png"))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    with Image.open(png) as img:
        width_in = image_inches or img.width / 300
        height_in = width_in * img.height / img.width
        pdf.drawImage(ImageReader(img.copy()), 0, A4[1] - height_in * 72, width_in * 72, height_in * 72)
    pdf.showPage()
    pdf.save()
    if rotate:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        for page in PdfReader(path).pages:
            writer.add_page(page.rotate(rotate))
        with open(path, "wb") as fh:
            writer.write(fh)
    return path


@pytest.mark.parametrize(("rotate", "inches"), [(90, None), (0, 3.0)], ids=["rotated-page", "picture-on-page"])
def test_a_page_that_is_not_just_its_image_is_rendered(tmp_path, rotate, inches):
    path = scan_pdf(tmp_path / "scan.pdf", rotate=rotate, image_inches=inches)
    job = ocr.PageJob(str(path), 1, "pdf")
    assert ocr.embedded_image(job) is None
    image, dpi = ocr.load_image(job)
    width, height = ocr._pdftoppm(job)[0].size
    assert dpi == 300 and image.size == (width, height)
    assert (width > height) == bool(rotate)


def test_image_resolution_comes_from_its_header_when_sane():
    assert ocr._image_dpi({"dpi": (299.9994, 299.9994)}) == 300
    assert ocr._image_dpi({"dpi": (1, 1)}) is None  # tesseract then estimates it
    assert ocr._image_dpi({}) is None


def test_read_file_reads_every_page_in_order_in_this_process(tmp_path):
    tiff = render_page(tmp_path / "doc.tif", frames=2)
    timings: dict[str, float] = {}
    result = ocr.read_file(tiff, timings)
    assert result.error is None and result.text_source == "ocr"
    assert [p.page_no for p in result.pages] == [1, 2]
    assert "Sida 2." in result.pages[1].raw_text
    assert timings["ocr"] > 0 and timings["rasterise"] > 0


def test_scheduler_brings_back_the_workers_stage_seconds(page_png):
    scheduler = ocr.OcrScheduler(workers=1)
    [result] = list(scheduler.run([page_png]))
    assert "förskolan" in result.pages[0].raw_text
    assert scheduler.timings["ocr"] > scheduler.timings["rasterise"] > 0
    assert "plan" in scheduler.timings


@pytest.mark.slow
def test_scanned_sample_page_is_read():
    page = ocr.read_page(ocr.PageJob(str(SAMPLES / "ks_protokollsutdrag.pdf"), 1, "pdf"))
    assert "Kommunstyrelsen" in page.raw_text
    assert page.ocr_confidence > 70


@pytest.mark.slow
def test_label_value_grid_is_read_row_by_row():
    """kf_protokoll page 1 opens with a grid of labels and values above signature rules.

    Debian's tesseract 5.3 reads it row by row, as its reference text has it ("Plats och tid"
    + place); tesseract 5.5 (tesserocr's wheel, the former engine) read it column by column,
    all labels then all values: 23 % CER on the page instead of 3 %.
    """
    page = ocr.read_page(ocr.PageJob(str(SAMPLES / "kf_protokoll.pdf"), 1, "pdf"), ocr.ApiEngine())
    rows = [" ".join(line.split()) for line in page.raw_text.splitlines()]
    assert any(row.startswith("Plats och tid Folkets hus, stora salen") for row in rows)
    assert any(row.startswith("Paragrafer") and "112-116" in row for row in rows)


@pytest.mark.slow
def test_both_engines_read_a_page_alike():
    """One library (the CLI's), the same pixels and the same resolution: the same text.

    The CLI gets the resolution with `--dpi`: the PGM file it reads carries none, and a guessed
    one (~410 dpi here) changes the page's layout and text.
    """
    job = ocr.PageJob(str(SAMPLES / "kallelse.png"), 1, "image")
    assert ocr.image_dpi(job) == 300
    api_text, _ = ocr.ApiEngine().read_job(job)
    cli_text, _ = ocr.OcrEngine().read_job(job)
    assert "KALLELSE" in api_text and api_text == cli_text


def test_api_engine_runs_the_library_of_the_tesseract_cli():
    import subprocess

    cli = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split()[1]
    assert ocr.libtesseract().TessVersion().decode() == cli


def test_born_digital_pdf_uses_text_layer():
    plan = ocr.plan(SAMPLES / "digital_protokoll.pdf")
    assert plan.text_source == "text-layer"
    assert plan.jobs == []
    assert plan.page_count == 2
    assert "BESLUTANDE" in plan.ready[1].raw_text.upper()


def test_scanned_pdf_needs_ocr_for_every_page():
    plan = ocr.plan(SAMPLES / "bun_protokoll.pdf")
    assert plan.text_source == "ocr"
    assert [job.page_no for job in plan.jobs] == [1, 2, 3]


def test_multipage_tiff_gives_one_job_per_frame(tmp_path):
    tiff = render_page(tmp_path / "doc.tif", frames=3)
    assert [job.page_no for job in ocr.plan(tiff).jobs] == [1, 2, 3]
    image = ocr.rasterise(ocr.PageJob(str(tiff), 2, "image"), str(tmp_path))
    with Image.open(image) as img:
        assert img.mode == "L" and img.size == (2480, 900)


def test_text_file_pages_split_on_form_feed_and_cp1252_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Första sidan\fAndra sidan, förvaltningen".encode("cp1252"))
    plan = ocr.plan(path)
    assert plan.text_source == "text"
    assert [p.raw_text for p in plan.ready.values()] == ["Första sidan", "Andra sidan, förvaltningen"]


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.pdf", "empty file"),
        (b"hello, I am text", "fake.pdf", "not a PDF"),
        (b"%PDF-1.4\n garbage without objects", "broken.pdf", "PDF"),
        (b"\x89PNG\r\n\x1a\n truncated", "broken.png", "image"),
    ],
)
def test_bad_files_raise_one_line_input_errors(tmp_path, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        ocr.plan(path)
    assert "\n" not in str(info.value)


# Fault injection: module-level fakes so the process pool can pickle them.
def fake_read(job: ocr.PageJob) -> Page:
    if "crash" in Path(job.path).name and job.page_no == 2:
        raise OcrError("engine crashed")
    if "die" in Path(job.path).name:
        os._exit(9)  # the worker process dies, as if killed
    return Page(job.page_no, f"{Path(job.path).stem} page {job.page_no}\n", ocr_confidence=90.0)


def test_scheduler_keeps_file_order_and_isolates_a_crashing_engine(tmp_path):
    files = [render_page(tmp_path / f"{name}.tif", frames=3) for name in ("a", "crash", "c")]
    results = list(ocr.OcrScheduler(workers=2, read=fake_read).run(files))
    assert [r.path.name for r in results] == ["a.tif", "crash.tif", "c.tif"]
    assert [p.page_no for p in results[0].pages] == [1, 2, 3]
    assert results[1].pages is None and "engine crashed" in str(results[1].error)
    assert results[2].pages[2].raw_text == "c page 3\n"


def test_scheduler_reports_a_killed_worker_as_a_failed_file(tmp_path):
    files = [render_page(tmp_path / "die.png")]
    results = list(ocr.OcrScheduler(workers=1, read=fake_read).run(files))
    assert "worker died" in str(results[0].error) and results[0].pages is None


def test_a_killed_worker_fails_only_its_file(tmp_path):
    files = [render_page(tmp_path / f"{name}.tif", frames=2) for name in ("a", "die", "c", "d")]
    results = list(ocr.OcrScheduler(workers=2, read=fake_read).run(files))
    assert [r.path.name for r in results] == ["a.tif", "die.tif", "c.tif", "d.tif"]
    assert "worker died" in str(results[1].error)
    for good in (results[0], results[2], results[3]):
        assert good.error is None and [p.page_no for p in good.pages] == [1, 2]


def test_the_in_process_engine_keeps_tesseracts_notes_off_the_terminal():
    """Page 2 of soc_protokoll makes tesseract note "Detected 35 diacritics" on stderr; in this
    process that would cut through the progress bar, so the library's notes go nowhere."""
    import subprocess
    import sys

    script = (
        "import sys; from pathlib import Path; from pipeline import ocr\n"
        f"job = ocr.plan(Path({str(SAMPLES / 'soc_protokoll.pdf')!r})).jobs[1]\n"
        "page = ocr.read_page(job, ocr.ApiEngine()); print(len(page.raw_text))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parent.parent, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 500
    assert done.stderr == ""
