"""Segmentation: cut a document's repaired text into sections.

`segment(doc)` reads `doc.text` (pages joined by "\\f") line by line and returns the sections in
order, contiguous and covering the whole text, so every offset belongs to one section:

- 'paragraph': a § of a formal protocol ("§ 47 Dnr BUN 2019/212", "47 §", "Paragraf 47", "KS § 47",
  "Budget 2024  KS § 47" with the title first; title on the same or next line, the diarienummer before or after it: "Dnr:", "Diarienr", "Ärendenummer",
  "KS 2022/145", "BUN/2021:33", "Dnr 2021.123", "UN 2023-00045", "KS 25/0009" right after the number;
  "SOU 2020:28" is a citation; an extract's "Diarienummer UN-2025-0417  § 141" gives the § after it).
  tesseract's Swedish model reads "§" as "$", "£", "&", "S", "8" or "5"; a line that starts with such a sign
  and a number counts when it fits the run of paragraph numbers (or carries a diarienummer, on its
  line or under its title: "UN 5 52" / title / "Diarienummer: 2023/00231"). A protokollsutdrag may
  give its one § in a header table ("Sammanträdesdatum  Paragraf  Diarienummer" / its row of values)
  or as a label with its value ("Paragraf  BUN § 27", over "Diarienummer  BUN 2026/41" and the title).
- 'topic': a numbered item ("3. Övriga frågor", "Ärende 3", "3 Övriga frågor" under an agenda
  heading or in a run of such headings from "1"; an agenda's number column whose cells OCR garbled,
  "3:" / "Öd." / tab / title; under "Punkt  Anteckningar" the title cell before the notes; an agenda
  table's status column, "Ärende  Beslut/info", is cut off its rows' titles), a programme item after
  its clock time, or, in informal minutes without numbers, a short heading line between paragraphs of text.
- 'header' (front matter before the first item), split further where an attendance list
  ('attendance'), a signature block ('signatures') or the posting notice ('other') begins; a
  signature block after the last item also becomes its own section.

A table of contents ("§ 40 Title ..... 3", or a run of § lines with nothing between) makes no
agenda sections; under an "Innehållsförteckning" heading it is one 'other' section. An agenda
list whose numbers OCR lost after some item continues its numbering; an agenda table's row whose
column gaps OCR lost sheds its presenter ("… 2025 Controller Eva Ek") and takes the title and
"(Dnr)" wrapped under it; a row's title cell may wrap over four lines, the presenter column's
cells set off by tabs beside it. Page furniture — headers
and footers printed on every page ("SAMMANTRÄDESPROTOKOLL", "Sida 2 (3)", "Justerandes signatur") — is left out of section text; the first page's header is
kept, since it is the document's own header; a later page's top line that repeats a line of it
with a letter or two damaged by OCR, and the same dates, is furniture too. The vocabularies are in models/section_headings.tsv
and models/page_furniture.tsv. `lines_of` and `heading_kind` are shared with the extractors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from . import evaluate
from .document import PAGE_BREAK, Document, Section
from .tables import load_table

HEADER_ZONE = 6  # content lines at the top of a page that may be a running header
FOOTER_ZONE = 3  # content lines at the bottom of a page that may be a running footer
UPPER = "A-ZÅÄÖÉÜ"

CELL_SPLIT_RE = re.compile(r"\t+| {2,}")
# a speck OCR put before a drawn sign (":& 112", "” & 87") is tolerated; before a digit or letter read as one
# (". 848 Budget") only when a diarienummer backs the line (see `_paragraph_starts`)
# "£98": OCR may also read the sign as a pound sign, and lose the space after it
# the sign OCR may read as "$", "£", "S", "8", "5" or "&", and its lower loop as a hyphen ("S-21")
PARAGRAPH_RE = re.compile(r"^\s*(?:(?P<speck>[:;.,'|”“\"])\s?)?(?P<sign>§|\$&?|£|S|8|5|&)(?:(?<=[S$&£])-|\s?)(?P<num>\d{1,3})\b\.?(?![\d/,.:-]\d)(?P<rest>.*)$")
# "12 §": the number before the sign, as some kommuner print their paragraphs
SIGN_AFTER_RE = re.compile(r"^\s*(?P<num>\d{1,3})\s?(?P<sign>§)\s*(?P<rest>.*)$")
# "Paragraf 3 Dnr KS 2022/1": the word for the sign; also the label of an extract's header with its
# value, "Paragraf  BUN § 27", the sign maybe read as "8" or "5" after the organ ("Paragraf BUN 8 27"),
# the grid's rule maybe read as a bar or colon between them ("Paragraf | & 74"), the sign alone
# maybe read as "8" before the number ("Paragraf 8 34")
SIGN_WORD_RE = re.compile(
    rf"^\s*(?P<sign>Paragraf|PARAGRAF)\s*[:|]?\s+(?:[{UPPER}]{{2,6}}\s+(?:[§$&£85S]\s?)?|[§$&£]\s?|[85]\s(?=\d{{1,3}}\b))?(?P<num>\d{{1,3}})\b[.:]?(?P<rest>.*)$"
)
# "Ärende 2 Dnr BUN 2021/5", "Punkt 3": numbered items named by a word
ITEM_WORD_RE = re.compile(r"^\s*(?P<word>Ärende|ÄRENDE|Punkt|PUNKT)\s+(?P<num>\d{1,3})\b(?:[.:]|\s+[-–])?(?P<rest>.*)$")
# '"6. Nästa möte': a quote mark OCR read from a speck before the number; ".2. Godkännande": a dot glued to it
TOPIC_RE = re.compile(rf"^\s*(?:[\"“”'‘’]\s*|\.(?=\d))?(?P<num>\d{{1,2}})\s*(?P<dot>[.);,]?)\s*(?:[-–'‘’\"]\s*)?(?P<rest>[{UPPER}'‘’].*)$")
# series that cite laws, inquiries and EU acts ("SOU 2020:28", "SFS 2010:800"), not diarienummer
NOT_CASE_SERIES = "(?:SOU|SFS|EU|EG|DS|SKOLFS|SOSFS|AFS|PROP)"
# a series is one word or two ("KS AU 2022/12", "BUN-AU 2023/5"); a lone capital before it is a speck
# OCR read from the margin ("G BUN 2024-0151")
CASE_RE = re.compile(
    rf"(?:\b(?i:dnr|diarienr|diarienummer|ärendenummer|ärendenr|ärende nr)\s*(?:[.:]\s*){{0,3}})?"  # "Diarienummer . . SN 2025/63"
    rf"(?:(?<![\w-])(?!{NOT_CASE_SERIES}\b)(?P<prefix>[{UPPER}]{{2,6}} [{UPPER}]{{1,4}}|[{UPPER}]{{1,6}}(?:-[{UPPER}]{{1,4}})?)(?P<join>\s?[-/]\s?|\.|\s?)(?P<year>(?:19|20)\d\d)"
    rf"(?:\s?(?P<sep>[/:.])\s?(?P<no>\d{{1,6}}(?:-\d{{1,3}}(?![\d/]))?)(?!\d)|-(?P<long_no>\d{{3,6}})(?![\d-]))"
    rf"|(?:(?<=[Dd]nr)|(?<=ienr)|(?<=ummer))\.?\s*:?\s*(?P<bare_year>(?:19|20)\d\d)(?P<bare_sep>[/:.]|-(?=\d{{3}}))(?P<bare_no>\d{{1,6}}(?:-\d{{1,3}}(?![\d/]))?)(?!\d)"
    # the series after the number, ending the text: "Dnr 2024.142 BSN"
    rf"(?:\s(?P<bare_series>[{UPPER}]{{2,6}})(?=\s*$))?"
    # the running number before the year, only after the word: "Dnr 148/2017"
    rf"|(?:(?<=[Dd]nr)|(?<=ienr)|(?<=ummer))\.?\s*:?\s*(?P<rev_no>\d{{1,5}})/(?P<rev_year>(?:19|20)\d\d)(?![\d/])"
    # a two-digit year only after the word: "Dnr KFN 22/58"
    rf"|(?:(?<=[Dd]nr)|(?<=ienr)|(?<=ummer))\.?\s*:?\s*(?P<short_prefix>[{UPPER}]{{1,6}})\s?(?P<short_year>\d\d)/(?P<short_no>\d{{1,5}})(?![\d/])"
    # a two-digit year also when a hyphen joins it to the series: "UN-23/0311", "KS-22/1045"
    rf"|(?<![\w-])(?!{NOT_CASE_SERIES}\b)(?P<joined_prefix>[{UPPER}]{{2,6}})-(?P<joined_year>\d\d)/(?P<joined_no>\d{{2,5}})(?![\d/])"
    # the year first, the series joined to the running number: "Dnr 2025/BUN0412", "Dnr 2025:BUN0212"
    rf"|(?<![\w/:-])(?P<lead_year>(?:19|20)\d\d)(?P<lead_sep>[/:])(?!{NOT_CASE_SERIES}\d)(?P<lead_series>[{UPPER}]{{2,6}})(?P<lead_no>\d{{1,6}})(?![\w/]))"
)
BARE_CASE_RE = re.compile(r"(?:19|20)\d\d[/:]\d{1,5}(?![\d/])")  # only right after a § number
# "§ 41 KS 25/0009": a series with a two-digit year, only right after a § number
SHORT_YEAR_CASE_RE = re.compile(rf"(?P<series>[{UPPER}]{{1,6}})\s?(?P<year>\d\d)/(?P<no>\d{{2,5}})(?![\d/])")
DNR_WORD_RE = re.compile(r"\b(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|ärende nr)\b\.?\s*:?", re.IGNORECASE)
TOC_HEADING_RE = re.compile(r"^\s*(?:innehållsförteckning|innehåll|ärendeförteckning)\s*:?\s*$", re.IGNORECASE)
TOC_RE = re.compile(r"(?:\.\s*){4,}|…{2,}|(?:\t| {2,})\d{1,3}\s*$")
PAGE_NUMBER_RE = re.compile(
    r"(?:^|\s)(?:sida\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|/)\s*\d{1,3})\s*$|^\s*sida\s*\d{1,3}\b"
    r"|(?:^|\s)blad\s*\d{1,3}\s*$",  # "Kommunstyrelsen Blad 2": the sheet number
    re.IGNORECASE,
)
# "Kultur- och fritidsnämnden beslutar", "… föreslår kommunfullmäktige besluta": a lead over its
# att-satser, never a running header though it opens a decision at the top of two pages, also
# when its "att" ends it ("Nämnden beslutar att" / "godkänna …")
DECISION_LEAD_RE = re.compile(r"\b(?:beslutar|föreslår\b.*\bbesluta)(?:\s+att)?\s*:?\s*$", re.IGNORECASE)
HEADER_KEYWORD_RE = re.compile(
    r"sammanträdesprotokoll|sammanträdesdatum|protokollsutdrag|utdragsbestyrkande", re.IGNORECASE
)
# "13 20", "13.20", "kl. 13:20"; "1320" only before a cell break (OCR lost the space of a grid cell);
# a bullet before it OCR may read as one speck or two ("»« 09.30-09.45 Inledning")
PROGRAM_RE = re.compile(
    rf"^\s*(?:[«»<>|*•·]{{1,2}}\s*)?(?:[Kk]l(?:ockan)?\.?\s*)?(?P<hour>[012]?\d)(?:[ .:]|(?=\d\d\t))(?P<minute>[0-5]\d)(?:\s*[-–]\s*[012]?\d[ .:][0-5]\d)?(?:\t|\s+)(?P<rest>[{UPPER}].*)$"
)
NAME_LINE_RE = re.compile(rf"^[{UPPER}][\w'-]+(?: [{UPPER}][\w'-]+){{1,3}}$")
SENTENCE_END = ".!?)"
LEADING_NOISE_RE = re.compile(r"^[\"'`´‘’|=~^_*:;,.]+\s*")
TRAILING_NOISE_RE = re.compile(r"(?:\s+[^\w\s()§$%]{1,2})+$|\s*['‘’`´|=~^_]+$")


def tidy(text: str) -> str:
    """A line without OCR crumbs at its ends: '"avslutning' -> 'avslutning', 'september. :' -> 'september.'."""
    text = LEADING_NOISE_RE.sub("", text.strip())
    return TRAILING_NOISE_RE.sub("", text).strip()


@lru_cache(maxsize=1)
def _headings() -> dict[str, str]:
    return {row["heading"]: row["kind"] for row in load_table("section_headings.tsv")}


def section_headings() -> dict[str, str]:
    """Kind of each heading of models/section_headings.tsv, by its lower-case form."""
    return dict(_headings())


@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[re.Pattern, ...]:
    """models/page_furniture.tsv, compiled: each pattern matches one header or footer cell."""
    return tuple(re.compile(rf"\s*(?:{row['pattern']})\s*", re.IGNORECASE) for row in load_table("page_furniture.tsv"))


# --- lines ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    start: int  # offset of the line's first character in Document.text
    end: int  # offset just past its last character (the newline is not part of it)
    text: str
    page_no: int
    furniture: bool = False  # a running page header or footer

    @property
    def content(self) -> bool:
        return bool(self.text.strip()) and not self.furniture


def cells(text: str) -> list[str]:
    """The cells of a line: a table row rendered with tabs or runs of spaces."""
    return [c.strip() for c in CELL_SPLIT_RE.split(text.strip()) if c.strip()]


def heading_kind(text: str) -> str | None:
    """Kind of a line that is only a heading ('Beslut', 'Ärendet :', '. Reservation'), else None.

    OCR leaves stray characters around headings ("Beslut z", "Yrkanden 5 :"); up to two short
    tokens of such noise after the heading are tolerated.
    """
    words = text.strip().strip(".,:;·•*-–_'\"").strip()
    if not words or len(words) > 100:
        return None
    if len(words) > 60:  # only the organ's heading that proposes onward is this long
        return _organ_heading(SPECK_RE.sub("", words.rstrip(":").strip()))
    if words[:1].islower() and text.rstrip().endswith("."):
        return None  # "beslutet." ending a sentence wrapped from the line above, not a heading
    headings = _headings()
    tokens = words.split()
    for cut in range(len(tokens), max(len(tokens) - 3, 0), -1):
        candidate = " ".join(tokens[:cut]).rstrip(":").strip()
        noise = tokens[cut:]
        if not all(len(t) <= 2 and not t.isalpha() or len(t) == 1 or CAPITALS_SPECK_RE.fullmatch(t) for t in noise):
            continue
        if _capitals_in(noise) and headings.get(candidate.lower()) != "decision":
            continue
        if candidate.lower() in headings:
            return headings[candidate.lower()]
        if kind := _one_letter_misread(candidate.lower(), headings):
            return kind
        # "Nämndens beslut 5", "Nämndens förslag till. kommunfullmäktige": the organ's heading with specks
        if kind := _organ_heading(SPECK_RE.sub("", candidate)):
            return kind
    joined = _rejoined_compound(tokens)
    return _organ_heading(joined) if joined else None


# "Beslut SS": two capitals OCR read from a stamp or initials after the decision heading; after
# other headings ("Information SN") they may be part of a title
CAPITALS_SPECK_RE = re.compile(rf"[{UPPER}]{{2}}")


def _capitals_in(noise: list[str]) -> bool:
    return any(CAPITALS_SPECK_RE.fullmatch(t) for t in noise)


MISREAD_HEADING_CHARS = 12  # a one-word heading this long is known with one letter misread


def _one_letter_misread(word: str, headings: dict[str, str]) -> str | None:
    """The kind of a long one-word heading that OCR read with one letter changed
    ("Protokollsantegkning" for "Protokollsanteckning")."""
    if len(word) < MISREAD_HEADING_CHARS or not word.isalpha():
        return None
    for heading, kind in headings.items():
        if evaluate.one_letter_apart(heading, word):
            return kind
    return None


def _rejoined_compound(tokens: list[str]) -> str | None:
    """ "Kommun fullmäktiges beslut": the words with the first compound, which OCR split in two, joined
    again ("Kommunfullmäktiges beslut") when the joined word is a Swedish word; else None."""
    from .extract import nlp  # extraction's vocabularies; imported late, extract imports this module

    if len(tokens) < 3 or not tokens[0][:1].isupper() or not tokens[1].isalpha() or not tokens[1].islower():
        return None
    word = tokens[0] + tokens[1]
    return " ".join([word, *tokens[2:]]) if word.isalpha() and nlp.is_common_word(word) else None


SPECK_RE = re.compile(r"(?<=[a-zåäö])[.,:;](?=\s)")  # a speck OCR read as a stop after a word


def _organ_heading(text: str) -> str | None:
    """Headings named after the deciding organ: "Arbetsutskottets beslut" (also "… för egen del"
    and "Kommunstyrelsens eget beslut",
    what it decides itself beside what it proposes: 'decision'),
    "Arbetsutskottets förslag till utbildningsnämnden" ('proposal': the decision is a proposal to
    a higher organ), "Kommunstyrelsens förslag" ('subheading')."""
    if not text[:1].isupper():
        return None
    if _proposal_to_re().fullmatch(text):
        return "proposal"  # "Förslag till kommunstyrelsen" under the organ's decision: its proposal onward
    m = _organ_heading_re().fullmatch(text)
    if not m:
        return None
    if m.group("what").lower().startswith("bes"):  # "beslut", or its l read as i, 1 or | ("besiut")
        return "decision"
    return "proposal" if m.group("to") else "subheading"


def organ_proposal_heading(text: str) -> bool:
    """ "Arbetsutskottets förslag": a heading that names an organ's proposal without saying to whom."""
    m = _organ_heading_re().fullmatch(text.strip())
    return bool(m and m.group("what").lower() == "förslag" and not m.group("to"))


@lru_cache(maxsize=1)
def _proposal_to_re() -> re.Pattern:
    names = "|".join(sorted({row["suffix"] for row in load_table("organ_words.tsv") if row["rank"] == "1"}, key=len, reverse=True))
    # "Förslag till beslut i kommunfullmäktige": the decision proposed to that organ
    return re.compile(rf"förslag\s+till\s+(?:beslut\s+(?:i|till|för)\s+)?(?:\w+-\s+och\s+)?[\w-]*(?:{names})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _organ_heading_re() -> re.Pattern:
    organs = sorted(
        {row["suffix"] for row in load_table("organ_words.tsv") if row["rank"] == "1"}, key=len, reverse=True
    )
    names = "|".join(organs)
    return re.compile(
        rf"(?:\w+-\s+och\s+)?(?:[\w-]*(?:{names})s\s+)?[\w-]*(?:{names})s\s+(?:eget\s+|egna\s+)?(?P<what>bes[l1iI|]ut|förslag)"
        rf"(?P<to>\s+till\s+(?:\w+-\s+och\s+)?[\w-]*(?:{names})"
        # "… förslag till kommunstyrelsen att föreslå kommunfullmäktige [besluta]": onward through it
        rf"(?:\s+att\s+föreslå\s+(?:\w+-\s+och\s+)?[\w-]*(?:{names})(?:\s+besluta)?)?)?(?:\s+till\s+beslut)?"
        r"(?:\s+för\s+egen\s+del)?",  # "Kommunstyrelsens beslut för egen del": beside its proposals
        re.IGNORECASE,
    )


def label_kind(text: str) -> str | None:
    """Kind of the heading word that opens a front-matter line: 'Närvarande: ...', 'BESLUTANDE\\tERSÄTTARE'."""
    first = cells(text)[0] if cells(text) else ""
    head = first.split(":", 1)[0] if ":" in first else first
    if not head[:1].isupper():
        return None
    return _headings().get(head.strip().lower())


def _is_signature_heading(text: str) -> bool:
    """A line of signature captions only ('Ordförande\\tJusterande'), or 'Vid anteckningarna[/Name]'."""
    stripped = text.strip()
    if re.match(r"vid (?:anteckningarna|protokollet)\b", stripped, re.IGNORECASE):
        return True
    parts = cells(stripped)
    if not parts or ":" in stripped or not stripped[:1].isupper():
        return False
    kinds = _headings()
    if all(p.lower() in SIGNATURE_EXTRA for p in parts):
        return False  # "Datum" alone is the header's date label
    return all(kinds.get(p.lower()) == "signatures" or p.lower() in SIGNATURE_EXTRA for p in parts)


SIGNATURE_EXTRA = {"nämndsekreterare", "kommunsekreterare", "mötessekreterare", "justerandes sign", "datum"}


def _normalised(text: str) -> str:
    text = LOGO_SPECK_RE.sub("", text)  # "SR Västerviks kommun" / "SE Västerviks kommun": the logo read as letters
    return re.sub(r"[\W_]+", "", re.sub(r"\d", "0", text.lower()))


# one to three letters or signs OCR read from a logo before a running header's first word
LOGO_SPECK_RE = re.compile(rf"^[^\w§$]*(?:[^\W\d_]|[|=]){{1,3}}[^\w§$]*\s+(?=[{UPPER}][a-zåäöé]{{3}})")


# the dotted or ruled line a footer box leaves to sign on: "Justerandes sign ............"
FILL_IN_RE = re.compile(r"[.…_]{3,}")


def _is_furniture_cells(text: str) -> bool:
    parts = cells(FILL_IN_RE.sub("  ", text))
    patterns = furniture_patterns()
    return bool(parts) and all(any(p.fullmatch(part) for p in patterns) or _furniture_run(part) for part in parts)


@lru_cache(maxsize=1)
def _furniture_run_re() -> re.Pattern:
    """Footer boxes run together on one line, up to two OCR specks of one sign between them:
    "Ordförandes signatur . Justerandes signatur E Utdragsbestyrkande", "Ordf. sign. ” I Just. sign."."""
    box = "|".join(f"(?:{row['pattern']})" for row in load_table("page_furniture.tsv"))
    return re.compile(rf"(?:{box})(?:\s+(?:\S\s+){{0,2}}(?:{box}))+", re.IGNORECASE)


def _furniture_run(cell: str) -> bool:
    return bool(_furniture_run_re().fullmatch(cell))


@lru_cache(maxsize=8)
def lines_of(text: str) -> tuple[Line, ...]:
    """Every line of `text` with its offsets, page number and whether it is page furniture."""
    raw: list[Line] = []
    offset = 0
    for page_no, page in enumerate(text.split(PAGE_BREAK), start=1):
        position = 0
        for piece in page.split("\n"):
            raw.append(Line(offset + position, offset + position + len(piece), piece, page_no))
            position += len(piece) + 1
        offset += len(page) + len(PAGE_BREAK)
    return tuple(_mark_furniture(raw))


def _zones(lines: list[Line]) -> dict[int, tuple[set[int], set[int]]]:
    """Per page: indices of the header-zone and footer-zone lines."""
    by_page: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text.strip():
            by_page.setdefault(line.page_no, []).append(i)
    return {page: (set(idx[:HEADER_ZONE]), set(idx[-FOOTER_ZONE:])) for page, idx in by_page.items()}


def _mark_furniture(lines: list[Line]) -> list[Line]:
    zones = _zones(lines)
    pages_with: dict[str, set[int]] = {}
    for page, (top, bottom) in zones.items():
        for i in top | bottom:
            if len(lines[i].text.strip()) <= 60:
                pages_with.setdefault(_normalised(lines[i].text), set()).add(page)
    first = [lines[i].text for i in set().union(*zones.get(1, (set(), set()))) if len(lines[i].text.strip()) <= 60]
    marked = []
    for i, line in enumerate(lines):
        top, bottom = zones.get(line.page_no, (set(), set()))
        in_top = i in top and line.page_no > 1  # the first page's header is the document's own
        in_bottom = i in bottom and not (line.page_no == 1 and i in top)  # a short first page: its header
        furniture = (in_top or in_bottom) and _is_page_furniture(line, in_top, pages_with, first)
        marked.append(Line(line.start, line.end, line.text, line.page_no, furniture))
    return _mark_initials(_mark_header_names(marked, zones), zones)


# "NH Ulricehamns kommun", "Ulricehamns kommun, Kommunstyrelsens arbetsutskott": the kommun's name
KOMMUN_NAME_RE = re.compile(rf"^[{UPPER}][a-zåäöé-]+\s+kommun\b[,.]?\s*", re.IGNORECASE)


def _names_issuer(text: str) -> bool:
    """Whether a line holds only the issuing kommun's name and/or an organ's name, as a running
    header prints them: "Ulricehamns kommun", "Barn- och utbildningsnämnden"."""
    text = LOGO_SPECK_RE.sub("", text.strip())
    rest = KOMMUN_NAME_RE.sub("", text)
    if re.search(r"\d", text) or len(text.split()) > 8:
        return False
    return rest != text and not rest or bool(rest) and names_organ(rest)


def _mark_header_names(lines: list[Line], zones: dict[int, tuple[set[int], set[int]]]) -> list[Line]:
    """On a later page, the lines of the kommun's and the organ's names that stand in a running
    header beside a known header line ("PROTOKOLL 2 (2)"), from the page's top down: furniture too."""
    for page, (top, _bottom) in zones.items():
        order = sorted(top)
        if page == 1 or not any(lines[i].furniture for i in order):
            continue
        for i in order:
            line = lines[i]
            if not line.furniture and not _names_issuer(line.text):
                break
            lines[i] = Line(line.start, line.end, line.text, line.page_no, True)
    return lines


# a letter of the initials may come out as a digit ("SH2 TAR", "TRA 2")
INITIALS_RE = re.compile(r"^\W*[A-ZÅÄÖa-zåäö][A-ZÅÄÖa-zåäö0-9]{0,2}(?:\s+[A-ZÅÄÖa-zåäö0-9]{1,3})?\W*$")


def _mark_initials(lines: list[Line], zones: dict[int, tuple[set[int], set[int]]]) -> list[Line]:
    """The last line of a page under its signature footer that holds only initials OCR read from
    the boxes ("VSK", "Soc OR"): furniture too."""
    for _page, (_top, bottom) in zones.items():
        order = sorted(bottom)
        if len(order) < 2:
            continue
        last, before = order[-1], order[-2]
        line = lines[last]
        text = line.text.strip()
        capitals = any(len(w) > 1 and w.isupper() for w in re.findall(r"\w+", text))  # "VSK", not "Per Ek"
        if lines[before].furniture and not line.furniture and INITIALS_RE.match(text) and capitals:
            lines[last] = Line(line.start, line.end, line.text, line.page_no, True)
    return lines


# "Nätverket i Dalarna 1/1)": "1 (1)" as OCR may read it, a parenthesis lost
STRAY_PAGE_RE = re.compile(r"(?:^|\s)(\d{1,3})\s*/\s*(\d{1,3})\)\s*$")


def _stray_page_number(text: str) -> bool:
    m = STRAY_PAGE_RE.search(text)
    return bool(m) and "(" not in text and 0 < int(m.group(1)) <= int(m.group(2))


TRAILING_SPECK_RE = re.compile(r"\s+[|]\s*$")


def _page_number(text: str) -> bool:
    """"Sida 2 av 3", "2 (3)", "Blad 2", a line ending in "2/3"; not "Ulf Brandberg 16/10", a date
    (no page 16 of 10); a speck OCR read from the frame after the number ("3(3) |") is dropped."""
    m = PAGE_NUMBER_RE.search(TRAILING_SPECK_RE.sub("", text))
    numbers = [int(n) for n in re.findall(r"\d+", m.group(0))] if m else []
    return bool(m) and (len(numbers) != 2 or 0 < numbers[0] <= numbers[1])


def _is_page_furniture(line: Line, in_top: bool, pages_with: dict[str, set[int]], first: list[str]) -> bool:
    text = line.text.strip()
    signed = PARAGRAPH_RE.match(text) or SIGN_AFTER_RE.match(text) or SIGN_WORD_RE.match(text)
    if not signed and (m := paragraph_match(text)):  # "Bildningsnämnden § 12": a running header unless it has a Dnr
        signed = case_number(m.group("rest")) is not None
    if heading_kind(text) in {"decision", "proposal", "subheading", "topic"} or signed or TOPIC_RE.match(text):
        return False
    if DECISION_LEAD_RE.search(text):
        return False
    if DNR_WORD_RE.match(text) and case_number(text):
        return False  # "Dnr KFN 22/41" under a § at a page's top: the same shape on each page, other numbers
    if _is_furniture_cells(text) or _page_number(text) or _stray_page_number(text):
        return True
    if in_top and HEADER_KEYWORD_RE.search(text):
        return True
    if in_top and (rest := LOGO_SPECKS_RE.sub("", text)) != text and _is_furniture_cells(rest):
        return True  # "h I d - PROTOKOLL": specks OCR read from the logo before the document type
    key = _normalised(text)
    if bool(key) and len(text) <= 60 and len(pages_with.get(key, ())) >= 2:
        return True
    return in_top and _damaged_repeat(text, first)


LOGO_SPECKS_RE = re.compile(r"^(?:\S{1,2}\s+){1,4}(?=\S{3})")


DAMAGED_REPEAT_CHARS = 20  # a running header read with OCR damage is known only by a long enough line
DAMAGED_REPEAT_RATIO = 0.85
LONG_DIGITS_RE = re.compile(r"\d[\d-]{2,}\d")  # a year or a date ("2026-02-02"), not a page number


def _damaged_repeat(text: str, first: list[str]) -> bool:
    """Whether a line at a later page's top repeats a line of the first page's header or footer
    that OCR read with a letter or two lost or changed ("Bot yrka ommun Kommunstyrelsen
    2026-02-02" for "Botkyrka kommun Kommunstyrelsen 2026-02-02"), with the same dates: a date
    that the first page's line lacks (OCR garbled it there) is read from this one."""
    key = _normalised(text)
    if len(key) < DAMAGED_REPEAT_CHARS:
        return False
    for line in first:
        other = _normalised(line)
        if other == key or len(other) < DAMAGED_REPEAT_CHARS:
            continue
        matcher = SequenceMatcher(None, key, other)
        if matcher.real_quick_ratio() >= DAMAGED_REPEAT_RATIO and matcher.ratio() >= DAMAGED_REPEAT_RATIO:
            return set(LONG_DIGITS_RE.findall(text)) <= set(LONG_DIGITS_RE.findall(line))
    return False


# --- section starts ---------------------------------------------------------------------------


@dataclass
class _Start:
    index: int  # line index where the section begins
    kind: str
    number: str | None = None
    case_number: str | None = None
    title: str = ""


def paragraph_match(text: str) -> re.Match | None:
    """A § heading line: "§ 12 …", "$ 12" (OCR), "12 §", "Paragraf 12", "Bildningsnämnden § 12"
    or "KS § 12" (the organ's name or abbreviation before the sign), or "Budget 2024 KS § 12" (the
    title first, the organ and § at the line's end); groups sign, num and rest (the title)."""
    found = PARAGRAPH_RE.match(text) or SIGN_AFTER_RE.match(text) or SIGN_WORD_RE.match(text)
    if found is None and (m := ORGAN_SIGN_RE.match(text)) and names_organ(m.group("organ")):
        return m
    if found is None and (m := ORGAN_SIGN_RE.match(text)) and _capitalised_abbreviation(m, text):
        return m  # "Bn § 43 Dnr BN 2026/0057": the organ's abbreviation printed in lower case
    if found is None and (m := ABBREVIATION_SIGN_RE.match(text)):
        return m
    if found is None and (m := THREE_SIGN_RE.match(text)) and case_number(m.group("rest")):
        return m  # "KS 3 64 Dnr KS/2022:874": "§" read as "3", trusted only with the diarienummer
    if found is None and (m := CASE_SIGN_RE.match(text)) and CASE_RE.fullmatch(m.group("rest")):
        return m  # "Diarienummer UN-2025-0417 -&£141": an extract's header, the § after its diarienummer
    if found is None and (m := TITLE_SIGN_RE.match(text)) and _may_head_sign(m.group("rest")):
        head = m.group("rest")
        if names_organ(head) or HEADER_KEYWORD_RE.search(head) or _is_furniture_cells(head):
            return ABBREVIATION_SIGN_RE.match(text[m.start("organ") :])  # "Protokollsutdrag  KS § 37": no title
        return m
    if found is None and (repaired := MISREAD_ONE_RE.sub(r"\g<sign>1", text, count=1)) != text:
        return paragraph_match(repaired)
    return found


# "& i43 : Ny förskola" for "§ 143": the number's first digit, a 1, read as a letter right after the sign
MISREAD_ONE_RE = re.compile(r"^(?P<sign>\W{0,3}(?:§|\$&?|&|£)\s?)[ilI|](?=\d{2}\b)")


# "Diarienummer KS-2025-0417  § 141": the diarienummer, perhaps after its label (which OCR may
# damage: "Diariehummer"), then the sign (OCR: "&", "$", "£", "&£") and the number ending the line
CASE_SIGN_RE = re.compile(
    rf"^\s*(?:[^\W\d_]+(?:\s*:\s*|\s+))?(?P<rest>[{UPPER}].*?\d)\s*[-–.]?\s*(?P<sign>§|[&$£]{{1,2}})\s?(?P<num>\d{{1,3}})\s*$"
)
CAPITALISED_ABBREVIATION_RE = re.compile(rf"[{UPPER}][a-zåäö]{{1,3}}")


def _capitalised_abbreviation(m: re.Match, text: str) -> bool:
    """Whether the word before the sign is an organ's abbreviation printed capitalised ("Bn § 43",
    "Kfn § 7"): trusted only with a diarienummer after the number."""
    return bool(CAPITALISED_ABBREVIATION_RE.fullmatch(m.group("organ"))) and case_number(m.group("rest")) is not None


# "Bildningsnämnden § 101 Dnr BN 2022/200": a running header with the organ's name before the sign
ORGAN_SIGN_RE = re.compile(
    rf"^\s*(?P<organ>[{UPPER}][\w-]*(?:\s+(?:och\s+)?[\w-]+){{0,3}}?)\s+(?P<sign>§)\s?(?P<num>\d{{1,3}})\b(?![\d/,.:-]\d)(?P<rest>.*)$"
)
# words that end running text citing a paragraph ("enligt beslut i KS § 37"), never a title
CITING_WORDS = frozenset({"enligt", "se", "jfr", "jämför", "beslut", "beslutet", "protokoll", "protokollet", "paragraf"})


def _may_head_sign(text: str) -> bool:
    """Whether the words before "KS § 37" at a line's end can be a title: no sentence, and no
    word that cites the paragraph ("Ärendet behandlades i KS § 37")."""
    words = text.split()
    last = words[-1].lower()
    return len(words) <= 12 and not re.search(r"[.!?:;]\s", text) and last not in OPEN_END | CITING_WORDS


# "KS § 187 Dnr KS 2022/412": the organ's abbreviation before the sign, which OCR may read as
# "&", "8", "$", "$&" or "£" (". KS & 186": a speck before it)
ABBREVIATION_SIGN_RE = re.compile(
    rf"^\s*(?:[.,:;'|]\s?)?(?P<organ>[{UPPER}]{{2,5}})\s+(?P<sign>§|\$&?|&|£|8|5|S)\s?(?P<num>\d{{1,3}})\b(?![\d/,.:-]\d)(?P<rest>.*)$"
)
# "KS 3 64 Dnr KS/2022:874": the sign read as a "3" (as "3 64" could be counts, a Dnr must follow)
THREE_SIGN_RE = re.compile(
    rf"^\s*(?:[.,:;'|]\s?)?(?P<organ>[{UPPER}]{{2,5}})\s+(?P<sign>3)\s?(?P<num>\d{{1,3}})\b(?![\d/,.:-]\d)(?P<rest>.*)$"
)
# "Sommarfritidshem 2024  BSN § 37": the title first, the organ's abbreviation and § at the line's end
# (OCR may read the sign as "&", "$" or "£": "Val av justerare . KS & 88")
TITLE_SIGN_RE = re.compile(
    rf"^\s*(?P<rest>[{UPPER}].*?\S)\s+(?P<organ>[{UPPER}]{{2,5}})\s+(?P<sign>§|\$|&|£)\s?(?P<num>\d{{1,3}})\s*$"
)
# "Yttrande över remiss  KS 592": the sign read as a "5" or "8" glued to the number; trusted only
# with a diarienummer on the next line (see `_title_sign_match`)
GLUED_SIGN_RE = re.compile(
    rf"^\s*(?P<rest>[{UPPER}].*?\S)\s+(?P<organ>[{UPPER}]{{2,5}})\s+(?P<sign>[58])(?P<num>\d{{2,3}})\s*$"
)


# "KS841" alone on its line for "KS § 41": the sign read as an "8" (or "5", "&", "$") with the spaces
# lost; trusted only with the title on the next line and a diarienummer on the line after
GLUED_ALONE_RE = re.compile(rf"^\s*(?P<organ>[{UPPER}]{{2,5}})\s?(?P<sign>[58&$£§])(?P<num>\d{{1,3}})(?P<rest>)\s*$")


# "Gymnasieutbildningen 2025/26  § 45": the title first and the sign (OCR: "&45") alone at the line's
# end; trusted only with a diarienummer on the next line (see `_title_sign_match`)
TITLE_END_SIGN_RE = re.compile(rf"^\s*(?P<rest>[{UPPER}].*?\S)\s+(?P<sign>§|\$|&|£)\s?(?P<num>\d{{1,3}})\s*$")


ORGAN_ABBREVIATION_RE = re.compile(r"[A-ZÅÄÖ]{2,5}")


def names_organ(text: str) -> bool:
    """Whether `text` ends in the name of a political organ ("Kommunstyrelsens arbetsutskott") or is
    an organ's abbreviation ("BUN", "KSAU")."""
    if ORGAN_ABBREVIATION_RE.fullmatch(text.strip()):
        return True
    last = text.split()[-1].lower()
    return any(last.endswith(row["suffix"]) for row in load_table("organ_words.tsv") if row["rank"] == "1")


# "K$ 2024/298", "$N 2025/41": an S of the series OCR read as a dollar sign
DOLLAR_SERIES_RE = re.compile(rf"(?<![\w$])(?:[{UPPER}]{{1,5}}\$[{UPPER}]{{0,4}}|\$[{UPPER}]{{1,5}})(?=[\s/-]?(?:19|20)\d\d\b)")


def case_number(text: str) -> str | None:
    """The first diarienummer in `text`, normalised: 'Dnr  BUN 2019 / 212' -> 'BUN 2019/212'."""
    text = DOLLAR_SERIES_RE.sub(lambda m: m[0].replace("$", "S"), text)
    m = CASE_RE.search(text)
    if not m:
        return None
    if m.group("lead_year"):
        return f"{m.group('lead_year')}{m.group('lead_sep')}{m.group('lead_series')}{m.group('lead_no')}"
    if m.group("joined_year"):
        return f"{m.group('joined_prefix')}-{m.group('joined_year')}/{m.group('joined_no')}"
    if m.group("rev_year"):
        return f"{m.group('rev_no')}/{m.group('rev_year')}"
    if m.group("short_year"):
        return f"{m.group('short_prefix')} {m.group('short_year')}/{m.group('short_no')}"
    if m.group("bare_year"):
        series = f" {m.group('bare_series')}" if m.group("bare_series") else ""
        return f"{m.group('bare_year')}{m.group('bare_sep')}{m.group('bare_no')}{series}"
    join = m.group("join").strip() or " "  # "KS-2021/55", "BUN/2021:33" keep their hyphen or slash
    sep, no = (m.group("sep"), m.group("no")) if m.group("no") else ("-", m.group("long_no"))
    return f"{m.group('prefix')}{join}{m.group('year')}{sep}{no}"


def _strip_case(text: str) -> str:
    text = CASE_RE.sub(" ", text)
    text = DNR_WORD_RE.sub(" ", text)
    text = re.sub(r"[(\[]\s*[)\]]", " ", text)  # "Budget 2023 (UN 2022/145)"
    text = re.sub(r"[\s,;]+\.$", "", text.strip())  # "Rapport 2025, Dnr UN 2025/12." left ", ."
    return re.sub(r"\s+", " ", text).strip(" ,;:–-\t")


# "3. Ekonomisk rapport, Dnr UN 2025/12. Föredragande: Linda Vahlberg": who presents an agenda item
PRESENTER_RE = re.compile(
    r"(?:[.,;–-]\s*\(?|\s+\()(?:föredragande|föredras av|presenteras av|ansvarig|inledare)\b.*$|\s+föredragande:.*$",
    re.IGNORECASE,
)


def _cut_presenter(title: str) -> str:
    cut = PRESENTER_RE.sub("", title)
    cell = PRESENTER_CELL_RE.search(cut)
    if cell and _presenter_cell(cell.group("cell").strip()):
        cut = cut[: cell.start()]  # "Tillsynsplan 2024<TAB>miljöchef Eva Berg": the Föredragande column
    return cut if cut.strip() else title


PRESENTER_CELL_RE = re.compile(r"(?:\t+|\s{3,})(?P<cell>[^\t]+)$")


def _presenter_cell(cell: str) -> bool:
    """A person or a role: "Ordföranden", "miljöchef Eva Berg", "Eva Berg"."""
    first = cell.split()[0].lower().strip(",").removesuffix("n")  # "Ordföranden"
    forms, suffixes = _role_words()
    is_role = first in forms or any(first.endswith(suffix) for suffix in suffixes)
    return is_role or bool(NAME_LINE_RE.match(cell) and len(cell.split()) == 2)


def _role_word(word: str) -> bool:
    """A role in any number and form: "rektor", "rektorer", "kuratorerna", "förstelärare"."""
    forms, suffixes = _role_words()
    word = word.lower()
    stems = {word} | {word[: -len(end)] for end in ("na", "n", "er", "erna", "ar", "arna") if word.endswith(end)}
    return any(stem in forms or stem.endswith(suffixes) for stem in stems)


@lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Role words of models/roles.tsv: whole forms ("ordförande") and endings ("chef")."""
    rows = load_table("roles.tsv")
    return (
        frozenset(r["form"] for r in rows if r["kind"] == "role"),
        tuple(r["form"] for r in rows if r["kind"] == "suffix" and len(r["form"]) > 3),
    )


def _content_indices(lines: tuple[Line, ...]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.content]


def _paragraph_starts(lines: tuple[Line, ...]) -> list[_Start]:
    content = _content_indices(lines)
    candidates = []  # (position in content, number, strong, has_case)
    lost_signs: dict[int, int] = {}  # position: the number when OCR lost the sign ("59 Title")
    for pos, i in enumerate(content):
        m = paragraph_match(lines[i].text) or _title_sign_match(lines, content, pos)
        if not m or TOC_RE.search(lines[i].text):
            continue
        rest = TITLE_SPECK_RE.sub("", m.group("rest")).strip().lstrip(":.–-").strip()  # "§12: Val av justerare", "8 50 « Val av …"
        strong = m.group("sign")[:1] in "§$£P"
        has_case = case_number(rest) is not None or bool(DNR_WORD_RE.search(rest) or BARE_CASE_RE.match(rest))
        if not strong and not has_case:  # "UN 5 52" / title / "Diarienummer: 2023/00231", "8 49 Budget" / "BUN 2023/4"
            has_case = _numbered_title(rest, [tidy(lines[j].text) for j in content[pos + 1 : pos + 4]])[0] is not None
        # "Dnr BUN 2024-000058" / ": 8 15 Skolskjuts": a diarienummer line above backs it
        if not strong and not has_case and pos > 0:
            has_case = CASE_RE.fullmatch(tidy(lines[content[pos - 1]].text)) is not None
        if not strong and not has_case and m.groupdict().get("speck"):
            continue  # ". 5 Övriga frågor": a speck and a digit, no sign drawn; only a Dnr makes it a §
        if rest and not has_case and not rest[:1].isupper():
            continue  # "8 elever", "§ 43." wrapped from a sentence
        if pos > 0 and _cites_above(lines[content[pos - 1]].text, rest):
            continue  # "… enligt beslut 2025-10-22," / "& 59 (BUN 2025/11)": the cited paragraph of an agenda item
        if pos > 0 and not has_case and not rest:
            prev = lines[content[pos - 1]].text.rstrip()
            if prev[-1:].islower() and prev.split()[-1].lower() in {
                "under",
                "enligt",
                "i",
                "se",
                "och",
                "till",
                "från",
            }:
                continue
        candidates.append((pos, int(m.group("num")), strong, has_case))
        if (lost := _sign_lost_number(m)) is not None:
            lost_signs[pos] = lost
    candidates = _drop_toc_runs(candidates)
    chain = _with_lost_signs(_best_chain(candidates), lost_signs)
    starts = []
    for k, (pos, num, strong, has_case) in enumerate(chain):
        linked = (k > 0 and chain[k - 1][1] == num - 1) or (k + 1 < len(chain) and chain[k + 1][1] == num + 1)
        if not (strong or has_case or linked):
            continue
        starts.append(_paragraph_start(lines, content, pos, num))
    return _titles_above(lines, content, starts)


def _cites_above(above: str, rest: str) -> bool:
    """Whether a § line without a title of its own goes on from the line above, which ends in a
    comma after words citing a decision ("Uppföljning enligt beslut 2024-02-20," / "& 31 (MN 2024/3)")."""
    words = above.lower().rstrip().split()
    return (
        above.rstrip().endswith(",")
        and any(w.strip(",") in CITING_WORDS for w in words[-4:])
        and not re.search(r"[^\W\d_]{3}", _strip_case(rest))
    )


def _titles_above(lines: tuple[Line, ...], content: list[int], starts: list[_Start]) -> list[_Start]:
    """A protocol that prints each title on the line above its § line, which carries only the
    diarienummer ("Bidrag till bygdegården" / "§ 89 Dnr KS 2024/198" / "Föreningen söker …"):
    when every such § line has a title-like line above it, and two or more have running text
    below, the titles are the lines above and each § starts at its title."""
    at = {i: pos for pos, i in enumerate(content)}
    bare = [s for s in starts if s.index in at and at[s.index] > 0 and _sign_line_without_title(lines[s.index].text)]
    if len(bare) < 2:
        return starts
    above = {s.index: tidy(lines[content[at[s.index] - 1]].text) for s in bare}
    taken = {s.index for s in starts}
    if not all(_title_above_like(above[s.index]) and content[at[s.index] - 1] not in taken for s in bare):
        return starts
    if sum(_running_text_below(lines, content, at[s.index]) for s in bare) < 2:
        return starts
    moved = {s.index: s for s in bare}
    return [
        _Start(content[at[s.index] - 1], s.kind, s.number, s.case_number, above[s.index]) if s.index in moved else s
        for s in starts
    ]


def _sign_line_without_title(text: str) -> bool:
    """A § line whose rest is only its diarienummer ("” & 87 Dnr KS 2024/214")."""
    m = paragraph_match(text)
    if not m or not case_number(m.group("rest")):
        return False
    return not re.search(r"[^\W\d_]{3}", _strip_case(m.group("rest")))


def _title_above_like(text: str) -> bool:
    """A short line that can be a title: capitalised, no sentence, no heading, label or signatures."""
    words = text.split()
    return (
        0 < len(words) <= 12
        and text[:1].isupper()
        and not re.search(r"[.!?:;,]\s|[.!?:;,]$", text)
        and heading_kind(text) is None
        and label_kind(text) is None
        and not paragraph_match(text)
        and not _case_line(text)
        and not SIGNATURE_NAMES_RE.match(text)
    )


def _running_text_below(lines: tuple[Line, ...], content: list[int], pos: int) -> bool:
    """Whether the line under a § line (past a diarienummer line) is running text: a sentence ends in it."""
    below = [tidy(lines[i].text) for i in content[pos + 1 : pos + 3]]
    if below and _case_line(below[0]):
        below.pop(0)
    return bool(below) and len(below[0].split()) >= 5 and bool(re.search(r"[.!?](?:\s+[{UPPER}]|$)".replace("{UPPER}", UPPER), below[0]))


def _sign_lost_number(m: re.Match) -> int | None:
    """ "59 Redovisning …": the number when the digit read as the sign ("5" of "§ 9") stands close
    to the rest and is the number's own, the sign lost; else None."""
    sign = m.group("sign")
    if not sign.isdigit() or m.start("num") != m.end("sign") or len(sign + m.group("num")) > 3:
        return None
    return int(sign + m.group("num"))


def _with_lost_signs(chain: list[tuple], lost_signs: dict[int, int]) -> list[tuple]:
    """The run of § numbers with a line whose sign OCR lost ("59 Title" after § 58) put in as the
    next § where its number follows the one before it and comes before the one after it."""
    out = list(chain)
    for pos, num in sorted(lost_signs.items()):
        k = next((k for k, c in enumerate(out) if c[0] >= pos), len(out))
        if k < len(out) and out[k][0] == pos:
            continue  # the line is in the run already, as read
        if k > 0 and out[k - 1][1] == num - 1 and (k == len(out) or out[k][1] > num):
            out.insert(k, (pos, num, False, False))
    return out


def _title_sign_match(lines: tuple[Line, ...], content: list[int], pos: int) -> re.Match | None:
    """ "Budget 2025  § 45" with "Dnr KS 2024/87" on the next line: a § heading with its title first;
    also "Un £9 Lovskola" over "Dnr UN 2026/14": the organ's abbreviation OCR read in mixed case."""
    text = lines[content[pos]].text
    if (m := MIXED_SIGN_RE.match(text)) and pos + 1 < len(content):
        return m if _abbreviation_of_case(m.group("organ"), tidy(lines[content[pos + 1]].text)) else None
    if (m := GLUED_ALONE_RE.match(text)) and pos + 2 < len(content):
        title, below = (tidy(lines[content[pos + k]].text) for k in (1, 2))
        return m if _may_be_title(title) and not _case_line(title) and _case_line(below) else None
    m = TITLE_END_SIGN_RE.match(text) or GLUED_SIGN_RE.match(text)
    if not m or pos + 1 >= len(content) or not _may_head_sign(m.group("rest")):
        return None
    return m if _case_line(tidy(lines[content[pos + 1]].text)) else None


# "Un £9 Lovskola": the organ's abbreviation with a letter OCR read in lower case, then the sign;
# trusted only over a diarienummer of that series (see `_abbreviation_of_case`)
MIXED_SIGN_RE = re.compile(
    rf"^\s*(?P<organ>[{UPPER}][A-Za-zÅÄÖåäö]{{1,4}})\s+(?P<sign>§|\$|£)\s?(?P<num>\d{{1,3}})\b(?![\d/,.:-]\d)(?P<rest>.*)$"
)


def _abbreviation_of_case(organ: str, below: str) -> bool:
    """Whether `below` is a diarienummer line whose series is the abbreviation `organ` ("Un", "Dnr UN 2026/14")."""
    case = case_number(below) if _case_line(below) else None
    return bool(case) and re.split(r"[\s/-]", case)[0] == organ.upper()


def _drop_toc_runs(candidates: list[tuple]) -> list[tuple]:
    """Drop runs of 3+ § lines on consecutive content lines: a table of contents, not paragraphs."""
    keep, run = [], []
    for cand in candidates + [(-10, 0, False, False)]:
        if run and (cand[0] != run[-1][0] + 1 or cand[1] <= run[-1][1]):  # numbers restart after a TOC
            if len(run) < 3:
                keep.extend(run)
            run = []
        run.append(cand)
    return [c for c in keep if c[0] >= 0]


def _best_chain(candidates: list[tuple]) -> list[tuple]:
    """The strictly increasing run of paragraph numbers with the most evidence behind it."""
    if not candidates:
        return []
    score, back = [], []
    for k, (_, num, strong, has_case) in enumerate(candidates):
        weight = (2 if strong or has_case else 1) + (1 if has_case else 0)  # a Dnr outweighs a running "§ 102"
        best, best_j = weight, -1
        for j in range(k):
            if candidates[j][1] < num:
                bonus = 1 if candidates[j][1] == num - 1 else 0
                if score[j] + weight + bonus > best:
                    best, best_j = score[j] + weight + bonus, j
        score.append(best)
        back.append(best_j)
    k = max(range(len(candidates)), key=lambda x: score[x])
    chain = []
    while k >= 0:
        chain.append(candidates[k])
        k = back[k]
    return chain[::-1]


TITLE_SPECK_RE = re.compile(r"^\s*[«»·•]\s*")


def _paragraph_start(lines: tuple[Line, ...], content: list[int], pos: int, num: int) -> _Start:
    rest = (paragraph_match(lines[content[pos]].text) or _title_sign_match(lines, content, pos)).group("rest")
    rest = TITLE_SPECK_RE.sub(" ", rest)  # "8 50 « Val av justerare": a speck before the title
    case, title = _numbered_title(rest, [tidy(lines[i].text) for i in content[pos + 1 : pos + 4]])
    above = tidy(lines[content[pos - 1]].text) if pos > 0 else ""
    if case is None and _case_line(above):  # "Dnr KS 2022/145" printed above "§ 12 Budget"
        return _Start(content[pos - 1], "paragraph", f"§ {num}", case_number(CASE_SPECK_RE.sub(" ", above)), title)
    return _Start(content[pos], "paragraph", f"§ {num}", case, title)


CASE_LABEL_RE = re.compile(rf"^\s*(?:Ärende|ÄRENDE)\s*:?\s+(?=[{UPPER}]{{1,6}}[\s/-]?(?:19|20)\d\d)")
# a note after the diarienummer on its line, set off by a middle dot, colon or dash read apart
# or by a full stop ending the number and a capitalised note ("Dnr UN 2026/0041. Föredragande: …")
# "… Föredragande: Eva Berg" right after the number: the presenter's label opens the note
CASE_NOTE_RE = re.compile(rf"(?<=\d)(?:\s+[·•:–-]\s+\S|\.\s+[{UPPER}]|\s+(?i:föredragande|föredras\s+av)\b).*$")
CASE_SPECK_RE = re.compile(rf"(?<=[{UPPER}])\s*[=~^'´‘’\"«»]\s*(?=(?:19|20)\d\d\b)")
# 'Diarienr: "BIN 2025/37': a quote OCR read before the series
QUOTE_BEFORE_CASE_RE = re.compile(rf"[\"”“'´‘’«»]\s*(?=[{UPPER}]{{1,6}}[\s/-]?(?:19|20)\d\d)")


def _case_line(text: str) -> bool:
    """A line that is only a diarienummer, maybe with a quote OCR left after it ('Dnr. KFN 22/63"')
    or one stray character after or before it ('Dnr BUN 2023/22 3', 'KS 2024/87 3', 'G BUN 2024/15'),
    a full stop after it or a speck between its series and year ('KS =2023/17.')."""
    text = QUOTE_BEFORE_CASE_RE.sub("", CASE_SPECK_RE.sub(" ", text.rstrip('"”\' .')))
    text = CASE_LABEL_RE.sub("", text)  # "Ärende BFN 2024-389": the word for the matter before its number
    text = CASE_NOTE_RE.sub("", text)  # "BUN 2025.0031 · Föredragande: Eva Berg": a note after a dot or colon
    if CASE_RE.fullmatch(text):
        return True
    text = re.sub(r"^(?:\S\s+){1,2}(?=\S{2})", "", text)  # "G BUN 2024-0151", "ö å SBN/2023:276": specks from the margin
    return CASE_RE.fullmatch(re.sub(r"\s+\S$", "", text)) is not None  # "KS 2024/87 3": a speck after it


# two or three names side by side, every word capitalised: signatures, never a Swedish title
SIGNATURE_NAMES_RE = re.compile(rf"^[{UPPER}][\w'-]+ [{UPPER}][\w'-]+(?: [{UPPER}][\w'-]+ [{UPPER}][\w'-]+){{1,2}}$")


def _numbered_title(rest: str, follow: list[str]) -> tuple[str | None, str]:
    """(case number, title) of an item from the rest of its number line and the lines after it:
    the title on the same line or the next, the diarienummer before or after it."""
    follow = _labels_joined(follow)
    case = case_number(rest)
    bare = BARE_CASE_RE.match(rest.strip())
    if case is None and bare:  # "§ 12 2022/145 Budget": a diarienummer without its series letters
        case, rest = bare.group(), rest.strip()[bare.end() :]
    if case is None and (short := SHORT_YEAR_CASE_RE.match(rest.strip())):
        case, rest = f"{short['series']} {short['year']}/{short['no']}", rest.strip()[short.end() :]
    title = tidy(_strip_case(rest))
    if follow and not case and _case_line(follow[0]):
        case = case_number(CASE_SPECK_RE.sub(" ", follow.pop(0)))
    if not re.search(r"[^\W\d_]{3}", title):
        title = ""
        if len(follow) > 1 and SIGNATURE_NAMES_RE.match(follow[0]):
            follow.pop(0)  # "Eva-Lena Brodin  Hanna Lööf": the signature row OCR read before the title
        if follow and _may_be_title(follow[0]) and not paragraph_match(follow[0]):
            title = _strip_case(follow.pop(0))
        if follow and not case and _case_line(follow[0]):
            case = case_number(CASE_SPECK_RE.sub(" ", follow.pop(0)))  # "§ 5" / title / "Dnr KFN 2020/12"
    if title and not case and len(follow) > 1 and _case_line(follow[1]) and _continue_title(title, follow[:1]) != title:
        case = case_number(CASE_SPECK_RE.sub(" ", follow.pop(1)))  # "§ 14 Yttrande över … i" / "Barkarby" / "Dnr …"
    return case, _continue_title(title, follow)


def _labels_joined(follow: list[str]) -> list[str]:
    """The lines after a § line with a label alone on its line ("Diarienummer") joined to the value
    printed under it ("KS 2026/88"), as a header table's cells stacked one under the other."""
    joined: list[str] = []
    for text in follow:
        if joined and DNR_WORD_RE.fullmatch(joined[-1].strip()):
            joined[-1] = f"{joined[-1].strip()} {text}"
        else:
            joined.append(text)
    return joined


def _worded_items(lines: tuple[Line, ...]) -> list[_Start]:
    """Items numbered with a word ("Ärende 2 Dnr BUN 2021/5" / "Läsårstider"), two or more, rising."""
    content = _content_indices(lines)
    starts: list[_Start] = []
    for pos, i in enumerate(content):
        m = ITEM_WORD_RE.match(lines[i].text)
        num = int(m.group("num")) if m else 0
        if not m or (starts and num <= _item_number(starts[-1].number)):
            continue
        rest = m.group("rest").strip()
        if rest and not rest[:1].isupper() and not case_number(rest) and not DNR_WORD_RE.match(rest):
            continue  # "Ärende 3 behandlades före ärende 2": running text
        case, title = _numbered_title(m.group("rest"), [tidy(lines[j].text) for j in content[pos + 1 : pos + 4]])
        starts.append(_Start(i, "topic", f"{m.group('word').capitalize()} {num}", case, title))  # "Ärende 3", as printed
    return starts if len(starts) >= 2 else []


def _item_number(number: str) -> int:
    """3 from "3." or "Ärende 3"."""
    return int(re.search(r"\d+", number).group())


def _may_be_title(text: str) -> bool:
    """Whether the line under a bare "§ 12" can be its title: any line but a decision or block
    heading, though a subheading word that also names an item ("Information", "Yttrande") can."""
    kind = heading_kind(text)
    return kind is None or (kind in {"subheading", "topic"} and text.strip().rstrip(":").lower() in TITLE_WORDS)


TITLE_WORDS = {"information", "yttrande", "jäv", "övriga frågor", "övrigt", "föregående protokoll", "bedömning"}


def _continue_title(title: str, follow: list[str]) -> str:
    """A title wrapped onto the next line: the next line starts in lower case or the title ends in ','."""
    if not title or not follow:
        return title
    nxt = follow[0]
    cut = title.split()[-1].lower() in OPEN_END or title.endswith(",")  # "…, förskoleplatser," / "yttrande"
    if heading_kind(nxt) is not None and not (nxt[:1].islower() and cut):
        return title  # a heading below, not "Upprop och val av" / "justerare": a title cut after its preposition
    if OPEN_CASE_RE.search(title) and re.match(r"(?:19|20)\d\d\s?[-/:.]\s?\d", nxt):
        return f"{title} {nxt}"  # "…, Dnr BN" / "2024/61": the diarienummer wrapped onto the next line
    if _case_closes(title, nxt):
        return f"{title} {nxt}"  # "… för säsongen" / "2026-2027 (KFN 2026/12)": the title's end, then its case
    if YEAR_ALONE_RE.match(nxt) and title[-1:] not in SENTENCE_END:
        return f"{title} {nxt}"  # "Avgifter inom hemtjänsten  Dnr SN 2026/4" / "2027": the title's last word
    if LIST_MARK_RE.match(nxt):
        return title  # "Information" / "a) Statsbidrag": a point listed under the item, not its title's end
    wrapped = (nxt[:1].islower() and title[-1:] not in SENTENCE_END) or title.endswith((",", "–", "-"))
    last_word = title.split()[-1].lower()
    open_end = last_word in OPEN_END and not paragraph_match(nxt) and label_kind(nxt) is None
    shouting = title.isupper() and nxt.isupper() and len(title.split()) > 1  # "VAL AV ORDFÖRANDE I" / "REFERENSGRUPPEN"
    wrapped = wrapped or open_end or shouting
    if not wrapped or len(nxt) > 80:
        return title
    return title + nxt if title.endswith("-") else f"{title.rstrip(',')} {nxt}".strip()


# a line holding only a year or a span of years ("2027", "2026-2027", "2026/27")
YEAR_ALONE_RE = re.compile(r"^\s*(?:19|20)\d\d(?:\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d))?\s*$")
# a line opening a list under an item: "a) …", "b. …", "– …", "• …"
LIST_MARK_RE = re.compile(r"^\s*(?:[a-zåäö][).]|[–•·*-])\s+\S")


def _case_closes(title: str, nxt: str) -> bool:
    """Whether the next line ends the title with a few words that no capital opens ("2026-2027",
    "och sommaren") and the diarienummer in parentheses that the title line lacks."""
    m = PARENTHESISED_CASE_RE.match(nxt)
    return (
        m is not None
        and case_number(title) is None
        and CASE_RE.fullmatch(m.group("case").strip()) is not None
        and 0 < len(m.group("more").split()) <= 4
        and not m.group("more")[:1].isupper()
        and not (TOPIC_RE.match(nxt) or ITEM_WORD_RE.match(nxt))
    )


# a title ending in the word for a diarienummer or an open parenthesis ("… skola (BUN"), maybe with
# its series, whose number is on the next line
OPEN_CASE_RE = re.compile(rf"(?:\b(?i:dnr|diarienr|diarienummer)\.?\s*:?|\()(?:\s*[{UPPER}]{{1,6}})?\s*$")


MISREAD_ITEM_REACH = 8  # content lines below an item whose number OCR misread in which the next item stands


def _numbered_topics(lines: tuple[Line, ...]) -> list[_Start]:
    content = _content_indices(lines)
    starts: list[_Start] = []
    last = last_pos = 0
    table = False  # items under a caption row ("Nr  Ärende  Dnr  Föredragande"): rows of a table
    notes = False  # items under "Punkt  Anteckningar": a title column beside the notes
    for pos, i in enumerate(content):
        m = TOPIC_RE.match(lines[i].text)
        if not m and last == 0 and (first := _lost_first_row(lines, content, pos)):
            starts.append(_topic_start(lines, content, pos, 1, ".", first))  # "É Upprop och val av" under "Nr  Ärende"
            table, last, last_pos = True, 1, pos
            continue
        if not m:
            continue
        num, rest = int(m.group("num")), tidy(m.group("rest"))
        if m.group("dot") == "," and not (last and num == last + 1):
            continue  # "5, Kompetensutveckling": a comma read for the dot, trusted only as the next item
        if last and num == last + 2 and (lost := _lost_item(lines, content, last_pos + 1, pos)) is not None:
            starts.append(_topic_start(lines, content, lost, last + 1, m.group("dot")))
            last = last + 1  # "Zz Redovisning …" between items 6 and 8: OCR read the 7 as letters
        if last and num > last + 2 and (run := _lost_run(lines, content, last_pos + 1, pos, num - last - 1)):
            for k, (at, title) in enumerate(run, last + 1):
                starts.append(_topic_start(lines, content, at, k, m.group("dot"), title))
            last = num - 1  # ". Avtal …", "Läsårstider …" between items 4 and 10: OCR lost their numbers
        ahead = content[pos + 1 : pos + 1 + MISREAD_ITEM_REACH]
        if last and num != last + 1 and m.group("dot") and _next_item_number(lines, ahead) == last + 2:
            num = last + 1  # "3;" read for "5." between items 4 and 6, "8." for "3." over notes: OCR misread the number
        in_sequence = num == last + 1 or (last == 0 and num <= 3)
        captioned = last == 0 and num == 1 and pos > 0 and AGENDA_CAPTION_RE.match(lines[content[pos - 1]].text)
        if not m.group("dot") and not captioned and (last == 0 or num != last + 1 or not re.match(r"\d{1,2}\s", lines[i].text.strip())):
            if not (last == 0 and num == 1 and _undotted_run(lines, content, pos)):
                continue  # "4 Systematiskt …": OCR lost the dot; only trusted inside a running sequence
        if not in_sequence or len(rest) > 110 or len(rest.split()) > 16:
            continue
        table = table or bool(captioned)
        notes = notes or (last == 0 and pos > 0 and NOTES_CAPTION_RE.match(lines[content[pos - 1]].text) is not None)
        if notes:  # "Punkt  Anteckningar": the title cell, then the notes, on one line
            nxt = tidy(lines[content[pos + 1]].text) if pos + 1 < len(content) else ""
            starts.append(_Start(i, "topic", _item_label(num, m.group("dot")), None, _notes_title(rest, nxt)))
            last = num
            continue
        if table and (row := _table_row(lines, content, pos, rest) or _wrapped_row(lines, content, pos, rest) or _cells_below_row(lines, content, pos, rest)):
            starts.append(_Start(i, "topic", _item_label(num, m.group("dot")), *row))
            last = num
            continue
        starts.append(_topic_start(lines, content, pos, num, m.group("dot"), _cut_run_presenter(rest) if table else rest))
        last, last_pos = num, pos
    if len(starts) < 2:
        return []
    starts = _misread_first(lines, content, starts) + starts
    return starts + (_unnumbered_tail(lines, content, starts) or _closing_topics(lines, content, starts))


# the first item's "1." read as a letter, bar or seven with its dot: "l. Val av justerare", "7. Upprop"
MISREAD_FIRST_RE = re.compile(rf"^\s*[lI|!\]7]\s?(?P<dot>[.)])\s*(?P<rest>[{UPPER}][a-zåäöé].*)$")


def _misread_first(lines: tuple[Line, ...], content: list[int], starts: list[_Start]) -> list[_Start]:
    """Item 1 of a list that starts at item 2, its number OCR read as a letter, bar or seven ("l.",
    "I.", "|.", "7."), on one of the two content lines above item 2; else nothing."""
    if _item_number(starts[0].number) != 2:
        return []
    at = content.index(starts[0].index)
    for pos in range(at - 1, max(at - 3, -1), -1):
        if m := MISREAD_FIRST_RE.match(lines[content[pos]].text):
            return [_topic_start(lines, content, pos, 1, m.group("dot"), tidy(m.group("rest")))]
    return []


def _closing_topics(lines: tuple[Line, ...], content: list[int], starts: list[_Start]) -> list[_Start]:
    """Topics that always head one of their own ("Nästa möte", "Övriga frågor") alone on their line
    below the last numbered item of minutes, printed without a number."""
    at = {i: pos for pos, i in enumerate(content)}
    tail = []
    for pos in range(at[starts[-1].index] + 1, len(content) - 1):
        text = tidy(lines[content[pos]].text)
        if heading_kind(text) == "topic" and text[-1:] not in ".!?" and not TOPIC_RE.match(text):
            tail.append(_Start(content[pos], "topic", None, None, text.rstrip(":")))
    return tail


# the first row of an agenda table whose number cell OCR read as a sign or letter: "É Upprop och val av"
LOST_FIRST_RE = re.compile(rf"^\s*\S{{1,2}}\s+(?P<rest>[{UPPER}][a-zåäöé].*)$")


def _lost_first_row(lines: tuple[Line, ...], content: list[int], pos: int) -> str | None:
    """The title of the row right under an agenda table's caption ("Nr  Ärende  Diarienr") whose
    number OCR lost ("É", "I" for "1"), when the next numbered row is item 2; else None."""
    if pos == 0 or not AGENDA_CAPTION_RE.match(lines[content[pos - 1]].text):
        return None
    m = LOST_FIRST_RE.match(lines[content[pos]].text)
    if not m:
        return None
    nxt = next((n for j in content[pos + 1 : pos + 4] if (n := TOPIC_RE.match(lines[j].text))), None)
    return tidy(m.group("rest")) if nxt and int(nxt.group("num")) == 2 else None


PRESENTER_START_RE = re.compile(r"^(?:föredragande|föredras\s+av|presenteras\s+av)\b", re.IGNORECASE)


def _topic_start(lines: tuple[Line, ...], content: list[int], pos: int, num: int, dot: str, rest: str | None = None) -> _Start:
    """The numbered item at content line `pos`: its title (wrapped, without the presenter) and diarienummer."""
    if rest is None:  # a number OCR read as a mark ("Zz Redovisning …") or lost without a trace
        lost = LOST_BETWEEN_RE.match(lines[content[pos]].text)
        rest = tidy(lost.group("rest") if lost else lines[content[pos]].text)
    follow = [tidy(lines[j].text) for j in content[pos + 1 : pos + 4]]
    rest, cell_case = _case_cell(rest)
    rest = _first_of_row(rest)
    # "föredragande Eva Lind, controller" under "2. Budget, Dnr SN 2025/3 -": the presenter, no wrap
    wrapped = rest if follow and PRESENTER_START_RE.match(follow[0]) else _continue_title(rest, follow[:2])
    title = _cut_presenter(wrapped)
    case = cell_case or case_number(title) or case_number(wrapped)  # "… (föredragande: BUN 2026/9"
    if follow and follow[0] and title.endswith(follow[0]):
        follow.pop(0)  # the title went on onto the next line; its diarienummer comes after
    if case is None and follow and _case_line(follow[0]):
        case = case_number(CASE_SPECK_RE.sub(" ", follow[0]))  # "3. Budget 2024" / "Dnr MN 2023/11"
    return _Start(content[pos], "topic", _item_label(num, dot), case, _strip_case(title) if case else title)


ROW_CELLS = 3  # cells of an item line that make it a table's row ("Punkt", "Diskussion", "Beslut")


def _first_of_row(rest: str) -> str:
    """The title cell of an item line that is a row of a table with three or more columns
    ("2. Licenser<TAB>Dyra<TAB>Inga nya köps"): the columns beside it are not its title."""
    parts = [part for part in CELL_SPLIT_RE.split(rest.strip()) if part.strip()]
    return parts[0] if len(parts) >= ROW_CELLS else rest


def _case_cell(rest: str) -> tuple[str, str | None]:
    """An item line's title and the diarienummer in its own cell at the line's end ("Avtal med
    Örebro och<TAB>KFN 2026/30"), so that a title cut before its cell can go on below; else the
    line and None."""
    parts = CELL_SPLIT_RE.split(rest.strip())
    if len(parts) < 2 or not CASE_RE.fullmatch(parts[-1].strip()):
        return rest, None
    head = rest.strip()[: -len(parts[-1])].rstrip()
    return (head, case_number(parts[-1])) if head else (rest, None)


# an item line whose number OCR read as one or two other signs ("Zz Redovisning …", "? Övrigt")
LOST_NUMBER_RE = re.compile(rf"^\s*(?P<mark>[^\w\s]{{1,2}}|[A-Za-zÅÄÖåäö]{{1,2}}(?<![a-zåäö]{{2}}))\s+(?P<rest>[{UPPER}][a-zåäöé].*)$")


# between items N and N+2 the lost number may also read as two small letters ("dö Ansökan …" for "7.")
LOST_BETWEEN_RE = re.compile(rf"^\s*(?P<mark>[^\w\s]{{1,2}}|[A-Za-zÅÄÖåäö]{{1,2}})\s+(?P<rest>[{UPPER}][a-zåäöé].*)$")


def _lost_item(lines: tuple[Line, ...], content: list[int], begin: int, end: int) -> int | None:
    """The one line between items N and N+2 of a list whose number OCR lost or misread: a short
    title after a mark that is not a word (not "I", "En" or "då"), or None."""
    found = [
        pos
        for pos in range(begin, end)
        if (m := LOST_BETWEEN_RE.match(lines[content[pos]].text))
        and m.group("mark").lower() not in SHORT_WORDS
        and _agenda_line(tidy(m.group("rest")))
    ]
    return found[0] if len(found) == 1 else _bare_lost_item(lines, content, begin, end)


def _bare_lost_item(lines: tuple[Line, ...], content: list[int], begin: int, end: int) -> int | None:
    """The one line between items N and N+2 of a list with notes under its items whose number OCR
    lost without a trace: a title, every other line there a presenter or diarienummer note; or None."""
    texts = {pos: tidy(lines[content[pos]].text) for pos in range(begin, end)}
    notes = {pos for pos, text in texts.items() if PRESENTER_LINE_RE.match(text) or _case_line(text)}
    titles = [pos for pos in texts if pos not in notes and _agenda_line(texts[pos])]
    return titles[0] if len(titles) == 1 and len(notes) == len(texts) - 1 and notes else None


def _lost_run(lines: tuple[Line, ...], content: list[int], begin: int, end: int, count: int) -> list[tuple[int, str]]:
    """The `count` item lines between two numbered items of a list whose numbers OCR lost or read as
    a dot (". Meddelanden"), each a short title; the items' wrapped lines, presenters and diarienummer
    between them are passed over. (position, title) of each, or [] when the lines are not that many
    titles and nothing else."""
    run = []
    for pos in range(begin, end):
        raw = lines[content[pos]].text
        text = tidy(LOST_DOT_RE.sub("", _without_noise_cell(raw)))
        if TOPIC_RE.match(raw) or PRESENTER_START_RE.match(text) or _case_line(text) or not text[:1].isupper():
            continue  # an item's number line, its presenter, its diarienummer or its title's wrapped end
        if not (_agenda_line(text) or _one_word_item(text)) or SENTENCE_GAP_RE.search(text):
            return []
        run.append((pos, text))
    return run if len(run) == count else []


SHORT_WORDS = {"i", "å", "ö", "en", "ej", "om", "på", "av", "nu", "se", "vi", "ni", "de", "du", "ja", "så", "är", "ur", "ut", "år", "ny", "nr"}
SHORT_WORDS |= {"då", "få", "gå", "ha", "må", "bo", "ca", "kl", "ju", "än", "ån", "to", "tu", "et", "sa", "la"}


def _undotted_run(lines: tuple[Line, ...], content: list[int], pos: int) -> bool:
    """Whether the line at `pos` ("1  Föregående anteckningar") opens headings numbered without
    dots: it and later lines "2 …" and "3 …" are short headings, no sentences."""
    wanted = 1
    for i in content[pos:]:
        m = TOPIC_RE.match(lines[i].text)
        if not m or m.group("dot") or int(m.group("num")) != wanted:
            continue
        rest = tidy(m.group("rest"))
        if rest[-1:] in ".,;:!?" or len(rest.split()) > 10:
            return False
        wanted += 1
        if wanted > 3:
            return True
    return False


# the caption row of minutes kept as a table of items and notes ("Punkt  Anteckningar")
NOTES_CAPTION_RE = re.compile(
    r"^\W{0,2}(?:punkt|nr|ärende|rubrik|fråga|ämne)\s+(?:anteckningar|noteringar|kommentarer?|diskussion|minnesanteckningar)\s*$",
    re.IGNORECASE,
)
NOTES_TITLE_WORDS = 4  # at most this many words of a title cell on the item's line


def _notes_title(rest: str, nxt: str) -> str:
    """The title cell of an item line "Nästa möte Tisdag 5 mars …": the words before the notes'
    first sentence, which starts with a capital. When the notes start at once ("I torsdags …"),
    the title cell is the capitalised word(s) that open the next line ("Trygghetsenkäten studiero.")."""
    words = rest.split()
    for k in range(1, min(len(words), NOTES_TITLE_WORDS + 1)):
        if words[k][:1].isupper():
            return " ".join(words[:k]).rstrip(",;")
    head = []
    for word in nxt.split()[:3]:
        if not word[:1].isupper():
            break
        head.append(word)
    return " ".join(head) or rest


def _item_label(num: int, mark: str) -> str:
    """An item's number as printed: "3)" keeps its parenthesis; "3.", "3;" (a misread dot) and a
    number whose dot OCR lost are "3."."""
    return f"{num})" if mark == ")" else f"{num}."


def _table_row(lines: tuple[Line, ...], content: list[int], pos: int, rest: str) -> tuple[str, str] | None:
    """(case number, title) of an agenda table's row whose diarienummer stands inside the line
    ("3 Skolstruktur på södra  BUN 2023/611  Lena Wahlström,"), or None for other rows. The
    title is the cell before the number, wrapped over the lines down to the next row; what follows
    the number is the presenter's cell, and when it ends in "," its last word goes on in the next
    line ("Gotland, beslut om  skoldirektör")."""
    m = CASE_RE.search(rest)
    if not m or not tidy(rest[: m.start()]):
        return None
    title, presenter = tidy(rest[: m.start()]), rest[m.end() :].strip()
    if title.endswith("(") and presenter.startswith(")"):  # "Budget 2025 (KN 2026/4)": no presenter cell
        title, presenter = tidy(title[:-1]), presenter[1:].strip()
    below = []
    for j in content[pos + 1 : pos + 1 + ROW_LINES]:
        if TOPIC_RE.match(lines[j].text) or PRESENTER_LINE_RE.match(lines[j].text.strip()):
            break  # the next row, or "Föredragande: …" under this one
        below.append(_title_cell(lines[j].text) if presenter else tidy(lines[j].text))
    else:
        below = []  # no next row in sight: the last row, whose wrapped title `_continue_title` finds
    if not below:
        return case_number(rest), _continue_title(title, [tidy(lines[j].text) for j in content[pos + 1 : pos + 3]])
    for k, text in enumerate(below):
        words = text.split()
        if k == 0 and presenter.endswith(",") and words and _presenter_cell(words[-1]):
            words = words[:-1]  # the presenter's role under the name, alone when the title did not wrap
        elif k == 0 and presenter and len(words) > 1 and words[-1] == words[-2]:
            words = words[:-1]  # "Tingvallagymnasiet Tingvallagymnasiet": the title's word, then the presenter's
        elif presenter.endswith(",") and words and all(_role_word(w) for w in words):
            continue  # "2025" / "ekonom": the title's last word, then the presenter's role on a line of its own
        if len(words) > 8:
            break
        title = f"{title} {' '.join(words)}".strip()
    return case_number(rest), tidy(title).rstrip(".")


ROW_LINES = 5  # lines under an agenda table's row that its wrapped title cell may fill, up to the next row


def _title_cell(text: str) -> str:
    """A line under an agenda table's row without the presenter column's cell, which OCR set off by
    a tab or a wide gap: "Klippans kommun om<TAB>Biblioteket" -> "Klippans kommun om"."""
    parts = cells(text)
    return tidy(parts[0]) if len(parts) > 1 else tidy(text)


# "Budgetuppföljning 2025 Controller Sofia Lund": an agenda table's presenter cell run on at the
# row's end, its gap lost: a capitalised role word and a name
RUN_PRESENTER_RE = re.compile(
    rf"\s+(?P<role>[{UPPER}][a-zåäö-]+)\s+[{UPPER}][a-zåäöé]+(?:-[{UPPER}][a-zåäöé]+)?\s+[{UPPER}][a-zåäöé]+(?:-[{UPPER}][a-zåäöé]+)?\s*$"
)
# the lines under such a row: the rest of its title cell, then its diarienummer in parentheses
# ("år 2026 (KFN 2025/41)"), which may itself wrap ("(KFN" / "2025/102)")
PARENTHESISED_CASE_RE = re.compile(r"^(?P<more>[^()]*?)\s*\((?P<case>[^()]+)\)$")


def _cut_run_presenter(title: str) -> str:
    m = RUN_PRESENTER_RE.search(title)
    return title[: m.start()].strip() if m and m.start() > 0 and _role_word(m.group("role")) else title


def _wrapped_row(lines: tuple[Line, ...], content: list[int], pos: int, rest: str) -> tuple[str, str] | None:
    """(case number, title) of an agenda table's row whose title cell goes on under the row and
    ends in its diarienummer in parentheses ("5 Bidrag till studieförbunden för  Kulturchef Eva
    Holm" / "år 2026 (KFN 2025/41)"), or None. The lines down to the next row, up to the one that
    closes the parenthesis, are read."""
    below = []
    for j in content[pos + 1 : pos + 4]:
        if TOPIC_RE.match(lines[j].text):
            break
        below.append(tidy(lines[j].text))
        if ")" in below[-1]:
            break
    m = PARENTHESISED_CASE_RE.match(" ".join(below))
    if not m or not CASE_RE.fullmatch(m.group("case").strip()):
        return None
    return case_number(m.group("case")), f"{_cut_run_presenter(rest)} {m.group('more')}".strip()


def _cells_below_row(lines: tuple[Line, ...], content: list[int], pos: int, rest: str) -> tuple[str, str] | None:
    """(case number, title) of an agenda table's row whose title cell OCR read apart from the cells
    beside it: below the row's line, down to the next row, a line opens with the diarienummer and
    carries the presenter's cell ("KFN 2026/15<TAB>Eva Berg,"), the presenter's role wrapped on the
    lines right under it; the row's other lines are its title's wrapped words ("aktivitetsstöd").
    None when no such line stands under the row."""
    case, title, cells_end = None, rest, -1
    for j in content[pos + 1 : pos + 1 + ROW_LINES]:
        text = tidy(lines[j].text)
        if TOPIC_RE.match(lines[j].text) or PRESENTER_LINE_RE.match(text) or text[-1:] in ".!?:":
            break
        if case is None and (m := CASE_RE.match(text)) and m.end() < len(text):
            case, cells_end = case_number(text), j
        elif j == cells_end + 1:
            cells_end = j  # "kultur och fritid": the presenter's cell wrapped
        else:
            title = title + text if title.endswith("-") else f"{title} {text}"
    return (case, tidy(title)) if case else None


def _next_item_number(lines: tuple[Line, ...], indices: list[int]) -> int | None:
    """The number of the first dotted item line among `indices`, or None."""
    for i in indices:
        if (m := TOPIC_RE.match(lines[i].text)) and m.group("dot"):
            return int(m.group("num"))
    return None


def _unnumbered_tail(lines: tuple[Line, ...], content: list[int], starts: list[_Start]) -> list[_Start]:
    """An agenda list whose numbers OCR lost after some item ("5.", "6." read as noise): the
    short item lines that follow a tight numbered list continue its numbering."""
    at = {i: pos for pos, i in enumerate(content)}
    gaps = [at[b.index] - at[a.index] for a, b in zip(starts, starts[1:], strict=False)]
    if max(gaps) > LOST_LAST_GAP:
        return []  # items with running text between them: minutes, not an agenda list
    if max(gaps) > 2:
        return _lost_last_item(lines, content, starts, max(gaps))  # items with a note or two under each
    pos = at[starts[-1].index] + 1
    if pos < len(content) and _continues_item(starts[-1].title, tidy(lines[content[pos]].text)):
        pos += 1  # the last numbered item's wrapped line
    if pos < len(content) and PRESENTER_LINE_RE.match(lines[content[pos]].text):
        pos += 1  # "Föredragande: …" under the last numbered item, as under the items before it
    num = _item_number(starts[-1].number)
    tail: list[_Start] = []
    while pos < len(content):
        if _under_item(lines[content[pos]].text, tail[-1] if tail else starts[-1]):
            pos += 1
            continue
        text = tidy(LOST_DOT_RE.sub("", _without_noise_cell(lines[content[pos]].text)))
        after = tidy(_without_noise_cell(lines[content[pos + 1]].text)) if pos + 1 < len(content) else ""
        if _agenda_line(text) and text.split()[-1] in OPEN_END and after[:1].islower() and len(after.split()) <= 3:
            text, pos = f"{text} {after}", pos + 1  # "Delegationsbeslut och" / "meddelanden": a wrapped title
            after = tidy(lines[content[pos + 1]].text) if pos + 1 < len(content) else ""
        listed = _agenda_line(text) or (heading_kind(text) == "topic" and text[-1:] not in ".!?:")  # "Övriga frågor"
        listed = listed or (_one_word_item(text) and text[-1:] not in ".:" and heading_kind(text) is None and label_kind(text) is None)
        if not listed or (after[:1].islower() and not text.endswith(",")) or _sentence_ends_below(text, after):
            break  # a sentence wrapped onto the next line is prose after the list, not an item
        if SENTENCE_GAP_RE.search(text):
            break  # "X föredrar ärende 4. Den som …": two sentences on one line, prose after the list
        num += 1
        text = SPLIT_CASE_END_RE.sub(r"\g<case>\g<rest>", _cut_presenter(text))
        case = case_number(text)
        title = _strip_case(text).rstrip(" ,") if case else text
        tail.append(_Start(content[pos], "topic", _item_label(num, starts[-1].number[-1]), case, title))
        pos += 1
    return tail


LOST_LAST_GAP = 4  # content lines from one item of an agenda to the next when each has a note or two under it


def _lost_last_item(lines: tuple[Line, ...], content: list[int], starts: list[_Start], gap: int) -> list[_Start]:
    """The item after the last numbered one of an agenda with notes under its items, its number
    misread as letters ("Då Delegationsbeslut och meddelanden" for "9."): a line within the list's
    widest gap below that last item, a title after a mark of one or two signs or letters."""
    at = {i: pos for pos, i in enumerate(content)}
    first = at[starts[-1].index] + 1
    for pos in range(first, min(first + gap, len(content))):
        lost = LOST_NUMBER_RE.match(lines[content[pos]].text)
        if lost is None:
            continue  # any mark, also one that reads as a word ("Då"): no sentence goes on so close under an item
        title = tidy(lost.group("rest"))
        if not _agenda_line(title) or SENTENCE_GAP_RE.search(title):
            return []
        num = _item_number(starts[-1].number) + 1
        return [_Start(content[pos], "topic", _item_label(num, starts[-1].number[-1]), None, title)]
    return []


NUMBER_ALONE_RE = re.compile(r"^\s*\d{1,2}\s*[.:;,)]?\s*$")


def _under_item(text: str, item: _Start) -> bool:
    """Whether a line under an agenda item belongs to no item of its own: the item's diarienummer
    with its note ("BUN 2026/11 - föredras av …"), given to the item when it has none, or a number
    OCR set apart from its title ("8." alone, the title further down)."""
    if NUMBER_ALONE_RE.match(text):
        return True
    if not _case_line(tidy(text)):
        return False
    item.case_number = item.case_number or case_number(CASE_SPECK_RE.sub(" ", tidy(text)))
    return True


NOISE_CELL_RE = re.compile(r"^[^\t]*\t+(?=\S)")
WORD3_RE = re.compile(r"[^\W\d_]{3}")


def _without_noise_cell(text: str) -> str:
    """ "ol NI O|]A<TAB>Övriga frågor" -> "Övriga frågor": a first cell without a word of three
    letters is what OCR made of the lost numbers' column."""
    m = NOISE_CELL_RE.match(text)
    return text[m.end() :] if m and m.group().strip() and not WORD3_RE.search(m.group()) else text


# "… - BUN 2025/1 20" ending an agenda line: OCR split the running number that ends the line
SPLIT_CASE_END_RE = re.compile(rf"(?P<case>\b[{UPPER}]{{2,6}}\s(?:19|20)\d\d/\d{{1,3}})\s(?P<rest>\d{{1,3}})\s*$")
PRESENTER_LINE_RE = re.compile(r"^\s*(?:föredragande|föredras\s+av|presenteras\s+av)\s*:", re.IGNORECASE)
LOST_DOT_RE = re.compile(r"^\s*[.,·]\s+")  # ". Övriga frågor": the dot left of a number OCR lost


def _sentence_ends_below(text: str, after: str) -> bool:
    """Whether a long line's sentence ends in a word or two on the next line ("… av utredare Sara" /
    "Bengtsson."): prose under the list, as no item title runs that long."""
    return len(text.split()) >= LONG_ITEM_WORDS and after[-1:] in ".!?" and len(after.split()) <= 2


LONG_ITEM_WORDS = 8


AGENDA_NUMBER_RE = re.compile(r"^(?P<sign>[§$]\s?)?(?P<num>\d{1,3})[.)]?\s+(?P<rest>\S.*)$")
# the caption row of an agenda table ("Nr  Ärende  Dnr"): the numbers below it need no dot
# (OCR may read a speck between the cells: "Nr - Ärende Föredragande")
CAPTION_GAP = r"\s+(?:[^\w\s]{1,2}\s*)?"
AGENDA_CAPTION_RE = re.compile(
    rf"^\W{{0,2}}(?:(?:nr|punkt|p)\.?{CAPTION_GAP}ärende(?:n|mening)?(?:{CAPTION_GAP}(?:dnr|diarienr|diarienummer|föredragande|handling(?:ar)?))*"
    # "Ärende  Dnr  Föredragande": without the number's caption, two more columns name it a table
    rf"|ärende(?:n|mening)?(?:{CAPTION_GAP}(?:dnr|diarienr|diarienummer|föredragande|handling(?:ar)?)){{2,}})\s*$",
    re.IGNORECASE,
)
AGENDA_HEADING_RE = re.compile(r"^\s*(?:ärenden|ärendelista|föredragningslista|dagordning)\s*:?\s*$", re.IGNORECASE)


# a row of an agenda's number column: the number cell, as OCR may garble it ("3:", "Öd.", "Z."), a
# tab, then the title
MARK_CELL_RE = re.compile(rf"^\s*(?P<mark>\w{{1,2}}[.:;,)]?)\t+(?P<rest>[{UPPER}].*)$")


def _number_column(lines: tuple[Line, ...], content: list[int]) -> list[_Start]:
    """Agenda rows under their heading whose number cells OCR garbled in part ("FE;", "2", "3:",
    "4.", "Öd."): each row is one item, numbered by its place; the lines under a row with its
    diarienummer or presenter ("UN 2025/12 - föredragande: …") belong to it. Three rows or more,
    most of whose cells read as their own number."""
    rows: list[_Start] = []
    read = 0  # number cells that read as the row's own number
    last_read = False  # the last row's number cell read as its own number
    for j in content:
        text = lines[j].text
        if m := MARK_CELL_RE.match(text) or _lost_mark_row(rows, text):
            digits = re.sub(r"\D", "", m.group("mark"))
            if digits and int(digits) != len(rows) + 1:
                break
            read += bool(digits)
            last_read = bool(digits)
            title = _cut_presenter(tidy(m.group("rest")))
            case = case_number(title)
            rows.append(_Start(j, "topic", f"{len(rows) + 1}.", case, _strip_case(title) if case else title))
            continue
        below = tidy(text)
        if not rows or not (below[:1].islower() or CASE_RE.match(below)):
            break
        if rows[-1].case_number is None and (case := case_number(below)):
            rows[-1].case_number = case
    confirmed = last_read and read >= 3  # rows whose numbers OCR lost between read ones: counted right
    return rows if len(rows) >= 3 and (2 * read > len(rows) or confirmed) else []


# a row whose number cell OCR read as a bullet or speck ("- Lokalt aktivitetsstöd", "« Avtal med …")
LOST_MARK_ROW_RE = re.compile(rf"^\s*(?P<mark>[^\w\s]{{1,2}})\s+(?P<rest>[{UPPER}][a-zåäöé].*)$")


def _lost_mark_row(rows: list[_Start], text: str) -> re.Match | None:
    """A row of the number column below rows already read whose number OCR lost to a mark, its
    title an agenda line; else None."""
    m = LOST_MARK_ROW_RE.match(text)
    return m if rows and m and _agenda_line(tidy(m.group("rest"))) else None


def _agenda_list(lines: tuple[Line, ...]) -> list[_Start]:
    """An agenda under its heading ("Ärenden") whose numbers OCR lost altogether: the short item
    lines after the heading, numbered from 1; three or more."""
    content = _content_indices(lines)
    for pos, i in enumerate(content):
        if not AGENDA_HEADING_RE.match(lines[i].text):
            continue
        if column := _number_column(lines, content[pos + 1 :]):
            return column
        items, last, presenter_wraps = [], 0, False
        below = content[pos + 1 :]
        for at, j in enumerate(below):
            text = tidy(lines[j].text)
            if not items and AGENDA_CAPTION_RE.match(text):
                continue  # "Nr — Ärende": the caption row of the table whose number cells OCR lost
            if presenter_wraps and not AGENDA_NUMBER_RE.match(text):
                presenter_wraps = False
                continue  # "… Föredragande:" / "Eva Ek, ekonom": the presenter's line wrapped below the item
            if items and _series_wrapped(items[-1], text):
                continue  # "…, SN" / "2025/202": the item's diarienummer cut after its series
            numbered = AGENDA_NUMBER_RE.match(text)  # "1 Val av justerare": a number without its dot
            num = int(numbered.group("num")) if numbered else 0
            counted = bool(numbered) and (not items or num == last + 1)
            if counted:
                text = numbered.group("rest")
            elif items and (lost := LOST_NUMBER_RE.match(text)) and lost.group("mark").lower() not in SHORT_WORDS:
                text = lost.group("rest")  # "Zz Utställningar …": the number OCR read as letters
            single = _one_word_item(text)
            named = counted and text[:1].isupper() and heading_kind(text) in {None, "topic"}  # "5 Övriga frågor"
            presented = _cut_presenter(text)
            if presented != text and (_agenda_line(presented) or named):
                presenter_wraps = text.rstrip(" :").endswith((",", "Föredragande", "föredragande"))
                text = presented  # "Budget 2026 (BN 2026/9). Föredragande:" over the presenter's name
            if not (_agenda_line(text) or single or named) or not counted and SENTENCE_GAP_RE.search(text):
                if items and _next_number_below(lines, below[at + 1 : at + 3], last + 1):
                    continue  # "Sjöberg. Simskolan förläggs …": a note under the item, the next item numbered below
                break  # "X föredrar ärende 4. Den som …": prose under the list
            text = _cut_presenter(text)
            case = case_number(text)
            title = _strip_case(text).rstrip(" ,") if case else text
            last = num if counted else last + 1
            if counted and numbered.group("sign"):  # "§ 41 Årsredovisning 2022": a kallelse numbered by §
                items.append(_Start(j, "paragraph", f"§ {last}", case, title))
            else:
                items.append(_Start(j, "topic", f"{last}.", case, title))
        if len(items) >= 3:
            return items
    return []


# an item line ending in its diarienummer's series ("…, SN", "… (BN"), its year and number on the next line
OPEN_SERIES_RE = re.compile(rf"(?:,\s*|\(\s*)(?P<series>[{UPPER}]{{1,6}})\s*$")
YEAR_NUMBER_RE = re.compile(r"^(?:19|20)\d\d\s?[-/:.]\s?\d{1,6}\)?$")


def _series_wrapped(item: _Start, text: str) -> bool:
    """Whether `text` is the year and number of the item's diarienummer, whose series ends the item's
    line ("Svar på medborgarförslag …, SN" / "2025/202"); if so the item takes the whole number."""
    m = OPEN_SERIES_RE.search(item.title)
    if item.case_number or not m or not YEAR_NUMBER_RE.match(text):
        return False
    item.case_number = case_number(f"{m.group('series')} {text.rstrip(')')}")
    item.title = item.title[: m.start()].rstrip(" ,")
    return item.case_number is not None


def _next_number_below(lines: tuple[Line, ...], indices: list[int], wanted: int) -> bool:
    """Whether one of the lines at `indices` is the agenda item numbered `wanted` ("9. Redovisning …")."""
    for i in indices:
        m = AGENDA_NUMBER_RE.match(tidy(lines[i].text))
        if m and int(m.group("num")) == wanted:
            rest = tidy(m.group("rest"))
            return _agenda_line(rest) or _one_word_item(rest)
    return False


# a row of an agenda table as OCR may read its number cell: "2:", "4,", "3" or a letter for "1."
ROW_MARK_RE = re.compile(rf"^\s*(?P<mark>\d{{1,2}}[.:;,)]?|[^\w\s]{{1,2}}|[A-ZÅÄÖ])\s+(?P<rest>[{UPPER}].*)$")
SENTENCE_GAP_RE = re.compile(r"[.!?]\s+[{UPPER}]".replace("{UPPER}", UPPER))


def _captioned_rows(lines: tuple[Line, ...]) -> list[_Start]:
    """The rows of an agenda table under its caption ("Punkt  Ärende") whose number cells OCR
    garbled or lost ("F", "2:", "4,", none at all): each paragraph is one row, numbered by its
    place, its wrapped lines and "Föredragande: …" line its own; three rows or more, two of whose
    cells read as their own number."""
    content = _content_indices(lines)
    caption = next((pos for pos, i in enumerate(content) if AGENDA_CAPTION_RE.match(lines[i].text)), None)
    if caption is None:
        return []
    rows: list[tuple[int, list[str]]] = []
    read = 0  # number cells that read as the row's own number
    for pos in range(caption + 1, len(content)):
        j = content[pos]
        text = tidy(lines[j].text)
        if rows and (content[pos - 1] == j - 1 or PRESENTER_LINE_RE.match(text)) and not _row_of_its_own(rows[-1][1], text):
            rows[-1][1].append(text)  # a wrapped line of the row, or its presenter
            continue
        mark = ROW_MARK_RE.match(text)
        if mark and mark.group("mark").lower() not in SHORT_WORDS:
            digits = re.sub(r"\D", "", mark.group("mark"))
            read += digits == str(len(rows) + 1)
            rows.append((j, [mark.group("rest")]))
        elif (_agenda_line(text) and not SENTENCE_GAP_RE.search(text)) or _one_word_item(text):
            rows.append((j, [text]))
        else:
            break
    if len(rows) < 3 or read < 2:
        return []
    return [_captioned_row(j, place, " ".join(parts)) for place, (j, parts) in enumerate(rows, 1)]


def _row_of_its_own(row: list[str], text: str) -> bool:
    """Whether a line right under a row that has its diarienummer is a row of its own whose number
    cell OCR lost: a capitalised title ending in a diarienummer cell of its own."""
    found = list(CASE_RE.finditer(text))
    return (
        text[:1].isupper()
        and bool(found)
        and found[-1].end() == len(text)
        and found[-1].start() > 0
        and any(case_number(part) for part in row)
    )


def _one_word_item(text: str) -> bool:
    """ "Meddelanden": an agenda item of one word; not a call or a greeting ("Välkomna!")."""
    return len(text.split()) == 1 and text[:1].isupper() and not text.isupper() and len(text) > 3 and text[-1:] not in "!?"


PRESENTER_LINE_RE = re.compile(r"^(?:föredragande|föredras av)\b", re.IGNORECASE)


def _captioned_row(index: int, place: int, text: str) -> _Start:
    title = _cut_presenter(text).strip(" '‘’")
    case = case_number(title) or case_number(text)  # "…, föredragande Eva Berg - Dnr BIN" / "2025/142": after the presenter
    return _Start(index, "topic", f"{place}.", case, _strip_case(title) if case else title)


def _continues_item(title: str, nxt: str) -> bool:
    return bool(nxt) and (title.endswith(",") or CASE_RE.fullmatch(nxt) is not None or nxt[:1].islower())


PARTY_TAIL_RE = re.compile(r"\s*\([A-ZÅÄÖ]{1,3}\)$")


def _agenda_line(text: str) -> bool:
    if not text[:1].isupper() or text[-1:] in ".!?:" or len(text) > 90 or len(text.split()) < 2:
        return False
    if PLACE_DATE_RE.match(text):
        return False  # "Ljungby den 29 september 2025": the dateline above the signature
    signer = NAME_LINE_RE.match(PARTY_TAIL_RE.sub("", text))  # "Johan Ås (C)" under a kallelse: its signer
    return heading_kind(text) is None and label_kind(text) is None and not signer


# a place and a date on a line of their own: "Ljungby den 29 september 2025", "Ljungby 2025-09-29"
PLACE_DATE_RE = re.compile(
    rf"^[{UPPER}][\w-]+(?: [{UPPER}][\w-]+)?,? (?:den )?(?:\d{{1,2}} [a-zåäö]+ (?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)$"
)


def _program_items(lines: tuple[Line, ...]) -> list[_Start]:
    """A programme ('13 20  Att läsa skolans resultat'): items start with a clock time; three or more."""
    content = _content_indices(lines)
    starts = []
    timed = [pos for pos, i in enumerate(content) if _program_time(lines[i].text)]
    last_time, last_pos = None, 0  # minutes past midnight and position of the item before
    for pos, i in enumerate(content):
        m = _program_time(lines[i].text)
        if not m and timed and timed[0] < pos < timed[-1]:
            m = _lost_time(lines[content[pos - 1]].text, lines[i].text, lines[content[pos + 1]].text)
        if not m and last_time is not None and timed[-1] < pos <= last_pos + 3:
            m = _glued_time(lines[i].text, last_time)
        if not m or _beside_column(lines, content, pos, m):
            continue
        last_pos = pos
        if m.groupdict().get("hour"):
            last_time = int(m.group("hour")) * 60 + int(m.group("minute"))
        title = tidy(m.group("rest"))
        for j in content[pos + 1 : pos + 3]:
            nxt = tidy(lines[j].text)
            if re.search(r"\.(?:\s|$)", title) or not nxt[:1].islower() or PROGRAM_RE.match(nxt):
                break
            title = f"{title} {nxt}"
        starts.append(_Start(i, "topic", None, None, _program_title(title)))
    return starts if len(starts) >= 3 else []


COLUMN_GAP = 8  # spaces between a clock time and text that stands in the page's other column


def _beside_column(lines: tuple[Line, ...], content: list[int], pos: int, m: re.Match) -> bool:
    """A clock time alone in the programme's column, its line carrying text of the column beside
    it ("08.30  …  Anmälan"), when the line below starts in the time's column: the item's title."""
    text = lines[content[pos]].text
    if "hour" not in m.re.groupindex or len(text[m.end("minute") : m.start("rest")]) < COLUMN_GAP or pos + 1 >= len(content):
        return False
    if content[pos + 1] != content[pos] + 1:
        return False  # an empty line under it: the text beside the time is its title after all
    below = lines[content[pos + 1]].text
    return _indent(below) <= _indent(text) + 1 and below.strip()[:1].isupper() and not _program_time(below)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _program_time(text: str) -> re.Match | None:
    m = PROGRAM_RE.match(text)
    return m if m and int(m.group("hour")) <= 23 else None


# "FAS Forskningsanknuten undervisning – Per Sjö (docent)": a clock time OCR read as capitals
LOST_TIME_RE = re.compile(rf"^\s*[0-9{UPPER}.:]{{2,5}}\s+(?P<rest>[{UPPER}][a-zåäöé].*)$")


def _lost_time(prev: str, text: str, nxt: str) -> re.Match | None:
    """A programme line between timed items whose time OCR garbled: a short token of digits and
    capitals, then a title with its speaker ("– Per Sjö") or right over the next timed item
    ("FAS Fika" / "14 45 …"), after a line that ended its item."""
    m = LOST_TIME_RE.match(text)
    if not m or prev.rstrip()[-1:] in ",(-–" or prev.split()[-1].lower() in OPEN_END:
        return None
    rest = tidy(m.group("rest"))
    if re.search(r"\.(?:\s|$)", rest):
        return None
    return m if _program_title(rest) != rest or _program_time(nxt) else None


# "1545 Samtal i grupper": a clock time whose space OCR lost, trusted only after the programme's
# timed items and a little later than the last of them ("2019 Årsredovisning" is a year)
GLUED_TIME_RE = re.compile(rf"^\s*(?P<hour>[012]\d)(?P<minute>[0-5]\d)\s+(?P<rest>[{UPPER}].*)$")
GLUED_TIME_SPAN = 180  # minutes after the item before


def _glued_time(text: str, last_time: int) -> re.Match | None:
    m = GLUED_TIME_RE.match(text)
    if not m or int(m.group("hour")) > 23:
        return None
    return m if 0 < int(m.group("hour")) * 60 + int(m.group("minute")) - last_time <= GLUED_TIME_SPAN else None


# where a programme item's title ends and its speaker begins: "Välkommen. Linda Ekdahl",
# "Föreläsning om skolnärvaro, Anna Ek (skolpsykolog)", "Workshop – Per Lind"
SPEAKER_CUT_RE = re.compile(
    rf"\.(?:\s|$)|,\s+(?=[{UPPER}][a-zåäöé]+ [{UPPER}])|\s[–-]\s(?=[{UPPER}][a-zåäöé]+ [{UPPER}])"
)
# "Workshop – förstelärare …", "Inledning - rektor Eva Berg": a speaker named by role after a dash
ROLE_CUT_RE = re.compile(r"\s[–-]\s+(?P<role>[a-zåäö]+)\b")
# a speaker column whose gap OCR lost: "Fritidshemmet och läroplanen Niklas Ström, lektor",
# "Välkommen 7; Malin Borg, förvaltningschef", "Samtal Malin Borg och Tove Lindahl", a politician
# with the party: "Varför en ny skola? Eva Berg (C), ordförande i nämnden"
SPEAKER_NAME_RE = re.compile(
    rf"\s+(?:\S{{1,2}}[;:]\s+)?(?=(?P<first>[{UPPER}][a-zåäöéü]+)(?:-[{UPPER}][a-zåäöéü]+)? [{UPPER}][a-zåäöéü]+(?:\s+\([{UPPER}]{{1,3}}\))?(?:,|\s+och\s|\s*$))"
)
# "Workshoppar i tre spår Lärare i fritidshem …": a capitalised ordinary word after a lower-case one
COLUMN_WORD_RE = re.compile(rf"(?<=[a-zåäö]) (?=(?P<word>[{UPPER}][a-zåäö]+)\b)")
# "Inledning (Eva Berg, rektor)", "Läsning (Eva" at a line's end: the speaker in parentheses
PAREN_SPEAKER_RE = re.compile(r"\s+\((?P<word>[^\W\d_]+)")


def _program_title(title: str) -> str:
    """A programme item's title without its speakers, nor the dash left before them."""
    return re.sub(r"\s+[–-]$", "", _without_speakers(title))


def _without_speakers(title: str) -> str:
    from .extract import nlp  # extraction's vocabularies; imported late, extract imports this module

    title = SPEAKER_CUT_RE.split(title, maxsplit=1)[0].strip()
    for m in PAREN_SPEAKER_RE.finditer(title):
        if m.start() > 0 and (m.group("word") in nlp.first_names() or _role_word(m.group("word"))):
            return title[: m.start()].strip()
    for m in ROLE_CUT_RE.finditer(title):
        if _role_word(m.group("role")):
            return title[: m.start()].strip()  # "Workshop – förstelärare från kommunerna"
    for m in SPEAKER_NAME_RE.finditer(title):
        if m.start() > 0 and m.group("first") in nlp.first_names():
            return title[: m.start()].strip()
    for m in COLUMN_WORD_RE.finditer(title):
        word = m.group("word")
        if nlp.is_common_word(word) and word not in nlp.first_names():
            return title[: m.start()].strip()
    return title


TIME_ONLY_RE = re.compile(r"^\s*[012]?\d[ .:]?[0-5]\d\s*$")
SPEAKER_RE = re.compile(rf"^[{UPPER}][a-zåäöéü]+(?:-[{UPPER}][a-zåäöéü]+)? [{UPPER}][a-zåäöéü]+\b(?:\s*[(,]|$)")
OPEN_END = {"och", "i", "med", "för", "av", "som", "om", "till", "på", "att"}


def _stacked_program(lines: tuple[Line, ...]) -> list[_Start]:
    """A programme in two columns that OCR read column by column: three or more bare clock times,
    then the items' text. Each item starts on a capitalised line that does not go on from the line
    before (an open parenthesis, a trailing 'och', a speaker's name); as many items as times."""
    content = _content_indices(lines)
    run = 0
    for pos, i in enumerate(content):
        run = run + 1 if TIME_ONLY_RE.match(lines[i].text) else 0
        if run >= 3 and (pos + 1 == len(content) or not TIME_ONLY_RE.match(lines[content[pos + 1]].text)):
            return _program_after(lines, content[pos + 1 :], run)
    return []


def _program_after(lines: tuple[Line, ...], content: list[int], count: int) -> list[_Start]:
    items: list[tuple[int, list[str]]] = []
    prev = ""
    for i in content:
        text = tidy(lines[i].text).lstrip("\"'`´ ")
        if not text:
            continue
        words = prev.split()
        goes_on = (
            not text[:1].isupper()
            or prev.count("(") > prev.count(")")
            or (words and words[-1].lower() in OPEN_END)
            or SPEAKER_RE.match(text) is not None
            or (len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].islower())
        )
        if items and goes_on:
            items[-1][1].append(text)
        elif len(items) == count:
            break
        else:
            items.append((i, [text]))
        prev = text
    starts = []
    for i, parts in items:
        title = re.split(r"\.(?:\s|$)|\s\(", " ".join(parts), maxsplit=1)[0].strip()
        starts.append(_Start(i, "topic", None, None, title))
    return starts if len(starts) >= 3 else []


# "10.45–12.00" on a line over the item's title; text after the time is the other column of the page
TIME_LINE_RE = re.compile(
    r"^\s*(?:[Kk]l\.?\s*)?(?P<hour>[012]?\d)[.:][0-5]\d(?:\s*[-–—]\s*[012]?\d[.:][0-5]\d)?(?:\s+(?P<rest>\S.*))?$"
)


def _time_line(text: str) -> re.Match | None:
    m = TIME_LINE_RE.match(text)
    return m if m and int(m.group("hour")) <= 23 else None


def _timed_titles(lines: tuple[Line, ...]) -> list[_Start]:
    """A programme printed with each item's clock time on a line above its title ("10.45–12.00" /
    "Skolbiblioteket som resurs" / its speaker): three or more time lines with nothing else on
    them. A time line that carries text of the page's other column takes its title from the line
    below as well, unless that text reads on into the line below ("Anmäl dig senast via"), which
    then holds both columns."""
    content = _content_indices(lines)
    times = {pos: m for pos, i in enumerate(content) if (m := _time_line(lines[i].text))}
    if sum(1 for m in times.values() if _time_alone(m)) < 3:
        return []
    starts = []
    for pos, m in times.items():
        rest = (m.group("rest") or "").strip()
        if pos + 1 >= len(content) or pos + 1 in times:
            continue
        below = lines[content[pos + 1]].text
        beside = rest and len(cells(below)) > 1  # the line below holds both columns: its first is the title
        narrow = rest and len(below.rstrip()) < m.start("rest")  # "Lunch": the line below ends short of the column
        if len(rest.split()) > 1 and rest[-1] not in SENTENCE_END and not (beside or narrow):
            continue  # the other column reads on into the line below
        title = tidy(cells(below)[0] if beside else below)
        if not title[:1].isupper():
            continue
        starts.append(_Start(content[pos], "topic", None, None, _program_title(_wrapped_title(lines, content, pos + 1, times, title))))
    return starts if len(starts) >= 3 else []


def _time_alone(m: re.Match) -> bool:
    """A time line with nothing else, or with only text far off in the page's other column."""
    return not m.group("rest") or m.start("rest") - len(m.string[: m.start("rest")].rstrip()) >= COLUMN_GAP


def _wrapped_title(lines: tuple[Line, ...], content: list[int], pos: int, times: dict, title: str) -> str:
    """A programme title wrapped onto lines in lower case in its own column, up to the next time."""
    for nxt_pos in range(pos + 1, min(pos + 4, len(content))):
        text = lines[content[nxt_pos]].text
        nxt = tidy(cells(text)[0]) if cells(text) else ""
        if nxt_pos in times or not nxt[:1].islower() or re.search(r"[.!?]$", title):
            break
        if _indent(text) > _indent(lines[content[pos]].text) + 1:
            break  # text of the column beside it
        title = f"{title} {nxt}"
    return title


def _headed_topics(lines: tuple[Line, ...]) -> list[_Start]:
    """Unnumbered topic headings: a short capitalised line without end punctuation between paragraphs."""
    content = _content_indices(lines)
    if not content:
        return []
    widths = sorted(len(lines[i].text.strip()) for i in content)
    wide = widths[int(len(widths) * 0.9) - 1 if len(widths) > 1 else 0]
    started = False  # topics begin after the first label line or finished sentence
    starts = []
    for pos, i in enumerate(content):
        text = tidy(lines[i].text)
        if not started:
            started = ":" in text[:30] or text[-1:] in ".!?" or label_kind(text) is not None or _attendance_entry(text)
            continue
        if heading_kind(text) == "topic" or _looks_like_heading(lines, content, pos, wide):
            starts.append(_Start(i, "topic", None, case_number(text), text.rstrip(":")))
    return starts


FIRST_REACH = 4  # content lines above the first heading in which the list's number 1 may stand


def _numbered_headings(lines: tuple[Line, ...], starts: list[_Start]) -> list[_Start]:
    """Headed topics under a first item still numbered ("1; Föregående anteckningar" / … / "Betyg"
    / … / "Elevhälsa"): numbers in a column OCR lost after the first, so the first item and the
    headings below it are numbered in order; other headed topics stay as they are."""
    if not starts:
        return starts
    content = _content_indices(lines)
    first = content.index(starts[0].index)
    for pos in range(first - 1, max(first - 1 - FIRST_REACH, -1), -1):
        m = TOPIC_RE.match(lines[content[pos]].text)
        if m and (rest := tidy(m.group("rest"))) and _agenda_line(rest) and not SENTENCE_GAP_RE.search(rest):
            if int(m.group("num")) != 1 or not m.group("dot"):
                return starts
            numbered = [_Start(content[pos], "topic", "1.", case_number(rest), rest)]
            return numbered + [_Start(s.index, s.kind, f"{n}.", s.case_number, s.title) for n, s in enumerate(starts, 2)]
    return starts


def _colon_heading(text: str, nxt: str) -> bool:
    """ "Budget:" over running text is a topic heading; "Plats:" (a label) and "Följande diskuterades:"
    over a list are not."""
    if text.lower() in _value_labels() or len(text.split()) > 4:
        return False
    return not re.match(r"\s*(?:[-–•*]|\d{1,2}[.)])\s", nxt)


@lru_cache(maxsize=1)
def _value_labels() -> frozenset[str]:
    """Labels whose value follows on the next line ("Plats:", "Tid:"), from models/header_labels.tsv."""
    return frozenset(row["label"] for row in load_table("header_labels.tsv"))


STOP_THEN_SPECK_RE = re.compile(r"(?<=[a-zåäö])[.!?]\s+\S{1,2}$")


def _looks_like_heading(lines: tuple[Line, ...], content: list[int], pos: int, wide: int) -> bool:
    text = tidy(lines[content[pos]].text)
    if pos == 0 or pos + 1 >= len(content):
        return False
    if text.endswith(":") and text.count(":") == 1 and _colon_heading(text[:-1].strip(), lines[content[pos + 1]].text):
        text = text[:-1].strip()  # "Budget:" alone on its line heads a topic; "Plats:" labels a value
    if not text[:1].isupper() or text[-1:] in ".,;:!?" or ":" in text or "\t" in text:
        return False
    if STOP_THEN_SPECK_RE.search(text):
        return False  # "Rättvik har inte svarat. i": a sentence, an OCR speck after its full stop
    if len(text.split()) > 8 or len(text) > max(20, 0.7 * wide) or heading_kind(text) is not None:
        return False
    if label_kind(text) is not None or _is_signature_heading(text) or _name_line(text):
        return False
    if _attendance_entry(text):
        return False  # "Johan Åström rektor Vallaskolan": one of those present, not a heading
    if text.count("(") != text.count(")"):
        return False  # a wrapped entry such as "Ahmed Karimi (rektor"
    prev = tidy(lines[content[pos - 1]].text)
    nxt = tidy(lines[content[pos + 1]].text)
    prev = re.sub(r"(?<=[.!?])\s+\S{1,2}$", "", prev)  # an OCR speck after the full stop ("september. z")
    if "," in text and prev[-1:].isalpha():
        return False  # "Rahman, Hanna Björk (sekr.)": a list wrapped from the line before
    prev_closed = prev[-1:] in SENTENCE_END or (":" in prev[:30] and label_kind(prev) is not None)
    if not prev_closed and _attendance_entry(prev) and not _attendance_entry(nxt):
        # "Johan Erkers, controller" / "Genomgång av förra mötets anteckningar" / a sentence: the
        # first heading under a list of those present, which ends without a stop
        prev_closed = len(text.split()) > 1 and "," not in text and len(nxt.split()) > 3
    return prev_closed and not nxt[:1].islower()


def _name_line(text: str) -> bool:
    """A line that reads as a person's name ("Eva Lind"); one in capitals throughout ("SKOLANS
    LOKALER") is a heading written in capitals."""
    return NAME_LINE_RE.match(text) is not None and not text.isupper()


# "Johan Erkers, controller", "Eva Lind, rektor Åsenskolan", "Eva Lind rektor Åsenskolan": one
# present, with their role (without the comma only after a first and a last name; 'Eva Lind "rektor':
# a quote mark OCR read from a speck before the role)
ATTENDANCE_ENTRY_RE = re.compile(
    rf"^[{UPPER}][\w'-]+(?:(?: [{UPPER}][\w'-]+){{1,3}},| [{UPPER}][\w'-]+)\s+[\"“”]?(?P<role>[a-zåäö-]+)"
)


def _attendance_entry(text: str) -> bool:
    m = ATTENDANCE_ENTRY_RE.match(text)
    return m is not None and _role_word(m.group("role"))


# --- front and back matter --------------------------------------------------------------------


def _matter_starts(lines: tuple[Line, ...], begin: int, end: int, first_kind: str) -> list[_Start]:
    """Attendance, signature and posting blocks in lines[begin:end]."""
    starts = [_Start(begin, first_kind)] if first_kind else []
    current = first_kind
    for i in range(begin, end):
        line = lines[i]
        if not line.content:
            continue
        kind = label_kind(line.text)
        kind = "signatures" if _is_signature_heading(line.text) else None if kind == "signatures" else kind
        if TOC_HEADING_RE.match(line.text):
            kind = "other"  # a table of contents: its own section, never agenda items
        if kind == "signatures" and current != "signatures":
            starts.append(_Start(_names_above(lines, begin, i), "signatures", title=cells(line.text)[0]))
        elif kind in {"attendance", "other"} and current not in {kind, None}:
            if kind == "attendance" and current == "signatures":
                continue
            starts.append(_Start(i, kind, title=cells(line.text)[0].split(":")[0]))
        else:
            continue
        current = kind
    return starts


def _names_above(lines: tuple[Line, ...], begin: int, i: int) -> int:
    """Signature captions often stand under the names ('Åsa Kronberg\\tLinnea Hed' / 'Ordförande ...')."""
    j = i - 1
    while j > begin and not lines[j].content:
        j -= 1
    names = cells(lines[j].text) if j >= begin and lines[j].content else []
    return j if len(names) > 1 and all(NAME_LINE_RE.match(c) for c in names) else i


# --- sections ---------------------------------------------------------------------------------


def segment(doc: Document) -> list[Section]:
    text = doc.text
    lines = lines_of(text)
    if not any(line.content for line in lines):
        return []
    items = (
        _paragraph_starts(lines)
        or _paragraph_row(lines)
        or _worded_items(lines)
        or _numbered_topics(lines)
        or _agenda_list(lines)
        or _captioned_rows(lines)
        or _program_items(lines)
        or _stacked_program(lines)
        or _timed_titles(lines)
        or _numbered_headings(lines, _headed_topics(lines))
    )
    items = _without_status_column(lines, items)
    first_item = items[0].index if items else len(lines)
    starts = _matter_starts(lines, 0, first_item, "header")
    if items:
        last = items[-1]
        back = _matter_starts(lines, last.index + 1, len(lines), "")
        back = [s for s in back if s.kind == "signatures"][:1]
        starts += items + back
    starts = [s for s in starts if _has_content(lines, s, starts)]
    return _sections(text, lines, starts)


# the caption row of an extract's header table: "Sammanträdesdatum  Paragraf  Diarienummer"
ROW_CAPTION_WORDS = frozenset(
    {"organ", "sammanträde", "sammanträdesdatum", "mötesdatum", "datum", "paragraf", "§", "diarienummer", "diarienr", "dnr"}
)
ISO_DATE_RE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
WORDED_DATE_RE = re.compile(r"\b\d{1,2}\s+[a-zåäö]{3,9}\.?\s+(?:19|20)\d\d\b")  # "27 april 2026" in the row
# the paragraph cell left of that row once its date and diarienummer are gone: the organ, the sign
# (OCR may read it as one or two other characters: "BUN 85 87 ." for "BUN § 87"; joined to the number,
# one: "858" for "§ 58") and the number; the
# organ may stand in a cell of its own, in full ("Kommunstyrelsen  & 142"), or be left out ("§ 47")
ROW_PARAGRAPH_RE = re.compile(rf"^[^\w§$]{{0,2}}(?:[{UPPER}]{{2,6}}\s+|[{UPPER}][^\d§]+?\s+)?(?:\S{{1,2}}\s|\S)?(?P<num>\d{{1,3}})\s*(?:[^\w\s]{{1,2}}\s*)*$")


def _with_wrapped_line(title: str, after: str) -> str:
    """A title whose last words OCR set on a line of their own ("… med Kristinehamns" / "kommun"):
    the lowercase line under a title that does not close joined to it."""
    if title[-1:] in ".:;!?" or not after[:1].islower() or len(after.split()) > 4 or case_number(after):
        return title
    return f"{title} {after}"


def _labelled_case(lines: tuple[Line, ...], below: list[int]) -> str | None:
    """The diarienummer of a line under the header row that its label opens ("Ärendenummer: KS 2026/4")."""
    for i in below:
        text = tidy(lines[i].text)
        if DNR_WORD_RE.match(text) and (case := case_number(text)):
            return case
    return None


def _paragraph_row(lines: tuple[Line, ...]) -> list[_Start]:
    """The one § of a protokollsutdrag given in its header table: the caption row "Sammanträdesdatum
    Paragraf Diarienummer", the row of values under it ("2024-10-16  BUN § 87  BUN 2024/219") and the
    title on the line after."""
    content = _content_indices(lines)
    for pos, i in enumerate(content[:-1]):
        words = [w for w in lines[i].text.lower().split() if re.search(r"[\w§]", w)]  # "Paragraf : Diarienummer": a speck
        if "paragraf" not in words or not set(words) <= ROW_CAPTION_WORDS:
            continue
        row = lines[content[pos + 1]].text
        case = case_number(row) or _labelled_case(lines, content[pos + 2 : pos + 5])
        m = ROW_PARAGRAPH_RE.match(_strip_case(WORDED_DATE_RE.sub(" ", ISO_DATE_RE.sub(" ", row))))
        if not m:
            return []
        below = tidy(lines[content[pos + 2]].text) if pos + 2 < len(content) else ""
        title = below if below and _may_be_title(below) and label_kind(below) is None else ""
        if title and pos + 3 < len(content):
            title = _with_wrapped_line(title, tidy(lines[content[pos + 3]].text))
        # the § opens at its title, leaving the row's organ and date to the header
        at = content[pos + 2] if title else content[pos + 1]
        return [_Start(at, "paragraph", f"§ {int(m.group('num'))}", case, title)]
    return []


# the caption of an agenda table's last column, saying what each item is for: "Ärende  Beslut/info"
STATUS_CAPTION_RE = re.compile(r"^\W{0,2}(?:nr\s+)?ärende(?:n)?\s+(?P<status>[a-zåäö]+(?:\s?/\s?[a-zåäö]+)+)\s*$", re.IGNORECASE)
STATUS_ROWS = 2 / 3  # the share of rows ending in a repeated word that makes it a column without caption


def _without_status_column(lines: tuple[Line, ...], items: list[_Start]) -> list[_Start]:
    """Numbered items whose row ends in the status column of the agenda table ("… justeringsdag
    Beslut", "… informerar Information"), with that cell cut off their titles. The column is known
    by its caption above the items ("Ärende  Beslut/info") or, without it, by most rows ending in
    one of a few capitalised words repeated down the table."""
    topics = [s for s in items if s.kind == "topic" and s.number and len(s.title.split()) > 1]
    if len(topics) < 3:
        return items
    statuses = _status_words(lines, topics[0].index) or _repeated_last_words(topics)
    for start in topics:
        *head, last = start.title.split()
        if last[:1].isupper() and any(_is_status(last, word) for word in statuses):
            start.title = " ".join(head).rstrip(" ,;:–-")
    return items


def _status_words(lines: tuple[Line, ...], first: int) -> list[str]:
    """The parts of the status column's caption ("beslut", "info") in the lines just above the first item."""
    above = [line.text for line in lines[max(0, first - 4) : first] if line.content]
    for text in above[-2:]:
        if m := STATUS_CAPTION_RE.match(text.strip()):
            return [part.strip().lower() for part in m.group("status").split("/")]
    return []


def _repeated_last_words(topics: list[_Start]) -> list[str]:
    """Capitalised last words that end two rows or more, when they end most rows; at most three."""
    last = [s.title.split()[-1] for s in topics]
    counts = {w: last.count(w) for w in last if w[:1].isupper() and w.isalpha() and last.count(w) > 1}
    covered = sum(counts.values())
    return [w.lower() for w in counts] if len(counts) <= 3 and covered >= STATUS_ROWS * len(topics) else []


def _is_status(word: str, status: str) -> bool:
    """ "Information" is the caption's "info", "Beslut" its "beslut"."""
    word = word.lower()
    return len(min(word, status, key=len)) >= 4 and (word.startswith(status) or status.startswith(word))


def _has_content(lines: tuple[Line, ...], start: _Start, starts: list[_Start]) -> bool:
    nxt = min((s.index for s in starts if s.index > start.index), default=len(lines))
    return start.kind != "header" or any(line.content for line in lines[start.index : nxt])


def _sections(text: str, lines: tuple[Line, ...], starts: list[_Start]) -> list[Section]:
    starts = sorted({s.index: s for s in starts}.values(), key=lambda s: s.index)
    sections = []
    for k, start in enumerate(starts):
        end_index = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        body = [line for line in lines[start.index : end_index] if line.content]
        char_start = 0 if k == 0 else lines[start.index].start
        char_end = lines[end_index].start if end_index < len(lines) else len(text)
        first_page = body[0].page_no if body else lines[start.index].page_no
        sections.append(
            Section(
                section_id=k + 1,
                number=start.number,
                case_number=start.case_number,
                title=start.title or _first_words(body),
                kind=start.kind,
                text="\n".join(line.text.rstrip() for line in body).strip(),
                page_start=first_page,
                page_end=body[-1].page_no if body else first_page,
                char_start=char_start,
                char_end=char_end,
            )
        )
    return sections


def _first_words(body: list[Line]) -> str:
    return cells(body[0].text)[0][:120] if body and cells(body[0].text) else ""
