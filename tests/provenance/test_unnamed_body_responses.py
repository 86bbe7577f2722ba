"""An official body answering without a name ("the ministry declined to comment") is one
party: five outlets quoting it give one response with five evidence items (issue 13,
"Responses"), in every language with a pack; the report names it."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.report import render_markdown

from .test_roots_through_the_pipeline import raw, the_arrest

# Fictional: five outlets, each with its own source for the arrest, and one refusal.
LEADS = {
    "en": (
        ("Police arrested the journalist Omar Khaled in Cairo on Monday, his lawyer Samir Adel "
         "said."),
        "The journalist Omar Khaled was arrested in Cairo on Monday, Amnesty International said.",
        "Police in Cairo arrested the journalist Omar Khaled on Monday, his brother Karim said.",
    ),
    "fr": (
        ("La police a arrêté lundi au Caire le journaliste Omar Khaled, a déclaré son avocat "
         "Samir Adel."),
        ("La police a arrêté lundi au Caire le journaliste Omar Khaled, selon Amnesty "
         "International."),
        "La police a arrêté lundi au Caire le journaliste Omar Khaled, a indiqué son frère Karim.",
    ),
}  # fmt: skip
REFUSAL = {
    "en": "The ministry declined to comment.",
    "fr": "Le ministère n'a pas souhaité commenter.",
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_an_unnamed_ministry_refusing_in_three_outlets_is_one_response(language: str) -> None:
    analysis = newstrace.analyze(
        [raw(n, language, f"{lead}\n\n{REFUSAL[language]}")
         for n, lead in enumerate(LEADS[language])]
    )  # fmt: skip
    event = the_arrest(analysis)
    (response,) = event.responses
    assert response.stance == "declined" and response.entity == "body:ministry"
    assert len({e.article for e in response.evidence}) == 3
    assert "Response: the ministry declined" in render_markdown(analysis)
