"""An event noun that is the object of a support verb ("staged a protest", "launched an
attack", "organizó una manifestación", "a organisé une manifestation", "veranstaltete eine
Kundgebung", "شن داعش هجوما") takes the verb's subject as its actor. A preposition between
("led to protests") makes the noun no object. Persian tells such events with light verbs,
read already. Fictional sentences through the whole per-article pipeline."""

from __future__ import annotations

import pytest

from newstrace.events import find_events

from .test_extraction import article, names


def actors(text: str, language: str, type_: str) -> set[str]:
    event = next(e for e in find_events(article(text, language)) if e.type == type_)
    return names(text, language, event.actors)


@pytest.mark.parametrize(
    ("language", "text", "type_", "actor"),
    [
        (
            "en",
            "Lady Gaga staged a protest outside Trump Towers on Tuesday.",
            "protest",
            "Lady Gaga",
        ),
        (
            "en",
            "The Ulmen Teachers Union held a large protest in Ulmen on Tuesday.",
            "protest",
            "Ulmen Teachers Union",
        ),
        (
            "de",
            "Die Gewerkschaft Verdi veranstaltete eine Kundgebung vor dem Rathaus.",
            "protest",
            "Gewerkschaft Verdi",
        ),
        ("es", "Ilse Varga encabezó una protesta en Ulmen el martes.", "protest", "Ilse Varga"),
        ("fr", "Ilse Varga a organisé une manifestation à Ulmen mardi.", "protest", "Ilse Varga"),
        ("ar", "شن تنظيم داعش هجوما على مدينة الرقة يوم الثلاثاء.", "attack", "داعش"),
    ],
)
def test_the_support_verbs_subject_is_the_actor(
    language: str, text: str, type_: str, actor: str
) -> None:
    assert actors(text, language, type_) == {actor}


def test_a_preposition_between_makes_no_support() -> None:
    text = "Ilse Varga's defeat led to protests in Ulmen on Tuesday."
    found = [e for e in find_events(article(text, "en")) if e.type == "protest"]
    assert all(not names(text, "en", e.actors) for e in found)
