"""'…, says Ruiz.' after a clause with commas of its own: the name that closes the sentence is
the speaker, not the clause before (issue 12). Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from ..builders import cue_source_pairs


def pairs(text: str) -> list[tuple[str, str | None]]:
    return cue_source_pairs(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Style aside, his loose manner won him a large, loyal following, says Ruiz.",
            [("says", "Ruiz")],
        ),
        (
            "In Brenmoor, as in Castelmar, the port decides the vote, said Ana Ruiz.",
            [("said", "Ana Ruiz")],
        ),
        (
            "For the archive, the content of the letters does not matter, says Ana Ruiz, "
            "a historian at Brenmoor.",
            [("says", "Ana Ruiz")],
        ),
        (
            "Odo Brask, the mayor of Castelmar, said Ruiz, his aide, was right.",
            [("said", "Odo Brask, the mayor of Castelmar")],
        ),
        # an appositive between subject and verb still gives the subject on the left
        (
            "Odo Brask, the mayor of Castelmar, noted the rule.",
            [("noted", "Odo Brask, the mayor of Castelmar")],
        ),
        # a verb that takes a person as its object: the name may be the one asked
        (
            "Odo Brask, the mayor of Castelmar, asked Ruiz.",
            [("asked", "Odo Brask, the mayor of Castelmar")],
        ),
    ],
)
def test_name_after_the_commas_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_opening_participle_is_no_subject() -> None:
    text = "Speaking from Rome, Secretary Odo Brask, who took office in May, said the port is open."
    assert pairs(text)[0] == ("said", "Secretary Odo Brask, who took office in May")


def test_name_ending_in_ing_still_speaks() -> None:
    text = "Beijing, which denies the claim, said the port is open."
    assert pairs(text)[0] == ("said", "Beijing, which denies the claim")
