"""Train the statistical NER shipped in models/ner (`make ner`).

    .venv/bin/python tools/train_ner.py [--shared ../shared] [--build build/ner] [--epochs N]

Training data:
- the Swedish NER corpus (Webbnyheter 2012, Språkbanken; annotated by A. Klintberg et al.,
  CC BY 4.0) from ../shared/data/swedish-ner-corpus/: its train split, shuffled with a fixed
  seed, gives 90 % train and 10 % dev (the dev part picks the best model); its test split is
  never trained on and is scored by tools/eval_ner.py. One token per line, `token TAG`, a run
  of tokens with the same tag is one entity (PER, ORG, LOC, MISC);
- the minutes of `MINUTES_TRAIN` (samples/truth/NAME.txt), annotated from their gold
  (samples/gold/NAME.json): people's names and their first names alone as PER, the gold's
  kommuner and the kommun/place affiliations as LOC, school affiliations and the organisations
  gazetteer (models/organisations.tsv) as ORG. The text is cut into blocks of a few lines,
  repeated `MINUTES_REPEAT` times, so the model sees list layouts, tabs and headings.

The corpus and minutes are turned into spaCy DocBins under --build (not committed), trained with
the config tools/ner.cfg on one CPU thread (seed 0), and the best model is copied to models/ner
with its meta naming the sources and licence, and a README. Needs ../shared; nothing here runs
at ingest time.
"""

from __future__ import annotations

import argparse
import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"  # the CPU is shared: one thread, set before numpy is imported

import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "tools" / "ner.cfg"
MODEL_DIR = ROOT / "models" / "ner"
SAMPLES = ROOT / "samples"
CORPUS_SUBDIR = Path("data") / "swedish-ner-corpus"
SEED = 0
DEV_SHARE = 0.1
MINUTES_REPEAT = 4
BLOCK_LINES = 8
LABELS = ("PER", "ORG", "LOC", "MISC")

# Only these gold documents are trained on; every other gold file stays unseen by the model.
MINUTES_TRAIN = (
    "bun_protokoll",
    "ks_protokollsutdrag",
    "natverk_minnesanteckningar",
    "ledningsgrupp",
    "kallelse",
    "inbjudan",
    "digital_protokoll",
    "tiff_protokoll",
    "legacy_ocr",
)

CREDIT = "Swedish NER corpus (Webbnyheter 2012, Språkbanken; annotated by A. Klintberg et al.), CC BY 4.0"
CORPUS_URL = "https://github.com/klintan/swedish-ner-corpus"

Entity = tuple[int, int, str]  # start, end (characters), label

NO_SPACE_BEFORE = set(",.:;!?)]}%”»")
NO_SPACE_AFTER = set("([{“«")


# --- the corpus --------------------------------------------------------------------------------


def read_corpus(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a corpus file as (tokens, tags); tag '0' is outside."""
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) < 2:
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        words.append(" ".join(fields[:-1]))
        tags.append(fields[-1] if fields[-1] in LABELS else "0")
    if words:
        sentences.append((words, tags))
    return sentences


def sentence_doc(vocab, words: list[str], tags: list[str]):
    """A spaCy Doc of one corpus sentence, entities from runs of equal tags."""
    from spacy.tokens import Doc, Span

    spaces = [
        i + 1 < len(words) and words[i + 1][:1] not in NO_SPACE_BEFORE and w[-1:] not in NO_SPACE_AFTER
        for i, w in enumerate(words)
    ]
    doc = Doc(vocab, words=words, spaces=spaces)
    ents, i = [], 0
    while i < len(tags):
        if tags[i] == "0":
            i += 1
            continue
        j = i
        while j < len(tags) and tags[j] == tags[i]:
            j += 1
        ents.append(Span(doc, i, j, label=tags[i]))
        i = j
    doc.ents = ents
    return doc


def corpus_docs(vocab, path: Path) -> list:
    return [sentence_doc(vocab, w, t) for w, t in read_corpus(path)]


# --- the minutes -------------------------------------------------------------------------------


def gold_terms(gold: dict) -> list[tuple[str, str]]:
    """(text, label) to look for in a minutes text, from its gold record."""
    terms: list[tuple[str, str]] = []
    kommuner = {k.lower() for k in gold.get("municipalities") or []}
    for person in gold.get("people") or []:
        name = (person.get("name") or "").strip()
        if name:
            terms.append((name, "PER"))
            if " " in name:
                terms.append((name.split()[0], "PER"))  # "Karin tar med sig frågan"
        place = (person.get("affiliation") or "").strip()
        if place:
            terms.append((place, "LOC" if place.lower() in kommuner else "ORG"))
    terms += [(k, "LOC") for k in gold.get("municipalities") or [] if k]
    terms += [(form, "ORG") for form in organisation_forms()]
    return terms


def organisation_forms() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from pipeline.extract import nlp as minutes_nlp

    return [o.form for o in minutes_nlp.organisations() if o.kind not in ("suffix", "generic", "organ")]


def annotate(text: str, terms: list[tuple[str, str]]) -> list[Entity]:
    """Non-overlapping entity spans of `terms` in `text`; longer terms win, a genitive s is kept."""
    taken = [False] * len(text)
    found: list[Entity] = []
    for term, label in sorted(set(terms), key=lambda t: -len(t[0])):
        words = [re.escape(w) for w in term.split()]
        genitive = "s?" if label != "PER" else ""
        pattern = re.compile(r"(?<![\w-])" + r"\s+".join(words) + genitive + r"(?![\w-])")
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            found.append((m.start(), m.end(), label))
    return sorted(found)


def blocks(text: str, size: int = BLOCK_LINES) -> list[tuple[int, str]]:
    """The text in pieces of at most `size` lines, cut at page breaks and blank lines."""
    pieces: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\f]+", text):
        lines = [ln for ln in re.finditer(r"[^\n]*\n?", m.group()) if ln.group()]
        for i in range(0, len(lines), size):
            chunk = lines[i : i + size]
            start = m.start() + chunk[0].start()
            piece = text[start : m.start() + chunk[-1].end()]
            if piece.strip():
                pieces.append((start, piece))
    return pieces


def minutes_docs(nlp, names: tuple[str, ...] = MINUTES_TRAIN, samples: Path = SAMPLES) -> list:
    docs = []
    for name in names:
        text = (samples / "truth" / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads((samples / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        ents = annotate(text, gold_terms(gold))
        for start, piece in blocks(text):
            doc = nlp.make_doc(piece)
            spans = []
            for s, e, label in ents:
                if s >= start and e <= start + len(piece):
                    span = doc.char_span(s - start, e - start, label=label, alignment_mode="contract")
                    if span is not None:
                        spans.append(span)
            doc.ents = spans
            docs.append(doc)
    return docs


# --- training ----------------------------------------------------------------------------------


def build_data(corpus_dir: Path, build: Path) -> dict[str, int]:
    """Write train.spacy and dev.spacy under `build`; returns counts."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("sv")
    sentences = corpus_docs(nlp.vocab, corpus_dir / "train_corpus.txt")
    random.Random(SEED).shuffle(sentences)
    n_dev = int(len(sentences) * DEV_SHARE)
    dev, train = sentences[:n_dev], sentences[n_dev:]
    minutes = minutes_docs(nlp)
    train_all = train + minutes * MINUTES_REPEAT
    random.Random(SEED).shuffle(train_all)
    build.mkdir(parents=True, exist_ok=True)
    DocBin(docs=train_all, store_user_data=False).to_disk(build / "train.spacy")
    DocBin(docs=dev, store_user_data=False).to_disk(build / "dev.spacy")
    return {
        "corpus_train": len(train),
        "corpus_dev": len(dev),
        "minutes_blocks": len(minutes),
        "minutes_entities": sum(len(d.ents) for d in minutes),
    }


def train(build: Path, epochs: int | None) -> Path:
    from spacy.cli.train import train as spacy_train

    overrides = {"paths.train": str(build / "train.spacy"), "paths.dev": str(build / "dev.spacy")}
    if epochs:
        overrides["training.max_epochs"] = epochs
    spacy_train(CONFIG, build / "out", use_gpu=-1, overrides=overrides)
    return build / "out" / "model-best"


def ship(best: Path, counts: dict[str, int], seconds: float, cpu_seconds: float) -> None:
    """Copy the trained pipeline to models/ner with meta and README naming the sources."""
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    shutil.copytree(best, MODEL_DIR)
    config = MODEL_DIR / "config.cfg"  # the build paths mean nothing elsewhere
    config.write_text(
        re.sub(r'(?m)^(train|dev) = ".*"$', r"\1 = null", config.read_text(encoding="utf-8")), encoding="utf-8"
    )
    meta_path = MODEL_DIR / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "minutes_ner",
            "version": "1.0.0",
            "description": "Small CPU NER (PER, ORG, LOC, MISC) for Swedish municipal minutes, "
            "built by tools/train_ner.py (make ner).",
            "license": "CC BY 4.0",
            "author": "minutes project",
            "sources": [
                {"name": CREDIT, "url": CORPUS_URL, "license": "CC BY 4.0", "author": "A. Klintberg et al."},
                {
                    "name": "minutes samples (samples/truth, samples/gold): " + ", ".join(MINUTES_TRAIN),
                    "license": "MIT",
                    "author": "minutes project",
                },
            ],
            "training": {
                **counts,
                "seed": SEED,
                "seconds": round(seconds),
                "cpu_seconds": round(cpu_seconds),
                "threads": 1,
            },
        }
    )
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (MODEL_DIR / "README.md").write_text(readme(meta), encoding="utf-8")


def readme(meta: dict) -> str:
    scores = meta.get("performance", {}).get("ents_per_type", {})
    lines = [
        "# models/ner — statistical NER of the minutes pipeline",
        "",
        "A spaCy pipeline (blank `sv` tokenizer, hash-embedding CNN tok2vec, transition-based NER)",
        "with the labels PER, ORG, LOC and MISC, loaded by `pipeline/extract/nlp.py`.",
        "Rebuilt with `make ner` (tools/train_ner.py, config tools/ner.cfg); scored by",
        "`tools/eval_ner.py`.",
        "",
        f"Trained on the {CREDIT} — {CORPUS_URL} — and on the project's own annotated sample",
        "minutes. The model's weights are derived from that corpus and are shared under the same",
        "licence, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), with this credit.",
        "",
        "Dev-split scores at training time (10 % of the corpus's train split):",
        "",
    ]
    for label, s in sorted(scores.items()):
        lines.append(f"- {label}: P {s['p']:.3f} R {s['r']:.3f} F1 {s['f']:.3f}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--build", type=Path, default=ROOT / "build" / "ner")
    parser.add_argument("--epochs", type=int, default=None, help="override training.max_epochs")
    args = parser.parse_args(argv)
    corpus_dir = args.shared / CORPUS_SUBDIR
    if not (corpus_dir / "train_corpus.txt").is_file():
        print(f"train_ner: corpus not found at {corpus_dir}", file=sys.stderr)
        return 2
    started, cpu_started = time.monotonic(), time.process_time()
    counts = build_data(corpus_dir, args.build)
    print(f"train_ner: {counts}", file=sys.stderr)
    best = train(args.build, args.epochs)
    seconds, cpu_seconds = time.monotonic() - started, time.process_time() - cpu_started
    ship(best, counts, seconds, cpu_seconds)
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    print(
        f"train_ner: {MODEL_DIR} ({size / 1e6:.1f} MB) in {seconds / 60:.1f} min ({cpu_seconds / 60:.1f} min CPU)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
