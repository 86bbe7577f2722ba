"""The story index's state as text: story docs, per-article counts and the vocabulary.

An engine keeps this state between runs (the SQLite engine in the store's ``story_docs``
table, a temporary table and ``meta``); these functions are the one encoding of it, so a
doc reloaded from any store is the doc that was filed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import asdict, fields
from typing import Any

from ..models import Article
from .features import ArticleCounts, StoryDoc, Vocabulary

_VECTORS = ("terms", "entities", "anchors", "headline", "grams", "meanings")
_COUNTED = tuple(f.name for f in fields(ArticleCounts) if f.name != "article")


def counts_to_json(counts: ArticleCounts) -> str:
    """An article's counts without the article (the caller keeps what weighing reads)."""
    return json.dumps([getattr(counts, name) for name in _COUNTED], ensure_ascii=False)


def counts_from_json(data: str, article: Article) -> ArticleCounts:
    values = json.loads(data)
    values += [{}] * (len(_COUNTED) - len(values))  # stored before later counts existed
    counted: dict[str, Any] = {n: Counter(v) for n, v in zip(_COUNTED, values, strict=True)}
    return ArticleCounts(article, **counted)


def doc_to_json(doc: StoryDoc) -> str:
    data = asdict(doc)
    data["dates"] = sorted(doc.dates)
    return json.dumps(data, ensure_ascii=False)


def doc_from_json(data: str) -> StoryDoc:
    raw = json.loads(data)
    raw["dates"] = frozenset(raw.get("dates", ()))
    for name in _VECTORS:  # one shared copy of each key, as fresh docs have (features)
        raw[name] = {sys.intern(key): value for key, value in raw.get(name, {}).items()}
    return StoryDoc(**raw)


def vocabulary_from_json(data: str | None) -> Vocabulary:
    """The stored vocabulary (an empty one for ``None``: nothing filed yet)."""
    vocabulary = Vocabulary()
    if data is None:
        return vocabulary
    raw: dict[str, Any] = json.loads(data)
    vocabulary.articles = raw["articles"]
    vocabulary.per_language = Counter(raw["per_language"])
    for language, counts in raw["terms"].items():
        vocabulary.terms[language] = Counter(counts)
    vocabulary.anchors = Counter(raw["anchors"])
    vocabulary.entities = Counter(raw["entities"])
    for language, counts in raw.get("grams", {}).items():  # absent before grams existed
        vocabulary.grams[language] = Counter(counts)
    vocabulary.meanings = Counter(raw.get("meanings", {}))
    vocabulary.shingles = {int(k): n for k, n in raw.get("shingles", {}).items()}
    return vocabulary


def vocabulary_to_json(vocabulary: Vocabulary) -> str:
    data = {
        "articles": vocabulary.articles,
        "per_language": vocabulary.per_language,
        "terms": vocabulary.terms,
        "anchors": vocabulary.anchors,
        "entities": vocabulary.entities,
        "grams": vocabulary.grams,
        "meanings": vocabulary.meanings,
        # furniture only: shingles seen once are what a long stream has most of
        "shingles": {k: n for k, n in vocabulary.shingles.items() if n > 1},
    }
    return json.dumps(data, ensure_ascii=False)


__all__ = [
    "counts_from_json",
    "counts_to_json",
    "doc_from_json",
    "doc_to_json",
    "vocabulary_from_json",
    "vocabulary_to_json",
]
