"""The generic pack: what any language without a pack of its own gets.

Numeric dates and dashed year ranges, with month names borrowed from dateparser where it knows
the language; attribution cues and response phrases of languages without a pack (Russian
today, in ``claims.py``); no event rules.
"""

from __future__ import annotations

from newstrace.lang.schema import Pack, word_tables

from . import claims, dates, words

PACK = Pack(code="generic", claims=claims.LEXICON, date_grammar=dates.grammar, **word_tables(words))
