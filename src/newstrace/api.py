"""The library API the CLI is a thin layer over.

>>> import newstrace
>>> analysis = newstrace.analyze(["examples/"])          # doctest: +SKIP
>>> [a.language for a in analysis.articles]               # doctest: +SKIP
>>> with newstrace.open_db("news.db") as db:             # doctest: +SKIP
...     report = db.ingest(["more/"])
...     hits = db.search("دمشق")

:class:`Database` is the store (:class:`~newstrace.store.Store`: rows and read-models) plus
what needs the stages: ingesting through the local engine
(:class:`~newstrace.engines.local.LocalEngine`), and whole-analysis reads that draw on
provenance (the timeline, a story's provenance graph).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .engines.local import (
    BATCH_SIZE,
    FailureCallback,
    LocalEngine,
    ProgressCallback,
    RunReport,
    Source,
)
from .ingest import FieldMap
from .models import Analysis, Event, TimelineEntry
from .provenance import story_graph, timeline
from .store import Store, StoryView

__all__ = [
    "BATCH_SIZE",
    "Database",
    "RunReport",
    "Source",
    "analyze",
    "ingest",
    "open_db",
    "reanalyze",
]


class Database(Store):
    """A newstrace database: the store's rows and reads, plus ingesting and the reads that
    need the cross-article stages' functions."""

    def ingest(self, sources: Iterable[Source], **options: Any) -> RunReport:
        """Read, analyse and add articles (see :func:`ingest`); a :class:`RunReport`."""
        return ingest(sources, self, **options)

    def link(self) -> int:
        """Run the cross-article stages over every stored article (one transaction); the
        number of resolved entities."""
        return LocalEngine(self).link()

    def export(self) -> Analysis:
        """The whole database as an :class:`Analysis` (the contract JSON's content)."""
        events = self.events()
        return Analysis(
            articles=list(self.iter_articles()),
            entities=self.entities(),
            events=events,
            stories=self.stories(),
            timeline=self._timeline(events),
        )

    def story(self, story_id: str) -> StoryView:
        """One story with its articles, events, the entities they name and the provenance
        graph; :class:`~newstrace.errors.StoreError` for an unknown id."""
        return self.story_view(story_id, story_graph)

    def timeline(self) -> list[TimelineEntry]:
        """Every event in the order it happened (see :func:`newstrace.provenance.timeline`)."""
        return self._timeline(self.events())

    def _timeline(self, events: list[Event]) -> list[TimelineEntry]:
        return timeline(events, self.event_stories())


def open_db(path: str | os.PathLike[str], *, read_only: bool = False) -> Database:
    """Open (creating and migrating if needed) a newstrace database for incremental use."""
    return Database(path, read_only=read_only)


def ingest(
    sources: Iterable[Source],
    db: Store,
    *,
    fields: FieldMap | None = None,
    on_failure: FailureCallback | None = None,
    on_progress: ProgressCallback | None = None,
    workers: int = 1,
) -> RunReport:
    """Read, analyse and store articles incrementally, then run the cross-article stages.

    Bad inputs are reported through ``on_failure`` (and in the report) and skipped; every
    batch already stored stays stored. ``workers`` > 1 runs the per-article stages in that
    many processes.
    """
    engine = LocalEngine(db, workers=workers)
    return engine.ingest(sources, fields=fields, on_failure=on_failure, on_progress=on_progress)


def reanalyze(
    db: Store,
    *,
    on_failure: FailureCallback | None = None,
    on_progress: ProgressCallback | None = None,
    workers: int = 1,
) -> RunReport:
    """Run the current per-article stages again on every stored article, then re-link.

    For databases written by an older newstrace (or with older models): the stored text
    and metadata are kept, everything derived from them is recomputed.
    """
    engine = LocalEngine(db, workers=workers)
    return engine.reanalyze(on_failure=on_failure, on_progress=on_progress)


def analyze(
    sources: Iterable[Source],
    *,
    db: str | os.PathLike[str] | Database | None = None,
    **options: Any,
) -> Analysis:
    """Analyse files, folders, archives, :class:`RawArticle` records or dicts in one go.

    With ``db`` the articles are also added to that database, and the result covers the whole
    database (as ``export`` would); without, a temporary database is the engine's working
    store and is removed. ``options`` are those of :func:`ingest` (``fields``,
    ``on_failure``, ``on_progress``, ``workers``). The run's :class:`RunReport` is on
    ``analysis.report``.
    """
    if isinstance(db, Database):
        return _analyze_into(db, sources, options)
    if db is not None:
        with open_db(db) as database:
            return _analyze_into(database, sources, options)
    with (
        tempfile.TemporaryDirectory(prefix="newstrace-") as tmp,
        open_db(Path(tmp) / "analysis.db") as database,
    ):
        return _analyze_into(database, sources, options)


def _analyze_into(db: Database, sources: Iterable[Source], options: dict[str, Any]) -> Analysis:
    report = ingest(sources, db, **options)
    analysis = db.export()
    analysis.report = report
    return analysis
