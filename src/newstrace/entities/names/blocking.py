"""Blocking keys (which names are worth comparing at all) and the canonical form of a name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .align import _join
from .gazetteer import _gazetteer_ids
from .parse import FAMILY_SUFFIXES, _abd_tail, _check_type, _is_arabic, _Name, _parse, _variants
from .phones import Phone

# Blocking alphabet: classes that rules may swap share a letter; h, w, y are dropped.
# ch is near both sh (ش) and j (ج, Arabic for Persian چ), so it yields two keys.
_COARSE = dict(
    item.split("=")
    for item in "B=b F=f T=t D=t S=s Z=s SH=s CH=sk J=k K=k X=k L=l R=r M=m N=n H= W= Y=".split()
)
_MAX_KEY_VARIANTS = 16


def _coarse_keys(phones: Sequence[Phone]) -> set[str]:
    """Consonant skeletons in a coarse alphabet (t=t/d/ط/ض, s=s/z/sh/ص/ظ, k=k/q/g/j/kh...),
    with and without the optional phones (articles, final h, ta marbuta)."""
    keys: set[str] = set()
    for with_optional in (False, True):
        variants = {""}
        for p in phones:
            if p.kind != "C" or (p.opt and not with_optional):
                continue
            # a class without a letter (h) may be the reading: Hebrew ח is kh or h (Haifa)
            letters = {x for c in p.cons for x in (_COARSE[c] or " ")}
            letters = {x.strip() for x in letters} if letters - {" "} else {""}
            variants = {v + x for v in variants for x in letters}
            if len(variants) > _MAX_KEY_VARIANTS:
                variants = set(sorted(variants)[:_MAX_KEY_VARIANTS])
        keys |= {re.sub(r"(.)\1+", r"\1", v) for v in variants}
    return keys


def _name_keys(name: _Name, raw: str, type_: str) -> set[str]:
    tokens = name.tokens
    if type_ == "person":
        core = [t for t in tokens if not t.dynastic] or list(tokens)
        groups = [tokens[-1:], tokens[-2:], core[-1:]] if tokens else []
        tail = _abd_tail(tokens[-1]) if tokens else None
        groups += [(tail,)] if tail else []
        if len(tokens) >= 4 or (len(tokens) >= 3 and tokens[-1].text in FAMILY_SUFFIXES):
            # a form may leave out the last family-name part (Kazemi Nejad ~ کاظمی)
            groups.append(tokens[-2:-1])
        return {f"p:{k}" for g in groups if g for k in _coarse_keys(_join(g).phones)}
    prefix = "l" if type_ == "place" else "o"
    keys = {
        f"{prefix}:{k}" for g in (tokens, name.full) if g for k in _coarse_keys(_join(g).phones)
    }
    if type_ == "place":
        keys |= _gazetteer_ids(raw)
    else:
        for token in tokens:
            keys |= {f"o:{k}" for k in _coarse_keys(token.phones)}
        keys |= {f"acr:{x}" for x in name.acronyms | name.initials}
    return keys


@lru_cache(maxsize=100_000)
def blocking_keys(name: str, type_: str = "person") -> frozenset[str]:
    """Cheap keys such that two names :func:`compare_names` calls "same" or "partial" share at
    least one: coarse consonant skeletons of the family name (persons), of each content word
    and the whole name (organisations), acronym letters and gazetteer ids."""
    _check_type(type_)
    keys: set[str] = set()
    for form, _ in _variants(name):
        keys |= _name_keys(_parse(form, type_), form, type_)
    return frozenset(keys)


def _latin_share(name: str) -> float:
    letters = [ch for ch in name if ch.isalpha()]
    return sum(not _is_arabic(ch) for ch in letters) / len(letters) if letters else 0.0


def canonical_form(names: Iterable[str]) -> str:
    """The fullest Latin-script form among ``names`` (else the fullest in any script).

    Fullest: most name parts written out (initials count less), then without a title, then the
    most frequent (``names`` may repeat, or be a mapping of name -> count such as a Counter),
    then the first seen.
    """
    counts: dict[str, int] = {}
    items = names.items() if isinstance(names, Mapping) else ((n, 1) for n in names)
    for name, count in items:
        cleaned = " ".join(name.split())
        if cleaned:
            counts[cleaned] = counts.get(cleaned, 0) + int(count)
    latin = [n for n in counts if _latin_share(n) > 0.5]
    pool = latin or list(counts)
    if not pool:
        return ""

    def rank(n: str) -> tuple[int, int, bool, int]:
        parsed = _parse(n, "person")
        spelled = sum(not t.initial for t in parsed.tokens)
        return (spelled, len(parsed.tokens), not parsed.had_title, counts[n])

    return max(pool, key=rank)  # max keeps the first of equals: the first seen
