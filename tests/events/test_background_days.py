"""A day long before publication is background: it dates its own sentence only.

"On Nov. 13, 2024, gunmen attacked …" in a report published in June 2025 does not date the
next sentence's event, even in an article scraped as one paragraph; a day of the last month
("on June 10", "on Tuesday") still governs its paragraph. Fictional text (published Thursday
2025-06-12), in every language with a pack: the rule reads only date values.
"""

from __future__ import annotations

import pytest

from newstrace.events import find_events

from .test_extraction import article


def protest_date(text: str, language: str) -> str | None:
    event = next(e for e in find_events(article(text, language)) if e.type == "protest")
    return event.date


BACKGROUND = [
    ("en", "On November 13, 2024, the council raised the bus fares. Teachers marched in Ulmen."),
    ("de", "Am 13. November 2024 erhöhte der Rat die Preise. Lehrer demonstrierten in Ulmen."),
    ("es", "El 13 de noviembre de 2024 el consejo subió las tarifas. Los maestros protestaron."),
    ("fr", "Le 13 novembre 2024, le conseil a augmenté les tarifs. Les enseignants ont manifesté."),
]


@pytest.mark.parametrize(("language", "text"), BACKGROUND)
def test_a_day_long_before_publication_does_not_govern(language: str, text: str) -> None:
    assert protest_date(text, language) is None


def test_a_recent_day_still_governs() -> None:
    text = "On June 10, the council raised the bus fares. Teachers marched in Ulmen."
    assert protest_date(text, "en") == "2025-06-10"


def test_a_day_long_ago_still_dates_its_own_sentence() -> None:
    assert protest_date("Teachers marched in Ulmen on November 13, 2024.", "en") == "2024-11-13"
