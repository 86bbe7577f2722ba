"""Annotated articles built without any model, so a later stage can be tested alone and fast.

A stage reads what earlier stages wrote (see ``newstrace.pipeline.ARTICLE_STAGES``). Instead of
running language detection, NER and the rest to get there, a test states that input::

    article = build_article(
        "Karim Haddad resigned on Tuesday, Levant Wire reported. He denied it.",
        published="2025-06-12",
        entities=[Named("Karim Haddad", "person"), Named("Levant Wire", "outlet")],
        dates={"Tuesday": "2025-06-10"},
    )
    run_stage("claims", article)

Sentences are cut by the real splitter (rules, no model) or at the offsets given; dates and
entity mentions are placed wherever their text occurs, with offsets into the article text, as
the dates and entities stages would place them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

import pytest

from newstrace.claims.attribution import find_attributions
from newstrace.lang.bilingual import data_dir, dictionary
from newstrace.models import Article, DateRef, EntityMention, EntityType, RawArticle, Sentence
from newstrace.nlp import sentence_spans
from newstrace.pipeline import ARTICLE_STAGES


@dataclass(frozen=True, slots=True)
class Named:
    """An entity, marked wherever its name (or one of its aliases) occurs in the text.

    All its mentions share one article-local number, as the entity stage's grouping would give
    "Mohammad Javad Zarif" … "Zarif".
    """

    name: str
    type: EntityType = "person"
    aliases: tuple[str, ...] = ()
    place: str | None = None
    country: str | None = None
    role: str | None = None  # "dateline" | "caption"
    source: str = "ner"
    confidence: float = 0.9


@dataclass(frozen=True, slots=True)
class Dated:
    """A date expression and what it resolves to, as the dates stage would give it."""

    text: str
    value: str | None
    end_value: str | None = None
    relative: bool = False


def build_article(
    text: str,
    *,
    language: str | None = "en",
    boundaries: Sequence[int] | None = None,
    entities: Iterable[Named | tuple[str, EntityType]] = (),
    dates: Mapping[str, str | None] | Iterable[Dated] = (),
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    article_id: str = "built-1",
) -> Article:
    """An article as the stages up to the entity stage leave it (see the module docstring).

    ``boundaries``: offsets where a new sentence starts (0 implied); without them, the real
    sentence splitter cuts the text for ``language``.
    """
    article = Article(
        id=article_id,
        path=f"{article_id}.txt",
        url=None,
        outlet=outlet,
        title=title,
        published=published,
        language=language,
        sentences=split_sentences(text, language, boundaries),
        text=text,
        paths=[f"{article_id}.txt"],
    )
    found = date_refs(text, dates)
    for sentence in article.sentences:
        sentence.dates = sorted(
            (d for d in found if sentence.start <= d.start and d.end <= sentence.end),
            key=lambda d: d.start,
        )
    article.mentions = mentions_of(article, entities)
    return article


def split_sentences(
    text: str, language: str | None = "en", boundaries: Sequence[int] | None = None
) -> list[Sentence]:
    """Sentences with offsets into ``text``: cut at ``boundaries`` (surrounding whitespace left
    out, as the splitter leaves it), or by the real splitter when none are given."""
    if boundaries is None:
        spans = sentence_spans(text, language)
    else:
        cuts = [0, *sorted(boundaries), len(text)]
        spans = []
        for start, end in pairwise(cuts):
            piece = text[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((start + lead, start + len(piece.rstrip())))
    return [
        Sentence(index=i, text=text[start:end], start=start, end=end)
        for i, (start, end) in enumerate(spans)
    ]


def mentions_of(
    article: Article, entities: Iterable[Named | tuple[str, EntityType]]
) -> list[EntityMention]:
    """A mention for every whole-word occurrence of each entity's name or alias (a longer
    name wins over one inside it), in text order; entity ``i`` of ``entities`` gets the
    article-local number ``i`` (so one list of entities serves several texts, each naming
    some of them)."""
    candidates: list[tuple[int, int, str, int, Named]] = []
    for local, item in enumerate(entities):
        named = item if isinstance(item, Named) else Named(*item)
        for name in (named.name, *named.aliases):
            candidates.extend(
                (s, e, name, local, named) for s, e in occurrences(article.text, name)
            )
    mentions: list[EntityMention] = []
    # Longest names first: "Zarif" inside "Mohammad Javad Zarif" is no mention of its own.
    for start, end, name, local, named in sorted(candidates, key=lambda c: c[0] - c[1]):
        if any(m.start < end and start < m.end for m in mentions):
            continue
        mentions.append(
            EntityMention(
                sentence=sentence_at(article, start),
                start=start,
                end=end,
                text=name,
                type=named.type,
                source=named.source,
                confidence=named.confidence,
                local=local,
                place=named.place,
                country=named.country,
                role=named.role,
            )
        )
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """(start, end) of every whole-word occurrence of ``phrase`` in ``text``."""
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def sentence_at(article: Article, offset: int) -> int:
    """The index of the sentence holding ``offset``."""
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.index
    raise ValueError(f"offset {offset} is in no sentence")


def raw_for(article: Article, language_hint: str | None = None) -> RawArticle:
    """The raw article ``article`` could have come from (what a stage gets beside it)."""
    return RawArticle(
        text=article.text,
        path=article.path,
        title=article.title,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        language_hint=language_hint,
        id=article.id,
    )


def run_stage(name: str, article: Article) -> Article:
    """Run one stage of the real pipeline, by name, on ``article``."""
    for spec in ARTICLE_STAGES:
        if spec.name == name:
            return spec.run(article, raw_for(article))
    raise KeyError(f"no per-article stage named {name!r}")


def date_refs(text: str, dates: Mapping[str, str | None] | Iterable[Dated]) -> list[DateRef]:
    """A date reference for every whole-word occurrence of each date expression."""
    items = (
        [Dated(phrase, value) for phrase, value in dates.items()]
        if isinstance(dates, Mapping)
        else list(dates)
    )
    return [
        DateRef(item.text, start, end, item.value, item.end_value, item.relative)
        for item in items
        for start, end in occurrences(text, item.text)
    ]


__all__ = [
    "Dated",
    "Named",
    "build_article",
    "date_refs",
    "mentions_of",
    "occurrences",
    "raw_for",
    "run_stage",
    "sentence_at",
    "split_sentences",
]


def cue_source_pairs(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    """(cue, source) of each top-level relation the attribution finder gives for ``text``
    (beliefs and findings included: tests that tell them apart read ``belief``)."""
    return [
        (a.cue[2], a.source[2] if a.source else None)
        for a in find_attributions(text, language)
        if not a.nested
    ]


# Translation detection reads bilingual dictionaries built on the user's machine from
# ../shared/datasets (make dictionaries; never committed: CC BY-NC); tests of what they add
# skip without them, saying where they were looked for.
needs_dictionaries = pytest.mark.skipif(
    dictionary("fr") is None or dictionary("en") is None,
    reason=f"bilingual dictionaries not built in {data_dir()} (make dictionaries; needs "
    "../shared/datasets/muse-dictionaries)",
)
