"""The sample corpus: committed files match what tools/make_samples.py builds, gold matches truth."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = sorted((SAMPLES / "gold").glob("*.json"))


@pytest.mark.parametrize("name", ["kallelse", "ks_protokollsutdrag", "digital_protokoll"])
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
        assert date["text"] in truth, date["text"]
