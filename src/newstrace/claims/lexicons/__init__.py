"""Compatibility: engines are repointed at merge.

The claims lexicons now live in the language packs (``newstrace.lang.<code>.claims``); this
module keeps the names ``claims/attribution.py`` imports, delegating to the registry.
"""

from __future__ import annotations

from newstrace import lang
from newstrace.lang.schema import STANCES, Lexicon

LANGUAGES = lang.LANGUAGES


def lexicon(language: str) -> Lexicon | None:
    """The claims lexicon of an ISO 639-1 code, or None for a language without one."""
    return lang.get(language).claims if language in LANGUAGES else None


__all__ = ["LANGUAGES", "STANCES", "Lexicon", "lexicon"]
