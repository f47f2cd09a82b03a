"""Privacy: personnummer found and masked; case numbers, dates, times and phone numbers left alone."""

from __future__ import annotations

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import privacy, repair, run
from pipeline.document import Page


def check_digit(nine: str) -> str:
    """The Luhn check digit for nine digits, computed here independently of the module."""
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def with_check(date: str, birth: str) -> str:
    """YYMMDD + three-digit birth number + its check digit."""
    return date[-6:] + birth + check_digit(date[-6:] + birth)


VALID = [
    "19121212-1212",  # Skatteverket's test person
    "121212-1212",
    "811218-9876",
    "8112189876",
    "121212+1212",
    "191212121212",
    "701063-2391",  # samordningsnummer: day 03 + 60
]


@pytest.mark.parametrize("number", VALID)
def test_valid_numbers_are_masked_digit_by_digit(number):
    text = f"Anmälan från {number}, se bilaga."
    masked, spans = privacy.mask_personnummer(text)
    assert len(spans) == 1
    span = spans[0]
    assert text[span.start : span.end] == number
    assert masked[span.start : span.end] == "".join("X" if c.isdigit() else c for c in number)
    assert masked[: span.start] == text[: span.start] and masked[span.end :] == text[span.end :]


def test_samordningsnummer_is_told_apart():
    assert [s.kind for s in privacy.find_personnummer("701063-2391 och 811218-9876")] == [
        "samordningsnummer", "personnummer"]


@pytest.mark.parametrize(
    "text",
    [
        "§ 47 Dnr BUN 2019/212",
        "Sammanträdesdatum 2019-03-14",
        "kl 13.00-15.30, kl. 0900-1130",
        "Telefon 0500-49 80 00, 070-123 45 67",
        "Justeras 190314",
        "Dnr KS 2019.1234",
        "20190314-1530",  # a timestamp: valid date, fails Luhn
    ],
)
def test_case_numbers_dates_times_and_phones_are_left_alone(text):
    assert privacy.mask_personnummer(text) == (text, [])


def test_luhn_failure_and_impossible_dates_are_left_alone():
    good = with_check("811218", "987")
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert privacy.find_personnummer(f"{good[:6]}-{good[6:]}")
    assert not privacy.find_personnummer(f"{wrong[:6]}-{wrong[6:]}")
    for date in ("811318", "811232", "810230", "810001"):  # month 13, day 32, 30 February, month 0
        number = with_check(date, "123")
        assert not privacy.find_personnummer(f"{number[:6]}-{number[6:]}"), date


def test_leap_day_needs_a_leap_year_when_the_century_is_written():
    leap, plain = with_check("000229", "123"), with_check("010229", "123")
    assert privacy.find_personnummer(f"20{leap[:6]}-{leap[6:]}")
    assert not privacy.find_personnummer(f"20{plain[:6]}-{plain[6:]}")


def test_part_of_a_longer_number_is_left_alone():
    number = "811218-9876"
    for text in (f"1{number}", f"{number}5", f"12-{number}", f"{number}/2019"):
        assert privacy.find_personnummer(text) == [], text


digits = st.text(alphabet="0123456789", min_size=3, max_size=3)
dates = st.dates().map(lambda d: d.strftime("%y%m%d"))
separators = st.sampled_from(["-", "+", ""])


@given(st.text())
def test_masking_never_raises_and_keeps_length(text):
    masked, spans = privacy.mask_personnummer(text)
    assert len(masked) == len(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert privacy.find_personnummer(masked) == []


@given(st.text(alphabet="0123456789-+/. \n§abcX"))
def test_only_digits_inside_spans_change(text):
    masked, spans = privacy.mask_personnummer(text)
    inside = {i for s in spans for i in range(s.start, s.end)}
    for i, (old, new) in enumerate(zip(text, masked)):
        assert old == new or (i in inside and old.isdigit() and new == "X")


@given(dates, digits, separators, st.text(alphabet="abc åäö,.:()\n"), st.text(alphabet="abc åäö,.:()\n"))
def test_any_valid_number_between_words_is_found(date, birth, sep, before, after):
    number = with_check(date, birth)
    text = f"{before} {number[:6]}{sep}{number[6:]} {after}"
    masked, spans = privacy.mask_personnummer(text)
    assert len(spans) == 1
    assert number[:6] not in masked


# --- masking a document's pages, and ingest with and without --keep-personnummer --------------


def test_repairs_stay_consistent_with_masked_raw_text():
    line = "Sökande Ã¤ndrad 811218-9876 fÃ¶r bistånd\n"  # mojibake on both sides of the number
    pages, repairs = repair.repair_pages([Page(1, line)])
    assert any("811218-9876" in r.original for r in repairs)
    masked, masked_repairs, found = privacy.mask_pages(pages, repairs)
    assert found == 1
    assert "9876" not in masked[0].raw_text and "9876" not in masked[0].text
    assert "ändrad XXXXXX-XXXX för" in masked[0].text
    for fix in masked_repairs:
        assert masked[0].raw_text[fix.char_start : fix.char_start + len(fix.original)] == fix.original
        assert "9876" not in fix.original + fix.replacement


@pytest.mark.parametrize("keep", [False, True])
def test_ingest_masks_every_stored_column_unless_asked_to_keep(tmp_path, keep):
    source = tmp_path / "in" / "beslut.txt"
    source.parent.mkdir()
    source.write_text(
        "Socialnämnden\nSAMMANTRÄDESPROTOKOLL\n\n§ 12 Dnr SN 2019/45\nAnsökan om bistånd\n"
        "Beslut\nSocialnämnden beslutar att bevilja ansökan från 811218-9876.\n",
        encoding="utf-8",
    )
    db = tmp_path / "minutes.duckdb"
    assert run.ingest([source.parent], db, workers=1, keep_personnummer=keep).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        stored = " ".join(
            str(value)
            for table in ("pages", "sections", "decisions")
            for row in con.execute(f"SELECT * FROM {table}").fetchall()
            for value in row
        )
    assert ("811218-9876" in stored) is keep
    assert ("XXXXXX-XXXX" in stored) is not keep
    assert "SN 2019/45" in stored
