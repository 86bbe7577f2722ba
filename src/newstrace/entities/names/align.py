"""Similarity of two name parts, and the order-preserving alignment of two names' parts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from .parse import Token
from .phones import _collapse, _latin_phones, phone_similarity, similarity_bound


def _rapidfuzz_ratio() -> Callable[[str, str], float] | None:
    """rapidfuzz's Indel ratio, which is fast; None where it is absent, and the fallback
    computes the same ratio in pure Python."""
    try:
        from rapidfuzz.fuzz import ratio
    except ImportError:  # pragma: no cover - exercised only where rapidfuzz is absent
        return None
    return ratio


_rf_ratio = _rapidfuzz_ratio()

_TOKEN_THRESHOLD = 0.85  # token similarity needed to call two tokens the same name part
_INITIAL_SIM = 0.9


def _indel_ratio(a: str, b: str) -> float:
    """Normalised Indel similarity (rapidfuzz's ratio / 100)."""
    if _rf_ratio is not None:
        return _rf_ratio(a, b) / 100.0
    if not a and not b:
        return 1.0
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0]
        for j, other in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if ch == other else max(prev[j], cur[j - 1]))
        prev = cur
    return 2.0 * prev[-1] / (len(a) + len(b))


# ------------------------------------------------------------------------------ alignment

Pair = tuple[int, int, int, int, float]  # a[i0:i1] matched with b[j0:j1] at similarity s


def _initial_sim(initial: Token, other: Token) -> float:
    if other.initial or not other.arabic:
        return _INITIAL_SIM if other.text[:1] == initial.text else 0.0
    head = next((p for p in other.phones if p.kind == "C" and not p.opt), None)
    mine = _latin_phones(initial.text)
    return _INITIAL_SIM if head and mine and head.cons & mine[0].cons else 0.0


@lru_cache(maxsize=200_000)
def token_similarity(a: Token, b: Token) -> float:
    """Similarity of two name parts, 0..1: phones, plus rapidfuzz for Latin typos."""
    if a.text == b.text:
        return 1.0
    if a.initial or b.initial:
        return _initial_sim(a, b) if a.initial else _initial_sim(b, a)
    if not a.arabic and not b.arabic:
        ratio = _indel_ratio(a.text, b.text)
        if ratio < 0.4:
            return ratio  # cheap reject: no transliteration variant differs this much
        sim = _phone_sim(a, b)
        if ratio >= 0.9 and len(a.text) == len(b.text) >= 7:
            sim = max(sim, ratio)  # a swapped or mistyped letter in a long word
        return sim
    return _phone_sim(a, b)


def _phone_sim(a: Token, b: Token) -> float:
    """Phone similarity, or only an upper bound of it when that bound is already below the
    threshold: every caller compares a token similarity with the threshold, nothing more."""
    bound = similarity_bound(a.phones, b.phones)
    if bound < _TOKEN_THRESHOLD:
        return bound
    return phone_similarity(a.phones, b.phones, a.loan or b.loan)


def _join(tokens: Sequence[Token]) -> Token:
    if len(tokens) == 1:
        return tokens[0]
    phones = _collapse([p for t in tokens for p in t.phones])
    first = tokens[0]
    text = "".join(t.text for t in tokens)
    return Token(text, phones, first.arabic, loan=first.loan, script=first.script)


def _joined_pairs(tokens: Sequence[Token]) -> list[Token | None]:
    """Each two neighbouring parts joined into one (None where one is an initial, which
    never joins): one side of a one-to-two part match."""
    return [
        None if (tokens[k].initial or tokens[k + 1].initial) else _join(tokens[k : k + 2])
        for k in range(len(tokens) - 1)
    ]


def _align(a: Sequence[Token], b: Sequence[Token]) -> list[Pair]:
    """Order-preserving alignment of name parts maximising matches; one part may match two
    joined parts ("نيويورك" ~ "New York", "Ahmadinejad" ~ "Ahmadi Nejad").

    The two-part groups of each name are joined once, not once per cell; a group with an
    initial in it matches nothing."""
    n, m = len(a), len(b)
    joined_a, joined_b = _joined_pairs(a), _joined_pairs(b)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            steps = [(1, 0, 1.0, -1.0), (0, 1, 1.0, -1.0)]
            if i < n and j < m:
                groups = [(1, 1, token_similarity(a[i], b[j]))]
                if j + 1 < m:
                    pair_b = joined_b[j]
                    sim = 0.0 if a[i].initial or pair_b is None else token_similarity(a[i], pair_b)
                    groups.append((1, 2, sim))
                if i + 1 < n:
                    pair_a = joined_a[i]
                    sim = 0.0 if b[j].initial or pair_a is None else token_similarity(pair_a, b[j])
                    groups.append((2, 1, sim))
                for di, dj, sim in groups:
                    if sim >= _TOKEN_THRESHOLD:
                        steps.append((di, dj, 1.0 - sim + 0.05 * (di + dj - 2), sim))
            for di, dj, step, sim in steps:
                ni, nj = i + di, j + dj
                if ni <= n and nj <= m and here + step < cost[ni][nj]:
                    cost[ni][nj] = here + step
                    back[ni][nj] = (i, j, sim)
    pairs: list[Pair] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, sim = back[i][j]  # type: ignore[misc]
        if sim >= 0:
            pairs.append((pi, i, pj, j, sim))
        i, j = pi, pj
    return pairs[::-1]


class _Coverage(NamedTuple):
    a_all: bool
    b_all: bool
    last: bool  # the last parts of both names are matched together
    first: bool  # the first parts of both names are matched together
    mean: float  # mean similarity of the matched parts
    overall: float  # matched similarity spread over the longer name


def _coverage(a: Sequence[Token], b: Sequence[Token]) -> _Coverage:
    pairs = _align(a, b)
    covered_a = sum(i1 - i0 for i0, i1, _, _, _ in pairs)
    covered_b = sum(j1 - j0 for _, _, j0, j1, _ in pairs)
    sims = [p[4] for p in pairs]
    return _Coverage(
        a_all=covered_a == len(a),
        b_all=covered_b == len(b),
        last=any(i1 == len(a) and j1 == len(b) for _, i1, _, j1, _ in pairs),
        first=any(i0 == 0 and j0 == 0 for i0, _, j0, _, _ in pairs),
        mean=sum(sims) / len(sims) if sims else 0.0,
        overall=sum(sims) / max(len(a), len(b), 1),
    )
