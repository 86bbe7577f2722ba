"""The Persian pack."""

from __future__ import annotations

import re

from newstrace import lang
from newstrace.dates import find_dates

PACK = lang.get("fa")


def test_what_the_pack_gives():
    assert (PACK.direction, PACK.script) == ("rtl", "arabic")
    assert "گفت" in PACK.claims.verbs and PACK.claims.subject_initial
    assert "او" in PACK.pronouns and ("آمریکا", "US") in PACK.country_aliases


def test_weekdays_with_or_without_a_joiner():
    for text in ("روز سه‌شنبه", "روز سه شنبه"):
        (found,) = find_dates(text, "fa", "2025-03-10")
        assert found.value == "2025-03-04"


def test_outlet_nouns_include_the_report_cue():
    assert re.search(PACK.outlet_nouns, "به گزارش ایرنا")
    assert re.match(PACK.outlet_stops, "که")
