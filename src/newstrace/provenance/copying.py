"""Which sentences were reused from an earlier article, with or without a citation.

Two signals, both found through an inverted index (never all pairs of articles):

* **copies** within a language: a sentence shares most of its word 5-gram shingles with one
  sentence of an earlier article (near-verbatim reuse, light edits allowed);
* **translations** across languages: a sentence carries the same anchors — resolved entity
  ids, numbers and dates — in the same order as a sentence of an earlier article in another
  language ("Karim Haddad … Tuesday … 140 million" in English and Spanish).

"Earlier" is by publication date, then by the order the articles were given in, so the
answer is deterministic. A shingle or an anchor sequence seen in very many articles is
boilerplate or a stock phrase and is skipped rather than compared.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import Reuse, SentenceKey
from ..nlp.normalize import search_words

SHINGLE = 5
MIN_WORDS = 8  # shorter sentences ("No successor has been named.") are too common to tell
COPY_SHARE = 0.5  # share of a sentence's shingles found in one earlier sentence
MIN_ANCHORS = 3
MAX_POSTINGS = 50  # a shingle in more sentences than this is boilerplate
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True)
class SentenceText:
    """What copy detection needs of one sentence."""

    key: SentenceKey
    language: str | None
    text: str
    anchors: tuple[str, ...]  # entity ids, numbers and dates in reading order


def shingles(text: str) -> set[int]:
    words = search_words(text)
    if len(words) < MIN_WORDS:
        return set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
        for i in range(len(words) - SHINGLE + 1)
    }


def numbers(text: str) -> list[str]:
    """Numbers as digits without separators ("140,000" and "140.000" and "١٤٠٠٠٠" agree)."""
    return [re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text.translate(_DIGITS))]


def find_reuse(sentences: Sequence[SentenceText], order: dict[str, int]) -> list[Reuse]:
    """Every sentence that reuses a sentence of an earlier article (see module docstring).

    ``order`` ranks articles (publication date, then arrival); a sentence only reuses one of
    an article ranked before its own.
    """
    found = _copies(sentences, order)
    copied = {r.later for r in found}
    found += [r for r in _translations(sentences, order) if r.later not in copied]
    return sorted(found, key=lambda r: (order[r.later.article], r.later.sentence))


def _copies(sentences: Sequence[SentenceText], order: dict[str, int]) -> list[Reuse]:
    postings: dict[tuple[str | None, int], list[int]] = defaultdict(list)
    shingled = [shingles(s.text) for s in sentences]
    for number, (sentence, grams) in enumerate(zip(sentences, shingled, strict=True)):
        for gram in grams:
            postings[(sentence.language, gram)].append(number)
    found = []
    for sentence, grams in zip(sentences, shingled, strict=True):
        if not grams:
            continue
        shared: Counter[int] = Counter()
        for gram in grams:
            posting = postings[(sentence.language, gram)]
            if len(posting) > MAX_POSTINGS:
                continue
            for other in posting:
                if order[sentences[other].key.article] < order[sentence.key.article]:
                    shared[other] += 1
        best = _best(shared, len(grams), sentences, order)
        if best is not None:
            other, score = best
            found.append(Reuse(sentence.key, sentences[other].key, "copies", score))
    return found


def _best(
    shared: Counter[int], size: int, sentences: Sequence[SentenceText], order: dict[str, int]
) -> tuple[int, float] | None:
    """The earliest sentence sharing enough shingles (ties: the earliest article wins)."""
    candidates = [
        (order[sentences[other].key.article], other, count / size)
        for other, count in shared.items()
        if count / size >= COPY_SHARE
    ]
    if not candidates:
        return None
    _, other, score = min(candidates, key=lambda c: (c[0], -c[2], c[1]))
    return other, round(score, 3)


def _translations(sentences: Sequence[SentenceText], order: dict[str, int]) -> list[Reuse]:
    by_anchors: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, sentence in enumerate(sentences):
        if _telling(sentence.anchors):
            by_anchors[sentence.anchors].append(number)
    found = []
    for members in by_anchors.values():
        if len(members) < 2 or len(members) > MAX_POSTINGS:
            continue
        members.sort(key=lambda n: (order[sentences[n].key.article], n))
        for position, number in enumerate(members):
            later = sentences[number]
            earlier = next(
                (
                    sentences[m]
                    for m in members[:position]
                    if sentences[m].language != later.language
                    and order[sentences[m].key.article] < order[later.key.article]
                ),
                None,
            )
            if earlier is not None:
                found.append(Reuse(later.key, earlier.key, "translates", 1.0))
    return found


def _telling(anchors: tuple[str, ...]) -> bool:
    """Enough distinct anchors, at least one a number or a date, to be more than chance."""
    return len(set(anchors)) >= MIN_ANCHORS and any(not a.startswith("e") for a in anchors)


def article_order(articles: Iterable[tuple[str, str | None]]) -> dict[str, int]:
    """Rank of each article id: by publication date (undated last), then as given."""
    items = list(articles)
    ranked = sorted(range(len(items)), key=lambda i: (items[i][1] or "9999", i))
    return {items[i][0]: rank for rank, i in enumerate(ranked)}
