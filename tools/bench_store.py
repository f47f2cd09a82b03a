"""Benchmark of the researcher's queries on a store of synthetic decisions (make bench).

Builds the store with tools/make_decisions.py when it is missing or of another size,
then prints its size on disk and the median wall time of N runs of each query through
`pipeline.query.decisions`, the code path of `minutes decisions` (each run opens and
closes its read-only connection, as the command does):

- theme + region + date range: elevhälsa in Skaraborg's kommuner since 2018;
- theme + län + date range: the same in Västra Götalands län, 2015–2020;
- full text (BM25 over the Swedish-stemmed index) alone, as the best 100 rows and as all
  matching rows, and with a place filter.

The target is < 100 ms median for each. Python start-up and imports of the CLI are not
part of the figure (they are the same for every command).

    python tools/bench_store.py [--db outputs/bench/decisions.duckdb] [--n 1000000] [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import make_decisions  # noqa: E402

from pipeline import query, search, store  # noqa: E402

TARGET_MS = 100
# name → (filters, limit): each full-text query twice, as the best 100 rows (--limit 100, what a
# researcher reads first) and as every matching row (the default, what a CSV export gets).
QUERIES = {
    "theme + region (Skaraborg) + since 2018": (dict(theme="elevhalsa", municipality="Skaraborg",
                                                     since="2018-01-01"), 0),
    "theme + län (14) + 2015..2020": (dict(theme="elevhalsa", municipality="14", since="2015-01-01",
                                           until="2020-12-31"), 0),
    "full text 'elevhälsa kurator', best 100": (dict(search="elevhälsa kurator"), 100),
    "full text 'elevhälsa kurator', all rows": (dict(search="elevhälsa kurator"), 0),
    "full text 'skolskjuts' + kommun Skövde": (dict(search="skolskjuts", municipality="Skövde"), 0),
    "full text 'lärarbrist' + Skaraborg, all rows": (dict(search="lärarbrist", municipality="Skaraborg"), 0),
}


def ready(db: Path, n: int) -> bool:
    """True if `db` is a current store of `n` decisions with a fresh full-text index."""
    if not db.exists():
        return False
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            count = con.execute("SELECT count(*) FROM decisions").fetchone()[0]
            return (version == store.SCHEMA_VERSION and count == n and search.is_fresh(con)
                    and search.has_index(con))
    except duckdb.Error:
        return False


def medians(runs: int, con=None, **filters) -> tuple[float, float, int]:
    """Median wall and CPU milliseconds of `runs` calls (after one warm-up), and the rows returned.

    Without `con` each call opens and closes its connection (cold: as one `minutes decisions`);
    with `con` the calls share one open connection (warm: a notebook, a report)."""
    rows = len(query.decisions(DB, con=con, **filters))
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        query.decisions(DB, con=con, **filters)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), rows


def disk_size(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, db.with_suffix(db.suffix + ".wal")) if p.exists())


def main(argv: list[str] | None = None) -> int:
    global DB
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "outputs" / "bench" / "decisions.duckdb")
    parser.add_argument("--n", type=int, default=1_000_000, help="decisions in the store (default 1 000 000)")
    parser.add_argument("--runs", type=int, default=15, help="timed runs per query (default 15)")
    args = parser.parse_args(argv)
    DB = args.db
    if not ready(args.db, args.n):
        print(f"building {args.n} synthetic decisions → {args.db} (once)", file=sys.stderr)
        make_decisions.build(args.db, args.n)
    with duckdb.connect(str(args.db), read_only=True) as con:
        docs, kommuner = con.execute("SELECT count(*), count(DISTINCT municipality_code) FROM documents").fetchone()
    print(f"store: {args.db}")
    print(f"  {args.n:,} decisions in {docs:,} documents across {kommuner} kommuner; "
          f"size on disk {disk_size(args.db) / 1e6:.0f} MB")
    print(f"median of {args.runs} runs via pipeline.query.decisions; wall ms (CPU ms of all threads); "
          f"target < {TARGET_MS} ms wall")
    print(f"  {'query':<46} {'rows':>7}  {'cold: own connection':>22}  {'warm: open connection':>22}")
    # Cold runs first, with no other connection open: each opens the database file afresh
    # (DuckDB shares one open database among the connections of a process).
    cold = {name: medians(args.runs, limit=limit, **filters) for name, (filters, limit) in QUERIES.items()}
    warm = query.read_only(DB)
    try:
        for name, (filters, limit) in QUERIES.items():
            cold_ms, cold_cpu, rows = cold[name]
            warm_ms, warm_cpu, _ = medians(args.runs, con=warm, limit=limit, **filters)
            verdict = "yes" if cold_ms < TARGET_MS else ("warm only" if warm_ms < TARGET_MS else "NO")
            print(f"  {name:<46} {rows:7,}  {cold_ms:9.1f} ({cold_cpu:7.1f})    {warm_ms:9.1f} ({warm_cpu:7.1f})"
                  f"   < {TARGET_MS} ms: {verdict}")
    finally:
        warm.close()
    return 0


DB = Path()

if __name__ == "__main__":
    raise SystemExit(main())
