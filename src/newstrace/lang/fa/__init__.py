"""The fa language pack."""

from __future__ import annotations

from newstrace.lang.schema import Pack, word_tables

from . import claims, dates, events, words

PACK = Pack(
    code="fa",
    direction="rtl",
    script="arabic",
    claims=claims.LEXICON,
    events=events.LEXICON,
    date_grammar=lambda _language: dates.grammar(),
    **word_tables(words),
)
