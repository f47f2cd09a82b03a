"""Quality report: the store's records for `samples/` against the gold and the truth text.

    .venv/bin/python tools/eval.py [--db outputs/minutes.duckdb] [--samples samples] [--json outputs/eval.json]

For each `samples/gold/NAME.json` the document with that file name is looked up in the store
(the latest ingest when there are several) and turned into a record of the gold's shape; the
scoring itself is `pipeline.evaluate` (definitions in its docstring). Prints three tables:

1. character error rate of `pages.raw_text` (as OCR / the text layer / the file gave it) and
   of `pages.text` (after repair) against `samples/truth/NAME.txt`, page by page, and the word
   error rate of `pages.text` with and without regard to reading order;
2. precision, recall and F1 per field, micro-averaged over the samples;
3. F1 per field and sample ('-' where neither side has anything to score).

Samples are split into `dev` and held-out rounds `heldout` … `heldout99` by `samples/gold/SPLIT.toml` (a gold file
not listed there is dev). Table 2 is printed for each split and for all samples; `--split dev` (or
`heldout`) restricts every table and the JSON to that split, so the held-out documents' outputs
need not be looked at while extractors are tuned on the dev ones.

All numbers go to the JSON file too. A sample missing from the store scores as an empty
prediction. Exit 0, or 2 (one line on stderr) when the store is missing or cannot be opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import evaluate, store  # noqa: E402
from pipeline.document import PAGE_BREAK  # noqa: E402
from pipeline.errors import StoreError  # noqa: E402

AGENDA_KINDS = ("paragraph", "topic")  # the section kinds the gold lists (agenda items)
SHORT_NAME = 9  # characters of a sample's name in the per-sample table
SPLITS = ("dev", "heldout", *(f"heldout{n}" for n in range(2, 100)))  # the keys SPLIT.toml may use, in print order


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        con = store.connect(args.db, read_only=True)
    except StoreError as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 2
    try:
        report = build_report(con, args.samples, args.split)
    finally:
        con.close()
    report["db"] = str(args.db)
    print(render(report))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, cls=_Encoder) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("outputs/minutes.duckdb"))
    parser.add_argument("--samples", type=Path, default=ROOT / "samples", help="folder with gold/ and truth/")
    parser.add_argument("--json", type=Path, default=Path("outputs/eval.json"), help="where to write all numbers")
    parser.add_argument(
        "--split", choices=(*SPLITS, "all"), default="all", help="score only this split of samples/gold/SPLIT.toml"
    )
    return parser.parse_args(argv)


# --- reading ----------------------------------------------------------------------------------


# Text measures against the truth: name → (which page text, measure).
TEXT_MEASURES = {
    "raw_cer": ("raw_text", evaluate.char_errors),
    "text_cer": ("text", evaluate.char_errors),
    "text_wer": ("text", evaluate.word_errors),
    "text_unordered_wer": ("text", evaluate.unordered_word_errors),
}


def read_split(samples: Path) -> dict[str, str]:
    """Gold stem → its split (dev or a held-out round), from samples/gold/SPLIT.toml."""
    path = samples / "gold" / "SPLIT.toml"
    table = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {stem: part for part in SPLITS for stem in table.get(part, [])}


def build_report(con, samples: Path, only: str = "all") -> dict:
    per_sample: dict[str, dict] = {}
    text_totals = {"all": _no_errors(), "ocr": _no_errors()}
    split = read_split(samples)
    gold_files = []
    for gold_path in sorted((samples / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold_files.append(gold["file"])
        part = split.get(gold_path.stem, "dev")
        if only != "all" and part != only:
            continue
        doc_id = find_document(con, gold["file"])
        predicted = read_record(con, doc_id) if doc_id else {}
        entry = {
            "file": gold["file"],
            "split": part,
            "doc_id": doc_id,
            "text_source": predicted.get("text_source"),
            "fields": evaluate.score_document(predicted, gold),
        }
        truth_path = samples / "truth" / f"{gold_path.stem}.txt"
        if truth_path.exists():
            truth = truth_path.read_text(encoding="utf-8").split(PAGE_BREAK)
            entry["text"] = text_quality(read_pages(con, doc_id) if doc_id else [], truth)
            entry["text"]["repairs"] = count_repairs(con, doc_id) if doc_id else 0
            for group in ("all", "ocr") if entry["text_source"] == "ocr" else ("all",):
                for measure in TEXT_MEASURES:
                    text_totals[group][measure] += entry["text"][measure]
        per_sample[gold_path.stem] = entry
    return {
        "samples": per_sample,
        "overall": {
            "fields": evaluate.micro_average(e["fields"] for e in per_sample.values()),
            "text": text_totals,
        },
        "splits": {
            part: evaluate.micro_average(e["fields"] for e in per_sample.values() if e["split"] == part)
            for part in SPLITS
            if any(e["split"] == part for e in per_sample.values())
        },
        "unscored": unscored_files(con, gold_files),
        "definitions": {
            "section_title_min_ratio": evaluate.SECTION_TITLE_MIN_RATIO,
            "decision_min_token_f1": evaluate.DECISION_MIN_TOKEN_F1,
            "section_kinds": list(AGENDA_KINDS),
        },
    }


def text_quality(pages: list[dict], truth: list[str]) -> dict:
    """Every measure of TEXT_MEASURES summed over pages, plus the per-page figures."""
    quality: dict = {"pages": len(pages), "truth_pages": len(truth)}
    for measure, (column, function) in TEXT_MEASURES.items():
        quality[measure] = evaluate.page_errors([p[column] for p in pages], truth, function)
    quality["per_page"] = [
        {"page_no": i + 1}
        | {
            measure: function(pages[i][column] if i < len(pages) else "", reference)
            for measure, (column, function) in TEXT_MEASURES.items()
        }
        for i, reference in enumerate(truth)
    ]
    return quality


def _no_errors() -> dict[str, evaluate.ErrorRate]:
    return {measure: evaluate.ErrorRate() for measure in TEXT_MEASURES}


def find_document(con, file_name: str) -> str | None:
    row = con.execute(
        "SELECT doc_id FROM documents WHERE file_name = ? ORDER BY ingested_at DESC NULLS LAST LIMIT 1", [file_name]
    ).fetchone()
    return row[0] if row else None


def read_record(con, doc_id: str) -> dict:
    """The stored document as a record shaped like `samples/gold/*.json`."""
    header = con.execute(
        """SELECT doc_type, municipality, municipality_code, organ, title, meeting_date, start_time, end_time,
                  location, text_source FROM documents WHERE doc_id = ?""",
        [doc_id],
    ).fetchone()
    keys = (
        "doc_type",
        "municipality",
        "municipality_code",
        "organ",
        "title",
        "meeting_date",
        "start_time",
        "end_time",
        "location",
        "text_source",
    )
    record = {key: _plain(value) for key, value in zip(keys, header, strict=True)}
    record["people"] = _rows(
        con, "SELECT name, party, roles, attendance, affiliation FROM people WHERE doc_id = ?", doc_id
    )
    record["sections"] = _rows(
        con,
        f"""SELECT number, case_number, title FROM sections WHERE doc_id = ? AND kind IN {AGENDA_KINDS}
            ORDER BY section_id""",
        doc_id,
    )
    record["decisions"] = _rows(
        con,
        """SELECT coalesce(s.number, s.title) AS section, d.kind, d.text FROM decisions d
           LEFT JOIN sections s ON s.doc_id = d.doc_id AND s.section_id = d.section_id
           WHERE d.doc_id = ? ORDER BY d.decision_id""",
        doc_id,
    )
    record["dates"] = _rows(con, "SELECT text, date, date_end, kind FROM dates WHERE doc_id = ?", doc_id)
    record["municipalities"] = [
        row[0]
        for row in con.execute(
            """SELECT normalized FROM mentions WHERE doc_id = ? AND kind = 'municipality'
               GROUP BY normalized ORDER BY min(coalesce(section_id, 0))""",
            [doc_id],
        ).fetchall()
    ]
    return record


def read_pages(con, doc_id: str) -> list[dict]:
    rows = con.execute("SELECT raw_text, text FROM pages WHERE doc_id = ? ORDER BY page_no", [doc_id]).fetchall()
    return [{"raw_text": raw, "text": text} for raw, text in rows]


def count_repairs(con, doc_id: str) -> int:
    return con.execute("SELECT count(*) FROM repairs WHERE doc_id = ?", [doc_id]).fetchone()[0]


def unscored_files(con, scored: list[str]) -> list[str]:
    names = [row[0] for row in con.execute("SELECT DISTINCT file_name FROM documents ORDER BY 1").fetchall()]
    return [name for name in names if name not in scored]


def _rows(con, sql: str, doc_id: str) -> list[dict]:
    cursor = con.execute(sql, [doc_id])
    columns = [d[0] for d in cursor.description]
    return [{c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in cursor.fetchall()]


def _plain(value):
    """DuckDB values in the gold's spelling: dates ISO, times HH:MM."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --- printing ---------------------------------------------------------------------------------


def render(report: dict) -> str:
    return "\n\n".join([render_text(report), render_overall(report), render_matrix(report)])


def _split_columns(report: dict) -> list[tuple[str, dict, int]]:
    """(label, field scores, sample count) for each split present, then all samples."""
    columns = []
    for part, fields in report["splits"].items():
        count = sum(e["split"] == part for e in report["samples"].values())
        columns.append((part, fields, count))
    if len(columns) != 1:
        columns.append(("all", report["overall"]["fields"], len(report["samples"])))
    return columns


def render_text(report: dict) -> str:
    lines = [
        "Text against truth (whitespace collapsed, summed over pages): CER = character edit distance / truth",
        "chars; WER = word edit distance / truth words, after repair; uWER = WER with reading order free",
        f"{'sample':<32}{'source':<11}{'pages':>6}{'chars':>7}{'raw CER':>9}{'text CER':>9}"
        f"{'WER':>8}{'uWER':>8}{'repairs':>8}",
    ]
    for entry in report["samples"].values():
        text = entry.get("text")
        if text is None:
            lines.append(f"{entry['file']:<32}(no truth file)")
            continue
        pages = f"{text['pages']}/{text['truth_pages']}"
        lines.append(
            f"{entry['file']:<32}{entry['text_source'] or 'MISSING':<11}{pages:>6}{_rates(text)}{text['repairs']:>8}"
        )
    for label, key in (("all", "all"), ("scanned (ocr) only", "ocr")):
        lines.append(f"{label:<32}{'':<11}{'':>6}{_rates(report['overall']['text'][key])}")
    return "\n".join(lines)


def _rates(text: dict) -> str:
    return (
        f"{text['raw_cer'].reference:>7}{_pct(text['raw_cer'].rate):>9}{_pct(text['text_cer'].rate):>9}"
        f"{_pct(text['text_wer'].rate):>8}{_pct(text['text_unordered_wer'].rate):>8}"
    )


def render_overall(report: dict) -> str:
    lines = []
    for label, fields, count in _split_columns(report):
        lines += [
            f"Fields, micro-averaged over {count} samples ({label})",
            f"{'field':<18}{'P':>6}{'R':>6}{'F1':>6}{'tp':>6}{'fp':>6}{'fn':>6}",
        ]
        for field, score in fields.items():
            lines.append(
                f"{field:<18}{_num(score.precision):>6}{_num(score.recall):>6}{_num(score.f1):>6}"
                f"{score.tp:>6}{score.fp:>6}{score.fn:>6}"
            )
        lines.append("")
    columns = _split_columns(report)
    lines.append("F1 side by side: " + ", ".join(f"{label} ({count})" for label, _, count in columns))
    lines.append(f"{'field':<18}" + "".join(f"{label:>9}" for label, _, _ in columns))
    for field in evaluate.FIELDS:
        lines.append(f"{field:<18}" + "".join(f"{_num(fields[field].f1):>9}" for _, fields, _ in columns))
    missing = [e["file"] for e in report["samples"].values() if e["doc_id"] is None]
    if missing:
        lines.append(f"not in the store (scored as empty): {', '.join(missing)}")
    if report["unscored"]:
        lines.append(f"in the store without gold (not scored): {', '.join(report['unscored'])}")
    return "\n".join(lines)


def render_matrix(report: dict) -> str:
    stems = list(report["samples"])
    heads = [stem[:SHORT_NAME] for stem in stems] + ["all"]
    lines = ["F1 per field and sample", f"{'field':<18}" + "".join(f"{h:>{SHORT_NAME + 1}}" for h in heads)]
    for field in evaluate.FIELDS:
        cells = [report["samples"][stem]["fields"][field].f1 for stem in stems]
        cells.append(report["overall"]["fields"][field].f1)
        lines.append(f"{field:<18}" + "".join(f"{_num(c):>{SHORT_NAME + 1}}" for c in cells))
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


class _Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, evaluate.Score):
            return o.as_dict()
        if isinstance(o, evaluate.ErrorRate):
            return {"errors": o.errors, "reference": o.reference, "rate": o.rate}
        return super().default(o)


if __name__ == "__main__":
    sys.exit(main())
