"""A store of synthetic decisions for benchmarks: N decisions (default 1 000 000) across all
290 kommuner, 2010–2026, written with DuckDB bulk inserts, then the full-text index.

Decision texts are composed from tools/decision_templates.toml ("{organ} beslutar att
{verb} {object}{tail}." under a section title) and labelled by the real theme labeller
(pipeline/themes.py), once per distinct text; DuckDB SQL then draws, per document, a
kommun, an organ and a meeting date, and per decision one text, all from hashes of the
row number, so the same N gives the same store.

    python tools/make_decisions.py [--n 1000000] [--out outputs/bench/decisions.duckdb]
"""

from __future__ import annotations

import argparse
import functools
import itertools
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


def variants(templates: dict) -> pd.DataFrame:
    """Every composable decision (one row per organ × title × object × verb × tail), labelled.

    A text's theme hits are the sum of its parts' hits (no theme term spans two parts), so
    each part is labelled once; a sample of whole texts is checked against the labeller."""
    hits = functools.cache(themes.hits)
    rows = []
    for organ_no, organ in enumerate(templates["organs"]):
        combos = itertools.product(templates["groups"].values(), templates["verbs"], templates["tails"])
        rest_no = 0
        for group, (verb, kind), tail in combos:
            for title, obj in itertools.product(group["titles"], group["objects"]):
                text = f"{organ} beslutar att {verb} {obj}{tail}."
                counts = Counter()
                for part in (title, organ, "beslutar att", verb, obj, tail):
                    counts.update(hits(part))
                scores = themes.shares(counts)
                rows.append((organ_no, rest_no, organ, title, text, kind, list(scores), list(scores.values())))
                rest_no += 1
    frame = pd.DataFrame(rows, columns=["organ_no", "rest_no", "organ", "title", "text", "kind", "themes", "scores"])
    for row in frame.sample(min(300, len(frame)), random_state=1).itertuples():
        assert themes.score(themes.decision_text(row.title, row.text)) == dict(zip(row.themes, row.scores)), row.text
    return frame


def kommun_frame() -> pd.DataFrame:
    rows = [(i, k.code, k.name) for i, k in enumerate(sorted(kommuner(), key=lambda k: k.code))]
    return pd.DataFrame(rows, columns=["kommun_no", "code", "name"])


def build(out: Path, n: int) -> dict[str, float]:
    """Write the store; return seconds per step."""
    templates = tomllib.loads(TEMPLATES.read_text(encoding="utf-8"))
    timings: dict[str, float] = {}
    start = time.perf_counter()
    labelled = variants(templates)
    per_organ = int((labelled.organ_no == 0).sum())
    organs = len(templates["organs"])
    timings["label texts"] = time.perf_counter() - start

    for path in (out, out.with_suffix(out.suffix + ".wal")):
        path.unlink(missing_ok=True)
    con = store.connect(out)
    try:
        con.register("variants", labelled)
        con.register("kommun", kommun_frame())
        n_docs = -(-n // DECISIONS_PER_DOCUMENT)
        start = time.perf_counter()
        con.execute(f"""
            CREATE TEMP TABLE doc AS
            SELECT i AS doc_no, sha256('synthetic minutes ' || i) AS doc_id,
                   CAST(hash(i, 'kommun') % 290 AS INTEGER) AS kommun_no,
                   CAST(hash(i, 'organ') % {organs} AS INTEGER) AS organ_no,
                   DATE '{FIRST_DAY}' + CAST(hash(i, 'date') % (DATE '{LAST_DAY}' - DATE '{FIRST_DAY}' + 1) AS INTEGER)
                       AS meeting_date
            FROM range({n_docs}) t(i)
        """)
        con.execute(f"""
            INSERT INTO documents
            SELECT doc.doc_id, 'synthetic/' || k.code || '/' || doc.doc_no || '.pdf',
                   'protokoll_' || k.code || '_' || strftime(doc.meeting_date, '%Y%m%d') || '_' || doc.doc_no || '.pdf',
                   'protokoll', k.name, k.code, o.organ, 'Sammanträdesprotokoll', doc.meeting_date,
                   TIME '13:00', TIME '15:30', 'Kommunhuset', {1 + (DECISIONS_PER_DOCUMENT - 1) // 3 + 1}, 'text',
                   NULL, 'synthetic', TIMESTAMP '2026-01-01 00:00:00'
            FROM doc JOIN kommun k USING (kommun_no)
            JOIN (SELECT DISTINCT organ_no, organ FROM variants) o USING (organ_no)
        """)
        timings["documents"] = time.perf_counter() - start
        start = time.perf_counter()
        con.execute(f"""
            CREATE TEMP TABLE pick AS
            SELECT doc.doc_id, doc.doc_no, CAST(i % {DECISIONS_PER_DOCUMENT} + 1 AS INTEGER) AS decision_id,
                   doc.organ_no, CAST(hash(i, 'text') % {per_organ} AS INTEGER) AS rest_no
            FROM range({n}) t(i) JOIN doc ON doc.doc_no = i // {DECISIONS_PER_DOCUMENT}
        """)
        con.execute("""
            INSERT INTO decisions
            SELECT p.doc_id, p.decision_id, p.decision_id + 1, v.text, v.kind, v.themes, 1 + (p.decision_id - 1) // 3
            FROM pick p JOIN variants v USING (organ_no, rest_no)
        """)
        con.execute("""
            INSERT INTO sections
            SELECT doc_id, 1, NULL, NULL, NULL, 'header', 'Sammanträdesprotokoll', 1, 1 FROM doc
            UNION ALL
            SELECT p.doc_id, p.decision_id + 1, '§ ' || (p.doc_no % 90 + p.decision_id),
                   NULL, v.title, 'paragraph', 'Beslut' || chr(10) || v.text,
                   1 + (p.decision_id - 1) // 3, 1 + (p.decision_id - 1) // 3
            FROM pick p JOIN variants v USING (organ_no, rest_no)
        """)
        con.execute("""
            INSERT INTO theme_labels
            SELECT doc_id, decision_id + 1, decision_id, theme, score FROM (
                SELECT p.doc_id, p.decision_id, unnest(v.themes) AS theme, unnest(v.scores) AS score
                FROM pick p JOIN variants v USING (organ_no, rest_no)
            )
        """)
        con.execute("CHECKPOINT")
        timings["decisions"] = time.perf_counter() - start
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
