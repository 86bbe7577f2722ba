"""Per-article stages: pure functions of one article, so any worker pool can run them.

``process_article`` turns a :class:`RawArticle` into an :class:`Article`; each stage in
:data:`ARTICLE_STAGES` takes the article and returns it enriched. A stage that raises costs
only that article, and the failure names the stage.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

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


ARTICLE_STAGES: list[tuple[str, Stage]] = [
    ("language", language_stage),
    ("sentences", sentence_stage),
    ("dates", dates_stage),
    ("entities", entities_stage),
    ("claims", claims_stage),
    ("events", events_stage),
]


def process_article(raw: RawArticle) -> Article | InputFailure:
    """Run every per-article stage on one raw article."""
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
    for name, stage in ARTICLE_STAGES:
        try:
            article = stage(article, raw)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the run
            return InputFailure(raw.path, "stage-error", f"{name} stage failed: {exc!r}"[:300])
    return article
