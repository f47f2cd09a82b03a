"""Repair: golden cases from tests/repair_cases/*.json and properties of the edits.

synthetic.json: damaged text and what it must become; in_the_wild.json: lines as English-model
OCR read rendered minutes (dev split of the repair corpus) and what they must become;
negative.json: clean text that must come out unchanged; known_failures.json: repairs this version cannot do yet, run as
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
            if path.name in ("synthetic.json", "in_the_wild.json"):
                assert case["expected"] != case["input"], case["note"]


@pytest.mark.parametrize(("raw", "expected"), cases("synthetic.json") + cases("negative.json") + cases("in_the_wild.json"))
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
@example("Ké  Ã¶")  # ftfy leaves the mojibake until "é" is mended: then it is mojibake, in the same repair
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


# --- the diacritics rule, the lexicon, streaming ---------------------------------------------------


def test_a_text_with_correct_diacritics_keeps_its_plain_twins():
    """A text an OCR that knows Swedish read: 'sa' and 'har' are words there, only unknown words change."""
    modern = "Ordföranden sa att mötet var slut och att nämnden har fått svar fran förvaltningen.\n"
    assert repair_text(modern)[0] == modern.replace("fran", "från")
    legacy = "Ordforanden sa att motet var slut och att namnden har fatt svar fran forvaltningen.\n"
    fixed = repair_text(legacy)[0]
    assert "Ordföranden" in fixed and "mötet" in fixed and "förvaltningen" in fixed


def test_diacritics_edits_are_audited():
    raw = "Beslut om forskolan i Vasteras\n"
    text, edits = repair_text(raw)
    assert text == "Beslut om förskolan i Västerås\n"
    assert [(raw[e.start : e.end], e.replacement, e.rule) for e in edits] == [
        ("forskolan", "förskolan", "diacritics"), ("Vasteras", "Västerås", "diacritics")]
    assert all(0.5 <= e.confidence <= 0.99 for e in edits)


def test_case_is_kept_and_a_capital_o_for_a_small_o_is_lowered_mid_sentence():
    assert repair_text("ARENDE\nArende\nett register Over sina\n")[0] == "ÄRENDE\nÄrende\nett register över sina\n"
    assert repair_text("i Ostermalm och Orebro\n")[0] == "i Östermalm och Örebro\n"


@pytest.mark.parametrize("text", [
    "kontakt: asa.lindstrom@vasteras.se, https://www.vasteras.se/forskola/ansokan\n",
    "Dnr BUN 2019/212 och KS 2020.140, 1 250 tkr\n",
    "The project is funded for all of us over the year.\n",
    "Närvarande: Oscar Jonsson, Sara Moberg, Omar Sandberg\n",
])
def test_names_addresses_numbers_and_english_are_left_alone(text):
    assert repair_text(text) == (text, [])


def test_lexicon_readings():
    from pipeline import lexicon

    assert lexicon.known("förvaltningsnivå") and lexicon.known("kompetensförsörjningen")
    assert lexicon.compound_score("förvaltningsnivå") < lexicon.prior("förvaltning", capitalised=False)
    assert ("förvaltningen", ) == tuple(w for w, _ in lexicon.candidates("férvaltningen") if lexicon.listed(w))
    assert lexicon.char_score("inspektörerna") > lexicon.char_score("inspektörernå")
    assert {"har", "här"} <= set(lexicon.groups()["har"])
    assert lexicon.plain("Över6") == "overo"


def test_committed_lexicon_is_what_make_lexicon_builds(tmp_path):
    """models/lexicon and models/confusions.tsv are exactly what tools/build_lexicon.py writes."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    if not (root.parent / "shared" / "data" / "swedish-ner-corpus" / "train_corpus.txt").exists():
        pytest.skip("../shared/data/swedish-ner-corpus is needed to rebuild the lexicon")
    subprocess.run([sys.executable, str(root / "tools" / "build_lexicon.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    for name in ("words.txt.gz", "counts.tsv", "context.tsv", "proper.txt"):
        assert (tmp_path / name).read_bytes() == (root / "models" / "lexicon" / name).read_bytes(), name
    assert (tmp_path / "confusions.tsv").read_bytes() == (root / "models" / "confusions.tsv").read_bytes()


def test_repair_lines_streams_pages_with_offsets_into_each_raw_page():
    from pipeline.repair import repair_lines

    raw = "Sida ett\nNÃ¤mnden\n\f$ 4 Val\nom utveck-\nlingen\n" + "$ 5 Budget\n" * 30 + "\fslut"
    pieces = list(repair_lines(raw.splitlines(keepends=True), chunk=40))
    text = "".join(piece for piece, _ in pieces)
    pages, repairs = repair_pages([Page(n, p) for n, p in enumerate(raw.split("\f"), start=1)])
    assert text == "\f".join(p.text for p in pages)
    records = [r for _, rs in pieces for r in rs]
    assert records == repairs
    assert len(pieces) > 5, "the long page came in chunks"


def test_repair_lines_never_cuts_a_word_broken_at_a_line_end():
    from pipeline.repair import repair_lines

    raw = "x" * 50 + " utveck-\nlingen av skolan\n"
    assert "".join(p for p, _ in repair_lines(raw.splitlines(keepends=True), chunk=10)) == repair_text(raw)[0]


@pytest.mark.parametrize(("data", "encoding"), [
    ("Nämnden § 4".encode(), "utf-8-sig"),
    ("\ufeffNämnden".encode(), "utf-8-sig"),
    ("Nämnden – § 4".encode("cp1252"), "cp1252"),
    ("Nämnden".encode("latin-1") + b"\x81", "latin-1"),
    ("Nämnden".encode("utf-16"), "utf-16"),
])
def test_detect_encoding_reads_in_blocks_like_decode_text(data, encoding):
    import io

    from pipeline.ocr import decode_text
    from pipeline.repair import detect_encoding

    stream = io.BytesIO(data)
    assert detect_encoding(stream, block=3) == encoding == decode_text(data)[1]
    assert stream.tell() == 0


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40))
def test_property_detect_encoding_agrees_with_decode_text(data):
    import io

    from pipeline.ocr import decode_text
    from pipeline.repair import detect_encoding

    assert detect_encoding(io.BytesIO(data), block=4) == decode_text(data)[1]


LINE_CHARS = st.sampled_from(
    [chr(c) for c in range(0x20, 0x7F)] + list("\tåäöÅÄÖéÉüÜ§–—”’“‘»«„…½°Ã¤¥¶") + ["Ã¶", "â€“", "Â§", "&amp;"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(LINE_CHARS, max_size=30).map("".join))
def test_property_lines_that_skip_ftfy_are_lines_ftfy_leaves_alone(line):
    import ftfy

    from pipeline.repair import _FTFY, _PLAIN_LINE

    if _PLAIN_LINE.fullmatch(line):
        assert ftfy.fix_text(line, _FTFY) == line


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    "fran ar har pa for over Vasteras Oberg férvaltningen 6kat n&r sa att . , \n 2019 anna@x.se".split(" ")
), max_size=25).map(" ".join))
def test_property_diacritics_repair_is_idempotent_and_never_raises(text):
    once, edits = repair_text(text)
    assert repair_text(once) == (once, [])
    assert all(e.rule == "diacritics" for e in edits)
