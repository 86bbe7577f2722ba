"""Where the lead happened: a lead that names no place of its own, in the opening after a
wire dateline, happened where the story was filed; where a lead names a city and its
country, the city (the finer place) comes first. Fictional articles through the whole
per-article pipeline."""

from __future__ import annotations

import pytest

from newstrace.events import find_events

from .test_extraction import article, names

LATER_LEADS = [
    (
        "en",
        "Ministers meet on water tender By Ana Ruiz AMMAN, Nov 6 (Levant Wire) - Tender in "
        "doubt\n\n"
        "Karim Haddad resigned on Tuesday in a letter to Congress.",
        "AMMAN",
    ),
]


@pytest.mark.parametrize(("language", "text", "place"), LATER_LEADS)
def test_a_lead_after_a_fused_dateline_takes_its_place(
    language: str, text: str, place: str
) -> None:
    events = find_events(article(text, language))
    leads = [e for e in events if e.lead]
    assert leads
    assert place in names(text, language, leads[0].places)


def test_the_finer_place_comes_first() -> None:
    text = "Rebels attacked a consulate in Norway, in the city of Bergen, on Tuesday."
    events = [e for e in find_events(article(text, "en")) if e.type == "attack"]
    assert events
    first = events[0]
    named = [names(text, "en", [local]) for local in first.places]
    assert named and named[0] == {"Bergen"}
