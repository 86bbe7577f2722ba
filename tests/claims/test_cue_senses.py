"""English cue words used in another sense or construction report nothing (issue 12,
precision on real news): an interview label, a naming or counting verb, a reduced passive
framing the real cue, nouns and set phrases. Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from newstrace.claims.attribution import find_attributions

from ..builders import cue_source_pairs


def pairs(text: str) -> list[tuple[str, str | None]]:
    return cue_source_pairs(text, "en")


NOT_CUES = [
    # interview labels and credits before a colon
    "Q: How do you see the role of the port of Brenmoor?",
    "A: The port of Brenmoor is the key to the region.",
    "Q: Comparing the reaction of Valdora to the missile tests, what do you see?",
    "Contributing: Ilse Varga in Castelmar.",
    # naming or phoning, not a speech act
    "The field, called North Dome, lies in the waters of Valdora.",
    "Governor Odo Brask called the mayor of Castelmar to mend ties.",
    "The gunman had called a tip line in January.",
    # a participle after a number is an adjective; set phrases
    "The outbreak in Valdora has risen to 77 with 2,336 confirmed cases.",
    "The attack on the Brenmoor market claimed the lives of 49 people.",
    "The talks in Brenmoor went on according to the international law.",
    # counting
    "The Valdora economy added 113,000 jobs last month.",
    "Construction firms added more jobs than the services sector.",
    # comparing figures
    "Exports rose by 20 percent compared to last year.",
    # finding a thing, not a fact
    "Police found a suspicious object near the Brenmoor station.",
    # a programme on air, turning up
    "Advertisers left the morning news shows of Valdora TV.",
    "Thousands of voters may show up in Castelmar.",
    # speaking with someone, publishing, responding to an attack: no statement reported
    "Governor Odo Brask spoke to the mayor of Castelmar on Monday.",
    "The interview was published on June 1.",
    "The navy of Valdora will respond to any aggression.",
    # a speech act not made (yet): a modal before the verb
    "The ministers of Valdora will discuss the port on Monday.",
    "The unemployment rate alone could suggest a rosy picture.",
    "Any honest economist would have told him so.",
    # a bare noun form after an article and a singular name modifies nothing but a noun
    "Many experts were quick to dismiss the December report as a fluke.",
    "Critics of the Valdora Senate report left the hall.",
    # a cry or a weak verb with no words reported beside it
    "Worshippers in Castelmar can be heard screaming on the video.",
    "Voters in Valdora screamed for lower taxes.",
    'The "safe" port of Castelmar continued operating.',
    # an agentless passive before a time or a listener
    "The collision was reported at 05:24 local time.",
    "The draft was reported to the council of Brenmoor.",
]


@pytest.mark.parametrize("text", NOT_CUES)
def test_other_senses_report_nothing(text: str) -> None:
    assert pairs(text) == []


def test_asked_about_frames_the_real_cue() -> None:
    text = "Asked about the tender, a spokesman for the council said it was legal."
    assert pairs(text) == [("said", "a spokesman for the council")]


STILL_CUES = [
    ('Senator Odo Brask called the mayor a "liar" on Monday.', "called", "Senator Odo Brask"),
    ("Senator Odo Brask called him a liar.", "called", "Senator Odo Brask"),
    ("The mayor called out the council for its silence.", "called", "The mayor"),
    ('"We are ready," the mayor added.', "added", "the mayor"),
    ('"We will rebuild," the mayor would later say.', "say", "the mayor"),
    ("Of 48 councils in Valdora, only 28 said yes.", "said", "28"),
    ("The study found that the dam of Brenmoor leaks.", "found", "The study"),
    ("It was reported that the talks had failed.", "reported", None),
    ("A new poll shows the mayor leading in Castelmar.", "shows", "A new poll"),
    ("The Democrats report that the port of Castelmar closed.", "report", "The Democrats"),
    ("The Pentagon claims that the port of Castelmar closed.", "claims", "The Pentagon"),
    ('"Run!" the guard of Castelmar screamed.', "screamed", "the guard of Castelmar"),
    ('"We are ready," the mayor of Castelmar continued.', "continued", "the mayor of Castelmar"),
]


@pytest.mark.parametrize(("text", "cue", "source"), STILL_CUES)
def test_the_reporting_senses_still_report(text: str, cue: str, source: str | None) -> None:
    assert pairs(text) == [(cue, source)]


def test_an_infinitive_after_a_passive_is_no_listener() -> None:
    relations = find_attributions("The mayor is expected to resign in May.", "en")
    assert [(a.cue[2], a.belief) for a in relations] == [("expected", True)]


SOURCES = [
    # "X quoted Y as saying": Y spoke
    ('"The port is open," Levant Wire quoted Ilse Varga as saying.', "quoted", "Ilse Varga"),
    ("The Brenmoor Post, citing the city police, put the toll at 19.", "citing", "the city police"),
    (
        "Levant Wire quoted Valdora's deputy minister Odo Brask as saying that talks failed.",
        "quoted",
        "Valdora's deputy minister Odo Brask",
    ),
    # a dateline and opening time words are no part of the speaker
    ("BRENMOOR – The Valdoran foreign ministry said the talks had failed.", "said", None),
    ("CASTELMAR- Mayor Ilse Varga has said the port is open.", "said", "Mayor Ilse Varga"),
    ("Last week Governor Odo Brask said that the port would open.", "said", "Governor Odo Brask"),
    ("Today House Republicans said that they would vote.", "said", "House Republicans"),
    ("Mayor Varga nevertheless described the meeting as useful.", "described", "Mayor Varga"),
    # a title's "to" joins a capitalised name; a noun that is also a cue form ends a phrase
    (
        "Talks go on, according to Valdora's Ambassador to Brenmoor Odo Brask.",
        "according to",
        "Valdora's Ambassador to Brenmoor Odo Brask",
    ),
    ("Exports fell, according to a new regional report.", "according to", "a new regional report"),
    ("The Brenmoor Post report said the dam leaks.", "said", "The Brenmoor Post report"),
    # a common verb ends the phrase before a clause with its own subject
    ("The backlash came after Valdora said it needed more time.", "said", "Valdora"),
    ("The ruling comes after a court in Brenmoor said the port may open.", "said", "a court"),
]


@pytest.mark.parametrize(("text", "cue", "source"), SOURCES)
def test_the_source_is_the_speaker(text: str, cue: str, source: str | None) -> None:
    expected = source or "The Valdoran foreign ministry"
    assert pairs(text) == [(cue, expected)]


def test_a_listener_ends_before_the_reported_clause() -> None:
    text = "Mayor Ilse Varga told the Brenmoor newspaper she would resign."
    found = find_attributions(text, "en")
    assert [(a.source[2] if a.source else None, a.publisher) for a in found] == [
        ("Mayor Ilse Varga", False),
        ("the Brenmoor newspaper", True),
    ]


def test_a_verb_and_a_participle_side_by_side_are_two_cues() -> None:
    text = "Levant Wire reported quoting an official of the Brenmoor council."
    found = find_attributions(text, "en")
    assert [(a.cue[2], a.source[2] if a.source else None) for a in found] == [
        ("reported", "Levant Wire"),
        ("quoting", "an official of the Brenmoor council"),
    ]


def test_a_persian_possessive_pronoun_stays_in_the_source() -> None:
    found = find_attributions("اعضای تیم ما گفتند که پل مقاوم است.", "fa")
    assert [a.source[2] if a.source else None for a in found] == ["اعضای تیم ما"]


def test_an_outlet_quoting_a_speaker_relays_it() -> None:
    text = "Valdora Radio quoted the mayor as saying that the port was open."
    found = find_attributions(text, "en")
    assert [(a.source[2] if a.source else None, a.publisher) for a in found] == [
        ("the mayor", False),
        ("Valdora Radio", True),
    ]
    assert all(a.content and a.content[2] == "the port was open" for a in found)
