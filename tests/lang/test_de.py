"""The German pack."""

from __future__ import annotations

import re

from newstrace import lang
from newstrace.dates import find_dates

PACK = lang.get("de")


def test_what_the_pack_gives():
    assert (PACK.direction, PACK.script, PACK.capitalised_nouns) == ("ltr", "latin", True)
    assert "sagte" in PACK.claims.verbs and "zufolge" in PACK.claims.source_before
    assert {"von", "zu"} <= set(PACK.name_particles) and "frau" in PACK.titles
    assert "essen" in PACK.noun_cities


def test_dates():
    (found,) = find_dates("Am 7. März 2025 trat er zurück.", "de", "2025-03-10")
    assert found.value == "2025-03-07"


def test_outlet_cues():
    assert re.match(PACK.outlet_cues_after, " zufolge", re.I)
    assert re.search(PACK.outlet_nouns, "die Zeitung Bild")
