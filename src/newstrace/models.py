"""Records that flow between the pipeline stages, the engines and the store.

The field names of the records in :class:`Analysis` *are* the public analysis JSON contract
(``docs/analysis.schema.json``): fields may be added, never renamed or dropped. The records
the cross-article stages exchange with the store (:class:`LocalEntity`,
:class:`ResolvedEntity`, :class:`Reuse`, :class:`Graph` ...) live here too, so the store
needs no stage to read or write them.
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
    # Set when re-analysing a stored article: its id stays, whatever the text cleaning does.
    id: str | None = None


@dataclass(slots=True)
class DateRef:
    """A date expression in a sentence; offsets are into the article text.

    ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the format is the precision), or None
    when it cannot be resolved (a weekday in an article without a publication date).
    """

    text: str
    start: int
    end: int
    value: str | None
    end_value: str | None = None
    relative: bool = False


@dataclass(slots=True)
class TextSpan:
    """A piece of an article: its text and character offsets into the article text."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Attribution:
    """One "who says so" relation in a sentence: the cue ("said", "according to", a quotation),
    the source span and the reported content; ``entity`` is the resolved source entity's id.

    ``nested``: the cue sits inside a quotation or another attribution's content (the quoted
    speaker cites someone), so it is not the article's own attribution.
    """

    cue: TextSpan
    source: TextSpan | None = None
    content: TextSpan | None = None
    entity: str | None = None
    anonymous: bool = False
    publisher: bool = False
    quote: bool = False
    nested: bool = False
    # The article-local entity of the source (EntityMention.local), until ids are resolved;
    # not part of the contract JSON.
    local: int | None = None


@dataclass(slots=True)
class SentenceResponse:
    """An official response voiced in a sentence ("the ministry declined to comment")."""

    stance: Stance
    cue: TextSpan
    party: TextSpan | None = None
    entity: str | None = None
    local: int | None = None  # as Attribution.local


@dataclass(slots=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int
    kind: SentenceKind = "report"
    hedged: bool = False
    cites: list[str] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    hedges: list[TextSpan] = field(default_factory=list)
    responses: list[SentenceResponse] = field(default_factory=list)
    # P(the sentence voices a subjective judgement), from the subjectivity model; None where
    # no model covers the language.
    subjectivity: float | None = None
    # What someone thinks, wants, fears, expects, decides, supports or demands ("the
    # ministry wants …", "X believes that …", "pledged to …"): records shaped like
    # attributions, kept apart because they report a state of mind, not a statement.
    beliefs: list[Attribution] = field(default_factory=list)
    # What a document, a poll or a record shows ("the poll shows …", "records show …"), in the
    # same shape: the outlet's reading of a document, not a statement.
    findings: list[Attribution] = field(default_factory=list)


@dataclass(slots=True)
class EntityMention:
    """A name found in one article, before names are resolved across articles.

    ``local`` groups the mentions of one entity inside the article ("Mohammad Javad Zarif" …
    "Zarif"); ``role`` is ``dateline`` or ``caption`` where the name only frames the story.
    """

    sentence: int
    start: int
    end: int
    text: str
    type: EntityType
    source: str  # "ner" | "fallback" | "pattern"
    confidence: float
    local: int = -1
    place: str | None = None  # gazetteer id: "country:JO", "geonames:250441"
    country: str | None = None
    role: str | None = None
    publisher: bool = False
    # An unnamed source ("diplomatic sources"): one entity per article, never merged with
    # another article's, so it is never counted as independent of the article.
    anonymous: bool = False


@dataclass(slots=True)
class LocalNote:
    """What an article says about a source's reliability, funding, ownership or affiliation,
    attached to the article-local entity it describes (resolved into ``Entity.notes``)."""

    local: int
    sentence: int
    kind: str  # "funding" | "ownership" | "affiliation" | "reliability"
    text: str
    start: int
    end: int


@dataclass(slots=True)
class EventMention:
    """An event as one sentence tells it, before events are merged across sentences and
    articles (the events stage fills these; the cross-article stage turns them into Events).

    ``actors`` and ``places`` are article-local entity numbers (``EntityMention.local``);
    ``date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the format is the precision) and
    ``date_source`` says where it came from: ``sentence`` (a date expression in the sentence),
    ``paragraph`` (the nearest governing one before it), or ``published`` (no date in the
    text: the event happened on or before the publication date, so ``date`` is None and
    ``not_after`` holds that bound). Type ``happening`` is the generic event of a lead
    sentence that tells no ontology event ("a tram derailed"), its trigger the predicate.
    """

    sentence: int
    type: str
    trigger: TextSpan
    actors: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    places: list[int] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    date_source: str = "published"
    not_after: str | None = None
    negated: bool = False
    hedged: bool = False
    # The happening the article leads with (its first body sentence tells it; see
    # ``events.extract.lead``): reports of one story that lead with one happening meet
    # across types in the cross-article stage.
    lead: bool = False
    # Told as a further happening of its kind ("X also met Y"): within its article it is not
    # the happening told before (``EventLexicon.additives``).
    additive: bool = False


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
    outlet_entity: str | None = None
    mentions: list[EntityMention] = field(default_factory=list)
    notes: list[LocalNote] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    article: str
    sentence: int
    text: str
    start: int
    end: int
    role: str | None = None  # "dateline" | "caption": the name frames the story, not an event
    source: str | None = None  # "ner" | "fallback" | "pattern"


@dataclass(slots=True)
class Note:
    """A statement an article makes about a source ("state-run", "funded by …"), with its
    evidence; newstrace reports what the article says and adds no verdict of its own."""

    text: str
    article: str
    sentence: int
    kind: str | None = None  # "funding" | "ownership" | "affiliation" | "reliability"
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Merge:
    """Why two names became one entity: the names compared, the rule and its score."""

    a: str
    b: str
    rule: str
    score: float


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    country: str | None = None
    coordinates: list[float] | None = None
    gazetteer: str | None = None
    confidence: float = 1.0
    anonymous: bool = False


@dataclass(slots=True)
class Evidence:
    article: str
    sentence: int
    text: str | None = None
    hedged: bool = False
    # How this report relates to the event's origins: "cites" (it names its source),
    # "first-hand" (the outlet's own reporting), "copy" (reused from an earlier article),
    # "denial" (it reports that a party denied the event), or "unattributed".
    basis: str | None = None


@dataclass(slots=True)
class EventDate:
    value: str | None
    text: str | None
    precision: str | None = None  # "year" | "month" | "day"
    source: str | None = None  # "sentence" | "paragraph" | "published"
    not_after: str | None = None  # no date in the text: no later than the first report


@dataclass(slots=True)
class DateReport:
    """One date the reports give for an event, with every report giving it: reports that
    disagree ("Tuesday" in one outlet, "Wednesday" in another) are all kept and shown, and
    the event's ``date`` is the best-supported of them. ``support`` counts the articles
    whose date agrees with this one (the same value, or a coarser or finer one holding it:
    "June 2025" agrees with "2025-06-10"); ``text`` is the expression of its first report
    ("on Tuesday") and ``evidence`` the sentences giving it."""

    value: str
    precision: str | None
    support: int
    text: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Response:
    """One party's response to an event, kept once per party and stance: ``article``,
    ``sentence`` and ``text`` are its first report, ``evidence`` every report of it (five
    outlets quoting one "declined to comment" are one response with five evidence items)."""

    entity: str | None
    stance: Stance
    article: str
    sentence: int
    text: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class RootReport:
    """One report resting on a root: its sentence, the entity the text names for it (the
    speaker, the outlet cited, the outlet a speaker told, the wire credited) and how it comes
    to rest there: ``cites`` (it names the root), ``told`` (the root spoke to the outlet
    ``via``), ``anonymous`` (an unnamed source stands for the outlet carrying it), ``copy``
    (reused from an earlier article), ``wire`` (an uncited wire story: the agency),
    ``first-hand`` (the outlet's own reporting), ``relay`` (an outlet cited for what it only
    relays from the root) or ``exclusive`` (a speaker reached only through the root outlet)."""

    article: str
    sentence: int
    via: str | None = None
    how: str = "cites"


@dataclass(slots=True)
class EventRoot:
    """One independent source behind an event, after every collapse: the entity (None for
    a wire agency or outlet that has no entity), its ``name`` when it has no entity, its
    ``kind`` (``party``: a person or organisation on the record; ``outlet``; ``wire``) and
    every report resting on it, so a reader sees why the count is what it is."""

    entity: str | None
    kind: str
    reports: list[RootReport] = field(default_factory=list)
    name: str | None = None


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
    targets: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    first_reported: str | None = None
    hedged: bool = False
    # Why the status is "disputed" or "denied", in words a reader can check.
    status_reason: str | None = None
    # The independent sources counted in ``independent_sources`` and what rests on each.
    roots: list[EventRoot] = field(default_factory=list)
    # Every date the reports give (from their own sentence or paragraph), best-supported
    # first; more than one value that disagree is a conflict the reader should see.
    dates: list[DateReport] = field(default_factory=list)
    # The articles that lead with this event (their lead mention, ``EventMention.lead``, is
    # among its evidence): an article's main happening is the event listing it here.
    leads: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    id: str
    title: str
    articles: list[str]
    events: list[str]
    languages: list[str]
    first_published: str | None = None
    last_published: str | None = None


@dataclass(slots=True)
class TimelineEntry:
    date: str | None
    event: str
    precision: str | None = None
    type: str | None = None
    summary: str | None = None
    first_reported: str | None = None  # publication date of the first article reporting it
    story: str | None = None


@dataclass(slots=True)
class LocalEntity:
    """An entity as one article knows it (its mentions of one ``local`` number, or the
    article's own outlet from metadata): the input of cross-article entity resolution."""

    article: str
    local: int  # -1: the article's own outlet (from metadata)
    type: str
    names: list[str]
    place: str | None = None
    country: str | None = None
    publisher: bool = False
    confidence: float = 1.0
    anonymous: bool = False  # an unnamed source: stays the article's own entity

    @property
    def key(self) -> tuple[str, int]:
        return (self.article, self.local)


@dataclass(slots=True)
class ResolvedEntity:
    """One entity across articles, as resolution made it: the (article, local) members it
    joined and why (``merges``); ``coordinates`` from the gazetteer entry of ``place``."""

    id: str
    type: str
    name: str
    aliases: list[str]
    members: list[tuple[str, int]]
    merges: list[Merge] = field(default_factory=list)
    place: str | None = None
    country: str | None = None
    confidence: float = 1.0
    anonymous: bool = False
    coordinates: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class SentenceKey:
    article: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Reuse:
    """``later`` reuses ``earlier``: ``kind`` is "copies" or "translates"."""

    later: SentenceKey
    earlier: SentenceKey
    kind: str
    score: float


@dataclass(slots=True)
class Node:
    """A node of a story's provenance graph: an article or a source entity."""

    id: str
    kind: str  # "article" | "source"
    label: str
    language: str | None = None
    published: str | None = None
    type: str | None = None  # entity type, for sources


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    kind: str  # "cites" | "copies" | "translates" | "first-hand"
    evidence: list[tuple[str, int]] = field(default_factory=list)  # (article, sentence)


@dataclass(slots=True)
class Graph:
    """A story's provenance graph (see ``provenance.story_graph``)."""

    nodes: list[Node]
    edges: list[Edge]


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
        """The contract JSON object (article ``text`` included so offsets can be checked).

        It is made here, beside the records whose field names *are* the contract, so that
        the output layer (:mod:`newstrace.report`) renders it and nothing below needs the
        output layer. Per-article mentions and notes are not repeated on articles: the
        contract carries them under ``entities[].mentions`` and ``entities[].notes``, resolved.
        """
        data = {key: [asdict(item) for item in getattr(self, key)] for key in self.CONTRACT_KEYS}
        for article in data["articles"]:
            article.pop("mentions", None)
            article.pop("notes", None)
            article.pop("events", None)
            for sentence in article["sentences"]:
                for item in (
                    *sentence["attributions"],
                    *sentence["responses"],
                    *sentence.get("beliefs", []),
                    *sentence.get("findings", []),
                ):
                    item.pop("local", None)
        return data
