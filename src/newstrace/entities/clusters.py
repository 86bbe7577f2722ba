"""Word clusters learned by newstrace from unlabelled news text, one table per language.

``training/clusters/build.py`` trains word2vec on the unlabelled text of a language, then
groups the vectors by k-means into a hierarchy (a few thousand fine clusters whose centroids
are grouped again into fewer, coarser ones), so every word gets a path of cluster ids, coarse
to fine, like a Brown-cluster bit string cut at several depths. NER models use the ids as
features: a word never seen in the labelled data still shares a cluster with the names, places
or organisations it is used like ("Dushanbe" with "Bishkek"). Data, method and sizes:
training/clusters/README.md.

A table is a gzip TSV ``models/clusters/<lang>.tsv.gz``: a comment line naming the
granularities, then ``key<TAB>c1,c2,...`` per word, most frequent first. It is read once per
process, on first use; words whose path is the same share one tuple.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from ..lang.fold import fold_ner_features

CLUSTERS = Path(__file__).resolve().parent / "models" / "clusters"

# Arabic: the article and the proclitics fused with it (wa-/fa-, bi-/ka-/li-) are stripped
# from the key, so "وبالقاهرة" and "القاهرة" share one entry (8.8M words are too few to learn
# every prefixed form apart). The same pattern as the NER models' NORM feature; kept here so
# the cluster tables do not depend on the NER module's internals.
_ARTICLE = re.compile("^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)")


def key(word: str, language: str) -> str:
    """The lookup form of ``word``: NER feature folding (Latin lower-cased, Arabic-script
    letter variants unified, marks and joiners dropped, digits as 0); for Arabic also without
    the article and its proclitics. The tables were built from exactly these keys."""
    folded = fold_ner_features(word)
    if language == "ar":
        return _ARTICLE.sub("", folded)
    return folded


def path(language: str) -> Path:
    """Where the table of ``language`` lives (it may not exist)."""
    return CLUSTERS / f"{language}.tsv.gz"


@cache
def load(language: str) -> Mapping[str, tuple[int, ...]] | None:
    """Cluster ids (coarse to fine) for every key of ``language``; None without a table."""
    source = path(language)
    if not source.is_file():
        return None
    table: dict[str, tuple[int, ...]] = {}
    shared: dict[str, tuple[int, ...]] = {}
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, _, ids = line.rstrip("\n").partition("\t")
            ids_tuple = shared.get(ids)
            if ids_tuple is None:
                ids_tuple = shared[ids] = tuple(int(i) for i in ids.split(","))
            table[word] = ids_tuple
    return table


def granularities(language: str) -> tuple[int, ...]:
    """The number of clusters at each level of ``language``'s table (coarse to fine); () if
    the language has none."""
    source = path(language)
    if not source.is_file():
        return ()
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        first = lines.readline()
    if not first.startswith("# granularities"):
        return ()
    return tuple(int(n) for n in first.split("\t")[1].split(","))
