"""Provenance rules on hand-built records: origins, independent sources, status, copying."""

from __future__ import annotations

from newstrace.models import (
    Article,
    Attribution,
    Entity,
    EntityMention,
    EventMention,
    Sentence,
    SentenceResponse,
    TextSpan,
)
from newstrace.provenance import timeline, to_graphml, trace
from newstrace.provenance.graph import story_graph

ORIGIN, MINISTER, MINISTRY = "e_wire", "e_haddad", "e_ministry"
AMMAN = "e_amman"


def _article(
    number: int,
    text: str,
    *,
    cites: list[tuple[str, bool, bool]] = (),  # (entity, publisher, anonymous)
    published: str = "2025-06-12",
    language: str = "en",
    response: tuple[str, str] | None = None,
    date: str | None = "2025-06-10",
) -> tuple[Article, dict[int, str]]:
    """One article whose first sentence reports Haddad's resignation in Amman."""
    article_id = f"a{number}"
    outlet = f"e_outlet{number}"
    first = Sentence(0, text, 0, len(text))
    for entity, publisher, anonymous in cites:
        first.attributions.append(
            Attribution(TextSpan("said", 0, 4), source=TextSpan("source", 0, 6),
                        entity=entity, publisher=publisher, anonymous=anonymous)
        )  # fmt: skip
    sentences = [first]
    if response is not None:
        stance, who = response
        reply = "The ministry declined to comment."
        second = Sentence(1, reply, len(text) + 1, len(text) + 1 + len(reply))
        second.responses.append(SentenceResponse(stance, TextSpan("x", 0, 1), entity=who))
        sentences.append(second)
    mentions = [EntityMention(0, 0, 12, "Karim Haddad", "person", "ner", 0.9, local=0)]
    event = EventMention(
        0, "resign", TextSpan("resigned", 13, 21), actors=[0], places=[1], date=date,
        date_text="on Tuesday" if date else None,
        date_source="sentence" if date else "published", not_after=published,
    )  # fmt: skip
    article = Article(
        id=article_id, path=f"{article_id}.txt", url=None, outlet=f"Outlet {number}",
        title=None, published=published, language=language, sentences=sentences, text=text,
        outlet_entity=outlet, mentions=mentions, events=[event],
    )  # fmt: skip
    return article, {0: MINISTER, 1: AMMAN, -1: outlet}


ENTITIES = [
    Entity(ORIGIN, "outlet", "Levant Wire"),
    Entity(MINISTER, "person", "Karim Haddad"),
    Entity(MINISTRY, "organization", "Ministry of Water"),
    Entity("e_nasser", "person", "Leila Nasser"),
    Entity("e_anon1", "other", "two officials", anonymous=True),
    *(Entity(f"e_outlet{n}", "outlet", f"Outlet {n}") for n in range(10)),
]


def _trace(items: list[tuple[Article, dict[int, str]]]):
    articles = [a for a, _ in items]
    return trace(articles, ENTITIES, {a.id: ids for a, ids in items})


def _one_event(items):
    traced = _trace(items)
    (event,) = traced.events
    return event, traced


def test_five_echoes_of_one_origin_are_single_source() -> None:
    items = [
        _article(n, f"Karim Haddad resigned on Tuesday, Levant Wire reported ({n}).",
                 cites=[(ORIGIN, True, False)])
        for n in range(5)
    ]  # fmt: skip
    event, _ = _one_event(items)
    assert event.status == "single-source"
    assert event.independent_sources == 1
    assert event.origins == [ORIGIN]
    assert len(event.evidence) == 5 and {e.basis for e in event.evidence} == {"cites"}
    assert event.date.value == "2025-06-10" and event.date.precision == "day"


def test_two_outlets_with_their_own_named_sources_corroborate() -> None:
    items = [
        _article(1, "Karim Haddad resigned on Tuesday, Leila Nasser said.",
                 cites=[("e_nasser", False, False)]),
        _article(2, "Karim Haddad resigned on Tuesday, Levant Wire reported.",
                 cites=[(ORIGIN, True, False)]),
    ]  # fmt: skip
    event, _ = _one_event(items)
    assert event.status == "corroborated"
    assert event.independent_sources == 2
    assert set(event.origins) == {"e_nasser", ORIGIN}


def test_a_chain_collapses_to_its_original_speaker() -> None:
    # "Leila Nasser told Levant Wire": Nasser is the root, Levant Wire only relays
    items = [
        _article(1, "Karim Haddad resigned on Tuesday, Leila Nasser told Levant Wire.",
                 cites=[("e_nasser", False, False), (ORIGIN, True, False)]),
        _article(2, "Karim Haddad resigned on Tuesday, Nasser said.",
                 cites=[("e_nasser", False, False)]),
    ]  # fmt: skip
    event, _ = _one_event(items)
    assert event.origins == ["e_nasser"] and event.independent_sources == 1


def test_anonymous_sources_are_not_independent_of_their_outlet() -> None:
    items = [
        _article(1, "Karim Haddad resigned on Tuesday, two officials said.",
                 cites=[("e_anon1", False, True)]),
    ]  # fmt: skip
    event, _ = _one_event(items)
    assert event.independent_sources == 1
    assert event.origins == ["e_outlet1"]  # the outlet carrying the anonymous claim
    assert event.status == "single-source"


def test_unattributed_report() -> None:
    event, _ = _one_event([_article(1, "Karim Haddad resigned on Tuesday.")])
    assert event.status == "unattributed" and event.independent_sources == 0
    assert event.origins == []


def test_a_copy_without_citation_is_not_independent() -> None:
    original = "Karim Haddad resigned on Tuesday after a dispute over the dam contract terms."
    items = [
        _article(1, original + " Levant Wire has learned.", cites=[(ORIGIN, True, False)],
                 published="2025-06-12"),
        _article(2, original, published="2025-06-13"),
    ]  # fmt: skip
    # the copier names no source: without the copy it would be an unattributed report of
    # its own; with it, the report inherits the original's root
    event, traced = _one_event(items)
    assert [(r.later.article, r.earlier.article, r.kind) for r in traced.reuse] == [
        ("a2", "a1", "copies")
    ]
    assert event.independent_sources == 1 and event.origins == [ORIGIN]
    assert [e.basis for e in event.evidence] == ["cites", "copy"]


def test_a_denial_by_a_named_party() -> None:
    items = [
        _article(1, "Karim Haddad resigned on Tuesday, Levant Wire reported.",
                 cites=[(ORIGIN, True, False)], response=("denied", MINISTER)),
    ]  # fmt: skip
    event, _ = _one_event(items)
    assert event.status == "denied"
    assert [r.stance for r in event.responses] == ["denied"]


def test_a_declined_response_is_recorded_without_changing_the_status() -> None:
    items = [
        _article(1, "Karim Haddad resigned on Tuesday, Levant Wire reported.",
                 cites=[(ORIGIN, True, False)], response=("declined", MINISTRY)),
    ]  # fmt: skip
    event, _ = _one_event(items)
    assert event.status == "single-source"
    assert [(r.stance, r.entity) for r in event.responses] == [("declined", MINISTRY)]


def test_different_days_far_apart_are_different_events_close_ones_not_disputed() -> None:
    far = [
        _article(1, "Karim Haddad resigned on Tuesday.", date="2025-06-10"),
        _article(2, "Karim Haddad resigned in May.", date="2025-05-02"),
    ]
    assert len(_trace(far).events) == 2
    close = [
        _article(1, "Karim Haddad resigned on Tuesday.", date="2025-06-10"),
        _article(2, "Karim Haddad resigned on Monday.", date="2025-06-09"),
    ]
    # reports giving different days are not a dispute (docs/provenance-guideline.md, 4): a
    # party with standing must contradict a core fact
    event, _ = _one_event(close)
    assert event.status == "unattributed" and event.status_reason is None


def test_undated_report_is_bounded_by_publication_and_joins_the_dated_one() -> None:
    items = [
        _article(1, "Karim Haddad resigned on Tuesday.", date="2025-06-10"),
        _article(2, "Karim Haddad has resigned.", date=None, published="2025-06-13"),
    ]
    event, _ = _one_event(items)
    assert event.date.value == "2025-06-10" and event.date.source == "sentence"
    alone, _ = _one_event([_article(3, "Karim Haddad has resigned.", date=None)])
    assert alone.date.value is None and alone.date.not_after == "2025-06-12"


def test_timeline_orders_by_event_date_then_first_report() -> None:
    items = [
        _article(1, "Karim Haddad resigned on Tuesday.", date="2025-06-10"),
        _article(2, "Karim Haddad resigned in 1998.", date="1998"),
    ]
    traced = _trace(items)
    entries = timeline(traced.events)
    assert [e.date for e in entries] == ["1998", "2025-06-10"]
    assert [e.precision for e in entries] == ["year", "day"]


def test_graph_exports_cites_and_copies() -> None:
    original = "Karim Haddad resigned on Tuesday after a dispute over the dam contract terms."
    items = [
        _article(1, original, cites=[(ORIGIN, True, False)]),
        _article(2, original, published="2025-06-13"),
    ]
    traced = _trace(items)
    graph = story_graph(
        [a for a, _ in items], traced.events, {e.id: e for e in ENTITIES}, traced.reuse
    )
    kinds = {(e.source, e.target, e.kind) for e in graph.edges}
    assert ("a1", ORIGIN, "cites") in kinds and ("a2", "a1", "copies") in kinds
    xml = to_graphml(graph)
    assert xml.startswith("<?xml") and 'edgedefault="directed"' in xml and "Levant Wire" in xml


def test_two_events_of_one_type_in_one_sentence_get_distinct_ids() -> None:
    # regression: ids hashed (article, sentence, type) only and collided in the store
    article, ids = _article(1, "Karim Haddad resigned, and Leila Nasser resigned too.")
    second = EventMention(0, "resign", TextSpan("resigned", 40, 48), actors=[],
                          date="2024-01-09", date_source="sentence")  # fmt: skip
    article.events.append(second)
    article.events[0].actors = [0]
    events = _trace([(article, ids)]).events
    assert len({e.id for e in events}) == len(events)


def test_a_denial_needs_standing() -> None:
    by_ministry = [
        _article(1, "Karim Haddad resigned on Tuesday, Levant Wire reported.",
                 cites=[(ORIGIN, True, False)], response=("denied", MINISTRY)),
    ]  # fmt: skip
    event, _ = _one_event(by_ministry)
    assert event.status == "denied"  # an organisation answering right after the report
    by_outlet = [
        _article(1, "Karim Haddad resigned on Tuesday, Levant Wire reported.",
                 cites=[(ORIGIN, True, False)], response=("denied", "e_outlet3")),
    ]  # fmt: skip
    event, _ = _one_event(by_outlet)
    assert event.status == "single-source"  # an outlet has no standing to deny the event


# ----------------------------------------------------------------------- reports of one event


SWEIS = "e_sweis"


def test_an_uncited_report_dated_from_its_anchor_joins_the_event_as_unattributed() -> None:
    # "… named Sweis on Friday, three days after Haddad stepped down": a later article dates
    # the resignation back from its main clause (no place, no citation); same actor, same day.
    items = [
        _article(1, "Karim Haddad resigned on Tuesday, Levant Wire reported.",
                 cites=[(ORIGIN, True, False)]),
        _article(2, "The ministry named a successor three days after Haddad stepped down.",
                 published="2025-06-13"),
    ]  # fmt: skip
    later = items[1][0].events[0]
    later.places, later.date_text = [], "three days after Haddad stepped down"
    event, _ = _one_event(items)
    assert event.articles == ["a1", "a2"]
    assert [e.basis for e in event.evidence] == ["cites", "unattributed"]
    assert event.origins == [ORIGIN] and event.independent_sources == 1
    assert event.status == "single-source" and event.date.value == "2025-06-10"


def test_two_people_resigning_in_one_place_on_one_day_are_two_events() -> None:
    haddad = _article(1, "Karim Haddad resigned in Amman on Tuesday.")
    sweis, ids = _article(2, "Nadia Sweis resigned in Amman on Tuesday.")
    traced = _trace([haddad, (sweis, {**ids, 0: SWEIS})])
    assert sorted(tuple(e.actors) for e in traced.events) == [(MINISTER,), (SWEIS,)]
    # a report naming nobody still joins the one event of its type, place and day
    nameless, ids = _article(3, "A deputy minister resigned in Amman on Tuesday.")
    nameless.events[0].actors = []
    traced = _trace([haddad, (nameless, ids)])
    assert len(traced.events) == 1 and traced.events[0].articles == ["a1", "a3"]


def test_two_arrests_of_different_people_in_one_place_on_one_day_are_two_events() -> None:
    reports = []
    for number, target in ((1, "e_saleh"), (2, "e_khaled")):
        article, ids = _article(number, "Police arrested a journalist in Amman on Tuesday.")
        article.events[0].type, article.events[0].actors = "arrest", []
        article.events[0].targets = [0]
        reports.append((article, {**ids, 0: target}))
    assert len(_trace(reports).events) == 2
