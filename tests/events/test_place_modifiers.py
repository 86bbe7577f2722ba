"""A place before an event noun modifies the noun ("her defeat in the US election", "after
the Ulmen bombing"): the preposition governs the noun, so the place says where no event
happened, like any modifier ("Jordan's water sector"). A place after an article and before
a participle stays ("in Ulmen killing five" has no article). English only: de writes such a
modifier into a compound ("US-Wahl"); es, fr, ar and fa put it after the noun.
Fictional sentences through the whole per-article pipeline."""

from __future__ import annotations

from newstrace.events import find_events

from .test_extraction import article, names


def places(text: str, type_: str) -> set[str]:
    event = next(e for e in find_events(article(text, "en")) if e.type == type_)
    return names(text, "en", event.places)


def test_a_place_before_an_event_noun_places_no_event() -> None:
    text = "Ilse Varga blamed Tomas Brenner for her defeat in the Austria election."
    assert places(text, "accuse") == set()


def test_a_place_before_a_participle_stays() -> None:
    assert places("A gunman opened fire in Ulmen killing five people.", "attack") == {"Ulmen"}


def test_a_place_before_a_time_stays() -> None:
    text = "Protesters marched in the Ulmen streets and rallied in Ulmen on Tuesday."
    assert "Ulmen" in places(text, "protest")
