"""Compile the Swedish lexicon that the diacritics repair reads (models/lexicon/).

Writes, in models/lexicon/ (and models/confusions.tsv):
- words.txt.gz: every Swedish word form (lower case, letters only) that is a key or a lemma
  in spaCy's Swedish lemma lookup table (spacy-lookups-data, sv_lemma_lookup.json.gz);
- counts.tsv: word → count over running Swedish text: the Swedish NER corpus (Webbnyheter
  2012, Språkbanken; ../shared/data/swedish-ner-corpus/, CC BY 4.0) and the clean dev texts
  of samples/truth/ (tools/eval_repair.py DEV_TEXTS; the test texts are never counted).
  Counted words join the lexicon too, so function words the lemma table lacks ("och",
  "på", "även") are known.

- bigrams.tsv: counts of word pairs in the same text where one word is in ambiguous.tsv
  (sa/så, far/får …), so context can decide between two real words;
- models/confusions.tsv: damaged → correct letter groups with how often each was seen in
  the dev split of tests/repair_cases/eng_ocr_pairs.tsv and in samples/legacy_ocr.txt,
  merged with the hand-written seeds in confusion_seeds.tsv.

The repair stage reads only these files; ../shared is needed only to rebuild them.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import spacy_lookups_data

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "lexicon"
NER = ROOT.parent / "shared" / "data" / "swedish-ner-corpus"
TRUTH = ROOT / "samples" / "truth"
sys.path.insert(0, str(ROOT / "tools"))

WORD = re.compile(r"[a-zåäöéü]+")


def lemma_table_words() -> set[str]:
    path = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    table = json.loads(gzip.open(path).read())
    forms = {w.lower() for pair in table.items() for w in pair}
    return {w for w in forms if WORD.fullmatch(w)}


def corpus_counts() -> Counter:
    from eval_repair import DEV_TEXTS

    counts: Counter = Counter()
    for path in sorted(NER.glob("*_corpus.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if fields and WORD.fullmatch(fields[0].lower()):
                counts[fields[0].lower()] += 1
    for name in sorted(DEV_TEXTS):
        text = (TRUTH / f"{name}.txt").read_text(encoding="utf-8").lower()
        counts.update(WORD.findall(text))
    return counts


def running_text() -> list[list[str]]:
    """Sentences (NER corpus, one token a line, blank line between) and lines of the dev texts, lower case."""
    from eval_repair import DEV_TEXTS

    sentences = []
    for path in sorted(NER.glob("*_corpus.txt")):
        sentence: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if fields:
                sentence.append(fields[0].lower())
            elif sentence:
                sentences.append(sentence)
                sentence = []
        if sentence:
            sentences.append(sentence)
    for name in sorted(DEV_TEXTS):
        for line in (TRUTH / f"{name}.txt").read_text(encoding="utf-8").lower().splitlines():
            sentences.append(line.split())
    return [[w for w in s if WORD.fullmatch(w)] for s in sentences]


def ambiguous_words() -> set[str]:
    rows = (OUT / "ambiguous.tsv").read_text(encoding="utf-8").splitlines()
    return {w for row in rows if row and not row.startswith("#") for w in row.split("\t")}


def bigram_counts(sentences: list[list[str]]) -> Counter:
    targets = ambiguous_words()
    pairs: Counter = Counter()
    for words in sentences:
        for a, b in zip(words, words[1:]):
            if a in targets or b in targets:
                pairs[(a, b)] += 1
    return pairs


def learned_confusions() -> Counter:
    """Letter groups English OCR put for å/ä/ö, from word pairs that differ only there."""
    import difflib

    pairs = []
    for row in (ROOT / "tests" / "repair_cases" / "eng_ocr_pairs.tsv").read_text(encoding="utf-8").splitlines():
        split, truth, ocr = (row.split("\t") + ["", ""])[:3]
        if split == "dev":
            pairs.append((truth, ocr))
    legacy = zip((TRUTH / "legacy_ocr.txt").read_text(encoding="utf-8").splitlines(),
                 (ROOT / "samples" / "legacy_ocr.txt").read_text(encoding="utf-8").splitlines())
    pairs += list(legacy)
    seen: Counter = Counter()
    for truth, ocr in pairs:
        t_words, o_words = truth.lower().split(), ocr.lower().split()
        if len(t_words) != len(o_words):
            continue
        for t, o in zip(t_words, o_words):
            for op, i, j, k, m in difflib.SequenceMatcher(None, t, o, autojunk=False).get_opcodes():
                if op != "equal" and len(t[i:j]) == 1 and t[i:j] in "åäö" and 0 < m - k <= 2:
                    seen[(o[k:m], t[i:j])] += 1
    return seen


def write_confusions() -> int:
    seeds = (OUT / "confusion_seeds.tsv").read_text(encoding="utf-8").splitlines()
    table = Counter({tuple(r.split("\t")): 0 for r in seeds if r and not r.startswith("#")})
    table.update(learned_confusions())
    header = [
        "# How tesseract -l eng damages å/ä/ö: damaged letters, correct letter, times seen in the dev",
        "# pairs (tests/repair_cases/eng_ocr_pairs.tsv) and samples/legacy_ocr.txt; 0 = hand-written seed",
        "# only (models/lexicon/confusion_seeds.tsv). Built by tools/build_lexicon.py.",
        "damaged\tcorrect\tseen",
    ]
    rows = [f"{d}\t{c}\t{n}" for (d, c), n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))]
    (ROOT / "models" / "confusions.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return len(rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    counts = corpus_counts()
    words = sorted(lemma_table_words() | set(counts))
    with gzip.GzipFile(OUT / "words.txt.gz", "wb", mtime=0) as f:  # mtime 0: same input, same bytes
        f.write(("\n".join(words) + "\n").encode("utf-8"))
    rows = [f"{w}\t{n}" for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    header = "# word\tcount in the Swedish NER corpus (CC BY 4.0) + dev texts of samples/truth; tools/build_lexicon.py"
    (OUT / "counts.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    bigrams = bigram_counts(running_text())
    rows = [f"{a}\t{b}\t{n}" for (a, b), n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))]
    header = "# first word\tsecond word\tcount (pairs with a word of ambiguous.tsv; same sources as counts.tsv)"
    (OUT / "bigrams.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    n_confusions = write_confusions()
    print(f"{n_confusions} confusions, {len(bigrams)} bigrams")
    print(f"{len(words)} word forms, {len(counts)} counted words -> {OUT}")


if __name__ == "__main__":
    main()
