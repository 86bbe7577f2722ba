"""The attribution engine's closed word tables, read from the language packs
(``newstrace.lang.get(code).claims``): each table is every pack's part joined into the one set
the engine tests against (a word of one language rarely occurs in another), folded where the
engine compares folded tokens."""

from __future__ import annotations

import re

from ... import lang
from ...nlp.phrases import folded_set


def _every(table: str) -> tuple[str, ...]:
    """A claims-lexicon table of every pack in turn (packs in ``lang.LANGUAGES`` order, then
    the generic pack, which holds the words of languages without a pack)."""
    return tuple(
        word
        for code in (*lang.LANGUAGES, lang.GENERIC)
        if (lexicon := lang.get(code).claims) is not None
        for word in getattr(lexicon, table)
    )


def _joined(table: str) -> frozenset[str]:
    return frozenset(_every(table))


def _folded(table: str) -> frozenset[str]:
    return folded_set(_every(table))


# In a regex alternation of whole titles each followed by ".": their order does not matter.
TITLES = _every("abbreviations")
ELIDED = _every("elided")
MAIN_COMPLEMENTIZERS = _folded("main_complementizers")
CLAUSE_PREPOSITIONS = _folded("clause_prepositions")
PASSIVE_GAP = _joined("passive_gap")
OBJECT_PRONOUNS = _joined("object_pronouns")
ADJUNCTS = _joined("adjuncts")
PASSIVE_REPORTS = _joined("passive_reports")
NOT_SPEAKERS = _folded("not_speakers")
ASKED_OPENERS = _joined("asked_openers")
NEGATION_AUXILIARIES = _joined("negation_auxiliaries")
VERB_MARKERS = _joined("verb_markers")
VERB_NEGATIONS = _joined("verb_negations")
CONDITIONAL_HEDGES = _joined("conditional_hedges")
IF_WORDS = _joined("if_words")
NAME_LINKS = _joined("name_links")
COORDINATORS = _joined("coordinators")
CLAUSE_BREAKS = _joined("clause_breaks")
PARTICIPLE_JOINS = _joined("participle_joins")
ADJECTIVE_PREPOSITIONS = _joined("adjective_prepositions")
NOUN_PREPOSITIONS = _joined("noun_prepositions")
HEAD_PREPOSITIONS = _joined("head_prepositions")
VERB_PREPOSITIONS = _joined("verb_prepositions")
POSSESSIVE = _joined("possessive_clitics")
SOURCE_ADJECTIVES = _folded("source_adjectives")
NISBA = re.compile(f"(?:{'|'.join(_every('nisba_endings'))})$")

# Site interface words inside article text ("JUST WATCHED", "Embed"): no part of a source.
_INTERFACE_PHRASES = sorted(lang.union("interface_phrases"))
INTERFACE = (
    re.compile(rf"(?<!\w)(?:{'|'.join(_INTERFACE_PHRASES)})(?!\w)", re.IGNORECASE)
    if _INTERFACE_PHRASES
    else None
)
