"""One sentence, prepared once (tokens, folding, quotations) for all the finders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ...lang import Lexicon
from ...nlp.phrases import spans
from ...nlp.quotes import quote_regions
from ...nlp.tokens import Token, fold_with_map
from .compiled import _Compiled, _compiled, _span
from .records import EntitySpan, Span
from .tokens import _tokens


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    comp: _Compiled
    tokens: list[Token]
    folded: str
    where: list[int]
    quotes: list[tuple[int, int]]
    anonymity: list[tuple[int, int]]  # "who asked not to be named" and the like
    names: tuple[_Range, ...] = ()  # token ranges of the named entities passed in
    people: tuple[_Range, ...] = ()  # those of them that name a person

    @property
    def lex(self) -> Lexicon:
        return self.comp.lex

    def has(self, index: int, group: str) -> bool:
        """Whether token ``index`` is in the lexicon word list ``group``."""
        return 0 <= index < len(self.tokens) and self.tokens[index].low in self.comp.words[group]

    def punct(self, index: int) -> bool:
        return not (0 <= index < len(self.tokens)) or not self.tokens[index].word

    def char_span(self, first: int, last: int) -> Span:
        return _span(self.text, self.tokens[first].start, self.tokens[last].end)

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last token inside the character range, if any."""
        inside = [i for i, t in enumerate(self.tokens) if t.start < end and t.end > start]
        return (inside[0], inside[-1]) if inside else None


def _prepare(text: str, language: str, entities: Sequence[EntitySpan] = ()) -> _Sentence | None:
    base = _prepared(text, language)
    if base is None or not entities:
        return base
    names, people = [], []
    for start, end, kind in entities:
        inside = [i for i, t in enumerate(base.tokens) if t.start >= start and t.end <= end]
        if inside:
            names.append((inside[0], inside[-1]))
            if kind.lower() in ("person", "per"):
                people.append((inside[0], inside[-1]))
    return replace(base, names=tuple(names), people=tuple(people))


# The claims stage asks for attributions, hedges and responses of each sentence in turn: the
# folding and tokens are computed once (nothing below mutates a prepared sentence).
@lru_cache(maxsize=64)
def _prepared(text: str, language: str) -> _Sentence | None:
    comp = _compiled(language)
    if comp is None or not text.strip():
        return None
    folded, where = fold_with_map(text)
    anonymity = spans(comp.anonymity, folded, where)
    tokens = _tokens(text, language)
    return _Sentence(text, comp, tokens, folded, where, quote_regions(text), anonymity)


_Range = tuple[int, int]  # first and last token, inclusive
