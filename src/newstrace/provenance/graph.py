"""A story's provenance graph: articles and sources as nodes; cites, copies, translates.

The records (:class:`~newstrace.models.Graph`, ``Node``, ``Edge``) live in ``models``. JSON
comes from :func:`newstrace.report.json.graph_dict`; GraphML, which Gephi, yEd, Cytoscape
and networkx read, from :func:`to_graphml` here, written with the standard library's
ElementTree, so every label is escaped by the XML writer, never by hand.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from ..models import Article, Edge, Entity, Event, Graph, Node, Reuse


def story_graph(
    articles: Iterable[Article],
    events: Iterable[Event],
    entities: dict[str, Entity],
    reuse: Iterable[Reuse],
) -> Graph:
    """The graph of one story: who reports, whom they cite, who reused whose sentences."""
    articles = list(articles)
    ids = {a.id for a in articles}
    nodes = {a.id: _article_node(a) for a in articles}
    edges: dict[tuple[str, str, str], Edge] = {}
    for event in events:
        for item in event.evidence:
            if item.article not in ids or item.basis not in ("cites", "first-hand", "copy"):
                continue
            for origin in event.origins:
                if item.basis == "copy":
                    continue  # drawn as the copies edge below
                kind = "first-hand" if item.basis == "first-hand" else "cites"
                _edge(edges, item.article, origin, kind, (item.article, item.sentence))
                if origin not in nodes and origin in entities:
                    nodes[origin] = _source_node(entities[origin])
    for reused in reuse:
        if reused.later.article in ids and reused.earlier.article in ids:
            evidence = (reused.later.article, reused.later.sentence)
            _edge(edges, reused.later.article, reused.earlier.article, reused.kind, evidence)
    kept = {key: edge for key, edge in edges.items() if edge.target in nodes}
    return Graph(list(nodes.values()), list(kept.values()))


def _edge(
    edges: dict[tuple[str, str, str], Edge], source: str, target: str, kind: str,
    evidence: tuple[str, int],
) -> None:  # fmt: skip
    edge = edges.setdefault((source, target, kind), Edge(source, target, kind))
    if evidence not in edge.evidence:
        edge.evidence.append(evidence)


def _article_node(article: Article) -> Node:
    label = article.outlet or article.title or article.id
    return Node(article.id, "article", label, article.language, article.published)


def _source_node(entity: Entity) -> Node:
    return Node(entity.id, "source", entity.name, type=entity.type)


_NODE_KEYS = ("kind", "label", "language", "published", "type")


def to_graphml(graph: Graph) -> str:
    """GraphML text of ``graph`` (directed; node and edge attributes as GraphML keys)."""
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for name in _NODE_KEYS:
        ET.SubElement(root, "key", id=f"n_{name}", attrib={"for": "node", "attr.name": name,
                                                           "attr.type": "string"})  # fmt: skip
    ET.SubElement(root, "key", id="e_kind", attrib={"for": "edge", "attr.name": "kind",
                                                    "attr.type": "string"})  # fmt: skip
    ET.SubElement(root, "key", id="e_evidence", attrib={"for": "edge", "attr.name": "evidence",
                                                        "attr.type": "string"})  # fmt: skip
    body = ET.SubElement(root, "graph", id="provenance", edgedefault="directed")
    for node in graph.nodes:
        element = ET.SubElement(body, "node", id=node.id)
        for name in _NODE_KEYS:
            value = getattr(node, name)
            if value is not None:
                ET.SubElement(element, "data", key=f"n_{name}").text = str(value)
    for number, edge in enumerate(graph.edges):
        element = ET.SubElement(
            body, "edge", id=f"x{number}", source=edge.source, target=edge.target
        )
        ET.SubElement(element, "data", key="e_kind").text = edge.kind
        evidence = " ".join(f"{a}#{s}" for a, s in edge.evidence)
        ET.SubElement(element, "data", key="e_evidence").text = evidence
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


__all__ = ["Edge", "Graph", "Node", "story_graph", "to_graphml"]
