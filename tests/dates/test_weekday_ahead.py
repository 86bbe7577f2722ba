"""A weekday naming an event that something came before ("ahead of Tuesday's vote").

News resolves a bare weekday to the latest such day on or before publication; a weekday in
"ahead of/before/in advance of/leading up to <weekday>'s …" names an event the writer counts
towards, so it is the nearer such day, past or future (published Sunday: "ahead of Tuesday's
vote" is two days later; published Wednesday: "before Tuesday's vote" the day before).
Sentences are invented; the events test checks that the election ahead is no event yet.
"""

from __future__ import annotations

import pytest

from newstrace.dates import find_dates
from newstrace.events import find_events
from newstrace.models import Article, RawArticle
from newstrace.pipeline import process_article

SUNDAY = "2025-06-15"
WEDNESDAY = "2025-06-11"


def values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, "en", published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Campaigning ended ahead of Tuesday's election.", SUNDAY, "2025-06-17"),
        ("The letter came two days before Tuesday's vote.", SUNDAY, "2025-06-17"),
        ("Talks resumed in advance of Friday's deadline.", "2025-06-17", "2025-06-20"),
        ("In the days leading up to Thursday's summit, aides met.", "2025-06-16", "2025-06-19"),
        # the nearer day is in the past: the vote has been held
        ("Polls closed late, as they did before Tuesday's vote.", WEDNESDAY, "2025-06-10"),
        ("Aides met ahead of Sunday's summit.", SUNDAY, "2025-06-15"),
    ],
)
def test_weekday_of_an_event_ahead_is_the_nearer_day(
    text: str, published: str, expected: str
) -> None:
    found = values(text, published)
    assert len(found) == 1 and found[0][1] == expected, found


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Tuesday.",  # no cue: the latest Tuesday
        "The report came before Tuesday, officials said.",  # no possessive: a plain day
        "Tuesday's vote was close.",  # no cue
    ],
)
def test_other_weekdays_stay_in_the_past(text: str) -> None:
    found = values(text, SUNDAY)
    assert found and found[0][1] == "2025-06-10", found


def test_an_election_ahead_is_no_event() -> None:
    text = "Rival parties held final rallies in Oldcastle ahead of Tuesday's election."
    analysed = process_article(
        RawArticle(text=text, path="fixture", published=SUNDAY, language_hint="en")
    )
    assert isinstance(analysed, Article)
    assert "elect" not in [e.type for e in find_events(analysed)]
