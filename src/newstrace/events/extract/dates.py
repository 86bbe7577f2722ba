"""Dates: the date of an event, from its sentence, its paragraph or an anchor event."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...dates.offsets import find_offsets, shift_value
from ...models import Article, DateRef, EventMention, Sentence
from ...nlp import roles
from ...nlp.clauses import CLAUSE_PUNCT
from ..ontology import compatible_types
from .compiled import _APOSTROPHES, _PARAGRAPH
from .sentence import _Offset, _Sentence
from .triggers import _Match

_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
# An embedded social-media post's credit: "(@handle)" right before its timestamp (searched
# with an end bound, so "$" is the date's start).
_EMBED_STAMP = re.compile(r"\(@\w{1,30}\)\s*$")
# "Tuesday's surprising presidential election": the words a possessive date's noun may be
# from it (the noun itself included).
_POSSESSED_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Dating:
    date: str | None
    text: str | None
    source: str
    future: bool  # the nearest date in the sentence lies after publication
    anchor: _Offset | None = None  # dated from an event found elsewhere in the article
    counted: _Offset | None = None  # the offset the date was counted by
    inside: _Offset | None = None  # the undated anchor of this offset holds the trigger


def _offsets(s: _Sentence, matches: Sequence[_Match]) -> list[_Offset]:
    """The sentence's offsets from an anchor ("a week after his arrest", "au lendemain du
    scrutin"), each cut after its anchor: a date expression or the first event trigger. An
    event anchor is dated by a date in its relative clause ("after the election, which was
    held on June 2", "من الانتخابات التي جرت في 2 يونيو")."""
    found = find_offsets(s.sentence.text, s.article.language)
    if not found:
        return []
    base = s.sentence.start
    out = []
    for offset in found:
        low, high = base + offset.anchor_start, base + offset.anchor_end
        dates = evidence_dates(s.article, s.sentence)
        date = next((d for d in dates if low <= d.start < high), None)
        trigger = next(
            (m for m in matches if low <= base + s.tokens[m.first].start < high and m.entry.type),
            None,
        )
        end = base + offset.end
        if trigger is not None:
            end = base + s.tokens[trigger.last].end  # "days after the June 2 election"
            if date is not None and date.start > base + s.tokens[trigger.first].start:
                date = None  # a date after the anchor's name is no part of the anchor
            if date is None:
                date = _relative_clause_date(s, trigger, matches)
        elif date is not None:
            end = date.end
        start = base + offset.start
        out.append(
            _Offset(
                start,
                end,
                s.article.text[start:end],
                offset.sign,
                offset.count,
                offset.unit,
                low,
                date,
                None if trigger is None else trigger.entry.type,
                None if trigger is None else base + s.tokens[trigger.first].start,
            )
        )
    return out


def _may_date(s: _Sentence, date: DateRef, trigger_start: int) -> bool:
    """A date in the possessive ("Tuesday's election", "last week's attack") belongs to the
    noun phrase it opens: it dates a trigger among the next few words of that phrase, no
    other event of the sentence ("Heading into the meeting … after Tuesday's election")."""
    base = s.sentence.start
    after = next((i for i, t in enumerate(s.tokens) if base + t.start >= date.end), None)
    if (
        after is None
        or after + 1 >= len(s.tokens)
        or base + s.tokens[after].start != date.end
        or s.tokens[after].text not in _APOSTROPHES
        or s.tokens[after + 1].text != "s"
    ):
        return True
    for index in range(after + 2, min(after + 2 + _POSSESSED_WORDS, len(s.tokens))):
        token = s.tokens[index]
        if base + token.start == trigger_start:
            return True
        if token.text in CLAUSE_PUNCT:
            break
    return False


def _relative_clause_date(
    s: _Sentence, trigger: _Match, matches: Sequence[_Match]
) -> DateRef | None:
    """The date of a relative clause right after an anchor event ("the election, which was
    held on June 2"), with no other event told in between."""
    base = s.sentence.start
    after = base + s.tokens[trigger.last].end
    dates = evidence_dates(s.article, s.sentence)
    date = next((d for d in dates if d.start >= after and d.value), None)
    if date is None:
        return None
    between = [
        i for i, t in enumerate(s.tokens) if after <= base + t.start and base + t.end <= date.start
    ]
    if (
        len(between) > 10
        or not any(s.is_(i, "relatives") for i in between)
        or any(s.tokens[i].text in CLAUSE_PUNCT for i in between)
        or any(m.first in between for m in matches if m.entry.type)
    ):
        return None
    return date


def evidence_dates(article: Article, sentence: Sentence) -> list[DateRef]:
    """The dates of ``sentence`` that may date an event: none from a heading or title line
    (the claims stage classes it "other") or from any sentence of a photo-caption line (a
    caption's date is the photo's, and a caption line may hold several sentences), nor an
    embedded post's timestamp ("… (@OldcastleFire) June 11, 2025")."""
    if sentence.kind == "other" or _on_framing_line(article.text, sentence.start):
        return []
    return [
        d
        for d in sentence.dates
        if not _EMBED_STAMP.search(article.text, max(0, d.start - 40), d.start)
    ]


def _on_framing_line(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is a photo caption or a Markdown heading."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return roles.is_caption(line) or bool(_MARKDOWN_HEADING.match(line))


def _earliest(value: str) -> str:
    return value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value


def _after_publication(value: str, published: str | None) -> bool:
    return published is not None and _earliest(value) > published


def _date(
    s: _Sentence, start: int, end: int, paragraph_dates: Sequence[tuple[str, str]]
) -> _Dating:
    """The date of an event whose trigger spans article offsets [start, end)."""
    published = s.article.published
    # An anchor of an offset ("the election" in "three days after the election") is dated only
    # by a date inside it; an offset consumes the date it counts from.
    holding = [o for o in s.offsets if o.anchor_start <= start < o.end]
    offsets = [o for o in s.offsets if o not in holding]
    if holding:
        anchor = holding[0].date
        if anchor is not None and anchor.value:
            if not _after_publication(anchor.value, published):
                return _Dating(anchor.value, anchor.text, "sentence", False)
            return _Dating(None, None, "published", True)
        # "named Sweis on Friday, three days after Haddad stepped down": dated from the main
        # clause once the sentence's events are (see _date_anchors).
        return _Dating(None, None, "published", False, inside=holding[0])
    consumed = [(o.start, o.end) for o in offsets]
    consumed += [(o.date.start, o.date.end) for o in offsets if o.date is not None]
    candidates: list[DateRef | _Offset] = [
        d
        for d in evidence_dates(s.article, s.sentence)
        if d.value and not any(a <= d.start < b for a, b in consumed) and _may_date(s, d, start)
    ]
    candidates.extend(offsets)
    contents = [
        (s.sentence.start + a, s.sentence.start + b)
        for a, b in s.contents
        if s.sentence.start + a <= start < s.sentence.start + b
    ]
    if contents:
        # "X resigned on Tuesday, the agency reported on Thursday": the reported clause's date.
        c_start, c_end = contents[0]
        inside = [d for d in candidates if c_start <= d.start and d.end <= c_end]
        candidates = inside or candidates
    candidates.sort(key=lambda d: (max(d.start - end, start - d.end, 0), d.start < start))
    values = [c.value() if isinstance(c, _Offset) else c.value for c in candidates]
    future = bool(values) and values[0] is not None and _after_publication(values[0], published)
    pending: _Offset | None = None
    for found, value in zip(candidates, values, strict=True):
        if isinstance(found, _Offset) and value is None:
            # Counted from an event ("a week after his arrest"): dated once the article's
            # events are known; a vague or undatable anchor dates nothing, not even by the
            # paragraph's date.
            if pending is None and found.date is None:
                pending = found
            continue
        if value is not None and not _after_publication(value, published):
            counted = found if isinstance(found, _Offset) else None
            return _Dating(value, found.text, "sentence", future, counted=counted)
    if pending is not None:
        return _Dating(None, pending.text, "published", future, pending)
    if paragraph_dates:
        value, text = paragraph_dates[-1]
        return _Dating(value, text, "paragraph", future)
    return _Dating(None, None, "published", future)


def _date_anchored(
    body: Sequence[EventMention],
    pending: Sequence[tuple[EventMention, _Offset]],
    published: str | None,
) -> None:
    """Dates the events counted from another event ("three days after the election") by the
    nearest dated mention of a compatible type elsewhere in the article: before it first,
    sharing a participant with the anchor's mention first."""
    for event, offset in pending:
        if offset.anchor_type is None:
            continue
        anchor = next((e for e in body if e.trigger.start == offset.anchor_trigger), None)
        named = set(anchor.actors) | set(anchor.targets) if anchor else set()
        related = compatible_types(offset.anchor_type)
        dated = [
            e
            for e in body
            if e.date
            and e.type in related
            and not e.negated
            and e is not event
            and e is not anchor
            and e.trigger.start != offset.anchor_trigger
        ]
        if not dated:
            continue

        at = event.trigger.start
        best = min(
            dated,
            key=lambda o: (
                not named & (set(o.actors) | set(o.targets)),
                o.trigger.start > at,
                abs(o.trigger.start - at),
            ),
        )
        value = shift_value(best.date, offset.sign, offset.count, offset.unit)
        if value is not None and not _after_publication(value, published):
            event.date, event.date_source, event.not_after = value, "sentence", None


# How many days before publication a day may lie and still date the sentences after it: a
# story's narrative is told from its recent days; "the Nov. 13, 2015 attacks" in a report of
# July 2016 is background (an article scraped without paragraph breaks is one paragraph).
_GOVERNING_DAYS = 31


def _governs(value: str, relative: bool, published: str | None) -> bool:
    """Whether a date may date the sentences after it in its paragraph: a recent day ("on
    June 10", "on Tuesday") or a relative expression ("last week") anchors the narrative; a
    bare year or month is mostly background ("since 2006", "the 1967 war") and dates only its
    sentence, and so is a month before the last ("in February", published in June) or a day
    more than a month before publication."""
    if _after_publication(value, published):
        return False
    if len(value) == len("YYYY-MM-DD") and published and len(published) >= len(value):
        age = dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(value)
        if age.days > _GOVERNING_DAYS:
            return False
    if len(value) == len("YYYY-MM") and relative and published:
        # "last week", "earlier this month" set the narrative's time; "in February" told in
        # June (a month name, its year inferred) is background like a bare month
        year, month = int(value[:4]), int(value[5:7])
        return (int(published[:4]) - year) * 12 + int(published[5:7]) - month <= 1
    return relative or len(value) == len("YYYY-MM-DD")


def _paragraph_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _PARAGRAPH.finditer(text))]
