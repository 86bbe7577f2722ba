"""Triggers: lexicon phrases matched word by word, the longest match winning."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...nlp.clauses import WINDOW_STOP, word_window
from ...nlp.phrases import match_parts
from ...nlp.tokens import WordToken
from .compiled import _GAP_WORDS, _WINDOW, _Compiled, _Entry
from .sentence import _Sentence


@dataclass(frozen=True, slots=True)
class _Match:
    entry: _Entry
    anchors: tuple[int, ...]  # the tokens the phrase's words matched (a gap's are not)

    @property
    def first(self) -> int:
        return self.anchors[0]

    @property
    def last(self) -> int:
        return self.anchors[-1]


def _triggers(tokens: Sequence[WordToken], comp: _Compiled) -> list[_Match]:
    """Lexicon matches of a sentence, longest first, without overlaps or blocked ones."""
    found: list[_Match] = []
    for index, token in enumerate(tokens):
        if not token.word:
            continue
        for entry in comp.index.starting(token.variants):
            anchors = match_parts(tokens, index, entry.parts, _GAP_WORDS, WINDOW_STOP)
            if anchors is not None and _sense_holds(tokens, comp, entry, anchors):
                found.append(_Match(entry, anchors))
    found.sort(key=lambda m: (-len(m.anchors), -m.entry.exact, m.first))
    taken: set[int] = set()
    chosen = []
    for match in found:
        if taken.intersection(match.anchors):
            continue
        taken.update(match.anchors)
        if match.entry.type is not None:
            chosen.append(match)
    chosen.sort(key=lambda m: m.first)
    return chosen


def _sense_holds(
    tokens: Sequence[WordToken], comp: _Compiled, entry: _Entry, anchors: tuple[int, ...]
) -> bool:
    """An ambiguous trigger's context: a needed word in the sentence, no excluded word in the
    three words after it, no word of the other sense anywhere in the sentence."""
    if entry.sense is None:
        return True
    needs, unless, unless_sentence = comp.senses[id(entry.sense)]
    if (needs.exact or needs.prefixes) and not any(needs.has(t.text) for t in tokens):
        return False
    if (unless_sentence.exact or unless_sentence.prefixes) and any(
        unless_sentence.has(t.text) for t in tokens
    ):
        return False
    after = word_window(tokens, anchors[-1] + 1, 1, _WINDOW)
    return not any(unless.has(tokens[i].text) for i in after)


def _inside_name(s: _Sentence, match: _Match) -> bool:
    """A trigger word that is part of a longer name ("Strike Force", "Protest Party"); a name
    that is just the trigger ("Protesters" tagged as a person) does not hide it."""
    start, end = s.tokens[match.first].start, s.tokens[match.last].end
    for name in s.names:
        m_start = name.mention.start - s.sentence.start
        m_end = name.mention.end - s.sentence.start
        if m_start < end and start < m_end and (m_start < start or m_end > end):
            return True
    return False


def _window(s: _Sentence, index: int, step: int, size: int = _WINDOW) -> list[int]:
    return word_window(s.tokens, index, step, size)
