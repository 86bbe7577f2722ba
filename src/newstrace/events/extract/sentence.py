"""One sentence, prepared once: tokens, entity names, attribution spans, dateline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...dates.offsets import shift_value
from ...lang import EventLexicon
from ...models import Article, DateRef, EntityMention, Sentence, TextSpan
from ...nlp import roles
from ...nlp.tokens import WordToken, word_tokens
from .compiled import _Compiled


@dataclass(frozen=True, slots=True)
class _Name:
    """An entity mention of the sentence, with the tokens it covers."""

    mention: EntityMention
    first: int
    last: int


@dataclass(slots=True)
class _Sentence:
    article: Article
    sentence: Sentence
    comp: _Compiled
    tokens: list[WordToken]
    names: list[_Name]
    sources: list[tuple[int, int]]  # attribution source spans (sentence offsets)
    contents: list[tuple[int, int]]  # attribution content spans (sentence offsets)
    opening: int  # first token after a dateline ("AMMAN (Desert Ledger) -"), else 0
    offsets: list[_Offset] = field(default_factory=list)  # "three days after the election"

    @property
    def lex(self) -> EventLexicon:
        return self.comp.lex

    def is_(self, index: int, group: str) -> bool:
        """Whether token ``index`` is in the lexicon word list ``group``."""
        return 0 <= index < len(self.tokens) and self.comp.words[group].has(self.tokens[index].text)

    def name_at(self, index: int) -> _Name | None:
        return next((n for n in self.names if n.first == index), None)


def _tokens(text: str, comp: _Compiled) -> list[WordToken]:
    """The words and punctuation of a sentence, folded, with offsets into its text."""
    return word_tokens(text, comp.arabic_script, comp.clitics)


def _prepare(
    article: Article,
    sentence: Sentence,
    mentions: Sequence[EntityMention],
    tokens: list[WordToken],
    comp: _Compiled,
) -> _Sentence:
    names = []
    for mention in mentions:
        start, end = mention.start - sentence.start, mention.end - sentence.start
        inside = [i for i, t in enumerate(tokens) if t.start < end and start < t.end]
        if inside:
            names.append(_Name(mention, inside[0], inside[-1]))
    names.sort(key=lambda n: (n.first, -n.last))
    sources, contents = [], []
    for attribution in sentence.attributions:
        if attribution.source is not None:
            sources.append(_relative(sentence, attribution.source))
        if attribution.content is not None:
            contents.append(_relative(sentence, attribution.content))
    opening = 0
    if any(n.mention.role == "dateline" for n in names):
        # The dateline frames the story: its outlet is no subject of the first clause.
        length = roles.dateline_length(sentence.text)
        opening = next((i for i, t in enumerate(tokens) if t.start >= length), len(tokens))
    return _Sentence(article, sentence, comp, tokens, names, sources, contents, opening)


def _relative(sentence: Sentence, span: TextSpan) -> tuple[int, int]:
    return span.start - sentence.start, span.end - sentence.start


@dataclass(frozen=True, slots=True)
class _Offset:
    """ "three days after the election" in a sentence, in article offsets: the expression runs
    to the end of its anchor, a date expression or the first trigger after the connective."""

    start: int
    end: int
    text: str
    sign: int
    count: int | None
    unit: str
    anchor_start: int
    date: DateRef | None  # the anchor is a date ("three days after June 2")
    anchor_type: str | None  # else the type of the event it names ("the election": elect)
    anchor_trigger: int | None  # that trigger's article offset

    def value(self) -> str | None:
        if self.date is None or not self.date.value:
            return None
        return shift_value(self.date.value, self.sign, self.count, self.unit)
