"""Do two entity names refer to the same entity, across scripts and spellings?

News names one person as "Mohammad Javad Zarif", "Muhammad Javad Zarif", "محمد جواد ظريف"
(Arabic), "محمد جواد ظریف" (Persian) or just "Zarif". Romanisation tables lose vowels and
transliteration conventions disagree (q/k/g, dh/z/th, ou/u/o), so names are compared as
sequences of *phones*: each letter becomes a class of sounds in one script-independent
alphabet (ق → K, which Latin writes q, k or g; ظ → {Z, D}, written z, dh or d), vowels are kept
as weak phones whose absence is cheap where a script does not write them (Arabic short
vowels) and costly where it does (Arabic long-vowel letters, Latin digraphs such as "ou").
A weighted edit distance over phones gives a token similarity; tokens are aligned in order
(allowing one token to match two joined ones, "نيويورك" ~ "New York"), and rules per entity
type turn the alignment into a verdict with a stable rule id.

Cyrillic words are read through their English-style romanisation (Навальный is navalny, with
y-glides optional: Yulia/Yuliya); Hebrew is an abjad read like Arabic script (ו, י long
vowels or consonants, geresh letters ג׳ צ׳). A Persian family name may lose its last element
in one form (Kazemi Nejad ~ کاظمی): rule ``family-suffix-dropped`` decides "same".

Public API: :class:`NameMatch`, :func:`compare_names`, :func:`blocking_keys`,
:func:`canonical_form`.

Layout: :mod:`.phones` (letters to phones, phone similarity), :mod:`.parse` (folding, word
lists, parsed names), :mod:`.gazetteer` (place ids), :mod:`.align` (name-part similarity and
alignment), :mod:`.rules` (:func:`compare_names`), :mod:`.blocking` (:func:`blocking_keys`,
:func:`canonical_form`).
"""

from __future__ import annotations

from .align import _indel_ratio as _indel_ratio
from .align import token_similarity as token_similarity
from .blocking import blocking_keys, canonical_form
from .gazetteer import _cities as _cities
from .gazetteer import _countries as _countries
from .parse import _parse as _parse
from .phones import phone_similarity as phone_similarity
from .rules import NameMatch, compare_names

__all__ = ["NameMatch", "blocking_keys", "canonical_form", "clear_caches", "compare_names"]


def clear_caches() -> None:
    """Forget the memoised parses, phone strings and similarities (not the gazetteers).

    They pay off while a run compares names; after entity resolution they would only hold
    hundreds of megabytes through the later stages of a large run.
    """
    from . import align, blocking, gazetteer, parse, phones, rules

    for module in (align, blocking, gazetteer, parse, phones, rules):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and value not in (
                _countries,
                _cities,
            ):
                value.cache_clear()


# The private names and memoised functions above are here for tests/test_names.py and
# bench/entities.py, which use them and clear every lru_cache they find in this package.
