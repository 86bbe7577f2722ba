"""A part of a day told from the day of writing is a day: "last night" is the night before
publication, "this morning", "this afternoon", "tonight" the day of publication, in every
language with a pack ("anoche", "ce matin", "letzte Nacht", "الليلة الماضية", "دیشب").
Fictional sentences; published on 2025-06-12."""

from __future__ import annotations

import pytest

from newstrace.dates import find_dates

PUBLISHED = "2025-06-12"

DAY_PARTS = [
    ("en", "Tomas Brenner resigned late last night in Ulmen.", "last night", "2025-06-11"),
    ("en", "The ministers met this afternoon in Ulmen.", "this afternoon", "2025-06-12"),
    ("en", "Police arrested two men this morning.", "this morning", "2025-06-12"),
    ("en", "The mayor will speak tonight.", "tonight", "2025-06-12"),
    ("de", "Tomas Brenner trat letzte Nacht in Ulmen zurück.", "letzte Nacht", "2025-06-11"),
    ("es", "Tomás Brenner dimitió anoche en Ulmen.", "anoche", "2025-06-11"),
    ("es", "Los ministros se reunieron esta mañana en Ulmen.", "esta mañana", "2025-06-12"),
    ("fr", "Tomas Brenner a démissionné ce matin à Ulmen.", "ce matin", "2025-06-12"),
    ("fr", "Les ministres se sont réunis la nuit dernière.", "la nuit dernière", "2025-06-11"),
    ("ar", "استقال الوزير سامر حداد الليلة الماضية.", "الليلة الماضية", "2025-06-11"),
    ("fa", "وزیر کشور دیشب استعفا داد.", "دیشب", "2025-06-11"),
    ("fa", "وزیران امشب دیدار می‌کنند.", "امشب", "2025-06-12"),
]


@pytest.mark.parametrize(("language", "text", "expression", "value"), DAY_PARTS)
def test_a_part_of_a_day_is_that_day(language: str, text: str, expression: str, value: str) -> None:
    found = [(f.text, f.value) for f in find_dates(text, language, PUBLISHED)]
    assert (expression, value) in found


def test_mañana_alone_stays_tomorrow_not_this_morning() -> None:
    found = [(f.text, f.value) for f in find_dates("Dimitirá mañana.", "es", PUBLISHED)]
    assert ("esta mañana", "2025-06-12") not in found
