"""Seconds spent per stage, added up over a run: cheap enough to be always on.

`timed(timings, "repair")` adds the wall time of its block to `timings["repair"]`
and the CPU time of its thread to `timings["cpu:repair"]` (nothing when `timings` is
None). OCR workers add theirs to `worker_timings()`, a per-thread dict that the
scheduler collects with each page.

Both are kept because on a machine whose cores are all busy with OCR, a main-process
stage's wall time also counts the moments it waited for a core an OCR worker held;
its CPU time is the work it did.
"""

from __future__ import annotations

import contextlib
import resource
import threading
import time
from collections.abc import Iterator

_local = threading.local()
CPU = "cpu:"  # prefix of the keys holding CPU seconds


@contextlib.contextmanager
def timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    cpu_clock = _cpu_clock()
    start, start_cpu = time.perf_counter(), cpu_clock()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
            timings[CPU + stage] = timings.get(CPU + stage, 0.0) + cpu_clock() - start_cpu


def _cpu_clock():
    """On a process's main thread: the CPU of the whole process (so DuckDB's own threads count
    with the store stage) and of its finished child processes (pdfinfo, pdfimages, pdftoppm);
    elsewhere the thread's own (Dask worker threads run side by side)."""
    return _process_and_children_cpu if threading.current_thread() is threading.main_thread() else time.thread_time


def _process_and_children_cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def worker_timings() -> dict[str, float]:
    """This thread's running totals (an OCR worker's rasterise and OCR seconds)."""
    if not hasattr(_local, "timings"):
        _local.timings = {}
    return _local.timings


def take_worker_timings() -> dict[str, float]:
    """This thread's totals since the last call, reset to zero."""
    taken = dict(worker_timings())
    worker_timings().clear()
    return taken


def add(into: dict[str, float], other: dict[str, float]) -> dict[str, float]:
    for stage, seconds in other.items():
        into[stage] = into.get(stage, 0.0) + seconds
    return into


def summary(timings: dict[str, float], cpu: bool = False) -> str:
    """'ocr 41.2 s, rasterise 2.9 s, …', largest first: wall seconds, or CPU seconds with `cpu`."""
    chosen = {stage.removeprefix(CPU): seconds for stage, seconds in timings.items() if stage.startswith(CPU) == cpu}
    return ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in sorted(chosen.items(), key=lambda x: -x[1]))
