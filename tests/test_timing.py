"""Stage timings: wall and CPU seconds kept apart, so a stage waiting for a core is not counted as its work."""

from __future__ import annotations

import time

from pipeline import timing


def test_a_waiting_block_has_wall_time_but_almost_no_cpu_time():
    timings: dict[str, float] = {}
    with timing.timed(timings, "store"):
        time.sleep(0.2)
    assert timings["store"] >= 0.2
    assert timings["cpu:store"] < 0.05


def test_a_busy_block_has_cpu_time_and_blocks_add_up():
    timings: dict[str, float] = {}
    for _ in range(2):
        with timing.timed(timings, "extract"):
            end = time.thread_time() + 0.05
            while time.thread_time() < end:
                pass
    assert timings["cpu:extract"] >= 0.1
    assert timings["extract"] >= timings["cpu:extract"] * 0.9


def test_summary_shows_wall_or_cpu_seconds_largest_first():
    timings = {"ocr": 40.0, "plan": 0.5, "cpu:ocr": 39.0, "cpu:plan": 0.1}
    assert timing.summary(timings) == "ocr 40.00 s, plan 0.50 s"
    assert timing.summary(timings, cpu=True) == "ocr 39.00 s, plan 0.10 s"


def test_nothing_is_recorded_without_a_dict():
    with timing.timed(None, "ocr"):
        pass
