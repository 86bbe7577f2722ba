"""Negation scope: which words a negation before a verb or noun covers.

The engines know their negation words and auxiliaries from the lexicons; these functions take
them as predicates over token indexes, so that they work on either engine's tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Test = Callable[[int], bool]


def negation_start(index: int, is_negation: Test, is_auxiliary: Test, reach: int = 3) -> int:
    """First token of a negation right before token ``index`` ("did not", "n'a pas", "لم"),
    looking back at most ``reach`` tokens; ``index`` itself when nothing negates it.
    Auxiliaries count only between the negation and the word ("did not confirm")."""
    first = index
    negated = False
    for k in range(index - 1, max(-1, index - reach - 1), -1):
        if is_negation(k):
            first, negated = k, True
        elif is_auxiliary(k):
            if negated:
                first = k
        else:
            break
    return first


def negated(indexes: Iterable[int], is_negation: Test) -> bool:
    """Whether a negation is among the tokens in scope (a window before the word, the word)."""
    return any(is_negation(i) for i in indexes)
