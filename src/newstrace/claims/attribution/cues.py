"""Cues: lexicon matches that report, sorted into verbs, participles and prepositional cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ...nlp.clauses import COMMAS
from ...nlp.phrases import fold_phrase, spans
from ...nlp.quotes import OPEN_QUOTES, STRAIGHT_QUOTES
from .sentence import _Sentence
from .tables import (
    CLAUSE_PREPOSITIONS,
    COORDINATORS,
    MAIN_COMPLEMENTIZERS,
    NOUN_PREPOSITIONS,
    PARTICIPLE_JOINS,
    PASSIVE_GAP,
    POSSESSIVE,
    VERB_MARKERS,
    VERB_NEGATIONS,
    VERB_PREPOSITIONS,
)

_CueKind = Literal["verb", "participle", "after", "before", "colon", "dash"]


@dataclass(slots=True)
class _Cue:
    first: int  # token indexes, inclusive
    last: int
    kind: _CueKind
    passive: bool = False
    speaker: int = 0  # colon cues: first token of the speaker's name
    closing: bool = False  # ", so die Polizei": the source must close the sentence


def _cues(s: _Sentence) -> list[_Cue]:
    """Lexicon cues of the sentence, longest match first, nouns and set phrases removed."""
    # "who asked not to be named" holds a cue word but reports nothing.
    blocked = spans(s.comp.not_cues, s.folded, s.where) + s.anonymity
    found: list[_Cue] = []
    taken: set[int] = set()
    groups: tuple[tuple[re.Pattern[str] | None, _CueKind], ...] = (
        (s.comp.comma_source_after, "after"),
        (s.comp.source_after, "after"),
        (s.comp.source_before, "before"),
        (s.comp.verbs, "verb"),
    )
    for pattern, kind in groups:
        for start, end in sorted(spans(pattern, s.folded, s.where), key=lambda m: m[0] - m[1]):
            if any(b_start <= start < b_end for b_start, b_end in blocked):
                continue
            found_range = s.token_range(start, end)
            if found_range is None or taken.intersection(range(found_range[0], found_range[1] + 1)):
                continue
            cue = _Cue(found_range[0], found_range[1], kind)
            if pattern is s.comp.comma_source_after:
                if not _after_comma(s, cue.first):
                    continue
                cue.closing = True
            if _capitalised_inside(s, cue.first) or (kind == "verb" and not _verbal_use(s, cue)):
                continue
            taken.update(range(cue.first, cue.last + 1))
            found.append(cue)
    found.sort(key=lambda c: c.first)
    found = _merge_chains(s, found)
    for cue in found:
        _classify(s, cue)
    return [c for c in found if not (c.kind == "participle" and _parenthetical(s, c, found))]


def _after_comma(s: _Sentence, index: int) -> bool:
    """'…, so die Polizei': the cue follows a comma (or a closing quotation and a comma)."""
    return index > 0 and s.tokens[index - 1].text in COMMAS


def _parenthetical(s: _Sentence, cue: _Cue, cues: list[_Cue]) -> bool:
    """'Speaking at a rally, Trump said' and 'Trump, speaking to veterans, said': the
    participle only frames the verb that follows; PolNeAR (and a reader) take that verb."""
    if cue.first == 0:
        return True
    following = [c for c in cues if c.first > cue.last]
    if not following:
        return False
    comma = next(
        (i for i in range(cue.last + 1, following[0].first) if s.tokens[i].text in COMMAS), None
    )
    return (
        comma is not None
        and s.tokens[cue.first - 1].text in COMMAS
        and (following[0].kind == "verb" and following[0].first - comma <= 4)
    )


def _capitalised_inside(s: _Sentence, index: int) -> bool:
    """A capitalised cue word inside the sentence is part of a name ("United States"),
    except in a title-case headline ("Bernie Sanders Says He Will Win")."""
    token = s.tokens[index]
    if not s.lex.cased or not token.text[:1].isupper() or _title_case(s):
        return False
    previous = index - 1
    while previous >= 0 and s.tokens[previous].text in OPEN_QUOTES + STRAIGHT_QUOTES + "([":
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
    if before >= 0 and s.tokens[before].text[:1].isdigit() and _adjective_use(s, cue):
        return False  # "2,336 confirmed cases", "13,000 promised jobs" (not "28 said yes")
    fronted = s.has(before, "fronted_objects") and (before == 0 or s.punct(before - 1))
    if s.has(before, "determiners") and not s.has(before, "pronouns") and not fronted:
        # "that" and "this" also open clauses: "said that reports…" keeps "reports" a noun,
        # but "this week said" is not a determiner use; a word after "that" counts as a noun.
        return False
    if before >= 0 and s.tokens[before].low in POSSESSIVE and s.lex.language == "en":
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
    phrase = fold_phrase(s.text[s.tokens[cue.first].start : s.tokens[cue.last].end])
    if phrase in s.comp.weak and not (
        _speech_follows(s, cue.last + 1) or _quote_just_before(s, cue.first)
    ):
        return False
    if _without_proclitic(s, word) in s.comp.words["clause_verbs"] and not _heads_speech(s, cue):
        return False
    if s.has(before, "nominal_prepositions"):
        return False  # "عن ذكر أسمائهم": a verbal noun after a preposition
    if _other_sense_object(s, cue, word):
        return False
    if word in s.comp.nouns and cue.first == cue.last and not _verb_context(s, before):
        return False
    if s.lex.language == "en" and s.has(before, "prepositions") and not word.endswith("ing"):
        return False  # "with questions", "after reports"
    after = s.tokens[cue.last + 1].low if cue.last + 1 < len(s.tokens) else ""
    if word in s.comp.nouns and after in NOUN_PREPOSITIONS and cue.first == cue.last:
        # "reports of", "claims about", "support from": nouns. Verbs take these rarely
        # ("talked about" is listed as a phrase, so it never reaches here as one word).
        return word.endswith(("ed", "ing")) and after in VERB_PREPOSITIONS
    return True


# How far past the verb its object may stand (after the subject and an aside).
_OBJECT_WINDOW = 16


def _other_sense_object(s: _Sentence, cue: _Cue, word: str) -> bool:
    """The verb's object is one of its ``other_sense_objects`` ("أضاف اللاعب الهدف الثاني"),
    before anything that opens reported speech (a complementizer, a colon, a quotation)."""
    table = s.lex.other_sense_objects
    if not table:
        return False
    bare = next(
        (
            word[len(p) :]
            for p in ("", *s.lex.cue_proclitics)
            if word.startswith(p) and word[len(p) :] in table
        ),
        None,
    )
    if bare is None:
        return False
    objects = {fold_phrase(o) for o in table[bare]}
    last = min(len(s.tokens), cue.last + 1 + _OBJECT_WINDOW)
    for i in range(cue.last + 1, last):
        token = s.tokens[i]
        if s.has(i, "complementizers") or token.text in (":", *OPEN_QUOTES, *STRAIGHT_QUOTES):
            return False
        if token.low in objects:
            return True
    return False


def _adjective_use(s: _Sentence, cue: _Cue) -> bool:
    """An English participle before a lowercase noun: "confirmed cases", "promised jobs"."""
    following = cue.last + 1
    if s.lex.language != "en" or following >= len(s.tokens):
        return False
    token = s.tokens[following]
    return (
        s.tokens[cue.first].low.endswith("ed")
        and token.word
        and token.text[:1].islower()
        and not s.has(following, "stops")
        and not s.has(following, "determiners")
        and not s.has(following, "complementizers")
    )


def _without_proclitic(s: _Sentence, word: str) -> str:
    """A cue word without a glued conjunction ("وبين" -> "بين"), when it carries one."""
    for proclitic in s.lex.cue_proclitics:
        if word.startswith(proclitic) and len(word) >= len(proclitic) + 2:
            bare = word[len(proclitic) :]
            if bare in s.comp.words["clause_verbs"]:
                return bare
    return word


def _heads_speech(s: _Sentence, cue: _Cue) -> bool:
    """A ``clause_verbs`` form opens its clause and speech follows a few words on, past the
    subject and a listener: "وبين الوزير لـ«الوطن» أن …", "وتابع: …"; not "بين الطرفين",
    "ما بين 10 و20", "بعدما تابع تمريرة"."""
    before = cue.first - 1
    opens = (
        s.punct(before)
        or s.has(before, "clause_openers")
        or s.has(before, "skip")
        or s.has(before, "relatives")
        or s.has(before, "complementizers")
        or s.tokens[before].low in COORDINATORS
    )
    if not opens:
        return False
    for k in range(cue.last + 1, min(len(s.tokens), cue.last + 15)):
        token = s.tokens[k]
        if token.low in COORDINATORS:
            return False  # "بين قوات النظام و«حزب الله»": between one and the other
        if token.text in (":", *OPEN_QUOTES, *STRAIGHT_QUOTES):
            return True
        if s.has(k, "complementizers"):
            # "بعد أن", "قبل أن": a time clause, not what was said.
            return not (s.has(k - 1, "prepositions") or s.tokens[k - 1].low in CLAUSE_PREPOSITIONS)
        # A full stop after a one-letter abbreviation ("د. علي") does not end the clause.
        if token.text in ("!", "?", "؟", ";", "؛") or (
            token.text == "." and len(s.tokens[k - 1].text) > 1
        ):
            return False
    return False


def _quote_just_before(s: _Sentence, index: int) -> bool:
    """'"Run!" the guard screamed', '"…," she continued': a quoted statement (closed by a
    comma or an end mark, not a scare-quoted word) ends a short subject before ``index``."""
    start = s.tokens[index].start
    for _open, end in s.quotes:
        closing = s.text[max(0, end - 3) : end] + s.text[end : end + 1]
        if end <= start and any(mark in closing for mark in (",", ".", "!", "?")):
            between = s.text[end:start].split()
            if len(between) <= 4 and not any(w[-1:] in (".", ";", "?", "!") for w in between):
                return True
    return False


def _speech_follows(s: _Sentence, index: int) -> bool:
    """A colon, a quotation or "that" right after a weak cue ("continued:")."""
    if index >= len(s.tokens):
        return False
    text = s.tokens[index].text
    return (
        text in (":", *OPEN_QUOTES, *STRAIGHT_QUOTES) or s.tokens[index].low in MAIN_COMPLEMENTIZERS
    )


def _verb_context(s: _Sentence, before: int) -> bool:
    """What may precede a noun-like cue form used as a verb: "they plan", "who calls",
    "will state", "Trump tweets"."""
    index = before
    while index >= 0 and _skippable(s, index) and not s.has(index, "determiners"):
        if s.tokens[index].low in VERB_MARKERS:
            return True
        if s.tokens[index].low in VERB_NEGATIONS:
            return True
        index -= 1
    if index < 0:
        return False
    token = s.tokens[index]
    if s.has(index, "pronouns") or s.has(index, "relatives"):
        return not s.has(index, "determiners") or token.low in ("who", "which")
    if s.lex.cased and index == before and _name_modifier(s, index):
        return False
    return bool(s.lex.cased and token.text[:1].isupper() and index > 0)


def _name_modifier(s: _Sentence, index: int) -> bool:
    """'the December report', 'the FBI report': a singular name run opened by an article
    before a bare noun form modifies it; a plural one may be its subject ("the Democrats
    report"), and a form in -s is a verb ("the Pentagon claims")."""
    if s.tokens[index].low.endswith("s") or s.tokens[index + 1].low.endswith("s"):
        return False
    k = index
    while k >= 0 and s.tokens[k].text[:1].isupper() and not s.has(k, "determiners"):
        k -= 1
    return k >= 0 and k < index and s.has(k, "determiners") and not s.has(k, "pronouns")


def _merge_chains(s: _Sentence, cues: list[_Cue]) -> list[_Cue]:
    """'wants to say', 'went on to tell': one cue when only "to" and adverbs separate two."""
    merged: list[_Cue] = []
    for cue in cues:
        if merged and merged[-1].kind == "verb" and cue.kind == "verb":
            between = range(merged[-1].last + 1, cue.first)
            # Two cue words side by side are a verb and a participle ("reported quoting an
            # official"), or a noun and its verb ("the BBC report said", "a WikiLeaks document
            # suggests"): then the noun is no cue.
            if not between and merged[-1].first == merged[-1].last:
                if s.tokens[cue.first].low not in s.comp.participles:
                    merged[-1] = cue
                    continue
            elif all(s.has(i, "skip") for i in between) and len(between) <= 3:
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
        if previous < 0 or s.punct(previous) or s.tokens[previous].low in PARTICIPLE_JOINS:
            cue.kind = "participle"
            return
    if s.lex.passive and not (s.lex.language == "en" and first.endswith("ing")):
        previous = cue.first - 1
        while previous >= 0 and (
            s.has(previous, "negations")
            or s.tokens[previous].low in PASSIVE_GAP
            or (s.lex.language == "en" and s.tokens[previous].low.endswith("ly"))
        ):
            previous -= 1
        if s.has(previous, "passive"):
            cue.passive = True


def _skip_left(s: _Sentence, index: int) -> int:
    """Index of the first token at or before ``index`` that is not an auxiliary or adverb."""
    while index >= 0 and _skippable(s, index):
        index -= 1
    return index


def _skippable(s: _Sentence, index: int) -> bool:
    token = s.tokens[index]
    if token.low in s.comp.words["skip"]:
        # After an article a word is a noun ("the plan seems"), not an auxiliary or adverb.
        previous = index - 1
        return not (s.has(previous, "determiners") and not s.has(previous, "pronouns"))
    # English adverbs in -ly ("repeatedly said"), not names ("Kelly said").
    return (
        s.lex.language == "en"
        and token.low.endswith("ly")
        and token.text[:1].islower()
        and len(token.low) > 4
    )
