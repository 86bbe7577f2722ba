"""English set phrases that stand aside between a subject and its verb ("for his part") are
no source, with or without their commas (issue 12, precision on real news). Fictional
sentences, written for these tests."""

from __future__ import annotations

import pytest

from ..builders import cue_source_pairs


def pairs(text: str) -> list[tuple[str, str | None]]:
    return cue_source_pairs(text, "en")


CASES = [
    (
        "Prime Minister Odo Brask, for his part expressed hope for closer ties with Valdora.",
        "expressed",
        "Prime Minister Odo Brask",
    ),
    (
        "The council of Brenmoor for its part said the port would close.",
        "said",
        "The council of Brenmoor",
    ),
    ("The mayor, for her part, said the port would close.", "said", "The mayor"),
    ("For their part, the ministers said the port would close.", "said", "the ministers"),
]


@pytest.mark.parametrize(("text", "cue", "source"), CASES)
def test_an_aside_is_no_source(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)
