"""NER runtime: the shipped en/ar/fa models find obvious entities with exact offsets.

The sentences are fictional and written for these tests; they use very common names (a
well-known person, capital cities) so that they test the plumbing and the shipped models,
not the models' limits. The last test scores a sample of each held-out test split and needs
../shared/datasets.
"""

from __future__ import annotations

import pytest

from newstrace.entities import ner

from ..conftest import ROOT, shared_dataset

LABELS = {"person", "organization", "place", "other"}

CASES = {
    "en": [
        (
            "Barack Obama arrived in Paris on Tuesday for talks with European ministers.",
            [("Barack Obama", "person"), ("Paris", "place")],
        ),
        (
            "The United Nations said on Monday that aid convoys had reached Baghdad.",
            [("United Nations", "organization"), ("Baghdad", "place")],
        ),
    ],
    "ar": [
        (
            "قال الرئيس المصري حسني مبارك في القاهرة إن المحادثات كانت مثمرة .",
            [("حسني مبارك", "person"), ("القاهرة", "place")],
        ),
        (
            "قالت الأمم المتحدة إن المساعدات وصلت إلى دمشق أمس .",
            [("دمشق", "place")],
        ),
    ],
    "fa": [
        (
            "علی لاریجانی روز سه‌شنبه در تهران گفت که مجلس این طرح را بررسی می‌کند .",
            [("علی لاریجانی", "person"), ("تهران", "place")],
        ),
        (
            "سازمان ملل متحد اعلام کرد که کمک‌ها به پاریس رسیده است .",
            [("پاریس", "place")],
        ),
    ],
}


def needs_model(language: str) -> None:
    if language not in ner.available_languages():
        pytest.fail(f"no shipped NER model for {language}")


def test_shipped_languages():
    assert {"en", "ar", "fa"} <= ner.available_languages()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [(lang, text, expected) for lang, cases in CASES.items() for text, expected in cases],
)
def test_obvious_entities(language: str, text: str, expected: list[tuple[str, str]]):
    needs_model(language)
    (spans,) = ner.recognise([text], language)
    found = {(s.text, s.label) for s in spans}
    for surface, label in expected:
        assert (surface, label) in found, f"{surface!r}/{label} not in {found}"
        start = text.index(surface)
        assert any(s.start == start and s.end == start + len(surface) for s in spans)


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_offsets_slice_the_text_exactly(language: str):
    needs_model(language)
    texts = [text for text, _ in CASES[language]] + ["", "  \n "]
    results = ner.recognise(texts, language)
    assert len(results) == len(texts)
    assert results[-2:] == [[], []]
    for text, spans in zip(texts, results, strict=True):
        for span in spans:
            assert text[span.start : span.end] == span.text
            assert span.label in LABELS
            assert span.text == span.text.strip() and span.text


def test_batch_matches_single_texts():
    needs_model("en")
    texts = [text for text, _ in CASES["en"]]
    batch = ner.recognise(texts, "en")
    assert batch == [ner.recognise([t], "en")[0] for t in texts]


def test_unsupported_language_gives_empty_lists():
    assert ner.recognise(["Der Bundestag tagt in Berlin.", "Hola"], "de") == [[], []]
    assert ner.recognise([], "de") == []
    assert ner.recognise([], "en") == []
    assert "de" not in ner.available_languages()


def test_spans_are_immutable():
    span = ner.Span(0, 5, "place", "Paris")
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]


# Entity-level F1 floors on the first FLOOR_SENTENCES sentences of each test split: well below
# the full-split figures reported in training/ner/README.md, so only a broken model fails.
FLOOR_SENTENCES = 400
F1_FLOORS = {"en": 0.78, "ar": 0.55, "fa": 0.62}


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_test_split_sample_scores_above_floor(language: str, monkeypatch: pytest.MonkeyPatch):
    shared = {"en": "conll2003-en", "ar": "anercorp", "fa": "arman-personer"}[language]
    root = shared_dataset(shared).parent
    needs_model(language)
    monkeypatch.syspath_prepend(str(ROOT / "training" / "ner"))
    import ner_corpora
    import ner_scoring

    sentences = ner_corpora.load_split(language, "test", root)[:FLOOR_SENTENCES]
    score = ner_scoring.evaluate(sentences, language)
    assert score.overall.gold > 100
    assert score.overall.f1 > F1_FLOORS[language], score.as_dict()["overall"]
