"""The report as one self-contained HTML document (inline CSS, no script, no external
request; article text autoescaped)."""

from __future__ import annotations

from ..models import Analysis
from .pages import environment, story_pages


def render_html(analysis: Analysis) -> str:
    """The whole report of ``analysis`` as one self-contained HTML document."""
    return environment().get_template("report.html").render(pages=story_pages(analysis))


__all__ = ["render_html"]
