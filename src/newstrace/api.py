"""The library API the CLI is a thin layer over.

>>> import newstrace
>>> analysis = newstrace.analyze(["examples/"])          # doctest: +SKIP
>>> [a.language for a in analysis.articles]               # doctest: +SKIP
>>> with newstrace.open_db("news.db") as db:             # doctest: +SKIP
...     report = db.ingest(["more/"])
...     hits = db.search("دمشق")
"""

from __future__ import annotations

import multiprocessing
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
# Articles handed to a worker process at a time.
_CHUNK = 16

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


def _process(item: RawArticle | InputFailure) -> Article | InputFailure:
    return item if isinstance(item, InputFailure) else process_article(item)


def _processed(
    items: Iterable[RawArticle | InputFailure], workers: int
) -> Iterator[Article | InputFailure]:
    """The per-article stages over ``items``, in order, in ``workers`` processes.

    Reading and storing stay in this process (SQLite has one writer); only the pure
    per-article work is spread. Workers are spawned, not forked, so no lock held by a thread
    of this process (a progress bar, say) can be inherited in a locked state.
    """
    if workers <= 1:
        yield from map(_process, items)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        yield from pool.imap(_process, items, chunksize=_CHUNK)


def _analysed(
    sources: Iterable[Source],
    fields: FieldMap,
    report: RunReport,
    on_failure: FailureCallback,
    workers: int = 1,
) -> Iterator[Article]:
    stats = ReadStats()
    for result in _processed(_raw_articles(sources, fields, stats), workers):
        report.files = stats.files
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
    workers: int = 1,
) -> RunReport:
    """Read, analyse and store articles incrementally, then resolve entities across articles.

    Bad inputs are reported through ``on_failure`` (and in the report) and skipped; every
    batch already stored stays stored. ``workers`` > 1 runs the per-article stages in that
    many processes.
    """
    report = RunReport()
    articles = _analysed(
        sources, fields or FieldMap(), report, on_failure or (lambda f: None), workers
    )
    for batch in _batches(articles, report, on_progress):
        added = db.add_articles(batch)
        report.stored += added.stored
        report.duplicates += added.duplicates
    if report.stored or not db.has_entities():
        db.link()
    return report


def _batches(
    articles: Iterator[Article], report: RunReport, on_progress: ProgressCallback | None
) -> Iterator[list[Article]]:
    """Articles in store-sized batches; progress is reported once each batch is handled."""
    while batch := list(islice(articles, BATCH_SIZE)):
        yield batch
        if on_progress is not None:
            on_progress(report)


def reanalyze(
    db: Database,
    *,
    on_failure: FailureCallback | None = None,
    on_progress: ProgressCallback | None = None,
    workers: int = 1,
) -> RunReport:
    """Run the current per-article stages again on every stored article, then re-link.

    For databases written by an older newstrace (or with older models): the stored text
    and metadata are kept, everything derived from them is recomputed.
    """
    report = RunReport()
    articles = _analysed(
        db.iter_raw_articles(), FieldMap(), report, on_failure or (lambda f: None), workers
    )
    for batch in _batches(articles, report, on_progress):
        report.stored += db.replace_analyses(batch)
    db.link()
    return report


def analyze(
    sources: Iterable[Source],
    *,
    db: str | os.PathLike[str] | Database | None = None,
    **options: Any,
) -> Analysis:
    """Analyse files, folders, archives, :class:`RawArticle` records or dicts in one go.

    With ``db`` the articles are also added to that database, and the result covers the whole
    database (as ``export`` would); without, a temporary database is used and removed.
    ``options`` are those of :func:`ingest` (``fields``, ``on_failure``, ``on_progress``,
    ``workers``). The run's :class:`RunReport` is on ``analysis.report``.
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
