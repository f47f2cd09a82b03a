"""Ingest: files → Document → ocr → repair → segment → extract → themes → store.

The whole run reads top to bottom here. Each stage is one function of its own
module; only `ocr` (reading files) and `store` (writing DuckDB) do I/O.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, ocr, privacy, repair, segment, store, themes
from .document import Document, Page
from .errors import UsageError
from .extract import extract

# Folders under an input tree that hold material about inputs, not inputs.
SKIP_DIRS = {"source", "gold", "truth", ".git", "__pycache__"}


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

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
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def process(doc: Document, pages: list[Page], keep_personnummer: bool = False) -> Document:
    """The pure part of the pipeline: raw pages in, a fully read Document out.

    Personnummer are masked right after repair, in each page's `text` and `raw_text`
    alike, so no stored column (pages, sections, decisions …) holds them, unless
    `keep_personnummer` is set. Masking keeps lengths, so offsets stay valid.
    """
    doc.pages, doc.repairs = repair.repair_pages(pages)
    if not keep_personnummer:
        doc.pages, doc.repairs, _ = privacy.mask_pages(doc.pages, doc.repairs)
    doc.sections = segment.segment(doc)
    doc = extract(doc)
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
) -> IngestReport:
    """Ingest every supported file under `paths` into the store at `db`.

    `progress(done_pages, planned_pages)` is called as pages finish. Personnummer
    are masked in all stored text unless `keep_personnummer` (see `process`).
    """
    inputs = find_inputs(paths)
    report = IngestReport()
    con = store.connect(db)
    counter = _PageCounter(progress)
    try:
        hashes: dict[Path, str] = {}
        to_read = _new_files(con, inputs, force, report, hashes)
        scheduler = scheduler or ocr.OcrScheduler(workers)
        for result in scheduler.run(to_read, on_planned=counter.planned, on_page=counter.page):
            doc_id = hashes[result.path]
            source = str(result.path)
            if result.error is not None:
                _fail(con, report, source, doc_id, result.error)
                continue
            try:
                doc = Document(doc_id, source, result.path.name, text_source=result.text_source)
                doc = process(doc, result.pages, keep_personnummer=keep_personnummer)
                if municipality:
                    doc.municipality = municipality
                doc.pipeline_version, doc.ingested_at = __version__, dt.datetime.now().replace(microsecond=0)
                store.write_document(con, doc)
            except Exception as exc:  # a bug on one document is recorded, the batch goes on
                _fail(con, report, source, doc_id, exc)
                continue
            store.log(con, source, doc_id, "ingested")
            report.ingested.append(source)
    finally:
        con.close()
    return report


def _new_files(con, inputs: list[Path], force: bool, report: IngestReport, hashes: dict) -> Iterator[Path]:
    """Yield the files to read; log unchanged ones as skipped and unreadable ones as failed."""
    for path in inputs:
        try:
            doc_id = file_sha256(path)
        except OSError as exc:
            _fail(con, report, str(path), None, exc)
            continue
        if not force and store.has_document(con, doc_id):
            store.log(con, str(path), doc_id, "skipped")
            report.skipped.append(str(path))
            continue
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
