"""A subject pronoun that opens reported content refers to the speaker, who is then the
actor: "The Taliban said it carried out the attack", "Ulmen police said they arrested Karim
Haddad", "a indiqué qu'elle avait arrêté", "dijo que él había dimitido", "قال داعش إنه شن
الهجوم". Content that opens with another subject keeps its own ("Varga said that Brenner
resigned"). Fictional sentences through the whole per-article pipeline (de and fa already
read "er sei zurückgetreten", "گفت که او استعفا داده است")."""

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
        ("en", "The Taliban said it carried out the attack on Tuesday.", "attack", "Taliban"),
        (
            "en",
            "Ulmen police said they arrested Karim Haddad on Tuesday.",
            "arrest",
            "Ulmen police",
        ),
        (
            "fr",
            "La police d'Ulmen a indiqué qu'elle avait arrêté Karim Haddad mardi.",
            "arrest",
            "police d'Ulmen",
        ),
        ("fr", "Tomas Brenner a déclaré qu'il avait démissionné mardi.", "resign", "Tomas Brenner"),
        ("es", "Tomás Brenner dijo que él había dimitido el martes.", "resign", "Tomás Brenner"),
        ("ar", "قال تنظيم داعش إنه شن الهجوم على مدينة الرقة.", "attack", "داعش"),
    ],
)
def test_a_pronoun_opening_reported_content_is_the_speaker(
    language: str, text: str, type_: str, actor: str
) -> None:
    assert actors(text, language, type_) == {actor}


def test_content_with_its_own_subject_keeps_it() -> None:
    text = "Ilse Varga said that Tomas Brenner resigned on Tuesday."
    assert actors(text, "en", "resign") == {"Tomas Brenner"}
