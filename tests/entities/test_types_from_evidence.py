"""Types from the evidence of the mentions, not from a vote or a glued number (issue 12,
class 2). Fixture names and sentences are fictional.
"""

from __future__ import annotations

import pytest

from newstrace.entities.extract import repair_spans
from newstrace.entities.ner import Span


def _span(text: str, name: str, label: str = "organization") -> Span:
    start = text.index(name)
    return Span(start, start + len(name), label, name)


# -- a score or a table row is no part of a club's name ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northbury 4 Calderwick 1", "Northbury"),
        ("Calderwick 2 Northbury Rovers 3 ( halftime 1-1 )", "Calderwick"),
        ("NORTHBURY 14 11 1 84 83 29", "NORTHBURY"),
        ("Calderwick 2 16 .111 14", "Calderwick"),
    ],
)
def test_score_numbers_stay_out_of_club_names(text: str, name: str) -> None:
    (repaired,) = repair_spans(text, [_span(text, name)], "en")
    assert repaired.text == name


def test_a_channel_keeps_its_number() -> None:
    text = "Levant 24 reported the talks on Monday."
    (repaired,) = repair_spans(text, [_span(text, "Levant")], "en")
    assert repaired.text == "Levant 24"
