"""How likely two articles are to tell the same story: a score in 0..1.

Two kinds of evidence are combined:

- *content*: a weighted mean of cosines over the kinds of evidence the two articles can
  share: word stems (same language only), character 4-grams, anchors (names and numbers;
  both same script only) and resolved entities (any language, any script: "دمشق" and
  "Damascus" are one id). A pair of different languages is thus scored on grams, entities
  and anchors, and a pair of different scripts on entities alone, on the same 0..1 scale;
- *time*: how close the publication dates are, and how many of the dates the texts mention
  are shared. Time only scales content: two articles of one day on different subjects share
  nothing.

Graded relatedness (``DEFAULT_WEIGHTS``) also draws the score of texts that say little of
their own towards a prior (``Weights.evidence``, ``prior``): a page that is all furniture
tells nothing of the story it stood for. Story grouping never does.

Cosines are small even for articles on one story (a median near 0.3 on giveme5w1h), so
content goes through ``x / (x + knee)``: a saturating curve that spreads out the low end,
where decisions are made, and keeps the score in 0..1.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .features import StoryDoc


@dataclass(frozen=True, slots=True)
class Weights:
    """The knobs of :func:`similarity`; bench/clusters.py says what each was tuned on."""

    terms: float = 0.9  # weight of word stems (same language only)
    headline: float = 0.1  # weight of title stems (same language, both titled)
    anchors: float = 0.1  # weight of names and numbers (same script only)
    entities: float = 0.05  # weight of resolved entities (any language)
    knee: float = 0.3  # content value that maps to 0.5
    days: float = 30.0  # publication gap (days) at which the time factor has lost half its range
    floor: float = 0.5  # the time factor for articles published far apart
    dates: float = 0.1  # share of the score that mentioned dates in common can move
    grams: float = 0.0  # weight of character 4-grams (same script, any language)
    # Word agreement (the terms and headline cosines, weighted as in the content mean) below
    # which a same-language pair's content is scaled down, by the square of the shortfall
    # ratio; 0 turns it off. Two reports of one event share who and where *and* what
    # happened: names alone (the same town, the same leader) with different words are
    # another event of the same actors ("Erie" in a snowfall record and in an electric bill).
    words_floor: float = 0.0
    # weight of the words as English meanings (bilingual dictionaries; any language)
    meanings: float = 0.0
    # Graded relatedness of texts that say little of their own (a page that is mostly
    # furniture, a stub) is uncertain: the score is drawn towards ``prior`` with weight
    # evidence / (evidence + n), n being the meaning keys of the doc with fewer. 0: off.
    evidence: float = 0.0
    prior: float = 0.0


# Graded relatedness ("how similar are these two articles"): word stems, character grams and
# words as English meanings (the last two without page furniture). terms, grams, meanings,
# anchors and knee maximise Pearson with SemEval-2022 Task 8 training pairs given entities =
# 0.05 (bench/clusters.py --tune: a plateau within 0.001; SemEval has no cross-script pairs,
# and across scripts entities and meanings are the only evidence); grams also carry the
# names that anchors did (anchors 0 is best). SemEval has no titles or dates: headline and
# the time knobs take the giveme5w1h values.
# evidence and prior were fitted on the same pairs afterwards (a plateau: prior 0.25 to 0.3,
# evidence 20 to 30, 0.771 against 0.758 without; fitted on random halves of the training
# pairs, it gained 0.009 on the other halves on average); a pair of stubs scores the prior,
# about the average relatedness of a training pair, instead of 0.
DEFAULT_WEIGHTS = Weights(
    terms=0.2,
    anchors=0.0,
    entities=0.05,
    knee=0.4,
    grams=0.8,
    meanings=0.6,
    evidence=20.0,
    prior=0.25,
)
# Same story or not, for StoryIndex: names, numbers and entities weigh more than in graded
# similarity, because two reports of one event share who, where and how many; and names
# shared without the words of what happened count for less (words_floor). Chosen on the
# tuning half of the giveme5w1h events (bench/clusters.py --tune; ties broken by SemEval
# training pairs).
STORY_WEIGHTS = Weights(terms=0.7, headline=0.2, anchors=0.1, entities=0.2, words_floor=0.18)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two L2-normalised sparse vectors (iterates the shorter one)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(key, 0.0) for key, w in a.items())


@lru_cache(maxsize=8192)
def _ordinal(value: str) -> int | None:
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two ``YYYY-MM-DD`` dates; None when either is unknown."""
    if not a or not b:
        return None
    x, y = _ordinal(a), _ordinal(b)
    return None if x is None or y is None else abs(x - y)


def content_score(a: StoryDoc, b: StoryDoc, weights: Weights = DEFAULT_WEIGHTS) -> float:
    """Words, names, numbers and entities in common, 0..1.

    A kind of evidence counts only where it can be compared: words within one language,
    anchors within one script (names do not match across scripts), and each only when both
    articles have some (no evidence is not evidence of a different story).
    """
    total = mass = 0.0
    same_language = bool(a.language) and a.language == b.language
    if same_language and a.terms and b.terms:
        total += weights.terms * cosine(a.terms, b.terms)
        mass += weights.terms
    if same_language and a.headline and b.headline:
        total += weights.headline * cosine(a.headline, b.headline)
        mass += weights.headline
    words = total / mass if mass else None  # what the texts say, apart from who and where
    if a.script == b.script and a.anchors and b.anchors:
        total += weights.anchors * cosine(a.anchors, b.anchors)
        mass += weights.anchors
    if weights.grams and a.script == b.script and a.grams and b.grams:
        total += weights.grams * cosine(a.grams, b.grams)
        mass += weights.grams
    if a.entities and b.entities:
        total += weights.entities * cosine(a.entities, b.entities)
        mass += weights.entities
    if weights.meanings and a.meanings and b.meanings:
        total += weights.meanings * cosine(a.meanings, b.meanings)
        mass += weights.meanings
    raw = total / mass if mass else 0.0
    if words is not None and words < weights.words_floor:
        raw *= (words / weights.words_floor) ** 2
    return raw / (raw + weights.knee) if raw > 0 else 0.0


def time_factor(a: StoryDoc, b: StoryDoc, weights: Weights = DEFAULT_WEIGHTS) -> float:
    """1 for articles published the same day (or of unknown date), down to ``floor``."""
    gap = days_apart(a.published, b.published)
    if gap is None:
        return 1.0
    return weights.floor + (1 - weights.floor) * math.exp(-gap * math.log(2) / weights.days)


def shared_dates(a: StoryDoc, b: StoryDoc) -> float:
    """Share of the mentioned dates in common (of the article that mentions fewer)."""
    if not a.dates or not b.dates:
        return 0.0
    return len(a.dates & b.dates) / min(len(a.dates), len(b.dates))


def similarity(a: StoryDoc, b: StoryDoc, weights: Weights = DEFAULT_WEIGHTS) -> float:
    """How likely ``a`` and ``b`` are to be about the same story, in 0..1.

    ``content × (time factor, with a share ``dates`` given to mentioned dates in common)``.
    """
    content = content_score(a, b, weights)
    score = 0.0
    if content > 0:
        timing = (1 - weights.dates) * time_factor(a, b, weights)
        score = min(1.0, content * (timing + weights.dates * shared_dates(a, b)))
    if weights.evidence:
        said = min(len(a.meanings), len(b.meanings))
        score += (weights.prior - score) * weights.evidence / (weights.evidence + said)
    return score
