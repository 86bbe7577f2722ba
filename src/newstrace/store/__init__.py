"""The embedded SQLite store: articles, sentences and the search index.

All writes go through :meth:`Database.add_articles`, one transaction per batch, so an
interrupted run keeps every batch it finished. Read-only opening (``read_only=True``) uses
SQLite's ``mode=ro`` so a viewer can never change the data.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..models import Analysis, Article, Entity, Event, RawArticle, Story, TimelineEntry
from ..nlp import search_words
from ..nlp.normalize import word_variants
from .articles import insert_article, iter_articles, replace_analysis
from .entities import load_entities, local_entities, replace_entities
from .events import entity_map, load_events, load_reuse, replace_events
from .migrations import SCHEMA_VERSION, migrate
from .sql import among
from .stories import (
    StoryFilter,
    StorySummary,
    StoryView,
    list_stories,
    load_stories,
    place_new_articles,
    stories_of_articles,
    story_facets,
)

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "ArticleFacts",
    "Database",
    "EntityView",
    "SearchHit",
    "StoryFilter",
    "StorySummary",
    "open_db",
]


def _event_types() -> tuple[Callable[[str, str], bool], Callable[[str], str]]:
    """(compatible, family) for event coreference, from the event ontology: types that may
    tell one real event ("attack" and "kill") share a blocking family."""
    from ..events.ontology import compatible, compatible_types

    def family(type_id: str) -> str:
        return min(compatible_types(type_id) | {type_id})

    return compatible, family


@dataclass(slots=True)
class AddResult:
    stored: int = 0
    duplicates: int = 0


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


class Database:
    """A newstrace database file (created and migrated on first use)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        time_limit: float | None = None,
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        try:
            if read_only:
                if not Path(self.path).is_file():
                    raise StoreError(f"{self.path}: no such database")
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(
                    uri, uri=True, isolation_level=None, check_same_thread=False
                )
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None)
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if read_only:
                (version,) = self.conn.execute("PRAGMA user_version").fetchone()
                if version != SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path}: schema version {version}, expected {SCHEMA_VERSION}; "
                        "open it once read-write to migrate"
                    )
                # A second lock: even a statement that slipped past mode=ro cannot write.
                self.conn.execute("PRAGMA query_only = ON")
            else:
                migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from exc
        if time_limit is not None:
            self._limit_time(time_limit)

    def _limit_time(self, seconds: float) -> None:
        """Interrupt any statement still running ``seconds`` after opening (a server opens one
        connection per request, so this bounds a request's time in SQLite)."""
        deadline = time.monotonic() + seconds
        self.conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)

    # -- context manager -------------------------------------------------------------------
    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- writing ---------------------------------------------------------------------------
    def ingest(self, sources: Iterable[Any], **options: Any) -> Any:
        """Read, analyse and add articles (see :func:`newstrace.api.ingest`); a RunReport."""
        from ..api import ingest  # the pipeline sits upstream of the store

        return ingest(sources, self, **options)

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store a batch of analysed articles in one transaction.

        An article whose id is already stored is not stored again; its path is recorded.
        """
        result = AddResult()
        with self.transaction() as conn:
            for article in articles:
                if self._known(article.id):
                    result.duplicates += 1
                else:
                    insert_article(conn, article)
                    result.stored += 1
                conn.executemany(
                    "INSERT OR IGNORE INTO article_paths(article_id, path) VALUES (?, ?)",
                    [(article.id, p) for p in (article.paths or [article.path])],
                )
        return result

    def replace_analyses(self, articles: Iterable[Article]) -> int:
        """Store fresh per-article analyses of already stored articles, in one transaction."""
        count = 0
        with self.transaction() as conn:
            for article in articles:
                replace_analysis(conn, article)
                count += 1
        return count

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _known(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def link(self) -> int:
        """Resolve entities across every stored article (the cross-article stage).

        Runs in one transaction; returns the number of entities. Blocking keeps it
        near-linear in the number of mentions.
        """
        from ..entities.resolve import resolve

        with self.transaction() as conn:
            count = replace_entities(conn, resolve(local_entities(conn)))
            self._trace(conn)
            return count

    def _trace(self, conn: sqlite3.Connection) -> None:
        """Stories for new articles (incremental), then events, their provenance and the
        sentence reuse, from every stored article."""
        from ..provenance import trace

        story_of_article = place_new_articles(conn)
        kinds = conn.execute("SELECT id, type, name, anonymous FROM entities")
        entities = [Entity(i, t, n, anonymous=bool(a)) for i, t, n, a in kinds]
        traced = trace(iter_articles(conn), entities, entity_map(conn), *_event_types())
        story_of = {
            event.id: Counter(story_of_article[a] for a in event.articles).most_common(1)[0][0]
            for event in traced.events
            if any(a in story_of_article for a in event.articles)
        }
        replace_events(conn, traced.events, traced.reuse, story_of)

    # -- reading ---------------------------------------------------------------------------
    def has_entities(self) -> bool:
        return self.conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is not None

    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article with its sentences, in the order they were first stored."""
        return iter_articles(self.conn)

    def iter_raw_articles(self) -> Iterator[RawArticle]:
        """Stored articles as the readers produced them (text and metadata, no analysis).

        The ids are read first, so the caller may write to the database while iterating.
        """
        ids = [row[0] for row in self.conn.execute("SELECT id FROM articles ORDER BY rowid")]
        for article_id in ids:
            names = ("id", "text", "path", "title", "url", "outlet", "published",
                     "published_source", "author", "format")  # fmt: skip
            row = self.conn.execute(
                f"SELECT {', '.join(names)} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is not None:
                yield RawArticle(**dict(zip(names, row, strict=True)))

    def stats(self) -> dict[str, object]:
        """Counts a user wants at a glance: articles, sentences, languages, outlets, dates."""
        conn = self.conn
        first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
        return {
            "articles": self.count_articles(),
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

    def export(self) -> Analysis:
        """The whole database as an :class:`Analysis` (the contract JSON's content)."""
        events = load_events(self.conn)
        return Analysis(
            articles=list(self.iter_articles()),
            entities=load_entities(self.conn),
            events=events,
            stories=load_stories(self.conn),
            timeline=self._timeline(events),
        )

    def entities(self) -> list[Entity]:
        """Every resolved entity with its mentions, merges and notes."""
        return load_entities(self.conn)

    def stories(self) -> list[Story]:
        """Every story with its articles, languages and events."""
        return load_stories(self.conn)

    def story(self, story_id: str) -> StoryView:
        """One story with its articles, events, the entities they name and the provenance
        graph; :class:`StoreError` for an unknown id."""
        from ..provenance import story_graph

        found = next(iter(load_stories(self.conn, [story_id])), None)
        if found is None:
            raise StoreError(f"no story {story_id!r} in {self.path}")
        members = set(found.articles)
        articles = list(iter_articles(self.conn, only=members))
        events = load_events(self.conn, story_id)
        named = {e for ev in events for e in (*ev.origins, *ev.actors, *ev.targets, *ev.places)}
        named |= {r.entity for ev in events for r in ev.responses if r.entity}
        named |= {a.outlet_entity for a in articles if a.outlet_entity}
        entities = load_entities(self.conn, named)
        reuse = load_reuse(self.conn, members)
        graph = story_graph(articles, events, {e.id: e for e in entities}, reuse)
        return StoryView(found, articles, events, entities, graph)

    def entity(self, entity_id: str) -> EntityView:
        """One entity with its mentions, merges and notes, the events that name it, and the
        facts of the articles that mention it; :class:`StoreError` for an unknown id."""
        found = next(iter(load_entities(self.conn, [entity_id])), None)
        if found is None:
            raise StoreError(f"no entity {entity_id!r} in {self.path}")
        ids = {m.article for m in found.mentions} | {n.article for n in found.notes}
        events = load_events(self.conn, entity=entity_id)
        chosen, args = among("id", [e.id for e in events])
        stories = dict(self.conn.execute("SELECT id, story FROM events WHERE 1" + chosen, args))
        return EntityView(found, events, self.article_facts(ids), stories)

    def article_facts(self, ids: Collection[str]) -> dict[str, ArticleFacts]:
        """Title, outlet, date, language and story of the given articles (no text)."""
        story_of = stories_of_articles(self.conn, ids)
        chosen, args = among("id", ids)
        rows = self.conn.execute(
            "SELECT id, title, outlet, published, language, url FROM articles WHERE 1" + chosen,
            args,
        )
        return {row[0]: ArticleFacts(*row, story=story_of.get(row[0])) for row in rows}

    def list_stories(
        self, wanted: StoryFilter | None = None, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[StorySummary], int]:
        """A page of stories passing ``wanted`` (newest first) and how many pass in all."""
        wanted = wanted or StoryFilter()
        match = fts_query(wanted.query) if wanted.query is not None else None
        return list_stories(self.conn, wanted, match, limit, offset)

    def story_facets(self) -> dict[str, list[str]]:
        """Languages, outlets and statuses present, for filter menus."""
        return story_facets(self.conn)

    def timeline(self) -> list[TimelineEntry]:
        """Every event in the order it happened (see :func:`newstrace.provenance.timeline`)."""
        return self._timeline(load_events(self.conn))

    def _timeline(self, events: list[Event]) -> list[TimelineEntry]:
        from ..provenance import timeline

        story_of = dict(self.conn.execute("SELECT id, story FROM events WHERE story IS NOT NULL"))
        return timeline(events, story_of)

    def events(self, story: str | None = None) -> list[Event]:
        """Events in timeline order, all of them or one story's."""
        return load_events(self.conn, story)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Sentences matching every word of ``query``, best first (BM25).

        Arabic and Persian words match across letter variants and attached clitics: "دمشق"
        finds "بدمشق" and "بدمشق" finds "دمشق".
        """
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
        for row in self.conn.execute(sql, (match, limit, offset)):
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


def open_db(path: str | os.PathLike[str], *, read_only: bool = False) -> Database:
    """Open (creating and migrating if needed) a newstrace database for incremental use."""
    return Database(path, read_only=read_only)
