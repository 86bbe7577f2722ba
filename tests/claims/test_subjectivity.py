"""Sentence subjectivity (newstrace.claims.subjectivity): behaviour on inline sentences, the API,
lazy loading, and one score floor on the CheckThat! 2025 English test set when ../shared is here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newstrace.claims import subjectivity as subj

from ..conftest import ROOT, SHARED

DATASETS = SHARED

EVALUATIVE = {
    "en": "This is a disgraceful, shameful decision that will ruin us all, and we must never "
    "accept it!",
    "ar": "إنه قرار مخز وكارثي، ويجب علينا ألا نقبله أبدا!",
}
FACTUAL = {
    "en": "The ministry said on Tuesday that 42 people were injured in the fire.",
    "ar": "وقالت وزارة الصحة يوم الثلاثاء إن 42 شخصا أصيبوا في الحريق الذي اندلع في مستودع "
    "بالمدينة.",
}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_evaluative_sentence_is_subjective(language: str):
    (p,) = subj.subjectivity([EVALUATIVE[language]], language)
    assert p >= subj.SUBJECTIVE_THRESHOLD


@pytest.mark.parametrize("language", ["en", "ar"])
def test_factual_news_sentence_is_objective(language: str):
    (p,) = subj.subjectivity([FACTUAL[language]], language)
    assert p < subj.SUBJECTIVE_THRESHOLD


@pytest.mark.parametrize("language", ["en", "ar"])
def test_opinion_outscores_report(language: str):
    opinion, report = subj.subjectivity([EVALUATIVE[language], FACTUAL[language]], language)
    assert opinion > report


def test_api_shape():
    texts = [EVALUATIVE["en"], FACTUAL["en"], "", "   ", "?!"]
    scores = subj.subjectivity(texts, "en")
    assert isinstance(scores, list) and len(scores) == len(texts)
    assert all(isinstance(p, float) and 0.0 <= p <= 1.0 for p in scores)
    assert subj.subjectivity([], "en") == []
    # A batch scores each sentence as it would alone.
    assert scores[:2] == pytest.approx(
        [subj.subjectivity([t], "en")[0] for t in texts[:2]], abs=1e-12
    )
    assert set(subj.available_languages()) == {"ar", "bg", "de", "en", "it"}


def test_threshold_matches_the_trained_models():
    settings = json.loads(subj.SETTINGS_FILE.read_text(encoding="utf-8"))
    assert isinstance(subj.SUBJECTIVE_THRESHOLD, float)
    assert 0.0 < subj.SUBJECTIVE_THRESHOLD < 1.0
    assert settings["threshold"] == subj.SUBJECTIVE_THRESHOLD


def test_other_latin_or_cyrillic_language_uses_the_multilingual_model():
    polish = "To jest skandaliczna decyzja, która nas wszystkich zrujnuje!"
    (p,) = subj.subjectivity([polish], "pl")
    assert 0.0 < p < 1.0
    assert subj.subjectivity([polish], None) == [p]
    # Unknown codes behave like any language without a model of its own.
    assert subj.subjectivity([polish], "xx") == [p]


def test_unseen_script_gets_neutral_zero():
    greek = "Αυτή είναι μια απαίσια απόφαση που θα μας καταστρέψει όλους!"
    persian = "این یک تصمیم شرم‌آور است."
    assert subj.subjectivity([greek, persian], "el") == [0.0, 0.0]
    assert subj.subjectivity([greek], None) == [0.0]
    # Mixed batches: each sentence is judged on its own script.
    mixed = subj.subjectivity([greek, EVALUATIVE["en"]], "el")
    assert mixed[0] == 0.0 and mixed[1] > 0.0


def test_import_does_not_load_models_and_loading_is_fast():
    code = (
        "import time, newstrace\n"
        "from newstrace.claims import subjectivity as s\n"
        "assert s._settings.cache_info().currsize == 0\n"
        "assert s._model.cache_info().currsize == 0\n"
        "t = time.perf_counter(); s.subjectivity(['x'], 'ar'); s.subjectivity(['x'], 'pl')\n"
        "print(time.perf_counter() - t)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert float(result.stdout) < 0.5


# Floor on the 2025 English test set (the full per-language figures: bench/subjectivity.py and
# training/subjectivity/README.md): a little below the shipped model's 0.555, so only a
# regression fails. The 0.70 the brief asked for is not reached by this model (see README).
EN_TEST_FLOOR = 0.53


def test_english_test_set_macro_f1_floor(monkeypatch: pytest.MonkeyPatch):
    data = DATASETS / "checkthat2025-subjectivity"
    if not data.is_dir():
        pytest.skip(f"needs {data} (../shared/datasets is not beside this checkout)")
    monkeypatch.syspath_prepend(str(ROOT / "training" / "subjectivity"))
    from subj_data import read_tsv

    rows = read_tsv(data / "english" / "test_en_labeled.tsv")
    scores = subj.subjectivity([sentence for _, sentence, _ in rows], "en")
    gold = [label == "SUBJ" for _, _, label in rows]
    predicted = [p >= subj.SUBJECTIVE_THRESHOLD for p in scores]
    f1s = []
    for positive in (True, False):
        tp = sum(g == p == positive for g, p in zip(gold, predicted, strict=True))
        precision = tp / max(predicted.count(positive), 1)
        recall = tp / max(gold.count(positive), 1)
        f1s.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    assert len(rows) == 300
    assert sum(f1s) / 2 >= EN_TEST_FLOOR
