"""Arabic and Persian NER on the CRF engine: the Arabic-script features (article-stripped
word, place gazetteer), the corpus-marker export, and the shipped models on sample text."""

from __future__ import annotations

import sys
from types import ModuleType

import numpy as np
import pytest

from newstrace.entities import crf, ner

from ..conftest import ROOT


def test_stripped_word_joins_forms_with_and_without_article_and_proclitics():
    features = crf.Features(crf.Settings(norm="fold", strip_article=True))
    with_clitics = features.word("وبالقاهرة")
    bare = features.word("القاهرة")
    assert "n=قاهره" in with_clitics and "n=قاهره" in bare
    assert "w=وبالقاهره" in with_clitics  # the folded surface form stays a feature of its own
    # the neighbours at +-1 lend the stripped form too; a short word keeps its letters
    assert "1n=قاهره" in features.neighbour("للقاهرة", 1)
    assert "n=الي" in features.word("الى")
    assert not any(f.startswith("n=") for f in crf.Features(crf.Settings()).word("القاهرة"))


def test_place_gazetteer_feature_reads_places_through_proclitics():
    features = crf.Features(crf.Settings(norm="fold", places=True))
    assert "g=country" in features.word("فرنسا")
    assert "g=country" in features.word("وفرنسا")
    assert "g=city" in features.word("بالقاهرة")
    assert "g=country" in features.word("ایران")  # Persian yeh
    assert not any(f.startswith("g=") for f in features.word("قال"))


@pytest.fixture(scope="module")
def train_module() -> ModuleType:
    pytest.importorskip("pycrfsuite", reason="python-crfsuite is a training-only dependency")
    sys.path.insert(0, str(ROOT / "training" / "ner"))
    try:
        import train
    finally:
        sys.path.remove(str(ROOT / "training" / "ner"))
    return train


def test_corpus_marker_folds_the_main_corpus_into_the_bias(train_module: ModuleType):
    index = {"b": 0, "src=main": 1, "src=nsurl": 2, "w=x": 3}
    weights = np.array([[1.0, 0.0], [0.5, -0.5], [9.0, 9.0], [0.0, 2.0]], np.float32)
    folded = train_module._fold_marker(weights, index)
    assert index == {"b": 0, "w=x": 1}
    assert folded.tolist() == [[1.5, -0.5], [0.0, 2.0]]


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_arabic_and_persian_run_on_the_crf_engine(language: str):
    assert ner.engine(language) == "crf"
    size = sum(p.stat().st_size for p in (ner.MODELS / f"ner-{language}").iterdir())
    assert size < 40 * 2**20


def test_arabic_model_finds_people_places_and_organisations():
    text = "وقال الرئيس المصري حسني مبارك في القاهرة إن الأمم المتحدة ستعقد اجتماعا ."
    (spans,) = ner.recognise([text], "ar")
    found = {(s.text, s.label) for s in spans}
    assert ("حسني مبارك", "person") in found
    assert ("القاهرة", "place") in found
    assert ("الأمم المتحدة", "organization") in found


def test_persian_model_finds_people_places_and_organisations():
    text = "حسن روحانی رئیس جمهور ایران در تهران با دبیرکل سازمان ملل متحد دیدار کرد ."
    (spans,) = ner.recognise([text], "fa")
    found = {(s.text, s.label) for s in spans}
    assert ("حسن روحانی", "person") in found
    assert ("تهران", "place") in found
    assert any(label == "organization" and "سازمان ملل" in name for name, label in found)


def test_gazetteer_weights_fold_into_the_listed_words(train_module: ModuleType):
    index = {"b": 0, "G=first": 1, "-1G=title": 2, "w=محمد": 3}
    weights = np.array([[1.0, 0.0], [0.0, 2.0], [0.0, 1.0], [0.5, 0.5]], np.float32)
    gaz = {"محمد": frozenset({"first"}), "الشيخ": frozenset({"title"})}
    folded = train_module._fold_gazetteer(weights, index, gaz)
    assert set(index) == {"b", "w=محمد", "-1w=الشيخ"}
    assert folded[index["w=محمد"]].tolist() == [0.5, 2.5]
    assert folded[index["-1w=الشيخ"]].tolist() == [0.0, 1.0]
    assert folded[index["b"]].tolist() == [1.0, 0.0]
