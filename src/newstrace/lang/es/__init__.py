"""The Spanish pack: ``claims`` (attribution, hedges, responses), ``events`` (triggers),
``dates`` (date grammar) and ``words`` (closed-class words, titles, cues, direction)."""

from newstrace.lang.schema import language_pack

from . import claims, dates, events, words

PACK = language_pack("es", claims, events, dates, words)
