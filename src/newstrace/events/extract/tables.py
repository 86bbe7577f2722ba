"""The events engine's closed word tables, read from the language packs
(``newstrace.lang.get(code).events``) and joined over every pack, folded as the engine
compares them."""

from __future__ import annotations

from ... import lang
from ...nlp.phrases import folded_set

IMPERFECTIVE = folded_set(
    word
    for code in lang.LANGUAGES
    if (lexicon := lang.get(code).events) is not None
    for word in lexicon.imperfective_prefixes
)
