"""Stories in the database: the story index's state, the stories, and reading them back.

Each stored article keeps its story features (a story doc, as the JSON text the stories
package encodes) and its story, in filing order (``seq``); the vocabulary that weighs new
articles is kept in ``meta`` under :data:`VOCABULARY_KEY`. Filing new articles is the
``stories`` corpus stage's work (``newstrace.corpus``); the store only keeps the rows, so
story ids stay as they were filed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator

from ..models import Entity, Story
from .sql import among, plain

VOCABULARY_KEY = "story_vocabulary"


def story_docs(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str]]:
    """(article id, story id, doc JSON) of every filed article, in filing order."""
    yield from conn.execute("SELECT article_id, story, data FROM story_docs ORDER BY seq")


def add_story_docs(conn: sqlite3.Connection, rows: Iterable[tuple[str, int, str, str]]) -> None:
    """File docs: (article id, seq, story id, doc JSON) each."""
    conn.executemany("INSERT INTO story_docs(article_id, seq, story, data) VALUES (?,?,?,?)", rows)


def replace_stories(conn: sqlite3.Connection, stories: Iterable[Story]) -> None:
    """Store every story afresh (events and publication range are read from their tables)."""
    conn.execute("DELETE FROM stories")
    conn.executemany(
        "INSERT INTO stories(id, title, data) VALUES (?,?,?)",
        ((s.id, s.title, json.dumps(plain(s), ensure_ascii=False)) for s in stories),
    )


def mention_counts(conn: sqlite3.Connection, article_id: str) -> list[tuple[Entity, int, int]]:
    """Per resolved entity one article mentions (in id order): the entity (id, type,
    gazetteer, anonymous), its mentions there, and how many of them only frame the story
    (dateline, caption)."""
    rows = conn.execute(
        "SELECT m.entity_id, count(*), sum(m.role IN ('dateline', 'caption')), e.type,"
        " e.gazetteer, e.anonymous FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id = ? GROUP BY m.entity_id",
        (article_id,),
    )
    return [
        (Entity(entity_id, kind, "", gazetteer=gazetteer, anonymous=bool(anonymous)), n, framed)
        for entity_id, n, framed, kind, gazetteer, anonymous in rows
    ]


def load_stories(conn: sqlite3.Connection, only: Collection[str] | None = None) -> list[Story]:
    """Stories with their events (ids, in timeline order) and publication range: all of
    them, or those whose id is in ``only`` (read through the indexes)."""
    chosen, args = among("story", only)
    events: dict[str, list[str]] = defaultdict(list)
    for story, event in conn.execute(
        "SELECT story, id FROM events WHERE story IS NOT NULL"
        + chosen
        + " ORDER BY coalesce(date, '9999'), id",
        args,
    ):
        events[story].append(event)
    chosen, args = among("d.story", only)
    ranges = dict(
        (story, (first, last))
        for story, first, last in conn.execute(
            "SELECT d.story, min(a.published), max(a.published) FROM story_docs d"
            " JOIN articles a ON a.id = d.article_id WHERE 1" + chosen + " GROUP BY d.story",
            args,
        )
    )
    stories = []
    chosen, args = among("id", only)
    for (data,) in conn.execute(
        "SELECT data FROM stories WHERE 1" + chosen + " ORDER BY rowid", args
    ):
        story = Story(**json.loads(data))
        story.events = events.get(story.id, [])
        story.first_published, story.last_published = ranges.get(story.id, (None, None))
        stories.append(story)
    return stories


def stories_of_articles(conn: sqlite3.Connection, ids: Collection[str]) -> dict[str, str]:
    """Article id -> story id, for the given articles that have one."""
    chosen, args = among("article_id", ids)
    return dict(
        conn.execute(
            "SELECT article_id, story FROM story_docs WHERE story IS NOT NULL" + chosen, args
        )
    )
