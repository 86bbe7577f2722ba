"""A self-contained report of a database: one HTML file (or Markdown) to send to a colleague.

Per story: title, languages, articles (outlet, date, language), events with their status
badge and independent-source count, origins, responses, notes on the sources, and each
event's evidence sentences quoted in their own language and script (right-to-left for Arabic
and Persian); a timeline drawn as inline SVG. The HTML makes no external request: the CSS is
inline, there is no script and no font file. Every piece of article text goes through
Jinja2's autoescaping; nothing from an article is ever marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from ..dates import value_bounds
from ..models import Article, Entity, Event, Story
from ..store import Database

_RTL = frozenset({"ar", "fa", "he", "ur", "ps"})
STATUS_LABELS = {
    "corroborated": "corroborated",
    "single-source": "single source",
    "unattributed": "unattributed",
    "disputed": "disputed",
    "denied": "denied",
}


def direction(language: str | None) -> str:
    """The writing direction of a language code, for ``dir=`` attributes."""
    return "rtl" if language in _RTL else "ltr"


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
def _environment(markdown: bool = False) -> Environment:
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


def story_pages(db: Database) -> list[StoryPage]:
    """Every story with what its section of the report shows."""
    articles = {a.id: a for a in db.iter_articles()}
    entities = {e.id: e for e in db.entities()}
    pages = []
    for story in db.stories():
        events = db.events(story.id)
        pages.append(
            StoryPage(
                story=story,
                articles=[articles[a] for a in story.articles if a in articles],
                events=events,
                entities=entities,
                timeline_svg=timeline_geometry(events),
            )
        )
    return pages


def timeline_geometry(events: list[Event], width: int = 720) -> dict[str, object]:
    """Points of an SVG timeline: one dot per dated event, x by date, labelled by type."""
    dated = [(e, _day(e.date.value or e.date.not_after)) for e in events]
    dated = [(e, d) for e, d in dated if d is not None]
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


def render_html(db: Database) -> str:
    """The whole report as one self-contained HTML document."""
    return _environment().get_template("report.html").render(pages=story_pages(db))


def render_markdown(db: Database) -> str:
    """The same report as Markdown (evidence quoted as written)."""
    return _environment(markdown=True).get_template("report.md").render(pages=story_pages(db))


__all__ = [
    "STATUS_LABELS",
    "StoryPage",
    "direction",
    "render_html",
    "render_markdown",
    "story_pages",
    "timeline_geometry",
]
