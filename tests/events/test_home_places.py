"""Where a person comes from is not where the event happened.

"The driver, a 42-year-old from Beckenham, was arrested": Beckenham is the driver's home;
"Ilse Varga, 52, from Oldcastle" likewise. A place after "from" that follows an age or a
person noun is no event place; "fled from Kharkiv" and "arrested in Oldcastle" keep theirs.
Fictional sentences through the whole per-article pipeline.
"""

from __future__ import annotations

import pytest

from newstrace.events import find_events

from .test_extraction import article, names


def places(text: str, type_: str) -> set[str]:
    event = next(e for e in find_events(article(text, "en")) if e.type == type_)
    return names(text, "en", event.places)


@pytest.mark.parametrize(
    "text",
    [
        "The driver, a 42-year-old man from Beckenham, was arrested on Tuesday.",
        "Police arrested Tomas Brenner, 42, from Beckenham, on Tuesday.",
        "A woman from Beckenham was arrested on Tuesday.",
    ],
)
def test_a_persons_home_is_not_the_event_place(text: str) -> None:
    assert "Beckenham" not in places(text, "arrest")


def test_a_place_after_from_a_verb_stays() -> None:
    assert "Kharkiv" in places("Thousands of families fled from Kharkiv on Tuesday.", "flee")


def test_the_event_place_stays_beside_a_home() -> None:
    text = "Police arrested a 42-year-old man from Beckenham in Manchester on Tuesday."
    found = places(text, "arrest")
    assert "Manchester" in found and "Beckenham" not in found


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "Ilse Varga staged a protest outside the town hall after Tomas Brenner became "
            "President of France.",
            "protest",
        ),
        (
            "Ilse Varga resigned on Tuesday, a week after the Prime Minister of Portugal visited.",
            "resign",
        ),
    ],
)
def test_a_place_after_of_a_title_is_no_event_place(text: str, type_: str) -> None:
    assert places(text, type_) == set()


def test_a_place_after_city_of_stays() -> None:
    text = "Thousands of families fled the northern city of Kharkiv on Tuesday."
    assert "Kharkiv" in places(text, "flee")


def test_in_front_of_a_place_stays() -> None:
    # (A landmark typed place: "White House" is now typed an organisation, the institution.)
    text = "Ilse Varga staged a protest in front of the Eiffel Tower on Tuesday."
    assert "Eiffel Tower" in places(text, "protest")


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        ("A gunman opened fire in downtown Oldcastle on Tuesday.", "attack", "Oldcastle"),
        ("Thousands of teachers marched in northern Syria on Tuesday.", "protest", "Syria"),
        ("Protesters marched in central Kabul on Tuesday.", "protest", "Kabul"),
        ("Police arrested Tomas Brenner in neighbouring Jordan on Tuesday.", "arrest", "Jordan"),
    ],
)
def test_a_direction_or_area_word_before_the_place(text: str, type_: str, place: str) -> None:
    assert place in places(text, type_)


def test_an_institution_named_after_its_building_is_a_place_after_a_locative() -> None:
    """The White House is typed an organisation (the institution); "in front of the White
    House" still places a protest there."""
    text = "Ilse Varga staged a protest in front of the White House on Tuesday."
    assert "White House" in places(text, "protest")


def test_an_institution_as_a_participant_is_no_place() -> None:
    text = "The White House condemned the attack on Tuesday."
    assert "White House" not in places(text, "attack")
