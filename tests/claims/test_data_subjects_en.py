"""An English reporting verb whose subject is a figure, a result or research tells what they
show ("the figure indicates", "research suggests"): a finding, not an attribution (issue 12,
precision on real news). Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from newstrace.claims.attribution import find_attributions


def records(text: str) -> list[tuple[str, str | None, bool]]:
    return [
        (a.cue[2], a.source[2] if a.source else None, a.finding)
        for a in find_attributions(text, "en")
        if not a.nested
    ]


FINDINGS = [
    ("Some of the best recent research indicates the opposite in Valdora.", "indicates"),
    ("The figure indicates a rise of 45 percent at the port of Brenmoor.", "indicates"),
    ("The numbers underscore a problem with the dams of Castelmar.", "underscore"),
    ("Early diagnosis suggests that the mayor of Brenmoor has a tumour.", "suggests"),
]


@pytest.mark.parametrize(("text", "cue"), FINDINGS)
def test_a_data_subject_makes_a_finding(text: str, cue: str) -> None:
    found = [r for r in records(text) if r[0] == cue]
    assert found and all(r[2] for r in found)


STILL_ATTRIBUTIONS = [
    # the head is the name before the relative clause, not the data it crunched
    ("Pew, which crunched government data, said migration peaked in 2007.", "said"),
    ("The study found that the dam of Brenmoor leaks.", "found"),
    ("The mayor of Castelmar said the figures were wrong.", "said"),
]


@pytest.mark.parametrize(("text", "cue"), STILL_ATTRIBUTIONS)
def test_a_speaker_stays_a_source(text: str, cue: str) -> None:
    found = [r for r in records(text) if r[0] == cue]
    assert found and not any(r[2] for r in found)
