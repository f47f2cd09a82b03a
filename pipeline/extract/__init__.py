"""Extraction stage: header fields, people, dates, decisions, places.

Runs on repaired, segmented text and fills a Document in place-free style: it
returns the same Document with the extraction fields set. Each submodule has
one entry point; this function only wires them, in dependency order (the header
gives the meeting date that resolves year-less dates).
"""

from __future__ import annotations

from ..document import Document
from . import dates, decisions, header, people, places


def extract(doc: Document) -> Document:
    header.fill(doc)  # doc_type, organ, title, meeting_date, start/end time, location
    if doc.doc_type == "pressmeddelande":
        for section in doc.sections:  # a press release has no agenda: its subheadings are not items
            if section.kind == "topic":
                section.kind = "other"
    places.fill(doc)  # municipality, municipality_code, mentions
    doc.people = people.find(doc)
    doc.dates = dates.find(doc)
    # a press release reports decisions taken elsewhere; its own text decides nothing
    doc.decisions = [] if doc.doc_type == "pressmeddelande" else decisions.find(doc)
    return doc
