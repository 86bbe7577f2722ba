"""Incremental story grouping: each new article joins the story of its best neighbour, or
starts a new one. Never all pairs.

Neighbours are found through an inverted index, like entity resolution's blocking keys:
every doc is filed under its resolved entities, its top anchors (names, numbers) and its top
word stems (per language). A key keeps only its most recent ``posting_window`` docs (stories
are local in time, and this bounds the work per key), and a key found in more than
``common_share`` of all docs ("Trump", "Syria", "said") is not used to look up neighbours at
all. Of the docs the keys reach, the ``candidates`` sharing the most key weight are scored
with :func:`~.compare.similarity`. So adding a doc costs O(keys × window + candidates),
whatever the number of docs already indexed: grouping N docs is linear in N.

Linking is single-link with a guard: a doc joins the story holding its most similar
candidate when that similarity reaches ``threshold`` and, for a story of three or more
articles, at least a share ``guard`` of the story's most recent members reach it too. One
close article is not enough to pull a doc into a story it is otherwise far from, which stops
a chain of pairwise links from gluing two stories together; a big story that has drifted
(a follow-up, a trial months later) still takes a doc close to its recent part. Stories
are never merged or split afterwards, so a story id, the hash of its first article id, is
stable.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..models import Article, Story
from .compare import STORY_WEIGHTS, Weights, similarity
from .features import StoryDoc, Vocabulary, story_doc


@dataclass(frozen=True, slots=True)
class Settings:
    """Knobs of :class:`StoryIndex`; bench/clusters.py says what was tuned on what."""

    threshold: float = 0.2  # similarity needed to join a story
    guard: float = 0.3  # share of the story's recent members that must reach the threshold
    weights: Weights = STORY_WEIGHTS
    posting_window: int = 200  # most recent docs kept per key
    common_share: float = 0.05  # keys in more than this share of docs are not looked up...
    common_min: int = 50  # ...once they are in more than this many docs
    top_terms: int = 12  # word stems filed per doc
    top_anchors: int = 8  # anchors filed per doc
    min_entity: float = 0.1  # entities lighter than this in a doc are not filed
    candidates: int = 40  # docs scored per new doc
    guard_members: int = 20  # most recent members a guard compares with


DEFAULT_SETTINGS = Settings()


def story_id(first_article: str) -> str:
    """Stable story id: a hash of the id of the story's first article."""
    return "s" + hashlib.sha256(first_article.encode()).hexdigest()[:12]


@dataclass(slots=True)
class _Story:
    id: str
    members: list[int] = field(default_factory=list)  # doc numbers, in arrival order


class StoryIndex:
    """Docs in arrival order → stories; extendable at any time without re-clustering.

    >>> index = StoryIndex()
    >>> index.extend(docs_from_analysis(analysis, index.vocabulary))  # doctest: +SKIP
    >>> index.add_article(article, entity_weights)            # doctest: +SKIP
    >>> index.stories()                                       # doctest: +SKIP

    Deterministic: the same docs in the same order give the same stories and ids.
    """

    def __init__(
        self, settings: Settings = DEFAULT_SETTINGS, vocabulary: Vocabulary | None = None
    ) -> None:
        self.settings = settings
        # Frequencies for docs built by add_article; build earlier docs with the same one
        # (docs_from_analysis(analysis, index.vocabulary)) so later articles are weighed
        # against everything seen.
        self.vocabulary = vocabulary if vocabulary is not None else Vocabulary()
        self._docs: list[StoryDoc] = []
        self._number: dict[str, int] = {}  # doc id → doc number
        self._story_of: list[int] = []  # doc number → story number
        self._stories: list[_Story] = []
        self._story_number: dict[str, int] = {}
        # Plain lists, trimmed as they pass the window: most keys hold a doc or two, and a
        # deque costs a 64-slot block per key (a large share of a long stream's memory).
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._frequency: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self._docs)

    def add(self, doc: StoryDoc) -> str:
        """File one doc; returns the id of the story it joined or started."""
        if doc.id in self._number:
            return self._stories[self._story_of[self._number[doc.id]]].id
        keys = self._keys(doc)
        story = self._best_story(doc, keys)
        self._file(doc, keys, story if story is not None else self._new_story(doc.id))
        return self._stories[self._story_of[-1]].id

    def extend(self, docs: Iterable[StoryDoc]) -> list[str]:
        """:meth:`add` for each doc in order; their story ids."""
        return [self.add(doc) for doc in docs]

    def add_article(self, article: Article, entity_ids: Mapping[str, float]) -> str:
        """Build the doc of ``article`` with this index's vocabulary, and add it.

        ``entity_ids``: resolved entity id → base weight (see ``features.article_entities``).
        """
        return self.add(story_doc(article, entity_ids, self.vocabulary))

    def restore(self, doc: StoryDoc, story: str) -> None:
        """File a doc under a story id assigned earlier (reloading a stored index), without
        searching: the stored grouping stays exactly as it was."""
        if doc.id in self._number:
            return
        number = self._story_number.get(story)
        if number is None:
            number = len(self._stories)
            self._stories.append(_Story(story))
            self._story_number[story] = number
        self._file(doc, self._keys(doc), number)

    def story_of(self, doc_id: str) -> str | None:
        number = self._number.get(doc_id)
        return None if number is None else self._stories[self._story_of[number]].id

    def assignments(self) -> dict[str, str]:
        """Doc id → story id, for every doc."""
        pairs = zip(self._docs, self._story_of, strict=True)
        return {doc.id: self._stories[story].id for doc, story in pairs}

    def stories(self) -> list[Story]:
        """Every story, in order of its first article: articles in arrival order, languages
        sorted, title from the most central article that has one; ``events`` is left empty
        (events are linked to stories through their articles by the caller)."""
        out = []
        for story in self._stories:
            docs = [self._docs[n] for n in story.members]
            languages = sorted({d.language for d in docs if d.language})
            out.append(
                Story(
                    story.id,
                    _central_title(docs, self.settings.weights),
                    [d.id for d in docs],
                    [],
                    languages,
                )
            )
        return out

    # -- internals -------------------------------------------------------------------------

    def _keys(self, doc: StoryDoc) -> dict[str, float]:
        return blocking_keys(doc, self.settings)

    def _common(self, key: str) -> bool:
        frequency = self._frequency[key]
        limit = max(self.settings.common_min, self.settings.common_share * len(self._docs))
        return frequency > limit

    def _candidates(self, keys: Mapping[str, float]) -> list[int]:
        """Docs sharing the most key weight with the new doc (most recent first on ties)."""
        shared: dict[int, float] = defaultdict(float)
        for key, weight in keys.items():
            if key in self._postings and not self._common(key):
                for number in self._postings[key]:
                    shared[number] += weight
        ranked = heapq.nlargest(self.settings.candidates, shared.items(), key=_weight_then_recency)
        return [number for number, _ in ranked]

    def _best_story(self, doc: StoryDoc, keys: Mapping[str, float]) -> int | None:
        settings = self.settings
        best: dict[int, float] = {}
        for number in self._candidates(keys):
            score = similarity(doc, self._docs[number], settings.weights)
            story = self._story_of[number]
            if score >= settings.threshold and score > best.get(story, 0.0):
                best[story] = score
        for story, _ in sorted(best.items(), key=lambda item: (-item[1], item[0])):
            if self._passes_guard(doc, story):
                return story
        return None

    def _passes_guard(self, doc: StoryDoc, story: int) -> bool:
        """Enough of the story's recent members are close to the doc, not just one."""
        settings = self.settings
        members = self._stories[story].members[-settings.guard_members :]
        if len(members) < 3 or settings.guard <= 0:
            return True
        close = sum(
            similarity(doc, self._docs[n], settings.weights) >= settings.threshold for n in members
        )
        return close >= settings.guard * len(members)

    def _new_story(self, first: str) -> int:
        identifier = story_id(first)
        if identifier in self._story_number:  # only after restore() took that id for another
            identifier = story_id(f"{first}#{len(self._stories)}")
        self._stories.append(_Story(identifier))
        self._story_number[identifier] = len(self._stories) - 1
        return len(self._stories) - 1

    def _file(self, doc: StoryDoc, keys: Mapping[str, float], story: int) -> None:
        number = len(self._docs)
        self._docs.append(doc)
        self._number[doc.id] = number
        self._story_of.append(story)
        self._stories[story].members.append(number)
        window = self.settings.posting_window
        for key in keys:
            posting = self._postings[key]
            posting.append(number)
            if len(posting) > window:
                del posting[0]
            self._frequency[key] += 1


def blocking_keys(doc: StoryDoc, settings: Settings = DEFAULT_SETTINGS) -> dict[str, float]:
    """The keys a doc is filed and looked up under, with their weight in it: its resolved
    entities, top anchors and top word stems (per language). Docs sharing no key are never
    compared."""
    keys = {f"e:{e}": w for e, w in doc.entities.items() if w >= settings.min_entity}
    for anchor, weight in list(doc.anchors.items())[: settings.top_anchors]:
        keys[f"a:{anchor}"] = weight
    for term, weight in list(doc.terms.items())[: settings.top_terms]:
        keys[f"t:{doc.language}:{term}"] = weight
    return keys


def _weight_then_recency(item: tuple[int, float]) -> tuple[float, int]:
    return (item[1], item[0])


# Members compared when picking a story's most central article (bounds the cost of a title).
_CENTRAL_SAMPLE = 40


def _central_title(docs: list[StoryDoc], weights: Weights) -> str:
    """Title of the member most similar to the others, over an even sample of members (the
    earliest wins a tie); the first title found when no sampled member has one."""
    step = max(1, len(docs) // _CENTRAL_SAMPLE)
    sample = docs[::step][:_CENTRAL_SAMPLE]
    titled = [(i, d) for i, d in enumerate(sample) if d.title]
    if not titled:
        return next((d.title for d in docs if d.title), "")
    scores = {
        i: sum(similarity(d, other, weights) for other in sample if other is not d)
        for i, d in titled
    }
    best = max(titled, key=lambda item: (scores[item[0]], -item[0]))
    return best[1].title or ""


def cluster(docs: Iterable[StoryDoc], settings: Settings = DEFAULT_SETTINGS) -> dict[str, str]:
    """Group docs (in the order given) into stories: doc id → story id."""
    index = StoryIndex(settings)
    index.extend(docs)
    return index.assignments()
