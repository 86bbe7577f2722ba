"""The records the attribution finders return, and the span types they use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Span = tuple[int, int, str]
"""(start, end, text): character offsets into the sentence and the text between them."""

EntitySpan = tuple[int, int, str]
"""(start, end, type) of a named entity, offsets relative to the sentence."""

Stance = Literal["confirmed", "denied", "declined", "no_comment"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One "who says so" relation: the cue, who is cited, and what they are cited for."""

    cue: Span  # "said", "according to", "a déclaré", "به گزارش", ":" of a headline
    source: Span | None  # who: "the foreign ministry", "he", "who"; None when unsaid
    content: Span | None  # what they say
    anonymous: bool  # an unnamed source: "sources", "officials who asked not to be named"
    publisher: bool  # the source is a news outlet relaying it ("Reuters", "صحيفة …")
    quote: bool  # the content is (or holds) a direct quotation
    nested: bool = False  # inside a quotation or another attribution's content
    # A state of mind or a stance ("believes", "wants", "calls for", "pledged to"), not a
    # statement: the claims stage reports it under ``beliefs``, apart from attributions.
    belief: bool = False
    # What a document, a poll or a record shows ("the poll shows"), not a statement: the
    # claims stage reports it under ``findings``.
    finding: bool = False


@dataclass(frozen=True, slots=True)
class Hedge:
    """A word or phrase that distances the writer from a claim ("reportedly")."""

    span: Span


@dataclass(frozen=True, slots=True)
class Response:
    """An official response: the party confirmed, denied, declined or has not commented."""

    stance: Stance
    cue: Span
    party: Span | None
