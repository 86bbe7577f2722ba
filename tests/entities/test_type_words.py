"""A name's own words type it, whatever the model guessed (issue 12, round 3): group words
(religions, parties, peoples, nationalities) are ``other`` and never an outlet; head words
type publishers, bodies, places, laws and events; a one-word "place" that speaks is a person.
Fixture names and sentences are fictional.
"""

from __future__ import annotations

import pytest

from newstrace.entities.evidence import head_type, name_type
from newstrace.entities.extract import find_mentions

from ..builders import build_article


def types(text: str, language: str) -> dict[str, str]:
    return {m.text: m.type for m in find_mentions(build_article(text, language=language))}


@pytest.mark.parametrize(
    ("name", "language", "kind"),
    [
        ("Republicans", "en", "other"),
        ("Muslim", "en", "other"),
        ("Russian", "en", "other"),
        ("Azerbaijanis", "en", "other"),
        ("Muslime", "de", "other"),
        ("musulmanes", "es", None),  # lower case: no name at all
        ("Northbury News Agency", "en", "outlet"),
        ("Calder Valley Post", "en", "outlet"),
        ("Brennock Foundation", "en", "organization"),
        ("Trade Promotion Organization of Varnia", "en", "organization"),
        ("Strait of Varnish", "en", "place"),
        ("Lake Orvel", "en", "place"),
        ("Orvel Province", "en", "place"),
        ("Varnia Atomic Energy Act", "en", "other"),
        ("Joint Plan of Action", "en", "other"),
        ("Orvel Freedom Summit", "en", "other"),
        ("Estrecho de Varnia", "es", "place"),
        ("Ley de Aguas Orvel", "es", "other"),
        ("Fundación Brennock", "es", "organization"),
        ("Lac Orvel", "fr", "place"),
        ("Traité de Varnia", "fr", "other"),
        ("Sommet de Brennock", "fr", "other"),
        ("Vertrag von Varnia", "de", "other"),
        ("Straße von Varnia", "de", "place"),
    ],
)
def test_name_words_give_the_type(name: str, language: str, kind: str | None) -> None:
    found = name_type(name, language)
    assert (found[0] if found else None) == kind


def test_a_plain_name_has_no_head_evidence() -> None:
    assert head_type("Karim Haddad", "en") is None
    assert head_type("Northbury", "en") is None


def test_a_nationality_after_told_is_no_outlet() -> None:
    found = types("That night, Karim Haddad told the Russian people what he believes.", "en")
    assert found.get("Russian") == "other"


def test_a_publisher_cue_does_not_make_a_bank_an_outlet() -> None:
    found = types("Growth will slow next year, according to the Brennock Bank.", "en")
    assert found.get("Brennock Bank") == "organization"


def test_an_outlet_head_makes_an_outlet() -> None:
    found = types("The Calder Valley Post said the bridge would close in May.", "en")
    assert found.get("Calder Valley Post") == "outlet"


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        (
            "Los barcos cruzaron el Estrecho de Varnia el lunes.",
            "es",
            "Estrecho de Varnia",
            "place",
        ),
        ("Les députés ont voté le Traité de Varnia mardi.", "fr", "Traité de Varnia", "other"),
    ],
)
def test_head_words_type_the_rule_based_names(
    text: str, language: str, name: str, kind: str
) -> None:
    assert types(text, language).get(name) == kind


def test_a_speaking_place_the_gazetteer_does_not_know_is_a_person() -> None:
    from newstrace.entities.extract import _evidenced_type
    from newstrace.entities.ner import Span

    text = "Zadvorinia said the plan would work."
    span = Span(0, 10, "place", "Zadvorinia")
    assert _evidenced_type(text, span, "en", "ner") == ("person", False)
    country = "Germany said the plan would work."
    assert _evidenced_type(country, Span(0, 7, "place", "Germany"), "en", "ner")[0] == "place"


def test_american_is_a_group_word_japan_is_a_country() -> None:
    assert name_type("American", "en") == ("other", "group-word")
    assert name_type("Japan", "en") is None


def test_a_small_town_named_like_the_person_of_the_article_is_the_person() -> None:
    from newstrace.entities.extract import _group

    from .test_types_from_evidence import _mention

    full = _mention("Barack Obama", "person", 0)
    town = _mention("Obama", "place", 1, place="geonames:1854849", country="JP")
    _group([full, town])
    assert town.type == "person" and town.local == full.local and town.place is None


def test_an_adjective_joins_no_longer_name_across_articles() -> None:
    from newstrace.entities.resolve import resolve
    from newstrace.models import LocalEntity

    found = resolve(
        [
            LocalEntity("a1", 0, "other", ["American"]),
            LocalEntity("a2", 0, "outlet", ["Define American"], publisher=True),
        ]
    )
    assert {e.name: e.type for e in found}["American"] == "other"


def test_an_acronym_takes_the_type_of_the_name_it_abbreviates() -> None:
    text = (
        "Varnia signed the Joint Orvel Plan of Action (JOPA) in May. "
        "Critics said JOPA would not last."
    )
    found = [(m.text, m.type) for m in find_mentions(build_article(text, language="en"))]
    assert ("Joint Orvel Plan of Action", "other") in found
    assert all(kind == "other" for name, kind in found if name == "JOPA")


def test_tells_is_a_publisher_cue() -> None:
    from newstrace.entities.outlets import has_publisher_cue

    text = "The plant will not open, a spokesman tells Varnia Wire."
    start = text.index("Varnia Wire")
    assert has_publisher_cue(text, start, start + len("Varnia Wire"), "en")


def test_a_city_the_model_reads_as_a_misc_phrase_is_a_place() -> None:
    from newstrace.entities.extract import _evidenced_type
    from newstrace.entities.ner import Span

    text = "The Benghazi attack was debated again."
    assert _evidenced_type(text, Span(4, 12, "other", "Benghazi"), "en", "ner")[0] == "place"
    iraqi = "The Iraqi delegation arrived."
    assert _evidenced_type(iraqi, Span(4, 9, "other", "Iraqi"), "en", "ner")[0] == "other"
    thai = "The Thai delegation arrived."
    assert _evidenced_type(thai, Span(4, 8, "other", "Thai"), "en", "ner")[0] == "other"
