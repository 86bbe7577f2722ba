"""Tokens for the attribution finders: cut by the sentence toolkit's speech tokeniser, titles
kept whole ("Mr. Trump"), French elided words apart ("qu'il")."""

from __future__ import annotations

from ...nlp.tokens import Token, speech_pattern, speech_tokens
from .tables import ELIDED, TITLES

_TOKEN = speech_pattern(TITLES)
_ELISION = speech_pattern(TITLES, ELIDED)


def _tokens(text: str, language: str) -> list[Token]:
    return speech_tokens(text, _ELISION if language == "fr" else _TOKEN)
