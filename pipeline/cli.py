"""Command line: argument parsing only; the library does the work.

Each failure class maps to one exit code (see `errors.EXIT_CODES`) and one line
on stderr; `-v` adds the traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import traceback
from pathlib import Path

# ocr, repair and run (with the extraction and NLP behind them) are imported by the commands that
# use them: `minutes decisions`, `sql`, `themes` start without them
from . import __version__, query, store, themes, timing
from .document import Repair
from .errors import EXIT_CODES, MinutesError, UsageError

DEFAULT_DB = Path("outputs/minutes.duckdb")
DEFAULT_INPUT = Path("samples")


def build_parser() -> argparse.ArgumentParser:
    codes = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES.items())
    parser = argparse.ArgumentParser(
        prog="minutes",
        description="Scanned Swedish municipal minutes in, queryable DuckDB records out.",
        epilog=f"exit codes:\n{codes}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"minutes {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("ingest", help="OCR and read files into the store")
    p.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_INPUT],
                   help="PDFs, images (TIFF/PNG/JPEG), .txt files or folders (default: samples/)")
    p.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"DuckDB store (default: {DEFAULT_DB})")
    p.add_argument("--workers", type=int, default=None, help="OCR processes (default: number of cores)")
    p.add_argument("--municipality", help="set the municipality of every ingested document")
    p.add_argument("--force", action="store_true", help="re-ingest files already in the store")
    p.add_argument("--keep-personnummer", action="store_true",
                   help="store personnummer as found (default: masked as XXXXXX-XXXX)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--timings", action="store_true",
                   help="print the seconds spent per stage (OCR workers' summed) on stderr: wall, then CPU")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="local: a process pool on this machine (default); dask: a Dask cluster (--scheduler)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--shard-out", type=Path, metavar="DIR",
                   help="with --executor dask: workers write Parquet shards under DIR (a folder every worker "
                        "sees) instead of sending results to --db; load them with `minutes merge DIR`")

    p = sub.add_parser("merge", help="load Parquet shards of `ingest --shard-out DIR` into the store")
    p.add_argument("dir", type=Path)
    p.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"DuckDB store (default: {DEFAULT_DB})")

    p = sub.add_parser("repair", help="repair legacy OCR text files (never overwrites originals)")
    p.add_argument("paths", nargs="+", help="text files or folders, or - for stdin → stdout")
    p.add_argument("--out", type=Path, help="folder for repaired copies (required for files)")
    p.add_argument("--report", type=Path, help="CSV report of every change")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    for name, help_text in (("decisions", "decisions across municipalities"), ("sql", "read-only SQL")):
        p = sub.add_parser(name, help=help_text)
        if name == "sql":
            p.add_argument("query", help='e.g. "select meeting_date, organ from documents"')
        else:
            p.add_argument("--theme", help="theme key (see `minutes themes`)")
            p.add_argument("--municipality", help="kommun name or SCB code, or län name or county code")
            p.add_argument("--organ", help="part of the organ's name, e.g. utbildningsnämnd")
            p.add_argument("--person", help="part of the name of a person listed in the document")
            p.add_argument("--since", help="meeting date from (YYYY-MM-DD)")
            p.add_argument("--until", help="meeting date until (YYYY-MM-DD)")
            p.add_argument("--search", help="words in the decision or its section title: ranked full-text search "
                                            "with Swedish stemming (substring match if the store has no index)")
            p.add_argument("--limit", type=int, default=0,
                           help="only the first N rows (the best N with --search); 0, the default, for all")
        p.add_argument("--format", choices=query.FORMATS, default="table")
        p.add_argument("--db", type=Path, default=DEFAULT_DB)

    p = sub.add_parser("export", help="export every table to Parquet or CSV")
    p.add_argument("dir", type=Path)
    p.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    p.add_argument("--db", type=Path, default=DEFAULT_DB)

    p = sub.add_parser("themes", help="list the theme taxonomy (with decision counts if the store exists)")
    p.add_argument("--db", type=Path, default=DEFAULT_DB)

    p = sub.add_parser("retheme", help="re-label every decision and section from models/themes.toml (no OCR)")
    p.add_argument("--db", type=Path, default=DEFAULT_DB)

    p = sub.add_parser(
        "reextract",
        help="read every stored document again from its stored text with this version (no OCR)",
        description="Re-run repair, segmentation, extraction and themes on the page text the store "
        "already holds, e.g. after upgrading minutes (ingest skips unchanged files). Each document is "
        "replaced in its own transaction; one that fails keeps its old rows.",
    )
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    p.add_argument("--municipality", help="kommun to record for every document, as given to ingest (default: read from the text)")
    p.add_argument("--keep-personnummer", action="store_true",
                   help="as given to ingest: do not mask personnummer (masked text stays masked)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("report", help="one self-contained HTML file: charts per theme and kommun, searchable table")
    p.add_argument("--out", type=Path, required=True, help="the HTML file to write")
    p.add_argument("--theme", help="only decisions with this theme")
    p.add_argument("--municipality", help="only this kommun, län or region (as for `minutes decisions`)")
    p.add_argument("--since", help="meeting date from (YYYY-MM-DD)")
    p.add_argument("--until", help="meeting date until (YYYY-MM-DD)")
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return COMMANDS[args.command](args)
    except MinutesError as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"minutes {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("minutes: interrupted", file=sys.stderr)
        return 130


def cmd_ingest(args) -> int:
    from . import run

    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if (args.executor == "dask") != bool(args.scheduler):
        raise UsageError("--executor dask and --scheduler ADDRESS go together")
    if args.shard_out and args.executor != "dask":
        raise UsageError("--shard-out needs --executor dask")
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:  # made on the first page, so an early error is not glued to a bar
            from tqdm import tqdm

            bar = tqdm(total=0, unit="page", desc="ingest", file=sys.stderr, dynamic_ncols=True)
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        if args.shard_out:
            from . import distributed

            report = distributed.ingest_shards(
                args.paths, args.shard_out, args.scheduler, force=args.force, municipality=args.municipality,
                progress=None if args.quiet else progress, keep_personnummer=args.keep_personnummer,
            )
        else:
            report = run.ingest(
                args.paths, args.db, workers=args.workers, force=args.force,
                municipality=args.municipality, progress=None if args.quiet else progress,
                keep_personnummer=args.keep_personnummer, dask_scheduler=args.scheduler,
            )
    finally:
        if bar is not None:
            bar.close()
    for source, message in report.failed:
        print(f"failed: {source}: {message}", file=sys.stderr)
    print(
        f"{len(report.ingested)} ingested, {len(report.skipped)} unchanged (skipped), "
        f"{len(report.failed)} failed → {args.shard_out or args.db}",
        file=sys.stderr,
    )
    if args.timings:
        print(f"timings: {timing.summary(report.timings)}", file=sys.stderr)
        print(f"cpu: {timing.summary(report.timings, cpu=True)}", file=sys.stderr)
    return report.exit_code


def cmd_reextract(args) -> int:
    from tqdm import tqdm

    from . import run

    quiet = args.quiet or not sys.stderr.isatty()
    with tqdm(total=0, unit="doc", desc="reextract", file=sys.stderr, disable=quiet, dynamic_ncols=True) as bar:

        def progress(done: int, total: int) -> None:
            bar.total, bar.n = total, done
            bar.refresh()

        report = run.reextract(args.db, municipality=args.municipality, progress=progress,
                               keep_personnummer=args.keep_personnummer)
    for source, message in report.failed:
        print(f"failed: {source}: {message}", file=sys.stderr)
    print(f"{len(report.ingested)} re-extracted, {len(report.failed)} failed (old rows kept) → {args.db}",
          file=sys.stderr)
    return report.exit_code


def cmd_merge(args) -> int:
    from . import distributed

    merged = distributed.merge(args.dir, args.db)
    print(f"{merged} documents merged from {args.dir} → {args.db}", file=sys.stderr)
    return 0


def cmd_repair(args) -> int:
    """Repair text files (or stdin) a chunk at a time: flat memory on any size, originals never touched."""
    from . import ocr, repair

    if args.paths == ["-"]:
        text, encoding = ocr.decode_text(sys.stdin.buffer.read())  # stdin cannot be read twice
        with _ReportWriter(args.report) as report:
            for piece, records in repair.repair_lines(io.StringIO(text, newline="")):
                sys.stdout.write(piece)
                report.add("-", records)
        print(f"read stdin as {encoding}; {report.changes} changes", file=sys.stderr)
        return 0
    if not args.out:
        raise UsageError("--out DIR is required when repairing files (originals are never overwritten)")
    report_path = args.report or args.out / "repairs.csv"
    targets = _repair_targets([Path(p) for p in args.paths], args.out, report_path)
    from tqdm import tqdm

    total = sum(path.stat().st_size for path in targets)
    quiet = args.quiet or not sys.stderr.isatty()
    with _ReportWriter(report_path) as report, tqdm(total=total, unit="B", unit_scale=True, desc="repair",
                                                    file=sys.stderr, disable=quiet) as bar:
        for path, target in targets.items():
            before = report.changes
            with open(path, "rb") as raw:
                encoding = repair.detect_encoding(raw)
            count_as = {"utf-8-sig": "utf-8"}.get(encoding, encoding)
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(path, encoding=encoding, newline="") as src, open(target, "w", encoding="utf-8", newline="") as dst:
                for piece, records in repair.repair_lines(_counted(src, bar, count_as)):
                    dst.write(piece)
                    report.add(str(path), records)
            bar.write(f"{path} (read as {encoding}, {report.changes - before} changes) → {target}", file=sys.stderr)
    print(f"{report.changes} changes in {len(targets)} files; report: {report_path}", file=sys.stderr)
    return 0


def _counted(lines, bar, encoding: str):
    """The lines, moving the progress bar on by their size in bytes."""
    for line in lines:
        bar.update(len(line.encode(encoding, "replace")))
        yield line


class _ReportWriter:
    """The CSV report of every change, written as the changes come (nothing when `path` is None)."""

    def __init__(self, path: Path | None):
        self.path, self.changes, self._fh, self._writer = path, 0, None, None

    def __enter__(self):
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "w", newline="", encoding="utf-8")
            self._writer = csv.writer(self._fh)
            self._writer.writerow(["file", "page_no", "char_start", "original", "replacement", "confidence", "rule"])
        return self

    def add(self, source: str, records: list[Repair]) -> None:
        self.changes += len(records)
        if self._writer:
            for r in records:
                self._writer.writerow([source, r.page_no, r.char_start, r.original, r.replacement, r.confidence, r.rule])

    def __exit__(self, *exc) -> None:
        if self._fh:
            self._fh.close()


def _repair_targets(paths: list[Path], out: Path, report: Path) -> dict[Path, Path]:
    """Each .txt input and where its repaired copy goes: `out` mirrors the folders given.

    Checked before anything is written: no copy or report may land on an input or on
    another copy.
    """
    from . import run

    targets: dict[Path, Path] = {}
    for given in paths:
        for path in run.find_inputs([given]):
            if path.suffix.lower() == ".txt":
                targets[path] = out / (path.relative_to(given) if given.is_dir() else path.name)
    inputs = {p.resolve() for p in targets}
    seen: set[Path] = set()
    for path, target in targets.items():
        if target.resolve() in inputs:
            raise UsageError(f"--out would overwrite the original {path}")
        if target.resolve() in seen:
            raise UsageError(f"two inputs would be repaired to the same {target}; repair them separately")
        seen.add(target.resolve())
    if report.resolve() in inputs | seen:
        raise UsageError(f"--report {report} would overwrite an input or a repaired copy")
    return targets


def cmd_sql(args) -> int:
    sys.stdout.write(query.render(query.sql(args.db, args.query), args.format))
    return 0


def cmd_decisions(args) -> int:
    frame = query.decisions(args.db, args.theme, args.municipality, args.since, args.until, args.search,
                            organ=args.organ, person=args.person, limit=args.limit)
    sys.stdout.write(query.render(frame, args.format))
    return 0


def cmd_export(args) -> int:
    for path in query.export(args.db, args.dir, args.format):
        print(path)
    if args.format == "parquet":
        folder = query.export_partitioned(args.db, args.dir)
        print(f"decisions partitioned by municipality and year → {folder}", file=sys.stderr)
    return 0


def cmd_themes(args) -> int:
    counts = None
    if args.db.exists():
        try:
            con = query.read_only(args.db)
        except MinutesError as exc:
            print(f"minutes themes: no counts: {exc}", file=sys.stderr)
        else:
            try:
                counts = themes.counts(con)
            finally:
                con.close()
    for theme in themes.taxonomy():
        count = "" if counts is None else f"{counts.get(theme.key, 0):>7}  "
        print(f"{theme.key:<30} {count}{theme.label:<40} {', '.join(theme.stems[:6])}")
    return 0


def cmd_report(args) -> int:
    from . import report

    made = report.build(args.db, args.out, theme=args.theme, municipality=args.municipality, since=args.since,
                        until=args.until)
    print(f"{made['decisions']} decisions ({made['rows']} in the table) → {args.out}", file=sys.stderr)
    return 0


def cmd_retheme(args) -> int:
    con = store.connect(args.db)
    try:
        decisions, sections = themes.retheme(con)
    finally:
        con.close()
    print(f"re-labelled {decisions} decisions and {sections} sections → {args.db}", file=sys.stderr)
    return 0


COMMANDS = {
    "ingest": cmd_ingest,
    "repair": cmd_repair,
    "sql": cmd_sql,
    "decisions": cmd_decisions,
    "export": cmd_export,
    "themes": cmd_themes,
    "retheme": cmd_retheme,
    "reextract": cmd_reextract,
    "merge": cmd_merge,
    "report": cmd_report,
}
