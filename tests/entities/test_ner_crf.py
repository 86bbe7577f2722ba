"""The numpy CRF runtime (entities/crf.py): tokens with offsets, Viterbi, and exact agreement
with crfsuite's own tagger on a tiny model trained inside the test (skipped without
python-crfsuite, a training-only dependency)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
import pytest

from newstrace.entities import crf

from ..conftest import ROOT


def test_tokens_slice_the_text_and_split_like_conll():
    text = "Mr. Obama's U.S. visit cost $1,000.50 on 1996-08-22 (Anglo-Dutch AT&T)."
    tokens = crf.tokenize(text)
    assert all(text[start:end] == token for token, start, end in tokens)
    words = [t[0] for t in tokens]
    assert words[:4] == ["Mr.", "Obama", "'s", "U.S."]
    assert "1,000.50" in words and "1996-08-22" in words
    assert "Anglo-Dutch" in words and "AT&T" in words and words[-1] == "."
    split = [t[0] for t in crf.tokenize(text, split_hyphens=True)]
    assert split[split.index("Anglo") : split.index("Anglo") + 3] == ["Anglo", "-", "Dutch"]
    assert "1996-08-22" in split and "do" in [t[0] for t in crf.tokenize("I don't know")]


def test_viterbi_finds_the_best_path_of_every_sentence():
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(3, 3)).astype(np.float32)
    emissions = [rng.normal(size=(n, 3)).astype(np.float32) for n in (1, 4, 0, 5)]
    paths = crf.viterbi(emissions, transitions)
    for emission, path in zip(emissions, paths, strict=True):
        if not len(emission):
            assert path == []
            continue

        def score(p: tuple[int, ...], e: np.ndarray = emission) -> float:
            return float(
                sum(e[i, k] for i, k in enumerate(p))
                + sum(transitions[a, b] for a, b in itertools.pairwise(p))
            )

        best = max(itertools.product(range(3), repeat=len(emission)), key=score)
        assert tuple(path) == best


SENTENCES = [
    ("Barack Obama visited Paris on Monday .", [(0, 2, "PERSON"), (3, 4, "PLACE")]),
    ("The United Nations met in Geneva .", [(1, 3, "ORG"), (5, 6, "PLACE")]),
    ("Angela Merkel flew to Berlin .", [(0, 2, "PERSON"), (4, 5, "PLACE")]),
    ("Reuters reported that Google bought a firm .", [(0, 1, "ORG"), (3, 4, "ORG")]),
    ("Paris and Berlin signed the Kyoto deal .", [(0, 1, "PLACE"), (2, 3, "PLACE")]),
    ("He said Obama and Merkel spoke on Friday .", [(2, 3, "PERSON"), (4, 5, "PERSON")]),
    ("FRANCE BEAT Germany in Lyon .", [(0, 1, "PLACE"), (2, 3, "PLACE"), (4, 5, "PLACE")]),
    ("the European Commission said it would act .", [(1, 3, "ORG")]),
]


def test_runtime_predicts_what_crfsuite_predicts(tmp_path: Path):
    pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite (training only)")
    sys.path.insert(0, str(ROOT / "training" / "ner"))
    import ner_corpora
    import train

    settings = crf.Settings(prefixes=(1, 2), suffixes=(2, 3))
    features = crf.Features(settings)
    doc = [ner_corpora.Sentence(tuple(s.split()), tuple(spans)) for s, spans in SENTENCES]
    recipe = train.Recipe(settings, c1=0.01, c2=0.01, iterations=30)
    path = tmp_path / "tiny.crfsuite"
    train.train(recipe, features, [doc], path)
    model = train.export(path, recipe, {})
    model.save(tmp_path / "ner-xx")
    tagger = crf.Tagger(crf.Model.load(tmp_path / "ner-xx"))
    probes = [*doc, ner_corpora.Sentence(tuple("Obama met Google in Geneva today".split()), ())]
    mine = tagger.tag([s.words for s in probes])
    reference = pycrfsuite.Tagger()
    reference.open(str(path))
    flags = crf.DocumentFlags.of([s.words for s in probes])
    theirs = [reference.tag(features.sentence(s.words, flags)) for s in probes]
    assert mine == theirs
    assert ("B-PERSON" in mine[-1]) and mine[0][:2] == ["B-PERSON", "I-PERSON"]
