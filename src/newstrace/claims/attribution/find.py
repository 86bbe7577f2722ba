"""The attribution finder: cues, sources and contents of one sentence, as records."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ...nlp.clauses import COMMAS
from ...nlp.phrases import fold_phrase
from ...nlp.quotes import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTES, in_quotes
from .compiled import _span
from .cues import _Cue, _cues
from .nouns import _ends_phrase, _np_right
from .records import Attribution, EntitySpan, Span
from .relations import (
    _analyse,
    _asked_clause,
    _contents,
    _cue_phrase,
    _Found,
    _is_belief,
    _is_finding,
    _names_speaker,
    _reports_here,
    _reports_view,
)
from .sentence import _prepare, _Sentence
from .tables import NOT_SPEAKERS, PASSIVE_REPORTS, POSSESSIVE, VERB_PREPOSITIONS


def _is_nested(s: _Sentence, item: _Found, found: list[_Found]) -> bool:
    position = s.tokens[item.cue.first].start
    if in_quotes(position, s.quotes):
        return True
    return any(
        other is not item
        and other.content is not None
        and other.content[0] <= position < other.content[1]
        and not in_quotes(s.tokens[other.cue.first].start, s.quotes)
        for other in found
    )


def _widen_to_entity(source: Span, entities: Sequence[EntitySpan], text: str) -> Span:
    """A source that overlaps a named entity covers the whole name ("Pat Caddell")."""
    start, end, _ = source
    for e_start, e_end, _type in entities:
        if e_start < end and e_end > start:
            start, end = min(start, e_start), max(end, e_end)
    # A name found with its quotation marks or a full stop ("«بيلد»."): the source is the
    # name's words.
    quotes = "".join((*OPEN_QUOTES, *CLOSE_QUOTES, *STRAIGHT_QUOTES))
    # A full stop only after a closing quotation mark: "The U.S." and "Rep." keep theirs.
    while end > start and (
        text[end - 1] in ",،:;؛ " or (text[end - 1] == "." and text[end - 2 : end - 1] in quotes)
    ):
        end -= 1
    while end - start > 2 and text[start] in quotes and text[end - 1] in quotes:
        start, end = start + 1, end - 1  # "«بيلد»" is the name بيلد
    # A quotation mark left alone at an edge ("بيلد»"); "مدير «تحريات»" keeps its pair.
    if (
        end > start
        and text[end - 1] in quotes
        and not any(q in text[start : end - 1] for q in quotes)
    ):
        end -= 1
    if (
        end > start
        and text[start] in quotes
        and not any(q in text[start + 1 : end] for q in quotes)
    ):
        start += 1
    return _span(text, start, end)


def _is_anonymous(s: _Sentence, source: Span | None, cue: _Cue) -> bool:
    """An unnamed source: "sources", "مصادر", "officials who asked not to be named"."""
    if source is None:
        return False
    words = {t.low for t in s.tokens if source[0] <= t.start < source[1]}
    if s.lex.head_initial:
        # Only the head says who speaks: "منابع آگاه" (informed sources) is anonymous, "معاون
        # توسعه مدیریت و منابع" (the deputy for resources) and "این مسئول" (this official,
        # named before) are not.
        head = next((t for t in s.tokens if source[0] <= t.start < source[1] and t.word), None)
        words = {head.low} if head is not None else set()
    folded_source = fold_phrase(source[2])
    if words & s.comp.words["anonymous"] or any(
        " " in phrase and phrase in folded_source for phrase in s.comp.words["anonymous"]
    ):
        # A name inside the source identifies it after all ("White House aide Jane Doe").
        return not _has_name(s, source)
    window_end = max(source[1], s.tokens[cue.last].end) + 60
    window = s.text[source[0] : window_end]
    return bool(s.comp.anonymity and s.comp.anonymity.search(fold_phrase(window)))


def _has_name(s: _Sentence, source: Span) -> bool:
    """Two capitalised words in a row past the first look like a person's name."""
    if not s.lex.cased:
        return False
    inside = [t for t in s.tokens if source[0] <= t.start < source[1] and t.word]
    return any(a.text[:1].isupper() and b.text[:1].isupper() for a, b in pairwise(inside[1:]))


def _is_publisher(s: _Sentence, source: Span | None) -> bool:
    if source is None:
        return False
    folded_source = f" {fold_phrase(source[2])} "
    return any(f" {noun} " in folded_source for noun in s.comp.words["publishers"])


def find_attributions(
    text: str, language: str, entities: Sequence[EntitySpan] = ()
) -> list[Attribution]:
    """Attribution relations of one sentence, in text order; [] for an unsupported language.

    ``entities`` are (start, end, type) spans of named entities in ``text``; a source that
    overlaps one is widened to the whole name.
    """
    s = _prepare(text, language, entities)
    if s is None:
        return []
    found: list[_Found] = []
    cues = _cues(s)
    for cue in cues + _colon_cue(s, cues) + _dash_cue(s):
        found.append(_analyse(s, cue, found))
    found = [item for item in found if _keep(s, item, found)]
    found.sort(key=lambda f: f.cue.first)
    _link_chains(s, found)
    _contents(s, found)
    for item in found:
        if item.relayed_by is not None:
            item.content = item.relayed_by.content  # A told B what B then reported
    results: list[Attribution] = []
    for item in found:
        results.extend(_records(s, item, found, entities))
    return results


def _link_chains(s: _Sentence, found: list[_Found]) -> None:
    """'Two sources told Reuters, which reported that …': the relative pronoun that reports
    is the listener, so the second relation's source becomes the outlet itself."""
    for item in found:
        outlet = item.extra_publisher
        if outlet is None:
            continue
        for later in found:
            if later.source is None or later.source[0] != later.source[1]:
                continue
            gap = later.source[0] - outlet[1]
            between = [s.tokens[i].text for i in range(outlet[1] + 1, later.source[0])]
            if (
                gap in (1, 2)
                and all(t in COMMAS for t in between)
                and s.has(later.source[0], "relatives")
            ):
                later.source = outlet
                later.relays = True
                item.relayed_by = later
                item.extra_publisher = None
                item.clause_first = None
                break


def _keep(s: _Sentence, item: _Found, found: list[_Found]) -> bool:
    """Drop a cue inside another relation's source ("a poll released last week") and, in
    English, a finite verb with no subject: without one it is a participle modifying a noun
    ("a message posted Friday"), not a report."""
    cue = item.cue
    for other in found:
        if other is not item and other.source and other.source[0] <= cue.first <= other.source[1]:
            return False
    if not _reports_view(s, item) or not _reports_here(s, item):
        return False
    if _cites_a_reason(s, item) or _reduced_relative(s, item):
        return False
    if _label_subject(s, item):
        return False
    if cue.closing and item.source is None:
        return False
    if (
        cue.kind == "after"
        and _cue_phrase(s, cue) in s.comp.words["loose_source_after"]
        and not _names_speaker(s, item)
    ):
        return False  # "وفق الخطة", "بحسب السن": in accordance with, depending on
    # A passive with no agent still reports ("it was reported that", "he was asked"), but
    # only for verbs of saying; "the chance was denied" reports nothing.
    reporting_passive = (
        cue.passive and s.tokens[cue.first].low in PASSIVE_REPORTS
    ) or _asked_clause(s, cue)
    if s.lex.language == "en" and cue.kind == "verb" and item.source is None:
        return reporting_passive
    # "according to a poll released Monday": the verb modifies the source of another cue.
    return not any(
        other.cue.kind == "after"
        and other.source
        and item.source
        and other.source[0] <= item.source[1]
        and item.source[0] <= other.source[1]
        and other.cue.first < cue.first
        for other in found
    )


def _label_subject(s: _Sentence, item: _Found) -> bool:
    """'Q: Comparing the two reactions, …': the only subject of the verb is a label before a
    colon (an interview label, a credit), which is no speaker."""
    source = item.source
    if source is None or item.source_right or source[1] + 1 >= len(s.tokens):
        return False
    words = [s.tokens[i] for i in range(source[0], source[1] + 1) if s.tokens[i].word]
    return (
        bool(words)
        and all(t.low in NOT_SPEAKERS for t in words)
        and s.tokens[source[1] + 1].text == ":"
    )


def _reduced_relative(s: _Sentence, item: _Found) -> bool:
    """'the harsh things said about him': a past participle right after a common noun, then
    "about", modifies the noun (a reduced relative clause); the noun said nothing and
    nothing is reported here."""
    cue, source = item.cue, item.source
    if s.lex.language != "en" or cue.kind != "verb" or cue.passive or source is None:
        return False
    if item.source_right or source[1] != cue.first - 1 or cue.first != cue.last:
        return False
    after = cue.last + 1
    if after + 1 >= len(s.tokens) or s.tokens[after].low not in VERB_PREPOSITIONS:
        return False
    if s.has(after, "agents"):
        # "the proposals suggested by the experts": the agent said it (PolNeAR counts it).
        return False
    following = s.tokens[after + 1]
    if following.text[:1].isdigit() or s.has(after + 1, "quantities"):
        return False  # "the officials said about 40 people died": a clause follows
    word = s.tokens[cue.first].low
    return (
        (word.endswith("ed") or word in PASSIVE_REPORTS)
        and s.tokens[source[1]].text[:1].islower()
        and not s.has(source[1], "pronouns")
        and not s.has(source[1], "relatives")
    )


def _cites_a_reason(s: _Sentence, item: _Found) -> bool:
    """'…, citing security concerns', '…, citing party leaders' promise': the object of a
    ``cite`` verb is a reason (its head noun, or the noun a possessive gives it), so no one
    is quoted."""
    if not item.source_right or item.source is None or not s.has(item.cue.first, "cite"):
        return False
    words = [i for i in range(item.source[0], item.source[1] + 1) if s.tokens[i].word]
    link = next((n for n, i in enumerate(words) if n and s.has(i, "links")), len(words))
    head = words[link - 1] if link else None
    after = item.source[1] + 1
    if after < len(s.tokens) and s.tokens[after].text in ("’", "'", *POSSESSIVE):
        head = after + 1  # "party leaders' promise": the possessed noun
    return head is not None and (s.has(head, "cite_reasons") or s.has(head, "not_agents"))


def _records(
    s: _Sentence, item: _Found, found: list[_Found], entities: Sequence[EntitySpan]
) -> list[Attribution]:
    cue = s.char_span(item.cue.first, item.cue.last)
    source = s.char_span(*item.source) if item.source else None
    if source is not None and item.source_skip:
        source = _span(s.text, source[0] + item.source_skip, source[1])  # "لوكالة" -> "وكالة"
    if source is not None and entities:
        source = _widen_to_entity(source, entities, s.text)
    content = _span(s.text, *item.content) if item.content else None
    quote = content is not None and any(
        start < content[1] and end > content[0] for start, end in s.quotes
    )
    nested = _is_nested(s, item, found)
    finding = _is_finding(s, item)
    belief = not finding and _is_belief(s, item)
    records = [
        Attribution(
            cue=cue,
            source=source,
            content=content,
            anonymous=_is_anonymous(s, source, item.cue),
            publisher=item.relays or _is_publisher(s, source),
            quote=quote,
            nested=nested,
            belief=belief,
            finding=finding,
        )
    ]
    if item.extra_publisher is not None:
        outlet = s.char_span(*item.extra_publisher)
        prefix = next((p for p in s.lex.listener_prefixes if outlet[2].startswith(p)), "")
        if prefix and item.source_right:
            outlet = _span(s.text, outlet[0] + len(prefix), outlet[1])  # "لوكالة" -> "وكالة"
        if entities:
            outlet = _widen_to_entity(outlet, entities, s.text)
        if _is_publisher(s, outlet) or _named_outlet(s, outlet, entities):
            records.append(
                Attribution(cue, outlet, content, False, True, quote, nested, belief, finding)
            )
    return records


def _named_outlet(s: _Sentence, outlet: Span, entities: Sequence[EntitySpan]) -> bool:
    """A listener that is an organisation by name ("told Reuters", "told The Post")."""
    return any(
        start <= outlet[0] and outlet[1] <= end and kind in ("organization", "outlet", "ORG", "org")
        for start, end, kind in entities
    )


def _colon_cue(s: _Sentence, cues: list[_Cue]) -> list[_Cue]:
    """A headline "Name: what they said" — a short name before a colon opens the sentence."""
    colon = next((i for i, t in enumerate(s.tokens[:8]) if t.text in (":", "：")), None)
    if colon is None or colon == 0 or colon + 3 >= len(s.tokens):
        return []
    if any(cue.first < colon for cue in cues):
        return []  # "The minister added: …" has its verb
    first = 0
    while first < colon and s.tokens[first].text in OPEN_QUOTES + STRAIGHT_QUOTES:
        first += 1  # a transcript line: '"PENCE: And that’s why …'
    words = s.tokens[first:colon]
    if not words:
        return []
    if not all(t.word or t.text in (".", "-", "’s") for t in words):
        return []
    if s.lex.cased and not all(t.text[:1].isupper() for t in words if t.word):
        return []
    if not s.lex.cased and (first, colon - 1) not in s.people:
        # Without capitals nothing tells a name from a dateline, a byline or a label
        # ("سبق- الدمام:", "رابط الخبر:", "الركيزة الثانية:"): only a person's name found
        # by the entity stage, and nothing else, is a speaker.
        return []
    if any(t.low in NOT_SPEAKERS for t in words) or any(
        s.has(i, "stops") for i in range(first, colon)
    ):
        return []
    if s.lex.colon_quote and not (
        (first, colon - 1) in s.names
        and colon + 1 < len(s.tokens)
        and s.tokens[colon + 1].text in OPEN_QUOTES + STRAIGHT_QUOTES
    ):
        return []  # a label ("داور:", "دقیقه 7:"), not a speaker
    return [_Cue(colon, colon, "colon", speaker=first)]


def _dash_cue(s: _Sentence) -> list[_Cue]:
    """'“…” ― Christina Lastra': a dash after a quotation, then the speaker's name."""
    for _start, end in s.quotes:
        dash = next((i for i, t in enumerate(s.tokens) if t.start >= end), None)
        if dash is None or s.tokens[dash].text not in ("―", "—", "–", "--"):
            continue
        if not s.text[end : s.tokens[dash].start].isspace():
            continue  # “moan”-worthy: a hyphen glued to the quotation
        name = _np_right(s, dash + 1)
        if name is not None and _ends_phrase(s, name[1] + 1):
            return [_Cue(dash, dash, "dash")]
    return []
