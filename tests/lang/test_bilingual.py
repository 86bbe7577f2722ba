"""The bilingual dictionaries to English (built locally by training/dictionaries/build.py):
each pack language's words as English lemmas, function words marked, English forms folded
onto their lemma."""

from __future__ import annotations

import pytest

from newstrace.lang.bilingual import data_dir, dictionary
from newstrace.lang.fold import fold

from ..builders import needs_dictionaries

# A content word, its English lemma, and a function word, per language.
WORDS = {
    "en": ("arrested", "arrest", "the"),
    "fr": ("arrêté", "arrest", "le"),
    "es": ("detenido", "arrest", "el"),
    "de": ("festgenommen", "arrest", "und"),
    "ar": ("اعتقل", "arrest", "في"),
    "fa": ("بازداشت", "arrest", "در"),
    "pl": ("aresztowany", "arrest", "oraz"),
    "tr": ("tutuklandı", "arrest", "ve"),
}


@needs_dictionaries
@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_content_word_means_its_english_lemma(language: str) -> None:
    word, lemma, function = WORDS[language]
    known = dictionary(language)
    assert known is not None
    assert lemma in (known.meaning(fold(word)) or ())
    assert known.meaning(fold(function)) == ()  # a function word: no meaning to compare


@needs_dictionaries
def test_words_beyond_the_commonest_and_arabic_attached_pronouns_are_known() -> None:
    german, arabic = dictionary("de"), dictionary("ar")
    assert german is not None and arabic is not None
    # past the 8,000 commonest German words of the first tables
    assert "sanction" in (german.meaning(fold("Sanktionen")) or ())
    # "his warehouse": the runtime strips proclitics, the table carries attached pronouns
    assert arabic.meaning(fold("مستودعه")) == arabic.meaning(fold("مستودع"))
    assert "warehouse" in (arabic.meaning(fold("مستودعه")) or ())


@needs_dictionaries
def test_english_forms_fold_onto_their_lemma_and_names_stay_unknown() -> None:
    english = dictionary("en-GB")
    assert english is not None
    assert english.meaning("kilograms") == ("kilogram",)
    assert english.meaning("police") == ("police",)
    assert english.meaning("zarqa") is None  # compared as written


def test_a_language_without_a_table_has_no_dictionary() -> None:
    assert dictionary("it") is None and dictionary(None) is None and dictionary("") is None


@needs_dictionaries
def test_the_tables_are_small_and_credited() -> None:
    tables = sorted(data_dir().glob("*.tsv.gz"))
    names = ("ar-en", "de-en", "en", "es-en", "fa-en", "fr-en", "pl-en", "tr-en")
    assert [t.name for t in tables] == [f"{name}.tsv.gz" for name in names]
    assert sum(t.stat().st_size for t in tables) < 2_000_000  # 1.3 MB with 20,000 words
    source = (data_dir() / "SOURCE.txt").read_text(encoding="utf-8")
    assert "CC BY-NC 4.0" in source and "Word Translation Without Parallel Data" in source
