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
  "Vasteras", "6kat") are put back by a noisy-channel choice (pipeline/lexicon.py): the
  readings a learnt confusion table allows, scored by word counts, a character model and,
  for words that differ only in å/ä/ö (har/här), the neighbouring words. An unknown word
  becomes its reading when one clearly wins; a known word only when its twin is far
  likelier in its context. Text that already holds more correct å/ä/ö words than damaged
  ones ("modern" OCR) only has unknown lower-case words changed. Names stay unless they
  become a known name; e-mail, URLs, numbers and twins next to English are left alone.

Speed: each distinct word is looked up once per text (and cached across texts), ftfy runs
only on lines with characters mojibake is made of, and edits merge in one pass per rule.
Large files go through `repair_lines` a chunk at a time.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import ftfy

from . import lexicon
from .document import PAGE_BREAK, Page, Repair

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


# A line of only these characters, with no two non-ASCII ones in a row, is left as it is by ftfy
# (mojibake always puts two or more non-ASCII characters where one stood; "&" may start an HTML
# entity); checked against ftfy by tests/test_repair.py. Skipping ftfy on such lines is most of the speed.
_PLAIN_LINE = re.compile(r"(?:[\t\x20-\x25\x27-\x7e]|[åäöéüÅÄÖÉÜ–—”’“‘…§½°«»](?![^\x00-\x7f]))*\r?")


def mojibake_edits(text: str) -> Iterator[Edit]:
    offset = 0
    plain_line = _PLAIN_LINE.fullmatch
    # split on "\n" only: str.splitlines also splits on U+0085, a byte of mojibake ("Ã\x85" for "Å")
    for line in text.split("\n"):
        body = line.rstrip("\r")
        if body and not plain_line(line):
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


# Letters and the digits/signs English OCR puts for å/ä/ö ("6kat", "n&r").
_TOKEN = re.compile(r"[\w&]+")
_HAS_DIACRITIC = re.compile(r"[åäöÅÄÖ]")
_STAND_INS = "64&"

# Margins in natural-log units, set on the dev split of the repair corpus (tools/eval_repair.py).
MARGIN_UNKNOWN = math.log(4)  # best reading of an unknown word over the next, before context
MARGIN_CONTEXT = math.log(4)  # the same once the neighbouring words have been weighed
MARGIN_KNOWN = math.log(10)  # a known word gives way to its twin only when this much likelier
COMMON = 5  # see _read
UNLIKELY_DAMAGE = math.log(0.001)  # readings the channel finds this unlikely must be listed words, not compounds
MARGIN_NAME = math.log(4)  # … or this, for a capitalised word whose twin is a name and itself is not


@dataclass(frozen=True)
class _Reading:
    """What a token (as spelt, case and all) may be: its kind and the ranked spellings it may stand for."""

    kind: str  # "skip": leave alone; "diacritic": holds å/ä/ö and is known; "twin": a known word of a
    #            group (har/här); "unknown": not a known word, `ranked` holds its readings
    word: str = ""
    ranked: tuple[tuple[str, float], ...] = ()
    capitalised: bool = False


_SKIP = _Reading("skip")
_READINGS: dict[str, _Reading] = {}


def _reading(token: str) -> _Reading:
    found = _READINGS.get(token)
    if found is None:
        found = _READINGS[token] = _read(token)
    return found


def _read(token: str) -> _Reading:
    word = token.lower()
    letters = sum(c.isalpha() for c in word)
    if letters < 2 or "_" in word or any(c.isdigit() and c not in _STAND_INS for c in word):
        return _SKIP
    if token.isupper() and len(token) <= 3:  # abbreviations: BUN, KS, AB
        return _SKIP
    if word[0] in _STAND_INS and not word[1:].isalpha():
        return _SKIP
    capitalised = token[0].isupper()
    has_diacritic = _HAS_DIACRITIC.search(word) is not None
    if lexicon.listed(word):
        if has_diacritic:
            return _Reading("diacritic")
        forms = lexicon.groups().get(word)
        if not forms:
            return _SKIP
        ranked = [(f, lexicon.prior(f, capitalised=capitalised) + _channel(word, f)
                   + lexicon.CHAR_WEIGHT * lexicon.char_score(f)) for f in forms]
        return _Reading("twin", word, tuple(sorted(ranked, key=lambda r: -r[1])), capitalised)
    # a word the lexicon only knows as a compound ("namn|den") competes with its readings ("nämnden")
    ranked = []
    if lexicon.compound(word):
        ranked.append((word, lexicon.prior(word, capitalised=capitalised) + lexicon.CHAR_WEIGHT * lexicon.char_score(word)))
    readings = lexicon.candidates(word)
    # a reading counted COMMON times outranks any compound reading by far: compounds need not be tried
    common = any(lexicon.counts().get(cand, 0) >= COMMON for cand, _ in readings)
    for cand, channel in readings:
        if common and not lexicon.listed(cand):
            continue
        score = lexicon.prior(cand, capitalised=capitalised, compound_ok=channel >= UNLIKELY_DAMAGE)
        if score > -math.inf:
            ranked.append((cand, score + channel + lexicon.CHAR_WEIGHT * lexicon.char_score(cand)))
    if not ranked or ranked == [(word, ranked[0][1])]:
        return _Reading("diacritic") if has_diacritic else _SKIP
    ranked.sort(key=lambda r: (-r[1], r[0]))
    return _Reading("unknown", word, tuple(ranked[:6]), capitalised)


def _channel(plain: str, form: str) -> float:
    """log P(OCR wrote `plain` | the word was `form`) for forms that differ only in å/ä/ö."""
    table = lexicon.confusions()
    score = 0.0
    for p, f in zip(plain, form, strict=True):
        if p != f:
            score += dict(table.get(p, ())).get(f, math.log(0.01))
    return score


def diacritics_edits(text: str) -> Iterator[Edit]:
    """å/ä/ö restored in words English OCR damaged ("fran", "férvaltningen", "Vasteras").

    A text that already holds more words with å/ä/ö than damaged-looking words was read by
    an OCR that knows Swedish ("modern"): there only unknown lower-case words with one clear
    reading are changed. Otherwise known words may also give way to a far likelier twin
    (ar → är, har → här) when their neighbours say so, and capitalised words may become a
    known word, kommun or first name. E-mail addresses, URLs, numbers and abbreviations are
    left alone, and so are twins next to English words.
    """
    web = _web_spans(text)
    web_starts = [a for a, _ in web]
    seen = Counter(_TOKEN.findall(text))  # each distinct word is read once: most of the speed
    for a, b in web:
        seen.subtract(_TOKEN.findall(text, a, b))
    with_diacritic = damaged = 0
    changeable: dict[str, _Reading] = {}
    for token, n in seen.items():
        reading = _READINGS.get(token) or _reading(token)
        if reading is _SKIP or n <= 0:
            continue
        if reading.kind == "diacritic":
            with_diacritic += n
            continue
        if reading.kind == "unknown" and not reading.capitalised:
            damaged += n
        changeable[token] = reading
    if not changeable:
        return
    modern = with_diacritic > damaged
    for m in _TOKEN.finditer(text):
        reading = changeable.get(m.group())
        if reading is None:
            continue
        if web:
            k = bisect.bisect_right(web_starts, m.start()) - 1
            if k >= 0 and m.start() < web[k][1]:
                continue
        choice = _choose(reading, modern, lambda m=m: _context(text, m.start(), m.end()))
        if choice:
            word = choice.word if _lower_case_slip(text, m, choice.word) else _same_case(m.group(), choice.word)
            yield Edit(m.start(), m.end(), word, "diacritics", choice.confidence)


_WEB_MARK = re.compile(r"@|://|www\.", re.IGNORECASE)
_SPACE = re.compile(r"\s")


def _web_spans(text: str) -> list[tuple[int, int]]:
    """Sorted spans of the whitespace-delimited chunks holding an e-mail address or URL."""
    spans: list[tuple[int, int]] = []
    for hit in _WEB_MARK.finditer(text):
        if spans and hit.start() < spans[-1][1]:
            continue
        a = max(text.rfind(" ", 0, hit.start()), text.rfind("\n", 0, hit.start()), text.rfind("\t", 0, hit.start())) + 1
        space = _SPACE.search(text, hit.end())
        spans.append((a, space.start() if space else len(text)))
    return spans


def _choose(reading: _Reading, modern: bool, context) -> lexicon.Choice | None:
    ranked = reading.ranked
    if reading.kind == "unknown":
        if modern and reading.capitalised:
            return None
        margin = ranked[0][1] - ranked[1][1] if len(ranked) > 1 else math.inf
        if margin >= MARGIN_UNKNOWN:
            return lexicon.Choice(ranked[0][0], _confidence(margin)) if ranked[0][0] != reading.word else None
        if modern:
            return None
        choice = _in_context(tuple(ranked[:4]), *context(), MARGIN_CONTEXT)
        return choice if choice and choice.word != reading.word else None
    if modern:
        return None
    before, after = context()
    if before in lexicon.english() or after in lexicon.english():
        return None
    margin = MARGIN_KNOWN
    if reading.capitalised and ranked[0][0] in lexicon.names() and reading.word not in lexicon.names():
        margin = MARGIN_NAME  # "Oberg" in a list of people: the surname Öberg
    choice = _in_context(ranked, before, after, margin, keep=reading.word)
    return choice if choice and choice.word != reading.word else None


@functools.lru_cache(maxsize=65_536)  # minutes repeat their phrases: one decision per word and neighbours
def _in_context(ranked, before: str, after: str, margin: float, keep: str = "") -> lexicon.Choice | None:
    """The reading the neighbouring words make likeliest, if it leads the next (or `keep`) by `margin`."""
    scored = sorted(((score + lexicon.context_score(word, before, after), word) for word, score in ranked),
                    reverse=True)
    best, word = scored[0]
    rival = max((s for s, w in scored[1:] if not keep or w == keep), default=-math.inf)
    if keep and word == keep:
        return None
    lead = best - rival
    return lexicon.Choice(word, _confidence(lead)) if lead >= margin else None


def _confidence(margin: float) -> float:
    return round(min(0.99, 1 - 0.5 * math.exp(-margin)), 2) if margin < math.inf else 0.99


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Plain forms of the words just before `start` and after `end` on the same line ("" at a line end)."""
    line = text[max(0, start - 40) : start].rsplit("\n", 1)[-1]
    words = _TOKEN.findall(line)
    before = _context_word(words[-1]) if words else ""
    line = text[end : end + 40].split("\n", 1)[0]
    words = _TOKEN.findall(line)
    after = _context_word(words[0]) if words else ""
    return before, after


def _context_word(token: str) -> str:
    return "0" if token[0].isdigit() and token.isdigit() else lexicon.plain(token)


def _lower_case_slip(text: str, m: re.Match, word: str) -> bool:
    """English OCR often reads a small ö/ä as a capital O/A ("register Over sina"): such a word in
    mid-sentence is a lower-case word, unless it is a name."""
    token = m.group()
    if token.isupper() or word[0] not in "åäö" or token[0].lower() == word[0] or word in lexicon.names():
        return False
    line = text[max(0, m.start() - 40) : m.start()].rsplit("\n", 1)[-1].rstrip()
    words = line.split()
    return bool(words) and words[-1][0].islower() and words[-1][-1] not in ".:!?"


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
    # ftfy judges a line whole: a letter the later rules mend ("Ké  Ã¶" → "Kö  Ã¶") can turn its
    # verdict, so the rules run again while mojibake is left (a repair repeated changes nothing)
    for _round in range(3):
        for rule in RULES:
            edits = sorted(rule(_joined(segments)), key=lambda e: e.start)
            if edits:
                segments = _apply_all(segments, edits)
        if next(mojibake_edits(_joined(segments)), None) is None:
            break
    return [
        Edit(seg.start, seg.end, seg.text, seg.rule, seg.confidence)
        for seg in segments
        if seg.rule and text[seg.start : seg.end] != seg.text
    ]


def _joined(segments: list[_Segment]) -> str:
    return "".join(seg.text for seg in segments) if len(segments) > 1 else segments[0].text


@dataclass
class _Segment:
    """A piece of the repaired text and the raw span it came from (rule None: unchanged)."""

    start: int
    end: int
    text: str
    rule: str | None = None
    confidence: float = 1.0


def _apply_all(segments: list[_Segment], edits: list[Edit]) -> list[_Segment]:
    """Apply sorted, non-overlapping edits of the segments' joined text, last edit first.

    Changed pieces an edit meets merge into it. Segments wholly after the edit at hand are final
    and move to `done`, so each segment is looked at a bounded number of times.
    """
    stack: list[tuple[int, _Segment]] = []  # (position in the joined text, segment), in text order
    cuts = sorted({e.start for e in edits} | {e.end for e in edits})
    pos = 0
    for seg in segments:
        end = pos + len(seg.text)
        if seg.rule is None:  # cut unchanged text at the edits' ends first: no edit copies a long piece
            inside = cuts[bisect.bisect_right(cuts, pos) : bisect.bisect_left(cuts, end)]
            last = pos
            for cut in [*inside, end]:
                stack.append((last, _Segment(seg.start + last - pos, seg.start + cut - pos, seg.text[last - pos : cut - pos])))
                last = cut
        else:
            stack.append((pos, seg))
        pos = end
    done: list[_Segment] = []
    for edit in reversed(edits):
        a, b = edit.start, edit.end
        touched: list[tuple[int, _Segment]] = []
        while stack:
            seg_pos, seg = stack[-1]
            end = seg_pos + len(seg.text)
            if (a < b and seg_pos < b and a < end) or a < seg_pos < b or (a == b and seg_pos < a < end):
                touched.append(stack.pop())
            elif end <= a or touched:  # before the edit: it and everything left of it stay
                break
            else:  # after the edit: final for this rule
                done.append(stack.pop()[1])
        touched.reverse()
        if not touched:  # an insertion between two pieces
            at = stack[-1][1].end if stack else 0
            done.append(_Segment(at, at, edit.replacement, edit.rule, edit.confidence))
            continue
        (first_pos, first), (last_pos, last) = touched[0], touched[-1]
        head, tail = first.text[: max(0, a - first_pos)], last.text[b - last_pos :]
        raw_start, raw_end, piece_pos = first.start, last.end, first_pos
        if head and first.rule is None:  # unchanged text keeps its own piece, so edits stay small
            stack.append((first_pos, _Segment(first.start, first.start + len(head), head)))
            raw_start, piece_pos, head = first.start + len(head), first_pos + len(head), ""
        tail_piece = None
        if tail and last.rule is None:
            tail_piece = _Segment(last.end - len(tail), last.end, tail)
            raw_end, tail = last.end - len(tail), ""
        earlier = [seg for _, seg in touched if seg.rule]
        rule = "+".join(dict.fromkeys([seg.rule for seg in earlier] + [edit.rule]))
        confidence = min([seg.confidence for seg in earlier] + [edit.confidence])
        if tail_piece:
            done.append(tail_piece)
        stack.append((piece_pos, _Segment(raw_start, raw_end, head + edit.replacement + tail, rule, confidence)))
    return [seg for _, seg in stack] + done[::-1]


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


# --- streaming, for archivists' large files (minutes repair) -----------------------------------------

STREAM_CHUNK = 1 << 20  # characters repaired at a time: memory stays flat on files of any size
_UNDEFINED_IN_CP1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def detect_encoding(stream: BinaryIO, block: int = 1 << 20) -> str:
    """The encoding a seekable byte stream is read with, block by block (`ocr.decode_text` uses it too):
    UTF-16 (BOM), else UTF-8 (BOM or not) if every byte fits, else CP1252, else Latin-1."""
    start = stream.tell()
    head = stream.read(2)
    if head in (b"\xff\xfe", b"\xfe\xff"):
        utf16 = codecs.getincrementaldecoder("utf-16")()
        try:
            data = head
            while data:
                utf16.decode(data)
                data = stream.read(block)
            utf16.decode(b"", final=True)
            stream.seek(start)
            return "utf-16"
        except UnicodeDecodeError:
            stream.seek(start)
            head = stream.read(2)
    decoder = codecs.getincrementaldecoder("utf-8")()
    data, encoding = head, "utf-8-sig"
    try:
        while data:
            decoder.decode(data)
            data = stream.read(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        encoding = "cp1252"
        stream.seek(start)
        while data := stream.read(block):
            if _UNDEFINED_IN_CP1252.search(data):
                encoding = "latin-1"
                break
    stream.seek(start)
    return encoding


def repair_lines(lines: Iterable[str], chunk: int = STREAM_CHUNK) -> Iterator[tuple[str, list[Repair]]]:
    """Repair text given line by line (line ends kept), yielding repaired text in order and its repairs.

    Pages are split at form feeds and numbered from 1; a long page is repaired a chunk of lines
    at a time (cut where no word is broken over the line end), and each repair's offset is into
    its raw page, as `repair_pages` gives for a text read whole.
    """
    page_no, page_offset, pending, size = 1, 0, [], 0

    def flush() -> Iterator[tuple[str, list[Repair]]]:
        nonlocal page_offset, pending, size
        if pending:
            raw = "".join(pending)
            page, repairs = repair_page(Page(page_no, raw))
            yield page.text, [replace(r, char_start=r.char_start + page_offset) for r in repairs]
            page_offset += len(raw)
        pending, size = [], 0

    for line in lines:
        parts = line.split(PAGE_BREAK)
        for k, part in enumerate(parts):
            if k:
                yield from flush()
                yield PAGE_BREAK, []
                page_no, page_offset = page_no + 1, 0
            if part:
                pending.append(part)
                size += len(part)
        if size >= chunk and not line.rstrip("\r\n").endswith("-"):
            yield from flush()
    yield from flush()
