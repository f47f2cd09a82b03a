"""`make bench`: minutes ingest next to OCRmyPDF and plain tesseract, on the same scanned pages, in one run.

Measured side by side and printed with ratios:
- wall time and character error rate (against samples/truth) of
  * `minutes ingest --force` on the scanned files (rasterise + OCR + repair + segment
    + extract + themes + store), with N workers and with 1 (scaling);
  * `ocrmypdf -l swe --sidecar -j N` on the same pages as one PDF (its best case: one
    pool over every page), from the separate `.venv-bench` that `make bench` installs;
  * plain `tesseract IMAGE out -l swe` page by page in N processes on the same pages,
    rasterised beforehand (that time is not counted, which favours it);
- seconds per stage of the ingest (`minutes ingest --timings`: rasterise and OCR are
  the workers' summed seconds, the other stages run in the main process), wall and CPU,
  and the share of the non-OCR stages: of CPU time (the target: with every core busy
  with OCR, a main-process stage's wall time also counts its waits for a core) and of
  wall time;
- peak memory of the ingest (main process and workers together, sampled);
- re-ingest of an unchanged corpus of 1 000 small documents (all skipped);
- repair throughput on plain text, MB/s on one core.

The corpus is the sample files with pages to OCR (images become one-image PDFs for
OCRmyPDF, pixel for pixel): whole files chosen by a fixed shuffle up to --max-pages
(60, about 20 minutes on 2 cores; 0 takes every one); when that is fewer than
--min-pages pages, copies with a different trailing comment (so a different SHA-256)
are added.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import evaluate, ocr, repair, run  # noqa: E402

MINUTES = str(Path(sys.executable).parent / "minutes")
OCRMYPDF = ROOT / ".venv-bench" / "bin" / "ocrmypdf"
ENV = dict(os.environ, OMP_THREAD_LIMIT="1")
NON_OCR = ("plan", "repair", "segment", "extract", "themes", "store")


@dataclass
class BenchFile:
    path: Path  # a PDF in the bench folder
    truth: list[str]  # reference text per page
    jobs: list[ocr.PageJob] = field(default_factory=list)


# ---------------------------------------------------------------- corpus


def build_corpus(samples: Path, folder: Path, min_pages: int, max_pages: int = 0) -> list[BenchFile]:
    """Every scanned sample as a PDF under `folder`, copied until there are `min_pages` pages.

    With `max_pages`, a fixed pseudo-random choice of whole files that stops before the pages
    would pass it, so every family of layout is likely to be in a short run too."""
    originals = []
    for source in _chosen(run.find_inputs([samples]), max_pages):
        page_plan = ocr.plan(source)
        truth_file = samples / "truth" / f"{source.stem}.txt"
        if page_plan.ready or not page_plan.jobs or not truth_file.exists():
            continue  # born-digital, text, or no reference text
        target = folder / f"{source.stem}.pdf"
        if page_plan.jobs[0].kind == "pdf":
            shutil.copyfile(source, target)
        else:
            _image_to_pdf(source, target)
        originals.append(BenchFile(target, truth_file.read_text(encoding="utf-8").split("\f")))
    files = list(originals)
    copy = 1
    while originals and sum(len(f.truth) for f in files) < min_pages:
        for original in originals:
            twin = folder / f"{original.path.stem}__copy{copy}.pdf"
            twin.write_bytes(original.path.read_bytes() + f"\n% bench copy {copy}\n".encode())
            files.append(BenchFile(twin, original.truth))
        copy += 1
    for bench_file in files:
        bench_file.jobs = ocr.plan(bench_file.path).jobs
    return files


def _chosen(sources: list[Path], max_pages: int) -> list[Path]:
    """All scanned sources, or a seeded shuffle of them cut where the pages would pass `max_pages`."""
    if not max_pages:
        return sources
    shuffled = sorted(sources)
    random.Random(0).shuffle(shuffled)
    chosen, pages = [], 0
    for source in shuffled:
        page_plan = ocr.plan(source)
        if page_plan.ready or not page_plan.jobs:
            continue
        if pages + len(page_plan.jobs) > max_pages:
            continue
        chosen.append(source)
        pages += len(page_plan.jobs)
    return sorted(chosen)


def _image_to_pdf(source: Path, target: Path) -> None:
    from PIL import Image

    with Image.open(source) as img:
        dpi = round(float(img.info.get("dpi", (300, 300))[0]))
        frames = []
        for n in range(getattr(img, "n_frames", 1)):
            img.seek(n)
            frames.append(img.copy())
    frames[0].save(target, save_all=True, append_images=frames[1:], resolution=dpi)


# ---------------------------------------------------------------- runs


class PeakMemory:
    """Largest memory of a process and its children together, sampled every 50 ms.

    Proportional set size (PSS): a page shared by forked workers counts once in the sum,
    where RSS would count it in every process.
    """

    def __init__(self, pid: int):
        import psutil

        self.process, self.peak, self._stop = psutil.Process(pid), 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                total = 0
                for proc in tree:
                    try:
                        total += proc.memory_full_info().pss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def timed_run(cmd: list[str], timeout: int = 3600, env: dict | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak memory (bytes) and stderr of `cmd`; fails loudly on an exit code above 1."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env or ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(proc.pid)
    _, err = proc.communicate(timeout=timeout)
    wall = time.perf_counter() - start
    peak = memory.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: {cmd[0]} exited {proc.returncode}: {err.strip()[-500:]}")
    return wall, peak, err


def run_tesseract(images: list[tuple[str, int | None]], workers: int, out: Path) -> tuple[float, list[str]]:
    """Plain `tesseract IMAGE out -l swe --dpi D` per page; the resolution given, as the PGM files carry none."""
    def one(i_image):
        i, (image, dpi) = i_image
        resolution = ["--dpi", str(dpi)] if dpi else []
        subprocess.run(["tesseract", image, str(out / f"p{i}"), "-l", ocr.LANGUAGE, *resolution], env=ENV,
                       check=True, capture_output=True)
        return (out / f"p{i}.txt").read_text(encoding="utf-8")

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        texts = list(pool.map(one, enumerate(images)))
    return time.perf_counter() - start, texts


def run_ocrmypdf(files: list[BenchFile], workers: int, tmp: Path) -> tuple[float, list[str]] | None:
    if not OCRMYPDF.exists():
        return None
    merged = tmp / "all-pages.pdf"
    if len(files) > 1:
        subprocess.run(["pdfunite", *[str(f.path) for f in files], str(merged)], check=True, capture_output=True)
    else:
        shutil.copyfile(files[0].path, merged)
    sidecar = tmp / "ocrmypdf.txt"
    wall, _, _ = timed_run([str(OCRMYPDF), "-q", "-l", ocr.LANGUAGE, "--sidecar", str(sidecar), "-j", str(workers),
                            str(merged), str(tmp / "ocrmypdf-out.pdf")])
    return wall, sidecar.read_text(encoding="utf-8").split("\f")


def run_ingest(files: list[BenchFile], db: Path, workers: int, engine: str = "") -> tuple[float, int, dict]:
    cmd = [MINUTES, "ingest", *[str(f.path) for f in files], "--db", str(db), "--workers", str(workers),
           "--quiet", "--force", "--timings"]
    wall, peak, err = timed_run(cmd, env=dict(ENV, MINUTES_OCR_ENGINE=engine) if engine else None)
    return wall, peak, parse_timings(err)


def parse_timings(stderr: str) -> dict[str, float]:
    """The stage seconds of `minutes ingest --timings`: wall ('timings: ocr 41.20 s, …') and CPU ('cpu: …', keys 'cpu:ocr')."""
    found = {}
    for prefix, key in (("timings:", ""), ("cpu:", "cpu:")):
        line = next((line for line in stderr.splitlines() if line.startswith(prefix)), prefix)
        for part in line.removeprefix(prefix).split(","):
            if part.strip():
                stage, seconds, _ = part.strip().rsplit(maxsplit=2)
                found[key + stage] = float(seconds)
    return found


def stored_pages(db: Path, files: list[BenchFile]) -> tuple[list[str], list[str]]:
    """Raw (OCR) and repaired text of every bench page, in corpus order."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    raw, text = [], []
    try:
        for bench_file in files:
            rows = con.execute(
                "SELECT p.raw_text, p.text FROM pages p JOIN documents d USING (doc_id) "
                "WHERE d.source_path = ? ORDER BY p.page_no", [str(bench_file.path)]).fetchall()
            rows += [("", "")] * (len(bench_file.truth) - len(rows))
            raw += [r for r, _ in rows[:len(bench_file.truth)]]
            text += [t for _, t in rows[:len(bench_file.truth)]]
    finally:
        con.close()
    return raw, text


def cer(pages: list[str], truth: list[str]) -> float:
    return evaluate.page_errors(pages, truth).rate or 0.0


def quality(pages: list[str], truth: list[str]) -> str:
    """CER and order-free word error rate: a label/value grid read column by column costs CER, not the latter."""
    wer = evaluate.page_errors(pages, truth, evaluate.unordered_word_errors).rate or 0.0
    return f"CER {100 * cer(pages, truth):5.2f} %, order-free WER {100 * wer:5.2f} %"


def reingest_unchanged(folder: Path, count: int) -> tuple[float, float]:
    """Seconds of the first ingest and of a second one of `count` small unchanged text documents."""
    docs = folder / "docs"
    docs.mkdir()
    for n in range(1, count + 1):
        (docs / f"protokoll_{n:04d}.txt").write_text(
            f"PROTOKOLL\nBarn- och utbildningsnämnden\nSammanträdesdatum 2020-{1 + n % 12:02d}-{1 + n % 28:02d}\n"
            f"§ {n} Ärende {n}\nNämnden beslutar att godkänna förslaget om budget för förskolan.\n",
            encoding="utf-8")
    db = folder / "reingest.duckdb"
    cmd = [MINUTES, "ingest", str(docs), "--db", str(db), "--quiet"]
    first, _, _ = timed_run(cmd)
    second, _, err = timed_run(cmd)
    if f"{count} unchanged" not in err:
        raise SystemExit(f"bench: the re-ingest did not skip all {count} documents: {err.strip()}")
    return first, second


def long_pdf(files: list[BenchFile], pages: int, folder: Path) -> Path:
    """One PDF of at least `pages` pages, the corpus's pages over and over (pdfunite)."""
    parts, count = [], 0
    while count < pages:
        for bench_file in files:
            parts.append(str(bench_file.path))
            count += len(bench_file.jobs)
            if count >= pages:
                break
    target = folder / f"long_{count}_pages.pdf"
    subprocess.run(["pdfunite", *parts, str(target)], check=True, capture_output=True)
    return target


def model_loading() -> float:
    """Seconds the first document costs beyond a warm one: loading the lexicon, spaCy and NER models (once per run)."""
    from pipeline.document import Document, Page

    def once() -> float:
        start = time.perf_counter()
        run.process(Document("warm-up", "", ""), [Page(1, "PROTOKOLL\n§ 1 Nämnden beslutar att godkänna förslaget.\n")])
        return time.perf_counter() - start

    cold = once()
    return max(0.0, cold - once())


def unseen_repair_throughput() -> dict[str, float]:
    """MB/s on the repair corpus (tests/repair_cases), whose words this process has not cached."""
    sys.path.insert(0, str(ROOT / "tools"))
    from eval_repair import throughput_figures

    return throughput_figures()


def repair_throughput(samples: Path, target_bytes: int = 2_000_000) -> float:
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in sorted((samples / "truth").glob("*.txt")))
    text = corpus * max(1, target_bytes // len(corpus.encode()))
    start = time.perf_counter()
    repair.repair_text(text)
    return len(text.encode()) / (time.perf_counter() - start) / 1e6


# ---------------------------------------------------------------- report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--min-pages", type=int, default=20, help="pages in the corpus at least (copies added)")
    parser.add_argument("--max-pages", type=int, default=60,
                        help="at most this many scanned pages, whole files chosen by a fixed shuffle (0: every one)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each timed OCR measurement; medians shown")
    parser.add_argument("--reingest-docs", type=int, default=1000)
    parser.add_argument("--cli-engine", action=argparse.BooleanOptionalAction, default=True,
                        help="also time minutes ingest with MINUTES_OCR_ENGINE=cli (one tesseract call per page)")
    parser.add_argument("--long-pdf", type=int, default=0, metavar="PAGES",
                        help="also ingest one PDF of PAGES pages and show its peak memory (500: ~10 min on 2 cores)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="minutes-bench-") as tmp:
        tmp = Path(tmp)
        for sub in ("corpus", "img", "tess", "reingest"):
            (tmp / sub).mkdir()
        files = build_corpus(args.samples, tmp / "corpus", args.min_pages, args.max_pages)
        truth = [page for f in files for page in f.truth]
        jobs = [job for f in files for job in f.jobs]
        print(f"corpus: {len(files)} scanned files, {len(jobs)} pages; {args.workers} workers", flush=True)
        images = [(ocr.rasterise(job, str(_fresh(tmp / "img" / f"{i:04d}"))),
                   job.dpi if job.kind == "pdf" else ocr.image_dpi(job)) for i, job in enumerate(jobs)]

        tess, ocrmypdf_runs, ingest_n, ingest_1, ingest_cli = [], [], [], [], []
        for _ in range(args.repeat):
            tess.append(run_tesseract(images, args.workers, tmp / "tess"))
            result = run_ocrmypdf(files, args.workers, tmp)
            if result:
                ocrmypdf_runs.append(result)
            ingest_n.append(run_ingest(files, tmp / "n.duckdb", args.workers))
            if args.cli_engine:
                ingest_cli.append(run_ingest(files, tmp / "cli.duckdb", args.workers, engine="cli"))
            if args.workers > 1:
                ingest_1.append(run_ingest(files, tmp / "one.duckdb", 1))
        raw, text = stored_pages(tmp / "n.duckdb", files)
        raw_cli = stored_pages(tmp / "cli.duckdb", files)[0] if ingest_cli else []
        first, reingest = reingest_unchanged(tmp / "reingest", args.reingest_docs)
        long_run = None
        if args.long_pdf:
            long_file = BenchFile(long_pdf(files, args.long_pdf, tmp), [])
            long_run = (len(ocr.plan(long_file.path).jobs), *run_ingest([long_file], tmp / "long.duckdb",
                                                                        args.workers)[:2])
        loading = model_loading()  # first: nothing loaded yet in this process
        throughput = repair_throughput(args.samples)

    tess_s = statistics.median(t for t, _ in tess)
    ingest_s = statistics.median(w for w, _, _ in ingest_n)
    peak = max(p for _, p, _ in ingest_n)
    stages = ingest_n[len(ingest_n) // 2][2]
    rows = [
        ("plain tesseract CLI, page by page (pre-rasterised)", f"{tess_s:8.2f} s",
         quality(tess[0][1], truth)),
    ]
    if ocrmypdf_runs:
        ocrmypdf_s = statistics.median(t for t, _ in ocrmypdf_runs)
        rows.append((f"ocrmypdf -l swe --sidecar -j {args.workers} (all pages as one PDF)", f"{ocrmypdf_s:8.2f} s",
                     quality(ocrmypdf_runs[0][1], truth)))
    else:
        rows.append(("ocrmypdf", "  (not installed: run `make bench`)", ""))
    rows += [
        (f"minutes ingest, {args.workers} workers (everything, incl. store)", f"{ingest_s:8.2f} s",
         f"raw OCR {quality(raw, truth)}; after repair CER {100 * cer(text, truth):5.2f} %"),
    ]
    if ingest_cli:
        cli_s = statistics.median(w for w, _, _ in ingest_cli)
        rows.append(("minutes ingest, tesseract CLI engine (MINUTES_OCR_ENGINE=cli)", f"{cli_s:8.2f} s",
                     f"raw OCR {quality(raw_cli, truth)}"))
    if ocrmypdf_runs:
        rows.append(("ratio minutes / ocrmypdf (target <= 0.85)", f"{ingest_s / ocrmypdf_s:8.2f} x", ""))
    rows.append(("ratio minutes / plain tesseract", f"{ingest_s / tess_s:8.2f} x", ""))
    if ingest_1:
        one_s = statistics.median(w for w, _, _ in ingest_1)
        rows += [("minutes ingest, 1 worker", f"{one_s:8.2f} s", ""),
                 (f"scaling 1 -> {args.workers} workers (target >= 1.8)", f"{one_s / ingest_s:8.2f} x", "")]
    cpu = {stage.removeprefix("cpu:"): seconds for stage, seconds in stages.items() if stage.startswith("cpu:")}
    stages = {stage: seconds for stage, seconds in stages.items() if not stage.startswith("cpu:")}
    total, cpu_total = sum(stages.values()) or 1.0, sum(cpu.values()) or 1.0
    non_ocr, non_ocr_cpu = (sum(stages.get(s, 0.0) for s in NON_OCR), sum(cpu.get(s, 0.0) for s in NON_OCR))
    rows.append(("non-OCR stages, share of all stage CPU time (target <= 5 %)", f"{non_ocr_cpu:8.2f} s",
                 f"{100 * non_ocr_cpu / cpu_total:5.1f} %  (OCR + rasterise CPU {cpu_total - non_ocr_cpu:.2f} s)"))
    rows.append(("non-OCR stages, share of all stage wall time (incl. waits for a core)", f"{non_ocr:8.2f} s",
                 f"{100 * non_ocr / total:5.1f} %"))
    rows.append(("  the same without the one-time model loading", f"{non_ocr - loading:8.2f} s",
                 f"{100 * (non_ocr - loading) / (total - loading):5.1f} %  (loading: {loading:.2f} s)"))
    for stage, seconds in sorted(stages.items(), key=lambda x: -x[1]):
        where = "workers, summed" if stage in ("rasterise", "ocr") else "main process"
        rows.append((f"  stage {stage} ({where}), wall", f"{seconds:8.2f} s",
                     f"{100 * seconds / total:5.1f} %;  CPU {cpu.get(stage, 0.0):6.2f} s"))
    rows += [
        ("peak memory of the ingest (main + workers, PSS)", f"{peak / 2**20:8.0f} MB", ""),
    ]
    if long_run:
        pages, wall, long_peak = long_run
        rows.append((f"one {pages}-page PDF: wall, peak memory (target < 1 GB)", f"{wall:8.2f} s",
                     f"{long_peak / 2**20:6.0f} MB"))
    rows += [
        (f"first ingest of {args.reingest_docs} small text documents", f"{first:8.2f} s", ""),
        (f"re-ingest of the {args.reingest_docs} unchanged (target < 5 s)", f"{reingest:8.2f} s", ""),
        ("repair throughput on plain text, one core (samples' truth, repeated)", f"{throughput:8.2f} MB/s", ""),
    ]
    rows += [(f"repair throughput, unseen {kind}, one core", f"{mbps:8.2f} MB/s", "")
             for kind, mbps in unseen_repair_throughput().items()]
    width = max(len(r[0]) for r in rows)
    for label, value, extra in rows:
        print(f"{label:<{width}}  {value}  {extra}")
    return 0


def _fresh(folder: Path) -> Path:
    folder.mkdir()
    return folder


if __name__ == "__main__":
    raise SystemExit(main())
