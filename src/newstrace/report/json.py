"""JSON output: the one place records become JSON-ready objects.

The contract JSON of an :class:`~newstrace.models.Analysis` (``docs/analysis.schema.json``),
a story view (``newstrace story --json`` and the web's ``/api/stories/{id}``), a provenance
graph, and plain record lists. Everything here returns plain dicts and lists; callers dump
them (UTF-8 as written, see ``cli._print_json``).

Records are read by attribute only, so this module needs no runtime import of the models.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import Analysis, Graph
    from ..store.queries import StoryView

# What a story view shows of each of its articles (the text is on the article pages).
STORY_ARTICLE_FIELDS = ("id", "published", "language", "outlet", "title", "url")


def records(items: Iterable[Any]) -> list[dict[str, Any]]:
    """Each dataclass record as a dict (its fields, nested records included)."""
    return [asdict(item) for item in items]


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    """The contract JSON object: :meth:`Analysis.to_dict`, made beside the records whose
    field names are the contract."""
    return analysis.to_dict()


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


__all__ = ["analysis_dict", "graph_dict", "records", "story_dict"]
