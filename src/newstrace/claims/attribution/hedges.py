"""Hedges and opinion markers: words by which the writer distances or states a view."""

from __future__ import annotations

from ...nlp.phrases import fold_phrase, spans
from ...nlp.quotes import in_quotes
from .compiled import _span
from .records import Hedge, Span
from .sentence import _prepare
from .tables import CONDITIONAL_HEDGES, IF_WORDS


def find_hedges(text: str, language: str) -> list[Hedge]:
    """Hedges of one sentence ("reportedly", "يُزعم", "angeblich", French "aurait"), in order.

    A sentence is hedged when this list is not empty; see :func:`is_hedged`.
    """
    s = _prepare(text, language)
    if s is None:
        return []
    conditional_blocked = any(t.low in IF_WORDS for t in s.tokens)
    hedges = []
    for start, end in spans(s.comp.hedges, s.folded, s.where):
        if conditional_blocked and fold_phrase(text[start:end]) in CONDITIONAL_HEDGES:
            continue
        hedges.append(Hedge(_span(text, start, end)))
    return hedges


def find_opinion_markers(text: str, language: str) -> list[Span]:
    """Phrases by which the author states a view of their own ("in our view", "we believe",
    "به نظر ما", "برأينا"): such a sentence is opinion whatever a classifier says."""
    s = _prepare(text, language)
    if s is None or s.comp.opinions is None:
        return []
    return [
        _span(text, start, end)
        for start, end in spans(s.comp.opinions, s.folded, s.where)
        if not in_quotes(start, s.quotes)
    ]


def is_hedged(text: str, language: str) -> bool:
    """Whether the sentence distances itself from its claim."""
    return bool(find_hedges(text, language))
