"""What happened, sentence by sentence: trigger words, who did it to whom, where and when.

:func:`find_events` is a pure function of one article that has been through the language,
sentence, date, entity and claims stages. For every sentence it

1. finds *triggers*: phrases of the language's lexicon (:mod:`newstrace.events.lexicons`),
   matched word by word on folded text (Arabic words also without proclitics), the longest
   match winning; blockers ("protested his innocence", "heart attack") hide the triggers they
   hold, ambiguous words need their context (English "strike" is labour only next to
   "workers", "union", "pay" …), and a trigger inside a longer name ("Strike Force") is none;
2. drops *unreal* events: a verb after a modal, a future or an infinitive marker ("may
   resign", "threatened to resign": only the threat is an event), an event noun that is asked
   for, feared or planned ("called for his resignation", "la huelga prevista"), anything in a
   conditional clause ("if he resigns", "until a successor is named"), and an event noun whose
   nearest date lies after publication. Negated events ("did not resign") are kept with
   ``negated`` set: that something did not happen is news too, and so is what a denial
   denies ("X denied that he resigned", "denied resigning", "rejected reports that …");
   Arabic imperfect forms ("يلتقي", "تعتقل") are real unless a future, modal or subjunctive
   marker ("سوف", "لن", "أن", "قد", "ليـ") or a later date makes them a plan;
3. finds *participants* among the entity mentions of the trigger's clause: for a verb, the
   subject (before the verb; after it in Arabic and in inverted German or Spanish clauses)
   is the actor and the first name after it the target; a passive ("was arrested by police")
   swaps them (for types with a target only: "was forced to resign" is active); "with X",
   "against X", "on X", Persian "X را" mark targets. For an event noun, the
   possessor ("Haddad's resignation", "استقالة حداد", "la dimisión de Torres") or, after
   "his"/"su"/a pronoun suffix, the clause subject. The source of an attribution is never an
   actor ("Levant Wire reported that Haddad resigned"), unless the trigger is the attribution
   verb itself ("the ministry denied", "Sweis threatened to resign");
4. takes *places* from the clause (else the sentence) where they are named as locations
   ("in Amman", "در تهران", "بعمان"), never a dateline's or a caption's, nor a place in
   argument position ("Jordan's Ministry", a person the NER typed as a place);
5. *dates* the event by the sentence's date expression nearest the trigger (inside the same
   reported content when there is one), else the last day or relative date of an earlier
   sentence of the paragraph (a bare year is background: "since 2006"), else by the
   publication date as an upper bound (``not_after``). An offset from an anchor ("three
   days after the election") is dated from the anchor's date (a date expression, or a dated
   event of a compatible type elsewhere in the article), never by an unrelated date; an
   undated anchor event is dated back from its main clause's own date ("named Sweis on
   Friday, three days after Haddad stepped down": Tuesday). Dates after publication are
   never used; captions, bylines and headlines date nothing.

An event noun that echoes a verb of the same type in its sentence, naming no other
participant, is dropped (one event per sentence and type, not two).

Framing lines (``kind == "other"``): captions, bylines and boilerplate yield no events. A
headline yields its events only when the body does not already tell one of the same type with
the same actors, so the better-dated body mention stands for it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from ..dates.offsets import find_offsets, shift_value
from ..models import Article, DateRef, EntityMention, EventMention, Sentence, TextSpan
from ..nlp import roles
from ..nlp.normalize import fold, fold_with_offsets, word_variants
from .lexicons import EventLexicon, Sense, event_lexicon
from .ontology import EVENT_TYPES, EventType, compatible_types

# Words and single punctuation marks; "didn't" stays one word so negations read as written.
_TOKEN = re.compile(r"\w+(?:['’]t(?!\w))?|[^\w\s]")
# Punctuation that closes a clause (commas do not: appositives sit between them).
_CLAUSE_PUNCT = frozenset(';:()[]{}"“”«»„—–|؛.!?…')
# Punctuation that closes a look-around window and a "…" gap.
_WINDOW_STOP = _CLAUSE_PUNCT | frozenset(",،")
_APOSTROPHES = frozenset("'’")
_GAP_WORDS = 6  # how many words a "…" in a lexicon phrase may stand for
_WINDOW = 3  # how many words before a trigger modals and negations may sit
# How far before an event noun the verb that wants or plans it may sit: Arabic puts the
# subject between ("هدد الوزير عمر الخطيب بالاستقالة").
_NOUN_MODAL_WINDOW = 5
_COMPLEMENT_REACH = 4  # "the resignation of the deputy minister Karim Haddad"
_TARGET_REACH = 4  # "imposed sanctions on Iran", "هجوم على مواقع …"
_PARAGRAPH = re.compile(r"\n\s*\n")
_ACTOR_TYPES = frozenset(("person", "organization", "outlet"))

Kind = Literal["verb", "imperfect", "noun", "either", "passive", "negated_only", "block"]
Status = Literal["real", "negated", "unreal"]


# --------------------------------------------------------------------------------------------
# Lexicons, compiled once per language.


@dataclass(frozen=True, slots=True)
class _Part:
    mode: Literal["exact", "prefix", "suffix", "gap"]
    text: str

    def matches(self, variants: Sequence[str]) -> bool:
        if self.mode == "exact":
            return self.text in variants
        if self.mode == "prefix":
            return any(v.startswith(self.text) for v in variants)
        return any(v.endswith(self.text) for v in variants)


@dataclass(frozen=True, slots=True)
class _Entry:
    type: str | None  # None for a blocker
    kind: Kind
    parts: tuple[_Part, ...]
    sense: Sense | None
    exact: int  # exact (non-wildcard) parts: an exact word beats a stem


@dataclass(frozen=True, slots=True)
class _Words:
    """A folded word list with "stem*" entries."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def has(self, word: str) -> bool:
        return word in self.exact or any(word.startswith(p) for p in self.prefixes)


@dataclass(frozen=True, slots=True)
class _Compiled:
    lex: EventLexicon
    first_exact: dict[str, tuple[_Entry, ...]]
    first_prefix: dict[str, tuple[_Entry, ...]]
    first_suffix: dict[str, tuple[_Entry, ...]]
    prefix_sizes: tuple[int, ...]
    suffix_sizes: tuple[int, ...]
    words: dict[str, _Words]
    senses: dict[int, tuple[_Words, _Words]]  # id(Sense) -> (needs, unless)
    light_verbs: dict[str, str]
    noun_forms: frozenset[str]
    clitics: bool  # Arabic: words also match without their proclitics
    arabic_script: bool


def _phrase_parts(phrase: str) -> tuple[_Part, ...]:
    parts: list[_Part] = []
    for raw in phrase.split():
        if raw == "…":  # checked before folding: NFKC turns it into three dots
            parts.append(_Part("gap", ""))
            continue
        chunk = fold(raw)
        lead, trail = chunk.startswith("*"), chunk.endswith("*")
        pieces = [_normal(t) for t in _TOKEN.findall(chunk.strip("*"))]
        for index, piece in enumerate(pieces):
            mode: Literal["exact", "prefix", "suffix"] = "exact"
            if trail and index == len(pieces) - 1:
                mode = "prefix"
            elif lead and index == 0:
                mode = "suffix"
            parts.append(_Part(mode, piece))
    return tuple(parts)


def _normal(token: str) -> str:
    return token.replace("’", "'")


def _word_list(entries: Iterable[str]) -> _Words:
    exact, prefixes = set(), []
    for entry in entries:
        word = _normal(fold(entry))
        if word.endswith("*"):
            prefixes.append(word[:-1])
        else:
            exact.add(word)
    return _Words(frozenset(exact), tuple(prefixes))


def _entries(lex: EventLexicon) -> list[_Entry]:
    kinds: dict[tuple[str, tuple[_Part, ...]], set[str]] = {}
    phrases: dict[tuple[str, tuple[_Part, ...]], str] = {}
    groups: tuple[tuple[str, Iterable[tuple[str, tuple[str, ...]]]], ...] = (
        ("verb", lex.verbs.items()),
        ("imperfect", lex.imperfect.items()),
        ("noun", lex.nouns.items()),
        ("passive", lex.passives.items()),
        ("negated_only", lex.negated_only.items()),
    )
    for kind, items in groups:
        for type_id, listed in items:
            for phrase in listed:
                key = (type_id, _phrase_parts(phrase))
                kinds.setdefault(key, set()).add(kind)
                phrases.setdefault(key, phrase)
    entries = []
    for (type_id, parts), found in kinds.items():
        # A form listed as verb and as noun ("protest", "attack") is told apart in context.
        kind = _entry_kind(found)
        sense = lex.senses.get(phrases[(type_id, parts)])
        entries.append(_Entry(type_id, kind, parts, sense, _exact_count(parts)))
    for phrase in lex.blockers:
        parts = _phrase_parts(phrase)
        entries.append(_Entry(None, "block", parts, None, _exact_count(parts)))
    return entries


def _entry_kind(listed: set[str]) -> Kind:
    """How a phrase listed under several kinds is read: as verb or noun by context when it is
    both ("protest", "attack"), else by the first of verb, imperfect, passive, noun,
    negated-only (an imperfect form is negated after "لم" anyway)."""
    if {"verb", "noun"} <= listed:
        return "either"
    order: tuple[Kind, ...] = ("verb", "imperfect", "passive", "noun", "negated_only")
    return next(kind for kind in order if kind in listed)


def _exact_count(parts: Sequence[_Part]) -> int:
    return sum(p.mode == "exact" for p in parts)


@cache
def _compiled(language: str) -> _Compiled | None:
    lex = event_lexicon(language)
    if lex is None:
        return None
    exact: dict[str, list[_Entry]] = {}
    prefix: dict[str, list[_Entry]] = {}
    suffix: dict[str, list[_Entry]] = {}
    for entry in _entries(lex):
        first = entry.parts[0]
        table = {"exact": exact, "prefix": prefix, "suffix": suffix}[first.mode]
        table.setdefault(first.text, []).append(entry)
    lists = {
        name: _word_list(getattr(lex, name))
        for name in (
            "negations",
            "modals",
            "noun_modals",
            "modals_after",
            "conditionals",
            "passive_aux",
            "agents",
            "boundaries",
            "relatives",
            "forced",
            "coordinators",
            "determiners",
            "possessives",
            "prepositions",
            "of_words",
            "target_preps",
            "with_words",
            "object_markers",
            "imperfect_modals",
            "progressive",
            "complementizers",
            "report_nouns",
            "nonfinite",
            "nonfinite_after",
            "pronouns",
            "contrasts",
        )
    }
    senses = {id(s): (_word_list(s.needs), _word_list(s.unless)) for s in lex.senses.values()}
    nouns = {
        part.text
        for type_id, listed in lex.nouns.items()
        for phrase in listed
        for part in _phrase_parts(phrase)[:1]
        if part.mode != "gap" and type_id
    }
    return _Compiled(
        lex=lex,
        first_exact={k: tuple(v) for k, v in exact.items()},
        first_prefix={k: tuple(v) for k, v in prefix.items()},
        first_suffix={k: tuple(v) for k, v in suffix.items()},
        prefix_sizes=tuple(sorted({len(k) for k in prefix})),
        suffix_sizes=tuple(sorted({len(k) for k in suffix})),
        words=lists,
        senses=senses,
        light_verbs={_normal(fold(k)): v for k, v in lex.light_verbs.items()},
        noun_forms=frozenset(nouns),
        clitics=language == "ar",
        arabic_script=language in ("ar", "fa"),
    )


# --------------------------------------------------------------------------------------------
# One sentence, prepared once.


class _Token(NamedTuple):  # a tuple: built for every word of every sentence
    text: str  # folded, apostrophes normalised
    variants: tuple[str, ...]  # the text, and for Arabic its forms without proclitics
    start: int  # offsets into the sentence text
    end: int
    word: bool


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
    tokens: list[_Token]
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


def _tokens(text: str, comp: _Compiled) -> list[_Token]:
    """The words and punctuation of a sentence, folded, with offsets into its text."""
    if not comp.arabic_script:
        # Latin script: folding a word never splits or joins words, so the words are cut from
        # the text itself and folded one by one (memoised), a tenth of the per-character cost.
        return [
            _Token(*_fold_word(m.group()), m.start(), m.end(), m.group()[0].isalnum())
            for m in _TOKEN.finditer(text)
        ]
    # Arabic script: folding drops diacritics, tatweel and ZWNJ ("می‌کند" is one word), so
    # words are cut from the folded text and mapped back.
    folded, where = fold_with_offsets(text)
    tokens = []
    for match in _TOKEN.finditer(folded):
        word = _normal(match.group())
        start, end = where[match.start()], where[match.end() - 1] + 1
        variants = word_variants(word) if comp.clitics else (word,)
        tokens.append(_Token(word, variants, start, end, word[0].isalnum()))
    return tokens


@lru_cache(maxsize=100_000)
def _fold_word(word: str) -> tuple[str, tuple[str, ...]]:
    folded = _normal(fold(word))
    return folded, (folded,)


def _prepare(
    article: Article,
    sentence: Sentence,
    mentions: Sequence[EntityMention],
    tokens: list[_Token],
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


# --------------------------------------------------------------------------------------------
# Triggers.


@dataclass(frozen=True, slots=True)
class _Match:
    entry: _Entry
    anchors: tuple[int, ...]  # the tokens the phrase's words matched (a gap's are not)

    @property
    def first(self) -> int:
        return self.anchors[0]

    @property
    def last(self) -> int:
        return self.anchors[-1]


def _triggers(tokens: Sequence[_Token], comp: _Compiled) -> list[_Match]:
    """Lexicon matches of a sentence, longest first, without overlaps or blocked ones."""
    found: list[_Match] = []
    for index, token in enumerate(tokens):
        if not token.word:
            continue
        for entry in _first_word_entries(comp, token):
            anchors = _match_rest(tokens, index, entry.parts)
            if anchors is not None and _sense_holds(tokens, comp, entry, anchors):
                found.append(_Match(entry, anchors))
    found.sort(key=lambda m: (-len(m.anchors), -m.entry.exact, m.first))
    taken: set[int] = set()
    chosen = []
    for match in found:
        if taken.intersection(match.anchors):
            continue
        taken.update(match.anchors)
        if match.entry.type is not None:
            chosen.append(match)
    chosen.sort(key=lambda m: m.first)
    return chosen


def _first_word_entries(comp: _Compiled, token: _Token) -> list[_Entry]:
    entries: list[_Entry] = []
    for variant in token.variants:
        entries.extend(comp.first_exact.get(variant, ()))
        for size in comp.prefix_sizes:
            if size > len(variant):
                break
            entries.extend(comp.first_prefix.get(variant[:size], ()))
        for size in comp.suffix_sizes:
            if size > len(variant):
                break
            entries.extend(comp.first_suffix.get(variant[-size:], ()))
    return list(dict.fromkeys(entries)) if len(token.variants) > 1 else entries


def _match_rest(
    tokens: Sequence[_Token], index: int, parts: Sequence[_Part]
) -> tuple[int, ...] | None:
    """The anchor tokens of ``parts`` matched from token ``index`` on, or None."""
    anchors = [index]
    position = index + 1
    k = 1
    while k < len(parts):
        part = parts[k]
        if part.mode == "gap":
            following = parts[k + 1]
            for j in range(position, min(len(tokens), position + _GAP_WORDS + 1)):
                if following.matches(tokens[j].variants):
                    position = j
                    break
                if tokens[j].text in _WINDOW_STOP:
                    return None
            else:
                return None
            k += 1
            continue
        if position >= len(tokens) or not part.matches(tokens[position].variants):
            return None
        anchors.append(position)
        position += 1
        k += 1
    return tuple(anchors)


def _sense_holds(
    tokens: Sequence[_Token], comp: _Compiled, entry: _Entry, anchors: tuple[int, ...]
) -> bool:
    """An ambiguous trigger's context: a needed word in the sentence, no excluded word in the
    three words after it."""
    if entry.sense is None:
        return True
    needs, unless = comp.senses[id(entry.sense)]
    if (needs.exact or needs.prefixes) and not any(needs.has(t.text) for t in tokens):
        return False
    after = _word_window(tokens, anchors[-1] + 1, 1, _WINDOW)
    return not any(unless.has(tokens[i].text) for i in after)


def _inside_name(s: _Sentence, match: _Match) -> bool:
    """A trigger word that is part of a longer name ("Strike Force", "Protest Party"); a name
    that is just the trigger ("Protesters" tagged as a person) does not hide it."""
    start, end = s.tokens[match.first].start, s.tokens[match.last].end
    for name in s.names:
        m_start = name.mention.start - s.sentence.start
        m_end = name.mention.end - s.sentence.start
        if m_start < end and start < m_end and (m_start < start or m_end > end):
            return True
    return False


def _window(s: _Sentence, index: int, step: int, size: int = _WINDOW) -> list[int]:
    return _word_window(s.tokens, index, step, size)


def _word_window(tokens: Sequence[_Token], index: int, step: int, size: int) -> list[int]:
    """Up to ``size`` word tokens from ``index`` going ``step`` (±1), stopping at clause
    punctuation or a comma; apostrophes and hyphens do not count."""
    out: list[int] = []
    while 0 <= index < len(tokens) and len(out) < size:
        token = tokens[index]
        if token.text in _WINDOW_STOP:
            break
        if token.word:
            out.append(index)
        index += step
    return out


# --------------------------------------------------------------------------------------------
# Kind, voice and reality of one trigger.


@dataclass(frozen=True, slots=True)
class _Reading:
    kind: Literal["verb", "noun"]
    passive: bool
    status: Status
    last: int  # last token of the trigger (a Persian light verb extends it)
    present: bool = False  # an imperfect (present-tense) form: a later date makes it a plan


def _read(s: _Sentence, match: _Match, clause: tuple[int, int]) -> _Reading:
    entry = match.entry
    kind: Literal["verb", "noun"] = "noun" if entry.kind == "noun" else "verb"
    if entry.kind == "either":
        kind = "noun" if s.is_(match.first - 1, "determiners") else "verb"
    last = match.last
    passive = entry.kind == "passive"
    present = entry.kind == "imperfect"
    status: Status = "real"
    light = _light_verb(s, match) if kind == "noun" else None
    if light is not None:
        index, voice = light
        kind, last = "verb", index
        passive = voice in ("passive", "negated_passive", "present_passive")
        if voice.startswith("present"):
            # "دیدار می‌کند" meets or will meet; "دارند تجمع می‌کنند" are rallying now.
            present = True
            status = "real" if _progressive(s, match) else "unreal"
        elif voice == "hypothetical":
            status = "unreal"
        elif voice.startswith("negated"):
            status = "negated"
    if status == "real":
        status = _noun_status(s, match) if kind == "noun" else _verb_status(s, match)
    if status != "unreal" and entry.kind == "imperfect" and _subjunctive(s, match):
        status = "unreal"
    if status != "unreal" and light is not None and _wanted(s, match):
        status = "unreal"  # "تهدید به اعتصاب کردند": they threatened a strike
    if entry.kind == "negated_only":
        status = "negated" if status == "negated" else "unreal"
    if status != "unreal" and _conditional(s, match, clause):
        status = "unreal"
    if kind == "verb" and not passive:
        passive = _passive(s, match, clause)
    return _Reading(kind, passive, status, last, present)


def _subjunctive(s: _Sentence, match: _Match) -> bool:
    """An imperfect after "أن" / "قد" / "كي" ("من المقرر أن يلتقي", "قد يستقيل", "أن لا
    يستقيل"), or with a purpose or command "لـ" on it ("ليستقيل"): wished, possible or
    planned. The future "سـ" never matches: it is no proclitic the matcher strips."""
    before = _window(s, match.first - 1, -1, 2)
    if before and s.is_(before[0], "imperfect_modals"):
        return True
    if len(before) == 2 and s.is_(before[0], "negations") and s.is_(before[1], "imperfect_modals"):
        return True
    word = s.tokens[match.first].text
    head = match.entry.parts[0].text
    prefix = word[: len(word) - len(head)] if word.endswith(head) else ""
    return bool(prefix) and prefix in s.lex.imperfect_proclitics


def _progressive(s: _Sentence, match: _Match) -> bool:
    """A progressive auxiliary before a Persian present ("دارند … تجمع می‌کنند")."""
    return any(s.is_(i, "progressive") for i in _window(s, match.first - 1, -1, 6))


def _light_verb(s: _Sentence, match: _Match) -> tuple[int, str] | None:
    """A Persian light verb after an event noun ("استعفا داد", "بازداشت شد"), with its voice;
    one coordinated noun may come between ("دیدار و گفتگو کرد")."""
    if not s.comp.light_verbs:
        return None
    index = match.last + 1
    for _ in range(2):
        if index >= len(s.tokens):
            return None
        voice = s.comp.light_verbs.get(s.tokens[index].text)
        if voice is not None:
            return index, voice
        if s.tokens[index].text in _IMPERFECTIVE and index + 1 < len(s.tokens):
            # "می کند" written with a space: one light verb
            voice = s.comp.light_verbs.get(s.tokens[index].text + s.tokens[index + 1].text)
            if voice is not None:
                return index + 1, voice
        if not s.is_(index, "coordinators"):
            return None
        index += 2
    return None


# Persian imperfective prefixes written apart from their verb ("می کند").
_IMPERFECTIVE = frozenset(fold(w) for w in ("می", "نمی"))


def _verb_status(s: _Sentence, match: _Match) -> Status:
    before = _window(s, match.first - 1, -1)
    for position, index in enumerate(before):
        if s.is_(index, "modals"):
            # "forced to resign": the infinitive after "forced" did happen.
            governor = before[position + 1] if position + 1 < len(before) else -1
            if not s.is_(governor, "forced"):
                return "unreal"
    inside = range(match.first, match.last + 1)
    if any(s.is_(i, "negations") for i in (*before, *inside)):
        return "negated"
    return "real"


def _wanted(s: _Sentence, match: _Match) -> bool:
    """An event noun that is asked for, feared or planned ("called for his resignation")."""
    before = _window(s, match.first - 1, -1, _NOUN_MODAL_WINDOW)
    return any(s.is_(i, "noun_modals") for i in before)


def _noun_status(s: _Sentence, match: _Match) -> Status:
    before = _window(s, match.first - 1, -1)
    if _wanted(s, match):
        return "unreal"
    # "would not approve a deal": the object of a modal verb ("to" is a preposition here).
    if any(
        s.is_(i, "modals") and not s.is_(i, "prepositions")
        for i in _window(s, match.first - 1, -1, _WINDOW + 1)
    ):
        return "unreal"
    if any(s.is_(i, "modals_after") for i in _window(s, match.last + 1, 1, 2)):
        return "unreal"
    if any(s.is_(i, "negations") for i in before[:2]):
        return "negated"
    return "real"


def _conditional(s: _Sentence, match: _Match, clause: tuple[int, int]) -> bool:
    return any(s.is_(i, "conditionals") for i in range(clause[0], match.first))


def _passive(s: _Sentence, match: _Match, clause: tuple[int, int]) -> bool:
    """An auxiliary of the passive right before a participle ("was arrested", "was reportedly
    arrested", "n'a pas été arrêté"), or anywhere earlier in a verb-final clause ("wurde …
    festgenommen"). Types without a target have no passive: "was forced to resign"."""
    entry_type = EVENT_TYPES[match.entry.type or ""]
    english = s.lex.language == "en"
    if not entry_type.targets or (english and s.tokens[match.first].text.endswith("ing")):
        return False
    if s.lex.verb_final:
        return any(s.is_(i, "passive_aux") for i in range(clause[0], match.first))
    for index in _window(s, match.first - 1, -1):
        if s.is_(index, "passive_aux"):
            return True
        word = s.tokens[index].text
        if not (s.is_(index, "negations") or (english and word.endswith("ly"))):
            return False
    return False


# --------------------------------------------------------------------------------------------
# Clauses and participants.


def _clause(s: _Sentence, first: int, last: int) -> tuple[int, int, int]:
    """(start, end, boundary) tokens of the clause around a trigger; ``boundary`` is the token
    that opened it (-1 at the sentence or reported content start)."""
    low, high = s.opening, len(s.tokens) - 1
    start_char = s.tokens[first].start
    for c_start, c_end in s.contents:
        if c_start <= start_char < c_end:
            inside = [i for i, t in enumerate(s.tokens) if c_start <= t.start < c_end]
            low, high = inside[0], inside[-1]
            break
    index = first - 1
    while index >= low and not _opens_clause(s, index):
        index = _bracket_start(s, index, low) - 1
    boundary = index if index >= low else -1
    end = last + 1
    while end <= high and not _opens_clause(s, end):
        end = _bracket_end(s, end, high) + 1
    return max(index + 1, low), end - 1, boundary


# A parenthesis inside a clause ("كريم حداد (Karim Haddad) استقالته") is passed over whole.
_OPEN_BRACKETS, _CLOSE_BRACKETS = frozenset("(["), frozenset(")]")


def _bracket_start(s: _Sentence, index: int, low: int) -> int:
    """The opening bracket of a parenthesis closing at ``index`` (else ``index``)."""
    if s.tokens[index].text not in _CLOSE_BRACKETS:
        return index
    for j in range(index - 1, low - 1, -1):
        if s.tokens[j].text in _OPEN_BRACKETS:
            return j
    return index


def _bracket_end(s: _Sentence, index: int, high: int) -> int:
    if s.tokens[index].text not in _OPEN_BRACKETS:
        return index
    for j in range(index + 1, high + 1):
        if s.tokens[j].text in _CLOSE_BRACKETS:
            return j
    return index


def _opens_clause(s: _Sentence, index: int) -> bool:
    text = s.tokens[index].text
    if text in _OPEN_BRACKETS or text in _CLOSE_BRACKETS:
        return (
            _bracket_start(s, index, 0) == index
            and _bracket_end(s, index, len(s.tokens) - 1) == index
        )
    if text in _CLAUSE_PUNCT or s.is_(index, "boundaries"):
        return True
    # "X and Y met" joins two names; "met Y and signed" opens a clause.
    return s.is_(index, "coordinators") and s.name_at(index + 1) is None


def _eligible(s: _Sentence, name: _Name, etype: EventType) -> bool:
    mention = name.mention
    if mention.anonymous or mention.role is not None or _in_source(s, mention):
        return False
    if mention.type in _ACTOR_TYPES:
        return True
    if mention.type == "other":
        # Without a model (de, es, fr) a name the fallback cannot type is "other".
        return mention.source == "fallback"
    if mention.type != "place" or not etype.state_actors:
        return False
    # A state in argument position ("Iran sanctioned …", "sanctions on Iran"), not in an adjunct.
    return not _after_preposition(s, name) or _marked_by_preposition(s, name)


def _marked_by_preposition(s: _Sentence, name: _Name) -> bool:
    """ "with X", "against X", "on X" (after an event): the preposition marks a participant."""
    previous = name.first - 1
    if s.is_(previous, "determiners"):
        previous -= 1
    return s.is_(previous, "with_words") or s.is_(previous, "target_preps")


def _in_source(s: _Sentence, mention: EntityMention) -> bool:
    start, end = mention.start - s.sentence.start, mention.end - s.sentence.start
    return any(a <= start and end <= b for a, b in s.sources)


def _after_preposition(s: _Sentence, name: _Name) -> bool:
    """ "in Amman", "at the Ministry", "Minister of Water": a name in an adjunct or a modifier
    is no subject or object."""
    previous = name.first - 1
    if s.is_(previous, "determiners") and not s.is_(previous, "prepositions"):
        previous -= 1
    return s.is_(previous, "prepositions") or s.is_(previous, "of_words")


def _locative(s: _Sentence, name: _Name, names: Sequence[_Name]) -> bool:
    """A place named where an event happens: after a preposition ("in Amman", "در تهران"),
    a proclitic one ("بعمان"), or joined to such a place ("in Köln und Düsseldorf"). A place
    in argument position is a participant or a modifier ("Jordan's water sector"), and a
    mislabelled person ("Haddad stepped down") must not become a place."""
    offset = name.mention.start - s.sentence.start
    if s.tokens[name.first].start < offset:
        return True  # a proclitic preposition inside the word
    previous = name.first - 1
    if s.is_(previous, "determiners") and not s.is_(previous, "prepositions"):
        previous -= 1
    if s.is_(previous, "prepositions"):
        # "after Haddad stepped down": a preposition that opens a clause is no place's.
        return not s.is_(previous, "boundaries")
    if s.is_(previous, "coordinators") or (
        0 <= previous < len(s.tokens) and s.tokens[previous].text in ",،"
    ):
        before = next((n for n in names if n.last == previous - 1), None)
        return before is not None and before.mention.type == "place" and _locative(s, before, names)
    return False


def _possessor_of_name(s: _Sentence, name: _Name) -> bool:
    """ "Jordan's Ministry of Water": the possessor is part of the other name."""
    index = name.last + 1
    if index + 1 < len(s.tokens) and s.tokens[index].text in _APOSTROPHES:
        following = s.name_at(index + 2)
        return following is not None
    return False


def _marked(s: _Sentence, names: Sequence[_Name], etype: EventType, match: _Match) -> list[_Name]:
    """Names marked as targets: "with X" on either side of the trigger ("با Y دیدار کرد"),
    Persian "X را", and "against X", "on X" just after it ("sanctions on Iran"; Arabic "على"
    is everywhere, so farther away it marks nothing)."""
    if not etype.targets:
        return []
    out = []
    for name in names:
        previous = name.first - 1
        if s.is_(previous, "determiners"):
            previous -= 1
        near = match.last < name.first <= match.last + _TARGET_REACH
        if (
            s.is_(previous, "with_words")
            or (near and s.is_(previous, "target_preps"))
            or s.is_(name.last + 1, "object_markers")
        ):
            out.append(name)
    return out


@dataclass(slots=True)
class _Roles:
    actors: list[_Name]
    targets: list[_Name]


def _participants(
    s: _Sentence,
    match: _Match,
    reading: _Reading,
    etype: EventType,
    clause: tuple[int, int, int],
) -> _Roles:
    start, end, _boundary = clause
    names = [
        n
        for n in s.names
        if start <= n.first
        and n.last <= end
        and not any(_overlaps(n, a, a) for a in (*match.anchors, reading.last))
    ]
    names = [n for n in names if _eligible(s, n, etype)]
    marked = _marked(s, names, etype, match)
    free = [n for n in names if n not in marked and not _possessor_of_name(s, n)]
    left = [
        n
        for n in free
        if n.last < match.first
        and (not _after_preposition(s, n) or _opens_subject(s, n, match, clause))
    ]
    right = [n for n in free if n.first > match.first and not _after_preposition(s, n)]
    if reading.kind == "noun":
        roles_ = _noun_roles(s, match, reading, etype, names, left, clause)
    else:
        roles_ = _verb_roles(s, match, reading, etype, left, right, names, clause)
    cue_actor = _cue_source(s, match, reading)
    if cue_actor is not None:
        roles_.actors = [cue_actor]
    if etype.targets:
        roles_.targets.extend(n for n in marked if n not in roles_.targets)
    else:
        roles_.targets = []
    roles_.actors = _with_coordinated(s, roles_.actors, names)
    roles_.targets = _with_coordinated(s, roles_.targets, names)
    return roles_


def _opens_subject(s: _Sentence, name: _Name, match: _Match, clause: tuple[int, int, int]) -> bool:
    """ "three days after Haddad stepped down": a preposition that opens the clause ("after",
    "before", "بعد") is a conjunction, and the name right after it is the subject of the verb
    that follows with only words between (not "After Haddad's dismissal, Sweis resigned")."""
    if clause[2] != name.first - 1 or not s.is_(clause[2], "boundaries"):
        return False
    between = range(name.last + 1, match.first)
    return all(s.tokens[i].word and s.name_at(i) is None for i in between)


def _overlaps(name: _Name, first: int, last: int) -> bool:
    return name.first <= last and first <= name.last


def _verb_roles(
    s: _Sentence,
    match: _Match,
    reading: _Reading,
    etype: EventType,
    left: list[_Name],
    right: list[_Name],
    names: list[_Name],
    clause: tuple[int, int, int],
) -> _Roles:
    lex = s.lex
    if reading.passive:
        agent = next(
            (n for n in names if n.first > match.first and s.is_(n.first - 1, "agents")), None
        )
        return _Roles([agent] if agent else [], left[:1])
    right = [n for n in right if not s.is_(n.first - 1, "agents")]
    if lex.verb_first and right:
        if etype.patient_first and len(right) == 1 and not left:
            # "اعتقل الصحفي رامي صالح": without vowel marks the passive reads like the active.
            return (
                _Roles([], right[:1])
                if right[0].mention.type == "person"
                else _Roles(right[:1], [])
            )
        return _Roles(right[:1], right[1:2])
    if left:
        target = right[:1]
        if not target and lex.verb_final and len(left) > 1:
            target = left[1:2]
        return _Roles(left[:1], target)
    if right and lex.free_inversion and (not etype.targets or len(right) > 1):
        return _Roles(right[:1], right[1:2])
    actor = _outside_subject(s, clause, etype)
    return _Roles([actor] if actor else [], right[:1])


def _outside_subject(s: _Sentence, clause: tuple[int, int, int], etype: EventType) -> _Name | None:
    """The subject a clause shares with the one before: the antecedent of "who", or the
    subject of "met Y and signed …"."""
    boundary = clause[2]
    if boundary < 0:
        return None
    before = [n for n in s.names if n.last < boundary and _eligible(s, n, etype)]
    if s.is_(boundary, "relatives"):
        return before[-1] if before else None
    if s.is_(boundary, "coordinators"):
        subjects = [n for n in before if not _after_preposition(s, n)]
        return subjects[0] if subjects else None
    return None


def _noun_roles(
    s: _Sentence,
    match: _Match,
    reading: _Reading,
    etype: EventType,
    names: list[_Name],
    left: list[_Name],
    clause: tuple[int, int, int],
) -> _Roles:
    roles_ = _Roles([], [])
    complement = _complement(s, match, names)
    if complement is not None:
        (roles_.targets if etype.patient_first else roles_.actors).append(complement)
    agent = next(
        (n for n in names if n.first > reading.last and s.is_(n.first - 1, "agents")), None
    )
    if agent is not None and agent not in roles_.targets:
        roles_.actors = [agent]
    if not roles_.actors and not etype.patient_first and _possessed(s, match):
        subject = left[0] if left else _outside_subject(s, clause, etype)
        if subject is not None:
            roles_.actors.append(subject)
    return roles_


def _complement(s: _Sentence, match: _Match, names: list[_Name]) -> _Name | None:
    """Whose event a noun names: "Haddad's resignation", "the resignation of Haddad",
    "استقالة حداد", "Rücktritt von Berger"."""
    lex = s.lex
    if lex.saxon_genitive:
        for name in names:
            gap = match.first - name.last
            if (
                2 < gap <= 5
                and s.tokens[name.last + 1].text in _APOSTROPHES
                and s.tokens[name.last + 2].text == "s"
                and all(s.tokens[i].word for i in range(name.last + 3, match.first))
            ):
                return name
    index = match.last + 1
    if lex.of_words:
        if not s.is_(index, "of_words"):
            return None
        index += 1
    for name in names:
        if name.first < index or name.first - index > _COMPLEMENT_REACH:
            continue
        between = range(index, name.first)
        if all(s.tokens[i].word and not s.is_(i, "prepositions") for i in between):
            return name
        return None
    return None


def _possessed(s: _Sentence, match: _Match) -> bool:
    """ "his resignation", "su dimisión", "استقالته", "استعفای خود": the noun belongs to the
    clause subject."""
    if any(s.is_(i, "possessives") for i in _window(s, match.first - 1, -1)):
        return True
    if s.is_(match.last + 1, "possessives"):
        return True
    word = s.tokens[match.last].text
    for suffix in s.lex.possessive_suffixes:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and (
            stem in s.comp.noun_forms
            or (stem.endswith("ت") and stem[:-1] + "ه" in s.comp.noun_forms)
        ):
            return True
    return False


def _cue_source(s: _Sentence, match: _Match, reading: _Reading) -> _Name | None:
    """When the trigger is an attribution's or a response's verb ("Sweis threatened to …",
    "the ministry denied …"), its source is the actor."""
    start = s.sentence.start + s.tokens[match.first].start
    end = s.sentence.start + s.tokens[reading.last].end
    cues = [(a.cue, a.local) for a in s.sentence.attributions]
    cues += [(r.cue, r.local) for r in s.sentence.responses]
    for cue, local in cues:
        if cue.start < end and start < cue.end and local is not None:
            found = [n for n in s.names if n.mention.local == local]
            if found:
                return found[0]
    return None


def _with_coordinated(s: _Sentence, chosen: list[_Name], names: list[_Name]) -> list[_Name]:
    """ "X and Y met": a name joined to a chosen one by a coordinator is chosen too."""
    out = list(chosen)
    for name in chosen:
        current = name
        while True:
            following = (
                s.name_at(current.last + 2) if s.is_(current.last + 1, "coordinators") else None
            )
            if following is None or following not in names or following in out:
                break
            out.append(following)
            current = following
    return out


def _places(s: _Sentence, clause: tuple[int, int, int], used: set[int]) -> list[int]:
    """Place mentions of the clause (else of the sentence), never a dateline's or a caption's,
    a source's, a participant's, or the possessor inside an organisation's name."""

    def usable(name: _Name) -> bool:
        mention = name.mention
        return (
            mention.type == "place"
            and mention.role is None
            and mention.local not in used
            and not _in_source(s, mention)
            and _locative(s, name, s.names)
            and not _possessor_of_name(s, name)
        )

    start, end, _boundary = clause
    places = [n for n in s.names if usable(n) and start <= n.first and n.last <= end]
    if not places:
        places = [n for n in s.names if usable(n)]
    return _unique(n.mention.local for n in places)


def _unique(locals_: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(local for local in locals_ if local >= 0))


# --------------------------------------------------------------------------------------------
# Denials.

# What a denial covers is not told as an accusation's or a denial's content: "denied the
# accusations" keeps the accusation, "denied involvement in the attack" the attack.
_NEVER_DENIED = frozenset(("deny",))
_NOT_DENIED_NOUNS = frozenset(("accuse", "deny"))
_DENIAL_REACH = 6  # words between a denial verb and what it denies ("denied on Tuesday that")
_CLAUSE_REACH = 8  # words between "that" and the denied verb


def _deny(s: _Sentence, told: Sequence[_Told]) -> None:
    """ "X denied that he resigned", "denied resigning", "rejected reports that …", "نفى أنه
    استقال", "dementierte, zurückgetreten zu sein", "desmintió haber dimitido", "استعفای خود را
    تکذیب کرد": the denied event is told as not having happened (``negated``; a denied
    negation is asserted). The denial stays an event of its own, with the denier as actor, who
    is also the denied event's subject where the clause says so ("he", "denied resigning")."""
    denials = [t for t in told if t.event.type == "deny" and t.reading.status == "real"]
    for denial in denials:
        if denial.reading.kind != "verb":
            continue
        for other, role in _denied(s, denial, told):
            other.event.negated = not other.event.negated
            if role and denial.event.actors:
                _inherit(other, denial.event.actors, role)


def _inherit(told: _Told, actors: list[int], role: str) -> None:
    """The denier as the denied event's actor, or its target in a passive ("denied being
    arrested") or for a possessed patient noun ("denied reports of his arrest")."""
    event = told.event
    etype = EVENT_TYPES[event.type]
    if role == "target" or (told.reading.passive and etype.targets):
        if etype.targets and not event.targets:
            event.targets = [a for a in actors if a not in event.actors]
    elif not event.actors:
        event.actors = [a for a in actors if a not in event.targets]


def _denied(s: _Sentence, denial: _Told, told: Sequence[_Told]) -> list[tuple[_Told, str]]:
    """The events a denial covers, each with the denier's role in it ("actor", "target", or
    "" for none)."""
    others = sorted(
        (t for t in told if t is not denial and t.event.type not in _NEVER_DENIED),
        key=lambda t: t.match.first,
    )
    out: list[tuple[_Told, str]] = []
    following = [t for t in others if t.match.first > denial.match.first]
    if following:
        link = _denial_link(s, denial, following[0])
        if link is not None:
            out.append((following[0], link))
            previous = following[0]
            for nxt in following[1:]:  # "denied that he resigned and fled the country"
                gap = range(previous.reading.last + 1, nxt.match.first)
                if not (
                    nxt.reading.kind == "verb"
                    and s.is_(nxt.match.first - 1, "coordinators")
                    and len(gap) <= _CLAUSE_REACH
                    and not any(s.tokens[i].text in _CLAUSE_PUNCT for i in gap)
                ):
                    break
                out.append((nxt, link))
                previous = nxt
    if s.lex.object_markers:
        preceding = [t for t in others if t.reading.last < denial.match.first]
        if preceding and _denied_object(s, preceding[-1], denial):
            out.append((preceding[-1], _noun_role(s, preceding[-1], True)))
    return out


def _noun_role(s: _Sentence, told: _Told, direct: bool) -> str:
    """The denier's role in a denied event noun: the possessor of "his arrest" is arrested,
    of "his resignation" resigns; "نفت الشرطة اعتقال الصحفي" (denied arresting) makes the
    denier the actor of an unpossessed masdar."""
    possessed = _possessed(s, told.match)
    if EVENT_TYPES[told.event.type].patient_first:
        return "target" if possessed else ("actor" if direct else "")
    return "actor" if possessed or direct else ""


def _denial_link(s: _Sentence, denial: _Told, told: _Told) -> str | None:
    """How a denial verb reaches the event after it: None when it does not; else the
    denier's role in that event ("actor", "target", "" for none)."""
    match, reading = told.match, told.reading
    start = denial.reading.last
    if denial.match.first < match.first < denial.match.last:
        start = denial.match.first  # inside "wies … zurück"
    between = range(start + 1, match.first)
    if any(s.tokens[i].text in _CLAUSE_PUNCT or s.is_(i, "contrasts") for i in between):
        return None
    words = [i for i in between if s.tokens[i].word]
    complementizer = next((i for i in words if s.is_(i, "complementizers")), None)
    if complementizer is not None:
        # "denied that he resigned", "rejected reports that …", "نفى أنه استقال"
        lead = [i for i in words if i < complementizer]
        clause = [i for i in words if i > complementizer]
        if (
            reading.kind != "verb"
            or len(lead) > _DENIAL_REACH
            or len(clause) > _CLAUSE_REACH
            or any(s.is_(i, "boundaries") and not s.is_(i, "complementizers") for i in clause)
        ):
            return None
        subject = (
            not clause
            or s.is_(complementizer, "pronouns")
            or any(s.is_(i, "pronouns") for i in clause)
        )
        return "actor" if subject else ""
    if any(s.is_(i, "boundaries") for i in words) or len(words) > _DENIAL_REACH:
        return None
    if reading.kind == "verb":
        head = s.tokens[match.first].text
        if words and all(s.is_(i, "nonfinite") for i in words):
            return "actor"  # "denied having resigned", "negó haber dimitido"
        if not words and head.endswith(s.lex.gerund_endings):
            return "actor"  # "denied resigning"
        if s.is_(reading.last + 1, "nonfinite_after"):
            return "actor"  # "bestritt, zurückgetreten zu sein"
        return None
    if told.event.type in _NOT_DENIED_NOUNS:
        return None
    # "denied reports of his resignation", "rechazó las informaciones sobre la detención"
    if any(s.is_(i, "report_nouns") for i in range(denial.match.first, match.first)):
        return _noun_role(s, told, False)
    if s.lex.verb_first and not any(s.is_(i, "prepositions") for i in words):
        # "نفى الوزير استقالته", "نفت الشرطة اعتقال الصحفي": the masdar as object
        return _noun_role(s, told, True)
    return None


def _denied_object(s: _Sentence, told: _Told, denial: _Told) -> bool:
    """Persian: the event noun is the denial's object ("استعفای خود را تکذیب کرد", "خبر
    بازداشت او را تکذیب کرد")."""
    if told.reading.kind != "noun" or told.event.type in _NOT_DENIED_NOUNS:
        return False
    between = range(told.reading.last + 1, denial.match.first)
    if len(between) > _DENIAL_REACH or any(
        s.tokens[i].text in _WINDOW_STOP or s.is_(i, "boundaries") for i in between
    ):
        return False
    marked = any(s.is_(i, "object_markers") for i in between)
    return marked or s.is_(denial.match.first, "object_markers")


# --------------------------------------------------------------------------------------------
# Dates.


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
        date = next((d for d in s.sentence.dates if low <= d.start < high), None)
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


def _relative_clause_date(
    s: _Sentence, trigger: _Match, matches: Sequence[_Match]
) -> DateRef | None:
    """The date of a relative clause right after an anchor event ("the election, which was
    held on June 2"), with no other event told in between."""
    base = s.sentence.start
    after = base + s.tokens[trigger.last].end
    date = next((d for d in s.sentence.dates if d.start >= after and d.value), None)
    if date is None:
        return None
    between = [
        i for i, t in enumerate(s.tokens) if after <= base + t.start and base + t.end <= date.start
    ]
    if (
        len(between) > 10
        or not any(s.is_(i, "relatives") for i in between)
        or any(s.tokens[i].text in _CLAUSE_PUNCT for i in between)
        or any(m.first in between for m in matches if m.entry.type)
    ):
        return None
    return date


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
        d for d in s.sentence.dates if d.value and not any(a <= d.start < b for a, b in consumed)
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


def _governs(value: str, relative: bool, published: str | None) -> bool:
    """Whether a date may date the sentences after it in its paragraph: a day ("on June 10",
    "on Tuesday") or a relative expression ("last week") anchors the narrative; a bare year or
    month is mostly background ("since 2006", "the 1967 war") and dates only its sentence."""
    if _after_publication(value, published):
        return False
    return relative or len(value) == len("YYYY-MM-DD")


def _paragraph_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _PARAGRAPH.finditer(text))]


# --------------------------------------------------------------------------------------------
# The entry point.


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
    for sentence in article.sentences:
        current = bisect.bisect_right(starts, sentence.start) - 1
        if current != paragraph:
            paragraph, dates = current, []
        if sentence.kind == "other":
            if _is_headline(sentence):
                headline.extend(_sentence_events(article, sentence, by_sentence, comp, [], []))
            continue
        body.extend(_sentence_events(article, sentence, by_sentence, comp, dates, pending))
        dates.extend(
            (d.value, d.text)
            for d in sentence.dates
            if d.value and _governs(d.value, d.relative, article.published)
        )
    _date_anchored(body, pending, article.published)
    kept = [e for e in headline if not _told_in_body(e, body)]
    return sorted(kept + body, key=lambda e: (e.sentence, e.trigger.start))


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
) -> list[EventMention]:
    tokens = _tokens(sentence.text, comp)
    matches = _triggers(tokens, comp)
    if not matches:
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
    told = _date_anchors(told, s.article.published)
    _deny(s, told)
    kept = _without_echoes([(t.event, t.reading.kind) for t in told])
    pending.extend(
        (t.event, t.dating.anchor)
        for t in told
        if t.dating.anchor and any(t.event is k for k in kept)
    )
    return kept


def _date_anchors(told: list[_Told], published: str | None) -> list[_Told]:
    """Dates an anchor event from its main clause, the other way round: "named Sweis on
    Friday, three days after Haddad stepped down" puts the resignation three days before
    Friday ("two days before the summit" two days after the main clause's date). The main
    clause's event is the nearest event of the sentence outside the offset, told as having
    happened and dated by a date expression of the sentence other than this offset; a date
    only borrowed (from the paragraph, or from an event elsewhere in the article) or the
    publication bound dates no anchor. A result after publication makes the anchor a plan: an
    event noun or a present form is dropped, a past verb stays undated."""
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
        if not mains:
            kept.append(told_)
            continue
        main = min(
            mains,
            key=lambda o: (
                max(offset.start - o.trigger.end, o.trigger.start - offset.end, 0),
                o.trigger.start > offset.start,
            ),
        )
        value = shift_value(main.date, -offset.sign, offset.count, offset.unit)
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


class _Told(NamedTuple):
    event: EventMention
    match: _Match
    reading: _Reading
    dating: _Dating  # its ``anchor``: dated later from the event it is counted from


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
    )
    return _Told(event, match, reading, dating)


__all__ = ["find_events"]
