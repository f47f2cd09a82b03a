"""Swedish lexicon and å/ä/ö candidates for the diacritics repair.

Reads the files `tools/build_lexicon.py` compiles into models/lexicon/ and models/confusions.tsv:
word forms (spaCy's Swedish lemma table plus counted words), word counts from running
Swedish text, bigram counts around ambiguous short words, and the letter groups tesseract's
English model puts for å/ä/ö. Words are looked up in lower case. A word the table lacks
still counts as Swedish when it splits into two known parts, with an optional linking "s"
("förvaltnings|nivå"). The big word list loads only when a word is not among the counted ones.
"""

from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent / "models"
LEXICON = MODELS / "lexicon"

MAX_CHANGES = 3  # Swedish words rarely hold more than three of å/ä/ö
MAX_CANDIDATES = 400
MIN_PART = 3  # compound parts shorter than this match too much ("in", "re")


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@functools.cache
def counts() -> dict[str, int]:
    return {word: int(n) for word, n in _rows(LEXICON / "counts.tsv")}


@functools.cache
def word_forms() -> frozenset[str]:
    with gzip.open(LEXICON / "words.txt.gz") as f:
        return frozenset(f.read().decode("utf-8").split("\n"))


@functools.cache
def bigrams() -> dict[tuple[str, str], int]:
    return {(a, b): int(n) for a, b, n in _rows(LEXICON / "bigrams.tsv")}


@functools.cache
def ambiguous() -> dict[str, str]:
    """Plain word → its diacritic twin, where both are common words (sa/så)."""
    return {plain: twin for plain, twin in _rows(LEXICON / "ambiguous.tsv")}


@functools.cache
def english() -> frozenset[str]:
    return frozenset(w for (w,) in _rows(LEXICON / "english.txt"))


@functools.cache
def confusions() -> dict[str, tuple[str, ...]]:
    """Damaged letter group → the letters it may stand for."""
    table: dict[str, list[str]] = {}
    for damaged, correct, _seen in _rows(MODELS / "confusions.tsv")[1:]:  # first row: column names
        table.setdefault(damaged, []).append(correct)
    return {d: tuple(c) for d, c in table.items()}


@functools.cache
def names() -> frozenset[str]:
    """One-word kommun names and first names, lower case: capitalised words may become these."""
    kommuner = {row[1].lower() for row in _rows(MODELS / "kommuner.tsv")[1:] if " " not in row[1]}
    first = {row[0].lower() for row in _rows(MODELS / "first_names.tsv")[1:]}
    return frozenset(kommuner | first)


@functools.cache
def twins() -> dict[str, str]:
    """Words with å/ä/ö whose plain spelling is also in the lexicon but far rarer (ar → är)."""
    freq, result = counts(), {}
    for word, n in freq.items():
        plain = strip_diacritics(word)
        if plain != word and n >= 5 and freq.get(plain, 0) * 30 < n:
            if freq.get(result.get(plain, ""), 0) < n:
                result[plain] = word
    return result


def strip_diacritics(word: str) -> str:
    return word.translate(_PLAIN)


_PLAIN = str.maketrans("åäöÅÄÖ", "aaoAAO")


def listed(word: str) -> bool:
    return word in counts() or word in word_forms()


def compound(word: str) -> bool:
    """True when `word` splits into two listed words, optionally with a linking s."""
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:i], word[i:]
        if not listed(tail):
            continue
        if listed(head) or (head.endswith("s") and len(head) > MIN_PART and listed(head[:-1])):
            return True
    return False


def known(word: str) -> bool:
    return listed(word) or compound(word)


def candidates(word: str) -> list[str]:
    """Spellings of lower-case `word` with up to MAX_CHANGES damaged letter groups read as å/ä/ö."""
    table = confusions()
    longest = max(map(len, table))
    found: list[str] = []

    def walk(i: int, built: str, changes: int) -> None:
        if len(found) >= MAX_CANDIDATES:
            return
        if i == len(word):
            if changes:
                found.append(built)
            return
        walk(i + 1, built + word[i], changes)
        if changes < MAX_CHANGES:
            for size in range(1, min(longest, len(word) - i) + 1):
                for letter in table.get(word[i : i + size], ()):
                    walk(i + size, built + letter, changes + 1)

    walk(0, "", 0)
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class Choice:
    word: str
    confidence: float


def best_candidate(word: str, *, capitalised: bool) -> Choice | None:
    """The Swedish word lower-case `word` most likely stood for, if one clearly wins.

    Listed words rank by count, then listed words without count, then compounds; a
    capitalised word (a name, perhaps) only becomes a counted word, a kommun or a first name.
    """
    freq = counts()
    scored = []
    for cand in candidates(word):
        if cand in freq:
            scored.append((2, freq[cand], cand))
        elif capitalised:
            if cand in names():
                scored.append((2, 1, cand))
        elif cand in word_forms():
            scored.append((1, 0, cand))
        elif compound(cand):
            scored.append((0, 0, cand))
    if not scored:
        return None
    scored.sort(reverse=True)
    top = scored[0]
    if len(scored) > 1:
        second = scored[1]
        if second[:2] == top[:2] or (top[0] == 2 and second[0] == 2 and second[1] * 4 > top[1]):
            return None  # two readings about as likely: leave it to a person
    return Choice(top[2], (0.7, 0.8, 0.9)[top[0]])


def context_favours_twin(prev: str, plain: str, twin: str, nxt: str) -> bool:
    """True when the neighbouring words were seen with `twin` clearly more than with `plain`."""
    pairs = bigrams()
    for_twin = pairs.get((prev, twin), 0) + pairs.get((twin, nxt), 0)
    for_plain = pairs.get((prev, plain), 0) + pairs.get((plain, nxt), 0)
    return for_twin >= 3 and for_twin > 8 * (for_plain + 1)
