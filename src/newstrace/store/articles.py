"""Articles, sentences, date expressions and entity mentions: rows in, records out."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Container, Iterator
from typing import Any

from ..models import (
    Article,
    Attribution,
    DateRef,
    EntityMention,
    EventMention,
    LocalNote,
    Sentence,
    SentenceResponse,
    TextSpan,
)
from ..nlp import index_text
from .sql import among, plain

ARTICLE_COLUMNS = (
    "id", "path", "url", "outlet", "title", "published", "published_source", "language",
    "author", "format", "text", "outlet_entity",
)  # fmt: skip
MENTION_COLUMNS = (
    "sentence", "start", "end", "text", "type", "source", "confidence", "local", "place",
    "country", "role", "publisher", "anonymous",
)  # fmt: skip
NOTE_COLUMNS = ("local", "sentence", "kind", "text", "start", "end")
_QUOTED = {"end": '"end"'}


def columns(names: tuple[str, ...]) -> str:
    return ", ".join(_QUOTED.get(n, n) for n in names)


def insert_article(conn: sqlite3.Connection, article: Article) -> None:
    """Write one article with its sentences, search words, dates and mentions."""
    values = [getattr(article, c) for c in ARTICLE_COLUMNS]
    conn.execute(
        f"INSERT INTO articles({columns(ARTICLE_COLUMNS)}) VALUES "
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
    conn.execute("DELETE FROM notes WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM event_mentions WHERE article_id = ?", (article_id,))


def insert_analysis(conn: sqlite3.Connection, article: Article) -> None:
    """Sentences (with search words and dates) and mentions of a stored article."""
    for sentence in article.sentences:
        cursor = conn.execute(
            'INSERT INTO sentences(article_id, idx, start, "end", kind, hedged, cites, dates,'
            " claims) VALUES (?,?,?,?,?,?,?,?,?)",
            (article.id, sentence.index, sentence.start, sentence.end, sentence.kind,
             int(sentence.hedged), json.dumps(cited_locals(sentence)),
             json.dumps([plain(d) for d in sentence.dates], ensure_ascii=False),
             json.dumps(_claims_json(sentence), ensure_ascii=False)),
        )  # fmt: skip
        conn.execute(
            "INSERT INTO sentence_index(rowid, words) VALUES (?, ?)",
            (cursor.lastrowid, index_text(sentence.text)),
        )
    conn.executemany(
        f"INSERT INTO mentions(article_id, {columns(MENTION_COLUMNS)}) VALUES "
        f"(?, {','.join('?' * len(MENTION_COLUMNS))})",
        [(article.id, *(getattr(m, c) for c in MENTION_COLUMNS)) for m in article.mentions],
    )
    conn.executemany(
        f"INSERT INTO notes(article_id, {columns(NOTE_COLUMNS)}) VALUES "
        f"(?, {','.join('?' * len(NOTE_COLUMNS))})",
        [(article.id, *(getattr(n, c) for c in NOTE_COLUMNS)) for n in article.notes],
    )
    if article.events:
        conn.execute(
            "INSERT INTO event_mentions(article_id, data) VALUES (?, ?)",
            (article.id, json.dumps([plain(e) for e in article.events], ensure_ascii=False)),
        )


def _event_mentions(conn: sqlite3.Connection, article_id: str) -> list[EventMention]:
    row = conn.execute(
        "SELECT data FROM event_mentions WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return []
    return [EventMention(**{**e, "trigger": TextSpan(**e["trigger"])}) for e in json.loads(row[0])]


def cited_locals(sentence: Sentence) -> list[int]:
    """Article-local entities of the sources the sentence itself cites (responding parties
    included), first cited first."""
    found = [a.local for a in sentence.attributions if not a.nested and a.local is not None]
    found += [r.local for r in sentence.responses if r.local is not None]
    return list(dict.fromkeys(found))


def _claims_json(sentence: Sentence) -> dict[str, object]:
    return {
        "attributions": [plain(a) for a in sentence.attributions],
        "hedges": [plain(h) for h in sentence.hedges],
        "responses": [plain(r) for r in sentence.responses],
        "beliefs": [plain(b) for b in sentence.beliefs],
        "findings": [plain(f) for f in sentence.findings],
        "subjectivity": sentence.subjectivity,
    }


def _span(data: dict[str, object] | None) -> TextSpan | None:
    return TextSpan(**data) if data else None  # type: ignore[arg-type]


def _sentence(text: str, row: tuple[Any, ...], entity_of: dict[int, str]) -> Sentence:
    """A stored sentence, its local entity numbers turned into resolved entity ids."""
    idx, start, end, kind, hedged, cites, dates, claims = row
    data = json.loads(claims)
    attributions = [_attribution(a, entity_of) for a in data.get("attributions", [])]
    responses = [
        SentenceResponse(**{**r, "cue": _span(r["cue"]), "party": _span(r["party"]),
                            "entity": entity_of.get(r["local"])})
        for r in data.get("responses", [])
    ]  # fmt: skip
    locals_ = json.loads(cites)
    return Sentence(
        index=idx, text=text[start:end], start=start, end=end, kind=kind,
        hedged=bool(hedged),
        cites=list(dict.fromkeys(entity_of[n] for n in locals_ if n in entity_of)),
        dates=[DateRef(**d) for d in json.loads(dates)],
        attributions=attributions,
        hedges=[TextSpan(**h) for h in data.get("hedges", [])],
        responses=responses,
        subjectivity=data.get("subjectivity"),
        beliefs=[_attribution(b, entity_of) for b in data.get("beliefs", [])],
        findings=[_attribution(f, entity_of) for f in data.get("findings", [])],
    )  # fmt: skip


def _attribution(a: dict[str, Any], entity_of: dict[int, str]) -> Attribution:
    """A stored attribution or belief, its local source entity turned into the resolved id."""
    spans = {key: _span(a[key]) for key in ("cue", "source", "content")}
    return Attribution(**{**a, **spans, "entity": entity_of.get(a["local"])})


def iter_articles(
    conn: sqlite3.Connection,
    exclude: Container[str] = frozenset(),
    only: Collection[str] | None = None,
    by_date: bool = False,
) -> Iterator[Article]:
    """Every stored article with sentences and mentions, in the order first stored; those
    whose id is in ``exclude`` are skipped before anything else of them is read, and with
    ``only`` just those articles are read (through the primary key).

    ``by_date``: in order of publication instead (undated articles last), ties by id. Ids
    are content keys, so this order does not depend on the order the input came in."""
    paths: dict[str, list[str]] = defaultdict(list)
    chosen, args = among("article_id", only)
    for article_id, path in conn.execute(
        "SELECT article_id, path FROM article_paths WHERE 1" + chosen, args
    ):
        paths[article_id].append(path)
    chosen, args = among("id", only)
    cursor = conn.execute(
        f"SELECT {columns(ARTICLE_COLUMNS)} FROM articles WHERE 1" + chosen + _order(by_date),
        args,
    )
    for row in cursor:
        fields = dict(zip(ARTICLE_COLUMNS, row, strict=True))
        if fields["id"] in exclude:
            continue
        text = fields["text"]
        entity_of = _entity_ids(conn, fields["id"], fields["outlet_entity"])
        sentences = [
            _sentence(text, row, entity_of)
            for row in conn.execute(
                'SELECT idx, start, "end", kind, hedged, cites, dates, claims FROM sentences'
                " WHERE article_id = ? ORDER BY idx",
                (fields["id"],),
            )
        ]
        mentions = [
            EntityMention(**dict(zip(MENTION_COLUMNS, m, strict=True)))
            for m in conn.execute(
                f"SELECT {columns(MENTION_COLUMNS)} FROM mentions WHERE article_id = ?"
                " ORDER BY start, id",
                (fields["id"],),
            )
        ]
        for mention in mentions:
            mention.publisher = bool(mention.publisher)
            mention.anonymous = bool(mention.anonymous)
        notes = [
            LocalNote(*row)
            for row in conn.execute(
                f"SELECT {columns(NOTE_COLUMNS)} FROM notes WHERE article_id = ? ORDER BY id",
                (fields["id"],),
            )
        ]
        yield Article(
            **fields,
            sentences=sentences,
            paths=sorted(paths.get(fields["id"], [fields["path"]])),
            mentions=mentions,
            notes=notes,
            events=_event_mentions(conn, fields["id"]),
        )


def _order(by_date: bool) -> str:
    if by_date:
        return " ORDER BY published IS NULL, published, id"
    return " ORDER BY rowid"


def _entity_ids(conn: sqlite3.Connection, article_id: str, outlet: str | None) -> dict[int, str]:
    """Article-local entity number -> resolved entity id (-1: the article's own outlet)."""
    found = dict(
        conn.execute(
            "SELECT DISTINCT local, entity_id FROM mentions"
            " WHERE article_id = ? AND entity_id IS NOT NULL",
            (article_id,),
        ).fetchall()
    )
    if outlet:
        found[-1] = outlet
    return found
