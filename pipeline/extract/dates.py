"""Dates and times in Swedish minutes.

`find(doc)` returns one DateMention per distinct date expression, outside page furniture.
Candidates are found by regular expressions (cheap) and read by Swedish patterns:

- ISO "2019-03-14", "4 mars 2020", "den 14 mars", "Onsdagen den 4 mars 2020", "9-10 maj 2017",
  "den 5 och 6 september" (two days: a range),
  "14/3-19", "14/3 2019", "21/10", "14.3.2019", "200304" (YYMMDD), "i tisdags (2016-04-12)";
- two dates joined by a dash are one range ("14/2 – 10/3" gives date and date_end);
- a time right after a date ("kl 08:30 – 11.45", ", 13.00-15.30", "kl 18 15") fills time_start and
  time_end but stays out of the mention's text.

A date without a year takes the meeting's year (or the year most dates in the document carry),
moved by one year when that puts it more than half a year from the meeting; never today's year.
`parse_date` falls back on dateparser (languages=['sv']) for short spans the patterns cannot read.
The kind comes from cue words (models/date_cues.tsv: "senast", "justeras", "daterad" …), then
from the meeting date: the meeting's own date is 'meeting' (the event's date, 'event', in an
inbjudan), front matter dates are 'other', later dates 'event' and earlier ones 'reference'.
Month and weekday names are in models/calendar_sv.tsv.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import evaluate
from ..document import DateMention, Document
from ..segment import lines_of, load_table
from . import places
from .spans import longest_without_overlaps

HALF_YEAR = dt.timedelta(days=183)
FRONT_MATTER = {"header", "attendance", "signatures", "other"}
TIME = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
# between a start and an end time: "–", "till", "- kl.", "– ca" ("från kl. 9.00 till kl. 12.00")
TIME_SEP = r"\s*(?:[-–—=]{1,2}|till)\s*(?:kl(?:ockan)?\.?\s*)?(?:ca\.?\s*)?"
TIME_RANGE_RE = re.compile(rf"(?<![\d.,:/])(?P<start>{TIME})(?:{TIME_SEP}(?P<end>{TIME}))?(?![\d])")
# a clock time after "kl.": the minutes may be missing ("kl 13") or set off by a space ("kl 12 30")
KL_CLOCK = r"(?:2[0-3]|[01]?\d)(?:[ .:][0-5]\d)?"  # "20.30" whole, not "2"
KL_TIME_RE = re.compile(
    rf"\bkl(?:ockan)?\.?\s*(?P<start>{KL_CLOCK})"
    rf"(?:{TIME_SEP}(?P<end>{KL_CLOCK}))?(?![\d])",
    re.IGNORECASE,
)
AFTER_DATE_TIME_RE = re.compile(
    rf"[ \t]*,?[ \t\n]*(?:(?:kl(?:ockan)?\.?[ \t]*)(?P<kl>{KL_CLOCK})|(?P<plain>{TIME}))"
    rf"(?:{TIME_SEP}(?P<end>{KL_CLOCK}))?(?!\d)",
    re.IGNORECASE,
)
RANGE_JOIN_RE = re.compile(
    r"^\s*(?:[-–—]{1,2}|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?|t\s?o\s?m|fram\s+till)\s*"
    r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+(?:den\s+)?)?$",  # "måndag 17 augusti - fredag 18 december"
    re.IGNORECASE,
)
RELATIVE_DAY_RE = re.compile(r"\bi\s+(?:mån|tis|ons|tors|fre|lör|sön)dags\s*\(\s*$", re.IGNORECASE)
# sentence ends (a blank line OCR put before a lower-case word, or "4 miljoner", is none); also a decision's next att-clause ("…2024,\natt uppdra åt …"), which says its own thing
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])|\n\s*\n(?!\s*(?:[a-zåäö]|\d+\s+[a-zåäö]))|[,;]?\s*\n(?=\s*(?:[-–•]\s*|\d{1,2}[.)]\s+)?att\s)"
    r"|[,;]?\s*\n(?=\s*\d{1,2}[.)]\s+[a-zåäö])")  # a decision's next numbered point ("…2025,\n2. ge förvaltningschefen …")


@dataclass
class DateHit:
    """A date expression found in a text, with offsets into that text."""

    start: int
    end: int
    date: dt.date | None
    date_end: dt.date | None = None
    time_start: dt.time | None = None
    time_end: dt.time | None = None
    month: int = 0  # kept for year-less dates, resolved later
    day: int = 0
    has_year: bool = True


# --- vocabulary ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    months, weekdays = _calendar_words("month"), _calendar_words("weekday")
    return months, weekdays


@lru_cache(maxsize=4)
def _calendar_words(kind: str) -> dict[str, int]:
    """Words of models/calendar_sv.tsv of one kind (month, weekday, ordinal) with their values."""
    return {row["form"]: int(row["value"]) for row in load_table("calendar_sv.tsv") if row["kind"] == kind}


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    months, weekdays = _calendar()
    month, weekday = _alternation(months), _alternation(weekdays)
    ordinal = _alternation(_calendar_words("ordinal"))
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    year = r"(?:19|20)\d\d"
    return {
        "textual": re.compile(
            rf"(?<!\w)(?:(?<!\d[-–])|(?<=(?:19|20)\d\d[-–]))(?:(?P<weekday>{weekday})[ \t]+)?(?:(?P<den>den)\.?[ \t\n]+['‘’`´]?)?"
            rf"(?:(?P<d1>{day})(?::[ae])?|(?P<ordinal>{ordinal})(?=[ \t]))"
            rf"(?:(?:[ \t]*[-–—][ \t]*|[ \t]+och[ \t]+)(?P<d2>{day}))?[ \t\n]*(?:[.\"”'|]{{1,2}}[ \t\n]*)?(?P<month>{month})(?:\b|(?={year}(?!\d)))"
            rf"(?:(?:\.?[ \t\n]+\.?|(?<=[^\W\d_]))(?P<year>{year})(?!\d))?",  # OCR may leave a speck: "1 juli .2023", 'den 27\n\n" november', or lose the space: "1 jul2027"
            re.IGNORECASE,
        ),
        "iso": re.compile(
            rf"(?:(?<![\d/.-])|(?<=\d{{4}}-\d\d-\d\d-)|(?<=[^\w\s/.,:-]\d)|(?<=[^\w\s/.,:-]\d\d))(?P<year>{year})- ?(?P<month>[01]?\d)- ?(?P<d1>[0-3]?\d)"
            rf"(?:(?!\d|-\d)|(?=-\d{{4}}-\d\d-\d\d(?!\d)))"
        ),  # OCR: "2023-04- 01"; a range whose dash OCR read as a hyphen: "2025-03-01-2025-03-31";
        # a speck glued before it: "Sammanträdesdatum +92026-03-03", "Utdragsdatum =<092022-11-22"
        "slash": re.compile(
            rf"(?:(?<![\w/.,-])|(?<=\d/\d[-–])|(?<=\d/\d\d[-–]))"  # "28/10-31/10": the end after a dash
            rf"(?P<d1>{day})(?:[ \t]*[-–][ \t]*(?P<d2>{day}))?/(?P<month>1[0-2]|0?[1-9])"
            rf"(?:-(?P<year2>\d\d)(?![\d/-])|[ \t]+(?P<year>{year})(?![\d/]))?(?![\d/])"
        ),
        "dotted": re.compile(rf"(?<![\d.,])(?P<d1>{day})\.(?P<month>1[0-2]|0?[1-9])\.(?P<year>{year}|\d\d)(?![\d.]\d)"),
        # "senast den 11.4", "fredag 4.4": without a year only after "den" or a weekday (not "11.4 miljoner")
        "dotted_day": re.compile(
            rf"(?<=\bden )(?P<d1>{day})\.(?P<month>1[0-2]|0?[1-9])(?![\d,]|\.\d|\s+(?:mnkr|miljon|procent|%|kr))",
            re.IGNORECASE,
        ),
        "compact": re.compile(
            r"(?<![\w/.,:-])(?P<year>(?:19|20)?\d\d)(?P<month>0[1-9]|1[0-2])(?P<d1>0[1-9]|[12]\d|3[01])(?![\w/,:-]|\.\d)"
        ),
    }


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern, str, str], ...]:
    return tuple((re.compile(r["cue"], re.IGNORECASE), r["where"], r["kind"]) for r in load_table("date_cues.tsv"))


# --- reading dates ----------------------------------------------------------------------------


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + (2000 if value < 70 else 1900) if value < 100 else value


def _make(year: int | None, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def _hits_of(kind: str, m: re.Match) -> DateHit | None:
    months, _ = _calendar()
    groups = m.groupdict()
    month_text = groups.get("month") or ""
    month = int(month_text) if month_text.isdigit() else months.get(month_text.lower().rstrip("."), 0)
    day = int(groups["d1"]) if groups.get("d1") else _calendar_words("ordinal")[groups["ordinal"].lower()]
    year = _year(groups.get("year") or groups.get("year2"))
    if kind == "compact" and len(groups["year"]) == 2:
        year = _year(groups["year"])
    if not 1 <= month <= 12 or _make(2000, month, day) is None:
        return None
    hit = DateHit(m.start(), m.end(), _make(year, month, day), month=month, day=day, has_year=year is not None)
    if groups.get("d2"):
        end_day = int(groups["d2"])
        if end_day <= day or _make(2000, month, end_day) is None:
            return None
        hit.date_end = _make(year, month, end_day)
        hit.day = day * 100 + end_day  # both days, resolved with the year later
    if year is not None and hit.date is None:
        return None
    return hit


# a long month name with one letter misread, after a day number: "22 juni-14 audusti 2026"
MONTH_SLIP_RE = re.compile(r"(?<=\d[ \t])[a-zåäöé]{7,9}\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _long_months() -> tuple[str, ...]:
    return tuple(m for m in _calendar()[0] if len(m) >= 7)


def _mend_months(text: str) -> str:
    """`text` with OCR-slipped long month names written whole, each the same length (offsets hold)."""

    def mend(m: re.Match) -> str:
        near = [n for n in _long_months() if evaluate.one_letter_apart(n, m.group().lower())]
        return near[0] if len(near) == 1 else m.group()

    return MONTH_SLIP_RE.sub(mend, text)


def scan(text: str, reference: dt.date | None = None) -> list[DateHit]:
    """All date expressions in `text`, in order, ranges merged, times attached, years resolved."""
    found: list[DateHit] = []
    text = _mend_months(text)
    for kind, pattern in _patterns().items():
        for m in pattern.finditer(text):
            hit = _hits_of(kind, m)
            if hit is not None:
                found.append(hit)
    hits = longest_without_overlaps(found)
    year = reference.year if reference else _common_year(hits)
    for hit in hits:
        _resolve_year(hit, reference, year)
    hits = _merge_ranges(text, hits)
    for hit in hits:
        _attach_time(text, hit)
        _widen_relative(text, hit)
    return hits


def _common_year(hits: list[DateHit]) -> int | None:
    years = Counter(h.date.year for h in hits if h.has_year and h.date)
    return years.most_common(1)[0][0] if years else None


LAST_YEAR = dt.timedelta(days=100)


def _resolve_year(hit: DateHit, reference: dt.date | None, year: int | None) -> None:
    """Give a year-less date the year that puts it nearest the meeting; the year before only within a
    season of it ("10/12" in January's minutes), as minutes look ahead ("19-20 oktober" in March's)."""
    if hit.has_year or year is None:
        return
    first, last = (hit.day // 100, hit.day % 100) if hit.day > 100 else (hit.day, 0)
    options = [y for y in (year, year - 1, year + 1) if _make(y, hit.month, first)]
    if reference is not None:
        options.sort(key=lambda y: (y < year and reference - _make(y, hit.month, first) > LAST_YEAR, abs(_make(y, hit.month, first) - reference)))
    if options:
        hit.date = _make(options[0], hit.month, first)
        hit.date_end = _make(options[0], hit.month, last) if last else hit.date_end


def _merge_ranges(text: str, hits: list[DateHit]) -> list[DateHit]:
    """'14/2 – 10/3', '2019-03-14 – 2019-03-16': two dates joined by a dash are one range."""
    merged: list[DateHit] = []
    for hit in hits:
        prev = merged[-1] if merged else None
        if (
            prev
            and prev.date_end is None
            and prev.date
            and hit.date
            and (RANGE_JOIN_RE.match(text[prev.end : hit.start]) or _between(text, prev, hit))
            and not MOVED_RE.search(text[max(0, prev.start - 60) : prev.start])
            and (start := _range_start(prev, hit))
            and hit.date > start
        ):
            prev.end, prev.date_end, prev.date = hit.end, hit.date, start
            continue
        merged.append(hit)
    return merged


# "att flytta sammanträdet den 7 april till onsdagen den 8 april": from one day to another, no period
MOVED_RE = re.compile(
    r"\b(?:flytta[rs]?|flyttade?s?|ändra[rs]?|senarelägg\w*|tidigarelägg\w*|skjut\w*\s+upp)\b(?:\s+[^\s.]+){0,3}?\s+(?:från\s+)?(?:den\s+)?$",
    re.IGNORECASE,
)


def _range_start(first: DateHit, last: DateHit) -> dt.date | None:
    """The first day of a range: "14 mars–16 april 2019" and "1 juli–31 december 2024" take the
    end's year (the year before it when that would put the start after the end)."""
    if first.has_year or not last.has_year:
        return first.date
    start = _make(last.date.year, first.date.month, first.date.day)
    return start if start and start <= last.date else _make(last.date.year - 1, first.date.month, first.date.day)


BETWEEN_RE = re.compile(r"\bmellan\s+(?:den\s+)?$", re.IGNORECASE)
AND_RE = re.compile(r"^\s+och\s+(?:den\s+)?$")


def _between(text: str, first: DateHit, second: DateHit) -> bool:
    """'mellan den 19 juni och den 11 augusti': two dates that bound one period."""
    return bool(BETWEEN_RE.search(text[max(0, first.start - 12) : first.start]) and AND_RE.match(text[first.end : second.start]))


def _clock(text: str | None) -> dt.time | None:
    if not text:
        return None
    parts = re.split(r"[ .:]", text.strip())
    try:
        return dt.time(int(parts[0]), int(parts[1]) if len(parts) > 1 else 0)
    except (ValueError, IndexError):
        return None


def _attach_time(text: str, hit: DateHit) -> None:
    m = AFTER_DATE_TIME_RE.match(text, hit.end, min(len(text), hit.end + 40))
    if m:
        hit.time_start = _clock(m.group("kl") or m.group("plain"))
        hit.time_end = _clock(m.group("end"))


def _widen_relative(text: str, hit: DateHit) -> None:
    """'i tisdags (2016-04-12)': the relative day and its bracketed date are one expression."""
    before = RELATIVE_DAY_RE.search(text, max(0, hit.start - 20), hit.start)
    if before and text[hit.end : hit.end + 1] == ")":
        hit.start, hit.end = before.start(), hit.end + 1


@lru_cache(maxsize=1)
def _last_weekday_re() -> re.Pattern:
    days = {w: v for w, v in _calendar()[1].items() if w.endswith("dag")}
    return re.compile(rf"\bi[.,]?\s+(?P<day>{_alternation(days)})s\b", re.IGNORECASE)


def last_weekday(text: str, written: dt.date) -> dt.date | None:
    """'i onsdags' in a text written on `written`: the last such weekday before that day."""
    m = _last_weekday_re().search(text)
    if not m:
        return None
    weekday = _calendar()[1][m.group("day").lower()]
    return written - dt.timedelta(days=(written.isoweekday() - weekday) % 7 or 7)


def parse_date(text: str, reference: dt.date | None = None) -> dt.date | None:
    """The first date in `text`; year-less dates take `reference`'s year (None without one)."""
    hits = [h for h in scan(text, reference) if h.date]
    if hits:
        return hits[0].date
    return _dateparser(text, reference)


def _dateparser(text: str, reference: dt.date | None) -> dt.date | None:
    """dateparser for short spans the Swedish patterns do not read; never guesses the year."""
    span = text.strip()
    if not span or len(span) > 40 or not re.search(r"\d", span):
        return None
    import dateparser  # slow to import; only needed here

    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month"], "SKIP_TOKENS": ["kl", "den"]}
    if reference:
        settings["RELATIVE_BASE"] = dt.datetime(reference.year, reference.month, reference.day)
    try:
        parsed = dateparser.parse(span, languages=["sv"], settings=settings)
    except (ValueError, TypeError, OverflowError, KeyError, IndexError):  # odd input: unreadable
        return None
    if parsed is None:
        return None
    if not reference and not re.search(r"(?:19|20)\d\d", span):
        return None  # the year would be today's
    return parsed.date()


def parse_times(text: str) -> tuple[dt.time | None, dt.time | None]:
    """Start and end time: 'kl 08:30 – 11.45', '13.00 -15.30', 'kl 18 15', 'kl 13'."""
    outside = re.sub(r"\([^()]*\)", " ", text)  # "18.00 (gruppmöten från kl. 17.00)": an aside's time is not it
    m = KL_TIME_RE.search(outside) or TIME_RANGE_RE.search(outside) or KL_TIME_RE.search(text)
    if not m:
        m = TIME_RANGE_RE.search(text)
    if not m:
        return None, None
    start, end = _clock(m.group("start")), _clock(m.group("end"))
    if start and end and end <= start:
        end = None
    return start, end


# --- mentions in a document ----------------------------------------------------------------------


def find(doc: Document) -> list[DateMention]:
    text = doc.text
    furniture = [(line.start, line.end) for line in lines_of(text) if line.furniture]
    prose = _without_furniture(text, furniture)
    kinds = {s.section_id: s.kind for s in doc.sections}
    mentions, seen = [], set()
    hits = scan(text, doc.meeting_date)
    hits = sorted(hits + _relative_days(doc, text, hits), key=lambda h: h.start)
    pivot = _written_on(doc, hits) or doc.meeting_date
    for hit in hits:
        if _in_furniture(text, hit, furniture, doc.meeting_date) or page_number(text, hit):
            continue
        _after_meeting(text, hit, doc.meeting_date)
        written = " ".join(text[hit.start : hit.end].split())
        key = (written.lower(), hit.date)
        if key in seen:
            continue
        seen.add(key)
        section_id = doc.section_at(hit.start)
        mentions.append(
            DateMention(
                section_id=section_id,
                text=written,
                date=hit.date,
                date_end=hit.date_end,
                time_start=hit.time_start,
                time_end=hit.time_end,
                kind=_kind(doc, text, hit, kinds.get(section_id), pivot, prose),
                page_no=doc.page_at(hit.start),
            )
        )
    return mentions


def _without_furniture(text: str, furniture: list[tuple[int, int]]) -> str:
    """`text` with its running headers and footers blanked (offsets hold), so a sentence reads on
    across a page break."""
    if not furniture:
        return text
    chars = list(text)
    for a, b in furniture:
        chars[a:b] = [c if c in "\n\f" else " " for c in text[a:b]]
    return "".join(chars)


def _in_furniture(text: str, hit: DateHit, furniture: list[tuple[int, int]], meeting: dt.date | None) -> bool:
    """A date in a running header or footer is left out, unless it is the meeting's full date
    ("Minnesanteckningar rektorsgrupp 2025-09-03 Sida 1 av 1"): that one the document prints."""
    if not any(a <= hit.start < b for a, b in furniture):
        return False
    return not (meeting and hit.date == meeting and hit.date_end is None and FULL_YEAR_RE.search(text[hit.start : hit.end]))


FULL_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# "PROTOKOLL 1/2", "Kallelse 2/3": the first page's own header numbers its pages, it names no day
PAGE_OF_RE = re.compile(r"(?:protokoll\w*|kallelse|minnesanteckningar|anteckningar|sida|sid|blad)\W{0,5}$", re.IGNORECASE)
BARE_FRACTION_RE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}")


def page_number(text: str, hit: DateHit) -> bool:
    """"PROTOKOLL 1/2", "Sida 2/3": a page number after the document type, not a day of the year."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    return bool(BARE_FRACTION_RE.fullmatch(text[hit.start : hit.end])) and bool(
        PAGE_OF_RE.search(text[line_start : hit.start])
    )


NEXT_MEETING_RE = re.compile(r"\bnästa\s+(?:möte|sammanträde|träff)\b[^.\n]{0,40}$", re.IGNORECASE)


def _after_meeting(text: str, hit: DateHit, meeting: dt.date | None) -> None:
    """A year-less date of the next meeting ("Nästa möte: 21/10") lies after this one, even when the
    year before would be nearer."""
    if hit.has_year or meeting is None or hit.date is None or hit.date >= meeting:
        return
    if NEXT_MEETING_RE.search(text[max(0, hit.start - 60) : hit.start]):
        hit.date = _make(hit.date.year + 1, hit.date.month, hit.date.day) or hit.date
        if hit.date_end:
            hit.date_end = _make(hit.date_end.year + 1, hit.date_end.month, hit.date_end.day) or hit.date_end


def _sentence_around(text: str, start: int, end: int, blanked: bool = False) -> tuple[str, str]:
    """The text before the date within its sentence, and the whole sentence. In a `blanked` text
    (page furniture turned to spaces) the runs of spaces do not count towards the 200 characters."""
    # split with the date itself in view: "senast\n\ntorsdag 7 maj" runs on over its blank line
    # the date's own blank lines ("den 9 december" / "" / "2025.") do not end its sentence
    written = " ".join(text[start:end].split())
    window = text[max(0, start - 200) : start]
    if blanked:
        window = re.sub(r" {2,}", " ", text[max(0, start - 600) : start])[-200:]
    last = SENTENCE_SPLIT_RE.split(window + written)[-1]
    before = last[: max(0, len(last) - len(written))]
    right = text[end : end + 200]
    after = SENTENCE_SPLIT_RE.split(right)[0] if right else ""
    before = before.replace("\f", " ")
    return before[-80:], f"{before}{written}{after}"


UPCOMING_TYPES = {"kallelse", "inbjudan"}  # written before the meeting they announce


def _written_on(doc: Document, hits: list[DateHit]) -> dt.date | None:
    """The date a kallelse or inbjudan was written: a date of its head before the meeting. Dates
    after it are still to come for its reader ("handlingarna finns från den 13 mars")."""
    if doc.doc_type not in UPCOMING_TYPES or doc.meeting_date is None:
        return None
    head = {s.section_id for s in doc.sections if s.kind == "header"}
    for hit in hits:  # "Grums den 19 september 2025" above the signature says it outright
        if hit.date and hit.date < doc.meeting_date and _dated_at_place(_label_line(doc.text[: hit.start])):
            return hit.date
    for hit in hits:
        if hit.date and hit.date < doc.meeting_date and doc.section_at(hit.start) in head:
            return hit.date
    return None


APPOSITION_RE = re.compile(r"\s*[,(–-]\s*")


def _relative_days(doc: Document, text: str, hits: list[DateHit]) -> list[DateHit]:
    """"beslutade i tisdags" without a date in brackets: the last such weekday before the day the
    text was written (a press release's dateline; for minutes, the meeting). "i onsdags, den 4 juni"
    names its date: one expression, the date's."""
    written = _dateline(doc, hits) if doc.doc_type == "pressmeddelande" else doc.meeting_date
    if written is None:
        return []
    found = []
    for m in _last_weekday_re().finditer(text):
        if not any(h.start <= m.start() < h.end or APPOSITION_RE.fullmatch(text[m.end() : h.start]) for h in hits):
            found.append(DateHit(m.start(), m.end(), last_weekday(m.group(), written), has_year=True))
    return found


def _dateline(doc: Document, hits: list[DateHit]) -> dt.date | None:
    """The first date in the document's head: when a press release was sent out."""
    head = {s.section_id for s in doc.sections if s.kind == "header"}
    return next((h.date for h in hits if h.date and h.date_end is None and doc.section_at(h.start) in head), None)


# "Nämnden gav den 18 mars", "gav i § 121 den 9 december 2025 förvaltningen i uppdrag" (§ read as 8, $, &)
GIVEN_ON_RE = re.compile(r"\b(?:gav|gavs|beslutade|beslöt|fattade|antog)\s+(?:i\s+(?:§+|[8$&])\s*[\d-]+,?\s+)?(?:den(?:\s+|\s*[^\w\s]{1,3}\s*))?$", re.IGNORECASE)  # "gav den':27 maj": a speck
DIRECT_DEADLINE_RE = re.compile(r"\b(?:senast|före|innan)\b", re.IGNORECASE)
# "så att avtal kan tecknas efter kommunfullmäktiges sammanträde den 23 februari": what follows a date
AFTER_RE = re.compile(r"\befter\s+(?:\S+\s+){0,3}?(?:den\s+)?$", re.IGNORECASE)
# "gäller från och med den 1 januari", "fr.o.m. 2026-08-01": the day from which something applies,
# never a task's due date
FROM_RE = re.compile(r"\b(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från|med\s+start)\s+(?:\w+dag(?:en)?\s+)?(?:den\s+)?$", re.IGNORECASE)
# "Justerat 2026-02-12", "Justeringsdatum: …": the day the minutes were checked, even when it is the meeting's own
JUSTERED_RE = re.compile(r"\bjuster(?:at|ad|ades|as|ing(?:sdatum|sdag|en)?)\b\W{0,3}(?:den\s+)?$", re.IGNORECASE)


def _kind(
    doc: Document, text: str, hit: DateHit, section_kind: str | None, pivot: dt.date | None = None, prose: str | None = None
) -> str:
    own_line_before, _ = _sentence_around(text, hit.start, hit.end)
    # a sentence runs on over a page's footer and the next page's header ("… i uppdrag att …" / "till … den 28 april")
    before, sentence = _sentence_around(prose, hit.start, hit.end, blanked=True) if prose is not None else _sentence_around(text, hit.start, hit.end)
    line_before = _label_line(own_line_before)  # labels such as "Justeringsdatum" stand on the date's own line

    def window(where: str, kind: str) -> str:
        return sentence if where == "sentence" else before if kind == "deadline" else line_before

    # a task's sentence ("får i uppdrag att …") makes its dates deadlines, unless one of them has
    # its own cue ("senast 2025-06-13"): then the others tell of something else ("till terminsstarten den 18/8")
    # "senast 2025-06-13" in the sentence, or "Nämnden gav den 18 mars förvaltningen i uppdrag": the
    # task's sentence does not make this date a deadline
    own_deadline = DIRECT_DEADLINE_RE.search(sentence) is not None or any(r.search(before) for r in (GIVEN_ON_RE, AFTER_RE, FROM_RE))
    cues = [
        (kind, pattern.search(window(where, kind)))
        for pattern, where, kind in _cues()
        if not (own_deadline and where == "sentence" and kind == "deadline")
    ]
    matched = [kind for kind, m in cues if m]
    if _given_before(doc, hit):
        matched = [kind for kind in matched if kind != "deadline"]
    elif "deadline" in matched or _in_deadline_column(text, hit):
        return "deadline"
    meeting = doc.meeting_date
    if JUSTERED_RE.search(before.split("\n")[-1]):
        return "other"
    if meeting and hit.date == meeting:
        return "event" if doc.doc_type == "inbjudan" else "meeting"
    if matched:
        return matched[0]
    if _dated_at_place(line_before.split("\t")[-1]) and not _prose_wrapped(text, hit.start):
        return "other"
    if meeting is None or hit.date is None:
        return "other"
    if doc.doc_type in UPCOMING_TYPES and pivot not in (None, meeting) and hit.date != pivot:
        # "Gruppmöten hålls 25/9" in a kallelse written on the 19th for the 30th; "Presidiet beredde
        # ärendena den 16/9" before it was written
        return "event" if hit.date > pivot else "reference"
    if section_kind in FRONT_MATTER and (_has_items(doc) or hit.start < _head_end(text)):
        return "other"  # without agenda items (a press release) only the head's dates are the document's
    return "event" if (hit.date_end or hit.date) > (pivot or meeting) else "reference"  # a period still running is to come


def _given_before(doc: Document, hit: DateHit) -> bool:
    """"Vid sammanträdet den 21 februari gav nämnden förvaltningen i uppdrag …": in minutes a day
    before the meeting is when a task was given, never when it is due (a summons or an invitation,
    written before its day, has its deadlines before it)."""
    meeting = doc.meeting_date
    return bool(meeting and hit.date and hit.date < meeting and doc.doc_type not in UPCOMING_TYPES)


# the head of an action table's last column: "Vad⇥Vem⇥Klart", "Åtgärd Ansvarig Klart senast"
DEADLINE_HEAD_RE = re.compile(r"^(?:[\w.]+[ \t]+){1,4}(?:klart(?:\s+senast)?|klar\s+till|deadline|senast)\W*$", re.IGNORECASE)


def _in_deadline_column(text: str, hit: DateHit) -> bool:
    """A date that ends its row of a table whose last column is headed "Klart" (or "Deadline", "Senast")."""
    if text[hit.end : text.find("\n", hit.end) if "\n" in text[hit.end :] else len(text)].strip():
        return False
    above = [line for line in text[: hit.start].split("\n")[-12:-1] if line.strip()]
    return any(DEADLINE_HEAD_RE.match(line.strip()) for line in above[-8:])


def _label_line(before: str) -> str:
    """The text before a date on its line; for a date that opens its line, the last cell of the line
    above, where a grid's label wrapped its value ("Anslaget på kommunens anslagstavla" / "25/10 2023");
    for a date in a row of values, the row of labels above it too."""
    lines = before.split("\n")
    if len(lines) < 2:
        return lines[-1]
    if lines[-1].strip():  # "Lena Borg 15/4 2025" under "Justerare Justeringsdatum …": a row of labels above
        above = lines[-2]
        row_of_labels = 0 < len(above.split()) <= 6 and not re.search(r"\d", above) and len(lines[-1].split()) <= 4
        return f"{above}\t{lines[-1]}" if row_of_labels else lines[-1]
    above = lines[-2].split("\t")[-1]
    return above if len(above.split()) <= 6 else lines[-1]


PLACE_ALONE_RE = re.compile(r"[^\w\n]{0,3}\s*([A-ZÅÄÖ][\w-]+),?\s*(?:den\s+)?")  # ": Ystad den": a speck before


def _dated_at_place(line_before: str) -> bool:
    """"Lidköping 2024-04-22" on a line of its own: where and when a signature or extract was made."""
    m = PLACE_ALONE_RE.fullmatch(line_before)
    return bool(m) and places.names_kommun(m[1])


def _prose_wrapped(text: str, start: int) -> bool:
    """"… Första träffen hålls i" / "Forshaga den 15 oktober": a line of prose wrapped onto the
    date's line, whose place opens the line by chance; no dateline."""
    line_start = text.rfind("\n", 0, start)
    above = text[text.rfind("\n", 0, max(line_start, 0)) + 1 : max(line_start, 0)].strip()
    return len(above.split()) > 6 and above[-1].islower()


def _has_items(doc: Document) -> bool:
    return any(s.kind in {"paragraph", "topic"} for s in doc.sections)


def _head_end(text: str, lines: int = 3) -> int:
    """Offset after the first `lines` non-empty lines: the document's own header."""
    found = list(re.finditer(r"[^\n\f]*\S[^\n\f]*", text))
    return found[min(lines, len(found)) - 1].end() if found else 0
