"""The report as Markdown: evidence quoted as written, article text never live HTML."""

from __future__ import annotations

from ..models import Analysis
from .pages import environment, story_pages


def render_markdown(analysis: Analysis) -> str:
    """The same report as :func:`~newstrace.report.html.render_html`, in Markdown."""
    template = environment(markdown=True).get_template("report.md")
    return template.render(pages=story_pages(analysis))


__all__ = ["render_markdown"]
