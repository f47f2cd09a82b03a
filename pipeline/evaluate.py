"""Scoring: how close the pipeline's output comes to the hand-checked gold of `samples/`.

Pure functions over strings and plain records; `tools/eval.py` reads the store and the gold
files and prints what these return. Definitions, so that the numbers can be read exactly:

- **Whitespace normalisation** (`normalize_space`): Unicode NFC, then every run of whitespace
  (spaces, tabs, newlines, form feeds) becomes one space, and the ends are stripped. Case and
  punctuation are kept, so CER still counts "§" read as "$" or "a" read as "å".
- **CER** (`char_errors`): Levenshtein distance (insert, delete, substitute, each cost 1) between
  the normalised hypothesis and the normalised reference, divided by the reference's length.
  Summed over pages and documents as errors / reference characters (micro average), so long
  pages weigh more. It can exceed 1 when the hypothesis is much longer than the reference.
  CER is order-sensitive: a grid read column by column scores badly although every character
  is right. `word_errors` (WER) and `unordered_word_errors` (the same with reading order free)
  show how much of the error is order.
- **Names and labels** (`normalize_label`): whitespace-normalised and case-folded. Two names
  are the same person only when these forms are equal.
- **Fuzzy ratio** (`fuzzy_ratio`): 1 − distance / length of the longer string, over the
  case-folded, whitespace-normalised strings; 1.0 for two empty strings.
- **Token F1** (`token_f1`): the word tokens (`\\w+`, case-folded) of two texts as multisets;
  F1 of their overlap. A predicted decision matches a gold one at token F1 ≥ 0.5.
- **Precision / recall / F1** (`Score`): from true positives, false positives and false
  negatives. Precision is undefined (None) when nothing was predicted, recall when the gold
  has nothing, F1 (= 2tp / (2tp + fp + fn)) only when both are empty. Scores add up, so the
  overall figure of a field is the micro average over documents.

The fields (`FIELDS`; both records have the shape of `samples/gold/*.json`):

- header values (`EXACT_FIELDS` equal as given, `LABEL_FIELDS` equal as labels); a value given
  on one side only is an fp or an fn, a wrong one both;
- `people`: the multiset of names; `roles`, `party`, `attendance`, `affiliation`: the multiset
  of (name, value) pairs, one per role of a person;
- `sections`: one-to-one matches whose numbers agree (case-folded, spaces dropped, both None
  counts as agreeing) and whose titles have a fuzzy ratio ≥ 0.85; `case_numbers`: the
  sections' case numbers (case-folded, spaces dropped);
- `decisions`: one-to-one matches at token F1 ≥ 0.5; `decision_kinds`: the same, and the
  kinds must agree as well;
- `dates`: the multiset of (date, date_end, kind); `date_values`: of (date, date_end);
- `municipalities`: the set of case-folded kommun names.

One-to-one matching (`greedy_match`) takes the candidate pairs above the threshold best first,
each item used at most once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

SECTION_TITLE_MIN_RATIO = 0.85
DECISION_MIN_TOKEN_F1 = 0.5

_SPACE_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(r"\w+")


# --- text normalisation and distances ---------------------------------------------------------


def normalize_space(text: str | None) -> str:
    """NFC, whitespace runs collapsed to one space, ends stripped ('' for None)."""
    if not text:
        return ""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def normalize_label(text: str | None) -> str:
    """`normalize_space` plus case folding: the form names and labels are compared in."""
    return normalize_space(text).casefold()


def one_letter_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` are as long and differ in exactly one place: one letter misread by OCR."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def levenshtein(a: str, b: str) -> int:
    """Edit distance of `a` and `b` (unit costs), by Myers' / Hyyrö's bit-vector method.

    Each column of the dynamic-programming table is held as two bit vectors of vertical
    +1 / −1 steps (Python integers of len(a) bits), so one character of `b` costs a handful of
    integer operations instead of len(a) cell updates.
    """
    if len(a) < len(b):
        a, b = b, a  # the longer string becomes the bit vector: fewer loop turns in Python
    if not b:
        return len(a)
    mask = (1 << len(a)) - 1
    last = 1 << (len(a) - 1)
    match: dict[str, int] = {}
    for i, char in enumerate(a):
        match[char] = match.get(char, 0) | (1 << i)
    plus, minus, distance = mask, 0, len(a)  # column 0: every vertical step is +1
    for char in b:
        eq = match.get(char, 0)
        x_vertical = eq | minus
        x_horizontal = (((eq & plus) + plus) ^ plus) | eq
        h_plus = (minus | ~(x_horizontal | plus)) & mask
        h_minus = plus & x_horizontal
        if h_plus & last:
            distance += 1
        elif h_minus & last:
            distance -= 1
        h_plus = ((h_plus << 1) | 1) & mask  # row 0 grows by one per column: a +1 step enters
        h_minus = (h_minus << 1) & mask
        plus = (h_minus | ~(x_vertical | h_plus)) & mask
        minus = h_plus & x_vertical
    return distance


@dataclass
class ErrorRate:
    """`errors` edits against a reference of `reference` units (characters or words); adds up."""

    errors: int = 0
    reference: int = 0

    @property
    def rate(self) -> float | None:
        return self.errors / self.reference if self.reference else None

    def __add__(self, other: ErrorRate) -> ErrorRate:
        return ErrorRate(self.errors + other.errors, self.reference + other.reference)


def char_errors(hypothesis: str | None, reference: str | None) -> ErrorRate:
    """Character edit distance and reference length after `normalize_space` on both sides (CER)."""
    hyp, ref = normalize_space(hypothesis), normalize_space(reference)
    return ErrorRate(levenshtein(hyp, ref), len(ref))


def word_errors(hypothesis: str | None, reference: str | None) -> ErrorRate:
    """Word edit distance and reference word count (WER), words as in `unordered_word_errors`.

    Each distinct word is mapped to one private-use character so that `levenshtein` can compare
    the two word sequences.
    """
    hyp, ref = normalize_space(hypothesis).split(), normalize_space(reference).split()
    codes: dict[str, str] = {}
    for word in ref + hyp:
        codes.setdefault(word, chr(0xF0000 + len(codes)))  # plane 15: private use, ~65 000 words
    return ErrorRate(levenshtein("".join(codes[w] for w in hyp), "".join(codes[w] for w in ref)), len(ref))


def unordered_word_errors(hypothesis: str | None, reference: str | None) -> ErrorRate:
    """Word edit distance if reordering were free: max(reference words not found, extra words).

    Words are the space-separated parts after `normalize_space`, compared exactly as multisets.
    With order free, a substitution fixes one missing and one extra word, an insertion or
    deletion one of either, hence the maximum. Set beside `word_errors` it tells reading-order
    trouble (a grid read column by column: WER well above unordered WER) from misread words.
    """
    hyp = Counter(normalize_space(hypothesis).split())
    ref = Counter(normalize_space(reference).split())
    common = sum((hyp & ref).values())
    missing, extra = sum(ref.values()) - common, sum(hyp.values()) - common
    return ErrorRate(max(missing, extra), sum(ref.values()))


def page_errors(
    hypothesis_pages: Sequence[str | None],
    reference_pages: Sequence[str],
    measure: Callable[[str | None, str | None], ErrorRate] = char_errors,
) -> ErrorRate:
    """Page-by-page `measure`, summed; a missing or extra page counts in full."""
    total = ErrorRate()
    for i in range(max(len(hypothesis_pages), len(reference_pages))):
        hyp = hypothesis_pages[i] if i < len(hypothesis_pages) else ""
        ref = reference_pages[i] if i < len(reference_pages) else ""
        total += measure(hyp, ref)
    return total


def fuzzy_ratio(a: str | None, b: str | None) -> float:
    """1 − edit distance / longer length, on case-folded, whitespace-normalised strings."""
    a, b = normalize_label(a), normalize_label(b)
    longest = max(len(a), len(b))
    return 1.0 - levenshtein(a, b) / longest if longest else 1.0


def token_f1(a: str | None, b: str | None) -> float:
    """F1 of the overlap of two texts' case-folded word tokens, counted as multisets."""
    tokens_a = Counter(_TOKEN_RE.findall(normalize_label(a)))
    tokens_b = Counter(_TOKEN_RE.findall(normalize_label(b)))
    common = sum((tokens_a & tokens_b).values())
    if not common:
        return 0.0
    return 2 * common / (sum(tokens_a.values()) + sum(tokens_b.values()))


# --- precision, recall, F1 --------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def score_keys(predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> Score:
    """Compare two multisets of keys: a key found k times in both is k true positives."""
    pred, want = Counter(predicted), Counter(gold)
    tp = sum((pred & want).values())
    return Score(tp, sum(pred.values()) - tp, sum(want.values()) - tp)


def score_value(predicted: Any, gold: Any) -> Score:
    """A single field: None (or '') means 'not given'; a wrong value is both an fp and an fn."""
    return score_keys([predicted] if predicted not in (None, "") else [], [gold] if gold not in (None, "") else [])


def greedy_match(
    predicted: Sequence[Any],
    gold: Sequence[Any],
    similarity: Callable[[Any, Any], float],
    threshold: float,
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (pred index, gold index, similarity) with similarity ≥ threshold.

    Candidate pairs are taken best first (ties: earlier gold, then earlier prediction); each
    item is used at most once.
    """
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            value = similarity(p, g)
            if value >= threshold:
                candidates.append((-value, j, i))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for negative, j, i in sorted(candidates):
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j, -negative))
    return pairs


def score_matched(predicted: Sequence[Any], gold: Sequence[Any], pairs: Sequence[tuple[int, int, float]]) -> Score:
    return Score(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))


# --- fields of a document ---------------------------------------------------------------------


def section_similarity(pred: dict, gold: dict) -> float:
    """Title ratio when the section numbers agree (ignoring spaces: '§40' = '§ 40'), else 0."""
    if _compact(pred.get("number")) != _compact(gold.get("number")):
        return 0.0
    return fuzzy_ratio(pred.get("title"), gold.get("title"))


def decision_similarity(pred: dict, gold: dict) -> float:
    return token_f1(pred.get("text"), gold.get("text"))


def decision_kind_similarity(pred: dict, gold: dict) -> float:
    return decision_similarity(pred, gold) if pred.get("kind") == gold.get("kind") else 0.0


def _compact(number: str | None) -> str:
    return "".join(normalize_label(number).split())


def _people_pairs(record: dict, attribute: str) -> list[tuple[str, str]]:
    """(name, value) for each person whose `attribute` is given; lists give one pair per item."""
    pairs = []
    for person in record.get("people") or []:
        name = normalize_label(person.get("name"))
        values = person.get(attribute)
        values = values if isinstance(values, list) else [values]
        pairs += [(name, normalize_label(v)) for v in values if v not in (None, "")]
    return pairs


def _dates(record: dict, with_kind: bool) -> list[tuple]:
    keys = []
    for mention in record.get("dates") or []:
        key = (mention.get("date"), mention.get("date_end"))
        keys.append(key + (mention.get("kind"),) if with_kind else key)
    return keys


# Fields compared as multisets of keys: name → function from a record to its keys.
FIELD_KEYS: dict[str, Callable[[dict], list]] = {
    "people": lambda r: [normalize_label(p.get("name")) for p in r.get("people") or []],
    "roles": lambda r: _people_pairs(r, "roles"),
    "party": lambda r: _people_pairs(r, "party"),
    "attendance": lambda r: _people_pairs(r, "attendance"),
    "affiliation": lambda r: _people_pairs(r, "affiliation"),
    "case_numbers": lambda r: [_compact(s.get("case_number")) for s in r.get("sections") or [] if s.get("case_number")],
    "dates": lambda r: _dates(r, with_kind=True),
    "date_values": lambda r: _dates(r, with_kind=False),
    "municipalities": lambda r: sorted({normalize_label(m) for m in r.get("municipalities") or [] if m}),
}

# Single-valued header fields: compared exactly (dates, times, codes, doc_type) or as labels.
EXACT_FIELDS = ("doc_type", "meeting_date", "start_time", "end_time", "municipality_code")
LABEL_FIELDS = ("organ", "municipality", "title", "location")

# Fields matched one-to-one: name → (list key in the record, similarity, threshold).
MATCHED_FIELDS: dict[str, tuple[str, Callable[[dict, dict], float], float]] = {
    "sections": ("sections", section_similarity, SECTION_TITLE_MIN_RATIO),
    "decisions": ("decisions", decision_similarity, DECISION_MIN_TOKEN_F1),
    "decision_kinds": ("decisions", decision_kind_similarity, DECISION_MIN_TOKEN_F1),
}

FIELDS: tuple[str, ...] = (
    "doc_type",
    "meeting_date",
    "start_time",
    "end_time",
    "organ",
    "municipality",
    "municipality_code",
    "title",
    "location",
    "people",
    "roles",
    "party",
    "attendance",
    "affiliation",
    "sections",
    "case_numbers",
    "decisions",
    "decision_kinds",
    "dates",
    "date_values",
    "municipalities",
)


def score_document(predicted: dict, gold: dict) -> dict[str, Score]:
    """Score every field of `FIELDS`; both records have the shape of `samples/gold/*.json`."""
    scores: dict[str, Score] = {}
    for field in EXACT_FIELDS:
        scores[field] = score_value(predicted.get(field), gold.get(field))
    for field in LABEL_FIELDS:
        scores[field] = score_value(normalize_label(predicted.get(field)), normalize_label(gold.get(field)))
    for field, keys in FIELD_KEYS.items():
        scores[field] = score_keys(keys(predicted), keys(gold))
    for field, (key, similarity, threshold) in MATCHED_FIELDS.items():
        pred, want = predicted.get(key) or [], gold.get(key) or []
        scores[field] = score_matched(pred, want, greedy_match(pred, want, similarity, threshold))
    return {field: scores[field] for field in FIELDS}


def micro_average(per_document: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Sum the counts of each field over documents."""
    total = {field: Score() for field in FIELDS}
    for scores in per_document:
        for field, score in scores.items():
            total[field] += score
    return total
