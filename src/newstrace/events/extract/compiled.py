"""Event lexicons compiled once per language: trigger phrases indexed by their first word."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ...nlp.normalize import fold
from ..lexicons import EventLexicon, Sense, event_lexicon

# Words and single punctuation marks; "didn't" stays one word so negations read as written.
_TOKEN = re.compile(r"\w+(?:['’]t(?!\w))?|[^\w\s]")
# Punctuation that closes a clause (commas do not: appositives sit between them).
_CLAUSE_PUNCT = frozenset(';:()[]{}"“”«»„—–|؛.!?…')
# Punctuation that closes a look-around window and a "…" gap.
_WINDOW_STOP = _CLAUSE_PUNCT | frozenset(",،")
_APOSTROPHES = frozenset("'’")
_GAP_WORDS = 6  # how many words a "…" in a lexicon phrase may stand for
_WINDOW = 3  # how many words before a trigger modals and negations may sit
# How far before an event noun the verb that wants or plans it may sit: Arabic puts the
# subject between ("هدد الوزير عمر الخطيب بالاستقالة").
_NOUN_MODAL_WINDOW = 5
_COMPLEMENT_REACH = 4  # "the resignation of the deputy minister Karim Haddad"
_TARGET_REACH = 4  # "imposed sanctions on Iran", "هجوم على مواقع …"
_PARAGRAPH = re.compile(r"\n\s*\n")
_ACTOR_TYPES = frozenset(("person", "organization", "outlet"))

Kind = Literal["verb", "imperfect", "noun", "either", "passive", "negated_only", "block"]
Status = Literal["real", "negated", "unreal"]


@dataclass(frozen=True, slots=True)
class _Part:
    mode: Literal["exact", "prefix", "suffix", "gap"]
    text: str

    def matches(self, variants: Sequence[str]) -> bool:
        if self.mode == "exact":
            return self.text in variants
        if self.mode == "prefix":
            return any(v.startswith(self.text) for v in variants)
        return any(v.endswith(self.text) for v in variants)


@dataclass(frozen=True, slots=True)
class _Entry:
    type: str | None  # None for a blocker
    kind: Kind
    parts: tuple[_Part, ...]
    sense: Sense | None
    exact: int  # exact (non-wildcard) parts: an exact word beats a stem


@dataclass(frozen=True, slots=True)
class _Words:
    """A folded word list with "stem*" entries."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def has(self, word: str) -> bool:
        return word in self.exact or any(word.startswith(p) for p in self.prefixes)


@dataclass(frozen=True, slots=True)
class _Compiled:
    lex: EventLexicon
    first_exact: dict[str, tuple[_Entry, ...]]
    first_prefix: dict[str, tuple[_Entry, ...]]
    first_suffix: dict[str, tuple[_Entry, ...]]
    prefix_sizes: tuple[int, ...]
    suffix_sizes: tuple[int, ...]
    words: dict[str, _Words]
    senses: dict[int, tuple[_Words, _Words]]  # id(Sense) -> (needs, unless)
    light_verbs: dict[str, str]
    noun_forms: frozenset[str]
    clitics: bool  # Arabic: words also match without their proclitics
    arabic_script: bool


def _phrase_parts(phrase: str) -> tuple[_Part, ...]:
    parts: list[_Part] = []
    for raw in phrase.split():
        if raw == "…":  # checked before folding: NFKC turns it into three dots
            parts.append(_Part("gap", ""))
            continue
        chunk = fold(raw)
        lead, trail = chunk.startswith("*"), chunk.endswith("*")
        pieces = [_normal(t) for t in _TOKEN.findall(chunk.strip("*"))]
        for index, piece in enumerate(pieces):
            mode: Literal["exact", "prefix", "suffix"] = "exact"
            if trail and index == len(pieces) - 1:
                mode = "prefix"
            elif lead and index == 0:
                mode = "suffix"
            parts.append(_Part(mode, piece))
    return tuple(parts)


def _normal(token: str) -> str:
    return token.replace("’", "'")


def _word_list(entries: Iterable[str]) -> _Words:
    exact, prefixes = set(), []
    for entry in entries:
        word = _normal(fold(entry))
        if word.endswith("*"):
            prefixes.append(word[:-1])
        else:
            exact.add(word)
    return _Words(frozenset(exact), tuple(prefixes))


def _entries(lex: EventLexicon) -> list[_Entry]:
    kinds: dict[tuple[str, tuple[_Part, ...]], set[str]] = {}
    phrases: dict[tuple[str, tuple[_Part, ...]], str] = {}
    groups: tuple[tuple[str, Iterable[tuple[str, tuple[str, ...]]]], ...] = (
        ("verb", lex.verbs.items()),
        ("imperfect", lex.imperfect.items()),
        ("noun", lex.nouns.items()),
        ("passive", lex.passives.items()),
        ("negated_only", lex.negated_only.items()),
    )
    for kind, items in groups:
        for type_id, listed in items:
            for phrase in listed:
                key = (type_id, _phrase_parts(phrase))
                kinds.setdefault(key, set()).add(kind)
                phrases.setdefault(key, phrase)
    entries = []
    for (type_id, parts), found in kinds.items():
        # A form listed as verb and as noun ("protest", "attack") is told apart in context.
        kind = _entry_kind(found)
        sense = lex.senses.get(phrases[(type_id, parts)])
        entries.append(_Entry(type_id, kind, parts, sense, _exact_count(parts)))
    for phrase in lex.blockers:
        parts = _phrase_parts(phrase)
        entries.append(_Entry(None, "block", parts, None, _exact_count(parts)))
    return entries


def _entry_kind(listed: set[str]) -> Kind:
    """How a phrase listed under several kinds is read: as verb or noun by context when it is
    both ("protest", "attack"), else by the first of verb, imperfect, passive, noun,
    negated-only (an imperfect form is negated after "لم" anyway)."""
    if {"verb", "noun"} <= listed:
        return "either"
    order: tuple[Kind, ...] = ("verb", "imperfect", "passive", "noun", "negated_only")
    return next(kind for kind in order if kind in listed)


def _exact_count(parts: Sequence[_Part]) -> int:
    return sum(p.mode == "exact" for p in parts)


@cache
def _compiled(language: str) -> _Compiled | None:
    lex = event_lexicon(language)
    if lex is None:
        return None
    exact: dict[str, list[_Entry]] = {}
    prefix: dict[str, list[_Entry]] = {}
    suffix: dict[str, list[_Entry]] = {}
    for entry in _entries(lex):
        first = entry.parts[0]
        table = {"exact": exact, "prefix": prefix, "suffix": suffix}[first.mode]
        table.setdefault(first.text, []).append(entry)
    lists = {
        name: _word_list(getattr(lex, name))
        for name in (
            "negations",
            "modals",
            "noun_modals",
            "modals_after",
            "conditionals",
            "passive_aux",
            "agents",
            "boundaries",
            "relatives",
            "forced",
            "coordinators",
            "determiners",
            "possessives",
            "prepositions",
            "of_words",
            "target_preps",
            "with_words",
            "object_markers",
            "imperfect_modals",
            "progressive",
            "complementizers",
            "report_nouns",
            "nonfinite",
            "nonfinite_after",
            "pronouns",
            "contrasts",
        )
    }
    senses = {id(s): (_word_list(s.needs), _word_list(s.unless)) for s in lex.senses.values()}
    nouns = {
        part.text
        for type_id, listed in lex.nouns.items()
        for phrase in listed
        for part in _phrase_parts(phrase)[:1]
        if part.mode != "gap" and type_id
    }
    return _Compiled(
        lex=lex,
        first_exact={k: tuple(v) for k, v in exact.items()},
        first_prefix={k: tuple(v) for k, v in prefix.items()},
        first_suffix={k: tuple(v) for k, v in suffix.items()},
        prefix_sizes=tuple(sorted({len(k) for k in prefix})),
        suffix_sizes=tuple(sorted({len(k) for k in suffix})),
        words=lists,
        senses=senses,
        light_verbs={_normal(fold(k)): v for k, v in lex.light_verbs.items()},
        noun_forms=frozenset(nouns),
        clitics=language == "ar",
        arabic_script=language in ("ar", "fa"),
    )
