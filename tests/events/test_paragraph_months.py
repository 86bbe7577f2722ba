"""A month named months before publication is background: it dates its own sentence only.

"In July, the council met …" in a piece published in June 2025 is July 2024; the next
sentence of the paragraph is not dated July 2024 by it. "Last month" and "earlier this month"
still govern their paragraph, as a day does. Fictional text (published Thursday 2025-06-12).
"""

from __future__ import annotations

from newstrace.events import find_events

from .test_extraction import article


def protest_date(text: str) -> str | None:
    event = next(e for e in find_events(article(text, "en")) if e.type == "protest")
    return event.date


def test_a_month_long_before_publication_does_not_govern() -> None:
    text = "In February, the council raised the bus fares. Teachers marched in Oldcastle."
    assert protest_date(text) is None


def test_last_month_still_governs() -> None:
    text = "Last month, the council raised the bus fares. Teachers marched in Oldcastle."
    assert protest_date(text) == "2025-05"


def test_earlier_this_month_still_governs() -> None:
    text = "Earlier this month, the council raised the bus fares. Teachers marched in Oldcastle."
    assert protest_date(text) == "2025-06"


def test_a_month_still_dates_its_own_sentence() -> None:
    assert protest_date("Teachers marched in Oldcastle in February.") == "2025-02"
