"""Resolved entities: read the per-article groups out, write the resolution back in."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import asdict
from itertools import groupby
from operator import itemgetter

from ..entities.places import gazetteer
from ..entities.resolve import LocalEntity, ResolvedEntity
from ..ingest.markup import host_of
from ..models import Entity, Mention, Merge, Note
from .sql import among


def local_entities(conn: sqlite3.Connection) -> Iterator[LocalEntity]:
    """Each article's entity groups, plus each article's own outlet (local -1)."""
    rows = conn.execute(
        "SELECT article_id, local, type, text, place, country, publisher, confidence,"
        " anonymous FROM mentions ORDER BY article_id, local, start"
    )
    for (article_id, local), group in groupby(rows, key=itemgetter(0, 1)):
        members = list(group)
        kinds = Counter(row[2] for row in members)
        kind = "outlet" if kinds["outlet"] else kinds.most_common(1)[0][0]
        yield LocalEntity(
            article=article_id,
            local=local,
            type=kind,
            names=[row[3] for row in members],
            place=next((row[4] for row in members if row[4]), None),
            country=next((row[5] for row in members if row[5]), None),
            publisher=any(row[6] for row in members),
            confidence=max(row[7] for row in members),
            anonymous=any(row[8] for row in members),
        )
    for article_id, outlet, url in conn.execute(
        "SELECT id, outlet, url FROM articles WHERE outlet IS NOT NULL"
    ):
        names = [outlet]
        host = host_of(url)
        if host and host != outlet:
            names.append(host)
        yield LocalEntity(article_id, -1, "outlet", names, publisher=True)


def replace_entities(conn: sqlite3.Connection, resolved: Iterable[ResolvedEntity]) -> int:
    """Store a fresh resolution: the entities table, mention links and article outlets."""
    places = gazetteer()
    conn.execute("DELETE FROM entities")
    conn.execute("UPDATE mentions SET entity_id = NULL")
    conn.execute("UPDATE articles SET outlet_entity = NULL")
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS member(article_id TEXT, local INTEGER, entity TEXT)"
    )
    conn.execute("DELETE FROM member")
    count = 0
    for entity in resolved:
        place = places.get(entity.place) if entity.place else None
        conn.execute(
            "INSERT INTO entities(id, type, name, aliases, merges, country, lat, lon, gazetteer,"
            " confidence, anonymous) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (entity.id, entity.type, entity.name, json.dumps(entity.aliases, ensure_ascii=False),
             json.dumps([asdict(m) for m in entity.merges], ensure_ascii=False),
             entity.country, place.lat if place else None, place.lon if place else None,
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
