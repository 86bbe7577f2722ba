"""The generic pack: what any language without a pack of its own gets.

Numeric dates and dashed year ranges, with month names borrowed from dateparser where it knows
the language; official response phrases (``claims.py``: Russian); no attribution or event
rules.
"""

from __future__ import annotations

from newstrace.lang.schema import Pack, word_tables

from . import claims, dates, words

PACK = Pack(code="generic", claims=claims.LEXICON, date_grammar=dates.grammar, **word_tables(words))
