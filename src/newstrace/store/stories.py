"""Stories in the database: incremental placement of new articles, and reading them back.

Each stored article keeps its story features (a :class:`StoryDoc`, as JSON) and its story;
the word/entity frequencies that weigh new articles are kept too. Adding articles reloads the
stored docs into a :class:`StoryIndex` without comparing them again (``restore``), counts and
weighs only the new articles, and files them: old assignments never change, so story ids
are stable across ingests. Entity ids in old docs are the ids of the resolution they were
filed under; an entity whose id later changes simply stops linking new articles to them.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import asdict, dataclass, fields
from typing import Any

from ..models import Article, Entity, Event, Sentence, Story
from ..provenance.graph import Graph
from ..stories import STORY_WEIGHTS, StoryDoc, StoryIndex, Vocabulary, entity_weight
from ..stories.features import ArticleCounts, count_features, weigh
from .articles import iter_articles
from .sql import among

_VOCABULARY = "story_vocabulary"
# Stories are filed with STORY_WEIGHTS; character grams are counted only if those use them.
_GRAMS = STORY_WEIGHTS.grams > 0
_ARTICLE_FACTS = ("id", "published", "language", "outlet", "title", "url")


def place_new_articles(conn: sqlite3.Connection) -> dict[str, str]:
    """File every stored article without a story (in arrival order); returns article id ->
    story id for all articles."""
    index = StoryIndex()
    index.vocabulary = _load_vocabulary(conn)
    placed = set()
    for article_id, story, data in conn.execute(
        "SELECT article_id, story, data FROM story_docs ORDER BY seq"
    ):
        index.restore(_doc_from_json(data), story)
        placed.add(article_id)
    # All new articles are counted before any is weighed, so the first articles of a large
    # ingest see the frequencies of the whole batch. The counts wait in a temporary table
    # (SQLite spills it to disk), not in memory: a large ingest holds one article at a time.
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS story_counts(seq INTEGER PRIMARY KEY, data TEXT)")
    conn.execute("DELETE FROM story_counts")
    light = []
    for article in iter_articles(conn, exclude=placed):
        item = count_features(article, _entity_weights(conn, article.id), grams=_GRAMS)
        index.vocabulary.observe(item)
        conn.execute("INSERT INTO story_counts(data) VALUES (?)", (_counts_to_json(item),))
        light.append(_light(article))
    start = len(placed)
    rows = conn.execute("SELECT data FROM story_counts ORDER BY seq")
    for number, (article, (data,)) in enumerate(zip(light, rows, strict=True)):
        doc = weigh(_counts_from_json(data, article), index.vocabulary)
        story = index.add(doc)
        conn.execute(
            "INSERT INTO story_docs(article_id, seq, story, data) VALUES (?,?,?,?)",
            (doc.id, start + number, story, _doc_to_json(doc)),
        )
    conn.execute("DROP TABLE story_counts")
    _save_vocabulary(conn, index.vocabulary)
    conn.execute("DELETE FROM stories")
    for story in index.stories():
        conn.execute(
            "INSERT INTO stories(id, title, data) VALUES (?,?,?)",
            (story.id, story.title, json.dumps(asdict(story), ensure_ascii=False)),
        )
    return index.assignments()


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


def _light(article: Article) -> Article:
    """What weighing reads of an article: ids, dates mentioned, the start of its text."""
    sentences = [
        Sentence(s.index, "", s.start, s.end, dates=s.dates) for s in article.sentences if s.dates
    ]
    return Article(
        article.id, article.path, None, None, article.title, article.published,
        article.language, sentences, article.text[:400],
    )  # fmt: skip


def _entity_weights(conn: sqlite3.Connection, article_id: str) -> dict[str, float]:
    """Resolved entity id -> base weight in one article (see ``stories.entity_weight``)."""
    found: dict[str, float] = {}
    rows = conn.execute(
        "SELECT m.entity_id, count(*), sum(m.role IN ('dateline', 'caption')), e.type,"
        " e.gazetteer, e.anonymous FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id = ? GROUP BY m.entity_id",
        (article_id,),
    )
    for entity_id, count, framed, kind, gazetteer, anonymous in rows:
        entity = Entity(entity_id, kind, "", gazetteer=gazetteer, anonymous=bool(anonymous))
        weight = entity_weight(entity, count, framed == count)
        if weight > 0:
            found[entity_id] = weight
    return found


_VECTORS = ("terms", "entities", "anchors", "headline", "grams")
_COUNTED = tuple(f.name for f in fields(ArticleCounts) if f.name != "article")


def _counts_to_json(counts: ArticleCounts) -> str:
    return json.dumps([getattr(counts, name) for name in _COUNTED], ensure_ascii=False)


def _counts_from_json(data: str, article: Article) -> ArticleCounts:
    values = json.loads(data)
    return ArticleCounts(article, **{n: Counter(v) for n, v in zip(_COUNTED, values, strict=True)})


def _doc_to_json(doc: StoryDoc) -> str:
    data = asdict(doc)
    data["dates"] = sorted(doc.dates)
    return json.dumps(data, ensure_ascii=False)


def _doc_from_json(data: str) -> StoryDoc:
    raw = json.loads(data)
    raw["dates"] = frozenset(raw.get("dates", ()))
    for name in _VECTORS:  # one shared copy of each key, as fresh docs have (features)
        raw[name] = {sys.intern(key): value for key, value in raw.get(name, {}).items()}
    return StoryDoc(**raw)


def _load_vocabulary(conn: sqlite3.Connection) -> Vocabulary:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_VOCABULARY,)).fetchone()
    vocabulary = Vocabulary()
    if row is None:
        return vocabulary
    raw: dict[str, Any] = json.loads(row[0])
    vocabulary.articles = raw["articles"]
    vocabulary.per_language = Counter(raw["per_language"])
    for language, counts in raw["terms"].items():
        vocabulary.terms[language] = Counter(counts)
    vocabulary.anchors = Counter(raw["anchors"])
    vocabulary.entities = Counter(raw["entities"])
    for language, counts in raw.get("grams", {}).items():  # absent before grams existed
        vocabulary.grams[language] = Counter(counts)
    return vocabulary


def _save_vocabulary(conn: sqlite3.Connection, vocabulary: Vocabulary) -> None:
    data = {
        "articles": vocabulary.articles,
        "per_language": vocabulary.per_language,
        "terms": vocabulary.terms,
        "anchors": vocabulary.anchors,
        "entities": vocabulary.entities,
        "grams": vocabulary.grams,
    }
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
        (_VOCABULARY, json.dumps(data, ensure_ascii=False)),
    )


@dataclass(slots=True)
class StoryView:
    """One story with everything its page shows: articles, events (with provenance), the
    entities they name (with the notes articles made about them) and the provenance graph."""

    story: Story
    articles: list[Article]
    events: list[Event]
    entities: list[Entity]
    graph: Graph

    def to_dict(self) -> dict[str, object]:
        return {
            "story": asdict(self.story),
            "articles": [
                {
                    k: getattr(a, k)
                    for k in ("id", "published", "language", "outlet", "title", "url")
                }
                for a in self.articles
            ],
            "events": [asdict(e) for e in self.events],
            "entities": [asdict(e) for e in self.entities],
            "graph": self.graph.to_dict(),
        }


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
    ``store.fts_query``); every value is bound as a parameter."""
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


def stories_of_articles(conn: sqlite3.Connection, ids: Collection[str]) -> dict[str, str]:
    """Article id -> story id, for the given articles that have one."""
    chosen, args = among("article_id", ids)
    return dict(
        conn.execute(
            "SELECT article_id, story FROM story_docs WHERE story IS NOT NULL" + chosen, args
        )
    )
