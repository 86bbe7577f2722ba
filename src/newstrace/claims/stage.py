"""The claims stage: what kind of statement each sentence is, and whom it cites.

A per-article stage (a pure function of one article, after entities): every sentence gets

* ``kind``: ``other`` for headlines, captions, bylines and boilerplate; ``attributed`` when it
  reports what a source says (named, anonymous or quoted) or how a party responded;
  ``opinion`` when the author's own sentence is subjective (the subjectivity model, only in
  a language it was trained on and tells the classes apart in, see
  ``subjectivity.evidence_languages``) or says so outright ("in our view", "به نظر ما");
  else ``report``;
* ``attributions`` with cue, source and content spans, and the article-local entity of each
  source, which becomes ``cites`` once entities are resolved across articles;
* ``beliefs``: relations shaped like attributions whose cue tells a state of mind or a stance
  ("believes", "wants", "expects", "decided to", "calls for", "pledged to"), not a statement.
  They never make a sentence ``attributed`` and their holder is not among ``cites``: "The
  ministry wants X" is the outlet's report about the ministry, not a claim the ministry made;
  where the holder voiced the view, the text says so with a verb of saying;
* ``findings``: the same for what a document, a poll or a record shows ("the poll shows",
  "records show"): the outlet's reading of a document, not a statement;
* ``hedges`` and ``hedged``; ``responses`` (confirmed, denied, declined, no comment) with the
  responding party; ``subjectivity``.

Sources are tied to entities found by the entity stage: the entity inside the source span; for
"he said" or a bare "added", the source of the attribution just before (else the last person
named); for "the ministry", the article's organisation whose name holds that word. Unnamed
sources ("diplomatic sources") become one anonymous-source entity per article, which the
cross-article resolution never merges with another article's. Phrases about a source's funding,
ownership or affiliation become notes on that source's entity.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import lang
from ..lang.fold import fold
from ..models import (
    Article,
    Attribution,
    EntityMention,
    LocalNote,
    Sentence,
    SentenceResponse,
    TextSpan,
)
from ..nlp import roles
from . import attribution as attr
from . import reliability, subjectivity

# How many sentences back "he said" / "وأضاف" may reach for the source it continues.
_CARRY_SENTENCES = 3
# Pronouns that continue the last source ("he said"), in every language at once.
_PRONOUNS = frozenset(fold(w) for w in lang.union("pronouns"))
_ANONYMOUS_CONFIDENCE = 0.5  # also for sources named only by the sentence's structure
_WORD = re.compile(r"\w+")
_HEAD_END = re.compile(r"\s*[,،;(]")
_GENERIC_STOP = frozenset(fold(w) for w in lang.union("source_key_stops"))


@dataclass(slots=True)
class _State:
    """What the stage remembers while reading an article from top to bottom."""

    next_local: int
    anonymous_local: int | None = None
    last_source: tuple[int, int] | None = None  # (sentence index, local)
    last_person: int | None = None
    new_mentions: list[EntityMention] = field(default_factory=list)
    named: dict[str, int] = field(default_factory=dict)  # folded source name -> local
    opinion_evidence: bool = False  # the language's subjectivity model may make an opinion


def analyse_claims(article: Article) -> Article:
    """Fill the claim fields of every sentence of ``article`` (see the module docstring)."""
    language = article.language
    by_sentence: dict[int, list[EntityMention]] = defaultdict(list)
    for mention in article.mentions:
        by_sentence[mention.sentence].append(mention)
    state = _State(next_local=max((m.local for m in article.mentions), default=-1) + 1)
    # Only a model trained on the language is evidence of opinion. The zero-shot multilingual
    # model classes most neutral news as opinion: 80% of the Russian PUD sentences, 62% of
    # the Spanish, 47% of the French, and on the labelled Ukrainian test set its SUBJ
    # precision (0.27) is the base rate. Without a model, no score: opinion only on the
    # pack's explicit markers.
    own_model = language in subjectivity.available_languages()
    state.opinion_evidence = language in subjectivity.evidence_languages()
    texts = [s.text for s in article.sentences]
    scores = subjectivity.subjectivity(texts, language) if own_model else [0.0] * len(texts)
    for sentence, score in zip(article.sentences, scores, strict=True):
        mentions = sorted(by_sentence.get(sentence.index, []), key=lambda m: m.start)
        sentence.subjectivity = round(score, 3) if own_model else None
        _read_sentence(article, sentence, mentions, state)
        for mention in mentions:
            if mention.type == "person":
                state.last_person = mention.local
    article.mentions.extend(state.new_mentions)
    article.mentions.sort(key=lambda m: (m.start, m.end))
    return article


def _read_sentence(
    article: Article, sentence: Sentence, mentions: list[EntityMention], state: _State
) -> None:
    language = article.language or ""
    spans = [(m.start - sentence.start, m.end - sentence.start, m.type) for m in mentions]
    sentence.hedges = [
        _text_span(sentence, h.span) for h in attr.find_hedges(sentence.text, language)
    ]
    sentence.hedged = bool(sentence.hedges)
    if _framing(sentence, article):
        sentence.kind = "other"
        return
    opinions = attr.find_opinion_markers(sentence.text, language)
    for found in attr.find_attributions(sentence.text, language, spans):
        if any(_overlaps(found.cue, marker) for marker in opinions):
            continue  # "we believe", "selon nous": the author speaking, not a source
        local = _source_local(found.source, found.anonymous, sentence, mentions, article, state)
        # A belief ("the ministry wants …", "X believes …") and what a document shows ("the
        # poll shows …") go apart from what was said.
        target = sentence.attributions
        if found.belief:
            target = sentence.beliefs
        elif found.finding:
            target = sentence.findings
        target.append(
            Attribution(
                cue=_text_span(sentence, found.cue),
                source=_text_span(sentence, found.source) if found.source else None,
                content=_text_span(sentence, found.content) if found.content else None,
                anonymous=found.anonymous,
                publisher=found.publisher,
                quote=found.quote,
                nested=found.nested,
                local=local,
            )
        )
        if local is not None and not found.nested:
            state.last_source = (sentence.index, local)
    for response in attr.find_responses(sentence.text, language, spans):
        # A response with no party named is not carried over from the last source: "declined
        # to comment" after a quote from Levant Wire is not Levant Wire declining.
        local = (
            _source_local(response.party, False, sentence, mentions, article, state)
            if response.party is not None
            else None
        )
        sentence.responses.append(
            SentenceResponse(
                stance=response.stance,
                cue=_text_span(sentence, response.cue),
                party=_text_span(sentence, response.party) if response.party else None,
                local=local,
            )
        )
    _add_notes(article, sentence, mentions)
    own = [a for a in sentence.attributions if not a.nested]
    if own or sentence.responses:
        # "The ministry declined to comment" reports what the ministry (did not) say.
        sentence.kind = "attributed"
    elif opinions or (
        state.opinion_evidence
        and sentence.subjectivity is not None
        and sentence.subjectivity >= subjectivity.SUBJECTIVE_THRESHOLD
    ):
        sentence.kind = "opinion"
    else:
        sentence.kind = "report"


def _overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _framing(sentence: Sentence, article: Article) -> bool:
    """A headline, caption, byline or boilerplate line: not a statement of the article."""
    text = sentence.text.strip()
    if roles.is_caption(text) or roles.is_byline(text) or roles.is_boilerplate(text):
        return True
    if roles.is_furniture(text):
        return True
    title = (article.title or "").strip().casefold()
    return bool(title) and text.lstrip("# ").casefold() == title


def _text_span(sentence: Sentence, span: tuple[int, int, str]) -> TextSpan:
    start, end, text = span
    return TextSpan(text, sentence.start + start, sentence.start + end)


def _source_local(
    span: tuple[int, int, str] | None,
    anonymous: bool,
    sentence: Sentence,
    mentions: Sequence[EntityMention],
    article: Article,
    state: _State,
) -> int | None:
    """The article-local entity a source span stands for (see the module docstring)."""
    if anonymous:
        return _anonymous_local(span, sentence, state)
    if span is None or _is_pronoun(span[2]) or _this_outlet(span[2], article.language):
        return _carried_source(sentence, state)
    # The head of a source is its first part, before an apposition or a relative clause:
    # "Jana Petersen of the Initiative …" is Jana Petersen, and "The ministry, which Reuters
    # said …" is the ministry, not Reuters.
    head = _HEAD_END.split(span[2], maxsplit=1)[0]
    start, end = sentence.start + span[0], sentence.start + span[0] + len(head)
    inside = [m for m in mentions if m.start < end and start < m.end and m.type != "place"]
    if not inside and _place_body(head, start, mentions):
        return _named_source(head, start, sentence, article.language, state)
    inside = inside or [m for m in mentions if m.start < end and start < m.end]
    if inside:
        return min(inside, key=lambda m: (m.start, -m.end)).local
    found = _generic_source(head, article)
    if found is None:
        found = _named_source(head, start, sentence, article.language, state)
    return found


# Head words of official bodies and organisations: a source span holding one names an
# organisation even where the NER model found nothing ("وزارة الداخلية", "Die Polizei").
_ORG_WORDS = frozenset(fold(w) for w in lang.union("official_heads"))
_DETERMINERS = lang.union("articles")
_ARTICLE_PREFIXES = tuple(sorted(lang.union("article_prefixes")))
_MAX_NAME_WORDS = 6


def _place_body(head: str, start: int, mentions: Sequence[EntityMention]) -> bool:
    """A source head that is a place and an official body's head word ("Ulmen police",
    "Kabul police"): the body of that place speaks, not the place, whatever the name
    finder typed the words before the body word. A country's body ("Egypt's government")
    speaks for the state, which the place stands for."""
    places = [m for m in mentions if start <= m.start and m.end <= start + len(head)]
    if not places or any(m.type != "place" or _state(m) for m in places):
        return False
    rest = head[max(m.end for m in places) - start :]
    return any(fold(w) in _ORG_WORDS for w in _WORD.findall(rest))


def _state(mention: EntityMention) -> bool:
    return (mention.place or "").startswith("country:")


def _compound_name(word: str) -> bool:
    """One word that names a body by itself: a compound longer than its head word
    ("Stadtentwicklungsbehörde"), not the bare head ("Behörde", "الوزارة")."""
    return any(w in word and len(word) >= len(w) + 4 for w in _ORG_WORDS) and not any(
        word in (w, "ال" + w) for w in _ORG_WORDS
    )


def _named_source(
    head: str, start: int, sentence: Sentence, language: str | None, state: _State
) -> int | None:
    """A source the entity stage missed but the text names ("Amnesty International",
    "وزارة الداخلية", "Die Stadtentwicklungsbehörde") becomes an entity of its own, so the
    sentence can cite it; one per name per article."""
    words = list(re.finditer(r"\S+", head))
    while words and words[0].group().casefold() in _DETERMINERS:
        words.pop(0)
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    folded = fold(head)
    organisation = any(w in folded for w in _ORG_WORDS)
    claims = lang.get(language).claims
    if claims is not None and claims.head_initial:
        # A head-first phrase names a body only when the body word is its head ("سازمان
        # محیط زیست"); "قائم مقام سازمان محیط زیست" is a person, "مسئولان این شرکت" people.
        organisation = fold(words[0].group()) in _ORG_WORDS
    capitals = sum(w.group()[:1].isupper() for w in words)
    if not organisation and (lang.get(language).script == "arabic" or capitals < 2):
        return None
    if len(words) == 1 and not _compound_name(fold(words[0].group())):
        return None  # "the agency", "وكالة", "Die Polizei": a kind of body, not a name
    text = head[words[0].start() : words[-1].end()].strip(" ,.;:")
    key = fold(text)
    if key not in state.named:
        state.named[key] = state.next_local
        state.next_local += 1
    begin = start + words[0].start()
    if any(m.start == begin and m.end == begin + len(text) for m in state.new_mentions):
        return state.named[key]  # the same words read as a source and as a responding party
    state.new_mentions.append(
        EntityMention(
            sentence=sentence.index, start=begin, end=begin + len(text), text=text,
            type="organization" if organisation else "other", source="pattern",
            confidence=_ANONYMOUS_CONFIDENCE, local=state.named[key],
        )
    )  # fmt: skip
    return state.named[key]


def _this_outlet(text: str, language: str | None) -> bool:
    """'این خبرگزاری نوشته است' (this agency wrote): a demonstrative before a publisher noun
    points back to the outlet last cited, as a pronoun does. Head-first packs list only
    demonstratives as determiners."""
    claims = lang.get(language).claims
    if claims is None or not claims.head_initial:
        return False
    words = _WORD.findall(fold(text))
    return (
        len(words) == 2
        and words[0] in {fold(w) for w in claims.determiners}
        and words[1] in {fold(w) for w in claims.publishers}
    )


def _is_pronoun(text: str) -> bool:
    words = _WORD.findall(fold(text))
    return len(words) == 1 and words[0] in _PRONOUNS


def _carried_source(sentence: Sentence, state: _State) -> int | None:
    if state.last_source and sentence.index - state.last_source[0] <= _CARRY_SENTENCES:
        return state.last_source[1]
    return state.last_person


def _generic_source(text: str, article: Article) -> int | None:
    """ "the ministry" → the article's organisation named with that word ("Ministry of Water");
    only when exactly one such organisation is named, rather than guess."""
    words = _content_words(text)
    if not words or len(words) > 3:
        return None
    head = words[-1]
    candidates = {
        m.local
        for m in article.mentions
        if m.type in ("organization", "outlet") and head in _content_words(m.text)
    }
    return candidates.pop() if len(candidates) == 1 else None


def _content_words(text: str) -> list[str]:
    """Folded words without articles; Arabic "الوزارة" and "وزارة المياه" share "وزاره"."""
    words = []
    for word in _WORD.findall(fold(text)):
        if word.startswith(_ARTICLE_PREFIXES) and len(word) > 4:
            word = word[2:]
        if word not in _GENERIC_STOP and len(word) > 2:
            words.append(word)
    return words


def _anonymous_local(span: tuple[int, int, str] | None, sentence: Sentence, state: _State) -> int:
    if state.anonymous_local is None:
        state.anonymous_local = state.next_local
        state.next_local += 1
    if span is not None:
        state.new_mentions.append(
            EntityMention(
                sentence=sentence.index,
                start=sentence.start + span[0],
                end=sentence.start + span[1],
                text=span[2],
                type="other",
                source="pattern",
                confidence=_ANONYMOUS_CONFIDENCE,
                local=state.anonymous_local,
                anonymous=True,
            )
        )
    return state.anonymous_local


def _add_notes(article: Article, sentence: Sentence, mentions: Sequence[EntityMention]) -> None:
    descriptions = reliability.find_descriptions(sentence.text, article.language)
    if not descriptions:
        return
    spans = [(m.start - sentence.start, m.end - sentence.start, m.type) for m in mentions]
    for description in descriptions:
        chosen = reliability.described_entity(description, sentence.text, spans)
        if chosen is None:
            continue
        article.notes.append(
            LocalNote(
                local=mentions[chosen].local,
                sentence=sentence.index,
                kind=description.kind,
                text=description.text,
                start=sentence.start + description.start,
                end=sentence.start + description.end,
            )
        )
