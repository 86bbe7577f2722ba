"""Sentence subjectivity: how likely a sentence is to voice its author's own opinion (SUBJ) rather
than report (OBJ), the ``opinion`` signal of the sentence classes.

The models are linear (logistic regression) over hashed word 1-2-grams, character 2-5-grams
inside words, a few surface features and, where a model has them, lexicon counts; trained by
``training/subjectivity/train.py`` on the CheckThat! 2025 Task 1 data (plus auxiliary sets for
en and ar; one model each for ar, bg, de, en, it; a pooled model of bg, de, en and it for other
Latin- and Cyrillic-script languages). No pretrained model is involved and nothing is
downloaded.

Speed: a batch of sentences is folded and hashed in one pass of numpy over its code points
(one string for the whole batch, polynomial hashes of every character window and token, no
Python work per n-gram), and each model keeps dense bucket tables, so scoring is two gathers
and two ``bincount`` calls per block. ``train.py`` builds its design matrix with the same
functions, so the two cannot drift apart. Each model is an ``.npz`` of the retained hash
buckets, their idf and weights, plus ``subjectivity.json`` for the settings and each language's
decision threshold; it is loaded once per process, on first use, never at import. Scores:
training/subjectivity/README.md and ``bench/subjectivity.py``.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..lang import normalise_code

MODELS = Path(__file__).resolve().parent / "models"
SETTINGS_FILE = MODELS / "subjectivity.json"

# The pooled model, used for languages without their own model (zero-shot).
MULTILINGUAL = "multi"

# P(subjective) at or above this counts as SUBJ, in every language: each model's decision
# threshold was chosen by train.py on its own dev_test split (which the shipped models, fitted
# on train + dev, never saw) and folded into its intercept, so that it sits at 0.5
# (subjectivity.json records each language's cut before the shift; a test checks the constant).
SUBJECTIVE_THRESHOLD: float = 0.5

# Surface features beside the n-grams, in this order (see Encoded.surface).
SURFACE = ("log_words", "digits", "quote", "question", "exclamation")

# Character classes of the encoded batch.
_SEP, _SPACE, _WORD, _PUNCT = 0, 1, 2, 3
_BMP = 0x10000
_DROP = 0xFFFFFFFF
# Removed before hashing: Arabic harakat, superscript alef, tatweel, joiners and direction marks.
_MARKS = [*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x200C, 0x2010), 0x061C]
# Arabic spelling variants folded to one letter (hamza/madda alef, alef maqsura, teh marbuta).
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_QUOTES = '"“”«»„'
_QUESTIONS = "?؟"

# Hash constants (odd 64-bit multipliers; arithmetic wraps modulo 2^64).
_P = np.uint64(0x100000001B3)
_P_INVERSE = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_MIX = np.uint64(0x9E3779B97F4A7C15)
_PAIR = np.uint64(0xC2B2AE3D27D4EB4F)
_SALT_WORD = np.uint64(0x165667B19E3779F9)
_SALT_BIGRAM = np.uint64(0x27D4EB2F165667C5)
_SALTS = [np.uint64(n * 0x165667B19E3779F9 % (1 << 64)) for n in range(16)]


@cache
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Per code point of the Basic Multilingual Plane: its folded code point (or _DROP) and its
    class. Digits of any script read as 0, every space as U+0020; \\w as Python's re has it."""
    folded = np.arange(_BMP, dtype=np.uint32)
    classes = np.full(_BMP, _PUNCT, dtype=np.uint8)
    for point in range(_BMP):
        char = chr(point)
        if char.isspace():
            folded[point], classes[point] = 32, _SPACE
        elif char.isdecimal():
            folded[point], classes[point] = 48, _WORD
        elif char.isalnum() or char == "_":
            classes[point] = _WORD
    for point in _MARKS:
        folded[point] = _DROP
    for source, target in _LETTERS.items():
        folded[ord(source)] = ord(target)
    folded[0], classes[0] = 0, _SEP
    return folded, classes


@cache
def _surface_table() -> np.ndarray:
    """Code point -> 1 space, 2 digit (folded to 0), 3 quote, 4 question, 5 exclamation,
    6 separator, 0 anything else."""
    table = np.zeros(_BMP, dtype=np.int64)
    table[32], table[48], table[0] = 1, 2, 6
    for kind, chars in ((3, _QUOTES), (4, _QUESTIONS), (5, "!")):
        table[[ord(c) for c in chars]] = kind
    return table


@lru_cache(maxsize=2)  # a training batch needs megabytes of them: keep only the last sizes
def _powers(length: int) -> tuple[np.ndarray, np.ndarray]:
    """P^i and P^-i for i < length (wrapping), for hashes of substrings from prefix sums."""
    ones = np.ones(1, dtype=np.uint64)
    up = np.concatenate([ones, np.cumprod(np.full(length - 1, _P, dtype=np.uint64))])
    down = np.concatenate([ones, np.cumprod(np.full(length - 1, _P_INVERSE, dtype=np.uint64))])
    return up, down


def _powers_for(length: int) -> tuple[np.ndarray, np.ndarray]:
    size = 1 << max(12, (length - 1).bit_length())  # few sizes, so the cache stays small
    up, down = _powers(size)
    return up[:length], down[:length]


def _mix(values: np.ndarray, bits: int) -> np.ndarray:
    """A well-spread bucket in [0, 2^bits) from a 64-bit hash."""
    values = values ^ (values >> np.uint64(31))
    return ((values * _MIX) >> np.uint64(64 - bits)).astype(np.int64)


@dataclass(frozen=True, slots=True)
class Encoded:
    """A batch folded to code points: rows as " word word … " between separators."""

    codes: np.ndarray  # uint64 code points, folded
    classes: np.ndarray  # _SEP / _SPACE / _WORD / _PUNCT per code point
    rows: np.ndarray  # the text each position belongs to
    n: int
    token_starts: np.ndarray = field(init=False)
    token_hashes: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        word = self.classes == _WORD
        before = np.concatenate([[False], word[:-1]])
        after = np.concatenate([word[1:], [False]])
        word_starts = np.flatnonzero(word & ~before)
        word_ends = np.flatnonzero(word & ~after) + 1
        punct = np.flatnonzero(self.classes == _PUNCT)
        starts = np.concatenate([word_starts, punct])
        ends = np.concatenate([word_ends, punct + 1])
        order = np.argsort(starts, kind="stable")
        starts, ends = starts[order], ends[order]
        up, down = _powers_for(len(self.codes) + 1)
        prefix = np.concatenate([[np.uint64(0)], np.cumsum(self.codes * up[:-1])])
        hashes = (prefix[ends] - prefix[starts]) * down[starts]
        hashes = hashes ^ ((ends - starts).astype(np.uint64) * _SALT_WORD)
        object.__setattr__(self, "token_starts", starts)
        object.__setattr__(self, "token_hashes", hashes)

    @property
    def token_rows(self) -> np.ndarray:
        return self.rows[self.token_starts]

    def words(self, span: tuple[int, int], bits: int) -> list[tuple[np.ndarray, np.ndarray]]:
        """(row, bucket) of every word n-gram, n in span (tokens: \\w+ runs and single
        punctuation characters, as ``re.findall(r"\\w+|[^\\w\\s]")``); a bigram across
        two texts gets the null bucket 2^bits."""
        pieces = []
        hashes, rows = self.token_hashes, self.token_rows
        if span[0] <= 1 <= span[1]:
            pieces.append((rows, _mix(hashes, bits)))
        if span[0] <= 2 <= span[1] and len(hashes) > 1:
            pairs = _mix((hashes[:-1] * _PAIR + hashes[1:]) ^ _SALT_BIGRAM, bits)
            pieces.append((rows[:-1], np.where(rows[:-1] == rows[1:], pairs, 1 << bits)))
        return pieces

    def chars(self, span: tuple[int, int], bits: int) -> list[tuple[np.ndarray, np.ndarray]]:
        """(row, bucket) of every character n-gram, n in span, inside space-padded words
        (scikit-learn's ``char_wb``): a window never holds a space but at its ends. One pair
        of arrays per n, over every window of the batch: a window that is no n-gram (it
        crosses a space or a text boundary) gets the null bucket 2^bits, which no model
        weighs, so no array is ever compacted."""
        codes, classes, length = self.codes, self.classes, len(self.codes)
        positions = np.arange(length)
        # reach[i]: the longest window from i that holds no separator and no space but at
        # its ends: up to the next space (included) or separator (excluded) after i.
        blocked = np.where(classes <= _SPACE, positions, length)
        following = np.append(np.minimum.accumulate(blocked[::-1])[::-1][1:], length)
        spaced = classes[np.minimum(following, length - 1)] == _SPACE
        reach = following - positions + (spaced & (following < length))
        reach[classes == _SEP] = 0
        # A window of two spaces (an empty text) is no n-gram.
        reach[:-1][(classes[:-1] == _SPACE) & (classes[1:] == _SPACE)] = 1
        null = 1 << bits
        pieces = []
        hashes = codes
        for n in range(2, min(span[1], length) + 1):
            hashes = hashes[:-1] * _P + codes[n - 1 :]
            if n < span[0]:
                continue
            buckets = np.where(reach[: length - n + 1] >= n, _mix(hashes + _SALTS[n], bits), null)
            pieces.append((self.rows[: length - n + 1], buckets))
        return pieces

    def surface(self) -> np.ndarray:
        """Cues the n-grams cannot see, one row per text (columns: SURFACE). Length matters
        most: in several languages reported sentences run longer than opinions."""
        n = self.n
        kinds = _surface_table()[np.minimum(self.codes, _BMP - 1).astype(np.int64)]
        counts = np.bincount(self.rows * 8 + kinds, minlength=8 * n).reshape(n, 8)
        spaces = counts[:, 1]
        letters = np.maximum(counts.sum(axis=1) - spaces - counts[:, 6], 1)
        return np.column_stack(
            [
                np.log1p(np.maximum(spaces - 1, 0)),
                counts[:, 2] / letters,
                counts[:, 3] > 0,
                counts[:, 4] > 0,
                counts[:, 5] > 0,
            ]
        ).astype(np.float64)

    def lexicon_counts(self, words: np.ndarray) -> np.ndarray:
        """Per text: log(1 + tokens whose hash is in ``words``), sorted token hashes."""
        if not len(words) or not len(self.token_hashes):
            return np.zeros(self.n)
        at = np.minimum(np.searchsorted(words, self.token_hashes), len(words) - 1)
        hit = words[at] == self.token_hashes
        return np.log1p(np.bincount(self.token_rows[hit], minlength=self.n))


def encode(texts: Sequence[str]) -> Encoded:
    """The batch as one array: NFKC (only where a text needs it), lower case, Arabic spelling
    folded, marks dropped, digits as 0, runs of spaces as one; each text padded with spaces."""
    normalised = [
        t if unicodedata.is_normalized("NFKC", t) else unicodedata.normalize("NFKC", t)
        for t in texts
    ]
    joined = " \x00 ".join(t.replace("\x00", " ") for t in normalised).lower()
    raw = np.frombuffer(f" {joined} ".encode("utf-32-le"), dtype=np.uint32)
    folded_table, class_table = _tables()
    bmp = raw < _BMP
    index = np.where(bmp, raw, 0)
    folded = np.where(bmp, folded_table[index], raw)
    classes = np.where(bmp, class_table[index], _PUNCT)
    keep = folded != _DROP
    folded, classes = folded[keep], classes[keep]
    space = classes == _SPACE
    keep = ~(space & np.concatenate([[False], space[:-1]]))
    folded, classes = folded[keep], classes[keep]
    rows = np.cumsum(classes == _SEP)
    return Encoded(folded.astype(np.uint64), classes, rows, len(texts))


@dataclass(frozen=True, slots=True)
class Featurizer:
    """How a sentence becomes hashed n-grams: the settings a model was trained with."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    hash_bits: int = 18

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Featurizer:
        return cls(
            word_ngrams=tuple(settings["word_ngrams"]),
            char_ngrams=tuple(settings["char_ngrams"]),
            hash_bits=int(settings["hash_bits"]),
        )

    def blocks(self, encoded: Encoded) -> list[list[tuple[np.ndarray, np.ndarray]]]:
        """Per block (words, characters): (row, bucket) pieces of every n-gram occurrence
        (bucket 2^hash_bits: no n-gram).

        Shared by training and inference, so both see exactly the same features."""
        return [
            encoded.words(self.word_ngrams, self.hash_bits),
            encoded.chars(self.char_ngrams, self.hash_bits),
        ]


@dataclass(frozen=True, slots=True)
class Block:
    """One n-gram block of a trained model: its retained buckets (sorted), idf and weights."""

    buckets: np.ndarray
    idf: np.ndarray
    weights: np.ndarray

    def dense(self, bits: int) -> np.ndarray:
        """A table over all 2^bits buckets and the null one: per bucket, idf^2 and weight * idf
        side by side (0 where not retained), float32: one cache line serves both and the table
        stays small enough for the cache (random gathers into a larger one miss it)."""
        table = np.zeros(((1 << bits) + 1, 2), dtype=np.float32)
        table[self.buckets, 0] = self.idf**2
        table[self.buckets, 1] = self.weights * self.idf
        return table


def score_blocks(
    table: np.ndarray,
    blocks: list[list[tuple[np.ndarray, np.ndarray]]],
    bits: int,
    n: int,
) -> np.ndarray:
    """Sum over blocks of the dot product of each text's tf-idf vector with the weights, the
    vector l2-normalised per block and per occurrence (each n-gram occurrence adds its idf; the
    norm is the root of the sum of their squares, so no per-text deduplication is needed);
    buckets the model never kept add nothing, as a fixed-vocabulary vectorizer would.
    ``table`` holds the blocks one after the other (2^bits + 1 rows each), so the whole batch
    takes one gather and one ``bincount`` per table."""
    size = (1 << bits) + 1
    count = len(blocks)
    slots = np.concatenate(
        [rows * count + k for k, pieces in enumerate(blocks) for rows, _ in pieces]
    )
    keys = np.concatenate(
        [buckets + k * size for k, pieces in enumerate(blocks) for _, buckets in pieces]
    )
    values = table[keys]
    norms = np.sqrt(np.bincount(slots, values[:, 0], minlength=count * (n + 1)))
    dots = np.bincount(slots, values[:, 1], minlength=count * (n + 1))
    scores = np.divide(dots, norms, out=np.zeros(len(dots)), where=norms > 0)
    return scores[: count * n].reshape(n, count).sum(axis=1)


@dataclass(frozen=True, slots=True)
class Model:
    """A trained subjectivity model: featurizer, two n-gram blocks, dense-feature weights."""

    featurizer: Featurizer
    words: Block
    chars: Block
    surface_mean: np.ndarray
    surface_scale: np.ndarray
    surface_weights: np.ndarray
    intercept: float
    # Sorted token hashes of each lexicon feature (e.g. opinion words), appended to SURFACE.
    lexicons: tuple[np.ndarray, ...] = ()
    # Both blocks' dense tables, one after the other (see score_blocks); filled on load.
    table: np.ndarray | None = field(default=None, compare=False)

    def with_tables(self) -> Model:
        bits = self.featurizer.hash_bits
        return Model(
            self.featurizer,
            self.words,
            self.chars,
            self.surface_mean,
            self.surface_scale,
            self.surface_weights,
            self.intercept,
            self.lexicons,
            np.concatenate([self.words.dense(bits), self.chars.dense(bits)]),
        )

    def dense_features(self, encoded: Encoded) -> np.ndarray:
        """Surface features, then one log-count column per lexicon."""
        columns = [encoded.surface()] + [
            encoded.lexicon_counts(words)[:, None] for words in self.lexicons
        ]
        return np.hstack(columns)

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        model = self if self.table is not None else self.with_tables()
        encoded = encode(texts)
        n = encoded.n
        blocks = self.featurizer.blocks(encoded)
        dense = (self.dense_features(encoded) - self.surface_mean) / self.surface_scale
        assert model.table is not None
        return (
            score_blocks(model.table, blocks, self.featurizer.hash_bits, n)
            + dense @ self.surface_weights
            + self.intercept
        )

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """P(subjective) per text."""
        return 1.0 / (1.0 + np.exp(-self.logits(texts)))

    def save(self, path: Path) -> None:
        """Write the arrays (float16 idf and weights: ample precision, half the size)."""
        arrays: dict[str, np.ndarray] = {
            "word_buckets": self.words.buckets.astype(np.uint32),
            "word_idf": self.words.idf.astype(np.float16),
            "word_weights": self.words.weights.astype(np.float16),
            "char_buckets": self.chars.buckets.astype(np.uint32),
            "char_idf": self.chars.idf.astype(np.float16),
            "char_weights": self.chars.weights.astype(np.float16),
            "surface_mean": self.surface_mean,
            "surface_scale": self.surface_scale,
            "surface_weights": self.surface_weights,
            "intercept": np.asarray([self.intercept]),
        }
        for i, words in enumerate(self.lexicons):
            arrays[f"lexicon_{i}"] = words.astype(np.uint64)
        np.savez_compressed(path, allow_pickle=False, **arrays)

    @classmethod
    def load(cls, path: Path, featurizer: Featurizer) -> Model:
        with np.load(path) as arrays:

            def block(name: str) -> Block:
                return Block(
                    buckets=arrays[f"{name}_buckets"].astype(np.int64),
                    idf=arrays[f"{name}_idf"].astype(np.float64),
                    weights=arrays[f"{name}_weights"].astype(np.float64),
                )

            lexicons = tuple(
                np.sort(arrays[f"lexicon_{i}"])
                for i in range(sum(k.startswith("lexicon_") for k in arrays.files))
            )
            return cls(
                featurizer=featurizer,
                words=block("word"),
                chars=block("char"),
                surface_mean=arrays["surface_mean"],
                surface_scale=arrays["surface_scale"],
                surface_weights=arrays["surface_weights"],
                intercept=float(arrays["intercept"][0]),
                lexicons=lexicons,
            ).with_tables()


def lexicon_hashes(words: Sequence[str]) -> np.ndarray:
    """Sorted token hashes of the one-token entries of a word list, as Encoded sees them: what
    a model stores for a lexicon feature (never the words themselves)."""
    encoded = encode(list(words))
    single = np.bincount(encoded.token_rows, minlength=encoded.n) == 1
    return np.unique(encoded.token_hashes[single[encoded.token_rows]])


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


# A model is evidence of opinion only when it tells the classes apart on its own training
# data: cross-validated AUC (train.py, never the test split) of at least this much. The
# Arabic model's 0.58 is barely above chance, and it scores most neutral news (84% of the
# Arabic UD PUD sentences) as subjective; the others sit at 0.75 and above.
MIN_EVIDENCE_AUC = 0.65


def evidence_languages() -> tuple[str, ...]:
    """Languages whose own model is trusted to class a sentence as opinion (see above).

    The others still get a ``subjectivity`` score, which the claims stage records but does
    not act on."""
    models = _settings()["models"]
    return tuple(
        code
        for code in available_languages()
        if models[code].get("cross_validated_5_folds", {}).get("auc", 0.0) >= MIN_EVIDENCE_AUC
    )


@cache
def _seen_script_table() -> np.ndarray:
    """Letters of the scripts the multilingual model was trained on (Latin: de, en, it;
    Cyrillic: bg): 1; other letters: -1; anything else: 0."""
    table = np.zeros(_BMP, dtype=np.int8)
    for point in range(_BMP):
        char = chr(point)
        if char.isalpha():
            seen = point < 0x250 or 0x1E00 <= point < 0x1F00 or 0x400 <= point < 0x530
            table[point] = 1 if seen else -1
    return table


def _in_seen_scripts(texts: Sequence[str]) -> np.ndarray:
    """Per text: True when most letters are Latin or Cyrillic, the scripts the multilingual
    model saw: on other scripts its n-gram weights carry no evidence."""
    joined = "\x00".join(t.replace("\x00", " ") for t in texts)
    raw = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    rows = np.cumsum(raw == 0)
    kind = np.where(raw < _BMP, _seen_script_table()[np.minimum(raw, _BMP - 1)], -1)
    kind[raw == 0] = 0
    letters = np.bincount(rows, kind != 0, minlength=len(texts))
    seen = np.bincount(rows, kind == 1, minlength=len(texts))
    return (letters > 0) & (seen * 2 >= letters)


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
        return own.probabilities(texts).tolist()
    fallback = _model(MULTILINGUAL)
    scores = [0.0] * len(texts)
    if fallback is None:
        return scores
    covered = np.flatnonzero(_in_seen_scripts(texts)).tolist()
    if covered:
        probabilities = fallback.probabilities([texts[i] for i in covered])
        for i, p in zip(covered, probabilities.tolist(), strict=True):
            scores[i] = p
    return scores


__all__ = ["SUBJECTIVE_THRESHOLD", "available_languages", "subjectivity"]
