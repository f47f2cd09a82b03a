"""Language resources for people and places: the gazetteers in models/ and a small spaCy pipeline.

Everything here is read once and cached; nothing downloads. The spaCy pipeline is `spacy.blank("sv")`
with the lookup lemmatizer of spacy-lookups-data and an entity ruler built from the gazetteers
(kommuner as LOC, organisations as ORG, role words as ROLE). Extraction itself is regex-driven for
speed; it uses this module for the gazetteers, for the Swedish word list behind the lemmatizer
(to tell "Mark" the word from "Mark" the kommun) and for lemmas of role words in running text.

`entities(text)` runs the statistical NER of models/ner (trained by `make ner` on the Swedish NER
corpus and annotated sample minutes; see models/ner/README.md), loaded lazily on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..cache import WordTable, word_table
from ..tables import load_table

MODELS = Path(__file__).resolve().parents[2] / "models"


@dataclass(frozen=True)
class Kommun:
    code: str
    name: str
    county_code: str
    county_name: str
    ambiguous: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Role:
    form: str
    normalized: str
    kind: str  # 'role' or 'heading'
    attendance: str | None


@dataclass(frozen=True)
class Organisation:
    form: str
    normalized: str
    kind: str


def fold(text: str) -> str:
    """Drop diacritics as English-model OCR does (Jönköping -> Jonkoping)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of models/NAME as fresh dicts (see `tables.load_table`)."""
    return [dict(row) for row in load_table(name)]


@lru_cache(maxsize=1)
def kommuner() -> tuple[Kommun, ...]:
    return tuple(
        Kommun(
            code=r["code"],
            name=r["name"],
            county_code=r["county_code"],
            county_name=r["county_name"],
            ambiguous=r["ambiguous"] == "1",
            aliases=tuple(a.strip() for a in r["aliases"].split(",") if a.strip()),
        )
        for r in read_tsv("kommuner.tsv")
    )


@lru_cache(maxsize=1)
def roles() -> tuple[Role, ...]:
    return tuple(
        Role(r["form"], r["normalized"], r["kind"], r["attendance"] or None)
        for r in read_tsv("roles.tsv")
    )


@lru_cache(maxsize=1)
def role_forms() -> dict[str, Role]:
    """Role words by lower-case form, with and without a trailing full stop."""
    forms = {}
    for role in roles():
        if role.kind == "role":
            forms[role.form] = role
            forms.setdefault(role.form.rstrip("."), role)
    return forms


@lru_cache(maxsize=1)
def heading_forms() -> dict[str, Role]:
    return {r.form: r for r in roles() if r.kind == "heading"}


@lru_cache(maxsize=1)
def parties() -> dict[str, str]:
    """Party name by upper-case abbreviation."""
    return {r["abbreviation"].upper(): r["name"] for r in read_tsv("parties.tsv")}


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    return tuple(
        Organisation(r["form"], r["normalized"], r["kind"])
        for r in read_tsv("organisations.tsv")
    )


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names: those of the NER corpus and a list of common Swedish ones."""
    return frozenset(r["name"] for name in ("first_names.tsv", "given_names_sv.tsv") for r in read_tsv(name))


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_tsv("not_names.tsv"))


@lru_cache(maxsize=1)
def lemma_table() -> WordTable:
    """Swedish form -> lemma, from spacy-lookups-data (installed with the project, no download).
    Read from the package's JSON rather than through spaCy's Lookups (~3 s), since extraction only
    looks words up; kept as a `WordTable` in the cache (`pipeline.cache`), so it loads at once.
    `load()` still gives spaCy's own lemmatizer."""
    return _lemma_tables()[0]


@lru_cache(maxsize=1)
def lemmas() -> WordTable:
    """Every lemma of the table (a set: `word in lemmas()`)."""
    return _lemma_tables()[1]


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[WordTable, WordTable]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    return (word_table("lemma-by-form-sv", [path], lambda: _lemma_json(path)),
            word_table("lemmas-sv", [path], lambda: set(_lemma_json(path).values())))


def _lemma_json(path: Path) -> dict[str, str]:
    import gzip
    import json

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def is_common_word(token: str) -> bool:
    """True if `token` (any case) is an ordinary Swedish word form or lemma."""
    low = token.lower()
    return low in lemma_table() or low in lemmas()


def lemma(token: str) -> str:
    low = token.lower()
    return lemma_table().get(low, low)


@lru_cache(maxsize=1)
def load():
    """The shared spaCy pipeline (a spacy.Language): blank Swedish, lookup lemmas, gazetteer entity ruler."""
    import spacy  # imported here: extraction itself does not need spaCy loaded

    nlp = spacy.blank("sv")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    nlp.initialize()
    ruler.add_patterns(_ruler_patterns())
    return nlp


NER_DIR = MODELS / "ner"
NER_LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Entity:
    start: int  # character offsets in the text given to entities()
    end: int
    label: str  # PER, ORG or LOC
    text: str


@lru_cache(maxsize=1)
def ner():
    """The statistical NER trained by `make ner` (models/ner), loaded on first use; None when the
    model directory is missing. Read from the path: nothing is downloaded."""
    if not (NER_DIR / "meta.json").is_file():
        return None
    import spacy

    return spacy.load(NER_DIR)


PAGES_PER_BATCH = 8  # spaCy's default batch (1 000 texts) held a 500-page document's activations at once: ~1 GB


def entities(
    text: str, labels: tuple[str, ...] = NER_LABELS, within: list[tuple[int, int]] | None = None
) -> list[Entity]:
    """PER/ORG/LOC spans the statistical NER finds in `text`, page by page (form feeds split
    pages, so offsets stay those of `text`), only inside the `within` spans when given; empty when
    the model is not installed."""
    model = ner()
    if model is None or not text.strip():
        return []
    spans = within if within is not None else [(0, len(text))]
    pages = [(start + m.start(), m.group()) for start, end in spans for m in re.finditer(r"[^\f]+", text[start:end])]
    pages = [(start, page) for start, page in pages if page.strip()]
    found = []
    for (start, _), doc in zip(pages, model.pipe((page for _, page in pages), batch_size=PAGES_PER_BATCH)):
        found += [
            Entity(start + e.start_char, start + e.end_char, e.label_, e.text)
            for e in doc.ents
            if e.label_ in labels
        ]
    return found


def _ruler_patterns() -> list[dict]:
    patterns = []
    for k in kommuner():
        for form in {k.name, *k.aliases, k.name.upper(), fold(k.name)}:
            patterns.append({"label": "LOC", "pattern": form, "id": k.code})
    for org in organisations():
        if org.kind not in ("suffix", "generic"):
            patterns.append({"label": "ORG", "pattern": org.form, "id": org.normalized})
    for role in roles():
        if role.kind == "role":
            patterns.append(
                {"label": "ROLE", "pattern": [{"LOWER": w} for w in role.form.split()]}
            )
    return patterns
