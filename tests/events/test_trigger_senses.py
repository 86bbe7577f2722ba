"""Ambiguous English triggers read in their sentence (issue 13, bench/fivew.py errors).

Fictional sentences through the whole per-article pipeline. "named" is an appointment only
next to a post and never in a sentence about victims or suspects; "names" as a noun
("the names of") is none; "life-threatening" threatens nobody; "fired" a ball or "fired
across" a field dismisses nobody; "stormed to victory", "stormed off" or "out" attacks nothing.
"""

from __future__ import annotations

import pytest

from newstrace.events import find_events

from .test_extraction import article


def types(text: str) -> list[str]:
    return [e.type for e in find_events(article(text, "en"))]


@pytest.mark.parametrize(
    "text",
    [
        "The two people killed in the crash on Tuesday have been named as Tomas Brenner and "
        "Ilse Varga.",
        "Police in Oldcastle named the victims as Tomas Brenner, 61, and Ilse Varga, 48.",
        "The prosecutor named the suspect as Dorian Kell, a 33-year-old mechanic.",
        "Rail officials released the names of the four passengers who died.",
        "A driver named Tomas Brenner was taken to hospital on Tuesday.",
    ],
)
def test_naming_victims_or_suspects_is_no_appointment(text: str) -> None:
    assert "appoint" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council named Ilse Varga as its new director on Tuesday.",
        "Prime Minister Tomas Brenner named Ilse Varga to the post of finance minister.",
        "Ilse Varga was named ambassador to Portugal on Tuesday.",
    ],
)
def test_naming_to_a_post_is_still_an_appointment(text: str) -> None:
    assert "appoint" in types(text)


def test_life_threatening_injuries_threaten_nobody() -> None:
    text = "Three passengers were treated for serious or life-threatening injuries on Tuesday."
    assert "threaten" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brenner fielded the ball and fired across the diamond to Dorian Kell.",
        "Dorian Kell fired into the top corner in the 80th minute on Tuesday.",
    ],
)
def test_firing_a_ball_dismisses_nobody(text: str) -> None:
    assert "dismiss" not in types(text)


def test_firing_an_employee_is_still_a_dismissal() -> None:
    assert "dismiss" in types("The board of Kell Logistics fired Tomas Brenner on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "President-elect Tomas Brenner met Ilse Varga in Oldcastle on Tuesday.",
        "The president-elect, Tomas Brenner, spoke to reporters on Tuesday.",
        "Vice President-elect Ilse Varga arrived in Oldcastle on Tuesday.",
        "Mayor-elect Ilse Varga thanked her staff on Tuesday.",
    ],
)
def test_an_office_elect_is_a_title_not_an_election(text: str) -> None:
    assert "elect" not in types(text)


def test_being_elected_is_still_an_election() -> None:
    assert "elect" in types("Tomas Brenner was elected mayor of Oldcastle on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "Five people were wounded in a shooting near the Oldcastle depot on Tuesday.",
        "Police are investigating the stabbing of Tomas Brenner in Oldcastle on Tuesday.",
        "The mass shooting at an Oldcastle mall on Tuesday left four dead.",
    ],
)
def test_a_shooting_or_stabbing_is_an_attack(text: str) -> None:
    assert "attack" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The film crew finished shooting a film in Oldcastle on Tuesday.",
        "Tomas Brenner opened a shooting range in Oldcastle on Tuesday.",
        "Oldcastle's shooting guard Tomas Brenner scored 30 points on Tuesday.",
    ],
)
def test_other_shootings_are_no_attack(text: str) -> None:
    assert "attack" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brenner told a campaign rally in Oldcastle on Tuesday that he would win.",
        "At a rally in Oldcastle on Tuesday, Tomas Brenner repeated his campaign promises.",
        "Shares of Kell Logistics extended their rally on Tuesday as markets rose.",
    ],
)
def test_campaign_and_market_rallies_are_no_protest(text: str) -> None:
    assert "protest" not in types(text)


def test_a_rally_against_a_policy_is_still_a_protest() -> None:
    assert "protest" in types(
        "Thousands joined a rally in Oldcastle on Tuesday against the new tax."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Varga, who stormed to a shock election victory on Tuesday, met Tomas Brenner.",
        "Tomas Brenner stormed off the stage in Ulmen on Tuesday.",
        "Ilse Varga stormed out of the meeting on Tuesday.",
    ],
)
def test_storming_to_victory_or_off_a_stage_attacks_nothing(text: str) -> None:
    assert "attack" not in types(text)


def test_storming_a_building_is_still_an_attack() -> None:
    assert "attack" in types("Soldiers stormed the Ulmen parliament building on Tuesday.")
