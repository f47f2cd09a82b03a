"""Helpers of the form tests (test_variants.py, test_round*_*.py): a small hand-written document
run through segmentation and extraction as the pipeline runs them, and views of what came out."""

from __future__ import annotations

from pipeline.document import Document, Page
from pipeline.extract import extract
from pipeline.segment import segment


def run(*pages: str) -> Document:
    doc = Document("id", "x.txt", "x.txt", pages=[Page(i + 1, p, p) for i, p in enumerate(pages)])
    doc.sections = segment(doc)
    return extract(doc)


def person(doc: Document, name: str):
    return next(p for p in doc.people if p.name == name)


def items(doc: Document) -> list[tuple[str | None, str | None, str]]:
    """(number, case number, title) of every § paragraph and numbered or headed topic."""
    return [(s.number, s.case_number, s.title) for s in doc.sections if s.kind in {"paragraph", "topic"}]


def decided(doc: Document) -> list[tuple[str | None, str, str]]:
    """(section number or title, kind, text) of every decision."""
    numbers = {s.section_id: s.number or s.title for s in doc.sections}
    return [(numbers[d.section_id], d.kind, d.text) for d in doc.decisions]
