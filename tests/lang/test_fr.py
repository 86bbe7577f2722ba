"""The French pack."""

from __future__ import annotations

import re

from newstrace import lang
from newstrace.dates import find_dates

PACK = lang.get("fr")


def test_what_the_pack_gives():
    assert (PACK.direction, PACK.script) == ("ltr", "latin")
    assert "selon" in PACK.claims.source_after
    assert "elle" in PACK.pronouns and "madame" in PACK.titles and "rue" in PACK.place_words


def test_dates():
    (found,) = find_dates("Le 7 mars 2025, il a démissionné.", "fr", "2025-03-10")
    assert found.value == "2025-03-07"


def test_outlet_cues():
    assert re.search(PACK.outlet_cues_before, "selon le", re.I)
