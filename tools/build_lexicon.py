"""Compile the Swedish lexicon, context counts and OCR channel that the diacritics repair reads.

Writes, in models/lexicon/ (and models/confusions.tsv):
- words.txt.gz: every Swedish word form (lower case, letters only) that is a key or a lemma in
  spaCy's Swedish lemma lookup table (spacy-lookups-data, sv_lemma_lookup.json.gz), plus the
  counted words below;
- counts.tsv: word → count over running Swedish text: the train split of the Swedish NER corpus
  (Webbnyheter 2012, Språkbanken; ../shared/data/swedish-ner-corpus/train_corpus.txt, CC BY 4.0),
  the truth lines of the train split of the repair corpus (tests/repair_cases/ocr_corpus.tsv)
  and the dev texts of samples/truth (tools/eval_repair.py DEV_TEXTS). Dev and test are never counted;
- proper.txt: words written with a capital inside sentences at least as often as without (NER
  entities, names and places in the corpus lines): a capital there is no OCR slip;
- context.tsv: for every form of an ambiguous group (forms that differ only in å/ä/ö, see
  pipeline.lexicon.groups), how often each word stood just before (L) and just after (R) it in
  the same text, the neighbour keyed by its plain form (pipeline.lexicon.plain), numbers as "0";
- models/confusions.tsv: letter groups tesseract -l eng put for å/ä/ö, counted over word pairs of
  the train split of the repair corpus, with P(group | letter); the hand-written seeds in
  confusion_seeds.tsv join with a small floor probability.

The repair stage reads only these files; ../shared is needed only to rebuild them. Same input,
same bytes (sorted rows, gzip mtime 0), so a test can check the committed files.
"""

from __future__ import annotations

import difflib
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import spacy_lookups_data

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "lexicon"
CONFUSIONS = ROOT / "models" / "confusions.tsv"
NER_TRAIN = ROOT.parent / "shared" / "data" / "swedish-ner-corpus" / "train_corpus.txt"
TRUTH = ROOT / "samples" / "truth"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

WORD = re.compile(r"[a-zåäöéü]+")
TOKEN = re.compile(r"[a-zåäöéü]+|[0-9]+")
DIACRITICS = "åäö"
SEED_PROBABILITY = 0.002  # a seed the train pairs never showed is possible, not likely
MAX_GROUP = 3  # longest damaged letter group learnt ("o6", "aa", "di")


def lemma_table_words() -> set[str]:
    path = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    table = json.loads(gzip.open(path).read())
    forms = {w.lower() for pair in table.items() for w in pair}
    return {w for w in forms if WORD.fullmatch(w)}


def ner_sentences() -> list[list[tuple[str, str]]]:
    """Sentences of the NER corpus's train split as (token, tag) (one token a line, blank line between)."""
    if not NER_TRAIN.exists():
        raise SystemExit(f"{NER_TRAIN} is missing: the lexicon can only be rebuilt next to ../shared/data")
    sentences, sentence = [], []
    for line in NER_TRAIN.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields:
            sentence.append((fields[0], fields[-1]))
        elif sentence:
            sentences.append(sentence)
            sentence = []
    if sentence:
        sentences.append(sentence)
    return sentences


def corpus_lines() -> list[str]:
    """Truth lines of the repair corpus's train split and the dev texts of samples/truth."""
    from eval_repair import DEV_TEXTS
    from make_repair_corpus import read_pairs

    lines = [truth for _, split, truth, _ in read_pairs() if split == "train"]
    for name in sorted(DEV_TEXTS):
        lines += (TRUTH / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return lines


def running_text() -> list[list[str]]:
    """Lower-case words of every sentence or line counted, numbers as "0": NER train, corpus train, samples dev."""
    lines = [" ".join(token for token, _ in s) for s in ner_sentences()] + corpus_lines()
    return [["0" if w[0].isdigit() else w for w in TOKEN.findall(line.lower())] for line in lines]


def proper_nouns() -> list[str]:
    """Words written with a capital inside sentences at least as often as without: names, places.

    NER tokens tagged PER/LOC/ORG/MISC and, in the corpus lines, capitalised words that neither
    open the line nor follow a full stop or colon.
    """
    capital: Counter = Counter()
    small: Counter = Counter()
    for sentence in ner_sentences():
        for k, (token, tag) in enumerate(sentence):
            word = token.lower()
            if not WORD.fullmatch(word):
                continue
            if tag != "0" and token[0].isupper():
                capital[word] += 1
            elif k and token[0].islower():
                small[word] += 1
    for line in corpus_lines():
        tokens = line.split()
        for k in range(1, len(tokens)):
            word = tokens[k].strip(".,;:()!?”’").lower()
            if not WORD.fullmatch(word) or tokens[k - 1][-1] in ".:!?":
                continue
            if tokens[k][0].isupper():
                capital[word] += 1
            else:
                small[word] += 1
    return sorted(w for w, n in capital.items() if n >= small[w])


def context_counts(sentences: list[list[str]]) -> Counter:
    from pipeline import lexicon

    targets = {form for forms in lexicon.groups().values() for form in forms}
    pairs: Counter = Counter()
    for words in sentences:
        for a, b in zip(words, words[1:]):
            if b in targets:
                pairs[("L", lexicon.plain(a), b)] += 1
            if a in targets:
                pairs[("R", a, lexicon.plain(b))] += 1
    return pairs


def train_word_pairs() -> list[tuple[str, str]]:
    """(truth word, OCR word) pairs of the train split that line up one to one, lower case."""
    from make_repair_corpus import read_pairs

    pairs = []
    for _, split, truth, ocr in read_pairs():
        if split != "train":
            continue
        t, o = truth.lower().split(), ocr.lower().split()
        for op, i, j, k, m in difflib.SequenceMatcher(None, t, o, autojunk=False).get_opcodes():
            if op == "equal" or (op == "replace" and j - i == m - k):
                pairs += list(zip(t[i:j], o[k:m]))
    return pairs


def learned_confusions() -> tuple[Counter, Counter]:
    """Times each letter group stood for å/ä/ö, and times each of å/ä/ö was in a lined-up truth word."""
    seen: Counter = Counter()
    letters: Counter = Counter()
    for truth, ocr in train_word_pairs():
        letters.update(c for c in truth if c in DIACRITICS)
        for op, i, j, k, m in difflib.SequenceMatcher(None, truth, ocr, autojunk=False).get_opcodes():
            if op == "replace" and j - i == 1 and truth[i] in DIACRITICS and 0 < m - k <= MAX_GROUP:
                seen[(ocr[k:m], truth[i])] += 1
    return seen, letters


def write_confusions() -> int:
    seeds = [tuple(r.split("\t")) for r in (OUT / "confusion_seeds.tsv").read_text(encoding="utf-8").splitlines()
             if r and not r.startswith("#")]
    seen, letters = learned_confusions()
    table = {key: n / letters[key[1]] for key, n in seen.items() if n >= 2}  # once may be a stray misreading
    for key in seeds:
        table.setdefault(key, SEED_PROBABILITY)
    header = [
        "# How tesseract -l eng damages å/ä/ö: damaged letters, correct letter, times seen in the train split",
        "# of tests/repair_cases/ocr_corpus.tsv, P(damaged | correct); seen 0 = a hand-written seed",
        "# (models/lexicon/confusion_seeds.tsv) at a floor probability. Built by tools/build_lexicon.py.",
        "damaged\tcorrect\tseen\tprobability",
    ]
    rows = [f"{d}\t{c}\t{seen.get((d, c), 0)}\t{p:.4f}"
            for (d, c), p in sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))]
    CONFUSIONS.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    global OUT, CONFUSIONS
    import argparse

    from pipeline import lexicon

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="write into this folder instead of models/ (to compare)")
    args = parser.parse_args(argv)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for name in ("confusion_seeds.tsv", "english.txt"):  # hand-written inputs the build reads
            (args.out / name).write_bytes((OUT / name).read_bytes())
        OUT, CONFUSIONS = args.out, args.out / "confusions.tsv"
    lexicon.LEXICON = OUT  # groups() must see the counts just written
    OUT.mkdir(parents=True, exist_ok=True)
    sentences = running_text()
    counts = Counter(w for s in sentences for w in s if w != "0")
    words = sorted(lemma_table_words() | set(counts))
    with gzip.GzipFile(OUT / "words.txt.gz", "wb", mtime=0) as f:  # mtime 0: same input, same bytes
        f.write(("\n".join(words) + "\n").encode("utf-8"))
    rows = [f"{w}\t{n}" for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    header = ("# word\tcount in the Swedish NER corpus train split (CC BY 4.0), the train split of "
              "tests/repair_cases/ocr_corpus.tsv and the dev texts of samples/truth; tools/build_lexicon.py")
    (OUT / "counts.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    for cached in (lexicon.counts, lexicon.word_forms, lexicon.groups, lexicon.plain_counts, lexicon.total):
        cached.cache_clear()
    pairs = context_counts(sentences)
    rows = [f"{side}\t{a}\t{b}\t{n}" for (side, a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]
    header = ("# side\tfirst\tsecond\tcount: L = plain word before a form of an ambiguous group, R = plain word "
              "after it; same sources as counts.tsv; tools/build_lexicon.py")
    (OUT / "context.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    proper = proper_nouns()
    header = "# words written with a capital inside sentences (names, places); same sources as counts.tsv"
    (OUT / "proper.txt").write_text("\n".join([header, *proper]) + "\n", encoding="utf-8")
    n_confusions = write_confusions()
    print(f"{len(words)} word forms, {len(counts)} counted words, {len(pairs)} context pairs, "
          f"{n_confusions} confusions -> {OUT}")


if __name__ == "__main__":
    main()
