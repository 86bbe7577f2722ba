"""The output layer: an :class:`~newstrace.models.Analysis` (from a database or straight from a
run) rendered as JSON (:mod:`.json`), one self-contained HTML file (:mod:`.html`) or
Markdown (:mod:`.markdown`) to send to a colleague.

Per story: title, languages, articles (outlet, date, language), events with their status
badge and independent-source count, origins, responses, notes on the sources, and each
event's evidence sentences quoted in their own language and script (right-to-left for Arabic
and Persian); a timeline drawn as inline SVG. The HTML makes no external request: the CSS is
inline, there is no script and no font file. Every piece of article text goes through
Jinja2's autoescaping; nothing from an article is ever marked safe.
"""

from .html import render_html
from .markdown import render_markdown
from .pages import STATUS_LABELS, StoryPage, direction, story_pages, timeline_geometry

__all__ = [
    "STATUS_LABELS",
    "StoryPage",
    "direction",
    "render_html",
    "render_markdown",
    "story_pages",
    "timeline_geometry",
]
