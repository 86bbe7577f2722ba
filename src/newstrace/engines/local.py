"""The local engine: a worker pool runs the per-article stages, this process runs the corpus
stages, and the SQLite store keeps the rows.

Reading and storing stay in this process (SQLite has one writer); only the pure per-article
work (:func:`newstrace.pipeline.process_article`) is spread over worker processes. After the
new articles are stored, :meth:`LocalEngine.link` runs :data:`newstrace.corpus.CORPUS_STAGES`
in one transaction: it loads each stage's input records from the store, runs the stage, and
saves what it returns. The order of the stages is checked when the engine is made.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, ClassVar

from ..contracts import check_order
from ..corpus import (
    CORPUS_INPUTS,
    CORPUS_STAGES,
    CorpusStage,
    FiledDoc,
    StoryFiling,
    StoryInput,
    StoryState,
    local_entities,
)
from ..errors import InputFailure
from ..ingest import FieldMap, ReadStats, read_inputs
from ..ingest.records import record_article
from ..models import Article, Event, RawArticle
from ..pipeline import process_article
from ..provenance import Traced
from ..store import VOCABULARY_KEY, Spool, Store
from ..stories.features import ArticleCounts
from ..stories.records import (
    counts_from_json,
    counts_to_json,
    doc_from_json,
    doc_to_json,
    vocabulary_from_json,
    vocabulary_to_json,
)

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


@dataclass(slots=True)
class _CorpusRun:
    """What one run of the corpus stages hands from stage to stage. The story state (every
    filed doc and the vocabulary) is let go once saved: the events stage, the run's peak
    of memory, needs only the article -> story map."""

    entities: int = 0
    story_state: StoryState = field(default_factory=StoryState)
    counts: _SpooledCounts | None = None
    story_of_article: dict[str, str] = field(default_factory=dict)
    traced: Traced | None = None


class LocalEngine:
    """Runs the stages over one :class:`~newstrace.store.Store` on this machine.

    ``stages`` are the corpus stages to run (:data:`~newstrace.corpus.CORPUS_STAGES`); they
    are checked with :func:`~newstrace.contracts.check_order` here, before anything is read.
    """

    def __init__(
        self,
        store: Store,
        *,
        workers: int = 1,
        stages: Sequence[CorpusStage] = CORPUS_STAGES,
    ) -> None:
        check_order(stages, CORPUS_INPUTS)
        unknown = [spec.name for spec in stages if spec.name not in self._STEPS]
        if unknown:
            raise ValueError(f"the local engine cannot run corpus stage(s) {', '.join(unknown)}")
        self.store = store
        self.workers = workers
        self.stages = tuple(stages)

    # -- per-article stages and storing -------------------------------------------------------
    def ingest(
        self,
        sources: Iterable[Source],
        *,
        fields: FieldMap | None = None,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> RunReport:
        """Read, analyse and store articles incrementally, then run the corpus stages.

        Bad inputs are reported through ``on_failure`` (and in the report) and skipped; every
        batch already stored stays stored.
        """
        report = RunReport()
        stats = ReadStats()
        raw = _raw_articles(sources, fields or FieldMap(), stats)
        articles = self._analysed(raw, stats, report, on_failure or _ignore)
        for batch in _batches(articles, report, on_progress):
            added = self.store.add_articles(batch)
            report.stored += added.stored
            report.duplicates += added.duplicates
        if report.stored or not self.store.has_entities():
            self.link()
        return report

    def reanalyze(
        self,
        *,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> RunReport:
        """Run the per-article stages again on every stored article, then the corpus stages."""
        report = RunReport()
        stats = ReadStats()
        raw = self.store.iter_raw_articles()
        articles = self._analysed(raw, stats, report, on_failure or _ignore)
        for batch in _batches(articles, report, on_progress):
            report.stored += self.store.replace_analyses(batch)
        self.link()
        return report

    def _analysed(
        self,
        items: Iterable[RawArticle | InputFailure],
        stats: ReadStats,
        report: RunReport,
        on_failure: FailureCallback,
    ) -> Iterator[Article]:
        for result in _processed(items, self.workers):
            report.files = stats.files
            if isinstance(result, InputFailure):
                report.failures.append(result)
                on_failure(result)
                continue
            report.articles += 1
            yield result
        report.files = stats.files

    # -- corpus stages ---------------------------------------------------------------------
    def link(self) -> int:
        """Run the corpus stages over every stored article, in one transaction; returns the
        number of resolved entities."""
        run = _CorpusRun()
        with self.store.transaction():
            for spec in self.stages:
                self._STEPS[spec.name](self, spec, run)
        return run.entities

    def _entities(self, spec: CorpusStage, run: _CorpusRun) -> None:
        groups = local_entities(self.store.mention_groups(), self.store.article_outlets())
        run.entities = self.store.replace_entities(spec.run(groups))

    def _story_features(self, spec: CorpusStage, run: _CorpusRun) -> None:
        state = run.story_state
        state.vocabulary = vocabulary_from_json(self.store.get_meta(VOCABULARY_KEY))
        placed = set()
        for article_id, story, data in self.store.story_docs():
            state.filed.append(FiledDoc(doc_from_json(data), story))
            placed.add(article_id)
        # Counts wait in a temporary table, not in memory: a large ingest holds one article
        # (and a light copy of each) at a time.
        store = self.store
        # Filed in order of publication, not of arrival: single-link filing depends on the
        # order, and the same folder must give the same stories however it is listed.
        new = (
            StoryInput(a, store.mention_counts(a.id))
            for a in store.iter_articles(placed, by_date=True)
        )
        run.counts = _SpooledCounts(store.spool("story_counts"))
        for counts in spec.run(state, new):
            run.counts.append(counts)

    def _stories(self, spec: CorpusStage, run: _CorpusRun) -> None:
        state, counts = run.story_state, run.counts
        filing: StoryFiling = spec.run(state, counts if counts is not None else [])
        if counts is not None:
            counts.close()
        start = len(state.filed)
        self.store.add_story_docs(
            (f.doc.id, start + number, f.story, doc_to_json(f.doc))
            for number, f in enumerate(filing.filed)
        )
        self.store.set_meta(VOCABULARY_KEY, vocabulary_to_json(state.vocabulary))
        self.store.replace_stories(filing.stories)
        run.story_of_article = filing.assignments
        run.story_state, run.counts = StoryState(), None

    def _events(self, spec: CorpusStage, run: _CorpusRun) -> None:
        store = self.store
        run.traced = spec.run(
            store.iter_articles(), store.entity_kinds(), store.entity_map(), run.story_of_article
        )

    def _event_stories(self, spec: CorpusStage, run: _CorpusRun) -> None:
        events: list[Event] = run.traced.events if run.traced else []
        story_of = spec.run(events, run.story_of_article)
        self.store.replace_events(events, run.traced.reuse if run.traced else [], story_of)

    _STEPS: ClassVar[dict[str, Callable[[LocalEngine, CorpusStage, _CorpusRun], None]]] = {
        "entities": _entities,
        "story-features": _story_features,
        "stories": _stories,
        "events": _events,
        "event-stories": _event_stories,
    }


class _SpooledCounts:
    """Story counts kept as JSON rows in the store's temporary table, with the light article
    each belongs to in memory; iterated in the order they were added."""

    def __init__(self, spool: Spool) -> None:
        self._spool = spool
        self._articles: list[Article] = []

    def append(self, counts: ArticleCounts) -> None:
        self._spool.append(counts_to_json(counts))
        self._articles.append(counts.article)

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[ArticleCounts]:
        for article, data in zip(self._articles, self._spool, strict=True):
            yield counts_from_json(data, article)

    def close(self) -> None:
        self._spool.close()


# -- reading and the worker pool ---------------------------------------------------------------
def _ignore(failure: InputFailure) -> None:
    return None


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

    Workers are spawned, not forked, so no lock held by a thread of this process (a progress
    bar, say) can be inherited in a locked state.
    """
    if workers <= 1:
        yield from map(_process, items)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        yield from pool.imap(_process, items, chunksize=_CHUNK)


def _batches(
    articles: Iterator[Article], report: RunReport, on_progress: ProgressCallback | None
) -> Iterator[list[Article]]:
    """Articles in store-sized batches; progress is reported once each batch is handled."""
    while batch := list(islice(articles, BATCH_SIZE)):
        yield batch
        if on_progress is not None:
            on_progress(report)


__all__ = ["BATCH_SIZE", "LocalEngine", "RunReport", "Source"]
