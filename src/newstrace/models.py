"""Records that flow between the pipeline stages.

The field names here *are* the public analysis JSON contract (``docs/analysis.schema.json``):
fields may be added, never renamed or dropped.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SentenceKind = Literal["report", "attributed", "opinion", "other"]
EntityType = Literal["person", "organization", "outlet", "place", "other"]
EventStatus = Literal["corroborated", "single-source", "unattributed", "disputed", "denied"]
Stance = Literal["confirmed", "denied", "declined", "no_comment"]


@dataclass(slots=True)
class RawArticle:
    """What a reader found in one input: text plus whatever metadata the format carried.

    ``published`` is already normalised to ``YYYY-MM-DD`` or None; ``published_source`` says
    where it came from (``metadata``, ``header``, ``html``, ``feed``, ``warc-date``) so a user can
    judge how far to trust it.
    """

    text: str
    path: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None
    author: str | None = None
    language_hint: str | None = None
    format: str = "text"


@dataclass(slots=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int
    kind: SentenceKind = "report"
    hedged: bool = False
    cites: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    id: str
    path: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None
    sentences: list[Sentence]
    text: str
    paths: list[str] = field(default_factory=list)
    published_source: str | None = None
    author: str | None = None
    format: str = "text"


@dataclass(slots=True)
class Mention:
    article: str
    sentence: int
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Note:
    text: str
    article: str
    sentence: int


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass(slots=True)
class Evidence:
    article: str
    sentence: int


@dataclass(slots=True)
class EventDate:
    value: str | None
    text: str | None


@dataclass(slots=True)
class Response:
    entity: str
    stance: Stance
    article: str
    sentence: int


@dataclass(slots=True)
class Event:
    id: str
    type: str
    summary: str
    actors: list[str]
    places: list[str]
    date: EventDate
    evidence: list[Evidence]
    origins: list[str]
    independent_sources: int
    status: EventStatus
    responses: list[Response] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    id: str
    title: str
    articles: list[str]
    events: list[str]
    languages: list[str]


@dataclass(slots=True)
class TimelineEntry:
    date: str | None
    event: str


@dataclass(slots=True)
class Analysis:
    """The whole result of a run: the same content as the analysis JSON."""

    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    # How the run that produced it went (``api.RunReport``); not part of the contract JSON.
    report: Any = field(default=None, repr=False, compare=False)

    CONTRACT_KEYS = ("articles", "entities", "events", "stories", "timeline")

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON object (article ``text`` included so offsets can be checked)."""
        return {key: [asdict(item) for item in getattr(self, key)] for key in self.CONTRACT_KEYS}
