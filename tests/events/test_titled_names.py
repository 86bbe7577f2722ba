"""Titles and role nouns before a name.

"President Ilse Varga and Prime Minister Tomas Brenner met": "and" before a title leads to a
second name, so both met (it opens no clause). "Ulmen Water Authority boss Karim Haddad
resigned", "Police arrested Levant Water director Karim Haddad": the name before role nouns
is the person's affiliation; the person is the participant. Fictional sentences through the
whole per-article pipeline (en, de, es, fr, fa; Arabic joins "و" to the title and puts the
affiliation after it, so neither construction arises there).
"""

from __future__ import annotations

import pytest

from newstrace.events import find_events

from .test_extraction import article, names


def roles(text: str, language: str, type_: str) -> tuple[set[str], set[str]]:
    event = next(e for e in find_events(article(text, language)) if e.type == type_)
    return names(text, language, event.actors), names(text, language, event.targets)


@pytest.mark.parametrize(
    ("language", "text", "type_", "actors"),
    [
        (
            "en",
            "President Ilse Varga and Prime Minister Tomas Brenner met in Ulmen on Tuesday.",
            "meet",
            {"Ilse Varga", "Tomas Brenner"},
        ),
        (
            "de",
            "Präsidentin Ilse Varga und der Minister Tomas Brenner trafen sich am Dienstag.",
            "meet",
            {"Ilse Varga", "Tomas Brenner"},
        ),
        (
            "es",
            "La presidenta Ilse Varga y el ministro Tomás Brenner se reunieron el martes.",
            "meet",
            {"Ilse Varga", "Tomás Brenner"},
        ),
        (
            "fr",
            "La présidente Ilse Varga et le ministre Tomas Brenner ont démissionné mardi.",
            "resign",
            {"Ilse Varga", "Tomas Brenner"},
        ),
        (
            "fa",
            "رئیس‌جمهور سامان کاظمی و وزیر کشور رضا نوری روز سه‌شنبه در تهران دیدار کردند.",
            "meet",
            {"سامان کاظمی", "رضا نوری"},
        ),
    ],
)
def test_and_before_a_title_joins_a_second_actor(
    language: str, text: str, type_: str, actors: set[str]
) -> None:
    assert roles(text, language, type_)[0] == actors


def test_the_person_after_an_affiliation_is_the_actor() -> None:
    text = "Ulmen Water Authority boss Karim Haddad resigned on Tuesday."
    assert roles(text, "en", "resign")[0] == {"Karim Haddad"}


def test_the_person_after_an_affiliation_is_the_target() -> None:
    text = "Police arrested Levant Water director Karim Haddad on Tuesday."
    assert roles(text, "en", "arrest")[1] == {"Karim Haddad"}


def test_and_before_an_article_alone_still_opens_a_clause() -> None:
    text = "Ilse Varga met Tomas Brenner on Tuesday and the Ulmen police arrested Karim Haddad."
    assert roles(text, "en", "meet")[0] == {"Ilse Varga"}


@pytest.mark.parametrize(
    ("language", "text", "type_", "actors"),
    [
        (
            "en",
            "Ulmen Water Authority reported that Tomas Brenner shares a handshake with President "
            "Ilse Varga The two leaders Ilse Varga and President-elect Tomas Brenner met at the "
            "palace.",
            "meet",
            {"Ilse Varga", "Tomas Brenner"},
        ),
        (
            "es",
            "Foto Agencia Levante 18 Ilse Varga y el presidente electo Tomás Brenner se reunieron "
            "el martes.",
            "meet",
            {"Ilse Varga", "Tomás Brenner"},
        ),
        (
            "es",
            "Foto Agencia Levante 18 Tomás Brenner dimitió el martes.",
            "resign",
            {"Tomás Brenner"},
        ),
        (
            "fr",
            "Photo Agence Levant 18 Tomas Brenner a démissionné mardi.",
            "resign",
            {"Tomas Brenner"},
        ),
    ],
)
def test_the_subject_is_the_name_nearest_the_verb(
    language: str, text: str, type_: str, actors: set[str]
) -> None:
    # A caption's leftover or an earlier clause without a comma before the subject is no actor.
    assert roles(text, language, type_)[0] == actors


def test_a_name_inside_an_apposition_is_no_subject() -> None:
    text = (
        "Karim Haddad, deputy minister at Jordan's Ministry of Water, resigned on Tuesday "
        "after a dispute over a dam contract."
    )
    assert roles(text, "en", "resign")[0] == {"Karim Haddad"}
