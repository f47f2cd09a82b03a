"""Seconds spent per stage, added up over a run: cheap enough to be always on.

`timed(timings, "repair")` adds the wall time of its block to `timings["repair"]`
(nothing when `timings` is None). OCR workers add theirs to `worker_timings()`, a
per-thread dict that the scheduler collects with each page.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

_local = threading.local()


@contextlib.contextmanager
def timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


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


def summary(timings: dict[str, float]) -> str:
    """'ocr 41.2 s, rasterise 2.9 s, …', largest first."""
    return ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in sorted(timings.items(), key=lambda x: -x[1]))
