"""The embedded SQLite store: rows in, records out. It keeps; it does not decide.

:class:`Store` writes what the stages produced (analysed articles in batches, one
transaction per batch, so an interrupted run keeps every batch it finished; a resolution,
story docs, events) and reads records and read-models back (:mod:`.queries`). It imports no
stage: the engines (:mod:`newstrace.engines`) run the stages and hand it their records.
Read-only opening (``read_only=True``) uses SQLite's ``mode=ro`` so a viewer can never change
the data.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from ..errors import StoreError
from ..models import (
    Article,
    Entity,
    EntityMention,
    Event,
    RawArticle,
    ResolvedEntity,
    Reuse,
    Story,
)
from . import queries
from .articles import insert_article, iter_articles, replace_analysis
from .entities import article_outlets, load_entities, mention_groups, replace_entities
from .events import entity_map, load_events, replace_events
from .migrations import SCHEMA_VERSION, migrate
from .queries import (
    ArticleFacts,
    DrawGraph,
    EntityView,
    SearchHit,
    StoryFilter,
    StorySummary,
    StoryView,
    fts_query,
)
from .spool import Spool
from .stories import (
    VOCABULARY_KEY,
    add_story_docs,
    load_stories,
    mention_counts,
    replace_stories,
    story_docs,
)

__all__ = [
    "SCHEMA_VERSION",
    "VOCABULARY_KEY",
    "AddResult",
    "ArticleFacts",
    "EntityView",
    "SearchHit",
    "Spool",
    "Store",
    "StoryFilter",
    "StorySummary",
    "StoryView",
    "fts_query",
]


@dataclass(slots=True)
class AddResult:
    stored: int = 0
    duplicates: int = 0


class Store:
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
    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- writing: analysed articles ---------------------------------------------------------
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

    # -- writing: what the corpus stages made (inside a transaction) --------------------------
    def replace_entities(self, resolved: Iterable[ResolvedEntity]) -> int:
        """A fresh resolution: entities, mention links, article outlets; their number."""
        return replace_entities(self.conn, resolved)

    def add_story_docs(self, rows: Iterable[tuple[str, int, str, str]]) -> None:
        """File story docs: (article id, seq, story id, doc JSON) each."""
        add_story_docs(self.conn, rows)

    def replace_stories(self, stories: Iterable[Story]) -> None:
        replace_stories(self.conn, stories)

    def replace_events(
        self, events: Iterable[Event], reuse: Iterable[Reuse], story_of: dict[str, str]
    ) -> int:
        """A fresh set of events (with the story each belongs to) and the reuse found."""
        return replace_events(self.conn, events, reuse, story_of)

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def spool(self, name: str) -> Spool:
        """A temporary table of text rows for the current transaction (see :class:`Spool`)."""
        return Spool(self.conn, name)

    # -- reading: rows the corpus stages start from --------------------------------------------
    def mention_groups(self) -> Iterator[tuple[str, int, list[EntityMention]]]:
        """Each article's mentions grouped by article-local entity (article id, then local)."""
        return mention_groups(self.conn)

    def article_outlets(self) -> Iterator[tuple[str, str, str | None]]:
        """(article id, outlet, url) of every article whose outlet is known."""
        return article_outlets(self.conn)

    def story_docs(self) -> Iterator[tuple[str, str, str]]:
        """(article id, story id, doc JSON) of every filed article, in filing order."""
        return story_docs(self.conn)

    def mention_counts(self, article_id: str) -> list[tuple[Entity, int, int]]:
        """Per resolved entity an article mentions: (entity, mentions, framing mentions)."""
        return mention_counts(self.conn, article_id)

    def entity_kinds(self) -> list[Entity]:
        """Every resolved entity's id, type, name and anonymity (no mentions)."""
        kinds = self.conn.execute("SELECT id, type, name, anonymous FROM entities")
        return [Entity(i, t, n, anonymous=bool(a)) for i, t, n, a in kinds]

    def entity_map(self) -> dict[str, dict[int, str]]:
        """Article id -> article-local entity number -> resolved entity id (-1: the outlet)."""
        return entity_map(self.conn)

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    # -- reading ---------------------------------------------------------------------------
    def has_entities(self) -> bool:
        return self.conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is not None

    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def iter_articles(
        self,
        exclude: Collection[str] = frozenset(),
        only: Collection[str] | None = None,
        by_date: bool = False,
    ) -> Iterator[Article]:
        """Every stored article with its sentences, in the order they were first stored (but
        those in ``exclude``; with ``only``, just those); ``by_date``: in order of
        publication, undated last, ties by id (an order the input order does not change)."""
        return iter_articles(self.conn, exclude, only, by_date)

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

    def stats(self) -> dict[str, Any]:
        """Counts a user wants at a glance: articles, sentences, languages, outlets, dates."""
        return queries.stats(self.conn)

    def entities(self) -> list[Entity]:
        """Every resolved entity with its mentions, merges and notes."""
        return load_entities(self.conn)

    def stories(self) -> list[Story]:
        """Every story with its articles, languages and events."""
        return load_stories(self.conn)

    def events(self, story: str | None = None) -> list[Event]:
        """Events in timeline order (event date, then id), all of them or one story's."""
        return load_events(self.conn, story)

    def event_stories(self) -> dict[str, str]:
        """Event id -> story id, for every event filed in a story."""
        return queries.event_stories(self.conn)

    def story_view(self, story_id: str, draw: DrawGraph) -> StoryView:
        """One story with its articles, events, the entities they name and the provenance
        graph ``draw`` makes of them; :class:`StoreError` for an unknown id."""
        found = queries.story_view(self.conn, story_id, draw)
        if found is None:
            raise StoreError(f"no story {story_id!r} in {self.path}")
        return found

    def entity(self, entity_id: str) -> EntityView:
        """One entity with its mentions, merges and notes, the events that name it, and the
        facts of the articles that mention it; :class:`StoreError` for an unknown id."""
        found = queries.entity_view(self.conn, entity_id)
        if found is None:
            raise StoreError(f"no entity {entity_id!r} in {self.path}")
        return found

    def article_facts(self, ids: Collection[str]) -> dict[str, ArticleFacts]:
        """Title, outlet, date, language and story of the given articles (no text)."""
        return queries.article_facts(self.conn, ids)

    def list_stories(
        self, wanted: StoryFilter | None = None, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[StorySummary], int]:
        """A page of stories passing ``wanted`` (newest first) and how many pass in all."""
        wanted = wanted or StoryFilter()
        match = fts_query(wanted.query) if wanted.query is not None else None
        return queries.list_stories(self.conn, wanted, match, limit, offset)

    def story_facets(self) -> dict[str, list[str]]:
        """Languages, outlets and statuses present, for filter menus."""
        return queries.story_facets(self.conn)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Sentences matching every word of ``query``, best first (BM25).

        Arabic and Persian words match across letter variants and attached clitics: "دمشق"
        finds "بدمشق" and "بدمشق" finds "دمشق".
        """
        return queries.search(self.conn, query, limit, offset)
