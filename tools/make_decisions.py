"""A store of synthetic decisions for benchmarks: N decisions (default 1 000 000) across all
290 kommuner, 2010–2026, written with DuckDB bulk inserts, then the full-text index.

Decision texts are composed from the templates and vocabulary of tools/decision_templates.toml:
a third are routine one-liners repeated everywhere ("lägga informationen till handlingarna"),
the rest "{organ} beslutar att {clause}, att {clause} … ." with 0–n sentences after it, so
lengths run from a few words to a few hundred and the index holds thousands of distinct terms
(school, place and person names, compounds). Each decision is labelled by the real theme
labeller (pipeline/themes.py) from its pieces, each piece labelled once (a sample of whole
texts is checked against the labeller). Python draws the texts and each document's organ from a
seeded generator; DuckDB SQL draws each document's kommun and meeting date from hashes of its
number; so the same N gives the same store.

    python tools/make_decisions.py [--n 1000000] [--out outputs/bench/decisions.duckdb]
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import search, store, themes  # noqa: E402
from pipeline.extract.nlp import kommuner  # noqa: E402

TEMPLATES = Path(__file__).resolve().parent / "decision_templates.toml"
DECISIONS_PER_DOCUMENT = 8
FIRST_DAY, LAST_DAY = "2010-01-01", "2026-12-31"
ROUTINE_SHARE = 0.3  # of decisions that are a routine one-liner
GENERATOR = "synthetic v2"  # documents.pipeline_version: which texts (v1: 257 distinct terms)
SLOT = re.compile(r"\{(\w+)\}")


class Composer:
    """Draws decisions (title, text, kind, themes, scores) from the templates, reproducibly."""

    def __init__(self, templates: dict, seed: int = 1):
        self.t = templates
        self.w = templates["words"]
        self.rng = random.Random(seed)
        self.groups = list(templates["groups"].values())
        self.hits = functools.lru_cache(maxsize=None)(themes.hits)

    def decision(self, organ: str) -> tuple[str, str, str, list[str], list[float]]:
        group = self.rng.choice(self.groups)
        title = self._fill(self.rng.choice(group["titles"]), group)
        if self.rng.random() < 0.25:
            title += self._fill(self.rng.choice([" – {skola}", " läsåret {lasar}", " i {omrade}", " {ar}"]), group)
        if self.rng.random() < ROUTINE_SHARE:
            text, kind = self._fill(self.rng.choice(self.t["routine"]), group), "beslut"
        else:
            text, kind = self._composed(organ, group)
        counts = Counter()
        for piece in title + text:
            counts.update(self.hits(piece))
        scores = themes.shares(counts)
        return "".join(title), "".join(text), kind, list(scores), list(scores.values())

    def _composed(self, organ: str, group: dict) -> tuple[list[str], str]:
        clauses = 1
        while clauses < 6 and self.rng.random() < 0.45:
            clauses += 1
        pieces, kind = [organ, " beslutar att "], None
        for n in range(clauses):
            if n:
                pieces.append(" samt att " if n == clauses - 1 else ", att ")
            verb, verb_kind = self.rng.choice(self.t["verbs"])
            kind = kind or verb_kind
            pieces += [verb, " ", self.rng.choice(group["objects"])]
            if self.rng.random() < 0.5:
                pieces += [" ", *self._fill(self.rng.choice(self.t["qualifiers"]), group)]
        pieces.append(".")
        extra = 0 if self.rng.random() < 0.45 else 1 + min(int(self.rng.expovariate(1 / 1.6)), 14)
        for _ in range(extra):
            pieces += [" ", *self._fill(self.rng.choice(self.t["sentences"]), group)]
        return pieces, kind

    def _fill(self, template: str, group: dict) -> list[str]:
        """`template` as pieces: its literal parts and one piece per filled slot."""
        parts = SLOT.split(template)
        return [self._slot(p, group) if i % 2 else p for i, p in enumerate(parts) if p]

    def _slot(self, name: str, group: dict) -> str:
        w, pick, rng = self.w, self.rng.choice, self.rng
        if name == "skola":
            return f"{pick(w['school_first'])}{pick(w['school_middle'])}{pick(w['school_kind'])}"
        if name == "omrade":
            return pick(w["school_first"]) + pick(w["area_suffix"])
        if name == "person":
            return f"{pick(w['first_names'])} {pick(w['surnames'])}"
        if name == "sak":
            return pick(w["thing_prefixes"]) + pick(w["thing_heads"])
        if name == "group":
            return pick(group["objects"])
        if name == "lasar":
            year = rng.randint(2009, 2026)
            return f"{year}/{year + 1}"
        simple = {
            "parti": lambda: pick(w["parties"]), "manad": lambda: pick(w["months"]),
            "ar": lambda: str(rng.randint(2010, 2027)), "antal": lambda: str(rng.randint(2, 60)),
            "belopp": lambda: f"{rng.randint(1, 90) * 50_000:,}".replace(",", " "),
            "organ": lambda: pick(self.t["organs"]),
        }
        return simple[name]()


def draw(templates: dict, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each document's organ, and the n decisions (document number, decision id, title, text,
    kind, themes, scores); a sample of texts is checked against the whole-text labeller."""
    composer = Composer(templates)
    n_docs = -(-n // DECISIONS_PER_DOCUMENT)
    organs = templates["organs"]
    doc_organ = [composer.rng.randrange(len(organs)) for _ in range(n_docs)]
    rows = []
    for i in range(n):
        doc_no = i // DECISIONS_PER_DOCUMENT
        rows.append((i, doc_no, i % DECISIONS_PER_DOCUMENT + 1, *composer.decision(organs[doc_organ[doc_no]])))
    decisions = pd.DataFrame(rows, columns=["i", "doc_no", "decision_id", "title", "text", "kind", "themes", "scores"])
    for row in decisions.sample(min(300, n), random_state=1).itertuples():
        assert themes.score(themes.decision_text(row.title, row.text)) == dict(zip(row.themes, row.scores)), row.text
    documents = pd.DataFrame({"doc_no": range(n_docs), "organ": [organs[o] for o in doc_organ]})
    return documents, decisions


def kommun_frame() -> pd.DataFrame:
    rows = [(i, k.code, k.name) for i, k in enumerate(sorted(kommuner(), key=lambda k: k.code))]
    return pd.DataFrame(rows, columns=["kommun_no", "code", "name"])


def build(out: Path, n: int, refresh: bool = True) -> dict[str, float]:
    """Write the store; return seconds per step. Without `refresh`, no search tables."""
    templates = tomllib.loads(TEMPLATES.read_text(encoding="utf-8"))
    timings: dict[str, float] = {}
    start = time.perf_counter()
    documents, decisions = draw(templates, n)
    timings["compose and label"] = time.perf_counter() - start

    for path in (out, out.with_suffix(out.suffix + ".wal")):
        path.unlink(missing_ok=True)
    con = store.connect(out)
    try:
        con.register("drawn_documents", documents)
        con.register("drawn", decisions)
        con.register("kommun", kommun_frame())
        start = time.perf_counter()
        con.execute(f"""
            CREATE TEMP TABLE doc AS
            SELECT doc_no, sha256('synthetic minutes ' || doc_no) AS doc_id, organ,
                   CAST(hash(doc_no, 'kommun') % 290 AS INTEGER) AS kommun_no,
                   DATE '{FIRST_DAY}'
                       + CAST(hash(doc_no, 'date') % (DATE '{LAST_DAY}' - DATE '{FIRST_DAY}' + 1) AS INTEGER)
                       AS meeting_date
            FROM drawn_documents
        """)
        con.execute(f"""
            INSERT INTO documents
            SELECT doc.doc_id, 'synthetic/' || k.code || '/' || doc.doc_no || '.pdf',
                   'protokoll_' || k.code || '_' || strftime(doc.meeting_date, '%Y%m%d') || '_' || doc.doc_no || '.pdf',
                   'protokoll', k.name, k.code, doc.organ, 'Sammanträdesprotokoll', doc.meeting_date,
                   TIME '13:00', TIME '15:30', 'Kommunhuset', {1 + (DECISIONS_PER_DOCUMENT - 1) // 3 + 1}, 'text',
                   NULL, '{GENERATOR}', TIMESTAMP '2026-01-01 00:00:00'
            FROM doc JOIN kommun k USING (kommun_no)
        """)
        timings["documents"] = time.perf_counter() - start
        start = time.perf_counter()
        con.execute("""
            CREATE TEMP TABLE pick AS
            SELECT doc.doc_id, v.* EXCLUDE (i) FROM drawn v JOIN doc USING (doc_no)
        """)
        con.execute("""
            INSERT INTO decisions
            SELECT doc_id, decision_id, decision_id + 1, text, kind, themes, 1 + (decision_id - 1) // 3 FROM pick
        """)
        con.execute("""
            INSERT INTO sections
            SELECT doc_id, 1, NULL, NULL, NULL, 'header', 'Sammanträdesprotokoll', 1, 1 FROM doc
            UNION ALL
            SELECT doc_id, decision_id + 1, '§ ' || (doc_no % 90 + decision_id), NULL, title, 'paragraph',
                   'Beslut' || chr(10) || text, 1 + (decision_id - 1) // 3, 1 + (decision_id - 1) // 3
            FROM pick
        """)
        con.execute("""
            INSERT INTO theme_labels
            SELECT doc_id, decision_id + 1, decision_id, theme, score FROM (
                SELECT doc_id, decision_id, unnest(themes) AS theme, unnest(scores) AS score FROM pick
            )
        """)
        con.execute("CHECKPOINT")
        timings["decisions"] = time.perf_counter() - start
        if not refresh:
            return timings
        start = time.perf_counter()
        if not search.refresh(con):
            print("full-text index not built: the duckdb-ext-fts package is missing", file=sys.stderr)
        con.execute("CHECKPOINT")
        timings["full-text index"] = time.perf_counter() - start
    finally:
        con.close()
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="number of decisions (default 1 000 000)")
    parser.add_argument("--out", type=Path, default=ROOT / "outputs" / "bench" / "decisions.duckdb")
    args = parser.parse_args(argv)
    for step, seconds in build(args.out, args.n).items():
        print(f"{step:<18} {seconds:6.1f} s", file=sys.stderr)
    print(f"{args.n} decisions → {args.out} ({args.out.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
