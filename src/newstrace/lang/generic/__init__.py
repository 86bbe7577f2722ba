"""The generic pack: what any language without a pack of its own gets.

Numeric dates and dashed year ranges, with month names borrowed from dateparser where it knows
the language; no claims or event rules.
"""

from __future__ import annotations

from newstrace.lang.schema import Pack, word_tables

from . import dates, words

PACK = Pack(code="generic", date_grammar=dates.grammar, **word_tables(words))
