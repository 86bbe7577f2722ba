"""Sentence subjectivity (newstrace.claims.subjectivity): behaviour on inline sentences, the API,
lazy loading, and one score floor on the CheckThat! 2025 English test set when ../shared is here.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys

import numpy as np
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


@pytest.mark.parametrize(
    "language",
    [
        "en",
        pytest.param(
            "ar",
            marks=pytest.mark.xfail(
                strict=False,
                reason="the Arabic model is barely better than chance (cross-validated AUC "
                "0.58; training/subjectivity/README.md): it scores this report 0.504",
            ),
        ),
    ],
)
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
    assert settings["threshold"] == subj.SUBJECTIVE_THRESHOLD == 0.5
    # Each language's own cut (chosen on its dev_test) is folded into its intercept.
    for entry in settings["models"].values():
        assert 0.2 < entry["threshold"] < 0.8
        assert entry["intercept_shift"] == pytest.approx(
            -math.log(entry["threshold"] / (1 - entry["threshold"])), abs=1e-3
        )


def _reference_char_ngrams(text: str, span: tuple[int, int]) -> list[str]:
    """Character n-grams inside space-padded words, written out plainly."""
    grams = []
    for word in text.split():
        padded = f" {word} "
        for n in range(span[0], span[1] + 1):
            grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return grams


def test_vectorised_ngrams_match_a_plain_reading():
    texts = [
        'Hello, World!  It\'s 2024 — we "must" act?',
        "",
        "a",
        "وقالت الوزارة إنَّ 42 شخصاً أُصيبوا",
        "  spaces\tand\nnewlines  ",
        "null\x00inside",
    ]
    encoded = subj.encode(texts)
    bits = 18
    for (rows, buckets), n in zip(encoded.chars((2, 5), bits), range(2, 6), strict=True):
        counts = np.bincount(rows[buckets < (1 << bits)], minlength=len(texts))
        for text, count in zip(texts, counts, strict=True):
            folded = " ".join(text.replace("\x00", " ").lower().split())
            folded = re.sub("[\u064b-\u065f]", "", folded)
            assert count == len(_reference_char_ngrams(folded, (n, n))), (text, n)
    (rows, _), (pair_rows, pair_buckets) = encoded.words((1, 2), bits)
    unigrams = np.bincount(rows, minlength=len(texts))
    bigrams = np.bincount(pair_rows[pair_buckets < (1 << bits)], minlength=len(texts))
    for text, one, two in zip(texts, unigrams, bigrams, strict=True):
        unmarked = re.sub("[\u064b-\u065f]", "", text.replace("\x00", " "))
        tokens = re.findall(r"\w+|[^\w\s]", unmarked)
        assert one == len(tokens) and two == max(len(tokens) - 1, 0), text


def test_same_words_same_buckets_and_case_folded():
    a, b = subj.encode(["Terrible decision"]), subj.encode(["a TERRIBLE decision!"])
    words_a = set(a.words((1, 2), 18)[0][1].tolist()) | set(a.words((1, 2), 18)[1][1].tolist())
    words_b = set(b.words((1, 2), 18)[0][1].tolist()) | set(b.words((1, 2), 18)[1][1].tolist())
    assert len(words_a - words_b) == 0  # "terrible", "decision", "terrible decision"


def test_batches_score_each_sentence_alone():
    texts = [EVALUATIVE["en"], "", FACTUAL["en"], "?!", "x\x00y", "Ein Satz auf Deutsch."]
    for language in ("en", "ar", "pl"):
        together = subj.subjectivity(texts, language)
        alone = [subj.subjectivity([t], language)[0] for t in texts]
        assert together == pytest.approx(alone, abs=1e-9)


def test_english_model_carries_opinion_lexicon_features():
    model = subj._model("en")
    assert model is not None and len(model.lexicons) == 2
    # Stored as token hashes, not words; a lexicon word counts once per occurrence.
    counts = subj.encode(["a wonderful, wonderful day", "a day"]).lexicon_counts(model.lexicons[0])
    assert counts[0] == pytest.approx(math.log1p(2)) and counts[1] == 0.0


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


# Floors on the 2025 test sets (the full per-language figures: bench/subjectivity.py and
# training/subjectivity/README.md): a little below the shipped models' en 0.584 and ar 0.581,
# so only a regression fails. The targets (en 0.65, ar 0.62) are not reached (README).
TEST_FLOORS = {
    "en": (0.57, "english/test_en_labeled.tsv", 300),
    "ar": (0.565, "arabic/test_ar_labeled.tsv", 1036),
}


@pytest.mark.parametrize("language", sorted(TEST_FLOORS))
def test_test_set_macro_f1_floor(monkeypatch: pytest.MonkeyPatch, language: str):
    data = DATASETS / "checkthat2025-subjectivity"
    if not data.is_dir():
        pytest.skip(f"needs {data} (../shared/datasets is not beside this checkout)")
    monkeypatch.syspath_prepend(str(ROOT / "training" / "subjectivity"))
    from subj_data import read_tsv

    floor, file, size = TEST_FLOORS[language]
    rows = read_tsv(data / file)
    scores = subj.subjectivity([sentence for _, sentence, _ in rows], language)
    gold = [label == "SUBJ" for _, _, label in rows]
    predicted = [p >= subj.SUBJECTIVE_THRESHOLD for p in scores]
    f1s = []
    for positive in (True, False):
        tp = sum(g == p == positive for g, p in zip(gold, predicted, strict=True))
        precision = tp / max(predicted.count(positive), 1)
        recall = tp / max(gold.count(positive), 1)
        f1s.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    assert len(rows) == size
    assert sum(f1s) / 2 >= floor
