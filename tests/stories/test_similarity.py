"""Graded similarity: words matched across languages through the bilingual dictionaries, and
page furniture (text other pages repeat word for word) left out.

Fixtures are fictional. The cross-language tests skip when the dictionaries are not built
(``make dictionaries``; they are never committed).
"""

from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace

import pytest

from newstrace.lang.bilingual import dictionary
from newstrace.lang.fold import fold
from newstrace.models import Article
from newstrace.stories import (
    DEFAULT_WEIGHTS,
    STORY_WEIGHTS,
    Vocabulary,
    docs_from_analysis,
    similarity,
)
from newstrace.stories.features import count_features, story_doc, text_units
from newstrace.stories.meanings import LITERAL, meaning_keys
from newstrace.stories.records import (
    counts_from_json,
    counts_to_json,
    doc_from_json,
    doc_to_json,
    vocabulary_from_json,
    vocabulary_to_json,
)

from ..builders import needs_dictionaries
from .test_grouping import make_article

needs_german = pytest.mark.skipif(
    dictionary("de") is None or dictionary("es") is None,
    reason="German and Spanish dictionaries not built (make dictionaries)",
)

BRIDGE_EN = make_article(
    "bridge-en",
    "Bridge collapses in Kelmar after heavy rain, families rescued",
    "The old bridge over the river in the village of Kelmar collapsed on Tuesday after days "
    "of heavy rain. Firefighters rescued twelve families whose houses were flooded. The mayor "
    "said the road to the village stays closed.",
    language="en",
)
BRIDGE_DE = make_article(
    "bridge-de",
    "Brücke in Kelmar nach starkem Regen eingestürzt",
    "Die alte Brücke über den Fluss im Dorf Kelmar ist am Dienstag nach tagelangem Regen "
    "eingestürzt. Die Feuerwehr holte zwölf Familien aus ihren Häusern. Der Bürgermeister "
    "sagte, die Straße zum Dorf bleibe gesperrt.",
    language="de",
)
BRIDGE_ES = make_article(
    "bridge-es",
    "Se derrumba el puente de Kelmar tras las lluvias",
    "El viejo puente sobre el río del pueblo de Kelmar se derrumbó el martes tras días de "
    "lluvia. Los bomberos rescataron a doce familias de sus casas. El alcalde dijo que la "
    "carretera al pueblo sigue cerrada.",
    language="es",
)
CHESS_EN = make_article(
    "chess-en",
    "Chess tournament in Velmont draws record crowd",
    "A chess tournament in the town of Velmont drew a record crowd on Saturday. The young "
    "champion won the final game after four hours, and the organisers promised a larger hall "
    "next year for the players and their supporters.",
    language="en",
)
ELECTION_ES = make_article(
    "election-es",
    "El partido verde gana las elecciones municipales de Ortena",
    "El partido verde ganó las elecciones municipales de Ortena con el cuarenta por ciento de "
    "los votos. La nueva alcaldesa prometió más parques y un plan de transporte público.",
    language="es",
)


def _docs(*articles: Article) -> dict[str, object]:
    vocabulary = Vocabulary()
    return {a.id: story_doc(a, {}, vocabulary) for a in articles}


@needs_dictionaries
@needs_german
def test_translations_of_one_event_score_above_unrelated_articles():
    docs = _docs(BRIDGE_EN, BRIDGE_DE, BRIDGE_ES, CHESS_EN, ELECTION_ES)
    en, de, es = docs["bridge-en"], docs["bridge-de"], docs["bridge-es"]
    chess, election = docs["chess-en"], docs["election-es"]
    assert similarity(de, en) > 2 * similarity(de, chess)
    assert similarity(es, en) > 2 * similarity(es, chess)
    assert similarity(de, es) > 2 * similarity(de, election)
    # the words' meanings carry it: without them only the name and letter grams remain
    plain = replace(DEFAULT_WEIGHTS, meanings=0.0)
    assert similarity(de, en) - similarity(de, chess) > (
        similarity(de, en, plain) - similarity(de, chess, plain)
    )


@needs_dictionaries
@needs_german
def test_words_become_english_lemmas_and_unknown_words_stay_themselves():
    assert meaning_keys(fold("Brücke"), "de") == (("bridge", 1.0),)
    assert dict(meaning_keys("familias", "es")) == {"family": 1.0}
    assert meaning_keys("bridges", "en") == (("bridge", 1.0),)
    assert meaning_keys("die", "de") == ()  # a function word
    assert meaning_keys("kelmar", "de") == ((LITERAL + "kelmar", 1.0),)  # a name
    shares = dict(meaning_keys(fold("Straße"), "de"))
    assert "road" in shares and sum(shares.values()) == pytest.approx(1.0)


def test_a_language_without_dictionary_keeps_its_words():
    assert meaning_keys("kelmarski", "xx") == ((LITERAL + "kelmar", 1.0),)


NOTICE = (
    "We use cookies to improve your experience on our website and to show you relevant "
    "advertising, by continuing to browse you agree to our privacy policy and terms of use."
)


def test_text_other_pages_repeat_is_furniture():
    flood = make_article(
        "flood",
        "River floods the village of Kelmar",
        "The river flooded the village of Kelmar on Tuesday. " + NOTICE,
    )
    chess = make_article(
        "chess",
        "Chess tournament draws record crowd",
        "A chess tournament in Velmont drew a record crowd on Saturday. " + NOTICE,
    )
    both = _docs(flood, chess)  # in arrival order: the second page tells the notice
    assert not any(key.startswith("<cook") for key in both["chess"].grams)
    assert not any("cookie" in key for key in both["chess"].meanings)
    assert "<che" in both["chess"].grams  # the story's own words stay
    assert "cooki" in both["chess"].terms  # stems keep everything (wire copies)
    # sharing the notice alone does not make two unrelated pages alike
    sure = replace(DEFAULT_WEIGHTS, evidence=0.0)  # short texts are drawn to the prior
    assert similarity(both["flood"], both["chess"], sure) < 0.15


def test_text_no_other_page_has_is_kept():
    vocabulary = Vocabulary()
    units = text_units(CHESS_EN)
    vocabulary.observe_shingles(units)
    counts = count_features(CHESS_EN, {}, units=units, seen=vocabulary.shingles)
    assert counts.grams == count_features(CHESS_EN, {}).grams
    assert "<che" in counts.grams and counts.meanings


def test_furniture_is_told_by_later_articles_of_an_analysis_too():
    first = make_article("one", "Bridge", "The bridge of Kelmar collapsed. " + NOTICE)
    second = make_article("two", "Chess", "The chess festival opened in Velmont. " + NOTICE)

    analysis = SimpleNamespace(articles=[first, second], entities=[])  # what it reads
    docs = docs_from_analysis(analysis)  # type: ignore[arg-type]
    assert all(not any(k.startswith("<cook") for k in d.grams) for d in docs)


def test_meanings_and_furniture_survive_the_stored_state():
    vocabulary = Vocabulary()
    articles = [BRIDGE_EN, CHESS_EN, make_article("again", "Again", CHESS_EN.text)]
    docs = [story_doc(a, {}, vocabulary) for a in articles]
    assert doc_from_json(doc_to_json(docs[0])) == docs[0]
    restored = vocabulary_from_json(vocabulary_to_json(vocabulary))
    assert restored.meanings == vocabulary.meanings
    assert restored.shingles == {k: n for k, n in vocabulary.shingles.items() if n > 1}
    assert restored.shingles  # the repeated chess text


def test_counts_stored_before_meanings_still_load():
    counts = count_features(BRIDGE_EN, {})
    data = counts_to_json(counts)
    old = json.dumps(json.loads(data)[:-1])  # as stored before meanings were counted
    assert counts_from_json(old, BRIDGE_EN).meanings == {}
    assert counts_from_json(data, BRIDGE_EN).meanings == counts.meanings


def test_shingle_counts_stay_bounded(monkeypatch: pytest.MonkeyPatch):
    from newstrace.stories import features

    monkeypatch.setattr(features, "MAX_SHINGLES", 40)
    vocabulary = Vocabulary()
    repeated = text_units(CHESS_EN)[:1]  # the title: 3 shingles, in every article
    for number in range(12):
        words = [f"w{number}x{i}" for i in range(10)]  # 6 fresh shingles each
        unit = replace(repeated[0], words=words, shingles=features.shingles(words))
        vocabulary.observe_shingles([unit, *repeated])
        assert len(vocabulary.shingles) <= 40
    assert all(vocabulary.shingles.get(h) == 12 for h in repeated[0].shingles)


def test_texts_that_say_little_are_drawn_to_the_prior():
    docs = _docs(BRIDGE_EN, CHESS_EN, make_article("stub", "Kelmar", "Kelmar bridge."))
    bridge, chess, stub = docs["bridge-en"], docs["chess-en"], docs["stub"]
    sure = replace(DEFAULT_WEIGHTS, evidence=0.0)
    prior = DEFAULT_WEIGHTS.prior
    # a stub's score is mostly the prior, whatever it shares
    assert abs(similarity(stub, chess) - prior) < abs(similarity(stub, chess, sure) - prior)
    assert abs(similarity(stub, bridge) - prior) < abs(similarity(stub, bridge, sure) - prior)
    # full texts keep their order
    assert similarity(bridge, bridge) > similarity(bridge, chess)
    assert similarity(bridge, chess, STORY_WEIGHTS) == similarity(
        bridge, chess, replace(STORY_WEIGHTS, prior=0.5)
    )  # story grouping never uses it
