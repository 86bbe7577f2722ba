"""Events and sentence reuse: written by the cross-article stage, read back as records."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from ..models import (
    DateReport,
    Event,
    EventDate,
    EventRoot,
    Evidence,
    Response,
    Reuse,
    RootReport,
    SentenceKey,
)
from .sql import among, plain


def entity_map(conn: sqlite3.Connection) -> dict[str, dict[int, str]]:
    """Article id -> article-local entity number -> resolved entity id (-1: the outlet)."""
    found: dict[str, dict[int, str]] = defaultdict(dict)
    for article_id, local, entity_id in conn.execute(
        "SELECT DISTINCT article_id, local, entity_id FROM mentions WHERE entity_id IS NOT NULL"
    ):
        found[article_id][local] = entity_id
    for article_id, outlet in conn.execute(
        "SELECT id, outlet_entity FROM articles WHERE outlet_entity IS NOT NULL"
    ):
        found[article_id][-1] = outlet
    return found


def replace_events(
    conn: sqlite3.Connection,
    events: Iterable[Event],
    reuse: Iterable[Reuse],
    story_of: Mapping[str, str],
) -> int:
    """Store a fresh set of events (with the story each belongs to) and the reuse found."""
    conn.execute("DELETE FROM event_entities")
    conn.execute("DELETE FROM events")
    conn.execute("DELETE FROM reuse")
    count = 0
    for event in events:
        conn.execute(
            "INSERT INTO events(id, type, date, status, story, data) VALUES (?,?,?,?,?,?)",
            (event.id, event.type, event.date.value, event.status, story_of.get(event.id),
             json.dumps(plain(event), ensure_ascii=False)),
        )  # fmt: skip
        conn.executemany(
            "INSERT OR IGNORE INTO event_entities(entity_id, role, event_id) VALUES (?,?,?)",
            [(entity, role, event.id) for role, entity in _named(event)],
        )
        count += 1
    conn.executemany(
        "INSERT INTO reuse VALUES (?,?,?,?,?,?)",
        [(r.later.article, r.later.sentence, r.earlier.article, r.earlier.sentence, r.kind,
          r.score) for r in reuse],
    )  # fmt: skip
    return count


def _named(event: Event) -> list[tuple[str, str]]:
    """(role, entity id) for every entity the event names."""
    roles = (("actor", event.actors), ("target", event.targets), ("place", event.places),
             ("origin", event.origins))  # fmt: skip
    return [(role, entity) for role, entities in roles for entity in entities]


def event_from_json(data: str) -> Event:
    raw = json.loads(data)
    raw["date"] = EventDate(**raw["date"])
    raw["evidence"] = [Evidence(**e) for e in raw["evidence"]]
    raw["responses"] = [
        Response(**{**r, "evidence": [Evidence(**e) for e in r.get("evidence", [])]})
        for r in raw["responses"]
    ]
    raw["roots"] = [
        EventRoot(**{**r, "reports": [RootReport(**x) for x in r["reports"]]})
        for r in raw.get("roots", [])
    ]
    raw["dates"] = [
        DateReport(**{**d, "evidence": [Evidence(**e) for e in d["evidence"]]})
        for d in raw.get("dates", [])
    ]
    return Event(**raw)


def load_events(
    conn: sqlite3.Connection, story: str | None = None, *, entity: str | None = None
) -> list[Event]:
    """Events in timeline order (event date, then id): all, one story's, or those naming one
    entity (as actor, target, place or origin)."""
    sql = "SELECT data FROM events WHERE 1"
    args: list[str] = []
    if story is not None:
        sql += " AND story = ?"
        args.append(story)
    if entity is not None:
        sql += " AND id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)"
        args.append(entity)
    rows = conn.execute(sql + " ORDER BY coalesce(date, '9999'), id", args)
    return [event_from_json(data) for (data,) in rows]


def load_reuse(conn: sqlite3.Connection, later: Collection[str] | None = None) -> list[Reuse]:
    """Sentence reuse found across articles: all, or that of the given (later) articles."""
    chosen, args = among("later_article", later)
    return [
        Reuse(SentenceKey(a, s), SentenceKey(b, t), kind, score)
        for a, s, b, t, kind, score in conn.execute(
            "SELECT later_article, later_sentence, earlier_article, earlier_sentence, kind,"
            " score FROM reuse WHERE 1" + chosen,
            args,
        )
    ]
