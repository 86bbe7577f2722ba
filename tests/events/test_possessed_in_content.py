"""'his meeting' inside what a person says belongs to that person.

"Tomas Brenner described his meeting with Ilse Varga as excellent": the speaker is the
attribution's source, which is never an actor by itself; but the possessive "his" of an event
noun in the reported content refers back to the clause subject, the speaker, so he is the
meeting's actor and Varga the other party. Fictional sentences through the whole pipeline.
"""

from __future__ import annotations

import pytest

from newstrace.events import find_events

from .test_extraction import article, names


def roles(text: str, type_: str) -> tuple[set[str], set[str]]:
    event = next(e for e in find_events(article(text, "en")) if e.type == type_)
    return names(text, "en", event.actors), names(text, "en", event.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brenner described his meeting with Ilse Varga as excellent.",
        'Tomas Brenner has described his first meeting with Ilse Varga as "excellent".',
        "Tomas Brenner said his meeting with Ilse Varga had been productive.",
    ],
)
def test_the_speakers_own_meeting(text: str) -> None:
    actors, targets = roles(text, "meet")
    assert actors == {"Tomas Brenner"}
    assert targets == {"Ilse Varga"}


def test_a_source_without_a_possessive_is_still_no_actor() -> None:
    actors, _ = roles(
        "Tomas Brenner said the meeting in Oldcastle on Tuesday had been productive.", "meet"
    )
    assert "Tomas Brenner" not in actors


def test_a_possessive_later_in_the_content_is_not_the_speakers() -> None:
    text = (
        'Tomas Brenner said: "The minister handed me his resignation on Tuesday, and I '
        'accepted it."'
    )
    actors, _ = roles(text, "resign")
    assert "Tomas Brenner" not in actors
