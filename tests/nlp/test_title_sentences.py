"""An abbreviated title's full stop before a name ends no sentence ("said Sen. Ana Ruiz")."""

from __future__ import annotations

import pytest

from newstrace.nlp.sentences import sentence_spans


def _sentences(text: str, language: str | None) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "The bill will pass, said Sen. Ana Ruiz of Vermont. The vote is on Friday.",
        "The plan is dead, Rep. Tom Kessler told reporters. The vote is on Friday.",
        "Gov. Lena Park signed the order. The vote is on Friday.",
    ],
)
def test_title_before_name_keeps_the_sentence_whole(text: str) -> None:
    assert _sentences(text, "en") == [text[: text.index(" The vote")], "The vote is on Friday."]


def test_real_sentence_ends_still_split() -> None:
    text = "The talks ended at 5 p.m. Mr. Tom Kessler left. He thanked Sen. Ruiz."
    assert _sentences(text, "en") == [
        "The talks ended at 5 p.m.",
        "Mr. Tom Kessler left.",
        "He thanked Sen. Ruiz.",
    ]


def test_arabic_title_before_name_keeps_the_sentence_whole() -> None:
    text = "قال د. سامي الفلاني إن الخطة جاهزة. ثم غادر."
    assert _sentences(text, "ar") == ["قال د. سامي الفلاني إن الخطة جاهزة.", "ثم غادر."]


def test_persian_sentences_unchanged() -> None:
    text = "دکتر سامان رضایی گفت برنامه آماده است. سپس رفت."
    assert _sentences(text, "fa") == ["دکتر سامان رضایی گفت برنامه آماده است.", "سپس رفت."]
