"""Build the word-cluster table of one language from the unlabelled text in ../shared/datasets.

    nice -n 10 env PYTHONPATH=src OMP_NUM_THREADS=1 python training/clusters/build.py --lang en

Steps (see README.md next to this file): read the language's unlabelled text, tokenise it and
turn every token into its lookup key (``newstrace.entities.clusters.key``, exactly what the
NER runtime looks up); write the keys one paragraph a line to a temporary corpus file; train
gensim word2vec on it (one worker, fixed seed, a deterministic hash: reproducible); keep the
most frequent words; k-means (fixed seed) their unit vectors into the finest clusters, then
the centroids into coarser ones, so every word has a nested path coarse -> fine; write
``src/newstrace/entities/models/clusters/<lang>.tsv.gz`` and print the cluster mates of a few
probe words as a sanity check.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import json
import logging
import re
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from newstrace.entities.clusters import CLUSTERS, key  # noqa: E402

DATA = ROOT.parent / "shared" / "datasets"
SEED = 1

# Tokens as a CoNLL-style tokeniser cuts them: dotted abbreviations (U.S., EE.UU.), words with inner
# hyphens or apostrophes, numbers with separators, any other non-space character alone.
# U+200C (the Persian zero-width non-joiner) stays inside a word; the key drops it.
_TOKEN = re.compile(
    r"(?:[^\W\d_]{1,2}\.){2,}|[\w\u200c]+(?:['’\-][\w\u200c]+)*|\d+(?:[.,]\d+)*|[^\w\s]",
)


@dataclass(frozen=True)
class Settings:
    """Per-language training choices (sized to the corpus; see README.md)."""

    sources: tuple[str, ...]
    vocabulary: int  # most frequent keys kept in the table
    min_count: int
    epochs: int
    skipgram: bool
    levels: tuple[int, ...]  # clusters per level, coarse to fine
    probes: tuple[str, ...]


SETTINGS = {
    "en": Settings(
        sources=("allsides", "tehrantimes", "reuters21578"),
        vocabulary=200_000,
        min_count=5,
        epochs=3,
        skipgram=False,
        levels=(32, 128, 512, 2048),
        probes=("january", "france", "tehran", "john", "smith", "microsoft", "ministry", "says"),
    ),
    "ar": Settings(
        sources=("saudinewsnet",),
        vocabulary=200_000,
        min_count=3,
        epochs=5,
        skipgram=False,
        levels=(32, 128, 512, 2048),
        probes=("الرياض", "مصر", "محمد", "عبدالله", "وزاره", "شركه", "يناير", "قال"),
    ),
    "fa": Settings(
        sources=("farsnews", "nsurl2019-train"),
        vocabulary=120_000,
        min_count=2,
        epochs=10,
        skipgram=True,
        levels=(32, 128, 512, 2048),
        probes=("تهران", "ايران", "علي", "محمد", "وزارت", "شركت", "فروردين", "گفت"),
    ),
    "es": Settings(
        sources=("conll2002-train", "conll2002-testa", "es-pud", "semeval2022-train-es"),
        vocabulary=100_000,
        min_count=2,
        epochs=20,
        skipgram=True,
        levels=(16, 64, 256, 1024),
        probes=("enero", "madrid", "españa", "josé", "gobierno", "ministro", "dijo", "efe"),
    ),
}


# ---------------------------------------------------------------------------- readers


def _jsonl(path: Path, field: str) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get(field)
            if text:
                yield text


def _reuters() -> Iterator[str]:
    for path in sorted((DATA / "unlabelled-en-reuters21578").glob("reut2-*.sgm.gz")):
        with gzip.open(path) as packed:
            raw = packed.read().decode("latin-1")
        for body in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S):
            yield html.unescape(body).replace("\x03", "")


def _saudinewsnet() -> Iterator[str]:
    for path in sorted((DATA / "saudinewsnet-ar").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                for article in json.loads(archive.read(name).decode("utf-8")):
                    yield "\n".join(filter(None, (article.get("title"), article.get("content"))))


def _conll_sentences(path: Path, encoding: str) -> Iterator[str]:
    """Sentences of a 'token ... tag' file, tokens joined by spaces (document markers dropped)."""
    opener = gzip.open if path.suffix == ".gz" else open
    words: list[str] = []
    with opener(path, "rt", encoding=encoding) as lines:
        for line in lines:
            parts = line.split()
            if not parts:
                if words:
                    yield " ".join(words)
                words = []
            elif parts[0] != "-DOCSTART-":
                words.append(parts[0])
    if words:
        yield " ".join(words)


def _conllu_sentences(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# text ="):
                yield line.split("=", 1)[1].strip()


def _semeval_spanish() -> Iterator[str]:
    # Only the training CSV: testing_set.csv is the similarity benchmark's test.
    csv.field_size_limit(10**8)
    path = DATA / "semeval2022-task8-sample" / "training_set.csv"
    with path.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            if not re.fullmatch(r"\d+_\d+", row["pair_id"]):
                continue  # machine-translated augmentations
            for side in ("1", "2"):
                if row[f"lang{side}"] == "es" and row[f"text{side}"]:
                    yield row[f"text{side}"]


def texts(source: str) -> Iterator[str]:
    """The raw texts of one unlabelled source."""
    if source == "allsides":
        yield from _jsonl(DATA / "unlabelled-en-allsides" / "articles.jsonl.gz", "content_original")
    elif source == "tehrantimes":
        yield from _jsonl(DATA / "unlabelled-en-tehrantimes" / "articles.jsonl.gz", "text")
    elif source == "reuters21578":
        yield from _reuters()
    elif source == "saudinewsnet":
        yield from _saudinewsnet()
    elif source == "farsnews":
        yield from _jsonl(DATA / "unlabelled-fa-farsnews" / "articles.jsonl.gz", "text")
    elif source == "nsurl2019-train":
        for name in ("train_600k.conll", "train_peyma300k.conll"):
            yield from _conll_sentences(DATA / "nsurl2019-fa-ner" / name, "utf-8")
    elif source.startswith("conll2002-"):
        split = source.removeprefix("conll2002-")
        assert split in ("train", "testa"), "testb is the NER test: never in the clusters"
        # The files are UTF-8 (SOURCE.txt says latin-1; every byte decodes as UTF-8).
        yield from _conll_sentences(DATA / "conll2002-es" / f"esp.{split}.gz", "utf-8")
    elif source == "es-pud":
        yield from _conllu_sentences(DATA / "ud-treebanks" / "es_pud" / "es_pud-ud-test.conllu")
    elif source == "semeval2022-train-es":
        yield from _semeval_spanish()
    else:
        raise ValueError(f"unknown source {source}")


# ---------------------------------------------------------------------------- corpus


def tokens(text: str, language: str) -> list[str]:
    """The lookup keys of ``text``'s tokens."""
    return [key(match.group(), language) for match in _TOKEN.finditer(text)]


def write_corpus(language: str, sources: Iterable[str], out: Path) -> int:
    """One paragraph of keys per line (word2vec's windows never cross a line); word count."""
    count = 0
    with out.open("w", encoding="utf-8") as corpus:
        for source in sources:
            started = time.time()
            before = count
            for text in texts(source):
                for paragraph in text.split("\n"):
                    keys = tokens(paragraph, language)
                    if keys:
                        corpus.write(" ".join(keys))
                        corpus.write("\n")
                        count += len(keys)
            logging.info("%s: %d tokens in %.0f s", source, count - before, time.time() - started)
    return count


# ---------------------------------------------------------------------------- clusters


def _hash(text: str) -> int:
    # gensim seeds each word's initial vector with hashfxn(word + seed); Python's hash() is
    # salted per process, so a fixed CRC keeps the vectors reproducible.
    return zlib.crc32(text.encode("utf-8"))


def train_vectors(corpus: Path, settings: Settings) -> tuple[list[str], np.ndarray]:
    """word2vec over the corpus file; the kept words (most frequent first) and unit vectors."""
    from gensim.models import Word2Vec

    model = Word2Vec(
        corpus_file=str(corpus),
        vector_size=100,
        window=5,
        min_count=settings.min_count,
        sg=1 if settings.skipgram else 0,
        negative=5,
        sample=1e-4,
        epochs=settings.epochs,
        workers=1,
        seed=SEED,
        hashfxn=_hash,
    )
    words = list(model.wv.index_to_key[: settings.vocabulary])
    vectors = np.asarray(model.wv.vectors[: len(words)], dtype=np.float64)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return words, vectors


def hierarchy(vectors: np.ndarray, levels: tuple[int, ...]) -> np.ndarray:
    """Nested cluster ids, one column per level (coarse to fine).

    The finest level clusters the words; each coarser level clusters the centroids of the
    level below it, so a word's coarse id is a function of its fine id (a Brown-style path).
    """
    from sklearn.cluster import KMeans, MiniBatchKMeans

    finest = min(levels[-1], len(vectors))
    fine = MiniBatchKMeans(
        n_clusters=finest, random_state=SEED, batch_size=8192, n_init=1, max_iter=100
    ).fit(vectors)
    ids = np.empty((len(vectors), len(levels)), dtype=np.int64)
    ids[:, -1] = fine.labels_
    centroids = fine.cluster_centers_
    below = np.arange(finest)  # cluster at this level of each finest cluster
    for column in range(len(levels) - 2, -1, -1):
        count = min(levels[column], len(centroids))
        coarse = KMeans(n_clusters=count, random_state=SEED, n_init=3).fit(centroids)
        below = coarse.labels_[below]
        ids[:, column] = below[fine.labels_]
        centroids = coarse.cluster_centers_
    return ids


def write_table(language: str, words: list[str], ids: np.ndarray, levels: tuple[int, ...]) -> Path:
    CLUSTERS.mkdir(parents=True, exist_ok=True)
    out = CLUSTERS / f"{language}.tsv.gz"
    lines = [f"# granularities\t{','.join(str(n) for n in levels)}\n"]
    lines += [
        f"{w}\t{','.join(str(int(i)) for i in row)}\n" for w, row in zip(words, ids, strict=True)
    ]
    # mtime=0 and no file name in the header: the same table gives the same bytes.
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write("".join(lines).encode("utf-8"))
    return out


def show_mates(words: list[str], ids: np.ndarray, probes: Iterable[str], language: str) -> None:
    """Print the most frequent words sharing each probe's finest cluster."""
    index = {w: i for i, w in enumerate(words)}
    for probe in probes:
        probe_key = key(probe, language)
        if probe_key not in index:
            print(f"{probe}: not in the table")
            continue
        row = ids[index[probe_key]]
        mates = [w for w, r in zip(words, ids, strict=True) if r[-1] == row[-1] and w != probe_key][
            :15
        ]
        print(f"{probe} {tuple(int(i) for i in row)}: {' '.join(mates)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", required=True, choices=sorted(SETTINGS))
    parser.add_argument("--work", type=Path, default=None, help="folder for the corpus file")
    args = parser.parse_args()
    logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
    logging.getLogger("gensim").setLevel(logging.WARNING)
    settings = SETTINGS[args.lang]
    started = time.time()
    with tempfile.TemporaryDirectory(dir=args.work) as work:
        corpus = Path(work) / "corpus.txt"
        count = write_corpus(args.lang, settings.sources, corpus)
        logging.info("corpus: %d tokens, %.0f s", count, time.time() - started)
        words, vectors = train_vectors(corpus, settings)
    logging.info("word2vec: %d words kept, %.0f s", len(words), time.time() - started)
    ids = hierarchy(vectors, settings.levels)
    out = write_table(args.lang, words, ids, settings.levels)
    logging.info(
        "%s: %d words, %d bytes, %.0f s in all",
        out.name,
        len(words),
        out.stat().st_size,
        time.time() - started,
    )
    show_mates(words, ids, settings.probes, args.lang)


if __name__ == "__main__":
    main()
