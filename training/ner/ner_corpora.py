"""Readers for the three NER corpora, mapped onto newstrace's four entity types.

The corpora are read in place from ``../shared/datasets`` and never copied. Every reader
returns the same shape, a list of :class:`Sentence` (gold tokens plus token-level entity spans),
so training, the benchmark and the tests share one definition of each split.

Label mapping (one label set for all languages):

* CoNLL-2003 (en):  PER -> PERSON, ORG -> ORG, LOC -> PLACE, MISC -> OTHER
* ANERcorp (ar):    PERS -> PERSON, ORG -> ORG, LOC -> PLACE, MISC -> OTHER
* Arman (fa):       PER -> PERSON, ORG -> ORG, LOC -> PLACE, FAC -> PLACE,
                    PRO -> OTHER, EVENT -> OTHER

FAC becomes PLACE because Arman's facilities (airports, universities as sites, bridges, roads,
stations, hospitals, parks) are physical locations a reader would put on a map; PRO (books,
newspapers, laws, agreements) and EVENT (wars, festivals, conferences) are names that are neither
people, organisations nor places, which is what CoNLL's and ANERcorp's MISC means too.

Entity boundaries are decided on the ORIGINAL types and mapped afterwards, so two adjacent
entities whose types collapse into one label (a LOC right after a FAC) stay two entities.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"

LABELS = ("PERSON", "ORG", "PLACE", "OTHER")

TYPE_MAP: dict[str, str] = {
    "PER": "PERSON",
    "PERS": "PERSON",
    "ORG": "ORG",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "MISC": "OTHER",
    "PRO": "OTHER",
    "EVENT": "OTHER",
}

LANGUAGES = ("en", "ar", "fa")
SPLITS = ("train", "dev", "test")

# Share of the training part held out as dev (Arabic and Persian have no official dev set).
DEV_SHARE = 0.1
# ANERcorp: the CAMeL Lab split puts the sentences holding the first 5/6 of the words in train.
ANER_TRAIN_SHARE = 5 / 6
ANER_SENTENCE_END = re.compile(r"^\.+$")
# ANERcorp lines where two tokens were glued together: ". Oالإصابة O" -> ". O" + "الإصابة O".
ANER_GLUED_TAG = re.compile(r"^(O|[BI]-[A-Z]+)(\S+)$")
ANER_PERIODS = {"·": ".", "•": "."}


@dataclass(frozen=True, slots=True)
class Sentence:
    """Gold tokens and entity spans as token offsets ``[start, end)`` with a mapped label."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int, str], ...]
    # The document the sentence belongs to (CoNLL's -DOCSTART- blocks); 0 where the corpus
    # marks none. Document-level features read the other sentences of the same document.
    doc: int = 0


def dataset_root() -> Path:
    """Where the shared datasets live (``../shared/datasets`` beside the checkout)."""
    return DATASETS


def tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans from IOB1 or IOB2 tags, mapped to the common label set.

    Accepting both schemes in one pass: an entity starts at a B- tag, or at an I- tag whose type
    differs from the open entity (IOB1, and stray I- tags in ANERcorp). Types are compared
    before mapping so adjacent entities of different original types stay apart.
    """
    spans: list[tuple[int, int, str]] = []
    start = -1
    open_type = ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        kind = kind.upper()
        continues = prefix == "I" and kind == open_type
        if open_type and not continues:
            spans.append((start, index, TYPE_MAP[open_type]))
            open_type = ""
        if prefix in ("B", "I") and not continues:
            if kind not in TYPE_MAP:
                raise ValueError(f"unknown entity type {tag!r}")
            start, open_type = index, kind
    return spans


def _sentence(words: list[str], tags: list[str], doc: int = 0) -> Sentence:
    return Sentence(tuple(words), tuple(tags_to_spans(tags)), doc)


def read_conll(path: Path) -> list[Sentence]:
    """CoNLL-2003 ``token POS chunk NER`` lines; blank lines end sentences, DOCSTART is skipped."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    doc = 0
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        fields = line.split()
        if fields and fields[0] != "-DOCSTART-":
            words.append(fields[0])
            tags.append(fields[-1])
            continue
        if words:
            sentences.append(_sentence(words, tags, doc))
            words, tags = [], []
        if fields:
            doc += 1
    return sentences


def documents(sentences: Sequence[Sentence], size: int = 20) -> list[list[Sentence]]:
    """Sentences grouped by document; a corpus without document marks (all ``doc`` 0) is cut
    into runs of ``size`` consecutive sentences, about a news article each."""
    groups: list[list[Sentence]] = []
    marked = any(s.doc for s in sentences)
    last: int | None = None
    for index, sentence in enumerate(sentences):
        key = sentence.doc if marked else index // size
        if key != last:
            groups.append([])
            last = key
        groups[-1].append(sentence)
    return groups


def _aner_tokens(path: Path) -> Iterator[tuple[str, str]]:
    """(token, tag) pairs of ANERCorp.txt with its few malformed lines repaired.

    Empty tokens (lines holding only a tag) are dropped; a tag glued to the next token is split
    off; a token written with an inner space keeps its tag on each part. Middle and bold periods
    become ``.`` as in the CAMeL Lab release, and U+200F marks are removed.
    """
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.replace("\u200f", "").split()
        if len(fields) < 2:
            continue
        glued = ANER_GLUED_TAG.match(fields[1]) if len(fields) == 3 else None
        if glued:
            yield fields[0], glued.group(1)
            yield glued.group(2), fields[2]
            continue
        tag = fields[-1]
        for word in fields[:-1]:
            yield ANER_PERIODS.get(word, word), tag


def read_anercorp_sentences(path: Path) -> list[Sentence]:
    """ANERcorp has no blank lines: a sentence ends after a run of one or more ``.`` tokens.

    This is the CAMeL Lab rule ("sentence boundaries after sequences of 1 or more periods").
    """
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for word, tag in _aner_tokens(path):
        if words and ANER_SENTENCE_END.match(words[-1]) and not ANER_SENTENCE_END.match(word):
            sentences.append(_sentence(words, tags))
            words, tags = [], []
        words.append(word)
        tags.append(tag)
    if words:
        sentences.append(_sentence(words, tags))
    return sentences


def split_anercorp(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """CAMeL Lab split: the sentences holding the first 5/6 of the words train, the rest test."""
    total = sum(len(s.words) for s in sentences)
    seen = 0
    for index, sentence in enumerate(sentences):
        if seen >= total * ANER_TRAIN_SHARE:
            return sentences[:index], sentences[index:]
        seen += len(sentence.words)
    return sentences, []


def read_arman(path: Path) -> list[Sentence]:
    """Arman ``token tag`` lines with blank lines between sentences."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        fields = line.split()
        if len(fields) >= 2:
            words.append(fields[0])
            tags.append(fields[-1])
        elif words:
            sentences.append(_sentence(words, tags))
            words, tags = [], []
    return sentences


def carve_dev(train: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """The last DEV_SHARE of a training part becomes dev: contiguous, so whole articles move."""
    cut = len(train) - round(len(train) * DEV_SHARE)
    return train[:cut], train[cut:]


def load_split(language: str, split: str, root: Path | None = None) -> list[Sentence]:
    """One split of one language's corpus: ``train`` and ``dev`` for training, ``test`` to score.

    Raises FileNotFoundError when the shared datasets are absent.
    """
    if language not in LANGUAGES or split not in SPLITS:
        raise ValueError(f"no split {split!r} for language {language!r}")
    base = root or DATASETS
    if language == "en":
        name = {"train": "train.txt", "dev": "valid.txt", "test": "test.txt"}[split]
        return read_conll(base / "conll2003-en" / name)
    if language == "ar":
        train, test = split_anercorp(read_anercorp_sentences(base / "anercorp" / "ANERCorp.txt"))
    else:
        folder = base / "arman-personer"
        if split == "test":
            return read_arman(folder / "test_fold1.txt")
        train, test = read_arman(folder / "train_fold1.txt"), []
    if split == "test":
        return test
    fit, dev = carve_dev(train)
    return fit if split == "train" else dev


def count_entities(sentences: Iterable[Sentence]) -> dict[str, int]:
    """Entities per label, for logs and documentation."""
    counts = dict.fromkeys(LABELS, 0)
    for sentence in sentences:
        for _, _, label in sentence.spans:
            counts[label] += 1
    return counts


def replace_mentions(sentences: list[Sentence], copies: int, seed: int) -> list[Sentence]:
    """Extra training sentences: each entity swapped for a random same-type training mention.

    Mention replacement (Dai & Adel, COLING 2020) makes the model read the context around a
    name instead of memorising the name, which matters most with few names per type, as in
    ANERcorp and Arman. Only training sentences are augmented; the originals are kept.
    """
    rng = random.Random(seed)
    pool: dict[str, list[tuple[str, ...]]] = {label: [] for label in LABELS}
    for sentence in sentences:
        for start, end, label in sentence.spans:
            pool[label].append(sentence.words[start:end])
    extra: list[Sentence] = []
    for _ in range(copies):
        for sentence in sentences:
            if sentence.spans:
                extra.append(_swap(sentence, pool, rng))
    return extra


def _swap(
    sentence: Sentence, pool: dict[str, list[tuple[str, ...]]], rng: random.Random
) -> Sentence:
    words: list[str] = []
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for start, end, label in sorted(sentence.spans):
        words.extend(sentence.words[cursor:start])
        mention = rng.choice(pool[label])
        spans.append((len(words), len(words) + len(mention), label))
        words.extend(mention)
        cursor = end
    words.extend(sentence.words[cursor:])
    return Sentence(tuple(words), tuple(spans))
