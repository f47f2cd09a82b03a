"""Repair stage: conservative, logged, reversible character repair of page text.

Every change is an `Edit` found on the page's raw text (start, end, replacement,
rule, confidence); edits never overlap and are applied in one pass, so each one
becomes a `Repair` record an archivist can audit or undo, and `Page.raw_text`
keeps the original. Running repair on its own output changes nothing.

Rules in this version:
- mojibake: ftfy on each line that needs it (UTF-8 read as CP1252 and the like);
- hyphenation: a word broken at a line end ("utveck-\\nlingen") is joined when the
  continuation starts in lower case and is not a conjunction ("barn- och …");
- paragraph-sign: tesseract's Swedish model has no "§" and reads it as "$";
  "$ 47" / "$$ 40-45" at a line start become "§ 47" / "§§ 40-45".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import ftfy

from .document import Page, Repair

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    rule: str
    confidence: float


@functools.cache
def _unjoinable() -> frozenset[str]:
    """Words after a line-end hyphen that mean the hyphen is a real one ("barn- och")."""
    lines = (DATA / "hyphen_keep.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


# Two letters before the hyphen: Swedish never breaks off one letter, so "e-\npost" keeps it.
_HYPHENATED = re.compile(r"(?<=[a-zåäöéü]{2})-\n[ \t]*([a-zåäöéü]+)([.,;:!?)]*)[ \t]?")
_DOLLAR_PARAGRAPH = re.compile(r"(?m)^([ \t]*)(\${1,2})(?=[ \t]?\d)")


# Only undo encoding damage: Swedish typography (”citat”, ’) and line ends are not mojibake.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False)


def mojibake_edits(text: str) -> Iterator[Edit]:
    offset = 0
    # split on "\n" only: str.splitlines also splits on U+0085, a byte of mojibake ("Ã\x85" for "Å")
    for line in text.split("\n"):
        body = line.rstrip("\r")
        if body:
            fixed, steps = ftfy.fix_and_explain(body, _FTFY)
            if fixed != body:
                names = ",".join(step.parameter for step in steps) or "ftfy"
                yield Edit(offset, offset + len(body), fixed, f"mojibake:{names}", 0.95)
        offset += len(line) + 1


def hyphenation_edits(text: str) -> Iterator[Edit]:
    keep = _unjoinable()
    for m in _HYPHENATED.finditer(text):
        if m.group(1) in keep:
            continue
        yield Edit(m.start(), m.end(), m.group(1) + m.group(2) + "\n", "hyphenation", 0.9)


def paragraph_sign_edits(text: str) -> Iterator[Edit]:
    for m in _DOLLAR_PARAGRAPH.finditer(text):
        yield Edit(m.start(2), m.end(2), "§" * len(m.group(2)), "paragraph-sign", 0.97)


RULES = (mojibake_edits, paragraph_sign_edits, hyphenation_edits)


def find_edits(text: str) -> list[Edit]:
    """All edits for `text`, sorted, without overlaps (earlier rules win)."""
    chosen: list[Edit] = []
    for rule in RULES:
        for edit in rule(text):
            if not any(edit.start < other.end and other.start < edit.end for other in chosen):
                chosen.append(edit)
    return sorted(chosen, key=lambda e: e.start)


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts, last = [], 0
    for edit in edits:
        parts.append(text[last : edit.start])
        parts.append(edit.replacement)
        last = edit.end
    parts.append(text[last:])
    return "".join(parts)


def repair_text(text: str) -> tuple[str, list[Edit]]:
    """Repaired text and the edits that made it."""
    edits = find_edits(text)
    return apply_edits(text, edits), edits


def repair_page(page: Page) -> tuple[Page, list[Repair]]:
    text, edits = repair_text(page.raw_text)
    repairs = [
        Repair(page.page_no, e.start, page.raw_text[e.start : e.end], e.replacement, e.confidence, e.rule)
        for e in edits
    ]
    return replace(page, text=text), repairs


def repair_pages(pages: list[Page]) -> tuple[list[Page], list[Repair]]:
    """Repair every page; return the pages with `text` set and all repair records."""
    repaired, records = [], []
    for page in pages:
        new_page, page_repairs = repair_page(page)
        repaired.append(new_page)
        records.extend(page_repairs)
    return repaired, records
