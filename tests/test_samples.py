"""The sample corpus: committed files match what tools/make_samples.py builds, gold matches truth."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def _eval_splits() -> tuple[str, ...]:
    """The split names tools/eval.py scores (its SPLITS)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("minutes_eval", ROOT / "tools" / "eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SPLITS


SPLITS = _eval_splits()
GOLD = sorted((SAMPLES / "gold").glob("*.json"))


@pytest.mark.parametrize("name", ["kallelse", "ks_protokollsutdrag", "digital_protokoll", "pressmeddelande"])
def test_committed_sample_is_what_the_script_builds(tmp_path, name):
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_samples.py"), "--only", name, "--out", str(tmp_path)],
                   check=True, capture_output=True)
    built = [p for p in tmp_path.iterdir() if p.is_file()]
    assert len(built) == 1
    assert built[0].read_bytes() == (SAMPLES / built[0].name).read_bytes()
    assert (tmp_path / "truth" / f"{name}.txt").read_text() == (SAMPLES / "truth" / f"{name}.txt").read_text()


def test_every_input_has_gold_and_truth():
    inputs = [p for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".png", ".tif", ".txt"}]
    assert len(inputs) >= 8
    for path in inputs:
        assert (SAMPLES / "gold" / f"{path.stem}.json").exists(), path
        assert (SAMPLES / "truth" / f"{path.stem}.txt").exists(), path


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_values_are_read_off_the_rendered_text(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    truth = " ".join((SAMPLES / "truth" / f"{gold_path.stem}.txt").read_text(encoding="utf-8").split())
    assert (SAMPLES / gold["file"]).exists()
    for person in gold["people"]:
        assert person["name"].split()[-1] in truth, person["name"]
    for section in gold["sections"]:
        if section["case_number"]:
            assert section["case_number"] in truth
    for date in gold["dates"]:
        assert date["text"] in truth or _wrapped_in_cell(date["text"], truth.split()), date["text"]


def _wrapped_in_cell(text: str, words: list[str], slack: int = 4) -> bool:
    """The words of `text` in order, with at most `slack` words of the next grid cell between two of
    them: a date that wraps inside its cell ("… tisdagen den 19 mars" / "och tid⇥2024")."""
    wanted = text.split()
    for start in (k for k, word in enumerate(words) if word == wanted[0]):
        k, found = start, 1
        for word in wanted[1:]:
            nxt = next((j for j in range(k + 1, min(k + 2 + slack, len(words))) if words[j] == word), None)
            if nxt is None:
                break
            k, found = nxt, found + 1
        if found == len(wanted):
            return True
    return False


def test_split_names_every_gold_file_once_and_keeps_a_held_out_part():
    split = tomllib.loads((SAMPLES / "gold" / "SPLIT.toml").read_text(encoding="utf-8"))
    assert set(split) <= set(SPLITS), "a split tools/eval.py does not know"
    parts = [set(split[key]) for key in SPLITS if key in split]
    assert sum(len(part) for part in parts) == len(set.union(*parts)), "a document in two splits"
    assert set.union(*parts) == {p.stem for p in GOLD}
    assert len(parts[1]) >= 6 and parts[2]


def test_sample_corpus_stays_small_enough_to_ingest():
    truth = [(SAMPLES / "truth" / f"{p.stem}.txt").read_text(encoding="utf-8") for p in GOLD]
    assert len(GOLD) >= 15
    assert sum(t.count("\f") + 1 for t in truth) <= 560  # OCR time of `make ingest` (about 1.3 s a page on 2 cores: about 12 minutes)
