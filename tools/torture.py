"""`make torture`: ingest a corpus of bad files in one batch and print how each was handled.

Builds the corpus with tools/make_bad_inputs.py in a temporary folder, runs one
`run.ingest` over it (as `minutes ingest` would) and prints, per file, the expected
and actual status with the one-line error, then: inputs tried, handled as expected,
errors longer than one line, exceptions that escaped the batch (must be 0), rows per
file in ingest_log other than one, and peak memory of this process and its children.
"""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import make_bad_inputs  # noqa: E402

from pipeline import run  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="minutes-torture-") as tmp:
        corpus, db = Path(tmp) / "bad", Path(tmp) / "torture.duckdb"
        expected = make_bad_inputs.build(corpus)
        escaped = 0
        try:
            run.ingest([corpus], db, workers=2)
        except Exception as exc:  # the batch itself must never fail
            escaped = 1
            print(f"ESCAPED: {run.one_line(exc)}")
        con = duckdb.connect(str(db), read_only=True)
        rows = con.execute("SELECT source_path, status, error FROM ingest_log").fetchall()
        con.close()
    by_file: dict[str, list[tuple[str, str | None]]] = {}
    for source, status, error in rows:
        by_file.setdefault(str(Path(source).relative_to(corpus)), []).append((status, error))
    as_expected = multi_line = wrong_count = 0
    for name, want in sorted(expected.items()):
        got = by_file.get(name, [])
        status, error = got[0] if got else ("(no row)", None)
        as_expected += status == want
        wrong_count += len(got) != 1
        multi_line += bool(error and "\n" in error)
        print(f"{'ok ' if status == want else 'BAD'} {name:<38} expected {want:<9} got {status:<9} {error or ''}")
    peak_mb = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    print(f"\ninputs tried {len(expected)}, handled as expected {as_expected}, multi-line errors {multi_line}, "
          f"exceptions escaped {escaped}, files without exactly one log row {wrong_count}, peak memory {peak_mb:.0f} MB")
    return 0 if as_expected == len(expected) and not escaped else 1


if __name__ == "__main__":
    raise SystemExit(main())
