"""Ingest: files → Document → ocr → repair → segment → extract → themes → store.

The whole run reads top to bottom here. Each stage is one function of its own
module; only `ocr` (reading files) and `store` (writing DuckDB) do I/O.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, ocr, privacy, repair, search, segment, store, themes
from .document import Document, Page
from .errors import InputError, UsageError
from .extract import extract
from .timing import add, timed

# Folders under an input tree that hold material about inputs, not inputs.
SKIP_DIRS = {"source", "gold", "truth", ".git", "__pycache__"}
SKIP_BATCH = 500  # files hashed, looked up and logged together when checking for unchanged ones


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (OCR workers' summed)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def find_inputs(paths: Iterable[Path]) -> list[Path]:
    """Supported files under `paths` (files or folders, recursive), sorted, each once."""
    found: dict[str, Path] = {}
    for path in paths:
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}")
        if path.is_file():
            found.setdefault(_identity(path), path)
            continue
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            for name in sorted(files):
                candidate = Path(root) / name
                if candidate.suffix.lower() in ocr.SUPPORTED_SUFFIXES and name.lower() != "readme.txt":
                    found.setdefault(_identity(candidate), candidate)
    return list(found.values())


def _identity(path: Path) -> str:
    """The real path of `path`; for a symlink loop its absolute path (reading it then fails alone)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # Python 3.11/3.12 raise RuntimeError on a symlink loop
        return os.path.abspath(path)


def file_sha256(path: Path) -> str:
    """SHA-256 of the file's bytes; a pipe, socket or device is refused (reading it could block forever)."""
    digest = hashlib.sha256()
    with open(path, "rb", opener=_open_regular) as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _open_regular(path: str, flags: int) -> int:
    fd = os.open(path, flags | os.O_NONBLOCK)  # a FIFO opens at once instead of waiting for a writer
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError("not a regular file (a pipe, socket or device)")
    return fd


def process(
    doc: Document, pages: list[Page], keep_personnummer: bool = False, timings: dict[str, float] | None = None
) -> Document:
    """The pure part of the pipeline: raw pages in, a fully read Document out.

    Personnummer are masked right after repair, in each page's `text` and `raw_text`
    alike, so no stored column (pages, sections, decisions …) holds them, unless
    `keep_personnummer` is set. Masking keeps lengths, so offsets stay valid.
    """
    with timed(timings, "repair"):
        doc.pages, doc.repairs = repair.repair_pages(pages)
        if not keep_personnummer:
            doc.pages, doc.repairs, _ = privacy.mask_pages(doc.pages, doc.repairs)
    with timed(timings, "segment"):
        doc.sections = segment.segment(doc)
    with timed(timings, "extract"):
        doc = extract(doc)
    with timed(timings, "themes"):
        return themes.label(doc)


def ingest(
    paths: Iterable[Path],
    db: Path,
    workers: int | None = None,
    force: bool = False,
    municipality: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    scheduler: ocr.OcrScheduler | None = None,
    keep_personnummer: bool = False,
    dask_scheduler: str | None = None,
) -> IngestReport:
    """Ingest every supported file under `paths` into the store at `db`.

    `progress(done_pages, planned_pages)` is called as pages finish. Personnummer
    are masked in all stored text unless `keep_personnummer` (see `process`).
    With `dask_scheduler` (an address), each document is read and processed on that
    Dask cluster (`distributed.read_documents`) and this process only writes the store.
    """
    inputs = find_inputs(paths)
    report = IngestReport()
    con = store.connect(db)
    counter = _PageCounter(progress)
    try:
        hashes: dict[Path, str] = {}
        to_read = _new_files(con, inputs, force, report, hashes)
        if dask_scheduler:
            from . import distributed

            for path, outcome in distributed.read_documents(
                to_read, hashes, dask_scheduler, keep_personnummer, counter, report.timings
            ):
                _write(con, report, path, hashes[path], outcome, municipality)
            _refresh_search(con, report)
            return report
        scheduler = scheduler or ocr.OcrScheduler(workers)
        for result in scheduler.run(to_read, on_planned=counter.planned, on_page=counter.page):
            doc_id = hashes[result.path]
            source = str(result.path)
            if result.error is not None:
                _fail(con, report, source, doc_id, result.error)
                continue
            try:
                doc = Document(doc_id, source, result.path.name, text_source=result.text_source)
                doc = process(doc, result.pages, keep_personnummer=keep_personnummer, timings=report.timings)
            except Exception as exc:  # a bug on one document is recorded, the batch goes on
                _fail(con, report, source, doc_id, exc)
                continue
            _write(con, report, result.path, doc_id, doc, municipality)
        add(report.timings, scheduler.timings)
        _refresh_search(con, report)
    finally:
        con.close()
    return report


def reextract(
    db: Path,
    municipality: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    keep_personnummer: bool = False,
) -> IngestReport:
    """Read every stored document again from its stored page text, without OCR: repair, segment,
    extract and themes as this version does them (after an upgrade, `ingest` skips unchanged files).

    Each document is replaced in its own transaction; one that fails keeps its old rows and is
    logged. Where the document came from and how its text was got are kept.
    """
    if not Path(db).exists():
        raise UsageError(f"no store at {db}; ingest something first")
    con = store.connect(db)
    report = IngestReport()
    try:
        stored = con.execute(
            "SELECT doc_id, source_path, file_name, text_source FROM documents ORDER BY file_name, doc_id"
        ).fetchall()
        for done, (doc_id, source, name, text_source) in enumerate(stored):
            try:
                doc = process(
                    Document(doc_id, source, name, text_source=text_source), _stored_pages(con, doc_id),
                    keep_personnummer=keep_personnummer, timings=report.timings,
                )
            except Exception as exc:  # a bug on one document is recorded, the others go on
                _fail(con, report, source, doc_id, exc)
            else:
                _write(con, report, Path(source), doc_id, doc, municipality, status="reextracted")
            if progress:
                progress(done + 1, len(stored))
        _refresh_search(con, report)
    finally:
        con.close()
    return report


def _stored_pages(con, doc_id: str) -> list[Page]:
    rows = con.execute(
        "SELECT page_no, raw_text, ocr_confidence FROM pages WHERE doc_id = ? ORDER BY page_no", [doc_id]
    ).fetchall()
    return [Page(page_no, raw, raw, confidence) for page_no, raw, confidence in rows]


def _write(
    con, report: IngestReport, path: Path, doc_id: str, outcome: Document | Exception, municipality,
    status: str = "ingested",
) -> None:
    """Store one read document (or record why it failed) and log it."""
    source = str(path)
    if isinstance(outcome, Exception):
        _fail(con, report, source, doc_id, outcome)
        return
    doc = stamp(outcome, source, municipality)
    try:
        with timed(report.timings, "store"):
            store.write_document(con, doc)
    except Exception as exc:  # a bug on one document is recorded, the batch goes on
        _fail(con, report, source, doc_id, exc)
        return
    store.log(con, source, doc_id, status)
    report.ingested.append(source)


def stamp(doc: Document, source: str, municipality: str | None) -> Document:
    """Set what a stored document records about its ingest: where it came from, the
    municipality given on the command line (over the extracted one), version and time."""
    doc.source_path, doc.file_name = source, Path(source).name
    if municipality:
        doc.municipality = municipality
    doc.pipeline_version, doc.ingested_at = __version__, dt.datetime.now().replace(microsecond=0)
    return doc


def _refresh_search(con, report: IngestReport) -> None:
    with timed(report.timings, "store"):
        if report.ingested or not search.is_fresh(con):
            search.refresh(con)  # once per run: DuckDB's fts index is not updated on insert


def _new_files(con, inputs: list[Path], force: bool, report: IngestReport, hashes: dict) -> Iterator[Path]:
    """Yield the files to read; log unchanged ones as skipped and unreadable ones as failed.

    Files go in batches of SKIP_BATCH: hashed, looked up in the store with one query, and
    the unchanged ones logged in one transaction, so re-reading an unchanged corpus costs
    little more than hashing it.
    """
    for start in range(0, len(inputs), SKIP_BATCH):
        batch: dict[Path, str] = {}
        for path in inputs[start:start + SKIP_BATCH]:
            try:
                batch[path] = file_sha256(path)
            except (OSError, InputError) as exc:
                _fail(con, report, str(path), None, exc)
        known = set() if force else store.known_documents(con, batch.values())
        skipped = [(str(path), doc_id) for path, doc_id in batch.items() if doc_id in known]
        store.log_many(con, [(source, doc_id, "skipped", None) for source, doc_id in skipped])
        report.skipped += [source for source, _ in skipped]
        for path, doc_id in batch.items():
            if doc_id not in known:
                hashes[path] = doc_id
                yield path


def _fail(con, report: IngestReport, source: str, doc_id: str | None, exc: BaseException) -> None:
    message = one_line(exc)
    store.log(con, source, doc_id, "failed", message)
    report.failed.append((source, message))


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else 'no message'}"[:300]


class _PageCounter:
    def __init__(self, progress: Callable[[int, int], None] | None):
        self.progress, self.done, self.total = progress, 0, 0

    def planned(self, n: int) -> None:
        self.total += n
        if self.progress:
            self.progress(self.done, self.total)

    def page(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)
