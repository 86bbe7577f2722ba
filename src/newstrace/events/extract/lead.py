"""The article's lead: the happening its first body sentence tells.

News is written lead first: the first sentence of the body tells the main happening. The
events stage marks that happening with ``EventMention.lead``:

* **The lead sentence** (:func:`may_lead`) is the first sentence of the body that reads as a
  statement: never a headline, caption, byline or boilerplate (``Sentence.kind == "other"``),
  nor any sentence of a caption or heading line, nor a line that does not end like a sentence
  ("Scroll down for video", "Image caption Rescuers …", a menu), nor one of fewer than
  :data:`_MIN_WORDS` words, nor the title repeated. Only the first :data:`_WITHIN` body
  sentences are looked at, and a sentence where neither a predicate nor an event is found
  hands the lead to the next one (at most :data:`_CANDIDATES` are tried): a page's leftover
  furniture ("Try another or register …") is no lead, a detail three paragraphs down is none
  either.
* **Its main predicate** (:func:`predicate`): in an attributed lead ("Authorities say two
  trains have collided", "…, police said") only the reported content is read. Languages
  whose predicate closes the clause (Persian, ``predicate_last``) take the clause's last verb,
  with the noun before a light verb or auxiliary ("از ریل خارج شد"). Verb-first languages
  (Arabic, ``verb_first``) take the first word that is a listed finite verb, else the first
  word that is no name, particle, preposition (nor its object), number or ``not_predicates``
  entry (the definite article "ال*" marks a noun). The others take the first finite verb
  after the subject: a pack auxiliary and the participle it governs ("has struck", "a
  déraillé", "ha descarrilado"; in German the clause's last participle, "ist … geprallt"),
  else a listed finite verb or a word with a finite ending ("derailed", "descarriló",
  "stürzte"), skipping names, capitalised words (Latin script: verbs are lower case), a
  fronted subordinate clause or phrase up to its comma ("After the storm passed, …", "In a
  statement on Tuesday, …", "في تحد جديد للكونغرس، رفض …"), a comma-enclosed
  relative aside (", which had 129 people on board,") and an ending word right after a
  determiner or a number ("the armed man", "two injured people").
  Where it fails: an unlisted irregular verb in the present or past ("the ship sinks", "the
  boy fell" where "fell" is not listed) gives the next finite-looking word or nothing; an
  adjective or reduced relative with a verb ending ("a man wanted by police was held")
  is taken for the predicate; an Arabic lead opening with a noun subject ("رئيس الوزراء
  قال") gives the noun; a restrictive relative clause without commas ("The boy who fell
  into a well was rescued") gives its verb. The predicate is a heuristic for a generic
  event; typed events still come from the lexicons.
* **The lead event** (:func:`lead_of`): an ontology event of the lead sentence in the
  predicate's clause (the predicate itself first, then the nearest; "At least seven people
  were killed when a tram derailed" leads with the killing), told as having happened (not
  negated). When the sentence holds none there, the predicate itself is the lead, as a
  generic ``happening`` event (:func:`happening_match`) with the subject's names as actors,
  the names after it as targets, the clause's places and its date found as for any event
  (the clause's own date expression, else the paragraph's, else bounded by publication).
  A lead left undated takes the day of the next sentence of its paragraph
  (``find._date_lead_ahead``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Article, EventMention, Sentence
from ...nlp.clauses import CLAUSE_PUNCT, COMMAS
from ..ontology import HAPPENING
from .clauses import _clause
from .compiled import _Entry
from .dates import _on_framing_line
from .sentence import _Sentence
from .tables import IMPERFECTIVE
from .triggers import _Match

_MIN_WORDS = 5  # a lead tells who did what: "Police arrested 12 people." has five words
_WITHIN = 6  # only the first body sentences may lead
_CANDIDATES = 3  # sentences tried before the article is taken to have no lead
_AUX_REACH = 3  # words between an auxiliary and its participle ("has also been struck")
# A sentence ends with sentence punctuation, possibly inside closing quotes or brackets.
_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?…؟。][\"'”’»)\]]*\s*$")
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")

# Light-verb voices that tell something as done (``EventLexicon.light_verbs``).
_TOLD_VOICES = frozenset(("active", "passive"))
_HAPPENING_ENTRY = _Entry(HAPPENING, "verb", (), None, 0)


def may_lead(article: Article, sentence: Sentence) -> bool:
    """Whether ``sentence`` may be the lead: a statement of the body (module docstring)."""
    text = sentence.text.strip()
    if sentence.kind == "other" or _on_framing_line(article.text, sentence.start):
        return False
    if not _ENDS_LIKE_A_SENTENCE.search(text) or len(_WORD.findall(text)) < _MIN_WORDS:
        return False
    title = (article.title or "").strip().casefold()
    return not title or text.casefold().rstrip(".!? ") != title.rstrip(".!? ")


def happening_match(anchors: Sequence[int]) -> _Match:
    """A match standing for the predicate's tokens, typed ``happening``."""
    return _Match(_HAPPENING_ENTRY, tuple(anchors))


# --------------------------------------------------------------------------------- predicate


def predicate(s: _Sentence) -> tuple[int, ...] | None:
    """The tokens of the lead clause's main predicate (module docstring), or None."""
    low, high = _scope(s)
    if low > high:
        return None
    if s.lex.predicate_last:
        return _last_predicate(s, low, high)
    return _first_predicate(s, low, high)


def _scope(s: _Sentence) -> tuple[int, int]:
    """The tokens to read: after a dateline, and inside the reported content of an
    attributed lead when it holds a few words."""
    low, high = s.opening, len(s.tokens) - 1
    for c_start, c_end in s.contents:
        inside = [i for i, t in enumerate(s.tokens) if c_start <= t.start < c_end and t.word]
        if len(inside) >= 3:
            return max(low, inside[0]), inside[-1]
    return low, high


def _last_predicate(s: _Sentence, low: int, high: int) -> tuple[int, ...] | None:
    """A verb-final clause: its last word, with the noun or participle before a light verb
    or an auxiliary ("خارج شد", "کشته شدند")."""
    end = high
    while end >= low and not s.tokens[end].word:
        end -= 1
    if end < low or _name_covering(s, end) is not None:
        return None
    if s.is_(end, "not_predicates") or s.is_(end - 1, "not_predicates"):
        return None  # "نبود", "خواهد شد": negated, subjunctive or to come
    if s.lex.finite_endings and not s.tokens[end].text.endswith(tuple(s.lex.finite_endings)):
        return None  # no verb closes the clause ("… و", a heading's last noun)
    voice = s.comp.light_verbs.get(s.tokens[end].text)
    if voice is not None and voice not in _TOLD_VOICES:
        return None  # "دیدار می‌کند", "استعفا نمی‌کند": planned, habitual or refused
    if (s.is_(end, "auxiliaries") or voice is not None) and end - 1 >= low:
        before = end - 1
        if s.tokens[before].text in IMPERFECTIVE:
            return None  # "می کند" written apart: a present, not a happening told as done
        if s.tokens[before].word and _name_covering(s, before) is None:
            return (before, end)
    return (end,)


def _first_predicate(s: _Sentence, low: int, high: int) -> tuple[int, ...] | None:
    index = _after_fronted_clause(s, low, high)
    while index <= high:
        token = s.tokens[index]
        name = _name_covering(s, index)
        if name is not None:
            index = name + 1
            continue
        if not token.word or token.text.isdigit():
            index += 1
            continue
        aside = _aside_end(s, index, high)
        if aside is not None:
            index = aside + 1
            continue
        if s.lex.verb_first:
            if _verb_first_candidate(s, index):
                return (index,)
            # a preposition's object is no predicate ("في حادث مروع، قتل …")
            index += 2 if _is_any(s, index, "prepositions") else 1
            continue
        if _capitalised(s, index):
            index += 1
            continue
        if s.is_(index, "auxiliaries"):
            return (_participle(s, index, high),)
        if _finite(s, index):
            return (index,)
        index += 1
    return None


def _after_fronted_clause(s: _Sentence, low: int, high: int) -> int:
    """ "After the storm passed, thousands were left …", "In a statement on Tuesday, …",
    "في تحد جديد للكونغرس، رفض …": a clause or phrase opened by a subordinator or a
    preposition at the start is skipped up to its comma."""
    opens = any(s.is_(low, group) for group in ("boundaries", "prepositions", "with_words"))
    if not opens or s.is_(low, "relatives") or s.is_(low, "complementizers"):
        return low
    for index in range(low + 1, high + 1):
        text = s.tokens[index].text
        if text in COMMAS:
            return index + 1
        if text in CLAUSE_PUNCT:
            break
    return low


def _aside_end(s: _Sentence, index: int, high: int) -> int | None:
    """ ", which had 129 people on board,": the comma closing a relative aside."""
    if index == 0 or s.tokens[index - 1].text not in COMMAS or not s.is_(index, "relatives"):
        return None
    for after in range(index + 1, high + 1):
        text = s.tokens[after].text
        if text in COMMAS:
            return after
        if text in CLAUSE_PUNCT:
            return None
    return None


def _name_covering(s: _Sentence, index: int) -> int | None:
    """The last token of the name covering token ``index``, if one does."""
    for name in s.names:
        if name.first <= index <= name.last:
            return name.last
    return None


def _capitalised(s: _Sentence, index: int) -> bool:
    """A Latin-script word written with a capital: a name or a noun, never a verb (the first
    word of the sentence aside, which is a subject anyway)."""
    token = s.tokens[index]
    original = s.sentence.text[token.start : token.end]
    return bool(_LATIN.match(original)) and original[:1].isupper()


def _ends_finite(s: _Sentence, index: int, endings: Sequence[str]) -> bool:
    word = s.tokens[index].text
    return any(word.endswith(e) and len(word) >= len(e) + 3 for e in endings)


def _finite(s: _Sentence, index: int) -> bool:
    """A listed finite verb, or a word with a finite ending that no determiner or number
    before it makes an adjective ("the armed man", "two injured people")."""
    if s.is_(index, "not_predicates"):
        return False
    if s.is_(index, "finite_verbs"):
        return True
    if not _ends_finite(s, index, s.lex.finite_endings):
        return False
    before = index - 1
    return not (before >= 0 and (s.is_(before, "determiners") or s.tokens[before].text.isdigit()))


def _participle(s: _Sentence, aux: int, high: int) -> int:
    """The participle an auxiliary governs: within a few words after it ("has also struck",
    "a été tué"), or, where participles close the clause (German), its last such word;
    else the auxiliary itself ("was in hospital")."""

    def participle(index: int) -> bool:
        return (
            not _capitalised(s, index)
            and not s.is_(index, "not_predicates")
            and (s.is_(index, "finite_verbs") or _ends_finite(s, index, s.lex.participle_endings))
        )

    end = aux + 1
    while (
        end <= high
        and s.tokens[end].text not in CLAUSE_PUNCT
        and s.tokens[end].text not in (COMMAS)
    ):
        end += 1
    if s.lex.verb_final:
        for index in range(end - 1, aux, -1):
            if s.tokens[index].word and _name_covering(s, index) is None and participle(index):
                return index
        return aux
    for index in range(aux + 1, min(end, aux + 1 + _AUX_REACH)):
        if s.is_(index, "auxiliaries") or s.is_(index, "negations"):
            continue
        if participle(index):
            return index
        if s.is_(index, "determiners") or s.is_(index, "prepositions"):
            break
    return aux


def _is_any(s: _Sentence, index: int, group: str) -> bool:
    """Whether token ``index``, or one of its forms without proclitics ("وبعد": "بعد"), is
    in the lexicon word list ``group``."""
    words = s.comp.words[group]
    return 0 <= index < len(s.tokens) and any(words.has(v) for v in s.tokens[index].variants)


def _verb_first_candidate(s: _Sentence, index: int) -> bool:
    if s.is_(index, "finite_verbs"):
        return True
    return not any(
        _is_any(s, index, group)
        for group in (
            "not_predicates",
            "complementizers",
            "prepositions",
            "determiners",
            "coordinators",
            "boundaries",
            "negations",
            "modals",
            "imperfect_modals",
        )
    )


# ------------------------------------------------------------------------------- lead event


def lead_of(
    s: _Sentence, events: Sequence[EventMention], anchors: tuple[int, ...] | None
) -> EventMention | None:
    """The ontology event of the lead sentence that tells its lead: in the predicate's
    clause, the predicate itself first, then the nearest (module docstring); without a
    predicate, the sentence's first event. It may be negated ("Haddad did not resign"): the
    caller marks only what happened, and makes no generic happening beside it."""
    typed = [e for e in events if e.type != HAPPENING]
    if not typed:
        return None
    if anchors is None:
        return typed[0]
    start, end, _boundary = _clause(s, anchors[0], anchors[-1])
    base = s.sentence.start
    low, high = base + s.tokens[start].start, base + s.tokens[end].end
    p_start, p_end = base + s.tokens[anchors[0]].start, base + s.tokens[anchors[-1]].end
    inside = [e for e in typed if low <= e.trigger.start < high]
    if not inside:
        return None
    return min(
        inside,
        key=lambda e: (e.negated, max(e.trigger.start - p_end, p_start - e.trigger.end, 0)),
    )


__all__ = ["HAPPENING", "happening_match", "lead_of", "may_lead", "predicate"]
