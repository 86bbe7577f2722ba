"""Only an official reaction with a party is a response (issue 12, precision on real news):
an agentless passive ("the motion was denied", "18 people were confirmed dead"), a Senate
confirmation ("if confirmed") and withholding ("denied him entry") name no one reacting to a
claim; with an agent the agent is the party. Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from newstrace.claims.attribution import find_responses


def responses(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(r.stance, r.party[2] if r.party else None) for r in find_responses(text, language)]


NOT_RESPONSES = [
    ("en", "The motion to reopen the case in Brenmoor was denied."),
    ("en", "At least 18 people were confirmed dead in Castelmar."),
    ("en", "If confirmed by the Senate, Ilse Varga will serve on the court."),
    ("en", "The council of Valdora denied them a say in the matter."),
    ("de", "Die Angaben wurden bestätigt."),
    ("es", "La noticia fue confirmada."),
    ("fr", "La nouvelle a été confirmée."),
]


@pytest.mark.parametrize(("language", "text"), NOT_RESPONSES)
def test_no_party_no_response(language: str, text: str) -> None:
    assert responses(text, language) == []


WITH_AGENT = [
    ("en", "The claims were strongly denied by the Valdora ministry.", "the Valdora ministry"),
]


@pytest.mark.parametrize(("language", "text", "party"), WITH_AGENT)
def test_the_agent_of_a_passive_is_the_party(language: str, text: str, party: str) -> None:
    assert responses(text, language) == [("denied", party)]


def test_an_active_denial_still_is_one() -> None:
    assert responses("Valdora has denied any knowledge of the ship.", "en") == [
        ("denied", "Valdora")
    ]


def test_an_english_confirmation_with_no_party_is_none() -> None:
    text = "Trade will grow by 20 percent, the same council report confirmed."
    assert responses(text, "en") == []
