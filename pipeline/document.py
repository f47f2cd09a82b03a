"""The typed container that flows through the stages.

`ocr` fills `pages[*].raw_text`, `repair` fills `pages[*].text` and `repairs`,
`segment` fills `sections`, `extract` fills the header fields, `people`, `dates`,
`decisions` and `mentions`, `store` writes it all. Every record serialises to JSON
(`Document.to_json` / `Document.from_json`) so a stage's output can be dumped,
diffed and reloaded.

Offsets: the document's text is its pages' repaired texts joined with PAGE_BREAK
("\\f"). `Section.char_start`/`char_end` are offsets into that joined text, so
any later stage can map an offset to its page and section.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

PAGE_BREAK = "\f"


@dataclass
class Page:
    page_no: int  # 1-based
    raw_text: str  # as OCR or the text layer gave it
    text: str = ""  # after repair
    ocr_confidence: float | None = None  # mean word confidence 0-100, None for text layers


@dataclass
class Repair:
    page_no: int
    char_start: int  # offset in the page's raw_text
    original: str
    replacement: str
    confidence: float
    rule: str


@dataclass
class Section:
    section_id: int  # 1-based position in the document
    number: str | None  # '§ 47', '3.', or None
    case_number: str | None  # 'BUN 2019/212' or None
    title: str
    kind: str  # 'paragraph', 'topic', 'header', 'attendance', 'signatures', 'other'
    text: str
    page_start: int
    page_end: int
    char_start: int = 0  # offsets into Document.text
    char_end: int = 0


@dataclass
class Person:
    name: str
    party: str | None = None
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None  # e.g. the kommun or school a person represents
    attendance: str | None = None  # beslutande, ersättare, närvarande, frånvarande, övrig, omnämnd
    section_id: int | None = None  # where the person is first stated
    confidence: float = 1.0
    page_no: int | None = None  # 1-based page where the person is first stated


@dataclass
class Decision:
    decision_id: int  # 1-based position in the document
    section_id: int | None
    text: str
    kind: str  # 'beslut', 'uppdrag', 'förslag'
    themes: list[str] = field(default_factory=list)
    page_no: int | None = None


@dataclass
class DateMention:
    section_id: int | None
    text: str
    date: dt.date | None
    date_end: dt.date | None = None
    time_start: dt.time | None = None
    time_end: dt.time | None = None
    kind: str = "other"  # 'meeting', 'deadline', 'event', 'reference', 'other'
    page_no: int | None = None  # 1-based page of the expression


@dataclass
class Mention:
    section_id: int | None
    kind: str  # 'municipality', 'organisation'
    text: str
    normalized: str
    code: str | None = None  # SCB kommunkod for municipalities
    page_no: int | None = None  # 1-based page of the first mention in its section


@dataclass
class Document:
    doc_id: str  # SHA-256 hex of the input file's bytes
    source_path: str
    file_name: str
    text_source: str = "ocr"  # 'ocr', 'text-layer', 'text'
    pages: list[Page] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    doc_type: str | None = None
    municipality: str | None = None
    municipality_code: str | None = None
    organ: str | None = None
    title: str | None = None
    meeting_date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    location: str | None = None
    pipeline_version: str = ""
    ingested_at: dt.datetime | None = None

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def ocr_confidence(self) -> float | None:
        scores = [p.ocr_confidence for p in self.pages if p.ocr_confidence is not None]
        return round(sum(scores) / len(scores), 2) if scores else None

    @property
    def text(self) -> str:
        """Repaired text of all pages, joined with PAGE_BREAK."""
        return PAGE_BREAK.join(p.text for p in self.pages)

    def page_at(self, offset: int) -> int:
        """1-based page number holding `offset` of `Document.text` (without building the text)."""
        end = 0
        for page in self.pages:
            end += len(page.text) + len(PAGE_BREAK)
            if offset < end:
                return page.page_no
        return self.pages[-1].page_no if self.pages else 1

    def section_at(self, offset: int) -> int | None:
        """section_id of the section whose span holds `offset`, or None."""
        for s in self.sections:
            if s.char_start <= offset < s.char_end:
                return s.section_id
        return None

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), default=_encode, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Document:
        data = json.loads(text)
        lists = {
            "pages": Page,
            "repairs": Repair,
            "sections": Section,
            "people": Person,
            "decisions": Decision,
            "dates": DateMention,
            "mentions": Mention,
        }
        for key, klass in lists.items():
            data[key] = [_decode(klass, item) for item in data.get(key, [])]
        return _decode(cls, data)


def _encode(value: Any) -> str:
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


_PARSERS = {
    "dt.date | None": dt.date.fromisoformat,
    "dt.time | None": dt.time.fromisoformat,
    "dt.datetime | None": dt.datetime.fromisoformat,
}


def _decode(klass: type, data: dict) -> Any:
    values = {}
    for f in dataclasses.fields(klass):
        if f.name not in data:
            continue
        value = data[f.name]
        parse = _PARSERS.get(str(f.type))
        if parse and isinstance(value, str):
            value = parse(value)
        values[f.name] = value
    return klass(**values)
