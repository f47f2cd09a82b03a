"""Measure the diacritics repair: how much English-model OCR damage it undoes, and what it breaks.

`--make-pairs` renders the clean texts in samples/truth/ (one page image per block of lines,
Pillow + DejaVu Serif, slightly blurred) and reads them back with `tesseract -l eng`, which
knows no å/ä/ö; the (truth, OCR) line pairs go to tests/repair_cases/eng_ocr_pairs.tsv with a
split column: texts in DEV_TEXTS may be looked at while tuning, the others are the test split
and are only ever measured.

Without options it prints, for samples/legacy_ocr.txt and for each split of the pairs:
- restored: share of damaged words (OCR word differs from truth only in the letters that
  English OCR confuses with å/ä/ö) that repair turns into the truth word;
- broken: share of correct words that repair changes;
- WER before/after over word pairs aligned by difflib;
and, for every clean text in samples/truth/, the number of changes repair makes (should be 0).
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.repair import repair_text  # noqa: E402

TRUTH = ROOT / "samples" / "truth"
PAIRS = ROOT / "tests" / "repair_cases" / "eng_ocr_pairs.tsv"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEV_TEXTS = {"bun_protokoll", "kallelse", "ledningsgrupp", "inbjudan"}
LINES_PER_PAGE = 40


# --- pair generation ---------------------------------------------------------------------------


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
                got = ocr_eng(image)
                if len(got) != len(block):  # keep only pages whose lines line up one to one
                    got = _align_lines(block, got)
                rows += [f"{split}\t{t}\t{o}" for t, o in zip(block, got, strict=True) if o is not None]
            print(text_path.stem, len(rows), file=sys.stderr)
    header = "# split\ttruth line\ttesseract -l eng reading of the rendered line (tools/eval_repair.py --make-pairs)"
    PAIRS.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def _align_lines(block: list[str], got: list[str]) -> list[str | None]:
    """For each truth line, the OCR line most like it (None when nothing is close)."""
    result = []
    for line in block:
        best = max(got, key=lambda o: difflib.SequenceMatcher(None, line, o).ratio(), default=None)
        ok = best is not None and difflib.SequenceMatcher(None, line, best).ratio() > 0.7
        result.append(best if ok else None)
    return result


def score(pairs: list[tuple[str, str]]) -> str:
    """restored / broken / WER before and after over (truth line, OCR line) pairs."""
    damaged = restored = correct = broken = errors_before = errors_after = total = 0
    for truth, ocr in pairs:
        fixed = repair_text(ocr)[0]
        t_words, o_words, f_words = truth.split(), ocr.split(), fixed.split()
        total += len(t_words)
        errors_before += _word_errors(t_words, o_words)
        errors_after += _word_errors(t_words, f_words)
        if len(t_words) == len(o_words) == len(f_words):
            for t, o, f in zip(t_words, o_words, f_words):
                if t == o:
                    correct += 1
                    broken += f != o
                elif t != o:
                    damaged += 1
                    restored += f == t
    return (f"restored {restored}/{damaged} = {restored / max(damaged, 1):.1%}  "
            f"broken {broken}/{correct} = {broken / max(correct, 1):.2%}  "
            f"WER {errors_before / total:.1%} -> {errors_after / total:.1%}")


def _word_errors(truth: list[str], got: list[str]) -> int:
    matcher = difflib.SequenceMatcher(None, truth, got, autojunk=False)
    return max(len(truth), len(got)) - sum(b.size for b in matcher.get_matching_blocks())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--make-pairs", action="store_true", help="re-render and re-OCR the pairs")
    if parser.parse_args().make_pairs:
        make_pairs()
    # the legacy sample's lines do not match its truth's lines: scored as one text (WER only meaningful)
    legacy = [((TRUTH / "legacy_ocr.txt").read_text(encoding="utf-8"),
               (ROOT / "samples" / "legacy_ocr.txt").read_text(encoding="utf-8"))]
    print("legacy_ocr (dev):", score(legacy))
    rows = [r.split("\t") for r in PAIRS.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    for split in ("dev", "test"):
        print(f"eng pairs {split}:", score([(t, o) for s, t, o in rows if s == split]))
    start = time.perf_counter()
    for path in sorted(TRUTH.glob("*.txt")):
        if path.stem != "legacy_ocr":
            print(f"clean {path.stem}: {len(repair_text(path.read_text(encoding='utf-8'))[1])} changes")
    print(f"clean texts repaired in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
