"""Versioned schema migrations, applied in order; ``PRAGMA user_version`` is the version.

Append new migrations; never edit one that has shipped, since databases in the field have run it.
"""

from __future__ import annotations

import sqlite3

from ..errors import StoreError

MIGRATIONS: list[str] = [
    # 1: articles, their input paths, sentences as offsets, and the sentence search index.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        published_source TEXT,
        language TEXT,
        author TEXT,
        format TEXT,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE article_paths (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        PRIMARY KEY (article_id, path)
    ) WITHOUT ROWID;
    -- Sentence text is not copied: it is substr(articles.text, start + 1, end - start).
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'report',
        hedged INTEGER NOT NULL DEFAULT 0,
        cites TEXT NOT NULL DEFAULT '[]',
        UNIQUE (article_id, idx)
    );
    -- Contentless: it holds folded words and clitic-free variants (see nlp.normalize),
    -- and its rowid is sentences.id.
    CREATE VIRTUAL TABLE sentence_index USING fts5(
        words, content='', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: date expressions per sentence, entity mentions per article, resolved entities.
    # Databases written by version 1 have no mentions: `newstrace reanalyze` fills them.
    """
    ALTER TABLE sentences ADD COLUMN dates TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE articles ADD COLUMN outlet_entity TEXT;
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        source TEXT NOT NULL,
        confidence REAL NOT NULL,
        local INTEGER NOT NULL,
        place TEXT,
        country TEXT,
        role TEXT,
        publisher INTEGER NOT NULL DEFAULT 0,
        entity_id TEXT
    );
    CREATE INDEX mentions_article ON mentions(article_id, local);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    -- Rebuilt by the cross-article resolution after every ingest (see api.link).
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL,
        merges TEXT NOT NULL,
        country TEXT,
        lat REAL,
        lon REAL,
        gazetteer TEXT,
        confidence REAL NOT NULL
    );
    """,
    # 3: claims. Per sentence, attributions / hedges / responses / subjectivity as JSON, with
    # article-local entity numbers (mentions.local) that reading maps to resolved entity ids;
    # `cites` holds those local numbers too. Anonymous sources, and notes about sources.
    # Databases written by version 2 have no claims: `newstrace reanalyze` fills them.
    """
    ALTER TABLE sentences ADD COLUMN claims TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE mentions ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE entities ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    );
    CREATE INDEX notes_article ON notes(article_id, local);
    """,
    # 4: events, stories and provenance. Per article, its event mentions as JSON (article-
    # local entity numbers, like mentions); the cross-article stage rebuilds `events` and
    # `reuse` after every ingest, while story membership is kept and only extended
    # (incremental), with each article's story features stored to place later articles.
    """
    CREATE TABLE event_mentions (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        date TEXT,
        status TEXT NOT NULL,
        story TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX events_story ON events(story);
    CREATE TABLE reuse (
        later_article TEXT NOT NULL,
        later_sentence INTEGER NOT NULL,
        earlier_article TEXT NOT NULL,
        earlier_sentence INTEGER NOT NULL,
        kind TEXT NOT NULL,
        score REAL NOT NULL
    );
    CREATE TABLE story_docs (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        story TEXT,
        data TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX story_docs_story ON story_docs(story);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        data TEXT NOT NULL
    );
    """,
    # 5: which entities each event names, and in which role, so an entity's page finds its
    # events through an index; rebuilt with `events`. Filled here from the stored events.
    # A story's page reads the reuse of its own articles only.
    """
    CREATE INDEX reuse_later ON reuse(later_article);
    CREATE TABLE event_entities (
        entity_id TEXT NOT NULL,
        role TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY (entity_id, role, event_id)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO event_entities
        SELECT j.value, r.role, e.id FROM events e
        JOIN (SELECT 'actor' AS role, '$.actors' AS path UNION ALL SELECT 'target', '$.targets'
              UNION ALL SELECT 'place', '$.places' UNION ALL SELECT 'origin', '$.origins') r
        JOIN json_each(e.data, r.path) j;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to version ``target`` (by default :data:`SCHEMA_VERSION`; an older
    one builds the database an earlier newstrace wrote, for tests); returns the version it
    started at. A database already at or past ``target`` is left as it is.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each migration runs in a
    transaction of its own, so a failed one leaves the database at the previous version.
    """
    if not 0 <= target <= SCHEMA_VERSION:
        raise ValueError(f"no schema version {target} (this newstrace knows 0-{SCHEMA_VERSION})")
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this newstrace "
            f"({SCHEMA_VERSION}); upgrade newstrace"
        )
    for number in range(version, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            _run_script(conn, MIGRATIONS[number])
            conn.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return version


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run a migration's statements inside the open transaction (executescript would commit)."""
    for statement in _statements(script):
        conn.execute(statement)


def _statements(script: str) -> list[str]:
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
