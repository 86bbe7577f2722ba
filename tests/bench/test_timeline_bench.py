"""bench/timeline.py: the SemEval-2015 Task 4 scorer on timelines small enough to score by hand.

Each timeline becomes a temporal graph: every event SIMULTANEOUS with a TIMEX3 of its date,
the mentions of a line SIMULTANEOUS, ranks BEFORE one another (rank 0 unordered). Precision
is the share of the system's reduced graph found in the gold's closure, recall the share of
the gold's reduced graph found in the system's closure.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from ..conftest import ROOT, shared_dataset


def _bench():
    path = ROOT / "bench" / "timeline.py"
    spec = importlib.util.spec_from_file_location("bench_timeline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


T = _bench()

# Two dated events a (January) then b (February).
GOLD = "Acme\n1\t2005-01-01\td1-2-bought\n2\t2005-02-01\td1-5-sold\n"


def _score(gold: str, system: str | None):
    sys_timeline = T.parse_timeline(system) if system is not None else None
    return T.score_timeline(T.parse_timeline(gold), sys_timeline)


def test_identical_timelines_score_one():
    counts = _score(GOLD, GOLD)
    # Reduced gold: bought~T(Jan), sold~T(Feb), {Jan} BEFORE {Feb} = 3 relations.
    assert (counts.sys_reduced, counts.ref_reduced) == (3, 3)
    assert counts.f1 == 1.0


def test_one_event_of_two_right_is_precise_but_recalls_a_third():
    counts = _score(GOLD, "Acme\n1\t2005-01-01\td1-2-bought\n")
    # System: bought~T(Jan), verified. Gold's three relations: only bought~T(Jan) holds.
    assert (counts.sys_verified, counts.sys_reduced) == (1, 1)
    assert (counts.ref_verified, counts.ref_reduced) == (1, 3)
    assert counts.f1 == pytest.approx(0.5)  # 2 * 1 * 1/3 / (4/3)


def test_swapped_dates_keep_only_the_order_of_the_anchors():
    counts = _score(GOLD, "Acme\n1\t2005-01-01\td1-5-sold\n2\t2005-02-01\td1-2-bought\n")
    # Both anchorings are wrong; Jan BEFORE Feb (through the TIMEX3s) holds in both graphs.
    assert (counts.sys_verified, counts.sys_reduced) == (1, 3)
    assert (counts.ref_verified, counts.ref_reduced) == (1, 3)
    assert counts.f1 == pytest.approx(1 / 3)


def test_coreferent_mentions_found_as_separate_unanchored_events_still_count():
    gold = "Acme\n0\tXXXX-XX-XX\td1-2-deal\td2-4-agreement\n"
    system = "Acme\n0\tXXXX-XX-XX\td1-2-deal\n0\tXXXX-XX-XX\td2-4-agreement\n"
    counts = _score(gold, system)
    # One class {T(XXXX), deal, agreement} in both: 2 relations each, all verified.
    assert (counts.sys_verified, counts.sys_reduced, counts.ref_verified) == (2, 2, 2)
    assert counts.f1 == 1.0


def test_rank_zero_is_not_ordered_before_dated_events():
    gold = "Acme\n0\tXXXX-XX-XX\td1-3-plan\n1\t2005-01-01\td1-2-bought\n"
    counts = _score(gold, gold)
    # plan~T(XXXX), bought~T(Jan); no BEFORE relation: 2, not 3.
    assert counts.ref_reduced == 2


def test_a_missing_system_timeline_counts_in_recall_only():
    counts = _score(GOLD, None)
    assert (counts.sys_reduced, counts.ref_verified, counts.ref_reduced) == (0, 0, 3)
    assert counts.f1 == 0.0


def test_micro_average_sums_counts_over_timelines():
    total = T.Counts()
    total.add(_score(GOLD, GOLD))  # 3/3, 3/3
    total.add(_score(GOLD, "Acme\n1\t2005-01-01\td1-2-bought\n"))  # 1/1, 1/3
    assert total.precision == 1.0
    assert total.recall == pytest.approx(4 / 6)


def test_timeline_format_round_trips():
    timeline = T.parse_timeline(GOLD)
    assert timeline.entity == "Acme"
    assert timeline.lines[1] == T.Line(2, "2005-02-01", ("d1-5-sold",))
    assert T.format_timeline(timeline) == GOLD


def test_dates_ranks_and_target_names():
    assert T.timeline_date("2005") == "2005-XX-XX"
    assert T.timeline_date("2005-06") == "2005-06-XX"
    assert T.timeline_date(None) == "XXXX-XX-XX"
    dated = [("2005-06-13", ("a",)), ("2005-XX-XX", ("b",)), ("XXXX-XX-XX", ("c",))]
    lines = T.rank_lines([*dated, ("2005-06-13", ("d",))])
    assert [(line.rank, line.mentions) for line in lines] == [
        (0, ("c",)),
        (1, ("b",)),
        (2, ("a",)),
        (2, ("d",)),
    ]
    assert T.timeline_file_name("Boeing 787 Dreamliner") == "boeing_787_dreamliner.txt"


def test_detokenised_text_keeps_each_token_offset():
    text, tokens = T.detokenise([(2, ["Acme", "'s", "chief", "(", "CEO", ")", "quit", "."])])
    assert text == "Acme's chief (CEO) quit."
    assert all(text[t.start : t.end] == t.word for t in tokens)


def test_gold_timelines_score_one_against_themselves():
    data = shared_dataset("semeval2015-task4-timeline") / "SemEval_Task4_data"
    for corpus in T.CORPORA:
        gold_dir: Path = data / corpus / "TimeLines_Gold_Standard"
        total, each = T.score_folders(gold_dir, gold_dir)
        assert len(each) >= 12
        assert total.f1 == 1.0


def _entity(id_: str, name: str, type_: str = "organization", aliases: tuple[str, ...] = ()):
    return SimpleNamespace(id=id_, name=name, type=type_, aliases=list(aliases), mentions=[])


def test_targets_resolve_through_the_name_matcher():
    targets = ["Boeing", "Boeing 787 Dreamliner", "China Eastern Airlines"]
    entities = [
        _entity("e1", "Boeing Co.", aliases=("Boeing",)),
        _entity("e2", "Boeing 787"),
        _entity("e3", "China", "place"),
        _entity("e4", "China Eastern"),
    ]
    found = T.match_targets(targets, entities)
    assert found == {
        "Boeing": {"e1"},
        "Boeing 787 Dreamliner": {"e2"},
        "China Eastern Airlines": {"e4"},
    }


def test_system_timeline_maps_triggers_to_cat_tokens_and_ranks_by_event_date():
    text, tokens = T.detokenise(
        [(2, ["Acme", "took", "over", "Bolt", "."]), (3, ["Acme", "later", "sold", "it", "."])]
    )
    doc = T.Document("77", "https://example.org/77", "Acme deal", "2005-06-13", text, tokens)

    def mention(sentence: int, type_: str, word: str):
        start = text.index(word)
        trigger = SimpleNamespace(text=word, start=start, end=start + len(word))
        return SimpleNamespace(sentence=sentence, type=type_, trigger=trigger)

    article = SimpleNamespace(
        id="a1",
        url=doc.url,
        events=[mention(0, "acquire", "took over"), mention(1, "sell", "sold")],
    )

    def event(type_: str, sentence: int, date: str | None):
        return SimpleNamespace(
            type=type_,
            actors=["e1"],
            targets=[],
            places=[],
            date=SimpleNamespace(value=date),
            evidence=[SimpleNamespace(article="a1", sentence=sentence)],
        )

    analysis = SimpleNamespace(
        articles=[article],
        entities=[_entity("e1", "Acme")],
        events=[event("sell", 1, "2006"), event("acquire", 0, "2005-06-13")],
    )
    (timeline,) = T.SystemTimelines(analysis, [doc], "participants").build(["Acme"])
    assert T.format_timeline(timeline) == (
        "Acme\n1\t2005-06-13\t77-2-took_over\n2\t2006-XX-XX\t77-3-sold\n"
    )


def test_a_shared_last_word_is_not_a_partial_name_of_an_organisation():
    entities = [_entity("e1", "Nissan Motors", "person"), _entity("e2", "General Motors Corp.")]
    assert T.match_targets(["General Motors"], entities) == {"General Motors": {"e2"}}
    assert T.match_targets(["General Motors"], entities[:1]) == {"General Motors": set()}


def test_parts_count_only_when_no_entity_has_the_target_name():
    entities = [_entity("e1", "Ford"), _entity("e2", "Ford Taurus", "other")]
    assert T.match_targets(["Ford"], entities) == {"Ford": {"e1"}}
