"""Cross-article stages: pure functions over records, run by an engine after the per-article
stages (:mod:`newstrace.pipeline`) have analysed and stored every article.

:data:`CORPUS_STAGES`, in order, each a :class:`CorpusStage` (a
:class:`~newstrace.contracts.StageSpec` with the blocking ``keys`` of the records it compares):

1. ``entities`` — :func:`resolve_entities`: each article's :class:`LocalEntity` records (built
   from its mentions and outlet by :func:`local_entities`) → :class:`ResolvedEntity` records.
   Keys: gazetteer id, outlet key, name-blocking keys (``entities.resolve.entity_keys``).
2. ``story-features`` — :func:`count_stories`: each new article with its resolved entities'
   mention counts (:class:`StoryInput`) → its story counts, counted into the story state's
   vocabulary. Per article: no keys.
3. ``stories`` — :func:`file_stories`: the story state (the docs filed so far and the
   vocabulary, as :class:`StoryState`) and the new articles' counts → the new docs with their
   stories (:class:`StoryFiling`). Incremental: filed docs keep their story, so story ids
   never change. Keys: the story index's entity, anchor and stem keys
   (``stories.blocking_keys``).
4. ``events`` — :func:`trace_events`: stored articles, entities and the article-local → resolved
   entity map → events with provenance and the sentence reuse found
   (:class:`~newstrace.provenance.Traced`). Keys: (type family, participant / place and day /
   article) (``provenance.events.blocking_keys``).
5. ``event-stories`` — :func:`event_stories`: events and the article → story map → the story of
   each event.

No stage takes a database handle: an engine loads the records (``engines.local`` from the
SQLite store), runs the stages, and saves what they return. Records are those of
:mod:`newstrace.models` or the small ones defined here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .contracts import StageSpec
from .entities.places import gazetteer
from .entities.resolve import entity_keys, resolve
from .events.ontology import compatible, compatible_types, lead_compatible
from .ingest.markup import host_of
from .models import (
    Article,
    Entity,
    EntityMention,
    Event,
    LocalEntity,
    ResolvedEntity,
    Sentence,
    Story,
)
from .pipeline import ARTICLE_OUTPUTS
from .provenance import EntityMap, Traced, trace
from .provenance.events import blocking_keys as report_keys
from .stories import STORY_WEIGHTS, StoryDoc, StoryIndex, Vocabulary, entity_weight
from .stories import blocking_keys as story_keys
from .stories.features import ArticleCounts, count_features, weigh

# Stories are filed with STORY_WEIGHTS; character grams are counted only if those use them.
_GRAMS = STORY_WEIGHTS.grams > 0

# What a stored article carries when the corpus stages read it: the reader's metadata and
# everything the per-article stages assign (``pipeline``'s stage contracts); the raw record's
# hints are not stored.
CORPUS_INPUTS: tuple[str, ...] = tuple(
    sorted(name for name in ARTICLE_OUTPUTS if not name.startswith("raw."))
)

F = Any  # the stages' signatures differ; each is documented on its function


@dataclass(frozen=True, slots=True)
class CorpusStage(StageSpec[F]):
    """A cross-article stage: its contract plus the blocking keys of the records it compares
    (records sharing no key are never compared, so an engine may run it by key groups);
    ``keys`` is None for a stage that works one article at a time."""

    keys: Callable[[Any], Iterable[Hashable]] | None = None


# -- entities -------------------------------------------------------------------------------
MentionGroup = tuple[str, int, Sequence[EntityMention]]  # (article id, local, its mentions)
OutletRow = tuple[str, str, str | None]  # (article id, outlet name, url)


def local_entities(
    groups: Iterable[MentionGroup], outlets: Iterable[OutletRow]
) -> Iterator[LocalEntity]:
    """Each article's entity groups, then each article's own outlet (local -1), as the
    records resolution compares."""
    for article_id, local, members in groups:
        yield LocalEntity(
            article=article_id,
            local=local,
            type=_local_type(members),
            names=[m.text for m in members],
            place=next((m.place for m in members if m.place), None),
            country=next((m.country for m in members if m.country), None),
            publisher=any(m.publisher for m in members),
            confidence=max(m.confidence for m in members),
            anonymous=any(m.anonymous for m in members),
        )
    for article_id, outlet, url in outlets:
        names = [outlet]
        host = host_of(url)
        if host and host != outlet:
            names.append(host)
        yield LocalEntity(article_id, -1, "outlet", names, publisher=True)


def _local_type(members: Sequence[EntityMention]) -> str:
    """The type the mentions' evidence settles: a publisher noun ("the newspaper X") makes an
    outlet; a reporting cue ("according to X") does so only when it is at least as common as
    the plain organisation reading (one "according to the ministry" does not make the ministry
    of three other sentences an outlet); otherwise the majority, ties to the longest name."""
    kinds = Counter(m.type for m in members)
    if any(m.type == "outlet" and m.source == "pattern" for m in members):
        return "outlet"
    if kinds["outlet"] and kinds["outlet"] >= kinds["organization"]:
        return "outlet"
    kinds.pop("outlet", None)
    top = max(kinds.values())
    tied = [m for m in members if kinds.get(m.type) == top]
    return max(tied, key=lambda m: len(m.text.split())).type


def resolve_entities(entities: Iterable[LocalEntity]) -> list[ResolvedEntity]:
    """Resolved entities with merge reasons, places with their gazetteer coordinates."""
    resolved = resolve(entities)
    places = gazetteer()
    for entity in resolved:
        place = places.get(entity.place) if entity.place else None
        if place is not None and place.lat is not None and place.lon is not None:
            entity.coordinates = (place.lat, place.lon)
    return resolved


# -- stories --------------------------------------------------------------------------------
MentionCount = tuple[Entity, int, int]  # (resolved entity, mentions in the article, framing)


@dataclass(slots=True)
class StoryInput:
    """A new article and, per resolved entity it mentions, how often and how often only in a
    dateline or caption."""

    article: Article
    entities: list[MentionCount] = field(default_factory=list)


@dataclass(slots=True)
class FiledDoc:
    doc: StoryDoc
    story: str


@dataclass(slots=True)
class StoryState:
    """What story filing keeps between runs: the docs filed so far (in filing order) with
    their stories, and the vocabulary new articles are weighed against."""

    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    filed: list[FiledDoc] = field(default_factory=list)


@dataclass(slots=True)
class StoryFiling:
    """What one run of :func:`file_stories` adds: the new docs with their stories; every
    story (old ones may have grown); article id → story id for every filed article."""

    filed: list[FiledDoc]
    stories: list[Story]
    assignments: dict[str, str]


def entity_weights(counts: Iterable[MentionCount]) -> dict[str, float]:
    """Resolved entity id → base weight in one article (see ``stories.entity_weight``)."""
    found: dict[str, float] = {}
    for entity, mentions, framed in counts:
        weight = entity_weight(entity, mentions, framed == mentions)
        if weight > 0:
            found[entity.id] = weight
    return found


def count_stories(state: StoryState, items: Iterable[StoryInput]) -> Iterator[ArticleCounts]:
    """Each new article's story counts, in order, each counted into ``state.vocabulary``.

    Run it over every new article before :func:`file_stories`, so the first articles of a
    large run are weighed with the frequencies of the whole run. The counts carry a light
    copy of their article (what weighing reads), so a caller may keep them all.
    """
    for item in items:
        counts = count_features(item.article, entity_weights(item.entities), grams=_GRAMS)
        counts.article = _light(item.article)
        state.vocabulary.observe(counts)
        yield counts


def file_stories(state: StoryState, counts: Iterable[ArticleCounts]) -> StoryFiling:
    """File the new articles' counts (already in ``state.vocabulary``) after the docs of
    ``state``, whose stories never change; see :class:`~newstrace.stories.StoryIndex`."""
    index = StoryIndex(vocabulary=state.vocabulary)
    for filed in state.filed:
        index.restore(filed.doc, filed.story)
    new = []
    for item in counts:
        doc = weigh(item, index.vocabulary)
        new.append(FiledDoc(doc, index.add(doc)))
    return StoryFiling(new, index.stories(), index.assignments())


def _light(article: Article) -> Article:
    """What weighing reads of an article: ids, dates mentioned, the start of its text."""
    sentences = [
        Sentence(s.index, "", s.start, s.end, dates=s.dates) for s in article.sentences if s.dates
    ]
    return Article(
        article.id, article.path, None, None, article.title, article.published,
        article.language, sentences, article.text[:400],
    )  # fmt: skip


# -- events ---------------------------------------------------------------------------------
def _event_family(type_id: str) -> str:
    """Event types that may tell one real event ("attack" and "kill") share a blocking
    family: the least id among the compatible types."""
    return min(compatible_types(type_id) | {type_id})


def trace_events(
    articles: Iterable[Article],
    entities: Sequence[Entity],
    entity_of: EntityMap,
    story_of: Mapping[str, str] | None = None,
) -> Traced:
    """Events merged across articles and languages with their provenance, and the sentence
    reuse found (see :func:`newstrace.provenance.trace`); types are matched through the event
    ontology. ``articles`` are read once, as a stream; ``story_of`` (article id → story id)
    lets the reports of one story that share no name meet, and the articles' leads of one
    story meet across types (``events.ontology.lead_compatible``)."""
    return trace(
        articles, entities, entity_of, compatible, _event_family, story_of, lead_compatible
    )


def event_keys(report: Any) -> list[tuple[str, ...]]:
    """The keys an event report is compared under (its type family with participants,
    place and day, or article)."""
    return report_keys(report, _event_family)


def event_stories(events: Iterable[Event], story_of_article: Mapping[str, str]) -> dict[str, str]:
    """Event id → the story most of its articles belong to (events of unfiled articles have
    none)."""
    return {
        event.id: Counter(story_of_article[a] for a in event.articles).most_common(1)[0][0]
        for event in events
        if any(a in story_of_article for a in event.articles)
    }


CORPUS_STAGES: tuple[CorpusStage, ...] = (
    CorpusStage(
        "entities",
        resolve_entities,
        requires=("article.mentions", "article.outlet", "article.url"),
        assigns=(
            "entity.id",
            "entity.type",
            "entity.name",
            "entity.aliases",
            "entity.merges",
            "mention.entity",
            "article.outlet_entity",
            "sentence.cites",
        ),
        keys=entity_keys,
    ),
    CorpusStage(
        "story-features",
        count_stories,
        requires=(
            "article.text",
            "article.title",
            "article.language",
            "article.published",
            "article.sentences",
            "sentence.dates",
            "mention.entity",
            "entity.type",
        ),
        assigns=("article.story_counts",),
    ),
    CorpusStage(
        "stories",
        file_stories,
        requires=("article.story_counts",),
        assigns=("article.story", "story.id", "story.title", "story.articles", "story.languages"),
        keys=story_keys,
    ),
    CorpusStage(
        "events",
        trace_events,
        requires=(
            "article.events",
            "article.story",
            "article.published",
            "article.sentences",
            "sentence.cites",
            "sentence.attributions",
            "sentence.responses",
            "sentence.dates",
            "mention.entity",
            "article.outlet_entity",
            "entity.type",
        ),
        assigns=(
            "event.id",
            "event.evidence",
            "event.origins",
            "event.status",
            "event.articles",
            "reuse",
        ),
        keys=event_keys,
    ),
    CorpusStage(
        "event-stories",
        event_stories,
        requires=("event.articles", "article.story"),
        assigns=("event.story", "story.events"),
    ),
)

__all__ = [
    "CORPUS_INPUTS",
    "CORPUS_STAGES",
    "CorpusStage",
    "FiledDoc",
    "MentionCount",
    "MentionGroup",
    "OutletRow",
    "StoryFiling",
    "StoryInput",
    "StoryState",
    "count_stories",
    "entity_weights",
    "event_keys",
    "event_stories",
    "file_stories",
    "local_entities",
    "resolve_entities",
    "trace_events",
]
