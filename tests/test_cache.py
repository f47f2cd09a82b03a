"""pipeline.cache: word tables that answer as the dicts and sets they replace, kept per source bytes."""

import gzip
import json
import os
from pathlib import Path

import pytest
import spacy_lookups_data

from pipeline import cache, lexicon
from pipeline.cache import WordTable
from pipeline.extract import nlp

LEMMA_JSON = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"


def test_lemma_table_answers_as_the_json_it_is_built_from():
    with gzip.open(LEMMA_JSON, "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    lemmas = set(table.values())
    forms = nlp.lemma_table()
    assert len(forms) == len(table) and len(nlp.lemmas()) == len(lemmas)
    assert all(forms.get(form) == lemma for form, lemma in table.items())
    assert all(lemma in nlp.lemmas() for lemma in lemmas)
    for probe in ("skolchefen", "Skolchefen", "xqzw", "", "skol", "skolchefens"):
        assert forms.get(probe, probe) == table.get(probe, probe)
        assert (probe in nlp.lemmas()) == (probe in lemmas)


def test_word_forms_are_the_words_file():
    with gzip.open(lexicon.LEXICON / "words.txt.gz") as fh:
        words = set(fh.read().decode("utf-8").split("\n")) - {""}
    table = lexicon.word_forms()
    assert len(table) == len(words)
    assert all(word in table for word in words)
    assert not any(word + "q" in table for word in list(words)[:5000] if word + "q" not in words)


def test_a_word_with_a_separator_is_never_found_and_never_stored():
    table = WordTable(WordTable.build({"a": "x", "b": ""}))
    assert table.get("a") == "x" and table.get("b") == "" and "b" in table
    assert "a\tx" not in table and "a\nb" not in table and table.get("\nb", "none") == "none"
    with pytest.raises(ValueError):
        WordTable.build(["tab\tword"])


def test_cached_value_follows_the_source_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("har\nhär\n", encoding="utf-8")
    builds = []

    def build():
        builds.append(1)
        return frozenset(source.read_text(encoding="utf-8").split())

    assert cache.cached("words", [source], build) == {"har", "här"}
    assert cache.cached("words", [source], build) == {"har", "här"} and len(builds) == 1  # read from the cache
    source.write_text("var\nvår\n", encoding="utf-8")
    assert cache.cached("words", [source], build) == {"var", "vår"} and len(builds) == 2  # new bytes: rebuilt


def test_a_damaged_or_unwritable_cache_only_costs_a_rebuild(tmp_path, monkeypatch):
    source = tmp_path / "n.txt"
    source.write_text("1", encoding="utf-8")
    monkeypatch.setenv("MINUTES_CACHE", str(tmp_path / "cache"))
    assert cache.cached("n", [source], lambda: 1) == 1
    (stored,) = (tmp_path / "cache").iterdir()
    stored.write_bytes(b"\x00garbage")
    assert cache.cached("n", [source], lambda: 2) == 2
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MINUTES_CACHE", str(blocked / "cache"))
    assert cache.cached("n", [source], lambda: 3) == 3
    assert not os.path.isdir(blocked)


def test_a_truncated_word_table_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("har här", encoding="utf-8")
    table = cache.word_table("words", [source], lambda: source.read_text(encoding="utf-8").split())
    assert "här" in table and "var" not in table and len(table) == 2
    (stored,) = (tmp_path / "cache").iterdir()
    stored.write_bytes(stored.read_bytes()[:-3])
    assert "här" in cache.word_table("words", [source], lambda: ["har", "här"])
    source.write_text("var", encoding="utf-8")
    assert "var" in cache.word_table("words", [source], lambda: ["var"])
    assert len(list((tmp_path / "cache").iterdir())) == 1  # the table of the old bytes is removed
