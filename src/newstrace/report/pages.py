"""What the report shows of each story, and the Jinja2 environment both reports use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from ..dates import value_bounds
from ..lang import direction
from ..models import Analysis, Article, Entity, Event, Story

STATUS_LABELS = {
    "corroborated": "corroborated",
    "single-source": "single source",
    "unattributed": "unattributed",
    "disputed": "disputed",
    "denied": "denied",
}


@dataclass(slots=True)
class StoryPage:
    story: Story
    articles: list[Article]
    events: list[Event]
    entities: dict[str, Entity]
    timeline_svg: dict[str, object]


def _markdown_safe(value: object) -> object:
    """Markdown output: article text must not become live HTML in a viewer that renders it,
    but quotes and apostrophes stay readable."""
    if isinstance(value, str):
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


@cache
def environment(markdown: bool = False) -> Environment:
    env = Environment(
        loader=PackageLoader("newstrace.report", "templates"),
        autoescape=False if markdown else select_autoescape(default=True),
        finalize=_markdown_safe if markdown else None,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["direction"] = direction
    env.globals["status_label"] = STATUS_LABELS
    return env


def story_pages(analysis: Analysis) -> list[StoryPage]:
    """Every story of ``analysis`` with what its section of the report shows (its events
    in timeline order, as ``Story.events`` lists them)."""
    articles = {a.id: a for a in analysis.articles}
    entities = {e.id: e for e in analysis.entities}
    events = {e.id: e for e in analysis.events}
    pages = []
    for story in analysis.stories:
        told = [events[e] for e in story.events if e in events]
        pages.append(
            StoryPage(
                story=story,
                articles=[articles[a] for a in story.articles if a in articles],
                events=told,
                entities=entities,
                timeline_svg=timeline_geometry(told),
            )
        )
    return pages


def timeline_geometry(events: list[Event], width: int = 720) -> dict[str, object]:
    """Points of an SVG timeline: one dot per dated event, x by date, labelled by type."""
    days = [(e, _day(e.date.value or e.date.not_after)) for e in events]
    dated = [(e, d) for e, d in days if d is not None]
    if not dated:
        return {"width": width, "height": 0, "points": [], "ticks": []}
    first = min(d for _, d in dated)
    last = max(d for _, d in dated)
    span = max((last - first).days, 1)
    margin = 40
    points = []
    for row, (event, day) in enumerate(sorted(dated, key=lambda p: p[1])):
        x = margin + (width - 2 * margin) * (day - first).days / span
        # Labels of the right-hand third run leftwards so they stay inside the drawing.
        points.append(
            {"x": round(x, 1), "y": 30 + 18 * (row % 4), "label": event.type,
             "date": event.date.value or f"≤{event.date.not_after}", "status": event.status,
             "id": event.id, "anchor": "end" if x > width * 2 / 3 else "start"}
        )  # fmt: skip
    ticks = [{"x": margin, "label": first.isoformat()}]
    if last != first:
        ticks.append({"x": width - margin, "label": last.isoformat()})
    return {"width": width, "height": 110, "points": points, "ticks": ticks}


def _day(value: str | None) -> date | None:
    """The first day an event date (year, month or day) covers."""
    bounds = value_bounds(value) if value else None
    return bounds[0] if bounds else None


__all__ = [
    "STATUS_LABELS",
    "StoryPage",
    "direction",
    "environment",
    "story_pages",
    "timeline_geometry",
]
