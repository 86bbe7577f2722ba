"""The SQLite store: round trip, incremental ingest, dedup, migrations, search, read-only."""

from __future__ import annotations

import json
import sqlite3

import pytest

import newstrace
from newstrace.errors import StoreError
from newstrace.nlp import index_text
from newstrace.store import SCHEMA_VERSION, fts_query
from newstrace.store.migrations import MIGRATIONS, migrate

ARTICLE = "Council meets\n\nThe council met in Damascus on Monday. It approved the budget.\n"


def test_analyze_equals_ingest_then_export(tmp_path, examples_dir, examples_analysis):
    with newstrace.open_db(tmp_path / "a.db") as db:
        report = db.ingest([str(examples_dir)])
        assert report.ok
        exported = db.export().to_dict()
    assert exported == examples_analysis.to_dict()


def test_incremental_ingest_stores_each_article_once_and_records_every_path(tmp_path):
    first = tmp_path / "one.txt"
    first.write_text(ARTICLE)
    copy = tmp_path / "sub" / "copy.txt"
    copy.parent.mkdir()
    copy.write_text(ARTICLE.replace("Monday.", "Monday. ").upper().lower().replace("c", "c"))
    other = tmp_path / "other.txt"
    other.write_text("Other\n\nSomething else happened.\n")
    with newstrace.open_db(tmp_path / "x.db") as db:
        r1 = db.ingest([str(first)])
        r2 = db.ingest([str(first), str(copy), str(other)])
        assert (r1.stored, r1.duplicates) == (1, 0)
        assert (r2.stored, r2.duplicates) == (1, 2)
        articles = db.export().articles
    assert len(articles) == 2
    council = articles[0]
    assert council.paths == sorted([str(first), str(copy)])


def test_same_article_twice_in_one_batch(tmp_path):
    path = tmp_path / "dup.jsonl"
    line = json.dumps({"text": "Same body.", "url": "https://a.example/1"})
    path.write_text(line + "\n" + line + "\n")
    analysis = newstrace.analyze([str(path)])
    assert len(analysis.articles) == 1
    assert analysis.report.duplicates == 1


def test_schema_version_and_newer_database_refused(tmp_path):
    path = tmp_path / "v.db"
    with newstrace.open_db(path) as db:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        newstrace.open_db(path)


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        newstrace.open_db(path)


def test_read_only_connection_cannot_write(tmp_path, examples_dir):
    path = tmp_path / "ro.db"
    with newstrace.open_db(path) as db:
        db.ingest([str(examples_dir / "wires.jsonl")])
    with newstrace.open_db(path, read_only=True) as ro:
        assert ro.count_articles() == 2
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ro.conn.execute("DELETE FROM articles")
    with pytest.raises(StoreError, match="no such database"):
        newstrace.open_db(tmp_path / "missing.db", read_only=True)


@pytest.fixture(scope="module")
def search_db(tmp_path_factory, examples_dir):
    path = tmp_path_factory.mktemp("search") / "s.db"
    extra = tmp_path_factory.mktemp("extra") / "ar.jsonl"
    rows = [
        {
            "text": "وصل الرئيس بدمشق صباح اليوم في زيارة رسمية.",
            "title": "زيارة",
            "source": "Outlet A",
            "date": "2025-01-02",
        },
        {"text": "أعلنت إسرائيل والأردن اتفاقا جديدا حول المياه.", "source": "Outlet B"},
        {"text": "رئیس جمهور ایران امروز به کابل سفر کرد.", "source": "Outlet C"},
    ]
    extra.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    with newstrace.open_db(path) as db:
        db.ingest([str(examples_dir), str(extra)])
    with newstrace.open_db(path, read_only=True) as db:
        yield db


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("دمشق", "بدمشق"),  # bare word finds the word with an attached preposition
        ("بدمشق", "بدمشق"),
        ("اسرائيل", "إسرائيل"),  # hamza-less spelling finds the hamza form
        ("الأردن", "والأردن"),  # article + conjunction
        ("ايران", "ایران"),  # Arabic yeh finds Persian yeh
        ("كريم حداد", "كريم حداد"),  # two words, both required (cp1256 example)
        ("Haddad resigned", "Haddad"),
        ("mietenprotest", "Mietenprotest"),
        ("resign*", "resign"),
    ],
)
def test_search_across_letter_variants_and_clitics(search_db, query, fragment):
    hits = search_db.search(query)
    assert hits, query
    assert any(fragment in h.text for h in hits)
    hit = hits[0]
    assert hit.text == hit.text.strip() and hit.article and hit.path
    assert isinstance(hit.sentence, int)


def test_search_hit_carries_article_facts(search_db):
    (hit,) = search_db.search("بدمشق")
    assert (hit.outlet, hit.published, hit.language, hit.title) == (
        "Outlet A",
        "2025-01-02",
        "ar",
        "زيارة",
    )


@pytest.mark.parametrize(
    "query", ['" OR 1=1 --', "NEAR(a b)", "title:x AND", "'; DROP TABLE articles;", "*"]
)
def test_fts_syntax_and_sql_in_queries_are_inert(search_db, query):
    search_db.search(query)  # must not raise
    assert search_db.count_articles() > 0


def test_fts_query_quotes_every_term():
    assert fts_query("بدمشق") == '("بدمشق" OR "دمشق")'
    assert fts_query("  ") is None
    assert fts_query('a"b') == '"a" AND "b"'


def test_reanalyze_recomputes_the_same_analysis(tmp_path, examples_dir):
    with newstrace.open_db(tmp_path / "r.db") as db:
        db.ingest([str(examples_dir)])
        before = db.export().to_dict()
        report = newstrace.api.reanalyze(db)
        assert report.ok and report.stored == len(before["articles"])
        after = db.export().to_dict()
        assert db.search("بدمشق") == db.search("بدمشق")  # the index was rebuilt consistently
        assert len(db.search("Haddad", limit=1000)) == len(
            [s for a in after["articles"] for s in a["sentences"] if "Haddad" in s["text"]]
        )
    assert after == before


def test_version_1_database_is_migrated_and_reanalysed(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    text = "Karim Haddad resigned in Amman on Tuesday."
    conn.execute(
        "INSERT INTO articles(id, path, text, published) VALUES ('a1', 'x.txt', ?, '2025-06-12')",
        (text,),
    )
    conn.execute(
        "INSERT INTO sentences(id, article_id, idx, start, \"end\") VALUES (1, 'a1', 0, 0, ?)",
        (len(text),),
    )
    conn.execute("INSERT INTO sentence_index(rowid, words) VALUES (1, ?)", (index_text(text),))
    conn.close()
    with newstrace.open_db(path) as db:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.export().entities == []
        newstrace.api.reanalyze(db)
        analysis = db.export()
        assert [h.article for h in db.search("amman")] == ["a1"]
    assert any("Amman" in e.aliases for e in analysis.entities)
    assert analysis.articles[0].sentences[0].dates[0].value == "2025-06-10"


def test_version_4_database_gets_its_event_index_from_the_stored_events(tmp_path):
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=4)
    data = json.dumps({"actors": ["e1"], "targets": [], "places": ["e2"], "origins": ["e3", "e1"]})
    conn.execute(
        "INSERT INTO events(id, type, date, status, story, data) VALUES"
        " ('v1', 'resign', '2025-06-10', 'single-source', 's1', ?)",
        (data,),
    )
    conn.close()
    with newstrace.open_db(path) as db:
        rows = set(db.conn.execute("SELECT entity_id, role, event_id FROM event_entities"))
    assert rows == {("e1", "actor", "v1"), ("e2", "place", "v1"), ("e3", "origin", "v1"),
                    ("e1", "origin", "v1")}  # fmt: skip


def test_entity_and_filtered_story_reads(tmp_path, examples_db):
    with newstrace.open_db(examples_db, read_only=True) as db:
        person = next(e for e in db.entities() if e.name == "Karim Haddad")
        view = db.entity(person.id)
        assert view.entity == person
        assert {"resign"} <= {e.type for e in view.events}
        assert all(person.id in (*e.actors, *e.targets, *e.places, *e.origins)
                   for e in view.events)  # fmt: skip
        assert set(view.articles) == {m.article for m in person.mentions}
        everything, total = db.list_stories(limit=2)
        assert len(everything) == 2 and total == len(db.stories())
        arabic, _ = db.list_stories(newstrace.store.StoryFilter(language="ar"))
        assert arabic and all("ar" in s.story.languages for s in arabic)
        with pytest.raises(newstrace.errors.StoreError):
            db.entity("e000000000000")


STAGE_PACKAGES = {"entities", "claims", "events", "dates", "stories", "provenance", "pipeline",
                  "corpus", "engines", "api", "ingest", "report", "web", "cli"}  # fmt: skip


def test_the_store_imports_no_stage() -> None:
    """The store keeps rows: engines hand it their records, it never runs a stage."""
    import ast
    from pathlib import Path

    package = Path(newstrace.store.__file__).parent
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2:
                top = (node.module or "").split(".")[0]
                assert top not in STAGE_PACKAGES, f"{path.name} imports newstrace.{node.module}"
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                assert not (node.module or "").startswith("newstrace"), path.name
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("newstrace") for a in node.names), path.name


def test_a_later_ingest_files_only_new_articles_and_keeps_story_ids(tmp_path, examples_dir):
    with newstrace.open_db(tmp_path / "s.db") as db:
        db.ingest([str(examples_dir / "wires.jsonl")])
        first = {a: s.id for s in db.stories() for a in s.articles}
        db.ingest([str(examples_dir)])
        later = {a: s.id for s in db.stories() for a in s.articles}
        filed = [
            row[0] for row in db.conn.execute("SELECT article_id FROM story_docs ORDER BY seq")
        ]
    assert first and {a: later[a] for a in first} == first
    assert set(filed[: len(first)]) == set(first)  # the first run's docs stay first
    assert len(later) == len(filed) > len(first)
