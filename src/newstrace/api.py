"""The library API the CLI is a thin layer over.

>>> import newstrace
>>> analysis = newstrace.analyze(["examples/"])          # doctest: +SKIP
>>> [a.language for a in analysis.articles]               # doctest: +SKIP
>>> with newstrace.open_db("news.db") as db:             # doctest: +SKIP
...     report = db.ingest(["more/"])
...     hits = db.search("دمشق")
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from .errors import InputFailure
from .ingest import FieldMap, ReadStats, read_inputs
from .ingest.records import record_article
from .models import Analysis, Article, RawArticle
from .pipeline import process_article
from .store import Database, open_db

# Articles per transaction: large enough to amortise the commit, small enough that an
# interrupted run loses little.
BATCH_SIZE = 256

Source = str | os.PathLike[str] | RawArticle | Mapping[str, Any]


@dataclass(slots=True)
class RunReport:
    """What one ingest run did; the CLI prints it as the closing summary."""

    files: int = 0
    articles: int = 0
    stored: int = 0
    duplicates: int = 0
    failures: list[InputFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


ProgressCallback = Callable[[RunReport], None]
FailureCallback = Callable[[InputFailure], None]


def _raw_articles(
    sources: Iterable[Source], fields: FieldMap, stats: ReadStats
) -> Iterator[RawArticle | InputFailure]:
    """Paths are read from disk; RawArticle records and plain dicts are taken as given."""
    pending_paths: list[str | os.PathLike[str]] = []
    for number, source in enumerate(sources, 1):
        if isinstance(source, str | os.PathLike):
            pending_paths.append(source)
            continue
        if pending_paths:
            yield from read_inputs(pending_paths, fields, stats)
            pending_paths = []
        if isinstance(source, RawArticle):
            yield source
        elif isinstance(source, Mapping):
            yield record_article(source, "<memory>", f"record {number}", fields)
        else:
            yield InputFailure(
                f"<argument {number}>", "unsupported", f"cannot analyse a {type(source).__name__}"
            )
    if pending_paths:
        yield from read_inputs(pending_paths, fields, stats)


def _analysed(
    sources: Iterable[Source], fields: FieldMap, report: RunReport, on_failure: FailureCallback
) -> Iterator[Article]:
    stats = ReadStats()
    for item in _raw_articles(sources, fields, stats):
        report.files = stats.files
        result = item if isinstance(item, InputFailure) else process_article(item)
        if isinstance(result, InputFailure):
            report.failures.append(result)
            on_failure(result)
            continue
        report.articles += 1
        yield result
    report.files = stats.files


def ingest(
    sources: Iterable[Source],
    db: Database,
    *,
    fields: FieldMap | None = None,
    on_failure: FailureCallback | None = None,
    on_progress: ProgressCallback | None = None,
) -> RunReport:
    """Read, analyse and store articles incrementally; returns what happened.

    Bad inputs are reported through ``on_failure`` (and in the report) and skipped; every
    batch already stored stays stored.
    """
    report = RunReport()
    articles = _analysed(sources, fields or FieldMap(), report, on_failure or (lambda f: None))
    while batch := list(islice(articles, BATCH_SIZE)):
        added = db.add_articles(batch)
        report.stored += added.stored
        report.duplicates += added.duplicates
        if on_progress is not None:
            on_progress(report)
    return report


def analyze(
    sources: Iterable[Source],
    *,
    db: str | os.PathLike[str] | Database | None = None,
    fields: FieldMap | None = None,
    on_failure: FailureCallback | None = None,
    on_progress: ProgressCallback | None = None,
) -> Analysis:
    """Analyse files, folders, archives, :class:`RawArticle` records or dicts in one go.

    With ``db`` the articles are also added to that database, and the result covers the whole
    database (as ``export`` would); without, a temporary database is used and removed.
    The run's :class:`RunReport` is on ``analysis.report``.
    """
    if isinstance(db, Database):
        return _analyze_into(db, sources, fields, on_failure, on_progress)
    if db is not None:
        with open_db(db) as database:
            return _analyze_into(database, sources, fields, on_failure, on_progress)
    with (
        tempfile.TemporaryDirectory(prefix="newstrace-") as tmp,
        open_db(Path(tmp) / "analysis.db") as database,
    ):
        return _analyze_into(database, sources, fields, on_failure, on_progress)


def _analyze_into(
    db: Database,
    sources: Iterable[Source],
    fields: FieldMap | None,
    on_failure: FailureCallback | None,
    on_progress: ProgressCallback | None,
) -> Analysis:
    report = ingest(sources, db, fields=fields, on_failure=on_failure, on_progress=on_progress)
    analysis = db.export()
    analysis.report = report
    return analysis
