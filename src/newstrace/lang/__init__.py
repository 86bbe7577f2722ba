"""Language packs: everything newstrace knows about a language, behind one registry.

``get("ar")`` gives the Arabic :class:`~newstrace.lang.schema.Pack` (attribution and response
phrases, event triggers, date grammar, closed-class words, titles, outlet cues, direction);
any code without a pack of its own gets the ``generic`` pack. Stages ask the registry and keep
no word lists of their own. This package imports no stage package.

How to add a language (here Italian, "it"):

1. Copy a pack of the same script (``lang/fr/``) to ``lang/it/``; set its code in ``__init__``.
2. Rewrite its tables: ``words.py`` (closed-class words, titles, cues, direction: the
   :class:`Pack` fields), ``claims.py`` (a :class:`Lexicon`), ``events.py`` (an
   :class:`EventLexicon`), ``dates.py`` (``grammar()``, ``offsets()``), ``closed.py`` (words
   both share).
3. Add ``"it"`` to :data:`LANGUAGES` below and drop it from :data:`DETECTED`'s extras; move
   its words out of ``generic/words.py``.
4. Add ``tests/lang/test_it.py`` (what the pack gives, a few behaviours); run ``tests/lang``.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from newstrace.lang.schema import STANCES, EventLexicon, Lexicon, Pack, Sense

# Languages with a pack of their own, in the order their word tables are merged.
LANGUAGES = ("en", "ar", "fa", "de", "es", "fr")
GENERIC = "generic"
# Languages the detector chooses among (lingua is restricted to them): the packs' and more,
# reported as detected and analysed with the generic pack.
DETECTED = (*LANGUAGES, "it", "ru", "tr", "ur", "pt", "nl")
# Detector labels read as another code (Arabic dialects, Persian varieties, Norwegian).
ALIASES = {"arz": "ar", "ary": "ar", "prs": "fa", "pes": "fa", "nb": "no", "nn": "no"}
# Codes (detector labels included) of languages written in Arabic script.
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ku", "sdh", "ug", "arz", "ary"})
# Right-to-left languages without a pack of their own.
_OTHER_RTL = frozenset({"he", "ur", "ps"})


def normalise_code(language: str | None) -> str:
    """The bare language of a code: "fa-IR", "FA", "fa_IR" -> "fa"; None -> ""."""
    return (language or "").replace("_", "-").split("-", 1)[0].lower()


def get(language: str | None) -> Pack:
    """The pack of a language code ("ar", "fa-IR"); the generic pack for any other code."""
    code = normalise_code(language)
    return _load(code if code in LANGUAGES else GENERIC)


@cache
def _load(code: str) -> Pack:
    pack: Pack = import_module(f"{__name__}.{code}").PACK
    return pack


def has_pack(language: str | None) -> bool:
    """True where the language has a pack of its own (not the generic one)."""
    return normalise_code(language) in LANGUAGES


def is_rtl(language: str | None) -> bool:
    """True for a language code written right to left ("ar", "fa", "he", "ur", "ps")."""
    if language in LANGUAGES:
        return _load(language).direction == "rtl"
    return language in _OTHER_RTL


def direction(language: str | None) -> str:
    """The text direction of a language code: "rtl" or "ltr" (for HTML's ``dir``)."""
    return "rtl" if is_rtl(language) else "ltr"


@cache
def ordered(table: str) -> tuple[str, ...]:
    """A word table of every pack in turn (packs in :data:`LANGUAGES` order, then generic),
    for rules where the first entry that applies wins."""
    return tuple(w for code in (*LANGUAGES, GENERIC) for w in getattr(_load(code), table))


@cache
def union(table: str) -> frozenset[str]:
    """A word table of every pack at once (for rules that do not know the language)."""
    words: set[str] = set()
    for code in (*LANGUAGES, GENERIC):
        words.update(getattr(_load(code), table))
    return frozenset(words)


__all__ = [
    "ALIASES",
    "ARABIC_SCRIPT",
    "DETECTED",
    "GENERIC",
    "LANGUAGES",
    "STANCES",
    "EventLexicon",
    "Lexicon",
    "Pack",
    "Sense",
    "direction",
    "get",
    "has_pack",
    "is_rtl",
    "normalise_code",
    "ordered",
    "union",
]
