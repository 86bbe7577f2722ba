"""Stories: articles in any language grouped by the event they report, incrementally.

In:  :class:`StoryDoc` records, one per article, in order of arrival. Build them with
     :func:`docs_from_analysis` (a whole :class:`~newstrace.models.Analysis`: frequencies
     from all its articles), or one at a time with :func:`story_doc` /
     :meth:`StoryIndex.add_article` from an :class:`~newstrace.models.Article` and a map of
     its resolved entity ids to base weights (:func:`article_entities` computes that map
     from :class:`~newstrace.models.Entity` records; :func:`entity_weight` for one entity).
Out: :meth:`StoryIndex.stories` → :class:`~newstrace.models.Story` (id, title of the most
     central article, article ids in arrival order, languages; ``events`` is left to the
     caller), :meth:`StoryIndex.story_of` / :meth:`StoryIndex.assignments`, and
     :func:`similarity` (0..1) for any two docs.

A doc carries tf-idf word stems and title stems (compared within one language), character
4-grams and anchors (names and numbers; both compared within one script, so a German and an
English report meet through "Philippinen"/"Philippines") and resolved entities (compared
across languages and scripts, so an Arabic and an English report meet through
"دمشق"/"Damascus"), words as English meanings through the bilingual dictionaries (compared
across languages: "Brücke"/"bridge"; grams and meanings leave out page furniture, text other
articles repeat word for word), plus its publication date and the dates it mentions. Two
weight presets: ``DEFAULT_WEIGHTS`` (graded relatedness, the default of :func:`similarity`)
and ``STORY_WEIGHTS`` (same event or not, used by :class:`StoryIndex`; grams and meanings
weigh nothing there).

Complexity: a new doc is compared only with the neighbours an inverted index finds (entity,
anchor and stem keys; the most recent ``posting_window`` docs per key; keys in a large share
of docs skipped; at most ``candidates`` docs scored), so adding a doc costs a bounded amount
of work and N docs cost O(N), never all pairs (bench/clusters.py measures it). Memory is
O(N) docs plus the vocabulary. A doc joins the story of its most similar neighbour above a
threshold (single link, guarded against chaining) or starts a story whose id is a hash of
its first article id. Stories are never re-clustered when docs are added, so ids are stable;
the same docs in the same order always give the same stories.

>>> import newstrace
>>> from newstrace.stories import StoryIndex, docs_from_analysis
>>> analysis = newstrace.analyze(["examples/"])                      # doctest: +SKIP
>>> index = StoryIndex()
>>> docs = docs_from_analysis(analysis)                               # doctest: +SKIP
>>> index.extend(sorted(docs, key=lambda d: d.published or ""))       # doctest: +SKIP
>>> index.add_article(new_article, new_entity_weights)               # doctest: +SKIP
>>> [(s.id, s.title, len(s.articles)) for s in index.stories()]      # doctest: +SKIP
"""

from .cluster import DEFAULT_SETTINGS, Settings, StoryIndex, blocking_keys, cluster, story_id
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
    "blocking_keys",
    "cluster",
    "docs_from_analysis",
    "entity_weight",
    "similarity",
    "story_doc",
    "story_id",
]
