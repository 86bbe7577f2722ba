"""A caption's or a heading's date is never an event's date. Fictional articles."""

from __future__ import annotations

from newstrace.models import RawArticle
from newstrace.pipeline import process_article


def _events(text: str, title: str | None = None):
    raw = RawArticle(text=text, path="x.txt", title=title, published="2025-06-12", format="text")
    return process_article(raw).events


def test_second_sentence_of_a_caption_line_dates_nothing() -> None:
    text = (
        "Soldiers arrested the activist Karim Saeed in Ulmen.\n\n"
        "Photo: Soldiers arrested protesters in Ulmen on March 3, 2011. "
        "Police detained them on March 4, 2011.\n"
    )
    assert all(not (e.date or "").startswith("2011") for e in _events(text))


def test_heading_date_is_no_event_date() -> None:
    title = "Army arrests activist in Ulmen on March 3, 2011"
    text = f"{title}\n\nThe ministry confirmed the news.\n"
    assert all(e.date != "2011-03-03" for e in _events(text, title))


def test_markdown_subheading_date_is_no_event_date() -> None:
    text = (
        "Soldiers arrested the activist Karim Saeed in Ulmen.\n\n"
        "## Soldiers arrested protesters on March 3, 2011\n\n"
        "The ministry confirmed the news.\n"
    )
    assert all(e.date != "2011-03-03" for e in _events(text))
