"""The comparison rules: :func:`compare_names` and the per-type rules behind its verdict."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .align import _TOKEN_THRESHOLD, _coverage, token_similarity
from .blocking import blocking_keys
from .gazetteer import _gazetteer_ids
from .parse import FAMILY_SUFFIXES, Token, _abd_tail, _check_type, _Name, _parse, _variants


@dataclass(frozen=True, slots=True)
class NameMatch:
    """The verdict on two names: relation, the rule that decided, and the similarity behind it.

    ``relation`` is "same", "partial" (one name is a proper part of the other, e.g. a surname
    alone) or "different". ``score`` is the similarity (0..1) of the two names as compared by
    the deciding rule; for "different" it is the similarity that fell short.
    """

    relation: str
    rule: str
    score: float


# ------------------------------------------------------------------------------ the rules


_SCRIPT_VARIANT = {
    "ar": "arabic-script-variant",
    "he": "hebrew-variant",
    "cyr": "cyrillic-variant",
    "lat": "latin-variant",
}


def _variant_rule(a: _Name, b: _Name, type_: str) -> str:
    if a.script != b.script:
        return "cross-script-skeleton" if type_ in ("person", "place") else "loanword"
    return _SCRIPT_VARIANT[a.script]


def _same_rule(a: _Name, b: _Name, type_: str) -> str:
    if [t.text for t in a.tokens] == [t.text for t in b.tokens]:
        if a.script != b.script:
            return "transliteration"  # Путин is romanised putin
        return "generic-words" if type_ != "person" else "exact"
    if any(t.initial for t in (*a.tokens, *b.tokens)):
        return "initials"
    return _variant_rule(a, b, type_)


def _compare_person(a: _Name, b: _Name) -> NameMatch:
    cov = _coverage(a.tokens, b.tokens)
    score = round(cov.mean, 3)
    if cov.a_all and cov.b_all:
        return NameMatch("same", _same_rule(a, b, "person"), score)
    if cov.a_all or cov.b_all:
        short, long_ = (a, b) if cov.a_all else (b, a)
        if cov.last:
            rule = "surname-only" if len(short.tokens) == 1 else "partial-name"
            return NameMatch("partial", rule, score)
        if len(short.tokens) >= 2 and _only_house_left(short, long_):
            return NameMatch("partial", "partial-name", score)
        dropped = _dropped_tail(short, long_)
        if dropped and all(t.text in FAMILY_SUFFIXES for t in dropped):
            return NameMatch("same", "family-suffix-dropped", round(score * 0.98, 3))
        if dropped and len(short.tokens) >= 3 and len(dropped) == 1:
            return NameMatch("partial", "name-prefix", round(cov.overall, 3))
        return NameMatch("different", "given-name-only", round(cov.overall, 3))
    for short, long_ in ((a, b), (b, a)):
        tail = _abd_tail(long_.tokens[-1]) if len(short.tokens) == 1 < len(long_.tokens) else None
        sim = token_similarity(short.tokens[0], tail) if tail else 0.0
        if sim >= _TOKEN_THRESHOLD:  # "Nasser" for Gamal Abdel Nasser
            return NameMatch("partial", "surname-only", round(sim, 3))
    if cov.last:
        return NameMatch("different", "given-name-mismatch", round(cov.overall, 3))
    if cov.first:
        return NameMatch("different", "given-name-clash", round(cov.overall, 3))
    return NameMatch("different", "no-match", round(cov.overall, 3))


def _dropped_tail(short: _Name, long_: _Name) -> tuple[Token, ...]:
    """The parts of ``long_`` after a prefix that matches all of ``short`` (given names and
    a family name: "Hamid Reza Kazemi" in "Hamid Reza Kazemi Nejad"); () if there is none."""
    n = len(short.tokens)
    if n < 2 or len(long_.tokens) <= n:
        return ()
    for end in range(len(long_.tokens) - 1, n - 1, -1):
        cov = _coverage(short.tokens, long_.tokens[:end])
        if cov.a_all and cov.b_all:
            return long_.tokens[end:]
    return ()


def _only_house_left(short: _Name, long_: _Name) -> bool:
    """ "Mohammed bin Salman" in "Mohammed bin Salman Al Saud": only the house name is extra."""
    core = [t for t in long_.tokens if not t.dynastic]
    if (
        not core
        or len(core) == len(long_.tokens)
        or long_.tokens[len(core) :] != tuple(t for t in long_.tokens if t.dynastic)
    ):
        return False
    cov = _coverage(short.tokens, core)
    return cov.a_all and cov.last


def _compare_org(a: _Name, b: _Name, type_: str) -> NameMatch:
    if (a.acronyms & b.initials) or (b.acronyms & a.initials):
        return NameMatch("same", "acronym", 0.95)
    if a.acronyms and a.acronyms & b.acronyms:
        return NameMatch("same", "acronym", 1.0)
    cov = _coverage(a.tokens, b.tokens)
    if not (cov.a_all and cov.b_all) and (a.full != a.tokens or b.full != b.tokens):
        full = _coverage(a.full, b.full)  # "Le Monde" ~ "لوموند": the article is in the word
        if full.a_all and full.b_all:
            cov = full
    if cov.a_all and cov.b_all:
        return NameMatch("same", _same_rule(a, b, type_), round(cov.mean, 3))
    if cov.a_all or cov.b_all:
        short = a if cov.a_all else b
        if type_ != "place" and _gazetteer_ids(" ".join(t.text for t in short.tokens)):
            return NameMatch("different", "type-mismatch", round(cov.overall, 3))
        if type_ == "place":
            return NameMatch("different", "place-extra-word", round(cov.overall, 3))
        return NameMatch("partial", "partial-name", round(cov.mean, 3))
    return NameMatch("different", "no-match", round(cov.overall, 3))


def _compare_place(a: _Name, b: _Name, raw_a: str, raw_b: str) -> NameMatch:
    ids_a, ids_b = _gazetteer_ids(raw_a), _gazetteer_ids(raw_b)
    if ids_a and ids_b:
        if ids_a & ids_b:
            return NameMatch("same", "gazetteer", 1.0)
        return NameMatch("different", "gazetteer", 0.0)
    return _compare_org(a, b, "place")


def _compare_parsed(raw_a: str, raw_b: str, type_: str) -> NameMatch:
    a, b = _parse(raw_a, type_), _parse(raw_b, type_)
    if not (a.tokens or a.numbers) or not (b.tokens or b.numbers):
        return NameMatch("different", "empty", 0.0)
    if a.text == b.text:
        return NameMatch("same", "exact", 1.0)
    if a.numbers != b.numbers:
        rule = "number-mismatch" if a.numbers and b.numbers else "type-mismatch"
        return NameMatch("different", rule, 0.0)
    if not a.tokens or not b.tokens:
        return NameMatch("different", "no-match", 0.0)
    if type_ == "person":
        return _compare_person(a, b)
    if type_ == "place":
        return _compare_place(a, b, raw_a, raw_b)
    return _compare_org(a, b, type_)


# --------------------------------------------------------------------------- public API

_RANK = {"same": 2, "partial": 1, "different": 0}


# Names recur across the articles of a run ("السعودية" in most of them), and within one
# article every mention is compared with every group; a verdict depends only on the strings.
@lru_cache(maxsize=200_000)
def compare_names(a: str, b: str, type_: str = "person") -> NameMatch:
    """Decide whether names ``a`` and ``b`` (both of entity type ``type_``) name one entity.

    >>> compare_names("Mohammad Javad Zarif", "محمد جواد ظريف")
    NameMatch(relation='same', rule='cross-script-skeleton', score=0.946)
    """
    _check_type(type_)
    best: NameMatch | None = None
    for form_a, clitic_a in _variants(a):
        for form_b, clitic_b in _variants(b):
            match = _compare_parsed(form_a, form_b, type_)
            if (clitic_a or clitic_b) and match.relation != "different":
                # only a near-exact fit: فريد minus ف is ريد (Reed), اليكس ~ (ب)ليكس
                relation = match.relation if match.score >= 0.95 else "different"
                match = NameMatch(relation, "proclitic", round(match.score * 0.95, 3))
            if best is None or (_RANK[match.relation], match.score) > (
                _RANK[best.relation],
                best.score,
            ):
                best = match
    assert best is not None
    if best.relation != "different" and not (blocking_keys(a, type_) & blocking_keys(b, type_)):
        # Blocking must never hide a pair this function would merge: such pairs are refused.
        return NameMatch("different", "no-shared-key", best.score)
    return best
