"""CoNLL-2002 Spanish (EFE newswire, 2000) for the Spanish NER model.

Files in ``../shared/datasets/conll2002-es``: ``esp.train.gz`` (train), ``esp.testa.gz`` (dev:
early stopping and every choice), ``esp.testb.gz`` (test: the report only). One ``token tag``
per line, IOB2, blank lines between sentences, ``-DOCSTART- O`` lines between documents. The
files are UTF-8, although SOURCE.txt says latin-1 (every byte decodes as UTF-8 and the accents
come out right only that way).

The files carry no document marks, but every EFE item opens with a dateline sentence
("Santander , 25 may ( EFE ) ."), so a new document starts at each dateline: the
document-level features then read one news item at a time, as they will at runtime.

Labels map like CoNLL-2003: PER -> PERSON, ORG -> ORG, LOC -> PLACE, MISC -> OTHER (the shared
``tags_to_spans`` of ner_corpora does it).
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path

from ner_corpora import DATASETS, Sentence, tags_to_spans

FILES = {"train": "esp.train.gz", "dev": "esp.testa.gz", "test": "esp.testb.gz"}


def is_dateline(words: Sequence[str]) -> bool:
    """Whether a sentence is an EFE dateline ("Mérida , 25 may ( EFE ) ."), an item's first."""
    return (
        len(words) >= 4
        and words[-1] == "."
        and words[-2] == ")"
        and words[-3].startswith("EFE")
        and words[-4] == "("
    )


def read_conll2002(path: Path) -> list[Sentence]:
    """``token tag`` lines; blank lines end sentences; a dateline opens a new document."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    doc = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = [*handle.read().splitlines(), ""]
    for line in lines:
        fields = line.split()
        if fields and fields[0] != "-DOCSTART-":
            words.append(fields[0])
            tags.append(fields[-1])
        elif words:
            doc += is_dateline(words) or not sentences
            sentences.append(Sentence(tuple(words), tuple(tags_to_spans(tags)), doc))
            words, tags = [], []
    return sentences


def load_split(split: str, root: Path | None = None) -> list[Sentence]:
    """``train``, ``dev`` (testa) or ``test`` (testb) of CoNLL-2002 Spanish."""
    return read_conll2002((root or DATASETS) / "conll2002-es" / FILES[split])
