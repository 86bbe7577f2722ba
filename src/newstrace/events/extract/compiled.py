"""Event lexicons compiled once per language: trigger phrases indexed by their first word."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ... import lang
from ...lang import EventLexicon, Sense
from ...nlp.phrases import (
    Part,
    PhraseIndex,
    WordList,
    fold_phrase,
    parse_phrase,
    phrase_index,
    word_list,
)
from ...nlp.tokens import WORD_TOKEN

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
class _Entry:
    type: str | None  # None for a blocker
    kind: Kind
    parts: tuple[Part, ...]
    sense: Sense | None
    exact: int  # exact (non-wildcard) parts: an exact word beats a stem


@dataclass(frozen=True, slots=True)
class _Compiled:
    lex: EventLexicon
    index: PhraseIndex[_Entry]  # trigger phrases and blockers by their first word
    words: dict[str, WordList]
    # id(Sense) -> (needs, unless, unless_sentence)
    senses: dict[int, tuple[WordList, WordList, WordList]]
    light_verbs: dict[str, str]
    noun_forms: frozenset[str]
    clitics: bool  # Arabic: words also match without their proclitics
    arabic_script: bool


def _phrase_parts(phrase: str) -> tuple[Part, ...]:
    """A lexicon phrase's parts, cut like a sentence's words."""
    return parse_phrase(phrase, WORD_TOKEN)


def _entries(lex: EventLexicon) -> list[_Entry]:
    kinds: dict[tuple[str, tuple[Part, ...]], set[str]] = {}
    phrases: dict[tuple[str, tuple[Part, ...]], str] = {}
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


def _exact_count(parts: Sequence[Part]) -> int:
    return sum(p.mode == "exact" for p in parts)


@cache
def _compiled(language: str) -> _Compiled | None:
    # Only a code with a pack of its own (as given, not normalised) has event rules.
    lex = lang.get(language).events if language in lang.LANGUAGES else None
    if lex is None:
        return None
    lists = {
        name: word_list(getattr(lex, name))
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
            "home_prepositions",
            "home_nouns",
            "place_nouns",
            "place_modifiers",
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
            "auxiliaries",
            "finite_verbs",
            "not_predicates",
            "support_verbs",
            "additives",
        )
    }
    # Titles are the name finder's words too ("Minister", "presidente"): one list per pack.
    lists["role_nouns"] = word_list((*lex.role_nouns, *lang.get(language).titles))
    senses = {
        id(s): (word_list(s.needs), word_list(s.unless), word_list(s.unless_sentence))
        for s in lex.senses.values()
    }
    nouns = {
        part.text
        for type_id, listed in lex.nouns.items()
        for phrase in listed
        for part in _phrase_parts(phrase)[:1]
        if part.mode != "gap" and type_id
    }
    return _Compiled(
        lex=lex,
        index=phrase_index(_entries(lex), lambda entry: entry.parts),
        words=lists,
        senses=senses,
        light_verbs={fold_phrase(k): v for k, v in lex.light_verbs.items()},
        noun_forms=frozenset(nouns),
        clitics=language == "ar",
        arabic_script=language in ("ar", "fa"),
    )
