"""The lexicon phrase syntax, parsed once, and the two ways the rule engines match it.

A lexicon phrase is words separated by spaces, matched on folded text (:func:`fold_phrase`):

- ``stem*`` matches any word that starts with ``stem``; ``*suffix`` any word that ends with it;
- ``…`` (or ``...``) is a gap of a few words ("wies … zurück", "رفضت … التعليق");
- a word list entry ``stem*`` is a prefix too (:class:`WordList`).

Two matchers read the parsed phrases, because the engines look at text differently:

- :func:`alternation` compiles phrases into one regex over a sentence's folded text (the
  claims engine: cues may span punctuation-free stretches, Persian words may be written
  joined, and an Arabic proclitic "و"/"ف" may be glued to the first word); matches are mapped
  back to the original text with :func:`spans` and :func:`gap_spans`;
- :class:`PhraseIndex` indexes phrases by their first word and :func:`match_parts` matches
  the rest token by token (the events engine: every token may have several variants, Arabic
  words also without their proclitics, and the longest match wins).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Literal, Protocol, TypeVar

from ..lang.fold import fold

Mode = Literal["exact", "prefix", "suffix", "gap"]

GAP_MARKS = ("…", "...")  # NFKC folds "…" into three dots: both spellings are a gap
WILDCARD = "*"


def fold_phrase(text: str) -> str:
    """fold(), with the typographic apostrophe made plain ("d’après" = "d'après")."""
    return fold(text).replace("’", "'")


@dataclass(frozen=True, slots=True)
class Part:
    """One word of a phrase: an exact word, a prefix (``stem*``), a suffix (``*end``) or a gap."""

    mode: Mode
    text: str

    def matches(self, variants: Sequence[str]) -> bool:
        """Whether any of a token's forms matches this (non-gap) part."""
        if self.mode == "exact":
            return self.text in variants
        if self.mode == "prefix":
            return any(v.startswith(self.text) for v in variants)
        return any(v.endswith(self.text) for v in variants)


def parse_phrase(phrase: str, pieces: re.Pattern[str] | None = None) -> tuple[Part, ...]:
    """The parts of one lexicon phrase, folded.

    With ``pieces`` (a token pattern), a word is further cut into the tokens that pattern
    finds ("l'armée" → "l", "'", "armée"), so that it lines up with a tokenised sentence; the
    wildcard then applies to the first or last piece. Without it each word is one part.
    """
    parts: list[Part] = []
    for raw in phrase.split():
        if raw in GAP_MARKS:  # checked before folding too: NFKC turns "…" into three dots
            parts.append(Part("gap", ""))
            continue
        chunk = fold_phrase(raw)
        if chunk in GAP_MARKS:
            parts.append(Part("gap", ""))
            continue
        lead, trail = chunk.startswith(WILDCARD), chunk.endswith(WILDCARD)
        bare = chunk.strip(WILDCARD)
        words = [t.replace("’", "'") for t in pieces.findall(bare)] if pieces else [bare]
        for index, word in enumerate(words):
            mode: Mode = "exact"
            if trail and index == len(words) - 1:
                mode = "prefix"
            elif lead and index == 0:
                mode = "suffix"
            parts.append(Part(mode, word))
    return tuple(parts)


# --------------------------------------------------------------------------------------------
# Word lists.


@dataclass(frozen=True, slots=True)
class WordList:
    """A folded word list whose ``stem*`` entries match any word starting with the stem."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def has(self, word: str) -> bool:
        return word in self.exact or any(word.startswith(p) for p in self.prefixes)


def word_list(entries: Iterable[str]) -> WordList:
    exact, prefixes = set(), []
    for entry in entries:
        word = fold_phrase(entry)
        if word.endswith(WILDCARD):
            prefixes.append(word[:-1])
        else:
            exact.add(word)
    return WordList(frozenset(exact), tuple(prefixes))


def folded_set(entries: Iterable[str]) -> frozenset[str]:
    """A word list without wildcards, folded."""
    return frozenset(fold_phrase(entry) for entry in entries)


# --------------------------------------------------------------------------------------------
# Regex matching over a sentence's folded text.

# A regex gap: up to five words, never across punctuation that ends a clause.
_REGEX_GAP = r"((?:[^\s.!?؟،,;:]+\s+){0,5}?)"


def phrase_regex(phrase: str, joined: bool = False) -> str:
    """One lexicon phrase as a regex over folded text; ``joined``: words may be written
    without a space between them (Persian)."""
    space = r"\s*" if joined else r"\s+"
    body = ""
    for part in parse_phrase(phrase):
        if part.mode == "gap":
            piece = _REGEX_GAP
        elif part.mode == "prefix":
            piece = re.escape(part.text) + r"\w*"
        elif part.mode == "suffix":
            piece = r"\w*" + re.escape(part.text)
        else:
            piece = re.escape(part.text)
        if not body:
            body = piece
        elif body.endswith("{0,5}?)"):
            body += piece  # the gap already ends with whitespace
        else:
            body += space + piece
    return body


def alternation(
    phrases: Iterable[str], joined: bool = False, proclitics: str = ""
) -> re.Pattern[str] | None:
    """All ``phrases`` as one regex of whole words, longest first; None for no phrase.

    ``proclitics``: letters that may be glued to the first word (Arabic "و" and "ف":
    "وقال", "فأكد").
    """
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not unique:
        return None
    body = "|".join(phrase_regex(p, joined) for p in unique)
    clitic = f"(?:[{proclitics}])?" if proclitics else ""
    return re.compile(rf"(?<![\w'’-]){clitic}(?:{body})(?![\w-])")


def spans(pattern: re.Pattern[str] | None, folded: str, where: list[int]) -> list[tuple[int, int]]:
    """Original-text (start, end) of each match of ``pattern`` in the folded text; ``where``
    maps each folded character to its offset in the original."""
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(folded):
        if match.end() > match.start():
            found.append((where[match.start()], where[match.end() - 1] + 1))
    return found


def gap_spans(
    pattern: re.Pattern[str] | None, folded: str, where: list[int]
) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Like :func:`spans`, with the words a "…" gap of the phrase covered, if it has one."""
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(folded):
        if match.end() == match.start():
            continue
        gap = None
        for index in range(1, (pattern.groups or 0) + 1):
            a, b = match.span(index)
            if a >= 0 and b > a:
                gap = (where[a], where[b - 1] + 1)
                break
        found.append((where[match.start()], where[match.end() - 1] + 1, gap))
    return found


# --------------------------------------------------------------------------------------------
# Token-by-token matching.


class MatchToken(Protocol):
    """A token as the token matcher sees it: its folded forms and its folded text."""

    @property
    def text(self) -> str: ...

    @property
    def variants(self) -> tuple[str, ...]: ...


class HasParts(Protocol):
    @property
    def parts(self) -> tuple[Part, ...]: ...


E = TypeVar("E", bound=HasParts)


@dataclass(frozen=True, slots=True)
class PhraseIndex(Generic[E]):
    """Entries (anything with ``parts``) indexed by their first part, for a quick look-up of
    the entries a token may start."""

    exact: dict[str, tuple[E, ...]]
    prefix: dict[str, tuple[E, ...]]
    suffix: dict[str, tuple[E, ...]]
    prefix_sizes: tuple[int, ...]
    suffix_sizes: tuple[int, ...]

    def starting(self, variants: Sequence[str]) -> list[E]:
        """The entries whose first part matches one of a token's forms, in index order."""
        entries: list[E] = []
        for variant in variants:
            entries.extend(self.exact.get(variant, ()))
            for size in self.prefix_sizes:
                if size > len(variant):
                    break
                entries.extend(self.prefix.get(variant[:size], ()))
            for size in self.suffix_sizes:
                if size > len(variant):
                    break
                entries.extend(self.suffix.get(variant[-size:], ()))
        return list(dict.fromkeys(entries)) if len(variants) > 1 else entries


def phrase_index(entries: Iterable[E], parts: Callable[[E], tuple[Part, ...]]) -> PhraseIndex[E]:
    tables: dict[str, dict[str, list[E]]] = {"exact": {}, "prefix": {}, "suffix": {}}
    for entry in entries:
        first = parts(entry)[0]
        tables[first.mode].setdefault(first.text, []).append(entry)

    def frozen(table: dict[str, list[E]]) -> dict[str, tuple[E, ...]]:
        return {k: tuple(v) for k, v in table.items()}

    return PhraseIndex(
        exact=frozen(tables["exact"]),
        prefix=frozen(tables["prefix"]),
        suffix=frozen(tables["suffix"]),
        prefix_sizes=tuple(sorted({len(k) for k in tables["prefix"]})),
        suffix_sizes=tuple(sorted({len(k) for k in tables["suffix"]})),
    )


def match_parts(
    tokens: Sequence[MatchToken],
    index: int,
    parts: Sequence[Part],
    gap_words: int,
    stops: frozenset[str],
) -> tuple[int, ...] | None:
    """The tokens the words of ``parts`` match when the first matched token ``index``, or
    None. A gap passes over up to ``gap_words`` tokens, never over one in ``stops``; the
    tokens it passes over are not in the result."""
    anchors = [index]
    position = index + 1
    k = 1
    while k < len(parts):
        part = parts[k]
        if part.mode == "gap":
            following = parts[k + 1]
            for j in range(position, min(len(tokens), position + gap_words + 1)):
                if following.matches(tokens[j].variants):
                    position = j
                    break
                if tokens[j].text in stops:
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
