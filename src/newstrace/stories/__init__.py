"""Stories: articles in any language grouped by the event they report, incrementally.

In:  :class:`StoryDoc` records, one per article, in order of arrival. Build them with
     :func:`docs_from_analysis` (a whole :class:`~newstrace.models.Analysis`), or one at a
     time with :func:`story_doc` / :meth:`StoryIndex.add_article` from an
     :class:`~newstrace.models.Article` and its resolved entity ids → base weights
     (:func:`article_entities` computes those from :class:`~newstrace.models.Entity` records).
Out: :meth:`StoryIndex.stories` → :class:`~newstrace.models.Story` (id, title, article ids,
     languages; ``events`` left for the caller), :meth:`StoryIndex.story_of`, and
     :func:`similarity` (0..1) for any two docs.

A doc carries tf-idf word stems (compared within one language), anchors (names and numbers,
compared within one script) and resolved entities (compared across languages and scripts),
plus publication and mentioned dates. A new doc is compared only with the neighbours an
inverted index finds (entity, anchor and stem keys; recent postings only; very common keys
skipped), so adding one doc costs a bounded amount of work: O(N) for N docs, never all pairs.
It joins the story of its most similar neighbour above a threshold (single link, guarded
against chaining) or starts a story whose id is a hash of its first article id. Stories are
never re-clustered when docs are added, so ids are stable; the same docs in the same order
always give the same stories.

>>> import newstrace
>>> from newstrace.stories import StoryIndex, docs_from_analysis
>>> analysis = newstrace.analyze(["examples/"])                      # doctest: +SKIP
>>> index = StoryIndex()
>>> index.extend(sorted(docs_from_analysis(analysis), key=arrival))  # doctest: +SKIP
>>> index.add_article(new_article, new_entity_weights)               # doctest: +SKIP
>>> [(s.id, s.title, len(s.articles)) for s in index.stories()]      # doctest: +SKIP
"""

from .cluster import DEFAULT_SETTINGS, Settings, StoryIndex, cluster, story_id
from .compare import DEFAULT_WEIGHTS, STORY_WEIGHTS, Weights, similarity
from .features import (
    StoryDoc,
    Vocabulary,
    article_entities,
    docs_from_analysis,
    entity_weight,
    story_doc,
)

__all__ = [
    "DEFAULT_SETTINGS",
    "DEFAULT_WEIGHTS",
    "STORY_WEIGHTS",
    "Settings",
    "StoryDoc",
    "StoryIndex",
    "Vocabulary",
    "Weights",
    "article_entities",
    "cluster",
    "docs_from_analysis",
    "entity_weight",
    "similarity",
    "story_doc",
    "story_id",
]
