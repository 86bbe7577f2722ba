"""Bilingual dictionaries to English: what a word of another language means, as English lemmas.

Each language ``training/dictionaries/build.py`` builds (the pack languages ar, fa, de, es,
fr, and pl, tr, which have no pack yet) has a small table (``<code>-en.tsv.gz``: a folded
word, a tab, its English lemmas; no lemma marks a function word), and English has one of its
own (``en.tsv.gz``: a form and its lemma; no lemma: a function word). They are derived from
the MUSE dictionaries and the English EWT treebank by ``training/dictionaries/build.py``
(``make dictionaries``; ``make demo`` and ``make test`` run it when ../shared/datasets is
there). The tables are built on the user's machine, never shipped: the MUSE dictionaries are
CC BY-NC and the project copies no dataset into the repository (attribution and licence:
``training/dictionaries/SOURCE.txt``). They live in :func:`data_dir`:
``$NEWSTRACE_DICTIONARIES``, else ``share/newstrace/dictionaries`` under the Python
environment (``.venv``). A language without a table has no dictionary: :func:`dictionary`
answers None and callers fall back to what needs no words (anchors: entity ids, numbers and
dates in the same order).
"""

from __future__ import annotations

import gzip
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ENVIRONMENT = "NEWSTRACE_DICTIONARIES"


def data_dir() -> Path:
    """Where the built tables are (see the module docstring)."""
    chosen = os.environ.get(ENVIRONMENT)
    return Path(chosen) if chosen else Path(sys.prefix) / "share" / "newstrace" / "dictionaries"


@dataclass(frozen=True, slots=True)
class Dictionary:
    """A language's words with their English lemmas (empty: a function word)."""

    language: str
    words: dict[str, tuple[str, ...]]
    lemmas: frozenset[str] = frozenset()  # English: every lemma another dictionary gives

    def meaning(self, word: str) -> tuple[str, ...] | None:
        """English lemmas of a folded word; () for a function word; None when unknown."""
        if self.language == "en":
            lemma = self.words.get(word, (word,))
            return lemma if not lemma or lemma[0] in self.lemmas else None
        return self.words.get(word)


@cache
def dictionary(language: str | None) -> Dictionary | None:
    """The dictionary of a language code ("fr", "fr-FR"), or None without a table."""
    code = (language or "").replace("_", "-").split("-", 1)[0].lower()
    data = data_dir()
    path = data / ("en.tsv.gz" if code == "en" else f"{code}-en.tsv.gz")
    if not code or not path.is_file():
        return None
    words = _read(path)
    if code != "en":
        return Dictionary(code, words)
    # an English word means something the other languages can say only when some other
    # dictionary gives its lemma; any other word (a name, mostly) is compared as written
    lemmas = {
        lemma
        for other in sorted(data.glob("*-en.tsv.gz"))
        for meaning in _read(other).values()
        for lemma in meaning
    }
    # without another language's table, English has nothing to be compared with
    return Dictionary(code, words, frozenset(lemmas)) if lemmas else None


@cache  # English's lemmas read every other table: each is read from disk once
def _read(path: Path) -> dict[str, tuple[str, ...]]:
    words: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            word, _, keys = line.rstrip("\n").partition("\t")
            words[word] = tuple(keys.split())
    return words
