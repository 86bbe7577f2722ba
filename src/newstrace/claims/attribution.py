"""Who says so: attribution relations, hedges and official responses in one sentence.

Everything here is a pure function of one sentence's text and its language (plus, optionally,
the entity spans found in it). Offsets are relative to the sentence text passed in.

How an attribution is found:

1. *Cues* come from the language's lexicon (:mod:`newstrace.claims.lexicons`), matched on the
   folded text (case, Arabic/Persian letter variants, diacritics, tatweel and ZWNJ folded) and
   mapped back to the original offsets. Lexicon phrases that report nobody ("according to
   plan", "time will tell") and nouns ("the report", "his claims") are dropped.
2. The *source* depends on the cue's construction: after a prepositional cue ("according to
   X", "selon X", "به گزارش X"); before a postposition ("X zufolge"); after a verb that follows
   what it reports ('"…," said X', Arabic "قال X"); the agent of a passive ("was told by X");
   otherwise the clause subject before the verb, found with closed word lists (no tagger):
   past adverbs and auxiliaries, over appositives and relative clauses between commas
   ("X, a pollster, said"), never inside a prepositional adjunct ("in a message posted
   Friday"). Participles and coordinated verbs ("…, adding", "and said") share the main
   clause's subject. A named entity overlapping the source widens it to the whole name.
   Headlines add two cue-less forms: "Name: what they said" and '"…" ― Name'.
3. The *content* is the reported clause: after the cue (past the listener and "that"), or the
   clause before it when nothing follows ("…, police said.") or a quotation precedes.
4. A cue inside a quotation or inside the content of another attribution is *nested*: it is
   kept (the quoted speaker cites someone) but flagged, since it is not the article's own
   attribution. A cue in a relative clause ("a man who said …") reports only that clause.
5. "A told B, which reported …" is a chain: A's relation, and B's with ``publisher`` set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Literal, cast

from newstrace.nlp.normalize import fold, fold_with_offsets

from .lexicons import STANCES, Lexicon, lexicon

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


# --------------------------------------------------------------------------------------------
# Text handling: folding with an offset map, tokens, quotations.

# Letters plus the marks fold() removes, so that a word keeps its diacritics and ZWNJ inside.
_W = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]"
_TITLES = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|St|Rev|Maj|Adm|Pres"
    "|Amb|Cmdr|Supt|Insp|Messrs|Mmes|Mme|Mlle|Hr|Fr|Sra|Sr|Dra|No|Vol|Inc|Corp|Co|Ltd|Gov"
)
_TOKEN = re.compile(
    rf"(?:{_TITLES})\.(?=\s)"  # titles keep their full stop: "Mr. Trump" is one name
    r"|(?:[^\W\d_]\.){2,}"  # initialisms: "U.S.", "U.N."
    r"|[A-Z]\.(?=\s[A-Z])"  # a middle initial: "Donald J. Trump"
    rf"|{_W}+?(?=n['’]t\b)"  # "did" of "didn't"
    r"|n['’]t\b"
    r"|['’](?:s|re|ve|ll|d|m)\b"  # clitics and the possessive are tokens of their own
    rf"|{_W}+(?:[-&]{_W}+|['’](?!(?:s|re|ve|ll|d|m)\b){_W}+)*"
    r"|\S"
)
_OPEN_QUOTES = "“«„‘‹「"
_CLOSE_QUOTES = "”»“’›」"
_STRAIGHT = "\"'"
_SENTENCE_PUNCT = ".!?؟。…"


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    low: str  # folded
    word: bool  # has a letter or digit


def _fold(text: str) -> str:
    """fold(), with the typographic apostrophe made plain ("d’après" = "d'après")."""
    return fold(text).replace("’", "'")


# Tokens recur across sentences (the same names and cue words): their folding is memoised.
_fold_token = lru_cache(maxsize=100_000)(_fold)


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """_fold() applied per character, with each folded character's offset in ``text``: the
    project's offset-keeping fold, after the one-for-one apostrophe swap _fold() makes."""
    return fold_with_offsets(text.replace("’", "'"))


# French elision: "qu'il", "l'AFP", "d'après" are two words each.
_ELISION = re.compile(r"(?i:qu|lorsqu|puisqu|jusqu|[ldjmnstc])['’](?=\w)|" + _TOKEN.pattern)


def _tokens(text: str, language: str) -> list[_Token]:
    pattern = _ELISION if language == "fr" else _TOKEN
    return [
        _Token(
            m.start(),
            m.end(),
            m.group(),
            _fold_token(m.group()),
            any(c.isalnum() for c in m.group()),
        )
        for m in pattern.finditer(text)
    ]


_QUOTE_MARK = re.compile(r"''|``|[\"“”«»„‘’‹›「」]")


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included.

    An unclosed quotation runs to the end of the sentence; a closing mark with no opener means
    the quotation began in an earlier sentence, so it runs from the start. Straight quotes get
    their direction from the spaces around them. Single quotes count only outside double ones
    (and never as apostrophes: "Trump’s").
    """
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    single = False
    for mark in _QUOTE_MARK.finditer(text):
        kind = _quote_kind(text, mark.start(), mark.end())
        if kind is None:
            continue
        is_single = mark.group() in "‘’‹›"
        if opened is not None and is_single and not single:
            continue  # a quotation inside a quotation
        if kind == "open" and opened is None:
            opened, single = mark.start(), is_single
        elif kind == "close" and opened is not None and is_single == single:
            regions.append((opened, mark.end()))
            opened = None
        elif kind == "close" and opened is None and not regions and not is_single:
            regions.append((0, mark.end()))
    if opened is not None and not single:
        regions.append((opened, len(text)))
    return regions


def _quote_kind(text: str, start: int, end: int) -> str | None:
    """ "open", "close" or None (an apostrophe) for the quotation mark at text[start:end]."""
    mark = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if mark in "“«„‹「" or mark == "``":
        # "“" also closes German quotations („…“): then it follows a word or punctuation.
        if mark == "“" and "„" in text[:start] and not before.isspace():
            return "close"
        return "open"
    if mark in "”»›」":
        return "close"
    if mark in "‘’" and before.isalnum() and after.isalnum():
        return None  # an apostrophe inside a word
    opens = before.isspace() or before in "([{—–-:" or start == 0
    closes = not after.isalnum() or end == len(text)
    if mark == "‘":
        return "open" if opens else None
    if mark == "’":
        return "close" if closes and not opens else None
    if opens and not after.isspace():
        return "open"
    return "close" if closes else "open"


def _inside(position: int, regions: Iterable[tuple[int, int]]) -> bool:
    return any(start < position < end - 1 or start == position for start, end in regions)


# --------------------------------------------------------------------------------------------
# Compiled lexicons.


@dataclass(frozen=True, slots=True)
class _Compiled:
    lex: Lexicon
    verbs: re.Pattern[str] | None
    participles: frozenset[str]
    nouns: frozenset[str]
    weak: frozenset[str]
    source_after: re.Pattern[str] | None
    source_before: re.Pattern[str] | None
    not_cues: re.Pattern[str] | None
    anonymity: re.Pattern[str] | None
    hedges: re.Pattern[str] | None
    opinions: re.Pattern[str] | None
    responses: tuple[tuple[Stance, re.Pattern[str]], ...]
    verb_forms: frozenset[str]
    inverting: frozenset[str]
    words: dict[str, frozenset[str]]


def _phrase_regex(phrase: str, language: str) -> str:
    """One lexicon phrase as a regex over folded text (``*`` = rest of the word)."""
    gap = r"\s*" if language == "fa" else r"\s+"
    parts = []
    for word in _fold(phrase).split():
        if word in ("…", "..."):
            # A gap of up to five words: "رفضت وزارة الخارجية التعليق", "wies … zurück".
            parts.append(r"((?:[^\s.!?؟،,;:]+\s+){0,5}?)")
            continue
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    body = ""
    for part in parts:
        if not body:
            body = part
        elif body.endswith("{0,5}?)"):
            body += part  # the gap already ends with whitespace
        else:
            body += gap + part
    return body


def _alternation(phrases: Iterable[str], language: str) -> re.Pattern[str] | None:
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not unique:
        return None
    body = "|".join(_phrase_regex(p, language) for p in unique)
    # Arabic attaches "and"/"so" to the next word: "وقال", "فأكد", "وبحسب".
    clitic = "(?:[وف])?" if language == "ar" else ""
    return re.compile(rf"(?<![\w'’-]){clitic}(?:{body})(?![\w-])")


@cache
def _compiled(language: str) -> _Compiled | None:
    lex = lexicon(language)
    if lex is None:
        return None

    def folded(items: Iterable[str]) -> frozenset[str]:
        return frozenset(_fold(item) for item in items)

    return _Compiled(
        lex=lex,
        verbs=_alternation(lex.verbs, language),
        participles=folded(lex.participles),
        nouns=folded(lex.nouns),
        weak=folded(lex.weak),
        source_after=_alternation(lex.source_after, language),
        source_before=_alternation(lex.source_before, language),
        not_cues=_alternation(lex.not_cues, language),
        anonymity=_alternation(lex.anonymity, language),
        hedges=_alternation(lex.hedges, language),
        opinions=_alternation(lex.opinions, language),
        responses=tuple(
            (cast(Stance, stance), pattern)
            for stance in STANCES
            if (pattern := _alternation(lex.responses.get(stance, ()), language)) is not None
        ),
        verb_forms=folded(word for verb in lex.verbs for word in verb.split()[:1]),
        inverting=folded(lex.inverting),
        words={
            "complementizers": folded(lex.complementizers),
            "relatives": folded(lex.relatives),
            "pronouns": folded(lex.pronouns),
            "determiners": folded(lex.determiners),
            "skip": folded(lex.skip),
            "stops": folded(lex.stops),
            "links": folded(lex.links),
            "tell": folded(lex.tell),
            "anonymous": folded(lex.anonymous),
            "publishers": folded(lex.publishers),
            "negations": folded(lex.negations),
            "prepositions": folded(lex.prepositions),
            "passive": folded(lex.passive),
            "agents": folded(lex.agents),
            "times": folded(lex.times),
        },
    )


def _matches(
    pattern: re.Pattern[str] | None, folded: str, where: list[int]
) -> list[tuple[int, int]]:
    """Original-text (start, end) of each match of ``pattern`` in the folded text."""
    if pattern is None:
        return []
    spans = []
    for match in pattern.finditer(folded):
        if match.end() > match.start():
            spans.append((where[match.start()], where[match.end() - 1] + 1))
    return spans


def _gap_matches(
    pattern: re.Pattern[str] | None, folded: str, where: list[int]
) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Like _matches, with the words a "…" gap of the phrase covered, if it has one."""
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(folded):
        if match.end() == match.start():
            continue
        gap = None
        for index in range(1, (pattern.groups or 0) + 1):
            a, b = match.span(index)
            if a >= 0 and b > a:
                gap = (where[a], where[b - 1] + 1)
                break
        found.append((where[match.start()], where[match.end() - 1] + 1, gap))
    return found


def _span(text: str, start: int, end: int) -> Span:
    return (start, end, text[start:end])


# --------------------------------------------------------------------------------------------
# One sentence, prepared once for all the finders.


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    comp: _Compiled
    tokens: list[_Token]
    folded: str
    where: list[int]
    quotes: list[tuple[int, int]]
    anonymity: list[tuple[int, int]]  # "who asked not to be named" and the like
    names: tuple[_Range, ...] = ()  # token ranges of the named entities passed in

    @property
    def lex(self) -> Lexicon:
        return self.comp.lex

    def has(self, index: int, group: str) -> bool:
        """Whether token ``index`` is in the lexicon word list ``group``."""
        return 0 <= index < len(self.tokens) and self.tokens[index].low in self.comp.words[group]

    def punct(self, index: int) -> bool:
        return not (0 <= index < len(self.tokens)) or not self.tokens[index].word

    def char_span(self, first: int, last: int) -> Span:
        return _span(self.text, self.tokens[first].start, self.tokens[last].end)

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last token inside the character range, if any."""
        inside = [i for i, t in enumerate(self.tokens) if t.start < end and t.end > start]
        return (inside[0], inside[-1]) if inside else None


def _prepare(text: str, language: str, entities: Sequence[EntitySpan] = ()) -> _Sentence | None:
    base = _prepared(text, language)
    if base is None or not entities:
        return base
    names = []
    for start, end, _type in entities:
        inside = [i for i, t in enumerate(base.tokens) if t.start >= start and t.end <= end]
        if inside:
            names.append((inside[0], inside[-1]))
    return replace(base, names=tuple(names))


# The claims stage asks for attributions, hedges and responses of each sentence in turn: the
# folding and tokens are computed once (nothing below mutates a prepared sentence).
@lru_cache(maxsize=64)
def _prepared(text: str, language: str) -> _Sentence | None:
    comp = _compiled(language)
    if comp is None or not text.strip():
        return None
    folded, where = _fold_with_map(text)
    anonymity = _matches(comp.anonymity, folded, where)
    tokens = _tokens(text, language)
    return _Sentence(text, comp, tokens, folded, where, _quote_regions(text), anonymity)


# --------------------------------------------------------------------------------------------
# Cues.

_CueKind = Literal["verb", "participle", "after", "before", "colon", "dash"]


@dataclass(slots=True)
class _Cue:
    first: int  # token indexes, inclusive
    last: int
    kind: _CueKind
    passive: bool = False
    speaker: int = 0  # colon cues: first token of the speaker's name


def _cues(s: _Sentence) -> list[_Cue]:
    """Lexicon cues of the sentence, longest match first, nouns and set phrases removed."""
    # "who asked not to be named" holds a cue word but reports nothing.
    blocked = _matches(s.comp.not_cues, s.folded, s.where) + s.anonymity
    found: list[_Cue] = []
    taken: set[int] = set()
    groups: tuple[tuple[re.Pattern[str] | None, _CueKind], ...] = (
        (s.comp.source_after, "after"),
        (s.comp.source_before, "before"),
        (s.comp.verbs, "verb"),
    )
    for pattern, kind in groups:
        for start, end in sorted(_matches(pattern, s.folded, s.where), key=lambda m: m[0] - m[1]):
            if any(b_start <= start < b_end for b_start, b_end in blocked):
                continue
            found_range = s.token_range(start, end)
            if found_range is None or taken.intersection(range(found_range[0], found_range[1] + 1)):
                continue
            cue = _Cue(found_range[0], found_range[1], kind)
            if _capitalised_inside(s, cue.first) or (kind == "verb" and not _verbal_use(s, cue)):
                continue
            taken.update(range(cue.first, cue.last + 1))
            found.append(cue)
    found.sort(key=lambda c: c.first)
    found = _merge_chains(s, found)
    for cue in found:
        _classify(s, cue)
    return [c for c in found if not (c.kind == "participle" and _parenthetical(s, c, found))]


def _parenthetical(s: _Sentence, cue: _Cue, cues: list[_Cue]) -> bool:
    """'Speaking at a rally, Trump said' and 'Trump, speaking to veterans, said': the
    participle only frames the verb that follows; PolNeAR (and a reader) take that verb."""
    if cue.first == 0:
        return True
    following = [c for c in cues if c.first > cue.last]
    if not following:
        return False
    comma = next(
        (i for i in range(cue.last + 1, following[0].first) if s.tokens[i].text in _COMMAS), None
    )
    return (
        comma is not None
        and s.tokens[cue.first - 1].text in _COMMAS
        and (following[0].kind == "verb" and following[0].first - comma <= 4)
    )


def _capitalised_inside(s: _Sentence, index: int) -> bool:
    """A capitalised cue word inside the sentence is part of a name ("United States"),
    except in a title-case headline ("Bernie Sanders Says He Will Win")."""
    token = s.tokens[index]
    if not s.lex.cased or not token.text[:1].isupper() or _title_case(s):
        return False
    previous = index - 1
    while previous >= 0 and s.tokens[previous].text in _OPEN_QUOTES + _STRAIGHT + "([":
        previous -= 1
    return previous >= 0 and s.tokens[previous].text not in (":", "—", "–", "-", "―")


def _title_case(s: _Sentence) -> bool:
    """Most words capitalised, small words aside: a headline in title case."""
    words = [t for t in s.tokens if t.word and len(t.text) > 3]
    capitals = sum(t.text[:1].isupper() for t in words)
    return len(words) >= 3 and capitals >= 0.8 * len(words)


def _verbal_use(s: _Sentence, cue: _Cue) -> bool:
    """False for a cue word used as a noun or adjective ("the report", "his claims of")."""
    before = cue.first - 1
    if s.has(before, "determiners") and not s.has(before, "pronouns"):
        # "that" and "this" also open clauses: "said that reports…" keeps "reports" a noun,
        # but "this week said" is not a determiner use; a word after "that" counts as a noun.
        return False
    if before >= 0 and s.tokens[before].low in ("’s", "'s") and s.lex.language == "en":
        # "Trump’s claims" is a noun; "he’s claiming" is a verb (an -ing form after "’s").
        return s.tokens[cue.first].low.endswith("ing")
    word = s.tokens[cue.first].low
    if s.lex.language == "en" and s.tokens[before].low == "to" if before >= 0 else False:
        # "the opportunity to speak": an infinitive reports only after "needs", "refused" …
        governor = before - 1
        while governor >= 0 and s.tokens[governor].low.endswith("ly"):
            governor -= 1
        if governor < 0 or not (
            s.has(governor, "skip") or s.tokens[governor].low in s.comp.verb_forms
        ):
            return False
    phrase = _fold(s.text[s.tokens[cue.first].start : s.tokens[cue.last].end])
    if phrase in s.comp.weak and not _speech_follows(s, cue.last + 1):
        return False
    if word in s.comp.nouns and cue.first == cue.last and not _verb_context(s, before):
        return False
    if s.lex.language == "en" and s.has(before, "prepositions") and not word.endswith("ing"):
        return False  # "with questions", "after reports"
    after = s.tokens[cue.last + 1].low if cue.last + 1 < len(s.tokens) else ""
    if word in s.comp.nouns and after in ("of", "from", "about", "by") and cue.first == cue.last:
        # "reports of", "claims about", "support from": nouns. Verbs take these rarely
        # ("talked about" is listed as a phrase, so it never reaches here as one word).
        return word.endswith(("ed", "ing")) and after in ("about", "by")
    return True


def _speech_follows(s: _Sentence, index: int) -> bool:
    """A colon, a quotation or "that" right after a weak cue ("continued:")."""
    if index >= len(s.tokens):
        return False
    text = s.tokens[index].text
    return text in (":", *_OPEN_QUOTES, *_STRAIGHT) or s.tokens[index].low in _MAIN_COMPLEMENTIZERS


def _verb_context(s: _Sentence, before: int) -> bool:
    """What may precede a noun-like cue form used as a verb: "they plan", "who calls",
    "will state", "Trump tweets"."""
    index = before
    while index >= 0 and _skippable(s, index) and not s.has(index, "determiners"):
        if s.tokens[index].low in ("to", "will", "would", "can", "could", "did", "do", "does"):
            return True
        if s.tokens[index].low in ("n't", "n’t", "not", "never"):
            return True
        index -= 1
    if index < 0:
        return False
    token = s.tokens[index]
    if s.has(index, "pronouns") or s.has(index, "relatives"):
        return not s.has(index, "determiners") or token.low in ("who", "which")
    return bool(s.lex.cased and token.text[:1].isupper() and index > 0)


def _merge_chains(s: _Sentence, cues: list[_Cue]) -> list[_Cue]:
    """'wants to say', 'went on to tell': one cue when only "to" and adverbs separate two."""
    merged: list[_Cue] = []
    for cue in cues:
        if merged and merged[-1].kind == "verb" and cue.kind == "verb":
            between = range(merged[-1].last + 1, cue.first)
            if all(s.has(i, "skip") for i in between) and len(between) <= 3:
                merged[-1].last = cue.last
                continue
        merged.append(cue)
    return merged


def _classify(s: _Sentence, cue: _Cue) -> None:
    """Participles after a comma share a subject; a verb after "to be" is passive."""
    if cue.kind != "verb":
        return
    first = s.tokens[cue.first].low
    if first in s.comp.participles:
        previous = _skip_left(s, cue.first - 1)
        if previous < 0 or s.punct(previous) or s.tokens[previous].low in ("and", "و"):
            cue.kind = "participle"
            return
    if s.lex.passive and not (s.lex.language == "en" and first.endswith("ing")):
        previous = cue.first - 1
        while previous >= 0 and (
            s.has(previous, "negations")
            or s.tokens[previous].low in _PASSIVE_GAP
            or (s.lex.language == "en" and s.tokens[previous].low.endswith("ly"))
        ):
            previous -= 1
        if s.has(previous, "passive"):
            cue.passive = True


# Adverbs that may sit inside a passive: "was once asked", "is also expected".
_PASSIVE_GAP = frozenset("also once first later widely long still already often never".split())


def _skip_left(s: _Sentence, index: int) -> int:
    """Index of the first token at or before ``index`` that is not an auxiliary or adverb."""
    while index >= 0 and _skippable(s, index):
        index -= 1
    return index


def _skippable(s: _Sentence, index: int) -> bool:
    token = s.tokens[index]
    if token.low in s.comp.words["skip"]:
        return True
    # English adverbs in -ly ("repeatedly said"), not names ("Kelly said").
    return (
        s.lex.language == "en"
        and token.low.endswith("ly")
        and token.text[:1].islower()
        and len(token.low) > 4
    )


# --------------------------------------------------------------------------------------------
# Source noun phrases.

_Range = tuple[int, int]  # first and last token, inclusive


def _np_word(s: _Sentence, index: int) -> bool:
    """Whether a token can belong to a source noun phrase (no POS tagger: closed lists)."""
    if not 0 <= index < len(s.tokens):
        return False
    token = s.tokens[index]
    if not token.word:
        return False
    low = token.low
    if low in s.comp.words["stops"] or low in s.comp.words["prepositions"]:
        return False
    if low in s.comp.words["links"] and low not in ("’s", "'s"):
        return False
    lower = not s.lex.cased or token.text[:1].islower()
    if lower and low in s.comp.verb_forms:
        return False
    if s.lex.language == "en" and lower and len(low) > 4:
        if low.endswith("ly"):
            return False
        # Past participles and gerunds end a phrase unless a determiner makes them adjectives
        # ("the embattled governor", "the ruling party").
        if low.endswith(("ed", "ing")) and not s.has(index - 1, "determiners"):
            return False
    return True


def _content_word(s: _Sentence, index: int) -> bool:
    """A noun-phrase word that is more than a determiner or a link."""
    return _np_word(s, index) and not s.has(index, "determiners") and not s.has(index, "links")


def _link_ok(s: _Sentence, index: int) -> bool:
    """A link word joins two parts of one name: "and" only between capitalised words."""
    if s.tokens[index].low not in ("and", "&", "y", "et", "und"):
        return True
    if not s.lex.cased:
        return False
    return all(
        0 <= i < len(s.tokens) and s.tokens[i].text[:1].isupper() for i in (index - 1, index + 1)
    )


def _np_left(s: _Sentence, index: int) -> _Range | None:
    """The subject noun phrase ending at or before token ``index`` (the verb's left side)."""
    fallback: _Range | None = None
    for _ in range(3):
        j = _skip_left(s, index)
        j, appositive = _skip_parenthetical(s, j)
        j, appositive = _skip_anonymity(s, j, appositive)
        j, appositive = _skip_brackets(s, j, appositive)
        if j < 0:
            return fallback
        if s.has(j, "relatives") or s.has(j, "pronouns"):
            return (j, appositive if appositive is not None else j)
        end = appositive if appositive is not None else j
        if s.tokens[j].low in _OBJECT_PRONOUNS and (
            s.has(j - 1, "links") or s.has(j - 1, "prepositions")
        ):
            j -= 2  # "those close to him say": the pronoun ends a modifier of the subject
        if not _np_word(s, j):
            return fallback
        k = j
        while k - 1 >= 0 and j - k < 10:
            if _np_word(s, k - 1):
                k -= 1
            elif _joins(s, k - 1):
                k -= 2
            else:
                break
        while k < j and (s.has(k, "links") or not s.tokens[k].word):
            k += 1
        # A phrase right after a preposition is an adjunct ("at a rally", "in a message
        # posted Friday"): the subject is further left, or there is none. After "after",
        # "before", "since" or "until" it may be a clause's subject ("came after Trump
        # attacked"): kept in case nothing is found further left.
        if s.has(k - 1, "prepositions"):
            if s.tokens[k - 1].low in _CLAUSE_PREPOSITIONS:
                fallback = fallback or (k, max(end, j))
            index = k - 2
            if s.lex.language == "en" and index >= 0 and s.tokens[index].low.endswith("ed"):
                index -= 1  # "a poll released in May": skip the participle too
            continue
        return (k, max(end, j))
    return fallback


_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me", "it"))
# Prepositions that also open clauses: "after Trump attacked", "bevor der Minister sagte".
_CLAUSE_PREPOSITIONS = frozenset(
    _fold(w) for w in ("after", "before", "since", "until", "nachdem", "después", "après", "بعد")
)


def _joins(s: _Sentence, index: int) -> bool:
    """A link word or mark between two parts of one phrase ("spokesman for", "Times/CBS")."""
    if not (_np_word(s, index - 1) and 0 <= index < len(s.tokens)):
        return False
    if s.tokens[index].text in ("/", "-", "&"):
        return True
    return s.has(index, "links") and _link_ok(s, index)


def _name_before(s: _Sentence, index: int) -> _Range | None:
    """A named entity right before the verb, when the phrase rules found no subject
    ("… with the editorial board of the Washington Post Trump said")."""
    j = _skip_left(s, index)
    return next((name for name in s.names if name[1] == j), None)


def _skip_brackets(s: _Sentence, j: int, end: int | None) -> tuple[int, int | None]:
    """'Rep. Trey Gowdy (R-S.C.) said': the bracket belongs to the name before it."""
    if j < 2 or s.tokens[j].text != ")":
        return j, end
    for k in range(j - 1, max(0, j - 10), -1):
        if s.tokens[k].text == "(":
            return k - 1, end if end is not None else j
    return j, end


def _skip_anonymity(s: _Sentence, j: int, end: int | None) -> tuple[int, int | None]:
    """'officials who asked not to be named said': the phrase belongs to the source."""
    if j < 0:
        return j, end
    for start, stop in s.anonymity:
        if stop == s.tokens[j].end:
            first = s.token_range(start, stop)
            if first is not None and first[0] > 0:
                return _skip_left(s, first[0] - 1), end if end is not None else j
    return j, end


_COMMAS = (",", "،")
# English words that open an adjunct rather than an appositive: ", for his part,".
_EN_ADJUNCT = frozenset(
    "however meanwhile though too instead moreover furthermore nevertheless for in turn".split()
)


def _adjunct(s: _Sentence, index: int) -> bool:
    """Whether a comma-separated segment starting at ``index`` is an adjunct, not a name."""
    if not 0 <= index < len(s.tokens):
        return True
    token = s.tokens[index]
    if s.has(index, "prepositions") or _skippable(s, index):
        return True
    if s.lex.language != "en":
        return False
    return token.low in _EN_ADJUNCT or (token.low.endswith("ing") and token.text[:1].islower())


def _adjunct_segment(s: _Sentence, begin: int, finish: int) -> bool:
    """ "On Wednesday", "however": a comma-separated segment that cannot hold the subject.
    "Even China" can: an adverb before a name does not make the segment an adjunct."""
    if not _adjunct(s, begin):
        return False
    if _skippable(s, begin) and not s.has(begin, "prepositions"):
        return all(_skippable(s, i) or s.has(i, "times") for i in range(begin, finish + 1))
    return True


def _skip_parenthetical(s: _Sentence, j: int) -> tuple[int, int | None]:
    """Handle commas between a subject and its verb.

    ", in a statement," and ", speaking to reporters," are stepped over; an appositive or a
    relative clause (", a pollster,", ", who studies tax policy,") belongs to the source, so
    the index moves to the head before it and the source will end just before the verb.
    Returns the new index and, for an appositive, the index where the source should end.
    """
    if j < 1 or s.tokens[j].text not in _COMMAS:
        return j, None
    commas = [j]
    k = j - 1
    while k >= max(0, j - 45):
        text = s.tokens[k].text
        if text in _COMMAS:
            commas.append(k)
        elif text in ";:؛()—–" or text in _OPEN_QUOTES + _CLOSE_QUOTES + _STRAIGHT:
            break
        k -= 1
    if len(commas) < 2:
        return j, None
    bounds = sorted(commas)
    segments = []
    first = k + 1
    for comma in bounds:
        segments.append((first, comma - 1))
        first = comma + 1
    last = segments[-1]
    if _adjunct(s, last[0]):
        return _skip_left(s, last[0] - 2), None
    for begin, finish in segments[:-1]:
        if begin > finish or _adjunct_segment(s, begin, finish):
            continue
        if _np_word(s, finish) or s.has(finish, "pronouns"):
            return finish, j - 1
        break
    return j, None


def _ends_phrase(s: _Sentence, index: int) -> bool:
    """Nothing more of the clause after a noun phrase: end, punctuation, an adjunct."""
    if index >= len(s.tokens):
        return True
    token = s.tokens[index]
    if not token.word:
        return True
    return s.has(index, "prepositions") or s.has(index, "times")


def _np_right(s: _Sentence, index: int) -> _Range | None:
    """The noun phrase starting at token ``index`` (after "according to", or an inverted verb)."""
    tokens = s.tokens
    if index >= len(tokens):
        return None
    if s.lex.language == "ar":
        return _np_right_arabic(s, index)
    if s.has(index, "complementizers") or s.has(index, "times"):
        return None
    if s.has(index, "pronouns") and not s.has(index, "determiners"):
        return (index, index)
    if not (_np_word(s, index) or s.has(index, "determiners")):
        return None
    k = index
    while k + 1 < len(tokens) and k - index < 10:
        following = k + 1
        if s.has(following, "complementizers"):
            break  # "told Reuters that …": the phrase ends before "that"
        if _skippable(s, following) and not s.has(following, "determiners"):
            break
        if _after_noun(s, index, following):
            break
        if _np_word(s, following) or s.has(following, "determiners"):
            k = following
        elif (s.has(following, "links") or s.tokens[following].text in ("/", "-", "&")) and (
            _np_word(s, following + 1) or s.has(following + 1, "determiners")
        ):
            if not _link_ok(s, following):
                break
            k = following + 1
        else:
            break
    while k > index and not _content_word(s, k):
        k -= 1
    if not any(_content_word(s, i) for i in range(index, k + 1)):
        return None
    return (index, k)


_NISBA = re.compile(r"(?:ي|يه|يون|يين|يان|يات)$")
_AR_ADJECTIVES = frozenset(_fold(w) for w in ("مطلع", "مطلعة", "رفيع", "رفيعة", "كبير", "بارز"))


def _np_right_arabic(s: _Sentence, index: int) -> _Range | None:
    """An Arabic noun phrase after a verb-first cue, with no tagger: a definite head takes
    definite words ("المتحدث العسكري"), an indefinite head takes one definite noun (the
    construct state: "وزارة الخارجية") or relational adjectives ("مصدر أمني"); "باسم"
    links ("المتحدث باسم الجيش"). Anything else is the object or the content."""
    if not _np_word(s, index) or s.has(index, "complementizers") or s.has(index, "times"):
        return None
    if s.has(index, "pronouns"):
        return (index, index)
    definite = s.tokens[index].low.startswith("ال")
    k = index
    while k + 1 < len(s.tokens) and k - index < 6:
        following = s.tokens[k + 1]
        low = following.low
        if not following.word or s.has(k + 1, "stops") or s.has(k + 1, "times"):
            break
        if s.has(k + 1, "links") and _np_word(s, k + 2):
            k += 2
            definite = s.tokens[k].low.startswith("ال")
            continue
        if low.startswith("ال"):
            definite = True  # a definite adjective, or the construct state's second noun
        elif definite or not (_NISBA.search(low) or low in _AR_ADJECTIVES):
            break
        k += 1
    return (index, k)


def _after_noun(s: _Sentence, first: int, index: int) -> bool:
    """German capitalises nouns: a lowercase word after one (not an article or "von") is the
    verb or the object, no longer the source ("dem Innenministerium wurden …")."""
    if s.lex.language != "de" or s.tokens[index].text[:1].isupper():
        return False
    if s.has(index, "determiners") or s.has(index, "links"):
        return False
    return any(s.tokens[i].text[:1].isupper() for i in range(first + 1, index)) or (
        s.tokens[first].text[:1].isupper() and not s.has(first, "determiners")
    )


def _clause_subject(s: _Sentence, limit: int) -> _Range | None:
    """Subject of the sentence's main clause: its first noun phrase, past an opening adjunct."""
    start = 0
    while start < limit and (not s.tokens[start].word or s.has(start, "stops")):
        start += 1
    token = s.tokens[start] if start < limit else None
    opens_adjunct = token is not None and (
        s.has(start, "prepositions") or (s.lex.language == "en" and token.low.endswith("ing"))
    )
    if opens_adjunct:
        commas = [i for i in range(start, limit) if s.tokens[i].text in (",", "،")]
        if not commas:
            return None
        start = commas[0] + 1
    found = _np_right(s, start)
    return found if found and found[1] < limit else None


def _np_subject_initial(s: _Sentence, cue: _Cue) -> _Range | None:
    """Persian: the subject opens the clause and may be far from the final verb."""
    start = cue.first - 1
    while start >= 0 and s.tokens[start].text not in (",", "،", ":", ";", "؛"):
        if s.has(start, "complementizers"):
            break
        start -= 1
    found = _np_right(s, start + 1)
    if found is None or found[0] >= cue.first:
        return None
    return (found[0], min(found[1], cue.first - 1))


# --------------------------------------------------------------------------------------------
# Putting a relation together.


@dataclass(slots=True)
class _Found:
    cue: _Cue
    source: _Range | None = None
    source_right: bool = False  # the source follows the cue
    left_content: bool = False  # the reported clause precedes the cue
    clause_first: int | None = None  # where this relation's clause starts, when it cuts others
    content: tuple[int, int] | None = None  # character offsets
    extra_publisher: _Range | None = None  # "told Reuters": the outlet that relays it
    relayed_by: _Found | None = None  # "told Reuters, which reported …": that relation
    relays: bool = False  # this relation's source is the outlet of such a chain
    until_comma: bool = False  # an adverbial clause ("When asked …,"): its content ends there


def _boundary_before(s: _Sentence, index: int) -> int | None:
    """Index of a clause break (", and", ";", ", but") right before token ``index``."""
    previous = index - 1
    if s.has(previous, "stops") and s.tokens[previous].low in ("and", "but", "while", "و"):
        previous -= 1
        if previous >= 0 and s.tokens[previous].text in (",", "،"):
            return previous
        return previous + 1
    if previous >= 0 and s.tokens[previous].text in (";", "؛"):
        return previous
    return None


def _right_is_empty(s: _Sentence, after: int) -> bool:
    """Nothing reported after the cue: '…, police said on Tuesday.'

    Only up to the next comma: in "…, an official said, adding that …" what follows the
    comma is another cue's; a quotation or "that" right after the comma is this one's.
    """
    end = len(s.tokens)
    for i in range(after, len(s.tokens)):
        if s.tokens[i].text in _COMMAS:
            following = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
            opens = following is not None and (
                following.text in _OPEN_QUOTES + _STRAIGHT or following.low in _MAIN_COMPLEMENTIZERS
            )
            if not opens:
                end = i
            break
    rest = [i for i in range(after, end) if s.tokens[i].word]
    if not rest:
        return True
    if any(s.tokens[i].text in _OPEN_QUOTES + _STRAIGHT for i in range(after, end)):
        return False
    if any(s.has(i, "complementizers") or s.has(i, "pronouns") for i in rest):
        return False
    first = rest[0]
    return len(rest) <= 5 and (s.has(first, "prepositions") or _skippable(s, first))


def _analyse(s: _Sentence, cue: _Cue, done: list[_Found]) -> _Found:
    """Source and clause layout of one cue (contents come later, once all cues are known)."""
    found = _Found(cue)
    before = cue.first - 1
    if cue.kind == "after":
        found.source = _np_right(s, cue.last + 1)
        found.source_right = True
        words_before = [i for i in range(0, cue.first) if s.tokens[i].word]
        found.left_content = bool(words_before) and not s.has(words_before[-1], "stops")
        if found.left_content:
            found.clause_first = before if s.punct(before) else cue.first
        return found
    if cue.kind == "before":
        found.source = _np_left(s, before)
        return found
    if cue.kind == "participle":
        found.source = _shared_source(s, cue, done)
        found.clause_first = _skip_left(s, before)
        return found
    if cue.kind == "colon":
        found.source = (cue.speaker, before)
        return found
    if cue.kind == "dash":
        found.source = _np_right(s, cue.last + 1)
        found.source_right = True
        found.left_content = True
        return found
    _analyse_verb(s, cue, found, done)
    return found


def _shared_source(s: _Sentence, cue: _Cue, done: list[_Found]) -> _Range | None:
    """Subject of a participle or coordinated verb: the last subject seen, else the clause's.

    Sources that follow their cue ("according to X") are not subjects and are passed over.
    """
    # The main clause's subject: the last "…, X said," relation if there is one (it takes
    # the clause before it as content), else the earliest subject ("X said Y believes Z,
    # adding …" is X's).
    candidates = [
        previous
        for previous in done
        if previous.cue.last < cue.first
        and previous.source
        and not previous.source_right
        and not _inside(s.tokens[previous.cue.first].start, s.quotes)
    ]
    dominant = [previous for previous in candidates if previous.left_content]
    if dominant:
        return dominant[-1].source
    if candidates:
        return candidates[0].source
    return _clause_subject(s, cue.first)


def _analyse_verb(s: _Sentence, cue: _Cue, found: _Found, done: list[_Found]) -> None:
    lex = s.lex
    before = cue.first - 1
    after_quote = before >= 0 and (
        s.tokens[before].text in tuple(_CLOSE_QUOTES + _STRAIGHT)
        or any(
            end in (s.tokens[cue.first].start - 1, s.tokens[cue.first].start) for _, end in s.quotes
        )
    )
    inverted = lex.inversion and (after_quote or _inverted_after_comma(s, cue))
    if _asked_clause(s, cue):
        cue.passive = True
        found.until_comma = True
    if cue.passive:
        agent = cue.last + 1
        if s.has(agent, "agents"):
            found.source = _np_right(s, agent + 1)
            found.source_right = True
    elif lex.verb_first or inverted:
        found.source = _np_right(s, cue.last + 1)
        found.source_right = found.source is not None
        if found.source is None and lex.verb_first:
            found.source = _np_left(s, before)
    elif lex.subject_initial:
        found.source = _np_subject_initial(s, cue)
    else:
        j = _skip_left(s, before)
        if j >= 0 and s.tokens[j].low in ("and", "or", "but", "و", "und", "y", "et"):
            found.source = _shared_source(s, cue, done)
            found.clause_first = j
        else:
            found.source = _np_left(s, before) or _name_before(s, before)
            if found.source is None and lex.free_inversion:
                found.source = _np_right(s, cue.last + 1)
                found.source_right = found.source is not None
    if (
        found.source is not None
        and not found.source_right
        and s.tokens[cue.first].low in s.comp.words["tell"]
    ):
        found.extra_publisher = _np_right(s, cue.last + 1)
    after = max(cue.last, found.source[1] if found.source and found.source_right else cue.last)
    if found.extra_publisher is not None:
        after = found.extra_publisher[1]
    quoted_before = (
        found.source is not None
        and not found.source_right
        and _quote_before(s, s.tokens[found.source[0]].start) is not None
    )
    if (
        inverted
        or quoted_before
        or (_right_is_empty(s, after + 1) and _opens_clause(s, found.source))
    ):
        found.left_content = True
        start = found.source[0] if found.source and not found.source_right else cue.first
        found.clause_first = start - 1 if s.punct(start - 1) else start
    elif found.source is not None and not found.source_right and found.clause_first is None:
        found.clause_first = _boundary_before(s, found.source[0])


def _opens_clause(s: _Sentence, source: _Range | None) -> bool:
    """'…, police said.': the subject follows a comma, a quotation or starts the sentence.

    Only then does a verb with nothing after it report the clause before it; in "said the
    statement did not clarify" the second verb sits inside the first one's content.
    """
    if source is None:
        return False
    previous = source[0] - 1
    return previous < 0 or s.tokens[previous].text in _COMMAS + tuple(_CLOSE_QUOTES + _STRAIGHT)


def _inverted_after_comma(s: _Sentence, cue: _Cue) -> bool:
    """'…, said the spokesman.': a comma, the verb, then a noun phrase that ends the clause.

    With more after the noun phrase (", said Ivanka Trump's statement didn't…") the comma
    closes an appositive instead and the subject is on the left.
    """
    if cue.first == 0 or s.tokens[cue.first - 1].text not in _COMMAS:
        return False
    if s.comp.inverting and s.tokens[cue.first].low not in s.comp.inverting:
        return False
    if _skip_parenthetical(s, cue.first - 1)[1] is not None:
        return False  # "Ivanka Trump, the nominee's daughter, noted the rule"
    right = _np_right(s, cue.last + 1)
    return right is not None and _ends_phrase(s, right[1] + 1)


def _contents(s: _Sentence, found: list[_Found]) -> None:
    """Reported clause of each relation: up to the next relation that cuts in, or before it."""
    end_char = _trim_end(s.text, len(s.text))
    for index, item in enumerate(found):
        cue = item.cue
        if item.left_content:
            start = 0
            stop = item.clause_first if item.clause_first is not None else cue.first
            stop_char = s.tokens[stop].start if 0 <= stop < len(s.tokens) else 0
            anchor = item.source[0] if item.source and not item.source_right else cue.first
            quote = _quote_before(s, s.tokens[anchor].start)
            if quote is not None:
                item.content = quote
            elif stop_char > start:
                item.content = (start, _trim_end(s.text, stop_char))
            continue
        first = max(cue.last, item.source[1] if item.source and item.source_right else cue.last)
        if cue.kind == "after":
            # "According to an official in the ministry, X": the content follows the comma.
            comma = next(
                (i for i in range(first + 1, len(s.tokens)) if s.tokens[i].text in _COMMAS), None
            )
            if comma is not None and comma - first <= 8:
                first = comma
        first = _content_start(s, first + 1, item)
        stop = end_char
        quote = _quote_around(s, s.tokens[cue.first].start)
        if quote is not None:
            stop = min(stop, quote[1])  # speech quoted inside a quotation ends with it
        for other in found[index + 1 :]:
            if other.clause_first is not None and other.clause_first > cue.last:
                stop = min(stop, s.tokens[other.clause_first].start)
                break
        if item.until_comma:
            comma = next((t.start for t in s.tokens[first:] if t.text in _COMMAS), len(s.text))
            stop = min(stop, comma)
        if first < len(s.tokens) and s.tokens[first].start < stop:
            item.content = (s.tokens[first].start, _trim_end(s.text, stop))


def _content_start(s: _Sentence, index: int, item: _Found) -> int:
    """First token of a reported clause: past a listener ("told reporters") and "that"."""
    if item.extra_publisher is not None:
        index = item.extra_publisher[1] + 1
    for k in range(index, min(len(s.tokens), index + 8)):
        if s.has(k, "complementizers") and s.tokens[k].low in _MAIN_COMPLEMENTIZERS:
            index = k + 1
            break
        if not s.tokens[k].word and s.tokens[k].text not in ("’s", "'s", "-"):
            break
    comma = next(
        (k for k in range(index, min(len(s.tokens), index + 5)) if s.tokens[k].text in _COMMAS),
        None,
    )
    if comma is not None and all(
        s.has(k, "times") or s.has(k, "prepositions") or _skippable(s, k)
        for k in range(index, comma)
    ):
        index = comma  # "sagte am Montag, die Gespräche …"
    while index < len(s.tokens) and s.tokens[index].text in (",", ":", "،", "؛"):
        index += 1
    return index


# Complementizers that are not part of the content ("said that X" reports X).
_MAIN_COMPLEMENTIZERS = frozenset(
    _fold(w) for w in ("that", "dass", "que", "qu'", "أن", "ان", "إن", "بأن", "که")
)


def _quote_around(s: _Sentence, position: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in s.quotes if a < position < b), None)


def _quote_before(s: _Sentence, position: int) -> tuple[int, int] | None:
    """The quotation that ends just before ``position`` ('"…," said X')."""
    for start, end in s.quotes:
        if end <= position and not s.text[end:position].strip(" ,،"):
            return (start, end)
    return None


def _trim_end(text: str, end: int) -> int:
    """Drop trailing spaces, commas and the sentence's final full stop."""
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in _SENTENCE_PUNCT + ",،;:"):
        end -= 1
    return end


def _is_nested(s: _Sentence, item: _Found, found: list[_Found]) -> bool:
    position = s.tokens[item.cue.first].start
    if _inside(position, s.quotes):
        return True
    return any(
        other is not item
        and other.content is not None
        and other.content[0] <= position < other.content[1]
        and not _inside(s.tokens[other.cue.first].start, s.quotes)
        for other in found
    )


def _widen_to_entity(source: Span, entities: Sequence[EntitySpan], text: str) -> Span:
    """A source that overlaps a named entity covers the whole name ("Pat Caddell")."""
    start, end, _ = source
    for e_start, e_end, _type in entities:
        if e_start < end and e_end > start:
            start, end = min(start, e_start), max(end, e_end)
    return _span(text, start, end)


def _is_anonymous(s: _Sentence, source: Span | None, cue: _Cue) -> bool:
    """An unnamed source: "sources", "مصادر", "officials who asked not to be named"."""
    if source is None:
        return False
    words = {t.low for t in s.tokens if source[0] <= t.start < source[1]}
    folded_source = _fold(source[2])
    if words & s.comp.words["anonymous"] or any(
        " " in phrase and phrase in folded_source for phrase in s.comp.words["anonymous"]
    ):
        # A name inside the source identifies it after all ("White House aide Jane Doe").
        return not _has_name(s, source)
    window_end = max(source[1], s.tokens[cue.last].end) + 60
    window = s.text[source[0] : window_end]
    return bool(s.comp.anonymity and s.comp.anonymity.search(_fold(window)))


def _has_name(s: _Sentence, source: Span) -> bool:
    """Two capitalised words in a row past the first look like a person's name."""
    if not s.lex.cased:
        return False
    inside = [t for t in s.tokens if source[0] <= t.start < source[1] and t.word]
    return any(a.text[:1].isupper() and b.text[:1].isupper() for a, b in pairwise(inside[1:]))


def _is_publisher(s: _Sentence, source: Span | None) -> bool:
    if source is None:
        return False
    folded_source = f" {_fold(source[2])} "
    return any(f" {noun} " in folded_source for noun in s.comp.words["publishers"])


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations of a whole article, paragraph by paragraph.

    A quotation often runs over several sentences; a sentence in its middle carries no quote
    mark, so only the article can tell that a cue there is the quoted speaker's. Callers
    treat attributions whose cue falls inside one of these spans as nested.
    """
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        spans.extend((start + a, start + b) for a, b in _quote_regions(paragraph.group()))
    return spans


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
                and all(t in _COMMAS for t in between)
                and s.has(later.source[0], "relatives")
            ):
                later.source = outlet
                later.relays = True
                item.relayed_by = later
                item.extra_publisher = None
                item.clause_first = None
                break


def _asked_clause(s: _Sentence, cue: _Cue) -> bool:
    """'Asked whether …, he said' / 'When asked about …': a reduced passive that reports."""
    if s.tokens[cue.first].low != "asked":
        return False
    before = cue.first - 1
    return before < 0 or s.tokens[before].low in ("when", "after", "if", "once", "but", "and")


_PASSIVE_REPORTS = frozenset(
    "said told asked reported announced quoted described called expected believed alleged "
    "claimed thought known rumored rumoured considered seen viewed criticized criticised "
    "accused urged warned".split()
)


def _keep(s: _Sentence, item: _Found, found: list[_Found]) -> bool:
    """Drop a cue inside another relation's source ("a poll released last week") and, in
    English, a finite verb with no subject: without one it is a participle modifying a noun
    ("a message posted Friday"), not a report."""
    cue = item.cue
    for other in found:
        if other is not item and other.source and other.source[0] <= cue.first <= other.source[1]:
            return False
    # A passive with no agent still reports ("it was reported that", "he was asked"), but
    # only for verbs of saying; "the chance was denied" reports nothing.
    reporting_passive = (
        cue.passive and s.tokens[cue.first].low in _PASSIVE_REPORTS
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


def _records(
    s: _Sentence, item: _Found, found: list[_Found], entities: Sequence[EntitySpan]
) -> list[Attribution]:
    cue = s.char_span(item.cue.first, item.cue.last)
    source = s.char_span(*item.source) if item.source else None
    if source is not None and entities:
        source = _widen_to_entity(source, entities, s.text)
    content = _span(s.text, *item.content) if item.content else None
    quote = content is not None and any(
        start < content[1] and end > content[0] for start, end in s.quotes
    )
    nested = _is_nested(s, item, found)
    records = [
        Attribution(
            cue=cue,
            source=source,
            content=content,
            anonymous=_is_anonymous(s, source, item.cue),
            publisher=item.relays or _is_publisher(s, source),
            quote=quote,
            nested=nested,
        )
    ]
    if item.extra_publisher is not None:
        outlet = s.char_span(*item.extra_publisher)
        if entities:
            outlet = _widen_to_entity(outlet, entities, s.text)
        if _is_publisher(s, outlet) or _named_outlet(s, outlet, entities):
            records.append(Attribution(cue, outlet, content, False, True, quote, nested))
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
    while first < colon and s.tokens[first].text in _OPEN_QUOTES + _STRAIGHT:
        first += 1  # a transcript line: '"PENCE: And that’s why …'
    words = s.tokens[first:colon]
    if not words:
        return []
    if not all(t.word or t.text in (".", "-", "’s") for t in words):
        return []
    if s.lex.cased and not all(t.text[:1].isupper() for t in words if t.word):
        return []
    if any(t.low in _NOT_SPEAKERS for t in words) or any(
        s.has(i, "stops") for i in range(first, colon)
    ):
        return []
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


# Headline labels that are not speakers ("UPDATE: …", "The Latest: …").
_NOT_SPEAKERS = frozenset(
    _fold(w)
    for w in (
        "latest update updated breaking exclusive analysis video watch photos photo opinion "
        "editorial note correction live factbox explainer timeline new"
    ).split()
)


# --------------------------------------------------------------------------------------------
# Hedges.

# Conditionals that hedge only outside an "if" clause: "il aurait fui" (reportedly fled) but
# not "s'il avait su, il aurait fui".
_CONDITIONAL_HEDGES = frozenset(("aurait", "auraient", "serait", "seraient", "habría", "habrían"))
_IF_WORDS = frozenset(("si", "s'il", "s'ils", "s'", "if"))


def find_hedges(text: str, language: str) -> list[Hedge]:
    """Hedges of one sentence ("reportedly", "يُزعم", "angeblich", French "aurait"), in order.

    A sentence is hedged when this list is not empty; see :func:`is_hedged`.
    """
    s = _prepare(text, language)
    if s is None:
        return []
    conditional_blocked = any(t.low in _IF_WORDS for t in s.tokens)
    hedges = []
    for start, end in _matches(s.comp.hedges, s.folded, s.where):
        if conditional_blocked and _fold(text[start:end]) in _CONDITIONAL_HEDGES:
            continue
        hedges.append(Hedge(_span(text, start, end)))
    return hedges


def find_opinion_markers(text: str, language: str) -> list[Span]:
    """Phrases by which the author states a view of their own ("in our view", "we believe",
    "به نظر ما", "برأينا"): such a sentence is opinion whatever a classifier says."""
    s = _prepare(text, language)
    if s is None or s.comp.opinions is None:
        return []
    return [
        _span(text, start, end)
        for start, end in _matches(s.comp.opinions, s.folded, s.where)
        if not _inside(start, s.quotes)
    ]


def is_hedged(text: str, language: str) -> bool:
    """Whether the sentence distances itself from its claim."""
    return bool(find_hedges(text, language))


# --------------------------------------------------------------------------------------------
# Official responses.


def find_responses(text: str, language: str, entities: Sequence[EntitySpan] = ()) -> list[Response]:
    """Official responses in one sentence: who confirmed, denied, declined or kept silent.

    Refusals are matched before bare verbs, so "would neither confirm nor deny" is one
    ``declined`` response, not a confirmation and a denial; a negated "confirm"/"deny"
    ("did not confirm", "لم يؤكد") is a refusal too. The party is the responding subject,
    found like an attribution's source (after the verb in Arabic).
    """
    s = _prepare(text, language, entities)
    if s is None:
        return []
    # "se negó a firmar" (refused to sign) holds "negó" (denied) but is no response
    taken: list[tuple[int, int]] = _matches(s.comp.not_cues, s.folded, s.where)
    responses: list[Response] = []
    for stance, pattern in s.comp.responses:
        for start, end, gap in _gap_matches(pattern, s.folded, s.where):
            if any(a < end and start < b for a, b in taken):
                continue
            found = s.token_range(start, end)
            if found is None:
                continue
            cue = _Cue(found[0], found[1], "verb")
            resolved = _resolve_stance(s, stance, cue)
            if resolved is None:
                continue
            stance_here, first = resolved
            start = min(start, s.tokens[first].start)
            taken.append((start, end))
            # "رفضت وزارة الخارجية التعليق": in a verb-first language the gap is the party.
            gap_range = s.token_range(*gap) if gap and s.lex.verb_first else None
            party = gap_range or _party(s, cue)
            party_span = s.char_span(*party) if party else None
            if party_span is not None and entities:
                party_span = _widen_to_entity(party_span, entities, text)
            responses.append(Response(stance_here, _span(text, start, end), party_span))
    responses.sort(key=lambda r: r.cue[0])
    return responses


def _resolve_stance(s: _Sentence, stance: Stance, cue: _Cue) -> tuple[Stance, int] | None:
    """The stance a matched response really has, and its first token; None for an adjective.

    "the confirmed cases" and "number of confirmed deaths" are no response; "did not
    confirm" is a refusal, and the negation joins the cue.
    """
    if stance not in ("confirmed", "denied"):
        return stance, cue.first
    before = cue.first - 1
    if before >= 0 and (
        (s.has(before, "determiners") and not s.has(before, "pronouns"))
        or s.has(before, "prepositions")
        or s.tokens[before].low in ("of", "for")
    ):
        return None
    first = _negation_start(s, cue.first)
    return ("declined", first) if first != cue.first else (stance, cue.first)


def _negation_start(s: _Sentence, index: int) -> int:
    """First token of a negation right before ``index`` ("did not", "n'a pas", "لم")."""
    first = index
    negated = False
    for k in range(index - 1, max(-1, index - 4), -1):
        if s.has(k, "negations"):
            first, negated = k, True
        elif s.has(k, "skip") or s.tokens[k].low in ("did", "does", "do", "would", "could"):
            if negated:
                first = k
        else:
            break
    return first


def _party(s: _Sentence, cue: _Cue) -> _Range | None:
    """The subject of a response verb, wherever the language puts it."""
    lex = s.lex
    first = _negation_start(s, cue.first)
    if lex.verb_first:
        return _np_right(s, cue.last + 1) or _np_left(s, first - 1)
    if lex.subject_initial:
        return _np_subject_initial(s, _Cue(first, cue.last, "verb"))
    party = _np_left(s, first - 1)
    if party is None and lex.free_inversion:
        party = _np_right(s, cue.last + 1)
    return party
