"""`make bench`: minutes ingest next to the plain tesseract CLI, on the same pages, in one run.

Measured side by side, printed as ratios:
- wall time of `minutes ingest --force` on the scanned samples (rasterise + OCR +
  repair + segment + extract + store), and of plain `tesseract IMAGE out -l swe`
  run page by page on the same page images, with the same number of parallel
  processes (the images are rasterised beforehand and that time is not counted
  for tesseract, which favours the baseline);
- the share of ingest time spent outside OCR (repair, segment, extract, store);
- re-ingest of the unchanged files (all skipped);
- repair throughput on plain text, MB/s on one core.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import ocr, repair, run  # noqa: E402
from pipeline.document import Document, Page  # noqa: E402

MINUTES = str(Path(sys.executable).parent / "minutes")


def scanned_inputs(folder: Path) -> list[tuple[Path, list[ocr.PageJob]]]:
    """Sample files that need OCR, with their page jobs."""
    found = []
    for path in run.find_inputs([folder]):
        jobs = ocr.plan(path).jobs
        if jobs:
            found.append((path, jobs))
    return found


def rasterise_all(jobs: list[ocr.PageJob], folder: Path) -> list[str]:
    images = []
    for i, job in enumerate(jobs):
        sub = folder / f"{i:03d}"
        sub.mkdir()
        images.append(ocr.rasterise(job, str(sub)))
    return images


def time_tesseract(images: list[str], workers: int, out: Path) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(i_image):
        i, image = i_image
        subprocess.run(["tesseract", image, str(out / f"p{i}"), "-l", "swe"], env=env, check=True,
                       capture_output=True)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, enumerate(images)))
    return time.perf_counter() - start


def time_ingest(files: list[Path], db: Path, workers: int, force: bool = True) -> float:
    cmd = [MINUTES, "ingest", *map(str, files), "--db", str(db), "--workers", str(workers), "--quiet"]
    if force:
        cmd.append("--force")
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def time_non_ocr(db: Path) -> float:
    """Seconds the pure stages (repair → themes) take on the stored raw pages."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT doc_id, page_no, raw_text FROM pages ORDER BY doc_id, page_no").fetchall()
    con.close()
    by_doc: dict[str, list[Page]] = {}
    for doc_id, page_no, raw in rows:
        by_doc.setdefault(doc_id, []).append(Page(page_no, raw))
    run.process(Document("warm-up", "", ""), [Page(1, "Protokoll § 1 Beslut")])  # load models once
    start = time.perf_counter()
    for doc_id, pages in by_doc.items():
        run.process(Document(doc_id, "", ""), pages)
    return time.perf_counter() - start


def repair_throughput(folder: Path, target_bytes: int = 2_000_000) -> float:
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in sorted((folder / "truth").glob("*.txt")))
    text = corpus * max(1, target_bytes // len(corpus.encode()))
    start = time.perf_counter()
    repair.repair_text(text)
    return len(text.encode()) / (time.perf_counter() - start) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the median is shown")
    args = parser.parse_args()

    inputs = scanned_inputs(args.samples)
    files = [path for path, _ in inputs]
    jobs = [job for _, file_jobs in inputs for job in file_jobs]
    print(f"scanned samples: {len(files)} files, {len(jobs)} pages, {args.workers} workers")
    with tempfile.TemporaryDirectory(prefix="minutes-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "img").mkdir()
        (tmp / "out").mkdir()
        images = rasterise_all(jobs, tmp / "img")
        db = tmp / "bench.duckdb"
        ingest_times, tess_times = [], []
        for _ in range(args.repeat):
            tess_times.append(time_tesseract(images, args.workers, tmp / "out"))
            ingest_times.append(time_ingest(files, db, args.workers))
        reingest = time_ingest(files, db, args.workers, force=False)
        non_ocr = time_non_ocr(db)
        throughput = repair_throughput(args.samples)
        shutil.rmtree(tmp / "img")

    ingest_s, tess_s = statistics.median(ingest_times), statistics.median(tess_times)
    rows = [
        ("plain tesseract CLI, page by page (pre-rasterised)", f"{tess_s:8.2f} s", f"{tess_s / len(jobs):6.2f} s/page"),
        ("minutes ingest (rasterise + OCR + all stages + store)", f"{ingest_s:8.2f} s", f"{ingest_s / len(jobs):6.2f} s/page"),
        ("ratio minutes / tesseract", f"{ingest_s / tess_s:8.2f} x", ""),
        ("non-OCR stages (repair..store) share of ingest", f"{non_ocr:8.2f} s", f"{100 * non_ocr / ingest_s:5.1f} %"),
        ("re-ingest unchanged files (all skipped)", f"{reingest:8.2f} s", ""),
        ("repair throughput on plain text, one core", f"{throughput:8.2f} MB/s", ""),
    ]
    width = max(len(r[0]) for r in rows)
    for label, value, extra in rows:
        print(f"{label:<{width}}  {value}  {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
