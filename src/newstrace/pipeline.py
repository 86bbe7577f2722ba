"""Per-article stages: pure functions of one article, so any worker pool can run them.

``process_article`` turns a :class:`RawArticle` into an :class:`Article`; each stage in
:data:`ARTICLE_STAGES` takes the article and returns it enriched. Each stage declares what it
reads (``requires``) and what it writes (``assigns``) as a
:class:`~newstrace.contracts.StageSpec`; the order is checked when this module is imported.
A stage that raises costs only that article, and the failure names the stage.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from .contracts import StageSpec, check_order
from .errors import InputFailure
from .models import Article, DateRef, RawArticle, Sentence
from .nlp import content_key, detect_language, sentence_spans

Stage = Callable[[Article, RawArticle], Article]

_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """The article text every offset points into: NFC, Unix newlines, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def language_stage(article: Article, raw: RawArticle) -> Article:
    article.language = detect_language(article.text, raw.language_hint)
    return article


def sentence_stage(article: Article, raw: RawArticle) -> Article:
    article.sentences = [
        Sentence(index=i, text=article.text[start:end], start=start, end=end)
        for i, (start, end) in enumerate(sentence_spans(article.text, article.language))
    ]
    return article


def dates_stage(article: Article, raw: RawArticle) -> Article:
    from .dates import find_dates

    for sentence in article.sentences:
        sentence.dates = [
            DateRef(
                text=found.text,
                start=sentence.start + found.start,
                end=sentence.start + found.end,
                value=found.value,
                end_value=found.end_value,
                relative=found.relative,
            )
            for found in find_dates(sentence.text, article.language, article.published)
        ]
    return article


def entities_stage(article: Article, raw: RawArticle) -> Article:
    from .entities.extract import find_mentions

    article.mentions = find_mentions(article)
    return article


def claims_stage(article: Article, raw: RawArticle) -> Article:
    from .claims.stage import analyse_claims

    return analyse_claims(article)


def events_stage(article: Article, raw: RawArticle) -> Article:
    from .events import find_events

    article.events = find_events(article)
    return article


# What an article carries before the first stage: the reader's metadata and the cleaned text
# (``raw.language_hint`` is read from the raw article itself).
ARTICLE_INPUTS: tuple[str, ...] = (
    "article.id",
    "article.path",
    "article.paths",
    "article.url",
    "article.outlet",
    "article.title",
    "article.published",
    "article.published_source",
    "article.author",
    "article.format",
    "article.text",
    "raw.language_hint",
)

# The per-article stages in order, each with what it reads and what it writes. ``article.
# sentences`` stands for the sentence list and each sentence's index, text and offsets.
ARTICLE_STAGES: tuple[StageSpec[Stage], ...] = (
    StageSpec(
        "language",
        language_stage,
        requires=("article.text", "raw.language_hint"),
        assigns=("article.language",),
    ),
    StageSpec(
        "sentences",
        sentence_stage,
        requires=("article.text", "article.language"),
        assigns=("article.sentences",),
    ),
    StageSpec(
        "dates",
        dates_stage,
        requires=("article.sentences", "article.language", "article.published"),
        assigns=("sentence.dates",),
    ),
    StageSpec(
        "entities",
        entities_stage,
        requires=("article.text", "article.sentences", "article.language"),
        assigns=("article.mentions",),
    ),
    StageSpec(
        "claims",
        claims_stage,
        requires=("article.sentences", "article.language", "article.title", "article.mentions"),
        # It also adds mentions of its own: sources the entity stage missed ("Amnesty
        # International" after "according to") and the article's anonymous-source entity.
        assigns=(
            "sentence.kind",
            "sentence.hedged",
            "sentence.hedges",
            "sentence.attributions",
            "sentence.beliefs",
            "sentence.findings",
            "sentence.responses",
            "sentence.subjectivity",
            "article.notes",
            "article.mentions",
        ),
    ),
    StageSpec(
        "events",
        events_stage,
        requires=(
            "article.text",
            "article.published",
            "article.language",
            "article.sentences",
            "article.mentions",
            "sentence.dates",
            "sentence.kind",
            "sentence.hedged",
            "sentence.attributions",
            "sentence.responses",
        ),
        assigns=("article.events",),
    ),
)

# Checked once, when the module is imported: a misordered pipeline fails before any article.
ARTICLE_OUTPUTS: frozenset[str] = check_order(ARTICLE_STAGES, ARTICLE_INPUTS)


def process_article(
    raw: RawArticle, stages: Sequence[StageSpec[Stage]] = ARTICLE_STAGES
) -> Article | InputFailure:
    """Run every per-article stage on one raw article.

    ``stages`` is :data:`ARTICLE_STAGES` unless a caller wraps them (``bench/stages.py`` times
    each); a caller passing its own checks their order with :func:`check_order` first.
    """
    text = clean_text(raw.text)
    if not text:
        return InputFailure(raw.path, "no-text", "no body text")
    article = Article(
        id=raw.id or content_key(text),
        path=raw.path,
        url=raw.url,
        outlet=raw.outlet,
        title=raw.title,
        published=raw.published,
        language=None,
        sentences=[],
        text=text,
        paths=[raw.path],
        published_source=raw.published_source,
        author=raw.author,
        format=raw.format,
    )
    for spec in stages:
        try:
            article = spec.run(article, raw)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the run
            return InputFailure(raw.path, "stage-error", f"{spec.name} stage failed: {exc!r}"[:300])
    return article
