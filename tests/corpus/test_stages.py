"""The corpus stages on records alone (no database), and the local engine's start-up check.

Every record is built here: entity mentions grouped per article, story counts of small
fictional articles, event mentions with their article-local entity map.
"""

from __future__ import annotations

import pytest

import newstrace
from newstrace.contracts import ContractError, check_order
from newstrace.corpus import (
    CORPUS_INPUTS,
    CORPUS_STAGES,
    StoryInput,
    StoryState,
    count_stories,
    event_stories,
    file_stories,
    local_entities,
    resolve_entities,
    trace_events,
)
from newstrace.engines.local import LocalEngine
from newstrace.models import (
    Article,
    Attribution,
    Entity,
    EntityMention,
    EventMention,
    Sentence,
    TextSpan,
)

AMMAN = "geonames:250441"


def mention(text: str, kind: str, local: int, place: str | None = None) -> EntityMention:
    return EntityMention(0, 0, len(text), text, kind, "ner", 0.9, local=local, place=place)  # type: ignore[arg-type]


def test_entities_resolve_across_articles_from_mention_groups_and_outlets() -> None:
    groups = [
        ("a1", 0, [mention("Karim Haddad", "person", 0), mention("Haddad", "person", 0)]),
        ("a1", 1, [mention("Amman", "place", 1, AMMAN)]),
        ("a2", 0, [mention("Karim Haddad", "person", 0)]),
        ("a2", 1, [mention("Levant Wire", "organization", 1)]),
        ("a2", 2, [mention("عمّان", "place", 2, AMMAN)]),
    ]
    outlets = [("a1", "Levant Wire", "https://levantwire.example/news/1")]
    locals_ = list(local_entities(groups, outlets))
    assert [e.key for e in locals_] == [("a1", 0), ("a1", 1), ("a2", 0), ("a2", 1), ("a2", 2),
                                        ("a1", -1)]  # fmt: skip
    assert locals_[-1].names == ["Levant Wire", "levantwire.example"]
    resolved = {tuple(e.members): e for e in resolve_entities(locals_)}
    haddad = resolved[(("a1", 0), ("a2", 0))]
    assert haddad.type == "person" and haddad.name == "Karim Haddad"
    assert resolved[(("a1", -1), ("a2", 1))].type == "outlet"
    amman = resolved[(("a1", 1), ("a2", 2))]
    assert [m.rule for m in amman.merges] == ["gazetteer-id"]
    assert amman.coordinates is not None and len(amman.coordinates) == 2


def article(key: str, title: str, text: str, published: str = "2031-03-03") -> Article:
    sentences, start = [], 0
    for part in text.split(". "):
        end = start + len(part)
        sentences.append(Sentence(len(sentences), text[start:end], start, end))
        start = end + 2
    return Article(key, f"<{key}>", None, None, title, published, "en", sentences, text)


FLOOD = (
    article(
        "flood-1",
        "Flood closes Damascus road as Barada river bursts its banks",
        "The main road into Damascus was closed on Monday after the Barada river burst its "
        "banks. Minister Karim Haddad said 40 families were moved from the old quarter",
    ),
    article(
        "flood-2",
        "Barada river flood forces families from Damascus old quarter",
        "Forty families left the old quarter of Damascus when the Barada river flooded on "
        "Monday. Minister Karim Haddad told reporters the main road stays closed",
    ),
)
CHESS = article(
    "chess",
    "Chess festival opens in Lyon with 300 players",
    "The international chess festival opened in Lyon on Saturday with 300 players. "
    "Organiser Marie Dubois said the final round will be played in the old market hall",
)
LATE = article(
    "flood-3",
    "Damascus road reopens after Barada flood",
    "The main road into Damascus reopened on Tuesday after the Barada river flood. "
    "Minister Karim Haddad said the 40 families can return to the old quarter",
    published="2031-03-04",
)
HADDAD = Entity("e-haddad", "person", "")
DAMASCUS = Entity("e-damascus", "place", "", gazetteer="geonames:170654")


def story_input(item: Article) -> StoryInput:
    named = [(HADDAD, 1, 0), (DAMASCUS, 2, 0)] if item.id.startswith("flood") else []
    return StoryInput(item, named)


def test_stories_are_filed_from_counts_and_later_runs_only_add() -> None:
    state = StoryState()
    counts = list(count_stories(state, map(story_input, (*FLOOD, CHESS))))
    assert state.vocabulary.articles == 3  # all counted before any is weighed
    assert counts[0].article.text == FLOOD[0].text[:400]  # a light copy of the article
    first = file_stories(state, counts)
    assert [f.doc.id for f in first.filed] == ["flood-1", "flood-2", "chess"]
    ids = first.assignments
    assert ids["flood-1"] == ids["flood-2"] != ids["chess"]
    # A later run restores what was filed and files only the new article.
    state.filed = first.filed
    later = file_stories(state, list(count_stories(state, [story_input(LATE)])))
    assert [f.doc.id for f in later.filed] == ["flood-3"]
    assert later.assignments["flood-3"] == ids["flood-1"]
    assert {k: later.assignments[k] for k in ids} == ids  # nobody moved
    assert len(later.stories) == 2


def reporting(number: int, cited: str) -> tuple[Article, dict[int, str]]:
    text = f"Karim Haddad resigned on Tuesday, Levant Wire reported ({number})."
    sentence = Sentence(0, text, 0, len(text))
    start = text.index("Levant Wire")
    source = TextSpan("Levant Wire", start, start + 11)
    sentence.attributions.append(Attribution(TextSpan("reported", 0, 8), source, entity=cited))
    event = EventMention(0, "resign", TextSpan("resigned", 13, 21), actors=[0],
                         date="2025-06-10", date_source="sentence")  # fmt: skip
    item = Article(
        f"a{number}", f"a{number}.txt", None, f"Outlet {number}", None, "2025-06-12", "en",
        [sentence], text, outlet_entity=f"e-outlet{number}",
        mentions=[mention("Karim Haddad", "person", 0)], events=[event],
    )  # fmt: skip
    return item, {0: "e-haddad", -1: f"e-outlet{number}"}


def test_events_are_traced_from_records_and_filed_in_their_story() -> None:
    items = [reporting(n, "e-wire") for n in range(3)]
    entities = [Entity("e-wire", "outlet", "Levant Wire"), Entity("e-haddad", "person", "")]
    entities += [Entity(f"e-outlet{n}", "outlet", f"Outlet {n}") for n in range(3)]
    traced = trace_events([a for a, _ in items], entities, {a.id: ids for a, ids in items})
    (event,) = traced.events
    assert event.type == "resign" and event.origins == ["e-wire"]
    assert event.status == "single-source" and sorted(event.articles) == ["a0", "a1", "a2"]
    stories = event_stories(traced.events, {"a0": "s1", "a1": "s1", "a2": "s2"})
    assert stories == {event.id: "s1"}
    assert event_stories(traced.events, {}) == {}


def test_corpus_stages_declare_a_valid_order() -> None:
    assigned = check_order(CORPUS_STAGES, CORPUS_INPUTS)
    assert {"entity.id", "article.story", "event.story"} <= assigned
    with pytest.raises(ContractError, match="requires"):
        check_order(CORPUS_STAGES)  # without stored articles nothing can start


def test_engine_refuses_a_bad_stage_order_at_start_up(tmp_path) -> None:
    with newstrace.open_db(tmp_path / "x.db") as db:
        with pytest.raises(ContractError, match="'event-stories' requires"):
            LocalEngine(db, stages=tuple(reversed(CORPUS_STAGES)))
        without_features = tuple(s for s in CORPUS_STAGES if s.name != "story-features")
        with pytest.raises(ContractError):
            LocalEngine(db, stages=without_features)
        assert LocalEngine(db).stages == CORPUS_STAGES
