"""Repair: golden cases from tests/repair_cases/*.json and properties of the edits.

synthetic.json: damaged text and what it must become; negative.json: clean text that must
come out unchanged; known_failures.json: repairs this version cannot do yet, run as
xfail(strict=True) so a fix shows up as a failure to move the case into synthetic.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.document import Page
from pipeline.repair import apply_edits, find_edits, repair_page, repair_pages, repair_text

CASES = Path(__file__).parent / "repair_cases"


def cases(name: str, marks=()) -> list:
    data = json.loads((CASES / name).read_text(encoding="utf-8"))
    return [
        pytest.param(c["input"], c.get("expected", c["input"]), id=f"{name.split('.')[0]}-{i}", marks=marks)
        for i, c in enumerate(data)
    ]


def test_case_files_are_well_formed():
    for path in sorted(CASES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data, path.name
        for case in data:
            assert set(case) <= {"input", "expected", "note"} and "input" in case and case.get("note"), case
            if path.name == "synthetic.json":
                assert case["expected"] != case["input"], case["note"]


@pytest.mark.parametrize(("raw", "expected"), cases("synthetic.json") + cases("negative.json"))
def test_golden_case(raw, expected):
    repaired, edits = repair_text(raw)
    assert repaired == expected
    assert (edits == []) == (raw == expected)


@pytest.mark.parametrize(
    ("raw", "expected"),
    cases("known_failures.json", marks=pytest.mark.xfail(strict=True, reason="not repaired by this version")),
)
def test_known_failure(raw, expected):
    assert repair_text(raw)[0] == expected


def test_every_edit_names_its_rule_and_confidence():
    raw = "$ 3 Skolskjuts\nNÃ¤mnden ger fÃ¶rvaltningen i uppdrag att utre-\nda skolskjutsen.\n"
    _, edits = repair_text(raw)
    rules = [e.rule.split(":")[0] for e in edits]
    assert sorted(rules) == ["hyphenation", "mojibake", "paragraph-sign"]
    assert all(0 < e.confidence <= 1 for e in edits)


def test_repair_page_keeps_raw_text_and_records_repairs():
    page = Page(2, "$ 47 Budget för utveck-\nlingen\n", ocr_confidence=80.0)
    new, repairs = repair_page(page)
    assert new.raw_text == page.raw_text and new.page_no == 2 and new.ocr_confidence == 80.0
    assert new.text == "§ 47 Budget för utvecklingen\n"
    assert [(r.page_no, r.char_start, r.original, r.replacement, r.rule) for r in repairs] == [
        (2, 0, "$", "§", "paragraph-sign"),
        (2, 22, "-\nlingen", "lingen", "hyphenation"),
    ]


def test_repair_pages_numbers_repairs_by_page():
    pages, repairs = repair_pages([Page(1, "Rent\n"), Page(2, "$ 1 Val\n"), Page(3, "$$ 2-3\n")])
    assert [p.text for p in pages] == ["Rent\n", "§ 1 Val\n", "§§ 2-3\n"]
    assert [r.page_no for r in repairs] == [2, 3]


# --- properties -----------------------------------------------------------------------------------

# Text built from the pieces the rules react to, so hypothesis reaches every rule often.
PIECES = [
    "$", "$$", "§", " ", "  ", "\t", "\n", "\r\n", "\f", "-", "-\n", "- ", "12", "40-45", ".", ",", ")",
    "och", "barn", "utveck", "lingen", "Skövde", "e", "förvaltningen", "BUN", "2019/212",
    "Ã¶", "Ã¤", "Ã¥", "Ã–", "Â§", "â€“", "\u00c3\u0085", "\u0085", "o\u0308", "\ufb01", "”", "’", "é", "ü",
]
damaged_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(damaged_text)
@example("fÃ¶-\nrvaltningen")
@example("$ 1\n$ 2\nutveck-\nlingen.\n")
def test_property_repair_is_idempotent(text):
    once, _ = repair_text(text)
    twice, edits = repair_text(once)
    assert twice == once, edits


@settings(max_examples=400, deadline=None)
@given(damaged_text)
def test_property_edits_point_into_the_raw_text_and_rebuild_it(text):
    repaired, edits = repair_text(text)
    assert edits == find_edits(text)
    last = 0
    for edit in edits:
        assert last <= edit.start < edit.end <= len(text), "sorted, inside the text, no overlaps"
        assert text[edit.start : edit.end] != edit.replacement, "an edit changes something"
        last = edit.end
    assert apply_edits(text, edits) == repaired
    # undoing the edits left to right, as an archivist would, gives the raw text back: once the
    # edits before one are undone, that edit's raw offset is its offset in the text at hand
    restored = repaired
    for edit in edits:
        end = edit.start + len(edit.replacement)
        assert restored[edit.start : end] == edit.replacement
        restored = restored[: edit.start] + text[edit.start : edit.end] + restored[end:]
    assert restored == text


@settings(max_examples=200, deadline=None)
@given(st.lists(damaged_text, min_size=1, max_size=3))
def test_property_repair_records_match_each_page(raws):
    pages, repairs = repair_pages([Page(n, raw) for n, raw in enumerate(raws, start=1)])
    for repair in repairs:
        raw = raws[repair.page_no - 1]
        assert raw[repair.char_start : repair.char_start + len(repair.original)] == repair.original
    for page, raw in zip(pages, raws, strict=True):
        page_repairs = [r for r in repairs if r.page_no == page.page_no]
        rebuilt, last = [], 0
        for r in sorted(page_repairs, key=lambda r: r.char_start):
            rebuilt += [raw[last : r.char_start], r.replacement]
            last = r.char_start + len(r.original)
        assert "".join(rebuilt) + raw[last:] == page.text


WORDS = (
    "Utbildningsnämnden beslutar att godkänna årsredovisningen för 2019 . Ärendet Överklagande "
    "Åtgärder ”Ökad trygghet” ’citat’ kl 13.00–15.30 § 47 §§ 40–45 BUN 2019/212 Dnr KS 2020/00123 "
    "https://www.skovde.se/forskola anna.berg@skovde.se Skövde Västerås Härnösand e-post IT-stöd ( S ) , ; :"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.randoms(use_true_random=False))
def test_property_clean_swedish_text_is_left_alone(words, rnd):
    """Clean Swedish text (no '$', no word broken at a line end, no mojibake) is never changed."""
    text = "".join(word + rnd.choice([" ", " ", " ", "\n", "\t", "  "]) for word in words)
    assert repair_text(text) == (text, [])
