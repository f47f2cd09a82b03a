"""People in a document: who sat, who stood in, who wrote the minutes, who was only mentioned.

`find(doc)` returns one Person per person, with the statements about them merged. It reads the
text line by line and keeps a little state:

- headings set the attendance of the names under them (BESLUTANDE, ERSÄTTARE, Närvarande:,
  Övriga deltagare, Frånvarande …); two headings on one line open two columns, and the text layer
  or OCR renders such grids as cells split by tabs or 2+ spaces ("Anna Svensson (S), ordförande
  <TAB> Per Ek (M)");
- role labels give a role to the name beside or below them ("Ordförande: …", "Utses att justera",
  "Sekreterare" over a signature, "Vid anteckningarna/Name");
- within a line, a name runs to the next name: what lies between is its tail ("(S)",
  ", ordförande", "§§ 40-45", "ersätter Y", ", Skövde", "(rektor X-skolan)");
- a row led by a kommun ("Skövde: Anna Berg, Lars Holm") gives its people that affiliation; a
  heading may imply a role ("Tjänstgörande ersättare"); "Ordförande Name (S)" rows make members;
- a line without a name continues the previous entry when it only holds tail words
  ("ordförande" wrapped onto its own line, completing "1:e vice" of the row above), and otherwise ends
  the list;
- a presence and vote list whose cell gaps OCR lost ("Stefan Holm M X X", "Oskar Lind S - -") gives the
  party and, from a dash in the first mark cell, absence; a workplace follows a title ("rektor
  Vuxencentrum") or stands in the parenthesis after a name ("(Komvux Mariestad)");
- attendance told in sentences ("Närvarande var dessutom ledamöterna …", "Ersättaren X tjänstgjorde
  i stället för Y") is read sentence by sentence in the attendance part of minutes; an agenda table
  with a "Föredragande" column makes the name ending an item row its presenter.

A kallelse, inbjudan or pressmeddelande tells no attendance: its people are 'omnämnd'.

Outside lists a name needs evidence to count as a person (a party, a role word before or after it,
a known first name): those are 'omnämnd'. Single first names ("Karin tar med sig frågan") are left
to the full name listed earlier and make no rows. Vocabularies come from models/ (roles, parties,
first names, words that are never names); kommuner and organisations from places.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .. import evaluate, segment
from ..document import PAGE_BREAK, Document, Person
from . import grid, nlp, places

# letters of Latin-script names (Å, Ø, ć, š …): every cased letter below U+0250
UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
LOWER = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower())
NAME_TOKEN = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
PARTICLE = r"(?:von|af|av|de|van|der|den|la|du)"
NAME_RE = re.compile(
    rf"(?<![\w-]){NAME_TOKEN}(?: (?:{PARTICLE} ){{0,2}}{NAME_TOKEN}){{1,2}}(?![\w-])"
)
# a run of capitalised words, which may hold two names side by side when OCR lost a column gap
NAME_RUN_RE = re.compile(
    rf"(?<![\w-]){NAME_TOKEN}(?: (?:{PARTICLE} ){{0,2}}{NAME_TOKEN}){{1,7}}(?![\w-])"
)
CELL_SPLIT_RE = re.compile(r"\t+| {2,}")
# parties as OCR may read them: "(5)", "(5D)" for S, SD; "Björck (1)" for (L), "Lind (9)" for (S) after a name
# "Fj tjänstgörande ersättare": OCR read the label's E as F at a line's start (same length)
F_FOR_E_RE = re.compile(r"(?<!\w)F(?=rsätt)")  # "Frsättare", "Frsätts av": the label's E read as F
OCR_NOT_SERVED_RE = re.compile(r"(?<![^\n])Fj(?=[ \t]+tjänstgörande\b)")
ORDINAL_SPACE_READ_RE = re.compile(r"(?<=\S:e)[a-z](?=vice\s+ordförande)")  # "-T:ervice ordförande": "1:e vice", its space read as a letter
OCR_PARTY_RE = re.compile(r"\(5D?\)|(?<=[a-zåäö] )\([19]\)")
S_READ_TWICE_RE = re.compile(r"(?<=\(S)5(?=\))")  # "Ek (S5)": the party S read twice, the second time as 5 (same length)
# "Gunilla Rask Vv", "Elin Ek SS": a one-letter party OCR read twice at the end of a list row (same length kept), or
# before the row's next cell: a dash or cross of the presence column ("Eva Ek Vv - Bo Al (V)", "Eva Ek Ss X")
DOUBLED_PARTY_RE = re.compile(r"(?<=[a-zåäö] )([SMCLV])(?i:\1)(?=[ \t]*$|[ \t]+[-–—xX|](?!\w))", re.MULTILINE)
PARTY_RE = re.compile(rf"\(\s*([{UPPER}{LOWER}]{{1,4}})\s*\)")
# "Anna Ek ($M)": a speck OCR put before the party inside its parentheses
SPECKED_PARTY_RE = re.compile(r"(?<=\()[^\w\s()]([A-ZÅÄÖ]{1,2})(?=\))")
# "Eva Ek, 1:e vice M | Xx": a presence column's cross read twice at the row's end (same length kept)
CROSS_READ_TWICE_RE = re.compile(r"(?<=\s)Xx(?=[ \t]*$)", re.MULTILINE)
QUOTE_FOR_PARENTHESIS_RE = re.compile(rf"(?<=[{LOWER}] )«([A-ZÅÄÖ]{{1,2}})\)")  # "Eva Ek «M)": the opening parenthesis read as «
# "§§ 101-103" as OCR may read it ("88 101-103", "$$ 101-103") at a line's start or after a comma or
# parenthesis, where no number stands before a range: the paragraphs a member served, not a § heading
OCR_PARAGRAPHS_RE = re.compile(r"(?:^[ \t]*|(?<=[,(] )|(?<=\())(88|SS|\$\$|8§|§8|\$§|§\$)(?=\s?\d+\s*(?:[-–]|och\s)\s*\d+)", re.MULTILINE)
PARAGRAPHS_RE = re.compile(r"[§$]{1,2}\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|och)\s*\d+)*")
# "ersätter Y", "tjg ers för Y", "tjänstgörande ersättare för Y", "i stället för Y"
# "ersätter", "tjg ers för", "ersättare för", "i stället för", "tjänstgör för", "tjg för"; "Bengt Thörn (SD) för Elsa Jansson": a bare
# "för" right after the substitute's party; "Eva Sjöberg (för Oskar Lind)": a bare "för" opening a parenthesis
REPLACES = (
    r"\b(?:[Ee]rsätter|(?:(?:tjg\.?|tjänstgörande)\s+)?ers(?:\.|ättare)?\s+för|i\s*stället\s+för|(?:[Tt]jänstgör(?:ande)?|tjg\.?)\s+för"
    r"|(?<=\)\s)för|(?<=\),\s)för|(?<=\()för)"
)
REPLACES_RE = re.compile(rf"{REPLACES}\s+({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})")
SECTION_START_RE = re.compile(r"^\s*(?:§|\$|S|8)\s?\d+\b")
# specks OCR puts before a label: ": ", "5 ", "i ", "x&"
OCR_LEAD = r"^(?:[a-zåäö][^\w\s.]+(?=[A-ZÅÄÖ]))?[\W\d_]{0,4}?(?:\b[a-zåäö]\b\s)?\s*"
WRAPPED_NAME_RE = re.compile(rf"(?:[,;]|\boch|\bsamt)\s*{NAME_TOKEN}\s*$")
PUNCTUATION = ",;:.()/– -\t"

# attendance levels, strongest first: a merged person keeps the strongest statement
ATTENDANCE_ORDER = [
    "beslutande",
    "ersättare",
    "närvarande",
    "övrig",
    "frånvarande",
    "omnämnd",
]


@dataclass
class Entry:
    """One statement about a person somewhere in the text."""

    name: str
    offset: int
    attendance: str
    party: str | None = None
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    confidence: float = 0.8
    tail: str = ""  # text after the name, for wrapped continuations


@dataclass
class Label:
    attendance: str | None  # set by headings
    role: str | None  # set by role labels
    implies: str | None = None  # the role a heading gives everyone under it ("Tjänstgörande ersättare")
    by_role: bool = False  # a role label's row ("Ordförande Göran Lidström (S)"): a party makes a member


@dataclass
class State:
    columns: list[Label] | None = None  # open list or grid, one Label per column
    pending: list[Label] | None = None  # role labels waiting for names on the next line
    last: dict[int, Entry] = field(default_factory=dict)  # last entry per column
    previous: list[Entry] = field(default_factory=list)  # bare names of the line before
    replaced_by: bool = False  # the open grid has an "Ersatt av" column
    members: Label | None = None  # the members' column while an official's title row interrupts it
    kommun_rows: bool = False  # the open list's rows are led by the kommun their people come from


@dataclass
class Context:
    """Whole-text lookups computed once per document."""

    text: str
    kommuner: dict[int, places.KommunHit]
    organisations: dict[int, places.OrgHit]


def _ocr_party(m: re.Match) -> str:
    return m.group().replace("5", "S").replace("9", "S").replace("1", "L")


def _mend_rows(text: str) -> str:
    """OCR's slips in name rows and captions, mended in this order; each mend keeps the text's length (offsets hold)."""
    mends = (
        lambda t: F_FOR_E_RE.sub("E", t),
        _blank_rules,
        lambda t: MISREAD_ZIC_RE.sub("žić", t),
        lambda t: ORDINAL_SPACE_READ_RE.sub(" ", t),
        lambda t: OCR_NOT_SERVED_RE.sub("Ej", t),
        _lower_inner_capitals,
        _capitalise_first_names,
        _unwrap_captions,
        _unwrap_label_rows,
        _unspeck_first_names,
        _substitute_last,
        _split_joined_names,
        lambda t: S_READ_TWICE_RE.sub(" ", t),
        lambda t: OCR_PARTY_RE.sub(_ocr_party, t),
    )
    for mend in mends:
        text = mend(text)
    return text


def find(doc: Document) -> list[Person]:
    text = doc.text
    context = Context(
        text,
        {h.start: h for h in places.find_kommuner(text)},
        {h.start: h for h in places.find_organisations(text)},
    )
    entries: list[Entry] = []
    state = State()
    previous_end = 0
    parties = _mend_rows(text)
    parties = SPECKED_PARTY_RE.sub(lambda m: f" {m[1]}" if m[1] in nlp.parties() else m.group(), parties)
    parties = QUOTE_FOR_PARENTHESIS_RE.sub(lambda m: f"({m[1]})" if m[1] in nlp.parties() else m.group(), parties)
    parties = CROSS_READ_TWICE_RE.sub("X ", parties)
    parties = OCR_PARAGRAPHS_RE.sub(lambda m: m.group()[: m.start(1) - m.start()] + "§§", parties)
    parties, presenters = _presenter_column(parties)
    joined = _join_wrapped(DOUBLED_PARTY_RE.sub(r"\1 ", parties))
    context.organisations.update(_organisations_joined(text, joined, context))
    context.kommuner.update(_kommuner_joined(text, joined, context))
    stack = grid.stacked_labels(joined)  # grids OCR read column by column
    roster, roster_lines = _roster(joined)
    members, member_lines = _member_grid(joined)
    roster, roster_lines = roster + members, roster_lines | member_lines
    wrapped = wrapped_labels(joined)
    entries += roster
    for start, line in _lines(joined):
        if PAGE_BREAK in text[previous_end:start]:
            state.last = {}  # nothing wraps across a page break
            state.pending = None  # nor do signature captions of a page's footer label the next page
        previous_end = start + len(line)
        if start in stack.skip or start in roster_lines:
            continue
        if label := stack.labels.get(start):
            line, start = f"{label}\t{line}", start - len(label) - 1  # value offsets unchanged
        elif (label := wrapped.labels.get(start)) is not None:
            cut = _head_end(line) + (0 if label else 1)
            line, start = label + line[cut:], start + cut - len(label)  # value offsets unchanged
        elif start in wrapped.skip:
            continue
        line, start = _as_justerare_label(line, start)
        entries += _read_line(line, start, state, context)
    _officials_signing(entries)
    _signers_after_justerat(joined, entries)
    if doc.doc_type == "protokollsutdrag":
        _excerpt_signers(joined, entries)
    _inline_replacements(joined, entries)
    _wrapped_serving(joined, entries)
    _presence_cell_before_row(joined, entries)
    _prose_attendance(joined, entries, doc)
    for entry in entries:
        if any(start <= entry.offset < end for start, end in presenters) and "föredragande" not in entry.roles:
            entry.roles.append("föredragande")
    entries += _ner_entries(text, entries, context, _running_text(doc))
    entries = [e for e in entries if not ROOM_BEFORE_RE.search(text, max(0, e.offset - 40), e.offset)]
    if doc.doc_type in NO_ATTENDANCE or _excerpt_without_attendance(doc):
        for entry in entries:
            entry.attendance = "omnämnd"  # a summons or invitation names people; none has attended yet
    if doc.doc_type in INFORMAL and not any(e.attendance in ("beslutande", "ersättare") for e in entries):
        for entry in entries:
            if entry.attendance == "övrig":
                entry.attendance = "närvarande"  # informal minutes tell no members from officials: all were there
    _usual_workplace_spellings(text, entries)
    presenting = _presenting(text)
    return [_presenter(p, spellings, presenting) for p, spellings in _merge(entries, doc)]


def _usual_workplace_spellings(text: str, entries: list[Entry]) -> None:
    """"Södermälmsgymnasiet" once beside a name, "Södermalmsgymnasiet" twice in the text: OCR put or lost a
    diacritic; a workplace's word takes the spelling the document uses most."""
    if not any(e.affiliation for e in entries):
        return
    spellings: dict[str, Counter] = {}
    for word in re.findall(rf"[{UPPER}][{LOWER}]{{3,}}", text):
        spellings.setdefault(nlp.fold(word), Counter())[word] += 1
    for entry in entries:
        if entry.affiliation:
            entry.affiliation = " ".join(_usual_spelling(w, spellings) for w in entry.affiliation.split(" "))


def _usual_spelling(word: str, spellings: dict[str, Counter]) -> str:
    if word in _kommun_names() or word in _place_words():
        return word  # a kommun's name as the register spells it
    counts = spellings.get(nlp.fold(word))
    if not counts:
        return word
    best, n = counts.most_common(1)[0]
    return best if n > counts[word] else word


def _organisations_joined(text: str, joined: str, ctx: Context) -> dict[int, places.OrgHit]:
    """Bodies whose name a wrapped line cut ("lektor Uppsala" / "   universitet"), found once the lines are joined."""
    hits = places.find_organisations(joined)
    return {h.start: h for h in hits if h.start not in ctx.organisations and _moved(h, text)}


def _kommuner_joined(text: str, joined: str, ctx: Context) -> dict[int, places.KommunHit]:
    """Kommuner on a line that moved up beside the entry it ends ("IT-pedagog," / "   Ludvika kommun")."""
    return {h.start: h for h in places.find_kommuner(joined) if h.start not in ctx.kommuner and _moved(h, text)}


def _moved(hit: places.OrgHit | places.KommunHit, text: str) -> bool:
    """A name found in the joined text that the text as read does not hold at the same place: its line moved up
    (or wrapped inside it)."""
    return text[hit.start : hit.end] != hit.text


MEMBER_ATTENDANCE = ("beslutande", "ersättare")
# "Justerat den 19 december 2025: Eva Ek, Bo Al" (the signers after the day they signed), "Justering  Förslag: Eva Ek"
# (the justerare a summons proposes), "Förslag till justerare: Eva Ek (C)": heads that name who justerar
JUSTERARE_HEAD_RE = re.compile(
    rf"^\W{{0,3}}(?:justerat(?:\s+den)?\s+[^:\n]{{0,25}}\d\s*|justering\s+förslag\s*|förslag\s+till\s+justerare\s*):\s*(?={NAME_TOKEN} {NAME_TOKEN})", re.IGNORECASE
)
JUSTERARE_LABEL = "Justerare: "


def _as_justerare_label(line: str, start: int) -> tuple[str, int]:
    """A head naming the justerare read as the plain label, the names' offsets unchanged."""
    if m := JUSTERARE_HEAD_RE.match(line):
        return JUSTERARE_LABEL + line[m.end() :], start + m.end() - len(JUSTERARE_LABEL)
    return line, start


def _officials_signing(entries: list[Entry]) -> None:
    """"Anna Ek, sekreterare" in the officials' column, then "Anna Ek" alone under the grid: her signature,
    read as one more row of the members' column. A bare repeat of an official's name does not make her a member."""
    officials = {e.name: e for e in entries if e.attendance == "övrig" and e.roles and not e.party}
    for entry in entries:
        official = officials.get(entry.name)
        bare = not (entry.party or entry.roles or entry.tail.strip())
        if official and bare and entry.offset > official.offset and entry.attendance in MEMBER_ATTENDANCE:
            entry.attendance = official.attendance


# "Justerat 2026-10-27" / "" / "Eva Ek Bo Al": the signers' names alone on the line below the day they signed
JUSTERAT_DAY_RE = re.compile(
    r"^\W{0,3}Justerat(?:\s+den)?\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})[ \t]*\n(?:[ \t]*\n)*([^\n]+)$",
    re.MULTILINE,
)


NAMES_ONLY_RE = re.compile(rf"[ \t]*{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{2,}}[ \t]*")


def _signers_after_justerat(text: str, entries: list[Entry]) -> None:
    """The signers under "Justerat <day>": the chair signs first, the others justerar."""
    for m in JUSTERAT_DAY_RE.finditer(text):
        if not NAMES_ONLY_RE.fullmatch(m[1]):
            continue  # captions ("Ordförande  Justerare") or parties on the line: read as any row
        for entry in entries:
            if m.start(1) <= entry.offset < m.end(1) and not _chairs_or_keeps_minutes(entry.name, entries):
                entry.roles += [] if "justerare" in entry.roles else ["justerare"]


# "Eva Ek Bo Al Lisa Ny, nämndsekreterare" / "Bo Al . Lisa Ny": the names signing an excerpt, alone on a line
SIGNATURE_ROW_RE = re.compile(
    rf"^[ \t|]*{NAME_TOKEN}[ \t]+{NAME_TOKEN}(?:[ \t.|]+{NAME_TOKEN}[ \t]+{NAME_TOKEN}){{1,3}}(?:,[ \t]*[a-zåäö]+)?[ \t.|]*$",
    re.MULTILINE,
)
# the captions and heads printed around the signatures of an excerpt
SIGNING_WORDS_RE = re.compile(r"juster|bestyrk|intygar|signatur|expedier", re.IGNORECASE)


def _excerpt_signers(text: str, entries: list[Entry]) -> None:
    """The signature row of a protokollsutdrag, beside captions such as "Justerandes signatur" or "Rätt utdraget
    bestyrker": beside the chair and the secretary, the others sign as justerare, unless captions over the row
    already said who justerar."""
    for m in SIGNATURE_ROW_RE.finditer(text):
        around = text[max(0, text.rfind("\n", 0, max(0, m.start() - 80))) : m.end() + 80]
        if not SIGNING_WORDS_RE.search(around):
            continue
        row = [e for e in entries if m.start() <= e.offset < m.end()]
        signing = [e for e in row if _chairs_or_keeps_minutes(e.name, entries)]
        if any("justerare" in e.roles for e in row):
            continue  # captions over the row ("Justerande  Rätt utdraget intygar") already said who justerar
        if len(row) >= 2 and signing and len(signing) < len(row):
            _add_role([e for e in row if e not in signing], "justerare")


def _chairs_or_keeps_minutes(name: str, entries: list[Entry]) -> bool:
    return any(e.name == name and {"ordförande", "sekreterare"} & set(e.roles) for e in entries)


# "Stadshuset, rum Lasse Dahlquist", "sammanträdesrum Greta Garbo": a room named after a person, no one present
ROOM_BEFORE_RE = re.compile(r"\b(?:rum|rummet|sal|salen|sammanträdesrum|konferensrum|mötesrum|lokalen)[ \t]+$", re.IGNORECASE)


# --- agenda tables with a presenter column: "Nr  Ärende  Diarienummer  Föredragande" ----------------

# the captions of a föredragningslista's columns, a speck OCR read between two of them ("Ärende »- Dnr") perhaps
AGENDA_CAPTION_RE = re.compile(
    r"^\W{0,3}(?:(?:nr|ärende|ärenden|ärendemening|dnr|diarienummer|diarienr|beslut|bilaga|tid)(?:\s+[^\w\s]{0,2}\s*|\s*[-–|]\s*)){1,4}"
    r"föredragande(?:\s+(?:dnr|diarienummer|diarienr|bilaga|tid))*\s*$",
    re.IGNORECASE | re.MULTILINE,
)
AGENDA_ITEM_RE = re.compile(r"^\W{0,2}\d{1,2}\.?(?:\s|$)")
# "KFN 2026/15  Eva Ek," under a wrapped item title: the row's case number and presenter cells on a line of their own
PRESENTER_ROW_RE = re.compile(r"^\W{0,2}[A-ZÅÄÖ]{2,6}\s+\d{4}[/.:-]\d+\s+(?=[A-ZÅÄÖ])")
PROSE_END_RE = re.compile(r"[a-zåäö]{2}\.(?:\s|$)")  # a sentence ends: the table is over


def _presenter_column(text: str) -> tuple[str, list[tuple[int, int]]]:
    """A föredragningslista drawn as a table with a "Föredragande" column: the name at the end of an
    item row ("3  Skolstruktur …  BUN 2023/611  Lena Wahlström,") presents the item. Its title, cut
    off after the comma, wraps onto the item's next line among the wrapped item title ("Gotland,
    beslut om  skoldirektör"): that line keeps only the title and the item's later lines nothing (same
    length), so the title reads as the name's tail and the item's words as no one's. Returns the text
    and the presenters' spans."""
    chars, spans = list(text), []
    for caption in AGENDA_CAPTION_RE.finditer(text):
        ending: str | bool = False  # "title": the row above ended in a presenter's comma
        for start, line in _lines(text[caption.end() :]):
            start += caption.end()
            if PAGE_BREAK in text[caption.end() : start] or OTHER_LABEL_RE.match(line):
                break
            if PROSE_END_RE.search(line) and not _item_row_follows(text, start + len(line)):
                break
            if AGENDA_ITEM_RE.match(line) or PRESENTER_ROW_RE.match(line):
                ending = False
                names = list(NAME_RE.finditer(line))
                if names and _only_tail_words(line[names[-1].end() :]):
                    spans.append((start + names[-1].start(), start + names[-1].end()))
                    ending = "title" if line.rstrip().endswith(",") else False
            elif ending == "title" and _trailing_title(line) == len(line):
                chars[start : start + len(line)] = "\n" * len(line)  # "bokslut" / "2025" / "ekonom": a word of the
                # item's title wrapped first, the presenter's title below it; the line goes (as blank lines, offsets kept)
            elif ending:
                keep = _trailing_title(line) if ending == "title" else len(line)
                chars[start : start + keep] = " " * keep
                ending = "wrapped"  # later lines of the item hold the rest of its own title
    return "".join(chars), spans


def _item_row_follows(text: str, at: int) -> bool:
    """"1. Val av justerare och tid för" / "justering." / "2. …": a wrapped item title that ends with a full stop,
    not a sentence after the table, when the next line that is not blank opens another item."""
    following = text[at:].lstrip()
    return bool(AGENDA_ITEM_RE.match(following)) and PAGE_BREAK not in text[at : len(text) - len(following)]


def _trailing_title(line: str) -> int:
    """Where the role words that end a wrapped table line start ("om simundervisning i  utvecklingsledare")."""
    at, roles = len(line), []
    for m in reversed(list(re.finditer(r"\S+", line))):
        rest = line[m.start() :]
        if not _only_tail_words(rest):
            break
        if (found := _roles_in(rest)) and found != roles:  # "elever i  förvaltningschef": not from "i"
            at, roles = m.start(), found
    return at


# --- roster tables: a caption row "Namn  Parti  Uppdrag  Närvaro", then one person a row ------------

# the last caption may name a column of substitutes who served in the member's place ("Tjänstgörande ersättare",
# its second word wrapped onto the next line): a name there replaces the row's member
# with no attendance column ("Namn  Parti  Funktion" under "Närvarolista") the rows are the members who decided
ROSTER_CAPTION_RE = re.compile(
    r"^\W{0,3}(?:nam[nh]|ledamot|ledamöter)\s+parti(?:\s+[^\w\s]{1,2})?\s+(?:uppdrag|roll|funktion)(?:\s+"
    r"(?:närvaro|närvarande|tjänstgöring|(?P<substitutes>tjänstgörande(?:[ \t]*\n?[ \t]*ersättare)?|ersättare|ersatt av))"
    r"|(?P<members>))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
ROSTER_ROW_RE = re.compile(rf"^\W{{0,3}}({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})(?:\s+[^\w\s]{{1,2}})*\s+([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{{0,2}})[;:,]?\s+(.*)$")
ROSTER_WRAP_RE = re.compile(r"(?:\b(?:ej|icke|inte|för|av)|,)\W{0,2}$", re.IGNORECASE)  # a cell cut mid-phrase
ROSTER_NOISE_RE = re.compile(r"(?<!\w)[^\w\s,]+(?!\w)|(?<=\s)[«»]")
# the Närvaro cell, most specific first: (words, attendance)
ROSTER_ATTENDANCE = (
    (re.compile(r"\b(?:ej|icke|inte)\s+tjänstgörande\b", re.IGNORECASE), "ersättare"),
    (re.compile(r"\btjänstgör(?:ande|er)?\b|\bersätter\b", re.IGNORECASE), "beslutande"),
    (re.compile(r"\bfrånvarande\b|\bförhinder\b|\bfrånv\b", re.IGNORECASE), "frånvarande"),
    (re.compile(r"\bnärvarande\b|\bnärv\b", re.IGNORECASE), "närvarande"),
)


def _roster(text: str) -> tuple[list[Entry], set[int]]:
    """People of a roster table under a caption row naming name, party, role and attendance columns;
    the start offsets of the lines read, so the line reader skips them."""
    entries: list[Entry] = []
    used: set[int] = set()
    for caption in ROSTER_CAPTION_RE.finditer(text):
        used.update(start + caption.start() for start, _ in _lines(caption.group()))
        substitutes = bool(caption.group("substitutes"))
        members = caption.group("members") is not None
        rows: list[tuple[int, str]] = []
        after_blank = False
        for start, line in _lines(text[caption.end() :]):
            start += caption.end()
            wraps = bool(rows and ROSTER_WRAP_RE.search(rows[-1][1]))
            if (substitutes or members) and not line.strip() and start != caption.end():
                after_blank = True  # OCR's blank line between two rows of a ruled grid
                continue
            if not line.strip() or not wraps and _label_table()[1].match(line) and not ROSTER_ROW_RE.match(line):
                break
            if not wraps and _roster_row_fits(line):
                rows.append((start, line))
            elif rows and not after_blank:  # a wrapped Närvaro cell ("tjänstgörande för" / "Kent Björn")
                rows[-1] = (rows[-1][0], f"{rows[-1][1]} {line.strip()}")
            else:
                break
            after_blank = False
            used.add(start)
        read = _substitute_row if substitutes else _member_row if members else _roster_entry
        entries += [e for start, line in rows for e in _listed(read(start, line))]
    return entries, used


# a grid with no role column: "Ledamot  Parti  Tjänstgörande ersättare", then "Name[, role]  PARTY  [Sub (P)]" rows;
# OCR may put blank lines between rows and lose a row's party onto a line of its own
MEMBER_GRID_CAPTION_RE = re.compile(
    r"^\W{0,3}(?:ledamot|ledamöter)[ \t]+parti[ \t]+tjänstgörande[ \t]+ersättare[ \t]*$", re.IGNORECASE | re.MULTILINE
)
MEMBER_GRID_ROW_RE = re.compile(
    rf"^\W{{0,3}}({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})(,(?:[^\t\n\d§$()]|\d:[ae]\b)*?)?(?:\s+([A-ZÅÄÖ]{{1,3}}))?"
    rf"(?:\s+({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})\s*\(\s*([A-ZÅÄÖ]{{1,3}})\s*\))?\s*$"
)
LONE_PARTY_RE = re.compile(r"^\W{0,3}[A-ZÅÄÖ]{1,3}\W{0,3}$")  # a row's party OCR read onto a line of its own


def _member_grid(text: str) -> tuple[list[Entry], set[int]]:
    """Members and the substitutes who served in their place, under a caption row with no role column."""
    entries: list[Entry] = []
    used: set[int] = set()
    for caption in MEMBER_GRID_CAPTION_RE.finditer(text):
        for start, line in _lines(text[caption.end() :]):
            start += caption.end()
            if not line.strip() or LONE_PARTY_RE.match(line):
                continue
            m = MEMBER_GRID_ROW_RE.match(line)
            if not m or _name_confidence(m.group(1), True) is None:
                break
            entries += _member_grid_row(start, m)
            used.add(start)
    return entries, used


def _member_grid_row(start: int, m: re.Match) -> list[Entry]:
    """"Kim Ek, ordförande  S" / "Bo Al  M  Eva Ås (M)": a member who decides, or is replaced by the substitute."""
    party = m.group(3) if m.group(3) and m.group(3) in nlp.parties() else None
    roles = _roles_in(m.group(2) or "") or ["ledamot"]
    member = Entry(m.group(1), start + m.start(1), "beslutande", party, roles, confidence=0.9)
    if not m.group(4) or _name_confidence(m.group(4), True) is None:
        return [member]
    member.attendance = "frånvarande"
    sub_party = m.group(5) if m.group(5) in nlp.parties() else None
    return [member, Entry(m.group(4), start + m.start(4), "beslutande", sub_party, ["ersättare"], confidence=0.9)]


def _listed(entry: Entry | list[Entry] | None) -> list[Entry]:
    return entry if isinstance(entry, list) else [entry] if entry else []


# "Anneli Hjort (S), §§ 38-40": a substitute in the column beside the member, with party and paragraphs served
SUBSTITUTE_CELL_RE = re.compile(rf"({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})\s*(?:\(\s*([A-ZÅÄÖ]{{1,3}})\s*\))?")


def _substitute_row(start: int, line: str) -> list[Entry]:
    """"Bengt Persson  KD  ledamot  Helén Svanberg (KD)": a member who decides, unless the substitutes'
    column names who served in the member's place; the member stays absent then, unless their role cell
    names the paragraphs they served themselves ("ledamot, §§ 34-37")."""
    member = _roster_entry(start, line)
    if member is None:
        return []
    m = ROSTER_ROW_RE.match(line)
    rest = m.group(3)
    sub = SUBSTITUTE_CELL_RE.search(rest)
    member.attendance = "beslutande"
    if sub is None or _name_confidence(sub.group(1), True) is None:
        return [member]
    member.roles = _roles_in(rest[: sub.start()])
    if not PARAGRAPHS_RE.search(rest[: sub.start()]):
        member.attendance = "frånvarande"
    party = sub.group(2) if sub.group(2) and _is_party(sub.group(2)) else None
    substitute = Entry(sub.group(1), start + m.start(3) + sub.start(1), "beslutande", party, ["ersättare"], confidence=0.9)
    return [member, substitute]


def _member_row(start: int, line: str) -> list[Entry]:
    """"Eva Ek  S  ledamot" in a roster with no attendance column: a member who decided; "Bo Al  M  tjänstgörande
    ersättare för Ola Ås (M)": a substitute who decided in the place of the member, who was absent."""
    entry = _roster_entry(start, line)
    if entry is None:
        return []
    if entry.attendance == "närvarande":
        entry.attendance = "beslutande"
    if entry.party not in nlp.parties():
        entry.party = None  # "G" for "C": a misread party is left to the other places that name it
    if not entry.roles:
        entry.roles = ["ersättare" if SUBSTITUTE_WORD_RE.search(line) else "ledamot"]
    replaced = ROSTER_REPLACED_RE.search(line)
    if not replaced or entry.attendance != "beslutande":
        return [entry]
    party = replaced.group(2) if replaced.group(2) and _is_party(replaced.group(2)) else None
    return [entry, Entry(replaced.group(1), start + replaced.start(1), "frånvarande", party, ["ledamot"], confidence=0.9)]


SUBSTITUTE_WORD_RE = re.compile(r"\bersättare\b", re.IGNORECASE)
ROSTER_REPLACED_RE = re.compile(rf"\bför\s+({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})\s*(?:\(\s*([A-ZÅÄÖ]{{1,3}})\s*\))?")


def _roster_row_fits(line: str) -> bool:
    m = ROSTER_ROW_RE.match(line)
    return bool(m and _roles_re().search(m.group(3)))


def _roster_entry(start: int, line: str) -> Entry | None:
    m = ROSTER_ROW_RE.match(line)
    if not m:
        return None
    party = m.group(2)
    if len(party) == 2 and party[0] == party[1].upper():
        party = party[0]  # OCR doubles a one-letter party ("Vv")
    party = party.upper() if _is_party(party.upper()) else None
    rest = ROSTER_NOISE_RE.sub(" ", m.group(3))
    replaced = REPLACES_RE.search(rest) or re.search(rf"\bför\s+({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})", rest)
    cell = rest[: replaced.start(1)] if replaced else rest  # "tjänstgörande för" kept: the presence it states
    attendance = next((a for pattern, a in ROSTER_ATTENDANCE if pattern.search(cell)), "närvarande")
    return Entry(m.group(1), start + m.start(1), attendance, party, _roles_in(cell), confidence=0.9)


PRESENTS_RE = re.compile(r"föredr", re.IGNORECASE)
PRESENTS_REACH = 120  # characters around "föredr…" that hold the presenter's name


def _presenting(text: str) -> str:
    """The stretches of text around each "föredrar"/"föredragande"/"föredras av", one per line:
    `_presenter` searches these instead of the whole text once per person (a 500-page document
    has hundreds of people)."""
    return "\n".join(
        text[max(0, m.start() - PRESENTS_REACH) : m.end() + PRESENTS_REACH] for m in PRESENTS_RE.finditer(text)
    )


# "(föredragande: BUN 2026/9" / "Eva Ek, ekonom)": an agenda's case number cell the line put between caption and name
CASE_CELL = r"(?:[A-ZÅÄÖ]{2,6}\s+\d{4}[/.:-]\d+\s+)"
PARTY_CELL = r"(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))"  # "(M)" after a name


def _presenter(person: Person, spellings: set[str], text: str) -> Person:
    """"Ola Tengvall föredrar ärendet", "Föredragande: Linda Vahlberg, controller", "Föredrar: Eva Ek", "Ärende 3 föredras
    av planarkitekt Josefin Lund": the person presents a matter ('föredragande'), under any of the
    spellings OCR gave the name, a stop OCR read after a word of it too ("Eva. Ek")."""
    low = text.lower()
    if "föredragande" in person.roles or not any(all(w.lower() in low for w in n.split()) for n in spellings):
        return person  # the name stands nowhere near a "föredrar": no pattern to build for this person
    name = "(?:" + "|".join(r"\.?\s+".join(re.escape(w) for w in n.split()) for n in sorted(spellings)) + ")"
    # "Olof Ek (M) föredrar": the party between name and verb; "föredras av :" / "Eva Ek": a speck colon before the break
    presents = rf"(?<!\w){name}{PARTY_CELL}?\s+föredr(?:ar|og|agit)\b"
    presents += rf"|\bföredra(?:gande:?|r:|s\s+[aå]v\s*:?)\s+{CASE_CELL}?(?:\w+\s+)?{name}(?!\w)"
    # "Ärende 4 föredras av controller Bo Al och ärende 6 av utredare Eva Ek": a second presenter after "och … av"
    presents += rf"|\bföredras\s+[aå]v\s+[^.\n]{{0,80}}?\soch\s+(?:\w+\s+){{0,2}}?av\s+(?:\w+\s+)?{name}(?!\w)"
    # "Föredragande i ärende 3 och 5 är gymnasiechef Eva Ek": the items first, the presenter after "är"
    presents += rf"|\bföredragande\s+(?:i|för)\s[^.:]{{0,40}}?\s(?:är|blir)\s+(?:\w+\s+)?{name}(?!\w)"
    if re.search(presents, text, re.IGNORECASE):
        person.roles.append("föredragande")
    return person


SIGNATURE_RULE_RE = re.compile(r"[._…]{4,}")


# "Siv Ek jennie Åhs, kommunsekreterare": a first name OCR read in lower case on a row of names, after a name
LOWER_FIRST_NAME_RE = re.compile(rf"((?<![\w-]){NAME_TOKEN} {NAME_TOKEN} )([{LOWER}]+)(?= {NAME_TOKEN}(?:[\s,(]|$))", re.MULTILINE)


def _capitalise_first_names(text: str) -> str:
    """A known first name OCR read in lower case between names gets its capital back (same length)."""

    def fix(m: re.Match) -> str:
        name = m[2].capitalize()
        return m[1] + (name if name in nlp.first_names() and not nlp.is_common_word(m[2]) else m[2])

    return LOWER_FIRST_NAME_RE.sub(fix, text)


# "UTf Berggren (S)": a first name OCR read with a capital inside, before a surname and a party
INNER_CAPITALS_RE = re.compile(rf"(?<![\w-])([{UPPER}])([{UPPER}]+)([{LOWER}]+)(?= {NAME_TOKEN} \()")


def _lower_inner_capitals(text: str) -> str:
    """"UTf Berggren (S)" → "Utf Berggren (S)": the capitals inside a first name lowered (same length)."""
    text = INNER_CAPITALS_RE.sub(lambda m: m[1] + m[2].lower() + m[3], text)
    text = SURNAME_INNER_CAPITALS_RE.sub(_surname_lowered, text)
    return LONE_INNER_CAPITALS_RE.sub(_known_first_name_lowered, text)


# "Karin ÖRMan Eva Ek": a surname OCR read with a capital inside, after a known first name (a row of signatures)
SURNAME_INNER_CAPITALS_RE = re.compile(rf"(?<![\w-])({NAME_TOKEN} [{UPPER}])([{UPPER}]+)([{LOWER}]+)(?![\w-])")


def _surname_lowered(m: re.Match) -> str:
    return m[1] + m[2].lower() + m[3] if m[1][:-2] in nlp.first_names() else m.group()


# "THerese Alm" alone on a line (a signature's name): the same, when the first name lowered is a known one
LONE_INNER_CAPITALS_RE = re.compile(rf"^([ \t]*[{UPPER}])([{UPPER}]+)([{LOWER}]+)(?= {NAME_TOKEN}[ \t]*$)", re.MULTILINE)


def _known_first_name_lowered(m: re.Match) -> str:
    name = m[1].strip() + m[2].lower() + m[3]
    return m[1] + m[2].lower() + m[3] if name in nlp.first_names() else m.group()


# "Maja. Holm (S), ersätter …": a full stop OCR read after a first name that opens a row or a cell
# "Maja. Holm S tjg ersättare …" the same with the party in a cell of its own; "Föredragande: Maja. Holm, …" after a label
SPECKED_FIRST_NAME_RE = re.compile(
    rf"(?:^[^\w\n]{{0,3}}|(?<=\t)|(?<=  )|(?<=:))[ \t]*({NAME_TOKEN})\.(?= {NAME_TOKEN}(?: {NAME_TOKEN})?(?: ?[(,]|\s+[A-ZÅÄÖ]{{1,3}}(?:\s|$)))", re.MULTILINE
)


def _unspeck_first_names(text: str) -> str:
    """"Maja. Holm (S), …" → "Maja Holm (S), … ": the stop after a known first name goes and a space ends
    the line instead (the text keeps its length and every other line its offsets)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for m in reversed(list(SPECKED_FIRST_NAME_RE.finditer(line))):
            if m[1] in nlp.first_names():
                line = line[: m.end(1)] + line[m.end(1) + 1 :] + " "
        lines[i] = line
    return SPECK_FOR_SPACE_RE.sub(_speck_as_space, "\n".join(lines))


# "Oskar'Dahlin, rektor": a speck OCR read for the space between a first name and the surname
SPECK_FOR_SPACE_RE = re.compile(rf"(?<![\w-])({NAME_TOKEN})['`´’]([{UPPER}][{LOWER}]+)(?![\w-])")


def _speck_as_space(m: re.Match) -> str:
    return f"{m[1]} {m[2]}" if m[1] in nlp.first_names() else m.group()


JOINED_NAME_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)-([{UPPER}][{LOWER}]+)(?=\s*[(,;]|\s*$)", re.MULTILINE)


def _split_joined_names(text: str) -> str:
    """"Närvarande: Karin-Ahlström (förvaltningschef)": OCR read the space of a list entry as a
    hyphen. A lone hyphenated word of a known first name and a word that is not one ("Anna-Karin"
    is) and that no capitalised word precedes ("Eva Lind-Berg") becomes two words, same length."""

    def fix(m: re.Match) -> str:
        before = text[max(0, m.start() - 40) : m.start()].split()
        after_name = before and before[-1][:1].isupper() and before[-1][-1:].isalpha()
        if after_name or m.group(1) not in nlp.first_names() or m.group(2) in nlp.first_names():
            return m.group()
        return f"{m.group(1)} {m.group(2)}"

    return JOINED_NAME_RE.sub(fix, text)


def _blank_rules(text: str) -> str:
    """Dotted or underlined signature lines ("Ordförande ..........") become spaces, same length."""
    return SIGNATURE_RULE_RE.sub(lambda m: " " * len(m.group()), text)


# "13:30 - 16.50 ;" / "…, kl. 17.00-19.45 ;": a speck after a time, no list
SPECK_AFTER_FIGURES_RE = re.compile(r"(?:^[^A-Za-zÅÄÖåäö]*|\d[.:]\d{2})\s[,;]\s*$")
# "kl. 10.00 Lunch": a program row opens with its time; it never goes on the entry above it
PROGRAM_TIME_RE = re.compile(r"kl\.?\s*\d{1,2}[.:]\d{2}\b")
PARAGRAPH_SIGN_END_RE = re.compile(r"(?:§§?|\$\$?)\s*$")  # a paragraphs cell cut after its sign: the numbers below
COMPOUND_CUT_RE = re.compile(r"(?<![\w-])[A-Za-zÅÄÖåäö]+-\s(?:och|eller|samt)\s*$")  # "Kultur- och": its last part below
PHRASE_CUT_RE = re.compile(r"\s(?:av|till|om|med)\s*$")  # a line cut after a preposition: its phrase goes on below


MEMBER_OPENS_RE = re.compile(rf"^\W{{0,3}}{NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}} \(\s*[A-ZÅÄÖ]{{1,3}}\s*\)")


def _rows_of_members(line: str, nxt: str) -> bool:
    """"Eva Ek (S), ordförande Bo Al, kommunchef" / "Kim Lund (M) …": two rows of a grid that each open with a member
    and their party (the officials' column beside, its gap lost), no entry cut at the line's end (nor a replacement:
    "… i stället för" / "Ola Berg (M)")."""
    return bool(
        MEMBER_OPENS_RE.match(line) and MEMBER_OPENS_RE.match(nxt) and not line.rstrip().endswith((",", ";", "("))
        and not _wraps_replaced(line, nxt)
    )


def _label_tail_below(line: str, nxt: str) -> bool:
    """"Ersättare, ej Eva Ek (S), …" / "tjänstgörande": the row's label cut, its last word alone below (wrapped_labels
    makes it whole), no wrapped value."""
    head = line[: _head_end(line)].strip()
    word = TAIL_SPECK_RE.sub("", nxt.split("\n", 1)[0].strip())
    return bool(head) and word.lower() in _tails_of(head)


def _speck_after_figures(line: str) -> bool:
    return bool(SPECK_AFTER_FIGURES_RE.search(line))


PROGRAM_SLOT = r"\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?"  # "13.15–14.15": a program's time cell
# "• 13.15 Talk – Eva Ek, lektor i" / "   didaktik, Lunds universitet": a bullet's person and title wrapped onto an
# indented lower-case line (the whole title too: "• 13.15 Talk – Eva Ek," / "   lektor", on a line of no cells and
# no parenthesis, which join as any); the line below moves up, its indent padded at its end (offsets are kept)
HANGING_BULLET_RE = re.compile(
    rf"^([ \t]*(?:[•·▪*-]|{PROGRAM_SLOT})[ \t](?:[^\n]*\b{NAME_TOKEN} {NAME_TOKEN},[ \t][^\n]*[^.\s]|(?:[^\n(\t ]| (?! ))*\b{NAME_TOKEN} {NAME_TOKEN},))"
    rf"([ \t]*)\n([ \t]+)([a-zåäö][^\n]*)$",
    re.MULTILINE,
)

# "• 09.20 Talk – Eva Ek, lektor vid" / "   Lunds universitet": the same with the workplace on the indented line, after
# a comma or the title's preposition
HANGING_WORKPLACE_RE = re.compile(
    rf"^([ \t]*(?:[•·▪*-]|{PROGRAM_SLOT})[ \t][^\n]*\b{NAME_TOKEN} {NAME_TOKEN},[ \t][^\n]*(?:,|\s(?:vid|på|hos|inom)))([ \t]*)\n([ \t]+)"
    rf"([{UPPER}][^\n]*)$",
    re.MULTILINE,
)


# "…; Anna-Lena" / ": Björk (M); …": a list's first name ends a line, OCR read a speck before the surname below
SPECKED_SURNAME_LINE_RE = re.compile(rf"([,;][ \t]*({NAME_TOKEN}))[ \t]*\n[:;|'`.,][ \t]({NAME_TOKEN}[ \t]*\([^\n]*)$", re.MULTILINE)


def _join_specked_surname(m: re.Match) -> str:
    """The surname moved up beside its first name, the line's end padded: offsets are kept."""
    if not all(part in nlp.first_names() for part in m[2].split("-")) or m[3].split()[0] in nlp.first_names():
        return m.group()  # "Ann-Sofie": a double first name, each part known
    return f"{m[1]} {m[3]}" + " " * (len(m.group()) - len(m[1]) - len(m[3]) - 1)


def _join_wrapped(text: str) -> str:
    """Join lines that a list wrapped mid-entry ("…, Ulrika" / "Bäck, …"); offsets are kept."""
    # a blank line OCR added between: the line below moves up one character, its end padded
    text = WRAPPED_REPLACED_RE.sub(lambda m: m[1] + " " + m[4] + " " * (len(m[3]) - 1 + len(m["speck"])), text)
    text = WRAPPED_PARENTHESIS_RE.sub(lambda m: m[1] + " " + m[3] + " " * (len(m[2]) - 1), text)
    text = WRAPPED_SERVING_FOR_RE.sub(lambda m: m[1] + " " + m[3] + " " * (len(m[2]) - 1), text)
    text = INDENTED_PARENTHESIS_RE.sub(lambda m: m[1] + " " + m[3] + " " * (len(m[2]) - 1), text)
    text = INDENTED_PARENTHESIS_END_RE.sub(lambda m: m[1] + " " + m[3] + " " * (len(m.group()) - len(m[1]) - len(m[3]) - 1), text)
    text = TITLE_BELOW_BLANK_RE.sub(lambda m: f"{m[1]} {m[3]}" + " " * (len(m.group()) - len(m[1]) - len(m[3]) - 1), text)
    text = LONE_SURNAME_RE.sub(_join_lone_surname, text)
    text = SPECKED_SURNAME_LINE_RE.sub(_join_specked_surname, text)
    text = HANGING_BULLET_RE.sub(lambda m: f"{m[1]} {m[4]}" + " " * len(m[2] + m[3]), text)
    text = HANGING_WORKPLACE_RE.sub(lambda m: f"{m[1]} {m[4]}" + " " * len(m[2] + m[3]), text)
    chars = list(text)
    for m in re.finditer(r"[^\n\f]*\n(?=[^\n\f])", text):
        line = m.group()[:-1]
        if CELL_SPLIT_RE.search(line.strip()) and not _wraps_first_name_of_cell(line, text[m.end() :]):
            continue  # grid rows wrap cell by cell: _continue handles them
        nxt = text[m.end() : m.end() + 40]
        if _rows_of_members(line, nxt) or _label_tail_below(line, nxt):
            continue
        if (
            (line.rstrip().endswith((",", ";")) and not _speck_after_figures(line))
            or (nxt[:1].islower() and line.count(",") >= 2 and not line.rstrip().endswith(".")
                and not PROGRAM_TIME_RE.match(nxt))  # "…, vice" / "ordförande, …"
            or (nxt.startswith("(") and NAME_RE.search(line))
            or line.count("(") > line.count(")")
            or (
                (wrapped := WRAPPED_NAME_RE.search(line))
                and re.match(NAME_TOKEN + r"(?=[\s,(/]|$)", nxt)  # "…, Eva" / "Ek/rektor, …": a slash before the title
                and not _ends_with_place(wrapped.group())
                and not (ENTRY_LINE_RE.match(line) and ENTRY_LINE_RE.match(nxt))
            )
            or _wraps_role_first_entry(line, nxt)
            or _wraps_workplace(line, nxt)
            or _wraps_title_in_role_first_list(line, nxt, text[text.rfind("\n\n", 0, m.start()) + 1 : m.start()])
            or _wraps_first_name(line, nxt)
            or (COMPOUND_CUT_RE.search(line) and nxt[:1].islower())  # "Barn- och" / "utbildningsförvaltningen"
            or (PARAGRAPH_SIGN_END_RE.search(line) and nxt[:1].isdigit())  # "ekonom, §§" / "89-90; Eva Ek, …"
            or (PHRASE_CUT_RE.search(line) and nxt[:1].islower())  # "Upprop och val av" / "justerare": a title, no label
            or _wraps_title(line, nxt)
            or _wraps_replaced(line, nxt)
        ):
            chars[m.end() - 1] = " "
    return "".join(chars)


# a row whose label wrapped onto the row's second line beside its wrapped value: "Tjänstgörande Ove Ek (S) för" /
# "" / "ersättare Kjell Ås (S)"; the label's first word, its values, the break, the label's last word, the values' tail
LABEL_ROW_RE = re.compile(rf"^([{UPPER}][{LOWER}]+)([ \t]+{NAME_TOKEN} [^\n]*?)[ \t]*(\n[ \t]*\n?)([{LOWER}]+)[ \t]+(\S[^\n]*)$", re.MULTILINE)


# a grid's caption row whose last caption wrapped: "Ledamot  Parti  Tjänstgörande" / "ersättare" (OCR may add a blank
# line and a speck after it; "Ordinarie ledamot  Parti  Närvaro  Tjänstgörande", "Ledamot Parti Närv. Tjänstgörande" the
# same); the caption's first word,
# the break, its second word
WRAPPED_CAPTION_RE = re.compile(
    r"^(\W{0,3}(?:ordinarie[ \t]+)?(?:nam[nh]|ledamot|ledamöter)(?:[ \t]+(?:parti|uppdrag|roll|funktion|närvaro|närv\.?))*[ \t]+tjänstgörande)[ \t]*"
    r"\n[ \t]*\n?[ \t]*(ersättare)[^\w\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _unwrap_captions(text: str) -> str:
    """"Ledamot Parti Tjänstgörande" / "ersättare" → "Ledamot Parti Tjänstgörande ersättare", padded to the same length."""

    def unwrap(m: re.Match) -> str:
        row = f"{m[1]} {m[2]}"
        return row + " " * (len(m.group()) - len(row))

    return WRAPPED_CAPTION_RE.sub(unwrap, text)


# a role-first grid's row whose role cell names the member replaced: "Tjg ersättare för Eva Ek (S)  Bo Al  S"
SUBSTITUTE_LAST_RE = re.compile(
    rf"^(\W{{0,3}})((?:tjg\.?|tjänstgörande)\s+ers(?:\.|ättare)?\s+för\s+{NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}}\s*\(\s*[A-ZÅÄÖ]{{1,3}}\s*\))"
    rf"[ \t]+({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})(?:[ \t]+([A-ZÅÄÖ]{{1,3}}))?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _substitute_last(text: str) -> str:
    """"Tjg ersättare för Eva Ek (S)  Bo Al  S" → "Bo Al (S), tjg ers. för Eva Ek (S)": the substitute's row as
    the lists print it, the name first; same length, so offsets after the row are kept."""

    def turn(m: re.Match) -> str:
        party = f" ({m[4]})" if m[4] else ""
        replaces = re.sub(r"(?i)\bersättare\b", "ers.", m[2])  # the shorter form, to fit the party's parentheses
        row = f"{m[1]}{m[3]}{party}, {replaces[:1].lower()}{replaces[1:]}"
        return row + " " * (len(m.group()) - len(row)) if len(row) <= len(m.group()) else m.group()

    return SUBSTITUTE_LAST_RE.sub(turn, text)


def _unwrap_label_rows(text: str) -> str:
    """"Tjänstgörande Ove Ek (S) för" / "ersättare Kjell Ås (S)" → "Tjänstgörande ersättare Ove Ek (S) för Kjell Ås (S)":
    the label made whole and the values' tail moved up behind them; same length, so offsets after the row are kept
    (those inside it move by the label word's length)."""

    def unwrap(m: re.Match) -> str:
        if m[4] not in _tails_of(m[1]) or m[1].lower() not in _label_table()[0]:
            return m.group()
        row = f"{m[1]} {m[4]}{m[2]} {m[5]}"
        return row + " " * (len(m.group()) - len(row))

    return LABEL_ROW_RE.sub(unwrap, text)


def _wraps_role_first_entry(line: str, nxt: str) -> bool:
    """A list of "role Name" entries wrapped mid-entry: "…, grundskolechef Mikael" / "Sjöberg, …" (a role
    and a first name, the surname below) or "…, elevhälsochef" / "Rolf Bengtsson, …" (the role, the name
    below). Only in a list whose last entry before the break also has its role first."""
    entries = line.rstrip().split(",")
    if len(entries) < 2 or not re.match(NAME_TOKEN + r"(?=[\s,(]|$)", nxt):
        return False
    last, before = entries[-1].split(), entries[-2]
    name = NAME_RE.search(before)
    if not name or not _role_before(before[: name.start()]):
        return False  # the entry before the break does not have its role first
    if len(last) == 1:
        return bool(_role_of(last[0])) and bool(NAME_RE.match(nxt))
    first = re.fullmatch(NAME_TOKEN, last[-1])
    return bool(first) and last[-1] in nlp.first_names() and bool(_role_before(" ".join(last[:-1]) + " "))


TITLE_AT_LINE_END_RE = re.compile(rf"\b([{LOWER}]+) (?:på|vid|hos|inom)\s*$")


def _wraps_workplace(line: str, nxt: str) -> bool:
    """"…, berättar Eva Ek, rektor på" / "Östskolan.": a title and its preposition end the line, the workplace
    opens the next; or the title alone after the name and a school opens the next ("Eva Ek, rektor" / "Ås skola.")."""
    title = TITLE_AT_LINE_END_RE.search(line)
    if title and _role_of(title[1]) and re.match(rf"[{UPPER}]", nxt):
        return True
    bare = TITLE_AFTER_NAME_AT_LINE_END_RE.search(line)  # "… av Kim Ros, rektor" / "Norrby skola."
    return bool(bare and _role_of(bare[1]) and SCHOOL_OPENS_RE.match(nxt))


# "…, rektor" at a line's end after a name, a school's name opening the next line ("Norrby skola", "Ekbackeskolan")
# (in running text: a lower-case word before the name, not a column's bullet)
TITLE_AFTER_NAME_AT_LINE_END_RE = re.compile(rf"\b[{LOWER}]+ {NAME_TOKEN} {NAME_TOKEN}, ([{LOWER}]+)\s*$")
SCHOOL_OPENS_RE = re.compile(rf"[{UPPER}][{LOWER}]+(?: skola\b|skolan\b)")


ROLE_FIRST_RE = re.compile(rf"\b([{LOWER}]+) {NAME_TOKEN} {NAME_TOKEN}\b")


def _wraps_title_in_role_first_list(line: str, nxt: str, paragraph: str) -> bool:
    """"… och Eva Berg (Östskolan), biträdande rektor" / "Ola Sten (Västskolan) samt …": a whole title ends the
    line after a comma and a name opens the next, in a paragraph whose list puts titles first
    ("Närvarande var skolchef Lena Ek, …")."""
    title = line.rstrip().rsplit(",", 1)[-1].strip().lower() if "," in line else ""
    if not title or title not in nlp.role_forms() or not re.match(NAME_TOKEN + r" " + NAME_TOKEN + r"(?=[\s,(]|$)", nxt):
        return False
    if line.count(",") == 1 and ENTRY_LINE_RE.match(line) and ENTRY_LINE_RE.match(nxt):
        return False  # "Anna Ek, rektor" / "Per Lind, lärare": one entry a line
    return any(_role_of(m[1]) for m in ROLE_FIRST_RE.finditer(paragraph + line))


def _wraps_title(line: str, nxt: str) -> bool:
    """"Nämndens andre vice" / "ordförande Leyla Öztürk (V) anser …": a title wrapped before its last word,
    a name after it."""
    first = re.match(rf"(\S+) {NAME_TOKEN} {NAME_TOKEN}", nxt)
    words = line.split()
    return bool(first) and any(
        " ".join([*words[-size:], first[1]]).lower() in nlp.role_forms() for size in (1, 2, 3) if len(words) >= size
    )


LINE_END_FIRST_NAME_RE = re.compile(rf"(?:^|[\w,:]\s)({NAME_TOKEN})\s*$")  # "Föredragande: Eva" / "Ek, …": after a label too


# "Beslutande<TAB>…; Ylva Ek (M); Hanna" / "Eliasson (SD)": a grid cell's list ends with a first name after a separator
CELL_END_FIRST_NAME_RE = re.compile(rf"[;,]\s({NAME_TOKEN})\s*$")


def _wraps_first_name_of_cell(line: str, rest: str) -> bool:
    """A grid row whose list of people ends with a known first name, its surname opening the next line with
    no label cell of its own ("Eliasson (SD)", "Skog, nämndsekreterare"): the row wrapped mid-name."""
    first = CELL_END_FIRST_NAME_RE.search(line)
    below = rest.split("\n", 1)[0]
    surname = re.match(rf"({NAME_TOKEN})\s*[,(]", below)
    if not (first and surname) or CELL_SPLIT_RE.search(below.strip()) or first[1] not in nlp.first_names():
        return False
    if surname[1] in nlp.first_names() or surname[1] in _place_words():
        return False
    tail = below[surname.end(1) :]
    partied = (party := PARTY_RE.match(tail.lstrip())) and party[1].upper() in nlp.parties()  # "Lind (S)"
    return not nlp.is_common_word(surname[1]) or bool(partied or _roles_in(tail))  # "Skog, nämndsekreterare"


def _wraps_first_name(line: str, nxt: str) -> bool:
    """"… anmäls till Lena" / "Öberg, nämndsekreterare, …": a known first name ends the line and its
    surname, followed by a comma or parenthesis, opens the next one; after a title ("kontakta
    utvecklingsledare Ronja" / "Bäckström, …") a first name the list does not know does too."""
    first = LINE_END_FIRST_NAME_RE.search(line)
    surname = re.match(rf"({NAME_TOKEN})\s*(?:[,(]|\.(?:\s|$))", nxt)  # "… leddes av skolchef Per" / "Lind. Vi …"
    if not (first and surname):
        return False
    titled = bool(_role_before(line[: first.start(1)]))  # "till nämndsekreterare Linnea" / "Svärd, …": a word may be a surname
    if first[1] not in nlp.first_names() and not (titled and not nlp.is_common_word(first[1])):
        return False
    partied = (party := PARTY_RE.match(nxt[surname.end(1) :].lstrip())) and party[1].upper() in nlp.parties()  # "Lund (S)"
    return not (surname[1] in nlp.first_names() or (nlp.is_common_word(surname[1]) and not (titled or partied)) or surname[1] in _place_words())


def _wraps_replaced(line: str, nxt: str) -> bool:
    """"… ersätter Eva" / "Ek (S)", "i" / "stället för Y": a replacement the line break cut; not when the line's
    replaced member is whole and the next line opens an entry of its own ("… för Bo Al" / "Kim Lund (M), …")."""
    for m in REPLACES_RE.finditer(f"{line} {nxt}"):
        if m.start() < len(line) < m.end():
            return not (REPLACES_RE.match(line, m.start()) and (ENTRY_LINE_RE.match(nxt) or _party_cell_row(nxt)))
    return False


# "Elin Ask S", "Elin Ask S Tjänstgör": a roster row read with single spaces, the party cell after the name
PARTY_CELL_ROW_RE = re.compile(rf"\s*{NAME_TOKEN}(?: (?:{PARTICLE} ){{0,2}}{NAME_TOKEN}){{1,2}} ([A-ZÅÄÖ]{{1,3}})(?:\s|$)")


def _party_cell_row(line: str) -> bool:
    m = PARTY_CELL_ROW_RE.match(line)
    return bool(m and m[1] in nlp.parties())


WRAP_LOOKAHEAD = 8  # value lines a wrapped label's second line may come after


def wrapped_labels(text: str) -> grid.Stack:
    """Labels of a grid read row by row whose last word wrapped below their value ("Närvarande⇥Anna Ek (S)"
    … "ersättare"): the whole label for the first line; the word's line skipped, or its cell dropped
    ("" as its label) when values go on beside it."""
    table = _label_table()[0]
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n\f]+", text) if m.group().strip()]
    labels: dict[int, str] = {}
    skip: set[int] = set()
    for i, (start, line) in enumerate(lines):
        head = line[: _head_end(line)].strip()
        if not head or (head.lower() not in table and not _tails_of(head)):
            continue
        for later, below in lines[i + 1 : i + 1 + WRAP_LOOKAHEAD]:
            word = TAIL_SPECK_RE.sub("", below.split("\t", 1)[0].strip())
            if word.lower() in _tails_of(head) and ("\t" in line or word[:1].islower()):  # a heading below is no tail
                labels[start] = f"{head} {word}"
                if "\t" in below:
                    labels[later] = ""  # "ledamöter⇥ordförande; Olle Berg (C)": values go on
                else:
                    skip.add(later)
                break
            if "\t" in below or _split_labels(below)[0]:
                break  # the next row of the grid
    return grid.Stack(labels, frozenset(skip))


TAIL_SPECK_RE = re.compile(r"(?:\s+[^\w\s]{1,2})+\s*$")  # "tjänstgörande |": a speck OCR read after the label's word
HEAD_WORDS = 3  # words a label cut before its last word may have ("Ersättare, ej", "Ersättare (ej")


def _head_end(line: str) -> int:
    """Where a row's label cell ends: at its tab, or where a row OCR read without one has its first name
    ("Ersättare, ej Sten Ek (S), …"); 0 when the row has neither."""
    if "\t" in line:
        return line.index("\t")
    name = NAME_RE.search(line)
    first = line.split(" ", 1)[0]
    if name and name.start() == 0 and _tails_of(first) and NAME_RE.match(line, len(first) + 1):
        return len(first)  # "Närvarande Eva Ek (S), …": the label's word read as the name's first
    head = TAIL_SPECK_RE.sub("", line[: name.start()]).rstrip() if name else ""  # "Ersättare, ej ; Sten Ek": a speck before the name
    return len(head) if head and len(head.split()) <= HEAD_WORDS and _tails_of(head.strip()) else 0


def _tails_of(head: str) -> set[str]:
    """The words that complete `head` to a longer label ("närvarande" → "ersättare", "ledamöter")."""
    prefix = head.lower() + " "
    return {form[len(prefix) :] for form in _label_table()[0] if form.startswith(prefix)}


# "ersatt av": the substitute who replaced the member follows ("Eva Holm  S  Ersatt av Per Lind (S)")
REPLACED_BY = r"\b(?:[Ee]rsatt|[Ee]rsätts|[Ee]rsattes)\s+(?:[^\w\s]{1,2}[ \t]+)?av"  # "ersätts" / "” av": a speck between
# "tjänstgörande ersättare för Mats" / "Björck (L)": the member replaced, wrapped (OCR may add a blank line, and a
# speck after the first name: "i stället för Per-Anders," / "" / "Dahl (SD)", or before the surname: "| Dahl (SD)");
# "Ersatt av Per" / "" / "Lind (S)" the same
WRAPPED_REPLACED_RE = re.compile(
    rf"((?:{REPLACES}|{REPLACED_BY})\s+{NAME_TOKEN})(?P<speck>[,.]?[ \t]*)(\n\n?(?:[|'\"»”“][ \t]+)?)({NAME_TOKEN}(?:[\s,(][^\n]*)?)$", re.MULTILINE
)
# "Bo Al  S  tjänstgörande ersättare" / "" / "för Eva Ek (S)": the member replaced, wrapped past a blank line OCR added
WRAPPED_SERVING_FOR_RE = re.compile(
    rf"((?:tjg\.?|tjänstgörande)\s+ers(?:\.|ättare)?)([ \t]*\n[ \t]*\n[ \t]*)(för\s+{NAME_TOKEN}[^\n]*)$", re.MULTILINE | re.IGNORECASE
)
# "Per Holm (lektor," / "" / "Marks kommun)": a parenthesis after a name wrapped past a blank line OCR added
WRAPPED_PARENTHESIS_RE = re.compile(rf"({NAME_TOKEN} \([^()\n]*)(\n[ \t]*\n)([^()\n]*\))")
# "09.15  Föredrag (Eva" / "       Ek, docent, Lunds universitet)": a name in parenthesis in a program's cell wrapped
# onto the cell's indented next line
INDENTED_PARENTHESIS_RE = re.compile(rf"(\({NAME_TOKEN})(\n[ \t]+)({NAME_TOKEN}[,\s][^()\n]*\))")
# "09.20  Föredrag (Eva Ek, lektor, Umeå" / "       universitet)": the parenthesis's end on the cell's indented next line
INDENTED_PARENTHESIS_END_RE = re.compile(rf"(\({NAME_TOKEN} {NAME_TOKEN},[^()\n]*?)[ \t]*(\n[ \t]+)([^()\s][^()\n]*\))")
# "…; nämndsekreterare Per" / "" / "Lind": a titled first name ends a line, its surname alone on the line after a
# blank line OCR added
# "…; Eva Ek," / "" / "« samordnare, Timrå kommun": a list entry's title below a blank line OCR added, a speck before it
TITLE_BELOW_BLANK_RE = re.compile(rf"([;,][ \t]*{NAME_TOKEN} {NAME_TOKEN},)[ \t]*(\n[ \t]*\n[ \t]*(?:[«»•·|:;'`.,]+[ \t]+)?)([a-zåäö][^\n]*)$", re.MULTILINE)
LONE_SURNAME_RE = re.compile(rf"(\S+ ({NAME_TOKEN}))(\n[ \t]*\n)({NAME_TOKEN})[ \t]*$", re.MULTILINE)


def _join_lone_surname(m: re.Match) -> str:
    first, surname = m[2], m[4]
    if not (_role_before(m[1][: -len(first)]) and first in nlp.first_names()) or not _lone_surname(surname):
        return m[0]
    return m[1] + " " + surname + " " * (len(m[3]) - 1)


def _lone_surname(word: str) -> bool:
    """A word alone on a line that may be a surname: no first name, place, label or heading; a common word only
    if short, as many surnames are ("Ros", "Lind", "Berg")."""
    folded = word.lower()
    if word in nlp.first_names() or word in _place_words() or folded in _label_table()[0]:
        return False
    if folded in nlp.not_names() or folded in segment.section_headings():
        return False
    return not nlp.is_common_word(word) or len(word) <= 5


ENTRY_LINE_RE = re.compile(rf"\s*{NAME_TOKEN}(?: (?:{PARTICLE} ){{0,2}}{NAME_TOKEN}){{1,2}}\s*(?:[,(]|$)")


def _ends_with_place(text: str) -> bool:
    """"…, Uddevalla": an entry ending in its kommun ("Name, Kommun" one per line), not a name
    wrapped onto the next line."""
    word = re.findall(rf"[{UPPER}][{LOWER}-]+", text)[-1]
    return word in _place_words()


def _lines(text: str):
    for m in re.finditer(r"[^\n\f]+", text):
        yield m.start(), m.group()


# --- lines ----------------------------------------------------------------------------------


def _read_line(line: str, start: int, state: State, ctx: Context) -> list[Entry]:
    kommun, line = _kommun_prefix(line, start, state, ctx)
    entries = _read_row(line, start, state, ctx)
    state.kommun_rows = bool(state.columns) and (state.kommun_rows or bool(kommun and entries))
    if kommun and state.columns:
        for entry in entries:
            entry.affiliation = entry.affiliation or kommun
    return entries


KOMMUN_GAP_RE = re.compile(r":|\t+(?=\S)| {2,}(?=\S)|[ \t]*\|[ \t]*(?=\S)")  # "Sjöbo | Eva Ek": a rule OCR read  # after a kommun that leads a row: a colon or a cell gap
# "Tanum Ulrika Svanberg, förvaltningschef": the cell gap read as one space; a whole name and its comma must follow
KOMMUN_SPACE_RE = re.compile(rf" (?={NAME_TOKEN} {NAME_TOKEN}(?: {NAME_TOKEN})?\s*(?:,|\(|$))")


def _kommun_prefix(line: str, start: int, state: State, ctx: Context) -> tuple[str | None, str]:
    """"Skövde: Anna Berg, Lars Holm", "Skövde<TAB>Anna Berg, skolchef": a list row led by the kommun its
    people come from; the prefix is blanked (offsets kept) and the kommun returned. A name that is a surname
    too ("Tanum") leads a row as its kommun where the rows above were led by kommuner."""
    lead = len(line) - len(line.lstrip())
    hit = ctx.kommuner.get(start + lead)
    kommun = hit.text if hit else _kommun_under_kommuner(line[lead:], state)
    if kommun is None:
        return None, line
    at = lead + len(kommun)
    gap = KOMMUN_GAP_RE.match(line, at) or KOMMUN_SPACE_RE.match(line, at)
    if gap is None:
        return None, line
    cut = gap.end()
    return (hit.kommun.name if hit else kommun), " " * cut + line[cut:]


def _kommun_under_kommuner(row: str, state: State) -> str | None:
    word = row.split(maxsplit=1)[0] if row.strip() else ""
    return word if state.columns and state.kommun_rows and word in _kommun_names() else None


# specks OCR read in a row of a substitutes grid ("Eva Ek : S "Bo Al (S)"): a lone mark between cells, a quote
# before a name
GRID_SPECK_RE = re.compile(r"(?<=\s)(?:[:;|'\"`´]{1,2}(?=\s)|[\"'`´](?=[A-ZÅÄÖ][a-zåäö]))")


# a line that is only a range of paragraphs: the tail of a row's cell that wrapped ("Bo Al (S), §§" / "4-6")
WRAPPED_SURNAME_ROW_RE = re.compile(rf"^\W{{0,3}}{NAME_TOKEN}\s*\(\s*[A-ZÅÄÖ]{{1,3}}\s*\)\s*$")
WRAPPED_RANGE_RE = re.compile(r"^\W{0,3}\d+\s*[-–]\s*\d+(?:\s*(?:,|och)\s*\d+)*[\s,.]*$")


SPECKED_LABEL_RE = re.compile(r"\W{0,3}[a-zåäö][^\w\s]+[A-ZÅÄÖ]")  # "x&Frånvarande": a speck glued before a label


def _read_row(line: str, start: int, state: State, ctx: Context) -> list[Entry]:
    if state.replaced_by and state.columns:
        line = GRID_SPECK_RE.sub(lambda m: " " * len(m.group()), line)
    if SECTION_START_RE.match(line) and not PARAGRAPHS_RE.match(line.strip()) and not _wrapped_range_opens(line, state):
        state.columns = state.pending = state.members = None
        state.previous = []
        return []
    if state.columns and NAME_CAPTION_RE.match(line):
        return []  # "Namn  Funktion  Kommun" under "Närvarande": the table's captions, its rows follow
    if _opens_table_of_participants(line):
        state.columns = [_label_table()[0]["deltagare"]]  # "Namn  Funktion  Enhet" with no heading: those who met
        state.pending = state.members = None
        state.last = {}
        return []
    if state.columns and WRAPPED_RANGE_RE.match(line):
        return []  # "Bo Al (S), §§" / "4-6": a row's paragraphs cell wrapped, the grid goes on below
    if state.columns and WRAPPED_SURNAME_ROW_RE.match(line):
        return []  # "… tjänstgör för Rune" / "Backlund (SD)": a name of the row above wrapped, the grid goes on below
    party_first = LEADING_PARTY_RE.match(line) if state.columns else None
    party = _leading_party(party_first) if party_first else None
    if party_first and party:
        line = line[: party_first.start(1)] + " " * (party_first.end() - party_first.start(1)) + line[party_first.end() :]
        entries = _read_row(line, start, state, ctx)  # "S<TAB>Anna Ek, ordförande; Bo Al": the party column first
        for entry in entries:
            entry.party = entry.party or party  # every name on the row, the member replaced too
        return entries
    if OTHER_LABEL_RE.match(line) and not _label_table()[1].match(line):
        state.columns = state.pending = state.members = None  # "Anmärkning: …", "Justeringsdatum: …": the list above has ended
        state.last = {}
    line = _where_caption_first(_heading_beside_row(line, state), state)
    cells = _cells(line, start)
    if (
        len(cells) == 1
        and cells[0][1].lstrip(PUNCTUATION + "|;'")[:1].islower()
        and state.last
        and not _captions_under_row(cells[0][1], state)
        and not _abbreviated_role(cells[0][1])
        and not SPECKED_LABEL_RE.match(cells[0][1])
    ):
        # a wrapped lower-case tail, not a label
        labelled = [([], cells[0][1], cells[0][0])]
    else:
        labelled = [(*_split_labels(text), pos) for pos, text in cells]
    has_names = any(NAME_RE.search(rest) for _, rest, _ in labelled)
    if not has_names and any(labels for labels, _, _ in labelled):
        caption = REPLACED_BY_CAPTION_RE.search(line)
        state.replaced_by = bool(labelled[0][0] and caption and line[: caption.start()].strip())  # a caption row
        first = labelled[0][0]
        captions = all(COLUMN_CAPTION_RE.match(" " + text) for _, text, _ in labelled[1:])
        if len(first) == 1 and first[0].role and captions and COLUMN_CAPTION_RE.search(line):
            # "Ledamot  Parti  Ersatt av": a role label over a grid's first column, captions after it
            label = first[0]
            state.columns = [Label(_role_attendance(label), None, label.implies, not _role_default(label))]
            state.pending = None
            state.last = {}
            return []
        _label_row(
            [lb for labels, _, _ in labelled for lb in (labels or [Label(None, None)])],
            state,
        )
        return []
    entries: list[Entry] = []
    line_label: Label | None = None
    grid_role: list[Label] | None = None
    content_index = 0
    continued = False
    raw_cells = dict(cells)
    for labels, rest, pos in labelled:
        if entries and _presence_cell(raw_cells.get(pos, ""), entries[-1]):
            continue  # "Eva Ek (S)<TAB>Närvarande, ej tjänstgörande": the presence column of the row's person
        if labels and entries and not rest.strip() and all(lb.role and not lb.attendance for lb in labels):
            # "Anna Ek<TAB>S<TAB>ordförande": a role cell after the name on its row is that person's role
            entries[-1].roles += [lb.role for lb in labels if lb.role not in entries[-1].roles]
            continue
        if labels and _role_in_open_grid(labels[-1], rest, len(labelled), state):
            # "1:e v. ordf. Lisa Holm (L) Kim Lund (S)" in a two-column grid: the role is the first name's alone
            line_label = labels[-1]
            labels = []
            grid_role = [line_label, Label(None, None)]
        if labels and entries and not rest.strip() and _opens_next_column(labels[-1], state):
            state.columns[-1] = Label(labels[-1].attendance, None, labels[-1].implies)
            continue
        if labels:
            label = line_label = labels[-1]
            _interrupt_members(label, state)
            by_role = not label.attendance and not _role_default(label)
            state.columns = [Label(label.attendance or _caption_attendance(label), None, label.implies, by_role)]
            state.pending = None
            state.replaced_by = False
        if not rest.strip():
            continue
        if not labels and state.members and state.columns and MEMBER_ROW_RE.match(rest):
            state.columns, state.members = [state.members], None  # back in the members' column
        rest_pos = pos + _offset_of(rest, line, pos - start)
        column = _column(state, content_index, len(labelled), line)
        role_label = (
            line_label
            if line_label and line_label.role
            else _pending(state, content_index)
        )
        if _signature_captions(labels, rest):
            role_label = labels  # "Ordförande ; Justerare" joined to "Eva Ek Bo Al": each caption over its own signer
        spread = bool(state.columns and len(state.columns) > 1 and len(labelled) == 1)
        if grid_role and spread:
            role_label = grid_role
        if not line_label and state.pending and content_index == len(labelled) - 1 and len(state.pending) > content_index + 1:
            role_label = state.pending[content_index:]  # signature captions over a row whose last gaps OCR lost
        new = _read_cell(rest, rest_pos, column, role_label, state, ctx, spread)
        if new:
            entries += new
        elif entries and _grid_cell(rest, entries[-1]):
            continued = True
        elif _continue(rest, column, state) or (state.columns and _unread_entry(rest)):
            continued = True
        else:
            state.columns = None
        content_index += 1
    if state.replaced_by and state.columns and entries:
        entries[0].party = entries[0].party or _party_cell(entries[0].tail) or _party_read_as_five(entries)
    if state.replaced_by and state.columns and len(entries) == 2 and entries[0].party and not REPLACES_RE.search(entries[0].tail):
        _replaced_by(*entries, part=bool(PARAGRAPHS_RE.search(entries[0].tail)))
    if not entries and not continued:
        state.last = {}
    if not entries:
        state.previous = []
        if line_label is None and PROSE_END_RE.search(line):
            state.pending = None  # "Kaffe ingår.": a sentence between captions and the names they would label
    else:
        # a row of bare names (a signature row) may get its role labels from the line below
        bare = (
            line_label is None
            and state.pending is None
            and all(_is_bare(e) or _is_bare_but_party(e) for e in entries)
        )
        state.previous = entries if bare else []
        state.pending = None
    return entries


def _signature_captions(labels: list[Label], rest: str) -> bool:
    """Role captions only, one for each of the names that follow them on the line."""
    captions = len(labels) > 1 and all(lb.role and not lb.attendance for lb in labels)
    return captions and len(_name_spans(rest)) >= len(labels)


# "Sara Nord (L) Tjänstepersoner": a member of the left column, then a heading opening the right column's next list
ROW_THEN_HEADING_RE = re.compile(r"^(.*\([A-ZÅÄÖ]{1,3}\))[ \t]+([A-ZÅÄÖ][^()\d\n]*)$")


RANGE_OPENS_ROW_RE = re.compile(r"^\W{0,3}\d+\s*[-–]\s*\d+\s*[;,]")


def _wrapped_range_opens(line: str, state: State) -> bool:
    """"89-90; Eva Ek, rektor, …" after "Bo Al, ekonom, §§": the paragraphs of the entry above wrapped, the list goes on."""
    return bool(state.columns and RANGE_OPENS_ROW_RE.match(line))


WHERE_CAPTION_FIRST_RE = re.compile(r"^(\s*(?i:(kommun)|organisation|arbetsplats|skola|verksamhet))[ \t]+(?=\S)")


def _where_caption_first(line: str, state: State) -> str:
    """"Kommun Deltagare": a caption of where the people come from, then the heading over them (the cell gap
    perhaps read as one space, put back here); under "Kommun" every row is led by its kommun, the home one too."""
    m = WHERE_CAPTION_FIRST_RE.match(line)
    if not m:
        return line
    labels, rest = _split_labels(line[m.end() :])
    if not labels or rest.strip():
        return line
    state.kommun_rows = bool(m[2])
    return f"{m[1]}\t{line[m.end():]}"


def _heading_beside_row(line: str, state: State) -> str:
    """Set a heading the right column opens beside a left column's row apart as a cell of its own."""
    m = ROW_THEN_HEADING_RE.match(line) if state.columns and len(state.columns) > 1 else None
    if not m:
        return line
    labels, rest = _split_labels(m.group(2))
    return f"{m.group(1)}\t{m.group(2)}" if labels and labels[-1].attendance and not rest.strip() else line


def _opens_next_column(label: Label, state: State) -> bool:
    """A heading in a row's last cell after its names: the right column's list changes, the left goes on."""
    return bool(label.attendance and state.columns and len(state.columns) > 1)


def _role_in_open_grid(label: Label, rest: str, n_cells: int, state: State) -> bool:
    """A role label leading a one-cell row of two or more names while a grid of columns is open."""
    return bool(
        n_cells == 1 and label.role and not label.attendance and state.columns and len(state.columns) > 1
        and len(NAME_RE.findall(rest)) > 1
    )


# "Tove Ek (C)", "Stina Berg (M) för Kent Lund (M)": a member's row, a name and party with no title
MEMBER_ROW_RE = re.compile(
    rf"^\W{{0,3}}{NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}} \([A-ZÅÄÖ]{{1,3}}\)"
    rf"(?: för {NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}} \([A-ZÅÄÖ]{{1,3}}\))?\W{{0,3}}$"
)


def _interrupt_members(label: Label, state: State) -> None:
    """"Kommundirektör Anders Hed" under a grid of members and substitutes: OCR read the officials' rows of
    the right-hand column between the members' rows; a later member's row returns to the members' column."""
    if label.role and _role_default(label) == "övrig" and state.columns:
        state.members = next((c for c in state.columns if c.attendance == "beslutande"), state.members)


def _abbreviated_role(cell: str) -> bool:
    """"v. ordf. Per Lund (M)", "sekr. Jan Ros": an abbreviated role opening a row, not a wrapped tail."""
    m = _label_table()[1].match(cell)
    return bool(m and "." in m.group(1) and NAME_RE.match(cell[m.end() :].lstrip()))


# the caption row of a table of people under a heading: a name column, then what the rows tell of them
# ("Namn  Funktion / enhet  Närvaro": two captions of one column joined by a slash)
NAME_CAPTION_RE = re.compile(
    r"^\W{0,3}(?:(?:kommun|organisation|förvaltning|parti|funktion|roll|uppdrag)[\s,|]+)?"  # "Kommun  Namn och funktion": a column before
    r"namn(?:(?:[\s,|/]+|\s+och\s+)(?:funktion|befattning|roll|titel|uppdrag|kommun|organisation|förvaltning|arbetsplats|enhet"
    r"|skola|verksamhet|parti|e-post|telefon|närvaro|anmärkning(?:ar)?|kommentar))+\W{0,3}$",
    re.IGNORECASE,
)
PARTY_CAPTION_RE = re.compile(r"\bparti\b", re.IGNORECASE)


def _opens_table_of_participants(line: str) -> bool:
    """A caption row "Namn  Funktion  Enhet" with no heading above: a table of who met, each row's role and unit;
    a party column makes it a grid of members, read by the rules of protocols."""
    return bool(NAME_CAPTION_RE.match(line) and not PARTY_CAPTION_RE.search(line))


# "S<TAB>Anna Ek", "S > Anna Ek" (a speck after the party), "Vv Anna Ek" (a one-letter party OCR read twice)
LEADING_PARTY_RE = re.compile(rf"^\s*([A-ZÅÄÖ]{{1,3}}|[A-ZÅÄÖ][a-zåäö])(?:\t+|\s+)(?:[^\w\s]{{1,2}}\s+)?(?={NAME_TOKEN}\s+{NAME_TOKEN})")


def _leading_party(m: re.Match) -> str | None:
    party = m.group(1)
    if len(party) == 2 and party[1].islower():
        party = party[0] if party[1] == party[0].lower() else ""
    return party if party in nlp.parties() else None
OTHER_LABEL_RE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäö]+(?:\s[a-zåäö]+)?\s*:")  # a label the table does not know


# "Amira Holm (S), ersatt av Per-Olof Strand (S)", the substitute's name may wrap onto the next line; in a table
# row the party and presence cells between ("Amira Holm  S  frånvarande, ersätts av" / "Per-Olof Strand (S)",
# "Amira Holm (S)  Frånvarande, ersätts av Per-Olof Strand")
INLINE_REPLACED_BY_RE = re.compile(
    rf"({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})\s*(?:\([^)\n]{{1,4}}\)|[ \t]+[A-ZÅÄÖ]{{1,3}})?(?:[ \t]+(?i:frånvarande|frånv\.?))?,?\s*"
    rf"{REPLACED_BY}\s+"
    rf"({NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,2}})"
)


def _inline_replacements(text: str, entries: list[Entry]) -> None:
    """A member "ersatt av" a substitute in a list: the member was away, the substitute served."""
    for m in INLINE_REPLACED_BY_RE.finditer(text):
        substitute_name = " ".join(m.group(2).split())
        member = next((e for e in entries if e.offset == m.start(1) and e.name == m.group(1)), None)
        substitute = next((e for e in entries if e.offset >= m.start(2) and e.name.split()[-1] == substitute_name.split()[-1]
                           and e.offset <= m.end(2)), None)
        if not member:
            continue
        if "\n" in m.group(2) and (whole := next((e for e in entries if e.offset == m.start(2) and substitute_name.startswith(f"{e.name} ")), None)):
            substitute = whole  # "ersatt av Bo Al" / "Eva Ek (M)": the next line opens an entry of its own
        elif substitute is None:  # the name wrapped across lines and was read in two halves
            party = PARTY_RE.match(text[m.end(2) :].lstrip(" "))
            substitute = Entry(substitute_name, m.start(2), "beslutande", party and party.group(1), confidence=0.8)
            entries.append(substitute)
        elif substitute.name != substitute_name and substitute_name.endswith(substitute.name):
            substitute.name = substitute_name
        _replaced_by(member, substitute)


# "Tobias Ek (C), tjänstgörande  Malin Berg, sekreterare" / "" / "ersättare för Anna Ås (M)": in a two-column grid
# read row by row, a serving substitute's role wrapped below the row, the other column's cell between
SERVING_CUT_RE = re.compile(
    rf"({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}}) \(\s*[A-ZÅÄÖ]{{1,3}}\s*\),?[ \t]+(?:tjänstgörande|tjg\.?)[ \t]+{NAME_TOKEN}[^\n]*\n"
    rf"(?:[ \t]*\n)?[ \t]*ersättare\s+för\s+({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})"
)


def _wrapped_serving(text: str, entries: list[Entry]) -> None:
    """A substitute whose "tjänstgörande" ends their cell and whose "ersättare för Y" opens the line below: they
    served for Y, who was away."""
    for m in SERVING_CUT_RE.finditer(text):
        substitute = next((e for e in entries if e.offset == m.start(1) and e.name == m.group(1)), None)
        if substitute is None:
            continue
        member = next((e for e in entries if e.name == m.group(2)), None)
        if member is None:
            party = PARTY_RE.match(text[m.end(2) :].lstrip(" "))
            member = Entry(m.group(2), m.start(2), "frånvarande", party and party.group(1), confidence=0.8)
            entries.append(member)
        _replaced_by(member, substitute)


# "Frånvarande, ersätts av Maja Rask" / "(KD)" / "" / "Lena Ek (KD)": a member table's presence cell OCR read before
# the name of its row, the member alone on a line below it
CELL_BEFORE_ROW_RE = re.compile(
    rf"^\W{{0,3}}(?i:frånvarande|frånv\.?),?\s+{REPLACED_BY}\s+({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})(?:\s*\([^()\n]{{1,4}}\))?"
    rf"[ \t]*\n(?:[ \t]*\n)?[ \t]*({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}}) \(\s*[A-ZÅÄÖ]{{1,3}}\s*\)[ \t]*$",
    re.MULTILINE,
)


def _presence_cell_before_row(text: str, entries: list[Entry]) -> None:
    """The member below a stray "Frånvarande, ersätts av X" was away, X served for them."""
    for m in CELL_BEFORE_ROW_RE.finditer(text):
        substitute = next((e for e in entries if e.name == m.group(1)), None)
        member = next((e for e in entries if e.offset == m.start(2) and e.name == m.group(2)), None)
        if substitute and member and member.attendance == "beslutande":
            _replaced_by(member, substitute)


def _replaced_by(member: Entry, substitute: Entry, part: bool = False) -> None:
    """"Amra Begic  S  Oscar Lundin (S)" under "Ledamot  Parti  Ersatt av": the member was away; `part`:
    the member served the paragraphs beside their name ("Eva Ek (S), §§ 1-3  Bo Al (S)") and is not absent."""
    member.attendance = member.attendance if part else "frånvarande"
    member.roles = member.roles or ["ledamot"]
    substitute.attendance = "beslutande"
    substitute.roles = [r for r in substitute.roles if r != "ledamot"] + ["ersättare"]


# a presence column's marks ("Ledamot  Parti  Närvaro" / "Anna Berg  S  x"); absent marks last
PRESENCE_RE = re.compile(r"^\s*(?:(?P<present>x|ja|närvarande|närv\.?|deltog)|(?P<absent>-|nej|frånvarande|frånv\.?|anmält förhinder))\s*$", re.IGNORECASE)


def _grid_cell(cell: str, entry: Entry) -> bool:
    """A party or presence cell of the row's person: "Anna Berg, ordförande  S  x"."""
    party = _bare_party(cell) if BARE_PARTY_RE.fullmatch(cell.strip()) else None
    if party and not entry.party:
        entry.party = party
        return True
    mark = PRESENCE_RE.match(cell)
    if mark and mark.group("absent"):
        if entry.attendance == "beslutande" and not entry.roles:
            entry.roles.append("ledamot")  # a member marked absent in the members' grid
        entry.attendance = "frånvarande"
    return bool(mark)


# "Närvarande", "Tjänstgörande", "Närvarande, ej tjänstgörande", "Frånvarande": a presence column's cell in words
PRESENCE_PHRASE_RE = re.compile(
    r"^\W{0,2}(?:(?P<absent>frånvarande)|närvarande|(?P<served>tjänstgörande))(?P<not_served>,?\s+(?:ej|icke|inte)\s+tjänstgörande)?\W{0,2}$",
    re.IGNORECASE,
)


NEGATION_END_RE = re.compile(r"\b(?:ej|icke|inte)\W*$", re.IGNORECASE)


def _presence_cell(cell: str, entry: Entry) -> bool:
    """A presence cell in words after the name on its row: a substitute serving takes part in the decisions, a
    member away is absent."""
    m = PRESENCE_PHRASE_RE.match(cell)
    if not m or NEGATION_END_RE.search(entry.tail):
        return False  # "Eva Ek (M), ej  tjänstgörande": the cell ends a phrase the row's tail began
    if m.group("absent"):
        _mark_absent(entry)
    elif m.group("served") and entry.attendance == "ersättare":
        entry.attendance = "beslutande"
        entry.roles += [] if "ersättare" in entry.roles else ["ersättare"]
    return True


MARK = r"(?:[Xx×]{1,2}|[-–—])"
MARKS_RE = re.compile(r"[Xx×]{1,2}(?: [Xx×]{1,2})*")  # "Xx Xx": presence and vote marks, no name
# "Stefan Holm M X X", "Eva Sjöberg (för Oskar Lind) 5 X", "Oskar Lind - -": a row of a presence and vote
# list whose cell gaps OCR read as single spaces; the party cell (S read as 5, "Vv" for V) then the marks,
# perhaps one letter of ruling after them
MARK_CELLS_RE = re.compile(
    rf"(?:^|\s)(?:(?P<party>[A-ZÅÄÖ5]{{1,3}}|([A-ZÅÄÖ])(?i:\2))\s+)?(?P<marks>{MARK}(?:\s+{MARK})*)(?:\s+[A-ZÅÄÖ])?\s*$"
)


def _mark_cells(entry: Entry, tail: str) -> None:
    """The party and presence cells after a name in a presence list ("Ledamöter  Parti  Närv.  Ja  Nej"):
    the first mark is the presence cell, a dash there marks the member absent."""
    row = re.sub(r"\([^()]*\)", " ", tail)  # "(för Oskar Lind)": the member replaced, read elsewhere
    m = MARK_CELLS_RE.search(row)
    if not m or not _only_tail_words(row[: m.start()].replace(":", " ")):
        return
    party = (m.group("party") or m.group(2) or "").replace("5", "S")
    party = party if party in nlp.parties() else None
    marks = m.group("marks").split()
    if not party and len(marks) < 2:
        return  # a lone dash after a name is no cell
    entry.party = entry.party or party
    if marks[0] in "-–—":
        listed = {"beslutande": "ledamot", "ersättare": "ersättare"}.get(entry.attendance)
        if listed and not entry.roles:
            entry.roles.append(listed)  # a member or substitute marked absent in the list
        entry.attendance = "frånvarande"


def _unread_entry(cell: str) -> bool:
    """"» Emir Hod2it, elevhälsochef, Ludvika": a list entry whose name OCR garbled; the list goes on."""
    head, _, tail = cell.partition(",")
    return bool(tail) and bool(re.search(rf"[{UPPER}]", head)) and bool(_roles_in(tail))


def _is_bare(entry: Entry) -> bool:
    return not (
        entry.roles or entry.party or entry.affiliation or entry.tail.strip(PUNCTUATION)
    )


def _is_bare_but_party(entry: Entry) -> bool:
    """"Kerstin Åberg (M)" over a signature caption: a name and its party only."""
    return bool(entry.party) and not (entry.roles or entry.affiliation) and not PARTY_RE.sub("", entry.tail).strip(PUNCTUATION)


def _label_row(labels: list[Label], state: State) -> None:
    """A line of headings or role labels: open columns, or await the names below."""
    if any(lb.attendance for lb in labels):
        state.columns = labels
        state.last = {}
        state.members = None
    roles = [lb for lb in labels if lb.role]
    if not roles:
        return
    if state.previous and len(state.previous) == len(labels):
        # labels printed under signatures
        for entry, label in zip(state.previous, labels):
            if label.role and label.role not in entry.roles:
                entry.roles.append(label.role)
        state.previous = []
        return
    if not any(lb.attendance for lb in labels):
        state.columns = None  # signatures say who signs, not who attended
    state.pending = labels


def _captions_under_row(cell: str, state: State) -> bool:
    """"ordförande  nämndsekreterare" in lower case under a row of two bare names whose column gap
    OCR lost: one role caption per name, not the last name's wrapped tail."""
    labels, rest = _split_labels(cell)
    return len(state.previous) >= 2 and len(labels) == len(state.previous) and not rest.strip()


def _role_default(label: Label) -> str | None:
    role = nlp.role_forms().get(label.role or "")
    return role.attendance if role else None


def _role_attendance(label: Label) -> str:
    role = nlp.role_forms().get(label.role or "")
    return (role.attendance if role else None) or "närvarande"


def _caption_attendance(label: Label) -> str:
    """"Rätt utdraget intygar: Sanna Lilja": a caption that names neither role nor attendance tells only
    that the person signs, as a signature row does; a role label tells its role's attendance."""
    return _role_attendance(label) if label.role else "omnämnd"


def _cells(line: str, start: int) -> list[tuple[int, str]]:
    cells, pos = [], 0
    for piece in CELL_SPLIT_RE.split(line):
        at = line.find(piece, pos)
        if piece.strip() and cells and (_bare_party(piece) or _party_and_mark(piece)):
            first = cells[-1][0] - start  # "Anna Ek<TAB>S": a party column belongs to the name before it
            cells[-1] = (cells[-1][0], line[first : at + len(piece)])
        elif piece.strip():
            cells.append((start + at, piece))
        pos = at + len(piece)
    return cells


# "C Närvarande": a party cell and a presence cell whose gap OCR read as one space
PARTY_AND_MARK_RE = re.compile(r"^\s*([A-ZÅÄÖ]{1,3})\s+(\S.*)$")


def _party_and_mark(cell: str) -> bool:
    """"Anna Berg | C Närvarande": the party and presence cells after a name a speck split off; the name's row."""
    both = PARTY_AND_MARK_RE.match(cell)
    return bool(both and both[1] in nlp.parties() and PRESENCE_RE.match(both[2]))


# "Eva Ek  S . - Förhinder  Bo Al (S)", "Eva Ek  KD §§ 1-3  Bo Al (KD)": the party cell after the name, the row's
# other cells (a speck, the presence or paragraphs served) after a space
ROLE_LEAD_RE = re.compile(r"[\W\d]*(?:\d:?[ae]\s+)?")  # ", " or ", 2:e " before the role in a row's tail
PARTY_CELL_RE = re.compile(r"^\s*([A-ZÅÄÖ]{1,3})(?=\s+\S)")


def _party_cell(tail: str) -> str | None:
    """The party cell opening a grid row's tail after the member's name and the role it gives
    ("Eva Ek, 2:e v ordf.  SD  Närvarande")."""
    roles = list(_roles_re().finditer(tail))
    if roles and ROLE_LEAD_RE.fullmatch(tail[: roles[0].start()]):
        tail = tail[roles[-1].end() :].lstrip(".")
    m = PARTY_CELL_RE.match(tail)
    return m[1] if m and m[1] in nlp.parties() else None


def _party_read_as_five(entries: list[Entry]) -> str | None:
    """"Eva Ek  5  Bo Al (S)": a member's party cell OCR read as 5, the substitute beside it on the row."""
    return "S" if len(entries) == 2 and entries[0].tail.strip() == "5" else None


def _bare_party(cell: str) -> str | None:
    """The party of a cell or tail that starts with a bare abbreviation: "S", ", M, ordförande"."""
    m = BARE_PARTY_RE.match(cell)
    party = m.group(1) if m else None
    if party and "5" in party:  # OCR reads S as 5: "Bo Nord, 5" (after a comma only: a speck may stand alone)
        party = party.replace("5", "S") if cell.lstrip().startswith(",") else None
    return party if party in nlp.parties() else None


def _offset_of(rest: str, line: str, cell_at: int) -> int:
    found = line.find(rest, cell_at)
    return found - cell_at if found >= 0 else 0


def _pending(state: State, index: int) -> Label | None:
    if not state.pending:
        return None
    return state.pending[min(index, len(state.pending) - 1)]


def _column(state: State, index: int, n_cells: int, line: str) -> int:
    if state.columns and len(state.columns) > 1 and n_cells > 1:
        return min(index, len(state.columns) - 1)
    if state.columns and len(state.columns) > 1 and line[:1] in (" ", "\t"):
        # an indented lone cell sits in the right-hand column
        return len(state.columns) - 1
    return 0


@lru_cache(maxsize=1)
def _label_table() -> tuple[dict[str, Label], re.Pattern]:
    labels: dict[str, Label] = {}
    for form, role in nlp.heading_forms().items():
        labels[form] = Label(role.attendance, None, None if role.normalized == "-" else role.normalized)
    for form, role in nlp.role_forms().items():
        labels.setdefault(form, Label(None, role.normalized))
    for form in [f for f in labels if f.startswith("ö")]:
        labels.setdefault("o" + form[1:], labels[form])  # "Ovriga närvarande": OCR lost the capital Ö's dots
    for form, kind in segment.section_headings().items():
        if kind == "signatures":  # a signature caption that names no role ("Rätt utdraget intygar")
            labels.setdefault(form, Label(None, None))
    for form, kind in grid.OTHER_LABELS.items():
        if kind != grid.PERSON and "juster" in form:  # "Justerare  Justeringsdatum": the signing's date, no role
            labels.setdefault(form, Label(None, None))
    body = "|".join(re.escape(f) for f in sorted(labels, key=len, reverse=True))
    return labels, re.compile(
        rf"{OCR_LEAD}({body})(?![\w])\s*([:/—–-]|\s|$)", re.IGNORECASE
    )


BARE_PARTY_RE = re.compile(r"^[\s,]*([A-ZÅÄÖ5]{1,3})(?=\s*(?:[,;]|$)|\s+[a-zåäö]\s*$)")  # "S i": a speck after it
PARAGRAPHS_LABEL_RE = re.compile(r"\s*(?:paragrafer|§§)", re.IGNORECASE)  # "Sekreterare  Paragrafer 40-52"
# column captions printed after a heading on one line ("Beslutande ledamöter Parti", "Närvarande  Enhet / roll"),
# perhaps explained in a parenthesis ("Ersätts av (tjänstgörande ersättare)")
COLUMN_CAPTION_RE = re.compile(
    r"(?:\s*(?:[/&–-]\s*)?\(?(?:(?:parti(?:beteckning)?|partigrupp|grupp|närvaro|närvarande|frånvaro|§§|kommentar|anmärkning(?:ar)?|anteckning(?:ar)?|ersatt av|ersätts av|"
    r"tjänstgörande ersättare|ersättare|ersätter|ja|nej|avstår|enhet|funktion|befattning|titel|roll)\b|(?:närv|frånv)\.)\)?){1,5}\s*$",
    re.IGNORECASE,
)
# a column of substitutes beside the members ("Ledamot  Parti  Ersatt av"): a second name on a row replaces the first
# or who served in the member's place ("Ledamöter  Tjänstgörande  Ja  Nej": a name there, else a mark); not a column
# of substitutes who did not serve ("Beslutande ledamöter  Ej tjänstgörande ersättare": two lists side by side)
REPLACED_BY_CAPTION_RE = re.compile(
    r"\b(?:ersatt|ersätts)\s+av\b|(?<!ej )(?<!icke )(?<!inte )\btjänstgörande(?: ersättare)?(?:\s+(?:ja|nej|avstår)\b)*\s*$",
    re.IGNORECASE,
)
# "XQRTM  Justerande  Rätt utdraget intygar": the first signature caption read as capitals where a signature
# crossed it
# a telephone number or e-mail address at a line's end, as printed under a signature
CONTACT_TAIL_RE = re.compile(
    r"[,;]?\s*(?:(?:tel\.?|telefon|tfn)\s*:?\s*)?(?:(?:\+46\s?|0)\d{1,3}\s?[-–]\s?\d{2,3}(?:\s?\d{2,3}){1,3}|[\w.-]+@[\w-]+(?:\.[\w-]+)+)\s*$",
    re.IGNORECASE,
)
# captions of a table's columns after its heading, one saying where the people come from ("Funktion  Kommun")
WHERE_CAPTION_RE = re.compile(
    r"^(?:[\s,|/]*(?:funktion|befattning|roll|titel|uppdrag|kommun|organisation|förvaltning|arbetsplats|skola|verksamhet))*"
    r"[\s,|/]*(?:kommun|organisation|förvaltning|arbetsplats|skola|verksamhet)\W{0,3}$",
    re.IGNORECASE,
)
SCRIBBLED_CAPTION_RE = re.compile(r"^\W{0,3}([A-ZÅÄÖ]+)\s+")
SPECK_RE = re.compile(r"\s*[^\s\w]{1,2}\s+|\s*[a-zåäö]{1,2}\s+")
AGENDA_POINT_RE = re.compile(r"(?:punkt|p\.)\s*\d{1,2}(?:\s*(?:och|,)\s*\d{1,2})*\s*:\s*", re.IGNORECASE)
LONE_SPECK_RE = re.compile(r"\s*[a-zåäö]\s*")  # one lower-case letter alone after a label, at its line's end
COLON_SPECK_RE = re.compile(rf"[a-zåäö](?=\s+{NAME_TOKEN} {NAME_TOKEN})")


def _split_labels(cell: str) -> tuple[list[Label], str]:
    """Leading headings or role labels of a cell ("BESLUTANDE ERSÄTTARE"), and what follows."""
    if (contact := CONTACT_TAIL_RE.search(cell)) and contact.start() > 0:
        labels, rest = _split_labels(cell[: contact.start()])
        if labels and not rest.strip():
            return labels, ""  # "Ordförande  Nämndsekreterare, 0521-72 10 00": captions, a telephone number after the last
    table, pattern = _label_table()
    found: list[Label] = []
    rest = cell
    while m := pattern.match(rest):
        after = rest[m.end() :]
        if found and (m.group(1)[:1].islower() or _title_after_heading(found[-1], table[m.group(1).lower()])) and NAME_RE.match(after.lstrip()):
            break  # "Övriga närvarande: förvaltningschef Sara Ahl, …", "Övriga Kommundirektör Eva Ek, …": a role before a name in the list
        point = AGENDA_POINT_RE.match(after)
        if point:
            after = after[point.end() :]  # "Gäst punkt 3: Eva Ek": the item the heading's people came for
        if m.group(2) == ":" and (speck := COLON_SPECK_RE.match(after)):
            after = after[speck.end() :]  # "Frånvarande:t Eva Ek": a speck OCR glued to the colon
        if not m.group(2).strip() and LONE_SPECK_RE.fullmatch(after):
            after = ""  # "Deltagare i": a speck OCR read after a heading that ends its line
        if not m.group(2).strip() and not point and _is_prose(after):
            speck = SPECK_RE.match(after)  # "Ordförande et Kommunsekreterare": OCR noise between captions
            if not (speck and pattern.match(after[speck.end() :])):
                break  # "Ordförande ställer frågan", "Rektor Eva Ek berättar": running text
            after = after[speck.end() :]
        found.append(table[m.group(1).lower()])
        rest = after
    if not found and (scribble := SCRIBBLED_CAPTION_RE.match(cell)) and _scribble(scribble[1]):
        captions, after = _split_labels(cell[scribble.end() :])
        if captions and not after.strip() and not any(lb.attendance for lb in captions):
            return [Label(None, None), *captions], ""  # its column kept, so the names below keep theirs
    if len(found) > 1 and not (found[0].role or found[0].attendance):
        found = found[1:]  # "Underskrifter Sekreterare …": a leading block heading takes no column
    if found and (COLUMN_CAPTION_RE.match(rest) or WHERE_CAPTION_RE.match(rest)):
        rest = ""  # "Beslutande ledamöter Parti Närvaro", "Närvarande Funktion Kommun": captions of the columns, no names
    return found, (rest if found else cell)


def _title_after_heading(heading: Label, label: Label) -> bool:
    """An official's title (a role whose people are 'övrig') after an attendance heading: the first entry's title."""
    return bool(heading.attendance and label.role and not label.attendance and _role_default(label) == "övrig")


def _scribble(word: str) -> bool:
    """A run of five capitals or more (organs' abbreviations are shorter: "BUN", "KSAU") that is no word or
    heading ("SAMMANTRÄDESPROTOKOLL")."""
    return len(word) >= 5 and not (
        nlp.is_common_word(word) or word.lower() in segment.section_headings()
        or any(word.lower().endswith(t) for t in ("protokoll", "utdrag", "kallelse"))
    )


GLUED_QUOTE_RE = re.compile(rf"^\s*[«»„”\"'`´](?=[{UPPER}])")  # "Övriga närvarande «Eva Ek, …": a speck glued to the name


def _is_prose(rest: str) -> bool:
    """Whether the text after a label word reads as a sentence rather than a list entry."""
    if not rest.strip() or _label_table()[1].match(rest) or PARAGRAPHS_LABEL_RE.match(rest):
        return False
    if re.fullmatch(r"\s*[^\w\s]{1,2}\s*", rest):
        return False  # "Sekreterare  Ordförande  Justerande '": a speck OCR read at the end of the captions
    if COLUMN_CAPTION_RE.match(rest):
        return False
    text = GLUED_QUOTE_RE.sub("", re.sub(r"^\s*(?:[^\w\s]{1,2}\s+)?", "", rest))  # "Förhinder . Jonas Åström": a speck before the name
    named = NAME_RE.search(text)
    role = _role_before(text[: named.start()]) if named else None
    if role and role[1] == len(text[: named.start()].rstrip()):
        text = text[named.start() :]  # "kulturchef Ola Ström, …": a list entry with its title first
    name = NAME_RE.match(text)
    if not name:
        return True
    after = text[name.end() :]
    after = _roles_re().sub(" ", PARTY_RE.sub(" ", PARAGRAPHS_RE.sub(" ", after)))
    words = [w for w in re.findall(rf"\b[{LOWER}]{{2,}}\b", after) if not _title_re().fullmatch(w)]
    return len(words) >= 2  # "Eva Ek, sektorchef utbildning": an unlisted title and its field are no sentence


# --- cells ----------------------------------------------------------------------------------


PARTY_THEN_CAPITAL_RE = re.compile(rf"^\s*\(\s*[A-ZÅÄÖ]{{1,3}}\s*\)[ \t]+(?=[{UPPER}])")


def _role_beside(between: str) -> tuple[str, int] | None:
    """"(S) Kommunchef ": a member's party, then a capitalised role alone before the next name (two columns, the
    officials beside the members, the gap read as one space): the role and where it starts."""
    m = PARTY_THEN_CAPITAL_RE.match(between)
    if not m:
        return None
    rest = between[m.end() :]
    found = _role_before(rest)
    return (found[0], m.end()) if found and found[1] == len(rest.rstrip()) else None


def _read_cell(
    cell: str,
    offset: int,
    column: int,
    role_label: Label | list[Label] | None,
    state: State,
    ctx: Context,
    spread: bool = False,
) -> list[Entry]:
    """Entries of one cell. `spread`: a grid row whose column gap OCR lost, so the second
    person on the line belongs to the second column."""
    entries: list[Entry] = []
    # a place or body ("…, utvecklingsledare, Region Dalarna (sekreterare)") is part of the tail
    matches = [
        m for m in _name_spans(cell)
        if not (_inside_replacement(cell, m) or _is_place_or_body(m.text, m.text.split()) or MARKS_RE.fullmatch(m.text))
    ]
    if _serving_substitutes(role_label, state.columns[column] if state.columns else None):
        matches = _without_replaced(cell, matches)
    captions = role_label if isinstance(role_label, list) else None
    # "förvaltningschef Sara Ahl, nämndsekreterare Jan Ros": each role stands before its name
    roles_first = bool(matches) and bool(_strip_role_word(matches[0].text)[1] or _role_word_before(cell[: matches[0].start]))
    # "Kommundirektör Eva Ek, sekreterare Per Al": the role label before the first name is that name's alone
    first_only = _label_opens_roles_first(cell, matches, role_label)
    roles_first = roles_first or first_only
    wrapped_title = _list_title_ending_line_above(ctx.text, offset + matches[0].start) if matches and (role_label or state.columns) else None
    roles_first = roles_first or bool(wrapped_title)
    previous: tuple[int, Entry] | None = None  # the last match read and its entry
    for i, m in enumerate(matches):
        if captions:
            role_label = captions[min(i, len(captions) - 1)]
        if spread and i > 0:
            column = min(i, len(state.columns) - 1)
        heading = state.columns[column] if state.columns else None
        in_list = heading is not None or role_label is not None
        name, role_before = _strip_role_word(m.text)
        name = _drop_opening_word(name)
        before = cell[: m.start]
        if i == 0 and _tail_of_entry_above(before, column, state):
            before = ""
            _body_ends_entry_above(cell[m.start :], column, state)
        tail_end = matches[i + 1].start if i + 1 < len(matches) else len(cell)
        if i + 1 < len(matches) and (beside := _role_beside(cell[m.end : tail_end])):
            tail_end = m.end + beside[1]  # "Eva Ek (S) Kommunchef Bo Al": the next column's role is not this one's
        elif roles_first and i + 1 < len(matches) and _role_word_before(cell[:tail_end]):
            before_next = cell[:tail_end].rstrip()
            tail_end = len(before_next) - _role_before(cell[:tail_end])[1]  # the next name's role is not this one's
        tail = whole_tail = cell[m.end : tail_end]
        if not in_list:
            tail = _near_tail(tail)
        between = cell[matches[i - 1].end : m.start] if i > 0 else ""
        after_entry = re.search(r"[,)]", between) and not CONJOINED_TITLE_RE.search(between)
        beside = _role_beside(between) if i > 0 else None
        role_word = role_before or (beside[0] if beside else None) or (None if after_entry and not roles_first else _role_word_before(before))
        role_word = role_word or (wrapped_title if i == 0 and not before.strip() else None)
        if not (role_word or in_list or before.strip()):
            role_word = _title_ending_line_above(ctx.text, ctx.text.rfind("\n", 0, offset + m.start) + 1, offset + m.start)
        if role_word and not in_list and not tail.strip() and (at := WORKPLACE_AFTER_NAME_RE.match(whole_tail)):
            tail = at.group()  # "Rektor Eva Ek på Ekskolan berättar …": where the titled person works
        if role_word and (cut := _titled_item_after(tail)) is not None:
            tail = tail[:cut]  # "Skolchef Eva Ek, Rektor Ekskolan": the list's next item, a title of its own
        evidence = bool(
            in_list or role_word or PARTY_RE.match(tail.lstrip()) or _roles_in(tail)
            or _over_signature_captions(ctx.text, offset + m.end, len(matches))
        )
        confidence = _name_confidence(name, evidence)
        if confidence is None or (not evidence and _opens_sentence_as_word(name, before)):
            continue
        attendance = heading.attendance if heading and heading.attendance else "omnämnd"
        entry = Entry(name, offset + m.start, attendance, confidence=confidence)
        if role_label and role_label.role and not (first_only and i > 0):
            entry.roles.append(role_label.role)
        if heading and heading.implies:
            entry.roles.append(heading.implies)
        if role_word:
            entry.roles.append(role_word)
        entries += _apply_tail(entry, tail, offset + m.end, ctx)
        if not in_list and previous and previous[0] == i - 1:
            _share_workplace(previous[1], cell[matches[i - 1].end : m.start], entry)
        previous = (i, entry)
        if heading:
            _mark_cells(entry, tail)
        if heading and heading.by_role and entry.party:
            entry.attendance = "beslutande"  # "Ordförande Göran Lidström (S)", "Utses att justera X (M)"
        state.last[column] = entry
    return entries


def _over_signature_captions(text: str, at: int, names: int) -> bool:
    """"Eva Ek (S) Ronja Al" over "Ordförande | Nämndsekreterare": a row of two or more signers' names with a
    role caption for each on the line below, so each name is a person whether or not its first name is known."""
    end = text.find("\n", at)
    if names < 2 or end < 0:
        return False
    below = text[end + 1 : (text.find("\n", end + 1) + 1 or len(text) + 1) - 1]
    labels, rest = _split_labels(below.strip())
    return len(labels) >= names and all(lb.role and not lb.attendance for lb in labels) and not rest.strip(PUNCTUATION + " |")


# "Tjänstgörande ersättare  Ove Ek för Lisa Al (V)": a bare "för" between two names in the serving substitutes' row
BARE_FOR_GAP_RE = re.compile(r"\s+för\s+")
SERVING_FOR_RE = re.compile(rf"^\s+för\s+({NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})")


def _serving_substitutes(*labels: Label | list[Label] | None) -> bool:
    """A label or heading of substitutes who serve ("Tjänstgörande ersättare")."""
    return any(
        isinstance(lb, Label) and lb.attendance == "beslutande" and "ersättare" in (lb.role, lb.implies)
        for lb in labels
    )


def _without_replaced(cell: str, matches: list[Span]) -> list[Span]:
    """The names of a serving substitutes' row but the member each replaces ("Ove Ek för Lisa Al")."""
    return [m for i, m in enumerate(matches) if not (i and BARE_FOR_GAP_RE.fullmatch(cell[matches[i - 1].end : m.start]))]


def _label_opens_roles_first(cell: str, matches: list[Span], role_label: Label | list[Label] | None) -> bool:
    """A role label, then a name, a comma and a lower-case role before the next name: each role stands
    before its own name ("Kommundirektör Eva Ek, sekreterare Per Al")."""
    if not isinstance(role_label, Label) or not role_label.role or len(matches) < 2:
        return False
    between = cell[matches[0].end : matches[1].start]
    return "," in between and bool(_role_word_before(between))


CAPITALISED_ITEM_RE = re.compile(rf"[,;]\s*([{UPPER}][{LOWER}]+)\b")


def _titled_item_after(tail: str) -> int | None:
    """Where a role-first list's next item opens with a capitalised title ("…, Rektor Ekskolan"): that title is not
    the name's before it."""
    for m in CAPITALISED_ITEM_RE.finditer(tail):
        if _role_of(m[1].lower()):
            return m.start()
    return None


def _drop_opening_word(name: str) -> str:
    """"Kontakta Rut Hed", "Välkomna Eva Lind": a capitalised Swedish word that is no first name, standing before a
    known first name and a surname, is not part of the name."""
    tokens = name.split()
    if len(tokens) == 3 and tokens[0] not in nlp.first_names() \
            and (nlp.is_common_word(tokens[0]) or _role_with_misread_vowel(tokens[0])) and tokens[1] in nlp.first_names():
        return " ".join(tokens[1:])  # "Ledåmot Eva Lind": a role label whose a OCR read as å
    return name


VOWEL_FOLD = str.maketrans("åäö", "aao")


def _role_with_misread_vowel(word: str) -> bool:
    """"Ledåmot": a role word with a vowel OCR read with a ring or dots it does not have."""
    low = word.lower()
    folded = low.translate(VOWEL_FOLD)
    return folded != low and len(low) > 5 and any(form.translate(VOWEL_FOLD) == folded for form in nlp.role_forms())


# "Ek (Berga) samt specialpedagog Moa Al": after "och"/"samt" a title opens the next entry, it is not the last one's
CONJOINED_TITLE_RE = re.compile(r"\b(?:och|samt)\s+\S+(?:\s\S+)?\s+$")
SENTENCE_OPENS_RE = re.compile(r"[\w)]\.\s+$")


def _opens_sentence_as_word(name: str, before: str) -> bool:
    """"…från 13/12. Inga Synpunkter": after a full stop a first name that is also a word ("Inga", "Stig") opens
    the sentence; with no title or party, a next word that is neither a first name nor shaped as a surname
    makes it the word (OCR read the second word capitalised)."""
    tokens = name.split()
    return bool(
        SENTENCE_OPENS_RE.search(before)
        and nlp.is_common_word(tokens[0])
        and not (tokens[-1] in nlp.first_names() or _surname_shaped(tokens[-1]))
    )


# "Jenny Ek, förskollärare, och Eva Al, förskolechef, Älvsbyns kommun": between two titled names joined by "och"
SHARED_WORKPLACE_RE = re.compile(r"\s*[,;]\s*([^,;()\n]{2,40}?),?\s+(?:och|samt)\s+")


def _share_workplace(before: Entry, between: str, entry: Entry) -> None:
    """In running text two titled people joined by "och" before one workplace both work there."""
    joined = SHARED_WORKPLACE_RE.fullmatch(between)
    if joined and _title_phrase(joined[1]) and before.affiliation is None and entry.affiliation:
        before.affiliation = entry.affiliation


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def _name_spans(cell: str) -> list[Span]:
    """Name candidates: runs of capitalised words, split where a second name starts."""
    spans = []
    for run in NAME_RUN_RE.finditer(cell):
        words = [
            (run.start() + w.start(), w.group())
            for w in re.finditer(r"\S+", run.group())
        ]
        if _role_of(words[0][1]) or (len(words) >= 3 and _names_organisation(words[0][1])):
            # "Rektor Eva Ek": the role is read from the text before the name; "rektor Hedskolan Eva Ek": the
            # workplace that ends the entry before, where the gap between two columns was lost
            words = words[1:]
        if len(words) > 2 and re.fullmatch(REPLACED_BY, f"{words[0][1]} {words[1][1]}"):
            words = words[2:]  # "Ersatt av Per Lind" in a remarks column: the substitute's name after the phrase
        if len(words) > 2 and re.fullmatch(REPLACES, words[0][1]):
            words = words[1:]  # "Ersätter Per Lind" in a remarks column: the member replaced, after the word
        if cut := _cut_surname_first(cell[: run.start()], [w for _, w in words]):
            # "Anders. Ros Karin Ljungberg": a surname cut from its first name by a speck; both names kept
            spans.append(Span(cut.start(1), words[0][0] + len(words[0][1]), f"{cut[1]} {words[0][1]}"))
            words = words[1:]
        words = _before_organisation(words)
        for group in _split_run([w for _, w in words]):
            first, last = words[group[0]], words[group[-1]]
            spans.append(
                Span(
                    first[0],
                    last[0] + len(last[1]),
                    cell[first[0] : last[0] + len(last[1])],
                )
            )
    return spans


def _cut_surname_first(before: str, words: list[str]) -> re.Match | None:
    """A run of three words after a first name closed by a full stop ("Anders. Ros Karin Ljungberg", a signature
    line): the first word is that name's surname when the second starts a name and the others do not; the
    first name's match."""
    first = re.search(rf"(?<![\w-])({NAME_TOKEN})\.\s+$", before)
    if not (first and first[1] in nlp.first_names() and len(words) == 3):
        return None
    return first if not _starts_name(words[0]) and _starts_name(words[1]) and not _starts_name(words[2]) else None


def _before_organisation(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"Jenny Krantz Noltorpsskolan": a name / school grid whose column gap OCR lost; the run
    ends before a word that names an organisation on its own (the person's affiliation)."""
    for i in range(2, len(words)):
        if _names_organisation(words[i][1]):
            return words[:i]
    return words


def _names_organisation(word: str) -> bool:
    hits = places.find_organisations(word)
    return bool(hits) and hits[0].start == 0 and hits[0].end == len(word)


def _split_run(words: list[str]) -> list[list[int]]:
    """Indices of the names in a run: 2-3 words each, a new one at a known first name."""
    groups: list[list[int]] = []
    i, n = 0, len(words)
    while n - i >= 2:
        size = 2
        third_starts_name = i + 2 < n and _starts_name(words[i + 2])
        fourth_starts_name = i + 3 < n and _starts_name(words[i + 3])
        if not third_starts_name and (
            n - i == 3 or (n - i >= 5 and fourth_starts_name)
        ):
            size = 3
        while re.fullmatch(PARTICLE, words[min(i + size - 1, n - 1)]) and i + size < n:
            size += 1  # "Karl von Linné", "Johan de la Motte": a particle never ends a name
        groups.append(list(range(i, min(i + size, n))))
        i += size
    return groups


def _starts_name(word: str) -> bool:
    return word.split("-")[0] in nlp.first_names()


def _inside_replacement(cell: str, m: Span) -> bool:
    return bool(re.search(rf"{REPLACES}\s+$", cell[: m.start]))


def _strip_role_word(name: str) -> tuple[str, str | None]:
    """'Rektor Camilla Sjögren' -> ('Camilla Sjögren', 'rektor')."""
    first, _, rest = name.partition(" ")
    role = _role_of(first)
    if role and " " in rest:
        return rest, role
    if role and rest and not nlp.is_common_word(rest):
        # a two-token match: the role word and one name is no full name
        return rest, role
    return name, None


def _role_of(word: str) -> str | None:
    forms = nlp.role_forms()
    low = word.lower()
    role = forms.get(low) or forms.get(nlp.lemma(low)) or _definite_role(low)
    if role:
        return role.normalized
    return low if _title_re().fullmatch(low) else None


DEFINITE_ENDINGS = ("et", "en", "n")  # "oppositionsrådet", "förvaltningschefen", "ordföranden"


def _definite_role(word: str) -> nlp.Role | None:
    """A listed role word in the definite form the lemma table lacks (compounds: "oppositionsrådet")."""
    forms = nlp.role_forms()
    return next((forms[word[: -len(end)]] for end in DEFINITE_ENDINGS if word.endswith(end) and word[: -len(end)] in forms), None)


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    """Unlisted titles by their ending ("elevhälsosamordnare"), from the suffix rows of roles.tsv."""
    ends = "|".join(re.escape(r.form) for r in nlp.roles() if r.kind == "suffix")
    return re.compile(rf"[a-zåäö]{{3,}}-?(?:{ends})")


def _role_word_before(before: str) -> str | None:
    found = _role_before(before)
    return found[0] if found else None


def _role_before(before: str) -> tuple[str, int] | None:
    """The role word right before a name ("rektor ", "administrativ chef ") and the characters it
    takes; a word closed by a comma or parenthesis ends the entry before ("…, vice ordförande, ")."""
    m = re.search(r"(?:(\S+)\s+)?(\S+)\s+$", before)
    if not m or before[-1:] != " " or m.group(2)[-1:] in ",)":
        return None
    text = before.rstrip()
    if m.group(1) and (role := nlp.role_forms().get(f"{m.group(1).lstrip('(')} {m.group(2)}".lower())):
        return role.normalized, len(text) - m.start(1)
    role = _role_of(m.group(2).lstrip("("))
    if role is None and m.group(1) and FIELD_WORD_RE.fullmatch(m.group(2)) and (role := _role_of(m.group(1).lstrip("("))):
        return role, len(text) - m.start(1)  # "Verksamhetschef elevhälsa Pernilla Sjöberg": the title's field after it
    if role and (joint := JOINT_TITLE_HEAD_RE.search(before, 0, m.start(2))):
        return f"{joint.group().lower()}{role}", len(text) - joint.start()  # "kultur- och fritidschef Lars Ek"
    return (role, len(m.group(2))) if role else None


# the head of a joint title right before its last part: "kultur- och " of "kultur- och fritidschef"
JOINT_TITLE_HEAD_RE = re.compile(r"(?<![\w-])[A-Za-zÅÄÖåäö]+-\s(?:och|eller)\s$")


# the field a title covers, one lower-case noun between the title and the name ("elevhälsa", "grundskola");
# no verb in the present ("ger", "hälsar", "föreslår") nor a short function word
FIELD_WORD_RE = re.compile(r"[a-zåäö]{4,}(?<!ar)(?<!er)(?<!år)(?<!ör)(?<!ir)")


def _near_tail(tail: str) -> str:
    """In running text only the parenthesis or short comma phrase right after a name counts (OCR may read
    its comma as ";" when it is a title), and after a title a last phrase that names a workplace ("Eva Ek,
    rektor, Hedenskolan"; "Bo Al, docent i pedagogik, Luleå tekniska universitet")."""
    m = re.match(r"\s*(\([^)]{0,80}\))?(\s*[,;]\s*[^,.;\n]{1,60}?(?=[,.;]|$))?", tail)
    near = m.group(0) if m else ""
    comma_phrase = m.group(2) if m else None
    titled = comma_phrase and _title_phrase(comma_phrase.lstrip(" ,;")) and not _names_person(comma_phrase)
    if comma_phrase and (len(comma_phrase.split()) > 4 or comma_phrase.lstrip()[:1] == ";") and not titled:
        near = m.group(1) or ""  # a longer phrase is kept only as a title ("ordförande i kultur- och fritidsnämnden")
    elif titled and (workplace := WORKPLACE_PHRASE_RE.match(tail, m.end())):
        near += workplace.group()
    return near


def _names_person(phrase: str) -> bool:
    """Whether a phrase holds a person's name; "samordnare vid Region Skåne" holds a body's only."""
    return any(not _is_place_or_body(m.group(), m.group().split()) for m in NAME_RE.finditer(phrase))


# the last phrase of a running-text entry, after its title: a capitalised name to the line's or sentence's end, or
# to the parenthesis the entry stands in ("(Eva Ek, lektor, Umeå universitet)")
WORKPLACE_PHRASE_RE = re.compile(rf"\s*,\s*[{UPPER}][^,;:()\n]{{1,50}}?(?=\.?\s*$|\))", re.MULTILINE)


BODY_GENITIVE_RE = re.compile(r"[a-zåäö-]+(?:ens|ets)\s+(?=[a-zåäö])")  # "nämndens", "utskottets" before a title


def _title_phrase(phrase: str) -> bool:
    """A phrase that opens with a listed role or an unlisted title by its ending ("skolbibliotekarie"), also
    after the genitive of the body it belongs to ("nämndens andre vice ordförande")."""
    if (body := BODY_GENITIVE_RE.match(phrase)) and _title_phrase(phrase[body.end() :]):
        return True
    first = re.match(r"[\w-]+", phrase)
    return bool(_roles_re().match(phrase) or (first and (_title_re().fullmatch(first.group().lower())
                                                          or _abbreviated_field_titles(first.group()))))


SERVES_FOR_RE = re.compile(r"\b[Ee]rsätter\s+[A-ZÅÄÖ]")  # "Ersätter Eva Ek": serves in the named member's place
SERVED_RE = re.compile(r"\b(?:tjg|tjänstgör|tjänstgörande|tjänstgjorde)\b", re.IGNORECASE)
NOT_SERVED_RE = re.compile(r"\b(?:ej|icke|inte)\W+(?:tjg|tjänstg)", re.IGNORECASE)
TRAILING_PARTY_CELL_RE = re.compile(r"(?:\t|\s{2,})([A-ZÅÄÖ]{1,3})\s*$")
# a row of a "Ledamot  Parti  Anmärkning" table read with single spaces: the name (and role), the party, then the
# row's end or a remark naming the substitute ("Eva Ek S Ersatt av Per Al (S)"); a speck may stand before the party;
# the remark after the name may give the paragraphs served ("Eva Ek, §§ 1-3 S")
SPACED_PARTY_CELL_RE = re.compile(
    rf"^(?:\s*,\s*[\w:.§][\w:.§ ]{{0,30}}?(?:\d\s*[-–]\s*\d+)?)?[^\w\s]?\s+(?:[^\w\s]{{1,2}}\s+)?([A-ZÅÄÖ]{{1,3}})(?:\s*$|\s+(?={REPLACED_BY}|{REPLACES}))"
)
# a party cell after a name whose other parenthesis OCR lost: "(M" ending the row or before a comma, "M)"
HALF_PARENTHESIS_PARTY_RE = re.compile(r"^\s*(?:\(([A-ZÅÄÖ]{1,2})(?=\s*$|,[^()]*$)|([A-ZÅÄÖ]{1,2})\)(?=\s*$|[,;][^()]*$))")
# a row of a "Ledamot  Parti  Närvaro" table that OCR read with single spaces: the name (and role), the party, presence
# (in words, or "Ja" / "Nej" as the row's last cell)
PARTY_PRESENCE_CELLS_RE = re.compile(
    r"^(?:\s*,\s*(?:\d:[ae]\s+)?[a-zåäö][a-zåäö ]{2,30}?)?\s+([A-ZÅÄÖ]{1,3})\s+"
    r"(?i:(?:närvarande|närv\.?|tjänstgörande|tjg|ja(?=\W{0,2}$)|(?P<absent>frånvarande|frånv\.?|nej(?=\W{0,2}$)))(?!\w))"
)


# a presence column's absent mark as the last word of a row read with single spaces
ABSENT_LAST_CELL_RE = re.compile(r"[\s,](?:förhinder|frånvarande|frånv\.?)\W{0,2}$", re.IGNORECASE)
ABSENT_BEFORE_PARTY_RE = re.compile(r"^\s*,\s*(?i:frånvarande|frånv\.?)\s+[A-ZÅÄÖ]{1,3}\W{0,2}$")  # "Eva Ek, frånvarande KD"


def _mark_absent(entry: Entry) -> None:
    if entry.attendance == "beslutande" and not entry.roles:
        entry.roles.append("ledamot")  # a member marked absent in the members' grid
    entry.attendance = "frånvarande"


def _apply_tail(entry: Entry, tail: str, offset: int, ctx: Context) -> list[Entry]:
    """Party, roles, affiliation and a replaced member from the text after a name."""
    entry.tail = tail
    party = PARTY_RE.search(tail)
    if own := _party_before_role(tail):
        entry.party = own  # "Anna Ek M ordförande", "Bo Al L tjg ersättare för Eva Ek (M)": the party cell before the role
    elif party and _is_party(party.group(1)):
        entry.party = party.group(1)
    elif bare := _bare_party(tail):
        entry.party = bare  # "Anna Ek, S, ordförande"
    elif (half := HALF_PARENTHESIS_PARTY_RE.match(tail)) and (half[1] or half[2]) in nlp.parties():
        entry.party = half[1] or half[2]  # "Anna Ek (M", "Anna Ek (S, ordförande", "Anna Ek M)": one parenthesis lost
    elif (cell := TRAILING_PARTY_CELL_RE.search(tail)) and cell.group(1) in nlp.parties():
        entry.party = cell.group(1)  # "Anna Ek, ordförande<TAB>S": the party column after the role
    elif (cell := SPACED_PARTY_CELL_RE.match(tail)) and cell.group(1) in nlp.parties():
        entry.party = cell.group(1)  # "Anna Ek, ordförande S", "Bo Al . KD": the party column read with one space
    elif (cell := PARTY_PRESENCE_CELLS_RE.match(tail)) and cell.group(1) in nlp.parties():
        entry.party = cell.group(1)  # "Anna Ek, ordförande S närvarande": party and presence columns, gaps lost
        if cell.group("absent"):
            entry.attendance = "frånvarande"
    if ABSENT_LAST_CELL_RE.search(tail) or ABSENT_BEFORE_PARTY_RE.match(tail):
        _mark_absent(entry)  # "Eva Ek rektor Ekbacken förhinder": the presence column's cell ends the row
    entry.roles += [r for r in _roles_in(tail) if r not in entry.roles]
    if entry.attendance == "ersättare" and (SERVED_RE.search(tail) or SERVES_FOR_RE.search(tail)) and not NOT_SERVED_RE.search(tail):
        entry.attendance = "beslutande"  # "Ola Berg (S), tjg §§ 12-14", "Ola Berg M Ersätter Eva Ek" in the substitutes' column
        entry.roles += [] if "ersättare" in entry.roles else ["ersättare"]
    entry.affiliation = _affiliation(tail, offset, ctx)
    replaced = REPLACES_RE.search(tail)
    if not replaced and entry.attendance == "beslutande" and "ersättare" in entry.roles:
        replaced = SERVING_FOR_RE.match(tail)  # "Tjänstgörande ersättare  Ove Ek för Lisa Al (V)"
    if not replaced:
        return [entry]
    entry.roles += [] if "ersättare" in entry.roles else ["ersättare"]
    absent = Entry(
        replaced.group(1),
        offset + replaced.start(1),
        "frånvarande",
        confidence=entry.confidence,
    )
    absent.roles.append("ledamot")
    after = tail[replaced.end() :]
    absent_party = PARTY_RE.match(after.lstrip())
    if absent_party and _is_party(absent_party.group(1)):
        absent.party = absent_party.group(1)
    else:
        absent.party = _bare_party(after) or _party_column(after)  # "tjg ersättare för Lisa Mark, C"
    if _name_confidence(absent.name, True) is None:
        return [entry]
    return [entry, absent]


# "M 1:e vice ordförande" too; a speck OCR read before the party, a one-letter party read twice ("; Vv ej tjänstgörande")
PARTY_BEFORE_ROLE_RE = re.compile(
    r"^\s+(?:[;:|]\s+)?([A-ZÅÄÖ]{1,3}|([A-ZÅÄÖ])(?i:\2))\s+(?=[a-zåäö]|\d:[ae]\s|(?i:ej|icke|inte)\s+tjänstg)"
)
# "Bo Al S ej tjänstgörande", "Bo Al S Ej tjänstgörande": the presence column's cell, a capital where it opens a cell
PRESENCE_CELL_RE = re.compile(r"(?:(?:ej|icke|inte)\s+)?(?:tjänstgörande|närvarande|frånvarande)\b", re.IGNORECASE)
PARTY_BEFORE_ROLE_REACH = 20  # characters after the party that hold the role ("tjg ersättare")


def _party_before_role(tail: str) -> str | None:
    """A row read with single spaces whose party cell stands between the name and a role: "Anna Ek M ordförande"."""
    m = PARTY_BEFORE_ROLE_RE.match(tail)
    party = m and (m.group(2) or m.group(1))
    if not (party and party in nlp.parties()):
        return None
    after = tail[m.end() :]
    return party if _roles_re().search(after[:PARTY_BEFORE_ROLE_REACH]) or PRESENCE_CELL_RE.match(after) else None


def _party_column(after: str) -> str | None:
    """"… för Lisa Al  V", "… för Lisa Al  V (V)": the row's party column, the only word after the member replaced
    (its own party cell wrapped below it the same)."""
    words = re.sub(r"[()]", " ", after).split()
    return words[0] if words and set(words) == {words[0]} and words[0] in nlp.parties() else None


def _is_party(token: str) -> bool:
    if token.upper() in nlp.parties():
        return True
    return token.isupper() and len(token) <= 4 and token.lower() not in nlp.role_forms()


@lru_cache(maxsize=1)
def _roles_re() -> re.Pattern:
    forms = sorted(nlp.role_forms(), key=len, reverse=True)
    body = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w-])({body})(?![\w])", re.IGNORECASE)


def _roles_in(tail: str) -> list[str]:
    tail = REPLACES_RE.sub(" ", tail)
    found = []
    for m in _roles_re().finditer(tail):
        role = nlp.role_forms()[m.group(1).lower()].normalized
        if role not in found:
            found.append(role)
    for word in re.findall(
        r"(?<![\w-])[a-zåäö-]+(?![\w-])", _roles_re().sub(" ", tail)
    ):
        if _title_re().fullmatch(word) and word not in found:
            found.append(word)
    found += [t for t in _abbreviated_field_titles(tail) if t not in found]
    return [_joint_title(role, tail) for role in found]


ABBREVIATED_FIELD_TITLE_RE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,4}-([a-zåäö]{4,})(?![\w-])")


def _abbreviated_field_titles(tail: str) -> list[str]:
    """"IT-samordnare", "HR-strateg": a title after the abbreviation of its field, stored in lower case."""
    titles = []
    for m in ABBREVIATED_FIELD_TITLE_RE.finditer(tail):
        if m[1] in nlp.role_forms() or _title_re().fullmatch(m[1]) or m[1] in _title_suffixes():
            titles.append(m.group().lower())  # "IT-pedagog": a title's ending alone after the field
    return titles


@lru_cache(maxsize=1)
def _title_suffixes() -> frozenset[str]:
    return frozenset(r.form for r in nlp.roles() if r.kind == "suffix")


def _joint_title(role: str, tail: str) -> str:
    """"kultur- och fritidschef": the full title of which a role is the last part."""
    m = re.search(rf"(?<![\w-])([a-zåäö]+-\s(?:och|eller)\s){re.escape(role)}(?![\w-])", tail, re.IGNORECASE)
    return f"{m.group(1).lower()}{role}" if m else role


# "…: utvecklingsledare Sofia Grahn. Laxå, Askersund och …": a sentence ends after the name or a word (not "ordf.")
TAIL_SENTENCE_END_RE = re.compile(r"(?:^\s*|(?<=[a-zåäö]{5}))\.\s+(?=[A-ZÅÄÖ])")


def _affiliation(tail: str, offset: int, ctx: Context) -> str | None:
    if end := TAIL_SENTENCE_END_RE.search(tail):
        tail = tail[: end.start()]  # what the next sentence names is not where the person works
    if workplace := _workplace_in_parentheses(tail):
        return workplace
    if workplace := _workplace_with_kommun(tail):
        return workplace
    for at in range(offset, offset + len(tail)):
        hit = ctx.organisations.get(at) or ctx.kommuner.get(at)
        if hit and not _sits_in(hit):
            after = tail[at - offset + len(hit.text) :]
            if school := _kommun_school(hit, after) or _kommun_unit(hit, after):
                return school
            return _affiliation_name(hit) + _school_unit_name(hit, after)
    return _named_kommun_at_end(tail, ctx) or _workplace_after_title(tail)


def _named_kommun_at_end(tail: str, ctx: Context) -> str | None:
    """"skolchef, antecknar  Tanum" in a "Kommun" column: a bare name that could be a common word is the
    kommun when the document names that kommun in full elsewhere ("Tanums kommun") and no first name precedes it."""
    m = ROW_END_WORD_RE.search(tail)
    if not m or m[1] in nlp.first_names():
        return None
    return next((h.kommun.name for h in ctx.kommuner.values() if h.suffixed and h.kommun.name == m[2]), None)


WORKPLACE = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
ROW_END_WORD_RE = re.compile(rf"(?:(\S+)\s+)?({WORKPLACE})\s*$")  # the last word of a row and the word before it
PARENTHESIS_WORKPLACE_RE = re.compile(rf"\s*\(\s*({WORKPLACE}(?: {WORKPLACE}){{1,3}})\s*\)")
# "rektor Lärcentrum", "rektor Torpa skola", "förskolechef Ekens förskoleområde", "förskollärare på förskolan Myran":
# a title, then where the person works, to the entry's end
SCHOOL_UNIT_KIND = r"(?:[a-zåäö]*skol(?:an?|or)|gymnasium|(?:förskole|skol|rektors)område(?:t)?)"
UNIT_NAMED_AFTER_KIND = rf"(?:förskolan|fritidsgården)\s{WORKPLACE}"  # "förskolechef förskolan Myran"
TITLE_WORKPLACE_RE = re.compile(
    rf",?\s(?:[;:|]\s+|på\s+(?={UNIT_NAMED_AFTER_KIND}))?({WORKPLACE}(?:\s{SCHOOL_UNIT_KIND})?|{UNIT_NAMED_AFTER_KIND})\s*(?:[,;)]|$)"
)


# "rektor förskola Tallmons förskolor": the field the title covers between it and a school unit named by its kind
FIELD_THEN_SCHOOL_RE = re.compile(
    rf"\s{FIELD_WORD_RE.pattern}\s({WORKPLACE}\s{SCHOOL_UNIT_KIND}|[{UPPER}][{LOWER}]+?{SCHOOL_UNIT_KIND})\s*(?:[,;)]|$)"
)


# "sömnforskare, Karolinska Institutet": a body's name of capitalised words after the title, its last a noun in the
# definite form ("Institutet", "Högskolan", "Akademien"), to the entry's end
NAMED_BODY_RE = re.compile(rf",\s({WORKPLACE}(?: {WORKPLACE}){{0,2}} [{UPPER}][{LOWER}]+(?:et|an|en))\s*$")


def _named_body(text: str, pos: int = 0) -> str | None:
    """The body named at `pos` of `text` (NAMED_BODY_RE) when it reads as a workplace and names no kommun."""
    m = NAMED_BODY_RE.match(text, pos)
    return m[1] if m and _workplace_word(m[1]) and not places.find_kommuner(m[1]) else None


# "Rektor Eva Ek på Ekskolan berättar": in running text, the workplace right after a name its title stands before
WORKPLACE_AFTER_NAME_RE = re.compile(rf"\s+(?:på|vid)\s+{WORKPLACE}(?:\s{SCHOOL_UNIT_KIND})?(?![\w-])")


TITLE_BODY_KOMMUN_RE = re.compile(rf",?\s({WORKPLACE}) ({WORKPLACE})\s*(?:[,;)]|$)")  # "rektor, Lärcentrum Malå" too


def _workplace_in_parentheses(tail: str) -> str | None:
    """"Sanna Ek (Komvux Mariestad)": a body named with its kommun in the parenthesis after a name, as
    written; a kommun alone ("(Mariestads kommun)") is left to the kommun lookup."""
    m = PARENTHESIS_WORKPLACE_RE.match(tail)
    if not m or _roles_in(m[1]):
        return None
    hits = places.find_kommuner(m[1]) + places.find_organisations(m[1])
    return m[1] if hits and all(h.end - h.start < len(m[1]) for h in hits) else None


def _workplace_with_kommun(tail: str) -> str | None:
    """"Selma Nord, rektor Komvux Östhammar": a title, then a body's name and its kommun, to the entry's end: the
    workplace as written, not the kommun alone."""
    for end in _title_ends(tail):
        m = TITLE_BODY_KOMMUN_RE.match(tail, end)
        if m and m[2] in _kommun_names() and m[1] not in _kommun_names() and m[1] not in nlp.first_names():
            if m[1].lower() not in nlp.role_forms() and not MARKS_RE.fullmatch(m[1]):
                return f"{m[1]} {m[2]}"
    return None


def _workplace_after_title(tail: str) -> str | None:
    """"Mia Holm, rektor Vuxencentrum, …": the capitalised word after a title, where no kommun or known
    body was found, is where the person works (with "skola" after it: "Torpa skola")."""
    for end in _title_ends(tail):
        m = TITLE_WORKPLACE_RE.match(tail, end)
        if m and m[1] in _kommun_names():
            return m[1]  # "skolchef Skara,": a kommun whose name is also a word
        if m and _workplace_word(m[1]) and not places.find_kommuner(m[1]) and not places.find_organisations(m[1]):
            return m[1]
        if m and any(h.start == 0 and h.end == len(m[1]) for h in places.find_organisations(m[1])):
            return m[1]  # "(rektor Tåssjö" / "skola)": a school whose name wrapped, unseen by the document's lookup
        if (m := FIELD_THEN_SCHOOL_RE.match(tail, end)) and _workplace_word(m[1]):
            return m[1]
        if body := _named_body(tail, end):
            return body
    return None


def _title_ends(tail: str) -> list[int]:
    """Where the titles of a tail end: listed roles ("rektor") and unlisted titles by their ending ("bildningschef")."""
    listed = [m.end() for m in _roles_re().finditer(tail)]
    unlisted = [m.end() for m in re.finditer(r"(?<![\w-])[a-zåäö-]+(?![\w-])", tail) if _title_re().fullmatch(m.group())]
    return sorted({*listed, *unlisted})


@lru_cache(maxsize=1)
def _kommun_names() -> frozenset[str]:
    return frozenset(k.name for k in nlp.kommuner())


def _workplace_word(words: str) -> bool:
    """"Lärcentrum", "Torpa skola": no first name (a name wrapped after its title), title or Swedish word."""
    first = words.split()[0]
    if first in nlp.first_names() or first.lower() in nlp.role_forms() or MARKS_RE.fullmatch(first):
        return False
    return " " in words or not nlp.is_common_word(first)


def _sits_in(hit: places.KommunHit | places.OrgHit) -> bool:
    """"ordförande i utbildningsnämnden": a kommun's political organ (stored in lower case) is where
    a person sits, not whom they represent."""
    return isinstance(hit, places.OrgHit) and hit.normalized.islower() and segment.names_organ(hit.normalized)


SCHOOL_KINDS = ("skolan", "skola")
SCHOOL_UNIT_NAME_RE = re.compile(rf"[ \t]+([{UPPER}][{LOWER}]+)\s*(?:[,;.]|$)")


def _school_unit_name(hit: places.KommunHit | places.OrgHit, after: str) -> str:
    """"Naturskolan Björkhagen", "Musikskolan Lärkan": a school's own name after its one-word kind ends the phrase."""
    if not isinstance(hit, places.OrgHit) or " " in hit.text.strip() or not hit.text.lower().endswith(SCHOOL_KINDS):
        return ""
    m = SCHOOL_UNIT_NAME_RE.match(after)
    if not m or m[1].lower() in nlp.role_forms() or m[1] in _place_words():  # "Ekbacken", "Lärkan": names that are words
        return ""
    return f" {m[1]}"


# "(rektor, Lycksele lärcentrum)", "rektor, Vansbro lärcentrum": a kommun's unit, its kind in lower case after the
# kommun, ending the entry
KOMMUN_UNIT_RE = re.compile(rf"[ \t]+([{LOWER}]{{5,}})(?=\s*(?:[,;.)]|\n|$))")


def _kommun_unit(hit: places.KommunHit | places.OrgHit, after: str) -> str | None:
    """"Vingåkers lärcentrum", "(Lycksele lärcentrum)": the unit after a kommun's name, plain or in the genitive, is
    where the person works, as written."""
    if not isinstance(hit, places.KommunHit) or hit.suffixed or not (m := KOMMUN_UNIT_RE.match(after)):
        return None
    return None if m[1] in nlp.role_forms() or m[1] in {"kommun", "stad", "region"} else f"{hit.text} {m[1]}"


KOMMUN_SCHOOL_RE = re.compile(rf"[ \t]+({SCHOOL_UNIT_KIND})\s*(?:[,;.)]|$)")


def _kommun_school(hit: places.KommunHit | places.OrgHit, after: str) -> str | None:
    """"rektor, Oxelösunds gymnasieskola": a school named by its kommun in the genitive and its kind, as written."""
    if not isinstance(hit, places.KommunHit) or hit.suffixed or hit.text == hit.kommun.name or not hit.text.endswith("s"):
        return None
    m = KOMMUN_SCHOOL_RE.match(after)
    return f"{hit.text} {m[1]}" if m else None


def _affiliation_name(hit: places.KommunHit | places.OrgHit) -> str:
    return hit.kommun.name if isinstance(hit, places.KommunHit) else hit.normalized


def _continue(cell: str, column: int, state: State) -> bool:
    """Attach a wrapped line ("ordförande", "(S), §§ 44-45") to the entry above it."""
    entry = state.last.get(column) or state.last.get(0)
    if entry is not None and _wrapped_workplace(entry, cell) and cell.strip() not in _kommun_names():
        _apply_tail_words(entry, cell)  # "…, biträdande rektor" / "Husumskolan": the workplace wrapped alone
        return True
    if entry is None or not _only_tail_words(cell) or _ends_sentence_of_prose(entry, cell):
        return False
    if not _has_tail_marker(cell) and not entry.tail.rstrip().endswith((",", "(")):
        return False  # a bare place or body on its own line is a header or footer
    _apply_tail_words(entry, cell)
    return True


def _ends_sentence_of_prose(entry: Entry, cell: str) -> bool:
    """"Eva Ek informerar om rekryteringen av ny" / "skolchef.": the end of a sentence about a person named in
    running text, no title of theirs."""
    return entry.attendance == "omnämnd" and not entry.tail.strip() and cell.rstrip().endswith(".")


def _body_ends_entry_above(rest: str, column: int, state: State) -> None:
    """"Eva Ek," / "lektor, Karolinska Institutet": after the wrapped title of the entry above, a body's name (no
    person's) ends the line: where that person works."""
    entry = state.last.get(column) or state.last.get(0)
    if entry is not None and not entry.affiliation and (body := _named_body(", " + rest.strip())):
        entry.affiliation = body


def _tail_of_entry_above(before: str, column: int, state: State) -> bool:
    """"ordförande; Olle Berg (C)": the words before a row's first name end the entry above ("…, vice")."""
    entry = state.last.get(column) or state.last.get(0)
    words = before.rstrip()
    if entry is None or not words.endswith((";", ",")):
        return False
    if _wrapped_workplace(entry, words):
        _apply_tail_words(entry, words.rstrip(",;"))  # "…, Erik Sten, rektor" / "Lindskolan, Olle Ås, …"
        return True
    if not _has_tail_marker(words) or not _only_tail_words(words):
        return False
    _apply_tail_words(entry, words.rstrip(",;"))
    return True


def _wrapped_workplace(entry: Entry, words: str) -> bool:
    """The entry above ends in a bare title and the words are one workplace: its wrapped end."""
    title = entry.tail.rstrip(" \t»«•·>").rsplit(None, 1)[-1:]  # "Eva Ek, rektor » Bo Al": a bullet of the next column
    workplace = TITLE_WORKPLACE_RE.fullmatch(" " + words.strip())
    return bool(
        title and _roles_in(title[0]) and workplace and not entry.affiliation
        and (_workplace_word(workplace[1]) or workplace[1] in _kommun_names())
    )


# "docent i folkhälsovetenskap,": the field a title covers, after it
FIELD_AFTER_TITLE_RE = re.compile(r"\b([a-zåäö-]+) (?:i|inom) [a-zåäö-]{4,}(?=\s*[,;)]|\s*$)")


def _without_fields(cell: str) -> str:
    return FIELD_AFTER_TITLE_RE.sub(lambda m: m[1] if _roles_in(m[1]) else m.group(), cell)


def _only_tail_words(cell: str) -> bool:
    rest = PARAGRAPHS_RE.sub(" ", _without_fields(cell))
    rest = PARTY_RE.sub(" ", rest)
    for hit in places.find_kommuner(rest) + places.find_organisations(rest):
        rest = rest[: hit.start] + " " * (hit.end - hit.start) + rest[hit.end :]
    rest = _roles_re().sub(" ", rest)
    rest = " ".join(
        w
        for w in rest.split()
        if not _title_re().fullmatch(w.strip(PUNCTUATION).lower())
    )
    rest = re.sub(rf"\d+:e|\bvice\b|{REPLACES}", " ", rest)
    rest = re.sub(r"(?:^|\s)[^\s\d]\s*$", " ", rest)  # a grid's ruling read as one letter at the end ("§§ 4-6 i")
    return not rest.strip(PUNCTUATION + "0123456789")


def _completed_role(tail: str, cell: str) -> str | None:
    """"Lena Berg, 1:e vice  SD  X" / "ordförande": the first word of a wrapped cell completes a title
    begun in the row above, whose other cells came between."""
    words, first = tail.replace(",", " ").split(), cell.split()[:1]
    for i in range(len(words)):
        for size in (3, 2, 1):
            begun = words[i : i + size]
            if len(begun) == size and first and not _roles_in(" ".join(begun)):
                role = nlp.role_forms().get(" ".join([*begun, *first]).lower())
                if role:
                    return role.normalized
    return None


def _has_tail_marker(cell: str) -> bool:
    return bool(PARAGRAPHS_RE.search(cell) or PARTY_RE.search(cell) or _roles_in(cell))


def _apply_tail_words(entry: Entry, cell: str) -> None:
    party = PARTY_RE.search(cell)
    if party and _is_party(party.group(1)) and not entry.party:
        entry.party = party.group(1)
    if (role := _completed_role(entry.tail, cell)) and role not in entry.roles:
        entry.roles.append(role)
    entry.tail = f"{entry.tail.rstrip()} {cell.strip()}"
    if not entry.affiliation:
        bodies = [h for h in places.find_organisations(cell) if not _sits_in(h)] or places.find_kommuner(cell)
        entry.affiliation = _affiliation_name(bodies[0]) if bodies else _workplace_after_title(entry.tail)
    for role in _roles_in(entry.tail):
        if role not in entry.roles:
            entry.roles.append(role)


# --- names ----------------------------------------------------------------------------------


def _name_confidence(name: str, evidence: bool) -> float | None:
    """How likely `name` names a person; None when it surely does not."""
    tokens = [t for t in name.split() if not re.fullmatch(PARTICLE, t)]
    if len(tokens) < 2 or all(len(t) <= 2 for t in tokens):
        return None  # "Ro As": OCR specks of a scribbled signature
    if any(_not_a_name_word(t, evidence and i == 0) for i, t in enumerate(tokens)):
        return None  # "Justeringsdatum Rätt": a caption row read as a name
    if _is_place_or_body(name, tokens):
        return None
    first = tokens[0].split("-")[0]
    known_first = first in nlp.first_names()
    if len(first) <= 2 and not known_first:
        return None  # "Zz Redovisning": a digit OCR read as letters before a heading, no first name
    if known_first:
        return 0.9 if evidence else 0.7
    if nlp.is_common_word(first):
        return 0.6 if evidence else None
    if evidence:
        return 0.8
    return 0.5 if _surname_shaped(tokens[-1]) else None


def _not_a_name_word(token: str, given_name_allowed: bool) -> bool:
    """A word no name holds; `given_name_allowed`: a first word with evidence beside it may be a given name
    that is also a word ("Maj Ek (S)": the month)."""
    if given_name_allowed and token in nlp.first_names() and token.lower() in nlp.not_names():
        return False
    return bool(token.lower() in nlp.not_names() or _role_of(token) or token.lower() in nlp.heading_forms()
                or grid.OTHER_LABELS.get(token.lower()) == grid.PLACE)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    words = set()
    for k in nlp.kommuner():
        if not k.ambiguous:
            words.add(k.name)
            words.add(nlp.fold(k.name))
        county = k.county_name.removesuffix(" län")  # "Blekinge län", "Hallands län": "Blekinge", "Halland"
        words.add(county[:-1] if county.endswith("s") else county)
    return frozenset(words)


# "Norra Hamnen", "Södra Ryd", "Stora Torget": a quarter, a square or a village, no first name
PLACE_FIRST_WORDS = frozenset({"Norra", "Södra", "Östra", "Västra", "Övre", "Nedre", "Stora", "Lilla", "Gamla", "Nya"})


def _is_place_or_body(name: str, tokens: list[str]) -> bool:
    if name in _place_words() or any(t in _place_words() or t in PLACE_FIRST_WORDS for t in tokens[:1]):
        return True
    if tokens[-1] in _place_words() and tokens[0] not in nlp.first_names():
        return True
    if tokens[-1] in _kommun_names() and tokens[0].lower() in nlp.not_names():
        return True  # "Lärcentrum Malå", "Kommunhuset Åsele": a unit or place of the kommun, no person
    if any(h.start == 0 and h.end == len(tokens[-1]) for h in places.find_organisations(tokens[-1])):
        return True  # "Sörby Ekskolan": a school named with its village, no surname ends so
    return any(h.start == 0 for h in places.find_organisations(name))


SURNAME_END_RE = re.compile(
    r"(son|berg|ström|lund|qvist|kvist|gren|dahl|holm|ell|én|in|der)$"
)


def _surname_shaped(token: str) -> bool:
    return bool(SURNAME_END_RE.search(token))


# --- attendance told in sentences ("Närvarande var dessutom ledamöterna …") ----------------------

# a sentence of the attendance part tells attendance when it has one of these verbs and no label
PROSE_VERB_RE = re.compile(
    r"\b(?:var(?!\s+god\b)|deltog|deltar|närvarade|tjänstgjorde|tjänstgör|öppnades|öppnade|leddes|ledde|hade)\b", re.IGNORECASE
)
# what the sentence says of the people in it, most specific first: (words, attendance)
PROSE_ATTENDANCE = (
    (re.compile(r"\butan\s+att\s+tjänstgöra\b|\b(?:ej|icke|inte)\s+tjänstgör\w*|\btjänstgjorde\s+(?:ej|inte)\b", re.IGNORECASE), "ersättare"),
    (re.compile(rf"\bersättar\w*\b.*\btjänstg\w*|\btjänstg\w*\b.*\bersättar\w*|{REPLACES}", re.IGNORECASE | re.DOTALL), "beslutande"),
    (re.compile(r"\bfrånvarande\b|\bförhinder\b|\bfrånvaro\b", re.IGNORECASE), "frånvarande"),
    (re.compile(r"\bledam(?:ot|oten|öter|öterna)\b|\b(?:öppnades|leddes)\s+av\b|\b(?:öppnade|ledde)\s+(?:sammanträdet|mötet)\b"
                r"|\bbeslutande\b", re.IGNORECASE), "beslutande"),
    (re.compile(r"\bersättar(?:e|en|na)\b", re.IGNORECASE), "ersättare"),  # "Dessutom närvarade ersättarna …"
    (re.compile(r"\bdärutöver\s+(?:deltog|närvarade)\b|\bfrån\s+förvaltningen\b|\btjänste(?:person|män|man)\w*|\bövriga\b", re.IGNORECASE), "övrig"),
    (re.compile(r"\bnärvar(?:ande|ade)\b|\bdeltog\b|\bdeltar\b", re.IGNORECASE), "närvarande"),  # "Närvarande var rektorerna …"
)
# "Mötet leddes av skolchef X", "X ledde mötet": who chaired; "Anteckningar fördes av X": who kept the notes
PROSE_ROLES = (
    (re.compile(r"\bleddes\s+av\b|\bledde\s+(?:sammanträdet|mötet)\b", re.IGNORECASE), "ordförande"),
    (re.compile(r"\b(?:minnesanteckningar|anteckningar|anteckningarna|protokoll|protokollet)\s+(?:fördes|förs|skrevs|skrivs)\s+av\b", re.IGNORECASE), "sekreterare"),
)
RELATIVE_RE = re.compile(r"\bsom\s+$")  # "… som ledde mötet": the verb tells of the name before "som"
# "Frånvarande: Per Ek (Brukets skola)." as a sentence of a paragraph: a heading, then its people
PROSE_HEADING_RE = re.compile(r"^\s*([A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?):\s")
# "rektorerna A (…), B (…) och C (…)": a role in the definite plural before a list gives it to each name
PLURAL_ROLE_RE = re.compile(r"\b([a-zåäö]{3,}(?:erna|arna|orna|na))\s+(?=[A-ZÅÄÖ])")
LIST_END_RE = re.compile(r"\bsamt\b|[.:]\s")
# a full stop that ends a sentence: after ")" or a word of three letters or more that is no abbreviation
SENTENCE_END_RE = re.compile(r"(?<=[\w)])\.(?=\s|$)")
PARAGRAPH_END_RE = re.compile(r"\n[ \t]*\n")  # a blank line
ATTENDANCE_PARTS = ("header", "attendance")
# "X och Y utsågs att jämte ordföranden justera protokollet": the people of the sentence sign it
CHOSEN_TO_SIGN_RE = re.compile(r"\b(?:utsågs|valdes)\s+att\b[^.]{0,40}?\bjustera\b", re.IGNORECASE)
NO_ATTENDANCE = ("kallelse", "inbjudan", "pressmeddelande")  # documents that list no one present
INFORMAL = ("minnesanteckningar",)  # notes of a group: who was there, not who decided


def _excerpt_without_attendance(doc: Document) -> bool:
    """A protokollsutdrag that prints no attendance list: its signatures ("Justerare Eva Ek (M)") say who
    signs the excerpt, not who attended."""
    return doc.doc_type == "protokollsutdrag" and not any(section.kind == "attendance" for section in doc.sections)


def _prose_attendance(text: str, entries: list[Entry], doc: Document) -> None:
    """"Sammanträdet öppnades av ordföranden X (S). Närvarande var dessutom ledamöterna …. Ersättaren Y
    tjänstgjorde i stället för Z. Ersättarna … var närvarande utan att tjänstgöra. Från förvaltningen
    deltog …": in the attendance part (header and attendance sections) of minutes, a sentence without
    labels gives the people in it the attendance it tells; a replaced member ("i stället för Z") stays
    absent. "X och Y utsågs att jämte ordföranden justera protokollet" makes X and Y justerare."""
    for section in doc.sections:
        if section.kind not in ATTENDANCE_PARTS or doc.doc_type in NO_ATTENDANCE:
            continue
        for start, end in _sentences(text, section.char_start, section.char_end):
            sentence = text[start:end]
            if chosen := CHOSEN_TO_SIGN_RE.search(sentence):
                first = start + max(sentence.rfind(":", 0, chosen.start()) + 1, sentence.rfind("\n\n", 0, chosen.start()) + 1)
                _add_role([e for e in entries if first <= e.offset < start + chosen.start()], "justerare")
            inside = [e for e in entries if start <= e.offset < end]
            _prose_roles(sentence, start, inside)
            if _heading_inside_line(text, start, sentence) and (form := nlp.heading_forms().get(PROSE_HEADING_RE.match(sentence)[1].lower())):
                for entry in inside:
                    entry.attendance = form.attendance or entry.attendance
                continue
            if re.search(r":(?!\S)|\t", sentence) or not PROSE_VERB_RE.search(sentence) or _column_captions_in(sentence):
                continue
            if _rows_of_two_columns(inside):
                continue
            attendance = next((a for pattern, a in PROSE_ATTENDANCE if pattern.search(sentence)), None)
            if attendance is None:
                continue
            if attendance == "beslutande" and doc.doc_type in INFORMAL:
                attendance = "närvarande"  # "Mötet leddes av X": a group's notes tell no members who decide
            replaced = re.search(REPLACES, sentence, re.IGNORECASE)
            cut = start + replaced.start() if replaced else end
            for entry in entries:
                if start <= entry.offset < cut:
                    entry.attendance = attendance
                    if attendance == "beslutande" and replaced:
                        _add_role([entry], "ersättare")
            if attendance == "beslutande" and replaced:
                entries += _prose_replacements(sentence, start, [e for e in entries if start <= e.offset < end])


PROSE_REPLACES_RE = re.compile(REPLACES_RE.pattern, re.IGNORECASE)


def _rows_of_two_columns(inside: list[Entry]) -> bool:
    """"Eva Ek (S), vice ordförande Bo Al, ekonomichef" / "Kim Lund (M), tjänstgör för …": members and officials read
    from the two columns of a grid whose gaps OCR lost, no sentence."""
    return {"beslutande", "övrig"} <= {e.attendance for e in inside}


def _column_captions_in(sentence: str) -> bool:
    """"Ledamöter Ersättare" on a line of its own: the rows below are a grid whose column gaps OCR read as
    single spaces, not prose ("Eva Ek (S), ordförande Bo Al (S), tjänstgör för Kim Lund")."""
    for line in sentence.splitlines():
        labels, rest = _split_labels(line.strip())
        if len([lb for lb in labels if lb.attendance]) >= 2 and not rest.strip():
            return True
    return False


def _prose_replacements(sentence: str, start: int, inside: list[Entry]) -> list[Entry]:
    """"X (C) tjänstgjorde som ersättare för Y (C) och Z (L) för W (M)": the name after each "för" was away,
    the name nearest before it served in its place; returns the replaced members no entry holds yet."""
    previous, added = 0, []
    for m in PROSE_REPLACES_RE.finditer(sentence):
        substitute = [e for e in inside if start + previous <= e.offset < start + m.start()][-1:]
        previous = m.end(1)
        member = next((e for e in inside if e.offset == start + m.start(1)), None)
        if not substitute or (member is None and _name_confidence(m[1], True) is None):
            continue
        if member is None:
            party = PARTY_RE.match(sentence[m.end(1) :].lstrip())
            member = Entry(m[1], start + m.start(1), "frånvarande", party and party[1], confidence=substitute[0].confidence)
            added.append(member)
        _replaced_by(member, substitute[0])
    return added


def _heading_inside_line(text: str, start: int, sentence: str) -> bool:
    """"… utvecklingsstrateg. Frånvarande: Per Ek." a heading that opens a sentence of one line after other
    text on it (a heading that opens its line is read with the line)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(PROSE_HEADING_RE.match(sentence)) and "\n" not in sentence.strip() and bool(text[line_start:start].strip())


def _prose_roles(sentence: str, start: int, entries: list[Entry]) -> None:
    """Roles a sentence gives the people after its words: who chaired, who kept the notes, and the names listed
    after a role in the definite plural ("rektorerna A, B och C"; "samt", a new role or the sentence's end ends it)."""
    for pattern, role in PROSE_ROLES:
        if m := pattern.search(sentence):
            named = [e for e in entries if e.offset >= start + m.end()][:1]
            if RELATIVE_RE.search(sentence, 0, m.start()):  # "X, gymnasiechef, som ledde mötet": the name before
                named = [e for e in entries if e.offset < start + m.start()][-1:]
            _add_role(named, role)
            for entry in named:
                if entry.attendance == "omnämnd":  # present at the meeting: as the role's people are
                    entry.attendance = _role_attendance(Label(None, role))
    for m in PLURAL_ROLE_RE.finditer(sentence):
        role = _plural_role(m[1])
        if role is None:
            continue
        end = LIST_END_RE.search(sentence, m.end())
        listed = [e for e in entries if start + m.end() <= e.offset < start + (end.start() if end else len(sentence))]
        _add_role([e for e in listed if not e.roles], role)


def _plural_role(word: str) -> str | None:
    """The role of a title in the definite plural: "rektorerna", "förskolecheferna", "lärarna", "skolsköterskorna"."""
    if word in nlp.role_forms():
        return None  # a plural the table lists itself ("ledamöter") is read as a label by the rules above
    stems = [nlp.lemma(word), word[:-4], word[:-2] + "e", word[:-4] + "a"]
    return next((role for stem in stems if len(stem) > 2 and (role := _role_of(stem))), None)


def _add_role(entries: list[Entry], role: str) -> None:
    for entry in entries:
        entry.roles += [] if role in entry.roles else [role]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end]: a full stop ends one (not an abbreviation's), and so does a blank line
    (the "Datum: …" lines of a header above "Närvarande var …" are no part of its sentence)."""
    spans, at = [], start
    for m in sorted([*SENTENCE_END_RE.finditer(text, start, end), *PARAGRAPH_END_RE.finditer(text, start, end)], key=lambda m: m.start()):
        if m.start() < at:
            continue
        if m[0] != ".":
            if text[at : m.start()].strip():
                spans.append((at, m.end()))
            at = m.end()
            continue
        word = re.search(r"\w+\)?$", text[at : m.start()])
        if word and not word.group().endswith(")") and (len(word.group()) < 3 or f"{word.group()}.".lower() in nlp.role_forms()):
            continue  # "v. ordf.", "kl.": an abbreviation
        spans.append((at, m.end()))
        at = m.end()
    return spans + ([(at, end)] if text[at:end].strip() else [])


# --- statistical NER ------------------------------------------------------------------------


# the legal form after a firm's or association's name
COMPANY_FORM_RE = re.compile(
    r"[ \t]*(?:AB|HB|KB|ek\.\s?för\.|ekonomisk(?:a)?\s+förening(?:en)?|ideell(?:a)?\s+förening(?:en)?|stiftelse(?:n)?)(?!\w)"
)

# the school word after a place that names a school ("… och Ekeby Backa skola")
SCHOOL_FORM_RE = re.compile(r"[ \t]+(?:skola|skolan|förskola|förskolan|grundskola|friskola|gymnasium|gymnasiet)(?!\w)")



# sections whose lines are rows, captions and signatures, which the rules above read whole
LISTED_KINDS = {"header", "attendance", "signatures"}


def _running_text(doc: Document) -> list[tuple[int, int]] | None:
    """The spans of `doc.text` in sections of running text, where the NER looks for people the rules
    cannot see; None (all of it) when the document has no such section."""
    spans = [(s.char_start, s.char_end) for s in doc.sections if s.kind not in LISTED_KINDS and s.char_end > s.char_start]
    return spans or None


def _ner_entries(
    text: str, entries: list[Entry], ctx: Context, within: list[tuple[int, int]] | None = None
) -> list[Entry]:
    """People in running text that only the statistical NER (models/ner, nlp.entities) finds.

    A PER span counts when the rules above have no entry there or by that name, it is two or
    three name tokens, and it passes the rules' own checks on a name with evidence (no label,
    role, kommun or organisation word) and its first word is a known first name or no Swedish
    word; the role word before it and its near tail are read as for any name in running text.
    Such people are 'omnämnd'."""
    known = {" ".join(e.name.casefold().split()) for e in entries}
    taken = [(e.offset, e.offset + len(e.name)) for e in entries]
    found: list[Entry] = []
    for ent in nlp.entities(text, ("PER",), within):
        name = ner_name(ent.text)
        if name is None or name.casefold() in known:
            continue
        if any(start < ent.end and ent.start < end for start, end in taken):
            continue
        confidence = _name_confidence(name, True)
        first = name.split()[0].split("-")[0]
        if confidence is None or (first not in nlp.first_names() and nlp.is_common_word(first)):
            continue  # "Sal Bergslagen": a room, not a person
        if COMPANY_FORM_RE.match(text, ent.end):
            continue  # "Söderfors Fiber ekonomisk förening", "Berg Bygg AB": a firm's name
        if SCHOOL_FORM_RE.match(text, ent.end):
            continue  # "Kolbäck Stenby skola": a place naming a school
        line_start = text.rfind("\n", 0, ent.start) + 1
        role = _role_word_before(text[line_start : ent.start]) or _title_ending_line_above(text, line_start, ent.start)
        if not role and _opens_sentence_as_word(name, text[line_start : ent.start]):
            continue
        entry = Entry(name, ent.start, "omnämnd", confidence=round(confidence * 0.8, 2))
        if role:
            entry.roles.append(role)
        line_end = text.find("\n", ent.end)
        tail = _near_tail(text[ent.end : line_end if line_end >= 0 else len(text)])
        found += _apply_tail(entry, tail, ent.end, ctx)
        known.add(name.casefold())
    return found


PROSE_WORDS = 4  # words of running text on the line above a name whose title ends that line


def _list_title_ending_line_above(text: str, name_start: int) -> str | None:
    """"…, Björkskolan; rektor" / "Kajsa Åberg, Ekskolan; …": in a list whose entries put the title before the
    name, a name opening its line takes the title in lower case that ends the line above after the list's separator."""
    if not (ending := _role_ending_line_above(text, text.rfind("\n", 0, name_start) + 1, name_start)):
        return None
    above, found = ending
    title = above[len(above) - found[1] :].lstrip()
    return found[0] if above[: -found[1]].rstrip()[-1:] == ";" and title[:1].islower() else None  # not "Ordförande ; Justerare"


def _title_ending_line_above(text: str, line_start: int, name_start: int) -> str | None:
    """"… för ärendet. Kulturchef" / "Petra Nordlund har redogjort …": a name opening its line takes the title
    that ends the line of running text above."""
    if not (ending := _role_ending_line_above(text, line_start, name_start)) or len(ending[0].split()) < PROSE_WORDS:
        return None
    above, found = ending
    before_title = above[: -found[1]].rstrip()[-1:]
    return found[0] if before_title.isalpha() or before_title == "." else None  # not "Eva Ek, kulturchef": a list's entry


def _role_ending_line_above(text: str, line_start: int, name_start: int) -> tuple[str, tuple[str, int]] | None:
    """For a name that opens its line: the line above and the role word that ends it (with the characters
    it takes), or None."""
    if text[line_start:name_start].strip() or line_start < 1:
        return None
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    if not above[-1:].isalpha() or not (found := _role_before(above + " ")):
        return None
    return above, found


def ner_name(span: str) -> str | None:
    """The name a PER span holds, or None: it must read as a name and not run across a blank line
    ("Björkvik" / "" / "Informationsärenden": a place ending one paragraph and the heading of the next)."""
    name = " ".join(span.split())
    return name if NAME_RE.fullmatch(name) and not re.search(r"\n[ \t]*\n", span) else None


# --- merging --------------------------------------------------------------------------------


def _better_party(party: str | None, other: str | None) -> str | None:
    """The party a person has after another mention: the first named, unless it is no known party and
    the other is ("Eva Ek (LC), 1:e vice" / "Eva Ek (L) antecknar": OCR read a speck into the code)."""
    if party and other and party.upper() not in nlp.parties() and other.upper() in nlp.parties():
        return other
    return party or other


def _merge(entries: list[Entry], doc: Document) -> list[tuple[Person, set[str]]]:
    """One Person per name (a genitive or another OCR spelling of a name is the same person), with
    the spellings the document gave."""
    people: dict[str, Person] = {}
    spellings: dict[str, set[str]] = {}
    for entry in sorted(entries, key=lambda e: e.offset):
        key = " ".join(entry.name.casefold().split())
        genitive = key not in people and key.endswith("s")
        if genitive:
            # "Urban Granqvists yrkande": the genitive of a name already read, OCR may misread a letter ("Bengtssöns")
            key = next((known for known in people if known == key[:-1] or _ocr_spelling(known, key[:-1])), key)
        if key not in people:
            key = next(
                (known for known in people if _ocr_spelling(known, key) or _misread_first_name(known, key)
                 or _same_signer(people[known], known, entry, key)),
                key,
            )
        person = people.get(key)
        spellings.setdefault(key, set()).add(entry.name)
        if person is None:
            people[key] = Person(
                name=entry.name,
                party=entry.party,
                roles=list(dict.fromkeys(entry.roles)),
                affiliation=entry.affiliation,
                attendance=entry.attendance,
                section_id=doc.section_at(entry.offset),
                confidence=entry.confidence,
                page_no=doc.page_at(entry.offset),
            )
            continue
        if not genitive and _foreign_letters(entry.name) > _foreign_letters(person.name) and _ocr_spelling(key, " ".join(person.name.casefold().split())):
            person.name = entry.name  # "Dragan Mariå" / "Dragan Marić": the foreign letter is the one printed
        if _misread_first_name(key, " ".join(entry.name.casefold().split())) and _known_first(entry.name):
            person.name = entry.name  # "Öskar Lindell" / "Oskar Lindell": the first name that is one
        person.party = _better_party(person.party, entry.party)
        person.affiliation = person.affiliation or entry.affiliation
        person.roles += [r for r in dict.fromkeys(entry.roles) if r not in person.roles]
        if _rank(entry.attendance) < _rank(person.attendance):
            person.attendance = entry.attendance
        person.confidence = max(person.confidence, entry.confidence)
    _fold_genitives(people, spellings)
    return [(_finish(p), spellings[key]) for key, p in people.items()]


def _fold_genitives(people: dict[str, Person], spellings: dict[str, set[str]]) -> None:
    """"Hanna Ljungs yrkande" read before the name itself (which OCR wrapped, "Hanna" / "Ljung (V)"): the genitive
    joins the person named later."""
    for key in [k for k in people if k.endswith("s") and k[:-1] in people]:
        genitive, person = people.pop(key), people[key[:-1]]
        person.party = person.party or genitive.party
        person.roles += [r for r in genitive.roles if r not in person.roles]
        if _rank(genitive.attendance) < _rank(person.attendance):
            person.attendance = genitive.attendance
        spellings[key[:-1]] |= spellings.pop(key)


SWEDISH_LETTERS = set("abcdefghijklmnopqrstuvwxyzåäö-")
MISREAD_SURNAME = 6  # a surname this long may have one letter misread
SLAVIC_SURNAME = 4  # "Ilić", "Marić": a shorter surname whose final ć OCR may read as another letter
SLAVIC_FINALS = set("ćčž")


def _ocr_spelling(known: str, key: str) -> bool:
    """"dragan petrović" / "dragan petrovic" / "dragan petrovié": one person whose name OCR read
    with another diacritic. Same first names; surnames equal without diacritics, or one letter
    apart on a long surname where one of the two letters is foreign to Swedish (é, ć, ï …)."""
    known_words, words = known.split(), key.split()
    if len(known_words) != len(words) or known_words[:-1] != words[:-1] or len(words) < 2:
        return False
    a, b = (MISREAD_IC_RE.sub("ić", w) for w in (known_words[-1], words[-1]))
    if nlp.fold(a) == nlp.fold(b):
        return True
    if len(a) == len(b) >= SLAVIC_SURNAME and a[:-1] == b[:-1] and {a[-1], b[-1]} & SLAVIC_FINALS:
        return True  # "marić" / "mariå": the final ć of a short surname misread
    if len(a) != len(b) or len(a) < MISREAD_SURNAME:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if nlp.fold(x) != nlp.fold(y)]
    return len(differ) == 1 and not set(differ[0]) <= SWEDISH_LETTERS


def _misread_first_name(known: str, key: str) -> bool:
    """"öskar lindell" / "oskar lindell": one person whose first name OCR read with a diacritic it does not have;
    the same surnames, first names equal without diacritics, one of them a first name and the other not."""
    known_words, words = known.split(), key.split()
    if len(words) < 2 or len(known_words) != len(words) or known_words[1:] != words[1:] or known_words[0] == words[0]:
        return False
    if _known_first(known) == _known_first(key):
        return False
    return nlp.fold(known_words[0]) == nlp.fold(words[0]) or _one_letter_apart(known_words[0], words[0])


def _one_letter_apart(a: str, b: str) -> bool:
    """"utf" / "ulf": a first name with one letter misread by OCR."""
    return len(a) >= 3 and evaluate.one_letter_apart(a, b)


def _known_first(name: str) -> bool:
    """A known first name; a double one ("Jan-Erik") when each of its parts is one."""
    return all(part[:1].upper() + part[1:].lower() in nlp.first_names() for part in name.split()[0].split("-"))


def _foreign_letters(name: str) -> int:
    """Letters foreign to Swedish in a name: OCR with the Swedish model reads a foreign letter as a Swedish
    one, not the reverse, so of two spellings the one with more foreign letters is the name as printed."""
    return sum(c not in SWEDISH_LETTERS for c in name.casefold() if c.isalpha())


SIGNING_ROLES = {"ordförande", "vice ordförande", "justerare", "sekreterare"}


def _same_signer(person: Person, known: str, entry: Entry, key: str) -> bool:
    """"Carina Nyhotm" under the caption "Ordförande" of the signatures, "Carina Nyholm (S), ordförande" in the
    list: one signer whose name OCR misread where the signature crossed it. The same first names and role, a
    long surname one letter apart, and the signature row's entry told nothing else (mentioned only)."""
    known_words, words = known.split(), key.split()
    if entry.attendance != "omnämnd" or not SIGNING_ROLES & set(entry.roles) & set(person.roles):
        return False
    if len(known_words) != len(words) or known_words[:-1] != words[:-1] or len(words) < 2:
        return False
    a, b = known_words[-1], words[-1]
    return len(a) == len(b) >= SIGNED_SURNAME and sum(x != y for x, y in zip(a, b, strict=True)) == 1


SIGNED_SURNAME = 5  # "Öhman" / "Örman": a signer's surname this long may have one letter misread


def _rank(attendance: str | None) -> int:
    return (
        ATTENDANCE_ORDER.index(attendance)
        if attendance in ATTENDANCE_ORDER
        else len(ATTENDANCE_ORDER)
    )


def _misread(known: str, role: str) -> bool:
    """"cymnasiechef" beside "gymnasiechef": the same title with one letter misread by OCR; "ekonornichef"
    beside "ekonomichef": an m read as "rn"."""
    if role != known and role.replace("rn", "m") == known:
        return True
    return len(known) > 5 and evaluate.one_letter_apart(known, role)


# "HodZic": OCR reads the "žić" that ends a South Slavic surname as "Zic", a capital inside the word (same length)
MISREAD_ZIC_RE = re.compile(r"(?<=[a-zåäö])(?<!z)[Z?]i[cć](?![\w])")
# "Mehié", "Petrovié": OCR reads the ć that ends a South Slavic surname as é, an ending Swedish names lack
# ("Begité", "Petroviéå": the hook read as one more letter; a plain "ic" may be how the name is spelt, so it stays)
MISREAD_IC_RE = re.compile(r"(?<=[bcdfghjklmnprstvzšžčđ])i(?:é[åäö]?|té)(?=$|[\s-])")


def _finish(person: Person) -> Person:
    person.name = MISREAD_IC_RE.sub("ić", person.name)
    if "vice ordförande" in person.roles and "ordförande" in person.roles:
        person.roles.remove("ordförande")
    # "utbildningschef" read from "Barn- och utbildningschef Linda Berg" next to the full title
    person.roles = [r for r in person.roles if not any(o.endswith(" " + r) for o in person.roles)]
    person.roles = [r for i, r in enumerate(person.roles) if not any(_misread(o, r) for o in person.roles[:i])]
    if "ledamot" in person.roles and len(person.roles) > 1:
        person.roles.remove("ledamot")  # "ledamot" only for a member with no other role (the chair, a justerare …)
    if person.attendance == "beslutande" and not person.roles:
        person.roles.append("ledamot")
    if person.attendance == "ersättare" and "ersättare" not in person.roles:
        person.roles.append("ersättare")
    person.confidence = round(person.confidence, 2)
    return person
