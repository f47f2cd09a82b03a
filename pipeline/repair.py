"""Repair stage: conservative, logged, reversible character repair of page text.

Every change is an `Edit` of the page's raw text (start, end, replacement, rule,
confidence); edits never overlap and are applied in one pass, so each one becomes a
`Repair` record an archivist can audit or undo, and `Page.raw_text` keeps the
original. The rules run in turn, each on the text the ones before it left; where two
change the same characters their edits merge into one ("mojibake+hyphenation").
Running repair on its own output changes nothing.

Rules in this version:
- mojibake: ftfy on each line that needs it (UTF-8 read as CP1252 and the like),
  quotes and line ends left as they are; the edit covers only the changed characters;
- hyphenation: a word broken at a line end ("utveck-\\nlingen") is joined when at
  least two letters precede the hyphen ("e-\\npost" keeps it), the continuation starts
  in lower case and is not a conjunction ("barn- och …");
- paragraph-sign: tesseract's Swedish model has no "§" and reads it as "$";
  "$ 47" / "$$ 40-45" at a line start become "§ 47" / "§§ 40-45";
- diacritics: å/ä/ö that tesseract's English model lost ("fran", "férvaltningen",
  "Vasteras") are put back where the lexicon (pipeline/lexicon.py) clearly knows the
  word: a word it does not know becomes its best known å/ä/ö spelling; a known word only
  when its twin is far more common ("ar" → "är") or, for two common words (sa/så), when
  the neighbouring words favour the twin. Names stay unless they become a known word,
  kommun or first name; e-mail, URLs, numbers and words next to English are left alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import ftfy

from . import lexicon
from .document import Page, Repair

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    rule: str
    confidence: float


@functools.cache
def _unjoinable() -> frozenset[str]:
    """Words after a line-end hyphen that mean the hyphen is a real one ("barn- och")."""
    lines = (DATA / "hyphen_keep.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


# Two letters before the hyphen: Swedish never breaks off one letter, so "e-\npost" keeps it.
_HYPHENATED = re.compile(r"(?<=[a-zåäöéü]{2})-\n[ \t]*([a-zåäöéü]+)([.,;:!?)]*)[ \t]?")
_DOLLAR_PARAGRAPH = re.compile(r"(?m)(^[ \t]*|(?<=[ \t(]))(\${1,2})(?=[ \t]?\d)")


# Only undo encoding damage: Swedish typography (”citat”, ’) and line ends are not mojibake.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False)


def mojibake_edits(text: str) -> Iterator[Edit]:
    offset = 0
    # split on "\n" only: str.splitlines also splits on U+0085, a byte of mojibake ("Ã\x85" for "Å")
    for line in text.split("\n"):
        body = line.rstrip("\r")
        if body:
            fixed, steps = ftfy.fix_and_explain(body, _FTFY)
            if fixed != body:
                names = ",".join(step.parameter for step in steps) or "ftfy"
                start, end, replacement = _changed_part(body, fixed)
                yield Edit(offset + start, offset + end, replacement, f"mojibake:{names}", 0.95)
        offset += len(line) + 1


def _changed_part(old: str, new: str) -> tuple[int, int, str]:
    """The span of `old` that differs from `new` (common head and tail left out) and its replacement."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return head, len(old) - tail, new[head : len(new) - tail]


def hyphenation_edits(text: str) -> Iterator[Edit]:
    keep = _unjoinable()
    for m in _HYPHENATED.finditer(text):
        if m.group(1) in keep:
            continue
        # the line break moves after the joined word, unless that word ends its line anyway
        line_ends = m.end() == len(text) or text[m.end()] in "\r\n"
        yield Edit(m.start(), m.end(), m.group(1) + m.group(2) + ("" if line_ends else "\n"), "hyphenation", 0.9)


def paragraph_sign_edits(text: str) -> Iterator[Edit]:
    for m in _DOLLAR_PARAGRAPH.finditer(text):
        at_line_start = m.start(1) == 0 or text[m.start(1) - 1] == "\n"
        yield Edit(m.start(2), m.end(2), "§" * len(m.group(2)), "paragraph-sign", 0.97 if at_line_start else 0.9)


# Letters and the digits/signs English OCR puts for å/ä/ö ("6kat", "n&r"); split further below.
_TOKEN = re.compile(r"[\w&]+")
_CHUNK = re.compile(r"\S+")
_WEB = re.compile(r"@|://|www\.", re.IGNORECASE)
_STAND_INS = "64&"


def diacritics_edits(text: str) -> Iterator[Edit]:
    for chunk in _CHUNK.finditer(text):
        if _WEB.search(chunk.group()):
            continue
        tokens = list(_TOKEN.finditer(chunk.group()))
        for i, m in enumerate(tokens):

            def context(i=i, tokens=tokens, chunk=chunk) -> tuple[str, str]:  # only for words that need it
                prev = tokens[i - 1].group().lower() if i else _neighbour(text, chunk.start(), -1)
                nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else _neighbour(text, chunk.end(), 1)
                return prev, nxt

            choice = _diacritic_choice(m.group(), context)
            if choice:
                start = chunk.start() + m.start()
                yield Edit(start, start + len(m.group()), _same_case(m.group(), choice.word), "diacritics",
                           choice.confidence)


def _neighbour(text: str, at: int, step: int) -> str:
    """The word before (step -1) or after (step 1) position `at`, lower case ("" at a line end)."""
    if step < 0:
        line = text[max(0, at - 40) : at].rsplit("\n", 1)[-1]
        words = _TOKEN.findall(line)
        return words[-1].lower() if words else ""
    line = text[at : at + 40].split("\n", 1)[0]
    words = _TOKEN.findall(line)
    return words[0].lower() if words else ""


def _diacritic_choice(token: str, context) -> lexicon.Choice | None:
    word = token.lower()
    letters = sum(c.isalpha() for c in word)
    if letters < 2 or "_" in word or any(c.isdigit() and c not in _STAND_INS for c in word):
        return None
    if token.isupper() and len(token) <= 3:  # abbreviations: BUN, KS, AB
        return None
    if word[0] in _STAND_INS and not word[1:].isalpha():
        return None
    if lexicon.listed(word):
        if word in lexicon.ambiguous() or word in lexicon.twins():
            return _twin_choice(word, *context())
        return None
    choice = lexicon.best_candidate(word, capitalised=token[0].isupper())
    if choice and choice.confidence < 0.8 and lexicon.compound(word):
        return None  # the word is a sound compound as it stands; a compound reading is no better
    return choice


def _twin_choice(word: str, prev: str, nxt: str) -> lexicon.Choice | None:
    """A known word changed only for a far more common twin (ar → är) that its context allows."""
    if word in lexicon.ambiguous():
        twin = lexicon.ambiguous()[word]
        return lexicon.Choice(twin, 0.7) if lexicon.context_favours_twin(prev, word, twin, nxt) else None
    twin = lexicon.twins().get(word)
    if twin is None or prev in lexicon.english() or nxt in lexicon.english():
        return None
    return lexicon.Choice(twin, 0.8)


def _same_case(token: str, word: str) -> str:
    if token.isupper() and len(token) > 1:
        return word.upper()
    if token[0].isupper():
        return word[0].upper() + word[1:]
    return word


# In this order, each on the text the rules before it left: mojibake first so the other rules
# see real letters; paragraph signs after joining because joining a word can bring "$ 4" to a
# line start; diacritics last, on whole words.
RULES = (mojibake_edits, hyphenation_edits, paragraph_sign_edits, diacritics_edits)


def find_edits(text: str) -> list[Edit]:
    """All edits for `text` as sorted, non-overlapping edits of `text` itself.

    The rules run one after another; where a later rule changes text an earlier one made,
    the two become one edit (rule "mojibake+hyphenation"), so every edit still points at
    the raw text and the result is what running the rules in turn gives.
    """
    segments = [_Segment(0, len(text), text)]
    for rule in RULES:
        current = "".join(seg.text for seg in segments)
        for edit in sorted(rule(current), key=lambda e: e.start, reverse=True):
            segments = _apply(segments, edit)
    return [
        Edit(seg.start, seg.end, seg.text, seg.rule, seg.confidence)
        for seg in segments
        if seg.rule and text[seg.start : seg.end] != seg.text
    ]


@dataclass
class _Segment:
    """A piece of the repaired text and the raw span it came from (rule None: unchanged)."""

    start: int
    end: int
    text: str
    rule: str | None = None
    confidence: float = 1.0


def _apply(segments: list[_Segment], edit: Edit) -> list[_Segment]:
    """Replace `edit.start:edit.end` of the segments' joined text; changed pieces it meets merge into it."""
    a, b = edit.start, edit.end
    before, touched, after, pos = [], [], [], 0
    for seg in segments:
        end = pos + len(seg.text)
        if (a < b and pos < b and a < end) or a < pos < b or (a == b and pos < a < end):
            touched.append((pos, seg))
        elif end <= a and not touched:
            before.append(seg)
        else:
            after.append(seg)
        pos = end
    if not touched:  # an insertion between two pieces
        at = before[-1].end if before else 0
        return before + [_Segment(at, at, edit.replacement, edit.rule, edit.confidence)] + after
    (first_pos, first), (last_pos, last) = touched[0], touched[-1]
    head, tail = first.text[: max(0, a - first_pos)], last.text[b - last_pos :]
    pieces, raw_start, raw_end = [], first.start, last.end
    if head and first.rule is None:  # unchanged text keeps its own piece, so edits stay small
        pieces.append(_Segment(first.start, first.start + len(head), head))
        raw_start, head = first.start + len(head), ""
    tail_piece = None
    if tail and last.rule is None:
        tail_piece = _Segment(last.end - len(tail), last.end, tail)
        raw_end, tail = last.end - len(tail), ""
    earlier = [seg for _, seg in touched if seg.rule]
    rule = "+".join(dict.fromkeys([seg.rule for seg in earlier] + [edit.rule]))
    confidence = min([seg.confidence for seg in earlier] + [edit.confidence])
    pieces.append(_Segment(raw_start, raw_end, head + edit.replacement + tail, rule, confidence))
    return before + pieces + ([tail_piece] if tail_piece else []) + after


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts, last = [], 0
    for edit in edits:
        parts.append(text[last : edit.start])
        parts.append(edit.replacement)
        last = edit.end
    parts.append(text[last:])
    return "".join(parts)


def repair_text(text: str) -> tuple[str, list[Edit]]:
    """Repaired text and the edits that made it."""
    edits = find_edits(text)
    return apply_edits(text, edits), edits


def repair_page(page: Page) -> tuple[Page, list[Repair]]:
    text, edits = repair_text(page.raw_text)
    repairs = [
        Repair(page.page_no, e.start, page.raw_text[e.start : e.end], e.replacement, e.confidence, e.rule)
        for e in edits
    ]
    return replace(page, text=text), repairs


def repair_pages(pages: list[Page]) -> tuple[list[Page], list[Repair]]:
    """Repair every page; return the pages with `text` set and all repair records."""
    repaired, records = [], []
    for page in pages:
        new_page, page_repairs = repair_page(page)
        repaired.append(new_page)
        records.extend(page_repairs)
    return repaired, records
