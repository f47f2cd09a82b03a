"""Theme labelling: decisions (and sections) → themes from models/themes.toml.

A theme hits when a word of the text contains one of its stems, so compounds
match ("elevhälsoteamet" contains "elevhäls"). Multi-label; a theme's score is
the share of its hits in the text's hits. Pure and fast; the taxonomy is data.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .document import Document

TAXONOMY = Path(__file__).resolve().parent.parent / "models" / "themes.toml"


@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    stems: tuple[str, ...]


@functools.cache
def taxonomy(path: Path = TAXONOMY) -> tuple[Theme, ...]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(Theme(key, t["label"], tuple(s.lower() for s in t["stems"])) for key, t in data.items())


def score(text: str, themes: tuple[Theme, ...] | None = None) -> dict[str, float]:
    """Theme key → score in (0, 1], for every theme that `text` hits."""
    lowered = " " + re.sub(r"\s+", " ", text.lower()) + " "
    hits = {}
    for theme in themes or taxonomy():
        count = sum(lowered.count(stem) for stem in theme.stems)
        if count:
            hits[theme.key] = count
    total = sum(hits.values())
    return {key: round(n / total, 3) for key, n in sorted(hits.items(), key=lambda kv: -kv[1])}


def label(doc: Document) -> Document:
    """Set `themes` of every decision from its own text and its section's title."""
    titles = {s.section_id: s.title for s in doc.sections}
    doc.decisions = [
        replace(d, themes=list(score(f"{titles.get(d.section_id, '')} {d.text}"))) for d in doc.decisions
    ]
    return doc
