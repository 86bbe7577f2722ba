"""Clause segmentation helpers shared by the rule engines: the punctuation that closes a
clause or a look-around window, parentheses passed over whole, and trimming a clause's end.

Tokens here are anything with ``text`` (the token as compared with punctuation) and ``word``
(whether it has a letter or digit): both of :mod:`newstrace.nlp.tokens`' token types.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

# Punctuation that closes a clause (commas do not: appositives sit between them).
CLAUSE_PUNCT = frozenset(';:()[]{}"“”«»„—–|؛.!?…')
COMMAS = (",", "،")
# Punctuation that closes a look-around window and a "…" gap of a phrase.
WINDOW_STOP = CLAUSE_PUNCT | frozenset(COMMAS)
SENTENCE_PUNCT = ".!?؟。…"
OPEN_BRACKETS, CLOSE_BRACKETS = frozenset("(["), frozenset(")]")


class Tok(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def word(self) -> bool: ...


def word_window(tokens: Sequence[Tok], index: int, step: int, size: int) -> list[int]:
    """Up to ``size`` word tokens from ``index`` going ``step`` (±1), stopping at clause
    punctuation or a comma; apostrophes and hyphens do not count."""
    out: list[int] = []
    while 0 <= index < len(tokens) and len(out) < size:
        token = tokens[index]
        if token.text in WINDOW_STOP:
            break
        if token.word:
            out.append(index)
        index += step
    return out


def bracket_start(tokens: Sequence[Tok], index: int, low: int) -> int:
    """The opening bracket of a parenthesis closing at ``index`` (else ``index``), searched
    back to token ``low``: a parenthesis inside a clause is passed over whole."""
    if tokens[index].text not in CLOSE_BRACKETS:
        return index
    for j in range(index - 1, low - 1, -1):
        if tokens[j].text in OPEN_BRACKETS:
            return j
    return index


def bracket_end(tokens: Sequence[Tok], index: int, high: int) -> int:
    """The closing bracket of a parenthesis opening at ``index`` (else ``index``)."""
    if tokens[index].text not in OPEN_BRACKETS:
        return index
    for j in range(index + 1, high + 1):
        if tokens[j].text in CLOSE_BRACKETS:
            return j
    return index


def trim_end(text: str, end: int) -> int:
    """Drop trailing spaces, commas and the sentence's final full stop before ``end``."""
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in SENTENCE_PUNCT + ",،;:"):
        end -= 1
    return end
