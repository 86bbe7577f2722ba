"""Sentence subjectivity: how likely a sentence is to voice its author's own opinion (SUBJ) rather
than report (OBJ), the ``opinion`` signal of the sentence classes.

The models are linear (logistic regression) over hashed word 1-2-grams, character 2-5-grams
and a few surface features, trained by ``training/subjectivity/train.py`` on the CheckThat! 2025
Task 1 data (one model each for ar, bg, de, en, it; a pooled model of bg, de, en and it for
other Latin- and Cyrillic-script languages). No pretrained model is involved and nothing is
downloaded. Features are hashed with CRC-32 here,
in plain Python and numpy, so the runtime needs neither scikit-learn nor scipy and a model
loads in milliseconds; ``train.py`` builds its design matrix with the same functions, so the
two cannot drift apart. Each model is an ``.npz`` of the retained hash buckets, their idf and
weights, plus ``subjectivity.json`` for the settings; it is loaded once per process, on first
use, never at import. Scores: training/subjectivity/README.md and ``bench/subjectivity.py``.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..lang import normalise_code
from ..lang.fold import fold_subjectivity_features

MODELS = Path(__file__).resolve().parent / "models"
SETTINGS_FILE = MODELS / "subjectivity.json"

# The pooled model, used for languages without their own model (zero-shot).
MULTILINGUAL = "multi"

# P(subjective) at or above this counts as SUBJ. Chosen by train.py on the dev_test splits, which
# the shipped models (fitted on train + dev) never saw; also in subjectivity.json (a test checks
# the two agree). The models are trained with balanced
# class weights, so one threshold serves every language.
SUBJECTIVE_THRESHOLD: float = 0.53

# Surface features beside the n-grams, in this order (see surface_features).
SURFACE = ("log_words", "digits", "quote", "question", "exclamation")

_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_QUOTE = re.compile('["“”«»„]')
_QUESTION = re.compile("[?؟]")
# Letters of the scripts the multilingual model was trained on (Latin: de, en, it; Cyrillic: bg).
# It only scores text mostly written in them: elsewhere its n-gram weights carry no evidence.
_SEEN_SCRIPTS = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u052f]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Featurizer:
    """How a sentence becomes hashed n-gram counts: the settings a model was trained with."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    hash_bits: int = 20

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Featurizer:
        return cls(
            word_ngrams=tuple(settings["word_ngrams"]),
            char_ngrams=tuple(settings["char_ngrams"]),
            hash_bits=int(settings["hash_bits"]),
        )

    def blocks(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Per block (words, characters): (row index, bucket, count) arrays over all texts.

        Shared by training and inference, so both see exactly the same features."""
        # FROZEN until the models are retrained: see lang.fold.fold_subjectivity_features.
        normalised = [fold_subjectivity_features(t) for t in texts]
        return [
            _count(self._hashed(word_ngrams(n, self.word_ngrams)) for n in normalised),
            _count(self._hashed(char_ngrams(n, self.char_ngrams)) for n in normalised),
        ]

    def _hashed(self, grams: Iterable[str]) -> list[int]:
        mask = (1 << self.hash_bits) - 1
        return [zlib.crc32(g.encode("utf-8")) & mask for g in grams]


def word_ngrams(text: str, span: tuple[int, int]) -> list[str]:
    """Word and punctuation tokens, joined into n-grams of span[0]..span[1] tokens."""
    tokens = _TOKEN.findall(text)
    grams: list[str] = []
    for n in range(span[0], span[1] + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def char_ngrams(text: str, span: tuple[int, int]) -> list[str]:
    """Character n-grams inside space-padded words (scikit-learn's ``char_wb`` analyser):
    affixes and stems without crossing word boundaries, robust to inflection and spelling."""
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        for n in range(span[0], span[1] + 1):
            if len(padded) < n:
                if n == span[0]:
                    grams.append(padded)
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


def surface_features(texts: Sequence[str]) -> np.ndarray:
    """Cues the n-grams cannot see, one row per text (columns: SURFACE). Length matters most:
    in several languages reported sentences run longer than opinions."""
    rows = []
    for text in texts:
        words = len(text.split())
        chars = max(len(text), 1)
        rows.append(
            (
                np.log1p(words),
                len(_DIGIT.findall(text)) / chars,
                1.0 if _QUOTE.search(text) else 0.0,
                1.0 if _QUESTION.search(text) else 0.0,
                1.0 if "!" in text else 0.0,
            )
        )
    return np.asarray(rows, dtype=np.float64).reshape(len(texts), len(SURFACE))


def _count(hashed_texts: Iterable[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows: list[int] = []
    buckets: list[int] = []
    counts: list[int] = []
    for row, hashed in enumerate(hashed_texts):
        for bucket, count in Counter(hashed).items():
            rows.append(row)
            buckets.append(bucket)
            counts.append(count)
    return (
        np.asarray(rows, dtype=np.int64),
        np.asarray(buckets, dtype=np.int64),
        np.asarray(counts, dtype=np.float64),
    )


@dataclass(frozen=True, slots=True)
class Block:
    """One n-gram block of a trained model: its retained buckets (sorted), idf and weights."""

    buckets: np.ndarray
    idf: np.ndarray
    weights: np.ndarray

    def score(
        self, rows: np.ndarray, buckets: np.ndarray, counts: np.ndarray, n: int
    ) -> np.ndarray:
        """Dot product of each text's l2-normalised, sublinear tf-idf vector with the weights;
        buckets the model never kept are dropped, as a fixed-vocabulary vectorizer would."""
        if not len(buckets) or not len(self.buckets):
            return np.zeros(n)
        at = np.minimum(np.searchsorted(self.buckets, buckets), len(self.buckets) - 1)
        kept = self.buckets[at] == buckets
        at, rows = at[kept], rows[kept]
        values = (1.0 + np.log(counts[kept])) * self.idf[at]
        norms = np.sqrt(np.bincount(rows, values * values, minlength=n))
        dots = np.bincount(rows, values * self.weights[at], minlength=n)
        return np.divide(dots, norms, out=np.zeros(n), where=norms > 0)


@dataclass(frozen=True, slots=True)
class Model:
    """A trained subjectivity model: featurizer, two n-gram blocks, surface-feature weights."""

    featurizer: Featurizer
    words: Block
    chars: Block
    surface_mean: np.ndarray
    surface_scale: np.ndarray
    surface_weights: np.ndarray
    intercept: float

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """P(subjective) per text."""
        n = len(texts)
        word_counts, char_counts = self.featurizer.blocks(texts)
        surface = (surface_features(texts) - self.surface_mean) / self.surface_scale
        logits = (
            self.words.score(*word_counts, n)
            + self.chars.score(*char_counts, n)
            + surface @ self.surface_weights
            + self.intercept
        )
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: Path) -> None:
        """Write the arrays (float16 idf and weights: ample precision, half the size)."""
        np.savez_compressed(
            path,
            word_buckets=self.words.buckets.astype(np.uint32),
            word_idf=self.words.idf.astype(np.float16),
            word_weights=self.words.weights.astype(np.float16),
            char_buckets=self.chars.buckets.astype(np.uint32),
            char_idf=self.chars.idf.astype(np.float16),
            char_weights=self.chars.weights.astype(np.float16),
            surface_mean=self.surface_mean,
            surface_scale=self.surface_scale,
            surface_weights=self.surface_weights,
            intercept=np.asarray([self.intercept]),
        )

    @classmethod
    def load(cls, path: Path, featurizer: Featurizer) -> Model:
        with np.load(path) as arrays:

            def block(name: str) -> Block:
                return Block(
                    buckets=arrays[f"{name}_buckets"].astype(np.int64),
                    idf=arrays[f"{name}_idf"].astype(np.float64),
                    weights=arrays[f"{name}_weights"].astype(np.float64),
                )

            return cls(
                featurizer=featurizer,
                words=block("word"),
                chars=block("char"),
                surface_mean=arrays["surface_mean"],
                surface_scale=arrays["surface_scale"],
                surface_weights=arrays["surface_weights"],
                intercept=float(arrays["intercept"][0]),
            )


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    if not SETTINGS_FILE.is_file():
        return {"models": {}}
    return json.loads(SETTINGS_FILE.read_text(encoding="utf-8"))


@cache
def _model(name: str) -> Model | None:
    entry = _settings()["models"].get(name)
    if entry is None or not (MODELS / entry["file"]).is_file():
        return None
    return Model.load(MODELS / entry["file"], Featurizer.from_settings(entry["features"]))


def available_languages() -> tuple[str, ...]:
    """ISO 639-1 codes with a model of their own; others fall back to the multilingual model."""
    return tuple(sorted(k for k in _settings()["models"] if k != MULTILINGUAL))


def _in_seen_scripts(text: str) -> bool:
    """True when most letters are Latin or Cyrillic, the scripts the multilingual model saw:
    on other scripts its n-gram weights carry no evidence, and no score beats a guess."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_SEEN_SCRIPTS.findall(text)) * 2 >= letters


def subjectivity(texts: Sequence[str], language: str | None) -> list[float]:
    """P(subjective) for each sentence, in order; ``>= SUBJECTIVE_THRESHOLD`` reads as opinion.

    ``language`` (ISO 639-1) picks the language's own model when there is one (see
    available_languages); otherwise, including ``None``, the multilingual model (trained on
    bg, de, en and it) scores the sentences written mostly in Latin or Cyrillic script,
    zero-shot. Sentences it cannot score (other scripts, e.g. Greek or Persian; no letters;
    no model installed) get a neutral 0.0: no evidence of opinion.
    """
    if not texts:
        return []
    code = normalise_code(language)  # "en-GB", "EN" -> "en"
    own = _model(code) if code in available_languages() else None
    if own is not None:
        return [float(p) for p in own.probabilities(texts)]
    fallback = _model(MULTILINGUAL)
    scores = [0.0] * len(texts)
    if fallback is None:
        return scores
    covered = [i for i, text in enumerate(texts) if _in_seen_scripts(text)]
    if covered:
        probabilities = fallback.probabilities([texts[i] for i in covered])
        for i, p in zip(covered, probabilities, strict=True):
            scores[i] = float(p)
    return scores


__all__ = ["SUBJECTIVE_THRESHOLD", "available_languages", "subjectivity"]
