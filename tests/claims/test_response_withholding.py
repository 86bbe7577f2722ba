"""'denies Brask his wall': a person and what is withheld (two objects) is no denial of a
claim (issue 12). Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from newstrace.claims.attribution.responses import find_responses


def stances(text: str) -> list[str]:
    return [r.stance for r in find_responses(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "She said the budget denies Governor Odo Brask his new port.",
        "The council of Castelmar denied them a vote on the port.",
    ],
)
def test_withholding_is_no_denial(text: str) -> None:
    assert "denied" not in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Odo Brask denied his role in the port deal.",
        "The ministry of Valdora denied the report.",
        "The ministry of Valdora denied Monday the claims of the rebels.",
    ],
)
def test_denials_stay(text: str) -> None:
    assert stances(text) == ["denied"]
