"""The benchmark's corpus and parsing (the timings themselves are measured by `make bench`, not tested)."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageChops

from pipeline import ocr

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
_spec = importlib.util.spec_from_file_location("minutes_bench", ROOT / "tools" / "bench.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["minutes_bench"] = bench  # its dataclasses look their module up
_spec.loader.exec_module(bench)


def test_corpus_is_scanned_pages_only_with_distinct_copies_up_to_the_page_count(tmp_path):
    files = bench.build_corpus(SAMPLES, tmp_path, min_pages=30)
    pages = sum(len(f.jobs) for f in files)
    assert pages >= 30
    for bench_file in files:
        assert bench_file.path.suffix == ".pdf"
        assert len(bench_file.jobs) == len(bench_file.truth)  # every page OCR'd, one reference per page
        assert ocr.plan(bench_file.path).text_source == "ocr"
    digests = {hashlib.sha256(f.path.read_bytes()).hexdigest() for f in files}
    assert len(digests) == len(files)  # copies are not skipped as unchanged
    names = {f.path.stem.split("__")[0] for f in files}
    assert "digital_protokoll" not in names and "legacy_ocr" not in names


def test_a_page_cap_takes_whole_files_the_same_way_each_time(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = bench.build_corpus(SAMPLES, tmp_path / "a", min_pages=1, max_pages=40)
    again = bench.build_corpus(SAMPLES, tmp_path / "b", min_pages=1, max_pages=40)
    pages = sum(len(f.jobs) for f in first)
    assert 30 <= pages <= 40  # whole files only, never over the cap
    assert [f.path.name for f in first] == [f.path.name for f in again]
    assert len({f.path.stem.split("_")[0] for f in first}) >= 3  # more than one family of layout


def test_images_become_pdfs_pixel_for_pixel(tmp_path):
    [tif] = [f for f in bench.build_corpus(SAMPLES, tmp_path, min_pages=1) if f.path.stem == "tiff_protokoll"]
    assert len(tif.jobs) == 3
    subprocess.run(["pdfimages", "-f", "2", "-l", "2", str(tif.path), str(tmp_path / "embedded")], check=True)
    [embedded] = tmp_path.glob("embedded-*")
    with Image.open(SAMPLES / "tiff_protokoll.tif") as original, Image.open(embedded) as image:
        original.seek(1)
        assert image.size == original.size
        assert ImageChops.difference(image.convert("L"), original.convert("L")).getbbox() is None


def test_stage_timings_are_parsed_from_the_ingest_summary():
    stderr = ("3 ingested, 0 unchanged (skipped), 0 failed → x.duckdb\ntimings: ocr 41.20 s, plan 0.31 s\n"
              "cpu: ocr 40.10 s, plan 0.02 s\n")
    assert bench.parse_timings(stderr) == {"ocr": 41.2, "plan": 0.31, "cpu:ocr": 40.1, "cpu:plan": 0.02}
    assert bench.parse_timings("nothing here") == {}
