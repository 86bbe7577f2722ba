"""An exclusive echoed in a language without a pack (Russian today, issue 15 adds its pack)
adds no independent source (issue 13's multilingual fixtures: en, ar, fa, de, es, fr, ru):
whatever newstrace reads or cannot read in the echo, the count stays 1."""

from __future__ import annotations

import newstrace

from .test_roots_through_the_pipeline import EXCLUSIVE, arrests, names, raw, the_arrest

# Fictional echoes of Levant Wire's exclusive, one citing it and one not.
RUSSIAN = [
    raw(6, "ru", "Сирийские власти в понедельник задержали в Дамаске журналиста Омара Халеда, "
                 "сообщает Levant Wire."),
    raw(7, "ru", "Сирийские власти в понедельник задержали в Дамаске журналиста Омара Халеда."),
]  # fmt: skip


def test_russian_echoes_add_no_source() -> None:
    analysis = newstrace.analyze([*EXCLUSIVE, *RUSSIAN])
    assert {a.language for a in analysis.articles} >= {"en", "ar", "fa", "de", "es", "fr", "ru"}
    event = the_arrest(analysis)
    assert event.independent_sources == 1 and event.status == "single-source"
    known = names(analysis)
    for each in analysis.events:
        assert {known[o] for o in each.origins} <= {"Levant Wire"}
    assert all(e.status in ("single-source", "unattributed") for e in arrests(analysis))
