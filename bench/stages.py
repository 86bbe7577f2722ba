"""Where the time goes: milliseconds per article for each per-article stage, on one core.

Run from the project root:  .venv/bin/python bench/stages.py [--articles N] [--json OUT]
Reads the first N articles of the first SaudiNewsNet zip (in place, never copied), runs every
stage of ``newstrace.pipeline.ARTICLE_STAGES`` on each in this process (models loaded and warm
before timing starts), and reports the mean cost per article of each stage, then the time of
the cross-article entity resolution over those articles.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from newstrace import pipeline
from newstrace.entities.resolve import LocalEntity, resolve
from newstrace.ingest import FieldMap, ReadStats, read_inputs
from newstrace.models import Article, RawArticle

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "saudinewsnet-ar"


def _articles(limit: int) -> list[RawArticle]:
    zips = sorted(DATA.glob("*.zip"))
    found: list[RawArticle] = []
    for item in read_inputs([str(zips[0])], FieldMap(), ReadStats()):
        if isinstance(item, RawArticle):
            found.append(item)
        if len(found) > limit:
            break
    return found


def _local_entities(articles: list[Article]) -> list[LocalEntity]:
    groups: dict[tuple[str, int], LocalEntity] = {}
    for article in articles:
        for m in article.mentions:
            entity = groups.setdefault(
                (article.id, m.local),
                LocalEntity(article.id, m.local, m.type, [], m.place, m.country,
                            anonymous=m.anonymous),
            )  # fmt: skip
            entity.names.append(m.text)
    return list(groups.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if not any(DATA.glob("*.zip")):
        print(f"no SaudiNewsNet zips under {DATA}", file=sys.stderr)
        return 2
    raws = _articles(args.articles)
    pipeline.process_article(raws[0])  # load every model before timing
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, stage: pipeline.Stage) -> pipeline.Stage:
        def run(article: Article, raw: RawArticle) -> Article:
            start = time.perf_counter()
            try:
                return stage(article, raw)
            finally:
                spent[name] += time.perf_counter() - start

        return run

    stages = [replace(spec, run=timed(spec.name, spec.run)) for spec in pipeline.ARTICLE_STAGES]
    done: list[Article] = []
    start = time.perf_counter()
    for raw in raws[1:]:
        result = pipeline.process_article(raw, stages)
        if isinstance(result, Article):
            done.append(result)
    total = time.perf_counter() - start
    start = time.perf_counter()
    entities = resolve(_local_entities(done))
    resolving = time.perf_counter() - start
    n = len(raws) - 1
    figures = {
        "articles": n,
        "words_per_article": round(sum(len(a.text.split()) for a in done) / len(done), 1),
        "ms_per_article": round(total / n * 1000, 1),
        "stages_ms": {spec.name: round(spent[spec.name] / n * 1000, 1) for spec in stages},
        "resolution_s": round(resolving, 2),
        "resolved_entities": len(entities),
        "machine": f"{platform.machine()}, CPython {platform.python_version()}, one process",
    }
    for key, value in figures.items():
        print(f"{key:>20}: {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
