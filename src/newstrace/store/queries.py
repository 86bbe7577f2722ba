"""Read-models: what the web pages, the CLI and the report read, in page-sized queries.

Each function takes a read connection and returns records: a story with what its page shows
(:class:`StoryView`), an entity with its events and articles (:class:`EntityView`), a page
of stories passing a filter (:class:`StorySummary`), filter menus, article facts, search
hits and counts. Nothing here decides anything: the provenance graph of a story view is drawn
by the caller's ``draw`` function (``provenance.story_graph``) from the rows read here.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from ..models import Article, Entity, Event, Graph, Reuse, Story
from ..nlp import search_words
from ..nlp.normalize import word_variants
from .articles import iter_articles
from .entities import load_entities
from .events import load_events, load_reuse
from .sql import among
from .stories import load_stories, stories_of_articles

# (articles, events, entities by id, sentence reuse) -> the story's provenance graph
DrawGraph = Callable[[list[Article], list[Event], dict[str, Entity], list[Reuse]], Graph]


@dataclass(slots=True)
class StoryView:
    """One story with everything its page shows: articles, events (with provenance), the
    entities they name (with the notes articles made about them), the sentence reuse among
    its articles and the provenance graph."""

    story: Story
    articles: list[Article]
    events: list[Event]
    entities: list[Entity]
    graph: Graph
    reuse: list[Reuse] = field(default_factory=list)


@dataclass(slots=True)
class ArticleFacts:
    """What a page shows of an article it links to."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    url: str | None
    story: str | None = None


@dataclass(slots=True)
class EntityView:
    """One entity with the events that name it and the articles that mention it."""

    entity: Entity
    events: list[Event]
    articles: dict[str, ArticleFacts]
    event_stories: dict[str, str | None] = field(default_factory=dict)  # event id -> story


@dataclass(slots=True)
class SearchHit:
    """A sentence that matched a search, with the article facts a reader needs to judge it."""

    article: str
    sentence: int
    text: str
    start: int
    end: int
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    url: str | None
    path: str


def story_view(conn: sqlite3.Connection, story_id: str, draw: DrawGraph) -> StoryView | None:
    """One story with its articles, events, the entities they name and the provenance graph
    ``draw`` makes of them; None for an unknown id."""
    found = next(iter(load_stories(conn, [story_id])), None)
    if found is None:
        return None
    members = set(found.articles)
    articles = list(iter_articles(conn, only=members))
    events = load_events(conn, story_id)
    named = {e for ev in events for e in (*ev.origins, *ev.actors, *ev.targets, *ev.places)}
    named |= {r.entity for ev in events for r in ev.responses if r.entity}
    named |= {a.outlet_entity for a in articles if a.outlet_entity}
    entities = load_entities(conn, named)
    reuse = load_reuse(conn, members)
    graph = draw(articles, events, {e.id: e for e in entities}, reuse)
    return StoryView(found, articles, events, entities, graph, reuse)


def entity_view(conn: sqlite3.Connection, entity_id: str) -> EntityView | None:
    """One entity with its mentions, merges and notes, the events that name it, and the
    facts of the articles that mention it; None for an unknown id."""
    found = next(iter(load_entities(conn, [entity_id])), None)
    if found is None:
        return None
    ids = {m.article for m in found.mentions} | {n.article for n in found.notes}
    events = load_events(conn, entity=entity_id)
    chosen, args = among("id", [e.id for e in events])
    stories = dict(conn.execute("SELECT id, story FROM events WHERE 1" + chosen, args))
    return EntityView(found, events, article_facts(conn, ids), stories)


def article_facts(conn: sqlite3.Connection, ids: Collection[str]) -> dict[str, ArticleFacts]:
    """Title, outlet, date, language and story of the given articles (no text)."""
    story_of = stories_of_articles(conn, ids)
    chosen, args = among("id", ids)
    rows = conn.execute(
        "SELECT id, title, outlet, published, language, url FROM articles WHERE 1" + chosen,
        args,
    )
    return {
        article_id: ArticleFacts(article_id, title, outlet, published, language, url,
                                 story=story_of.get(article_id))
        for article_id, title, outlet, published, language, url in rows
    }  # fmt: skip


def event_stories(conn: sqlite3.Connection) -> dict[str, str]:
    """Event id -> story id, for every event filed in a story."""
    return dict(conn.execute("SELECT id, story FROM events WHERE story IS NOT NULL"))


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts a user wants at a glance: articles, sentences, languages, outlets, dates."""
    first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return {
        "articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
        "sentences": conn.execute("SELECT count(*) FROM sentences").fetchone()[0],
        "mentions": conn.execute("SELECT count(*) FROM mentions").fetchone()[0],
        "entities": dict(
            conn.execute("SELECT type, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC, 1")
        ),
        "input_paths": conn.execute("SELECT count(*) FROM article_paths").fetchone()[0],
        "languages": dict(
            conn.execute(
                "SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1"
                " ORDER BY 2 DESC, 1"
            )
        ),
        "outlets": dict(
            conn.execute(
                "SELECT coalesce(outlet, '?'), count(*) FROM articles GROUP BY 1"
                " ORDER BY 2 DESC, 1 LIMIT 10"
            )
        ),
        "published": {"first": first, "last": last},
    }


def search(conn: sqlite3.Connection, query: str, limit: int, offset: int) -> list[SearchHit]:
    """Sentences matching every word of ``query``, best first (BM25)."""
    match = fts_query(query)
    if match is None:
        return []
    sql = (
        'SELECT s.article_id, s.idx, s.start, s."end", a.text, a.title, a.outlet,'
        " a.published, a.language, a.url, a.path"
        " FROM sentence_index JOIN sentences s ON s.id = sentence_index.rowid"
        " JOIN articles a ON a.id = s.article_id"
        " WHERE sentence_index MATCH ? ORDER BY bm25(sentence_index), s.id LIMIT ? OFFSET ?"
    )
    hits = []
    for row in conn.execute(sql, (match, limit, offset)):
        article_id, idx, start, end, text, *facts = row
        hits.append(SearchHit(article_id, idx, text[start:end], start, end, *facts))
    return hits


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for a user's words: each word (any of its variants) required.

    Every term is quoted, so FTS syntax in user input is inert. A trailing ``*`` on a word
    asks for a prefix match.
    """
    groups = []
    for raw in query.split():
        prefix = raw.endswith("*")
        for word in search_words(raw):
            variants = word_variants(word)
            terms = [f'"{v}"' + ("*" if prefix else "") for v in variants]
            groups.append("(" + " OR ".join(terms) + ")" if len(terms) > 1 else terms[0])
    return " AND ".join(groups) if groups else None


@dataclass(slots=True)
class StoryFilter:
    """What a stories list may be narrowed by; ``None`` means any. Dates are ISO days
    (``since``/``until`` inclusive); ``query`` is full text in any language."""

    language: str | None = None
    outlet: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    query: str | None = None


@dataclass(slots=True)
class StorySummary:
    """A stories-list row: the story and counts that let a reader pick one."""

    story: Story
    articles: int
    statuses: dict[str, int]
    outlets: list[str]


def list_stories(
    conn: sqlite3.Connection, wanted: StoryFilter, match: str | None, limit: int, offset: int
) -> tuple[list[StorySummary], int]:
    """One page of the stories that pass ``wanted`` (newest last article first) and how
    many pass in all. ``match`` is the FTS expression for ``wanted.query`` (see
    :func:`fts_query`); every value is bound as a parameter."""
    in_story = "SELECT 1 FROM story_docs d JOIN articles a ON a.id = d.article_id"
    in_story += " WHERE d.story = s.id"
    where, args = [], []
    if wanted.language:
        where.append(f"EXISTS ({in_story} AND a.language = ?)")
        args.append(wanted.language)
    if wanted.outlet:
        where.append(f"EXISTS ({in_story} AND a.outlet = ?)")
        args.append(wanted.outlet)
    if wanted.since or wanted.until:
        where.append(f"EXISTS ({in_story} AND substr(a.published, 1, 10) BETWEEN ? AND ?)")
        args += [wanted.since or "0000", wanted.until or "9999"]
    if wanted.status:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.story = s.id AND e.status = ?)")
        args.append(wanted.status)
    if wanted.query is not None:
        where.append(
            "s.id IN (SELECT d.story FROM sentence_index JOIN sentences t"
            " ON t.id = sentence_index.rowid JOIN story_docs d ON d.article_id = t.article_id"
            " WHERE sentence_index MATCH ?)"
        )
        args.append(match or '""')
    sql = (
        "SELECT s.id, (SELECT max(a.published) FROM story_docs d JOIN articles a"
        " ON a.id = d.article_id WHERE d.story = s.id) AS last FROM stories s"
        + (" WHERE " + " AND ".join(where) if where else "")
    )
    rows = conn.execute(
        f"SELECT id, count(*) OVER () FROM ({sql}) ORDER BY last IS NULL, last DESC, id"
        " LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    total = rows[0][1] if rows else _count(conn, sql, args)
    ids = [row[0] for row in rows]
    stories = {story.id: story for story in load_stories(conn, ids)}
    chosen, chosen_args = among("story", ids)
    statuses: dict[str, dict[str, int]] = defaultdict(dict)
    for story, status, count in conn.execute(
        "SELECT story, status, count(*) FROM events WHERE 1" + chosen + " GROUP BY 1, 2",
        chosen_args,
    ):
        statuses[story][status] = count
    outlets: dict[str, list[str]] = defaultdict(list)
    sizes: Counter[str] = Counter()
    chosen, chosen_args = among("d.story", ids)
    for story, outlet, count in conn.execute(
        "SELECT d.story, a.outlet, count(*) FROM story_docs d JOIN articles a"
        " ON a.id = d.article_id WHERE 1" + chosen + " GROUP BY 1, 2 ORDER BY 3 DESC, 2",
        chosen_args,
    ):
        sizes[story] += count
        if outlet:
            outlets[story].append(outlet)
    summaries = [
        StorySummary(stories[i], sizes[i], statuses.get(i, {}), outlets.get(i, []))
        for i in ids
        if i in stories
    ]
    return summaries, total


def _count(conn: sqlite3.Connection, sql: str, args: list[str]) -> int:
    return conn.execute(f"SELECT count(*) FROM ({sql})", args).fetchone()[0]


def story_facets(conn: sqlite3.Connection, outlets: int = 200) -> dict[str, list[str]]:
    """The values the stories list can be filtered by (the most frequent outlets only)."""
    return {
        "languages": [r[0] for r in conn.execute(
            "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1")],
        "outlets": [r[0] for r in conn.execute(
            "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY 1"
            " ORDER BY count(*) DESC, 1 LIMIT ?", (outlets,))],
        "statuses": [r[0] for r in conn.execute("SELECT DISTINCT status FROM events ORDER BY 1")],
    }  # fmt: skip
