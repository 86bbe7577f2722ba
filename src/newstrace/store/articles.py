"""Articles, sentences, date expressions and entity mentions: rows in, records out."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict

from ..models import Article, DateRef, EntityMention, Sentence
from ..nlp import index_text

ARTICLE_COLUMNS = (
    "id", "path", "url", "outlet", "title", "published", "published_source", "language",
    "author", "format", "text", "outlet_entity",
)  # fmt: skip
MENTION_COLUMNS = (
    "sentence", "start", "end", "text", "type", "source", "confidence", "local", "place",
    "country", "role", "publisher",
)  # fmt: skip
_QUOTED = {"end": '"end"'}


def _columns(names: tuple[str, ...]) -> str:
    return ", ".join(_QUOTED.get(n, n) for n in names)


def insert_article(conn: sqlite3.Connection, article: Article) -> None:
    """Write one article with its sentences, search words, dates and mentions."""
    values = [getattr(article, c) for c in ARTICLE_COLUMNS]
    conn.execute(
        f"INSERT INTO articles({_columns(ARTICLE_COLUMNS)}) VALUES "
        f"({','.join('?' * len(ARTICLE_COLUMNS))})",
        values,
    )
    insert_analysis(conn, article)


def replace_analysis(conn: sqlite3.Connection, article: Article) -> None:
    """Swap a stored article's analysis (language, sentences, dates, mentions) for a new one."""
    delete_analysis(conn, article.id)
    conn.execute("UPDATE articles SET language = ? WHERE id = ?", (article.language, article.id))
    insert_analysis(conn, article)


def delete_analysis(conn: sqlite3.Connection, article_id: str) -> None:
    (text,) = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    rows = conn.execute(
        'SELECT id, start, "end" FROM sentences WHERE article_id = ?', (article_id,)
    ).fetchall()
    # A contentless FTS5 row is removed by handing back exactly what was indexed.
    conn.executemany(
        "INSERT INTO sentence_index(sentence_index, rowid, words) VALUES ('delete', ?, ?)",
        [(rowid, index_text(text[start:end])) for rowid, start, end in rows],
    )
    conn.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))


def insert_analysis(conn: sqlite3.Connection, article: Article) -> None:
    """Sentences (with search words and dates) and mentions of a stored article."""
    for sentence in article.sentences:
        cursor = conn.execute(
            'INSERT INTO sentences(article_id, idx, start, "end", kind, hedged, cites, dates)'
            " VALUES (?,?,?,?,?,?,?,?)",
            (article.id, sentence.index, sentence.start, sentence.end, sentence.kind,
             int(sentence.hedged), json.dumps(sentence.cites),
             json.dumps([asdict(d) for d in sentence.dates], ensure_ascii=False)),
        )  # fmt: skip
        conn.execute(
            "INSERT INTO sentence_index(rowid, words) VALUES (?, ?)",
            (cursor.lastrowid, index_text(sentence.text)),
        )
    conn.executemany(
        f"INSERT INTO mentions(article_id, {_columns(MENTION_COLUMNS)}) VALUES "
        f"(?, {','.join('?' * len(MENTION_COLUMNS))})",
        [(article.id, *(getattr(m, c) for c in MENTION_COLUMNS)) for m in article.mentions],
    )


def iter_articles(conn: sqlite3.Connection) -> Iterator[Article]:
    """Every stored article with sentences and mentions, in the order first stored."""
    paths: dict[str, list[str]] = defaultdict(list)
    for article_id, path in conn.execute("SELECT article_id, path FROM article_paths"):
        paths[article_id].append(path)
    cursor = conn.execute(f"SELECT {_columns(ARTICLE_COLUMNS)} FROM articles ORDER BY rowid")
    for row in cursor:
        fields = dict(zip(ARTICLE_COLUMNS, row, strict=True))
        text = fields["text"]
        sentences = [
            Sentence(index=idx, text=text[start:end], start=start, end=end, kind=kind,
                     hedged=bool(hedged), cites=json.loads(cites),
                     dates=[DateRef(**d) for d in json.loads(dates)])
            for idx, start, end, kind, hedged, cites, dates in conn.execute(
                'SELECT idx, start, "end", kind, hedged, cites, dates FROM sentences'
                " WHERE article_id = ? ORDER BY idx",
                (fields["id"],),
            )
        ]  # fmt: skip
        mentions = [
            EntityMention(**dict(zip(MENTION_COLUMNS, m, strict=True)))
            for m in conn.execute(
                f"SELECT {_columns(MENTION_COLUMNS)} FROM mentions WHERE article_id = ?"
                " ORDER BY start, id",
                (fields["id"],),
            )
        ]
        for mention in mentions:
            mention.publisher = bool(mention.publisher)
        yield Article(
            **fields,
            sentences=sentences,
            paths=sorted(paths.get(fields["id"], [fields["path"]])),
            mentions=mentions,
        )
