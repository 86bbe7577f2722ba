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
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from ..models import Article, Entity, Event, Sentence, Story
from ..provenance.graph import Graph
from ..stories import StoryDoc, StoryIndex, Vocabulary, entity_weight
from ..stories.features import count_features, weigh
from .articles import iter_articles

_VOCABULARY = "story_vocabulary"
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
    # ingest see the frequencies of the whole batch; each keeps only what weighing reads.
    counts = []
    for article in iter_articles(conn, exclude=placed):
        item = count_features(article, _entity_weights(conn, article.id))
        item.article = _light(article)
        index.vocabulary.observe(item)
        counts.append(item)
    start = len(placed)
    for number, item in enumerate(counts):
        doc = weigh(item, index.vocabulary)
        story = index.add(doc)
        conn.execute(
            "INSERT INTO story_docs(article_id, seq, story, data) VALUES (?,?,?,?)",
            (doc.id, start + number, story, _doc_to_json(doc)),
        )
    _save_vocabulary(conn, index.vocabulary)
    conn.execute("DELETE FROM stories")
    for story in index.stories():
        conn.execute(
            "INSERT INTO stories(id, title, data) VALUES (?,?,?)",
            (story.id, story.title, json.dumps(asdict(story), ensure_ascii=False)),
        )
    return index.assignments()


def load_stories(conn: sqlite3.Connection) -> list[Story]:
    """Every story, with its events (ids, in timeline order) and publication range."""
    events: dict[str, list[str]] = defaultdict(list)
    for story, event in conn.execute(
        "SELECT story, id FROM events WHERE story IS NOT NULL ORDER BY coalesce(date, '9999'), id"
    ):
        events[story].append(event)
    ranges = dict(
        (story, (first, last))
        for story, first, last in conn.execute(
            "SELECT d.story, min(a.published), max(a.published) FROM story_docs d"
            " JOIN articles a ON a.id = d.article_id GROUP BY d.story"
        )
    )
    stories = []
    for (data,) in conn.execute("SELECT data FROM stories ORDER BY rowid"):
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


def _doc_to_json(doc: StoryDoc) -> str:
    data = asdict(doc)
    data["dates"] = sorted(doc.dates)
    return json.dumps(data, ensure_ascii=False)


def _doc_from_json(data: str) -> StoryDoc:
    raw = json.loads(data)
    raw["dates"] = frozenset(raw.get("dates", ()))
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
    return vocabulary


def _save_vocabulary(conn: sqlite3.Connection, vocabulary: Vocabulary) -> None:
    data = {
        "articles": vocabulary.articles,
        "per_language": vocabulary.per_language,
        "terms": vocabulary.terms,
        "anchors": vocabulary.anchors,
        "entities": vocabulary.entities,
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
