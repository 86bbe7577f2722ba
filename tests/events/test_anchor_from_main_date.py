"""An anchor event dated from its main clause's date even when that clause tells no event.

"On June 6, three days after the election, Brenner wrote to the council": writing is no event
type, yet the offset relates the main clause's day to the election, which was on June 3.
Fictional sentences through the whole pipeline (published Thursday 2025-06-12).
"""

from __future__ import annotations

from newstrace.events import find_events

from .test_extraction import article


def elect_date(text: str) -> str | None:
    event = next(e for e in find_events(article(text, "en")) if e.type == "elect")
    return event.date


def test_anchor_dated_from_the_main_clause_date_without_a_main_event() -> None:
    text = "On June 6, three days after the election, Tomas Brenner wrote to the council."
    assert elect_date(text) == "2025-06-03"


def test_anchor_counted_backwards_from_the_main_clause_date() -> None:
    text = "On June 2, only five days before the election, Tomas Brenner wrote to the council."
    assert elect_date(text) == "2025-06-07"


def test_no_date_in_the_main_clause_leaves_the_anchor_undated() -> None:
    text = "Three days after the election, Tomas Brenner wrote to the council."
    assert elect_date(text) is None
