"""The fr language pack."""

from __future__ import annotations

from newstrace.lang.schema import Pack, word_tables

from . import claims, dates, events, words

PACK = Pack(
    code="fr",
    direction="ltr",
    script="latin",
    claims=claims.LEXICON,
    events=events.LEXICON,
    date_grammar=lambda _language: dates.grammar(),
    **word_tables(words),
)
