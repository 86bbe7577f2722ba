"""One event told by a sentence, with how its trigger reads and how it is dated."""

from __future__ import annotations

from typing import NamedTuple

from ...models import EventMention
from .dates import _Dating
from .reading import _Reading
from .triggers import _Match


class _Told(NamedTuple):
    event: EventMention
    match: _Match
    reading: _Reading
    dating: _Dating  # its ``anchor``: dated later from the event it is counted from
