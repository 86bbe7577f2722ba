"""The events stage alone, on articles built without any model (tests/builders.py): who did
what, when, and how surely; the claims it depends on are set by hand where they matter."""

from __future__ import annotations

from newstrace.models import Article

from ..builders import Named, build_article, run_stage

HADDAD, ALEPPO = 0, 1
ENTITIES = [Named("Karim Haddad", "person"), Named("Aleppo", "place", country="SY")]


def _article(text: str, **kwargs) -> Article:
    kwargs.setdefault("entities", ENTITIES)
    return build_article(text, published="2025-06-12", **kwargs)


def test_an_event_has_its_actor_and_the_date_of_its_sentence():
    article = run_stage(
        "events", _article("Karim Haddad resigned on Tuesday.", dates={"Tuesday": "2025-06-10"})
    )
    (event,) = article.events
    assert (event.type, event.trigger.text) == ("resign", "resigned")
    assert event.actors == [HADDAD]
    assert (event.date, event.date_text, event.date_source) == ("2025-06-10", "Tuesday", "sentence")
    assert event.not_after is None


def test_without_a_date_in_the_text_the_publication_date_bounds_the_event():
    (event,) = run_stage("events", _article("Karim Haddad resigned.")).events
    assert (event.date, event.date_source, event.not_after) == (None, "published", "2025-06-12")


def test_a_date_earlier_in_the_paragraph_governs_the_next_sentence():
    article = _article(
        "On Tuesday the cabinet met. Karim Haddad resigned.", dates={"Tuesday": "2025-06-10"}
    )
    events = run_stage("events", article).events
    resign = next(e for e in events if e.type == "resign")
    assert (resign.date, resign.date_source) == ("2025-06-10", "paragraph")


def test_a_denied_event_is_negated():
    (event,) = run_stage("events", _article("Karim Haddad did not resign.")).events
    assert event.negated


def test_a_hedged_sentence_hedges_its_events():
    article = _article("Karim Haddad resigned.")
    article.sentences[0].hedged = True  # what the claims stage sets for "allegedly"
    (event,) = run_stage("events", article).events
    assert event.hedged


def test_a_headline_event_told_again_in_the_body_is_kept_once():
    article = _article(
        "Karim Haddad resigns\nKarim Haddad resigned on Tuesday.", dates={"Tuesday": "2025-06-10"}
    )
    article.sentences[0].kind = "other"  # the claims stage's verdict on a headline
    (event,) = run_stage("events", article).events
    assert event.sentence == 1


def test_a_place_named_in_the_sentence_is_the_target_or_place_of_an_attack():
    (event,) = run_stage("events", _article("Rebels attacked Aleppo on Tuesday.")).events
    assert event.type == "attack"
    assert ALEPPO in (*event.targets, *event.places)
