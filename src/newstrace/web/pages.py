"""The context of every page, built from a read-only :class:`Database`.

Each page of the web app and its JSON twin under ``/api`` come from the same function here,
so the two never disagree. Ids and filter values are checked before any query: a malformed
id is a :class:`NotFound`, like an unknown one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from ..api import Database
from ..errors import NewstraceError, StoreError
from ..report import STATUS_LABELS, timeline_geometry
from ..report.json import story_dict
from ..store import StoryFilter
from .layout import (
    aliases_by_script,
    layout_graph,
    outlet_label,
    report_matrix,
    sentence_views,
)

T = TypeVar("T")
PAGE_SIZE = 50
# Articles laid side by side on a story page unless all are asked for: a comparison, not a
# dump (a big story has dozens, and its page would weigh megabytes).
SIDE_BY_SIDE = 8
_STORY_ID = re.compile(r"s[0-9a-f]{12}")
_ENTITY_ID = re.compile(r"e[0-9a-f]{12}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class NotFound(NewstraceError):
    """No such story or entity (or an id that cannot be one)."""

    code = "not-found"


class BadRequest(NewstraceError):
    """A filter or search value the app cannot use."""

    code = "bad-request"


def _lookup(kind: str, shape: re.Pattern[str], key: str, read: Callable[[str], T]) -> T:
    """``read(key)``; :class:`NotFound` when ``key`` cannot be a ``kind`` id or names none
    (a malformed id never reaches the database)."""
    if not shape.fullmatch(key):
        raise NotFound(f"no {kind} {key!r}")
    try:
        return read(key)
    except StoreError as exc:
        raise NotFound(f"no {kind} {key!r}") from exc


def story_filter(
    language: str | None = None,
    outlet: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
) -> StoryFilter:
    """A :class:`StoryFilter` from query parameters; empty values mean "any"."""
    for name, value in (("since", since), ("until", until)):
        if value and not _DAY.fullmatch(value):
            raise BadRequest(f"{name} must be a day as YYYY-MM-DD, not {value!r}")
    if status and status not in STATUS_LABELS:
        raise BadRequest(f"status must be one of {', '.join(STATUS_LABELS)}")
    return StoryFilter(
        language=language or None,
        outlet=outlet or None,
        status=status or None,
        since=since or None,
        until=until or None,
        query=q.strip() if q and q.strip() else None,
    )


def stories_page(db: Database, wanted: StoryFilter, page: int = 1) -> dict[str, Any]:
    """The stories list: one page of stories passing ``wanted``, and the filter menus."""
    summaries, total = db.list_stories(wanted, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return {
        "stories": summaries,
        "total": total,
        "page": page,
        "pages": max(1, -(-total // PAGE_SIZE)),
        "filters": wanted,
        "facets": db.story_facets(),
    }


def story_page(
    db: Database, story_id: str, all_articles: bool = False, focus: str | None = None
) -> dict[str, Any]:
    """One story: articles, events with provenance, matrix, graph, timeline, and the
    sentences of the first ``SIDE_BY_SIDE`` articles by publication (and of the ``focus``
    article, the one a link points into), or of all of them."""
    view = _lookup("story", _STORY_ID, story_id, db.story)
    entities = {e.id: e for e in view.entities}
    by_date = sorted(view.articles, key=lambda a: (a.published or "9999", a.id))
    shown = by_date if all_articles else by_date[:SIDE_BY_SIDE]
    shown += [a for a in by_date if a.id == focus and a not in shown]
    return {
        "view": view,
        "entities": entities,
        "outlets": {a.id: outlet_label(a, entities) for a in view.articles},
        "matrix": report_matrix(view.articles, view.events, entities),
        "graph": layout_graph(view.graph),
        "timeline": timeline_geometry(view.events),
        "sentences": {a.id: sentence_views(a, entities) for a in shown},
        "hidden": len(view.articles) - len(shown),
    }


def entity_page(db: Database, entity_id: str) -> dict[str, Any]:
    """One entity: names by script, why they were merged, mentions, notes, events."""
    view = _lookup("entity", _ENTITY_ID, entity_id, db.entity)
    return {"view": view, "scripts": aliases_by_script(view.entity)}


def search_page(db: Database, query: str | None, page: int = 1) -> dict[str, Any]:
    """Sentences matching ``query`` (all words, any letter variant), with their stories."""
    query = (query or "").strip()
    if len(query) > 200:
        raise BadRequest("the search is longer than 200 characters")
    hits = db.search(query, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE) if query else []
    facts = db.article_facts({h.article for h in hits})
    return {
        "query": query,
        "page": page,
        "hits": hits,
        "stories": {a: f.story for a, f in facts.items() if f.story},
    }


# -- JSON twins ---------------------------------------------------------------------------------
def stories_json(context: dict[str, Any]) -> dict[str, Any]:
    return {
        "ok": True,
        "total": context["total"],
        "page": context["page"],
        "pages": context["pages"],
        "filters": asdict(context["filters"]),
        "stories": [
            {
                **asdict(s.story),
                "article_count": s.articles,
                "statuses": s.statuses,
                "outlets": s.outlets,
            }
            for s in context["stories"]
        ],
    }


def story_json(context: dict[str, Any]) -> dict[str, Any]:
    """The CLI's ``story --json`` object, plus the matrix and the marked sentences."""
    matrix = context["matrix"]
    return {
        "ok": True,
        **story_dict(context["view"]),
        "matrix": {
            "outlets": matrix.outlets,
            "events": matrix.events,
            "cells": {
                outlet: {event: asdict(cell) for event, cell in row.items()}
                for outlet, row in matrix.cells.items()
            },
        },
        "sentences": {
            article: [asdict(s) for s in views] for article, views in context["sentences"].items()
        },
    }


def entity_json(context: dict[str, Any]) -> dict[str, Any]:
    view = context["view"]
    return {
        "ok": True,
        "entity": asdict(view.entity),
        "scripts": context["scripts"],
        "events": [{**asdict(e), "story": view.event_stories.get(e.id)} for e in view.events],
        "articles": {a: asdict(f) for a, f in view.articles.items()},
    }


def search_json(context: dict[str, Any]) -> dict[str, Any]:
    return {
        "ok": True,
        "query": context["query"],
        "page": context["page"],
        "hits": [
            {**asdict(h), "story": context["stories"].get(h.article)} for h in context["hits"]
        ],
    }
