"""Regenerate the gazetteers in models/ from the shared source data.

    .venv/bin/python tools/build_gazetteers.py [--shared ../shared] [--check]

- models/kommuner.tsv: the SCB list of kommuner (../shared/data/kommuner/swedish_admin_areas.csv)
  plus an `ambiguous` flag and `aliases`. A name is ambiguous when models/kommuner_flags.tsv says so,
  when it (or its form without å/ä/ö) is an ordinary Swedish word in spaCy's lookup lexicon, or when
  it is a first name in models/first_names.tsv.
- models/first_names.tsv: first tokens of multi-token person names in the Swedish NER corpus
  (../shared/data/swedish-ner-corpus, CC BY 4.0), with their counts.

Missing sources are skipped with a note, so the committed files stay as they are. `--check`
compares instead of writing and exits 1 when a committed file differs from what would be built.
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
KOMMUN_COLUMNS = ["code", "name", "county_code", "county_name", "ambiguous", "aliases"]


def fold(text: str) -> str:
    """Drop diacritics the way English-model OCR loses them (Västerås -> Vasteras)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_flags(path: Path) -> dict[str, tuple[str, str]]:
    flags = {}
    for row in _tsv_rows(path):
        flags[row["name"]] = (row.get("why") or "", row.get("aliases") or "")
    return flags


def read_first_names(path: Path) -> set[str]:
    return {row["name"] for row in _tsv_rows(path)} if path.exists() else set()


class SwedishLexicon:
    """Word forms and lemmas of spaCy's Swedish lookup lemmatizer (spacy-lookups-data)."""

    def __init__(self) -> None:
        from spacy.lookups import load_lookups

        self.table = load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")
        self.lemmas = set(self.table.values())

    def __contains__(self, word: str) -> bool:
        return word in self.table or word in self.lemmas  # the table is keyed by hashes


def build_kommuner(
    csv_path: Path, flags: dict, first_names: set[str], lexicon: SwedishLexicon
) -> str:
    lines = ["\t".join(KOMMUN_COLUMNS)]
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["municipality_name"]
            why, aliases = flags.get(name, ("", ""))
            is_word = name.lower() in lexicon or fold(name).lower() in lexicon
            ambiguous = why != "-" and (bool(why) or is_word or name in first_names)
            cells = [
                row["municipality_code"],
                name,
                row["county_code"],
                row["county_name"],
                "1" if ambiguous else "0",
                aliases,
            ]
            lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def build_first_names(corpus_dir: Path) -> str:
    counts: Counter[str] = Counter()
    for corpus in sorted(corpus_dir.glob("*_corpus.txt")):
        for span in _person_spans(corpus):
            first = span[0]
            is_name = first.isalpha() and first[0].isupper() and not first.isupper()
            if len(span) >= 2 and len(first) >= 2 and is_name:
                counts[first] += 1
    lines = ["name\tcount"]
    lines += [
        f"{name}\t{n}"
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return "\n".join(lines) + "\n"


def _person_spans(path: Path):
    span: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == "PER":
            span.append(parts[0])
            continue
        if span:
            yield span
        span = []
    if span:
        yield span


def _tsv_rows(path: Path):
    lines = [
        ln
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    header = lines[0].split("\t")
    for line in lines[1:]:
        yield dict(zip(header, line.split("\t")))


def _emit(path: Path, text: str, check: bool) -> bool:
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if check:
        if current != text:
            print(
                f"{path.relative_to(ROOT)} differs from a fresh build", file=sys.stderr
            )
        return current == text
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    ok = True
    corpus_dir = args.shared / "data" / "swedish-ner-corpus"
    if corpus_dir.is_dir():
        ok &= _emit(
            MODELS / "first_names.tsv", build_first_names(corpus_dir), args.check
        )
    else:
        print(f"skipped first_names.tsv: no {corpus_dir}")
    csv_path = args.shared / "data" / "kommuner" / "swedish_admin_areas.csv"
    if csv_path.exists():
        flags = read_flags(MODELS / "kommuner_flags.tsv")
        if args.check and corpus_dir.is_dir():
            first_names = {
                ln.split("\t")[0]
                for ln in build_first_names(corpus_dir).splitlines()[1:]
            }
        else:
            first_names = read_first_names(MODELS / "first_names.tsv")
        text = build_kommuner(csv_path, flags, first_names, SwedishLexicon())
        ok &= _emit(MODELS / "kommuner.tsv", text, args.check)
    else:
        print(f"skipped kommuner.tsv: no {csv_path}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
