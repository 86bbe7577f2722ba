"""How solid is it: events merged across articles and languages, where each report comes
from, how many independent sources stand behind an event, and the timeline.

A cross-article stage. :func:`trace` takes the exported articles (sentences with resolved
``cites``, attributions and responses), each article's event mentions, and the map from
article-local entity numbers to resolved entity ids; it returns the events with their
evidence, origins, independent-source counts, statuses and responses, plus the sentence
reuse (copies, translations) it found. Everything is blocked by keys (actor ids, shingles,
anchor sequences): the cost grows with the number of reports, not with pairs of articles.

Modules: :mod:`.copying` (reused sentences), :mod:`.events` (coreference, roots, status),
:mod:`.graph` (a story's provenance graph, JSON and GraphML), and :func:`timeline` here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..models import Article, Entity, Event, Sentence, TimelineEntry
from .copying import Reuse, SentenceKey, SentenceText, article_order, find_reuse, numbers
from .events import Compatible, Report, build_events, same_type
from .graph import Graph, story_graph, to_graphml
from .origins import (
    BODY,
    FOLLOWING,
    LEAD,
    Context,
    States,
    agency_entities,
    article_signals,
    commentators,
    outlet_forms,
    resolve_sources,
)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*|[٠-٩۰-۹]+(?:[.,٫٬][٠-٩۰-۹]+)*")

EntityMap = Mapping[str, Mapping[int, str]]  # article id -> local entity number -> entity id


@dataclass(slots=True)
class Traced:
    events: list[Event]
    reuse: list[Reuse]


def trace(
    articles: Iterable[Article],
    entities: Sequence[Entity],
    entity_of: EntityMap,
    compatible: Compatible = same_type,
    family: Callable[[str], str] = str,
    story_of: Mapping[str, str] | None = None,
    lead_compatible: Compatible | None = None,
) -> Traced:
    """Events with provenance over ``articles`` (see the module docstring); ``story_of``
    (article id → story id) lets reports of one story meet across articles, and
    ``lead_compatible`` which types the leads of one story may both tell.

    Articles are read once, as a stream: each is reduced, in place, to what provenance needs
    (its event sentences and the sentences with responses), so a large database is not held
    in memory.
    """
    outlets = {e.id: e.name for e in sorted(entities, key=lambda e: e.id) if e.type == "outlet"}
    forms = outlet_forms(outlets)
    # an agency's entity may be typed an organisation ("The Associated Press said"); an
    # outlet of the name wins
    organisations = {e.id: e.name for e in sorted(entities, key=lambda e: e.id)
                     if e.type == "organization"}  # fmt: skip
    agencies = agency_entities({**outlets, **organisations})
    kept: list[Article] = []
    texts: list[SentenceText] = []
    first: dict[str, bool] = {}
    first_at: dict[str, frozenset[int]] = {}
    own: dict[str, set[str]] = {}
    wire: dict[str, str] = {}
    reports: list[Report] = []
    country_of = {e.id: e.country for e in entities if e.type == "place" and e.country}
    places = frozenset(e.id for e in entities if e.type == "place")
    kinds: dict[str, str] = {e.id: e.type for e in entities}
    anonymous = {e.id for e in entities if e.anonymous}
    states = States()
    names: dict[SentenceKey, frozenset[str]] = {}
    participants: dict[tuple[SentenceKey, int], frozenset[str]] = {}
    experts: dict[str, frozenset[str]] = {}
    for article in articles:
        if not article.events:
            continue
        ids = entity_of.get(article.id, {})
        named = resolve_sources(article, ids, kinds, anonymous, states)
        experts[article.id] = commentators(article)
        signals = article_signals(article, forms)
        first[article.id], own[article.id] = signals.first_hand, set(signals.own)
        first_at[article.id] = signals.first_hand_at
        if signals.wire:
            wire[article.id] = agencies.get(signals.wire, f"wire:{signals.wire}")
        told = {m.sentence for m in article.events}
        near = told | {s + n for s in told for n in range(1, FOLLOWING + 1)}
        near |= set(range(LEAD)) if min(told) < LEAD else set()  # origins._following_links
        names.update({SentenceKey(article.id, i): named[i] for i in near if i in named})
        for m in article.events:
            found = {ids[n] for n in (*m.actors, *m.targets, *m.places) if n in ids}
            participants[(SentenceKey(article.id, m.sentence), m.trigger.start)] = frozenset(found)
        texts += [t for t in _sentence_texts(article, entity_of) if t.key.sentence in told]
        story = story_of.get(article.id) if story_of else None
        reports += _reports(article, ids, story, country_of, places)
        # the sentences right after a report may give its source (origins._following_links)
        kept.append(_slim(article, near))
    order = article_order((a.id, a.published) for a in kept)
    # a story credited to a wire agency is that agency's own report, not a copy of another
    # agency's or outlet's story (AP's English and Reuters' Arabic of one arrest)
    reporting = frozenset(a for a, own in first.items() if own) | frozenset(wire)
    reuse = [
        r for r in find_reuse(texts, order, reporting)
        if r.later.article not in wire or wire[r.later.article] == wire.get(r.earlier.article)
    ]  # fmt: skip
    context = Context(
        articles={a.id: a for a in kept},
        outlet_of={a.id: a.outlet_entity for a in kept},
        anonymous=anonymous,
        reuse={r.later: r for r in reuse},
        first_hand=first,
        first_hand_at=first_at,
        standing={e.id for e in entities if e.type in ("person", "organization")},
        kinds=kinds,
        own=own,
        wire=wire,
        states=states,
        names=names,
        participants=participants,
        entity_names={e.id: e.name for e in entities},
        commentators=experts,
    )
    # an official body named without a name has standing, as a named one has
    context.standing |= {
        a.entity for article in kept for s in article.sentences for a in s.attributions
        if a.entity and a.entity.startswith(BODY)
    }  # fmt: skip
    events = build_events(reports, context, compatible, family, lead_compatible)
    return Traced(events, reuse)


def _slim(article: Article, told: set[int]) -> Article:
    """The article with only what provenance reads: its event and response sentences."""
    article.sentences = [
        s if s.index in told or s.responses else Sentence(s.index, "", s.start, s.end, s.kind)
        for s in article.sentences
    ]
    article.text, article.mentions, article.notes = "", [], []
    return article


def _reports(
    article: Article,
    ids: Mapping[int, str],
    story: str | None,
    country_of: Mapping[str, str],
    places: frozenset[str] = frozenset(),
) -> list[Report]:
    def resolved(locals_: list[int]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ids[n] for n in locals_ if n in ids))

    def countries(locals_: list[int]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(country_of[p] for p in resolved(locals_) if p in country_of))

    return [
        Report(
            article=article.id, sentence=m.sentence, type=m.type, trigger=m.trigger.text,
            actors=resolved(m.actors), targets=resolved(m.targets), places=resolved(m.places),
            date=m.date, date_text=m.date_text, date_source=m.date_source,
            not_after=m.not_after, negated=m.negated, hedged=m.hedged,
            trigger_start=m.trigger.start, story=story, published=article.published,
            countries=countries(m.places), lead=m.lead,
            placed=tuple(e for e in resolved(m.actors + m.targets) if e in places),
            additive=m.additive,
        )
        for m in article.events
    ]  # fmt: skip


def _sentence_texts(article: Article, entity_of: EntityMap) -> list[SentenceText]:
    """Each sentence's text and its anchors in reading order: entity ids, numbers, dates."""
    ids = entity_of.get(article.id, {})
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for mention in article.mentions:
        if mention.local in ids and not mention.anonymous:
            by_sentence.setdefault(mention.sentence, []).append((mention.start, ids[mention.local]))
    texts = []
    for sentence in article.sentences:
        if sentence.kind == "other":
            continue
        anchors = list(by_sentence.get(sentence.index, []))
        anchors += [(sentence.start + m.start(), n) for m, n in _numbers(sentence.text)]
        anchors += [(d.start, d.value) for d in sentence.dates if d.value]
        ordered = tuple(a for _, a in sorted(anchors))
        key = SentenceKey(article.id, sentence.index)
        texts.append(SentenceText(key, article.language, sentence.text, ordered))
    return texts


def _numbers(text: str) -> list[tuple[re.Match[str], str]]:
    found = []
    for match in _NUMBER.finditer(text):
        value = numbers(match.group())
        # years are dates, not figures; a lone digit is a list marker or an ordinal
        if value and len(value[0]) > 1:
            found.append((match, value[0]))
    return found


def timeline(
    events: Sequence[Event], story_of: Mapping[str, str] | None = None
) -> list[TimelineEntry]:
    """Events by event date (a year sorts before the days in it), then by first report;
    undated events sit at the date of their first report."""
    story_of = story_of or {}

    def when(event: Event) -> tuple[str, int, str, str]:
        value = event.date.value or event.date.not_after or "9999"
        return (value, len(event.date.value or ""), event.first_reported or "9999", event.id)

    return [
        TimelineEntry(
            date=e.date.value, event=e.id, precision=e.date.precision, type=e.type,
            summary=e.summary, first_reported=e.first_reported, story=story_of.get(e.id),
        )
        for e in sorted(events, key=when)
    ]  # fmt: skip


__all__ = ["Graph", "Report", "Reuse", "Traced", "story_graph", "timeline", "to_graphml", "trace"]
