"""Entities for languages without a trained model (de, es, fr, it, ru, tr …): lower confidence.

Capitalised word sequences are candidate names; the gazetteer types places, title words
("Frau", "ministro") and name shapes type people, organisation words ("Ministerium",
"Partido") type organisations, and everything else is ``other``. German capitalises every
noun, so there a single capitalised word only counts when the gazetteer knows it or a title
introduces it; simplemma's dictionaries tell common words from names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from .. import lang
from .ner import Span
from .places import gazetteer

CONFIDENCE = 0.5

# A word, possibly hyphenated or with an apostrophe; dots only inside abbreviations ("U.S.").
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]|\.(?=\w))*", re.U)
_POSSESSIVE = re.compile(r"['’]s$")
# Name particles, titles, organisation and place words of every language at once: a text's
# language is not always the language of the names in it.
_CONNECTORS = lang.union("name_particles")
_TITLES = lang.union("titles")
_ORG_WORDS = lang.union("organisation_words")
_PLACE_WORDS = lang.union("place_words")
# Mid-sentence, a city this large is meant even where its name is also a word ("Hamburg"),
# except for the few big cities whose names are everyday nouns or verbs.
_BIG_CITY = 100_000
_NOUN_CITIES = lang.union("noun_cities")


def _capitalised_nouns(language: str | None) -> bool:
    """True where every noun is capitalised (German), so capitals mark no name."""
    return lang.get(language).capitalised_nouns


@lru_cache(maxsize=32)
def calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names: capitalised in many languages, never entities."""
    from babel import Locale, UnknownLocaleError

    words: set[str] = set()
    for code in {language or "en", "en"}:
        try:
            locale = Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        for table in (locale.months, locale.days):
            for context in table.values():
                for width in context.values():
                    words.update(name.casefold().rstrip(".") for name in width.values())
    return frozenset(words)


@lru_cache(maxsize=65536)
def _known(word: str, language: str) -> bool:
    import simplemma

    try:
        return bool(simplemma.is_known(word, lang=language))
    except ValueError:  # language without a simplemma dictionary
        return False


@lru_cache(maxsize=65536)
def _lemma(word: str, language: str) -> str:
    import simplemma

    try:
        return str(simplemma.lemmatize(word, lang=language))
    except ValueError:  # language without a simplemma dictionary
        return word


def proper_noun(word: str, language: str) -> bool:
    """The dictionary lists the word as a name: its lemma keeps the capital ("Иван", "María").

    Only where capitals mark names; in German every noun's lemma is capitalised.
    """
    return (
        not _capitalised_nouns(language)
        and word[:1].isupper()
        and _known(word, language)
        and _lemma(word, language)[:1].isupper()
    )


def known_common(word: str, language: str) -> bool:
    """A common word of the language: in its dictionary and not listed as a name there."""
    return _known(word.lower(), language) and not proper_noun(word, language)


def inflected_place(word: str, language: str) -> bool:
    """A place name in a case form ("Frankreichs", "России"): not itself in the gazetteer, its
    dictionary lemma is."""
    lemma = _lemma(word, language)
    return (
        lemma.casefold() != word.casefold()
        and not gazetteer().candidates(word)
        and bool(gazetteer().candidates(lemma[:1].upper() + lemma[1:]))
    )


def recognise(texts: Sequence[str], language: str | None) -> list[list[Span]]:
    """Candidate entities per text, typed where the evidence allows."""
    return [_recognise_one(text, language or "") for text in texts]


def _recognise_one(text: str, language: str) -> list[Span]:
    spans: list[Span] = []
    calendar = calendar_words(language)
    tokens = [
        t
        for t in _TOKEN.finditer(text)
        if t.group().casefold() not in calendar and not t.group().endswith("-based")
    ]
    i = 0
    while i < len(tokens):
        if not _is_capitalised(tokens[i].group()):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _continues(tokens, j, text):
            j += 1
        while j - 1 > i and tokens[j - 1].group().lower() in _CONNECTORS:
            j -= 1
        for a, b in _pieces(tokens, i, j, language):
            span = _typed(text, tokens, a, b, language)
            if span is not None:
                spans.append(span)
        i = j
    return spans


def _pieces(tokens: list[re.Match[str]], i: int, j: int, language: str) -> list[tuple[int, int]]:
    """A capitalised run cut where one name ends and the next begins: before a title inside
    it ("Frankreichs Außenminister Jean Morel") and around a place in a case form
    ("Франции | Жан Морель"), which is then a piece of its own."""
    cuts = {i, j}
    for k in range(i + 1, j):
        word = tokens[k].group()
        if word.lower().rstrip(".") in _TITLES:
            cuts.add(k)
    for k in range(i, j):
        if j - i > 1 and inflected_place(tokens[k].group(), language):
            cuts.update((k, k + 1))
    bounds = sorted(cuts)
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _is_capitalised(word: str) -> bool:
    return (word[0].isupper() and not word.isupper()) or (word.isupper() and 2 <= len(word) <= 6)


def _continues(tokens: list[re.Match[str]], j: int, text: str) -> bool:
    gap = text[tokens[j - 1].end() : tokens[j].start()]
    if gap not in (" ", "-"):
        return False
    word = tokens[j].group()
    if _is_capitalised(word):
        return True
    # Particles continue a name when a capitalised part follows them ("de la Cruz").
    k = j
    while k < len(tokens) and tokens[k].group().lower() in _CONNECTORS and k - j < 3:
        if k > j and text[tokens[k - 1].end() : tokens[k].start()] != " ":
            return False
        k += 1
    return (
        k > j
        and k < len(tokens)
        and text[tokens[k - 1].end() : tokens[k].start()] == " "
        and _is_capitalised(tokens[k].group())
    )


def _sentence_initial(text: str, token: re.Match[str]) -> bool:
    before = text[: token.start()].rstrip(" \"'“«„(")
    return not before or before.endswith((".", "!", "?", ":", "\n", "—", "–"))


def _typed(text: str, tokens: list[re.Match[str]], i: int, j: int, language: str) -> Span | None:
    titled = i > 0 and tokens[i - 1].group().lower().rstrip(".") in _TITLES
    # A capitalised function word opening a sentence ("Nach", "Die", "The") is not a name.
    while i < j and (
        tokens[i].group().lower().rstrip(".") in _TITLES
        or (
            _sentence_initial(text, tokens[i])
            and _known(tokens[i].group().lower(), language)
            and not proper_noun(tokens[i].group(), language)
            and j - i > 1
            and tokens[i].group().lower() not in _ORG_WORDS
        )
    ):
        titled = titled or tokens[i].group().lower().rstrip(".") in _TITLES
        i += 1
    if i >= j:
        return None
    words = [t.group() for t in tokens[i:j]]
    start, end = tokens[i].start(), tokens[j - 1].end()
    possessive = _POSSESSIVE.search(text[start:end])
    if possessive:
        end -= len(possessive.group())
        words[-1] = _POSSESSIVE.sub("", words[-1])
    name = text[start:end]
    sentence_initial = _sentence_initial(text, tokens[i])
    # A lone capitalised word that is also a common word ("Auch", "Essen") is only a place
    # where capitals mark names: mid-sentence, in a language that does not capitalise nouns.
    doubtful = (
        len(words) == 1
        and _known(words[0].lower(), language)
        and (sentence_initial or _capitalised_nouns(language))
    )
    places = gazetteer().candidates(name)
    if places and (
        not doubtful
        or places[0].kind == "country"
        or (
            places[0].population >= _BIG_CITY
            and not sentence_initial
            and words[0].lower() not in _NOUN_CITIES
        )
    ):
        return Span(start, end, "place", name)
    if any(w.lower() in _ORG_WORDS for w in words):
        return Span(start, end, "organization", name)
    if len(words) > 1 and words[-1].lower() in _PLACE_WORDS:
        return Span(start, end, "place", name)
    if titled:
        return Span(start, end, "person", name)
    # Words that tell a name: unknown to the dictionary, or listed there as a name.
    unknown = [
        w
        for w in words
        if proper_noun(w, language) or (not _known(w, language) and not _known(w.lower(), language))
    ]
    if len(words) == 1 and inflected_place(words[0], language):
        return Span(start, end, "place", name)
    if len(words) == 1:
        if sentence_initial or _capitalised_nouns(language) or not unknown:
            return None
        return Span(start, end, "other", name)
    if (
        sentence_initial
        and _known(words[0].lower(), language)
        and not proper_noun(words[0], language)
    ):
        return None
    if _capitalised_nouns(language) and not unknown:
        return None
    parts = [w for w in words if w.lower() not in _CONNECTORS]  # "María de la Cruz": 2 parts
    kind = "person" if 2 <= len(parts) <= 3 and unknown else "other"
    return Span(start, end, kind, name)
