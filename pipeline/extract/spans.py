"""Helpers shared by the extractors for hits that carry `start` and `end` offsets."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class Span(Protocol):
    start: int
    end: int


H = TypeVar("H", bound=Span)


def longest_without_overlaps(hits: Iterable[H]) -> list[H]:
    """Hits in text order, keeping the longest of those that overlap (an earlier start wins)."""
    kept: list[H] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept
