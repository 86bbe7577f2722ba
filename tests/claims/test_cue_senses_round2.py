"""English cue words in another sense, round 2 (issue 12): the noun "say" ("final say"),
"to say" after an adjective of difficulty or reluctance, a blast that explodes, a warning
that something serves as, what history tells us. Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from newstrace.claims.attribution import find_attributions

from ..builders import cue_source_pairs


def pairs(text: str) -> list[tuple[str, str | None]]:
    return cue_source_pairs(text, "en")


NOT_CUES = [
    "The council of Brenmoor will have the final say on the port.",
    "Voters in Valdora have a say in the budget.",
    "Governor Odo Brask has been reluctant to say where he stands on the port.",
    "It is too early to say whether the port of Brenmoor will reopen.",
    "A deadly bomb blast rocked a market in Castelmar on Monday.",
    "Seven people were hurt in a car bomb blast in Brenmoor.",
    "The defeat should serve as a stern warning to the mayor of Castelmar.",
    "If history tells us anything, the mayor of Castelmar will win.",
]


@pytest.mark.parametrize("text", NOT_CUES)
def test_other_senses_report_nothing(text: str) -> None:
    assert pairs(text) == []


STILL_CUES = [
    ("Governor Odo Brask did not say where he stands on the port.", None),
    ("Governor Odo Brask said the port of Brenmoor will reopen.", "Governor Odo Brask"),
    ("The mayor of Castelmar issued a stern warning to the rebels.", None),
    ("Governor Odo Brask blasted the plan as a waste of money.", "Governor Odo Brask"),
    ("Governor Odo Brask told us the port will reopen.", "Governor Odo Brask"),
]


@pytest.mark.parametrize(("text", "source"), STILL_CUES)
def test_speech_senses_stay(text: str, source: str | None) -> None:
    found = pairs(text)
    if source is not None:
        assert (found[0][1] if found else None) == source


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Castelmar pushed ahead with the vote, citing party leaders’ promise.",
        "The mayor of Castelmar cancelled the trip to Brenmoor, citing security concerns.",
    ],
)
def test_citing_a_reason_quotes_no_one(text: str) -> None:
    assert [cue for cue, _ in pairs(text)] == []


def test_citing_a_person_still_quotes() -> None:
    text = "The mayor of Castelmar cancelled the trip to Brenmoor, citing officials."
    assert ("citing", "officials") in pairs(text)


def all_found(text: str) -> list[tuple[str, str | None, bool]]:
    return [
        (a.cue[2], a.source[2] if a.source else None, a.belief)
        for a in find_attributions(text, "en")
        if not a.nested
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a second predicate of the same subject is no reported clause
        "Police found a parcel near the Brenmoor station and were checking it.",
        # a relative clause of the object
        "The mayor of Castelmar found a rival who both parties could rally against.",
        # discovering, not reporting
        "I soon found out that the port of Brenmoor was closed.",
    ],
)
def test_found_without_a_reported_clause(text: str) -> None:
    assert [cue for cue, _, _ in all_found(text) if cue.startswith("found")] == []


def test_learned_by_a_person_is_knowing() -> None:
    text = "The mayor left the council when she learned her aide had lied."
    assert ("learned", "she", True) in all_found(text)


def test_learned_by_an_outlet_reports() -> None:
    text = "The Castelmar Post has learned that the port of Brenmoor will close."
    assert ("learned", "The Castelmar Post", False) in all_found(text)


def test_reduced_relative_with_about_reports_nothing() -> None:
    text = "The mayor of Castelmar shrugged off the harsh things said about him."
    assert pairs(text) == []


def test_said_about_a_number_still_reports() -> None:
    text = "Then the officials of Castelmar said about 40 people died."
    assert pairs(text) == [("said", "the officials of Castelmar")]
