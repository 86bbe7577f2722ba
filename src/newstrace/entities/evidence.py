"""The type a name's own words and context prove, whatever the model guessed.

The NER model sees a few words around a name and labels it from their shape: "Republican"
after "told" becomes a publisher, "Strait of Hormuz" an organisation, "Constitution" an
organisation, "Salehinia said" a place. The words of the name often settle it, from the
language pack: an adjective of a religion, party or people ("Muslim", "Republicans") or of
a nationality (the gazetteer's countries) is ``other``; a head word types the name ("Mehr
News Agency": outlet, "Clinton Foundation": organisation, "Lake Urmia": place, "Atomic
Energy Act": other); a few institutions read as places are organisations ("White House").
A one-word name the model called a place, which no country or big city backs, is a person
when it speaks ("Salehinia said").

Each rule returns the type and the name of the evidence, so a user can see why.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from .. import lang
from .places import demonym_countries, gazetteer

# A nationality adjective: a stem and its ending ("Americ|an"), as ``places`` reads them.
_LATIN_DEMONYM = re.compile(r"([A-Z][a-z]{2,})(ian|ean|an|ese|i|ish|n)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# A town this large is meant when the model reads a place, even beside a speech verb.
_BIG_PLACE = 100_000


@lru_cache(maxsize=16)
def _table(language: str, name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in getattr(lang.get(language), name))


def _words(name: str) -> list[str]:
    return [_POSSESSIVE.sub("", w).rstrip(".").casefold() for w in _WORD.findall(name)]


def group_word(name: str, language: str) -> bool:
    """A one-word adjective or noun of a religion, party, people or nationality ("Muslim",
    "Republicans", "Russian", "Azerbaijanis"), not itself a place on the map."""
    words = _words(name)
    if len(words) != 1 or name[:1].islower():
        return False
    word = words[0]
    if word in _table(language, "group_adjectives"):
        return True
    if lang.get(language).script != "latin":
        return False
    if any(p.kind == "country" and p.name.casefold() == word for p in gazetteer().candidates(name)):
        return False  # "Japan" is no adjective of "Japon"; "Iraqi" (Iraq elsewhere) is one
    single = name[:-1] if name.endswith("s") and len(name) > 4 else name
    return bool(demonym_countries(single)) or _alias_demonym(single)


@lru_cache(maxsize=1)
def _country_aliases() -> frozenset[str]:
    """Short country names the gazetteer's place table does not hold ("America", "USA")."""
    # ``ordered`` is typed for word tables; this one holds (name, ISO code) pairs.
    pairs = cast("tuple[tuple[str, str], ...]", lang.ordered("country_aliases"))
    return frozenset(name.casefold() for name, _ in pairs)


def _alias_demonym(word: str) -> bool:
    """An adjective of a country known only by an alias ("American": "America")."""
    match = _LATIN_DEMONYM.fullmatch(word)
    if match is None:
        return False
    stem = match.group(1).casefold()
    return any(stem + e in _country_aliases() for e in lang.ordered("demonym_stem_endings"))


_HEAD_TYPES = (
    ("outlet", "outlet"),
    ("document", "other"),
    ("event", "other"),
    ("organisation", "organization"),
    ("place", "place"),
)


def head_type(name: str, language: str) -> tuple[str, str] | None:
    """(type, evidence) from the name's head word: the word before a linking word ("Strait of
    Hormuz"), else its last one or two words ("Mehr News Agency"), or its first word where
    the pack lists it as a prefix ("Lake Urmia")."""
    words = _words(name)
    if not words:
        return None
    links = _table(language, "head_links")
    linked = next((i for i, w in enumerate(words) if i > 0 and w in links), None)
    for kind, label in _HEAD_TYPES:
        heads = _table(language, f"{kind}_heads")
        if linked is not None:
            if words[linked - 1] in heads:
                return label, f"head:{words[linked - 1]}"
            continue
        tail = " ".join(words[-2:])
        if tail in heads and len(words) > 2:
            return label, f"head:{tail}"
        if words[-1] in heads:
            return label, f"head:{words[-1]}"
    words = _without_article(words, language)
    for kind, label in _HEAD_TYPES:
        if len(words) > 1 and words[0] in _table(language, f"{kind}_prefixes"):
            return label, f"prefix:{words[0]}"
    return None


def _without_article(words: list[str], language: str) -> list[str]:
    """The name's words after a leading article the model took in ("La Fundación Veltora":
    the prefix is "Fundación"); a name of the article alone keeps it."""
    articles = _table(language, "articles")
    if len(words) > 2 and words[0] in articles:
        return words[1:]
    return words


def name_type(name: str, language: str) -> tuple[str, str] | None:
    """(type, evidence) that the name's own words prove, or None."""
    if group_word(name, language):
        return "other", "group-word"
    if " ".join(_words(name)) in _table(language, "organisation_names"):
        return "organization", "institution-name"
    return head_type(name, language)


def speaks(sentence: str, start: int, end: int, language: str) -> bool:
    """A speech verb right after the name ("Salehinia said") or right before it ("says
    Nelson")."""
    pack = lang.get(language)
    after, before = pack.speaker_cues_after, pack.speaker_cues_before
    if after and re.match(after, sentence[end : end + 30], re.I):
        return True
    return bool(before and re.search(before, sentence[max(0, start - 20) : start], re.I))


def small_or_unmapped(name: str) -> bool:
    """No country and no big city of this name, and the name is shaped like a personal
    name ("Salehinia", not "U.S." or "USA"): a model's place reading is weak."""
    if not _PERSONAL_SHAPE.fullmatch(name) or name.casefold() in _country_aliases():
        return False
    return all(
        p.kind != "country" and p.population < _BIG_PLACE for p in gazetteer().candidates(name)
    )


_PERSONAL_SHAPE = re.compile(r"[A-Z][a-z'’-]*[a-z][\w'’-]*")


def well_known_place(name: str) -> bool:
    """A country or a big city of this name ("Benghazi"); the caller has ruled out an
    adjective of a people (:func:`group_word`)."""
    # A Latin-script name by the place's own name only: alternate names hold words of other
    # languages ("Thai" for Thailand in CLDR, for Alor Setar in geonames). The table's own
    # names are English, so names in other scripts are matched as alternate names.
    own = _LATIN_LETTER.search(name) is not None
    return any(
        (not own or p.name.casefold() == name.casefold())
        and (p.kind == "country" or p.population >= _BIG_PLACE)
        for p in gazetteer().candidates(name)
    )


_LATIN_LETTER = re.compile(r"[A-Za-z]")
