"""Language identification, sentence splitting with offsets, and Arabic-script folding."""

from __future__ import annotations

import pytest

from newstrace.lang.fold import fold
from newstrace.nlp import content_key, detect_language, index_text, sentence_spans
from newstrace.pipeline import clean_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister resigned on Tuesday after a dispute over the dam contract.", "en"),
        ("قدم نائب وزير المياه استقالته يوم الثلاثاء بعد خلاف حول عقد السد.", "ar"),
        ("معاون وزیر آب روز سه‌شنبه پس از اختلاف بر سر قرارداد سد استعفا کرد.", "fa"),
        ("Der Minister ist am Dienstag nach einem Streit über den Vertrag zurückgetreten.", "de"),
        ("El viceministro dimitió el martes tras una polémica por el contrato de la presa.", "es"),
        ("Le ministre a démissionné mardi après un différend sur le contrat du barrage.", "fr"),
    ],
)
def test_sentence_level_languages(text, expected):
    assert detect_language(text) == expected


def test_short_persian_name_is_not_urdu_or_arabic():
    assert detect_language("کریم حداد گفت") == "fa"


def test_hint_decides_only_when_text_cannot():
    assert detect_language("12 345 — 2025", hint="de-AT") == "de"
    long_english = "The council approved the budget for new schools and roads. " * 5
    assert detect_language(long_english, hint="ar") == "en"


def spans_text(text: str, language: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, language)]


def test_arabic_comma_is_not_a_sentence_end():
    text = "قال الوزير، في بيان صدر اليوم، إن الاجتماع انتهى. وأضاف أن المحادثات ستستمر."
    assert spans_text(text, "ar") == [
        "قال الوزير، في بيان صدر اليوم، إن الاجتماع انتهى.",
        "وأضاف أن المحادثات ستستمر.",
    ]


def test_headline_lines_are_sentences_and_offsets_point_into_the_text():
    text = "استقالة نائب وزير المياه\n\nعمّان - قدم الوزير استقالته. ولم تعلق الوزارة"
    spans = sentence_spans(text, "ar")
    assert [text[s:e] for s, e in spans] == [
        "استقالة نائب وزير المياه",
        "عمّان - قدم الوزير استقالته.",
        "ولم تعلق الوزارة",
    ]


def test_english_abbreviations_do_not_split():
    text = "Dr. Smith met Mr. Jones on Jan. 7 in the U.S. capital. They talked."
    assert spans_text(text, "en") == [
        "Dr. Smith met Mr. Jones on Jan. 7 in the U.S. capital.",
        "They talked.",
    ]


def test_persian_sentences():
    text = "وزیر امور خارجه گفت: این دیدار مهم بود. او افزود که مذاکرات ادامه دارد؟ بله."
    assert len(sentence_spans(text, "fa")) == 3


def test_spans_cover_every_non_space_character_once():
    text = "One.  Two!   Three?\n\n«Four». Five"
    spans = sentence_spans(text, "en")
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert all(text[s:e] == text[s:e].strip() and e > s for s, e in spans)


def test_fold_unifies_arabic_letter_variants():
    assert fold("إسرائيل") == fold("اسرائيل")
    assert fold("مُحَمَّد") == fold("محمد")
    assert fold("جـــديد") == fold("جديد")
    assert fold("ایران") == fold("ايران")  # Persian yeh vs Arabic yeh
    assert fold("کتاب") == fold("كتاب")  # Persian keheh vs Arabic kaf
    assert fold("سه‌شنبه") == fold("سهشنبه")  # zero-width non-joiner


def test_index_text_adds_clitic_free_forms():
    words = index_text("وصل الوفد بدمشق والقاهرة").split()
    assert "دمشق" in words and "بدمشق" in words
    assert "قاهره" in words and "القاهره" in words
    # Short words are left alone: "بيت" must not become "يت".
    assert "يت" not in index_text("بيت").split()


def test_content_key_ignores_case_width_and_spacing():
    assert content_key("Hello  World\n") == content_key("hello world")
    assert content_key("Hello world") != content_key("Hello world!")


def test_clean_text_keeps_paragraphs_and_drops_trailing_blanks():
    assert clean_text("a  \r\nb\n\n\n\nc \n") == "a\nb\n\nc"
