"""A date in the possessive dates the noun it modifies, not the other events of its sentence.

"Tuesday's election", "last week's attack": the date belongs to that event; "Heading into the
meeting, both men spoke of Tuesday's election" does not date the meeting on Tuesday.
Fictional sentences through the whole per-article pipeline (published Thursday 2025-06-12).
"""

from __future__ import annotations

from newstrace.events import find_events
from newstrace.models import EventMention

from .test_extraction import article


def by_type(text: str) -> dict[str, EventMention]:
    return {e.type: e for e in find_events(article(text, "en"))}


def test_a_possessive_date_does_not_date_another_event_of_the_sentence() -> None:
    found = by_type(
        "Heading into the meeting, Tomas Brenner and Ilse Varga struck a warm tone in the wake "
        "of Tuesday's surprising election results."
    )
    assert found["meet"].date is None
    assert found["elect"].date == "2025-06-10"


def test_a_possessive_date_dates_the_noun_it_modifies() -> None:
    found = by_type("Last week's attack on the Oldcastle depot killed two guards.")
    assert found["attack"].date == "2025-06"


def test_the_verb_of_the_sentence_keeps_its_own_date() -> None:
    found = by_type(
        "Ilse Varga met Tomas Brenner in Oldcastle on Wednesday after Monday's protests."
    )
    assert found["meet"].date == "2025-06-11"
    assert found["protest"].date == "2025-06-09"


def test_a_possessive_date_before_a_far_noun_dates_nothing_else() -> None:
    found = by_type("Tomas Brenner resigned after criticism over Friday's vote, his office said.")
    assert found["resign"].date is None
    assert found["vote"].date == "2025-06-06"
