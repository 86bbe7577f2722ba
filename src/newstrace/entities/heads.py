"""Arabic-script name spans mended by the words around them: head nouns, titles and verbs.

The CRF models of Arabic and Persian read a name from its own shape and its neighbours, and on
text unlike their corpora they miss what the words around a name say plainly:

- a head noun in apposition makes the unknown word after it an organisation ("تنظيم داعش"),
  and a police, ministry or army head before a big place names that body ("پلیس قاهره");
- the ministry after a minister's title is part of the title ("وزیر کشور رضا نوری"), no
  organisation of its own;
- a person's name never ends on a finite verb ("سمير قاسم استقال") nor on an indefinite
  accusative noun, the object after the subject ("سمير قاسم جسرا").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .. import lang
from ..lang.fold import fold
from . import ner
from .ner import Span
from .places import gazetteer

# One Arabic-script word (with zero-width non-joiners) after a single space.
_NEXT_WORD = re.compile(r" ([\u0621-\u06ff][\u0621-\u06ff\u200c]*)(?![\w\u200c])")
# The last word of a span and the spaces before it.
_LAST_WORD = re.compile(r"\s+([\u0621-\u06ff][\u0621-\u06ff\u200c]*)$")
# A word the article "ال" opens (a name with it is the model's to find).
_ARTICLE = "ال"
_MIN_WORD = 3
# A place after an official head names the body only when it is a country or a city of a
# million: smaller towns share their names with common words ("بریده": cut off, Buraydah).
_BIG_PLACE = 1_000_000
# The indefinite accusative ending (tanwin fath written as a bare alif): "جسرا", "هجوما".
_ACCUSATIVE = "ا"
# The ends of a person name read in at most this many words; a longer span is cut only here.
_MIN_PERSON_WORDS = 3


def headed_names(text: str, spans: Sequence[Span], language: str) -> list[Span]:
    """The model's spans, with the organisations that a head noun introduces and the model
    missed: an unknown word after an apposition head ("تنظيم داعش": the word), a country or big
    city after an official head ("پلیس قاهره": the head and the place)."""
    pack = lang.get(language)
    if pack.script != "arabic":
        return list(spans)
    added = [
        *_after_apposition_heads(text, spans, language),
        *_after_official_heads(text, spans, language),
    ]
    if not added:
        return list(spans)
    return sorted((*spans, *added), key=lambda s: (s.start, -s.end))


@lru_cache(maxsize=16)
def _head_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of the head words, bare or with a conjunction and a preposition glued before it,
    then a space (group 1: the head)."""
    if not words:
        return None
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w\u200c])[وف]?[بل]?({alternatives})(?= )")


def _after_apposition_heads(text: str, spans: Sequence[Span], language: str) -> list[Span]:
    """A word after an apposition head that no span covers, that opens with no article, is no
    function word, that the model never learnt and whose own features read as a name (not an
    adjective after the head: "جماعة مسلحة", "فريق خطير"): the head's name, an organisation."""
    pattern = _head_pattern(tuple(lang.get(language).apposition_heads))
    if pattern is None:
        return []
    found: list[Span] = []
    for head in pattern.finditer(text):
        word = _NEXT_WORD.match(text, head.end(1))
        if word is None or _covered(word.start(1), word.end(1), spans):
            continue
        name = word.group(1)
        if (
            len(name) < _MIN_WORD
            or name.startswith(_ARTICLE)
            or fold(name) in _function_words(language)
            or not ner.unseen_word(name, language)
            or not ner.reads_as_name(name, language)
        ):
            continue
        found.append(Span(word.start(1), word.end(1), "organization", name))
    return found


def _after_official_heads(text: str, spans: Sequence[Span], language: str) -> list[Span]:
    """A bare official head (police, ministry, army) and a country or big city right after it
    that no span covers: the body of that place ("پلیس قاهره"), an organisation."""
    pattern = _head_pattern(_bare_official_heads(language))
    if pattern is None:
        return []
    found: list[Span] = []
    for head in pattern.finditer(text):
        word = _NEXT_WORD.match(text, head.end(1))
        if word is None or _covered(head.start(1), word.end(1), spans):
            continue
        if not _big_place_name(word.group(1), language):
            continue
        start, end = head.start(1), word.end(1)
        found.append(Span(start, end, "organization", text[start:end]))
    return found


def _big_place_name(word: str, language: str) -> bool:
    """A country or a big city by the gazetteer's first reading, that is no place-kind noun
    ("مدينة", "المدينة": a city, the city) and that the model's own word weights read as a
    name."""
    places = gazetteer().as_written(word)
    if not places or (places[0].kind != "country" and places[0].population < _BIG_PLACE):
        return False
    kinds = {fold(k) for k in lang.get(language).place_kind_words}
    bare = word[len(_ARTICLE) :] if word.startswith(_ARTICLE) else word
    return fold(bare) not in kinds and ner.reads_as_name(word, language)


@lru_cache(maxsize=16)
def _bare_official_heads(language: str) -> tuple[str, ...]:
    """The pack's official heads without the article ("شرطة", "پلیس"): with it the head is a
    phrase of its own ("الشرطة القاهرة" is no name)."""
    heads = lang.get(language).official_heads
    return tuple(w for w in heads if not w.startswith(_ARTICLE) and " " not in w)


def _covered(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


@lru_cache(maxsize=16)
def _function_words(language: str) -> frozenset[str]:
    claims = lang.get(language).claims
    words = (*claims.prepositions, *claims.determiners) if claims is not None else ()
    return frozenset(fold(w) for w in words)


# -- a ministry inside a minister's title ------------------------------------------------

_WORD_BEFORE = re.compile(r"(?<![\w\u200c])([\w\u200c]+)\s+$")


def without_portfolios(text: str, spans: Sequence[Span], language: str) -> list[Span]:
    """The spans without a one-word organisation between a minister's title and a person's
    name: the ministry of "وزیر کشور رضا نوری" or "وزير الداخلية سمير قاسم" belongs to the
    title. A longer one names a state's ministry ("وزیر امور خارجه آمریکا مادلین آلبرایت"), as
    the corpora annotate it."""
    if lang.get(language).script != "arabic":
        return list(spans)
    titles = _portfolio_titles(language)
    starts = {s.start: s for s in spans}
    kept: list[Span] = []
    for span in spans:
        if (
            span.label == "organization"
            and " " not in span.text.strip()
            and _between_title_and_person(text, span, starts, titles)
        ):
            continue
        kept.append(span)
    return kept


def _between_title_and_person(
    text: str, span: Span, starts: dict[int, Span], titles: frozenset[str]
) -> bool:
    before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before is None or fold(before.group(1)) not in titles:
        return False
    gap = len(text[span.end :]) - len(text[span.end :].lstrip(" "))
    after = starts.get(span.end + gap)
    return gap > 0 and after is not None and after.label == "person"


@lru_cache(maxsize=16)
def _portfolio_titles(language: str) -> frozenset[str]:
    """The pack's titles a portfolio follows (a minister's; a goalkeeper's team, "حارس العربي
    أحمد خليل", is a name of its own)."""
    return frozenset(fold(t) for t in lang.get(language).portfolio_titles if " " not in t)


# -- a person's name never ends on a verb or an object -------------------------------------


def without_trailing_predicate(text: str, span: Span, language: str) -> Span:
    """A person of three words or more without a last word that is a finite event verb of the
    language ("سمير قاسم استقال") or an indefinite accusative noun whose stem the model knows
    and whose accusative form it never saw ("سمير قاسم جسرا": a bridge, the object)."""
    if span.label != "person" or lang.get(language).script != "arabic":
        return span
    if len(span.text.split()) < _MIN_PERSON_WORDS:
        return span
    last = _LAST_WORD.search(span.text)
    if last is None:
        return span
    word = last.group(1)
    if fold(word) not in _finite_verbs(language) and not _accusative_noun(word, language):
        return span
    end = span.start + last.start()
    return Span(span.start, end, span.label, text[span.start : end])


def _accusative_noun(word: str, language: str) -> bool:
    if language != "ar" or not word.endswith(_ACCUSATIVE) or len(word) <= _MIN_WORD:
        return False
    stem = word[: -len(_ACCUSATIVE)]
    return ner.unseen_word(word, language) and not ner.unseen_word(stem, language)


@lru_cache(maxsize=16)
def _finite_verbs(language: str) -> frozenset[str]:
    """The event verbs of the pack (single words) and its frequent finite verbs."""
    events = lang.get(language).events
    if events is None:
        return frozenset()
    words = {w for forms in events.verbs.values() for w in forms if " " not in w}
    words.update(w for w in events.finite_verbs if " " not in w)
    return frozenset(fold(w) for w in words)
