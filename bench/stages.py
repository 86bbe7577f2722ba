"""Where the time goes: milliseconds per article for each per-article stage, on one core.

Run from the project root:  .venv/bin/python bench/stages.py [--articles N] [--json OUT]
Reads the first N articles of the first SaudiNewsNet zip (in place, never copied), runs every
stage of ``newstrace.pipeline.ARTICLE_STAGES`` on each in this process (models loaded and warm
before timing starts), and reports the mean cost per article of each stage, then the time of
the cross-article entity resolution over those articles.

The models inside the stages are timed on their own too (``models_ms``: the NER model's
``entities.ner.recognise`` inside ``entities``, the subjectivity model's
``claims.subjectivity.subjectivity`` inside ``claims``), and ``without_models_ms`` is each
stage less its model: the part the rest of the pipeline costs. Nothing is switched off.
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
from newstrace.claims import subjectivity
from newstrace.entities import ner
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


_clock = time.perf_counter

# The models timed apart from their stages: (stage, module, function name).
MODELS = {
    "ner": ("entities", ner, "recognise"),
    "subjectivity": ("claims", subjectivity, "subjectivity"),
}


def _time_models(spent: dict[str, float]) -> None:
    """Wrap each model's entry point (looked up on its module by the stages at each call) so
    its time is added to ``spent``."""
    for name, (_, module, attribute) in MODELS.items():
        model = getattr(module, attribute)

        def timed(*args: object, _model: object = model, _name: str = name) -> object:
            start = _clock()
            try:
                return _model(*args)  # type: ignore[operator]
            finally:
                spent[_name] += _clock() - start

        setattr(module, attribute, timed)


def _model_time(stage: str, spent: dict[str, float]) -> float:
    """Seconds spent in the models that ``stage`` calls."""
    return sum(spent[name] for name, (owner, *_) in MODELS.items() if owner == stage)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall",
        help="wall time (default) or this process's CPU time (steadier on a shared machine)",
    )  # fmt: skip
    args = parser.parse_args()
    global _clock
    _clock = time.process_time if args.clock == "cpu" else time.perf_counter
    if not any(DATA.glob("*.zip")):
        print(f"no SaudiNewsNet zips under {DATA}", file=sys.stderr)
        return 2
    raws = _articles(args.articles)
    pipeline.process_article(raws[0])  # load every model before timing
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, stage: pipeline.Stage) -> pipeline.Stage:
        def run(article: Article, raw: RawArticle) -> Article:
            start = _clock()
            try:
                return stage(article, raw)
            finally:
                spent[name] += _clock() - start

        return run

    models: dict[str, float] = defaultdict(float)
    _time_models(models)
    stages = [replace(spec, run=timed(spec.name, spec.run)) for spec in pipeline.ARTICLE_STAGES]
    done: list[Article] = []
    start = _clock()
    for raw in raws[1:]:
        result = pipeline.process_article(raw, stages)
        if isinstance(result, Article):
            done.append(result)
    total = _clock() - start
    start = _clock()
    entities = resolve(_local_entities(done))
    resolving = _clock() - start
    n = len(raws) - 1
    figures = {
        "articles": n,
        "words_per_article": round(sum(len(a.text.split()) for a in done) / len(done), 1),
        "ms_per_article": round(total / n * 1000, 1),
        "stages_ms": {spec.name: round(spent[spec.name] / n * 1000, 1) for spec in stages},
        "models_ms": {name: round(models[name] / n * 1000, 1) for name in MODELS},
        "without_models_ms": {
            spec.name: round((spent[spec.name] - _model_time(spec.name, models)) / n * 1000, 1)
            for spec in stages
        },
        "without_models_total_ms": round((total - sum(models.values())) / n * 1000, 1),
        "resolution_s": round(resolving, 2),
        "resolved_entities": len(entities),
        "machine": f"{platform.machine()}, CPython {platform.python_version()}, one process",
        "clock": args.clock,
    }
    for key, value in figures.items():
        print(f"{key:>20}: {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
