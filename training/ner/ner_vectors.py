"""Static word vectors trained here, from the training splits plus unlabelled shared text.

No pre-trained vectors are downloaded: the vectors are a truncated SVD of a positive PMI
word-context matrix (Levy & Goldberg's count-based equivalent of skip-gram), which numpy alone
computes in a minute on this machine. They are keyed by the model's own NORM (lower-cased
English; folded, article-stripped Arabic; folded Persian), so rare spellings of a name share
the vector of its common form.

Text used (never any test split):
* en: CoNLL-2003 train + valid sentences, and the article texts of polnear (political news).
* ar: the ANERcorp training part and all 31k SaudiNewsNet articles (unlabelled).
* fa: the Arman fold-1 training file only (no other Persian text is available).
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
from ner_corpora import LANGUAGES, dataset_root, load_split
from spacy.language import Language
from spacy.vectors import Vectors

WINDOW = 2
VOCAB_ROWS = {"en": 20000, "ar": 30000, "fa": 12000}
CONTEXTS = 8000
DIMS = 64
MIN_COUNT = 3
CONTEXT_SMOOTHING = 0.75
SEED = 20251123


def raw_texts(language: str) -> Iterator[str]:
    """Unlabelled article texts for one language (beyond the labelled training sentences)."""
    root = dataset_root()
    if language == "en":
        for path in sorted((root / "polnear" / "data").glob("*/text/*.txt")):
            yield path.read_text(encoding="utf-8", errors="replace")
    elif language == "ar":
        for path in sorted((root / "saudinewsnet-ar").glob("*.zip")):
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    for record in json.loads(archive.read(member)):
                        yield record.get("content") or ""


def norm_sequences(nlp: Language, language: str) -> Iterator[list[str]]:
    """NORM strings of every training sentence and unlabelled text, in reading order."""
    splits = ("train", "dev") if language in LANGUAGES else ()
    for split in splits:
        for sentence in load_split(language, split):
            yield [nlp.vocab[word].norm_ for word in sentence.words]
    for doc in nlp.tokenizer.pipe(raw_texts(language), batch_size=256):
        yield [token.norm_ for token in doc if not token.is_space]


def id_stream(sequences: Iterator[list[str]]) -> tuple[np.ndarray, list[str]]:
    """One int array of word ids (by frequency rank, -1 between texts) and the id -> word list."""
    counts: Counter[str] = Counter()
    buffered: list[list[str]] = []
    for sequence in sequences:
        counts.update(sequence)
        buffered.append(sequence)
    words = [w for w, n in counts.most_common() if n >= MIN_COUNT]
    index = {w: i for i, w in enumerate(words)}
    ids: list[int] = []
    for sequence in buffered:
        ids.extend(index.get(w, -1) for w in sequence)
        ids.append(-1)
    return np.asarray(ids, dtype=np.int64), words


def cooccurrences(ids: np.ndarray, rows: int, contexts: int) -> np.ndarray:
    """Dense rows x contexts matrix of windowed co-occurrence counts, weighted 1/distance."""
    keys: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for distance in range(1, WINDOW + 1):
        for left, right in ((ids[:-distance], ids[distance:]), (ids[distance:], ids[:-distance])):
            keep = (left >= 0) & (left < rows) & (right >= 0) & (right < contexts)
            keys.append(left[keep] * contexts + right[keep])
            weights.append(np.full(int(keep.sum()), 1.0 / distance))
    flat = np.bincount(np.concatenate(keys), np.concatenate(weights), minlength=rows * contexts)
    return flat.astype(np.float32).reshape(rows, contexts)


def ppmi(counts: np.ndarray) -> np.ndarray:
    """Positive PMI with context-distribution smoothing, computed in place."""
    total = counts.sum()
    row = counts.sum(axis=1, keepdims=True)
    col = counts.sum(axis=0, keepdims=True) ** CONTEXT_SMOOTHING
    col = col / col.sum() * total
    with np.errstate(divide="ignore"):
        np.log(counts * total / np.maximum(row * col, 1e-12), out=counts)
    np.maximum(counts, 0, out=counts)
    counts[~np.isfinite(counts)] = 0
    return counts


def randomized_svd(matrix: np.ndarray, dims: int) -> tuple[np.ndarray, np.ndarray]:
    """Top singular vectors and values (Halko et al. range finder, two power iterations)."""
    rng = np.random.default_rng(SEED)
    probe = rng.standard_normal((matrix.shape[1], dims + 16)).astype(np.float32)
    basis, _ = np.linalg.qr(matrix @ probe)
    for _ in range(2):
        basis, _ = np.linalg.qr(matrix @ (matrix.T @ basis))
    small_u, values, _ = np.linalg.svd(basis.T @ matrix, full_matrices=False)
    return (basis @ small_u)[:, :dims], values[:dims]


def build_vectors(make_nlp: Callable[[], Language], language: str, out: Path) -> int:
    """Train vectors for ``language`` and save a blank pipeline holding them to ``out``.

    Returns the number of rows. The vectors table is keyed by NORM (``attr="NORM"``). Two
    blank pipelines: one tokenizes the unlabelled text (its string store grows with every word
    seen), a fresh one holds the vectors, so only the vector keys' strings reach the model.
    """
    ids, words = id_stream(norm_sequences(make_nlp(), language))
    nlp = make_nlp()
    rows = min(VOCAB_ROWS[language], len(words))
    contexts = min(CONTEXTS, len(words))
    print(f"[{language}] vectors: {len(ids)} tokens, {len(words)} words >= {MIN_COUNT}", flush=True)
    left, values = randomized_svd(ppmi(cooccurrences(ids, rows, contexts)), DIMS)
    vectors = left * np.sqrt(values)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
    table = Vectors(strings=nlp.vocab.strings, shape=(rows, DIMS), attr="NORM")
    for i, word in enumerate(words[:rows]):
        table.add(word, vector=vectors[i].astype(np.float32))
    nlp.vocab.vectors = table
    nlp.to_disk(out)
    return rows
