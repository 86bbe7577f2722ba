"""What an article says about a source: who funds, owns or backs it, and how it is regarded.

"the state-run IRNA news agency", "Al-Manar, a broadcaster funded by Hezbollah", "صحيفة الوطن
الموالية للحكومة", "خبرگزاری دولتی ایرنا": such phrases are kept as notes on the source they
describe, with the sentence as evidence. newstrace records what the article says and never adds
a verdict of its own, so a phrase only becomes a note when it sits next to a named source.

Pure functions of one sentence: :func:`find_descriptions` returns each phrase with its kind
(``funding``, ``ownership``, ``affiliation``, ``reliability``) and offsets relative to the
sentence; :func:`described_entity` picks the entity span the phrase is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .. import lang
from ..lang.fold import fold_with_offsets, original_span

# The phrases are each language pack's ``reliability``: (kind, regex) pairs over the sentence
# as written (case-insensitive); Arabic-script patterns are matched on folded text.
# A source a note may attach to; a place or a person only through an explicit affiliation.
_SOURCE_TYPES = frozenset({"outlet", "organization", "other"})
# Characters allowed between a source's name and the phrase describing it: an apposition
# ("Al-Manar, a broadcaster funded by …") or an adjective next to the name.
_GAP = re.compile(
    r"^[\s,،(]*(?:(?:" + "|".join(sorted(lang.union("apposition_articles"))) + r")\s+)?"
    r"(?:[\w'’\-]+\s+){0,3}$",
    re.I,
)
_MAX_GAP = 40


@dataclass(frozen=True, slots=True)
class Description:
    """A phrase about a source; offsets are relative to the sentence text."""

    kind: str
    start: int
    end: int
    text: str


@cache
def _compiled(language: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(p, re.I)) for kind, p in lang.get(language).reliability]


def find_descriptions(text: str, language: str | None) -> list[Description]:
    """Phrases describing a source's funding, ownership, affiliation or reputation."""
    patterns = _compiled(language or "")
    if not patterns:
        return []
    if lang.get(language).script == "arabic":
        haystack, where = fold_with_offsets(text)
    else:
        haystack, where = text, []
    found: list[Description] = []
    for kind, pattern in patterns:
        for match in pattern.finditer(haystack):
            start, end = match.span()
            if where:
                start, end = original_span(where, start, end, len(text))
            if any(d.start <= start < d.end or start <= d.start < end for d in found):
                continue
            found.append(Description(kind, start, end, text[start:end].strip()))
    return sorted(found, key=lambda d: d.start)


def described_entity(
    description: Description, text: str, entities: Sequence[tuple[int, int, str]]
) -> int | None:
    """Index into ``entities`` ((start, end, type) in the sentence) of the source that
    ``description`` is about: the nearest outlet or organisation right before it (apposition,
    or an Arabic/Persian adjective after its noun) or right after it ("the state-run X")."""
    best: tuple[int, int, int] | None = None  # (type preference, gap, index)
    for number, (start, end, kind) in enumerate(entities):
        if kind not in _SOURCE_TYPES and description.kind != "affiliation":
            continue
        if end <= description.start:
            gap = text[end : description.start]
        elif start >= description.end:
            gap = text[description.end : start]
        else:
            gap = ""  # inside the name the model found: "خبرگزاری دولتی ایرنا" is state-run
        if len(gap) > _MAX_GAP or not _GAP.match(gap):
            continue
        rank = (0 if kind in ("outlet", "organization") else 1, len(gap), number)
        if best is None or rank < best:
            best = rank
    return best[2] if best is not None else None
