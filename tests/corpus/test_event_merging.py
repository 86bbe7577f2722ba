"""The events stage gets each article's story from the stories stage (issue 13): two
outlets' paraphrased reports of one resignation, naming no person and no place, are one
event through the pipeline; the undated report borrows no date, the event keeps the one
report's own."""

from __future__ import annotations

import newstrace

CEDAR = (
    "Deputy water minister steps down over dam contract\n\n"
    "The deputy water minister stepped down on Tuesday after weeks of criticism over the dam "
    "contract at the northern reservoir.\n\n"
    "The reservoir contract had been questioned by auditors for months."
)
LEDGER = (
    "Deputy water minister quits amid dam contract row\n\n"
    "The deputy water minister resigned after auditors questioned the dam contract at the "
    "northern reservoir.\n\n"
    "Criticism of the reservoir contract had grown for weeks."
)


def _doc(text: str, published: str, outlet: str, url: str) -> dict[str, str]:
    return {"title": text.split("\n")[0], "text": text, "published": published,
            "outlet": outlet, "url": url}  # fmt: skip


def test_paraphrased_nameless_reports_of_one_story_are_one_event() -> None:
    analysis = newstrace.analyze(
        [
            _doc(CEDAR, "2025-06-11", "Cedar Times", "https://cedar.example/a"),
            _doc(LEDGER, "2025-06-12", "Desert Ledger", "https://ledger.example/b"),
        ]
    )
    (story,) = analysis.stories
    (event,) = [e for e in analysis.events if e.type == "resign"]
    assert sorted(event.articles) == sorted(story.articles)
    assert event.date.value == "2025-06-10" and event.date.source == "sentence"
