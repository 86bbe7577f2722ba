"""The Arabic pack."""

from __future__ import annotations

import re

from newstrace import lang
from newstrace.dates import find_dates
from newstrace.lang.fold import fold

PACK = lang.get("ar")


def test_what_the_pack_gives():
    assert (PACK.direction, PACK.script) == ("rtl", "arabic")
    assert "قال" in PACK.claims.verbs and PACK.claims.verb_first and not PACK.claims.cased
    assert "هو" in PACK.pronouns and "bin" in PACK.name_particles
    assert ("أمريكا", "US") in PACK.country_aliases


def test_dates_with_hamza_variants():
    for text in ("في 7 آذار 2025", "في 7 اذار 2025", "في 7 مارس 2025"):
        (found,) = find_dates(text, "ar", "2025-03-10")
        assert found.value == "2025-03-07"


def test_outlet_nouns_and_stops():
    assert re.search(PACK.outlet_nouns, "صحيفة الشرق")
    assert re.match(PACK.outlet_stops, "التي")


def test_reliability_phrases_match_folded_text():
    text = fold("صحيفة الوطن الموالية للحكومة")
    assert [k for k, p in PACK.reliability if re.search(p, text)] == ["affiliation"]
