"""Decisions: the att-satser of formal protocols and the decision lines of informal minutes.

`find(doc)` walks each agenda section (a § or topic) and splits it at its subheadings
("Beslut", "Ärendet", "Yrkanden", "Reservation" … from models/section_headings.tsv):

- under a decision heading ("Beslut"), each lead ("Nämnden beslutar att", "… föreslår
  kommunfullmäktige besluta att") with its numbered att-satser gives one Decision per clause;
  without a list, each sentence that carries a lead gives one (two when ", samt att" joins two
  att-satser, or "och att" two infinitive ones), and beside them each sentence that decides in words of its own ("Nämnden
  fastställer …", "… ger X i uppdrag att …"). The text is the clause after the
  lead, without its list number and final comma or full stop; a numbered list without a lead
  ("1. Riktlinjerna antas.") gives one Decision per item;
- a "Beslut: …" line in informal minutes gives one Decision per sentence of its paragraph, and
  in sections without a decision heading a sentence with a decision phrase ("beslutade att",
  "får i uppdrag att", "tar med sig") is one too; these keep the whole sentence. A task line
  ("Åtgärd: …", "Att göra: …", "Uppdrag: …") gives one 'uppdrag' per sentence; "Ansvarig: …" none.

Decision headings may name the organ ("Arbetsutskottets beslut"); "X:s förslag till <organ>"
holds proposals ('förslag') when the § has no decision heading, as does "Förslag till beslut i
<organ>" after the yrkanden and beslutsgång (above them it is background); "beslutar enligt förslaget"
takes the clauses of the § "Förslag till beslut" block; a lead may stand alone ("Nämnden
beslutar") with its att-satser on the lines below ("att godkänna …,"), or the decision heading
may be the lead ("Kommunstyrelsens beslut [för egen del]" / "att anta …,"); a lead ending in
"att" alone on its line ("Nämnden beslutar att") may have its clauses one per line without their
"att", each but the last ending in a comma ("utse Eva Ek (S) att justera protokollet," / "godkänna
dagordningen.").
In a § without a decision heading, the organ's lead in the present alone on its line at the end
of the background block ("Ärendet" / … / "Nämnden beslutar att" / "godkänna …,") is its decision;
the organ's lead alone on its line over its att-satser
("Kommunstyrelsen föreslår kommunfullmäktige besluta" / "1. att …") ends the yrkanden and
beslutsgång above it, also under the organ's own proposal heading after them ("Arbetsutskottets
förslag"); otherwise yrkanden, beslutsgång, reservations and protokollsanteckningar
are never read for decisions, nor is a member's lead ("Eva Ek (V) föreslår i en motion att …"),
nor are background blocks ("Ärendet", "Sammanfattning", "Förslag till beslut"), which tell of
earlier decisions or of proposals.
The kind comes from models/decision_cues.tsv: 'förslag' when the lead proposes to a higher organ,
'uppdrag' when the clause gives a task, else 'beslut'.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..document import Decision, Document, Section
from ..segment import (
    Line,
    heading_kind,
    lines_of,
    load_table,
    names_organ,
    organ_proposal_heading,
    paragraph_match,
    tidy,
)

AGENDA_KINDS = {"paragraph", "topic"}
# subheadings whose blocks may hold decision lines in informal minutes
OPEN_SUBHEADINGS = {"föredragande", "information"}
WORD_RE = re.compile(r"[^\W\d_]{2}")  # a decision says something in words
ITEM_ONLY_RE = re.compile(r"^\s*\d{1,2}\s*[.)]?\s*$")  # a list number that a sentence split left alone
# "«", "»", "+", "<<", "»«": bullets as OCR reads them, one mark or two; "1." / "2)": a list number
BULLET = r"(?:[•*»«·+]{1,2}|[-–]|<<|>>)"
LIST_NUMBER = r"\d{1,2}\s*[.)]"
ITEM_RE = re.compile(rf"^\s*(?:{LIST_NUMBER}|{BULLET}\s)\s*")
BULLET_RE = re.compile(rf"^\s*{BULLET}\s+")
INLINE_RE = re.compile(r"^\s*(?:nämndens\s+|styrelsens\s+)?beslut\s*[:!]\s*", re.IGNORECASE)  # "!": a colon as OCR read it
TASK_RE = re.compile(r"^\s*(?:åtgärd(?:er)?|att\s+göra|uppdrag|aktivitet(?:er)?)\s*:\s*", re.IGNORECASE)  # a task line
WHO_WHEN_RE = re.compile(
    r"^\s*(?:(?:ansvarig[a]?|ansvar|klart\s+senast|senast|deadline|tidplan)\s*:|klar[t]?\s+(?:till|senast|före)\b[^.!?]{0,25}[.!]?\s*$)",
    re.IGNORECASE,
)  # "Ansvarig: …", "Klart till 20/3.": who or when
LABEL_RE = re.compile(r"^\s*[A-ZÅÄÖ][\wåäö ]{1,30}:\s")
# the organ's proposal through another to a third: "… föreslår kommunstyrelsen att hos kommunfullmäktige
# begära att"; OCR may leave a speck before the "att"
VIA_ASK = r"\s+hos\s+[\wåäö-]+(?:\s+[\wåäö-]+)?\s+(?:begära|besluta|hemställa\s+om)(?:\s+\S)?"
VIA_RE = VIA_ASK + r"\s+att\b"
LEAD_RE = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|föreslår|föreslås|hemställer|uppdrar)\b"
    r"(?:\s+[\wåäö-]+){0,4}?(?:\s+|\s*['’´`]\s*)att\b"  # "beslutar'att": a speck OCR read as a quote
    rf"(?:{VIA_RE})?",
    re.IGNORECASE,
)
# "… föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta": a proposal onward through another
ONWARD_ASK = r"\s+föreslå\s+(?:[\wåäö-]+\s+){1,3}?besluta"
VIA_TAIL_RE = re.compile(  # its att-satser below
    rf"\bföreslår\s+(?:[\wåäö-]+\s+){{1,3}}?att(?:{VIA_ASK}|{ONWARD_ASK})\s*$", re.IGNORECASE
)
VIA_LEAD_RE = re.compile(rf"\bföreslår\s+(?:[\wåäö-]+\s+){{1,3}}?att{VIA_RE}", re.IGNORECASE)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
# a lead whose att-satser follow one per line: "Nämnden beslutar" / "att godkänna …," / "att …"
BARE_LEAD_RE = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|föreslår|hemställer|besluta)\b(?:\s+[\wåäö-]+){0,4}?(?:\s*[:=|~]|\s+[.,;])?\s*$",
    re.IGNORECASE,
)  # "Nämnden beslutar =", "Nämnden beslutar .", "… beslutar ;": a speck OCR read after the lead
# "; att …": a speck OCR read before the att; "att.riktlinjerna …": the space after it read as a stop
ATT_ITEM_RE = re.compile(r"^\s*(?:[;:'|·,.]\s*|\w\s+)?att(?:\s+|[.,:;](?=[a-zåäö]))")  # "5 att …": a speck of one character
COLON_LEAD_RE = re.compile(r"\b(beslutar|beslutade|beslöt|föreslår)\b(?:\s+[\wåäö-]+){0,4}?\s*:\s*$", re.IGNORECASE)
# a clause ends in ",", "." or "samt"; OCR may leave a speck or two of single letters or stops after
# the comma ("2024, å i", "Karlholmsskolan, :") or read the comma as a colon set apart ("årskurs 3 :")
CLAUSE_END_RE = re.compile(r"(?:[,.;](?:\s+(?:[^\W\d_]|[-–:;,.'|]{1,2})){0,2}|\s:|\bsamt|\boch)\s*$")
SPECKS_AFTER_RE = re.compile(r"(?<=[,;.])(?:\s+(?:[^\W\d_]|[-–:;,.'|]{1,2})){1,2}$")  # "protokollet, -:"


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["kind"]) for r in load_table("decision_cues.tsv"))


# "föreslår.kommunfullmäktige": the space between two words read as a stop
STOP_FOR_SPACE_RE = re.compile(r"(?<=[a-zåäö]{3})\.(?=[a-zåäö]{3})")


def _cue_kinds(text: str) -> set[str]:
    text = STOP_FOR_SPACE_RE.sub(" ", text)
    return {kind for pattern, kind in _cues() if pattern.search(text)}


@dataclass
class Piece:
    """Joined text of some lines, mapping back to offsets in Document.text."""

    text: str
    starts: list[tuple[int, int]]  # (offset in text, offset in Document.text) for each line

    def offset(self, index: int) -> int:
        here = self.starts[0][1]
        for at, doc_offset in self.starts:
            if at <= index:
                here = doc_offset + (index - at)
        return here


STRAY_MARK_RE = re.compile(r"^[”“\"'»«,.·:;]\s+(?=[a-zåäö])")
SPECK_AFTER_STOP_RE = re.compile(r"(?<=[a-zåäö]{2}[.!?])\s+(?:[a-zåäö]|[^\w\s]{1,2})$")


def _join(lines: list[Line]) -> Piece:
    text, starts = "", []
    for line in lines:
        part = line.text.strip()
        if text and (stray := STRAY_MARK_RE.match(part)):
            part = part[stray.end() :]  # "” resultatet": a speck OCR read as a quote before a wrapped line
        part = SPECK_AFTER_STOP_RE.sub("", part)  # "… tagit ställning. i": a speck after the line's last sentence
        if text.endswith("-") and part[:1].islower() and not text.endswith(" -"):
            text = text[:-1]  # a word broken at the line end
        elif text:
            text += " "
        lead = len(line.text) - len(line.text.lstrip())
        starts.append((len(text), line.start + lead))
        text += part
    return Piece(text, starts or [(0, 0)])


def _blocks(lines: list[Line]) -> list[tuple[str | None, str, list[Line]]]:
    """(heading kind, heading text, lines under it); the lines before any heading come first. A
    label line of a closing block ("Expedieras: …", "Reservation: …") ends a decision block."""
    blocks: list[tuple[str | None, str, list[Line]]] = [(None, "", [])]
    for line in lines:
        kind = heading_kind(line.text)
        if kind is not None:
            blocks.append((kind, _heading_words(line.text), []))
        elif blocks[-1][0] in {"decision", "proposal"} and (label := _closing_label(line.text)):
            blocks.append(("subheading", label, [line]))
        elif blocks[-1][0] == "subheading" and "förslag" not in blocks[-1][1] and ORGAN_DECIDES_RE.match(line.text):
            blocks.append(("decision", _heading_words(line.text), [line]))
        elif blocks[-1][0] in {"decision", "proposal"} and _signature_line(line.text):
            blocks.append(("signatures", _heading_words(line.text.split()[0]), [line]))
        else:
            blocks[-1][2].append(line)
    return blocks


# an organ's decision lead alone on its line after the background: "Kommunstyrelsen beslutar:",
# "Nämnden beslutar att" -- it opens the decision as a "Beslut" heading would; under "Förslag till
# beslut" it tells the proposal
ORGAN_DECIDES_RE = re.compile(r"^\s*[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,2}\s+beslutar(?:\s+att)?\s*:?\s*$")


def _signature_line(text: str) -> bool:
    """A signature label with its name or date on one line ("Justerare Eva Ek (S)", "Justerat
    2026-03-20"): the extract's signing, which ends the decision block."""
    words = text.strip().split(maxsplit=1)
    if len(words) < 2 or text.rstrip()[-1:] in ".!?,;":
        return False
    return heading_kind(words[0].rstrip(":")) == "signatures" and (words[1][:1].isupper() or words[1][:1].isdigit())


def _heading_words(text: str) -> str:
    """A heading line's words in lower case, without the specks OCR read around it ('"Beslut :')."""
    return text.strip().strip(".,:;·•*-–_'\"").strip().rstrip(":").strip().lower()


def _closing_label(text: str) -> str | None:
    """The heading of a label line "Expedieras: Kommunstyrelsen" when it is a subheading that
    never holds decisions, else None."""
    head, colon, value = text.strip().partition(":")
    if not colon or not value.strip() or heading_kind(head) != "subheading":
        return None
    label = head.strip().lower()
    return None if label in OPEN_SUBHEADINGS else label


# --- formal: the Beslut block -------------------------------------------------------------------


def _formal(lines: list[Line]) -> list[tuple[str, str, int]]:
    """(clause, kind, offset) for a decision block: leads with their att-satser."""
    found = []
    lead, items = "", []  # items: list of line lists
    rest: list[Line] = []  # lines of a lead sentence without list

    def flush() -> None:
        nonlocal items, rest
        # a numbered list without a lead: each item reads as a block of its own
        if items and not lead and not _att_items(items):
            for item in items:
                found.extend(_lead_sentences(_join(item), whole=True))
        elif items:
            for item in items:
                piece = _join(item)
                clause = ATT_ITEM_RE.sub("", ITEM_RE.sub("", piece.text, count=1), count=1)
                clause = CLAUSE_SPECK_RE.sub("", clause, count=1) if _bare_clause_item(item) else clause
                found.append((_trim(clause), _kind(lead, clause), piece.offset(0)))
        elif rest:
            found.extend(_lead_sentences(_join(rest)))
        items, rest = [], []

    closed = False  # the att-satser ended ("… 2024/25." / "Per Ek (SD) reserverar sig …"): no clause until a lead
    for line in lines:
        text = line.text.strip()
        leads = bool(_is_lead(text) or BARE_LEAD_RE.search(text))
        if closed and not leads:
            continue
        closed = False
        if ITEM_RE.match(text) and (lead or items or not rest):
            items.append([line])
        elif ATT_SPECK_RE.match(text) and len(rest) == 1 and not items and BARE_LEAD_RE.search(lead):
            rest.append(line)  # "… besluta" / "att a": the lead's "att" with a speck, its clauses below
        elif ATT_ITEM_RE.match(text) and _opens_att_item(lead, rest, items):
            if rest and not items:
                rest = []  # the bare lead line itself is no clause
            items.append([line])
        elif leads and (items or not rest):
            flush()
            lead, rest = text, [line]
        elif _opens_bare_clause(lead, rest, items, text):
            if rest and not items:
                rest = []  # the lead line ending in "att" is no clause
            items.append([line])
        elif items and _closed_att_item(items[-1], text):
            closed = True
        elif items:
            items[-1].append(line)
        else:
            rest.append(line)
            lead = lead or text
    flush()
    return _reported_tasks(found)


DEFINITE_ENDINGS = ("en", "et", "n", "t", "na", "a")  # "handlingsplan" -> "handlingsplanen", "åtgärder" -> "åtgärderna"


def _reported_tasks(found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A clause that reports to an organ at a dated meeting is the task's due date, 'uppdrag', when
    its subject is what the task before it produces ("ge X i uppdrag att ta fram en handlingsplan"
    / "handlingsplanen redovisas för nämnden den 17 mars")."""
    out = list(found)
    for k in range(1, len(out)):
        clause, kind, offset = out[k]
        before, before_kind, _ = out[k - 1]
        if kind != "beslut" or before_kind != "uppdrag" or "redovisning" not in _cue_kinds(clause):
            continue
        subject = clause.split()[0].lower()
        words = {word.lower().strip(".,;") for word in before.split()}
        nouns = words | {noun for word in words for noun in _action_nouns(word)}
        if any(_refers_to(subject, noun) for noun in nouns):
            out[k] = (clause, "uppdrag", offset)
    return out


def _action_nouns(verb: str) -> tuple[str, ...]:
    """The nouns an infinitive's task makes: "utredning" of "utreda", "kartläggning" of "kartlägga",
    "utvärdering" of "utvärdera"; none for a word that is no infinitive of some length."""
    if len(verb) < 5 or not verb.endswith("a"):
        return ()
    return (f"{verb[:-1]}ning", f"{verb[:-1]}ing")


def _refers_to(definite: str, noun: str) -> bool:
    """Whether a definite form names the noun or the head of its compound: "handlingsplanen" for
    "handlingsplan", "kalkylen" for "kostnadskalkyl"; not "underlaget" for "upphandling"."""
    stems = {definite[: -len(end)] for end in DEFINITE_ENDINGS if definite.endswith(end)}
    return any(len(stem) >= 4 and noun.endswith(stem) for stem in stems)


def _closed_att_item(item: list[Line], text: str) -> bool:
    """Whether an att-sats ended with its full stop before `text`, a new capitalised sentence."""
    first = ITEM_RE.sub("", item[0].text.strip(), count=1)
    clause = bool(ATT_ITEM_RE.match(first)) or _bare_clause_item(item)
    return clause and item[-1].text.rstrip().endswith(".") and text[:1].isupper()


ATT_SPECK_RE = re.compile(r"^\s*att\s+(?:[^\w\s]{1,2}|[^\W\d_])\s*$")  # "att a", "att .": the "att" alone, a speck after it
# specks OCR read before a clause ('" godkänna …', ". uppdraget …") or its bullet ("- utse …")
CLAUSE_SPECK_RE = re.compile(r"^\s*(?:[-–•*»«·+.,:;|\"'”“]\s*)?(?=[a-zåäö])")
NUMBERED_RE = re.compile(rf"^\s*{LIST_NUMBER}")
# a clause's line end: a comma or semicolon (maybe with a speck after it), or "samt"
BARE_CLAUSE_END_RE = re.compile(r"(?:[,;](?:\s+[^\w\s]{1,2})?|\bsamt)\s*$")


def _bare_clause(text: str) -> bool:
    """A line that opens a clause without "att": its first word in lower case after a speck or bullet."""
    m = CLAUSE_SPECK_RE.match(text)
    return bool(m) and not NUMBERED_RE.match(text) and not ATT_ITEM_RE.match(text[m.end() :])


def _lead_alone(text: str) -> bool:
    """A line that is a lead and nothing after it ("Nämnden föreslår kommunfullmäktige besluta att"),
    not a clause wrapped after its own "att" ("… beslutar att godkänna X, samt att uppdra åt Y att");
    also a lead that proposes onward through another ("… föreslår kommunstyrelsen att föreslå
    kommunfullmäktige besluta att")."""
    text = re.sub(r"(?:\s+[^\w\s]{1,2})+$", "", text.strip())  # "Nämnden beslutar att .": a speck after it
    text = re.sub(r"(?<=\batt)\s+[^\W\d_]$", "", text)  # "… besluta att a": a letter OCR read from a speck
    m = LEAD_RE.search(text)
    if m and not text[m.end() :].strip():
        return True
    # "… föreslår kommunstyrelsen att föreslå kommunfullmäktige" / "besluta att": onward, over two lines
    return text.endswith(" att") and bool(VIA_TAIL_RE.search(text[: -len(" att")]))


def _bare_clause_item(item: list[Line]) -> bool:
    return _bare_clause(item[0].text.strip())


def _opens_bare_clause(lead: str, rest: list[Line], items: list[list[Line]], text: str) -> bool:
    """Whether a line starts a clause of a lead ending in "att" whose clauses stand one per line
    without their "att" ("Nämnden beslutar att" / "utse Eva Ek (S) att justera protokollet," /
    "godkänna dagordningen."): right under the lead, or after a clause that ended in a comma."""
    if not _bare_clause(text):
        return False
    if not items:
        return 0 < len(rest) <= 2 and rest[0].text.strip() == lead and _lead_alone(" ".join(line.text.strip() for line in rest))
    return _bare_clause_item(items[0]) and bool(BARE_CLAUSE_END_RE.search(items[-1][-1].text))


def _opens_att_item(lead: str, rest: list[Line], items: list[list[Line]]) -> bool:
    """Whether an "att …" line starts a new att-sats: right under the decision heading, whose organ
    is the lead ("Kommunstyrelsens beslut" / "att anta …,"), right after a bare lead ("Nämnden
    beslutar"), or after a clause that ended (",", ".", "samt"); otherwise it goes on from a
    wrapped clause."""
    if items:
        return bool(CLAUSE_END_RE.search(items[-1][-1].text))
    if not rest:
        return True
    if VIA_TAIL_RE.search(" ".join(line.text.strip() for line in rest)):
        return True  # "… föreslår kommunstyrelsen att hos kommunfullmäktige" / "begära" / "att …"
    return len(rest) == 1 and bool(BARE_LEAD_RE.search(lead)) and not _is_lead(lead)


def _att_items(items: list[list[Line]]) -> bool:
    """Whether every item of a list is an att-sats ("att anta …", "1. att anta …")."""
    return all(ATT_ITEM_RE.match(ITEM_RE.sub("", item[0].text.strip(), count=1)) for item in items)


def _is_lead(text: str) -> bool:
    return bool(LEAD_RE.search(text)) and text.rstrip().endswith("att")


# the cues by which a sentence of a decision block beside lead sentences decides on its own
BLOCK_CUES = {"beslut", "uppdrag", "förslag", "paragraf"}


def _lead_sentences(piece: Piece, whole: bool = False) -> list[tuple[str, str, int]]:
    """Sentences of a decision block without a list: the clause after each lead. Without a lead,
    each sentence decides, or the whole text when it is one item of a list (`whole`)."""
    found, cued = [], []  # cued: sentences without a lead that decide in words of their own
    position = 0
    for sentence in SENTENCE_RE.split(piece.text):
        at = piece.text.find(sentence, position)
        position = at + len(sentence)
        m = LEAD_RE.search(sentence)
        if m:
            clause = sentence[m.end() :].strip()
            kind = _kind(sentence[: m.end()], clause)
            if nested := NESTED_PROPOSAL_RE.match(clause):
                clause, kind = clause[nested.end() :], "förslag"
                found.append((_trim(clause), kind, piece.offset(at + m.end())))
                continue
            begin = at + m.end() + (len(sentence[m.end() :]) - len(sentence[m.end() :].lstrip()))
            for part, shift in _att_clauses(clause):
                found.append((_trim(part), _kind(sentence[: m.end()], part), piece.offset(begin + shift)))
        elif (kinds := _cue_kinds(sentence)) & BLOCK_CUES and "not" not in kinds:
            cued.append((_trim(sentence), _kind("", sentence), piece.offset(at)))
    if found and cued:  # "Nämnden fastställer X. Nämnden ger Y i uppdrag att …. Nämnden föreslår Z att …"
        return sorted(found + cued, key=lambda item: item[2])
    if not found and whole:  # "2. Programmet erbjuds inte. Sökande hänvisas till X.": one decision
        bullet = BULLET_RE.match(piece.text)
        at = bullet.end() if bullet else ITEM_RE.match(piece.text).end() if ITEM_RE.match(piece.text) else 0
        if clause := _trim(piece.text[at:]):
            found.append((clause, _kind("", clause), piece.offset(at)))
        return found
    if not found:  # a decision block without a lead ("Ansökan beviljas."): each sentence decides
        position = 0
        for sentence in SENTENCE_RE.split(piece.text):
            at = piece.text.find(sentence, position)
            position = at + len(sentence)
            if "vidare" in _cue_kinds(sentence):
                continue  # "Ärendet behandlas av kommunstyrelsen den 5 maj.": where the matter goes next
            if not ITEM_ONLY_RE.match(sentence) and WORD_RE.search(sentence):  # "2 520": signature ink
                found.append((_trim(sentence), _kind("", sentence), piece.offset(at)))
    return found


# "beslutar att godkänna X, samt att uppdra åt Y …": two att-satser in one sentence
SAMT_ATT_RE = re.compile(r",?\s+samt\s+att\s+")


# "beslutar att utse X att justera protokollet och att godkänna dagordningen": two att-satser joined
# by "och att", each an infinitive; not a task going on ("i uppdrag att utreda … och att återkomma")
# nor clauses with a subject and a passive verb ("att skolan läggs ned och att eleverna erbjuds …")
OCH_ATT_RE = re.compile(r",?\s+och\s+att\s+")
PASSIVE_RE = re.compile(r"\b[a-zåäö]{2,}s\b")
TASK_WORD_RE = re.compile(r"\buppdra", re.IGNORECASE)


def _att_clauses(clause: str) -> list[tuple[str, int]]:
    """The att-satser of a lead's clause, split at ", samt att" (and at "och att" between two
    infinitive clauses), each with its offset in `clause`."""
    joins = list(SAMT_ATT_RE.finditer(clause))
    if not joins and _infinitives_joined(clause):
        joins = list(OCH_ATT_RE.finditer(clause))
    parts, at = [], 0
    for m in joins:
        parts.append((clause[at : m.start()], at))
        at = m.end()
    return [*parts, (clause[at:], at)]


def _infinitives_joined(clause: str) -> bool:
    return (
        OCH_ATT_RE.search(clause) is not None
        and clause[:1].islower()
        and not TASK_WORD_RE.search(clause)
        and not PASSIVE_RE.search(clause)
    )


def _trim(clause: str) -> str:
    clause = SPECKS_AFTER_RE.sub("", tidy(re.sub(r"\s+", " ", clause)))
    tail = re.search(r"\.\s+(\S.*)$", clause)
    if tail and not re.search(r"\b[a-zåäö]{3,}\b", tail.group(1)):
        clause = clause[: tail.start()]  # OCR noise of a signature box after the last clause
    clause = re.sub(r"(?:[,;.]|\s+och|\s+samt)+$", "", clause)
    return clause.strip()


def _kind(lead: str, clause: str) -> str:
    lead_kinds = _cue_kinds(lead)
    for kind in ("förslag", "uppdrag"):
        if kind in lead_kinds:
            return kind
    kinds = _cue_kinds(clause)
    for kind in ("förslag", "uppdrag"):
        if kind in kinds:
            return kind
    return "uppdrag" if "återrapport" in kinds else "beslut"  # "att skolchefen rapporterar till nämnden"


# --- informal: Beslut: lines and decision sentences -------------------------------------------------


CLOSED_RE = re.compile(r"[.!?](?:\s+[-:;,'|·]{1,2}){0,2}$")  # a full stop, perhaps with specks OCR read after it ("… lunch. : ;")


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Paragraphs of running text: a new one at a label line, a list item, or after a closed line
    that is short or has an empty line under it. A "Beslut: …" paragraph ends with the first line
    that closes its sentence, however wide: what the next line says is not the decision's own."""
    width = max((len(line.text.strip()) for line in lines), default=0)
    paragraphs: list[list[Line]] = []
    for line in lines:
        text = line.text.strip()
        last = paragraphs[-1][-1] if paragraphs else None
        prev = last.text.strip() if last else ""
        spaced = last is not None and last.page_no == line.page_no and line.start > last.end + 1
        decision_line = bool(paragraphs) and INLINE_RE.match(paragraphs[-1][0].text) is not None
        closed = bool(CLOSED_RE.search(prev)) and (len(prev) < 0.8 * width or spaced or decision_line)
        closed = closed or (decision_line and spaced and prev.endswith(";"))  # "… 1/3;": a stop read as ;
        if not paragraphs or closed or LABEL_RE.match(text) or INLINE_RE.match(text) or ITEM_RE.match(text):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _informal(lines: list[Line], free_text: bool, in_paragraph: bool = False) -> list[tuple[str, str, int]]:
    """Decision lines of running text; `in_paragraph`: a § without decision heading or lead, where
    the 'paragraf' forms of models/decision_cues.tsv ("Nämnden utser …", "Anmälan läggs till
    handlingarna") decide too."""
    deciding = {"beslut", "uppdrag", "förslag", "paragraf", "justerare"} if in_paragraph else {"beslut", "uppdrag", "förslag"}
    found = []
    for paragraph in _paragraphs(lines):
        piece = _join(paragraph)
        task = TASK_RE.match(piece.text)  # "Åtgärd: Per tar fram …": every sentence is a task
        inline = INLINE_RE.match(piece.text) or task
        if not inline and not free_text:
            continue
        start = inline.end() if inline else 0
        position = start
        for sentence in SENTENCE_RE.split(piece.text[start:]):
            at = piece.text.find(sentence, position)
            position = at + len(sentence)
            if WHO_WHEN_RE.match(sentence):
                continue  # "Ansvarig: Per Lund.": who or when, no decision of its own
            if task:
                found.append((_informal_clause(sentence), "uppdrag", piece.offset(at)))
                continue
            kinds = _cue_kinds(sentence)
            if not inline and (not kinds & deciding or "not" in kinds):
                continue
            if inline and found and found[-1][2] >= piece.offset(start) and _goes_on(piece, at, kinds):
                clause, kind, offset = found.pop()  # "Beslut: Varje skola anmäler två lärare. Anmälan skickas …"
                found.append((f"{clause} {_informal_clause(sentence)}".strip(), kind, offset))
                continue
            if clause := _informal_clause(sentence):
                found.append((clause, _line_kind(sentence, kinds, bool(inline and not task)), piece.offset(at)))
    return found


def _line_kind(sentence: str, kinds: set[str], labelled: bool) -> str:
    """The kind of a decision sentence; on a "Beslut:" line the group's own task ("Beslut:
    Arbetsgruppen tar fram en rutin …") is what the group decided, 'beslut'."""
    kind = _kind(sentence, sentence)
    return "beslut" if labelled and kind == "uppdrag" and "grupp" in kinds else kind


def _elected_justerare(lines: list[Line]) -> list[tuple[str, str, int]]:
    """The election of the justerare told in the running text of a § above its decision heading
    ("Ordföranden förrättar upprop. Eva Ek (V) väljs att justera protokollet."): one decision."""
    found = []
    for paragraph in _paragraphs(lines):
        piece = _join(paragraph)
        position = 0
        for sentence in SENTENCE_RE.split(piece.text):
            at = piece.text.find(sentence, position)
            position = at + len(sentence)
            kinds = _cue_kinds(sentence)
            if "justerare" in kinds and "not" not in kinds and (clause := _informal_clause(sentence)):
                found.append((_trim(clause), "beslut", piece.offset(at)))
    return found


def _goes_on(piece: Piece, at: int, kinds: set[str]) -> bool:
    """Whether a sentence of a "Beslut:" paragraph only tells how the decision before it is carried
    out: it decides in no words of its own and goes on on that decision's line."""
    return not kinds & {"beslut", "uppdrag", "förslag"} and all(line_at != at for line_at, _ in piece.starts)


ARROW_RE = re.compile(r"^[>→➢►]\s+")  # "> Per skickar ut …": an arrow bullet before an action line


def _informal_clause(sentence: str) -> str:
    clause = ARROW_RE.sub("", tidy(re.sub(r"\s+", " ", sentence)))
    return re.sub(r"(?<=[.!?])\s+\S{1,2}$", "", clause)  # an OCR speck after the full stop


# --- the document ------------------------------------------------------------------------------


def _section_lines(lines: tuple[Line, ...], starts: list[int], section: Section) -> list[Line]:
    first, last = bisect_left(starts, section.char_start), bisect_left(starts, section.char_end)
    return [line for line in lines[first:last] if line.content]


DNR_RE = re.compile(r"^\s*(?:dnr|diarienr|diarienummer)\b", re.IGNORECASE)


def _without_head(lines: list[Line], section: Section) -> list[Line]:
    """The section's lines after its number line, title lines and a "Dnr …" line; also after the
    § line under a title printed above it ("Bidrag till bygdegården" / "§ 89 Dnr KS 2024/198")."""
    title = " ".join(section.title.casefold().split())
    head = 1
    while head < min(len(lines), 4):
        text = " ".join(lines[head].text.casefold().split())
        if heading_kind(lines[head].text) is not None:
            break
        if not (DNR_RE.match(text) or paragraph_match(lines[head].text) or (text and f" {text} " in f" {title} ")):
            break
        head += 1
    return lines[head:]


def _unheaded(lines: list[Line]) -> list[Line] | None:
    """A § without a "Beslut" heading: from its first lead ("Nämnden beslutar att") up to the
    next label line ("Reservation: …") or block heading, or None when no line leads a decision."""
    under = ""  # the subheading of the block a line stands in
    ruled = False  # the yrkanden or beslutsgång are told above
    found = []  # (line index, lead, whether the lead stands alone over its att-satser)
    for i, line in enumerate(lines):
        if kind := heading_kind(line.text):
            under = _heading_words(line.text) if kind == "subheading" else ""
            ruled = ruled or under in PROCEDURE_SUBHEADINGS
        bare = _bare_lead_over_clauses(lines, i) or _lead_over_numbered_clauses(lines, i)
        own = _organs_own_lead(lines, i, under, ruled)
        bare = bare or own
        if under and under not in OPEN_SUBHEADINGS and not (bare and _ruled_on(under, ruled, line.text)) and not own:
            continue  # "Förslag till beslut", "Yrkanden": what others propose is no decision
        nxt = ITEM_RE.sub("", lines[i + 1].text.strip(), count=1) if i + 1 < len(lines) else ""
        joined = f"{line.text} {nxt}"  # "Nämnden beslutar" / "1. att …"
        m = LEAD_RE.search(joined)
        if m and "not" in _cue_kinds(joined[: m.end()]):
            continue  # "Eva Ek (V) föreslår i en motion att …": a member's proposal, no decision
        if m and m.start() < len(line.text):
            via = VIA_LEAD_RE.search(" ".join(other.text.strip() for other in lines[i : i + 3]))
            found.append((i, m.group(), bare or bool(via and via.start() < len(line.text.strip()))))
        elif (colon := COLON_LEAD_RE.search(line.text)) and i + 1 < len(lines) and ITEM_RE.match(lines[i + 1].text):
            found.append((i, colon.group(1), True))  # "Nämnden beslutar:" over "1. …" or "- att …"
        elif bare:
            found.append((i, line.text.strip(), True))  # "Nämnden beslutar =" over ": att …": specks OCR read
    if not found:
        return None
    # "Förvaltningen föreslår att …" tells the background when the organ "beslutar att" further
    # down; a lead alone over its att-satser ("Kommunstyrelsen föreslår kommunfullmäktige besluta")
    # is the organ's own, as is its proposal onward in running text ("Arbetsutskottet föreslår
    # kommunstyrelsen besluta att anta …")
    own = (i for i, lead, bare in found if bare or DECIDES_RE.match(lead) or _asks_onward(lines[i].text, lead))
    i = next(own, found[0][0])
    end = next((j for j in range(i + 1, len(lines)) if _ends_unheaded(lines[j].text)), len(lines))
    return lines[i:end]


# "föreslår kommunstyrelsen besluta att": a proposal to a named body that is asked to decide
ONWARD_LEAD_RE = re.compile(r"^föreslår\s+(?:[\wåäö-]+\s+){1,3}?besluta\s+att$", re.IGNORECASE)


def _asks_onward(text: str, lead: str) -> bool:
    """Whether a lead is the organ's own proposal to a higher body ("Arbetsutskottet föreslår
    kommunstyrelsen besluta att anta …"), no background told by the administration ("Förvaltningen
    föreslår att …")."""
    return bool(ONWARD_LEAD_RE.match(lead.strip())) and _organ_leads(text)


# "Arbetsutskottet beslutar att föreslå barn- och ungdomsnämnden att fördela …": a proposal to a higher organ
NESTED_PROPOSAL_RE = re.compile(r"föreslå\s+(?:[\wåäö-]+\s+){1,5}?att\s+", re.IGNORECASE)
DECIDES_RE = re.compile(r"(?:beslutar|beslutade|beslöt|beslutas|beslutades)\b", re.IGNORECASE)


AS_PROPOSED_RE = re.compile(
    r"\b(?:enligt|i\s+enlighet\s+med|bifaller|bifalla|bifall\s+till)\s+(?:[\wåäö-]+\s+){0,2}?förslag(?:et)?\b", re.IGNORECASE
)


def _adopted(found: list[tuple[str, str, int]], blocks: list) -> list[tuple[str, str, int]]:
    """ "Nämnden beslutar enligt förvaltningens förslag": the decision is the proposal's clauses,
    read from the section's "Förslag till beslut" block; other decisions are kept as they are."""
    if len(found) != 1 or not AS_PROPOSED_RE.search(found[0][0]) or " att " in f" {found[0][0]} ":
        return found
    for kind, heading, block in blocks:
        if kind == "subheading" and "förslag" in heading and heading not in {"yrkande", "yrkanden"}:
            clauses = [(_last_lead_clause(c), k, o) for c, k, o in _formal(block)]
            if clauses and all(c for c, _, _ in clauses):
                return clauses
    return found


def _last_lead_clause(clause: str) -> str:
    """'nämnden beslutar att anta riktlinjerna' -> 'anta riktlinjerna': a lead nested in a proposal."""
    leads = list(LEAD_RE.finditer(clause))
    return _trim(clause[leads[-1].end() :]) if leads else clause


# blocks that tell how the meeting came to its decision: the organ's lead that ends them
# ("Kommunstyrelsen föreslår kommunfullmäktige besluta" / "1. att …") is the decision itself
PROCEDURE_SUBHEADINGS = {"yrkande", "yrkanden", "förslag och yrkanden", "beslutsgång", "propositionsordning", "omröstning"}


def _ruled_on(under: str, ruled: bool, lead: str) -> bool:
    """Whether an organ's lead alone over its att-satser in the block `under` is the decision: in
    the yrkanden or beslutsgång themselves, or under the organ's own proposal heading after them
    ("Yrkanden" … "Arbetsutskottets förslag" / "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    or below the reservation that follows them when the lead's subject is an organ ("Reservation" /
    "Per Ek (S) reserverar sig …" / "Nämnden föreslår kommunfullmäktige besluta")."""
    if under in PROCEDURE_SUBHEADINGS or (ruled and organ_proposal_heading(under)):
        return True
    return ruled and under in CLOSING_SUBHEADINGS and _organ_leads(lead)


# blocks that tell the matter: the organ's lead that closes one ("Ärendet" / … / "Nämnden beslutar att"
# / "godkänna …,") is the decision of a § without decision heading
BACKGROUND_SUBHEADINGS = {
    "ärendet",
    "ärende",
    "ärendebeskrivning",
    "sammanfattning",
    "sammanfattning av ärendet",
    "bakgrund",
    "beskrivning av ärendet",
    "bedömning",
    "förvaltningens bedömning",
}
PRESENT_DECIDES_RE = re.compile(r"\bbeslutar\b", re.IGNORECASE)


def _organs_own_lead(lines: list[Line], i: int, under: str, ruled: bool) -> bool:
    """Whether line `i` is the organ's own lead though it stands in a block that otherwise holds no
    decisions: under the organ's proposal heading after the yrkanden and beslutsgång with its clause
    running on ("Arbetsutskottets förslag" / "Arbetsutskottet föreslår kommunstyrelsen att anta" /
    "den nya ordningen …"), or closing the background block, alone on its line in the present over
    its clauses ("Ärendet" / … / "Nämnden beslutar att" / "godkänna …," or "att godkänna …,")."""
    text = lines[i].text.strip()
    if not _organ_leads(text) or "not" in _cue_kinds(text):
        return False
    if ruled and organ_proposal_heading(under):
        return bool(LEAD_RE.search(text))
    if under not in BACKGROUND_SUBHEADINGS or not PRESENT_DECIDES_RE.search(text) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].text.strip()
    return (_lead_alone(text) and _bare_clause(nxt)) or _bare_lead_over_clauses(lines, i)


# blocks after the ruling that never hold decisions themselves
CLOSING_SUBHEADINGS = {"reservation", "reservationer", "protokollsanteckning", "protokollsanteckningar"}
ORGAN_LEAD_RE = re.compile(r"^(?P<organ>.+?)\s+(?:beslutar|föreslår)\b", re.IGNORECASE)


def _organ_leads(lead: str) -> bool:
    """Whether the subject of a lead ("Barn- och utbildningsnämnden föreslår …") is an organ, no member."""
    m = ORGAN_LEAD_RE.match(lead.strip())
    return bool(m) and "(" not in m.group("organ") and names_organ(m.group("organ"))


def _bare_lead_over_clauses(lines: list[Line], i: int) -> bool:
    """A line that is only a lead ("Nämnden beslutar för egen del") over a line "att …" or "1. att …";
    not a motion ("Per Ek (M) yrkar att nämnden beslutar" / "att avslå …")."""
    text = lines[i].text
    if i + 1 >= len(lines) or not BARE_LEAD_RE.search(text) or "not" in _cue_kinds(text):
        return False
    if LEAD_RE.search(text) and not VIA_TAIL_RE.search(text):
        return False  # "Per Ek (M) yrkar att nämnden beslutar"; not "X föreslår Y att föreslå Z besluta"
    return bool(ATT_ITEM_RE.match(ITEM_RE.sub("", lines[i + 1].text.strip(), count=1)))


def _lead_over_numbered_clauses(lines: list[Line], i: int) -> bool:
    """A lead ending in "att" alone on its line over numbered clauses ("Nämnden föreslår
    kommunfullmäktige besluta att" / "1. anvisa …"); not a member's motion ("yrkar att")."""
    text = lines[i].text.strip()
    if i + 1 >= len(lines) or not _is_lead(text) or "not" in _cue_kinds(text):
        return False
    return bool(ITEM_RE.match(lines[i + 1].text.strip()))


def _ends_unheaded(text: str) -> bool:
    """A label ("Reservation: …") or a block heading ("Reservation", "Protokollsanteckning")."""
    return bool(LABEL_RE.match(text)) or heading_kind(text) is not None


def _section_decisions(
    lines: list[Line], only_section: bool, formal_section: bool = False
) -> list[tuple[str, str, int]]:
    blocks = _blocks(lines)
    formal = any(kind == "decision" for kind, _, _ in blocks)
    proposed = not formal and any(kind == "proposal" for kind, _, _ in blocks)
    if formal_section and not formal and not proposed and (lead := _unheaded(lines)):
        return _formal(lead)
    found, elected = [], []  # elected: the justerare's election told above the decision heading
    decided = ruled = False  # ruled: the yrkanden or beslutsgång are told above
    deciders = {heading.split()[0] for kind, heading, _ in blocks if kind == "decision" and len(heading.split()) > 1}
    for kind, heading, block in blocks:
        ruled = ruled or heading in PROCEDURE_SUBHEADINGS
        if kind == "decision":
            found.extend(_adopted(_formal(block), blocks))
            decided = True
        elif kind == "proposal" and (proposed or decided or heading.split()[0] in deciders or _ruled_proposal(heading, ruled)):
            # "Socialnämndens förslag till kommunfullmäktige" before "Socialnämndens beslut": the same
            # organ proposes, then decides; another's proposal ("Arbetsutskottets …") is background
            # "Arbetsutskottets förslag till utbildningsnämnden"; after the organ's own decision
            # block ("Kommunstyrelsens beslut" / "Kommunstyrelsens förslag till kommunfullmäktige")
            # it holds the organ's proposals to a higher one
            found.extend((clause, "förslag", offset) for clause, _kind, offset in _formal(block))
        elif kind in {None, "topic"} or heading in OPEN_SUBHEADINGS:
            body = block[1:] if kind is None and not only_section else block  # the first line is the heading
            found.extend(_informal(body, free_text=not formal, in_paragraph=formal_section and not formal))
            if formal_section and formal and kind is None:
                elected.extend(_elected_justerare(body))
    if not elected or any("justerare" in _cue_kinds(clause) for clause, _, _ in found):
        return found  # none told, or the decision block names the justerare itself
    return sorted(elected + found, key=lambda item: item[2])


def _ruled_proposal(heading: str, ruled: bool) -> bool:
    """ "Förslag till beslut i kommunfullmäktige" after the yrkanden and beslutsgång: the proposal
    onward the meeting has just ruled on; above them it tells the background."""
    return ruled and heading.startswith("förslag")


def find(doc: Document) -> list[Decision]:
    lines = lines_of(doc.text)
    starts = [line.start for line in lines]
    has_items = any(s.kind in AGENDA_KINDS for s in doc.sections)
    decisions: list[Decision] = []
    for section in doc.sections:
        if section.kind not in AGENDA_KINDS and (has_items or section.kind != "header"):
            continue
        body = _section_lines(lines, starts, section)
        if section.kind in AGENDA_KINDS:
            body = _without_head(body, section)
        formal = bool(section.number and section.number.startswith("§"))
        for clause, kind, offset in _section_decisions(body, True, formal):
            if not clause:
                continue
            decisions.append(
                Decision(
                    decision_id=len(decisions) + 1,
                    section_id=section.section_id,
                    text=clause,
                    kind=kind,
                    page_no=doc.page_at(offset),
                )
            )
    return decisions
