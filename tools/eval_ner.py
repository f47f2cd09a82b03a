"""Score the shipped NER (models/ner): the corpus's test split and the people of the minutes gold.

    .venv/bin/python tools/eval_ner.py [--shared ../shared] [--samples samples]

1. Swedish NER corpus, test split (../shared/data/swedish-ner-corpus/test_corpus.txt, never
   trained on): precision, recall and F1 per label and overall, exact entity spans, by spaCy's
   scorer. Without ../shared this prints "corpus not available".
2. Minutes gold: for each samples/gold/NAME.json with a samples/truth/NAME.txt, the model reads
   the truth text page by page; its PER entities (whitespace-normalised, case-folded, as a set
   per document) are compared with the gold people's names. A lone first name of a gold person
   counts neither way (the extractor links those to the full name). Printed separately for the
   documents the model was trained on (tools/train_ner.py MINUTES_TRAIN) and for the rest.

Exit 0, or 2 when models/ner is missing.
"""

from __future__ import annotations

import argparse
import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"

import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_ner import CORPUS_SUBDIR, LABELS, MINUTES_TRAIN, corpus_docs  # noqa: E402

from pipeline.evaluate import Score, normalize_label  # noqa: E402

MODEL_DIR = ROOT / "models" / "ner"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    args = parser.parse_args(argv)
    if not (MODEL_DIR / "meta.json").is_file():
        print(f"eval_ner: no model at {MODEL_DIR} (make ner)", file=sys.stderr)
        return 2
    import spacy

    nlp = spacy.load(MODEL_DIR)
    print("NER (models/ner) on the Swedish NER corpus, test split")
    corpus = args.shared / CORPUS_SUBDIR / "test_corpus.txt"
    if corpus.is_file():
        print(render_corpus(score_corpus(nlp, corpus)))
    else:
        print("  corpus not available (../shared/data/swedish-ner-corpus missing)")
    print("\nNER PER entities against the people of samples/gold (truth text)")
    print(render_minutes(score_minutes(nlp, args.samples)))
    return 0


def score_corpus(nlp, path: Path) -> dict:
    from spacy.training import Example

    examples = [Example(nlp.make_doc(doc.text), doc) for doc in corpus_docs(nlp.vocab, path)]
    return nlp.evaluate(examples, batch_size=256)


def render_corpus(scores: dict) -> str:
    rows = [f"  {'label':<8}{'P':>7}{'R':>7}{'F1':>7}"]
    per_type = scores.get("ents_per_type") or {}
    for label in LABELS:
        s = per_type.get(label)
        if s:
            rows.append(f"  {label:<8}{s['p']:>7.3f}{s['r']:>7.3f}{s['f']:>7.3f}")
    rows.append(f"  {'overall':<8}{scores['ents_p']:>7.3f}{scores['ents_r']:>7.3f}{scores['ents_f']:>7.3f}")
    return "\n".join(rows)


def person_names(nlp, text: str) -> set[str]:
    names = set()
    for page in text.split("\f"):
        for ent in nlp(page).ents:
            if ent.label_ == "PER":
                names.add(normalize_label(ent.text.strip(" ,.;:()")))
    return names


def score_document(nlp, text: str, gold: dict) -> Score:
    wanted = {normalize_label(p["name"]) for p in gold.get("people") or [] if p.get("name")}
    first_names = {name.split()[0] for name in wanted if " " in name}
    found = {n for n in person_names(nlp, text) if n and n not in first_names}
    return Score(tp=len(found & wanted), fp=len(found - wanted), fn=len(wanted - found))


def score_minutes(nlp, samples: Path) -> dict[str, Score]:
    totals = {"trained on": Score(), "not trained on": Score()}
    for gold_path in sorted((samples / "gold").glob("*.json")):
        truth = samples / "truth" / f"{gold_path.stem}.txt"
        if not truth.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        group = "trained on" if gold_path.stem in MINUTES_TRAIN else "not trained on"
        totals[group] += score_document(nlp, truth.read_text(encoding="utf-8"), gold)
    return totals


def render_minutes(totals: dict[str, Score]) -> str:
    rows = [f"  {'documents':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for group, s in totals.items():
        cells = "".join(f"{'-' if v is None else f'{v:.3f}':>7}" for v in (s.precision, s.recall, s.f1))
        rows.append(f"  {group:<16}{cells}{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    return "\n".join(rows)


if __name__ == "__main__":
    raise SystemExit(main())
