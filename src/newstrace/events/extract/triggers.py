"""Triggers: lexicon phrases matched word by word, the longest match winning."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .compiled import _GAP_WORDS, _WINDOW, _WINDOW_STOP, _Compiled, _Entry, _Part
from .sentence import _Sentence, _Token


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


def _triggers(tokens: Sequence[_Token], comp: _Compiled) -> list[_Match]:
    """Lexicon matches of a sentence, longest first, without overlaps or blocked ones."""
    found: list[_Match] = []
    for index, token in enumerate(tokens):
        if not token.word:
            continue
        for entry in _first_word_entries(comp, token):
            anchors = _match_rest(tokens, index, entry.parts)
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


def _first_word_entries(comp: _Compiled, token: _Token) -> list[_Entry]:
    entries: list[_Entry] = []
    for variant in token.variants:
        entries.extend(comp.first_exact.get(variant, ()))
        for size in comp.prefix_sizes:
            if size > len(variant):
                break
            entries.extend(comp.first_prefix.get(variant[:size], ()))
        for size in comp.suffix_sizes:
            if size > len(variant):
                break
            entries.extend(comp.first_suffix.get(variant[-size:], ()))
    return list(dict.fromkeys(entries)) if len(token.variants) > 1 else entries


def _match_rest(
    tokens: Sequence[_Token], index: int, parts: Sequence[_Part]
) -> tuple[int, ...] | None:
    """The anchor tokens of ``parts`` matched from token ``index`` on, or None."""
    anchors = [index]
    position = index + 1
    k = 1
    while k < len(parts):
        part = parts[k]
        if part.mode == "gap":
            following = parts[k + 1]
            for j in range(position, min(len(tokens), position + _GAP_WORDS + 1)):
                if following.matches(tokens[j].variants):
                    position = j
                    break
                if tokens[j].text in _WINDOW_STOP:
                    return None
            else:
                return None
            k += 1
            continue
        if position >= len(tokens) or not part.matches(tokens[position].variants):
            return None
        anchors.append(position)
        position += 1
        k += 1
    return tuple(anchors)


def _sense_holds(
    tokens: Sequence[_Token], comp: _Compiled, entry: _Entry, anchors: tuple[int, ...]
) -> bool:
    """An ambiguous trigger's context: a needed word in the sentence, no excluded word in the
    three words after it."""
    if entry.sense is None:
        return True
    needs, unless = comp.senses[id(entry.sense)]
    if (needs.exact or needs.prefixes) and not any(needs.has(t.text) for t in tokens):
        return False
    after = _word_window(tokens, anchors[-1] + 1, 1, _WINDOW)
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
    return _word_window(s.tokens, index, step, size)


def _word_window(tokens: Sequence[_Token], index: int, step: int, size: int) -> list[int]:
    """Up to ``size`` word tokens from ``index`` going ``step`` (±1), stopping at clause
    punctuation or a comma; apostrophes and hyphens do not count."""
    out: list[int] = []
    while 0 <= index < len(tokens) and len(out) < size:
        token = tokens[index]
        if token.text in _WINDOW_STOP:
            break
        if token.word:
            out.append(index)
        index += step
    return out
