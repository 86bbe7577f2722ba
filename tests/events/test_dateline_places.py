"""A dateline's place is where the lead's reporting was done: an event its own sentence
tells takes it as its place when that sentence names no place of its own ("AMMAN — Karim
Haddad resigned on Tuesday"). Datelines are no captions (issue 13): a caption's place stays
the photo's. A place the lead names wins, and later sentences never take the dateline's.
Fictional sentences through the whole per-article pipeline."""

from __future__ import annotations

import pytest

from newstrace.events import find_events

from .test_extraction import article, names

LEADS = [
    ("en", "AMMAN — Karim Haddad resigned on Tuesday, Levant Wire reported.", "AMMAN"),
    ("de", "BERLIN (dpa) - Der Minister Tomas Brenner ist am Dienstag zurückgetreten.", "BERLIN"),
    ("es", "MADRID (EFE) - El ministro Tomás Brenner dimitió el martes.", "MADRID"),
    ("fr", "PARIS (AFP) - Le ministre Tomas Brenner a démissionné mardi.", "PARIS"),
    ("ar", "عمّان - النهار الشرقي: استقال وزير المياه سامر حداد يوم الثلاثاء.", "عمّان"),
    ("fa", "تهران - وزیر نیرو سامان کاظمی روز سه‌شنبه استعفا داد.", "تهران"),
]


def places(text: str, language: str, type_: str) -> set[str]:
    event = next(e for e in find_events(article(text, language)) if e.type == type_)
    return names(text, language, event.places)


@pytest.mark.parametrize(("language", "text", "place"), LEADS)
def test_the_dateline_places_the_leads_event(language: str, text: str, place: str) -> None:
    assert places(text, language, "resign") == {place}


def test_a_place_the_lead_names_wins_over_the_dateline() -> None:
    text = "AMMAN — Protesters rallied in Irbid on Tuesday."
    assert places(text, "en", "protest") == {"Irbid"}


def test_a_later_sentence_never_takes_the_dateline() -> None:
    text = (
        "AMMAN — Karim Haddad resigned on Tuesday, Levant Wire reported.\n\n"
        "A day later Samir Nassar was arrested."
    )
    assert places(text, "en", "arrest") == set()


def test_a_lead_that_names_another_place_keeps_the_dateline_out() -> None:
    # "Nice" after "in", whatever type the name finder gives it, names the place.
    text = (
        "PARIS - A truck rammed into a crowd in Nice, southern France, killing dozens on "
        "Thursday, local media reported."
    )
    found = [e for e in find_events(article(text, "en")) if e.type == "kill"]
    assert found and all("PARIS" not in names(text, "en", e.places) for e in found)
