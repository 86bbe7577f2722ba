"""Entities: the per-article mention groups read out, a resolution written back in, and the
resolved entities read back as records."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from itertools import groupby
from typing import Any

from ..models import Entity, EntityMention, Mention, Merge, Note, ResolvedEntity
from .articles import MENTION_COLUMNS, columns
from .sql import among, plain

_LOCAL = 1 + MENTION_COLUMNS.index("local")


def mention_groups(conn: sqlite3.Connection) -> Iterator[tuple[str, int, list[EntityMention]]]:
    """Each article's mentions grouped by article-local entity, by article id then local."""
    rows = conn.execute(
        f"SELECT article_id, {columns(MENTION_COLUMNS)} FROM mentions"
        " ORDER BY article_id, local, start"
    )
    for (article_id, local), group in groupby(rows, key=_article_and_local):
        yield article_id, local, [_mention(row) for row in group]


def _article_and_local(row: tuple[Any, ...]) -> tuple[str, int]:
    return row[0], row[_LOCAL]


def _mention(row: tuple[Any, ...]) -> EntityMention:
    mention = EntityMention(*row[1:])
    mention.publisher = bool(mention.publisher)
    mention.anonymous = bool(mention.anonymous)
    return mention


def article_outlets(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str | None]]:
    """(article id, outlet name, url) of each article whose outlet is known."""
    yield from conn.execute("SELECT id, outlet, url FROM articles WHERE outlet IS NOT NULL")


def replace_entities(conn: sqlite3.Connection, resolved: Iterable[ResolvedEntity]) -> int:
    """Store a fresh resolution: the entities table, mention links and article outlets."""
    conn.execute("DELETE FROM entities")
    conn.execute("UPDATE mentions SET entity_id = NULL")
    conn.execute("UPDATE articles SET outlet_entity = NULL")
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS member(article_id TEXT, local INTEGER, entity TEXT)"
    )
    conn.execute("DELETE FROM member")
    count = 0
    for entity in resolved:
        lat, lon = entity.coordinates or (None, None)
        conn.execute(
            "INSERT INTO entities(id, type, name, aliases, merges, country, lat, lon, gazetteer,"
            " confidence, anonymous) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (entity.id, entity.type, entity.name, json.dumps(entity.aliases, ensure_ascii=False),
             json.dumps([plain(m) for m in entity.merges], ensure_ascii=False),
             entity.country, lat, lon,
             entity.place, entity.confidence, int(entity.anonymous)),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO member(article_id, local, entity) VALUES (?,?,?)",
            [(article, local, entity.id) for article, local in entity.members],
        )
        count += 1
    conn.execute("CREATE INDEX IF NOT EXISTS temp.member_key ON member(article_id, local)")
    conn.execute(
        "UPDATE mentions SET entity_id = (SELECT entity FROM member m"
        " WHERE m.article_id = mentions.article_id AND m.local = mentions.local)"
    )
    conn.execute(
        "UPDATE articles SET outlet_entity = (SELECT entity FROM member m"
        " WHERE m.article_id = articles.id AND m.local = -1)"
    )
    conn.execute("DROP TABLE member")
    return count


def load_entities(conn: sqlite3.Connection, only: Collection[str] | None = None) -> list[Entity]:
    """Resolved entities with their mentions (offsets into article text), in id order: all
    of them, or those whose id is in ``only`` (read through the indexes, not a full scan)."""
    mentions: dict[str, list[Mention]] = defaultdict(list)
    chosen, args = among("entity_id", only)
    for entity_id, article_id, sentence, start, end, text, role, source in conn.execute(
        'SELECT entity_id, article_id, sentence, start, "end", text, role, source FROM mentions'
        " WHERE entity_id IS NOT NULL" + chosen + " ORDER BY article_id, start",
        args,
    ):
        mentions[entity_id].append(Mention(article_id, sentence, text, start, end, role, source))
    notes = _notes_by_entity(conn, *among("m.entity_id", only))
    entities = []
    chosen, args = among("id", only)
    for row in conn.execute(
        "SELECT id, type, name, aliases, merges, country, lat, lon, gazetteer, confidence,"
        " anonymous FROM entities WHERE 1" + chosen + " ORDER BY rowid",
        args,
    ):
        (entity_id, kind, name, aliases, merges, country, lat, lon, gazetteer_id, confidence,
         anonymous) = row  # fmt: skip
        entities.append(
            Entity(
                id=entity_id, type=kind, name=name, aliases=json.loads(aliases),
                mentions=mentions.get(entity_id, []), notes=notes.get(entity_id, []),
                merges=[Merge(**m) for m in json.loads(merges)], country=country,
                coordinates=[lat, lon] if lat is not None else None, gazetteer=gazetteer_id,
                confidence=confidence, anonymous=bool(anonymous),
            )
        )  # fmt: skip
    return entities


def _notes_by_entity(
    conn: sqlite3.Connection, chosen: str = "", args: tuple[str, ...] = ()
) -> dict[str, list[Note]]:
    """Notes about sources, keyed by the resolved entity of the local entity they describe."""
    found: dict[str, list[Note]] = defaultdict(list)
    rows = conn.execute(
        'SELECT DISTINCT m.entity_id, n.article_id, n.sentence, n.kind, n.text, n.start, n."end"'
        " FROM notes n JOIN mentions m ON m.article_id = n.article_id AND m.local = n.local"
        " WHERE m.entity_id IS NOT NULL" + chosen + " ORDER BY n.article_id, n.start",
        args,
    )
    for entity_id, article_id, sentence, kind, text, start, end in rows:
        found[entity_id].append(Note(text, article_id, sentence, kind, start, end))
    return found
