"""find_dates: run a language's rules over a text, keep the best non-overlapping spans, resolve."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import NamedTuple

from newstrace import lang
from newstrace.dates.model import DateMention
from newstrace.dates.resolve import Fields, resolve
from newstrace.lang.dates.grammar import Grammar, Rule, groups, trigger_classes


class _Candidate(NamedTuple):
    start: int
    end: int
    fields: Fields
    rule: Rule


def find_dates(text: str, language: str | None, published: str | None) -> list[DateMention]:
    """Date expressions in ``text``, sorted by start, none overlapping.

    ``language`` is an ISO 639-1 code ("en", "ar", "fa", "de", "es", "fr"; others get numeric
    dates, year ranges and month names best effort); ``published`` is the article's date as
    ``YYYY-MM-DD``, against which relative expressions are resolved (without it they are
    still found, with value None).
    """
    grammar = grammar_for(language)
    classes = trigger_classes(grammar, text) if text else set()
    if not classes:
        return []
    base = _parse_published(published)
    chosen = _non_overlapping(_candidates(text, grammar, classes))
    return [_mention(text, candidate, grammar, base) for candidate in chosen]


def grammar_for(language: str | None) -> Grammar:
    """The grammar of a language code ("fa", "fa-IR", "EN"), compiled once per language."""
    return _grammar(lang.normalise_code(language))


@lru_cache(maxsize=64)
def _grammar(code: str) -> Grammar:
    """The language pack's date grammar (the generic pack's borrows the code's month names)."""
    return lang.get(code).date_grammar(code or None)


@lru_cache(maxsize=4096)
def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _candidates(text: str, grammar: Grammar, classes: set[str]) -> list[_Candidate]:
    found = []
    for rule in grammar.rules:
        if rule.needs and classes.isdisjoint(rule.needs):
            continue  # e.g. no month name in the text: skip the month rules
        for match in rule.pattern.finditer(text):
            fields = rule.build(groups(match), grammar, rule)
            if fields is not None:
                start, end = match.span("span")
                found.append(_Candidate(start, end, fields, rule))
    return found


def _non_overlapping(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest spans first (a full date beats the weekday or year inside it), earliest first
    among equals; then back in text order."""
    chosen: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(candidate.end <= c.start or candidate.start >= c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _mention(
    text: str, candidate: _Candidate, grammar: Grammar, base: dt.date | None
) -> DateMention:
    start, end = candidate.start, candidate.end
    value, end_value, relative = resolve(candidate.fields, base)
    if candidate.rule.external and grammar.normalise is not None:
        value = grammar.normalise(text[start:end], candidate.fields, base) or value
    return DateMention(start, end, text[start:end], value, end_value, relative)
