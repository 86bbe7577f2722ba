"""Compatibility: engines are repointed at merge.

The event lexicons now live in the language packs (``newstrace.lang.<code>.events``); this
module keeps the names ``events/extract.py`` imports, delegating to the registry.
"""

from __future__ import annotations

from newstrace import lang
from newstrace.lang.schema import EventLexicon, Sense

LANGUAGES = lang.LANGUAGES


def event_lexicon(language: str) -> EventLexicon | None:
    """The event lexicon of an ISO 639-1 code, or None for a language without one."""
    return lang.get(language).events if language in LANGUAGES else None


__all__ = ["LANGUAGES", "EventLexicon", "Sense", "event_lexicon"]
