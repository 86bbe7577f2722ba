"""Conflicting dates across reports are kept and shown (issue 13, "Dates stay with their
mention"): the event's date is the one most reports support, and every date given is listed
with the reports that give it."""

from __future__ import annotations

import json
from dataclasses import asdict

import newstrace
from newstrace.store.events import event_from_json

# Fictional reports of one resignation, published on Thursday 2025-06-12.
REPORTS = (
    ("Cedar Times", "Karim Haddad, the water minister, resigned on Tuesday over the dam contract."),
    ("Desert Ledger", "Water minister Karim Haddad resigned on Tuesday after the dam row."),
    ("Valley Post", "Karim Haddad resigned as water minister on Wednesday, aides said."),
)


def _docs() -> list[dict[str, str]]:
    return [
        {"title": f"Report {n}", "text": f"Minister quits\n\n{text}", "published": "2025-06-12",
         "outlet": outlet, "url": f"https://outlet{n}.example/a"}
        for n, (outlet, text) in enumerate(REPORTS)
    ]  # fmt: skip


def test_the_best_supported_date_wins_and_the_other_is_kept() -> None:
    analysis = newstrace.analyze(_docs())
    (event,) = [e for e in analysis.events if e.type == "resign"]
    assert event.date.value == "2025-06-10"
    assert [(d.value, d.support) for d in event.dates] == [("2025-06-10", 2), ("2025-06-11", 1)]
    assert len(event.dates[0].evidence) == 2 and event.dates[1].text == "Wednesday"
    assert "on Wednesday, aides said" in (event.dates[1].evidence[0].text or "")


def test_the_dates_survive_the_store() -> None:
    analysis = newstrace.analyze(_docs())
    (event,) = [e for e in analysis.events if e.type == "resign"]
    assert event_from_json(json.dumps(asdict(event))).dates == event.dates


def test_the_report_shows_that_reports_differ_on_the_date() -> None:
    from newstrace.report import render_html, render_markdown

    analysis = newstrace.analyze(_docs())
    assert "Reports differ on the date:" in render_html(analysis)
    markdown = render_markdown(analysis)
    assert 'Reports differ on the date: 2025-06-10 ("Tuesday", 2 article(s)' in markdown


def test_the_story_page_shows_that_reports_differ_on_the_date(tmp_path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx versions
        from fastapi.testclient import TestClient
    from newstrace.web import create_app

    db = tmp_path / "dates.db"
    newstrace.analyze(_docs(), db=db)
    with newstrace.open_db(db, read_only=True) as opened:
        (story,) = opened.stories()
    page = TestClient(create_app(db), base_url="http://127.0.0.1").get(f"/stories/{story.id}")
    assert page.status_code == 200 and "Reports differ on the date:" in page.text
    assert "2025-06-11 (Wednesday; 1 article: " in page.text


def test_the_dates_follow_the_contract(schema) -> None:
    import jsonschema

    data = json.loads(json.dumps(newstrace.analyze(_docs()).to_dict(), ensure_ascii=False))
    jsonschema.validate(data, schema)
    assert any(len(e["dates"]) == 2 for e in data["events"])
