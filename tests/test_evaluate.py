"""Scoring functions of pipeline/evaluate.py on hand-made cases and on the sample gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import evaluate as ev

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def reference_distance(a: str, b: str) -> int:
    """Textbook Wagner–Fischer table, the yardstick for the bit-vector version."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


# --- edit distance and CER ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("kitten", "sitting", 3),
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("Förvaltningen", "Förvaltningen", 0),
        ("férvaltningen", "förvaltningen", 1),  # substitution
        ("Vasteras", "Västerås", 2),
        ("§ 40", "$ 40", 1),
        ("protokoll", "protkoll", 1),  # deletion
        ("ab", "ba", 2),  # no transpositions in plain Levenshtein
    ],
)
def test_levenshtein_known_cases(a, b, distance):
    assert ev.levenshtein(a, b) == distance
    assert ev.levenshtein(b, a) == distance


@given(st.text(alphabet="abcåäö §\n", max_size=90), st.text(alphabet="abcåäö §\n", max_size=90))
def test_levenshtein_agrees_with_the_table(a, b):
    assert ev.levenshtein(a, b) == reference_distance(a, b)


def test_levenshtein_on_a_long_page_is_exact():
    page = "Barn- och utbildningsnämnden beslutar att godkänna dagordningen. " * 150  # ~10 000 chars
    damaged = page[:4000] + "XY" + page[4010:]
    assert ev.levenshtein(page, damaged) == 10


def test_normalize_space_collapses_every_kind_of_whitespace():
    assert ev.normalize_space("  a\t b\n\n c\fd  ") == "a b c d"
    assert ev.normalize_space(None) == ""
    # NFC: a decomposed "ö" equals the composed one
    assert ev.normalize_space("o\u0308") == "ö"


def test_cer_ignores_layout_but_counts_characters():
    truth = "§ 40\tDnr BUN 2019/4\nGodkännande av dagordning"
    assert ev.char_errors("§ 40 Dnr BUN 2019/4\n\n  Godkännande av   dagordning", truth).errors == 0
    errors = ev.char_errors("$ 40 Dnr BUN 2019/4 Godkannande av dagordning", truth)
    assert errors.errors == 2
    assert errors.reference == len("§ 40 Dnr BUN 2019/4 Godkännande av dagordning")
    assert errors.rate == pytest.approx(2 / errors.reference)


def test_cer_of_empty_reference_is_undefined():
    assert ev.char_errors("noise", "").rate is None
    assert ev.char_errors("", "").rate is None


def test_page_errors_add_up_and_count_a_lost_page_in_full():
    truth = ["Sida ett", "Sida två"]
    assert ev.page_errors(["Sida ett", "Sida tva"], truth) == ev.ErrorRate(1, 16)
    assert ev.page_errors(["Sida ett"], truth) == ev.ErrorRate(8, 16)
    assert ev.page_errors(["Sida ett", "Sida två", "extra"], truth) == ev.ErrorRate(5, 16)


def test_word_errors():
    assert ev.word_errors("Lägga  informationen till\nhandlingarna", "Lägga informationen till handlingarna") == (
        ev.ErrorRate(0, 4)
    )
    assert ev.word_errors("lägga informationen tlll handlingarna", "Lägga informationen till handlingarna").errors == 2
    assert ev.word_errors("till handlingarna lägga", "lägga till handlingarna").errors == 2
    assert ev.word_errors("", "a b c") == ev.ErrorRate(3, 3)


def test_unordered_word_errors_forgive_reading_order_only():
    truth = "Ledamöter Anna Lind (S)\nErsättare Olle Berg (M)"
    column_by_column = "Ledamöter Ersättare Anna Lind (S) Olle Berg (M)"
    assert ev.unordered_word_errors(column_by_column, truth) == ev.ErrorRate(0, 8)
    assert ev.char_errors(column_by_column, truth).errors > 0
    # one misread word: a substitution, one missing and one extra word → 1 edit
    assert ev.unordered_word_errors("Ledamöter Anna Llnd (S) Ersättare Olle Berg (M)", truth).errors == 1
    # a word lost and two words added → max(1, 2)
    assert ev.unordered_word_errors("Ledamöter Anna (S) Ersättare Olle Berg (M) | ~", truth).errors == 2


# --- similarity -----------------------------------------------------------------------------------


def test_fuzzy_ratio():
    assert ev.fuzzy_ratio("GODKÄNNANDE AV DAGORDNING", "Godkännande  av dagordning") == 1.0
    assert ev.fuzzy_ratio("", None) == 1.0
    dash = ev.fuzzy_ratio("Elevhälsans organisation - information", "Elevhälsans organisation – information")
    assert dash == pytest.approx(1 - 1 / 38)
    assert ev.fuzzy_ratio("Paus", "Program") < ev.SECTION_TITLE_MIN_RATIO


def test_token_f1():
    assert ev.token_f1("lägga informationen till handlingarna", "Lägga informationen till handlingarna.") == 1.0
    assert ev.token_f1("anta budgeten", "lägga redovisningen till handlingarna") == 0.0
    # 2 common tokens of 4 and 2: 2*2 / (4+2)
    assert ev.token_f1("lägga redovisningen till handlingarna", "lägga handlingarna") == pytest.approx(4 / 6)
    # multisets: a repeated word counts as often as it occurs on both sides
    assert ev.token_f1("att att", "att") == pytest.approx(2 / 3)
    assert ev.token_f1("", "") == 0.0


# --- precision / recall ---------------------------------------------------------------------------


def test_score_of_empty_sets_is_undefined_not_perfect():
    empty = ev.score_keys([], [])
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    nothing_found = ev.score_keys([], ["Skövde"])
    assert (nothing_found.precision, nothing_found.recall, nothing_found.f1) == (None, 0.0, 0.0)
    nothing_wanted = ev.score_keys(["Skövde"], [])
    assert (nothing_wanted.precision, nothing_wanted.recall, nothing_wanted.f1) == (0.0, None, 0.0)


def test_score_with_partial_matches():
    score = ev.score_keys(["a", "b", "c"], ["b", "c", "d", "e"])
    assert (score.tp, score.fp, score.fn) == (2, 1, 2)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 4)
    assert score.f1 == pytest.approx(2 * 2 / (2 * 2 + 1 + 2))


def test_score_keys_counts_multisets():
    score = ev.score_keys(["x", "x", "x"], ["x", "x"])
    assert (score.tp, score.fp, score.fn) == (2, 1, 0)


def test_score_value():
    assert ev.score_value("protokoll", "protokoll") == ev.Score(1, 0, 0)
    assert ev.score_value("kallelse", "protokoll") == ev.Score(0, 1, 1)
    assert ev.score_value(None, "protokoll") == ev.Score(0, 0, 1)
    assert ev.score_value("Skövde", None) == ev.Score(0, 1, 0)
    assert ev.score_value(None, None) == ev.Score()


def test_scores_add_up_to_a_micro_average():
    total = ev.micro_average([{"people": ev.Score(1, 0, 3)}, {"people": ev.Score(3, 1, 0)}])
    assert total["people"] == ev.Score(4, 1, 3)
    assert total["people"].recall == pytest.approx(4 / 7)
    assert total["doc_type"] == ev.Score()


def test_greedy_match_is_one_to_one_and_best_first():
    gold = ["lägga informationen till handlingarna"]
    predicted = ["lägga till handlingarna", "lägga informationen till handlingarna"]
    pairs = ev.greedy_match(predicted, gold, ev.token_f1, 0.5)
    assert pairs == [(1, 0, 1.0)]
    assert ev.score_matched(predicted, gold, pairs) == ev.Score(1, 1, 0)


def test_greedy_match_respects_the_threshold():
    assert ev.greedy_match(["anta strategin"], ["lägga rapporten till handlingarna"], ev.token_f1, 0.5) == []


# --- whole documents ------------------------------------------------------------------------------


def small_gold() -> dict:
    return {
        "doc_type": "protokoll",
        "meeting_date": "2019-03-14",
        "organ": "Barn- och utbildningsnämnden",
        "municipality": "Skövde",
        "title": "Sammanträdesprotokoll",
        "start_time": "13:00",
        "end_time": None,
        "location": None,
        "municipality_code": "1496",
        "people": [
            {
                "name": "Anna-Karin Lindqvist",
                "party": "S",
                "roles": ["ordförande"],
                "attendance": "beslutande",
                "affiliation": None,
            },
            {
                "name": "Per-Olof Sandberg",
                "party": "M",
                "roles": ["vice ordförande", "justerare"],
                "attendance": "beslutande",
                "affiliation": None,
            },
        ],
        "sections": [
            {"number": "§ 40", "case_number": "BUN 2019/4", "title": "Godkännande av dagordning"},
            {"number": "§ 43", "case_number": "BUN 2019/176", "title": "Elevhälsans organisation – information"},
        ],
        "decisions": [
            {"section": "§ 40", "kind": "beslut", "text": "godkänna dagordningen"},
            {"section": "§ 43", "kind": "beslut", "text": "lägga informationen till handlingarna"},
        ],
        "dates": [
            {"text": "2019-03-14", "date": "2019-03-14", "date_end": None, "kind": "meeting"},
            {"text": "torsdagen den 14 mars 2019", "date": "2019-03-14", "date_end": None, "kind": "meeting"},
        ],
        "municipalities": ["Skövde"],
    }


def test_score_document_partial_prediction():
    predicted = {
        "doc_type": "protokoll",
        "meeting_date": "2019-03-15",
        "organ": "BARN- OCH UTBILDNINGSNÄMNDEN",
        "municipality": None,
        "title": "Sammanträdesprotokoll",
        "start_time": "13:00",
        "end_time": "15:40",
        "people": [
            {"name": "anna-karin  lindqvist", "party": "S", "roles": ["ordförande"], "attendance": "beslutande"},
            {"name": "Per-Olof Sandberg", "party": None, "roles": ["justerare"], "attendance": "ersättare"},
            {"name": "Justerandes Signatur", "party": None, "roles": [], "attendance": None},
        ],
        "sections": [
            {"number": "§40", "case_number": "BUN 2019/4", "title": "GODKÄNNANDE AV DAGORDNING"},
            {"number": "§ 43", "case_number": None, "title": "Elevhälsans organisation - information"},
            {"number": "§ 44", "case_number": None, "title": "Godkännande av dagordning"},
        ],
        "decisions": [
            {"kind": "uppdrag", "text": "Lägga informationen till handlingarna."},
            {"kind": "beslut", "text": "anta strategin"},
        ],
        "dates": [{"date": "2019-03-14", "date_end": None, "kind": "other"}],
        "municipalities": ["Skövde", "Hjo"],
    }
    scores = ev.score_document(predicted, small_gold())
    assert list(scores) == list(ev.FIELDS)
    assert scores["doc_type"] == ev.Score(1, 0, 0)
    assert scores["meeting_date"] == ev.Score(0, 1, 1)
    assert scores["organ"] == ev.Score(1, 0, 0)  # compared case-folded
    assert scores["municipality"] == ev.Score(0, 0, 1)
    assert scores["end_time"] == ev.Score(0, 1, 0)
    assert scores["location"] == ev.Score()
    assert scores["people"] == ev.Score(2, 1, 0)
    assert scores["roles"] == ev.Score(2, 0, 1)
    assert scores["party"] == ev.Score(1, 0, 1)
    assert scores["attendance"] == ev.Score(1, 1, 1)
    assert scores["sections"] == ev.Score(2, 1, 0)  # number must agree: § 44 matches nothing
    assert scores["case_numbers"] == ev.Score(1, 0, 1)
    assert scores["decisions"] == ev.Score(1, 1, 1)
    assert scores["decision_kinds"] == ev.Score(0, 2, 2)
    assert scores["dates"] == ev.Score(0, 1, 2)
    assert scores["date_values"] == ev.Score(1, 0, 1)
    assert scores["municipalities"] == ev.Score(1, 1, 0)


def test_empty_prediction_scores_only_false_negatives():
    scores = ev.score_document({}, small_gold())
    assert all(score.tp == 0 and score.fp == 0 for score in scores.values())
    assert scores["people"].fn == 2 and scores["dates"].fn == 2


@pytest.mark.parametrize("gold_path", sorted((SAMPLES / "gold").glob("*.json")), ids=lambda p: p.stem)
def test_gold_scored_against_itself_is_perfect(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for field, score in ev.score_document(gold, gold).items():
        assert score.fp == 0 and score.fn == 0, field


def test_cer_of_the_legacy_file_against_its_truth():
    """The damaged legacy OCR differs from its truth; the truth against itself does not."""
    truth = (SAMPLES / "truth" / "legacy_ocr.txt").read_text(encoding="utf-8")
    damaged = (SAMPLES / "legacy_ocr.txt").read_text(encoding="utf-8")
    assert ev.char_errors(truth, truth).errors == 0
    errors = ev.char_errors(damaged, truth)
    assert 0 < errors.rate < 0.5
    assert errors.errors == reference_distance(ev.normalize_space(damaged), ev.normalize_space(truth))
