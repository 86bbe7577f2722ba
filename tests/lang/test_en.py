"""The English pack."""

from __future__ import annotations

import re

from newstrace import lang
from newstrace.dates import find_dates

PACK = lang.get("en")


def test_what_the_pack_gives():
    assert (PACK.direction, PACK.script, PACK.capitalised_nouns) == ("ltr", "latin", False)
    assert "said" in PACK.claims.verbs and "according to" in PACK.claims.source_after
    assert "reportedly" in PACK.claims.hedges
    assert "he" in PACK.pronouns and "mr" in PACK.titles and "the" in PACK.articles


def test_dates_need_a_capitalised_month():
    found = find_dates("On March 7, 2025 they may march on.", "en", "2025-03-10")
    assert [(d.text, d.value) for d in found] == [("March 7, 2025", "2025-03-07")]


def test_relative_dates_resolve_against_publication():
    (found,) = find_dates("He resigned yesterday.", "en", "2025-03-10")
    assert found.value == "2025-03-09" and found.relative


def test_outlet_cues():
    assert re.search(PACK.outlet_cues_before, "according to the", re.I)
    assert re.search(PACK.outlet_nouns, "the newspaper Le Monde")


def test_reliability_phrases():
    kinds = {k for k, p in PACK.reliability if re.search(p, "the state-run broadcaster", re.I)}
    assert kinds == {"ownership"}
