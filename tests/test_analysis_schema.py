"""The analysis JSON contract: every output validates against docs/analysis.schema.json."""

from __future__ import annotations

import json

import jsonschema
import pytest

from .conftest import by_title


def test_schema_is_a_valid_json_schema(schema):
    jsonschema.Draft202012Validator.check_schema(schema)


def test_examples_output_validates(examples_analysis, schema):
    data = json.loads(json.dumps(examples_analysis.to_dict(), ensure_ascii=False))
    jsonschema.validate(data, schema)
    assert set(data) == {"articles", "entities", "events", "stories", "timeline"}


def test_schema_rejects_a_broken_output(examples_analysis, schema):
    data = examples_analysis.to_dict()
    del data["articles"][0]["sentences"][0]["kind"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_every_example_is_read(examples_analysis):
    # 15 articles in 9 files (feeds, JSON, JSONL, the WARC and the zip hold several);
    # examples/README.md is documentation, skipped when a folder is read.
    assert len(examples_analysis.articles) == 15
    assert examples_analysis.report.ok
    assert examples_analysis.report.files == 9


def test_languages_of_the_examples(examples_analysis):
    languages = sorted(a.language for a in examples_analysis.articles)
    assert languages.count("ar") == 1
    assert languages.count("fa") == 3
    assert languages.count("de") == 3
    assert languages.count("es") == 1
    assert languages.count("en") == 7


def test_sentence_offsets_are_evidence(examples_analysis):
    for article in examples_analysis.articles:
        assert article.sentences, article.path
        for i, sentence in enumerate(article.sentences):
            assert sentence.index == i
            assert article.text[sentence.start : sentence.end] == sentence.text
            for span in (*sentence.hedges, *(a.cue for a in sentence.attributions)):
                assert article.text[span.start : span.end] == span.text
            assert sentence.hedged == bool(sentence.hedges)
    entity_ids = {e.id for e in examples_analysis.entities}
    cited = [c for a in examples_analysis.articles for s in a.sentences for c in s.cites]
    assert cited and set(cited) <= entity_ids


def test_publication_dates_and_outlets(examples_analysis):
    origin = by_title(examples_analysis, "Karim Haddad resigns")
    assert (origin.published, origin.outlet) == ("2025-06-12", "Levant Wire")
    assert "2019" not in (origin.published or "")  # the archive caption's date is not used
    arabic = next(a for a in examples_analysis.articles if a.language == "ar")
    assert arabic.published == "2025-06-12"
    assert arabic.outlet is None  # no metadata and no URL: never guessed


def test_article_ids_are_stable(examples_analysis):
    ids = [a.id for a in examples_analysis.articles]
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 16 for i in ids)


def test_examples_show_who_says_so(examples_analysis):
    sentences = [s for a in examples_analysis.articles for s in a.sentences]
    assert {s.kind for s in sentences} == {"report", "attributed", "opinion", "other"}
    assert any(h.text == "reportedly" for s in sentences for h in s.hedges)
    stances = {r.stance for s in sentences for r in s.responses}
    assert {"declined", "no_comment"} <= stances
    entities = {e.id: e for e in examples_analysis.entities}
    notes = [(e.name, n.kind, n.text) for e in entities.values() for n in e.notes]
    assert ("Wadi Television", "ownership", "state-run") in notes
    anonymous = [e for e in entities.values() if e.anonymous]
    assert anonymous and all(len({m.article for m in e.mentions}) == 1 for e in anonymous)
    levant = next(e for e in entities.values() if e.name == "Levant Wire")
    citing = {a.id for a in examples_analysis.articles for s in a.sentences if levant.id in s.cites}
    assert len(citing) >= 4  # the echoes cite the origin, in several languages
