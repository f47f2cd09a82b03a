"""Measure the repair stage: how much English-model OCR damage it undoes, and what it breaks.

Reads the committed corpus tests/repair_cases/ocr_corpus.tsv (fictional Swedish minutes rendered
and read by `tesseract -l eng`; tools/make_repair_corpus.py builds it) and repairs each
document's OCR text as one text, as ingest does with a page. Words are aligned truth ↔ OCR and
truth ↔ repaired (difflib over the words of each line); a truth word is
- damaged when it holds å/ä/ö and OCR did not read it exactly; restored when the repaired line
  has it exactly (other OCR damage — "1" for "l", split e-mail addresses — is counted apart);
- correct when OCR read it exactly; changed when the repaired line no longer has it;
and WER is word edit distance over truth words, before and after repair. "clean" repairs the
truth text of every document: any change there is a false repair.

Splits are by document (tools/make_repair_corpus.py): train builds the confusion table and
counts, dev is for looking at mistakes (`--examples`), test is only ever measured.
`--samples` also scores the older pairs from samples/truth (tests/repair_cases/eng_ocr_pairs.tsv).
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from make_repair_corpus import read_pairs  # noqa: E402

from pipeline import lexicon  # noqa: E402
from pipeline.repair import repair_text  # noqa: E402

TRUTH = ROOT / "samples" / "truth"
PAIRS = ROOT / "tests" / "repair_cases" / "eng_ocr_pairs.tsv"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEV_TEXTS = {"bun_protokoll", "kallelse", "ledningsgrupp", "inbjudan"}
LINES_PER_PAGE = 40
DIACRITICS = set("åäöÅÄÖ")


# --- scoring ------------------------------------------------------------------------------------


@dataclass
class Score:
    words: int = 0
    damaged: int = 0
    restored: int = 0
    other_damaged: int = 0
    other_restored: int = 0
    correct: int = 0
    changed: int = 0
    errors_before: int = 0
    errors_after: int = 0

    def add(self, other: Score) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def line(self) -> str:
        return (f"restored {self.restored}/{self.damaged} = {_share(self.restored, self.damaged)} of damaged "
                f"å/ä/ö words; changed {self.changed}/{self.correct} = {_share(self.changed, self.correct, 2)} "
                f"of correct words; WER {_share(self.errors_before, self.words)} -> "
                f"{_share(self.errors_after, self.words)}; other OCR damage restored "
                f"{self.other_restored}/{self.other_damaged}")


def _share(n: int, total: int, decimals: int = 1) -> str:
    return f"{100 * n / max(total, 1):.{decimals}f} %"


def _matched(truth: list[str], got: list[str]) -> set[int]:
    """Indices of truth words that `got` holds exactly, in order."""
    matcher = difflib.SequenceMatcher(None, truth, got, autojunk=False)
    return {block.a + k for block in matcher.get_matching_blocks() for k in range(block.size)}


def word_errors(truth: list[str], got: list[str]) -> int:
    """Word-level edit distance (substitutions, insertions, deletions)."""
    previous = list(range(len(got) + 1))
    for i, t in enumerate(truth, start=1):
        current = [i]
        for j, g in enumerate(got, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (t != g)))
        previous = current
    return previous[-1]


def score_line(truth: str, ocr: str, fixed: str) -> Score:
    t, o, f = truth.split(), ocr.split(), fixed.split()
    in_ocr, in_fixed = _matched(t, o), _matched(t, f)
    s = Score(words=len(t), errors_before=word_errors(t, o), errors_after=word_errors(t, f))
    for i, word in enumerate(t):
        if i in in_ocr:
            s.correct += 1
            s.changed += i not in in_fixed
        elif DIACRITICS & set(word):
            s.damaged += 1
            s.restored += i in in_fixed
        else:
            s.other_damaged += 1
            s.other_restored += i in in_fixed
    return s


def repair_lines(lines: list[str]) -> list[str]:
    """Repair a document's lines as one text; line by line if repair moved a line break."""
    fixed = repair_text("\n".join(lines))[0].split("\n")
    if len(fixed) == len(lines):
        return fixed
    return [repair_text(line)[0] for line in lines]


def documents(split: str) -> dict[str, list[tuple[str, str]]]:
    docs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc, s, truth, ocr in read_pairs():
        if s == split:
            docs[doc].append((truth, ocr))
    return docs


def evaluate(split: str, examples: int = 0) -> tuple[Score, int, int]:
    """Score of the split, changes made to its clean truth text, and its size in bytes."""
    total, clean_changes, size = Score(), 0, 0
    shown = 0
    for pairs in documents(split).values():
        truth_lines = [t for t, _ in pairs]
        ocr_lines = [o for _, o in pairs]
        for truth, ocr, fixed in zip(truth_lines, ocr_lines, repair_lines(ocr_lines), strict=True):
            s = score_line(truth, ocr, fixed)
            total.add(s)
            if shown < examples and (s.damaged > s.restored or s.changed):
                shown += 1
                print(f"  truth: {truth}\n  ocr:   {ocr}\n  fixed: {fixed}\n")
        clean_changes += len(repair_text("\n".join(truth_lines))[1])
        size += len("\n".join(ocr_lines).encode())
    return total, clean_changes, size


def throughput(text: str) -> float:
    """MB/s of repair_text on `text` in this process (one core)."""
    start = time.perf_counter()
    repair_text(text)
    return len(text.encode()) / (time.perf_counter() - start) / 1e6


def corpus_text(column: int = 3) -> str:
    """The OCR text (column 3) or truth text (column 2) of every corpus document, each once: no repetition."""
    return "\n".join(row[column] for row in read_pairs())


def throughput_figures() -> dict[str, float]:
    """Repair MB/s on one core for tools/bench.py, on text it has not seen in this process.

    The lexicon is loaded first (it loads once per process); then the clean truth text of the
    corpus and its English-model OCR text (a damaged word in every four) are each repaired once.
    """
    lexicon.load()
    return {"clean text": throughput(corpus_text(2)), "damaged legacy OCR text": throughput(corpus_text(3))}


# --- older pairs from samples/truth ---------------------------------------------------------------


def render_page(lines: list[str], path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(FONT, 26)
    width = 40 + max(int(font.getlength(line)) for line in lines)
    img = Image.new("L", (max(width, 200), 40 + 44 * len(lines)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((20, 20 + 44 * i), line, font=font, fill=0)
    img.filter(ImageFilter.GaussianBlur(0.6)).save(path, dpi=(300, 300))


def ocr_eng(path: Path) -> list[str]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", str(path), "-", "-l", "eng", "--psm", "4"], env=env,
                         capture_output=True, text=True, check=True).stdout
    return [line.replace("\t", " ").strip() for line in out.splitlines() if line.strip()]


def make_pairs() -> None:
    from make_repair_corpus import align_lines

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for text_path in sorted(TRUTH.glob("*.txt")):
            if text_path.stem == "legacy_ocr":
                continue
            split = "dev" if text_path.stem in DEV_TEXTS else "test"
            text = text_path.read_text(encoding="utf-8").replace("\t", " ")
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            for n in range(0, len(lines), LINES_PER_PAGE):
                block = lines[n : n + LINES_PER_PAGE]
                image = Path(tmp) / f"{text_path.stem}_{n}.png"
                render_page(block, image)
                got = align_lines(block, ocr_eng(image))
                rows += [f"{split}\t{t}\t{o}" for t, o in zip(block, got, strict=True) if o is not None]
    header = "# split\ttruth line\ttesseract -l eng reading of the rendered line (tools/eval_repair.py --make-pairs)"
    PAIRS.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def sample_scores() -> None:
    rows = [r.split("\t") for r in PAIRS.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    for split in ("dev", "test"):
        total = Score()
        for s, truth, ocr in rows:
            if s == split:
                total.add(score_line(truth, ocr, repair_text(ocr)[0]))
        print(f"samples/truth pairs, {split}: {total.line()}")
    changes = {p.stem: len(repair_text(p.read_text(encoding="utf-8"))[1])
               for p in sorted(TRUTH.glob("*.txt")) if p.stem != "legacy_ocr"}
    print(f"samples/truth clean texts: {sum(changes.values())} changes {changes}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["train", "dev", "test"], action="append",
                        help="split(s) to score (default: dev and test)")
    parser.add_argument("--examples", type=int, default=0, help="print N dev mistakes (never test)")
    parser.add_argument("--samples", action="store_true", help="also score the samples/truth pairs")
    parser.add_argument("--make-pairs", action="store_true", help="re-render and re-OCR the samples/truth pairs")
    parser.add_argument("--throughput", action="store_true", help="MB/s on the corpus OCR text, one pass")
    args = parser.parse_args()
    if args.make_pairs:
        make_pairs()
    for split in args.split or ["dev", "test"]:
        start = time.perf_counter()
        score, clean, size = evaluate(split, args.examples if split == "dev" else 0)
        seconds = time.perf_counter() - start
        print(f"repair, {split} split: {score.line()}")
        print(f"repair, {split} split clean text: {clean} changes (must be 0); {size / 1e3:.0f} kB in {seconds:.1f} s")
    if args.samples:
        sample_scores()
    if args.throughput:
        for name, mb_s in throughput_figures().items():
            print(f"repair throughput, {name} of the corpus (one pass, one core): {mb_s:.2f} MB/s")


if __name__ == "__main__":
    main()
