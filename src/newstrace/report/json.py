"""JSON output: the one place records become JSON-ready objects.

The contract JSON of an :class:`~newstrace.models.Analysis` (``docs/analysis.schema.json``),
a story view (``newstrace story --json`` and the web's ``/api/stories/{id}``), a provenance
graph, and plain record lists. Everything here returns plain dicts and lists; callers dump
them (UTF-8 as written, see ``cli._print_json``).

Records are read by attribute only, so this module needs no runtime import of the models
(``Analysis.to_dict`` delegates here).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import Analysis, Graph
    from ..store.queries import StoryView

CONTRACT_KEYS = ("articles", "entities", "events", "stories", "timeline")
# What a story view shows of each of its articles (the text is on the article pages).
STORY_ARTICLE_FIELDS = ("id", "published", "language", "outlet", "title", "url")


def records(items: Iterable[Any]) -> list[dict[str, Any]]:
    """Each dataclass record as a dict (its fields, nested records included)."""
    return [asdict(item) for item in items]


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    """The contract JSON object (article ``text`` included so offsets can be checked).

    Per-article mentions and notes are not repeated on articles: the contract carries them
    under ``entities[].mentions`` and ``entities[].notes``, resolved.
    """
    data = {key: records(getattr(analysis, key)) for key in CONTRACT_KEYS}
    for article in data["articles"]:
        article.pop("mentions", None)
        article.pop("notes", None)
        article.pop("events", None)
        for sentence in article["sentences"]:
            for item in (*sentence["attributions"], *sentence["responses"]):
                item.pop("local", None)
    return data


def graph_dict(graph: Graph) -> dict[str, object]:
    """A provenance graph as ``{"nodes": [...], "edges": [...]}``."""
    return {"nodes": records(graph.nodes), "edges": records(graph.edges)}


def story_dict(view: StoryView) -> dict[str, object]:
    """One story with its articles' facts, events, the entities they name and its graph."""
    return {
        "story": asdict(view.story),
        "articles": [{k: getattr(a, k) for k in STORY_ARTICLE_FIELDS} for a in view.articles],
        "events": records(view.events),
        "entities": records(view.entities),
        "graph": graph_dict(view.graph),
    }


__all__ = ["CONTRACT_KEYS", "analysis_dict", "graph_dict", "records", "story_dict"]
