"""Privacy: find Swedish personnummer and samordningsnummer in text and mask them.

A personnummer is a birth date and a four-digit birth number whose last digit is a
Luhn check digit over the ten digits YYMMDDNNNC. Written forms accepted here:
YYMMDD-NNNC, YYMMDD+NNNC (the "+" marks someone aged 100 or more), YYMMDDNNNC,
and the same with a four-digit year (YYYYMMDD-NNNC, YYYYMMDDNNNC). A
samordningsnummer is the same with 60 added to the day (61-91).

What it assumes and why:
- A candidate must be a valid date (day checked against its month, leap years
  included) and pass the Luhn check, so case numbers ("BUN 2019/212"), ISO dates
  ("2019-03-14"), times, a bare YYMMDD and most phone numbers are left alone; about
  one in ten ten-digit numbers that also read as a date passes Luhn by chance, and
  those are masked too — masking one phone number too many is the safe mistake.
- A candidate must stand alone: no digit, and no separator followed by a digit,
  directly before or after it ("12-850101-1234" is part of a longer number).
- Masking replaces every digit of the number with "X" and keeps the separator, so
  the text keeps its length and every offset computed on it stays valid.

`mask_pages` applies this to a document's pages after repair: both `text` and
`raw_text` are masked (the store must not hold the numbers in either), and repair
records are cut to match.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from .document import Page, Repair

MASK = "X"

_CANDIDATE = re.compile(
    r"(?<!\d)(?<!\d[-+/.])"  # not the tail of a longer number
    r"(?P<century>\d{2})?(?P<date>\d{6})(?P<sep>[-+]?)(?P<tail>\d{4})"
    r"(?!\d)(?![-+/.]\d)"  # not the head of a longer number
)


@dataclass(frozen=True)
class Span:
    """Where a personnummer was found: [start, end) in the text, and which kind it is."""

    start: int
    end: int
    kind: str  # 'personnummer' or 'samordningsnummer'


def find_personnummer(text: str) -> list[Span]:
    """Spans of every valid personnummer and samordningsnummer in `text`, in order."""
    spans = []
    for match in _CANDIDATE.finditer(text):
        kind = _kind(match.group("century"), match.group("date"), match.group("tail"))
        if kind:
            spans.append(Span(match.start(), match.end(), kind))
    return spans


def mask_personnummer(text: str) -> tuple[str, list[Span]]:
    """`text` with the digits of every personnummer replaced by "X" (same length), and the spans."""
    spans = find_personnummer(text)
    if not spans:
        return text, []
    parts, last = [], 0
    for span in spans:
        parts.append(text[last : span.start])
        parts.append(mask_digits(text[span.start : span.end]))
        last = span.end
    parts.append(text[last:])
    return "".join(parts), spans


def mask_digits(text: str) -> str:
    """Every ASCII digit of `text` replaced by "X"; nothing else changes."""
    return re.sub(r"[0-9]", MASK, text)


def luhn_valid(digits: str) -> bool:
    """True when the last digit of `digits` is the Luhn check digit of the others."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _kind(century: str | None, date: str, tail: str) -> str | None:
    if not luhn_valid(date + tail):
        return None
    month, day = int(date[2:4]), int(date[4:6])
    kind = "personnummer"
    if day > 60:
        kind, day = "samordningsnummer", day - 60
    if not 1 <= month <= 12 or day < 1:
        return None
    years = [int(century + date[:2])] if century else [1900 + int(date[:2]), 2000 + int(date[:2])]
    if century and not 18 <= int(century) <= 20:
        return None
    if all(day > calendar.monthrange(year, month)[1] for year in years):
        return None
    return kind


def mask_pages(pages: list[Page], repairs: list[Repair]) -> tuple[list[Page], list[Repair], int]:
    """Pages with personnummer masked in `raw_text` and `text`, repairs to match, and how many were found.

    Masking keeps lengths, so repair offsets into `raw_text` stay valid; a repair whose
    original characters overlap a masked number is cut again from the masked raw text.
    """
    masked_pages, masked_repairs, found = [], [], 0
    raw_spans: dict[int, list[Span]] = {}
    for page in pages:
        raw, raw_found = mask_personnummer(page.raw_text)
        text, text_found = mask_personnummer(page.text)
        raw_spans[page.page_no] = raw_found
        found += max(len(raw_found), len(text_found))
        masked_pages.append(replace(page, raw_text=raw, text=text))
    raw_by_page = {page.page_no: page.raw_text for page in masked_pages}
    for fix in repairs:
        end = fix.char_start + len(fix.original)
        if any(s.start < end and fix.char_start < s.end for s in raw_spans.get(fix.page_no, [])):
            fix = replace(fix, original=raw_by_page[fix.page_no][fix.char_start : end],
                          replacement=mask_digits(fix.replacement))
        else:
            fix = replace(fix, replacement=mask_personnummer(fix.replacement)[0])
        masked_repairs.append(fix)
    return masked_pages, masked_repairs, found
