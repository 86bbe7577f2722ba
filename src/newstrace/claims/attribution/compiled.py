"""Attribution lexicons compiled once per language: cue patterns and folded word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast

from ... import lang
from ...lang import STANCES, Lexicon
from ...nlp.phrases import alternation, folded_set
from .records import Span, Stance


@dataclass(frozen=True, slots=True)
class _Compiled:
    lex: Lexicon
    verbs: re.Pattern[str] | None
    participles: frozenset[str]
    nouns: frozenset[str]
    weak: frozenset[str]
    source_after: re.Pattern[str] | None
    source_before: re.Pattern[str] | None
    comma_source_after: re.Pattern[str] | None
    clausal: frozenset[str]
    predicative: frozenset[str]
    mental: frozenset[str]
    beliefs: frozenset[str]
    quoting: frozenset[str]
    evidence: frozenset[str]
    counting: frozenset[str]
    commitments: frozenset[str]
    relay_cues: frozenset[str]
    not_cues: re.Pattern[str] | None
    not_responses: re.Pattern[str] | None
    confirmation_objects: re.Pattern[str] | None
    anonymity: re.Pattern[str] | None
    hedges: re.Pattern[str] | None
    opinions: re.Pattern[str] | None
    responses: tuple[tuple[Stance, re.Pattern[str]], ...]
    verb_forms: frozenset[str]
    inverting: frozenset[str]
    words: dict[str, frozenset[str]]


def _alternation(phrases: Iterable[str], lex: Lexicon) -> re.Pattern[str] | None:
    """The phrases as one regex over folded text: Persian words may be written joined, an
    Arabic cue may carry a proclitic ("وقال", "فأكد")."""
    proclitics = "".join(lex.cue_proclitics)
    return alternation(phrases, joined=lex.language == "fa", proclitics=proclitics)


@cache
def _compiled(language: str) -> _Compiled | None:
    # A code with a pack of its own (as given, not normalised) has its rules; any other code
    # gets the generic pack's, which holds the cues of languages without a pack yet.
    lex = lang.get(language).claims
    if lex is None:
        return None

    return _Compiled(
        lex=lex,
        verbs=_alternation(lex.verbs, lex),
        participles=folded_set(lex.participles),
        nouns=folded_set(lex.nouns),
        weak=folded_set(lex.weak),
        source_after=_alternation(lex.source_after, lex),
        source_before=_alternation(lex.source_before, lex),
        comma_source_after=_alternation(lex.comma_source_after, lex),
        clausal=folded_set(lex.clausal),
        predicative=folded_set(lex.predicative),
        mental=folded_set(lex.mental),
        beliefs=folded_set(lex.beliefs),
        quoting=folded_set(lex.quoting),
        evidence=folded_set(lex.evidence),
        counting=folded_set(lex.counting),
        commitments=folded_set(lex.commitments),
        relay_cues=folded_set(lex.relay_cues),
        not_cues=_alternation(lex.not_cues, lex),
        not_responses=_alternation(lex.not_responses, lex),
        confirmation_objects=_alternation(lex.confirmation_objects, lex),
        anonymity=_alternation(lex.anonymity, lex),
        hedges=_alternation(lex.hedges, lex),
        opinions=_alternation(lex.opinions, lex),
        responses=tuple(
            (cast(Stance, stance), pattern)
            for stance in STANCES
            if (pattern := _alternation(lex.responses.get(stance, ()), lex)) is not None
        ),
        verb_forms=folded_set(word for verb in lex.verbs for word in verb.split()[:1]),
        inverting=folded_set(lex.inverting),
        words={
            "complementizers": folded_set(lex.complementizers),
            "relatives": folded_set(lex.relatives),
            "pronouns": folded_set(lex.pronouns),
            "determiners": folded_set(lex.determiners),
            "skip": folded_set(lex.skip),
            "stops": folded_set(lex.stops),
            "links": folded_set(lex.links),
            "tell": folded_set(lex.tell),
            "person_objects": folded_set(lex.person_objects),
            "anonymous": folded_set(lex.anonymous),
            "publishers": folded_set(lex.publishers),
            "negations": folded_set(lex.negations),
            "trailing_negations": folded_set(lex.trailing_negations),
            "response_modals": folded_set(lex.response_modals),
            "prepositions": folded_set(lex.prepositions),
            "passive": folded_set(lex.passive),
            "agents": folded_set(lex.agents),
            "times": folded_set(lex.times),
            "finite": folded_set(lex.finite),
            "fronted_objects": folded_set(lex.fronted_objects),
            "not_agents": folded_set(lex.not_agents),
            "data_subjects": folded_set(lex.data_subjects),
            "demonstratives": folded_set(lex.demonstratives),
            "cite_reasons": folded_set(lex.cite_reasons),
            "outlet_cues": folded_set(lex.outlet_cues),
            "object_articles": folded_set(lex.object_articles),
            "cite": folded_set(lex.cite),
            "quantities": folded_set(lex.quantities),
            "hypothetical": folded_set(lex.hypothetical),
            "unmade_before_infinitive": folded_set(lex.unmade_before_infinitive),
            "clause_verbs": folded_set(lex.clause_verbs),
            "clause_openers": folded_set(lex.clause_openers),
            "loose_source_after": folded_set(lex.loose_source_after),
            "source_asides": folded_set(lex.source_asides),
            "speaker_nouns": folded_set(lex.speaker_nouns),
            "glued_source_after": folded_set(lex.glued_source_after),
            "emphatic_confirmations": folded_set(lex.emphatic_confirmations),
            "official_heads": folded_set(lex.official_heads),
            "partitives": folded_set(lex.partitives),
            "name_titles": folded_set(lex.name_titles),
            "nominal_prepositions": folded_set(lex.nominal_prepositions),
            "clause_breaks": folded_set(lex.clause_breaks),
        },
    )


def _span(text: str, start: int, end: int) -> Span:
    return (start, end, text[start:end])
