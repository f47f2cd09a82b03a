"""Swedish lexicon, OCR channel and context model for the diacritics repair.

Reads what `tools/build_lexicon.py` compiles into models/lexicon/ and models/confusions.tsv:
- word forms (spaCy's Swedish lemma table plus every counted word);
- word counts from running Swedish text (news sentences and the train split of the repair corpus);
- context counts: for each form of an ambiguous group (words that differ only in å/ä/ö: har/här,
  var/vår, ar → år/är) how often each neighbouring word stood before and after it. Neighbours are
  keyed by their plain form (lower case, å/ä/ö/é as a/a/o/o), so the context reads the same in
  damaged and repaired text;
- the OCR channel: which letter groups tesseract's English model put for å/ä/ö, with P(group | letter).

A word the table lacks still counts as Swedish when it splits into known parts (up to three),
with an optional linking s ("förvaltnings|nivå", "kompetens|försörjning|en").
Words are looked up in lower case. Everything loads lazily and once, from the compiled copies that
`pipeline.cache` keeps (built from these files on first use).
"""

from __future__ import annotations

import functools
import gzip
import math
from dataclasses import dataclass
from pathlib import Path

from .cache import WordTable, cached, word_table

MODELS = Path(__file__).resolve().parent.parent / "models"
LEXICON = MODELS / "lexicon"

MAX_CHANGES = 3  # Swedish words rarely hold more than three of å/ä/ö
MAX_CANDIDATES = 600
MIN_PART = 3  # compound parts shorter than this match too much ("in", "re")
MAX_PARTS = 3
SMOOTHING = 2.0  # add-k weight of the unigram prior in P(word | word before)
COMPOUND_BASE = math.log(0.4) - 2.0  # log prior of a compound of two parts seen once each …
PART_WEIGHT = 0.25  # … raised by this share of the parts' log counts
NAME_BONUS = math.log(8)  # for a capitalised word: a kommun, first name or proper noun over other words
COMPOUND_CAP = math.log(0.3)  # a compound never outranks a listed word (log 0.4 and up)

_PLAIN = str.maketrans("åäöÅÄÖéÉ6&", "aaoAAOoOoa")


def plain(word: str) -> str:
    """The key a neighbouring word is looked up by: lower case, å/ä/& → a, ö/é/6 → o."""
    return word.lower().translate(_PLAIN)


def strip_diacritics(word: str) -> str:
    return word.translate(_STRIP)


_STRIP = str.maketrans("åäöÅÄÖ", "aaoAAO")


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@functools.cache
def counts() -> dict[str, int]:
    return cached("lexicon-counts", [LEXICON / "counts.tsv"],
                  lambda: {word: int(n) for word, n in _rows(LEXICON / "counts.tsv")})


@functools.cache
def total() -> int:
    return sum(counts().values())


@functools.cache
def plain_counts() -> dict[str, int]:
    """Counts of words by their plain form: how often a context word was seen."""
    return cached("lexicon-plain-counts", [LEXICON / "counts.tsv"], _plain_counts)


def _plain_counts() -> dict[str, int]:
    result: dict[str, int] = {}
    for word, n in counts().items():
        key = plain(word)
        result[key] = result.get(key, 0) + n
    return result


@functools.cache
def word_forms() -> WordTable:
    """Every word form (a set: `word in word_forms()`), loaded at once from the cache."""
    return word_table("lexicon-word-forms", [LEXICON / "words.txt.gz"], _word_forms)


def _word_forms() -> frozenset[str]:
    with gzip.open(LEXICON / "words.txt.gz") as f:
        return frozenset(f.read().decode("utf-8").split("\n")) - {""}


@functools.cache
def english() -> frozenset[str]:
    return frozenset(w for (w,) in _rows(LEXICON / "english.txt"))


@functools.cache
def names() -> frozenset[str]:
    """One-word kommun names, first names and words written with a capital mid-sentence, lower case."""
    return cached("lexicon-names", [MODELS / "kommuner.tsv", MODELS / "first_names.tsv", LEXICON / "proper.txt"],
                  _names)


def _names() -> frozenset[str]:
    kommuner = {row[1].lower() for row in _rows(MODELS / "kommuner.tsv")[1:] if " " not in row[1]}
    first = {row[0].lower() for row in _rows(MODELS / "first_names.tsv")[1:]}
    proper = {w for (w,) in _rows(LEXICON / "proper.txt")}
    return frozenset(kommuner | first | proper)


@functools.cache
def context() -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """(plain word before, form) → count, and (form, plain word after) → count."""
    return cached("lexicon-context", [LEXICON / "context.tsv"], _context)


def _context() -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    left: dict[tuple[str, str], int] = {}
    right: dict[tuple[str, str], int] = {}
    for side, a, b, n in _rows(LEXICON / "context.tsv"):
        (left if side == "L" else right)[(a, b)] = int(n)
    return left, right


@functools.cache
def groups() -> dict[str, tuple[str, ...]]:
    """Plain spelling (no å/ä/ö) → its known forms, where there are two or more (har: har, här)."""
    return cached("lexicon-groups", [LEXICON / "counts.tsv", LEXICON / "words.txt.gz"], _groups)


def _groups() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for word in counts():
        key = strip_diacritics(word)
        if key != word:
            found.setdefault(key, set()).add(word)
    result = {}
    for key, forms in found.items():
        if key in counts() or key in word_forms():
            forms.add(key)
        if len(forms) > 1:
            result[key] = tuple(sorted(forms))
    return result


@functools.cache
def confusions() -> dict[str, tuple[tuple[str, float], ...]]:
    """Damaged letter group → (letter it may stand for, log P(group | letter)), learnt from train pairs."""
    table: dict[str, list[tuple[str, float]]] = {}
    rows = _rows(MODELS / "confusions.tsv")[1:]  # first row: column names
    for damaged, correct, _seen, probability in rows:
        table.setdefault(damaged, []).append((correct, math.log(float(probability))))
    return {d: tuple(c) for d, c in table.items()}


def listed(word: str) -> bool:
    return word in counts() or word in word_forms()


@functools.lru_cache(maxsize=200_000)
def compound_score(word: str, parts: int = MAX_PARTS) -> float:
    """Log prior of `word` read as a compound of listed words (-inf when it is none).

    Each head may end in a linking s ("förvaltnings|nivå"); the tail may itself be a compound
    (up to MAX_PARTS parts). A split into common parts scores higher than one into rare or
    uncounted ones ("samman|ställts" over "sam|månställts"); every compound scores below a listed word.
    """
    best = -math.inf
    freq = counts()
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:i], word[i:]
        if listed(head):
            h = math.log(freq.get(head, 0) + 0.5)
        elif head.endswith("s") and len(head) > MIN_PART and listed(head[:-1]):
            h = math.log(freq.get(head[:-1], 0) + 0.5)
        else:
            continue
        if listed(tail):
            t = math.log(freq.get(tail, 0) + 0.5)
        elif parts > 2 and len(tail) >= 2 * MIN_PART:
            t = compound_score(tail, parts - 1) - COMPOUND_BASE
        else:
            continue
        best = max(best, COMPOUND_BASE + PART_WEIGHT * (h + t))
    return min(best, COMPOUND_CAP)


def compound(word: str) -> bool:
    """True when `word` splits into two or more listed words, each head optionally with a linking s."""
    return compound_score(word) > -math.inf


def known(word: str) -> bool:
    return listed(word) or compound(word)


CHAR_ORDER = 4
CHAR_WEIGHT = 0.5  # share of the character model's log probability added to a reading's score


@functools.cache
def _char_counts() -> tuple[dict[str, int], ...]:
    """Counts of character n-grams (n = 1 … CHAR_ORDER) over the counted word types, "^"/"$" at the ends."""
    return cached(f"lexicon-char-counts-{CHAR_ORDER}", [LEXICON / "counts.tsv"], _count_chars)


def _count_chars() -> tuple[dict[str, int], ...]:
    tables: list[dict[str, int]] = [{} for _ in range(CHAR_ORDER + 1)]
    for word in counts():
        padded = "^" * (CHAR_ORDER - 1) + word + "$"
        for n in range(1, CHAR_ORDER + 1):
            table = tables[n]
            for i in range(len(padded) - n + 1):
                gram = padded[i : i + n]
                table[gram] = table.get(gram, 0) + 1
    return tuple(tables)


def char_score(word: str) -> float:
    """log P(word) under an interpolated character n-gram model of Swedish word types.

    Breaks ties between readings the word lists cannot tell apart ("-erna" is Swedish, "-ernå" is not).
    """
    padded = "^" * (CHAR_ORDER - 1) + word + "$"
    return sum(_char_logp(padded[i - CHAR_ORDER + 1 : i + 1]) for i in range(CHAR_ORDER - 1, len(padded)))


@functools.lru_cache(maxsize=200_000)
def _char_logp(gram: str) -> float:
    """log P(last character of `gram` | the ones before it), each order smoothed towards the one below."""
    tables = _char_counts()
    p = (tables[1].get(gram[-1], 0) + 1) / (_char_total() + len(tables[1]) + 1)
    for n in range(2, CHAR_ORDER + 1):
        p = (tables[n].get(gram[-n:], 0) + 2 * p) / (tables[n - 1].get(gram[-n:-1], 0) + 2)
    return math.log(p)


@functools.cache
def _char_total() -> int:
    return sum(_char_counts()[1].values())


def candidates(word: str) -> list[tuple[str, float]]:
    """Spellings of lower-case `word` with damaged letter groups read as å/ä/ö, with log P(word | spelling).

    Each spelling replaces one to MAX_CHANGES non-overlapping groups ("6" → ö, "a" → ä, "di" → ä).
    """
    table = confusions()
    longest = max(map(len, table))
    sites = [(i, i + size, letter, lp)
             for i in range(len(word)) for size in range(1, min(longest, len(word) - i) + 1)
             for letter, lp in table.get(word[i : i + size], ())]
    found: dict[str, float] = {}
    stack = [(0, -1, 0.0, ())]  # (next site to try, end of the last change, log p, changes so far)
    while stack and len(found) < MAX_CANDIDATES:
        first, last_end, logp, changes = stack.pop()
        for k in range(first, len(sites)):
            start, end, letter, lp = sites[k]
            if start < last_end:
                continue
            chosen = (*changes, (start, end, letter))
            parts, at = [], 0
            for a, b, ch in chosen:
                parts += [word[at:a], ch]
                at = b
            spelling = "".join(parts) + word[at:]
            if logp + lp > found.get(spelling, -math.inf):
                found[spelling] = logp + lp
            if len(chosen) < MAX_CHANGES:
                stack.append((k + 1, end, logp + lp, chosen))
    return list(found.items())


@dataclass(frozen=True)
class Choice:
    word: str
    confidence: float


def prior(word: str, *, capitalised: bool, compound_ok: bool = True) -> float:
    """Log prior of a known spelling; -inf when it is not a word this position may hold.

    Counted words by their count; listed words without a count and compounds get a small
    pseudo-count. A capitalised word (a name, perhaps) may also be a kommun, a first name or a
    proper noun, and those rank above other words (NAME_BONUS).
    """
    n = counts().get(word)
    if capitalised and word in names():  # a capital word is likelier a name than a word that happens to exist
        return max(math.log((n or 0) + 0.5), math.log(2.0)) + NAME_BONUS
    if n is not None:
        return math.log(n + 0.5)
    if word in word_forms():
        return math.log(0.4)
    return compound_score(word) if compound_ok else -math.inf


@functools.cache
def followers() -> dict[str, int]:
    """Form of an ambiguous group → how many different words were seen after it (Witten-Bell)."""
    result: dict[str, int] = {}
    for word, _after in context()[1]:
        result[word] = result.get(word, 0) + 1
    return result


def context_score(word: str, before: str, after: str) -> float:
    """What the neighbours add to log P(word): log P(word | before) − log P(word) + log P(after | word) − log P(after).

    P(word | before) is add-k smoothed towards P(word); P(after | word) is Witten-Bell smoothed
    towards P(after), so a common word is not punished for the many neighbours never seen with it.
    """
    left, right = context()
    n_word = counts().get(word, 0)
    p_word = (n_word + 0.5) / total()
    score = 0.0
    if before:
        n_before = plain_counts().get(before, 0)
        p = (left.get((before, word), 0) + SMOOTHING * p_word) / (n_before + SMOOTHING)
        score += math.log(p) - math.log(p_word)
    if after:
        p_after = (plain_counts().get(after, 0) + 0.5) / total()
        types = followers().get(word, 0) + 1
        p = (right.get((word, after), 0) + types * p_after) / (n_word + types)
        score += math.log(p) - math.log(p_after)
    return score


def load() -> None:
    """Load every table now (a few seconds the first time, when the cache is built), e.g. before timing
    repair or forking workers."""
    for table in (counts, total, plain_counts, word_forms, english, names, context, groups, followers,
                  confusions, _char_counts, _char_total):
        table()
