"""An embedded social-media post's timestamp dates nothing.

Scraped pages keep embedded posts inline: "… pic.twitter.com/abc -- Oldcastle Fire
(@OldcastleFire) June 12, 2025". That date is when the post went up, not when anything in the
article happened, and it must not govern the paragraph either. Fictional text.
"""

from __future__ import annotations

from newstrace.events import find_events

from .test_extraction import article


def test_a_posts_timestamp_dates_nothing() -> None:
    text = (
        "Crews are treating five people after the shooting. pic.twitter.com/AbCdEf -- "
        "Oldcastle Fire (@OldcastleFire) June 11, 2025 Teachers marched in Oldcastle."
    )
    dates = {e.type: e.date for e in find_events(article(text, "en"))}
    assert dates["protest"] is None
    assert dates["attack"] is None
