"""Places and organisations: which kommun a document belongs to, and every kommun or body it names.

`fill(doc)` sets `doc.municipality`, `doc.municipality_code` and `doc.mentions`. Kommun names come
from models/kommuner.tsv and are found in their written forms: plain ("Skövde"), genitive
("Nackas", "Lunds kommun", "Falu kommun"), "X stad", upper case ("JÖNKÖPINGS KOMMUN") and without
diacritics as English-model OCR leaves them ("Vasteras"). Names flagged `ambiguous` (common words,
surnames, first names: "Mark", "Vara", "Lund") count only with context: a following kommun/stad,
a preposition of place ("i Lund"), an affiliation after a person ("Eva Ek, Mora"), or a list of
other kommuner ("Skövde, Hjo och Tibro"). Organisations come from models/organisations.tsv
(authorities, regions, associations, universities) and from name shapes: "Ekedalsskolan",
"Ryds skola", "Polhemsgymnasiet", "barn- och utbildningsnämnden".

The document's kommun is, in order: the one in the organ name ("… i Falköpings kommun"), the
first one with kommun/stad or in capitals near the top of page 1 (logo and header text), or the
most prominent one overall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import evaluate
from ..document import Document, Mention
from . import nlp
from .spans import longest_without_overlaps

# "kommun", also as OCR misreads its letters ("kömmun", "kommnn", "Oommun"), and "stad"
SUFFIX_RE = re.compile(r"[.,]?\s+(?:[ko0][oö0]mm?[uün]n(?:s|en)?|stads?|staden)\b", re.IGNORECASE)  # "Osby. kommun": a speck
COUNTY_RE = re.compile(r"\s+(?:läns?|universitet|högskola)\b", re.IGNORECASE)
BEFORE_ORG_RE = re.compile(r"(?:Region|Högskolan i|Universitetet i)\s+$")
COMPASS_BEFORE_RE = re.compile(r"(?<![\w-])(?:Östra|Västra|Norra|Södra)\s+$")
PLACE_PREPOSITION_RE = re.compile(
    r"(?:^|\s)(?:i|från|till|inom|utanför|mellan|och|samt)\s+$"
)
KOMMUN_WORD_RE = re.compile(r"\b(?:grann)?kommun(?:en|erna)?\s+$", re.IGNORECASE)
DATED_AFTER_RE = re.compile(r",?[ \t]+(?:den[ \t]+)?(?:\d{1,2}[ \t]+[a-zåäö]{3,}[ \t]+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b")
# a clause's opening, and the verb of a kommun that acts ("Tanum erbjuder lovskola", "… att Kil tar emot")
SUBJECT_BEFORE_RE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|\b(?:att|även|också|men|medan|där|eftersom)\s+)$", re.IGNORECASE)
ACTING_VERB_RE = re.compile(
    r" (?:har|hade|erbjuder|erbjöd|tar|tog|ska|skall|kommer|får|fick|deltar|deltog|behöver|saknar|planerar|"
    r"vill|kan|startar|inför|ansluter|bjuder|anordnar|ordnar|skickar|köper|hanterar|bidrar|samordnar|ansvarar)\b"
)
NEIGHBOUR_SPAN = 400
LIST_GAP_RE = re.compile(r"^\s*(?:,|och|samt|eller|&|/|-|–)\s*(?:och\s+)?$")
# "Anna Ek, Mora", "Anna Ek (Mora)", "Anna Ek, skolpsykolog, Mora"
# "Eva Ek, rektor, Säter", "Eva Ek⇥rektor, Säter" (a cell gap for the first comma); a speck may end the line ("Säter i")
AFFILIATION_BEFORE_RE = re.compile(r"[A-ZÅÄÖ][\wåäöé-]+\s*(?:,?\s*[a-zåäö][\wåäöé-]+\s*)?(?:,|\(|–|-)\s*$")
AFFILIATION_AFTER_RE = re.compile(r"^\s*(?:$|[,;)\n]|\s*\n)|^ \S\n")
WORD = r"[A-Za-zÅÄÖåäöÉéÜü]"
CAPITALISED = r"[A-ZÅÄÖÉ]\w*(?:-\w+)*(?![\w-])"
CAPITALISED_RE = re.compile(rf"(?<![\w-]){CAPITALISED}")
NEXT_CAPITALISED_RE = re.compile(rf" ({CAPITALISED})")
CAPITALISED_PAIR_RE = re.compile(rf"{CAPITALISED} {CAPITALISED}")


@dataclass(frozen=True)
class KommunHit:
    start: int
    end: int  # end of the name, or of "kommun"/"stad" when it follows
    text: str
    kommun: nlp.Kommun
    suffixed: bool  # followed by kommun / stad


@dataclass(frozen=True)
class OrgHit:
    start: int
    end: int
    text: str
    normalized: str


def fill(doc: Document) -> None:
    text = doc.text
    hits = find_kommuner(text)
    hits = sorted(
        hits + _split_logo(doc, text, hits) + _clipped_logo(doc, text, hits) + _initial_set_apart(text), key=lambda h: h.start
    )
    orgs = find_organisations(text)
    doc.mentions = _mentions(doc, hits, orgs)
    home = _home_kommun(doc, text, hits)
    doc.municipality = home.name if home else None
    doc.municipality_code = home.code if home else None


# --- kommuner -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _surfaces() -> dict[str, tuple[nlp.Kommun, bool]]:
    """Written form -> (kommun, needs context)."""
    names = {k.name for k in nlp.kommuner()}
    table: dict[str, tuple[nlp.Kommun, bool]] = {}
    for k in nlp.kommuner():
        for form in (k.name, *k.aliases):
            _add_form(table, form, k, k.ambiguous)
            folded = nlp.fold(form)
            if folded != form and folded not in names:
                _add_form(table, folded, k, k.ambiguous or len(folded) <= 4)
    return table


def names_kommun(word: str) -> bool:
    """Whether `word` is a kommun's name as written (also names that are words too: "Grums", "Mark")."""
    return word in _surfaces()


def _add_form(table: dict, form: str, kommun: nlp.Kommun, ambiguous: bool) -> None:
    genitive = form if form[-1] in "sxzSXZ" else form + "s"
    for variant in {form, genitive}:
        table.setdefault(variant, (kommun, ambiguous))
        table.setdefault(variant.upper(), (kommun, ambiguous))


def find_kommuner(text: str) -> list[KommunHit]:
    """Every kommun named in `text`, ambiguous names only where their context says place."""
    table = _surfaces()
    candidates = []
    for m in _name_words(text, table):
        entry = table.get(m.group())
        if entry is None or COUNTY_RE.match(text, m.end()):
            continue
        kommun, ambiguous = entry
        if (
            BEFORE_ORG_RE.search(text, max(0, m.start() - 30), m.start())
            and kommun.code != "0980"
        ) or COMPASS_BEFORE_RE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "Högskolan i Gävle"; "Östra Ljungby", a village, not Ljungby
        suffix = SUFFIX_RE.match(text, m.end())
        end = suffix.end() if suffix else m.end()
        hit = KommunHit(m.start(), end, text[m.start() : end], kommun, bool(suffix))
        candidates.append((hit, ambiguous))
    return _resolve(text, candidates)


def _resolve(text: str, candidates: list[tuple[KommunHit, bool]]) -> list[KommunHit]:
    verdicts = [_is_place(text, hit, ambiguous) for hit, ambiguous in candidates]
    accepted = [v is True for v in verdicts]
    # a doubtful name among accepted kommuner is one too ("Skövde, Hjo och Tibro")
    changed = True
    while changed:
        changed = False
        for i, (hit, _) in enumerate(candidates):
            if accepted[i] or verdicts[i] is False:
                continue
            for j in (i - 1, i + 1):
                if (
                    0 <= j < len(candidates)
                    and accepted[j]
                    and _listed_together(text, hit, candidates[j][0])
                ):
                    accepted[i] = changed = True
                    break
    places = [hit for (hit, _), ok in zip(candidates, accepted) if ok]
    for i, (hit, _) in enumerate(candidates):
        if verdicts[i] is None and not accepted[i] and _acts_among_places(text, hit, places):
            accepted[i] = True
    return [hit for (hit, _), ok in zip(candidates, accepted) if ok]


def _acts_among_places(text: str, hit: KommunHit, places: list[KommunHit]) -> bool:
    """"Dorotea har erbjudit platser i sin buss", "Även Eda skickar elever": a doubtful name that opens
    a clause and acts, in a paragraph that names other kommuner; not a person's first name when the
    document gives someone that first name ("Nora Lind")."""
    if not (
        SUBJECT_BEFORE_RE.search(text, max(0, hit.start - 12), hit.start) and ACTING_VERB_RE.match(text, hit.end)
    ):
        return False
    if hit.text in nlp.first_names() and re.search(rf"\b{re.escape(hit.text)} [A-ZÅÄÖ][a-zåäö]", text):
        return False
    return any(
        p is not hit and abs(p.start - hit.start) < NEIGHBOUR_SPAN and "\n\n" not in text[min(p.end, hit.end) : max(p.start, hit.start)]
        for p in places
    )


def _name_words(text: str, table: dict):
    """Capitalised words and two-word names ("Upplands Väsby") that the table knows."""
    taken = 0
    for m in CAPITALISED_RE.finditer(text):
        if m.start() < taken:
            continue
        pair = NEXT_CAPITALISED_RE.match(text, m.end())
        if pair and f"{m.group()} {pair.group(1)}" in table:
            m = CAPITALISED_PAIR_RE.match(text, m.start())
        if m and m.group() in table:
            taken = m.end()
            yield m


def _is_place(text: str, hit: KommunHit, ambiguous: bool) -> bool | None:
    """True: a place. False: surely not (a surname). None: doubtful unless listed with places."""
    if hit.suffixed:
        return True
    before = text[max(0, hit.start - 40) : hit.start]
    if _after_first_name(before):
        return False  # "Eva Lund", "Per Falkenberg"
    if not ambiguous:
        return True
    if hit.text.isupper() and len(hit.text) > 3:
        return _upper_line(text, hit) or None
    if PLACE_PREPOSITION_RE.search(before) and not _followed_by_capital(text, hit.end):
        return True
    if KOMMUN_WORD_RE.search(before) or DATED_AFTER_RE.match(text, hit.end):
        return True  # "grannkommunen Sunne", "Grums den 19 september 2025" above a signature
    after = text[hit.end : hit.end + 3]
    if AFFILIATION_BEFORE_RE.search(before) and AFFILIATION_AFTER_RE.match(after):
        return True
    return None


def _after_first_name(before: str) -> bool:
    words = before.split()
    if not words or before[-1:] not in (" ", "\t") or before.endswith("  "):
        return False
    return words[-1] in nlp.first_names()


def _followed_by_capital(text: str, end: int) -> bool:
    return bool(re.match(r" [A-ZÅÄÖ][a-zåäö]", text[end : end + 3]))


def _upper_line(text: str, hit: KommunHit) -> bool:
    """An upper-case name counts when its line is upper case too (logo, header)."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _listed_together(text: str, a: KommunHit, b: KommunHit) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(LIST_GAP_RE.match(text[first.end : second.start]))


# --- organisations --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _org_tables():
    named = {}
    suffixes, generic = [], set()
    for org in nlp.organisations():
        if org.kind == "suffix":
            suffixes.append(org.form)
        elif org.kind == "generic":
            generic.add(org.form.lower())
        elif org.kind == "organ":
            named[org.form] = org.normalized
            named[org.form.capitalize()] = org.normalized
        else:
            named[org.form] = org.normalized
    named.update(
        {form.upper(): norm for form, norm in list(named.items()) if len(form) > 4}
    )
    body = "|".join(re.escape(f) for f in sorted(named, key=len, reverse=True))
    named_re = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
    ends = "|".join(re.escape(s) for s in suffixes)
    compound_re = re.compile(rf"(?<![\w-])[A-ZÅÄÖ]{WORD}*-?(?:{ends})(?![\w-])")
    two_word_re = re.compile(
        rf"(?<![\w-])([A-ZÅÄÖ]{WORD}+)\s(skola|skolan|gymnasium|förskola)(?![\w-])"
    )
    nämnd_re = re.compile(
        rf"(?<![\w-])((?:{WORD}+-\s(?:och|&)\s)?{WORD}+(?:nämnd|förvaltning)(?:en|ens|s)?)(?![\w-])"
    )
    return named, named_re, compound_re, two_word_re, nämnd_re, generic


def find_organisations(text: str) -> list[OrgHit]:
    named, named_re, compound_re, two_word_re, nämnd_re, generic = _org_tables()
    hits = [
        OrgHit(m.start(), m.end(), m.group(), named[m.group()])
        for m in named_re.finditer(text)
    ]
    for m in compound_re.finditer(text):
        word = m.group()
        if word.lower() not in generic and not nlp.is_common_word(word):
            hits.append(OrgHit(m.start(), m.end(), word, word))
    for m in two_word_re.finditer(text):
        if _school_name_word(m.group(1)):
            hits.append(OrgHit(m.start(), m.end(), m.group(), m.group()))
    for m in nämnd_re.finditer(text):
        word = m.group(1).lower()
        if word not in generic and not word.startswith(("nämnd", "förvaltning")):
            hits.append(OrgHit(m.start(), m.end(), m.group(1), _organ_name(word)))
    return longest_without_overlaps(hits)


def _school_name_word(word: str) -> bool:
    """'Ryds' or 'Ekbackens' (skola), not 'Varje' or 'Vår' (skola) at the start of a sentence."""
    if word.lower() in nlp.not_names():
        return False
    is_genitive = word.endswith("s") and len(word) >= 5
    return is_genitive or not nlp.is_common_word(word)


def _organ_name(text: str) -> str:
    """Definite singular, lower case: "Utbildningsnämndens" -> "utbildningsnämnden"."""
    name = " ".join(text.split())
    if name.endswith("ens"):
        return name[:-1]
    name = name.removesuffix("s")
    return name if name.endswith("en") else name + "en"




# --- the document ---------------------------------------------------------------------------


def _mentions(
    doc: Document, hits: list[KommunHit], orgs: list[OrgHit]
) -> list[Mention]:
    rows: list[tuple[int, Mention]] = []
    seen = set()
    for hit in hits:
        section = doc.section_at(hit.start)
        key = (section, "municipality", hit.kommun.code)
        if key not in seen:
            seen.add(key)
            mention = Mention(
                section, "municipality", hit.text, hit.kommun.name, hit.kommun.code, doc.page_at(hit.start)
            )
            rows.append((hit.start, mention))
    for org in orgs:
        section = doc.section_at(org.start)
        key = (section, "organisation", org.normalized)
        if key not in seen:
            seen.add(key)
            rows.append(
                (org.start, Mention(section, "organisation", org.text, org.normalized, page_no=doc.page_at(org.start)))
            )
    return [m for _, m in sorted(rows, key=lambda r: r[0])]


SPLIT_NAME_RE = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]{1,12}) ([a-zåäö]{1,6}) (kommun|stad)\b")
MANGLED_RE = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé]{2,15})\s+(?i:k[o0]m+[uv]?n+\w{0,2}|stad)\b")


def _split_logo(doc: Document, text: str, hits: list[KommunHit]) -> list[KommunHit]:
    """A kommun name that OCR split or damaged in the page-1 logo ("Ska ra kommun", "Umea kommUnN"),
    when no kommun is named there as a letterhead is ("Skövde kommun", "SKÖVDE")."""
    top = _top_of_first_page(doc)
    if any(h.start < top and (h.suffixed or h.text.isupper()) for h in hits):
        return []  # the logo was read (a kommun named in a title under it is no logo)
    found = []
    for m in SPLIT_NAME_RE.finditer(text, 0, top):
        entry = _surfaces().get(m.group(1) + m.group(2))
        if entry is not None:
            found.append(KommunHit(m.start(), m.end(), m.group(), entry[0], True))
    for m in MANGLED_RE.finditer(text, 0, top):  # "Umea kommUnN": å and the suffix damaged
        entry = _surfaces().get(m.group(1)) or _surfaces().get(nlp.fold(m.group(1)))
        if entry is not None:
            found.append(KommunHit(m.start(), m.end(), m.group(), entry[0], True))
    for m in MISREAD_RE.finditer(text, 0, top):  # "Hultstreds OMMUN", "Inspangs ommun": a letter misread or lost
        word = m.group(1).replace(" ", "")  # "K ippans ommun": its initial set apart too
        if kommun := (_surfaces().get(word) or (None,))[0] or _nearest_kommun(word):
            found.append(KommunHit(m.start(), m.end(), m.group(), kommun, True))
    return sorted(found, key=lambda h: h.start)[:1]


# a capitalised word before "kommun" whose k the logo's edge took ("ommun") or OCR kept
MISREAD_RE = re.compile(r"\b([A-ZÅÄÖ] ?[a-zåäöé]{3,15})\s+(?i:k?[o0]m+[uv]?n+)\b")


def _nearest_kommun(word: str) -> nlp.Kommun | None:
    """The one kommun whose name (or genitive) is `word` but for one letter misread, added or lost."""
    folded = nlp.fold(word).lower()
    near = {
        kommun.code: kommun
        for form, (kommun, _ambiguous) in _surfaces().items()
        if form[:1].isupper() and not form.isupper() and abs(len(form) - len(folded)) <= 1
        and evaluate.levenshtein(nlp.fold(form).lower(), folded) == 1
    }
    return next(iter(near.values())) if len(near) == 1 else None


def _home_kommun(doc: Document, text: str, hits: list[KommunHit]) -> nlp.Kommun | None:
    if doc.organ:
        organ_hits = [h for h in find_kommuner(doc.organ) if h.suffixed]
        if organ_hits:
            return organ_hits[0].kommun
    top = _top_of_first_page(doc)
    clipped = _clipped_home(text[:top])
    for hit in hits:
        if hit.start < top and (hit.suffixed or hit.text.isupper()):
            return clipped[1] if clipped and clipped[0].start() < hit.start else hit.kommun
    if clipped:
        return clipped[1]
    if doc.doc_type in ONE_KOMMUN_TYPES and (in_head := [h for h in hits if h.start < top]):
        return in_head[0].kommun  # "Plats och tid: Kommunhuset Vaggeryd": a nämnd meets in its own kommun
    scores: dict[str, float] = {}
    by_code = {}
    for hit in hits:
        weight = (3.0 if hit.suffixed else 1.0) * (2.0 if hit.start < top else 1.0)
        scores[hit.kommun.code] = scores.get(hit.kommun.code, 0.0) + weight
        by_code[hit.kommun.code] = hit.kommun
    if not scores:
        return None
    ranked = sorted(scores.values(), reverse=True)
    best = max(
        scores,
        key=lambda code: (
            scores[code],
            -min(h.start for h in hits if h.kommun.code == code),
        ),
    )
    if len(ranked) > 1 and (ranked[0] < 2 * ranked[1] or ranked[0] < sum(ranked) / 2):
        if doc.doc_type in ONE_KOMMUN_TYPES:  # a nämnd's papers: the logo, however garbled, or the first named
            return _garbled_logo(text[:top], by_code.values()) or hits[0].kommun
        return None  # a network of kommuner, none of which owns the document
    return by_code[best]


ONE_KOMMUN_TYPES = {"protokoll", "protokollsutdrag", "kallelse"}  # a nämnd's papers, never a network's
# "J okkmokks kommun", "Gu spångs kommun": a logo's name split apart, no letter or up to two lost in the gap;
# its head may be in capitals and "kommun" misread or clipped ("NO ra ommun", "Hy te COMMUN")
SPLIT_INITIAL_RE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}) ([a-zåäö]+)\s+(?:[kKcC]?[oO0][mM]{1,2}[uU][nN])\b")
# "mea kommun", "umla ommun": the logo's edge took the name's first letter, and maybe the k of kommun
# ("tvida ergs ommun": a fragment after another lower-case fragment is no clipped name of its own)
CLIPPED_RE = re.compile(r"(?<![\w-])(?<![a-zåäö]\s)([a-zåäö]{2,})\s+k?ommun\b")


LOGO_WORD_RE = re.compile(r"([^\W\d_]{5,})\s+(?:kommun|KOMMUN|Kommun)\b")


def _garbled_logo(top: str, named) -> nlp.Kommun | None:
    """"lihelmina KOMMUN": the one kommun named in the text whose name is two letters from the logo's word."""
    words = [nlp.fold(m.group(1)).lower() for m in LOGO_WORD_RE.finditer(top)]
    near = {
        k.code: k
        for k in named
        for word in words
        if len(k.name) >= 6 and evaluate.levenshtein(nlp.fold(k.name).lower(), word) <= 2
    }
    return next(iter(near.values())) if len(near) == 1 else None


INITIAL_APART_RE = re.compile(r"(?<![\w-])([A-ZÅÄÖ]) ([a-zåäö]{3,}) (kommun|stad)\b")


def _initial_set_apart(text: str) -> list[KommunHit]:
    """"lånat datorer av N orsjö kommun": a kommun named in running text whose initial OCR set apart."""
    hits = []
    for m in INITIAL_APART_RE.finditer(text):
        if entry := _surfaces().get(m.group(1) + m.group(2)):
            hits.append(KommunHit(m.start(), m.end(), m.group(), entry[0], True))
    return hits


def _clipped_logo(doc: Document, text: str, hits: list[KommunHit]) -> list[KommunHit]:
    """"re kommun" in the header: the logo's kommun (Åre) is named there, though OCR lost a letter."""
    clipped = _clipped_home(text[: _top_of_first_page(doc)])
    if not clipped or any(h.kommun.code == clipped[1].code for h in hits):
        return []
    m, kommun = clipped
    return [KommunHit(m.start(), m.end(), m.group(), kommun, True)]


def _clipped_home(top: str) -> tuple[re.Match, nlp.Kommun] | None:
    """"mea kommun" in the header: a logo's name whose first letter OCR lost (Umeå), when one kommun
    fits; or set apart ("J okkmokks kommun"); with where it was read."""
    for m in SPLIT_INITIAL_RE.finditer(top):
        if kommun := _split_apart(m.group(1), m.group(2)):
            return m, kommun
    for m in CLIPPED_RE.finditer(top):
        word = nlp.fold(m.group(1)).lower()
        fits = {k.code: k for k in nlp.kommuner() if word in _clipped_forms(k)}
        if len(fits) == 1:
            return m, next(iter(fits.values()))
    return None



def _split_apart(head: str, tail: str) -> nlp.Kommun | None:
    """The kommun whose name is `head` and `tail` joined, or joined over one or two lost letters
    when exactly one kommun fits (at least five letters read)."""
    head = head[:1] + head[1:].lower()  # "NO ra": the logo's capitals
    if entry := _surfaces().get(head + tail):
        return entry[0]
    if len(head) + len(tail) < 4 or (len(tail) < 2 and len(head) + len(tail) < 5):
        return None  # "Tors y kommun" (Torsby) and "Hy te kommun" (Hylte) yes, "Bo s kommun" no
    fits = {
        kommun.code: kommun
        for form, (kommun, _ambiguous) in _surfaces().items()
        if 1 <= len(form) - len(head) - len(tail) <= 2 and form.startswith(head) and form.endswith(tail)
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


def _clipped_forms(kommun: nlp.Kommun) -> set[str]:
    """The kommun's name and genitive, folded, without the first letter ("umla", "jusdals")."""
    name = nlp.fold(kommun.name).lower()[1:]
    return {name, name if name[-1:] in "sxz" else name + "s"}


def _top_of_first_page(doc: Document) -> int:
    """Offset where the header zone of page 1 ends (its first eight non-empty lines)."""
    first = doc.pages[0].text if doc.pages else ""
    offset, lines = 0, 0
    for line in first.splitlines(keepends=True):
        offset += len(line)
        lines += bool(line.strip())
        if lines >= 8:
            break
    return offset
