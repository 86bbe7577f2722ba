"""Beliefs apart from attributions (issue 12): verbs of thinking, wanting, feeling, expecting,
deciding, seeking, appearing, supporting and demanding tell a state of mind or a stance, not
a statement. The finder still finds them (``belief`` set), the claims stage reports them under
``sentence.beliefs``, and they never make a sentence ``attributed``. Fictional sentences,
written for these tests."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.claims.attribution import find_attributions
from newstrace.models import RawArticle


def found(text: str, language: str) -> list[tuple[str, str | None, bool]]:
    """(cue, source, belief) of each top-level relation."""
    return [
        (a.cue[2], a.source[2] if a.source else None, a.belief)
        for a in find_attributions(text, language)
        if not a.nested
    ]


BELIEFS = [
    ("en", "The ministry wants to close the border at Brenmoor.", "wants", "The ministry"),
    ("en", "Mayor Ilse Varga believes that the bridge will hold.", "believes", "Mayor Ilse Varga"),
    ("en", "The council expects the port of Castelmar to reopen in May.", "expects", "The council"),
    ("en", "Senator Odo Brask decided to oppose it.", "decided to oppose", "Senator Odo Brask"),
    ("en", "The union called for the disclosure of the contract.", "called for", "The union"),
    ("en", "The farmers of Valdora support the dam.", "support", "The farmers of Valdora"),
    ("de", "Der Bürgermeister glaubt, dass die Brücke hält.", "glaubt", "Der Bürgermeister"),
    ("es", "El alcalde cree que el puente resistirá.", "cree", "El alcalde"),
    ("fr", "Le maire pense que le pont tiendra.", "pense", "Le maire"),
    ("ar", "ويعتقد المحافظ أن الجسر سيصمد.", "ويعتقد", "المحافظ"),
    ("fa", "شهردار معتقد است که پل مقاوم است.", "معتقد است", "شهردار"),
    ("fa", "وزیر راه معتقد است که پل باید بسته شود.", "معتقد است", "وزیر راه"),
    ("fa", "به اعتقاد وزیر راه، پل باید بسته شود.", "به اعتقاد", "وزیر راه"),
    ("fa", "کارشناسان معتقدند پل باید بسته شود.", "معتقدند", "کارشناسان"),
]


@pytest.mark.parametrize(("language", "text", "cue", "source"), BELIEFS)
def test_states_of_mind_are_beliefs(language: str, text: str, cue: str, source: str) -> None:
    assert found(text, language) == [(cue, source, True)]


SPEECH = [
    ("en", "Mayor Ilse Varga said that the bridge will hold.", "said", "Mayor Ilse Varga"),
    ("de", "Der Bürgermeister sagte, die Brücke bleibe gesperrt.", "sagte", "Der Bürgermeister"),
    ("es", "El alcalde dijo que el puente resistirá.", "dijo", "El alcalde"),
    ("fr", "Le maire a déclaré que le pont tiendra.", "a déclaré", "Le maire"),
    ("ar", "وقال المحافظ إن الجسر سيصمد.", "وقال", "المحافظ"),
    ("fa", "شهردار گفت که پل مقاوم است.", "گفت", "شهردار"),
]


@pytest.mark.parametrize(("language", "text", "cue", "source"), SPEECH)
def test_statements_stay_attributions(language: str, text: str, cue: str, source: str) -> None:
    assert found(text, language) == [(cue, source, False)]


COMMITMENTS = [
    # a promise, an agreement, a demand or a request before an infinitive or an object
    ("en", "The governor pledged to build a new school in Brenmoor.", "pledged", True),
    ("en", "The company promised more jobs to the town of Castelmar.", "promised", True),
    ("en", "The council agreed to hold the vote on Monday.", "agreed", True),
    ("en", "Mayor Ilse Varga urged the residents to leave the valley.", "urged", True),
    ("en", "Senator Odo Brask asked the minister to resign.", "asked", True),
    ("de", "Der Bürgermeister forderte den Rücktritt des Ministers.", "forderte", True),
    # the same verbs before a clause or a quotation, or after what they report: statements
    ("en", "The governor promised that the school would open in May.", "promised", False),
    ("en", 'The governor vowed: "We will rebuild every house."', "vowed", False),
    ("en", "Senator Odo Brask asked whether the tender was legal.", "asked", False),
    ("de", "Der Bürgermeister forderte, dass die Brücke gesperrt wird.", "forderte", False),
]


@pytest.mark.parametrize(("language", "text", "cue", "belief"), COMMITMENTS)
def test_commitments_are_beliefs_unless_they_report(
    language: str, text: str, cue: str, belief: bool
) -> None:
    relations = found(text, language)
    assert [(c, b) for c, _source, b in relations] == [(cue, belief)]


def test_a_question_asked_is_a_statement() -> None:
    relations = found('"Who signed the contract?" the senator asked.', "en")
    assert relations == [("asked", "the senator", False)]


def test_the_stage_reports_beliefs_apart() -> None:
    article = RawArticle(
        text=(
            "Bridge talks stall\n\n"
            "The ministry wants to close the Brenmoor bridge in May.\n\n"
            "Mayor Ilse Varga said the bridge was safe."
        ),
        path="b.txt",
        title="Bridge talks stall",
        published="2025-06-12",
        language_hint="en",
    )
    analysis = newstrace.analyze([article])
    sentences = analysis.articles[0].sentences
    wants = next(s for s in sentences if "wants" in s.text)
    said = next(s for s in sentences if "said" in s.text)
    # "The ministry wants X" is the outlet's report about the ministry, not its claim.
    assert wants.attributions == [] and wants.cites == []
    assert [b.cue.text for b in wants.beliefs] == ["wants"]
    assert wants.beliefs[0].source is not None and wants.beliefs[0].source.text == "The ministry"
    assert wants.kind != "attributed"
    assert [a.cue.text for a in said.attributions] == ["said"] and said.beliefs == []
    assert said.kind == "attributed"
    data = analysis.to_dict()
    exported = next(s for s in data["articles"][0]["sentences"] if s["text"] == wants.text)
    assert [b["cue"]["text"] for b in exported["beliefs"]] == ["wants"]
    assert "local" not in exported["beliefs"][0]


FINDINGS = [
    "A new poll shows the mayor of Castelmar leading by five points.",
    "Records show that the council of Brenmoor paid twice.",
    "The figures showed a rise in exports from Valdora.",
]


@pytest.mark.parametrize("text", FINDINGS)
def test_what_a_document_shows_is_a_finding(text: str) -> None:
    relations = [a for a in find_attributions(text, "en") if not a.nested]
    assert [(a.finding, a.belief) for a in relations] == [(True, False)]


def test_the_stage_reports_findings_apart() -> None:
    article = RawArticle(
        text="Tender row\n\nRecords show that the council of Brenmoor paid twice.",
        path="f.txt",
        title="Tender row",
        published="2025-06-12",
        language_hint="en",
    )
    sentence = newstrace.analyze([article]).articles[0].sentences[-1]
    assert sentence.attributions == [] and sentence.cites == []
    assert [f.cue.text for f in sentence.findings] == ["show"]
    assert sentence.kind != "attributed"
