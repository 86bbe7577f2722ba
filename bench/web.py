"""Web app latency: how long each kind of page takes on a database, served in process.

Run from the project root:
    .venv/bin/python bench/web.py                     # a database built from examples/
    .venv/bin/python bench/web.py --db big.db         # e.g. one kept by bench/ingest.py --keep

Each page is requested ``--repeat`` times through FastAPI's in-process client (no network,
no server, so this is the app's own time: routing, one read-only connection per request,
SQLite, templates); the median and the slowest are reported in milliseconds. The pages: the
stories list (first page, then filtered by language and by words), the largest story, the
entity with the most mentions, a search, and the JSON twins of the story and the entity.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import newstrace
from newstrace.web import create_app

LOCAL = "http://127.0.0.1"  # the app answers loopback names only

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]


def _targets(db_path: Path) -> dict[str, str]:
    """The URLs to time: the biggest story, the most mentioned entity, a frequent word."""
    with newstrace.open_db(db_path, read_only=True) as db:
        conn = db.conn
        story = conn.execute(
            "SELECT story FROM story_docs GROUP BY story ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        entity = conn.execute(
            "SELECT entity_id FROM mentions WHERE entity_id IS NOT NULL"
            " GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        language = conn.execute(
            "SELECT language FROM articles GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        name = conn.execute("SELECT name FROM entities WHERE id = ?", (entity,)).fetchone()[0]
    word = name.split()[0]
    return {
        "stories list": "/",
        "stories, one language": f"/?language={language}",
        "stories, words": f"/?q={word}",
        "largest story": f"/stories/{story}",
        "largest story JSON": f"/api/stories/{story}",
        "most mentioned entity": f"/entities/{entity}",
        "entity JSON": f"/api/entities/{entity}",
        "search": f"/search?q={word}",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database to serve (default: examples/)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db
        if db_path is None:
            db_path = Path(tmp) / "examples.db"
            newstrace.analyze([str(ROOT / "examples")], db=db_path)
        with newstrace.open_db(db_path, read_only=True) as db:
            articles, stories = db.count_articles(), len(db.stories())
        client = TestClient(create_app(db_path), base_url=LOCAL)
        figures: dict[str, object] = {
            "database": str(args.db or "examples/"),
            "articles": articles,
            "stories": stories,
            "repeat": args.repeat,
            "machine": f"{platform.machine()}, {platform.python_implementation()} "
            f"{platform.python_version()}, {os.cpu_count()} cores",
        }
        pages = {}
        for label, url in _targets(db_path).items():
            response = client.get(url)  # warm: templates compiled, pages cached by the OS
            if response.status_code != 200:
                print(f"{url}: HTTP {response.status_code}", file=sys.stderr)
                return 1
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - start) * 1000)
            pages[label] = {
                "url": url,
                "median_ms": round(statistics.median(times), 1),
                "max_ms": round(max(times), 1),
                "kb": round(len(response.content) / 1024, 1),
            }
        figures["pages"] = pages
    for key, value in figures.items():
        if key != "pages":
            print(f"{key:>22}: {value}")
    for label, page in pages.items():
        print(f"{label:>22}: median {page['median_ms']} ms, max {page['max_ms']} ms, "
              f"{page['kb']} KB  {page['url']}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
