"""A subject glued to the end of the clause before it, with no comma between (issue 12): "As
laughter filled the room Ruiz said", a headline run into the next, a video page's interface
words. The source is the name, not the words before it. Fictional sentences."""

from __future__ import annotations

import pytest

from newstrace.claims.attribution import find_attributions

from ..builders import cue_source_pairs


def pairs(text: str) -> list[tuple[str, str | None]]:
    return cue_source_pairs(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As laughter filled the room Brask joked that he was in trouble.", [("joked", "Brask")]),
        (
            "The port plan isn't fooling anyone Ruiz says she will vote no.",
            [("says", "Ruiz")],
        ),
        (
            "JUST WATCHED Odo Brask explains: The budget Replay More Videos",
            [("explains", "Odo Brask")],
        ),
        (
            "Play Facebook Twitter Embed Odo Brask slammed the port deal.",
            [("slammed", "Odo Brask")],
        ),
        # a subject after a conjunction, a complementizer or at the start stays whole
        ("The firm Acme said the port will reopen.", [("said", "The firm Acme")]),
        ("He left and the firm Acme said the port will reopen.", [("said", "the firm Acme")]),
    ],
)
def test_source_is_the_glued_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_relative_clause_after_a_comma_is_its_own_statement() -> None:
    text = (
        "The list named Ana Ruiz, who had accused the mayor of fraud, and Lena Park, "
        "who claimed that the port was sold."
    )
    found = [
        (a.cue[2], a.source[2] if a.source else None, a.nested)
        for a in find_attributions(text, "en")
    ]
    assert ("claimed", "who", False) in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("An elder at the church told reporters that a guard was hurt.", "An elder at the church"),
        ("A senior official with the Brenmoor council said the port will close.", None),
    ],
)
def test_phrase_of_the_head_noun_stays_in_the_source(text: str, source: str | None) -> None:
    expected = source or text[: text.index(" said")]
    assert pairs(text)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Analysts and political scholars tell the Valdora Post that the vote will fail.", None),
        ("In Brenmoor, farmers and traders said prices rose.", "farmers and traders"),
        # an object before "and" is no part of the next clause's subject
        ("The army shelled the town and residents said ten people died.", "residents"),
    ],
)
def test_coordinated_subject_is_whole(text: str, source: str | None) -> None:
    expected = source or "Analysts and political scholars"
    assert pairs(text)[0][1] == expected
