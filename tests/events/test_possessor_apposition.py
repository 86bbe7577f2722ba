"""A possessor whose noun describes the name after it is no participant (issue 13, "who"):
"met with Karim Haddad's wife, Layla Nasser" met Layla Nasser, not Karim Haddad. The
possessor of an event noun still does it ("Karim Haddad's resignation"). English: the
apostrophe possessive; fictional articles."""

from __future__ import annotations

import pytest

from .test_extraction import events, names, only

DESCRIBED = [
    (
        "Nadia Sweis met with Karim Haddad's wife, Layla Nasser, in Amman on Tuesday.",
        "Layla Nasser",
    ),
    ("Nadia Sweis met with Karim Haddad's aide Omar Khaled in Amman on Tuesday.", "Omar Khaled"),
]


@pytest.mark.parametrize(("text", "met"), DESCRIBED)
def test_the_one_described_is_the_participant_not_the_possessor(text: str, met: str) -> None:
    meeting = only(events(text, "en"), "meet")
    assert names(text, "en", meeting.targets) == {met}


def test_a_name_after_with_is_still_the_participant() -> None:
    text = "Nadia Sweis met with Karim Haddad in Amman on Tuesday."
    meeting = only(events(text, "en"), "meet")
    assert names(text, "en", meeting.targets) == {"Karim Haddad"}


def test_the_possessor_of_an_event_noun_still_does_it() -> None:
    text = "Nadia Sweis criticised Karim Haddad's resignation on Tuesday."
    resignation = only(events(text, "en"), "resign")
    assert names(text, "en", resignation.actors) == {"Karim Haddad"}
