"""The generic pack: what languages without a pack of their own get."""

from __future__ import annotations

from newstrace import lang
from newstrace.dates import find_dates

PACK = lang.get("it")


def test_what_the_pack_gives():
    assert (PACK.code, PACK.direction, PACK.script) == ("generic", "ltr", "latin")
    assert PACK.events is None and not PACK.outlet_nouns
    # Attribution cues and responses of languages without a pack (Russian today).
    assert PACK.claims is not None and "по данным" in PACK.claims.source_after
    assert "не удалось связаться" in PACK.claims.responses["no_comment"]
    assert "sindaco" in PACK.titles and "piazza" in PACK.place_words


def test_numeric_dates_in_any_language():
    (found,) = find_dates("il 07/03/2025", "xx", "2025-03-10")
    assert found.value == "2025-03-07"


def test_month_names_borrowed_from_dateparser():
    (found,) = find_dates("il 7 gennaio 2025", "it", "2025-03-10")
    assert found.value == "2025-01-07"
