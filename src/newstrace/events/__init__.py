"""The events stage: what happened, who did it to whom, where and when, sentence by sentence.

:func:`find_events` turns one analysed article into :class:`~newstrace.models.EventMention`
records (see :mod:`newstrace.events.extract` for the rules and ``docs/events.md`` for the
ontology); the cross-article stage merges them into events, where
:func:`compatible` says which types may tell one real event.
"""

from .extract import find_events
from .ontology import EVENT_TYPES, EventType, compatible, compatible_types, lead_compatible

__all__ = [
    "EVENT_TYPES",
    "EventType",
    "compatible",
    "compatible_types",
    "find_events",
    "lead_compatible",
]
