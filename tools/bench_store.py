"""Benchmark of the researcher's queries on a store of synthetic decisions (make bench).

Builds the store with tools/make_decisions.py when it is missing or of another size,
then prints its size on disk and, for each query, two medians of its wall time through
`pipeline.query.decisions`, the code path of `minutes decisions`:

- cold: each run is a new Python process (after `import pipeline.cli`, as the command does)
  that opens the store and runs the query once: what a researcher typing one
  `minutes decisions …` feels, less the start-up. The OS file cache is warm (the store was
  just read); DuckDB's own buffers and the process's caches (gazetteers, stopwords) are not;
- warm: one process, one open connection, the query repeated (a notebook, a report);

and last the wall time of whole `minutes decisions` commands (process start, imports, query,
output). The queries:

- theme + region + date range: elevhälsa in Skaraborg's kommuner since 2018;
- theme + län + date range: the same in Västra Götalands län, 2015–2020;
- full text (BM25 over the Swedish-stemmed index) alone, as the best 100 rows and as all
  matching rows, and with a place filter.

The target is < 100 ms median for each, cold.

    python tools/bench_store.py [--db outputs/bench/decisions.duckdb] [--n 1000000] [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

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
# Whole commands, timed from process start to exit (output to a pipe).
COMMANDS = {
    "minutes decisions --theme elevhalsa --municipality Skaraborg --since 2018-01-01 --limit 20":
        ["--theme", "elevhalsa", "--municipality", "Skaraborg", "--since", "2018-01-01", "--limit", "20"],
    "minutes decisions --search 'elevhälsa kurator' --limit 20": ["--search", "elevhälsa kurator", "--limit", "20"],
}


def ready(db: Path, n: int) -> bool:
    """True if `db` is a current store of `n` decisions of the current generator, with fresh
    search tables (the listing too)."""
    import make_decisions

    from pipeline import search, store

    if not db.exists():
        return False
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            count = con.execute("SELECT count(*) FROM decisions").fetchone()[0]
            generator = con.execute("SELECT any_value(pipeline_version) FROM documents").fetchone()[0]
            return (version == store.SCHEMA_VERSION and count == n and generator == make_decisions.GENERATOR
                    and search.is_fresh(con) and search.has_index(con)
                    and search.listing(con) == search.LISTING_TABLE)
    except duckdb.Error:
        return False


def cold(db: Path, runs: int, filters: dict, limit: int) -> tuple[float, float, int]:
    """Median wall and CPU ms of the query in `runs` new processes, and the rows it returns."""
    probe = [sys.executable, __file__, "--db", str(db), "--one", json.dumps(dict(filters, limit=limit))]
    results = [json.loads(subprocess.run(probe, check=True, capture_output=True, text=True).stdout)
               for _ in range(runs)]
    return (statistics.median(r["wall"] for r in results), statistics.median(r["cpu"] for r in results),
            results[0]["rows"])


def one(db: Path, filters: dict) -> dict:
    """Run one query in this fresh process, as `minutes decisions` would after its imports."""
    import pipeline.cli  # noqa: F401  (what the command has imported before it queries)
    from pipeline import query

    start, start_cpu = time.perf_counter(), time.process_time()
    rows = len(query.decisions(db, **filters))
    return {"wall": (time.perf_counter() - start) * 1000, "cpu": (time.process_time() - start_cpu) * 1000,
            "rows": rows}


def warm(db: Path, runs: int, con, filters: dict, limit: int) -> tuple[float, float]:
    """Median wall and CPU ms of `runs` calls sharing the open connection `con` (after one warm-up)."""
    from pipeline import query

    query.decisions(db, con=con, limit=limit, **filters)
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        query.decisions(db, con=con, limit=limit, **filters)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def command(db: Path, runs: int, args: list[str]) -> float:
    """Median wall ms of the whole `minutes decisions` command (start-up, imports, query, output)."""
    cli = [sys.executable, "-m", "pipeline", "decisions", "--db", str(db), *args]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cli, check=True, capture_output=True, env=env)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def disk_size(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, db.with_suffix(db.suffix + ".wal")) if p.exists())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "outputs" / "bench" / "decisions.duckdb")
    parser.add_argument("--n", type=int, default=1_000_000, help="decisions in the store (default 1 000 000)")
    parser.add_argument("--runs", type=int, default=7, help="new processes per cold figure (default 7; "
                        "warm figures take twice as many runs)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a child: one query (JSON filters), prints JSON
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.db, json.loads(args.one))))
        return 0
    if not ready(args.db, args.n):
        import make_decisions

        print(f"building {args.n} synthetic decisions → {args.db} (once)", file=sys.stderr)
        make_decisions.build(args.db, args.n)
    from pipeline import query

    with duckdb.connect(str(args.db), read_only=True) as con:
        docs, kommuner = con.execute("SELECT count(*), count(DISTINCT municipality_code) FROM documents").fetchone()
        terms = con.execute("SELECT count(*) FROM fts_main_decision_search.dict").fetchone()[0]
    print(f"store: {args.db}")
    print(f"  {args.n:,} decisions in {docs:,} documents across {kommuner} kommuner, {terms:,} index terms; "
          f"size on disk {disk_size(args.db) / 1e6:.0f} MB")
    print(f"median wall ms (CPU ms) via pipeline.query.decisions; cold: {args.runs} new processes, "
          f"warm: {2 * args.runs} runs on one open connection; target < {TARGET_MS} ms cold")
    print(f"  {'query':<46} {'rows':>7}  {'cold: new process':>20}  {'warm: open connection':>22}")
    # Cold first, while this process holds no connection (children open the file read-only).
    cold_ms = {name: cold(args.db, args.runs, filters, limit) for name, (filters, limit) in QUERIES.items()}
    con = query.read_only(args.db)
    try:
        for name, (filters, limit) in QUERIES.items():
            cold_wall, cold_cpu, rows = cold_ms[name]
            warm_wall, warm_cpu = warm(args.db, 2 * args.runs, con, filters, limit)
            verdict = "yes" if cold_wall < TARGET_MS else ("warm only" if warm_wall < TARGET_MS else "NO")
            print(f"  {name:<46} {rows:7,}  {cold_wall:8.1f} ({cold_cpu:7.1f})    {warm_wall:9.1f} ({warm_cpu:7.1f})"
                  f"   < {TARGET_MS} ms cold: {verdict}")
    finally:
        con.close()
    print(f"whole commands, process start to exit, median of {args.runs}:")
    for name, cli_args in COMMANDS.items():
        print(f"  {name:<90} {command(args.db, args.runs, cli_args):7.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
