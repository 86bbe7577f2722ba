"""The bundled fictional examples end to end: stories, events, provenance and the timeline.

The examples (see examples/README.md) tell one main story: Levant Wire reports first-hand
that Karim Haddad resigned on Tuesday 2025-06-10; outlets in English, Arabic, Persian and
Spanish echo it citing Levant Wire; Cedar Times copies sentences without citing it; the
ministry declines to comment. So the resignation has one origin and one independent source.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from newstrace.cli import app


@pytest.fixture(scope="module")
def names(examples_analysis):
    return {e.id: e.name for e in examples_analysis.entities}


@pytest.fixture(scope="module")
def resignation(examples_analysis):
    # The Desert Ledger's "three days after Haddad stepped down" is dated 2025-06-10 too, but
    # stays a separate, unattributed event: its NER types that lone "Haddad" as a place, so
    # the report names no actor to meet this one by (a known entity-stage gap).
    found = [
        e for e in examples_analysis.events
        if e.type == "resign" and e.date.value == "2025-06-10" and e.origins
    ]  # fmt: skip
    assert len(found) == 1, [e.summary for e in found]
    return found[0]


def test_echoes_of_one_origin_are_single_source(resignation, names):
    assert resignation.status == "single-source"
    assert resignation.independent_sources == 1
    assert [names[o] for o in resignation.origins] == ["Levant Wire"]
    assert len(resignation.articles) >= 5


def test_the_echo_languages_are_one_event(resignation, examples_analysis):
    language = {a.id: a.language for a in examples_analysis.articles}
    assert {"en", "fa", "es"} <= {language[a] for a in resignation.articles}


def test_the_uncited_copy_is_not_independent(resignation, examples_analysis):
    cedar = next(a for a in examples_analysis.articles if a.outlet == "Cedar Times")
    bases = {e.basis for e in resignation.evidence if e.article == cedar.id}
    assert bases == {"copy"}


def test_the_origin_reports_first_hand(resignation, examples_analysis):
    wire = next(a for a in examples_analysis.articles if a.outlet == "Levant Wire")
    assert {e.basis for e in resignation.evidence if e.article == wire.id} == {"first-hand"}


def test_the_ministry_declined_to_comment(resignation, names):
    declined = [names.get(r.entity or "") for r in resignation.responses if r.stance == "declined"]
    assert "Jordan's Ministry of Water" in declined


def test_the_caption_dates_nothing(examples_analysis):
    assert not any((e.date.value or "").startswith("2019") for e in examples_analysis.events)


def test_stories_group_articles_across_languages(examples_analysis, resignation):
    story = next(s for s in examples_analysis.stories if resignation.id in s.events)
    assert {"ar", "en", "es", "fa"} <= set(story.languages)
    hamburg = next(s for s in examples_analysis.stories if "Hamburg" in s.title)
    assert set(hamburg.languages) == {"de"} and story.id != hamburg.id
    assert len({s.id for s in examples_analysis.stories}) == len(examples_analysis.stories)


def test_timeline_is_ordered_by_event_date(examples_analysis):
    dates = [t.date or t.first_reported for t in examples_analysis.timeline]
    assert dates == sorted(dates)
    entry = next(t for t in examples_analysis.timeline if t.type == "resign")
    assert entry.precision == "day" and entry.story is not None


def test_cli_stories_story_and_timeline(tmp_path, examples_dir):
    runner = CliRunner()
    db = tmp_path / "e.db"
    assert runner.invoke(app, ["ingest", str(examples_dir), "--db", str(db), "-q"]).exit_code == 0
    listed = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.output)
    main = max(stories, key=lambda s: len(s["articles"]))
    graph = tmp_path / "g.graphml"
    shown = runner.invoke(app, ["story", main["id"], "--db", str(db), "--graphml", str(graph)])
    assert shown.exit_code == 0, shown.output
    assert "single-source (1 independent source(s); origins: Levant Wire)" in shown.output
    assert "root: Levant Wire (outlet): cites x" in shown.output
    root = ET.parse(graph).getroot()
    edges = root.findall(".//{http://graphml.graphdrawing.org/xmlns}edge")
    kinds = {d.text for e in edges for d in e if d.get("key") == "e_kind"}
    assert {"cites", "copies"} <= kinds
    shown_json = runner.invoke(app, ["story", main["id"], "--db", str(db), "--json"])
    as_json = json.loads(shown_json.output)
    assert as_json["graph"]["nodes"] and as_json["events"]
    timeline = runner.invoke(app, ["timeline", "--db", str(db)])
    assert timeline.exit_code == 0 and "2025-06-10" in timeline.output
    missing = runner.invoke(app, ["story", "nope", "--db", str(db)])
    assert missing.exit_code == 2 and "no story 'nope'" in missing.output
