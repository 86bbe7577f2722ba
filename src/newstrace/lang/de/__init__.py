"""The de language pack."""

from __future__ import annotations

from newstrace.lang.schema import Pack

from . import claims, dates, events

PACK = Pack(
    code="de",
    direction="ltr",
    script="latin",
    claims=claims.LEXICON,
    events=events.LEXICON,
    date_grammar=lambda _language: dates.grammar(),
)
