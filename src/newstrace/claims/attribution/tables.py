"""The word tables of :mod:`.words`, each language's part joined into the set the engine
tests against (a word of one language rarely occurs in another), folded where the engine
compares folded tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...nlp.phrases import folded_set
from . import words as w


def _joined(*tables: Iterable[str]) -> frozenset[str]:
    return frozenset(word for table in tables for word in table)


def _folded(*tables: Iterable[str]) -> frozenset[str]:
    return folded_set(word for table in tables for word in table)


TITLES = (*w.EN_TITLES, *w.DE_TITLES, *w.FR_TITLES, *w.ES_TITLES)
ELIDED = w.FR_ELIDED
MAIN_COMPLEMENTIZERS = _folded(
    w.EN_MAIN_COMPLEMENTIZERS,
    w.DE_MAIN_COMPLEMENTIZERS,
    w.ES_MAIN_COMPLEMENTIZERS,
    w.FR_MAIN_COMPLEMENTIZERS,
    w.AR_MAIN_COMPLEMENTIZERS,
    w.FA_MAIN_COMPLEMENTIZERS,
)
CLAUSE_PREPOSITIONS = _folded(
    w.EN_CLAUSE_PREPOSITIONS,
    w.DE_CLAUSE_PREPOSITIONS,
    w.ES_CLAUSE_PREPOSITIONS,
    w.FR_CLAUSE_PREPOSITIONS,
    w.AR_CLAUSE_PREPOSITIONS,
)
PASSIVE_GAP = _joined(w.EN_PASSIVE_GAP)
OBJECT_PRONOUNS = _joined(w.EN_OBJECT_PRONOUNS)
EN_ADJUNCT = _joined(w.EN_ADJUNCT)
PASSIVE_REPORTS = _joined(w.EN_PASSIVE_REPORTS)
NOT_SPEAKERS = _folded(w.EN_NOT_SPEAKERS)
ASKED_OPENERS = _joined(w.EN_ASKED_OPENERS)
NEGATION_AUXILIARIES = _joined(w.EN_NEGATION_AUXILIARIES)
VERB_MARKERS = _joined(w.EN_VERB_MARKERS)
VERB_NEGATIONS = _joined(w.EN_VERB_NEGATIONS)
CONDITIONAL_HEDGES = _joined(w.FR_CONDITIONAL_HEDGES, w.ES_CONDITIONAL_HEDGES)
IF_WORDS = _joined(w.FR_IF_WORDS, w.EN_IF_WORDS)
NAME_LINKS = _joined(w.EN_NAME_LINKS, w.ES_NAME_LINKS, w.FR_NAME_LINKS, w.DE_NAME_LINKS)
COORDINATORS = _joined(
    w.EN_COORDINATORS, w.AR_COORDINATORS, w.DE_COORDINATORS, w.ES_COORDINATORS, w.FR_COORDINATORS
)
CLAUSE_BREAKS = _joined(w.EN_CLAUSE_BREAKS, w.AR_CLAUSE_BREAKS)
PARTICIPLE_JOINS = _joined(w.EN_PARTICIPLE_JOINS, w.AR_PARTICIPLE_JOINS)
ADJECTIVE_PREPOSITIONS = _joined(w.EN_ADJECTIVE_PREPOSITIONS)
NOUN_PREPOSITIONS = _joined(w.EN_NOUN_PREPOSITIONS)
VERB_PREPOSITIONS = _joined(w.EN_VERB_PREPOSITIONS)
POSSESSIVE = _joined(w.EN_POSSESSIVE)
AR_ADJECTIVES = _folded(w.AR_ADJECTIVES)
AR_NISBA = re.compile(f"(?:{'|'.join(w.AR_NISBA_ENDINGS)})$")
AR_CUE_PROCLITICS = "".join(w.AR_CUE_PROCLITICS)
