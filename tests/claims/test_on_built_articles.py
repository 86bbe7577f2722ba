"""The claims stage alone, on articles built without any model (tests/builders.py): who is
cited, how a party responds, what kind each sentence is."""

from __future__ import annotations

from newstrace.models import Article

from ..builders import Named, build_article, run_stage

HADDAD, WIRE, MINISTRY = 0, 1, 2
ENTITIES = [
    Named("Karim Haddad", "person"),
    Named("Levant Wire", "outlet"),
    Named("Ministry of Water", "organization"),
]


def _claims(text: str, **kwargs) -> Article:
    kwargs.setdefault("entities", ENTITIES)
    return run_stage("claims", build_article(text, published="2025-06-12", **kwargs))


def test_a_named_source_is_tied_to_its_entity():
    article = _claims("Karim Haddad resigned on Tuesday, Levant Wire reported.")
    (sentence,) = article.sentences
    assert sentence.kind == "attributed"
    (attribution,) = sentence.attributions
    assert (attribution.cue.text, attribution.source.text) == ("reported", "Levant Wire")
    assert attribution.local == WIRE
    assert article.text[attribution.cue.start : attribution.cue.end] == "reported"


def test_he_said_continues_the_source_just_before():
    article = _claims("Karim Haddad resigned, Levant Wire reported. He said the talks had stalled.")
    carried = article.sentences[1].attributions[0]
    assert carried.source.text == "He"
    assert carried.local == WIRE


def test_a_response_names_the_responding_entity():
    article = _claims("The Ministry of Water declined to comment.")
    (response,) = article.sentences[0].responses
    assert response.stance == "declined"
    assert response.party.text == "The Ministry of Water"
    assert response.local == MINISTRY
    assert article.sentences[0].kind == "attributed"


def test_the_ministry_is_the_one_ministry_the_article_names():
    article = _claims(
        "The Ministry of Water opened a plant. The ministry said it would open another."
    )
    (attribution,) = article.sentences[1].attributions
    assert attribution.source.text == "The ministry"
    assert attribution.local == MINISTRY


def test_an_unnamed_source_becomes_one_anonymous_entity_of_the_article():
    article = build_article(
        "Officials said Karim Haddad resigned. Officials said the ministry would appeal.",
        entities=ENTITIES,
    )
    named = {m.local for m in article.mentions}
    run_stage("claims", article)
    locals_ = {s.attributions[0].local for s in article.sentences}
    assert len(locals_) == 1
    (anonymous,) = locals_
    assert anonymous not in named
    added = [m for m in article.mentions if m.local == anonymous]
    assert [m.text for m in added] == ["Officials", "Officials"]
    assert all(m.anonymous and m.source == "pattern" for m in added)
    assert article.mentions == sorted(article.mentions, key=lambda m: (m.start, m.end))


def test_the_headline_is_framing_not_a_statement():
    article = _claims(
        "Minister quits\nKarim Haddad resigned, Levant Wire reported.", title="Minister quits"
    )
    headline, body = article.sentences
    assert (headline.kind, headline.attributions) == ("other", [])
    assert body.kind == "attributed"


def test_a_hedge_marks_the_sentence_and_its_words():
    article = _claims("Karim Haddad allegedly resigned.")
    (sentence,) = article.sentences
    assert sentence.hedged
    assert [h.text for h in sentence.hedges] == ["allegedly"]


def test_the_entity_stage_mentions_are_kept_as_built():
    article = build_article("Karim Haddad resigned, Levant Wire reported.", entities=ENTITIES[:2])
    built = list(article.mentions)
    run_stage("claims", article)
    assert article.mentions == built
