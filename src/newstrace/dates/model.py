"""The public record of one date expression found in a text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: where it is, what it says, and the date it stands for.

    ``value`` and ``end_value`` are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: the format is the
    precision. ``value`` is None when the expression cannot be resolved (a relative expression
    without a publication date, a vague "a few days ago", an impossible day).
    """

    start: int  # character offsets into the text passed in
    end: int
    text: str  # == text[start:end]
    value: str | None
    end_value: str | None = None  # the end of a range ("from 2003 to 2006", "the 1990s")
    relative: bool = False  # resolved against the publication date
