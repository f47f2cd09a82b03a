"""Label/value grids that OCR read column by column.

A first-page grid ("Plats och tid | …", "Ledamöter | …", "Justerare | …") often comes out of
tesseract as all the labels first and then all the values, so a line-by-line reader sees a
pile of headings followed by bare names. `stacked_labels` finds such a pile and gives each
value line back its label, by walking labels and values in order and moving to the next label
when a value cannot belong to the current one (a place and time is not a member, "X ersätter
Y" is not an ordinary member, "Name, role" without a party is staff, a lone range of numbers
is the paragraphs line).

Pure text in, offsets out: `people.find` prefixes a value line with its label and skips the
label pile; offsets of the values are not changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import segment
from pipeline.extract import nlp

# kinds of value a label takes; "many" kinds take one or more lines, the others one
PLACE, PEOPLE, SUBSTITUTES, STAFF, PERSON, PARAGRAPHS, TEXT = (
    "place",
    "people",
    "substitutes",
    "staff",
    "person",
    "paragraphs",
    "text",  # a value in words ("enligt bilaga 1"): any label's only value
)
MANY = {PEOPLE, SUBSTITUTES, STAFF}
MIN_LABELS = 3  # a pile shorter than this is an ordinary label row (unless all are signature roles)

# labels that are not attendance headings or role words (those come from models/roles.tsv)
OTHER_LABELS = {
    "plats och tid": PLACE,
    "tid och plats": PLACE,
    "plats": PLACE,
    "tid": PLACE,
    "sammanträde": PLACE,  # "Sammanträde | Torsdagen den 22 september 2022, kl. 08.30"
    "sammanträdesdatum": PLACE,
    "justeringens plats och tid": PLACE,
    "justeringens tid och plats": PLACE,
    "justeringens plats": PLACE,
    "justeringsdatum": PLACE,
    "justeringsdag": PLACE,
    "justeringens datum": PLACE,
    "datum för justering": PLACE,
    "tid för justering": PLACE,
    "justering": PLACE,
    "paragrafer": PARAGRAPHS,
    "protokollet omfattar": PARAGRAPHS,
    "utses att justera": PERSON,
}

NAME = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
PARTY_RE = re.compile(r"\(\s*[A-ZÅÄÖa-zåäö]{1,4}\s*\)")
PEOPLE_RE = re.compile(rf"^{NAME}(?: {NAME}){{1,2}}\b")
RANGE_RE = re.compile(r"^(?:[§$S8]{1,2}\s*)?\d+\s*(?:[-–—]\s*\d+)?\W*$")
DATEISH_RE = re.compile(r"\d{4}-\d\d-\d\d|\bkl\.?\s*\d|\b\d{1,2} [a-zåäö]+ \d{4}|\bden \d")
BARE_DATE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
TIME_RANGE_RE = re.compile(r"^(?:kl\.?\s*)?\d{1,2}[.:]\d\d\s*(?:[-–—]\s*\d{1,2}[.:]\d\d)?\.?$")
FURNITURE_RE = re.compile(r"^(?:sida\s*)?\d+\s*(?:\(\s*\d+\s*\)|av \d+)$", re.IGNORECASE)
LETTERHEAD_WORDS = {"kommun", "region", "kommunförbund", "förvaltning", "stad"}
LEAD = " \t:;.,'|\"-–—"


@dataclass(frozen=True)
class Stack:
    """Value line start → its label text; label lines to leave out."""

    labels: dict[int, str]
    skip: frozenset[int]


def stacked_labels(text: str) -> Stack:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n\f]+", text) if m.group().strip()]
    labels: dict[int, str] = {}
    skip: set[int] = set()
    i = 0
    while i < len(lines):
        pile, j = _label_pile(lines, i)
        signatures = len(pile) >= 2 and all(kind == PERSON for _, kind in pile)  # "Ordförande / Justerare"
        if len(pile) < MIN_LABELS and not signatures:
            i += 1
            continue
        assigned, end = _assign(pile, lines, j)
        if not assigned:
            i = j
            continue
        skip.update(start for start, _ in lines[i:j])
        labels.update(assigned)
        i = end
    return Stack(labels, frozenset(skip))


def _label_pile(lines: list[tuple[int, str]], i: int) -> tuple[list[tuple[str, str]], int]:
    """Consecutive label lines from i (a label split over two lines is joined): (label, kind)s."""
    pile: list[tuple[str, str]] = []
    j = i
    while j < len(lines):
        text = _clean(lines[j][1])
        kind = _kind(text)
        if kind is None and j + 1 < len(lines):
            joined = f"{text} {_clean(lines[j + 1][1])}"
            if (kind := _kind(joined)) is not None:
                pile.append((joined, kind))
                j += 2
                continue
        if kind is None:
            # "Tjänstgörande" alone is a label too, its second half may follow
            break
        if j + 1 < len(lines) and (longer := _kind(f"{text} {_clean(lines[j + 1][1])}")) is not None:
            pile.append((f"{text} {_clean(lines[j + 1][1])}", longer))
            j += 2
            continue
        pile.append((text, kind))
        j += 1
    return pile, j


def _assign(pile: list[tuple[str, str]], lines: list[tuple[int, str]], j: int) -> tuple[dict[int, str], int]:
    """Give the value lines from j their labels in order; returns them and where values end."""
    assigned: dict[int, str] = {}
    k, taken, previous, replaced, texted = 0, 0, "", False, False
    while j < len(lines) and k < len(pile):
        start, raw = lines[j]
        value = _clean(raw)
        if _kind(value) is not None:
            break  # the next label row (signature labels): the grid is over
        if FURNITURE_RE.match(value) or (not assigned and (letterhead(value) or _header_date(value, lines[j + 1 :]))) or (_labelled(value, kinds=(PLACE, PARAGRAPHS)) and re.search(r"\d", value)):
            j += 1  # a page header line OCR put among the values
            continue
        if previous.endswith(",") or value[:1].islower() or TIME_RANGE_RE.match(value):
            previous = raw.rstrip()  # a wrapped tail of the line before
            j += 1
            continue
        shape = _shape(value)
        # "X ersätter Y" rows close the members' column: plain names after them are the next heading's
        closed = texted or (replaced and shape == PEOPLE and any(kind == PEOPLE for _, kind in pile[k + 1 :]))
        if closed or not _fits(pile[k][1], shape, taken, pile[k + 1 :]):
            k, taken, replaced, texted = k + 1, 0, False, False
        while k < len(pile) and not _fits(pile[k][1], shape, taken, pile[k + 1 :]):
            k, taken = k + 1, 0
        if k == len(pile):
            break
        assigned[start] = pile[k][0]
        taken += 1
        replaced = replaced or (shape == SUBSTITUTES and pile[k][1] == PEOPLE)
        texted = shape == TEXT
        previous = raw.rstrip()
        j += 1
    return assigned, j


def letterhead(value: str) -> bool:
    """"Katrineholms kommun", "PROTOKOLL 1 (2)", "Kommunstyrelsens arbetsutskott": the page header
    OCR read between the label pile and its first value."""
    rest = value
    for furniture in segment.furniture_patterns():
        rest = furniture.sub(" ", rest)
    words = rest.strip(LEAD + ".").split()
    if not words:
        return True
    last = words[-1].casefold()
    return len(words) <= 4 and (last in LETTERHEAD_WORDS or segment.names_organ(" ".join(words)))


def _header_date(value: str, after: list[tuple[int, str]]) -> bool:
    """"2022-09-22" alone before the values, when the next value is itself a date and time
    ("Torsdagen den 22 september 2022, kl. 08.30"): the page header's date box, not a value."""
    if not BARE_DATE_RE.match(value):
        return False
    following = (v for _, raw in after if not FURNITURE_RE.match(v := _clean(raw)) and not letterhead(v))
    nxt = next(following, "")
    return bool(DATEISH_RE.search(nxt)) and not BARE_DATE_RE.match(nxt)


def _fits(kind: str, shape: str, taken: int, later: list[tuple[str, str]]) -> bool:
    if taken and kind not in MANY:
        return False
    if shape == TEXT:
        return not taken
    if kind == SUBSTITUTES:
        # a plain member line after the substitutes belongs to a later people heading, if any
        return shape == SUBSTITUTES or (shape == PEOPLE and not any(k == PEOPLE for _, k in later))
    if kind == PEOPLE:
        return shape == PEOPLE or (shape == SUBSTITUTES and not any(k == SUBSTITUTES for _, k in later))
    if kind == PERSON:
        return shape in (PEOPLE, PERSON)
    return kind == shape


def _shape(value: str) -> str:
    if RANGE_RE.match(value):
        return PARAGRAPHS
    if DATEISH_RE.search(value):
        return PLACE
    if not PEOPLE_RE.match(value):
        if _labelled(value, kinds=(PEOPLE, SUBSTITUTES, STAFF)) or re.search(r"\benligt\b|\bbilaga\b", value):
            return TEXT  # "Ledamöter … enligt bilaga 1": a note in place of names
        return PLACE if "," in value or re.search(r"\d", value) else TEXT
    if re.search(r"\bersätter\b|\bför [A-ZÅÄÖ]", value):
        return SUBSTITUTES
    if PARTY_RE.search(value):
        return PEOPLE
    if "," in value:
        return STAFF
    return PERSON


def _labelled(value: str, kinds: tuple[str, ...]) -> bool:
    """Whether `value` opens with a label of one of `kinds` and goes on ("Sammanträdesdatum 2016-04-19")."""
    words = value.split()
    return any(_kind(" ".join(words[:n])) in kinds for n in range(1, min(len(words), 4)))


def _kind(text: str) -> str | None:
    key = text.casefold().rstrip(" :")
    if key in OTHER_LABELS:
        return OTHER_LABELS[key]
    heading = nlp.heading_forms().get(key)
    if heading is not None:
        if key.startswith("tjänstgörande"):
            return SUBSTITUTES
        return STAFF if heading.attendance == "övrig" else PEOPLE
    if key in nlp.role_forms():
        return PERSON
    return None


def _clean(line: str) -> str:
    return " ".join(line.strip(LEAD).split())
