"""Attribution lexicons compiled once per language: cue patterns and folded word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast

from ..lexicons import STANCES, Lexicon, lexicon
from .records import Span, Stance
from .text import _fold


@dataclass(frozen=True, slots=True)
class _Compiled:
    lex: Lexicon
    verbs: re.Pattern[str] | None
    participles: frozenset[str]
    nouns: frozenset[str]
    weak: frozenset[str]
    source_after: re.Pattern[str] | None
    source_before: re.Pattern[str] | None
    not_cues: re.Pattern[str] | None
    anonymity: re.Pattern[str] | None
    hedges: re.Pattern[str] | None
    opinions: re.Pattern[str] | None
    responses: tuple[tuple[Stance, re.Pattern[str]], ...]
    verb_forms: frozenset[str]
    inverting: frozenset[str]
    words: dict[str, frozenset[str]]


def _phrase_regex(phrase: str, language: str) -> str:
    """One lexicon phrase as a regex over folded text (``*`` = rest of the word)."""
    gap = r"\s*" if language == "fa" else r"\s+"
    parts = []
    for word in _fold(phrase).split():
        if word in ("…", "..."):
            # A gap of up to five words: "رفضت وزارة الخارجية التعليق", "wies … zurück".
            parts.append(r"((?:[^\s.!?؟،,;:]+\s+){0,5}?)")
            continue
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    body = ""
    for part in parts:
        if not body:
            body = part
        elif body.endswith("{0,5}?)"):
            body += part  # the gap already ends with whitespace
        else:
            body += gap + part
    return body


def _alternation(phrases: Iterable[str], language: str) -> re.Pattern[str] | None:
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not unique:
        return None
    body = "|".join(_phrase_regex(p, language) for p in unique)
    # Arabic attaches "and"/"so" to the next word: "وقال", "فأكد", "وبحسب".
    clitic = "(?:[وف])?" if language == "ar" else ""
    return re.compile(rf"(?<![\w'’-]){clitic}(?:{body})(?![\w-])")


@cache
def _compiled(language: str) -> _Compiled | None:
    lex = lexicon(language)
    if lex is None:
        return None

    def folded(items: Iterable[str]) -> frozenset[str]:
        return frozenset(_fold(item) for item in items)

    return _Compiled(
        lex=lex,
        verbs=_alternation(lex.verbs, language),
        participles=folded(lex.participles),
        nouns=folded(lex.nouns),
        weak=folded(lex.weak),
        source_after=_alternation(lex.source_after, language),
        source_before=_alternation(lex.source_before, language),
        not_cues=_alternation(lex.not_cues, language),
        anonymity=_alternation(lex.anonymity, language),
        hedges=_alternation(lex.hedges, language),
        opinions=_alternation(lex.opinions, language),
        responses=tuple(
            (cast(Stance, stance), pattern)
            for stance in STANCES
            if (pattern := _alternation(lex.responses.get(stance, ()), language)) is not None
        ),
        verb_forms=folded(word for verb in lex.verbs for word in verb.split()[:1]),
        inverting=folded(lex.inverting),
        words={
            "complementizers": folded(lex.complementizers),
            "relatives": folded(lex.relatives),
            "pronouns": folded(lex.pronouns),
            "determiners": folded(lex.determiners),
            "skip": folded(lex.skip),
            "stops": folded(lex.stops),
            "links": folded(lex.links),
            "tell": folded(lex.tell),
            "anonymous": folded(lex.anonymous),
            "publishers": folded(lex.publishers),
            "negations": folded(lex.negations),
            "prepositions": folded(lex.prepositions),
            "passive": folded(lex.passive),
            "agents": folded(lex.agents),
            "times": folded(lex.times),
        },
    )


def _matches(
    pattern: re.Pattern[str] | None, folded: str, where: list[int]
) -> list[tuple[int, int]]:
    """Original-text (start, end) of each match of ``pattern`` in the folded text."""
    if pattern is None:
        return []
    spans = []
    for match in pattern.finditer(folded):
        if match.end() > match.start():
            spans.append((where[match.start()], where[match.end() - 1] + 1))
    return spans


def _gap_matches(
    pattern: re.Pattern[str] | None, folded: str, where: list[int]
) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Like _matches, with the words a "…" gap of the phrase covered, if it has one."""
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


def _span(text: str, start: int, end: int) -> Span:
    return (start, end, text[start:end])
