"""The entry point: the events of one article, sentence by sentence."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence

from ... import lang
from ...dates.offsets import shift_value
from ...models import Article, DateRef, EntityMention, EventMention, Sentence, TextSpan
from ...nlp import roles
from ..ontology import EVENT_TYPES
from .clauses import _clause
from .compiled import _Compiled, _compiled
from .dates import (
    _after_publication,
    _date,
    _date_anchored,
    _governs,
    _offsets,
    _paragraph_starts,
    evidence_dates,
)
from .denials import _deny
from .lead import _CANDIDATES as _LEAD_CANDIDATES
from .lead import _WITHIN as _LEAD_WITHIN
from .lead import happening_match, lead_of, may_lead, predicate
from .participants import _names_a_place, _participants, _places, _unique
from .reading import _read
from .sentence import _Offset, _prepare, _Sentence, _tokens
from .told import _Told
from .triggers import _inside_name, _Match, _triggers


def find_events(article: Article) -> list[EventMention]:
    """Every event the sentences of ``article`` tell (see the module docstring)."""
    comp = _compiled(article.language or "")
    if comp is None:
        return []
    starts = _paragraph_starts(article.text)
    by_sentence: dict[int, list[EntityMention]] = defaultdict(list)
    for mention in article.mentions:
        by_sentence[mention.sentence].append(mention)
    body: list[EventMention] = []
    headline: list[EventMention] = []
    pending: list[tuple[EventMention, _Offset]] = []  # dated from another event
    paragraph = -1
    dates: list[tuple[str, str]] = []  # resolved dates of the paragraph so far
    lead = _LeadSearch()
    for sentence in article.sentences:
        current = bisect.bisect_right(starts, sentence.start) - 1
        if current != paragraph:
            paragraph, dates = current, []
        if sentence.kind == "other":
            if _is_headline(sentence):
                headline.extend(_sentence_events(article, sentence, by_sentence, comp, [], []))
            continue
        leads = lead.open(article, sentence)
        found = _sentence_events(article, sentence, by_sentence, comp, dates, pending, leads)
        lead.seen(leads, found)
        body.extend(found)
        dates.extend(
            (d.value, d.text)
            for d in evidence_dates(article, sentence)
            if d.value and _governs(d.value, d.relative, article.published)
        )
    _date_anchored(body, pending, article.published)
    _date_lead_ahead(article, body, starts, {id(e) for e, _ in pending})
    kept = [e for e in headline if not _told_in_body(e, body)]
    return sorted(kept + body, key=lambda e: (e.sentence, e.trigger.start))


# How many sentences after an undated lead may give its date: a lead often leaves the day to
# the sentence after it ("A tram derailed in Croydon, killing seven. The tram overturned at
# 6.10am on Wednesday ..."); further on, a date tells the story's later or earlier parts.
_LEAD_DATE_AHEAD = 1


def _date_lead_ahead(
    article: Article, body: Sequence[EventMention], starts: Sequence[int], waiting: set[int]
) -> None:
    """Dates an undated lead by the first day of the next sentence of its paragraph that
    governs like a paragraph's date (a recent day, not after publication): the lead tells
    what happened, its next sentence when. Source ``paragraph``."""
    lead = next((e for e in body if e.lead), None)
    if lead is None or lead.date is not None or id(lead) in waiting:
        return
    paragraph = bisect.bisect_right(starts, article.sentences[lead.sentence].start)
    for sentence in article.sentences[lead.sentence + 1 : lead.sentence + 1 + _LEAD_DATE_AHEAD]:
        if sentence.kind == "other" or bisect.bisect_right(starts, sentence.start) != paragraph:
            return
        for d in evidence_dates(article, sentence):
            # a day: "last week" or a month is too coarse to be the lead's when
            if (
                d.value
                and len(d.value) == len("YYYY-MM-DD")
                and _governs(d.value, d.relative, article.published)
            ):
                lead.date, lead.date_text, lead.date_source = d.value, d.text, "paragraph"
                lead.not_after = None
                return


class _LeadSearch:
    """Which body sentence leads (see :mod:`.lead`): the first that may lead and tells an
    event or has a predicate, among the first few body sentences."""

    def __init__(self) -> None:
        self.body = 0  # body sentences seen
        self.tried = 0  # sentences that might have led but told nothing
        self.done = False

    def open(self, article: Article, sentence: Sentence) -> bool:
        self.body += 1
        if self.done or self.body > _LEAD_WITHIN or self.tried >= _LEAD_CANDIDATES:
            self.done = True
            return False
        return may_lead(article, sentence)

    def seen(self, leads: bool, found: Sequence[EventMention]) -> None:
        if not leads:
            return
        if any(e.lead for e in found):
            self.done = True
        else:
            self.tried += 1


def _is_headline(sentence: Sentence) -> bool:
    """A framing line that is neither caption, byline nor boilerplate: the headline."""
    text = sentence.text.strip()
    return not (roles.is_caption(text) or roles.is_byline(text) or roles.is_boilerplate(text))


def _told_in_body(event: EventMention, body: Sequence[EventMention]) -> bool:
    for other in body:
        if other.type != event.type:
            continue
        if not event.actors or not other.actors or set(event.actors) & set(other.actors):
            return True
    return False


def _sentence_events(
    article: Article,
    sentence: Sentence,
    mentions: dict[int, list[EntityMention]],
    comp: _Compiled,
    paragraph_dates: Sequence[tuple[str, str]],
    pending: list[tuple[EventMention, _Offset]],
    leads: bool = False,
) -> list[EventMention]:
    """The events of one sentence; ``leads``: the sentence may be the article's lead, whose
    lead event is marked (a generic ``happening`` at its predicate when it tells no
    ontology event there)."""
    tokens = _tokens(sentence.text, comp)
    matches = _triggers(tokens, comp)
    if not matches and not leads:
        return []  # most sentences: no names, clauses or dates to look at
    s = _prepare(article, sentence, mentions.get(sentence.index, []), tokens, comp)
    s.offsets = _offsets(s, matches)
    told: list[_Told] = []
    for match in matches:
        if _inside_name(s, match):
            continue
        found = _event(s, match, paragraph_dates)
        if found is not None:
            told.append(found)
    told = _date_anchors(told, s.article.published, _main_clause_dates(s))
    _deny(s, told)
    kept = _without_echoes([(t.event, t.reading.kind) for t in told])
    if leads:
        found = _lead(s, kept, matches, paragraph_dates)
        if found is not None and found.event not in kept:
            told.append(found)
            kept = sorted([*kept, found.event], key=lambda e: e.trigger.start)
    pending.extend(
        (t.event, t.dating.anchor)
        for t in told
        if t.dating.anchor and any(t.event is k for k in kept)
    )
    return kept


def _lead(
    s: _Sentence,
    kept: Sequence[EventMention],
    matches: Sequence[_Match],
    paragraph_dates: Sequence[tuple[str, str]],
) -> _Told | None:
    """Marks the lead event among ``kept`` (see :mod:`.lead`); when there is none, the
    generic happening at the predicate, marked, for the caller to add. A predicate the
    lexicon knows as a trigger was judged there: dropped as a plan or inside a name, it
    leads nothing ("meets Sokolov tomorrow" is no happening either)."""
    anchors = predicate(s)
    # "Thurman has accused Weinstein of …", "the ministry denied …": a lead whose speech
    # verb is itself an event tells that statement, not what it reports
    said = [e for e in kept if _is_cue(s, e)]
    chosen = said[0] if said else lead_of(s, kept, anchors)
    if chosen is not None:
        chosen.lead = not chosen.negated
        if chosen.lead:
            _filed_lead(s, chosen)
        return None
    if anchors is None or any(set(anchors) & set(m.anchors) for m in matches):
        return None
    found = _event(s, happening_match(anchors), paragraph_dates)
    if found is None or found.event.negated or found.dating.future:
        return None  # a plan ("will launch", "opens next week"), or what did not happen
    found.event.lead = True
    _filed_lead(s, found.event)
    return found


def _names_a_place_besides_institutions(s: _Sentence) -> bool:
    """``_names_a_place`` where an institution named after its seat is no place named: "in a
    letter to Congress" says where the letter went, not where the lead happened."""
    institutions = frozenset(lang.get(s.article.language).organisation_names)
    return _names_a_place(s, lambda text: text.casefold().removeprefix("the ") in institutions)


def _filed_lead(s: _Sentence, event: EventMention) -> None:
    """A lead that names no place happened where the story was filed: the dateline opening
    the article ("WASHINGTON (Reuters) - …") is the lead's place even when the lead is a later
    sentence of the opening (news puts the dateline on the first body sentence, and the lead
    may follow a fronted quote or a summary line). A caption's place never is."""
    if event.places or _names_a_place_besides_institutions(s):
        return
    used = {*event.actors, *event.targets}
    dateline = next(
        (
            m
            for m in s.article.mentions
            if m.role == "dateline"
            and m.type == "place"
            and m.start <= s.sentence.start
            and m.local not in used
        ),
        None,
    )
    if dateline is not None:
        event.places = [dateline.local]


def _is_cue(s: _Sentence, event: EventMention) -> bool:
    """Whether an event's trigger is the cue of one of the sentence's attributions."""
    return any(
        a.cue.start < event.trigger.end and event.trigger.start < a.cue.end
        for a in s.sentence.attributions
    )


def _main_clause_dates(s: _Sentence) -> list[DateRef]:
    """The sentence's resolved date expressions outside every offset and its anchor ("On
    June 6, three days after the election, …" → June 6), for anchors with no main event."""
    return [
        d
        for d in evidence_dates(s.article, s.sentence)
        if d.value and not any(o.start <= d.start < o.end for o in s.offsets)
    ]


def _date_anchors(
    told: list[_Told], published: str | None, clause_dates: Sequence[DateRef] = ()
) -> list[_Told]:
    """Dates an anchor event from its main clause, the other way round: "named Sweis on
    Friday, three days after Haddad stepped down" puts the resignation three days before
    Friday ("two days before the summit" two days after the main clause's date). The main
    clause's event is the nearest event of the sentence outside the offset, told as having
    happened and dated by a date expression of the sentence other than this offset; a date
    only borrowed (from the paragraph, or from an event elsewhere in the article) or the
    publication bound dates no anchor. When no event of the sentence is so dated, a date
    expression of the sentence outside the offset is the main clause's ("On June 6, three
    days after the election, Brenner wrote …": writing is no event, June 6 its day). A result
    after publication makes the anchor a plan: an event noun or a present form is dropped, a
    past verb stays undated."""
    kept = []
    for told_ in told:
        offset = told_.dating.inside
        event = told_.event
        if offset is None or event.date is not None:
            kept.append(told_)
            continue
        mains = [
            other.event
            for other in told
            if other.event.date
            and other.event.date_source == "sentence"
            and other.dating.counted is not offset
            and other.dating.inside is None
            and not other.event.negated
            and not offset.start <= other.event.trigger.start < offset.end
        ]
        if mains:
            main = min(
                mains,
                key=lambda o: (
                    max(offset.start - o.trigger.end, o.trigger.start - offset.end, 0),
                    o.trigger.start > offset.start,
                ),
            )
            main_date = main.date
        elif clause_dates:
            main_date = min(
                clause_dates,
                key=lambda d: max(offset.start - d.end, d.start - offset.end, 0),
            ).value
        else:
            kept.append(told_)
            continue
        if main_date is None:
            kept.append(told_)
            continue
        value = shift_value(main_date, -offset.sign, offset.count, offset.unit)
        if value is None:
            kept.append(told_)
        elif not _after_publication(value, published):
            event.date, event.date_text, event.date_source = value, offset.text, "sentence"
            event.not_after = None
            kept.append(told_)
        elif told_.reading.kind != "noun" and not told_.reading.present:
            kept.append(told_)
    return kept


def _without_echoes(told: Sequence[tuple[EventMention, str]]) -> list[EventMention]:
    """ "Protesters rallied in Tehran", "stepped down …, the agency that reported the
    resignation", "الاتفاق … الاتفاق": an event noun in a sentence that already tells an
    event of its type is an echo of it, unless it names a participant the other does not."""
    # Verbs first: a noun echoes a verb wherever it stands, and an earlier noun of its type.
    ordered = sorted(told, key=lambda pair: pair[1] != "verb")
    kept: list[EventMention] = []
    for event, kind in ordered:
        if kind == "noun" and any(
            other.type == event.type
            and set(event.actors) <= set(other.actors)
            and set(event.targets) <= set(other.targets)
            for other in kept
        ):
            continue
        kept.append(event)
    return sorted(kept, key=lambda e: e.trigger.start)


def _event(s: _Sentence, match: _Match, paragraph_dates: Sequence[tuple[str, str]]) -> _Told | None:
    """The event a trigger tells, how it reads (verb or noun …); None when unreal."""
    type_id = match.entry.type or ""
    etype = EVENT_TYPES[type_id]
    clause = _clause(s, match.first, match.last)
    reading = _read(s, match, clause[:2])
    if reading.status == "unreal":
        return None
    base = s.sentence.start
    start, end = base + s.tokens[match.first].start, base + s.tokens[reading.last].end
    dating = _date(s, start, end, paragraph_dates)
    if dating.future and (reading.kind == "noun" or reading.present):
        return None  # "the elections next year", "يلتقي الرئيس غدا": planned, not happened
    roles_ = _participants(s, match, reading, etype, clause)
    actors = _unique(n.mention.local for n in roles_.actors)
    targets = [t for t in _unique(n.mention.local for n in roles_.targets) if t not in actors]
    event = EventMention(
        sentence=s.sentence.index,
        type=type_id,
        trigger=TextSpan(s.article.text[start:end], start, end),
        actors=actors,
        targets=targets,
        places=_places(s, clause, {*actors, *targets}),
        date=dating.date,
        date_text=dating.text,
        date_source=dating.source,
        not_after=s.article.published if dating.source == "published" else None,
        negated=reading.status == "negated",
        hedged=s.sentence.hedged,
        additive=_additive(s, clause),
    )
    return _Told(event, match, reading, dating)


def _additive(s: _Sentence, clause: tuple[int, int, int]) -> bool:
    """Whether an additive word stands in the trigger's clause ("Michelle Obama also met",
    "سارا احمدی نیز با … دیدار کرد", "والتقت نادية سويس أيضا …"; see
    ``EventLexicon.additives``)."""
    start, end, _boundary = clause
    return any(s.is_(i, "additives") for i in range(start, end + 1))
