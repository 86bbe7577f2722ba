"""English sources whose names carry a party or place bracket inside the noun phrase
("Ada Rusk (D) of Castelmar", "Odo Brask (R-VA) and Ada Rusk") keep the whole phrase (issue
12, precision on real news). Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from ..builders import cue_source_pairs


def pairs(text: str) -> list[tuple[str, str | None]]:
    return cue_source_pairs(text, "en")


CASES = [
    (
        "Senator Ada Rusk (D) of Castelmar had raised concerns over the deleted posts.",
        "raised concerns",
        "Senator Ada Rusk (D) of Castelmar",
    ),
    (
        "Senators Odo Brask (R) of Valdora and Ada Rusk (D) of Castelmar had raised concerns "
        "over the posts.",
        "raised concerns",
        "Senators Odo Brask (R) of Valdora and Ada Rusk (D) of Castelmar",
    ),
    (
        '"We acted," said Sens. Odo Brask (R-VA) and Ada Rusk (R-NM) in a statement.',
        "said",
        "Sens. Odo Brask (R-VA) and Ada Rusk",
    ),
    # unchanged: a bracket that ends the name, and a bracket that is no name's label
    ('"We acted," said Sen. Odo Brask (R-VA) in a statement.', "said", "Sen. Odo Brask"),
    ("Rep. Odo Brask (R-VA) said the port would close.", "said", "Rep. Odo Brask (R-VA)"),
]


@pytest.mark.parametrize(("text", "cue", "source"), CASES)
def test_a_name_bracket_stays_inside_the_source(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)
