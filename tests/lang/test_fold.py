"""The folding module: one table per purpose, where they differ on purpose."""

from __future__ import annotations

from newstrace.lang import fold


def test_matching_folds_persian_letters_to_arabic_ones():
    assert fold.fold("ی ک") == fold.fold("ي ك") == "ي ك"


def test_persian_date_words_fold_to_persian_letters_without_joiners():
    assert fold.fold_date_persian("سه‌شنبه") == fold.fold_date_persian("سه شنبه")
    assert fold.fold_date_persian("ي") == "ی"


def test_arabic_date_words_keep_yeh_and_kaf():
    assert fold.fold_date_arabic("أيار") == "ايار"
    assert fold.fold_date_arabic("ی") == "ی"


def test_frozen_model_features():
    # The NER and subjectivity models were trained on these forms: they must never change.
    assert fold.fold_ner_features("وبالقاهرة 2024") == "وبالقاهره 0000"
    assert fold.fold_subjectivity_features("  Hello  ی 12 ") == "hello ی 00"


def test_name_folding_spells_out_ligatures_and_reads_digits():
    assert fold.fold_name("Straße ٣") == "strasse 3"
