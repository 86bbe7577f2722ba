"""Ingest throughput: the 31,030 Arabic articles of SaudiNewsNet into a fresh database.

Run from the project root:  .venv/bin/python bench/ingest.py [--limit N] [--json OUT]
Reports articles/s for the whole pipeline (read, language, sentences, dates, entities, claims,
events, store, then the cross-article stages: entity resolution, stories, event provenance),
peak RSS (largest process) and database size, and where the CPU time went: this process
(reading, handing articles to and from the workers, the store's writes and the cross-article
stages) and the worker processes (the per-article stages, models included; their split is
``bench/stages.py``'s), each in CPU ms per article read.
The data is read in place from ../shared/datasets/saudinewsnet-ar (never copied).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import newstrace
from newstrace.engines.local import LocalEngine

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "saudinewsnet-ar"


def peak_rss_mb(children: bool = True) -> float:
    """Peak RSS of the largest process: this one (the cross-article stages run here) or,
    with ``children``, also the largest worker."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if children else 0
    return max(own, workers) / 1024  # Linux reports KiB


def _cpu_since(start: resource.struct_rusage | None) -> float:
    """CPU seconds (user + system) of this process since ``start``, or with None of every
    finished child process (the workers)."""
    if start is None:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime - start.ru_utime + usage.ru_stime - start.ru_stime


def _time_link() -> list[float]:
    """Time the cross-article stages (entities, stories, events) that ingest runs last."""
    spent = [0.0]
    link = LocalEngine.link

    def timed(engine: LocalEngine) -> int:
        start = time.perf_counter()
        try:
            return link(engine)
        finally:
            spent[0] += time.perf_counter() - start

    LocalEngine.link = timed  # type: ignore[method-assign]
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=0, help="stop after N zip files (0 = all)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--keep", type=Path, help="copy the finished database here (e.g. for bench/web.py)"
    )
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1,
        help="processes for the per-article stages (default: one per core)",
    )  # fmt: skip
    args = parser.parse_args()
    zips = sorted(args.data.glob("*.zip"))
    if not zips:
        print(f"no SaudiNewsNet zips under {args.data}", file=sys.stderr)
        return 2
    if args.limit:
        zips = zips[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        linking = _time_link()
        cpu_start = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        with newstrace.open_db(db_path) as db:
            report = db.ingest([str(z) for z in zips], workers=args.workers)
            stored = db.count_articles()
            entities = db.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
            events = db.conn.execute("SELECT count(*) FROM events").fetchone()[0]
            stories = db.conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        elapsed = time.perf_counter() - start
        own, workers = _cpu_since(cpu_start), _cpu_since(None)
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        if args.keep:
            shutil.copyfile(db_path, args.keep)
    figures = {
        "files": report.files,
        "articles_read": report.articles,
        "articles_stored": stored,
        "duplicates": report.duplicates,
        "failures": len(report.failures),
        "seconds": round(elapsed, 1),
        "articles_per_s": round(report.articles / elapsed, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "peak_rss_main_mb": round(peak_rss_mb(children=False), 1),
        "db_mb": round(size / 2**20, 1),
        "cross_article_s": round(linking[0], 1),
        "main_cpu_ms_per_article": round(own / max(report.articles, 1) * 1000, 1),
        "workers_cpu_ms_per_article": round(workers / max(report.articles, 1) * 1000, 1),
        "workers": args.workers,
        "entities": entities,
        "events": events,
        "stories": stories,
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} cores",
    }
    for key, value in figures.items():
        print(f"{key:>16}: {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
