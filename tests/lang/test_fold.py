"""The folding module: one table per purpose, where they differ on purpose."""

from __future__ import annotations

from newstrace.nlp import normalize


def test_matching_folds_persian_letters_to_arabic_ones():
    assert normalize.fold("ی ک") == normalize.fold("ي ك") == "ي ك"


def test_persian_date_words_fold_to_persian_letters_without_joiners():
    assert normalize.fold_date_persian("سه‌شنبه") == normalize.fold_date_persian("سه شنبه")
    assert normalize.fold_date_persian("ي") == "ی"


def test_arabic_date_words_keep_yeh_and_kaf():
    assert normalize.fold_date_arabic("أيار") == "ايار"
    assert normalize.fold_date_arabic("ی") == "ی"


def test_frozen_model_features():
    # The NER and subjectivity models were trained on these forms: they must never change.
    assert normalize.fold_ner_features("وبالقاهرة 2024") == "وبالقاهره 0000"
    assert normalize.fold_subjectivity_features("  Hello  ی 12 ") == "hello ی 00"


def test_name_folding_spells_out_ligatures_and_reads_digits():
    assert normalize.fold_name("Straße ٣") == "strasse 3"
