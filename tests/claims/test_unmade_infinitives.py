"""An English speech verb after a need, failure or readiness word and "to" names an act not
made ("failed to tell", "were quick to write off", "prepared to announce"): no attribution
(issue 12, precision on real news). Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from ..builders import cue_source_pairs


def pairs(text: str) -> list[tuple[str, str | None]]:
    return cue_source_pairs(text, "en")


NOT_MADE = [
    "The leaders of Castelmar failed to tell him about the report.",
    "Experts in Valdora were quick to write off the report.",
    "As he prepared to announce his run, Odo Brask toured Valdora.",
]


@pytest.mark.parametrize("text", NOT_MADE)
def test_an_unmade_speech_act_reports_nothing(text: str) -> None:
    assert pairs(text) == []


def test_a_chain_of_real_speech_stays() -> None:
    text = "The mayor of Castelmar went on to say that the port would close."
    assert pairs(text) == [("went on to say", "The mayor of Castelmar")]
