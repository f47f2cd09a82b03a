"""Theme labelling: decisions and sections → themes from models/themes.toml.

Text is split into lower-case words; each word is also looked up in the Swedish
lemma table. A theme's term hits a word in one of three ways (see the header of
themes.toml): a plain term anywhere inside the word, so compound parts match
("elevhälsoteamet", "skolkurator"); a `^term` only at the start of a word (short
or ambiguous stems: "^sfi" must not hit "sfinx"); an `=term` when the word's lemma
is exactly the term ("taxor" → taxa, but not "taxi"). Terms with a space are
phrases, matched at word starts. A word that contains one of the theme's
`exclude` terms never counts for it ("närvarorätt" is not about pupils' närvaro).

Multi-label: a theme's score is the share of the text's theme hits that are its
own. Pure apart from reading the taxonomy; `retheme` re-labels a whole store.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from . import search
from .document import Document

TAXONOMY = Path(__file__).resolve().parent.parent / "models" / "themes.toml"
WORD = re.compile(r"[^\W_][\w:/-]*")


@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    stems: tuple[str, ...]
    exclude: tuple[str, ...] = ()

    @functools.cached_property
    def phrases(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(r"(?:^| )" + re.escape(t.lstrip("^=")))
                     for t in self.stems if " " in t)

    @functools.cached_property
    def word_terms(self) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
        """The one-word terms by how they hit: (`^` prefixes, `=` lemmas, plain substrings)."""
        single = [t for t in self.stems if " " not in t]
        return (tuple(t[1:] for t in single if t[0] == "^"), frozenset(t[1:] for t in single if t[0] == "="),
                tuple(t for t in single if t[0] not in "^="))

    def hits_word(self, word: str, lemma: str) -> bool:
        if any(map(word.__contains__, self.exclude)):
            return False
        prefixes, exact, inner = self.word_terms
        return (word.startswith(prefixes) or lemma.startswith(prefixes) or lemma in exact or word in exact
                or any(map(word.__contains__, inner)) or any(map(lemma.__contains__, inner)))


@functools.cache
def taxonomy(path: Path = TAXONOMY) -> tuple[Theme, ...]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Theme(key, t["label"], _terms(t["stems"]), _terms(t.get("exclude", [])))
        for key, t in data.items()
    )


def _terms(terms: list[str]) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", t.lower().strip()) for t in terms)


def words(text: str) -> list[str]:
    return [w.strip("-/:") for w in WORD.findall(unicodedata.normalize("NFC", text.lower()))]


WORDS_KEPT = 200_000  # words whose themes are remembered, per taxonomy


@functools.lru_cache(maxsize=8)
def _seen_words(themes: tuple[Theme, ...]) -> dict[str, tuple[str, ...]]:
    """Word → the keys of `themes` it hits, filled as words are met (hashing a taxonomy per word costs more)."""
    return {}


def _word_themes(word: str, themes: tuple[Theme, ...], seen: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    keys = seen.get(word)
    if keys is None:
        if len(seen) >= WORDS_KEPT:
            seen.clear()
        lemma = _lemma(word)
        keys = seen[word] = tuple(t.key for t in themes if t.hits_word(word, lemma))
    return keys


def _lemma(word: str) -> str:
    from .extract.nlp import lemma_table  # loaded once, on first use

    return lemma_table().get(word, word)


def hits(text: str, themes: tuple[Theme, ...] | None = None) -> dict[str, int]:
    """Theme key → number of its hits in `text` (each word counts once per theme)."""
    themes = themes or taxonomy()
    tokens = words(text)
    counts: dict[str, int] = {}
    seen = _seen_words(themes)
    for word in tokens:
        for key in _word_themes(word, themes, seen):
            counts[key] = counts.get(key, 0) + 1
    joined = " ".join(tokens)
    for theme in themes:
        n = sum(len(p.findall(joined)) for p in theme.phrases)
        if n:
            counts[theme.key] = counts.get(theme.key, 0) + n
    return counts


def score(text: str, themes: tuple[Theme, ...] | None = None) -> dict[str, float]:
    """Theme key → score in (0, 1], best first, for every theme that `text` hits."""
    return shares(hits(text, themes))


@functools.lru_cache(maxsize=2048)
def _decision_score(text: str, themes: tuple[Theme, ...]) -> tuple[tuple[str, float], ...]:
    """`score` of a decision's text as items, kept a while: `label` (the themes stage) and
    `label_rows` (the store stage) score the same decisions of a document."""
    return tuple(score(text, themes).items())


def shares(counts: dict[str, int]) -> dict[str, float]:
    """Theme key → its share of all the hits in `counts`, best first (ties by key)."""
    total = sum(counts.values())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return {key: round(n / total, 3) for key, n in ranked}


def decision_text(title: str | None, text: str) -> str:
    """What a decision is labelled from: its section's title and its own text."""
    return f"{title or ''} {text}"


def label(doc: Document) -> Document:
    """Set `themes` of every decision, best first."""
    titles, themes = {s.section_id: s.title for s in doc.sections}, taxonomy()
    doc.decisions = [
        replace(d, themes=[key for key, _ in _decision_score(decision_text(titles.get(d.section_id), d.text), themes)])
        for d in doc.decisions
    ]
    return doc


def label_rows(doc: Document) -> list[tuple]:
    """Rows of the `theme_labels` table for `doc`: its sections and its decisions."""
    titles, themes = {s.section_id: s.title for s in doc.sections}, taxonomy()
    rows = [
        (doc.doc_id, s.section_id, None, key, value)
        for s in doc.sections for key, value in score(f"{s.title} {s.text}").items()
    ]
    rows += [
        (doc.doc_id, d.section_id, d.decision_id, key, value)
        for d in doc.decisions
        for key, value in _decision_score(decision_text(titles.get(d.section_id), d.text), themes)
    ]
    return rows


def retheme(con: duckdb.DuckDBPyConnection, themes: tuple[Theme, ...] | None = None) -> tuple[int, int]:
    """Re-label every decision and section of the store from the current taxonomy (or
    `themes`), in one transaction, without OCR. Returns (decisions, sections) labelled."""
    themes = themes or taxonomy()
    decisions = con.execute("""
        SELECT d.doc_id, d.decision_id, d.section_id, s.title, d.text
        FROM decisions d LEFT JOIN sections s ON s.doc_id = d.doc_id AND s.section_id = d.section_id
    """).fetchall()
    sections = con.execute("SELECT doc_id, section_id, title, text FROM sections").fetchall()
    labels, themed = [], []
    for doc_id, decision_id, section_id, title, text in decisions:
        scores = score(decision_text(title, text or ""), themes)
        themed.append((doc_id, decision_id, list(scores)))
        labels += [(doc_id, section_id, decision_id, k, v) for k, v in scores.items()]
    for doc_id, section_id, title, text in sections:
        labels += [(doc_id, section_id, None, k, v) for k, v in score(f"{title or ''} {text or ''}", themes).items()]
    import pandas as pd  # here, not at import: it costs ~0.8 s of start-up that most commands never need

    new_themes = pd.DataFrame(themed, columns=["doc_id", "decision_id", "themes"])
    new_labels = pd.DataFrame(labels, columns=["doc_id", "section_id", "decision_id", "theme", "score"])
    new_labels = new_labels.astype({"section_id": "Int64", "decision_id": "Int64"})
    fresh = search.is_fresh(con)
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("new_themes", new_themes)
        con.register("new_labels", new_labels)
        con.execute("""
            UPDATE decisions SET themes = CAST(n.themes AS VARCHAR[]) FROM new_themes n
            WHERE decisions.doc_id = n.doc_id AND decisions.decision_id = n.decision_id
        """)
        con.execute("DELETE FROM theme_labels")
        con.execute("INSERT INTO theme_labels SELECT * FROM new_labels")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in ("new_themes", "new_labels"):
            con.unregister(name)
    # The search table carries the themes; the same decisions and texts keep their full-text index.
    search.refresh(con, full_text=not fresh)
    return len(decisions), len(sections)


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Theme key → number of decisions labelled with it."""
    rows = con.execute("SELECT theme, count(*) FROM (SELECT unnest(themes) AS theme FROM decisions) GROUP BY 1")
    return dict(rows.fetchall())
