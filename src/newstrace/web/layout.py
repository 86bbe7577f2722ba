"""What the web pages draw, computed in Python so templates only place escaped text.

Three pieces of a story page: the outlets × events matrix, the provenance graph laid out as
SVG coordinates, and the articles' sentences cut into segments (attributed sources, cues and
hedges marked). Nothing here produces markup: every string goes to the templates as text and
Jinja2 escapes it there.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from ..models import Article, Entity, Event, Graph, Sentence


def script_of(text: str) -> str:
    """The script of the first letter of ``text``: "Latin", "Arabic", "Cyrillic", ... ."""
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "UNKNOWN").split(" ")[0].title()
    return "Other"


def outlet_label(article: Article | None, entities: dict[str, Entity]) -> str:
    """The name a reader knows an article's outlet by."""
    if article is None:
        return "?"
    if article.outlet:
        return article.outlet
    if article.outlet_entity and article.outlet_entity in entities:
        return entities[article.outlet_entity].name
    return article.title or article.id


# -- the outlets × events matrix --------------------------------------------------------------
@dataclass(slots=True)
class Cell:
    """How one outlet reports one event: the markers and the sentences behind them."""

    markers: list[str] = field(default_factory=list)  # origin, cites, copy, hedged, ...
    cited: list[str] = field(default_factory=list)  # names of the sources it cites
    evidence: list[tuple[str, int]] = field(default_factory=list)  # (article, sentence)


@dataclass(slots=True)
class Matrix:
    outlets: list[str]
    events: list[str]  # event ids, in the story's timeline order
    cells: dict[str, dict[str, Cell]]  # outlet -> event id -> cell


_MARKER_ORDER = ("origin", "first-hand", "cites", "copy", "denial", "unattributed", "hedged")


def report_matrix(
    articles: list[Article], events: list[Event], entities: dict[str, Entity]
) -> Matrix:
    """Who reports what: one row per outlet, one column per event.

    A cell's markers: ``origin`` (the outlet is one of the event's origins), ``first-hand``
    (its correspondent or named on-the-record source), ``cites`` (it names the source it
    reports from), ``copy`` (its sentence is reused from an earlier article), ``denial``,
    ``unattributed`` and ``hedged`` (reportedly, allegedly).
    """
    by_id = {a.id: a for a in articles}
    label = {a.id: outlet_label(a, entities) for a in articles}
    first: dict[str, str] = {}  # outlet -> its earliest publication date here
    for article in articles:
        outlet = label[article.id]
        first[outlet] = min(first.get(outlet, "9999"), article.published or "9999")
    cells: dict[str, dict[str, Cell]] = defaultdict(dict)
    for event in events:
        for item in event.evidence:
            reporting = by_id.get(item.article)
            if reporting is None:
                continue
            cell = cells[label[reporting.id]].setdefault(event.id, Cell())
            marks = {item.basis or "unattributed"}
            if item.hedged:
                marks.add("hedged")
            if reporting.outlet_entity and reporting.outlet_entity in event.origins:
                marks.add("origin")
            cell.markers = [m for m in _MARKER_ORDER if m in marks or m in cell.markers]
            if item.basis == "cites":
                sentence = _sentence(reporting, item.sentence)
                for entity_id in sentence.cites if sentence else []:
                    name = entities[entity_id].name if entity_id in entities else entity_id
                    if name not in cell.cited:
                        cell.cited.append(name)
            cell.evidence.append((item.article, item.sentence))
    outlets = sorted(cells, key=lambda o: (first[o], o))
    return Matrix(outlets, [e.id for e in events], dict(cells))


def _sentence(article: Article, index: int) -> Sentence | None:
    return next((s for s in article.sentences if s.index == index), None)


# -- the provenance graph as SVG coordinates --------------------------------------------------
@dataclass(slots=True)
class PlacedNode:
    id: str
    kind: str
    label: str
    detail: str
    x: float
    y: float
    anchor: str  # text-anchor of the label


@dataclass(slots=True)
class PlacedEdge:
    kind: str
    path: str  # SVG path data: numbers and command letters only
    title: str


@dataclass(slots=True)
class GraphLayout:
    width: int
    height: int
    nodes: list[PlacedNode]
    edges: list[PlacedEdge]


def layout_graph(graph: Graph, width: int = 760, row: int = 34) -> GraphLayout:
    """Articles in a column on the left (oldest first), the sources they cite on the right;
    cites and first-hand edges cross between the columns, copies and translations arc just
    right of the article column, from the later article to the earlier one."""
    articles = sorted(
        (n for n in graph.nodes if n.kind == "article"), key=lambda n: (n.published or "", n.id)
    )
    sources = sorted((n for n in graph.nodes if n.kind != "article"), key=lambda n: n.label)
    left, right, top = 240.0, width - 200.0, 24.0
    placed: dict[str, PlacedNode] = {}
    for number, node in enumerate(articles):
        detail = " · ".join(p for p in (node.published, node.language) if p)
        placed[node.id] = PlacedNode(
            node.id, "article", node.label, detail, left, top + number * row, "end"
        )
    for number, node in enumerate(sources):
        placed[node.id] = PlacedNode(
            node.id, "source", node.label, node.type or "", right, top + number * row, "start"
        )
    edges = []
    for edge in graph.edges:
        start, end = placed.get(edge.source), placed.get(edge.target)
        if start is None or end is None:
            continue
        if end.kind == "article":  # copies / translates: an arc right of the article column
            bulge = left + 30 + 14 * abs(end.y - start.y) / row
            path = (
                f"M{start.x + 6:.1f},{start.y:.1f} C{bulge:.1f},{start.y:.1f} "
                f"{bulge:.1f},{end.y:.1f} {end.x + 8:.1f},{end.y:.1f}"
            )
        else:
            path = f"M{start.x + 6:.1f},{start.y:.1f} L{end.x - 8:.1f},{end.y:.1f}"
        edges.append(PlacedEdge(edge.kind, path, f"{start.label} {edge.kind} {end.label}"))
    rows = max(len(articles), len(sources), 1)
    return GraphLayout(width, int(top * 2 + (rows - 1) * row), list(placed.values()), edges)


# -- sentences cut into marked segments -------------------------------------------------------
@dataclass(slots=True)
class Segment:
    text: str
    mark: str | None = None  # "source" | "cue" | "hedge"


@dataclass(slots=True)
class SentenceView:
    index: int
    kind: str
    hedged: bool
    segments: list[Segment]
    cites: list[str]  # names of the cited sources


def sentence_views(article: Article, entities: dict[str, Entity]) -> list[SentenceView]:
    """Each sentence of ``article`` with its attributed sources, cues and hedges marked."""
    views = []
    for sentence in article.sentences:
        spans: list[tuple[int, int, str]] = []
        for attribution in sentence.attributions:
            if attribution.source is not None:
                spans.append((attribution.source.start, attribution.source.end, "source"))
            spans.append((attribution.cue.start, attribution.cue.end, "cue"))
        spans += [(h.start, h.end, "hedge") for h in sentence.hedges]
        names = [entities[e].name if e in entities else e for e in sentence.cites]
        views.append(
            SentenceView(
                sentence.index,
                sentence.kind,
                sentence.hedged,
                marked_segments(article.text, sentence.start, sentence.end, spans),
                names,
            )
        )
    return views


def marked_segments(
    text: str, start: int, end: int, spans: list[tuple[int, int, str]]
) -> list[Segment]:
    """``text[start:end]`` cut at the marked spans; overlapping spans keep the first one."""
    segments, cursor = [], start
    for span_start, span_end, mark in sorted(spans):
        span_start, span_end = max(span_start, cursor), min(span_end, end)
        if span_start >= span_end:
            continue
        if span_start > cursor:
            segments.append(Segment(text[cursor:span_start]))
        segments.append(Segment(text[span_start:span_end], mark))
        cursor = span_end
    if cursor < end:
        segments.append(Segment(text[cursor:end]))
    return segments


def aliases_by_script(entity: Entity) -> dict[str, list[str]]:
    """The entity's names grouped by the script they are written in."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in dict.fromkeys([entity.name, *entity.aliases]):
        groups[script_of(name)].append(name)
    return dict(groups)
