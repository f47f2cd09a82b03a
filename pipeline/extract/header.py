"""Header fields: what the document is, whose it is, and when and where the meeting was.

`fill(doc)` sets doc_type, organ, title, meeting_date, start_time, end_time and location from the
first page's opening lines (before the first agenda item) and from labelled lines anywhere:

- doc_type: the earliest cue word in the opening lines (models/doc_types.tsv: SAMMANTRÄDESPROTOKOLL,
  PROTOKOLLSUTDRAG, Minnesanteckningar, KALLELSE, Inbjudan …); without one, § paragraphs make a
  protokoll and anything else is 'annat'.
- organ: the opening cell that names a body (models/organ_words.tsv: a word ending in -nämnden,
  -styrelsen, -gruppen, -nätverk …), a political organ before a group before an administration;
  also after an "Organ:" label, as a genitive ("kommunfullmäktiges sammanträde"), with an
  adjective ("Regionala utvecklingsnämnden"), "Nämnden för …", and a group's short tail
  ("Rektorsgruppen grundskola"); all-capitals headings are read in sentence case.
- title: formal documents are cited by their type ("Sammanträdesprotokoll", "Kallelse"); informal
  ones by their heading line ("Minnesanteckningar Skaraborgs skolchefsnätverk", wrapped lines joined).
- meeting date, times and place: labels (models/header_labels.tsv: "Sammanträdesdatum", "Plats och
  tid", "Tid", "Datum:", "Plats:", "Lokal"), else the first opening line with a weekday date or a
  date with a time ("Onsdagen den 4 mars 2020, 13.00-15.30"), else one after "sammanträde"/"möte",
  else the first date of the opening; dates labelled as another's ("Justeringsdatum", "Utskrift",
  field 'other' in header_labels.tsv) never count.
  A "Plats och tid" value gives the place as the text before its date; after a summons ("Ledamöterna
  kallas till sammanträde … kl. 13.00 i Stadshuset, sal A.") or a date that opens its line ("Tisdag
  7 oktober 2025, kl. 13.30-16.00, Skolan, rum 2", or the place on the next line) the place after the time.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import evaluate, lexicon
from ..document import Document
from ..segment import Line, cells, heading_kind, label_kind, lines_of, load_table, tidy
from . import dates, grid

OPENING_LINES = 15  # content lines of the first page that may hold the header
PAGE_NUMBER_RE = re.compile(r"\s*(?:sida\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|/)\s*\d{1,3})\s*$", re.IGNORECASE)
ISO_OR_NUMERIC_RE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
ENDED_RE = re.compile(
    r"\b(?:mötet\s+(?:avslutades|avslutas|slutade)|sammanträdet\s+beräknas\s+(?:pågå\s+till|avslutas|sluta))"
    r"\s+(?:kl(?:ockan)?\.?\s*)?(?P<time>\d{1,2}[.: ]\d\d)",
    re.IGNORECASE,
)
# folded; "Ons 17 jan 2024" abbreviates it; "Sammanträdesdag", "Justeringsdag" are no weekdays
WEEKDAY = r"(?<![a-z])(?:[a-z]{3,4}dag(?:en)?|man|tis|ons|tors|fre|lor|son)\b\.?"
WEEKDAY_RE = re.compile(WEEKDAY)
SITS_IN_RE = re.compile(r"^.{0,60}?\b(?:sammanträder|sammanträdet\s+hålls|möts|träffas)\s+(?:i|på)\s+", re.IGNORECASE)
FORMAL_TYPES = {"protokoll", "protokollsutdrag", "kallelse", "pressmeddelande"}


@dataclass
class Labelled:
    field: str  # 'date', 'when', 'place', 'place+when'
    priority: int
    value: str


@lru_cache(maxsize=50_000)  # the same organ suffixes and cells are folded again and again
def fold(text: str) -> str:
    """Lower case without diacritics, as English-model OCR leaves Swedish words."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _doc_type_cues() -> tuple[tuple[re.Pattern, str, str], ...]:
    rows = sorted(load_table("doc_types.tsv"), key=lambda r: -len(r["cue"]))
    return tuple((re.compile(rf"(?<!\w){re.escape(fold(r['cue']))}(?!\w)"), r["doc_type"], r["cue"]) for r in rows)


@lru_cache(maxsize=1)
def _organ_suffixes() -> tuple[tuple[str, int], ...]:
    rows = load_table("organ_words.tsv")
    return tuple(sorted(((r["suffix"], int(r["rank"])) for r in rows), key=lambda x: -len(x[0])))


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[re.Pattern, str, int], ...]:
    rows = sorted(load_table("header_labels.tsv"), key=lambda r: -len(r["label"]))
    # OCR may join a label to its value with one space; the value then starts with a capital or digit
    # (?-i:): "plats för 450 elever" is no label; a speck may come first ("Sammanträdesdatum +92026-03-03")
    # or several ("Sammanträdesdatum =<:tisdag 7 oktober", "Plats . Kommunhuset")
    gap = (
        r"\s*:\s*|\t\s*|\s{2,}|\s+(?=(?-i:[+*'’‘|«»•]?[A-ZÅÄÖ0-9]))"
        r"|\s+[^\w\s,(]{1,3}\s*(?=(?-i:[A-ZÅÄÖ0-9])|(?:mån|tis|ons|tors|fre|lör|sön)dag)|\s*$"
    )
    compiled = []
    for r in rows:
        compiled.append(
            (re.compile(rf"^\s*{re.escape(r['label'])}(?:{gap})", re.IGNORECASE), r["field"], int(r["priority"]))
        )
    return tuple(compiled)


# --- the opening lines ------------------------------------------------------------------------


def _front(doc: Document, lines: tuple[Line, ...]) -> list[Line]:
    """Content lines of the first page before the first agenda item."""
    first_item = min((s.char_start for s in doc.sections if s.kind in {"paragraph", "topic"}), default=len(doc.text))
    return [line for line in lines if line.content and line.page_no == 1 and line.start < first_item]


NEXT_WORD_RE = re.compile(r"\s+\w+")


def _doc_type(opening: list[Line], doc: Document) -> tuple[str, str | None, int | None]:
    """(doc_type, the cue as printed, index of its line in `opening`)."""
    best = None  # (line index, position, doc_type, printed cue)
    for index, line in enumerate(opening):
        folded = fold(line.text)
        for pattern, doc_type, _cue in _doc_type_cues():
            m = pattern.search(folded)
            if m and (best is None or (index, m.start()) < best[:2]):
                end = m.end()
                if folded[m.start() : end].endswith(" ur") and (word := NEXT_WORD_RE.match(line.text, end)):
                    end = word.end()  # "Utdrag ur sammanträdesprotokotll": the cue's own misread word goes with it
                best = (index, m.start(), doc_type, line.text[m.start() : end])
    if best:
        doc_type = best[2]
        has_paragraphs = any(s.kind == "paragraph" for s in doc.sections)
        if doc_type == "protokoll" and fold(best[3]) == "protokoll" and not has_paragraphs:
            doc_type = "minnesanteckningar"  # networks often call their notes "protokoll"
        return doc_type, best[3], best[0]
    if any(s.kind == "paragraph" for s in doc.sections):
        return "protokoll", None, None
    return "annat", None, None


GLUED_SPECK_RE = re.compile(r"(?<![\w-])[a-zåäö](?=[A-ZÅÄÖ][a-zåäö]{3,})")


CASE_NUMBER_TAIL_RE = re.compile(r"\s+dnr\.?:?\s+\S.*$", re.IGNORECASE)  # "Anteckningar Dnr BoU 2025/0093": cells run together


def _clean_cell(cell: str) -> str:
    cell = PAGE_NUMBER_RE.sub("", cell)
    cell = CASE_NUMBER_TAIL_RE.sub("", cell)
    cell = ISO_OR_NUMERIC_RE.sub("", cell)
    cell = re.sub(r"[\s,;:]+\.+$", "", cell)  # "Gymnasienämnden,.": a speck OCR read after a comma
    cell = GLUED_SPECK_RE.sub("", cell)  # "pBildningsnämnden": a speck of the logo read as a letter
    # OCR's commonest slip, "rn" read "m", on its commonest organ; its hyphen read as a dot or comma
    cell = re.sub(r"\b(?:Bam[-.,]?|Barn[.,])(?=\s+och\s)", "Barn-", cell)
    cell = re.sub(r"\b([A-ZÅÄÖ][a-zåäö]+)(?=\s+och\s+[a-zåäö]+(?:nämnd|förvaltning|utskott))", _head_with_hyphen, cell)
    cell = SPLIT_ORGAN_RE.sub(r"\1\2", cell)  # "Kommun fullmäktige": a compound OCR split at its seam
    return cell.strip(" \t,;:-–")


def _head_with_hyphen(m: re.Match) -> str:
    """"Barn och utbildningsnämnden": the hyphen of a compound's first part, lost in OCR."""
    head = m.group(1)
    return head if _organ_rank(head) else f"{head}-"  # "Socialnämnden och utbildningsnämnden": two bodies


SPLIT_ORGAN_RE = re.compile(r"\b(Kommun|Region|Landstings)\s+(fullmäktige|styrelsen?)\b")


def _sentence_case(text: str) -> str:
    if text.isupper():
        text = ACUTE_RE.sub(_plain_e, text.lower())
    return text[:1].upper() + text[1:]


ACUTE_RE = re.compile(r"\w*é\w*")


def _plain_e(m: re.Match) -> str:
    """"KALLELSÉ": a speck over a capital E; a word the lexicon knows with é ("idé") keeps it."""
    word = m.group()
    plain = word.replace("é", "e")
    return plain if lexicon.listed(plain) and not lexicon.listed(word) else word


def _without_cue(cell: str) -> str:
    folded = fold(cell)
    for pattern, _doc_type, _cue in _doc_type_cues():
        m = pattern.match(folded)
        if m:
            rest = cell[m.end() :].strip()
            return re.sub(r"^(?:från|för|med|i|vid)\s+", "", rest)
    return cell


def _organ_label_value(cell: str) -> str:
    """"Organ: Barn- och utbildningsnämnden" -> the value; any other cell as it is."""
    label, colon, value = cell.partition(":")
    labels = {p.pattern for p, field, _pr in _labels() if field == "organ"}
    if colon and any(re.match(p, label + ":", re.IGNORECASE) for p in labels):
        return value
    return cell


def _organ(opening: list[Line]) -> tuple[str | None, str | None]:
    """(organ, the cell it was read from)."""
    best = None  # (rank, order, organ, cell)
    order = 0
    for k, line in enumerate(opening):
        row = cells(line.text)
        if row and k + 1 < len(opening) and _wraps_onto(row[-1], tidy(opening[k + 1].text)):
            row[-1] = f"{row[-1]} {tidy(opening[k + 1].text)}"  # "… för förskola och" / "grundskola"
        for cell in row:
            order += 1
            cell = tidy(_clean_cell(_organ_label_value(cell)))
            if not cell or ":" in cell or len(cell.split()) > 8:
                continue
            if any(p.match(cell) for p, _f, _pr in _labels()):
                continue
            bare = _without_cue(cell)  # "Anteckningar från förskolenätverket i Sjuhärad"
            found = _organ_phrase(bare, rest_of_title=True) if bare != cell else _organ_phrase(cell)
            if not found and bare == cell:  # "Barn- och familjeiämnden": one letter of the organ word misread
                found = _organ_phrase(" ".join(_mend_organ_word(w) for w in cell.split()))
            if found and fold(found[1]) in BARE_ORGANS:
                continue  # "inom nämndens budget": the body already named, not its name
            if found and (best is None or (found[0], order) < best[:2]):
                best = (found[0], order, _sentence_case(found[1]), cell)
    return (best[2], best[3]) if best else (None, None)


OPEN_WORDS = {"och", "för", "i", "inom", "samt"}


def _wraps_onto(cell: str, nxt: str) -> bool:
    """A name cut after an open word, its last word or two on the next line in lower case."""
    words = cell.split()
    place = words[-1:] == ["i"] and nxt[:1].isupper()  # "… gymnasiesamverkan i" / "Blekinge"
    number = nxt[:1].isdigit() and len(nxt.split()) == 2  # "… bygga för" / "280 elever"
    return bool(words) and words[-1] in OPEN_WORDS and (nxt[:1].islower() or place or number) and len(nxt.split()) <= 2


DECIDING_RE = re.compile(
    r"^[ \t]*((?:[A-ZÅÄÖ][\w-]*,?\s+(?:och|samt)\s+[\wåäö-]*|[A-ZÅÄÖ][\wåäö-]*)(?:nämnden|styrelsen|fullmäktige|utskottet))"
    r"(?:\s+(?:i|på)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?)?\s+(?:beslutar|föreslår|föreslog|beslöt|beslutade|ställde\s+sig|ställer\s+sig)\b",
    re.MULTILINE,
)


def _labelled_organ(labelled: list[Labelled]) -> str | None:
    """"Organ⇥Barn- och utbildningsnämnden" (the anslagsbevis under the signatures): the organ, said
    outright, so one letter OCR misread in its organ word is mended ("utbildningshämnden")."""
    for item in labelled:
        if item.field != "organ":
            continue
        words = tidy(item.value).split()
        if found := _organ_phrase(" ".join(words)) or _organ_phrase(" ".join(_mend_organ_word(w) for w in words)):
            return _sentence_case(found[1])
    return None


@lru_cache(maxsize=20_000)  # the same words of the opening lines come back in every document
def _mend_organ_word(word: str) -> str:
    """A word whose ending is an organ word (of six letters or more) but for one letter misread, added
    or lost, mended; of several readings the one the lexicon likes best ("utbildningsnrämnden")."""
    readings = [
        word[: len(word) - size] + suffix
        for suffix, _rank in _organ_suffixes()
        if len(suffix) >= 6
        for size in (len(suffix), len(suffix) + 1, len(suffix) - 1)
        if len(word) >= size and evaluate.levenshtein(fold(word[len(word) - size :]), fold(suffix)) == 1
    ]
    return max(readings, key=lambda r: (lexicon.listed(r.lower()), lexicon.compound_score(r.lower())), default=word)


# the organ after its verb or meeting: "I tisdags beslutade barn- och ungdomsnämnden i …",
# "Utdrag ur protokoll fört vid sammanträde med barn- och utbildningsnämnden måndagen den …"
ORGAN_NAMED_RE = re.compile(
    r"\b(?:beslutade|beslöt|sammanträde(?:t)?\s+med)\s+"
    r"((?:[\wåäö]+-?,?\s+(?:och|samt)\s+)?[\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet))\b",
    re.IGNORECASE,
)


def _deciding_organ(text: str) -> str | None:
    """The organ named most often as the subject of "… beslutar att" (or after "beslutade" or
    "sammanträde med"), when the header's organ was lost (a logo line OCR garbled) or never printed."""
    counts = Counter(m.group(1) for m in DECIDING_RE.finditer(text))
    if not counts:
        counts = Counter(_sentence_case(" ".join(m.group(1).split())) for m in ORGAN_NAMED_RE.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


def _organ_rank(word: str) -> int | None:
    bare = word.strip(",;.")
    folded = fold(bare)
    for suffix, rank in _organ_suffixes():
        if folded.endswith(fold(suffix)):
            # "presenterad" is no "råd" that OCR stripped of its ring: a word of its own, without å/ä/ö
            if not bare.lower().endswith(suffix) and lexicon.listed(bare.lower()):
                continue
            return rank
    return None


def _organ_phrase(cell: str, rest_of_title: bool = False) -> tuple[int, str] | None:
    """The body's name inside a cell: from the capitalised word that opens it to the organ word, plus
    organ words joined by a comma ('Ledningsgruppen, utbildningsförvaltningen'). OCR may run several
    header cells together ('Skara kommun Utbildningsnämnden'), so the rest of the cell is left out."""
    printed = cell.split()
    tokens = _case_read(printed)
    ranked = [(rank, k) for k, t in enumerate(tokens) if (rank := _organ_rank(t))]
    genitive = not ranked  # "Protokoll fört vid kommunfullmäktiges sammanträde"
    if genitive:
        ranked = [(rank, k) for k, t in enumerate(tokens) if t.endswith("s") and (rank := _organ_rank(t[:-1]))]
        if not ranked:
            return None
    rank, k = min(ranked)
    start = k
    if start >= 1 and not tokens[start][:1].isupper():
        before = tokens[start - 1]
        if (before[:1].isupper() and (before.endswith("s") or ADJECTIVE_RE.search(before))) or (
            before.endswith("s") and _organ_rank(before[:-1])
        ):
            start -= 1  # a genitive or adjective: "Kommunstyrelsens arbetsutskott", "Regionala utvecklingsnämnden",
            # "Barn- och ungdomsnämndens arbetsutskott"
    while start >= 2 and tokens[start - 1] in {"och", "samt"} and tokens[start - 2].endswith("-"):
        start -= 2  # "Barn- och utbildningsnämnden"
        while start >= 1 and tokens[start - 1].endswith("-,"):
            start -= 1  # "Barn-, utbildnings- och kulturnämnden"
    if genitive:
        return rank, " ".join(printed[start:k] + [printed[k][:-1]])
    end = k + 1
    if fold(tokens[k]) in BARE_ORGANS and end < len(tokens) and tokens[end] == "för":
        end = len(tokens)  # "Nämnden för arbetsmarknad och vuxenutbildning"
    while end < len(tokens) and tokens[end - 1].endswith(",") and _organ_rank(tokens[end]):
        end += 1
    if rest_of_title and end < len(tokens) and tokens[end] in {"i", "för", "inom"}:
        end = len(tokens)  # a title's name runs on: "nätverket i Sjuhärad", "gruppen för elevhälsa"
    elif rank in GROUP_RANKS and (rest_of_title or start == 0) and not tokens[end - 1].endswith(","):
        end += _group_tail(tokens[end:])  # "Rektorsgruppen grundskola", "Skolchefsnätverket Skaraborg"
    return rank, " ".join(printed[start:end]).strip(" ,;")


ADJECTIVE_RE = re.compile(r"(?:ala|iga|ska|mma|ade|ella)$")  # "Regionala", "Gemensamma", "Politiska"
BARE_ORGANS = {"namnd", "namnden", "styrelsen", "utskottet", "beredningen", "rad", "radet", "grupp", "gruppen", "natverk", "natverket"}  # folded


def _case_read(tokens: list[str]) -> list[str]:
    """An all-capitals heading read in sentence case ("KOMMUNSTYRELSENS ARBETSUTSKOTT" ->
    "Kommunstyrelsens arbetsutskott"), so that a genitive and "och" are found as in running text."""
    if not all(t.isupper() or not any(c.isalpha() for c in t) for t in tokens):
        return tokens
    return [t.capitalize() if k == 0 else t.lower() for k, t in enumerate(tokens)]


GROUP_RANKS = {2, 4}  # groups and recurring meetings, whose names run on ("Rektorsmöte grundskola")
GROUP_TAIL_WORDS = 3  # at most this many words after a group's name still belong to it


def _group_tail(tail: list[str]) -> int:
    """How many of the words after a group's or network's name are part of it: up to three plain
    words ("grundskola", "Skaraborg", "för elevhälsa") that end the cell; none when a date, page
    number, document type or kommun follows (cells OCR ran together)."""
    ends = next((k + 1 for k, word in enumerate(tail) if word.endswith(",")), len(tail))
    dash = next((k for k, word in enumerate(tail) if word in {"-", "–", "—"}), len(tail))
    tail = tail[: min(ends, dash)]  # "Ledningsgrupp förskola, Lidköpings kommun", "Nätverket Siljan – minnesanteckningar"
    if not tail or len(tail) > GROUP_TAIL_WORDS:
        return 0
    for word in tail:
        bare = word.strip(",;.")
        # "F-9"; "för- och grundskola"
        plain = re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*-?", bare) or GRADE_SPAN_RE.fullmatch(bare)
        if not plain or fold(bare) in {"kommun", "stad", "sida", "region"}:
            return 0
        if any(p.fullmatch(fold(bare)) for p, _d, _c in _doc_type_cues()):
            return 0
    return len(tail)


def _title(
    opening: list[Line], doc_type: str, cue: str | None, cue_index: int | None, organ_cell: str | None
) -> str | None:
    if cue is None or cue_index is None:
        return organ_cell or (_clean_cell(cells(opening[0].text)[0]) if opening and cells(opening[0].text) else None)
    cue_cell = next((c for c in cells(opening[cue_index].text) if fold(cue) in fold(c)), cue)
    cue_cell = tidy(_clean_cell(cue_cell[fold(cue_cell).find(fold(cue)) :]))
    rest = cue_cell[len(cue) :].strip()
    if cue.isupper() and rest[:1].isupper() and not rest.isupper():
        cue_cell = cue  # "MINNESANTECKNINGAR Utbildningsförvaltningen": two header cells OCR ran together
    when = dates.scan(rest)
    if (when and not rest[: when[0].start].strip(" ,:;–-")) or WEEKDAY_RE.match(fold(rest.lstrip(" ,:;–-"))):
        cue_cell = cue  # "Minnesanteckningar, torsdag 23 april 2026, kl. 13.15": the type and when, no title
    if doc_type in FORMAL_TYPES or fold(cue_cell) == fold(cue):
        if doc_type not in FORMAL_TYPES and organ_cell:
            return tidy(_clean_cell(organ_cell))
        if heading := _cue_heading(opening[cue_index:], cue):
            return heading
        return _sentence_case(cue) if cue.isupper() or cue.islower() else cue
    title = cue_cell
    for line in opening[cue_index + 1 : cue_index + 3]:
        nxt = tidy(line.text)
        if not (nxt[:1].islower() or _wraps_onto(title, nxt)) or title[-1:] in ".:!?":
            break
        title = f"{title} {nxt}"
    return _sentence_case(title)


CUE_HEADING_RE = re.compile(r"\s+(?:till|från|för|vid|med)\s+\w")


def _cue_heading(lines: list[Line], cue: str) -> str | None:
    """"Kallelse till sammanträde med bildningsnämnden" (also under "KALLELSE" in the page header): a
    heading that begins with the document type is the title."""
    for line in lines[:6]:
        text = tidy(line.text)
        folded = fold(text)
        if folded.startswith(fold(cue)) and CUE_HEADING_RE.match(folded, len(fold(cue))):
            if len(text.split()) <= 8 and text[-1:] not in ".:!?" and "\t" not in line.text.strip():
                head, _, rest = text.partition(" ")
                return _sentence_case(text) if text.isupper() else f"{_sentence_case(head)} {rest}"  # "KALLELSE med …"
    return None


def _headline(opening: list[Line]) -> str | None:
    """A press release's headline: its first line of three or more words that is neither a cue,
    a kommun's name nor a sentence."""
    for k, line in enumerate(opening):
        text = tidy(_clean_cell(" ".join(cells(line.text))))
        words = text.split()
        dateline = any(h.date for h in dates.scan(text))  # "Kinda kommun 12 december 2024"
        if len(words) >= 3 and text[-1:] not in ".:!?" and not _letterhead_kommun(words) and not dateline:
            if not any(p.match(fold(text)) for p, _d, _c in _doc_type_cues()):
                nxt = tidy(opening[k + 1].text) if k + 1 < len(opening) else ""
                # "… skola i" / "Borlänge"; "… – Kronogårdsskolan" / "läggs ner": the headline's last words
                wrapped = _wraps_onto(text, nxt) or (nxt[:1].islower() and len(nxt.split()) <= 3 and nxt[-1:] not in ".,")
                return f"{text} {nxt}" if wrapped else text
    return None


def _letterhead_kommun(words: list[str]) -> bool:
    """"Upplands Väsby kommun", "Barn- och utbildningsförvaltningen Sollefteå kommun": a letterhead,
    not a headline that ends with its kommun ("Sommarskola i hela Sollefteå kommun")."""
    if "kommun" in words[:3] and words[-1] not in {"kommun", "stad"} and _organ_rank(words[-1]):
        return True  # "Åtvidabergs kommun  Barn- och utbildningsförvaltningen": the cells the other way round
    return words[-1] in {"kommun", "stad"} and (len(words) <= 3 or any(_organ_rank(w) for w in words))


DECIDED_RE = re.compile(r"\b(?:beslutade|beslöt|beslutades|fattades|fattade|antog|föreslog)\b", re.IGNORECASE)


def _dateline(opening: list[Line]) -> dt.date | None:
    """The date a press release was sent out: the first date of its opening lines ("PRESSMEDDELANDE
    2026-06-10"), not the later dates of its text ("från skolstarten måndagen den 17 augusti")."""
    for line in opening[:4]:
        if hits := [h for h in dates.scan(line.text) if h.date and not h.date_end and not dates.page_number(line.text, h)]:
            return hits[0].date
    return None


def _decision_hit(text: str, written: dt.date | None) -> dates.DateHit | None:
    """The date of the decision a press release reports ("Beslutet fattades av nämnden den …");
    year-less dates and "beslutade i onsdags" are read from the date it was `written`."""
    sentences = dates.SENTENCE_SPLIT_RE.split(text)
    for sentence in sentences:
        if cue := DECIDED_RE.search(sentence):
            # a decision reported is taken by the day it is reported: "… tas av kommunfullmäktige den 17 december" is to come
            hits = [h for h in dates.scan(sentence, written) if h.date and h.date_end is None and not (written and h.date > written)]
            if hits:  # the date nearest the verb
                return min(hits, key=lambda h: min(abs(h.start - cue.end()), abs(cue.start() - h.end)))
    for sentence in sentences:
        if written and DECIDED_RE.search(sentence) and (day := dates.last_weekday(sentence, written)):
            return dates.DateHit(start=0, end=0, date=day, has_year=True)
    return None


# --- date, time and place -----------------------------------------------------------------------


def _label_rows(content: list[Line]) -> list[Line]:
    """Lines as labels are read from them: a row of labelled cells ("Datum: …  Tid: …  Plats: …")
    becomes one line per cell, and a row of bare labels over a row of values ("Datum<TAB>Tid<TAB>
    Plats" / "2022-03-01<TAB>18.00<TAB>Rådhuset") one "label: value" line per column."""
    rows: list[Line] = []
    k = 0
    while k < len(content):
        line = content[k]
        parts = [part for cell in cells(line.text) for part in _inline_labels().split(cell)]
        if len(parts) < 2 or not all(_label_match(p) for p in parts):
            rows.append(line)
            k += 1
            continue
        values = cells(content[k + 1].text) if k + 1 < len(content) else []
        bare = all(not p[m.end() :].strip() for p in parts if (m := _label_match(p)))
        if bare and len(values) == len(parts) and not any(_label_match(v) for v in values):
            rows += [Line(line.start, line.end, f"{p}: {v}", line.page_no) for p, v in zip(parts, values, strict=True)]
            k += 2
            continue
        rows += [Line(line.start, line.end, p, line.page_no) for p in parts]
        k += 1
    return rows


@lru_cache(maxsize=1)
def _inline_labels() -> re.Pattern:
    """Where a cell holds one more "Label: value" ("Datum: 240311 Tid: 8.30-12.00 Plats: Kommunhuset"
    with the gaps OCR lost): before each known label followed by a colon."""
    labels = sorted((r["label"] for r in load_table("header_labels.tsv")), key=len, reverse=True)
    # not inside a longer label: "PLATS OCH TID:" is one
    return re.compile(rf"(?<!\boch)(?<!,)\s+(?=(?:{'|'.join(re.escape(label) for label in labels)})\s*:)", re.IGNORECASE)


def _label_match(text: str) -> re.Match | None:
    return next((m for p, _f, _pr in _labels() if (m := p.match(text))), None)


def _labelled(lines: tuple[Line, ...]) -> list[Labelled]:
    content = _label_rows([line for line in lines if line.content])
    found = []
    for k, line in enumerate(content):
        # '. Tid 18.00', '" Plats Kommunhuset': a speck before the label; "**När:**": Markdown's bold marks
        text = LABEL_SPECK_RE.sub("", line.text.replace("**", ""))
        for pattern, field, priority in _labels():
            m = pattern.match(text)
            if not m:
                continue
            if field != "date" and line.page_no != 1:
                break  # place and time labels belong to the first page
            value = text[m.end() :].strip()
            if len(value) <= 2 and not value.isdigit():
                value = ""  # "Plats och tid E": a speck of the margin, the value is on the lines below
            follow = content[k + 1 : k + 3]
            if not value and field != "date":
                follow = _past_letterhead(content[k + 1 : k + 6]) + content[k + 6 : k + 7]
                follow = follow[:2]
            if not value and follow and not _is_label(follow[0].text):
                value, follow = follow[0].text.strip(), follow[1:]
            for nxt in follow:
                text = LEADING_SPECK_RE.sub("", nxt.text.strip())
                digit_ok = field != "place" and not re.match(r"\d{1,2}[.)]\s", text)  # a time, not a list
                # "…, Botkyrka kommunhus," / "Tumba, sammanträdesrummet Hågelby": a comma says the value goes on
                goes_on = tidy(text)[:1].islower() or (tidy(text)[:1].isdigit() and digit_ok) or value.endswith(",")
                # "…, sammanträdesrummet" / "Nossan": a room's name alone on the line below
                goes_on = goes_on or bool(ROOM_END_RE.search(value) and re.match(r"[A-ZÅÄÖ][\w-]+(?:[.,]|$)", tidy(text)))
                if not goes_on or _is_label(text):
                    break
                value = f"{value} {text}"
            if value:
                found.append(Labelled(field, priority, " ".join(value.split())))
            break
    return found


LABEL_SPECK_RE = re.compile(r"^[^\w\s]{1,2}\s+(?=[A-ZÅÄÖ])")
# a speck of the margin OCR read as a letter before a wrapped value: "… onsdagen den 22 maj" / "É 2024 kl 08.30"
LEADING_SPECK_RE = re.compile(r"^[^\W\d_](?:\s+|\s*[,.:;]\s*)(?=\d)")


def _past_letterhead(lines: list[Line]) -> list[Line]:
    """"Plats och tid" / "Sammanträdesprotokoll" / "Gymnasienämnden" / "2020-12-09" / "Stadshuset, …":
    the page header OCR read between a label and its value is skipped."""
    k = 0
    while k < len(lines) and (grid.letterhead(tidy(lines[k].text)) or ISO_ONLY_RE.match(lines[k].text)):
        k += 1
    return lines[k:] if k < len(lines) else lines


ISO_ONLY_RE = re.compile(r"^\s*\d{4}-\d\d-\d\d\s*$")


def _is_label(text: str) -> bool:
    text = tidy(text)
    return bool(
        any(p.match(text) and len(text) < 40 for p, _f, _p in _labels()) or heading_kind(text) or label_kind(text)
    )


SPECK_BEFORE_YEAR_RE = re.compile(r"^[^\w\s]+\d?(?=(?:19|20)\d\d-\d)")  # "Sammanträdesdatum +92026-03-03"


def _meeting_hit(labelled: list[Labelled], opening: list[Line]) -> dates.DateHit | None:
    """The date hit that states the meeting's date, with the times next to it."""
    for item in sorted((x for x in labelled if x.field not in {"place", "other", "organ"}), key=lambda x: x.priority):
        hits = [h for h in dates.scan(SPECK_BEFORE_YEAR_RE.sub("", item.value)) if h.date]
        if hits:
            return hits[0]
    found = []
    written = next(
        (h.date for line in opening for h in dates.scan(line.text) if h.date and not dates.page_number(line.text, h)),
        None,
    )
    for k, line in enumerate(opening):
        if _other_date_label(line.text):
            continue  # "Justeringsdatum 2022-11-08", "Utskrift 2023-06-01"
        # a date may run onto the next line ("måndagen den 20 mars" / "2023 kl 18.00")
        joined = line.text + (" " + opening[k + 1].text.strip() if k + 1 < len(opening) else "")
        # "Tisdag 14/11 kl 8.30" under a letterhead dated 2023-11-15 takes the letterhead's year
        found += [
            (joined, h)
            for h in dates.scan(joined, written)
            if h.date and h.start < len(line.text) and not dates.page_number(joined, h)
        ]
    with_time = [h for _, h in found if h.time_start]
    with_weekday = [h for line, h in found if WEEKDAY_RE.match(fold(line[h.start : h.end]))]
    with_cue = [h for line, h in found if _meeting_cue(line[: h.start])]
    for group in (with_time, with_weekday, with_cue, [h for _, h in found]):
        if group:
            return group[0]
    return None


MEETING_WORD_RE = re.compile(r"sammantrade|mote|protokoll")  # folded: "Protokoll från sammanträde 2023-05-30"


def _meeting_cue(before: str) -> bool:
    """Words right before a date that say it is the meeting's: "Protokoll från sammanträde 2023-05-30"."""
    folded = fold(before)
    return len(folded.split()) <= 6 and bool(MEETING_WORD_RE.search(folded)) and not NOT_MEETING_RE.search(folded)


NOT_MEETING_RE = re.compile(r"anslag|juster|utskrift|nasta|kallelse till")


def _other_date_label(text: str) -> bool:
    return any(p.match(text) for p, field, _pr in _labels() if field == "other")


def _times(labelled: list[Labelled], hit: dates.DateHit | None, opening: list[Line]) -> tuple:
    if hit and hit.time_start:
        return hit.time_start, hit.time_end
    labelled = labelled + _unlabelled_place(opening)
    for item in sorted((x for x in labelled if x.field in {"when", "place+when", "date"}), key=lambda x: x.priority):
        start, end = dates.parse_times(item.value)
        if not start:  # "När: Torsdag 17 oktober 2024, 8 30-15 45": a labelled value's times may lose their dot
            start, end = dates.parse_times(SPACED_RANGE_RE.sub(r"\1.\2\3\4.\5", item.value))
        if start:
            return start, end
    return None, None


def _location(labelled: list[Labelled], opening: list[Line]) -> str | None:
    if not any(x.field in {"place", "place+when"} for x in labelled):
        labelled = labelled + _unlabelled_place(opening)
    for item in sorted((x for x in labelled if x.field in {"place", "place+when"}), key=lambda x: x.priority):
        place = item.value
        if item.field == "place+when":
            place = _before_date(place)
        place = re.sub(r"\s*,?\s*\bkl(?:ockan)?\.?\s*[|:;!]?\s*(?:\d.*)?$", "", place, flags=re.IGNORECASE)  # "kl. | 13.00"
        # "…, onsdagen den" / "…, onsdagen den 15 i: oktober 2025" (a speck hid the date): from the weekday on
        place = re.sub(r",\s*(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b(?:\s+den\b.*)?[\s.,:;]*$", "", place, flags=re.IGNORECASE)
        place = re.sub(r"[\s,]+(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?(?:\s+den)?[\s.,:;]*$", "", place, flags=re.IGNORECASE)
        place = SITS_IN_RE.sub("", tidy(place)).strip(" ,;:.–-")
        place = ASIDE_RE.sub("", place)  # "…, rum Siljan (Orsa deltog via Teams)": a remark, not the place
        place = re.sub(r"(?<=\w) (?:[:;](?=\w)|\.(?=[A-ZÅÄÖ]))", " ", place)  # "Strömstads :kommunhus", "rum .Orbaden"
        if place and not _is_label(place):
            return place
    return None


# a room word that wants its name after it ("sammanträdesrummet" / "Nossan"); "stora salen" is whole
ROOM = r"(?:rum|rummet|sal|salen|lokal|lokalen)"  # the room words of a place, indefinite and definite
ROOM_END_RE = re.compile(rf"\b(?:(?:sammanträdes|konferens){ROOM}|rum|sal|lokal)$", re.IGNORECASE)
ROOM_WORD_END_RE = re.compile(r"\b(?:sammanträdesrum|konferensrum|rum|sal|lokal)$", re.IGNORECASE)


def _unlabelled_place(opening: list[Line]) -> list[Labelled]:
    """A 'Plats och tid' grid read column by column leaves the value far from its label: the first
    opening line that starts with a place and goes on to a weekday date stands in for it. A sentence
    that says where the meeting was held says it outright."""
    if held := _held_at(opening):
        return held
    for k, line in enumerate(opening):
        alone = k + 1 == len(opening) or _opens_with_label(opening[k + 1].text) or (
            _place_after_time(line.text) and not tidy(opening[k + 1].text)[:1].islower()
        )
        joined = opening[k : k + 1 if alone else k + 2]
        value = " ".join(tidy(x.text) for x in joined)  # not onto "Närvarande: …" or "Närvarande⇥Frånvarande"
        hits = dates.scan(value)
        weekday = hits and (
            WEEKDAY_RE.match(fold(value[hits[0].start :]))
            or WEEKDAY_RE.search(fold(value[max(0, hits[0].start - 16) : hits[0].start]))
        )
        named = hits and _names_document(value[: hits[0].start]) and not _after_time(value, hits[0])
        if hits and 3 < hits[0].start < len(line.text) and weekday and value[:1].isupper() and not named:
            return [Labelled("place+when", 8, value)]  # not "…en eftermiddag om" / "skolfrånvaro" / "Torsdag 12 …"
        if hits and hits[0].start == 0 and weekday and hits[0].time_start and hits[0].end <= len(tidy(line.text)):
            # "Tisdag 7 oktober 2025, kl. 13.30-16.00, Skolan, rum 2", or the place on the next line
            own = tidy(line.text)
            nxt = tidy(opening[k + 1].text) if k + 1 < len(opening) else ""
            # "…, kommunhuset" / "i Vänersborg."; "…, sammanträdesrum" / "Mullfjället."
            whole = _after_time(own, hits[0]) and not nxt[:1].islower() and not ROOM_WORD_END_RE.search(own)
            rest = own if whole or not nxt else f"{own} {nxt}"
            third = tidy(opening[k + 2].text) if k + 2 < len(opening) and not whole else ""
            if ROOM_END_RE.search(rest) and re.fullmatch(r"[A-ZÅÄÖ][\w-]+\.?", third) and not _opens_with_label(third):
                rest = f"{rest} {third}"  # "…, Nossebro," / "sammanträdesrummet" / "Nossan"
            if place := _after_time(rest, hits[0]):
                return [Labelled("place", 8, place)]
    return _summons_place(opening)


def _names_document(text: str) -> bool:
    """"Sammanträdesprotokoll för kommunstyrelsen, måndagen den …": the words before the date name
    the document, not a place."""
    return any(p.search(fold(text)) for p, _d, _c in _doc_type_cues())


HELD_RE = re.compile(
    r"\b(?:hölls|äger\s+rum|ägde\s+rum)\s+(?:i|på)\s+(?P<place>[^.]{3,80}?),?\s+"
    rf"(?P<when>(?:klockan|kl\.?)\s*{dates.KL_CLOCK}(?:{dates.TIME_SEP}{dates.KL_CLOCK})?)(?!\d)"
)


def _held_at(opening: list[Line]) -> list[Labelled]:
    """"Sammanträdet hölls i kommunhuset i Österbymo, sammanträdesrum Sommen, klockan 9.00 - 11.45":
    the place and times told in a sentence."""
    text = " ".join(tidy(line.text) for line in opening)
    m = HELD_RE.search(text)
    return [Labelled("place+when", 8, f"{m['place']}, {m['when']}")] if m else []


def _summons_place(opening: list[Line]) -> list[Labelled]:
    """"Ledamöterna kallas … om sammanträde med" / "nämnden onsdagen den 23 april 2025 klockan 13:00 i"
    / "Stadshuset, sal Astrid. …": the place after the time of a summons sentence over several lines."""
    text = " ".join(tidy(line.text) for line in opening)
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text):
        hits = [h for h in dates.scan(sentence) if h.date and h.time_start]
        if hits and SUMMONS_RE.search(sentence[: hits[0].start]) and (place := _after_time(sentence, hits[0])):
            return [Labelled("place", 9, place)]
    return []


def _opens_with_label(text: str) -> bool:
    """"Närvarande: …", "Närvarande⇥…", or a row of bare labels OCR joined ("Närvarande Frånvarande")."""
    first = cells(text)[:1]
    words = text.split()
    return bool(
        LABEL_START_RE.match(text)
        or (first and _is_label(first[0]))
        or (0 < len(words) <= 3 and all(_is_label(w) for w in words))
    )


def _place_after_time(text: str) -> bool:
    """A line that states a date, its times and then a place ("…måndag 2/10 2023, kl 13.15-15.45,
    Brukshuset, plan 3") is whole: the next line says something else."""
    hits = [h for h in dates.scan(tidy(text)) if h.date and h.time_start]
    return bool(hits) and bool(_after_time(tidy(text), hits[0]))


SPACED_RANGE_RE = re.compile(r"(?<![\d/-])([01]?\d|2[0-3]) ([0-5]\d)(\s*[-–]\s*)([01]?\d|2[0-3]) ([0-5]\d)(?!\d)")
ASIDE_RE = re.compile(r"\s*\((?:[^()\s]+\s+){2,}[^()]*\)$")
LABEL_START_RE = re.compile(r"^\W{0,2}[A-ZÅÄÖ][\wåäö -]{0,30}:")
TIME_AFTER_RE = re.compile(
    rf"^[\s,]*(?:kl(?:ockan)?\.?\s*{dates.KL_CLOCK}(?:\s*[-–—=]\s*{dates.KL_CLOCK})?|{dates.TIME}(?:\s*[-–—=]\s*{dates.TIME})?)",
    re.IGNORECASE,
)
WEEKDAY_ONLY_RE = re.compile(rf"(?:{WEEKDAY}(?:\s+den)?)?")
SUMMONS_RE = re.compile(r"\b(?:kallas|sammanträder|sammanträde|sammanträdet|möte|mötet|träffas|möts)\b", re.IGNORECASE)


def _after_time(value: str, hit: dates.DateHit) -> str:
    """The place stated after a date and its times ("…, kl. 13.00 i Stadshuset, sal A. Ersättarna …"):
    up to the sentence's end, without "i"/"på"; empty when no capitalised place follows."""
    after = TIME_AFTER_RE.sub("", value[hit.end :])
    after = re.sub(r"^\s*\([^()]*\)", "", after)  # "kl. 08.30-12.10 (ajournering 10.05-10.20), Rådhuset"
    after = re.sub(r"^[\s,]*[|·•–-](?=\s)", "", after)  # "kl. 13.00-16.00 | Kommunhuset Ljusdal": a cell rule
    introduced = re.match(r"^[\s,]*(?:i|på)\s+", after)
    after = re.split(r"\.(?:\s|$)", after[introduced.end() if introduced else 0 :].strip(" ,;"))[0]
    # "kl. 13.15 i kommunhuset, Järpen, sammanträdesrum Mullfjället", "…, förvaltningens konferensrum,
    # Skutskär": after "i" or with a room, a name anywhere will do
    roomed = re.search(rf"{ROOM}\b", after)
    named = after[:1].isupper() or ((introduced or roomed) and re.search(r",\s+[A-ZÅÄÖ]", after))
    named = named or (roomed and re.search(rf"{ROOM}\s+[A-ZÅÄÖ]", after))  # "kommunhuset, rum Säfstaholm"
    return after if named and not _is_label(after) else ""


def _before_date(value: str) -> str:
    hits = dates.scan(value)
    if not hits:
        return value
    before = value[: hits[0].start].strip(" ,;")
    if WEEKDAY_ONLY_RE.fullmatch(fold(before)):
        before = ""  # "Tisdag 14/11 kl 8.30, Kommunhuset": the weekday opens the date
    if (SUMMONS_RE.search(before) and not SITS_IN_RE.search(before)) or _names_document(before):
        # "Ledamöterna kallas till sammanträde onsdagen den … kl. 13.00 i Stadshuset", "Minnesanteckningar
        # från nätverksträff onsdagen den …, kl. 09.30-14.00, Lärcentrum": the words before are no place
        return _after_time(value, hits[0])
    if before:
        return before
    if place := _after_time(value, hits[0]):
        return place  # "Måndagen den 6 mars 2023 kl. 13.00–16.30 i Stadshuset, Sessionssalen"
    return TIME_AFTER_RE.sub("", value[hits[0].end :]).split(".")[0]


def _en_dashes(text: str | None) -> str | None:
    if not text:
        return text
    return GRADE_SPAN_RE.sub(r"\1–\2", re.sub(r"(?<=\w) [-—] (?=\w)", " – ", text))


GRADE_SPAN_RE = re.compile(r"\b(F|\d{1,2})-(\d{1,2})\b")


def fill(doc: Document) -> None:
    text = doc.text
    lines = lines_of(text)
    front = _front(doc, lines)
    opening = front[:OPENING_LINES]
    doc.doc_type, cue, cue_index = _doc_type(opening, doc)
    doc.organ, organ_cell = _organ(opening)
    labelled = _labelled(lines)
    if doc.doc_type == "pressmeddelande":  # its opening is running text; the organ is who decided
        doc.organ = _labelled_organ(labelled) or _deciding_organ(text) or doc.organ
    else:
        doc.organ = _labelled_organ(labelled) or doc.organ or _deciding_organ(text)
    doc.organ = doc.organ.rstrip(".,;:") if doc.organ else None
    doc.title = _title(opening, doc.doc_type, cue, cue_index, organ_cell)
    hit = _meeting_hit(labelled, opening)
    if doc.doc_type == "inbjudan" and doc.title and (
        fold(doc.title) in {fold(cue or ""), fold(organ_cell or "")} or (doc.organ and fold(doc.organ) in fold(doc.title))
    ):
        doc.title = _headline(opening) or doc.title  # "INBJUDAN" over "Skärgårdskonferensen 2026: …": the event
    if doc.doc_type == "pressmeddelande":
        doc.title = _headline(opening) or doc.title
        hit = _decision_hit(text, _dateline(opening) or (hit.date if hit else None)) or hit
    # a dash set off by spaces, and the dash of a span of school years ("F-9", "7-9"), is the en dash
    # of Swedish typography, whatever OCR made of it
    doc.title = _en_dashes(doc.title)
    doc.organ = _en_dashes(doc.organ)
    doc.meeting_date = hit.date if hit else None
    doc.start_time, doc.end_time = _times(labelled, hit, front)
    if doc.doc_type == "pressmeddelande" and not (hit and hit.time_start):
        # a press release's "kl. 18.00" is the information evening it announces, not the meeting's
        doc.start_time = doc.end_time = None
    if doc.start_time and not doc.end_time:
        ended = ENDED_RE.search(text)
        if ended:
            doc.end_time = dates.parse_times(f"kl {ended.group('time')}")[0]
    # a press release tells of its meeting in sentences; a place in them is no header's
    doc.location = _location(labelled, [] if doc.doc_type == "pressmeddelande" else front)
